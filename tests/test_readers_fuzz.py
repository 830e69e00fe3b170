"""Random bytes and text through every reader: only Article or ReadError, never an
exception, and never an internal failure dressed up as a ReadError."""
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aldus.model import Article, ReadError
from aldus.readers import ReaderFailure, read_path, read_text

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TMP = Path(tempfile.mkdtemp(prefix="aldus-fuzz-"))

WORDS = st.sampled_from("de het een Jan Jansen zei dat BACHMOET Door Foto ANP Beeld ap verdedigings- linie "
                        "‘Ja’, ‘nee.’ 12 — - Wagner-baas . ? ! : De Het Volgens café Oekraïne \u00ad \t".split() + [" "])
LINE = st.lists(WORDS, min_size=0, max_size=18).map(" ".join)
DOC = st.lists(LINE, min_size=0, max_size=40).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]).map(lambda sep: sep.join(lines)))
TEXT = st.one_of(st.text(max_size=600), DOC)


def check_article(art, source_text=None):
    assert isinstance(art, Article)
    for b in art.blocks:
        assert art.text[b.start:b.end] == b.text
    for t0, s0, n in art.source_map:
        assert 0 <= t0 and t0 + n <= len(art.text) and s0 >= 0
        if source_text is not None:
            assert source_text[s0:s0 + n] == art.text[t0:t0 + n]


def check_items(items):
    assert items
    for item in items:
        assert isinstance(item, (Article, ReadError))
        if isinstance(item, ReadError):
            assert "internal error" not in item.error, item.error
            assert "\n" not in item.error
        else:
            check_article(item)


def run_file(data: bytes, suffix: str, format=None):
    p = TMP / f"input{suffix}"
    p.write_bytes(data)
    check_items(list(read_path(p, format=format)))


@pytest.mark.parametrize("fmt", ["txt", "pdftext", "html"])
@SETTINGS
@given(text=TEXT)
def test_fuzz_read_text(fmt, text):
    try:
        art = read_text(text, id="x", format=fmt)
    except ReaderFailure as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    check_article(art, source_text=None if fmt == "html" else text)


@SETTINGS
@given(text=TEXT)
def test_fuzz_read_text_auto(text):
    try:
        art = read_text(text, id="x")
    except ReaderFailure:
        return
    check_article(art, source_text=None if art.format == "html" else text)


@pytest.mark.parametrize("suffix,fmt", [(".txt", None), (".txt", "pdftext"), (".html", None),
                                        (".jsonl", None), (".csv", None), (".dat", None)])
@SETTINGS
@given(data=st.binary(max_size=2000))
def test_fuzz_random_bytes(suffix, fmt, data):
    run_file(data, suffix, fmt)


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".html"])
@SETTINGS
@given(text=TEXT, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "utf-8-sig"]))
def test_fuzz_encoded_text(suffix, text, encoding):
    run_file(text.encode(encoding, errors="replace"), suffix)


@SETTINGS
@given(lines=st.lists(st.one_of(
    st.fixed_dictionaries({"id": st.one_of(st.integers(), st.text(max_size=5), st.none()),
                           "title": st.one_of(st.text(max_size=40), st.none(), st.integers()),
                           "text": st.one_of(TEXT, st.none(), st.lists(st.integers()))}),
    st.text(max_size=50)), max_size=8))
def test_fuzz_jsonl_records(lines):
    import json

    out = io.StringIO()
    for rec in lines:
        out.write((json.dumps(rec) if isinstance(rec, dict) else rec.replace("\n", " ")) + "\n")
    run_file(out.getvalue().encode("utf-8", errors="replace"), ".jsonl")


def _valid_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=20)
    pdf.cell(0, 10, "Kop van het stuk")
    pdf.ln(15)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Een alinea tekst in de PDF, die wat langer is dan een regel en dus wordt afgebroken. " * 3)
    return bytes(pdf.output())


PDF = _valid_pdf()


@settings(max_examples=80, deadline=None)
@given(cut=st.integers(0, len(PDF)), flips=st.lists(st.tuples(st.integers(0, len(PDF) - 1), st.integers(0, 255)),
                                                   max_size=6))
def test_fuzz_pdf_bytes(cut, flips):
    data = bytearray(PDF[:cut] if cut > 20 else PDF)
    for pos, val in flips:
        if pos < len(data):
            data[pos] = val
    run_file(bytes(data), ".pdf")


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=1500))
def test_fuzz_pdf_random(data):
    run_file(b"%PDF-1.4\n" + data, ".pdf")
