"""The article model: what every stage reads and writes, and what the JSON output holds.

All character offsets (``start``/``end``) anywhere in an :class:`Article` refer to
``Article.text``, the clean article text. ``Article.source_map`` maps them back to the
input the user gave (see :meth:`Article.source_offset`).

The JSON Schema of the output is generated from these models
(``aldus schema`` prints it; ``docs/article.schema.json`` is the committed copy).
Bump :data:`SCHEMA_VERSION` on any change of field names or meaning.
"""
from __future__ import annotations

from bisect import bisect_right
from enum import Enum
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class BlockKind(str, Enum):
    headline = "headline"
    standfirst = "standfirst"
    caption = "caption"
    caption_credit = "caption_credit"
    dateline = "dateline"
    byline = "byline"
    subhead = "subhead"
    paragraph = "paragraph"


class Block(BaseModel):
    """One piece of the article as a reader sees it, in reading order."""

    model_config = ConfigDict(use_enum_values=True)
    kind: BlockKind
    text: str
    start: int = Field(description="offset of the block in Article.text")
    end: int


class Attribution(BaseModel):
    """Who says what: one contiguous span of reported content and its source."""

    type: Literal["direct", "indirect", "mixed"]
    content: str
    start: int
    end: int
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    speaker: Optional[str] = Field(None, description="canonical source: fullest name in the article, or a short description")
    speaker_mention: Optional[str] = None
    mention_start: Optional[int] = None
    mention_end: Optional[int] = None
    speaker_role: Optional[str] = None
    paragraph: Optional[int] = Field(None, description="index into Article.paragraphs, or null outside the body")
    confidence: float = 1.0


class Entity(BaseModel):
    text: str
    label: str
    start: int
    end: int


class Quantity(BaseModel):
    text: str
    value: Optional[float] = None
    unit: Optional[str] = None
    start: int
    end: int


class Article(BaseModel):
    """A news article: its structure, its clean text, and what was found in it."""

    schema_version: str = SCHEMA_VERSION
    status: Literal["ok"] = "ok"
    id: str
    source: str = Field(description="the file (and record) the article was read from")
    format: str = Field("txt", description="reader used: txt, pdftext, pdf, html, jsonl, csv")
    language: Optional[str] = None
    headline: Optional[str] = None
    standfirst: Optional[str] = None
    byline: Optional[str] = None
    dateline: Optional[str] = None
    caption: Optional[str] = None
    caption_credit: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    subheads: list[str] = Field(default_factory=list)
    paragraphs: list[str] = Field(default_factory=list)
    blocks: list[Block] = Field(default_factory=list)
    text: str = ""
    source_map: list[tuple[int, int, int]] = Field(
        default_factory=list,
        description="runs [text_start, source_start, length]: text[text_start + i] came from "
        "source offset source_start + i (characters of the decoded input; for PDFs, of its extracted text)",
    )
    attributions: list[Attribution] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)

    def source_offset(self, offset: int) -> Optional[int]:
        """Map an offset in ``text`` to the matching offset in the decoded source, or None
        when that character was made by aldus (a joining space or block separator)."""
        starts = [run[0] for run in self.source_map]
        i = bisect_right(starts, offset) - 1
        if i < 0:
            return None
        t0, s0, n = self.source_map[i]
        return s0 + (offset - t0) if offset < t0 + n else None

    def block_at(self, offset: int) -> Optional[Block]:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None


class ReadError(BaseModel):
    """A file or record that could not be read: reported, never fatal to a batch."""

    schema_version: str = SCHEMA_VERSION
    status: Literal["error"] = "error"
    id: Optional[str] = None
    source: str
    error: str = Field(description="one line: the cause, readable by a person")

    def __str__(self) -> str:  # the one-line message the CLI prints
        return f"{self.source}: {self.error}"


def build_article(*, id: str, source: str, format: str, blocks: list[tuple[str, str]],
                  source_spans: Optional[list[Optional[list[tuple[int, int, int]]]]] = None,
                  **meta) -> Article:
    """Assemble an Article from ``(kind, text)`` blocks in reading order.

    ``text`` is the blocks joined by a blank line. ``source_spans[i]`` (optional) gives,
    for block i, runs ``(block_offset, source_offset, length)`` locating its characters in
    the decoded source; they are shifted into ``Article.source_map``.
    Convenience fields (headline, paragraphs, ...) are filled from the blocks unless given.
    """
    parts, out_blocks, smap = [], [], []
    pos = 0
    for i, (kind, text) in enumerate(blocks):
        if parts:
            pos += 2  # the "\n\n" separator
        out_blocks.append(Block(kind=kind, text=text, start=pos, end=pos + len(text)))
        if source_spans and i < len(source_spans) and source_spans[i]:
            smap.extend((pos + b, s, n) for b, s, n in source_spans[i])
        parts.append(text)
        pos += len(text)
    fields = dict(meta)
    first = {}
    for kind, text in blocks:
        first.setdefault(kind, text)
    for kind in ("headline", "standfirst", "byline", "dateline", "caption", "caption_credit"):
        if fields.get(kind) is None and kind in first:
            fields[kind] = first[kind]
    fields.setdefault("subheads", [t for k, t in blocks if k == "subhead"])
    fields.setdefault("paragraphs", [t for k, t in blocks if k == "paragraph"])
    return Article(id=id, source=source, format=format, blocks=out_blocks,
                   text="\n\n".join(parts), source_map=smap, **fields)
