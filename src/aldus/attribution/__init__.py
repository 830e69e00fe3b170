"""Attribution: who says what. Quotes, cues, speakers and reported speech.

The stage is a chain of small pure extractors (textacy style):

1. :func:`.quotes.find_quotes` — quotation spans in any Dutch quote style;
2. :func:`.direct.quote_candidates` — which quotes are statements, and the cue/speaker
   mention around each (``'...', zegt X`` / ``X: '...'``);
3. :func:`.indirect.reported_speech` — "X zegt dat ...", "..., aldus X", "volgens X ...",
   "Dat concludeert X", "Uit onderzoek blijkt dat ...";
4. :func:`.merge.merge_candidates` — mixed quotes (reported speech holding a quoted
   fragment), one record per content span;
5. :mod:`.speakers` — mentions resolved to the fullest name in the article (pronouns to
   the most recent compatible source, descriptions to the named person with that role),
   the speaker carried over to a following quote without a cue.

``attribute(article, doc)`` wires them and returns :class:`aldus.model.Attribution`
records in reading order. It uses the dependency parse and NER when the pipeline has them
and falls back to word lists and capitalisation otherwise.
"""
from __future__ import annotations

from ..model import Article, Attribution
from .pipeline import attribute_candidates

__all__ = ["attribute", "attribute_candidates"]


def attribute(article: Article, doc) -> list[Attribution]:
    """Find every attribution in ``article`` given its spaCy ``doc`` (over article.text).

    Args:
        article: the article; its ``text`` and ``blocks`` give offsets and structure.
        doc: ``nlp(article.text)``; parse and entities are used when present.

    Returns:
        Attribution records in reading order; all offsets refer to ``article.text``.
    """
    text = article.text
    para_index = {}
    for b in article.blocks:
        if b.kind == "paragraph":
            para_index[(b.start, b.end)] = len(para_index)
    out = []
    for c in attribute_candidates(article, doc):
        para = next((i for (a, b), i in para_index.items() if a <= c.cstart < b), None)
        rec = Attribution(
            type=c.type, content=text[c.cstart:c.cend], start=c.cstart, end=c.cend,
            cue=text[c.cue[0]:c.cue[1]] if c.cue else None,
            cue_start=c.cue[0] if c.cue else None, cue_end=c.cue[1] if c.cue else None,
            speaker=c.speaker,
            speaker_mention=text[c.mention[0]:c.mention[1]] if c.mention else None,
            mention_start=c.mention[0] if c.mention else None,
            mention_end=c.mention[1] if c.mention else None,
            speaker_role=c.role, paragraph=para, confidence=round(max(0.05, min(1.0, c.confidence)), 2),
        )
        out.append(rec)
    return out
