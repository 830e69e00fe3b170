"""Corpus files: JSON Lines and CSV, one article per record, read as a stream.

A record has ``text`` and optionally ``id``, ``title``, ``published_at``, ``url``,
``outlet``. A bad record becomes a :class:`ReadError` for that record and reading goes
on; the file may be of any size. The source map of a record's article refers to the
string ``title + "\\n\\n" + text`` (or ``text`` alone when there is no title).
"""
from __future__ import annotations

import codecs
import csv
import io
import json
from pathlib import Path
from typing import Any, Iterator, Optional, Union

from ..model import Article, ReadError
from .decode import BOMS, magic_kind
from .errors import ReaderFailure
from .text import read_plain

Item = Union[Article, ReadError]

TEXT_KEYS = ("text", "body", "content")
META_KEYS = {"published": ("published_at", "published", "date"), "url": ("url",),
             "outlet": ("outlet", "source", "publisher"), "byline": ("author", "byline")}
_MAX_CONSECUTIVE_CSV_ERRORS = 50


def read_record(record: Any, *, id: str, source: str, format: str,
                max_bytes: Optional[int] = None) -> Article:
    """One corpus record (a mapping) to an article.

    Raises:
        ReaderFailure: not a mapping, or no usable ``text``.
    """
    if not isinstance(record, dict):
        raise ReaderFailure(f"record is a JSON {type(record).__name__}, not an object")
    low = {str(k).lower(): v for k, v in record.items()}
    text = next((low[k] for k in TEXT_KEYS if isinstance(low.get(k), str) and low[k].strip()), None)
    if text is None:
        raise ReaderFailure("record has no text")
    if max_bytes and len(text) > max_bytes:
        raise ReaderFailure(f"record text too large ({len(text)} characters)")
    rid = low.get("id")
    rid = id if rid is None or str(rid).strip() == "" else str(rid)
    title = low.get("title")
    title = " ".join(title.split()) if isinstance(title, str) else ""
    meta = {}
    for field, keys in META_KEYS.items():
        value = next((low[k] for k in keys if low.get(k) not in (None, "")), None)
        if value is not None:
            meta[field] = str(value)
    if title:
        from ..layout import layout_plain
        from .article import make_article

        src = title + "\n\n" + text
        kinded = layout_plain(src)
        return make_article(kinded, id=rid, source=source, format=format, **meta)
    return read_plain(text, id=rid, source=source, format="txt", **meta).model_copy(update={"format": format})


def read_jsonl(path: Path, *, max_bytes: Optional[int] = None) -> Iterator[Item]:
    """Stream a JSON Lines file: one article or error per non-blank line.

    A file that holds one JSON array of records (``.json``) is read whole instead, up to
    ``max_bytes``.
    """
    name = path.name
    with open(path, "rb") as fh:
        head = fh.read(4096)
        _refuse_binary(head)
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            yield from _read_json_array(path, max_bytes=max_bytes)
            return
        fh.seek(0)
        seen = False
        for lineno, raw in enumerate(fh, start=1):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            seen = True
            where = f"{path}:{lineno}"
            rid = f"{name}:{lineno}"
            try:
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise ReaderFailure(f"invalid UTF-8 ({exc.reason} at byte {exc.start})")
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ReaderFailure(f"invalid JSON: {exc.msg} (column {exc.colno})")
                except RecursionError:
                    raise ReaderFailure("invalid JSON: nested too deeply")
                yield read_record(record, id=rid, source=where, format="jsonl", max_bytes=max_bytes)
            except ReaderFailure as exc:
                yield ReadError(id=rid, source=where, error=str(exc))
            except Exception as exc:  # a reader bug must not stop the corpus
                yield ReadError(id=rid, source=where, error=f"internal error ({type(exc).__name__}): {' '.join(str(exc).split())}")
        if not seen:
            raise ReaderFailure("empty file")


