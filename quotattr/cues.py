"""Stage 4: cue patterns. Finds the words that mark an attribution in a sentence's narration.

Rules:
- ``lexicon-verb``: any form of a reporting verb in ``data/reporting_verbs.tsv`` (``said``, ``has told``).
- ``two-word-verb``: phrasal verbs listed with a space (``pointed out``, ``went on``).
- ``set-phrase``: idioms of ``data/cue_phrases.tsv`` with a verb of saying in them are no cue (``Needless to say,
  …``, ``It goes without saying that …``, ``so to speak``, ``Let's say …``, ``truth be told``).
- ``cue-phrase``: multi-word cues from ``data/cue_phrases.tsv`` (``according to``; a ``noun-that`` phrase only
  where its noun reads as no verb: ``his claims that``, not ``he claims that``); ``per-source``: the one-word
  ``per`` before a name or a determiner and a source noun (``per CTV News``, ``per a company statement``; not ``per
  cent``, ``per the McKinley plan``); ``in-poll``: ``in`` opening a clause before a poll's phrase and a comma (``In a
  CBS News poll last month, Cruz led``; ``_poll_source``).
- ``lowercase-verb``: a verb counts only in lower case (``the Washington Post`` is a paper, ``post`` a verb),
  except a sentence-initial ``According``, a participle opening the sentence before a determiner or preposition
  (``Citing an old study, …``; not ``Voting rights groups``) and in a ``title-case-headline`` (``Obama Says Museum
  Will …``).
- ``verb-first``: a capitalised verb of saying opening a sentence that holds a quotation, before a name or a
  determiner (``one`` too: ``Said one trader: "…"``), is a cue (``Said Helen, "…"``; not ``Said to be worth
  millions``).
- ``noun-reading``: a verb form right after a determiner or possessive is a noun (``the report``,
  ``his claims``, ``the stated goal``; not after a relative ``that``, ``relative-that``: ``groups that argued``),
  and so is a manner verb after a preposition, a determiner and an
  adjective, hyphenated too (``with a beaming smile``, ``with a good-humoured smile``; not ``a spokesman for the
  campaign said``) or a preposition and an adjective alone (``in a peal of pitiless thunder``), an ``-s`` form or
  a base form right after a preposition other than an infinitive's ``to`` (``for talks``, ``in charge``,
  ``disposed for talk``: no finite verb follows a preposition) and a speech noun after a possessive and an
  adjective (``Fanny's instinctive reply``), and a base form after ``a``, ``an``,
  ``each`` or ``every`` and a modifier, perhaps intensified (``a controversial comment``, ``an overall cost
  estimate``, ``a very gracious reply``), but not after a preposition and ``each`` or ``every``, where a noun
  ends the phrase before its clause's verb (``Voters in each state say …``); ``modified-speech-noun``: a speech noun
  after ``the`` and a modifier (``hazarding the usual reply``; not a plural subject, ``the people reply``, nor
  the act a light verb names, ``Sanders made the following comment:``, ``data/word_classes.tsv`` light-verb);
  ``thought-after-preposition``: a belief verb after a preposition, ``a`` and a modifier (``I replied, after a
  little thought``; not ``after the senator spoke``); ``with-modifier-noun``: a base form after ``with`` or
  ``without`` and one modifier that ends its phrase (``she replied, with equal caution.``; not ``Those with children
  say the school …``; stop 50: PDNC dev 5 false quotes fewer, PolNeAR unchanged). ``possessive-gerund``: but a
  speech verb in ``-ing`` after a
  name's possessive (its apostrophe perhaps lost) is its act, when punctuation, ``that``, an adverb or a
  preposition follows (``by Thorpe s saying very abruptly,``; not ``the Party's nominating convention``).
  ``naming-participle``: ``called`` or ``named`` between a noun after a determiner and a name that a verb of saying
  follows is part of the noun phrase (``the new man called Ratcliffe said``), no cue; ``named-thing``: nor after an
  object's indefinite noun that names no person (``joined a movement called the Ethiopian People's Revolutionary
  Party``, ``performing a play called "Sons of Trump"``); ``attributive-participle``: nor a form in ``-ed`` or
  ``-ing`` that modifies a plural noun after a number, determiner or possessive (``4,051 pledged delegates``, ``the
  nominating contests``); ``gerund-compound``: nor an ``-ing`` form before a noun it makes a compound with
  (``data/word_classes.tsv``: ``The fractured Republican nominating contest``, ``the voting booth``);
  ``pause-not-cue``: nor is an
  ``-ing`` form after ``after`` or ``before`` and before ``for a moment`` (``after considering for a moment,
  said:``; ``data/word_classes.tsv`` duration-noun).
- ``quantifier-subject``: but after a quantifier standing alone as a subject, a form that is no noun homograph
  is a verb when a clause or an object follows (``Many said the plan``, not ``too many calls into``); and after a
  person's noun, ``of`` and a number (``parent-of-number``: ``The father of two said``); ``ratio-subject``: so does a
  ratio of numbers (``One in three said the party …``; stop 41: PolNeAR train 7 more matched, 1 lost).
- ``plural-before-cue``: a plural cue form right before a speech verb of another lemma is that verb's subject
  (``Tenant advocates say that …``), not after a given name (``which Will claims affirmed``) or ``and``.
- ``noun-homograph``: forms in ``data/noun_homographs.txt`` (``states``, ``tweet``) count only after a subject
  pronoun (not an object ``it`` after a verb: ``to bring it back``), a modal or an infinitive's ``to`` (``used to
  back``), or before ``that``, ``:`` or an
  infinitive (``they report that …``, ``would support``, ``The campaign plans to send …``), or ending the
  sentence after a comma and a name (``closing-attribution``: ``…, The Wall Street Journal reports.``; and a
  ``described-closing-source`` with ``the``, a source noun or a name's particle: ``…, the Daily Caller reports.``,
  ``…, Portuguese newspaper Correio de Manha reports.``), or after
  a subject and an adverb (``adverb-verb``: ``Sanders often questions …``), or after a plural source noun opening
  the clause (``group-subject``: ``Critics call such caps …``), or in its base form after two names
  joined by ``and`` (``coordinated-subject``: ``Obama and Clinton call them …``), or as an ``-s`` form between a
  name and a determiner (``name-verb-object``: ``Trump questions the fairness``); a phrasal verb counts anywhere
  (``officials point out that``).
- ``permission-frame``: a verb after ``not authorized to``, ``wasn't allowed to`` is no cue (``who was not
  authorized to discuss the matter, said …``: PolNeAR reads it as part of the source; but ``was allowed to speak
  out about`` is a cue).
- ``thing-said``: ``said`` after ``be`` whose subject is a thing pronoun or an amount (``Nothing more was said
  that evening``, ``Much has been said about``; ``data/word_classes.tsv`` no-words-object) reports no words (stop 54:
  PDNC dev 25 fewer false quotations, one speaker more right; passages 24 fewer; PolNeAR unchanged).
- ``no-infinitive``, ``no-passive``: ``to the voters`` (``infinitive-cue``: but ``is trying to encourage`` is a
  cue, after a word that is no function word), ``was told``, ``was first reported by``, and after a
  comma ``backed by the unions`` are not attributions of the subject (but ``passive-by``: ``Trump is supported by
  far fewer papers`` reports its subject, the ``by`` phrase speaking); ``passive-raising``: but ``is expected
  to``, ``is said to`` are cues of the whole clause, with no source (``Sanders is expected to win``), and so
  (``passive-report``) are ``is seen as``, ``was accused of``, ``was declared the``, and (``passive-question``)
  ``was asked whether`` (``fronted-asked``: so is a sentence-opening ``Asked`` whose question follows a short adjunct,
  ``Asked in Iowa recently whether …,``; its report ends at the comma; stop 41: PolNeAR train +4/-1); a comparison
  between ``be`` and the participle leaves it an adjective (``Some investors were less worried.``:
  ``data/word_classes.tsv`` comparative-degree); ``reduced-report``: a ``passive-report``
  participle right after a common noun and before ``of`` or ``with`` modifies the noun, no cue (``A former nurse
  accused of poisoning three patients told jurors``; not after a pronoun: ``who she accused of lying``);
  ``bare-adverbial``: a participle after ``when``, ``if``, ``unless`` … that ends its clause reports nothing
  (``Jenkins, when asked, knew exactly where it was.``; ``data/word_classes.tsv`` adverbial-subordinator, without
  ``once``, an adverb in ``agreements she once supported,``; stop 45).
- ``belief-adjective``: an adjective of belief after ``be`` (or a linking verb: ``remained skeptical of``) and
  before ``that``, ``of``, ``about``, ``to``,
  ``whether`` or a subject pronoun (``is confident she will win``) is a cue (``Clinton is confident that …``,
  ``voters are skeptical of …``), nowhere else.
- ``cue-before-attribution``: a verb form that ends a clause closed by ``, SOURCE CUE`` and the sentence end is
  part of what is reported (``The fighting continued, he said``), no cue; not before a parenthetical attribution
  (``Instead, she said, her boss told her …``); ``closing-outer``: nor is a finite verb with words after it in such
  a clause (``The EU will propose new tariffs next week, three diplomats said.``), unless a fronted clause opens the
  sentence (``When a reporter asked Trump …, Trump deflected``) or a participle is either verb.
- ``by-gerund``: a verb followed by a short object and ``by`` and a speech verb in ``-ing`` that opens a quotation
  is no cue; the gerund is (``called her attention by saying:``, ``renewed the subject again by saying,``).
- ``conclude-an-act``: ``conclude`` after a word and before a determiner finishes something, no cue (``He had
  concluded his prayer``; ``'…,' concluded a 2013 article`` is).
- ``decline-in-value``: ``decline`` refuses only before an infinitive (perhaps after a short phrase: ``declined at
  first to criticize``), ``comment``, an object's determiner or quantifier, or punctuation (``declined to comment``,
  ``declined multiple requests``, ``it declined,``); elsewhere it falls, no cue (``Sales declined sharply in
  March``).
- ``place-object``: a cue whose object (perhaps after a preposition of place) is a noun of place acts on a place, no
  cue (``Rain hammered the windows of the house``, ``who had been standing by the door``, ``pointed down the
  street``; ``stood by his comments`` and ``said the door was locked`` report); ``phrasal-place``: after a phrasal
  verb's own particle the noun of place need not end its phrase (``Holmes was standing by the window when I
  entered``; stop 41).
- ``bare-gerund``: a verb in ``-ing`` after a preposition (not ``to``) that ends the sentence reports nothing (``I
  was tired of complaining.``; ``by saying:`` opens a quotation and stays a cue), nor one after a comma
  (``bare-participle``: ``there were still people hanging about, talking.``; stop 48); ``negated-gerund``: nor does one
  after ``without`` wherever it stands (``He hung up his coat without answering.``, ``without saying a word,
  turned away``), unless a quotation opens right after it (``without saying, "This is …"``; stop 45: PDNC dev 51
  fewer false reports; PolNeAR train lost one: it annotates ``campaigning … without mentioning Sanders``).
- ``dated-document``: a past participle between a document's noun (or a message's: ``data/word_classes.tsv``
  message-noun) and a day or a month that a comma or a verb of saying follows modifies the noun, no cue (``In a
  Facebook message posted Friday, Cruz said …``; ``The report warned Tuesday that …`` reports).
- ``superlative-noun``: a verb form after a determiner or possessive and a superlative is a noun (``the greatest
  fear that I have ever seen``).
- ``than-comparative``: a verb whose subject pronoun follows ``than`` ends a comparison, no report (``smaller than I
  remembered``, ``sooner than anyone had expected``).
- ``found-not-find``: ``found`` after a word that wants a base form (``help``, ``to``, a modal;
  ``data/word_classes.tsv`` base-lead) is the verb ``to found``, no cue (``Nega helped found the Ginbot 7
  movement``).
- ``go-on-quotes-only``: ``go on`` reports a clause only before ``to`` and a verb of saying (``went on to say that
  …``); elsewhere it is read as a manner verb, which attributes a quotation (``"…," he went on``) and reports no
  clause (``She went on sewing``, ``went on to win the election``).
- ``credit-line``: a gerund before ``by`` opening a sentence, a parenthesis or a part after ``;`` credits a
  journalist (``(Reporting by Amanda Becker; Writing by Luciana Lopez; Editing by Matthew Lewis.)``), no cue.
- ``having-said-that``: ``Having said that,`` (``this``, ``so``) is a turn of phrase, no cue (stop 41).
- ``reduced-passive``: a speech verb's participle in ``-ed`` right after a common noun and before ``by`` is a
  passive as after ``be`` (``passive-by``: ``The country described by the president …`` is the president's; stop 41:
  PolNeAR train 10 more matched, 2 lost).
- ``show-noun``: ``show`` after a singular common noun, before no clause or object, is a noun (``the reality TV
  show "The Apprentice."``; stop 41: PolNeAR train 8 fewer false reports, 3 accidental matches lost).
- ``continue-to-act``: ``continue to`` reports a clause only before a verb of saying, as ``go on`` does
  (``continued to insist that …``); ``Clinton continues to be the favourite`` reports nothing, and ``"…," he
  continued`` still attributes its quotation. ``go-on-to-say``: ``went on to say``, ``continued to question`` is
  one cue, to the verb of saying, and the content starts after it (``went on to say that`` reports what follows
  ``that``).
- ``seen-since``: ``see`` before ``since``, or ``in`` and a stretch of time, after at most a two-word object, tells
  how long ago something last happened, no report (``levels not seen since 2008``, ``I had not seen my sister in
  eleven years``; ``data/word_classes.tsv`` time-span).
- ``all-that-said``: a verb of saying after ``was all`` and a subject (``"No," was all she said.``, ``was all that
  Fanny attempted to say``) is no cue: ``relations`` names the quotation's speaker as a remark's owner (stop 53).
- ``instead-of-answering``: an ``-ing`` verb of saying after ``instead of`` with nothing said after it, only a
  comma or the next subject (``Instead of answering her he asked: "…"``), is no cue; the verb after it is (stop 53).
- ``supplied-with``: ``supply`` before ``with`` provides, no report (``a breakfast table miraculously supplied with
  the most varied delicacies``; ``"Yes," supplied Anne`` reports; stop 53).
- ``can-tell``: ``tell`` after ``can`` or ``could`` and before a question word, ``that``, ``from``, ``by`` or the
  end of its clause perceives (``she could not tell whether …``, ``I can tell by the way he …``), no report; with a
  person to tell it reports (``could not tell Miss Crawford that …``; stop 53).
- ``verb-and-particle``: ``back`` after a past form that still reports (``Clinton fired back that …``; else
  ``direction-adverb``: ``Anne came back to earth``) is one cue with the verb (``fired back``), so the speaker is
  Clinton, not ``Clinton fired`` (stop 52: speaker spans only, 2 of PolNeAR train).
- Stop 64: ``in-view`` (``opinion_source``: ``In Professor Knittel's view, …``, ``…, in Bolton's view.``, a source
  as ``according to`` is; ``data/word_classes.tsv`` opinion-noun); ``other-sense-phrasal`` (``would add up to``,
  ``were called off`` report nothing; ``data/word_classes.tsv`` other-sense-phrasal); ``ing-no-passive`` (``is
  standing by an accusation`` is no passive); ``named-thing`` takes an acronym, ``one`` and a year (``one PAC called
  Stop Hillary``, ``a 2002 psychology class called "Perception"``).
- Stop 65: ``time-then-by`` (``passive_by_at``: ``Cruz was also endorsed the day before by former rival Carly
  Fiorina`` is hers, a time phrase between the passive and ``by``); ``object-after-past`` (a plural right after an
  irregular past verb is its object: ``she had claims of various kinds``, ``Anderson had reasons of his own``);
  ``said-than-done`` (``easier said than done`` reports nothing); ``as reported by`` is a ``cue-phrase`` of the
  source after it, as ``according to`` is; ``quantifier-subject`` before a quotation (``Some chanted "USA! USA!"``,
  ``Many said, "…"``).
- Stop 66: ``no-report-phrasal`` (``data/word_classes.tsv``: a verb and the word after it that make a retreat or a
  likeness: ``Berlin backed off, replacing the levy``, ``backed down from his proposal``, ``Despite sounding like a
  Brit``; ``Trump backed off some of his proposals`` still reports, as PolNeAR dev has it); ``determined-gerund``
  (an ``-ing`` word after a determiner and one modifier, closing its clause, is a noun: ``as if she had received
  the same warning.``, ``ignoring the difficult problem``; not ``a sign saying "…"``); ``modified-group-subject``
  (``group-subject`` after one capitalised modifier, before a lower-case word: ``Democratic senators support
  reforming …``).
- Stop 67: ``make it clear`` is a verb of speech (``tools/build_reporting_verbs.py``); ``determined-gerund`` also
  after ``a`` or ``an`` before a preposition (``A strong showing from Mr. Rubio …``, ``a queer feeling of …``;
  PolNeAR train 5 false reports fewer, PDNC dev +2, nothing lost); ``known-as`` (``known`` a word or two before
  ``as`` names a thing: ``the Islamic State, also known as ISIS``; train 12 false reports fewer, 1 lost);
  ``found-oneself`` (``find`` before a reflexive finds no fact: ``The bank has found itself at the center of …``;
  train 7 false reports fewer, PDNC +1).
- Stop 68: ``object-her`` (``her`` after a source's adjective and a preposition is an object, no possessive: ``Aides
  close to her said`` has the cue ``said``; PolNeAR train +1, the others unchanged).
- ``quotes-are-not-cues``: words inside quotation marks are never cues.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotattr.lexicon import Lexicon
from quotattr.marks import CLOSING_MARKS, MARK_CHARS
from quotattr.segment import POSSESSIVE_ENDS, Token, lost_possessive


@attrs.frozen(slots=True)
class CueHit:
    """A cue in a sentence: tokens ``first``..``last`` (exclusive), its lemma and class."""

    first: int
    last: int
    lemma: str
    cls: str  # speech, evidence, belief, manner, source-after, colon
    start: int
    end: int


def find_cues(tokens: Sequence[Token], in_quote: Sequence[bool], lex: Lexicon) -> list[CueHit]:
    """Cues among the narration tokens of one sentence, in order.

    >>> from quotattr.segment import tokenize
    >>> lex = Lexicon.default()
    >>> text = "The report said, according to aides, that he has told them."
    >>> toks = tokenize(text, 0, len(text), lex)
    >>> [(c.lemma, c.cls) for c in find_cues(toks, [False] * len(toks), lex)]
    [('say', 'speech'), ('according to', 'source-after'), ('tell', 'speech')]
    """
    out: list[CueHit] = []
    n = len(tokens)
    title_case: bool | None = None  # computed on the first capitalised verb form
    cue_words = lex.cue_words
    free = 0  # the first token not taken by an earlier cue
    for i in [i for i, t in enumerate(tokens) if t.lower in cue_words]:  # every cue starts with a cue word
        if i < free or in_quote[i]:
            continue
        hit = None
        if title_case is None and not tokens[i].text[:1].islower():
            title_case = _title_case(tokens)
        for width in (3, 2) if tokens[i].lower in lex.phrase_starts else ():
            if i + width <= n and not any(in_quote[i : i + width]):
                phrase = " ".join(t.lower for t in tokens[i : i + width])
                if phrase in lex.cue_phrases:
                    role = lex.cue_phrases[phrase]
                    if role == "noun-that":  # noun-that: "his claims that …"; but "he claims that" is a verb
                        if not (tokens[i].lower in lex.verb_forms and _verb_ok(tokens, i, lex, bool(title_case))):
                            hit = (1, tokens[i].lower, role)
                        break
                    hit = (width, phrase, role)
                    break
                if phrase in lex.verb_forms and _verb_ok(tokens, i, lex, bool(title_case), phrasal=True) and not (
                    _place_object(tokens, i + width, lex, particle=True)
                ):
                    lemma, cls = lex.verb_forms[phrase]
                    hit = (width, lemma, cls)
                    break
        if hit is None and lex.cue_phrases.get(tokens[i].lower) == "source-after" and _per_source(tokens, i, lex):
            hit = (1, tokens[i].lower, "source-after")  # per-source: "per CTV News", "per a company statement"
        if hit is None and tokens[i].lower == "in" and (
            _poll_source(tokens, in_quote, i, lex) or opinion_source(tokens, in_quote, i, lex) > 0
        ):
            hit = (1, "in", "source-after")  # in-poll: "In a CBS News poll last month, Mr. Cruz had a lead"
        if hit is None and tokens[i].lower in lex.verb_forms and (
            _verb_ok(tokens, i, lex, bool(title_case)) or _verb_first(tokens, in_quote, i, lex)
        ):
            lemma, cls = lex.verb_forms[tokens[i].lower]
            hit = (1, lemma, cls)
        if hit is None:
            continue
        if _credit_line(tokens, i):
            continue  # credit-line: "(Reporting by Amanda Becker; Writing by Luciana Lopez)" reports nothing
        if i > 0 and tokens[i].lower == "said" and tokens[i - 1].lower == "having" and i + 2 < n and (
            tokens[i + 1].lower in ("that", "this", "so") and tokens[i + 2].text == ","
        ):
            continue  # having-said-that: "Having said that, there are economists who …" is a turn of phrase
        width, lemma, cls = hit
        if lemma == "put it" and _put_away(tokens, i, width, lex):
            continue  # put-it-away: "he folded it and put it in his pocket" reports nothing ("as he put it" does)
        if lemma in ("go on", "continue") and _goes_on_to_report(tokens, i + width, lex):
            inner = lex.verb_forms[tokens[i + width + 1].lower]
            if inner[1] == "speech":  # (not "as she continued to sob", "She continued to consider him, …")
                # go-on-to-say: "went on to say that …", "continued to question whether …" is one cue ending at the
                # verb of saying, whose lemma it takes
                lemma, width = inner[0], width + 2
        elif lemma == "go on":
            cls = "manner"  # go-on-quotes-only: '"…," he went on' reports; "She went on sewing" does not
        elif lemma == "continue" and i + width < len(tokens) and tokens[i + width].lower == "to":
            cls = "manner"  # continue-to-act: "Clinton continues to be the favourite" reports nothing
        if i + width < n and f"{lemma}_{tokens[i + width].lower}" in lex.words["other-sense-phrasal"]:
            continue  # other-sense-phrasal: "deficits would add up to $1.5 trillion" sums; "were called off" ends
        if width > 1 and _objectless_phrasal(tokens, in_quote, i, width, lemma, lex):
            continue  # objectless-phrasal: "pushed back her chair", "broke off a branch" are acts, no reports
        if lemma == "decline" and _declines_in_value(tokens, i + width, lex):
            continue  # decline-in-value: "Sales declined sharply in March" fell ("declined to comment" refuses)
        if cls == "speech" and _was_all_said(tokens, i, lex):
            continue  # all-that-said: '"No," was all she said.' is named by relations' remark owner, no cue of content
        if i >= 2 and tokens[i].lower.endswith("ing") and tokens[i - 1].lower == "of" and (
            tokens[i - 2].lower == "instead"
        ) and _nothing_said(tokens, i + 1, lex):
            continue  # instead-of-answering: "Instead of answering she murmured: …" names what was not said
        if lemma == "supply" and i + 1 < n and tokens[i + 1].lower == "with":
            continue  # supplied-with: "a table supplied with delicacies" was stocked ('"Yes," supplied Anne' reports)
        if lemma == "tell" and _can_tell(tokens, i, width, lex):
            continue  # can-tell: "she could not tell whether it was …" perceives ("could not tell her that" reports)
        if lemma == "see" and _seen_since(tokens, i + width, lex):
            continue  # seen-since: "prices not seen since 2008" tells of a time, no report
        if lemma == "conclude" and _concludes_an_act(tokens, i, lex):
            continue  # conclude-an-act: "He had concluded his prayer" finished it ('"…," concluded a study' reports)
        if cls in _VERB_CLASSES and i + width + 1 < len(tokens) and _place_object(tokens, i + width, lex):
            continue  # place-object: "Rain hammered the windows", "standing by the door", "pointed down the street"
        free = i + width
        if cls == "nominal":  # "in a statement" is a cue only beside a verb; handled by the relations stage
            continue
        if cls == "set-phrase":  # set-phrase: "Needless to say, …", "so to speak" report nobody's words
            continue
        first = i
        if width == 1 and tokens[i].lower in lex.words["direction-homograph"] and _after_verb_form(tokens, i, lex):
            first = _verb_before(tokens, i)  # verb-and-particle: "Clinton fired back that …" is cued by "fired
            # back" ("fired quickly back"), its subject Clinton, not "Clinton fired"
            if out and out[-1].last > first:
                first = i
        out.append(CueHit(first, i + width, lemma, cls, tokens[first].start, tokens[i + width - 1].end))
    if len(out) > 1:
        out = [c for k, c in enumerate(out)
               if k + 1 == len(out) or not (_reported_clause_end(tokens, c, out[k + 1], lex)
                                            or _by_gerund(tokens, c, out[k + 1]))]
    return out


def _goes_on_to_report(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """``go-on-quotes-only``: ``go on`` reports a clause only before ``to`` and a verb of saying (``went on to say
    that …``, ``went on to explain``); elsewhere it reports only a quotation, as a manner verb does (``"…," he went
    on``), and tells of an act without one (``She went on sewing``, ``went on to win the election``, ``went on to
    found a company``)."""
    return k + 1 < len(tokens) and tokens[k].lower == "to" and tokens[k + 1].lower in lex.verb_forms and (
        tokens[k + 1].lower not in lex.words["base-homograph"])


def _was_all_said(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``all-that-said``: a verb of saying after ``was all``, perhaps ``that``, a subject and a few auxiliaries
    (``"No," was all she said.``, ``was all that Fanny attempted to say``, ``was all Mr. Darcy would say``) names the
    speaker of the quotation before it (``relations`` remark-owner), and reports nothing of its own."""
    j = i - 1
    while j > 0 and i - j <= 4 and tokens[j].lower in lex.words["all-said-aux"] and tokens[j].text.islower():
        j -= 1
    if j < 2:
        return False
    if tokens[j].lower in lex.words["subject-pronoun"] and tokens[j].text.islower():
        j -= 1
    else:
        k = j
        while k > 0 and j - k < 4 and tokens[k].text[:1].isupper() and tokens[k].text[:1].isalpha():
            k -= 1
        if k == j or tokens[j].lower.endswith(("'s", "’s")):
            return False  # (a possessive owns a noun: "was all Lady Bertram's reply")
        j = k
    if j > 0 and tokens[j].lower == "that":
        j -= 1
    return j > 0 and tokens[j].lower == "all" and tokens[j - 1].lower == "was"


