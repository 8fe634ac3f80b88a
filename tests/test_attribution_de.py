"""German speech verbs: the cue of a German quote, before or after it (#18, in part).

Sentences written for the test; the verbs are data in ``lexicon/cues.py``. English
output does not change: no English text holds these forms.
"""

from __future__ import annotations

import pytest

from newsparse import parse


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("„Wir sind bereit“, sagte die Ministerin.", "die Ministerin", "sagte"),
        ("„Das ist falsch“, erklärte Karl Huber.", "Karl Huber", "erklärte"),
        ("„Das bleibt so“, betonte Anna Berg.", "Anna Berg", "betonte"),
        ("Karl Huber sagte: „Wir bleiben hart.“", "Karl Huber", "sagte"),
        ("»Wir warten ab«, schrieb die Zeitung.", "die Zeitung", "schrieb"),
    ],
)
def test_a_german_quote_gets_its_cue_and_speaker(sentence: str, speaker: str, cue: str) -> None:
    text = "Streik\n\n" + sentence
    (q,) = parse(text).quotes
    assert q.cue is not None and q.cue.span.of(text) == cue
    assert q.speaker is not None and q.speaker.span.of(text).startswith(speaker)
