"""Write the PDF-copy fixtures: invented Dutch articles, typeset the way text copied out
of a newspaper PDF looks, with the structure they were made from.

Run from the repository root: ``python3 tests/data/pdfcopy/make_fixtures.py``.
The articles are made up for these tests. Each is typeset at its own column width;
words carry soft hyphens (U+00AD) where the typesetter may split them at a line end.
The expected structure is written from the article's parts, not from aldus' output.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
SHY = "\u00ad"


def wrap(text: str, width: int) -> list[str]:
    """Greedy wrap at ``width`` characters; split a word at a soft hyphen when that fits."""
    lines, line = [], ""
    for word in text.split():
        cand = (line + " " + word).strip() if line else word
        if len(cand.replace(SHY, "")) <= width:
            line = cand
            continue
        # try to split the word at its last soft hyphen that still fits
        parts = word.split(SHY)
        done = False
        for k in range(len(parts) - 1, 0, -1):
            head = SHY.join(parts[:k]).replace(SHY, "") + "-"
            trial = (line + " " + head).strip()
            if len(trial) <= width:
                lines.append(trial)
                line = SHY.join(parts[k:])
                done = True
                break
        if not done:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return [ln.replace(SHY, "") for ln in lines]


def typeset(article: dict) -> str:
    """The article as a PDF copy: one printed line per line, a blank line after each."""
    w = article["width"]
    gap = article.get("gap", 1)
    out: list[str] = []

    def emit(lines, extra_gap=0):
        for ln in lines:
            out.append(ln + " ")
            out.extend([""] * gap)
        out.extend([" "] * extra_gap)

    for kind, text in article["parts"]:
        if kind in ("furniture",):
            emit([text])
        elif kind in ("headline", "byline_line", "dateline", "subhead"):
            emit([text], extra_gap=article.get("header_gap", 0) if kind == "headline" else 0)
        else:
            emit(wrap(text, w))
    return "\n".join(out) + "\n"


def expected(article: dict) -> dict:
    exp: dict = {"headline": None, "standfirst": None, "caption": None, "caption_credit": None,
                 "dateline": None, "byline": None, "body": []}
    for kind, text in article["parts"]:
        text = text.replace(SHY, "")
        if kind == "furniture":
            continue
        if kind == "caption":
            cap, credit = article["credit"]
            exp["caption"], exp["caption_credit"] = cap, credit
        elif kind == "byline_line":
            exp["byline"] = article["byline"]
        elif kind in ("paragraph", "subhead"):
            exp["body"].append({"p" if kind == "paragraph" else "subhead": text})
        else:
            exp[kind] = text
    return exp


ARTICLES = {
    "gemeente": {
        "width": 72,
        "byline": "Jan Jansen",
        "credit": ("Wethouder Karin Bos bij de nieuwe fietsenstalling.", "ANP"),
        "parts": [
            ("furniture", "de Dagkrant | dinsdag 14 maart 2023"),
            ("headline", "Stad zoekt ruimte voor duizenden fietsen"),
            ("standfirst", "De gemeente wil de stalling bij het station verdubbelen. Winkeliers "
                           "vrezen dat de bouw jaren overlast geeft."),
            ("caption", "Wethouder Karin Bos bij de nieuwe fietsenstalling. Foto ANP"),
            ("byline_line", "Door Jan Jansen"),
            ("dateline", "ZWOLLE"),
            ("paragraph", "De stalling onder het stationsplein zit elke ochtend om acht uur vol. "
                          "Reizigers zetten hun fiets daarna tegen hekken, lantaarnpalen en de gevels "
                          "van de winkels in de straat naar het centrum. Dat leidt tot klachten over "
                          "de ver\u00adkeers\u00addrukte en over fietsen die op de stoep omvallen."),
            ("paragraph", "Wethouder Bos wil daarom een tweede kelder laten graven. ‘We hebben "
                          "geen keus’, zegt ze. ‘Het aantal reizigers groeit elk jaar.’"),
            ("furniture", "7"),
            ("paragraph", "De plannen liggen sinds vorige week ter inzage. Volgens de gemeente "
                          "kost de uitbreiding ruim twaalf miljoen euro, waarvan de provincie "
                          "Noord-Holland een deel zou betalen. De provincie heeft daar nog niet op "
                          "gereageerd."),
            ("subhead", "Overlast"),
            ("paragraph", "Winkeliers in de Stationsstraat zijn niet blij. Zij rekenen op drie jaar "
                          "werk aan de weg, met hekken voor de deur en minder klanten. ‘Ik snap dat "
                          "er iets moet gebeuren’, zegt een eigenaar van een bakkerij. ‘Maar "
                          "waarom moet het allemaal tegelijk?’"),
            ("paragraph", "De gemeenteraad praat in april over het voorstel."),
        ],
    },
    "haven": {
        "width": 58,
        "gap": 1,
        "header_gap": 3,
        "byline": "Petra de Wit",
        "credit": ("Containers op de kade in de vroege ochtend.", "Getty Images"),
        "parts": [
            ("headline", "Haven sluit recordjaar af met minder schepen"),
            ("byline_line", "Petra de Wit"),
            ("paragraph", "Er kwamen vorig jaar minder schepen de haven binnen, maar ze brachten "
                          "meer vracht mee dan ooit. Dat blijkt uit de jaarcijfers die het "
                          "havenbedrijf maandag presenteerde."),
            ("caption", "Containers op de kade in de vroege ochtend. Beeld Getty Images"),
            ("paragraph", "De schepen worden steeds groter. Een gemiddeld containerschip is nu "
                          "bijna een kwart langer dan tien jaar geleden, zegt directeur Ahmed "
                          "El Amrani. ‘Daar moeten de kades op worden aangepast, en dat is een "
                          "dure klus.’ Het bedrijf investeert de komende jaren in nieuwe "
                          "kranen en in het uit\u00adbag\u00adgeren van de vaargeul."),
            ("furniture", "ECONOMIE 15"),
            ("subhead", "zorgen over stikstof"),
            ("paragraph", "Milieuorganisaties vinden dat de haven te weinig doet aan de uitstoot "
                          "van stikstof. Ze willen dat schepen aan de kade stroom van de wal "
                          "gebruiken in plaats van hun eigen motoren te laten draaien."),
            ("paragraph", "Het havenbedrijf zegt dat die aansluitingen er komen, maar dat de "
                          "netbeheerder nog niet genoeg capaciteit heeft."),
        ],
    },
    "kermis": {
        "width": 95,
        "gap": 0,
        "byline": None,
        "credit": ("Bezoekers in de draaimolen op de eerste avond.", "Reuters"),
        "parts": [
            ("headline", "Kermis trekt meer bezoekers dan verwacht"),
            ("caption", "Bezoekers in de draaimolen op de eerste avond. Beeld Reuters"),
            ("dateline", "TILBURG"),
            ("paragraph", "Op de eerste dag van de kermis kwamen ruim honderdduizend mensen naar de "
                          "binnenstad, meldt de organisatie. Dat zijn er veel meer dan vorig jaar, "
                          "toen het de hele week regende en veel attracties al vroeg dichtgingen."),
            ("paragraph", "De politie spreekt van een rustige avond. Er werden twee mensen "
                          "aangehouden voor zakkenrollerij. ‘Voor zo’n grote menigte is dat heel "
                          "weinig’, aldus een woordvoerder."),
            ("subhead", "Nieuwe attracties"),
            ("paragraph", "Dit jaar staan er voor het eerst ook attracties in het stadspark. De "
                          "gemeente wil zo de drukte in de smalle straten rond de markt verminderen. "
                          "Of dat werkt, moet de komende dagen blijken."),
        ],
    },
}


def main():
    for name, article in ARTICLES.items():
        (HERE / f"{name}.txt").write_text(typeset(article), encoding="utf-8")
        (HERE / f"{name}.structure.json").write_text(
            json.dumps(expected(article), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()


SLACK = 0.95  # proportional type: a line is "full" within 5% of the column width


def ambiguous(article: dict) -> bool:
    """True when a paragraph's last line is full and the next block starts capitalised:
    then nothing in the copied text shows the paragraph end, and no reader can find it."""
    w = article["width"]
    parts = [(k, t) for k, t in article["parts"] if k != "furniture"]
    for (kind, text), (_, nxt) in zip(parts, parts[1:]):
        if kind in ("paragraph", "standfirst", "caption"):
            last = wrap(text, w)[-1]
            if len(last) + 1 + len(nxt.split()[0]) > w * SLACK:
                return True
    return False
