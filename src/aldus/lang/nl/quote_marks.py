"""Quotation marks in Dutch newspaper text, and the apostrophe words that share a mark.

Provenance: Dutch typesetting practice (Taalunie "aanhalingstekens": ‘…’ and “…”, the
older „…” and the typewriter ,,…'' still used by regional papers, plus straight ' and ")
and the clitics of the Woordenlijst ('s, 't, 'n, 'k, 'm, 'r, 'em, 'er, 'tje-forms).
"""
from __future__ import annotations

#: opener → the closers that end it (first is canonical)
PAIRS: dict[str, tuple[str, ...]] = {
    "„": ("”", "“", '"', "''"),
    ",,": ("''", "”", "“", '"', "'"),
    "“": ("”", "“", '"', "''"),
    "‘": ("’", "'"),
    "«": ("»",),
    '"': ('"', "”", "''"),
    "'": ("'", "’"),
    "’": ("’",),  # some papers use the right mark on both sides
}

#: every character that can be part of a quotation mark
MARK_CHARS = set("„“”‘’\"'«»,")

#: words written with a leading apostrophe ("'s avonds", "'t is", "zo'n" is word-internal)
APOSTROPHE_CLITICS = ("s", "t", "n", "k", "m", "r", "em", "er", "ns")
