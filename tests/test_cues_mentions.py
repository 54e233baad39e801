"""Cue patterns and speaker mention patterns, through extract_quotes on sentences written for the purpose."""

from __future__ import annotations

import pytest

from quotattr import extract_quotes


def one(text: str):  # type: ignore[no-untyped-def]
    quotes = extract_quotes(text)
    assert len(quotes) == 1, [q.content for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor has said the bridge will reopen in May.", "said"),
        ("The mayor had told reporters that the bridge would reopen.", "told"),
        ("The mayor would later say the bridge was never safe.", "say"),
        ("The mayor said on Tuesday that the bridge would reopen.", "said"),
        ("The mayor pointed out that the bridge was older than the town.", "pointed out"),
        ("The mayor insisted the bridge was safe for every kind of traffic.", "insisted"),
        ("The mayor expressed doubt that the bridge would hold the new trams.", "expressed"),
        ("The mayor talked about the bridge and its long history of repairs.", "talked about"),
        ("The mayor railed against the bridge tolls that commuters pay every day.", "railed against"),
        ("The mayor opposed the plan to close the bridge for a whole summer.", "opposed"),
        ("The mayor likened the bridge to a \"rusty old cage\" on Friday.", "likened"),
        ("The mayor sought a new bridge to replace the one the flood took.", "sought"),
        ("The mayor was referring to the bridge that the flood took last year.", "referring to"),
        ("The mayor thanked the crews who rebuilt the bridge in one summer.", "thanked"),
        ("The mayor backed a plan to rebuild the bridge before the winter.", "backed"),
        ("The mayor made clear that the bridge would not reopen this year.", "made clear"),
        ("The mayor made it clear that the bridge would not reopen this year.", "made it clear"),  # stop 67
    ],
)
def test_cue_inflections(text: str, cue: str) -> None:
    q = one(text)
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and q.speaker.text == "The mayor"
    assert "bridge" in q.content


def test_noun_reading_is_not_a_cue() -> None:
    assert extract_quotes("The report was long and the claims in it were many.") == []
    # a hyphenated modifier between the article and the noun: "a double-barreled attack", "a good-humoured smile"
    assert extract_quotes("Democrats have adopted a double-barreled attack to exploit her position.") == []


def test_capitalised_post_is_not_a_cue() -> None:
    assert extract_quotes("The Washington Post ran a long story about the budget.") == []


def test_an_infinitive_is_a_cue_only_with_a_speaker_in_its_clause() -> None:
    # infinitive-cue (this test said "no-infinitive" before stop 11: PolNeAR counts these, +0.008 indirect recall)
    assert extract_quotes("It is hard to tell whether the old bridge is safe.") == []
    (q,) = extract_quotes("Ana Ruiz went home to tell her family about the vote.")
    assert (q.content, q.speaker.text if q.speaker else None) == ("about the vote", "Ana Ruiz")


def test_noun_homograph_is_not_a_cue() -> None:
    assert extract_quotes("The United States and its allies met in Paris on Monday.") == []
    assert extract_quotes("The votes were counted and the names of the winners came back at noon.") == []
    (q,) = extract_quotes("They report that the harbour froze overnight.")
    assert q.cue is not None and q.cue.text == "report"


def test_words_inside_quotes_are_not_cues() -> None:
    q = one('"People said the bridge was unsafe," Ms. Lee said.')
    assert q.kind == "direct" and q.speaker is not None and q.speaker.text == "Ms. Lee"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Farmers say the drought has ruined this year's harvest.", "Farmers",
         "the drought has ruined this year's harvest"),
        ("The drought has ruined the harvest, farmers say.", "farmers", "The drought has ruined the harvest"),
        ("The drought has ruined the harvest, said Tom Reyes.", "Tom Reyes", "The drought has ruined the harvest"),
        ("According to the ministry, the drought has ruined the harvest.", "the ministry",
         "the drought has ruined the harvest"),
        ("The drought has ruined the harvest, according to the ministry.", "the ministry",
         "The drought has ruined the harvest"),
    ],
)
def test_indirect_patterns(text: str, speaker: str, content: str) -> None:
    q = one(text)
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.content == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Chancellor Olaf Berger said the plan was dead.", "Chancellor Olaf Berger"),
        ("Kenya's trade minister Ruth Otieno said the plan was dead.", "Kenya's trade minister Ruth Otieno"),
        ("The Kenyan Trade Ministry said the plan was dead.", "The Kenyan Trade Ministry"),
        ("Nairobi said the plan was dead.", "Nairobi"),
        ("A senior trade official said the plan was dead.", "A senior trade official"),
        ("The EU ambassador to Kenya said the plan was dead.", "The EU ambassador to Kenya"),
        ("Dock workers say the plan was dead.", "Dock workers"),
        # dated-phrase, prepositional adverbs, surname-homograph, lower-case-head
        ("A review panel in 2003 found that the dam had been badly built.", "A review panel"),
        ("A county survey in late March found the river was cleaner than before.", "A county survey"),
        ("Theresa May said the talks would go on through the winter.", "Theresa May"),
        ("The unions in particular argued that the pay offer was far too low.", "The unions"),
        ("Not everyone agrees that the new tunnel will ease the traffic.", "everyone"),
        ("Nearly half said they would vote for the harbour plan next spring.", "Nearly half"),
        ("Among the farmers, those surveyed said the rains came too late.", "those surveyed"),
        ("Most voters were unsure, while 73 percent said the new bridge was too costly.", "73 percent"),
        # "head" heads a phrase (stop 37); quantifier-after-the: "of the two agencies" stays in it
        ("The head of Britain's biggest teaching union has said schools are struggling.",
         "The head of Britain's biggest teaching union"),
        ("The leaders of the two agencies said they would meet again.", "The leaders of the two agencies"),
        # superlative-lead (stop 37): "the", "at" or a possessive before "most"/"least" opens the phrase
        ("Even the most optimistic Democrats say the seat is already lost.", "the most optimistic Democrats"),
        ("Sanders's most passionate supporters said they would stay home.", "Sanders's most passionate supporters"),
        ("At least 40 Conservative MPs said they would vote against the bill.", "At least 40 Conservative MPs"),
        # ratio-lead (stop 37): "About four in 10", not "10 Republicans"
        ("About four in 10 Republicans say they want a different nominee.", "About four in 10 Republicans"),
        ("Nearly eight in 10 Democratic voters overall said they had made up their minds.",
         "Nearly eight in 10 Democratic voters overall"),
        ("More than 6 in 10 voters said the economy was the top issue.", "More than 6 in 10 voters"),
        # money-no-person (stop 41): an amount after a currency sign is no part of the people after it
        ("That is a fraction of the $20 million experts say it costs to run statewide.", "experts"),
        # ratio-subject (stop 41): a ratio of number words alone is a subject ("three" was taken for a noun's
        # determiner)
        ("One in three said the party doesn't care about the Latino community.", "One in three"),
        # share-of (stop 37): a share and "of" join the group after them, with a number or article before the share
        ("A majority of voters said the economy was the top issue.", "A majority of voters"),
        ("About 60 percent of voters said the economy was the top issue.", "About 60 percent of voters"),
        ("Nearly two-thirds of caucus goers said the economy was the top issue.",
         "Nearly two-thirds of caucus goers"),
        ("The result left 62 percent of voters saying the economy was the top issue.", "62 percent of voters"),
    ],
)
def test_speaker_forms(text: str, speaker: str) -> None:
    q = one(text)
    assert q.speaker is not None and q.speaker.text == speaker


def test_appositive_speaker() -> None:
    q = one("The Harbour Trust, a charity that runs the docks, said the plan was dead.")
    assert q.speaker is not None and q.speaker.text == "The Harbour Trust"
    assert q.content == "the plan was dead"


def test_who_clause_speaker() -> None:
    q = one("Ruth Otieno, who leads the ministry, said the plan was dead.")
    assert q.speaker is not None and q.speaker.text == "Ruth Otieno"


def test_a_relative_after_an_age_is_the_named_persons() -> None:
    # age-appositive: "who" after the age of "Sarah Jones, 34," has Sarah Jones for its antecedent, not "34"
    q = one("Commuter Sarah Jones, 34, who travels daily from Reading, said she pays more than ever.")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("Commuter Sarah Jones", "Sarah Jones")


def test_a_place_in_the_subjects_phrase_is_no_speaker() -> None:
    # place-in-subject: "Voters at the rally in Philadelphia said" are the voters, named as a description, not the
    # place ending their phrase
    for text in ("Voters at the rally in Philadelphia said they were tired of the attacks.",
                 "Delegates at the convention in Philadelphia said they were tired of the attacks."):
        q = one(text)
        assert q.speaker is not None and q.speaker.text == q.speaker.name == text.split(" said")[0], text


def test_a_person_noun_keeps_the_place_phrase_after_it() -> None:
    # person-before-place: "A policeman at the door said" is the policeman, not "the door"; "on" joins a person's
    # noun or a party's members to their place too ("a policeman on the Embankment", "Republicans on the Senate
    # Banking Committee"), but no other word to its object
    for text, speaker in (('A policeman at the door said, "Stop."', "A policeman at the door"),
                          ('The old lady in the corner said, "Hush."', "The old lady in the corner"),
                          ('A policeman on the Embankment said "Good evening."', "A policeman on the Embankment"),
                          ("Republicans on the Senate Banking Committee, meanwhile, accused the bank of bias.",
                           "Republicans on the Senate Banking Committee")):
        q = one(text)
        assert q.speaker is not None and q.speaker.text == speaker, text


def test_addressee_and_colon_are_skipped() -> None:
    q = one('A port official told the local radio station: "Nothing moves tonight."')
    assert q.kind == "direct" and q.content == "Nothing moves tonight."
    assert q.speaker is not None and q.speaker.text == "A port official"


def test_relative_pronoun_source_named_after_antecedent() -> None:
    text = "The plan split the party. Senator Ann Cole, who voted against it, argued that the cuts went too far."
    quotes = extract_quotes(text)  # the vote is a stance of its own, by "who"
    assert [(q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("voted against", "Ann Cole"), ("argued", "Ann Cole")]
    text = "Families of the victims, many of whom say the law failed them, met the governor."
    (q,) = extract_quotes(text)
    assert q.speaker is not None and q.speaker.text == "many of whom"
    assert q.speaker.name == "Families of the victims"
    assert q.content == "the law failed them"
    # shared-relative: "and who" continues the relative clause before it, of the same antecedent
    text = 'It was broken by Miss Steele, who was shy at first, and who now said, "How do you like Devonshire?"'
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in extract_quotes(text)] == [("direct", "Steele")]
    # but a relative clause's comma before a quotation ends no content: the quotation is what was said
    text = 'This was broken by Willoughby, who said with a faint smile, "It is folly to linger."'
    assert [(q.kind, q.content, q.speaker.name if q.speaker else None) for q in extract_quotes(text)] == [
        ("direct", "It is folly to linger.", "Willoughby")]


def test_comma_after_narration_is_not_inverted() -> None:
    (q,) = extract_quotes('"The veto will fall," Senate leader Ann Cole, R-Utah, told reporters.')
    assert q.speaker is not None and q.speaker.text == "Senate leader Ann Cole"
    assert q.candidates[0].reason == "appositive"


def test_clause_name_prefers_clause_subject() -> None:
    (q,) = extract_quotes("On May 2 they closed the file by announcing that the count was final.")
    assert q.speaker is not None and q.speaker.text == "they"


