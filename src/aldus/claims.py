"""Claims: the numbers claimed in an article ("250.000 reservisten", "23 procent",
"45.000 man", "€ 1,5 miljard"), with the value parsed Dutch-style (1.000.000 → 1e6,
17,5% → 17.5 with unit "%"). Dates ("12 juni", "in 2019") and clock times are not quantities.

``find_quantities(doc)`` is pure: it reads ``doc.text`` (and the tokens for the unit word).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from .lang.nl.numbers import MONTHS, NUMBER_WORDS, SCALES, UNITS, YEAR_CONTEXT
from .model import Quantity

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_PATTERN = re.compile(
    rf"(?P<cur>[€$£]\s?)?(?P<num>{_NUM})(?P<pct>\s?%)?"
    rf"(?:\s(?P<scale>{'|'.join(sorted(SCALES, key=len, reverse=True))})\b)?"
    rf"(?:\s(?P<word>[a-zà-ÿ][\w-]*))?",
)
_WORD_NUM = re.compile(rf"\b(?P<num>{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"
                       rf"(?:\s(?P<scale>{'|'.join(sorted(SCALES, key=len, reverse=True))}))?"
                       rf"\s(?P<word>[a-zà-ÿ][\w-]*)", re.I)
_NOT_UNITS = {"en", "of", "tot", "tegen", "op", "in", "van", "na", "voor", "uur", "jaar", "de", "het",
              "een", "is", "was", "zijn", "werden", "worden", "keer"}


def parse_number(s: str) -> float:
    """Dutch notation: '.' groups thousands, ',' is the decimal sign ("1.000.000" → 1e6, "17,5" → 17.5)."""
    return float(s.replace(".", "").replace(",", "."))


def _is_date(text: str, m: re.Match) -> bool:
    after = text[m.end("num"):m.end("num") + 12].lower()
    before = text[max(0, m.start() - 12):m.start()].lower()
    if re.match(r"\s*(?:%s)\b" % "|".join(MONTHS), after):
        return True  # "12 juni"
    if re.search(r"(?:%s)\s*$" % "|".join(MONTHS), before):
        return True  # "mei 2019"
    if re.match(r"[:.]\d\d\b", text[m.end("num"):m.end("num") + 3]) and not m.group("cur"):
        return True  # "12:30", "9.15 uur"
    num = m.group("num")
    if re.fullmatch(r"(1[89]|20)\d\d", num) and not (m.group("pct") or m.group("scale") or m.group("cur")):
        prev = re.findall(r"[\w/]+", before)
        word = (m.group("word") or "").lower()
        if (prev and prev[-1] in YEAR_CONTEXT) or not word or word in _NOT_UNITS:
            return True  # "in 2019", "2019 was ..."
    return False


def _unit(m: re.Match) -> Optional[str]:
    if m.group("pct"):
        return "%"
    if m.group("cur"):
        return UNITS[m.group("cur").strip()]
    word = (m.group("word") or "").lower()
    if word in UNITS:
        return UNITS[word]
    if word and word not in _NOT_UNITS:
        return word
    return None


def _quantities(text: str) -> Iterator[Quantity]:
    taken = []
    for m in _PATTERN.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,:/-'’"):
            continue  # inside a longer token ("A4", "NU'91"), or a year cut short ("in '91")
        if _is_date(text, m):
            continue
        value = parse_number(m.group("num"))
        if m.group("scale"):
            value *= SCALES[m.group("scale").lower()]
        unit = _unit(m)
        end = m.end("pct") if m.group("pct") else m.end("scale") if m.group("scale") else m.end("num")
        if m.group("word") and unit is not None and not m.group("pct"):
            end = m.end("word")
        taken.append((m.start(), end))
        yield Quantity(text=text[m.start():end], value=value, unit=unit, start=m.start(), end=end)
    for m in _WORD_NUM.finditer(text):
        word = m.group("word").lower()
        if word in _NOT_UNITS or word in MONTHS or any(a <= m.start() < b for a, b in taken):
            continue
        if m.group("num").lower() in {"een", "één"} and not m.group("scale"):
            continue  # the article "een"
        if not (UNITS.get(word) or word.endswith(("en", "s")) or word in {"man", "procent", "kilometer", "meter"}):
            continue  # "twee keer", "drie kwart": only counts of plural things and units
        value = NUMBER_WORDS[m.group("num").lower()] * (SCALES[m.group("scale").lower()] if m.group("scale") else 1)
        yield Quantity(text=m.group(0), value=float(value), unit=UNITS.get(word, word), start=m.start(), end=m.end())


def find_quantities(doc) -> list[Quantity]:
    """Numbers claimed in the text of ``doc``, in reading order.

    Args:
        doc: a spaCy Doc (only ``doc.text`` is read), or a plain string.

    Returns:
        :class:`aldus.model.Quantity` records with the value parsed Dutch-style and a unit
        ("%", "EUR", "USD", or the counted noun: "man", "reservisten").
    """
    text = doc if isinstance(doc, str) else doc.text
    return sorted(_quantities(text), key=lambda q: q.start)
