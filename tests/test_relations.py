"""Quote kinds, interrupted quotes, shared subjects, scare quotes and discourse attribution."""

from __future__ import annotations

from quotattr import extract_quotes


def _said(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker text) of every quote in ``text``."""
    return [(q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]


def test_interrupted_quote_is_one_quote_with_two_fragments() -> None:
    text = '"We are ready," she said, "and we will not wait."'
    (q,) = extract_quotes(text)
    assert q.kind == "direct"
    assert [f.text for f in q.fragments] == ["We are ready,", "and we will not wait."]
    assert q.speaker is not None and q.speaker.text == "she"


def test_interrupted_quote_with_a_phrase_of_medium_holding_a_number() -> None:
    # manner-gap: "in her 40-page ruling," between the attribution and the rest of the quotation
    (q,) = extract_quotes('"There is no evidence," the judge wrote in her 40-page ruling, "that the defendant knew."')
    assert [f.text for f in q.fragments] == ["There is no evidence,", "that the defendant knew."]


def test_interrupted_quote_with_inverted_speaker() -> None:
    (q,) = extract_quotes('"We are ready," said Ann Cole, "and we will not wait."')
    assert len(q.fragments) == 2 and q.speaker is not None and q.speaker.text == "Ann Cole"


def test_a_new_clause_after_an_attribution_starts_another_turn() -> None:
    # conjoined-turns (stop 68, PolNeAR train): '"A," she said, but despite the tone, "B," said Kunin' is two quotes
    # of two attributions; it was one quote, Kunin's, holding "she said"
    text = '"His demeanor is grumpy," she said, but despite the tone, "I think he will do it," said Kunin.'
    first, second = extract_quotes(text)
    assert first.content == "His demeanor is grumpy," and first.speaker is not None and first.speaker.text == "she"
    assert second.content.endswith('"I think he will do it,"') and "she said" not in second.content
    assert second.speaker is not None and second.speaker.text == "Kunin"
    # an adverb after the conjunction still continues the quotation ('"A," said Tony, and then, "B."')
    (q,) = extract_quotes('"Better have something," said Tony, and then, "It is awful for Jock."')
    assert len(q.fragments) == 2 and q.speaker is not None and q.speaker.text == "Tony"


def test_a_newspaper_double_apostrophe_mark_leads_to_its_own_attribution() -> None:
    # own-attribution-wins with '' marks (stop 68, PolNeAR train): a quotation closed by '' right before its own
    # attribution is that one's, as with a double quotation mark; it was the tail of the earlier cue's content
    for mark in ("''", '"'):
        text = (f"He said Mr. Trump liked leaders like Saddam Hussein - {mark}He would have loved Stalin,{mark} "
                "Mr. Biden said twice - and reminded the crowd.")
        assert [(q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)][:2] == [
            ("Mr. Trump liked leaders like Saddam Hussein", "He"), ("He would have loved Stalin,", "Mr. Biden")], mark


def test_a_cue_after_a_dash_aside_of_the_contents_subject_is_nested() -> None:
    # dash-aside-subject (stop 68, PolNeAR train): the verb after an aside between dashes that follows the content's
    # subject is part of the content, not a report of its own ("voted in" took the report from "exit polls")
    text = ("In Nevada, exit polls suggested that Hispanic voters - who have helped push the state toward Democrats - "
            "voted in significantly lower numbers than in 2008.")
    (q,) = extract_quotes(text)
    assert q.speaker is not None and q.speaker.text == "exit polls" and q.content.endswith("than in 2008")
    # a subject after the closing dash is a clause of its own ("- he disavows the ideology")
    text = ("While he embraces what he believes are their shared assets - youth and charisma - he disavows the "
            "ideology that voters find so toxic.")
    assert [q.cue.text if q.cue else None for q in extract_quotes(text)][-1] == "disavows"


def test_mixed_quote_covers_reported_clause() -> None:
    (q,) = extract_quotes('The envoy said the talks "are close to a deal" this week.')
    assert q.kind == "mixed"
    assert q.content == 'the talks "are close to a deal" this week'


def test_a_place_or_time_phrase_before_a_colon_is_no_content() -> None:
    # adverbial-colon: 'said outside court: "…"' quotes only the quotation; a clause before the colon stays content,
    # and a passive's agent ('answered by the latter:') is no adverbial
    (q,) = extract_quotes('DC Amy Shaw said outside court: "I hope this sends a clear message."')
    assert (q.kind, q.content) == ("direct", "I hope this sends a clear message.")
    (q,) = extract_quotes('She said afterwards: "It was the best day of my life."')
    assert (q.kind, q.content) == ("direct", "It was the best day of my life.")
    (q,) = extract_quotes('The mayor said the answer was simple: "Build more homes."')
    assert (q.kind, q.content) == ("mixed", 'the answer was simple: "Build more homes."')
    _first, second = extract_quotes('"We lost," Smith said before adding: "We will be back."')
    assert (second.cue.text if second.cue else None, second.content) == ("adding", "We will be back.")


def test_the_target_of_lashing_out_is_the_content() -> None:
    # at-topic: "lashed out at Khan on Sunday" reports Khan (it reported nothing: "at … Sunday" read as a place)
    (q,) = extract_quotes("Trump lashed out at Khan on Sunday.")
    assert q.content.startswith("Khan")


def test_an_adverb_before_that_is_no_content() -> None:
    # adverb-then-that: "said later that …" reports what follows; a focus word before a pronoun "that" stays
    (q,) = extract_quotes("Sanders has said repeatedly that the campaign is unfair.")
    assert q.content == "that the campaign is unfair"
    (q,) = extract_quotes("In fact, Senator Sanders proposed just that in 2013.")
    assert q.content == "just that in 2013"


def test_a_participle_after_a_final_attribution_reports_its_own_quotation() -> None:
    # participle-own-quote: '…, Nefzi said, adding, "…"' is two reports, the clause before "said" and the quotation
    # after "adding" (it was one mixed quote of the whole sentence)
    assert _said('Mateen left early, Nefzi said, adding, "He was not very religious."') == [
        ("Mateen left early", "Nefzi"), ("He was not very religious.", "Nefzi")]


def test_a_particle_after_the_cue_is_no_content() -> None:
    # cue-particle: 'cried out, "Silence!"' is a direct quote (it was a manner verb's mixed quote, and dropped)
    (q,) = extract_quotes('The King cried out, "Silence!"')
    assert (q.kind, q.content, q.speaker.text if q.speaker else None) == ("direct", "Silence!", "The King")
    # particle-then-phrase: so is a particle and a phrase ("back to her"; the quote was lost, or a mixed "back to her,
    # "No."")
    assert [(q.kind, q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(
        'He called back to her, "No." She whispered back at him, "Yes."')] == [
        ("direct", "No.", "He"), ("direct", "Yes.", "She")]


def test_a_dangling_while_ends_no_content() -> None:
    # dangling-conjunction: the next clause is another report; "while" before it is nobody's words
    assert _said("Paul voted against the plan, while Smith urged his colleagues to support it.") == [
        ("the plan", "Paul"), ("to support it", "Smith")]
    # (nor ", which" before a relative clause that is one: it was "to a new plant, which")
    assert _said("He points to a new plant, which he says will employ 1,200 people.")[0] == ("a new plant", "He")
    # (but the relative pronoun is what a passive reports: PolNeAR's convention; and no content opens on a comma)
    assert _said("Ash wrote in the email, which was first reported by The Associated Press.") == [
        ("the email", "Ash"), ("which", "The Associated Press")]


def test_connectives_before_a_source_are_no_content() -> None:
    # connective-no-content: "But not" is no report of everyone's (it was an indirect quote "But not")
    assert _said("But not everyone agrees.") == []
    assert _said("The plan failed, most experts agree.") == [("The plan failed", "most experts")]


def test_a_focus_adverb_opens_no_subject() -> None:
    # focus-opener: "But even Sybil refused." makes Sybil the woman the next "she" names
    (q,) = extract_quotes('Jock asked Brenda first. But even Sybil refused. "I would do it any other time," she said.')
    assert q.speaker is not None and q.speaker.name == "Sybil"


def test_an_answer_after_a_fronted_question_leads_the_quote() -> None:
    # asked-then-answer: the asked question is no content of "smiled"; "Warren smiled." leads the quote
    assert _said('Asked whether she would run again, Warren smiled. "Ask me next year."') == [
        ("whether she would run again", None), ("Ask me next year.", "Warren")]


def test_a_that_clause_after_a_phrase_is_one_report() -> None:
    # that-clause-goes-on: the belief verb inside the that-clause is part of the report (it was cut at "that")
    assert _said("Smith said, in a statement, that the party believes it will win.") == [
        ("in a statement, that the party believes it will win", "Smith")]


def test_a_medium_and_a_place_after_a_closing_cue_are_no_content() -> None:
    # nominal "by phone" (no passive's agent) and medium-from: the report is what comes before the cue
    # from-place-closes: so is a "from" place phrase that ends the sentence ("told the BBC from his home in Kent")
    for text in ("The deal is done, Smith said by phone from Paris.",
                 "The deal is done, Smith said in an interview from Paris.",
                 "The deal is done, Smith told the BBC from his home in Kent.",
                 "The deal is done, Smith said from Paris."):
        assert _said(text) == [("The deal is done", "Smith")], text


def test_a_source_familiar_with_something_is_the_person_before_a_relative() -> None:
    # source-adjective through a relative clause: the speaker was "the campaign's thinking"
    (q,) = extract_quotes(
        "Two people familiar with the campaign's thinking, who spoke on condition of anonymity, said aides had "
        "urged Trump to soften his tone.")
    assert q.speaker is not None and q.speaker.text == "Two people familiar with the campaign's thinking"
    relative = extract_quotes('"No," said Sen. Lindsey Graham, R-S.C., who has not endorsed Trump.')[-1]
    assert relative.speaker is not None and relative.speaker.name == "Lindsey Graham"  # (party-state: not "R-S.C.")


def test_a_cue_word_after_an_adjective_is_a_plural_noun() -> None:
    # plural-noun-reading: "specific claims" is no cue (it was a report "The ministry's statement … specific")
    assert _said("The ministry's statement did not address specific claims.") == []
    assert _said("The plan will fail, the senator claims.") == [("The plan will fail", "the senator")]


def test_an_aside_between_dashes_is_no_content() -> None:
    # dash-aside: the report follows the aside ("— on Twitter, as it happens —", "-- without evidence --"); a run of
    # capitalised headlines joined by dashes is no aside
    assert _said("Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million.") == [
        ("that Trump raised $4 million", "Paul Manafort")]
    assert _said("The senator said -- without offering evidence -- that the vote was rigged.") == [
        ("that the vote was rigged", "The senator")]
    assert _said("She said – and this is key – the deal is off.") == [("the deal is off", "She")]


def test_a_pronoun_and_a_particle_are_no_content() -> None:
    # pronoun-and-particle: "wrote it down" reports no words (it was an indirect quote "it down")
    assert _said("The inspector wrote it down.") == []
    assert _said("Officials said it would not.") == [("it would not", "Officials")]
    # pronoun-then-clause (stop 63): "as he said it, and Edmund was left …" reports no words (it was an indirect
    # quote "it, and Edmund was left to stir the fire")
    assert _said("Tom walked out as he said it, and Edmund was left to stir the fire.") == []


def test_a_noun_after_a_determiner_in_a_place_phrase_is_no_verb() -> None:
    # place-then-that: "in a note" is a medium ("note" after "a" is a noun), so the report follows "that"
    assert _said("Analysts wrote in a note to clients that the move would save money.") == [
        ("that the move would save money", "Analysts")]
    # ("another" before "post" makes it a noun too; an addressee after the phrase: "in a letter to the board that")
    assert _said("He added in another post that the story was a hoax.") == [("that the story was a hoax", "He")]
    assert _said("He wrote in a letter to the board that the plan was dead.") == [("that the plan was dead", "He")]
    # but a verb's own "to" is its content: "pointed to studies that …"
    assert _said("Sanders pointed to studies that show higher unemployment.")[0][0].startswith("to studies")


def test_a_coordinated_interjection_takes_the_next_quote() -> None:
    # coordinated-interjection: "…, and her husband cut in." leads the next quote (it went on as Ebeling's)
    assert _said('"Tell her," Ebeling said, and her husband cut in. "Do not forget Tom."') == [
        ("Tell her,", "Ebeling"), ("Do not forget Tom.", "her husband")]
    assert _said('"Yes," she said, and he added quietly. "I know."') == [("Yes,", "she"), ("I know.", "he")]
    # (a crowd's manner verb takes no turn: the speaker goes on)
    assert _said('"We will win," Trump said, and the crowd cheered. "We will win big."') == [
        ("We will win, We will win big.", "Trump")]


def test_an_addressee_and_with_before_the_quote_is_no_content() -> None:
    # addressed-with: 'rejoined her with, "Good!"' is a direct quote of the subject's (it was dropped)
    (q,) = extract_quotes('Mr. Wilcox rejoined her with, "Good! I did the breaking of the ice."')
    assert (q.kind, q.speaker.text if q.speaker else None) == ("direct", "Mr. Wilcox")


def test_narration_after_a_direct_quote_is_no_part_of_it() -> None:
    # narration-after-quote: "and" and a verb after the quotation go on with the narration
    (q,) = extract_quotes('The mayor said in a statement, "We will rebuild," and left for the airport.')
    assert (q.kind, q.content) == ("direct", "We will rebuild,")
    # but a clause of the content stays: "and that it would fail"
    (q,) = extract_quotes('Trump said the system was "rigged," and that it would fail.')
    assert q.kind == "mixed"


def test_scare_quotes_without_cue_are_not_quotes() -> None:
    assert extract_quotes('The so-called "peace dividend" never arrived in the town.') == []


def test_a_word_broken_off_by_a_dash_is_speech() -> None:
    # broken-off: '"Kemi—" She stops.' is a word cut off as it is spoken (it was dropped as a scare quote)
    quotes = extract_quotes('"Kemi—" She stops, and I hear her breathe. "He asked for you."')
    assert [q.text for q in quotes] == ["Kemi—", "He asked for you."]
    assert [q.text for q in extract_quotes('"But--" She stopped.')] == ["But--"]
    # (not a quoted word inside narration, nor one in lower case)
    assert extract_quotes('The word "peace—" hung in the air.') == []
    assert extract_quotes('Only "well—" and a sigh.') == []


def test_a_quotation_then_a_passive_participle_is_spoken_by_the_by_phrase() -> None:
    # quote-then-passive: '"Margaret--" loudly whispered by Aunt Juley.' is Aunt Juley's (it had no speaker)
    for text in ('"Margaret--" loudly whispered by Aunt Juley.', '"Margaret--" whispered by Aunt Juley.'):
        assert [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
            ("Margaret--", "Aunt Juley")]
    # (an adverb before a passive after "be" too: "is strongly supported by")
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(
        "The plan is strongly supported by the governor.")] == ["the governor"]


def test_a_quotation_before_another_clauses_intro_continues_the_sentence_before() -> None:
    # quote-before-intro: '"We must go,"' opens a sentence whose next clause introduces Archer's quotation; it goes on
    # from "she said" (it was a quote of its own, given to Archer)
    quotes = extract_quotes('"It is late," she said. "We must go," and Archer answered: "Of course."')
    assert [([f.text for f in q.fragments], q.speaker.text if q.speaker else None) for q in quotes] == [
        (["It is late,", "We must go,"], "she"), (["Of course."], "Archer")]
    # (not a quotation an attribution interrupts: '"…," she added, "…"' is its own)
    quotes = extract_quotes('"No," she said. "Still," she added, "I believe it."')
    assert [[f.text for f in q.fragments] for q in quotes] == [["No,"], ["Still,", "I believe it."]]


def test_standalone_quote_sentence_is_direct() -> None:
    quotes = extract_quotes('Lee spoke to the crowd. "We stand together."')
    assert [q.kind for q in quotes] == ["direct"]


def test_a_speech_verb_one_is_not_allowed_to_use_reports_nothing() -> None:
    # permission-frame: "not authorized to discuss the matter" is part of who speaks; "was allowed to speak" reports
    text = ("The minister, who spoke on condition of anonymity because he was not authorized to discuss the matter, "
            "said the talks had stalled.")
    quotes = extract_quotes(text)
    assert [(q.content, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("the talks had stalled", "The minister")]
    assert [q.content for q in extract_quotes("Loeb was allowed to speak out about the company.")] == [
        "the company"]


def test_a_semicolon_after_the_closing_mark_is_read_as_a_comma() -> None:
    # quote-semicolon: the servant answers; no indirect quote "the servant"
    assert _said('"Yes, sir"; replied the servant.') == [("Yes, sir", "the servant")]


def test_one_before_a_noun_opens_a_described_speaker() -> None:
    # one-as-determiner
    assert _said('"Why?" asked one labourer from the docks.') == [("Why?", "one labourer from the docks")]
    assert _said('"No," said one Democrat familiar with the talks.') == [  # (a capitalised noun after "one" too)
        ("No,", "one Democrat familiar with the talks")]


def test_shared_subject_participle() -> None:
    quotes = extract_quotes("The minister said the port would reopen, adding that ships were waiting outside.")
    assert [q.content for q in quotes] == ["the port would reopen", "that ships were waiting outside"]
    assert all(q.speaker is not None and q.speaker.text == "The minister" for q in quotes)
    assert quotes[1].candidates[0].reason == "shared-subject"


def test_coordinated_second_cue() -> None:
    quotes = extract_quotes("The mayor admits the plan failed - but says the council is to blame for it.")
    assert [q.cue.text for q in quotes if q.cue] == ["admits", "says"]
    assert quotes[1].speaker is not None and quotes[1].speaker.text == "The mayor"


def test_nested_belief_verb_stays_inside_outer_quote() -> None:
    (q,) = extract_quotes("He said the two sides intended to meet again in the morning.")
    assert q.cue is not None and q.cue.text == "said"
    assert q.content == "the two sides intended to meet again in the morning"


def test_a_subject_after_an_opening_participle_is_the_main_clause() -> None:
    # main-after-participle: with no comma, "he warned" is the main clause, and its subject is the participle's
    text = 'Conceding that a trade deal was likely "down the line" he warned: "It is not going to happen soon."'
    quotes = extract_quotes(text)
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.content) for q in quotes] == [
        ("Conceding", "he", 'that a trade deal was likely "down the line"'),
        ("warned", "he", "It is not going to happen soon."),
    ]


def test_the_one_asked_is_no_part_of_an_inverted_speaker() -> None:
    # asked-of: '"…?" asked Bull of Syme' is Bull's question to Syme; a title keeps its "of" (Secretary of State)
    speakers = [q.speaker.text for t in ('"What can it all mean?" asked Bull of Syme as they separated.',
                                         '"Will you run?" asked Secretary of State John Kerry.')
                for q in extract_quotes(t) if q.speaker is not None]
    assert speakers == ["Bull", "Secretary of State John Kerry"]


def test_a_pronoun_before_a_colon_is_no_content() -> None:
    # pronoun-before-colon: "scolded him: "…"" reports the quotation, a direct quote, for any speech verb
    (q,) = extract_quotes('McCaskill scolded him: "The scientific community is against you."')
    assert (q.kind, q.content) == ("direct", "The scientific community is against you.")


def test_the_and_of_between_joins_no_clauses() -> None:
    # paired-and: the "and" of "between 2019 and 2021" opens no clause, so "accepted" stays inside the report
    (q,) = extract_quotes("The indictment alleges that between 2019 and 2021 the official accepted $500,000 in bribes.")
    assert q.cue is not None and q.cue.text == "alleges"
    assert q.content == "that between 2019 and 2021 the official accepted $500,000 in bribes"


def test_a_second_and_after_between_opens_a_clause() -> None:
    # paired-and is the first "and" after "between" only: "and said" is a second clause with its own report
    text = "Authorities announced an arrest after a clash between protesters and police and said a curfew would stay."
    assert [q.cue.text for q in extract_quotes(text) if q.cue] == ["announced", "said"]


def test_quote_only_paragraph_takes_previous_speaker() -> None:
    text = 'Ruth Otieno said the port would stay shut.\n\n"We have no choice," she added.\n\n"None at all."'
    quotes = extract_quotes(text)
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Ruth Otieno"
    assert quotes[-1].candidates[0].reason == "previous-paragraph"


def test_colon_intro_paragraph() -> None:
    text = "The minister said on Monday:\n\n\"The port is closed until further notice.\""
    (q,) = extract_quotes(text)
    assert q.speaker is not None and q.speaker.text == "The minister"
    assert q.candidates[0].reason == "colon-intro"


def test_unclosed_quote_does_not_swallow_document() -> None:
    text = 'He said "this never closes.\n\nMayor Ann Cole said the port would reopen soon.'
    quotes = extract_quotes(text)
    assert quotes[-1].speaker is not None and quotes[-1].speaker.text == "Mayor Ann Cole"
    assert quotes[0].end < text.index("Mayor")


def test_continued_quote_over_paragraphs_is_one_quote() -> None:
    text = "“First part of the speech,” she said, “goes on.\n\n“Second part.\n\n“Last part.”"
    quotes = extract_quotes(text)
    assert len(quotes) == 1 and len(quotes[0].fragments) == 4


def test_quote_continued_after_attribution_sentence() -> None:
    (q,) = extract_quotes('"We won," she said. "Twice. And fairly."')
    assert [f.text for f in q.fragments] == ["We won,", "Twice. And fairly."]
    assert q.speaker is not None and q.speaker.text == "she"


def test_colon_label_headline_and_transcript() -> None:
    (q,) = extract_quotes("Ann Cole: ‘We Will Not Back Down.’")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.text == "Ann Cole"
    assert q.cue is not None and q.cue.text == ":"
    (q,) = extract_quotes("COLE: Well, we looked at the numbers and they do not add up.")
    assert q.speaker is not None and q.speaker.text == "COLE"
    assert extract_quotes("Update: The road reopened at noon on Monday.") == []
    # a headline that quotes after its first words is the named person's, in part
    (q,) = extract_quotes("Ann Cole: Council Plan Is ‘a Road to Nowhere’ for Farmers")
    assert (q.kind, q.speaker.text if q.speaker else None) == ("mixed", "Ann Cole")
    # a label names a part of the text, not a speaker
    assert all(q.cue is None or q.cue.text != ":" for q in extract_quotes(
        "CLARIFICATION: An earlier version called the plan ‘final’; it is a draft."))
    # dateline-label (stop 43): a lone label in capitals opening an article is a place
    text = ("NEW DELHI: Home minister Amit Shah on Sunday said the government would bring a new law.\n\n"
            "Opposition leaders were not convinced.")
    assert _said(text) == [("the government would bring a new law", "Home minister Amit Shah")]
    assert _said("COLE: Well, I said the numbers do not add up.")[0][1] == "COLE"
    # dateline-floor: nor is it content of a report after it; described-label: a dateline with its country too
    for dateline in ("NEW DELHI:", "SEOUL, SOUTH KOREA:"):
        assert _said(f"{dateline} North Korea fired a missile on Sunday, officials said.\n\nThe launch came days"
                     " after talks.") == [("North Korea fired a missile on Sunday", "officials")]


def test_headline_label_names_the_source_of_an_unquoted_headline() -> None:
    # headline-label: a news article's first line "Name: claim" reports the claim, quotation marks or not; a
    # source noun alone labels it too
    body = "\n\nThe senator spoke in Ohio on Monday. Her rival did not answer."
    found = [(q.kind, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.content)
             for q in extract_quotes("Ann Cole: Council Budget Story Has Moved." + body)]
    assert found == [("indirect", "Ann Cole", ":", "Council Budget Story Has Moved")]
    found = [(q.speaker.text if q.speaker else None, q.content)
             for q in extract_quotes("Poll: Cole and Reyes tied in Ohio." + body)]
    assert found == [("Poll", "Cole and Reyes tied in Ohio")]
    # a noun homograph of a speech verb is no cue of the claim's own ("emails" is a cue only after a pronoun)
    found = [(q.speaker.text if q.speaker else None, q.content)
             for q in extract_quotes("Lynch: No outside influence on FBI probe into Clinton emails." + body)]
    assert found == [("Lynch", "No outside influence on FBI probe into Clinton emails")]
    # not a kicker, an interview's letter, a claim with its own reporting verb, nor a line further down
    for text in ("Breaking: Cole wins the Ohio primary." + body, "Q: Did the city take care of you?" + body,
                 "Historians: Cole and Reyes linked, analyst says." + body,
                 "Cole and Reyes meet.\n\nCole: Just hang on.\n\nReyes: Win in a walk." + body):
        assert all(q.cue is None or q.cue.text != ":" for q in extract_quotes(text)), text


def test_a_poll_opening_the_sentence_is_the_source_of_its_clause() -> None:
    # in-poll: "In <a poll>, <clause>" reports the clause, as "according to" does; source-participle: a participle's
    # phrase after the source is the source's
    found = [(q.kind, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.content)
             for q in extract_quotes("In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead.")]
    assert found == [("indirect", "a Des Moines Register poll last month", "In", "Mr. Cruz had a 10-point lead")]
    found = [(q.speaker.text if q.speaker else None, q.content) for q in extract_quotes(
        "In the new Morning Consult poll, conducted March 11-13, 40 percent of voters back Sanders.")]
    assert found == [("the new Morning Consult poll, conducted March 11-13", "40 percent of voters back Sanders")]
    # not mid-clause, nor before a noun the poll modifies, nor across a preposition
    for text in ("Clinton's lead in the polls has narrowed since March.", "In poll numbers, Cruz rose after May.",
                 "Voters in the District of Columbia head to the polls, the last to go."):
        assert extract_quotes(text) == [], text


def test_a_dash_and_a_name_on_the_next_line_sign_the_quotation() -> None:
    # dash-byline: "- Name, place." after a quotation paragraph is its speaker, with a hyphen or a dash; a dash
    # line in em-dash dialogue is a turn, not a signature
    text = ('Voters at the rally said they were tired of the attacks on Tuesday evening.\n\n'
            '"It needs to stop."\n\n-Michelle Marks, Philadelphia.\n\n"We need a president who listens."\n\n'
            '— Tom Reyes, Denver.\n\nThe campaign said 12,000 people attended.')
    found = [(q.content, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
             for q in extract_quotes(text) if q.kind == "direct"]
    assert found == [
        ("It needs to stop.", "Michelle Marks", "-"), ("We need a president who listens.", "Tom Reyes", "—")]


def test_transcript_turn_is_the_whole_paragraph() -> None:
    text = ("A transcript follows:\n\nHOST: Will the mayor come? I ask because the hall is full.\n\n"
            "COLE: Well, I think she will. She told us “maybe” on Monday.")
    found = [(q.kind, q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]
    assert found == [
        ("indirect", "Will the mayor come? I ask because the hall is full.", "HOST"),
        ("mixed", "Well, I think she will. She told us “maybe” on Monday.", "COLE"),
    ]


def test_a_transcript_in_mixed_case_gives_each_labelled_paragraph_to_its_label() -> None:
    # transcript-labels: three or more paragraphs open on a label, one label twice: each is a turn of its label; a
    # letter (Q, A) labels the interviewer, no one's turn
    text = ("Mayor Lisa Grant sat down with us this week.\n\nQ: Rents have risen. What are you doing?\n\n"
            "Grant: We approved 4,000 units. That is more than before.\n\nQ: Critics say it is not enough.\n\n"
            "Grant: They are right. But it is a start.")
    found = [(q.content, q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None)
             for q in extract_quotes(text) if q.cue is not None and q.cue.text == ":"]
    assert found == [("We approved 4,000 units. That is more than before.", "Grant", "Lisa Grant"),
                     ("They are right. But it is a start.", "Grant", "Lisa Grant")]
    # a list of counts opens on numbers, and a label written once among two is a subhead, not a transcript
    for text in ("The count:\n\nClinton: 2,316.\n\nSanders: 1,547.\n\nClinton: 547.\n\nSanders: 46.",
                 "Cole and Reyes meet.\n\nCole: Just hang on.\n\nReyes: Win in a walk.\n\nWard: Not now."):
        assert all(q.cue is None or q.cue.text != ":" for q in extract_quotes(text)), text


def test_a_media_kicker_labels_no_headline_claim() -> None:
    # headline-kicker: "Q&A:", "Interview:" open a headline and are no source of it
    body = "\n\nThe senator spoke in Ohio on Monday. Her rival did not answer."
    for text in ("Q&A: The mayor on housing, crime and her future" + body,
                 "Interview: Senator Cole on housing and crime" + body):
        assert all(q.cue is None or q.cue.text != ":" for q in extract_quotes(text)), text


def test_transcript_turns_with_a_mark_on_every_paragraph() -> None:
    text = 'A transcript follows:\n\n"HOST: Will she come to the hall?\n\n"COLE: Yes, she will come on Monday.'
    found = [(q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]
    assert found == [("Will she come to the hall?", "HOST"), ("Yes, she will come on Monday.", "COLE")]


def test_trailing_attribution_after_question() -> None:
    (q,) = extract_quotes("“Is that a bribe? Isn’t it?” Vitter demanded. “It is.”")
    assert q.speaker is not None and q.speaker.text == "Vitter" and q.cue is not None and q.cue.text == "demanded"
    assert [f.text for f in q.fragments] == ["Is that a bribe? Isn’t it?", "It is."]


def test_trailing_attribution_closed_by_a_semicolon() -> None:
    # the attribution is the sentence's first clause; the "that he was thinking" of the next reports nothing
    text = '"Still, to keep her carriage there!" Mr. Luyden protested; and Archer guessed that he was thinking.'
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("direct", "Mr. Luyden")]


def test_dash_attribution() -> None:
    assert _said("“Prices keep rising.” ― Ana Ruiz “Nobody listens to us.” ― Tom Reyes. Photo: AP.") == [
        ("Prices keep rising.", "Ana Ruiz"), ("Nobody listens to us.", "Tom Reyes")]


def test_colon_quote_takes_clause_subject() -> None:
    (q,) = extract_quotes('The mayor is rolling out a new slogan: "We build together."')
    assert q.speaker is not None and q.speaker.text == "The mayor" and q.cue is not None and q.cue.text == ":"


def test_parenthesis_between_speaker_and_cue() -> None:
    (q,) = extract_quotes('"We need answers," Ann Cole (D-Utah) said in a statement.')
    assert q.speaker is not None and q.speaker.text == "Ann Cole"


def test_relative_clause_after_an_inverted_speaker_is_theirs() -> None:
    text = '"It is a start," said Mr. Odum, who stressed that the plan would cut costs for farmers.'
    found = [(q.content, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
             for q in extract_quotes(text)]
    assert found == [("It is a start,", "Odum", "said"),
                     ("that the plan would cut costs for farmers", "Odum", "stressed")]


def test_according_to_any_determined_source_and_at_the_end_of_a_clause() -> None:
    cases = {
        "According to the bank, the company lost money on every sale.": ("the company lost money on every sale",
                                                                         "the bank"),
        "The economy grew by three percent last year, according to Ines Roca, head of the central bank.": (
            "The economy grew by three percent last year", "Ines Roca"),
        "Things went according to plan, the captain said.": ("Things went according to plan", "the captain"),
        # final-attribution-wins: the belief verb inside the clause is part of what the source reports
        "The richest tenth would see their taxes fall by a fifth, according to the budget office.": (
            "The richest tenth would see their taxes fall by a fifth", "the budget office"),
    }
    for text, expected in cases.items():
        (q,) = extract_quotes(text)
        assert (q.content, q.speaker.text if q.speaker else None) == expected, text


def test_participle_after_a_document_belongs_to_the_sentence_subject() -> None:
    (q,) = extract_quotes("Mayor Ruiz released a long statement on Friday saying that the bridge would reopen.")
    assert (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == ("Mayor Ruiz", "saying")
    # (stop 43) a robocall or an editorial is a document too
    (q,) = extract_quotes("The group released a robocall saying the senator had lied.")
    assert q.speaker is not None and q.speaker.text == "The group"


def test_a_quote_continuing_the_previous_speaker_takes_their_cue() -> None:
    text = 'Ruiz spoke at noon.\n\n"We won," Ruiz said on Monday.\n\n"And we will win again next year."'
    quotes = extract_quotes(text)
    assert [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in quotes] == [
        ("Ruiz", "said"), ("Ruiz", "said")]
    assert quotes[1].candidates[0].reason == "previous-paragraph" and quotes[1].cue == quotes[0].cue


def test_a_participle_cue_after_a_comma_is_never_inverted() -> None:
    quotes = extract_quotes("The group mocked the company on Friday, posting photos of a cake and some fireworks.")
    posting = [q for q in quotes if q.cue is not None and q.cue.text == "posting"]
    assert [q.speaker.text if q.speaker else None for q in posting] == ["The group"]


def test_participle_after_an_event_belongs_to_the_speaker_there() -> None:
    quotes = extract_quotes('"We are ready," she said at a news conference announcing that the port would reopen.')
    assert [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in quotes] == [
        ("she", "said"), ("she", "announcing")]
    (q,) = extract_quotes("She held a briefing on Friday saying that the port would reopen.")
    assert q.speaker is not None and q.speaker.text == "She"


def test_an_adjunct_before_a_quotation_is_not_part_of_the_quote() -> None:
    # adjunct-then-quote: the quotation alone is the content, a direct quote
    (q,) = extract_quotes('The mayor settled it by saying, as she left the hall, "Five of you will sit here."')
    assert (q.kind, [f.text for f in q.fragments]) == ("direct", ["Five of you will sit here."])
    (q,) = extract_quotes('The mayor said quietly: "Five of you will sit here."')
    assert (q.kind, [f.text for f in q.fragments]) == ("direct", ["Five of you will sit here."])
    # a degree word before the adverb too (it was a mixed quote holding "rather abruptly")
    (q,) = extract_quotes('The mayor said rather abruptly, "Five of you will sit here."')
    assert (q.kind, [f.text for f in q.fragments]) == ("direct", ["Five of you will sit here."])
    (q,) = extract_quotes('The mayor said the plan, "a road to nowhere," would cost too much.')
    assert q.kind == "mixed"


def test_a_bare_attribution_sentence_introduces_the_quote_after_it() -> None:
    # leading-attribution: the cue ends its sentence and the next sentence of the paragraph is a quotation
    (q,) = extract_quotes('The room went quiet. Then Sir Hugh began. "What a fine day it is for a walk."')
    assert (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == ("Sir Hugh", "began")
    # also after a short prepositional phrase and before an adverb ("After a pause … began again.")
    (q,) = extract_quotes('After a short pause Sir Hugh began again. "What a fine day it is for a walk."')
    assert (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == ("Sir Hugh", "began")
    # a negated or object-taking cue is no introduction
    (q,) = extract_quotes('He did not suggest retaliation. "Our goal is peace," the envoy said.')
    assert q.speaker is not None and q.speaker.text == "the envoy"


def test_a_parenthetical_attribution_reports_both_sides() -> None:
    (q,) = extract_quotes("The plan, the mayor said, would cost far more than the city could afford.")
    assert [f.text for f in q.fragments] == ["The plan", "would cost far more than the city could afford"]
    assert q.speaker is not None and q.speaker.text == "the mayor"
    # a fronted phrase is no part of what is reported
    (q,) = extract_quotes("At the end of the day, the mayor said, the plan would cost far too much.")
    assert q.content == "the plan would cost far too much"


def test_a_naming_verb_content_ends_with_its_quoted_name_when_a_comma_closes_it() -> None:
    # naming-ends-at-quote: the appositive after the name is the writer's
    quotes = extract_quotes('She was fined after what she called a "rant," a series of posts on a forum.')
    assert [q.content for q in quotes] == ['what a "rant,"']
    # a list of names goes on
    (q,) = extract_quotes('Cruz called Trump a "liar" who is "amoral" and a "bully."')
    assert q.content.endswith('a "bully."')
    # (stop 43) "dub" names too
    assert _said('Trump took swipes at Rubio, whom he dubbed "the little senator."') == [
        ('whom "the little senator."', "he")]


def test_a_lone_dash_ends_reported_content_and_a_pair_of_dashes_stays() -> None:
    # dash-ends-content
    (q,) = extract_quotes('The mayor said she was "encouraged" by the plan — a modest boost for the council.')
    assert q.content == 'she was "encouraged" by the plan'
    (q,) = extract_quotes("The mayor said the plan — which cost a fortune — would fail within a year.")
    assert q.content == "the plan — which cost a fortune — would fail within a year"


def test_content_before_the_speaker_when_the_cue_ends_in_a_short_phrase() -> None:
    # pp-tail: "in a video message to the council" is where she said it, not what she said
    (q,) = extract_quotes("Voters had “cracked the ceiling” at last, she said in a video message to the council.")
    assert (q.kind, q.content, q.speaker.text if q.speaker else None) == (
        "mixed", "Voters had “cracked the ceiling” at last", "she")
    # the phrase may end at a comma before a participle clause
    quotes = extract_quotes('The town "has changed for the better," Ruiz said in June 2012, citing the new school.')
    assert [(q.content, q.cue.text if q.cue else None) for q in quotes] == [
        ('The town "has changed for the better,"', "said"), ("the new school", "citing")]
    # subordinate-ends-tail: the phrase ends at a subordinator, whose clause is no content either
    (q,) = extract_quotes("The attack was planned, an official said on condition of anonymity because he was not "
                          "authorized to discuss the case.")
    assert (q.content, q.speaker.text if q.speaker else None) == ("The attack was planned", "an official")
    # a fronted clause is no content: what follows the phrase is
    (q,) = extract_quotes("As the vote neared, she said in March the plan would fail.")
    assert q.content.endswith("the plan would fail")


def test_a_quote_ending_a_clause_before_the_speaker_is_that_clauses() -> None:
    # quote-ends-clause: the comma inside the closing mark closes the reported clause
    quotes = extract_quotes('The mayor will play the "budget card," Ruiz said, adding that the vote is close.')
    assert [(q.content, q.cue.text if q.cue else None) for q in quotes] == [
        ('The mayor will play the "budget card,"', "said"), ("that the vote is close", "adding")]


def test_a_quote_after_a_cue_is_that_cues_content_not_the_next_ones() -> None:
    quotes = extract_quotes("She declared “What a night!” and said that the campaign would go on across the state.")
    assert [(q.kind, q.content) for q in quotes] == [
        ("direct", "What a night!"), ("indirect", "that the campaign would go on across the state")]


def test_a_past_tense_verb_after_a_noun_ends_an_inverted_speaker() -> None:
    # past-tense-ends-np: "the Lee family deserved better" is the content, not a speaker; the speaker is the
    # subject the relative clause describes, not the clause's "who"
    assert _said("Ana Ruiz, a Democrat who opposes the plan, said the Lee family deserved better.") == [
        ("the plan", "who"), ("the Lee family deserved better", "Ana Ruiz")]
    assert _said('"We won," said the newly elected mayor.') == [("We won,", "the newly elected mayor")]
    # so is "also" after the relative clause's comma: "who still speaks with difficulty" reports nothing, and the
    # sentence's subject notes (the speaker was "who")
    assert _said("Mr. Kirk, who still speaks with difficulty after a stroke, also noted that Mr. Trump mocked a "
                 "reporter.") == [("that Mr. Trump mocked a reporter", "Mr. Kirk")]


def test_asked_question_is_reported_and_the_answer_keeps_its_speaker() -> None:
    # asked-question: the question is an attribution of its own, by the asker "by" names, else by nobody
    quotes = extract_quotes('Asked whether he would fire the aide, Ruiz said, "Probably."')
    assert [(q.kind, q.content, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("indirect", "whether he would fire the aide", None), ("direct", "Probably.", "Ruiz")]
    assert _said("Asked by Ana Ruiz if the plan was final, the mayor said it was only a draft.") == [
        ("if the plan was final", "Ana Ruiz"), ("it was only a draft", "the mayor")]
    # a cue inside the question is part of it (question-holds-its-cues): no "rattled" of its own
    assert _said('Asked if his comments had rattled them, Ryan said, "Sure."') == [
        ("if his comments had rattled them", None), ("Sure.", "Ryan")]


def test_a_manner_verb_reports_its_topic() -> None:
    # manner-topic: "spoke of" / "spoke about" report what was spoken of; a bare manner verb reports nothing
    (q,) = extract_quotes("The mayor spoke of a recent visit to the flooded towns.")
    assert (q.kind, q.content, q.speaker.text if q.speaker else None) == (
        "indirect", "a recent visit to the flooded towns", "The mayor")
    assert extract_quotes("She spoke softly to him in the hall.") == []
    (q,) = extract_quotes("The mayor spoke warmly of the crews who rebuilt the bridge.")
    assert q.content == "the crews who rebuilt the bridge"
    # no speaker phrase ends with a preposition: the step is nobody's
    (q,) = extract_quotes("Ana took the bold step of speaking about the matter to the board.")
    assert (q.content, q.speaker.text if q.speaker else None) == ("the matter to the board", "Ana")


def test_a_stance_verb_reports_a_short_object() -> None:
    # stance-object: the person or thing endorsed, backed or opposed is the content, however short
    assert _said("Ryan endorsed Ruiz in June. The union opposed the bill. Ana turned away. Ben attacked it.") == [
        ("Ruiz in June", "Ryan"), ("the bill", "The union"), ("it", "Ben")]
    # (stop 37: "prefer" and "favor" state a stance too, as polls report them)
    assert _said("More than half of white women preferred Clinton.") == [("Clinton", "More than half of white women")]


def test_a_raising_verb_reports_its_whole_clause_with_no_source() -> None:
    # raising-verb: the clause is evidence nobody in the text vouches for; no discourse speaker is guessed
    quotes = extract_quotes("Ana Ruiz spoke first. While the vote dragged, the council appeared paralyzed.")
    assert [(q.content, q.speaker) for q in quotes] == [("the council appeared paralyzed", None)]
    (q,) = extract_quotes("The plan seems to have failed at the first vote.")
    assert (q.content, q.speaker) == ("The plan seems to have failed at the first vote", None)
    # not the sense of showing up, nor a verb whose infinitive reports ("seemed to understand": she understood)
    assert extract_quotes("Ana Ruiz appeared on a morning show in June.") == []
    # appearing-act: nor is a comma and a participle after it: the person shows up doing something
    assert extract_quotes("Ben Ortiz knocked, and the judge appeared, wiping his hands on a cloth.") == []
    (q,) = extract_quotes("She seemed to understand that the plan would fail.")
    assert q.speaker is not None and q.speaker.text == "She"


def test_according_to_takes_its_whole_source_phrase() -> None:
    # according-to-phrase: the source runs to the comma of a clause-initial phrase or to the sentence end
    text = ("According to early results of exit polls taken for the paper, most voters backed the plan. "
            "According to state law, no one may campaign near a polling place. "
            "Ruiz won the vote in Ohio, according to early returns.")
    assert _said(text) == [
        ("most voters backed the plan", "early results of exit polls taken for the paper"),
        ("no one may campaign near a polling place", "state law"),
        ("Ruiz won the vote in Ohio", "early returns"),
    ]


def test_a_quotation_inside_the_source_phrase_belongs_to_it() -> None:
    # quoted-in-source: a short quotation in the phrase after "according to" is part of the source, and the name
    # keeps its opening mark (quoted-word-lead, coref); both quotes were lost
    text = ('The plan would cost $1.38 trillion a year, according to the "Medicare for all" document he released. '
            'According to her "clawback" plan, firms moving overseas must repay any assistance.')
    quotes = extract_quotes(text)
    assert [(q.content, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("The plan would cost $1.38 trillion a year", 'the "Medicare for all" document he released'),
        ("firms moving overseas must repay any assistance", 'her "clawback" plan'),
    ]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == '"Medicare for all" document he released'


def test_in_a_possessors_view_is_a_source_as_according_to_is() -> None:
    # in-view (cues): "in X's view", "in his own words", "in Forbes' words" set off by commas or ending the sentence
    # name the source; not mid-clause ("which in his view has"), nor inside a phrase ("motives for, in his view,")
    assert _said("In Professor Knittel's view, the plan would work.") == [
        ("the plan would work", "Professor Knittel's")]
    assert _said("The tax is a failure, in Bolton's view.") == [("The tax is a failure", "Bolton's")]
    assert _said('It was held there because, in Forbes\' words, "they are the best places."') == [
        ("they are the best places.", "Forbes'")]
    assert _said("Al Qaeda, which in his view has gained strength, is a threat.") == []
    assert _said("He would not guess at Comey's motives for, in his view, dropping the case.") == []


def test_a_restrictive_relative_clause_ends_before_the_main_cue() -> None:
    # main-after-relative: the relative's content stops at the main verb, whose subject is the antecedent
    assert _said("Republicans who have praised his candidacy warned on Tuesday that the plan would fail.") == [
        ("his candidacy", "who"), ("that the plan would fail", "Republicans")]
    # restrictive-relative (mentions): with no cue in the relative clause, the main cue's subject is its antecedent
    assert _said("A man who works there told me the plant would close.") == [
        ("the plant would close", "A man who works there")]
    # who-contracted: "who’d" opens one too, and the clause may run 16 tokens (the speaker was "Ben Carson")
    text = ("Many of the local leaders who’d rather be working now on a campaign for Cruz or Rubio or Ben Carson "
            "said they had rallied behind the ticket.")
    assert [q.speaker.name if q.speaker else None for q in extract_quotes(text)] == ["local leaders"]


def test_a_passive_raising_verb_reports_its_whole_clause() -> None:
    # passive-raising: "is expected to" reports the clause with no source; a plain passive is still no cue
    (q,) = extract_quotes("Ana Ruiz is expected to win the primary next week.")
    assert (q.content, q.cue.text if q.cue else None, q.speaker) == (
        "Ana Ruiz is expected to win the primary next week", "expected", None)
    assert extract_quotes("He was told to leave the hall before the vote.") == []


def test_a_spoken_sentence_opening_its_sentence_is_a_quote_though_narration_follows() -> None:
    # sentence-quote: capitalised, two words or more, closed by punctuation inside the marks
    text = 'Ana looked up. "You might have knocked at the gate," was his only remark.'
    assert [q.content for q in extract_quotes(text)] == ["You might have knocked at the gate,"]
    assert extract_quotes('"Fake news" was the headline on the front page.') == []


def test_a_quote_interrupted_between_dashes_is_one_quote() -> None:
    # dash-interruption: the narration between two dashes names the speaker when it opens with one
    text = 'Ana went on. "It just suits me here"--she put a hand on her heart--"it made a queer ache. Did you feel it?"'
    assert [(q.speaker.text if q.speaker else None, [f.text for f in q.fragments]) for q in extract_quotes(text)] == [
        ("she", ["It just suits me here", "it made a queer ache. Did you feel it?"])]


def test_an_interruption_may_hold_a_participle_phrase() -> None:
    text = '"Bill, my boy!" said the figure, turning his head towards the door, "I am glad to see you."'
    (q,) = extract_quotes(text)
    assert [f.text for f in q.fragments] == ["Bill, my boy!", "I am glad to see you."]
    # after the comma a subject-first attribution holds, too ('she added, summing up these remarks,'); not a verb of
    # saying, which reports again ('Trump said, adding, "…"' is two quotes)
    text = 'Ann laughed.\n\n"I don\'t think," she added, summing up these remarks, "that any man is happy."'
    assert [[f.text for f in q.fragments] for q in extract_quotes(text)] == [
        ["I don't think,", "that any man is happy."]]
    text = '"We cannot afford it," Trump said, adding, "NATO is costing us a fortune."'
    assert [[f.text for f in q.fragments] for q in extract_quotes(text)] == [
        ["We cannot afford it,"], ["NATO is costing us a fortune."]]


def test_an_interruption_may_hold_a_clause_of_time() -> None:
    # subordinate-gap: "as he filled his pipe", "as soon as they were alone" set off by commas interrupts one quote;
    # not a clause with its own verb of saying ("while Helen said" attributes the rest to Helen)
    text = 'Mary sat down.\n\n"Well," said Denham, as he filled his pipe and looked about him, "the thing is plain."'
    assert [([f.text for f in q.fragments], q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        (["Well,", "the thing is plain."], "Denham")]
    text = 'Mary sat down.\n\n"I had not thought of that," murmured Margaret, while Helen said, "Our nature differs."'
    assert [([f.text for f in q.fragments], q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        (["I had not thought of that,"], "Margaret"), (["Our nature differs."], "Helen")]


def test_two_words_of_indirect_content_are_enough_unless_only_a_phrase_of_time_or_place() -> None:
    assert _said("The mayor denied the charge.") == [("the charge", "The mayor")]
    assert _said("The mayor spoke in June.") == []


def test_a_quote_right_after_a_verb_of_saying_is_speech_even_after_an_infinitive() -> None:
    # verb-then-quote: "to say," is no attribution of its own, but the quotation after it is still speech
    text = 'Ana nodded, and was heard three times to say, "Yes, ma\'am." Then she left.'
    assert _said(text) == [("Yes, ma'am.", "Ana")]


def test_an_exclamation_inside_narration_is_speech_but_a_title_is_not() -> None:
    # exclaimed-in-narration
    assert _said('There were cries of "Mother! mother!" and a girl ran out of the hall.') == [("Mother! mother!", None)]
    assert _said('He loved the film "Who Framed Roger Rabbit?" as a boy.') == []


def test_a_transcript_label_whose_content_runs_past_its_paragraph_is_no_turn() -> None:
    # found by the fuzz target: a label whose quotation continues into the next paragraph once gave a fragment
    # that ended before it started
    text = 'KQ:\'"\'\'"\n""#"""*"""'
    for q in extract_quotes(text):
        assert all(q.start <= f.start <= f.end <= q.end and text[f.start : f.end] == f.text for f in q.fragments)


def test_a_cue_after_a_manner_verb_reports_its_own_clause() -> None:
    # manner-takes-no-clause: "returned" reports no clause, so "noted" is no part of its content
    text = "He returned to the hall after the mayor noted that the bridge was closed."
    assert _said(text) == [("that the bridge was closed", "the mayor")]


def test_a_belief_verb_ending_a_fronted_clause_reports_nothing() -> None:
    # fronted-belief: "it may seem" is no attribution of the main clause
    text = "As odd as it may seem, the mayor said the bridge was safe."
    assert _said(text) == [("the bridge was safe", "the mayor")]


def test_a_final_manner_verb_does_not_take_the_clause_before_it() -> None:
    # final-attribution-wins needs a verb that reports a clause; "laughed" reports none
    assert _said("Officials believe the old bridge is safe, the engineer laughed.") == [
        ("the old bridge is safe", "Officials")]


def test_a_name_and_an_adverb_is_no_reported_content() -> None:
    # name-is-no-content: a perception, not a report; a stance verb's name object still is one
    assert _said("We saw Sir Tomas again, and he smiled.") == []
    assert _said("The mayor endorsed Ana Ruiz yesterday.") == [("Ana Ruiz yesterday", "The mayor")]


def test_a_passive_question_is_asked_by_nobody_named() -> None:
    # passive-question: the question is the content; the one asked is no speaker
    assert _said("The mayor was once asked whether the bridge would reopen.") == [
        ("whether the bridge would reopen", None)]
    # appositive-asked: so is "asked" set off after its subject, who then answers; not an active "asked" after a
    # verb ("He paused, asked whether …")
    assert _said("The governor, asked whether he would sign the bill, said only that he was reviewing it.") == [
        ("whether he would sign the bill", None), ("only that he was reviewing it", "The governor")]
    assert _said("He paused, asked whether they were ready, and left.")[0][1] == "He"


def test_a_participle_clause_after_a_comma_ends_indirect_content() -> None:
    # participle-ends-content: "running ads" is the writer's, not what Republicans see
    assert _said("Republicans see the mayor as a threat, running ads against him every week.") == [
        ("the mayor as a threat", "Republicans")]
    assert _said("The mayor said the plan, including the bridge, would cost too much.") == [
        ("the plan, including the bridge, would cost too much", "The mayor")]


def test_a_noun_and_its_that_clause_report_the_possessor() -> None:
    # noun-that: the possessive is the source; with none, nobody named is
    assert _said("Residents heard his warning that the old bridge could fall.") == [
        ("that the old bridge could fall", "his")]
    assert _said("Residents ignored the warning that the old bridge could fall.") == [
        ("that the old bridge could fall", None)]
    assert _said("He claims that the old bridge could fall.") == [("that the old bridge could fall", "He")]


def test_as_then_source_and_cue_reports_the_clause_before() -> None:
    # as-attribution: "…, as X noted in Y." reports what precedes; not a parenthesis before its content
    assert _said("The old bridge is a danger to drivers, as Ana Ruiz noted in The Times.") == [
        ("The old bridge is a danger to drivers", "Ana Ruiz")]
    assert _said("The plan will fail, as the mayor has repeatedly warned.") == [("The plan will fail", "the mayor")]


def test_an_infinitive_cue_needs_a_speaker_in_its_clause() -> None:
    # infinitive-cue: "trying to encourage" reports, by the clause's subject; a nested one stays its governor's
    assert _said("The mayor is trying to encourage the council to rebuild the bridge.") == [
        ("the council to rebuild the bridge", "The mayor")]
    assert _said("The mayor declined to comment on the plan.") == [("to comment on the plan", "The mayor")]


def test_reportedly_reports_its_clause_with_no_source() -> None:
    # raising-verb (an adverb too): the whole clause, by nobody named; "reportedly told" is "told"'s
    assert _said("The mayor reportedly left the hall before the vote.") == [
        ("The mayor reportedly left the hall before the vote", None)]
    assert _said("The mayor reportedly told aides that the bridge was closed.") == [
        ("that the bridge was closed", "The mayor")]


def test_a_quote_continues_a_mixed_attribution() -> None:
    # continued-after-attribution: after a mixed quote too
    (q,) = extract_quotes('The plan is "a disgrace to the county," Ana Ruiz said. "We will fight it."')
    assert (q.kind, [f.text for f in q.fragments], q.speaker.text if q.speaker else None) == (
        "mixed", ['The plan is "a disgrace to the county,"', "We will fight it."], "Ana Ruiz")


def test_a_bare_infinitive_of_saying_is_the_content_of_a_refusal() -> None:
    # infinitive-content: "declined to comment" reports the refusal; "went to Iowa" is only a place
    assert _said("The mayor declined to comment.") == [("to comment", "The mayor")]
    assert _said("The mayor went to Iowa.") == []


def test_a_clause_verb_before_a_closing_attribution_is_no_cue() -> None:
    # cue-before-attribution: "The fighting continued, he said." is his; a parenthetical attribution is not it
    assert _said("The fighting continued, he said.") == [("The fighting continued", "he")]
    assert _said("Talks are continuing, officials said Monday.") == [("Talks are continuing", "officials")]
    assert _said("Instead, she said, her boss told her he had booked a room.") == [
        ("her boss told her he had booked a room", "she")]


def test_a_semicolon_ends_a_closing_attribution() -> None:
    # content-side: "…, analysts say; in 2012, …" reports the clause before the attribution
    assert _said("Turnout will be low, analysts say; in 2012, it was lower.") == [
        ("Turnout will be low", "analysts")]


def test_a_possessed_medium_is_no_content() -> None:
    # pp-tail: "on MSNBC's show" is where it was said
    assert _said("The plan is dead, he said on MSNBC's show.") == [("The plan is dead", "he")]


def test_a_fronted_participle_is_the_main_subjects() -> None:
    # fronted-participle: the subject after the phrase's comma speaks; the content ends at that comma
    assert _said("After criticizing the plan as a disaster, the mayor left the hall.") == [
        ("the plan as a disaster", "the mayor")]
    assert _said("After saying the bridge was safe, he left.") == [("the bridge was safe", "he")]
    # after any preposition ("Besides" was a speaker), and past a second fronted clause
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(
        "Besides attacking the former president, while the audience booed loudly, Mr. Trump left.")] == ["Mr. Trump"]
    # a participle opening the sentence is a verb before a determiner or preposition, not a noun's modifier
    assert _said('Citing an old study, the mayor accused the council of waste.') == [
        ("an old study", "the mayor"), ("the council of waste", "the mayor")]
    assert _said('Bemoaning the "rigged system," the mayor left.') == [('the "rigged system,"', "the mayor")]
    # participle-then-infinitive (stop 68, PolNeAR train): "After struggling to persuade voters that …, Emanuel said"
    assert _said("After struggling to persuade voters that he cares, the mayor left.") == [
        ("voters that he cares", "the mayor")]
    assert _said("Voting rights groups have raised the issue before.") == []


def test_a_closing_name_makes_a_noun_homograph_its_verb() -> None:
    # closing-attribution: "…, The Wall Street Journal reports." ends the sentence with its verb
    assert _said("Bonuses were cut by half, The Wall Street Journal reports.") == [
        ("Bonuses were cut by half", "The Wall Street Journal")]
    assert _said("He read the quarterly reports.") == []


def test_a_participle_after_a_place_has_the_sentence_subject() -> None:
    # place-then-participle: "She sat at the table thinking that …" had the speaker "the table"; a source after a
    # preposition stays ("Graham, with 22 percent saying …")
    assert _said("She sat at the table thinking that it was late.") == [("that it was late", "She")]
    assert _said("He leant back in the hammock feeling unusually contented.") == [("unusually contented", "He")]


def test_an_inverted_aside_reports_the_quotation_after_it() -> None:
    # aside-then-quote: "…, for, said he, "…"" (the quotation was the speaker of "encouraged"'s)
    quotes = extract_quotes('But his father encouraged him, for, said he, "It is no use to humour that boy."')
    assert [(q.content, q.speaker.text if q.speaker else None) for q in quotes if q.kind == "direct"] == [
        ("It is no use to humour that boy.", "he")]


def test_a_sentence_may_open_with_the_verb_of_saying() -> None:
    # verb-first: "Said Dorothy Poynter, who …, "…"" had no attribution (a capitalised verb was no cue)
    assert _said('The home was renovated. Said Dorothy Poynter, who grew up there, "We were all so proud of him."') == [
        ("We were all so proud of him.", "Dorothy Poynter")]
    assert _said('Said the mayor: "We will rebuild."') == [("We will rebuild.", "the mayor")]
    # (stop 62, hand-written: "one" as a determiner too; the quote had no speaker)
    assert _said('Markets were unmoved. Said one trader: "Nobody expected anything else."') == [
        ("Nobody expected anything else.", "one trader")]
    assert _said("Said to be worth millions, the house was sold.") == []


def test_a_participle_after_a_comma_inside_a_closing_mark_has_the_sentence_subject() -> None:
    # 'a defense of "New York values," saying …': the comma sits inside the closing mark (there was no speaker);
    # but a name inside a quotation is no subject ('"Well, but Miss Dashwood," speaking triumphantly, "…"')
    assert _said('Donald Trump delivered a defense of "New York values," saying the city was brave.') == [
        ("the city was brave", "Donald Trump")]
    quotes = extract_quotes('"Well, but Miss Dashwood," speaking triumphantly, "people may say what they like."')
    assert all(q.speaker is None or q.speaker.text != "Miss Dashwood" for q in quotes)


def test_a_base_form_after_a_singular_determiner_is_a_noun() -> None:
    # noun-reading: "a controversial comment", "an overall cost estimate"
    assert _said("The candidate did not supply an overall cost estimate for the plan.") == []
    # after a determiner or possessive and a year (stop 44): "his 2005 vote to provide …" is no cue
    assert _said("Clinton took shots at Sanders, mainly on his 2005 vote to provide immunity to gun makers.") == []
    assert _said("A 2014 estimate by the committee projected that costs will rise.") == [
        ("that costs will rise", "the committee")]
    assert _said("A man could say that the plan failed.") == [("that the plan failed", "A man")]
    # modified-speech-noun: after "the" and a modifier too; not a plural subject, nor a light verb's act
    assert _said("The clerk gave a nod, hazarding the usual reply.") == []
    assert _said("When asked, the people reply that the plan failed.") != []
    assert _said("Sanders made the following comment: the plan failed.") != []
    # and a message noun after a modifier ending in "s" that is no plural (stop 44: "curious" is no subject)
    assert _said("Then the curious note was struck again.") == []
    assert _said("The officials note that the plan failed.") == [("that the plan failed", "The officials")]


def test_a_belief_adjective_takes_a_clause_without_that() -> None:
    # belief-adjective: "is confident she will win"; new adjectives of stance ("proud of", "wary of")
    assert _said("The mayor is confident she will win the vote.") == [("she will win the vote", "The mayor")]
    assert _said("The mayor is wary of the new bridge plan.") == [("the new bridge plan", "The mayor")]


def test_tell_never_inverts() -> None:
    # tell-not-inverted: after a comma "told his advisers" names the addressee, not the speaker
    assert _said("Mr. Ruiz, who knew the vote was lost, told his aides to draft a new plan.") == [
        ("the vote was lost", "who"), ("to draft a new plan", "Mr. Ruiz")]
    # nor does a naming verb but "call" right after a quotation: "described the emotional impact as …" names an
    # object (it was the speaker of "in the seven figures,")
    quotes = extract_quotes('Roffman, who said his costs were "in the seven figures," described the impact as '
                            '"horrendous," he said.')
    # (relative-then-auxiliary, stop 66: "described" is Roffman's, past the relative clause, as PolNeAR has it)
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["who", "Roffman", "he"]
    assert _said('"Helen!" called Margaret.') == [("Helen!", "Margaret")]


def test_a_fronted_clause_ends_its_cues_content() -> None:
    # fronted-clause-ends-content: "If he says the plan is dead, …" reports only the plan
    assert _said("If he says the plan is dead, the council will vote on Friday.") == [("the plan is dead", "he")]
    assert _said("As the mayor noted, the plan failed.") == [("the plan failed", "the mayor")]


def test_an_object_before_a_conjunction_is_content() -> None:
    # object-is-content: "promised a veto and …" names no addressee
    assert _said("The mayor has promised a veto and vowed to fight.") == [("a veto", "The mayor")]
    # object-no-person (stop 43): a thing's noun phrase is what a verb of addressing says, unless a clause follows
    assert _said("The mayor promised a full inquiry.") == [("a full inquiry", "The mayor")]
    assert _said("The mayor promised a full inquiry into the fire.") == [("a full inquiry into the fire", "The mayor")]
    assert _said("Rahm Emanuel urged a strong stand.") == [("a strong stand", "Rahm Emanuel")]
    assert _said("She warned the committee that the plan would fail.") == [("that the plan would fail", "She")]
    assert _said("The cook asked the housemaid to shut the door.") == [("to shut the door", "The cook")]
    assert _said("He reminded himself that the rules had changed.") == [("that the rules had changed", "He")]
    # pronoun-subject (stop 44): "it" before a verb opens the content ("warned it was unworkable"); "told him" is
    # still its addressee
    assert _said("Critics warned it was unworkable.") == [("it was unworkable", "Critics")]
    assert _said("She told him the bridge was closed.") == [("the bridge was closed", "She")]


def test_a_passive_with_by_reports_its_subject() -> None:
    # passive-by: the "by" phrase speaks; "was told" alone is still no attribution of its subject
    assert _said("The mayor, meanwhile, is supported by most of the council.") == [
        ("The mayor, meanwhile", "most of the council")]
    assert _said("The mayor was told the bridge was closed.") == []
    # ing-no-passive (cues): "is standing by" is a progressive, so Cruz stands by the accusation (it was the
    # accusation's passive report of "Texas Sen. Ted Cruz")
    assert _said("Texas Sen. Ted Cruz is standing by an accusation he made on the Senate floor.") == [
        ("an accusation he made on the Senate floor", "Texas Sen. Ted Cruz")]


def test_a_passive_of_blame_reports_the_clause() -> None:
    # passive-report: "have been blamed for" reports the whole clause, by nobody named
    assert _said("Peacekeepers have been blamed for bringing cholera to the island.") == [
        ("Peacekeepers have been blamed for bringing cholera to the island", None)]


def test_a_belief_adjective_after_a_linking_verb() -> None:
    # belief-adjective: "remained skeptical of", "came away convinced that"; the subject is before the linking verb
    assert _said("Voters remained skeptical of the new bridge plan.") == [("the new bridge plan", "Voters")]


def test_an_on_phrase_is_the_topic_of_a_comment() -> None:
    # on-topic: "commented on the shooting" reports the shooting; "said on CNN" keeps CNN as a medium
    assert _said("The mayor has also commented on the shooting.") == [("the shooting", "The mayor")]
    assert _said("She said on CNN that the bridge was safe.") == [("that the bridge was safe", "She")]


def test_a_one_word_answer_is_content() -> None:
    # one-word-answer: "said no", "would say so" report the answer; other lone words still report nothing
    assert _said("Asked about the bridge, the mayor said no.")[-1] == ("no", "the mayor")
    assert _said("The mayor said nothing.") == []


def test_a_spoken_sentence_after_a_comma_is_a_quote() -> None:
    # comma-sentence: the narration between the fragments is too long to join them, but the second is still speech
    text = '"Well," said Marilla, unable to find any excuse for waiting longer, "I suppose I might as well tell you."'
    assert [(q.content, q.speaker.name if q.speaker else None) for q in extract_quotes(text)] == [
        ("Well,", "Marilla"), ("I suppose I might as well tell you.", "Marilla")]


def test_an_intro_that_names_only_its_addressee_introduces_the_next_paragraph() -> None:
    # addressee-intro: "said to his daughter:" reports nothing itself; the quote after it is his
    text = 'Helen came in.\n\nAs they drove away, Mr. Hale said to his daughter:\n\n"I am really concerned."'
    assert [(q.kind, q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("direct", "I am really concerned.", "Mr. Hale")]


def test_a_phrase_between_the_cue_and_the_quote_leaves_the_quote_reported() -> None:
    # phrase-then-quote: "he said, with a faint smile, "…"" reports the quotation, not the clause before "he"
    text = ('His eyes were fixed on Marianne, and, after a silence of some minutes, he said, with a faint smile, '
            '"Your sister, I understand, does not approve."')
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [("direct", "he")]


def test_a_participle_between_the_cue_and_the_quote_leaves_a_direct_quote() -> None:
    # participle-then-quote (stop 37): 'he said, without turning, "…"' and 'said, smiling, "…"' are direct quotes;
    # a longer phrase with a name stays mixed ('said, referring to Clinton, "…"')
    for lead in ("without turning", "smiling", "turning to her"):
        (q,) = extract_quotes(f'Then he said, {lead}, "Keep her head to the wind."')
        assert (q.kind, q.text) == ("direct", "Keep her head to the wind.")
    (q,) = extract_quotes('Trump said, referring to Clinton, "She is a liar."')
    assert q.kind == "mixed"


def test_this_opens_the_content_after_an_attribution_unless_a_time_word_follows() -> None:
    # nothing was found: "this" after the cue read as "this week", so the content was the lone "Perhaps" before it
    (q,) = extract_quotes("Perhaps, he said, this town has gotten too big.")
    assert q.content == "this town has gotten too big"
    # "this" opens the content unless a time word follows it
    (q,) = extract_quotes("The plan is dead, he said this week.")
    assert q.content == "The plan is dead"


def test_a_subordinate_clause_between_a_cue_and_its_quotation() -> None:
    # phrase-then-quote: the content was the fronted phrase before the attribution ("At day's end, however")
    text = 'At day\'s end, however, Clinton said as he introduced his wife, "Finally, we are free" to talk.'
    (q,) = extract_quotes(text)
    assert q.kind == "mixed" and "Finally" in q.content and "day" not in q.content


def test_an_appositive_speaker_past_a_relative_clause_with_a_cue() -> None:
    # appositive-past-relative: "supported" ended the walk back, and "said Obama" read as an inverted speaker
    text = 'John Podesta, a former adviser who supported a strict climate policy, said Obama "understood it."'
    quotes = extract_quotes(text)
    assert [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in quotes][-1] == (
        "John Podesta", "said")


def test_a_middle_initial_is_part_of_the_name() -> None:
    # initial: "A." inside a name is no article "a", before the cue or after it
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(
        'Roberta A. Kaplan said the law was void. "It is void," said Jock A. Finlayson, head of the council.'
    )] == ["Roberta A. Kaplan", "Jock A. Finlayson"]


def test_a_fronted_phrase_before_a_quoted_answer_ends_no_content() -> None:
    # comma-before-quote: "After a short pause" is a fronted phrase, not a clause holding the cue: the quotation
    # after "added with dignity," is Sir Thomas's (it joined Lady Bertram's quote before it as a second fragment)
    text = ('"Then she had better come to us," said Lady Bertram, with the utmost composure. After a short pause '
            'Sir Thomas added with dignity, "Yes, let her home be in this house."')
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("Then she had better come to us,", "Lady Bertram"), ("Yes, let her home be in this house.", "Sir Thomas")]
    # a cue inside a fronted clause still reports only up to its comma
    assert [q.content for q in extract_quotes("If he says the plan is dead, the council will vote.")] == [
        "the plan is dead"]


def test_a_quotation_before_a_change_of_speaker_keeps_its_own_attribution() -> None:
    # turn-by-turn: the last attribution of the sentence ("she added softly") wins only back to the intro of another
    # quotation ("and she answered:"); "Where?" keeps "he asked" (it was lost)
    quotes = extract_quotes('"Where?" he asked; and she answered: "But then," she added softly, "I was wrong."')
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes][:2] == [
        ("Where?", "he"), ("But then,", "she")]
    # (no intro between: one speaker's quotation with two attributions stays one, the last attribution's)
    quotes = extract_quotes('"How difficult it is," he began, "to see it. Instead of the fire," said the vicar, '
                            'slightly losing the thread.')
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["the vicar"]


def test_an_inverted_attribution_after_a_quotation_wins_over_a_later_cue() -> None:
    # quote-then-inverted: "said Diana" names the speaker; the later "all she would say" is her attribution's tail
    # (the quote was a mixed one by "she", with no other)
    quotes = extract_quotes('"I must go home," said Diana, and that was all she would say.')
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("direct", "I must go home,", "Diana")]
    quotes = extract_quotes('"No," rejoined Winterbourne, with something of that pensiveness to which his aunt had '
                            'alluded. "I do not believe it."')
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Winterbourne"]
    # subordinate-act: after a quotation's own attribution, "before Holmes could ask" and "as the crowd applauded"
    # report nothing
    for text in ('"I found him at seven, sir," she said before Holmes could ask.',
                 '"Everybody should be believed," she said, with a smile, as the crowd applauded.'):
        assert [(q.kind, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [("direct", "she")]
    # a final attribution with no quotation before it still reports the whole clause before it
    assert [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(
        "The top 1 percent would see gains, according to the Tax Foundation.")] == [
        ("The top 1 percent would see gains", "the Tax Foundation")]


def test_the_subject_of_a_result_clause_speaks() -> None:
    # result-clause: the "that" of "so … that" opens a clause whose subject asks (it was "He")
    text = ("He paused so long over the book that Mrs. Cosham had time to look over his shoulder and ask her "
            'niece:\n\n"And have you settled upon a house yet, Katharine?"')
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Mrs. Cosham"]
    text = ('William showed such visible signs of floundering that Katharine collected herself and asked:\n\n'
            '"Where is the cottage you have taken?"')
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text) if q.kind == "direct"] == [
        "Katharine"]
    # and an intro's subject: "…, that Cassandra was startled into exclaiming:" (it was "She", the sentence's)
    text = ('She looked so like her mother, as she sat there oblivious of the tapioca, that Cassandra was startled '
            'into exclaiming:\n\n"How like Aunt Maggie you look!"')
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Cassandra"]
    # a bare "that" opens a reported clause: its subject is no speaker of a later cue
    quotes = extract_quotes("Trump said that Clinton lied about the emails, adding that she should apologize.")
    assert [q.speaker.text for q in quotes if q.speaker] == ["Trump", "Trump"]


def test_a_relative_pronoun_before_phrases_set_off_speaks() -> None:
    # relative-set-off: "who, hot and out of breath, and with a look of disappointment, cried out," is the
    # relative's speech, named after Julia (it had no speaker)
    text = ('She expected Mr. Rushworth, but it was Julia, who, hot and out of breath, and with a look of '
            'disappointment, cried out, "Heyday! Where are the others?"')
    quotes = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [(q.speaker.text, q.speaker.name) if q.speaker else None for q in quotes] == [("who", "Julia")]


def test_the_nearest_clause_name_may_have_a_relative_clause() -> None:
    # nearest-clause-name past a relative clause set off by commas: "Gino, who had flung …, took him …, and said," is
    # Gino's (it was Philip's, the sentence's first subject)
    text = ('Philip sprang up, and Gino, who had flung wide his arms to let the glorious creature go, took him by the '
            'shoulders and shook him, and said, "Because we are married."')
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Gino"]


def test_an_appositive_chain_ends_at_a_clause_before_it() -> None:
    # clause-before-chain: "when the first pause came," is a clause, not the noun phrase the chain names (the
    # speaker was "the first pause came")
    text = 'But when the first pause came, Edmund, looking around, said, "But where is Fanny?"'
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Edmund"]


def test_a_segment_with_its_own_verb_is_a_clause_no_appositive() -> None:
    # clause-segment: "Mr. Trump was just as blunt" is a clause, whose subject the participle after it takes (the
    # chain named the place before it, "Tex.")
    text = ("The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming without any evidence "
            "that Mr. Obama wanted to take in 250,000 refugees.")
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Mr. Trump"]


def test_a_name_and_a_past_verb_make_a_clause_no_appositive() -> None:
    # past-segment: "Mrs. Clinton tried to expand …" is a clause, so the participle after it is hers (it was Iowa's)
    text = ("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying "
            "that the United States should lead.")
    assert _said(text) == [("that the United States should lead", "Mrs. Clinton")]


def test_a_relative_clause_set_off_by_spaced_hyphens() -> None:
    # relative-source after a spaced hyphen ("DFA - which"), and the cue after the closing hyphen is the sentence
    # subject's (both were "Howard Dean"'s, the name nearest the cue)
    text = ("Neil Sroka, director of the group - which was founded by Howard Dean and which has endorsed Sanders - "
            "said Sanders has options.")
    assert _said(text) == [("Sanders", "which"), ("Sanders has options", "Neil Sroka")]


def test_a_gerunds_object_opening_an_appositive_chain_is_no_subject() -> None:
    # gerund-object: "the deposition request" is what "opposing" takes; the chain goes on to the lawyer (it was the
    # request's "wrote")
    text = ("In opposing the deposition request, her personal lawyer, David E. Kendall, wrote in a court file that "
            "such a request was futile.")
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text) if q.cue and q.cue.text == "wrote"] == [
        "her personal lawyer"]


def test_a_segment_with_a_modal_is_a_clause_no_appositive() -> None:
    # modal-segment: "some of its functions would be performed …" is the reported clause, and DeSantis the inverted
    # speaker (the chain made "the department no longer existed" the speaker of "DeSantis, who …")
    text = ("Even if the department no longer existed, some of its functions would be performed by other agencies, "
            "said DeSantis, who was elected in 2012.")
    assert _said(text) == [(text[: text.index(", said")], "DeSantis")]


def test_a_quoted_title_after_a_preposition_is_no_content() -> None:
    # quoted-title: "Going Viral," is a book's title in the appositive, so "said" is Hemsley's, not "the days"'
    text = 'Hemsley, the co-author of "Going Viral," said the days when the nation had one story are gone.'
    assert _said(text) == [("the days when the nation had one story are gone", "Hemsley")]
    # a scare quote after an article is content still
    assert _said('This is a "raw time," said David Axelrod.') == [('This is a "raw time,"', "David Axelrod")]


def test_a_pronoun_and_an_auxiliary_after_a_quote_open_a_clause() -> None:
    # quote-then-cue stops at an auxiliary: "said he doesn't believe …" reports the clause; "sociopath," is no
    # quotation of "he"
    text = "Humphrey, who calls Trump a \"sociopath,\" said he doesn’t believe it."
    assert [q.content for q in extract_quotes(text)] == ['Trump a "sociopath,"', "he doesn’t believe it"]


def test_an_inverted_attribution_and_an_intro_in_one_sentence_keep_both() -> None:
    # quote-then-inverted keeps an intro of the next paragraph's quote, and pause-not-cue: "after considering for a
    # moment" reports nothing (the intro was dropped and the next quote went to Mary)
    text = ('"It is far more likely that he will come here," said Mary, and Katharine, after considering for a '
            'moment, said:\n\n"I will wait another half-hour."')
    assert [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("It is far more likely that he will come here,", "Mary"), ("I will wait another half-hour.", "Katharine")]


def test_a_party_and_state_tag_names_no_speaker() -> None:
    texts = [
        "Sen. Marco Rubio, R-Fla., appearing on Fox News after the speech, said Obama failed to act.",
        "Sen. Mark Kirk, R-Ill., who faces a tough race in his home state, said Trump was wrong.",
        "Staff spoke after Sen. Trey Gowdy (R-S.C.) earlier in the day touted progress the panel has made.",
    ]
    speakers = [q.speaker.text if q.speaker else None for t in texts for q in extract_quotes(t)]
    assert speakers == ["Sen. Marco Rubio", "Sen. Mark Kirk", "Sen. Trey Gowdy"]


def test_a_speaker_named_by_known_as_or_called_keeps_the_name() -> None:
    q = extract_quotes('"There never was an order," said the base chief known as Bob, speaking for the first time.')[0]
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("the base chief known as Bob", "Bob")
    q = extract_quotes("The group, known as ISIS, said it was behind the attack.")[0]
    assert q.speaker is not None and q.speaker.text == "The group"


def test_a_quote_later_in_a_paragraph_continues_its_last_direct_speaker() -> None:
    text = (
        '"Who is the real con man here?" said Murphy, using a term Rubio has used to describe Donald Trump, on a '
        'call with reporters. "Senator Rubio produced partisan bills."'
    )
    assert _said(text)[-1] == ("Senator Rubio produced partisan bills.", "Murphy")


def test_a_place_phrase_before_that_is_no_content() -> None:
    assert _said("Senator Mitch McConnell said on the Senate floor that the bill was dead.") == [
        ("that the bill was dead", "Senator Mitch McConnell")]
    # seen-by-that (stop 37): "in an email seen by Reuters that …" is no content either
    assert _said("Linda Yaccarino told staff in an email seen by Reuters that revenue was stable.") == [
        ("that revenue was stable", "Linda Yaccarino")]
    assert _said("The minister said in a letter obtained by The Washington Post that the plan was dead.") == [
        ("that the plan was dead", "The minister")]
    # (stop 42) after any preposition, after a phrase, or ending the sentence: no content of the participle's
    assert _said("He wrote in a letter sent to shareholders that profits would fall.") == [
        ("that profits would fall", "He")]
    assert _said("The lawyer said in documents filed with the court that the firm lied.") == [
        ("that the firm lied", "The lawyer")]
    assert _said("The senator responded in a statement released by her office.") == []
    # medium-to-recipient (stop 43): "in a memo to staff seen by Reuters" describes the memo too
    assert _said("The chief executive said in a memo to staff seen by Reuters that the cuts were painful.") == [
        ("that the cuts were painful", "The chief executive")]
    assert _said("In a memo to staff seen by Reuters, the chief executive said the cuts were painful.") == [
        ("the cuts were painful", "the chief executive")]
    # (a name's verb after the phrase is no medium's participle: "after Clinton argued for … that" is Clinton's)
    assert _said("Axelrod tweeted after Clinton argued for the second debate that the bill saved jobs.")[0][1] == (
        "Axelrod")


def test_a_quotation_before_a_source_with_a_relative_clause_is_the_content() -> None:
    assert _said('"It\'s a disgrace," one resident, who did not want to be named, told the Guardian.')[-1] == (
        "It's a disgrace,", "one resident")


def test_a_name_after_a_subordinating_after_with_an_appositive_speaks() -> None:
    assert _said("The remarks came after Senator Mitch McConnell, the Republican leader, said the bill was dead.") == [
        ("the bill was dead", "Senator Mitch McConnell")]
    assert _said("Since January, Smith, the mayor, said the plan failed.") == [("the plan failed", "Smith")]


def test_any_noun_named_in_apposition_is_a_sentence_subject() -> None:
    # described-then-named for a noun no lexicon lists: "The neighbour, Tom Reed," is an antecedent of "he"
    (q,) = extract_quotes('The neighbour, Tom Reed, stood up. "Nobody came," he says.')
    assert q.speaker is not None and q.speaker.name == "Tom Reed"


def test_a_reporters_question_opening_the_sentence_is_no_speaker() -> None:
    # asked-opener: "Asked which …," is a fronted phrase, so the colon's quotation is "he"'s; the question itself is
    # reported with no speaker (unanswered-question: PolNeAR annotates it)
    assert _said('Asked which county was his favorite, he demurred: "Whichever one I am in."') == [
        ("which county was his favorite", None), ("Whichever one I am in.", "he")]


def test_a_whose_clause_with_a_cue_of_its_own_leaves_the_speaker_before_it() -> None:
    # appositive-past-relative for "whose": the clause's "seen" no longer takes the main verb's speaker away
    quotes = extract_quotes("Mr. Cruz, whose finish was widely seen as a disappointment, said that he would win.")
    assert [(q.content, q.speaker.text if q.speaker else None) for q in quotes][-1] == ("that he would win", "Mr. Cruz")


def test_a_source_familiar_with_something_is_the_speaker_not_the_something() -> None:
    # source-adjective: "familiar with", "close to" carry an object that is no speaker
    assert _said("A person familiar with the talks said the plan was dead.") == [
        ("the plan was dead", "A person familiar with the talks")]
    assert _said("An aide close to the senator said the plan was dead.") == [
        ("the plan was dead", "An aide close to the senator")]
    assert _said('"No," said a person familiar with the talks.') == [("No,", "a person familiar with the talks")]
    # pronoun-owner (stop 68, PolNeAR dev and train): "Those close to him say" had no speaker; a group alone
    # ("People") and a quantifier ("Some") own the phrase too, and an object pronoun ends it
    for owner in ("Those", "People", "Some"):
        assert _said(f"{owner} close to him say that he will run.") == [("that he will run", f"{owner} close to him")]
    assert _said("Those familiar with the plan say it is dead.") == [("it is dead", "Those familiar with the plan")]
    # pronoun-owner-name (stop 68): the name keeps its first word ("close to him" was the name)
    (q,) = extract_quotes("Those close to him say that he will run.")
    assert q.speaker is not None and q.speaker.name == "Those close to him"
    # object-her (stop 68, PolNeAR train): "her" there is an object, so "said" is a verb, no noun
    assert _said("Aides close to her said she will run.") == [("she will run", "Aides close to her")]


def test_a_possessive_and_a_noun_before_a_past_cue_are_the_speaker() -> None:
    # possessive-then-noun: "his daughter" is a speaker though "daughter" is no source noun
    assert _said("Smith died on Monday at his home in Ohio, his daughter said.") == [
        ("Smith died on Monday at his home in Ohio", "his daughter")]
    assert _said('"We are proud of her," her coach said.') == [("We are proud of her,", "her coach")]
    # a cue form that may be a noun leaves the phrase a noun's: "his recent claim" names no speaker "his recent"
    quotes = extract_quotes("He cited his recent claim that crime rose.")
    assert all(q.speaker is None or q.speaker.text != "his recent" for q in quotes)


def test_a_bare_one_or_another_after_the_verb_is_the_speaker() -> None:
    # bare-partitive: "said another." names one of a group the text spoke of; "said one thing" does not
    assert _said('"It was chaos," said one witness. "People ran," said another.') == [
        ("It was chaos,", "one witness"), ("People ran,", "another")]
    assert _said('"They kept to themselves," said one, who asked not to be named.')[0] == (
        "They kept to themselves,", "one")
    assert _said("He said one thing.") == [("one thing", "He")]


def test_per_and_a_source_attributes_like_according_to() -> None:
    # per-source: "per" before a name or a determined source noun; not before a unit or another noun
    assert _said("She moved to Egypt years ago, per CTV News.") == [("She moved to Egypt years ago", "CTV News")]
    assert _said('"We are thrilled," per a company statement.') == [("We are thrilled,", "a company statement")]
    assert _said("Rates rose 5 per cent, per the McKinley plan.") == []


def test_a_transcript_label_after_any_opening_mark_attributes_its_turn() -> None:
    # colon-label after label-not-quote, for every opening mark (British '‘PENCE: …', guillemets '«PENCE: …')
    for mark in "\"‘«„":
        text = f"Partial transcript:\n\n{mark}WALLACE: Let’s start.\n\n{mark}PENCE: Well, look, this is America."
        assert [(q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
            ("Let’s start.", "WALLACE"), ("Well, look, this is America.", "PENCE")], mark


def test_a_label_in_capitals_with_a_description_labels_a_transcript_turn() -> None:
    # described-label: broadcast transcripts set off a speaker's role after a comma or in parentheses
    text = ("ANDERSON COOPER, CNN HOST: Senator, do you support the bill?\n\n"
            "SEN. MARK WARNER (D), VIRGINIA: I do, Anderson. I think it's the right thing.\n\n"
            "COOPER: Even with the cost?\n\nWARNER: Even with the cost.")
    assert [(q.speaker.name if q.speaker else None) for q in extract_quotes(text)] == [
        "ANDERSON COOPER", "MARK WARNER", "ANDERSON COOPER", "MARK WARNER"]


def test_a_role_in_capitals_labels_a_transcript_turn() -> None:
    # transcript-role: "THE COURT:" and "THE DEFENDANT:" label turns as "PENCE:" does; not a kicker ("THE LATEST:");
    # titled-label: nor does a title's period keep "MR. GREEN:" from labelling one ("We object" was his cue)
    text = ("THE COURT: Do you understand the charges?\n\nTHE DEFENDANT: Yes, Your Honor.\n\n"
            "MR. GREEN: We object.\n\nTHE LATEST: Markets fell again on Friday.")
    assert [(q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("Do you understand the charges?", "THE COURT"), ("Yes, Your Honor.", "THE DEFENDANT"),
        ("We object.", "MR. GREEN")]


def test_came_and_a_persons_voice_owns_the_quotation() -> None:
    # remark-owner after "came" with a speaking part: the voice's owner speaks
    assert _said('"Where are you?" came Hermione\'s voice from the dark.') == [("Where are you?", "Hermione")]


def test_a_remark_from_a_source_is_that_sources() -> None:
    # remark-from: "was the response from the White House" names its speaker; "from the back of the room" does not
    assert _said('"Absolutely not," was the response from the White House.') == [("Absolutely not,", "the White House")]
    assert _said('"Not a farthing more," was the curt reply of Mr. Limbkins.') == [  # (or "of")
        ("Not a farthing more,", "Mr. Limbkins")]
    assert _said('"Sorry, no," came the curt reply from Mr. Smith.') == [("Sorry, no,", "Mr. Smith")]
    assert _said('"Never," came the answer from a spokesman.') == [("Never,", "a spokesman")]


def test_a_resumed_direct_quote_takes_its_speaker_s_cue() -> None:
    # cue-carries: the second quotation resumes the senator's speech and takes "insisted", not the nominal "calls
    # for" of the narration between
    quotes = extract_quotes('"I am not going anywhere," the senator insisted, brushing aside calls for her '
                            'resignation. "The people elected me, and I intend to serve."')
    last = quotes[-1]
    assert last.text.startswith("The people") and last.cue is not None and last.cue.text == "insisted"


def test_a_question_about_speaking_reports_nothing_before_its_subject() -> None:
    # question-inversion: the auxiliary (and question word) before the subject is no content
    for text in ["Did you tell anyone?", "Why did she say that?", "Q: Did you tell anyone?"]:
        assert extract_quotes(text) == [], text
    # what follows the cue still is: "the plan would fail"
    (q,) = extract_quotes("Why did she say the plan would fail?")
    assert q.content.startswith("the plan would fail") and q.speaker is not None and q.speaker.text == "she"


def test_an_adverb_or_a_time_phrase_after_the_cue_is_no_content() -> None:
    # adverb-then-comma: "before," after the cue; a phrase of time before "that" (place-then-that with "after")
    (q,) = extract_quotes("As I said before, the plan is sound.")
    assert q.content == "the plan is sound"
    (q,) = extract_quotes("She said after the meeting that talks would resume.")
    assert q.content == "that talks would resume"


def test_a_title_set_off_by_commas_is_no_quotation() -> None:
    # comma-title: a quotation in title case between commas mid-sentence names a work; a spoken one stays
    assert extract_quotes('Ms. Ellis published her first novel, "The Long Winter," in 1962.') == []
    (q,) = extract_quotes('"Well," said Marilla, unable to go on, "I Suppose So."')
    assert [f.text for f in q.fragments] == ["Well,", "I Suppose So."]


def test_a_fronted_according_to_reports_the_whole_clause_after_it() -> None:
    # fronted-according-to-whole (stop 65, PolNeAR train): "According to X, Reilly used … and instructed them" is
    # all X's report, as PolNeAR marks "According to ProPublica, Clinton praised …, and she asked the bankers …";
    # "instructed" had been Reilly's (according-to-subject, stop 40s, hand-written)
    text = ("According to the indictment, Reilly used a personal email account and instructed the companies to "
            "inflate their invoices.")
    found = [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text[-9:])
             for q in extract_quotes(text)]
    assert found == [("the indictment", "According to", " invoices")]
    # a quotation's own attribution keeps it
    text = 'According to his plan, it was to be sent out at once, "to stimulate," he repeated, "right thoughts."'
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["his plan", "he"]


def test_a_clause_with_i_between_the_fragments_is_still_an_interruption() -> None:
    # interrupted: '"A," I said, when I had finished, "B?"' is one quotation ("I" was no lower-case word of the gap)
    (q,) = extract_quotes('"Gran," I said, when I had finished, "why don\'t you ever come to the city?"')
    assert [f.text for f in q.fragments] == ["Gran,", "why don't you ever come to the city?"]


def test_unquoted_content_ends_before_a_comma_and_but() -> None:
    # but-ends-content: "Clinton says the mails were personal, but for Republicans, it is another story"
    assert _said("Clinton says the mails were personal, but for Republicans, it is another story.") == [
        ("the mails were personal", "Clinton")]
    # summary-ends-content (stop 44): "…, a charge that …" labels the report in the writer's words
    assert _said("He complained that the contest had been rigged, a charge that party leaders dispute.")[0] == (
        "that the contest had been rigged", "He")


def test_a_person_shows_nothing_but_polls_and_records_do() -> None:
    # person-shows-nothing: "Marcus Hale showed no emotion" reports nothing; "The records show …" does
    assert _said("Marcus Hale, 52, showed no emotion as the verdict was read.") == []
    assert _said("He showed no emotion.") == []
    assert _said("The records show he paid no tax.") == [("he paid no tax", "The records")]


def test_the_noun_after_who_is_the_subject_of_its_cue() -> None:
    # object-relative: "A man who prosecutors say ran …" is the prosecutors' report, not "A man who prosecutors"'s;
    # "who control Congress" opens no such subject
    (q,) = extract_quotes("A Florida man who prosecutors say ran a Ponzi scheme was sentenced.")
    assert q.speaker is not None and q.speaker.text == "prosecutors"
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(
        "Mr. Obama proposed a tax, but the Republicans who control Congress refused.")] == ["Mr. Obama"]


def test_a_relative_clause_after_the_subject_reports_up_to_its_comma() -> None:
    # subject-relative-ends: "The man, who police say was armed, fled" reports "was armed" alone
    assert _said("The man, who police say was armed, fled on foot.") == [("who was armed", "police")]


def test_an_addressees_appositive_is_no_content() -> None:
    # addressee-appositive: "told Gregory Hines, 61, that …" reports what follows "that"
    assert _said("Judge Maria Alvarez told Gregory Hines, 61, that his crimes had devastated families.") == [
        ("that his crimes had devastated families", "Judge Maria Alvarez")]


def test_told_of_reports_its_object_with_no_addressee() -> None:
    # told-of: "has told of her terror" reports "her terror", not what follows an addressee "of her terror"
    assert _said("A grandmother has told of her terror at the attack.") == [
        ("her terror at the attack", "A grandmother")]


def test_a_relative_clause_before_the_main_cue_keeps_no_auxiliary() -> None:
    # main-after-relative: "Republicans who voted for it have since said …": "have since" is the main verb's, and
    # at-least-count: "At least a dozen Republicans" opens no fronted phrase
    for text in ("Republicans who voted for it have since said they would oppose it.",
                 "At least a dozen Republicans who voted for it in February have since said they would oppose it."):
        found = _said(text)
        assert found[-1][0] == "they would oppose it" and found[-1][1] is not None, text
        assert all("have since" not in content for content, _ in found), text


def test_a_capitalised_number_ends_a_name() -> None:
    # "told reporters aboard Air Force One that …": "One" is the plane's, no content
    assert _said("Jean-Pierre told reporters aboard Air Force One that the president would sign the bill.") == [
        ("that the president would sign the bill", "Jean-Pierre")]


def test_according_to_a_source_with_a_relative_clause() -> None:
    # according-to-relative: the relative clause set off after the source is no content
    assert _said("According to a person familiar with the matter, who asked not to be named, Pfizer has held "
                 "talks about a deal.") == [("Pfizer has held talks about a deal", "a person familiar with the matter")]


def test_a_speaker_heard_or_quoted_saying_is_the_subject() -> None:
    # heard-saying: the subject of "be heard", "be quoted as" before a speech verb in -ing speaks
    (q,) = extract_quotes('"Should there be a database?" a reporter can be heard asking Trump after an event.')
    assert q.speaker is not None and q.speaker.text == "a reporter" and q.text == "Should there be a database?"
    (q,) = extract_quotes('"We deserved more," De Zerbi was quoted as saying.')
    assert q.speaker is not None and q.speaker.text == "De Zerbi" and q.kind == "direct"
    assert q.text == "We deserved more,"


def test_a_document_with_a_participle_phrase_is_the_source() -> None:
    # document-of-participle: "A new study published in the journal Nature suggests" is the study's report
    (q,) = extract_quotes("A new study published in the journal Nature suggests that octopuses dream.")
    assert q.speaker is not None and q.speaker.text == "A new study published in the journal Nature"
    assert q.speaker.name == "study published in the journal Nature"


def test_a_fronted_phrase_of_time_is_no_content() -> None:
    # fronted-time: a short phrase of time before the subject, with no comma, is no content of the cue after it
    assert _said("Later that evening the nephew himself appeared.") == []
    assert _said("At dawn the senator said.") == []
    assert _said("The plan is dead the senator said.") == [("The plan is dead", "the senator")]


def test_an_infinitive_cue_ending_its_sentence_reports_nothing_before_it() -> None:
    # infinitive-cue: "to vote." and "had little to say." end a sentence that reports nothing; a quotation before
    # it, a quotation after it and a gerund after "to" still report
    assert _said("Tom Riley waited in line to vote.") == []
    assert _said("When reached by phone, Lewandowski had little to say.") == []
    assert _said("The launch came days after talks.") == []  # (object-noun-cue: a preposition's noun)
    assert _said('"What madness!" he recovered himself to exclaim.') == [("What madness!", "he")]
    assert _said('She forced herself to say, "Your income is a large one."') == [("Your income is a large one.", "She")]
    (q,) = extract_quotes("In Iowa, it is premature to assume Mr. Cruz has won, as some Republican leaders have"
                          " taken to saying.")
    assert q.cue is not None and q.cue.text == "saying" and q.content.startswith("In Iowa")


def test_a_cue_in_s_after_a_past_or_progressive_verb_is_its_object() -> None:
    # object-noun-cue: "took notes" and "was taking notes" end a sentence that reports nothing ("notes" is a noun);
    # "The ruling notes." has no verb before its cue, and a quotation before the cue is its content
    assert _said("Sergeant Okoro was taking notes.") == []
    assert _said("He took notes.") == []
    assert _said('"We will win," Viguerie notes.') == [("We will win,", "Viguerie")]


def test_a_quotation_after_a_colon_is_the_inverted_attributions_alone() -> None:
    # colon-then-quote: 'The Greens were unhappy: "…," said Hofreiter' reports the quotation, not the narration
    (q,) = extract_quotes('The Greens were also unhappy: "This sends the wrong signal," said Anton Hofreiter.')
    assert q.kind == "direct" and q.text == "This sends the wrong signal," and q.speaker is not None


def test_a_transcript_turn_of_one_word_is_a_turn() -> None:
    # transcript-turn: "WARREN: Absolutely. We learned …" is Warren's whole turn, though it opens on one adverb
    text = "HOST: Are they too big to fail?\n\nWARREN: Absolutely. We learned that lesson in 2008."
    assert _said(text)[-1] == ("Absolutely. We learned that lesson in 2008.", "WARREN")


def test_saying_nothing_reports_no_words() -> None:
    # said-nothing: "said nothing" before punctuation, a conjunction or a preposition reports no words; "said
    # nothing happened" does
    assert _said("Harriet said nothing, but looked at her sister with a smile.") == []
    assert _said("The senator said nothing about the plan.") == []
    assert _said("Everybody said nothing happened.") == [("nothing happened", "Everybody")]
    assert _said("Lady Mallory, who had said nothing so far, rose from her chair.") == []  # (stop 37)
    assert _said("He said nothing when the verdict was read.") == []


def test_an_intro_ending_on_a_colon_reports_the_unmarked_paragraph_after_it() -> None:
    # colon-block: outside novels, "Limbaugh added:" ending its paragraph reports the next paragraph, a block
    # quotation copied without its marks; a report inside it is the block's speaker's words
    text = ("Limbaugh spoke for an hour.\n\nLimbaugh added:\n\nAnd from a front-runner, this reeks of fear, as you "
            "pointed out. She can't win without stacking the deck?\n\nThe show ended at noon.")
    (q,) = extract_quotes(text)
    assert q.speaker is not None and q.speaker.text == "Limbaugh" and q.cue is not None and q.cue.text == "added"
    assert q.text.startswith("And from a front-runner") and q.text.endswith("stacking the deck?")
    # not a list a belief introduces, nor markup
    assert extract_quotes("Here is what his campaign hopes:\n\nCool the rhetoric. Win the suburbs.") == []


def test_a_naming_verb_after_a_comma_is_no_inverted_attribution() -> None:
    # naming-not-inverted: "…, described the display as …" has the subject before the comma phrase as its speaker,
    # not "the display"; right after a quotation a shout still inverts ('"Helen!" called Margaret')
    text = ('Former United captain Gary Neville, speaking on Sky Sports, described the display as "shambolic" and '
            'said the club needed "a serious look in the mirror".')
    first, second = extract_quotes(text)
    assert first.speaker is not None and first.speaker.name == "Gary Neville"
    assert first.text == 'the display as "shambolic"' and first.cue is not None and first.cue.text == "described"
    assert second.speaker is not None and second.speaker.name == "Gary Neville"
    (q,) = extract_quotes('"Helen!" called Margaret from the stairs.')
    assert q.speaker is not None and q.speaker.text == "Margaret"


def test_a_content_ending_on_though_drops_it() -> None:
    # dangling-conjunction: '…, though she warned …' opens another report; the first ends at the quotation
    first, second = extract_quotes('Lagarde said inflation was "heading in the right direction", though she warned '
                                   "that wage growth remained strong.")
    assert first.text == 'inflation was "heading in the right direction"'
    assert second.text == "that wage growth remained strong"


def test_a_pronoun_after_a_fronted_when_clause_is_the_main_subject() -> None:
    # main-after-clause: "and when the doctor came out, she went up to him, and said," is hers, not the doctor's;
    # "when the doctor came out and said" stays the doctor's (described-clause-subject)
    text = ('Mary had waited all night in the corridor; and when the doctor came out, she went up to him, and said, '
            '"Is he alive?"')
    (q,) = extract_quotes(text)
    assert q.speaker is not None and q.speaker.text == "she"
    (q,) = extract_quotes('It was late when the doctor came out and said, "He is alive."')
    assert q.speaker is not None and q.speaker.text == "the doctor"


def test_a_noun_phrase_opening_the_sentence_acts_for_a_participle_after_its_comma() -> None:
    # opening-np-participle: "Western diplomats, speaking on condition of anonymity, said" is the diplomats', not
    # "Western"'s; a clause before the comma keeps its subject ("Mr. Obama demurred, saying …")
    (q,) = extract_quotes("Western diplomats, speaking on condition of anonymity, said they shared the concerns.")
    assert q.speaker is not None and q.speaker.text == "Western diplomats"
    (q,) = extract_quotes("Mr. Obama demurred, saying he had no plans.")
    assert q.speaker is not None and q.speaker.text == "Mr. Obama"


def test_a_reported_clause_keeps_its_that() -> None:
    # complementizer (stop 38): the content opens with the "that" after the cue and its lead-in, as PolNeAR writes it;
    # a quotation after it makes a mixed report; a "that" before no clause of its own is no complementizer
    assert _said("Moscow said that rebels used the pause to regroup.") == [
        ("that rebels used the pause to regroup", "Moscow")]
    (q,) = extract_quotes('He said that "we will win."')
    assert (q.kind, q.content) == ("mixed", 'that "we will win."')
    assert _said("The mayor spoke emotionally of a recent visit to the flooded towns.") == [
        ("a recent visit to the flooded towns", "The mayor")]


def test_a_relative_pronoun_before_the_subject_opens_the_content() -> None:
    # relative-lead (stop 38): "which I said was …" reports "which" and "was …", two fragments, as PolNeAR writes it
    (q,) = [q for q in extract_quotes("He gave me a fair sentence, which I said was not a prison sentence.")
            if q.cue is not None and q.cue.text == "said"]
    assert [f.text for f in q.fragments] == ["which", "was not a prison sentence"]
    assert _said("They are fighting what he calls corruption in politics.") == [
        ("what corruption in politics", "he")]


def test_a_preposition_after_the_cue_is_the_cues() -> None:
    # cue-preposition (stop 38): "talked about X" has the cue "talked about" and reports X, as PolNeAR writes it;
    # "to" opens an infinitive's content ("urged his colleagues to support it")
    (q,) = extract_quotes("She joked about moving to New Zealand.")
    assert (q.cue.text if q.cue else None, q.content) == ("joked about", "moving to New Zealand")
    assert _said("Smith urged his colleagues to support it.") == [("to support it", "Smith")]
    # ("to" before a noun phrase is the cue's too: "referring to the bridge")
    (q,) = extract_quotes("The mayor was referring to the bridge that the flood took.")
    assert (q.cue.text if q.cue else None, q.content) == ("referring to", "the bridge that the flood took")


def test_an_attribution_in_parentheses_reports_only_what_they_hold() -> None:
    # parenthesis-bounds: the parentheses hold the quotation and its attribution; the sentence around is no content
    text = ('The union faced pushback from members ("I want my dues back," wrote Edward Nelson on Facebook), and the '
            'leaders stayed silent.')
    found = [(q.kind, q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]
    assert found == [("direct", "I want my dues back,", "Edward Nelson")]
    found = [(q.kind, q.content) for q in extract_quotes('The plan drew criticism (Smith called it "a disaster") '
                                                          'from both parties.')]
    assert found == [("mixed", 'it "a disaster"')]
    # paren-ends-quote: the quotation after the closing parenthesis is no part of the one inside
    text = ('Last came a little feeble, squeaking voice, ("That\'s Bill," thought Alice,) "Well, I hardly know--No '
            'more, thank ye; I\'m better now."')
    assert [q.content for q in extract_quotes(text) if q.speaker is not None and q.speaker.text == "Alice"] == [
        "That's Bill,"]


def test_a_cue_in_a_phrase_set_off_after_that_is_part_of_the_content() -> None:
    # that-aside: "based on what he has seen" and "as far as he knows" are inside the content; an attribution set
    # off there ("that, Sweet noted, …") is still one of its own
    found = [(q.speaker.text if q.speaker else None, q.content) for q in extract_quotes(
        'But Wheeler added that, based on what he has seen, Curiel "has been nothing but fair in this case."')]
    assert found == [("Wheeler", 'based on what he has seen, Curiel "has been nothing but fair in this case."')]
    found = [(q.speaker.text if q.speaker else None, q.content) for q in extract_quotes(
        "Wheeler said that, as far as he knows, the judge has been fair.")]
    assert found == [("Wheeler", "as far as he knows, the judge has been fair")]
    found = [q.cue.text if q.cue else None for q in extract_quotes(
        "Sweet said the comments answer attacks that, Sweet noted, the rival made during the debate.")]
    assert "noted" in found


def test_a_quotation_before_its_own_attribution_is_not_an_earlier_cue_content() -> None:
    # own-attribution-wins: "he wrote" takes the quotation; the earlier cue keeps its object
    found = [(q.kind, q.cue.text if q.cue else None, q.content) for q in extract_quotes(
        'He did not back up his earlier statements: "I have a lot going on. Good luck with the story," he wrote.')]
    assert found == [("indirect", "back", "up his earlier statements"),
                     ("direct", "wrote", "I have a lot going on. Good luck with the story,")]
    # a quotation closed by a semicolon ends its part of the sentence: the later verb is no attribution of it
    found = [(q.cue.text if q.cue else None, q.kind) for q in extract_quotes(
        'When Mary replied, with some jealousy, "Oh, yes, I should like to join you;" Anne felt sorry.')]
    assert found[0] == ("replied", "direct")


def test_a_subject_first_attribution_after_a_colon_and_quotation_reports_the_quotation_alone() -> None:
    # colon-then-quote: the narration before the colon is no part of the quotation, whichever order the
    # attribution takes
    for text in ('Others remained skeptical: "It won\'t work," one analyst said.',
                 'Others remained skeptical: "It won\'t work," said one analyst.'):
        assert [(q.kind, q.content) for q in extract_quotes(text)] == [("direct", "It won't work,")], text


def test_a_kicker_in_capitals_is_no_transcript_label() -> None:
    # colon-label: "BREAKING:" and "BYLINE:" label the text, nobody speaks after them
    for text in ("BYLINE: Amber Phillips.\n\nThe court ruled on Monday.",
                 "The agency posted a note.\n\nBREAKING: The court sided with the state on Monday."):
        assert all(q.cue is None or q.cue.text != ":" for q in extract_quotes(text)), text


def test_a_spaced_hyphen_breaks_a_clause_as_a_dash_does() -> None:
    # clause-break: " - " (and " -- ") in ASCII text ends the clause before a new report, as "—" does
    text = ("Clinton is seen as far more capable than Mr. Trump - 60 percent of voters said Mrs. Clinton would be "
            "better at handling the issue.")
    assert ("Mrs. Clinton would be better at handling the issue", "60 percent of voters") in _said(text)


def test_asked_by_someone_reports_the_question_after_the_asker() -> None:
    # asked-by: the asker after "by" asks the question that follows, not the subject that was asked
    assert _said("Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's.") == [
        ("whether his aim was similar to Kennedy's", "host John Dickerson")]


def test_a_sentence_opening_asked_reports_its_question_up_to_the_comma() -> None:
    # fronted-asked: "Asked in Iowa recently whether …, Rubio gave …" reports the question, asked by nobody named
    found = [(q.kind, q.speaker, q.cue.text if q.cue else None, q.content) for q in extract_quotes(
        "Asked in Iowa recently whether he would back the nominee, Rubio gave a roundabout answer.")]
    assert found == [("indirect", None, "Asked", "whether he would back the nominee")]


def test_turns_of_phrase_report_nothing() -> None:
    # having-said-that: a discourse phrase, no report; is-contraction: "There's" is "there is", no name
    assert _said("Having said that, there are some economists who argue that taxes should be low.") == [
        ("that taxes should be low", "who")]
    assert _said("There's no way to tell without seeing his tax returns.") == []


def test_a_participle_set_off_after_the_subject_shares_it() -> None:
    # appositive-past-participle: "The senator, while criticizing the bill, said …" is the senator's, both reports
    assert _said("The senator, while criticizing the bill, said it would pass.") == [
        ("the bill", "The senator"), ("it would pass", "The senator")]
    assert _said('Mrs. Plynlimmon, when condemning suffragettes, had said: "The woman ought to be ashamed."')[-1] == (
        "The woman ought to be ashamed.", "Mrs. Plynlimmon")


def test_a_speech_participle_after_a_common_noun_is_a_passive() -> None:
    # reduced-passive: "The country described by the president …" is the president's report of the country
    assert _said("The country described by the president on Tuesday night is the most powerful on earth.")[0] == (
        "The country", "the president")


def test_markdown_labels_and_bullets_read_as_plain_text() -> None:
    # markdown-label: "**Mayor Ruiz:** …" labels a transcript turn; list-bullet: "* " opens a sentence (not "* * *")
    text = ("**Q: Why has the city fallen behind?**\n\n**Mayor Ruiz:** We inherited a backlog. We build faster.\n\n"
            "**Q: Critics say the towers are too expensive.**\n\n**Mayor Ruiz:** Forty percent are affordable.")
    assert [(q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("We inherited a backlog. We build faster.", "Mayor Ruiz"), ("the towers are too expensive", "Critics"),
        ("Forty percent are affordable.", "Mayor Ruiz")]
    text = ('Another parent, Maria Chen, spoke.\n\n* "We were never consulted," Chen said.\n'
            '* "The board listened," countered board president Tom Ellis.')
    assert _said(text) == [("We were never consulted,", "Chen"), ("The board listened,", "board president Tom Ellis")]


def test_a_fronted_participle_before_a_phrase_of_place_reports_nothing() -> None:
    # fronted-medium: "Writing in the Financial Times," says where Wolf argued, not what; a phrase of time does not
    # carry its content past the comma; "According to …" and a topic ("Pointing to the report's findings,") report
    assert _said("Writing in the Financial Times, economist Martin Wolf argued that the policy was a mistake.") == [
        ("that the policy was a mistake", "economist Martin Wolf")]
    assert _said("Writing in The Atlantic last week, Smith argued that the plan would fail.") == [
        ("that the plan would fail", "Smith")]
    assert _said("According to early results of exit polls, voters see Sanders as honest.") == [
        ("voters see Sanders as honest", "early results of exit polls")]
    # (kept for coreference: the "he" after it is Biden, the subject of the sentence the participle opens)
    # appositive-medium: the same phrase set off by commas after its subject, which is the next cue's subject too
    assert _said('Judge Ann Reyes, writing for the majority in the 2-1 decision, said the period "is generous."') == [
        ('the period "is generous."', "Judge Ann Reyes")]
    assert _said("Howley, writing on Breitbart, shared those sentiments.") == []
    quotes = extract_quotes("Writing from Scranton, Biden mocked Trump. Clinton was there too.\n\n"
                            '"It is a bunch of malarkey," he said.')
    assert [q.speaker.name for q in quotes if q.speaker] == ["Biden"]


def test_a_passive_participle_set_off_after_the_subject_leaves_it_the_subject() -> None:
    # bare-adverbial: "when asked," has no object to report; the subject before it speaks
    assert _said("The minister, when asked, said the weather was to blame.") == [
        ("the weather was to blame", "The minister")]
    assert _said("The clerk, if asked, would deny everything.") == []
    # a question asked of the subject is nobody's; the subject still speaks after it (not the one asked)
    assert _said("The minister, when asked about the delay, said the weather was to blame.") == [
        ("the delay", None), ("the weather was to blame", "The minister")]


def test_only_a_verb_of_saying_inverts_after_plain_text() -> None:
    # inverted-after-text: "…, said Smith" puts the speaker after the verb; "blamed the weather" has an object
    assert _said("The economy is strong, argued Smith, a former aide.") == [("The economy is strong", "Smith")]
    assert _said("The minister, asked about the delay, blamed the weather.")[-1] == ("the weather", "The minister")


def test_a_connective_set_off_by_commas_leaves_the_subject() -> None:
    # skip-aux-adverb: "Critics, however, said" is the critics'; "too" is a degree before an adjective
    assert _said("Critics, however, said the plan was flawed.") == [("the plan was flawed", "Critics")]
    assert _said("The union, though, said it would strike.") == [("it would strike", "The union")]


def test_a_gerund_after_without_reports_nothing() -> None:
    # negated-gerund: "without answering" is no report, unless a quotation opens right after it
    assert _said("He hung up his coat without answering.") == []
    assert _said("He nodded without replying to the question.") == []
    assert _said('He left without saying, "This is over."') == [("This is over.", "He")]


def test_a_fronted_participle_is_no_name() -> None:
    # fronted-participle-no-name: "Speaking in Harlem, Clinton, a Democrat, said" is Clinton's
    assert _said("Speaking in Harlem, Clinton, a Democrat, said the plan was flawed.") == [
        ("the plan was flawed", "Clinton")]


def test_a_gerund_after_time_spent_is_the_subjects() -> None:
    # duration-object and past-in-np: "spent months pushing back" is the department's, not "spent months"'
    assert _said("The department had spent months pushing back against the claims.") == [
        ("the claims", "The department")]
    assert _said("From a pickup, speakers took turns urging the crowd to vote.")[0][1] == "speakers"
    assert _said("The meeting got people talking about the plan.") == [("the plan", "people")]


def test_a_cue_opening_a_time_clause_before_a_quotation_owns_it() -> None:
    # when-clause-quote: "he agreed with her when she said, "…"" is hers, and "agreed" reports nothing of it
    assert _said('He agreed with her when she said, "The man may be a duke."') == [
        ("The man may be a duke.", "she")]
    assert _said('He nodded as Mr. Bast said, "It is late."') == [("It is late.", "Mr. Bast")]
    # (a cue after "when" with no quotation to follow stays inside the report)
    assert _said("He said the vote came when the senator said it would.")[0][1] == "He"


def test_an_unanswered_asked_question_reports_the_question_alone() -> None:
    # unanswered-question: with no cue after it, "Asked whether …," reports the question up to its comma, and the
    # cue inside it ("backed") nothing past it
    assert _said("Asked whether he still backed McConnell, Sen. Rand Paul of Kentucky shrugged.") == [
        ("whether he still backed McConnell", None)]


def test_that_after_a_source_noun_opens_a_relative_clause_whose_cue_the_noun_speaks() -> None:
    # relative-that: "groups that argued …" is the groups' report, as "groups who argued …" is; "the claim that"
    # and "said that" stay a determiner and a complementizer
    (q,) = extract_quotes("The judge sided with business groups that argued the department had overstepped its "
                          "authority.")
    assert (q.content, q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None) == (
        "the department had overstepped its authority", "that", "business groups")
    assert _said("It was the kind of thing that argues for caution.") == []


def test_said_a_word_in_a_story_reports_no_words() -> None:
    # said-nothing in a story: "neither had said a word for some minutes" reports nothing
    text = ('Elizabeth and Jane were dressing for the ball, and neither had said a word for some minutes.\n\n'
            '"Come here," said Elizabeth to her sister.\n\n"I am coming," cried she.\n\n'
            '"Then make haste," returned she. "We shall be late."')
    assert [q.content for q in extract_quotes(text)] == [
        "Come here,", "I am coming,", "Then make haste, We shall be late."]


def test_an_auxiliary_after_and_keeps_the_shared_subject() -> None:
    # aux-then-cue (stop 68, PolNeAR dev and train): "… and has called for …" after a first cue is the first cue's
    # speaker's, not a name inside that cue's content; only for verbs of speech ("and is thought to be" is passive)
    text = ("Sanders often questions Clinton's ties to super PACs and has called for the former secretary of state "
            "to release the transcripts.")
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("questions", "Sanders"), ("called for", "Sanders")]
    assert extract_quotes(text)[0].content == "Clinton's ties to super PACs"  # ("and has" is the next cue's)
    text = "Obama has encouraged European nations to bolster defense spending but has said she will hold firm."
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Obama", "Obama"]


def test_a_name_opening_an_absolute_phrase_is_not_the_shared_subject() -> None:
    # absolute-phrase: "Elizabeth … moving towards them, he was struck …, and called out to her," is his (it was
    # Elizabeth's, the name opening the sentence); a participle set off by commas leaves the name the subject
    text = ('Sir William paused. Elizabeth at that instant moving towards them, he was struck with a notion, and '
            'called out to her, "My dear Miss Eliza, why are not you dancing?"')
    (q,) = extract_quotes(text)
    assert q.speaker is not None and q.speaker.text == "he"
    text = ('Sir William paused. Elizabeth, at that instant moving towards them, was struck with a notion, and '
            'called out to him, "My dear Sir William, why are not you dancing?"')
    (q,) = extract_quotes(text)
    assert q.speaker is not None and q.speaker.text == "Elizabeth"


def test_a_firm_joined_by_an_ampersand_stays_in_an_inverted_speaker() -> None:
    # ampersand-name (stop 62, hand-written): "said analyst Tom Lee of Baird & Co." had no speaker (the phrase stopped
    # at "&", and the speaker with it), nor its next quotation
    text = '"It is a wait and see situation," said analyst Tom Lee of Baird & Co. "Nobody knows."'
    assert [(q.speaker.text, q.speaker.name) if q.speaker else None for q in extract_quotes(text)] == [
        ("analyst Tom Lee of Baird & Co.", "Tom Lee")]


def test_a_turn_cut_off_by_the_next_speaker_keeps_its_own_attribution() -> None:
    # interrupted-turn (stop 62, hand-written): '"Well," he began, "I only wanted—" "Don't," she said' is two turns;
    # it had been one mixed quote of hers, "he began" and all
    text = 'Robert came in. "Well," he began, "I only wanted—" "Don\'t," she said sharply.'
    assert [(q.kind, [f.text for f in q.fragments], q.speaker.text if q.speaker else None)
            for q in extract_quotes(text)] == [
        ("direct", ["Well,", "I only wanted—"], "he"), ("direct", ["Don't,"], "she")]


def test_an_adverb_between_the_comma_and_a_participle_keeps_the_sentence_subject() -> None:
    # adverb-then-participle (stop 65, PolNeAR train): "Trump, later alleging … , said" had no speaker for either cue
    # (the adverb hid the comma before "alleging"); an opening adverb's comma is no such comma
    text = 'Trump, later alleging that Obama wanted to admit 250,000 Syrians, said he would deport refugees.'
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("alleging", "Trump"), ("said", "Trump")]
    text = 'However, simply complaining about the mainstream media is not enough.'
    assert [q.speaker for q in extract_quotes(text)] == [None]
    # subordinator-then-participle: "…, while urging" closing the sentence is the subject's too; an aside is not
    text = ("Trump's congressional allies have been trying to shore up support among their colleagues, while urging "
            "his critics to pipe down.")
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("urging", "Trump's congressional allies")]
    text = 'Mrs. Plynlimmon, when condemning suffragettes, had said: "The woman who can\'t influence her husband."'
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)][-1] == "Mrs. Plynlimmon"


def test_a_closing_according_to_reports_the_whole_sentence_before_it() -> None:
    # according-to-whole (stop 65, PolNeAR train): the cues before a closing "according to" are part of what its
    # source reports; "Kasich said" had the speaker Kasich, and the press reports had no quote
    text = ('Ohio Gov. John Kasich said he would have fired Lewandowski if such an incident had happened in his '
            'campaign, according to press reports.')
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.text[:20])
            for q in extract_quotes(text)] == [("according to", "press reports", "Ohio Gov. John Kasic")]
    # a clause set off after the sentence's own cue is all it reaches: the campaign keeps its announcement
    text = ('The Trump campaign announced last week that it hired Katrina Pierson, who has been outspoken in '
            'espousing Tea Party ideals, according to Politico.')
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.text[:15])
            for q in extract_quotes(text)] == [("announced", "The Trump campaign", "that it hired K"),
                                               ("according to", "Politico", "who has been ou")]
    # and inside parentheses; a pair closed before the cue is no such clause
    text = ('Trump cites his followers as the source of his claim (the actual number is closer to 15 percent, '
            'according to Factcheck.org).')
    assert [(q.cue.text if q.cue else None, q.text[:15]) for q in extract_quotes(text)] == [
        ("cites", "his followers a"), ("according to", "the actual numb")]
    # and so does a closing document or poll that says or shows: "…, the report said."
    text = ('A witness interviewed by congressional staff said the agency head told employees not to disclose the '
            'hack, the report said.')
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.text[:9])
            for q in extract_quotes(text)] == [("said", "the report", "A witness")]
    # a quotation inside the sentence too, in news
    text = ("Some 55 percent of voters said they do not believe Mrs. Clinton ''cares about people like me,'' "
            "according to a Quinnipiac poll conducted in February.")
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("according to", "a Quinnipiac poll conducted in February")]
    text = 'Trump does better than Sen. Ted Cruz (R-TX) and Sen. Marco Rubio (R-FL), according to a new poll.'
    assert [(q.cue.text if q.cue else None, q.text[:15]) for q in extract_quotes(text)] == [
        ("according to", "Trump does bett")]


def test_a_fronted_perfect_participle_is_the_main_subjects() -> None:
    # perfect-participle (stop 65, PolNeAR train): "Having announced that …," had no speaker
    text = "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence."
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Judge Berman"]


def test_a_quotation_set_off_by_dashes_is_its_attributions_alone() -> None:
    # dash-aside (stop 65, PolNeAR train): the quotation between dashes had no quote; one with no comma closing it is
    # no turn of the verb after it ("served in Vietnam - ''13 months in living hell'' - and said he …")
    text = ("Neither man was impressed by Mrs. Clinton - ''Born with a silver spoon in her mouth,'' Mr. Elkins said "
            "- but they could not support Trump.")
    first = extract_quotes(text)[0]
    assert (first.kind, first.text, first.speaker.text if first.speaker else None) == (
        "direct", "Born with a silver spoon in her mouth,", "Mr. Elkins")
    text = ("One of the men, Jessie Elkins, 70, had served in Vietnam - ''13 months in living hell'' - and said he "
            "was convinced that the war was lost.")
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Jessie Elkins"]


def test_a_verb_after_a_relative_clause_past_an_auxiliary_is_the_antecedents() -> None:
    # relative-then-auxiliary (stop 66, PolNeAR train): a cue inside the relative set the floor, and "has" (or an
    # adverb, or a comma inside a closing mark) hid the comma that closes the relative clause
    cases = [
        ("Mr. Lewandowski, who did not respond to a request for comment, has denied that he was working on a book.",
         "denied", "Mr. Lewandowski"),
        ("But Reid, who has long expressed his admiration for Warren, recently ordered up a legal analysis.",
         "ordered", "Reid"),
        ('Humphrey, who calls Trump a "sociopath," said he doesn\'t believe the effort requires an alternative.',
         "said", "Humphrey"),
    ]
    for text, cue, speaker in cases:
        found = [q for q in extract_quotes(text) if q.cue is not None and q.cue.text.startswith(cue)]
        assert [q.speaker.text if q.speaker else None for q in found] == [speaker]


def test_a_contracted_relative_opens_an_appositive() -> None:
    # appositive-opener (stop 66, PolNeAR train): "who's" is one token, and a relative like "who"
    text = "But Williams, who's running to be an alternate, added that he, too, is on a mission to draft Daniels."
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("added", "Williams")]


def test_a_stance_noun_and_its_copula_report_the_that_clause() -> None:
    # noun-is-that (stop 66, PolNeAR train): "Sanders's point was that …" is Sanders's; the possessor may stand
    # before a degree and an adjective ("Mr. Comey's most surprising suggestion was that …")
    cases = [
        ("Sanders's point was that the nominee would also need superdelegates and that he planned to persuade them.",
         "point", "Sanders's"),
        ("Their fear is that by the time their moment arrives, it could be too late.", "fear", "Their"),
        ("Perhaps Mr. Comey's most surprising suggestion was that Mrs. Clinton had used her private email abroad.",
         "suggestion", "Mr. Comey's"),
    ]
    for text, cue, speaker in cases:
        assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.text[:4])
                for q in extract_quotes(text)] == [(cue, speaker, "that")]


def test_a_verb_coordinated_inside_a_relative_clause_is_the_relatives() -> None:
    # relative-then-and (stop 66, PolNeAR dev and train): "Weaver, who came out and endorsed Clinton" had the
    # sentence's subject; not past the relative clause's comma ("Priebus, who …, left … and acknowledged")
    text = "The approach has won over Weaver, who came out and endorsed Clinton during a conference call."
    quotes = extract_quotes(text)
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None,
             q.speaker.name if q.speaker else None) for q in quotes] == [("endorsed", "who", "Weaver")]


def test_fronted_participles_past_a_time_span_or_a_relative_clause() -> None:
    # timed-lead and fronted-relative (stop 66, PolNeAR train): the main clause's subject speaks the participle
    text = "One month after announcing his support for Donald Trump, Marco Rubio still believes that he is unfit."
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Marco Rubio", "Marco Rubio"]
    text = "After thanking the raucous crowd, which periodically chanted his name, he touted how far he had come."
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["he", "he"]


def test_an_adverb_set_off_after_an_auxiliary_is_read_past() -> None:
    # aside-after-auxiliary (stop 66, PolNeAR train): "has, however, revealed" had no speaker
    text = "A YouGov poll of American voters has, however, revealed that the President does not speak for them."
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == [
        "A YouGov poll of American voters"]


def test_a_verb_coordinated_with_a_main_clause_after_a_subordinate_one_is_its_subjects() -> None:
    # main-after-subordinate (stop 66, PDNC dev, PolNeAR train): "declared" had the when-clause's "they"
    text = ('He was glad. When they told him of their search, he only chaffed Tibby and the Schlegels generally, and '
            'declared that it was "just like Helen" to lead her relatives a dance.')
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("told", "they"), ("declared", "he")]


def test_a_speech_verb_closing_a_fronted_subordinate_clause_reports_nothing() -> None:
    # fronted-speech (stop 66, PolNeAR dev): "After the union objected, the case was moved" reported the main clause;
    # "As …" still reports, and so does a verb a quotation follows
    assert extract_quotes("After the coal miners' union objected, the case was moved to St. Louis.") == []
    text = 'After a pause she said, with a just perceptible chill in her voice: "May asked you to take care of me."'
    assert [q.cue.text if q.cue else None for q in extract_quotes(text)] == ["said"]


def test_that_before_a_subordinate_clause_takes_what_follows() -> None:
    # that-then-clause (stop 67, PolNeAR train): after a fronted phrase, "said that while …, …" reported the phrase
    text = "On Tuesday, Comey said that while Clinton had been careless, no prosecutor would bring the case."
    assert _said(text) == [("that while Clinton had been careless, no prosecutor would bring the case", "Comey")]
    # not "that" as a demonstrative of time: '"…," Anne confided that evening to Marilla'
    assert [q.cue.text if q.cue else None for q in extract_quotes(
        '"I said nothing," Anne confided that evening to Marilla, who was lying on the sofa.')] == ["confided"]


def test_a_gerund_after_a_preposition_is_the_sentence_subjects() -> None:
    # preposition-then-gerund (stop 67, PolNeAR train): "coined the term in describing …" had no speaker
    assert _said("Betsey Wright, a close aide, coined the term in describing rumors of affairs.") == [
        ("rumors of affairs", "Betsey Wright")]
    text = "Anti-Trump delegates were holding out on Tuesday, after seeking to convince delegates that they were free."
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Anti-Trump delegates"]
    # not an aside after the subject, whose verb reports: 'Mrs. Plynlimmon, when condemning suffragettes, had said:'
    text = 'Mrs. Plynlimmon, when condemning suffragettes, had said: "The woman ought to be ashamed of herself."'
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
            for q in extract_quotes(text)][-1] == ("said", "Mrs. Plynlimmon")


def test_a_participle_after_a_reported_quotation_reads_no_appositive_inside_it() -> None:
    # quotation-then-participle (stop 67, PolNeAR dev): "an independent, publicly traded company …," adding that …
    # was given to "independent", an appositive read inside the quotation
    text = ('In a statement, Peabody said: "Patriot Coal was highly successful when it became an independent, '
            'publicly traded company nearly a decade ago," adding that its market capitalization quadrupled.')
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("said", "Peabody"), ("adding", "Peabody")]
