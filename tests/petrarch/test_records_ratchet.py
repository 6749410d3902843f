"""PETRARCH-2's validation records as a peer test: a floor that may not fall (a ratchet), not 100% assertions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyads.cli import main

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text())


@pytest.fixture(scope="module")
def petrarch(shared_data, tmp_path_factory):
    folder = shared_data / "petrarch2"
    if not (folder / "text" / "PETR.UnitTest.records.xml").exists():
        pytest.skip("PETRARCH records not available in shared data")
    mp = pytest.MonkeyPatch()
    mp.setenv("DYADS_CACHE", str(tmp_path_factory.mktemp("cache")))
    yield folder
    mp.undo()


def _dictionaries(folder: Path) -> tuple[tuple[str, str], ...]:
    return tuple((kind, str(folder / "dictionaries" / f"PETR.Validate.{kind}.txt")) for kind in ("actors", "agents", "verbs", "discards"))


def test_records_exact_share_does_not_fall(petrarch):
    from dyads.petrarch.records import run_records

    result = run_records(petrarch / "text" / "PETR.UnitTest.records.xml", _dictionaries(petrarch))
    assert result.left_out == 7
    assert result.share >= BASELINE["petrarch_records_exact"], f"{result.exact}/{result.total}"


def test_cli_codes_fictional_states_with_imported_dictionaries_only(petrarch, tmp_path):
    words = dict(_dictionaries(petrarch))
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, [
        "code", "Gondor urged Arnor on Monday to help win peace.", "--text", "--date", "1995-01-18",
        "--actors", words["actors"], "--verbs", words["verbs"], "--no-builtin", "-o", str(out), "-q",
    ])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(e["source"][0]["code"], e["target"][0]["code"], e["cameo"], e["event"]) for e in events] == [("GON", "ARN", "102", "REQUEST")]
    assert events[0]["why"].startswith("PETR.Validate.verbs.txt:")


def test_cli_eval_prints_the_records_figure(petrarch):
    words = dict(_dictionaries(petrarch))
    args = ["eval", "--petrarch-records", str(petrarch / "text" / "PETR.UnitTest.records.xml"), "--no-builtin"]
    for kind, path in words.items():
        args += [f"--{kind}", path]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("petrarch-records exact=0.")
    assert "left out (records expecting a coder error): 7" in result.output
