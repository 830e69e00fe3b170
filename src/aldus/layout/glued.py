"""Subheads glued into a one-line body.

Articles exported from a news database to one line per body keep their inline subheads as
plain words between two sentences: "... niet vergeven. Kiesraad Het laatste woord is aan
...". Left in place, the subhead becomes the first words of the next sentence, and that
sentence no longer opens with its subject ("Kiesraad Het laatste woord"), which misleads
every rule that asks "who opens this sentence".

Signals, all required:

* the phrase starts right after a sentence end (or a closing quote after one);
* it is one to five words, the first capitalised, with no punctuation inside;
* the next sentence opens with a frequent sentence-initial function word followed by a
  lowercase word ("Het laatste", "Ook oppositieleider", "Sinds de"), or with an opening
  quotation mark — so "Minister De Jonge" or "In Het Parool" never split;
* the phrase itself does not open with such a function word ("Hij zei 'Nee'").

An all-capitals section label opening a body ("ZORG Terecht maken ...") is cut off too.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..lang.nl.words import PERSON_NOUNS, ROLE_SUFFIXES

#: words that often open a Dutch sentence and are never capitalised inside one
OPENERS = frozenset("""De Het Een In Op Bij Na Voor Met Door Uit Over Tijdens Sinds Volgens Ook Maar En
Toch Wel Nu Dan Daar Dat Die Dit Deze Er Hij Zij Ze Wij We Ik Als Omdat Hoewel Toen Zo Vooral Daarnaast Van
Bovendien Inmiddels Vorig Vorige Afgelopen Eind Begin Al Of Wat Wie Waar Hoe Nog Zelfs Alleen Juist
Intussen Eerder Later Daarom Daarna Verder Want Ondanks Naast Tegen Zonder Onder Aan Om Tot Sommige
Veel Vele Andere Iedereen Niemand Niet Geen Hun Zijn Haar Mijn Onze Ons Waarom Wanneer Terwijl Hier
Ruim Bijna Meer Minder Slechts Pas Vervolgens Tenslotte Uiteindelijk Opvallend Even Soms Vaak Nooit
Altijd Morgen Gisteren Vandaag Binnenkort Straks Dus Echter Helaas Gelukkig Natuurlijk Eigenlijk Misschien
Waarschijnlijk Hierdoor Daardoor Hiermee Daarmee Desondanks Nadat Voordat Zodra Wanneer Vanaf Tussen
Binnen Buiten Rond Halverwege Onderweg Ondertussen Tegelijk Tegelijkertijd Vroeger Aanvankelijk Daarbij
Hierbij Sowieso Kortom Overigens Alsnog Nogmaals Toen Ineens Plotseling Opeens Direct Meteen Bijvoorbeeld""".split())

_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w'’&-]*"
_GLUED = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…]['’”\"»])|(?<=[.!?…]''))\s+"
    r"(?P<head>[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\s+" + _WORD + r"){0,4}?)"
    r"\s+(?=(?P<next>(?:,,|[\"'‘“„«])?[A-ZÀ-ÖØ-Þ][\w'’-]*)(?P<after>\s+\S+)?)")
_SECTION_LABEL = re.compile(r"^(?P<head>[A-ZÀ-ÖØ-Þ]{3,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,})?)\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
#: words that end no subhead: a sentence goes on after them into the quote
_GOES_ON = frozenset("""van tegen over als met voor in op de het een zijn is was en of om aan tot door naar bij
noemt noemen noemde heet heten spreekt spreken sprak zegt zeggen zei""".split())
_QUOTE_OPEN = (",,", '"', "'", "‘", "“", "„", "«")


def find_glued_subheads(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each subhead glued between two sentences of ``text``."""
    m = _SECTION_LABEL.match(text)
    if m and not m.group("head").isdigit():
        yield m.start("head"), m.end("head")
    for m in _GLUED.finditer(text):
        head, nxt, after = m.group("head"), m.group("next"), (m.group("after") or "").strip()
        words = head.split()
        if words[0] in OPENERS or words[0].isupper() and len(words) == 1:
            continue  # "Hij zei ...", an acronym opening a sentence ("NAVO ...")
        if nxt.startswith(_QUOTE_OPEN):
            if len(words) < 2 or words[-1].lower() in _GOES_ON:
                continue  # "Nee. 'Dat ...'"; "Bewoners spreken van 'De ...'": a sentence goes on
        elif not (nxt not in OPENERS and _named_subject_after(words, text[m.end():])):
            if nxt not in OPENERS:
                continue
            if not after or not after[0].islower():
                continue  # "Minister De Jonge", "In Het Parool": a name goes on
        yield m.start("head"), m.end("head")


#: a full name, then a comma or an age: the subject of the next sentence with its apposition
_NAME_THEN_COMMA = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:van|de|der|den|ten|ter|[A-ZÀ-ÖØ-Þ][\w'’-]*)){1,4}"
                              r"(?:,\s|\s\(\d{1,3}\)\s)")


def _named_subject_after(words: list[str], rest: str) -> bool:
    """"Vrij gewaagd Anna Smit, hoogleraar in Delft, noemt ...": two or three words of a
    subhead (capitalised, then lower case, no role: not "Hoogleraar geschiedenis Jan Smit,")
    before a sentence that opens with a full name and its apposition or age ("Anna Smit (35)")."""
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words[1:]):
        return False
    if any(w in _GOES_ON or w == "als" for w in words[1:]):
        return False  # "Bijvoorbeeld als eiser Jan Smit, ...": a sentence goes on
    if any(w.lower() in PERSON_NOUNS or w.lower().endswith(ROLE_SUFFIXES) for w in words):
        return False  # "Hoogleraar geschiedenis Jan Smit, ...": a role before the name
    return bool(_NAME_THEN_COMMA.match(rest))
