"""HTML view: the original text with quotes, speakers and cues highlighted, for Jupyter and for files."""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from pathlib import Path

import attrs

from quotattr.lexicon import Lexicon
from quotattr.pipeline import extract_quotes
from quotattr.types import Quote

_CSS = """
.quotattr{font-family:Georgia,serif;line-height:1.6;white-space:pre-wrap;max-width:60em}
.quotattr-view .qa-quote{background:#fff3c4;border-bottom:2px solid #e0b400}
.quotattr-view .qa-quote.qa-mixed{background:#e6f4ea;border-bottom-color:#34a853}
.quotattr-view .qa-quote.qa-indirect{background:#e8f0fe;border-bottom-color:#4285f4}
.quotattr-view .qa-quote.qa-low{border-bottom-style:dashed}
.quotattr-view .qa-speaker{background:#fde2e4;font-weight:bold;border-radius:3px}
.quotattr-view .qa-cue{text-decoration:underline;text-decoration-color:#a142f4;text-decoration-thickness:2px}
.quotattr-legend span{margin-right:1em;padding:0 .3em}
.quotattr-view .qa-speaker.qa-on{outline:2px solid #d93025}
"""
# Hovering a quote outlines its speaker (where the page runs scripts; the ids link them either way).
_SCRIPT = """(function(){var v=document.getElementById("%s");if(!v)return;
v.addEventListener("mouseover",function(e){var q=e.target.closest("[data-speaker-ref]");if(!q)return;
var s=document.getElementById(q.getAttribute("data-speaker-ref"));if(s)s.classList.add("qa-on");});
v.addEventListener("mouseout",function(e){var q=e.target.closest("[data-speaker-ref]");if(!q)return;
var s=document.getElementById(q.getAttribute("data-speaker-ref"));if(s)s.classList.remove("qa-on");});})();"""


def _spans(quotes: Sequence[Quote], uid: str) -> list[tuple[int, int, str, str]]:
    """(start, end, opening tag, closing tag) for every mark, without overlaps (first come first served). A speaker
    or cue shared by several quotes (``Assad said A, adding B``) is one mark naming all of them; each quote points
    at its speaker's mark by id (``data-speaker-ref``)."""
    marks: list[tuple[int, int, str, str]] = []
    speakers: dict[tuple[int, int], list[int]] = {}
    cues: dict[tuple[int, int], list[int]] = {}
    for i, q in enumerate(quotes):
        who = q.speaker.name if q.speaker else "no speaker"
        title = html.escape(f"#{i + 1} {q.kind} | speaker: {who} | confidence {q.confidence:.2f}", quote=True)
        low = " qa-low" if q.confidence < 0.5 else ""
        ref = f' data-speaker-ref="{uid}-s{q.speaker.start}"' if q.speaker is not None else ""
        for f in q.fragments:
            marks.append((f.start, f.end, f'<span class="qa-quote qa-{q.kind}{low}" data-quote="{i + 1}"{ref} '
                          f'data-speaker="{html.escape(who, quote=True)}" title="{title}">', "</span>"))
        if q.speaker is not None:
            speakers.setdefault((q.speaker.start, q.speaker.end), []).append(i)
        if q.cue is not None:
            cues.setdefault((q.cue.start, q.cue.end), []).append(i)
    for (start, end), owners in speakers.items():
        sp = quotes[owners[0]].speaker
        assert sp is not None
        of = " ".join(str(i + 1) for i in owners)
        stitle = html.escape(f"speaker of #{of.replace(' ', ', #')}: {sp.name}", quote=True)
        marks.append((start, end, f'<span class="qa-speaker" id="{uid}-s{start}" data-speaker-of="{of}" '
                      f'data-name="{html.escape(sp.name, quote=True)}" title="{stitle}">', "</span>"))
    for (start, end), owners in cues.items():
        of = " ".join(str(i + 1) for i in owners)
        marks.append((start, end, f'<span class="qa-cue" data-cue-of="{of}">', "</span>"))
    marks.sort(key=lambda m: (m[0], -m[1]))
    out: list[tuple[int, int, str, str]] = []
    end = -1
    for m in marks:
        if m[0] >= end:
            out.append(m)
            end = m[1]
    return out


def to_html(text: str, quotes: Sequence[Quote]) -> str:
    """An HTML fragment (a ``<div>`` with its own styles) showing ``text`` with every quote, speaker and cue marked.

    >>> '<span class="qa-speaker"' in to_html("Ann said no way, truly.", extract_quotes("Ann said no way, truly."))
    True
    """
    uid = "qa" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    parts = [f"<style>{_CSS}</style>", f'<div class="quotattr-view" id="{uid}">',
             '<div class="quotattr-legend"><span class="qa-quote">direct</span>'
             '<span class="qa-quote qa-mixed">mixed</span><span class="qa-quote qa-indirect">indirect</span>'
             '<span class="qa-speaker">speaker</span><span class="qa-cue">cue</span></div>',
             '<div class="quotattr">']
    pos = 0
    for s, e, open_tag, close_tag in _spans(quotes, uid):
        parts.append(html.escape(text[pos:s]))
        parts.append(open_tag + html.escape(text[s:e]) + close_tag)
        pos = e
    parts.append(html.escape(text[pos:]))
    parts.append("</div></div>")
    parts.append(f"<script>{_SCRIPT % uid}</script>")
    return "".join(parts)


def render_html(text: str, quotes: Sequence[Quote], path: str | Path | None = None, *, title: str = "quotattr") -> str:
    """A standalone HTML page of :func:`to_html`; written to ``path`` when given. Returns the page."""
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
            f"<body>{to_html(text, quotes)}</body></html>")
    if path is not None:
        Path(path).write_text(page, encoding="utf-8")
    return page


@attrs.frozen(slots=True)
class Annotation:
    """A text with its quotes; renders itself in Jupyter. Made by :func:`annotate`."""

    text: str = attrs.field(repr=False)
    quotes: tuple[Quote, ...]

    def __repr__(self) -> str:
        speakers = {q.speaker.name for q in self.quotes if q.speaker}
        return f"<Annotation: {len(self.text)} chars, {len(self.quotes)} quotes, {len(speakers)} speakers>"

    def _repr_html_(self) -> str:
        return to_html(self.text, self.quotes)


def annotate(text: str, *, lexicon: Lexicon | None = None) -> Annotation:
    """Extract quotes and keep them with their text, for display in a notebook.

    >>> annotate('"Yes," Ann said.')
    <Annotation: 16 chars, 1 quotes, 1 speakers>
    """
    return Annotation(text, tuple(extract_quotes(text, lexicon=lexicon)))
