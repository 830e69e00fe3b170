"""PDF files with a text layer, read with pdfplumber.

1. Words (with font size and name) are grouped into rows by their top, and a row is cut
   where a gap between two words is wider than a column gutter: each piece is a *line*.
2. Columns are the x-ranges that body-size lines cover; a line that crosses a gutter
   (a headline over two columns) *spans*. Spanning lines cut the page into bands; each
   band is read column by column, left to right, top to bottom.
3. Page furniture (page numbers, running heads at the top or bottom of the page, lines
   repeated on several pages) is dropped.
4. Blocks end where the font size class changes, at a larger vertical gap, at an indented
   first line, or where the next line's first word would have fitted on the line.
   The largest font is the headline; noticeably smaller text (or italic text by an image)
   is a caption. The rest is named by :func:`aldus.layout.classify`.

Offsets in the source map refer to the *extracted text*: the lines in reading order
joined by newlines (:func:`extract_text` gives the same string).
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Optional, Union

from ..layout import RawBlock, classify
from ..layout.mapped import Mapped
from ..layout.rules import is_furniture
from ..model import Article
from .article import make_article
from .errors import ReaderFailure

LOGGER = logging.getLogger(__name__)

MAX_PAGES = 300
_HEADLINE_RATIO = 1.3    # headline: at least this much larger than the body text
_LARGER_RATIO = 1.08     # noticeably larger: a standfirst or heading
_SMALLER_RATIO = 0.92    # noticeably smaller: a caption
_MARGIN = 0.08           # top/bottom share of the page where furniture lives


@dataclass
class PdfLine:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    italic: bool
    bold: bool
    page: int
    first_word_width: float
    space: float
    column: int = -1
    near_image: bool = False
    top_share: float = 0.5      # where the line sits on its page, 0 top .. 1 bottom
    bottom_share: float = 0.5


def read_pdf(path: Union[str, Path], *, id: str, source: str) -> Article:
    """Read one article from a PDF file.

    Raises:
        ReaderFailure: "not a readable PDF: ..." or "PDF has no text layer (scanned?)".
    """
    _, kinded = layout_pdf_lines(pdf_lines(path))
    return make_article(kinded, id=id, source=source, format="pdf")


def extract_text(path: Union[str, Path]) -> str:
    """The extracted text the source map of a PDF article refers to."""
    return "\n".join(line.text for line in order_lines(pdf_lines(path)))


def pdf_lines(path: Union[str, Path]) -> list[PdfLine]:
    """All text lines of the PDF, page by page (not yet in reading order)."""
    try:
        import pdfplumber
    except ImportError as exc:  # pragma: no cover
        raise ReaderFailure(f"PDF reader unavailable: {exc}")
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with open(path, "rb") as fh:
            if b"%PDF" not in fh.read(1024):
                raise ReaderFailure("not a readable PDF: no PDF header")
        lines: list[PdfLine] = []
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) == 0:
                raise ReaderFailure("not a readable PDF: no pages")
            for pageno, page in enumerate(pdf.pages[:MAX_PAGES]):
                words = page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False)
                images = [(float(im["x0"]), float(im["top"]), float(im["x1"]), float(im["bottom"]))
                          for im in page.images]
                page_lines = _rows_to_lines(words, pageno)
                h = float(page.height or 0) or 1.0
                for ln in page_lines:
                    ln.near_image = any(_near(ln, box) for box in images)
                    ln.top_share, ln.bottom_share = ln.top / h, ln.bottom / h
                lines.extend(page_lines)
    except ReaderFailure:
        raise
    except Exception as exc:
        msg = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ReaderFailure(f"not a readable PDF: {msg}")
    if not lines:
        raise ReaderFailure("PDF has no text layer (scanned?)")
    return lines


def _near(line: PdfLine, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    overlaps_x = line.x0 < x1 and line.x1 > x0
    return overlaps_x and (-2 * line.size <= line.top - bottom <= 3 * line.size or
                           -2 * line.size <= top - line.bottom <= 2 * line.size)


def _rows_to_lines(words: list[dict], pageno: int) -> list[PdfLine]:
    """Group words into rows by their top, and cut rows at gutter-wide gaps."""
    words = [w for w in words if str(w.get("text", "")).strip()]
    words.sort(key=lambda w: (round(float(w["top"]) / 2), float(w["x0"])))
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: float(w["top"])):
        size = float(w.get("size") or 10)
        for row in rows:
            if abs(float(row[0]["top"]) - float(w["top"])) <= 0.35 * size and \
                    abs(float(row[0].get("size") or 10) - size) <= 0.25 * size:
                row.append(w)
                break
        else:
            rows.append([w])
    out: list[PdfLine] = []
    for row in rows:
        row.sort(key=lambda w: float(w["x0"]))
        piece: list[dict] = [row[0]]
        for w in row[1:]:
            size = float(w.get("size") or 10)
            if float(w["x0"]) - float(piece[-1]["x1"]) > 1.2 * size:
                out.append(_line(piece, pageno))
                piece = []
            piece.append(w)
        out.append(_line(piece, pageno))
    return out


def _line(words: list[dict], pageno: int) -> PdfLine:
    sizes = Counter(round(float(w.get("size") or 10), 1) for w in words)
    fonts = Counter(str(w.get("fontname", "")) for w in words)
    font = fonts.most_common(1)[0][0].lower()
    size = sizes.most_common(1)[0][0]
    first = words[0]
    gaps = [float(b["x0"]) - float(a["x1"]) for a, b in zip(words, words[1:])]
    return PdfLine(
        text=" ".join(str(w["text"]) for w in words), x0=float(words[0]["x0"]), x1=float(words[-1]["x1"]),
        top=min(float(w["top"]) for w in words), bottom=max(float(w["bottom"]) for w in words),
        size=size, italic=bool(re.search(r"italic|oblique", font)), bold="bold" in font, page=pageno,
        first_word_width=float(first["x1"]) - float(first["x0"]),
        space=median(gaps) if gaps else 0.25 * size)


def body_size(lines: list[PdfLine]) -> float:
    """The font size most characters are set in."""
    weights: Counter = Counter()
    for ln in lines:
        weights[ln.size] += len(ln.text)
    return weights.most_common(1)[0][0]


def order_lines(lines: list[PdfLine]) -> list[PdfLine]:
    """Reading order: page by page; per page, bands between spanning lines, then columns."""
    if not lines:
        return []
    body = body_size(lines)
    out: list[PdfLine] = []
    for pageno in sorted({ln.page for ln in lines}):
        page = [ln for ln in lines if ln.page == pageno and not _is_page_furniture(ln, lines)]
        out.extend(_order_page(page, body))
    return out


def _is_page_furniture(ln: PdfLine, lines: list[PdfLine]) -> bool:
    in_margin = ln.top_share < _MARGIN or ln.bottom_share > 1 - _MARGIN
    if not in_margin:
        return False
    if is_furniture(ln.text) or re.fullmatch(r"\d{1,4}", ln.text.strip()):
        return True
    pages = {o.page for o in lines if o.text == ln.text}
    return len(pages) >= 2


def _columns(page: list[PdfLine], body: float) -> list[tuple[float, float]]:
    """x-ranges covered by body-size lines: the columns of the page."""
    spans = sorted((ln.x0, ln.x1) for ln in page if abs(ln.size - body) <= 0.1 * body)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1] + 0.5 * body:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def _order_page(page: list[PdfLine], body: float) -> list[PdfLine]:
    cols = _columns(page, body)
    if not cols:
        return sorted(page, key=lambda ln: (ln.top, ln.x0))
    spanning, in_col = [], []
    for ln in page:
        hit = [i for i, (a, b) in enumerate(cols) if ln.x0 < b and ln.x1 > a]
        if len(hit) == 1:
            ln.column = hit[0]
            in_col.append(ln)
        elif not hit:  # outside every column: the nearest one
            ln.column = min(range(len(cols)), key=lambda i: abs((cols[i][0] + cols[i][1]) / 2 - (ln.x0 + ln.x1) / 2))
            in_col.append(ln)
        else:
            spanning.append(ln)
    spanning.sort(key=lambda ln: ln.top)
    cuts = [ln.top for ln in spanning] + [float("inf")]
    out: list[PdfLine] = []
    lo = float("-inf")
    for k, cut in enumerate(cuts):
        band = [ln for ln in in_col if lo <= ln.top < cut]
        out.extend(sorted(band, key=lambda ln: (ln.column, ln.top, ln.x0)))
        if k < len(spanning):
            out.append(spanning[k])
        lo = cut
    return out


def _size_class(ln: PdfLine, body: float, top_size: float) -> str:
    if ln.size >= body * _HEADLINE_RATIO and ln.size >= top_size * 0.95:
        return "headline"
    if ln.size <= body * _SMALLER_RATIO or (ln.italic and ln.near_image):
        return "caption"
    if ln.size >= body * _LARGER_RATIO:
        return "larger"
    return "body"


def layout_pdf_lines(lines: list[PdfLine]) -> tuple[str, list[tuple[str, Mapped]]]:
    """The extracted text and the named blocks of the PDF's lines."""
    ordered = order_lines(lines)
    if not ordered:
        raise ReaderFailure("PDF has no text layer (scanned?)")
    body = body_size(ordered)
    top_size = max(ln.size for ln in ordered)
    col_right = _column_right_edges(ordered)
    pitch = _line_pitch(ordered, body)
    mapped, pos = [], 0
    for ln in ordered:
        mapped.append(Mapped.source(ln.text, pos))
        pos += len(ln.text) + 1
    text = "\n".join(ln.text for ln in ordered)
    blocks: list[RawBlock] = []
    current: list[Mapped] = []
    current_class = None
    for i, ln in enumerate(ordered):
        cls = _size_class(ln, body, top_size)
        if current and (cls != current_class or _starts_block(ordered[i - 1], ln, col_right, pitch, body)):
            blocks.append(RawBlock(current, hint=_hint(current_class, blocks)))
            current = []
        current.append(mapped[i])
        current_class = cls
    if current:
        blocks.append(RawBlock(current, hint=_hint(current_class, blocks)))
    if blocks and blocks[0].hint is None and not blocks[0].single:
        blocks[0].hint = "paragraph"  # no headline type on the page: the text starts with the body
    return text, classify(blocks, split_headline=False)


