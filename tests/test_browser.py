"""The HTML view in a real headless browser (Debian's chromium): screenshot, and every quote and speaker marked.

Skips where chromium is not installed (.ci/run installs it where it can)."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotattr import extract_quotes, render_html

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_1c908b89b4219beb.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install chromium)")


class _Marks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.quotes: set[str] = set()
        self.speakers: set[str] = set()
        self.cues: set[str] = set()
        self.ids: set[str] = set()
        self.refs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("data-quote"):
            self.quotes.add(a["data-quote"] or "")
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if a.get("data-speaker-ref"):
            self.refs.add(a["data-speaker-ref"] or "")
        self.speakers.update((a.get("data-speaker-of") or "").split())
        self.cues.update((a.get("data-cue-of") or "").split())


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_seed_article_renders_with_every_quote_and_speaker_marked(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    quotes = extract_quotes(text)
    page = tmp_path / "seed.html"
    render_html(text, quotes, page, title="seed")

    shot = tmp_path / "seed.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,2400", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000  # a real rendering, not a blank page

    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    marks = _Marks()
    marks.feed(dom)
    assert marks.quotes == {str(i + 1) for i in range(len(quotes))}
    assert marks.speakers == {str(i + 1) for i, q in enumerate(quotes) if q.speaker is not None}
    assert marks.cues == {str(i + 1) for i, q in enumerate(quotes) if q.cue is not None}
    assert marks.refs and marks.refs <= marks.ids  # every quote links to its speaker's mark
    # the browser shows the original text: its visible characters are the article's
    visible = "".join(dom.split('<div class="quotattr">', 1)[1].split("</div>", 1)[0])
    assert "A military source" in visible
