"""Wiring of the attribution extractors (see the package docstring)."""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..model import Article
from .cues import cue_at
from .direct import quote_candidates
from .indirect import reported_speech
from .nested import nested_reports
from .merge import merge_candidates
from .quotes import find_quotes
from .records import Candidate
from .speakers import _PLAIN_PERSON_NOUNS, _SAYING_NOUNS, _STREET, SpeakerResolver, agrees, find_names, _is_role_word, _words, singular_forms, subject_of
from ..lang.nl.first_names import FEMALE, FEMALE_ROLES, FIRST_NAMES, MALE, UNNAMED_FEMALE, UNNAMED_MALE
from ..lang.nl.words import NOT_NAMES, ORG_NOUNS, PERSON_NOUNS, SOURCE_NOUNS
from .text import TokenIndex, has_parse, has_pos, sentence_spans, strip_span

_OUTSIDE_BODY = {"headline", "standfirst", "caption", "caption_credit", "dateline", "subhead"}


def _blocks(article: Article) -> list[tuple[int, int, str]]:
    if article.blocks:
        return [(b.start, b.end, b.kind) for b in article.blocks]
    return [(0, len(article.text), "paragraph")]


def attribute_candidates(article: Article, doc) -> list[Candidate]:
    """The resolved candidates of one article, in reading order (the 'bare' API)."""
    text = article.text
    blocks = _blocks(article)
    spans = [(a, b) for a, b, k in blocks if k not in {"byline", "caption_credit"}]
    quotes = find_quotes(text, spans)
    sents = sentence_spans(text, spans, quotes)
    tix = TokenIndex(doc)
    byline_spans = [(a, b) for a, b, k in blocks if k == "byline"]
    byline_spans += _byline_like(text, blocks)
    starts = {a for a, _ in sents}
    names = find_names(doc, text, starts, exclude=byline_spans)
    byline_words = set()
    for a, b in byline_spans:
        byline_words |= _words(re.sub(r"^\s*(?:door|tekst|foto)\s*:?\s*", "", text[a:b], flags=re.I))
    headline_spans = [(a, b) for a, b, k in blocks if k in _OUTSIDE_BODY]

    direct, fragments = quote_candidates(doc, text, quotes, sents, tix, headline_spans)
    quoted = [(c.quote.start, c.quote.end) for c in direct if c.quote]
    indirect = reported_speech(doc, text, sents, tix, quoted,
                               cue_ok=lambda i: not any(a <= doc[i].idx < b for a, b in byline_spans),
                               fragments=fragments)
    indirect += list(headline_colon(text, blocks, direct, fragments, byline_spans, tix))
    cands = merge_candidates(text, direct, indirect, fragments, sents)
    resolver = SpeakerResolver(text, names, byline_words, [(q.cstart, q.cend) for q in quotes])
    resolver.tokens = tix  # the parse, for subjects of sentences that introduce a quote
    resolver.headline = next(((a, b) for a, b, k in blocks if k == "headline"), None)
    authors = [re.sub(r"^\s*(?:door|tekst)\s*:?\s*", "", text[a:b], flags=re.I).strip(" .,") for a, b in byline_spans
               if not re.match(r"\s*foto\b", text[a:b], re.I)]
    resolver.author = next((a for a in authors if 0 < len(a.split()) <= 6), None) or _teaser_author(text)
    for c in cands:
        _unquote_mention(c, text)
    _resolve(cands, resolver, text, names, headline_spans, blocks)
    _speaker_out_of_content(cands, text, tix, resolver, names)
    if NESTED:
        # reports inside quotes, resolved after the rest so they never steer a carried-over speaker
        nested = nested_reports(doc, text, direct, quotes, tix,
                                cue_ok=lambda i: not any(a <= doc[i].idx < b for a, b in byline_spans),
                                fragments=fragments)
        for c in nested:
            _unquote_mention(c, text)
            _resolve_nested(c, cands, resolver, text, names)
        cands = sorted(cands + [c for c in nested if c.speaker], key=lambda c: (c.cstart, c.cend))
    cands = [c for c in cands if not (c.type == "indirect" and _empty_claim(text[c.cstart:c.cend]))]
    # the writer's own view in a column or a letter ("Ik denk dat ...") is the text itself, not
    # an attribution; so are the writer's own words quoted ("'...', zei ik", "schreef ik onder de
    # kop: '...'"), which annotators leave out as the writer's voice, and the quotes carried on
    # from them (the rest of the writer's dialogue)
    writer = {resolver.writer, _without_article(resolver.writer)}
    for c in cands:
        _unquote_source(c, text)
    return [c for c in cands if (c.mention is None and c.speaker not in writer)
            or (c.mention is not None and (text[c.mention[0]:c.mention[1]].lower() not in _FIRST_PERSON
                                           or any(a <= c.mention[0] < b for a, b in resolver.quoted)))]


_OPENING_MARKS = "'‘\"“„"
_CLOSING_MARKS = "'’\"”"


def _unquote_mention(c: Candidate, text: str) -> None:
    """"Zelfs 'de deskundigen' zeggen ...": scare quotes around a source are no part of its
    mention (the apostrophe of "'s-Hertogenbosch" or "'t Hart" is kept); trimmed before the
    mention is resolved, so "de" still opens it."""
    if c.mention is not None:
        a, b = c.mention
        while b - a > 1 and text[a] in _OPENING_MARKS and not re.match(r".[st][\s-]", text[a:a + 3]):
            a += 1
        while b - a > 1 and text[b - 1] in _CLOSING_MARKS:
            b -= 1
        c.mention = (a, b)


def _unquote_source(c: Candidate, text: str) -> None:
    """"De 'deskundigen' zeggen ...": a quote mark left inside or after a resolved name is no
    part of it ("SP'er" keeps its apostrophe)."""
    if c.speaker:
        c.speaker = re.sub(r"(?:(?<=\s)|^)[%s]+(?![st][\s-])(?=\w)" % _OPENING_MARKS, "", c.speaker)
        c.speaker = re.sub(r"(?<=\w)[%s]+(?=\s|$)" % _CLOSING_MARKS, "", c.speaker)
        c.speaker = re.sub(r"\s+[%s]+$" % (_OPENING_MARKS + _CLOSING_MARKS), "", c.speaker)  # "oligarch '"


#: words that say nothing by themselves: "X ziet dat anders", "Y denkt van wel"
_EMPTY_CLAIM_WORDS = {"dat", "dit", "het", "anders", "zo", "niet", "wel", "ook", "er", "van", "evenmin", "eveneens", "echter",
                      "net", "toch", "dus", "nog", "eigenlijk", "helemaal", "zeker"}


def _empty_claim(content: str) -> bool:
    words = re.findall(r"\w+", content.lower())
    return bool(words) and len(words) <= 3 and all(w in _EMPTY_CLAIM_WORDS for w in words)


def _speaker_out_of_content(cands: list[Candidate], text: str, tix: TokenIndex, resolver: SpeakerResolver,
                            names) -> None:
    """"Yago R., vorig jaar veroordeeld, wil terug. Dat zei hij gisteren.": the sentence "Dat"
    points back at opens with the speaker; what they said is the rest ("wil terug"), since
    content never holds the speaker."""
    doc = tix.doc
    if not has_pos(doc):
        return
    for c in cands:
        if not c.rule.startswith("demonstrative") or not c.speaker or c.type != "indirect":
            continue
        nm = next((n for n in names if c.cstart <= n.start < c.cstart + 60 and n.end < c.cend), None)
        if nm is None or (resolver.canonical(nm.words) or nm).text != c.speaker:
            continue
        lead = tix.span(c.cstart, nm.start)
        if any(doc[k].pos_ not in {"DET", "ADJ", "NOUN", "PROPN"} for k in lead):
            continue  # the name is not (the head of) the opening subject
        k = tix.at_or_after(nm.end)
        if k < len(doc) and doc[k].text == ",":
            close = next((x for x in range(k + 1, min(len(doc), k + 30)) if doc[x].text == ","), None)
            k = close + 1 if close is not None else len(doc)
        if k >= len(doc) or doc[k].pos_ not in {"VERB", "AUX"} or doc[k].idx >= c.cend:
            continue
        start, end = strip_span(text, doc[k].idx, c.cend)
        if len(text[start:end].split()) >= 2:
            c.cstart = start


