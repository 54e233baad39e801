"""Annotation interchange: brat standoff (as PolNeAR ships) and Citron's JSON, both read (as gold for
``quotattr eval``) and written (to load quotattr's output into an annotation tool or score it elsewhere).

brat: a ``.txt`` file and a ``.ann`` file per document. Text-bound annotations ``Source``, ``Cue`` and ``Content``
(discontinuous spans as ``s e;s e``), an ``Attribution`` trigger on the cue, and an event that links them:
``E1  Attribution:T4 Content:T3 Cue:T2 Source:T1`` (``Attribution-no-source`` when there is no source).

Citron: one JSON object per document, ``{"text", "quotes": [{"cue": span, "sources": [span], "contents": [span],
"confidence"?}]}`` with spans ``{"start", "end", "text"}``.

Both are read into quotattr's gold format (``{"id", "text", "quotes": [{"content", "source", "cue", "kind"}]}``);
``kind`` is derived from the content as in PolNeAR: all fragments in quotation marks -> direct, a mark inside ->
mixed, none -> indirect.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from quotattr.types import Quote

_OPEN = "\"“‘«„‚‹'"
_CLOSE = "\"”’»“‘›'"
_MARKS = frozenset(_OPEN + _CLOSE)


def content_kind(text: str, spans: Sequence[Sequence[int]]) -> str:
    """direct, mixed or indirect, from the quotation marks of content fragments.

    >>> content_kind('He said "yes" and "no".', [[8, 13], [18, 22]]), content_kind('a "b" c', [[0, 7]])
    ('direct', 'mixed')
    """
    frags = [text[s:e].strip(" \t\n.,;:") for s, e in spans]
    frags = [f for f in frags if f]
    if frags and all(len(f) >= 2 and f[0] in _OPEN and f[-1] in _CLOSE for f in frags):
        return "direct"
    if any(ch in _MARKS and ch != "'" for f in frags for ch in f):
        return "mixed"
    return "indirect"


# --- brat -----------------------------------------------------------------------------------------------------


def _brat_spans(field: str) -> list[list[int]]:
    return [[int(a), int(b)] for a, b in (part.split() for part in field.split(";"))]


def read_brat(txt: str | Path) -> dict[str, Any]:
    """One document from ``NAME.txt`` and ``NAME.ann`` beside it, in the gold format."""
    txt = Path(txt)
    text = txt.read_text(encoding="utf-8")
    ann = txt.with_suffix(".ann")
    spans: dict[str, list[list[int]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines() if ann.exists() else []:
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, _, where = parts[1].partition(" ")
            spans[parts[0]] = _brat_spans(where)
        elif line.startswith("E") and len(parts) >= 2:
            args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
            events.append(args)
    quotes = []
    for args in events:
        content = sorted(s for t in args.get("Content", "").split(",") if t for s in spans.get(t, []))
        if not content:
            continue
        source = spans.get(args.get("Source", ""), [])
        cue = spans.get(args.get("Cue", ""), [])
        quotes.append({"content": content, "source": source, "cue": cue, "kind": content_kind(text, content)})
    return {"id": txt.stem, "text": text, "quotes": quotes}


def load_brat(folder: str | Path) -> Iterator[dict[str, Any]]:
    """Every ``.txt`` document of a brat folder (with its ``.ann``), in name order."""
    for txt in sorted(Path(folder).rglob("*.txt")):
        yield read_brat(txt)


def to_brat(quotes: Sequence[Quote]) -> str:
    """quotattr's quotes as a brat ``.ann`` file (the ``.txt`` is the input text itself).

    >>> from quotattr import extract_quotes
    >>> print(to_brat(extract_quotes('"Yes," Ann said.')).replace(chr(9), " | "))
    T1 | Content 1 5 | Yes,
    T2 | Source 7 10 | Ann
    T3 | Cue 11 15 | said
    T4 | Attribution 11 15 | said
    E1 | Attribution:T4 Content:T1 Cue:T3 Source:T2
    <BLANKLINE>
    """
    lines: list[str] = []
    t = 0

    def add(label: str, spans: Sequence[tuple[int, int]], texts: Sequence[str]) -> str:
        nonlocal t
        t += 1
        where = ";".join(f"{s} {e}" for s, e in spans)
        shown = " ".join(x.replace("\n", " ").replace("\t", " ") for x in texts)
        lines.append(f"T{t}\t{label} {where}\t{shown}")
        return f"T{t}"

    for n, q in enumerate(quotes, 1):
        content = add("Content", [(f.start, f.end) for f in q.fragments], [f.text for f in q.fragments])
        args = [f"Content:{content}"]
        source = add("Source", [(q.speaker.start, q.speaker.end)], [q.speaker.text]) if q.speaker else None
        cue = add("Cue", [(q.cue.start, q.cue.end)], [q.cue.text]) if q.cue else None
        if cue is not None and q.cue is not None:
            args.append(f"Cue:{cue}")
            trigger = add("Attribution" if source else "Attribution-no-source", [(q.cue.start, q.cue.end)],
                          [q.cue.text])
        else:
            first = q.fragments[0]
            trigger = add("Attribution" if source else "Attribution-no-source", [(first.start, first.end)],
                          [first.text])
        if source is not None:
            args.append(f"Source:{source}")
        label = "Attribution" if source else "Attribution-no-source"
        lines.append(f"E{n}\t{label}:{trigger} " + " ".join(args))
    return "\n".join(lines) + "\n"


# --- Citron ---------------------------------------------------------------------------------------------------


def _citron_span(s: int, e: int, text: str) -> dict[str, Any]:
    return {"start": s, "end": e, "text": text[s:e]}


def read_citron(obj: dict[str, Any], doc_id: str = "") -> dict[str, Any]:
    """One Citron document object in the gold format."""
    text = obj["text"]
    quotes = []
    for q in obj.get("quotes", []):
        content = [[c["start"], c["end"]] for c in q.get("contents", [])]
        if not content:
            continue
        cue = q.get("cue")
        quotes.append({
            "content": content,
            "source": [[s["start"], s["end"]] for s in q.get("sources", [])],
            "cue": [[cue["start"], cue["end"]]] if cue else [],
            "kind": content_kind(text, content),
        })
    return {"id": obj.get("id", doc_id), "text": text, "quotes": quotes}


def load_citron(path: str | Path) -> Iterator[dict[str, Any]]:
    """Citron documents: a ``.json`` file, or every ``.json`` file of a folder."""
    path = Path(path)
    files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
    for f in files:
        yield read_citron(json.loads(f.read_text(encoding="utf-8")), f.stem)


def to_citron(text: str, quotes: Sequence[Quote]) -> dict[str, Any]:
    """quotattr's quotes as a Citron document object (``json.dumps`` it to write the file).

    >>> from quotattr import extract_quotes
    >>> t = '"Yes," Ann said.'
    >>> q = to_citron(t, extract_quotes(t))["quotes"][0]
    >>> q["cue"]["text"], [s["text"] for s in q["sources"]], [c["text"] for c in q["contents"]]
    ('said', ['Ann'], ['Yes,'])
    """
    out = []
    for q in quotes:
        out.append({
            "cue": _citron_span(q.cue.start, q.cue.end, text) if q.cue else None,
            "sources": [_citron_span(q.speaker.start, q.speaker.end, text)] if q.speaker else [],
            "contents": [_citron_span(f.start, f.end, text) for f in q.fragments],
            "confidence": q.confidence,
        })
    return {"text": text, "quotes": out}

