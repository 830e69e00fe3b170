"""Bad input gives one clear line naming the file and the cause, never an exception."""
import json

import pytest

from aldus.readers import read_path


def read_one(path, **kw):
    items = list(read_path(path, **kw))
    assert len(items) == 1
    return items[0]


def assert_error(item, path, cause):
    assert item.status == "error", item
    assert cause in item.error
    assert "\n" not in item.error
    assert str(path) in str(item)


ARTICLE = ("Titel van het stuk\n\nHet café in Oekraïne ging dicht, zei de eigenaar. ‘Het is "
           "gedaan’, zei hij. De coördinatie van de hulp ligt nu bij de gemeente.\n")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_bad_input_empty_file(tmp_path, content):
    p = tmp_path / "leeg.txt"
    p.write_bytes(content)
    assert_error(read_one(p), p, "empty file")


@pytest.mark.parametrize("content", [b"[]", b" [ ]\n"])
def test_bad_input_empty_json_array(tmp_path, content):
    p = tmp_path / "leeg.jsonl"
    p.write_bytes(content)
    assert_error(read_one(p), p, "no records")


@pytest.mark.parametrize("content,kind", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    (b"PK\x03\x04" + b"\x00\x14" * 100, "ZIP"),
    (bytes(range(256)) * 40, "binary"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200 + b"tekst", "control characters"),
])
def test_bad_input_binary_file(tmp_path, content, kind):
    p = tmp_path / "plaatje.txt"
    p.write_bytes(content)
    item = read_one(p)
    assert_error(item, p, "binary file, not text")
    assert kind in item.error or kind == "binary"


@pytest.mark.parametrize("encoding,text", [
    ("cp1252", ARTICLE),
    ("latin-1", ARTICLE.replace("‘", "'").replace("’", "'")),
    ("utf-16", ARTICLE),          # with a BOM
    ("utf-8-sig", ARTICLE),       # UTF-8 with a BOM
    ("utf-32", ARTICLE),
])
def test_bad_input_odd_encodings(tmp_path, encoding, text):
    p = tmp_path / "stuk.txt"
    p.write_bytes(text.encode(encoding))
    art = read_one(p)
    assert art.status == "ok", art
    assert art.headline == "Titel van het stuk"
    assert "café in Oekraïne" in art.text and "coördinatie" in art.text
    assert art.text.count("’") == text.count("’")


def test_bad_input_utf16_without_bom(tmp_path):
    p = tmp_path / "stuk.txt"
    p.write_bytes(ARTICLE.encode("utf-16-le"))
    art = read_one(p)
    assert art.status == "ok" and "Oekraïne" in art.text


