"""Speakers: find the noun phrase that names a source, and resolve it to a canonical source.

- :func:`find_names` collects the names in an article (NER PER/ORG when the pipeline has
  them, capitalised chains with name particles otherwise) with the role or affiliation the
  article states next to them ("socioloog Anna Smit", "X, hoogleraar ... in Leiden,",
  "X van de denktank Y").
- :func:`np_after` / :func:`np_before` / :func:`subject_of` find the mention at a cue.
- :func:`resolve` maps a mention to the fullest name in the article, a pronoun to the most
  recent compatible source, a description ("de socioloog") to the name with that role, and
  an unnamed source to a short description ("analisten").
"""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

from ..lang.nl.words import (GROUP_PRONOUNS, ORG_NOUNS, ORG_HEADS, NOT_ORG_COMPOUNDS, PORTFOLIO_WORDS, AFFILIATION_PREPS, ANAPHORIC,
                             DETERMINERS, NAME_PARTICLES, FIELD_ROLES, NOT_NAMES, NP_STOP, OBJECT_PRONOUNS, PERSON_NOUNS, PRONOUNS,
                             PLURAL_DEMONYMS, SINGULAR_DEMONYMS, ROLE_SUFFIXES, SENTENCE_ADVERBS, SOURCE_NOUNS,
                             TITLE_NOUNS, WEEKDAY_PARTS)
from ..lang.nl.reporting_verbs import REPORTING_FORMS
from ..lang.nl.first_names import FEMALE, FEMALE_ROLES, FIRST_NAMES, MALE, MALE_ROLES
from .text import has_parse, has_pos

_SUBJ_DEPS = {"nsubj", "nsubj:pass", "csubj"}
_NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "X", "PRON"}
_ORG_WORDS = set("""universiteit university bank partij center centre centrum ministerie raad
instituut institute organisatie stichting vereniging bond unie commissie rechtbank hof
politie gemeente provincie ziekenhuis krant omroep times post news agency agentschap
bureau fonds dienst inspectie autoriteit""".split())
#: last words of company names that may start with a first name ("Kim Cosmetics", "Jan Groep")
_COMPANY_WORDS = set("""group groep holding foundation company corporation cosmetics records media
productions entertainment airlines motors fashion bv nv inc ltd""".split())
_ORG_WORDS |= _COMPANY_WORDS
#: adjectives that open names of institutions and places ("Eerste Kamer", "Hoge Raad", "Grote Markt")
_NAME_ADJECTIVES = {"eerste", "tweede", "derde", "hoge", "nieuwe", "oude", "grote", "kleine"}
#: last words of buildings and schools named after someone ("Kees Rijvers Arena", "Anna Bijns Lyceum")
_VENUE_WORDS = set("""arena stadion stadium dome theater theatre zaal hal museum kerk kathedraal airport luchthaven
hotel lyceum gymnasium college school academie""".split())
_ORG_WORDS |= _VENUE_WORDS
_NAMED_AFTER_SOMEONE = _COMPANY_WORDS | _VENUE_WORDS


#: last parts of one-word institution names that take "voor ..." ("Raad voor Cultuur")
_INSTITUTION_ENDINGS = ("raad", "bureau", "dienst", "instituut", "fonds", "centrum", "stichting", "vereniging",
                        "autoriteit", "inspectie", "bond", "college", "commissie", "agentschap", "federatie")


def _function_word(tok) -> bool:
    """A capitalised function word ("Dan", "Zo", "Wel"), unless the tagger reads it as the first
    name of a person it continues mid-sentence ("inlichtingenbaas Dan Coats")."""
    if tok.text not in NOT_NAMES:
        return False
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].is_punct or tok.i + 1 >= len(doc):
        return True
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    if not _cap(nxt.text) or nxt.text in NOT_NAMES:
        return True
    return not (tok.ent_type_ in {"PER", "PERSON"} or (prev.text.islower() and _is_role_word(prev.text)))


#: last parts of names of buildings and places ("Vredeskerk", "Domplein")
_PLACE_ENDINGS = ("kerk", "school", "huis", "plein", "straat", "weg", "haven", "fabriek", "markt", "park", "hof",
                  "kliniek", "ziekenhuis", "universiteit", "club", "bank", "kazerne", "gevangenis", "museum")


def _cap(word: str) -> bool:
    return bool(word) and word[0].isupper() and any(c.isalpha() for c in word)


def _is_pron(tok) -> bool:
    return tok.lower_ in PRONOUNS or tok.lower_ in OBJECT_PRONOUNS


@dataclass
class Name:
    start: int  # char offsets
    end: int
    text: str
    words: frozenset
    label: str = ""  # PER / ORG / LOC / MISC / "" (unknown)
    role: Optional[str] = None
    person: bool = False
    aliases: set = field(default_factory=set)
    acronym: Optional[str] = None  # as written in brackets after the name: "(NCTV)"


#: nouns, alone or as the end of a compound, that say a name is an organisation's
#: ("mensenrechtenorganisatie X", "de omroep X"; not "afzender", "verbond")
_ORG_KIND = re.compile(r"(?:organisatie|stichting|vereniging|bedrijf|partij|bank|omroep|krant|(?<!af)zender|"
                       r"(?<!ver)bond|website)$")


def _words(text: str) -> frozenset:
    """Name words for matching mentions to names; hyphenated compounds stay whole
    ("FvD-kopstukken" is not "FvD", "Anne-Marie" is one first name)."""
    ws = (w.strip("-'’") for w in re.findall(r"[\w'’-]+", text.lower()))
    return frozenset(w for w in ws if w and w not in {"de", "het", "een", "van", "der", "den"})


#: endings of first names not in the lists ("Nettie", "Mientje", "Joline", "Tanja"): enough to
#: read "Nettie van Griensven" as one name
_FIRST_NAME_ENDINGS = ("ie", "tje", "ette", "elle", "ine", "ina", "ia", "ja", "ny", "ly")


def _particle_surnames(doc) -> set:
    """Surnames the article writes with a capitalised particle inside a sentence ("zegt Van
    Veldhuizen"): evidence that "Birgit van Veldhuizen" elsewhere is one name, even when the
    first name is not in our lists."""
    cached = doc.user_data.get("aldus_particle_surnames")
    if cached is None:
        cached = set()
        for t in doc:
            if t.is_sent_start or not t.text[:1].isupper() or t.text.lower() not in NAME_PARTICLES:
                continue
            k = t.i
            while k < len(doc) and doc[k].text.lower() in NAME_PARTICLES:
                k += 1
            if k < len(doc) and _cap(doc[k].text) and doc[k].text not in NOT_NAMES:
                cached.add(" ".join(x.text for x in doc[t.i:k + 1]).lower())
        doc.user_data["aldus_particle_surnames"] = cached
    return cached


def _chain_at(doc, i: int) -> int:
    """End (exclusive) of a capitalised name chain starting at token i (i itself if none)."""
    j = i
    n = len(doc)
    while j < n:
        t = doc[j]
        prev = doc[j - 1].text if j > i else ""
        if len(prev) >= 3 and prev.endswith(".") and prev[:-1].isalpha() and prev[:-1].isupper():
            break  # "naar de VS. Maduro ...": an acronym with the full stop ends the sentence and the name
        if j - 1 > i and len(prev) >= 4 and prev.endswith(".") and prev[0].isupper() and prev[1:-1].isalpha() \
                and prev[1:-1].islower():
            break  # "zegt advocaat Ali Sen. Anna B. ...": a surname the tokenizer kept with its full stop
        if j > i and re.fullmatch(r"[A-Z]\.", prev) and (t.text.lower() in PERSON_NOUNS or _is_role_word(t.text.lower())):
            break  # "Gökmen T. Verdachte moordpartij": a title word after the suspect's initial
        if _cap(t.text) and not (j > i and t.text in NOT_NAMES) and t.text not in {"(", ")"}:
            j += 1
            if re.search(r"['’]s$", t.text) and len(t.text) > 3:
                break  # "Zuid-Korea's Moon": a possessive ends the name it belongs to
            continue
        # "Universiteit van Amsterdam", "Ministerie van Financiën": a body's name built with "van"
        if j - i == 1 and j + 1 < n and doc[j].lower_ == "van" and _cap(doc[j + 1].text) \
                and doc[j + 1].text not in NOT_NAMES and doc[i].text[1:].islower() \
                and doc[i].text.lower() in {"universiteit", "hogeschool", "ministerie", "gemeente", "provincie"}:
            j += 1
            continue
        # particles inside a name: "Jan van der Berg", followed by a capitalised word;
        # not "Hwang van Pilp" / "CDA van Jansen" (a name of an organisation after "van")
        k = j
        while k < n and doc[k].text in NAME_PARTICLES:
            k += 1
        if j > i and k > j and k < n and _cap(doc[k].text) and doc[k].text not in NOT_NAMES | PLURAL_DEMONYMS \
                and not (len(doc[k].text) > 1 and any(c.isupper() for c in doc[k].text[1:])):
            parts = [doc[x].text for x in range(j, k)]
            # only right after a first name or initials: "Jan van der Berg", "J.P. de Vries",
            # not "Paul Zoontjens van de Universiteit Tilburg"
            # after an unknown first token only the particles of surnames ("van der", "ter"), not
            # "van de"/"van het" ("Schreuders van de Vriendenloterij")
            known_first = doc[i].text.lower() in FIRST_NAMES or (
                j - i == 1 and doc[i].text[1:].islower() and 3 < len(doc[i].text) < 10
                and doc[i].text.lower().endswith(_FIRST_NAME_ENDINGS) and doc[i].ent_type_ not in {"ORG", "LOC", "GPE"})
            first_only = (j - i == 1 and not doc[i].text.isupper()
                          and (known_first or parts not in (["van", "de"], ["van", "het"], ["van"])
                               or " ".join(parts + [doc[k].text]).lower() in _particle_surnames(doc))) \
                or re.fullmatch(r"(?:[A-Z]\.)+", doc[j - 1].text) \
                or (j - i >= 2 and doc[j - 1].text.lower() in FIRST_NAMES and not doc[j - 1].text.isupper())
            # (the last: a known first name after a capitalised role, "PVV-Kamerlid Leon de Jong")
            if first_only and parts[-1] in {"de", "het"} and (
                    doc[k].text.lower().endswith(_INSTITUTION_ENDINGS + _PLACE_ENDINGS)
                    or doc[k].ent_type_ in {"ORG", "LOC", "GPE"}):
                first_only = False  # "Pierre van de Vredeskerk": a first name and the place he is from
            if first_only:
                j = k
                continue
        # "Coördinator Terrorismebestrijding en Veiligheid (NCTV)": "en" inside a name its acronym follows
        if j - i >= 2 and j + 3 < n and doc[j].lower_ == "en" and _cap(doc[j + 1].text) and doc[j + 2].text == "(" \
                and re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", doc[j + 3].text) \
                and doc[j + 3].text[-1].lower() == doc[j + 1].text[0].lower():
            j += 2
            continue
        # connectors inside organisation names: "Centraal Bureau voor de Statistiek", and after one
        # institution word: "Onderzoeksraad voor Veiligheid", "Planbureau voor de Leefomgeving"
        # (not after a person's name: "minister Karin Bos voor Klimaat" holds the portfolio)
        if j + 1 < n and doc[j].lower_ in {"voor", "of", "for", "on", "and", "&"} and (
                j - i >= 2 or (doc[j].lower_ == "voor" and doc[j - 1].text.lower().endswith(_INSTITUTION_ENDINGS))) \
                and not (doc[i].text.lower() in FIRST_NAMES and doc[i].ent_type_ in {"PER", "PERSON", ""}
                         and not any(doc[x].lower_ in AFFILIATION_PREPS for x in range(i + 1, j))):
            k = j + 1
            while k < n and doc[k].lower_ in {"de", "het", "the"}:
                k += 1
            if k < n and _cap(doc[k].text) and doc[k].text not in NOT_NAMES:
                j = k
                continue
        # "Forum voor Democratie": one word, "voor" and a word the NER reads as an organisation, or
        # all three one entity of the NER
        if j - i == 1 and j + 1 < n and doc[j].lower_ == "voor" and doc[i].ent_type_ not in {"PER", "PERSON"}:
            k = j + 1 + (doc[j + 1].lower_ in {"de", "het"})
            one_entity = bool(doc[i].ent_type_) and all(doc[x].ent_iob_ == "I" for x in range(j, min(n, k + 1)))
            if k < n and _cap(doc[k].text) and doc[k].text not in NOT_NAMES \
                    and (doc[k].ent_type_ == "ORG" or one_entity):
                j = k
                continue
        break
    return j