def test_as_source_put_it_is_a_cue() -> None:
    from quotattr import extract_quotes

    (q,) = extract_quotes('The rule is a "lawful source of income," as one agency memo put it.')
    assert (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == ("one agency memo", "put it")


def test_appositive_led_by_a_quantifier_and_always_between_subject_and_cue() -> None:
    from quotattr import extract_quotes

    (q,) = extract_quotes('"It is a mistake," Ana Ruiz, the mayor, one of the leaders of the region, said today.')
    assert q.speaker is not None and q.speaker.text == "Ana Ruiz"
    (q,) = extract_quotes("For years I always said the plan would fail.")
    assert q.speaker is not None and q.speaker.text == "I"


def test_negated_auxiliary_and_together_are_skipped_before_the_cue() -> None:
    from quotattr import extract_quotes

    (q,) = extract_quotes("They can't blame this on the weather.")
    assert q.speaker is not None and q.speaker.text == "They"
    (q,) = extract_quotes("The two ministers, who together vowed to cut emissions, met on Monday.")
    assert q.speaker is not None and q.speaker.name == "two ministers"


def test_sentence_subject_after_a_fronted_phrase() -> None:
    from quotattr.lexicon import Lexicon
    from quotattr.mentions import sentence_subject
    from quotattr.segment import tokenize

    lex = Lexicon.default()
    for text, subject in [("In fact, Mr. Lucio Gregory connected the two events.", "Mr. Lucio Gregory"),
                          ("After a long pause, she went on.", "she"), ("Luckily, Ana was there.", "Ana"),
                          ("That, at least, was clear.", None),
                          # possessor-then-role: the role a possessive name owns is the subject
                          ("Britain's prime minister faced fresh pressure.", "Britain's prime minister"),
                          ("Trump's campaign manager left.", "Trump's campaign manager"),
                          ("Britain's economy grew.", "Britain's"),
                          # conjunction-opener: a conjunction may open the sentence before its subject
                          ("And then Trump went fully on the attack.", "Trump"), ("But she left.", "she"),
                          # adverb-opener: a capitalised sentence adverb is no name; nor a fronted "-ed" phrase
                          ("Presently a page came to their table.", None), ("Instead Archer left.", "Archer"),
                          ("Delighted by the effect of this sally, John broke away.", "John"),
                          # time-opener: a time phrase with no comma; given-name-ly: "Dolly" is no adverb
                          ("The next day Mrs. Ada Mingott was much better.", "Mrs. Ada Mingott"),
                          ("That evening he came in.", "he"), ("On Monday Mr. Collins came in.", "Mr. Collins"),
                          # (also after a time adverb that could open it alone: "Later John Reed came")
                          ("Later that night John Reed came to the door.", "John Reed"),
                          ("Earlier that day Mr. Collins came in.", "Mr. Collins"),
                          ("Later John Reed came.", "John Reed"),
                          ("Dolly raised her face, which was pale.", "Dolly"),
                          # a preposition and a bare time: a meal, a time of day, a month, a set phrase
                          ("After supper Anne sat before the fire.", "Anne"), ("By noon she was gone.", "she"),
                          ("At last Charles spoke.", "Charles"), ("In June Mr. Price came home.", "Mr. Price"),
                          ("After the war Smith left.", "Smith"),  # (phrase-then-name, stop 32; it was None)
                          # a preposition not among the function words opens a fronted phrase too
                          ("For months, Obama has been on the sidelines.", "Obama"),
                          ("Of course, Smith left.", "Smith"),
                          # ing-opener, and a second fronted phrase after the first
                          ("Turning to her, Anne said no.", "Anne"), ("Taking her hand, he left.", "he"),
                          ("Owing to the rain, perhaps, she lost her way.", "she"), ("Nothing was said.", "Nothing"),
                          # it-was-name: "It was Nancy." introduces Nancy; voice-was-name (stop 62): so does "It
                          # was Nancy's voice" (the voice heard is hers), not "It was Nancy's hat"
                          ("It was Nancy.", "Nancy"), ("It was Mrs. Hilbery; her entrance stirred.", "Mrs. Hilbery"),
                          ("It was Basil Hallward who spoke.", "Basil Hallward"), ("It was Nancy's voice.", "Nancy"),
                          ("It was Nancy's hat.", "It"),
                          ("It was late.", "It"),
                          # as-for-topic: the topic the pronoun after it names
                          ("As for Mary, she was calm.", "Mary"), ("As to Mr. Collins, he left.", "Mr. Collins"),
                          ("As for the plan, it failed.", "it"),
                          # adjective-opener: "Anxious not to …," opens a fronted phrase; a name before "to" does not
                          ("Anxious not to appear unhappy, she soon recovered.", "she"),
                          ("Eager to help, Mary ran out.", "Mary"), ("Fanny to her surprise found it.", "Fanny"),
                          # focus-opener: a focus adverb before the subject is no part of it
                          ("But even Sybil refused.", "Sybil"), ("Only she knew.", "she"),
                          ("Even her husband, when he came down, expressed regret.", "her husband"),
                          # compound-subordinator: "As soon as" opens a clause as one word (the comma fell beyond
                          # the eight tokens a fronted phrase may take)
                          ("As soon as they returned to the carriage, Mrs. Jennings was eager.", "Mrs. Jennings"),
                          ("As long as the rain lasted at all, Tom stayed in.", "Tom")]:
        toks = tokenize(text, 0, len(text), lex)
        m = sentence_subject(toks, lex, len(toks))
        assert (text[m.start : m.end] if m else None) == subject, text


def test_a_lone_lowercase_word_is_no_speaker() -> None:
    # lower-case-head: "resist" is no speaker of "pointing out"
    quotes = extract_quotes("The clerks could not resist pointing out that the forms were all wrong.")
    assert all(q.speaker is None or q.speaker.text != "resist" for q in quotes)


def test_a_passive_with_an_adverb_is_no_cue() -> None:
    # no-passive: "was first reported" is no attribution of "The issue"; with "by" (passive-by) The Post reports it
    assert extract_quotes("The issue was first reported last week.") == []
    q = one("The issue was first reported by The Post last week.")
    assert (q.content, q.speaker.text if q.speaker else None) == ("The issue", "The Post")
    assert one("The issue, she first reported, was never fixed by the council.").speaker is not None


def test_a_verb_form_after_a_preposition_is_a_noun() -> None:
    # noun-reading: no finite verb follows a preposition
    assert extract_quotes("The foreign ministers will gather in Paris today for talks.") == []
    # nor a base form ("in charge", "for talk"); an infinitive's "to" is no such preposition
    assert extract_quotes("The agent in charge of the unit was disposed for talk at last.") == []
    assert [q.cue.text if q.cue else None for q in extract_quotes("He rose to say that the plan was dead.")] == ["say"]


def test_a_verb_after_the_other_is_its_cue() -> None:
    # the-other: an inflected verb after "the other" is a verb (no noun after a quantifier), not a participle
    # before "by"
    assert [q.cue.text if q.cue else None for q in extract_quotes('"We will go now," the other replied.')] == [
        "replied"]
    assert extract_quotes("One seeks conservatives and the other favored by the establishment seeks moderates.") == []


def test_an_unnamed_person_after_the_cue_speaks() -> None:
    # unnamed-after-cue: "said somebody else" is the speaker, as "somebody said" is
    got = [q.speaker.text if q.speaker else None for q in extract_quotes('"Wait!" called someone. "Wait," said '
                                                                             'somebody else.')]
    assert got == ["someone", "somebody else"]


def test_an_ordinal_after_the_speaks_before_a_past_form() -> None:
    # the-ordinal: "the first said" is the first's (it was a mixed quote of '"…," the first'); "first" stays an
    # adverb elsewhere ("Smith first said")
    got = [(q.kind, q.speaker.text if q.speaker else None) for q in extract_quotes('"It is late," the first said.')]
    assert got == [("direct", "the first")]
    assert one("Smith first said the plan was dead.").speaker.text == "Smith"  # type: ignore[union-attr]


def test_to_after_a_title_that_takes_none_opens_the_addressee() -> None:
    # addressee after a title (data/word_classes.tsv to-role): "said the Inspector to Holmes" speaks to Holmes, and
    # whose-agent keeps no "to Holmes" either; "the ambassador to Russia", "an aide to Clinton" keep their phrase
    speakers = [q.speaker.text if q.speaker else None for q in extract_quotes(
        '"And you, sir?" said the Inspector to Holmes. "It is late," observed the general to Eleanor.')]
    assert speakers == ["the Inspector", "the general"]
    assert one("The plan is dead, said the U.S. ambassador to Russia.").speaker.text == (  # type: ignore[union-attr]
        "the U.S. ambassador to Russia")
    assert one("The plan is dead, said an aide to Clinton.").speaker.text == "an aide to Clinton"  # type: ignore[union-attr]


def test_a_couple_of_married_titles_is_one_speaker() -> None:
    # couple-of-titles: "said Mr. and Mrs. Gardiner" was spoken by "Mr."; "the Colonel and Mrs. Jennings" stays the
    # Colonel (no couple of married titles)
    got = [q.speaker.text if q.speaker else None for q in extract_quotes(
        '"Indeed!" said Mr. and Mrs. Gardiner together. "Yes," said the Colonel and Mrs. Jennings.')]
    assert got == ["Mr. and Mrs. Gardiner", "the Colonel"]


def test_heard_oneself_say_is_the_subjects() -> None:
    # heard-oneself-say: '"Not again," I heard myself say.' was a mixed quote of '"…," I heard myself'
    got = [(q.kind, q.speaker.text if q.speaker else None) for q in extract_quotes('"Not again," I heard myself say.')]
    assert got == [("direct", "I")]


def test_a_surname_that_spells_a_modal_stays_in_the_sentence_subject() -> None:
    quotes = extract_quotes("Prime Minister Theresa May issued a statement calling for a ceasefire in the city.")
    assert [q.speaker.text for q in quotes if q.speaker] == ["Prime Minister Theresa May"]


def test_a_document_participle_is_the_releasers_after_an_opening_clause() -> None:
    # document-releaser: after an opening clause with a subject of its own, "Gowdy released a statement
    # highlighting …" is Gowdy's, not the statement's nor the inspector general's
    text = ("After the inspector general released a scathing report Wednesday, Gowdy released a statement "
            "highlighting the role of Congress.")
    assert [q.speaker.text for q in extract_quotes(text) if q.speaker] == ["Gowdy"]


def _cue_and_speaker(text: str) -> tuple[str | None, str | None]:
    """Cue and speaker text of the one quote in ``text``."""
    q = one(text)
    return (q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)


def test_a_noun_homograph_before_an_infinitive_is_a_verb() -> None:
    assert _cue_and_speaker("The campaign plans to send the mayor to every county fair.") == ("plans", "The campaign")
    assert extract_quotes("The town acted in order to keep the old bridge open.") == []


def test_a_noun_homograph_after_a_modal_is_a_verb() -> None:
    assert _cue_and_speaker("The mayor would support a plan to rebuild the old bridge.") == ("support", "The mayor")


def test_a_singular_lower_case_head_after_a_name_is_a_speaker() -> None:
    # lower-case-head: a name before the head determines it ("the Quinnipiac average"), as an article would
    text = "Gallup's latest tracking average shows the mayor ahead by six points."
    assert _cue_and_speaker(text) == ("shows", "Gallup's latest tracking average")


def test_an_addressee_phrase_ends_where_a_new_phrase_begins() -> None:
    assert _said_pairs("The mayor told reporters the plan was dead.") == [("the plan was dead", "The mayor")]
    # (so does one a possessive opens: "told the court his client …")
    assert _said_pairs("Klein told the court his client denies the charges.") == [
        ("his client denies the charges", "Klein")]


def _said_pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.content, q.speaker.text if q.speaker else None) for q in extract_quotes(text)]


def test_an_object_pronoun_after_a_verb_is_no_subject_of_a_noun_homograph() -> None:
    quotes = extract_quotes("The mayor asked them to bring it back, arguing that the old bridge was safer.")
    assert [q.cue.text for q in quotes if q.cue] == ["asked", "arguing"]
    assert _cue_and_speaker("The council met, and it backs the plan to rebuild the bridge.") == ("backs", "it")


def test_a_participle_phrase_is_an_appositive_segment() -> None:
    text = "A new poll, conducted by the county in May, shows the mayor with a narrow lead."
    assert _cue_and_speaker(text) == ("shows", "A new poll")