def test_bad_input_truncated_pdf(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Een korte tekst in een PDF die straks wordt afgekapt. " * 20)
    data = bytes(pdf.output())
    p = tmp_path / "kapot.pdf"
    p.write_bytes(data[: len(data) // 3])
    assert_error(read_one(p), p, "not a readable PDF")


def test_bad_input_pdf_without_header(tmp_path):
    p = tmp_path / "nep.pdf"
    p.write_bytes(b"dit is geen pdf maar gewone tekst\n" * 10)
    assert_error(read_one(p), p, "not a readable PDF")


def test_bad_input_pdf_without_text_layer(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    p = tmp_path / "scan.pdf"
    pdf.output(str(p))
    assert_error(read_one(p), p, "PDF has no text layer (scanned?)")


@pytest.mark.parametrize("html", [
    "<html><head><title>Leeg</title></head><body></body></html>",
    "<html><body><nav><a href='/'>Home</a> <a href='/x'>Nieuws</a></nav></body></html>",
])
def test_bad_input_html_without_article(tmp_path, html):
    p = tmp_path / "leeg.html"
    p.write_text(html, encoding="utf-8")
    item = read_one(p)
    assert_error(item, p, "no article text")


def test_bad_input_malformed_json_line(tmp_path):
    p = tmp_path / "corpus.jsonl"
    good = {"id": "a1", "title": "Titel", "text": "Een zin. En nog een zin."}
    p.write_text("\n".join([json.dumps(good), '{"id": "a2", "title": "kapot", "text": "zonder eind',
                            json.dumps({"id": "a3", "title": "Geen tekst"}),
                            json.dumps(["geen", "object"]),
                            json.dumps(dict(good, id="a5"))]) + "\n", encoding="utf-8")
    items = list(read_path(p))
    assert [i.status for i in items] == ["ok", "error", "error", "error", "ok"]
    assert [i.id for i in items] == ["a1", "corpus.jsonl:2", "corpus.jsonl:3", "corpus.jsonl:4", "a5"]
    assert str(items[1]).startswith(f"{p}:2: invalid JSON")
    assert items[2].error == "record has no text"
    assert "not an object" in items[3].error
    assert items[0].source == f"{p}:1"


def test_bad_input_jsonl_invalid_utf8_record(tmp_path):
    p = tmp_path / "corpus.jsonl"
    p.write_bytes(b'{"id": 1, "text": "goed"}\n{"id": 2, "text": "fout \xff\xfe"}\n{"id": 3, "text": "ook goed"}\n')
    items = list(read_path(p))
    assert [i.status for i in items] == ["ok", "error", "ok"]
    assert "invalid UTF-8" in items[1].error


def test_bad_input_file_too_large(tmp_path):
    p = tmp_path / "groot.txt"
    with open(p, "wb") as fh:
        fh.truncate(52_400_000)  # sparse: 52.4 MB without writing them
    item = read_one(p)
    assert_error(item, p, "file too large (52.4 MB > 20 MB)")
    assert "file too large" in read_one(p, max_bytes=1_000_000).error


def test_bad_input_corpus_any_size(tmp_path):
    """Corpus files are streamed: the size limit is for single-article files only."""
    p = tmp_path / "groot.jsonl"
    rec = json.dumps({"id": "x", "title": "Titel", "text": "Een zin die er staat. " * 20})
    p.write_text((rec + "\n") * 300, encoding="utf-8")
    items = list(read_path(p, max_bytes=10_000))
    assert len(items) == 300 and all(i.status == "ok" for i in items)


def test_bad_input_missing_file_and_directory(tmp_path):
    assert_error(read_one(tmp_path / "nergens.txt"), tmp_path / "nergens.txt", "no such file")
    assert_error(read_one(tmp_path), tmp_path, "directory")


def test_bad_input_csv(tmp_path):
    p = tmp_path / "corpus.csv"
    p.write_text('id;title;text\n1;Titel;"Een zin; met puntkomma."\n2;Leeg;\n3;Nog een;"Tweede ""artikel""."\n',
                 encoding="cp1252")
    items = list(read_path(p))
    assert [i.status for i in items] == ["ok", "error", "ok"]
    assert items[0].paragraphs == ["Een zin; met puntkomma."]
    assert items[2].paragraphs == ['Tweede "artikel".']
    assert items[1].error == "record has no text" and items[1].source == f"{p}:3"
    q = tmp_path / "geen_tekst.csv"
    q.write_text("id,titel\n1,iets\n", encoding="utf-8")
    assert_error(read_one(q), q, "no 'text' column")


def test_bad_input_unknown_format():
    item = read_one("stuk.txt", format="docx")
    assert item.status == "error" and "unknown format" in item.error


def test_bad_input_utf8_with_stray_byte(tmp_path):
    p = tmp_path / "stuk.txt"
    p.write_bytes(ARTICLE.encode("utf-8").replace(b"gemeente", b"gemeente \xe9", 1))
    art = read_one(p)
    assert "café in Oekraïne" in art.text  # no mojibake for the valid UTF-8


def test_decode_cascade():
    from aldus.readers.decode import decode_bytes

    ru = "Правительство хочет потратить больше денег на здравоохранение, сказал министр."
    assert decode_bytes(ru.encode("cp1251")) == (ru, "cp1251")
    assert decode_bytes(ARTICLE.encode("cp1252"))[1] == "cp1252"
    assert decode_bytes(ARTICLE.encode("utf-16-be"))[0] == ARTICLE
