"""Fiction: quote recall and speaker accuracy per novel and overall on PDNC dev, with the time per novel.

    python benchmarks/fiction.py             # 20 novels, one row each, then the whole corpus
    python benchmarks/fiction.py --json out.json
    python benchmarks/fiction.py --excerpts 3000   # each novel cut into passages of ~3,000 characters (at blank
                                                   # lines), each run alone: what a reader pasting a passage gets
    python benchmarks/fiction.py --marks curly     # the novels retyped with “curly” marks; also: single ('…'),
                                                   # curly-single (‘…’, apostrophes ’): typography other than PDNC's
    python benchmarks/fiction.py --layout unwrapped  # the novels laid out one line per paragraph (hard wraps
                                                     # joined, a single line break between paragraphs, as e-books
                                                     # and web pages give them); blank lines stay between sections
    python benchmarks/fiction.py --layout indented   # hard-wrapped, no blank line between paragraphs, a space
                                                     # opening each (as scanned books give them)

Speaker accuracy follows the PDNC convention (see its README): the predicted canonical name, without titles, equals
one of the character's aliases or shares its last word. It is counted on matched quotes, per quote type
(explicit: named beside the quote; anaphoric: a pronoun or description; implicit: no attribution in the text).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _data import corpus

from quotattr import Quote, extract_quotes
from quotattr.evaluate import evaluate, load_jsonl

TYPES = ("explicit", "anaphoric", "implicit", "all")


def _shifted(x: Any, by: int) -> Any:
    return attrs.evolve(x, start=x.start + by, end=x.end + by)


def _curly(text: str) -> str:
    """Straight double marks made curly, as a typesetter would (smartypants): closing before space or punctuation,
    opening after space, a bracket or a dash (same length, so the gold offsets hold)."""
    out = list(text)
    for i, ch in enumerate(text):
        if ch == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            closing = after.isspace() or after in ".,;:!?)]}" or not (before.isspace() or before in "([{—-_")
            out[i] = "”" if closing else "“"
    return "".join(out)


RETYPE: dict[str, Callable[[str], str]] = {
    "curly": _curly,
    "single": lambda t: t.replace('"', "'"),
    "curly-single": lambda t: _curly(t).replace("'", "’").replace("“", "‘").replace("”", "’"),
}


def _unwrapped(text: str) -> str:
    """One line per paragraph: a hard wrap becomes a space, a blank line between paragraphs a single line break
    (a run of three or more line breaks, between sections, keeps a blank line); same length, so the gold offsets
    hold."""
    text = _WRAP.sub(" ", text)
    return _PARAGRAPH_BREAK.sub(" \n", text)


def _indented(text: str) -> str:
    """Hard-wrapped lines with no blank line between paragraphs, a space opening each paragraph instead (a run of
    three or more line breaks, between sections, keeps a blank line); same length."""
    return _PARAGRAPH_BREAK.sub("\n ", text)


LAYOUT: dict[str, Callable[[str], str]] = {"unwrapped": _unwrapped, "indented": _indented}


_WRAP = re.compile(r"(?<!\n)\n(?!\n)")  # a single line break inside a paragraph
_PARAGRAPH_BREAK = re.compile(r"(?<!\n)\n\n(?!\n)")  # exactly one blank line


def in_excerpts(size: int) -> Callable[[str], list[Quote]]:
    """``extract_quotes`` run on passages of at least ``size`` characters, cut at blank lines, with the quotes'
    offsets moved back into the whole text."""

    def extract(text: str) -> list[Quote]:
        out: list[Quote] = []
        pos = 0
        while pos < len(text):
            cut = text.find("\n\n", pos + size) if pos + size < len(text) else -1
            cut = len(text) if cut < 0 else cut
            for q in extract_quotes(text[pos:cut]):
                out.append(attrs.evolve(
                    q, start=q.start + pos, end=q.end + pos, fragments=tuple(_shifted(f, pos) for f in q.fragments),
                    speaker=_shifted(q.speaker, pos) if q.speaker else None,
                    cue=_shifted(q.cue, pos) if q.cue else None,
                    candidates=tuple(attrs.evolve(c, speaker=_shifted(c.speaker, pos)) for c in q.candidates)))
            pos = cut
        return out

    return extract


def _row(m: dict[str, Any]) -> list[str]:
    spk = m.get("speaker_accuracy", {})
    keys = [t if t == "all" else f"type:{t}" for t in TYPES]
    return [f"{m['detection']['recall']:.3f}"] + [f"{spk.get(k, float('nan')):.3f}" for k in keys]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", help="also write the metrics here")
    parser.add_argument("--excerpts", type=int, metavar="CHARS",
                        help="only the overall row, each novel cut into passages of about CHARS characters")
    parser.add_argument("--marks", choices=sorted(RETYPE), help="retype the quotation marks first")
    parser.add_argument("--layout", choices=sorted(LAYOUT), help="lay the paragraphs out another way first")
    args = parser.parse_args()
    path = corpus("pdnc/dev.jsonl")
    if path is None:
        print("SKIP pdnc/dev.jsonl: not found (set QUOTATTR_DATA or put the corpora in ../shared/data)")
        return 0
    docs = list(load_jsonl(path))
    if args.marks:
        docs = [{**d, "text": RETYPE[args.marks](d["text"])} for d in docs]
    if args.layout:
        docs = [{**d, "text": LAYOUT[args.layout](d["text"])} for d in docs]
    if args.excerpts:
        m = evaluate(docs, extract=in_excerpts(args.excerpts)).metrics
        print(f"passages of about {args.excerpts:,} characters: " + "  ".join(
            f"{h} {v}" for h, v in zip(["recall", *(f"spk.{t}" for t in TYPES)], _row(m), strict=True)))
        return 0
    header = ["novel", "chars", "seconds", "recall", *(f"spk.{t}" for t in TYPES)]
    print(f"{header[0]:<28}{header[1]:>9}{header[2]:>9}" + "".join(f"{h:>14}" for h in header[3:]))
    out: dict[str, Any] = {}
    longest = (0, 0.0, "")
    for doc in docs:
        t0 = time.perf_counter()
        extract_quotes(doc["text"])
        seconds = time.perf_counter() - t0
        m = evaluate([doc]).metrics
        name = doc["id"].split("/")[-1][:27]
        out[doc["id"]] = {"seconds": round(seconds, 3), "characters": len(doc["text"]), **m}
        if len(doc["text"]) > longest[0]:
            longest = (len(doc["text"]), seconds, name)
        print(f"{name:<28}{len(doc['text']):>9}{seconds:>9.2f}" + "".join(f"{v:>14}" for v in _row(m)))
    total = evaluate(docs).metrics
    out["overall"] = total
    print(f"{'overall':<28}{sum(len(d['text']) for d in docs):>9}{'':>9}" + "".join(f"{v:>14}" for v in _row(total)))
    print(f"\nlongest novel: {longest[2]}, {longest[0]:,} characters, {longest[1]:.2f} s")
    print(f"quotes: {total['gold_quotes']} gold, {total['predicted_quotes']} predicted; "
          f"detection precision {total['detection']['precision']:.3f} (loose: only character speech is annotated)")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
