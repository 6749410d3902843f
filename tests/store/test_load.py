"""Storing coder results: idempotent loads, replaced documents, recoding, schema versions, errors."""
from __future__ import annotations

import duckdb
import pytest

import dyads
from dyads.errors import DyadsError
from dyads.records import Document, Skipped
from dyads.store.migrations import SCHEMA_VERSION, steps_between
from dyads.store.rows import content_hash

from .synthetic import make_coded, make_event


def _corpus():
    return [
        make_coded("a", [make_event("a", 0, "ASSAULT", ["RUS"], ["UKR"], "2019-12-03"),
                         make_event("a", 1, "CONSULT", ["RUS"], ["AZE"], "2019-12-03")], url="https://wire.example/a"),
        make_coded("b", [make_event("b", 0, "ASSAULT", ["RUS"], ["UKR"], "2019-12-04")], url="https://paper.example/b"),
        make_coded("c", []),
        Skipped("d.txt", "[E103] d.txt is empty: no text to code"),
    ]


def _count(store, table: str) -> int:
    return store.sql(f"SELECT count(*) AS n FROM {table}", frame="arrow").to_pylist()[0]["n"]


def test_storing_twice_adds_nothing(db):
    with dyads.open(db) as store:
        first = store.add(_corpus())
        assert (first.new, first.events_added) == (4, 3)
        tables = {t: _count(store, t) for t in ("documents", "sentences", "mentions", "event_actors", "events")}
        again = store.add(_corpus())
        assert (again.new, again.replaced, again.unchanged, again.events_added) == (0, 0, 4, 0)
        assert {t: _count(store, t) for t in tables} == tables
    assert tables == {"documents": 4, "sentences": 3, "mentions": 3, "event_actors": 6, "events": 2}


def test_a_changed_document_replaces_its_events(db):
    with dyads.open(db) as store:
        store.add(_corpus())
        changed = make_coded("b", [make_event("b", 0, "ACCUSE", ["UKR"], ["RUS"], "2019-12-04")], text="Ukraine accused Russia.")
        counts = store.add([changed])
        assert (counts.replaced, counts.events_added, counts.events_removed) == (1, 1, 1)
        events = store.events(frame="arrow").to_pylist()
        assert sorted(e["event"] for e in events) == ["ACCUSE", "ASSAULT", "CONSULT"]
        assault = next(e for e in events if e["event"] == "ASSAULT")
        assert assault["num_mentions"] == 1  # b's report is gone from the merged story
        assert _count(store, "event_actors") == 6


def test_new_documents_leaves_out_unchanged_ones(db):
    coded = _corpus()[:2]
    with dyads.open(db) as store:
        store.add(coded)
    documents = [c.document for c in coded] + [Document("e", "Iran threatened Israel.")]
    with dyads.open(db) as store:
        assert [d.id for d in store.new_documents(documents)] == ["e"]
        assert store.counts.unchanged == 2


def test_stored_documents_and_forced_recode(db):
    with dyads.open(db) as store:
        store.add(_corpus())
        stored = {d.id: d for d in store.stored_documents()}
        assert set(stored) == {"a", "b", "c"}  # the unreadable one has no text to code again
        assert content_hash(stored["a"]) == content_hash(_corpus()[0].document)
        recoded = store.add([make_coded("a", [make_event("a", 0, "ASSAULT", ["RUS"], ["UKR"], "2019-12-03")])], force=True)
        assert (recoded.replaced, recoded.events_added, recoded.events_removed) == (1, 1, 2)


def test_a_document_the_coder_skips_keeps_its_text(db):
    document = Document("x", "Some text.", None)
    with dyads.open(db) as store:
        list(store.new_documents([document]))
        store.add([Skipped("x", "[E405] x: discarded: sports")])
        row = store.sql("SELECT status, body, content_hash FROM documents", frame="arrow").to_pylist()[0]
        assert row == {"status": "skipped", "body": "Some text.", "content_hash": content_hash(document)}


def test_schema_version_is_stored_and_older_databases_are_upgraded(db):
    with dyads.open(db) as store:
        store.add(_corpus())
    # a version 1 database: no date precision, every event date a day
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE mentions DROP COLUMN date_precision")
    con.execute("ALTER TABLE events DROP COLUMN date_precision")
    for column in ("text_key", "duplicate_of", "similarity", "lexicon_hash", "model_hash"):  # schema 3's
        con.execute(f"ALTER TABLE documents DROP COLUMN {column}")
    con.execute("DROP TABLE document_bands")
    con.execute("DROP TABLE relations")  # schema 4's
    con.execute("DROP TABLE relation_sources")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with dyads.open(db, read_only=True) as store:
        assert store.sql("SELECT value FROM meta WHERE key = 'schema_version'", frame="arrow").to_pylist() == [{"value": str(SCHEMA_VERSION)}]
        assert _count(store, "events") == 2
        precisions = store.sql("SELECT DISTINCT date IS NULL AS undated, date_precision FROM mentions", frame="arrow").to_pylist()
        assert {(r["undated"], r["date_precision"]) for r in precisions} <= {(False, "day"), (True, None)}
        assert (False, "day") in {(r["undated"], r["date_precision"]) for r in precisions}


def test_migration_steps_are_taken_in_order():
    steps = {2: ("ALTER TABLE documents ADD COLUMN lang VARCHAR",), 3: ("SELECT 1",)}
    assert [v for v, _ in steps_between(1, 3, steps)] == [2, 3]
    assert steps_between(3, 3, steps) == []


def test_a_newer_database_is_refused(db):
    dyads.open(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(DyadsError, match="E803"):
        dyads.open(db)


def test_clear_errors_for_missing_foreign_and_read_only_databases(db, tmp_path):
    with pytest.raises(DyadsError, match="E804"):
        dyads.open(db, read_only=True)
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (a INTEGER)")
    con.close()
    with pytest.raises(DyadsError, match="E802"):
        dyads.open(other)
    dyads.open(db).close()
    with dyads.open(db, read_only=True) as store, pytest.raises(DyadsError, match="E813"):
        store.add(_corpus())
    with pytest.raises(DyadsError, match="E812"):
        dyads.open(db, window=-1)


def test_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADS_DB", str(tmp_path / "env.duckdb"))
    with dyads.open() as store:
        assert store.path == tmp_path / "env.duckdb"
    assert (tmp_path / "env.duckdb").exists()
