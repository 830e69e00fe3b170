"""Small text helpers shared by the attribution extractors: sentence spans that do not
break inside quotations, token lookup by character offset, and annotation checks."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from ..lang.nl.words import ABBREVIATIONS, NOT_NAMES

# (also "... komen. - Een ...": an item of a list run into one paragraph; and "... gebruikte.Volgens
# ...": a full stop whose space was lost when the text was copied, between a word and a capital)
_BOUNDARY = re.compile(r"[.!?…]+['’”\"]*(?=\s+(?:[-–•]\s+)?[\"'‘“„(,]*[A-ZÀ-Ý0-9])|[.!?…]+['’”\"]*\s*$|\n\n"
                       r"|(?<=[a-zà-ÿ]{3})[.!?](?=[A-ZÀ-Ý][a-zà-ÿ]{2,})")
_BULLET = re.compile(r"[-–•]\s+(?=[\"'‘“„(,]*[A-ZÀ-Ý0-9])")


def has_parse(doc) -> bool:
    return bool(len(doc)) and doc.has_annotation("DEP")


def has_pos(doc) -> bool:
    return bool(len(doc)) and doc.has_annotation("POS")


def sentence_spans(text: str, blocks: Sequence[tuple[int, int]], quotes=()) -> list[tuple[int, int]]:
    """[start, end) of every sentence, never splitting inside a quotation or a block."""
    inside = [(q.cstart, q.cend) for q in quotes]
    out = []
    for lo, hi in blocks:
        start = lo
        for m in _BOUNDARY.finditer(text, lo, hi):
            end = m.end()
            if any(a <= m.start() < b - 1 for a, b in inside):
                continue
            word = re.search(r"(\S+)$", text[start:m.start()])
            if word and text[m.start()] == "." and word.group(1).lower().strip("(") in ABBREVIATIONS \
                    and not (len(word.group(1).strip("(")) >= 2 and word.group(1).strip("(").isupper()):
                continue  # "bijv. de", "vs. Ajax" (but "de VS. Maduro ...": an acronym ends the sentence)
            nxt = re.match(r"\s*(\w+)", text[m.end():m.end() + 30])
            quote_next = re.match(r"\s*(?:,,|[\"'‘“„])", text[m.end():m.end() + 4])
            if word and re.fullmatch(r"[A-Z]", word.group(1)) and not (nxt and nxt.group(1) in NOT_NAMES) \
                    and not quote_next:
                continue  # an initial: "J. Jansen" (but "B en W. Dat ...", "past bij T. 'Als ...")
            if text[start:end].strip():
                out.append((start, end))
            start = end
            while start < hi and text[start].isspace():
                start += 1
            bullet = _BULLET.match(text, start, hi)
            if bullet:
                start = bullet.end()
        if start < hi and text[start:hi].strip():
            out.append((start, hi))
    return out


class TokenIndex:
    """Character offset → token index over a spaCy Doc."""

    def __init__(self, doc):
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def at_or_after(self, char: int) -> int:
        return bisect_left(self.starts, char)

    def before(self, char: int) -> int:
        """Index of the last token that starts before ``char`` (or -1)."""
        return bisect_left(self.starts, char) - 1

    def span(self, lo: int, hi: int) -> range:
        """Token indices fully inside [lo, hi)."""
        i = self.at_or_after(lo)
        j = i
        doc = self.doc
        while j < len(doc) and doc[j].idx + len(doc[j].text) <= hi:
            j += 1
        return range(i, j)


def strip_span(text: str, lo: int, hi: int, chars: str = " \t\n,;:.!?-–—") -> tuple[int, int]:
    """Shrink [lo, hi) past leading/trailing whitespace and punctuation."""
    while lo < hi and text[lo] in chars:
        lo += 1
    while hi > lo and text[hi - 1] in chars:
        hi -= 1
    return lo, hi
