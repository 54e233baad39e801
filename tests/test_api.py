from __future__ import annotations

import json

import pytest

from quotattr import Lexicon, extract_quotes


def test_empty_and_blank() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("   \n\n ") == []


def test_bytes_raise_type_error_saying_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        extract_quotes(b"He said yes.")  # type: ignore[arg-type]


def test_other_types_raise_type_error_naming_type() -> None:
    with pytest.raises(TypeError, match="int"):
        extract_quotes(42)  # type: ignore[arg-type]


def test_to_dict_schema() -> None:
    (q,) = extract_quotes('"We will win," she said, "and soon."')
    d = q.to_dict()
    assert {"start", "end", "text", "kind", "fragments", "speaker", "cue", "confidence"} <= set(d)
    assert d["fragments"] == [{"start": 1, "end": 13, "text": "We will win,"},
                              {"start": 26, "end": 35, "text": "and soon."}]
    assert d["speaker"] == {"start": 15, "end": 18, "text": "she", "name": "she"}
    assert d["cue"] == {"start": 19, "end": 23, "text": "said"}
    json.dumps(d)


def test_quotes_sorted_by_position() -> None:
    text = "Ann said the port was shut. Bob said the road was open. Cy said the rail was fine."
    starts = [q.start for q in extract_quotes(text)]
    assert starts == sorted(starts) and len(starts) == 3


def test_added_verb_changes_result() -> None:
    text = "The mayor harrumphed that the bridge would never be finished."
    assert extract_quotes(text) == []
    lex = Lexicon.default().extend(verbs={"harrumph": "speech"})
    (q,) = extract_quotes(text, lexicon=lex)
    assert q.cue is not None and q.cue.text == "harrumphed"


def test_added_alias_changes_name() -> None:
    text = "The president said the bridge would reopen."
    assert extract_quotes(text)[0].speaker.name == "president"  # type: ignore[union-attr]
    lex = Lexicon.default().extend(speakers={"Joan Ortiz": ["the president", "president"]})
    assert extract_quotes(text, lexicon=lex)[0].speaker.name == "Joan Ortiz"  # type: ignore[union-attr]


def test_bad_verb_class_is_refused() -> None:
    with pytest.raises(ValueError, match="verb class"):
        Lexicon.default().extend(verbs={"x": "nonsense"})
