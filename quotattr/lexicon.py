"""Word lists that the rules consult, loaded once from the plain data files in ``quotattr/data/``.

``Lexicon.default()`` is built on first use and cached. ``Lexicon.extend()`` returns a copy with a user's own
reporting verbs, titles, organisation words or known speakers added (see docs/customisation.md); stages receive
the lexicon as an argument, so a customised one flows through the whole pipeline.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Mapping
from importlib import resources

import attrs

VERB_CLASSES = ("speech", "evidence", "belief", "manner")


def _lines(name: str) -> list[list[str]]:
    """Rows of a data file: '#' comments and blank lines skipped, columns split on tabs."""
    text = resources.files("quotattr").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@attrs.frozen(slots=True)
class Lexicon:
    """Every word list the rules use. Build with ``Lexicon.default()`` or ``Lexicon.default().extend(...)``.

    >>> lex = Lexicon.default()
    >>> lex.verb_forms["told"]
    ('tell', 'speech')
    >>> lex.extend(verbs={"harrumph": "manner"}).verb_forms["harrumphed"]
    ('harrumph', 'manner')
    """

    verb_forms: Mapping[str, tuple[str, str]]  # form (may be two words) -> (lemma, class)
    titles: Mapping[str, str]  # lower-case title without period -> gender m/f/-
    pronouns: Mapping[str, tuple[str, str, str]]  # pronoun -> (gender, number, person)
    abbreviations: frozenset[str]
    source_nouns: Mapping[str, str]  # noun -> person/group/org/document
    org_words: frozenset[str]
    function_words: frozenset[str]
    cue_phrases: Mapping[str, str]  # phrase -> role
    words: Mapping[str, frozenset[str]]  # closed word class -> words (data/word_classes.tsv)
    noun_homographs: frozenset[str]  # verb forms that are cues only after a subject pronoun
    phrase_starts: frozenset[str] = frozenset()  # first words of multi-word cues (derived)
    cue_words: frozenset[str] = frozenset()  # every word that may start a cue (derived)
    # cue_words less the first words of nominal phrases (``in`` of ``in a statement``), which are cues only beside
    # a verb: a sentence holds an attribution only if it holds one of these (derived)
    verb_cue_words: frozenset[str] = frozenset()
    known_speakers: Mapping[str, str] = attrs.field(factory=dict)  # alias (lower) -> canonical name
    given_names: Mapping[str, str] = attrs.field(factory=dict)  # given name (lower) -> gender m/f
    title_words: Mapping[str, str] = attrs.field(factory=dict)  # abbreviated title -> whole word ("dr" -> "doctor")
    # pronouns of many or of no person ("they", "we", "it"): no single participant of a conversation (derived)
    group_pronouns: frozenset[str] = frozenset()
    # nouns of many people: the group nouns of data/source_nouns.tsv and word class crowd-noun ("officials",
    # "audience"): no single participant of a conversation (derived)
    group_nouns: frozenset[str] = frozenset()

    def __attrs_post_init__(self) -> None:
        starts = {p.split()[0] for p in (*self.verb_forms, *self.cue_phrases) if " " in p}
        object.__setattr__(self, "phrase_starts", frozenset(starts))
        cue_words = frozenset(starts | {f for f in (*self.verb_forms, *self.cue_phrases) if " " not in f})
        object.__setattr__(self, "cue_words", cue_words)
        verb_starts = {p.split()[0] for p in self.verb_forms} | {
            p.split()[0] for p, role in self.cue_phrases.items() if role not in ("nominal", "set-phrase")
            and not any(w in self.verb_forms for w in p.split()[1:])
        }  # (a phrase holding a verb form is found by it: "as reported by" makes no "as" a verb cue word)
        object.__setattr__(self, "verb_cue_words", frozenset(w for w in cue_words if w in verb_starts))
        groups = frozenset(w for w, (gender, number, _) in self.pronouns.items() if number == "pl" or gender == "n")
        object.__setattr__(self, "group_pronouns", groups)
        crowd = self.words.get("crowd-noun", frozenset())
        group_nouns = frozenset(w for w, k in self.source_nouns.items() if k == "group") | crowd
        object.__setattr__(self, "group_nouns", group_nouns)

    def is_preposition(self, low: str) -> bool:
        """Whether the lower-case word ``low`` is a preposition: ``data/word_classes.tsv`` connector and
        preposition.

        >>> Lexicon.default().is_preposition("in"), Lexicon.default().is_preposition("after")
        (True, True)
        """
        return low in self.words["connector"] or low in self.words["preposition"]

    def is_given_name(self, low: str) -> bool:
        """Whether the lower-case word ``low`` is a given name: of one gender (``data/given_names.tsv``) or of
        either (``data/word_classes.tsv`` unisex-given-name).

        >>> Lexicon.default().is_given_name("chris"), Lexicon.default().is_given_name("reuters")
        (True, False)
        """
        return low in self.given_names or low in self.words["unisex-given-name"]

    def is_person_word(self, low: str) -> bool:
        """Whether the lower-case word ``low`` may name a person: a source noun, a title or a person noun
        (``data/word_classes.tsv`` male-noun, female-noun).

        >>> Lexicon.default().is_person_word("senator"), Lexicon.default().is_person_word("claim")
        (True, False)
        """
        return low in self.source_nouns or low in self.titles or low in self.words["male-noun"] or (
            low in self.words["female-noun"])

    def is_auxiliary(self, low: str) -> bool:
        """Whether the lower-case word ``low`` opens a predicate as a form of ``be``, a modal or an auxiliary
        (``data/word_classes.tsv`` be, modal, past-aux, present-aux: ``is``, ``would``, ``had``, ``has``).

        >>> Lexicon.default().is_auxiliary("was"), Lexicon.default().is_auxiliary("said")
        (True, False)
        """
        return low in self.words["be"] or low in self.words["modal"] or low in self.words["past-aux"] or (
            low in self.words["present-aux"])

    def is_document(self, noun: str) -> bool:
        """Whether the lower-case ``noun``, or its singular before an ``s``, names a document in
        ``data/source_nouns.tsv`` (``statement``, ``tweets``).

        >>> Lexicon.default().is_document("tweets"), Lexicon.default().is_document("voters")
        (True, False)
        """
        return self.source_nouns.get(noun) == "document" or (
            noun.endswith("s") and self.source_nouns.get(noun[:-1]) == "document")

    @staticmethod
    @functools.cache
    def default() -> Lexicon:
        """The lexicon shipped in ``quotattr/data/`` (loaded once per process)."""
        verb_forms: dict[str, tuple[str, str]] = {}
        for lemma, cls, forms in _lines("reporting_verbs.tsv"):
            for form in forms.split("|"):
                verb_forms.setdefault(form, (lemma, cls))
        titles = {row[0]: row[1] for row in _lines("titles.tsv")}
        return Lexicon(
            verb_forms=verb_forms,
            titles=titles,
            pronouns={row[0]: (row[1], row[2], row[3]) for row in _lines("pronouns.tsv")},
            abbreviations=frozenset(row[0] for row in _lines("abbreviations.txt")),
            source_nouns={row[0]: row[1] for row in _lines("source_nouns.tsv")},
            org_words=frozenset(row[0] for row in _lines("org_words.txt")),
            function_words=frozenset(row[0] for row in _lines("function_words.txt")),
            cue_phrases={row[0]: row[1] for row in _lines("cue_phrases.tsv")},
            words={row[0]: frozenset(row[1].split()) for row in _lines("word_classes.tsv")},
            noun_homographs=frozenset(row[0] for row in _lines("noun_homographs.txt")),
            given_names={row[0]: row[1] for row in _lines("given_names.tsv")},
            title_words={row[0]: row[2] for row in _lines("titles.tsv") if len(row) > 2},
        )

    @staticmethod
    def from_file(path: str | os.PathLike[str]) -> Lexicon:
        """The default lexicon extended from a JSON file whose keys are ``extend``'s arguments.

        ``{"verbs": {"harrumph": "speech"}, "titles": {"Mx": "-"}, "org_words": ["collective"],
        "source_nouns": {"steward": "person"}, "speakers": {"Joan Ortiz": ["the mayor", "Ortiz"]}}``
        (see docs/customisation.md). Unknown keys raise ``ValueError``.
        """
        with open(path, encoding="utf-8") as fh:
            config = json.load(fh)
        if not isinstance(config, dict):
            raise ValueError(f"{path}: a lexicon file holds a JSON object")
        unknown = set(config) - _EXTEND_KEYS
        if unknown:
            raise ValueError(f"{path}: unknown keys {sorted(unknown)}; expected some of {sorted(_EXTEND_KEYS)}")
        return Lexicon.default().extend(**config)

    def extend(
        self,
        *,
        verbs: Mapping[str, str] | None = None,
        titles: Mapping[str, str] | Iterable[str] | None = None,
        org_words: Iterable[str] | None = None,
        source_nouns: Mapping[str, str] | None = None,
        speakers: Mapping[str, Iterable[str]] | None = None,
        given_names: Mapping[str, str] | None = None,
    ) -> Lexicon:
        """A copy with additions.

        ``verbs`` maps a lemma (``"harrumph"``) to its class (``speech``, ``evidence``, ``belief``, ``manner``);
        regular inflections are added. ``titles`` maps a title to its gender (``m``, ``f``, ``-``) or is a list; a
        title written with a final period (``"Cllr."``) is an abbreviation, whose period does not end a sentence.
        ``speakers`` maps a canonical name to its aliases (``{"Barack Obama": ["Obama", "the president"]}``).
        ``given_names`` maps a given name to its gender (``{"Heathcliff": "m"}``) for pronoun resolution.
        """
        for name, gender in (given_names or {}).items():
            if gender not in ("m", "f"):
                raise ValueError(f"the gender of given name {name!r} must be 'm' or 'f', not {gender!r}")
        verb_forms = dict(self.verb_forms)
        for lemma, cls in (verbs or {}).items():
            if cls not in VERB_CLASSES:
                raise ValueError(f"verb class must be one of {VERB_CLASSES}, not {cls!r}")
            for form in _inflect(lemma.lower()):
                verb_forms[form] = (lemma.lower(), cls)
        new_titles = dict(self.titles)
        abbreviated = {k.lower().rstrip(".") for k in (titles or ()) if k.endswith(".")}  # "Cllr." takes a period
        if isinstance(titles, Mapping):
            new_titles.update({k.lower().rstrip("."): v for k, v in titles.items()})
        elif titles is not None:
            new_titles.update({k.lower().rstrip("."): "-" for k in titles})
        known = dict(self.known_speakers)
        for name, aliases in (speakers or {}).items():
            known[name.lower()] = name
            for alias in aliases:
                known[alias.lower()] = name
        return attrs.evolve(
            self,
            verb_forms=verb_forms,
            titles=new_titles,
            abbreviations=self.abbreviations | frozenset(abbreviated),
            org_words=self.org_words | frozenset(w.lower() for w in (org_words or ())),
            source_nouns={**self.source_nouns, **{k.lower(): v for k, v in (source_nouns or {}).items()}},
            known_speakers=known,
            given_names={**self.given_names, **{k.lower(): v for k, v in (given_names or {}).items()}},
        )


_EXTEND_KEYS = frozenset({"verbs", "titles", "org_words", "source_nouns", "speakers", "given_names"})


def _inflect(lemma: str) -> list[str]:
    """Regular English inflections of a verb (the shipped file lists irregular ones explicitly)."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
