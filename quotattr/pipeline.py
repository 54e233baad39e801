"""Runs the stages in order. Data flows one way; each stage gets what earlier stages found as arguments.

    paragraphs (segment) -> quoted spans (marks) -> story or news (genre) -> sentences, tokens (segment) -> cues (cues)
    -> speaker mentions (mentions, inside relations) -> quote drafts (relations) -> ranked speakers
    (attribution) -> canonical names (coref) -> Quote objects (types)
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Container, Sequence

import attrs
import regex

from quotattr import attribution, coref
from quotattr.cast import Cast, find_cast, vocative
from quotattr.cues import find_cues
from quotattr.genre import called_by_name, is_figureless, narrative_prose, story_attributed
from quotattr.lexicon import Lexicon
from quotattr.marks import MARK_CHARS, QuotedSpan, drop_mark_floods, find_quoted_spans
from quotattr.mentions import (
    Mention,
    clause_subjects,
    coordinated,
    gesturing,
    given_name_runs,
    narration_descriptions,
    narration_names,
    passive_agents,
    person_word,
    remark_subject,
    sentence_subject,
)
from quotattr.relations import (
    BYLINE_DASHES,
    Draft,
    Intro,
    block_quote,
    dash_byline,
    merge_continuations,
    sentence_relations,
    standalone_quotes,
    transcript_turn,
)
from quotattr.segment import (
    NEXT_WORD,
    POSSESSIVE_ENDS,
    Sentence,
    Token,
    dateline_label,
    find_paragraphs,
    find_sentences,
    lf_text,
    lost_possessive,
    original_offset,
    plain_spaces,
    tokenize,
    transcript_labels,
)
from quotattr.types import Candidate, Cue, Fragment, Quote, Speaker


def extract_quotes(text: str, *, lexicon: Lexicon | None = None) -> list[Quote]:
    """Find every quotation in ``text`` with its speaker, cue, kind and confidence, sorted by position.

    All offsets refer to ``text`` itself: ``text[q.start:q.end] == q.text`` for every quote, fragment, speaker and
    cue. Pass ``lexicon=Lexicon.default().extend(...)`` to add your own verbs, titles or known speakers.

    >>> q = extract_quotes('Moscow said rebels used such pauses to regroup.')[0]
    >>> q.kind, q.speaker.text, q.cue.text, q.content
    ('indirect', 'Moscow', 'said', 'rebels used such pauses to regroup')
    >>> extract_quotes("")
    []
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("extract_quotes() takes str, not bytes: decode it first, e.g. data.decode('utf-8')")
        raise TypeError(f"extract_quotes() takes str, not {type(text).__name__}")
    lex = lexicon if lexicon is not None else Lexicon.default()
    if not text.strip():
        return []
    original = text
    text, dropped = lf_text(text)  # one-break-convention: the stages read "\n" line ends; _build maps offsets back
    text = plain_spaces(text)  # one-space-convention: and spaces written " " (the same length)
    paragraphs = drop_mark_floods(text, find_paragraphs(text))
    quoted = find_quoted_spans(text, paragraphs, lex)
    sentences = find_sentences(text, paragraphs, quoted, lex)
    labels = transcript_labels(text, paragraphs)
    dateline = dateline_label(text, paragraphs)
    drafts: list[Draft] = []
    intros: list[Intro] = []
    antecedents: list[tuple[int, int]] = []
    subjects: list[tuple[int, int, Mention]] = []  # narration subjects: (paragraph, sentence, mention)
    remarked: dict[int, Mention] = {}  # remark-after: paragraph -> subject ("With these words, he …")
    owner: dict[int, int] = {}  # quoted span index -> index of the draft holding it
    q_first = 0
    turn_end = -1  # end of a transcript turn: its later sentences are the turn's
    opening = {q.open for q in quoted}
    quote_paragraphs = sum(1 for s, _ in paragraphs if s in opening)
    dialogue = attribution.is_dialogue(quote_paragraphs, len(paragraphs))
    most = len(paragraphs)  # (would enough unattributed turns, and beats, make it a dialogue?)
    if not dialogue and attribution.is_dialogue(quote_paragraphs, most, most, _holding(paragraphs, quoted)
                                                - quote_paragraphs):
        # dialogue-excerpt: the unattributed turns are counted only where they can decide
        dialogue = _unattributed_turns(text, paragraphs, quoted, opening, quote_paragraphs, lex)
    fiction_attributed = story_attributed(text, quoted, lex)  # story-attribution (read once: also story-stance)
    read_story = False  # (true when the story test below made the text a dialogue: it is then a story)
    if not dialogue and quoted:  # story-attribution, narrative-prose: few quote-led paragraphs
        dialogue = read_story = fiction_attributed or narrative_prose(text, lex)
    if not dialogue and quoted:
        dialogue = read_story = called_by_name(text, quoted, lex)  # called-by-name: '"…, Harry."' / '"…, mother?"'
    if not dialogue and any(q.family == "dash" for q in quoted):
        dialogue = True  # dash-dialogue-document: turns led by quotation dashes are fiction's ("— No, she said.")
    cast = find_cast(text, lex, story=dialogue)
    named = lex.function_words & cast.names
    if named:  # word-given-name: where "Will" is a character, the stages after the cast read it as a name
        lex = attrs.evolve(lex, function_words=lex.function_words - named)
    few_names = dialogue and len(cast.names - cast.places - lex.words["kin-name"]) <= _FEW_NAMES  # described-
    # narrator: a scene alone (a "Mum" the quotes call is a described person's name, no other character)
    for si, sent in enumerate(sentences):
        if sent.start < turn_end:
            continue
        has_cue = _has_cue_word(text, sent.start, sent.end, lex)
        while q_first < len(quoted) and quoted[q_first].end <= sent.start:
            q_first += 1
        in_sentence: list[tuple[int, QuotedSpan]] = []
        k = q_first
        while k < len(quoted) and quoted[k].open < sent.end:
            in_sentence.append((k, quoted[k]))
            k += 1
        quoted_here = [(q.open, q.end) for _, q in in_sentence] if dialogue else []
        clauses = clause_subjects(text, sent.start, sent.end, quoted_here) if dialogue else []
        antecedents.extend(clauses)  # clause-subject: "…, but as he spoke, Mrs. Hilbery broke in" names a later "she"
        if dialogue:  # passive-agent: "He was awakened by Winnie." names a later "she"
            antecedents.extend(a for a in passive_agents(text, sent.start, sent.end, quoted_here)
                               if cast.is_name(text[a[0] : a[1]].rsplit(maxsplit=1)[-1]))
        if text[sent.start] in BYLINE_DASHES and not in_sentence and sent.paragraph > 0 and (
            paragraphs[sent.paragraph] == (sent.start, sent.end)
            and text[paragraphs[sent.paragraph - 1][0]] in MARK_CHARS
        ):  # (a line signing the quotation paragraph before it, no dash dialogue: '—Paul, come here.')
            byline = dash_byline(tokenize(text, sent.start, sent.end, lex), sent.paragraph, si, lex)
            if byline is not None:  # dash-byline: "- Bernie Sanders." signs the quotation before it
                intros.append(byline)
                continue
        if not (has_cue or in_sentence or _has_mark(text, sent.start, sent.end)):
            # No cue word, quotation mark, colon or dash: no attribution here. Only the first words are read, for
            # the coreference of later pronouns and the narration subjects of dialogue.
            head = tokenize(text, sent.start, min(sent.end, sent.start + _SUBJECT_WINDOW), lex)
            _remark(remarked, text, sent, paragraphs, head, dialogue, lex)
            subject = _subject(head, lex) if head else None
            if subject is not None and _antecedent(subject, head, dialogue, lex, few_names):
                antecedents.append(_named_span(subject))
                if dialogue and (other := _other_gender_object(head, subject, cast, lex)) is not None:
                    antecedents.append(other)  # other-gender-object: "Tony danced with Babs. She said, …"
            elif dialogue and (focus := _part_owner(head, subject, lex)) is not None:
                antecedents.append(focus)  # part-owner: "… a red patch appeared on Gregory's forehead."
            elif dialogue and (focus := _object_focus(head, subject, cast, lex)) is not None:
                antecedents.append(focus)  # object-focus: "It disturbed William excessively."
            speaker = _narration_speaker(text, head, subject, cast, dialogue, few_names, lex)
            if speaker is not None:
                subjects.append((sent.paragraph, si, speaker))
            later = _later_clause_narrator(text, clauses, speaker or subject, cast, lex, sent.end,
                                           paragraphs[sent.paragraph], speaker is not None)
            if later is not None:
                subjects.append((sent.paragraph, si, later))
            continue
        tokens = tokenize(text, sent.start, sent.end, lex)
        if not in_sentence:
            _remark(remarked, text, sent, paragraphs, tokens, dialogue, lex)
        in_quote = _in_quote_flags(tokens, in_sentence)
        cues = find_cues(tokens, in_quote, lex)
        found, _claimed, intro = sentence_relations(text, sent, si, tokens, in_quote, in_sentence, cues, lex,
                                                  story=dialogue, labels=labels, dateline=dateline)
        if intro is not None:
            intros.append(intro)
        for d in found:
            if dialogue and d.kind == "direct" and d.mention and (d.pattern == "subject-cue" or (
                d.pattern == "inverted" and _companion(tokens, d.mention, lex)
            )) and _possessed_other(tokens, d.mention, lex):
                d = attrs.evolve(d, mention=None, pattern="no-source", withheld=d.mention)  # possessed-other
            elif d.kind == "direct" and d.mention and _the_other(tokens, d.mention, lex):
                d = attrs.evolve(d, mention=None, pattern="no-source")  # the-other
            if d.pattern == "colon-label":
                turn = transcript_turn(text, d, paragraphs[sent.paragraph], quoted, q_first, labels)
                if turn is not None:
                    d, turn_end = turn, paragraphs[sent.paragraph][1]
            _add(drafts, owner, d)
        for d in standalone_quotes(text, sent, si, tokens, in_quote, in_sentence, owner.keys(), lex):
            _add(drafts, owner, d)
        if tokens and not in_quote[0]:
            subject = sentence_subject(tokens, lex, len(tokens))
            if subject is not None and coordinated(tokens, subject, lex):
                if dialogue:
                    antecedents.extend(_pair_of_genders(text, tokens, subject, cast, lex))
                subject = None  # coordinated-subject
            if subject is not None and _antecedent(subject, tokens, dialogue, lex, few_names):
                antecedents.append(_named_span(subject))
                if dialogue and not in_sentence and (
                    other := _other_gender_object(tokens, subject, cast, lex)
                ) is not None:
                    antecedents.append(other)  # other-gender-object
            elif dialogue and (focus := _part_owner(tokens, subject, lex)) is not None:
                antecedents.append(focus)  # part-owner: "A sudden flush rose under M. Riviere's sallow skin."
            elif dialogue and (focus := _object_focus(tokens, subject, cast, lex)) is not None:
                antecedents.append(focus)  # object-focus
            speaker = _narration_speaker(text, tokens, subject, cast, dialogue, few_names, lex) if not (
                in_sentence) else None
            if speaker is not None:
                subjects.append((sent.paragraph, si, speaker))
            later = _later_clause_narrator(text, clauses, speaker or subject, cast, lex, sent.end,
                                           paragraphs[sent.paragraph], speaker is not None or bool(in_sentence))
            if later is not None:
                subjects.append((sent.paragraph, si, later))
    narrator_subjects = sum(1 + _acting_i(text, x[2].end, lex) for x in subjects if text[x[2].start : x[2].end] == "I")
    if dialogue and narrator_subjects and not attribution.is_first_person(narrator_subjects, len(text)) and not any(
        d.kind == "direct" and d.mention is not None and text[d.mention.start : d.mention.end] == "I" for d in drafts
    ):
        # authorial-I: in a novel whose quotes no "I" attributes ("said I"), and not told in the first person, an "I"
        # of the narration is the author's aside ("but I hope it was no more than a slight slumber"), no speaker;
        # an "I" that acts counts twice (acting-i: "I put my bag on the table." in a short scene is its narrator)
        subjects = [x for x in subjects if text[x[2].start : x[2].end] != "I"]
    if not dialogue:
        drafts = _with_blocks(text, drafts, intros, paragraphs, opening, sentences)
    merged = merge_continuations(drafts, intros, after_mixed=not dialogue, opening=lex.words["opening-verb"],
                                  text=text)
    fiction = read_story or (dialogue and (
        fiction_attributed or narrative_prose(text, lex) or called_by_name(text, quoted, lex)
    ))  # (genre.is_story, each test read once: a novel's dialogue, not a news feature's many quotes)
    if dialogue:  # thing-no-speaker: "she gave an hysterical laugh, which threatened violent consequences"
        merged = [d for d in merged if not _thing_relative(text, d, lex)]
    if fiction:  # story-appearance: in a story, an indirect report of how things look or what was found is
        # narration ("She seemed to have proved something", "he found that the door was locked"), nobody's words;
        # so is one of what someone thinks or feels ("story-thought": "She thought that he was wrong"; stop 45),
        # and an act a verb of stance names ("story-stance": "Elena slammed the door behind her", "She attacked the
        # pudding"; stop 46); it is still read for coreference (its subject is a person the next pronoun may name)
        # story-gesture: "my father pointed at a house" is a gesture (data/word_classes.tsv gesture-verb; stop 57).
        # Not in news cut short, which narrative-prose may call a story: passages of PolNeAR lost "slammed the plan"
        # reports.
        stance = lex.words["stance-verb"] | lex.words["gesture-verb"] if fiction_attributed else frozenset()
        merged = [attrs.evolve(d, reported=False) if d.kind == "indirect" and (
            d.cue_class in _NARRATED_CLASSES or (d.cue is not None and d.cue.lemma in stance)) else d for d in merged]
    # the name each quote addresses: for coreference only at its ends (called), for the turn order also inside its
    # opening (addressed, mid-address; measured on PDNC dev: a mid-quote name helps the turn order, misleads
    # pronouns)
    pairs = _all_addressees(text, merged, cast, lex, paragraphs) if dialogue else None
    called = [c for c, _ in pairs] if pairs is not None else None
    addressed = [a for _, a in pairs] if pairs is not None else None
    scene = _first_turn_names(text, merged, sentences, quoted, cast, lex) if dialogue else []
    scored = attribution.score(
        merged, [i for i in intros if i.position == "intro"], subjects,
        dialogue=dialogue, addressees=addressed, text=text, scene=scene,
        groups=lex.group_pronouns | lex.words["partitive"], titles=lex.titles,
        kin=lex.words["family-kin"] | lex.words["title-ship"], asking=lex.words["question-verb"],
        kin_names=lex.words["kin-name"], remarked=remarked,
        group_heads=lex.group_nouns | lex.words["unnamed-person"],  # (unnamed-no-turn: "someone had written")
        crowds=lex.words["crowd-noun"],
    )
    speakers = [
        (c.start, c.end, c.kind, c.name_start, c.name_end) for c in (s.candidates[0] for s in scored if s.candidates)
    ]
    spoken_to = None
    if called is not None:  # the name each attributed quote addresses, aligned with speakers
        spoken_to = [text[a[0] : a[1]] if a else None for a, s in zip(called, scored, strict=True) if s.candidates]
    turns = attribution.previous_turns(scored, paragraphs, opening) if dialogue else None
    borrowed = [  # a speaker named by a mention that is not its own quote's attribution (the turn order's)
        s.draft.mention is None or s.draft.mention.start != s.candidates[0].start for s in scored if s.candidates
    ]
    attributed = [s.draft.paragraph for s in scored if s.candidates]
    continuing = [k > 0 and p == attributed[k - 1] for k, p in enumerate(attributed)]  # the same paragraph goes on
    goes_on = _goes_on([s.draft for s in scored if s.candidates], continuing, lex) if dialogue else None
    mentioned = [(_quote_names(text, s.draft, sentences[s.draft.sentence].end, cast, lex) if dialogue else ())
                 + _reported_names(text, s.draft, cast) for s in scored if s.candidates]
    names = coref.canonical_names(text, speakers, antecedents, lex, cast, titled_names_stay=dialogue,
                                  addressees=spoken_to, previous_turn=turns, borrowed=borrowed, continuing=continuing,
                                  goes_on=goes_on, mentioned=mentioned, self_reported=None if dialogue else [
                                      _self_report(text, s.draft, sentences[s.draft.sentence].start)
                                      for s in scored if s.candidates],
                                  quote_ends=[s.draft.fragments[-1][1] for s in scored if s.candidates],
                                  quote_paragraphs=[s.draft.paragraph for s in scored if s.candidates],
                                  quoted=[(q.open, q.end) for q in quoted],
                                  full_names=None if dialogue else functools.partial(given_name_runs, text, lex),
                                  self_named=[_self_named(text, s.draft, cast, lex) if dialogue else ""
                                              for s in scored if s.candidates],
                                  figureless=not dialogue and is_figureless(text), few_names=few_names)
    moved: dict[int, tuple[int, int]] = {}  # guessed-new-turn: speaker -> the mention it takes instead
    if turns is not None:  # (such a turn takes the mention and name of the turn before the last)
        for i, j in enumerate(coref.guessed_new_turns(names, turns, borrowed)):
            if j >= 0:
                names[i], moved[i] = names[j], (speakers[j][0], speakers[j][1])
    story = fiction and any(len(q.pieces) > 1 for q in quoted)  # (paragraph-quotes: a novel's, not a news
    # article's block quotes)
    return _build(original, dropped, scored, names, moved, lex, paragraphs if story else ())


