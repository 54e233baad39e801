"""Stages 1 and 3: paragraphs, sentences and word tokens, as offsets into the original text.

Rules:
- ``one-break-convention``: the stages read line ends written ``\\n``: a text with Windows line ends (``\\r\\n``) is
  read without their ``\\r`` and a lone ``\\r`` (old Mac files) as ``\\n`` (``lf_text``); the pipeline maps every
  offset back to the caller's text (``original_offset``). ``one-space-convention``: a space of another width
  (no-break ``\\u00a0``, thin, narrow, ideographic …: Unicode's space separators) is read as a space
  (``plain_spaces``: the same length, so the offsets hold).
- ``blank-line-paragraphs``: paragraphs are separated by blank lines; a text with no blank line has one
  paragraph per line (hard-wrapped novels keep their paragraphs, one-line-per-paragraph feeds keep theirs).
- ``chapter-heading``: a short paragraph opening with ``Chapter VIII``, ``Book I``, ``Part 2``, ``Chapter One``,
  ``Book the First`` (``Chapter XII`` /
  ``The Strange Story of Jonathan Small``) is a heading and holds no sentence: no subject, antecedent or speaker.
- ``dateline``: a news story's opening place and agency before a dash (``WASHINGTON (AP) — ``, ``RENO, Nev. -- ``,
  ``Mexico City (AFP) – ``, ``WASHINGTON, June 10 (UPI) — ``, a press release's ``SAN FRANCISCO, March 3, 2025
  /PRNewswire/ -- ``), and a live blog's time stamp (``11:42 a.m. — ``, ``14:05 GMT — ``), is no part of the first
  sentence, so no subject, speaker or content.
- ``no-split-inside-quotes``: a sentence never ends inside a quoted span (``"A. B," he said.`` is one sentence).
- ``pronoun-contraction``: ``He’s``, ``they're`` are two tokens, a subject pronoun and a verb.
- ``abbreviation-period``: ``Sen.``, ``Jan.``, ``U.S.``, single initials (``party-state``: and a hyphenated word
  ending in one, ``R-Fla.``, whose period is its own) do not end a sentence, except a
  non-title abbreviation before a sentence opener (``… in the U.S. The next …``) or (``quote-after-abbreviation``)
  before a quotation opening with a capital (``said Rep. Adam Schiff, D-Calif. "Congress must act."``; also the
  Penn Treebank's ````…''`` marks: ``said John Smith of Merrill Lynch & Co. ``But it will take time.''``).
- ``line-after-abbreviation``: a line break after a non-title abbreviation ends the sentence when the line is longer
  than a wrapped one (``… crossing into the U.S.`` / ``Chris Christie added …``); a hard-wrapped line runs on.
- ``numbered-abbreviation``, ``word-abbreviation``: ``no.`` is an abbreviation only before a digit (``No. 10``;
  ``Most Republicans said no. Most …`` ends there), and an abbreviation that is also an English word only when
  capitalised (``Sat., Ill., Mass.``; ``She sat. Mary said …``, ``He was ill. Tom …`` end there;
  ``data/word_classes.tsv``).
- ``dash-source``: a dash and a name closing a paragraph after a quotation are the quotation's attribution, no
  sentence of their own (``"Great speech." — Ana Ruiz, mayor``).
- ``dash-after-stop``: a dash right after sentence-final punctuation and before a capital ends the sentence
  (``very composedly.--Lady Catherine then observed,``); the dash belongs to neither sentence.
- ``attribution-after-exclamation``: ``"Go on!" Alice said humbly`` is one sentence: a quotation closed after
  ``!`` or ``?`` (or a run of them, ``!!!``) does not end it when a capitalised speaker and a reporting verb
  follow, or a possessive, a speaking part and an emission verb (``"Whose?" Harold's voice came from the shed.``),
  unless an attribution opened the quotation (``Milly said, "Are you in town?" Babs said, "…"`` is two
  sentences). Stop 63, ``manner-act``: nor when a verb of manner is followed by a preposition of direction
  (``"And leave the sheep?" Tobias spat into the fire.``, ``Mr. Marvel began to make frantic dives``;
  ``data/word_classes.tsv`` act-preposition); ``Alice began in a low voice`` and ``Tobias spat.`` attribute.
- ``plural-possessive-token``: an apostrophe right after a word in ``-s`` and before a space and a letter is the
  word's (``the Joneses' lawyer``, ``Sanders’ campaign manager`` are one possessive word each); ``POSSESSIVE_ENDS``
  is the one possessive test of the later stages. A mark before a quotation (``the boys' 'friends'``) stays a mark.
- ``markup-is-space``: an HTML or XML tag (``<p>``, ``</div>``, ``<br/>``) counts as white space in tokens, and
  no sentence starts or ends with one: a scraped page's ``<p>"…," Mayor Adams said.</p>`` reads as its text does.
- ``transcript-labels``: a paragraph opening with a name of up to four words in mixed case, a colon and words
  (``Matthews: Well, speculation is bad.``) is a transcript turn when at least three paragraphs open so and one
  label is written twice (an interview: ``Q: …`` / ``Grant: …``; a letter, ``Q`` or ``A``, labels no one's turn);
  one label alone is a headline's or a list's (``Clinton: 2,316.`` opens on a number, no words). Upper-case labels
  (``PENCE:``) need no such count (``relations.colon-label``). ``markdown-label``: a label in markdown's bold counts
  too (``**Grant:** We built …``; stop 41).
- ``list-bullet``: a ``*`` or ``•`` and a space open a sentence, as a capital does (``* "We were never consulted,"
  Chen said.`` on its own line); not the ``* * *`` of a scene break or an ellipsis (stop 41).
- ``ascii-fast-path`` (speed, stop 55): a span of ASCII text with no U+001C-U+001F, perhaps with the punctuation of
  news (curly quotes, dashes, the no-break space), is tokenised by the standard library's engine with the same
  pattern (2.5 times as fast; the same tokens, checked by a property test and on every corpus); any other span by
  ``regex``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

import attrs
import regex

from quotattr.fastre import fast_span, twin
from quotattr.lexicon import Lexicon
from quotattr.marks import FORMAT_CHARS, QuotedSpan

# A run of line breaks with only horizontal space between them (a blank line); possessive, so linear.
# Regex audit: possessive quantifiers throughout and bounded counts ({1,10}, {0,4}); no pattern can backtrack.
_BLANK_LINES = regex.compile(r"(?:\r\n|\r|\n)(?:[^\S\r\n]*+(?:\r\n|\r|\n))++")
_LINE = regex.compile(r"[^\r\n]++")
# Sentence-final punctuation, closing marks or brackets, then space; bounded repetitions.
# A dash right after the punctuation also ends the sentence before a capital (``very composedly.--Lady Catherine``;
# a one-character look-ahead).
# markup-is-space: an HTML or XML tag of at most _TAG_LONGEST characters inside its brackets, or one white-space
# character (bounded, possessive where repeated: linear)
_TAG_LONGEST = 200
_SPACE_OR_TAG = rf"(?:\s|</?+[A-Za-z][^<>]{{0,{_TAG_LONGEST}}}+>)"
_BOUNDARY = regex.compile(
    r"[.!?…]{1,10}+[\"”’'»)\]]{0,4}+(?:" + _SPACE_OR_TAG + r"++|(?:--|—)(?=[[:upper:]]))"
)  # (markup-is-space: "One.</p><p>Two." ends after the tags)
# Word tokens: letters/digits joined by - ' ’ . & / (each join needs a separator: no ambiguity; the slash joins
# "Reuters/Ipsos", "9/11"), or a thousands
# comma between digits (``31,000``: its comma is no clause break; one-character look-behind), else one symbol.
_WORD = r"\w++(?:[-'’.&/]\w++|(?<=\d),\d{3}+(?!\w))*+"
_TOKEN = regex.compile(_WORD + r"|[^\w\s]")
# _TOKEN with the white space before it: the pairs tile a span, so offsets are running sums of lengths.
# markup-is-space: an HTML or XML tag (``<p>``, ``</div>``, ``<br/>``) counts as white space, so a scraped page's
# ``<p>"…," Mayor Adams said.</p>`` reads as its text does. Possessive, bounded: linear.
_SPACED_TOKEN_MARKUP = regex.compile("(" + _SPACE_OR_TAG + r"*+)(" + _WORD + r"|[^\w\s])")
_SPACED_TOKEN = regex.compile(r"(\s*+)(" + _WORD + r"|[^\w\s])")  # (the faster one, for a span with no "<")
# ascii-fast-path: the standard library's engine reads the same pattern on a span where both engines match alike
# (``fastre``: ASCII and the punctuation of news; 99 % of the sentences PolNeAR dev tokenises), 2.5 times as fast
_SPACED_TOKEN_FAST = twin(_SPACED_TOKEN.pattern)


class Token(NamedTuple):
    """A word or symbol: offsets, text, and the lower-case text without an abbreviation's final period."""

    start: int
    end: int
    text: str
    lower: str


