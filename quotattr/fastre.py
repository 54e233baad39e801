"""The standard library's regular-expression engine as a fast path for ``regex`` patterns (speed, stop 55).

``re`` ran the token pattern 2.5 times and the lower-case word pattern 1.4 times as fast as ``regex`` (patterns that
open with a look-behind ran slower in ``re`` and have no twin). Its classes ``\\w``, ``\\s`` and ``\\d`` are
``regex``'s on ASCII but for the separators U+001C-U+001F (``re`` counts them as white space), and so are they on
the punctuation of news (curly quotes, dashes, an ellipsis, a bullet, guillemets, the no-break space); POSIX classes
such as ``[[:lower:]]`` are ``[a-z]`` there. So a span made of those characters only (``fast_span``) may be read by
an ``re`` twin of a pattern with the same matches; any other span is read by ``regex``. ``re`` reads possessive
quantifiers from Python 3.11 on: before it there are no twins (``twin`` gives ``None``) and every span takes
``regex``. Property tests draw these characters, marks, separators and controls, and compare both engines.

>>> fast_span("“Yes,” she said — twice.", 0, 24), fast_span("café", 0, 4)
(True, False)
"""

from __future__ import annotations

import re
import sys

SAFE = "’‘“”—–―…•«»„\u00a0"  # characters beyond ASCII on which both engines' \w, \s and \d agree
_NOT_FAST = re.compile("[^\\x00-\\x1b\\x20-\\x7f" + SAFE + "]")
_TWINS = sys.version_info >= (3, 11)


def fast_span(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds only characters on which an ``re`` twin matches as its ``regex`` pattern."""
    return _TWINS and _NOT_FAST.search(text, start, len(text) if end is None else end) is None


def twin(pattern: str) -> re.Pattern[str] | None:
    """The ``re`` twin of a ``regex`` pattern written for fast spans (``None`` before Python 3.11)."""
    return re.compile(pattern) if _TWINS else None
