"""Table-driven tests of the single-line rules the layouts share."""
import pytest

from aldus.layout.mapped import Mapped, join, squash_spaces
from aldus.layout.rules import (byline_name, ends_final, first_sentence_end, is_dateline, is_furniture,
                                is_name, looks_like_subhead, split_credit)


@pytest.mark.parametrize("text,expected", [
    ("de Dagkrant | dinsdag 14 maart 2023", True), ("dinsdag 14 maart 2023", True), ("7", True),
    ("Pagina 3", True), ("12 BUITENLAND", True), ("ECONOMIE 15", True),
    ("gemeenteraad op 14 maart 2023 het", False), ("Op dinsdag 14 maart 2023 besloot de raad dat", False),
    ("De raad besloot het.", False), ("BACHMOET", False),
])
def test_rules_is_furniture(text, expected):
    assert is_furniture(text) is expected


@pytest.mark.parametrize("text,caption,credit", [
    ("Beeld uit de video. Beeld ap", "Beeld uit de video.", "ap"),
    ("De premier in Den Haag. Foto ANP", "De premier in Den Haag.", "ANP"),
    ("Containers op de kade. Beeld Getty Images", "Containers op de kade.", "Getty Images"),
    ("Demonstranten bij het parlement. Reuters", "Demonstranten bij het parlement.", "Reuters"),
    ("Foto Marcel van den Berg", "", "Marcel van den Berg"),
    ("Het beeld van de stad is veranderd.", None, None),
    ("Zij zegt dat het beeld klopt en dat de foto echt is.", None, None),
])
def test_rules_split_credit(text, caption, credit):
    cut = split_credit(text)
    if caption is None:
        assert cut is None
    else:
        assert text[:cut[0]].strip() == caption and text[cut[1]:].strip() == credit


@pytest.mark.parametrize("text,expected", [
    ("BACHMOET", True), ("DEN HAAG", True), ("NEW YORK/PARIJS", True), ("AMSTERDAM -", True),
    ("NAVO", True), ("Den Haag", False), ("12 MEI", False), ("HET KABINET WIL MEER GELD UITGEVEN AAN DEFENSIE", False),
])
def test_rules_is_dateline(text, expected):
    assert is_dateline(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Jan Jansen", True), ("Jan de Vries", True), ("Karin van der Linden", True), ("Jan Jansen en Piet Peters", True),
    ("Anne-Wil Duthler", True), ("De minister", False), ("Volgens Jan", False), ("Jan", False),
    ("Het kabinet wil meer", False), ("slijten", False), ("Jan Jansen.", False),
])
def test_rules_is_name(text, expected):
    assert is_name(text) is expected


@pytest.mark.parametrize("text,name", [
    ("Door Jan Jansen", "Jan Jansen"), ("Door Jan Jansen en Piet de Vries", "Jan Jansen en Piet de Vries"),
    ("Van onze correspondent Jan Jansen", "Jan Jansen"), ("Door de regen viel de wedstrijd uit.", None),
    ("Door", None),
])
def test_rules_byline_name(text, name):
    at = byline_name(text)
    assert (text[at:] if at is not None else None) == name


@pytest.mark.parametrize("text,expected", [
    ("Hij ging.", True), ("‘Ja.’", True), ("Wat nu?", True), ("Zo is het:", True), ("en dan", False), ("ap", False),
])
def test_rules_ends_final(text, expected):
    assert ends_final(text) is expected


def test_rules_first_sentence_end():
    t = "Wat is de betekenis? Volgens analisten weinig."
    assert t[:first_sentence_end(t)] == "Wat is de betekenis?"
    assert first_sentence_end("Eén zin maar.") is None
    assert first_sentence_end("Het kostte 3.5 miljoen euro. Dat is veel.") == len("Het kostte 3.5 miljoen euro.")


@pytest.mark.parametrize("text,expected", [
    ("slijten", True), ("significant gebied", True), ("Nieuwe attracties", True), ("‘Maar waarom?’", False),
    ("Hij ging naar huis.", False), ("Een heel lange regel die veel te veel woorden heeft voor een tussenkop", False),
])
def test_rules_looks_like_subhead(text, expected):
    assert looks_like_subhead(text) is expected


def test_mapped_slicing_and_joining():
    src = "aa  bb\ncc"
    a, b = Mapped.source("aa  bb", 0), Mapped.source("cc", 7)
    j = join([squash_spaces(a), b])
    assert j.text == "aa bb cc"
    assert [j.source_at(i) for i in range(len(j.text))] == [0, 1, 2, 4, 5, None, 7, 8]
    assert all(src[j.source_at(i)] == j.text[i] for i in range(len(j.text)) if j.source_at(i) is not None)
    s = j[3:7]
    assert s.text == "bb c" and [s.source_at(i) for i in range(4)] == [4, 5, None, 7]
    assert Mapped.literal("  x ").strip().text == "x"