def _nothing_said(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """``instead-of-answering``: after ``instead of`` and an ``-ing`` verb of saying, nothing said: a comma, the end,
    or a subject, perhaps after an object pronoun (``Instead of answering she murmured:``, ``Instead of answering her
    he asked:``); not content (``instead of denying poor folks health care``, which PolNeAR annotates)."""
    if k < len(tokens) and tokens[k].lower in lex.words["object-pronoun"]:
        k += 1
    return k >= len(tokens) or tokens[k].text == "," or tokens[k].lower in lex.words["subject-pronoun"]


def _can_tell(tokens: Sequence[Token], i: int, width: int, lex: Lexicon) -> bool:
    """``can-tell``: ``tell`` right after ``can`` or ``could`` (perhaps with ``not``, ``never``, ``hardly``) and before
    a question word, ``that``, ``from``, ``by``, ``apart`` or the end of its clause perceives, no report (``she could
    not tell whether they were gardeners``, ``who can tell what …``, ``nobody could tell how``, ``he could not
    tell.``); with a person to tell it is one (``He could tell her nothing new``, ``could not tell Miss Crawford that
    …``). PolNeAR train and dev: no quotation is cued so; PDNC dev: 22 of 24 such cues matched nothing."""
    j = i - 1
    while j >= 0 and tokens[j].lower in ("not", "never", "hardly", "scarcely", "n't"):
        j -= 1
    if j < 0 or tokens[j].lower not in lex.words["can-modal"] or width != 1:
        return False
    k = i + 1
    if k >= len(tokens) or not tokens[k].text[:1].isalnum():
        return True  # ("But who could tell?")
    low = tokens[k].lower
    return low in lex.words["question-word"] or low in ("that", "from", "by", "apart")


def _declines_in_value(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """``decline-in-value``: ``decline`` refuses only before an infinitive (perhaps after a short phrase),
    ``comment`` or an object's determiner (``declined to comment``, ``declined at first to criticize``, ``declined
    the invitation``); elsewhere it falls (``Sales declined sharply in March``,
    ``the rate would decline by four percentage points``; PolNeAR train: 71 of 71 refusals before ``to`` annotated,
    none of 9 falls)."""
    if k >= len(tokens):
        return True
    low = tokens[k].lower
    if low == "comment" or low in lex.words["determiner"] or low in lex.words["possessive-pronoun"] or (
        low in lex.words["quantifier"] or not tokens[k].text[:1].isalnum()
    ):
        return False  # ("declined comment", "declined the invitation", "declined multiple requests", "it declined,")
    for j in range(k, min(len(tokens) - 1, k + _DECLINE_REACH)):  # ("declined at first to criticize", "declined
        after = tokens[j + 1]  # for years to reveal": an infinitive, not "to 2013" or "to its lowest level")
        infinitive = after.text.isalpha() and (after.text.islower() or tokens[j].text == "To")  # (or a headline's)
        if tokens[j].lower == "to" and infinitive and not (
            after.lower in lex.words["determiner"] or after.lower in lex.words["possessive-pronoun"]
        ):
            return False
    return True


_DECLINE_REACH = 4  # decline-in-value: tokens after "decline" searched for the "to" of its infinitive


def _credit_line(tokens: Sequence[Token], i: int) -> bool:
    """``credit-line``: a gerund right before ``by`` that opens a sentence, a parenthesis or a part after ``;`` (or
    follows ``Additional``) credits a journalist, no report (``(Reporting by Amanda Becker in Washington; Writing by
    Luciana Lopez; Editing by Matthew Lewis.)``, ``Additional reporting by …``)."""
    return tokens[i].lower.endswith("ing") and i + 1 < len(tokens) and tokens[i + 1].lower == "by" and (
        i == 0 or tokens[i - 1].text in ("(", ";") or tokens[i - 1].lower == "additional")


def _seen_since(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """``seen-since``: ``see`` before ``since``, or ``in`` and a stretch of time (perhaps after one word: ``in
    recent years``, ``in eleven years``), with at most a short object between, tells how long ago something last
    happened, no report (``levels not seen since 2007``, ``the worst floods seen in decades``, ``I had not seen my
    sister in eleven years``); ``saw a rise in his standing`` and ``sees the deal as`` still report."""
    for j in range(k, min(k + _SEEN_REACH, len(tokens))):
        low = tokens[j].lower
        if low == "since":
            return True
        if low == "in":
            return any(j + w < len(tokens) and tokens[j + w].lower in lex.words["time-span"] for w in (1, 2))
        if not tokens[j].text.isalpha() or low == "that" or low in lex.verb_forms:
            return False  # (the object ends at punctuation or a clause: "saw that prices rose since")
    return False


# seen-since: tokens after "seen" searched for "since" or "in", past an object of at most two words ("my sister"; not
# "their neighborhoods shift in recent years", where a verb may follow the object)
_SEEN_REACH = 3


def _concludes_an_act(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``conclude-an-act``: ``conclude`` after a word and before a determiner finishes something (``He had concluded
    his prayer``, ``concluding the disclosure process``); after punctuation it inverts an attribution (``'…,' concluded
    a 2013 article``)."""
    return (i > 0 and i + 1 < len(tokens) and tokens[i - 1].text[:1].isalnum()
            and tokens[i + 1].lower in lex.words["determiner"] and tokens[i + 1].lower not in _DEMONSTRATIVE)


_DEMONSTRATIVE = frozenset({"that", "this", "these", "those"})  # "concluded that …", "concluded this month that …"


_VERB_CLASSES = frozenset({"speech", "belief", "manner", "evidence"})  # cue classes of verbs (not "according to")


def _objectless_phrasal(tokens: Sequence[Token], in_quote: Sequence[bool], i: int, width: int, lemma: str,
                        lex: Lexicon) -> bool:
    """``objectless-phrasal``: a phrasal verb of speech that takes no object (``data/word_classes.tsv``
    objectless-phrasal: ``push back``, ``break off``) before a determiner acts on a thing (``The maid pushed back a
    log``, ``She pushed back her chair``); not after a quotation, where its speaker is inverted (``"…," broke in her
    mother``)."""
    k = i + width
    if k >= len(tokens) or tokens[k].lower not in lex.words["determiner"] or tokens[k].lower in ("that", "whose"):
        return False  # (not "Trump shot back that the journalist had not been called on")
    if lemma.replace(" ", "_") not in lex.words["objectless-phrasal"]:
        return False
    return i > 0 and not in_quote[i - 1] and (tokens[i - 1].text[:1].isalnum() or tokens[i - 1].text == ",")


def _place_object(tokens: Sequence[Token], k: int, lex: Lexicon, particle: bool = False) -> bool:
    """``place-object``: a cue followed, perhaps after a preposition of place or direction, by a determiner, at most
    one modifier and a noun of place written in lower case (``data/word_classes.tsv`` place-noun, place-lead) that
    ends its phrase (punctuation, a preposition, ``and``, the sentence's end) acts on a place or a thing: ``Rain
    hammered the windows of the house``, ``who had been standing by the door,``, ``Hawkins pointed down the street
    with his pipe``; ``stood by his comments`` and ``said the door was locked`` report. ``phrasal-place``: after a
    phrasal verb's own particle (``particle``), a noun of place, perhaps after a determiner, is enough (``Holmes was
    standing by the window when I entered``)."""
    n = len(tokens)
    if particle:
        if k < n and tokens[k].lower in lex.words["determiner"]:
            k += 1
        return k < n and tokens[k].lower in lex.words["place-noun"]
    if k < n and tokens[k].lower in lex.words["place-lead"]:
        k += 1
    if k >= n or tokens[k].lower not in lex.words["determiner"]:
        return False
    for j in (k + 1, k + 2):
        if j < n and tokens[j].text.islower() and tokens[j].lower in lex.words["place-noun"]:
            after = tokens[j + 1] if j + 1 < n else None
            return after is None or not after.text[:1].isalnum() or after.lower == "and" or (
                after.lower in lex.words["place-lead"] or after.lower in lex.words["object-lead"])
    return False


_PUT_AWAY = frozenset({"back", "down", "away", "aside", "on", "onto"})  # where a thing is put ("put it back")


def _put_away(tokens: Sequence[Token], i: int, width: int, lex: Lexicon) -> bool:
    """``put-it-away``: ``put it`` before a preposition of place or ``back``, ``down``, ``away`` … moves a thing, unless
    ``as`` opens its clause (``as he put it in a speech, …`` quotes)."""
    k = i + width
    if k >= len(tokens) or not (tokens[k].lower in lex.words["place-preposition"] or tokens[k].lower in _PUT_AWAY):
        return False
    for j in range(i - 1, max(-1, i - _PUT_AS_REACH), -1):
        if tokens[j].lower == "as":
            return False
        if not tokens[j].text[:1].isalnum() and tokens[j].text != ",":
            break
    return True


_PUT_AS_REACH = 12  # tokens back from "put it" to the "as" of "as Mrs. Clinton, then the secretary of state, put it"
_PER_WORDS = 4  # words of a described source after "per" ("per a company statement")
_POLL_WORDS = 8  # in-poll: tokens from "in" to the poll noun at most ("in a New York Times/CBS News survey")


def _poll_source(tokens: Sequence[Token], in_quote: Sequence[bool], i: int, lex: Lexicon) -> bool:
    """``in-poll``: ``in`` opening a clause before a phrase headed by a poll noun (``data/word_classes.tsv``
    poll-noun) and a comma is a source cue, as ``according to`` is (``In a Des Moines Register poll last month, Mr.
    Cruz had a 10-point lead``): the phrase runs from ``in`` to the noun in no quotation mark, comma or function word
    but a determiner, and the noun ends it (not ``In poll numbers``, ``In the day after polls closed``). Mid-clause
    (``Mr. Trump is ahead in public opinion polls``) PolNeAR train annotates it as often as not: 45 of 108."""
    if i > 0 and tokens[i - 1].text not in ",;:—(":
        return False  # (mid-clause, "Cruz rose in the polls" is annotated a report about as often as not)
    polls = lex.words["poll-noun"]
    for j in range(i + 1, min(len(tokens), i + 1 + _POLL_WORDS)):
        tok = tokens[j]
        if in_quote[j] or (not tok.text[:1].isalnum() and tok.text not in ("/", "-", "’s", "'s")):
            return False
        if tok.lower in lex.function_words and tok.lower not in lex.words["determiner"] and tok.text.islower():
            return False  # (a noun phrase's words only: not "voters in the District head to the polls")
        if tok.lower in polls:
            return j + 1 < len(tokens) and tokens[j + 1].lower not in lex.words["poll-compound"] and any(
                t.text == "," for t in tokens[j + 1 : j + 1 + _POLL_WORDS])
    return False


_OPINION_WORDS = 4  # in-view: tokens of the possessor and "own" between "in" and the opinion noun


def opinion_source(tokens: Sequence[Token], in_quote: Sequence[bool], i: int, lex: Lexicon) -> int:
    """``in-view``: ``in`` opening a phrase of a possessor, perhaps ``own``, and an opinion noun (``data/
    word_classes.tsv`` opinion-noun) set off by commas or ending the sentence is a source cue, as ``according to``
    is (``In Professor Knittel's view, the plan would work``, ``…, in Bolton's view.``, ``in Forbes' words, "…"``):
    the index of the noun, else -1. Mid-clause (``which in his view has gained strength``) it is no cue."""
    if i > 0 and tokens[i - 1].text not in ",;:—(":
        return -1
    if i > 1 and lex.is_preposition(tokens[i - 2].lower) and tokens[i - 2].text.islower():
        return -1  # (inside a phrase: "Comey's motives for, in his view, dropping a case" is no view of Comey's)
    for j in range(i + 1, min(len(tokens) - 1, i + 2 + _OPINION_WORDS)):
        if in_quote[j]:
            return -1
        if tokens[j].lower in lex.words["opinion-noun"] and tokens[j].text.islower():
            if j == i + 1 or tokens[j + 1].text not in ",.;!?":
                return -1
            owner = j - 2 if tokens[j - 1].lower == "own" else j - 1
            low = tokens[owner].lower
            if owner > i and (low in lex.words["possessive-pronoun"] or (
                low.endswith(POSSESSIVE_ENDS) and tokens[owner].text[:1].isupper()
            )) and all(tokens[k].text[:1].isupper() for k in range(i + 1, owner)):
                return j
            return -1
    return -1


def _per_source(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``per-source``: a one-word source cue (``per``) followed by a name (``per CTV News``) or by a determiner and a
    source noun within a few lower-case words (``per a company statement``, ``per the report``), not by a unit or
    another noun (``per cent``, ``per day``, ``per the McKinley plan``)."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.lower not in lex.function_words and (
        nxt.lower not in lex.words["month"] and nxt.lower not in lex.words["time"]
    ):
        return True
    if nxt.lower not in lex.words["determiner"] and nxt.lower not in lex.words["possessive-pronoun"]:
        return False
    for j in range(i + 2, min(len(tokens), i + 2 + _PER_WORDS)):
        if tokens[j].lower in lex.source_nouns:
            return True
        if not (tokens[j].text.isalpha() and tokens[j].text.islower()):
            return False
    return False


def _verb_first(tokens: Sequence[Token], in_quote: Sequence[bool], i: int, lex: Lexicon) -> bool:
    """``verb-first``: a capitalised verb of saying that opens a sentence holding a quotation, before a name or a
    determiner (``Said Helen, "…"``, ``Said the mayor: "…"``), is a cue; not a participle (``Said to be worth …``)."""
    tok = tokens[i]
    return (i == 0 and len(tokens) > 2 and tok.text[1:].islower() and not tok.lower.endswith("ing")
            and lex.verb_forms[tok.lower][1] in ("speech", "manner") and not in_quote[1]
            and (tokens[1].text[:1].isupper() or tokens[1].lower in lex.words["determiner"] or (
                tokens[1].lower == "one" and tokens[2].text.isalpha()))  # ("Said one trader: "…"")
            and tokens[1].lower != "to" and any(in_quote[2:]))


_GERUND_OPENS = frozenset(',:"“‘\'')  # what may follow a gerund that opens a quotation
_BY_GERUND_GAP = 5  # words between a verb and the "by saying" that tells how it was done


def _by_gerund(tokens: Sequence[Token], cue: CueHit, nxt: CueHit) -> bool:
    """``by-gerund``: a verb whose object is followed by ``by`` and a speech verb in ``-ing`` that opens a
    quotation says how the speaking was done; the gerund is the cue (``called her attention by saying:``, ``renewed
    the subject again by saying,``)."""
    by = nxt.first - 1
    if nxt.cls != "speech" or by <= cue.last or tokens[by].lower != "by" or not tokens[nxt.first].lower.endswith("ing"):
        return False
    after = tokens[nxt.last].text[:1] if nxt.last < len(tokens) else ","
    if after not in _GERUND_OPENS:
        return False  # (the gerund must open a quotation: not "began his speech by marveling at …")
    return by - cue.last <= _BY_GERUND_GAP and all(tokens[j].text[:1].isalpha() for j in range(cue.last, by))


_SUBJECT_WORDS = 3  # words of a source between "…, " and its cue in "The fighting continued, Syrian officials said"


def _reported_clause_end(tokens: Sequence[Token], cue: CueHit, nxt: CueHit, lex: Lexicon) -> bool:
    """``cue-before-attribution``: a verb form that ends a clause closed by ``, SOURCE CUE`` is part of what is
    reported, no cue (``The fighting continued, he said``, ``Talks are continuing, officials said``); ``closing-outer``:
    so is a finite verb and the words after it (``The EU will propose new tariffs next week, three diplomats
    said.``)."""
    k = cue.last
    while k < nxt.first and tokens[k].text[:1].isalnum():
        k += 1  # closing-outer: "The EU will propose new tariffs next week, three diplomats said." is theirs
    if k >= len(tokens) or tokens[k].text != "," or nxt.cls != "speech" or not 0 < nxt.first - k - 1 <= _SUBJECT_WORDS:
        return False
    if k > cue.last and (tokens[nxt.first].lower.endswith("ing") or tokens[cue.first].lower.endswith("ing")
                         or tokens[0].lower in lex.words["subordinator"] or nxt.lemma not in lex.words["closing-verb"]):
        return False  # (no participle, "…, half joking", "pursuing the subject, …", nor a fronted clause, "When …";
        # a verb that reports a clause: not "…, civilians disagree")
    between = tokens[k + 1 : nxt.first]
    if not all((t.text[:1].isalpha() and t.lower not in lex.function_words and not t.lower.endswith("ing")
                and t.lower not in lex.words["past-verb"] and not (t.text.islower() and t.lower.endswith("ly")))
               or t.lower in lex.words["subject-pronoun"] for t in between):
        return False  # (a subject: not "…, Trump made demands", "…, immediately continued")
    # the attribution ends the sentence (perhaps with a time): not a parenthetical "…, she said, her boss told …"
    return all(tokens[j].lower in lex.words["time"] or not tokens[j].text[:1].isalnum()
               for j in range(nxt.last, len(tokens)))  # (read up to the first other word: no copy of the tail)


def _title_case(tokens: Sequence[Token]) -> bool:
    """``title-case-headline``: most words capitalised (``Lindsey Graham Says Trump Could …``)."""
    words = [t for t in tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.75 * len(words)


_PERCENT = frozenset({"percent", "%", "pct", "point", "points"})  # noun-after-percent: a rate's words
_NOT_PLURAL = ("ss", "us", "is")  # endings in "s" of no plural: "glass", "curious", "basis"


def _verb_ok(tokens: Sequence[Token], i: int, lex: Lexicon, title_case: bool = False, phrasal: bool = False) -> bool:
    tok = tokens[i]
    if not tok.text[0].islower() and not (title_case and i > 0) and not (
        i == 0 and tok.lower.endswith("ing") and tok.text[1:].islower() and len(tokens) > 1 and (
            tokens[1].lower in lex.words["determiner"] or tokens[1].lower in lex.words["connector"]
            or tokens[1].lower == "that"
        )  # "Citing an unfounded theory, Trump …", not "Voting rights advocates"
    ) and fronted_question(tokens, i, lex) < 0:  # (fronted-asked: "Asked in Iowa recently whether …")
        return False  # lowercase-verb, except in a title-case headline and for a participle opening the sentence
    if tok.lower in lex.words["raising-adverb"]:  # "He reportedly left"; but "reportedly told" is "told"'s
        return i + 1 < len(tokens) and tokens[i + 1].text.islower() and tokens[i + 1].lower not in lex.verb_forms
    if tok.lower in lex.words["belief-adjective"]:  # belief-adjective: "is confident that", "are skeptical of"
        complement = i + 1 < len(tokens) and (tokens[i + 1].lower in lex.words["adjective-complement"] or (
            tokens[i + 1].lower in lex.words["subject-pronoun"] and tokens[i + 1].lower != "it"
        ))  # "is confident that …", "are convinced they …"
        linked = i > 0 and tokens[i - 1].lower in lex.words["linking-verb"]  # "remained skeptical of"
        return complement and (_be_before(tokens, i, lex) or linked)
    if tok.lower in lex.words["direction-homograph"] and _after_verb_form(tokens, i, lex) and not (
        i + 1 < len(tokens) and tokens[i + 1].lower in ("that", ":", "at")
    ):  # (but "Clinton fired back that …", "fired back at critics" report)
        return False  # direction-adverb: "Anne came back to earth", "he turned miserably back" report nothing
    if i + 1 < len(tokens) and f"{lex.verb_forms.get(tok.lower, ('', ''))[0]}_{tokens[i + 1].lower}" in lex.words[
        "no-report-phrasal"
    ] and (tokens[i + 1].lower == "like" or i + 2 == len(tokens) or not tokens[i + 2].text[:1].isalnum()
           or lex.is_preposition(tokens[i + 2].lower)):  # ("Trump backed off some of his proposals" reports)
        return False  # no-report-phrasal: "Berlin backed off, replacing the levy", "sounding like a Brit"
    if tok.lower in lex.noun_homographs and not phrasal:  # "officials point out that
        after_pronoun = i > 0 and tokens[i - 1].lower in lex.words["subject-pronoun"] and not (
            tokens[i - 1].lower in lex.words["object-pronoun"] and i > 1 and tokens[i - 2].text.isalpha()
            and tokens[i - 2].text.islower() and tokens[i - 2].lower not in lex.function_words
        )  # "they support", "and it backs"; not "to bring it back": "it" after a verb is its object
        before_clause = i + 1 < len(tokens) and tokens[i + 1].lower in ("that", ":")
        after_modal = i > 0 and tokens[i - 1].lower in lex.words["verb-lead"]  # "would support", "did not back"
        before_infinitive = i + 2 < len(tokens) and tokens[i + 1].lower == "to" and tokens[i + 2].text.isalpha() and (
            tokens[i + 2].text.islower() and tokens[i + 2].lower not in lex.words["determiner"]
            and (i == 0 or tokens[i - 1].lower not in lex.words["connector"])
        )  # "The campaign plans to employ …"; not "the plans to the city", "in order to"
        after_to = i > 0 and tokens[i - 1].lower == "to" and _infinitive_cue(tokens, i, lex)  # "used to support"
        group_subject = i > 0 and tokens[i - 1].lower.endswith("s") and (
            lex.source_nouns.get(tokens[i - 1].lower) == "group") and (
            i == 1 or not tokens[i - 2].text[:1].isalnum() or (
                tokens[i - 2].text[:1].isupper() and tokens[i - 2].text.isalpha() and tokens[i - 1].text.islower()
                and i + 1 < len(tokens) and tokens[i + 1].text.islower()  # modified-group-subject: "A growing
            ))  # number of Democratic senators support reforming …"
        # (group-subject: a plural source noun opening the clause, "Critics call such caps …", "Experts warn …")
        if not (after_pronoun or before_clause or after_modal or before_infinitive or after_to or group_subject
                or _closing_attribution(tokens, i, lex) or _after_subject_adverb(tokens, i, lex)
                or _after_coordinated_names(tokens, i, lex) or _name_then_object(tokens, i, lex)):
            return False  # noun-homograph: "the report", "the United States"
    plural = tok.lower.endswith("s") and not tok.lower.endswith(_NOT_PLURAL) and i + 1 < len(tokens)
    if plural and not phrasal and i > 0 and tokens[i - 1].text.islower() and (
        tokens[i - 1].lower in lex.words["past-verb"]
    ):
        return False  # object-after-past: "she had claims of various kinds", "he kept notes" have no cue (an
        # irregular past, data/word_classes.tsv past-verb; any -ed word: PolNeAR train -3, "leveled charges")
    own = lex.verb_forms.get(tok.lower) if plural and not phrasal else None
    after = lex.verb_forms.get(tokens[i + 1].lower) if own is not None and tokens[i + 1].text.islower() else None
    if own is not None and after is not None and after[0] != own[0] and after[1] == "speech" and (
        tokens[i + 1].lower not in lex.noun_homographs  # (not "finds states shifting"; a plural: not "discuss")
        and (i == 0 or (tokens[i - 1].lower not in lex.given_names  # (not "which Will claims affirmed", nor a
                        and tokens[i - 1].lower not in ("and", "or")))  # coordination: "shootings and protests")
    ):
        return False  # plural-before-cue: "Tenant advocates say that …" has the cue "say", not "advocates"
    if i > 0:
        prev = tokens[i - 1].lower
        if tok.lower == "show" and _noun_before(tokens[i - 1], lex) and not (i + 1 < len(tokens) and (
            tokens[i + 1].lower in lex.words["subject-pronoun"] or tokens[i + 1].lower in lex.words["determiner"]
            or tokens[i + 1].lower in lex.words["question-word"]
        )):
            return False  # show-noun: "the reality TV show", "a news show"; "polls show", "data show", "records
            # from the 2008 cycle show he backed", "didn't show the speech" are verbs
        possessive = prev.endswith(POSSESSIVE_ENDS) and len(prev) > 2  # "Trump's claims"; not He|'s claiming
        if prev.isdigit() and i >= 2 and (tokens[i - 2].lower in lex.words["determiner"] or (
                tokens[i - 2].lower.endswith(POSSESSIVE_ENDS))):
            return False  # noun-reading after a year: "his 2005 vote to provide immunity", "the 2012 report"
        if prev in _PERCENT and i >= 3 and tokens[i - 2].text[:1].isdigit() and (
            tokens[i - 3].lower in ("the", "a", "an", "its", "their") or tokens[i - 3].lower.endswith(POSSESSIVE_ENDS)
        ):  # (not a quantifier: "Some 22 percent said they would back Trump")
            return False  # noun-after-percent: "beating the 0.2 percent forecast in a Reuters poll" has no cue
        if (prev in lex.words["determiner"] or prev in lex.words["quantifier"] or possessive) and not (
            _quantifier_subject(tokens, i, lex) or _the_other_subject(tokens, i, lex)
            or _possessive_gerund(tokens, i, lex) or _parent_of(tokens, i, lex)
            or _possessive_name_subject(tokens, i, lex) or relative_that(tokens, i - 1, lex)
            or _object_her(tokens, i, lex)
        ):
            return False  # noun-reading
        if (tok.lower in lex.words["speech-noun"] and i > 1 and tokens[i - 2].lower.endswith(POSSESSIVE_ENDS)
                and tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower()):
            return False  # noun-reading: "Fanny's instinctive reply"
        preposition = prev in lex.words["connector"] or prev in lex.words["pp-lead"]
        if preposition and tok.lower.endswith("s") and not tok.lower.endswith("ss"):
            return False  # noun-reading: no finite verb follows a preposition ("for talks", "of claims")
        if preposition and prev != "to" and _is_base_form(tok.lower, lex):
            return False  # nor a base form ("disposed for talk", "in reply"), but an infinitive's ("to say")
        if ((preposition and prev != "to") or prev == ",") and tok.lower.endswith("ing") and (
            i + 1 == len(tokens) or tokens[i + 1].text in (".", "!", "?")
        ):
            return False  # bare-gerund: "I was tired of complaining." reports nothing (but "by saying:" does);
            # bare-participle: nor does "…, there were still people hanging about, talking." (stop 48)
        if prev == "without" and tok.lower.endswith("ing") and not _quotation_next(tokens, i):
            return False  # negated-gerund: "He hung up his coat without answering." reports nothing (but
            # "without saying, "This is …"" quotes)
        cls = lex.verb_forms.get(tok.lower, ("", ""))[1]
        if (cls == "manner" and i >= 3 and tokens[i - 2].lower in lex.words["determiner"]
                and _modifier_word(tokens[i - 1]) and tokens[i - 3].lower in lex.words["connector"]):
            return False  # noun-reading of a manner verb: "with a beaming smile", "in a hoarse growl"
        if (cls == "manner" and i >= 2 and tokens[i - 2].lower in lex.words["connector"]
                and _modifier_word(tokens[i - 1]) and tokens[i - 1].lower not in lex.verb_forms
                and tokens[i - 1].lower not in lex.function_words and not tokens[i - 1].lower.endswith("ly")):
            return False  # (and with no determiner: "in a peal of pitiless thunder")
        if (cls == "belief" and i >= 3
                and tokens[i - 2].lower in ("a", "an") and _modifier_word(tokens[i - 1])
                and tokens[i - 3].lower in lex.words["preposition"]):
            return False  # ... and of a thought after a preposition: "I replied, after a little thought" (not a
            # clause: "after the senator spoke", "through the streets chanted")
        if _singular_np_head(tokens, i, lex):
            return False  # noun-reading: "a controversial comment", "an overall cost estimate"
        if tok.lower.endswith("ing") and i >= 2 and tokens[i - 2].lower in lex.words["determiner"] and (
            _modifier_word(tokens[i - 1]) and not prev.endswith("s") and prev not in lex.source_nouns
            and prev not in lex.verb_forms and prev not in lex.function_words
        ) and (i + 1 == len(tokens) or tokens[i + 1].text in _CLAUSE_STOPS or (
            lex.is_preposition(tokens[i + 1].lower) and tokens[i - 2].lower in ("a", "an")
        )):  # (not "a sign saying "…""; stop 67: before a preposition after "a", "A strong showing from Rubio")
            return False  # determined-gerund: "as if she had received the same warning." reports nothing
        if _with_modifier_noun(tokens, i, lex):
            return False  # with-modifier-noun: '"It depends," she replied, with equal caution.' reports nothing
        if (tok.lower.endswith("ing") and prev in ("after", "before") and i + 3 < len(tokens)
                and tokens[i + 1].lower == "for" and tokens[i + 2].lower in ("a", "an", "some")
                and tokens[i + 3].lower in lex.words["duration-noun"]):
            return False  # pause-not-cue: "after considering for a moment, said:" reports nothing
        if _naming_participle(tokens, i, lex):
            return False  # naming-participle: "the new man called Ratcliffe said", "a woman named Ana Ruiz said"
        if tok.lower == "known" and any(tokens[k].lower == "as" for k in range(i + 1, min(len(tokens), i + 3))):
            return False  # known-as (stop 67): "the Islamic State, also known as ISIS", "known online as" name a thing
        if i + 1 < len(tokens) and lex.verb_forms.get(tok.lower, ("", ""))[0] == "find" and (
            tokens[i + 1].lower.endswith(("self", "selves"))
        ):
            return False  # found-oneself (stop 67): "The bank has found itself at the center of …" finds no fact
        if _attributive(tokens, i, lex):
            return False  # attributive-participle: "4,051 pledged delegates", "of voting rights" report nothing
        if _named_thing(tokens, i, lex):
            return False  # named-thing: "joined a resistance movement called the Ethiopian People's …" reports nothing
        if tok.lower in lex.words["base-homograph"] and (prev in lex.words["base-lead"] or prev in lex.words["modal"]):
            return False  # found-not-find: "Nega helped found the Ginbot 7 movement" reports nothing
        if prev == "to" and not _infinitive_cue(tokens, i, lex):
            return False  # no-infinitive
        if prev == "to" and i >= 3 and tokens[i - 2].lower in lex.words["permission"] and (
            tokens[i - 3].lower in ("not", "never") or tokens[i - 3].lower.endswith(("n't", "n’t"))
        ):
            return False  # permission-frame: "who was not authorized to discuss the matter" reports nothing
        if tok.lower == "said" and _thing_said(tokens, i, lex):
            return False  # thing-said: "Nothing more was said that evening", "Little was said about it" report nothing
        if tok.lower == "said" and i + 1 < len(tokens) and tokens[i + 1].lower == "than":
            return False  # said-than-done: "dumping Trump is easier said than done" reports nothing
        participle = tok.lower.endswith(("ed", "en", "ld", "wn", "ught"))
        if participle and _be_before(tokens, i, lex) and not (
            passive_raising(tokens, i, lex) or passive_question(tokens, i, lex) or passive_by(tokens, i, lex)
        ):
            return False  # no-passive: "was told", "was first reported by"
        if participle and i + 1 < len(tokens) and tokens[i + 1].lower == "by" and _after_comma(tokens, i, lex):
            return False  # no-passive, reduced: "The mayor, backed by the unions, said …"
        if i >= 2 and (tokens[i - 2].lower == "the" or tokens[i - 2].lower in lex.words["possessive-pronoun"]) and (
            prev.endswith("est") and len(prev) > 4 and tokens[i - 1].text.isalpha() and prev not in lex.verb_forms
        ):
            return False  # superlative-noun: "some of the greatest fear that I have ever seen" has no cue "fear"
        if _than_comparative(tokens, i, lex):
            return False  # than-comparative: "My aunt was smaller than I remembered." reports nothing
        if participle and _dated_document(tokens, i, lex):
            return False  # dated-document: "In a Facebook message posted Friday, Cruz said …" is Cruz's
        if participle and _phrase_document(tokens, i, lex):
            return False  # phrase-document: "Klein apologised in a video posted on X." has no cue "posted"
        if participle and reduced_report(tokens, i, lex):
            return False  # reduced-report: "A nurse accused of poisoning three patients told jurors …"
        if participle and _bare_adverbial(tokens, i, lex):
            return False  # bare-adverbial: "Jenkins, when asked, knew exactly where it was." reports nothing
    return True


def _bare_adverbial(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``bare-adverbial``: a participle after ``when``, ``if``, ``unless`` … (``data/word_classes.tsv``
    ``adverbial-subordinator``) that ends its clause (``The clerk, if asked, would deny everything.``, ``When pressed,
    she said …``) has no object to report; ``when asked whether …`` still reports its question."""
    if i < 1 or tokens[i - 1].lower not in lex.words["adverbial-subordinator"]:
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].text in (",", ".", ";", ")", "—", "–")


def _quotation_next(tokens: Sequence[Token], i: int) -> bool:
    """A quotation mark opens right after token ``i``, or after a comma or colon after it."""
    k = i + 1
    if k < len(tokens) and tokens[k].text in (",", ":"):
        k += 1
    return k < len(tokens) and tokens[k].text[:1] in MARK_CHARS


def _after_comma(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Token ``i`` follows a comma, perhaps with a manner adverb or ``either`` between (``no-passive``, reduced:
    ``The senator, apparently encouraged by the polls, said …``, ``Mrs. Hale, either warned by the maid or …``; not
    ``first``, which PolNeAR reads as a source's: ``The campaign, first reported by The Washington Post, is …``)."""
    prev = tokens[i - 1].lower
    if prev == ",":
        return True
    adverb = prev in lex.words["no-referent"] or (
        prev.endswith("ly") and tokens[i - 1].text[:1].islower() and prev not in lex.words["ly-noun"])
    return adverb and i >= 2 and tokens[i - 2].text == ","


def _verb_before(tokens: Sequence[Token], i: int) -> int:
    """The token before ``i`` past any manner adverbs (``swam slowly back``: ``swam``)."""
    k = i - 1
    while k > 0 and i - k <= _MODIFIERS and tokens[k].lower.endswith("ly") and tokens[k].text.islower():
        k -= 1
    return k


def _after_verb_form(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """Token ``i`` follows a past form or a participle (``came``, ``turned``, ``coming``), perhaps past manner
    adverbs (``swam slowly back``): ``direction-adverb``."""
    k = _verb_before(tokens, i)
    if k < 0 or not tokens[k].text.isalpha() or not tokens[k].text.islower():
        return False
    low = tokens[k].lower
    return low in lex.words["past-verb"] or (len(low) > 4 and low.endswith(("ed", "ing")))


def _than_comparative(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``than-comparative``: a verb whose subject pronoun follows ``than`` (perhaps with auxiliaries between) ends a
    comparison, no report (``smaller than I remembered``, ``sooner than anyone had expected``)."""
    k = i - 1
    while k > 0 and i - k <= 2 and tokens[k].lower in lex.words["skip"]:
        k -= 1  # ("than anyone had expected", "than they had ever imagined")
    return k > 0 and tokens[k - 1].lower == "than" and (
        tokens[k].lower in lex.words["subject-pronoun"] or tokens[k].lower in lex.words["comparison-subject"])


def _dated_document(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``dated-document``: a past participle right after a document's noun and before a day or a month (perhaps
    after a time lead) that a comma or a verb of saying follows modifies the noun, no cue (``In a Facebook message
    posted Friday, Cruz said …``, ``A statement released on Tuesday said …``; ``The report warned Tuesday that …``
    reports; nor does a verb of evidence, what a document does: ``…, official data showed on Friday, easing …``)."""
    if i + 1 >= len(tokens) or not medium_noun(tokens[i - 1], lex):
        return False  # ("new radio ads announced Wednesday", "a Facebook message posted Friday")
    if lex.verb_forms.get(tokens[i].lower, ("", ""))[1] == "evidence":
        return False
    k = i + 2 if tokens[i + 1].lower in lex.words["time-lead"] else i + 1
    if k >= len(tokens) or not (tokens[k].lower in lex.words["time"] or tokens[k].lower in lex.words["month"]):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and (after.text == "," or after.lower in lex.verb_forms)


def _phrase_document(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``phrase-document``: a past participle right after a document's or a message's noun that a preposition
    governs (across at most ``_PHRASE_DOCUMENT_WORDS`` words of determiners, modifiers and names) modifies the noun,
    no cue (``Klein apologised in a video posted on X``, ``In a statement issued by his office, Cruz said …``; ``The
    statement posted on Friday`` may still be a clause's subject and verb; ``In a memo to staff seen by …``)."""
    m = medium_before(tokens, i, lex)
    if m < 2:
        return False
    for k in range(m - 1, max(-1, m - 2 - _PHRASE_DOCUMENT_WORDS), -1):
        low = tokens[k].lower
        if lex.is_preposition(low) or low in ("on", "via"):
            return _opens_or_follows_verb(tokens, k, lex)
        if not tokens[k].text.isalnum() or low in lex.verb_forms or low in lex.words["subject-pronoun"]:
            return False  # (a clause between: "after she wrote a letter posted …")
    return False


def _opens_or_follows_verb(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Whether the phrase at ``k`` opens its clause (``In a video posted …, Klein said``) or follows its clause's
    verb (``Klein apologised in a video posted …``), and so is no subject's modifier (``a federal judge handling a
    Freedom of Information Act lawsuit ordered …``: ``ordered`` is the verb)."""
    if k == 0 or tokens[k - 1].text in ",;:":
        return True
    j = k - 1
    while j >= 0 and tokens[j].text[:1].isalnum():
        low = tokens[j].lower
        if low in lex.verb_forms or low in lex.words["be"] or (tokens[j].text.islower() and low.endswith("ed")):
            return True
        j -= 1
    return False


def medium_noun(tok: Token, lex: Lexicon) -> bool:
    """A document's noun (``data/source_nouns.tsv``: ``statement``, ``letter``) or a message's (``data/
    word_classes.tsv`` message-noun: ``video``, ``email``) in lower case: a medium a participle may describe."""
    return tok.text.islower() and (lex.is_document(tok.lower) or tok.lower in lex.words["message-noun"])


_RECIPIENT_WORDS = 3  # medium-to-recipient: words of "to …" between a medium's noun and its participle


def medium_before(tokens: Sequence[Token], i: int, lex: Lexicon) -> int:
    """The index of the medium's noun (``medium_noun``) a participle at ``i`` describes: right before it, or before
    its recipient (``medium-to-recipient``: ``a memo to staff seen by Reuters``, ``a letter to shareholders
    released …``); else -1."""
    if i > 0 and medium_noun(tokens[i - 1], lex):
        return i - 1
    for k in range(i - 1, max(0, i - 2 - _RECIPIENT_WORDS), -1):
        low = tokens[k].lower
        if low == "to":
            return k - 1 if k > 0 and k + 1 < i and medium_noun(tokens[k - 1], lex) else -1
        if not tokens[k].text.isalnum() or low in lex.verb_forms or low in lex.words["subject-pronoun"]:
            return -1
    return -1


_PHRASE_DOCUMENT_WORDS = 3  # phrase-document: words between the preposition and the noun ("in a new Facebook video")


def reduced_report(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``reduced-report``: the participle of a ``passive-report`` lemma right after a common noun and before ``of``
    or ``with`` modifies the noun, no cue of it (``A former nurse accused of poisoning three patients told jurors``,
    ``Two men accused of the robbery told police``); a pronoun subject makes it a verb (``who he accused of
    lying``)."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in ("of", "with") or not tokens[i].lower.endswith(
        ("ed", "en", "wn")
    ):
        return False
    lemma = lex.verb_forms.get(tokens[i].lower, ("", ""))[0]
    return lemma in lex.words["passive-report"] and _common_noun(tokens[i - 1], lex)


def _common_noun(tok: Token, lex: Lexicon) -> bool:
    """A word in lower case that is no function word, verb form or pronoun: a common noun before a participle
    (``reduced-report``, ``reduced-passive``)."""
    return tok.text.isalpha() and tok.text.islower() and _open_word(tok.lower, lex)


def _open_word(low: str, lex: Lexicon) -> bool:
    """No function word, verb form or pronoun (a noun, an adjective or a name)."""
    return low not in lex.function_words and low not in lex.verb_forms and low not in lex.pronouns


def _possessive_name_subject(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``possessive-name-subject``: a past form after a name ending in ``'s`` (no preposition's object) and before
    a function word, a pronoun, a day or punctuation is that name's verb (``while Moody's said its rating …``,
    ``McDonald's announced that …``, ``McDonald's said Tuesday``); ``Trump's stated goal``, ``Mr. Rushworth's
    repeated question`` and ``the Party's presumed White House nominee`` modify a noun."""
    tok, prev = tokens[i], tokens[i - 1]
    lemma = lex.verb_forms.get(tok.lower, ("", ""))[0]
    if not prev.text[:1].isupper() or not prev.lower.endswith(POSSESSIVE_ENDS) or not lemma or (
        tok.lower == lemma or tok.lower.endswith(("s", "ing"))
    ) or i + 1 >= len(tokens):
        return False  # (a past form only: "Trump's claims", "Mary's saying" are nouns or gerunds)
    if i >= 2 and (tokens[i - 2].lower in ("like", "than") or lex.is_preposition(tokens[i - 2].lower)):
        return False  # (an object's possessive: "eyes like Nastasia's offered to …", "a friend of Polly's called")
    after = tokens[i + 1]
    return not after.text[:1].isalnum() or after.lower in lex.function_words or after.lower in lex.pronouns or (
        after.lower in lex.words["time"])  # ("McDonald's said Tuesday", "… said on Friday")


def _possessive_gerund(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``possessive-gerund``: a speech verb in ``-ing`` after a name's possessive is the act of its possessor
    (``began with Mary's saying, "…"``, ``by Sir Thomas's saying with authority``), no noun."""
    tok, prev = tokens[i], tokens[i - 1]
    if not tok.lower.endswith("ing") or lex.verb_forms.get(tok.lower, ("", ""))[1] != "speech":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None or not (not after.text.isalnum() or after.lower == "that" or after.lower.endswith("ly") or (
        lex.is_preposition(after.lower) or after.lower in lex.words["degree-adverb"]
    )):
        return False  # a modifier: "the Democratic Party's nominating convention"
    if lost_possessive(tokens, i - 1):
        return True  # its apostrophe lost: "by Thorpe s saying"
    return prev.lower.endswith(POSSESSIVE_ENDS) and prev.text[:1].isupper()


def _naming_participle(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``naming-participle``: ``called`` or ``named`` between a noun after a determiner and a capitalised name that a
    verb of saying follows is part of that noun phrase (``the new man called Ratcliffe said``, ``a woman named Ana
    Ruiz said``), or that ends an appositive set off by commas (``The butler, a thin man named Rowe, took``), no cue
    (not ``the band leader called Democratic nominee Hillary Clinton a liar``)."""
    if tokens[i].lower not in ("called", "named") or i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper():
        return False
    noun = tokens[i - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or noun.lower in lex.function_words:
        return False
    j = i + 1
    while j < len(tokens) and j - i <= _NAME_WORDS and tokens[j].text[:1].isupper():
        j += 1
    verb = j < len(tokens) and tokens[j].lower in lex.verb_forms and tokens[j].text.islower()
    dets = [k for k in range(max(0, i - 4), i - 1) if tokens[k].lower in ("a", "an", "the")]
    # (or the phrase is an appositive set off by commas: "The butler, a thin man named Rowe, took her bag")
    set_off = (j >= len(tokens) or tokens[j].text in ",.;!?") and any(k > 0 and tokens[k - 1].text == "," for k in dets)
    return bool(dets) and (verb or set_off)


def _attributive(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``attributive-participle``: a form in ``-ed`` or ``-ing`` between a number, a determiner, a quantifier or a
    possessive (for ``-ed`` also a preposition) and a plural noun modifies the noun (``the state's 20 pledged
    delegates``, ``in pledged delegates``, ``the nominating contests``), no cue (not ``, urging voters to``, ``by
    asking questions``, ``He pledged his support``)."""
    tok, prev = tokens[i], tokens[i - 1]
    if not tok.lower.endswith(("ed", "ing")) or i + 1 >= len(tokens):
        return False
    noun = tokens[i + 1]
    if tok.lower.endswith("ing") and noun.lower in lex.words["gerund-compound"] and noun.text.islower():
        return True  # gerund-compound: "the Republican nominating contest", "a voting booth"
    if not (noun.text.isalpha() and noun.text.islower() and noun.lower.endswith("s")) or (
        noun.lower in lex.function_words or (noun.lower in lex.verb_forms and noun.lower not in lex.noun_homographs)
    ):
        return False
    low = prev.lower
    if prev.text[:1].isdigit() or low in lex.words["determiner"] or low in lex.words["quantifier"] or (
        low.endswith(POSSESSIVE_ENDS) and len(low) > 2
    ):
        return True
    # (after a preposition only a past form: "in pledged delegates"; an -ing form there is a gerund with its object,
    # "after telling holdouts that …", "by asking questions")
    return tok.lower.endswith("ed") and lex.is_preposition(low)


def _named_thing(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``named-thing``: ``called`` or ``named`` after an object's indefinite noun that names no person, before a name
    or a quotation, names the thing (``joined a resistance movement called the Ethiopian …``, ``at a consulting firm
    called Gavekal``, ``performing a play called "Sons of Trump"``), no cue; a subject's stays one (``A group called
    Trump's plan dangerous``), and so does a person's noun (``a man called Smith said``: ``naming-participle``)."""
    if tokens[i].lower not in ("called", "named") or i < 3 or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].text
    if nxt == "the" and i + 2 < len(tokens):
        nxt = tokens[i + 2].text  # ("called the Ethiopian People's Revolutionary Party")
    if not (nxt[:1].isupper() or nxt in ('"', "“", "'", "‘")):
        return False
    noun = tokens[i - 1].lower
    acronym = tokens[i - 1].text.isupper() and len(tokens[i - 1].text) > 1  # ("one PAC called Stop Hillary")
    if not tokens[i - 1].text.isalpha() or not (tokens[i - 1].text.islower() or acronym) or noun in lex.titles or (
        lex.source_nouns.get(noun) in ("person", "group") or noun in lex.words["male-noun"]
        or noun in lex.words["female-noun"]
    ):
        return False
    det = next((k for k in range(i - 2, max(0, i - 5) - 1, -1) if tokens[k].lower in ("a", "an", "one")), -1)
    if det < 1 or not all(t.text.replace("-", "").isalnum() for t in tokens[det + 1 : i]):
        return False  # (a year may modify the noun: "a 2002 psychology class called “Perception”")
    lead = tokens[det - 1]  # (an object: after a verb or a preposition, not opening a clause)
    return lead.text.isalpha() and lead.text.islower() and lead.lower not in ("and", "but", "or", "while", "as")


_NAME_WORDS = 3  # capitalised words of the name a naming participle gives, before the phrase's verb


def relative_that(tokens: Sequence[Token], j: int, lex: Lexicon) -> bool:
    """``relative-that``: ``that`` right after a lower-case source noun opens a relative clause whose cue that
    noun's phrase speaks (``a coalition of business groups that argued the department had overstepped``), no
    determiner of a noun (``said that``, ``the claim that``)."""
    if j < 1 or tokens[j].lower != "that":
        return False
    prev = tokens[j - 1]
    low = prev.lower
    if not (prev.text.isalpha() and prev.text.islower()) or low in lex.function_words or (
        low in lex.verb_forms and low not in lex.noun_homographs
    ):
        return False
    return lex.is_person_word(low) or lex.is_person_word(low.removesuffix("s"))


def _is_base_form(low: str, lex: Lexicon) -> bool:
    """A reporting verb's base form, its lemma (``call``, ``comment``; not ``calls``, ``commented``)."""
    return lex.verb_forms.get(low, ("", ""))[0] == low


_WITH_PREPOSITIONS = frozenset({"with", "without"})  # with-modifier-noun: "with equal caution"
_LEADS_ON = frozenset(':"“‘\'')  # marks after a cue that lead on to what it reports (no noun's phrase ends there)


def _with_modifier_noun(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``with-modifier-noun``: a base form after ``with`` or ``without`` and one modifier, ending its phrase (a
    punctuation mark or a preposition next), is a noun (``with equal caution.``, ``without further comment about
    it``; not ``those with children say the school …``, whose object follows)."""
    if i < 2 or not _is_base_form(tokens[i].lower, lex) or tokens[i - 2].lower not in _WITH_PREPOSITIONS:
        return False
    mod = tokens[i - 1]
    if not _modifier_word(mod) or mod.lower in lex.verb_forms or mod.lower in lex.function_words:
        return False
    if i + 1 == len(tokens):
        return True
    nxt = tokens[i + 1]
    return (not nxt.text[:1].isalnum() and nxt.text[:1] not in _LEADS_ON) or (
        nxt.lower != "that" and lex.is_preposition(nxt.lower))


_CLAUSE_STOPS = frozenset(".!?,;")  # determined-gerund: what may close the phrase of a noun in -ing
_MODIFIERS = 2  # lower-case words between a singular determiner and a noun it heads ("an overall cost estimate")


def _modifier_word(tok: Token) -> bool:
    """A lower-case word that may modify a noun, hyphenated too (``a good-humoured smile``)."""
    return tok.text.replace("-", "").isalpha() and tok.text.islower() and not tok.text.startswith("-")


def _singular_np_head(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """A base form after ``a``/``an``/``every``/``each`` and one or two lower-case modifiers heads that noun
    phrase: no present-tense verb agrees with a singular subject in its base form."""
    if not _is_base_form(tokens[i].lower, lex):
        return False
    for k in range(i - 1, max(-1, i - _MODIFIERS - 2), -1):
        word = tokens[k]
        if word.lower in ("a", "an", "every", "each"):
            # a phrase after a preposition may end before its clause's verb: "Voters in each state say …"
            return k < i - 1 and not (
                word.lower in ("each", "every") and k > 0 and tokens[k - 1].lower in lex.words["connector"]
            )  # ("with a slight note of" is a noun phrase)
        if word.lower == "the" and k < i - 1 and (
            tokens[i].lower in lex.words["speech-noun"] or tokens[i].lower in lex.words["message-noun"]
        ) and not (k > 0 and tokens[k - 1].lower in lex.words["light-verb"]):
            # modified-speech-noun: "hazarding the usual reply", "the curious note was struck again"; not a plural
            # subject ("the people reply", "the officials answer"), nor the act a light verb names ("Sanders made
            # the following comment:")
            return not any((t.lower.endswith("s") and not t.lower.endswith(_NOT_PLURAL)) or t.lower in lex.source_nouns
                           for t in tokens[k + 1 : i])
        if word.lower in lex.words["intensifier"]:
            continue  # "a very gracious reply": an intensifier before a modifier
        if not _modifier_word(word) or word.lower in lex.function_words or (
            word.lower in lex.words["verb-lead"]
        ):
            return False
    return False


def _after_subject_adverb(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``adverb-verb``: a noun homograph after an adverb (``often``, ``specifically``) that follows its subject is a
    verb (``Sanders often questions …``, ``These voters specifically point to …``); not after a determiner (``the
    early reports``)."""
    if i < 2:
        return False
    adverb, subject = tokens[i - 1], tokens[i - 2]
    if not (adverb.lower in lex.words["skip"] or (adverb.text.isalpha() and adverb.text.islower()
                                                  and adverb.lower.endswith("ly"))):
        return False
    return subject.text.isalpha() and subject.lower not in lex.words["determiner"] and (
        subject.lower not in lex.function_words or subject.lower in lex.words["subject-pronoun"])


def _name_then_object(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``name-verb-object``: an ``-s`` form between a name and a determiner is a verb (``Trump questions the
    fairness of …``, ``Cruz attacks his rival``); not after ``the`` (``the Senate votes``: a noun compound)."""
    low = tokens[i].lower
    if i < 1 or i + 1 >= len(tokens) or not low.endswith("s") or low.endswith("ss"):
        return False
    name, obj = tokens[i - 1], tokens[i + 1]
    if not (_is_cap_word(name) and name.text.isalpha()) or (i > 1 and tokens[i - 2].lower in lex.words["determiner"]):
        return False
    return obj.lower in lex.words["determiner"] and obj.lower not in ("that", "this", "these", "those")


def _after_coordinated_names(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``coordinated-subject``: a base form after two names joined by ``and`` agrees with that plural subject, so it
    is a verb (``Obama and Clinton call them "lone wolves"``)."""
    if i < 3 or not _is_base_form(tokens[i].lower, lex):
        return False
    return tokens[i - 2].lower == "and" and _is_cap_word(tokens[i - 1]) and _is_cap_word(tokens[i - 3])


_CLOSING_SOURCE = 5  # tokens of a named source between the comma and a closing "…, The Wall Street Journal reports."


def _closing_attribution(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``closing-attribution``: a noun homograph ending the sentence after a comma and a capitalised name is its
    verb (``…, The Wall Street Journal reports.``, ``…, Isaac Stanley-Becker reports.``); ``described-closing-source``:
    also after a source noun, a name's particle or a determiner among them (``…, the newspaper reports.``, ``…,
    Portuguese newspaper Correio de Manha reports.``)."""
    final = i + 1 == len(tokens) or tokens[i + 1].text in _FINAL_STOPS  # (a described source: the sentence's end)
    if (i + 1 < len(tokens) and tokens[i + 1].text[:1].isalnum()) or i < 2 or not (
        tokens[i - 1].text[:1].isupper() or (final and lex.source_nouns.get(tokens[i - 1].lower) in _SOURCE_KINDS)
    ):
        return False
    for k in range(i - 2, max(-1, i - 2 - _CLOSING_SOURCE), -1):
        if tokens[k].text == ",":
            return True
        low = tokens[k].lower
        if not (tokens[k].text[:1].isupper() or (final and (
            low in lex.source_nouns or low in lex.words["name-inner"] or low == "the"
        ))):
            return False
    return False


_FINAL_STOPS = frozenset(".!?")
_SOURCE_KINDS = ("org", "person", "document")  # (source nouns that name one source: "the newspaper reports.")


_CLAUSE_OPENERS = frozenset({"that", ",", ":", "what", "whether", "how", "why"})  # "No one knows what …"


def _object_her(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``object-her``: ``her`` after the adjective of a source and a preposition is their object, so the verb form
    after it is a verb (``Aides close to her said …``, ``A person familiar with her told …``)."""
    return i >= 3 and tokens[i - 1].lower == "her" and lex.is_preposition(tokens[i - 2].lower) and (
        tokens[i - 3].lower in lex.words["source-adjective"])


def _parent_of(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``parent-of-number``: a number after ``of`` and a person's noun ends that person's phrase, so the verb form
    after it is a verb (``The father of two said …``, ``the 34-year-old mother of three replied``)."""
    return i >= 3 and tokens[i - 2].lower == "of" and lex.source_nouns.get(tokens[i - 3].lower) == "person" and (
        tokens[i - 1].lower in lex.words["quantifier"] or tokens[i - 1].text.isdigit()
    ) and tokens[i - 1].lower not in lex.words["determiner"]


def _noun_before(tok: Token, lex: Lexicon) -> bool:
    """``show-noun``: a singular common noun (or ``TV``) right before ``show`` makes it a noun (``a news show``, ``the
    reality TV show``) when no clause or object follows: not after a plural (``polls show``), a source noun (``data
    show``), a name (``Gallup show``), a pronoun, an auxiliary, ``to`` or an adverb."""
    low = tok.lower
    return tok.text[:1].isalpha() and (tok.text.islower() or tok.text == "TV") and (
        not low.endswith(("s", "ly", "n't", "n’t")) and low not in lex.source_nouns and _open_word(low, lex))


def _quantifier_subject(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``quantifier-subject``: after a quantifier that stands alone as a subject, a verb form that is no noun
    homograph is a verb when a clause or its subject follows (``Many said the plan``, ``Some argue that``, ``Most
    believe China``, ``No one knows what …``); not ``some reported problems``, ``too many calls into the hotline``,
    ``by one estimate``."""
    low = tokens[i].lower
    ratio = i >= 3 and tokens[i - 2].lower == "in" and all(
        t.text[:1].isdigit() or t.lower in lex.words["number-word"] for t in (tokens[i - 3], tokens[i - 1]))
    # (ratio-subject: "One in three said the party …" as "About four in 10 said")
    if (tokens[i - 1].lower not in lex.words["pronoun-quantifier"] and not ratio) or low in lex.noun_homographs or (
        i + 1 >= len(tokens)
    ) or low.endswith("ing"):
        return False
    before = tokens[i - 2].lower if i > 1 else ""
    if (before in lex.words["determiner"] and before != "no") or before in ("too", "so"):
        return False  # "the one reported", "too many calls": a determined quantifier modifies a noun; "no one" speaks
    nxt = tokens[i + 1]
    return (nxt.lower in _CLAUSE_OPENERS or nxt.lower in lex.words["determiner"]
            or nxt.lower in lex.words["subject-pronoun"] or _is_cap_word(nxt)
            or nxt.text in (",", ":") or nxt.text[:1] in MARK_CHARS)  # (quote-after: 'Some chanted "USA! USA!"')


def _the_other_subject(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``the-other``: after ``the other`` (``data/word_classes.tsv`` other-person), an inflected verb form is a verb
    whose subject is that person (``"No," the other replied.``), not a noun (``the other reply``); a form ending in
    ``-s`` only before punctuation or ``that`` (``the other says``, not ``the other reports were …``)."""
    low = tokens[i].lower
    if i < 2 or tokens[i - 1].lower not in lex.words["other-person"] or tokens[i - 2].lower != "the":
        return False
    if lex.verb_forms.get(low, (low, ""))[0] == low or low.endswith("ing") or (
        i + 1 < len(tokens) and tokens[i + 1].lower == "by"
    ):
        return False  # (a base form or participle: "the other reply", "the other meaning", "the other favored by")
    return not low.endswith("s") or i + 1 == len(tokens) or not tokens[i + 1].text[:1].isalnum() or (
        tokens[i + 1].lower == "that")


def _is_cap_word(tok: Token) -> bool:
    return tok.text[:1].isupper()  # an upper-case first character is a letter


def passive_raising(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``passive-raising``: ``is expected to``, ``was believed to``: a passive participle of a ``passive-raising``
    lemma right after ``be`` and before ``to``, or (``passive-report``) of a ``passive-report`` lemma before ``as``,
    ``of``, ``for`` or a determiner (``is seen as``); the whole clause is reported, with no source."""
    low = tokens[i].lower
    lemma = lex.verb_forms.get(low, ("", ""))[0]
    if i + 1 >= len(tokens) or not low.endswith(("ed", "en", "wn", "ught", "id")):
        return False
    nxt = tokens[i + 1].lower
    if lemma in lex.words["passive-raising"] and nxt == "to":
        return _be_before(tokens, i, lex)
    # passive-report: "Twitter is increasingly seen as a source of news", "Clinton was declared the winner"
    return lemma in lex.words["passive-report"] and (nxt in ("as", "of", "for") or nxt in lex.words["determiner"]) and (
        _be_before(tokens, i, lex))


def passive_by(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``passive-by``: ``Trump is supported by far fewer papers``: a passive participle right after ``be`` and
    before ``by`` and a noun phrase reports its subject, the ``by`` phrase speaking."""
    return passive_by_at(tokens, i, lex) >= 0


_TIME_BEFORE_BY = 4  # tokens of a time phrase between a passive and its "by" ("the day before", "earlier this week")


def passive_by_at(tokens: Sequence[Token], i: int, lex: Lexicon) -> int:
    """The index of ``passive-by``'s ``by`` after the participle at ``i``, else -1; ``time-then-by``: a time phrase
    may come between (``Cruz was also endorsed the day before by former rival Carly Fiorina``, ``was endorsed on
    Tuesday by``; ``data/word_classes.tsv`` time and time-lead)."""
    by = i + 1
    if by < len(tokens) and tokens[by].lower != "by":
        k = by
        timed = False
        while k < len(tokens) and k - by < _TIME_BEFORE_BY and tokens[k].text.isalpha() and (
            tokens[k].lower in lex.words["time"] or tokens[k].lower in lex.words["time-lead"]
            or tokens[k].lower in ("the", "before", "after")
        ):
            timed = timed or tokens[k].lower in lex.words["time"]
            k += 1
        by = k if timed else by
    if by + 1 >= len(tokens) or tokens[by].lower != "by" or not (_be_before(tokens, i, lex) or (
        _after_common_noun(tokens, i, lex) or _after_quotation(tokens, i, lex)
    )):
        return -1
    if tokens[i].lower.endswith("ing"):
        return -1  # ing-no-passive: "Cruz is standing by an accusation" is Cruz's, a progressive, no passive
    return by if tokens[by + 1].text[:1].isalnum() else -1


def _after_quotation(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``quote-then-passive``: a speech verb's participle in ``-ed`` right after a closing quotation mark, perhaps
    after one adverb in ``-ly`` (``"Margaret--" loudly whispered by Aunt Juley.``), is a passive whose ``by`` phrase
    speaks the quotation."""
    if not tokens[i].lower.endswith("ed") or lex.verb_forms.get(tokens[i].lower, ("", ""))[1] not in (
        "speech", "manner"
    ):
        return False
    k = i - 1 if i > 0 and tokens[i - 1].lower.endswith("ly") and tokens[i - 1].text.isalpha() else i
    return k > 0 and tokens[k - 1].text in CLOSING_MARKS


def _after_common_noun(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``reduced-passive``: a speech verb's participle in ``-ed`` right after a common noun is a passive (``The country
    described by the president``), no verb of the noun."""
    if i == 0 or not tokens[i].lower.endswith("ed") or lex.verb_forms.get(tokens[i].lower, ("", ""))[1] != "speech":
        return False
    return _common_noun(tokens[i - 1], lex) and not tokens[i - 1].lower.endswith("ly")


def _infinitive_cue(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``infinitive-cue``: ``Cruz is trying to encourage …``, ``prompted Cooper to accuse …``: a reporting verb after
    ``to`` that follows a word (a verb or its object), not a preposition's ``to`` (``to the voters``)."""
    return i >= 2 and tokens[i - 2].text[:1].isalpha() and tokens[i - 2].lower not in lex.function_words


def passive_question(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``passive-question``: ``was asked whether …``, ``when asked to leave``: the question is reported, by nobody
    named."""
    if tokens[i].lower != "asked" or i + 1 >= len(tokens) or tokens[i + 1].lower not in lex.words["question-lead"]:
        return False
    return _be_before(tokens, i, lex) or (i > 0 and tokens[i - 1].lower in ("when", "if", "once"))


def fronted_question(tokens: Sequence[Token], i: int, lex: Lexicon) -> int:
    """``fronted-asked``: where the question of a sentence-opening ``Asked`` starts past a short adjunct (``Asked in
    Iowa recently whether he would support Trump, Rubio …``), else -1."""
    if i != 0 or tokens[i].lower != "asked":
        return -1
    for k in range(i + 2, min(len(tokens), i + 2 + _ASKED_ADJUNCT)):
        if tokens[k].lower in lex.words["question-word"]:
            return k
        if not tokens[k].text[:1].isalnum():
            return -1  # (a comma ends the participle's phrase: "Asked in Iowa, Rubio …")
    return -1


_ASKED_ADJUNCT = 6  # fronted-asked: words of an adjunct between "Asked" and its question at most


def _thing_said(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """``thing-said``: ``said`` after a form of ``be`` whose subject is what was said, a thing pronoun or an amount
    (``Nothing more was said``, ``Much has been said about it``; ``data/word_classes.tsv`` no-words-object), within
    a few words before it (an auxiliary or ``more`` between)."""
    if not _be_before(tokens, i, lex):
        return False
    for k in range(i - 1, max(-1, i - _THING_SAID_REACH), -1):
        low = tokens[k].lower
        if low in lex.words["no-words-object"]:
            return True
    return False


_THING_SAID_REACH = 5  # thing-said: tokens read back from "said" ("Nothing more has been said")


def _be_before(tokens: Sequence[Token], i: int, lex: Lexicon) -> bool:
    """A form of ``be`` right before token ``i``, or with up to two adverbs between (``was first``, ``is widely``,
    ``were less``: ``Some investors were less worried.``)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        low = tokens[k].lower
        if low in lex.words["be"]:
            return True
        if not (low in lex.words["skip"] or low in lex.words["comparative-degree"] or (
            low.endswith("ly") and tokens[k].text[:1].islower()
        )):
            return False
    return False
