"""Invariants on any text: spans point at the input, quotes never overlap, output is deterministic."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotattr import Quote, extract_quotes
from quotattr.batch import extract_many

MARKS = "\"'“”‘’«»„‚‹›「」『』`"
WORDS = ["said", "says", "told", "according", "to", "he", "she", "they", "Mr.", "Smith", "The", "ministry",
         "that", ",", ".", ":", "\n\n", "\n", " ", "adding", "U.S.", "'s", "don't", "rebels'", "—"]

news_like = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(list(MARKS)), st.text(max_size=6)), max_size=80
).map(" ".join)
DASH_WORDS = ["—", "―", "said", "asked", "Bob", "he", ",", "?", "!", ".", ":", "", "Yes", "—said", "no", "\n", "'"]
dash_like = st.lists(  # dash-dialogue: paragraphs opened by a quotation dash
    st.lists(st.sampled_from(DASH_WORDS), max_size=12).map(lambda words: "—" + " ".join(words)), max_size=10
).map("\n\n".join)
any_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=MARKS + " \n", max_size=200),
    st.text(alphabet=st.characters(blacklist_categories=("Zs",)), max_size=200),
    news_like,
    dash_like,
)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_invariants(text: str, quotes: list[Quote]) -> None:
    prev_end = -1
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= prev_end, "quotes overlap"
        prev_end = q.end
        assert q.kind in ("direct", "mixed", "indirect")
        assert 0.0 <= q.confidence <= 1.0
        assert q.fragments and q.fragments[0].start == q.start and q.fragments[-1].end == q.end
        for f in q.fragments:
            assert text[f.start : f.end] == f.text and f.start < f.end
        for span in (q.speaker, q.cue, *(c.speaker for c in q.candidates)):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text


@SETTINGS
@given(any_text)
def test_spans_point_at_the_text_and_never_overlap(text: str) -> None:
    check_invariants(text, extract_quotes(text))


@SETTINGS
@given(any_text)
def test_deterministic(text: str) -> None:
    assert extract_quotes(text) == extract_quotes(text)


def _seen(quotes: list[Quote]) -> list[tuple[object, ...]]:
    """What a reader sees of each quote, line ends aside."""
    return [(q.kind, q.text.replace("\r", ""), q.cue and q.cue.text, q.confidence, q.speaker and (
        q.speaker.text.replace("\r", ""), q.speaker.name), len(q.fragments)) for q in quotes]


@SETTINGS
@given(any_text.filter(lambda t: "\r" not in t))
def test_windows_line_ends_change_only_the_offsets(text: str) -> None:
    # one-break-convention: the same text with "\r\n" line ends gives the same quotes, at offsets into itself
    crlf = text.replace("\n", "\r\n")
    quotes = extract_quotes(crlf)
    check_invariants(crlf, quotes)
    assert _seen(quotes) == _seen(extract_quotes(text))


@settings(max_examples=50, deadline=None)
@given(st.lists(news_like, max_size=6))
def test_extract_many_equals_mapping(texts: list[str]) -> None:
    assert [list(r.quotes) for r in extract_many(texts)] == [extract_quotes(t) for t in texts]


@settings(max_examples=30, deadline=None)
@given(st.lists(news_like, min_size=1, max_size=8))
def test_threads_give_the_same_results(texts: list[str]) -> None:
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(extract_quotes, texts))
    assert threaded == [extract_quotes(t) for t in texts]


@settings(max_examples=50, deadline=None)
@given(news_like)
def test_results_pickle_and_json_round_trip(text: str) -> None:
    quotes = extract_quotes(text)
    assert pickle.loads(pickle.dumps(quotes)) == quotes
    dumped = [q.to_dict() for q in quotes]
    assert json.loads(json.dumps(dumped)) == dumped


def test_no_spaces_and_only_marks() -> None:
    for text in ["a" * 5000, '"' * 3001, "“" * 2000 + "”" * 10, "'" * 999, "said" * 1000, "\n" * 500]:
        check_invariants(text, extract_quotes(text))


# cue words glued to any character: "said”", "—told", "SAYS1"
glued = st.lists(st.one_of(st.sampled_from(["said", "Says", "TOLD", "according", "Poll"]), st.characters()),
                 max_size=40)


@given(st.one_of(any_text, glued.map("".join)))
@SETTINGS
def test_the_fast_cue_word_test_equals_the_regex_one(text: str) -> None:
    # the pipeline's C-level test for cue words (translate and split) finds what the letter-run regex finds: a word
    # that may start a verb cue, or a poll noun (cues.in-poll)
    from quotattr.lexicon import Lexicon
    from quotattr.pipeline import _LETTERS, _has_cue_word

    lex = Lexicon.default()
    words = _LETTERS.findall(text.lower())
    expected = not (lex.verb_cue_words.isdisjoint(words) and lex.words["poll-noun"].isdisjoint(words))
    assert _has_cue_word(text, 0, len(text), lex) == expected


# ASCII text and news punctuation, with the characters where the two engines' classes could differ: separators,
# controls, letters with marks
fast_text = st.one_of(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=300),
    st.text(alphabet="ab1 _-.,'\x1c\x1f\x0b" + "’‘“”—–―…•«»„\u00a0" + "éñ̃\u200b²", max_size=200),
    st.lists(st.sampled_from([*WORDS, "\x1c", "\x1f", "\x0b", "\x0c", "_", "31,000", "9/11", "R-Fla.", "A&M"]),
             max_size=60).map(" ".join),
)


@given(fast_text)
@SETTINGS
def test_the_fast_path_tokenises_as_regex_does(text: str) -> None:
    # segment.ascii-fast-path: the standard library's engine finds the very pairs of the regex engine's pattern on
    # the spans it serves, and tokenize gives the same tokens with the fast path as without it
    from quotattr import segment
    from quotattr.fastre import fast_span
    from quotattr.lexicon import Lexicon

    fast = segment._SPACED_TOKEN_FAST
    if fast is None:  # (Python 3.10: no fast path)
        return
    if fast_span(text):
        assert fast.findall(text) == segment._SPACED_TOKEN.findall(text)
    lex = Lexicon.default()
    with_fast = segment.tokenize(text, 0, len(text), lex)
    segment._SPACED_TOKEN_FAST = None
    try:
        assert segment.tokenize(text, 0, len(text), lex) == with_fast
    finally:
        segment._SPACED_TOKEN_FAST = fast


@given(fast_text)
@SETTINGS
def test_the_fast_lower_word_twin_matches_as_regex_does(text: str) -> None:
    # cast's fast-path twin counts the same lower-case words on the texts fastre serves
    from quotattr import cast
    from quotattr.fastre import fast_span

    if cast._LOWER_WORD_FAST is not None and fast_span(text):
        assert cast._LOWER_WORD_FAST.findall(text) == cast._LOWER_WORD.findall(text)


_TURNS = ['"Is it far?" asked Piet.', '"Not very," said Lucy.', '"Why?" she asked.', '"Why?" he asked.', '"Yes."',
          '"No."', '"Then come," said Lucy.', 'Lucy looked at Piet.', '"Well?" said the young man.',
          '"So," said the girl.', 'Piet smiled. "Go on."']
_OPENING = ("Lucy came in; she sat down. Then Lucy rose and she smiled. Piet came; he bowed. "
            "Then Piet sat and he read. Lucy, Maud and Piet met by the gate, where Odo waited for Maud and Piet.")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TURNS), min_size=3, max_size=6))
@example(['"Is it far?" asked Piet.', '"No."', '"No."', '"No."', '"So," said the girl.'])
def test_a_speaker_written_as_a_name_is_named_so(turns: list[str]) -> None:
    # one-mention-one-name, own-mention-first, guessed-new-turn: whatever mention the turn order borrows, a speaker
    # whose text is a person's name carries that person's name (a reader can check it against the text)
    filler = [f'"Line {i} of the earlier talk," said Odo.' for i in range(20)]
    text = "\n\n".join([*filler, _OPENING, *turns])
    for q in extract_quotes(text):
        if q.speaker is not None and q.speaker.text in ("Piet", "Lucy", "Odo"):
            assert q.speaker.name == q.speaker.text, (q.speaker.text, q.speaker.name)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TURNS), min_size=3, max_size=8), st.booleans())
def test_in_a_short_passage_a_speaker_written_as_a_name_is_named_so(turns: list[str], opening: bool) -> None:
    # the same in a passage too short for a dialogue document (dialogue-excerpt may read it as one)
    text = "\n\n".join([_OPENING, *turns] if opening else turns)
    for q in extract_quotes(text):
        if q.speaker is not None and q.speaker.text in ("Piet", "Lucy", "Odo"):
            assert q.speaker.name == q.speaker.text, (q.speaker.text, q.speaker.name)
