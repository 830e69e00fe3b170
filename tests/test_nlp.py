"""The shipped Dutch pipeline: loads offline, and clear cases come out as expected."""
import subprocess
import sys
from pathlib import Path

import pytest

import aldus.nlp


@pytest.fixture(scope="session")
def nlp():
    return aldus.nlp.load()


def test_model_is_shipped_and_small():
    path = aldus.nlp.model_path()
    assert (path / "config.cfg").exists() and (path / "meta.json").exists()
    size = sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())
    assert size <= 60 * 1024 * 1024


def test_loads_without_network():
    code = (
        "import socket\n"
        "def boom(*a, **k):\n"
        "    raise RuntimeError('network access attempted')\n"
        "socket.socket.connect = boom\n"
        "socket.create_connection = boom\n"
        "socket.getaddrinfo = boom\n"
        "import aldus.nlp\n"
        "nlp = aldus.nlp.load()\n"
        "print(len(nlp('Hij zegt dat het goed gaat.')))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "7"


def test_load_is_cached(nlp):
    assert aldus.nlp.load() is nlp


def test_components(nlp):
    names = nlp.pipe_names
    assert names[0] == "aldus_block_sentences"
    for comp in ("morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert comp in names
    assert names.index("aldus_block_sentences") < names.index("parser")
    assert {"PER", "ORG", "LOC", "MISC"} <= set(nlp.get_pipe("ner").labels)


def test_tagging_and_lemmas(nlp):
    doc = nlp("De minister zei gisteren dat de huizen te duur zijn.")
    pos = {t.text: t.pos_ for t in doc}
    assert pos["De"] == "DET"
    assert pos["minister"] == "NOUN"
    assert pos["zei"] == "VERB"
    assert pos["dat"] == "SCONJ"
    assert pos["duur"] == "ADJ"
    assert pos["."] == "PUNCT"
    lemma = {t.text: t.lemma_ for t in doc}
    assert lemma["zei"] == "zeggen"
    assert lemma["huizen"] == "huis"
    assert "Number=Plur" in str(doc[6].morph)


def test_parse_subject_and_clausal_complement(nlp):
    doc = nlp("De minister zei dat het kabinet doorgaat.")
    zei = doc[2]
    assert zei.dep_ == "ROOT"
    subj = [c for c in zei.children if c.dep_ == "nsubj"]
    assert [t.text for t in subj] == ["minister"]
    comp = [c for c in zei.children if c.dep_ == "ccomp"]
    assert [t.text for t in comp] == ["doorgaat"]


def test_parse_apposition(nlp):
    doc = nlp("Jan de Vries, woordvoerder van de politie, bevestigde het nieuws.")
    woordvoerder = [t for t in doc if t.text == "woordvoerder"][0]
    assert woordvoerder.dep_ == "appos"
    assert woordvoerder.head.text == "Jan"


def test_ner(nlp):
    doc = nlp("Premier Mark Rutte sprak dinsdag in Den Haag met de KNVB over de Olympische Spelen.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Mark Rutte", "PER") in ents
    assert ("Den Haag", "LOC") in ents
    assert ("KNVB", "ORG") in ents
    assert ("Olympische Spelen", "MISC") in ents


def test_sentences_never_cross_blocks(nlp):
    text = "Kabinet valt\n\nDe coalitie is uit elkaar gevallen na een ruzie over asiel\n\nRutte biedt ontslag aan. Dat zei hij."
    doc = nlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Kabinet valt"
    assert sents[1] == "De coalitie is uit elkaar gevallen na een ruzie over asiel"
    assert sents[2] == "Rutte biedt ontslag aan."
    for s in doc.sents:
        assert "\n\n" not in s.text.strip()


def test_closing_quote_stays_with_its_sentence(nlp):
    doc = nlp("‘Ik kom morgen.’ zegt hij. Daarna vertrok hij naar huis.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "‘Ik kom morgen.’ zegt hij."
    doc = nlp("Hij zei: ‘Ik kom morgen.’ Daarna vertrok hij.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0].endswith("’")
    assert not any(s.startswith("’") for s in sents)


def test_pipe_on_blocks(nlp):
    texts = ["Kop\n\nEerste alinea hier.", "Tweede artikel.\n\nMet een tweede blok."]
    docs = list(nlp.pipe(texts))
    assert [len(list(d.sents)) for d in docs] == [2, 2]
