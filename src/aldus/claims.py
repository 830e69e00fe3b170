"""Claims: the numbers claimed in an article (stub)."""
from __future__ import annotations

from .model import Quantity


def find_quantities(doc) -> list[Quantity]:
    return []