_LETTERS = regex.compile(r"[^\W\d_]++")  # runs of letters: the words of a sentence, to look up cue words
# Every ASCII character that is no letter, and common typographic punctuation and spaces, mapped to a space: when
# what remains is ASCII, splitting it gives exactly the runs of letters _LETTERS finds, in C.
_NOT_LETTERS = str.maketrans(
    {c: " " for c in [*map(chr, range(128)), *"“”‘’—–…«»„‚‹›\u00a0\u2009\u200a\u200b\u202f"] if not c.isalpha()}
)


def _goes_on(drafts: Sequence[Draft], continuing: Sequence[bool], lex: Lexicon) -> list[bool]:
    """``goes-on`` (for ``coref``): which attributed quotes a verb of going on (``data/word_classes.tsv``
    continuing-verb) attributes right after another direct quote of the same paragraph, itself attributed by a verb
    of speech (``"Ha!" she cried, … and after stopping to look about her, she added, "Once only before."``; not after
    ``He saw that the answer would involve him …``)."""
    return [
        k > 0 and continuing[k] and d.kind == "direct" and d.cue is not None
        and d.cue.lemma.replace(" ", "_") in lex.words["continuing-verb"]
        and drafts[k - 1].kind == "direct" and drafts[k - 1].cue_class in _SPOKEN_CLASSES
        for k, d in enumerate(drafts)
    ]


