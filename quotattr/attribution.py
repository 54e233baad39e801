"""Stage 7: attribution scoring. Ranks each quote's candidate speakers and sets its confidence.

A candidate's score is the weight of the rule that proposed it (``PATTERN_WEIGHTS``), times a discount for weak
cues (beliefs, evidence) and for pronouns (their antecedent may be wrong). Quotes with no speaker in their own
sentence take candidates from the discourse:
- ``colon-intro``: the speaker of ``Smith said:`` that ends the previous paragraph.
- ``previous-in-paragraph``: the speaker of the last quote earlier in the same paragraph (weak: news often
  drops a bystander's quote after an attributed sentence; in a novel it outranks the narration subject of the
  paragraph before: ``"That is the yard," said Holmes, pointing to the masts. "Row gently here."``).
- ``previous-paragraph``: a quote-only paragraph continues the speaker of the paragraph before (news style).
- ``direct-continues-direct``: an unattributed quote later in a paragraph continues the paragraph's last
  direct speaker, not an indirect quote reported in the narration between (``"…," observed Mr. Wilcox. His work
  encouraged them to grow. "However, …"`` is Mr. Wilcox's).
- ``alternation``: in a run of quote-only paragraphs (dialogue), the speaker two turns back. ``described-key``: the
  turn order tells speakers apart by their names' last word (``Mr. Darcy`` is ``Darcy``), but a description by all
  its words (``the younger waiter`` and ``the older waiter`` are two speakers; stop 53).
- ``dialogue-document``: a document where at least 20 paragraphs, and a quarter of all, open with a quotation
  (a novel, a transcript), or (``dialogue-excerpt``) a short text where at least 2 paragraphs, a quarter of all, open
  with one and 2 paragraphs are unattributed turns, with no cue word in their narration (``"Not yet."``, ``"She
  called." He looked away.``; ``action-beat``: or a quotation after a sentence of narration, ``She frowns. "Out
  where?"``), or (``dash-dialogue-document``, stop 48) a text whose turns open with quotation dashes
  (``marks.dash-dialogue``: ``— No, she said.``), follows the conventions of fiction: a new paragraph is a new
  speaker, so ``alternation`` outranks ``previous-paragraph``, and
- ``vocative-addressee``: the person a turn addresses by name (``"Lizzy, …"``), or its attribution speaks to
  (``spoken-to``: ``said Mr. Hale to Margaret``), speaks the next turn; ``kin-vocative``: a kin word called
  (``"It's only rain, Mum."``; ``data/word_classes.tsv`` kin-name) is no name of hers: the next turn is the one
  the caller answered.
- ``called-back``: the name the next paragraph's quote calls (``"All of them?"`` / ``"Every one, Miss Harriet."``)
  speaks this turn, a little less surely than a forward ``vocative-addressee`` and more than ``chain-parity``; it
  anchors the parity too; not a name alone (``"Mexico!"`` answers) nor a kin word (``kin-vocative``). Stop 41: PDNC
  dev 110 speakers more right, 80 fewer; passages 132 and 65; weights 0.70 and 0.78 were measured too (+9, +16 on
  PDNC dev), and without the anchor (+25). ``beat-before-call``: not when narration of two subjects or more opens the
  next paragraph (``The captain went below. Hale turned to the boy. "Steady as she goes, Billy."``; stop 43: PDNC dev
  +4/-0, passages no change; with one subject, ``Henry shrugged. "Margaret!"``, PDNC +8/-2 but 800-character
  passages -5).
- ``narrated-participant``: when no one but the last turn's speaker has spoken, the latest other narration subject
  of the few paragraphs before is the other participant (``Brenda looked up.`` / ``"Shall we go?" said Tony.`` /
  ``"Not yet."`` is Brenda's).
- ``other-participant``: a turn answers the last one, so its speaker is the latest earlier speaker who is not the
  previous turn's (the second turn of a conversation, or when two turns back is the same person);
  ``scene-participant``: for the first answer, a name of the cast in the first turn's own narration who is not
  its speaker comes first (``Piet looked at Maud. "Shall we walk?"`` / ``"Not yet."`` is Maud's), unless the
  latest other speaker is named there too. Stop 63, ``described-in-scene``: so is a description of a person there
  (``The inspector turned to the butler. "Where were you?"`` / ``"In the pantry, sir."`` is the butler's), and a
  narration subject before a turn is not the last turn's own speaker when it is a description either.
- ``not-the-addressee``: a candidate whom the quote addresses by name (``"Come here, Lizzy."``) is discounted;
  ``addressee-not-alone``: when that person is the only guess, the latest other speaker is a candidate too.
- ``named-in-quote``: so is a guessed speaker whom the quote names anywhere (``"Yes, but it's the wrong sort of men,
  Helen means."`` is not Helen's), unless another title is written there (``Mr. Bennet`` names no Mrs. Bennet);
  ``other-participant`` and ``chain-parity`` pass over such a person.
- ``described-participant``: ``"…," said her mother`` in a conversation is named after the participant whose
  turn it is (the description stays the mention); not a group or an unnamed person, which is no participant
  (``"He does deserve her," said all the men`` is theirs, not Lilia's; ``someone``: pipeline ``unnamed-no-turn``;
  stop 52: PDNC dev 2 speakers fewer right, passages of 3,000 and 800 characters unchanged, of 1,000 1 fewer and
  1 more; PolNeAR train 7 group speakers keep their own names, ``Democrats`` no longer named ``Dan Alpert``).
- ``kin-by-possessor``: but not a relative named through the possessor (``said his father``, ``said her
  ladyship``: ``data/word_classes.tsv`` family-kin and title-ship), whom coreference names (``family-name``).
- ``last-in-paragraph``: a paragraph whose later quote has its own attribution to another mention (``"…!" he
  concluded; and May echoed: "…?"``) ends its turn with that speaker, whom the next paragraph answers, and ends the
  run of ``chain-parity`` (stop 41: PDNC dev 49 speakers more right, 38 fewer; passages 47 and 42).
- ``chain-parity``: in a run of quote paragraphs, a turn attributed only by turn order takes the speaker named
  an even number of turns before or after it (within ``_PARITY_REACH``: the nearest before it, else the nearest
  after it, since a speaker who talks twice running shifts the parity of later turns); a turn with only the
  weakest guesses (``other-participant``, ``previous-paragraph``, ``narration-before``) takes one attributed by
  a pronoun or description when no named turn is in reach; a first-person narrator's ``I`` is named as a name is
  (``narrator-turn``, stop 50). ``adjacent-anchor``: a turn two back attributed by a
  pronoun or description (``"…," she added``) comes before a named turn farther away, whose parity a speaker who
  spoke twice running may have shifted (PDNC dev: 64 turns right, 38 wrong). ``anchor-turns``: a turn named by any
  attribution in the text (also ``colon-intro``, ``shared-subject``, ``remark-owner``), by the name the turn
  before it calls (``vocative-addressee``: ``"…, Gladys."`` / ``"We have carried their burden."``) or by the
  subject of its paragraph's narration (``narration-subject``: ``She shook her head. "…"``) anchors the parity
  (PDNC dev: 145 turns right, 46 wrong; with ``narration-subject`` 37 right, 13 wrong more).
- ``cross-parity``: a turn that no named turn of its parity reaches, and an odd number of turns from the named
  turns of one speaker, is the other participant's: the nearest other speaker named in the chain, else after it,
  else before it (a passage opening mid-conversation: ``"…"`` / ``"…," said Fitzwilliam`` / ``"…"``: the first
  turn is no Fitzwilliam's); it replaces no guess but one naming that speaker, and reads only turns and drafts
  within ``_CROSS_REACH`` (stop 49: PDNC dev +30/-14, passages of 3,000, 1,000 and 800 characters +87/-8, +91/-5,
  +94/-5; replacing any weak guess, +98/-72 on PDNC dev). ``own-other-guess``: with no other speaker named near,
  the turn's own next guess by name who is not that speaker (``Nora made no answer.`` before the answer to Lady
  Ashby's question; stop 52: passages of 3,000 and 1,000 characters +3, +5, of 800 +2/-1, PDNC dev and news
  unchanged). ``narrated-other`` (stop 63): a turn with no guess at all, an odd number of turns from one named
  speaker with no other speaker named near, is the first other person the narration names in the few paragraphs
  after the conversation, else before it (``"…"`` / ``"…"`` / ``"…," said Edmund`` / ``Tom walked out of the room
  …``: the second turn is Tom's; passages of 3,000, 1,000 and 800 characters +14, +22, +29, none lost: such turns
  had no speaker).
- ``narration-subject``: the subject of narration earlier in a quote's paragraph is its likely speaker (``She
  shook her head. "I do not get on at all."``), more likely than the turn order says, and than the name the turn
  before calls (stop 45: ``"It is true, Anne."`` / ``Mrs. Pryce sighed and sat down. "He is …"`` is Mrs. Pryce's;
  PDNC dev +9/-1, passages of 3,000 characters +9/-1, of 800, 1,000 and 1,500 +2, +1, +4);
  ``plain-narration-subject``: outside a dialogue (news, a short passage) too, a name or pronoun subject of narration
  earlier in the paragraph of a direct quote, the paragraph's first, over the previous paragraph's speaker
  (``Trump shook his head. "It is a disaster."``; stop 54: passages of 3,000, 1,000 and 800 characters +3, +13, +11,
  none lost; PDNC dev whole unchanged, no news verdict changed); ``plain-narration-after``: so is the subject of a
  beat in the sentence right after it, over the previous paragraph's speaker (``"It is a disaster." Trump shook his
  head.``; not after ``"…," was the reply.``; stop 61: passages of 1,000 and 800 characters +6, +3, PolNeAR train
  +1, none lost; PDNC dev whole unchanged); ``narration-before``: the subject of the paragraph before, a little
  less, and never when that paragraph is the last turn and the subject is its speaker's name (a new paragraph is a
  new turn); ``narration-after``: with no subject before it in
  its paragraph, the first one after it (an action beat: ``"Thank you." Ellen did not look up.``), weaker than the
  turn order; ``narration-between``: but stronger than the turn order when another quote of the paragraph follows
  the beat (``"Fine." Hugo folded the map. "Clara's way."`` is one speaker's paragraph, Hugo's; stop 48: PDNC dev
  +26/-9, passages of 3,000 characters +22/-1, of 800 and 1,000 +4/-3, +7/-5); ``remark-after``: the subject of a
  paragraph opening ``With these words,`` or ``With this remark``
  speaks the unattributed quote that ends the paragraph before (``"That he is a wicked man."`` / ``With this remark
  the admirable young woman rose``; ``mentions.remark_subject``; stop 47). ``authorial-I`` (``pipeline``): in a novel no
  quote of which is attributed to ``I``, the narration's ``I`` is the author's aside, no such subject.
- ``asked-then-answer``: in a dialogue document, a quote-only paragraph right after one that reports a question
  (``Margaret asked who Dolly's people were.``; ``asking``: ``data/word_classes.tsv`` question-verb) is its answer:
  the asker is discounted and the latest other speaker named is a candidate.
- ``latest-speaker``: in a dialogue document, a quote nothing else attributes (after narration that names no
  one, far from the last turn) is given the latest speaker, weakly (``DIALOGUE_WEIGHTS``).
- ``possessed-alone``: a quote whose own ``his companion`` or ``her cousin`` the pipeline left to the turn order
  (``possessed-other``) keeps that mention, weakly, when the turn order gives no one (``"Go," her cousin said.``
  opening a scene had no speaker); ``chain-parity`` may replace it as a weak guess.
- ``group-no-turn``: a speaker named by ``they``, ``we`` or ``it`` is no participant of the conversation: the
  turn order carries it to no later turn (``"Come on," they said.`` / ``"Where?"`` is not ``they``'s).
``scene-break``: in a dialogue document, a line of asterisks (``*   *   *``) ends a scene: no speaker of it carries a
turn into the next (``previous-paragraph``, ``other-participant``, ``alternation`` start again).
``unnamed-asker``: the question of ``Asked whether …, Smith said`` takes no speaker from the discourse when no
``by`` names the asker, nor does a ``raising-verb`` clause (``the team appeared paralyzed``).
``cue-carries``: a quote that continues the previous speaker takes that quote's cue too (the ``said`` of
``"A," Ruiz said. "B."``; a direct quote resuming the paragraph's direct speaker takes that quote's cue, not one of
the narration between: ``"A," she insisted, brushing aside calls for her resignation. "B."`` is ``insisted``); one
introduced by ``Smith said:`` takes that cue. ``own-cue``: a turn that ``chain-parity`` (or, in the pipeline,
``coref.guessed_new_turns``) gives to another speaker drops the cue it carried (``"Married!" cried Lady Hartley.`` /
``"To a Miss Finch."`` is Lord Hartley's turn, with no cue).
``confidence = best * best / (best + runner_up)``: the best score, shared with any rival.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Mapping, Sequence
from typing import NamedTuple

import attrs
import regex

from quotattr.cues import CueHit
from quotattr.marks import CLOSING_MARKS
from quotattr.mentions import Mention
from quotattr.relations import Draft, Intro

PATTERN_WEIGHTS: dict[str, float] = {
    "subject-cue": 0.95,
    "inverted": 0.93,
    "according-to": 0.93,
    "appositive": 0.88,
    "shared-subject": 0.85,
    "relative-source": 0.85,
    "sentence-subject": 0.7,
    "trailing-attribution": 0.9,
    "colon-intro": 0.85,
    "colon-label": 0.8,
    "asked-question": 0.8,
    "passive-speaker": 0.85,
    "dash-interruption": 0.85,
    "verb-then-quote": 0.7,
    "remark-owner": 0.85,
    "raising": 0.5,
    "noun-that": 0.8,
    "dash-attribution": 0.85,
    "colon-quote": 0.6,
    "previous-paragraph": 0.6,
    "narration-subject": 0.7,
    "narration-after": 0.65,  # (plain-narration-after: over the previous paragraph's speaker, below a cue's)
    "clause-name": 0.5,
    "previous-in-paragraph": 0.45,
    "alternation": 0.35,
}
# In a dialogue document (see ``dialogue-document``) these replace the weights above.
DIALOGUE_WEIGHTS: dict[str, float] = {
    "chain-parity": 0.72,
    "vocative-addressee": 0.75,
    "called-back": 0.74,
    "alternation": 0.7,
    "narration-subject": 0.76,
    "narration-before": 0.65,
    "narration-after": 0.6,
    "narration-between": 0.74,
    "remark-after": 0.85,
    "other-participant": 0.5,
    "cross-parity": 0.5,
    "previous-paragraph": 0.3,
    "previous-in-paragraph": 0.7,
    "latest-speaker": 0.2,
    "possessed-alone": 0.6,  # the quote's own "his companion" when the turn order gives no one: whose, unknown
}
ADDRESSEE_DISCOUNT = 0.5  # a candidate the quote itself addresses by name is unlikely to be its speaker
DIALOGUE_MIN_PARAGRAPHS = 20
DIALOGUE_MIN_SHARE = 0.25
EXCERPT_MIN_PARAGRAPHS = 2  # dialogue-excerpt: quote-led paragraphs of a short text
EXCERPT_MIN_UNATTRIBUTED = 2  # and its unattributed turns (no cue word in the narration; action-beat: see pipeline)
# (or, with ten of them, one such turn: PDNC dev cut into passages of 10,000 characters 0.7623 to 0.7634, of 3,000
# 0.678 to 0.681; PolNeAR dev and train unchanged to four places, as with 8; with 6 dev speaker accuracy fell)
EXCERPT_ONE_TURN_PARAGRAPHS = 10
EXCERPT_SCENE_PARAGRAPHS = 3  # scene-of-turns: quote-led paragraphs of a short scene with one unattributed turn
EXCERPT_SCENE_SHARE = 0.75  # and their share of all its paragraphs
# first-person-narration: narration subjects "I" per 100,000 characters (PDNC dev: 0 to 4 in novels told in the
# third person, 31 in The Sign of the Four; a modern first-person scene, hundreds)
FIRST_PERSON_MIN_RATE = 10
FIRST_PERSON_MIN_SUBJECTS = 2
CUE_CLASS_WEIGHTS: dict[str, float] = {"belief": 0.8, "evidence": 0.85}
PRONOUN_WEIGHT = 0.95
NO_SPEAKER_CONFIDENCE = 0.05


class Cand(NamedTuple):
    """A ranked speaker candidate: the mention span, the span its name is read from, score and rule."""

    start: int
    end: int
    kind: str
    score: float
    reason: str
    name_start: int
    name_end: int


@attrs.frozen(slots=True)
class Scored:
    """A draft with its ranked candidates, best first, and its confidence."""

    draft: Draft
    candidates: tuple[Cand, ...]
    confidence: float


# scene-break: a line of three or more asterisks (or dots) and nothing else. Regex audit: one bounded repetition of
# a two-character class between line ends, searched once in the gap between two quotes: linear.
_SCENE_BREAK = regex.compile(r"\n[ \t]*+(?:[*·.][ \t]*+){3,}+\n")
_NO_DISCOURSE_SPEAKER = frozenset({"asked-question", "raising", "noun-that"})  # drafts whose source nobody names
_CONTINUING = frozenset({"previous-in-paragraph", "previous-paragraph"})


def is_dialogue(quote_paragraphs: int, paragraphs: int, unattributed_turns: int = 0, beat_turns: int = 0) -> bool:
    """``dialogue-document``: many paragraphs open with a quotation; or (``dialogue-excerpt``) a short text where a
    quarter of the paragraphs open with one and at least two of those are unattributed turns, with no cue word in
    their narration (``"Not yet."``: news seldom writes an unattributed reply, fiction often does; measured on PDNC
    dev cut into excerpts of 3,000 characters, speaker accuracy 0.550 to 0.651, PolNeAR dev unchanged), or one of
    them when ten paragraphs open with a quotation (``EXCERPT_ONE_TURN_PARAGRAPHS``), or (``scene-of-turns``) when
    three paragraphs, and three quarters of all, do (``"Is that you?" said Ann.`` / ``"Who else would it be?"`` /
    ``"I thought you had gone," she said.``: the reply is not Ann's; stop 48: PDNC dev cut into passages of 800 and
    1,000 characters +106/-5 and +81/-5 speakers right, of 3,000 +9; PolNeAR dev unchanged, train cut into
    passages of 800 characters -2, two interview replies). ``beat-turns``: for the
    excerpt, a paragraph whose quotation follows a bare action beat (``His grandson rolled his eyes. "…"``; among
    the unattributed turns) counts as one that opens with a quotation (stop 42).

    >>> is_dialogue(300, 900), is_dialogue(12, 20), is_dialogue(12, 20, unattributed_turns=2)
    (True, False, True)
    >>> is_dialogue(12, 20, unattributed_turns=1), is_dialogue(6, 20, unattributed_turns=1)
    (True, False)
    >>> is_dialogue(1, 4, unattributed_turns=3), is_dialogue(1, 4, unattributed_turns=3, beat_turns=2)
    (False, True)
    >>> is_dialogue(3, 4, unattributed_turns=1), is_dialogue(3, 5, unattributed_turns=1)
    (True, False)
    """
    if quote_paragraphs >= DIALOGUE_MIN_SHARE * paragraphs and quote_paragraphs >= DIALOGUE_MIN_PARAGRAPHS:
        return True
    turns = quote_paragraphs + beat_turns
    if turns < DIALOGUE_MIN_SHARE * paragraphs:
        return False
    return (turns >= EXCERPT_MIN_PARAGRAPHS and unattributed_turns >= EXCERPT_MIN_UNATTRIBUTED) or (
        turns >= EXCERPT_ONE_TURN_PARAGRAPHS and unattributed_turns >= 1) or (
        turns >= EXCERPT_SCENE_PARAGRAPHS and turns >= EXCERPT_SCENE_SHARE * paragraphs and unattributed_turns >= 1
    )  # scene-of-turns: '"Is that you?" said Ann.' / '"Who else would it be?"' / '"…," she said.' is a scene


def is_first_person(narrator_subjects: int, characters: int) -> bool:
    """``first-person-narration``: a text whose narration has ``I`` as its subject often enough is told in the first
    person (``I dropped my bag on the floor. "What's for dinner?"``), whether or not a quote says ``said I``.

    >>> is_first_person(3, 600), is_first_person(17, 432_205), is_first_person(1, 3_000)
    (True, False, False)
    """
    return narrator_subjects >= FIRST_PERSON_MIN_SUBJECTS and (
        narrator_subjects * 100_000 >= FIRST_PERSON_MIN_RATE * characters)


def _weight(reason: str, mention: Mention | None, cue_class: str, dialogue: bool = False) -> float:
    base = DIALOGUE_WEIGHTS.get(reason) if dialogue else None
    w = (base if base is not None else PATTERN_WEIGHTS.get(reason, 0.3)) * CUE_CLASS_WEIGHTS.get(cue_class, 1.0)
    if mention is not None and mention.kind == "pronoun":
        w *= PRONOUN_WEIGHT
    return round(w, 4)


def _from_mention(m: Mention, reason: str, cue_class: str, dialogue: bool = False) -> Cand:
    ns, ne = (m.ref_start, m.ref_end) if m.ref_start >= 0 else (m.start, m.end)
    return Cand(m.start, m.end, m.kind, _weight(reason, m, cue_class, dialogue), reason, ns, ne)


def _carried(c: Cand, reason: str, dialogue: bool = False) -> Cand:
    return c._replace(score=_weight(reason, None, "", dialogue), reason=reason)


def score(
    drafts: Sequence[Draft],
    intros: Sequence[Intro],
    subjects: Sequence[tuple[int, int, Mention]] = (),
    *,
    dialogue: bool = False,
    addressees: Sequence[tuple[int, int] | None] | None = None,
    text: str = "",
    scene: Sequence[tuple[int, int, int]] = (),
    groups: Container[str] = frozenset(),
    titles: Container[str] = frozenset(),
    kin: Container[str] = frozenset(),
    asking: Container[str] = frozenset(),
    kin_names: Container[str] = frozenset(),
    remarked: Mapping[int, Mention] | None = None,
    group_heads: Container[str] = frozenset(),
    crowds: Container[str] = frozenset(),
) -> list[Scored]:
    """Rank candidates of every draft, in document order. ``subjects`` are ``(paragraph, sentence, mention)`` of
    the narration sentences' subjects, in order; ``dialogue`` switches to the weights of fiction; ``addressees``
    (aligned with ``drafts``) are the name spans each quote addresses; ``text`` lets dialogue turns compare speakers
    by their names; ``groups`` are the pronouns of many or no person (``they``, ``it``): in dialogue such a speaker
    is no participant of the conversation (``group-no-turn``: after ``"Come on," they said``, the next turn's
    speaker is not ``they``; the pipeline adds the partitives: nor is ``one`` of ``"…?" said one.``); nor is one
    whose last word is in ``group_heads`` (``"Silence!" cried the audience``: the pipeline gives the group nouns of
    ``data/source_nouns.tsv`` and word class crowd-noun; stop 51: PDNC dev 3 speakers more right, passages of 800
    and 1,000 characters 2 and 1, none fewer; PolNeAR unchanged); ``crowds`` (word class crowd-noun) are no
    participant a description's turn may name (``crowd-speaker``: ``"Mexico!" the audience screamed back`` is the
    audience's, not Trump's). ``remarked``
    maps a paragraph to the subject of its opening sentence when that sentence takes the quote before it as the
    subject's words (``remark-after``: ``With these words, he …``; ``mentions.remark_subject``).

    >>> score([], [])
    []
    """
    remarked = remarked or {}
    narration: dict[int, list[tuple[int, Mention]]] = {}
    for para, sent, m in subjects:
        narration.setdefault(para, []).append((sent, m))
    intro_by_paragraph = {i.paragraph: i for i in intros}
    named_in: dict[int, list[tuple[int, int]]] = {}
    for para, s, e in scene:
        named_in.setdefault(para, []).append((s, e))
    out: list[Scored] = []
    last: Cand | None = None  # best candidate of the last attributed quote
    last_direct: Cand | None = None  # and of the last attributed direct quote, with its paragraph
    last_direct_paragraph = -10
    last_direct_cue: CueHit | None = None
    last_cue: CueHit | None = None  # and its cue
    last_paragraph = -10
    turns: list[Cand | None] = []  # speakers of consecutive quote paragraphs (dialogue turns)
    turn_paragraph = -10
    last_turn_addressee: tuple[int, int] | None = None
    history: list[Cand] = []  # best candidates of recent attributed quotes, latest last

    def key(c: Cand) -> str:
        return _participant_key(text[c.name_start : c.name_end].lower().split(), c.kind)

    def last_said(c: Cand) -> str:  # the last word of the speaker as written ("audience" of "the audience")
        words = text[c.start : c.end].lower().split()
        return words[-1] if words else ""

    def participant(c: Cand) -> bool:
        said = text[c.start : c.end].lower()
        return not (dialogue and (said in groups or last_said(c) in group_heads))  # group-no-turn

    asker: tuple[int, str] | None = None  # asked-then-answer: (paragraph, speaker) of the last reported question
    named_by: list[dict[str, set[str]]] = []  # named-in-quote: each draft's capitalised words, read once
    for di, d in enumerate(drafts):
        cands: list[Cand] = []
        if dialogue and out and d.fragments and out[-1].draft.fragments and _SCENE_BREAK.search(
            text, out[-1].draft.fragments[-1][1], d.fragments[0][0]
        ):  # scene-break: a line of asterisks ends the scene; its speakers carry no turn into the next
            last, history, turns, last_paragraph, turn_paragraph = None, [], [], -10, -10
        first_in_paragraph = not out or out[-1].draft.paragraph != d.paragraph
        named = _named_in(d, text, titles) if dialogue and text and d.kind == "direct" and d.mention is None else {}
        named_by.append(named)
        if d.mention is not None:
            cand = _from_mention(d.mention, d.pattern, d.cue_class)
            if dialogue and text and cand.kind == "description" and turn_paragraph == d.paragraph - 1 and turns and (
                not _possessed_kin(text[cand.start : cand.end], kin)
                and last_said(cand) not in crowds and participant(cand)
            ):  # (kin-by-possessor: coreference names "said his father" from whom "his" names; crowd-speaker: "cried
                # the audience" is no participant's turn)
                cand = _described_participant(cand, text, turns, history, key, last_turn_addressee)
            cands.append(cand)
        elif d.pattern in _NO_DISCOURSE_SPEAKER:
            pass  # unnamed-asker: "Asked whether …, Smith said" was asked by a reporter nobody names
        else:
            intro = intro_by_paragraph.get(d.paragraph - 1)
            if intro is not None and intro.mention is not None and first_in_paragraph:
                cands.append(_from_mention(intro.mention, "colon-intro", ""))
            if last is not None:
                if last_paragraph == d.paragraph:
                    # direct-continues-direct: a quote resumes the paragraph's last direct speaker, not
                    # narration reported since ('"…," observed Mr. Wilcox. … work encouraged them to grow … "However,
                    # …"' is Mr. Wilcox's)
                    carried = last_direct if (d.kind == "direct" and last_direct is not None
                                              and last_direct_paragraph == d.paragraph) else last
                    cands.append(_carried(carried, "previous-in-paragraph", dialogue))
                elif d.paragraph - last_paragraph <= 2 and first_in_paragraph:
                    cands.append(_carried(last, "previous-paragraph"))
            if len(turns) >= 2 and turn_paragraph == d.paragraph - 1:
                two_back = turns[-2]
                if two_back is not None and not any(c.name_start == two_back.name_start for c in cands):
                    cands.append(_carried(two_back, "alternation", dialogue))
            if dialogue and last_turn_addressee is not None and turn_paragraph == d.paragraph - 1:
                vs, ve = last_turn_addressee
                answered = turns[-2] if len(turns) >= 2 and text[vs:ve].lower() in kin_names else None
                if answered is not None and (turns[-1] is None or key(answered) != key(turns[-1])):
                    # kin-vocative: "It's only rain, Mum." calls the one Tom answered, Mrs Pearce, by no name of hers
                    cands.append(_carried(answered, "vocative-addressee", True))
                else:
                    cands.append(Cand(vs, ve, "name", _weight("vocative-addressee", None, "", True),
                                      "vocative-addressee", vs, ve))
            if dialogue and text and turn_paragraph == d.paragraph - 1 and turns and turns[-1] is not None:
                previous = key(turns[-1])
                cands = [c for c in cands if c.reason != "alternation" or key(c) != previous]
                other = next((c for c in reversed(history)
                              if key(c) != previous and not _names(c, named, key, text, titles)), None)
                if len(turns) == 1:  # scene-participant: the first answer is by someone the scene names
                    present = _scene_participant(named_in, turn_paragraph, previous, text, other and key(other))
                    other = present or other
                if other is None:  # narrated-participant: no other speaker yet; a narration subject of the scene
                    other = _narrated_participant(narration, d.paragraph, previous, key, text)
                if other is not None and not any(c.name_start == other.name_start for c in cands):
                    cands.append(_carried(other, "other-participant", True))
            # called-back: the answer calls this turn's speaker by name ('"All of them?"' / '"Every one, Miss
            # Harriet."' is Harriet's question); not a name alone ('"Mexico!" the audience screamed back' answers),
            # nor a kin word ("It's only rain, Mum." calls the one who spoke by no name of hers), nor after a beat
            called = addressees[di + 1] if dialogue and addressees is not None and first_in_paragraph and (
                di + 1 < len(drafts) and drafts[di + 1].kind == "direct" and drafts[di + 1].paragraph == d.paragraph + 1
            ) else None
            if called is not None and not any(c.name_start == called[0] for c in cands) and (
                text[called[0] : called[1]].lower() not in kin_names and _more_than(text, drafts[di + 1], called)
            ) and not _beat_between(narration, drafts[di + 1]):
                cands.append(Cand(called[0], called[1], "name", _weight("called-back", None, "", True), "called-back",
                                  called[0], called[1]))
            found = _narration_subject(narration, d, drafts[di + 1] if di + 1 < len(drafts) else None) if (
                dialogue or (text and d.kind == "direct" and _first_spoken(out, d.paragraph))) else None
            if not dialogue and found is not None and found[0].kind in ("name", "pronoun") and (
                found[1] == "narration-subject"
                or (found[1] == "narration-after" and _beat_right_after(text, d, found[0]))
            ):  # plain-narration-subject: outside a dialogue too, 'Trump shook his head. "It is a disaster."' (or
                # plain-narration-after: '"It is a disaster." Trump shook his head.') is
                cands.append(_from_mention(found[0], found[1], ""))  # Trump's, not the last paragraph's speaker's
            if dialogue:
                if found is not None:
                    cand = _from_mention(found[0], found[1], "", dialogue)
                    last_turn = turns[-1] if turns and turn_paragraph == d.paragraph - 1 else None
                    if not (found[1] == "narration-before" and cand.kind in ("name", "description")
                            and last_turn is not None and key(cand) == key(last_turn)):
                        cands.append(cand)  # (not the last turn's own speaker: a new paragraph is a new turn; nor
                        # a described one: "The inspector turned to the butler. '…?'" / "'In the pantry, sir.'")
                cands = [_carried(c, c.reason, True) if c.reason == "previous-paragraph" else c for c in cands]
                after = remarked.get(d.paragraph + 1)
                if after is not None and (di + 1 == len(drafts) or drafts[di + 1].paragraph > d.paragraph) and not (
                    any(c.reason == "colon-intro" for c in cands)
                ):  # remark-after: '"…" / With this remark the admirable young woman rose' (the last quote of its
                    # paragraph, with no attribution before it; mentions.remark_subject); no group ("With this they")
                    cand = _from_mention(after, "remark-after", "", True)
                    if participant(cand):
                        cands.append(cand)
        if dialogue and not cands and last is not None and d.pattern not in _NO_DISCOURSE_SPEAKER:
            cands.append(_carried(last, "latest-speaker", True))  # latest-speaker: no other clue, far from the last
        if not cands and d.withheld is not None:  # possessed-alone: '"Go," her cousin said.' opening a scene
            cands.append(_from_mention(d.withheld, "possessed-alone", d.cue_class, dialogue))
        own = addressees[di] if dialogue and text and addressees is not None else None
        if own is not None and d.mention is None:
            addressed = text[own[0] : own[1]].lower().split()[-1]
            # not-the-addressee: "Well, ask Mr. Gray." is not Mr. Gray's own line
            cands = [c._replace(score=round(c.score * ADDRESSEE_DISCOUNT, 4)) if key(c) == addressed else c
                     for c in cands]
            if cands and all(key(c) == addressed for c in cands):
                # addressee-not-alone: when the person the quote calls is the only guess, the latest other speaker
                # is one too ('"Oh, Marilla, can I go right now?"' after Marilla's turn)
                other = next((c for c in reversed(history) if key(c) != addressed and c.kind in ("name", "pronoun")),
                             None)
                if other is not None:
                    cands.append(_carried(other, "other-participant", True))
        if asker is not None and dialogue and d.mention is None and first_in_paragraph and (
            asker[0] == d.paragraph - 1
        ):  # asked-then-answer: 'Margaret asked who Dolly's people were.' / '"Fussell. …"' is the answer, not hers,
            # but the latest other speaker's
            cands = [c._replace(score=round(c.score * ADDRESSEE_DISCOUNT, 4)) if key(c) == asker[1] else c
                     for c in cands]
            asked = next((c for c in reversed(history) if key(c) != asker[1] and c.kind in ("name", "pronoun")), None)
            if asked is not None and not any(key(c) == key(asked) for c in cands):
                cands.append(_carried(asked, "other-participant", True))
        if named and cands:
            # named-in-quote: a guessed speaker the quotation names is rarely its speaker ('"Yes, but it's the wrong
            # sort of men, Helen means."' is not Helen's)
            cands = [c._replace(score=round(c.score * ADDRESSEE_DISCOUNT, 4)) if _names(c, named, key, text, titles)
                     else c for c in cands]
        cands.sort(key=lambda c: -c.score)
        if cands and cands[0].reason == "colon-intro" and d.cue is None:
            intro = intro_by_paragraph[d.paragraph - 1]
            d = attrs.evolve(d, cue=intro.cue, cue_class=intro.cue.cls)  # the intro's cue: "and said,"
        elif cands and cands[0].reason in _CONTINUING and d.cue is None and last_cue is not None:
            resumed = d.kind == "direct" and last_direct is not None and cands[0].start == last_direct.start
            carried_cue = last_direct_cue if (
                resumed and last_direct_paragraph == d.paragraph and last_direct_cue is not None) else last_cue
            d = attrs.evolve(d, cue=carried_cue)  # cue-carries: a continued quote is attributed by the same "said"
            # (a direct quote by its direct speaker's: not "calls for" of '"…," she insisted, brushing aside calls for
            # her resignation. "…"')
        if cands:
            best = cands[0].score
            rival = cands[1].score if len(cands) > 1 else 0.0
            conf = round(best * best / (best + rival), 4)
            last = cands[0]
            if d.kind == "direct":
                last_direct, last_direct_paragraph, last_direct_cue = cands[0], d.paragraph, d.cue
            last_cue = d.cue
            last_paragraph = d.paragraph
            if participant(cands[0]):  # (also a narrated report's: without them PDNC dev lost 23)
                history.append(cands[0])
            if len(history) > 12:
                del history[0]
        else:
            conf = NO_SPEAKER_CONFIDENCE
        if d.kind == "direct" and turn_paragraph != d.paragraph:
            if turn_paragraph != d.paragraph - 1:
                turns = []
            turns.append(cands[0] if cands and participant(cands[0]) else None)
            turn_paragraph = d.paragraph
            last_turn_addressee = addressees[di] if addressees is not None else None
        elif d.kind == "direct" and d.mention is not None and cands and participant(cands[0]) and turns and (
            turns[-1] is not None and key(cands[0]) != key(turns[-1])
        ):  # last-in-paragraph: '"…!" he concluded; and May echoed: "…?"' ends the turn with May, whom the next
            turns[-1] = cands[0]  # paragraph answers (chain-parity breaks there too)
            last_turn_addressee = addressees[di] if addressees is not None else None
        out.append(Scored(d, tuple(cands), conf))
        if d.kind == "indirect" and d.cue is not None and d.cue.lemma in asking and cands:
            asker = (d.paragraph, key(cands[0]))
        elif d.kind != "indirect":
            asker = None
    return _chain_parity(out, key, participant, text, titles, named_by, narration) if dialogue and text else out


_PARITY_REACH = 6  # turns between a quote and the named turn whose parity it takes


def _named_in(d: Draft, text: str, titles: Container[str]) -> dict[str, set[str]]:
    """``named-in-quote``: the capitalised words of a quotation, lower-cased, each with the titles written before
    it there (``""`` for none: ``Mr. Bingley's chaise`` names ``bingley`` with ``mr``)."""
    out: dict[str, set[str]] = {}
    for a, b in d.fragments:
        before, before_end = "", -10
        for m in _CAPITALISED.finditer(text, a, b):
            word = m.group().lower()
            title = before if before in titles and text[before_end : m.start()] in (" ", ". ") else ""
            out.setdefault(word, set()).add(title)
            before, before_end = word, m.end()
    return out


def _names(c: Cand, named: dict[str, set[str]], key: Callable[[Cand], str], text: str,
           titles: Container[str]) -> bool:
    """Whether a quotation's capitalised words name candidate ``c``: its last word, with no title before it or the
    candidate's own (``Mrs. Bennet`` is not named by ``Mr. Bennet``)."""
    written = named.get(key(c))
    if c.kind != "name" or not written:
        return False
    first = (text[c.name_start : c.name_end].split(maxsplit=1) or [""])[0].lower().rstrip(".")
    return "" in written or (first in titles and first in written)


_CAPITALISED = regex.compile(r"[[:upper:]][[:alpha:]]*+")  # a capitalised word (possessive letter run: linear)
# anchor-turns: the reasons of turns whose speaker the text names (vocative-addressee: the name the last turn calls;
# narration-subject: the subject of the quote's paragraph)
_NAMED_TURN = frozenset({"inverted", "subject-cue", "appositive", "colon-intro", "shared-subject", "remark-owner",
                         "vocative-addressee", "narration-subject", "called-back"})
_WEAK_GUESS = frozenset({"other-participant", "previous-paragraph", "narration-before", "latest-speaker",
                         "possessed-alone"})
_TURN_GUESS = _WEAK_GUESS | {"alternation"}


def _narrator_i(c: Cand, text: str) -> bool:
    """``narrator-turn``: a first-person narrator's ``I`` anchors the parity of a chain as a name does: one speaker
    throughout (``I take a handful. "Is the road open?"`` two turns after ``"It's not even eight."`` makes that the
    narrator's; stop 50: PDNC dev +3 -2, passages of 3,000 +4 -2, of 1,000 +1)."""
    return c.kind == "pronoun" and c.end - c.start == 1 and text[c.start] == "I"


def _chain_parity(
    out: list[Scored], key: Callable[[Cand], str], participant: Callable[[Cand], bool], text: str,
    titles: Container[str], named_by: Sequence[dict[str, set[str]]],
    narration: dict[int, list[tuple[int, Mention]]] | None = None,
) -> list[Scored]:
    """``chain-parity``: in a run of consecutive quote paragraphs, a turn attributed only by turn order takes the
    speaker of the nearest turn an even number of turns before it that names its speaker, else of the nearest one
    after it (``"…," said Maud`` two turns later makes this Maud's too), rather than a guess carried along the
    chain."""
    chains: list[list[int]] = []
    last_paragraph = -10
    handed = False  # the last paragraph's turn ended with another named speaker than its first
    for i, sc in enumerate(out):
        d = sc.draft
        if d.kind != "direct" or (chains and chains[-1] and out[chains[-1][-1]].draft.paragraph == d.paragraph):
            first = out[chains[-1][-1]].candidates if chains and chains[-1] else ()
            if d.kind == "direct" and d.mention is not None and sc.candidates and first and (
                key(sc.candidates[0]) != key(first[0])
            ):  # last-in-paragraph: '"…!" he concluded; and May echoed: "…?"' hands the turn to May: the
                handed = True  # parity of the chain before says nothing of the turns after it (score's turns)
            continue
        if d.paragraph != last_paragraph + 1 or not chains or handed:
            chains.append([])
        handed = False
        chains[-1].append(i)
        last_paragraph = d.paragraph
    result = list(out)
    for chain in chains:
        attributed = [j for j, i in enumerate(chain) if out[i].candidates and out[i].candidates[0].reason
                      in _NAMED_TURN and participant(out[i].candidates[0])]
        named = [j for j in attributed if out[chain[j]].candidates[0].kind == "name" or (
            _narrator_i(out[chain[j]].candidates[0], text))]
        attributed_at = set(attributed)
        for j, i in enumerate(chain):
            cands = out[i].candidates
            if cands and cands[0].reason not in _TURN_GUESS:
                continue

            def same_parity(turns: list[int], j: int = j) -> list[int]:
                # only the turns within reach are read (bisection on the sorted list): linear in the chain's length
                lo, hi = bisect_left(turns, j - _PARITY_REACH), bisect_right(turns, j + _PARITY_REACH)
                return [k for k in turns[lo:hi] if k != j and (j - k) % 2 == 0]

            near = same_parity(named)
            if j - 2 in attributed_at and j - 2 not in near:
                near = [j - 2]  # adjacent-anchor: the turn two back outranks a farther name's parity
            weak = not cands or cands[0].reason in _WEAK_GUESS
            if not near and weak:
                near = same_parity(attributed)
            if not near and weak:
                other = _cross_parity(out, chain, j, named, key, participant, cands, narration)
                if other is not None:
                    result[i] = _retaken(out[i], _carried(other, "cross-parity", True), key)
                    continue
            if not near:
                continue
            anchor = out[chain[min(near, key=lambda k: (k > j, abs(j - k)))]].candidates[0]
            if cands and key(cands[0]) == key(anchor):
                continue
            if _names(anchor, named_by[i], key, text, titles):
                continue  # named-in-quote: "…, Helen means." is not Helen's turn
            result[i] = _retaken(out[i], _carried(anchor, "chain-parity", True), key)
    return result


def _retaken(sc: Scored, new: Cand, key: Callable[[Cand], str]) -> Scored:
    """The quote of ``sc`` given to the turn order's ``new`` candidate first (its other candidates after it, its
    confidence scored again); ``own-cue``: a cue carried from the turn before is not this speaker's."""
    cands = sc.candidates
    ranked = (new, *(c for c in cands if key(c) != key(new)))
    best, rival = ranked[0].score, ranked[1].score if len(ranked) > 1 else 0.0
    d = sc.draft
    if cands and cands[0].reason in _CONTINUING and d.mention is None:
        d = attrs.evolve(d, cue=None)
    return Scored(d, ranked, round(best * best / (best + rival), 4))


_CROSS_REACH = 12  # cross-parity: turns of the chain around a turn, and drafts after (then before) the chain, read for
# the other participant's name


def _cross_parity(
    out: Sequence[Scored], chain: Sequence[int], j: int, named: Sequence[int], key: Callable[[Cand], str],
    participant: Callable[[Cand], bool], cands: Sequence[Cand] = (),
    narration: dict[int, list[tuple[int, Mention]]] | None = None,
) -> Cand | None:
    """``cross-parity``: a turn that no named turn of its parity reaches, an odd number of turns from named turns of
    one speaker A, is the other participant's: the nearest speaker named in the chain, else after it, else before
    it (within ``_CROSS_REACH`` turns of the chain, and twice that many drafts of the turn), who is not A (a
    passage opening mid-conversation: ``"…"`` / ``"…," said Fitzwilliam`` / ``"…"``, the first turn is no
    Fitzwilliam's); failing that, the turn's own next guess by name who is not A (``own-other-guess``, stop 52: PDNC
    dev passages of 3,000 characters +3, of 1,000 +5, of 800 +2 -1, whole novels and news unchanged); for a turn with
    no guess at all, then the first other person the ``narration`` names around the conversation
    (``_narrated_other``). A weak guess (``_WEAK_GUESS``) gives way only when it is A itself."""
    # only the named turns within reach are read (bisection on the sorted list): constant work per turn
    lo, hi = bisect_left(named, j - _PARITY_REACH), bisect_right(named, j + _PARITY_REACH)
    odd = [k for k in named[lo:hi] if (k - j) % 2 == 1]
    if not odd or len({key(out[chain[k]].candidates[0]) for k in odd}) > 1:
        return None  # (two people an odd number of turns away: someone spoke twice running)
    anchor = out[chain[min(odd, key=lambda k: abs(j - k))]].candidates[0]
    if cands and key(cands[0]) != key(anchor):
        return None  # (a weak guess of someone else stays: replacing it too, PDNC dev lost 72 and gained 98)
    lo, hi = bisect_left(named, j - _CROSS_REACH), bisect_right(named, j + _CROSS_REACH)
    inside = sorted((chain[k] for k in named[lo:hi]), key=lambda i: abs(i - chain[j]))
    at = chain[j]  # (outside the chain, only drafts within reach of the turn itself)
    after = range(chain[-1] + 1, min(len(out), chain[-1] + 1 + _CROSS_REACH, at + 1 + 2 * _CROSS_REACH))
    before = range(chain[0] - 1, max(-1, chain[0] - 1 - _CROSS_REACH, at - 1 - 2 * _CROSS_REACH), -1)
    for i in (*inside, *after, *before):
        best: Cand | None = out[i].candidates[0] if out[i].candidates else None
        if best is not None and best.kind == "name" and best.reason in _NAMED_TURN and participant(best) and (
            key(best) != key(anchor)
        ):
            return best
    # own-other-guess: no other speaker is named near; the turn's own next guess by name who is not A is (``"Well?"
    # said Lady Catherine.`` / ``Elizabeth made no answer.`` / ``"Are you engaged?"`` / ``"I am not."`` / ``Lady
    # Catherine seemed pleased. "And will you promise …?"``: the answer is Elizabeth's)
    own = next((c for c in cands[1:] if c.kind == "name" and key(c) != key(anchor) and participant(c)), None)
    if own is None and not cands and narration is not None:
        return _narrated_other(out, chain, key(anchor), key, participant, narration)
    return own


_NARRATED_OTHER_REACH = 4  # narrated-other: paragraphs of narration read after (then before) the chain (2 gave
# passages of 3,000, 1,000 and 800 characters +13, +20, +26; 4, +1, +2, +3 more)


def _narrated_other(
    out: Sequence[Scored], chain: Sequence[int], anchor: str, key: Callable[[Cand], str],
    participant: Callable[[Cand], bool], narration: dict[int, list[tuple[int, Mention]]],
) -> Cand | None:
    """``narrated-other``: for a turn with no guess at all that ``cross-parity`` finds an odd number of turns from the
    named turns of one speaker (key ``anchor``), with no other speaker named near, the first person the narration
    names right after the conversation, else right before it, who is not that speaker (a passage opening
    mid-conversation: ``"…"`` / ``"…," said Edmund`` / ``Tom walked out of the room as he said it.``: the first turn
    is Tom's)."""
    last, first = out[chain[-1]].draft.paragraph, out[chain[0]].draft.paragraph
    paragraphs = [*range(last + 1, last + 1 + _NARRATED_OTHER_REACH),
                  *range(first - 1, first - 1 - _NARRATED_OTHER_REACH, -1)]
    for para in paragraphs:
        for _sent, m in narration.get(para, [])[:_CROSS_REACH]:  # (a bounded read: constant work per turn)
            if m.kind != "name":
                continue
            cand = _from_mention(m, "cross-parity", "", True)
            if key(cand) != anchor and participant(cand):
                return cand
    return None


def _beat_between(narration: dict[int, list[tuple[int, Mention]]], d: Draft) -> bool:
    """``beat-before-call``: narration of two subjects or more before the quote ``d`` in its paragraph (``The
    captain went below. Hale turned to the boy. "Steady, Billy."``): whom that quote calls is no answer to the turn
    before (one subject may be the answerer's gesture: ``Henry shrugged. "Margaret! Margaret!"``)."""
    return sum(m.end <= d.fragments[0][0] for _, m in narration.get(d.paragraph, ())) >= 2


def _more_than(text: str, d: Draft, span: tuple[int, int]) -> bool:
    """Whether the quote ``d`` says more than the name at ``span`` (a letter outside it in a fragment)."""
    vs, ve = span
    return any(ch.isalpha() for a, b in d.fragments for ch in text[a : min(b, vs)] + text[max(a, ve) : b])


def _possessed_kin(written: str, kin: Container[str]) -> bool:
    """``kin-by-possessor``: ``his father``, ``her ladyship``: a possessive and a word of ``kin`` (a relative who
    shares the possessor's surname, or a title's ``-ship`` form), whom coreference names through the possessor."""
    words = written.lower().split()
    return len(words) == 2 and words[0] in ("his", "her") and words[1] in kin


def _described_participant(
    cand: Cand, text: str, turns: Sequence[Cand | None], history: Sequence[Cand], key: Callable[[Cand], str],
    called: tuple[int, int] | None = None,
) -> Cand:
    """``described-participant``: ``"…," said her mother`` in a conversation names the participant the turn order
    gives (the person the last turn called by name, else two turns back, else the latest other speaker); the
    description stays the speaker's mention."""
    if called is not None:  # '"…, Harry," said Mrs. Maylie.' / '"…?" rejoined the young man.': Harry answers
        return cand._replace(name_start=called[0], name_end=called[1])
    previous = key(turns[-1]) if turns[-1] is not None else ""
    options = [turns[-2]] if len(turns) >= 2 else []
    options += [c for c in reversed(history) if key(c) != previous][:1]
    for c in options:
        if c is not None and c.kind not in ("description", "pronoun") and key(c) != previous:
            return cand._replace(name_start=c.name_start, name_end=c.name_end)
    return cand


def _participant_key(words: Sequence[str], kind: str) -> str:
    """The key a speaker is known by in the turn order, from the lower-cased ``words`` of its name:
    ``described-key``, a description's words but its article (``the younger waiter`` is not ``the older waiter``),
    else the last word (``Mr. Darcy`` and ``Darcy`` are one)."""
    if kind == "description" and len(words) > 1:
        return " ".join(w for w in words if w not in ("the", "a", "an"))
    return words[-1] if words else ""


def _scene_participant(
    named_in: dict[int, list[tuple[int, int]]], first_turn: int, previous: str, text: str, recent: str | None
) -> Cand | None:
    """``scene-participant``: the latest name of the cast in the narration of a conversation's first turn that is
    not that turn's speaker (``Piet looked at Maud and smiled. "Shall we walk on?"`` / ``"Not yet."``: Maud
    answers); None when ``recent``, the latest other speaker, is named there too. (Names from the one or two
    paragraphs before the first turn were measured too: no better.)"""
    found = None
    for s, e in reversed(named_in.get(first_turn, [])):
        words = text[s:e].lower().split()
        kind = "description" if text[s:e].rsplit(maxsplit=1)[-1].islower() else "name"  # (described-in-scene: "the
        # butler"; "The Professor" stays a name)
        if words and _participant_key(words, kind) == recent:
            return None  # the latest other speaker is in the scene: keep them
        if words and _participant_key(words, kind) != previous and found is None:
            found = Cand(s, e, kind, 0.0, "other-participant", s, e)
    return found


_NARRATED_REACH = 4  # narrated-participant: paragraphs looked back over


def _narrated_participant(
    narration: dict[int, list[tuple[int, Mention]]], paragraph: int, previous: str, key: Callable[[Cand], str],
    text: str,
) -> Cand | None:
    """``narrated-participant``: when no one but the last turn's speaker has spoken, the latest narration subject of
    the few paragraphs before who is someone else is the other participant (``The inspector leaned back. Across the
    table, Dawson was sweating.`` / ``"Where were you?"`` / ``"At home."``: the inspector and Dawson take turns);
    ``narrator-participant``: so is a first-person narrator's ``I`` (``I had not seen my brother …`` / ``"You look
    old," he said.`` / ``"So do you."`` is the narrator's), though no other pronoun is."""
    for para in range(paragraph - 1, paragraph - 1 - _NARRATED_REACH, -1):
        for _sent, m in reversed(narration.get(para, [])):
            if m.kind == "pronoun" and text[m.start : m.end] != "I":
                continue  # (narrator-participant: a first-person narrator's "I" is one; authorial-I leaves none)
            cand = _from_mention(m, "other-participant", "", True)
            if key(cand) != previous:
                return cand
    return None


def _first_spoken(out: Sequence[Scored], paragraph: int) -> bool:
    """No quote of ``paragraph`` among those scored so far (``out``) is direct or has a speaker (``Thune, asked
    whether …, shrugged.`` reports a question nobody named asked); only the last few are read (a paragraph holds
    few)."""
    for sc in reversed(out[-_PARAGRAPH_QUOTES:]):
        if sc.draft.paragraph != paragraph:
            return True
        if sc.draft.kind == "direct" or sc.candidates:
            return False
    return True


_PARAGRAPH_QUOTES = 8  # _first_spoken: earlier quotes of a paragraph read
_BEAT_REACH = 80  # characters at most from a quote's end to the subject of the beat after it
_BEAT_BREAKS = frozenset('.!?;:"“”')  # no sentence may end between them, and no other quotation come
_NESTED_CLOSE = 3  # closing marks of nested quotations read back over at a quote's end


def _beat_right_after(text: str, d: Draft, subject: Mention) -> bool:
    """``plain-narration-after``: the quote ends a sentence and the beat's subject is in the next one (``"It is a
    disaster." Trump shook his head.``, ``"…." But Archer paused.``; not ``"…," was the reply. For Harriet, …``)."""
    end = d.fragments[-1][1]
    last = end - 1
    while last > end - _NESTED_CLOSE and text[last] in CLOSING_MARKS:
        last -= 1  # (a nested quotation closing with it: "… Mrs. Eleanor Boltons.'")
    if not (end < subject.start <= end + _BEAT_REACH) or text[last] not in ".!?…":
        return False
    mark = end
    while mark < subject.start and not text[mark].isspace():
        mark += 1  # (the closing mark)
    return not any(ch in _BEAT_BREAKS for ch in text[mark : subject.start])


def _narration_subject(
    narration: dict[int, list[tuple[int, Mention]]], d: Draft, following: Draft | None = None
) -> tuple[Mention, str] | None:
    """``narration-subject``: the last narration subject earlier in the quote's paragraph; else (``narration-after``,
    an action beat: ``"Thank you." Ellen did not look up.``, weaker than the turn order) the first one after it in
    the paragraph, ``narration-between`` when the ``following`` quote is a direct one of the paragraph after that
    beat; else ``narration-before``: the last one of the paragraph before (weaker)."""
    here = narration.get(d.paragraph, [])
    for sent, m in reversed(here):
        if sent < d.sentence:
            return m, "narration-subject"
    after = next(((sent, m) for sent, m in here if sent > d.sentence), None)
    if after is not None and following is not None and following.paragraph == d.paragraph and (
        following.kind == "direct" and following.sentence > after[0]
    ):  # narration-between: '"Fine." Hugo folded the map. "Clara's way."' is Hugo's: one speaker's paragraph
        return after[1], "narration-between"
    if after is not None:
        return after[1], "narration-after"  # narration-after: '"Thank you." Ellen did not look up.' is Ellen's
    before = narration.get(d.paragraph - 1)
    return (before[-1][1], "narration-before") if before else None


def previous_turns(
    scored: Sequence[Scored], paragraphs: Sequence[tuple[int, int]], opening: Container[int]
) -> list[int]:
    """For each attributed quote, the index (among attributed quotes) of the turn just before it when both open
    consecutive paragraphs (coref ``new-turn``), else -1. ``opening`` holds the offsets where quotations open.

    >>> previous_turns([], [(0, 10)], {0})
    []
    """
    out: list[int] = []
    prev_draft: Draft | None = None
    prev_index = -1
    for sc in scored:
        d = sc.draft
        follows = prev_draft is not None and d.paragraph == prev_draft.paragraph + 1 and (
            paragraphs[d.paragraph][0] in opening and paragraphs[prev_draft.paragraph][0] in opening
        )  # both quotations open their paragraphs, one right after the other
        turn = prev_index if follows else -1
        if sc.candidates:
            out.append(turn)
            prev_index = len(out) - 1
        else:
            prev_index = -1
        prev_draft = d
    return out
