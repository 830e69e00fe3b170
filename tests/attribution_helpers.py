"""Run the attribution stage on paragraphs written in a test, checking every offset."""
from aldus.attribution import attribute
from aldus.model import build_article


def attribute_paragraphs(nlp, *paragraphs, headline="Nieuws uit de regio", byline=None):
    """Build an article (headline, optional byline, paragraphs), attribute it and return
    ``(article, records)`` after checking that content, cue and mention offsets point at
    exactly those strings in the article text."""
    blocks = [("headline", headline)]
    if byline:
        blocks.append(("byline", byline))
    blocks += [("paragraph", p) for p in paragraphs]
    art = build_article(id="t", source="t", format="txt", blocks=blocks)
    recs = attribute(art, nlp(art.text))
    for r in recs:
        assert art.text[r.start:r.end] == r.content
        if r.cue is not None:
            assert art.text[r.cue_start:r.cue_end] == r.cue
        if r.speaker_mention is not None:
            assert art.text[r.mention_start:r.mention_end] == r.speaker_mention
    return art, recs


def speaker_of(records, start):
    """The speaker of the first record whose content starts with ``start`` ("<none>" if no
    record does, so an assertion shows what went missing)."""
    hit = next((r for r in records if r.content.startswith(start)), None)
    return hit.speaker if hit is not None else "<none>"