_new_token = tuple.__new__  # Token(...) without the NamedTuple constructor's Python frame


@attrs.frozen(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


_SINGLE_BREAKS = frozenset({"\n", "\r\n", "\r"})
_UNWRAPPED_LINE = 150  # unwrapped-lines: a line longer than this is no hard-wrapped line of prose (wraps: 70-120)
_UNWRAPPED_SHARE = 0.1  # unwrapped-lines: the share of lines before a single line break that are that long


def _unwrapped(text: str, lines: Sequence[tuple[int, int]]) -> bool:
    """``unwrapped-lines``: a text whose lines are paragraphs (one line each, often joined by single line breaks,
    blank lines only between sections) rather than hard-wrapped prose: among the ``lines`` (spans of the lines that
    are not blank) a single line break follows, enough are longer than a wrapped line ever is."""
    joined = long = 0
    for (start, end), (after, _) in pairwise(lines):
        if text[end:after] in _SINGLE_BREAKS:  # (a blank line between them makes the gap longer)
            joined += 1
            long += end - start > _UNWRAPPED_LINE
    return joined > 0 and long >= _UNWRAPPED_SHARE * joined


_INDENTED_SHARE = 0.05  # indented-paragraphs: the share of lines that open with an indent a flush line follows
_INDENTS = frozenset(" \t\u3000")  # indented-paragraphs: the characters of an indent


def lf_text(text: str) -> tuple[str, list[int]]:
    r"""``one-break-convention``: ``text`` with its line ends written ``\n``, and where each ``\r`` dropped from a
    ``\r\n`` was, as an offset of the text returned (the ``\n`` after it); a lone ``\r`` becomes ``\n`` in place. A
    hard-wrapped novel saved with Windows line ends had its ``Mr.\r\nPontellier`` read as ``Mr.``, and a sixth of
    its speakers changed.

    >>> lf_text("a\r\nb\rc\r\n")
    ('a\nb\nc\n', [1, 5])
    """
    if "\r" not in text:
        return text, []
    dropped = [m.start() - k for k, m in enumerate(_CRLF.finditer(text))]
    return text.replace("\r\n", "\n").replace("\r", "\n"), dropped


_CRLF = regex.compile(r"\r\n")  # a Windows line end (no quantifier: linear)


def plain_spaces(text: str) -> str:
    r"""``one-space-convention``: ``text`` with every space separator other than the space (no-break ``\u00a0``,
    thin ``\u2009``, narrow no-break ``\u202f``, ideographic ``\u3000`` …) written as a space, one for one. Web text
    writes ``Mr.\u00a0Darcy``: PDNC dev so written lost 146 speakers right (0.822 to 0.816).

    >>> plain_spaces("Mr.\u00a0Darcy said\u2009no")
    'Mr. Darcy said no'
    """
    if text.isascii() or _WIDE_SPACE.search(text) is None:
        return text
    return _WIDE_SPACE.sub(" ", text)


_WIDE_SPACE = regex.compile(r"[^\P{Zs} ]")  # Unicode's space separators but the space itself (one class: linear)


def original_offset(offset: int, dropped: Sequence[int], end: bool = False) -> int:
    r"""The offset in the caller's text of ``offset`` in ``lf_text``'s text; an ``end`` offset stays right after the
    character before it (a span never takes in a dropped ``\r``).

    >>> original_offset(2, [1]), original_offset(1, [1], end=True), original_offset(1, [1])
    (3, 1, 2)
    """
    if not dropped:
        return offset
    if end and offset > 0:
        return original_offset(offset - 1, dropped) + 1
    return offset + bisect_right(dropped, offset)


def find_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans with surrounding white space trimmed; empty paragraphs dropped. Blank lines part paragraphs;
    with none, or where the lines are paragraphs themselves (``unwrapped-lines``), every line break does, unless the
    lines are hard-wrapped and an indent opens each paragraph (``indented-paragraphs``: a line that opens with a
    space or a tab starts one).

    >>> find_paragraphs("A b.\\n\\nC d.\\n")
    [(0, 4), (6, 10)]
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if not m.group().isspace()]
    unwrapped = _unwrapped(text, lines)
    blocks = []
    if _BLANK_LINES.search(text) and not unwrapped:
        pos = 0
        for m in _BLANK_LINES.finditer(text):
            blocks.append((pos, m.start()))
            pos = m.end()
        blocks.append((pos, len(text)))
    opened = sum(1 for (s, _), (t, _) in pairwise(lines) if text[s] in _INDENTS and text[t] not in _INDENTS)
    if not unwrapped and opened >= _INDENTED_SHARE * len(lines) and opened > 2 * len(blocks):
        # indented-paragraphs: hard-wrapped lines, an indent opening each paragraph and flush lines going on with
        # it (not an indented letter, all of whose lines are indented), blank lines only between sections (or
        # none): a paragraph runs from one indented line to the next
        raw = [lines[0]]
        for s, e in lines[1:]:
            if text[s] in _INDENTS or _BLANK_LINES.match(text, raw[-1][1]) is not None:
                raw.append((s, e))
            else:
                raw[-1] = (raw[-1][0], e)
    elif blocks:
        raw = blocks
    else:
        raw = lines
    out = []
    for s, e in raw:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def find_sentences(
    text: str, paragraphs: Sequence[tuple[int, int]], quoted: Sequence[QuotedSpan], lex: Lexicon
) -> list[Sentence]:
    """Sentence spans inside each paragraph; never split inside a quoted span.

    >>> from quotattr.marks import find_quoted_spans
    >>> t = 'Sen. Smith spoke. "A. B," he said. Then'
    >>> p = find_paragraphs(t)
    >>> [t[s.start:s.end] for s in find_sentences(t, p, find_quoted_spans(t, p, Lexicon.default()), Lexicon.default())]
    ['Sen. Smith spoke.', '"A. B," he said.', 'Then']
    """
    out: list[Sentence] = []
    qi = 0
    for p_index, (pstart, pend) in enumerate(paragraphs):
        if _heading(text, pstart, pend):
            continue  # chapter-heading
        dateline = _DATELINE.match(text, pstart, pend)
        start = pstart if dateline is None else dateline.end()  # dateline: "WASHINGTON (AP) — " is no sentence
        for m in _BOUNDARY.finditer(text, start, pend):
            nxt = m.end()
            if nxt >= pend:
                break
            while qi < len(quoted) and quoted[qi].end <= nxt:
                qi += 1
            if qi < len(quoted) and quoted[qi].open < nxt < quoted[qi].end:
                continue  # no-split-inside-quotes
            if not _starts_sentence(text, nxt):
                continue
            if _DASH_SOURCE.match(text, nxt, pend):
                continue  # dash-source: '"Great speech." — Ana Ruiz, mayor' is one sentence (the attribution's)
            if _abbreviation_before(text, m.start(), nxt, lex):
                continue
            if _attribution_follows(text, m.start(), nxt, pend, lex) and not (
                qi > 0 and _attributed_before(text, start, quoted[qi - 1].open, lex)
            ):
                continue  # attribution-after-exclamation
            end = _rstrip(text, start, m.end())
            while text[end - 1] in "-—" and end - 1 > m.start():
                end -= 1  # dash-after-stop: the dash belongs to neither sentence
            _append_unmarked(out, text, start, end, p_index)
            start = nxt
        if start < pend:
            _append_unmarked(out, text, start, pend, p_index)
    return out


