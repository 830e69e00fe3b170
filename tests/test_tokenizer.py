"""The Dutch-news tokenizer (no trained model needed)."""
import pytest
import spacy

from aldus.nlp.tokenizer import make_tokenizer


@pytest.fixture(scope="module")
def tok():
    nlp = spacy.blank("nl")
    nlp.tokenizer = make_tokenizer(nlp)
    return nlp.tokenizer


def words(tok, text):
    return [t.text for t in tok(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("‘Ik kom morgen.’ zegt hij.", ["‘", "Ik", "kom", "morgen", ".", "’", "zegt", "hij", "."]),
        ("“Dat is onzin”, aldus De Jonge.", ["“", "Dat", "is", "onzin", "”", ",", "aldus", "De", "Jonge", "."]),
        ("„Wij gaan door”, zei hij.", ["„", "Wij", "gaan", "door", "”", ",", "zei", "hij", "."]),
        (",,Het is klaar,'' zei hij.", [",,", "Het", "is", "klaar", ",", "''", "zei", "hij", "."]),
        ('"Nee", zei ze.', ['"', "Nee", '"', ",", "zei", "ze", "."]),
        ("Ze is 'heel blij'.", ["Ze", "is", "'", "heel", "blij", "'", "."]),
        ("Hij zei: 'Schitterend.'", ["Hij", "zei", ":", "'", "Schitterend", ".", "'"]),
    ],
)
def test_quotes(tok, text, expected):
    assert words(tok, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("De auto's van zo'n bedrijf.", ["De", "auto's", "van", "zo'n", "bedrijf", "."]),
        ("De auto’s van zo’n bedrijf.", ["De", "auto’s", "van", "zo’n", "bedrijf", "."]),
        ("in 's-Hertogenbosch, 's avonds", ["in", "'s-Hertogenbosch", ",", "'s", "avonds"]),
        ("in ’s-Gravenhage en ‘s nachts", ["in", "’s-Gravenhage", "en", "‘s", "nachts"]),
        ("'t Is 'n mooie dag.", ["'t", "Is", "'n", "mooie", "dag", "."]),
        ("de jaren '70 en ’80", ["de", "jaren", "'70", "en", "’80"]),
        ("CDA'ers en PvdA'ers", ["CDA'ers", "en", "PvdA'ers"]),
        ("(’s-Hertogenbosch)", ["(", "’s-Hertogenbosch", ")"]),
    ],
)
def test_apostrophes(tok, text, expected):
    assert words(tok, text) == expected


def test_numbers(tok):
    assert words(tok, "Er kwamen 60.000 mensen, 17,5% meer dan 1.000.000 in 2019-2020.") == [
        "Er", "kwamen", "60.000", "mensen", ",", "17,5%", "meer", "dan", "1.000.000", "in", "2019-2020", ".",
    ]
    assert words(tok, "om 12:30 uur, € 1,5 miljard") == ["om", "12:30", "uur", ",", "€", "1,5", "miljard"]


@pytest.mark.parametrize(
    "abbr", ["o.a.", "dhr.", "mevr.", "mr.", "drs.", "prof.", "bijv.", "t/m", "Dhr.", "Mevr.", "v.l.n.r.",
             "z.g.a.n.", "incl.", "ca.", "nr.", "d.w.z.", "m.b.t.", "i.p.v."],
)
def test_abbreviations(tok, abbr):
    assert words(tok, f"Dat is {abbr} iets.") == ["Dat", "is", abbr, "iets", "."]


def test_block_separator_is_one_whitespace_token(tok):
    assert words(tok, "Kop\n\nEerste alinea.") == ["Kop", "\n\n", "Eerste", "alinea", "."]


def test_em_dash(tok):
    assert words(tok, "zegt—gisteren—dat") == ["zegt", "—", "gisteren", "—", "dat"]


@pytest.mark.parametrize("text,expected", [
    ("Dat meldt RTL.", ["Dat", "meldt", "RTL", "."]),
    ("Hij woont in de VS. Daar is het warm.", ["Hij", "woont", "in", "de", "VS", ".", "Daar", "is", "het", "warm", "."]),
    # (guard: an initial keeps its period)
    ("J. de Vries zegt het.", ["J.", "de", "Vries", "zegt", "het", "."]),
])
def test_a_name_in_capitals_before_a_full_stop_is_no_abbreviation(tok, text, expected):
    assert words(tok, text) == expected
