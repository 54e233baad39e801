from __future__ import annotations

from quotattr import extract_quotes
from quotattr.lexicon import Lexicon
from quotattr.marks import find_quoted_spans
from quotattr.segment import find_paragraphs, find_sentences, tokenize

LEX = Lexicon.default()


def sentences(text: str) -> list[str]:
    p = find_paragraphs(text)
    return [text[s.start : s.end] for s in find_sentences(text, p, find_quoted_spans(text, p, LEX), LEX)]


def test_paragraphs_by_blank_lines_and_crlf() -> None:
    text = "One.\r\n\r\nTwo\nstill two.\r\rThree."
    assert [text[s:e] for s, e in find_paragraphs(text)] == ["One.", "Two\nstill two.", "Three."]


def test_paragraphs_one_per_line_without_blank_lines() -> None:
    assert find_paragraphs("A.\nB.\n") == [(0, 2), (3, 5)]


def test_paragraphs_one_per_line_with_blank_lines_between_sections() -> None:
    # unwrapped-lines: lines longer than a wrapped line are paragraphs even where blank lines part the sections;
    # hard-wrapped prose keeps its lines together
    long = ("The rain had not stopped for three days, and Mrs. Oakley was in a temper with everyone. " * 2).strip()
    text = f"{long}\n'I told you,' she said.\n\nCHAPTER TWO\n\n{long}\n'Yes.'"
    assert [text[s:e] for s, e in find_paragraphs(text)] == [long, "'I told you,' she said.", "CHAPTER TWO", long,
                                                             "'Yes.'"]
    wrapped = "The rain had not stopped for three days,\nand Mrs. Oakley was in a temper.\n\nShe said so."
    assert len(find_paragraphs(wrapped)) == 2


def test_paragraphs_opened_by_an_indent() -> None:
    # indented-paragraphs: hard-wrapped lines, no blank lines, an indent opening each paragraph; an indented letter,
    # all of whose lines are indented, opens no paragraph per line
    text = " The rain had not stopped\nfor three days.\n 'I told you,' she\nsaid.\n 'Yes.'\n"
    assert [text[s:e] for s, e in find_paragraphs(text)] == [
        "The rain had not stopped\nfor three days.", "'I told you,' she\nsaid.", "'Yes.'"]
    letter = "He read it.\n\n    Dear Sir,\n    I write in haste.\n\nHe put it down."
    assert [letter[s:e] for s, e in find_paragraphs(letter)] == [
        "He read it.", "Dear Sir,\n    I write in haste.", "He put it down."]


def test_a_horizontal_bar_reads_as_an_em_dash() -> None:
    # horizontal-bar-dash: "―" (U+2015) sets off an aside as "—" does; the token's offsets are the text's
    text = "When Clinton noted it ― as was true ― Trump boasted, “That makes me smart.”"
    bar = [t for t in tokenize(text, 0, len(text), LEX) if t.text == "—"]
    assert [text[t.start : t.end] for t in bar] == ["―", "―"]
    (q,) = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.text == "Trump"
    # so does a spaced en dash (British style), not one in a range
    (q,) = extract_quotes("The minister – who has faced calls to resign – said the plan was “on track”.")
    assert q.speaker is not None and q.speaker.text == "The minister"
    assert [t.text for t in tokenize("In 2010–2012 sales rose.", 0, 24, LEX)][1:4] == ["2010", "–", "2012"]


def test_abbreviations_do_not_split() -> None:
    assert sentences("Sen. Warren met Gov. Smith on Jan. 5 in Washington. Then they left.") == [
        "Sen. Warren met Gov. Smith on Jan. 5 in Washington.",
        "Then they left.",
    ]


def test_an_abbreviation_ending_a_long_line_ends_its_sentence() -> None:
    # line-after-abbreviation: a line longer than a wrapped one ends with its sentence after "U.S."; a wrapped line
    # breaking after "U.S." does not
    long = ("Cruz said the epidemic was one more reason to secure the southern border, to keep heroin traffickers"
            " from crossing into the U.S.")
    text = "Intro.\n\n" + long + "\nChris Christie added that he would act."
    assert sentences(text)[-2:] == [long, "Chris Christie added that he would act."]
    wrapped = "Intro.\n\nCruz said it was one more reason to\nsecure the borders of the U.S.\nSenate seats are open."
    assert sentences(wrapped)[-1] == wrapped.removeprefix("Intro.\n\n")


