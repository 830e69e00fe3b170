"""Is a text file a copy out of a PDF page (wrapped column lines) or plain text?"""
from __future__ import annotations

from .lines import split_lines
from .rules import ends_final, is_furniture, starts_lower

_MIN_LINES = 6
_MIN_WRAPPED_SHARE = 0.3
_MIN_WRAPPED = 4


def looks_like_pdftext(text: str) -> bool:
    """True when most lines look wrapped at a column width.

    Signals: enough lines; many lines that end without sentence punctuation while the
    next line goes on in lowercase (a wrap, not a paragraph end); and the long lines are
    of similar length (a column), not one paragraph per line.
    """
    lines = [ln for ln in split_lines(text) if not is_furniture(ln.text)]
    if len(lines) < _MIN_LINES:
        return False
    pairs = list(zip(lines, lines[1:]))
    wrapped = sum(1 for a, b in pairs if starts_lower(b.text) and not ends_final(a.text))
    if wrapped < _MIN_WRAPPED or wrapped < _MIN_WRAPPED_SHARE * len(pairs):
        return False
    lengths = sorted(len(ln.text) for ln in lines)
    p90 = lengths[int(len(lengths) * 0.9)]
    long = [n for n in lengths if n >= 0.5 * p90]
    # a column: long lines within a narrow band (wrapped at about the same width)
    median = long[len(long) // 2]
    return p90 <= 200 and sum(1 for n in long if n >= 0.75 * median) >= 0.8 * len(long)
