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
    "quote-speaker-cue": 0.95,  # n=1685
    "governing-cue-partial": 0.88,  # n=1198
    "continuation": 0.88,  # n=1105
    "speaker-cue-quote": 0.94,  # n=516
    "quote-cue-speaker": 0.95,  # n=515
    "sentence-subject-partial": 0.71,  # n=403
    "participle-quote": 0.75,  # n=134
    "subject-colon-quote": 0.66,  # n=79
    "governing-participle-partial": 0.94,  # n=76
    "quote-speaker-cue-later": 0.95,  # n=48
    "quote-speaker-verb": 0.50,  # n=34
    "colon-block": 0.70,  # n=30
    "previous-sentence-subject": 0.62,  # n=24
    "speaker-colon-quote": 0.95,  # n=23
    "speaker-colon-partial": 0.95,  # n=22
    "de-subject-verb": 0.83,  # n=219
    "de-verb-subject": 0.75,  # n=90
    "de-quote-cue-speaker": 0.86,  # n=85
    "de-reported-speech": 0.53,  # n=39
    "de-source-phrase": 0.83,  # n=23
    "de-quote-so-speaker": 0.88,  # n=17
}