_SPOKEN_CLASSES = frozenset({"speech", "manner"})  # cue classes of verbs that say words ("said", "cried")


def _narration_speaker(
    text: str, tokens: list[Token], subject: Mention | None, cast: Cast, dialogue: bool, few_names: bool,
    lex: Lexicon,
) -> Mention | None:
    """The narration subject of a sentence that may speak next (``_narrator``); in a dialogue, for a sentence with no
    subject, the one whose beat it is (``beat-owner``); in a dialogue of ``few_names``, a person described
    (``described-narrator``), or the one owning the subject (``described-owner``: ``Her grandmother's needles``);
    in any dialogue, the narrator's relative (``narrator-kin-beat``: ``My father rolled his eyes.``; stop 57,
    hand-written: no change on PDNC or news)."""
    if subject is not None and dialogue and few_names and _described_narrator(tokens, subject, lex):
        return subject  # described-narrator: "Her aunt looked at her. "You know …"" is the aunt's
    if subject is not None and dialogue and tokens[subject.first].text[:1].isupper() and (
        _kin_subject(tokens, subject, lex, _NARRATOR_KIN_LEADS)
    ):  # (opening the sentence)
        return subject  # narrator-kin-beat: "My father rolled his eyes. "Margaret, …"" is the father's
    if subject is not None and dialogue and few_names and (owner := _described_owner(tokens, subject, lex)):
        return owner  # described-owner: "Her grandmother's needles stopped. "What …?"" is the grandmother's
    if subject is not None and subject.last == len(tokens) - 2 == subject.first + 1 and (
        tokens[subject.first].text.endswith(POSSESSIVE_ENDS) and not tokens[-1].text[:1].isalnum()
    ):
        return None  # possessed-fragment: "Dad's handwriting." is a thing seen, nobody who acts (the narrator goes on)
    if subject is not None:
        return subject if _narrator(text, subject, cast, lex) else None
    return _beat_owner(tokens, lex) if dialogue and tokens else None


def _later_clause_narrator(
    text: str, clauses: Sequence[tuple[int, int]], subject: Mention | None, cast: Cast, lex: Lexicon,
    sentence_end: int, paragraph: tuple[int, int], speaking: bool = True,
) -> Mention | None:
    """``later-clause-narrator``: in a dialogue, the name opening the last clause of a narration paragraph's last
    sentence, after its subject, is the narration subject that may speak next (``At half-past ten Tibby … fell
    asleep, and Margaret was able to drive her aunt to the station.`` / ``"You will remember, Aunt Juley, …"`` is
    Margaret's); ``clauses`` are the sentence's clause subjects, ending at ``sentence_end`` in ``paragraph``.
    ``clause-before-quote``: so is it when the quotation comes next in the paragraph and the sentence's subject is no
    speaker (``speaking`` false: ``The doors hissed open and Dr. Lindqvist stepped onto the bridge. "You wanted to
    see me?"``)."""
    if not clauses or (subject is not None and clauses[-1][0] < subject.end):
        return None
    start, end = clauses[-1]
    rest = text[sentence_end : paragraph[1]].lstrip()
    before_quote = not speaking and rest[:1] in MARK_CHARS and not _has_mark(text, paragraph[0], sentence_end) and (
        _LATER_CLAUSE.search(text, end, sentence_end) is None
    )  # (clause-before-quote: the sentence's last clause, not "Mrs. Allen was called on …, and the two others …")
    if not before_quote and (rest or _has_mark(text, *paragraph)):
        return None  # (not the paragraph's last sentence, or a paragraph that may hold an attribution)
    if not text[max(0, start - 8) : start].rstrip().endswith((" and", " but", ";")):
        return None  # (a subordinate clause is the background: "…, while Elizabeth tried to unite civility …")
    m = Mention(0, 1, start, end, 0, "name")  # (read by its offsets only: no token of it is looked at)
    return m if _narrator(text, m, cast, lex) else None


# a later clause after a comma or semicolon. Regex audit: one bounded space run, no repeat over the text.
_LATER_CLAUSE = regex.compile(r";|,\s{1,3}+(?:and|but|while|when)\b")
_NARRATED_CLASSES = frozenset({"evidence", "belief"})  # story-appearance, story-thought: no one's words in a story
_FEW_NAMES = 2  # described-narrator: a scene whose cast has at most this many names


def _acting_i(text: str, end: int, lex: Lexicon) -> bool:
    """``acting-i``: a narration ``I`` before a verb that is no verb of saying, thinking or feeling acts in the story
    (``I put my bag on the table.``) and counts twice towards first-person narration; an author's aside comments
    (``I hope``, ``I confess``: ``reporting_verbs.tsv``) and is counted once. Stop 63, ``manner-acts``: a verb of
    manner acts too (``I laughed despite myself.``, ``I nodded.``)."""
    m = NEXT_WORD.match(text, end, min(len(text), end + _NEXT_WORD_REACH))
    if m is not None and lex.verb_forms.get(m.group(1), ("", ""))[1] == "manner":
        return True  # (manner-acts: "I laughed despite myself." is the narrator's laugh, no author's aside)
    return m is not None and m.group(1).islower() and m.group(1).lower() not in lex.verb_forms and (
        m.group(1).lower() not in lex.function_words and m.group(1) not in lex.words["contraction-suffix"]
    )  # (not a contraction whose apostrophe was lost: "I m not going")


_NEXT_WORD_REACH = 40  # acting-i: characters read after "I" for its verb


def _described_narrator(tokens: list[Token], subject: Mention, lex: Lexicon) -> bool:
    """``described-narrator``: in a dialogue whose cast holds few names (a scene pasted alone; kin names the quotes
    call, ``Mum``, not counted), a subject of ``the``, ``his``, ``her``, ``their`` or (``described-newcomer-article``,
    stop 52: ``An old man came out of the back room.``; no change on PDNC, whose scenes hold more names) ``a``, at
    most one word, and one
    person's noun, gendered role, title or person's source noun in lower case (``Her aunt looked at her.``, ``The
    inspector leaned back.``, ``The waitress set down his coffee.``, ``The rector laid down his pen.``) may speak
    next, as a name does; not a group, an office or a possessor's noun (``The vicar's sister``)."""
    return subject.kind == "description" and _person_phrase(tokens, subject.first, subject.head,
                                                           tokens[subject.head].lower, lex)


_NARRATOR_KIN_LEADS = frozenset({"my", "our"})  # the narrator's relative: "My father rolled his eyes."
_PLURAL_KIN_LEADS = _NARRATOR_KIN_LEADS | {"their"}  # plural-kin, in a scene of few names: "Their son came in"


def _kin_subject(tokens: list[Token], subject: Mention, lex: Lexicon, leads: frozenset[str]) -> bool:
    """A subject of two words, one of ``leads`` and a kin noun (``My father``; ``data/word_classes.tsv`` female-kin,
    male-kin): the narrator's relative is an antecedent and (``narrator-kin-beat``) may speak next."""
    if subject.kind != "description" or subject.last - subject.first != 2 or tokens[subject.first].lower not in leads:
        return False
    word = tokens[subject.first + 1].lower
    return word in lex.words["female-kin"] or word in lex.words["male-kin"]


_PERSON_LEADS = frozenset({"the", "his", "her", "their", "a", "an"})  # described-narrator: the words opening a person


def _person_phrase(tokens: list[Token], first: int, head: int, word: str, lex: Lexicon) -> bool:
    """``tokens[first]`` is one of ``_PERSON_LEADS`` (``the``, ``his``, ``a`` …), at most one word stands before the
    head at ``head``, none a possessor, and the head (``word``, in lower case) is one person's noun, gendered role,
    title or person's source noun (``described-narrator``, ``described-owner``)."""
    one_person = word in lex.words["male-noun"] or word in lex.words["female-noun"] or word in lex.titles or (
        word in lex.words["male-role"] or word in lex.words["female-role"]  # ("The waitress set down his coffee.")
        or lex.source_nouns.get(word) == "person"  # ("The rector laid down his pen.")
        or gesturing(tokens, head, lex))  # (gesture-subject: "The mate shrugged.")
    return tokens[first].lower in _PERSON_LEADS and tokens[head].text.islower() and one_person and (
        head - first <= 2 and not any(t.lower.endswith(POSSESSIVE_ENDS) for t in tokens[first:head]))


def _described_owner(tokens: list[Token], subject: Mention, lex: Lexicon) -> Mention | None:
    """``described-owner``: in a dialogue of few names, a subject owned by a person ``described-narrator`` would read
    (``Her grandmother's needles stopped.``, ``The old man's hands shook.``) makes that person the narration
    subject; else None."""
    if subject.kind != "description":
        return None
    k = next((j for j in range(subject.first + 1, subject.head) if tokens[j].lower.endswith(("'s", "’s"))), -1)
    if k < 0 or not _person_phrase(tokens, subject.first, k, tokens[k].lower[:-2], lex):
        return None
    return Mention(subject.first, k + 1, tokens[subject.first].start, tokens[k].end - 2, k, "description")


def _beat_owner(tokens: list[Token], lex: Lexicon) -> Mention | None:
    """``beat-owner``: in a dialogue, a sentence opening with ``His`` or ``Her`` and a part of the body or the voice
    (``Her face was pale.``, ``His voice was sharp.``; ``data/word_classes.tsv`` body-part, speaking-part) is a beat
    of the one the possessive names: the possessive stands as its narration subject (coref reads it as he or she)."""
    if len(tokens) < 3 or tokens[0].lower not in ("his", "her") or not tokens[0].text[:1].isupper():
        return None
    noun = tokens[1].lower
    if not (noun in lex.words["body-part"] or noun in lex.words["speaking-part"]):
        return None
    return Mention(0, 1, tokens[0].start, tokens[0].end, 0, "pronoun")


