"""Command line: ``quotattr FILE…`` extracts quotes; ``quotattr eval GOLD.jsonl`` scores against annotations."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from quotattr.batch import extract_many
from quotattr.display import render_html
from quotattr.formats import to_csv, to_jsonl_line, to_records, to_text
from quotattr.interchange import to_brat, to_citron
from quotattr.lexicon import Lexicon

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

_EXAMPLES = """examples:
  quotattr article.txt                      print the quotes of a text file
  quotattr articles/ -f jsonl -o out.jsonl  every .txt/.jsonl file of a folder, one JSON line per document
  cat a.txt | quotattr -                    read standard input
  quotattr corpus.jsonl --text-field body -f csv --min-confidence 0.5
  quotattr article.txt -f html -o article.html
  quotattr articles/ -f brat -o annotated/  a .txt and a brat .ann per document, to open in brat
  quotattr article.txt --lexicon newsroom.json   with added verbs, titles and known speakers
  quotattr eval gold.jsonl --errors 20      score against annotated JSONL (PolNeAR / PDNC format)
  quotattr eval brat_folder/                score against brat standoff (.txt + .ann) or Citron .json files

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
                with open(f, "rb") as fh:  # line by line in bytes: one undecodable line fails alone
                    for n, raw in enumerate(fh, 1):
                        if not raw.strip():
                            continue
                        doc_id = f"{f}:{n}"
                        try:
                            doc = json.loads(raw.decode("utf-8"))
                        except UnicodeDecodeError as exc:
                            yield doc_id, ValueError(f"not UTF-8 text: {exc}")
                            continue
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
    # Documents stream through: a second iterator over the same inputs (itertools.tee keeps only the documents
    # in flight) gives each result its text and any reading error, so millions of documents never sit in memory.
    docs, mine = itertools.tee(_read_inputs(args.inputs or ["-"], args.text_field, args.id_field, stdin))
    texts = ((doc_id, "" if isinstance(t, Exception) else t) for doc_id, t in docs)
    failed = 0
    show_progress = err.isatty() and _many(args.inputs)
    header = True
    folder = Path(args.output) if args.format == "brat" and args.output else None
    many = _many(args.inputs)
    n = 0
    for n, (result, (_, original)) in enumerate(
        zip(extract_many(texts, processes=args.processes, lexicon=args.lexicon, max_chars=args.max_chars), mine,
            strict=True), 1
    ):
        bad = isinstance(original, Exception)
        error = f"{type(original).__name__}: {original}" if bad else result.error
        text = "" if bad else original
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
            out.write(render_html(text, quotes, title=str(result.id)))
        elif args.format == "citron":
            print(json.dumps({"id": result.id, **to_citron(text, quotes), "error": error}, ensure_ascii=False),
                  file=out)
        elif args.format == "brat":
            if folder is None:
                out.write(to_brat(quotes))
            elif error is None:
                stem = folder / _safe_name(result.id, n)
                stem.with_suffix(".txt").write_text(text, encoding="utf-8")
                stem.with_suffix(".ann").write_text(to_brat(quotes), encoding="utf-8")
        else:
            if many:
                print(f"== {result.id}", file=out)
            out.write(to_text(quotes))
        if show_progress and n % 10 == 0:
            print(f"\r{n} documents", end="", file=err)
    if show_progress:
        print(f"\r{n} documents", file=err)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _many(inputs: Sequence[str]) -> bool:
    """More than one document may come: several inputs, a folder or a JSONL file."""
    if len(inputs) != 1:
        return len(inputs) > 1
    return inputs[0] != "-" and (Path(inputs[0]).is_dir() or inputs[0].endswith(".jsonl"))


def _safe_name(doc_id: Any, n: int) -> str:
    """A file name for a document id (``articles/a.txt`` -> ``a``; ``corpus.jsonl:3`` -> ``corpus.jsonl_3``)."""
    stem = Path(str(doc_id)).stem if str(doc_id).endswith(".txt") else Path(str(doc_id)).name
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem).strip("._")
    return safe or f"document_{n}"


def _eval(argv: Sequence[str], out: TextIO) -> int:
    from quotattr.evaluate import evaluate, group_errors, load_gold

    parser = argparse.ArgumentParser(prog="quotattr eval", description="Score quotattr on annotated documents.")
    parser.add_argument("gold", help="gold JSONL (PolNeAR / PDNC format), a brat folder (.txt + .ann) or Citron "
                        ".json files (a file or a folder); see docs/evaluation.md")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N errors of each type")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    args = parser.parse_args(argv)
    try:
        report = evaluate(load_gold(args.gold), errors=bool(args.errors))
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
    parser.add_argument("-f", "--format", choices=("text", "jsonl", "csv", "tsv", "html", "citron", "brat"),
                        default="text", help="output format (citron: one Citron JSON object a line; brat: with -o, "
                        "a folder of .txt + .ann files)")
    parser.add_argument("-o", "--output", help="write here instead of standard output (a folder for -f brat)")
    parser.add_argument("--lexicon", metavar="FILE", help="JSON file of added verbs, titles, organisation words "
                        "and known speakers (see docs/customisation.md)")
    parser.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the document id (default: id)")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="drop quotes below this confidence")
    parser.add_argument("--processes", type=int, default=None, help="worker processes for many documents")
    parser.add_argument("--max-chars", type=int, default=None, metavar="N",
                        help="refuse documents longer than N characters (reported as errors, the others go on)")
    args = parser.parse_args(argv)
    for p in args.inputs:
        if p != "-" and not Path(p).exists():
            parser.print_usage(sys.stderr)
            print(f"quotattr: error: no such file or folder: {p}", file=sys.stderr)
            return EXIT_USAGE
    try:
        args.lexicon = Lexicon.from_file(args.lexicon) if args.lexicon else None
    except (OSError, ValueError, TypeError) as exc:
        print(f"quotattr: error: cannot use lexicon file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "brat" and args.output:
        Path(args.output).mkdir(parents=True, exist_ok=True)
        return _extract(args, out, sys.stderr, stdin or sys.stdin)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            return _extract(args, fh, sys.stderr, stdin or sys.stdin)
    return _extract(args, out, sys.stderr, stdin or sys.stdin)


if __name__ == "__main__":
    sys.exit(main())
