"""Command-line habits on the database (issue 12): export --overwrite, filters and '-', --min-confidence,
`top`, `delete`, errors that name the option typed. On synthetic records: no spaCy run."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

import dyads
from dyads.cli import main

from .synthetic import make_coded, make_event


def _event(doc, index, kind, source, target, date, confidence):
    event = make_event(doc, index, kind, source, target, date, date)
    event.confidence = confidence
    return event


@pytest.fixture
def stored(db):
    docs = [
        make_coded("a", [_event("a", 0, "CONSULT", ["RUS"], ["AZE"], "2019-11-05", 0.9),
                         _event("a", 1, "THREATEN", ["RUS"], ["AZE"], "2019-11-20", 0.4)], "2019-11-20"),
        make_coded("b", [_event("b", 0, "CONSULT", ["RUS"], ["AZE"], "2019-11-05", 0.5)], "2019-11-05"),
        make_coded("c", [_event("c", 0, "ACCUSE", ["AZE"], ["RUS"], "2019-12-03", 0.7),
                         _event("c", 1, "AGREE", ["ARM"], ["RUS"], "2019-12-04", 0.3)], "2019-12-04"),
    ]
    with dyads.open(db) as store:
        store.add(docs)
    return db


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _json(*args):
    result = _run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ---------------------------------------------------------------- --min-confidence


def test_min_confidence_on_events_dyad_and_actor(stored):
    # a story's confidence is its most confident report's: the merged CONSULT has 0.9
    assert sorted(r["event"] for r in _json("events", "--db", stored, "--min-confidence", 0.6)) == ["ACCUSE", "CONSULT"]
    assert len(_json("events", "--db", stored)) == 4
    assert [r["events"] for r in _json("dyad", "RUS", "AZE", "--by", "none", "--db", stored)] == [2]
    assert [r["events"] for r in _json("dyad", "RUS", "AZE", "--by", "none", "--db", stored, "--min-confidence", 0.6)] == [1]
    counterparts = {r["counterpart"] for r in _json("actor", "RUS", "--db", stored, "--min-confidence", 0.6)}
    assert counterparts == {"AZE"}  # ARM's AGREE (0.3) is left out
    assert {r["counterpart"] for r in _json("actor", "RUS", "--db", stored)} == {"AZE", "ARM"}


def test_min_confidence_must_be_between_0_and_1(stored):
    result = _run("events", "--db", stored, "--min-confidence", 1.5)
    assert result.exit_code == 2 and "--min-confidence" in result.output


# ---------------------------------------------------------------- top


def test_top_actors_and_dyads(stored):
    actors = _json("top", "--db", stored)
    assert [(r["actor"], r["events"], r["as_source"], r["as_target"]) for r in actors] == [
        ("RUS", 4, 2, 2), ("AZE", 3, 1, 2), ("ARM", 1, 1, 0)]
    dyads_ = _json("top", "dyads", "--db", stored, "-n", 2)
    assert [(r["source"], r["target"], r["events"]) for r in dyads_] == [("RUS", "AZE", 2), ("ARM", "RUS", 1)]
    assert [r["actor"] for r in _json("top", "--db", stored, "--since", "2019-12-01")] == ["RUS", "ARM", "AZE"]


def test_top_through_the_api(stored):
    with dyads.open(stored, read_only=True) as store:
        assert store.top("dyads", limit=1, frame="arrow").to_pylist()[0]["top_events"] == "CONSULT 1, THREATEN 1"
        with pytest.raises(dyads.errors.DyadsError, match="E825"):
            store.top("places")


# ---------------------------------------------------------------- delete


def test_delete_a_document_and_its_reports(stored):
    before = {r["event"]: r for r in _json("events", "--db", stored)}
    assert before["CONSULT"]["num_mentions"] == 2
    result = _run("delete", "a", "--db", stored)
    assert result.exit_code == 0, result.output
    assert "events removed: 2" in result.output
    after = {r["event"]: r for r in _json("events", "--db", stored)}
    # the CONSULT story keeps b's report; THREATEN was a's alone
    assert sorted(after) == ["ACCUSE", "AGREE", "CONSULT"] and after["CONSULT"]["num_mentions"] == 1
    assert after["CONSULT"]["doc_id"] == "b"
    with dyads.open(stored, read_only=True) as store:
        assert store.sql("select count(*) as n from documents where doc_id = 'a'", frame="arrow").to_pylist() == [{"n": 0}]
        assert store.sql("select count(*) as n from sentences where doc_id = 'a'", frame="arrow").to_pylist() == [{"n": 0}]


def test_delete_an_unknown_document_is_an_error(stored):
    result = _run("delete", "nope", "--db", stored)
    assert result.exit_code == 1 and "E827" in result.output and "'nope'" in result.output


# ---------------------------------------------------------------- export


def test_export_refuses_an_existing_file_without_overwrite(stored, tmp_path):
    out = tmp_path / "events.csv"
    out.write_text("keep me", encoding="utf-8")
    refused = _run("export", out, "--db", stored)
    assert refused.exit_code == 1 and "E826" in refused.output and "--overwrite" in refused.output
    assert out.read_text(encoding="utf-8") == "keep me"
    replaced = _run("export", out, "--db", stored, "--overwrite")
    assert replaced.exit_code == 0, replaced.output
    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == 4


def test_export_overwrite_of_a_parquet_folder_keeps_no_stale_month(stored, tmp_path):
    out = tmp_path / "events.parquet"
    assert _run("export", out, "--db", stored).exit_code == 0
    assert _run("export", out, "--db", stored).exit_code == 1  # a folder with files: refused
    result = _run("export", out, "--db", stored, "--overwrite", "--since", "2019-12-01")
    assert result.exit_code == 0, result.output
    table = ds.dataset(out, partitioning="hive").to_table()
    assert sorted(table.column("event").to_pylist()) == ["ACCUSE", "AGREE"]
    assert set(table.column("month").to_pylist()) == {"2019-12"}


def test_export_filters_and_standard_output(stored):
    every = _run("export", "-", "--db", stored)
    assert every.exit_code == 0, every.output
    assert len(every.stdout.splitlines()) == 4
    rus = _run("export", "-", "--db", stored, "--source", "rus")
    assert {json.loads(line)["event"] for line in rus.stdout.splitlines()} == {"CONSULT", "THREATEN"}
    confident = _run("export", "-", "--db", stored, "--min-confidence", 0.6, "--format", "csv")
    assert confident.exit_code == 0, confident.output
    assert sorted(r["event"] for r in csv.DictReader(io.StringIO(confident.stdout))) == ["ACCUSE", "CONSULT"]


def test_export_filters_through_the_api(stored, tmp_path):
    with dyads.open(stored, read_only=True) as store:
        assert store.export(tmp_path / "a.jsonl", since="2019-12-01", min_confidence=0.5) == 1
        # the filter ends with the export: the same store sees every event again
        assert len(store.events(frame="arrow")) == 4
        assert store.export(tmp_path / "b.jsonl") == 4
        with pytest.raises(dyads.errors.DyadsError, match="E811"):
            store.export(tmp_path / "c.jsonl", colour="red")


def test_export_format_is_only_for_standard_output(stored, tmp_path):
    result = _run("export", tmp_path / "x.jsonl", "--db", stored, "--format", "csv")
    assert result.exit_code == 2 and "--format" in result.output


# ---------------------------------------------------------------- errors name the option typed


@pytest.mark.parametrize("args, option", [
    (["events", "--since", "2019-13-01"], "--since"),
    (["events", "--until", "yesterday"], "--until"),
    (["dyad", "RUS", "AZE", "--since", "12/01/2019"], "--since"),
    (["export", "-", "--since", "2019-1-1x"], "--since"),
])
def test_a_bad_date_names_the_option_typed(stored, args, option):
    result = _run(*args, "--db", stored)
    assert result.exit_code == 2 and f"`{option}` must be YYYY-MM-DD" in result.output
    assert "`--date`" not in result.output  # every date option used to be reported as --date


def test_the_api_names_its_argument(stored):
    with dyads.open(stored, read_only=True) as store, pytest.raises(dyads.errors.DyadsError, match="`until` must be"):
        store.events(until="soon")


# ---------------------------------------------------------------- start-up: nothing heavy imported


PROBE = """
import sys
from dyads.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(sorted(m for m in ("spacy", "pyarrow", "numpy", "pandas") if m in sys.modules), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [
    ["--help"], ["events", "--limit", "1"], ["events", "--limit", "1", "--format", "json"], ["dyad", "RUS", "AZE", "--format", "csv"],
])
def test_queries_and_help_import_neither_spacy_nor_pyarrow(stored, args):
    # what made `dyads --help` and every query take 1.3-1.9 s (bench/startup.py measures the time;
    # this checks only what is imported, which does not depend on the machine)
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = str(Path(dyads.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    db_args = [] if args == ["--help"] else ["--db", str(stored)]
    done = subprocess.run([sys.executable, "-c", PROBE, *args, *db_args], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip(), done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[]"
