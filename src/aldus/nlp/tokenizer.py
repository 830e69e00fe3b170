"""Tokenizer for Dutch news text (registered as ``aldus.nl_news_tokenizer.v1``).

Starts from spaCy's Dutch rules and adjusts them for newspaper copy:

* quotation marks ‘’ “” „” ,,'' and " are split off as tokens;
* ' and ’ as apostrophes stay inside words: auto's / auto’s, zo'n / zo’n, CDA'ers, sms'te;
  clitics 's 't 'n 'm 'r (also written with ’ or ‘) are single tokens: 's avonds, ‘s nachts, 't is;
  place names 's-Hertogenbosch / ’s-Gravenhage are one token; decades '70 / ’80 are one token;
* numbers stay whole: 60.000, 17,5%, 1.000.000, 2019-2020, 12:30, € 1,5;
* abbreviations keep their period: o.a., dhr., mevr., mr., drs., prof., bijv., t/m, v.l.n.r., z.g.a.n. ...;
* an em dash between words is split (zegt—gisteren—dat).
"""
from __future__ import annotations

import re

import spacy
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER, CONCAT_QUOTES, LIST_ELLIPSES, LIST_ICONS
from spacy.lang.nl import Dutch
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

APOS = "'’‘"

# Abbreviations with a final period that spaCy's Dutch exceptions lack (lower-case form; a capitalised
# variant is added automatically).
EXTRA_ABBREVIATIONS = """
a.d. aanv. afk. adj. b.g. excl. fam. gld. i.c.m. i.o.v. incl. kand. m.b.v. mld. mrd. mw. o.b.v. o.l.v. n.Chr.
v.l.n.r. z.g.a.n. kol. lt. ltz. u.i.t.s. n.a.w. bijz. secr. bc. gebr. ing. int. jhr. kap. max. min. mln. mld.
ned. nr. nrs. o.i. o.m. plv. pnt. r.k. resp. sc. sen. sr. st. tel. v.d. v.h. vert. vnl. vlg. vz. wnd. zgn.
""".split()

# whole tokens: 's-Hertogenbosch style names and decades ('70)
TOKEN_MATCH = re.compile(rf"^(?:[{APOS}]s-[{ALPHA_UPPER}][{ALPHA}\-]*|[{APOS}]\d\d)$")


def _special_cases(base: dict) -> dict:
    # (not the capitalised forms of legal abbreviations, "RTL.", "ING.", "VS.": in news copy they are
    # the names RTL, ING and VS before a full stop; initials, "J.", stay whole)
    cases = {k: v for k, v in base.items() if not (k.endswith(".") and len(k) > 2 and k[:-1].isalpha() and k[:-1].isupper())}

    def add(text: str, norm: str | None = None):
        if text not in cases:
            attrs = {ORTH: text}
            if norm:
                attrs[NORM] = norm
            cases[text] = [attrs]

    for abbr in EXTRA_ABBREVIATIONS:
        add(abbr)
        add(abbr[:1].upper() + abbr[1:])
    for a in APOS:
        for clitic, norm in (("s", "'s"), ("t", "'t"), ("n", "'n"), ("m", "'m"), ("r", "'r")):
            add(a + clitic, norm)
            add(a + clitic.upper(), norm)
    for txt in ("t/m", "T/m", "T/M", "v/d", "m/v", "M/V", "p/m", "a/b", "i/o"):
        add(txt)
    return cases


def _prefixes() -> list[str]:
    out = []
    guard = rf"(?![sStTnNmMrR]\b)(?!s-[{ALPHA_UPPER}])(?!\d\d\b)"
    for p in Dutch.Defaults.prefixes:
        if p in ("'", "‘", "’", "\\'"):
            out.append(re.escape(p.replace("\\", "")) + guard)
        else:
            out.append(p)
    return out


def _infixes() -> list[str]:
    quotes = CONCAT_QUOTES.replace("'", "").replace("’", "").replace("‘", "")
    return (
        LIST_ELLIPSES
        + LIST_ICONS
        + [
            rf"(?<=[{ALPHA_LOWER}])\.(?=[{ALPHA_UPPER}])",
            rf"(?<=[{ALPHA}])[,!?](?=[{ALPHA}])",
            rf'(?<=[{ALPHA}"])[:<>=](?=[{ALPHA}])',
            rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
            rf"(?<=[{ALPHA}])([{quotes}\)\]\(\[])(?=[{ALPHA}])",
            rf"(?<=[{ALPHA}])--(?=[{ALPHA}])",
            rf"(?<=[{ALPHA}0-9])—(?=[{ALPHA}0-9])",
        ]
    )


def make_tokenizer(nlp) -> Tokenizer:
    defaults = Dutch.Defaults
    return Tokenizer(
        nlp.vocab,
        rules=_special_cases(defaults.tokenizer_exceptions),
        prefix_search=compile_prefix_regex(_prefixes()).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(_infixes()).finditer,
        token_match=TOKEN_MATCH.match,
        url_match=defaults.url_match,
    )


@spacy.registry.tokenizers("aldus.nl_news_tokenizer.v1")
def create_nl_news_tokenizer():
    return make_tokenizer