def test_a_participle_before_by_after_a_comma_is_no_cue() -> None:
    # no-passive, reduced: "backed by the unions" is no attribution of the mayor's
    assert _cue_and_speaker("The mayor, backed by the unions, said the bridge would reopen.") == ("said", "The mayor")
    # also after a manner adverb or "either" set off by the comma; not after "first" (PolNeAR: "first reported by
    # the Post" is the Post's)
    text = "The senator, apparently encouraged by the polls, said the race was tightening."
    assert _cue_and_speaker(text) == ("said", "The senator")
    quotes = extract_quotes("Mrs. Hale, either warned by the maid or curious, opened the door.")
    assert [q.cue.text for q in quotes if q.cue] == []


def test_an_evidence_verb_does_not_invert() -> None:
    # evidence-not-inverted: "…, shows Sanders with …" names no source after the verb
    quotes = extract_quotes("A poll, taken in May, shows Smith with a narrow lead.")
    assert all(q.speaker is None or q.speaker.text != "Smith" for q in quotes)


def test_a_quantifier_alone_is_a_subject() -> None:
    # quantifier-subject: "Many said the plan …"; but "too many calls into …" is a noun phrase
    assert _cue_and_speaker("Many said the plan to rebuild the bridge had failed.") == ("said", "Many")
    assert _cue_and_speaker("Some argue that the old bridge is safer.") == ("argue", "Some")
    assert extract_quotes("Too many calls into the hotline still roll over to voicemail.") == []
    assert extract_quotes("Some reported problems with the vote in the county.") == []


def test_a_phrasal_verb_is_a_verb_although_its_first_word_is_a_noun_homograph() -> None:
    assert _cue_and_speaker("Local officials point out that the bridge was closed twice.") == (
        "point out", "Local officials")


def test_a_subject_holds_an_inner_phrase_with_any_determiner() -> None:
    assert _cue_and_speaker("Voters in each county said the bridge should reopen.") == ("said", "Voters in each county")
    speaker = ("believe", "Many of his supporters")
    assert _cue_and_speaker("Many of his supporters believe the bridge is safe.") == speaker


def test_an_appositive_chain_reads_past_a_party_parenthesis() -> None:
    text = "Sen. Ana Ruiz (D-Ore.), a Democrat, noted that the bridge was closed."
    assert _cue_and_speaker(text) == ("noted", "Sen. Ana Ruiz")


def test_a_modal_between_subject_and_cue_is_skipped() -> None:
    assert _cue_and_speaker("The mayor may have thought the worst was over.") == ("thought", "The mayor")
    assert _cue_and_speaker("Theresa May said the worst was over.") == ("said", "Theresa May")


