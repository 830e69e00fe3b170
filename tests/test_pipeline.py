"""The pipeline: one bad article never stops a batch, and errors keep their place in order."""
import spacy

from aldus import pipeline
from aldus.model import ReadError, build_article


def _article(i, text="Jan zegt dat het regent."):
    return build_article(id=f"a{i}", source=f"a{i}.txt", format="txt",
                         blocks=[("headline", f"Kop {i}"), ("paragraph", text)])


def _nlp():
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return nlp


def test_crash_in_attribution_becomes_error_record(monkeypatch):
    def attribute(article, doc):
        if article.id == "a2":
            raise RuntimeError("boom")
        return []

    monkeypatch.setattr("aldus.attribution.attribute", attribute)
    items = [_article(i) for i in range(5)]
    out = list(pipeline.analyze(items, nlp=_nlp(), batch_size=2))
    assert [o.id for o in out] == ["a0", "a1", "a2", "a3", "a4"]
    assert isinstance(out[2], ReadError) and "boom" in out[2].error
    assert all(o.status == "ok" for i, o in enumerate(out) if i != 2)


def test_crash_in_language_pipeline_only_loses_that_article():
    nlp = _nlp()

    @spacy.Language.component("explode_on_marker")
    def explode(doc):
        if "EXPLODE" in doc.text:
            raise ValueError("bad doc")
        return doc

    nlp.add_pipe("explode_on_marker")
    items = [_article(0), _article(1, "EXPLODE hier."), _article(2)]
    items.insert(1, ReadError(id="x", source="x.txt", error="empty file"))
    out = list(pipeline.analyze(items, nlp=nlp, batch_size=8))
    assert [o.status for o in out] == ["ok", "error", "error", "ok"]
    assert out[1].error == "empty file"
    assert "bad doc" in out[2].error


def test_structure_only_passes_items_through():
    items = [_article(0), ReadError(source="y.txt", error="binary file")]
    assert list(pipeline.analyze(items, structure_only=True)) == items
