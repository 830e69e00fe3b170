"""Reporting constructions and speaker boundaries on sentences written for these tests:
verbs in -igen (kondigde aan, bevestigt, beschuldigt), relative clauses as sources,
noun phrases that end before a verb or a time adverbial."""
import pytest

from aldus.lang.nl.reporting_verbs import REPORTING_FORMS
from attribution_helpers import attribute_paragraphs


def run(nlp, *paragraphs, **kw):
    return attribute_paragraphs(nlp, *paragraphs, **kw)[1]


def one(recs, needle):
    hits = [r for r in recs if needle in r.content]
    assert hits, [r.content for r in recs]
    return hits[0]


def test_lexicon_verbs_in_igen_and_unstressed_er():
    for form in ["kondigde", "aangekondigd", "bevestigt", "bevestigde", "beschuldigt", "verdedigt",
                 "verzekert", "oppert", "becijferde", "twittert"]:
        assert form in REPORTING_FORMS, form
    assert "bevestiigt" not in REPORTING_FORMS and "verzekeert" not in REPORTING_FORMS


def test_constructions_kondigde_aan_and_bevestigt(nlp):
    recs = run(nlp, "De wethouder kondigde aan dat het zwembad in juni weer opengaat.")
    r = one(recs, "het zwembad in juni weer opengaat")
    assert r.speaker == "wethouder" and not r.content.startswith("dat")
    recs = run(nlp, "Een woordvoerder van de bakkerij bevestigt dat de winkel wordt overgenomen.")
    assert one(recs, "de winkel wordt overgenomen").speaker


def test_constructions_relative_clause_source(nlp):
    recs = run(nlp, "Kamerlid Ellen Mulder (CDA), die vorig jaar aankondigde met een nieuwe regeling te komen, "
                    "meent dat de boeren te lang hebben gewacht.")
    r = one(recs, "de boeren te lang hebben gewacht")
    assert r.speaker == "Ellen Mulder"
    r2 = one(recs, "met een nieuwe regeling te komen")
    assert r2.speaker == "Ellen Mulder" and "meent" not in r2.content


def test_speakers_noun_phrase_ends_before_verb_and_time(nlp):
    recs = run(nlp, "Volgens de inspecteurs bestaat het team uit twaalf medewerkers.")
    assert one(recs, "het team uit twaalf medewerkers").speaker == "inspecteurs"
    recs = run(nlp, "Volgens de voorlopige cijfers wint de partij vier zetels.")
    assert one(recs, "de partij vier zetels").speaker == "voorlopige cijfers"
    recs = run(nlp, "Dijkstra is de trainer van de club. 'We blijven gewoon aanvallen', zei de trainer gisteren op de radio.")
    r = one(recs, "We blijven gewoon aanvallen")
    assert "gisteren" not in (r.speaker_mention or "")


def test_carry_over_inverted_subject_of_the_sentence_before(nlp):
    recs = run(nlp, "Wethouder Anna de Groot wil de bibliotheek sluiten.",
               "Burgemeester Piet Jansen noemde het plan 'onzin'. In een toespraak in de raad heeft De Groot "
               "het besluit verdedigd. 'Het is de enige goede keuze.'")
    assert one(recs, "Het is de enige goede keuze").speaker == "Anna de Groot"


def test_speakers_portfolio_is_not_part_of_the_name(nlp):
    recs = run(nlp, "De Franse minister van Binnenlandse Zaken Pierre Lefort zei dat de grenzen dicht blijven. "
                    "'We nemen geen risico.'")
    r = one(recs, "de grenzen dicht blijven")
    assert r.speaker == "Pierre Lefort"
    assert one(recs, "We nemen geen risico").speaker == "Pierre Lefort"


def test_constructions_separable_cue_wins_over_base_verb(nlp):
    recs = run(nlp, "De actiegroep riep de bewoners op om vrijdag naar het gemeentehuis te komen.")
    r = one(recs, "vrijdag naar het gemeentehuis te komen")
    assert r.speaker == "actiegroep" and not r.content.startswith("de bewoners")


def test_constructions_threat_only_with_participle(nlp):
    recs = run(nlp, "De vakbond heeft gedreigd de onderhandelingen af te breken.")
    assert one(recs, "de onderhandelingen af te breken").speaker == "vakbond"
    recs = run(nlp, "De bakkerij dreigt failliet te gaan door de hoge energieprijzen.")
    assert not recs


def test_constructions_perspective_without_verb(nlp):
    recs = run(nlp, "In de ogen van de wethouder is de nieuwe parkeerregeling een groot succes.")
    r = one(recs, "de nieuwe parkeerregeling een groot succes")
    assert r.speaker == "wethouder" and "ogen" not in r.content
    recs = run(nlp, "Wat de directeur betreft gaat het museum in het voorjaar weer open.")
    r = one(recs, "gaat het museum in het voorjaar weer open")
    assert r.speaker == "directeur"


def test_wat_betreft_a_thing_is_a_topic_not_a_source(nlp):
    # "Wat de lantaarns betreft": what is talked about; no view without someone to hold it
    assert run(nlp, "Wat de lantaarns betreft bleken de wijkraad en de aannemer bereid tot een compromis.") == []


def test_constructions_colon_after_a_person(nlp):
    recs = run(nlp, "Wethouder Sanne Visser: de fietsenstalling komt er hoe dan ook, desnoods zonder subsidie.")
    r = one(recs, "de fietsenstalling komt er hoe dan ook")
    assert r.speaker == "Sanne Visser" and r.cue == ":"
    assert not run(nlp, "Utrecht: de fietsenstalling komt er hoe dan ook, desnoods zonder subsidie.")
    assert not run(nlp, "Sanne Visser: Een leven tussen de fietsen en de boeken")


def test_constructions_reportative_zou_continues_the_source(nlp):
    recs = run(nlp, "Volgens de recherche was de inbreker al eerder veroordeeld. "
                    "Hij zou ook bij de buren hebben ingebroken.")
    r = one(recs, "Hij zou ook bij de buren hebben ingebroken")
    assert r.speaker == "recherche"
    recs = run(nlp, "Het regende de hele dag. De veerboot zou later vertrekken.")
    assert not recs
    recs = run(nlp, "Volgens de buurtvereniging is de overlast toegenomen. Dat zou komen door de nieuwe kroeg.")
    assert one(recs, "Dat zou komen door de nieuwe kroeg").speaker == "buurtvereniging"
    recs = run(nlp, "Volgens de buurtvereniging is de overlast toegenomen. Als het zo doorgaat, zou de kroeg dicht moeten.")
    assert len(recs) == 1


@pytest.mark.parametrize("second", [
    "Het gaat om de kroeg aan de Markt, die vorig jaar al een waarschuwing zou hebben gehad.",
    "De eigenaar las in de krant dat de kroeg misschien dicht zou gaan.",
])
def test_reportative_zou_inside_a_subordinate_clause_continues_nothing(nlp, second):
    # the hearsay belongs to a relative or "dat" clause inside a plain statement of the writer
    recs = run(nlp, "Volgens de buurtvereniging is de overlast toegenomen. " + second)
    assert [r.content for r in recs] == ["is de overlast toegenomen"]


def test_constructions_demonstrative_with_participle(nlp):
    recs = run(nlp, "Steeds minder jongeren halen hun zwemdiploma. Dat heeft de zwembond gisteren bekendgemaakt.")
    r = one(recs, "Steeds minder jongeren halen hun zwemdiploma")
    assert r.speaker == "zwembond"


def test_constructions_defining_relative_clause_reports_nothing(nlp):
    assert not run(nlp, "De groep die vindt dat de gemeente meer moet doen, groeide het afgelopen jaar flink.")


def test_constructions_infinitive_clause_ends_at_its_comma(nlp):
    recs = run(nlp, "De directie had gedreigd de stakers te ontslaan, omdat zij de poort hadden geblokkeerd.")
    r = one(recs, "de stakers te ontslaan")
    assert "omdat" not in r.content


def test_constructions_zo_with_an_object_is_an_example(nlp):
    recs = run(nlp, "Wethouder Tom Hendriks zet zich in voor de fiets. Zo bepleitte hij een verbod op auto's in het centrum.")
    assert not any("zet zich in voor de fiets" in r.content for r in recs)
    recs = run(nlp, "De broodprijs stijgt volgend jaar. Zo zegt de bakker.")
    assert one(recs, "De broodprijs stijgt volgend jaar").speaker == "bakker"


