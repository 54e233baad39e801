"""CLI, batch, evaluation and display: the ways users reach the pipeline."""

from __future__ import annotations

import io
import json
from pathlib import Path

from quotattr import extract_quotes
from quotattr.batch import extract_many
from quotattr.cli import main
from quotattr.display import annotate, render_html
from quotattr.evaluate import evaluate, speaker_name_matches
from quotattr.formats import to_records

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_1c908b89b4219beb.txt"


def run(argv: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out)
    return code, out.getvalue()


def test_cli_text_file_prints_quotes() -> None:
    code, out = run([str(SEED)])
    assert code == 0
    assert "A military source" in out and "[direct]" in out and "cue: told" in out


def test_cli_stdin_jsonl_output() -> None:
    code, out = run(["-", "-f", "jsonl"], stdin="Ann said the port was shut for good.")
    assert code == 0
    doc = json.loads(out)
    assert doc["id"] == "-" and doc["quotes"][0]["speaker"]["text"] == "Ann"


def test_cli_jsonl_input_keeps_ids_and_reports_errors(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "body": "Ann said the port was shut for good."}) + "\n"
                   + json.dumps({"id": "b", "body": 5}) + "\n{bad json\n", encoding="utf-8")
    code, out = run([str(src), "--text-field", "body", "-f", "jsonl"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["id"] for r in rows] == ["a", "b", f"{src}:3"]
    assert rows[0]["quotes"] and "error" not in rows[0]
    assert "int" in rows[1]["error"] and "JSON" in rows[2]["error"]


def test_cli_csv_folder_and_min_confidence(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('Ann said the port was shut for good. "Nobody knows."', encoding="utf-8")
    code, out = run([str(tmp_path), "-f", "csv", "--min-confidence", "0.5"])
    lines = out.strip().splitlines()
    assert code == 0 and lines[0].startswith("doc_id,") and len(lines) == 2


def test_cli_missing_file_is_usage_error() -> None:
    code, _ = run(["/no/such/file.txt"])
    assert code == 2


def test_cli_eval(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "d", "text": "Ann said the port was shut for good.", "quotes": [
        {"content": [[9, 35]], "source": [[0, 3]], "cue": [[4, 8]], "kind": "indirect"}]}) + "\n",
        encoding="utf-8")
    code, out = run(["eval", str(gold), "--json"])
    m = json.loads(out)
    assert code == 0 and m["detection"]["f1"] == 1.0 and m["speaker_accuracy"]["all"] == 1.0


def test_evaluate_counts_misses_and_false_positives() -> None:
    text = "Ann said the port was shut for good. The sky is blue and the sea is green."
    doc = {"id": "d", "text": text, "quotes": [
        {"content": [[37, 73]], "source": [], "cue": [], "kind": "indirect"}]}
    report = evaluate([doc], errors=True)
    assert report.metrics["detection"]["precision"] == 0.0
    assert {e["error"] for e in report.errors} == {"miss", "false-positive"}


def test_pdnc_name_convention() -> None:
    assert speaker_name_matches("Miss Bennet", ["Elizabeth Bennet", "Lizzy"])
    assert speaker_name_matches("Lizzy", ["Elizabeth Bennet", "Lizzy"])
    assert not speaker_name_matches("Jane", ["Elizabeth Bennet", "Lizzy"])


def test_extract_many_pairs_errors_and_processes() -> None:
    items = [("a", "Ann said the port was shut for good."), ("b", None), ("c", "x" * 50)]
    results = list(extract_many(items, max_chars=40))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert results[0].quotes and results[1].error and "max_chars" in (results[2].error or "")
    pooled = list(extract_many([t for _, t in items if t], processes=2))
    assert [list(r.quotes) for r in pooled] == [extract_quotes(t) for _, t in items if t]


def test_records_are_flat() -> None:
    rows = to_records(extract_quotes(SEED.read_text(encoding="utf-8")), doc_id="seed")
    assert rows and all(not isinstance(v, (dict, list)) for r in rows for v in r.values())


