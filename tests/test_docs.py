"""The docs stay true: docs/api.md is what the docstrings say (the examples in docs/*.md run as doctests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_api_reference_is_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_api_docs.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_readme_links_point_at_existing_docs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in [part.split(")")[0] for part in readme.split("](")[1:]]:
        if not target.startswith("http"):
            assert (ROOT / target).exists(), target