def test_speakers_time_phrase_is_not_a_source_and_acronym_ends_a_sentence(nlp):
    recs = run(nlp, "Vond eind 2015 nog de helft van de boeren dat de regels te streng waren, nu is dat een kwart.")
    assert all("2015" not in (r.speaker or "") for r in recs)
    recs = run(nlp, "Volgens de oppositie is de president een 'marionet' van de VS. De president ontkent dat.")
    r = one(recs, "marionet")
    assert "ontkent" not in r.content


def test_speakers_possessive_description(nlp):
    recs = run(nlp, "Oud-wethouder Karel Brink staat terecht voor fraude. Zijn advocaat zegt dat Brink onschuldig is.")
    assert one(recs, "Brink onschuldig is").speaker == "advocaat van Karel Brink"


def test_speakers_role_with_portfolio_before_a_name(nlp):
    recs = run(nlp, "Officier van justitie Marja Hoek eiste twee jaar cel. "
                    "Volgens officier van justitie Marja Hoek was de man de leider van de bende.")
    assert one(recs, "de man de leider van de bende").speaker == "Marja Hoek"
    recs = run(nlp, "Minister van Financiën Wim de Haan presenteerde de begroting. 'We moeten bezuinigen', zei de minister.")
    assert one(recs, "We moeten bezuinigen").speaker == "Wim de Haan"


def test_constructions_plural_verb_tagged_as_noun_before_dat(nlp):
    recs = run(nlp, "Biologen van de Universiteit Leiden concluderen dat de mussen terugkeren in de stad.")
    assert one(recs, "de mussen terugkeren in de stad").speaker


def test_constructions_content_stops_at_a_new_source(nlp):
    recs = run(nlp, "De buren zeggen dat de hond elke nacht blaft, maar de eigenaar ontkent dat.")
    r = one(recs, "de hond elke nacht blaft")
    assert "eigenaar" not in r.content and r.speaker == "buren"


def test_constructions_demonstrative_with_relative_dat(nlp):
    recs = run(nlp, "De waterschappen moeten meer investeren. Dat stelt de Unie van Waterschappen in een rapport dat vandaag verschijnt.")
    one(recs, "De waterschappen moeten meer investeren")
    assert not any(x.content == "vandaag verschijnt" for x in recs)


def test_speakers_volgens_source_ends_before_a_predicate_adjective(nlp):
    recs = run(nlp, "Het is volgens de recherche onduidelijk hoe de inbrekers binnenkwamen.")
    assert any(r.speaker == "recherche" for r in recs)


def test_speakers_capitalised_role_opening_a_sentence(nlp):
    recs = run(nlp, "Minister Verhoef reageerde verbaasd.", "'Ik heb daar niets van gehoord', zei de minister.")
    assert one(recs, "Ik heb daar niets van gehoord").speaker == "Verhoef"


def test_direct_quote_from_a_document(nlp):
    recs = run(nlp, "De inspectie is kritisch. 'Het niveau van het rekenonderwijs daalt al jaren', "
                    "staat in het jaarverslag van de inspectie.")
    r = one(recs, "Het niveau van het rekenonderwijs daalt al jaren")
    assert r.cue == "staat in" and "jaarverslag" in (r.speaker or "")


def test_speakers_first_position_named_source_beats_a_postverbal_parse_subject(nlp):
    recs = run(nlp, "Leden van de familie Jansen reageerden geschokt. Advocaat Bloem raadt de nabestaanden aan in beroep te gaan tegen het vonnis.")
    r = one(recs, "in beroep te gaan tegen het vonnis")
    assert r.speaker == "Bloem"


def test_constructions_defining_relative_clause_with_parse_subject(nlp):
    assert not run(nlp, "De groep die vindt dat de gemeente juist minder moet doen, groeide in twee jaar van 8 naar 21 procent.")


def test_speakers_hij_never_refers_to_an_institution(nlp):
    recs = run(nlp, "'We zijn blij', zegt directeur Tom Visser. De gemeente heeft Visser en zijn collega Bram Pool "
                    "uitgenodigd. Hij verwacht dat er snel een besluit komt.")
    assert one(recs, "er snel een besluit komt").speaker == "Tom Visser"


def test_speakers_description_resolves_to_a_compound_role(nlp):
    recs = run(nlp, "De vakbond Samen Sterk is boos over het besluit. De bond zegt dat de werknemers de dupe worden.")
    assert one(recs, "de werknemers de dupe worden").speaker == "Samen Sterk"


def test_speakers_a_share_of_those_asked_is_a_source(nlp):
    # "27 procent zegt ...": the share of respondents says it (a bare number never does)
    recs = run(nlp, "Ruim 27 procent zegt dat het vertrouwen in de gemeente is gedaald.")
    assert one(recs, "het vertrouwen in de gemeente is gedaald").speaker == "Ruim 27 procent"


def test_constructions_quoted_fragment_without_a_verb_is_mixed(nlp):
    recs = run(nlp, "De trainer is 'zeer teleurgesteld' over de uitslag van zondag.")
    r = one(recs, "zeer teleurgesteld")
    assert r.type == "mixed" and r.speaker == "trainer" and r.cue is None
    # a plan with a quoted fragment is no attribution, nor is a one-word scare quote
    assert not run(nlp, "De trainer wil de ploeg 'zo snel mogelijk' verjongen.")
    assert not run(nlp, "De trainer is 'blij' met de uitslag van zondag.")


def test_speakers_organisation_name_with_en_and_role_word_before_its_acronym(nlp):
    recs = run(nlp, "Er zijn nog steeds te weinig leraren. Dat heeft de Landelijke Coördinator Onderwijs en Personeel "
                    "(LCOP) gisteren bekendgemaakt.")
    r = one(recs, "Er zijn nog steeds te weinig leraren")
    assert r.speaker == "Landelijke Coördinator Onderwijs en Personeel (LCOP)"


def test_speakers_plural_ze_with_a_plural_verb_is_a_group(nlp):
    recs = run(nlp, "Jurist Ferre de Wit opende een meldpunt. Onder de klagers zijn mensen met longziekten. "
                    "Zij denken dat de rook de oorzaak is.")
    assert one(recs, "de rook de oorzaak is").speaker == "klagers"
    recs = run(nlp, "Burgemeester Anna Smit zegt dat de kosten meevallen. Ze denkt dat het plan doorgaat.")
    assert one(recs, "het plan doorgaat").speaker == "Anna Smit"


def test_constructions_komt_naar_voren_dringt_aan_zo_staat_in(nlp):
    recs = run(nlp, "Uit de enquête komt naar voren dat veel studenten geldzorgen hebben.")
    r = one(recs, "veel studenten geldzorgen hebben")
    assert "enquête" in r.speaker
    assert "komen" in {x["lemma"] for x in REPORTING_FORMS["komt"]} and "koomt" not in REPORTING_FORMS
    recs = run(nlp, "De bond dringt aan op snelle maatregelen tegen de hitte in de fabrieken.")
    assert one(recs, "snelle maatregelen tegen de hitte").speaker == "bond"
    recs = run(nlp, "De provincie moet meer bomen planten, zo staat in het coalitieakkoord.")
    assert one(recs, "De provincie moet meer bomen planten").speaker == "coalitieakkoord"


def test_speakers_description_with_two_candidates_stays_a_description(nlp):
    recs = run(nlp, "De Franse president Jacques Morel sprak met de Braziliaanse president Paulo Costa. "
                    "De president zei dat de handel moet groeien.")
    assert one(recs, "de handel moet groeien").speaker == "president"
    recs = run(nlp, "De Franse president Jacques Morel bezocht de fabriek. De president zei dat de banen blijven.")
    assert one(recs, "de banen blijven").speaker == "Jacques Morel"


def test_speakers_plural_ze_refers_to_a_plural_institution_noun(nlp):
    recs = run(nlp, "Wethouder Karin Bos wil de regels aanpassen. Dat plan stuitte op verzet bij de bedrijven in de haven. "
                    "Zij stelden dat de kosten te hoog worden.")
    assert one(recs, "de kosten te hoog worden").speaker == "bedrijven"


def test_speakers_name_with_particle_after_an_unknown_first_name(nlp):
    recs = run(nlp, "Dat is oneerlijk, stelt Kamerlid Corrie van Brenk. 'We moeten dit repareren', zegt Van Brenk.")
    assert {r.speaker for r in recs} == {"Corrie van Brenk"}


def test_speakers_role_makes_a_mis_tagged_name_a_person(nlp):
    recs = run(nlp, "De gemeente wil het park opknappen. Wethouder Lot van Hooijdonk is enthousiast.",
               "'Het park wordt veel groener. We planten honderd bomen.'")
    assert one(recs, "Het park wordt veel groener").speaker == "Lot van Hooijdonk"


