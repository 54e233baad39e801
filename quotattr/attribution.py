"""Stage 7: attribution scoring. Ranks each quote's candidate speakers and sets its confidence.

A candidate's score is the weight of the rule that proposed it (``PATTERN_WEIGHTS``), times a discount for weak
cues (beliefs, evidence) and for pronouns (their antecedent may be wrong). Quotes with no speaker in their own
sentence take candidates from the discourse:
- ``colon-intro``: the speaker of ``Smith said:`` that ends the previous paragraph.
- ``previous-in-paragraph``: the speaker of the last quote earlier in the same paragraph (weak: news often
  drops a bystander's quote after an attributed sentence).
- ``previous-paragraph``: a quote-only paragraph continues the speaker of the paragraph before (news style).
- ``alternation``: in a run of quote-only paragraphs (dialogue), the speaker two turns back.
``confidence = best * best / (best + runner_up)``: the best score, shared with any rival.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotattr.mentions import Mention
from quotattr.relations import Draft, Intro

PATTERN_WEIGHTS: dict[str, float] = {
    "subject-cue": 0.95,
    "inverted": 0.93,
    "according-to": 0.93,
    "appositive": 0.88,
    "shared-subject": 0.85,
    "sentence-subject": 0.7,
    "trailing-attribution": 0.9,
    "colon-intro": 0.85,
    "colon-label": 0.8,
    "dash-attribution": 0.85,
    "colon-quote": 0.6,
    "previous-paragraph": 0.6,
    "clause-name": 0.5,
    "previous-in-paragraph": 0.45,
    "alternation": 0.35,
}
CUE_CLASS_WEIGHTS: dict[str, float] = {"belief": 0.8, "evidence": 0.85}
PRONOUN_WEIGHT = 0.95
NO_SPEAKER_CONFIDENCE = 0.05


@attrs.frozen(slots=True)
class Scored:
    """A draft with its ranked candidates: (mention start, end, kind, score, reason), best first."""

    draft: Draft
    candidates: tuple[tuple[int, int, str, float, str], ...]
    confidence: float


def _weight(reason: str, mention: Mention | None, cue_class: str) -> float:
    w = PATTERN_WEIGHTS.get(reason, 0.3) * CUE_CLASS_WEIGHTS.get(cue_class, 1.0)
    if mention is not None and mention.kind == "pronoun":
        w *= PRONOUN_WEIGHT
    return round(w, 4)


def score(drafts: Sequence[Draft], intros: Sequence[Intro]) -> list[Scored]:
    """Rank candidates of every draft, in document order.

    >>> score([], [])
    []
    """
    intro_by_paragraph = {i.paragraph: i for i in intros}
    out: list[Scored] = []
    last_speaker: tuple[int, int, str] | None = None  # (start, end, kind) of the last attributed quote
    last_paragraph = -10
    turns: list[tuple[int, int, str] | None] = []  # speakers of consecutive quote-only paragraphs
    prev_para_of_turn = -10
    for d in drafts:
        cands: list[tuple[int, int, str, float, str]] = []
        if d.mention is not None:
            m = d.mention
            cands.append((m.start, m.end, m.kind, _weight(d.pattern, m, d.cue_class), d.pattern))
        else:
            intro = intro_by_paragraph.get(d.paragraph - 1)
            first_in_paragraph = not out or out[-1].draft.paragraph != d.paragraph
            if intro is not None and intro.mention is not None and first_in_paragraph:
                m = intro.mention
                cands.append((m.start, m.end, m.kind, _weight("colon-intro", m, ""), "colon-intro"))
            if last_speaker is not None:
                if last_paragraph == d.paragraph:
                    reason = "previous-in-paragraph"
                elif d.paragraph - last_paragraph <= 2 and first_in_paragraph:
                    reason = "previous-paragraph"
                else:
                    reason = ""
                if reason:
                    s, e, k = last_speaker
                    cands.append((s, e, k, _weight(reason, None, ""), reason))
            if len(turns) >= 2 and turns[-2] is not None and prev_para_of_turn == d.paragraph - 1:
                s, e, k = turns[-2]
                if not any(c[0] == s for c in cands):
                    cands.append((s, e, k, _weight("alternation", None, ""), "alternation"))
        cands.sort(key=lambda c: -c[3])
        if cands:
            best = cands[0][3]
            rival = cands[1][3] if len(cands) > 1 else 0.0
            conf = round(best * best / (best + rival), 4)
            last_speaker = (cands[0][0], cands[0][1], cands[0][2])
            last_paragraph = d.paragraph
        else:
            conf = NO_SPEAKER_CONFIDENCE
        if d.kind == "direct" and prev_para_of_turn != d.paragraph:
            if prev_para_of_turn != d.paragraph - 1:
                turns = []
            turns.append(last_speaker if cands else None)
            prev_para_of_turn = d.paragraph
        out.append(Scored(d, tuple(cands), conf))
    return out
