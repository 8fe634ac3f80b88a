"""A corpus at a glance: one HTML page from the articles newsparse wrote.

:func:`render_report` takes article dicts (the JSON lines of the command, or
:func:`newsparse.corpus.parse_records`) and draws one self-contained page: documents and
quotes counted by kind, the most quoted names as a table and a bar chart, quotes per
document, the rules that fired and how often, and the documents with diagnostics, each
linked to its article view when ``views`` names one.  The charts are matplotlib's SVG,
inlined.  Needs jinja2 and matplotlib (``pip install "newsparse[view]"``).

>>> from newsparse.corpus import parse_records
>>> records = [{"id": "a1", "text": 'Talks\\n\\n"We are ready," Ana Ruiz said.'}]
>>> page = render_report(parse_records(records))
>>> "Ana Ruiz" in page and "<svg" in page
True
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["render_report"]

_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>
body{font:15px/1.5 sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 8px;
text-align:left}td.n{text-align:right}figure{margin:1em 0}
</style></head><body>
<h1>{{ title }}</h1>
<p>{{ documents }} documents ({{ failed }} could not be read), {{ total }} quotes.</p>
<h2>Quotes by kind</h2>
<table><tr><th>kind</th><th>quotes</th></tr>{% for kind, n in kinds %}
<tr><td>{{ kind }}</td><td class="n">{{ n }}</td></tr>{% endfor %}</table>
<h2>Most quoted</h2>
<table><tr><th>name</th><th>quotes</th></tr>{% for name, n in names %}
<tr><td>{{ name }}</td><td class="n">{{ n }}</td></tr>{% endfor %}</table>
<figure aria-label="Most quoted names, as bars">{{ names_chart }}</figure>
<h2>Quotes per document</h2>
<figure aria-label="How many documents have how many quotes">{{ per_doc_chart }}</figure>
<h2>Rules that fired</h2>
<table><tr><th>rule</th><th>quotes</th></tr>{% for rule, n in rules %}
<tr><td>{{ rule }}</td><td class="n">{{ n }}</td></tr>{% endfor %}</table>
<h2>Documents with diagnostics</h2>
<ul>{% for doc, codes, link in diagnosed %}
<li>{% if link %}<a href="{{ link }}">{{ doc }}</a>{% else %}{{ doc }}{% endif %}:
 {{ codes }}</li>{% endfor %}</ul>
<h2>Documents</h2>
<ul>{% for doc, n, link in docs %}
<li>{% if link %}<a href="{{ link }}">{{ doc }}</a>{% else %}{{ doc }}{% endif %}:
 {{ n }} quotes</li>{% endfor %}</ul>
</body></html>
"""


def _svg(figure: Any) -> str:
    out = io.StringIO()
    figure.savefig(out, format="svg", bbox_inches="tight")
    text = out.getvalue()
    return text[text.index("<svg") :]


def _charts(names: list[tuple[str, int]], per_doc: list[int]) -> tuple[str, str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure
    except ImportError as missing:  # pragma: no cover - depends on the environment
        raise ImportError(
            'newsparse.report needs matplotlib: pip install "newsparse[view]"'
        ) from missing
    figure = Figure(figsize=(6, 0.35 * max(3, len(names)) + 0.6))
    axes = figure.subplots()
    labels = [name for name, _ in names][::-1]
    axes.barh(range(len(labels)), [n for _, n in names][::-1], color="#0072b2")
    axes.set_yticks(range(len(labels)), labels)
    axes.set_xlabel("quotes")
    names_svg = _svg(figure)
    figure = Figure(figsize=(6, 2.6))
    axes = figure.subplots()
    axes.hist(per_doc or [0], bins=min(20, max(per_doc or [0]) + 1), color="#009e73")
    axes.set_xlabel("quotes in a document")
    axes.set_ylabel("documents")
    return names_svg, _svg(figure)


def render_report(
    articles: Iterable[Mapping[str, Any]],
    *,
    views: Mapping[Any, str] | None = None,
    title: str = "newsparse corpus report",
    top: int = 15,
) -> str:
    """The report page for ``articles`` (see the module); ``views`` maps a document id
    to the address of its article view."""
    try:
        import jinja2
        from markupsafe import Markup
    except ImportError as missing:  # pragma: no cover - depends on the environment
        raise ImportError(
            'newsparse.report needs jinja2: pip install "newsparse[view]"'
        ) from missing
    kinds: Counter[str] = Counter()
    names: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    per_doc: list[int] = []
    diagnosed: list[tuple[Any, str, str | None]] = []
    docs: list[tuple[Any, int, str | None]] = []
    documents = failed = 0
    links = views or {}
    for article in articles:
        documents += 1
        if "error" in article:
            failed += 1
            continue
        quotes = article.get("quotes") or []
        per_doc.append(len(quotes))
        codes: Counter[str] = Counter()
        for q in quotes:
            kinds[q.get("kind", "?")] += 1
            rules[q.get("attribution_rule") or q.get("rule") or "-"] += 1
            speaker = q.get("speaker")
            if speaker and q.get("kind") != "other":
                names[speaker.get("name") or speaker.get("text") or "?"] += 1
            codes.update(d["code"] for d in q.get("diagnostics") or ())
        doc_id = article.get("id")
        link = links.get(doc_id)
        docs.append((doc_id, len(quotes), link))
        if codes:
            diagnosed.append((doc_id, ", ".join(f"{c} ×{n}" for c, n in codes.items()), link))
    top_names = names.most_common(top)
    names_svg, per_doc_svg = _charts(top_names, per_doc)
    template = jinja2.Environment(autoescape=True).from_string(_TEMPLATE)
    page: str = template.render(
        title=title,
        documents=documents,
        failed=failed,
        total=sum(kinds.values()),
        kinds=sorted(kinds.items()),
        names=top_names,
        names_chart=Markup(names_svg),
        per_doc_chart=Markup(per_doc_svg),
        rules=rules.most_common(),
        diagnosed=diagnosed,
        docs=docs,
    )
    return page
