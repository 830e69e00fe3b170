"""Name the blocks of an article: headline, standfirst, caption, dateline, byline, subhead,
paragraph. Shared by the PDF-copy, plain-text and PDF layouts; each of those only decides
where blocks begin and end.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .lines import join_lines
from .mapped import Mapped
from .rules import (byline_name, first_sentence_end, is_credit_only, is_dateline, is_name,
                    looks_like_subhead, split_credit, starts_upper)

Kinded = tuple[str, Mapped]

_HEADER_MARKERS = {"caption", "caption_credit", "dateline", "byline"}
_MAX_HEADLINE = 200      # characters; a longer first sentence is no headline
_MAX_CAPTION_LINES = 4
_MAX_CAPTION = 400     # characters


@dataclass
class RawBlock:
    """Consecutive lines a layout decided belong together; ``hint`` may name the kind
    already (a PDF knows its headline by font size)."""

    lines: list[Mapped]
    hint: Optional[str] = None
    text: Mapped = field(init=False)

    def __post_init__(self):
        self.text = join_lines(self.lines).strip()

    @property
    def single(self) -> bool:
        return len(self.lines) == 1


def classify(blocks: list[RawBlock], *, split_headline: bool = True) -> list[Kinded]:
    """Give each block its kind, in reading order.

    Args:
        blocks: the blocks in reading order, page furniture already removed.
        split_headline: when the first block runs over several lines and holds more than
            one sentence, its first sentence is the headline and the rest the standfirst
            (a PDF copy loses the font change between them).
    Returns:
        ``(kind, text)`` pairs; empty blocks are dropped.
    """
    blocks = [b for b in blocks if b.text]
    out: list[Kinded] = []
    if not blocks:
        return out
    first, rest = blocks[0], blocks[1:]
    if first.hint not in (None, "headline"):
        rest = blocks
    else:
        end = first_sentence_end(first.text.text) if split_headline and not first.single and not first.hint else None
        if end and end <= _MAX_HEADLINE:
            out += [("headline", first.text[:end].strip()), ("standfirst", first.text[end:].strip())]
        else:
            out.append(("headline", first.text))
    paras = 0  # paragraphs so far; the first may be a standfirst, so the header zone lasts
    for j, block in enumerate(rest):
        text = block.text
        nxt = rest[j + 1] if j + 1 < len(rest) else None
        kind = block.hint
        if kind in ("caption", None) and len(block.lines) <= _MAX_CAPTION_LINES and len(text) <= _MAX_CAPTION:
            if is_credit_only(text.text) and out and out[-1][0] in ("paragraph", "caption") and kind is None \
                    and len(out[-1][1].text) < 400:
                if out[-1][0] == "paragraph":
                    out[-1] = ("caption", out[-1][1])
                    paras -= 1
                cut = split_credit(text.text)
                out.append(("caption_credit", text[cut[1]:].strip()))
                continue
            cut = split_credit(text.text)
            if cut:
                caption, credit = text[:cut[0]].strip(), text[cut[1]:].strip()
                if caption:
                    out.append(("caption", caption))
                out.append(("caption_credit", credit))
                continue
        if kind:
            out.append((kind, text))
            paras += kind == "paragraph"
            continue
        if block.single:
            has = {k for k, _ in out[:12]}  # header items stand near the top
            name_at = byline_name(text.text)
            if name_at is not None and "byline" not in has and (paras <= 1 or nxt is None):
                out.append(("byline", text[name_at:].strip()))
                continue
            if paras <= 1 and "dateline" not in has and is_dateline(text.text) and nxt is not None:
                out.append(("dateline", text.strip(" -–—:")))
                continue
            if ((paras == 0) != (nxt is None)) and "byline" not in has and is_name(text.text):
                # a bare name before the body, or closing it; never the whole article
                out.append(("byline", text))
                continue
            if paras and nxt is not None and looks_like_subhead(text.text) and starts_upper(nxt.text.text):
                out.append(("subhead", text))
                continue
        out.append(("paragraph", text))
        paras += 1
    return _find_standfirst(out)


def _find_standfirst(out: list[Kinded]) -> list[Kinded]:
    """The first paragraph is the standfirst when header items (caption, byline, dateline)
    stand between it and the body."""
    if any(k == "standfirst" for k, _ in out):
        return out
    paras = [i for i, (k, _) in enumerate(out) if k == "paragraph"]
    if len(paras) >= 2 and out[0][0] == "headline":
        i = paras[0]
        between = {k for k, _ in out[i + 1:paras[1]]}
        before = {k for k, _ in out[1:i]}
        if between & _HEADER_MARKERS and not before - {"caption", "caption_credit"}:
            out[i] = ("standfirst", out[i][1])
    return out
