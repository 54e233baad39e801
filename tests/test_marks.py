"""Quote-mark lexing: every mark style, apostrophes, nesting, continued paragraphs, unclosed marks."""

from __future__ import annotations

import pytest

from quotattr import extract_quotes
from quotattr.lexicon import Lexicon
from quotattr.marks import drop_mark_floods, find_quoted_spans
from quotattr.segment import find_paragraphs


def spans(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in q.pieces] for q in find_quoted_spans(text, find_paragraphs(text), Lexicon.default())]


@pytest.mark.parametrize(
    "text",
    [
        'She said "we will win" today.',
        "She said “we will win” today.",
        "She said ‘we will win’ today.",
        "She said 'we will win' today.",
        "She said «we will win» today.",
        "She said „we will win“ today.",
        "She said ‚we will win‘ today.",
        "She said ‹we will win› today.",
        "She said 「we will win」 today.",
        "She said 『we will win』 today.",
        "She said ``we will win'' today.",
        "She said ''we will win'' today.",
    ],
)
def test_every_mark_style(text: str) -> None:
    assert spans(text) == [["we will win"]]


@pytest.mark.parametrize(
    "text",
    ["The rebels' guns don't work.", "In the '90s it was O'Brien's.", "It’s the rebels’ town, isn’t it?",
     "Rock 'n' roll never died.", "Give 'em the ‘90s look."],
)
def test_apostrophes_are_not_marks(text: str) -> None:
    assert spans(text) == []


def test_plural_possessive_inside_single_quote() -> None:
    assert spans("'The rebels' guns are silent,' he said.") == [["The rebels' guns are silent,"]]
    # before a stop and the closing mark too: "the Hales',' she said" (the quotation had been lost)
    assert spans("'You have been to the Hales',' she said.\n\n'I have.'") == [
        ["You have been to the Hales',"], ["I have."]]
    # (a nested quotation in the same marks still closes there)
    assert spans("'I wouldn't say 'no' to the 'movies'.'") == [["I wouldn't say 'no' to the 'movies'."]]


def test_an_elided_decade_inside_single_quotes_is_no_mark() -> None:
    # elision of a decade written out (stop 63): "'forty-seven" had closed nothing and opened a nested quotation, and
    # the whole quotation was lost
    assert spans("'It was the winter of 'forty-seven, and the snow was deep.' Jane leaned forward.") == [
        ["It was the winter of 'forty-seven, and the snow was deep."]]


def test_a_quotation_in_single_marks_goes_on_into_the_next_paragraph() -> None:
    # single-continued (stop 63): a paragraph opened by a single mark and left open, before a paragraph opened by one
    # too, goes on there, as in double marks (it had been dropped: an unclosed single mark may be an apostrophe)
    text = "'It was the winter of 1947, and the snow was deep.\n\n'Then we heard a knock.'\n\nJane leaned forward."
    assert spans(text) == [["It was the winter of 1947, and the snow was deep.", "Then we heard a knock."]]
    assert spans("'Tis a pity.\n\nShe left.") == []  # (no paragraph after opens with a mark: nothing goes on)


def test_an_elided_and_inside_single_quotes_is_no_mark() -> None:
    # elided-and: both marks of "'n'" are apostrophes, inside a quotation as outside one
    assert spans("'Rock 'n' roll never dies,' said the shopkeeper. 'Not while I'm alive.'") == [
        ["Rock 'n' roll never dies,"], ["Not while I'm alive."]]


def test_a_dropped_g_inside_single_quotes_is_an_apostrophe() -> None:
    # g-dropping: "goin'" before a lower-case word does not close the quotation opened before it
    assert spans("'I'm goin' down to the river,' said Tom. 'Back soon.'") == [
        ["I'm goin' down to the river,"], ["Back soon."]]
    # before a stop and the closing mark ("mornin'.'", "comin'?'"), and "an'" for "and", it is one too
    assert spans("'You comin'?' said Alf.\n\n'Not tonight. 'Tis cold, an' I've work in the mornin'.'") == [
        ["You comin'?"], ["Not tonight. 'Tis cold, an' I've work in the mornin'."]]
    # (a nested quotation in double marks still closes after "in": "'come in'.")
    assert spans('"He said \'come in\'. So I did."') == [["He said 'come in'. So I did."]]


def test_nested_quote_stays_inside() -> None:
    text = "He said: “They told me ‘never again’ and left.” Then he went."
    assert spans(text) == [["They told me ‘never again’ and left."]]


def test_nested_straight_single_inside_double() -> None:
    text = "\"He called it 'a disaster' twice,\" she said."
    assert spans(text) == [["He called it 'a disaster' twice,"]]


def test_continued_over_paragraphs() -> None:
    text = "“First part of the speech.\n\n“Second part.\n\n“Last part,” he said."
    assert spans(text) == [["First part of the speech.", "Second part.", "Last part,"]]


