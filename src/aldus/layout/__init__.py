"""Layout: infer an article's structure from text whose structure got flattened.

``layout_pdftext`` reads text copied out of a PDF page (lines wrapped at the column width);
``layout_plain`` reads plain text (title line, blank line, paragraphs). Both return
``(kind, Mapped)`` pairs: the block's kind and its text with its source offsets.
"""
from .blocks import RawBlock, classify
from .detect import looks_like_pdftext
from .mapped import Mapped
from .pdftext import layout_pdftext
from .plain import layout_plain

__all__ = ["Mapped", "RawBlock", "classify", "layout_pdftext", "layout_plain", "looks_like_pdftext"]
