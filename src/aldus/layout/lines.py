"""Lines of a text with their source offsets, and joining wrapped lines back together."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .mapped import Mapped

_VOWELS = set("aeiouyáàâäéèêëíìîïóòôöúùûü")
_KEEP_SPACE_AFTER_HYPHEN = frozenset({"en", "of", "tot", "noch", "and", "or"})


@dataclass(frozen=True)
class Line:
    """One non-blank line: its stripped text, where it starts in the source, and how many
    blank lines stood before it."""

    text: str
    offset: int
    gap_before: int = 0

    @property
    def mapped(self) -> Mapped:
        return Mapped.source(self.text, self.offset)


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, stripped, with offsets and blank-line gaps."""
    out, gap, pos = [], 0, 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            out.append(Line(stripped, pos + lead, gap))
            gap = 0
        else:
            gap += 1
        pos += len(raw)
    return out


def join_wrapped(a: Mapped, b: Mapped) -> Mapped:
    """Join two wrapped lines: a space, or undo a hyphenation at the line end.

    "verdedigings-" + "linie" → "verdedigingslinie" (the word was split); the hyphen stays
    when the next part is capitalised ("Noord-" + "Holland"), when vowels would clash
    ("zee-" + "egel", Dutch spelling keeps that hyphen), when the first part is in capitals
    or digits ("NAVO-" + "top"), and "land- en tuinbouw" keeps its space.
    """
    if not a.text:
        return b
    m = re.search(r"(\w+)-$", a.text)
    if m and b.text and not a.text.endswith("--"):
        head = m.group(1)
        nxt = re.match(r"[^\s]+", b.text).group(0)
        word = re.match(r"\w+", nxt)
        if nxt.lower().rstrip(",.;:") in _KEEP_SPACE_AFTER_HYPHEN:
            return a + Mapped.literal(" ") + b
        if (word and head.isalpha() and head[-1].islower() and nxt[0].islower() and word.group(0).isalpha()
                and not (head[-1] in _VOWELS and nxt[0] in _VOWELS)):
            return a[:len(a) - 1] + b  # drop the hyphen: the word was split at the line end
        return a + b  # a real hyphen: keep it, no space
    return a + Mapped.literal(" ") + b


def join_lines(lines: Iterable[Mapped]) -> Mapped:
    out = Mapped()
    for line in lines:
        out = join_wrapped(out, line)
    return out