def test_speakers_surname_mention_inside_a_full_name(nlp):
    recs = run(nlp, "De oppositie is kritisch. GroenLinks-leider Jesse Klaver noemt het plan 'te weinig, te laat'.")
    assert one(recs, "te weinig, te laat").speaker == "Jesse Klaver"


def test_direct_klinkt_het_bij_and_aldus_with_a_name_in_apposition(nlp):
    recs = run(nlp, "'We zijn er klaar voor', klinkt het bij de reddingsbrigade.")
    assert one(recs, "We zijn er klaar voor").speaker == "reddingsbrigade"
    recs = run(nlp, "'Het is een goede zaak', aldus de directeur van de school, Anna de Vries.")
    assert one(recs, "Het is een goede zaak").speaker == "Anna de Vries"


def test_speakers_portfolio_words_split_a_name_the_tagger_calls_one_organisation(nlp):
    recs = run(nlp, "De Belgische minister van Buitenlandse Zaken Wout Verlinden zei dat België de sancties steunt.")
    assert one(recs, "België de sancties steunt").speaker == "Wout Verlinden"


def test_constructions_of_between_like_words_is_no_complementiser(nlp):
    recs = run(nlp, "Alle vier de clubs schreven in meer of mindere mate rode cijfers.")
    assert not any("mindere mate" in r.content for r in recs)


def test_speakers_unnamed_sources_have_one_canonical_form(nlp):
    recs = run(nlp, "Analisten verwachten dat de koers stijgt. De analisten denken ook dat de rente daalt.")
    assert {r.speaker for r in recs} == {"analisten"}


def test_volgens_claim_continues_over_maar_with_an_elided_subject(nlp):
    # ", maar" + a verb with no subject of its own: the same clause's "volgens X" still holds
    recs = run(nlp, "De partij bleef volgens de peiling in zetels gelijk, maar dreigde een zetel "
                    "in de loop van de nacht kwijt te raken.")
    r = next(r for r in recs if "in zetels gelijk" in r.content)
    assert "peiling" in r.speaker and "kwijt te raken" in r.content


def test_zo_luidt_the_verdict_points_back_to_the_sentence_before(nlp):
    recs = run(nlp, "De brand in de loods is aangestoken. Zo luidt de conclusie die de brandweer gisteren trok.")
    r = next(r for r in recs if "aangestoken" in r.content)
    assert "brandweer" in r.speaker
    recs = run(nlp, "De man is schuldig. Zo luidt het vonnis van de rechtbank.")
    r = next(r for r in recs if "schuldig" in r.content)
    assert "rechtbank" in r.speaker


def test_beschuldigen_van_after_a_coordinated_clause(nlp):
    # "X is A en beschuldigt Y van Z": the finite verb after "en" has no auxiliary before it,
    # so the content is the object after the verb, not the words before it
    recs = run(nlp, "De burgemeester is trots op de wijk en beschuldigt de oppositie van het saboteren van de plannen.")
    r = next(r for r in recs if "saboteren" in r.content)
    assert "burgemeester" in r.speaker and "trots" not in r.content
    recs = run(nlp, "De burgemeester is trots op de wijk en waarschuwt voor een tekort aan woningen.")
    r = next(r for r in recs if "tekort" in r.content)
    assert "trots" not in r.content


def test_subject_does_not_run_over_an_acronym_that_ends_the_sentence(nlp):
    recs = run(nlp, "De ruzie gaat over de VS. Gonzalez zegt dat hij de enige echte president is.")
    r = next(r for r in recs if "enige echte president" in r.content)
    assert r.speaker and "VS" not in r.speaker and "ruzie" not in r.speaker


def test_trailing_cue_with_a_time_adjunct_after_the_speaker(nlp):
    recs = run(nlp, "De partij is zeker bereid tot samenwerking, zei voorman Piet Jansen deze week op de radio.")
    r = next(r for r in recs if "bereid tot samenwerking" in r.content)
    assert "Jansen" in r.speaker


@pytest.mark.parametrize("sentence", [
    "Dat de buren daardoor overlast hebben, is volgens de gemeente de zaak van de aannemer.",
    "Of de schilder ooit werd betaald, is volgens zijn dochter niet meer na te gaan.",
])
def test_volgens_between_a_subject_clause_and_its_predicate_gives_one_record(nlp, sentence):
    # the subject clause and its predicate are one claim; the cue stands inside it (as annotators
    # keep "De man zit volgens X al weken vast" whole)
    recs = run(nlp, sentence)
    assert [r.content for r in recs] == [sentence.rstrip(".")]
    assert recs[0].cue == "volgens"


def test_in_the_document_passive_speech_verb(nlp):
    recs = run(nlp, "In de brief aan de raad werd benadrukt dat het om een vergissing ging.")
    r = next(r for r in recs if "vergissing" in r.content)
    assert "brief" in r.speaker
    recs = run(nlp, "In Utrecht werd gemeld dat de brug dicht is.")
    assert not any(r.speaker and "Utrecht" in r.speaker for r in recs)
    recs = run(nlp, "In de loop van de dag werd gemeld dat de brug dicht is.")
    assert not any(r.speaker and "loop" in r.speaker for r in recs)


def test_ontdekken_is_a_finding_verb(nlp):
    recs = run(nlp, "De krant ontdekte dat de boetes bij ruim de helft van de gevallen onterecht waren.")
    r = next(r for r in recs if "onterecht" in r.content)
    assert "krant" in r.speaker
    recs = run(nlp, "Hij ontdekte een fout in de boekhouding.")
    assert not any("fout" in r.content for r in recs)


def test_volgens_a_proportion_of_a_group(nlp):
    recs = run(nlp, "Zolang de overheid niets doet, maakt hun eigen gedrag volgens zes op de tien ondervraagden weinig uit.")
    r = next(r for r in recs if "eigen gedrag" in r.content)
    assert "zes op de tien ondervraagden" in r.speaker


def test_a_source_in_brackets_after_each_listed_claim(nlp):
    _, recs = attribute_paragraphs(
        nlp, "Dat een stem op de boerenpartij een stem op links zou zijn (aldus Piet Bakker). "
             "Dat thuisblijven een stem op de premier is (aldus Anna Smit).")
    assert [(r.speaker, r.content) for r in recs] == [
        ("Piet Bakker", "een stem op de boerenpartij een stem op links zou zijn"),
        ("Anna Smit", "thuisblijven een stem op de premier is")]


def test_a_colon_after_a_capital_owed_to_the_sentence_start_names_no_source(nlp):
    recs = run(nlp, "De partij wil minder regels. Dit betekent: wees kritisch over elke nieuwe subsidie.")
    assert recs == []
    recs = run(nlp, "Wethouder Karin Bos: de subsidie voor het zwembad blijft gewoon bestaan.")
    assert [(r.speaker, r.content) for r in recs] == [("Karin Bos", "de subsidie voor het zwembad blijft gewoon bestaan")]


def test_verbs_whose_object_holds_no_ones_words(nlp):
    recs = run(nlp, "De minister bevestigt het bericht over de sluiting. De wethouder erkent de fout in de begroting. "
                    "De premier onthulde dinsdag het logo van 'Samen sterk'. "
                    "De burgemeester overweegt voortaan overal 'rellenzones' in te stellen.")
    assert recs == []


def test_a_quoted_fragment_goes_to_the_named_source_opening_its_sentence(nlp):
    recs = run(nlp, "Volgens de bond is het plan slecht. GroenLinks wil niet samen met partijen 'die de problemen "
                    "uit de weg gaan'.")
    assert one(recs, "uit de weg gaan").speaker == "GroenLinks"
    recs = run(nlp, "Minister Kees Wolters noemde de rapporten hard. Ze zijn 'confronterend' voor de instanties.")
    assert one(recs, "confronterend").speaker == "Kees Wolters"


def test_a_speech_act_after_a_fronted_subordinate_clause(nlp):
    recs = run(nlp, "Hoewel de rechter akkoord is, waarschuwt hoogleraar Piet Bakker voor de gevaren van de aanpak.")
    assert [(r.speaker, r.content) for r in recs] == [("Piet Bakker", "voor de gevaren van de aanpak")]


def test_a_te_infinitive_with_its_question_right_after_the_cue(nlp):
    recs = run(nlp, "De politie zegt te onderzoeken hoe het dienstwapen kon verdwijnen.")
    assert [(r.speaker, r.content) for r in recs] == [("politie", "te onderzoeken hoe het dienstwapen kon verdwijnen")]
    assert run(nlp, "Een kabinet dat zegt te weten hoe het moet, zal teleurstellen.") == []