def _resolve_nested(c: Candidate, cands: list[Candidate], resolver: SpeakerResolver, text: str, names) -> None:
    """The speaker of a report inside a quote (see :mod:`.nested`); None drops it."""
    outer = next((d for d in cands if d.quote is not None and d.quote.cstart <= c.cstart < d.quote.cend), None)
    pron = text[c.mention[0]:c.mention[1]].lower()
    if not c.speaker and pron in {"hij", "zij", "ze"}:
        # "'Ook Kees bleef boos. In december zei hij dat ...'": the one person named in the
        # quote before the pronoun, when the pronoun agrees and it is not the one quoted
        named = {(resolver.canonical(nm.words) or nm).text for nm in names
                 if outer is not None and outer.quote.cstart <= nm.start < c.mention[0] and resolver._is_person(nm)}
        named = {n for n in named if agrees("zij" if pron == "ze" else pron, n)}
        c.speaker = named.pop() if len(named) == 1 else None
        if c.speaker and outer.speaker and _words(c.speaker) & _words(outer.speaker):
            c.speaker = None
        return
    if not c.speaker:  # (a plural "ze" comes with the group it stands for)
        r = resolver.resolve(*c.mention)
        c.speaker, c.role = r.speaker, r.role
        if outer is not None and c.speaker and outer.speaker == c.speaker:
            # "'..., meldde de aannemer dat ...'" said by X: a description inside X's words is
            # someone X speaks of, never X
            c.speaker, c.role = text[c.mention[0]:c.mention[1]], None
    if c.speaker:
        c.speaker = _without_article(c.speaker)


def _without_article(speaker: str) -> str:
    """One canonical form for unnamed sources: "analisten" = "de analisten" (names keep their
    capitalised article: "De Telegraaf"; "een van de activisten" keeps its "een"; a mention that
    opens a sentence loses its capital one: "De verdediging")."""
    speaker = re.sub(r"^(?:De|Het|Een)\s+(?=[a-zà-ÿ])(?!(?:van|la|las|los|le|les|l')\s)", "", speaker)
    if speaker[:1].islower():
        # a description says which source, not how the sentence points at it: "woordvoerder van
        # die ambassade" is the embassy's spokesperson, "die uitgebreide peiling" a poll
        speaker = re.sub(r"\b(van|bij|in|uit|op)\s+(?:die|deze)\s+(?=[a-zà-ÿ])", r"\1 de ", speaker)
        speaker = re.sub(r"\b(van|bij|in|uit|op)\s+(?:dat|dit)\s+(?=[a-zà-ÿ])", r"\1 het ", speaker)
        speaker = re.sub(r"^(?:die|deze|dat|dit)\s+(?=[a-zà-ÿ0-9])", "", speaker)
    return re.sub(r"^(?:de|het|een)\s+(?=\S)(?!van\s)", "", speaker)


_FIRST_PERSON = {"ik", "wij", "we", "mij", "me", "ons", "mijn", "onze"}

#: also report what a quoted person says others said ("'Mijn buurman zei dat ...'")
NESTED = True

#: the teaser of an opinion piece: "De lijst is schandalig incompleet, concludeert Anna de Vries."
_TEASER = re.compile(r",\s+(?:concludeert|betoogt|stelt|schrijft|vindt|meent|waarschuwt|bepleit|pleit)\s+"
                     r"((?:[A-Z][\w'’-]+)(?:\s+(?:van|de|der|den|ter|ten|[A-Z][\w'’.-]+)){1,3})\.(?:\s|$)")


def _teaser_author(text: str) -> Optional[str]:
    """The writer of an opinion piece without a byline, named in its teaser ("..., concludeert
    X.") when the piece then speaks in the first person."""
    m = _TEASER.search(text[:500])
    if m is None or not re.search(r"(?<![\w'‘“„])(?:ik|mijn)\b", text[m.end():]):
        return None
    return m.group(1)
_COUNTED = re.compile(r"(?:verschillende|veel|vele|sommige|enkele|meerdere|diverse|alle|beide|twee|drie|vier|vijf|"
                      r"tientallen|honderden|duizenden)\s", re.I)


def headline_colon(text: str, blocks, direct, fragments, byline_spans,
                   tix: Optional[TokenIndex] = None) -> Iterator[Candidate]:
    """"OM: proeftijd na sepot 'niet juist'": a headline that names its source before a colon,
    when the rest quotes it (a quoted fragment, or a quote that is already a direct record)."""
    body = " ".join(text[a:b] for a, b, k in blocks if k == "paragraph")
    for a, b, k in blocks:
        if k not in {"headline", "standfirst"}:
            continue
        m = re.match(r"\s*((?:[A-Z][\w'&-]*)(?:\s+(?:[A-Z][\w'&-]*|van|de|der|den)){0,3})\s*:\s+(\S.*)$", text[a:b])
        if not m or not _named_in(m.group(1), body) or m.group(1) in NOT_NAMES:
            continue
        cs, ce = a + m.start(2), a + m.end(2)
        while ce > cs and text[ce - 1] in " .":
            ce -= 1
        frag = [q for q in fragments if cs <= q.start < ce]
        quoted = [d for d in direct if d.quote and cs <= d.quote.start < ce]
        if quoted:
            for d in quoted:  # "X: 'Q'": the quote gets its speaker from the prefix
                d.mention, d.cue = (a + m.start(1), a + m.end(1)), (a + m.end(1), a + m.end(1) + 1)
                d.carry = False
            continue
        if frag:
            yield Candidate("mixed", cs, ce, "headline-colon", 0.6, cue=(a + m.end(1), a + m.end(1) + 1),
                            mention=(a + m.start(1), a + m.end(1)))
        elif HEADLINE_CLAIMS and len(text[cs:ce].split()) >= 3 and not text[cs:ce].rstrip().endswith("?") \
                and tix is not None and any(tix.doc[k].pos_ in {"VERB", "AUX"} and "Fin" in tix.doc[k].morph.get("VerbForm")
                                            for k in tix.span(cs, ce)):
            # "Bond: lonen moeten omhoog": the source, then its claim (a clause with a finite verb;
            # "Museum: twee ton voor een nieuwe zaal", "Proef: gevluchte leraar voor de klas" are news about it)
            yield Candidate("indirect", cs, ce, "headline-colon", 0.5, cue=(a + m.end(1), a + m.end(1) + 1),
                            mention=(a + m.start(1), a + m.end(1)))


def _acronym_words(acronym: str) -> str:
    return r"\b" + r"\s+".join(rf"{c}[a-zà-ÿ]+" for c in acronym) + r"\b"


def _spelled_out(acronym: str, text: str) -> str:
    """"OM" as "Openbaar Ministerie (OM)" when the article spells out those initials, and only
    one name has them, though it never puts the acronym in brackets after the name."""
    found = {m.group() for m in re.finditer(_acronym_words(acronym), text)}
    return f"{found.pop()} ({acronym})" if len(found) == 1 else acronym


def _named_in(name: str, body: str) -> bool:
    """Whether the body names the source a title line puts before its colon: the same words,
    or the words an acronym stands for ("OM" for "het Openbaar Ministerie")."""
    if name in body:
        return True
    return re.fullmatch(r"[A-Z]{2,5}", name) is not None and re.search(_acronym_words(name), body) is not None


#: "Bond: lonen moeten omhoog": a title line's source before a colon, and its claim without quotation marks
HEADLINE_CLAIMS = True


#: words of a title line that put the name after them as its subject, not its writer
_PORTRAYED = {"interview", "dubbelinterview", "portret", "profiel", "gesprek", "vraaggesprek"}


def _byline_like(text: str, blocks) -> list[tuple[int, int]]:
    """Blocks that read as bylines although the reader did not mark them ("Door Jan Jansen")."""
    out = []
    for a, b, k in blocks:
        if k == "paragraph" and b - a < 80 and re.match(r"\s*(?:Door|Tekst|Van onze \w+)\s+[A-Z]", text[a:b]):
            out.append((a, b))
        if k in {"headline", "standfirst"}:
            # "Kapitalisme. Stevo Akkerman": a column's title line ending in its author's name
            m = re.search(r"[.!?]\s+((?:[A-Z][\w'-]+|van|de|der|den|ter|te)(?:\s+(?:[A-Z][\w'-]+|van|de|der|den|ter|te)){1,4})\s*$",
                          text[a:b])
            if m and m.group(1).split()[0][0].isupper() and m.group(1).split()[-1][0].isupper():
                if m.group(1).split()[0].lower() in _PORTRAYED:
                    continue  # "... Interview Anna de Vries": the one interviewed, not the writer
                surname = m.group(1).split()[-1]
                if any(w.lower() in FIRST_NAMES for w in m.group(1).split()[:-1]) \
                        and len(re.findall(r"\b%s\b" % re.escape(surname), text[:a] + " " + text[b:])) >= 2:
                    continue  # "... Boek Anna de Vries" and the body about her: the subject, not the writer
                out.append((a + m.start(1), a + m.end(1)))
    return out


