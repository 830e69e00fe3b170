"""The Dutch language pipeline (stub: a blank Dutch pipeline until the trained one lands)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MODEL_DIR = Path(__file__).parent / "model"


def model_path() -> Path:
    return MODEL_DIR


@lru_cache(maxsize=None)
def load():
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return nlp
