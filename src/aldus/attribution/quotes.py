"""Find quotation spans over the article text, whatever quote style the paper uses.

``find_quotes(text, blocks)`` is pure: text in, :class:`Quote` records out. It handles
‘…’, “…”, „…”, ,,…'', "…", plain '…' (where ' is also the apostrophe of auto's, zo'n,
's avonds), quotes over several sentences, a quote left open at the end of a paragraph
and reopened at the start of the next, and unbalanced marks: a quote that never closes
ends at its sentence (or its short paragraph), so it never swallows the rest of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional, Sequence

from ..lang.nl.quote_marks import APOSTROPHE_CLITICS, PAIRS

#: longest unclosed quote we accept running to the end of its paragraph
_MAX_UNCLOSED = 400
#: ... and one that stops where a sentence opens with the same mark again
_MAX_UNCLOSED_REOPENED = 2000
_OPEN_BEFORE = set(" \t\n([{—–-/:;") | {""}
_SENT_END = re.compile(r"[.!?…](?=\s+[A-Z‘“„'\"(]|\s*$)")
_CLITIC = re.compile(r"(?:%s)\b" % "|".join(APOSTROPHE_CLITICS))


@dataclass(frozen=True)
class Quote:
    """A quotation: marks at [start, cstart) and [cend, end); content in [cstart, cend)."""

    start: int
    cstart: int
    cend: int
    end: int
    opener: str
    closed: bool = True
    reopened: bool = False  # opens a paragraph while the previous paragraph's quote was open
    continues: bool = False  # left open at paragraph end and reopened in the next one


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else ""


def _opener_at(text: str, i: int) -> Optional[str]:
    """The opening mark that starts at i, if the context allows an opener there."""
    before = _prev(text, i)
    if text.startswith(",,", i):
        after = text[i + 2:i + 3]
        if after and not after.isspace() and before != ",":
            return ",,"
        if after == " " and text[i + 3:i + 4].isalpha() and (not before or before.isspace()):
            return ",,"  # "X: ,, Misschien ...": a stray space after the opening mark
        return None
    c = text[i]
    if c not in PAIRS:
        return None
    after = text[i + 1:i + 2]
    if not after or after.isspace():
        return None
    if c in "„“‘«":
        return c if not before.isalnum() else None
    # straight marks and ’: only where a word could start
    if before not in _OPEN_BEFORE and not (before in "‘“„" ):
        return None
    if c in "'’":
        if _CLITIC.match(text, i + 1) or after.isdigit():
            return None  # 's avonds, 't, 'n, jaren '90
    return c


def _closer_at(text: str, i: int, opener: str) -> Optional[str]:
    for closer in PAIRS[opener]:
        if not text.startswith(closer, i):
            continue
        before = _prev(text, i)
        after = text[i + len(closer):i + len(closer) + 1]
        if closer in ("'", "’", '"') or (closer == "“" and opener != "„"):
            if not before or (before.isspace() and not (
                    # "'... zeg je paf ', riep ze": a stray space before the mark that ends the
                    # quote and its cue after the comma
                    before == " " and _prev(text, i - 1).isalnum() and re.match(r",\s+[a-zà-ÿ]", text[i + 1:i + 4]))):
                continue
            if after.isalnum():
                continue  # auto's, zo'n, Anne's
        if closer == "'" and opener == ",," and text.startswith("''", i):
            closer = "''"
        return closer
    return None


#: the straight or curly marks of the other family, by opener ("'" closed by '"', and back)
_OTHER_FAMILY = {"'": '"”', "’": '"”', "‘": '"”', '"': "'’", "“": "'’", "„": "'’", ",,": "'’"}
_AFTER_CLOSER = re.compile(r"[,.;:!?]?(?:\s|$)")


def _mismatched_closer(text: str, lo: int, hi: int, opener: str) -> Optional[int]:
    """Position of a closing mark of the other family that ends a quote the paper opened with
    one mark and closed with another: right after a word or punctuation, before a comma, a
    full stop or a space ("'Dat klopt niet", aldus X). Apostrophes inside words (auto's) and
    after a plural s ("de ouders' zorgen") are left alone."""
    for j in range(lo, hi):
        if text[j] not in _OTHER_FAMILY.get(opener, ""):
            continue
        before = _prev(text, j)
        if not before or before.isspace() or text[j + 1:j + 2].isalnum():
            continue
        if text[j] in "'’" and (before == "s" or _CLITIC.match(text, j + 1)):
            continue
        if not _AFTER_CLOSER.match(text, j + 1):
            continue
        if not (before in ".!?," or re.match(r",\s+[a-zà-ÿ]", text[j + 1:j + 4])):
            continue  # only where a quote plausibly ends: after its full stop, or before ", zegt"
        return j
    return None


def _sentence_end(text: str, i: int, limit: int) -> int:
    m = _SENT_END.search(text, i, limit)
    return m.end() if m else limit


def _scan_block(text: str, lo: int, hi: int) -> Iterator[Quote]:
    i = lo
    while i < hi:
        opener = _opener_at(text, i)
        if opener is None:
            i += 1
            continue
        cstart = i + len(opener)
        j = cstart
        found = None
        reopened_at = False
        while j < hi:
            inner = _opener_at(text, j) if opener in _DOUBLE and text[j] in "'‘" else None
            if inner is not None:
                # ",,Ik dacht: 'Dan op de rem', zei ik.''": a quote inside the quote closes
                # with its own mark, which must not end the outer one
                k = next((x for x in range(j + 1, hi) if _closer_at(text, x, inner)), None)
                if k is not None and not _closer_at(text, j, opener):
                    j = k + 1
                    continue
            closer = _closer_at(text, j, opener)
            if closer:
                found = (j, closer)
                break
            # a second opener of the same family before any closer: the first never closed
            if opener in "„“‘«,," and text.startswith(opener, j) and _opener_at(text, j) == opener:
                reopened_at = _prev(text, j - 1) in ".!?…"
                break
            if opener in "'\"’" and text[j] == opener and _opener_at(text, j) == opener \
                    and _closer_at(text, j, opener) is None and text[j - 1].isspace() \
                    and _prev(text, j - 1) in ".!?:":
                reopened_at = _prev(text, j - 1) in ".!?"
                break
            j += 1
        if found:
            j, closer = found
            yield Quote(i, cstart, j, j + len(closer), opener)
            i = j + len(closer)
            continue
        limit = j if j < hi else hi
        alt = _mismatched_closer(text, cstart, limit, opener)
        if alt is not None:
            # "'Het kan niet", zegt hij': closed by the mark of the other family
            yield Quote(i, cstart, alt, alt + 1, opener)
            i = alt + 1
            continue
        # unclosed: to the paragraph end when short, else to the end of its sentence; but a
        # quote whose next sentence opens with the same mark is the multi-paragraph
        # convention (each paragraph of one quote opens, only the last closes), flattened
        # into one line by the source: it runs to that next opener
        short = limit - cstart <= (_MAX_UNCLOSED_REOPENED if reopened_at else _MAX_UNCLOSED)
        end = limit if short else _sentence_end(text, cstart, limit)
        yield Quote(i, cstart, end, end, opener, closed=False)
        i = max(end, cstart)


#: openers of double marks, inside which single marks open quotes of their own
_DOUBLE = {",,", "“", "„", '"'}


def _trim(text: str, q: Quote) -> Quote:
    cs, ce = q.cstart, q.cend
    while cs < ce and text[cs].isspace():
        cs += 1
    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ",;"):
        ce -= 1
    return Quote(q.start, cs, ce, q.end, q.opener, q.closed, q.reopened, q.continues)


def find_quotes(text: str, blocks: Sequence[tuple[int, int]] | None = None) -> list[Quote]:
    """Every quotation in ``text``, in order. ``blocks`` are [start, end) spans (paragraphs,
    headline, ...) that a quote cannot cross; default: the whole text split on blank lines."""
    if blocks is None:
        blocks, pos = [], 0
        for part in text.split("\n\n"):
            blocks.append((pos, pos + len(part)))
            pos += len(part) + 2
    out: list[Quote] = []
    prev_open_at_end = False
    for lo, hi in blocks:
        qs = [_trim(text, q) for q in _scan_block(text, lo, hi)]
        qs = [q for q in qs if q.cend > q.cstart]
        if qs and prev_open_at_end and qs[0].start == lo:
            q = qs[0]
            qs[0] = Quote(q.start, q.cstart, q.cend, q.end, q.opener, q.closed, True, q.continues)
        if qs and not qs[-1].closed and qs[-1].cend >= _rstrip_pos(text, lo, hi):
            q = qs[-1]
            qs[-1] = Quote(q.start, q.cstart, q.cend, q.end, q.opener, q.closed, q.reopened, True)
            prev_open_at_end = True
        else:
            prev_open_at_end = False
        out.extend(qs)
    return out


def _rstrip_pos(text: str, lo: int, hi: int) -> int:
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;"):
        hi -= 1
    return hi