def find_names(doc, text: str, sentence_starts: set[int], exclude: list[tuple[int, int]] = ()) -> list[Name]:
    """Name occurrences in reading order (chars [start, end)), with roles where stated."""
    names: list[Name] = []
    # NER labels per token (the model's entity boundaries are not trusted: capitalised
    # chains give the boundaries, NER only their kind)
    label_at: dict[int, str] = {}
    for e in (getattr(doc, "ents", ()) if USE_NER else ()):
        lab = {"PERSON": "PER", "GPE": "LOC"}.get(e.label_, e.label_)
        if lab in {"PER", "ORG", "LOC", "MISC"}:
            for k in range(e.start, e.end):
                label_at[k] = lab
    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        glued_to_number = i > 0 and doc[i - 1].like_num and doc[i - 1].idx + len(doc[i - 1].text) == t.idx
        if _cap(t.text) and not _function_word(t) and not t.is_punct and not _adjective_of_place(t) \
                and not _participle_opener(t, label_at, sentence_starts) and not glued_to_number:  # ("5G")
            j = _chain_at(doc, i)
            if j == i + 1 and _is_role_noun(t.text) and i + 2 < n and doc[i + 1].lower_ == "van" \
                    and _cap(doc[i + 2].text) and label_at.get(i) != "PER":
                i += 1  # "Minister van Financiën Wim de Haan": the role is not a name
                continue
            if j > i + 1 and (_is_role_word(t.text) or (
                    label_at.get(i) is None and label_at.get(i + 1) == "PER" and len(t.text) > 6
                    and t.text.lower() not in FIRST_NAMES and t.text[1:].islower()
                    and t.text.lower().endswith(_ROLE_ENDINGS))) \
                    and (t.idx in sentence_starts | _block_starts(doc) or label_at.get(i + 1) == "PER"):
                i += 1  # "Lijsttrekker Hagar Roijackers": the role is not part of the name
                t = doc[i]
                j = _chain_at(doc, i)
            # "Mocht Mark Rutte ...", "Washington Donald Trump ...": a sentence-initial verb or
            # adverb, or a dateline place before a person, is not part of the name
            while j - i >= 2 and label_at.get(i) not in {"PER", "ORG"} and (
                    (has_pos(doc) and doc[i].pos_ in {"VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "ADJ"}
                     and (doc[i].idx in sentence_starts or doc[i].idx in _block_starts(doc)))
                    or (label_at.get(i) == "LOC" and label_at.get(i + 1) == "PER")):
                i += 1
                t = doc[i]
            # "Pijnlijk Dekker", "Eerlijk Slagters": a sentence-initial word that is never
            # capitalised elsewhere, before a name that is
            if j - i >= 2 and (t.idx in sentence_starts or t.idx in _block_starts(doc)) \
                    and not _seen_capitalised_elsewhere(doc, t, sentence_starts) \
                    and any((x.text == doc[i + 1].text and x.i != i + 1) or (x.text == doc[j - 1].text and not i <= x.i < j)
                            for x in doc) and _cap(doc[i + 1].text) \
                    and (label_at.get(i) != "PER" or t.pos_ == "NOUN") and t.text.lower() not in FIRST_NAMES \
                    and not (t.pos_ == "PROPN" and j - i == 2 and re.match(
                        r",\s+(?:[a-zà-ÿ-]+\s+){0,2}(?:van|bij|uit)\b|\s*\(\d|\s+(?:van|bij)\s+(?:de|het)\s+[a-zà-ÿ]",
                        text[doc[j - 1].idx + len(doc[j - 1].text):][:40])) \
                    and TRIM_INITIAL(t):
                # (but "Foort Lokerse, directeur van ...": an unknown first name with its apposition)
                i += 1
                t = doc[i]
            if j - i >= 2 and doc[i + 1].text.lower() in FIRST_NAMES and doc[i].text.lower() not in FIRST_NAMES \
                    and label_at.get(i) != "ORG" and (
                        i == 0 or doc[i - 1].is_punct or doc[i - 1].is_space or t.idx in sentence_starts
                        or t.idx in _block_starts(doc) or label_at.get(i) == "LOC" and label_at.get(i + 1) == "PER"
                        or j - i >= 3 or _opens_a_name_elsewhere(doc, i + 1)):
                # (where a subhead or a dateline can stand, or before a first name that opens a full
                # name elsewhere: not "snorfietser Nadia Abdelaziz", whose surname is also a first name)
                i += 1  # a glued subhead or dateline before "Jan van Ours"
                t = doc[i]
                j = _chain_at(doc, i)
            # "Omroep MAX-baas Jan Slagter", "Zeeuwse Statenlid Johan Robesin": cut after the role
            # (not in a name its acronym follows: "Nationaal Coördinator Terrorismebestrijding (NCT)")
            acro = re.match(r"\s*\(([A-Z][A-Za-z&]{1,9})\)", text[doc[j - 1].idx + len(doc[j - 1].text):][:14])
            initials = "".join(doc[x].text[0] for x in range(i, j) if _cap(doc[x].text)).lower()
            for k in (range(j - 2, i - 1, -1) if not (acro and acro.group(1).lower() in {initials, initials[1:]})
                      else ()):
                if _is_role_noun(doc[k].text) and doc[k].text.lower() not in FIRST_NAMES \
                        and doc[k + 1].text not in NAME_PARTICLES and doc[k + 1].text[:1].isupper() \
                        and (label_at.get(k) != "ORG" or doc[k].text.lower() in PERSON_NOUNS - ORG_NOUNS):
                    i = k + 1
                    t = doc[i]
                    j = max(j, _chain_at(doc, i))  # "Kamerlid Michiel van Nispen": particles join now
                    break
            # "minister van Buitenlandse Zaken Heiko Maas", "directeur van Shell Ben Bakker": the
            # portfolio or employer after "<role> van" is not part of the person's name
            if j - i >= 2 and i >= 2 and doc[i - 1].lower_ == "van" and _is_role_noun(doc[i - 2].text):
                for k in range(i + 1, j):
                    portfolio = all(doc[x].lower_ in PORTFOLIO_WORDS or doc[x].lower_ == "en" for x in range(i, k)) \
                        and doc[k].lower_ not in PORTFOLIO_WORDS | {"en"} and j - k <= 4
                    if (portfolio or doc[k].text.lower() in FIRST_NAMES
                            or (label_at.get(k) == "PER" and label_at.get(k - 1) != "PER")) \
                            and doc[k].text not in NAME_PARTICLES and doc[k - 1].text not in NAME_PARTICLES:
                        names.append(Name(doc[i].idx, doc[k - 1].idx + len(doc[k - 1].text),
                                          text[doc[i].idx:doc[k - 1].idx + len(doc[k - 1].text)],
                                          _words(text[doc[i].idx:doc[k - 1].idx + len(doc[k - 1].text)]), "ORG"))
                        i = k
                        t = doc[i]
                        j = max(j, _chain_at(doc, i))  # "Wim de Haan": particles join now
                        break
            # "Corrie van Brenk": an unknown first name, particles and a surname, all tagged PER
            # or after a person's role ("wethouder Lot van Hooijdonk")
            if j == i + 1 and (label_at.get(i) == "PER" or (i > 0 and _is_role_noun(doc[i - 1].text)
                                                             and doc[i - 1].text.lower() in PERSON_NOUNS)):
                k = j
                while k < n and doc[k].text in NAME_PARTICLES:
                    k += 1
                if k > j and k < n and _cap(doc[k].text) and doc[k].text not in NOT_NAMES \
                        and (label_at.get(k) == "PER" or label_at.get(i) != "PER") \
                        and not (doc[k - 1].text in {"de", "het"}
                                 and doc[k].text.lower().endswith(_INSTITUTION_ENDINGS + _PLACE_ENDINGS)):
                    j = _chain_at(doc, k)
            # "Eerste Kamer Paul Rosenmöller": an institution, then a person, glued together
            for k in range(i + 1, j):
                if label_at.get(k) == "PER" and label_at.get(k - 1) in {"ORG", "LOC", "MISC"} \
                        and (label_at.get(k + 1) == "PER" or doc[k].text.lower() in FIRST_NAMES):
                    j = k
                    break
            # "Daniel Schwaab Ajax": a person's name and a club or place glued together
            for k in range(i + 1, j):
                if k - 2 >= i and label_at.get(k - 1) == "PER" and label_at.get(k - 2) == "PER" \
                        and label_at.get(k) in {"ORG", "LOC"} and doc[k - 1].text not in NAME_PARTICLES:
                    j = k
                    break
            # "Vertrouwen Kramer heeft veel vertrouwen in ...": a glued subhead, a word
            # the article also writes in lower case, before the name that opens the sentence
            if j - i >= 2 and (t.idx in sentence_starts or t.idx in _block_starts(doc)) and has_pos(doc) \
                    and (label_at.get(i) != "PER" or t.pos_ == "NOUN") and t.text not in NAME_PARTICLES \
                    and t.text.lower() not in FIRST_NAMES and _cap(doc[i + 1].text) \
                    and doc[i + 1].text not in NAME_PARTICLES \
                    and _written_in_lower_case(doc, t.text, {"NOUN", "ADJ", "ADV", "VERB"}, doc[i + 1].text, +1):
                i += 1
                t = doc[i]
            # "Kees D. Soms", "Bas Bos Kan": a verb or adverb of the next sentence glued on when
            # the sentence break was lost, a word the article also writes in lower case
            while j - i >= 2 and has_pos(doc) and label_at.get(j - 1) != "PER" \
                    and doc[j - 2].text not in NAME_PARTICLES and doc[j - 1].text.lower() not in FIRST_NAMES \
                    and _written_in_lower_case(doc, doc[j - 1].text, {"VERB", "AUX", "ADV"}, doc[j - 2].text, -1):
                j -= 1
            if j > i:
                span = doc[i:j]
                single_initial = j - i == 1 and t.idx in sentence_starts
                d = i - 1 - (i > 1 and re.fullmatch(r"\d{1,3}-jarige", doc[i - 1].text) is not None)
                demonym = j - i == 1 and d >= 0 and (doc[d].text == "de" or (
                    doc[d].text == "De" and doc[d].idx in sentence_starts | _block_starts(doc))) \
                    and (_DEMONYM.fullmatch(t.text) is not None or (d < i - 1 and t.text in SINGULAR_DEMONYMS))
                # ("de Enschedeër", "de (61-jarige) Amsterdammer", "de 30-jarige Duitser": no name)
                # ("Bakker waarschuwt: ...": a word for a person opening the headline, where articles
                # are left out, is a name only when the article writes it so elsewhere)
                if not demonym and (not single_initial or (label_at.get(i) and (
                        i > 0 or t.text.lower() not in PERSON_NOUNS or t.text.lower() in _COLLECTIVE_NOUNS))
                                    or _seen_capitalised_elsewhere(doc, t, sentence_starts)):
                    labels = [label_at[k] for k in range(i, j) if k in label_at]
                    order = {"PER": 3, "MISC": 2, "ORG": 1, "LOC": 0}
                    label = max(set(labels), key=lambda l: (labels.count(l), order.get(l, 0))) if labels else ""
                    names.append(Name(span.start_char, span.end_char, span.text, _words(span.text), label))
                i = j
                continue
        i += 1
    out = [nm for nm in names if not any(a <= nm.start < b for a, b in exclude)]
    # "De Vries Van Koppen zegt ...": a glued subhead that is itself a name, then the subject;
    # both halves are names found elsewhere in the article, the second is the one here
    for k, nm in enumerate(out):
        toks = list(re.finditer(r"\S+", nm.text))
        if len(toks) >= 2 and toks[0].group().lower() in _NAME_ADJECTIVES:
            continue  # "de Eerste Kamer", "de Hoge Raad": one name, however "Eerste" and "Kamer" occur alone
        for p in range(1, len(toks)):
            prefix, suffix = nm.text[:toks[p].start()].strip(), nm.text[toks[p].start():]
            pw, sw = _words(prefix), _words(suffix)
            if not suffix[:1].isupper() or not pw or not sw or prefix.split()[-1] in NAME_PARTICLES \
                    or prefix.split()[0].lower() in FIRST_NAMES \
                    or len(nm.text.split()) > 4:
                continue
            others = [o for o in out if o.end <= nm.start or o.start >= nm.end]
            if not (prefix.split()[0].lower() in NAME_PARTICLES or suffix.split()[0].lower() in NAME_PARTICLES) \
                    and any(o.words == pw and (o.label == "PER" or o.label == "") for o in others):
                continue  # "Wil Burger" next to "Ad Burger" and "Wil": a first name, not a glued heading
            if any(sw <= o.words and not (pw & o.words) for o in others) \
                    and any(pw == o.words for o in others):
                cut = nm.start + toks[p].start()
                out[k] = Name(cut, nm.end, suffix, sw, nm.label, nm.role, nm.person, nm.aliases)
                break
    # initials as an alias: "Openbaar Ministerie" is "OM", "Centraal Bureau voor de Statistiek" "CBS"
    for nm in out:
        caps = [w for w in nm.text.split() if w[:1].isupper()]
        if len(caps) >= 2:
            nm.aliases.add("".join(w[0] for w in caps).lower())
    # acronyms in brackets belong to the name before them: "Centrum voor Strategische Studies (CSS)"
    for k, nm in enumerate(out):
        m = re.match(r"\s*\(([A-Z][A-Za-z&]{1,9})\)", text[nm.end:nm.end + 14])
        if m:
            nm.aliases.add(m.group(1).lower())
            nm.acronym = m.group(1)
    for nm in out:
        low = nm.text.lower().split()
        if nm.label == "PER" or (nm.label in {"", "MISC"} and len(low) >= 2 and not (set(low) & _ORG_WORDS)
                                 and not _loc_context(text, nm.start)
                                 and not re.search(r"\b[Hh]et\s+$", text[max(0, nm.start - 4):nm.start])):
            nm.person = True  # (not "het Hoofdvaart College": a neuter article names a thing)
        nm.role = _role_of(doc, text, nm)
        if nm.role and not nm.label and (len(nm.words) >= 2 or _is_role_word(nm.role.split()[-1])):
            nm.person = True  # (not "de sloppenwijk Munhava": a noun before one word is no role)
        if nm.role and (nm.role.split()[0].lower() in PERSON_NOUNS or _is_role_noun(nm.role.split()[0])) \
                and nm.role.split()[0].lower() not in ORG_NOUNS and len(nm.words) >= 2 \
                and nm.role.split()[0].lower() not in {"gemeente", "provincie", "ministerie", "partij", "bedrijf"}:
            nm.person = True  # "wethouder Lot van Hooijdonk" is a person whatever the tagger says
        if len(low) >= 2 and low[0] in FIRST_NAMES and not (set(low) & _ORG_WORDS):
            nm.person = True  # a known first name: a person whatever the tagger's label
        if re.search(r"\b\d{1,3}-jarige\s+$", text[max(0, nm.start - 14):nm.start]):
            nm.person, nm.label = True, "PER"  # "de 20-jarige Stanley": an age makes a person
        if re.match(r"Van\s+(?:de[nr]?\s+)?[A-Z]", nm.text) and nm.label in {"LOC", ""} and nm.start not in sentence_starts \
                and re.search(r"[a-zà-ÿ,]\s+$", text[max(0, nm.start - 3):nm.start]):
            nm.person, nm.label = True, "PER"  # "past goed bij Van Gorkum": a capital "Van" inside a sentence starts a surname
        if re.match(r"\s*\(\d{1,3}\)", text[nm.end:nm.end + 8]) and nm.label != "LOC":
            nm.person = True  # "Kady Moerenhout (30)": an age in brackets
            if nm.label in {"ORG", "MISC"}:
                nm.label = "PER"
    # "de Amsterdamse Verberne" next to "Carolien Verberne": the place adjective is no first name
    for k, nm in enumerate(out):
        first, _, rest = nm.text.partition(" ")
        if len(rest.split()) >= 2 and _DEMONYM.fullmatch(first) and first.lower() not in FIRST_NAMES \
                and rest.split()[0] not in NAME_PARTICLES:
            # "Iraniër Massod Amin Hosseini": where he is from, then his name
            cut = nm.start + len(first) + 1
            out[k] = nm = Name(cut, nm.end, rest, _words(rest), nm.label, nm.role, nm.person, nm.aliases)
            first, _, rest = nm.text.partition(" ")
        if rest and _place_adjective_text(first) and "-" not in first \
                and any(o is not nm and o.person and _words(rest) <= o.words for o in out):
            cut = nm.start + len(first) + 1
            out[k] = Name(cut, nm.end, rest, _words(rest), nm.label, nm.role, nm.person, nm.aliases)
    for nm in out:
        if nm.role and _ORG_KIND.search(nm.role.split()[-1].lower()) and not re.search(r"\b(?:van|bij)\b", nm.role):
            nm.person, nm.label = False, "ORG"  # "mensenrechtenorganisatie X", "de organisatie X": named after its kind
        if len(nm.text.split()) >= 2 and nm.text.split()[-1].lower() in _NAMED_AFTER_SOMEONE:
            nm.person, nm.label = False, "ORG"  # "Sofie Cosmetics": a company named after its founder
        if any(ch.isdigit() for ch in nm.text):
            nm.person = False  # "A27", "F-16", "Covid-19": roads, planes and diseases, not people
        if _STREET.search(nm.text) or (_STREET_AFTER_DE.search(nm.text) and re.search(r"\bde\s+$", text[max(0, nm.start - 4):nm.start])):
            nm.person, nm.label = False, "LOC"  # "Willem van Dorenstraat", "aan de Van Egmondkade": streets
        last = nm.text.split()[-1] if nm.text.split() else ""
        if len(nm.text.split()) >= 2 and re.fullmatch(r"[A-Z]{2,4}", last) and last not in _ROMAN_NUMERALS:
            nm.person = False  # "Network NL", "Shell NV": a company or channel ends in letters, a person does not
    out = _split_surname_pairs(out, text)
    # "Wilemijn Bakker" once in an article about "Willemijn Bakker": one person, a first name mistyped
    people = [nm for nm in out if nm.person and len(nm.text.split()) == 2]
    for a in people:
        for b in people:
            fa, la = a.text.lower().split()
            fb, lb = b.text.lower().split()
            if la == lb and fa != fb and _one_edit(fa, fb):
                a.aliases.add(fb)
    # the tagger labels the same person differently from one mention to the next (foreign
    # names especially): a name that is PER in full somewhere is a person everywhere
    full_people = [nm.words for nm in out if nm.label == "PER" and len(nm.words) >= 2]
    for nm in out:
        if not nm.person and nm.label != "LOC" and nm.words and any(nm.words <= w for w in full_people):
            nm.person = True
    # "de sloppenwijk Munhava", "het schip Edelweiss": a single name right after a common noun
    # that is no role names a place or a thing, whatever the tagger says
    for nm in out:
        if len(nm.words) == 1 and nm.person and not (nm.role and _is_role_word(nm.role.split()[-1])):
            prev_tok = _token_before(doc, nm.start)
            if prev_tok is not None and has_pos(doc) and prev_tok.pos_ == "NOUN" and prev_tok.text.islower() \
                    and not _is_role_word(prev_tok.text) and not any(
                        o is not nm and nm.words < o.words and o.label == "PER" for o in out):
                nm.person = False
    # "door Syrische Koerden": a people after the adjective of its place, a group and no person
    for nm in out:
        parts = nm.text.split()
        if nm.person and parts and len(parts) <= 2 and parts[-1].endswith("en") and nm.label != "PER" \
                and parts[0].lower() not in FIRST_NAMES:
            prev_tok = _token_before(doc, nm.start)
            if (len(parts) == 2 and _place_adjective_text(parts[0])) or (
                    len(parts) == 1 and prev_tok is not None and _place_adjective_text(prev_tok.text)):
                nm.person = False
    # "haar nieuwe boek Stille Grond", "de film Wilde Paarden": the title of a work, wherever
    # else the article names it ("In Stille Grond beschrijft ze ...")
    titles = set()
    for nm in out:
        prev_tok = _token_before(doc, nm.start) if len(nm.words) >= 2 else None
        if prev_tok is not None and prev_tok.text in TITLE_NOUNS and nm.text.split()[0].lower() not in FIRST_NAMES:
            titles.add(nm.words)
    for nm in out:
        if nm.words in titles:
            nm.person = False
            nm.label = "MISC" if nm.label == "PER" else nm.label
    # a name mostly found after "in/uit/naar/van ..." is a place, and an all-capitals single
    # word a dateline or an acronym: neither is a person, whatever the tagger says
    after_prep: dict[str, list[bool]] = {}
    for nm in out:
        after_prep.setdefault(nm.text, []).append(bool(re.search(
            r"\b(?:in|uit|naar|bij|rond|om|van|voor|tegen|over|door|op|vanuit|richting)\s+$",
            text[max(0, nm.start - 12):nm.start])))
    for nm in out:
        if len(nm.words) == 1 and _PLACE_NOUN_BEFORE.search(text[max(0, nm.start - 30):nm.start]):
            nm.person = False  # "de sloppenwijk Munhava", "het dorp Kasulu": a place, whatever the tagger says
    for nm in out:
        low = nm.text.lower().split()
        if len(low) >= 2 and low[-1] in _ORG_WORDS and low[0] not in FIRST_NAMES \
                and low[-2] not in {"van", "de", "der", "den", "ter", "ten", "'t", "het"} \
                and not re.match(r"\s*\(\d{1,3}\)", text[nm.end:nm.end + 8]):
            nm.person = False  # "hoofd Logistieke Dienst": a role before a department, not a person
    for nm in out:
        if _WEB_ADDRESS.search(nm.text):
            nm.person, nm.label = False, "ORG"  # "het blog Twijfelmoeder.nl": a website, never "ze"
    for nm in out:
        flags = after_prep[nm.text]
        if len(nm.words) == 1 and (sum(flags) * 3 >= len(flags) or (nm.text.isupper() and len(nm.text) > 3)) \
                and not (nm.label == "PER" and nm.text.startswith("Van ")):
            nm.person = False
    return out


#: a name that ends in a web domain ("Nu.nl", "Booking.com")
_WEB_ADDRESS = re.compile(r"\.(?:nl|com|org|net|be|de|eu|nu|io|fr|uk)$", re.I)

#: singular finite verbs without the -t ending ("ze is", "ze had")
_SINGULAR_FINITE = {"is", "was", "had", "kan", "kon", "wil", "zal", "zou", "mag", "mocht", "moest", "wilde", "bleek",
                    "ging", "kwam", "zag", "zei", "vond", "stond", "lag", "zat", "liep", "bleef", "werd"}

#: endings of street and square names, which often carry a person's name ("Wilhelminastraat");
#: not -weg, -hof, -laan, -kade, which end surnames too ("Buitenweg", "Van den Munckhof")
_STREET = re.compile(r"[a-zà-ÿ](?:straat|plein|gracht|singel|steeg|plantsoen)$")
#: endings that surnames share ("Groeneweg", "Terlaan"): a street only after "de" or "aan de"
_STREET_AFTER_DE = re.compile(r"[a-zà-ÿ](?:kade|laan|dreef|weg)$")

_ROMAN_NUMERALS = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI"}


def _opens_a_name_elsewhere(doc, k: int) -> bool:
    """Whether the word at token k opens a longer name elsewhere ("Pater Joost ... Joost
    Hendriks"), with another word before it than here."""
    return any(x.text == doc[k].text and x.i + 1 < len(doc) and _cap(doc[x.i + 1].text)
               and doc[x.i - 1].text != doc[k - 1].text for x in doc if x.i != k)


def _written_in_lower_case(doc, word: str, tags: set, neighbour: str, side: int) -> bool:
    """Whether the article also writes ``word`` in lower case as an ordinary word (tagged one
    of ``tags``), not inside a lower-case copy of the name: ``neighbour`` is the name's word
    on that ``side`` (+1 after, -1 before; "interview jan smit" copies "Jan Smit")."""
    low = word.lower()
    for x in doc:
        if x.text == low and x.pos_ in tags:
            k = x.i + side
            if not 0 <= k < len(doc) or doc[k].lower_ != neighbour.lower():
                return True
    return False


def _split_surname_pairs(names: list[Name], text: str) -> list[Name]:
    """"de tekening waarin Verhoeff Dijkstra in uniform zet": two surnames side by side, each
    the surname of another person the article names in full, are two names (subject and
    object), not one person's."""
    full: dict[str, set] = {}
    for nm in names:
        ws = nm.text.split()
        if len(ws) >= 2:
            full.setdefault(ws[-1], set()).add(nm.text)
    out = []
    for nm in names:
        ws = nm.text.split()
        if len(ws) == 2 and ws[0].lower() not in FIRST_NAMES and ws[0] != ws[1] \
                and all(any(t != nm.text for t in full.get(w, ())) for w in ws) \
                and text[nm.start:nm.end] == nm.text:
            b = nm.end - len(ws[1])
            out.append(Name(nm.start, nm.start + len(ws[0]), ws[0], _words(ws[0]), nm.label, None, nm.person))
            out.append(Name(b, nm.end, ws[1], _words(ws[1]), nm.label, None, nm.person))
        else:
            out.append(nm)
    return out


#: a lower-case place noun right before a one-word name makes it a place
_PLACE_NOUN_BEFORE = re.compile(r"\b[a-zà-ÿ]*(?:wijk|dorp|stad|straat|buurt|kamp|district|regio|provincie|plaats|"
                                r"plein|haven|eiland|rivier|township|gehucht|deelstaat)\s+$")


#: endings of Dutch nouns for people ("opiniepeiler", "campagneleider", "bestuurslid"), for a
#: capitalised word the tagger leaves out of the person's name that follows it
_ROLE_ENDINGS = ("er", "aar", "ist", "ent", "ant", "eur", "ier", "ster", "man", "vrouw", "baas", "chef", "loog",
                 "lid", "ling", "ator", "or", "ice", "ee")


def TRIM_INITIAL(tok) -> bool:
    """Whether a sentence-initial capitalised word before a name is an ordinary word (the
    tagger calls most of them PROPN, so it is not asked)."""
    return True


def _participle_opener(tok, label_at, sentence_starts) -> bool:
    """"Lachend: '...'", "Zuchtend ...": a present participle opening a sentence is no name."""
    w = tok.text
    return w[1:].islower() and w.endswith(("end", "ende")) and len(w) > 5 and label_at.get(tok.i) != "PER" \
        and (tok.idx in sentence_starts or tok.i == 0 or tok.doc[tok.i - 1].is_punct or "\n" in tok.doc[tok.i - 1].text)


def _adjective_of_place(tok) -> bool:
    """"Brabantse", "Amerikaanse", "Russische": capitalised adjectives, not names."""
    w = tok.text
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.ent_type_ in {"PER", "ORG"}:
        # "Het Haagse raadslid X": after an article and before a common noun, a place's adjective
        # even when the tagger took it for a name
        return prev is not None and prev.lower_ in {"de", "het", "een"} and nxt is not None \
            and nxt.text.islower() and has_pos(tok.doc) and tok.pos_ == "ADJ" and nxt.pos_ == "NOUN" \
            and _place_adjective_text(w) and "-" not in w
    if (nxt is None or nxt.is_punct) and prev is not None and not prev.is_punct \
            and prev.lower_ not in {"de", "het", "een", "die", "deze", "dat", "dit"}:
        return False  # "aldus directeur Lokerse.": no noun follows, so a name ("de Arnhemse" stays a person described)
    if nxt is not None and _cap(nxt.text) and nxt.text not in NOT_NAMES and not _is_role_word(nxt.text):
        if nxt.ent_type_ == "PER" and tok.ent_type_ != "PER" and _place_adjective_text(w) and "-" not in w:
            return True  # "de Amsterdamse Verberne": a person from a place
        return False  # "Anglicaanse Kerk", "Verenigde Naties": part of a name
    if nxt is not None and not _cap(nxt.text) and w.endswith(("s", "se")) and w[1:].islower() and len(w) > 4 \
            and (not has_pos(tok.doc) or nxt.pos_ == "NOUN"):
        return True  # "Duits echtpaar", "Brits onderzoek", "Europees parlement"
    return _place_adjective_text(w) and all(p[:1].isupper() for p in w.split("-"))


#: someone from a place ("Enschedeër", "Amsterdammer", "Hagenaar", "Tilburger", "Italiaan"), by spelling
_DEMONYM = re.compile(r"[A-Z][a-zà-ÿ-]*(?:eër|iër|mmer|nner|naar|iaan|kaan|burger|linger|inger|ander|ijker)")


def _place_adjective_text(w: str) -> bool:
    """"Leidse", "Bredase", "Nieuw-Zeelandse" (by its spelling alone): a capitalised adjective of a place."""
    last = w.rsplit("-", 1)[-1]
    return len(w) > 5 and w[0].isupper() and last[1:].islower() and w.endswith(("se", "sche"))


def _block_starts(doc) -> set:
    """Offsets of tokens that open a line or block (computed once per Doc)."""
    cached = doc.user_data.get("aldus.block_starts")
    if cached is None:
        cached = {t.idx for t in doc if t.i == 0 or "\n" in doc[t.i - 1].whitespace_ or doc[t.i - 1].text.strip() == ""}
        doc.user_data["aldus.block_starts"] = cached
    return cached


def _seen_capitalised_elsewhere(doc, tok, sentence_starts) -> bool:
    by_text = doc.user_data.get("aldus.by_text")
    if by_text is None:
        by_text = {}
        for t in doc:
            by_text.setdefault(t.text, []).append(t)
        doc.user_data["aldus.by_text"] = by_text
    return any(t.idx not in sentence_starts and t.i != tok.i for t in by_text.get(tok.text, ()))


def _loc_context(text: str, start: int) -> bool:
    return bool(re.search(r"\b(in|uit|naar|rond|bij|nabij)\s+$", text[max(0, start - 8):start]))


def _role_of(doc, text: str, nm: Name) -> Optional[str]:
    """Role / affiliation stated next to a name occurrence."""
    parts = []
    # before: "socioloog Anna Smit", "de Franse president Macron"
    base = max(0, nm.start - 60)
    m = re.search(r"(?<![\w-])((?:[a-zà-ÿ][\w-]*\s+){1,3})$", text[base:nm.start])
    if m:
        ws = []
        for wm in reversed(list(re.finditer(r"\S+", m.group(1)))):
            w = wm.group(0)
            lw = w.lower()
            if lw in NP_STOP or lw in DETERMINERS or lw in REPORTING_FORMS or lw in AFFILIATION_PREPS:
                break
            if ws and not _is_role_word(w) and has_pos(doc):
                # "het gedrag fascineert psycholoog X", "tracht de vakbeweging minister X": a verb or
                # an abstract noun before the role belongs to another phrase (the tagger calls
                # "emeritus" and "interim" nouns too, so only nouns by their ending count)
                tok = _token_before(doc, base + m.start(1) + wm.end())
                if tok is not None and ("Fin" in tok.morph.get("VerbForm") or tok.pos_ == "NOUN" and lw.endswith(
                        ("ing", "heid", "isme", "schap", "teit", "tie", "sie", "ment"))
                        and tok.i > 0 and tok.nbor(-1).lower_ in DETERMINERS):
                    break
            ws.insert(0, w)
        # the word right before a name is its role when it is a noun ("architect Sophie ...")
        prev_tok = _token_before(doc, nm.start)
        noun = prev_tok is not None and has_pos(doc) and prev_tok.pos_ == "NOUN"
        if ws and ws[-1] not in TITLE_NOUNS and (_is_role_word(ws[-1]) or (
                noun and len(ws[-1]) > 3 and ws[-1].isalpha() and not ws[-1].endswith(("en", "de", "te")))):
            # (not "haar boek Stille Grond": a work's title follows its kind, not a person's role)
            parts.append(" ".join(ws))
    # "VVD-fractievoorzitter Klaas Dijkhoff", "CDA-leider X": a party or firm glued to the role
    m = re.search(r"(?<![\w-])([A-Z][\w&]*-[a-zà-ÿ][\w-]*)\s+$", text[max(0, nm.start - 60):nm.start])
    if not parts and m and _is_role_word(m.group(1).rsplit("-", 1)[-1]):
        parts.append(m.group(1))
    # "Minister Kaag reageerde ...": a capitalised role word opening the sentence
    m = re.search(r"(?:^|[.!?:]['’”\"]?\s+|\n|['’”\"]\s+)([A-Z][a-zà-ÿ-]+)\s+$", text[max(0, nm.start - 40):nm.start])
    if not parts and m and _is_role_noun(m.group(1)) and m.group(1).lower() not in FIRST_NAMES:
        # (also after a quoted subhead glued to the sentence: "'Onterecht' Staatssecretaris Snel ...")
        parts.append(m.group(1).lower())
    # "minister van Financiën Wim de Haan", "officier van justitie Marja Hoek": role with
    # portfolio (whole, rather than its last word "justitie"); not "docent van het | X College",
    # where the name after the article is the employer
    m = re.search(r"(?<![\w-])([A-Za-zà-ÿ][\w-]*\s+van\s+(?:[A-Za-zà-ÿ][\w-]*\s+){1,3})$", text[max(0, nm.start - 60):nm.start])
    if m and _is_role_noun(m.group(1).split()[0]) and m.group(1).split()[1] == "van" \
            and all(len(w) > 2 and w.lower() not in {"en", "of", "het", "der", "den", "een"} for w in m.group(1).split()[2:]) \
            and (not parts or parts[0] in m.group(1).split()[2:]):
        phrase = m.group(1).strip()
        parts[:1] = [phrase[0].lower() + phrase[1:]]
    after = text[nm.end:nm.end + 160]
    # after: ", hoogleraar krijgswetenschappen in Leiden," / " (CDA)"
    m = re.match(r"\s*,\s+((?:de |het |een )?([a-zà-ÿ][\w-]*)[^,.;:!?'‘’“”\"]{0,90}?)\s*(?:,|\.|$)", after)
    if m and _is_role_word(m.group(2)) and not _has_verb(m.group(1)):
        parts.append(m.group(1).strip())
    # affiliation: "van de denktank Centrum voor Strategische Studies (CSS)"
    m = re.match(r"\s+(?:van|bij|namens)\s+((?:de |het )?(?:[a-zà-ÿ][\w-]*\s+){0,2}[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|for|the|van|voor|de|der|en)){0,6}(?:\s*\([A-Z][\w&]*\))?)", after)
    if m and not any(w in PERSON_NOUNS and w not in _COLLECTIVE_NOUNS | _GENERIC_ORG_NOUNS | ORG_NOUNS
                     for w in re.findall(r"\b[a-zà-ÿ][\w-]*", m.group(1))):
        # (not "advocaat X namens eigenaar Y": on behalf of a person, who is no affiliation)
        aff = m.group(1)
        aff = re.sub(r"\s+(?:of|for|the|van|voor|de|der|en)$", "", aff)
        parts.append(re.sub(r"^(?:de|het)\s+", "", aff))
    return "; ".join(parts) or None


def _is_role_noun(w: str) -> bool:
    """A role noun by the lexicon, not by its ending: inside a capitalised chain "Christ" or
    "Baptist" must not pass for a role the way "activist" does."""
    if re.search(r"[A-Z]['’-]ers?$", w):
        return True
    low = w.lower().rsplit("-", 1)[-1]
    if low.endswith("loge") and low[:-4] + "loog" in PERSON_NOUNS:
        return True  # the female form: "Sociologe Anna Smit" as "Socioloog Jan Smit"
    return low in PERSON_NOUNS or (len(low) > 7 and any(low.endswith(n) for n in _LONG_PERSON_NOUNS))


def _token_before(doc, char: int):
    """The last token that ends at or before ``char`` and is followed by nothing before it."""
    ends = doc.user_data.get("aldus.token_ends")
    if ends is None:
        ends = [t.idx + len(t.text) for t in doc]
        doc.user_data["aldus.token_ends"] = ends
    k = bisect_right(ends, char) - 1  # the last token ending at or before char
    if k < 0 or (k + 1 < len(doc) and doc[k + 1].idx < char):
        return None
    return doc[k]


_LONG_PERSON_NOUNS = tuple(n for n in PERSON_NOUNS if len(n) >= 5)


#: words with the ending of a role noun that name no person ("dieren", "manier", "papier")
_NOT_ROLE_WORDS = {"dier", "dieren", "huisdier", "huisdieren", "manier", "manieren", "papier", "papieren",
                   "plezier", "kwartier", "rivier", "rivieren", "vizier", "bier", "formulier", "formulieren",
                   "dossier", "dossiers", "horloge", "horloges", "loge", "loges",
                   # endings of roles (-ster, -aris, -ent, -aar, -eur, -man) on things
                   "rooster", "roosters", "klooster", "kloosters", "venster", "vensters", "monster", "monsters",
                   "register", "registers", "salaris", "salarissen", "moment", "momenten", "procent", "element",
                   "elementen", "argument", "argumenten", "instrument", "instrumenten", "evenement", "evenementen",
                   "incident", "incidenten", "continent", "accent", "compliment",
                   "fragment", "segment", "cement", "restaurant", "restaurants", "gevaar", "gevaren", "voorjaar",
                   "najaar", "commentaar", "kleur", "kleuren", "roman", "romans"}


def _is_role_word(w: str) -> bool:
    if re.search(r"[A-Z]['’-]ers?$", w):
        return True  # party members: CDA'er, PVV'ers, VVD-er
    w = w.lower().strip(",").rsplit("-", 1)[-1]
    if w in _NOT_ROLE_WORDS:
        return False
    if w.endswith(("baar", "naar")) and w not in PERSON_NOUNS:
        return False  # openbaar, zichtbaar, kwetsbaar: adjectives
    if w in PERSON_NOUNS or (len(w) > 4 and w.endswith(ROLE_SUFFIXES) and w not in NP_STOP):
        return True
    if len(w) > 7 and any(w.endswith(n) for n in _LONG_PERSON_NOUNS):
        return True  # compounds: drugsexpert, klimaatdeskundige, partijvoorzitter
    if len(w) > 7 and w.endswith(ORG_HEADS) and w not in NOT_ORG_COMPOUNDS:
        return True  # institutions: consumentenbond, gemeenteraad, voedselbank
    if w.endswith("ici") and (w[:-1] + "us" in PERSON_NOUNS or w in {"politici", "technici", "musici"}):
        return True  # Latin plurals: politici, historici
    for suf in ("en", "s", "n"):  # plurals: activisten, woordvoerders, deskundigen
        if len(w) > 5 and w.endswith(suf):
            base = w[: -len(suf)]
            if base in PERSON_NOUNS or base.endswith(ROLE_SUFFIXES) or base[:-1].endswith(ROLE_SUFFIXES) \
                    and base[-1] == base[-2]:
                return True
    return False


def _has_verb(s: str) -> bool:
    return any(w.lower() in REPORTING_FORMS or w.lower() in NP_STOP and w.lower() in
               {"is", "was", "heeft", "had", "zijn", "waren", "wordt", "werd"} for w in s.split())


# ---------------------------------------------------------------- mention finding

_QUOTE_CHARS = set("'\"‘’“”„«»") | {",,", "''"}


def _np_token_ok(tok, pos_ok: bool) -> bool:
    if tok.text in _QUOTE_CHARS:
        return False
    if tok.is_punct and tok.text not in {"-", "(", ")", "&"}:
        return False
    if pos_ok and tok.pos_:
        if tok.pos_ in {"AUX", "SCONJ", "CCONJ", "PUNCT", "PART"}:
            return False
        if tok.pos_ == "PRON" and tok.lower_ not in {"zijn", "haar", "hun"}:
            return False
        if tok.pos_ == "ADP" and not (tok.lower_ in AFFILIATION_PREPS or tok.text in NAME_PARTICLES):
            return False
    low = tok.lower_
    if _cap(tok.text) and not _function_word(tok) and tok.text.lower() != tok.text:
        return True  # a name, even when its lower case is a function word ("het OM")
    if low in NP_STOP and not (low in NAME_PARTICLES and tok.i + 1 < len(tok.doc) and _cap(tok.doc[tok.i + 1].text)):
        return False
    if low in REPORTING_FORMS and not _cap(tok.text) and not (low in PERSON_NOUNS and pos_ok and tok.pos_ == "NOUN"):
        return False  # (but "volgens getuigen": the people, not the verb "getuigen")
    return True


#: time adverbials that end a noun phrase ("de president vorige week")
_TIME_AFTER_NP = {"vorige", "afgelopen", "gisteren", "vandaag", "eerder", "later", "vanochtend", "vanmiddag",
                  "vanavond", "gisteravond", "gisterochtend", "gistermiddag", "maandag", "dinsdag", "woensdag",
                  "donderdag", "vrijdag", "zaterdag", "zondag", "onlangs", "destijds", "toen", "nu", "inmiddels",
                  "vorig", "volgende", "morgen", "even", "direct", "meteen", "gelijk"} | WEEKDAY_PARTS


#: words of time after a demonstrative "die" that make it a pronoun, not a determiner ("merkte die
#: september al op")
_TIME_AFTER_DIE = _TIME_AFTER_NP | {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                    "september", "oktober", "november", "december", "week", "maand", "jaar",
                                    "dag", "ochtend", "avond", "middag"}


#: frequent finite verbs that follow the source in "Volgens X <verb> ..." (inversion), for when
#: the tagger does not call them verbs
_FINITE_AFTER_NP = {"bestaat", "bestaan", "bestond", "gaat", "gaan", "ging", "gingen", "komt", "komen", "kwam",
                    "kwamen", "staat", "staan", "stond", "ligt", "liggen", "lag", "blijft", "blijven", "bleef",
                    "krijgt", "krijgen", "kreeg", "verliest", "verliezen", "verloor", "wint", "winnen", "won",
                    "neemt", "nemen", "nam", "groeit", "groeien", "groeide", "daalt", "dalen", "daalde",
                    "stijgt", "stijgen", "steeg", "heerst", "zit", "zitten", "zat", "loopt", "lopen", "liep",
                    "valt", "vallen", "viel", "leidt", "leiden", "leidde", "hangt", "hangen", "hing", "kost",
                    "kosten", "kostte", "geldt", "gelden", "gold", "overleed", "overlijdt", "bevat", "telt",
                    "tellen", "heeft", "hebben", "had", "hadden", "is", "was", "waren", "wordt", "worden",
                    "werd", "werden", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten",
                    "moest", "moesten", "mag", "mogen", "mocht", "wil", "willen", "wilde", "zal", "zullen"}


#: how one noun hangs on the next within a single noun phrase ("de emeritus hoogleraar")
_NOUN_MODIFIERS = {"amod", "compound", "nmod", "flat", "appos", "fixed"}


#: "'s avonds", "'s zomers": the old genitive that says when
_GENITIVE_TIMES = {"ochtends", "morgens", "middags", "avonds", "nachts", "zomers", "winters", "maandags", "dinsdags",
                   "woensdags", "donderdags", "vrijdags", "zaterdags", "zondags", "anderendaags"}


#: prepositions that open a phrase before a participle inside a noun phrase ("de door X gesteunde ...")
_PREMODIFIER_PREPS = {"door", "in", "uit", "bij", "op", "met", "voor", "onder", "aan", "tegen"}


#: a participle phrase before the noun of a mention: "de door de VS gesteunde (milities)"
_PREMODIFIER = re.compile(r"(?:de|het|een)\s+(?:%s)\s+(?:\S+\s+){0,4}?(?-i:[a-zà-ÿ]+(?:de|te|den|ten|en))\s+(?=\S)"
                          % "|".join(sorted(_PREMODIFIER_PREPS)), re.I)


#: adverbs on a participle before a noun ("de onlangs verschenen studie")
_PREMODIFIER_ADVERBS = {"onlangs", "recent", "recentelijk", "eerder", "pas", "net", "gisteren", "zojuist",
                        "vandaag", "kortgeleden"}


def np_after(doc, i: int, limit: int) -> Optional[tuple[int, int]]:
    """The noun phrase that starts at token i (the subject after an inverted cue)."""
    if i >= limit or i >= len(doc):
        return None
    t = doc[i]
    demonstrative_det = t.lower_ in {"die", "deze", "dit", "dat"} and i + 1 < limit and \
        not doc[i + 1].is_punct and doc[i + 1].lower_ not in NP_STOP and doc[i + 1].lower_ not in REPORTING_FORMS \
        and doc[i + 1].lower_ not in DETERMINERS and not (has_pos(doc) and doc[i + 1].pos_ in {"DET", "PRON", "AUX"}) \
        and not (has_pos(doc) and doc[i + 1].pos_ == "VERB" and not doc[i + 1].lower_.endswith("e"))
    if demonstrative_det and doc[i + 1].lower_ in _TIME_AFTER_DIE:
        demonstrative_det = False  # "merkte die september al op": the pronoun, then a time
    # ("zegt haar advocaat X": "haar" the possessive of a noun phrase, not the object pronoun)
    possessive = t.lower_ in {"haar", "hun"} and i + 1 < limit and has_pos(doc) \
        and (doc[i + 1].pos_ in {"NOUN", "PROPN"}
             or (doc[i + 1].pos_ == "ADJ" and i + 2 < limit and doc[i + 2].pos_ == "NOUN"))
    if (t.lower_ in PRONOUNS or t.lower_ in OBJECT_PRONOUNS) and not demonstrative_det and not possessive:
        return (i, i + 1)
    if t.lower_ in GROUP_PRONOUNS:
        if t.lower_ in {"degenen", "diegenen"} and i + 2 < limit and doc[i + 1].lower_ == "die":
            # "zeggen degenen die hem kennen": the pronoun says nothing without its relative clause
            return (i, next((k for k in range(i + 2, limit) if doc[k].is_punct), limit))
        return (i, i + 1)  # "vinden velen"
    # "zes op de tien Nederlanders", "een op de vijf kiezers": a proportion before the noun phrase
    if (t.like_num or t.lower_ in {"een", "één"}) and i + 3 < limit and doc[i + 1].lower_ == "op":
        k = i + 2 + (doc[i + 2].lower_ == "de")
        if k + 1 < limit and doc[k].like_num and not doc[k + 1].like_num:
            rest = np_after(doc, k + 1, limit)
            if rest is not None and rest[0] == k + 1:
                return (i, rest[1])
    if t.lower_ in {"'s", "’s"} and i + 1 < limit and doc[i + 1].lower_ in _GENITIVE_TIMES:
        return None  # "zo werd 's avonds gemeld": an old genitive of time, no one who speaks
    if t.lower_ in {"'s", "’s"} and i + 2 < limit and doc[i + 1].text.islower() and has_pos(doc):
        k = i + 2  # "zo laat 's lands grootste bank weten": the old genitive, then its noun phrase
        while k < limit and doc[k].pos_ == "ADJ" and doc[k].text.islower():
            k += 1
        if k < limit and doc[k].pos_ == "NOUN" and doc[k].text.islower():
            return (i, k + 1)
    if t.lower_ in {"een", "één"} and i + 2 < limit and doc[i + 1].lower_ == "van" and doc[i + 2].lower_ in DETERMINERS:
        rest = np_after(doc, i + 2, limit)  # "aldus een van de organisatoren": one of a group
        if rest is not None and rest[0] == i + 2:
            return (i, rest[1])
    pos_ok = has_pos(doc)
    if pos_ok and t.pos_ in {"ADV", "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART"} and not _cap(t.text) \
            and t.lower_ not in DETERMINERS and not _is_role_word(t.text) \
            and not (i + 1 < limit and _cap(doc[i + 1].text) and doc[i + 1].text not in NOT_NAMES and t.pos_ == "VERB"):
        return None
    name_start = _cap(t.text) and t.text in NAME_PARTICLES | {"Van", "De", "Ter", "Ten", "Den", "Op", "In", "El"} \
        and _chain_at(doc, i) > i + 1 \
        and not (t.text in {"In", "Op"} and i + 1 < limit and doc[i + 1].lower_ not in {"'t", "de", "den", "der", "het"})
    # ("In 't Veld", "Op de Beeck" are names; "In Zeeland", "Op Schiphol" are places)
    if name_start:
        return (i, _absorb_acronym(doc, _chain_at(doc, i), limit))
    if not (_np_token_ok(t, pos_ok) or t.lower_ in DETERMINERS) or (t.lower_ in AFFILIATION_PREPS):
        return None
    j = i
    while j < limit and doc[j].lower_ in DETERMINERS and j - i < 2:
        j += 1
    if pos_ok and i < j < limit and doc[j].lower_ in _PREMODIFIER_PREPS:
        # "de door de VS gesteunde milities", "de in Genève gevestigde organisatie": a phrase with
        # its participle before the noun
        p = next((k for k in range(j + 2, min(limit - 1, j + 7)) if doc[k].pos_ in {"VERB", "ADJ"}
                  and doc[k].lower_.endswith(("de", "te", "den", "ten", "en"))
                  and doc[k + 1].pos_ in {"NOUN", "PROPN", "ADJ"}), None)
        if p is not None and not any(doc[x].is_punct for x in range(j, p)):
            j = p + 1
    if pos_ok and i < j + 2 < limit and doc[j].lower_ in _PREMODIFIER_ADVERBS and doc[j + 1].pos_ in {"VERB", "ADJ"} \
            and doc[j + 1].lower_.endswith(("de", "te", "den", "ten", "en")) and doc[j + 2].pos_ in {"NOUN", "ADJ"}:
        j += 1  # "de onlangs verschenen visie", "het eerder genoemde rapport": an adverb on the participle
    seen_head = False
    while j < limit and (_np_token_ok(doc[j], pos_ok) or _role_field(doc, j, i, seen_head)):
        w = doc[j]
        if seen_head and j + 1 < limit and not _cap(w.text) and w.text.isalpha() and _is_role_word(doc[j - 1].text) \
                and _cap(doc[j + 1].text) and (doc[j + 1].ent_type_ in {"PER", "PERSON"} or doc[j + 1].lower_ in FIRST_NAMES) \
                and w.lower_ not in REPORTING_FORMS and w.lower_ not in NP_STOP and w.lower_ not in _TIME_AFTER_NP \
                and w.lower_ not in _FINITE_AFTER_NP:
            j = _chain_at(doc, j + 1)  # "hoogleraar belastingrecht Anna de Vries": the role, its field, the person
            break
        if seen_head and j > i and not _cap(w.text) and (
                w.lower_ in _TIME_AFTER_NP or w.lower_ in _FINITE_AFTER_NP
                or (pos_ok and w.pos_ in {"VERB", "AUX", "X", "ADJ", "ADV"}
                    and (doc[j - 1].pos_ in {"NOUN", "PROPN"} or _is_role_word(doc[j - 1].text))
                    and not _is_role_word(w.text) and w.lower_ not in AFFILIATION_PREPS | {"zelf"})):
            break  # "volgens de diensten | bestaat ...", "zei de president | vorige week", "volgens de onderzoeker | samen"
        if seen_head and pos_ok and w.pos_ == "NOUN" and w.text.islower() and (
                doc[j - 1].text == ")" or (j - 2 >= i and doc[j - 1].pos_ == "NOUN" and doc[j - 1].text.islower()
                                           and doc[j - 2].lower_ in DETERMINERS
                                           and not (doc[j - 1].head.i == j and doc[j - 1].dep_ in _NOUN_MODIFIERS)
                                           and not (w.head.i == j - 1 and w.dep_ in _NOUN_MODIFIERS)
                                           # ("de emeritus hoogleraar": a person's role after its attribute)
                                           and not (_is_role_word(w.text) and doc[j - 1].lower_ not in ORG_NOUNS))):
            break  # "volgens de politie | lid van de bende", "volgens het OM (OM) | berichten": a new phrase
        if (w.lower_ in AFFILIATION_PREPS and w.text not in NAME_PARTICLES - {"van"}) or _role_field(doc, j, i, seen_head):
            if not seen_head:
                break
            # "van de denktank Clingendael", "bij de universiteit": keep one PP
            k = j + 1
            while k < limit and ((doc[k].lower_ in DETERMINERS and not (pos_ok and doc[k].pos_ in {"AUX", "VERB"})
                                  and (k == j + 1 or doc[k - 1].lower_ in DETERMINERS))
                                 or (not _cap(doc[k].text) and _np_token_ok(doc[k], pos_ok)
                                     and doc[k].lower_ not in DETERMINERS
                                     and not (pos_ok and doc[k].pos_ == "VERB" and k > j + 1)
                                     and doc[k].lower_ not in AFFILIATION_PREPS | _TIME_AFTER_NP)
                                 or (doc[k].lower_ in {"en", "of"} and doc[k - 1].text.endswith("-") and k + 1 < limit
                                     and doc[k + 1].text.islower() and doc[k + 1].is_alpha)):
                # (and "van de olie- en gasreus": a word cut short at its hyphen goes on after "en")
                k += 1  # ("van de omwonenden | zijn de wegen": "zijn" the verb, not the possessive;
                # "van het onderwijs | de kwaliteit": a second determiner starts a new noun phrase)
            if k < limit and _cap(doc[k].text) and doc[k].text not in NOT_NAMES:
                j = _coordinated(doc, _absorb_acronym(doc, _chain_at(doc, k), limit), limit)
                adjectives = j == k + 1 or (j == k + 3 and doc[k + 1].lower_ == "en" and _place_adjective_text(doc[k + 2].text))
                if adjectives and _place_adjective_text(doc[k].text) and j < limit and doc[j].text.islower() \
                        and pos_ok and doc[j].pos_ == "NOUN":
                    j += 1  # "van de Britse bank HSBC": the place adjective, the noun, then the name
                    # ("van Zweedse en Noorse biologen": two of them)
                    if _cap(doc[j].text) and doc[j].text not in NOT_NAMES:
                        j = _absorb_acronym(doc, _chain_at(doc, j), limit)
                # "lijsttrekker voor de Eerste Kamer Paul Rosenmöller": a person after the role's field
                if j < limit and _cap(doc[j].text) and doc[j].text not in NOT_NAMES and _is_role_word(doc[i if doc[i].lower_ not in DETERMINERS else min(i + 1, limit - 1)].text) \
                        and (doc[j].ent_type_ in {"PER", "PERSON"} or doc[j].text.lower() in FIRST_NAMES):
                    j = _chain_at(doc, j)
            elif k > j + 1 and doc[k - 1].lower_ not in DETERMINERS:
                j = k
            break
        if _cap(w.text) and not _function_word(w):
            j = _coordinated(doc, _absorb_acronym(doc, _chain_at(doc, j), limit), limit)
            if w.i + 2 < limit and _is_role_word(w.text) and doc[w.i + 1].text in {"De", "Van", "Den", "Ter", "Ten"} \
                    and _chain_at(doc, w.i + 1) > j:
                j = _chain_at(doc, w.i + 1)  # "Minister De Vries" opening a sentence: the role, then the name
            if j < limit and re.search(r"['’]s$", doc[j - 1].text) and _cap(doc[j].text) and doc[j].text not in NOT_NAMES:
                j = _chain_at(doc, j)  # "Zuid-Korea's Moon"
            if j + 1 < limit and re.fullmatch(r"\d+-[a-zà-ÿ]+", doc[j].text) and _is_role_word(doc[j].text) \
                    and _cap(doc[j + 1].text) and doc[j + 1].text not in NOT_NAMES:
                j = _chain_at(doc, j + 1)  # "Radio 538-dj Jan Smit": the station, its dj, then the person
                break
            if j + 2 < limit and doc[j].text in {"'", "’"} and doc[j - 1].text.endswith(("s", "x", "z")) \
                    and (doc[j + 1].lower_ in PERSON_NOUNS or _is_role_word(doc[j + 1].text)) \
                    and _cap(doc[j + 2].text) and doc[j + 2].text not in NOT_NAMES:
                j = _chain_at(doc, j + 2)  # "Biemans' vrouw Maaike": the wife, named after the genitive
                break
            if j + 1 < limit and doc[j].text in {"'", "’"} and doc[j - 1].text.endswith(("s", "x", "z")) \
                    and (doc[j + 1].lower_ in PERSON_NOUNS or _is_role_word(doc[j + 1].text)):
                j += 2  # "zegt Biemans' vrouw": the wife, not Biemans
                break
            seen_head = True
            if j == doc[j - 1].i + 1 and _place_adjective_text(doc[j - 1].text):
                # "de Leidse universitair docent staatsrecht Geert Bos": the place adjective, the
                # role in lower case, then the person
                k = j
                while k < limit and k - j < 7 and (doc[k].text.islower() or doc[k].text == "-") \
                        and doc[k].lower_ not in REPORTING_FORMS and not doc[k].is_punct | (doc[k].text == "-") \
                        and not (pos_ok and doc[k].pos_ in {"VERB", "AUX"}):
                    k += 1  # (a verb ends the noun phrase: "de Amerikaanse justitie | heeft Huawei ...")
                if k > j and k < limit and _cap(doc[k].text) and (doc[k].ent_type_ in {"PER", "PERSON"}
                                                                  or doc[k].text.lower() in FIRST_NAMES
                                                                  or _chain_at(doc, k) - k >= 2):
                    j = _chain_at(doc, k)
                    break
            if j + 1 < limit and pos_ok and doc[j].pos_ == "ADJ" and doc[j].text.islower() and doc[j + 1].pos_ == "NOUN" \
                    and doc[j + 1].text.islower() and (doc[j - 1].pos_ == "ADJ" or _place_adjective_text(doc[j - 1].text)):
                j += 1  # "de Spaanse openbare aanklager": a second adjective before the noun
                continue
            if j < limit and pos_ok and doc[j].pos_ == "NOUN" and not _cap(doc[j].text) \
                    and doc[j].lower_ not in NP_STOP and (not _is_role_word(doc[j].text) or _adjective_of_place(doc[j - 1])
                                                          or doc[j - 1].text.endswith(("se", "s"))) \
                    and not (doc[j - 1].pos_ == "PROPN" and j + 1 < limit and doc[j + 1].pos_ in {"DET", "PRON"}):
                # (not "Volgens Koolmees | tart dit voorstel ...": a verb the tagger took for a noun)
                j += 1  # "Amerikaans onderzoek", "het Chinese ministerie (van ...)": an adjective, then the noun
                continue
            if j < limit and doc[j].lower_ in AFFILIATION_PREPS:
                continue
            # "KLM-marketing directeur Femke de Zeeuw": an organisation, a role, then the name
            k = j
            while k < limit and k - j < 2 and not _cap(doc[k].text) and _is_role_word(doc[k].text):
                k += 1
            if k > j and k < limit and _cap(doc[k].text) and doc[k].text not in NOT_NAMES:
                j = _absorb_acronym(doc, _chain_at(doc, k), limit)
            break
        if seen_head and w.lower_ in DETERMINERS and not _cap(w.text):
            break  # "de exitpoll | de grootste": a new noun phrase starts
        seen_head = seen_head or w.lower_ not in DETERMINERS
        j += 1
        # "burgemeester en wethouders", "analisten en beleggers"
        if j + 1 < limit and doc[j].lower_ == "en" and seen_head and not _cap(doc[j + 1].text) \
                and _is_role_word(doc[j + 1].text) and _is_role_word(doc[j - 1].text):
            j += 2
        if j - i > 8:
            break
    if j == i:
        return None
    while j > i and (doc[j - 1].lower_ in DETERMINERS or doc[j - 1].lower_ in AFFILIATION_PREPS
                     or (doc[j - 1].is_punct and not (doc[j - 1].text == ")" and any(doc[x].text == "(" for x in range(i, j))))):
        j -= 1
    return (i, j) if j > i else None


def _role_field(doc, j: int, i: int, seen_head: bool) -> bool:
    """"lijsttrekker voor de Eerste Kamer", "woordvoerder voor Europa": "voor" after a role."""
    return seen_head and j > i and doc[j].lower_ == "voor" and _is_role_word(doc[j - 1].text)


def _coordinated(doc, j: int, limit: int) -> int:
    """Extend a name over "en <Name>": "WomenInc en Loonwijzer"."""
    if j + 1 < limit and doc[j].lower_ == "en" and _cap(doc[j + 1].text) and doc[j + 1].text not in NOT_NAMES:
        return _absorb_acronym(doc, _chain_at(doc, j + 1), limit)
    return j


def _absorb_acronym(doc, j: int, limit: int) -> int:
    if j + 2 < limit + 1 and j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text.isupper():
        return j + 3
    return j


_SUBORDINATORS = {"dat", "of", "omdat", "als", "toen", "nadat", "zodat", "terwijl", "hoewel", "waarna",
                  "waarop", "wat", "ook", "wel", "zelfs", "toch", "nu", "dan", "en", "maar"}


@lru_cache(maxsize=65536)
def singular_forms(word: str) -> frozenset[str]:
    """The word and the singulars a Dutch plural may stand for (waterschappen: waterschap,
    fondsen: fonds, atleten: atleet, soldaten: soldaat), to look up in noun lists."""
    return frozenset({word, word[:-1], word[:-2], word[:-3], re.sub(r"ven$", "f", word), re.sub(r"zen$", "s", word),
                      re.sub(r"([aeou])([^aeiou])en$", r"\1\1\2", word)})


def np_before(doc, i: int, lo: int) -> Optional[tuple[int, int]]:
    """The noun phrase that ends right before token i and starts at or after token lo
    (the subject of "X zegt dat ..."): the whole stretch from lo when it is NP-like."""
    while lo < i and doc[lo].lower_ in _SUBORDINATORS:
        lo += 1  # "..., dat hij denkt dat": the subject after the conjunction
    if i <= lo:
        return None
    pos_ok = has_pos(doc)
    span = [doc[k] for k in range(lo, i)]
    if not span:
        return None
    first = span[0]
    if first.lower_ in PRONOUNS and len(span) == 1:
        return (lo, i)
    if i - lo >= 3 and doc[i - 1].lower_ in {"dat", "dit", "het"} and doc[i - 2].lower_ not in DETERMINERS:
        i -= 1  # "Toen de gastvrouw dat uitsprak": the object before the verb of a subordinate clause
    if (first.lower_ in NP_STOP and first.lower_ not in DETERMINERS) or first.lower_ in {"volgens", "aldus", "zo"}:
        return None
    if pos_ok and first.pos_ in {"ADV", "SCONJ", "CCONJ", "ADP", "VERB", "AUX"} and first.lower_ not in NAME_PARTICLES \
            and not (first.pos_ == "VERB" and i == lo + 1 and len(first.text) >= 5 and first.lower_.endswith("s")):
        # ("Werkgeversorganisaties zeiden ...": a plural in -s the tagger took for a verb, right
        # before the verb of the clause; no Dutch verb form ends so)
        return None
    # "Joris Meijer, hoogleraar in Delft, zegt": the noun phrase before the apposition
    commas = [k for k in range(lo, i) if doc[k].text == ","]
    if commas and doc[i - 1].text == "," and commas[0] > lo and i - lo <= 24:
        head_np = np_before(doc, commas[0], lo) if commas[0] < i - 1 else None
        if head_np:
            return head_np
    j = lo
    while j < i and (_np_token_ok(doc[j], pos_ok) or doc[j].lower_ in AFFILIATION_PREPS | DETERMINERS
                     or doc[j].text in {",", "(", ")"} or (doc[j].lower_ == "en" and j > lo)
                     or (doc[j].lower_ == "voor" and j > lo and _cap(doc[j - 1].text) and j + 1 < i
                         and (_cap(doc[j + 1].text) or doc[j + 1].lower_ in {"de", "het"}))):
        j += 1  # ("Onderzoeksraad voor Veiligheid": "voor" inside a name)
    if j != i or i - lo > 14:
        return None
    # drop a trailing apposition after a comma: "Jansen, hoogleraar in Leiden," → "Jansen"
    for k in range(lo, i):
        if doc[k].text == ",":
            return (lo, k) if k > lo else None
    return (lo, i)


def subject_of(doc, verb_i: int) -> Optional[tuple[int, int]]:
    """The nsubj of a verb in a dependency parse, as a token span without relative clauses."""
    v = doc[verb_i]
    head = v
    if v.dep_ in {"aux", "aux:pass", "cop"} or (v.dep_ == "xcomp" and v.head.i != v.i):
        head = v.head
    cands = [c for c in head.children if c.dep_ in _SUBJ_DEPS]
    if not cands:  # "Hij had ... laten weten": the subject hangs on the auxiliary
        cands = [g for c in head.children if c.dep_ in {"aux", "aux:pass"} for g in c.children if g.dep_ in _SUBJ_DEPS]
    if not cands and head.dep_ in {"xcomp", "conj"}:
        cands = [c for c in head.head.children if c.dep_ in _SUBJ_DEPS]
    if not cands:
        return None
    s = cands[0]
    marks = [c.i for c in head.children if c.dep_ == "mark" and c.i < head.i
             and c.lower_ in {"toen", "nadat", "omdat", "terwijl", "zodra", "doordat", "voordat", "wanneer"}]
    if len(cands) > 1 and marks and s.i < marks[-1] < cands[1].i < head.i:
        s = cands[1]  # "X verraste beleggers toen het bedrijf meldde": the subject after the subordinator
    elif len(cands) > 1 and s.i < head.i < cands[1].i and _in_fronted_phrase(doc, s.i):
        s = cands[1]  # "Op vragen van persbureau X liet Y weten": X closes a fronted phrase, Y is the subject
    if s.dep_ == "csubj":
        return None
    keep = [s] + [t for t in s.subtree if t.i != s.i and _keep_in_subject(t, s)]
    idx = sorted(t.i for t in keep)
    lo, hi = idx[0], idx[-1] + 1
    # contiguous prefix only
    run = [lo]
    for k in idx[1:]:
        if k == run[-1] + 1:
            run.append(k)
        elif k > s.i:
            break
        else:
            run = [k]
    lo, hi = run[0], run[-1] + 1
    while lo < s.i and doc[lo].lower_ in {"ook", "zelfs", "alleen", "vooral", "juist", "ziedaar", "zelf"}:
        lo += 1  # "Ook de regering zegt": the adverb the parse hung on the subject
    while hi > lo and (doc[hi - 1].is_punct and doc[hi - 1].text not in {")"}):
        hi -= 1
    return (lo, hi) if hi > lo else None


def _in_fronted_phrase(doc, k: int) -> bool:
    """Whether token k ends a prepositional phrase that opens its sentence ("Op vragen van
    persbureau X ...", "Na overleg met de bond ..."), with no punctuation in between."""
    j = k
    while j > 0 and not doc[j - 1].is_punct:  # (not the parse's sentence starts: it splits "Reuters | liet")
        j -= 1
    return j < k and doc[j].pos_ == "ADP" and doc[j].text[:1].isupper() and doc[j + 1].text[:1].islower()


def _keep_in_subject(t, s) -> bool:
    """Whether token t of the subject's subtree belongs to the mention (not a relative
    clause, apposition or parenthetical)."""
    anc = t
    for _ in range(len(t.doc)):  # walk up to the subject head; bounded against odd trees
        if anc.i == s.i:
            break
        if anc.dep_ in {"acl:relcl", "acl"} and anc.head.i == s.i:
            return False
        if anc.dep_ in {"appos", "parataxis"} and anc.head.i == s.i and any(
                x.text in {",", "(", "–", "—"} for x in t.doc[min(s.i, anc.i):max(s.i, anc.i)]):
            return False  # "X, hoogleraar in Delft," is a role, not part of the mention
        if anc.dep_ == "acl:relcl" or (anc.dep_ == "parataxis" and any(
                x.is_punct and not (x.text in {"'", "’"} and x.i > 0 and x.doc[x.i - 1].text[-1:] in {"s", "x", "z"})
                for x in t.doc[min(anc.head.i, anc.i):max(anc.head.i, anc.i)])):
            return False  # ("Hoogleraar rechtspsychologie Peter van Koppen": the parse's parataxis, no punctuation)
        if anc.head.i == anc.i:
            return False
        anc = anc.head
    return not (t.dep_ == "punct" and t.text == ",")


# ---------------------------------------------------------------- resolution

@dataclass
class Resolution:
    speaker: Optional[str]
    role: Optional[str] = None
    person: bool = False


#: whether NER labels are used for names (boundaries always come from capitalisation)
USE_NER = True

#: weights of the pronoun salience score (mentions so far, capped; having spoken; recency)
SALIENCE = {"spoke": 2.0, "cap": 1.5, "last": 2.0, "second": 1.0, "near": 1.0}


class SpeakerResolver:
    """Resolves mentions against the names of one article (state: the sources seen so far)."""

    def __init__(self, text: str, names: list[Name], byline_words: set[str] = frozenset(), quoted=()):
        self.text = text
        self.names = names
        self.quoted = list(quoted)
        self.byline_words = byline_words
        self.history: list[tuple[int, str, bool]] = []  # (offset, speaker, person)

    # canonical name for a set of words: the fullest name containing them
    def canonical(self, words: frozenset) -> Optional[Name]:
        cache = self.__dict__.setdefault("_canonical_cache", {})
        key = frozenset(words)
        if key not in cache:
            cache[key] = self._canonical(key)
        return cache[key]

    def _canonical(self, words: frozenset) -> Optional[Name]:
        best = None
        kind = next((nm.label for nm in self.names if nm.words == words and nm.label in {"ORG", "LOC"}), "")
        # "Kylie" said of a person is not the fullest name of her firm "Kylie Cosmetics"
        personal = len(words) == 1 and (next(iter(words)) in FIRST_NAMES or any(
            nm.words == words and (nm.label == "PER" or nm.person) for nm in self.names))
        head_lo, head_hi = getattr(self, "headline", None) or (0, 0)
        for nm in self.names:
            allw = nm.words | nm.aliases
            if personal and nm.label == "ORG" and not nm.person:
                continue
            if head_lo <= nm.start < head_hi and len(nm.words) == 2 and words < nm.words \
                    and nm.text.split()[0].lower() not in FIRST_NAMES \
                    and not any(x.start >= head_hi and nm.words <= x.words for x in self.names):
                continue  # "Protest Bos" in a headline: a heading word glued to the name the body uses
            if kind and nm.label == "PER" and len(words) == 1 and any(
                    x.text.lower() == next(iter(words)) and any(c.isupper() for c in x.text[1:]) for x in self.names):
                continue  # "FvD" (ORG) is not the fullest name of a person who carries it
            if words and words <= allw:
                if best is None or self._rank(nm, words) > self._rank(best, words):
                    best = nm
        if best is not None and len(words) == 1 and best.label != "PER" \
                and best.text.split()[-1].lower() != next(iter(words)):
            # "Smolders" in an article about "Hans Smolders" and his party "Lijst Smolders Tilburg":
            # the person who carries it as surname, not the organisation named after him
            w = next(iter(words))
            people = [nm for nm in self.names if nm.person and len(nm.words) >= 2 and words <= nm.words
                      and nm.text.split()[-1].lower() == w
                      and (nm.label == "PER" or nm.text.split()[0].lower() in FIRST_NAMES)]
            if people:
                best = max(people, key=lambda nm: self._rank(nm, words))
        if best is not None and best.words == words and len(words) == 1:
            w = next(iter(words))
            if len(w) >= 4 and w.endswith("s") and not w.endswith("'s"):
                # "Cohens openingsverklaring", "Mols verwijt": the genitive of a surname given in full
                stem = self._canonical(frozenset({w[:-1]}))
                if stem is not None and stem.person and len(stem.words) >= 2:
                    return stem
        if best is not None and best.words == words and len(words) >= 2:
            last = best.text.split()[-1].lower()
            if len(last) >= 4 and last.endswith("s") and last in words:
                # "de vraagprijs van Anna Visschers appartement": the genitive of a full name
                bare = words - {last} | {last[:-1]}
                stem = self._canonical(bare)
                if stem is not None and stem.person and stem.words == bare:
                    return stem
        if len(words) == 1 and (best is None or best.words == words):
            # "Verhoevan" in an article about "Marcus Verhoeven": a typing error in a surname given in full
            w = next(iter(words))
            kin = {nm.text: nm for nm in self.names if nm.person and len(nm.words) >= 2
                   and _one_letter_off(nm.text.split()[-1].lower(), w)}
            if len(kin) == 1 and not any(nm.words == words and nm.label == "ORG" for nm in self.names):
                return next(iter(kin.values()))
        return best

    def _rank(self, nm: Name, words: frozenset) -> tuple:
        """Prefer, for a surname, a person who carries it as surname ("Slot" → "Erwin Slot", not the
        firm "Ten Brinke Slot"); then the fullest name; then ordinary capitalisation."""
        surname = len(words) == 1 and nm.text.split()[-1].lower() == next(iter(words)) and nm.person
        return (not (nm.text.isupper() and len(nm.words) >= 2), len(nm.words), not nm.text.isupper(), len(nm.text))

    def role_for(self, canon: Name) -> Optional[str]:
        for nm in self.names:
            if nm.role and nm.words and nm.words <= canon.words | canon.aliases:
                return nm.role
        return None

    def note(self, offset: int, speaker: Optional[str], person: bool) -> None:
        if speaker:
            self.history.append((offset, speaker, person))

    def _introduced_before(self, anchor: int, low: str) -> Optional[str]:
        """An unnamed person brought in with "een" in the sentence right before ``anchor``, when
        nobody is named there ("een dame in een blauwe jurk", "een anonieme lezer")."""
        lo = _sentence_start(self.text, max(0, anchor - 1), 300)
        if any(lo <= nm.start < anchor and self._is_person(nm) for nm in self.names):
            return None
        found = None
        # ("een dame", "een anonieme lezer", "een 21-jarige Utrechtse activiste")
        for m in re.finditer(r"\b[Ee]en((?:\s+[\w-]+){1,3})", self.text[lo:anchor]):
            if any(a <= lo + m.start() < b + 1 for a, b in self.quoted):
                continue  # (words inside a quote bring in nobody)
            words = list(re.finditer(r"[\w-]+", m.group(1)))
            k = next((k for k, w in enumerate(words) if _person_noun(w.group())
                      or not re.fullmatch(r"[a-zà-ÿ]+e|\d+-jarige|[A-Z][a-zà-ÿ]+se", w.group())), None)
            if k is None or not _person_noun(words[k].group()) or not words[k].group()[:1].islower():
                continue
            head, end = words[k].group(), lo + m.start(1) + words[k].end()
            if re.search(r"\b(?:aan|met|van|bij|voor|naar|door|over|tegen|op|uit|zonder)\s+$",
                         self.text[max(0, lo + m.start() - 10):lo + m.start()]):
                continue  # "dankzij de hulp van een assistente": a person in a phrase is no subject
            gender = "f" if _female_noun(head) else "m" if head in MALE_ROLES else ""
            if (low == "hij" and gender == "f") or (low in {"zij", "ze"} and gender == "m"):
                continue
            if self._acts_on_pronoun(end, anchor, low):
                continue  # "toen een verslaggever haar aansprak, ... 'Ik ...', zei ze": she is someone else
            pp = re.match(r"\s+(?:van|uit|bij|in|met)\s+(?:de\s+|het\s+|een\s+)?(?:[a-zà-ÿ]+e\s+)?[\w-]+(?=[\s.,;:!?])",
                          self.text[end:anchor])
            found = self.text[lo + m.start():end + (pp.end() if pp else 0)]
            found = "een" + found[3:]
        return found

    def _acts_on_pronoun(self, lo: int, hi: int, low: str) -> bool:
        """Whether the clause after ``lo`` (up to its comma) has an object pronoun of the same
        person and number as ``low`` ("een verslaggever sprak haar aan"): the subject there is
        not who the pronoun stands for."""
        tix = getattr(self, "tokens", None)
        if tix is None or not has_parse(tix.doc):
            return False
        obj = {"hij": {"hem"}, "zij": {"haar"}, "ze": {"haar"}}.get(low, set())
        for k in tix.span(lo, hi):
            t = tix.doc[k]
            if t.text in {",", ";", ".", ":"}:
                return False
            if t.lower_ in obj and t.dep_ in {"obj", "iobj", "obl"}:
                return True
        return False

    def _sentence_opening(self, pos: int) -> bool:
        return bool(re.search(r"(?:^|[.!?]['’”\"]{0,2}\s+|\n)$", self.text[max(0, pos - 4):pos]))

    def last_speaker(self, before: int) -> Optional[tuple[int, str, bool]]:
        # (the writer, "ik" in a column, is never who "hij" or "ze" refers to)
        prior = [h for h in self.history if h[0] < before and h[1] != self.writer]
        return prior[-1] if prior else None

    @property
    def writer(self) -> str:
        return getattr(self, "author", None) or "de auteur"

    def _addressed_before(self, head: str, start: int, reach: int = 800) -> bool:
        """Whether "de <head>" was named shortly before as the one spoken to, not as a speaker
        ("Anna vertelt de rechter dat ... De rechter zegt ..."): so the later "de rechter" is
        that other person, not the last speaker."""
        spoken = {off for off, _, _ in self.history}
        lo = max(0, start - reach)
        for m in re.finditer(r"\b(?:de|het)\s+%s\b" % re.escape(head), self.text[lo:start]):
            p = lo + m.start()
            if p in spoken or any(a <= p < b for a, b in self.quoted) or self._sentence_opening(p):
                continue
            before = re.search(r"([a-zà-ÿ]+)\s+$", self.text[max(0, p - 30):p])
            if before and (before.group(1) in {"tegen", "aan"} or (
                    before.group(1) in REPORTING_FORMS and before.group(1) not in {"aldus", "volgens"})):
                return True  # (told or asked: "vertelt de rechter", "zei tegen de rechter")
        return False

    def _last_person_name(self, before: int) -> Optional[Name]:
        prior = [nm for nm in self.names if nm.end <= before and self._is_person(nm)
                 and not any(a <= nm.start < b for a, b in self.quoted)]
        return prior[-1] if prior else None

    def _only_person_before(self, before: int, reach: int = 400) -> Optional[Resolution]:
        """The one person named (outside quotes) in the ``reach`` characters before ``before``;
        None when there is none or more than one."""
        people = {}
        for nm in self.names:
            if before - reach <= nm.start and nm.end <= before and self._is_person(nm) \
                    and not any(a <= nm.start < b for a, b in self.quoted):
                canon = self.canonical(nm.words) or nm
                people[canon.text] = canon
        if len(people) != 1:
            return None
        canon = next(iter(people.values()))
        return Resolution(canon.text, self.role_for(canon), True)

    def _is_person(self, nm: Name) -> bool:
        if nm.person:
            return True
        canon = self.canonical(nm.words)
        # (a person who spoke under this name; not a place inside a description of one: "onderzoeker
        # aan de universiteit van York")
        return bool(canon and canon.person) or any(
            h[1] and h[1][:1].isupper() and nm.words and nm.words <= _words(h[1]) and h[2] for h in self.history)

    def resolve(self, start: int, end: int, anchor: Optional[int] = None) -> Resolution:
        """Resolve the mention at [start, end). ``anchor``: where the attributed words begin
        when they come before the mention ("'...', zegt hij": the quote's opening mark), so a
        pronoun looks at the sentence before the quote."""
        self._anchor = anchor
        m = re.search(r"\s+(?:zelf|zelve)$", self.text[start:end])
        if m and m.start() > 0:
            end = start + m.start()  # "de organisatie zelf", "De pastoor zelf"
        if self.text[start:end].lower() in {"hemzelf", "haarzelf", "henzelf"}:
            end -= 4  # "volgens hemzelf": the pronoun
        if self.text[start:end].lower() in {"u.", "je.", "jij."}:
            end -= 1  # "concludeert u.": the tokenizer reads "u." as an abbreviation
        mention = self.text[start:end]
        low = mention.lower()
        both = re.fullmatch(r"zowel\s+(.+?)\s+als\s+(.+)", mention, re.I | re.S)
        if both:
            # "Zowel de minister als de premier zeggen ...": both sources, each resolved on its own
            first = self.resolve(start + both.start(1), start + both.end(1), anchor)
            second = self.resolve(start + both.start(2), start + both.end(2), anchor)
            if first.speaker and second.speaker:
                return Resolution(f"{first.speaker} en {second.speaker}", None, first.person or second.person)
        if low in {"ze", "zij"}:
            at = self._people_at(start)
            if at is not None:
                return at
        dash = re.match(r"(.+?\w)\s+[–—-]\s+[a-zà-ÿ]", mention)
        if dash:
            # "De burgemeester – zelf inwoner van de wijk –": the aside between dashes describes the source
            return self.resolve(start, start + dash.end(1), anchor)
        pre = _PREMODIFIER.match(mention)
        if pre and pre.end() < len(mention):
            # "de door de VS gesteunde milities": the names inside the participle phrase are not the source
            return self.resolve(start + pre.end(), end, anchor)
        if re.match(r"(?:nog\s+)?een\s+andere?\s", low):
            # "Een andere buurtbewoner zegt ...": by its words someone other than the one quoted before
            return Resolution(mention[:1].lower() + mention[1:], None, True)
        m = re.fullmatch(r"een\s+([a-zà-ÿ-]+)", low)
        if m and m.group(1) in PERSON_NOUNS - ORG_NOUNS and not m.group(1).startswith("woordvoer"):
            # "Een buurtbewoner vond het ...": someone new, not the neighbour named before
            return Resolution(low, None, True)
        if low in {"die laatste", "deze laatste", "laatstgenoemde", "de laatstgenoemde"}:
            # "..., zei die laatste": the person named last before
            before = [n for n in self.names if n.end <= start and not any(a <= n.start < b for a, b in self.quoted)]
            for nm in reversed(before):
                canon = self.canonical(nm.words) or nm
                if canon.person and canon.label not in {"LOC", "ORG"}:
                    return Resolution(canon.text, self.role_for(canon), True)
        latter = re.fullmatch(r"(?:die|dat|deze|dit)\s+laatste\s+([a-zà-ÿ-]+)", low)
        if latter:
            # "volgens dat laatste bureau", "zegt deze laatste onderzoeker": the body or person
            # named last before, of the kind the noun says
            person = latter.group(1) in PERSON_NOUNS and latter.group(1) not in ORG_NOUNS
            before = [n for n in self.names if n.end <= start and not any(a <= n.start < b for a, b in self.quoted)]
            for nm in reversed(before):
                canon = self.canonical(nm.words) or nm
                if (person and canon.person and canon.label not in {"LOC", "ORG"}) or (not person and canon.label == "ORG"):
                    return Resolution(canon.text, self.role_for(canon), canon.person)
        apposed = self._apposed_name(start, end)
        if apposed is not None:
            return apposed
        if low in {"die"} or (_head_word(mention) and _is_role_word(_head_word(mention))
                              and not re.match(r"(?:[Dd]e|[Hh]et|[Ee]en)\s", mention)):
            # "Het was Anna Smit, Kamerlid voor het CDA, die ...", "Van den Elzen, voorzitter van
            # de KBO en coördinator van ..., geeft uitleg": the person the apposition describes
            app = self._apposed_person(start)
            if app is not None:
                return app
        if low == "die":
            # "De Nederlandsche Bank (DNB), die stelt dat ...": the name right before the relative pronoun
            for nm in reversed([n for n in self.names if n.end <= start and start - n.end <= 14]):
                if re.fullmatch(r"\)?\s*(?:\([^()]{1,12}\))?\s*,\s*", self.text[nm.end:start]):
                    canon = self.canonical(nm.words) or nm
                    if not (canon.words and canon.words <= self.byline_words):
                        return Resolution(canon.text, self.role_for(canon), self._is_person(canon))
                break
        if low == "die" and re.search(r"\b(?:toen|omdat|nadat|als|zodat|terwijl|want|maar|en|doordat|hoewel|wanneer|"
                                      r"zodra|voordat|waarna)\s+$", self.text[max(0, start - 12):start]):
            # "... berispt toen die had gesuggereerd dat ...": a demonstrative "die" after a conjunction is
            # the person just spoken of, not a relative pronoun
            return self._pronoun(start, "die")
        if low == "die" and self._after_reporting_verb(start):
            # "..., merkte die vorig jaar al op": a demonstrative after the verb, the one named last
            # before the sentence (not a name inside the claim itself)
            sent = _sentence_start(self.text, start, 400)
            for nm in reversed([n for n in self.names if n.end <= sent and sent - n.end < 300
                                and not any(a <= n.start < b for a, b in self.quoted)]):
                canon = self.canonical(nm.words) or nm
                if nm.label != "LOC":
                    return Resolution(canon.text, self.role_for(canon), self._is_person(canon))
            return Resolution(None, None, False)
        if low in {"die", "dat"}:
            # a relative pronoun: "mensen die denken dat ..." → the phrase before it
            m = re.search(r"([\w'-]+(?:\s+[\w'-]+){0,3})\s*,?\s*$", self.text[max(0, start - 60):start])
            if m and not re.search(r"[.!?]\s*$", self.text[max(0, start - 3):start]):
                prev_words = []
                for w in reversed(m.group(1).split()):  # the noun phrase right before "die"
                    lw = w.lower()
                    if not prev_words and lw in _COPULA_BEFORE_RELATIVE:
                        continue  # "er zijn mensen die" moved its verb: "er (best) mensen zijn die"
                    if prev_words and lw in {"hij", "zij", "ze", "er", "het", "ik", "wij", "we", "u", "best", "wel",
                                             "ook", "nog", "zeker", "heus", "vast", "echt", "dus", "altijd"}:
                        break  # "is zij degene die", "er zijn heus buren die": the noun alone
                    if lw in DETERMINERS:
                        prev_words.insert(0, w)
                        break
                    if lw in NP_STOP or lw in AFFILIATION_PREPS or lw in REPORTING_FORMS:
                        break
                    prev_words.insert(0, w)
                desc = " ".join(prev_words)
                return Resolution(desc if re.search(r"\w", desc) else None, None, False)
        if low in {"zijn", "hun"}:
            low = "hij" if low == "zijn" else "ze"  # a possessive source: "Zijn conclusie is ..."
            return self._pronoun(start, low)
        m = re.fullmatch(r"(zijn|haar|hun)\s+([a-zà-ÿ][\w-]*)", low.strip())
        if m and m.group(2) in _SAYING_NOUNS:
            # "..., aldus hun redenering": what they said stands for them
            return self._pronoun(start, {"zijn": "hij", "haar": "zij", "hun": "ze"}[m.group(1)])
        if m and (m.group(2) in PERSON_NOUNS or _is_role_word(m.group(2))):
            # "zijn advocaat" → "advocaat van <the person 'zijn' refers to>"
            holders = {(self.canonical(n.words) or n).text for n in self.names
                       if n.role and self._is_person(n) and re.search(r"\b%s\b" % re.escape(m.group(2)), n.role.lower())}
            if len(holders) == 1 and m.group(2) not in {"vader", "moeder", "zoon", "dochter", "man", "vrouw"}:
                # "zit volgens zijn advocaat vast ... advocaat Umut Ural": the one holder of the role
                return Resolution(holders.pop(), m.group(2), True)
            owner = self._pronoun(start, {"zijn": "hij", "haar": "zij", "hun": "ze"}[m.group(1)])
            if owner.speaker:
                return Resolution(f"{m.group(2)} van {owner.speaker}", m.group(2), True)
            return Resolution(m.group(2), m.group(2), True)
        m = re.fullmatch(r"(zijn|haar|hun)\s+((?:[a-zà-ÿ][\w'’-]*\s+(?:en\s+)?){0,3}([a-zà-ÿ][\w'’-]*))", low.strip())
        if m and _group_of_people(m.group(3)):
            # "zijn aanhangers", "haar familie en vrienden": the people tied to the one the
            # possessive refers to
            owner = self._pronoun(start, {"zijn": "hij", "haar": "zij", "hun": "ze"}[m.group(1)])
            if owner.speaker:
                return Resolution(f"{m.group(2)} van {owner.speaker}", None, False)
        if low in ANAPHORIC or low in OBJECT_PRONOUNS or low in PRONOUNS:
            if low in {"ik", "wij", "we", "mij", "me", "ons"} and not any(a <= start < b for a, b in self.quoted):
                # the writer speaking for themself (a column, a letter, an opinion piece): the byline
                # when there is one
                return Resolution(self.writer, None, True)
            if low == "men":
                return Resolution("men", None, False)  # "men zegt ...": an unnamed, general source, as written
            if low in {"u", "jij", "je"} and not any(a <= start < b for a, b in self.quoted):
                # "..., concludeert u.": the interviewer puts words to the one interviewed, who
                # answered last
                last = self.last_speaker(start)
                if last is not None and last[2] and start - last[0] < 1500:
                    return Resolution(last[1], None, True)
            if low in {"ik", "wij", "we", "mij", "me", "ons", "u", "jij", "je", "jou"}:
                return Resolution(None)
            return self._pronoun(start, low)
        # "uit een gesprek met directeur X blijkt", "in een interview met X": the one spoken with
        if _head_word(mention) in _CONVERSATION_NOUNS:
            m = re.match(r"\s+met\s+", self.text[end:end + 8])
            if m:
                partner = [nm for nm in self.names if end + m.end() <= nm.start < end + m.end() + 50]
                if partner:
                    return self.resolve(end + m.end(), partner[0].end)
        # "De gouverneur van Limburg, Theo Bovens, ...": a person's name in apposition to the
        # description is the source
        # (also past the role's place: "de woordvoerder in de Kamer, Jan de Boer,")
        m = re.match(r"(?:\s+(?:in|op)\s+(?:de\s+|het\s+)?[\w-]+)?\s*,\s*", self.text[end:end + 40])
        if m and not _is_pron_text(low):
            app = [nm for nm in self.names if nm.start == end + m.end() and self._is_person(nm)
                   and re.match(r"\s*[,(]", self.text[nm.end:nm.end + 3])]
            if app and _head_word(mention) and (_is_role_word(_head_word(mention)) or _head_word(mention) in PERSON_NOUNS
                                                or _head_word(mention) in {"hoofd", "lid"}):
                canon = self.canonical(app[0].words) or app[0]
                role = re.sub(r"^(?:[Dd]e|[Hh]et)\s+", "", mention.strip())
                return Resolution(canon.text, self.role_for(canon) or role, True)
        # "Alyas Karmani's medestudenten": people described by their tie to a named person
        m = re.fullmatch(r"(.*?[A-Z].*?)(['’]s|s|(?<=s)['’])\s+([a-zà-ÿ][\w'’-]*)", mention.strip())
        if m and (m.group(3) in PERSON_NOUNS or _is_role_word(m.group(3)) or m.group(3).rstrip("'’s") in PERSON_NOUNS):
            said = mention.strip()
            named = [nm for nm in self.names if nm.start < start and self._is_person(nm)
                     and self.text[max(0, nm.start - len(said) - 1):nm.start].strip() == said]
            if named:  # "Biemans' vrouw Maaike ... zegt Biemans' vrouw": the one named so before
                canon = self.canonical(named[-1].words) or named[-1]
                return Resolution(canon.text, self.role_for(canon) or m.group(3), True)
            owner = self.canonical(_words(m.group(1)))
            if owner is not None or m.group(2) != "s":  # ("Jans collega's" only when "Jan" is named)
                return Resolution(f"{m.group(3)} van {owner.text if owner else m.group(1)}", m.group(3), True)
        cut = [nm for nm in self.names if nm.start < start < nm.end <= end and self._is_person(nm)
               and not self.text[nm.start:start].rstrip().endswith(("'s", "’s"))]
        if cut:
            start = cut[0].start  # "Advocaat Bram | Visschers van ...": the parse cut the name in two
            mention = self.text[start:end]
        named_in = [nm for nm in self.names if start <= nm.start and nm.end <= end]
        if len(named_in) >= 2 and re.search(r"['’]s$", named_in[0].text):
            start = named_in[1].start  # "Zuid-Korea's Moon": the person after the possessive
            mention = self.text[start:end]
        # a name inside the mention
        words = _words(mention)
        named = [nm for nm in self.names if start <= nm.start and nm.end <= end]
        if len(named) == 1 and named[0].text.endswith("s") and not self.canonical(named[0].words - {""}) is not named[0]:
            bare = _words(named[0].text[:-1])
            other = self.canonical(bare)
            if other is not None and other is not named[0] and other.person and \
                    not any(nm.words == named[0].words for nm in self.names if nm is not named[0]):
                named = [other]  # "Van Nispens voorstel": the genitive of a name found elsewhere
        if not named:
            # "Klaver" cut out of "Jesse Klaver" by a wrong tag: the name occurrence it is part of
            named = [nm for nm in self.names if nm.start <= start and end <= nm.end and nm.person]
        if not named and re.fullmatch(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]{3,}(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?", mention.strip()):
            # "TUSK: '...'": a name set in capitals as a label, for the person named in full before
            canon = self.canonical(_words(mention))
            if canon is not None and self._is_person(canon) and len(canon.words) >= 2:
                return Resolution(canon.text, self.role_for(canon), True)
        if not named:
            # "Ajax-aanvoerder Matthijs | de Ligt": a person's name the mention was cut short of
            named = [nm for nm in self.names if start <= nm.start < end < nm.end and nm.person]
        if named and re.fullmatch(r"(?:[Dd]e|[Hh]et)\s+(\S+)", mention.strip()) \
                and mention.split()[-1] in SINGULAR_DEMONYMS:
            named = []  # "de Fransman": a person described by nationality, not a name
        body = re.fullmatch(r"(?:[Dd]e|[Hh]et)\s+(([A-Z][a-zà-ÿ]+)\s+(?:van|voor)\s+(?:de\s+|het\s+)?[A-Z][\w-]+"
                            r"(?:\s+[A-Z][\w-]+)*)", mention.strip())
        if body and not any(nm.person for nm in named) and _institution_head(body.group(2).lower()):
            # "de Raad van State", "het Hof van Justitie": the body's name is the whole phrase, not
            # the capitalised word after "van" the name finder kept
            return Resolution(body.group(1), None, False)
        head = _head_word(mention)
        # "Thierry Baudet (Forum voor Democratie) ... aldus de voorman van Forum": the one person the
        # article ties to the organisation the description names
        if head in _LEADER_NOUNS and re.match(r"(?:[Dd]e|[Hh]et)\s+%s\s+van\s+" % re.escape(head), mention.strip()):
            leader = self._leader_of(start, end)
            if leader is not None:
                return leader
        if named and head in SOURCE_NOUNS:
            # "berekeningen van WomenInc en Loonwijzer": the study/document as described
            desc = re.sub(r"^(?:De|Het|Een)\b", lambda m: m.group(0).lower(), mention.strip())
            return Resolution(desc, None, False)
        if len(named) >= 2 and re.search(r"\ben\b", self.text[named[0].end:named[1].start]):
            canons = [(self.canonical(nm.words) or nm).text for nm in named]
            return Resolution(" en ".join(dict.fromkeys(canons)), None, False)  # a group: never "hij"
        people = [nm for nm in named if nm.person]
        if len(people) >= 2 and re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?en\s+",
                                             self.text[people[0].end:people[1].start]):
            # "Anna Smit (CDA) en Kees Mol (SP)": two people, each with a party in brackets
            canons = [(self.canonical(nm.words) or nm).text for nm in people]
            return Resolution(" en ".join(dict.fromkeys(canons)), None, False)
        # "officier van justitie Marja Hoek", "minister van Financiën Wim de Haan": a role phrase
        # before a person's name is an apposition, and the person is the source
        role_apposition = bool(named) and named[-1].end >= end - 1 and self._is_person(named[-1]) \
            and _role_phrase(self.text[start:named[-1].start])
        if role_apposition:
            m = re.search(r"\bvan\s+(?:de\s+|het\s+)?([a-zà-ÿ][\w-]*)\s*$", self.text[start:named[-1].start])
            if m and m.group(1) in _OFFICE_NOUNS and re.match(r"\s*(?:[Dd]e|[Hh]et|[Ee]en)?\s*[a-zà-ÿ]", mention):
                role_apposition = False  # "de woordvoerder van burgemeester X": X's spokesperson, not X
        first = mention.split()[0] if mention.split() else ""
        # ("Bewoners van de Stationsstraat", "Ouders in Zwolle": a capital only because the sentence opens there)
        lowered = first[:1].lower() + mention[1:] if first[:1].isupper() and first[1:].islower() \
            and (first.lower() in PERSON_NOUNS or _is_role_word(first)) and self._sentence_opening(start) else mention
        if named and not role_apposition and re.match(r"(?:(?:[Dd]e|[Hh]et|[Ee]en|[Dd]ie|[Dd]it|[Dd]eze|[Vv]eel|[Ee]nkele|[Ss]ommige|[Aa]lle|[Tt]wee|[Dd]rie)\s+)?(?:[A-Z][\w-]*se\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,3}(?:van|bij|uit|namens|aan|in|op|met|voor|uit)\s",
                              lowered) and self.text[start:named[0].start].strip():
            # "het ministerie van Defensie", "de gemeente bij Utrecht": the description holds the name
            desc = re.sub(r"^(?:De|Het|Een)\b", lambda m: m.group(0).lower(), mention.strip())
            desc = _spokesperson_of(desc)
            head = _head_word(mention)
            if head in _OFFICE_NOUNS and re.match(r"(?:[Dd]e|[Hh]et)\s", mention):
                # "De president van de Verenigde Staten" in an article that names "president Trump"
                holders = {(self.canonical(n.words) or n).text for n in self.names
                           if n.role and self._is_person(n) and _holds_role(n.role, head)
                           and _same_body(n.role, mention)}
                if len(holders) == 1:
                    return Resolution(holders.pop(), head, True)
            m = re.match(r"(?:[Dd]e|[Hh]et)\s+(?:[\w-]+\s+){0,2}?([a-zà-ÿ][\w-]*)\s+(?:van|aan|bij|uit|in|op|voor)\s",
                         mention.strip())
            rhead = m.group(1) if m else None
            anchor = self._anchor if self._anchor is not None and self._anchor < start else None
            if ANAPHORIC_ROLES and rhead and _anaphoric_role(rhead) and rhead not in _COLLECTIVE_NOUNS \
                    and not any(self._is_person(nm) for nm in named) and (self._sentence_opening(start) or anchor):
                # "Kofi Mensah kent de streek. De onderzoeker aan de universiteit van Leeds
                # beaamt ...": a role with where it is held, opening the sentence after the person
                # (or the cue after a quote: "'...', zei de winnaar van de Gouden Bal")
                at = anchor if anchor is not None else start
                subj = self._previous_subject(at, "", opening=False)
                if subj is None or not subj.person:
                    # "X koerst aan op ... Of Y aanschuift, is de vraag. '...', aldus de oud-leider van
                    # de partij": the sentence before has no person as subject; the one person named
                    # shortly before is the one described
                    subj = self._only_person_before(at)
                if subj is not None and subj.person and subj.speaker and subj.speaker[:1].isupper() \
                        and _may_be_called(subj.speaker, rhead) and _same_body(subj.role or "", mention):
                    return Resolution(subj.speaker, subj.role or desc, True)
            return Resolution(desc, None, False)
        if len(named) == 1 and re.fullmatch(r"(?:[Dd]e|[Hh]et)\s+[A-Z][\w&]*-([a-zà-ÿ][\w]+)", mention.strip()) \
                and _is_role_word(mention.strip().rsplit("-", 1)[-1]):
            named = []  # "de VVD-fractievoorzitter": a role described, not a name
        member = re.fullmatch(r"(?:[Dd]e|[Hh]et)\s+([A-Z][\w&]*)['’-]er", mention.strip())
        if member and len(named) == 1 and named[0].text.endswith("er"):
            # "de PvdA'er": a party member described, not named
            party = member.group(1).lower()
            people = [n for n in self.names if self._is_person(n)]

            def of_party(nm) -> bool:
                # the party in the role, right next to the name, or in a description that opens
                # the next sentence ("X kreeg lof. De fractievoorzitter van de SGP ...")
                return party in (nm.role or "").lower() or party in self.text[nm.end:nm.end + 12].lower() \
                    or party in self.text[max(0, nm.start - 12):nm.start].lower() \
                    or re.match(r"[^.!?]{0,40}[.!?]\s+(?:De|Het)\s+[\w-]+\s+van\s+(?:de|het)\s+" + re.escape(member.group(1)) + r"\b",
                                self.text[nm.end:nm.end + 120]) is not None

            for nm in reversed([n for n in people if n.end <= start]):
                canon = self.canonical(nm.words) or nm
                # any mention of the same person may carry the party
                if any(of_party(m) for m in people if (self.canonical(m.words) or m) is canon):
                    return Resolution(canon.text, self.role_for(canon), True)
            named = []
        if named:
            core = named[0] if len(named) == 1 or not named[0].person and named[-1].person is False else \
                next((nm for nm in named if nm.person), named[0])
            if len(named) >= 2:
                # "Enschedeër Giovanni Imbrogiano": a word glued before a first name and surname
                core = next((nm for nm in named if nm.text.split()[0].lower() in FIRST_NAMES
                             and len(nm.words) >= 2), core)
                gen = re.fullmatch(r"['’]?s?\s+([a-zà-ÿ][\w-]*)\s+", self.text[named[-2].end:named[-1].start])
                if gen and (_person_noun(gen.group(1)) or _is_role_word(gen.group(1))) \
                        and (named[-2].text.endswith("s") or self.text[named[-2].end:named[-2].end + 1] in "'’") \
                        and self._is_person(named[-1]):
                    core = named[-1]  # "Louwes' advocaat Geert Knoops": the lawyer, not the client
            canon = self.canonical(core.words | frozenset()) or core
            if canon.words and canon.words <= self.byline_words:
                return Resolution(None)
            role = self.role_for(canon) or _role_from_mention(mention, core.text)
            # ("de gemeente Amsterdam": a body's kind before its name makes no person of it)
            body = bool(role) and (role.split()[0].lower() in _COLLECTIVE_NOUNS | _GENERIC_ORG_NOUNS
                                   or _institution_head(role.split()[0].lower()))
            return Resolution(canon.text.strip(), role, self._is_person(canon) or (bool(role) and not body))
        # a description: "de socioloog", "de president", "analisten"
        holders = None
        # a person's role is held by a person ("woordvoerder van het ministerie van Buitenlandse
        # Zaken" gives no role to "Buitenlandse Zaken")
        person_role = bool(head) and head not in _GENERIC_ORG_NOUNS | ORG_NOUNS and head in PERSON_NOUNS
        if head and UNIQUE_ROLE:
            holders = [n for n in self.names if n.role and _holds_role(n.role, head)
                       and (not person_role or n.label not in {"ORG", "LOC"})]
            if not holders and "-" in head and re.match(r"(?:[Dd]e|[Hh]et)\s+\S+$", mention.strip()):
                # "de VVD-fractievoorzitter" after "fractievoorzitter Klaas Dijkhoff (VVD)": the role,
                # held by someone tied to the prefix (in the role or right next to the name)
                prefix, _, tail = head.rpartition("-")
                holders = [n for n in self.names if n.role and n.start < start and self._is_person(n)
                           and _holds_role(n.role, tail)
                           and prefix in (n.role + self.text[max(0, n.start - 16):n.end + 12]).lower()]
                if holders:
                    canon = self.canonical(holders[-1].words) or holders[-1]
                    if len({(self.canonical(n.words) or n).text for n in holders}) == 1:
                        return Resolution(canon.text, holders[-1].role, True)
                if tail in {"woordvoerder", "woordvoerster", "zegsman", "zegsvrouw"}:
                    # "de AAGG-woordvoerder": someone speaking for the organisation, not the organisation
                    org = mention.strip().split(None, 1)[-1].rpartition("-")[0]
                    return Resolution(f"{tail} van {org}", tail, True)
                holders = []
            cands = {(self.canonical(n.words) or n).text for n in holders}
            if len(cands) > 1:
                # "hoogleraar Bestuurskunde": a capitalised field is no second holder of the role
                people = [n for n in holders if n.label == "PER" or len(n.words) >= 2]
                if len({(self.canonical(n.words) or n).text for n in people}) == 1:
                    holders = people
                else:
                    # several people hold the role ("econoom X ... econoom Y"): the one who spoke
                    # just before ("..., stelt Y. Volgens de econoom ..."), not merely the one named last
                    last = self.last_speaker(start)
                    if last is not None and last[1] in cands and start - last[0] < 400 and not any(
                            last[0] < n.start < start and self._is_person(n)
                            and (self.canonical(n.words) or n).text != last[1] for n in self.names):
                        holder = next(n for n in holders if (self.canonical(n.words) or n).text == last[1])
                        return Resolution(last[1], holder.role, True)
                    head = None
        if head:
            pool = holders if holders else [n for n in self.names if not person_role or n.label not in {"ORG", "LOC"}]
            for nm in reversed([n for n in pool if n.start < start] + [n for n in pool if n.start >= start]):
                if nm.role and (_holds_role(nm.role, head) or (
                        nm.start < start and len(head) >= 4 and _holds_role(nm.role, head, compound=True))):
                    # "de bond" → "vakbond FNV", "de minister" → "oud-minister X" (compounds: earlier names only)
                    canon = self.canonical(nm.words) or nm
                    title, _, body = nm.role.partition("; ")
                    if not person_role and body and not _holds_role(title, head) and not (
                            nm.start < start and _holds_role(title, head, compound=True)):
                        # "woordvoerder X van de gemeente Amersfoort ... volgens de gemeente": the
                        # body the person speaks for, not the person
                        return Resolution(body, None, False)
                    return Resolution(canon.text, nm.role, True)
        # "de inspectie" in an article that names the "Onderwijsinspectie": the one name whose
        # last word ends in the description's head noun
        if head and len(head) >= 5 and re.match(r"(?:[Dd]e|[Hh]et)\s+(?:[a-zà-ÿ][\w-]*\s+)?%s$" % re.escape(head),
                                                mention.strip()):
            owners = {(self.canonical(n.words) or n).text for n in self.names
                      if not n.person and n.text.split()[-1].lower().endswith(head)
                      and n.text.split()[-1].lower() != head}
            if not owners:
                # "de onafhankelijke adviesraad" after "de Gezondheidsraad": a compound of the same
                # kind of body
                kind = next((k for k in _BODY_KINDS if head.endswith(k) and len(head) > len(k) + 2), None)
                owners = {(self.canonical(n.words) or n).text for n in self.names
                          if kind and n.start < start and not n.person and n.label != "LOC"
                          and n.text.split()[-1].lower().endswith(kind) and n.text.split()[-1].lower() != kind}
            if len(owners) == 1:
                return Resolution(owners.pop(), None, False)
        # "de twee dierenorganisaties" after "De Dierenbescherming en Eyes on Animals ...": the
        # last pair of names joined by "en" before it
        m = re.fullmatch(r"(?:(?:[Dd]e|[Dd]eze)\s+(?:twee|beide)|[Bb]eide|[Dd]eze)\s+(?:[a-zà-ÿ][\w-]*\s+)?[a-zà-ÿ][\w-]*(?:en|s)",
                         mention.strip())
        if m:
            before = [n for n in self.names if n.end <= start and not any(a <= n.start < b for a, b in self.quoted)]
            for x, y in reversed(list(zip(before, before[1:]))):
                if re.fullmatch(r"\s+en\s+(?:de\s+|het\s+)?", self.text[x.end:y.start]) and not x.text.endswith("-") \
                        and bool(self._is_person(x)) == bool(self._is_person(y)):
                    pair = [(self.canonical(n.words) or n).text for n in (x, y)]
                    return Resolution(" en ".join(pair), None, False)
        # "Anna en haar zus Eva vonden ... De meiden dachten ...": a plural word for people close to
        # a pair of people named just before is that pair
        # (also "het duo", "het echtpaar": a word for two)
        if head and ((head.lower() in _PAIR_NOUNS and re.fullmatch(r"(?:[Dd]e|[Bb]eide)\s+%s" % re.escape(head), mention.strip()))
                     or re.fullmatch(r"(?:[Hh]et|[Dd]it)\s+(?:duo|tweetal|echtpaar|stel|koppel)", mention.strip())):
            before = [n for n in self.names if start - 400 <= n.start and n.end <= start and self._is_person(n)
                      and not any(a <= n.start < b for a, b in self.quoted)]
            for x, y in reversed(list(zip(before, before[1:]))):
                # ("X (64) en moeder Y", "X en haar zus Y")
                if re.fullmatch(r"\s*(?:\(\d{1,3}\))?\s+en\s+(?:(?:haar|zijn|hun)\s+[a-zà-ÿ]+\s+|[a-zà-ÿ]+\s+)?",
                                self.text[x.end:y.start]):
                    pair = [(self.canonical(n.words) or n).text for n in (x, y)]
                    return Resolution(" en ".join(pair), None, True)
            if re.fullmatch(r"(?:[Hh]et|[Dd]it)\s+(?:duo|tweetal|echtpaar|stel|koppel)", mention.strip()):
                # "Met R. kreeg ze drie kinderen ... Het tweetal": the two people named just
                # before, when there are just two
                two = list(dict.fromkeys((self.canonical(n.words) or n).text for n in before))
                if len(two) == 2:
                    return Resolution(" en ".join(two), None, True)
        # "De werkgevers waarschuwen ..." after "Werkgeversorganisaties VNO-NCW en MKB-Nederland
        # hebben ...": the pair of names introduced by a word of that kind
        if head and len(head) >= 5 and head.endswith(("s", "en")) \
                and re.fullmatch(r"(?:[Dd]e)\s+(?:[a-zà-ÿ][\w-]*\s+)?%s" % re.escape(head), mention.strip()):
            before = [n for n in self.names if n.end <= start and not any(a <= n.start < b for a, b in self.quoted)]
            pairs = [(x, y) for x, y in zip(before, before[1:])
                     if re.fullmatch(r"\s+en\s+(?:de\s+|het\s+)?(?:[a-zà-ÿ][\w-]*\s+)?", self.text[x.end:y.start])]
            for x, y in reversed(pairs[-3:]):  # (the last few pairs named, latest first)
                intro = re.search(r"([A-Za-zà-ÿ][\w-]*),?\s+(?:de\s+|het\s+)?$", self.text[max(0, x.start - 40):x.start])
                words = [intro.group(1).lower()] if intro else []
                mid = re.search(r"([a-zà-ÿ][\w-]*)\s+$", self.text[x.end:y.start])
                if mid and mid.group(1) not in {"en", "de", "het"}:
                    words.append(mid.group(1))  # "De Vogelwacht en natuurorganisatie X": the kind, before the second
                if len(x.text.split()) >= 2:
                    words.append(x.text.split()[0].lower())  # "Werkgeversorganisaties VNO-NCW": the kind glued on
                if any(len(w) >= 5 and (w == head or w.startswith(head) or w.endswith(head) or head in {w + "s", w + "en"})
                       for w in words):  # (also the plural of the kind: "natuurorganisatie", "de natuurorganisaties")
                    pair = [(self.canonical(n.words) or n).text for n in (x, y)]
                    return Resolution(" en ".join(pair), None, False)
        # "de bonden" after "de onderwijsbonden" were introduced: the one compound of the head
        # noun written earlier in the article is the fuller description
        if head and len(head) >= 4 and re.match(r"(?:[Dd]e|[Hh]et)\s+%s$" % re.escape(head), mention.strip()):
            fuller = {m.group(1).lower() for m in re.finditer(r"\b(?:[Dd]e|[Hh]et)\s+([a-zà-ÿ][\w-]{2,}%s)\b" % re.escape(head),
                                                               self.text[:start])
                      if m.group(1).lower()[:-len(head)] not in _PARTICLE_PREFIXES}  # (not "aanklacht" for "klacht")
            if len(fuller) == 1:
                return Resolution(fuller.pop(), None, head in PERSON_NOUNS)
        if re.fullmatch(r"(?:dat|dit)\s+land", low.strip()) \
                or (low.strip() == "land" and re.search(r"\b(?:[Dd]at|[Dd]it)\s+$", self.text[max(0, start - 5):start])):
            # "... uitgesloten door de VS. Dat land vreest ...": the country named last, in this
            # sentence or the one before
            lo_prev = self._previous_sentence_start(start)
            place = next((n for n in reversed(self.names) if lo_prev <= n.start and n.end <= start
                          and (n.label == "LOC" or n.text.rstrip(".") in {"VS", "VK", "VAE"})
                          and not any(a <= n.start < b for a, b in self.quoted)), None)
            if place is not None:  # (the tagger often reads "de VS." as an organisation)
                return Resolution((self.canonical(place.words) or place).text.rstrip("."), None, False)
        # "het bedrijf", "de partij", "de gemeente" with no holder named by that word: the
        # organisation (or town) the article is about, when one stands out
        definite = bool(head) and re.match(r"(?:[Dd]e|[Hh]et)\s+%s$" % re.escape(head), mention.strip()) is not None
        if definite and _generic_org(head):
            org = self._article_org(head, start)
            if org is not None:
                return Resolution(org, head, False)
        # "het pensioenfonds": a word that may also name money ("het fonds"), so only the one
        # the article introduced as that kind ("X, het pensioenfonds van de zorg")
        if definite and len(head) >= 8 and head.endswith("fonds"):
            org = self._named_as_kind(head, start)
            if org is not None:
                return Resolution(org, head, False)
        # "Zelensky bedoelde ... Gevallen was de stad niet volgens de president": a definite
        # description of a single office holder, nobody in the article named with that role,
        # refers back to the person just spoken of (as a pronoun would)
        if ANAPHORIC_ROLES and _anaphoric_role(head) and re.match(
                r"(?:[Dd]e|[Hh]et)\s+(?:(?:\d+-jarige|[a-zà-ÿ]+e|emeritus|voormalig|oud-)\s*)?%s(?:\s+[a-zà-ÿ]+)?$" % re.escape(head),
                mention.strip(), re.I):
            # (also "de 82-jarige politicus", "de nieuwe voorzitter")
            window = self.text[max(0, start - 3000):start]
            if _AGE_WORD.fullmatch(head):
                # "Fatima el Amrani (34) ... zegt de 34-jarige": the one named with that age
                aged = [nm for nm in self.names if nm.end <= start and self._is_person(nm)
                        and re.match(r"\s*\(%s\)" % head.split("-")[0], self.text[nm.end:nm.end + 8])]
                if aged:
                    canon = self.canonical(aged[-1].words) or aged[-1]
                    return Resolution(canon.text, self.role_for(canon), True)
                new = list(re.finditer(r"\b[Ee]en\s+(%s\s+[a-zà-ÿ]+(?:\s+uit\s+[A-Z][\w-]+)?)" % head, window))
                if new and not any(a <= max(0, start - 3000) + new[-1].start() < b for a, b in self.quoted):
                    return Resolution(new[-1].group(1), None, True)  # "Een 34-jarige man uit Zwolle ... de 34-jarige"
            intro = re.search(r"\b[Ee]en\s+((?:[\w-]+\s+){0,4}%s)\b" % re.escape(head), window)
            if intro and not any(self._is_person(n) and n.role and _holds_role(n.role, head)
                                 for n in self.names if n.start < start) \
                    and not any(a <= max(0, start - 3000) + intro.start() < b for a, b in self.quoted):
                # "Een 23-jarige student vertelt ... De student: '...'": the one brought in unnamed
                return Resolution(intro.group(1), head, True)
            kind = re.search(r"\b[Dd]e\s+\d+-jarige\s+(\w*%s)\b(?!\s+[A-Z])" % re.escape(head), window)
            if kind and not any(self._is_person(n) and n.role and _holds_role(n.role, head, compound=True)
                                for n in self.names if n.start < start):
                # "werd de 49-jarige techniekdocent geschorst ... De docent ontkent": a person the
                # article describes by age and trade, never by name, whoever spoke in between
                return Resolution(mention.strip()[:1].lower() + mention.strip()[1:], head, True)
            pron = "zij" if _female_noun(head) or head.endswith("e") and not head.endswith("ige") \
                else "hij" if head in MALE_ROLES else ""
            anchor = getattr(self, "_anchor", None)
            # ("'...', sust de partijleider": the sentence before the quote, not the quote itself)
            subj = self._previous_subject(anchor if anchor is not None and anchor < start else start, pron, opening=False)
            last = self.last_speaker(start)
            if self._addressed_before(head, start):
                subj = last = None  # "Anna vertelt de rechter ... De rechter zegt": not Anna
            sex = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else ""
            if sex and head in _PLAIN_PERSON_NOUNS:
                # "De 21-jarige Anna K. ... antwoordde de vrouw": the last woman named, unless an
                # unnamed one was brought in since ("een vrouw")
                for nm in reversed([n for n in self.names if n.end <= start and start - n.start < 1500]):
                    canon = self.canonical(nm.words) or nm
                    if self._is_person(canon) and gender_of(canon.text, canon.role) == sex:
                        if not re.search(r"\been\s+(?:[a-zà-ÿ-]+\s+){0,2}%s\b" % re.escape(head),
                                         self.text[nm.end:start], re.I):
                            return Resolution(canon.text, self.role_for(canon), True)
                        break
            near = start - last[0] < 150 or (anchor is not None and anchor < start and 0 <= anchor - last[0] < 800) \
                if last else False
            if last and self._kin_only(last[1], head):
                last = None  # "Vader Karel B. zei ... Wel vindt de rechter ...": a family tie is no office
            if subj is not None and subj.speaker and self._kin_only(subj.speaker, head):
                subj = None
            if last and last[2] and near and _may_be_called(last[1], head) and not any(
                    last[0] < n.start < start and self._is_person(n)
                    and not ((self.canonical(n.words) or n).text == last[1]) for n in self.names):
                return Resolution(last[1], head, True)  # "..., aldus Jansen. Volgens de advocaat ..."
            office = _office_of(head)
            if subj is not None and subj.role and _is_role_word(_head_word(subj.role) or "") \
                    and office and office not in subj.role.lower():
                subj = None  # "Jansen, hoogleraar, ... De minister": another person's office
            if subj is not None and subj.person and _may_be_called(subj.speaker, head):
                return Resolution(subj.speaker, subj.role or head, True)
            if last and last[2] and start - last[0] < 300 and _may_be_called(last[1], head):
                return Resolution(last[1], head, True)
            if last and last[2] and start - last[0] < 1500 and _may_be_called(last[1], head) \
                    and last[1][:1].isupper() and not any(last[0] < n.start < start for n in self.names if self._is_person(n)) \
                    and not any(h[2] and h[1] and not h[1][:1].isupper() for h in self.history if h[0] < start):
                # "..., vertelt de arts. [facts, no one else named] '...', licht de
                # mazelenexpert toe": still the last speaker, a person (unless an unnamed person
                # has spoken, whom the description might be: "zegt een politiedeskundige")
                return Resolution(last[1], head, True)
        spoke = re.fullmatch(r"(?:[Ee]en|[Dd]e)\s+(woordvoerder|woordvoerster|zegsman|zegsvrouw|voorlichter|persvoorlichter)"
                             r"\s+(?:van|namens)\s+(?:de|het)\s+([a-zà-ÿ][\w-]*)", mention.strip())
        if spoke and _generic_org(spoke.group(2)):
            # "een woordvoerder van de gemeente": of the one the article is about, by name
            org = self._article_org(spoke.group(2), start)
            if org is not None:
                body = f"de {spoke.group(2)} {org}" if spoke.group(2) in _PLACE_BODIES else org
                return Resolution(f"{spoke.group(1)} van {body}", spoke.group(1), True)
        desc = re.sub(r"^(?:De|Het|Een)\b", lambda m: m.group(0).lower(), mention.strip())
        desc = re.sub(r"^E[eé]n\b(?=\s+van\b)", "één", desc)  # "Eén van de slachtoffers": "één", capitalised
        desc = _spokesperson_of(desc)
        # a short description names the source, not the way the sentence points at it: "deze
        # getuige", "zijn aanhangers", "(maar) liefst 40 procent van ...", "de helft (54 procent)"
        short = re.sub(r"\s*\([^()]*\)", "", desc)
        short = re.sub(r"^(?:[Dd]eze|[Dd]ie|[Dd]it|[Dd]at|[Zz]ijn|[Hh]aar|[Hh]un|(?:[Mm]aar\s+)?[Ll]iefst)\s+(?=[a-zà-ÿ0-9])",
                       "", short)
        desc = short if re.search(r"\w{2}", short) else desc
        # an institution ("de bank", "het kabinet") is a source but never "hij" or "zij" later on
        return Resolution(desc or None, None, bool(head) and head in PERSON_NOUNS
                          and head not in _COLLECTIVE_NOUNS | _GENERIC_ORG_NOUNS)

    def _after_reporting_verb(self, start: int) -> bool:
        verb = re.search(r"\b(\w+)\s+$", self.text[max(0, start - 30):start])
        return verb is not None and verb.group(1).lower() in REPORTING_FORMS

    def _leader_of(self, start: int, end: int) -> Optional[Resolution]:
        """The person the article ties to the organisation named after "van" in the mention at
        [start, end): "X (ORG)", or a role written with the organisation ("FvD-voorman X")."""
        org = next((n for n in self.names if start < n.start <= end + 2 and not self._is_person(n)), None)
        if org is None:
            return None
        # the organisation's full name, over lower-case links the name finder splits at
        full = re.match(r"[A-Z][\w-]*(?:\s+(?:voor|van|de|der|en|het|op)?\s*[A-Z][\w-]*)*", self.text[org.start:org.start + 80])
        full_text = full.group(0) if full else org.text
        keys = {w for w in _words(full_text) if len(w) > 2 and w not in {"voor", "van", "der", "den", "het"}} \
            | set(org.aliases) | {full_text.lower()} \
            | {"".join(w[0] for w in full_text.split()).lower()}  # ("FvD" for "Forum voor Democratie")
        found = {}
        for nm in self.names:
            if not self._is_person(nm) or nm.start >= start:
                continue
            m = re.match(r"\s*\(([^()]{2,40})\)", self.text[nm.end:nm.end + 44])
            # (the brackets name the organisation itself, not something said about it)
            tied = bool(m) and (m.group(1).lower() in keys or bool(_words(m.group(1)) and _words(m.group(1)) <= keys))
            if not tied and nm.role and any(lead in nm.role.lower() for lead in _LEADER_NOUNS):
                # ("FvD-voorman X", not "rechter X van het Hof" for "de voorzitter van het Hof")
                tied = any(part in keys for part in re.split(r"[-\s]+", nm.role.lower()) if part)
            if tied:
                canon = self.canonical(nm.words) or nm
                found[canon.text] = canon
        if len(found) == 1:
            canon = next(iter(found.values()))
            return Resolution(canon.text, self.role_for(canon), True)
        return None

    def _previous_sentence_start(self, start: int) -> int:
        """Where the sentence before the one at ``start`` begins (0 at the top)."""
        return max([0] + [m.end() for m in re.finditer(r"[.!?]['’”\"]{0,2}\s+|\n\n", self.text[:start])][-2:-1])

    def _article_org(self, head: str, start: int) -> Optional[str]:
        """The organisation (or town) that "het bedrijf", "de partij", "de gemeente" at ``start``
        stands for: the one named in the sentence before, else the one last introduced as that
        kind, else the one named most often."""
        own = self._named_with_kind(head, start)
        if own is not None:
            return own
        # "... een rol van het Rode Kruis. Nu de organisatie laat weten ...": the one organisation
        # named in the sentence before (or earlier in this one)
        lo_prev = self._previous_sentence_start(start)
        anchor = getattr(self, "_anchor", None)
        recent = {(self.canonical(n.words) or n).text for n in self.names
                  if lo_prev <= n.start < start and not n.person and n.label == "ORG"
                  and not (anchor is not None and anchor <= n.start)  # (not the claim's own subject)
                  and not (self.canonical(n.words) or n).person
                  and not any(a <= n.start < b for a, b in self.quoted)
                  # ("minister van Justitie X": part of a person's office, not an organisation spoken of)
                  and not re.search(r"\b(?:minister|staatssecretaris)\s+van\s+$",
                                    self.text[max(0, n.start - 25):n.start])}
        if len(recent) == 1 and head not in {"gemeente", "stad", "provincie", "land"}:
            return recent.pop()
        # else the one last introduced as that kind ("X, het pensioenfonds van ...")
        kind = self._named_as_kind(head, start)
        if kind is not None:
            return kind
        counts: dict[str, int] = {}
        for n in self.names:
            if n.start >= start or n.person or any(a <= n.start < b for a, b in self.quoted):
                continue
            if (n.label == "LOC") != (head in {"gemeente", "stad", "provincie", "land"}) or _STREET.search(n.text):
                continue  # (a street is no town: "de Langestraat")
            if (self.canonical(n.words) or n).person:
                continue  # "Prasing" tagged ORG once is still the pastor Maickel Prasing
            canon = (self.canonical(n.words) or n).text
            counts[canon] = counts.get(canon, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def _named_with_kind(self, head: str, start: int) -> Optional[str]:
        """"Universiteit Utrecht ... aldus de universiteit", "het Urban Land Institute ... aldus
        het instituut": the organisation last named (within 1,500 characters) whose own name
        holds the kind word, in Dutch or English."""
        kinds = _KIND_IN_NAME.get(head)
        if not kinds:
            return None
        for n in reversed([n for n in self.names if n.end <= start and start - n.start < 1500]):
            if n.person or any(a <= n.start < b for a, b in self.quoted):
                continue
            canon = self.canonical(n.words) or n
            if canon.person:
                continue
            if any(w.lower() in kinds for w in re.findall(r"[\w-]+", canon.text)):
                return canon.text
            m = re.search(r"\b([A-Z][a-z]+)\s+$", self.text[max(0, n.start - 20):n.start])
            if m and m.group(1).lower() in kinds:
                return f"{m.group(1)} {canon.text}"  # ("Universiteit Utrecht": the name found is the place)
        return None

    def _named_as_kind(self, head: str, start: int) -> Optional[str]:
        """"Ook Zorgfonds, het pensioenfonds van de zorg, ... verwacht het pensioenfonds": the
        organisation last introduced as that kind, by an apposition ("X, het pensioenfonds van
        ...") or a kind noun before its name ("het pensioenfonds Zorgfonds"); for "de krant",
        also the newspaper last named, known by its name ("The Boston Globe")."""
        if head in _PLACE_BODIES:
            return None  # ("de gemeente Delft" is a town, found by the count below)
        kind = r"(?:[\w-]+\s+){0,2}%s" % re.escape(head)  # (also "het Duitse bedrijf")
        newspaper = head.endswith(("krant", "dagblad"))
        for n in reversed([n for n in self.names if n.end <= start]):
            if n.person or any(a <= n.start < b for a, b in self.quoted):
                continue
            canon = self.canonical(n.words) or n
            if canon.person:
                continue
            if newspaper and _NEWSPAPER_NAME.search(canon.text):
                return canon.text  # "de krant" after "The Boston Globe schrijft ..."
            if re.match(r",\s+(?:de|het)\s+%s\b" % kind, self.text[n.end:n.end + 80]) \
                    or re.search(r"\b(?:[Dd]e|[Hh]et)\s+%s\s+$" % kind, self.text[max(0, n.start - 60):n.start]):
                return canon.text
        return None

    def _apposed_name(self, start: int, end: int) -> Optional[Resolution]:
        """"zegt de abt van de abdij, Jan de Vries: '...'", "Volgens de burgemeester van Delft,
        Marja van Dam, ...": a description with the person's name put after it."""
        pair = self._apposed_pair(start, end)
        if pair is not None:
            return pair
        if not re.match(r"(?:[Dd]e|[Hh]et)\s+[a-zà-ÿ]", self.text[start:end]):
            return None  # (checked first: every mention passes here)
        head = _head_word(self.text[start:end])
        if not head or head.lower() in _COLLECTIVE_NOUNS | _GENERIC_ORG_NOUNS:
            return None
        m = re.match(r"(?:\s+(?:van|de|der|den|het|[A-Z][\w'&-]*)){0,4},\s+", self.text[end:end + 60])
        if not m:
            return None  # (the mention may stop short of the name's tail: "de abt van de Abdij | van Berne")
        nm = next((n for n in self.names if n.start == end + m.end()), None)
        # (a foreign name tagged as a place still names the person a role describes: "de
        # gouverneur van Ohio, Mae Dunn,"; a company there does not)
        person = nm is not None and (self._is_person(nm) or nm.label != "ORG" and _is_role_word(head)
                                     and not head.endswith(("en", "s")))
        if nm is None or not person or len(nm.words) < 2 \
                or not re.match(r"\s*(?:\(\d{1,3}\)\s*)?(?:[,:.;]|$)", self.text[nm.end:nm.end + 8]):
            return None
        canon = self.canonical(nm.words) or nm
        return Resolution(canon.text, self.role_for(canon) or self.text[start:end], True)

    def _apposed_pair(self, start: int, end: int) -> Optional[Resolution]:
        """"Twee van de ministers, Anna Bos en Piet Smit, kondigden aan ...": a plural description
        with the two people it stands for put after it."""
        if not re.match(r"(?:[Tt]wee|[Bb]eide|[Dd]e\s+twee)\s", self.text[start:end]):
            return None
        m = re.match(r"\s*,\s+", self.text[end:end + 6])
        x = m and next((n for n in self.names if n.start == end + m.end() and self._is_person(n)), None)
        g = x and re.match(r"\s+en\s+", self.text[x.end:x.end + 6])
        y = g and next((n for n in self.names if n.start == x.end + g.end() and self._is_person(n)), None)
        if not y or not re.match(r"\s*[,:]", self.text[y.end:y.end + 3]):
            return None
        return Resolution(" en ".join((self.canonical(n.words) or n).text for n in (x, y)), None, True)

    def _apposed_person(self, start: int) -> Optional[Resolution]:
        """The person named right before an apposition that ends at ``start``: "Name, role, die"."""
        for nm in reversed([n for n in self.names if n.end <= start and start - n.end <= 120]):
            between = self.text[nm.end:start]
            if re.fullmatch(r"\s*(?:\(\d{1,3}\))?\s*,[^.!?;:'\"‘’“”„]*", between) and self._is_person(nm) \
                    and not any(o.start >= nm.end and o.end <= start and self._is_person(o) for o in self.names):
                canon = self.canonical(nm.words) or nm
                if canon.words and canon.words <= self.byline_words:
                    return None
                role = between.strip(" ,") or None
                return Resolution(canon.text, self.role_for(canon) or role, True)
            if re.search(r"[.!?;:]", between):
                return None
        return None

    def _previous_subject(self, start: int, low: str = "", opening: bool = True) -> Optional[Resolution]:
        """"FvD-lijsttrekker Rob Roos heeft vertrouwen in ... Hij denkt dat ...": a pronoun that
        opens a sentence refers to the person who opened the sentence before."""
        if opening and not re.search(r"(?:^|[.!?]['’”\"]{0,2}\s+|\n)(?:(?:Ook|Toch|Wel|Zelfs|Dan|Nu|En|Maar|Daarom|Wel|Volgens)\s+)?$",
                         self.text[max(0, start - 12):start]):
            return None
        # "... Burger. Maar zij ...": the sentence before starts before the adverb's sentence
        lead = re.search(r"(?:Ook|Toch|Wel|Zelfs|Dan|Nu|En|Maar|Daarom|Volgens)\s+$", self.text[max(0, start - 12):start])
        start_b = start - len(lead.group(0)) if lead else start
        if not opening:
            # "Zelf had ze ...": a pronoun inside its sentence looks at the sentence before its own
            own_lo = _sentence_start(self.text, start, 400)
            if own_lo < start and self.text[own_lo:start].strip() and not re.search(r"['‘’“”\"„]", self.text[own_lo:start]):
                start_b = own_lo
        m = None
        for m in re.finditer(r"(?<![\s.][A-Z])[.!?]['’”\"]{0,2}\s+|\n\n", self.text[max(0, start_b - 400):start_b - 1]):
            pass
        prev_lo = max(0, start_b - 400) + (m.end() if m else 0)
        if low in {"ze", "zij", "hun", "hen"}:
            # "Paul de Wit en Anna Bos vormden het college. Ze ...": a pair of names opening the
            # sentence before is who a plural pronoun stands for
            openers = [nm for nm in self.names if prev_lo <= nm.start < start and nm.start - prev_lo <= 40
                       and not any(a <= nm.start < b for a, b in self.quoted)]
            for x, y in zip(openers, openers[1:]):
                if re.fullmatch(r"(?:[\w'-]+\s+){0,2}", self.text[prev_lo:x.start]) \
                        and re.fullmatch(r"\s+en\s+", self.text[x.end:y.start]) \
                        and not re.match(r"\s*(?:is|was|heeft|had|wordt|werd|zegt|zei)\b", self.text[y.end:y.end + 8]):
                    pair = [(self.canonical(n.words) or n).text for n in (x, y)]
                    return Resolution(" en ".join(pair), None, False)
            both = self._coordinated_subject(prev_lo, start_b) if opening else None
            if both is not None:
                return both
        for nm in self.names:
            if prev_lo <= nm.start < start and nm.start - prev_lo <= 40 and self._is_person(nm) \
                    and not any(a <= nm.start < b for a, b in self.quoted) \
                    and (re.fullmatch(r"(?:[\w'-]+\s+){0,2}", self.text[prev_lo:nm.start])
                         or (_described_opening(self.text[prev_lo:nm.start]) and not self._verb_in(prev_lo, nm.start))):
                canon = self.canonical(nm.words) or nm
                if canon.words and canon.words <= self.byline_words:
                    return None
                if not agrees(low, canon.text, self.role_for(canon)):
                    return None
                return Resolution(canon.text, self.role_for(canon), True)
        # "De minister noemt het plan onverantwoord. Hij ...": a person description opening it
        # ("De officier van justitie ... zei ze": the office with its fixed complement)
        m = re.match(r"\s*((?:De|de|Een|een)\s+([a-zà-ÿ][\w-]*)(?:\s+van\s+justitie)?)\b", self.text[prev_lo:start])
        if not (m and m.group(2).lower() in PERSON_NOUNS):
            m = re.match(r"\s*((?:De|de|Een|een)\s+[a-zà-ÿ][\w-]*\s+([a-zà-ÿ][\w-]*))\b", self.text[prev_lo:start])
        by_context = False
        if not (m and m.group(2).lower() in PERSON_NOUNS):
            # "Het hoofd van de partijafdeling in Zwolle trad af ... Hij ...": a neuter role noun
            # ("hoofd" is a role only with its "van ...")
            m = re.match(r"\s*((?:Het|het)\s+((?i:hoofd|kamerlid|raadslid|statenlid|bestuurslid|lid|opperhoofd))"
                         r"(?:\s+van\s+(?:de\s+|het\s+)?[A-Z][\w&'-]*(?:\s+van\s+(?:de\s+|het\s+)?[A-Z][\w&'-]*)?)?)\b",
                         self.text[prev_lo:start])
            by_context = bool(m) and " van " in m.group(1)
        if m and (by_context or m.group(2).lower() in PERSON_NOUNS) \
                and not re.match(r"\s+[A-Z]", self.text[prev_lo + m.end():prev_lo + m.end() + 2]):
            gender = "f" if m.group(2).lower() in FEMALE_ROLES else "m" if m.group(2).lower() in MALE_ROLES else ""
            if m.group(2).lower() in _COLLECTIVE_NOUNS:
                gender = "n"  # "De gemeente ... Hij": an institution is never "hij"
            if not ((low in {"hij", "hem"} and gender in {"f", "n"}) or (low in {"zij", "ze", "haar"} and gender == "m")):
                r = self.resolve(prev_lo + m.start(1), prev_lo + m.end(1))
                if r.speaker:
                    return r
        # "Volgens hem is A en kan Jansen B. Hij ...": the source the sentence before opens with
        # goes on, whoever else it names
        m = re.match(r"\s*(?:(?:Maar|En|Ook)\s+)?[Vv]olgens\s+(hem|haar)\b", self.text[prev_lo:start])
        if m and agrees(low, {"hem": "hij", "haar": "zij"}[m.group(1)]) and getattr(self, "_depth", 0) < 3:
            self._depth = getattr(self, "_depth", 0) + 1
            try:
                source = self.resolve(prev_lo + m.start(1), prev_lo + m.end(1))
            finally:
                self._depth -= 1
            if source.speaker and source.person:
                return source
        # "Nu gooit de voorzitter van de raad X roet in het eten van wethouder Y. Hij ...": the
        # subject the parse puts after the verb of the sentence before (inversion)
        # (and for a pronoun inside its sentence, "'...', zei hij": a role that opens the sentence
        # before as its parsed subject, "De door het kabinet benoemde ombudsman waarschuwde ...")
        parsed = self._inverted_subject(prev_lo, start_b, low) \
            or (None if opening else self._described_subject(prev_lo, start_b, low))
        if parsed is not None:
            return parsed
        # "... op premier Rutte. Hij sprak van ...": the one person named in the sentence before
        # (a one-word name after a preposition is more often a place: "in Hengelo")
        one = self._one_person_named(prev_lo, start, low, skip=lambda nm: len(nm.words) == 1 and re.search(
            r"\b(?:in|uit|naar|bij|rond|om|van|voor|tegen|over|door|op|met)\s+$", self.text[max(0, nm.start - 10):nm.start]))
        if one is not None:
            return one
        # "Jan de Vries ... is genuanceerder. Hij prijst ... '...', zegt hij": the sentence before
        # opens with a pronoun of its own (or "Zijn ..."), so it continues the one before it
        m = re.match(r"\s*(hij|zij|ze)\s+(\w+)", self.text[prev_lo:start], re.I)
        pron = m.group(1).lower() if m else ""
        if pron == "ze":
            # "Ze heeft ...": "ze" with a singular verb is one woman, as "zij" is
            verb = m.group(2).lower()
            pron = "zij" if verb in _SINGULAR_FINITE or (verb.endswith("t") and not verb.endswith("en")) else ""
        if pron and not opening and getattr(self, "_depth", 0) < 3 and not any(
                prev_lo <= nm.start < prev_lo + m.start(1) for nm in self.names) and agrees(low, pron):
            self._depth = getattr(self, "_depth", 0) + 1
            try:
                chained = self._previous_subject(prev_lo, pron, opening=False)
            finally:
                self._depth -= 1
            if chained is not None and chained.person and agrees(low, chained.speaker or "", chained.role):
                return chained
        return None

    def _main_subject(self, lo: int, hi: int, after_verb: bool):
        """The token the parse makes the subject of the main verb in [lo, hi), after that verb
        (inversion) or before it, else None."""
        tix = getattr(self, "tokens", None)
        if tix is None or not has_parse(tix.doc):
            return None
        doc, rng = tix.doc, tix.span(lo, hi)
        return next((t for t in (doc[i] for i in rng) if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                     and t.head.i in rng and (t.i > t.head.i) == after_verb), None)

    def _coordinated_subject(self, lo: int, hi: int) -> Optional[Resolution]:
        """"De boeren en de vissers zijn boos. Ze vinden ...", "Nederland en enkele kleine landen
        zijn tegen. Zij ...": a plural pronoun opening a sentence stands for the parsed subject of
        the sentence before (or of its last clause, after ", maar") when it joins two sources with "en"."""
        tix = getattr(self, "tokens", None)
        if tix is None or not has_parse(tix.doc):
            return None
        doc, rng = tix.doc, tix.span(lo, hi)
        # the subject of the main verb, or of the last clause joined to it ("..., maar A en B zijn ...")
        subjs = [t for t in (doc[i] for i in rng) if t.dep_ == "nsubj" and t.i < t.head.i and t.head.i in rng
                 and (t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"))]
        if not subjs:
            return None
        subj = subjs[-1]
        conj = [c for c in subj.children if c.dep_ == "conj" and any(g.lower_ == "en" and g.dep_ == "cc" for g in c.children)]
        if len(conj) != 1:
            return None
        cut = {x.i for c in [subj, *conj] for k in c.children if k.dep_ in {"acl:relcl", "acl", "parataxis", "appos"}
               for x in k.subtree}
        keep = sorted(x.i for x in subj.subtree if x.i not in cut)
        first = rng.start
        opens = keep and (keep[0] <= first + 1 or (doc[keep[0] - 1].lower_ in {"maar", "en"} and doc[keep[0] - 2].text == ","))
        if not opens or keep[-1] - keep[0] + 1 != len(keep) or len(keep) > 10 \
                or any(doc[k].pos_ in {"VERB", "AUX"} or doc[k].lower_ in {"ik", "we", "wij", "jij", "je"} for k in keep):
            return None  # (a contiguous subject opening its sentence or its last clause, not a long list,
            # nor a clause the parse ran together from glued text)
        a, b = doc[keep[0]].idx, doc[keep[-1]].idx + len(doc[keep[-1]].text)
        if any(qa < b and a < qb for qa, qb in self.quoted):
            return None  # (not words inside a quotation)
        text = self.text[a:b]
        text = re.sub(r"^(?:De|Het|Een)\b", lambda m: m.group(0).lower(), text)
        return Resolution(text, None, False)

    def _inverted_subject(self, lo: int, hi: int, low: str) -> Optional[Resolution]:
        """The one person named in the parsed subject of the main verb in [lo, hi) when that
        subject follows its verb ("Daarna neemt trainer X het woord"), if ``low`` can stand for it."""
        subj = self._main_subject(lo, hi, after_verb=True)
        if subj is None:
            return None
        cut = {x.i for c in subj.children if c.dep_ in {"acl:relcl", "acl", "parataxis"} for x in c.subtree}
        keep = [x for x in subj.subtree if x.i not in cut]
        a, b = min(x.idx for x in keep), max(x.idx + len(x.text) for x in keep)
        return self._one_person_named(a, b, low)

    def _described_subject(self, lo: int, hi: int, low: str) -> Optional[Resolution]:
        """"De door het kabinet benoemde kinderombudsman waarschuwde ... '...', zei hij": the
        parsed subject of the main verb in [lo, hi), opening its sentence, headed by a noun for
        one person (a role), whom ``low`` can stand for."""
        subj = self._main_subject(lo, hi, after_verb=False) if getattr(self, "_depth", 0) < 3 else None
        if subj is None or subj.pos_ != "NOUN" or "Plur" in subj.morph.get("Number"):
            return None
        head = subj.lower_
        if not (_anaphoric_role(head) or _is_role_word(head)) or head in _COLLECTIVE_NOUNS \
                or not any(c.lower_ in {"de", "het"} for c in subj.children if c.dep_ == "det"):
            return None
        doc, first = subj.doc, self.tokens.span(lo, hi).start
        keep = [x for x in subj.subtree if x.i <= subj.i]
        if any(not (doc[k].is_punct or doc[k].lower_ in {"ook", "maar", "en", "toch", "zelfs"})
               for k in range(first, keep[0].i)) or any(x.pos_ == "PROPN" or x.text[:1].isupper()
                                                               for x in subj.subtree if x.i > keep[0].i):
            return None  # (only a description opening its sentence; a name has its own rules)
        sex = "f" if head in FEMALE_ROLES or _female_noun(head) else "m" if head in MALE_ROLES else ""
        if (low in {"hij", "hem"} and sex == "f") or (low in {"zij", "ze", "haar"} and sex == "m"):
            return None
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            r = self.resolve(keep[0].idx, subj.idx + len(subj.text))
        finally:
            self._depth -= 1
        if r.speaker and not r.speaker[:1].isupper() and len(keep) > 2:
            # unnamed: the role itself, not the words that describe it ("door het kabinet benoemde")
            r = Resolution(f"{keep[0].lower_} {subj.text}", r.role, r.person)
        return r if r.speaker else None

    def _verb_in(self, lo: int, hi: int) -> bool:
        """Whether the parse has a verb between the characters ``lo`` and ``hi`` ("De andere
        verdachten zijn X, ...": a copula, so X is no subject)."""
        tix = getattr(self, "tokens", None)
        return tix is not None and any(tix.doc[k].pos_ in {"VERB", "AUX"} for k in tix.span(lo, hi))

    def _one_person_named(self, lo: int, hi: int, low: str, skip=lambda nm: False) -> Optional[Resolution]:
        """The one person (outside quotes, not the writer) named between ``lo`` and ``hi`` whom
        the pronoun ``low`` can stand for; None when there are none or several."""
        people = {}
        for nm in self.names:
            if lo <= nm.start and nm.end <= hi and self._is_person(nm) \
                    and not any(a <= nm.start < b for a, b in self.quoted) and not skip(nm):
                canon = self.canonical(nm.words) or nm
                if agrees(low, canon.text, self.role_for(canon)) and not (canon.words and canon.words <= self.byline_words):
                    people[canon.text] = canon
        if len(people) != 1:
            return None
        canon = next(iter(people.values()))
        return Resolution(canon.text, self.role_for(canon), True)

    def _opening_org(self, lo: int, hi: int) -> Optional[Resolution]:
        """The organisation named as the subject opening the sentence at ``lo`` ("De Fed, de
        centrale bank, ..."), when nobody else is named before ``hi``."""
        named = [nm for nm in self.names if lo <= nm.start and nm.end <= hi
                 and not any(a <= nm.start < b for a, b in self.quoted)]
        if not named or any(self._is_person(nm) for nm in named):
            return None
        first = named[0]
        if first.label != "ORG" or not re.fullmatch(r"(?:[Dd]e|[Hh]et)?\s*", self.text[lo:first.start]):
            return None
        canon = self.canonical(first.words) or first
        return Resolution(canon.text, None, False)

    def _described_referent(self, start: int, low: str) -> Resolution:
        """"Ik sprak een leraar van groep 7. Zij zei: ...": with nobody named before, a pronoun
        refers to the person described earlier in its own sentence ("De man was niet blij dat
        hij ..."), else in the sentence before ("Een woordvoerder meldt ... Volgens hem ...")."""
        low = {"hem": "hij", "haar": "zij"}.get(low, low)
        if low not in {"hij", "zij", "ze"}:
            return Resolution(None)
        own_lo = _sentence_start(self.text, start, 300)
        prev_lo = _sentence_start(self.text, max(0, own_lo - 1), 300)

        def described(lo: int, hi: int) -> list[str]:
            out = []
            for m in re.finditer(r"\b([Ee]en|[Dd]e)\s+((?:[a-zà-ÿ][\w-]*\s+)??([a-zà-ÿ][\w-]*))"
                                 r"((?:\s+(?:van|uit|bij|in|met)\s+(?:de\s+|het\s+|een\s+)?(?:[a-zà-ÿ]+e\s+)?(?!(?:zijn|haar|hun|mijn|onze)\b)[\w-]+(?:\s+\d+)?){0,1})(?=[\s.,;:!?])",
                                 self.text[lo:hi]):
                head = m.group(3).lower()
                if head not in PERSON_NOUNS or head in _COLLECTIVE_NOUNS | _GENERIC_ORG_NOUNS:
                    continue
                if re.search(r"\b(?:met|van|bij|aan|voor|naar|door|over|tegen|op|uit|zonder|tot|om)\s+$",
                             self.text[max(0, lo + m.start() - 10):lo + m.start()]):
                    continue  # "Samen met de buurman van haar moeder reed ze ...": a person in a phrase is no subject
                gender = "f" if _female_noun(head) else "m" if head in MALE_ROLES else ""
                if (low == "hij" and gender == "f") or (low in {"zij", "ze"} and gender == "m"):
                    continue
                if any(a <= lo + m.start() < b for a, b in self.quoted):
                    continue
                out.append((m.group(1).lower() + " " + m.group(2) + m.group(4)).strip())
            return out

        own = described(own_lo, start) if own_lo < start else []
        found = own[0] if own else (described(prev_lo, own_lo) or [None])[-1]
        return Resolution(found, None, True) if found else Resolution(None)

    def _kin_only(self, speaker: str, head: str) -> bool:
        """Whether ``speaker`` is known in the article only by a family tie ("vader Karel B.", "tante
        Els"), which an office noun such as "de rechter" does not refer back to."""
        canon = self.canonical(_words(speaker))
        role = self.role_for(canon) if canon is not None else None
        return bool(role) and role.split()[-1].lower() in _KIN_NOUNS and head not in _KIN_NOUNS \
            and head not in _PLAIN_PERSON_NOUNS and not _origin_noun(head)  # (anyone is "de Bredase")

    def _singular_subject(self, start: int) -> bool:
        """Whether the pronoun at ``start`` is the subject of a singular finite verb ("ze
        schijnt", "vindt ze"): then "ze" is one person, not a group or an organisation."""
        tix = getattr(self, "tokens", None)
        if tix is None or not has_parse(tix.doc):
            return False
        i = tix.at_or_after(start)
        if i >= len(tix.doc) or tix.doc[i].idx != start or tix.doc[i].dep_ != "nsubj":
            return False
        head = tix.doc[i].head
        finite = [t for t in [head, *head.children] if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")]
        return bool(finite) and all("Sing" in t.morph.get("Number") for t in finite)

    def _people_at(self, start: int) -> Optional[Resolution]:
        """"Bij de bond denken ze dat ...", "Ook bij Ajax zien ze ...": "ze" are the people of the
        organisation the sentence opens with."""
        lo = max(0, start - 90)
        m = re.search(r"(?:^|[.!?:]\s+|\n)(?:(?:[Oo]ok|[Mm]aar|[Ee]n|[Zz]elfs|[Vv]ooral|[Dd]aar)\s+)?[Bb]ij\s+"
                      r"([^.,;:!?()\n]{2,60}?)\s+[a-zà-ÿ]+\s+$", self.text[lo:start])
        if m is None:
            return None
        a, b = lo + m.start(1), lo + m.end(1)
        head = self.text[a:b].split()[-1].lower()
        named = [nm for nm in self.names if a <= nm.start and nm.end <= b]
        if named:
            canon = self.canonical(named[-1].words) or named[-1]
            if self._is_person(canon) or canon.label == "LOC":
                return None  # "bij Jan thuis", "bij Utrecht": a person's or a place's, no organisation's
            return Resolution(canon.text, self.role_for(canon), False)
        if any(len(w) > 3 and (w in ORG_NOUNS or w.endswith(_INSTITUTION_ENDINGS)) for w in singular_forms(head)):
            return Resolution(re.sub(r"^(?:de|het)\s+", "", self.text[a:b], flags=re.I), None, False)
        return None

    def _pronoun(self, start: int, low: str) -> Resolution:
        """Most salient compatible source before the pronoun: how often the entity was named
        so far, whether it spoke before, and how recent it is."""
        last = self.last_speaker(start)
        plural_ok = low in {"ze", "zij", "hen", "hun", "die", "deze"}
        singular = plural_ok and self._singular_subject(start)

        def unnamed_ok(speaker: str) -> bool:
            # a source that is no named person: a group for "ze vinden", but for "ze vindt" only
            # one unnamed person ("de advocaat-generaal"), not a group or an organisation's name
            return plural_ok and (not singular or (speaker[:1].islower()
                                                   and not re.search(r"(?:en|ers|s)$", speaker.split()[0])))
        anchor = getattr(self, "_anchor", None)
        if anchor is not None and anchor < start and not any(a <= anchor < b for a, b in self.quoted):
            # "Ook chirurg X ziet het als een stap vooruit, zegt hij": the one whose view the
            # words report is the one who says so
            for nm in self.names:
                if anchor <= nm.start < start and re.fullmatch(r"(?:[\w'-]+\s+){0,3}", self.text[anchor:nm.start]) \
                        and re.match(r"\s+(?:ziet|zag|vindt|vond|denkt|dacht|verwacht|gelooft|hoopt|vreest|meent|twijfelt|"
                                     r"erkent|begrijpt|snapt|weet|betreurt|noemt|heeft\s+(?:er\s+)?(?:geen\s+)?(?:vertrouwen|moeite|spijt))\b",
                                     self.text[nm.end:nm.end + 40]):
                    canon = self.canonical(nm.words) or nm
                    if self._is_person(canon) and agrees(low, canon.text, self.role_for(canon)):
                        return Resolution(canon.text, self.role_for(canon), True)
                    break
        own_lo = _sentence_start(self.text, start, 200)
        fronted_pp = re.fullmatch(r"(?:Tegen|Aan|Op|In|Na|Bij|Met|Tijdens|Over|Via|Vanuit|Sinds)\s+(?:[\w'’-]+\s+){0,6}"
                                  r"(?:zei|zegt|zeiden|zeggen|vertelde|vertelt|liet|laat|schreef|schrijft|twitterde|"
                                  r"twittert|meldde|meldt|verklaarde|verklaart|reageerde|reageert|benadrukte|"
                                  r"benadrukt|stelde|stelt)\s+", self.text[own_lo:start])
        # "Tegen persbureau Novum zei hij ...": a fronted phrase names the one spoken to, never the speaker
        addressee = (own_lo, start) if fronted_pp and (anchor is None or anchor >= start) else (0, 0)
        if (anchor is None or anchor >= start) and low in {"hij", "zij", "ze"} and re.search(
                r",\s+(?:waarin|waarbij|waarop|waarmee|waarna|toen|nadat|omdat|terwijl|zodat|hoewel|doordat)\s+$",
                self.text[max(own_lo, start - 20):start]):
            # "het optreden van Jan Smit in de talkshow, waarin hij zegt dat ...": a subject pronoun
            # in a clause hung on its sentence refers to the one person named earlier in that sentence
            one = self._one_person_named(own_lo, start, low, skip=lambda nm: addressee[0] <= nm.start < addressee[1])
            if one is not None:
                return one
        if (anchor is None or anchor >= start) and low in {"zij", "ze"} and re.search(
                r"\b(?:waarin|waarbij|waarmee|toen|nadat|omdat|terwijl|doordat)\s+$", self.text[max(own_lo, start - 20):start]):
            # "De centrale bank zorgde voor een schok toen ze bekendmaakte ...": with nobody named,
            # the organisation the sentence opens with
            org = self._opening_org(own_lo, start)
            if org is not None:
                return org
        subj = self._previous_subject(anchor, low, opening=False) if anchor is not None and anchor < start \
            else self._previous_subject(start, low)
        if subj is not None:
            return subj
        if anchor is not None and anchor < start and low in {"hij", "zij", "ze"}:
            # "... komt een dame in een blauwe jurk aanrennen. 'Stop!', gilt ze": someone brought in,
            # unnamed, in the sentence before the quote
            new = self._introduced_before(anchor, low)
            if new:
                return Resolution(new, None, True)
        if last and last[1] and start - last[0] < 250 and (last[2] or unnamed_ok(last[1])) and agrees(low, last[1]) \
                and not (low in {"hij", "hem", "zijn"} and " en " in last[1]):
            return Resolution(last[1], None, last[2])  # "..., stelt X. Hij zegt ..."
        scores: dict[str, float] = {}
        recent: dict[str, int] = {}
        for nm in self.names:
            if nm.end > start or any(a <= nm.start < b for a, b in self.quoted) or addressee[0] <= nm.start < addressee[1]:
                continue
            canon = self.canonical(nm.words) or nm
            if canon.words and canon.words <= self.byline_words:
                continue
            if not (self._is_person(nm) or self._is_person(canon)):
                continue
            if not agrees(low, canon.text, self.role_for(canon)):
                continue
            if self.text.rfind("(", max(0, nm.start - 40), nm.start) > self.text.rfind(")", max(0, nm.start - 40), nm.start):
                continue  # "Hans Smits (ex-Schiphol en Rabo)": a name in brackets is background, not a referent
            key = canon.text
            before = self.text[max(0, nm.start - 30):nm.start]
            weight = 1.0
            if re.search(r"(?:^|[.!?:]['’”\"]{0,2}\s+|\n)(?:[\w'-]+\s+){0,2}$", before):
                weight += 1.0  # opens its sentence: a subject
            elif re.search(r"\b(?:van|met|voor|bij|aan|naar|door|uit|over|tegen|op|in|de|het)\s+$", before):
                weight -= 0.5  # inside a prepositional phrase: rarely the one who speaks next
            scores[key] = scores.get(key, 0.0) + weight
            recent[key] = max(recent.get(key, -1), nm.start)
        for off, spk, person in self.history:
            if off < start and spk and spk != self.writer and (person or unnamed_ok(spk)) and agrees(low, spk):
                key = next((k for k in scores if _words(k) and (_words(k) <= _words(spk) or _words(spk) <= _words(k))), spk)
                scores[key] = scores.get(key, 0.0) + SALIENCE["spoke"]
                recent[key] = max(recent.get(key, -1), off)
        if not scores:
            return self._described_referent(start, low)
        order = sorted(recent, key=recent.get)
        for rank, key in enumerate(reversed(order)):
            gap = start - recent[key]
            scores[key] = min(scores[key], SALIENCE["cap"]) + (SALIENCE["last"] if rank == 0 else SALIENCE["second"] if rank == 1 else 0.0) \
                + (SALIENCE["near"] if gap < 300 else 0.0) - (2.0 if gap > 1500 else 0.0)
        best = max(scores, key=scores.get)
        canon = self.canonical(_words(best))
        if canon is not None and canon.text == best:
            return Resolution(best, self.role_for(canon), True)
        if last and last[1] == best:
            return Resolution(best, None, last[2])
        return Resolution(best, None, True)


def gender_of(name_text: str, role: Optional[str] = None) -> str:
    """"m", "f" or "" (unknown) from a first name or a gendered role noun."""
    ws = re.findall(r"[\w'-]+", name_text.lower())
    titles = set(re.findall(r"[\w'-]+", (role or "").lower())) | set(ws[:1])
    if titles & {"mevrouw", "mevr", "mw"}:
        return "f"  # "mevrouw Burger": the title decides over a first name of either sex ("Wil")
    if titles & {"meneer", "dhr", "heer"}:
        return "m"
    for w in ws[:2]:
        if w in FEMALE and w not in MALE:
            return "f"
        if w in MALE and w not in FEMALE:
            return "m"
    # an unknown first name by its ending ("Myra", "Huguette", "Adèle"), only before a surname
    if len(ws) >= 2 and ws[0] not in MALE and len(ws[0]) > 2 and name_text[:1].isupper() \
            and ws[0].endswith(("a", "ette", "elle", "èle", "ine", "ienne", "ise", "ije")) and ws[0] not in _NOT_FEMALE_ENDINGS:
        return "f"
    role_words = re.findall(r"[\w'-]+", (role or "").lower())
    for k, w in enumerate(role_words + ws):
        # (an ending decides for a role word only: "Foster" and "Lester" are names)
        if _female_noun(w) if k < len(role_words) else w in FEMALE_ROLES:
            return "f"
        if w in MALE_ROLES:
            return "m"
    return ""


#: men's first names with a woman's ending
_NOT_FEMALE_ENDINGS = {"luca", "joshua", "sasha", "andrea", "nikita", "mustafa", "musa", "isa", "elia", "jona",
                       "joshua", "ilja", "kostja", "sergeja", "akira", "yuya", "ezra", "aba", "juda"}


#: "-ster" words that name no woman: offices ("minister", "burgemeester", "priester") and stars
_NOT_FEMALE_STER = ("minister", "meester", "priester", "filmster", "popster", "sportster", "rockster", "tennisster",
                    "voetbalster", "soapster", "realityster", "youtubester")


def _female_noun(word: str) -> bool:
    """A noun for a woman: "vrouw", "woordvoerster", "directrice" (not "burgemeester")."""
    w = word.lower().rsplit("-", 1)[-1]
    return w in FEMALE_ROLES or (w.endswith(("ster", "esse", "trice")) and w != "ster"
                                 and not w.endswith(_NOT_FEMALE_STER))


def agrees(pronoun: str, name_text: str, role: Optional[str] = None) -> bool:
    """Whether a pronoun can refer to the named source (unknown gender always agrees)."""
    g = gender_of(name_text, role)
    if pronoun in {"hij", "hem", "zijn"} and re.fullmatch(r"[A-Z][A-Z&-]+", name_text.strip()):
        return False  # "de AIVD ... hij": an acronym names an organisation, never "hij"
    if pronoun in {"hij", "hem", "zijn"}:
        return g != "f"
    if pronoun in {"zij", "ze", "haar"}:
        return g != "m"
    return True


#: institutions and groups: referred to with "ze"/"het", never "hij"
_COLLECTIVE_NOUNS = ORG_NOUNS | {"kabinet", "regering", "ministerie", "gemeente", "provincie", "bedrijf", "organisatie",
                                 "bond", "vakbond", "partij", "fractie", "oppositie", "politie", "justitie", "rechtbank",
                                 "hof", "raad", "bestuur", "mensen", "ouders", "bewoners", "inwoners", "omwonenden"}


#: plural words for two people close to each other ("de meiden", "de broers"): the pair named before
_PAIR_NOUNS = {"meiden", "meisjes", "jongens", "vrouwen", "mannen", "broers", "zussen", "zusjes", "broertjes",
               "vriendinnen", "vrienden", "kinderen", "ouders", "tweeling", "echtelieden", "geliefden",
               "verdachten"}


#: a description resolves to a named person only when one person carries that role
UNIQUE_ROLE = True

#: nouns for an organisation or a town that stand for the one the article is about
_GENERIC_ORG_NOUNS = {"bedrijf", "onderneming", "concern", "organisatie", "instelling", "instituut", "partij",
                      "club", "vereniging", "bond", "vakbond", "fabrikant", "bank", "omroep", "gemeente",
                      "provincie", "stichting", "supermarkt", "keten", "winkelketen", "luchtvaartmaatschappij",
                      "maatschappij", "groep", "firma", "zaak", "school", "hogeschool", "ziekenhuis", "universiteit",
                      "dienst", "inlichtingendienst", "veiligheidsdienst", "krant", "zender", "blad", "denktank"}

#: kind words a body's own name may hold, in Dutch or English ("Universiteit Utrecht", "Urban Land Institute")
_KIND_IN_NAME = {"universiteit": {"universiteit", "university"}, "instituut": {"instituut", "institute"},
                 "bureau": {"bureau"}, "bank": {"bank"}, "omroep": {"omroep"}, "stichting": {"stichting"},
                 "vereniging": {"vereniging"}, "ziekenhuis": {"ziekenhuis", "hospital"},
                 "partij": {"partij", "party"}, "bond": {"bond"}, "vakbond": {"vakbond", "bond"},
                 "denktank": {"denktank"}, "school": {"school"}, "hogeschool": {"hogeschool"}}

#: bodies named by their place ("de gemeente Eindhoven", "de provincie Utrecht")
_PLACE_BODIES = {"gemeente", "provincie"}

#: verb particles that make a compound of another meaning ("aanklacht", "opdracht", "uitspraak")
_PARTICLE_PREFIXES = {"aan", "op", "af", "uit", "in", "mee", "over", "toe", "voor", "na", "om", "door", "ver", "be", "ont"}

#: compounds of those that still name the kind of organisation ("het olieconcern", "het peilbureau")
_ORG_KIND_TAILS = ("bedrijf", "concern", "organisatie", "bureau", "maatschappij", "fabrikant", "bank", "dienst",
                   "huis", "keten", "omroep", "zender", "orgaan")


#: the last word of a newspaper's name ("The Boston Globe", "Le Monde", "het Algemeen Dagblad")
_NEWSPAPER_NAME = re.compile(r"(?:\b(?:Times|Post|Journal|Globe|Guardian|Observer|Independent|Telegraph|Tribune|"
                             r"Herald|Gazette|Chronicle|Zeitung|Standaard|Monde|Figaro|País|Corriere|Repubblica|"
                             r"Telegraaf|Parool|Trouw|NRC|Volkskrant)|[Kk]rant|[Dd]agblad|[Cc]ourant)$")


def _institution_head(word: str) -> bool:
    """The first word of a body's name built with "van"/"voor" ("Raad van State", "Kamer van
    Koophandel"), not a surname ("De Jong van de VVD")."""
    return word in ORG_NOUNS or word.endswith(_BODY_KINDS) or word in {"hof", "kamer", "staten", "tribunaal",
                                                                       "academie", "unie", "federatie", "orde"}


def _generic_org(head: Optional[str]) -> bool:
    """"het bedrijf", "de toezichthouder", "het veilinghuis", "het olieconcern": a word for the
    kind of organisation, which a definite article makes stand for one named before."""
    if not head:
        return False
    return head in _GENERIC_ORG_NOUNS or head == "toezichthouder" \
        or (len(head) >= 8 and head.endswith(_ORG_KIND_TAILS) and head not in PERSON_NOUNS)


#: last elements of compound names of bodies ("Gezondheidsraad", "adviesraad")
_BODY_KINDS = ("raad", "dienst", "bond", "partij", "bank", "instituut", "commissie", "organisatie", "bureau", "fonds",
               "stichting", "vereniging", "inspectie", "autoriteit", "ministerie", "omroep", "concern", "bedrijf")

#: "de president" with no named president in the article refers back to the person before
ANAPHORIC_ROLES = True

#: offices held by one person at a time, used anaphorically for someone just named
_OFFICE_NOUNS = {"president", "premier", "minister", "burgemeester", "staatssecretaris", "bondskanselier",
                 "kanselier", "koning", "koningin", "paus", "voorzitter", "directeur", "topman", "topvrouw",
                 "ceo", "oprichter", "eigenaar", "trainer", "coach", "bondscoach", "aanvoerder", "hoogleraar",
                 "wethouder", "gouverneur", "commissaris", "dirigent", "regisseur", "schrijver", "zanger",
                 "zangeres", "kunstenaar", "ondernemer", "politicus", "leider", "fractievoorzitter",
                 "lijsttrekker", "partijleider"}


#: words for the people around someone ("zijn familie", "haar achterban")
_CIRCLE_NOUNS = {"familie", "vrienden", "aanhangers", "achterban", "nabestaanden", "fans", "supporters", "volgelingen",
                 "kinderen", "ouders", "naasten", "collega's", "medewerkers", "advocaten", "buren", "kiezers"}


def _group_of_people(w: str) -> bool:
    """"aanhangers", "familie", "medestudenten": a plural or collective word for people."""
    return w in _CIRCLE_NOUNS or (w.endswith("s") and w[:-1] in PERSON_NOUNS) \
        or (w.endswith("en") and (w[:-2] in PERSON_NOUNS or w[:-3] in PERSON_NOUNS)) \
        or (w.endswith(("'s", "’s")) and w[:-2] in PERSON_NOUNS)


def _person_noun(w: Optional[str]) -> bool:
    """A noun for one person ("lezer", "dame", "woordvoerder"), not a group or an institution."""
    if w and ((w.endswith(("ente", "ante", "ate")) and w[:-1] in PERSON_NOUNS)
              or (w.endswith("iste") and (w[:-1] in PERSON_NOUNS or _is_role_word(w[:-1])))):
        w = w[:-1]  # the female form: "activiste", "studente", "kandidate"
    if w and w.endswith("ment") and w not in PERSON_NOUNS:
        return False  # "een appartement", "een experiment": the ending of "agent" on a thing
    return bool(w) and (w in PERSON_NOUNS or _is_role_word(w)) and w not in _COLLECTIVE_NOUNS | _GENERIC_ORG_NOUNS


#: offices that are not another name for a different title ("de minister" is no professor;
#: "de politicus" or "de leider" may be the president)
_DISTINCT_OFFICES = {"minister", "burgemeester", "premier", "president", "staatssecretaris", "wethouder", "rechter",
                     "officier", "advocaat", "aanklager", "agent", "hoogleraar", "trainer", "directeur", "voorzitter"}


def _office_of(head: str) -> Optional[str]:
    """The office a role noun names, if it is one that one person holds and another is not
    called by: "minister", also in a compound ("de staatsaanklager", "de VVD-minister")."""
    if head in _DISTINCT_OFFICES:
        return head
    return next((o for o in _DISTINCT_OFFICES if head.endswith(o) and len(head) - len(o) >= 3), None)


def _role_phrase(before: str) -> bool:
    """Whether the words before a name are a role with its portfolio or field ("officier van
    justitie", "minister van Financiën"), not an affiliation of a description ("de advocaat van")."""
    ws = before.split()
    if ws and ws[0].lower() in {"de", "het", "een"}:
        ws = ws[1:]
    if len(ws) < 3 or not _is_role_word(ws[0]) or ws[-1].lower() in {"van", "bij", "voor", "de", "het"}:
        return False
    return ws[1].lower() in {"van", "bij", "voor"} and len(ws) <= 5


def _is_pron_text(low: str) -> bool:
    return low in PRONOUNS or low in OBJECT_PRONOUNS or low in ANAPHORIC


def _anaphoric_role(head: Optional[str]) -> bool:
    """A singular role noun that can point back to the person just spoken of: an office
    ("de president"), a profession ("de schrijfster", "de socioloog") or a party member
    ("de PvdA'er"); never a group or an institution."""
    if not head:
        return False
    if head in _OFFICE_NOUNS or head in _PLAIN_PERSON_NOUNS or _AGE_WORD.fullmatch(head):
        return True  # also "de vrouw", "de man", "de 34-jarige": the person just spoken of, if the sex fits
    if re.search(r"\w['’-]er$", head):
        return True  # "de PvdA'er", "de VVD-er"
    if _origin_noun(head):
        return True  # "de Engelse", "de Enschedeër", "de Fransman": a person by origin
    last = head.rsplit("-", 1)[-1]  # ("de oud-RTL-baas": the plural check is on "baas")
    return ROLE_ANAPHORA_ALL and _is_role_word(head) and head not in _COLLECTIVE_NOUNS \
        and not re.search(r"(?:ers|en|'s)$", head) \
        and not (head.endswith("s") and (last not in PERSON_NOUNS or last[:-1] in PERSON_NOUNS)) \
        and not any(head.endswith(n) for n in _COLLECTIVE_NOUNS if len(n) >= 4)  # "de veiligheidsdienst"


#: roles of the one person at the head of an organisation ("de voorman van X")
_LEADER_NOUNS = {"voorman", "voorvrouw", "leider", "partijleider", "lijsttrekker", "voorzitter", "fractievoorzitter",
                 "fractieleider", "directeur", "topman", "topvrouw", "baas", "oprichter", "bestuursvoorzitter"}

#: nouns for what someone said or thought: "zijn conclusie", "hun redenering" stand for the speaker
_SAYING_NOUNS = {"redenatie", "redenering", "woorden", "betoog", "uitleg", "visie", "standpunt", "antwoord",
                 "reactie", "mening", "opvatting", "boodschap", "stelling", "verklaring", "analyse", "conclusie",
                 "oordeel", "inschatting", "voorspelling", "overtuiging", "verwachting", "argument", "argumenten",
                 "lezing", "verweer", "pleidooi"}

#: any singular role noun (not only offices) may refer back to the person just named
ROLE_ANAPHORA_ALL = True


def _sentence_start(text: str, pos: int, reach: int) -> int:
    """Start of the sentence that holds ``pos`` (looking back at most ``reach`` characters)."""
    m = None
    for m in re.finditer(r"(?<![\s.][A-Z])[.!?]['’”\"]{0,2}\s+|\n\n", text[max(0, pos - reach):pos]):
        pass
    return max(0, pos - reach) + (m.end() if m else 0)


#: prefixes that make a role another office: the vice-president is not "de president"
_DEPUTY = r"(?<!vice)(?<!vice-)(?<!adjunct-)(?<!plaatsvervangend )(?<!plaatsvervangende )"


def _holds_role(role: str, head: str, compound: bool = False) -> bool:
    """Whether ``role`` names the office ``head`` ("minister van Financiën" for "minister"), or
    with ``compound`` a kind of it ("oud-minister", "vakbond"); a deputy holds another office."""
    if head.startswith("top") and len(head) > 7 and _is_role_word(head[3:]):
        head = head[3:]  # "de topadvocaat" is the advocate named before
    pat = (r"\w" if compound else r"\b") + _DEPUTY + re.escape(head) + r"\b"
    return bool(re.search(pat, role.lower()))


def _described_opening(words: str) -> bool:
    """"De Deense econoom en schrijfster ": a description that puts a role before
    the name opening a sentence (so the name is still its subject)."""
    m = re.fullmatch(r"(?:De|Het)\s+((?:[\w'-]+\s+){1,5})", words)
    if not m:
        return False
    ws = m.group(1).split()
    return not any(w.lower() in _NOT_IN_DESCRIPTION for w in ws) and any(_is_role_word(w) for w in ws if w.islower())


#: forms of "zijn" that can stand between a noun and its relative clause ("dat er mensen zijn die ...")
_COPULA_BEFORE_RELATIVE = {"zijn", "is", "was", "waren", "geweest", "bestaan", "bestaat"}

_NOT_IN_DESCRIPTION = {"die", "dat", "wie", "van", "met", "voor", "bij", "na", "om", "aan", "op", "in", "tegen", "door",
                       "naar", "over", "uit", "is", "was", "zijn", "waren", "heeft", "had", "werd", "wordt"}


def _same_body(role: str, mention: str) -> bool:
    """Whether an office held "van X" (``role``) can be the one ``mention`` describes "van Y":
    true unless both name the body and share no word ("voorzitter van de bond" is not "de
    voorzitter van Ajax")."""
    own, asked = (re.search(r"\bvan\s+(.+)", s) for s in (role, mention))
    if not own or not asked:
        return True
    return bool((_words(own.group(1)) - DETERMINERS) & (_words(asked.group(1)) - DETERMINERS))


def _spokesperson_of(desc: str) -> str:
    """"een woordvoerder namens het team" is named as "een woordvoerder van het team"."""
    return re.sub(r"^((?:een|de)\s+(?:woordvoerder|woordvoerster|zegsman|zegsvrouw))\s+namens\b", r"\1 van", desc)


def _one_edit(a: str, b: str) -> bool:
    """Two names of five letters or more, one letter added, dropped or changed after the same
    first two ("Willemijn", "Wilemijn")."""
    if min(len(a), len(b)) < 5 or a[:2] != b[:2] or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _one_letter_off(a: str, b: str) -> bool:
    """Two long surnames that differ in one letter after the same first three ("Verhoeven",
    "Verhoevan"): in one article, one person's name mistyped."""
    return len(a) == len(b) >= 6 and a[:3] == b[:3] and _one_edit(a, b)


#: words for a family tie, by which a person is named in an article ("vader Karel B.", "tante Els")
_KIN_NOUNS = {"moeder", "vader", "zoon", "dochter", "broer", "zus", "zuster", "oma", "opa", "tante", "oom", "neef",
              "nicht", "echtgenoot", "echtgenote", "weduwe", "weduwnaar", "stiefvader", "stiefmoeder", "grootvader",
              "grootmoeder", "kleinzoon", "kleindochter", "schoonvader", "schoonmoeder"}


def _may_be_called(speaker: Optional[str], head: str) -> bool:
    """Whether a role noun can refer back to ``speaker``: any named person, but an unnamed one
    only by the same noun ("de burgemeester ... De wethouder" are two people)."""
    if not speaker or head.endswith(("woordvoerder", "woordvoerster")):
        return False  # a spokesperson speaks for someone, and is named as such when named at all
    sex = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else ""
    if sex and gender_of(speaker) not in {"", sex}:
        return False  # "de vrouw" is not the man just named
    if any(w[:1].isupper() for w in speaker.split()):
        # a person's name, not a chain of glued headings ("MC Slotervaart Vastgoedonderneming Zadelhoff")
        return len([w for w in speaker.split() if w not in NAME_PARTICLES]) <= 3 or gender_of(speaker) != ""
    if _origin_noun(head):
        # "een bewoonster ... zegt de Utrechtse": where someone is from describes any person, as
        # "de vrouw" does; the adjective form ("-se") is a woman's, the noun ("-er") a man's
        origin_sex = "f" if head.endswith("se") else "m"
        sex = gender_of(speaker)
        if not sex and not speaker[:1].isupper():
            described = _head_word(speaker) or ""  # ("een bewoonster", "de buurman")
            sex = "f" if _female_noun(described) else "m" if described.endswith("man") else ""
        return sex in {"", origin_sex}
    return _head_word(speaker) == head or head in _PLAIN_PERSON_NOUNS or bool(_AGE_WORD.fullmatch(head))


#: an age used as a noun ("zegt de 34-jarige"): any person
_AGE_WORD = re.compile(r"\d{1,3}-jarige")


def _origin_noun(head: str) -> bool:
    """"amsterdamse", "enschedeër", "fransman": a person named by where they are from (as an
    adjective, a demonym by its ending, or a listed demonym)."""
    cap = head[:1].upper() + head[1:]
    return (_place_adjective_text(cap) and head.endswith("se")) or bool(_DEMONYM.fullmatch(cap)) \
        or cap in SINGULAR_DEMONYMS


#: nouns that say no more than "this person": they may point back to any described person
_PLAIN_PERSON_NOUNS = {"man", "vrouw", "jongen", "meisje", "jongeman", "jonge vrouw", "dame", "heer", "persoon"}


def _head_word(mention: str) -> Optional[str]:
    ws = [w for w in re.findall(r"[\w'-]+", mention.lower())]
    # head = last word before a preposition ("onderzoekers van de universiteit" → onderzoekers)
    out = []
    for w in ws:
        if w in AFFILIATION_PREPS:
            break
        out.append(w)
    if len(out) >= 3 and out[-2] in FIELD_ROLES and not _is_role_word(out[-1]) and out[-1] not in PERSON_NOUNS:
        return out[-2]  # "de hoogleraar strafrecht", "de docent wiskunde": the role, then its field
    return out[-1] if out else None


def _role_from_mention(mention: str, name_text: str) -> Optional[str]:
    rest = mention.replace(name_text, " ").strip(" ,")
    rest = re.sub(r"^(?:de|het|een)(?:\s+|$)", "", rest, flags=re.I).strip()
    return rest or None


_CONVERSATION_NOUNS = {"gesprek", "gesprekken", "interview", "interviews", "vraaggesprek", "onderhoud"}

_NOT_SUBJECTS = {"het", "er", "dat", "dit", "wat", "iets", "niets", "alles", "zich", "hier", "daar"}
_TIME_NOUNS = {"tijd", "week", "weken", "maand", "maanden", "jaar", "jaren", "dag", "dagen", "ochtend",
               "middag", "avond", "nacht", "keer", "periode", "eeuw", "moment", "weekend", "uur", "minuut",
               "seconde", "decennium", "kwartaal", "seizoen", "zomer", "winter", "lente", "herfst",
               "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december", "eind", "begin", "medio", "halverwege"}


def _nominal_adjective(t) -> bool:
    """"Anderen", "jongeren", "de ouderen": an adjective used as a plural noun."""
    return t.lower_.endswith("en") and t.lower_ != t.lemma_.lower()  # (lemma "ander", "jong"; not "tevreden")


def fronted_non_source(doc, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi), in first position before the finite verb, name nothing that can
    speak: a fronted object or adverbial ("Eén ding weet hij zeker", "Andersom vinden boeren",
    "Navraag leert", "Wars van het sentiment pleit X ervoor"), so the subject follows the verb.
    A pronoun, a name (a capital not owed to the sentence start), a person, source or
    organisation noun all may speak."""
    in_pp = False
    for t in doc[lo:hi]:
        low = t.lower_
        if t.i > lo and low in AFFILIATION_PREPS:
            in_pp = True  # (the head comes before its phrase: "Wars van het sentiment")
        elif t.text == ",":
            in_pp = False  # (an apposition after it may name someone: "Het hoofd van de partij, X,")
        if in_pp:
            continue
        if has_pos(t.doc) and t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and t.text.islower():
            return False  # people, most often ("De huurders vroegen ..."), whether listed or not
        if low in PRONOUNS or low in OBJECT_PRONOUNS or low in PERSON_NOUNS or low in SOURCE_NOUNS \
                or low in _COLLECTIVE_NOUNS or low in _GENERIC_ORG_NOUNS or _is_role_word(t.text):
            return False
        if _cap(t.text) and not _function_word(t) and not (_place_adjective_text(t.text) and not low.endswith("e")):
            if t.i != lo or t.ent_type_ or _seen_capitalised_elsewhere(doc, t, ()):
                return False  # ("Typisch Brabants": a place adjective is no name)
    return True


def speaking_source(doc, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) plainly name someone who speaks: a personal pronoun, a name
    or a person noun (the subject after the verb when a non-source stands first)."""
    toks = doc[lo:hi]
    if hi - lo == 1 and toks[0].lower_ in {"hij", "zij", "ze", "ik", "wij", "we"}:
        return True
    return any((_cap(t.text) and not _function_word(t) and t.text not in NOT_NAMES)
               or (_person_noun(t.lower_) and t.lower_ not in ORG_NOUNS) for t in toks)


#: fractions after a count: "twee derde", "drie vijfde" of those asked
_FRACTIONS = {"derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende"}


def is_source_np(doc, lo: int, hi: int, strict: bool = True) -> bool:
    """Whether tokens [lo, hi) can name a source: a name, a pronoun, a person/source noun.
    ``strict=False`` (the subject of a reporting verb with a complement) accepts any noun
    phrase except expletives ("het", "er", "dat")."""
    toks = doc[lo:hi]
    if hi - lo == 1 and (toks[0].lower_ in _NOT_SUBJECTS or toks[0].text in SENTENCE_ADVERBS):
        return False
    if toks[0].lower_ in {"niemand", "geen", "nooit"}:
        return False  # "Niemand zei dat ...", "Geen partij vindt dat ...": nobody claims it
    # (not "de peiling van 2 mei", "de Peilingwijzer van 13 april": a poll or a named source, dated)
    van = next((k for k in range(lo + 1, hi) if doc[k].lower_ == "van"), None)
    dated = van is not None and (doc[van - 1].lower_ in SOURCE_NOUNS or (_cap(doc[van - 1].text) and doc[van - 1].text not in NOT_NAMES))
    # ("een kwart van de jongeren tussen de 18 en 25 jaar": an age, the people before it the source)
    aged = hi - lo >= 6 and toks[-2].like_num and ((toks[-3].lower_ in {"en", "tot"} and toks[-4].like_num) or (
        toks[-3].lower_ == "de" and toks[-4].lower_ in {"onder", "boven", "tussen"}))
    if not dated and not aged and (toks[-1].lower_ in _TIME_NOUNS or (hi - lo <= 3 and any(t.lower_ in _TIME_NOUNS for t in toks))):
        return False  # "De afgelopen tijd zei X ...": a time adjunct, not the source
    if all(t.like_num or t.is_punct for t in toks) and not (
            hi - lo == 2 and toks[-1].lower_ in _FRACTIONS and toks[0].lower_ not in {"de", "het"}):
        # a bare number names nobody ("27 procent zegt ..." does, and so does "twee derde": a
        # share of those asked)
        return False
    if toks[0].lower_ in {"dat", "of", "wat", "wie", "hoe"} and has_pos(doc) and any(t.pos_ in {"VERB", "AUX"} for t in toks):
        return False  # a clause as subject: "Dat de campagne stopt, geeft aan dat ..."
    if not strict and hi > lo and not (has_pos(doc) and all(t.pos_ in {"ADV", "ADP", "VERB", "AUX", "SCONJ", "PUNCT"}
                                                            or (t.pos_ == "ADJ" and not _nominal_adjective(t)) for t in toks)):
        return True  # (not "Sterker nog", "heel goed": adverbs and adjectives name nobody)
    if any(_cap(t.text) and t.text not in NOT_NAMES for t in toks):
        return True
    if any(t.lower_ in PRONOUNS or t.lower_ in OBJECT_PRONOUNS for t in toks) and hi - lo == 1:
        return True
    if any(t.lower_ in PERSON_NOUNS or t.lower_ in SOURCE_NOUNS or _is_role_word(t.text) for t in toks):
        return True
    if has_pos(doc) and any(t.pos_ == "NOUN" and t.lower_.endswith(("en", "s")) and len(t.text) > 4
                            and singular_forms(t.lower_) & PERSON_NOUNS for t in toks):
        return True  # a plural of a person noun the lists hold in the singular ("leraren", "dichters")
    if toks[0].lower_ in GROUP_PRONOUNS or (hi - lo == 2 and toks[1].lower_ in GROUP_PRONOUNS):
        return True  # "sommigen", "de meesten"
    if has_pos(doc) and any(t.pos_ == "PROPN" for t in toks):
        return True
    return False