def test_naming_with_the_object_on_the_predicate(nlp):
    recs = run(nlp, "Kamerlid Anna Smit noemde de nieuwe aanpak recent mislukt.")
    assert [(r.speaker, r.content) for r in recs] == [("Anna Smit", "de nieuwe aanpak recent mislukt")]
    assert run(nlp, "Kamerlid Anna Smit noemde drie voorbeelden van fraude.") == []


def test_a_claim_opened_between_dashes_ends_at_the_closing_dash(nlp):
    recs = run(nlp, "Maar bij de eerste telling - waaruit bleek dat de partij de grootste blijft - klonk weinig gejuich.")
    assert [r.content for r in recs] == ["de partij de grootste blijft"]


def test_a_list_run_into_one_paragraph_is_split_at_its_dashes(nlp):
    recs = run(nlp, "De afspraken op een rij. - Het rijk betaalt de helft van de kosten. - In het convenant "
                    "staat dat iedere gemeente tien plekken biedt. - Het plan loopt twee jaar.")
    r = one(recs, "iedere gemeente")
    assert r.content == "iedere gemeente tien plekken biedt" and r.speaker == "convenant"


@pytest.mark.parametrize("sentence,speaker,content", [
    ("De rechter vroeg de verdachte waarom hij het mes bij zich had.", "rechter",
     "waarom hij het mes bij zich had"),
    ("Een buurman vraagt of de politie vaker kan surveilleren.", "buurman",
     "de politie vaker kan surveilleren"),
])
def test_a_question_someone_put_is_reported(nlp, sentence, speaker, content):
    recs = run(nlp, sentence)
    assert [(r.speaker, r.content) for r in recs] == [(speaker, content)]


def test_a_question_anyone_might_put_is_no_report(nlp):
    # (guard: questions became reports above; a conditional one stays none)
    assert run(nlp, "Als iemand vraagt hoe het met de zaak gaat, zegt de eigenaar niets.") == []


def test_a_te_infinitive_after_a_separated_particle(nlp):
    recs = run(nlp, "De bank maakte gisteren bekend de rente dit jaar niet te verhogen.")
    assert [(r.speaker, r.content) for r in recs] == [("bank", "de rente dit jaar niet te verhogen")]


def test_ze_in_a_clause_after_an_organisation_opening_the_sentence(nlp):
    recs = run(nlp, "De Nederlandsche Bank zorgde voor onrust toen ze bekendmaakte dat de rente stijgt.")
    assert one(recs, "de rente stijgt").speaker == "Nederlandsche Bank"


def test_merken_in_the_present_is_a_view_in_the_past_a_perception(nlp):
    recs = run(nlp, "Veel forensen merken dat de bus vaker te laat komt.")
    assert [(r.speaker, r.content) for r in recs] == [("Veel forensen", "de bus vaker te laat komt")]
    # (guard: the past tense of a story, "merkte ... dat", is what someone noticed, no view)
    assert run(nlp, "Pas na een uur merkte de buurman dat de schuur in brand stond.") == []
    recs = run(nlp, "De schaatsster reed een persoonlijk record. Het ijs is hier veel sneller, merkte ze meteen.")
    assert [r.content for r in recs] == ["Het ijs is hier veel sneller"]


def test_laten_weten_around_an_apposition(nlp):
    recs = run(nlp, "Gisteren liet Karel de Wit, de directeur van het waterschap, weten dat de dijk veilig is.")
    assert [(r.speaker, r.content) for r in recs] == [("Karel de Wit", "de dijk veilig is")]


def test_a_so_called_term_in_quotes_is_nobodys_words(nlp):
    assert run(nlp, "Somalië is al jaren een zogeheten 'failed state' zonder echte regering.") == []


def test_object_report_before_a_writers_tail_question(nlp):
    # the question after ", maar" is the writer's, the clause before it still reports
    recs = run(nlp, "Trainer Bas Kool van de thuisclub had wel een kleine zege verwacht, maar zo groot?")
    assert [(r.speaker, r.content) for r in recs] == [("Bas Kool", "een kleine zege")]
    # (guard: a question put as a whole reports nothing)
    assert run(nlp, "Had trainer Bas Kool van de thuisclub zo'n grote zege verwacht?") == []


def test_object_report_after_a_fronted_phrase_without_a_verb(nlp):
    recs = run(nlp, "Naast een hoger loon voor starters, eisen de verpleegkundigen ook meer vrije dagen in de zomer.")
    assert [(r.speaker, r.content) for r in recs] == [("verpleegkundigen", "meer vrije dagen in de zomer")]


def test_object_report_with_a_report_in_a_relative_clause(nlp):
    recs = run(nlp, "Zonder namen te noemen hekelt de wethouder daarmee de rol van Kees Mol, "
                    "die eerder erkende geld te hebben aangenomen.")
    assert [(r.cue, r.content) for r in recs][0] == ("hekelt", "de rol van Kees Mol")
    assert [r.cue for r in recs] == ["hekelt", "erkende"]


def test_object_report_with_a_relative_clause_on_its_object(nlp):
    recs = run(nlp, "De bouwer verzet zich tegen de boete van Frankrijk. Dat land vreest sjoemelsoftware in de "
                    "motoren van de bouwer, die een groot deel van de markt bedient.")
    assert [(r.speaker, r.cue) for r in recs] == [("Frankrijk", "vreest")]
    assert recs[0].content.startswith("sjoemelsoftware in de motoren")


def test_memories_called_up_are_evoked_not_called_for(nlp):
    # (guard: the start code also gave nothing here, for another reason)
    assert run(nlp, "De ruzie roept bij veel leden herinneringen op aan de fusie, die te snel werd doorgedrukt.") == []


@pytest.mark.parametrize("sentence, speaker", [
    ("Deze getuige zegt dat hij de auto niet heeft zien wegrijden.", "getuige"),
    ("Karel Mol werd vorig jaar herkozen. Zijn aanhangers denken dat hij nog lang blijft.", "aanhangers van Karel Mol"),
    ("Maar liefst 30 procent van de boeren zegt dat de regels te streng zijn.", "30 procent van de boeren"),
    ("Ruim een derde (36 procent) vindt dat de pont vaker moet varen.", "Ruim een derde"),
])
def test_an_unnamed_source_is_described_without_the_pointing_words(nlp, sentence, speaker):
    # a demonstrative, a possessive, "(maar) liefst" or a bracketed figure is how the sentence
    # points at the source, not part of its description
    recs = run(nlp, sentence)
    assert [r.speaker for r in recs] == [speaker]


def test_a_description_says_which_source_not_how_the_sentence_points_at_it(nlp):
    recs = run(nlp, "De Nederlandse ambassade in Lima werd gebeld. Een woordvoerder van die ambassade zegt dat "
                    "de man zelf een advocaat moet zoeken.")
    assert [r.speaker for r in recs] == ["woordvoerder van de ambassade"]


def test_trailing_cue_with_the_one_told(nlp):
    # "de rechter" after "vertelde hij" is who was told, not an object of the verb
    recs = run(nlp, "Het was een vergissing, vertelde hij de rechter.")
    assert [(r.cue, r.content) for r in recs] == [("vertelde", "Het was een vergissing")]


def test_trailing_cue_of_what_a_source_would_say(nlp):
    recs = run(nlp, "Zodra de winter komt, stoppen ze er toch mee, zal de scepticus zeggen.")
    assert [(r.speaker, r.content) for r in recs] == [("scepticus", "Zodra de winter komt, stoppen ze er toch mee")]


def test_demonstrative_finding_with_a_participle_of_finding_out(nlp):
    recs = run(nlp, "In Drenthe missen raadsleden de meeste vergaderingen. Dat hebben twee studenten uit Assen uitgezocht.")
    assert [(r.speaker, r.content) for r in recs] == [
        ("twee studenten", "In Drenthe missen raadsleden de meeste vergaderingen")]


def test_demonstrative_finding_from_plural_studies_of_a_named_body(nlp):
    # the tagger reads the plural "onderzoeken" as a verb
    recs = run(nlp, "Het middel is schadelijk voor bijen. Dat blijkt uit onderzoeken van het Bijeninstituut.")
    assert [(r.speaker, r.content) for r in recs] == [
        ("onderzoeken van het Bijeninstituut", "Het middel is schadelijk voor bijen")]


