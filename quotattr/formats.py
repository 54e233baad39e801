"""Output formats: flat records for pandas/CSV, JSONL lines, and the plain-text listing the CLI prints."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from quotattr.types import Quote

RECORD_FIELDS = (
    "doc_id",
    "start",
    "end",
    "kind",
    "content",
    "speaker",
    "speaker_name",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "confidence",
    "reason",
)


def to_records(quotes: Iterable[Quote], doc_id: Any = None) -> list[dict[str, Any]]:
    """One flat dict per quote, ready for ``pandas.DataFrame(records)`` or a CSV writer.

    >>> from quotattr import extract_quotes
    >>> rows = to_records(extract_quotes('"Yes," Ann said.'))
    >>> rows[0]["speaker_name"], rows[0]["content"]
    ('Ann', 'Yes,')
    """
    rows = []
    for q in quotes:
        rows.append(
            {
                "doc_id": doc_id,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "content": q.content,
                "speaker": q.speaker.text if q.speaker else None,
                "speaker_name": q.speaker.name if q.speaker else None,
                "speaker_start": q.speaker.start if q.speaker else None,
                "speaker_end": q.speaker.end if q.speaker else None,
                "cue": q.cue.text if q.cue else None,
                "cue_start": q.cue.start if q.cue else None,
                "cue_end": q.cue.end if q.cue else None,
                "confidence": q.confidence,
                "reason": q.candidates[0].reason if q.candidates else None,
            }
        )
    return rows


def to_csv(rows: Sequence[dict[str, Any]], *, delimiter: str = ",", header: bool = True) -> str:
    """Records as CSV (or TSV with ``delimiter="\\t"``)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=RECORD_FIELDS, delimiter=delimiter, lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def to_jsonl_line(doc_id: Any, quotes: Sequence[Quote] | None, error: str | None = None) -> str:
    """One JSONL line for a document: ``{"id", "quotes": [...]}`` or ``{"id", "error"}``."""
    if error is not None:
        return json.dumps({"id": doc_id, "quotes": [], "error": error}, ensure_ascii=False)
    return json.dumps({"id": doc_id, "quotes": [q.to_dict() for q in quotes or ()]}, ensure_ascii=False)


def to_text(quotes: Sequence[Quote]) -> str:
    """A readable listing: one block per quote with kind, speaker, cue, confidence and the content."""
    lines = []
    for i, q in enumerate(quotes, 1):
        who = f"{q.speaker.text} (= {q.speaker.name})" if q.speaker else "(no speaker)"
        if q.speaker and q.speaker.text == q.speaker.name:
            who = q.speaker.text
        cue = q.cue.text if q.cue else "-"
        lines.append(f"{i:>3}. [{q.kind}] {who} | cue: {cue} | confidence {q.confidence:.2f}")
        lines.append(f"     {q.content}")
    return "\n".join(lines) + ("\n" if lines else "")
