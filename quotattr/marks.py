"""Stage 2: quote-mark lexing. Finds the top-level quoted spans of each paragraph.

Every quotation mark is classified from its neighbours (open, close, either, or an apostrophe that is no mark at
all), then marks are paired with a stack per paragraph, so the pass is linear in the number of marks. Rules:

- ``straight-flanking``: a ``"`` after a space opens, before a space closes (``He said "no" twice``).
- ``apostrophe-in-word``: a ``'`` or ``’`` between letters is an apostrophe (``don't``, ``O’Brien``).
- ``elision``: a ``'`` before a digit or an elided word is an apostrophe (``'90s``, ``'em``); ``elided-and``: so is
  the one after the ``n`` of ``rock 'n' roll``.
- ``spaced-contraction``: a ``'`` between a word, a space and a contraction's ending is an apostrophe (``It 's a bad
  business``, ``you 'll``: texts tokenised before they were printed; ``data/word_classes.tsv`` contraction-suffix).
- ``elided-in-quote``: inside a quotation of straight single marks, a ``'`` before a short lower-case word and a
  space is an elision, no nested opening (``'The Reverend Tendril 'e do speak uncommon 'igh of the Queen,'``; a
  nested ``'no'`` opens).
- ``plural-possessive``: ``rebels'`` closes only when a single quote is open and no later close follows in the
  paragraph (``'The rebels' guns,' he said``; also before a stop and the closing mark: ``'… to the Hales',' she
  said``, stop 62, hand-written; no change in PDNC or news); so does (``g-dropping``) a word ending in ``in'``
  before a lower-case word (``'I'm goin' down to the river,' said Tom``), or before a stop and the closing mark
  (``'in the mornin'.'``, ``'You comin'?'``), and ``an'`` for ``and`` (``'… an' I've work'``; stop 61: PDNC dev
  retyped in single marks, The Sport of the Gods explicit 0.863 to 0.885; no other novel, and nothing in double
  marks, changed).
- ``emphasis-mark``: a single ``'`` or ``’`` after the ``_`` or ``*`` of plain-text italics or bold may close
  (``'_Arriving 3.18 so looking forward visit. Beaver._' And asked, …``), as after a letter.
- ``cut-off-close``: so may one between spaces or after a space at a line's end, where a dash of broken-off speech
  was lost (``'I knocked, but seemingly '``, ``'I was standing at a bookstall ' Mr. Brownlow began.``).
- ``mixed-family``: a straight ``"`` opener that no later straight mark in its paragraph can close is closed by a
  curly ``”``, and the other way round (scraped ``"We won,” she said``).
- ``closing-opener``: a ``“`` after a word or punctuation and before a space closes an open curly quotation
  (scraped ``“It's unusual,“ said Larry Noble``), as a sloppy ``”`` before a word opens one.
- ``single-continued``: a single mark opening a paragraph and left open goes on into the next paragraph when that
  one opens with a single mark too, as a double mark does (``'It was the winter of 1947. / 'Then we heard a
  knock.'``; stop 63: PDNC dev retyped in single marks, recall 0.9733 to 0.9754, speakers all 0.8204 to 0.8212; in
  double marks nothing changed); else an unclosed single mark ends nothing (it may be an apostrophe).
- ``nested-stays-inside``: a quote inside a quote is part of the outer one; only top-level spans are returned.
- ``continued-paragraph``: a quote left open at a paragraph's end continues when the next paragraph opens with
  the same mark (novel and news convention): one span with one piece per paragraph (in a novel the pipeline then
  makes a quote of each paragraph's piece: ``paragraph-quotes``).
- ``local-recovery``: a double mark never closed ends at its paragraph's end; an unclosed single mark is taken
  for an apostrophe. A mark never swallows the rest of the document.
- ``label-not-quote``: a mark opening a paragraph right before an upper-case speaker label is transcript layout,
  not a quotation (``"WALLACE: Let's start.`` on every paragraph of a transcript); the label attributes the turn.
- ``format-is-space``: an invisible format character (zero-width space, direction mark, BOM) beside a mark counts
  as space (scraped ``\u202a”This is why …”`` opens a quotation).
- ``stray-around-quotes``: an unclosed mark with complete quotes after it is a stray (scraped paragraphs that
  start with ``"``); the quotes inside stand on their own.
- ``dash-dialogue``: in a document whose turns open with a quotation dash (``—``, ``―``) rather than a mark, a
  dash-led paragraph is a turn whose speech runs to its attribution (``—Is it? said Buck Mulligan.``), and on after
  a closing dash (``—Good morning —said Stephen—. It is late.``) or a colon and a dash, or after an attribution
  that ends at a comma before a clause (``dash-resume-after-comma``: ``—Well, said Mr Dedalus, you're home
  early.``; not ``said Stephen, turning away``); ``dash-vocative``: a comma parts a called name from the speaker
  (``—Tell me, Mulligan, Stephen said quietly.`` is Stephen's, calling Mulligan); ``dash-list``: dash-led
  paragraphs few of which say who speaks are a list (``— Carol Lee of the Wall Street Journal, winner of …``).
- ``possessive-title``: a quotation in title case right after a capitalised possessive is the title of a show or
  work (``Fauci told CNN's "State of the Union."``), no quotation; not in a headline line written in title case.
- ``mark-flood``: a paragraph with more than 64 quotation marks and more than one mark per four letters is not
  prose (symbol tables, mangled markup, hostile input) and is left out of the later stages.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Sequence

import attrs
import regex

from quotattr.lexicon import Lexicon

# One alternation of single characters plus two two-character marks: linear.
_MARK = regex.compile(r"''|``|[\"“”„‟'‘’‚«»‹›「」『』]")

# mark -> (family, role); role "ctx" means decided from context.
_MARKS: dict[str, tuple[str, str]] = {
    '"': ("straight", "ctx"),
    "''": ("straight", "ctx"),
    "``": ("straight", "open"),
    "“": ("curly", "open"),
    "„": ("curly", "open"),
    "‟": ("curly", "open"),
    "”": ("curly", "close"),
    "'": ("single", "ctx"),
    "‘": ("csingle", "open"),
    "‚": ("csingle", "open"),
    "’": ("csingle", "close-or-apostrophe"),
    "«": ("guillemet", "open"),
    "»": ("guillemet", "close"),
    "‹": ("angle", "open"),
    "›": ("angle", "close"),
    "「": ("corner", "open"),
    "」": ("corner", "close"),
    "『": ("wcorner", "open"),
    "』": ("wcorner", "close"),
}
_SINGLE_FAMILIES = frozenset({"single", "csingle"})
_CROSS_CLOSE = {"curly": ("straight",), "straight": ("curly",)}  # mixed-family: marks that may close each other
_OPENING_PUNCT = frozenset("([{<—–-/")
_CLOSING_PUNCT = frozenset(".,;:!?)]}>—–-/…")
_EMPHASIS = frozenset("_*")  # emphasis-mark: plain-text italics and bold ("_Beaver._'") end a word before a mark
MARK_CHARS = frozenset("\"“”„‟'‘’‚«»‹›「」『』`")  # every character that may be (part of) a quotation mark
CLOSING_MARKS = frozenset("\"”’'»")  # the marks a quotation closes with in English text (token tests after it)
# Invisible format characters (zero-width spaces and joiners, direction marks and embeddings, word joiner, BOM)
# count as space beside a mark: a scraped LEFT-TO-RIGHT EMBEDDING before ``”This is why …`` (``format-is-space``).
FORMAT_CHARS = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
)
# An upper-case transcript label of at most four words and a colon (``PENCE:``, ``JAKE TAPPER:``, ``Q:``); the
# words are separated by single spaces that the word class excludes, so the match is linear.
_SPEAKER_LABEL = regex.compile(r"\p{Lu}[\p{Lu}.'’-]*+(?: \p{Lu}[\p{Lu}.'’-]*+){0,3}:\s")


@attrs.frozen(slots=True)
class QuotedSpan:
    """A top-level quotation: the opening mark at ``open``, content ``pieces`` (one per paragraph), and ``end``
    just after the closing mark (or after the content when the mark was never closed)."""

    open: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    closed: bool
    family: str

    @property
    def inner_start(self) -> int:
        return self.pieces[0][0]

    @property
    def inner_end(self) -> int:
        return self.pieces[-1][1]


def _left_flanking(text: str, pos: int) -> bool:
    """True when the character before ``pos`` lets a mark open: start, space, opening punctuation or a mark."""
    if pos == 0:
        return True
    ch = text[pos - 1]
    return ch.isspace() or ch in _OPENING_PUNCT or ch in MARK_CHARS or ch in FORMAT_CHARS


def _right_flanking(text: str, end: int) -> bool:
    """True when the character after ``end`` lets a mark close: end, space, closing punctuation or a mark."""
    if end >= len(text):
        return True
    ch = text[end]
    return ch.isspace() or ch in _CLOSING_PUNCT or ch in MARK_CHARS or ch in FORMAT_CHARS


def _elided_word(text: str, pos: int) -> bool:
    """``elided-in-quote``: at ``pos`` a lower-case word of at most four letters that a space follows (``'e do``,
    ``'igh of``), the rest of a word whose first letters a speaker drops."""
    word = _next_word(text, pos)
    end = pos + len(word)
    return 0 < len(word) <= _ELIDED_LETTERS and text[pos : pos + 1].islower() and text[end : end + 1] == " "


_ELIDED_LETTERS = 4  # elided-in-quote: letters at most of what remains of a word after its dropped first letters


def _next_word(text: str, pos: int) -> str:
    """The lower-case letters right after ``pos`` (at most 6 looked at)."""
    j = pos
    stop = min(len(text), pos + 6)
    while j < stop and text[j].isalpha():
        j += 1
    return text[pos:j].lower()


_ELIDED_STOPS = frozenset(".,;:?!")  # g-dropping: a stop between an elided word's mark and the closing one


def _classify(text: str, mark: str, start: int, end: int, lex: Lexicon) -> tuple[str, str] | None:
    """(family, role) with role in open/close/either/maybe-close, or None for an apostrophe."""
    family, role = _MARKS[mark]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if family == "straight":
        if role == "open":
            return family, "open"
        left, right = _left_flanking(text, start), _right_flanking(text, end)
        if left and not right:
            return family, "open"
        if right and not left:
            return family, "close"
        return family, "either"
    if mark in "'’":
        if before.isalnum() and after.isalnum():  # apostrophe-in-word
            return None
        if not before.isalnum() and not _right_flanking(text, end):
            word = _next_word(text, end)
            if after.isdigit() or word in lex.words["elision"]:  # elision
                return None
            if before == " " and start >= 2 and text[start - 2].isalpha() and after.islower() and (
                word in lex.words["contraction-suffix"]
            ):
                return None  # spaced-contraction: "let 's go", "you 'll see" (a text tokenised before print)
            return (family, "open") if mark == "'" else None
        if before in "nN" and start >= 3 and text[start - 2] in "'’" and not text[start - 3].isalnum():
            return None  # elided-and: the second mark of "rock 'n' roll" is an apostrophe too
        if before.isalnum() or before in _CLOSING_PUNCT or before in MARK_CHARS or before in _EMPHASIS:
            return family, "maybe-close"  # (emphasis-mark: "'_Arriving 3.18. Beaver._' And asked" closes)
        if before in " \t" and (after.isspace() or end >= len(text)):
            return family, "maybe-close"  # cut-off-close: "'I knocked, but seemingly '", "'I was standing ' he began"
        return None
    if mark == "‘" and after.isdigit():  # elision written with a left mark: ‘90s
        return None
    if mark == "”" and _left_flanking(text, start) and not _right_flanking(text, end):
        return family, "open-if-none"  # sloppy ”Fear. …” used as an opener
    if mark == "“" and not _left_flanking(text, start) and _right_flanking(text, end):
        return family, "either"  # closing-opener: “It's unusual,“ said Noble — a “ after a word closes an open one
    return family, role


TITLE_WORDS = 8  # words of a title at most ("Midday with Charlie Sykes")
_POSSESSOR_CHARS = 30  # characters read before a quotation for its possessor


def _possessive_title(text: str, q: QuotedSpan, lex: Lexicon) -> bool:
    """``possessive-title``: a closed quotation right after a capitalised possessive whose words are all capitalised
    but short function words is the title of a show or work (``told CNN's "State of the Union."``, ``on Friday's
    "PBS NewsHour,"``), no quotation; ``Clinton's "basket of deplorables" remark`` stays one."""
    if not q.closed or len(q.pieces) != 1:
        return False
    before = text[max(0, q.open - _POSSESSOR_CHARS) : q.open].rstrip()
    if not before.endswith(("'s", "’s")):
        return False
    possessor = before[:-2].rsplit(maxsplit=1)
    if not possessor or not possessor[-1][:1].isupper():
        return False
    words = text[q.pieces[0][0] : q.pieces[0][1]].split()
    return 0 < len(words) <= TITLE_WORDS and words[0][:1].isupper() and title_case(words, lex) and not _in_headline(
        text, q.open, q.end)


def title_case(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether ``words`` are all capitalised but short function words, as a title's are (``State of the Union``,
    ``Midday with Charlie Sykes``): determiners, connectors, ``and`` and ``or`` stay lower case in titles."""
    det, conn = lex.words["determiner"], lex.words["connector"]
    return all(w[:1].isupper() or not w[:1].isalpha() or w in det or w in conn or w in ("and", "or") for w in words)


_HEADLINE_CHARS = 300  # characters of a line read around a quotation, to tell a headline


def _in_headline(text: str, start: int, end: int) -> bool:
    """A short line written in title case (``Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying …``), where a
    capitalised quotation is no title."""
    lo = text.rfind("\n", max(0, start - _HEADLINE_CHARS), start) + 1
    hi = text.find("\n", end, end + _HEADLINE_CHARS)
    if (lo == 0 and start > _HEADLINE_CHARS) or (hi < 0 and len(text) > end + _HEADLINE_CHARS):
        return False  # (a long line is no headline)
    words = [w for w in text[lo : hi if hi >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) > 2 and sum(w[0].isupper() for w in words) >= _HEADLINE_SHARE * len(words)


_HEADLINE_SHARE = 0.7  # capitalised words of a headline line at least


_FLOOD_MIN_MARKS = 64  # a paragraph needs this many marks before its density is looked at
_LETTER = regex.compile(r"[^\W\d_]")


def drop_mark_floods(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs that are prose: ``mark-flood`` drops those made mostly of quotation marks.

    >>> t = 'He said "yes."\\n\\n' + '"\\'' * 100
    >>> drop_mark_floods(t, [(0, 14), (16, len(t))])
    [(0, 14)]
    """
    out = []
    for start, end in paragraphs:
        marks = len(_MARK.findall(text, start, end))
        if marks > _FLOOD_MIN_MARKS and marks * 4 > len(_LETTER.findall(text, start, end)):
            continue
        out.append((start, end))
    return out


def find_quoted_spans(text: str, paragraphs: Sequence[tuple[int, int]], lex: Lexicon) -> list[QuotedSpan]:
    """Top-level quoted spans, in order, never crossing a paragraph unless continued by the next one.

    >>> from quotattr.segment import find_paragraphs
    >>> t = 'He said "no" and don\\'t.'
    >>> [t[s:e] for q in find_quoted_spans(t, find_paragraphs(t), Lexicon.default()) for s, e in q.pieces]
    ['no']
    """
    marks = [(m.start(), m.end(), m.group()) for m in _MARK.finditer(text)]
    spans: list[QuotedSpan] = []
    mi = 0
    carry: tuple[int, str, list[tuple[int, int]]] | None = None  # open pos, family, pieces from earlier paragraphs
    for pstart, pend in paragraphs:
        while mi < len(marks) and marks[mi][0] < pstart:
            mi += 1
        first = mi
        while mi < len(marks) and marks[mi][0] < pend:
            mi += 1
        para_marks = marks[first:mi]
        if para_marks and _opens_label(text, para_marks[0], pstart, pend):  # label-not-quote
            para_marks = para_marks[1:]
        # Continuation: the carried quote resumes after this paragraph's first mark of the same family.
        stack: list[tuple[str, int, int]] = []  # (family, open pos, content start)
        children: list[list[QuotedSpan]] = []  # closed quotes directly inside each open mark
        pieces_before: list[tuple[int, int]] = []
        carried_open = -1
        if carry is not None:
            c_open, c_family, c_pieces = carry
            cls = _classify(text, para_marks[0][2], para_marks[0][0], para_marks[0][1], lex) if para_marks else None
            if para_marks and para_marks[0][0] == pstart and cls is not None and cls[0] == c_family:
                stack.append((c_family, c_open, para_marks[0][1]))
                children.append([])
                pieces_before = c_pieces
                carried_open = c_open
                para_marks = para_marks[1:]
            else:  # cannot happen by construction; recover by closing at the previous paragraph
                spans.append(QuotedSpan(c_open, c_pieces[-1][1], tuple(c_pieces), False, c_family))
            carry = None
        counts: dict[str, int] = {}
        low_openers: dict[str, int] = {}  # open „ and ‚ marks per family
        for fam, _, _ in stack:
            counts[fam] = counts.get(fam, 0) + 1
        # For the plural-possessive rule: is there a later single close candidate in this paragraph?
        later_single_close = [False] * (len(para_marks) + 1)
        classes = [_classify(text, mk, s, e, lex) for s, e, mk in para_marks]
        # For mixed-family: which families still have a mark later in the paragraph (an opener no later mark of
        # its own family can close is closed by the other family's mark)
        last_of: dict[str, int] = {}  # family -> index of its last mark in the paragraph
        for k, c in enumerate(classes):
            if c is not None:
                last_of[c[0]] = k
        for k in range(len(para_marks) - 1, -1, -1):
            c = classes[k]
            later_single_close[k] = later_single_close[k + 1] or (
                c is not None and c[0] in _SINGLE_FAMILIES and c[1] == "maybe-close"
            )
        for k, (s, e, _mk) in enumerate(para_marks):
            c = classes[k]
            if c is None:
                continue
            family, role = c
            if role == "either" or role == "open-if-none":
                role = "close" if counts.get(family) else "open"
            elif role == "maybe-close":
                if not counts.get(family):
                    continue
                plural_possessive = text[s - 1 : s] in ("s", "S") and (text[e : e + 1] == " " or (
                    text[e : e + 1] in _ELIDED_STOPS and text[e + 1 : e + 2] == _mk and counts[family] == 1
                ))  # ("the Hales',' she said"; not a nested quotation's close: "'… to the 'movies'.'")
                # g-dropping: "goin' down", "nothin' but": an elided final g before a lower-case word, or before a
                # stop and the mark that closes ("in the mornin'.'", "You comin'?'"); so is "an'" (and: "an' I")
                elided = (text[s - 2 : s] == "in" and text[s - 4 : s - 2].isalpha()) or (
                    text[s - 2 : s] == "an" and not text[s - 3 : s - 2].isalpha())
                dropped_g = elided and (
                    (text[e : e + 1] == " " and (text[e + 1 : e + 2].islower() or text[e + 1 : e + 3] in ("I ", "I'")))
                    or (text[e : e + 1] in _ELIDED_STOPS and text[e + 1 : e + 2] == _mk))
                if (plural_possessive or dropped_g) and later_single_close[k + 1]:
                    continue
                role = "close"
            if role == "open" and _mk == "'" and counts.get(family) and _elided_word(text, e):
                continue  # elided-in-quote: inside a single quotation a "'" before a short lower-case word elides
                # ("'e do speak uncommon 'igh of"; not a nested "'no'")
            if role == "open" and _mk in "“‘" and low_openers.get(family):
                role = "close"  # „German“ and ‚German‘ style: the raised mark closes
            if role == "open":
                stack.append((family, s, e))
                children.append([])
                counts[family] = counts.get(family, 0) + 1
                if _mk in "„‚":
                    low_openers[family] = low_openers.get(family, 0) + 1
                continue
            if not counts.get(family):
                if stack and stack[-1][0] in _CROSS_CLOSE.get(family, ()) and last_of.get(stack[-1][0], -1) <= k:
                    family = stack[-1][0]  # mixed-family: '"Oz has a bully pulpit,” said Gorski' (scraped marks)
                else:
                    continue  # a stray closing mark
            while stack:
                fam, o_pos, c_start = stack.pop()
                children.pop()
                counts[fam] -= 1
                if text[o_pos] in "„‚" and low_openers.get(fam):
                    low_openers[fam] -= 1
                if fam == family:
                    break
            if not stack:
                pieces = [*pieces_before, (c_start, s)] if o_pos == carried_open else [(c_start, s)]
                spans.append(QuotedSpan(o_pos, e, tuple(pieces), True, family))
                pieces_before = []
                carried_open = -1
            else:
                children[-1].append(QuotedSpan(o_pos, e, ((c_start, s),), True, family))
        # Paragraph end: an unclosed mark around complete quotes is stray (stray-around-quotes); otherwise the
        # outermost unclosed non-single mark continues into the next paragraph or ends here.
        inner = sorted((q for kids in children for q in kids), key=lambda q: q.open)
        if inner and carried_open < 0:
            spans.extend(inner)
            continue
        outer = next(((f, o, cs) for f, o, cs in stack if f not in _SINGLE_FAMILIES), None)
        if outer is None and stack and stack[0][0] in _SINGLE_FAMILIES and stack[0][1] in (pstart, carried_open) and (
            _continues(text, pend, stack[0][0], lex)
        ):  # single-continued: a single mark opening a paragraph left open, the next paragraph opening with one
            outer = stack[0]  # too, goes on there ("'It was the winter of 1947. / 'Then one morning …,'")
        if outer is None:
            spans.extend(inner)
            continue
        fam, o_pos, c_start = outer
        content_end = pend
        while content_end > c_start and text[content_end - 1].isspace():
            content_end -= 1
        pieces = [*pieces_before, (c_start, content_end)] if o_pos == carried_open else [(c_start, content_end)]
        if _continues(text, pend, fam, lex):
            carry = (o_pos, fam, pieces)
        else:
            spans.append(QuotedSpan(o_pos, content_end, tuple(pieces), False, fam))
    if carry is not None:
        c_open, c_family, c_pieces = carry
        spans.append(QuotedSpan(c_open, c_pieces[-1][1], tuple(c_pieces), False, c_family))
    spans = [q for q in spans if not _possessive_title(text, q, lex)]
    dashed = _dash_dialogue(text, paragraphs, marks, lex)
    return sorted([*spans, *dashed], key=lambda q: q.open) if dashed else spans


_SPEECH_DASHES = "—―"  # quotation dashes: em dash, horizontal bar
_DASH_TURNS = 3  # dash-led paragraphs a document needs before its dashes are read as dialogue
_DASH_ATTRIBUTED = 2  # of them at least this many, and one in _DASH_ATTRIBUTED_SHARE, say who speaks
_DASH_ATTRIBUTED_SHARE = 4
_DASH_ATTRIBUTION_WORDS = 6  # words read after a speech's end for its attribution ("said Mr. Buck Mulligan")
_ATTRIBUTION_REACH = 80  # characters read after a speech's end for its attribution
# Where a dash turn's speech may end: after , ? ! … or before a spaced dash and a lower-case word (" —said"). Regex
# audit: possessive runs; the look-behind (one character) lets a run of spaces be entered once: linear.
_DASH_TURN_END = regex.compile(r"[,?!…]\s++|(?<!\s)\s++[—―]\s*+(?=[[:lower:]])")
_ATTRIBUTION_END = regex.compile(r"[.;:!?](?=\s|$)|[—―]")  # where an attribution ends
_ALPHA_WORD = regex.compile(r"[[:alpha:]]++\.?+")
_COLON_DASH = regex.compile(r":[^\S\n]*+[—―]")  # a colon and a quotation dash opening speech again


def _dash_dialogue(
    text: str, paragraphs: Sequence[tuple[int, int]], marks: Sequence[tuple[int, int, str]], lex: Lexicon
) -> list[QuotedSpan]:
    """``dash-dialogue``: in a document whose turns open with a quotation dash rather than a quotation mark (at least
    ``_DASH_TURNS`` paragraphs, more than open with a mark), a paragraph that opens with ``—`` or ``―`` and holds
    no quotation mark (an apostrophe is none: ``—It's only me``) is a turn: its speech runs to the attribution
    (``—Is it? said Buck Mulligan.``: ``Is it?``; ``—Good morning —said Stephen—. It is late.``: two pieces), else
    to the paragraph's end; after the attribution, speech resumes only at a closing dash or at a dash after a colon
    (``He added: —For this, …``). One span per piece, with no closing mark."""
    dash_led = [(s, e) for s, e in paragraphs if text[s] in _SPEECH_DASHES]
    if len(dash_led) < _DASH_TURNS or len(dash_led) <= sum(1 for s, _ in paragraphs if text[s] in MARK_CHARS):
        return []
    mark_starts = [s for s, e, mk in marks if _classify(text, mk, s, e, lex) is not None]  # (no apostrophe)
    out: list[QuotedSpan] = []
    attributed = 0
    for s, e in dash_led:
        first_mark = bisect_left(mark_starts, s)  # (the marks already found: no second scan of the text)
        if first_mark == len(mark_starts) or mark_starts[first_mark] >= e:
            turn, said = _dash_turn(text, s, e, lex)
            out.extend(turn)
            attributed += said
    if attributed < _DASH_ATTRIBUTED or attributed * _DASH_ATTRIBUTED_SHARE < len(dash_led):
        return []  # dash-list: dash-led paragraphs few of which say who speaks are a list ("— Carol Lee of the …")
    return out


def _dash_turn(text: str, start: int, end: int, lex: Lexicon) -> tuple[list[QuotedSpan], bool]:
    """The speech pieces of one dash-led paragraph ``text[start:end]`` (``dash-dialogue``), and whether it holds an
    attribution."""
    out: list[QuotedSpan] = []
    said = False
    opened = start  # the dash that opens the current piece
    pos = start + 1
    while pos < end:
        while pos < end and text[pos].isspace():
            pos += 1
        speech_end, attribution = end, -1
        for m in _DASH_TURN_END.finditer(text, pos, end):
            if _attribution_at(text, m.end(), end, lex):
                speech_end = m.start() + 1 if text[m.start()] in ",?!…" else m.start()
                attribution = m.end()
                break
        if any(ch.isalnum() for ch in text[pos:speech_end]):
            out.append(QuotedSpan(opened, speech_end, ((pos, speech_end),), True, "dash"))
        if attribution < 0:
            break
        said = True
        stop = _ATTRIBUTION_END.search(text, attribution, end)
        if stop is None:
            break
        if text[stop.start()] in _SPEECH_DASHES:  # a closing dash: "—said Stephen—. It is late."
            opened = pos = stop.end()  # (no mark opens the rest: the dash closes the attribution)
            while pos < end and (text[pos] in ".,;:" or text[pos].isspace()):
                pos += 1
            continue
        resume = _resumes_after_comma(text, attribution, stop.start(), lex)
        if resume >= 0:  # dash-resume-after-comma: "—Well, said Mr Dedalus, you're home early."
            opened = pos = resume
            continue
        colon_dash = _COLON_DASH.search(text, stop.start(), end)  # "He added in a preacher's tone: —For this, …"
        if colon_dash is None:
            break
        opened = colon_dash.end() - 1
        pos = colon_dash.end()
    return out, said


def _resumes_after_comma(text: str, attribution: int, stop: int, lex: Lexicon) -> int:
    """``dash-resume-after-comma``: where speech resumes when a dash turn's attribution ends at a comma within its
    first ``_DASH_ATTRIBUTION_WORDS`` words and a clause goes on (``—Well, said Mr Dedalus, you're home early.``),
    else -1; not a phrase of narration (``said Stephen, turning away``, ``… , and went out``, ``…, his voice low``:
    a participle, or a word of ``after-inverted``, ``trailing``, ``possessive-pronoun``, ``clause-opener``)."""
    comma = text.find(",", attribution, min(stop, attribution + _ATTRIBUTION_REACH))
    if comma < 0 or len(_ALPHA_WORD.findall(text, attribution, comma)) > _DASH_ATTRIBUTION_WORDS:
        return -1
    nxt = _ALPHA_WORD.search(text, comma + 1, stop)
    if nxt is None or not text[comma + 1 : nxt.start()].isspace():
        return -1
    word = nxt.group().lower()
    if not (nxt.group()[:1].islower() or nxt.group() == "I") or word.endswith(("ing", "ed")) or any(
        word in lex.words[cls] for cls in ("after-inverted", "trailing", "possessive-pronoun", "clause-opener")
    ):
        return -1
    return nxt.start()


def _attribution_at(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """An attribution starts at ``pos``: a speech verb and a speaker (``said Buck Mulligan``, ``asked he``), or a
    speaker (a subject pronoun, or capitalised words) and a speech verb, perhaps after an adverb (``Stephen said``,
    ``he said quietly``, ``Buck Mulligan sternly said``); the speaker may be a possessive's or a determiner's phrase
    after the verb (``asked his mother``, ``said the old man``), and no punctuation parts speaker and verb
    (``Stephen? asked his mother`` is no ``Stephen asked``)."""
    found = list(itertools.islice(_ALPHA_WORD.finditer(text, pos, min(end, pos + _ATTRIBUTION_REACH)),
                                  _DASH_ATTRIBUTION_WORDS))
    words = [m.group().removesuffix(".") if m.group()[:1].islower() else m.group() for m in found]
    if not words:
        return False
    subject_pronouns = lex.words["subject-pronoun"]
    if _speech_verb(words[0], lex):
        return len(words) > 1 and (words[1][:1].isupper() or words[1] in subject_pronouns or (
            words[1] in lex.words["possessive-pronoun"] or words[1] in lex.words["determiner"]))
    k = 0
    if words[0] in subject_pronouns:
        k = 1
    else:
        while k < len(words) - 1 and k < 3 and words[k][:1].isupper():
            k += 1
            if not text[found[k - 1].end() : found[k].start()].isspace():
                break  # dash-vocative: "—Tell me, Mulligan, Stephen said" is no speaker "Mulligan, Stephen"
    if k == 0 or k >= len(words) or not text[found[k - 1].end() : found[k].start()].isspace():
        return False
    if words[k].endswith("ly") and k + 1 < len(words):
        k += 1  # an adverb before the verb: "Buck Mulligan sternly said"
    return _speech_verb(words[k], lex)


def _speech_verb(word: str, lex: Lexicon) -> bool:
    """A reporting verb of speech or manner (``said``, ``asked``, ``cried``), not of belief or evidence."""
    return lex.verb_forms.get(word, ("", ""))[1] in ("speech", "manner")


def _opens_label(text: str, mark: tuple[int, int, str], pstart: int, pend: int) -> bool:
    """``label-not-quote``: the paragraph's first character is a mark followed by a speaker label."""
    start, end, _ = mark
    return start == pstart and _SPEAKER_LABEL.match(text, end, pend) is not None


def _continues(text: str, pend: int, family: str, lex: Lexicon) -> bool:
    """True when the paragraph after ``pend`` starts with an opening mark of ``family`` (not a label's)."""
    j = pend
    stop = min(len(text), pend + 200)
    while j < stop and text[j].isspace():
        j += 1
    if j >= stop:
        return False
    m = _MARK.match(text, j)
    if m is None or _opens_label(text, (j, m.end(), m.group()), j, min(len(text), m.end() + 200)):
        return False
    c = _classify(text, m.group(), j, m.end(), lex)
    return c is not None and c[0] == family and c[1] in ("open", "either", "open-if-none")
