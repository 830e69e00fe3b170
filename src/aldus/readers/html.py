"""HTML pages through trafilatura, keeping its metadata (title, date, author, site).

The source map points into the decoded HTML where a paragraph's text stands there
verbatim (most plain paragraphs do); text that trafilatura had to assemble from markup
maps to nothing.
"""
from __future__ import annotations

import html as htmllib
import logging
from typing import Optional

from ..layout.mapped import Mapped
from ..model import Article
from .article import make_article
from .errors import ReaderFailure

LOGGER = logging.getLogger(__name__)

MIN_WORDS = 8


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in head or "<body" in head


def read_html(text: str, *, id: str, source: str, url: Optional[str] = None) -> Article:
    """Read the main article of an HTML page.

    Raises:
        ReaderFailure: when trafilatura finds no article text.
    """
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - dependency problem, reported per file
        raise ReaderFailure(f"HTML reader unavailable: {exc}")
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(text, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    except Exception as exc:
        raise ReaderFailure(f"not a readable HTML page: {type(exc).__name__}: {exc}")
    if doc is None:
        raise ReaderFailure("no article text found in the HTML page")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    body = get("text") or ""
    paragraphs = [" ".join(p.split()) for p in body.split("\n") if p.strip()]
    if sum(len(p.split()) for p in paragraphs) < MIN_WORDS:  # menus and link lists are no article
        raise ReaderFailure("no article text found in the HTML page")
    finder = _Finder(text)
    kinded = []
    title = " ".join((get("title") or "").split())
    if title and paragraphs[0].casefold() == title.casefold():
        kinded.append(("headline", finder.locate(paragraphs.pop(0))))  # the <h1> repeats the title
    elif title:
        kinded.append(("headline", finder.locate(title, advance=False)))
    desc = " ".join((get("description") or "").split())
    kinded += [("paragraph", finder.locate(p)) for p in paragraphs]
    meta = dict(published=get("date"), byline=get("author"), outlet=get("sitename"),
                url=get("url") or url)
    if desc and paragraphs and not paragraphs[0].startswith(desc[:40]):
        meta["standfirst"] = desc
    lang = get("language")
    return make_article(kinded, id=id, source=source, format="html",
                        language=lang if lang in ("nl", "en", "de", "fr") else None, **meta)


class _Finder:
    """Locates extracted text in the raw page, moving forward through it."""

    def __init__(self, page: str):
        self.page = page
        self.pos = 0

    def locate(self, text: str, *, advance: bool = True) -> Mapped:
        for needle in (text, htmllib.escape(text, quote=False)):
            i = self.page.find(needle, self.pos)
            if i >= 0:
                if advance:
                    self.pos = i + len(needle)
                return Mapped.source(text, i) if needle == text else Mapped.literal(text)
        return Mapped.literal(text)
