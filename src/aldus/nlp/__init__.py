"""The Dutch language pipeline: aldus's own spaCy 3.8 pipeline for Dutch news, shipped in ``model/``.

``load()`` returns the spaCy ``Language`` (cached). It reads only the local model directory and never touches
the network. Components: ``aldus_block_sentences`` (sentence starts after every "\\n\\n" block separator,
quote-aware), ``tok2vec``, ``morphologizer`` (UPOS + FEATS), ``trainable_lemmatizer``, ``parser`` (UD labels,
also sentence boundaries), ``ner`` (PER/ORG/LOC/MISC, own tok2vec). See MODEL.md.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MODEL_DIR = Path(__file__).parent / "model"


def model_path() -> Path:
    return MODEL_DIR


def register() -> None:
    """Import the modules that register aldus's spaCy functions (tokenizer, components, callbacks)."""
    from . import components, tokenizer  # noqa: F401


@lru_cache(maxsize=None)
def load():
    import spacy

    register()
    path = model_path()
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"no trained pipeline at {path}; run `aldus model train --data ../shared/data`")
    # The tokenizer is built from code (aldus.nl_news_tokenizer.v1 in the shipped config), so its serialized
    # copy is not read back: that halves the cold start and keeps code and model in step.
    return spacy.load(path, exclude=["tokenizer"])
