"""attribute's token patterns take a word's letters and joiners in runs: the
same pieces as the pattern that takes one character a step, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.attribution.tokens import _GAP_TOKEN, _PIECE
from newsparse.strategies import messy_text, wire_text

#: The patterns as they were before the runs: one character a step (greedy, which on
#: these patterns takes what possessive takes; Python 3.10's ``re`` has no possessive).
#: A combining accent, or the second byte of a UTF-8 letter read as Latin-1 after
#: Ã or Â (never « or »), one character a step.
_IN_WORD = (
    "[\u0300-\u036f]|[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf](?<=[ÃÂ\u0302\u0303].)"
)
_PIECE_BY_CHAR = re.compile(
    r"[^\S\x1c-\x1f]*"
    r"(?:[^\W_](?:[^\W_]|['’/&-](?!')|\.(?=[^\W\d_])|" + _IN_WORD + r")*"
    r"|''|``|[^\w\s]|[_\x1c-\x1f]|\Z)"
)
_GAP_TOKEN_BY_CHAR = re.compile(
    r"([^\S\x1c-\x1f]*)"
    r"([^\W_](?:[^\W_]|['’/&-](?!')|\.(?=[^\W\d_])|" + _IN_WORD + r")*"
    r"|''|``|[^\w\s]|[_\x1c-\x1f]|\Z)"
)

_WORDY = st.text(
    alphabet=st.sampled_from("aZ9_é.'’/&-` \n\x1cß..ÃÂ\u0303\u0302\u0308\x83§«»"), max_size=60
)


@given(st.one_of(wire_text(), messy_text(), st.text(max_size=200), _WORDY))
def test_pieces_equal_one_character_a_step(text: str) -> None:
    assert _PIECE.findall(text) == _PIECE_BY_CHAR.findall(text)
    assert _GAP_TOKEN.findall(text) == _GAP_TOKEN_BY_CHAR.findall(text)


def test_two_apostrophes_are_one_token_never_part_of_a_word() -> None:
    text = "''Fine,'' said the farmers' friend of ''rabbit patches'' and ``dens''."
    pieces = [p.strip() for p in _PIECE.findall(text)]
    assert pieces[:5] == ["''", "Fine", ",", "''", "said"]
    assert "farmers'" in pieces and "patches" in pieces and "``" in pieces
    assert pieces.count("''") == 5


def test_pieces_on_examples() -> None:
    text = "Gov. O’Neill-Smith said A.B.C. co-op/lab & 3.5.x end."
    assert _PIECE.findall(text) == _PIECE_BY_CHAR.findall(text)
    assert "".join(_PIECE.findall(text)) == text


def test_decomposed_accents_and_mojibake_stay_inside_their_word() -> None:
    """A name with a combining accent ("Mu\u0308ller") or a letter UTF-8 read as
    Latin-1 ("FranÃ§ois") is one token, so the name is one speaker; « and »
    after such a letter still stand alone."""
    from newsparse import attribute
    from newsparse.attribution.tokens import _tokens

    text = "FranÃ§ois and FranÃÂ§ois met Mu\u0308ller at «Ã»."
    got = [text[t.start : t.end] for t in _tokens(text, 0, len(text))]
    assert got[:5] == ["FranÃ§ois", "and", "FranÃÂ§ois", "met", "Mu\u0308ller"]
    nbsp = "Ann LeeÂ\u00a0said it."
    assert [nbsp[t.start : t.end] for t in _tokens(nbsp, 0, len(nbsp))][:3] == [
        "Ann",
        "LeeÂ",
        "said",
    ]
    assert got[-4:] == ["«", "Ã", "»", "."]
    for name in ("FranA\u0303§ois Roe", "Ann Mu\u0308ller"):
        said = f'"We won," {name} said.'
        q = attribute(said)[0]
        assert q.speaker is not None and q.speaker.span.of(said) == name


def test_a_glued_sentence_end_splits_but_abbreviations_and_addresses_stay() -> None:
    """'said.Trump' (copy with the space lost after a period) is three tokens, so
    the cue is found; "U.S.", "Ph.D." and "heise.de" stay one token each."""
    from newsparse.attribution.tokens import _tokens

    text = "Lee said.Trump left the U.S. and heise.de, a Ph.D. site, wrote.Die Lage"
    lows = [t.low for t in _tokens(text, 0, len(text))]
    assert lows[:4] == ["lee", "said", ".", "trump"]
    assert {"u.s.", "heise.de", "ph.d."} <= set(lows)
    assert lows[-4:] == ["wrote", ".", "die", "lage"]
    said = next(t for t in _tokens(text, 0, len(text)) if t.low == "said")
    assert said.cue is not None
