"""One flow: structured articles in, analysed articles out.

readers → layout (already done by the readers) → nlp (spaCy) → attribution → claims.
Articles are processed in batches with ``nlp.pipe``; an article whose analysis fails is
turned into a :class:`ReadError` and the batch goes on.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator, Optional, Union

from .model import Article, Entity, ReadError

LOGGER = logging.getLogger(__name__)

Item = Union[Article, ReadError]


def analyze(items: Iterable[Item], *, nlp=None, batch_size: int = 16,
            structure_only: bool = False) -> Iterator[Item]:
    """Analyse articles; ReadErrors pass through untouched, in order."""
    if structure_only:
        yield from items
        return
    if nlp is None:
        from .nlp import load

        nlp = load()
    from .attribution import attribute
    from .claims import find_quantities
    from .entities import harmonise

    batch: list[Item] = []

    def flush():
        arts = [a for a in batch if isinstance(a, Article)]
        try:
            docs = iter(list(nlp.pipe((a.text for a in arts), batch_size=batch_size)))
        except Exception:  # find the bad article: redo one by one, errors handled below
            LOGGER.warning("batch failed in the language pipeline; retrying its articles one by one")
            docs = iter([_safe_nlp(nlp, a.text) for a in arts])
        for item in batch:
            if isinstance(item, ReadError):
                yield item
                continue
            try:
                doc = next(docs)
                if isinstance(doc, Exception):
                    raise doc
                item.entities = [Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char)
                                 for e in doc.ents]
                item.quantities = find_quantities(doc)
                item.attributions = attribute(item, doc)
                # (after attribution: who is quoted tells which names are people)
                item.entities = harmonise(item.entities, item.text, item.attributions)
                yield item
            except Exception as exc:  # one bad article never stops a corpus run
                LOGGER.exception("analysis failed for %s", item.source)
                yield ReadError(id=item.id, source=item.source,
                                error=f"analysis failed: {type(exc).__name__}: {exc}")

    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def _safe_nlp(nlp, text):
    try:
        return nlp(text)
    except Exception as exc:
        return exc


def analyze_one(article: Article, nlp=None) -> Article:
    out = next(analyze([article], nlp=nlp))
    if isinstance(out, ReadError):
        raise RuntimeError(str(out))
    return out
