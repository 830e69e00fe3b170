"""Readers: files and strings in, :class:`~aldus.model.Article` records out.

One module per input kind: :mod:`.text` (plain text and PDF-copied text), :mod:`.pdf`,
:mod:`.html`, :mod:`.corpus` (JSON Lines, CSV) and :mod:`.decode` (bytes to text).
:func:`read_path` never raises for bad input: it yields a :class:`~aldus.model.ReadError`
with a one-line cause instead, and a corpus goes on past a bad record.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterator, Optional, Union

from ..model import Article, ReadError
from .errors import ReaderFailure

LOGGER = logging.getLogger(__name__)

Item = Union[Article, ReadError]

MAX_BYTES = 20 * 1000 * 1000   # single-article files; corpus files are streamed
FORMATS = ("txt", "pdftext", "pdf", "html", "jsonl", "csv")
_ALIASES = {"text": "txt", "plain": "txt", "htm": "html", "ndjson": "jsonl", "json": "jsonl", "tsv": "csv"}
_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".pdf": "pdf", ".html": "html", ".htm": "html",
             ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv"}

__all__ = ["read_path", "read_text", "ReaderFailure", "FORMATS", "MAX_BYTES"]


def _format_name(format: Optional[str]) -> Optional[str]:
    if format is None:
        return None
    f = _ALIASES.get(format.lower().lstrip("."), format.lower().lstrip("."))
    if f not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    return f


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f}".rstrip("0").rstrip(".") + " MB"


def read_path(path, *, format: Optional[str] = None, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Read the article(s) in one file.

    Args:
        path: the file.
        format: one of txt, pdftext, pdf, html, jsonl, csv; None to go by the file name
            and, for unknown names, by the content.
        max_bytes: a single-article file larger than this is refused (corpus files are
            streamed record by record and may be of any size).
    Yields:
        One :class:`Article` for a single-article file, one per record for a corpus file;
        a :class:`ReadError` for anything that cannot be read.
    """
    path = Path(path)
    source, stem = str(path), path.stem
    try:
        fmt = _format_name(format)
        if not path.exists():
            raise ReaderFailure("no such file")
        if path.is_dir():
            raise ReaderFailure("is a directory, not a file")
        fmt = fmt or _SUFFIXES.get(path.suffix.lower()) or _sniff(path)
        if fmt in ("jsonl", "csv"):
            from .corpus import read_csv, read_jsonl

            reader = read_jsonl if fmt == "jsonl" else read_csv
            yield from reader(path, max_bytes=max_bytes)
            return
        size = path.stat().st_size
        if max_bytes and size > max_bytes:
            raise ReaderFailure(f"file too large ({_mb(size)} > {_mb(max_bytes)})")
        if fmt == "pdf":
            from .pdf import read_pdf

            yield read_pdf(path, id=stem, source=source)
            return
        from .decode import decode_bytes

        text, _ = decode_bytes(path.read_bytes())
        # a .txt name does not say whether it is plain or PDF-copied text: the text does
        yield _read_string(text, id=stem, source=source, format=fmt if fmt != "txt" or format else None)
    except ReaderFailure as exc:
        yield ReadError(id=stem, source=source, error=str(exc))
    except OSError as exc:
        yield ReadError(id=stem, source=source, error=f"cannot read file: {exc.strerror or _one_line(exc)}")
    except ValueError as exc:
        yield ReadError(id=stem, source=source, error=_one_line(exc))
    except RecursionError:
        yield ReadError(id=stem, source=source, error="input nested too deeply")
    except Exception as exc:  # a reader bug: report it as a bad item, never crash a batch
        LOGGER.exception("reader failed on %s", source)
        yield ReadError(id=stem, source=source, error=f"internal error ({type(exc).__name__}): {_one_line(exc)}")


def read_text(text: str, *, id: str, source: str = "<text>", format: Optional[str] = None) -> Article:
    """Read one article from a string (txt, pdftext or html; None to tell from the text).

    Raises:
        ReaderFailure: when the text holds no article.
    """
    if not text.strip():
        raise ReaderFailure("empty text")
    return _read_string(text, id=id, source=source, format=_format_name(format))


def _read_string(text: str, *, id: str, source: str, format: Optional[str]) -> Article:
    from .html import looks_like_html, read_html
    from .text import read_plain

    if format is None and looks_like_html(text):
        format = "html"
    if format == "html":
        return read_html(text, id=id, source=source)
    if format in ("jsonl", "csv", "pdf"):
        raise ReaderFailure(f"format {format} needs a file, not a string")
    return read_plain(text, id=id, source=source, format=format)


def _sniff(path: Path) -> str:
    """The format of a file with an unknown name, from its first bytes."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.lstrip().startswith(b"%PDF"):
        return "pdf"
    low = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low[:1024]:
        return "html"
    if low.startswith((b"{", b"[")):
        return "jsonl"
    return "txt"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
