"""Stage 2c: whether a text is a story whose quotations are a novel's dialogue, though few of its paragraphs open
with a quotation (a novel's opening chapter, a passage of narration with a few lines of speech). The pipeline asks
only when the paragraph counts of ``attribution.is_dialogue`` have not decided it already.

Rules:
- ``story-attribution``: two quotations attributed as only fiction attributes them make a story: an inverted
  pronoun before punctuation or an adverb (``"…," said he.``, ``"…!" cried she,``, ``said she at last``) or a story
  verb right after the closing mark (``"…," returned Elinor``, ``rejoined``, ``exclaimed``: ``data/word_classes.tsv``
  story-verb). News writes ``said Smith`` and ``he said``, never ``said he.`` (no PolNeAR train or dev article has
  two). ``pronoun-story-verb``: a story verb after ``he`` or ``she`` counts too (``"…!" he exclaimed``), but not one
  news writes there (``he continued``: news-story-verb; stop 46: PDNC passages of 800 to 1,500 characters +3 to +7,
  of 3,000 +6, PolNeAR unchanged). ``name-story-verb``: so does one after a name of one or two capitalised words
  (``"Can I steer?" Jenny shouted.``; not a news-story-verb: ``"…," Smith continued``; stop 51: a short scene of
  five turns was no story; PDNC passages of 3,000 and 1,000 characters +2 and +3 speakers, none fewer; PolNeAR dev
  and train, whole and cut into passages of 800 characters, unchanged).
- ``narrative-prose``: a text of 600 characters or more (2,000 until stop 45: PDNC passages of 800, 1,000 and 1,500
  characters then gained 438, 406 and 293 speakers right; PolNeAR articles cut as short lost 8 and 4 of 16,800; whole
  articles and novels unchanged) with almost no digits (at most 3 per 10,000 characters: news writes dates, ages and
  figures) and many third-person pronouns (5 or more per 1,000 characters: ``she``, ``his``; ``data/word_classes.tsv``
  third-person; 6 until stop 54: PDNC passages of 3,000, 1,000 and 800 characters then gained 12, 26 and 22 speakers
  right and had 235, 182 and 166 fewer false quotations; PolNeAR dev and train articles unchanged, train cut into
  passages of 800 characters lost 4 narrated stance reports of 12,742), told in the past tense (``was``, ``were``,
  ``had`` outnumber ``is``, ``are``, ``has``, ``have``, ``says``: past-aux, present-aux) or with the words of a scene
  (1 or more per 1,000 characters: ``eyes``, ``door``, ``smiled``; scene-word). No PolNeAR train or dev article is
  one.
- ``called-by-name``: a text without figures (``figureless``) in which two quotations or more call someone by a given
  name, a title and a name, or a kin word, at a quoted piece's start or after a comma, before a comma or the end of a
  sentence (``"If that had been the case, Harry," said Mrs. Maylie``; ``"…, mother?"``), is a story's dialogue, though
  its narration has few pronouns (a passage of long speeches); in a dialogue the paragraph counts found, it makes the
  narration's reports of thought and stance narration too (``pipeline``: story-appearance). Stop 54: PDNC passages of
  3,000, 1,000 and 800 characters +10, +19, +21 speakers right (+11/-1, +22/-3, +22/-1), 114, 59 and 50 fewer false
  quotations; PDNC dev whole and PolNeAR, whole and cut into passages of 800 characters, unchanged (one such quotation
  was enough for +12, +49, +52, but moved four PolNeAR train articles and cost one PolNeAR dev passage its quote).

Measured on PDNC dev cut into passages (each run alone) and on PolNeAR: see ``docs/accuracy.md`` (stop 28).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotattr.lexicon import Lexicon
from quotattr.marks import QuotedSpan

STORY_MIN_ATTRIBUTIONS = 2  # story-attribution: quotations attributed as fiction does
PROSE_MIN_CHARACTERS = 600  # narrative-prose: shorter texts (rates over a few sentences are noise) are left to
# the paragraph counts
PROSE_MAX_DIGITS = 3  # per 10,000 characters
PROSE_MIN_PRONOUNS = 5  # per 1,000 characters (6 until stop 54)
PROSE_MIN_SCENE_WORDS = 1  # per 1,000 characters
_PROSE_CLASSES = ("third-person", "past-aux", "present-aux", "scene-word")  # word classes narrative-prose counts

# The words right after a closing mark: a lower-case word, and a subject pronoun closed by punctuation or followed
# by an adverb ("said she quietly", "said he at last", "said she again"). Regex audit: anchored (match), bounded
# runs of spaces, possessive letter runs, and one bounded run of at most 20 letters before "ly" (it backtracks within
# those 20 only): constant time per quotation.
_AFTER_CLOSE = regex.compile(
    r"[ \t\r\n]{1,3}+([[:lower:]]++)(?:[ \t\r\n]{1,3}+(he|she|I)(?:[,.;:!?]|[ \t\r\n]{1,3}+"
    r"(?:[[:lower:]]{1,20}ly|at last|again)\b))?+"
)
# name-story-verb: a name of one or two capitalised words, then the verb ('"Can I steer?" Jenny shouted.').
# Regex audit: possessive runs over disjoint classes, bounded spaces: linear.
_NAME_VERB = regex.compile(
    r"[ \t\r\n]{1,3}+[[:upper:]][[:lower:]]++(?: [[:upper:]][[:lower:]]++)?+[ \t\r\n]{1,3}+([[:lower:]]++)"
)
_PRONOUN_VERB = regex.compile(r"[ \t\r\n]{1,3}+([[:lower:]]++)")  # the verb after a pronoun: '"…!" he exclaimed'
# called-by-name: a name (or "Mr. Darcy", "my dear Jane") at a quoted piece's start or after a comma, before a comma
# or the end of a sentence ("Come in, Harry.", "Marilla! I'm not changed"). Regex audit: possessive letter runs over
# disjoint classes, bounded spaces, optional words in fixed order, a lookahead of one character: linear.
_CALL_NAME = regex.compile(
    r"[ \t\r\n]{0,3}+(?:my[ \t]++dear[ \t]++)?+(?:(?:Mr|Mrs|Miss|Dr)\.?+[ \t]++)?+([[:alpha:]][[:lower:]]++)(?=[,.!?])"
)
_CALL_AFTER_COMMA = regex.compile(r",(?=[ \t\r\n])" + _CALL_NAME.pattern)
CALLED_MIN_QUOTATIONS = 2  # called-by-name: quotations that call someone by name
_DIGIT = regex.compile(r"\d")
_WORDS = regex.compile(r"[[:alpha:]]++")  # words, for the pronoun and scene-word counts


def is_story(text: str, quoted: list[QuotedSpan], lex: Lexicon) -> bool:
    """Whether ``text`` is a story (``story-attribution``, ``narrative-prose`` or ``called-by-name``), given its quoted
    spans.

    >>> lex = Lexicon.default()
    >>> t = '"Go," said he. "Stay," returned she.'
    >>> from quotattr.marks import find_quoted_spans
    >>> is_story(t, find_quoted_spans(t, [(0, len(t))], lex), lex)
    True
    >>> t = '"Go," he said in 2016.'
    >>> is_story(t, find_quoted_spans(t, [(0, len(t))], lex), lex)
    False
    """
    return story_attributed(text, quoted, lex) or narrative_prose(text, lex) or called_by_name(text, quoted, lex)


def is_figureless(text: str) -> bool:
    """``figureless``: a text with at most ``PROSE_MAX_DIGITS`` digits per 10,000 characters (none in a passage of
    3,000): no news report, which writes dates, ages and figures (the digit test of ``narrative-prose``, at any
    length). The digits are counted only up to the budget.

    >>> is_figureless("She looked up. It was late."), is_figureless("He was 52 on Monday.")
    (True, False)
    """
    budget = PROSE_MAX_DIGITS * len(text) // 10_000
    return all(n < budget for n, _ in enumerate(_DIGIT.finditer(text)))


def story_attributed(text: str, quoted: list[QuotedSpan], lex: Lexicon) -> bool:
    """``story-attribution``: at least ``STORY_MIN_ATTRIBUTIONS`` quotations followed by an inverted pronoun or a
    story verb (read only right after each closing mark: linear in the number of quotations).

    >>> from quotattr.marks import find_quoted_spans
    >>> t = '"Go," said he. "Stay!" she exclaimed.'
    >>> story_attributed(t, find_quoted_spans(t, [(0, len(t))], Lexicon.default()), Lexicon.default())
    True
    """
    story_verbs, news_verbs = lex.words["story-verb"], lex.words["news-story-verb"]
    found = 0
    for q in quoted:
        m = _AFTER_CLOSE.match(text, q.end)
        if m is None:  # name-story-verb: '"Can I steer?" Jenny shouted.' (not "Smith continued": news-story-verb)
            named = _NAME_VERB.match(text, q.end)
            verb = named.group(1) if named is not None and named.group(1) not in news_verbs else ""
        else:
            verb = m.group(1)
        if m is not None and verb in ("he", "she"):
            # pronoun-story-verb: '"…!" he exclaimed' (not news-story-verb: "he continued")
            after = _PRONOUN_VERB.match(text, m.end(1))
            verb = after.group(1) if after is not None and after.group(1) not in news_verbs else verb
        if verb in story_verbs or (m is not None and m.group(2) is not None and verb in lex.verb_forms):
            found += 1
            if found >= STORY_MIN_ATTRIBUTIONS:
                return True
    return False


def called_by_name(text: str, quoted: Sequence[QuotedSpan], lex: Lexicon) -> bool:
    """``called-by-name``: a text without figures (``is_figureless``) in which at least ``CALLED_MIN_QUOTATIONS``
    quotations call someone by a given name, a title and a name, or a kin word (``"…, Harry."``, ``"Marilla! …"``,
    ``"…, mother?"``), at a quoted piece's start or after a comma, is a story's dialogue (news quotes seldom call
    anyone, and write figures). Each piece is read once, from its start and at its commas: linear.

    >>> from quotattr.marks import find_quoted_spans
    >>> t = '"Come in, Harry." "Not yet, mother." He waited.'
    >>> called_by_name(t, find_quoted_spans(t, [(0, len(t))], Lexicon.default()), Lexicon.default())
    True
    """
    found = 0
    for q in quoted:
        for a, b in q.pieces:
            if _calls(text, a, b, lex):
                found += 1
                break
        if found >= CALLED_MIN_QUOTATIONS:
            return is_figureless(text)
    return False


def _calls(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the quoted piece ``text[start:end]`` calls someone by name: at its start or after a comma, before a
    comma or the end of a sentence."""
    m = _CALL_NAME.match(text, start, end)
    if m is not None and _calling_word(m.group(1), lex):
        return True
    return any(_calling_word(m.group(1), lex) for m in _CALL_AFTER_COMMA.finditer(text, start, end))


