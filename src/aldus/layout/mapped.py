"""Text that remembers where each character came from.

A :class:`Mapped` string carries runs ``(text_offset, source_offset, length)``: the
characters ``text[t:t+n]`` are the source characters ``source[s:s+n]``. Characters
outside every run were made by aldus (a joining space). Slicing, stripping and joining
keep the runs right, so a reader can cut a caption credit or a byline prefix off a
block and still hand :func:`aldus.model.build_article` exact source spans.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Optional

Run = tuple[int, int, int]
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Mapped:
    text: str = ""
    runs: tuple[Run, ...] = field(default=())

    @classmethod
    def source(cls, text: str, offset: int) -> "Mapped":
        """``text`` taken verbatim from the source at ``offset``."""
        return cls(text, ((0, offset, len(text)),) if text else ())

    @classmethod
    def literal(cls, text: str) -> "Mapped":
        """``text`` made by aldus: maps to no source character."""
        return cls(text, ())

    def __len__(self) -> int:
        return len(self.text)

    def __bool__(self) -> bool:
        return bool(self.text)

    def __add__(self, other: "Mapped") -> "Mapped":
        return concat([self, other])

    def __getitem__(self, key: slice) -> "Mapped":
        start, stop, _ = key.indices(len(self.text))
        stop = max(start, stop)
        runs = []
        k = max(0, bisect_right(self.runs, (start, float("inf"), 0)) - 1)
        for t, s, n in self.runs[k:]:
            if t >= stop:
                break
            a, b = max(t, start), min(t + n, stop)
            if a < b:
                runs.append((a - start, s + (a - t), b - a))
        return Mapped(self.text[start:stop], tuple(runs))

    def strip(self, chars: Optional[str] = None) -> "Mapped":
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        return self[left:max(left, right)]

    def source_at(self, i: int) -> Optional[int]:
        for t, s, n in self.runs:
            if t <= i < t + n:
                return s + (i - t)
        return None

    def spans(self) -> list[Run]:
        return list(self.runs)


class Builder:
    """Appends mapped pieces in linear time (``a + b + c ...`` would copy each time)."""

    def __init__(self):
        self.parts: list[str] = []
        self.runs: list[list[int]] = []
        self.size = 0

    def add(self, m: "Mapped") -> "Builder":
        shift = self.size
        for t, s, n in m.runs:
            last = self.runs[-1] if self.runs else None
            if last and last[0] + last[2] == t + shift and last[1] + last[2] == s:
                last[2] += n  # contiguous in text and source: one run
            else:
                self.runs.append([t + shift, s, n])
        self.parts.append(m.text)
        self.size += len(m.text)
        return self

    def build(self) -> "Mapped":
        return Mapped("".join(self.parts), tuple(tuple(r) for r in self.runs))


def concat(parts: Iterable[Mapped]) -> Mapped:
    b = Builder()
    for part in parts:
        b.add(part)
    return b.build()


def join(parts: Iterable[Mapped], sep: str = " ") -> Mapped:
    """Join mapped parts with a made-up separator."""
    b, first = Builder(), True
    for part in parts:
        if not first:
            b.add(Mapped.literal(sep))
        b.add(part)
        first = False
    return b.build()


def squash_spaces(m: Mapped) -> Mapped:
    """Collapse runs of whitespace to one space (a kept space keeps its source)."""
    b, text, start = Builder(), m.text, 0
    for ws in _WS.finditer(text):
        i, j = ws.span()
        if j - i == 1 and text[i] == " ":
            continue
        b.add(m[start:i])
        b.add(m[i:i + 1] if text[i] == " " else Mapped.literal(" "))
        start = j
    b.add(m[start:])
    return b.build().strip()
