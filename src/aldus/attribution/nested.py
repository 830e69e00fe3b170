"""Reported speech inside a quote: "'Toen meldde de aannemer dat het dak weg moest.'" is the
quoted person's words, and inside them the builder's claim, a record of its own.

Sources inside someone's words count when they are named or described there ("de
buurman", "mijn broer Kees", "onderzoekers"), or when a pronoun plainly stands for them: a
plural "ze" for the one kind of people the quote spoke of ("De bewoners klagen ... , vinden
ze"), "hij" or "zij" for the one person it named (left to the pipeline, which knows the
names). Other pronouns ("ik", "we", "men") are the quoted person's own business.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..lang.nl.words import PERSON_NOUNS, SOURCE_NOUNS
from .indirect import reported_speech
from .merge import merge_candidates
from .records import Candidate
from .speakers import _is_role_word
from .text import sentence_spans

#: mentions that do not name a source of their own inside someone else's words
_NOT_A_SOURCE = {"ik", "wij", "we", "je", "jij", "u", "men", "hij", "zij", "ze", "die", "dat", "dit", "het",
                 "zijn", "haar", "hun", "mij", "me", "ons", "jullie", "iedereen", "niemand", "wie", "elkaar",
                 "deze", "elk", "elke", "ieder", "iedere", "wat"}


def _source_mention(mention: str) -> bool:
    """A name ("Rutte", "minister Anna de Wit") or a word for a person, a body or a study
    ("de buurman", "bouwkundigen", "dit onderzoek"), not a thing ("deze regel", "ketens")."""
    words = re.findall(r"[\w'’-]+", mention)
    # the head part comes before a phrase with a preposition: "de leraar van mijn zoon", not
    # "Het probleem in Spanje"
    cut = next((k for k, w in enumerate(words) if k and w.lower() in {"van", "uit", "bij", "op", "in", "aan"}), len(words))
    words = words[:cut]
    if len(words) == 1 and words[0].lower() in _NOT_A_SOURCE:
        return False  # "Die op zijn beurt zegt dat ...": a pronoun after all
    if any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()
                                                   and words[0].lower() not in PERSON_NOUNS | SOURCE_NOUNS):
        return True
    head = next((w.lower() for w in reversed(words) if w.lower() not in {"zelf"}), "")
    return head in PERSON_NOUNS or head in SOURCE_NOUNS or _is_role_word(head)


def _plural_person(word: str) -> bool:
    """"bewoners", "omwonenden", "leerlingen", "mensen": the plural of a word for a person
    (not "politicus", which only ends like one)."""
    stems = [word[:-1]] + ([word[:-2]] if word.endswith("en") else [])
    return word not in _NOT_A_SOURCE and (
        any(len(st) >= 3 and (st in PERSON_NOUNS or _is_role_word(st)) for st in stems)
        or (word.endswith("en") and (word in PERSON_NOUNS or _is_role_word(word))))


def _people_before(text: str, lo: int, hi: int) -> str:
    """The last plural word for people in text[lo:hi] (with its article: "de omwonenden"),
    when the stretch holds one kind of people only; else ''."""
    found = [m for m in re.finditer(r"\b(?:(?:[Dd]e|[Dd]eze|[Vv]eel|[Ss]ommige)\s+)?([A-Za-zà-ÿ][a-zà-ÿ-]{3,}(?:en|s))\b",
                                    text[lo:hi])
             if _plural_person(m.group(1).lower())]
    kinds = {m.group(1).lower() for m in found}
    if len(kinds) != 1:
        return ""
    group = found[-1].group(0)
    return group[:1].lower() + group[1:] if group.split()[0].lower() in {"de", "deze", "veel", "sommige"} else group


def nested_reports(doc, text: str, direct: Sequence[Candidate], quotes, tix, cue_ok, fragments) -> list[Candidate]:
    """Reported-speech candidates inside the content of each direct quote whose source is
    mentioned inside the same quote (see the module docstring for which mentions count)."""
    out: list[Candidate] = []
    for d in direct:
        q = d.quote
        if q is None or d.type != "direct" or q.cend - q.cstart < 20:
            continue
        others = [x for x in quotes if x is not q]
        inner = sentence_spans(text, [(q.cstart, q.cend)], others)
        quoted = [(x.start, x.end) for x in others]
        found = reported_speech(doc, text, inner, tix, quoted, cue_ok=cue_ok, fragments=fragments)
        for c in found:
            if c.mention is None or c.same_as_prev or c.carry or c.target_prev_sentence:
                continue
            m0, m1 = c.mention
            if not (q.cstart <= m0 and m1 <= q.cend and q.cstart <= c.cstart and c.cend <= q.cend):
                continue
            if not any(doc[k].pos_ in {"NOUN", "PROPN", "PRON"} or doc[k].text[:1].isupper() for k in tix.span(m0, m1)):
                continue  # "Een andere theorie voorspelt juist dat ...": an adverb taken for the source
            if re.search(r"\b(?:[Aa]ls|[Ii]ndien|[Ww]anneer|[Tt]enzij)\s+(?:\w+\s+){0,2}$", text[max(q.cstart, m0 - 30):m0]):
                continue  # "Als regeringen zeggen dat ...": a condition, nobody has said it
            if c.cue and ":" in text[max(c.cue[1], m1):c.cstart]:
                mark = re.match(r"['‘\"“]", text[c.cstart:c.cstart + 1])
                close = re.search(r"[^\s]['’\"”](?=[\s.,;:!?]|$)", text[c.cstart + 1:q.cend]) if mark else None
                if close:
                    # "'Toen zei Kees: "Ik kom nooit meer terug." Daarna was hij weg.'": a quote
                    # in the quote, without its marks
                    c.cstart, c.cend = c.cstart + 1, c.cstart + 1 + close.start() + 1
                elif not mark:
                    # "'Als ik het vraag, zeggen ze: nu al. We zijn er klaar voor.'": words given
                    # after a colon run to the end of the quote, when one more sentence at most
                    # follows (a longer stretch is the quoted person going on)
                    rest = text[c.cend:q.cend].strip()
                    if len(re.findall(r"[.!?](?:\s|$)", rest)) <= 2:  # (its own full stop, one more)
                        c.cend = q.cstart + len(text[q.cstart:q.cend].rstrip())
                else:
                    continue
            reach = 0 if c.cue and c.cstart < c.cue[0] else 12  # (a trailing cue: the words before are the content)
            if c.cue and re.search(r"\b(?:moet|moeten|zou|zouden|kan|kunnen|mag|mogen)\b",
                                   text[max(q.cstart, min(m0, c.cue[0]) - reach):max(m1, c.cue[0])], re.I):
                # "De regering moet beseffen dat ...", "Dan kunnen ze zeggen: ...": what someone
                # should or could think, not a report
                continue
            low = text[m0:m1].lower().strip()
            if low in {"ze", "zij"} and c.cue and c.rule.startswith(("complement", "trailing")) \
                    and text[c.cue[0]:c.cue[1]].lower().endswith("en"):
                # "'Mensen vinden het leuk ... , denken ze'": a plural "ze" for the people the
                # quoted person just spoke of
                group = _people_before(text, q.cstart, min(m0, c.cstart))
                if group:
                    c.speaker = group
                    out.append(c)
                continue
            if low in {"hij", "zij", "ze"} and c.rule.startswith(("complement", "trailing")):
                out.append(c)  # (kept only when one person is named in the quote before it: see the pipeline)
                continue
            if low in _NOT_A_SOURCE or c.cend - c.cstart < 8:
                continue
            if not c.rule.startswith(("complement", "trailing")) or not _source_mention(text[m0:m1]):
                continue  # (a view, a "volgens" or a naming inside a quote is mostly the speaker's own)
            out.append(c)
    return merge_candidates(text, [], out, fragments, [])
