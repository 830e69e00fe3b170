"""Cue detection: which tokens are reporting verbs (with their particles), "volgens",
"aldus" and the colon, read from the lexicon in :mod:`aldus.lang.nl.reporting_verbs`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..lang.nl.reporting_verbs import (ALDUS, QUOTE_ONLY_CLASSES, QUOTE_ONLY_LEMMAS,
                                       REPORTING_FORMS, VOLGENS)
from ..lang.nl.words import AUXILIARIES
from .text import has_pos

_CLAUSE_STOP = {".", "!", "?", ";", ":", "dat", "of", "om"}


@dataclass(frozen=True)
class Cue:
    i: int            # token index of the verb (or of "volgens"/"aldus")
    lemma: str
    cls: str          # speech / belief / finding / naming / volgens / aldus
    kind: str         # finite / participle / infinitive / word
    extra: tuple = ()  # token indices of the particle / companion / follower

    def tokens(self) -> tuple:
        return (self.i,) + tuple(self.extra)


#: words that make "stellen" another verb: "beschikbaar stellen", "aansprakelijk stellen"
_STELLEN_PREDICATES = {"beschikbaar", "aansprakelijk", "verantwoordelijk", "schadeloos", "beschikking", "verkiesbaar",
                       "kandidaat", "tentoon", "veilig"}


def _clause_end(doc, k: int, hi: int) -> int:
    """The end of the clause from token ``k``: the next punctuation mark or "dat"."""
    while k < min(hi, len(doc)) and not doc[k].is_punct and doc[k].lower_ != "dat":
        k += 1
    return k


def _another_verb(doc, i: int, hi: int, r: dict, after_quote: bool) -> bool:
    """Whether a particle or predicate in the clause makes the verb at ``i`` another verb that
    reports nothing: "stelde het bedrag bij" and "stelde de rechter dat bij naar twee ton"
    (bijstellen), "stelde geld beschikbaar", "denkt erover een school te bouwen" (a plan),
    "Er vindt ... plaats" (plaatsvinden)."""
    lemma, tok = r["lemma"], doc[i]
    if lemma == "stellen" and r["kind"] == "finite" and any(
            c.dep_ == "compound:prt" and i < c.i < hi and c.lower_ in {"bij", "uit", "in", "op", "aan", "af", "teleur"}
            for c in tok.children):
        return True
    if lemma == "stellen" and any(doc[k].lower_ in {"dat", "het", "die"} and doc[k + 1].lower_ in {"bij", "af"}
                                  and (k + 2 >= len(doc) or doc[k + 2].lower_ in {"naar", "tot", "op"} or doc[k + 2].is_punct)
                                  for k in range(i + 1, min(hi, len(doc) - 1, i + 6))):
        return True  # (the particle right after "dat": the parse hangs it elsewhere)
    if lemma in {"stellen", "voorstellen"} and not after_quote and any(
            doc[k].lower_ in _STELLEN_PREDICATES for k in range(i + 1, _clause_end(doc, i + 1, hi))):
        return True
    if lemma == "denken" and i + 1 < len(doc) and doc[i + 1].lower_ == "erover" and not _dat_follows(doc, i, hi):
        return True
    return lemma == "vinden" and any(doc[k].lower_ == "plaats" and (k + 1 >= len(doc) or doc[k + 1].is_punct)
                                     for k in range(i + 1, min(hi, len(doc), i + 14)))


def _find_companion(doc, i: int, hi: int, comp: str, lo: int, participle: bool) -> Optional[int]:
    """The last token of the companion a reading needs near its verb at ``i`` ("wijst erop",
    "kwam na twee jaar tot de conclusie"; words joined by "_" in the table), or None. Before a
    participle it may stand in front of the verb: "is tot de conclusie gekomen", "heeft
    duidelijk gemaakt"."""
    words = comp.split("_")
    first = {words[0], "er"} if comp == "erop" else {words[0]}
    # (a phrase may start a word further off: "kwam na twee jaar onderzoek tot de conclusie")
    k = _find_word(doc, i + 1, min(hi, i + 6 + (len(words) > 1)), first)
    if k is None and participle and (not comp.startswith("er") or comp == "erachter"):  # "is erachter gekomen"
        k = next((x for x in range(i - 1, max(lo, i - 4 - len(words)) - 1, -1) if doc[x].lower_ == words[0]), None)
    if k is None or any(k + j >= len(doc) or doc[k + j].lower_ != w for j, w in enumerate(words[1:], 1)):
        return None
    return k + len(words) - 1


def _find_word(doc, start: int, hi: int, words: set, stop=_CLAUSE_STOP) -> Optional[int]:
    for k in range(start, min(hi, len(doc))):
        if doc[k].lower_ in words:
            return k
        if doc[k].lower_ in stop and doc[k].lower_ not in words:
            return None
    return None