def _block_of(blocks, pos: int) -> int:
    for i, (a, b, _) in enumerate(blocks):
        if a <= pos < b:
            return i
    return -1


def _resolve(cands: list[Candidate], resolver: SpeakerResolver, text: str, names, headline_spans, blocks) -> None:
    prev: Optional[Candidate] = None
    prev_direct: Optional[Candidate] = None
    prev_voice: Optional[Candidate] = None  # the last record whose source can speak
    headline_cands = []
    interview = _interview(cands, text)
    for c in cands:
        if any(a <= c.cstart < b for a, b in headline_spans) and c.mention is None:
            headline_cands.append(c)
            continue
        if c.mention and c.quote is not None and text[c.mention[0]:c.mention[1]].lower() in {"ik", "wij", "we"} \
                and c.quote.cstart <= c.mention[0] < c.quote.cend + 2:
            # "'... 'Dan op de rem', dacht ik'": the cue of a quote inside the quote; the outer
            # quote has no cue of its own
            c.mention, c.carry = None, True
        if c.mention:
            anchor = c.quote.start if c.quote is not None and c.mention[0] > c.quote.end else \
                (c.cstart if c.quote is None and c.mention[0] >= c.cend and not c.target_prev_sentence else None)
            r = resolver.resolve(*c.mention, anchor=anchor)
            plural = _plural_antecedent(c, text, resolver) if (r.person or not _plural_speaker(r.speaker)) else None
            if plural:
                r = type(r)(plural, None, False)  # "Zij denken dat ...": a group, not one person
            c.speaker, c.role = r.speaker, r.role
            # "Verschillende Republikeinen eisten ..., maar hij ...": a counted group is no "hij"
            group = bool(_COUNTED.match(text[c.mention[0]:c.mention[1]]))
            resolver.note(c.mention[0], r.speaker, r.person and not group)
        elif c.same_as_prev and prev is not None:
            c.speaker, c.role = prev.speaker, prev.role
        elif c.carry or c.same_as_prev:
            # "..., blijkt uit nieuwe cijfers. 'We zien ...'": figures and studies say nothing
            # aloud; a quote carries over from the last source that can
            before = prev_voice if c.type == "direct" and prev is not None and _data_speaker(prev.speaker) else prev
            if interview and c.type == "direct" and prev_direct is not None and prev is not prev_direct:
                # an interview: the reporter's lines between the answers ("In 2011 oordeelde een
                # commissie nog dat ...") hold no one who answers; the answers go on
                before = prev_direct
            c.speaker, c.role = _carry_over(c, before, resolver, text, names, blocks)
            if interview and c.type == "direct" and prev_direct is not None and c.speaker != prev_direct.speaker:
                # an interview: an answer without a cue is the one interviewed speaking on, not
                # someone the reporter's lines in between are about ("Kees richtte een school op. '...'")
                c.speaker, c.role = prev_direct.speaker, prev_direct.role
            answer = _answering(c, prev, prev_direct, text, names)
            if answer is not None:
                c.speaker, c.role = answer.speaker, answer.role
            elif prev_direct is None and _plural_speaker(c.speaker) and _after_question(c, prev, text):
                # the first answer of an interview ("Is dat niet logisch? '...'"): the person the
                # article introduced, not a group it reported on
                person = _last_person(c, resolver, names)
                if person is not None:
                    c.speaker, c.role = person.text, resolver.role_for(person)
            if c.speaker:
                # (a place or an organisation a quote was carried to is not a person later on)
                canon = resolver.canonical(_words(c.speaker))
                resolver.note(c.cstart, c.speaker, canon is None or canon.person or canon.label not in {"LOC", "ORG"})
        if c.mention and c.type != "direct" and text[c.mention[0]:c.mention[1]].lower() in _FIRST_PERSON \
                and not any(a <= c.mention[0] < b for a, b in resolver.quoted):
            continue  # the writer's own view is dropped below; a quote after it does not carry it
        prev = c
        if c.speaker and not _data_speaker(c.speaker):
            prev_voice = c
        if c.type == "direct" and c.speaker and not _plural_speaker(c.speaker):
            prev_direct = c
    _unattributed_quotes(cands, resolver, text, names, headline_spans)
    _first_descriptions(cands, text, names)
    for c in cands:
        if c.speaker:
            c.speaker = _without_article(c.speaker)
            c.speaker = _fuller_compound(c.speaker, text, getattr(resolver, "tokens", None), c.cstart)
            first = c.speaker.split()[0]
            if first[:1].isupper() and first.lower() in PERSON_NOUNS and not first.isupper() and c.mention \
                    and not any(nm.label == "PER" and nm.text == c.speaker for nm in names) \
                    and text[c.mention[0]:c.mention[1]].startswith(first) \
                    and re.search(r"(?:^|[.!?:]['’”\"]?\s+|\n)$", text[max(0, c.mention[0] - 4):c.mention[0]]):
                c.speaker = first.lower() + c.speaker[len(first):]  # "Analisten" opening a sentence
    # "Nationaal Coördinator Terrorisme en Veiligheid (NCTV)": an organisation keeps the acronym
    # the article gives it, so either form finds it
    acronyms = {nm.text: nm.acronym for nm in names if nm.acronym and not nm.person and len(nm.words) >= 2}
    for c in cands:
        if c.speaker and acronyms:
            c.speaker = _with_acronyms(c.speaker, acronyms)
        if c.speaker and re.fullmatch(r"[A-Z]{2,5}", c.speaker):
            c.speaker = _spelled_out(c.speaker, text)
    body = [c for c in cands if c not in headline_cands]
    for c in headline_cands:
        c.speaker = _headline_speaker(c, body, text)
        c.role = next((b.role for b in body if b.speaker == c.speaker and b.role), None) if c.speaker else None


def _unnamed_sex(word: str) -> str:
    low = word.lower()
    if low in UNNAMED_FEMALE or low in FEMALE_ROLES or low.endswith("trice") \
            or (word[:1].isupper() and low.endswith("se") and len(low) > 5):
        return "f"  # ("de Arnhemse": a woman by her town; "de organisatrice")
    if low in UNNAMED_MALE:
        return "m"
    return ""


#: short heads whose longer compounds are mostly other people ("de man" is not "de zakenman"):
#: the plain words for a person, and people, members and children
_NO_FULLER = _PLAIN_PERSON_NOUNS | {"mens", "mensen", "lid", "leden", "kind", "kinderen"}
#: words that make a source more than one noun phrase ("critici van de plannen", "A en B")
_LINKING_WORDS = {"van", "en", "of", "uit", "bij", "in", "op", "voor", "met", "over", "namens", "tegen", "aan",
                  "binnen", "buiten", "tussen", "onder", "door", "zonder", "rond", "naast", "tot", "via", "per"}
#: words that set a source apart from one named before ("een andere bron" after "een politiebron")
_ANOTHER = {"andere", "ander", "tweede", "derde"}


def _fuller_compound(speaker: str, text: str, tix, before: int) -> str:
    """"De vakbonden liepen weg. ... Ze vinden dat ...", resolved to "bonden" nearby, is
    "vakbonden": an unnamed source shortened from the one longer compound the article used for
    it before (a noun: not "verbonden"), as a named one keeps its fullest name."""
    words = speaker.split()
    head = words[-1] if words else ""
    if tix is None or not has_pos(tix.doc) or not head.isalpha() or not head.islower() or len(head) < 3 \
            or head in _NO_FULLER or any(w in _LINKING_WORDS or w in _ANOTHER for w in words):
        return speaker
    if not (_is_role_word(head) or any(f in PERSON_NOUNS or f in ORG_NOUNS
                                       for f in {head} | {x for x in singular_forms(head) if len(x) >= 3})):
        # people and bodies only: not "klacht" ("aanklacht" is another thing), nor a study or
        # figures ("uit onderzoek blijkt" may be other research than the "klimaatonderzoek" before)
        return speaker
    forms = set()
    for m in re.finditer(r"\b([a-zà-ÿ]{3,}" + re.escape(head) + r")\b", text[:before]):
        k = tix.at_or_after(m.start())
        if k < len(tix.doc) and tix.doc[k].idx == m.start() and tix.doc[k].pos_ == "NOUN":
            forms.add(m.group(1))
    return " ".join(words[:-1] + [forms.pop()]) if len(forms) == 1 else speaker