# dash-source: a dash and a capitalised name that ends the paragraph or goes on after a comma. Regex audit:
# possessive runs, at most four words, matched anchored: linear.
_MARKUP = regex.compile(_SPACE_OR_TAG + "++")  # markup-is-space: tags and space (linear)
_TAG_REACH = _TAG_LONGEST + 2  # markup-is-space: characters of one tag, brackets included, at most
# The word right after a position, past white space (pipeline.acting-i, coref.paragraph-role); anchored: linear.
NEXT_WORD = regex.compile(r"\s++(\w++)")


def _append_unmarked(out: list[Sentence], text: str, start: int, end: int, p_index: int) -> None:
    """Append the sentence ``start:end`` without the tags around it (``markup-is-space``: ``<p>"…," she said.</p>``
    is the sentence between the tags), unless it is nothing but tags."""
    if text[start : start + 1] == "<" and (m := _MARKUP.match(text, start, end)) is not None:
        start = m.end()
    while end > start and text[end - 1] == ">":
        lt = text.rfind("<", max(start, end - _TAG_REACH), end)
        if lt < 0 or _MARKUP.fullmatch(text, lt, end) is None:
            break
        end = _rstrip(text, start, lt)
    if start < end:
        out.append(Sentence(start, end, p_index))


_DASH_SOURCE = regex.compile(r"[—–―-]{1,2}+[ \t]*+[[:upper:]][\w.'’-]*+(?: [[:upper:]][\w.'’-]*+){0,3}+(?:,|[ \t]*+$)")
# dateline: a news story's place in capitals, or any place before a news agency in brackets, then a dash
# (``WASHINGTON (AP) — ``, ``MANCHESTER, N.H. — ``, ``Mexico City (AFP) – ``; a release's ``SAN FRANCISCO, March 3,
# 2025 /PRNewswire/ -- ``; a live blog's ``11:42 a.m. — ``). Regex audit: possessive runs over
# disjoint classes and bounded counts, matched anchored at a paragraph's start: linear.
_DATELINE = regex.compile(
    r"(?:[[:upper:]][[:upper:].'’]++(?:[ -][[:upper:]][[:upper:].'’]*+){0,3}+"
    r"(?:, [[:upper:]][[:alpha:].]{1,9}+(?: [[:upper:]][[:alpha:].]{0,9}+| [0-9]{1,2}+(?:, [0-9]{4}+)?+)?+)?+"
    r"(?: \([[:upper:]][[:alpha:] ]{0,19}+\)| /[[:alpha:] ]{1,20}+/)?+"
    r"|[[:upper:]][[:lower:]]++(?: [[:upper:]][[:lower:]]++){0,2}+ \([[:upper:]][[:alpha:] ]{0,19}+\)"
    r"|[0-9]{1,2}+(?::[0-9]{2}+(?: ?+[ap]\.m\.| ?+[AaPp][Mm])?+| ?+[ap]\.m\.| ?+[AaPp][Mm])(?: [[:upper:]]{2,4}+)?+)"
    r"[ \t]*+(?:—|―|–|--?)[ \t]++(?=[[:upper:]\"“‘'])"
)
# "CHAPTER VIII", "Book I", "Part 2.", "Chapter One", "Book the First" opening a line. Regex audit: possessive runs,
# a fixed alternation of words, matched anchored: linear.
_HEADING = regex.compile(
    r"(?:CHAPTER|Chapter|BOOK|Book|PART|Part|VOLUME|Volume) ++(?:[IVXLCDM]++|[0-9]{1,3}+|(?:[Tt]he ++)?+(?i:one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty|thirty|forty|fifty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)"
    r"(?:-[[:alpha:]]++)?+)\b\.?+"
)
_HEADING_LINES = 3  # lines of a heading paragraph at most (a number line, a title of up to two lines)


