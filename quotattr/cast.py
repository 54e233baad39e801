"""Stage 3b: the cast of a document — which capitalised words are names, and the gender of each name.

Read from the whole text in one linear pass, before any attribution, so that later stages can tell a character
from a capitalised sentence opener and ``she`` from ``he``. Rules:

- ``proper-name``: a word is a name when it is written capitalised after a lower-case word (or after ``Mr.``,
  ``Mrs.``, ``Ms.``, ``Dr.``, ``St.``: ``Mr. Collins``) more often than it is written in lower case (``Elizabeth`` is
  a name; ``However`` and ``Calling``, capitalised only at the start of sentences, are not).
  ``after-comma-quote``: a quotation closed after a comma goes on as the same sentence, so the word after it is
  mid-sentence too (``"We're done when I say we're done," Reyes said.``: Reyes, named nowhere else, is a name).
- ``sentence-opening-given-name``: a given name (``data/given_names.tsv``) written only at sentence starts
  (``Maggie set down her cup.``, common in a short passage) and never in lower case in the document is a name too.
- ``opening-beat-name``: so is any word written only at sentence starts, never in lower case, that a beat verb
  (``data/word_classes.tsv`` beat-verb: ``nodded``, ``shrugged``) or a possessive follows (``Holloway shrugged.``,
  ``Holloway's voice was steady``, ``Collins looked up.``); not a plural, whose singular the text writes or which
  names a people (``Republicans said``), nor an indefinite pronoun (``Nobody answered him.``); so is a word that
  opens two sentences before any past form (``Sam slid into the booth.`` … ``Sam waited.``: ``_ACTING_OPENINGS``),
  or one in a passage shorter than ``_SHORT_PASSAGE`` (``acting-once``: ``Skaggs smoked in silence and looked at
  Joe.``; stop 46; ``negated-past``: a past form or past modal with ``n't`` counts, ``Todd didn't look up.``), or
  there once before ``was`` and no determiner or ``to`` (``being-once``: ``Holmes was silent
  for some minutes.``, not ``Sotherton was a word``; in a story only: news's ``Clinton was there too.``; stop 47),
  or one opening a sentence before a comma and ``who`` (``relative-who-name``: ``Zametov, who had been sitting by
  the window, laughed aloud.``; stop 62: PDNC passages of 800 and 1,000 characters +2 and +3, nothing lost).
  ``joined-name``: in a story, a name joined by an apostrophe, a hyphen or ``Mc``/``Mac`` is one word of the cast
  (``O'Brien``, ``McMurdo``, ``Mary-Jane``; they had been no names at all); so is one opening a sentence, in any
  text (``Mary-Jane looked up.``).
- ``given-name-surname``: a capitalised word written twice or more mid-sentence after a given name is a name though
  the document writes it in lower case more often (``Jonathan Small``, ``Tony Last``: ``"This is your doing,
  Small,"`` calls him; stop 47).
- ``word-given-name``: a function word that is a given name and no month (``Will``) is a name when written
  capitalised mid-sentence twice or more (``"No," Will agreed.``, ``"That's not fair, Will."``), however often the
  document writes ``will``; the pipeline then reads it as no function word (``Will didn't answer.`` has its
  subject), and a capitalised one as no auxiliary (``mentions.skip_back``; stop 44: PolNeAR's George Will).
- ``calendar-word``: a month or weekday (``data/word_classes.tsv`` ``month``, ``time``) is no name though always
  capitalised (``next September``, ``on Sunday``), unless it is a given name too (``June``).
- ``oath``: a word of oaths and exclamations (``God``, ``Heaven``, ``Jove``: ``"Good God," he groaned``) is no name,
  so never a speaker or the person a quotation addresses (``data/word_classes.tsv``).
- ``demonym``: a nationality (``German``, ``American``; ``data/word_classes.tsv`` ``demonym``) is no name though
  always capitalised: ``the German`` is a description, and ``German officials`` no antecedent of ``he``.
- ``common-word``: a capitalised word that is also written in lower case in the document, and is no name by
  ``proper-name``, is an ordinary word in sentence-initial position (``However``, ``Calling``), never a speaker.
- ``vocative``: a cast name that opens a quotation before a comma or ``!`` (``"Lizzy, come here."``) or closes
  it after a comma (``"Come here, Lizzy."``) names the person spoken to; an opening word that names nobody
  (``"Yes, yes. …, Denham,"``) leaves the closing one to be read. ``wrapped-address``: a line break of a
  hard-wrapped text stands for a space there (``"… Hasn't he,\nKatharine?"``, ``"Mrs.\nBennet, …"``); not in a
  ``mid-address``, where it let appositions in (``her aunt very well, Biddy\nHenshawe;``). ``apposed-subject``: an
  opening name set off by an appositive of ``the`` or ``a`` before a lower-case word is the subject it speaks of
  (``"Sir William Budge, the sugar king, has the biggest estate."``), no call.
- ``endearment``: ``my`` and an endearment may come before the name (``"My dear Lizzy, …"``, ``"…, my dear
  Jane."``; ``data/word_classes.tsv``).
- ``role-address``: a role the document writes as a name (``role-name``: ``the Colonel``) is called by it alone
  (``"No bad news, Colonel, I hope,"``).
- ``listed-name``: a name after a comma that follows another name of the cast is an item of a list, no call
  (``"From Bath, Norfolk, London, York, wherever I may be"``).
- ``place-no-address``: a place of the cast is never the one a quotation calls (``"…, the other towns, England,
  myself, …"``, ``"Empoli! I would as soon …"``).
- ``pity-no-address``: a quotation opening with ``Poor`` and a name pities that person, no call (``"Poor Miss
  Taylor!--I wish she were here again."``; ``"My poor Jane, …"`` calls her; stop 45: PDNC dev +4/-1).
- ``address-lead``: only titles and endearments come before the name of an address (``"From Mr. Collins! and what
  can he have to say?"``, ``"Hang Countess Olenska! …"`` call nobody).
- ``sentence-after-address``: a period after a cast name ends the address (``"…, Tony. Well, …"`` calls Tony, not
  ``Tony. Well``); a title's period does not (``Mr. Darcy``).
- ``place-name``: a name written after a preposition of place (``in``, ``at``, ``near``, ``into``) in at least
  three of ten of its mid-sentence mentions, and mentioned at least four times, is a place (``at Netherfield``,
  ``in London``), never a person a pronoun refers to; a given name never is (``looked at Edward``). ``to``,
  ``from`` and ``of`` alone were measured and catch people (``a letter from Edward``); ``place-heading``: a name
  written after those of place or direction (``to``, ``from``) in at least half of its mid-sentence mentions is a
  place too (``went to Poggibonsi``, ``back from Skuytercliff``).
- ``role-name``: a title of either gender (``data/titles.tsv``: ``Professor``, ``Secretary``) written capitalised
  mid-sentence more often than in lower case is a person's name in the document and learns a gender from the
  pronouns after it (``the Professor … his``), though it is no name of the cast.
- ``given-name-gender``: a name listed in ``data/given_names.tsv`` (``Robert``, ``Edna``) has that gender, whatever
  the pronouns after it say (in a scene of two, the other's pronoun often follows); ``uncast-given-name``: so does
  a name that opens with one written only at sentence starts, which is no name of the cast (``Steven Aftergood,
  who heads …, said``).
- ``pet-form-gender``: a name of no known gender that differs from names of one known gender only in its last
  letter, four letters or more (``Nance`` beside ``Nancy``), has that gender.
- ``pronoun-gender``: a name's gender is the majority of the titles before it (``Mr.``, ``Lady``) and of the
  ``he``/``his`` and ``she``/``her`` that follow it closely (the first one within ``_GENDER_WINDOW``
  characters, no other name between), when that majority is at least two to one and seen at least twice
  (``Elizabeth looked at her book; she smiled``: noisy, but the majority over a novel holds). ``title-vote``: one
  gendered title counts as much as that minimum, so ``Mrs. Hale`` named once is a "she" unless two pronouns after
  her say otherwise, and the ``he`` of a passage's opening ``"…," he said`` is no ``Hale`` named once after it
  (stop 51: PDNC dev passages of 3,000 characters 101 speakers more right, 17 fewer; of 800, 67 and 25; of 1,000,
  55 and 34; PDNC dev and PolNeAR unchanged). Counting only
  ``he``/``she`` was measured and named fewer speakers right on PDNC dev. ``object-no-vote``: a name right after a
  preposition takes no pronoun's vote (``he had gone to Poggibonsi when he called``); ``object-pronoun-no-vote``:
  ``him`` gives none (``Quill thanked him``: an object after a name is rarely that name), the next pronoun may;
  ``her-half-vote``: ``her``, an object as often as a possessive (``Archer whispered, pressing her to him``), counts
  half (stop 30: PDNC dev 0.8098 to 0.8099, passages of 3,000 characters 0.7163 to 0.7174, of 10,000 0.7736 to
  0.7771; a quarter was measured too: passages 0.7177, PDNC dev 0.8094).
  ``sentence-vote``: in a story (``find_cast(story=True)``), a pronoun past the end of the name's sentence gives
  no vote (``Perfetta was heard coming up. It seemed to wake him up, and he turned away``; stop 41: PDNC dev 27
  speakers more right, 12 fewer; passages 50 and 43; in news it renamed 38 speakers, as many worse as better).
- ``titled-form-gender``: a name after a title of either gender (``Captain``, ``Dr.``, ``Admiral``) also counts
  the votes after it as its titled form's own, which ``Cast.titled_gender`` reads (``Captain Harville`` is a "he"
  where ``Mrs Harville`` makes the surname a "she"; stop 39: 4 more PDNC dev speakers right, none fewer).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Container, Mapping

import attrs
import regex

from quotattr.fastre import fast_span, twin
from quotattr.lexicon import Lexicon

# A word after a lower-case word (or comma) and one space, after a comma and a closing quotation mark
# (after-comma-quote: '"…," Reyes said'), or after an abbreviated title: the capitalisation is the word's own, not
# the sentence's.
# Regex audit: every pattern here is a single possessive run after a bounded look-behind (at most five characters),
# so one pass is linear; the address patterns are anchored (match / fullmatch) inside a 40-character window.
_MID_WORD = regex.compile(r"(?<=[a-z,;] |,[\"”’'] |\b(?:Mr|Mrs|Ms|Dr|St)\.\s)[[:upper:]][[:lower:]]++")
# joined-name: in a story, a name joined by an apostrophe, a hyphen or a Mc/Mac is one word of the cast (``O'Brien``,
# ``McMurdo``, ``Mary-Jane``; stop 62: PDNC dev +3, passages +3, +0, +3, nothing lost; in news it named "Footage of
# Al-Awlaki" for a "he"). Regex audit: possessive letter runs joined by one character each, a one-character
# look-behind inside: linear.
_JOINED_NAME = r"[[:upper:]][[:lower:]]*+(?:(?:['’-]|(?<=[Mm]a?c))[[:upper:]][[:lower:]]++)*+(?<=[[:lower:]])"
_MID_WORD_JOINED = regex.compile(r"(?<=[a-z,;] |,[\"”’'] |\b(?:Mr|Mrs|Ms|Dr|St)\.\s)" + _JOINED_NAME)
# The lower-case word before a mid-sentence capitalised word (not a possessive): ``in`` + ``London``. The
# look-behind is one possessive letter run and a space: linear.
_WORD_AFTER = regex.compile(r"(?<=\b([a-z]{2,4}+) )([[:upper:]][[:lower:]]++)(?!['’\w])")
_LOWER_WORD = regex.compile(r"\b[[:lower:]]++\b")
# A sentence's start: after its end and a space, a blank line, or the text's start (a line's where no DOTALL is
# given); ``_OPENING`` after an opening quotation mark too.
_SENTENCE_START = r"(?<=[.!?][\"”’']?+\s)|(?<=\n\n)|(?<!.)"
_OPENING = rf"(?:{_SENTENCE_START}|(?<=[\"“‘]))"
# A capitalised word opening a sentence: after a sentence's end and a space, a blank line, an opening quotation mark
# or the text's start; with the lower-case word after it, or its possessive ``'s`` (opening-beat-name: "Holloway
# shrugged.", "Holloway's voice was steady"). Regex audit: look-behinds of at most three characters, possessive
# letter runs, one optional group: linear.
_OPENING_WORD = regex.compile(
    _OPENING + rf"({_JOINED_NAME})\b"
    r"(?:(['’]s\b)| ([[:lower:]]{1,20}ly )?([[:lower:]]++(?:['’]t\b)?+)\b)?+",  # (adverb-then-beat: "Novak
    regex.DOTALL)  # barely glanced at it."; at most 20 letters before "ly": bounded)
_WORD = regex.compile(r"[[:alpha:]]++")
# relative-who-name: a word opening a sentence before a comma and "who" ("Zametov, who had been sitting …, laughed").
# Regex audit: bounded look-behinds, one possessive letter run: linear.
_WHO_OPENER = regex.compile(
    rf"(?:{_SENTENCE_START})([[:upper:]][[:lower:]]++), who\b", regex.DOTALL)
# given-name-surname: two capitalised words mid-sentence (after a lower-case word or a comma). Regex audit: one
# bounded look-behind and two possessive letter runs: linear.
_GIVEN_THEN_WORD = regex.compile(r"(?<=[[:lower:],;] )([[:upper:]][[:lower:]]++) ([[:upper:]][[:lower:]]++)\b")
# fast-path twin (``fastre``): lower-case words for the standard library's engine, read on a text of ASCII and news
# punctuation only, where [[:lower:]] is [a-z]: the same matches (property test and every corpus), 10 ms of PolNeAR
# dev against 14 (twins of the patterns with look-behinds first ran slower in ``re``: 46 against 4 ms)
_LOWER_WORD_FAST = twin(r"\b[a-z]++\b")
# being-once: a word opening a sentence or a line before "was", and the word after ("Holmes was silent"; a
# hard-wrapped line's capitalised first word is a sentence's or a name: with sentence starts only, PDNC passages of
# 800/1,000/1,500 characters 3/2/7 fewer right). Regex audit: bounded look-behinds, possessive runs: linear.
_BEING_OPENER = regex.compile(
    _OPENING + r"([[:upper:]][[:lower:]]++) was ([[:lower:]]++)\b")
# A name of up to three capitalised words (titles with their period), then the punctuation of an address.
# wrapped-address: a line break of a hard-wrapped text counts as the space it stands for ("Hasn't he,\nKatharine?")
_SP = r"[ \t\r\n]"
_ADDRESS_NAME = rf"((?:[[:upper:]][[:alpha:]]*+\.?{_SP}){{0,2}}+[[:upper:]][[:alpha:]]*+)"
# mid-address: a name set off by a comma before a sentence end, a semicolon or a clause going on ("You are joking,
# Lizzy. This …", "Left in a ditch, Nance; only think!", "I hope, Mr. Darcy, that …"). Regex audit: possessive
# letter runs, and at most two words before the last, which may be given back (three tries at each comma: "Odo.
# We" is no name), in a bounded window.
_MID_NAME = r"((?:[[:upper:]][[:alpha:]]*+\.? ){0,2}[[:upper:]][[:alpha:]]*+)"


@functools.cache
def _address_patterns(
    endearments: frozenset[str],
) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The opening, closing and ``mid-address`` patterns (compiled once per endearment list). An interjection may
    come first (``"Oh, Lizzy! …"``, ``"Indeed, Lizzy, …"``: one optional word of at most 10 letters), a dash may
    follow the name (``"Ellen--I must ask you one thing."``), and
    ``endearment``: ``my`` and an endearment before the name (``"My dear Lizzy, …"``, ``"…, my dear Jane."``).
    Regex audit: anchored (match, fullmatch) in a 40-character window, one optional word alternation and
    possessive letter runs: linear."""
    lead = "|".join(sorted(map(regex.escape, endearments))) or "(?!)"
    endeared = rf"(?:[Mm]y{_SP}(?:{lead}){_SP})?"
    opening = regex.compile(rf"(?:[[:upper:]][[:lower:]]{{0,9}}+[,!]{_SP})?{endeared}{_ADDRESS_NAME}(?:[,!]|--|—)")
    closing = regex.compile(rf",{_SP}{endeared}{_ADDRESS_NAME}[.!?,;—-]*+\s*+")
    mid = regex.compile(rf", {endeared}{_MID_NAME}(?:[.!?;]|, (?=[[:lower:]]|I\b))")  # ("…, Lizzy, I know")
    return opening, closing, mid


