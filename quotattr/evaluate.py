"""Score quotattr (or any extractor) against annotated quotations in the JSONL format of PolNeAR and PDNC.

Gold format, one document a line: ``{"id", "text", "quotes": [{"content": [[s, e], ...], "source": [[s, e]],
"cue": [[s, e]], "kind", "speaker"?, "aliases"?, "quote_type"?}]}``.

Metrics (see docs/evaluation.md):
- quote detection P/R/F1: one-to-one greedy matching; a pair matches when it shares >= 50 % of the smaller
  side's alphanumeric characters; recall per gold kind (and per ``quote_type`` where given);
- content exact match (fragments trimmed of spaces, quotation marks and trailing ``.,;:``) on matched pairs;
- content character overlap P/R over all alphanumeric characters;
- speaker accuracy on matched pairs that have a gold speaker: the predicted speaker span overlaps a gold source
  span, or, where gold gives ``speaker`` and ``aliases`` (PDNC), the name convention of that corpus;
- end-to-end attribution P/R/F1: matched and speaker right;
- cue accuracy on matched pairs with a gold cue: the spans overlap;
- calibration: attribution precision of the most confident half of the predictions against the rest.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from quotattr.interchange import load_brat, load_citron
from quotattr.pipeline import extract_quotes
from quotattr.types import Quote

_TRIM = " \t\r\n\"“”„‟'‘’‚«»‹›「」『』`"
# Titles dropped before comparing names: the PDNC README's scoring convention.
_TITLES = frozenset("mr mrs miss ms dr sir lady lord mister madame mme mlle monsieur master".split())


@attrs.frozen(slots=True)
class Report:
    """Evaluation result: ``metrics`` (nested dict of numbers) and, when asked, ``errors`` (one dict each)."""

    metrics: dict[str, Any]
    errors: list[dict[str, Any]] = attrs.field(factory=list)

    def table(self) -> str:
        """The metrics as a plain-text table."""
        return format_table(self.metrics)


def load_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Documents of a gold JSONL file, one dict per line."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def load_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Gold documents from a JSONL file (PolNeAR/PDNC format), a brat folder (``.txt`` + ``.ann``), or Citron
    ``.json`` files (one file, or a folder of them)."""
    path = Path(path)
    if path.is_dir():
        return load_brat(path) if any(path.rglob("*.ann")) else load_citron(path)
    if path.suffix == ".json":
        return load_citron(path)
    return load_jsonl(path)


def _alnum_positions(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if text[i].isalnum()}


def _norm_content(text: str, spans: Iterable[tuple[int, int]]) -> str:
    parts = []
    for s, e in spans:
        frag = text[s:e].strip(_TRIM)
        frag = frag.rstrip(".,;:").strip(_TRIM)
        if frag:
            parts.append(" ".join(frag.split()))
    return " ".join(parts)


def _norm_name(name: str) -> str:
    words = [w.strip(".,") for w in name.lower().replace("’", "'").split()]
    while words and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)


def speaker_name_matches(predicted: str, aliases: Iterable[str]) -> bool:
    """PDNC convention: equal to an alias, or sharing its last word, after lower-casing and dropping titles.

    >>> speaker_name_matches("Mr. Darcy", ["Fitzwilliam Darcy", "Darcy"])
    True
    """
    p = _norm_name(predicted)
    if not p:
        return False
    last = p.split()[-1]
    for alias in aliases:
        a = _norm_name(alias)
        if a and (a == p or a.split()[-1] == last):
            return True
    return False