def test_a_passive_report_is_the_whole_clause_with_no_source() -> None:
    # passive-report: "is seen as", "was declared" report the clause, subject included
    (q,) = extract_quotes("The old bridge is widely seen as a danger to drivers.")
    assert (q.content, q.cue.text if q.cue else None, q.speaker) == (
        "The old bridge is widely seen as a danger to drivers", "seen", None)
    quotes = extract_quotes("After Ana Ruiz was declared the winner, the mayor told a crowd he would stay.")
    assert [(q.content, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("Ana Ruiz was declared the winner", None), ("he would stay", "the mayor")]


def test_new_cue_verbs_and_their_noun_forms() -> None:
    assert _cue_and_speaker("The mayor bemoaned the long delays on the old bridge.") == ("bemoaned", "The mayor")
    assert _cue_and_speaker("A federal court ruled that the old bridge must close.") == ("ruled", "A federal court")
    assert extract_quotes("New emissions rules that promise to cut smog were issued.") == []


def test_an_appositive_may_open_with_a_possessive() -> None:
    text = "Ana Ruiz, her Republican opponent, said the bridge was safe."
    assert _cue_and_speaker(text) == ("said", "Ana Ruiz")


def test_a_belief_adjective_after_be_is_a_cue() -> None:
    # belief-adjective: "is confident that", "are skeptical of"; not "a confident mayor"
    assert _cue_and_speaker("The mayor is confident that the bridge will reopen.") == ("confident", "The mayor")
    (q,) = extract_quotes("Many voters are skeptical of the plan to rebuild the bridge.")
    assert (q.content, q.cue.text if q.cue else None) == ("the plan to rebuild the bridge", "skeptical")
    assert all(q.cue is None or q.cue.text != "confident" for q in extract_quotes(
        "A confident mayor spoke about the bridge and its repairs."))


def test_a_sentence_initial_quantifier_is_the_subject_not_an_adverb() -> None:
    assert _cue_and_speaker("Both think the old bridge should close.") == ("think", "Both")
    assert _cue_and_speaker("They both said the old bridge should close.") == ("said", "They")


def test_an_appositive_may_open_with_like_or_including() -> None:
    text = "Engineers, like Ana Ruiz of the county, consider the bridge a danger."
    assert _cue_and_speaker(text) == ("consider", "Engineers")


def test_clause_name_takes_a_relative_antecedent_and_a_determiner_phrase() -> None:
    text = "The Sunni militant group which broke away from other groups to proclaim a caliphate in the region."
    assert _cue_and_speaker(text) == ("proclaim", "which")
    assert one(text).speaker.name == "Sunni militant group"  # type: ignore[union-attr]
    # an irregular past form ends the determiner's phrase (the speaker was "A page came")
    assert _cue_and_speaker('A page came to their table to say, "A message for you, sir."') == ("say", "A page")


def test_phrasal_cues() -> None:
    assert _cue_and_speaker("The mayor laid out a plan to rebuild the old bridge.") == ("laid out", "The mayor")
    assert _cue_and_speaker("Ana Ruiz took aim at the plan to rebuild the bridge.") == ("took aim", "Ana Ruiz")


def test_a_relative_after_a_dash_names_its_antecedent() -> None:
    (q,) = extract_quotes("Later, Ana Ruiz—who had previously endorsed the mayor for a second term—spoke.")
    assert (q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None) == ("who", "Ana Ruiz")


def test_a_fronted_phrase_ends_an_appositive_chain() -> None:
    text = "At the evening rally, Ana Ruiz, a physician from the county, accused the council of delays."
    assert _cue_and_speaker(text) == ("accused", "Ana Ruiz")


def test_a_noun_homograph_after_an_infinitive_to_is_a_verb() -> None:
    assert _cue_and_speaker("The mayor used to back the plan to rebuild the bridge.") == ("back", "The mayor")


def test_a_noun_homograph_after_a_subject_and_an_adverb_is_a_verb() -> None:
    # adverb-verb: "often questions", "specifically point to"; not "the early reports"
    assert [q.cue.text for q in extract_quotes("The mayor often questions the cost of the bridge.") if q.cue] == [
        "questions"]
    assert extract_quotes("The early reports were wrong about the bridge.") == []


def test_no_one_is_a_quantifier_subject() -> None:
    # quantifier-subject: "No one knows what …", "Many wonder whether …"
    assert [q.content for q in extract_quotes("No one knows what the council will decide.")] == [
        "what the council will decide"]


def test_a_base_form_after_coordinated_names_is_a_verb() -> None:
    # coordinated-subject: "Obama and Clinton call them …" (call is a noun homograph elsewhere)
    (q,) = extract_quotes('Ruiz and Smith call them "lone wolves."')
    assert (q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) == ("call", "Ruiz and Smith")


def test_an_s_form_between_a_name_and_a_determiner_is_a_verb() -> None:
    # name-verb-object: "Ruiz questions the cost"; not after "the" ("The Senate votes the same way")
    assert [q.cue.text for q in extract_quotes("Ruiz questions the cost of the bridge.") if q.cue] == ["questions"]
    assert extract_quotes("The Senate votes the same way every year.") == []


def test_a_catenative_verb_before_a_participle_cue_is_skipped() -> None:
    # skip-aux-adverb (catenative): "Mrs. Herriton kept saying" is Mrs. Herriton's, not "Mrs. Herriton kept"'s
    (q,) = extract_quotes('"Yes, it is all very sad," Mrs. Herriton kept saying.')
    assert q.speaker is not None and q.speaker.text == "Mrs. Herriton"
    # (so is one that avoids or stops a speech act: "Trump avoids condemning" is Trump's)
    (q,) = extract_quotes("Trump avoids condemning Russia's invasion of Ukraine.")
    assert q.speaker is not None and q.speaker.text == "Trump"


def test_an_opening_adverb_before_a_name_leaves_the_name_the_subject() -> None:
    # introducer-then-name: "Then Mrs. Maylie came in" has the subject Mrs. Maylie, with no comma after "Then"
    from quotattr import Lexicon
    from quotattr.mentions import sentence_subject
    from quotattr.segment import tokenize

    lex = Lexicon.default()
    for text in ("Then Mrs. Maylie came in.", "Suddenly Anne laughed."):
        toks = tokenize(text, 0, len(text), lex)
        m = sentence_subject(toks, lex, len(toks))
        assert m is not None and text[m.start : m.end] in ("Mrs. Maylie", "Anne")
    # first-then-name (stop 37): "First" before a given name opens no name; "First Lady" keeps it
    for text, subject in (("First Katharine looked at her watch.", "Katharine"),
                          ("First Lady Michelle Obama spoke next.", "First Lady Michelle Obama")):
        toks = tokenize(text, 0, len(text), lex)
        m = sentence_subject(toks, lex, len(toks))
        assert m is not None and text[m.start : m.end] == subject


def test_a_name_ending_in_ly_opening_a_sentence_is_no_adverb() -> None:
    # fronted-phrase: "Vitaly Churkin turned to the council, and said:" opens with a name, not an adverb's phrase
    (q,) = extract_quotes('Vitaly Churkin turned to the council, and said:\n\n"We are close."')
    assert q.speaker is not None and q.speaker.text == "Vitaly Churkin"


def test_a_slash_joins_a_name_and_a_dated_participle_is_skipped() -> None:
    # "Reuters/Ipsos" was two names and a symbol: the phrase broke and no source was found
    (q,) = extract_quotes("According to a Reuters/Ipsos poll, the two candidates are in a dead heat.")
    assert q.speaker is not None and q.speaker.text == "a Reuters/Ipsos poll"
    # dated-participle: "released Friday" between the source and its cue
    (q,) = extract_quotes("The latest poll released Friday shows that Clinton leads Trump by five points.")
    assert q.speaker is not None and q.speaker.text == "The latest poll"


def test_a_verb_after_each_or_every_and_a_noun_after_a_preposition() -> None:
    # "each state say" read "say" as the head of a noun phrase ("an overall cost estimate"): no cue was found
    (q,) = extract_quotes("Half of voters in each state say the positions are right.")
    assert q.speaker is not None and (q.speaker.text, q.cue.text) == ("voters in each state", "say")
    # but "with a slight note of" stays a noun phrase
    assert extract_quotes("She laughed with a slight note of disappointment in her voice.") == []


def test_an_opening_time_phrase_is_no_clause_name() -> None:
    # clause-name took "Last" for the speaker of "appeared to blame"
    (q,) = extract_quotes("Last week Stumpf in a televised interview appeared to blame low-level workers.")
    assert q.speaker is not None and q.speaker.text.endswith("Stumpf") and q.speaker.name == "Stumpf"


def test_a_verb_done_by_saying_leaves_the_gerund_as_the_cue() -> None:
    # by-gerund: "renewed the subject by saying," is spoken by "saying", and the quotation is all of its content
    q = one('Mary renewed the subject again by saying, with some hesitation, "I cannot bear it."')
    assert (q.kind, q.cue.text if q.cue else None, q.content) == ("direct", "saying", "I cannot bear it.")
    assert q.speaker is not None and q.speaker.text == "Mary"
    # but not a gerund that has an object of its own: "answered a question by asserting that …" keeps "answered"
    from quotattr.cues import find_cues
    from quotattr.lexicon import Lexicon
    from quotattr.segment import tokenize

    lex = Lexicon.default()
    for text, lemmas in [("Trump answered a question by asserting that visas are bad.", ["answer", "assert"]),
                         ("Trump answered a question by saying: visas are bad.", ["say"])]:
        tokens = tokenize(text, 0, len(text), lex)
        assert [c.lemma for c in find_cues(tokens, [False] * len(tokens), lex)] == lemmas


def test_a_name_after_an_opening_prepositional_phrase_is_the_speaker_alone() -> None:
    # object-then-name: "At the door John said" is John's, not "the door John"'s; a modifier stays ("former")
    for text, speaker in [('At the door John said, "It is late."', "John"), ("In the morning Ann said no.", "Ann"),
                          ("After former Gov. Jerry Brown criticized the plan, it failed.", "former Gov. Jerry Brown"),
                          # a bare time as the object: a meal, a time of day, a month (capitalised)
                          ('After luncheon Tony said, "Well, we might go."', "Tony"),
                          ('At sundown Dr Messinger said, "We had better make a fire."', "Dr Messinger"),
                          ("In January Smith said the plan was dead.", "Smith"),
                          ("In May Theresa May said the plan was dead.", "Theresa May"),
                          # time-then-name: a time phrase with no preposition (not "Morning Consult")
                          ('Next day Jock said, "I am going."', "Jock"), ('That evening Tony said, "Yes."', "Tony"),
                          ("A Morning Consult poll found that Trump led.", "A Morning Consult poll"),
                          # clause-opening: so after the "and" of a coordinated clause
                          ("The vote was close, and in the end Senator Ruiz said that she would back it.",
                           "Senator Ruiz")]:
        quotes = extract_quotes(text)
        assert quotes and quotes[0].speaker is not None and quotes[0].speaker.text == speaker, text


def test_no_speaker_phrase_holds_an_opening_preposition_an_adverb_or_a_date() -> None:
    # "For instance, calls to …" had the speaker "For"; "ultimately Prager said" the speaker "ultimately Prager";
    # "a letter on Thursday to Senate leaders opposing" the speaker "Thursday to Senate leaders"
    from quotattr.lexicon import Lexicon
    from quotattr.mentions import np_ending_at
    from quotattr.segment import tokenize

    lex = Lexicon.default()
    for text, last, phrase in [("For instance", 0, None), ("and ultimately Prager", 2, "Prager"),
                               ("on Thursday to Senate leaders", 4, "Senate leaders"),
                               ("likely Republican voters", 2, "likely Republican voters"),
                               ("the newly elected mayor", 3, "the newly elected mayor"),
                               # pronoun-after-noun: a fronted phrase's noun is no part of "somebody"
                               ("At the back of the hall somebody", 6, "somebody"),
                               ("On the back someone", 3, "someone"), ("Almost everyone", 1, "Almost everyone"),
                               ("Virtually everyone", 1, "Virtually everyone")]:
        tokens = tokenize(text, 0, len(text), lex)
        m = np_ending_at(tokens, last, lex)
        assert (text[m.start : m.end] if m else None) == phrase, text


def test_no_speaker_is_an_article_alone() -> None:
    # "the Sunday morning shows": skipping the time words left the speaker "the" of the cue "shows"
    quotes = extract_quotes("Making the rounds on the Sunday morning shows, Carson said he was facing scrutiny.")
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Carson"]


def test_a_noun_after_a_capitalised_possessive_is_an_inverted_speaker() -> None:
    # possessed-head: "said Brenda's solicitor" (a name's possessive and any noun), not an object after a phrase
    q = one('"We have our case now," said Brenda\'s solicitor.')
    assert q.speaker is not None and q.speaker.text == "Brenda's solicitor"
    q = one('"It is time," said Lady Catherine\'s daughter.')
    assert q.speaker is not None and q.speaker.text == "Lady Catherine's daughter"


def test_a_verb_form_before_a_title_modifies_an_inverted_speaker() -> None:
    # verb-form-before-title: "state" (a reporting verb's form) before "Rep." is a modifier of the speaker
    q = one('"She has lost the trust of the voters," said state Rep. Tom Hall, a Democrat.')
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("state Rep. Tom Hall", "Tom Hall")


def test_a_subordinate_clause_after_a_name_is_an_appositive_segment() -> None:
    # name-appositive: "as" opens a segment after a name, like "when" ("James, as the door closed, said")
    q = one('And James, as the door was closed on them, said, "How do you like him?"')
    assert q.speaker is not None and q.speaker.text == "James"


def test_a_noun_ending_like_an_adverb_is_no_skipped_adverb() -> None:
    # skip-aux-adverb skips manner adverbs only: "family" and "rally" (ly-noun) are nouns of the subject
    assert one("The family said that it was late.").speaker.text == "The family"  # type: ignore[union-attr]
    assert one("A woman at the rally said that it was late.").speaker.text != "the"  # type: ignore[union-attr]


def test_adverbs_and_prepositions_opening_a_sentence_are_no_subject() -> None:
    # adverb-run-opener: "Almost unconsciously she …" has the subject "she", not a name "Almost"
    from quotattr.lexicon import Lexicon
    from quotattr.mentions import sentence_subject
    from quotattr.segment import tokenize

    lex = Lexicon.default()
    for text, subject in (("Almost unconsciously she had now undone the parcel.", "she"), ("Slowly he rose.", "he"),
                          ("Dolly raised her face.", "Dolly")):
        tokens = tokenize(text, 0, len(text), lex)
        m = sentence_subject(tokens, lex, len(tokens))
        assert m is not None and text[m.start : m.end] == subject, text
    # all-set-phrase: "All of a sudden Syme …" and "All at once she …" open with no subject "All"
    for text, subject in (("All of a sudden Syme swung round.", "Syme"), ("All at once she rose.", "she")):
        tokens = tokenize(text, 0, len(text), lex)
        m = sentence_subject(tokens, lex, len(tokens))
        assert m is not None and text[m.start : m.end] == subject, text
    # preposition-no-name: a sentence opening with a preposition before a lower-case word has no subject "For"
    text = "For the first time a red patch appeared on Gregory's forehead."
    assert sentence_subject(tokenize(text, 0, len(text), lex), lex, 12) is None
    # phrase-then-pronoun: a subject pronoun after the phrase's object is the subject (stop 57); not after a
    # quantifier ("For all he knew") nor in an inversion ("For the world would she not …")
    for text, subject in (("With a sigh she sat down.", "she"), ("At the door he turned.", "he"),
                          ("For all he knew it was true.", None), ("For the world would she not say so.", None),
                          ("At the name his wife raised her hand.", "his wife")):  # (phrase-then-described)
        tokens = tokenize(text, 0, len(text), lex)
        m = sentence_subject(tokens, lex, len(tokens))
        assert (text[m.start : m.end] if m is not None else None) == subject, text


def test_a_connective_adverb_opening_a_sentence_is_no_name() -> None:
    # introducer (data/word_classes.tsv): "Likewise," and "Similarly," open no name (the speaker was "Likewise")
    text = ('Likewise, a paper from the Brookings Institution had this to say about his plan: "Families from the top '
            'half will benefit."')
    assert [q.speaker for q in extract_quotes(text)] == [None]
    (q,) = extract_quotes("Similarly, William J. Bennett, a Reagan education secretary, said the plan was bad.")
    assert q.speaker is not None and q.speaker.name == "William J. Bennett"


def test_a_verb_in_ed_ends_a_modified_subject() -> None:
    # modifier-then-noun stops at a past verb: "Huma Abedin rallied supporters" is Huma Abedin, "elected" modifies
    text = 'In response to the plan, Huma Abedin rallied supporters, saying: "We have to be ready."'
    assert [q.speaker.text for q in extract_quotes(text) if q.speaker] == ["Huma Abedin"]
    (q,) = extract_quotes("Democratic elected officials said the plan was bad.")
    assert q.speaker is not None and q.speaker.text == "Democratic elected officials"


def test_a_described_subject_after_a_fronted_phrase_speaks() -> None:
    # described-after-phrase: "the aide" after "In response to the plan," is the subject, the speaker of "saying"
    text = 'In response to the plan, the aide rallied supporters, saying: "We have to be ready."'
    assert [q.speaker.text for q in extract_quotes(text) if q.speaker] == ["the aide"]


def test_a_parent_of_a_number_of_children_speaks() -> None:
    # parent-of-number: "of three" ends the phrase, and "said" after the number is a verb, not a noun's
    (q,) = extract_quotes("The father of two said the plan was unfair.")
    assert q.speaker is not None and q.speaker.text == "The father of two" and q.content == "the plan was unfair"
    (q,) = extract_quotes('"It is meant to benefit everyone," the 34-year-old mother of three replied.')
    assert q.speaker is not None and q.speaker.text == "the 34-year-old mother of three"


def test_the_subject_of_a_participle_phrase_speaks() -> None:
    # subject-of-participle: "Protesters marching through the streets chanted" are the protesters, not the streets
    (q,) = extract_quotes('Protesters marching through the streets chanted "What curfew?" and kept going.')
    assert q.speaker is not None and q.speaker.text == "Protesters marching through the streets"


def test_a_name_after_a_fronted_phrase_with_no_comma_is_the_subject() -> None:
    # phrase-then-name: the lower-case object of an opening preposition, no comma, then a name and a verb
    from quotattr.lexicon import Lexicon
    from quotattr.mentions import sentence_subject
    from quotattr.segment import tokenize

    lex = Lexicon.default()
    for text, subject in (
        ("From his window the next morning Maurice Oakley watched the wagon.", "Maurice Oakley"),
        ("With a sigh Elizabeth turned away.", "Elizabeth"),
        ("In the Senate Sanders voted no.", None),  # (a capitalised object: no name of its own after it)
        ("At a rally Friday in Michigan he spoke.", None),  # (a date is part of the phrase)
        ("In a year in which Mr. Sanders has won, she lost.", None),  # (a relative opens a clause)
        ("In a statement released Monday Smith said no.", None),
        ("At that moment Mrs. Pike came in.", "Mrs. Pike"),  # ("that" after the preposition is a determiner)
        ("At that moment Mrs. Pike, the housekeeper, came in.", "Mrs. Pike"),  # (an appositive after the name)
        ("For all the benefits of relying on Mr. Clinton, and touting his record, it fails.", None),
    ):
        tokens = tokenize(text, 0, len(text), lex)
        m = sentence_subject(tokens, lex, len(tokens))
        assert (text[m.start : m.end] if m is not None else None) == subject, text


def test_the_main_subject_after_an_opening_clause_with_no_comma() -> None:
    # clause-then-subject: "When Marilla went home Anne came out" is Anne's sentence (it had no subject, and the next
    # "she said" went to the last speaker)
    from quotattr.lexicon import Lexicon
    from quotattr.mentions import sentence_subject
    from quotattr.segment import tokenize

    lex = Lexicon.default()
    for text, subject in (
        ("When Marilla went home Anne came out of the orchard.", "Anne"),
        ("While they were dancing Tony came straight to business.", "Tony"),
        ("While Miss Harris was counting out his change he rallied.", "he"),
        ("When Katharine remained silent Mary was slightly embarrassed.", "Mary"),
        ("When he met Anne walked home.", None),  # (after a verb form: an object)
        ("As the door closed behind Anne she rose.", "she"),  # (after a preposition: an object; then "she")
        ("When he saw that Anne was ill he left.", None),  # ("that" opens a clause inside the first)
        ("When Marilla went home, Anne came out.", "Anne"),  # (a comma: the fronted phrase, as before)
    ):
        tokens = tokenize(text, 0, len(text), lex)
        m = sentence_subject(tokens, lex, len(tokens))
        assert (text[m.start : m.end] if m is not None else None) == subject, text
    scene = ('"You did well," said Anne.\n\n"Take this chair, Marilla. I kind of like her," said Mrs. Lynde.\n\n'
             "When Marilla went home Anne came out of the orchard with a sheaf of narcissi in her hands.\n\n"
             '"I apologized pretty well, didn\'t I?" she said proudly as they went down the lane.')
    last = extract_quotes(scene)[-1]
    assert last.speaker is not None and last.speaker.name == "Anne"


def test_a_naming_participle_inside_a_noun_phrase_is_no_cue() -> None:
    # naming-participle: "the new man called Ratcliffe said" is said by Ratcliffe ("called" was the cue, its content
    # "Ratcliffe said with gloomy decision")
    quotes = extract_quotes('After a pause the new man called Ratcliffe said with gloomy decision: "Of course not."')
    assert [(q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("said", "Ratcliffe")]
    # a naming verb with its object stays a cue: "called Democratic nominee Hillary Clinton a liar"
    assert one("The band leader called Democratic nominee Hillary Clinton a liar.").cue.text == "called"
    # named-thing (stop 38): after an object's indefinite noun that names no person, "called" names the thing; a
    # subject's noun keeps its cue
    assert extract_quotes("His sisters joined a resistance movement called the Ethiopian People's Party.") == []
    assert extract_quotes('They are performing a popular play called "Sons of Trump" in Mexico City.') == []
    assert one("Yesterday a group called Clinton a liar.").cue.text == "called"
    # an acronym, "one" and a year in the phrase too ("one PAC called Stop Hillary", "a 2002 psychology class called
    # "Perception"" were reports); a person's noun still speaks ("which one senator called "a disgrace,"")
    assert extract_quotes("Its targets included one PAC called Stop Hillary and another group.") == []
    assert extract_quotes('Carson shared a syllabus for a 2002 psychology class called "Perception" online.') == []
    assert one('The report, which one senator called "a disgrace," was released.').cue.text == "called"


def test_the_voice_of_a_described_person_is_theirs() -> None:
    # voice-of: "replied the voice of the Dodger" is the Dodger's (the speaker was "the voice", named after the
    # latest man); "the voice of Syme" already was
    quote = one('"Me!" replied the voice of the Dodger, through the key-hole.')
    assert quote.speaker is not None and quote.speaker.name == "Dodger"


def test_a_manner_verb_after_a_preposition_and_an_adjective_is_a_noun() -> None:
    # noun-reading: "in a peal of pitiless thunder" has no cue "thunder" (its speaker was "pitiless")
    quote = one('He spoke in a peal of pitiless thunder: "I do not go."')
    assert quote.cue is not None and quote.speaker is not None
    assert (quote.cue.text, quote.speaker.text) == ("spoke", "He")


def test_a_time_phrase_is_no_part_of_the_speaker_after_it() -> None:
    # possessive-opens-np after a time-closer: "some ten years ago her mother had announced" is "her mother"
    text = "When Katharine was seventeen, some ten years ago her mother had announced that the book was done."
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.text == "her mother"


def test_shot_back_is_a_speech_cue() -> None:
    (q,) = extract_quotes('After Brown spoke, Hillary shot back, "I suppose I could have baked cookies."')
    assert q.speaker is not None and q.speaker.text == "Hillary" and q.cue is not None and q.cue.text == "shot back"


def test_marvels_is_a_plural_noun() -> None:
    text = ("They were visionaries who predicted ships that would cross the Atlantic in five days, lighting by "
            "electricity, and other Arabian Night marvels.")
    assert [q.cue.text if q.cue else None for q in extract_quotes(text)] == ["predicted"]


def test_idioms_with_a_verb_of_saying_are_no_cue() -> None:
    # set-phrase (data/cue_phrases.tsv): an idiom reports nobody's words
    for text in ["Needless to say, the plan failed.", "It goes without saying that we will fight.",
                 "He was, so to speak, the last man standing.", "Truth be told, I was scared.",
                 "Let's say the vote fails."]:
        assert extract_quotes(text) == [], text
    # the quotation around one still has its own cue
    (q,) = extract_quotes('"Needless to say, I was wrong," she said.')
    assert q.cue is not None and q.cue.text == "said"


def test_put_it_somewhere_is_no_cue() -> None:
    # put-it-away: "put it in his pocket" moves a thing (it was an indirect quote "in his pocket"); "as … put it" quotes
    assert extract_quotes("Then he folded the letter and put it in his pocket.") == []
    (q,) = extract_quotes("As Jeff Weiner, the chief executive, put it in his memo, the deal is big.")
    assert q.speaker is not None and q.speaker.name == "Jeff Weiner"


def test_a_place_as_the_object_is_no_cue() -> None:
    # place-object: "standing by the door" is where one stands (it was an indirect quote "the door"), "Rain hammered
    # the windows" acts on them; standing by one's comments reports them, and so does a clause after "said"
    for text in ("Sergeant Lewis, who had been standing by the door, cleared his throat.",
                 "Rain hammered the windows of the safe house.", "Hawkins pointed down the street with his pipe."):
        assert extract_quotes(text) == [], text
    (q,) = extract_quotes("Cameron stood by his comments about the plan.")
    assert q.cue is not None and q.cue.text == "stood by"
    (q,) = extract_quotes("He said the door was locked.")
    assert q.text == "the door was locked"


def test_concluding_an_act_is_no_cue() -> None:
    # conclude-an-act: "had concluded his prayer" finished it; "concluded that" and an inverted "concluded a study"
    # report
    assert extract_quotes("He had concluded his prayer, but still knelt by the bed.") == []
    (q,) = extract_quotes("The panel concluded that the tax must rise.")
    assert q.cue is not None and q.cue.text == "concluded"
    (q,) = extract_quotes('"The tax must rise," concluded a 2013 study by the panel.')
    assert q.speaker is not None and q.speaker.text == "a 2013 study"


def test_a_phrase_set_off_by_dashes_before_the_cue_is_no_source() -> None:
    # dash-appositive: the noun phrase before the pair of dashes speaks ("The senator — who … — said"); a dash inside a
    # quotation or a single dash is no such pair
    cases = [("The senator — who has served since 1999 — said the bill would fail.", "The senator"),
             ("In a letter, the group - which includes Barnardo's and the CPAG - said the cap was wrong.", "the group"),
             ("Jason Sims — a teacher from Mount Pleasant — says he voted for Rubio.", "Jason Sims")]
    for text, source in cases:
        (q,) = extract_quotes(text)
        assert q.speaker is not None and q.speaker.text == source, text


def test_a_description_is_named_by_a_role_and_name_after_it() -> None:
    # described-then-named: lower-case role words may open the naming segment; a group is not named by a member
    (q,) = extract_quotes("Another resident, retired teacher Bill Owens, said the city had no choice.")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("Another resident", "Bill Owens")
    (q,) = extract_quotes("Some Republicans, including Lamar Alexander of Tennessee, said the bill was dead.")
    assert q.speaker is not None and q.speaker.name == "Some Republicans"
    (q,) = extract_quotes("The party leadership, including Lamar Alexander, said the bill was dead.")
    assert q.speaker is not None and q.speaker.name == "party leadership"
    # one-of-group: "One of the victims" is one person, named by the name set off after it
    (q,) = extract_quotes("One of the victims, 78-year-old Dorothy Simms, told the court she had lost everything.")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("One of the victims", "Dorothy Simms")
    # and after a demonstrative: "One of those voters, 81-year-old Ruth Harris, told"
    (q,) = extract_quotes("One of those voters, 81-year-old Ruth Harris, told reporters she had voted every time.")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("One of those voters", "Ruth Harris")


def test_the_agent_of_a_participle_is_no_source() -> None:
    # agent-of-participle: "Economists polled by Reuters" expected it, not Reuters (past an auxiliary too)
    for text, source in (("Economists polled by Reuters had expected a reading of 3.2 percent.",
                          "Economists polled by Reuters"),
                         ("A survey conducted by the Pew Research Center found that voters were worried.",
                          "A survey conducted by the Pew Research Center")):
        (q,) = extract_quotes(text)
        assert q.speaker is not None and q.speaker.text == source, text


def test_a_possessive_pronoun_opens_the_source_phrase() -> None:
    # possessive-opens-np: "Its director" is the source, like "Their spokesman"; a verb before "its" is no part of
    # it; "one of his aides" goes on past "his"
    for text, source in (("The group said it would appeal. Its director said the plan failed.", "Its director"),
                         ("Sales rose after the company increased its spending, its chief executive said.",
                          "its chief executive"),
                         ("One of his aides said the senator was tired.", "One of his aides"),
                         # (nor is the verb's object in a sentence subject: "The company cut its forecast, citing …")
                         ("The company cut its forecast, citing weak demand in China.", "The company")):
        q = extract_quotes(text)[-1]
        assert q.speaker is not None and q.speaker.text == source, text


def test_a_capitalised_modifier_and_its_noun_are_one_subject() -> None:
    # modifier-then-noun: "American officials, speaking …, said" are the officials, not "American"; a description of a
    # person acts for a participle after an event ("the Vermont senator opened a rally blasting …")
    (q,) = extract_quotes("American officials, speaking on the condition of anonymity, said the plan was a start.")
    assert q.speaker is not None and q.speaker.text == "American officials"
    q = extract_quotes("Tuesday, the Vermont senator opened a Rochester rally blasting Clinton for her record.")[-1]
    assert q.speaker is not None and q.speaker.text == "the Vermont senator"


def test_a_persons_noun_heads_a_sentence_subject() -> None:
    # a person's noun after a possessive or "the" heads the sentence subject ("Her brother looked at Mary and said …"
    # shares "Her brother" as its subject, not a clause's name)
    (q,) = extract_quotes("Her brother looked at Mary and said it was late.")
    assert q.speaker is not None and q.speaker.text == "Her brother"
    assert q.candidates[0].reason == "shared-subject"


def test_a_sentence_adverb_before_an_appositive_chain_is_no_speaker() -> None:
    # adverb-before-chain: "Meanwhile, the First Minister, Nicola Sturgeon, urged …" is Sturgeon's, not "Meanwhile"'s
    (q,) = extract_quotes('Meanwhile, the Scottish First Minister, Nicola Sturgeon, urged people to "stay the course".')
    assert q.speaker is not None and q.speaker.name == "Nicola Sturgeon"


def test_a_name_ending_a_restrictive_relative_clause_is_no_speaker() -> None:
    # restrictive-relative: "Voters who support Trump said" are the voters (the clause in the span), not Trump
    for text, source, name in (
        ("Voters who support Trump said they were angry.", "Voters who support Trump", "Voters"),
        ("A man who worked for Sanders told reporters he was sad.", "A man who worked for Sanders", "man"),
        # (also after "whose", and with a person noun of general news: "teenager", "survivors")
        ("Parents whose children attend the school said they were shocked.",
         "Parents whose children attend the school", "Parents"),
        ("A teenager who survived the crash said she was lucky.", "A teenager who survived the crash", "teenager"),
    ):
        (q,) = extract_quotes(text)
        assert q.speaker is not None and (q.speaker.text, q.speaker.name) == (source, name), text
    # ("Many of" comes off the name: "Many of the local leaders who … said" are "local leaders")
    (q,) = extract_quotes("Many of the local leaders who backed Cruz said they had rallied.")
    assert q.speaker is not None and q.speaker.name == "local leaders"
    # (the cue is no possessed noun of "whose": "a woman whose weak understanding" reports nothing)
    assert extract_quotes("He had married a woman whose weak understanding had put an end to it.") == []


def test_a_name_right_after_a_closing_quotation_mark_heads_an_appositive_chain() -> None:
    # name-appositive after a closing mark: '"…," Bill Frelick, director at Human Rights Watch, said' is Frelick's;
    # a mark opening a quotation before the name still stops the chain (_opened_before)
    (q,) = extract_quotes('"They have no recourse," Bill Frelick, refugee director at Human Rights Watch, said.')
    assert q.speaker is not None and q.speaker.name == "Bill Frelick" and q.kind == "direct"


def test_a_plural_before_a_speech_verb_is_its_subject() -> None:
    # plural-before-cue: "Tenant advocates say that …" has the cue "say" (it was "advocates", spoken by "Tenant");
    # not "We discuss reasons", "Gallup finds states shifting", "which Will claims affirmed", "shootings and protests"
    cases = [("Tenant advocates say that thousands of families face eviction.", "Tenant advocates", "say"),
             ("Muslim advocates hailed the nomination.", "Muslim advocates", "hailed"),
             ("We discuss reasons for the denial in our op-ed.", "We", "discuss"),
             ("Gallup finds states shifting toward the GOP.", "Gallup", "finds")]
    for text, speaker, cue in cases:
        (q,) = extract_quotes(text)
        assert (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == (speaker, cue), text


def test_a_noun_homograph_after_a_group_opening_the_clause_is_a_verb() -> None:
    # group-subject: "Critics call" is a plural source noun and its verb
    (q,) = extract_quotes('Critics call such caps "a band-aid" that will scare off investors.')
    assert q.speaker is not None and q.speaker.text == "Critics" and q.cue is not None and q.cue.text == "call"


def test_a_reduced_passive_of_a_charge_modifies_its_noun() -> None:
    # reduced-report: "A former nurse accused of poisoning three patients" is the nurse, and "accused" no cue; a
    # pronoun subject keeps the verb ("who she accused of preying on …")
    (q,) = extract_quotes('A former nurse accused of poisoning three patients told jurors she had "never once" '
                          "tampered with a drip.")
    assert q.speaker is not None and (q.speaker.text, q.cue.text if q.cue else None) == ("A former nurse", "told")
    assert q.fragments[0].text == 'she had "never once" tampered with a drip'
    (q,) = extract_quotes("Two men accused of the robbery told police they had been in Leeds all night.")
    assert q.speaker is not None and q.speaker.text == "Two men" and q.cue is not None and q.cue.text == "told"
    (q,) = extract_quotes("It was Trump who she accused of preying on the anxieties of voters.")
    assert q.cue is not None and q.cue.text == "accused of"


def test_a_verb_after_than_and_its_subject_ends_a_comparison() -> None:
    # than-comparative: "smaller than I remembered" reports nothing; a report after it still does
    assert extract_quotes("My aunt was smaller than I remembered.") == []
    assert extract_quotes("Clinton is fighting harder and longer than she'd planned to seal the nomination.") == []
    (q,) = extract_quotes("The chance came sooner than anyone had expected, Manafort said.")
    assert q.cue is not None and q.cue.text == "said"


def test_a_closing_attribution_reports_the_clause_holding_another_verb() -> None:
    # closing-outer: "The EU will propose new tariffs next week, three diplomats said." is the diplomats' report of
    # the whole clause ("propose" is no cue of its own); not after a fronted clause, nor by a verb reporting no clause
    (q,) = extract_quotes("The European Union will propose new tariffs on steel next week, three diplomats said.")
    assert q.speaker is not None and (q.speaker.text, q.cue.text if q.cue else None) == ("three diplomats", "said")
    assert q.text == "The European Union will propose new tariffs on steel next week"
    (q,) = extract_quotes("When a reporter later asked Trump about the plan, Trump deflected.")
    assert q.cue is not None and q.cue.text == "asked"
    (q,) = extract_quotes("Moscow says combat stopped after rebels cornered, civilians disagree")
    assert q.cue is not None and q.cue.text == "says"


def test_a_quantifier_and_of_before_a_closing_subject_belong_to_it() -> None:
    # part-of-group: "…, one of the diplomats told Reuters" is "one of the diplomats", and "one of" is not reported
    (q,) = extract_quotes("The measures would raise duties to 25 percent, one of the diplomats told Reuters.")
    assert q.speaker is not None and q.speaker.text == "one of the diplomats"
    assert q.text == "The measures would raise duties to 25 percent"
    (q,) = extract_quotes("She should have quit the race long ago, many of her aides said.")
    assert q.speaker is not None and q.speaker.text == "many of her aides"


def test_a_gerund_ending_the_sentence_after_a_preposition_reports_nothing() -> None:
    # bare-gerund: "tired of complaining." has no cue; "have taken to saying." and "by saying:" keep theirs
    assert extract_quotes("Honestly, I was tired of complaining.") == []
    (q,) = extract_quotes("Cruz has not locked it down, as some Republican leaders have taken to saying.")
    assert q.cue is not None and q.cue.text == "saying"
    # bare-participle: nor does one after a comma ("hanging about, talking."); "…, saying that …" still reports
    assert extract_quotes("They passed the scene; there were still people hanging about, talking.") == []
    (q,) = extract_quotes("Trump struck a measured tone, saying that the party must unite.")
    assert q.text == "that the party must unite"


def test_a_message_dated_by_a_participle_is_no_speaker() -> None:
    # dated-document: "In a Facebook message posted Friday, Cruz said …" is Cruz's ("posted" modifies the message);
    # "The report warned Tuesday that …" still reports
    (q,) = extract_quotes('In a Facebook message posted Friday, Cruz said he had "areas of disagreement" with Trump.')
    assert q.speaker is not None and q.speaker.text == "Cruz" and q.cue is not None and q.cue.text == "said"
    (q,) = extract_quotes("The report warned Tuesday that prices would rise.")
    assert q.cue is not None and q.cue.text == "warned"
    # (stop 57) nor a verb of evidence, what the document does: "…, official data showed on Friday, easing …"
    (q,) = extract_quotes("The economy grew faster than expected, official data showed on Friday, easing fears.")
    assert q.cue is not None and q.cue.text == "showed" and q.content == "The economy grew faster than expected"


def test_a_time_noun_before_a_name_is_no_part_of_the_speaker() -> None:
    # time-before-name: "the first time Trump had criticized Powell" names Trump, not "the first time Trump"
    (q,) = extract_quotes("It was not the first time Trump had criticized Powell.")
    assert q.speaker is not None and q.speaker.text == "Trump"


def test_a_verb_form_after_a_rate_is_a_noun() -> None:
    # noun-after-percent: "beating the 0.2 percent forecast in a Reuters poll" has no cue; "Some 22 percent said" has
    assert extract_quotes("Prices rose 0.3 percent, beating the 0.2 percent forecast in a Reuters poll.") == []
    (q,) = extract_quotes("Some 22 percent said they would back Trump.")
    assert q.cue is not None and q.cue.text == "said"


def test_a_reported_clause_may_open_on_two_names_joined_by_and() -> None:
    # named-pair: "He said the United States and its allies will seek …" is one report, not a "seek" of "its
    # allies"; after a verb and its object the "and" still joins two reports ("blasted Rubio and defended Cruz")
    (q,) = extract_quotes("He said the United States and its allies will seek new sanctions.")
    assert q.cue is not None and q.cue.text == "said"
    assert q.text == "the United States and its allies will seek new sanctions"
    first, second = extract_quotes("Reid blasted Rubio and defended Cruz in a recent interview.")
    assert (first.cue.text if first.cue else None, second.cue.text if second.cue else None) == ("blasted", "defended")


def test_a_verb_form_after_a_superlative_is_a_noun() -> None:
    # superlative-noun: "the greatest fear that I have ever seen" has no cue "fear" spoken by "the greatest"
    (q,) = extract_quotes("This reeks of some of the greatest fear that I have ever seen.")
    assert q.speaker is None  # (a noun's "fear that" owned by nobody, not a verb of "the greatest")
    assert extract_quotes("The GDP drop was the biggest decline for a developed nation.") == []


def test_found_after_a_word_that_wants_a_base_form_is_to_found() -> None:
    # found-not-find: "helped found the movement" founded it; "Investigators found the pilot had not slept" reports
    assert extract_quotes("Nega helped found the Ginbot 7 movement in 2008.") == []
    (q,) = extract_quotes("Investigators found the pilot had not slept.")
    assert q.cue is not None and q.cue.text == "found" and q.text == "the pilot had not slept"


def test_what_was_said_as_a_subject_reports_nothing() -> None:
    # thing-said (stop 54): "Nothing more was said", "Much has been said about" report no words (they were reports
    # spoken by "Nothing", "Much"); "It was said that …" still reports, by nobody named
    for text in ("Nothing more was said that evening about the journey.", "Little was said about the plan.",
                 "Much has been said about the economy in this campaign."):
        assert extract_quotes(text) == []
    (q,) = extract_quotes("It was said that the king had died.")
    assert q.text == "that the king had died" and q.speaker is None


def test_continue_to_act_reports_nothing() -> None:
    # continue-to-act (stop 37): "continues to be" tells of a state; "continued to insist that" and '"…," he
    # continued' still report
    assert extract_quotes("Clinton continues to be the favourite among Democrats.") == []
    (q,) = extract_quotes("Trump continued to insist that the election was rigged.")
    assert q.speaker is not None and q.speaker.text == "Trump" and q.text.endswith("the election was rigged")
    # go-on-to-say: the cue runs to the verb of saying, the content starts after it (PolNeAR's spans)
    for text, cue in (("She went on to say that the plan was dead.", "went on to say"),
                      ("Trump continued to insist that the election was rigged.", "continued to insist")):
        (q,) = extract_quotes(text)
        assert q.cue is not None and (q.cue.text, q.text) == (cue, text[text.index("that ") : -1])
    (q,) = extract_quotes('"We will win," he continued.')
    assert q.kind == "direct" and q.speaker is not None and q.speaker.text == "he"


def test_a_credit_line_reports_nothing() -> None:
    # credit-line (stop 37): a wire story's credits name journalists, no report
    assert extract_quotes("(Reporting by Amanda Becker in Washington; Writing by Luciana Lopez; Editing by "
                          "Matthew Lewis.)") == []
    assert extract_quotes("Additional reporting by Tom Smith in Leeds.") == []


def test_seen_since_tells_of_a_time_not_a_report() -> None:
    # seen-since: "not seen since 2008", "seen in decades", "not seen my sister in eleven years" report nothing;
    # "saw a rise in his rating" and "saw that prices had risen since March" still do
    assert extract_quotes("Prices rose to levels not seen since 2008.") == []
    assert extract_quotes("It was the worst flooding seen in recent decades.") == []
    assert extract_quotes("I had not seen my sister in eleven years.") == []
    assert extract_quotes("I have not seen him since.") == []
    assert [q.text for q in extract_quotes("Obama saw a rise in his approval rating.")] == [
        "a rise in his approval rating"]
    assert [q.text for q in extract_quotes("She saw that prices had risen since March.")] == [
        "that prices had risen since March"]
    (q,) = extract_quotes("Many have seen their neighborhoods shift in recent years.")
    assert q.text == "their neighborhoods shift in recent years"  # (a verb may follow the object: PolNeAR's report)


def test_go_on_reports_a_clause_only_before_a_verb_of_saying() -> None:
    # go-on-quotes-only: "went on to say that …" reports; "went on to win", "went on sewing" tell of acts; '"…," he
    # went on' still attributes its quotation
    assert extract_quotes("She went on to win the election in 2012.") == []
    assert extract_quotes("She went on to found a company that makes drones.") == []
    assert extract_quotes("She went on sewing in silence.") == []
    (q,) = extract_quotes("He went on to say that the plan was dead.")
    assert q.kind == "indirect" and q.cue is not None and q.cue.text == "went on to say"  # (go-on-to-say, stop 37)
    (q,) = extract_quotes('"And then," he went on, "we left."')
    assert q.kind == "direct" and q.cue is not None and q.cue.text == "went on"


def test_a_comparative_between_be_and_a_participle_makes_an_adjective() -> None:
    # no-passive through comparative-degree: "were less worried." reports nothing (it named "less" the speaker of
    # "Some investors were"); degree-before-adjective: "is most proud of" is the subject's
    assert extract_quotes("Some investors were less worried.") == []
    (q,) = extract_quotes("Sanders is most proud of the bills he has blocked.")
    assert q.speaker is not None and q.speaker.text == "Sanders" and q.text == "the bills he has blocked"
    assert extract_quotes("It is almost certain to rain.") == []  # ("almost" is no comparison)


def test_an_acronym_in_parentheses_stays_in_its_appositive() -> None:
    # acronym-in-chain: "Rafael Grossi, director general of the … Agency (IAEA), told" is Grossi's; a party-state
    # parenthesis after a name keeps its own rule ("Sen. Roy Blunt (R-Mo.), a Republican, said")
    (q,) = extract_quotes("Rafael Grossi, director general of the International Atomic Energy Agency (IAEA), told "
                          "the Financial Times that inspectors had lost track.")
    assert q.speaker is not None and q.speaker.text == "Rafael Grossi"
    (q,) = extract_quotes("Sen. Roy Blunt (R-Mo.), a Republican, said the bill was dead.")
    assert q.speaker is not None and q.speaker.name == "Roy Blunt"


def test_a_parenthesis_inside_an_appositive_chain_is_skipped() -> None:
    # parenthesis-in-chain (stop 68, PolNeAR train): "Another lawmaker, Sen. Joe Lieberman (I-Conn.), also stated"
    # had no speaker; the walk now reads past the parenthesis, and the name set off names the description
    for text in ("Another Connecticut former lawmaker, Sen. Joe Lieberman (I-Conn.), also stated his intention to "
                 "vote for Clinton.",
                 "Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted that it was over."):
        (q,) = extract_quotes(text)
        assert q.speaker is not None and q.speaker.name in ("Joe Lieberman", "Jeff Bechdel"), text
        assert q.candidates[0].reason == "appositive", text
    # fronted-clause-then-name (stop 68): a name after a clause of a subordinator and a participle is the subject,
    # no appositive of the place before the clause ("in Berea, OH, after winning …" named "OH")
    text = ("Tuesday at a university in Berea, OH, after winning Ohio in the primary, Gov. John Kasich (R-OH), said, "
            '"I am getting ready."')
    (q,) = extract_quotes(text)
    assert q.speaker is not None and q.speaker.name == "John Kasich"


def test_decline_before_no_infinitive_falls() -> None:
    # decline-in-value: "Sales declined sharply in March" reports nothing; refusals still do ("declined to comment",
    # "declined at first to criticize", "declined multiple requests for an interview")
    assert extract_quotes("Sales declined sharply in March.") == []
    assert extract_quotes("After that the rate would decline by four percentage points each year.") == []
    for text, content in [("The company declined to comment.", "to comment"),
                          ("He declined at first to criticize the group.", "at first to criticize the group"),
                          ("Fiorina declined multiple requests for an interview.",
                           "multiple requests for an interview")]:
        (q,) = extract_quotes(text)
        assert q.text == content


def test_could_tell_before_a_question_word_perceives() -> None:
    # can-tell: "she could not tell whether …" perceives, no report (PDNC: 22 of 24 such cues matched nothing);
    # "tell" with a person to tell still reports
    for text in ("She could not tell whether they were gardeners or soldiers.", "Nobody could tell how it began.",
                 "I can tell by the way he tilts his head.", "He could tell that she was tired.",
                 "But who could tell?"):
        assert extract_quotes(text) == [], text
    (q,) = extract_quotes("She could not tell Miss Crawford that the woods belonged to Sotherton.")
    assert q.cue is not None and q.cue.text == "tell" and q.text == "that the woods belonged to Sotherton"


def test_supplied_with_provides() -> None:
    # supplied-with: "a table supplied with delicacies" reports nothing, so the speaker is the name before the
    # participle phrase (it was "a breakfast table", sharing the subject of a cue "supplied")
    (q,) = extract_quotes('Mr. Welland, beaming across a breakfast table miraculously supplied with delicacies, '
                          'said to Archer: "You see, my dear fellow, we camp."')
    assert q.speaker is not None and q.speaker.text == "Mr. Welland"
    (q,) = extract_quotes('"Yes," supplied Anne.')
    assert q.cue is not None and q.cue.text == "supplied" and q.speaker is not None and q.speaker.text == "Anne"


def test_instead_of_answering_is_no_cue() -> None:
    # instead-of-answering: "Instead of answering she murmured: …" is cued by "murmured" (the quote had the cue
    # "answering" and no speaker); with content after it, PolNeAR annotates the verb ("instead of denying …")
    (q,) = extract_quotes('Instead of answering she murmured: "I promised Granny to stay with her."')
    assert q.cue is not None and q.cue.text == "murmured" and q.speaker is not None and q.speaker.text == "she"
    (q,) = extract_quotes('Instead of answering her he asked: "You knew the Duke before?"')
    assert q.cue is not None and q.cue.text == "asked" and q.speaker is not None and q.speaker.text == "he"
    (q,) = extract_quotes("Instead of denying poor folks health care, the governor expanded it.")
    assert q.cue is not None and q.cue.text == "denying"


def test_a_percentage_with_its_sign_is_a_speaker() -> None:
    # percent-sign: "26% say they are conservative" is the 26%'s, as "26 percent say" is
    (q,) = extract_quotes("About 26% say they are conservative.")
    assert q.speaker is not None and q.speaker.text == "26%" and q.speaker.name == "26%"
    first, second = extract_quotes("Voters were split: 53% said yes and 40% said no.")
    assert [first.speaker.text if first.speaker else None, second.speaker.text if second.speaker else None] == [
        "53%", "40%"]


def test_a_participle_before_a_plural_noun_modifies_it() -> None:
    # attributive-participle (stop 38): "4,051 pledged delegates", "in pledged delegates", "the nominating contests"
    # report nothing; a gerund after a preposition keeps its object ("by asking questions"), a verb its subject
    assert extract_quotes("Clinton has 4,051 pledged delegates and leads in pledged delegates.") == []
    assert extract_quotes("The nominating contests begin in Iowa.") == []
    assert one("He pledged his support to the plan.").cue.text == "pledged"
    assert one("Justice Thomas broke his silence by asking questions from the bench.").cue.text == "asking"


def test_a_described_source_closing_the_sentence_makes_a_noun_homograph_its_verb() -> None:
    # described-closing-source: "the", a source noun or a name's particle may stand in the closing source; a
    # homograph in a list before a comma stays a noun
    for text, source in (
        ("Silva was an engineer in Johannesburg, Portuguese newspaper Correio de Manha reports.",
         "Portuguese newspaper Correio de Manha"),
        ("The union plans to protest the debate, the Daily Caller reports.", "the Daily Caller"),
    ):
        found = [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in extract_quotes(text)]
        assert found[-1] == (source, "reports"), text
    listed = "He still has a skeleton staff, a Secret Service detail, a plane contract, and his belief."
    assert all(q.cue is None or q.cue.text != "detail" for q in extract_quotes(listed))


def test_an_ing_form_before_a_compound_noun_is_no_cue() -> None:
    # gerund-compound: "nominating contest", "voting booth" name a thing; the verb with its object still reports
    for text in ("The fractured Republican nominating contest could give Clinton some cushion.",
                 "Other candidates have come out of tough nominating contests badly bruised.",
                 "He stood in the voting booth for ten minutes.",
                 "The ruling handed a victory to voting rights groups.", "His voting record is thin."):
        assert extract_quotes(text) == [], text
    (q,) = extract_quotes("The Whigs punished him by nominating Winfield Scott, who lost.")
    assert q.cue is not None and q.cue.text == "nominating"


def test_a_noun_phrase_joined_to_the_subject_by_and_is_part_of_the_speaker() -> None:
    # coordinated-np: a clause-opening phrase and the subject after "and" speak together; an object before "and"
    # does not
    for text, speaker in (("Maria Lopez and her sister Ana said they had received threats.",
                           "Maria Lopez and her sister Ana"),
                          ("The mayor and the police chief said the curfew would stay.",
                           "The mayor and the police chief"),
                          ("On Monday, the mayor and her aides said the curfew would stay.",
                           "the mayor and her aides")):
        (q,) = extract_quotes(text)
        assert q.speaker is not None and q.speaker.text == speaker, text
    found = [q.speaker.text if q.speaker else None for q in extract_quotes(
        'At one point, a woman asked for a photo and Clinton said, "as long as we are not breaking any laws."')]
    assert found == ["a woman", "Clinton"]


def test_a_phrasal_cue_before_a_place_is_no_cue() -> None:
    # phrasal-place: "was standing by the window" is where he stood; "stood by her remarks" reports
    assert extract_quotes("Holmes was standing by the window when I entered.") == []
    assert [q.cue.text for q in extract_quotes("The senator stood by her remarks about the budget.") if q.cue] == [
        "stood by"]


def test_show_after_a_singular_common_noun_is_a_noun() -> None:
    # show-noun: "the reality TV show" reports nothing; "Polls show …", "records from the cycle show he …" report
    assert extract_quotes('He starred in the reality TV show "The Apprentice."') == []
    assert [q.speaker.text for q in extract_quotes("Polls show Clinton ahead in Ohio.") if q.speaker] == ["Polls"]
    assert [q.cue.text for q in extract_quotes(
        "FEC records from the 2008 election cycle show he backed both McCain and Giuliani.") if q.cue] == ["show"]


def test_a_participle_after_a_medium_a_preposition_governs_is_no_cue() -> None:
    # phrase-document: "in a video posted on X" names where she apologised, not a video's report; a document noun
    # before the subject's own verb still reports ("a judge handling a … lawsuit ordered" is the judge's order)
    assert extract_quotes("Klein apologised in a video posted on X on Tuesday evening.") == []
    (q,) = extract_quotes("In a video posted on X, Klein said the company would pay.")
    assert q.speaker is not None and q.speaker.text == "Klein" and q.text == "the company would pay"
    (q,) = extract_quotes("Last May, a federal judge handling a Freedom of Information Act lawsuit ordered the "
                          "State Department to release the emails.")
    assert q.cue is not None and q.cue.text == "ordered"


def test_a_past_form_after_a_name_in_s_is_its_verb() -> None:
    # possessive-name-subject: "Moody's said its rating …" is Moody's report; "Trump's stated goal" and "Mr.
    # Rushworth's repeated question" are nouns' modifiers
    found = [(q.speaker.text if q.speaker else None, q.text) for q in extract_quotes(
        "Analysts warned of higher costs, while Moody's said its rating was unaffected.")]
    assert ("Moody's", "its rating was unaffected") in found
    (q,) = extract_quotes("McDonald's said on Tuesday that it would close 200 stores.")
    assert q.speaker is not None and q.speaker.text == "McDonald's" and q.text == "that it would close 200 stores"
    (q,) = extract_quotes("Trump's stated goal is growth, aides said.")
    assert q.speaker is not None and q.speaker.text == "aides" and q.text == "Trump's stated goal is growth"


def test_a_partitive_of_a_plural_pronoun_before_the_cue_is_the_speaker() -> None:
    # partitive-subject: '"…," one of them said' is one of them (as "said one of them" was)
    (q,) = extract_quotes('Two directors disagreed.\n\n"We were not consulted," one of them said.')
    assert q.speaker is not None and q.speaker.text == "one of them" and q.text == "We were not consulted,"
    (q,) = extract_quotes("Most of them said they would vote for Trump.")
    assert q.speaker is not None and q.speaker.text == "Most of them"


def test_an_approximate_count_opens_its_noun_phrase() -> None:
    # count-lead (stop 43): "Nearly 300 residents" names no "Nearly", "About 200 protesters" opens no fronted phrase
    found = [(q.speaker.text if q.speaker else None, q.content) for q in extract_quotes(
        "Nearly 300 residents signed a petition, saying the plant must close.\n\n"
        'About 200 protesters gathered, chanting "Dump Trump."\n\n'
        "More than 200 economists signed a letter, warning that the plan would fail.")]
    assert found == [("Nearly 300 residents", "the plant must close"), ("About 200 protesters", "Dump Trump."),
                     ("More than 200 economists", "that the plan would fail")]


def test_a_fronted_phrase_of_place_names_nobody() -> None:
    # (stop 43) "outside", "inside", "throughout" … are prepositions: their object is no subject
    found = [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in extract_quotes(
        "Throughout the 2000s, Democrats in Congress, fearing the consequences, failed to act.")]
    assert found == [("Democrats", "fearing")]


def test_a_phrasal_verb_without_object_before_a_determiner_is_an_act() -> None:
    # objectless-phrasal: "pushed back her chair", "broke off a branch" report nothing; after a quotation the
    # speaker is inverted ('"…," broke in her mother'); "shot back that …" reports
    quotes = extract_quotes("The maid came in, pushed back a log, and said quietly: \"Very well.\"")
    assert [(q.cue.text, q.speaker.text) for q in quotes if q.cue and q.speaker] == [("said", "The maid")]
    assert extract_quotes("She broke off a branch of wild plum as she passed.") == []
    quotes = extract_quotes("\"Kitty don't drink no beer,\" broke in her mother with mild resentment.")
    assert [(q.cue.text, q.speaker.text) for q in quotes if q.cue and q.speaker] == [("broke in", "her mother")]
    assert _cue_and_speaker("Trump shot back that the journalist had not been called on.") == ("shot back", "Trump")


def test_a_cue_and_a_particle_of_another_sense_report_nothing() -> None:
    # other-sense-phrasal: "would add up to" sums and "were called off" ends; the budget office's "predicted" stays
    quotes = extract_quotes("Deficits would add up to $1.5 trillion more than the budget office had predicted.")
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("predicted", "the budget office")]
    assert extract_quotes("Any walkouts were either called off or went unnoticed.") == []


def test_back_after_a_verb_form_is_a_direction() -> None:
    # direction-adverb: "came back to earth", "turned miserably back" report nothing; "Unions back the plan",
    # "will back the bill" and "fired back that …" do
    assert extract_quotes("Anne came back to earth with a start. He turned miserably back.") == []
    assert extract_quotes("The people fell back to allow Tony and Brenda to leave the room.") == []
    assert _cue_and_speaker("Democrats back Clinton by a wide margin.") == ("back", "Democrats")
    quotes = extract_quotes("Clinton fired back that the voters had trusted her twice.")
    assert [q.content for q in quotes] == ["that the voters had trusted her twice"]
    # verb-and-particle: the cue is "fired back", so the speaker is Clinton, not "Clinton fired"
    assert _cue_and_speaker("Clinton fired back that the voters had trusted her twice.") == ("fired back", "Clinton")
    assert _cue_and_speaker('Fallon fired quickly back: "I disagree."') == ("fired quickly back", "Fallon")


def test_a_base_form_after_with_and_a_modifier_is_a_noun() -> None:
    # with-modifier-noun: "with equal caution." and "with great caution about it" report nothing; "those with
    # children say the school …" does
    assert [q.content for q in extract_quotes('"It depends," she replied, with equal caution.')] == ["It depends,"]
    assert extract_quotes("She spoke with great caution about it.") == []
    assert [q.content for q in extract_quotes("Those with children say the school is failing.")] == [
        "the school is failing"]


def test_aloud_after_an_inverted_speaker_is_no_part_of_the_name() -> None:
    # adverb-after-name: "aloud" (data/word_classes.tsv skip) ends the speaker, after a name or a described noun
    for text, speaker in (('"Go away," said the girl aloud.', "the girl"),
                          ('"Go," cried the old man aloud, "and never come back."', "the old man"),
                          ('"I wish Dinah were here!" said Alice aloud.', "Alice"),
                          # time-after-noun (stop 62, hand-written): a time phrase after a possessive's noun too
                          ('"Have you heard that the mill is let?" said his wife one day.', "his wife"),
                          ('"Not again," said this man today.', "this man")):
        quotes = extract_quotes(text)
        assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


def test_a_plural_after_an_article_and_a_noun_opens_a_reduced_relative() -> None:
    # reduced-relative (stop 63): "a move critics called …" is the critics' ("a move [that] critics called"); the
    # speaker had been "a move critics"; a counting noun keeps its plural ("a dozen critics")
    def speakers(text: str) -> list[str | None]:
        return [q.speaker.text if q.speaker else None for q in extract_quotes(text)]

    assert speakers('The city will close three libraries, a move critics called "short-sighted and cruel."') == [
        "critics"]
    assert speakers('The council approved the tax, a decision opponents described as "reckless."') == ["opponents"]
    assert speakers('The plan failed, and a dozen critics called it "a fiasco."') == ["a dozen critics"]


def test_a_time_phrase_may_come_between_a_passive_and_its_by() -> None:
    # time-then-by (stop 65, PolNeAR train): "was also endorsed the day before by …" had no quote at all
    for text, speaker in (
        ("Cruz was also endorsed the day before by former rival Carly Fiorina.", "former rival Carly Fiorina"),
        ("Clinton's position was supported Friday by Sen. Dianne Feinstein of California.",
         "Sen. Dianne Feinstein of California"),
    ):
        assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == [speaker]


def test_a_plural_after_an_irregular_past_verb_is_its_object() -> None:
    # object-after-past (stop 65, PDNC dev): "she had claims of various kinds" reported "of various kinds"
    assert extract_quotes("As for Mrs Smith, she had claims of various kinds to recommend her.") == []
    assert extract_quotes("But Anderson had reasons of his own for discouraging afternoon worship.") == []


def test_said_before_than_reports_nothing() -> None:
    # said-than-done (stop 65, PolNeAR train): "easier said than done" reported "than done in New York City"
    assert extract_quotes("But dumping Trump is easier said than done in New York City.") == []


def test_a_quoted_title_keeps_a_names_appositive() -> None:
    # titled-appositive (stop 65, PolNeAR train): "Joe Scarborough, host of MSNBC's "Morning Joe," suggested" had no
    # speaker; a quotation set off after a name is still no appositive of it
    text = 'Joe Scarborough, host of MSNBC\u2019s \u201cMorning Joe,\u201d suggested the refusal could disqualify him.'
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Joe Scarborough"]


def test_as_reported_by_names_a_source_as_according_to_does() -> None:
    # "as reported by" (stop 65, PolNeAR train): the source after it reports the clause, fronted or closing
    for text in ("As reported by Western Journalism, the New York Times broke the story in March.",
                 "The New York Times broke the story in March, as reported by Western Journalism."):
        assert [(q.cue.text.lower() if q.cue else None, q.speaker.text if q.speaker else None)
                for q in extract_quotes(text)] == [("as reported by", "Western Journalism")]
    # the phrase is found by its verb: "as" is no verb cue word that would open every sentence holding it to cues
    from quotattr.lexicon import Lexicon
    assert "as" not in Lexicon.default().verb_cue_words and "according" in Lexicon.default().verb_cue_words


def test_a_quantifier_subject_speaks_a_quotation_after_its_verb() -> None:
    # quantifier-subject before a quotation (stop 65, PolNeAR train): 'Some chanted "USA! USA!"' had no quote
    assert [(q.text, q.speaker.text if q.speaker else None) for q in extract_quotes(
        "They celebrated. Some chanted \u201cUSA! USA!\u201d")] == [("USA! USA!", "Some")]
    assert extract_quotes("Some reported problems with the machines.") == []


def test_a_name_after_an_indefinite_article_is_no_clause_subject() -> None:
    # article-modifier (stop 66, PolNeAR train): "a California proposal" names no speaker "a California"
    text = ("The senator backed a plan. She favors a California proposal regulating ammunition and has promised to "
            "seek legislation ending the immunity.")
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["The senator", "She", "She"]


def test_a_phrase_set_off_by_double_hyphens_is_an_appositive() -> None:
    # double-hyphen (stop 66, PolNeAR train and dev): "X -- who lost in 2008 -- said" as "X — who lost in 2008 — said"
    text = ('Graham spoke first. A former Republican presidential candidate -- John McCain, who lost the 2008 election '
            'to Obama -- said the president "offered no changes to his strategy."')
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == [
        "A former Republican presidential candidate"]


def test_a_degree_word_before_an_adverb_opens_a_fronted_phrase() -> None:
    # degree-adverb-opener (stop 66, PolNeAR train): "More recently," names no speaker "More"
    text = "More recently, Rubio has shifted somewhat to try to match the mood, offering more dire warnings."
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Rubio"]


def test_a_retreat_or_a_likeness_reports_nothing() -> None:
    # no-report-phrasal (stop 66, PolNeAR train): "backed off," and "sounding like" are no cues; an object after the
    # particle still makes a report (PolNeAR dev: "Trump backed off some of his initial proposals")
    assert extract_quotes("Facing blowback from unions, Berlin backed off, replacing the levy with a subsidy.") == []
    assert extract_quotes("Despite sounding like a Brit in the clip, it is unlikely to warm Trump to the public.") == []
    assert [q.speaker.text if q.speaker else None
            for q in extract_quotes("Trump backed off some of his initial proposals.")] == ["Trump"]


def test_an_ing_noun_after_a_determiner_and_a_modifier_is_no_cue() -> None:
    # determined-gerund (stop 66, PDNC dev): "the same warning." made a mixed quote of the question before it
    text = ('"Yes," said Miss Tilney.\n\n"What is it you wanted to tell me?" she asked, as if she had received the '
            'same warning.')
    assert [(q.kind, q.cue.text if q.cue else None) for q in extract_quotes(text)] == [
        ("direct", "said"), ("direct", "asked")]
    # a noun before the -ing word and a quotation after it still report: "held up a sign saying "…""
    text = 'Lori Bernstein held up a sign saying "Jews Against Trump."'
    assert [q.cue.text if q.cue else None for q in extract_quotes(text)] == ["saying"]
    # and after "a" or "an" before a preposition (stop 67, PolNeAR train): "A strong showing from Mr. Rubio …"
    assert extract_quotes("A strong showing from Mr. Rubio in New Hampshire could push other candidates out.") == []


def test_in_the_past_between_subject_and_verb_is_read_past() -> None:
    # definite-adverbial (stop 66, PolNeAR train): "have in the past said" had the speaker "the past"
    text = "Gore's close friends and allies have in the past said he was staying quiet on purpose."
    assert [q.speaker.text if q.speaker else None for q in extract_quotes(text)] == ["Gore's close friends and allies"]
    # but a time's phrase stays one: "the scholars I interviewed in the past week thought …"
    text = "None of the scholars I interviewed in the past week thought compromise was likely."
    assert [q.cue.text if q.cue else None for q in extract_quotes(text)] == ["thought"]


def test_a_capitalised_participle_set_off_by_a_comma_is_no_name() -> None:
    # bare-participle-opener (stop 66, PDNC dev): "Starting, the lady moved …" made a speaker "Starting"
    text = ('"I do not like to see Miss Bertram so near the altar," said Henry.\n\nStarting, the lady instinctively '
            'moved a step or two, but recovering herself in a moment, affected to laugh, and asked him, in a tone not '
            'much louder, "If he would give her away?"')
    assert "Starting" not in [q.speaker.text if q.speaker else None for q in extract_quotes(text)]


def test_a_modified_group_subject_takes_a_noun_homograph_verb() -> None:
    # modified-group-subject (stop 66, PolNeAR train): "Democratic senators support reforming …" reports
    text = "A growing number of Democratic senators support reforming the party's superdelegate system."
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("support", "Democratic senators")]


def test_echo_reports_its_object() -> None:
    # echo as a verb of speech (stop 66, PolNeAR dev and train): "Mike Pence echoed statements by Trump" reports
    text = "Republican vice-presidential nominee Mike Pence echoed statements by Donald Trump last week."
    assert [(q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_quotes(text)] == [
        ("echoed", "Republican vice-presidential nominee Mike Pence")]


def test_known_as_names_a_thing_and_found_itself_finds_nothing() -> None:
    # known-as (stop 67, PolNeAR dev and train): "also known as ISIS" reported "as ISIS" with the shared subject
    assert extract_quotes("The coalition fought the Islamic State, also known as ISIS, ISIL and Daesh.") == []
    assert extract_quotes("Marcel Lazar, 44, known online as Guccifer, was extradited in 2014.") == []
    # found-oneself (stop 67, PolNeAR train): "has found itself at the center of …" finds no fact
    assert extract_quotes("The bank has found itself at the center of Puerto Rico's financial jam.") == []
    # "known" with a clause still reports: "he has long known that …"
    assert [q.cue.text if q.cue else None for q in extract_quotes(
        "The senator has long known that the bill would fail.")] == ["known"]


def test_a_role_of_an_office_is_one_subject() -> None:
    # role-of-office (stop 68, PolNeAR train): "The former secretary of state said" had no speaker ("of" joined no
    # bare lower-case word); a compound before a participle stays out ("her director of policy planning and …")
    for text, speaker in (("The former secretary of state said she would win.", "The former secretary of state"),
                          ("Then the director of communications told reporters that he would win.",
                           "the director of communications"),
                          ("The White House chief of staff mocked Trump for his tax plan.",
                           "The White House chief of staff")):
        q = one(text)
        assert q.speaker is not None and q.speaker.text == speaker, text
    assert extract_quotes("Sullivan was her director of policy planning and her deputy chief of staff.") == []
