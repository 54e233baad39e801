"""Result types of quotattr: frozen, slotted, typed value objects.

Every span-like object carries ``start``/``end`` offsets into the caller's original string and the ``text`` found
there, so ``original[obj.start:obj.end] == obj.text`` always holds. This module imports nothing of quotattr's.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

QuoteKind = Literal["direct", "mixed", "indirect"]


@attrs.frozen(slots=True)
class Fragment:
    """One continuous piece of a quote's content.

    >>> Fragment(start=1, end=3, text="Hi")
    Fragment(start=1, end=3, text='Hi')
    """

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"start", "end", "text"}``."""
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen(slots=True)
class Cue:
    """The words that mark an attribution: ``said``, ``told``, ``according to``, ``:`` …

    >>> Cue(start=4, end=8, text="said").text
    'said'
    """

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"start", "end", "text"}``."""
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen(slots=True)
class Speaker:
    """A mention of who said it, and the canonical ``name`` of that speaker in the document.

    ``name`` is the fullest form the document gives for the entity (``Churkin`` and ``he`` both become
    ``Vitaly Churkin``); for a description without a name it is the description itself.

    >>> Speaker(start=0, end=2, text="He", name="Vitaly Churkin").name
    'Vitaly Churkin'
    """

    start: int
    end: int
    text: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"start", "end", "text", "name"}``."""
        return {"start": self.start, "end": self.end, "text": self.text, "name": self.name}


@attrs.frozen(slots=True)
class Candidate:
    """A possible speaker of a quote with its score in [0, 1] and the rule that proposed it.

    >>> Candidate(Speaker(0, 2, "He", "He"), 0.9, "subject-cue").reason
    'subject-cue'
    """

    speaker: Speaker
    score: float
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"speaker", "score", "reason"}``."""
        return {"speaker": self.speaker.to_dict(), "score": self.score, "reason": self.reason}


@attrs.frozen(slots=True)
class Quote:
    """A quotation found in a text, with who said it.

    ``start``/``end`` run from the first fragment's start to the last fragment's end, and ``text`` is the
    original text between them (for an interrupted quote it includes the attribution in the middle; the
    ``content`` property joins only the fragments). ``confidence`` is the attribution's confidence in [0, 1]:
    how sure the speaker is right (low when no speaker was found).

    >>> from quotattr import extract_quotes
    >>> q = extract_quotes('"We will win," she said, "and soon."')[0]
    >>> q.content, q.kind, q.cue.text, q.speaker.text
    ('We will win, and soon.', 'direct', 'said', 'she')
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    fragments: tuple[Fragment, ...]
    speaker: Speaker | None
    cue: Cue | None
    confidence: float
    candidates: tuple[Candidate, ...] = ()

    @property
    def content(self) -> str:
        """The quoted words only: the fragments joined by a space."""
        return " ".join(f.text for f in self.fragments)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (see docs/schema.md).

        >>> from quotattr import extract_quotes
        >>> sorted(extract_quotes('He said: "Yes."')[0].to_dict())
        ['candidates', 'confidence', 'cue', 'end', 'fragments', 'kind', 'speaker', 'start', 'text']
        """
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "fragments": [f.to_dict() for f in self.fragments],
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "confidence": self.confidence,
            "candidates": [c.to_dict() for c in self.candidates],
        }