def _first_descriptions(cands: list[Candidate], text: str, names) -> None:
    """"De bewoonster is nog van slag. ... ', zegt ze. ... ', vertelt de Zwolse.": an unnamed person
    keeps the first description of that sex the article gives (as a named one keeps the fullest
    name), while no person named in full comes between."""
    pat = re.compile(r"\b[Dd]e\s+(?:\d+-jarige\s+)?([a-zà-ÿ]+|[A-Z][a-zà-ÿ]+se)\b")
    described: dict[str, str] = {}  # the speaker each description was last given
    for c in cands:
        if not c.speaker:
            continue
        if c.mention is None:
            # a quote carried over from "..., vertelt de Zwolse." is hers, as that record says
            c.speaker = described.get(c.speaker, c.speaker)
            continue
        word = re.sub(r"^(?:de|het)\s+", "", c.speaker, flags=re.I)
        sex = _unnamed_sex(word) if " " not in word else ""
        if not sex:
            continue
        given = c.speaker
        pos = c.mention[0]
        for m in pat.finditer(text, max(0, pos - 3000), pos):
            first = m.group(1)
            if _unnamed_sex(first) != sex:
                continue
            if any(m.end() <= nm.start < pos and nm.person and len(nm.words) >= 2 for nm in names):
                continue  # a named person came in between: perhaps she is meant
            if first.lower() != word.lower():
                c.speaker = first
            break
        described[given] = c.speaker


def _with_acronyms(speaker: str, acronyms: dict) -> str:
    for full, acr in acronyms.items():
        speaker = re.sub(r"(?<![\w(])%s(?![\w)]|\s*\()" % re.escape(full), f"{full} ({acr})", speaker)
        if full not in speaker:
            # "woordvoerder van het OM" in an article that wrote "Openbaar Ministerie (OM)" once
            speaker = re.sub(r"(?<![\w(-])%s(?![\w)'’-])" % re.escape(acr), f"{full} ({acr})", speaker)
    return speaker


_FIRST_SINGULAR = re.compile(r"\b(?:ik|mijn|mij|me|m'n)\b", re.I)


#: studies and figures: sources of findings that never speak a quote themselves
_DATA_NOUNS = {"onderzoek", "onderzoeken", "studie", "studies", "analyse", "analyses", "enquête", "enquêtes",
               "peiling", "peilingen", "cijfers", "gegevens", "data", "berekening", "berekeningen", "schatting",
               "schattingen", "meting", "metingen", "prognose", "prognoses", "raming", "ramingen", "doorrekening"}


def _data_speaker(speaker: Optional[str]) -> bool:
    """"nieuwe cijfers van de politie", "het onderzoek": a study or figures (the word before
    "van"/"uit"/"onder", else the last word)."""
    if not speaker:
        return False
    ws = speaker.lower().split()
    k = next((i for i, w in enumerate(ws) if w in {"van", "uit", "onder", "naar"} and i > 0), len(ws))
    return ws[k - 1] in _DATA_NOUNS


def _plural_speaker(speaker: Optional[str]) -> bool:
    """A group described, not named: "chauffeurs", "de bewoners", "analisten en beleggers"."""
    if not speaker:
        return False
    ws = speaker.split()
    if " en " in f" {speaker} ":
        return True  # (also a pair of names: "Paul de Wit en Anna Bos")
    head = next((w for w in ws if w.lower() in {"van", "bij", "uit", "in"}), None)
    head_word = ws[ws.index(head) - 1] if head and ws.index(head) > 0 else ws[-1]
    return head_word.islower() and bool(re.search(r"(?:ers|ten|den|gen|nen|sen|ren|len|zen|ven|ken|pen|s)$", head_word)) \
        and head_word.lower() not in {"ons", "is", "was", "land", "mens"}


def _interview(cands: list[Candidate], text: str) -> bool:
    """Whether the article is an interview: at least three quotes without a cue follow a
    question of the reporter ("Hoe gaan we die mensen werven? ... '...'")."""
    answers = 0
    for c in cands:
        if c.type == "direct" and c.quote is not None and c.mention is None:
            before = text[max(0, c.quote.start - 200):c.quote.start]
            if re.search(r"\?\s*$|\?\s+[^'’‘\"”„,]{0,150}[.!]\s*$", before):
                answers += 1
    return answers >= 3


def _after_question(c: Candidate, prev: Optional[Candidate], text: str) -> bool:
    """Whether a quote follows a question of the journalist: the text before it ends with "?",
    or with "?" and one more sentence ("Is het niet logisch dat ...? Onlangs belandde er weer
    een in het ziekenhuis. '...'")."""
    if c.quote is None:
        return False
    lo = max(prev.cend, prev.mention[1] if prev.mention else 0) if prev is not None else 0
    between = text[max(lo, c.quote.start - 300):c.quote.start].rstrip()
    return between.endswith("?") or bool(re.search(r"\?['’”\"]?\s+[^.!?]{10,200}[.!]\s*$", between))


def _last_person(c: Candidate, resolver: SpeakerResolver, names):
    """The person named last (with a full name) within 2,000 characters before ``c``."""
    for nm in reversed([n for n in names if n.end <= c.cstart and c.cstart - n.start < 2000]):
        canon = resolver.canonical(nm.words) or nm
        if len(canon.words) >= 2 and resolver._is_person(canon) and _clearly_person(canon) \
                and not any(a <= nm.start < b for a, b in resolver.quoted):
            return canon
    return None


def _answering(c: Candidate, prev: Optional[Candidate], prev_direct: Optional[Candidate], text: str, names=()):
    """A quote without a cue that answers: after a journalist's question ("Is dat
    bespreekbaar? 'Nee. ...'", "Wie? Oud-president X? 'Inderdaad, die.'": the names in the
    question do not answer) or after a group's claim that a person rebuts in the first person
    ("Toch vinden de chauffeurs dat ... 'Ik wil begrijpen ...'"), the words belong to the
    person quoted before."""
    if c.quote is None or prev_direct is None or prev is None or c.cstart - prev_direct.cend > 2500:
        return None
    question = _after_question(c, prev, text)
    rebuttal = prev is not prev_direct and _plural_speaker(prev.speaker) \
        and bool(_FIRST_SINGULAR.search(text[c.cstart:c.cend]))
    if rebuttal:
        # (not when a person is brought in between: "A en B zijn tevreden. X houdt de moed erin. 'Ik ...'")
        after = max(prev.cend, prev.mention[1] if prev.mention else 0)
        rebuttal = not any(after <= nm.start < c.quote.start and nm.person and _sentence_initial(text, nm.start)
                           for nm in names)
    return prev_direct if question or rebuttal else None