def test_a_relative_clause_on_the_source_is_no_claim(nlp):
    recs = run(nlp, "Het middel is schadelijk voor bijen. Dat blijkt uit een rapport van de Stichting Bijenhulp "
                    "dat deel uitmaakt van een grotere studie.")
    assert [r.content for r in recs] == ["Het middel is schadelijk voor bijen"]
    # (guard: after a verb of saying, "dat" past a phrase with a noun is what was said)
    recs = run(nlp, "Kees Mol zei voor het overleg dat zijn voorstel eigenlijk niets nieuws is.")
    assert [(r.speaker, r.content) for r in recs] == [("Kees Mol", "zijn voorstel eigenlijk niets nieuws is")]


def test_as_stated_with_the_writers_verdict(nlp):
    recs = run(nlp, "Het was niet de eigenaar die de zaak sloot, zoals Piet Kramer ten onrechte beweerde.")
    assert [(r.speaker, r.content) for r in recs] == [("Piet Kramer", "Het was niet de eigenaar die de zaak sloot")]


def test_images_show_what_they_show(nlp):
    recs = run(nlp, "De camerabeelden laten zien dat de deur van de loods open stond.")
    assert [(r.speaker, r.content) for r in recs] == [("camerabeelden", "de deur van de loods open stond")]


def test_the_organisation_is_not_a_ministers_department(nlp):
    recs = run(nlp, "Vorige week sprak minister van Defensie Anna Bos over een rol voor Vluchtelingenwerk Nederland. "
                    "Nu laat de organisatie weten dat zij wil helpen.")
    assert [(r.speaker, r.content) for r in recs][-1] == ("Vluchtelingenwerk Nederland", "zij wil helpen")


@pytest.mark.parametrize("sentence, speaker", [
    ("Ook Piet Bakker, broer van de eigenaar, toonde zich 'diep teleurgesteld' over het besluit van de raad.",
     "Piet Bakker"),
    ("De raadsleden Anna Smit (CDA) en Kees Mol (SP) betoonden zich 'geen voorstander van dit plan'.",
     "Anna Smit en Kees Mol"),
])
def test_a_quoted_stance_past_the_subjects_apposition(nlp, sentence, speaker):
    recs = run(nlp, "De gemeente wil het oude zwembad slopen.", sentence)
    assert [(r.type, r.speaker) for r in recs] == [("mixed", speaker)]
    assert recs[0].content.split()[1:2] == ["zich"]  # (the stance, after the apposition)


def test_first_person_quote_after_a_pair_goes_to_the_one_brought_in_since(nlp):
    # a quote in the first person after a group's claim answers for the one quoted before,
    # unless a sentence in between opens with someone new
    recs = run(nlp, "Kees Mol zei gisteren: 'We gaan gewoon door met het plan.'",
               "Anna Smit (CDA) en Els Bos (D66) zeggen dat ze best tevreden zijn met de uitslag. "
               "Raadslid Piet de Groot houdt de moed er ook in. 'Ik blijf positief, wat er ook gebeurt.'")
    assert [r.speaker for r in recs] == ["Kees Mol", "Anna Smit en Els Bos", "Piet de Groot"]


def test_the_pair_word_for_the_two_people_named_just_before(nlp):
    recs = run(nlp, "Karin Vos trouwde in 2015 met Ahmed B. in Brussel. Met B. kreeg ze twee dochters. "
                    "Het gezin woonde jaren in een flat aan de rand van de stad. "
                    "Het tweetal zegt dat het nu terug wil naar Nederland.")
    assert [(r.speaker, r.content) for r in recs] == [("Karin Vos en Ahmed B.", "het nu terug wil naar Nederland")]


def test_the_suspects_after_a_pair_named_with_their_roles(nlp):
    recs = run(nlp, "De rechtbank sprak gisteren oom Henk de B. (58) en tante Ria de B. (55) vrij van brandstichting. "
                    "De verdachten zeiden dat ze die nacht thuis waren.")
    assert [(r.speaker, r.content) for r in recs][-1] == ("Henk de B. en Ria de B.", "ze die nacht thuis waren")


def test_the_speaker_opening_the_sentence_pointed_back_at_is_no_content(nlp):
    recs = run(nlp, "De Belgische wielrenner Jan Peeters, vorig jaar nog geschorst wegens doping, wil terug in het "
                    "peloton. Dat zei hij gisteren tegen een Vlaamse krant.")
    assert [(r.speaker, r.content) for r in recs] == [("Jan Peeters", "wil terug in het peloton")]
    # (guard: someone else opening that sentence stays in what was said)
    recs = run(nlp, "Jan Peeters wil terug in het peloton. Dat zei zijn ploegleider Kees Mol gisteren.")
    assert [(r.speaker, r.content) for r in recs] == [("Kees Mol", "Jan Peeters wil terug in het peloton")]


def test_an_accusation_with_ervan_is_what_they_are_accused_of(nlp):
    recs = run(nlp, "De vissers beschuldigen de minister ervan hun belangen te hebben verkwanseld.")
    assert [(r.speaker, r.content) for r in recs] == [("vissers", "hun belangen te hebben verkwanseld")]
    recs = run(nlp, "Critici betichten de wethouder ervan de zaak te hebben verzwegen.")
    assert [(r.speaker, r.content) for r in recs] == [("critici", "de zaak te hebben verzwegen")]


def test_a_role_after_a_sentence_about_someone_else_is_the_one_person_named_before(nlp):
    recs = run(nlp, "Marijke Dool wordt informateur in Gelderland en zoekt een brede coalitie. Of ook winnaar "
                    "D66 mee mag doen, is nog onzeker. 'Dat zien we later', aldus de oud-wethouder van de PvdA "
                    "dinsdag bij haar aantreden.")
    assert [(r.speaker, r.content) for r in recs] == [("Marijke Dool", "Dat zien we later")]
    # (guard: with two people named before, the role stays a description)
    recs = run(nlp, "Marijke Dool en Henk Baars zoeken een brede coalitie. Of ook winnaar D66 mee mag doen, is "
                    "nog onzeker. 'Dat zien we later', aldus de oud-wethouder van de PvdA dinsdag.")
    assert recs[-1].speaker == "oud-wethouder van de PvdA"


def test_a_weekday_with_its_part_of_the_day_ends_the_source(nlp):
    recs = run(nlp, "Minister Jan Boer van Sociale Zaken stuurde een brief. Deze keer verliest Nederland het pleit, "
                    "schreef Boer woensdagavond aan de Tweede Kamer.")
    assert [(r.speaker_mention, r.content) for r in recs] == [("Boer", "Deze keer verliest Nederland het pleit")]


def test_a_hyphenated_role_and_a_nationality_point_back_to_the_person_named(nlp):
    recs = run(nlp, "Kees Mol vindt het stoppen een goede zet. De oud-NOS-baas had verwacht dat het programma "
                    "zou veranderen.")
    assert [r.speaker for r in recs] == ["Kees Mol", "Kees Mol"]
    recs = run(nlp, "Op een top met de ministers waarschuwde Jean Dupont dat het kan. Later waarschuwde de "
                    "Fransman dat een crisis nog mogelijk is.")
    assert [r.speaker for r in recs] == ["Jean Dupont", "Jean Dupont"]
    recs = run(nlp, "Het doelpunt van Tim Kos was beslissend. De Sloveen zelf voelde zich achteraf "
                    "'flink tekortgedaan'.")
    assert [r.speaker for r in recs] == ["Tim Kos"]


def test_a_body_described_by_the_kind_word_in_its_own_name(nlp):
    recs = run(nlp, "Een docent van de Hogeschool Zwolle werd bedreigd. Het OM wil vervolgen. De hogeschool meldt "
                    "dat de man is geschorst.")
    assert [r.speaker for r in recs] == ["Hogeschool Zwolle"]
    recs = run(nlp, "Het Urban Design Institute bracht bouwers bijeen. 'De bereidheid hangt af van de gemeente', "
                    "aldus het instituut.")
    assert [r.speaker for r in recs] == ["Urban Design Institute"]


def test_a_title_after_a_colon_is_nobodys_words(nlp):
    assert run(nlp, "Het thema van de week is nogal braaf: 'het dorp en de stad'. Niemand klaagde.") == []
    assert run(nlp, "Een nieuw lespakket is bijna klaar: 'Veilig fietsen voor iedereen'.") == []
    # (guard: a newspaper before the colon speaks)
    recs = run(nlp, "Volgens de krant ligt de schuld bij het kabinet: 'Het heeft de signalen genegeerd.'")
    assert [r.content for r in recs][-1] == "Het heeft de signalen genegeerd."


