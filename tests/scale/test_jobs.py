"""`dyads code -j 2` gives exactly what `-j 1` gives: every event record, document record and relation, in the same order."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from dyads import coder
from dyads.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "dyads" / "samples" / "articles"


def _inputs(tmp_path: Path) -> Path:
    """The bundled samples, with documents that are skipped in between (an empty file, a line that is not JSON)."""
    folder = tmp_path / "articles"
    shutil.copytree(SAMPLES, folder)
    (folder / "2019-12-06-empty.txt").write_text("", encoding="utf-8")
    (folder / "2019-12-11-lines.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Iran threatened to attack Israel.", "date": "2019-12-04"}) + "\n{not json\n"
        + json.dumps({"id": "x3", "text": "Russia accused Ukraine of violating the ceasefire.", "date": "2019-12-04"}) + "\n",
        encoding="utf-8")
    return folder


def _run(folder: Path, out: Path, *options: str) -> tuple[str, str, str]:
    events, docs, relations = out / "events.jsonl", out / "docs.jsonl", out / "relations.jsonl"
    out.mkdir()
    result = CliRunner().invoke(main, ["code", str(folder), "-o", str(events), "--docs", str(docs), "--relations", str(relations),
                                       "-q", *options])
    assert result.exit_code == 3, result.output  # two documents skipped
    return events.read_text(encoding="utf-8"), docs.read_text(encoding="utf-8"), relations.read_text(encoding="utf-8")


def test_two_worker_processes_give_exactly_the_records_of_one(nlp, tmp_path, monkeypatch):
    folder = _inputs(tmp_path)
    workers: list[int] = []

    class CountingPool(coder.ProcessPoolExecutor):  # -j 2 must really code in two worker processes
        def __init__(self, *args, **kwargs):
            workers.append(kwargs["max_workers"])
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(coder, "ProcessPoolExecutor", CountingPool)
    one = _run(folder, tmp_path / "one")
    # tasks of 2 documents: several of them, coded by both workers and put back in input order
    two = _run(folder, tmp_path / "two", "-j", "2", "--batch-size", "2")
    assert workers == [2]
    events, docs, relations = one
    assert len(events.splitlines()) > 20 and relations.strip() and '"skipped"' in docs
    # the full records, byte for byte: ids, actors, dates, sentences, confidence; metadata and bodies; relations
    assert two == one