def _read_json_array(path: Path, *, max_bytes: Optional[int]) -> Iterator[Item]:
    size = path.stat().st_size
    if max_bytes and size > max_bytes:
        raise ReaderFailure(f"JSON array too large to load ({size / 1e6:.1f} MB); use JSON Lines")
    try:
        records = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ReaderFailure(f"invalid UTF-8 ({exc.reason} at byte {exc.start})")
    except json.JSONDecodeError as exc:
        raise ReaderFailure(f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
    except RecursionError:
        raise ReaderFailure("invalid JSON: nested too deeply")
    if not isinstance(records, list) or not records:
        raise ReaderFailure("no records: the JSON array is empty")  # (an empty file says so too)
    for k, record in enumerate(records, start=1):
        rid, where = f"{path.name}:{k}", f"{path}:[{k - 1}]"
        try:
            yield read_record(record, id=rid, source=where, format="jsonl", max_bytes=max_bytes)
        except ReaderFailure as exc:
            yield ReadError(id=rid, source=where, error=str(exc))


def read_csv(path: Path, *, max_bytes: Optional[int] = None) -> Iterator[Item]:
    """Stream a CSV file (``,``, ``;`` or tab separated, with a header row)."""
    with open(path, "rb") as fh:
        head = fh.read(1 << 16)
    _refuse_binary(head)
    if not head.strip():
        raise ReaderFailure("empty file")
    encoding = _stream_encoding(head)
    csv.field_size_limit(max(max_bytes or 0, 1 << 27))
    with open(path, encoding=encoding, errors="replace", newline="") as fh:
        first = fh.readline()
        if "\x00" in first:
            raise ReaderFailure("binary file, not text (contains NUL bytes)")
        delimiter = max((",", ";", "\t"), key=first.count)
        fh.seek(0)
        reader = csv.reader(_no_nul(fh), delimiter=delimiter)
        try:
            header = next(reader)
        except (StopIteration, csv.Error) as exc:
            raise ReaderFailure(f"no CSV header ({exc})" if str(exc) else "no CSV header")
        header = [h.strip().lstrip("\ufeff") for h in header]
        if not any(h.lower() in TEXT_KEYS for h in header):
            shown = ", ".join(header[:8]) or "none"
            raise ReaderFailure(f"CSV has no 'text' column (columns: {shown})")
        errors_in_row = 0
        while True:
            rowno = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                errors_in_row += 1
                yield ReadError(id=f"{path.name}:{rowno}", source=f"{path}:{rowno}", error=f"malformed CSV row: {exc}")
                if errors_in_row >= _MAX_CONSECUTIVE_CSV_ERRORS:
                    yield ReadError(id=path.name, source=str(path), error="too many malformed CSV rows; stopped")
                    return
                continue
            errors_in_row = 0
            if not any(cell.strip() for cell in row):
                continue
            rowno = reader.line_num
            rid, where = f"{path.name}:{rowno}", f"{path}:{rowno}"
            record = dict(zip(header, row))
            try:
                yield read_record(record, id=rid, source=where, format="csv", max_bytes=max_bytes)
            except ReaderFailure as exc:
                yield ReadError(id=rid, source=where, error=str(exc))
            except Exception as exc:
                yield ReadError(id=rid, source=where, error=f"internal error ({type(exc).__name__}): {' '.join(str(exc).split())}")


def _no_nul(lines):
    for line in lines:
        yield line.replace("\x00", "")


def _refuse_binary(head: bytes) -> None:
    kind = magic_kind(head)
    if kind:
        raise ReaderFailure(f"binary file, not text ({kind})")
    if not any(head.startswith(b) for b, _ in BOMS) and b"\x00" in head[:4096]:
        raise ReaderFailure("binary file, not text (contains NUL bytes)")


def _stream_encoding(head: bytes) -> str:
    """The encoding of a file judged from its first bytes (a BOM, else UTF-8 if it decodes)."""
    for bom, enc in BOMS:
        if head.startswith(bom):
            return "utf-8-sig" if enc == "utf-8" else enc[:6]  # "utf-16"/"utf-32" read the BOM
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"