_ADDRESS_WINDOW = 40  # characters read at each end of a quotation
_MID_WINDOW = 160  # characters of a quotation's start searched for a mid-address
_TAIL_WINDOW = 300  # characters of a quotation's end searched for a closing-address (stop 61: 160 before)
_GENDER_WINDOW = 80  # characters after a name in which a pronoun is taken to refer to it
_MIN_GENDER_EVIDENCE = 2
_PLACE_SHARE = 0.3  # place-name: share of mentions after a preposition of place
_PLACE_MIN_MENTIONS = 4
_HEADING_SHARE = 0.5  # place-heading: share of mentions after a preposition of place or direction


@attrs.frozen(slots=True)
class Cast:
    """Names of a document (lower case) and the gender learnt for each (``m``/``f``)."""

    names: frozenset[str]
    genders: dict[str, str]
    lower: frozenset[str] = frozenset()  # every word written in lower case somewhere in the document
    places: frozenset[str] = frozenset()  # names that are places (place-name)
    endearments: frozenset[str] = frozenset()  # words after "my" before a name spoken to ("my dear Jane")
    titles: Container[str] = frozenset()  # titles that may come before a name spoken to ("Mr. Darcy", "Aunt Juley")
    roles: frozenset[str] = frozenset()  # role-name: titles written as names here ("the Colonel"), lower case
    given: Mapping[str, str] = attrs.field(factory=dict)  # given-name-gender for names the cast does not hold

    def is_name(self, word: str) -> bool:
        low = word.lower()
        return low in self.names or (low.endswith(("'s", "’s")) and low[:-2] in self.names)

    def is_common(self, word: str) -> bool:
        """``common-word``: no name here, and written in lower case elsewhere in the document."""
        low = word.lower()
        return low in self.lower and not self.is_name(word)

    def is_place(self, name: str) -> bool:
        """``place-name``: the (possibly multi-word) name starts with a place's name (``New York``, ``London``)."""
        first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
        return first in self.places

    def titled_gender(self, title: str, name: str) -> str:
        """``titled-form-gender``: the gender the pronouns after ``title name`` give it, ``title`` one of either
        gender as a whole word (``Captain Harville`` is a "he" where ``Mrs Harville`` makes ``Harville`` a "she"),
        else ``-``.

        >>> cast = Cast(frozenset({"harville"}), {"harville": "f", "captain harville": "m"})
        >>> cast.titled_gender("captain", "Harville"), cast.gender("Harville")
        ('m', 'f')
        """
        return self.genders.get(f"{title} {name.lower()}", "-")

    def gender(self, name: str) -> str:
        """Gender of a (possibly multi-word) name from its first word that has one, else ``-``: a given name
        tells it, a family name is shared (``Elizabeth Bennet`` is not ``Mr. Bennet``'s gender).

        >>> Cast(frozenset({"elizabeth", "bennet"}), {"elizabeth": "f", "bennet": "m"}).gender("Elizabeth Bennet")
        'f'
        """
        words = name.lower().split()
        for word in words:
            g = self.genders.get(word)
            if g is not None:
                return g
        # uncast-given-name: a given name written only at sentence starts is no name of the cast, but still tells
        # the gender ("Steven Aftergood, who heads …, said")
        return self.given.get(words[0], "-") if words else "-"


