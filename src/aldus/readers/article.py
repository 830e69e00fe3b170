"""Turn laid-out blocks into an :class:`~aldus.model.Article` (one place for all readers)."""
from __future__ import annotations

from typing import Optional

from ..lang.detect import detect_language
from ..layout.mapped import Mapped
from ..model import Article, build_article
from .errors import ReaderFailure


def make_article(kinded: list[tuple[str, Mapped]], *, id: str, source: str, format: str,
                 language: Optional[str] = None, **meta) -> Article:
    """Assemble the article; its language is detected unless given.

    Raises:
        ReaderFailure: when no block holds any text.
    """
    kinded = [(k, m) for k, m in kinded if m.text.strip()]
    if not any(k in ("paragraph", "standfirst", "headline") for k, _ in kinded):
        raise ReaderFailure("no article text found")
    meta = {k: v for k, v in meta.items() if v not in (None, "")}
    art = build_article(id=id, source=source, format=format,
                        blocks=[(k, m.text) for k, m in kinded],
                        source_spans=[m.spans() for _, m in kinded], **meta)
    art.language = language or detect_language(art.text)
    return art
