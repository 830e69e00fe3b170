"""Layout of text copied out of a PDF newspaper page.

Such text has one line per printed line, wrapped at the column width, often with a blank
line after every line, so blank lines say nothing about paragraphs. A printed line ends a
block when the next word would have fitted on it (the line is short for the column), when
more blank lines than usual follow it, or when a line that stands on its own (a dateline,
a byline, a subhead) follows. The column width is estimated from the lines themselves.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from .blocks import Kinded, RawBlock, classify
from .lines import Line, split_lines
from .mapped import squash_spaces
from .patterns import CREDIT_WORDS
from .rules import (byline_name, ends_final, first_word, is_dateline, is_furniture, looks_like_subhead,
                    split_credit, starts_lower, starts_upper)

_FIT_SLACK = 0.95       # a line whose next word fits within 95% of the capacity was ended on purpose
_OVERFLOW = 1.15        # a line this much wider than the column is not column text
_MAX_CAPTION_LINES = 4
_MIN_WRAPS = 4          # wrapped lines needed to measure the capacity from them


def layout_pdftext(text: str) -> list[Kinded]:
    """Blocks of a PDF-copied article, in reading order, with their kinds."""
    lines = [ln for ln in split_lines(text) if not is_furniture(ln.text)]
    lines = _drop_repeated(lines)
    if not lines:
        return []
    return classify(group_lines(lines))


def group_lines(lines: list[Line]) -> list[RawBlock]:
    """Group printed lines into blocks (paragraphs, captions, headings)."""
    capacity = estimate_capacity(lines)
    usual_gap = _usual_gap(lines)
    blocks, current = [], []
    for i, line in enumerate(lines):
        current.append(squash_spaces(line.mapped))
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        after = lines[i + 2] if i + 2 < len(lines) else None
        if nxt is None or _ends_block(line, nxt, after, capacity, usual_gap, lines[i - 1] if i else None) \
                or i == 0 and not ends_final(line.text) and starts_upper(nxt.text):  # a title line
            blocks.extend(RawBlock(part) for part in split_caption(current))
            current = []
    return blocks


def split_caption(lines: list) -> list[list]:
    """Cut a caption off the paragraph it was glued to.

    A block that ends in a photo credit is a caption; when its first lines are the end of a
    paragraph (a full line ending a sentence, so no break was seen), the caption begins
    after the last line before the credit that ends a sentence.
    """
    for c in (len(lines) - 1, len(lines) - 2):
        if c >= 0 and split_credit(" ".join(m.text for m in lines[c:])):
            break
    else:
        return [lines]
    s = c
    while s > 0 and not ends_final(lines[s - 1].text) and c - s < _MAX_CAPTION_LINES:
        s -= 1
    return [lines[:s], lines[s:]] if s > 0 and ends_final(lines[s - 1].text) else [lines]


def estimate_capacity(lines: list[Line]) -> float:
    """How many characters a column line holds.

    Measured on lines that surely wrapped (the next line goes on in lowercase): the line
    plus the next word did not fit, so their sum bounds the capacity from above; a low
    percentile of those sums is a safe estimate. Falls back to the long-line lengths.
    """
    sums = sorted(len(a.text) + 1 + len(first_word(b.text))
                  for a, b in zip(lines, lines[1:]) if starts_lower(b.text) and not ends_final(a.text))
    if len(sums) >= _MIN_WRAPS:
        return float(sums[len(sums) // 10])
    lengths = sorted(len(ln.text) for ln in lines)
    return float(lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]) if lengths else 0.0


def _usual_gap(lines: list[Line]) -> int:
    gaps = Counter(ln.gap_before for ln in lines[1:])
    return gaps.most_common(1)[0][0] if gaps else 0


def _fits(line: Line, nxt: Line, capacity: float) -> bool:
    """Would the next line's first word have fitted on this line?"""
    return len(line.text) + 1 + len(first_word(nxt.text)) <= capacity * _FIT_SLACK


def _stands_alone(line: Line, prev: Optional[Line], after: Optional[Line], capacity: float) -> bool:
    """A line that is a block of its own: a dateline, a byline, or a subhead between a
    finished paragraph and a new one."""
    t = line.text
    if is_dateline(t) or byline_name(t) is not None:
        return True
    return (after is not None and _fits(line, after, capacity) and looks_like_subhead(t)
            and (prev is None or ends_final(prev.text)) and starts_upper(after.text))


def _ends_block(line: Line, nxt: Line, after: Optional[Line], capacity: float, usual_gap: int,
                prev: Optional[Line]) -> bool:
    if nxt.gap_before > usual_gap:
        return True
    if capacity and (len(line.text) > capacity * _OVERFLOW or len(nxt.text) > capacity * _OVERFLOW):
        return True  # wider than the column: a headline or other text set apart
    if starts_lower(nxt.text) and not ends_final(line.text) and not _fits(line, nxt, capacity):
        return False  # plainly wrapped
    if line.text[-2:-1].isalpha() and line.text.endswith("-") and starts_lower(nxt.text):
        return False  # a word split at the line end
    if line.text.split()[-1] in CREDIT_WORDS and len(nxt.text.split()) <= 4:
        return False  # "... Foto" + "ANP": the credit goes on
    if _fits(line, nxt, capacity):
        return True
    if split_credit(line.text) and not starts_lower(nxt.text):
        return not _credit_goes_on(nxt, after, capacity)
    return _stands_alone(nxt, line, after, capacity) or _stands_alone(line, prev, nxt, capacity)


def _credit_goes_on(nxt: Line, after: Optional[Line], capacity: float) -> bool:
    """The credit wrapped: "... Beeld Getty" + "Images" (a short line of one or two
    words, itself ending its block)."""
    t = nxt.text
    return (len(t.split()) <= 2 and not is_dateline(t) and byline_name(t) is None and not ends_final(t)
            and (after is None or _fits(nxt, after, capacity)))


def _drop_repeated(lines: list[Line]) -> list[Line]:
    """Drop running heads: the same short line printed on several pages."""
    counts = Counter(ln.text for ln in lines if len(ln.text) <= 60)
    repeated = {t for t, n in counts.items() if n >= 2 and not ends_final(t)}
    return [ln for ln in lines if ln.text not in repeated]