def _carry_over(c: Candidate, prev: Optional[Candidate], resolver: SpeakerResolver, text, names, blocks):
    """Speaker of a quote without a cue: a person introduced in the sentence just before
    ("Lijsttrekker X straalt. '...'"), else the previous speaker nearby, else the person
    most recently named."""
    lo = prev.cend if prev else 0
    if prev and prev.mention:
        lo = max(lo, prev.mention[1])
    intro = [nm for nm in names if lo <= nm.start < c.cstart and (nm.person or resolver._is_person(nm))
             and not any(a <= nm.start < b for a, b in resolver.quoted)]
    if c.quote is not None:
        before = c.quote.start
        sent_lo = _prev_sentence_start(text, before)
        opening = [nm for nm in intro if nm.start >= sent_lo and _sentence_initial(text, nm.start)
                   and (_clearly_person(nm) or _clearly_person(resolver.canonical(nm.words) or nm))]
        if not opening and prev is not None and prev.speaker and prev.cend <= before and (
                (prev.mention is not None and sent_lo <= prev.mention[0] < before)
                or (prev.type != "direct" and sent_lo <= prev.cstart and before - prev.cend <= 5)):
            # "Zijn zus liegt, zegt Jan Smit. '...'", "Volgens Smit ... Ze zou liegen. '...'": the
            # sentence before is the previous record's own (its cue, or all of it reported), so
            # whoever else it mentions, its source goes on speaking
            return prev.speaker, prev.role
        if not opening:
            # "In een toespraak heeft Jansen het besluit veroordeeld. '...'": the subject right
            # after the finite verb of the sentence before (inversion)
            opening = [nm for nm in intro if nm.start >= sent_lo and _inverted_subject(text, sent_lo, nm.start)
                       and (_clearly_person(nm) or _clearly_person(resolver.canonical(nm.words) or nm))][:1]
        if not opening:
            # "Ook hij kan niet wachten. '...'" / "De burgemeester is stellig. '...'": a pronoun
            # or a person description opening the sentence before
            m = re.match(r"\s*(?:(?:Ook|Toch|Wel|Zelfs|Dan|Nu|En|Maar)\s+(hij|zij|ze|de\s+[a-zà-ÿ][\w-]+)\b|(Hij|Zij|Ze|(?:De|Het|Mijn|Zijn|Haar|Hun|Onze)\s+[a-zà-ÿ][\w-]+)\b)",
                         text[sent_lo:before])
            grp = (m.group(1) or m.group(2)) if m else None
            if m and grp.lower() in {"zij", "ze"} and re.match(r"\s+\w+en\b", text[sent_lo + m.end():sent_lo + m.end() + 20]):
                m = None  # "Maar ze speelden ...": a plural "ze" (a group) does not introduce one speaker
            if m and (grp.lower() in {"hij", "zij", "ze"} or ((grp.split()[-1].lower() in PERSON_NOUNS
                                                                or _is_role_word(grp.split()[-1]))
                                                               and grp.split()[-1].lower() not in {"mensen"} | ORG_NOUNS
                                                               | _INSTITUTION_NOUNS)):
                # (not "De gemeente kan ..., weet Visser. '...'": an institution says no quote itself)
                g = 1 if m.group(1) else 2
                r = resolver.resolve(sent_lo + m.start(g), sent_lo + m.end(g))
                if r.speaker:
                    return r.speaker, r.role
            # "'Schokkend', noemt hij het. '...'": a short quote of the same person, the verb, and
            # the pronoun after it
            m = re.match(r"\s*(?:,,|['‘’\"“”„])[^'‘’\"“”„.!?]{1,60}(?:''|['‘’\"“”])\s*,\s+[a-zà-ÿ]+\s+(hij|zij|ze)\b",
                         text[sent_lo:before])
            if m and not (prev is not None and prev.cend > sent_lo):
                # (the short quote no record of its own: else its speaker goes on, as above)
                nm = resolver._last_person_name(sent_lo)  # (the person the sentences before spoke of)
                canon = (resolver.canonical(nm.words) or nm) if nm is not None else None
                if canon is not None and agrees("zij" if m.group(1) == "ze" else m.group(1), canon.text,
                                                resolver.role_for(canon)) \
                        and not (canon.words and canon.words <= resolver.byline_words):
                    return canon.text, resolver.role_for(canon)
            # "Zelf had ze niet veel met de film. '...'": a personal pronoun as the parsed subject
            # of the main clause before, wherever it stands
            for doc, rng, t in _main_subjects(getattr(resolver, "tokens", None), sent_lo, before):
                if t.pos_ == "NOUN" and t.i < t.head.i and not (t.lower_ in PERSON_NOUNS or _is_role_word(t.lower_)):
                    # "De link met ... had ze niet gelegd": a fronted thing the parse calls the
                    # subject, and the pronoun after the finite verb (as the parse's object)
                    t = next((x for x in t.head.children if x.dep_ in {"nsubj", "obj"} and x.i > t.i
                              and x.lower_ in {"hij", "zij", "ze"} and doc[x.i - 1].pos_ == "AUX"), t)
                if t.lower_ in {"hij", "zij", "ze"} and not any(a <= t.idx < b for a, b in resolver.quoted) \
                        and "Plur" not in t.head.morph.get("Number") \
                        and not any("Plur" in x.morph.get("Number") for x in t.head.children if x.dep_ in {"aux", "cop"}):
                    r = _described_antecedent(resolver, text, names, blocks, sent_lo) \
                        or resolver._previous_subject(t.idx, t.lower_, opening=False) \
                        or resolver.resolve(t.idx, t.idx + len(t.text))
                    if r.speaker:
                        return r.speaker, r.role
                break
            # "Een bewoner van het buurpand was geschrokken. '...'": the parsed subject of the
            # sentence before, when it is a person or a group of people
            subj = _parsed_subject(getattr(resolver, "tokens", None), sent_lo, before)
            if subj is not None and not any(a <= subj[0] < b for a, b in resolver.quoted):
                r = resolver.resolve(*subj)
                if r.speaker:
                    return r.speaker, r.role
            # "Het zijn de voordelen die de enthousiaste Barends opsomt. '...'": a person named in the
            # sentence before as the subject of a verb of speaking, wherever that verb stands
            speaking = _speaking_person(getattr(resolver, "tokens", None), sent_lo, before, intro)
            if speaking is not None and not (prev is not None and prev.speaker and speaking.words & _words(prev.speaker)):
                canon = resolver.canonical(speaking.words) or speaking
                if not (canon.words and canon.words <= resolver.byline_words):
                    return canon.text, resolver.role_for(canon)
            # "In een reactie wenst een anonieme gebruiker hem dood. '...'": someone brought in with
            # "een", unnamed, in the sentence before the quote
            new = resolver._introduced_before(before, "")
            if new:
                return new, None
            # a person named for the first time in the sentence before: "Het luidste gejuich
            # komt van lijsttrekker Anna Berg. '...'" (the sentence that named the previous
            # speaker was handled above: "'...', meent X tijdens het debat met minister Y. '...'")
            tix = getattr(resolver, "tokens", None)
            # (an owner who has spoken before in the article may well go on: "de scholen van X")
            speakable = [nm for nm in intro if not _owner_of_a_thing(tix, nm.start) or any(
                spk and nm.words & _words(spk) for off, spk, _ in resolver.history if off < nm.start)]
            first = [nm for nm in speakable if nm.start >= sent_lo and len(nm.words) >= 2 and _clearly_person(nm)
                     and not any(o.words and o.words <= nm.words for o in names if o.start < nm.start)
                     and not (prev is not None and prev.speaker and nm.words & _words(prev.speaker))]
            if not first:
                # "Voor de Utrechtse Verbeek is het een eer. '...'": the one person the sentence
                # before names, wherever, when the previous speaker is not named there
                named = {}
                for nm in speakable:
                    if nm.start >= sent_lo and (_clearly_person(nm) or _clearly_person(resolver.canonical(nm.words) or nm)):
                        canon = resolver.canonical(nm.words) or nm
                        if re.search(r"['’]?s\s|\b[A-Z]{2,}\b", canon.text) or len(canon.text.split()) < 2:
                            named = {}
                            break  # ("Jansens VVD": a party, not a person)
                        named[canon.text] = canon
                first_at = min((nm.start for nm in intro if nm.start >= sent_lo), default=before)
                if re.search(r"\b(?:hij|zij|ze|ik|wij|we)\s+(?:[a-zà-ÿ-]+\s+)?$", text[sent_lo:first_at], re.I):
                    named = {}  # ("Wacht maar af, houdt hij Drost voor": the one spoken to)
                if len(named) == 1 and not (prev is not None and prev.speaker and any(
                        _words(k) & _words(prev.speaker) for k in named)):
                    canon = next(iter(named.values()))
                    if not (canon.words and canon.words <= resolver.byline_words):
                        return canon.text, resolver.role_for(canon)
            if first:
                # several: the one with the strongest sign of a person (a tag, an age, a first
                # name) over a capitalised department after a role ("hoofd Logistieke Dienst")
                subj = _subject_chars(getattr(resolver, "tokens", None), sent_lo, before)
                # (within the subject its head comes first: "De producer X, die Y een hit bezorgde,")
                first.sort(key=lambda nm: (any(a <= nm.start < b for a, b in subj), _strong_person(nm, text),
                                           -nm.start if any(a <= nm.start < b for a, b in subj) else nm.start))
                canon = resolver.canonical(first[-1].words) or first[-1]
                if not (canon.words and canon.words <= resolver.byline_words):
                    return canon.text, resolver.role_for(canon)
        else:
            canon = resolver.canonical(opening[-1].words) or opening[-1]
            if not (canon.words and canon.words <= resolver.byline_words):
                return canon.text, resolver.role_for(canon)
    if c.quote is not None and prev is not None and prev.speaker:
        # "Stefan Jansen (34, verkoper) doet mee aan ... Hij verhuist ... '...'": a person brought
        # in with an age since the previous speaker spoke, and nobody else named, speaks now
        aged = {(resolver.canonical(nm.words) or nm).text: nm for nm in intro
                if re.match(r"\s*\(\d{1,3}\b", text[nm.end:nm.end + 6]) and _clearly_person(nm)}
        others = {(resolver.canonical(nm.words) or nm).text for nm in intro} - set(aged)
        if len(aged) == 1 and not others:
            nm = next(iter(aged.values()))
            canon = resolver.canonical(nm.words) or nm
            if not (_words(prev.speaker) & nm.words) and not (canon.words and canon.words <= resolver.byline_words):
                return canon.text, resolver.role_for(canon)
    if prev is not None and prev.speaker and abs(_block_of(blocks, c.cstart) - _block_of(blocks, prev.cstart)) <= 1 \
            and c.cstart - prev.cend < 1500:
        return prev.speaker, prev.role
    if intro and c.cstart - intro[-1].end < 400:
        main = _main_person(c.cstart, resolver, names)
        if main is not None:
            return main.text, resolver.role_for(main)
        canon = resolver.canonical(intro[-1].words) or intro[-1]
        if not (canon.words and canon.words <= resolver.byline_words):
            return canon.text, resolver.role_for(canon)
    if prev is not None and prev.speaker and c.cstart - prev.cend < 600:
        return prev.speaker, prev.role
    if c.quote is not None:
        # "'Goede mensen moeten iets doen.' Met zulke oproepen won Anna Kovac de verkiezing": with
        # nobody before, the person the sentence right after the quote names
        after = c.quote.end
        ends = list(re.finditer(r"[.!?]['’”\"]{0,2}(?:\s|$)", text[after:after + 400]))[:3]
        m = ends[-1] if ends else None
        hi = after + (m.end() if m else 0)  # (up to three sentences on: "... Daar stond X tegenover ...")
        nxt = [nm for nm in names if after <= nm.start < hi and _clearly_person(nm)
               and not any(a <= nm.start < b for a, b in resolver.quoted)]
        if nxt and m:
            canon = resolver.canonical(nxt[0].words) or nxt[0]
            if not (canon.words and canon.words <= resolver.byline_words):
                return canon.text, resolver.role_for(canon)
    return None, None


