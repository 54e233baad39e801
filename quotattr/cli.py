"""Command line: ``quotattr FILE…`` extracts quotes; ``quotattr eval GOLD.jsonl`` scores against annotations."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from quotattr.batch import extract_many
from quotattr.display import render_html
from quotattr.formats import to_csv, to_jsonl_line, to_records, to_text

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

_EXAMPLES = """examples:
  quotattr article.txt                      print the quotes of a text file
  quotattr articles/ -f jsonl -o out.jsonl  every .txt/.jsonl file of a folder, one JSON line per document
  cat a.txt | quotattr -                    read standard input
  quotattr corpus.jsonl --text-field body -f csv --min-confidence 0.5
  quotattr article.txt -f html -o article.html
  quotattr eval gold.jsonl --errors 20      score against annotated JSONL (PolNeAR / PDNC format)

exit codes: 0 all documents done, 1 some documents failed (see their error), 2 bad usage or unreadable input"""


def _read_inputs(paths: Sequence[str], text_field: str, id_field: str, stdin: TextIO) -> Iterator[tuple[Any, Any]]:
    """(id, text) for every document: text files, JSONL files (one document a line), folders, ``-``."""
    for p in paths:
        if p == "-":
            yield "-", stdin.read()
            continue
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.suffix in (".txt", ".jsonl")) if path.is_dir() else [path]
        for f in files:
            if f.suffix == ".jsonl":
                with open(f, encoding="utf-8", errors="strict") as fh:
                    for n, line in enumerate(fh, 1):
                        if not line.strip():
                            continue
                        doc_id = f"{f}:{n}"
                        try:
                            doc = json.loads(line)
                        except json.JSONDecodeError as exc:
                            yield doc_id, ValueError(f"bad JSON: {exc}")
                            continue
                        if not isinstance(doc, dict):
                            yield doc_id, ValueError("a JSONL line must hold an object")
                            continue
                        yield doc.get(id_field, doc_id), doc.get(text_field, ValueError(f"no {text_field!r} field"))
            else:
                try:
                    yield str(f), f.read_text(encoding="utf-8")
                except UnicodeDecodeError as exc:
                    yield str(f), ValueError(f"not UTF-8 text: {exc}")


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    docs = list(_read_inputs(args.inputs or ["-"], args.text_field, args.id_field, stdin))
    bad = {i: d[1] for i, d in enumerate(docs) if isinstance(d[1], Exception)}
    texts = [(d[0], "" if isinstance(d[1], Exception) else d[1]) for d in docs]
    failed = 0
    show_progress = len(docs) > 1 and err.isatty()
    header = True
    for n, result in enumerate(extract_many(texts, processes=args.processes), 1):
        error = f"{type(bad[n - 1]).__name__}: {bad[n - 1]}" if n - 1 in bad else result.error
        quotes = [q for q in result.quotes if q.confidence >= args.min_confidence]
        if error is not None:
            failed += 1
            print(f"quotattr: {result.id}: {error}", file=err)
        if args.format == "jsonl":
            print(to_jsonl_line(result.id, quotes, error), file=out)
        elif args.format in ("csv", "tsv"):
            out.write(to_csv(to_records(quotes, result.id), delimiter="," if args.format == "csv" else "\t",
                             header=header))
            header = False
        elif args.format == "html":
            text = texts[n - 1][1]
            out.write(render_html(text, quotes, title=str(result.id)))
        else:
            if len(docs) > 1:
                print(f"== {result.id}", file=out)
            out.write(to_text(quotes))
        if show_progress:
            print(f"\r{n}/{len(docs)} documents", end="", file=err)
    if show_progress:
        print(file=err)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _eval(argv: Sequence[str], out: TextIO) -> int:
    from quotattr.evaluate import evaluate, group_errors, load_jsonl

    parser = argparse.ArgumentParser(prog="quotattr eval", description="Score quotattr on annotated JSONL.")
    parser.add_argument("gold", help="gold JSONL (PolNeAR / PDNC format, see docs/evaluation.md)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N errors of each type")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    args = parser.parse_args(argv)
    try:
        report = evaluate(load_jsonl(args.gold), errors=bool(args.errors))
    except (OSError, ValueError, KeyError) as exc:
        print(f"quotattr eval: cannot read {args.gold}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps(report.metrics, indent=2) if args.json else report.table(), file=out)
    if args.errors:
        for kind, counts in group_errors(report.errors).items():
            print(f"\n## {kind}: {sum(counts.values())}", file=out)
            for cause, n in counts.most_common(15):
                print(f"  {n:>5}  {cause}", file=out)
        by_type: dict[str, list[dict[str, Any]]] = {}
        for e in report.errors:
            by_type.setdefault(e["error"], []).append(e)
        for kind, rows in by_type.items():
            print(f"\n## examples: {kind}", file=out)
            for row in rows[: args.errors]:
                print(json.dumps(row, ensure_ascii=False), file=out)
    return EXIT_OK


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Entry point of the ``quotattr`` command. Returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = stdout or sys.stdout
    if argv and argv[0] == "eval":
        return _eval(argv[1:], out)
    parser = argparse.ArgumentParser(
        prog="quotattr",
        description="Find quotations and their speakers in text files, folders, JSONL or standard input.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="*", help="text files, .jsonl files, folders, or - for standard input")
    parser.add_argument("-f", "--format", choices=("text", "jsonl", "csv", "tsv", "html"), default="text")
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the document id (default: id)")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="drop quotes below this confidence")
    parser.add_argument("--processes", type=int, default=None, help="worker processes for many documents")
    args = parser.parse_args(argv)
    for p in args.inputs:
        if p != "-" and not Path(p).exists():
            parser.print_usage(sys.stderr)
            print(f"quotattr: error: no such file or folder: {p}", file=sys.stderr)
            return EXIT_USAGE
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            return _extract(args, fh, sys.stderr, stdin or sys.stdin)
    return _extract(args, out, sys.stderr, stdin or sys.stdin)


if __name__ == "__main__":
    sys.exit(main())
