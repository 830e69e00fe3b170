"""Word lists and patterns the layout rules use (data only).

Sources: the conventions of Dutch newspaper pages (credit lines "Beeld ..."/"Foto ...",
bylines "Door ...", all-caps datelines) and the names of the big photo and news
agencies that appear in those credit lines.
"""
from __future__ import annotations

import re

# Words that open a photo credit at the end of a caption: "... Beeld ap", "Foto ANP".
CREDIT_WORDS = ("Beeld", "Foto", "Foto's", "Fotografie", "Illustratie", "Afbeelding",
                "Photo", "Image", "Credit", "Beeld:", "Foto:", "Illustratie:")

# Agencies that may stand alone as the credit: "... in Den Haag. ANP".
AGENCIES = ("ANP", "AP", "AFP", "EPA", "Reuters", "Getty Images", "Getty", "Hollandse Hoogte",
            "Belga", "DPA", "Shutterstock", "iStock", "Xinhua", "Bloomberg", "Pro Shots",
            "Sportfoto", "Novum", "NOS", "Pixabay", "Unsplash")

# Closing quote marks and brackets that may follow sentence-final punctuation.
CLOSERS = "'\"’”»)]"
FINAL_PUNCT = ".!?:;…"

# Name particles that stay lowercase inside Dutch (and some foreign) names.
NAME_PARTICLES = frozenset("van de der den ter ten te het in 't op von zu da di del della du le la el al bin ben y".split())

# Capitalised words that start sentences or are titles, never the first word of a byline name.
NOT_NAME_WORDS = frozenset("""
De Het Een Dat Die Deze Dit Dan Daar Daarom Dus En Maar Of Want Als Toen Nu Ook Wel Niet Nog Zo
Er Hij Zij Ze Wij We Je Jij U Ik Men In Op Bij Met Voor Na Naar Van Om Over Uit Tot Door Tegen Onder
Volgens Omdat Hoewel Terwijl Zodra Sinds Tijdens Zonder Wie Wat Waar Waarom Hoe Welke Veel Alle Elke
Ieder Iedereen Geen Sommige Andere Beide Toch Pas Zelfs Vooral Daarna Verder Bovendien Intussen
Inmiddels Eerder Later Gisteren Vandaag Morgen Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag
Zondag Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
Premier Minister Staatssecretaris President Burgemeester Koning Koningin Prins Prinses Paus
Meneer Mevrouw Dokter Professor Trainer Directeur Voorzitter Lees Bekijk Meer Foto Beeld Video
The A An This That It He She They We I In On At For With By From Of To As But And Or If When
Mr Mrs Ms Dr Sir Read Watch Photo Image Credit Copyright
Eerste Tweede Derde Vierde Nieuwe Oude Grote Kleine Hoge Lage Nationale Europese Nederlandse
""".split())

# Words that open a byline line: "Door Jan Jansen", "Tekst: Jan Jansen", "By Jane Doe".
BYLINE_OPENERS = re.compile(r"^(?:Door|Tekst(?: en foto's)?:?|Verslag:?|By|Van onze (?:correspondent|verslaggever|redacteur)(?:s)?)\s+", re.I)

DUTCH_MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december "
                "jan feb mrt apr jun jul aug sep sept okt nov dec").split()
DUTCH_DAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()

# A date as it appears in running heads: "vrijdag 12 mei 2023", "12-05-2023".
DATE_RE = re.compile(
    r"\b\d{1,2}\s+(?:" + "|".join(DUTCH_MONTHS) + r")\.?\s+\d{4}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b", re.I)
PAGE_NUMBER_RE = re.compile(r"^(?:(?:pagina|blz\.?|p\.|page)\s*)?\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?$", re.I)