MARKDOWN_BOLD = ("**", "__")  # markdown-label: the marks of markdown's bold around a label ("**Grant:** We …")
# transcript-labels: up to four capitalised words and a colon opening a paragraph, words after it
_BOLD = "|".join(map(regex.escape, MARKDOWN_BOLD))
_LABEL = regex.compile(
    rf"(?:{_BOLD})?+((?:[[:upper:]][\w.'’-]{{0,30}}+[ \t]){{0,3}}+[[:upper:]][\w.'’-]{{0,30}}+):"
    rf"(?:{_BOLD})?+[ \t]++[^\W\d_]"
)  # (markdown-label: a label in bold, "**Grant:** We …")
_LABEL_TURNS = 3  # transcript-labels: paragraphs opening with a label at least
# described-label: a label in capitals with a description set off by a comma or parentheses ("SEOUL, SOUTH KOREA:",
# "ANDERSON COOPER, CNN HOST:"). Regex audit: bounded runs, no nesting that backtracks: linear.
_DESCRIBED_LABEL = regex.compile(
    r"((?:[[:upper:]][[:upper:].'’-]{0,30}+[ \t]){0,3}+[[:upper:]][[:upper:].'’-]{0,30}+)(?:,[ \t]|[ \t]\()"
    r"[[:upper:][:digit:] \t.,()'’-]{0,60}+:[ \t]"
)