def test_unclosed_mark_ends_at_its_paragraph() -> None:
    text = 'He said "this never closes.\n\nA new paragraph with "a quote" here.'
    assert spans(text) == [["this never closes."], ["a quote"]]


def test_unclosed_single_is_an_apostrophe() -> None:
    assert spans("The 'broken mark here.\n\nOther 'quoted' words.") == [["quoted"]]


def test_stray_closing_mark_is_ignored() -> None:
    assert spans("Nothing” here but “this” one.") == [["this"]]


def test_sloppy_right_mark_used_as_opener() -> None:
    assert spans("”Fear. I am afraid,” she wrote.") == [["Fear. I am afraid,"]]


def test_sloppy_left_mark_used_as_closer() -> None:
    # closing-opener (stop 37): a “ after punctuation and before a space closes the open quotation
    assert spans("“It's unusual,“ said Noble. “It's hard.”") == [["It's unusual,"], ["It's hard."]]
    assert spans("He called it “fine“ and left.") == [["fine"]]


def test_only_marks_never_fails() -> None:
    text = '"""\'\'\'“”‘’«»' * 50
    assert isinstance(spans(text), list)


def test_stray_mark_around_complete_quotes_is_dropped() -> None:
    text = '"Ann walked in. “We won,” she said. “Twice.”\n\n"Then she left.'
    assert spans(text) == [["We won,"], ["Twice."], ["Then she left."]]


def test_mark_before_a_transcript_label_opens_no_quote() -> None:
    text = '"HOST: Is it “final”?\n\n"COLE: No.\n\n"We won," she said.'
    assert spans(text) == [["final"], ["We won,"]]


def test_mark_flood_paragraph_is_left_out_but_prose_is_kept() -> None:
    flood = "“‘" * 500 + " he said " + "’”" * 500
    text = f'"We won," Ana said.\n\n{flood}\n\n"Again," Ben said.'
    quotes = extract_quotes(text)
    found = [(q.content, q.speaker.text if q.speaker else None) for q in quotes]
    assert found == [("We won,", "Ana"), ("Again,", "Ben")]


def test_dialogue_dense_with_marks_is_not_a_flood() -> None:
    # Short turns are mark-dense, but a paragraph needs more than 64 marks before density counts.
    text = " ".join(['"No." "Yes."'] * 16)
    assert drop_mark_floods(text, [(0, len(text))]) == [(0, len(text))]