#: words that open a noun phrase: "in" right before one heads a prepositional phrase ("ziet
#: veel misbruik in de schoonmaak" is no "inzien"); other particles may well precede one ("riep
#: de raad op de plannen te steunen", "stelt voor de wet te wijzigen")
_NP_OPENERS = {"de", "het", "een", "deze", "dit", "zijn", "haar", "hun", "mijn", "onze", "ons", "uw", "elk", "elke"}


def _find_particle(doc, start: int, hi: int, particle: str) -> Optional[int]:
    """The separable particle of the verb's own clause: "geeft ... aan", not "les geven, denk
    aan"; an "in" that heads a prepositional phrase is passed over."""
    for k in range(start, min(hi, len(doc))):
        low = doc[k].lower_
        if low == particle:
            nxt = doc[k + 1] if k + 1 < min(hi, len(doc)) else None
            if particle == "in" and nxt is not None and (
                    nxt.lower_ in _NP_OPENERS or (has_pos(doc) and nxt.pos_ in {"NOUN", "PROPN"})):
                continue
            if particle == "toe" and k > start and nxt is not None and nxt.lower_ == "te":
                return None  # "zegt niets toe te voegen": the particle of the infinitive (toevoegen)
            return k
        if low == "," and k > start:
            # "gaf Piet de Boer, voorzitter van de bond, aan dat ...": past the subject's apposition
            # (no verb inside it), the particle right after its closing comma
            close = next((x for x in range(k + 1, min(hi, len(doc), k + 16)) if doc[x].text == ","), None)
            if close is not None and close + 1 < min(hi, len(doc)) and doc[close + 1].lower_ == particle \
                    and not any(doc[x].pos_ in {"VERB", "AUX"} or doc[x].lower_ in _CLAUSE_STOP for x in range(k + 1, close)):
                return close + 1
            return None
        if low in _CLAUSE_STOP or low == ",":
            return None
    return None


_ZIJN_WORDEN = {"is", "was", "zijn", "waren", "wordt", "werd", "worden", "werden", "raakte", "raakt", "geworden",
               "blijkt", "bleek", "staat", "stond"}


#: who learns something ("Zo leren zij dat ...", "leren kinderen dat ..."), which reports nothing
_LEARNERS = {"ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "u", "jullie", "kinderen", "leerlingen", "studenten",
             "mensen", "vrouwen", "mannen", "meisjes", "jongens"}


