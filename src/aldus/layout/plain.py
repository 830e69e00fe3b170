"""Layout of plain text: first line the title, then paragraphs separated by blank lines.

A body may be one long line (as web articles copied to text often are); then a byline
standing inline between sentences splits it ("... zei hij. Jan de Vries Het kabinet ...").
"""
from __future__ import annotations

from .blocks import Kinded, RawBlock, classify
from .byline import find_inline_bylines
from .glued import find_glued_subheads
from .lines import split_lines
from .mapped import Mapped, squash_spaces
from .rules import ends_final, starts_upper

_MAX_TITLE = 300


def layout_plain(text: str, *, title: bool = True) -> list[Kinded]:
    """Blocks of a plain-text article, in reading order, with their kinds.

    Args:
        text: the article.
        title: take the first line as the headline when it stands apart: a blank line
            follows it, or it has no final punctuation and a capitalised line follows.
    """
    lines = split_lines(text)
    if not lines:
        return []
    raw: list[RawBlock] = []
    head = None
    first, second = lines[0], lines[1] if len(lines) > 1 else None
    stands_apart = second is not None and (second.gap_before > 0 or
                                           not ends_final(first.text) and starts_upper(second.text))
    if title and stands_apart and len(first.text) <= _MAX_TITLE:
        head = RawBlock([squash_spaces(lines[0].mapped)], hint="headline")
        lines = lines[1:]
    current: list[Mapped] = []
    for i, line in enumerate(lines):
        if i and line.gap_before and current:
            raw.append(RawBlock(current))
            current = []
        current.append(squash_spaces(line.mapped))
    if current:
        raw.append(RawBlock(current))
    kinded = classify(([head] if head else []) + raw, split_headline=False)
    if not head and kinded and kinded[0][0] == "headline":
        kinded[0] = ("paragraph", kinded[0][1])
    return _split_glued_subheads(_split_inline_bylines(kinded))


def _split_inline_bylines(kinded: list[Kinded]) -> list[Kinded]:
    """Cut inline bylines out of paragraphs; only the first name found is the byline."""
    out: list[Kinded] = []
    found = any(k == "byline" for k, _ in kinded)
    for kind, text in kinded:
        if kind != "paragraph" or found:
            out.append((kind, text))
            continue
        spans = list(find_inline_bylines(text.text))
        if not spans:
            out.append((kind, text))
            continue
        a, b = spans[0]
        before, name, after = text[:a].strip(), text[a:b], text[b:].strip()
        if before:
            out.append(("paragraph", before))
        out.append(("byline", name))
        if after:
            out.append(("paragraph", after))
        found = True
    return out


def _split_glued_subheads(kinded: list[Kinded]) -> list[Kinded]:
    """Cut subheads glued between the sentences of a one-line body out as blocks of their own."""
    out: list[Kinded] = []
    for kind, text in kinded:
        spans = list(find_glued_subheads(text.text)) if kind == "paragraph" else []
        pos = 0
        for a, b in spans:
            before = text[pos:a].strip()
            if before:
                out.append(("paragraph", before))
            out.append(("subhead", text[a:b]))
            pos = b
        rest = text[pos:].strip()
        if rest or not spans:
            out.append((kind, rest if spans else text))
    return out
