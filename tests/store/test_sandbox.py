"""`dyads sql` / `Store.sql` only read: every known way to write, reach files or load extensions is refused.

Each guard is tested on its own as well as together: the statement check (DuckDB's parser),
the always-rolled-back transaction, and the sandboxed connection (no external access).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import dyads
from dyads.cli import main
from dyads.errors import DyadsError
from dyads.store import duck

from .synthetic import make_coded, make_event

TABLES = ("documents", "sentences", "mentions", "event_actors", "events", "meta")
DYADS = Path(sys.executable).parent / "dyads"


@pytest.fixture
def stored(db, tmp_path):
    with dyads.open(db) as store:
        store.add([
            make_coded("a", [make_event("a", 0, "ASSAULT", ["RUS"], ["UKR"], "2019-12-03"),
                             make_event("a", 1, "CONSULT", ["RUS"], ["AZE"], "2019-12-03")]),
            make_coded("b", [make_event("b", 0, "THREATEN", ["IRN"], ["ISR"], "2019-12-04")]),
        ])
    secret = tmp_path / "secret.csv"
    secret.write_text("name,value\nkey,hunter2\n", encoding="utf-8")
    return db


def _counts(db: Path) -> dict[str, int]:
    with dyads.open(db, read_only=True) as store:
        return {t: store.sql(f"SELECT count(*) AS n FROM {t}", frame="arrow").to_pylist()[0]["n"] for t in TABLES}


def _attacks(tmp_path: Path) -> list[tuple[str, str]]:
    """``(statement, code it is refused with)``; every file they name must stay unwritten."""
    leak = tmp_path / "leak.csv"
    secret = tmp_path / "secret.csv"
    return [
        (f"EXPLAIN ANALYZE COPY (SELECT * FROM events) TO '{leak}'", "E805"),
        (f"EXPLAIN ANALYZE COPY events TO '{leak}'", "E805"),
        (f"COPY (SELECT * FROM documents) TO '{leak}'", "E805"),
        (f"EXPLAIN (ANALYZE) COPY events TO '{leak}'", "E805"),
        ("EXPLAIN ANALYZE DELETE FROM events", "E805"),
        ("EXPLAIN /* a comment */ ANALYZE DELETE FROM mentions", "E805"),
        ("EXPLAIN DELETE FROM events", "E805"),
        ("EXPLAIN ANALYZE INSTALL httpfs", "E805"),
        (f"EXPLAIN ANALYZE LOAD '{tmp_path / 'evil.duckdb_extension'}'", "E805"),
        ("INSTALL httpfs", "E805"),
        ("LOAD httpfs", "E805"),
        ("WITH gone AS (DELETE FROM events RETURNING *) SELECT count(*) FROM gone", "E805"),
        ("SELECT (WITH gone AS (DELETE FROM documents RETURNING 1) SELECT count(*) FROM gone)", "E805"),
        ("EXPLAIN ANALYZE WITH gone AS (DELETE FROM events RETURNING *) SELECT * FROM gone", "E805"),
        ("DELETE FROM events", "E805"),
        ("SELECT 1; DELETE FROM events", "E805"),
        (f"ATTACH '{tmp_path / 'other.duckdb'}' AS other", "E805"),
        ("SET enable_external_access = true", "E805"),
        ("PRAGMA enable_profiling", "E805"),
        ("CHECKPOINT", "E805"),
        (f"SELECT * FROM read_text('{secret}')", "E814"),
        ("SELECT * FROM read_text('/etc/passwd')", "E814"),
        (f"SELECT * FROM read_csv('{secret}')", "E814"),
        (f"SELECT * FROM read_blob('{secret}')", "E814"),
        (f"SELECT * FROM glob('{tmp_path}/*')", "E814"),
        (f"SELECT count(*) FROM read_parquet('{tmp_path}/*.parquet')", "E814"),
    ]


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
def test_every_attack_is_refused_and_nothing_changes(stored, tmp_path, read_only):
    before = _counts(stored)
    with dyads.open(stored, read_only=read_only) as store:
        for statement, code in _attacks(tmp_path):
            with pytest.raises(DyadsError, match=code):
                store.sql(statement)
    assert _counts(stored) == before
    assert not (tmp_path / "leak.csv").exists()
    assert not (tmp_path / "other.duckdb").exists()


def test_ordinary_reads_still_work(stored):
    with dyads.open(stored, read_only=True) as store:
        def rows(query, params=None):
            return store.sql(query, params, frame="arrow").to_pylist()

        assert rows("SELECT event FROM events WHERE list_contains(source_codes, ?) ORDER BY event", ["RUS"]) == [
            {"event": "ASSAULT"}, {"event": "CONSULT"}]
        assert rows("WITH r AS (SELECT * FROM events WHERE quad_class = ?) SELECT count(*) AS n FROM r", [4]) == [{"n": 1}]
        assert rows("FROM documents SELECT doc_id ORDER BY doc_id") == [{"doc_id": "a"}, {"doc_id": "b"}]
        assert {r["column_name"] for r in rows("DESCRIBE events")} >= {"event_id", "source_codes"}
        assert {r["name"] for r in rows("SHOW TABLES")} >= set(TABLES)
        assert len(rows("SUMMARIZE events")) > 10
        assert rows("EXPLAIN SELECT * FROM events")
        assert rows("EXPLAIN ANALYZE SELECT count(*) FROM mentions")
        assert rows("PRAGMA table_info('events')")
        assert rows("SELECT $1::INTEGER + 1 AS n", [41]) == [{"n": 42}]


def test_a_writable_store_reads_through_sql_and_still_writes(stored):
    with dyads.open(stored) as store:
        assert store.sql("SELECT count(*) AS n FROM documents", frame="arrow").to_pylist() == [{"n": 2}]
        store.add([make_coded("c", [make_event("c", 0, "ACCUSE", ["UKR"], ["RUS"], "2019-12-05")])])
        assert store.sql("SELECT count(*) AS n FROM documents", frame="arrow").to_pylist() == [{"n": 3}]


def test_the_rolled_back_transaction_alone_keeps_a_writable_store_unchanged(stored, monkeypatch):
    """With the statement check switched off, a DELETE still leaves nothing behind on a writable store."""
    before = _counts(stored)
    monkeypatch.setattr(duck, "check_read_only", lambda sql, con: None)
    with dyads.open(stored) as store:
        store.sql("DELETE FROM events")
        store.sql("UPDATE documents SET body = 'gone'")
    assert _counts(stored) == before
    with dyads.open(stored, read_only=True) as store:
        assert "gone" not in {r["body"] for r in store.sql("SELECT body FROM documents", frame="arrow").to_pylist()}


def test_read_only_mode_alone_refuses_writes(stored, monkeypatch):
    before = _counts(stored)
    monkeypatch.setattr(duck, "check_read_only", lambda sql, con: None)
    with dyads.open(stored, read_only=True) as store, pytest.raises(DyadsError, match="E806.*read-only"):
        store.sql("DELETE FROM events")
    assert _counts(stored) == before


def test_the_sandbox_alone_refuses_files_and_extensions(stored, tmp_path, monkeypatch):
    monkeypatch.setattr(duck, "check_read_only", lambda sql, con: None)
    leak = tmp_path / "leak.csv"
    with dyads.open(stored) as store:
        for statement in (f"COPY (SELECT * FROM events) TO '{leak}'", f"ATTACH '{tmp_path / 'x.duckdb'}' AS x",
                          "SET enable_external_access = true", "INSTALL httpfs"):
            with pytest.raises(DyadsError, match="E806|E814"):
                store.sql(statement)
    assert not leak.exists() and not (tmp_path / "x.duckdb").exists()


def test_every_connection_the_store_opens_is_sandboxed(stored):
    for read_only in (True, False):
        con = duck.connect(stored, read_only=read_only)
        try:
            settings = dict(con.execute(
                "SELECT name, value FROM duckdb_settings() WHERE name IN ?", [list(duck.SANDBOX) + ["access_mode"]]
            ).fetchall())
        finally:
            con.close()
        assert settings["enable_external_access"] == "false" and settings["lock_configuration"] == "true"
        assert settings["autoinstall_known_extensions"] == "false" and settings["autoload_known_extensions"] == "false"
        assert settings["access_mode"] == ("read_only" if read_only else "automatic")


def test_cli_sql_refuses_with_a_coded_message(stored, tmp_path):
    leak = tmp_path / "leak.csv"
    for statement, code in ((f"EXPLAIN ANALYZE COPY (SELECT * FROM events) TO '{leak}'", "E805"),
                            (f"SELECT * FROM read_text('{tmp_path / 'secret.csv'}')", "E814")):
        result = CliRunner().invoke(main, ["sql", statement, "--db", str(stored)])
        assert result.exit_code != 0 and code in result.output and "hunter2" not in result.output
    ok = CliRunner().invoke(main, ["sql", "SELECT doc_id FROM documents WHERE doc_id = ?", "-p", "b", "--db", str(stored),
                                   "--format", "csv"])
    assert ok.exit_code == 0 and ok.output.splitlines() == ["doc_id", "b"]
    assert not leak.exists()


def test_cli_sql_in_a_real_process(stored, tmp_path):
    leak = tmp_path / "leak.csv"
    done = subprocess.run([str(DYADS), "sql", f"EXPLAIN ANALYZE COPY (SELECT * FROM documents) TO '{leak}'",
                           "--db", str(stored)], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "E805" in done.stderr and "Traceback" not in done.stderr
    assert not leak.exists()
    before = _counts(stored)
    done = subprocess.run([str(DYADS), "sql", "EXPLAIN ANALYZE DELETE FROM events", "--db", str(stored)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "E805" in done.stderr and "Traceback" not in done.stderr
    assert _counts(stored) == before
