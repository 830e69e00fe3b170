"""Entity labels made consistent within one article, after attribution.

The tagger labels each mention on its own, so one name can come out as a person in one
sentence and a place in the next ("Dijkstra" LOC, "Karel Dijkstra" PER), and a town an
article is about can be taken for a person throughout. What the article itself shows
decides instead ("one sense per discourse"):

- a name that is part of a quoted person's name is a person ("zegt Dijkstra" after "Karel
  Dijkstra");
- a name the tagger calls a person that nobody quotes, with no first name, that stands
  twice after a preposition of place ("in Velsum", "rond Velsum") is a place;
- otherwise every mention of a name takes the label most of its mentions have, except that a
  mention read as a person stays one.

``harmonise(entities, text, attributions)`` is pure: it returns new :class:`Entity` records.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .lang.nl.first_names import FIRST_NAMES
from .model import Attribution, Entity

#: prepositions that put a place after them, rarely a person
_PLACE_PREPS = re.compile(r"\b(?:in|tussen|rond|nabij|richting|vanuit)\s+$", re.I)


def _words(s: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[\w'’-]+", s))


def _person_names(attributions: Sequence[Attribution]) -> list[frozenset[str]]:
    """Word sets of the quoted sources named as persons: a known first name, then more."""
    out = []
    for a in attributions:
        sp = a.speaker or ""
        if not sp[:1].isupper():
            continue
        if len(sp.split()) >= 2 and sp.split()[0].lower() in FIRST_NAMES:
            out.append(_words(sp))
    return out


def harmonise(entities: Sequence[Entity], text: str, attributions: Sequence[Attribution]) -> list[Entity]:
    """One label per name in the article (see the module docstring)."""
    people = _person_names(attributions)
    quoted = {w for a in attributions if a.speaker and a.speaker[:1].isupper() for w in _words(a.speaker)}
    by_name: dict[str, list[Entity]] = {}
    for e in entities:
        by_name.setdefault(e.text, []).append(e)
    label_of: dict[str, str] = {}
    for name, mentions in by_name.items():
        words = _words(name)
        if words and any(words <= p for p in people):
            label_of[name] = "PER"
            continue
        counts = Counter(e.label for e in mentions)
        label, n = counts.most_common(1)[0]
        if counts["PER"] and name.split()[0].lower() not in FIRST_NAMES and counts["PER"] >= n \
                and not words <= quoted:
            # ("vertrouwen in Rutte": one "in" is not enough; "een brief naar May": "naar" goes to people too)
            place = sum(bool(_PLACE_PREPS.search(text[max(0, e.start - 12):e.start])) for e in mentions)
            if place >= 2:
                label_of[name] = "LOC"
                continue
        if n * 2 > len(mentions) and not (counts["PER"] and label != "PER"):
            label_of[name] = label  # (a person's mentions stay a person's: the tagger misses people more often)
    return [Entity(text=e.text, label=label_of.get(e.text, e.label), start=e.start, end=e.end) for e in entities]
