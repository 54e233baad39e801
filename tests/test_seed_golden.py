"""The acceptance table of the 0.1 issue on the seed article: each row must be found as specified."""

from __future__ import annotations

import pytest

from quotattr import Quote, extract_quotes

# (content contains, allowed kinds, speaker text contains, speaker name contains or None, cue or None)
ROWS = [
    ("32 neighbourhoods have been liberated", {"direct"}, "A military source", None, "told"),
    ("rebel forces will be reduced", {"mixed"}, "The Syrian Observatory for Human Rights", None, "said"),
    ("no longer consider truce offers", {"indirect", "mixed"}, "Assad", None, "said"),
    ("often come when the rebels are in", {"mixed"}, "Assad", None, "adding"),
    ("will not approve any cease-fire initiative", {"indirect"}, "the Syrian Foreign Ministry", None, "said"),
    ("rebels used such pauses", {"indirect"}, "Moscow", None, "said"),
    ("are close to an agreement on the basic elements", {"mixed"}, "Vitaly Churkin", "Vitaly Churkin", "said"),
    ("diplomacy has failed the people of Aleppo", {"indirect"}, "The U.S. ambassador to the United Nations", None,
     "acknowledges"),
    ("largely at fault for blocking", {"indirect"}, "The U.S. ambassador to the United Nations", None, "says"),
    ("288 civilians have been killed", {"indirect"}, "The Britain-based Syrian Observatory for Human Rights", None,
     "said"),
    ("More than 730 people have been killed", {"indirect"}, "the Syrian Observatory",
     "Syrian Observatory for Human Rights", "added"),
    ("Turkey had done its best to protect", {"indirect"}, "Assad", None, "stated"),
    ("the group gains strength", {"indirect"}, "Western countries", None, "say"),
    ("often unable to reach the wounded", {"indirect"}, "rescue workers", None, "say"),
    ("they fear for the future", {"indirect"}, "civilians", None, "say"),
    ("Aleppo combat stopped after rebels cornered", {"indirect"}, "Russian Federation", None, "says"),
]


@pytest.fixture(scope="module")
def quotes(seed_text: str) -> list[Quote]:
    return extract_quotes(seed_text)


def _find(quotes: list[Quote], needle: str) -> Quote:
    found = [q for q in quotes if needle in q.content]
    assert len(found) == 1, f"expected one quote containing {needle!r}, got {[q.content for q in found]}"
    return found[0]


@pytest.mark.parametrize(("needle", "kinds", "speaker", "name", "cue"), ROWS, ids=[r[0][:30] for r in ROWS])
def test_row(quotes: list[Quote], needle: str, kinds: set[str], speaker: str, name: str | None, cue: str) -> None:
    q = _find(quotes, needle)
    assert q.kind in kinds
    assert q.speaker is not None and speaker in q.speaker.text
    if name is not None:
        assert q.speaker.name == name
    assert q.cue is not None and q.cue.text == cue
    assert q.confidence >= 0.5


def test_pronoun_resolved_to_earlier_speaker(quotes: list[Quote]) -> None:
    q = _find(quotes, "to connect in the morning to see where we are")
    assert q.kind == "mixed" and q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.text == "He"
    earlier = {p.speaker.name for p in quotes if p.speaker and p.start < q.start and p.speaker.text != "He"}
    assert q.speaker.name in earlier


def test_unattributed_direct_quote_has_low_confidence(quotes: list[Quote]) -> None:
    q = _find(quotes, "The weather's very cold")
    assert q.kind == "direct"
    assert q.speaker is None or q.confidence < 0.5


@pytest.mark.parametrize(
    "text",
    ["Why is Aleppo such a big deal?", "Many of Aleppo's ancient buildings have been destroyed",
     "Food has nearly run out"],
)
def test_not_quotes(quotes: list[Quote], text: str) -> None:
    assert not [q for q in quotes if text in q.content]


def test_food_sentence_quote_starts_at_clause(quotes: list[Quote]) -> None:
    q = _find(quotes, "often unable to reach the wounded")
    assert q.content.startswith("they are often unable")


def test_offsets_point_at_the_text(seed_text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert seed_text[q.start : q.end] == q.text
        for f in q.fragments:
            assert seed_text[f.start : f.end] == f.text
        for span in (q.speaker, q.cue):
            if span is not None:
                assert seed_text[span.start : span.end] == span.text
