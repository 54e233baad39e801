"""Many documents at once: ``extract_many`` streams results in input order, in one process or a pool."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from quotattr.lexicon import Lexicon
from quotattr.pipeline import extract_quotes
from quotattr.types import Quote


@attrs.frozen(slots=True)
class DocumentResult:
    """The quotes of one input document, or the error that stopped it (then ``quotes`` is empty)."""

    id: Any
    quotes: tuple[Quote, ...]
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"id", "quotes": [Quote.to_dict(), ...], "error"}`` (the CLI's JSONL line)."""
        return {"id": self.id, "quotes": [q.to_dict() for q in self.quotes], "error": self.error}


_worker_lexicon: Lexicon | None = None  # set once per pool worker, so a custom lexicon is not sent per document


def _init_worker(lex: Lexicon | None) -> None:
    global _worker_lexicon
    _worker_lexicon = lex


def _one(item: tuple[Any, Any, Lexicon | None, int | None]) -> DocumentResult:
    doc_id, text, lex, max_chars = item
    lex = lex if lex is not None else _worker_lexicon
    try:
        if max_chars is not None and isinstance(text, str) and len(text) > max_chars:
            raise ValueError(f"document has {len(text)} characters, more than max_chars={max_chars}")
        return DocumentResult(doc_id, tuple(extract_quotes(text, lexicon=lex)))
    except (TypeError, ValueError) as exc:
        return DocumentResult(doc_id, (), f"{type(exc).__name__}: {exc}")


def _item(i: int, item: Any, lex: Lexicon | None, max_chars: int | None) -> tuple[Any, Any, Lexicon | None, int | None]:
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1], lex, max_chars
    return i, item, lex, max_chars


def extract_many(
    texts: Iterable[Any],
    *,
    processes: int | None = None,
    lexicon: Lexicon | None = None,
    max_chars: int | None = None,
    chunksize: int = 8,
) -> Iterator[DocumentResult]:
    """Extract quotes from many documents, yielding one ``DocumentResult`` per input, in input order.

    Items are texts (their id is their position) or ``(id, text)`` pairs. A bad item (not a string, or longer
    than ``max_chars``) gives a result with ``error`` set and does not stop the others. ``processes`` > 1 uses a
    process pool.

    >>> [(r.id, len(r.quotes), r.error is None) for r in extract_many(["He said no way at all.", ("b", b"x")])]
    [(0, 1, True), ('b', 0, False)]
    """
    if not processes or processes <= 1:
        for i, item in enumerate(texts):
            yield _one(_item(i, item, lexicon, max_chars))
        return
    items = (_item(i, item, None, max_chars) for i, item in enumerate(texts))
    ctx = multiprocessing.get_context("spawn" if multiprocessing.get_start_method(True) == "spawn" else None)
    with ctx.Pool(processes, initializer=_init_worker, initargs=(lexicon,)) as pool:
        yield from pool.imap(_one, items, chunksize=chunksize)


def extract_partition(items: Iterable[Any], *, lexicon: Lexicon | None = None) -> list[dict[str, Any]]:
    """One partition of a distributed collection in, JSON-ready results out: the function to hand to Dask's
    ``Bag.map_partitions`` or Spark's ``RDD.mapPartitions``. Items are texts or ``(id, text)`` pairs; it returns
    a list (Dask pickles what a partition returns).

    >>> [r["quotes"][0]["speaker"]["text"] for r in extract_partition([("a", "Moscow said the talks failed.")])]
    ['Moscow']
    """
    return [result.to_dict() for result in extract_many(items, lexicon=lexicon)]