def _hint(cls: Optional[str], blocks_so_far: list[RawBlock]) -> Optional[str]:
    if cls == "headline":
        return "headline" if not any(b.hint == "headline" for b in blocks_so_far) else "subhead"
    if cls == "caption":
        return "caption"
    if cls == "larger" and blocks_so_far and blocks_so_far[-1].hint == "headline":
        return "standfirst"
    return None


def _column_right_edges(lines: list[PdfLine]) -> dict[tuple[int, int], float]:
    edges: dict[tuple[int, int], list[float]] = {}
    for ln in lines:
        edges.setdefault((ln.page, ln.column), []).append(ln.x1)
    return {k: sorted(v)[int(len(v) * 0.9)] for k, v in edges.items()}


def _line_pitch(lines: list[PdfLine], body: float) -> float:
    steps = [b.top - a.top for a, b in zip(lines, lines[1:])
             if a.page == b.page and a.column == b.column and abs(a.size - body) < 0.1 * body
             and abs(b.size - body) < 0.1 * body and 0 < b.top - a.top < 3 * body]
    return median(steps) if steps else 1.2 * body


def _starts_block(prev: PdfLine, ln: PdfLine, col_right: dict, pitch: float, body: float) -> bool:
    same_col = prev.page == ln.page and prev.column == ln.column and ln.top > prev.top
    if same_col and ln.top - prev.top > 1.45 * pitch:
        return True  # a blank line's worth of space
    if same_col and ln.x0 > prev.x0 + 0.8 * body and ln.size == prev.size:
        return True  # indented first line
    right = col_right.get((prev.page, prev.column), prev.x1)
    if prev.x1 + prev.space + ln.first_word_width < right - 0.5 * body:
        return True  # the next word would have fitted: the line was ended on purpose
    return False