def cue_at(doc, i: int, hi: int, *, after_quote: bool = False, lo: int = 0) -> Optional[Cue]:
    """The reporting cue at token i, if any. ``hi`` bounds the clause (exclusive).
    ``after_quote`` also admits manner verbs ("'...', lacht hij")."""
    tok = doc[i]
    low = tok.lower_
    if low in VOLGENS:
        return Cue(i, low, "volgens", "word")
    if low in ALDUS:
        return Cue(i, low, "aldus", "word")
    readings = REPORTING_FORMS.get(low)
    if not readings:
        return None
    if i > 0 and doc[i - 1].lower_ in {"de", "het", "een", "dit", "deze", "die"} and low.endswith("e") \
            and not after_quote and not (doc[i - 1].lower_ == "die" and has_pos(doc) and tok.pos_ == "VERB"
                                         and doc[i - 1].pos_ == "PRON"):
        return None  # "het bekende theaterstuk": an adjective, never a verb right after an article
        # (but "een werkgroep die concludeerde dat ...": a relative pronoun and its verb)
    if low == "bekend" and any(doc[k].lower_ in _ZIJN_WORDEN for k in range(max(0, i - 2), min(len(doc), i + 3)) if k != i):
        return None  # "van wie bekend is dat", "werd bekend dat": it is known, nobody confessed
    if any(r["lemma"] == "melden" for r in readings) and any(
            doc[k].lower_ == "zich" for k in range(max(0, i - 3), min(len(doc), i + 3)) if k != i):
        return None  # "zich melden bij de ambassade", "meldde zich": to report oneself, not a report
    if any(r["lemma"] == "zeggen" for r in readings) and i + 2 < len(doc) and any(
            doc[k].lower_ in {"niets", "weinig", "veel", "iets", "alles", "genoeg"} and doc[k + 1].lower_ == "over"
            for k in range(i + 1, min(len(doc) - 1, i + 4))):
        return None  # "dat aantal zegt niets over ...": it tells nothing, nobody speaks
    if any(r["lemma"] in {"bevestigen", "ontkennen"} for r in readings) and any(
            doc[k].lower_ == "noch" for k in range(max(0, i - 3), min(len(doc), i + 3))):
        return None  # "wil dat bevestigen noch ontkennen": no claim either way
    if low == "bepaalde" and i + 1 < len(doc) and has_pos(doc) and doc[i + 1].pos_ == "NOUN" \
            and (tok.pos_ == "ADJ" or tok.dep_ == "amod"):
        return None  # "door bepaalde mensen": "certain", not "determined"
    if any(r["lemma"] == "leren" for r in readings) and any(
            0 <= k < len(doc) and doc[k].lower_ in _LEARNERS for k in (i - 1, i + 1)):
        return None  # "Zo leren zij dat ...": people learn it; a study or experience "leert" (teaches) it
    if any(r["lemma"] == "toevoegen" for r in readings) and any(
            doc[k].lower_ == "aan" for k in range(i + 1, min(len(doc), i + 4))) and not after_quote:
        return None  # "toegevoegd aan het programma": added to something, not an added remark
    if has_pos(doc) and tok.pos_ not in {"VERB", "AUX", ""} and not (after_quote and tok.pos_ in {"NOUN", "PROPN", "ADJ"}):
        # the tagger is trusted only for forms that are also nouns (infinitive = plural:
        # "de stellen", "vragen", "eisen"); "ontkenden", "zegt", "meldde" are verbs whatever it says
        verb_before_dat = i + 1 < len(doc) and doc[i + 1].lower_ == "dat" and i > 0 \
            and doc[i - 1].lower_ not in {"de", "het", "een", "die", "deze", "zijn", "haar", "hun", "onze", "van"} \
            and tok.pos_ in {"NOUN", "ADJ", "X"}
        # "Experts pleiten al jaren voor ...": a plural verb right after a bare plural subject that
        # opens the sentence, the tagger having read the two as nouns
        opener = i - 1 if i >= 1 and doc[i - 1].is_sent_start else i - 2
        verb_after_subject = opener >= 0 and tok.pos_ in {"NOUN", "ADJ", "X"} and doc[opener].is_sent_start \
            and (opener == i - 1 or doc[opener].pos_ == "DET") and doc[i - 1].pos_ in {"NOUN", "ADJ", "PROPN"} \
            and doc[i - 1].lower_.endswith(("en", "s")) and i + 1 < len(doc) \
            and doc[i + 1].pos_ in {"ADV", "ADP", "DET", "SCONJ"}
        if (any(r["kind"] == "infinitive" for r in readings) and not verb_before_dat and not verb_after_subject) \
                or tok.pos_ in {"ADP", "DET", "PRON", "CCONJ", "SCONJ"}:
            return None  # ("Onderzoekers van X concluderen dat": a plural verb before "dat" whatever the tag)
    if i > 0 and doc[i - 1].lower_ in {"eigen", "het", "zijn", "haar", "hun"} \
            and any(r["kind"] == "infinitive" for r in readings):
        return None  # "naar eigen zeggen", "het vragen": the infinitive as a noun
    # readings that need a particle or companion first: "riep ... op" is oproepen, not roepen
    for r in sorted(readings, key=lambda r: not (r["particle"] and not r["joined"]) and not r["companion"]):
        if not after_quote and (r["cls"] in QUOTE_ONLY_CLASSES or r["lemma"] in QUOTE_ONLY_LEMMAS) and not (
                r["lemma"] in _REPORTING_WITH_DAT and _dat_follows(doc, i, hi)) and not (
                r["lemma"] == "weten" and _sure_follows(doc, i, hi)) and not (
                r["lemma"] == "vragen" and r["kind"] == "finite" and question_follows(doc, i, hi)):
            continue  # (but "X herhaalde dat ...", "X reageert dat ...": a report with its complement)
        extra = ()
        if r["lemma"] == "merken" and low not in {"merkt", "merken"} and not after_quote and not (
                i > 0 and doc[i - 1].text == "," and not _dat_follows(doc, i, hi)):
            # "Toen merkte de buurt dat het brandde": noticing, told; "X merkt dat ..." and "...,
            # merkte ze meteen": a view
            continue
        if _another_verb(doc, i, hi, r, after_quote):
            continue
        if r["lemma"] == "realiseren" and not _dat_follows(doc, i, hi):
            continue  # "realiseert zich dat ...", but not "realiseerde ze zich wat ze riep"
        if r["particle"] and not r["joined"]:
            # the particle closes the verb's own clause: "geeft ... aan", not "les geven, denk aan"
            k = _find_particle(doc, i + 1, hi, r["particle"])
            if k is None:
                continue
            extra = (k,)
        if r["follower"]:
            k = _find_word(doc, i + 1, min(hi, i + 8), {r["follower"]}, stop={".", "!", "?", ";", ":"})
            if k is None:
                # "liet Mario Draghi, de president van de bank, weten": past an apposition
                far = _find_word(doc, i + 1, min(hi, i + 20), {r["follower"]}, stop={".", "!", "?", ";", ":"})
                if far is not None and sum(doc[x].text == "," for x in range(i + 1, far)) == 2 \
                        and doc[far - 1].text == "," and not any(doc[x].pos_ in {"VERB", "AUX"} for x in range(i + 1, far)):
                    k = far
                elif far is not None and far + 1 < hi and doc[far + 1].lower_ == "dat" and far - i <= 14 \
                        and not any(doc[x].pos_ in {"VERB", "AUX"} or doc[x].is_punct for x in range(i + 1, far)):
                    k = far  # "liet na zijn overstap naar de zender nog weten dat ...": a long adjunct between
            if k is None and r["kind"] != "participle":
                continue
            extra = (k,) if k is not None else ()
        if r["companion"]:
            comp = r["companion"]
            k = _find_companion(doc, i, hi, comp, lo, r["kind"] == "participle")
            if k is None or any(doc[x].lower_ in {"vrij", "uit", "af"} for x in range(i + 1, min(hi, k + 1))):
                continue  # "spreekt ... vrij van" is an acquittal, not "spreekt van"
            if r["lemma"] == "hebben" and (any(doc[x].is_punct for x in range(min(i, k), max(i, k)))
                                           or (comp == "hoop" and has_pos(doc) and doc[k].pos_ != "NOUN")):
                continue  # "heeft goede hoop dat", not "die hij had gepleegd, al hoop ik dat"
            if comp == "duidelijk" and any(doc[x].lower_ in {"niet", "nooit", "geen"} for x in range(min(i, k), max(i, k))):
                continue  # "maakt (het) niet duidelijk": nothing made clear
            extra = (k,)
        if r["kind"] == "participle":
            if not any(doc[k].lower_ in AUXILIARIES for k in range(max(lo, i - 16), min(len(doc), i + 3)) if k != i):
                continue
        return Cue(i, r["lemma"], r["cls"], r["kind"], extra)
    return None