def find_cast(text: str, lex: Lexicon, *, story: bool = False) -> Cast:
    """The cast of ``text``.

    >>> t = "Then Ann came. However, Ann said no, and she left. Ann sat; she wept. We stayed, however."
    >>> c = find_cast(t, Lexicon.default())
    >>> sorted(c.names), c.gender("Ann"), c.is_name("However"), c.is_common("However")
    (['ann'], 'f', False, True)
    """
    capital = Counter(map(str.lower, (_MID_WORD_JOINED if story else _MID_WORD).findall(text)))
    fast = _LOWER_WORD_FAST if _LOWER_WORD_FAST is not None and fast_span(text) else None  # (the twin reads alike)
    lower = Counter((fast or _LOWER_WORD).findall(text))
    closed = (lex.function_words | frozenset(lex.pronouns) | frozenset(lex.titles) | lex.words["interjection"]
              | lex.words["oath"]  # oath: "Good God," "thank Heaven" name no character
              | lex.words["demonym"]  # demonym: "the German" is a description, "German" no one's name
              | lex.words["indefinite-pronoun"] | lex.words["thing-pronoun"]  # "Nobody answered him.", "Everything's
              # wrong" name no one
              | ((lex.words["month"] | lex.words["time"]) - frozenset(lex.given_names)))
    # calendar-word: "next September", "on Monday" name nobody (but "June" may)
    names = frozenset(w for w, n in capital.items() if n > lower.get(w, 0) and w not in closed and len(w) > 1)
    # word-given-name: a function word that is a given name and no month, capitalised mid-sentence twice or more,
    # is a character's name ('"No," Will agreed.', '"That's not fair, Will."'), however often "will" is a verb
    names |= frozenset(w for w in lex.function_words & lex.given_names.keys()
                       if capital.get(w, 0) >= _WORD_NAME_MENTIONS and w not in lex.words["month"])
    # sentence-opening-given-name: a given name written only at sentence starts ("Maggie set down her cup.") and
    # never in lower case here is a name too
    openers = _OPENING_WORD.findall(text)  # (word, possessive, adverb, word after)
    opening = {o[0].lower() for o in openers}
    names |= frozenset(w for w in opening if lex.is_given_name(w) and w not in lower and w not in closed)
    # (unisex-given-name too: "Jamie, who had been …, came")
    # opening-beat-name: a word written only at sentence starts, never in lower case, that a beat verb or a
    # possessive follows ("Holloway shrugged.", "Holloway's voice was steady") is a name too; not a plural
    # ("Republicans said")
    beats = lex.words["beat-verb"]
    beaten = {w.lower() for w, possessive, _, after in openers if possessive or after in beats}  # (adverb-then-beat:
    # a beat verb after an adverb in -ly too, "Novak barely glanced at it."; stop 63, PDNC passages of 800 +2)
    past = lex.words["past-verb"]
    acting = Counter(w.lower() for w, _, adverb, after in openers if not adverb and (
        after in past or (after.endswith("ed") and len(after) > 4) or _negated_past(after, past)))
    beaten |= {w for w, n in acting.items() if n >= _ACTING_OPENINGS}  # (twice before any past form: "Sam slid into
    # the booth." … "Sam waited until she had gone.")
    beaten |= {w.lower() for w in _WHO_OPENER.findall(text)}  # relative-who-name: "Zametov, who had been …, laughed"
    if len(text) < _SHORT_PASSAGE:  # acting-once: once in a short passage ("Skaggs smoked in silence and looked at
        beaten |= set(acting)  # Joe."; without "had" and "did", PDNC passages of 1,000 characters lost 12, gained 3)
        if story:  # being-once: "Holmes was silent for some minutes.", not "Sotherton was a word"
            beaten |= {m.group(1).lower() for m in _BEING_OPENER.finditer(text)
                       if m.group(2) not in lex.words["determiner"] and m.group(2) != "to"}
    peoples = lex.words["epithet"] | lex.words["demonym"]

    def plural(w: str) -> bool:  # (a plural's singular is written here or names a people: not "Collins looked up")
        return w.endswith("s") and any(
            stem in capital or stem in lower or stem in opening or stem in peoples for stem in (w[:-1], w[:-2]))

    names |= frozenset(w for w in beaten if not (
        w in names or w in lower or w in closed or plural(w) or len(w) < 3))
    # given-name-surname: a capitalised word after a given name mid-sentence, twice or more, is a surname though
    # common in lower case ("Jonathan Small", "Tony Last")
    surnames = Counter(last.lower() for given, last in _GIVEN_THEN_WORD.findall(text)
                       if given.lower() in lex.given_names)
    names |= frozenset(w for w, n in surnames.items() if n >= _SURNAME_MENTIONS and w not in closed and len(w) > 2)
    # role-name: a title of either gender written capitalised mid-sentence more often than not ("the Professor")
    # is a person's name in this document: it learns a gender from the pronouns after it, as names do
    roles = frozenset(w for w, n in capital.items() if lex.titles.get(w) == "-" and n > lower.get(w, 0))
    genders = _genders(text, names | roles, lex, story)
    for name in names:  # given-name-gender: "Robert", "Edna" are known before any pronoun follows them
        given = lex.given_names.get(name)
        if given is not None:
            genders[name] = given
    # pet-form-gender: a name with no gender yet that differs from names of one known gender only in its last letter
    # (``Nance`` beside ``Nancy``) shares it
    stems: dict[str, set[str]] = {}
    for name, g in genders.items():
        if len(name) >= _PET_FORM_LETTERS and g in ("m", "f"):
            stems.setdefault(name[:-1], set()).add(g)
    for name in names:
        known = stems.get(name[:-1]) if len(name) >= _PET_FORM_LETTERS and name not in genders else None
        if known is not None and len(known) == 1:
            genders[name] = next(iter(known))
    return Cast(names, genders, frozenset(lower), _places(text, names, lex), lex.words["endearment"], lex.titles,
                roles, lex.given_names)


