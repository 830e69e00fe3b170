"""Which language is a text in? A stopword-profile detector, no model, no dependency.

Each profile is the ~60 most frequent function words of the language (taken from the
frequency lists behind the stopword sets that spaCy ships in ``spacy/lang/*/stop_words.py``,
cut to words that are short and common in news text). Words shared by two languages count
for both. The language whose words cover the largest share of the tokens wins, if that
share is large enough and clearly ahead of the runner-up.
"""
from __future__ import annotations

import re
from typing import Optional

PROFILES: dict[str, frozenset[str]] = {
    "nl": frozenset("""
de het een en van in is dat op te zijn met voor niet die er aan ook als maar om bij door
naar dan nog wel werd wordt worden heeft hebben had hij zij ze we wij ik je jij u hun haar
zich uit over tot deze dit was waren zal zou kan kunnen moet moeten geen meer veel al nu
wat wie waar hoe toen omdat want of dus zo zegt zei volgens tegen onder ons onze mijn
""".split()),
    "en": frozenset("""
the of and to a in is that for on it with as was were be by at this are from or an have
has had not but his her they their he she we you i its which who will would can could
there been more also said says about into than other after when what one all new them
our out up if no so do did only over
""".split()),
    "de": frozenset("""
der die das und ist nicht ein eine zu den dem des mit sich auf für von im ist auch es an
wird werden wurde hat haben sind war sie er wir ich du nach bei aus noch nur wie wenn
oder aber dass als am zum zur vom kann sagte über unter durch gegen
""".split()),
    "fr": frozenset("""
le la les de des du un une et est en dans que qui pour pas sur au aux avec ce cette il
elle ils nous vous je son sa ses leur par plus ne se été sont être avait mais ou où dit
selon comme tout très
""".split()),
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_TOKENS = 5
_MIN_SHARE = 0.12
_MIN_MARGIN = 1.3


def detect_language(text: str, *, max_chars: int = 20000) -> Optional[str]:
    """The ISO 639-1 code of the text's language (nl, en, de, fr), or None when unsure.

    Args:
        text: any text; only the first ``max_chars`` characters are read.
    Returns:
        the best language, or None for short or unclear text.
    """
    tokens = [t.lower() for t in _WORD.findall(text[:max_chars])]
    if len(tokens) < _MIN_TOKENS:
        return None
    scores = {lang: sum(t in words for t in tokens) / len(tokens) for lang, words in PROFILES.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < _MIN_SHARE or top < second * _MIN_MARGIN:
        return None
    return best
