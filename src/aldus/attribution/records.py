"""The internal candidate record the extractors yield before speakers are resolved."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .quotes import Quote


@dataclass
class Candidate:
    """One attribution before resolution. Offsets are characters in the article text."""

    type: str                       # direct / indirect / mixed
    cstart: int
    cend: int
    rule: str
    confidence: float
    cue: Optional[tuple[int, int]] = None
    mention: Optional[tuple[int, int]] = None
    quote: Optional[Quote] = None
    carry: bool = False             # no cue: the speaker comes from context
    same_as_prev: bool = False      # second half of an interrupted or reopened quote
    target_prev_sentence: bool = False  # "Dat zegt X." points back at the sentence before
    speaker: Optional[str] = None   # filled by resolution
    role: Optional[str] = None
