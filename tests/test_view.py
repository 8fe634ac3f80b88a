"""The HTML view and the corpus report, checked as HTML and in a real browser (#17).

The browser tests open the pages in headless Chromium (``chromium`` on PATH; CI installs
Debian's package) and read the DOM it built with ``--dump-dom``; they are skipped only
where no Chromium is installed.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
from collections import defaultdict
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

pytest.importorskip("jinja2")
pytest.importorskip("matplotlib")

from newsparse import parse
from newsparse.cli import run
from newsparse.report import render_report
from newsparse.view import render_article

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH")
SHARED = Path(os.environ.get("NEWSPARSE_SHARED") or Path(__file__).resolve().parents[2] / "shared")
SEED = SHARED / "examples" / "putin-fox-interview.txt"

HOSTILE = (
    "Mayor <script>document.body.setAttribute('data-pwned','1')</script> Quits</span>\n\n"
    "CITY, May 3 (AP) \u2014 \"<img src=x onerror=\"document.body.setAttribute('data-pwned',"
    '\'2\')"> We are done</span>," Ana Ruiz said. "<script>alert(1)</script>" she added.\n'
)


def _sample() -> str:
    return resources.files("newsparse.samples").joinpath("harbour-strike.txt").read_text("utf-8")


class _Dom(HTMLParser):
    """The marks of a page: each quote's text by its number, and each speaker's colours."""

    def __init__(self) -> None:
        super().__init__()
        self.quote_text: dict[str, str] = defaultdict(str)
        self.colours: dict[str, set[str]] = defaultdict(set)
        self.stack: list[str | None] = []
        self.tags: list[str] = []
        self.body_attrs: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "body":
            self.body_attrs = values
        quote = values.get("data-quote") if tag == "mark" else None
        if quote is not None:
            self.colours[values.get("data-speaker") or ""].add(values.get("style") or "")
        self.stack.append(quote)

    def handle_endtag(self, tag: str) -> None:
        if self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for quote in self.stack:
            if quote is not None:
                self.quote_text[quote] += data
                break


def _browser_dom(page: Path, screenshot: Path | None = None) -> str:
    assert CHROMIUM is not None
    base = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={page.parent / 'chromium-profile'}",
    ]
    done = subprocess.run(
        [*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    if screenshot is not None:
        subprocess.run(
            [*base, f"--screenshot={screenshot}", "--window-size=1000,1600", page.as_uri()],
            capture_output=True,
            timeout=120,
            check=True,
        )
    return done.stdout


def _check_marks(dom: _Dom, text: str) -> None:
    article = parse(text)
    expected = {
        str(k): "".join(p.of(text) for p in (q.pieces or (q.span,)))
        for k, q in enumerate(article.quotes)
    }
    assert len(dom.quote_text) == len(article.quotes)
    assert dict(dom.quote_text) == expected
    for speaker, styles in dom.colours.items():
        if speaker != "(no speaker)":
            assert len(styles) <= 2, speaker  # the speaker's colour, grey for "other"


# --------------------------------------------------------------------------- as HTML


def test_every_quote_is_highlighted_with_its_words() -> None:
    text = _sample()
    dom = _Dom()
    dom.feed(render_article(text))
    _check_marks(dom, text)


def test_a_hostile_article_renders_as_text() -> None:
    page = render_article(HOSTILE)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;/span&gt;" in page
    dom = _Dom()
    dom.feed(page)
    assert "script" not in dom.tags and "img" not in dom.tags


def test_the_same_name_has_one_colour_and_the_legend_counts_quotes() -> None:
    text = 'Talks\n\n"Yes," Ana Ruiz said. "No," said Bo Li.\n\n"Maybe," Ana Ruiz added.'
    page = render_article(text)
    dom = _Dom()
    dom.feed(page)
    assert len(dom.colours["Ana Ruiz"]) == 1 and dom.colours["Ana Ruiz"] != dom.colours["Bo Li"]
    assert "Ana Ruiz:\n 2 quotes" in page


def test_the_report_counts_names_kinds_and_links_views(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    docs = [
        {"id": f"d{i}", "text": f'Talks {i}\n\n"We act now," Ana Ruiz said. Bo Li said no {i}.'}
        for i in range(3)
    ]
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "report"
    assert run(["report", str(corpus), "-o", str(out)], stderr=io.StringIO()) == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<svg" in index and "Ana Ruiz" in index
    assert index.count('href="docs/') == 3
    assert len(list((out / "docs").glob("*.html"))) == 3
    page = render_report([{"id": "x", "error": {"code": "no-text", "message": "m"}}])
    assert "1 documents (1 could not be read)" in page


# --------------------------------------------------------------------------- in a browser


@needs_browser
def test_the_browser_builds_one_highlight_per_quote(tmp_path: Path) -> None:
    text = _sample()
    page = tmp_path / "sample.html"
    page.write_text(render_article(text), encoding="utf-8")
    shot = tmp_path / "sample.png"
    dom = _Dom()
    dom.feed(_browser_dom(page, shot))
    _check_marks(dom, text)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@needs_browser
def test_a_hostile_article_runs_no_script_in_the_browser(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render_article(HOSTILE), encoding="utf-8")
    dom = _Dom()
    dom.feed(_browser_dom(page, tmp_path / "hostile.png"))
    assert "data-pwned" not in dom.body_attrs
    assert "script" not in dom.tags and "img" not in dom.tags
    _check_marks(dom, HOSTILE)


@needs_browser
@pytest.mark.skipif(not SEED.exists(), reason="reference article (../shared/examples) not present")
def test_the_seed_view_highlights_all_27_gold_quotes_putin_in_one_colour(tmp_path: Path) -> None:
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))["quotes"]
    page = tmp_path / "seed.html"
    assert run(["view", str(SEED), "-o", str(page)]) == 0
    dom = _Dom()
    dom.feed(_browser_dom(page, tmp_path / "seed.png"))
    highlighted = " ".join(dom.quote_text.values())
    assert len(gold) == 27
    for g in gold:
        # a mixed quote (reported speech holding quoted words) is highlighted where
        # its words are quoted
        quoted = re.findall(r'[“"]([^”"]+)(?:[”"]|$)', g["text"]) or [g["text"]]
        for words in quoted:
            assert words.rstrip(",.") in highlighted, g["text"]
    assert len(dom.colours["Vladimir Putin"]) == 1


def test_the_page_says_the_articles_language() -> None:
    german = "Streik\n\nBERLIN (dpa) - „Wir bleiben hart“, sagte die Ministerin."
    assert '<html lang="de">' in render_article(german)
    assert '<html lang="en">' in render_article('Strike\n\n"We stay," she said.')