def test_an_invisible_format_character_beside_a_mark_counts_as_space() -> None:
    # format-is-space: a scraped direction mark before a sloppy ” opener
    text = "It was a long day.  \u202a”This is why it matters,” said Ana Ruiz."
    assert [(q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("This is why it matters,", "Ana Ruiz")]
    assert spans('She said \u200b"no"\u200b twice.') == [["no"]]


def test_a_straight_opener_closed_by_a_curly_mark_is_one_quotation() -> None:
    # mixed-family: no later straight mark can close the opener, so the curly one does
    text = '"We have a bully pulpit here,” said Ana Ruiz, the mayor. “Nobody can ignore it.”'
    assert spans(text) == [["We have a bully pulpit here,"], ["Nobody can ignore it."]]
    assert spans('“He said "no" to me,” she said.') == [['He said "no" to me,']]


def _dash_pieces(text: str) -> list[list[str]]:
    return spans(text)


def test_dash_dialogue_turns_end_at_their_attribution() -> None:
    # dash-dialogue: speech runs to the attribution; speech resumes after a closing dash or after ": —"
    text = ("—Good morning, said Stephen.\n\n—Is it? said Buck Mulligan. It is a fine day.\n\n"
            "—It is, Stephen said quietly.\n\n—Back to barracks! he said. He added: —For this, O beloved.\n\n"
            "—Good morning —said Stephen—. It is late.\n\n—Yes, my love?")
    assert _dash_pieces(text) == [["Good morning,"], ["Is it?"], ["It is,"], ["Back to barracks!"],
                                  ["For this, O beloved."], ["Good morning"], ["It is late."], ["Yes, my love?"]]


def test_dash_turns_with_apostrophes_and_described_speakers() -> None:
    # an apostrophe is no quotation mark in a dash turn ("It's only me"); a determiner's or possessive's phrase
    # after the verb speaks ("asked his mother"); punctuation parts a name from a verb ("Stephen? asked" is no
    # "Stephen asked")
    text = ("— Is that you, Stephen? asked his mother from the kitchen.\n\n— Yes, he said. It's only me.\n\n"
            "— The library, said his father. Well, well.\n\n— I'm not tired, said Stephen.")
    assert _dash_pieces(text) == [["Is that you, Stephen?"], ["Yes,"], ["The library,"], ["I'm not tired,"]]


def test_dash_speech_resumes_after_an_attribution_ending_at_a_comma() -> None:
    # dash-resume-after-comma: "said Mr Dedalus, you're home early" goes on speaking; a participle, a conjunction or
    # a possessive after the comma is narration ("said Stephen, turning away", "his voice low")
    text = ("—Well, said Mr Dedalus, you're home early.\n\n—Yes, said Stephen, turning to the window.\n\n"
            "—Thanks, he said brightly, that will do.\n\n—No, she said, and went out.\n\n"
            "—Wait, said his mother, her voice low.")
    assert _dash_pieces(text) == [["Well,"], ["you're home early."], ["Yes,"], ["Thanks,"], ["that will do."],
                                  ["No,"], ["Wait,"]]
    assert [f.text for f in extract_quotes(text)[0].fragments] == ["Well,", "you're home early."]


def test_a_dash_turn_calling_someone_before_its_attribution_keeps_the_call() -> None:
    # dash-vocative: a comma parts the called name from the speaker ("Mulligan, Stephen said" is no one speaker)
    text = ("—Come up, Kinch! Buck Mulligan called.\n\n—Tell me, Mulligan, Stephen said quietly.\n\n"
            "—Yes, my love?\n\n—Ask Haines, Kinch, he said.")
    assert _dash_pieces(text) == [["Come up, Kinch!"], ["Tell me, Mulligan,"], ["Yes, my love?"],
                                  ["Ask Haines, Kinch,"]]
    assert [(q.speaker.text if q.speaker else None) for q in extract_quotes(text)][:2] == ["Buck Mulligan", "Stephen"]


def test_dash_led_lists_and_quote_mark_novels_are_no_dash_dialogue() -> None:
    # dash-list: dashes that seldom say who speaks are a list; a novel of quotation marks keeps its marks
    bullets = "\n\n".join(f"— Carol Lee of the Journal, winner of prize {i}." for i in range(5))
    assert _dash_pieces(bullets) == []
    novel = '"Yes," said Bob.\n\n"No," said Ann.\n\n"Why?"\n\n"Because."\n\n—Well, said Bob.\n\n—No, said Ann.'
    assert _dash_pieces(novel) == [["Yes,"], ["No,"], ["Why?"], ["Because."]]


def test_a_title_case_quotation_after_a_possessive_is_a_title() -> None:
    assert spans('"We are not out of the woods," Fauci told CNN\'s "State of the Union."') == [
        ["We are not out of the woods,"]]
    assert spans('She defended Clinton\'s "basket of deplorables" remark.') == [["basket of deplorables"]]
    # not in a headline, where every word is capitalised
    assert spans("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance.\n\nText.") == [
        ["Incredibly Hateful Rhetoric"]]


def test_a_show_after_a_possessive_addressee_is_no_content() -> None:
    (q,) = extract_quotes('Fauci told NBC\'s "Meet the Press" that cases could rise.')
    assert q.content == "that cases could rise"


def test_a_single_mark_after_plain_text_italics_closes() -> None:
    # emphasis-mark: "'_Arriving 3.18. Beaver._'" is one quotation; the mark after "_" closes it
    text = "Brenda read. '_Arriving 3.18 so looking forward visit. Beaver._' And asked, 'What's Beaver?'"
    assert spans(text) == [["_Arriving 3.18 so looking forward visit. Beaver._"], ["What's Beaver?"]]


def test_a_single_mark_after_a_space_at_a_line_end_closes_broken_off_speech() -> None:
    # cut-off-close: "'I knocked, but seemingly '" lost its dash; the mark still closes the quotation
    text = "'I knocked, but seemingly '\n\n'Perhaps you did. But in my investigations I must ask you '\n\n'Certainly.'"
    assert spans(text) == [["I knocked, but seemingly "], ["Perhaps you did. But in my investigations I must ask you "],
                           ["Certainly."]]
    text = "'I was standing at a bookstall ' Mr. Brownlow began.\n\n'Hold your tongue, sir,' said Mr. Fang."
    assert spans(text) == [["I was standing at a bookstall "], ["Hold your tongue, sir,"]]  # (between spaces too)


def test_a_spaced_contraction_is_no_opening_mark() -> None:
    # spaced-contraction: "It 's a bad business, but don't let 's talk of it" is one quotation, its "'s" apostrophes
    text = "'It 's a bad business, but don't let 's talk of it now. You 'll see.' He rose."
    assert spans(text) == [["It 's a bad business, but don't let 's talk of it now. You 'll see."]]
    assert spans("He said 'so what' and left.") == [["so what"]]  # (a quotation opening on a word stays one)


def test_a_short_elided_word_inside_a_single_quotation_is_no_opening() -> None:
    # elided-in-quote: "'e do speak uncommon 'igh" drops an h; a nested "'no'" still opens and closes
    text = "('The Reverend Tendril 'e do speak uncommon 'igh of the Queen,' a gardener's wife had once remarked.)"
    assert spans(text) == [["The Reverend Tendril 'e do speak uncommon 'igh of the Queen,"]]
    assert spans("'I wouldn't say 'no' to that,' she said.") == [["I wouldn't say 'no' to that,"]]
