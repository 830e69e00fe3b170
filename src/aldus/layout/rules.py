"""Small pure predicates on one line or block of text, shared by the layouts."""
from __future__ import annotations

import re
from typing import Optional

from .patterns import (AGENCIES, BYLINE_OPENERS, CLOSERS, CREDIT_WORDS, DATE_RE, DUTCH_DAYS, FINAL_PUNCT,
                       NAME_PARTICLES, NOT_NAME_WORDS, PAGE_NUMBER_RE)

_OPEN_QUOTES = "'\"‘“„«(["
_CREDIT_RE = re.compile(
    r"(?:^|(?<=\s))(?:" + "|".join(re.escape(w) for w in sorted(CREDIT_WORDS, key=len, reverse=True)) + r")\s+")
_AGENCY_NAMES = frozenset(a.lower() for a in AGENCIES)
_AGENCY_RE = re.compile(
    r"(?<=[.!?" + re.escape(CLOSERS) + r"])\s+(?P<credit>(?:"
    + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
    + r")(?:\s*/\s*\S+)?)\s*$")
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ]*)*\.?$|^[A-Z]\.(?:[A-Z]\.)*$")


def ends_final(text: str) -> bool:
    """True when the text ends a sentence (final punctuation, maybe behind a closing quote)."""
    t = text.rstrip().rstrip(CLOSERS)
    return bool(t) and t[-1] in FINAL_PUNCT


def first_letter(text: str) -> str:
    t = text.lstrip().lstrip(_OPEN_QUOTES + "-–— ")
    return t[:1]


def starts_upper(text: str) -> bool:
    c = first_letter(text)
    return bool(c) and (c.isupper() or c.isdigit())


def starts_lower(text: str) -> bool:
    c = first_letter(text)
    return bool(c) and c.islower()


def first_word(text: str) -> str:
    parts = text.split(None, 1)
    return parts[0] if parts else ""


def split_credit(text: str) -> Optional[tuple[int, int]]:
    """Find a photo credit at the end of a caption.

    Returns ``(caption_end, credit_start)``: the caption is ``text[:caption_end]`` and the
    credit ``text[credit_start:]`` ("... meldt. Beeld ap" → credit "ap"). None if no credit.
    """
    for m in reversed(list(_CREDIT_RE.finditer(text))):
        credit = text[m.end():].strip()
        words = credit.split()
        if (1 <= len(words) <= 4 and not re.search(r"[.!?:;]", credit)
                and (words[0][0].isupper() or credit.lower() in _AGENCY_NAMES)):
            return m.start(), m.end()
    m = _AGENCY_RE.search(text)
    if m:
        return m.start("credit"), m.start("credit")
    return None


def is_credit_only(text: str) -> bool:
    """A line that is nothing but a credit: "Foto ANP", "Beeld Getty Images"."""
    span = split_credit(text)
    return span is not None and not text[:span[0]].strip()


def is_dateline(text: str) -> bool:
    """An all-caps place name standing alone: "BACHMOET", "DEN HAAG", "NEW YORK/PARIJS"."""
    t = text.strip().rstrip("-–—: ").strip()
    letters = [c for c in t if c.isalpha()]
    return (2 <= len(letters) and len(t.split()) <= 4 and len(t) <= 40
            and all(c.isupper() for c in letters)
            and all(c.isalpha() or c in " -/'’.," for c in t))


def byline_name(text: str) -> Optional[int]:
    """For a byline line ("Door Jan Jansen"), the offset where the name starts, else None."""
    t = text.strip()
    m = BYLINE_OPENERS.match(t)
    if not m or len(t) > 80 or ends_final(t.rstrip(".")) and not t.endswith("."):
        return None
    rest = t[m.end():]
    if not rest or not rest[:1].isupper():
        return None
    return text.index(t) + m.end()


def is_name(text: str, *, min_tokens: int = 2, max_tokens: int = 5) -> bool:
    """A bare person name: 2–4 capitalised words, particles allowed ("Jan de Vries").

    ``en``/``and`` may join two names ("Jan Jansen en Piet Peters").
    """
    t = text.strip()
    if not t or len(t) > 60 or t.endswith("."):
        return False
    for part in re.split(r"\s+(?:en|and|&)\s+|,\s*", t):
        tokens = part.split()
        caps = [w for w in tokens if w not in NAME_PARTICLES]
        if not (min_tokens <= len(tokens) <= max_tokens) or len(caps) < 2 or len(caps) > 4:
            return False
        if tokens[0] in NAME_PARTICLES or tokens[-1] in NAME_PARTICLES:
            return False
        if tokens[0] in NOT_NAME_WORDS:
            return False
        if not all(_NAME_TOKEN.match(w) for w in caps):
            return False
    return True


def is_furniture(text: str) -> bool:
    """Page furniture: a page number, or a running head (a short line with the paper's
    date and a separator or weekday: "de Dagkrant | dinsdag 14 maart 2023", or a section
    name in capitals with a page number: "12 BUITENLAND")."""
    t = text.strip()
    if PAGE_NUMBER_RE.match(t):
        return True
    date = DATE_RE.search(t)
    if date and len(t) <= 70 and not ends_final(t):
        rest = (t[:date.start()] + t[date.end():]).strip(" |•·-–—,")
        weekday = any(w.lower().strip(",") in DUTCH_DAYS for w in t.split())
        if not rest or "|" in t or "•" in t or "·" in t or weekday and len(rest.split()) <= 4:
            return True
    m = re.match(r"^(\d{1,3})\s*[|•·]?\s*(.+)$|^(.+?)\s*[|•·]?\s*(\d{1,3})$", t)
    if m:
        words = (m.group(2) or m.group(3) or "").strip(" |•·")
        if words and len(words) <= 30 and (is_dateline(words) or "|" in t or "•" in t):
            return True
    return False


_SENT_END = re.compile(r"[.!?…][" + re.escape(CLOSERS) + r"]*(?=\s+[" + re.escape(_OPEN_QUOTES) + r"]*[A-ZÀ-ÖØ-Þ0-9])")


def first_sentence_end(text: str) -> Optional[int]:
    """End offset of the first sentence when more text follows it, else None."""
    m = _SENT_END.search(text)
    if m and text[m.end():].strip():
        return m.end()
    return None


def looks_like_subhead(text: str, *, max_len: int = 60) -> bool:
    """A short single-line heading between paragraphs: no sentence-final period."""
    t = text.strip()
    if not t or len(t) > max_len or len(t.split()) > 8:
        return False
    if t.rstrip(CLOSERS)[-1:] in FINAL_PUNCT + "," or t[0] in _OPEN_QUOTES:
        return False
    return any(c.isalpha() for c in t)
