"""Write docs/api.md from the docstrings of quotattr's public names (``quotattr.__all__``).

    python tools/build_api_docs.py          # rewrite docs/api.md
    python tools/build_api_docs.py --check  # exit 1 if docs/api.md is out of date (the test suite runs this)
"""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path

import quotattr

OUT = Path(__file__).resolve().parent.parent / "docs" / "api.md"


def _doc(obj: object) -> str:
    return inspect.cleandoc(obj.__doc__ or "(undocumented)")


def _signature(obj: object) -> str:
    try:
        return str(inspect.signature(obj))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""


def render() -> str:
    parts = ["# API reference", "",
             "Generated from the docstrings by `tools/build_api_docs.py`; the examples in them run in the test suite",
             "(with the names below imported):", "", "```python", ">>> from quotattr import *", "", "```", ""]
    for name in quotattr.__all__:
        obj = getattr(quotattr, name)
        kind = "class" if inspect.isclass(obj) else "function"
        parts += [f"## `{name}{_signature(obj)}`", "", f"*{kind}* — {_doc(obj)}", ""]
        if inspect.isclass(obj):
            for attr, member in sorted(vars(obj).items()):
                if attr.startswith("_") or not (inspect.isfunction(member) or isinstance(member, (staticmethod,
                                                                                                    property))):
                    continue
                target = member.__func__ if isinstance(member, staticmethod) else member
                target = target.fget if isinstance(target, property) else target
                parts += [f"### `{name}.{attr}{_signature(target) if not isinstance(member, property) else ''}`",
                          "", _doc(target), ""]
    return "\n".join(parts).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("docs/api.md is out of date: run python tools/build_api_docs.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
