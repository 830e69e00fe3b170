"""Readers (minimal placeholder: plain text only, until the readers stage lands)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Union

from ..model import Article, ReadError, build_article


def read_path(path, **kwargs) -> Iterator[Union[Article, ReadError]]:
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield ReadError(id=path.stem, source=str(path), error=str(exc))
        return
    head, _, body = raw.partition("\n\n")
    blocks = [("headline", " ".join(head.split()))]
    blocks += [("paragraph", " ".join(p.split())) for p in body.split("\n\n") if p.strip()]
    yield build_article(id=path.stem, source=str(path), format="txt", blocks=blocks, language="nl")