def _subject(tokens: list[Token], lex: Lexicon) -> Mention | None:
    """The sentence subject for coreference and the narration subjects of dialogue: none for the first of two
    joined by ``and`` (``coordinated-subject``: ``Mrs. Bankes and Rodney followed her.``)."""
    subject = sentence_subject(tokens, lex, len(tokens))
    return None if subject is None or coordinated(tokens, subject, lex) else subject


def _pair_of_genders(
    text: str, tokens: list[Token], subject: Mention, cast: Cast, lex: Lexicon
) -> list[tuple[int, int]]:
    """``pair-of-genders``: the two names of a coordinated subject when the cast gives them different genders
    (``Katharine and Ralph were agreed …, and in a moment she joined him``): each is an antecedent of its pronoun,
    though the pair is no subject (``coordinated-subject``)."""
    if subject.kind != "name":
        return []
    other = sentence_subject(tokens, lex, len(tokens), subject.last + 1)
    if other is None or other.kind != "name":
        return []
    a, b = text[subject.start : subject.end], text[other.start : other.end]
    ga, gb = cast.gender(a.split()[-1]), cast.gender(b.split()[-1])
    if ga in ("m", "f") and gb in ("m", "f") and ga != gb:
        return [(subject.start, subject.end), (other.start, other.end)]
    return []


def _possessed_other(tokens: list[Token], m: Mention, lex: Lexicon) -> bool:
    """``possessed-other``: in a novel, a speaker written as a possessive and a noun that is no source noun (``"In
    such a case," his companion answered``, ``his son said``) is left to the turn order: whose companion, and so
    who speaks, coreference cannot tell; a source noun stays (``said her mother``: ``coref.family-name``)."""
    head = tokens[m.head].text
    return m.kind == "description" and tokens[m.first].lower in lex.words["possessive-pronoun"] and (
        head.islower() and not head.endswith("s") and head not in lex.source_nouns)


def _companion(tokens: list[Token], m: Mention, lex: Lexicon) -> bool:
    """``possessed-companion``: after the verb too (``"…," said his companion``, ``said my companion``), a possessed
    speaker is left to the turn order when its noun names neither kin nor a gender (``companion``, ``friend``,
    ``mentor``; ``data/word_classes.tsv``): ``said his wife`` stays for ``coref.family-name`` (stop 60: PDNC dev
    +6/−1, passages of 3,000, 1,000 and 800 characters +6, +7, +7, none lost; with kin and gendered nouns left to
    the turn order too, PDNC lost 22)."""
    head = tokens[m.head].lower
    return not any(head in lex.words[c] for c in _GENDERED_CLASSES)


_GENDERED_CLASSES = ("family-kin", "male-kin", "female-kin", "male-noun", "female-noun", "male-role", "female-role")


def _the_other(tokens: list[Token], m: Mention, lex: Lexicon) -> bool:
    """``the-other``: ``"…," said the other`` is left to the turn order as ``possessed-other`` is: the other one of
    the conversation, whom the turn order names (``mentions.the-other``; stop 58: PDNC dev +1, passages of 3,000,
    1,000 and 800 characters +2, +1, +1, none lost; kept as a mention, "other" was named in 30 turns the turn order
    had right)."""
    return m.last == m.first + 2 and tokens[m.first].lower == "the" and tokens[m.first + 1].lower in lex.words[
        "other-person"]


def _part_owner(tokens: list[Token], subject: Mention | None, lex: Lexicon) -> tuple[int, int] | None:
    """``part-owner``: in a dialogue, a sentence whose subject names no one (``a red patch``, ``A sudden flush``) and
    whose one name is written as the possessor of a part of the face or the voice, perhaps after one modifier (``on
    Gregory's forehead``, ``under M. Riviere's sallow skin``; ``data/word_classes.tsv`` expression-part), is about
    that person: the name is the latest antecedent of a later ``he`` or ``she`` (``part-of-name``, stop 65: also
    after the part and ``of``, ``the countenance of Dr. Bull fell``); not after a pronoun of a person
    (``when she saw Diana's dejected countenance`` is hers), nor beside another name (``would have softened good
    Mrs. Lynde's heart, had no effect on Mrs. Barry``)."""
    if subject is not None and (subject.kind != "description" or tokens[subject.head].text[:1].isupper()):
        return None  # (a person or a name is the subject: the usual antecedent)
    found: tuple[int, int] | None = None
    for k, tok in enumerate(tokens):
        if found is None and _of_a_person(tok.lower, lex):
            return None  # (a person's pronoun before it: "when she saw Diana's … countenance")
        if tok.lower == "of" and k >= 1 and tokens[k - 1].lower in lex.words["expression-part"] and (
            k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
        ):  # part-of-name: "the countenance of Dr. Bull fell" is about Dr. Bull
            if found is not None:
                return None
            end = k + 1
            while end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper():
                end += 1  # (the whole name: "Dr. Bull")
            found = (tokens[k + 1].start, tokens[end].end)
            continue
        name_end = k if lost_possessive(tokens, k) else k + 1 if tok.lower.endswith(POSSESSIVE_ENDS) else -1
        if name_end < 1 or not tokens[name_end - 1].text[:1].isupper() or k + 1 >= len(tokens):
            continue
        part = k + 1 if k + 2 < len(tokens) and tokens[k + 1].text.islower() and (
            tokens[k + 1].lower not in lex.function_words and tokens[k + 1].lower not in lex.words["expression-part"]
        ) else k  # (one modifier: "sallow skin")
        if part + 1 >= len(tokens) or tokens[part + 1].lower not in lex.words["expression-part"] or found is not None:
            return None  # (one such name only)
        first = name_end - 1
        while first > 0 and tokens[first - 1].text[:1].isupper() and tokens[first - 1].lower not in lex.function_words:
            first -= 1  # ("M. Riviere", "Lord Henry")
        if first == 0 and subject is None:
            return None  # (a possessor opening the sentence is its subject's owner, read by beat-owner)
        found = (tokens[first].start, tokens[name_end - 1].end)  # (coref's name-core drops a possessive's mark)
    return found


def _object_focus(tokens: list[Token], subject: Mention | None, cast: Cast, lex: Lexicon) -> tuple[int, int] | None:
    """``object-focus``: in a dialogue, a sentence whose subject is ``it`` or a thing and whose verb's object is the
    one name of the cast in it (``It disturbed William excessively.``, ``It delighted Mr. Thomas.``) is about that
    person: the name is the latest antecedent of a later ``he`` or ``she`` (stop 56: PDNC dev +4, passages of 1,000
    characters +2, of 800 +1, none lost; news unchanged). Not when a person acts (``Piet disturbed William.``), nor
    beside another name."""
    if subject is None:
        return None
    head = tokens[subject.head]
    if not (head.lower == "it" if subject.kind == "pronoun" else (
        subject.kind == "description" and head.text.islower() and not lex.is_person_word(head.lower)
    )):
        return None  # (the subject is "it" or a thing)
    k = subject.last
    if k + 1 >= len(tokens) or not tokens[k].text.isalpha() or not tokens[k].text.islower() or (
        tokens[k].lower in lex.function_words
    ):
        return None  # (a verb right after the subject)
    first = k + 1
    while first + 1 < len(tokens) and tokens[first].lower in lex.titles and tokens[first].text[:1].isupper():
        first += 1  # (the name after its titles: "Mrs. Hale")
    end = first
    while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        end += 1
    if end == first or not cast.is_name(tokens[end - 1].text) or (end < len(tokens) and tokens[end].lower == "and"):
        return None
    if any(cast.is_name(t.text) for t in tokens[end:] if t.text[:1].isupper()):
        return None  # (one name only)
    return (tokens[k + 1].start, tokens[end - 1].end)  # (its titles included)


_OBJECT_REACH = 8  # tokens after a narration subject read for the name of the other gender it acts on


def _other_gender_object(tokens: list[Token], subject: Mention, cast: Cast, lex: Lexicon) -> tuple[int, int] | None:
    """``other-gender-object``: in a dialogue, the one name of the cast a narration sentence writes after its subject
    (within a few words) whose gender is known and is not the subject's (``Tom was negotiating with Helen.``,
    ``He turned to Margaret.``) is the latest antecedent of a later pronoun of that gender: ``"…," she replied`` is
    Helen's; a name of the subject's own gender stays behind it, since the subject speaks next more often."""
    low = tokens[subject.head].lower
    title = lex.titles.get(tokens[subject.first].lower.rstrip("."), "-")
    if subject.kind == "pronoun":
        own = "m" if low == "he" else "f" if low == "she" else "-"
    elif title in ("m", "f"):
        own = title  # (a title's gender first: "Miss Barry" is a woman whatever "Barry" is)
    else:
        own = cast.gender(" ".join(t.text for t in tokens[subject.first : subject.last]))
    if own == "-":
        return None
    found: tuple[int, int] | None = None
    stop = min(len(tokens), subject.last + _OBJECT_REACH)
    k = subject.last
    while k < stop:
        tok = tokens[k]
        if tok.text in ",;:" or tok.text[:1] in MARK_CHARS:
            break
        if tok.text[:1].isupper() and tok.text.isalpha() and cast.is_name(tok.text):
            g = cast.gender(tok.text)
            if g in ("-", own) or found is not None:
                return None
            first = k
            while first > subject.last and tokens[first - 1].lower in lex.titles:
                first -= 1  # (its titles: "Mrs. Hale")
            before = tokens[first - 1].lower
            if before in lex.words["subordinator"] or before in lex.words["question-word"] or before == "that":
                return None  # (a clause's subject, no object: "to ask whether Willoughby were in town")
            while k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() and tokens[k + 1].text.isalpha():
                k += 1  # (the whole name: "Mrs. Lucy Smith")
            found = (tokens[first].start, tokens[k].end)
        k += 1
    return found