def test_an_abbreviation_that_is_a_word_ends_a_sentence_in_lower_case() -> None:
    # numbered-abbreviation, word-abbreviation (stop 37): "no." abbreviates only before a number; "sat.", "ill." in
    # lower case are words ending their sentence, "Ill.", "Sat." still abbreviate
    assert sentences("She sat. Mary said she was tired. He was ill. Tom left.") == [
        "She sat.", "Mary said she was tired.", "He was ill.", "Tom left."]
    text = "Most said no. Most said they would vote at No. 10 on Sat. Jan. 5 in Springfield, Ill. today."
    assert sentences(text) == ["Most said no.", text[len("Most said no. "):]]
    (q,) = extract_quotes("She sat. Mary said she was tired.")
    assert q.speaker is not None and q.speaker.text == "Mary"


def test_acronym_before_sentence_opener_splits() -> None:
    assert sentences("He lives in the U.S. The family came later.") == [
        "He lives in the U.S.",
        "The family came later.",
    ]


def test_a_quotation_after_a_state_abbreviation_opens_a_sentence() -> None:
    # quote-after-abbreviation: the second fragment is no part of the attribution's sentence; a title still holds
    text = '"It is a disgrace," said Adam Schiff, D-Calif. "Congress must act." Sen. "Bubba" Ruiz agreed.'
    assert sentences(text) == ['"It is a disgrace," said Adam Schiff, D-Calif.', '"Congress must act."',
                               'Sen. "Bubba" Ruiz agreed.']


def test_no_split_inside_quote() -> None:
    assert sentences('"Stop. Now. Please," she said. He stopped.') == ['"Stop. Now. Please," she said.',
                                                                       "He stopped."]


def test_tokens_keep_abbreviation_periods_and_possessives() -> None:
    toks = tokenize("Russia's U.N. envoy Mr. Smith said.", 0, 35, LEX)
    assert [t.text for t in toks] == ["Russia's", "U.N.", "envoy", "Mr.", "Smith", "said", "."]


def test_pronoun_i_before_a_period_ends_the_sentence() -> None:
    from quotattr import extract_quotes

    (q,) = extract_quotes('"That will do," thought I. "We can go home now."')
    assert q.speaker is not None and q.speaker.text == "I"
    assert [f.text for f in q.fragments] == ["That will do,", "We can go home now."]


def test_pronoun_contractions_are_a_subject_and_a_verb() -> None:
    from quotattr import extract_quotes
    from quotattr.lexicon import Lexicon
    from quotattr.segment import tokenize

    text = "She’s said the plan would fail, and Ana's aide agreed."
    assert [t.text for t in tokenize(text, 0, len(text), Lexicon.default())][:4] == ["She", "’s", "said", "the"]
    assert "Ana's" in [t.text for t in tokenize(text, 0, len(text), Lexicon.default())]
    (q,) = extract_quotes("He's claiming that the vote was rigged from the start.")
    assert (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == ("He", "claiming")


def test_token_offsets_hold_when_lowering_changes_length() -> None:
    # "İ".lower() is two characters: the lower-case forms must not shift the offsets that follow
    text = "İstanbul's  mayor SAID, Dr. Öz\tsaid."
    toks = tokenize(text, 0, len(text), LEX)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.lower for t in toks] == ["i̇stanbul's", "mayor", "said", ",", "dr", "öz", "said", "."]
    inner = tokenize(text, 12, 30, LEX)
    assert [t.text for t in inner] == ["mayor", "SAID", ",", "Dr.", "Öz"]