def test_disputing_verbs_and_a_long_adjunct_inside_laten_weten(nlp):
    recs = run(nlp, "De minister bestrijdt dat de nieuwe regeling tot misbruik leidt.")
    assert [(r.speaker, r.content) for r in recs] == [("minister", "de nieuwe regeling tot misbruik leidt")]
    # (guard: fighting something is no report)
    assert run(nlp, "De gemeente bestrijdt de overlast met hoge boetes.") == []
    recs = run(nlp, "Kees Vos werkt bij de omroep. Hij liet na zijn overstap naar de concurrent nog weten dat hij "
                    "de quiz wilde blijven presenteren.")
    assert [(r.speaker, r.content) for r in recs] == [("Kees Vos", "hij de quiz wilde blijven presenteren")]


def test_a_claim_of_only_pointing_words_is_no_record(nlp):
    recs = run(nlp, "De bond wil meer loon. De werkgever ziet dat anders. 'Ons bod is goed', zegt de directeur.")
    assert [r.content for r in recs] == ["Ons bod is goed"]
    # a fronted object leaves only adverbs after the verb
    assert run(nlp, "De raad wil strengere regels. Voor een verbod op vuurwerk pleit de burgemeester echter niet.") == []


def test_a_proposal_with_its_particle_closing_the_clause(nlp):
    recs = run(nlp, "De fractie van de SP stelde een proefperiode van een jaar voor.")
    assert [(r.speaker, r.content) for r in recs] == [("fractie van de SP", "een proefperiode van een jaar")]
    recs = run(nlp, "Wethouder Bos stelt een nieuw bestuur voor met vier leden.")
    assert [r.content for r in recs] == ["een nieuw bestuur voor met vier leden"]
    # (guard: introducing oneself, and "stellen voor" with a preposition, propose nothing)
    assert run(nlp, "Daarna stelde de trainer zich voor aan de spelers.") == []
    assert run(nlp, "De gemeente moet de eigenaar schadeloos stellen voor het verlies van zijn winkel.") == []


def test_naming_something_a_noun(nlp):
    recs = run(nlp, "De wethouder noemt het slopen van de flat een goede zaak.")
    assert [(r.speaker, r.content) for r in recs] == [("wethouder", "het slopen van de flat een goede zaak")]
    recs = run(nlp, "De minister noemt de nieuwe regels een grote vergissing.")
    assert [r.content for r in recs] == ["de nieuwe regels een grote vergissing"]
    recs = run(nlp, "De trainer noemt Jansen de beste speler van het team.")
    assert [r.content for r in recs] == ["Jansen de beste speler van het team"]
    # (guard: listing examples is no naming)
    assert run(nlp, "De burgemeester noemde drie voorbeelden van het probleem.") == []


def test_an_intention_reported_with_te_and_a_modal(nlp):
    recs = run(nlp, "Karin Smit leidt de club al jaren. Ze zegt te willen stoppen na dit seizoen.")
    assert [(r.speaker, r.content) for r in recs] == [("Karin Smit", "te willen stoppen na dit seizoen")]
    recs = run(nlp, "Bert Kuiper vertelde vorige week zijn boerderij te zullen verkopen.")
    assert [r.speaker for r in recs] == ["Bert Kuiper"]
    # (guard: the relative pronoun is the infinitive's object, no report)
    assert run(nlp, "Het plan dat de wethouder dacht te kunnen redden, is van tafel.") == []


def test_a_fronted_dat_clause_and_the_judgement_after_its_source_are_one_claim(nlp):
    recs = run(nlp, "Dat de burgemeester niet komt, vindt raadslid Ali Demir 'onbegrijpelijk'.")
    assert [(r.type, r.speaker, r.content) for r in recs] == [
        ("mixed", "Ali Demir", "de burgemeester niet komt, vindt raadslid Ali Demir 'onbegrijpelijk'")]
    recs = run(nlp, "Dat de bus vaak te laat is, vindt de reiziger vervelend.")
    assert [r.content for r in recs] == ["de bus vaak te laat is, vindt de reiziger vervelend"]
    # (guard: without a judgement after the source the claim stays the clause)
    recs = run(nlp, "Dat de bus vaak te laat is, vindt de reiziger.")
    assert [r.content for r in recs] == ["de bus vaak te laat is"]


def test_in_de_ogen_van_works_as_volgens(nlp):
    recs = run(nlp, "Een hogere huur is in de ogen van de bewonersvereniging een slecht idee.")
    assert [(r.speaker, r.cue) for r in recs] == [("bewonersvereniging", "in de ogen van")]
    recs = run(nlp, "In de ogen van de trainer is de ploeg nog niet klaar.")
    assert [(r.speaker, r.content) for r in recs] == [("trainer", "is de ploeg nog niet klaar")]
    # (guard: inside a noun phrase it names no source)
    assert run(nlp, "Het is een in de ogen van de wereld zo rijk land.") == []


def test_a_study_by_a_named_maker_is_that_makers(nlp):
    recs = run(nlp, "Uit een enquête door bureau Motivaction bleek vorige week dat studenten weinig sparen.")
    assert [(r.speaker, r.content) for r in recs] == [("Motivaction", "studenten weinig sparen")]
    # (guard: a study without its maker stays the study)
    recs = run(nlp, "Uit een enquête onder studenten bleek vorige week dat ze weinig sparen.")
    assert [r.speaker for r in recs] == ["enquête"]


def test_meaning_to_show_is_no_finding(nlp):
    assert run(nlp, "De ploeg wil zondag laten zien dat ze de titel verdient.") == []
    # (guard: a study that shows something still reports it)
    recs = run(nlp, "Het onderzoek laat zien dat de zeespiegel sneller stijgt.")
    assert [r.content for r in recs] == ["de zeespiegel sneller stijgt"]


def test_a_second_verb_of_the_same_subject_ends_the_object(nlp):
    recs = run(nlp, "De bond bepleit al langer een lagere snelheid en is tevreden over het belang dat de minister er "
                    "nu aan hecht.")
    assert [(r.speaker, r.content) for r in recs] == [("bond", "een lagere snelheid")]
    # (guard: a plural noun after "en" is no second verb)
    recs = run(nlp, "De organisator verwacht boeren, vissers en feministen, noem maar op.")
    assert [r.content for r in recs][0].startswith("boeren, vissers")


@pytest.mark.parametrize("sentence, content", [
    ("De wethouder kondigde dinsdag een verbod op vuurwerk aan.", "een verbod op vuurwerk"),
    ("De minister heeft gisteren strengere regels voor de handel in vuurwerk aangekondigd.",
     "strengere regels voor de handel in vuurwerk"),
    ("Het bestuur waarschuwt al jaren voor de gevolgen van de krimp.", "voor de gevolgen van de krimp"),
    ("De directie kondigde vorige week al bezuinigingen aan.", "bezuinigingen"),
    ("Het kabinet verwacht volgend jaar een tekort van drie miljard euro.", "een tekort van drie miljard euro"),
    ("De wethouder eiste gisteravond in de raad het vertrek van de directeur.", "het vertrek van de directeur"),
])
def test_the_time_of_a_report_is_not_what_was_said(nlp, sentence, content):
    assert [r.content for r in run(nlp, sentence)] == [content]


def test_a_purpose_after_the_verb_is_not_what_was_announced(nlp):
    recs = run(nlp, "De bond heeft een staking in het streekvervoer aangekondigd om de eisen kracht bij te zetten.")
    assert [r.content for r in recs] == ["een staking in het streekvervoer"]
    # (guard: with nothing announced before the verb, "om ... te" is what was announced; a call's
    # "om ... te" is what is called for)
    recs = run(nlp, "De burgemeester heeft aangekondigd om volgend jaar te stoppen.")
    assert [r.content for r in recs] == ["om volgend jaar te stoppen"]
    recs = run(nlp, "De bond heeft de leden opgeroepen om morgen te staken.")
    assert [r.content for r in recs] == ["om morgen te staken"]


def test_a_request_before_its_participle(nlp):
    recs = run(nlp, "De oppositie heeft dinsdag opnieuw om een debat gevraagd.")
    assert [(r.speaker, r.content) for r in recs] == [("oppositie", "om een debat")]
    recs = run(nlp, "De raad heeft de provincie om extra geld gevraagd.")
    assert [r.content for r in recs] == ["om extra geld"]


def test_asking_for_advice_claims_nothing(nlp):
    assert run(nlp, "De wethouder vroeg de commissies om advies.") == []


def test_a_trailing_cue_with_an_object_verb_gives_one_record(nlp):
    recs = run(nlp, "De schade loopt in de miljoenen, schat de verzekeraar.")
    assert [(r.speaker, r.content) for r in recs] == [("verzekeraar", "De schade loopt in de miljoenen")]


