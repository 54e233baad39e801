"""Accuracy and throughput of quotattr on annotated corpora.

    python benchmarks/run.py            # PolNeAR dev (news) and PDNC dev (fiction), full tables
    python benchmarks/run.py --quick    # PolNeAR dev only (well under 40 s)
    python benchmarks/run.py --check    # fail (exit 1) when a metric falls below benchmarks/floors.json (CI); it
                                        # also runs PDNC dev cut into the passages floors.json names (3,000 and
                                        # 1,000 characters, about 16 s and 25 s)

The corpora are read from ../shared/data (or $QUOTATTR_DATA); where they are absent the run says so and skips.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _data import corpus
from fiction import in_excerpts

from quotattr.evaluate import evaluate, format_table, load_jsonl

FLOORS = Path(__file__).resolve().parent / "floors.json"
PASSAGES = " passages:"  # a floors.json key "CORPUS passages:N": the corpus cut into passages of N characters


def _get(metrics: dict[str, Any], dotted: str) -> Any:
    value: Any = metrics
    for part in dotted.split("."):
        value = value[part]
    return value


def run_corpus(name: str, limit: int | None = None) -> dict[str, Any] | None:
    """Score ``name`` (a corpus file, or ``CORPUS passages:N`` for its documents cut into passages, each run
    alone)."""
    file, _, size = name.partition(PASSAGES)
    path = corpus(file)
    if path is None:
        print(f"SKIP {name}: not found (set QUOTATTR_DATA or put the corpora in ../shared/data)")
        return None
    docs = list(load_jsonl(path))[:limit]
    chars = sum(len(d["text"]) for d in docs)
    t0 = time.perf_counter()
    report = evaluate(docs, extract=in_excerpts(int(size))) if size else evaluate(docs)
    seconds = time.perf_counter() - t0
    m = report.metrics
    m["throughput"] = {
        "seconds_with_scoring": round(seconds, 3),
        "characters": chars,
        "chars_per_second": round(chars / seconds),
        "documents_per_second": round(len(docs) / seconds, 1),
    }
    print(f"\n=== {name} ({len(docs)} documents)")
    print(format_table(m))
    return m


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="PolNeAR dev only")
    parser.add_argument("--check", action="store_true", help="fail below the floors in benchmarks/floors.json")
    parser.add_argument("--json", help="also write the metrics here")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    names = ["polnear/dev.jsonl"] if args.quick else ["polnear/dev.jsonl", "pdnc/dev.jsonl"]
    if args.check and not args.quick:  # (and every corpus cut into passages that floors.json holds a floor for)
        names += [name for name in json.loads(FLOORS.read_text(encoding="utf-8")) if PASSAGES in name]
    for name in names:
        m = run_corpus(name)
        if m is not None:
            results[name] = m
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    if not args.check:
        return 0
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    failed = []
    for name, metrics in floors.items():
        if name not in results:
            print(f"check: {name} not run (absent, or left out by --quick)")
            continue
        for dotted, floor in metrics.items():
            value = _get(results[name], dotted)
            status = "ok" if value >= floor else "BELOW FLOOR"
            print(f"check: {name} {dotted} = {value} (floor {floor}) {status}")
            if value < floor:
                failed.append(dotted)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
