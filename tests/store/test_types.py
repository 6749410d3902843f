"""Types a user can trust (issue 12): integer counts, dates as dates in every frame and file, JSON for every query."""
from __future__ import annotations

import csv
import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import dyads
from dyads.cli import main
from dyads.records import Event
from dyads.write import open_writer
from dyads.write.writers import flat_row

from .synthetic import make_coded, make_event


def _events() -> list:
    return [
        make_coded("n1", [make_event("n1", 0, "CONSULT", ["RUS"], ["AZE"], "2019-11-05", "2019-11-05"),
                          make_event("n1", 1, "THREATEN", ["RUS"], ["AZE"], "2019-11-20", "2019-11-20")], "2019-11-20"),
        make_coded("n2", [make_event("n2", 0, "CONSULT", ["RUS"], ["AZE"], "2019-11-05", "2019-11-06")], "2019-11-06"),
        make_coded("d1", [make_event("d1", 0, "ACCUSE", ["AZE"], ["RUS"], "2019-12-03", "2019-12-03")], "2019-12-03"),
    ]


@pytest.fixture
def stored(db):
    with dyads.open(db) as store:
        store.add(_events())
    return db


QUERIES = {
    "dyad": ["dyad", "RUS", "AZE", "--by", "none"],
    "actor": ["actor", "RUS"],
    "events": ["events"],
    "mentions": ["events", "--id", "__first__"],
    "top actors": ["top", "actors"],
    "top dyads": ["top", "dyads"],
    "sql sums": ["sql", "select sum(num_mentions) as mentions, sum(1.5) as halves, count(*) as n from events"],
}


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_json_works_for_every_query_and_counts_are_integers(stored, name):
    args = list(QUERIES[name])
    if "__first__" in args:
        with dyads.open(stored, read_only=True) as store:
            args[args.index("__first__")] = store.events(frame="arrow").column("event_id")[0].as_py()
    result = CliRunner().invoke(main, [*args, "--db", str(stored), "--format", "json"])
    # `dyad`, `actor` and `sql` sums used to crash: Decimal is not JSON serialisable
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows
    for row in rows:
        for key in ("events", "mentions", "num_mentions", "n", "as_source", "verbal_coop"):
            if key in row:
                assert type(row[key]) is int, (key, row)


def test_sql_sums_are_integers_and_decimals_floats_in_every_frame(stored):
    with dyads.open(stored, read_only=True) as store:
        table = store.sql("select sum(num_mentions) as mentions, sum(1.5) as halves from events", frame="arrow")
        df = store.sql("select sum(num_mentions) as mentions, sum(1.5) as halves from events")
    assert table.schema.field("mentions").type == pa.int64() and table.schema.field("halves").type == pa.float64()
    assert str(df["mentions"].dtype) == "int64" and df["mentions"][0] == 4 and df["halves"][0] == pytest.approx(4.5)  # three story events


def test_query_counts_are_int64_and_dates_are_dates(stored):
    with dyads.open(stored, read_only=True) as store:
        by_month = store.dyad("RUS", "AZE", by="month")
        arrow = store.dyad("RUS", "AZE", by="month", frame="arrow")
        events = store.events()
        actors = store.actors()
    assert arrow.schema.field("mentions").type == pa.int64() and arrow.schema.field("period").type == pa.date32()
    # pandas: datetime64, not `object` columns of datetime.date
    assert str(by_month["mentions"].dtype) == "int64"
    assert by_month["period"].dtype.kind == "M" and list(by_month["period"].dt.month) == [11]
    for column in ("day", "first_seen", "last_seen"):
        assert events[column].dtype.kind == "M", column
    assert actors["first_seen"].dtype.kind == "M"


def test_polars_frames_have_date_and_integer_columns(stored):
    polars = pytest.importorskip("polars", reason="polars is an optional extra (pip install polars)")
    with dyads.open(stored, read_only=True) as store:
        frame = store.dyad("RUS", "AZE", by="month", frame="polars")
        events = store.events(frame="polars")
    assert frame.schema["period"] == polars.Date and frame.schema["mentions"] == polars.Int64
    assert events.schema["day"] == polars.Date


def test_event_publication_date_is_a_date_and_written_as_a_string():
    event = make_event("a", 0, "CONSULT", ["RUS"], ["AZE"], "2019-11-05", "2019-11-06")
    assert isinstance(event, Event) and event.date_published == dt.date(2019, 11, 6)
    assert event.to_dict()["date_published"] == "2019-11-06"
    with pytest.raises(ValueError, match="ISO 8601"):
        make_event("a", 0, "CONSULT", ["RUS"], ["AZE"], None, "06/11/2019")


def test_code_parquet_dates_are_dates_with_the_export_types(db, tmp_path):
    events = [e for coded in _events() for e in coded.events]
    out = tmp_path / "events.parquet"
    with open_writer(str(out)) as writer:
        writer.write(events)
    coded = pq.read_table(out)
    assert coded.schema.field("date").type == pa.date32() and coded.schema.field("date_published").type == pa.date32()
    assert coded.column("date_published").to_pylist()[0] == dt.date(2019, 11, 5)
    with dyads.open(db) as store:
        store.add(_events())
        store.export(tmp_path / "export.parquet")
    exported = pq.read_table(tmp_path / "export.parquet")
    # one Parquet schema: every column the two files share has one type
    shared = set(coded.column_names) & set(exported.column_names)
    assert {"date", "event", "quad_class", "goldstein", "confidence"} <= shared
    assert {name: coded.schema.field(name).type for name in shared} == {name: exported.schema.field(name).type for name in shared}


def test_csv_rows_carry_sectors_and_names():
    event = make_event("a", 0, "CONSULT", ["RUS"], ["AZE"], "2019-11-05")
    event.source[0] = dyads.Actor("Lavrov", "RUS", "GOV", "Sergei Lavrov")
    row = flat_row(event.to_dict())
    assert (row["source_sectors"], row["source_names"], row["target_names"]) == ("GOV", "Sergei Lavrov", "")


def test_every_dyads_export_carries_sectors_and_names(db, tmp_path):
    coded = _events()
    coded[2].events[0].source[0] = dyads.Actor("Aliyev", "AZE", "GOV", "Ilham Aliyev")
    with dyads.open(db) as store:
        store.add(coded)
        store.export(tmp_path / "e.csv")
        store.export(tmp_path / "e.jsonl")
        store.export(tmp_path / "e.parquet")
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as handle:
        accuse = next(r for r in csv.DictReader(handle) if r["event"] == "ACCUSE")
    assert (accuse["source"], accuse["source_sectors"], accuse["source_names"]) == ("AZE", "GOV", "Ilham Aliyev")
    line = next(json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines() if "ACCUSE" in x)
    assert line["source"] == [{"text": "Aliyev", "code": "AZE", "sector": "GOV", "name": "Ilham Aliyev", "org": None}]
    assert line["source_codes"] == ["AZE"]
    rows = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert next(r for r in rows if r["event"] == "ACCUSE")["source"][0]["name"] == "Ilham Aliyev"


def test_star_import_leaves_the_builtin_open_alone():
    namespace: dict = {}
    exec("from dyads import *", namespace)
    assert "open" not in namespace and "Document" in namespace and "code_text" in namespace
    assert all(hasattr(dyads, name) for name in dyads.__all__)
    assert callable(dyads.open)  # still public as dyads.open(path)