_NEGATED_MODALS = frozenset({"could", "would"})


def _negated_past(word: str, past: Container[str]) -> bool:
    """``negated-past``: a past form or a past modal with ``n't`` acts as a past form does (``Todd didn't look up.``,
    ``Ruth couldn't answer.``; for ``acting-once``)."""
    if not word.endswith(("n't", "n’t")):
        return False
    stem = word[:-3]
    return stem in past or stem in _NEGATED_MODALS


_SURNAME_MENTIONS = 2  # given-name-surname: mid-sentence mentions after a given name that make a word a surname
_WORD_NAME_MENTIONS = 2  # word-given-name: mid-sentence capitalised mentions of a function word that make it a name
_ACTING_OPENINGS = 2  # opening-beat-name: sentences a word opens before a past form other than a beat verb
_SHORT_PASSAGE = 2000  # acting-once: characters of a passage below which one such sentence will do (in novels and
# passages of 3,000 characters one made names of "Fear", "Footsteps", "Reason": PDNC dev passages of 3,000 +24/-22)
_PET_FORM_LETTERS = 4  # letters of a name and its pet form at least (pet-form-gender)


def _places(text: str, names: frozenset[str], lex: Lexicon) -> frozenset[str]:
    """``place-name``: the names mostly written after a preposition of place; ``place-heading``: or of place and
    direction together."""
    after: Counter[str] = Counter()
    located: Counter[str] = Counter()
    headed: Counter[str] = Counter()
    place_words = lex.words["place-preposition"]
    direction_words = lex.words["direction-preposition"]
    for before, word in _WORD_AFTER.findall(text):
        low = word.lower()
        if low in names and low not in lex.given_names:
            after[low] += 1
            if before in place_words:
                located[low] += 1
            if before in place_words or before in direction_words:
                headed[low] += 1
    return frozenset(
        w for w, n in after.items()
        if n >= _PLACE_MIN_MENTIONS and (located[w] >= _PLACE_SHARE * n or headed[w] >= _HEADING_SHARE * n)
    )


