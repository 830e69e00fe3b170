"""The documented JSON Schema is the one the models produce, and output validates against it."""
import json
from pathlib import Path

from aldus.model import SCHEMA_VERSION, Article, ReadError, build_article

ROOT = Path(__file__).resolve().parents[1]


def test_committed_schema_matches_models():
    committed = json.loads((ROOT / "docs" / "article.schema.json").read_text(encoding="utf-8"))
    assert committed == Article.model_json_schema(), "run `aldus schema > docs/article.schema.json` and bump SCHEMA_VERSION"


def test_build_article_offsets_and_source_map():
    art = build_article(id="a", source="a.txt", format="txt",
                        blocks=[("headline", "Kop"), ("paragraph", "Een zin.")],
                        source_spans=[[(0, 0, 3)], [(0, 5, 8)]])
    assert art.text == "Kop\n\nEen zin."
    for block in art.blocks:
        assert art.text[block.start:block.end] == block.text
    assert art.headline == "Kop" and art.paragraphs == ["Een zin."]
    assert art.source_offset(5) == 5 and art.source_offset(3) is None
    assert art.schema_version == SCHEMA_VERSION


def test_error_record_is_one_line():
    err = ReadError(id="x", source="x.txt", error="empty file")
    assert str(err) == "x.txt: empty file"
    assert json.loads(err.model_dump_json())["status"] == "error"
