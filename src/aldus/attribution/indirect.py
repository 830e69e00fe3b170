"""Reported speech: attributions without (or with only partial) quotation marks.

Constructions, each a small function over one sentence:
- :func:`complement_clause`: "X zegt (tegen de krant) dat ...", "X verwacht dat ...",
  "Uit onderzoek blijkt dat ...", "X laat weten dat ...", "X heeft gezegd dat ...";
- :func:`trailing_cue`: "..., concludeert X." / "..., aldus X." / "..., zo meldt X.";
- :func:`volgens`: "Volgens X ..." / "... volgens X." / "..., maar volgens hem ...";
- :func:`demonstrative_cue`: "Dat zegt X." / "Dat blijkt uit een rapport van X." pointing
  back at the sentence before;
- :func:`as_stated`: "A, zoals X stelt."; :func:`observation`: "X ziet dat ...";
  and more (naming, views, requests, passives, nominal claims): see ``RULES``.
Content never includes the cue, the speaker or the complementiser "dat".
"""
from __future__ import annotations

import re

from typing import Iterator, Optional, Sequence

from ..lang.nl.reporting_verbs import (BELIEF_ADJECTIVES, NOT_FRAGMENT_LEMMAS, QUOTE_ONLY_LEMMAS,
                                        REPORTING_FORMS, VOLGENS_PHRASES)
from ..lang.nl.first_names import FIRST_NAMES
from ..lang.nl.words import AFFILIATION_PREPS, AUXILIARIES, PRONOUNS, SOURCE_NOUNS, TITLE_NOUNS, WEEKDAY_PARTS
from .cues import Cue, cue_at, cue_text_span, question_follows
from .records import Candidate
from ..lang.nl.words import GROUP_PRONOUNS, PERSON_NOUNS
from .speakers import (_QUOTE_CHARS, _ROLE_ENDINGS, _is_role_word, fronted_non_source, is_source_np, np_after, np_before,
                       speaking_source, subject_of)
from .text import TokenIndex, has_parse, has_pos, strip_span

_CLAUSE_OPENERS = {",", ":", ";", "maar", "en", "want", "dus", "terwijl", "omdat", "hoewel", "(", "-", "–", "—"}
_STRIP = " \t\n,;:.!?-–—"