def transcript_labels(text: str, paragraphs: Sequence[tuple[int, int]]) -> frozenset[int]:
    """``transcript-labels``: the offsets of the labels opening the paragraphs of a transcript in mixed case.

    >>> t = "Q: Why?\\n\\nGrant: We built.\\n\\nQ: More?\\n\\nGrant: Yes."
    >>> sorted(transcript_labels(t, find_paragraphs(t)))
    [9, 37]
    """
    found = [(m.start(1), m.group(1)) for s, e in paragraphs if (m := _LABEL.match(text, s, e)) is not None]
    written = {label for _, label in found}
    if len(found) < _LABEL_TURNS or len(written) == len(found):
        return frozenset()
    return frozenset(at for at, label in found if len(label) > 1)  # (an interview's "Q:" and "A:" name nobody)


def dateline_label(text: str, paragraphs: Sequence[tuple[int, int]]) -> int:
    """``dateline-label``: the offset of a label in capitals opening the first paragraph when no other paragraph
    opens with a label (``NEW DELHI: Union home minister Amit Shah on Sunday said …``): a place, no speaker; else
    -1 (a transcript's ``TRUMP: …`` opens other paragraphs too). ``relations.colon-label`` reads no speaker there
    unless the line is a headline that reports nothing (``AP: Trump chair routed …`` is AP's).

    >>> dateline_label("NEW DELHI: Shah said it.\\n\\nHe left.", [(0, 24), (26, 34)])
    0
    >>> dateline_label("TRUMP: Thanks.\\n\\nCLINTON: Hello.", [(0, 14), (16, 31)])
    -1
    """
    if len(paragraphs) < 2:
        return -1  # (a lone paragraph may be one turn: "COLE: Well, I said the numbers do not add up.")
    first = _LABEL.match(text, *paragraphs[0]) or _DESCRIBED_LABEL.match(text, *paragraphs[0])
    if first is None or not first.group(1).isupper() or any(
        _LABEL.match(text, s, e) or _DESCRIBED_LABEL.match(text, s, e) for s, e in paragraphs[1:]
    ):
        return -1  # (described-label: "SEOUL, SOUTH KOREA: …" is a dateline too)
    return first.start(1)


