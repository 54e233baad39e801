"""Precision of quotattr's predictions per cue word on an annotated corpus, to decide lexicon entries.

    python benchmarks/cue_precision.py polnear/train.jsonl [--extra-verbs call:speech,cite:evidence]

Prints, for each cue (lower-cased), how many predictions it made and how many matched a gold quote; with
``--extra-verbs`` the lexicon is extended first, so a candidate verb is judged before it is added.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _data import corpus

from quotattr import Lexicon, extract_quotes
from quotattr.evaluate import _match, load_jsonl


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("name", help="corpus file under the data folder, e.g. polnear/train.jsonl")
    parser.add_argument("--extra-verbs", default="", help="lemma:class,… to add before measuring")
    parser.add_argument("--min", type=int, default=5, help="show cues with at least this many predictions")
    args = parser.parse_args()
    path = corpus(args.name)
    if path is None:
        print(f"SKIP {args.name}: corpus not found")
        return 0
    extra = dict(item.split(":") for item in args.extra_verbs.split(",") if item)
    lex = Lexicon.default().extend(verbs=extra) if extra else Lexicon.default()
    made: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for doc in load_jsonl(path):
        pred = extract_quotes(doc["text"], lexicon=lex)
        matched = {pi for _, pi in _match(doc["text"], doc["quotes"], pred)}
        for pi, q in enumerate(pred):
            cue = q.cue.text.lower() if q.cue else "(none)"
            made[cue] += 1
            right[cue] += pi in matched
    print(f"{'cue':<24} {'made':>6} {'matched':>8} {'precision':>9}")
    for cue, n in sorted(made.items(), key=lambda kv: kv[1] / 1 - 0 * right[kv[0]], reverse=True):
        if n >= args.min:
            print(f"{cue:<24} {n:>6} {right[cue]:>8} {right[cue] / n:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
