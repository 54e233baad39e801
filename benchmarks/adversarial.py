"""Hostile input: families of 1 MB texts beside normal news, time per character for each.

    python benchmarks/adversarial.py            # prints a table; exit 1 if a family raises or is > 3x news
    python benchmarks/adversarial.py --size 4000000

A pattern that backtracks, or a rule that scans back over the whole text per match, shows here as a family whose
time per character is many times that of news. One sentence that holds thousands of attributions is read cue by
cue, each cue's rules looking a bounded way back: it costs a few times news per character, and is checked for
linear growth instead (a quarter of the size against the whole: at most 1.5x the time per character; a copy of the
sentence's tail per cue made it grow 2.5x from 500 to 4,000 repetitions before stop 18). So is one conversation of
thousands of turns, every one a quotation: the turn order must read a bounded way along it.

Normal news is PolNeAR dev (../shared/data or $QUOTATTR_DATA) concatenated to the same size; without the corpus a
bundled seed article repeated stands in for it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _data import REPO, corpus

from quotattr import extract_quotes

MARKS = "\"'“”‘’«»„‚‹›「」『』"
LIMIT = 3.0  # a family may take at most this many times the time per character of news
GROWTH = 1.5  # a long structure's time per character at the full size over that at a quarter of it


def _fill(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def _news(size: int) -> str:
    path = corpus("polnear/dev.jsonl")
    if path is not None:
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    return _fill("\n\n".join(texts) + "\n\n", size)


def _only_marks(size: int, rng: random.Random) -> str:
    return "".join(rng.choice(MARKS) for _ in range(size))


def _alternating(size: int, rng: random.Random) -> str:
    return "".join(rng.choice(MARKS) + rng.choice("abcXYZ ") for _ in range(size // 2))


def _capitalised(size: int, rng: random.Random) -> str:
    words = ["Alpha", "Minister", "Mr.", "Sen.", "Smith", "United", "Nations", "Said", "Told", "Who", "The"]
    return _fill(" ".join(rng.choice(words) for _ in range(size // 4)), size)


def _said(size: int, rng: random.Random) -> str:
    return _fill("said ", size)


def _one_line(size: int, rng: random.Random) -> str:
    words = ["the", "minister", "told", "reporters", "that", "he", "would", "say", "according", "to", "them"]
    return _fill(" ".join(rng.choice(words) for _ in range(size // 4)), size)


def _nested(size: int, rng: random.Random) -> str:
    depth = 10_000
    opening = "“‘" * (depth // 2)
    closing = "’”" * (depth // 2)
    return _fill(f'{opening} he said {closing} she said. ', size)


def _random_unicode(size: int, rng: random.Random) -> str:
    specials = ["\u0301", "\u0308", "\u200f", "\u202e", "\u200b", "\u200d", "\ufeff", "\x00", "\ud800", "\udfff"]
    out = []
    for _ in range(size):
        r = rng.random()
        if r < 0.15:
            out.append(rng.choice(specials))
        elif r < 0.25:
            out.append(rng.choice(MARKS))
        elif r < 0.35:
            out.append(rng.choice(" \n.,:—"))
        else:
            out.append(chr(rng.randrange(0x20, 0x3000)))
    return "".join(out)


def _crlf(size: int, rng: random.Random) -> str:
    return _news(size).replace("\n", "\r\n")[:size]


def _cr_only(size: int, rng: random.Random) -> str:
    return _news(size).replace("\n", "\r")


FAMILIES: dict[str, Callable[[int, random.Random], str]] = {
    "only quotation marks": _only_marks,
    "marks alternating with letters": _alternating,
    "capitalised words": _capitalised,
    "said said said": _said,
    "one line, no punctuation": _one_line,
    "marks nested 10,000 deep": _nested,
    "random unicode (combining, RTL, ZW, NUL, surrogates)": _random_unicode,
    "CRLF line ends": _crlf,
    "CR-only line ends": _cr_only,
}


# One sentence of many attributions, or one conversation of many turns: the rules of each cue or turn must read a
# bounded way back and copy no tail.
LONG_STRUCTURES: dict[str, tuple[str, str]] = {  # (opening, repeated unit)
    "one sentence of inverted and shared cues": ("", '"A," she said, and Bob answered, '),
    "one sentence of appositive cues": ("", "Ann, far from wishing it, replied, "),
    "one sentence of set-off and clause-name cues": ("", "and the others rising up, Isabella had time to say, "),
    "one sentence of cues after a fronted clause": ("When it rained, ", "she said the plan was good, "),
    # one conversation of thousands of turns: the turn order reads a bounded way along it (chain-parity read every
    # named turn of the chain for each unnamed one before stop 19: 7.7 to 14.4 us/char from 1,000 to 4,000 turns)
    "one conversation of named and unnamed turns": ("Bob and Ann met.\n\n", '"Yes," said Bob.\n\n"No."\n\n'),
    # dash-dialogue: turns opened by a quotation dash, and one dash turn of many places an attribution might start
    "one conversation of dash turns": ("Bob and Ann met.\n\n", "—Yes, said Bob.\n\n—No.\n\n"),
    "one dash turn of many commas": ("—Yes, said Bob.\n\n—No, said Ann.\n\n—", "so, Bob, well? no, "),
    # stop 35: closing-outer reads from a cue to the next, named-pair a bounded run before its "and", colon-block
    # the end of each paragraph once, part-owner each narration sentence once
    "one sentence of closing attributions": ("", "the EU will propose new tariffs next week, three diplomats said, "),
    "one sentence of named pairs": ("He said ", "the United States and its allies will seek sanctions and said "),
    "one paragraph of colon intros": ("", "Limbaugh added:\n"),
    "one conversation of faces": ("Bob and Ann met.\n\n", '"Yes," said Bob.\n\nA flush rose on Ann\'s face.\n\n'),
    # stop 40: naming-ends-at-quote read every quotation of the sentence for each naming verb (10.6 us/char at 930 k
    # characters against 3.7 at 116 k); parenthesis-bounds and that-aside read each sentence once
    "one sentence of naming cues in parentheses": ("", '(Smith called it "a disaster") '),
    "one sentence of asides after that": ("He said that, ", "as he said, "),
    # stop 49: cross-parity reads the named turns within reach of each unnamed turn, and drafts within reach of it
    # outside the chain (every unnamed turn here is an odd number of turns from Tom's)
    "one conversation of one named speaker": ('"Well," said Ann.\n\nBob and Ann met.\n\n',
                                              '"Go on."\n\n"Fine," said Tom.\n\n'),
}


def _per_mchar(text: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    quotes = extract_quotes(text)
    return (time.perf_counter() - t0) / len(text) * 1e6, len(quotes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per family (default 1,000,000)")
    args = parser.parse_args()
    rng = random.Random(20261125)
    news, _ = _per_mchar(_news(args.size))
    print(f"{'family':<55} {'s/Mchar':>8} {'x news':>7} {'quotes':>7}")
    print(f"{'normal news':<55} {news:8.3f} {1.0:7.2f}")
    failed = []
    for name, make in FAMILIES.items():
        text = make(args.size, rng)
        try:
            per, n = _per_mchar(text)
        except Exception as exc:
            print(f"{name:<55} RAISED {type(exc).__name__}: {exc}")
            failed.append(name)
            continue
        ratio = per / news
        print(f"{name:<55} {per:8.3f} {ratio:7.2f} {n:7}")
        if ratio > LIMIT:
            failed.append(name)
    print(f"\n{'long sentence or conversation':<55} {'s/Mchar':>8} {'growth':>7} (1/4 size to full; at most {GROWTH})")
    for name, (opening, unit) in LONG_STRUCTURES.items():
        # whole units: the sentence ends open (", "), as an intro attribution does, which the tail rules read
        small, _ = _per_mchar(opening + unit * (args.size // 4 // len(unit)))
        full, _ = _per_mchar(opening + unit * (args.size // len(unit)))
        growth = full / small
        print(f"{name:<55} {full:8.3f} {growth:7.2f}")
        if growth > GROWTH:
            failed.append(name)
    if failed:
        print(f"\nFAIL ({len(failed)}): " + "; ".join(failed))
        return 1
    print(f"\nOK: every family within {LIMIT}x the time per character of news, none raised; long sentences and "
          "conversations linear")
    return 0


if __name__ == "__main__":
    sys.exit(main())
