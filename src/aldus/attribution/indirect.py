"""Reported speech: attributions without (or with only partial) quotation marks.

Constructions, each a small function over one sentence:
- :func:`complement_clause`: "X zegt (tegen de krant) dat ...", "X verwacht dat ...",
  "Uit onderzoek blijkt dat ...", "X laat weten dat ...", "X heeft gezegd dat ...";
- :func:`trailing_cue`: "..., concludeert X." / "..., aldus X." / "..., zo meldt X.";
- :func:`volgens`: "Volgens X ..." / "... volgens X." / "..., maar volgens hem ...";
- :func:`demonstrative_cue`: "Dat zegt X." / "Dat blijkt uit een rapport van X." pointing
  back at the sentence before.
Content never includes the cue, the speaker or the complementiser "dat".
"""
from __future__ import annotations

from typing import Iterator, Optional, Sequence

from ..lang.nl.words import PRONOUNS, SOURCE_NOUNS
from .cues import Cue, cue_at, cue_text_span
from .records import Candidate
from .speakers import is_source_np, np_after, np_before, subject_of
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
        if doc[k].text in {",", ":", ";", "(", "–", "—"} or doc[k].lower_ in {"maar", "want", "terwijl"}:
            return k + 1
        k -= 1
    return lo


def _mention(doc, np) -> Optional[tuple[int, int]]:
    return _chars(doc, *np) if np else None


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
        # the complementiser within a few tokens: "zegt (hij) (tegen de krant) dat"
        comp = None
        for k in range(i + 1, min(hi, i + 12)):
            w = doc[k]
            if _in_any(w.idx, quoted):
                break
            if w.lower_ in {"dat", "of"} and (not has_pos(doc) or w.pos_ in {"SCONJ", ""}):
                comp = k
                break
            if w.text in {".", "!", "?", ";"} or (w.text == ":" and k > i + 1):
                break
            if k > i + 1 and cue_at(doc, k, hi, lo=lo):
                break
        if comp is None or comp + 1 >= hi:
            i += 1
            continue
        if cue.lemma == "blijken":
            np = _uit_np(doc, lo, i, hi)
        else:
            np = subject_of(doc, i) if has_parse(doc) else None
            if np is None or not is_source_np(doc, *np):
                cl = _clause_start(doc, i, lo)
                np = np_before(doc, i, cl)
                if np is None or not is_source_np(doc, *np):
                    np = np_after(doc, i + 1, comp)
        if np is None or not is_source_np(doc, *np) or _in_any(doc[np[0]].idx, quoted):
            i += 1
            continue
        c_lo, c_hi = comp + 1, _content_end(doc, comp + 1, hi)
        cs, ce = strip_span(text, *_chars(doc, c_lo, c_hi), _STRIP)
        if ce - cs < 3:
            i += 1
            continue
        yield Candidate("indirect", cs, ce, f"complement:{cue.lemma}", 0.8,
                        cue=cue_text_span(doc, cue), mention=_mention(doc, np))
        i = c_hi


def _uit_np(doc, lo: int, verb: int, hi: int) -> Optional[tuple[int, int]]:
    """"Uit X blijkt ..." / "blijkt uit X dat": the NP after "uit"."""
    for k in range(lo, hi):
        if doc[k].lower_ == "uit":
            end = verb if k < verb else hi
            np = np_after(doc, k + 1, end)
            if np:
                return np
    return None


def _content_end(doc, c_lo: int, hi: int) -> int:
    """End of a content clause: the sentence end, or before ", zegt X" / "; ".""" 
    for k in range(c_lo, hi):
        if doc[k].text in {";"}:
            return k
        if doc[k].text == "," and k + 1 < hi and cue_at(doc, k + 1, hi, lo=c_lo) is not None \
                and cue_at(doc, k + 1, hi, lo=c_lo).cls in {"speech", "belief", "finding", "aldus"} \
                and not any(doc[x].lower_ in {"dat", "of"} for x in range(k + 2, min(hi, k + 8))):
            return k
    return hi