def _heading(text: str, start: int, end: int) -> bool:
    """``chapter-heading``: a paragraph of at most three lines that opens with ``Chapter VIII`` (``Book I``, ``Part
    2``) and ends that line, or ends with no sentence punctuation (``Chapter VIII`` / ``The Baker Street
    Irregulars``), is a heading: no sentence, so no subject and no speaker (``Chapter 11 filings rose.`` is text).

    >>> _heading("Chapter VIII\\nThe Baker Street Irregulars", 0, 40), _heading("Chapter 11 filings rose.", 0, 24)
    (True, False)
    """
    m = _HEADING.match(text, start, end)
    if m is None or text.count("\n", start, end) >= _HEADING_LINES:
        return False
    line_end = text.find("\n", m.end(), end)
    first_line_done = not text[m.end() : end if line_end < 0 else line_end].strip()
    return first_line_done or text[start:end].rstrip()[-1:] not in ".!?\"”’'»"


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _starts_sentence(text: str, pos: int) -> bool:
    while pos + 1 < len(text) and text[pos] in FORMAT_CHARS:
        pos += 1  # an invisible direction mark or zero-width space before the sentence
    ch = text[pos]
    if ch in "*•":  # list-bullet: "* "We were never consulted," Chen said." (not the "* * *" of a scene break)
        return text[pos + 1 : pos + 2] == " " and text[pos + 2 : pos + 3] not in ("*", "")
    return ch.isupper() or ch.isdigit() or ch in "\"“”‘'«„([—-`"


