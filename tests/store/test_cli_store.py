"""The database commands through the real CLI: `dyads code` into a DuckDB file, then query and export it."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from dyads.cli import main

ARTICLES = [
    {"id": "w1", "date": "2019-12-04", "url": "https://wire.example/w1",
     "text": "Russia accused Ukraine of violating the ceasefire on Tuesday. Iran threatened to attack Israel."},
    {"id": "w2", "date": "2019-12-04", "url": "https://paper.example/w2",
     "text": "On Tuesday, Russia accused Ukraine of violating the ceasefire."},
]


@pytest.fixture
def coded_db(nlp, tmp_path):
    source = tmp_path / "wire.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = tmp_path / "events.duckdb"
    result = CliRunner().invoke(main, ["code", str(source), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "stored in" in result.output and "documents 2 new" in result.output
    return source, db


def test_code_stores_and_a_rerun_adds_nothing(coded_db):
    source, db = coded_db
    again = CliRunner().invoke(main, ["code", str(source), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert "documents 0 new, 0 replaced, 2 unchanged; events 0 added" in again.output


def test_a_rerun_still_accounts_for_every_document(coded_db, tmp_path):
    source, db = coded_db
    docs = tmp_path / "docs.jsonl"
    again = CliRunner().invoke(main, ["code", str(source), "--db", str(db), "--docs", str(docs)])
    assert again.exit_code == 0, again.output
    assert "documents read: 2, coded: 0, skipped: 0, unchanged: 2" in again.output
    records = [json.loads(line) for line in docs.read_text().splitlines()]
    assert {r["doc_id"] for r in records} == {"w1", "w2"}
    assert all(r["status"] == "coded" and "unchanged" in r["reason"] for r in records)


def test_code_with_o_and_db_writes_both(coded_db, tmp_path):
    source, db = coded_db
    out = tmp_path / "ev.jsonl"
    result = CliRunner().invoke(main, ["code", str(source), "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) >= 3 and "2 unchanged" in result.output


def test_code_with_only_o_touches_no_database(nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DYADS_DB", raising=False)
    result = CliRunner().invoke(main, ["code", "Iran threatened to attack Israel.", "--text", "-o", "-", "-q"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "dyads.duckdb").exists()


def test_merged_event_and_queries(coded_db):
    _, db = coded_db
    runner = CliRunner()
    result = runner.invoke(main, ["events", "--source", "RUS", "--event", "ACCUSE", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    [accuse] = json.loads(result.output)
    assert accuse["target"] == ["UKR"] and accuse["num_mentions"] == 2 and accuse["num_sources"] == 2
    assert "ceasefire" in accuse["sentence"]
    mentions = runner.invoke(main, ["events", "--id", accuse["event_id"], "--db", str(db), "--format", "csv"])
    reports = list(csv.DictReader(io.StringIO(mentions.output)))
    assert [r["doc_id"] for r in reports] == ["w1", "w2"]
    other = next(r["event_id"] for r in reports if r["event_id"] != accuse["event_id"])
    by_mention = runner.invoke(main, ["events", "--id", other, "--db", str(db), "--format", "csv"])  # any mention's id
    assert by_mention.output == mentions.output
    dyad = runner.invoke(main, ["dyad", "RUS", "UKR", "--by", "month", "--db", str(db), "--format", "csv"])
    assert dyad.exit_code == 0, dyad.output
    [row] = csv.DictReader(io.StringIO(dyad.output))
    assert row["period"] == "2019-12-01" and row["events"] == "1" and row["verbal_conflict"] == "1"
    table = runner.invoke(main, ["actor", "IRN", "--db", str(db)])
    assert table.exit_code == 0 and "ISR" in table.output and "acted on" in table.output


WIRE_COPY = "Russia accused Ukraine of violating the ceasefire. Iran threatened to attack Israel on Sunday."


def test_wire_copy_from_three_papers_is_one_document_with_three_sources(nlp, tmp_path):
    papers = [
        {"id": "wire", "date": "2019-12-03", "url": "https://wire.example/1", "text": WIRE_COPY},
        {"id": "daily", "date": "2019-12-04", "url": "https://daily.example/2", "text": WIRE_COPY},
        {"id": "herald", "date": "2019-12-04", "url": "https://herald.example/3", "text": WIRE_COPY.upper().replace(". ", ".  ")},
    ]
    source = tmp_path / "papers.jsonl"
    source.write_text("".join(json.dumps(p) + "\n" for p in papers), encoding="utf-8")
    db = tmp_path / "events.duckdb"
    runner = CliRunner()
    result = runner.invoke(main, ["code", str(source), "--db", str(db), "--no-model"])
    assert result.exit_code == 0, result.output
    assert "copies 2 (2 identical, 0 near-identical), stored as sources of their first documents" in result.output
    assert "database: 3 coded documents, 2 of them copies of another (2 identical, 0 near-identical)" in result.output
    listed = json.loads(runner.invoke(main, ["events", "--db", str(db), "--format", "json"]).output)
    assert listed and all(e["num_articles"] == 3 and e["num_sources"] == 3 for e in listed)
    reports = json.loads(runner.invoke(main, ["events", "--id", listed[0]["event_id"], "--db", str(db), "--format", "json"]).output)
    assert [(r["doc_id"], r["copy_of"]) for r in reports] == [("wire", None), ("daily", "wire"), ("herald", "wire")]
    hashes = json.loads(runner.invoke(main, ["sql", "select distinct lexicon_hash, model_hash from documents",
                                             "--db", str(db), "--format", "json"]).output)
    assert len(hashes) == 1 and len(hashes[0]["lexicon_hash"]) == 64 and hashes[0]["model_hash"] is None  # --no-model
    again = runner.invoke(main, ["code", str(source), "--db", str(db), "--no-model"])  # copies are stored: nothing to code
    assert "documents 0 new, 0 replaced, 3 unchanged; events 0 added" in again.output


def test_sql_is_read_only(coded_db):
    _, db = coded_db
    runner = CliRunner()
    ok = runner.invoke(main, ["sql", "select event, count(*) as n from events where event = ? group by 1", "-p", "ACCUSE",
                              "--db", str(db), "--format", "json"])
    assert ok.exit_code == 0 and json.loads(ok.output) == [{"event": "ACCUSE", "n": 1}]
    refused = runner.invoke(main, ["sql", "delete from events", "--db", str(db)])
    assert refused.exit_code == 1 and "E805" in refused.output


def test_export_and_recode(coded_db, tmp_path, monkeypatch):
    _, db = coded_db
    monkeypatch.setenv("DYADS_DB", str(db))
    runner = CliRunner()
    result = runner.invoke(main, ["export", str(tmp_path / "gdelt.csv"), "--layout", "gdelt"])
    assert result.exit_code == 0, result.output
    first = (tmp_path / "gdelt.csv").read_text().splitlines()[0].split("\t")  # GDELT's form: no header, tabs
    assert len(first) == 61 and first[0].isdigit()
    recoded = runner.invoke(main, ["recode"])
    assert recoded.exit_code == 0, recoded.output
    assert "documents 0 new, 2 replaced" in recoded.output


def test_missing_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["dyad", "RUS", "AZE", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "E804" in result.output
