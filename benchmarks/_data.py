"""Where the annotated corpora live: $QUOTATTR_DATA, else ../shared/data beside the repository."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    env = os.environ.get("QUOTATTR_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


def corpus(name: str) -> Path | None:
    """Path of a corpus file such as ``polnear/dev.jsonl``, or None when it is not on this machine."""
    path = data_dir() / name
    return path if path.is_file() else None
