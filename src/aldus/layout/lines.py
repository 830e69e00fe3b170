"""Lines of a text with their source offsets, and joining wrapped lines back together."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .mapped import Builder, Mapped

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


def connector(a: str, b: str) -> str:
    """How two wrapped lines meet: ``"space"``, ``"keep"`` (a real hyphen, no space) or
    ``"drop"`` (a hyphenated word: drop the hyphen).

    "verdedigings-" + "linie" → drop; the hyphen stays when the next part is capitalised
    ("Noord-" + "Holland"), when vowels would clash ("zee-" + "egel", Dutch spelling keeps
    that hyphen), when the first part is in capitals or digits ("NAVO-" + "top"); and
    "land- en tuinbouw" keeps its space.
    """
    m = re.search(r"(\w+)-$", a)
    if not m or not b or a.endswith("--"):
        return "space"
    head = m.group(1)
    nxt = b.split(None, 1)[0]
    if nxt.lower().rstrip(",.;:") in _KEEP_SPACE_AFTER_HYPHEN:
        return "space"
    word = re.match(r"\w+", nxt)
    if (word and head.isalpha() and head[-1].islower() and nxt[0].islower() and word.group(0).isalpha()
            and not (head[-1] in _VOWELS and nxt[0] in _VOWELS)):
        return "drop"
    return "keep"


def join_wrapped(a: Mapped, b: Mapped) -> Mapped:
    """Join two wrapped lines (see :func:`connector`)."""
    return join_lines([a, b])


def join_lines(lines: Iterable[Mapped]) -> Mapped:
    """Join wrapped lines into one text, in linear time."""
    out, pending = Builder(), None
    for line in lines:
        if not line.text:
            continue
        if pending is not None:
            how = connector(pending.text, line.text)
            if how == "drop":
                out.add(pending[:len(pending) - 1])
            else:
                out.add(pending)
                if how == "space":
                    out.add(Mapped.literal(" "))
        pending = line
    if pending is not None:
        out.add(pending)
    return out.build()
