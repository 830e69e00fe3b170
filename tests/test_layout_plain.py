"""Plain text: title line, blank line, paragraphs; inline bylines; language detection."""
import json
from pathlib import Path

import pytest

from aldus.lang.detect import detect_language
from aldus.layout.byline import find_inline_bylines
from aldus.readers import read_path, read_text

CORPUS = Path(__file__).parent.parent.parent / "shared" / "corpus" / "dpg2019.jsonl"

BODY = ("Het kabinet wil volgend jaar meer geld uittrekken voor de zorg. Dat zei de minister "
        "dinsdag in de Tweede Kamer. ‘We kunnen niet langer wachten’, zei ze. Volgens de oppositie "
        "is het bedrag veel te laag en komt het geld te laat.")


def kinds(article):
    return [(b.kind, b.text) for b in article.blocks]


def test_plain_title_and_paragraphs():
    text = "Kabinet trekt geld uit voor zorg\n\nEerste alinea over het plan.\n\nTweede alinea,\nover twee regels.\n"
    art = read_text(text, id="a")
    assert art.format == "txt"
    assert art.headline == "Kabinet trekt geld uit voor zorg"
    assert art.paragraphs == ["Eerste alinea over het plan.", "Tweede alinea, over twee regels."]


def test_plain_single_long_line_body():
    art = read_text("Titel\n\n" + BODY + "\n", id="a")
    assert art.headline == "Titel"
    assert art.paragraphs == [BODY]
    assert art.language == "nl"


@pytest.mark.parametrize("name,opener", [
    ("Jan de Vries", "Het kabinet"), ("Karin van der Linden", "Volgens de"), ("Piet Bakker", "De minister"),
])
def test_plain_inline_byline(name, opener):
    lead = "De zorg krijgt er volgend jaar geld bij. ‘Dat is hard nodig’, zei de minister."
    rest = f"{opener} wil het geld vooral besteden aan de wijkverpleging en aan de huisartsen."
    art = read_text(f"Geld voor zorg\n\n{lead} {name} {rest}\n", id="a")
    assert art.byline == name
    assert art.paragraphs == [lead, rest]
    assert name not in " ".join(art.paragraphs)
    # the byline's characters map back to the input
    b = next(b for b in art.blocks if b.kind == "byline")
    src = f"Geld voor zorg\n\n{lead} {name} {rest}\n"
    assert "".join(src[art.source_offset(i)] for i in range(b.start, b.end)) == name


@pytest.mark.parametrize("text", [
    "Het ging mis, zei hij. Mark Rutte zei later dat het anders moest.",          # subject of a verb
    "Het ging mis. Partijleider Lodewijk Asscher hield rekening met verlies.",   # title + name + verb
    "Het ging mis. Volgens Jan de Vries Het kabinet",                            # no lowercase after
    "Het ging mis. De minister van Financiën wil het anders.",
])
def test_plain_inline_byline_not_found(text):
    assert list(find_inline_bylines(text)) == []


def test_plain_inline_byline_only_near_the_start():
    sentences = " ".join(f"Dit is zin nummer {i} van het stuk." for i in range(10))
    late = sentences + " Jan de Vries Het kabinet wil meer."
    assert list(find_inline_bylines(late)) == []
    early = "Dit is de eerste zin. Jan de Vries Het kabinet wil meer."
    assert [early[a:b] for a, b in find_inline_bylines(early)] == ["Jan de Vries"]


def test_plain_door_byline_subhead_and_dateline():
    text = ("Brug dicht voor onderhoud\n\nDe brug gaat vier maanden dicht.\n\nDoor Jan Jansen\n\n"
            "ARNHEM\n\nAutomobilisten moeten omrijden, meldt de provincie.\n\nOmleiding\n\n"
            "De omleiding loopt via de ring.\n")
    art = read_text(text, id="a")
    assert art.byline == "Jan Jansen"
    assert art.dateline == "ARNHEM"
    assert art.standfirst == "De brug gaat vier maanden dicht."
    assert art.subheads == ["Omleiding"]
    assert art.paragraphs == ["Automobilisten moeten omrijden, meldt de provincie.", "De omleiding loopt via de ring."]


def test_plain_source_map_exact():
    text = "Titel  met  spaties\n\nEen alinea\nover twee regels.\n\n  Nog een alinea.  \n"
    art = read_text(text, id="a")
    for i, ch in enumerate(art.text):
        j = art.source_offset(i)
        assert (j is None and ch.isspace()) or text[j] == ch


@pytest.mark.parametrize("text,lang", [
    (BODY, "nl"),
    ("The government wants to spend more money on health care next year, the minister said on "
     "Tuesday. The opposition says that it is not enough and that it comes too late.", "en"),
    ("Die Regierung will im nächsten Jahr mehr Geld für die Pflege ausgeben, sagte die Ministerin "
     "am Dienstag. Die Opposition hält das für zu wenig.", "de"),
    ("12 34 56", None),
    ("", None),
])
def test_lang_detect(text, lang):
    assert detect_language(text) == lang


def test_txt_file_read(tmp_path):
    p = tmp_path / "stuk.txt"
    p.write_text("Titel van het stuk\n\n" + BODY + "\n", encoding="utf-8")
    (art,) = list(read_path(p))
    assert art.id == "stuk" and art.source == str(p) and art.format == "txt"
    assert art.headline == "Titel van het stuk"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")
def test_corpus_dpg2019_reads():
    n_ok = n_err = n_byline = 0
    for item in read_path(CORPUS):
        if item.status == "error":
            n_err += 1
            assert "record has no text" in item.error  # the corpus has records with an empty text
            continue
        n_ok += 1
        n_byline += item.byline is not None
        assert item.format == "jsonl" and item.text
        assert item.language in ("nl", None)
    assert n_ok > 1300 and n_err < 60
    assert n_byline < n_ok * 0.02  # bylines are rare in this corpus; the rule must not fire wildly


def test_plain_no_title_when_first_line_runs_on():
    art = read_text("Dit is een alinea die over\ntwee regels doorloopt.\n", id="a", format="txt")
    assert art.headline is None
    assert art.paragraphs == ["Dit is een alinea die over twee regels doorloopt."]