def test_whole_word_titles_end_sentences_abbreviated_ones_do_not() -> None:
    assert sentences("The vote failed, said the president. He left. Sen. Warren stayed.") == [
        "The vote failed, said the president.", "He left.", "Sen. Warren stayed."]
    toks = tokenize("asked the captain.", 0, 18, LEX)
    assert [t.text for t in toks] == ["asked", "the", "captain", "."]
    # a title added with its period is an abbreviation; one added as a word is not
    lex = LEX.extend(titles={"Cllr.": "-", "alderman": "-"})
    assert "cllr" in lex.abbreviations and "alderman" not in lex.abbreviations


def test_a_speaker_and_verb_after_an_exclamation_keep_the_sentence_whole() -> None:
    # attribution-after-exclamation, for capitalised speakers only
    assert sentences('"Is it far?" Mrs. Tull asked. Then she left.') == [
        '"Is it far?" Mrs. Tull asked.', "Then she left."]
    assert sentences('"Is it far?" Edmund could not answer.') == ['"Is it far?"', "Edmund could not answer."]
    # (after a run of marks too: "… the greatest!!!" McDonough wrote)
    assert sentences('"He is the greatest!!!" McDonough wrote in a 2012 email. Then he left.') == [
        '"He is the greatest!!!" McDonough wrote in a 2012 email.', "Then he left."]
    # manner-act (stop 63): a verb of manner and a preposition of direction is an act, no attribution; "in" tells
    # the voice, and a verb of manner alone attributes
    assert sentences('"And leave the sheep?" Tobias spat into the fire. "Never."') == [
        '"And leave the sheep?"', "Tobias spat into the fire.", '"Never."']
    assert sentences('"Is it far?" Alice began in a low voice.') == ['"Is it far?" Alice began in a low voice.']
    assert sentences('"Never?" Tobias spat.') == ['"Never?" Tobias spat.']


def test_a_thousands_comma_is_inside_its_number() -> None:
    # _TOKEN: "31,000" is one token, so its comma breaks no clause; "5, 2016" keeps its comma
    text = "She deleted 31,000 emails on June 5, 2016."
    words = [t.text for t in tokenize(text, 0, len(text), Lexicon.default())]
    assert "31,000" in words and words.count(",") == 1


def test_a_dash_after_a_full_stop_ends_the_sentence() -> None:
    # dash-after-stop: "composedly.--Lady Catherine" is two sentences, and the dash belongs to neither
    assert sentences("She answered very composedly.--Lady Catherine then observed, it was late.") == [
        "She answered very composedly.",
        "Lady Catherine then observed, it was late.",
    ]
    assert sentences("Mr.--Smith spoke.") == ["Mr.--Smith spoke."]


def test_an_attributed_quotation_ends_its_sentence_before_the_next_attribution() -> None:
    # attribution-after-exclamation does not join a quotation its own attribution opened: it was one mixed quote
    from quotattr import extract_quotes

    text = 'Milly said, "Are you in town for long?" Babs said, "Have you got a cigarette?"'
    assert [(q.speaker.text if q.speaker else None, q.kind) for q in extract_quotes(text)] == [
        ("Milly", "direct"), ("Babs", "direct")]


def test_chapter_headings_are_no_sentences_but_chapter_11_is_text() -> None:
    text = "Chapter VIII\nThe Baker Street Irregulars\n\nCHAPTER I.\n\nChapter 11 filings rose. They fell."
    paragraphs = find_paragraphs(text)
    spans = [text[s.start : s.end] for s in find_sentences(text, paragraphs, [], LEX)]
    assert spans == ["Chapter 11 filings rose.", "They fell."]


def test_chapter_headings_in_words_are_no_sentences() -> None:
    # chapter-heading with a number in words: "Chapter One" is no person a later "he" may name
    text = "Chapter One\n\nPART TWENTY-THREE\n\nBook the First\n\nChapter one filings rose."
    paragraphs = find_paragraphs(text)
    spans = [text[s.start : s.end] for s in find_sentences(text, paragraphs, [], LEX)]
    assert spans == ["Chapter one filings rose."]


