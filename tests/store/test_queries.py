"""Queries on a small real database: dyads, actors, events, read-only SQL."""
from __future__ import annotations

import datetime as dt

import pytest

import dyads
from dyads.errors import DyadsError

from .synthetic import make_coded, make_event


@pytest.fixture
def store(db):
    docs = [
        make_coded("n1", [make_event("n1", 0, "CONSULT", ["RUS"], ["AZE"], "2019-11-05", "2019-11-05"),
                          make_event("n1", 1, "THREATEN", ["RUS"], ["AZE"], "2019-11-20", "2019-11-20")], "2019-11-20"),
        make_coded("n2", [make_event("n2", 0, "CONSULT", ["RUS"], ["AZE"], "2019-11-05", "2019-11-06")], "2019-11-06"),
        make_coded("d1", [make_event("d1", 0, "CONSULT", ["RUS"], ["AZE"], "2019-12-02", "2019-12-02"),
                          make_event("d1", 1, "COOPERATE", ["RUS"], ["AZE"], "2019-12-03", "2019-12-03"),
                          make_event("d1", 2, "ACCUSE", ["AZE"], ["RUS"], "2019-12-03", "2019-12-03"),
                          make_event("d1", 3, "AGREE", ["ARM", "AZE"], ["RUS"], "2019-12-04", "2019-12-04")], "2019-12-04"),
    ]
    with dyads.open(db) as opened:
        opened.add(docs)
    with dyads.open(db, read_only=True) as opened:
        yield opened


def test_dyad_by_month(store):
    rows = store.dyad("RUS", "AZE", by="month", frame="arrow").to_pylist()
    assert [(r["period"], r["events"], r["verbal_coop"], r["verbal_conflict"], r["material_coop"]) for r in rows] == [
        (dt.date(2019, 11, 1), 2, 1, 1, 0), (dt.date(2019, 12, 1), 2, 1, 0, 1)]
    november = rows[0]
    assert november["mentions"] == 3 and november["goldstein_mean"] == pytest.approx((1.0 - 4.4) / 2, abs=0.01)
    assert november["top_events"] == "CONSULT 1, THREATEN 1"


def test_dyad_both_ways_per_week_and_overall(store):
    [overall] = store.dyad("rus", "aze", by="none", both=True, frame="arrow").to_pylist()
    assert overall["events"] == 6 and overall["period"] is None
    weeks = store.dyad("RUS", "AZE", by="week", frame="arrow").to_pylist()
    assert [r["period"] for r in weeks] == [dt.date(2019, 11, 4), dt.date(2019, 11, 18), dt.date(2019, 12, 2)]
    assert store.dyad("RUS", "AZE", since="2019-12-01", frame="arrow").num_rows == 1
    with pytest.raises(DyadsError, match="E810"):
        store.dyad("RUS", "AZE", by="fortnight")


def test_actor_counterparts(store):
    rows = {(r["direction"], r["counterpart"]): r["events"] for r in store.actor("AZE", frame="arrow").to_pylist()}
    assert rows == {("acted on by", "RUS"): 4, ("acted on", "RUS"): 2}
    since = store.actor("AZE", since=dt.date(2019, 12, 1), frame="arrow").to_pylist()
    assert {(r["direction"], r["events"]) for r in since} == {("acted on by", 2), ("acted on", 2)}


def test_events_filters_and_evidence(store):
    frame = store.events(source="RUS", event="consult")
    assert list(frame["event"]) == ["CONSULT", "CONSULT"] and frame["source"].iloc[0] == ["RUS"]
    merged = frame[frame["num_mentions"] == 2].iloc[0]
    assert merged["sentence"] and merged["num_articles"] == 2
    mentions = store.mentions(merged["event_id"], frame="arrow").to_pylist()
    assert [m["doc_id"] for m in mentions] == ["n1", "n2"] and all(m["sentence"] for m in mentions)
    assert len(store.events(actor="ARM", frame="arrow")) == 1
    assert len(store.events(limit=2, frame="arrow")) == 2
    assert store.events(doc_id="n2", frame="arrow").to_pylist()[0]["num_mentions"] == 2
    with pytest.raises(DyadsError, match="E811"):
        store.events(country="RUS")


def test_actors_table(store):
    actors = store.actors(frame="arrow").to_pylist()
    rus = next(a for a in actors if a["code"] == "RUS" and a["sector"] == "GOV")
    assert rus["as_source"] == 5


def test_polars_frames_or_a_clear_message(store):
    try:
        import polars  # noqa: F401
    except ImportError:
        with pytest.raises(DyadsError, match="pip install polars"):
            store.actors(frame="polars")
    else:
        assert store.actors(frame="polars").height > 0


@pytest.mark.parametrize("query", [
    "select event, count(*) from events group by 1",
    "with e as (select * from events) select count(*) from e",
    "describe events", "show tables", "summarize events", "explain select 1", "pragma table_info('events')",
])
def test_read_only_sql_runs_reads(store, query):
    store.sql(query, frame="arrow")


@pytest.mark.parametrize("query", [
    "delete from events", "insert into meta values ('a', 'b')", "drop table events", "create table x (a int)",
    "copy events to 'out.csv'", "attach 'other.duckdb'", "install httpfs", "set threads = 1", "checkpoint",
    "select 1; delete from events", "pragma enable_profiling",
])
def test_read_only_sql_rejects_writes(store, query):
    with pytest.raises(DyadsError, match="E805"):
        store.sql(query)


def test_sql_parameters_are_bound_not_pasted(store):
    rows = store.sql("select count(*) as n from events where event = ?", ["CONSULT'; drop table events; --"], frame="arrow")
    assert rows.to_pylist() == [{"n": 0}]
    assert store.sql("select count(*) as n from events where event = ?", ["CONSULT"], frame="arrow").to_pylist() == [{"n": 2}]
