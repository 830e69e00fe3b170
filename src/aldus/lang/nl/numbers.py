"""Dutch number words, scale words, currencies and month names for the claims stage.

Provenance: Dutch cardinal numerals and month names (Woordenlijst Nederlandse Taal),
newspaper abbreviations (mln, mld) and currency signs; written for aldus.
"""
from __future__ import annotations

NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30,
    "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
    "honderd": 100, "duizend": 1000,
}

SCALES = {"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9, "mrd": 1e9,
          "biljoen": 1e12}

#: unit words → normalised unit
UNITS = {"procent": "%", "%": "%", "procentpunt": "procentpunt", "procentpunten": "procentpunt",
         "euro": "EUR", "€": "EUR", "dollar": "USD", "$": "USD", "pond": "GBP", "£": "GBP"}

MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep",
          "sept", "okt", "nov", "dec"}

#: words before a bare year that make it a date ("in 2019", "sinds 1990")
YEAR_CONTEXT = {"in", "sinds", "vanaf", "tot", "eind", "begin", "medio", "halverwege", "voor", "na",
                "rond", "jaar", "zomer", "winter", "voorjaar", "najaar", "van", "t/m", "tussen", "en"}