def _calling_word(word: str, lex: Lexicon) -> bool:
    """A word that calls someone: a given name or a title written capitalised (``Harry``, ``Doctor``), or a kin word
    (``mamma``, ``mother``; ``data/word_classes.tsv`` kin-name and family-kin)."""
    low = word.lower()
    if word[:1].isupper() and (low in lex.given_names or low in lex.titles):
        return True
    return low in lex.words["kin-name"] or (low in lex.words["family-kin"] and low in lex.titles)


def narrative_prose(text: str, lex: Lexicon) -> bool:
    """``narrative-prose``: few digits, many third-person pronouns, and past-tense narration or a scene's words. The
    digits are counted only up to the budget, so a news article (a date in its first lines) is set aside after
    reading a few of them.

    >>> narrative_prose("She was 52 on Monday.", Lexicon.default())
    False
    """
    if len(text) < PROSE_MIN_CHARACTERS or not is_figureless(text):
        return False
    counts = dict.fromkeys(_PROSE_CLASSES, 0)
    classes = [(name, lex.words[name]) for name in _PROSE_CLASSES]
    for word in _WORDS.findall(text.lower()):
        for name, words in classes:
            if word in words:
                counts[name] += 1
                break
    thousands = len(text) / 1_000
    if counts["third-person"] < PROSE_MIN_PRONOUNS * thousands:
        return False
    return counts["past-aux"] > counts["present-aux"] or counts["scene-word"] >= PROSE_MIN_SCENE_WORDS * thousands