#: determiners that introduce a new, unnamed source ("een bewoner", "veel ouders", "twee agenten")
_NEW_SOURCE_DETS = {"een", "veel", "vele", "sommige", "enkele", "meerdere", "diverse", "verschillende", "andere",
                    "twee", "drie", "vier", "vijf", "tal", "weinig"}
#: person nouns that stand for institutions: "er zijn gemeenten die ...", "de fracties" (no speaker of a quote)
_INSTITUTION_NOUNS = {"kabinet", "regering", "ministerie", "gemeente", "gemeenten", "provincie", "bedrijf", "organisatie",
                      "bond", "vakbond", "partij", "fractie", "fracties", "oppositie", "justitie", "rechtbank", "hof",
                      "raad", "bestuur", "politie", "mensen"}


def _speaking_person(tix, lo: int, hi: int, intro):
    """The named person (one of ``intro``) who is the parsed subject of a verb of speaking in
    [lo, hi), also inside a relative clause ("die X opsomt"), else None."""
    if tix is None or not has_parse(tix.doc) or tix.doc.text[lo:hi].rstrip().endswith("?"):
        return None  # (a quote after a question answers it: the one asked speaks, not the asker)
    doc = tix.doc
    for i in tix.span(lo, hi):
        cue = cue_at(doc, i, len(doc), after_quote=True) if doc[i].pos_ == "VERB" else None
        if cue is None or cue.cls != "speech" or cue.lemma in {"vragen", "afvragen"}:
            continue
        subj = subject_of(doc, i)
        if subj is None and doc[i].dep_ == "acl:relcl":
            # ("die de enthousiaste X opsomt": the parse may take the name for the object)
            kid = next((c for c in doc[i].children if c.dep_ == "obj" and c.pos_ == "PROPN"), None)
            subj = (kid.i, kid.i + 1) if kid is not None else None
        if subj is None:
            continue
        a, b = doc[subj[0]].idx, doc[subj[1] - 1].idx + len(doc[subj[1] - 1].text)
        found = [nm for nm in intro if a <= nm.start and nm.end <= b]
        if found:
            return found[-1]
    return None


def _main_subjects(tix, lo: int, hi: int):
    """(doc, token range, subject token) for each subject of a main clause in [lo, hi)."""
    if tix is None or not has_parse(tix.doc):
        return
    doc = tix.doc
    rng = tix.span(lo, hi)
    for i in rng:
        t = doc[i]
        if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.dep_ == "ROOT" and t.head.i in rng:
            yield doc, rng, t


def _described_antecedent(resolver: SpeakerResolver, text: str, names, blocks, sent_lo: int):
    """"Een medewerker van de winkel kon het niet geloven. In de nacht was ze aan het werk.
    '...'": the unnamed person introduced a few sentences back in the same paragraph, when no
    named person came in between, is who the pronoun stands for."""
    block = _block_of(blocks, sent_lo)
    hi = sent_lo
    for _ in range(3):
        lo = _prev_sentence_start(text, hi)
        if lo >= hi or _block_of(blocks, lo) != block:
            return None
        if any(lo <= nm.start < hi and (nm.person or resolver._is_person(nm)) for nm in names):
            return None
        subj = _parsed_subject(getattr(resolver, "tokens", None), lo, hi)
        if subj is not None:
            r = resolver.resolve(*subj)
            return r if r.speaker else None
        hi = lo
    return None


def _subject_chars(tix, lo: int, hi: int) -> list[tuple[int, int]]:
    """Character spans of the main-clause subjects in [lo, hi), without their relative
    clauses ("De producer X, die een lied voor Y schreef, sluit zich aan": X, not Y)."""
    spans = []
    for doc, rng, t in _main_subjects(tix, lo, hi):
        cut = {x.i for c in t.children if c.dep_ in {"acl:relcl", "acl", "parataxis"} for x in c.subtree}
        keep = [x for x in t.subtree if x.i not in cut]
        spans.append((min(x.idx for x in keep), max(x.idx + len(x.text) for x in keep)))
    return spans


