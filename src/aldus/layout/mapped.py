"""Text that remembers where each character came from.

A :class:`Mapped` string carries runs ``(text_offset, source_offset, length)``: the
characters ``text[t:t+n]`` are the source characters ``source[s:s+n]``. Characters
outside every run were made by aldus (a joining space). Slicing, stripping and joining
keep the runs right, so a reader can cut a caption credit or a byline prefix off a
block and still hand :func:`aldus.model.build_article` exact source spans.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

Run = tuple[int, int, int]


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
        shift = len(self.text)
        runs = list(self.runs)
        for t, s, n in other.runs:
            if runs and runs[-1][0] + runs[-1][2] == t + shift and runs[-1][1] + runs[-1][2] == s:
                t0, s0, n0 = runs.pop()  # contiguous in both: merge
                runs.append((t0, s0, n0 + n))
            else:
                runs.append((t + shift, s, n))
        return Mapped(self.text + other.text, tuple(runs))

    def __getitem__(self, key: slice) -> "Mapped":
        start, stop, _ = key.indices(len(self.text))
        stop = max(start, stop)
        runs = []
        for t, s, n in self.runs:
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


def join(parts: Iterable[Mapped], sep: str = " ") -> Mapped:
    """Join mapped parts with a made-up separator."""
    out = Mapped()
    for part in parts:
        if out.text:
            out = out + Mapped.literal(sep)
        out = out + part
    return out


def squash_spaces(m: Mapped) -> Mapped:
    """Collapse runs of whitespace to one space (the kept space keeps its source)."""
    out, i, text = Mapped(), 0, m.text
    start = 0
    while i < len(text):
        if text[i].isspace():
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j - i > 1 or text[i] != " ":
                out = out + m[start:i] + (m[i:i + 1] if text[i] == " " else Mapped.literal(" "))
                start = j
            i = j
        else:
            i += 1
    return (out + m[start:]).strip()
