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


# --- articles of the same shape, invented for these tests (see data/pdfcopy/make_fixtures.py)

PDFCOPY = DATA / "pdfcopy"
FIELDS = ("headline", "standfirst", "caption", "caption_credit", "dateline", "byline")


def full_structure(article):
    out = {k: getattr(article, k) for k in FIELDS}
    out["body"] = structure(article)["body"]
    return out


@pytest.mark.parametrize("name", ["gemeente", "haven", "kermis"])
def test_pdftext_fixture_structure(name):
    (article,) = list(read_path(PDFCOPY / f"{name}.txt"))
    assert article.status == "ok", article
    assert article.format == "pdftext"
    expected = json.loads((PDFCOPY / f"{name}.structure.json").read_text(encoding="utf-8"))
    assert full_structure(article) == expected


def _fixture_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", PDFCOPY / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_pdftext_fixture_files_are_current():
    mf = _fixture_module()
    for name, art in mf.ARTICLES.items():
        assert (PDFCOPY / f"{name}.txt").read_text(encoding="utf-8") == mf.typeset(art)


def _sweep_cases():
    mf = _fixture_module()
    for name, art in mf.ARTICLES.items():
        for width in range(40, 121, 3):
            for gap in (0, 1):
                yield name, width, gap


@pytest.mark.parametrize("name,width,gap", list(_sweep_cases()))
def test_pdftext_any_column_width(name, width, gap):
    """The same articles typeset at many widths, with and without blank lines between
    lines: every typesetting whose paragraph ends can be seen gives the structure back."""
    from aldus.readers import read_text

    mf = _fixture_module()
    art = dict(mf.ARTICLES[name], width=width, gap=gap)
    article = read_text(mf.typeset(art), id=name, format="pdftext")
    got, expected = full_structure(article), mf.expected(art)
    if not mf.ambiguous(art):
        assert got == expected
    else:
        # a paragraph ends on a full line, so its end cannot be seen in the text; still,
        # no word may be lost, doubled or changed
        sent = []
        for kind, text in art["parts"]:
            if kind == "caption":
                text = " ".join(art["credit"])
            elif kind == "byline_line":
                text = art["byline"]
            if kind != "furniture":
                sent += text.replace(mf.SHY, "").split()
        assert sorted(w for b in article.blocks for w in b.text.split()) == sorted(sent)


def test_pdftext_detection_on_fixtures_and_plain():
    for name in ("gemeente", "haven", "kermis"):
        assert looks_like_pdftext((PDFCOPY / f"{name}.txt").read_text(encoding="utf-8"))
    plain = "Titel van het stuk\n\n" + "\n\n".join(
        "Dit is een alinea met een paar zinnen. Ze staat op één regel, zoals gewone tekst." for _ in range(8))
    assert not looks_like_pdftext(plain)


# --- line joining and page furniture

@pytest.mark.parametrize("lines,joined", [
    (["de verdedigings-", "linie houdt"], "de verdedigingslinie houdt"),
    (["de Wagner-baas en de", "Noord-", "Hollandse kust"], "de Wagner-baas en de Noord-Hollandse kust"),
    (["land-", "en tuinbouw"], "land- en tuinbouw"),
    (["een zee-", "egel"], "een zee-egel"),
    (["de NAVO-", "top"], "de NAVO-top"),
    (["gewoon", "verder"], "gewoon verder"),
])
def test_layout_join_hyphenation(lines, joined):
    from aldus.layout.lines import join_lines
    from aldus.layout.mapped import Mapped

    assert join_lines([Mapped.source(t, 0) for t in lines]).text == joined


def test_pdftext_furniture_dropped():
    text = "\n\n".join([
        "Het Dagblad | maandag 3 april 2023",
        "Brug gaat maanden dicht",
        "Door Jan Jansen",
        "De brug over de rivier gaat vanaf juni vier maanden dicht voor groot onderhoud aan",
        "de pijlers en het wegdek. Automobilisten moeten omrijden via de ring, meldt de",
        "provincie.",
        "12",
        "Fietsers en voetgangers kunnen wel gebruikmaken van een tijdelijke pontverbinding",
        "die elk kwartier vaart. De provincie verwacht in de spits flinke files op de",
        "toegangswegen naar de stad.",
        "BINNENLAND 5",
    ])
    blocks = layout_pdftext(text)
    kinds = [k for k, _ in blocks]
    texts = " ".join(m.text for _, m in blocks)
    assert "12" not in texts.split() and "BINNENLAND" not in texts and "Dagblad" not in texts
    assert kinds == ["headline", "byline", "paragraph", "paragraph"]
    assert blocks[1][1].text == "Jan Jansen"
    assert blocks[2][1].text.endswith("meldt de provincie.")


# --- offsets back to the source

def test_pdftext_source_map_bachmoet(bachmoet):
    """Every character of ``text`` that came from the input maps to that same character
    in the decoded input; only joining spaces and block separators map to nothing."""
    import random

    source = EXAMPLE.read_text(encoding="utf-8")
    text = bachmoet.text
    unmapped = 0
    for i, ch in enumerate(text):
        j = bachmoet.source_offset(i)
        if j is None:
            unmapped += 1
            assert ch.isspace()
        else:
            assert source[j] == ch
    assert unmapped < len(text) * 0.05
    rng = random.Random(7)
    for _ in range(200):
        a = rng.randrange(len(text))
        b = min(len(text), a + rng.randrange(1, 80))
        mapped = [bachmoet.source_offset(i) for i in range(a, b)]
        offsets = [j for j in mapped if j is not None]
        assert offsets == sorted(offsets)  # order kept
        pieces = "".join(source[j] for j in offsets)
        assert pieces == "".join(c for c, j in zip(text[a:b], mapped) if j is not None)
        if offsets:
            # the source stretch holds the same words, modulo whitespace and blank lines
            stretch = source[offsets[0]:offsets[-1] + 1]
            assert " ".join(stretch.split()) == " ".join(text[a:b].split()[:]) or \
                stretch.replace("-\n", "").split() == text[a:b].split()


def test_pdftext_source_map_dehyphenated_word():
    text = "Titel van het stuk\n\nDe troepen trekken zich terug achter de zware verdedigings-\n\nlinie die daar ligt, zeggen de analisten van het instituut in Den Haag en\n\nin Leiden, en daar blijven ze de komende maanden in elk geval nog wel zitten\n\nals het aan hen ligt, zo verwachten ze.\n"
    from aldus.readers import read_text

    art = read_text(text, id="t", format="pdftext")
    i = art.text.index("verdedigingslinie")
    word_src = [art.source_offset(i + k) for k in range(len("verdedigingslinie"))]
    assert None not in word_src
    assert "".join(text[j] for j in word_src) == "verdedigingslinie"
    assert word_src[len("verdedigings")] > word_src[len("verdedigings") - 1] + 2  # jumped the hyphen and line break
