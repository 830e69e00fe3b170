"""The reporting-verb lexicon (data + inflection rules) and the cue detector."""
import pytest
import spacy

from aldus.attribution.cues import cue_at
from aldus.lang.nl.inflect import inflections, stem
from aldus.lang.nl.reporting_verbs import REPORTING_FORMS, REPORTING_LEMMAS
from attribution_helpers import attribute_paragraphs


@pytest.mark.parametrize("inf,st", [("stellen", "stel"), ("concluderen", "concludeer"), ("twijfelen", "twijfel"),
                                    ("vrezen", "vrees"), ("geloven", "geloof"), ("menen", "meen"),
                                    ("waarschuwen", "waarschuw"), ("benadrukken", "benadruk")])
def test_lexicon_stem_rules(inf, st):
    assert stem(inf) == st


def test_lexicon_weak_verb_forms_follow_kofschip():
    forms = inflections("melden")
    assert {"meldt", "meldde", "meldden", "melden"} <= forms["finite"] and forms["participle"] == {"gemeld"}
    forms = inflections("benadrukken")
    assert {"benadrukt", "benadrukte", "benadrukten"} <= forms["finite"] and forms["participle"] == {"benadrukt"}


@pytest.mark.parametrize("form,lemma", [("zei", "zeggen"), ("zeiden", "zeggen"), ("gezegd", "zeggen"),
                                        ("concludeert", "concluderen"), ("vond", "vinden"), ("dacht", "denken"),
                                        ("aangegeven", "aangeven"), ("aangeeft", "aangeven"), ("liet", "laten weten"),
                                        ("verwachtte", "verwachten"), ("bleek", "blijken"), ("erkent", "erkennen"),
                                        # a stem with "ea" keeps its long vowel; verbs of telling and writing
                                        ("beaamde", "beamen"), ("vermeldt", "vermelden"), ("verkondigde", "verkondigen"),
                                        ("mailde", "mailen")])
def test_lexicon_has_inflected_and_separable_forms(form, lemma):
    assert lemma in {r["lemma"] for r in REPORTING_FORMS[form]}


def test_lexicon_leaves_out_bare_stems_that_are_nouns():
    for noun in ("twijfel", "hoop", "vrees", "meld"):
        assert noun not in REPORTING_FORMS


def test_lexicon_covers_the_core_verbs():
    for lemma in ("zeggen", "stellen", "melden", "denken", "vinden", "verwachten", "vermoeden", "betwijfelen",
                  "waarschuwen", "concluderen", "benadrukken", "erkennen", "ontkennen", "laten weten", "aangeven"):
        assert lemma in REPORTING_LEMMAS


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("nl")


@pytest.mark.parametrize("sentence,i,lemma", [
    ("De bond geeft aan dat het klopt .", 2, "aangeven"),
    ("De bond laat weten dat het klopt .", 2, "laten weten"),
    ("De bond liet donderdag weten dat het klopt .", 2, "laten weten"),
    ("Zij wees erop dat het klopt .", 1, "wijzen"),
])
def test_cues_separable_needs_its_particle(blank, sentence, i, lemma):
    doc = blank(sentence)
    assert cue_at(doc, i, len(doc)).lemma == lemma


@pytest.mark.parametrize("sentence,i", [
    ("Hij geeft haar een boek .", 1),     # geven without "aan" is not a cue
    ("Zij laat de hond uit .", 1),        # laten without "weten"
    ("Zij wees naar de deur .", 1),       # wijzen without "erop"
])
def test_cues_without_particle_are_not_cues(blank, sentence, i):
    doc = blank(sentence)
    assert cue_at(doc, i, len(doc)) is None


def test_cues_participle_needs_an_auxiliary(blank):
    doc = blank("Het gezegde was bekend .")
    assert cue_at(doc, 1, len(doc)) is None
    doc = blank("Hij heeft gezegd dat het klopt .")
    assert cue_at(doc, 2, len(doc)).lemma == "zeggen"


def test_op_het_hart_drukken_reports(nlp):
    _, recs = attribute_paragraphs(nlp, "'Blijf binnen,' drukte zij iedereen op het hart.")
    assert [(r.type, r.content, r.cue) for r in recs] == [("direct", "Blijf binnen", "drukte")]
    _, recs = attribute_paragraphs(nlp, "De wethouder drukte de ouders op het hart dat de school veilig is.")
    assert [r.content for r in recs] == ["de school veilig is"]
    # (guard: pressing a button reports nothing)
    assert attribute_paragraphs(nlp, "Hij drukte op de knop en de deur ging open.")[1] == []
