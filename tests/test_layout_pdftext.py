"""The PDF-copy layout on the example article and on articles of the same shape."""
import json
from pathlib import Path

import pytest

from aldus.layout import layout_pdftext, looks_like_pdftext
from aldus.readers import read_path

DATA = Path(__file__).parent / "data"
EXAMPLE = Path(__file__).parent.parent / "examples" / "bachmoet.txt"


def structure(article):
    """The article in the shape of ``bachmoet.structure.json``."""
    out = {k: getattr(article, k) for k in ("headline", "standfirst", "caption", "caption_credit", "dateline")}
    out["body"] = [{"p" if b.kind == "paragraph" else "subhead": b.text}
                   for b in article.blocks if b.kind in ("paragraph", "subhead")]
    return out


@pytest.fixture(scope="module")
def bachmoet():
    (article,) = list(read_path(EXAMPLE))
    return article


@pytest.mark.parametrize("field", ["headline", "standfirst", "caption", "caption_credit", "dateline", "body"])
def test_pdftext_bachmoet_field(bachmoet, field):
    gold = json.loads((DATA / "bachmoet.structure.json").read_text(encoding="utf-8"))
    assert structure(bachmoet)[field] == gold[field]


def test_pdftext_bachmoet_detected_as_pdftext(bachmoet):
    assert bachmoet.format == "pdftext"
    assert bachmoet.language == "nl"
    assert bachmoet.byline is None
