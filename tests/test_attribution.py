"""Attribution end to end on Dutch sentences written for these tests.

The pipeline fixture is ``aldus.nlp.load()`` when a trained model is installed, else a
blank Dutch pipeline with a sentencizer: the rules must work with and without a parse, so
the assertions are about robust things (content words, the speaker's name, the type).
"""
import re

import pytest

from attribution_helpers import attribute_paragraphs as run


def words(s):
    return set(re.findall(r"\w+", (s or "").lower()))


def find(recs, fragment):
    hits = [r for r in recs if fragment in r.content]
    assert hits, f"no record with {fragment!r}: {[r.content for r in recs]}"
    return hits[0]


def same(speaker, name):
    return speaker is not None and (words(name) <= words(speaker) or words(speaker) <= words(name)) and words(speaker)


# ------------------------------------------------------------------ direct quotes

@pytest.mark.parametrize("quote", [
    "‘We gaan de dijk versterken’", "“We gaan de dijk versterken”", "„We gaan de dijk versterken”",
    ",,We gaan de dijk versterken''", '"We gaan de dijk versterken"', "'We gaan de dijk versterken'",
])
def test_attribution_direct_quote_every_style(nlp, quote):
    _, recs = run(nlp, f"{quote}, zegt dijkgraaf Harm Wolters.")
    r = find(recs, "We gaan de dijk versterken")
    assert r.type == "direct" and r.cue == "zegt" and same(r.speaker, "Harm Wolters")


def test_attribution_quote_with_apostrophes(nlp):
    _, recs = run(nlp, "'Zo'n file met auto's had ik 's ochtends nooit verwacht', zegt forens Ilse Bakker.")
    r = find(recs, "Zo'n file met auto's had ik 's ochtends nooit verwacht")
    assert same(r.speaker, "Ilse Bakker")


def test_attribution_multi_sentence_quote_is_one_record(nlp):
    _, recs = run(nlp, "'De oogst is mislukt. Het regende te veel. Volgend jaar beter', zegt boer Gerrit Mulder.")
    assert len(recs) == 1
    assert recs[0].content.startswith("De oogst is mislukt") and recs[0].content.endswith("Volgend jaar beter")
    assert same(recs[0].speaker, "Gerrit Mulder")


def test_attribution_interrupted_quote_two_records_same_speaker(nlp):
    _, recs = run(nlp, "'De school gaat dicht', zegt wethouder Sanne Visser, 'maar de kinderen krijgen een nieuwe plek.'")
    a, b = find(recs, "De school gaat dicht"), find(recs, "de kinderen krijgen een nieuwe plek")
    assert a is not b and same(a.speaker, "Sanne Visser") and same(b.speaker, "Sanne Visser")


@pytest.mark.parametrize("paragraph, speaker", [
    ("'De school gaat dicht', zegt de wethouder, die gisteren het rapport ontving, "
     "'maar de kinderen krijgen een nieuwe plek.'", "wethouder"),
    ("'De school gaat dicht', zegt Sanne Visser, wethouder onderwijs in Deventer, "
     "'maar de kinderen krijgen een nieuwe plek.'", "Sanne Visser"),
])
def test_attribution_interrupted_quote_past_a_clause_on_the_speaker(nlp, paragraph, speaker):
    _, recs = run(nlp, paragraph)
    assert [(r.type, r.speaker, r.content) for r in recs] == [
        ("direct", speaker, "De school gaat dicht"),
        ("direct", speaker, "maar de kinderen krijgen een nieuwe plek.")]


def test_attribution_colon_introduces_quote(nlp):
    _, recs = run(nlp, "Burgemeester Anton de Boer was duidelijk. De Boer: 'Dit accepteren wij niet.'")
    r = find(recs, "Dit accepteren wij niet")
    assert r.cue == ":" and same(r.speaker, "Anton de Boer")


def test_attribution_paragraph_reopened_quote_same_speaker(nlp):
    _, recs = run(nlp, "'We begonnen met drie man in een schuur', vertelt oprichter Kees Smit. 'Toen kwam de eerste grote klant.",
                  "'Nu werken hier tweehonderd mensen.'")
    a, b = find(recs, "Toen kwam de eerste grote klant"), find(recs, "Nu werken hier tweehonderd mensen")
    assert same(a.speaker, "Kees Smit") and same(b.speaker, "Kees Smit")
    assert b.paragraph == 1


