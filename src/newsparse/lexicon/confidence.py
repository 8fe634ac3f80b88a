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

#: Rule name -> speaker accuracy on the training gold (2026-12-04).
RULE_CONFIDENCE: dict[str, float] = {
    "quote-speaker-cue": 0.95,  # n=1689
    "governing-cue-partial": 0.90,  # n=1211
    "continuation": 0.90,  # n=1092
    "speaker-cue-quote": 0.94,  # n=527
    "quote-cue-speaker": 0.95,  # n=507
    "sentence-subject-partial": 0.76,  # n=392
    "participle-quote": 0.82,  # n=121
    "subject-colon-quote": 0.66,  # n=80
    "governing-participle-partial": 0.95,  # n=75
    "quote-speaker-cue-later": 0.95,  # n=51
    "quote-speaker-verb": 0.48,  # n=35
    "colon-block": 0.70,  # n=30
    "previous-sentence-subject": 0.68,  # n=25
    "speaker-colon-quote": 0.95,  # n=23
    "speaker-colon-partial": 0.95,  # n=22
    "de-subject-verb": 0.83,  # n=216
    "de-verb-subject": 0.78,  # n=94
    "de-quote-cue-speaker": 0.88,  # n=83
    "de-reported-speech": 0.58,  # n=37
    "de-source-phrase": 0.81,  # n=26
    "de-quote-so-speaker": 0.88,  # n=17
}