def _of_a_person(low: str, lex: Lexicon) -> bool:
    """A pronoun of one person (``data/pronouns.tsv``: ``he``, ``her``, ``his``, ``I``, ``my``; not ``it``,
    ``they``, ``you``), for ``part-owner``."""
    gender, number, person = lex.pronouns.get(low, ("n", "", ""))
    return number == "sg" and (gender in ("m", "f") or person == "1")


def _named_span(m: Mention) -> tuple[int, int]:
    """The span a subject names: its own, or the name in apposition it carries (``described-then-named``)."""
    return (m.ref_start, m.ref_end) if m.ref_start >= 0 else (m.start, m.end)


def _antecedent(subject: Mention, tokens: list[Token], dialogue: bool, lex: Lexicon, few_names: bool = False) -> bool:
    """A sentence subject later pronouns may refer to: a name, and in a novel a role written as a name
    (``role-name``: ``The Professor looked up``; coref keeps it when the cast gives the role a gender); in a scene of
    few names, a relative of people too (``plural-kin``: ``Their son came in``; in a novel ``their father`` is a
    named character, ``Mr. Bennet``), and (``described-subject``, stop 63) a person ``described-narrator`` reads
    after ``the``, no kin (``The captain studied the chart.``)."""
    if subject.kind == "name":
        return True
    if dialogue and subject.kind == "description" and subject.last - subject.first == 2 and (
        tokens[subject.first].lower in ("his", "her") and tokens[subject.first + 1].lower in lex.words["family-kin"]
    ):
        return True  # kin-antecedent: "Her father was walking about the room." (coref names the relative)
    if dialogue and few_names and tokens[subject.first].lower == "the" and (
        _described_narrator(tokens, subject, lex)
        and tokens[subject.head].lower not in lex.words["family-kin"]  # (no kin: "The mother" is the mother of someone)
    ):
        return True  # described-subject: in a scene of few names, "The captain studied the chart. Then he looked
        # up" makes the captain the "he"
    if dialogue and _kin_subject(tokens, subject, lex, _PLURAL_KIN_LEADS if few_names else _NARRATOR_KIN_LEADS):
        return True  # (the narrator's: "My aunt was smaller than I remembered."; plural-kin: "Their son came in")
    head = tokens[subject.head].lower
    role = head in lex.words["female-role"] or head in lex.words["male-role"]
    if dialogue and subject.kind == "description" and subject.head == subject.first + 1 and role and (
        tokens[subject.first].lower in ("a", "an")
    ):
        return True  # new-person: "A waitress with a pencil behind her ear looks up." (coref: the latest woman)
    return dialogue and subject.kind == "description" and tokens[subject.head].text[:1].isupper()


