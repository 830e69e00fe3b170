"""HTML pages through trafilatura, with their metadata."""
from aldus.readers import read_path, read_text

PAGE = """<!DOCTYPE html>
<html lang="nl"><head>
<meta charset="utf-8">
<title>Nieuwe brug over de rivier | Het Dagblad</title>
<meta property="og:title" content="Gemeente bouwt nieuwe brug over de rivier">
<meta property="og:site_name" content="Het Dagblad">
<meta name="author" content="Jan Jansen">
<meta property="article:published_time" content="2023-05-09T10:00:00+02:00">
<link rel="canonical" href="https://www.example.org/nieuws/brug">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Gemeente bouwt nieuwe brug over de rivier</h1>
<p>De gemeente gaat een nieuwe brug bouwen over de rivier. Dat heeft de gemeenteraad dinsdagavond besloten na een lang debat over de kosten.</p>
<p>De oude brug is volgens de gemeente versleten. Inspecteurs vonden vorig jaar scheuren in de pijlers, waarna vrachtverkeer er niet meer over mocht.</p>
<p>‘We hadden geen keus’, zegt wethouder Karin Bos. De bouw begint volgend voorjaar en duurt naar verwachting twee jaar.</p>
</article>
<footer><p>© Het Dagblad. Alle rechten voorbehouden.</p></footer>
</body></html>
"""


def test_html_page_with_metadata(tmp_path):
    p = tmp_path / "brug.html"
    p.write_text(PAGE, encoding="utf-8")
    (art,) = list(read_path(p))
    assert art.status == "ok", art
    assert art.format == "html" and art.language == "nl"
    assert art.headline == "Gemeente bouwt nieuwe brug over de rivier"
    assert art.byline == "Jan Jansen"
    assert art.published and art.published.startswith("2023-05-09")
    assert art.outlet == "Het Dagblad"
    assert art.url == "https://www.example.org/nieuws/brug"
    assert len(art.paragraphs) == 3
    assert art.paragraphs[0].startswith("De gemeente gaat een nieuwe brug bouwen")
    assert art.paragraphs[2].startswith("‘We hadden geen keus’, zegt wethouder Karin Bos.")
    assert not any("Home" in p or "rechten" in p for p in art.paragraphs)


def test_html_source_map_points_into_page():
    art = read_text(PAGE, id="brug")  # recognised as HTML by its content
    assert art.format == "html"
    b = next(b for b in art.blocks if b.kind == "paragraph")
    offsets = [art.source_offset(i) for i in range(b.start, b.end)]
    assert None not in offsets
    assert "".join(PAGE[j] for j in offsets) == b.text