@functools.cache
def _gender_tokens(pronouns: frozenset[str]) -> regex.Pattern[str]:
    """Capitalised words and gendered pronouns: the only words ``pronoun-gender`` looks at (compiled once per
    pronoun list; a plain alternation of words, linear)."""
    alternatives = "|".join(sorted(pronouns, key=len, reverse=True))
    return regex.compile(rf"[[:upper:]][[:alpha:]]*+|\b(?:{alternatives})\b")


def _genders(text: str, names: frozenset[str], lex: Lexicon, story: bool = False) -> dict[str, str]:
    votes: dict[str, Counter[str]] = {}
    current: str | None = None  # the last name seen
    titled: str | None = None  # and its titled form after a title of either gender ("captain harville")
    seen_at = -_GENDER_WINDOW
    previous, previous_end = "", -10
    gendered = frozenset(p for p, (g, _, _) in lex.pronouns.items() if g in ("m", "f"))
    object_leads = lex.words["object-lead"]
    for m in _gender_tokens(gendered).finditer(text):
        word = m.group()
        low = word.lower()
        if low in names:
            title = lex.titles.get(previous) if m.start() - previous_end <= 2 else None
            if title in ("m", "f"):  # title-gender: "Mr. Darcy", "Lady Catherine"
                votes.setdefault(low, Counter())[title] += _TITLE_VOTE
            # object-no-vote: a name after a preposition ("gone to Poggibonsi when he") is rarely what a pronoun names
            lead = text[max(0, m.start() - 8) : m.start()].rsplit(maxsplit=1)
            current = None if lead and lead[-1] in object_leads and text[m.start() - 1].isspace() else low
            # titled-form-gender: "Captain Harville" votes as himself too, apart from "Mrs Harville"
            titled = f"{lex.title_words.get(previous, previous)} {low}" if title == "-" and current else None
            seen_at = m.end()
        elif current is not None and m.start() - seen_at <= _GENDER_WINDOW and low != "him":
            # object-pronoun-no-vote: "Archer looked at him" is rarely Archer (the next pronoun may vote)
            g = lex.pronouns.get(low, ("-", "", ""))[0]
            if g in ("m", "f"):
                vote = 1 if low == "her" else _WHOLE_VOTE  # her-half-vote
                if story and _SENTENCE_END.search(text, seen_at, m.start()) is not None:
                    vote = 0  # sentence-vote: in a story, a pronoun of a later sentence often names someone else
                    # ("Perfetta was heard coming up. It seemed to wake him up, and he turned away")
                votes.setdefault(current, Counter())[g] += vote
                if titled is not None:
                    votes.setdefault(titled, Counter())[g] += vote
                current = titled = None  # one vote per mention: the first pronoun after it
        previous, previous_end = low, m.end()
    out = {}
    for name, c in votes.items():
        (g, n), *rest = [*c.most_common(2), ("-", 0)]
        other = rest[0][1]
        if n >= _MIN_GENDER_EVIDENCE * _WHOLE_VOTE and n >= 2 * other:
            out[name] = g
    return out