def _abbreviation_before(text: str, dot: int, nxt: int, lex: Lexicon) -> bool:
    """True when the word ending at the period ``dot`` is an abbreviation that does not end the sentence."""
    if text[dot] != ".":
        return False
    j = dot
    stop = max(0, dot - 20)
    while j > stop and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[j].isupper() and text[j] != "I":
        return True  # an initial: John F. Kennedy (not the pronoun: "… thought I. The …")
    if word in lex.titles and word in lex.abbreviations:
        return True  # an abbreviated title: "Sen. Warren"; a whole-word one ends a sentence ("said the president.")
    if word in lex.words["numbered-abbreviation"] and not text[nxt : nxt + 1].isdigit():
        return False  # numbered-abbreviation: "No. 10", but "Most Republicans said no. Most …" ends there
    if word in lex.words["word-abbreviation"] and not text[j].isupper():
        return False  # word-abbreviation: "Sat.", "Ill.", but "She sat. Mary said …", "He was ill. Tom …" end
    if word in lex.abbreviations or "." in word:
        if "\n" in text[dot:nxt] and text.rfind("\n", max(0, dot - _WRAPPED_LINE), dot) < 0:
            return False  # line-after-abbreviation: "… into the U.S.\nChris Christie added …" (a long line: no wrap)
        opened = nxt + (2 if text.startswith("``", nxt) else text[nxt] in _OPENING_MARKS)  # (`` is one mark)
        if opened > nxt and text[opened : opened + 1].isupper():
            return False  # quote-after-abbreviation: 'said Rep. Adam Schiff, D-Calif. "Congress must act."'
        m = _TOKEN.match(text, nxt)
        return not (m is not None and m.group().lower() in lex.words["sentence-opener"])
    return False


_WRAPPED_LINE = 120  # line-after-abbreviation: a longer line ends where its paragraph or sentence does (no wrap)


# The endings of a possessive token: "Trump's", "Sanders’" (plural-possessive-token).
POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
REFLEXIVE_ENDS = ("self", "selves")  # the endings of a reflexive pronoun: "herself", "themselves"

_OPENING_MARKS = "\"“‘'«„`"  # marks that may open a quotation after an abbreviation's period
_ATTRIBUTION_WORDS = 4  # a speaker's words read after a closing "!" or "?" quotation: "Mrs. Ann Tull said"


def _attribution_follows(text: str, punct: int, nxt: int, end: int, lex: Lexicon) -> bool:
    """``attribution-after-exclamation``: ``"Go on!" Alice said humbly; "…"`` is one sentence: a quotation closed
    after ``!`` or ``?`` and followed by a capitalised speaker and a reporting verb (or phrase: ``Trump went on``)
    does not end it."""
    if text[punct] not in "!?":
        return False
    closing = text[punct:nxt].lstrip("!?").strip()  # (a run of marks: "The greatest!!!" McDonough wrote)
    if not closing or closing[0] not in "\"”’'»":
        return False
    prev = ""
    word = ""
    after_part = False  # a possessive and a speaking part were read ("Harold's voice"): an emission verb must follow
    manner = False  # a verb of manner was read: a preposition after it makes it an act ("Tobias spat into the fire.")
    for k, m in enumerate(_TOKEN.finditer(text, nxt, min(end, nxt + 60))):
        before, word = word, m.group()
        if manner:
            return word not in lex.words["act-preposition"]
        if prev:
            return f"{prev} {word}" in lex.verb_forms  # a phrasal verb: "Trump went on, …"
        if after_part:  # part-then-emission: '"Whose is it?" Harold's voice came from the shed.'
            return word in lex.words["emission-verb"]
        if k > 0 and word.islower():
            if word in lex.verb_forms and lex.verb_forms[word][1] == "manner":
                manner = True  # (manner-act: '"And leave the sheep?" Tobias spat into the fire. "Never."' is two
                continue  # sentences; '"Never?" Tobias spat.' one)
            if word in lex.verb_forms:
                return True  # "Alice said"; not "Edmund could not answer"
            if word in lex.words["speaking-part"] and before.endswith(POSSESSIVE_ENDS):
                after_part = True
                continue
            if word not in lex.verb_cue_words:
                return False
            prev = word
            continue
        if k >= _ATTRIBUTION_WORDS or not (word[:1].isupper() or word == "."):
            return False  # the speaker is capitalised words only: "Mrs. Tull", "Uncle Aubrey"
    return manner


def _attributed_before(text: str, start: int, opened: int, lex: Lexicon) -> bool:
    """The quotation opening at ``opened`` has its own attribution before it in the sentence (``Milly said, "Are
    you in town?" Babs said, "…"``: the next speaker's attribution starts a new sentence)."""
    if not start <= opened:
        return False
    lead = text[max(start, opened - _LEAD_WINDOW) : opened].rstrip()  # (only its last word: bounded, linear)
    if not lead.endswith((",", ":")):
        return False
    words = lead[:-1].rsplit(maxsplit=1)
    return bool(words) and words[-1].lower() in lex.verb_forms


_LEAD_WINDOW = 80  # characters read before a quotation for the verb of its attribution


