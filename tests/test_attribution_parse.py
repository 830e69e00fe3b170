"""Speaker rules on hand-built parsed Docs (no trained model needed)."""
import spacy
from spacy.tokens import Doc

from aldus.attribution.indirect import complement_clause
from aldus.attribution.speakers import np_after, np_before, subject_of


def parsed(words, heads, deps, pos):
    vocab = spacy.blank("nl").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_parse_subject_of_skips_relative_clause():
    # "De minister , die gisteren sprak , zegt dat het klopt ."
    words = ["De", "minister", ",", "die", "gisteren", "sprak", ",", "zegt", "dat", "het", "klopt", "."]
    heads = [1, 7, 5, 5, 5, 1, 5, 7, 10, 10, 7, 7]
    deps = ["det", "nsubj", "punct", "nsubj", "advmod", "acl:relcl", "punct", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PRON", "ADV", "VERB", "PUNCT", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = parsed(words, heads, deps, pos)
    lo, hi = subject_of(doc, 7)
    assert doc[lo:hi].text == "De minister"


def test_parse_subject_of_inverted_subject():
    # "Daarom zegt de bond dat het klopt ."
    words = ["Daarom", "zegt", "de", "bond", "dat", "het", "klopt", "."]
    heads = [1, 1, 3, 1, 6, 6, 1, 1]
    deps = ["advmod", "ROOT", "det", "nsubj", "mark", "nsubj", "ccomp", "punct"]
    pos = ["ADV", "VERB", "DET", "NOUN", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = parsed(words, heads, deps, pos)
    lo, hi = subject_of(doc, 1)
    assert doc[lo:hi].text == "de bond"
    (cand,) = complement_clause(doc, doc.text, 0, len(doc), [], lambda i: True)
    assert doc.text[cand.cstart:cand.cend] == "het klopt"
    assert doc.text[cand.mention[0]:cand.mention[1]] == "de bond"


def test_parse_np_after_keeps_affiliation():
    doc = spacy.blank("nl")("zegt Joris Meijer van de denktank Zorgvisie .")
    lo, hi = np_after(doc, 1, len(doc))
    assert doc[lo:hi].text == "Joris Meijer van de denktank Zorgvisie"


def test_parse_np_before_drops_apposition():
    doc = spacy.blank("nl")("Joris Meijer , hoogleraar in Delft , zegt")
    lo, hi = np_before(doc, 7, 0)
    assert doc[lo:hi].text == "Joris Meijer"


def test_parse_subject_of_two_subjects_takes_the_one_after_the_subordinator():
    # "Philips verraste beleggers toen het bedrijf meldde dat het slecht ging ." with the
    # parser's error: both nouns hung on "meldde" as its subject
    words = ["Philips", "verraste", "beleggers", "toen", "het", "bedrijf", "meldde", "dat", "het", "slecht", "ging", "."]
    heads = [1, 2, 6, 6, 5, 6, 6, 10, 10, 10, 6, 6]
    deps = ["nsubj", "acl", "nsubj", "mark", "det", "nsubj", "ROOT", "mark", "nsubj", "advmod", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "SCONJ", "PRON", "ADV", "VERB", "PUNCT"]
    doc = parsed(words, heads, deps, pos)
    lo, hi = subject_of(doc, 6)
    assert doc[lo:hi].text == "het bedrijf"