_SENTENCE_END = regex.compile(r"[.!?][\"”’']?\s")  # sentence-vote (a stop, perhaps a closing mark, a space)
_WHOLE_VOTE = 2  # a pronoun's vote; "her" gives half of one (her-half-vote)
_TITLE_VOTE = _MIN_GENDER_EVIDENCE * _WHOLE_VOTE  # title-vote: one "Mrs." is evidence enough ("Mrs. Hale bristled")


def vocative(
    text: str, start: int, end: int, cast: Cast, *, within: bool = False, tail: bool = False
) -> tuple[int, int] | None:
    """``vocative``: the span of the name a quotation ``text[start:end]`` addresses, or None: a name opening or
    closing it; ``within`` also a name set off by a comma in its first 160 characters before a sentence end, a
    semicolon or a clause going on (``mid-address``: ``"You are joking, Lizzy. This …"``, ``"…, Nance; only
    think!"``, ``"I hope, Mr. Darcy, that …"``, ``"No bad news, Colonel, I hope"``); ``tail`` also the last such
    name in its last 300 characters (``closing-address``: ``"…. You know it, Harry, as well as I do."``).

    >>> t = '"Lizzy, come here." "Come here, Mr. Darcy." "Come, see." "Oh, Lizzy! no."'
    >>> c = Cast(frozenset({"lizzy", "darcy"}), {}, titles=frozenset({"mr"}))
    >>> spans = [(1, 18), (21, 42), (45, 55), (58, 72)]
    >>> [t[v[0]:v[1]] if v else None for v in (vocative(t, s, e, c) for s, e in spans)]
    ['Lizzy', 'Mr. Darcy', None, 'Lizzy']
    """
    opening, closing, mid = _address_patterns(cast.endearments)
    m = opening.match(text, start, min(end, start + _ADDRESS_WINDOW))
    found = _address(m, cast) if m is not None and not _APPOSED_SUBJECT.match(text, m.end(), end) else None
    if found is None:  # (also after an opening word that names nobody: "Yes, yes. …, Denham,")
        lo = max(start, end - _ADDRESS_WINDOW)
        comma = text.rfind(",", lo, end - 1)
        while comma >= 0 and text[comma + 1] not in " \t\r\n":  # the last comma before a space or line break
            comma = text.rfind(",", lo, comma)
        m = closing.fullmatch(text, comma, end) if comma >= 0 else None
        found = _address(m, cast) if m is not None else None
    if found is None and within:
        m = mid.search(text, start, min(end, start + _MID_WINDOW))
        found = _address(m, cast) if m is not None and not _listed(text, m.start(), cast) else None
    if found is None and tail:  # closing-address: the last name set off in its last 300 characters
        for m in mid.finditer(text, max(start, end - _TAIL_WINDOW), end):
            found = (None if _listed(text, m.start(), cast) else _address(m, cast)) or found
    return found