def cue_text_span(doc, cue: Cue) -> tuple[int, int]:
    """Character span of the cue: the verb, plus its particle when adjacent ("laat weten")."""
    t = doc[cue.i]
    start, end = t.idx, t.idx + len(t.text)
    for k in cue.extra:
        if k == cue.i + 1:
            end = doc[k].idx + len(doc[k].text)
    return start, end


#: verbs that report only after a quote, except with a "dat" clause right after them
_REPORTING_WITH_DAT = {"herhalen", "reageren", "antwoorden", "verzuchten", "aanvullen",
                       # manners of speaking that report with a complement too ("sneerde dat ...")
                       "sneren", "snauwen", "mopperen", "fluisteren", "schreeuwen", "brullen", "grappen"}


def _sure_follows(doc, i: int, hi: int) -> bool:
    """"weet (het) (heel) zeker dat ...", "weet het zeker: ...": knowing for sure is a belief
    claimed; plain "weten dat" mostly states a known fact."""
    k = i + 1
    while k < hi and doc[k].lower_ in {"het", "heel", "vrij", "bijna", "wel", "nu", "al"}:
        k += 1
    return k + 1 < hi and doc[k].lower_ == "zeker" and doc[k + 1].lower_ in {"dat", ":"}


_QUESTION_WORDS = {"of", "hoe", "wat", "waarom", "wie", "waar", "welke", "welk", "wanneer", "hoeveel"}


def question_follows(doc, i: int, hi: int) -> bool:
    """"vroeg (de minister) of ...", "vraagt waarom ...": a question someone put, reported
    (not "vraagt om geld", "vraagt aandacht voor ...": a request; not "Als iemand vraagt hoe
    ...": a question anyone might put)."""
    if any(doc[k].lower_ in {"als", "wanneer", "indien", "zodra"} for k in range(max(0, i - 4), i)):
        return False
    for k in range(i + 1, min(hi, i + 5)):
        w = doc[k]
        if w.lower_ in _QUESTION_WORDS and k + 1 < hi and not doc[k + 1].is_punct:
            return True
        if w.is_punct or w.lower_ in {"om", "zich", "naar", "aan", "dat"} or w.pos_ in {"AUX", "ADP"} \
                or (w.pos_ == "VERB" and w.dep_ not in {"obj", "iobj"}):
            return False  # (a participle the tagger calls a verb may be the one asked: "de verdachte")
    return False


def _dat_follows(doc, i: int, hi: int) -> bool:
    """"herhaalde (op de zitting) dat ...": "dat" within a few words, no punctuation between."""
    for k in range(i + 1, min(hi, i + 9)):
        if doc[k].lower_ == "dat":
            return True
        if doc[k].is_punct:
            return False
    return False
