"""Merging candidates: one record per contiguous content span; reported speech that holds a
quoted fragment becomes a mixed attribution; a "Dat zegt X." pointing at a quote gives the
quote its speaker."""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .quotes import Quote
from .records import Candidate


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def _overlap(a0, a1, b0, b1) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _verb(text: str, c: Candidate) -> str:
    return text[c.cue[0]:c.cue[1]].split()[0].lower() if c.cue and c.cue[1] > c.cue[0] else ""


def _other_holder(text: str, inner: Candidate, outer: Candidate) -> bool:
    """"Veel kiezers vinden dat A, zegt ze": a view held by many (a plural verb) reported by one
    (a singular verb) is the reporter's claim, not the view of the one who reports it."""
    v_in, v_out = _verb(text, inner), _verb(text, outer)
    plural = v_in.endswith("en") and not v_in.startswith("ge")
    singular = bool(v_out) and not v_out.endswith("en") and not v_out.startswith("ge")
    return plural and singular


def merge_candidates(text: str, direct: list[Candidate], indirect: list[Candidate],
                     fragments: Sequence[Quote], sents) -> list[Candidate]:
    out = list(direct)
    for ind in indirect:
        if ind.cend <= ind.cstart:
            continue
        inside = [d for d in out if d.type == "direct" and d.quote and ind.cstart <= d.quote.start and d.quote.end <= ind.cend + 1]
        same = [d for d in out if d.type == "direct" and _overlap(d.cstart, d.cend, ind.cstart, ind.cend) > 0
                and token_f1(text[d.cstart:d.cend], text[ind.cstart:ind.cend]) >= 0.8]
        if same:
            # "'...' Dat zegt X." or a trailing cue the quote step missed: give the quote its source
            for d in same:
                if d.mention is None:
                    d.mention, d.cue, d.carry, d.same_as_prev = ind.mention, ind.cue, False, False
            continue
        if inside:
            # a quote inside reported speech: mixed when the speech is more than the quote
            for d in inside:
                out.remove(d)
            ind.type = "mixed"
        elif any(ind.cstart <= q.start and q.end <= ind.cend + 1 for q in fragments):
            ind.type = "mixed"
        # "X, hoogleraar, vindt het een goed plan, laat hij weten": the view and its holder inside
        # a trailing cue's stretch are the record, not the whole sentence
        outer = [o for o in out if o.type == "indirect" and o.rule.startswith("trailing")
                 and o.cstart <= ind.cstart and ind.cend <= o.cend and ind.mention is not None
                 and o.cstart <= ind.mention[0] < o.cend and not _other_holder(text, ind, o)]
        for o in outer:
            out.remove(o)
        if ind.type == "indirect" and ind.rule.startswith("trailing"):
            for o in [o for o in out if o.type == "indirect" and ind.cstart <= o.cstart and o.cend <= ind.cend
                      and o.mention is not None and ind.cstart <= o.mention[0] < ind.cend and _other_holder(text, o, ind)]:
                out.remove(o)
        clash = [o for o in out if _overlap(o.cstart, o.cend, ind.cstart, ind.cend) > 0.5 * min(o.cend - o.cstart, ind.cend - ind.cstart)
                 # ("Minister X, zo meldde de krant, klaagde dat A": the paper reports the complaint,
                 # which holds X's own report of A; both stand)
                 and not (ind.rule.startswith("trailing-outer") and o.type == "indirect"
                          and ind.cstart < o.cstart and o.cend <= ind.cend)]
        if clash:
            continue
        out.append(ind)
    out.sort(key=lambda c: (c.cstart, c.cend))
    return out