def test_a_dateline_is_no_part_of_the_first_sentence() -> None:
    text = (
        "RENO, Nev. (AP) -- Joe Biden hit the trail.\n\nMexico City (AFP) – Ana Ruiz spoke.\n\n"
        "Democrats — and some Republicans — say so.\n\nSAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Acme won."
    )
    paragraphs = find_paragraphs(text)
    spans = [text[s.start : s.end] for s in find_sentences(text, paragraphs, [], LEX)]
    assert spans == ["Joe Biden hit the trail.", "Ana Ruiz spoke.", "Democrats — and some Republicans — say so.",
                     "Acme won."]


def test_a_dateline_may_carry_a_date() -> None:
    text = "WASHINGTON, June 10 (UPI) — Joe Biden hit the trail.\n\nWASHINGTON ― Trump spoke."
    assert [text[s.start : s.end] for s in find_sentences(text, find_paragraphs(text), [], LEX)] == [
        "Joe Biden hit the trail.", "Trump spoke."]


def test_a_live_blog_time_stamp_is_no_part_of_the_sentence() -> None:
    # dateline, a live blog's time stamp: the content and the quotation start after the dash
    text = ("11:42 a.m. — Schools will close, officials said.\n\n10:30 — \"We are ready,\" said Bob Hill.\n\n"
            "14:05 GMT — Ana Ruiz spoke.\n\n10 percent — a record.")
    spans = [text[s.start : s.end] for s in find_sentences(text, find_paragraphs(text), [], LEX)]
    assert spans[0] == "Schools will close, officials said."
    assert spans[2:] == ["Ana Ruiz spoke.", "10 percent — a record."]
    assert [(q.text, q.kind) for q in extract_quotes(text)] == [("Schools will close", "indirect"),
                                                                ("We are ready,", "direct")]


def test_a_participle_after_a_dateline_has_the_story_subject_as_speaker() -> None:
    q = extract_quotes("WASHINGTON (AP) — Joe Biden hit the trail on Monday, trashing Donald Trump as unqualified.")[0]
    assert q.speaker is not None and q.speaker.text == "Joe Biden"


def test_a_phrasal_verb_after_a_question_keeps_the_sentence_whole() -> None:
    text = '"It happens, right?" Trump went on, as if he did not hear her. "Really?" Anne went to the door.'
    paragraphs = find_paragraphs(text)
    quoted = find_quoted_spans(text, paragraphs, LEX)
    spans = [text[s.start : s.end] for s in find_sentences(text, paragraphs, quoted, LEX)]
    assert spans == ['"It happens, right?" Trump went on, as if he did not hear her.', '"Really?"',
                     "Anne went to the door."]


def test_a_backtick_quotation_opens_a_sentence() -> None:
    # Penn Treebank style ``…'': the quotation after "& Co." and after a full stop is the next sentence
    text = "``We think so,'' said John Smith, an analyst at Merrill Lynch & Co. ``But it will take time.''"
    (q,) = extract_quotes(text)
    assert [f.text for f in q.fragments] == ["We think so,", "But it will take time."]


def test_a_dash_and_a_name_closing_a_paragraph_are_the_quotations_attribution() -> None:
    # dash-source: the em dash no longer starts a sentence of its own
    (q,) = extract_quotes('"Great speech. She is ready." — Ana Ruiz, mayor')
    assert q.speaker is not None and q.speaker.text == "Ana Ruiz"
    text = "He left. — Then she came in and sat down."
    assert len(find_sentences(text, find_paragraphs(text), [], LEX)) == 2


def test_a_plural_possessive_keeps_its_apostrophe() -> None:
    # plural-possessive-token: "the Joneses' lawyer", "Sanders’ campaign" are one possessive word each; a mark
    # before a quotation or at a line's end stays a mark
    text = "The Joneses' lawyer and Sanders’ aides met the boys' 'friends'."
    assert [t.text for t in tokenize(text, 0, len(text), LEX)] == [
        "The", "Joneses'", "lawyer", "and", "Sanders’", "aides", "met", "the", "boys", "'", "'", "friends", "'", "."]
    (q,) = extract_quotes('"We will appeal," said the Joneses\' lawyer.')
    assert q.speaker is not None and q.speaker.text == "the Joneses' lawyer"
    (q,) = extract_quotes("Fox News' Megyn Kelly said the debate would go ahead.")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("Fox News' Megyn Kelly", "Megyn Kelly")