def test_attribution_carry_over_to_cueless_quote(nlp):
    _, recs = run(nlp, "'Het museum trekt steeds meer bezoekers', zegt directeur Lotte Vermeer. "
                       "Vorig jaar kwamen er ruim honderdduizend. 'Dat hadden we nooit durven dromen.'")
    r = find(recs, "Dat hadden we nooit durven dromen")
    assert r.cue is None and same(r.speaker, "Lotte Vermeer")


def test_attribution_unbalanced_quote_does_not_swallow_article(nlp):
    rest = " De gemeente rekent op een snelle bouw van de nieuwe brug over het kanaal." * 10
    _, recs = run(nlp, "Wethouder Jan Dekker zegt: 'Het komt allemaal goed." + rest)
    assert all(len(r.content) < 120 for r in recs)


def test_attribution_scare_quotes_and_titles_are_not_attributions(nlp):
    _, recs = run(nlp, "Het zogeheten 'klimaatakkoord' ligt al maanden stil. De film 'De Aanslag' werd vorige week "
                       "opnieuw vertoond in het 'nieuwe' theater aan de haven.")
    assert recs == []


# ------------------------------------------------------------------ reported speech

def test_attribution_indirect_zegt_dat_excludes_cue_speaker_and_dat(nlp):
    _, recs = run(nlp, "Minister Karin Mol zegt dat de subsidie volgend jaar omlaag gaat.")
    r = find(recs, "de subsidie volgend jaar omlaag gaat")
    assert r.type == "indirect" and r.content == "de subsidie volgend jaar omlaag gaat"
    assert r.cue == "zegt" and same(r.speaker, "Karin Mol")


def test_attribution_indirect_inverted_trailing_cue(nlp):
    _, recs = run(nlp, "De wachtlijsten in de jeugdzorg worden langer, concludeert de Inspectie in een nieuw rapport.")
    r = find(recs, "De wachtlijsten in de jeugdzorg worden langer")
    assert r.type == "indirect" and r.cue == "concludeert" and "Inspectie" in (r.speaker or "")


def test_attribution_indirect_volgens(nlp):
    _, recs = run(nlp, "Volgens econoom Maarten Hendriks is de inflatie voorlopig niet te stoppen.")
    r = find(recs, "de inflatie voorlopig niet te stoppen")
    assert r.cue == "Volgens" and same(r.speaker, "Maarten Hendriks")
    assert "Volgens" not in r.content and "Hendriks" not in r.content


def test_attribution_indirect_volgens_after_clause(nlp):
    _, recs = run(nlp, "De brug is al jaren te zwak, volgens de bewoners van de wijk.")
    r = find(recs, "De brug is al jaren te zwak")
    assert "bewoners" in r.speaker


def test_attribution_indirect_aldus(nlp):
    _, recs = run(nlp, "Het aantal inbraken daalt al drie jaar, aldus de politie.")
    r = find(recs, "Het aantal inbraken daalt al drie jaar")
    assert r.cue == "aldus" and "politie" in r.speaker


@pytest.mark.parametrize("sentence,cue_word", [
    ("De bond laat weten dat de staking doorgaat.", "laat"),
    ("De bond liet gisteren weten dat de staking doorgaat.", "liet"),
    ("De bond geeft aan dat de staking doorgaat.", "geeft"),
    ("De bond heeft gezegd dat de staking doorgaat.", "gezegd"),
    ("De bond waarschuwt dat de staking doorgaat.", "waarschuwt"),
    ("De bond ontkent dat de staking doorgaat.", "ontkent"),
])
def test_attribution_separable_and_inflected_cues(nlp, sentence, cue_word):
    _, recs = run(nlp, sentence)
    r = find(recs, "de staking doorgaat")
    assert r.content == "de staking doorgaat" and r.cue.startswith(cue_word) and "bond" in r.speaker


@pytest.mark.parametrize("verb", ["denkt", "vindt", "verwacht", "vermoedt", "betwijfelt", "vreest", "hoopt"])
def test_attribution_beliefs_and_expectations(nlp, verb):
    _, recs = run(nlp, f"Onderzoeker Femke Dijkstra {verb} dat de populatie herstelt.")
    r = find(recs, "de populatie herstelt")
    assert r.type == "indirect" and same(r.speaker, "Femke Dijkstra")


def test_attribution_findings_of_studies(nlp):
    _, recs = run(nlp, "Uit het onderzoek van de Hogeschool Zeeland blijkt dat jongeren minder vaak roken.")
    r = find(recs, "jongeren minder vaak roken")
    assert "onderzoek" in r.speaker.lower()


def test_attribution_demonstrative_points_back(nlp):
    _, recs = run(nlp, "Huurders in de stad betalen steeds meer voor kleinere woningen. Dat concludeert het Woonbureau in een analyse.")
    r = find(recs, "Huurders in de stad betalen steeds meer")
    assert r.cue == "concludeert" and "Woonbureau" in r.speaker


