"""Direct quotes: decide which quotation spans are attributions (not scare quotes or
titles) and find their cue and speaker mention around them:

- ``'...', zegt X`` / ``'...', aldus X`` / ``'...', laat X weten`` (cue right after);
- ``X: '...'`` / ``X zegt: '...'`` / ``zegt X: '...'`` (cue or colon before);
- ``'A', zegt X, 'B'``: B is the same speaker's second record;
- a quote with no cue: the speaker is carried over later (see :mod:`.carry`).
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..lang.nl.first_names import FIRST_NAMES
from ..lang.nl.words import NOT_NAMES, PRONOUNS, TITLE_NOUNS
from .cues import Cue, cue_at, cue_text_span
from .quotes import Quote
from .records import Candidate
from .speakers import fronted_non_source, is_source_np, np_after, np_before, speaking_source, subject_of
from .text import TokenIndex, has_parse

_SPEECH = {"speech", "belief", "finding", "aldus", "naming"}
_SENT_PUNCT = re.compile(r"[.!?…]['’”\"]?$")
_CLOSERS = set("'’”\"»“")


def _prev_char(text: str, i: int, lo: int) -> str:
    j = i - 1
    while j >= lo and text[j].isspace():
        j -= 1
    return text[j] if j >= lo else ""


def _n_words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def right_cue(doc, tix: TokenIndex, text: str, q: Quote, sent_hi: int):
    """Cue and mention right after a quote: ", zegt X" / ", aldus X" / " zei ze"."""
    k = tix.at_or_after(q.end)
    hi = tix.at_or_after(sent_hi)
    comma = False
    while k < hi and doc[k].text in {",", "-", "–", "—"}:
        comma = True
        k += 1
    comma = comma or text[q.cend:q.end + 1].strip()[:1] in {","} or text[q.cend - 1:q.cend] in {",", ".", "!", "?", "…"}
    k0 = k
    if k < hi and doc[k].lower_ == "zo":
        k += 1  # "'...', zo klaagde de minister"
    if k >= hi or doc[k0].idx - q.end > 4:
        return None
    cue = cue_at(doc, k, hi, after_quote=True, lo=k)
    if cue is None and comma and doc[k].lower_ in {"staat", "stond", "schrijft", "schreef"} and k + 2 < hi \
            and doc[k + 1].lower_ == "in":
        # "'...', staat in het rapport van X": the document is the source
        np = np_after(doc, k + 2, hi)
        if np is not None and is_source_np(doc, *np, strict=False):
            return Cue(k, "staan", "finding", "finite", (k + 1,)), np
    if cue is None and comma and doc[k].lower_ in {"klinkt", "klonk"} and k + 3 < hi and doc[k + 1].lower_ == "het" \
            and doc[k + 2].lower_ in {"bij", "uit", "van"}:
        # "'...', klinkt het bij de brandweer": the source after the preposition
        np = np_after(doc, k + 3, hi)
        if np is not None and is_source_np(doc, *np, strict=False):
            return Cue(k, "klinken", "speech", "finite", (k + 1,)), np
    # "'...', is het motto van de bond", "'...' is al jaren de campagneslogan van de partij": the
    # noun names the words, its owner says them (a slogan's owner may be a product or a campaign)
    art = next((j for j in range(k + 1, min(hi - 3, k + 8)) if doc[j].lower_ in {"de", "het"}
                and _quote_noun(doc[j + 1].lower_) and doc[j + 2].lower_ == "van"), None) \
        if cue is None and doc[k].lower_ in {"is", "was", "luidt", "luidde"} else None
    if art is not None and (comma or art > k + 1) \
            and not any(doc[x].is_punct or doc[x].pos_ in {"VERB", "AUX", "PROPN"} for x in range(k + 1, art)):
        np = np_after(doc, art + 3, hi)
        slogan = doc[art + 1].lower_.endswith(_SLOGAN_WORDS)
        # (the owner ends the sentence, or a phrase on what for: "van de partij voor de verkiezingen")
        tail_ok = all(doc[x].is_punct for x in range(np[1], hi)) if np is not None else False
        tail_ok = tail_ok or (np is not None and np[1] < hi and doc[np[1]].pos_ == "ADP"
                              and not any(doc[x].pos_ in {"VERB", "AUX"} or doc[x].text == "," for x in range(np[1], hi)))
        if np is not None and is_source_np(doc, *np, strict=not slogan) and tail_ok:
            return Cue(art + 1, doc[art + 1].lower_, "speech", "word", (k,)), np
    if cue is None and comma and doc[k].lower_ in {"heeft", "hebben", "had", "hadden"}:
        # "'...', heeft de minister gisteren gezegd": the auxiliary, the subject, then the participle
        np = np_after(doc, k + 1, hi)
        if np is not None and is_source_np(doc, *np):
            for x in range(np[1], min(hi, np[1] + 10)):
                part = cue_at(doc, x, hi, after_quote=True, lo=k)
                if part is not None and part.kind == "participle" and part.cls in {"speech", "belief", "finding", "naming"}:
                    return part, np
                if doc[x].is_punct:
                    break
    if cue is None and comma:
        inverted = _inverted_verb_cue(doc, k, hi)
        if inverted is not None:
            return inverted
    if cue is None or cue.cls not in _SPEECH | {"volgens"} or cue.kind == "participle":
        return None
    if (cue.cls == "naming" and _n_words(text[q.cstart:q.cend]) < 3) or not comma:
        return None  # "die ze haar 'meiden' noemt": a word she uses, not a quote with a cue
    start = k + 1
    if cue.extra and cue.extra[0] == start:  # "laat weten X"? rare: skip the particle
        start += 1
    np = np_after(doc, start, hi)
    if np is not None and np[1] + 1 < hi and doc[np[1]].text == "," and not any(doc[x].text[:1].isupper() for x in range(*np)):
        # "aldus de directeur van de school, Anna de Vries": the name in apposition
        name = np_after(doc, np[1] + 1, hi)
        if name is not None and doc[name[0]].text[:1].isupper() and all(doc[x].is_punct for x in range(name[1], hi)):
            np = name
    if np is None and has_parse(doc) and cue.cls not in {"aldus", "volgens"}:
        np = subject_of(doc, k)  # the parse as fallback
        if np and not (np[0] > k):
            np = None
    return cue, np


#: nouns that name a quote before them: "'...', is de boodschap van X"
_QUOTE_NOUNS = {"boodschap", "motto", "devies", "credo", "slogan", "leus", "leuze", "conclusie", "reactie", "antwoord",
                "uitleg", "mening", "oordeel", "verklaring", "analyse", "standpunt", "oproep", "advies"}

#: the words for a saying that any owner has, a campaign or a product too ("verkiezingsleus")
_SLOGAN_WORDS = ("motto", "slogan", "leus", "leuze", "devies", "credo")


def _quote_noun(word: str) -> bool:
    return word in _QUOTE_NOUNS or word.endswith(_SLOGAN_WORDS)


#: finite verbs that can follow a quote inverted without reporting it ("'...', is de vraag")
_NOT_REPORTING_AFTER_QUOTE = {"zijn", "worden", "hebben", "blijven", "lijken", "blijken", "gaan", "komen", "staan",
                              "liggen", "zitten", "kunnen", "moeten", "willen", "mogen", "zullen", "heten", "klinken"}


def _inverted_verb_cue(doc, k: int, hi: int):
    """"'...', sust de partijleider" / "'...!' postte de actiegroep": any finite verb right
    after a quote, inverted before a person or organisation that ends the clause, reports the
    quote (Dutch puts the verb second after a fronted quote), even when the lexicon lacks it."""
    if not has_parse(doc) or k + 1 >= hi:
        return None
    v = doc[k]
    after_zo = k > 0 and doc[k - 1].lower_ == "zo" and v.text.islower() and v.text.endswith(("t", "de", "te"))
    # ("'...', zo maant X": after "zo" a verb the tagger missed)
    if not after_zo and (v.pos_ != "VERB" or "Fin" not in v.morph.get("VerbForm")) \
            or v.lemma_.lower() in _NOT_REPORTING_AFTER_QUOTE:
        return None
    j = k + 1
    while j < hi and doc[j].lower_ in {"ook", "zelfs", "dan", "nu", "toen"}:
        j += 1  # "'...', weten ook de onderzoekers"
    np = np_after(doc, j, hi)
    if np is None or not is_source_np(doc, *np) or not _personal(doc, np):
        return None
    if v.lemma_.lower() == "citeren" and np[1] < hi:
        cited = np_after(doc, np[1], hi)  # "'...', citeert de krant experts van X": the cited speak
        if cited is not None and is_source_np(doc, *cited):
            np = cited
    # the subject ends the clause, or a short adverbial follows it ("..., sust de leider in de zaal.")
    rest = []
    for t in doc[np[1]:hi]:
        if t.is_punct or t.lower_ in {"en", "maar"}:
            break  # ("..., citeerde zanger X daarna zichzelf en meldde hij ...": a clause of its own after "en")
        rest.append(t)
    if len(rest) > 4 or any(t.pos_ in {"VERB", "AUX"} for t in rest) or any(t.lower_ in {"dat", "te"} or t.text == "om" for t in rest):
        return None
    return Cue(k, v.lemma_.lower(), "speech", "finite"), np


def left_cue(doc, tix: TokenIndex, text: str, q: Quote, clause_lo: int):
    """Cue and mention before a quote: "X: '...'", "X zegt: '...'", "zegt X: '...'"."""
    lo = tix.at_or_after(clause_lo)
    hi = tix.at_or_after(q.start)
    if hi <= lo:
        return None
    colon = doc[hi - 1].text == ":"
    end = hi - 1 if colon else hi
    # a reporting verb in the last stretch before the quote
    for v in range(end - 1, max(lo, end - 30) - 1, -1):
        cue = cue_at(doc, v, end + 1, after_quote=colon, lo=lo)
        if cue is None or cue.cls in {"volgens", "aldus"}:
            continue
        if cue.lemma == "weten" and any(doc[x].lower_ in {"laat", "liet", "lieten", "laten"} for x in range(max(lo, v - 4), v)):
            continue  # "liet (onverbloemd) weten:": the cue is "laten weten", read from "liet"
        # a complement clause ("zegt dat ...") is indirect speech, not a quote cue
        if any(doc[x].lower_ in {"dat", "of"} for x in range(v + 1, end)):
            return None
        np = np_before(doc, v, lo) or np_after(doc, v + 1, end)
        if np and np[1] <= v and fronted_non_source(doc, *np):
            inv = np_after(doc, v + 1, end)  # "Eén ding weet hij zeker: '...'": the subject after the verb
            if inv is not None and speaking_source(doc, *inv):
                np = inv
        if np and not is_source_np(doc, *np):
            np = None
        if np is None and v > lo and doc[v - 1].lower_ == "en":
            # "Een meisje komt naast me staan en zegt: '...'": the subject that opens the
            # sentence holds for the coordinated verb
            first = np_after(doc, lo, v)
            if first is not None and first[0] == lo and first[1] - first[0] == 1 and first[1] < v \
                    and doc[first[1]].text == ",":
                first = None  # "Hé, daar stond ze weer en riep: '...'": an interjection, not the subject
            if first is not None and is_source_np(doc, *first) and _personal(doc, first):
                np = first
        if np is None and has_parse(doc):
            np = subject_of(doc, v)  # the parse as fallback
        if np and not is_source_np(doc, *np):
            np = None
        return cue, np, colon
    if colon:
        np = np_after(doc, lo, end)
        if np and np[1] == end and is_source_np(doc, *np) and end - lo <= 7 and not _no_name(doc, np):
            return None, np, True
        # "Van Dijk, in een gesprek met de clubzender: '...'": a prepositional phrase after the
        # comma says where; the name before it speaks
        cut = next((k for k in range(lo + 1, end - 1) if doc[k].text == "," and doc[k + 1].pos_ == "ADP"), None)
        if cut is not None:
            first = np_after(doc, lo, cut)
            if first and first[1] == cut and is_source_np(doc, *first) and _personal(doc, first) \
                    and not _no_name(doc, first):
                return None, first, True
        # "Baudet ..., maar hij is realistisch: '...'": the subject of the last clause
        cl = lo
        for k in range(lo, end):
            if doc[k].text in {",", ";", "–", "—"} or doc[k].lower_ in {"maar", "en", "waarna", "terwijl"}:
                cl = k + 1
        while cl < end and doc[cl].lower_ in {"ook", "wel", "toch", "zelfs", "dan", "nu", "ze", "waarna"} - {"ze"}:
            cl += 1
        # a person named in the clause first ("Conflict De Amerikaanse president Trump liet ...:"),
        # else its subject
        for k in range(cl, end):
            t = doc[k]
            if t.ent_type_ == "PER" and (k == cl or doc[k - 1].ent_type_ != "PER"):
                j = k
                while j < end and doc[j].ent_type_ == "PER":
                    j += 1
                return None, (k, j), True
        np = np_after(doc, cl, end)
        if np and is_source_np(doc, *np) and _personal(doc, np) and not _no_name(doc, np):
            return None, np, True  # (not "Belerend: '...'", a participle capitalised)
        # "X van het comité, die ..., spreekt op de Dam de menigte toe: '...'": the parsed subject
        # of the sentence's main verb, when it names a person
        if has_parse(doc):
            for k in range(lo, end):
                if doc[k].dep_ == "ROOT" and doc[k].pos_ in {"VERB", "AUX"}:
                    subj = subject_of(doc, k)
                    if subj and lo <= subj[0] and subj[1] <= end and is_source_np(doc, *subj) \
                            and any(doc[x].ent_type_ in {"PER", "PERSON"} for x in range(*subj)):
                        return None, subj, True
                    break
        # "Die opstelling bevreemdt Van der Laan: '...'": the person named in the clause (not a
        # place or event inside a prepositional phrase: "op de Dam", "sinds de Tweede Wereldoorlog")
        for k in range(end - 1, lo - 1, -1):
            if k > lo and doc[k].text[:1].isupper() and (doc[k - 1].pos_ == "ADP" or (
                    k - 2 >= lo and doc[k - 1].pos_ == "DET" and doc[k - 2].pos_ == "ADP")):
                break
            if doc[k].text[:1].isupper() and doc[k].text not in NOT_NAMES and k > lo and not _no_name(doc, (k, k + 1)) \
                    and doc[k].ent_type_ not in {"LOC", "GPE"}:  # ("in Hoogeveen, hartje Drenthe, beklad: '...'")
                j = k
                while j > lo and doc[j - 1].text[:1].isupper() or (j > lo and doc[j - 1].text in {"van", "de", "der", "den"}):
                    j -= 1
                x = j - 1
                while x > lo and x >= j - 3 and doc[x].pos_ in {"DET", "ADJ", "NOUN"}:
                    x -= 1
                if x >= lo and doc[x].pos_ == "ADP":
                    break  # "in een gesprek met Feyenoord TV:", "in de havenstad Rijeka:": where, not who
                np = np_after(doc, j, end)
                if np and is_source_np(doc, *np):
                    return None, np, True
                break
        return None, None, True
    return None


def _no_name(doc, np) -> bool:
    """Capitalised words that are no source before a colon: "Bijvoorbeeld:", "Typisch Brabants:"."""
    toks = [t for t in doc[np[0]:np[1]] if not t.is_punct]
    return bool(toks) and all(t.pos_ in {"ADV", "ADJ", "VERB", "ADP", "SCONJ", "CCONJ", "AUX", "NUM"}
                              and t.ent_type_ not in {"PER", "PERSON", "ORG"} for t in toks)


def _personal(doc, np) -> bool:
    """A pronoun, a name or a person noun: someone who can say the quote."""
    from .speakers import _is_role_word
    toks = doc[np[0]:np[1]]
    return any(t.lower_ in PRONOUNS or (t.text[:1].isupper() and t.text not in NOT_NAMES)
               or _is_role_word(t.text) for t in toks)


def quote_candidates(doc, text: str, quotes: Sequence[Quote], sents: Sequence[tuple[int, int]],
                     tix: TokenIndex, headline_spans=()) -> tuple[list[Candidate], list[Quote]]:
    """Direct-quote candidates, and the quotes judged to be fragments (scare quotes, titles,
    or quoted words inside reported speech: the material of mixed attributions)."""
    out: list[Candidate] = []
    fragments: list[Quote] = []
    prev: Candidate | None = None
    prev_right_cue_end = -1
    for q in quotes:
        s_lo, s_hi = _sentence_of(sents, q.start)
        content = text[q.cstart:q.cend]
        before = _prev_char(text, q.start, s_lo)
        starts_sentence = before in ("", ".", "!", "?", ":", ";", "(", "…", "-", "–", "—") or before in _CLOSERS \
            or q.start == s_lo
        rc = right_cue(doc, tix, text, q, s_hi)
        gap = text[prev_right_cue_end:q.start].strip() if prev_right_cue_end >= 0 else None
        interrupted = prev is not None and prev.quote is not None and gap is not None and (
            (gap in {",", ",,", ""} and q.start - prev_right_cue_end < 5)
            # "'A', zegt de minister, die het rapport gisteren ontving, 'B'": past an apposition or
            # a relative clause on the speaker
            or (re.fullmatch(r",[^,.!?;:'\"‘’“”„]{3,120},", gap) is not None and _n_words(gap) <= 15))
        ends_sentence = bool(_SENT_PUNCT.search(content))
        paren = _speaker_in_brackets(doc, tix, text, q) if rc is None else None
        full = starts_sentence or rc is not None or interrupted or q.reopened or paren is not None
        if not full and ends_sentence and _n_words(content) >= 3 and _cue_just_before(doc, tix, q, s_lo):
            full = True  # "Hij zei tegen de krant 'We gaan door.'": a whole quoted sentence after its cue
        if _n_words(content) <= 2 and not rc and not (ends_sentence and starts_sentence) and not interrupted and not paren:
            full = False
        if not full or _n_words(content) == 0:
            fragments.append(q)
            continue
        headline = any(a <= q.start < b for a, b in headline_spans)
        cand = Candidate("direct", q.cstart, q.cend, "quote", 0.9, quote=q)
        if rc:
            cue, np = rc
            cand.cue = cue_text_span(doc, cue)
            if np:
                cand.mention = (doc[np[0]].idx, doc[np[1] - 1].idx + len(doc[np[1] - 1].text))
            else:
                cand.carry = True
            cand.rule = "quote+right-cue"
            prev_right_cue_end = _np_end_char(doc, np, cand.cue[1])
        elif paren is not None:
            # "'Een brandweerman die blust met benzine' (Kamerlid Jan de Vries)": the source in brackets
            cand.mention = (doc[paren[0]].idx, doc[paren[1] - 1].idx + len(doc[paren[1] - 1].text))
            cand.rule = "quote+brackets"
            prev_right_cue_end = -1
        else:
            prev_right_cue_end = -1
            clause_lo = max(s_lo, prev.quote.end if prev and prev.quote and prev.quote.end <= q.start and prev.quote.end >= s_lo else s_lo)
            lc = left_cue(doc, tix, text, q, clause_lo) if not interrupted else None
            if interrupted:
                cand.same_as_prev = True
                cand.rule = "quote-interrupted"
            elif lc and lc[0] is None and lc[1] is None and lc[2] and _titled_before_colon(doc, tix, text, q, clause_lo):
                fragments.append(q)  # "Het thema is dit jaar: '...'", "onder de kop: '...'": a title, nobody's words
                continue
            elif lc:
                cue, np, colon = lc
                if cue is not None:
                    cand.cue = cue_text_span(doc, cue)
                elif colon:
                    c = text.rfind(":", clause_lo, q.start)
                    cand.cue = (c, c + 1)
                if np:
                    cand.mention = (doc[np[0]].idx, doc[np[1] - 1].idx + len(doc[np[1] - 1].text))
                else:
                    cand.carry = True
                cand.rule = "quote+left-cue"
            elif q.reopened:
                cand.same_as_prev = True
                cand.rule = "quote-reopened"
                cand.confidence = 0.8
            else:
                cand.carry = True
                cand.rule = "quote-carry"
                cand.confidence = 0.7
        if headline:
            cand.rule = "headline-quote"
            cand.carry = True
            cand.confidence = 0.6
        if not q.closed:
            cand.confidence -= 0.2
        out.append(cand)
        prev = cand
    return out, fragments


#: nouns for what carries a title or a slogan, beside the titled things themselves
#: (not the titled things that speak for their makers: "volgens de krant: '...'", "het rapport: '...'")
_TITLE_CARRIERS = (TITLE_NOUNS - {"krant", "blad", "tijdschrift", "rapport", "nota", "column", "artikel", "essay",
                                  "handboek", "website", "campagne", "actie", "project"}) \
    | {"kop", "krantenkop", "opschrift", "werktitel", "naam", "leus", "lespakket", "pakket", "spandoek", "bord",
       "sticker"}


def _titled_before_colon(doc, tix: TokenIndex, text: str, q: Quote, clause_lo: int) -> bool:
    """A title noun in the clause before the colon that introduces the quote, and no person
    named there: "Het thema is dit jaar nogal suf: '...'"."""
    lo, hi = tix.at_or_after(clause_lo), tix.at_or_after(q.start)
    toks = doc[lo:hi]
    if any(t.ent_type_ in {"PER", "PERSON"} for t in toks):
        return False
    return any(t.lower_ in _TITLE_CARRIERS for t in toks)


def _speaker_in_brackets(doc, tix: TokenIndex, text: str, q: Quote):
    """A person named alone in brackets right after the quote: "'...' (PVV-Kamerlid X)"."""
    m = re.match(r"\s*\(", text[q.end:q.end + 3])
    if not m:
        return None
    close = text.find(")", q.end, q.end + 80)
    if close < 0:
        return None
    lo, hi = tix.at_or_after(q.end + m.end()), tix.at_or_after(close)
    if not 1 <= hi - lo <= 6 or any(doc[k].pos_ in {"VERB", "AUX", "NUM"} or doc[k].is_punct for k in range(lo, hi)) \
            or not any((doc[k].ent_type_ in {"PER", "PERSON"} and doc[k].pos_ == "PROPN")
                       or (doc[k].lower_ in FIRST_NAMES and k + 1 < hi and doc[k + 1].text[:1].isupper())
                       for k in range(lo, hi)):
        return None  # ("(2019)", "(CDA)", "(zie kader)": no person)
    return lo, hi


def _cue_just_before(doc, tix: TokenIndex, q: Quote, s_lo: int) -> bool:
    """A speech verb among the few tokens before the quote, with no complementiser between."""
    hi = tix.at_or_after(q.start)
    lo = max(tix.at_or_after(s_lo), hi - 6)
    for v in range(hi - 1, lo - 1, -1):
        if doc[v].lower_ in {"dat", "of"}:
            return False
        c = cue_at(doc, v, hi, after_quote=True, lo=lo)
        if c is not None and c.cls in {"speech", "belief"}:
            return True
    return False


def _np_end_char(doc, np, default: int) -> int:
    if np:
        t = doc[np[1] - 1]
        return t.idx + len(t.text)
    return default


def _sentence_of(sents, pos: int) -> tuple[int, int]:
    for a, b in sents:
        if a <= pos < b:
            return a, b
    return pos, pos
