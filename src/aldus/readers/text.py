"""Plain text and PDF-copied text (``txt`` and ``pdftext``)."""
from __future__ import annotations

from typing import Optional

from ..layout import layout_pdftext, layout_plain, looks_like_pdftext
from ..model import Article
from .article import make_article


def text_format(text: str) -> str:
    """``pdftext`` when the lines look wrapped at a column width, else ``txt``."""
    return "pdftext" if looks_like_pdftext(text) else "txt"


def read_plain(text: str, *, id: str, source: str, format: Optional[str] = None, **meta) -> Article:
    """Read one article from text; offsets in its source map refer to ``text``.

    Args:
        format: ``txt`` or ``pdftext``; None to tell them apart from the text itself.
        meta: fields that the caller knows already (published, url, outlet, ...).
    """
    fmt = format or text_format(text)
    kinded = layout_pdftext(text) if fmt == "pdftext" else layout_plain(text)
    return make_article(kinded, id=id, source=source, format=fmt, **meta)