def test_attribution_mixed_quote_inside_reported_speech(nlp):
    _, recs = run(nlp, "Wethouder Bram Kok zegt dat het plan 'een regelrechte ramp voor de binnenstad' is.")
    r = find(recs, "regelrechte ramp")
    assert r.type == "mixed" and same(r.speaker, "Bram Kok")
    assert len([x for x in recs if "regelrechte ramp" in x.content]) == 1


def test_attribution_mixed_volgens_with_fragment(nlp):
    _, recs = run(nlp, "Volgens Bram Kok is het plan ‘een regelrechte ramp’ voor de binnenstad.")
    r = find(recs, "regelrechte ramp")
    assert r.type == "mixed" and same(r.speaker, "Bram Kok")


# ------------------------------------------------------------------ speakers

def test_attribution_pronoun_resolves_to_fullest_name(nlp):
    _, recs = run(nlp, "Architect Sophie van Leeuwen ontwierp het nieuwe stadhuis. 'Het moest licht en open worden', zegt ze.")
    r = find(recs, "Het moest licht en open worden")
    assert r.speaker_mention == "ze" and r.speaker == "Sophie van Leeuwen"


def test_attribution_surname_resolves_to_fullest_name(nlp):
    _, recs = run(nlp, "Sophie van Leeuwen ontwierp het stadhuis. 'Het moest licht worden', zegt Van Leeuwen.")
    assert find(recs, "Het moest licht worden").speaker == "Sophie van Leeuwen"


def test_attribution_description_resolves_to_named_person(nlp):
    _, recs = run(nlp, "Het project is bedacht door architect Sophie van Leeuwen. 'Het moest licht worden', zegt de architect.")
    r = find(recs, "Het moest licht worden")
    assert r.speaker_mention == "de architect" and r.speaker == "Sophie van Leeuwen"


def test_attribution_unnamed_source_keeps_description(nlp):
    _, recs = run(nlp, "De rente stijgt volgend jaar verder, verwachten analisten.")
    assert find(recs, "De rente stijgt volgend jaar verder").speaker == "analisten"


def test_attribution_role_from_apposition(nlp):
    _, recs = run(nlp, "Pieter Bakker, hoogleraar economie in Utrecht, zegt dat de lonen te traag stijgen.")
    r = find(recs, "de lonen te traag stijgen")
    assert same(r.speaker, "Pieter Bakker") and "hoogleraar economie in Utrecht" in (r.speaker_role or "")


def test_attribution_affiliation_from_van_phrase(nlp):
    _, recs = run(nlp, "De wachttijden lopen op, zegt Joris Meijer van de denktank Zorgvisie.")
    r = find(recs, "De wachttijden lopen op")
    assert same(r.speaker, "Joris Meijer") and "Zorgvisie" in (r.speaker_role or "")


def test_attribution_role_before_name(nlp):
    _, recs = run(nlp, "Dat meldt woordvoerder Tim Groen van de brandweer.", headline="Brand in pakhuis")
    _, recs = run(nlp, "Het vuur is onder controle. Dat meldt woordvoerder Tim Groen van de brandweer.")
    r = find(recs, "Het vuur is onder controle")
    assert same(r.speaker, "Tim Groen") and "woordvoerder" in (r.speaker_role or "")


def test_attribution_byline_is_never_a_speaker(nlp):
    _, recs = run(nlp, "'We zijn klaar voor de winter', zegt hij. 'De zoutvoorraad is aangevuld.'",
                  byline="Door Kees Koster")
    assert all(not same(r.speaker, "Kees Koster") for r in recs)


def test_attribution_headline_quote_gets_body_speaker(nlp):
    _, recs = run(nlp, "'We blijven hier wonen', zegt bewoner Fatima Yilmaz over de sloopplannen.",
                  headline="'We blijven hier wonen'")
    head = [r for r in recs if r.paragraph is None]
    assert head and same(head[0].speaker, "Fatima Yilmaz")


def test_attribution_paragraph_index_and_order(nlp):
    art, recs = run(nlp, "Er is niets gebeurd.", "'Alles is rustig', zegt agent Nina Bos.")
    assert [r.paragraph for r in recs] == [1]
    assert recs == sorted(recs, key=lambda r: r.start)


def test_attribution_journalist_facts_are_not_attributions(nlp):
    _, recs = run(nlp, "Het kabinet wil de belasting op vliegtickets verhogen. De maatregel gaat in 2026 in.")
    assert recs == []
