"""Attribution: quotes, cues, speakers (stub until the attribution stage lands)."""
from __future__ import annotations

from ..model import Article, Attribution


def attribute(article: Article, doc) -> list[Attribution]:
    """Find every attribution in ``article`` given its spaCy ``doc`` (over article.text)."""
    return []