def tokenize(text: str, start: int, end: int, lex: Lexicon) -> list[Token]:
    """Word and symbol tokens of ``text[start:end]``; an abbreviation keeps its final period (``Sen.``).

    A horizontal bar ``―`` and a spaced en dash `` – `` are read as the em dash they stand for
    (``horizontal-bar-dash``), at the same offsets.

    >>> [t.text for t in tokenize("The U.S. envoy's aide said.", 0, 27, Lexicon.default())]
    ['The', 'U.S.', "envoy's", 'aide', 'said', '.']
    """
    # One C-level findall gives (space, word) pairs (_SPACED_TOKEN); lower-case forms are slices of the span
    # lowered once, when lowering keeps its length (not for "İ").
    out: list[Token] = []
    append = out.append
    lowered = text[start:end].lower()
    same = len(lowered) == end - start
    abbreviations = lex.abbreviations
    pos = start
    took_next = False  # the previous word took the character after it (an abbreviation's period, a possessive mark)
    if text.find("<", start, end) >= 0:
        pairs = _SPACED_TOKEN_MARKUP.findall(text, start, end)
    elif _SPACED_TOKEN_FAST is not None and fast_span(text, start, end):
        pairs = _SPACED_TOKEN_FAST.findall(text, start, end)  # (ascii-fast-path)
    else:
        pairs = _SPACED_TOKEN.findall(text, start, end)
    # horizontal-bar-dash: "―", and a spaced en dash (" – ", British style), read as the em dash they stand for
    bar = text.find("―", start, end) >= 0 or text.find(" – ", start, end) >= 0
    for space, word in pairs:
        s = pos + len(space)
        pos = e = s + len(word)
        if took_next:
            took_next = False
            continue  # the period or mark the word before took
        if bar and (word == "―" or (word == "–" and s > start and text[s - 1] == " " and e < end and text[e] == " ")):
            append(_new_token(Token, (s, e, "—", "—")))  # (same length: the offsets are the text's; not a range,
            continue  # "2010–2012")
        low = lowered[s - start : e - start] if same else word.lower()
        after = text[e] if e < end else ""
        if (
            after == "." and word[0].isalpha()
            and (low in abbreviations or "." in word or (len(word) == 1 and word.isupper() and word != "I")
                 or ("-" in low and low.rsplit("-", 1)[1] in abbreviations))  # party-state: "R-Fla."
        ):
            took_next = True
            append(_new_token(Token, (s, e + 1, word + ".", low)))
            continue
        if (after == "'" or after == "’") and low[-1:] == "s" and e + 2 < end and text[e + 1] == " " and (
            text[e + 2].isalpha() and word.isalpha()
        ):  # plural-possessive-token: "the Joneses' lawyer", "Sanders’ campaign" (the mark is the word's)
            took_next = True
            append(_new_token(Token, (s, e + 1, word + text[e], low + text[e])))
            continue
        if "'" in word or "’" in word:
            cut = _contraction_cut(low, lex)
            if cut:
                append(_new_token(Token, (s, s + cut, word[:cut], low[:cut])))
                append(_new_token(Token, (s + cut, e, word[cut:], low[cut:])))
                continue
        append(_new_token(Token, (s, e, word, low)))
    return out


def lost_possessive(tokens: Sequence[Token], k: int) -> bool:
    """``lost-apostrophe``: token ``k`` is a lone ``s`` one space after a capitalised word, a possessive whose mark
    was lost in conversion (``Thorpe s saying``, ``was Mrs. Jennings s address``).

    >>> toks = tokenize("by Thorpe s saying", 0, 18, Lexicon.default())
    >>> lost_possessive(toks, 2), lost_possessive(toks, 1)
    (True, False)
    """
    tok = tokens[k]
    return tok.text == "s" and k > 0 and tokens[k - 1].end + 1 == tok.start and tokens[k - 1].text[:1].isupper()


def _contraction_cut(low: str, lex: Lexicon) -> int:
    """``pronoun-contraction``: where ``He’s``, ``they're`` split into a subject pronoun and a verb (``He’s
    claiming that``), else 0; other words keep their ``'s`` (``Trump's``). The verb forms (``'s``, ``'re``, …) are
    the auxiliaries of the ``skip`` word class."""
    cut = max(low.find("'"), low.find("’"))
    return cut if cut > 0 and low[:cut] in lex.words["subject-pronoun"] and low[cut:] in lex.words["skip"] else 0