def trailing_cue(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"C, concludeert X." / "C, aldus X." / "C, zo meldt X.""" 
    for k in range(lo + 1, hi - 1):
        if doc[k].text != ",":
            continue
        v = k + 1
        if doc[v].lower_ == "zo" and v + 1 < hi:
            v += 1
        if _in_any(doc[v].idx, quoted) or not cue_ok(v):
            continue
        cue = cue_at(doc, v, hi, lo=lo)
        if cue is None or cue.cls not in {"speech", "belief", "finding", "aldus"} or cue.kind == "participle":
            continue
        # not "..., zegt hij dat ..." (a complement clause of its own)
        if any(doc[x].lower_ in {"dat"} for x in range(v + 1, min(hi, v + 6))):
            continue
        np = np_after(doc, v + 1, hi)
        if np is None or not is_source_np(doc, *np):
            continue
        c_lo = _content_start(doc, lo, k)
        if c_lo >= k:
            continue
        cs, ce = strip_span(text, *_chars(doc, c_lo, k), _STRIP)
        # the whole stretch is one quotation: that is a direct quote, handled there
        if any(a - 1 <= cs and ce <= b + 1 for a, b in quoted):
            continue
        if ce - cs < 3:
            continue
        yield Candidate("indirect", cs, ce, f"trailing:{cue.lemma}", 0.75,
                        cue=cue_text_span(doc, cue), mention=_mention(doc, np))


def _content_start(doc, lo: int, k: int) -> int:
    """Start of the content before a trailing cue at token k: the sentence start, or after
    an earlier cue clause / colon in the same sentence."""
    start = lo
    for x in range(lo, k):
        if doc[x].text in {":", ";"}:
            start = x + 1
    return start


def volgens(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"Volgens X is C." / "C, volgens X." / "... maar volgens hem C"."""
    for v in range(lo, hi):
        if doc[v].lower_ != "volgens" or _in_any(doc[v].idx, quoted):
            continue
        np = np_after(doc, v + 1, hi)
        if np is None or not is_source_np(doc, *np):
            continue
        cl = _clause_start(doc, v, lo)
        opener = v == cl or doc[v - 1].lower_ in {"maar", "en", "want", "dus"}
        pre_lo = cl if not opener else v
        after_lo, after_hi = np[1], _volgens_end(doc, np[1], hi)
        pre = (pre_lo, v)
        post = (after_lo, after_hi)
        n_pre = sum(1 for x in range(*pre) if not doc[x].is_punct)
        n_post = sum(1 for x in range(*post) if not doc[x].is_punct)
        if opener or n_post >= n_pre:
            span = post
        else:
            span = pre
            if v - cl <= 1 and cl > lo:  # "..., volgens X." after a comma: the sentence up to it
                span = (lo, v)
        if span[1] <= span[0]:
            continue
        cs, ce = strip_span(text, *_chars(doc, *span), _STRIP)
        if ce - cs < 3:
            continue
        yield Candidate("indirect", cs, ce, "volgens", 0.8,
                        cue=_chars(doc, v, v + 1), mention=_mention(doc, np))


def _volgens_end(doc, start: int, hi: int) -> int:
    for k in range(start, hi):
        if doc[k].text == ";":
            return k
        if doc[k].text == "," and k + 1 < hi and doc[k + 1].lower_ in {"maar", "zegt", "aldus", "terwijl"}:
            return k
    return hi


def demonstrative_cue(doc, text, lo: int, hi: int, quoted, cue_ok) -> Iterator[Candidate]:
    """"Dat zegt X." / "Dat concludeert X in ..." / "Dat blijkt uit onderzoek van X.":
    the content is the sentence before (filled in by the caller)."""
    if hi - lo < 3 or doc[lo].lower_ not in {"dat", "dit", "dat", "zo"}:
        return
    v = lo + 1
    if _in_any(doc[v].idx, quoted):
        return
    cue = cue_at(doc, v, hi, lo=lo)
    np = None
    if cue is not None and cue.cls in {"speech", "belief", "finding"}:
        if cue.lemma == "blijken":
            np = _uit_np(doc, lo, v, hi)
        else:
            np = np_after(doc, v + 1, hi)
            if np and doc[np[0]].lower_ in {"ook", "niet"}:
                np = None
    elif doc[v].lower_ in {"staat", "stond", "staan", "stonden"} and v + 2 < hi and doc[v + 1].lower_ == "in":
        np = np_after(doc, v + 2, hi)
        cue = Cue(v, "staan", "finding", "finite")
    elif doc[v].lower_ in {"heeft", "hebben", "had", "hadden"}:
        np = np_after(doc, v + 1, hi)
        if np:
            for k in range(np[1], hi):
                c = cue_at(doc, k, hi, lo=lo)
                if c is not None and c.kind == "participle" and c.cls in {"speech", "finding", "belief"}:
                    cue = c
                    break
    if cue is None or np is None or not is_source_np(doc, *np):
        return
    yield Candidate("indirect", -1, -1, f"demonstrative:{cue.lemma}", 0.75,
                    cue=cue_text_span(doc, cue), mention=_mention(doc, np), target_prev_sentence=True)


RULES = (complement_clause, trailing_cue, volgens, demonstrative_cue)


def reported_speech(doc, text: str, sents: Sequence[tuple[int, int]], tix: TokenIndex,
                    quoted: Sequence[tuple[int, int]], cue_ok=lambda i: True) -> list[Candidate]:
    """Run every reported-speech rule over every sentence. ``quoted`` are the content spans
    of direct quotes (cues and speakers are never inside them)."""
    out: list[Candidate] = []
    for si, (s0, s1) in enumerate(sents):
        r = tix.span(s0, s1)
        if not len(r):
            continue
        lo, hi = r.start, r.stop
        for rule in RULES:
            for cand in rule(doc, text, lo, hi, quoted, cue_ok):
                if cand.target_prev_sentence:
                    if si == 0:
                        continue
                    p0, p1 = sents[si - 1]
                    cand.cstart, cand.cend = strip_span(text, p0, p1, _STRIP)
                out.append(cand)
    return out
