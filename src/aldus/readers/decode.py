"""Bytes to text: byte-order marks, strict UTF-8, then a single-byte fallback.

The cascade, in order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. a binary file is refused: a known magic number (PNG, ZIP, PDF, ...), NUL bytes that
   are no UTF-16 text, or many control characters;
3. strict UTF-8;
4. charset-normalizer's guess, except that a Western single-byte guess becomes cp1252
   (it cannot tell cp1250 from cp1252 on Dutch text, and news text is Western);
5. cp1252, then latin-1, which never fails.
"""
from __future__ import annotations

import codecs
from typing import Optional

from .errors import ReaderFailure

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)

MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"), (b"%PDF-", "PDF"), (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"), (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"), (b"\xd0\xcf\x11\xe0", "MS Office file"),
    (b"RIFF", "media file"), (b"SQLite format 3\x00", "SQLite database"),
)

_WESTERN = {"cp1252", "cp1250", "cp1257", "latin_1", "iso8859_15", "iso8859_2", "iso8859_9",
            "iso8859_13", "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "cp850", "cp437",
            "windows-1252", "windows-1250", "iso-8859-1", "iso-8859-15", "iso-8859-2"}
_TYPOGRAPHY = set("‘’‚“”„–—…€•·«»°±×÷§¶©®™²³¹¼½¾¿¡ £¥¢")
_CONTROL_OK = set("\t\n\r\f\v\x1b")
_MAX_CONTROL_SHARE = 0.05
_SNIFF = 1 << 20


def magic_kind(data: bytes) -> Optional[str]:
    """What a known binary signature says the bytes are, or None."""
    for sig, kind in MAGIC:
        if data.startswith(sig):
            return kind
    return None


def _utf16_without_bom(data: bytes) -> Optional[str]:
    """UTF-16 text that lost its BOM: mostly ASCII, so every other byte is NUL."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, expect_binary_ok: bool = False) -> tuple[str, str]:
    """Decode ``data`` as text.

    Returns:
        ``(text, encoding)``.
    Raises:
        ReaderFailure: "empty file", "binary file, not text (...)", or a decoding failure.
    """
    if not data.strip():
        raise ReaderFailure("empty file")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                raise ReaderFailure(f"invalid {enc.upper()} text after its byte-order mark ({exc.reason} at byte {exc.start})")
            return _check_text(text), enc
    kind = magic_kind(data)
    if kind and not expect_binary_ok:
        raise ReaderFailure(f"binary file, not text ({kind})")
    if b"\x00" in data[:_SNIFF]:
        enc = _utf16_without_bom(data)
        if enc:
            try:
                return _check_text(data.decode(enc)), enc
            except UnicodeDecodeError:
                pass
        raise ReaderFailure("binary file, not text (contains NUL bytes)")
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_text(mostly), "utf-8 (with invalid bytes replaced)"
    enc = _guess_single_byte(data)
    return _check_text(data.decode(enc, errors="replace")), enc


def _mostly_utf8(data: bytes) -> Optional[str]:
    """UTF-8 text with a few stray bytes (a cp1252 character pasted in): decode it as
    UTF-8 and replace the stray bytes, rather than turn every "é" into "Ã©"."""
    text = data[:_SNIFF].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if good >= 3 and bad * 4 <= good:
        return data.decode("utf-8", errors="replace")
    return None


def _guess_single_byte(data: bytes) -> str:
    """cp1252 when it reads as Western text, else charset-normalizer's guess, else latin-1."""
    sample = data[:_SNIFF]
    try:
        western = sample.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None:
        high = [c for c in western if ord(c) > 127]
        plausible = sum(1 for c in high if c.isalpha() and ord(c) < 0x250 or c in _TYPOGRAPHY)
        letters = sum(1 for c in western if c.isalpha())
        if plausible >= 0.9 * len(high) and len(high) <= 0.3 * max(1, letters):
            return "cp1252"  # accents here and there, as in Dutch, French, German
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
        guess = best.encoding if best else None
    except Exception:  # pragma: no cover - a detector failure must not stop reading
        guess = None
    if guess and guess not in _WESTERN and guess not in ("ascii", "utf_8"):
        return guess
    return "cp1252" if western is not None else "latin-1"


def _check_text(text: str) -> str:
    """Refuse text that is mostly control characters (a binary file that decoded)."""
    sample = text[:_SNIFF]
    if not sample.strip():
        raise ReaderFailure("empty file")
    controls = sum(1 for c in sample if (ord(c) < 32 or 0x7f <= ord(c) < 0xa0) and c not in _CONTROL_OK)
    if controls > _MAX_CONTROL_SHARE * len(sample) or "\x00" in sample:
        raise ReaderFailure("binary file, not text (control characters)")
    return text
