"""How far each attribution rule's speaker can be trusted: ``Attribution.confidence``.

Each value is the share of the rule's speakers that the gold confirms (the predicted
mention overlaps the annotated source), measured by ``benchmarks/rules.py`` on
polnear-train (English rules) and german-train (``de-`` rules), for the rules with at
least 20 (German: 15) scored quotes, and capped at 0.95 (no rule is certain on text
it has not seen); a rule not listed keeps the confidence its code gives it.  Measure
again with ``python benchmarks/rules.py`` after changing a rule.

>>> RULE_CONFIDENCE["quote-speaker-cue"] > RULE_CONFIDENCE["continuation"]
True
"""

from __future__ import annotations

__all__ = ["RULE_CONFIDENCE"]

#: Rule name -> speaker accuracy on the training gold (2026-12-05).
RULE_CONFIDENCE: dict[str, float] = {
    "quote-speaker-cue": 0.95,  # n=1694
    "governing-cue-partial": 0.90,  # n=1240
    "continuation": 0.92,  # n=1070
    "speaker-cue-quote": 0.95,  # n=526
    "quote-cue-speaker": 0.95,  # n=509
    "sentence-subject-partial": 0.76,  # n=388
    "participle-quote": 0.81,  # n=123
    "governing-participle-partial": 0.95,  # n=82
    "subject-colon-quote": 0.84,  # n=69
    "quote-speaker-cue-later": 0.95,  # n=51
    "speaker-colon-quote": 0.94,  # n=36
    "colon-block": 0.79,  # n=29
    "previous-sentence-subject": 0.77,  # n=26
    "speaker-colon-partial": 0.95,  # n=22
    "de-subject-verb": 0.91,  # n=208
    "de-verb-subject": 0.82,  # n=101
    "de-quote-cue-speaker": 0.90,  # n=91
    "de-reported-speech": 0.71,  # n=37
    "de-source-phrase": 0.90,  # n=29
    "de-quote-so-speaker": 0.94,  # n=16
}
