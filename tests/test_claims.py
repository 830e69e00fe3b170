"""Quantities claimed in Dutch text: values parsed Dutch-style, dates are not quantities."""
import pytest

from aldus.claims import find_quantities, parse_number


@pytest.mark.parametrize("s,value", [("1.000.000", 1e6), ("17,5", 17.5), ("300.000", 3e5), ("60", 60.0), ("0,25", 0.25)])
def test_claims_parse_number_dutch_style(s, value):
    assert parse_number(s) == value


@pytest.mark.parametrize("text,qtext,value,unit", [
    ("Het leger heeft 250.000 reservisten opgeroepen.", "250.000 reservisten", 2.5e5, "reservisten"),
    ("Het gaat om 17 procent van het gebied.", "17 procent", 17.0, "%"),
    ("De werkloosheid steeg naar 17,5% in maart.", "17,5%", 17.5, "%"),
    ("Het leger verloor 45.000 man.", "45.000 man", 4.5e4, "man"),
    ("Het kost € 1,5 miljard.", "€ 1,5 miljard", 1.5e9, "EUR"),
    ("Er kwamen 1.000.000 bezoekers.", "1.000.000 bezoekers", 1e6, "bezoekers"),
    ("Twintig soldaten raakten gewond.", "Twintig soldaten", 20.0, "soldaten"),
])
def test_claims_finds_quantities(text, qtext, value, unit):
    (q,) = find_quantities(text)
    assert (q.text, q.value, q.unit) == (qtext, value, unit)
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text", [
    "De NOS bezocht op 12 juni de haven.",
    "Dat gebeurde in 2019 al eens.",
    "De trein vertrekt om 12:30 uur.",
    "Het was een mooie dag in mei 2022.",
])
def test_claims_dates_and_times_are_not_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", [
    "De bond CNV'19 herkent het beeld.",
    "Het was net als in '91 een koude winter.",
])
def test_claims_a_number_glued_to_a_name_or_a_short_year_is_no_quantity(text):
    assert find_quantities(text) == []


def test_claims_reads_a_spacy_doc():
    import spacy
    doc = spacy.blank("nl")("Na een beleg van 120 dagen viel de vesting.")
    (q,) = find_quantities(doc)
    assert q.value == 120 and q.unit == "dagen"