def _has_cue_word(text: str, start: int, end: int, lex: Lexicon, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether ``text[start:end]`` holds a word that may start a verb cue (in any case: ``Obama Says …``), or a poll
    noun (``cues.in-poll``: ``In a CBS News poll, Cruz led.``), other than the words ``ignore`` holds."""
    words = text[start:end].lower().translate(_NOT_LETTERS)
    found = words.split() if words.isascii() else _LETTERS.findall(words)
    if ignore:
        found = [w for w in found if w not in ignore]
    return not (lex.verb_cue_words.isdisjoint(found) and lex.words["poll-noun"].isdisjoint(found))


def _has_cue(text: str, start: int, end: int, lex: Lexicon, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether the narration ``text[start:end]`` holds a cue (``cues.find_cues``), read only where it holds a cue
    word (``_has_cue_word``): ``Joe pushed back his chair.`` holds the word ``pushed`` but no cue
    (``objectless-phrasal``), so its quotation is an unattributed turn (``dialogue-excerpt``)."""
    if not _has_cue_word(text, start, end, lex, ignore):
        return False
    tokens = tokenize(text, start, end, lex)
    return any(tokens[c.first].lower not in ignore for c in find_cues(tokens, [False] * len(tokens), lex))


_SUBJECT_WINDOW = 160  # characters read of a sentence that cannot hold an attribution


def _has_mark(text: str, start: int, end: int) -> bool:
    """A colon or dash that may carry an attribution (``Cruz: …``, ``… ― Ana Ruiz``)."""
    return text.find(":", start, end) >= 0 or text.find("―", start, end) >= 0 or text.find("—", start, end) >= 0


def _narrator(text: str, subject: Mention, cast: Cast, lex: Lexicon) -> bool:
    """A narration subject that may speak next: a subject pronoun of one person who is not the addressee (not
    ``It``, ``Her``, ``You``, nor ``They``: one of them speaks, and who is not said), a name that holds a name
    of the cast or a role the novel writes as a name (``role-narrator``: ``The Colonel gave a short bark of
    laughter.``; not a chapter number ``XXVII`` or a sentence opener), or (``kin-narrator``) a possessive and a kin
    word (``Her father answered for her.``), or (``voice-narrator``) a voice heard (``"Is this Lena Park?" The voice
    was male, clipped.``; stop 62, hand-written: no change in PDNC or news)."""
    if subject.kind == "pronoun":
        word = text[subject.start : subject.end].lower()
        gender, number, person = lex.pronouns.get(word, ("n", "", ""))
        return word in lex.words["subject-pronoun"] and gender != "n" and person != "2" and number == "sg"
    start, end = _named_span(subject)  # (described-then-named: "The proprietor, Mr. Turner," is Mr. Turner)
    written = text[start:end]
    if cast.is_place(written):
        return False  # place-name: "Skuytercliff was closed for the winter"
    if len(written) > 1 and written.isupper():
        return False  # heading-case: a chapter heading in capitals ("EXHIBITING THE …") narrates nobody
    words = written.lower().split()
    if subject.kind == "description" and subject.last - subject.first == 2 and words[0] in ("his", "her") and (
        words[-1] in lex.words["family-kin"]
    ):
        return True  # kin-narrator: "Her father answered for her. "He says we must wait."" is her father's
    if subject.kind == "description" and len(words) == 2 and words[0] == "the" and (
        words[1].removesuffix("'s").removesuffix("’s") in cast.roles
    ):
        return True  # role-narrator in lower case or as a possessor: "The inspector's voice was not unkind."
    if subject.kind == "description" and words[0] in ("the", "a") and words[-1] in lex.words["speaking-part"]:
        return True  # voice-narrator: '"Is this Lena Park?" The voice was male, clipped.' is the voice's line
    return subject.kind == "name" and any(
        cast.is_name(w.strip(".,")) or w.strip(".,").lower() in cast.roles for w in written.split()
    )  # (role-narrator: a role the novel writes as a name, "The Colonel gave a short bark of laughter.")


def _gestures(lex: Lexicon) -> frozenset[str]:
    """The beat verbs that speak no words (``data/word_classes.tsv`` beat-verb but no speech verb: ``shrugged``,
    ``nodded``), for ``beat-gesture``."""
    return frozenset(w for w in lex.words["beat-verb"] if lex.verb_forms.get(w, ("", ""))[1] != "speech")


def _holding(paragraphs: list[tuple[int, int]], quoted: list[QuotedSpan]) -> int:
    """How many paragraphs hold a quotation (at most as many turns as the ``dialogue-excerpt`` may count)."""
    opens = [q.open for q in quoted]
    return sum(1 for start, end in paragraphs if (k := bisect_left(opens, start)) < len(opens) and opens[k] < end)


def _unattributed_turns(
    text: str, paragraphs: list[tuple[int, int]], quoted: list[QuotedSpan], opening: set[int], quote_paragraphs: int,
    lex: Lexicon,
) -> bool:
    """``dialogue-excerpt``: whether the unattributed turns make a dialogue (``attribution.is_dialogue``), counted
    until they do: paragraphs that open with a quotation and whose narration holds no cue (``"Not yet."``; a cue word
    that makes no cue does not count, ``Joe pushed back his chair.``: stop 45, passages of 800, 1,000 and 1,500
    characters +34, +47, +37 speakers right, 3,000 +4; news unchanged but for one interview's names),
    ``"She called." He looked away.``), or (``action-beat``) whose quotation follows a sentence of narration with
    none (``She frowns. "Out where?"``; these count as quote-led paragraphs too: ``attribution.beat-turns``)."""
    opens = [q.open for q in quoted]
    found = beats = 0
    gestures = _gestures(lex)
    for start, end in paragraphs:
        k = bisect_left(opens, start)
        if k >= len(quoted) or quoted[k].open >= end or (
            start not in opening and text[start : quoted[k].open].rstrip()[-1:] not in ".!?"
        ):
            continue  # no quotation, or none after a whole sentence of narration
        pos, bare = start, True
        # beat-gesture: the gesture of a beat before the quotation is no attribution ("Jem shrugged. "Dunno."")
        ignore = gestures if start not in opening else frozenset()
        while bare and k < len(quoted) and quoted[k].open < end:
            bare = not _has_cue(text, pos, quoted[k].open, lex, ignore if pos == start else frozenset())
            pos = quoted[k].end
            k += 1
        if bare and pos < end and _has_cue(text, pos, end, lex):
            bare = False
        if bare:
            found += 1
            beats += start not in opening
            if attribution.is_dialogue(quote_paragraphs, len(paragraphs), found, beats):
                return True
    return False


def _first_turn_names(
    text: str, drafts: list[Draft], sentences: list[Sentence], quoted: list[QuotedSpan], cast: Cast, lex: Lexicon
) -> list[tuple[int, int, int]]:
    """``scene-names``: ``(paragraph, start, end)`` of the cast's names in the narration of each paragraph that opens
    a run of direct-quote paragraphs (a conversation's first turn), read sentence by sentence, for
    ``scene-participant``; ``described-in-scene``: and its descriptions of persons (``The inspector turned to the
    butler.``), in text order."""
    turns = {d.paragraph for d in drafts if d.kind == "direct"}
    firsts = {p for p in turns if p - 1 not in turns}
    opens = [q.open for q in quoted]
    out: list[tuple[int, int, int]] = []
    for sent in sentences:
        if sent.paragraph not in firsts:
            continue
        first = bisect_left(opens, sent.start)
        if first > 0 and quoted[first - 1].end > sent.start:
            first -= 1  # a quotation begun before the sentence
        spans = [(q.open, q.end) for q in quoted[first : bisect_left(opens, sent.end)]]
        found = [(s, e) for s, e in narration_names(text, sent.start, sent.end, spans)
                 if cast.is_name(text[s:e].rsplit(maxsplit=1)[-1])]
        found.extend(narration_descriptions(text, sent.start, sent.end, spans, lex))
        out.extend((sent.paragraph, s, e) for s, e in sorted(found))
    return out


# A name in a quotation: a title perhaps, then capitalised words. Regex audit: possessive runs, bounded counts.
_QUOTED_NAME = regex.compile(
    r"(?<![\w.])(?:[[:upper:]][[:lower:]]{1,4}+\. )?[[:upper:]][[:lower:]]++(?: [[:upper:]][[:lower:]]++){0,2}+"
)


_SELF_NAMING = 5  # characters read before a name in a quotation for "I am "
# nested-words: a quotation inside a quotation, in single marks, opening with a capital (at most 300 characters;
# regex audit: one bounded run of non-marks from each opening mark before a capital: linear)
_NESTED_QUOTE = regex.compile(r"(?<![[:alnum:]])['‘](?=[[:upper:]])[^'’\"“”]{1,300}+['’](?![[:alnum:]])")


def _quote_names(text: str, d: Draft, end: int, cast: Cast, lex: Lexicon) -> tuple[str, ...]:
    """``named-in-own-quote``: the cast's names a direct quotation speaks of (``"Mr. Sherlock Holmes is out, I
    understand," said he``): a pronoun speaker is not one of them; nor (``named-in-attribution``) a name the
    attribution goes on to, up to the sentence's ``end`` or the quotation going on (``"…," he continued, edging
    still closer to Denham``), unless it is a possessor (``she said, Anne's eyes filling``). ``opener-before-name``:
    capitalised words before a name that are no name, title or given name are left out (``When Frank and Claire
    marry`` speaks of ``Frank``, not of ``When Frank``; stop 51: PDNC dev 4 speakers more right, none fewer).
    ``nested-words``: a name inside a quotation the quote quotes in single marks is another's words (``"Mrs. Long
    told me: 'Ah! Mrs. Bennet, we shall have her at Netherfield.'"`` is Mrs. Bennet's own; stop 62: PDNC dev +1,
    passages +1, nothing lost)."""
    if d.kind != "direct":
        return ()
    out = []
    for a, b in d.fragments:
        nested = [(m.start(), m.end()) for m in _NESTED_QUOTE.finditer(text, a, b)]  # (in order, not overlapping)
        for m in _QUOTED_NAME.finditer(text, a, b):
            at = bisect_right(nested, (m.start(), len(text))) - 1  # (by bisection: a quote of many names is linear)
            if at >= 0 and m.start() < nested[at][1]:
                continue  # nested-words: "'Ah! Mrs. Bennet, we shall have her …'" quotes another; the name is no talk
                # of the speaker's own (the speaker is Mrs. Bennet)
            written = m.group()
            words = written.split()
            while len(words) > 1 and not (cast.is_name(words[0]) or words[0].rstrip(".").lower() in lex.titles
                                          or words[0].lower() in lex.given_names):
                words = words[1:]  # opener-before-name: "When Frank and Claire marry" speaks of Frank
            written = " ".join(words)
            last = written.rsplit(maxsplit=1)[-1]
            if not cast.is_name(last) or (" " not in written and written.lower() not in lex.given_names):
                continue  # (a surname alone may be the speaker's family: Mr. Bennet speaks of "Bennet")
            if text[max(a, m.start() - _SELF_NAMING) : m.start()].lower().endswith(("i am ", "i'm ", "i’m ")):
                continue  # self-naming: "I am Miss Morstan," said she
            out.append(written)
    pronoun = text[d.mention.start : d.mention.end].lower() if d.mention is not None else ""
    speaker_gender = lex.pronouns.get(pronoun, ("-", "", ""))[0] if pronoun in lex.words["subject-pronoun"] else "-"
    if d.cue is not None and d.mention is not None and speaker_gender in ("m", "f"):  # ("he", "she")
        tail = max(d.cue.end, d.mention.end)
        stop = min(end, tail + _ATTRIBUTION_TAIL)
        mark = _OPENING_MARK.search(text, tail, stop)  # (up to the next quotation: its names are its speaker's)
        for m in _QUOTED_NAME.finditer(text, tail, mark.start() if mark is not None else stop):
            written = m.group()
            before = text[max(tail, m.start() - _TITLE_BEFORE) : m.start()].split()  # (a title over a line break)
            first = before[-1] if before else written.split(maxsplit=1)[0]
            title = lex.titles.get(first.rstrip(".").lower(), "-")
            gender = title if title in ("m", "f") else cast.gender(written)
            if cast.is_name(written.rsplit(maxsplit=1)[-1]) and not text.startswith(("'s", "’s"), m.end()) and (
                gender in ("-", speaker_gender)  # (not "Lady Bertram" for a "he": Tom Bertram may speak)
            ):
                out.append(written)
    return tuple(out)


# self-named: "I am Miss Morstan", "I'm Tom Hale", "My name is Ann", "I am the Marchioness Manson" (stop 60: PDNC dev
# +2, none lost) near a quotation's start (bounded: linear)
_SELF_NAMED = regex.compile(
    r"(?:\bI\s++am|\bI['’]m|\b[Mm]y\s++name\s++is)\s++(?:the\s++)?+([[:upper:]][\w.'’-]{0,30}+(?:\s++[[:upper:]][\w.'’-]{0,30}+){0,2}+)"
)
_SELF_NAMED_REACH = 40  # self-named: characters from a quotation's start where the introduction may begin
_SELF_NAMED_NAME = 60  # self-named: characters of the name at most


def _self_named(text: str, d: Draft, cast: Cast, lex: Lexicon) -> str:
    """``self-named``: the name a direct quotation gives its speaker near the start of one of its fragments (``"I am
    Miss Morstan, and these two gentlemen are my friends," said she`` is Miss Morstan's; ``"Good morning," she said.
    "How do you do? I am Rosa."``), a name of the cast, else ``""``."""
    if d.kind != "direct":
        return ""
    for a, b in d.fragments:
        name = _introduced(text, a, b, cast, lex)
        if name:
            return name
    return ""


def _introduced(text: str, a: int, b: int, cast: Cast, lex: Lexicon) -> str:
    """The name a fragment ``text[a:b]`` gives its speaker near its start (``self-named``), else ``""``."""
    for m in _SELF_NAMED.finditer(text, a, min(b, a + _SELF_NAMED_REACH + _SELF_NAMED_NAME)):
        if m.start() - a > _SELF_NAMED_REACH:
            break
        words = []
        for word in m.group(1).split():  # sentence-after-name: "My name is Eleanor Pryce. My brother …" names her
            bare = word.rstrip(".")
            if word == bare or bare.lower() in lex.titles or len(bare) == 1:
                words.append(word)  # (a title's or an initial's period stays: "I am Mr. Vance", "I am J. Smith")
                continue
            words.append(bare)
            break
        written = " ".join(words).rstrip(".")
        if cast.is_name(words[-1]) and not any(w.lower() in lex.function_words for w in words):
            return written  # (not "I'm English too." before "My name is Last.")
    return ""


def _thing_relative(text: str, d: Draft, lex: Lexicon) -> bool:
    """``thing-no-speaker``: in a novel, a report whose speaker is a relative pronoun naming a thing (``an hysterical
    laugh, which threatened violent consequences``: no person, group or source noun, capitalised word or plural)
    is no quote: its "speaker" would join the conversation's turns; ``plural-thing``: nor a plural before ``which``,
    which names no people (``glances or smiles which indicated …``; stop 59: PDNC dev +2 and 16 false quotes fewer,
    none lost), and a singular in ``-ss`` is no plural (``a kindness which always recommended her …``: 4 fewer).
    News keeps them (``the bill, which would …``)."""
    m = d.mention
    if m is None or m.kind != "relative" or d.kind == "direct" or m.ref_start < 0:
        return False
    words = text[m.ref_start : m.ref_end].rsplit(maxsplit=1)
    if not words:
        return False
    head = words[-1]
    plural = head.endswith("s") and not head.endswith("ss")  # ("a kindness which always recommended her …" is one)
    if plural and text[m.start : m.end].lower() == "which":  # (plural-thing: "glances or smiles which indicated a
        head, plural = head[:-1], False  # certain advanced stage of intimacy"; "which" names no people)
    return head.islower() and not plural and not person_word(head, lex)


def _self_report(text: str, d: Draft, sentence_start: int) -> str:
    """``self-report``: the gender of a ``he`` or ``she`` opening a report after its cue, when the speaker opens the
    sentence: the pronoun is then the speaker itself (``A neighbour said she had heard shouting`` makes the
    neighbour a ``she``; not ``Fiorina was a planner - a former speechwriter said she demanded …``), else ``-``."""
    if d.kind == "direct" or d.cue is None or d.mention is None or d.fragments[0][0] < d.cue.end:
        return "-"
    if text[sentence_start : d.mention.start].strip():
        return "-"
    first = _LETTERS.match(text, d.fragments[0][0], d.fragments[0][1])
    if first is not None and first.group().lower() == "that":  # (the complementizer opening the content)
        first = _LETTERS.search(text, first.end(), d.fragments[0][1])
    if first is None:
        return "-"
    if first.group().lower() == "it":  # (an organisation reporting on itself: "Boeing said it would cut 10 percent")
        verb = _LETTERS.search(text, first.end(), d.fragments[0][1])
        after = _LETTERS.search(text, verb.end(), d.fragments[0][1]) if verb is not None else None
        own = verb is not None and verb.group().lower() in _ITS_OWN and (after is None or after.group() != "be")
        return "n" if own else "-"
    return {"he": "m", "she": "f"}.get(first.group().lower(), "-")


# self-report: what an organisation says it will do ("it would cut", "it has hired", "it plans"); not "it would be"
_ITS_OWN = frozenset({"would", "will", "has", "had", "plans", "planned", "expects", "expected", "intends", "intended",
                      "could", "can", "may", "might"})


def _reported_names(text: str, d: Draft, cast: Cast) -> tuple[str, ...]:
    """``named-in-report``: the cast's names in the reported clause after a pronoun's cue (``he said Trump was
    "talking down our democracy"``): the pronoun is none of them (a name its subject commands is someone else)."""
    if d.kind == "direct" or d.cue is None or d.mention is None or d.mention.kind != "pronoun":
        return ()
    if d.fragments[0][0] < d.cue.end:
        return ()  # (a report before its cue: "Trump is wrong, he said" may be Trump's own)
    return tuple(m.group() for a, b in d.fragments for m in _QUOTED_NAME.finditer(text, a, b)
                 if cast.is_name(m.group().rsplit(maxsplit=1)[-1]))


_TITLE_BEFORE = 12  # characters read before a name for its title
_ATTRIBUTION_TAIL = 160  # characters after a pronoun's attribution read for the names it goes on to
_OPENING_MARK = regex.compile(r"[\"“‘«]")  # a mark that may open the next quotation (one character: linear)


_ECHO_VERBS = frozenset({"repeat", "echo"})  # echoed-name: a name said back is no call


def _remark(
    remarked: dict[int, Mention], text: str, sent: Sentence, paragraphs: Sequence[tuple[int, int]],
    tokens: Sequence[Token], dialogue: bool, lex: Lexicon,
) -> None:
    """``remark-after``: record the subject of a dialogue paragraph's opening ``With these words, he …``."""
    if dialogue and text.startswith(("With", "It was"), sent.start) and sent.start == paragraphs[sent.paragraph][0]:
        m = remark_subject(tokens, lex)
        if m is not None:
            remarked[sent.paragraph] = m


def _all_addressees(
    text: str, drafts: Sequence[Draft], cast: Cast, lex: Lexicon, paragraphs: Sequence[tuple[int, int]]
) -> list[tuple[tuple[int, int] | None, tuple[int, int] | None]]:
    """``_addressees`` of each draft, given the direct quote before it (``echoed-name``)."""
    pairs = []
    before: Draft | None = None
    for d in drafts:
        pairs.append(_addressees(text, d, cast, lex, paragraphs[d.paragraph][0], before))
        if d.kind == "direct" and d.fragments:
            before = d
    return pairs


def _echoes(text: str, span: tuple[int, int], fragment: tuple[int, int], before: Draft | None) -> bool:
    """``echoed-name``: whether a quote's first ``fragment``, only the name at ``span`` exclaimed or asked, says
    back the name the quote ``before`` it wrote (``"… we shall go to Blaize Castle." / "Blaize Castle!" cried
    Catherine.``): no call."""
    said = text[fragment[0] : fragment[1]].rstrip()
    if before is None or not said.endswith(("!", "?")) or said.rstrip("!?").rstrip() != text[span[0] : span[1]]:
        return False  # (the name alone, exclaimed or asked: "Berry," goes on to speak to Berry)
    name = text[span[0] : span[1]]
    return any(name in text[a:b] for a, b in before.fragments)


def _addressees(
    text: str, d: Draft, cast: Cast, lex: Lexicon, paragraph_start: int, before: Draft | None = None,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The name a direct quote addresses, twice: for coreference, the ``vocative`` at its first fragment's start
    or last one's end, else (``last-fragment-address``) a name set off in the opening of the part after the
    attribution (``"And the boy, too," said the Jew. "Left in a ditch, Nance; only think!"``), else
    (``closing-address``) a name set off in its last sentences (``"…. You know it, Harry, as well as I do."``), else
    (``spoken-to``) the name after ``to`` that closes its attribution (``said Mr. Hale to Margaret``, also past a short
    phrase set off by commas, ``said he, in a low voice, to Margaret``; ``asked-of``: after a question's verb the name
    after ``of``, ``asked Mr. Brownlow, in a low voice, of Monks``, stop 59; ``asked-object``:
    or right after an addressee verb, ``asked``, ``told``, when the subject came first: ``Anne asked Marilla.``,
    ``data/word_classes.tsv`` addressee-verb), else (``opening-mid-address``) a name set off by commas in its opening
    (``"I remember hearing you once say, Mr. Darcy, that you hardly ever forgave, …"`` / ``"I am," said he`` is
    Darcy's answer; stop 61: PDNC dev +8/-3, passages of 3,000, 1,000 and 800 characters +3, +1, +3, none lost),
    else (``narrated-address``) the name the narration before it turns to
    (``She turned to Miss Abbott. "Do you suppose …?"``; stop 50); for the turn
    order, also before those a name set off by commas in its opening (``mid-address``: ``"You are joking, Lizzy.
    This …"``). ``echoed-name``: a quote attributed by ``repeated`` or ``echoed`` calls nobody (``"Mr. Darcy!"
    repeated Elizabeth`` says the name back); nor does a first fragment that is only a name, exclaimed or asked,
    which the quote before it wrote (``"… to Blaize Castle." / "Blaize Castle!" cried Catherine.``; stop 56: PDNC
    dev +4, passages of 3,000, 1,000 and 800 characters +4, +4, +5, none lost; ``"Berry," the officer pursued``
    still calls Berry). ``asked-indirect``: a narrated question or telling calls the person right
    after its verb too (``he asked Elizabeth in a low voice whether …`` / ``"…," she replied`` is Elizabeth's)."""
    if d.kind == "indirect" and d.cue is not None and d.cue.lemma in lex.words["addressee-verb"]:
        asked = _spoken_to(text, d, cast, lex)  # asked-indirect
        return asked, asked
    if d.kind != "direct" or not d.fragments or (d.cue is not None and d.cue.lemma in _ECHO_VERBS):
        return None, None  # echoed-name: '"Mr. Darcy!" repeated Elizabeth' calls nobody
    first, last = d.fragments[0], d.fragments[-1]
    if _split_subject(text, d, lex):
        first = last = d.fragments[-1]
    found = vocative(text, first[0], first[1], cast)
    echo = found is not None and _echoes(text, found, first, before)
    if echo:
        if first == last:
            return None, None
        found = None
    found = found or vocative(text, last[0], last[1], cast)
    if found is not None:
        return found, found
    # last-fragment-address, then closing-address (measured on PDNC dev: 33 right, 6 wrong; 35 right, 14 wrong)
    called = vocative(text, last[0], last[1], cast, within=len(d.fragments) > 1, tail=True) or _spoken_to(
        text, d, cast, lex)
    opening = None if echo else vocative(text, first[0], first[1], cast, within=True)
    if called is None:  # opening-mid-address: "I remember hearing you once say, Mr. Darcy, that …"
        called = opening
    if called is None:  # narrated-address (PDNC dev +4 speakers; passages unchanged)
        called = _narrated_address(text, max(paragraph_start, first[0] - _TURN_REACH), first[0], cast)
    return called, opening or called


_TURN_REACH = 240  # characters of a quote's paragraph read back for the narration that turns to its addressee


def _narrated_address(text: str, lo: int, start: int, cast: Cast) -> tuple[int, int] | None:
    """``narrated-address``: the name the narration in ``text[lo:start]``, just before a quote in its paragraph, turns
    to (``She turned to Winterbourne, blushing a little. "You won't back out?"`` calls Winterbourne)."""
    found = None
    for m in _TURNED_TO.finditer(text, lo, start):
        found = m
    return found.span(1) if found is not None and cast.is_name(found.group(2)) else None


def _split_subject(text: str, d: Draft, lex: Lexicon) -> bool:
    """``split-subject``: a first fragment of one capitalised word whose sentence the next fragment goes on with a
    verb (a form of ``be``, an auxiliary or a modal) is that sentence's subject, no call (``"Dad," said Daniel, "is
    in Leeds till Friday."``; ``"Jane," he said, "come here."`` and a question, ``"…," called Mrs. Munt, "is Helen
    all right?"``, call Jane and Margaret)."""
    if len(d.fragments) < 2:
        return False
    word = text[d.fragments[0][0] : d.fragments[0][1]].strip(" \t\n,")
    if not (word.isalpha() and word[:1].isupper()):
        return False
    nxt = text[d.fragments[1][0] : min(d.fragments[1][1], d.fragments[1][0] + _SPLIT_WORD)].split(maxsplit=1)
    low = nxt[0].strip(",;:") if nxt else ""
    if not (low.islower() and lex.is_auxiliary(low)):
        return False
    stop = _SENTENCE_STOP.search(text, d.fragments[1][0], d.fragments[1][1])
    return stop is None or stop.group() != "?"  # (a question inverts: '"Margaret," called Mrs. Munt, "is Helen
    # all right?"' calls her)


_SPLIT_WORD = 12  # characters read for the verb opening the next fragment ("should" and a space)
_SENTENCE_STOP = regex.compile(r"[.!?]")


def _spoken_to(text: str, d: Draft, cast: Cast, lex: Lexicon) -> tuple[int, int] | None:
    """``spoken-to``: the name after ``to`` that closes a quote's attribution (``said Mr. Hale to Margaret``; after
    ``asked``, ``inquired`` also ``of``: ``asked-of``), perhaps past a phrase set off by commas."""
    if d.cue is None or d.mention is None:
        return None
    m = _SPOKEN_TO.match(text, max(d.cue.end, d.mention.end))
    if m is None and d.cue.lemma in lex.words["question-verb"]:
        m = _ASKED_OF.match(text, max(d.cue.end, d.mention.end))  # asked-of: 'asked Mr. Brownlow, in a low voice,
        # of Monks.' calls Monks
    if m is None and d.cue.lemma in lex.words["addressee-verb"] and d.mention.end < d.cue.start:
        m = _ASKED.match(text, d.cue.end)  # asked-object: '"Is it far?" Anne asked Marilla.' calls Marilla
    return m.span(1) if m is not None and cast.is_name(m.group(2)) else None


# A capitalised name, perhaps after a short title, and its last word (group 2). Regex audit: one optional title and
# two possessive letter runs, matched anchored (match): linear.
_CALLED_NAME = r"((?:[[:upper:]][[:lower:]]{1,4}+\.? )?([[:upper:]][[:lower:]]++))(?![\w'’])"
# spoken-to: "to" and a name after an attribution, and asked-of: "of" and a name after a question's, each perhaps past
# a short phrase set off by commas (", in a low voice,": one bounded, possessive run of characters that are no comma
# or stop); asked-object: a name right after "asked".
_SET_OFF_PHRASE = r"(?:,[^,.;:!?\"“”\n]{1,40}+,)?+"
_SPOKEN_TO = regex.compile(_SET_OFF_PHRASE + r" to " + _CALLED_NAME)
_ASKED_OF = regex.compile(_SET_OFF_PHRASE + r" of " + _CALLED_NAME)
_ASKED = regex.compile(r" " + _CALLED_NAME)
# narrated-address: a verb of turning and the name it turns to.
_TURNED_TO = regex.compile(r"\bturn(?:ed|ing) (?:round )?(?:to|towards|toward) "
                           + _CALLED_NAME)


def _in_quote_flags(tokens: list[Token], spans: list[tuple[int, QuotedSpan]]) -> list[bool]:
    """Whether each token lies inside one of the quoted ``spans`` (found by bisection on token starts)."""
    flags = [False] * len(tokens)
    if not spans:
        return flags
    starts = [t.start for t in tokens]
    for _, q in spans:
        first, last = bisect_left(starts, q.open), bisect_left(starts, q.end)
        flags[first:last] = [True] * (last - first)
    return flags


def _with_blocks(
    text: str, drafts: list[Draft], intros: Sequence[Intro], paragraphs: Sequence[tuple[int, int]],
    opening: Container[int], sentences: Sequence[Sentence],
) -> list[Draft]:
    """``colon-block`` (``relations.block_quote``): the drafts and, in order among them, the paragraph an intro
    attribution ending on a colon introduces with no quotation mark (``Limbaugh added:`` / ``And from a supposed
    front-runner, …``)."""
    last = {i.paragraph: i for i in intros if i.position == "intro"}  # (the one ending each paragraph)
    if not last:
        return drafts
    blocks = []
    starts = [s.start for s in sentences]
    quoting = {d.paragraph for d in drafts if d.quoted}  # (paragraphs holding a quotation: no block)
    for intro in last.values():
        p = intro.paragraph + 1
        if p >= len(paragraphs) or paragraphs[p][0] in opening or p in quoting:
            continue
        end = paragraphs[p - 1][1]
        while end > paragraphs[p - 1][0] and text[end - 1].isspace():
            end -= 1
        if text[end - 1 : end] != ":":
            continue
        first = bisect_left(starts, paragraphs[p][0])  # (its first sentence)
        block = block_quote(text, intro, paragraphs[p], first)
        if block is not None:
            blocks.append(block)  # (a report inside it is the quoted speaker's words: "as you very aptly pointed out")
    if not blocks:
        return drafts
    taken = {b.paragraph for b in blocks}
    return sorted([d for d in drafts if d.paragraph not in taken] + blocks, key=lambda d: d.fragments[0][0])


def _add(drafts: list[Draft], owner: dict[int, int], d: Draft) -> None:
    """Append a draft unless its quotations belong to another; a later attribution of a quote that had none
    (the closing paragraph of a continued quote: ``…," he said.``) is given to the earlier draft."""
    held = [owner[q] for q in d.quoted if q in owner]
    if held:
        earlier = drafts[held[0]]
        if earlier.mention is None and d.mention is not None and d.kind == "direct":
            drafts[held[0]] = attrs.evolve(earlier, cue=d.cue, mention=d.mention, pattern=d.pattern,
                                           cue_class=d.cue_class)
        return
    for q in d.quoted:
        owner[q] = len(drafts)
    drafts.append(d)


def _paragraph_parts(
    frags: tuple[Fragment, ...], paragraph_starts: Sequence[int]
) -> list[tuple[int, tuple[Fragment, ...]]]:
    """``paragraph-quotes``: in a novel, a speech continued over paragraphs (each opening with a mark) is one quote
    per paragraph, each its speaker's, as PDNC annotates it: (paragraph number, fragments) of each part; with no
    ``paragraph_starts`` (news: PolNeAR writes one quote) the fragments stay together."""
    if len(frags) < 2 or not paragraph_starts:
        return [(0, frags)]
    parts: dict[int, list[Fragment]] = {}
    for f in frags:
        parts.setdefault(bisect_right(paragraph_starts, f.start), []).append(f)
    return [(p, tuple(part)) for p, part in parts.items()]


def _build(
    text: str, dropped: Sequence[int], scored: list[attribution.Scored], names: list[str],
    moved: dict[int, tuple[int, int]], lex: Lexicon, paragraphs: Sequence[tuple[int, int]] = (),
) -> list[Quote]:
    """The quotes, every offset mapped back to the caller's ``text`` (``segment.original_offset``)."""
    quotes: list[Quote] = []
    ni = 0
    paragraph_starts = [original_offset(p[0], dropped) for p in paragraphs]

    def span(a: int, b: int) -> tuple[int, int]:
        return original_offset(a, dropped), original_offset(b, dropped, end=True)

    for s in scored:
        d = s.draft
        frags = tuple(Fragment(a, b, text[a:b]) for a, b in (span(*f) for f in d.fragments))
        cue = None
        if d.cue is not None:
            cs, ce = span(d.cue.start, d.cue.end)
            cue = Cue(cs, ce, text[cs:ce])
        if s.candidates and ni in moved:
            cue = None  # own-cue: a guessed new turn takes another mention; the cue carried to it is not its own
        speaker = None
        cands: list[Candidate] = []
        if s.candidates:
            name, top = " ".join(names[ni].split()), moved.get(ni)  # one-line-name: "Basil\nHallward" is one name
            ni += 1
            for rank, c in enumerate(s.candidates):
                a, b = span(*(top if rank == 0 and top is not None else (c.start, c.end)))
                sp = Speaker(a, b, text[a:b], name if rank == 0 else text[a:b])
                cands.append(Candidate(sp, c.score, c.reason))
            speaker = cands[0].speaker
        parts = _paragraph_parts(frags, paragraph_starts) if d.kind == "direct" else [(0, frags)]
        cue_part = 0  # (the part of the cue's paragraph, or the first part after it: an intro's cue)
        if cue is not None and len(parts) > 1:
            at = bisect_right(paragraph_starts, cue.start)
            cue_part = next((k for k, (p, _) in enumerate(parts) if p >= at), len(parts) - 1)
        if not d.reported:
            continue  # (relations.sensed-thing: read for coreference, no quote)
        ranked = tuple(cands)
        for k, (_, part) in enumerate(parts):
            start, end = part[0].start, part[-1].end
            quotes.append(Quote(text[start:end], start, end, d.kind, part, speaker,  # type: ignore[arg-type]
                                cue if k == cue_part else None, s.confidence, ranked))
    quotes.sort(key=lambda q: (q.start, q.end))
    out: list[Quote] = []
    for q in quotes:  # no two quotes overlap: keep the earlier one
        if out and q.start < out[-1].end:
            if q.confidence > out[-1].confidence and q.end <= out[-1].end:
                continue
            continue
        out.append(q)
    return out