@pytest.mark.parametrize("sentence, content", [
    ("Volgens informateur Hans de Groot, die door de partij was ingeschakeld, zijn de verschillen klein.",
     "zijn de verschillen klein"),
    ("Volgens Stijn de Wit (17), die het protest mede bedacht, hoeven critici zich geen zorgen te maken.",
     "hoeven critici zich geen zorgen te maken"),
    # (guard: an age before an apposition that is not skipped leaves the claim whole)
    ("Dat is volgens Jan Bos (52), chirurg in een kliniek in Leiden, nou een typisch voorbeeld van slecht werk.",
     "Dat is volgens Jan Bos (52), chirurg in een kliniek in Leiden, nou een typisch voorbeeld van slecht werk"),
])
def test_a_relative_clause_on_the_volgens_source_is_not_the_claim(nlp, sentence, content):
    assert [r.content for r in run(nlp, sentence)] == [content]


def test_volgens_in_the_middle_keeps_the_clause_and_leaves_out_a_relative_after_the_source(nlp):
    recs = run(nlp, "De brand is volgens de politie aangestoken.")
    assert [r.content for r in recs] == ["De brand is volgens de politie aangestoken"]
    recs = run(nlp, "De brand is aangestoken, volgens de politie, die een onderzoek is begonnen.")
    assert [r.content for r in recs] == ["De brand is aangestoken"]


@pytest.mark.parametrize("sentences, speaker", [
    ("Het zwembad gaat na de zomer weer open. Dit schrijft de directie in een brief aan de leden.", "directie"),
    ("Het brood wordt in het najaar duurder. Dat verwacht de bakkersbond.", "bakkersbond"),
    ("De nieuwe regels gaan in januari in. Dat meldt de gemeenteraad op zijn website.", "gemeenteraad"),
])
def test_institutions_named_by_a_compound_or_a_board_point_back(nlp, sentences, speaker):
    recs = run(nlp, sentences)
    assert [(r.speaker, r.content) for r in recs] == [(speaker, sentences.split(". ")[0])]


def test_a_manner_adverb_after_the_source_is_not_part_of_it(nlp):
    recs = run(nlp, "Het zwembad gaat na de zomer weer open. Dat bevestigde een woordvoerder van het bad desgevraagd.")
    assert [r.speaker_mention for r in recs] == ["een woordvoerder van het bad"]


@pytest.mark.parametrize("sentence, cue, content", [
    ("De wethouder heeft toegezegd dat er meer geld komt voor de muziekschool.", "toegezegd",
     "er meer geld komt voor de muziekschool"),
    ("De staatssecretaris zegt toe zijn best te doen voor de vissers.", "zegt toe", "zijn best te doen voor de vissers"),
    ("De fabrikant garandeert dat de fiets tien jaar meegaat.", "garandeert", "de fiets tien jaar meegaat"),
    ("De premier herinnerde eraan dat de economie nog groeit.", "herinnerde eraan", "de economie nog groeit"),
    ("De biologen veronderstellen dat de vogels uit het zuiden komen.", "veronderstellen",
     "de vogels uit het zuiden komen"),
    # (guard: "toe" before "te" and an infinitive belongs to that infinitive)
    ("De woordvoerder zegt niets toe te voegen aan de brief.", "zegt", "niets toe te voegen aan de brief"),
])
def test_promises_reminders_and_assumptions_are_reported(nlp, sentence, cue, content):
    assert [(r.cue, r.content) for r in run(nlp, sentence)] == [(cue, content)]


def test_a_trailing_cue_with_its_particle_gives_one_record(nlp):
    recs = run(nlp, "Het plan deugt niet, stelt de ombudsman vast.")
    assert [(r.speaker, r.content) for r in recs] == [("ombudsman", "Het plan deugt niet")]


def test_the_one_promised_something_is_not_the_source(nlp):
    recs = run(nlp, "De woningcorporatie belooft de huurders een nieuwe keuken.")
    assert [r.speaker for r in recs] == ["woningcorporatie"]


def test_a_quoted_fragment_at_the_end_of_an_object_keeps_its_closing_mark(nlp):
    recs = run(nlp, "Omwonenden klagen over 'ondraaglijke stank'.")
    assert [(r.type, r.content) for r in recs] == [("mixed", "'ondraaglijke stank'")]


def test_a_portfolio_after_a_person_is_not_part_of_the_name(nlp):
    recs = run(nlp, "Minister Karin Bos voor Klimaat belooft een onderzoek naar de storing.")
    assert [(r.speaker, r.content) for r in recs] == [("Karin Bos", "een onderzoek naar de storing")]
    # (guard: an organisation's name after "van" keeps its "voor")
    recs = run(nlp, "Tim Bakker van Forum voor Democratie verwacht een goede uitslag.")
    assert [(r.speaker, r.speaker_mention) for r in recs] == [("Tim Bakker", "Tim Bakker van Forum voor Democratie")]


def test_a_body_named_after_its_kind_is_no_person_a_later_office_points_back_to(nlp):
    recs = run(nlp, "Volgens de gemeente Deventer is het centrum te druk. De minister van Financiën zegt dat er geen geld is.")
    assert [r.speaker for r in recs] == ["Deventer", "minister van Financiën"]


def test_a_university_named_with_van_is_one_name(nlp):
    recs = run(nlp, "Het aantal daklozen is volgens onderzoekers van de Universiteit van Utrecht flink gestegen.")
    assert [r.speaker for r in recs] == ["onderzoekers van de Universiteit van Utrecht"]


def test_being_of_the_opinion_reports_a_belief(nlp):
    recs = run(nlp, "De deskundige is van oordeel dat de brug moet worden gesloten.")
    assert [(r.speaker, r.content) for r in recs] == [("deskundige", "de brug moet worden gesloten")]


def test_a_subject_with_a_name_in_apposition_is_no_claim(nlp):
    recs = run(nlp, "De advocaat van de verdachte, Karel de Wit, bepleitte vrijspraak voor zijn cliënt.")
    assert [(r.speaker, r.content) for r in recs] == [("Karel de Wit", "vrijspraak voor zijn cliënt")]
    # (guard: a phrase of place in the commas is no name in apposition)
    recs = run(nlp, "Omwonenden, vooral in Den Helder, klagen al jaren over de stank van de fabriek.")
    assert [r.speaker for r in recs] == ["omwonenden"]


def test_one_noun_closing_the_sentence_is_what_was_feared(nlp):
    recs = run(nlp, "Het kabinet wil de regels versoepelen. De bond vreest misbruik.")
    assert [(r.speaker, r.cue, r.content) for r in recs] == [("bond", "vreest", "misbruik")]
    # (guard: the ones warned, and a toll taken, are no claims)
    assert run(nlp, "Het ijs is dun. De gemeente waarschuwt schaatsers.") == []
    assert run(nlp, "Het water stijgt snel. Zware stormen eisen levens.") == []


@pytest.mark.parametrize("sentence,speaker,content", [
    ("De commissie kwam na twee jaar tot de conclusie dat de dijk te laag is.", "commissie", "de dijk te laag is"),
    ("De rekenkamer is tot de conclusie gekomen dat het fonds slecht wordt beheerd.", "rekenkamer",
     "het fonds slecht wordt beheerd"),
    ("De keeper maakte duidelijk dat hij zijn contract wil uitdienen.", "keeper", "hij zijn contract wil uitdienen"),
    ("De bond heeft duidelijk gemaakt dat een staking niet uitgesloten is.", "bond", "een staking niet uitgesloten is"),
    ("De trainer liet doorschemeren dat de aanvoerder volgende week terugkeert.", "trainer",
     "de aanvoerder volgende week terugkeert"),
    ("De bewoners hebben het gevoel dat de gemeente hen vergeet.", "bewoners", "de gemeente hen vergeet"),
    ("De vakbond had de indruk dat de directie niet wilde praten.", "vakbond", "de directie niet wilde praten"),
])
def test_conclusions_clarifications_and_impressions_are_reported(nlp, sentence, speaker, content):
    assert [(r.speaker, r.content) for r in run(nlp, sentence)] == [(speaker, content)]


# (guards: the lexicon entries above must not fire here)
@pytest.mark.parametrize("sentence", [
    "De uitslag maakte duidelijk dat de kiezer de coalitie beu is.",  # a thing makes nothing clear as a source
    "Welke bedragen dat zijn, maakt de wethouder niet duidelijk.",  # nothing made clear
    "De zorgen van de bond komen bovenop de conclusie dat het jaar slecht was.",  # no "tot de conclusie"
])
def test_no_clarification_or_conclusion_without_a_source_that_draws_it(nlp, sentence):
    assert run(nlp, sentence) == []


