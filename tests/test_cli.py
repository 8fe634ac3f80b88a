"""The newsparse command: files and JSONL in, one JSON object per document out."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from newsparse.cli import run

ARTICLE = "Storm Closes Ports\n\nGENOA, Italy (AP) — Ports shut on Monday.\n"


def _run(argv, stdin=b""):
    out, err = io.StringIO(), io.StringIO()
    status = run(argv, stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    return status, records, err.getvalue()


def test_article_file_id_is_its_path(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    status, records, err = _run([str(path)])
    assert status == 0 and err == ""
    assert records[0]["id"] == str(path)
    assert records[0]["headline"]["text"] == "Storm Closes Ports"


def test_jsonl_file_streams_one_record_per_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": ARTICLE, "extra": i}) for i in range(3)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, records, _ = _run([str(path)])
    assert status == 0
    assert [r["id"] for r in records] == ["d0", "d1", "d2"]


def test_stdin_jsonl_flag():
    data = (json.dumps({"id": 7, "text": ARTICLE}) + "\n").encode()
    status, records, _ = _run(["--jsonl"], stdin=data)
    assert status == 0 and records[0]["id"] == 7  # echoed as given


def test_a_line_without_id_is_named_by_its_place():
    data = (json.dumps({"text": ARTICLE}) + "\n").encode()
    _, records, _ = _run(["--jsonl"], stdin=data)
    assert records[0]["id"] == "<stdin>:1"


@pytest.mark.parametrize("choice, count", [("auto", 1), ("always", 1), ("never", 0)])
def test_doubled_marks_option_reads_two_apostrophes_as_a_mark(choice, count):
    text = "Jobs Report\n\n''We will see,'' the economist said on Friday.\n"
    data = (json.dumps({"id": 1, "text": text}) + "\n").encode()
    status, records, _ = _run(["--jsonl", "--doubled-marks", choice], stdin=data)
    assert status == 0
    found = [q["text"] for q in records[0]["quotes"] if q["kind"] != "indirect"]
    assert found == ["We will see,"] * count


@pytest.mark.parametrize("choice, count", [("auto", 0), ("always", 1), ("never", 0)])
def test_doubled_marks_auto_leaves_a_lone_pair_of_apostrophes(choice, count):
    text = "Jobs Report\n\nHe is 6' 2'' tall and ''Slim Jim to friends, the economist said.\n"
    data = (json.dumps({"id": 1, "text": text}) + "\n").encode()
    status, records, _ = _run(["--jsonl", "--doubled-marks", choice], stdin=data)
    assert status == 0
    found = [q for q in records[0]["quotes"] if q["kind"] != "indirect"]
    assert len(found) == count


@pytest.mark.parametrize(
    "argv",
    [
        ["--demo", "story.txt"],
        ["--demo", "--jsonl"],
        ["--indent", "-3"],
        ["--doubled-marks", "x"],
        ["--encoding", "no-such-codec", "story.txt"],
        ["--encoding", "base64", "story.txt"],  # a codec, but no text encoding
        ["view", "story.txt", "--encoding", "no-such-codec"],
    ],
)
def test_contradictory_or_invalid_options_are_usage_errors(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        run(argv)
    assert stop.value.code == 2
    assert "error:" in capsys.readouterr().err


@pytest.mark.parametrize("empty", ["empty.jsonl", "folder"])
def test_view_of_an_input_with_no_document_says_so(tmp_path, empty):
    """``newsparse view`` on an empty JSONL file or a folder with no .txt: a message
    and status 1, no traceback."""
    pytest.importorskip("jinja2")  # the view extra: without it the command says so first
    path = tmp_path / empty
    if empty == "folder":
        path.mkdir()
    else:
        path.write_text("", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = run(["view", str(path), "-o", str(tmp_path / "page.html")], stdout=out, stderr=err)
    assert status == 1
    said = "no .txt file in the folder" if empty == "folder" else "no document in"
    assert err.getvalue().strip().startswith("newsparse: ")
    assert said in err.getvalue() and str(path) in err.getvalue()


def test_view_without_the_view_extra_says_what_to_install(tmp_path, monkeypatch):
    """Without jinja2 (the ``view`` extra) the commands say what to install."""
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "jinja2" else real(name, *a)
    )
    story = tmp_path / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = run(["view", str(story)], stdout=out, stderr=err)
    assert status == 1
    assert "pip install 'newsparse[view]'" in err.getvalue()


def test_a_closed_pipe_ends_the_run_quietly(tmp_path):
    path = tmp_path / "many.jsonl"
    line = json.dumps({"id": "d", "text": ARTICLE * 20}) + "\n"
    path.write_text(line * 3000, encoding="utf-8")
    script = (
        f"{sys.executable} -m newsparse {path} | {sys.executable} -c "
        "'import sys; sys.stdin.readline()'"
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False)
    assert "Traceback" not in done.stderr, done.stderr


def test_bad_lines_are_reported_by_line_and_the_run_goes_on(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "ok1", "text": "A\\n\\nB."}\n'
        b"{not json\n"
        b'{"id": "no-text"}\n'
        b'{"id": "bad-utf8", "text": "\xff"}\n'
        b'["a list"]\n'
        b'{"id": "ok2", "text": "C"}\n'
    )
    status, records, err = _run([str(path)])
    assert status == 1
    assert [r["id"] for r in records] == ["ok1", "ok2"]
    assert f"{path}:2: invalid JSON" in err
    assert f"{path}:3 (id 'no-text')" in err and 'no "text"' in err
    assert f"{path}:4: invalid UTF-8" in err
    assert f"{path}:5: expected a JSON object" in err


def test_unreadable_and_undecodable_files_fail_but_others_are_parsed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\u00e9 News".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    status, records, err = _run([str(missing), str(latin), str(good)])
    assert status == 1
    assert [r["id"] for r in records] == [str(good)]
    assert f"{missing}: cannot read" in err
    assert f"{latin}: invalid UTF-8 at byte 3" in err


def test_demo_parses_the_bundled_sample():
    status, records, _ = _run(["--demo"])
    assert status == 0
    assert records[0]["headline"]["text"].startswith("Port Workers Vow")


def test_python_dash_m_entry_point():
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "--demo"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"].endswith("harbour-strike.txt")


def test_view_of_several_documents_says_it_shows_the_first(tmp_path):
    """``newsparse view`` renders one article; with more in the input it says so."""
    pytest.importorskip("jinja2")  # the view extra
    path = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": ARTICLE}) for i in range(3)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = run(["view", str(path), "-o", str(tmp_path / "page.html")], stdout=out, stderr=err)
    assert status == 0
    assert "first document only" in err.getvalue()
    assert (tmp_path / "page.html").read_text(encoding="utf-8").count("Storm Closes Ports") >= 1


def test_a_pretty_printed_json_file_is_one_record(tmp_path):
    """A ``.json`` file holding one object over several lines is one document (before:
    each of its lines was read as a broken JSON line)."""
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"id": "s1", "text": ARTICLE}, indent=2), encoding="utf-8")
    status, records, err = _run([str(path)])
    assert status == 0 and err == ""
    assert [r["id"] for r in records] == ["s1"]


def test_a_folder_with_no_article_file_is_reported(tmp_path):
    """A folder given by mistake (no ``.txt`` under it) is said on stderr and makes the
    run fail, not pass in silence with nothing written."""
    folder = tmp_path / "empty"
    folder.mkdir()
    status, records, err = _run([str(folder)])
    assert status == 1 and records == []
    assert f"{folder}: no .txt file in the folder" in err
