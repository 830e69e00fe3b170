"""The one exception readers raise internally; :func:`aldus.readers.read_path` turns it
into a :class:`aldus.model.ReadError` record, so nothing escapes to the caller."""
from __future__ import annotations


class ReaderFailure(Exception):
    """A file or record that cannot be read. ``str(exc)`` is the one-line cause."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()) or "unreadable")
