"""PDF files with a text layer, made by the tests with fpdf2."""
import pytest

fpdf = pytest.importorskip("fpdf")

from aldus.readers import read_path  # noqa: E402
from aldus.readers.pdf import extract_text  # noqa: E402

HEADLINE = "Gemeente bouwt nieuwe brug over de rivier"
PARAS = [
    "De gemeente gaat een nieuwe brug bouwen over de rivier. Dat heeft de gemeenteraad dinsdagavond "
    "besloten na een lang debat over de kosten en de gevolgen voor de scheepvaart.",
    "De oude brug is volgens de gemeente versleten. Inspecteurs vonden vorig jaar scheuren in de "
    "pijlers, waarna vrachtverkeer er niet meer over mocht.",
    "De bouw begint volgend voorjaar en duurt naar verwachting twee jaar. In die tijd varen er "
    "extra pontjes tussen de beide oevers.",
    "Omwonenden zijn blij met het besluit, maar maken zich zorgen over de overlast tijdens de bouw. "
    "Zij willen dat de gemeente een klankbordgroep opricht.",
]
CAPTION = "De oude brug over de rivier, gezien vanaf de dijk. Foto ANP"


def _pdf():
    pdf = fpdf.FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    return pdf


def _column(pdf, x, y, w, paras, size=10, lh=5):
    pdf.set_font("Helvetica", size=size)
    for p in paras:
        pdf.set_xy(x, y)
        pdf.multi_cell(w, lh, p, align="L")
        y = pdf.get_y() + lh  # a blank line between paragraphs
    return y


def one_column(path):
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=22)
    pdf.set_xy(15, 20)
    pdf.multi_cell(180, 10, HEADLINE)
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(15, 285)
    pdf.cell(180, 5, "3", align="C")
    _column(pdf, 15, 40, 180, PARAS)
    pdf.output(str(path))


def flow(pdf, paras, frames, size=10, lh=5):
    """Set paragraphs line by line through column frames ``(page, x, y, w, lines)``, as a
    typesetter does: a blank line between paragraphs, none at the top of a column."""
    pdf.set_font("Helvetica", size=size)
    queue = []
    for p in paras:
        if queue:
            queue.append(None)
        queue.extend(pdf.multi_cell(frames[0][3], lh, p, dry_run=True, output="LINES"))
    for page, x, y, w, n in frames:
        while pdf.page < page:
            pdf.add_page()
            furniture(pdf, pdf.page)
        pdf.set_font("Helvetica", size=size)
        k = 0
        while queue and k < n:
            line = queue.pop(0)
            if line is None and k == 0:
                continue
            if line is not None:
                pdf.set_xy(x, y + k * lh)
                pdf.cell(w, lh, line)
            k += 1


def furniture(pdf, page):
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(15, 8)
    pdf.cell(180, 4, "Het Dagblad - binnenland")
    pdf.set_xy(15, 287)
    pdf.cell(180, 4, str(page), align="C")


LAST = ("Wie over de brug wil, moet de komende maanden rekening houden met omleidingen. De "
        "gemeente zet borden neer en stuurt alle omwonenden een brief.")


def two_columns(path):
    pdf = _pdf()
    pdf.add_page()
    furniture(pdf, 1)
    pdf.set_font("Helvetica", style="B", size=24)
    pdf.set_xy(15, 20)
    pdf.multi_cell(180, 11, HEADLINE)
    pdf.rect(15, 45, 180, 60)          # the photo
    pdf.set_font("Helvetica", style="I", size=8)
    pdf.set_xy(15, 106)
    pdf.multi_cell(180, 4, CAPTION)
    # left column, right column, then the left column of page 2: paragraphs run on across
    flow(pdf, PARAS + [LAST], [(1, 15, 118, 85, 7), (1, 110, 118, 85, 11), (2, 15, 20, 85, 40)])
    pdf.output(str(path))


def test_pdf_one_column(tmp_path):
    p = tmp_path / "een.pdf"
    one_column(p)
    (art,) = list(read_path(p))
    assert art.status == "ok", art
    assert art.format == "pdf" and art.language == "nl"
    assert art.headline == HEADLINE
    assert art.paragraphs == PARAS
    assert "3" not in art.text.split()


def test_pdf_two_columns_reading_order_and_caption(tmp_path):
    p = tmp_path / "twee.pdf"
    two_columns(p)
    (art,) = list(read_path(p))
    assert art.status == "ok", art
    assert art.headline == HEADLINE
    assert art.caption == "De oude brug over de rivier, gezien vanaf de dijk."
    assert art.caption_credit == "ANP"
    assert art.paragraphs == PARAS + [LAST]
    assert "Dagblad" not in art.text  # running head dropped


def test_pdf_source_map_points_into_extracted_text(tmp_path):
    p = tmp_path / "twee.pdf"
    two_columns(p)
    (art,) = list(read_path(p))
    src = extract_text(p)
    mapped = [(i, art.source_offset(i)) for i in range(len(art.text))]
    assert sum(j is not None for _, j in mapped) > 0.9 * len(art.text)
    assert all(src[j] == art.text[i] for i, j in mapped if j is not None)


def test_pdf_caption_by_font_and_standfirst(tmp_path):
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Times", style="B", size=26)
    pdf.set_xy(15, 15)
    pdf.multi_cell(180, 12, HEADLINE)
    pdf.set_font("Times", size=13)
    pdf.set_xy(15, 45)
    pdf.multi_cell(180, 6, "De raad stemde na een lang debat in met het plan.")
    pdf.rect(15, 60, 120, 50)
    pdf.set_font("Times", size=7.5)
    pdf.set_xy(15, 111)
    pdf.multi_cell(120, 4, "Het stadhuis bij avond.")
    pdf.set_font("Times", size=10)
    y = 125
    for para in PARAS[:2]:
        pdf.set_xy(15, y)
        pdf.multi_cell(180, 5, para)
        y = pdf.get_y() + 5
    p = tmp_path / "foto.pdf"
    pdf.output(str(p))
    (art,) = list(read_path(p))
    assert art.headline == HEADLINE
    assert art.standfirst == "De raad stemde na een lang debat in met het plan."
    assert art.caption == "Het stadhuis bij avond." and art.caption_credit is None
    assert art.paragraphs == PARAS[:2]


def test_pdf_without_headline_type(tmp_path):
    pdf = _pdf()
    pdf.add_page()
    _column(pdf, 15, 20, 180, PARAS[:2])
    p = tmp_path / "platte.pdf"
    pdf.output(str(p))
    (art,) = list(read_path(p))
    assert art.headline is None
    assert art.paragraphs == PARAS[:2]