def _parsed_subject(tix, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """Character span of the subject of the main clause in [lo, hi), when the parse has one
    that is a noun for people opening its sentence ("een bewoner van nummer 12", "veel
    bewoners"). Relative clauses and appositions are left out."""
    for doc, rng, t in _main_subjects(tix, lo, hi):
        low = t.text.lower()
        forms = {low, t.lemma_.lower()}
        if t.pos_ != "NOUN" or not forms & PERSON_NOUNS or forms & (ORG_NOUNS | _INSTITUTION_NOUNS):
            return None
        dets = [c.text.lower() for c in t.children if c.dep_ in {"det", "nummod"} or c.text.lower() in _NEW_SOURCE_DETS]
        if not (set(dets) & _NEW_SOURCE_DETS or (not dets and low != t.lemma_.lower())):
            return None  # "de premier": most often the person named before, for other rules
        cut = {x.i for c in t.children if c.dep_ in {"acl:relcl", "appos", "acl", "parataxis"} for x in c.subtree}
        keep = [x.i for x in t.subtree if x.i not in cut and x.i in rng and not (x.i < t.i and x.is_punct)
                and not (x.i < t.i and x.dep_ in {"cc", "advmod", "expl", "mark"})]
        start = min(keep)
        if any(not (doc[k].is_punct or doc[k].lower_ in {"ook", "maar", "en", "toch", "zelfs"})
               for k in range(rng.start, start)):
            return None  # only a subject that opens its sentence introduces someone new
        # the noun phrase itself: its head and a "van/uit/bij ..." after it, not an object the parse hung on it
        after = [k for k in keep if k > t.i]
        if after and doc[after[0]].lower_ not in {"van", "uit", "bij", "aan", "in", "op"}:
            keep = [k for k in keep if k <= t.i]
        end = max(k for k in keep if all(j in keep for j in range(start, k + 1)))
        while end > t.i and doc[end].is_punct:
            end -= 1
        return doc[start].idx, doc[end].idx + len(doc[end].text)
    return None


def _unattributed_quotes(cands: list[Candidate], resolver: SpeakerResolver, text: str, names, headline_spans) -> None:
    """A quote nothing before attributes (the article opens with it, or an interview that
    names its subject only in the headline): the source the next cue names, when no other
    person comes between; else the person the whole article is about."""
    for k, c in enumerate(cands):
        if c.speaker or c.mention or c.type != "direct" or c.quote is None \
                or any(a <= c.cstart < b for a, b in headline_spans):
            continue
        lead = _aged_lead_person(c, resolver, text, names, headline_spans)
        if lead is not None:
            c.speaker, c.role = lead.text, resolver.role_for(lead)
            continue
        before = cands[k - 1] if k > 0 else None
        if before is not None and before.speaker and before.type == "direct" and before.quote is not None \
                and 0 <= c.quote.start - before.quote.end <= 3 and "\n" not in text[before.quote.end:c.quote.start]:
            # ",,A.'' ,,B.''": a quote right after another one in the same paragraph goes on in
            # the same voice
            c.speaker, c.role = before.speaker, before.role
            continue
        # (a cue inside a quote is someone the quoted person reports on: "In mei zei hij: '...'")
        nxt = next((d for d in cands[k + 1:] if d.speaker and d.mention
                    and not any(a <= d.mention[0] < b for a, b in resolver.quoted)), None)
        if nxt is not None and nxt.cstart - c.quote.end < 600 and not any(
                c.quote.end <= nm.start < nxt.mention[0] and resolver._is_person(nm)
                and not any(a <= nm.start < b for a, b in resolver.quoted) for nm in names):
            c.speaker, c.role = nxt.speaker, nxt.role
            continue
        main = _main_person(len(text), resolver, names)  # (named anywhere in the article)
        if main is not None:
            c.speaker, c.role = main.text, resolver.role_for(main)
            continue
        # else the source quoted most often in the article (the nearest of equals)
        count: dict[str, int] = {}
        for d in cands:
            if d.speaker and d.mention and not _data_speaker(d.speaker):
                count[d.speaker] = count.get(d.speaker, 0) + 1
        if count:
            best = max(count, key=lambda spk: (count[spk], -min(abs(d.cstart - c.cstart) for d in cands if d.speaker == spk)))
            c.speaker, c.role = best, next((d.role for d in cands if d.speaker == best and d.role), None)


def _aged_lead_person(c: Candidate, resolver: SpeakerResolver, text: str, names, headline_spans):
    """"Anna Smit (41), lerares in Zwolle, ... ,,Ik ...''": the person the article's first
    body sentence opens with, an age in brackets after the name, for a quote in the first
    person that nothing else attributes (the voice of an interview or a portrait)."""
    if not re.search(r"\b(?:ik|me|mij|mijn)\b", text[c.cstart:c.cend], re.I):
        return None
    body = [nm for nm in names if nm.start < c.cstart and not any(a <= nm.start < b for a, b in headline_spans)
            and not any(a <= nm.start < b for a, b in resolver.quoted)]
    if not body:
        return None
    first = body[0]
    sent_lo = _prev_sentence_start(text, first.start + 1)
    if not (_clearly_person(first) and _aged(first, text)
            and re.fullmatch(r"\s*(?:[\w'-]+\s+){0,2}", text[sent_lo:first.start])):
        return None
    canon = resolver.canonical(first.words) or first
    if canon.words and canon.words <= resolver.byline_words:
        return None
    return canon


def _main_person(before: int, resolver: SpeakerResolver, names):
    """The person the article is about, for a quote nothing else attributes: the clearly
    personal name mentioned most often before ``before`` (a feature's protagonist), when it
    stands out (named at least twice, more often than any other)."""
    counts: dict[str, int] = {}
    canon_of = {}
    for nm in names:
        if nm.start >= before or any(a <= nm.start < b for a, b in resolver.quoted):
            continue
        canon = resolver.canonical(nm.words) or nm
        if nm.label in {"ORG", "LOC"} or not (canon.label == "PER" or (canon.person and canon.label != "ORG")) \
                or (canon.words and canon.words <= resolver.byline_words):
            continue
        counts[canon.text] = counts.get(canon.text, 0) + 1
        canon_of[canon.text] = canon
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return canon_of[ranked[0][0]]
    return None


_PLURAL_CUE = re.compile(r"(?:en|den|ten)$")


def _group_noun(w: str) -> bool:
    """"bewoners", "de bedrijven", "dierenorganisaties": a plural word for people or bodies."""
    singular = singular_forms(w)
    return w in PERSON_NOUNS or bool(singular & PERSON_NOUNS) or _is_role_word(w) \
        or any(_is_role_word(x) for x in singular if len(x) > 7)


def _plural_antecedent(c: Candidate, text: str, resolver: Optional[SpeakerResolver] = None) -> Optional[str]:
    """"Onder de klagers zijn mensen met ... Zij denken dat ...": "ze/zij" with a plural cue verb
    refers to the plural person noun of the sentence before, not to a single person."""
    if not c.cue or text[c.mention[0]:c.mention[1]].lower() not in {"ze", "zij"}:
        return None
    cue = text[c.cue[0]:c.cue[1]].split()[0].lower()
    if not _PLURAL_CUE.search(cue) or cue in {"volgens"}:
        return None
    # the nearest plural group in this sentence or the three before it
    lo = c.mention[0]
    for back in range(4):
        lo = _prev_sentence_start(text, lo) if lo > 0 else 0
        found = None
        for m in re.finditer(r"\b(?:[Dd]e|[Dd]eze|[Dd]ie|[Aa]lle|[Vv]eel|[Ss]ommige|[Ee]nkele|[Tt]wee|[Dd]rie|[Vv]ier|[Vv]ijf|[Zz]es|"
                             r"[Zz]even|[Aa]cht|[Tt]ien|\d+)\s+((?:[a-zà-ÿ][\w-]*\s+){0,2}?)([a-zà-ÿ][\w-]*(?:ers|en|s))\b",
                             text[lo:c.mention[0]]):
            # "de auteurs hebben": the noun may be the first word ("hebben" is no group)
            for w in [x.lower() for x in m.group(1).split()] + [m.group(2).lower()]:
                if not re.search(r"(?:ers|en|s)$", w):
                    continue
                if _group_noun(w):
                    found = "de " + w
                    if resolver is not None and re.match(r"(?:[Dd]e|[Dd]eze)\s+(?:twee|beide)\s", m.group(0)):
                        # "de twee organisaties": the pair of names they stand for, when named
                        r = resolver.resolve(lo + m.start(), lo + m.end())
                        found = r.speaker or found
                    break
        if not found:
            # "Taxibedrijven zijn er niet blij mee. Ze vrezen ...": a bare plural for people or
            # bodies opening the sentence (not "Onderwijsministers Anna Smit en Piet Bos ...": a
            # role before the names it holds)
            m = re.match(r"\s*([A-Z][a-zà-ÿ]+(?:ers|en|s))\b(?!-|\s+[A-Z])", text[lo:c.mention[0]])
            if m and _group_noun(m.group(1).lower()):
                found = m.group(1).lower()
        if found:
            return found
        if resolver is not None and lo < c.mention[0] and back <= 1:
            # "Nederland en een aantal kleinere landen zijn tegen. Zij vinden ...": a coordinated
            # subject of the sentence before
            group = _coordinated_subject(getattr(resolver, "tokens", None), lo, c.mention[0])
            if group is not None and not any(a <= group[0] < b for a, b in resolver.quoted):
                r = resolver.resolve(*group)
                if r.speaker:
                    return r.speaker
        if lo == 0:
            break
    return None


def _coordinated_subject(tix, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """Character span of a coordinated subject ("A en B") of a main clause in [lo, hi)."""
    for doc, rng, t in _main_subjects(tix, lo, hi):
        if any(k.dep_ == "conj" for k in t.children) and any(k.lower_ == "en" for k in t.subtree):
            toks = [x.i for x in t.subtree if x.i in rng and x.i < t.head.i and not x.is_punct]
            sources = [x for x in [t] + [k for k in t.children if k.dep_ == "conj"]
                       if x.pos_ == "PROPN" or x.lower_ in PERSON_NOUNS or _is_role_word(x.text)]
            if toks and toks[-1] - toks[0] < 12 and len(sources) >= 2:
                return doc[toks[0]].idx, doc[toks[-1]].idx + len(doc[toks[-1]].text)
    return None


def _owner_of_a_thing(tix, pos: int) -> bool:
    """"Dat nieuwe meldpunt van (minister) X, ...": a person named after "van" that follows a
    noun is the owner of a thing spoken about, no one introduced to speak."""
    if tix is None or not has_parse(tix.doc):
        return False
    doc = tix.doc
    k = tix.at_or_after(pos) - 1
    while k >= 0 and doc[k].pos_ == "NOUN" and doc[k].text.islower() and _is_role_word(doc[k].text):
        k -= 1  # (past a role before the name: "van minister X")
    return k >= 1 and doc[k].lower_ == "van" and doc[k - 1].pos_ == "NOUN" \
        and not _carries_words(doc[k - 1].lower_) \
        and not (doc[k - 1].lower_ in PERSON_NOUNS or _is_role_word(doc[k - 1].text))
    # (not "het account van X", "het boek van X": X's words; nor "officier van justitie X": a role)


#: where someone's words appear, besides documents (SOURCE_NOUNS) and words for what was
#: said (_SAYING_NOUNS): its owner may well be quoted next
_CARRIER_NOUNS = {"account", "twitteraccount", "tweet", "tweets", "post", "blog", "column", "boek", "toespraak",
                  "speech", "interview", "opiniestuk", "oproep", "website", "site", "kanaal", "video", "podcast",
                  "berichten"}


def _carries_words(noun: str) -> bool:
    return noun in _CARRIER_NOUNS or noun in SOURCE_NOUNS or noun in _SAYING_NOUNS \
        or noun.endswith(("account", "boek", "brief", "stuk", "woord"))  # ("het slotwoord van X")


def _strong_person(nm, text: str) -> bool:
    """A person by the tagger, an age in brackets or a known first name, not by a role alone."""
    first = nm.text.split()[0].lower() if nm.text.split() else ""
    return nm.label == "PER" or first in FEMALE or first in MALE or _aged(nm, text)


def _aged(nm, text: str) -> bool:
    """An age in brackets right after the name: "Anna Smit (41)"."""
    return re.match(r"\s*\(\d{1,3}\)", text[nm.end:nm.end + 8]) is not None


def _clearly_person(nm) -> bool:
    """A person for certain: tagged PER, a known first name, or a stated role."""
    first = nm.text.split()[0].lower() if nm.text.split() else ""
    if _STREET.search(nm.text):
        return False  # (a street named after someone: "de Willem van Dorenstraat")
    return nm.label == "PER" or first in FEMALE or first in MALE or bool(nm.role) or \
        (len(nm.words) >= 2 and nm.label != "LOC" and nm.person)


def _prev_sentence_start(text: str, pos: int) -> int:
    """Start of the sentence that ends right before ``pos``."""
    j = pos - 1
    while j > 0 and text[j] in " \n\t'‘’“”\"„,":
        j -= 1
    m = None
    for m in re.finditer(r"(?<![\s.][A-Z])[.!?:]['’”\"]{0,2}\s+|\n\n", text[max(0, j - 600):j]):
        pass
    return max(0, j - 600) + m.end() if m else max(0, j - 600)


_FINITE_V2 = r"(?:heeft|hebben|had|hadden|is|was|zijn|waren|wordt|werd|zal|zullen|zou|zouden|kan|kon|moet|moest|" \
             r"wil|wilde|gaat|ging|komt|kwam|staat|stond|blijft|bleef|ziet|zag|maakt|maakte|krijgt|kreeg|" \
             r"neemt|nam|geeft|gaf|houdt|hield|spreekt|sprak|toont|toonde|reageert|reageerde|" \
             r"vindt|vond|denkt|dacht|zegt|zei|noemt|noemde|hoopt|hoopte|vreest|vreesde|gelooft|geloofde)"


def _inverted_subject(text: str, sent_lo: int, pos: int) -> bool:
    """Whether the name at pos is the subject right after the finite verb of a sentence that
    opens with an adverbial ("In een toespraak heeft (minister) X ...", "Gisteren was X ...")."""
    head = text[sent_lo:pos]
    if re.search(r"[,;:]", head):
        return False
    if re.match(r"\s*(?:Hij|Zij|Ze|Ik|Wij|We|Jij|Je|U)\s", head) \
            or re.search(r"\b(?:op|van|met|in|aan|voor|bij|naar|uit|door|over|om|achter|tegen)\s+zijn\s+$", head):
        return False  # "Hij rijdt voorbij op zijn Vespa": the subject opens it; "zijn" a possessive
    return bool(re.search(r"^\s*\S.*?\b%s\s+(?:[a-zà-ÿ-]+\s+)?(?:(?:De|Van|Den|Ter|Ten|Te|Op)\s+)?$" % _FINITE_V2, head)) and len(head) < 120


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether a name opens its sentence (after at most a role or a determiner): the person
    a following quote without a cue is introduced by ("Lijsttrekker X straalt. '...'")."""
    head = text[max(0, pos - 40):pos]
    m = re.search(r"(?:^|[.!?:]['’”\"]{0,2}\s+|\n)((?:[\w'’-]+\s+){0,2})$", head)  # (also "PVV'er X")
    return bool(m)


def _kicker_source(c: Candidate, body: list[Candidate], text: str) -> Optional[str]:
    """"'Te weinig controle'. DNB niet gerust op ...", "'...'. Maurice de Hond: nieuwe feiten":
    the title line goes on after its quote with a name that a body record has as its source."""
    line_end = text.find("\n", c.cend)
    rest = text[c.cend:line_end if line_end >= 0 else len(text)]
    m = re.match(r"\W*?[.:]\s+((?:[A-Z][\w'’.-]*)(?:\s+(?:van|de|der|den|[A-Z][\w'’.-]*)){0,3})(?=\s*:|\s+[a-z])", rest)
    if not m:
        return None
    named = [w.lower() for w in re.findall(r"\w+", m.group(1))]
    if named[0] in _PORTRAYED | _TITLE_GENRES:
        return None  # "'...'. Reportage X", "'...'. Interview X": the kind of piece, not a source

    def names_it(speaker: str) -> bool:
        # the same name, its acronym in brackets ("Nederlandsche Bank (DNB)"), or a person's
        # surname ("Aboutaleb"); not a word inside a description ("gebruikers van het terrein")
        acronym = re.search(r"\((\w+)\)$", speaker)
        words = [w.lower() for w in re.findall(r"\w+", re.sub(r"\s*\(\w+\)$", "", speaker))]
        return words == named or (acronym is not None and [acronym.group(1).lower()] == named) \
            or (words[-len(named):] == named and not {"van", "uit", "voor", "bij"} & set(words))

    speakers = [b.speaker for b in body if b.speaker and names_it(b.speaker)]
    return max(dict.fromkeys(speakers), key=speakers.count) if speakers else None


#: kinds of piece a title line may name after its quote
_TITLE_GENRES = {"reportage", "column", "kort", "opinie", "analyse", "achtergrond", "recensie", "commentaar",
                 "reactie", "verslag", "nieuws", "brief", "ingezonden"}


def _headline_speaker(c: Candidate, body: list[Candidate], text: str) -> Optional[str]:
    """Headline and standfirst quotes: the speaker of the body record that repeats the words,
    else the dominant quoted speaker of the article, else unknown."""
    from .merge import token_f1

    content = text[c.cstart:c.cend]

    def overlap(b: Candidate) -> float:
        # (the headline may repeat one sentence of a longer quote)
        words = text[b.cstart:b.cend]
        return max([token_f1(content, words)] + [token_f1(content, s) for s in re.split(r"(?<=[.!?])\s+", words)])

    scored = [(overlap(b), b) for b in body]
    best = max(scored, key=lambda sb: sb[0], default=None)
    if best is not None and best[0] >= 0.4:
        return best[1].speaker
    named = _kicker_source(c, body, text)
    if named:
        return named
    speakers = [b.speaker for b in body if b.speaker and b.type == "direct"]
    if speakers:
        # (ties go to the one quoted first, not to the order of a set)
        top = max(dict.fromkeys(speakers), key=speakers.count)
        if speakers.count(top) >= max(2, 0.5 * len(speakers)):
            return top
        # the source quoted first in the body, when quoted about as often as anyone: the
        # headline usually quotes the article's lead voice
        first = speakers[0]
        if speakers.count(first) >= 2 and speakers.count(first) >= speakers.count(top) - 1:
            return first
    return None