def test_html_marks_every_quote_speaker_and_cue(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    quotes = extract_quotes(text)
    page = render_html(text, quotes, tmp_path / "seed.html")
    assert (tmp_path / "seed.html").read_text(encoding="utf-8") == page
    assert page.count("data-cue-of=") == len({(q.cue.start, q.cue.end) for q in quotes if q.cue})
    assert page.count("data-speaker-of=") == len({(q.speaker.start, q.speaker.end) for q in quotes if q.speaker})
    assert page.count('class="qa-quote') - 3 == sum(len(q.fragments) for q in quotes)  # 3 in the legend
    assert page.count("<script") == 1  # only the hover script: the text itself is escaped
    doc = annotate(text)
    assert "quotes" in repr(doc) and doc._repr_html_().count("data-quote=") >= len(quotes)


def test_html_escapes_text() -> None:
    page = render_html("<b>Ann</b> said the port was shut.", extract_quotes("<b>Ann</b> said the port was shut."))
    assert "<b>" not in page.split("<body>")[1]


def test_brat_output_folder_scores_perfectly_as_gold(tmp_path: Path) -> None:
    out_dir = tmp_path / "ann"
    code, _ = run([str(SEED), "-f", "brat", "-o", str(out_dir)])
    assert code == 0
    ann = (out_dir / SEED.stem).with_suffix(".ann").read_text(encoding="utf-8")
    assert "\tSource " in ann and "\tCue " in ann and "\tContent " in ann and "Attribution:T" in ann
    code, out = run(["eval", str(out_dir), "--json"])
    m = json.loads(out)
    assert code == 0 and m["detection"]["f1"] == 1.0 and m["speaker_accuracy"]["all"] == 1.0
    assert m["gold_quotes"] == len(extract_quotes(SEED.read_text(encoding="utf-8")))


def test_citron_output_reads_back_as_gold(tmp_path: Path) -> None:
    code, out = run([str(SEED), "-f", "citron"])
    doc = json.loads(out)
    assert code == 0 and doc["quotes"] and {"cue", "sources", "contents"} <= set(doc["quotes"][0])
    for q in doc["quotes"]:
        for span in q["contents"] + q["sources"]:
            assert doc["text"][span["start"] : span["end"]] == span["text"]
    path = tmp_path / "seed.json"
    path.write_text(json.dumps({"text": doc["text"], "quotes": doc["quotes"]}), encoding="utf-8")
    code, out = run(["eval", str(path), "--json"])
    assert code == 0 and json.loads(out)["detection"]["f1"] == 1.0


def test_brat_gold_from_polnear_style_annotations(tmp_path: Path) -> None:
    text = 'Flynn says Trump is right. "We won," Ann said.'
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    (tmp_path / "d.ann").write_text(
        "T1\tSource 0 5\tFlynn\nT2\tCue 6 10\tsays\nT3\tContent 11 25\tTrump is right\n"
        "T4\tAttribution 6 10\tsays\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tContent 27 36\t\"We won,\"\nT6\tCue 41 45\tsaid\nT7\tAttribution-no-source 41 45\tsaid\n"
        "E2\tAttribution-no-source:T7 Content:T5 Cue:T6\n", encoding="utf-8")
    from quotattr.interchange import read_brat

    doc = read_brat(tmp_path / "d.txt")
    assert [(q["kind"], q["source"], q["cue"]) for q in doc["quotes"]] == [
        ("indirect", [[0, 5]], [[6, 10]]), ("direct", [], [[41, 45]])]


def test_lexicon_file_adds_a_verb_and_an_alias(tmp_path: Path) -> None:
    text = "The mayor harrumphed that the bridge would never be finished."
    config = tmp_path / "lexicon.json"
    config.write_text(json.dumps({"verbs": {"harrumph": "speech"}, "speakers": {"Joan Ortiz": ["the mayor"]}}),
                      encoding="utf-8")
    assert run(["-", "-f", "jsonl"], stdin=text)[1].count('"cue"') == 0
    code, out = run(["-", "-f", "jsonl", "--lexicon", str(config)], stdin=text)
    (q,) = json.loads(out)["quotes"]
    assert code == 0 and q["cue"]["text"] == "harrumphed" and q["speaker"]["name"] == "Joan Ortiz"
    config.write_text(json.dumps({"verb": {}}), encoding="utf-8")
    assert run(["-", "--lexicon", str(config)], stdin=text)[0] == 2


def test_cli_bad_documents_fail_alone(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(json.dumps({"id": "a", "text": "Ann said the port was shut for good."}).encode() + b"\n"
                    + b'{"id": "b", "text": "caf\xe9"}\n'
                    + json.dumps({"id": "c", "text": "Ben said " + "very " * 50 + "long."}).encode() + b"\n"
                    + json.dumps({"id": "d", "text": "Cleo said the road was open again."}).encode() + b"\n")
    code, out = run([str(src), "-f", "jsonl", "--max-chars", "100"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and [r["id"] for r in rows] == ["a", f"{src}:2", "c", "d"]
    assert [bool(r.get("error")) for r in rows] == [False, True, True, False]
    assert "UTF-8" in rows[1]["error"] and "max_chars" in rows[2]["error"] and rows[3]["quotes"]


def test_lexicon_extend_adds_given_names_and_checks_their_gender() -> None:
    import pytest

    from quotattr.lexicon import Lexicon

    lex = Lexicon.default().extend(given_names={"Heathcliff": "m"})
    assert lex.given_names["heathcliff"] == "m" and "heathcliff" not in Lexicon.default().given_names
    with pytest.raises(ValueError, match="must be 'm' or 'f'"):
        Lexicon.default().extend(given_names={"Heathcliff": "x"})