def _chars(doc, lo: int, hi: int) -> tuple[int, int]:
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _in_any(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _clause_start(doc, i: int, lo: int) -> int:
    """First token of the clause holding token i (after a comma, colon or conjunction)."""
    k = i - 1
    while k >= lo:
        if doc[k].text in {",", ":", ";", "–", "—"} or doc[k].lower_ in {"maar", "want", "terwijl"}:
            return k + 1
        k -= 1
    return lo


def _mention(doc, np) -> Optional[tuple[int, int]]:
    # (scare quotes around a source are trimmed for every record at the end: pipeline._unquote_source)
    return _chars(doc, *np) if np else None


def _verb_final(doc, start: int, hi: int) -> bool:
    """Whether the clause from ``start`` ends in a finite verb right before its first comma or
    full stop ("... de leiding een tik krijgt."): the order of a subordinate clause, not a main
    clause going on ("met een glimlach en loopt weg.") nor an infinitive ("om dat door anderen
    te laten regelen", where "dat" is an object)."""
    end = next((k for k in range(start, hi) if doc[k].text in {",", ".", "!", "?", ";", ":"}), hi)
    return end - start >= 3 and doc[end - 1].pos_ in {"VERB", "AUX"} \
        and not any(doc[k].lower_ == "te" for k in range(start, end))


def _in_clause_on(doc, t, cue: int) -> bool:
    """Whether token ``t`` lies in a clause the parse hangs on the verb at ``cue`` (ccomp or
    csubj) that starts after the cue: "zegt dat open grenzen een probleem zijn", where "dat"
    was read as the determiner of "grenzen" and "grenzen" heads a clause on "zegt"."""
    for _ in range(12):
        if t.head.i == cue and t.i > cue:
            return t.dep_ in {"ccomp", "csubj"}
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _verb_after(doc, start: int, hi: int) -> bool:
    """Whether a verb comes in the clause from ``start`` before its full stop."""
    end = next((k for k in range(start, hi) if doc[k].text in {".", "!", "?", ";", ":"}), hi)
    return any(doc[k].pos_ in {"VERB", "AUX"} for k in range(start, end))


def complement_clause(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"X zegt dat C", "X denkt dat C", "Uit het onderzoek blijkt dat C"."""
    i = lo
    while i < hi:
        if _in_any(doc[i].idx, quoted) or not cue_ok(i):
            i += 1
            continue
        cue = cue_at(doc, i, hi, lo=lo)
        if cue is None or cue.cls not in {"speech", "belief", "finding"}:
            i += 1
            continue
        if i == lo + 1 and doc[lo].lower_ in {"dat", "dit"} and cue.lemma != "blijken":
            i += 1
            continue  # "Dat stelt X in een rapport dat ...": the demonstrative points back; no complement
        if cue.kind == "participle" and i > lo and doc[i - 1].lower_ in {"staat", "stond"}:
            i += 1
            continue  # "een brief waarin staat vermeld dat ...": the document speaks, not the clause's subject
        if i - 2 >= lo and doc[i - 1].lower_ == "zo" and doc[i - 2].text == ",":
            i += 1
            continue  # "A, zo vertelde hij ooit, of B": a parenthetical cue of what came before
        # the complementiser within a few tokens: "zegt (hij) (tegen de krant) dat"
        comp = None
        # (from "weten" in "liet X, de president van Y, weten dat": past the apposition)
        reach = max([i] + [e for e in cue.extra if e > i and doc[e - 1].text == ","]) + 12
        # ("bevestigt vanaf het eiland (gelegen in de Waddenzee) dat": an aside in brackets adds no distance)
        near = reach
        reach += _aside_length(doc, i + 1, min(hi, reach))
        for k in range(i + 1, min(hi, reach)):
            w = doc[k]
            if _in_any(w.idx, quoted):
                break
            inside_name = w.text == "of" and k + 1 < hi and doc[k + 1].text[:1].isupper() and doc[k - 1].text[:1].isupper()
            # "in meer of mindere mate", "min of meer", "twee of drie": "of" between like words
            inside_name = inside_name or (w.lower_ == "of" and (doc[k - 1].lower_ in {"meer", "min", "minder", "al", "wel"}
                                                               or doc[k - 1].like_num or doc[k - 1].pos_ == "ADJ"))
            nxt = doc[k + 1] if k + 1 < hi else None
            pos_ok = (not has_pos(doc) or w.pos_ in {"SCONJ", ""} or w.dep_ == "mark"
                      or (w.lower_ == "of" and cue.lemma in {"afvragen", "betwijfelen", "twijfelen", "vragen", "weten"})
                      or (nxt is not None and nxt.pos_ in {"DET", "PRON", "PROPN", "NOUN", "NUM", "ADV"}
                          and not nxt.is_punct)
                      # "bleek dat stellen minder tevreden werden": a plural noun read as a verb, the
                      # parse making it head a clause on the cue all the same
                      or (k == i + 1 and nxt is not None and nxt.pos_ == "VERB" and nxt.head.i == i
                          and nxt.dep_ in {"csubj", "ccomp"})
                      # "vindt dat met deze eis de leiding een tik krijgt": a phrase opens the clause,
                      # whose verb comes last, as in any subordinate clause
                      or (w.lower_ == "dat" and nxt is not None and nxt.pos_ == "ADP" and _verb_final(doc, k + 2, hi))
                      # "erkent dat wordt nagedacht over ...": an impersonal passive opens the clause
                      or (w.lower_ == "dat" and nxt is not None and nxt.lower_ in {"wordt", "werd"} and k + 2 < hi
                          and doc[k + 2].pos_ == "VERB")
                      # "zegt dat open grenzen een probleem zijn": "dat" read as the determiner of a
                      # noun that heads a clause on the cue
                      or (k == i + 1 and w.lower_ == "dat" and w.dep_ == "det" and nxt is not None
                          and nxt.pos_ == "ADJ" and _in_clause_on(doc, w.head, i)))
            if w.lower_ == "dat" and nxt is not None and nxt.pos_ == "ADP" and not _verb_after(doc, k + 2, hi):
                pos_ok = False  # "zegt dat met een glimlach": the pronoun, a phrase after it, no clause
            after_prep = cue.lemma == "blijken" and doc[k - 1].lower_ == "uit"  # "blijkt uit dat rapport": a determiner
            if w.lower_ in {"dat", "of"} and not inside_name and pos_ok and not after_prep \
                    and (k < near or w.lower_ == "dat"):  # (past an aside only "dat": "Gove (...) of Hunt")
                comp = k
                break
            if w.lower_ in _WH_WORDS and cue.lemma == "vragen" and question_follows(doc, i, hi):
                comp = k - 1  # "vroeg (de minister) waarom ...": the question is the content
                break
            if w.lower_ in _WH_WORDS and cue.lemma in {"afvragen", "uitleggen"} and k > i + 1 \
                    and (doc[k - 1].lower_ in {"af", "uit"} or k - 1 in cue.extra):
                comp = k - 1  # "vraagt zich af hoe ...", "legt uit wat ...": the question is the content
                break
            if w.lower_ in _WH_WORDS and _tells_a_question(doc, i, k, lo, cue):
                comp = k - 1  # "vertelde hij hoe hij het vak leerde": what is told is the content
                break
            if COLON_COMPLEMENT and w.text == ":" and k + 1 < hi and (
                    doc[k + 1].text not in {"'", '"', "‘", "“", "„", ",,"} or not _in_any(doc[k + 1].idx, quoted)) \
                    and cue.cls in {"speech", "belief", "finding"}:
                comp = k  # "De minister zegt: het moet anders." (no quotation marks)
                break
            if w.text in {".", "!", "?", ";"} or (w.text == ":" and k > i + 1):
                break
            if k > i + 1 and k not in cue.extra and cue_at(doc, k, hi, lo=lo):
                break
        if comp is not None and doc[comp].lower_ == "of" and any(
                doc[k].lower_ in {"niet", "geen", "nooit"} for k in range(max(lo, i - 3), comp)):
            i += 1
            continue  # "De school kan niet zeggen of ...": nothing is claimed
        if comp is not None and doc[comp].lower_ == "dat" and comp > 0 and has_pos(doc) \
                and doc[comp - 1].pos_ in {"NOUN", "PROPN"} and doc[comp].dep_ in {"nsubj", "obj", "nsubj:pass"} \
                and doc[comp - 1].dep_ == "obj" and doc[comp - 1].head.i == i and not _de_word(doc, comp - 1) \
                and comp - 1 not in cue.extra:  # (not the cue's own noun: "heeft het gevoel dat ...")
            comp = None  # "heeft een wetsvoorstel aangenomen dat ... verbiedt": a relative pronoun
        if comp is not None and doc[comp].lower_ == "dat" and has_parse(doc) \
                and doc[comp].dep_ in {"nsubj", "obj", "nsubj:pass"} and doc[comp].head.dep_ == "acl:relcl" \
                and doc[comp - 1].pos_ in {"NOUN", "PROPN"} and not _de_word(doc, comp - 1) and comp - 1 not in cue.extra \
                and (cue.cls != "speech" or any(doc[k].text == "," for k in range(i + 1, comp))):
            # "blijkt uit onderzoek van het instituut dat deel uitmaakt van ...": the parse reads
            # a relative clause on the source, not what was found (after a verb of saying only
            # past a comma: "zei voor het gesprek dat ..." is what was said)
            comp = None
        if _not_a_report(doc, i, lo, hi, cue):
            i += 1
            continue
        if comp is not None and doc[comp].lower_ == "dat" and comp + 2 < hi and doc[comp + 1].lower_ in {"niet", "ook", "wel"} \
                and (doc[comp + 2].lower_ in {"omdat", "om", "uit", "zomaar", "zonder", "alleen"} or doc[comp + 2].is_punct):
            i += 1
            continue  # "De bank zegt dat niet omdat ...": "dat" the object, no claim follows
        if comp is not None and doc[comp].lower_ == "dat" and comp - 1 > i and doc[comp - 1].text == "," \
                and has_pos(doc) and doc[comp - 2].pos_ in {"NOUN", "PROPN"} and doc[comp - 2].text[:1].isupper() \
                and i > lo and doc[i - 1].text == ",":
            i += 1
            continue  # "..., meldt een woordvoerder namens het Team, dat zich ...": a relative clause
        te_clause = _te_complement(doc, i, hi, comp, cue)
        if (comp is None or comp + 1 >= hi) and te_clause is None:
            i += 1
            continue
        if cue.lemma == "blijken" or (cue.lemma == "komen" and any(doc[x].lower_ == "voren" for x in cue.extra)):
            np = _uit_np(doc, lo, i, hi)  # "Uit X blijkt / komt naar voren dat ..."
            if np is None and doc[lo].lower_ in {"daaruit", "hieruit"}:
                np = _previous_source_np(doc, lo)  # "... een nieuw onderzoek van X. Daaruit blijkt dat ..."
            if np is not None and doc[np[1] - 1].lower_ in {"feit", "feiten"}:
                np = None  # "blijkt uit het feit dat ...": the fact is the evidence, nobody's finding
        else:
            np = _subject(doc, i, lo, hi, comp if comp is not None else hi, cue)
        if np is None or _in_any(doc[np[0]].idx, quoted) or (np[1] - np[0] == 1 and doc[np[0]].lower_ in _GENERIC):
            i += 1
            continue
        if cue.lemma in _EVIDENCE_VERBS and (not is_source_np(doc, *np) or _thing_np(doc, np)):
            i += 1
            continue  # "Het debat laat zien dat ...", "De deuk wijst erop dat ...": evidence, not a source
        if cue.lemma in {"laten zien", "aantonen", "bewijzen"} and not any(
                doc[x].lower_ in SOURCE_NOUNS or doc[x].lower_.endswith(_STUDY_ENDINGS) for x in range(*np)):
            i += 1
            continue  # "Boeren laten zien dat het kan": people show it by what they do; a study's showing is its finding
        if comp is not None and doc[comp].text == ":" and not _colon_report(doc, i, np, comp, hi, cue, lo):
            i += 1
            continue
        if cue.cls == "belief" and _restrictive_relative(doc, np, i, lo):
            i += 1
            continue  # "De groep die vindt dat ..., groeit": the clause defines a group, it reports nothing
        if te_clause is not None and np[0] > i and cue.kind == "participle":
            # "De trainer, zelf oud-speler, heeft ontkend de scheidsrechter te hebben beledigd": after a
            # participle the noun phrase belongs to the infinitive; the subject opened the clause
            first = np_after(doc, lo, i)
            if first is not None and first[1] <= i and is_source_np(doc, *first):
                np = first
        if te_clause is not None:
            c_lo = te_clause
            if np[0] > i:  # inverted subject: "zegt hij ... te ..."
                c_lo = max(c_lo, np[1])
            # "riep zijn aanhangers op om ... te ...", "raadt de familie aan ... te ...": after the particle
            part = [e for e in cue.extra if c_lo <= e < hi and doc[e].lower_ in {"op", "aan", "voor"}]
            if part and part[0] + 2 < hi:
                c_lo = part[0] + 1
        else:
            c_lo = comp + 1
            if cue.lemma in {"vinden", "achten"} and doc[comp].lower_ == "dat":
                # "vindt het onbegrijpelijk dat C", "vinden het de gewoonste zaak dat C": the judgement
                # before the clause is part of what is thought
                h = next((k for k in range(max(i, np[1] - 1) + 1, comp) if doc[k].lower_ == "het"), None)
                if h is not None and comp - h <= 10 and not any(doc[k].is_punct for k in range(h, comp)):
                    c_lo = h
        c_hi = _content_end(doc, c_lo, hi)
        if te_clause is not None and comp is None:
            # "dreigde X te arresteren, omdat ...": an infinitive clause ends at its comma
            c_hi = next((k for k in range(c_lo, c_hi) if doc[k].text == "," and k > c_lo + 1
                         and any(doc[x].lower_ == "te" for x in range(c_lo, k))
                         and not _another_infinitive(doc, k + 1, c_hi)), c_hi)
        if doc[lo].lower_ in _FRONTED_SUBORDINATORS and lo < i:
            # "Hoewel X liet weten dat A, twitterde hij dat B": the fronted clause ends where the
            # main clause's finite verb follows a comma
            c_hi = next((k for k in range(c_lo + 1, c_hi - 1) if doc[k].text == ","
                         and doc[k + 1].pos_ in {"VERB", "AUX"} and "Fin" in doc[k + 1].morph.get("VerbForm")), c_hi)
        rel_lo = _clause_start(doc, i, lo)
        if _is_relative_clause(doc, rel_lo, lo) and not (has_pos(doc) and any(
                doc[x].pos_ in {"VERB", "AUX"} and "Fin" in doc[x].morph.get("VerbForm") for x in range(lo, rel_lo))):
            # "X, die vorig jaar aankondigde te ..., meent dat ...": the relative clause ends at the
            # comma where the main clause's verb follows (not at an apposition inside the content:
            # "die meldt dat de zorg, duur als ze is, beter moet"); a main clause whose verb came
            # before the relative clause has nothing left to resume ("Veel leden storen zich aan de
            # bond, die stelt dat A, B, moet krimpen")
            c_hi = next((k for k in range(c_lo, c_hi) if doc[k].text == "," and k + 1 < c_hi
                         and (doc[k + 1].pos_ in {"VERB", "AUX"} or not has_pos(doc))), c_hi)
        cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
        if ce - cs < 3:
            i += 1
            continue
        if te_clause is None and has_pos(doc) and doc[comp].lower_ == "of" \
                and not any(doc[k].pos_ in {"VERB", "AUX"} for k in range(c_lo, c_hi)):
            i += 1
            continue  # "een daarvoor bedoelde subsidie of verzekering": "or", not "whether"
        yield Candidate("indirect", cs, ce, f"complement:{cue.lemma}", 0.8,
                        cue=cue_text_span(doc, cue), mention=_mention(doc, np))
        i = c_hi


def _aside_length(doc, lo: int, hi: int) -> int:
    """The number of tokens of the first bracketed aside opened in [lo, hi), brackets included."""
    o = next((k for k in range(lo, hi) if doc[k].text == "("), None)
    c = None if o is None else next((k for k in range(o, min(len(doc), o + 12)) if doc[k].text == ")"), None)
    return 0 if c is None else c - o + 1


def _tells_a_question(doc, i: int, k: int, lo: int, cue) -> bool:
    """"vertelde (de bakker) hoe ...": a finite "vertellen" whose question word at k follows
    at most its subject. Not "kan niet vertellen waarom" (nothing told), "vertellen mensen een
    verhaal waarmee" (a relative clause), nor a telling in a clause of its own ("een man die
    vertelt hoe ...", "een film waarin twee vrouwen vertellen hoe ...", "afgesproken dat elk
    vertelt wat ...")."""
    between = range(i + 1, k)
    return (cue.lemma == "vertellen" and cue.kind == "finite" and k - i <= 4
            and all(doc[m].pos_ in {"PRON", "PROPN", "DET", "NOUN"} for m in between)
            and sum(doc[m].pos_ in {"NOUN", "PRON"} for m in between) <= 1
            and not any(doc[m].lower_ in {"niet", "nooit", "geen"} for m in range(max(lo, i - 4), k))
            and not any(doc[m].pos_ == "SCONJ" or (doc[m].lower_ in {"die", "dat"} and doc[m].pos_ == "PRON")
                        or (doc[m].lower_.startswith("waar") and len(doc[m]) > 4) for m in range(lo, i)))


#: question words that open the content of "zich afvragen", "uitleggen" and "vertellen"
_WH_WORDS = {"hoe", "wat", "waarom", "wie", "waar", "welke", "welk", "wanneer", "hoeveel", "waarvoor", "waarmee"}


#: verbs that take things as well as sources for subject: only a source's use reports something
_EVIDENCE_VERBS = {"laten zien", "wijzen", "bevestigen", "aantonen", "tonen", "bewijzen", "illustreren", "maken",
                   "onderstrepen", "suggereren", "betekenen", "verraden", "impliceren"}

#: compound endings of the nouns for studies and figures ("klimaatonderzoek", "verkeerscijfers")
_STUDY_ENDINGS = ("onderzoek", "studie", "rapport", "cijfers", "analyse", "peiling", "enquête", "berekening", "data",
                  "calculatie", "gegevens", "metingen")

#: conjunctions that open a subordinate clause in front of the main clause
_FRONTED_SUBORDINATORS = {"hoewel", "omdat", "toen", "nadat", "terwijl", "als", "zodra", "nu", "hoe", "ofschoon",
                          "aangezien", "doordat", "sinds", "voordat", "wanneer", "zolang"}

#: generic subjects: the reader or people in general, never a source ("je moet er niet aan denken dat")
_GENERIC = {"je", "jij", "u", "men", "jullie", "wie", "wat"}

_MODALS = {"kan", "kon", "kunnen", "konden", "wil", "wilde", "willen", "wilden", "mag", "mogen", "mocht"}


def _not_a_report(doc, i: int, lo: int, hi: int, cue) -> bool:
    """Cue verbs that report nothing: a question ("Ontkennen we dat ...?", "Wie had gedacht
    dat ...?"), a modal infinitive ("kan de EU eisen dat", "wil zeggen dat" = means), a bare
    infinitive ("En ik maar denken dat")."""
    q = next((k for k in range(i, hi) if doc[k].text == "?"), hi - 1 if doc[hi - 1].text == "?" else None)
    if q is not None and not (doc[lo].pos_ not in {"VERB", "AUX"} and doc[lo].lower_ not in _WH_WORDS
                              and any(doc[k].text == "," and doc[k + 1].lower_ == "maar" for k in range(i + 1, q))):
        return True  # (not "X had een goede uitslag verwacht, maar zo goed?": the question is the writer's tail)
    if doc[lo].lower_ in {"wie", "wat", "hoe", "waarom"} and i - lo <= 3:
        return True
    if i > lo + 1 and doc[i - 1].lower_ == "te" and doc[i - 2].lower_ != "om" \
            and any(doc[k].lower_ in {"is", "was", "valt", "viel", "zijn", "waren"} for k in range(max(lo, i - 6), i - 1)):
        return True  # "is nu al te voorspellen dat", "valt te verwachten dat": nobody's claim
        # (but "De reflex is om te antwoorden dat ...": what someone would answer)
    if cue.kind == "infinitive" or (cue.kind == "finite" and doc[i].lower_.endswith("en")):
        before = [doc[k].lower_ for k in range(max(lo, i - 6), i)]
        if cue.lemma == "zeggen" and any(w in {"wil", "wilde", "willen"} for w in before):
            return True  # "Een ontzetting wil zeggen dat ...": it means
        if cue.lemma == "laten zien" and any(w in _MODALS | {"moet", "moest", "moeten", "moesten"} for w in before):
            return True  # "De club wil laten zien dat ...": what it means to show, not what was shown
        if any(w in _MODALS - {"wil", "wilde", "willen", "wilden"} for w in before) \
                and cue.lemma not in {"bevestigen", "melden", "vertellen", "zeggen", "onthullen", "verklaren"}:
            return True  # "Ook kan de EU eisen dat ...": what someone could do
        if cue.kind == "infinitive" and not any(w in AUXILIARIES for w in before) and "ik" in before:
            return True
        if cue.cls == "belief" and any(w in {"moet", "moeten", "hoeft", "hoeven"} for w in before) \
                and any(w in {"niet", "geen", "nooit"} for w in before):
            return True  # "Ajax moet niet denken dat ...": advice to someone, not their view
    return False


def _verb_after_comma(doc, k: int, hi: int) -> bool:
    """A finite verb right after a comma (past a quotation mark): "Dat A, is omdat B", "Dat A,
    'heeft B'" — the "dat" clause is the subject of the main clause that follows."""
    while k < hi and doc[k].text in _QUOTE_CHARS:
        k += 1
    return k < hi and doc[k].pos_ in {"VERB", "AUX"} and "Fin" in doc[k].morph.get("VerbForm")


def _another_infinitive(doc, k: int, hi: int) -> bool:
    """Whether the words from k to the next comma are one more infinitive clause of a list
    ("om A te vergroten, B omhoog te brengen en C aan te passen"), not a clause of its own."""
    if k >= hi or doc[k].lower_ in _SUBORDINATORS | {"maar", "want", "zodat", "waardoor", "waarna"}:
        return False
    end = next((x for x in range(k, hi) if doc[x].text == ","), hi)
    return any(doc[x].lower_ == "te" and x + 1 < end and doc[x + 1].pos_ in {"VERB", "AUX"}
               for x in range(k, end)) and not any("Fin" in doc[x].morph.get("VerbForm") for x in range(k, end))


def _modal_infinitive(doc, i: int) -> bool:
    """An infinitive under "zal", "kan", "wil" (also as the second of two joined verbs: "zal hij
    de trap op lopen en de verspilling hekelen"): what someone will or could do, not a report."""
    if not (has_pos(doc) and doc[i].lower_.endswith("en")):
        return False
    t = doc[i]
    while t.dep_ in {"conj", "xcomp"} and t.head.i != t.i and t.head.pos_ in {"VERB", "AUX"}:
        t = t.head
    return any(c.dep_ == "aux" and c.lower_ in _MODALS | {"zal", "zullen", "zou", "zouden"} for c in t.children)


_TE_LEMMAS = {"zeggen", "laten weten", "beweren", "verwachten", "denken", "vrezen",
              "aankondigen", "beloven", "ontkennen", "erkennen", "stellen", "verklaren", "menen",
              "vermoeden", "toegeven", "aangeven", "bekennen", "claimen", "verzekeren", "voorstellen",
              "beschuldigen", "betichten", "pleiten", "eisen", "adviseren", "aanraden", "oproepen", "melden", "dreigen",
              "verzoeken", "aanbieden", "suggereren", "bekendmaken", "vertellen", "toezeggen", "garanderen",
              "bevestigen"}


def _in_relative(doc, i: int) -> bool:
    """Whether the verb at i closes a relative clause ("..., dat het dacht te ...", "die X dacht te ...")."""
    for k in range(i - 1, max(-1, i - 10), -1):
        if doc[k].is_punct and doc[k].text not in _QUOTE_CHARS:
            return False
        if doc[k].lower_ in _RELATIVES:
            return True
    return False


#: verbs after "te" that make a report of intention or state ("zegt te willen stoppen", "zegt te zullen blijven")
_TE_AUXILIARIES = {"willen", "zullen", "kunnen", "moeten", "gaan", "blijven", "hebben", "zijn"}


def _te_complement(doc, i: int, hi: int, comp, cue) -> Optional[int]:
    """"X zegt geen aanwijzingen te hebben (dat ...)", "X laat weten blij te zijn": the first
    token of the te-infinitive clause after the cue (and its particles), or None."""
    if cue.lemma not in _TE_LEMMAS or (cue.lemma == "dreigen" and cue.kind != "participle"):
        return None  # "X dreigt failliet te gaan" is a risk, "X heeft gedreigd Y te ..." a threat
    # (after "riep ... op" counted from the particle; "aan" of "aangeven" is too often a preposition)
    end = min(hi, max([i] + [e for e in cue.extra if e > i and cue.lemma == "oproepen"]) + 14)
    te = next((k for k in range(i + 1, end) if doc[k].lower_ == "te"), None)
    if te is None or (comp is not None and comp < te) or te + 1 >= hi:
        return None
    if doc[te + 1].text[:1].isupper():
        return None  # "zegt Henk te Velde": a name particle, not an infinitive
    if any(doc[k].text in {",", ":", ";"} for k in range(i + 1, te)):
        return None
    start = i + 1
    while start < te and (start in cue.extra or doc[start].lower_ in {"weten"}):
        start += 1
    if _purpose(doc, i, start, cue):
        return None  # "heeft een staking aangekondigd om de eisen kracht bij te zetten": why, not what
    # "maakte gisteren bekend de rente niet te verhogen": past the verb's particle, whatever before it
    start = max([start] + [e + 1 for e in cue.extra if start <= e < te])
    er = next((k for k in range(start, te - 1) if doc[k].lower_ in {"ervan", "ertoe", "erop", "erom"}), None)
    if er is not None:
        start = er + 1  # "beschuldigt hem ervan de regels te hebben overtreden": what he is accused of
    if start == te and te + 2 < hi and doc[te + 1].pos_ in {"VERB", "AUX"} and doc[i - 1].lower_ not in {"die", "dat"} \
            and doc[te + 2].lower_ in {"hoe", "wat", "waarom", "of", "wie", "waar", "wanneer"}:
        return te  # "De politie zegt te onderzoeken hoe ...": the infinitive itself with its question
    if start == te and cue.lemma in {"voorstellen", "suggereren", "adviseren", "aanraden", "beloven"} \
            and te + 2 < hi and doc[te + 1].pos_ == "VERB" and not doc[te + 2].is_punct:
        return te  # "Hij suggereert te sleutelen aan de premie": a proposal with nothing before "te"
    if start == te and te + 2 < hi and doc[te + 1].lower_ in _TE_AUXILIARIES \
            and doc[te + 2].pos_ in {"VERB", "ADV", "ADJ", "DET", "NOUN", "PRON", "ADP"} and not _in_relative(doc, i):
        return te  # "Hij zegt te willen stoppen": an intention with nothing before "te" (not "het plan
        # dat hij dacht te kunnen redden": the relative pronoun is the infinitive's object)
    return start if start < te else None


#: verbs whose "om ... te" says what is asked or offered ("roept op om ...", "vroeg om ... te")
_OM_TE_LEMMAS = {"oproepen", "verzoeken", "adviseren", "aanraden", "vragen", "eisen", "pleiten", "dreigen", "beloven",
                 "aanbieden", "voorstellen", "suggereren", "aandringen", "waarschuwen"}


def _purpose(doc, i: int, k: int, cue) -> bool:
    """Whether "om ... te" at k, right after a verb-final cue, gives the purpose of the act
    ("heeft maatregelen aangekondigd om ... te voorkomen"), not what was said."""
    # (and what was said stands before the verb: its object, or what the parse makes its subject)
    return k < len(doc) and doc[k].lower_ == "om" and cue.lemma not in _OM_TE_LEMMAS \
        and (cue.kind == "participle" or doc[i].pos_ in {"VERB", "AUX"} and doc[i].dep_ not in {"ROOT"}) \
        and any(doc[x].dep_ in {"obj", "nsubj:pass"} and doc[x].head.i == i for x in range(max(0, i - 12), i))


def _subject(doc, i: int, lo: int, hi: int, comp: int, cue) -> Optional[tuple[int, int]]:
    colon = next((k for k in range(i - 1, lo, -1) if doc[k].text == ":"), None)
    if colon is not None and colon + 1 < i:
        lo = colon + 1  # "Omdat A: X, een stichting die ..., zegt dat ...": the clause after the colon
    if doc[lo].lower_ == "zoals" and comp == i + 1 and doc[comp].text == ":" and i > lo + 1:
        # "Zoals de dichter al zei: ...", "Zoals X het zegt: ...": an adverb or a "het" pointing
        # ahead between the source and its verb
        np = np_after(doc, lo + 1, i)
        if np is not None and all(doc[k].pos_ == "ADV" or doc[k].lower_ == "het" for k in range(np[1], i)) \
                and is_source_np(doc, *np):
            return np
    np = _subject_np(doc, i, lo, hi, comp, cue)
    if np is not None and np[0] > i and i - 1 > lo and doc[i - 1].lower_ in {"en", "maar"} \
            and not any(doc[k].is_punct for k in range(lo, i - 1) if k != i - 2) \
            and doc[np[0]].lower_ not in PRONOUNS and not any(doc[x].pos_ == "PROPN" for x in range(*np)):
        # "De broers toonden spijt en zeggen hun straf te aanvaarden", "De minister zoekt steun, maar
        # noemt de coalitie het probleem": a verb right after "en"/"maar" shares the subject of the
        # first clause; the phrase after it is its object (but "Daarna lopen we naar buiten en zegt
        # ze: ...": an inverted pronoun or name is the subject)
        first = np_after(doc, lo, i - 1)
        if has_parse(doc) and doc[i].dep_ == "conj" and doc[i].head.i < i:
            parsed = subject_of(doc, doc[i].head.i)  # (the parse keeps "De Russische president" whole)
            if parsed is not None and parsed[0] == lo and first is not None and parsed[1] > first[1]:
                first = parsed
        return first if first is not None and first[0] == lo and is_source_np(doc, *first) else None
    if np is not None and np[1] <= i and np[1] - np[0] >= 2 and (
            doc[np[0]].lower_ in {"zoals", "evenals"}
            or (doc[np[0]].lower_ in {"net", "anders"} and doc[np[0] + 1].lower_ in {"als", "dan"})):
        # "Net als de bond vindt de minister dat ...": a comparison in first position; the subject
        # is the one after the verb (but "Zoals X zei: ...": X's words follow the colon)
        if doc[np[0]].lower_ == "zoals" and comp == i + 1 and doc[comp].text == ":" \
                and is_source_np(doc, np[0] + 1, np[1]):
            return (np[0] + 1, np[1])
        inv = np_after(doc, i + 1, comp if comp is not None and comp > i else hi)
        return inv if inv is not None and is_source_np(doc, *inv, strict=False) else None
    if np is not None and np[1] <= i and np[0] <= _clause_start(doc, i, lo) + 1 and fronted_non_source(doc, *np):
        # "Eén ding weet hij zeker", "Andersom vinden boeren dat ...": a fronted object or
        # adverbial; the subject comes right after the verb
        inv = np_after(doc, i + 1, comp if comp is not None and comp > i else hi)
        if inv is not None and speaking_source(doc, *inv) and not _object_after_parsed_subject(doc, i, lo, inv):
            return inv
    if (np is None or (np[0] > i and doc[lo].lower_ in _CLAUSE_FINAL_SUBORDINATORS
                       and not any(doc[k].is_punct for k in range(lo, i)))) \
            and i > lo + 1 and doc[lo].lower_ in _OPENING_SUBORDINATORS:
        # "Sinds premier X vorige week bekendmaakte dat ...": the subject of a fronted
        # subordinate clause comes right after its conjunction (never after its verb, which
        # closes the clause: "Sinds X aankondigde een boek te schrijven")
        sub = np_after(doc, lo + 1, i)
        if sub is not None and sub[1] <= i and is_source_np(doc, *sub):
            return sub
    if np is not None and np[1] - np[0] == 1 and np[1] <= i and doc[np[0]].lower_ in {"die", "dat"} and has_pos(doc) \
            and any(doc[k].pos_ == "VERB" and "Fin" in doc[k].morph.get("VerbForm") for k in range(np[1], i)) \
            and not any(doc[k].lower_ in {"en", "maar", "of"} or doc[k].is_punct for k in range(np[1], i)) \
            and _antecedent_in_pp(doc, np[0], lo):
        return None  # "bij een uitslag die ons tegenvalt meteen moeten roepen dat ...": the relative
        # pronoun has a verb of its own and its noun is inside a prepositional phrase; the
        # reporting verb belongs to the main clause (not "Twee bronnen die ... zitten bevestigen")
    return np


def _antecedent_in_pp(doc, rel: int, lo: int) -> bool:
    """Whether the noun phrase right before the relative pronoun at ``rel`` follows a preposition."""
    k = rel - 1
    while k >= lo and doc[k].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
        k -= 1
    return k >= lo and k < rel - 1 and doc[k].pos_ == "ADP"


#: conjunctions after which the verb closes the clause, so no subject follows it
_CLAUSE_FINAL_SUBORDINATORS = {"sinds", "nadat", "omdat", "toen", "doordat", "terwijl", "voordat", "zodra", "hoewel"}

#: conjunctions that open a subordinate clause in first position ("Sinds X bekendmaakte dat ..., zijn ...")
#: whose subject may be the source (not a condition "als", a question "hoe", nor the rarer forms)
_OPENING_SUBORDINATORS = _FRONTED_SUBORDINATORS - {"als", "hoe", "ofschoon", "zolang"}


def _subject_np(doc, i: int, lo: int, hi: int, comp: int, cue) -> Optional[tuple[int, int]]:
    """The source of the cue verb at i: the parser's nsubj, else the noun phrase before the
    finite verb (V2), else the inverted subject after it, else the subject of a coordinated
    clause ("X noemt het ..., en verwacht dat ...")."""
    if cue.kind == "participle" and any(doc[k].lower_ in {"wordt", "werd", "worden", "werden"}
                                        for k in range(_clause_start(doc, i, lo), i)):
        return None  # "Zowel in Den Haag als in Brussel wordt gevreesd dat": a passive names no source
    if has_parse(doc) and PARSE_FIRST:
        np = subject_of(doc, i)
        if np and np[0] < lo < np[1]:
            np = (lo, np[1])  # the parse ran over a sentence end ("... de VS. Maduro zegt"): cut it there
        elif np and np[1] <= lo:
            np = None  # a subject in the sentence before: the parse ran over the sentence end
        if np and np[1] <= i and i > lo and doc[i - 1].lower_ in {"en", "maar"} \
                and any(doc[k].lower_ in {"dat", "of"} for k in range(lo, np[0])):
            np = None  # "zei dat A ... en eiste dat B": the subject of the "dat" clause is not this verb's
        if np and _prepositional(doc, np):
            np = None  # "En met het reglement in de hand oordeelde X dat ...": a fronted phrase, no subject
        if np and np[1] <= i:
            own = _own_clause_subject(doc, np, i)
            if own is not None:
                np = own
        if np and np[1] - np[0] == 1 and doc[np[0]].lower_ in {"die", "dat"}:
            rel = _relative_antecedent(doc, np[0], i, lo)  # "X (PvdA), die vorig jaar aankondigde ..."
            if rel is not None:
                return rel
        if np and np[1] - np[0] == 1 and doc[np[0]].pos_ in {"ADJ", "ADV"} and not doc[np[0]].text[:1].isupper():
            np = None  # "achtte het aannemelijk dat": a predicate the parse took for the subject
        if np and is_source_np(doc, *np, strict=False) and not (np[0] <= i < np[1]):
            if np[0] > i:
                # the parse puts the subject after the verb; a named source or person before it
                # in first position ("Advocaat X raadt de familie aan ...") is the V2 subject
                pre = _heuristic_subject(doc, i, lo, hi, comp, cue)
                if pre is not None and pre[1] <= i and pre[0] <= lo + 1 and any(
                        doc[x].text[:1].isupper() and x > lo or _is_role_word(doc[x].text) for x in range(*pre)):
                    return pre
            return np
    np = _heuristic_subject(doc, i, lo, hi, comp, cue)
    if np is not None and np[0] > i and _object_after_parsed_subject(doc, i, lo, np):
        return None
    if np is not None and np[0] > i and has_pos(doc) and doc[np[1] - 1].pos_ in {"ADJ", "ADV"} \
            and doc[np[1] - 1].text.islower():
        np = None  # "achtte het aannemelijk dat": the object and its predicate, no subject
    if np is None and has_parse(doc):
        np = subject_of(doc, i)
        if np and not (is_source_np(doc, *np, strict=False) and not (np[0] <= i < np[1])):
            np = None
    return np


def _own_clause_subject(doc, np: tuple[int, int], i: int) -> Optional[tuple[int, int]]:
    """"Wandelaars onderschatten de route, toeristen denken dat ...": the parse joins the
    second clause to the first and gives its verb the first subject; the source phrase
    between the last comma and the verb is the verb's own subject."""
    comma = next((k for k in range(i - 1, np[1] - 1, -1) if doc[k].text == ","
                  or (doc[k].lower_ in {"en", "maar"} and any("Fin" in doc[x].morph.get("VerbForm")
                                                            for x in range(np[1], k)))), None)
    # (also "A kreeg X en de jury achtte het aannemelijk dat ...": a clause of its own after "en")
    if comma is None or comma + 1 >= i or doc[i - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    if not any(doc[k].pos_ in {"VERB", "AUX"} for k in range(np[1], comma)) or doc[comma - 1].pos_ == "PROPN":
        return None  # "X, voorzitter van de bond, de vereniging van artsen vindt": appositions, one subject
    own = np_before(doc, i, comma + 1)
    if own is None or own[0] != comma + 1 or own[1] != i or not is_source_np(doc, *own) \
            or any(doc[k].lower_ in {"en", "of"} for k in range(*own)):
        return None  # (nor the tail of a list: "X, Y en Z pleiten ...")
    return own


def _object_after_parsed_subject(doc, i: int, lo: int, after: tuple[int, int]) -> bool:
    """"Het drietal zegt de oude haven te hebben verlaten", "Een kwart vindt minder zout eten
    onzin": the parse puts the verb's subject before it (a subject the source lists do not
    know) and the noun phrase after it as the object, so that phrase is no inverted subject."""
    if not has_parse(doc):
        return False
    subj = subject_of(doc, i)
    if subj is None or subj[1] > i or subj[0] < _clause_start(doc, i, lo) or subj[1] - subj[0] < 2 \
            or not any(doc[k].pos_ in {"NUM", "DET"} for k in range(*subj)):
        return False  # (not "Andersom vinden boeren ...", "Samengenomen berekenen de artsen ...": a
        # sentence adverb the parse took for the subject)
    v = doc[i]
    heads = {v.i} | {c.i for c in v.children if c.dep_ == "xcomp"}
    return any(doc[k].dep_ in {"obj", "iobj"} and doc[k].head.i in heads for k in range(*after))


def _prepositional(doc, np: tuple[int, int]) -> bool:
    """A "subject" the parse found that opens with a preposition (after a conjunction): a
    prepositional phrase, never the subject ("Van Dam" is a name)."""
    k = np[0]
    while k < np[1] - 1 and doc[k].pos_ == "CCONJ":
        k += 1
    return doc[k].pos_ == "ADP" and doc[k].text.islower() and k + 1 < np[1]


#: take the parser's nsubj before the word-order heuristics (V2 subject, inverted subject);
#: on with the current model (better on dev and both own sets), except that a named source or
#: role in first position beats a subject the parse puts after the verb
PARSE_FIRST = True
#: "De directeur is 'zeer teleurgesteld' over ...": a quoted fragment without a reporting verb
#: gives its clause's subject a mixed record
FRAGMENT_CLAIMS = True
#: "X zegt: het moet anders." (a colon without quotation marks) as a complement clause, where
#: the colon comes right after the cue and its source (see _colon_report)
COLON_COMPLEMENT = True


#: endings of nouns for people by what they do ("beveiliger", "bestuurder", "analist", "docent"):
#: the role endings the name finder uses, and their plurals
_AGENT_ENDINGS = _ROLE_ENDINGS + ("ers", "aars", "isten", "enten", "eurs", "sters", "iers", "oog", "ogen", "anten",
                                  "mannen", "leden", "ici", "icus")


def _thing_np(doc, np: tuple[int, int]) -> bool:
    """A noun phrase headed by a common noun that is neither a source (study, figures) nor a
    person: "De zege van de oppositie (heeft laten zien dat ...)". Only after an article:
    a bare capitalised word may be a name the tagger calls a noun."""
    if doc[np[0]].lower_ not in {"de", "het", "een", "die", "deze", "dit", "dat"}:
        return False
    for k in range(*np):
        t = doc[k]
        if t.lower_ in AFFILIATION_PREPS:
            return False  # (only the head, before its "van ...")
        if t.pos_ == "PROPN":
            return False
        if t.pos_ == "NOUN":  # the head: the first noun
            return not (t.lower_ in SOURCE_NOUNS or t.lower_ in PERSON_NOUNS or _is_role_word(t.lower_)
                        or t.lower_.endswith(("onderzoek", "studie", "studies", "cijfers", "rapport", "peiling"))
                        or t.lower_.endswith(_AGENT_ENDINGS))  # ("de beveiliger": a person by what they do)
    return False


#: words that make the colon introduce something other than the source's words ("zei verder
#: weinig:", "zegt het volgende:" is fine, but not "noemt drie redenen:")
_COLON_OBJECTS = {"weinig", "niets", "niks", "iets", "veel", "het", "dit", "dat", "alles", "meer", "genoeg"}


def _colon_report(doc, i: int, np: tuple[int, int], colon: int, hi: int, cue, lo: int) -> bool:
    """"Jan Mol zegt: het moet anders.", "..., waarschuwt Mol: wegen raken verstopt.": a colon
    right after the cue and its source opens the source's own words (a clause), not a list or
    an example ("legde nieuwe tarieven op aan producten: kaas, wijn, ...")."""
    if not (cue.cls == "speech" or cue.lemma in {"concluderen", "constateren", "vaststellen", "oordelen", "denken",
                                                 "blijken"}) \
            or cue.kind == "participle" or not is_source_np(doc, *np, strict=True):
        return False  # (not "Twee namen zijn al bekend: ...")
    if any(doc[k].pos_ == "PROPN" and doc[k + 1].pos_ == "NOUN" and doc[k + 1].text.islower() for k in range(np[0], np[1] - 1)):
        return False  # "legde Parijs tarieven op:": the source and an object run together
    if any(doc[k].lower_ in {"wat", "wie", "die", "dat", "of", "waarom", "hoe", "als", "zoals", "motto"}
           and not (k == lo and doc[k].lower_ == "zoals" and colon == i + 1 + len(cue.extra))
           for k in range(_clause_start(doc, i, lo), i)):
        return False  # the cue in a subordinate clause: "wie wil weten wat X vindt:" (but "Zoals X
        # zei: ...", opening the sentence, its verb right before the colon, gives X's words)
    if any(doc[k].text in _QUOTE_CHARS or doc[k].text in {",,", "''"} for k in range(lo, colon)):
        return False  # a colon inside a quotation belongs to the quote
    between = [k for k in range(i + 1, colon) if not (np[0] <= k < np[1]) and k not in cue.extra]
    placeholder = [k for k in between if doc[k].lower_ == "het"]
    if placeholder and all(k in placeholder or doc[k].pos_ == "ADV" for k in between):
        between = [k for k in between if k not in placeholder]  # "zeggen het zelf ook: ...": "het" points ahead
    if len(between) > 4 or any(doc[k].lower_ in _COLON_OBJECTS for k in between):
        return False
    if any(doc[k].pos_ in {"NOUN", "PROPN"} and not any(doc[x].pos_ == "ADP" for x in between if x < k)
           for k in between):
        return False  # an object between the cue and the colon: "noemde drie redenen:"
    # the words after the colon are a clause: a verb early on
    return any(doc[k].pos_ in {"VERB", "AUX"} for k in range(colon + 1, min(hi, colon + 9)))


def _heuristic_subject(doc, i: int, lo: int, hi: int, comp: int, cue) -> Optional[tuple[int, int]]:
    finite = i
    if cue.extra:
        i = max([i] + [e for e in cue.extra if e < comp and e < i + 3])  # "laat weten": NP after "weten"
    # the finite verb of the clause: an auxiliary or modal before the cue ("had ... laten weten")
    aux_k = next((k for k in range(_clause_start(doc, i, lo), i) if doc[k].lower_ in AUXILIARIES), None)
    if cue.kind in {"participle", "infinitive"} or (aux_k is not None and cue.extra):
        finite = aux_k if aux_k is not None else i
        if cue.kind == "participle" and doc[finite].lower_ in {"wordt", "werd", "worden", "werden", "is", "was",
                                                                "zijn", "waren", "geworden"}:
            return None  # passive "er wordt gezegd dat", "is niet erkend": no source named
    cl = _clause_start(doc, finite, lo)
    rel = _relative_antecedent(doc, cl, finite, lo)
    if rel is not None:
        return rel
    # "zei dat A en eiste dat B": right after "en" the words before belong to the clause before
    conjoined = finite > lo and doc[finite - 1].lower_ in {"en", "maar"} and doc[finite].lower_ == doc[i].lower_
    np = None if conjoined else np_before(doc, finite, cl)
    if np and is_source_np(doc, *np, strict=False):
        return np
    if cl > lo + 3 and doc[cl - 1].text == "," and has_pos(doc) and doc[cl - 2].pos_ == "PROPN" \
            and not any(doc[x].pos_ in {"VERB", "AUX"} for x in range(lo, cl - 1)):
        # "De advocaat van de man, Peter de Graaf, bepleitte vrijspraak": a subject and the name in
        # apposition to it before the verb, not an inverted subject after it
        head = np_after(doc, lo, cl)
        if head and head[1] < cl - 2 and doc[head[1]].text == "," and is_source_np(doc, *head) \
                and _a_name(doc, head[1] + 1, cl - 1):  # (not "Bewoners, vooral in de binnenstad, klagen": a place)
            return (head[0], cl - 1)
    np = None
    if finite < i:
        np = np_after(doc, finite + 1, i)
        if np and not is_source_np(doc, *np, strict=False):
            np = None
    if np is None:
        np = np_after(doc, max(finite, i) + 1, min(comp, hi))
    if np and is_source_np(doc, *np, strict=False) and doc[np[0]].lower_ not in {"tegen", "aan"}:
        return np
    # "Initiatiefnemer X (PvdA), die ..., meent dat": the sentence-initial noun phrase
    if cl > lo or (finite > lo and doc[finite - 1].lower_ in {"en", "maar"}):
        start = lo
        while start < finite and doc[start].lower_ in {"ook", "wel", "toch", "zelfs", "en", "maar", "dus"}:
            start += 1
        np = np_after(doc, start, finite)
        if np and is_source_np(doc, *np) and np[1] < finite and \
                (doc[np[1]].text in {",", "("} or doc[finite - 1].lower_ in {"en", "maar"}):
            return np
    return None


def _a_name(doc, a: int, b: int) -> bool:
    """Whether tokens [a, b) are a person's name only ("Peter de Graaf", "mr. A. Jansen"): the name in
    apposition after a subject ("De advocaat van de man, Peter de Graaf, ...")."""
    return b > a and all(doc[x].pos_ == "PROPN" or doc[x].lower_ in {"de", "van", "der", "den", "ter", "mr.", "dr.", "prof.", "ir."}
                         for x in range(a, b))


def _is_relative_clause(doc, cl: int, lo: int) -> bool:
    """Whether the clause at token cl is a relative clause on a subject: ", die ...", ", dat ..."."""
    return lo < cl < len(doc) and doc[cl - 1].text == "," and doc[cl].lower_ in {"die", "dat"} \
        and cl + 1 < len(doc) and not doc[cl + 1].is_punct


def _restrictive_relative(doc, np: tuple[int, int], verb: int, lo: int) -> bool:
    """Whether the subject is "<noun> die/dat" with no comma: a defining relative clause
    ("De groep die vindt dat ..., groeit" at the start of a sentence)."""
    k = next((x for x in range(np[0], min(verb, np[1] + 1)) if doc[x].lower_ in {"die", "dat"}), None)
    if k is None or k == 0 or k - lo > 3:
        return False  # only a relative clause on the sentence's opening noun phrase
    return not doc[k - 1].is_punct and doc[k - 1].pos_ in {"NOUN", "PROPN", "ADJ", "X", ""} and \
        not any(doc[x].text == "," for x in range(k, verb))


def _relative_antecedent(doc, cl: int, finite: int, lo: int) -> Optional[tuple[int, int]]:
    """"X (PvdA), die vorig jaar aankondigde te ...": the relative pronoun's antecedent, the
    noun phrase before the comma, is the source."""
    if not _is_relative_clause(doc, cl, lo) or finite <= cl:
        return None
    if any(doc[k].lower_ in {"dat", "of"} or doc[k].is_punct for k in range(cl + 1, finite)):
        return None  # "die" is the object, or the clause is not this verb's
    start = _clause_start(doc, cl - 1, lo)
    np = np_before(doc, cl - 1, start)
    if np is None:
        np = np_after(doc, start, cl - 1)
        if np is not None and np[1] < cl - 1 and doc[np[1]].text != "(":
            np = None
    if np and is_source_np(doc, *np, strict=False):
        return np
    return None


def _previous_source_np(doc, lo: int) -> Optional[tuple[int, int]]:
    """The study, report or document named last in the sentence before token ``lo`` (and in
    the same paragraph): what "Daaruit blijkt ..." points back to."""
    for k in range(lo - 1, max(-1, lo - 60), -1):
        if doc[k].is_space and "\n" in doc[k].text:
            return None
        if doc[k].lower_ in SOURCE_NOUNS and not doc[k].is_sent_start:
            start = k
            while start - 1 >= 0 and has_pos(doc) and doc[start - 1].pos_ in {"DET", "ADJ"} and not doc[start - 1].is_space:
                start -= 1
            np = np_after(doc, start, lo)
            return np if np is not None and np[0] <= k < np[1] else (start, k + 1)
        if doc[k].is_sent_start:
            return None  # (only the sentence right before: a document named further back is not meant)
    return None


def _antecedent_np(doc, rel: int) -> Optional[tuple[int, int]]:
    """The noun phrase a relative adverb ("waaruit", "waarin") refers back to: the noun right
    before it (past a comma or dash) with its determiner and adjectives, when it names a source."""
    k = rel - 1
    while k >= 0 and doc[k].text in {",", "-", "–"}:
        k -= 1
    if k >= 1 and has_pos(doc) and doc[k].pos_ in {"VERB", "AUX"} and doc[k - 1].pos_ == "NOUN":
        k -= 1  # "er is een controle geweest waaruit ...": the relative clause moved past the verb
    if k < 0 or not has_pos(doc) or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return None
    start = k
    while start - 1 >= 0 and doc[start - 1].pos_ in {"DET", "ADJ", "NUM"} and not doc[start - 1].is_space:
        start -= 1
    return (start, k + 1) if is_source_np(doc, start, k + 1, strict=False) else None


def _subject_then_verb(doc, k: int, hi: int) -> bool:
    """Whether a main clause starts at ``k``: a noun phrase, then a finite verb."""
    np = np_after(doc, k, hi)
    return np is not None and np[1] < hi and has_pos(doc) and doc[np[1]].pos_ in {"VERB", "AUX"} \
        and "Fin" in doc[np[1]].morph.get("VerbForm")


def _de_word(doc, k: int) -> bool:
    """Whether the noun at ``k`` takes "de" here ("de gemeente", "deze mensen"): a relative
    "dat" cannot refer back to it ("verwijt de gemeente dat ..." is a complement clause)."""
    j = k - 1
    while j >= 0 and has_pos(doc) and doc[j].pos_ == "ADJ":
        j -= 1
    return j >= 0 and doc[j].lower_ in {"de", "deze", "die"}


def _uit_np(doc, lo: int, verb: int, hi: int) -> Optional[tuple[int, int]]:
    """"Uit X blijkt ..." / "blijkt uit X dat": the NP after "uit"."""
    for k in range(lo, hi):
        if doc[k].lower_ == "waaruit" and k < verb:
            return _antecedent_np(doc, k)  # "een onderzoek waaruit bleek dat ...": the study named before
        if doc[k].lower_ == "uit":
            # ("blijkt uit dat onderzoek dat ...": the first "dat" is the determiner)
            first = k + 1 + (k + 1 < hi and doc[k + 1].lower_ in {"dat", "die", "dit", "deze"})
            end = verb if k < verb else next((x for x in range(first, hi) if doc[x].lower_ in {"dat", "of"}
                                              or doc[x].is_punct), hi)
            np = np_after(doc, k + 1, end)
            if np is None and k + 2 < end and has_pos(doc) and doc[k + 1].pos_ in {"ADJ", "ADV"}:
                rest = np_after(doc, k + 2, end)  # "Uit eerder onderzoek bleek ...", "uit recent onderzoek"
                np = (k + 1, rest[1]) if rest is not None and rest[0] == k + 2 and doc[rest[1] - 1].pos_ == "NOUN" else None
            if np and np[1] + 1 < end and doc[np[1]].lower_ == "door":
                by = np_after(doc, np[1] + 1, end)  # "Uit onderzoek door (bureau) X bleek": the study with its maker
                if by is not None and by[0] == np[1] + 1 and any(doc[x].text[:1].isupper() for x in range(*by)):
                    np = (np[0], by[1])
            if np:
                return np
            if end == k + 2 and doc[k + 1].is_alpha and doc[k + 1].text.islower():
                return (k + 1, k + 2)  # "blijkt uit onderzoeken dat ...": the tagger took the plural for a verb
            if k + 3 < end and doc[k + 1].lower_ in SOURCE_NOUNS and doc[k + 1].pos_ in {"VERB", "AUX"} \
                    and doc[k + 2].lower_ == "van":
                return (k + 1, end)  # (also "blijkt uit onderzoeken van X": the whole phrase)
    return None


def _main_clause_after(doc, lo: int, hi: int) -> bool:
    """Whether [lo, hi) is a main clause: its finite verb comes early (second place) with at
    least three words after it, where a subordinate clause ends on its verbs."""
    if not has_pos(doc) or doc[lo].lower_ in {"dat", "of", "als", "omdat", "wel", "ook", "niet"}:
        return False
    for k in range(lo, min(hi, lo + 16)):
        t = doc[k]
        if t.is_punct:
            return False
        if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm"):
            rest = [x for x in doc[k + 1:hi] if not x.is_punct]
            # the subject right after the verb ("leek er ...", "zei hij"), not the verbs that
            # close a subordinate clause ("maar dan een borgsom moest betalen")
            subject_next = rest and (rest[0].pos_ in {"PRON", "DET", "PROPN"} or rest[0].lower_ == "er")
            return k > lo and len(rest) >= 3 and bool(subject_next) and rest[0].lower_ not in {"dat", "of", "wat"}
    return False


_DASHES = {"-", "–", "—"}


def _content_end(doc, c_lo: int, hi: int) -> int:
    """End of a content clause: the sentence end, or before ", zegt X" / "; ".""" 
    # "- waaruit bleek dat A - steeg ...": a clause opened inside dashes ends at the closing one
    dashed = any(doc[x].text in _DASHES for x in range(max(0, c_lo - 12), c_lo))
    for k in range(c_lo, hi):
        if doc[k].text in {";"} or (dashed and doc[k].text in _DASHES and k > c_lo):
            return k
        if doc[k].text == "," and k + 2 < hi and doc[k + 1].lower_ == "maar" and _main_clause_after(doc, k + 2, hi):
            return k  # "dat A, maar in plaats daarvan leek B": the narrative goes on in a main clause
        if doc[k].text == ":" and k + 1 < hi and doc[k + 1].text in {"'", '"', "‘", "“", "„", ",,"}:
            return k  # "... en zei: 'Mama, ...'": the quote is a record of its own
        if doc[k].text == "," and k + 2 < hi and doc[k + 1].lower_ in {"maar", "terwijl", "nu", "omdat", "want", "doordat"} \
                and doc[k + 2].lower_ != "dat" and any(
                (c := cue_at(doc, x, hi, lo=k + 1)) is not None and c.cls in {"speech", "belief", "finding"}
                for x in range(k + 2, min(hi, k + 8))):
            return k  # "dat A, maar de school ontkent dat", "dat A, nu uit onderzoek blijkt dat B": a new source's clause
        if doc[k].text == "," and k + 3 < hi and doc[k + 1].lower_ in {"maar", "en"} and doc[k + 2].lower_ in {"dat", "dit"} \
                and (c := cue_at(doc, k + 3, hi, lo=k + 1)) is not None and c.kind == "finite":
            return k  # "dat A, maar dat ontkent de bond": "dat" points back, in a main clause of its own
        if doc[k].lower_ in {"en", "maar"} and k > c_lo and k + 1 < hi and doc[k - 1].text != "," \
                and (c := cue_at(doc, k + 1, hi, lo=k + 1)) is not None and c.cls in {"speech", "belief", "finding"} \
                and c.kind == "finite" and (any(doc[x].lower_ in {"dat", "of"} for x in range(k + 2, min(hi, k + 8)))
                                            or c.lemma in {"wijzen", "waarschuwen", "pleiten", "oproepen", "eisen"}):
            return k  # "zei dat A en eiste dat B": the second verb opens a claim of its own
        if doc[k].lower_ in {"en", "maar"} and k > c_lo and k + 3 < hi and doc[k - 1].text != "," and has_pos(doc) \
                and doc[k - 1].pos_ != "PROPN" and (np := np_after(doc, k + 1, hi)) is not None and np[0] == k + 1 and np[1] + 1 < hi \
                and any(doc[x].pos_ == "PROPN" for x in range(*np)) and not doc[np[1] + 1].is_punct \
                and (c := cue_at(doc, np[1], hi, lo=k + 1)) is not None and c.kind == "finite" \
                and c.cls in {"speech", "belief", "finding", "naming"}:
            return k  # "zei dat A en Jansen beschuldigt B": a named source opens a main clause of its own
        if doc[k].text == "," and k + 1 < hi and cue_at(doc, k + 1, hi, lo=c_lo) is not None \
                and cue_at(doc, k + 1, hi, lo=c_lo).cls in {"speech", "belief", "finding", "aldus"} \
                and not any(doc[x].lower_ in {"dat", "of"} for x in range(k + 2, min(hi, k + 8))):
            return k
    return hi


#: the auxiliaries that are modals: before an inverted subject they take a reporting infinitive
#: ("..., moet X toegeven"), where the others take a participle
_TRAILING_MODALS = {"moet", "moest", "moeten", "moesten", "kan", "kon", "wil", "wilde", "durft", "durfde",
                    "zal", "zullen"}  # ("..., zal de cynicus zeggen": what a source would say)

#: verbs of going on speaking that report the words before them also without quotation marks
_TRAILING_MANNER = {"grappen", "vervolgen", "verzuchten", "aanvullen", "herhalen", "opsommen", "antwoorden"}


def trailing_cue(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"C, concludeert X." / "C, aldus X." / "C, zo meldt X.""" 
    for k in range(lo + 1, hi - 1):
        if doc[k].text != ",":
            continue
        v = k + 1
        if doc[v].lower_ == "zo" and v + 1 < hi:
            v += 1
        if _in_any(doc[v].idx, quoted) or not cue_ok(v) or (v + 1 < hi and doc[v + 1].lower_ in {"dat", "of"}):
            continue
        cue = cue_at(doc, v, hi, lo=lo)
        if cue is None:
            # "C, grapte X." / "C, vervolgt hij.": manner verbs that report only right after the
            # words, which they do here too, quotation marks or not
            cue = cue_at(doc, v, hi, lo=lo, after_quote=True)
            if cue is not None and cue.lemma not in _TRAILING_MANNER and not _fronted_name(doc, lo, k, cue):
                cue = None
        np = None
        if cue is None and doc[v].lower_ in {"weet", "wist", "weten", "wisten"} and v + 1 < hi and doc[v + 1].lower_ != "te":
            # "..., weet Slot (zeker)": only after the words it reports (not "Wat er gebeurde, weet X")
            if doc[_content_start(doc, lo, k)].lower_ not in _WH_WORDS | {"of"}:
                cue = Cue(v, "weten", "belief", "finite")
        if cue is None and doc[v].lower_ in {"staat", "stond"} and v + 2 < hi and doc[v + 1].lower_ == "in":
            # "..., zo staat in het rapport": the document is the source
            np = np_after(doc, v + 2, hi)
            if np is not None and np[1] >= hi - 1:
                cue = Cue(v, "staan", "finding", "finite", (v + 1,))
            else:
                np = None
        if cue is None and doc[v].lower_ in AUXILIARIES:
            # "..., heeft hij beloofd" / "..., had de minister gezegd" / "..., moet X toegeven"
            np = np_after(doc, v + 1, hi)
            if np and np[1] < hi:
                p = np[1]
                while p + 1 < hi and doc[p].lower_ in _BEFORE_PARTICIPLE:
                    p += 1  # "Dat A, had X niet verwacht", "..., heeft hij altijd gezegd"
                cue = cue_at(doc, p, hi, lo=lo)
                ok = cue is not None and _reads_as_participle(doc[p], cue)
                if not ok and doc[v].lower_ in _TRAILING_MODALS:  # (an infinitive reads like a plural: "bevestigen")
                    ok = cue is not None and (cue.kind == "infinitive" or doc[p].lower_.endswith("en"))
                if ok and any(doc[x].lower_ in {"niet", "nooit"} for x in range(np[1], p)) \
                        and (cue.cls != "belief" or doc[v].lower_ not in {"had", "hadden", "heeft", "hebben"}):
                    ok = False  # "..., wil X niet zeggen": a refusal (but "had X niet verwacht" a belief)
                if not ok:
                    cue = None
        elif cue is not None and cue.kind == "participle":
            cue = None
        if cue is None or (cue.cls not in {"speech", "belief", "finding", "aldus"}
                           and not (cue.cls == "naming" and _fronted_name(doc, lo, k, cue))) or cue.lemma == "betreuren":
            continue  # ("..., betreurt het vertrek": regret reports only with its complement clause)
        called = cue.cls == "naming"  # ("Een kermis, noemt X al die drukte": its object after the source)
        if np is None:
            after = v + 1
            while after + 1 < hi and (doc[after].lower_, doc[after + 1].lower_) in {("onder", "meer"), ("onder", "andere")}:
                after += 2  # ", constateerden onder meer Amerikaanse diensten"
            while after + 1 < hi and doc[after].lower_ in _TRAILING_ADVERBS:
                after += 1  # ", zegt ook hoogleraar X", ", zei gisteren de minister"
            np = _uit_np(doc, v, v, hi) if cue.lemma == "blijken" else np_after(doc, after, hi)
        # not "..., zegt hij (tegen de krant) dat ..." (a complement clause of its own)
        if np is not None and not called and any(doc[x].lower_ in {"dat", "of"} for x in range(np[1], min(hi, np[1] + 5))
                                  if not any(doc[y].text == "," for y in range(np[1], x))):
            continue
        # ("..., aldus de barometer.": the words before a closing "aldus" are whoever it names)
        closing = np is not None and (np[1] >= hi - 1 or doc[np[1]].text in {",", ";", ")"})
        # ("X, eveneens bekritiseerd, hekelt het besluit": a verb that takes an object needs a
        # clear source after it)
        strict = (cue.cls == "aldus" and not closing) or cue.lemma in _OBJECT_FIRST
        if np is None or not is_source_np(doc, *np, strict=strict):
            continue
        if doc[np[0]].lower_ == "het" and np[1] - np[0] >= 2 and doc[np[0] + 1].pos_ in {"DET", "ADV", "PRON"}:
            continue  # "X, hoogleraar, vindt het een goede zaak": "het" is the object, X its subject
        if not _trailing_tail_ok(doc, np[1], hi, cue) and not called:
            continue
        tail = [doc[x] for x in range(np[1], next((x for x in range(np[1], hi) if doc[x].is_punct), hi))]
        if tail and any(t.lower_ in {"niet", "nooit"} for t in tail) \
                and all(t.lower_ in {"niet", "nooit", "nog", "ook", "echter", "dan", "wel"} for t in tail):
            continue  # "Hoe hoog de heffing wordt, vermeldt het plan (nog) niet": what is not said
        c_lo = _content_start(doc, lo, k)
        if c_lo + 2 < k and doc[c_lo].lower_ == "dat" and (doc[c_lo].pos_ == "SCONJ" or doc[c_lo].dep_ == "mark") \
                and not any("Fin" in doc[x].morph.get("VerbForm") and x not in {t.i for t in doc[c_lo].head.subtree}
                            for x in range(c_lo, k)) \
                and not any(doc[x].text == "," and _verb_after_comma(doc, x + 1, k) for x in range(c_lo, k)):
            c_lo += 1  # "Dat A, verwacht X": the complementiser is no part of the claim (but "Dat A is B,
            # zegt X" claims B of A)
        if c_lo >= k:
            continue
        fronted_dat = c_lo > lo and doc[c_lo - 1].lower_ == "dat"
        if doc[c_lo].lower_ in _ADVERBIAL_SUBORDINATORS and not any(doc[x].text == "," for x in range(c_lo + 1, k)):
            continue  # "Omdat de prijzen dalen, protesteren de boeren": a reason, not what they said
            # (but "Omdat ..., was het een zware campagne, zegt X" reports the whole sentence)
        if has_pos(doc) and doc[c_lo].pos_ == "PROPN" and any(doc[x].text == "," for x in range(c_lo, k)) \
                and not any("Fin" in doc[x].morph.get("VerbForm") for x in range(c_lo, k)):
            continue  # "Jan de Jong, directeur van X, hekelt ...": a name and its apposition, then the verb
        if has_pos(doc) and not any(doc[x].pos_ in {"VERB", "AUX"} for x in range(c_lo, k)) and not called \
                and np[1] < hi and not doc[np[1]].is_punct and not _adjunct_then_verb(doc, np[1], hi):
            continue  # "De leider van X, Y, eist onderzoek naar ...": a subject, then its verb (but
            # "A, concludeert X uit zijn onderzoek, heeft B": the source's adjunct, then the rest)
        last = k - 1 - (doc[k - 1].text == ",")
        comma = next((x for x in range(last, c_lo, -1) if doc[x].text == ","), None)
        if has_pos(doc) and comma is not None and comma < last and doc[last].pos_ == "PROPN" \
                and not any("Fin" in doc[x].morph.get("VerbForm") for x in range(c_lo, k)) and _a_name(doc, comma + 1, last + 1):
            continue  # "De advocaat van de man, Peter de Graaf, bepleitte vrijspraak": a subject and its name
        head = _relative_np(doc, c_lo, k)
        if head is not None and not is_source_np(doc, *np, strict=True) \
                and "Plur" in doc[head].morph.get("Number") and doc[v].lower_.endswith("en"):
            # "De vissers die ik sprak, vinden het plan onzin": the subject and its relative clause
            # (not "Het idee dat ..., vonden veel kijkers vreemd": a fronted object, then the source)
            continue
        cs, ce = strip_span(text, *_chars(doc, c_lo, k), _STRIP)
        if fronted_dat and cue.lemma in {"vinden", "noemen"} and 0 < _predicate_tail(doc, np[1], hi) <= 4:
            # "Dat A, vindt X 'ongekend'": the judgement closes the sentence; one claim holds both,
            # with the cue and its source inside (as "Dat A, is volgens X B")
            ce = strip_span(text, *_chars(doc, c_lo, hi), _STRIP)[1]
        # the whole stretch is one quotation: that is a direct quote, handled there
        if any(a - 1 <= cs and ce <= b + 1 for a, b in quoted):
            continue
        if ce - cs < 3:
            continue
        # "Maar, schrijft de krant, er is ...": a lone connective before the cue claims nothing;
        # the words after the interruption do. Nor does a short fronted adverbial or a pronoun
        # without a verb ("In 2016, zo meldt X, ging de bende verder", "Dat alles, vrezen ze, kost
        # banen"): they belong to the claim after the interruption
        span_pos = [doc[x].pos_ for x in range(c_lo, k)] if has_pos(doc) else []
        lone = k - c_lo <= 1 and span_pos and all(p in {"ADV", "CCONJ", "SCONJ"} for p in span_pos)
        adverbial = k - c_lo <= 4 and span_pos and "VERB" not in span_pos and "AUX" not in span_pos and (
            all(p in {"DET", "PRON", "ADV", "CCONJ", "SCONJ"} for p in span_pos)
            or ((span_pos[0] == "ADP" or any(doc[x].lower_ in _TIME_NOUNS for x in range(c_lo, k)))
                and not any(doc[x].pos_ in {"NOUN", "ADJ"} and not (
                    doc[x].lower_ in _TIME_NOUNS or doc[x + 1].lower_ in _TIME_NOUNS) for x in range(c_lo, k))))
        rest_record = None
        # "Het plan, zegt X, is onhaalbaar": the words after the interruption are a second record
        rest = np[1]
        if rest < hi and doc[rest].text != ",":
            # "A, zo vertelde hij ooit terloops, of B": past the adverbial tail to its comma
            # (not "..., bleek uit de cijfers, opgevraagd door X": a participle describes the source)
            rest = next((x for x in range(rest, min(hi, rest + 8)) if doc[x].is_punct), rest)
        # "Minister X, zo meldde de krant, klaagde dat ...": a bare subject before the interruption,
        # its reporting verb right after it; the claim is what follows, which holds X's own report
        # (without a cue there, "Het plan, zegt X, is onhaalbaar" stays two records)
        subject_only = bool(span_pos) and not any(p in {"VERB", "AUX"} for p in span_pos) and rest + 3 < hi \
            and doc[rest].text == "," and doc[rest + 1].pos_ in {"VERB", "AUX"} \
            and ("Fin" in doc[rest + 1].morph.get("VerbForm") or doc[rest + 1].dep_ == "ROOT") \
            and cue_at(doc, rest + 1, hi, lo=lo) is not None
        if rest + 3 < hi and doc[rest].text == "," and doc[rest + 1].lower_ not in _NOT_CONTINUATION \
                and not doc[rest + 1].lower_.endswith(("end", "ende")) \
                and (subject_only or not (has_pos(doc) and "Part" in doc[rest + 1].morph.get("VerbForm"))) \
                and not _is_role_word(doc[rest + 1].text) and not doc[rest + 1].text[:1].isupper() \
                and (adverbial or lone or subject_only or not any(cue_at(doc, x, hi, lo=lo) for x in range(rest + 1, hi))):
            cs2, ce2 = strip_span(text, *_chars(doc, rest + 1, hi), _STRIP)
            if ce2 - cs2 >= 6 and not any(a - 1 <= cs2 and ce2 <= b + 1 for a, b in quoted):
                # (an outer record may hold a report of its own: merging keeps both)
                kind = "trailing-outer" if subject_only else "trailing-rest"
                rest_record = Candidate("indirect", cs2, ce2, f"{kind}:{cue.lemma}", 0.6,
                                        cue=cue_text_span(doc, cue), mention=_mention(doc, np))
        # ("Typisch voor een bestuurder die, zo spotte X, '...'": a clause broken off at its relative
        # pronoun claims nothing before the interruption)
        unfinished = doc[k - 1].lower_ in {"die", "waarin", "omdat", "terwijl"}
        if not lone and not adverbial and not unfinished and not (subject_only and rest_record is not None):
            yield Candidate("indirect", cs, ce, f"trailing:{cue.lemma}", 0.75,
                            cue=cue_text_span(doc, cue), mention=_mention(doc, np))
        if rest_record is not None:
            yield rest_record


def _fronted_name(doc, lo: int, k: int, cue) -> bool:
    """"Een kermis, noemt de wethouder al die drukte.": what something is called opens the
    sentence, before a comma (at k) and the verb; the object follows the subject. Not "Zijn
    opvolger, Jan de Wit, noemt ...": the source and its apposition before the verb."""
    words = [doc[x] for x in range(lo, k) if not doc[x].is_punct]
    return cue.lemma == "noemen" and has_pos(doc) and 0 < len(words) <= 5 \
        and not any(w.pos_ in {"VERB", "AUX", "SCONJ"} for w in words) \
        and not any(doc[x].text == "," for x in range(lo, k))


def _predicate_tail(doc, start: int, hi: int) -> int:
    """The number of words from start to the sentence end when they are a predicate (an
    adjective or a quoted word, with adverbs: "nog altijd 'ongekend'"); 0 otherwise."""
    words = [doc[x] for x in range(start, hi) if not doc[x].is_punct]
    quoted = any(doc[x].text in _QUOTE_CHARS for x in range(start, hi))
    if not words or not has_pos(doc) or any(w.pos_ in {"SCONJ", "PRON"} or (w.pos_ in {"VERB", "AUX"} and not quoted)
                                            for w in words):
        return 0  # (a quoted participle is a judgement too: "'ongehoord'")
    return len(words) if quoted or words[-1].pos_ == "ADJ" else 0


#: verbs that mostly take an object, seldom follow a claim ("X, eveneens bekritiseerd, hekelt het besluit")
_OBJECT_FIRST = {"hekelen", "prijzen", "bekritiseren", "eisen"}

#: adverbs between the source and the participle of a trailing cue ("..., had X al verwacht")
_BEFORE_PARTICIPLE = {"al", "niet", "nooit", "ook", "altijd", "eerder", "zelf", "wel", "nog", "steeds", "zelfs",
                      "vooraf", "tevoren", "gisteren", "eens"}

#: adverbs between a trailing cue and its source
_TRAILING_ADVERBS = {"ook", "nu", "dan", "nog", "echter", "wel", "zelfs", "bovendien", "gisteren", "vandaag",
                     "eerder", "later", "inmiddels", "desgevraagd", "daarom", "tenslotte", "ten", "slotte"}


def _relative_np(doc, lo: int, hi: int) -> Optional[int]:
    """The head noun when tokens [lo, hi) are a noun phrase with a relative clause: "De vissers
    die ik sprak"."""
    x = lo + (doc[lo].pos_ == "DET")
    while x < hi and doc[x].pos_ == "ADJ" and x - lo < 3:
        x += 1
    if x + 1 < hi and doc[x].pos_ in {"NOUN", "PROPN"} and doc[x + 1].lower_ in {"die", "dat", "wie"} \
            and not any(doc[y].text in {",", ";", ":"} for y in range(lo, hi)):
        return x
    return None


_ADVERBIAL_SUBORDINATORS = {"omdat", "als", "toen", "nadat", "hoewel", "terwijl", "zodra", "voordat", "doordat",
                            "wanneer", "indien", "zodat", "mits", "tenzij", "aangezien", "opdat"}

_TAIL_OK = {"tegen", "in", "op", "bij", "via", "aan", "over", "tijdens", "na", "daarover",
            "desgevraagd", "gisteren", "vandaag", "vanochtend", "vanmiddag", "ook", "nog", "dan",
            "later", "eerder", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
            "zondag", "vorige", "afgelopen", "onlangs", "verder", "daarbij", "namens", "met", "zelf",
            "telefonisch", "lachend", "stellig", "droog", "nuchter", "resoluut"} | WEEKDAY_PARTS


def _reads_as_participle(tok, cue) -> bool:
    """Whether the cue word is, or may also be read as, its verb's participle: "verwacht",
    "bericht" are a present form and the participle alike."""
    return cue.kind == "participle" or any(r["kind"] == "participle" and r["lemma"] == cue.lemma
                                           for r in REPORTING_FORMS.get(tok.lower_, ()))


def _adjunct_then_verb(doc, k: int, hi: int) -> bool:
    """Whether a prepositional phrase from ``k`` ends in a comma followed by a finite verb:
    "(concludeert X) uit zijn onderzoek, heeft ...", the cue's adjunct before the rest of an
    interrupted sentence."""
    if doc[k].pos_ != "ADP":
        return False
    comma = next((x for x in range(k, min(hi, k + 8)) if doc[x].is_punct), None)
    return comma is not None and doc[comma].text == "," and comma + 1 < hi \
        and doc[comma + 1].pos_ in {"VERB", "AUX"} and "Fin" in doc[comma + 1].morph.get("VerbForm")


def _trailing_tail_ok(doc, k: int, hi: int, cue) -> bool:
    """After ", zegt X" only a sentence end, a comma, a time/place adjunct or the cue's own
    particle may follow; not a new complement ("laat hij weten blij te zijn")."""
    if k >= hi or doc[k].is_punct:
        return True
    if doc[k].lower_ in {"die", "waarin", "waaruit"} and has_parse(doc) and doc[k].head.dep_ in {"acl:relcl", "acl"} \
            and doc[k].head.i > k:
        return True  # "..., bleek uit cijfers die de minister stuurde": a relative clause on the source
    stop = next((x for x in range(k, hi) if doc[x].is_punct), hi)  # ("zo vertelde hij ooit, of ...": after the comma)
    if any(doc[x].lower_ in {"te", "dat", "of"} or doc[x].text == "om" for x in range(k, min(stop, k + 8))):
        return False
    if has_pos(doc):
        # "zegt X daar rake dingen over": an object, so the clause before is not its content
        adp = False
        for x in range(k, hi):
            if doc[x].is_punct:
                break
            adp = adp or doc[x].pos_ == "ADP"
            if doc[x].pos_ == "NOUN" and not adp and doc[x].lower_ not in _TIME_NOUNS:
                if cue.lemma in _TOLD_VERBS and x == k + 1 and doc[k].lower_ in {"de", "het"} \
                        and doc[x].lower_ in PERSON_NOUNS and (x + 1 >= hi or doc[x + 1].is_punct):
                    continue  # "..., vertelde hij de rechter.": who was told, not an object
                return False  # (but "zei X deze week op de radio": a time adjunct)
    return True


#: speech verbs that may name who was told without "tegen" ("vertelde hij de rechter")
_TOLD_VERBS = {"vertellen", "schrijven", "zeggen", "melden"}

_TIME_NOUNS = {"week", "maand", "jaar", "dag", "ochtend", "middag", "avond", "nacht", "weekend", "keer",
               "zomer", "winter", "lente", "herfst", "eeuw", "periode", "tijd", "dagen", "weken", "jaren",
               "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"} | WEEKDAY_PARTS


#: words that open a clause about the speaker rather than the rest of the content
_NOT_CONTINUATION = {"die", "dat", "wie", "wat", "een", "de", "het", "waar", "waarin", "zelf", "ook", "nadat",
                     "toen", "terwijl", "maar", "en"}


def _content_start(doc, lo: int, k: int) -> int:
    """Start of the content before a trailing cue at token k: the sentence start, or after
    an earlier cue clause / colon in the same sentence."""
    start = lo
    for x in range(lo, k):
        if doc[x].text in {":", ";"}:
            start = x + 1
    return start


_NOT_VOLGENS = {"plan", "planning", "schema", "afspraak", "traditie", "regels", "regel", "boekje",
                "protocol", "verwachting", "verwachtingen", "dienstregeling", "recept", "uitleg", "interpretatie",
                "methode", "voorschrift", "voorschriften", "leer", "wetten", "normen",
                "norm", "gebruik", "mode", "ritueel",
                # what a rule allows is no one's claim: "volgens de wet mocht hij ...", "volgens de
                # protocollen was dat genoeg"
                "wet", "grondwet", "protocollen", "reglement", "richtlijn", "richtlijnen", "bestemmingsplan"}


def volgens(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"Volgens X is C." / "C, volgens X." / "... maar volgens hem C"."""
    for v in range(lo, hi):
        c0 = _volgens_cue(doc, v, lo)
        if c0 is None or _in_any(doc[v].idx, quoted):
            continue
        np = _volgens_source(doc, v + 1, hi)
        if np is None or not is_source_np(doc, *np, strict=False) or \
                any(doc[x].lower_ in _NOT_VOLGENS for x in range(*np)):
            continue
        cl = _clause_start(doc, c0, lo)
        opener = c0 == cl or doc[c0 - 1].lower_ in {"maar", "en", "want", "dus"}
        pre_lo = cl if not opener else c0
        after_lo, after_hi = np[1], _volgens_end(doc, np[1], hi)
        if after_lo + 2 < hi and doc[after_lo].lower_ in {"in", "op"} and _is_role_word(doc[np[1] - 1].text):
            # "Volgens de woordvoerder in de Kamer, Jan de Boer, is ...": the role's place, then its holder
            comma = next((k for k in range(after_lo + 1, min(hi, after_lo + 6)) if doc[k].text == ","), None)
            if comma is not None and comma + 1 < hi and doc[comma + 1].pos_ == "PROPN":
                after_lo = comma
        # ("Volgens Anna de Wit (17), die ...": past the age to the comma)
        aged = after_lo + 3 if after_lo + 3 < hi and doc[after_lo].text == "(" and doc[after_lo + 1].like_num \
            and doc[after_lo + 2].text == ")" else after_lo
        relative = aged + 1 < hi and doc[aged].text == "," and doc[aged + 1].lower_ in _RELATIVE_OPENERS
        if aged + 1 < hi and doc[aged].text == "," and (doc[aged + 1].lower_ in {"een", "één", "de", "het", "onder",
                                                                                "waaronder", "zoals"}
                                                        or _is_role_word(doc[aged + 1].text)
                                                        or doc[aged + 1].pos_ == "PROPN" or relative):
            # "Volgens berekeningen van X, een site van journalisten, heeft ...", "Volgens de
            # burgemeester, Marja van Dam, is ...": skip the apposition; "Volgens X, die ...,
            # is ...": and a relative clause on the source
            close = next((k for k in range(aged + 1, min(hi, aged + (30 if relative else 15)))
                          if doc[k].text == ","), None)
            if close is not None and close + 1 < hi and (doc[close + 1].pos_ in {"AUX", "VERB"} or not has_pos(doc)):
                after_lo = close + 1
        pre = (pre_lo, c0)
        post = (after_lo, after_hi)
        n_pre = sum(1 for x in range(*pre) if not doc[x].is_punct)
        n_post = sum(1 for x in range(*post) if not doc[x].is_punct)
        if after_lo + 1 < hi and doc[after_lo].text == "," and doc[after_lo + 1].lower_ in _RELATIVE_OPENERS:
            n_post = 0  # "A, volgens de politie, die een onderzoek is begonnen.": the clause after is on the source
        # "De brand is volgens de politie aangestoken": the verb that closes the clause
        closing_verb = n_post == 1 and after_lo == np[1] and has_pos(doc) \
            and all(doc[x].pos_ in {"VERB", "AUX"} or doc[x].is_punct for x in range(*post))
        # the stretch before "volgens": the sentence, or its last conjunction-led clause
        # ("..., maar dat moet volgens X ..."); commas of an apposition do not cut it
        start = lo
        for x in range(lo, c0):
            if doc[x].text in {";", ":"} or (doc[x].lower_ in {"maar", "want", "terwijl", "omdat", "en"} and x > lo
                                               and doc[x - 1].text == ",") \
                    or doc[x].lower_ in {"toen", "omdat", "nadat", "doordat", "zodat", "waardoor", "terwijl", "hoewel"}:
                start = x + 1
            elif x > lo and doc[x].lower_ in {"die", "dat", "wat"} and (
                    doc[x - 1].text == "," or (has_pos(doc) and doc[x - 1].pos_ in {"NOUN", "PROPN"})):
                start = x + 1  # "de zorg die volgens hem duurder werd": the relative clause
            elif x > lo and doc[x].lower_ == "en" and x + 1 < c0 and has_pos(doc) and doc[x + 1].pos_ in {"AUX", "VERB"}:
                start = x + 1  # "... stammen uit 2001 en waren volgens X aan herziening toe"
        n_before = sum(1 for x in range(start, c0) if not doc[x].is_punct)
        verb_before = c0 - 2 > start and (doc[c0 - 1].lower_ in AUXILIARIES or doc[c0 - 1].lower_ in _COPULAS) \
            and doc[c0 - 2].text == ","
        # "..., maar volgens de Amerikanen onvoldoende.": one word of judgement, the rest left out
        elliptic = opener and n_post == 1 and c0 > lo and doc[c0 - 1].lower_ == "maar" and has_pos(doc) \
            and any(doc[x].pos_ in {"ADJ", "ADV"} for x in range(*post)) and (after_hi >= hi - 1 or doc[after_hi].is_punct)
        if (opener and n_post >= 2) or (verb_before and n_post >= 3) or elliptic:
            span = post
            if verb_before and not opener and after_lo == np[1] and n_before >= 2:
                # "Dat A, is volgens X de zaak van B": one claim with the cue inside
                span = (start, after_hi)
        elif 0 < n_before <= 10 and (n_post >= 2 or closing_verb) and np[1] - np[0] <= 6 and after_lo == np[1]:
            # "De man zit volgens zijn advocaat al weken vast": the claim is the whole clause, and
            # one stretch of text holds it only with the cue inside
            span = (start, after_hi)
        elif (n_post >= 5 and n_before > 10) or (n_post >= n_before and n_post >= 2):
            span = post  # (after a long subject the words after the source carry the claim)
        else:
            span = (start, c0)
        if span[1] > span[0]:
            yield from _volgens_record(doc, text, span, (c0, v), np)


#: words that open a relative clause on a source ("volgens X, die ...,")
_RELATIVE_OPENERS = {"die", "dat", "wiens", "wier", "waarvan", "waarin", "waar"}

#: pronouns for an unnamed group of people ("volgens velen")
_GROUP_PRONOUNS = GROUP_PRONOUNS | {"kenners"}


def _volgens_source(doc, i: int, hi: int) -> Optional[tuple[int, int]]:
    """The source after "volgens" at token i: a noun phrase, and also "hemzelf", "velen" and
    "één van de partijen", which the noun-phrase finder leaves alone."""
    if i >= hi:
        return None
    low = doc[i].lower_
    if low in {"hemzelf", "haarzelf", "henzelf"} or low in _GROUP_PRONOUNS:
        return (i, i + 1)
    if low in {"één", "een", "elk", "ieder"} and i + 2 < hi and doc[i + 1].lower_ == "van":
        rest = np_after(doc, i + 2, hi)
        return (i, rest[1]) if rest is not None and rest[0] == i + 2 else None
    if low == "zowel":  # "volgens zowel de bond als de werkgevers"
        first = np_after(doc, i + 1, hi)
        if first is not None and first[1] + 1 < hi and doc[first[1]].lower_ == "als":
            second = np_after(doc, first[1] + 1, hi)
            if second is not None and second[0] == first[1] + 1:
                return (i, second[1])
        return None
    np = np_after(doc, i, hi)
    if np is not None and np[1] + 1 < hi and doc[np[1]].lower_ == "en" and doc[np[0]].lower_ not in PRONOUNS:
        # "volgens de fabrikant en twee artsen": two sources, coordinated
        second = np_after(doc, np[1] + 1, hi)
        if second is not None and second[0] == np[1] + 1 and is_source_np(doc, *second) \
                and doc[second[0]].lower_ not in PRONOUNS \
                and (second[1] >= hi or doc[second[1]].is_punct or doc[second[1]].pos_ in {"AUX", "VERB"}):
            return (np[0], second[1])
    return np


def _volgens_record(doc, text, span: tuple[int, int], cue: tuple[int, int], np: tuple[int, int]) -> Iterator[Candidate]:
    cs, ce = strip_span(text, *_chars(doc, *span), _STRIP)
    if ce - cs >= 3:
        yield Candidate("indirect", cs, ce, "volgens", 0.8, cue=_chars(doc, cue[0], cue[1] + 1), mention=_mention(doc, np))


def _volgens_cue(doc, v: int, lo: int) -> Optional[int]:
    """The first token of a "volgens" cue whose last token is v: "volgens" itself, or "van" closing
    "in de ogen van"; None otherwise."""
    if doc[v].lower_ == "volgens":
        return v
    if doc[v].lower_ == "van" and v - 3 >= lo and tuple(t.lower_ for t in doc[v - 3:v]) in VOLGENS_PHRASES \
            and (v - 3 == lo or (has_pos(doc) and doc[v - 4].pos_ in {"AUX", "VERB"})):
        return v - 3  # (opening the sentence or right after its verb, not inside a noun phrase:
        # "het in de ogen van velen zo rijke land")
    return None


def _te_infinitive(doc, lo: int, hi: int) -> bool:
    """"dreigde een zetel kwijt te raken": the verb before governs "te" + infinitive, not a
    reported clause (no "dat"/"of"/colon before it)."""
    for x in range(lo, hi - 1):
        if doc[x].lower_ in {"dat", "of", ":", ","}:
            return False
        if doc[x].lower_ == "te" and doc[x + 1].pos_ in {"VERB", "AUX"}:
            return True
    return False


def _volgens_end(doc, start: int, hi: int) -> int:
    for k in range(start, hi):
        if doc[k].text == ";":
            return k
        if doc[k].text == ":" and k + 1 < hi and doc[k + 1].text in {"'", '"', "‘", "“", "„", ",,"}:
            return k  # "Volgens X ligt de schuld bij Y: '...'": the quote is a record of its own
        if doc[k].text == "," and k + 1 < hi and doc[k + 1].lower_ in {"maar", "zegt", "aldus", "terwijl"}:
            if doc[k + 1].lower_ == "maar" and k + 2 < hi and (doc[k + 2].pos_ in {"VERB", "AUX"}
                                                                 or doc[k + 2].lower_ in AUXILIARIES) \
                    and (cue_at(doc, k + 2, hi, lo=k + 1) is None or _te_infinitive(doc, k + 3, hi)):
                continue  # "Volgens X staat A er goed voor, maar verliest ze ...": "volgens X" still holds
            return k
    return hi


_CONCLUSION_NOUNS = {"conclusie", "uitkomst", "boodschap", "mening", "verwachting", "overtuiging", "stelling",
                     "inschatting", "analyse", "strekking", "teneur", "waarschuwing", "oordeel", "verklaring"}


def nominal_claim(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"De conclusie van de onderzoekers is dat ...", "Zijn verwachting is dat ...",
    "Het advies van de commissie: ..." — a claim named by a noun, with its source."""
    for i in range(lo, min(hi - 3, lo + 6)):
        if doc[i].lower_ not in _CONCLUSION_NOUNS | {"advies", "standpunt", "verwijt", "kritiek", "claim", "bewering",
                                                      "angst", "hoop", "vrees", "idee", "gedachte", "redenering",
                                                      "theorie", "aanname", "veronderstelling", "indruk"}:
            continue
        if _in_any(doc[i].idx, quoted):
            return
        np = None
        k = i + 1
        if k < hi and doc[k].lower_ == "van":
            np = np_after(doc, k + 1, hi)
            k = np[1] if np else k
        elif i > lo and doc[i - 1].lower_ in {"zijn", "haar", "hun"}:
            np = (i - 1, i)  # "Zijn conclusie is ...": the possessive names the source
        elif doc[lo].lower_ in {"de", "het"} and i - lo <= 2 and doc[i].lower_ in {"theorie", "aanname", "gedachte",
                                                                                 "redenering"}:
            np = (lo, i + 1)  # "De gangbare theorie is dat ...": the theory itself is the source
        if np is None:
            return
        if k < hi and doc[k].lower_ in {"is", "was", "luidt", "luidde"}:
            k += 1
            if k < hi and has_pos(doc) and doc[k].pos_ in {"VERB", "AUX"}:
                return  # "De conclusie van het onderzoek is gepubliceerd in ...": said of the claim, not the claim
        if k < hi and doc[k].text == ":":
            k += 1
        if k < hi and (doc[k].lower_ == "dat" or doc[k].text == "om"):
            k += 1
        elif not (k > i + 1 and doc[k - 1].text in {":", "is", "was", "luidt", "luidde"}):
            return
        cs, ce = strip_span(text, *_chars(doc, k, _content_end(doc, k, hi)), _STRIP)
        if ce - cs >= 6:
            mention = _mention(doc, np)
            if doc[np[0]].lower_ in {"zijn", "haar", "hun"}:
                mention = _chars(doc, np[0], np[0] + 1)
            yield Candidate("indirect", cs, ce, f"nominal:{doc[i].lower_}", 0.6,
                            cue=_chars(doc, i, i + 1), mention=mention)
        return


#: nouns for a belief that "is" or "exists" without anyone holding it: "De vrees bestaat dat ..."
_HELD_BELIEFS = {"verwachting", "angst", "vrees", "hoop", "vermoeden", "zorg"}


def held_belief(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"De verwachting is dat ...", "..., en de angst bestaat dat ...": a belief the article
    reports as held, by no one it names (an attribution with no speaker)."""
    for i in range(lo + 1, hi - 3):
        if doc[i].lower_ not in _HELD_BELIEFS or doc[i - 1].lower_ != "de" or _in_any(doc[i].idx, quoted):
            continue
        if i - 1 != lo and not (doc[i - 2].lower_ in {"en", "maar"} and i - 2 > lo and doc[i - 3].text == ","):
            continue  # (the clause opens with it; not "Hij deelt de vrees ...")
        k = i + 1
        if doc[k].lower_ not in {"is", "was", "bestaat", "bestond", "leeft", "leefde", "heerst", "heerste"}:
            continue
        k += 1
        while k < hi and doc[k].lower_ in {"ook", "nog", "wel", "alom", "breed", "nu", "dan"}:
            k += 1
        if k + 2 >= hi or doc[k].lower_ != "dat":
            continue
        cs, ce = strip_span(text, *_chars(doc, k + 1, _content_end(doc, k + 1, hi)), _STRIP)
        if ce - cs >= 10:
            yield Candidate("indirect", cs, ce, f"held:{doc[i].lower_}", 0.5, cue=_chars(doc, i - 1, k))
        return


#: nouns for a line of thought named after it is given: "..., is de uitleg van X"
_TRAILING_THOUGHTS = {"idee", "gedachte", "redenering", "redenatie", "houding", "teneur", "strekking", "uitleg",
                      "boodschap", "conclusie", "conclusies", "analyse", "mening", "standpunt", "oordeel",
                      "argument", "verklaring", "overtuiging",
                      # advice, blame and calls named after they are given: "..., luidt het advies van X"
                      "advies", "kritiek", "verwijt", "waarschuwing", "oproep", "devies", "eis"}
#: ... and those for what is held or agreed without a holder: "..., is de verwachting"
_TRAILING_HELD = _HELD_BELIEFS | {"afspraak"}


def trailing_noun(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"Het wordt voorlopig niks met de rente, is de algemene verwachting.", "..., is de uitleg
    van de gemeente.", "..., is een van de conclusies van het onderzoek.": the clause before the
    comma is a belief or a claim that a noun after it names (with its source after "van")."""
    for c in range(lo + 3, hi - 2):
        if doc[c].text != "," or doc[c + 1].lower_ not in {"is", "was", "luidt", "luidde"}:
            continue
        if _in_any(doc[lo].idx, quoted) or _in_any(doc[c].idx, quoted):
            return
        k = c + 2
        if doc[k:k + 3].text.lower() == "een van de":
            k += 3
        elif doc[k].lower_ in {"de", "het"}:
            k += 1
        else:
            return
        if k < hi and has_pos(doc) and doc[k].pos_ == "ADJ":
            k += 1  # "de algemene verwachting"
        if k >= hi or doc[k].lower_ not in _TRAILING_THOUGHTS | _TRAILING_HELD:
            return
        noun, k = k, k + 1
        np = None
        if k < hi and doc[k].lower_ == "van":
            np = np_after(doc, k + 1, hi)
            if np is None:
                return
            k = np[1]
        while k < hi and doc[k].is_punct:
            k += 1
        if k < hi:
            return  # the sentence goes on: "..., is de boodschap die X uitdraagt"
        cs, ce = strip_span(text, *_chars(doc, lo, c), _STRIP)
        if ce - cs < 10:
            return
        cue = _chars(doc, c + 1, noun + 1)
        if np is not None:
            yield Candidate("indirect", cs, ce, f"trailing-noun:{doc[noun].lower_}", 0.5, cue=cue, mention=_mention(doc, np))
        elif doc[noun].lower_ in _TRAILING_HELD:
            yield Candidate("indirect", cs, ce, f"trailing-noun:{doc[noun].lower_}", 0.45, cue=cue)
        # ("..., is het idee" alone: whose idea is often not the one just spoken of; left out)
        return


def observation(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"De inspectie ziet dat leerlingen achterblijven", "Tegelijk ziet X steeds vaker dat ...":
    what a source observes, put as its finding (a named or described source, not "je", "we")."""
    if not has_parse(doc):
        return
    for i in range(lo, hi - 2):
        t = doc[i]
        if t.lower_ not in _ZIEN or t.pos_ != "VERB" or _in_any(t.idx, quoted) or not cue_ok(i) \
                or (i > lo and doc[i - 1].lower_ in {"te", "laat", "liet", "lieten", "laten"}):
            continue
        comp = next((k for k in range(i + 1, min(hi - 1, i + 8)) if doc[k].lower_ == "dat"), None)
        if comp is None or any(doc[k].is_punct or (doc[k].dep_ == "obj" and doc[k].pos_ == "NOUN")
                               for k in range(i + 1, comp)):
            continue  # ("zien het probleem niet dat ...": a relative clause on what is (not) seen)
        end = _content_end(doc, comp + 1, hi)
        if not any(doc[k].pos_ in {"NOUN", "PROPN", "PRON", "NUM", "DET"} for k in range(comp + 1, end)):
            continue  # "zien dat nog wel gebeuren", "zien dat snel in": "dat" is what they see, no clause
        cue = Cue(i, "zien", "belief", "finite")
        np = _subject(doc, i, lo, hi, comp, cue)
        # a pronoun may be anyone's eyes ("je ziet dat ...", "hij zag dat de deur openstond"); only a
        # third person in the present tense, "Hij ziet ook dat ...", is a source's view as told now
        pron = np is not None and doc[np[0]].lower_ in PRONOUNS
        if np is None or not is_source_np(doc, *np) or doc[np[0]].lower_ in _GENERIC or (
                pron and not (np[1] - np[0] == 1 and doc[np[0]].lower_ in {"hij", "zij", "ze"}
                              and t.lower_ in {"ziet", "zien"})):
            continue
        cs, ce = strip_span(text, *_chars(doc, comp + 1, end), _STRIP)
        if ce - cs >= 10:
            yield Candidate("indirect", cs, ce, "observation", 0.5,
                            cue=_chars(doc, i, i + 1), mention=_mention(doc, np))
        return


def as_stated(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"De rechter moet beoordelen of A, zoals het OM stelt.": the clause before ", zoals X
    <cue>" at the end of the sentence is what X says."""
    for k in range(lo + 2, hi - 3):
        if doc[k].text != "," or doc[k + 1].lower_ != "zoals" or _in_any(doc[k].idx, quoted):
            continue
        b = k + 2 + (doc[k + 2].lower_ in {"ook", "al"})
        if b + 2 < hi and doc[b].lower_ in {"blijkt", "bleek"} and doc[b + 1].lower_ == "uit" and cue_ok(b):
            # ", zoals blijkt uit het onderzoek van X.": the study found what comes before
            np = np_after(doc, b + 2, hi)
            if np is not None and (np[1] >= hi or doc[np[1]].is_punct) and is_source_np(doc, *np):
                yield from _as_stated_record(doc, text, lo, k, quoted, Cue(b, "blijken", "finding", "finite", (b + 1,)), np)
            return
        np = np_after(doc, k + 2, hi)
        if np is None or np[1] >= hi or not is_source_np(doc, *np) or doc[np[0]].lower_ in _GENERIC:
            continue
        v = np[1] + (1 if np[1] + 1 < hi and doc[np[1]].lower_ in {"al", "ook", "eerder", "terecht"} else 0)
        if v + 2 < hi and (doc[v].lower_, doc[v + 1].lower_) in {("ten", "onrechte"), ("met", "recht")}:
            v += 2  # "zoals X ten onrechte suggereerde": the writer's verdict on what X said
        # "zoals X het noemt / dat omschrijft": the object pronoun stands for the clause before
        named = v + 1 < hi and doc[v].lower_ in {"het", "dat"}
        v += named
        cue = cue_at(doc, v, hi, lo=lo, after_quote=named) if v < hi and cue_ok(v) else None
        if cue is None or cue.cls not in {"speech", "belief", "finding"} | ({"naming"} if named else set()) \
                or cue.kind != "finite":
            continue
        end = v + 1
        if end < hi and not doc[end].is_punct:
            continue  # only a cue that closes the sentence ("zoals X stelt."), not "zoals X stelt dat ..."
        yield from _as_stated_record(doc, text, lo, k, quoted, cue, np)
        return


def _as_stated_record(doc, text, lo: int, k: int, quoted, cue, np) -> Iterator[Candidate]:
    """The claim before ", zoals ..." at token k."""
    c_lo = _content_start(doc, lo, k)
    # "moet beoordelen of A, zoals X stelt": what X states is A, not the weighing of it
    comp = [x for x in range(c_lo, k) if doc[x].lower_ in {"dat", "of"} and doc[x].dep_ == "mark"]
    if comp and comp[-1] + 2 < k:
        c_lo = comp[-1] + 1
    cs, ce = strip_span(text, *_chars(doc, c_lo, k), _STRIP)
    if ce - cs >= 10 and not any(a - 1 <= cs and ce <= b + 1 for a, b in quoted):
        yield Candidate("indirect", cs, ce, f"as-stated:{cue.lemma}", 0.6,
                        cue=cue_text_span(doc, cue), mention=_mention(doc, np))


def document_says(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"In het rapport staat dat ...", "In de brief schrijft X dat ..." (the latter is a
    complement clause): the document as the source. "Daarin staat dat ..." points back to the
    document named in the sentence before, "een brief waarin staat dat ..." to the noun before."""
    if hi - lo >= 4 and doc[lo].lower_ in {"daarin", "hierin"} and doc[lo + 1].lower_ in {"staat", "stond"} \
            and (doc[lo + 2].lower_ == "dat" or (doc[lo + 2].text == ":" and not _in_any(doc[lo + 3].idx, quoted)
                                                 and any(doc[x].pos_ in {"VERB", "AUX"} for x in range(lo + 3, hi)))):
        # (also "Daarin staat: ...", a clause after the colon)
        yield from _document_clause(doc, text, lo + 1, lo + 2, hi, _previous_source_np(doc, lo))
        return
    rel = next((k for k in range(lo, hi - 3) if doc[k].lower_ == "waarin" and doc[k + 1].lower_ in {"staat", "stond"}
                and doc[k + 2].lower_ == "dat"), None)
    if rel is not None:
        yield from _document_clause(doc, text, rel + 1, rel + 2, hi, _antecedent_np(doc, rel))
        return
    if hi - lo < 5 or doc[lo].lower_ != "in":
        return
    for v in range(lo + 2, min(hi, lo + 10)):
        if doc[v].lower_ in {"staat", "stond", "staan", "stonden"}:
            k = next((x for x in range(v + 1, min(hi, v + 4)) if doc[x].lower_ == "dat"), None)
            if k is None:
                return
            np = np_after(doc, lo + 1, v)
            if np is None:
                return
            cs, ce = strip_span(text, *_chars(doc, k + 1, _content_end(doc, k + 1, hi)), _STRIP)
            if ce - cs >= 3:
                yield Candidate("indirect", cs, ce, "document", 0.65,
                                cue=_chars(doc, v, v + 1), mention=_mention(doc, np))
            return
        if doc[v].lower_ in {"wordt", "werd", "worden", "werden"}:
            # "In de brief wordt benadrukt dat ...": a passive speech verb, the document as the source
            part = next((x for x in range(v + 1, min(hi, v + 4)) if (c := cue_at(doc, x, hi, lo=lo)) is not None
                         and c.kind in {"participle", "finite"} and c.cls in {"speech", "finding"}), None)
            if part is None or part + 1 >= hi or doc[part + 1].lower_ != "dat" or _in_any(doc[part].idx, quoted):
                return
            np = np_after(doc, lo + 1, v)
            head = next((doc[x].lower_ for x in range(*np) if doc[x].pos_ == "NOUN"), None) if np else None
            if head not in SOURCE_NOUNS | {"klacht", "aanklacht", "stuk", "memo", "mail", "e-mail", "notitie",
                                           "dagvaarding", "uitspraak", "motie", "petitie"}:
                return  # "In de loop van de dag werd gemeld ...": no document
            cs, ce = strip_span(text, *_chars(doc, part + 2, _content_end(doc, part + 2, hi)), _STRIP)
            if ce - cs >= 3:
                yield Candidate("indirect", cs, ce, "document", 0.6,
                                cue=_chars(doc, part, part + 1), mention=_mention(doc, np))
            return


def _document_clause(doc, text, v: int, comp: int, hi: int, np) -> Iterator[Candidate]:
    """The clause after "staat dat" at ``comp``, said by the document ``np`` (none: no record)."""
    if np is None or not is_source_np(doc, *np, strict=False):
        return
    cs, ce = strip_span(text, *_chars(doc, comp + 1, _content_end(doc, comp + 1, hi)), _STRIP)
    if ce - cs >= 3:
        yield Candidate("indirect", cs, ce, "document", 0.65, cue=_chars(doc, v, v + 1), mention=_mention(doc, np))


#: "Daarvoor waarschuwt de AIVD.": a pronominal adverb that stands for the sentence before,
#: with the verbs whose prepositional object it is
_POINTING_ADVERBS = {"daarvoor": {"waarschuwen", "pleiten"}, "daarop": {"wijzen", "aandringen"},
                     "daartoe": {"oproepen"}}


def demonstrative_cue(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"Dat zegt X." / "Dat concludeert X in ..." / "Dat blijkt uit onderzoek van X.":
    the content is the sentence before (filled in by the caller)."""
    if hi - lo < 3:
        return
    if lo + 3 < hi and doc[lo].lower_ in {"tenminste", "althans", "kortom"} and doc[lo + 1].text == "," \
            and doc[lo + 2].lower_ in {"dat", "dit", "zo"}:
        lo += 2  # "Tenminste, dat stellen onderzoekers van X": a hedge before the pointer
    pointer = doc[lo].lower_ in _POINTING_ADVERBS
    if doc[lo].lower_ not in {"dat", "dit", "zo"} and not pointer:
        # "Minister X laat dat weten aan de Kamer", "De politie bevestigt dat.": the object points back
        for v in range(lo + 1, min(hi - 1, lo + 10)):
            cue = cue_at(doc, v, hi, lo=lo)
            if cue is None or cue.cls not in {"speech", "finding"} or _in_any(doc[v].idx, quoted):
                continue
            obj = v + 1
            if obj < hi and doc[obj].lower_ in {"dat", "dit"} and (obj + 1 >= hi or doc[obj + 1].is_punct
                                                                 or doc[obj + 1].lower_ in {"weten", "zien", "aan", "ook", "tegen"} | set(cue.extra and [doc[cue.extra[0]].lower_] or [])):
                np = np_before(doc, v, lo)
                if np and is_source_np(doc, *np):
                    yield Candidate("indirect", -1, -1, f"demonstrative:{cue.lemma}", 0.7,
                                    cue=cue_text_span(doc, cue), mention=_mention(doc, np), target_prev_sentence=True)
            return
        return
    v = lo + 1
    if _in_any(doc[v].idx, quoted):
        return
    cue = cue_at(doc, v, hi, lo=lo)
    np = None
    if pointer and (cue is None or cue.lemma not in _POINTING_ADVERBS[doc[lo].lower_]):
        return  # "Daarvoor waarschuwt X" points back; "Daarvoor zegt X ..." does not
    if cue is not None and cue.cls in {"speech", "belief", "finding"}:
        if cue.lemma == "blijken":
            np = _uit_np(doc, lo, v, hi)
        else:
            skip = v + 1  # "Dat vinden ook de buren.", "Dat meldde vandaag de regering."
            while skip < min(hi, v + 4) and (doc[skip].lower_ in {"ook", "zelfs"} or doc[skip].lower_ in _WHEN_ADVERBS):
                skip += 1
            np = np_after(doc, skip, hi)
            if np and doc[np[0]].lower_ in {"ook", "niet"}:
                np = None
            if np and doc[lo].lower_ == "zo" and not _trailing_tail_ok(doc, np[1], hi, cue):
                np = None  # "Zo bepleitte hij een hogere belasting": an example, not "Zo zegt hij.
    elif doc[v].lower_ in {"is", "was", "luidt", "luidde"} and v + 4 < hi \
            and doc[v + 2].lower_ in _CONCLUSION_NOUNS | {"vonnis", "uitspraak"} \
            and (doc[v + 3].lower_ == "van" or (doc[v + 3].lower_ in {"die", "dat"} and doc[v + 1].lower_ in {"de", "het"})):
        # "Dat is de conclusie van X", "Dit is de verwachting van X", "Zo luidt het vonnis van X";
        # "Zo luidt de conclusie die X trok": the subject of the relative clause
        np = np_after(doc, v + 4, hi)
        if np and doc[v + 3].lower_ in {"die", "dat"} and doc[np[0]].pos_ in {"PRON", "ADV"}:
            np = None
        cue = Cue(v + 2, doc[v + 2].lower_, "finding", "word")
    elif doc[v].lower_ in {"staat", "stond", "staan", "stonden"} and v + 2 < hi and doc[v + 1].lower_ == "in":
        np = np_after(doc, v + 2, hi)
        cue = Cue(v, "staan", "finding", "finite")
    elif doc[v].lower_ in {"heeft", "hebben", "had", "hadden"}:
        np = np_after(doc, v + 1, hi)
        if np:
            for k in range(np[1], hi):
                c = cue_at(doc, k, hi, lo=lo)
                if c is not None and c.kind in {"participle", "infinitive", "finite"} and c.cls in {"speech", "finding", "belief"} \
                        and (c.kind == "participle" or c.lemma in {"laten weten", "laten zien"}):
                    cue = c
                    break
                if doc[k].lower_ in _FOUND_PARTICIPLES and (k + 1 >= hi or doc[k + 1].is_punct):
                    # "Dat hebben twee studenten uit Assen uitgezocht": a finding, though
                    # "onderzoeken" reports nothing elsewhere ("X onderzoekt de zaak")
                    cue = Cue(k, _FOUND_PARTICIPLES[doc[k].lower_], "finding", "participle")
                    break
    # "Dat heeft <any noun phrase> bekendgemaakt": the participle makes the subject a source; so
    # does "blijkt uit" what it follows from ("Dat blijkt uit de uitslag"), but for a fact
    if cue is None or np is None:
        return
    strict = not ((cue.cls == "speech" and cue.kind == "participle")
                  or (cue.lemma == "blijken" and doc[np[1] - 1].lower_ not in {"feit", "feiten"}))
    if not is_source_np(doc, *np, strict=strict):
        return
    if np[1] + 1 < hi and doc[np[1]].lower_ == "en":
        more = np_after(doc, np[1] + 1, hi)
        if more is not None and is_source_np(doc, *more):
            np = (np[0], more[1])  # "Dat melden de AIVD en de NCTV"
    yield Candidate("indirect", -1, -1, f"demonstrative:{cue.lemma}", 0.75,
                    cue=cue_text_span(doc, cue), mention=_mention(doc, np), target_prev_sentence=True)


#: adverbs of time between a cue and its inverted subject ("Dat meldde gisteren de politie.")
_WHEN_ADVERBS = {"vandaag", "gisteren", "gisteravond", "gistermiddag", "gisterochtend", "vanochtend", "vanmiddag",
                 "vanavond", "eerder", "onlangs", "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                 "zaterdag", "dinsdagavond", "maandagavond", "woensdagavond", "donderdagavond", "vrijdagavond",
                 "zaterdagavond", "zondagavond", "vanmorgen", "later", "destijds"}


#: participles of finding out that report what was found when "dat" points back at it
_FOUND_PARTICIPLES = {"onderzocht": "onderzoeken", "uitgezocht": "uitzoeken", "uitgerekend": "uitrekenen",
                      "nagerekend": "narekenen", "geteld": "tellen", "nageteld": "natellen", "gemeten": "meten",
                      "nagevraagd": "navragen", "geïnventariseerd": "inventariseren", "gepeild": "peilen",
                      "geturfd": "turven"}


def belief_adjective(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"X is bang dat ...", "X is ervan overtuigd dat ...", "X is van mening dat ..."."""
    for i in range(lo, hi - 2):
        if doc[i].lower_ not in BELIEF_ADJECTIVES or _in_any(doc[i].idx, quoted):
            continue
        cop = next((k for k in range(max(lo, i - 4), i) if doc[k].lower_ in _COPULAS), None)
        comp = next((k for k in range(i + 1, min(hi, i + 4)) if doc[k].lower_ in {"dat", "of"}), None)
        if i > lo and doc[i - 1].lower_ in {"niet", "nooit", "allerminst"}:
            continue  # "De man was niet blij dat ...": a negated feeling claims nothing
        if cop is None and comp is not None:
            # a subordinate clause puts the copula after the adjective: "die blij zijn dat ..."
            cop = next((k for k in range(i + 1, comp) if doc[k].lower_ in _COPULAS), None)
        if cop is None or comp is None or comp + 1 >= hi:
            continue
        cl = _clause_start(doc, min(cop, i), lo)
        np = _relative_antecedent(doc, cl, min(cop, i), lo) if cop > i else None
        if np is None:
            np = np_before(doc, min(cop, i), cl) if cop > i else np_before(doc, cop, cl)
        if (np is None or not is_source_np(doc, *np)) and cop < i:
            np = np_after(doc, cop + 1, i)
        if np is None or not is_source_np(doc, *np):
            continue
        c_hi = _content_end(doc, comp + 1, hi)
        if cop > i:  # a subordinate or relative clause ends at its comma
            c_hi = next((k for k in range(comp + 2, c_hi) if doc[k].text == ","), c_hi)
        cs, ce = strip_span(text, *_chars(doc, comp + 1, c_hi), _STRIP)
        if ce - cs >= 3:
            yield Candidate("indirect", cs, ce, "belief-adjective", 0.7,
                            cue=_chars(doc, i, i + 1), mention=_mention(doc, np))


def agreement(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"X is het (niet) eens met C", "X en Y zijn het roerend eens: C": a source's position as
    its (dis)agreement."""
    for i in range(lo + 2, hi - 2):
        if doc[i].lower_ != "eens" or doc[i - 1].lower_ in {"nog", "weer", "ooit", "keer"} or _in_any(doc[i].idx, quoted):
            continue  # (not "nog eens", "weer eens": once more)
        het = next((k for k in range(max(lo, i - 5), i) if doc[k].lower_ == "het"), None)
        cop = next((k for k in range(max(lo, i - 7), het) if doc[k].lower_ in _COPULAS), None) if het else None
        if cop is None or not cue_ok(i):
            continue
        if doc[i + 1].lower_ not in {"met", "over", "dat", ":"}:
            continue
        c_lo = i + 2
        np = np_before(doc, cop, _clause_start(doc, cop, lo)) if cop > lo else None
        if np is None or np[1] != cop:
            np = np_after(doc, cop + 1, het)  # "Daarover zijn de partijen het eens"
        if np is None or not is_source_np(doc, *np) or doc[np[0]].lower_ in _GENERIC | {"ik", "we", "wij"}:
            continue
        c_hi = _content_end(doc, c_lo, hi)
        cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
        if ce - cs >= 6:
            yield Candidate("indirect", cs, ce, "agreement", 0.55, cue=_chars(doc, i, i + 1), mention=_mention(doc, np))
        return


_HEBBEN = {"heeft", "had", "hebben", "hadden", "heb", "hebt"}


def _talked_about(doc, i: int, hi: int) -> Optional[Cue]:
    """"had het (vaak) over ...": "het hebben over" read as "spreken over", which names what it
    talks about only in quoted words right after "over" (checked in ``naming``)."""
    if doc[i].lower_ not in _HEBBEN:
        return None
    het = next((k for k in range(i + 1, min(hi, i + 4)) if doc[k].lower_ == "het"), None)
    if het is None:
        return None
    over = next((k for k in range(het + 1, min(hi, het + 4)) if doc[k].lower_ == "over"), None)
    if over is None or any(doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX", "NOUN"} for k in range(het + 1, over)):
        return None
    return Cue(i, "spreken", "naming", "finite", (over,))


def _paired_dash(doc, k: int, lo: int, hi: int) -> bool:
    """Whether the dash at k is one of a pair around an aside, with words after the second:
    "noemde X - een van de grootste vervuilers - van groot belang"."""
    dashes = [x for x in range(lo, hi) if doc[x].text in {"-", "–", "—"}]
    if len(dashes) != 2 or k not in dashes or dashes[1] - dashes[0] < 2:
        return False
    return dashes[1] + 1 < hi and not doc[dashes[1] + 1].is_punct


def naming(doc, text, lo: int, hi: int, quoted, cue_ok, fragments=()) -> Iterator[Candidate]:
    """"X spreekt van een ramp", "X noemt het plan 'onhaalbaar'" (mixed when quoted)."""
    for i in range(lo, hi - 1):
        if _in_any(doc[i].idx, quoted) or not cue_ok(i):
            continue
        cue = cue_at(doc, i, hi, lo=lo, after_quote=True) or _talked_about(doc, i, hi)
        if cue is None or cue.cls in {"volgens", "aldus"} or cue.lemma in QUOTE_ONLY_LEMMAS | {"komen"} \
                or (i > lo and doc[i - 1].lower_ == "te" and cue.lemma == "vinden"):
            continue  # ("komt naar voren" reports only with a dat-clause; "te vinden" is "to be found")
        if has_pos(doc) and doc[i].pos_ == "ADJ" and ((i > lo and doc[i - 1].pos_ == "DET")
                                                      or (i + 1 < hi and doc[i + 1].pos_ in {"NOUN", "ADJ"})):
            continue  # "het bekende theaterstuk", "twee bekende criminelen": an adjective, not "bekennen"
        if cue.lemma == "blijken":
            continue  # "X bleek ... 'bewerkt' te hebben": a finding about X, not X's words
        if cue.lemma == "spreken" and i > lo and doc[i - 1].lower_ in {"te", "normaal", "van", "gerust"}:
            continue  # "niet te spreken over" (displeased), "normaal gesproken", "recht van spreken"
        if cue.kind == "participle" and (
                (i + 2 < hi and doc[i + 1].lower_ == "te" and doc[i + 2].lower_ in {"worden", "zijn"})
                or any(doc[k].lower_ in {"wordt", "werd", "worden", "werden"} for k in range(max(lo, i - 6), i))):
            continue  # "om genoemd te worden in ...", "werd ... genoemd": passive, nobody named it
        c_lo = (cue.extra[0] + 1) if cue.extra else i + 1
        frag = [q for q in fragments if doc[i].idx < q.start < doc[hi - 1].idx + 1 and not _is_title(text, q)]
        if cue.cls != "naming":
            # "schrijft X in het 'dreigingsbeeld' van februari": the document it was written in
            frag = [q for q in frag if not _IN_DOCUMENT.search(text, max(0, q.start - 20), q.start)]
        if cue.cls != "naming" and not frag:
            continue  # other verbs with a plain object are handled as complements or not at all
        if cue.lemma == "spreken" and cue.extra and doc[cue.extra[0]].lower_ == "over":
            # "sprak over een 'historische zege'": talking about something names it only in the
            # quoted words right after "over" (not "sprak zijn woorden over de man: '...'")
            near = doc[min(hi - 1, cue.extra[0] + 3)]
            if not any(doc[cue.extra[0]].idx < q.start <= near.idx for q in frag):
                continue
        if cue.cls != "naming" and cue.lemma in NOT_FRAGMENT_LEMMAS:
            continue  # "overweegt ... 'ultra's' ...", "onthulde het logo van 'Waardig ouder worden'":
            # the quoted words are no part of what the verb reports
        if cue.cls != "naming":
            # the fragment must belong to this verb's clause, not to a later one (", maar volgens hem ...")
            q0 = frag[0].start
            if any(doc[k].text in {";", ":"} or doc[k].lower_ in {"volgens", "maar", "aldus"}
                   for k in range(i + 1, hi) if doc[k].idx < q0):
                continue
        if cue.lemma == "noemen":
            rel = _named_in_relative(doc, i, lo, hi)
            if rel is not None:
                (cs, ce), np = strip_span(text, *_chars(doc, rel[0] + 1, i), _STRIP), rel[1]
                if ce - cs >= 3 and is_source_np(doc, *np, strict=False):
                    inner = any(cs <= q.start < ce for q in fragments)
                    yield Candidate("mixed" if inner else "indirect", cs, ce, "naming:relative", 0.6,
                                    cue=cue_text_span(doc, cue), mention=_mention(doc, np))
                continue
        if cue.lemma == "noemen" and i - 1 > lo and doc[i - 1].text == "," and _fronted_name(doc, lo, i - 1, cue):
            continue  # "Een kermis, noemt X die drukte": what it is called came first (a trailing cue)
        if cue.lemma == "noemen" and not frag and not _called_it(doc, i, hi) and not _named_as(doc, i, hi) \
                and not _called_two(doc, i, hi):
            continue  # "noemt drie voorbeelden": only with a quoted or adjectival qualification ("noemt het onzin")
        np = _subject(doc, i, lo, hi, hi, cue)
        if np is None or doc[np[0]].lower_ in {"dat", "of", "ik", "wij", "we"} | _GENERIC \
                or (np[1] - np[0] == 1 and doc[np[0]].lower_ in {"iemand", "niemand"}) \
                or not is_source_np(doc, *np, strict=cue.lemma in _EVIDENCE_VERBS):
            continue  # ("Niemand zei dat Nederland ...": the subject of the dat-clause is nobody's source;
            # "Ik sprak een leraar van groep 7": the writer, and a meeting, not a naming)
        if np[0] > i and cue.lemma == "spreken":
            # "Andersom spreken moslims van een beleg", "spreekt de burgemeester van een ramp": "van"
            # belongs to the cue, not to the subject ("de burgemeester van Utrecht" keeps its affiliation)
            cut = next((k for k in range(np[0] + 1, np[1] - 1) if doc[k].lower_ == "van" and doc[k + 1].text.islower()
                        and (doc[k + 1].lower_ == "een" or doc[np[0]].pos_ == "NOUN")), None)
            if cut is not None:
                np = (np[0], cut)
                c_lo = max(c_lo, cut + 1)
        if np[0] > i:
            after = np_after(doc, i + 1, hi)  # the whole inverted subject, with its affiliation
            if cue.lemma == "spreken" and after and after[0] == np[0] and doc[np[1]].lower_ == "van":
                after = np  # (not past the "van" that was cut off above)
            c_lo = max(c_lo, np[1], after[1] if after and after[0] == np[0] else 0)
        c_hi = _content_end(doc, c_lo, hi)
        if has_pos(doc):
            # "noemde het een gemiste kans, zeker na de brand kwam ...": what it is called
            # ends where a new main clause follows a comma
            c_hi = next((k for k in range(c_lo + 2, c_hi) if doc[k].text == "," and _main_clause_after(doc, k + 1, c_hi)
                         and not any(_in_any(doc[x].idx, quoted) or doc[x].text in _QUOTE_CHARS for x in range(k, c_hi))),
                        c_hi)
            # "noemt zich vrijzinnig, een stroming die ...", "noemt het een 'ongelukje' - al ...": an
            # apposition on what it is called, or an aside after a dash, is the writer's
            c_hi = next((k for k in range(c_lo + 2, c_hi) if not any(_in_any(doc[x].idx, quoted) for x in range(c_lo, k))
                         and ((doc[k].text in {"-", "–", "—"} and not _paired_dash(doc, k, c_lo, c_hi))
                              or (cue.lemma == "noemen" and doc[k].text == "," and k + 2 < c_hi
                                                                  and doc[k + 1].lower_ in {"een", "de", "het"}
                                                                  and doc[k + 2].pos_ in {"NOUN", "ADJ"}))), c_hi)
            if cue.cls == "speech" and frag:
                # "De buren riepen 'wat een herrie' en gingen naar binnen": a second verb of the same
                # subject after the quoted words ends what was said
                c_hi = next((k for k in range(c_lo + 1, c_hi - 1) if doc[k].lower_ in {"en", "maar"}
                             and doc[k - 1].text in _QUOTE_CHARS and not _in_any(doc[k].idx, quoted)
                             and doc[k + 1].pos_ in {"VERB", "AUX"} and "Fin" in doc[k + 1].morph.get("VerbForm")), c_hi)
        if c_hi <= c_lo:
            continue
        cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
        inside = [q for q in frag if cs <= q.start and q.end <= ce + 1]
        if cue.cls == "speech" and inside and inside[0].start == cs and re.fullmatch(
                r"(?:\s*(?:,|en|of)?\s*)*", re.sub("|".join(re.escape(text[q.start:q.end]) for q in inside), "",
                                                   text[cs:max(ce, inside[-1].end)])):
            # "zeggen ze 'dat wist ik niet' en 'sorry'": nothing but quotations after the verb, each
            # one the source's own words
            for q in inside:
                yield Candidate("direct", q.cstart, q.cend, f"naming-quote:{cue.lemma}", 0.65,
                                cue=cue_text_span(doc, cue), mention=_mention(doc, np))
            continue
        if ce - cs >= 3:
            yield Candidate("mixed" if frag else "indirect", cs, ce, f"naming:{cue.lemma}", 0.65,
                            cue=cue_text_span(doc, cue), mention=_mention(doc, np))


def _called_it(doc, i: int, hi: int) -> bool:
    """"noemt het onzin", "noemt het zelf een gezellig programma", "noemt (hij) zich een echte
    Brabander": "het" or a reflexive, then what it is called."""
    k = i + 1
    if k < hi and doc[k].lower_ in {"hij", "zij", "ze"}:
        k += 1  # (an inverted pronoun subject)
    if k >= hi or doc[k].lower_ not in {"het", "dat", "dit", "zich"}:
        return False
    reflexive = doc[k].lower_ == "zich"
    k += 1
    while k < hi and doc[k].lower_ in {"zelf", "ook", "nog", "wel", "liever", "graag", "zelfs"}:
        k += 1
    if k >= hi or not has_pos(doc):
        return False
    if reflexive:  # (the tagger often takes the noun after "zich" for a verb)
        return not doc[k].is_punct and doc[k].pos_ not in {"ADP", "SCONJ", "CCONJ", "AUX", "PRON"}
    return doc[k].pos_ in {"ADJ", "NOUN", "DET", "PROPN"}


def _called_two(doc, i: int, hi: int) -> bool:
    """"noemt het schrappen van de talkshow een verstandig besluit", "noemt de oppositie het obstakel":
    two noun phrases after the verb (and an inverted subject), the second what the first is called."""
    if not has_pos(doc):
        return False
    starts = [i + 1]
    subj = np_after(doc, i + 1, hi)
    if subj is not None and subj[0] == i + 1 and subj[1] < hi \
            and doc[subj[1]].lower_ in {"het", "de", "een", "dat", "dit", "deze"} | _CALLED_OBJECTS:
        starts.append(subj[1])  # "noemt de loodgieter het ingrijpen een reflex": past an inverted subject
    return any(_two_phrases_from(doc, k, hi) for k in starts)


def _two_phrases_from(doc, k: int, hi: int) -> bool:
    """Whether a noun phrase opens at k and a second one, with a determiner of its own, follows it
    before the clause ends."""
    while k < hi and doc[k].lower_ in _CALLED_ADVERBS:
        k += 1
    if k >= hi or not (doc[k].pos_ in {"DET", "NOUN", "PROPN"} or doc[k].lower_ in _CALLED_OBJECTS):
        return False

    def nominal(y: int) -> bool:  # (a verb after a determiner is a noun: "het stoppen", "een verstandige zet")
        return doc[y].pos_ in {"NOUN", "PROPN"} or (doc[y].pos_ == "VERB" and doc[y - 1].pos_ in {"DET", "ADJ"})

    def clause_end(y: int) -> bool:
        return doc[y].is_punct or doc[y].pos_ in {"AUX", "SCONJ"} or (doc[y].pos_ == "VERB" and not nominal(y))

    for x in range(k + 1, hi):
        if clause_end(x):
            return False
        # a second determiner after a noun (not inside "van de ..."): what the first is called
        if doc[x].lower_ in {"een", "de", "het"} and x - 1 > k and x + 1 < hi and not doc[x + 1].text[:1].isupper() and (
                nominal(x - 1) or doc[x - 1].lower_ in _CALLED_OBJECTS | _CALLED_ADVERBS):  # (not "Hugo de Jonge")
            end = next((y for y in range(x + 1, hi) if clause_end(y)), hi)
            return any(nominal(y) for y in range(x + 1, end))
    return False


#: object pronouns before what they are called ("noemt hem een held")
_CALLED_OBJECTS = {"hem", "haar", "hen", "zichzelf", "elkaar"}
#: adverbs before what something is called ("eerder een impulsactie", "zelfs een schande")
_CALLED_ADVERBS = {"eerder", "zelfs", "ook", "nog", "wel", "vooral", "zelf", "liever", "gewoon"}


def _named_in_relative(doc, i: int, lo: int, hi: int) -> Optional[tuple[int, tuple[int, int]]]:
    """"..., Jansen, die zijn baan 'mijn alles' noemt, ...": a relative clause whose verb comes
    last, after what is called something; returns the relative pronoun and its antecedent."""
    if not has_parse(doc) or doc[i].dep_ != "acl:relcl" or not (i + 1 < hi and doc[i + 1].is_punct
                                                                  and doc[i + 1].text not in _QUOTE_CHARS):
        return None
    rel = next((k for k in range(i - 1, lo, -1) if doc[k].lower_ in {"die", "dat"} and doc[k].head.i == i
                and doc[k].dep_ == "nsubj"), None)
    if rel is None or doc[rel - 1].text != "," or i - rel < 3:
        return None
    # what it is called closes the clause: a quoted phrase or the parse's predicate right before the verb
    last = i - 1
    if not (doc[last].text in _QUOTE_CHARS or doc[last].dep_ == "xcomp" or doc[last].pos_ == "ADJ"):
        return None
    head = doc[i].head
    start = min([t.i for t in head.subtree if t.i < rel] or [head.i])
    while start < head.i and doc[start].pos_ == "ADP":
        start += 1  # "het vertrek van Jansen, die ...": Jansen, not "van Jansen"
    return rel, (start, rel - 1)


def _named_as(doc, i: int, hi: int) -> bool:
    """"De minister noemt de kritiek volkomen misplaatst": an object, then what it is called
    (an adjective or participle in the parse's xcomp), closing the clause."""
    if not has_parse(doc):
        return False
    kids = list(doc[i].children)
    pred = [k for k in kids if k.dep_ == "xcomp" and k.i < hi and k.pos_ in {"ADJ", "VERB", "NOUN"}]  # (participles: either tag)
    # the object hangs on the verb, or on the predicate ("noemde de samenleving recent mislukt")
    obj = [k for k in kids + (list(pred[0].children) if pred else []) if k.dep_ == "obj" and k.i > i]
    if not pred and len(obj) == 2 and obj[1].pos_ == "NOUN" and i < obj[1].i < hi \
            and doc[obj[1].left_edge.i].lower_ in {"een", "de", "het"}:
        # "noemt het sluiten van de school een verstandige keuze": the parse gives both noun
        # phrases as objects; the second, indefinite one is what the first is called
        pred, obj = [obj[1]], [obj[0]]
    if not (obj and pred and pred[0].i > obj[0].i):
        return False
    # the predicate closes the clause, with what is coordinated to it ("niet alleen kansloos, maar ook ...")
    tail = {x.i for x in pred[0].subtree}
    for x in range(pred[0].i + 1, hi):
        if not (doc[x].is_punct or x in tail):
            if doc[x].lower_ in {"dan", "als"} and x - 1 in tail \
                    and not any(doc[y].pos_ in {"VERB", "AUX"} for y in range(x + 1, hi)):
                return True  # "noemt het eerder een reflex dan een heldendaad": a comparison closes it
            # "noemt X kansloos, maar acht het ook schadelijk": a clause of its own, coordinated to the verb
            return doc[x - 1].text == "," and doc[x].dep_ == "cc" and doc[x].head.dep_ == "conj" \
                and doc[x].head.head.i == i
    return True


#: a quoted word right after "in het", "op de", ...: where something was said, not what
_IN_DOCUMENT = re.compile(r"\b(?:in|op|uit|via)\s+(?:het|de|een|zijn|haar|hun)\s*$", re.I)


def _is_title(text: str, q) -> bool:
    """A quotation right after a noun for a work or campaign is its title ("het boek 'X'")."""
    m = re.search(r"([\w-]+)\s*$", text[max(0, q.start - 30):q.start])
    return bool(m) and m.group(1).lower().rsplit("-", 1)[-1] in TITLE_NOUNS


def own_account(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"X heeft naar eigen zeggen ... gedaan": the sentence, attributed to its subject."""
    for i in range(lo, hi - 2):
        if not (doc[i].lower_ == "naar" and doc[i + 1].lower_ == "eigen" and doc[i + 2].lower_ == "zeggen"):
            continue
        if i - 1 > lo and doc[i - 1].lower_ in {"hij", "zij", "ze", "die"}:
            # "... een vuurwapen dat hij naar eigen zeggen al lang had", "een chauffeur, die naar
            # eigen zeggen hoorde dat ...": the clause's own subject, and the rest of that clause
            np = (i - 1, i)
            main = np_after(doc, lo, i)
            if main is not None and has_pos(doc):
                verb = next((k for k in range(main[0] + 1, main[1]) if doc[k].pos_ in {"VERB", "AUX"}), None)
                main = (main[0], verb) if verb is not None else main  # "De verdachte | droeg ..."
                if main[1] >= hi or doc[main[1]].pos_ not in {"VERB", "AUX"}:
                    main = None  # "Twee avonden later, toen ...": a time, no subject with its verb
            if doc[i - 1].lower_ != "die" and main is not None and main[1] < i - 1 and is_source_np(doc, *main) \
                    and doc[main[0]].lower_ not in PRONOUNS:
                np = main  # "De laatste deelnemer werd binnengehaald, nadat ze naar eigen zeggen ...": the subject
            c_hi = next((k for k in range(i + 3, hi) if doc[k].text in {",", ";"}), hi)
            cs, ce = strip_span(text, *_chars(doc, i + 3, c_hi), _STRIP)
            if ce - cs >= 3:
                yield Candidate("indirect", cs, ce, "own-account", 0.5,
                                cue=_chars(doc, i, i + 3), mention=_mention(doc, np))
            continue
        if i == lo and i + 4 < hi and has_pos(doc) \
                and (doc[i + 3].pos_ in {"VERB", "AUX"} or doc[i + 3].lower_ in AUXILIARIES):
            # "Naar eigen zeggen heeft X nooit geld aangenomen": the subject after the verb, the rest its claim
            np = np_after(doc, i + 4, hi)
            if np is not None and np[1] < hi and is_source_np(doc, *np) and doc[np[0]].lower_ not in _GENERIC:
                cs, ce = strip_span(text, *_chars(doc, np[1], hi), _STRIP)
                if ce - cs >= 3:
                    yield Candidate("indirect", cs, ce, "own-account", 0.6,
                                    cue=_chars(doc, i, i + 3), mention=_mention(doc, np))
            continue
        np = np_after(doc, lo, i)
        if np is None or not is_source_np(doc, *np):
            continue
        pre = (np[1], i)
        post = (i + 3, hi)
        span = post if (post[1] - post[0]) >= (pre[1] - pre[0]) else pre
        cs, ce = strip_span(text, *_chars(doc, *span), _STRIP)
        if ce - cs >= 3:
            yield Candidate("indirect", cs, ce, "own-account", 0.6,
                            cue=_chars(doc, i, i + 3), mention=_mention(doc, np))


def opinion(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"Het OM vindt een taakstraf toch passend", "Ze vond het een grappig liedje": vinden with
    an object and a predicate (the parse's xcomp or expletive "het"), no complement clause."""
    if not has_parse(doc):
        return
    for i in range(lo, hi):
        t = doc[i]
        if _in_any(t.idx, quoted) or t.lower_ not in _VINDEN or not cue_ok(i) or (i > lo and doc[i - 1].lower_ == "te"):
            continue  # ("zijn veel verslagen te vinden": to be found; "zei het schokkend te vinden": the complement's)
        kids = list(t.children)
        # "vindt het een goed plan": an expletive "het" and a predicate, however the parser hangs them
        expletive = i + 2 < hi and doc[i + 1].lower_ == "het" and doc[i + 2].pos_ in {"DET", "ADJ", "ADV", "NOUN"}
        # (the parser also hangs the predicate as a second object, "vindt de lijn een matige
        # winnaar", or "te" + adjective as a particle, "vonden de straf te licht")
        objs = [k for k in kids if k.dep_ == "obj"]
        # (not "vonden drie geweren van 12 millimeter": a measure the parse hangs as a second object)
        two_objects = len(objs) >= 2 and not any(k.dep_ == "nummod" for k in objs[-1].children)
        # (or a nominal after the verb and an adjective the parser hangs on the verb itself:
        # "vindt zo'n toets overbodig", or two nominals: "vinden X een redelijk alternatief")
        after = [k for k in kids if k.i > i and k.i < hi]
        nominal = [k for k in after if k.dep_ in {"nsubj", "obj"} and k.pos_ in {"NOUN", "PROPN", "PRON"}]
        small_clause = (len(nominal) >= 2 and _predicate_np(nominal[-1])) or (bool(nominal) and any(
            k.pos_ == "ADJ" and k.dep_ in {"obl", "advmod", "amod"} and k.i > nominal[0].i for k in after))
        te_adjective = any(k.lower_ == "te" and k.i + 1 < hi and doc[k.i + 1].pos_ == "ADJ" for k in kids)
        if not (any(k.dep_ in {"xcomp", "expl"} for k in kids) or expletive or two_objects or te_adjective or small_clause) \
                or any(k.lower_ in {"plaats", "terug"} for k in kids):
            continue
        # "vindt X te traag, ruim 30 procent betwijfelt of ...": the view ends where a clause
        # with a cue of its own begins (its "of" is not this verb's)
        bound = _next_cue_clause(doc, i, lo, hi)
        purpose = next((k for k in range(i + 1, bound) if doc[k].text == "om"), bound)  # "nodig om te ..." (not "het OM")
        if any(doc[k].lower_ in {"dat", "of"} or (doc[k].lower_ == "te" and k + 1 < hi and doc[k + 1].pos_ in {"VERB", "AUX"}
                                                  and doc[k - 1].pos_ != "ADJ"
                                                  and not (k - 2 > i and doc[k - 2].pos_ == "ADJ" and doc[k - 1].pos_ in {"ADP", "ADV"}))
               for k in range(i + 1, purpose)):  # ("vindt de uitslag lastig te voorspellen" is a view)
            continue  # a complement clause: handled by complement_clause ("te laat" is no infinitive)
        cue = Cue(i, "vinden", "belief", "finite")
        np = _subject(doc, i, lo, hi, hi, cue)
        if np is not None and np[0] == i + 1 and np[1] == i + 2 and doc[np[0]].lower_ in {"die", "dat", "dit", "deze"} \
                and t.dep_ == "conj" and t.head.i < i:
            # "X noemt het zinloos, maar acht dat nadelig": the object, and the subject the
            # verb shares with the clause before
            np = subject_of(doc, t.head.i)
            if np is not None and not lo <= np[0] < i:
                np = None
        if np is None or not is_source_np(doc, *np, strict=False) or doc[np[0]].lower_ in _GENERIC:
            continue  # (any subject that can hold a view: "De vastgoedsector vindt het te laat")
        if expletive and np[0] > i:
            continue
        c_lo = np[1] if np[0] > i else i + 1
        c_hi = next((k for k in range(c_lo, bound) if doc[k].text == ";"
                     or (doc[k].text == "," and k + 1 < hi and cue_at(doc, k + 1, hi, lo=lo) is not None)
                     # "vinden X te duur en zien liever Y": a second predicate of the subject
                     or (doc[k].lower_ == "en" and k > c_lo + 1 and k + 1 < hi and doc[k + 1].pos_ in {"VERB", "AUX"}
                         and "Fin" in doc[k + 1].morph.get("VerbForm"))
                     # "vond het een goed idee, de buren waren ...": a new main clause
                     or (doc[k].text == "," and k > c_lo + 1 and doc[k + 1].lower_ in {"de", "het", "die", "dat"}
                         and _subject_then_verb(doc, k + 1, bound) and not any(
                             doc[x].lower_ in {"dat", "om", "te", "als"} for x in range(c_lo, k)))), bound)
        if np[0] > i + 1:  # "Dat vindt de minister onzin": object fronted
            c_lo = np[1]
        if np[0] > i and i > lo and (doc[i - 1].text == "," or doc[i - 1].text in _QUOTE_CHARS):
            continue  # "..., vindt X, hoogleraar ...": a trailing cue (trailing_cue has the claim)
        if np[1] < i and all(np[1] <= k.i < i for k in kids if k.dep_ in {"obj", "xcomp"}) \
                and not (small_clause and not any(k.dep_ in {"obj", "xcomp"} for k in kids)):
            # "omdat hij haar optreden te slap vond": the verb last (past the auxiliaries; not
            # "het best vond smaken", where an infinitive follows)
            c_lo, c_hi = np[1], i
            while c_lo < c_hi and (doc[c_lo].pos_ == "AUX" or doc[c_lo].lower_ in AUXILIARIES):
                c_lo += 1
            if c_hi - c_lo < 2 or (i + 1 < hi and doc[i + 1].pos_ in {"VERB", "AUX"}):
                continue
        if sum(1 for k in range(c_lo, c_hi) if not doc[k].is_punct) < 2:
            continue  # "welke delen hij het best vond | smaken": one word is no view
        cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
        if ce - cs >= 3:
            yield Candidate("indirect", cs, ce, "opinion", 0.6, cue=_chars(doc, i, i + 1), mention=_mention(doc, np))


def _next_cue_clause(doc, i: int, lo: int, hi: int) -> int:
    """The comma after token i that opens a clause with a finite cue of its own within a few
    words (", ruim 30 procent betwijfelt of ..."), else ``hi``."""
    for k in range(i + 1, hi):
        if doc[k].text != ",":
            continue
        for j in range(k + 1, min(hi, k + 7)):
            if doc[j].is_punct:
                break
            if "Fin" in doc[j].morph.get("VerbForm"):
                if cue_at(doc, j, hi, lo=lo) is not None and j > k + 1:  # (a subject before the verb)
                    return k
                break  # (the clause's verb is no cue)
    return hi


def _predicate_np(t) -> bool:
    """"een redelijk alternatief", "een slecht idee": a predicate noun phrase (an indefinite with
    an adjective), not what someone found ("een weg", "drieduizend zilveren munten")."""
    kids = list(t.children)
    return any(k.lower_ in {"een", "geen"} for k in kids) and any(k.dep_ == "amod" and k.pos_ == "ADJ" for k in kids)


#: speech acts whose content is an object or a prepositional object ("X waarschuwt voor Y",
#: "X pleit voor Y", "X roept op tot Y", "X eist Y", "X verwacht Y")
_OBJECT_LEMMAS = {"waarschuwen", "pleiten", "oproepen", "eisen", "aankondigen", "bepleiten", "verwachten",
                  "voorspellen", "adviseren", "aanraden", "beloven", "ontkennen",
                  "wijzen", "aandringen", "beschuldigen", "klagen", "schatten", "dreigen", "vragen", "verwerpen",
                  "betichten", "vaststellen", "opperen", "suggereren", "hekelen", "prijzen", "bekritiseren",
                  "vrezen", "voorstellen", "beklagen", "wijten",
                  # what is claimed: "claimt de winst" (not "bekennen": its past "bekende" is the adjective too)
                  "claimen"}


#: adverbs between such a verb and its object: "pleiten al langer voor ...", "waarschuwt opnieuw voor ..."
_OBJECT_LEAD_ADVERBS = {"ook", "al", "nog", "wel", "dan", "nu", "jaren", "opnieuw", "steeds", "inmiddels", "langer", "lang",
                        "gisteren", "vandaag", "eerder", "nadrukkelijk", "openlijk", "herhaaldelijk", "expliciet", "fel"}

#: words that open a subordinate clause: an auxiliary before them belongs to another clause
_SUBORDINATORS = {"dat", "of", "die", "omdat", "als", "wat", "wie", "waar", "toen", "nadat", "terwijl", "hoewel"}

_PLACE_TIME_PREPS = {"in", "bij", "tijdens", "na", "tegenover", "via", "namens", "vanuit", "sinds", "gisteren",
                     "vandaag", "eerder", "afgelopen", "vorige"}


def _request_cue(doc, i: int, hi: int) -> Optional[Cue]:
    """"X vraagt om meer tijd", "X vroeg de raad om steun": a request ("vragen" is otherwise a
    cue only after a quote, for the questions it also reports)."""
    t = doc[i]
    readings = REPORTING_FORMS.get(t.lower_, ())
    if has_pos(doc) and t.pos_ not in {"VERB", "AUX"}:
        return None  # "de vragen om ...": the noun
    if any(r["lemma"] == "vragen" and r["kind"] == "participle" for r in readings):
        # "heeft (dinsdag) om een debat gevraagd": the request before the participle, in its clause
        for k in range(i - 1, max(-1, i - 10), -1):
            if doc[k].is_punct or doc[k].lower_ in _SUBORDINATORS or doc[k].lower_ in AUXILIARIES:
                return None
            if doc[k].text == "om" and k + 1 < i and not any(doc[x].lower_ == "te" for x in range(k, i)) \
                    and doc[k + 1].lower_ not in _INPUT_ASKED:
                return Cue(i, "vragen", "speech", "participle")
        return None
    if not any(r["lemma"] == "vragen" and r["kind"] == "finite" for r in readings):
        return None
    for k in range(i + 1, min(hi, i + 8)):
        if doc[k].is_punct or doc[k].lower_ in {"dat", "of", "zich"}:
            return None
        if doc[k].text == "om" and not (k + 1 < hi and doc[k + 1].lower_ in {"te"} | _INPUT_ASKED):
            return Cue(i, "vragen", "speech", "finite")
    return None


#: what is asked for when a source asks for others' input, which claims nothing ("vroeg de
#: commissies om advies")
_INPUT_ASKED = {"advies", "raad", "informatie", "input", "suggesties", "ideeën", "reacties", "tips"}


#: finite forms of verbs of public praise and blame whose object is what the source judges
#: ("X hekelt de leegstand", "Ze prees het werk van de stichting"); only these forms, since
#: "prijs"/"prijzen" are also the nouns for prices
_JUDGING_FORMS = {"hekelt": "hekelen", "hekelde": "hekelen", "hekelden": "hekelen",
                  "prijst": "prijzen", "prees": "prijzen", "prezen": "prijzen",
                  "bekritiseert": "bekritiseren", "bekritiseerde": "bekritiseren", "bekritiseerden": "bekritiseren",
                  "wijt": "wijten", "wijten": "wijten"}  # (the past "weet" is also "to know": left out)


def _judging_cue(doc, i: int) -> Optional[Cue]:
    """The cue of a verb of praise or blame at token i (a verb in the parse, not a noun)."""
    t = doc[i]
    lemma = _JUDGING_FORMS.get(t.lower_)
    if lemma is None or (has_pos(doc) and t.pos_ not in {"VERB", "AUX"}):
        return None
    if lemma == "wijten" and i + 1 < len(doc) and doc[i + 1].lower_ in PRONOUNS:
        return None  # "Zijn val wijt hij aan ...": the object fronted; the subject after the verb
    if lemma == "wijten" and not any(doc[k].lower_ == "aan" for k in range(i + 2, min(len(doc), i + 16))
                                     if not any(doc[x].is_punct for x in range(i + 1, k))):
        return None  # "wijt X aan Y": the blame needs its "aan"
    return Cue(i, lemma, "speech", "finite")


#: words that open a relative clause after a comma ("het bedrijf, dat ...", "Jan, die ...")
_RELATIVES = {"die", "dat", "wat", "welke", "waar", "waarin", "waarvan", "waarmee", "waarop", "waardoor"}


def speech_object(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"De bond waarschuwt voor een tekort aan leraren", "X roept op tot kalmte"."""
    for i in range(lo, hi - 1):
        if _in_any(doc[i].idx, quoted) or not cue_ok(i):
            continue
        cue = cue_at(doc, i, hi, lo=lo) or _request_cue(doc, i, hi) or _judging_cue(doc, i)
        if cue is None or cue.lemma not in _OBJECT_LEMMAS or cue.kind == "infinitive" \
                or (i > lo and doc[i - 1].lower_ == "te"):
            continue  # "onmogelijk te voorspellen": an infinitive, no one claims anything
        if cue.lemma in _POINTING_ADVERBS.get(doc[lo].lower_, ()):
            continue  # "Daarvoor waarschuwt X": the sentence before is the content (demonstrative_cue)
        if cue.lemma == "dreigen" and not any(doc[k].lower_ == "met" for k in range(i + 1, min(hi, i + 5))):
            continue  # "dreigt met X" is a threat; "dreigt te verdwijnen" a risk
        if cue.lemma == "voorstellen" and (
                any(doc[k].lower_ in {"zich", "zichzelf", "me", "mij", "je", "ons"} for k in range(max(lo, i - 3), min(hi, i + 4)))
                or not cue.extra or not (cue.extra[0] + 1 >= hi or doc[cue.extra[0] + 1].is_punct
                                         or doc[cue.extra[0] + 1].lower_ in {"met", "als", "om", "aan", "in", "op"})):
            continue  # "stelde zich voor als ...": an introduction, or imagining; "schadeloos stellen
            # voor een ..." a preposition: a proposal only with the particle closing its clause
        if cue.lemma == "vrezen" and i + 1 < hi and doc[i + 1].lower_ in {"voor", "om", "dat"}:
            continue  # "vreesde voor haar leven": a fear felt, not one voiced ("vreest overlast")
        nxt = i + 1
        inv = np_after(doc, nxt, hi) if nxt < hi and doc[nxt].text not in {"voor", "tegen", "op", "tot", "om"} else None
        if inv is not None:
            # "waarschuwt de jurist voor ...": past the inverted subject, up to the object's preposition
            nxt = next((k for k in range(inv[0] + 1, inv[1]) if doc[k].text in {"voor", "tegen", "tot", "om", "op"}),
                       inv[1])
        while nxt < hi and (doc[nxt].lower_ in PRONOUNS or doc[nxt].lower_ in _OBJECT_LEAD_ADVERBS):
            nxt += 1
        if cue.lemma == "vragen" and nxt < hi and doc[nxt].text != "om":
            # "vroeg de leiders om steun": past the person asked, to the "om" of the request
            nxt = next((k for k in range(nxt, min(hi, nxt + 7)) if doc[k].text == "om"), nxt)
        if cue.lemma == "dreigen":
            nxt = next((k for k in range(nxt, min(hi, nxt + 4)) if doc[k].lower_ == "met"), nxt)
        pp_object = nxt < hi and doc[nxt].text in {"voor", "tegen", "op", "tot", "om", "over", "met"} and cue.kind == "finite"
        if cue.lemma in {"klagen", "beklagen"}:
            # "klagen (al lange tijd) over X" reports a complaint; bare "klagen" reports nothing
            nxt = next((k for k in range(nxt, min(hi, nxt + 5)) if doc[k].text == "over"), None)
            if nxt is None or any(doc[k].is_punct for k in range(i + 1, nxt)):
                continue
            pp_object = cue.kind == "finite"
        if _not_a_report(doc, i, lo, hi, cue) or _modal_infinitive(doc, i):
            continue  # "Vanavond mag ze haar zaak bepleiten"
        if (cue.kind == "participle" or doc[i].lower_.startswith("ver")) \
                and any(doc[k].lower_ in {"wordt", "werd", "worden", "werden"}
                        for k in range(max(lo, _clause_start(doc, i, lo), i - 14), i)):
            continue  # "wordt een verklaring geëist", "worden er meer zomers verwacht": passive, no source
            # (also with a long adjunct between: "wordt in de komende jaren een toename verwacht")
        if any(doc[k].lower_ == "tol" for k in range(max(lo, i - 4), i)):
            continue  # "heeft z'n tol geëist": an idiom
        # (up to a relative clause on the object: "vreest spionage door het bedrijf, dat ...")
        rel = next((k for k in range(i + 2, hi - 1) if doc[k].text == "," and doc[k + 1].lower_ in _RELATIVES
                    and (doc[k + 1].lower_ != "dat" or doc[k + 1].pos_ == "PRON")), hi)
        # ("bepleit X en is tevreden over het belang dat ...": a second verb of the same subject ends the object)
        coord = next((k for k in range(i + 3, rel - 1) if doc[k].lower_ in {"en", "maar"} and has_pos(doc)
                      and doc[k + 1].pos_ in {"AUX", "VERB"} and "Fin" in doc[k + 1].morph.get("VerbForm")
                      and i in {doc[k + 1].head.i, doc[k + 1].head.head.i}
                      and (doc[k + 1].lower_ in AUXILIARIES or not doc[k + 1].lower_.endswith("en"))), None)
        # (not a plural noun the tagger took for a verb: "boswachters en feministen")
        if any((doc[k].lower_ in {"dat", "of"} and not (coord is not None and k > coord and doc[k].lower_ == "dat"
                                                         and doc[k - 1].pos_ == "NOUN")) or (doc[k].text == ":" and k <= i + 2)
               or (doc[k].lower_ == "te" and not pp_object and not _purpose(doc, i, i + 1, cue)) for k in range(i + 1, rel)):
            return  # a complement clause: handled elsewhere ("waarschuwt voor X om ... te ...": not that)
        np = _subject(doc, i, lo, hi, hi, cue)
        if np is not None and np[0] > i and has_parse(doc):
            # "Daarom eist de bond | meer loon": the inverted subject stops where the parse's object starts
            obj = next((k for k in range(np[0] + 1, np[1]) if doc[k].dep_ in {"obj", "iobj"} and doc[k].head.i == i), None)
            if obj is not None and doc[obj].left_edge.i > np[0]:
                np = (np[0], doc[obj].left_edge.i)
        if np is not None and np[0] > i and pp_object:
            cut = next((k for k in range(np[0] + 1, np[1]) if doc[k].text in {"voor", "tegen", "tot", "om", "op"}
                        and not (k + 1 < np[1] and doc[k + 1].text[:1].isupper())), None)  # (not "Raad voor Cultuur")
            if cut is not None:
                np = (np[0], cut)  # "waarschuwt de jurist | voor ...": the object's preposition ends the subject
        if np is None or not is_source_np(doc, *np, strict=False) or doc[np[0]].lower_ in _GENERIC | {"ik", "we", "wij"}:
            continue
        if np[0] > i and has_parse(doc) and not is_source_np(doc, *np) \
                and any(doc[k].dep_ == "obj" and doc[k].head.i == i for k in range(*np)):
            continue  # "Kondigde plannen aan (...)": a subject left out; the phrase after the verb is its object
        if cue.lemma == "voorstellen" and np[0] > i:
            continue  # "stelde vorige week X voor als ...": the one proposed, taken for an inverted subject
        # (not when the subject itself runs up to that comma: "De advocaat, Peter de Graaf, bepleitte vrijspraak")
        after = np_after(doc, i + 1, hi) if np[0] < i and i > lo and doc[i - 1].text == "," and np[1] != i - 1 else None
        # (", stelt de ombudsman vast.": the verb's particle may close the clause)
        tail = after[1] + 1 if after is not None and after[1] + 1 < hi and doc[after[1]].dep_ == "compound:prt" \
            and doc[after[1]].head.i == i else after[1] if after is not None else None
        if after is not None and after[0] == i + 1 and (tail >= hi or doc[tail].is_punct) \
                and is_source_np(doc, *after, strict=False):
            continue  # "De schade loopt op, schat de verzekeraar.": the source after a trailing cue (trailing_cue)
        if cue.lemma == "vrezen" and np[0] < i \
                and any(doc[k].pos_ == "ADP" or doc[k].lower_ == "als" for k in range(lo, np[0])):
            continue  # "In dorpen als A en B vrezen bewoners ...": places in a fronted phrase, no source
        if np[0] > i and i > lo and (doc[i - 1].text == "," or doc[i - 1].text in _QUOTE_CHARS
                                     or doc[lo].lower_ in {"dat", "dit"}) \
                and not (doc[i - 1].text == "," and doc[lo].lower_ in _ADVERBIAL_SUBORDINATORS) \
                and not (doc[i - 1].text == "," and doc[lo].pos_ == "ADP"
                         and not any(doc[k].pos_ in {"VERB", "AUX"} for k in range(lo, i - 1))):
            continue  # "..., erkent X, econoom bij ...", "Dat adviseert X": the words before are the
            # claim (trailing_cue, demonstrative_cue), what follows is the source's apposition
            # (not "Hoewel A, wijst X op B": a fronted subordinate clause, then the main clause;
            # nor "Naast A, eist X ook B": a fronted phrase without a verb)
        c_lo = i + 1
        if np[0] > i:
            c_lo = np[1]
        if cue.lemma in {"vragen", "dreigen"} and pp_object:
            c_lo = nxt  # the request or threat itself, not the one asked or the time adverbs
        if cue.lemma in {"klagen", "beklagen"}:
            c_lo = nxt + 1  # what the complaint is about
        if c_lo + 2 < hi and doc[c_lo].text == "(" and ")" in {doc[c_lo + 2].text, doc[min(hi - 1, c_lo + 3)].text}:
            c_lo = next(k for k in range(c_lo, hi) if doc[k].text == ")") + 1  # the source's "(AIV)"
        c_hi = None
        # "X is trots op Y en waarschuwt voor Z": a finite verb right after "en" has no auxiliary
        modal_before = any(doc[k].lower_ in AUXILIARIES and not any(doc[x].lower_ in _SUBORDINATORS for x in range(k + 1, i))
                           for k in range(_clause_start(doc, i, lo), i)) \
            and not (cue.kind == "finite" and i > lo and doc[i - 1].lower_ in {"en", "maar"})
        # ("Het kan niet verrassen dat een bestuurder pleit voor ...": "kan" is the main clause's)
        if cue.kind == "participle" or modal_before:
            # "De officier had een celstraf van tien jaar geëist": the object before the participle
            aux = next((k for k in range(_clause_start(doc, i, lo), i) if doc[k].lower_ in AUXILIARIES), None)
            if aux is None:
                continue  # (the auxiliary of this clause: not "Het land is ..., nadat X Y had aangekondigd")
            c_lo = max(aux + 1, np[1]) if np[0] <= aux + 1 else aux + 1
            c_hi = i
            if cue.lemma == "vragen":
                # "heeft de gemeente om steun gevraagd": the request, not the one asked
                c_lo = next((k for k in range(c_lo, i) if doc[k].text == "om"), c_lo)
        while c_lo < hi and (c_lo in cue.extra or doc[c_lo].lower_ in {"ook", "wel", "nog", "al", "daarom", "daarmee",
                                                                        "dan", "nu", "langer"}):
            c_lo += 1
        when = _past_when(doc, c_lo, c_hi if c_hi is not None else hi)
        timed, c_lo = when > c_lo, when
        if c_hi is None:
            c_hi = _content_end(doc, c_lo, coord if coord is not None else hi)
            if rel < c_hi and any(cue_at(doc, k, hi, lo=rel) for k in range(rel + 2, c_hi)):
                c_hi = rel  # "hekelt de rol van X, die eerder toegaf ...": the relative clause is X's own report
        if cue.lemma in _JUDGING_FORMS.values() and has_pos(doc):
            # "prijst de snelheid ..., maar wil meer geld": the judgement ends where the subject's next verb starts
            c_hi = next((k for k in range(c_lo + 1, c_hi - 2) if doc[k].text == ","
                         and doc[k + 1].lower_ in {"maar", "en"} and doc[k + 2].pos_ in {"VERB", "AUX"}), c_hi)
        while c_hi > c_lo and (doc[c_hi - 1].is_punct or (c_hi - 1) in cue.extra):
            if doc[c_hi - 1].text in _QUOTE_CHARS and sum(doc[k].text in _QUOTE_CHARS for k in range(c_lo, c_hi)) % 2 == 0:
                break  # "klagen over 'ondraaglijke stank'": the mark that closes a quoted fragment stays
            c_hi -= 1
        if c_hi - c_lo < 2 and not (timed and c_hi - c_lo == 1 and doc[c_lo].dep_ == "obj" and doc[c_lo].head.i == i) \
                and not (c_hi - c_lo == 1 and c_lo == i + 1 and doc[c_lo].pos_ == "NOUN" and doc[c_lo].text.islower()
                         and c_hi < len(doc) and doc[c_hi].text in {".", "!"} and cue.lemma in _ONE_NOUN_LEMMAS
                         and doc[c_lo].lower_ not in _TOLL_NOUNS):
            continue  # (one word after the time: "kondigde vorige week verbeteringen aan"; one noun
            # closing the sentence right after the verb: "bepleitte vrijspraak.")
        if cue.lemma == "eisen" and any(doc[k].lower_ in _TOLL_NOUNS for k in range(c_lo, c_hi)):
            continue  # "De storm heeft tientallen levens geëist": a toll, not a demand
        if not pp_object and doc[c_lo].lower_ in _PLACE_TIME_PREPS:
            # "waarschuwt in een brief voor X": past where they said it to what; "waarschuwen
            # in tijdschrift X" alone says nothing
            obj = next((k for k in range(c_lo + 1, c_hi) if doc[k].text in {"voor", "tegen", "tot", "om", "met", "op", "over"}), None)
            if obj is None and has_parse(doc) and doc[c_lo].head.i > c_lo:
                obj = doc[c_lo].head.right_edge.i + 1  # "verwacht in de loop van het jaar een daling"
                obj = obj if c_hi - obj >= 2 else None
            if obj is None:
                continue
            c_lo = _past_when(doc, obj, c_hi)
        if cue.lemma == "adviseren" and any(doc[k].lower_ == "over" for k in range(c_lo, c_hi)) \
                and not any(doc[k].lower_ in {"om", "te", "tot"} for k in range(c_lo, c_hi)):
            continue  # "adviseerde gemeenten over jeugdzorg": what the advice was about, not what it said
        if cue.lemma == "beschuldigen" and not any(doc[k].lower_ == "van" for k in range(c_lo + 1, c_hi)):
            continue  # "X beschuldigt Y van Z": the accusation needs its "van"
        if doc[c_lo].text == "," or (c_lo > 0 and doc[c_lo - 1].text == "," and doc[c_lo].lower_ in {"maar", "en", "want"}):
            continue  # "Zelf ontkent hij, maar ...": the object was left out, a new clause follows
        if doc[c_hi - 1].lower_ in {"geleden", "terug"} or all(doc[k].like_num or doc[k].lower_ in _TIME_WORDS
                                                              for k in range(c_lo, c_hi)):
            continue  # "ontkende twee weken geleden": when, not what
        if cue.lemma == "oproepen" and (doc[c_lo].lower_ in _EVOKED | {"veel", "de", "het", "een", "allerlei"}
                                        and any(doc[k].lower_ in _EVOKED for k in range(c_lo, min(c_hi, c_lo + 3)))
                                        or any(doc[k].lower_ in _EVOKED and doc[k + 1].lower_ == "op"
                                               for k in range(i + 1, min(c_lo, hi - 1)))):
            continue  # "riep veel vragen op", "roept bij X herinneringen op": evoked, not called for
        cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
        if ce - cs >= 6:
            yield Candidate("indirect", cs, ce, f"object:{cue.lemma}", 0.55,
                            cue=cue_text_span(doc, cue), mention=_mention(doc, np))
        return


#: verbs whose object may be one bare noun ("vreest misbruik", "bepleit matiging"); not "waarschuwt
#: hondenbezitters" (the ones warned) nor "eisen levens" (a toll taken)
_ONE_NOUN_LEMMAS = {"vrezen", "bepleiten", "eisen", "verwachten", "voorspellen"}
_TOLL_NOUNS = {"levens", "mensenlevens", "slachtoffers", "doden", "tol"}


#: adverbs of time that open the middle field ("kondigde gisteren een verbod aan")
_WHEN_ADVERBS = {"gisteren", "vandaag", "eergisteren", "morgen", "overmorgen", "vanochtend", "vanmorgen", "vanmiddag",
                 "vanavond", "vannacht", "gisteravond", "gistermiddag", "gisterochtend", "gisternacht", "eerder",
                 "onlangs", "recent", "jaren", "maanden", "weken", "lang", "langer", "tijden", "opnieuw", "steeds",
                 "inmiddels", "ook", "al", "nog", "wel", "nu", "destijds", "toen", "zelfs", "vaak", "regelmatig",
                 "herhaaldelijk", "meermaals", "telkens"}
_WEEKDAYS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"} | WEEKDAY_PARTS
_MONTHS = {"januari", "februari", "maart", "april", "juni", "juli", "augustus", "september", "oktober", "november",
           "december"}  # (not "mei", also a word)
_WHEN_DETERMINERS = {"afgelopen", "vorige", "vorig", "komende", "komend", "volgende", "volgend", "deze", "dit",
                     "vandaag", "gisteren", "dezelfde", "hetzelfde"}


def _past_when(doc, k: int, hi: int) -> int:
    """Past the time adverbs that open an object ("gisteren", "al jaren", "vorige week", "op
    dinsdag"): where what was said starts."""
    while k + 1 < hi:
        w = doc[k].lower_
        if w in _WHEN_ADVERBS or w in _WEEKDAYS:
            k += 1
        elif w in _WHEN_DETERMINERS and doc[k + 1].lower_ in _TIME_NOUNS | {"ochtend", "middag", "avond"}:
            k += 2
        elif w in _MONTHS and (k == 0 or not doc[k - 1].like_num):
            k += 1  # ("vorig jaar augustus")
        elif w == "op" and doc[k + 1].lower_ in _WEEKDAYS:
            k += 2
        else:
            break
    return k


#: what "oproepen" evokes rather than calls for ("roept vragen op")
_EVOKED = {"vragen", "herinneringen", "emoties", "weerstand", "irritatie", "ergernis", "verbazing", "beelden",
           "discussie", "reacties", "gevoelens", "associaties", "twijfels"}
#: words of a time adverbial ("twee weken geleden", "vorige maand")
_TIME_WORDS = _TIME_NOUNS | {"geleden", "vorige", "afgelopen", "maanden", "gisteren", "vandaag", "eerder", "later",
                             "al", "nog", "toen", "destijds"}


_ZIEN = {"ziet", "zag", "zagen", "zien", "zie"}
#: what a source sees a thing do when it reports a trend ("ziet de prijzen stijgen")
_TREND_VERBS = {"verbeteren", "verslechteren", "worden", "groeien", "toenemen", "afnemen", "dalen", "stijgen",
                "verdwijnen", "veranderen", "verschuiven", "oplopen", "teruglopen", "verharden", "verhevigen",
                "aantrekken", "inzakken", "herstellen", "verminderen", "verdubbelen", "krimpen", "uitbreiden"}
#: what a source "sees" when it states a view: "ziet geen reden om ...", "zag weinig heil in ..."
_SEEN_VIEWS = {"reden", "redenen", "mogelijkheid", "mogelijkheden", "heil", "toekomst", "probleem", "problemen",
               "bezwaar", "bezwaren", "aanleiding", "noodzaak", "kans", "kansen", "oplossing", "verband",
               "verbanden", "parallel", "parallellen", "gevaar", "gevaren", "risico", "risico's", "ruimte",
               "aanwijzingen", "grond", "uitweg", "rol", "bestaansrecht", "voordelen", "nadelen", "bewijs",
               "overeenkomsten", "overeenkomst", "gelijkenissen", "gelijkenis", "bedreiging", "signalen"}
#: changes a source observes ("ziet een toename van het aantal meldingen")
_SEEN_TRENDS = {"toename", "afname", "stijging", "daling", "groei", "verschuiving", "verbetering", "verslechtering"}
_SEEN_VIEWS_TRENDS = _SEEN_VIEWS | _SEEN_TRENDS


def view(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"X ziet het besluit als een aanval", "X ziet geen reden om ...": a source's view put as
    what it sees (never plain seeing: "zag de auto")."""
    if not has_parse(doc):
        return
    for i in range(lo, hi - 2):
        t = doc[i]
        if t.lower_ not in _ZIEN or t.pos_ != "VERB" or _in_any(t.idx, quoted) or not cue_ok(i) \
                or (i > lo and doc[i - 1].lower_ == "te"):
            continue
        cue = Cue(i, "zien", "belief", "finite")
        np = _subject(doc, i, lo, hi, hi, cue)
        if np is None or not is_source_np(doc, *np, strict=False) or doc[np[0]].lower_ in _GENERIC | {"ik", "we", "wij", "je"}:
            continue
        c_lo = np[1] if np[0] > i else i + 1
        while c_lo < hi and doc[c_lo].lower_ in {"ook", "echter", "wel", "nog", "vooralsnog", "dan", "daarom"}:
            c_lo += 1
        c_hi = _content_end(doc, c_lo, hi)
        words = [doc[k].lower_ for k in range(c_lo, c_hi)]
        lead = 0
        while lead < len(words) - 1 and words[lead] in {"niet", "nog", "meteen", "direct", "zeker", "wel", "ook", "daar",
                                                        "er", "hier", "totaal", "absoluut", "helemaal", "echt", "dus"}:
            lead += 1  # "ziet niet meteen reden voor ...", "ziet daar totaal geen probleem in"
        # "ziet voor- en nadelen in ...": a view noun after a coordinated first half
        if len(words) > lead + 2 and words[lead].endswith("-") and words[lead + 1] == "en":
            lead += 2
        seen_as = "als" in words[1:] and not any(w in {"dat", "of", "hoe", "wat", "wie"} for w in words[:words.index("als")]) \
            and words.index("als") + 1 < len(words) \
            and words[words.index("als") + 1] not in {"eerste", "enige", "laatste", "tweede", "derde", "enigen", "eersten"}
        # ("zag de brand als eerste": first, not a view)
        seen_view = (len(words) > lead + 1 and words[lead] in {"geen", "weinig", "wel", "veel", "nauwelijks", "genoeg",
                                                                "grote", "een", "meerdere", "diverse",
                                                                "verschillende", "allerlei"} and words[lead + 1] in _SEEN_VIEWS) \
            or (lead > 0 and len(words) > lead and words[lead] in _SEEN_VIEWS) \
            or (len(words) > 2 and words[0] in _SEEN_VIEWS and words[1] in {"voor", "om", "in", "tot", "bij", "met"}) \
            or (len(words) - lead in {2, 3} and words[lead] in {"dat", "het", "dit"}
                and words[lead + 1] in {"anders", "somber", "positief", "negatief", "rooskleurig", "optimistisch",
                                        "pessimistisch"})
        if not seen_view and len(words) > lead + 3 and words[lead] in {"in", "bij", "op", "aan", "voor", "daarin", "hierin"}:
            # "ziet in de uitslag geen reden ...", "ziet in het algemeen wel een toename": the view after a
            # prepositional phrase
            for j in range(lead + 1, min(len(words) - 1, lead + 8)):
                if words[j] in {"geen", "weinig", "wel", "veel", "genoeg", "een"} and (
                        words[j + 1] in _SEEN_VIEWS_TRENDS
                        or (words[j + 1] == "een" and j + 2 < len(words) and words[j + 2] in _SEEN_VIEWS_TRENDS)):
                    seen_view = True
                    break
                if words[j] in {"dat", "om", "te", ",", "en", "maar"}:
                    break
        # ("ziet ruimte voor verbetering", "ziet kansen in de nieuwe markt", "ziet dat anders", "ziet het somber in")
        # "De inspectie ziet de prestaties niet verbeteren": what a source observes happening,
        # a noun phrase and an infinitive that ends the clause
        last = c_hi - 1
        while last > c_lo and doc[last].is_punct:
            last -= 1
        observed = last - c_lo >= 2 and doc[last].lower_ in _TREND_VERBS \
            and doc[c_lo].lower_ in {"de", "het", "een", "zijn", "haar", "hun"} \
            and not any(doc[k].lower_ in {"dat", "of", "om", "te"} | _WH_WORDS for k in range(c_lo, last)) \
            and is_source_np(doc, *np)
        if not (seen_as or seen_view or observed) or (seen_as and not is_source_np(doc, *np) and not _people_np(doc, *np)):
            continue  # (what sees something "as" must be a source; any subject sees "geen reden")
        cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
        if ce - cs >= 6:
            yield Candidate("indirect", cs, ce, "view", 0.55, cue=_chars(doc, i, i + 1), mention=_mention(doc, np))


def _people_np(doc, lo: int, hi: int) -> bool:
    """"Sommige kopers", "een deel van de bevolking", "veel beleggers": a part of a group of
    people, which can hold a view as any named source can."""
    words = [doc[k].lower_ for k in range(lo, hi)]
    if words[:1] and words[0] in {"sommige", "veel", "vele", "enkele", "meeste", "andere", "weinig"}:
        return True
    if words[:2] == ["de", "meeste"] or (len(words) >= 3 and words[1] in {"deel", "helft", "meerderheid", "minderheid"}
                                         and words[2] == "van"):
        return True
    return bool(words) and words[-1].endswith("ers") and len(words[-1]) > 5


_VINDEN = {"vindt", "vind", "vond", "vonden", "vinden", "acht", "achten", "achtte", "achtten"}

_COPULAS = {"is", "was", "zijn", "waren", "blijft", "bleef", "blijven", "bleven", "lijkt", "leek", "lijken", "leken",
            "toont", "toonde"}

def perspective(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"In de ogen van X is C", "Wat X betreft C": a source's view without a verb."""
    k = lo
    while k < hi and doc[k].lower_ in {"maar", "en", "ook"}:
        k += 1
    if k + 4 >= hi or _in_any(doc[k].idx, quoted):
        return
    if doc[k].lower_ == "in" and doc[k + 1].lower_ == "de" and doc[k + 2].lower_ == "ogen" and doc[k + 3].lower_ == "van":
        cue_lo, cue_hi = k, k + 4
        np = np_after(doc, k + 4, hi)
        if np is None:
            return
        c_lo = np[1]
    elif doc[k].lower_ == "in" and doc[k + 1].lower_ in {"zijn", "haar", "hun"} and doc[k + 2].lower_ == "ogen" \
            and doc[k + 3].pos_ in {"AUX", "VERB"}:
        # "In zijn ogen is C": the view of the one "zijn" points to
        cue_lo, cue_hi = k, k + 3
        np = (k + 1, k + 2)
        c_lo = k + 3
    elif doc[k].lower_ == "wat":
        end = next((x for x in range(k + 2, min(hi, k + 10)) if doc[x].lower_ == "betreft"), None)
        if end is None:
            return
        np = np_after(doc, k + 1, end)
        if np is None or np[1] != end:
            return
        cue_lo, cue_hi = end, end + 1
        c_lo = end + 1
    else:
        return
    # ("Wat de koplampen betreft": a topic; only a named or human source has a view)
    if not is_source_np(doc, *np, strict=doc[k].lower_ == "wat"):
        return
    c_hi = _content_end(doc, c_lo, hi)
    cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
    if ce - cs >= 6:
        yield Candidate("indirect", cs, ce, "perspective", 0.6, cue=_chars(doc, cue_lo, cue_hi),
                        mention=_mention(doc, np))


def colon_statement(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"Voorzitter X: het plan is onhaalbaar." A named source, a colon, an unquoted statement."""
    np = np_after(doc, lo, hi)
    if np is None or np[1] >= hi - 3 or doc[np[1]].text != ":" or np[1] - lo > 6:
        return
    nxt = doc[np[1] + 1]
    if nxt.text in {"'", '"', "‘", "“", "„", ",,"} or _in_any(nxt.idx, quoted) or _in_any(doc[lo].idx, quoted):
        return
    if not (any(_cap(doc[x].text) for x in range(np[0] + 1, np[1])) or doc[np[0]].ent_type_ in {"PER", "ORG"}) \
            or doc[np[0]].lower_ in PRONOUNS:
        return  # a name, not "Het gevolg: ...", "Dit betekent: ..." (a capital owed to the sentence start)
    if not is_source_np(doc, *np) or not cue_ok(np[1]):
        return
    if nxt.text[:1].isupper() and nxt.lower_ not in PRONOUNS:
        return  # "Merol: In korte tijd een popicoon" is a title line, not a statement
    if not (any(doc[x].text.lower() in FIRST_NAMES or _is_role_word(doc[x].text) or doc[x].ent_type_ in {"PER", "PERSON"}
                for x in range(*np))):
        return  # "Amsterdam: de gemeente ..." is a dateline
    if sum(1 for x in range(np[1] + 1, hi) if not doc[x].is_punct) < 4:
        return
    title = "\n\n" not in text[:doc[lo].idx] and any(doc[x].ent_type_ in {"PER", "PERSON"} for x in range(*np))
    if has_pos(doc) and not any(doc[x].pos_ in {"VERB", "AUX"} for x in range(np[1] + 1, hi)) and not title:
        return  # "De voorstanders: grofweg de maakindustrie": a list, not a statement (but a headline
        # drops its verb: "Minister De Vries: geen extra geld voor wegen")
    cs, ce = strip_span(text, *_chars(doc, np[1] + 1, hi), _STRIP)
    if ce - cs >= 10:
        yield Candidate("indirect", cs, ce, "colon-statement", 0.55, cue=_chars(doc, np[1], np[1] + 1),
                        mention=_mention(doc, np))


def reportative(doc, text, lo: int, hi: int, quoted) -> Iterator[Candidate]:
    """"Volgens de politie was de man onder invloed. Hij zou ook te hard hebben gereden.":
    a reportative "zou" right after reported speech continues its source ("Dat zou komen door
    ...", "Ze zouden het plan hebben gehad ..."), unless a condition makes it hypothetical."""
    zou = next((k for k in range(lo, hi) if doc[k].lower_ in {"zou", "zouden"}), None)
    if zou is None or _in_any(doc[lo].idx, quoted) or doc[lo].lower_ in {"als", "wie", "wat", "waarom", "hoe"}:
        return
    verb = doc[zou].head if doc[zou].dep_ in {"aux", "aux:pass", "cop"} else doc[zou]
    if any(c.i < zou and (c.dep_ == "mark" or "Rel" in c.morph.get("PronType"))
           for c in list(verb.children) + list(doc[zou].children)):
        return  # "..., die 18 procent gekregen zou hebben": the hearsay of a clause inside a plain fact
    if verb.dep_ in {"acl", "acl:relcl", "csubj"}:
        return  # "... de sleutel van een huis waar ze haar zou willen vasthouden": a clause on a noun,
        # or the subject of another verb, is not the sentence's own claim, even without a marker
    end = hi
    while end > zou and doc[end - 1].is_punct:
        end -= 1
    if doc[end - 1].text == "?" or any(doc[k].text == "?" for k in range(lo, hi)):
        return
    if any(doc[k].lower_ in {"als", "indien", "mits", "anders"} for k in range(lo, hi)):
        return
    if any(doc[k].lower_ in {"ik", "we", "wij", "mijn", "onze"} for k in range(lo, hi)) \
            or doc[lo].lower_ in {"terwijl", "hoewel", "trouwens"}:
        return  # "We zouden beter moeten weten", "Ik zou dat toejuichen": the writer's own view
    cs, ce = strip_span(text, *_chars(doc, lo, hi), _STRIP)
    if ce - cs >= 10:
        yield Candidate("indirect", cs, ce, "reportative", 0.45, cue=_chars(doc, zou, zou + 1), same_as_prev=True)


_PLAN_VERBS = {"wil", "willen", "wilde", "wilden", "gaat", "gaan", "ging", "gingen", "moet", "moeten", "moest",
               "kan", "kunnen", "kon", "zal", "zullen", "komt", "kwam", "komen"}


def _so_called(text: str, start: int) -> bool:
    """A term the writer marks as a name, not as anyone's words: "een zogeheten 'failed state'"."""
    return re.search(r"\b(?:zogeheten|zogenaamde?|zogenoemde?)\s*$", text[max(0, start - 15):start], re.I) is not None


def fragment_claim(doc, text, lo: int, hi: int, quoted, fragments) -> Iterator[Candidate]:
    """"De directeur is 'zeer teleurgesteld' over de uitslag": no reporting verb, but a quoted
    fragment of several words in a clause whose subject is a source: the subject's words (mixed)."""
    s0, s1 = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    frag = [q for q in fragments if s0 <= q.start < s1 and len(re.findall(r"\w+", text[q.cstart:q.cend])) >= 2
            and not text[q.cstart:q.cstart + 1].isupper() and not _so_called(text, q.start)]
    if not frag or _in_any(doc[lo].idx, quoted) or "\n\n" not in text[:s0]:
        return  # (not in the headline block: "Minister schrapt 'papieren rompslomp'" is a title)
    k = lo
    while k < hi and doc[k].lower_ in {"ook", "maar", "en", "toch", "zelfs"}:
        k += 1
    np = np_after(doc, k, hi)
    if np is None or np[1] >= hi or not is_source_np(doc, *np) or doc[np[0]].lower_ in _GENERIC | {"ik", "we", "wij", "het", "er"}:
        return
    v = np[1]
    if doc[v].text in {",", "("} or doc[v].lower_ in {"zelf", "en"}:
        # an apposition or a subordinate clause first: only past it to a stance the subject
        # takes ("X, broer van Y, toonde zich 'zwaar teleurgesteld'")
        v = _past_apposition(doc, v, hi)
        if v is None or v + 1 >= hi or doc[v + 1].lower_ != "zich":
            return
        if doc[np[1]].text == "(" or doc[np[1]].lower_ == "en":
            np = (np[0], v)  # "A (CDA) en B (SP) betoonden zich ...": all of them
    if not (doc[v].pos_ in {"VERB", "AUX"} or doc[v].lower_ in AUXILIARIES):
        return
    if doc[v].lower_ in _PLAN_VERBS:
        return  # "X wil de regels 'zo snel mogelijk' aanpassen": a plan, not an attribution
    if not any((x > lo and doc[x].text[:1].isupper()) or doc[x].lower_ in PERSON_NOUNS or doc[x].pos_ == "PROPN"
               or doc[x].lower_ in {"hij", "zij", "ze"} for x in range(*np)):
        return  # the subject must be a named or described source, not "Eén reden"
    if any(q.start < doc[np[1] - 1].idx + len(doc[np[1] - 1].text) for q in frag):
        return  # the fragment is in the subject
    cs, ce = strip_span(text, doc[v].idx, s1, _STRIP)
    if ce - cs >= 6:
        yield Candidate("mixed", cs, ce, "fragment", 0.4, cue=None, mention=_mention(doc, np))


def _past_apposition(doc, x: int, hi: int) -> Optional[int]:
    """The verb after a subject's apposition, brackets and coordinated names starting at token
    ``x`` ("X, broer van Y, toonde", "A (CDA) en B (SP) betoonden", "De Belg zelf voelde"), or
    None when another verb comes first."""
    while x < hi:
        t = doc[x]
        if t.text == "(":
            close = next((k for k in range(x + 1, min(hi, x + 12)) if doc[k].text == ")"), None)
            if close is None:
                return None
            x = close + 1
        elif t.text == ",":
            close = next((k for k in range(x + 1, min(hi, x + 12)) if doc[k].text == ","), None)
            if close is None or any(doc[k].pos_ in {"VERB", "AUX"} for k in range(x + 1, close)):
                return None
            x = close + 1
        elif t.lower_ in {"en", "zelf"} or t.pos_ in {"PROPN", "DET", "ADJ", "NOUN"}:
            x += 1
        else:
            return x if t.pos_ in {"VERB", "AUX"} else None
    return None


def fragment_continuation(doc, text, lo: int, hi: int, quoted, fragments) -> Iterator[Candidate]:
    """"Dekker noemde de rapporten confronterend. De overheid is 'tekortgeschoten'.": right
    after reported speech, a sentence without a cue that quotes a word that says something
    (a verb, a participle, an adjective, or several words) goes on in the same source's
    words: a mixed record with its speaker carried over."""
    s0, s1 = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    if _in_any(s0, quoted) or doc[lo].lower_ in {"als", "wie", "wat", "waarom", "hoe"} or doc[hi - 1].text == "?":
        return
    for q in fragments:
        if not (s0 <= q.start < s1) or text[q.cstart:q.cstart + 1].isupper() or _so_called(text, q.start):
            continue
        words = re.findall(r"\w+", text[q.cstart:q.cend])
        toks = [t for t in doc[lo:hi] if q.cstart <= t.idx < q.cend]
        telling = len(words) >= 3 or any(t.pos_ in {"VERB", "AUX", "ADJ"} for t in toks)
        if not words or not telling:
            continue
        cs, ce = strip_span(text, s0, s1, _STRIP)
        if ce - cs >= 10:
            # "Kamerlid X is 'een beetje flabbergasted'", "De SP wil ... 'terug naar de basis'": a
            # source that opens the sentence as its subject says the quoted words, not the one before
            subj = _named_subject(doc, lo, hi)
            if subj is not None and not q.start < doc[subj[1] - 1].idx + len(doc[subj[1] - 1].text):
                yield Candidate("mixed", cs, ce, "fragment-continuation", 0.4, cue=None, mention=_mention(doc, subj))
            else:
                yield Candidate("mixed", cs, ce, "fragment-continuation", 0.4, cue=None, same_as_prev=True)
        return


def _named_subject(doc, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """The noun phrase opening the sentence [lo, hi) when it names a source (a name or a person
    noun; not a pronoun, which may stand for the reports just quoted) and a verb follows it."""
    k = lo
    while k < hi and doc[k].lower_ in {"ook", "maar", "en", "toch", "zelfs"}:
        k += 1
    np = np_after(doc, k, hi)
    if np is None or np[1] >= hi or not (doc[np[1]].pos_ in {"VERB", "AUX"} or doc[np[1]].lower_ in AUXILIARIES):
        return None
    if any((x > k and doc[x].text[:1].isupper() and doc[x].pos_ == "PROPN") or doc[x].ent_type_ in {"PER", "ORG"}
           or doc[x].lower_ in PERSON_NOUNS for x in range(*np)):
        return np
    return None


def _cap(w: str) -> bool:
    return w[:1].isupper()


_PASSIVE_AUX = {"wordt", "werd", "worden", "werden"}

#: whether every passive report with no agent ("Er wordt gezegd dat ...") is an attribution with an
#: unknown speaker; off: on articles not used to write the rules they were more often noise (kept:
#: a belief, "Er wordt gevreesd dat ...", and a document's "..., waarin wordt gesteld dat ...")
UNKNOWN_SOURCE_PASSIVES = False


def _main_clause_passive(doc, lo: int, aux: int) -> bool:
    """Whether the passive auxiliary at ``aux`` is the finite verb of a main clause: after "er"
    ("Er wordt gevreesd", "Niet zo vreemd, er wordt geschat") or after one fronted phrase with no
    verb in it ("In Den Haag wordt gevreesd dat ...")."""
    if aux > lo and doc[aux - 1].lower_ == "er":
        return True
    if aux == lo or not has_pos(doc) or doc[lo].pos_ not in {"ADP", "ADV", "CCONJ"}:
        return False
    return not any(doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX", "SCONJ", "PRON"} for k in range(lo, aux))


def passive_report(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"Door de politie wordt vermoed dat C": a passive report, its source the "door ..."
    agent; without one ("Er wordt gezegd dat C") only when UNKNOWN_SOURCE_PASSIVES, with no
    speaker."""
    if hi - lo > 4 and doc[lo + 1].lower_ in _PASSIVE_AUX | {"is", "was"} and doc[lo + 2].lower_ == "dat" \
            and not _in_any(doc[lo].idx, quoted) and cue_ok(lo):
        # "Gevreesd wordt dat ...", "Gebleken is dat ...": the participle fronted, a belief held
        # or a finding made by no one named ("Verwacht" may read as a finite form: the auxiliary
        # after it says it is the participle)
        cue = cue_at(doc, lo, hi, lo=lo)
        if cue is not None and (cue.cls == "belief" and doc[lo + 1].lower_ in _PASSIVE_AUX
                                or doc[lo].lower_ == "gebleken"):
            cs, ce = strip_span(text, *_chars(doc, lo + 3, _content_end(doc, lo + 3, hi)), _STRIP)
            if ce - cs >= 10:
                yield Candidate("indirect", cs, ce, f"passive:{cue.lemma}", 0.5, cue=_chars(doc, lo, lo + 2))
            return
    for i in range(lo + 1, hi - 2):
        if _in_any(doc[i].idx, quoted) or not cue_ok(i):
            continue
        cue = cue_at(doc, i, hi, lo=lo)
        # ("In Den Haag wordt verwacht dat ...": right after a passive auxiliary)
        participle = cue is not None and (cue.kind == "participle" or (
            doc[i - 1].lower_ in _PASSIVE_AUX and _reads_as_participle(doc[i], cue)))
        if not participle or cue.cls not in {"speech", "belief", "finding"} \
                or cue.lemma in QUOTE_ONLY_LEMMAS or cue.lemma in {"blijken", "laten weten", "laten zien"}:
            continue
        if doc[i].lower_ == "bekend":
            continue  # "werd bekend dat": it became known, nobody confessed
        aux = next((k for k in range(i - 1, max(lo, i - 8) - 1, -1) if doc[k].lower_ in _PASSIVE_AUX), None)
        if aux is None or any(doc[k].is_punct or doc[k].lower_ in {"dat", "of", "die"} for k in range(aux + 1, i)):
            continue
        clause = max([lo] + [k + 1 for k in range(lo, aux) if doc[k].text == ","])
        if any(doc[k].lower_ in {"niet", "geen", "nooit"} for k in range(clause, i)):
            continue  # "kon niet worden aangetoond dat": nothing is claimed (but "Niet zo vreemd, er
            # wordt geschat dat ...": the negation is in a phrase before the clause)
        reach = 10 if i + 1 < hi and doc[i + 1].lower_ == "door" else 6
        comp = next((k for k in range(i + 1, min(hi, i + reach)) if doc[k].lower_ == "dat"
                     or doc[k].is_punct), None)
        if comp is not None and doc[comp].text == "," and doc[i + 1].lower_ == "door" and comp + 1 < hi \
                and doc[comp + 1].lower_ == "dat":
            comp += 1  # "werd gewaarschuwd door de ombudsman, dat ...": the agent after the participle
        if comp is None or doc[comp].lower_ != "dat" or comp + 2 >= hi:
            continue
        if any(doc[k].lower_ in {"dat", "die", "wat", "als", "omdat", "of"} for k in range(lo, aux)):
            continue  # the passive inside a subordinate clause ("omdat er wordt gezegd dat")
        door = next((k for k in range(lo, comp) if doc[k].lower_ == "door"), None)
        np = np_after(doc, door + 1, comp) if door is not None else None
        if np is not None and (doc[np[0]].lower_ in PRONOUNS or not is_source_np(doc, *np)):
            np = None
        if np is None and aux > lo and doc[aux - 1].lower_ in {"waarin", "waarop"}:
            np = _antecedent_np(doc, aux - 1)  # "een artikel waarin wordt gemeld dat ...": the article
        if np is None and not UNKNOWN_SOURCE_PASSIVES and not (cue.cls == "belief" and _main_clause_passive(doc, lo, aux)):
            return  # (but "Er wordt gevreesd dat ...": a belief held, by no one named)
        c_lo, c_hi = comp + 1, _content_end(doc, comp + 1, hi)
        cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
        if ce - cs >= 10:
            yield Candidate("indirect", cs, ce, f"passive:{cue.lemma}", 0.5,
                            cue=cue_text_span(doc, cue), mention=_mention(doc, np) if np else None)
        return


#: forms of "vragen" and "verzoeken" that ask someone to do something ("vroeg de raad ... te ...")
_REQUEST_FORMS = {"vraagt", "vragen", "vroeg", "vroegen", "gevraagd", "verzoekt", "verzoeken", "verzocht", "verzochten"}


def request(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"De bond vroeg de minister de regels te versoepelen", "X heeft Y gevraagd om ... te
    ...", "X verzocht Y Z te doen": a request whose content is the te-infinitive clause (the
    person asked is left out)."""
    if not has_parse(doc):
        return
    for i in range(lo, hi - 2):
        t = doc[i]
        if t.lower_ not in _REQUEST_FORMS or t.pos_ not in {"VERB", "AUX"} or _in_any(t.idx, quoted) or not cue_ok(i):
            continue
        te = None
        for k in range(i + 1, min(hi - 1, i + 16)):
            if doc[k].is_punct or doc[k].lower_ in {"dat", "of", "zich", "wat", "waarom", "hoe", "wie", "waar"}:
                break
            if doc[k].lower_ == "te" and doc[k + 1].pos_ in {"VERB", "AUX"}:
                te = k
                break
        if te is None:
            continue
        cl = _clause_start(doc, i, lo)
        aux = next((k for k in range(cl, i) if doc[k].lower_ in AUXILIARIES), None)
        # ("verzocht" is finite or the participle: the latter only with an auxiliary before it)
        kind = "participle" if t.lower_.startswith("ge") or (t.lower_ == "verzocht" and aux is not None) else "finite"
        cue = Cue(i, "vragen", "speech", kind)
        if _not_a_report(doc, i, lo, hi, cue):
            continue
        passive_aux = any(doc[k].lower_ in {"is", "was", "wordt", "werd", "worden", "werden", "zijn", "waren"}
                          and doc[k].pos_ == "AUX" for k in range(cl, i))
        if (kind == "participle" or t.lower_ == "verzocht") and (passive_aux or any(doc[k].lower_ == "door" for k in range(cl, i))):
            continue  # "Het bestuur is door de burgemeester verzocht ...": a passive, the subject was asked
        np = None
        if kind == "participle" and aux is not None and aux > cl:
            np = np_before(doc, aux, cl)  # "Kim zou Trump hebben gevraagd ...": the subject before the auxiliary
        np = np or _subject(doc, i, lo, hi, te, cue)
        if np is not None and np[0] > i:
            cut = next((k for k in range(np[0] + 1, np[1]) if doc[k].lower_ == "aan"), None)
            np = (np[0], cut) if cut is not None else np  # "verzocht de rechter | aan de advocaat ..."
        if np is None or not is_source_np(doc, *np, strict=False) or doc[np[0]].lower_ in _GENERIC | {"ik", "we", "wij"}:
            continue
        c_lo = max(i + 1, np[1]) if np[0] > i else i + 1  # (past an inverted subject)
        # past the person asked ("vroeg (aan) de minister | de regels te versoepelen")
        if kind == "finite" and c_lo < te:
            k0 = c_lo + (doc[c_lo].lower_ == "aan")
            asked = np_after(doc, k0, te)
            if asked is not None and asked[1] < te:
                c_lo = asked[1]
        if c_lo < te and doc[c_lo].text == "om":
            c_lo += 1
        c_hi = _content_end(doc, te, hi)
        while c_hi > c_lo and doc[c_hi - 1].is_punct:
            c_hi -= 1
        if c_hi - c_lo < 3:
            continue
        cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
        yield Candidate("indirect", cs, ce, "request", 0.6, cue=_chars(doc, i, i + 1), mention=_mention(doc, np))


def bracketed_source(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"Dat een stem op A een stem op B is (aldus X).": the source in brackets after the claim
    (a list of claims, each with its owner)."""
    for k in range(lo + 2, hi - 3):
        if doc[k].text != "(" or doc[k + 1].lower_ not in {"aldus", "volgens"} or _in_any(doc[k].idx, quoted) \
                or not cue_ok(k + 1):
            continue
        close = next((x for x in range(k + 2, min(hi, k + 12)) if doc[x].text == ")"), None)
        np = np_after(doc, k + 2, close) if close is not None else None
        if np is None or np[1] != close or not is_source_np(doc, *np):
            continue
        c_lo = _content_start(doc, lo, k)
        if doc[c_lo].lower_ in {"dat", "of"} and c_lo + 1 < k:
            c_lo += 1  # "Dat A (aldus X)": a claim listed as a clause; "dat" is no part of it
        cs, ce = strip_span(text, *_chars(doc, c_lo, k), _STRIP)
        if ce - cs < 6 or any(a - 1 <= cs and ce <= b + 1 for a, b in quoted):
            continue
        yield Candidate("indirect", cs, ce, "bracketed", 0.7, cue=_chars(doc, k + 1, k + 2), mention=_mention(doc, np))


RULES = (complement_clause, trailing_cue, volgens, demonstrative_cue, belief_adjective, own_account, opinion,
         document_says, speech_object, nominal_claim, held_belief, perspective, colon_statement, view, passive_report,
         agreement, request, bracketed_source, observation, as_stated, trailing_noun)


_YOU = {"u", "u.", "jij", "je", "jou", "jullie"}


def _put_to_you(doc, text: str, lo: int, hi: int, quoted) -> bool:
    """A question outside quotes ("Wat wil de kiezer, denkt u?", "Is dat zo volgens jou?"):
    the interviewer asks; a source addressed as "u" or "jij" has claimed nothing yet."""
    end = hi
    while end > lo and doc[end - 1].text in {'"', "'", "’", "”"}:
        end -= 1
    return end > lo and doc[end - 1].text == "?" and not _in_any(doc[end - 1].idx, quoted)


def reported_speech(doc, text: str, sents: Sequence[tuple[int, int]], tix: TokenIndex,
                    quoted: Sequence[tuple[int, int]], cue_ok=lambda i: True, fragments=()) -> list[Candidate]:
    """Run every reported-speech rule over every sentence. ``quoted`` are the content spans
    of direct quotes (cues and speakers are never inside them)."""
    out: list[Candidate] = []
    prev_found: list[Candidate] = []
    for si, (s0, s1) in enumerate(sents):
        r = tix.span(s0, s1)
        if not len(r):
            prev_found = []
            continue
        lo, hi = r.start, r.stop
        found = [c for rule in RULES for c in rule(doc, text, lo, hi, quoted, cue_ok)]
        found += list(naming(doc, text, lo, hi, quoted, cue_ok, fragments))
        if found and _put_to_you(doc, text, lo, hi, quoted):
            found = [c for c in found if not (c.mention and text[c.mention[0]:c.mention[1]].lower() in _YOU)]
        if not found and prev_found and "\n\n" not in text[sents[si - 1][1]:s0]:
            found = list(reportative(doc, text, lo, hi, quoted))
        if not found and FRAGMENT_CLAIMS:
            found = list(fragment_claim(doc, text, lo, hi, quoted, fragments))
        if not found and prev_found and "\n\n" not in text[sents[si - 1][1]:s0]:
            found = list(fragment_continuation(doc, text, lo, hi, quoted, fragments))
        prev_claims = prev_found
        prev_found = [c for c in found if not c.target_prev_sentence and c.type != "direct"]
        for cand in found:
            if cand.target_prev_sentence:
                if si == 0 or "\n\n" in text[sents[si - 1][0]:s0]:
                    continue  # "Dat zegt X." at the start of a block points at nothing we can see
                if doc[lo].lower_ in _POINTING_ADVERBS and any(c.mention for c in prev_claims):
                    continue  # "Y weet zeker dat A. Daarvoor pleit X.": X pleads for a thing, not for Y's claim
                p0, p1 = sents[si - 1]
                cand.cstart, cand.cend = strip_span(text, p0, p1, _STRIP)
                # "De politie leverde zelf 'het bewijs'. Dat zegt advocaat X.": the sentence's quoted
                # words are X's, not those of the subject a fragment rule guessed
                out = [c for c in out if not (c.rule.startswith("fragment") and p0 <= c.cstart < p1)]
            out.append(cand)
    return out
