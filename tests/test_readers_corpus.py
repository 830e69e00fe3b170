"""Corpus files: JSON Lines and CSV, one article per record."""
import csv
import json

from aldus.readers import read_path

REC = {"id": 17, "title": "Brug gaat dicht", "text": "De brug gaat dicht. ‘Het moet’, zegt de wethouder.",
       "published_at": "2019-03-01", "url": "https://example.org/a", "outlet": "Het Dagblad"}


def test_corpus_jsonl_fields(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps(REC, ensure_ascii=False) + "\n\n" + json.dumps({"text": "Alleen tekst hier."}) + "\n",
                 encoding="utf-8")
    a, b = list(read_path(p))
    assert (a.id, a.source, a.format) == ("17", f"{p}:1", "jsonl")
    assert a.headline == "Brug gaat dicht"
    assert a.paragraphs == [REC["text"]]
    assert (a.published, a.url, a.outlet) == ("2019-03-01", "https://example.org/a", "Het Dagblad")
    assert (b.id, b.source, b.headline, b.paragraphs) == ("c.jsonl:3", f"{p}:3", None, ["Alleen tekst hier."])
    # the source map refers to "title\n\ntext"
    composite = REC["title"] + "\n\n" + REC["text"]
    assert all(composite[a.source_offset(i)] == ch for i, ch in enumerate(a.text) if a.source_offset(i) is not None)


def test_corpus_csv_fields(tmp_path):
    p = tmp_path / "c.csv"
    with open(p, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(REC))
        w.writeheader()
        w.writerow(REC)
        w.writerow(dict(REC, id=18, text="Tweede artikel,\nover twee regels."))
    a, b = list(read_path(p))
    assert (a.id, a.format, a.headline, a.outlet) == ("17", "csv", "Brug gaat dicht", "Het Dagblad")
    assert b.paragraphs == ["Tweede artikel, over twee regels."]
    assert b.source == f"{p}:4"  # the record's last line: it spans lines 3-4


def test_corpus_csv_utf16_tab_separated(tmp_path):
    p = tmp_path / "c.tsv"
    p.write_bytes("id\ttitle\ttext\n1\tTitel\tDe brug gaat dicht, zegt de wethouder.\n".encode("utf-16"))
    (a,) = list(read_path(p))
    assert a.status == "ok" and a.headline == "Titel"


def test_corpus_format_by_content(tmp_path):
    p = tmp_path / "export.data"
    p.write_text(json.dumps(REC) + "\n", encoding="utf-8")
    (a,) = list(read_path(p))
    assert a.format == "jsonl"
    (a,) = list(read_path(p, format="jsonl"))
    assert a.id == "17"


def test_corpus_json_array(tmp_path):
    p = tmp_path / "c.json"
    p.write_text(json.dumps([REC, {"title": "Zonder tekst"}, dict(REC, id=18)]), encoding="utf-8")
    items = list(read_path(p))
    assert [i.status for i in items] == ["ok", "error", "ok"]
    assert items[1].source == f"{p}:[1]" and items[1].error == "record has no text"
    q = tmp_path / "kapot.json"
    q.write_text('[{"text": "a"}, {', encoding="utf-8")
    (err,) = list(read_path(q))
    assert err.status == "error" and "invalid JSON" in err.error
