"""Quote spans over raw text (no language model): every Dutch quote style, apostrophes,
multi-sentence and paragraph-reopened quotes, unbalanced marks."""
import pytest
from hypothesis import given, settings, strategies as st

from aldus.attribution.quotes import find_quotes


def contents(text):
    return [text[q.cstart:q.cend] for q in find_quotes(text)]


@pytest.mark.parametrize("text,expected", [
    ("‘Het water staat hoog’, zegt de dijkgraaf.", ["Het water staat hoog"]),
    ("“Het water staat hoog”, zegt de dijkgraaf.", ["Het water staat hoog"]),
    ("„Het water staat hoog”, zegt de dijkgraaf.", ["Het water staat hoog"]),
    (",,Het water staat hoog'', zegt de dijkgraaf.", ["Het water staat hoog"]),
    ('"Het water staat hoog", zegt de dijkgraaf.', ["Het water staat hoog"]),
    ("'Het water staat hoog', zegt de dijkgraaf.", ["Het water staat hoog"]),
    (",,Het water staat hoog\", zegt de dijkgraaf.", ["Het water staat hoog"]),
])
def test_quotes_every_style(text, expected):
    assert contents(text) == expected


def test_quotes_a_stray_space_after_the_opening_low_marks():
    assert contents("De dijkgraaf: ,, Het water staat hoog.\" Daarna ging hij naar huis.") == ["Het water staat hoog."]
    # (guard) a doubled comma inside a sentence opens nothing
    assert contents("Het water,, staat hoog, zegt hij.") == []


def test_quotes_apostrophes_are_not_marks():
    text = "'Zo'n rit met de auto's duurt 's avonds lang', zegt hij. Daarna rijdt hij naar Anne's huis."
    assert contents(text) == ["Zo'n rit met de auto's duurt 's avonds lang"]


def test_quotes_apostrophe_clitics_outside_quotes():
    text = "Het was 's nachts stil in de jaren '80 en 't bleef zo."
    assert contents(text) == []


def test_quotes_multi_sentence_is_one_span():
    text = "'Het gaat goed. We zijn tevreden. Volgend jaar meer', zegt de trainer."
    assert contents(text) == ["Het gaat goed. We zijn tevreden. Volgend jaar meer"]


def test_quotes_reopened_paragraph_continues():
    text = "'We begonnen klein. Toen groeide het snel.\n\n'Nu hebben we veertig mensen in dienst.'"
    qs = find_quotes(text)
    assert [text[q.cstart:q.cend] for q in qs] == [
        "We begonnen klein. Toen groeide het snel.", "Nu hebben we veertig mensen in dienst."]
    assert qs[0].continues and qs[1].reopened


def test_quotes_unclosed_stops_at_sentence():
    long_tail = " De gemeente bouwt verder aan de nieuwe wijk." * 20
    text = "Zij zegt: 'Dit gaat nooit meer goed." + long_tail
    (q,) = find_quotes(text)
    assert text[q.cstart:q.cend] == "Dit gaat nooit meer goed." and not q.closed


def test_quotes_reopened_in_one_line_runs_to_the_next_opener():
    # paragraphs of one long quote flattened into one line: each opens, only the last closes
    first = "'We zien dat de vraag groeit. " + "Elke week melden zich nieuwe gezinnen. " * 12
    text = "De directeur: " + first + "'Daarom bouwen we een tweede loods.'"
    qs = find_quotes(text)
    assert [text[q.cstart:q.cend] for q in qs] == [
        first[1:].rstrip(), "Daarom bouwen we een tweede loods."]
    assert not qs[0].closed and qs[1].closed


def test_quotes_closing_mark_after_a_stray_space_before_its_cue():
    # "'... zeg je boe ', riep ze": the space is a typing slip; the quote ends there and does
    # not run on to the next mark
    text = "'Wil je hem weg hebben, zeg je boe ', riep ze. De wethouder noemde het 'totaal onacceptabel'."
    assert contents(text) == ["Wil je hem weg hebben, zeg je boe", "totaal onacceptabel"]


def test_quotes_stray_closing_mark_is_ignored():
    text = "Het plan’ is klaar. De wethouder is blij."
    assert contents(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Ze is boos. 'De afspraak is gebroken\", aldus directeur Jan Smit. Hij vertrekt.",
     ["De afspraak is gebroken"]),
    ('Het is feest. "We kijken naar onze eigen partij\', zegt Jan Smit. "Dit is een opsteker." Klaar.',
     ["We kijken naar onze eigen partij", "Dit is een opsteker."]),
    ('Hij zei: "De fietsen van de ouders\' kinderen staan daar." Klaar.',
     ["De fietsen van de ouders' kinderen staan daar."]),
    # a straight double mark closed by the typewriter closer ''
    ('De bakker is blij. "Het brood gaat goed.\'\' Hij lacht. "We bakken meer.\'\' Zegt woordvoerder Eva Bos: "Dat klopt."',
     ["Het brood gaat goed.", "We bakken meer.", "Dat klopt."]),
])
def test_quotes_closed_by_the_other_family(text, expected):
    """Papers that open with one mark and close with another do not lose the cue."""
    assert contents(text) == expected


def test_quotes_single_marks_inside_double_typewriter_marks():
    """A quote inside ,,...'' closes with ' and must not end the outer quote."""
    text = ",,Ik remde af. 'Nu stoppen', dacht ik.'' Daarna belde hij de politie."
    assert contents(text) == ["Ik remde af. 'Nu stoppen', dacht ik."]


def test_quotes_nested_other_style_stays_inside():
    text = "„Hij noemde het ‘een ramp’ en vertrok”, zegt zij."
    assert contents(text)[0] == "Hij noemde het ‘een ramp’ en vertrok"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["'", '"', "‘", "’", "“", "”", "„", ",,", "''", "auto's", "zegt", "hij",
                                 ".", ",", " ", "\n\n", "Het", "gaat", "goed", "'s", ":"]), max_size=40))
def test_quotes_never_crash_and_stay_in_their_block(parts):
    text = " ".join(parts)
    for q in find_quotes(text):
        assert 0 <= q.start <= q.cstart <= q.cend <= q.end <= len(text)
        assert "\n\n" not in text[q.cstart:q.cend]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["'", '"', "‘", "’", "“", "”", "„", ",,", "''", "zegt", "Jan de Vries", "hij",
                                 "volgens", "dat", ".", ",", ":", "\n\n", "Het", "plan", "is", "goed", "aldus",
                                 "de politie", "'s", "auto's", "Dat", "concludeert"]), max_size=50))
def test_attribution_never_crashes_on_odd_marks(parts):
    import spacy

    from aldus.attribution import attribute
    from aldus.model import build_article

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    paras = [p for p in " ".join(parts).split("\n\n") if p.strip()] or ["leeg"]
    art = build_article(id="f", source="f", format="txt", blocks=[("headline", "Kop")] + [("paragraph", p) for p in paras])
    for r in attribute(art, nlp(art.text)):
        assert art.text[r.start:r.end] == r.content
        assert r.cue is None or art.text[r.cue_start:r.cue_end] == r.cue
        assert r.speaker_mention is None or art.text[r.mention_start:r.mention_end] == r.speaker_mention