def test_markup_tags_read_as_space() -> None:
    # markup-is-space: a scraped page's tags neither hide a quotation nor join its content
    text = ('<div><p>"This is a great day for the city," Mayor Adams said.</p>\n'
            '<p>Critics disagreed. "It\'s a waste of money," said council member Ana Diaz.</p></div>')
    found = [(q.kind, q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]
    assert found == [("direct", "This is a great day for the city,", "Mayor Adams"),
                     ("direct", "It's a waste of money,", "council member Ana Diaz")]
    assert sentences("<p>One sentence.</p> <p>Two.</p>") == ["One sentence.", "Two."]


def test_windows_line_ends_are_read_as_line_ends() -> None:
    # one-break-convention: a hard-wrapped scene saved with "\r\n" gives the quotes and speakers it gives with "\n",
    # at offsets into the text as given (a novel's "Mr.\r\nPontellier" had been read as "Mr.")
    lines = ['"I am going out," said Mr.', 'Pontellier, taking his hat. "Do not wait', 'up for me."', '',
             '"Gone out?" asked Edna.']
    lf, crlf = "\n".join(lines), "\r\n".join(lines)
    seen = [[(q.text.replace("\r", ""), q.speaker.name if q.speaker else None) for q in extract_quotes(t)]
            for t in (lf, crlf)]
    assert seen[0] == seen[1] == [('I am going out," said Mr.\nPontellier, taking his hat. "Do not wait\nup for me.',
                                   "Pontellier"), ("Gone out?", "Edna")]
    for q in extract_quotes(crlf):
        assert crlf[q.start : q.end] == q.text and q.speaker is not None
        assert crlf[q.speaker.start : q.speaker.end] == q.speaker.text


_AUSTEN = (  # Pride and Prejudice, chapter I (public domain)
    '"My dear Mr. Bennet," said his lady to him one day, "have you heard that\nNetherfield Park is let at last?"\n\n'
    'Mr. Bennet replied that he had not.\n\n"But it is," returned she; "for Mrs. Long has just been here, and she\n'
    'told me all about it."\n\nMr. Bennet made no answer.\n\n"Do not you want to know who has taken it?" cried his '
    'wife impatiently.\n\n"_You_ want to tell me, and I have no objection to hearing it."\n\nThis was invitation '
    'enough.\n\n"Why, my dear, you must know, Mrs. Long says that Netherfield is taken\nby a young man of large '
    'fortune from the north of England; that he came\ndown on Monday in a chaise and four to see the place, and was '
    'so much\ndelighted with it that he agreed with Mr. Morris immediately."\n\n"What is his name?"\n\n"Bingley."'
    '\n\n"Is he married or single?"\n\n"Oh! single, my dear, to be sure! A single man of large fortune; four\nor '
    'five thousand a year. What a fine thing for our girls!"\n\n"How so? how can it affect them?"\n\n"My dear Mr. '
    'Bennet," replied his wife, "how can you be so tiresome!"')


def test_spaces_of_other_widths_are_read_as_spaces() -> None:
    # one-space-convention (stop 62): web text's "Mr.\u00a0Bennet" is read as "Mr. Bennet" (PDNC dev so written had
    # 146 speakers fewer right: here the vocative went unread, and Mr. Bennet's turns became his wife's); offsets and
    # texts stay the caller's
    wide = _AUSTEN.replace("Mr. ", "Mr.\u00a0").replace("Mrs. ", "Mrs.\u00a0")
    seen = [[(q.start, q.end, q.speaker.name if q.speaker else None) for q in extract_quotes(t)]
            for t in (_AUSTEN, wide)]
    assert seen[0] == seen[1] and seen[0][-2][2] == "Mr. Bennet"
    for q in extract_quotes(wide):
        assert wide[q.start : q.end] == q.text and (q.speaker is None or wide[q.speaker.start : q.speaker.end] == (
            q.speaker.text))
