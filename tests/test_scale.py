"""The Dask recipe of docs/scale.md, run as written on a two-process LocalCluster, writes
the same JSON lines as the command in one process (#16)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from newsparse.cli import run

DOCS = Path(__file__).resolve().parents[1] / "docs" / "scale.md"


def _recipe() -> str:
    text = DOCS.read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    (recipe,) = [b for b in blocks if "def parse_corpus" in b]
    return recipe


def _corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for f in range(3):
        path = folder / f"part-{f}.jsonl"
        lines = [
            json.dumps(
                {
                    "id": f"{f}-{i}",
                    "text": f"Strike Day {i}\n\nLISBON, May {i + 1} (Reuters) - "
                    f'"We stay out {i} days," union leader Ana Ruiz said. '
                    "Talks will resume, officials said.",
                }
            )
            for i in range(7)
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_the_dask_recipe_writes_what_the_command_writes(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    inputs = _corpus(tmp_path / "corpus")

    out = io.StringIO()
    assert run([*map(str, inputs), "--workers", "1"], stdout=out, stderr=io.StringIO()) == 0
    expected = out.getvalue().splitlines()

    namespace: dict[str, object] = {}
    exec(compile(_recipe(), str(DOCS), "exec"), namespace)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        with distributed.Client(cluster):
            namespace["parse_corpus"](  # type: ignore[operator]
                [str(p) for p in inputs], str(tmp_path / "parsed" / "*.jsonl")
            )
    finally:
        cluster.close()
    parts = sorted((tmp_path / "parsed").glob("*.jsonl"), key=lambda p: int(p.stem))
    texts = [part.read_text(encoding="utf-8") for part in parts]
    got = [line for text in texts for line in text.splitlines()]
    assert len(parts) == 3
    assert got == expected
    # each file ends its last line, as the command does, so the files can be joined
    assert all(text.endswith("\n") for text in texts)
