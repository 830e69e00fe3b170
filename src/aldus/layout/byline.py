"""Find a reporter's name standing alone inside running text.

Web articles copied to plain text often keep the byline inline, between the lead and the
body: "... zei hij. Jan de Vries Het kabinet wil ...". The signals:

* it starts right after a sentence end (or at the very start of the text);
* it is 2–4 capitalised words, name particles allowed ("de", "van der");
* the next sentence opens with a function word followed by a lowercase word ("Het
  kabinet", "Volgens de"), so the name is no subject of a verb ("Jan de Vries zei ...");
* it stands among the first few sentences (after the lead); later such phrases are
  inline subheads;
* no word of the name is a function word or title ("De", "Minister", "Volgens").
"""
from __future__ import annotations

import re
from typing import Iterator

from .patterns import NAME_PARTICLES, NOT_NAME_WORDS

MAX_SENTENCES_BEFORE = 4
_TOKEN = re.compile(r"\S+")
_CAP_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+)*$")
_SENTENCE_END = re.compile(r"[.!?…]['\"’”»)]*$")
_NEXT_START = re.compile(r"^['\"‘“„«(]*[A-ZÀ-ÖØ-Þ]")


def find_inline_bylines(text: str, *, max_sentences: int = MAX_SENTENCES_BEFORE) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each inline byline name in ``text``.

    Only the first ``max_sentences`` sentence ends are looked at: a byline stands after
    the lead, while a name-like phrase later in the text is an inline subhead.
    """
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    i, ends = 0, 0
    while i < len(toks):
        at_end = i > 0 and _SENTENCE_END.search(toks[i - 1][2])
        if at_end:
            ends += 1
            if ends > max_sentences:
                return
        if i == 0 or at_end:
            span = _name_at(toks, i)
            if span:
                a, b = span
                yield toks[a][0], toks[b - 1][1]
                i = b
                continue
        i += 1


def _name_at(toks: list[tuple[int, int, str]], i: int):
    """If a byline name starts at token i, return its token range [i, end)."""
    j = i
    while j < len(toks) and j - i < 7:
        w = toks[j][2]
        if not (_CAP_WORD.match(w) or (j > i and w in NAME_PARTICLES)):
            break
        j += 1
    if j >= len(toks) or j - i < 3:
        return None
    # the next sentence opens with a function word ("Het", "De", "Volgens") followed by a
    # lowercase word; a run like "Partijleider Lodewijk Asscher hield" has none: no byline.
    start = next((k for k in range(i + 2, j) if toks[k][2] in NOT_NAME_WORDS), None)
    if start is None or start + 1 >= len(toks) or not toks[start + 1][2][:1].islower():
        return None
    if not _NEXT_START.match(toks[start][2]):
        return None
    name = [t[2] for t in toks[i:start]]
    caps = [w for w in name if w not in NAME_PARTICLES]
    if not 2 <= len(caps) <= 3 or name[-1] in NAME_PARTICLES or any(w in NOT_NAME_WORDS for w in caps):
        return None
    return i, start