def test_a_view_of_many_reported_by_one_is_the_reporters_claim(nlp):
    recs = run(nlp, "Lieke Smit is blij. Veel leden vinden dat het bestuur te weinig luistert, zegt ze.")
    assert [(r.speaker, r.content) for r in recs] == [
        ("Lieke Smit", "Veel leden vinden dat het bestuur te weinig luistert")]
    # (guard: the one who holds the view and the one who tells it are the same person)
    recs = run(nlp, "Lieke Smit vindt dat het bestuur te weinig luistert, zegt ze.")
    assert [(r.speaker, r.content) for r in recs] == [("Lieke Smit", "het bestuur te weinig luistert")]


@pytest.mark.parametrize("sentence,speaker,content", [
    ("Zoals de dichter al zei: niets is wat het lijkt.", "dichter", "niets is wat het lijkt"),
    ("Zoals Jan de Vries het zegt: wie niet waagt, die niet wint.", "Jan de Vries", "wie niet waagt, die niet wint"),
])
def test_as_a_source_put_it_with_an_adverb_or_het_before_the_colon(nlp, sentence, speaker, content):
    assert [(r.speaker, r.content) for r in run(nlp, sentence)] == [(speaker, content)]


@pytest.mark.parametrize("text,speaker,content", [
    ("De buren vonden drie brieven op de mat. Daarin staat dat de hond is weggelopen.", "brieven",
     "de hond is weggelopen"),
    ("De rector stuurde een e-mail naar alle ouders. Daarin stond: de school blijft morgen dicht.", "e-mail",
     "de school blijft morgen dicht"),
])
def test_what_the_document_named_just_before_says(nlp, text, speaker, content):
    assert [(r.speaker, r.content) for r in run(nlp, text)] == [(speaker, content)]


def test_a_document_named_two_sentences_back_is_not_the_one_pointed_at(nlp):
    recs = run(nlp, "Het rapport kwam gisteren uit. Een controle volgde in de zomer. Daaruit bleek dat er geld ontbrak.")
    assert recs == []


def test_a_sentence_without_its_subject_keeps_the_speaker_before(nlp):
    recs = run(nlp, "Wethouder Mirjam Smit las het rapport. Ze gaf toe dat er fouten zijn gemaakt. "
                    "Kondigde plannen aan ('we gaan alles anders doen'). En bood excuses aan.")
    assert [(r.speaker, r.content) for r in recs][-1] == ("Mirjam Smit", "we gaan alles anders doen")


@pytest.mark.parametrize("sentence,speaker,content", [
    ("Eerst de dijk versterken en dan pas bouwen, luidt het advies van de ingenieurs.", "ingenieurs",
     "Eerst de dijk versterken en dan pas bouwen"),
    ("De fabrikant pretendeert dat zijn tandpasta de tanden witter maakt.", "fabrikant",
     "zijn tandpasta de tanden witter maakt"),
    ("De coach impliceerde dat de keeper zijn plek kwijt is.", "coach", "de keeper zijn plek kwijt is"),
])
def test_advice_named_after_it_and_more_verbs_of_saying(nlp, sentence, speaker, content):
    assert [(r.speaker, r.content) for r in run(nlp, sentence)] == [(speaker, content)]
    # (guard: what a thing implies is evidence, not a claim)
    assert run(nlp, "De uitslag impliceert dat de kiezer het beleid afwijst.") == []


@pytest.mark.parametrize("sentence,speaker,content", [
    ("De oppositie wierp tegen dat de nieuwe brug veel te duur wordt.", "oppositie", "de nieuwe brug veel te duur wordt"),
    ("De advocaat argumenteerde dat zijn cliënt in paniek handelde.", "advocaat", "zijn cliënt in paniek handelde"),
    ("De zangeres verklapte dat er een nieuw album aankomt.", "zangeres", "er een nieuw album aankomt"),
    ("De vereniging heeft kenbaar gemaakt dat ze tegen de fusie stemt.", "vereniging", "ze tegen de fusie stemt"),
    ("De burgemeester liet horen dat hij het besluit betreurt.", "burgemeester", "hij het besluit betreurt"),
    ("De omroep bracht naar buiten dat de presentator vertrekt.", "omroep", "de presentator vertrekt"),
    ("De wethouder realiseert zich dat de ondernemers boos zijn.", "wethouder", "de ondernemers boos zijn"),
])
def test_objections_revelations_and_realisations_are_reported(nlp, sentence, speaker, content):
    assert [(r.speaker, r.content) for r in run(nlp, sentence)] == [(speaker, content)]


def test_realising_what_one_did_is_no_claim(nlp):
    # (guard: "zich realiseren" reports only with a "dat" clause)
    assert run(nlp, "Pas toen de agent haar aansprak op het bord, realiseerde ze zich wat er op stond.") == []


def test_a_clause_of_its_own_after_en_with_a_plural_of_a_person_noun(nlp):
    recs = run(nlp, "De helft van de scholen sluit en een derde van de leraren zegt naar Den Haag te gaan.")
    assert [(r.speaker, r.content) for r in recs] == [("derde van de leraren", "naar Den Haag te gaan")]


@pytest.mark.parametrize("sentence,mention", [
    ("De wachtlijsten groeien verder, blijkt uit de onlangs verschenen visie van het ministerie.",
     "de onlangs verschenen visie van het ministerie"),
    ("De wachtlijsten groeien verder, bleek vorige week uit cijfers die de staatssecretaris naar de Kamer stuurde.",
     "cijfers"),
])
def test_a_finding_after_its_source_with_a_premodified_or_relative_phrase(nlp, sentence, mention):
    assert [(r.speaker_mention, r.content) for r in run(nlp, sentence)] == [(mention, "De wachtlijsten groeien verder")]


def test_a_named_source_after_en_opens_a_main_clause_of_its_own(nlp):
    recs = run(nlp, "Minister Jansen reageerde door te zeggen dat hij trots is op de nieuwe wet en Pietersen beschuldigt "
                    "de oppositie van 'stemmingmakerij'.")
    assert [(r.speaker, r.content) for r in recs] == [
        ("Jansen", "hij trots is op de nieuwe wet"), ("Pietersen", "de oppositie van 'stemmingmakerij'")]
    # (guard: two names joined by "en" are one subject)
    recs = run(nlp, "Het CDA vindt dat de wet moet blijven, de progressieven van PvdA en GroenLinks denken dat die weg kan.")
    assert recs and not any(r.content.endswith("de progressieven van PvdA") for r in recs)


def test_a_passive_expectation_with_a_long_adjunct_names_no_source(nlp):
    assert run(nlp, "Door de nieuwe techniek wordt in de komende jaren een groei van het aantal masten verwacht.") == []


@pytest.mark.parametrize("sentence,speaker,content", [
    ("De bond heeft goede hoop dat er deze week een akkoord komt.", "bond", "er deze week een akkoord komt"),
    ("De minister heeft er vertrouwen in dat de economie snel herstelt.", "minister", "de economie snel herstelt"),
    ("De coach heeft de indruk dat zijn spelers moe zijn.", "coach", "zijn spelers moe zijn"),
])
def test_hope_trust_and_impressions_held_by_one(nlp, sentence, speaker, content):
    assert [(r.speaker, r.content) for r in run(nlp, sentence)] == [(speaker, content)]


def test_a_hope_of_the_writer_after_a_comma_is_not_the_subjects(nlp):
    # (guard: "hoop" the verb of the writer, past a comma, is no "heeft hoop")
    assert run(nlp, "Ik pleit niet voor een zware straf voor wat hij had gedaan, al hoop ik wel dat hij lang vastzit.") == []


def test_a_claim_ends_where_a_reason_with_a_finding_of_its_own_begins(nlp):
    recs = run(nlp, "De advocaat heeft goede hoop dat de zaak wordt geseponeerd, nu uit het onderzoek blijkt dat "
                    "de getuige loog.")
    assert [(r.speaker, r.content) for r in recs] == [
        ("advocaat", "de zaak wordt geseponeerd"), ("onderzoek", "de getuige loog")]


def test_what_a_source_does_not_yet_reveal_is_no_claim(nlp):
    # (guard for the new cue "verklappen": "nog niet" after the source says nothing)
    assert run(nlp, "Hoe het nieuwe album gaat klinken, verklapt de zanger nog niet.") == []