def _overlaps(a: tuple[int, int], spans: Iterable[Iterable[int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _match(text: str, gold: list[dict[str, Any]], pred: list[Quote]) -> list[tuple[int, int]]:
    """One-to-one greedy matching by shared alphanumeric characters (>= 50 % of the smaller side)."""
    g_pos = [_alnum_positions(text, [tuple(x) for x in g["content"]]) for g in gold]
    p_pos = [_alnum_positions(text, [(f.start, f.end) for f in q.fragments]) for q in pred]
    owners: dict[int, list[int]] = defaultdict(list)  # gold quotes may overlap (nested attributions)
    for gi, pos in enumerate(g_pos):
        for i in pos:
            owners[i].append(gi)
    pairs = []
    for pi, pos in enumerate(p_pos):
        shared: Counter[int] = Counter(gi for i in pos for gi in owners.get(i, ()))
        for gi, n in shared.items():
            smaller = min(len(g_pos[gi]), len(pos)) or 1
            if n / smaller >= 0.5:
                pairs.append((n / smaller, n, gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _speaker_right(gold: dict[str, Any], q: Quote) -> bool | None:
    """True/False, or None when gold has no speaker to judge by."""
    if gold.get("aliases"):
        if q.speaker is None:
            return False
        return speaker_name_matches(q.speaker.name, gold["aliases"]) or speaker_name_matches(
            q.speaker.text, gold["aliases"]
        )
    if not gold.get("source"):
        return None
    return q.speaker is not None and _overlaps((q.speaker.start, q.speaker.end), gold["source"])


def _prf(tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(
    docs: Iterable[dict[str, Any]],
    *,
    extract: Callable[[str], list[Quote]] = extract_quotes,
    errors: bool = False,
) -> Report:
    """Score ``extract`` on gold documents.

    >>> doc = {"id": "d", "text": 'Ann said "yes."', "quotes": [
    ...     {"content": [[9, 15]], "source": [[0, 3]], "cue": [[4, 8]], "kind": "mixed"}]}
    >>> evaluate([doc]).metrics["detection"]["f1"]
    1.0
    """
    n_gold = n_pred = n_match = exact = 0
    gold_by_kind: Counter[str] = Counter()
    match_by_kind: Counter[str] = Counter()
    pred_by_kind: Counter[str] = Counter()
    pmatch_by_kind: Counter[str] = Counter()
    spk_total: Counter[str] = Counter()
    spk_right: Counter[str] = Counter()
    cue_total = cue_right = e2e_tp = e2e_gold = 0
    char_p = char_g = char_both = 0
    conf_rows: list[tuple[float, bool]] = []
    errs: list[dict[str, Any]] = []
    n_docs = 0
    for doc in docs:
        n_docs += 1
        text = doc["text"]
        gold = doc["quotes"]
        pred = extract(text)
        pairs = _match(text, gold, pred)
        n_gold += len(gold)
        n_pred += len(pred)
        n_match += len(pairs)
        gpos = _alnum_positions(text, [tuple(s) for g in gold for s in g["content"]])
        ppos = _alnum_positions(text, [(f.start, f.end) for q in pred for f in q.fragments])
        char_p += len(ppos)
        char_g += len(gpos)
        char_both += len(gpos & ppos)
        matched_g = {gi: pi for gi, pi in pairs}
        matched_p = {pi: gi for gi, pi in pairs}
        for gi, g in enumerate(gold):
            kind = g.get("kind", "direct")
            qtype = g.get("quote_type")
            gold_by_kind[kind] += 1
            if qtype:
                gold_by_kind["type:" + qtype] += 1
            pi = matched_g.get(gi)
            e2e_gold += 1
            if pi is None:
                if errors:
                    errs.append(_err("miss", doc, text, g["content"], g, None))
                continue
            q = pred[pi]
            match_by_kind[kind] += 1
            if qtype:
                match_by_kind["type:" + qtype] += 1
            if _norm_content(text, [tuple(s) for s in g["content"]]) == _norm_content(
                text, [(f.start, f.end) for f in q.fragments]
            ):
                exact += 1
            elif errors:
                errs.append(_err("boundary", doc, text, g["content"], g, q))
            right = _speaker_right(g, q)
            if right is None:
                if q.speaker is None:
                    e2e_tp += 1
            else:
                for key in ("all", kind, *(["type:" + qtype] if qtype else [])):
                    spk_total[key] += 1
                    spk_right[key] += bool(right)
                e2e_tp += bool(right)
                if not right and errors:
                    errs.append(_err("speaker", doc, text, g["content"], g, q))
            if g.get("cue"):
                cue_total += 1
                cue_right += int(q.cue is not None and _overlaps((q.cue.start, q.cue.end), g["cue"]))
        for pi, q in enumerate(pred):
            pred_by_kind[q.kind] += 1
            match = matched_p.get(pi)
            if match is None:
                conf_rows.append((q.confidence, False))
                if errors:
                    errs.append(_err("false-positive", doc, text, [[q.start, q.end]], None, q))
                continue
            pmatch_by_kind[q.kind] += 1
            r = _speaker_right(gold[match], q)
            conf_rows.append((q.confidence, bool(r) if r is not None else q.speaker is None))
    metrics: dict[str, Any] = {
        "documents": n_docs,
        "gold_quotes": n_gold,
        "predicted_quotes": n_pred,
        "detection": _prf(n_match, n_pred, n_gold),
        "recall_by_kind": {k: round(match_by_kind[k] / v, 4) for k, v in sorted(gold_by_kind.items())},
        "precision_by_predicted_kind": {
            k: round(pmatch_by_kind[k] / v, 4) for k, v in sorted(pred_by_kind.items())
        },
        "content_exact_match": round(exact / n_match, 4) if n_match else 0.0,
        "content_chars": {
            "precision": round(char_both / char_p, 4) if char_p else 0.0,
            "recall": round(char_both / char_g, 4) if char_g else 0.0,
        },
        "speaker_accuracy": {k: round(spk_right[k] / v, 4) for k, v in sorted(spk_total.items())},
        "attribution": _prf(e2e_tp, n_pred, e2e_gold),
        "cue_accuracy": round(cue_right / cue_total, 4) if cue_total else None,
        "calibration": _calibration(conf_rows),
    }
    return Report(metrics, errs)


def _calibration(rows: list[tuple[float, bool]]) -> dict[str, float]:
    if len(rows) < 2:
        return {}
    rows = sorted(rows, key=lambda r: -r[0])
    half = len(rows) // 2
    top, rest = rows[:half], rows[half:]
    return {
        "precision_top_half": round(sum(r for _, r in top) / len(top), 4),
        "precision_bottom_half": round(sum(r for _, r in rest) / len(rest), 4),
    }


def _context(text: str, spans: Iterable[Iterable[int]], width: int = 80) -> str:
    spans = [tuple(s) for s in spans]
    s = min(a for a, _ in spans)
    e = max(b for _, b in spans)
    return " ".join((text[max(0, s - width) : s] + "[[" + text[s:e] + "]]" + text[e : e + width]).split())


def _err(
    kind: str, doc: dict[str, Any], text: str, spans: Any, g: dict[str, Any] | None, q: Quote | None
) -> dict[str, Any]:
    row: dict[str, Any] = {"error": kind, "id": doc.get("id"), "context": _context(text, spans)}
    if g is not None:
        row["gold_kind"] = g.get("kind")
        row["gold_source"] = [text[s:e] for s, e in g.get("source") or []] or g.get("speaker")
        row["gold_cue"] = [text[s:e] for s, e in g.get("cue") or []]
        if g.get("quote_type"):
            row["quote_type"] = g["quote_type"]
    if q is not None:
        row["pred_kind"] = q.kind
        row["pred_speaker"] = q.speaker.text if q.speaker else None
        row["pred_name"] = q.speaker.name if q.speaker else None
        row["pred_cue"] = q.cue.text if q.cue else None
        row["pred_reason"] = q.candidates[0].reason if q.candidates else None
        row["pred_content"] = q.content[:200]
    return row


def group_errors(errs: Iterable[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Counts of errors by type and a coarse cause (kind, cue or rule), for the error report."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for e in errs:
        if e["error"] == "miss":
            cue = " ".join(e.get("gold_cue") or ["(no cue)"]).lower()
            out["miss"][f"{e.get('gold_kind')} / cue {cue!r}"] += 1
        elif e["error"] == "false-positive":
            out["false-positive"][f"{e.get('pred_kind')} / cue {e.get('pred_cue')!r}"] += 1
        elif e["error"] == "speaker":
            out["speaker"][f"rule {e.get('pred_reason')}"] += 1
        else:
            out["boundary"][f"{e.get('gold_kind')}"] += 1
    return out


def format_table(m: dict[str, Any]) -> str:
    """Render metrics as aligned ``key  value`` lines."""
    lines = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
        else:
            lines.append(f"{prefix:<44} {value}")

    walk("", m)
    return "\n".join(lines)