# apposed-subject: a name, an appositive of "the" or "a" and a lower-case word is a sentence's subject, no call
# ("Sir William Budge, the sugar king, has the biggest estate."). Regex audit: anchored, one bounded class run.
_APPOSED_SUBJECT = regex.compile(r"[ \t\r\n]++(?:the|a|an)[ \t\r\n]++[^,.;:!?\"“”]{1,40}+,[ \t\r\n]++[[:lower:]]")
_PITY_WORDS = frozenset({"poor"})  # pity-no-address: an opening "Poor" names whom it pities, no one called


def _listed(text: str, comma: int, cast: Cast) -> bool:
    """``listed-name``: a name after a comma that follows another name of the cast is an item of a list, no call
    (``"From Bath, Norfolk, London, York, wherever I may be"``)."""
    before = text[max(0, comma - _ADDRESS_WINDOW) : comma].rsplit(maxsplit=1)
    return bool(before) and before[-1][:1].isupper() and cast.is_name(before[-1].strip(".,;:!?\"'"))


def _address(m: regex.Match[str], cast: Cast) -> tuple[int, int] | None:
    """The span of an address pattern's name when it holds a name of the cast; a name's period ends it
    (``sentence-after-address``: ``Tony. Well`` is ``Tony``; a title's does not: ``Mr. Darcy``)."""
    start = at = m.start(1)
    words = m.group(1).split()  # (one space or line break between the words: wrapped-address)
    alone = len(words) == 1
    for word in words:
        bare = word.rstrip(".")
        if cast.is_name(bare) or (alone and bare.lower() in cast.roles):  # role-address: "No bad news, Colonel, …"
            if cast.is_place(bare):
                return None  # place-no-address: "…, the other towns, England, …" calls nobody
            return (start, at + len(bare)) if word.endswith(".") else (start, m.end(1))
        if bare.lower() not in cast.titles and bare.lower() not in cast.endearments:
            return None  # address-lead: only titles come before the name ("From Mr. Collins!" calls nobody)
        if bare.lower() in _PITY_WORDS and at == start:
            return None  # pity-no-address: "Poor Miss Taylor!" pities her ("My poor Jane," and "Dear Jane," call)
        at += len(word) + 1
    return None
