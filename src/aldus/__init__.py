"""aldus: who says what in news articles.

Public API (kept small on purpose):

- :func:`aldus.read` reads a file (txt, PDF-copied text, PDF, HTML, JSONL/CSV corpus)
  into :class:`aldus.model.Article` records (structure only).
- :func:`aldus.analyze` runs the language pipeline and attribution over articles.
"""
import logging

from .model import SCHEMA_VERSION, Article, Attribution, Block, Entity, Quantity, ReadError

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Article", "Attribution", "Block", "Entity", "Quantity", "ReadError",
           "read", "analyze", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def read(path, **kwargs):
    """Read one file into articles (an iterator of Article or ReadError)."""
    from .readers import read_path

    return read_path(path, **kwargs)


def analyze(articles, **kwargs):
    """Add language annotations, attributions, entities and quantities to articles."""
    from .pipeline import analyze as _analyze

    return _analyze(articles, **kwargs)
