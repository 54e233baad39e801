"""Coverage-guided fuzzing of ``extract_quotes`` with atheris (not run in CI).

    pip install -e '.[fuzz]'
    python fuzz/fuzz_extract.py -max_total_time=600 -max_len=4096

Any exception, or a result whose spans do not point at the input, is a crash that atheris reports with the input
that caused it. ``-atheris_runs=N`` or ``-max_total_time=S`` bound the run.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    from quotattr import extract_quotes


def _check(text: str) -> None:
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text
        for f in q.fragments:
            assert text[f.start : f.end] == f.text and q.start <= f.start <= f.end <= q.end
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        assert 0.0 <= q.confidence <= 1.0
        json.dumps(q.to_dict())


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    _check(fdp.ConsumeUnicode(len(data)))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
