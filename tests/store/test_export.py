"""Exports: Parquet by month, GDELT 2.0 event files, PLOVER JSON lines (more in test_export_gdelt/plover.py)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

import dyads
from dyads.cli import main
from dyads.errors import DyadsError
from dyads.records import Location
from dyads.store import export as export_module
from dyads.store.gdelt import GDELT_EVENT_COLUMNS

from .synthetic import make_coded, make_event

ALEPPO = Location("Aleppo", "SYR", 36.2, 37.16, "Aleppo")


@pytest.fixture
def store(db):
    docs = [
        make_coded("a", [make_event("a", 0, "ASSAULT", ["RUS"], ["SYR"], "2019-11-30", "2019-11-30", location=ALEPPO),
                         make_event("a", 1, "CONSULT", ["RUS"], ["TUR"], "2019-12-02", "2019-12-02")],
                   "2019-12-02", url="https://wire.example/a"),
        make_coded("b", [make_event("b", 0, "ASSAULT", ["RUS"], ["SYR"], "2019-12-01", "2019-12-01")], "2019-12-01"),
        make_coded("c", [make_event("c", 0, "THREATEN", ["IRN"], ["ISR"], None, None)], None),
    ]
    with dyads.open(db) as opened:
        opened.add(docs)
        yield opened


def test_parquet_is_partitioned_by_month(store, tmp_path):
    out = tmp_path / "events.parquet"
    assert store.export(out) == 3
    assert sorted(p.name for p in out.iterdir()) == ["month=2019-11", "month=2019-12", "month=undated"]
    table = ds.dataset(out, partitioning="hive").to_table()
    rows = {r["event"]: r for r in table.to_pylist()}
    assert [m["doc_id"] for m in rows["ASSAULT"]["mentions"]] == ["a", "b"]  # in order of publication
    assert store.export(out) == 3  # exporting again replaces the months' files
    assert ds.dataset(out, partitioning="hive").count_rows() == 3


def test_gdelt_layout(store, tmp_path):
    out = tmp_path / "gdelt.csv"
    store.export(out, layout="gdelt")
    with out.open(encoding="utf-8") as handle:
        # GDELT's own form: tab-separated, no header
        reader = csv.DictReader(handle, fieldnames=[name for name, _ in GDELT_EVENT_COLUMNS], delimiter="\t")
        rows = {r["EventRootCode"]: r for r in reader}
    assault = rows["19"]
    assert assault["SQLDATE"] == "20191130" and assault["MonthYear"] == "201911" and assault["Year"] == "2019"
    assert (assault["Actor1Code"], assault["Actor1CountryCode"], assault["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert assault["Actor2CountryCode"] == "SYR" and assault["EventCode"] == "190" and assault["QuadClass"] == "4"
    assert (assault["NumMentions"], assault["NumArticles"], assault["NumSources"]) == ("2", "2", "2")
    assert assault["ActionGeo_FullName"] == "Aleppo, Syria" and assault["ActionGeo_CountryCode"] == "SY"  # FIPS, as GDELT
    assert assault["ActionGeo_Type"] == "4" and assault["SOURCEURL"] == "https://wire.example/a"
    assert int(assault["GLOBALEVENTID"]) > 0 and assault["AvgTone"] == "" and len(assault["DATEADDED"]) == 14


def test_plover_layout(store, tmp_path):
    out = tmp_path / "plover.jsonl"
    store.export(out, layout="plover")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assault = next(r for r in records if r["event"] == ["ASSAULT"])
    assert assault["date"] == "2019-11-30" and assault["actor"][0]["code"] == "RUS"
    assert assault["recipient"][0]["code"] == "SYR" and assault["quad_code"] == 4
    assert assault["event_loc"]["resolved_place"] == "Aleppo" and assault["text"]
    assert assault["cite_info"]["citation"] == "a"
    assert next(r for r in records if r["event"] == ["THREATEN"])["date"] is None


def test_dyads_csv_and_jsonl(store, tmp_path):
    store.export(tmp_path / "events.csv")
    rows = list(csv.DictReader((tmp_path / "events.csv").open(encoding="utf-8")))
    assert len(rows) == 3 and {r["source"] for r in rows} == {"RUS", "IRN"}
    store.export(tmp_path / "events.jsonl")
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and "mentions" in json.loads(lines[0])


def test_unknown_formats_and_layouts(store, tmp_path):
    with pytest.raises(DyadsError, match="E807"):
        store.export(tmp_path / "events.xlsx")
    with pytest.raises(DyadsError, match="E808"):
        store.export(tmp_path / "events.csv", layout="plover")


# ---------------------------------------------------------------- where exports go, and what they leave


def test_parquet_onto_a_plain_file_is_refused(store, tmp_path):
    out = tmp_path / "events.parquet"
    out.write_bytes(b"not a folder")
    with pytest.raises(DyadsError, match=r"E816.*events\.parquet is a file"):
        store.export(out)
    assert out.read_bytes() == b"not a folder"


@pytest.mark.parametrize("name", ["events.parquet", "events.csv", "events.jsonl"])
def test_a_missing_folder_is_refused(store, tmp_path, name):
    out = tmp_path / "missing" / name
    with pytest.raises(DyadsError, match=r"E817.*the folder .*missing does not exist"):
        store.export(out)
    assert not (tmp_path / "missing").exists()


def test_writing_onto_a_folder_is_a_coded_error(store, tmp_path):
    (tmp_path / "events.csv").mkdir()
    with pytest.raises(DyadsError, match="E818"):
        store.export(tmp_path / "events.csv")
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("events.duckdb")] == ["events.csv"]


def test_cli_export_errors_are_clean(store, db, tmp_path):
    store.close()
    (tmp_path / "file.parquet").write_text("x", encoding="utf-8")
    for target, code in ((tmp_path / "file.parquet", "E816"), (tmp_path / "nope" / "events.csv", "E817")):
        result = CliRunner().invoke(main, ["export", str(target), "--db", str(db)])
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
        assert code in result.output, result.output


class Interrupted(Exception):
    pass


@pytest.mark.parametrize("name", ["events.csv", "events.jsonl"])
def test_an_interrupted_export_leaves_the_previous_file(store, tmp_path, monkeypatch, name):
    out = tmp_path / name
    store.export(out)
    previous = out.read_bytes()

    def half_then_fail(table, where, *args, **kwargs):
        Path(where).write_text("half a file", encoding="utf-8")
        raise Interrupted

    def fail_on_second(row, coder, seen=[]):
        seen.append(row)
        if len(seen) > 1:
            raise Interrupted
        return {"event_id": row["event_id"]}

    monkeypatch.setattr(export_module.pacsv, "write_csv", half_then_fail)
    monkeypatch.setattr(export_module, "_dyads_record", fail_on_second)
    with pytest.raises(Interrupted):
        store.export(out)
    assert out.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("events.duckdb")] == [name]  # no temporary file left


def test_parquet_keeps_files_dyads_did_not_write(store, db, tmp_path):
    out = tmp_path / "events.parquet"
    store.export(out)
    month = out / "month=2019-12"
    (month / "notes.txt").write_text("mine", encoding="utf-8")
    (month / "theirs.parquet").write_bytes((month / "part-0.parquet").read_bytes())
    (month / "part-7.parquet").write_bytes((month / "part-0.parquet").read_bytes())  # a stale dyads part
    (out / "README").write_text("about this folder", encoding="utf-8")
    assert store.export(out) == 3
    assert sorted(p.name for p in month.iterdir()) == ["notes.txt", "part-0.parquet", "theirs.parquet"]
    assert (out / "README").read_text(encoding="utf-8") == "about this folder"
    parts = ds.dataset(sorted(out.glob("month=*/part-*.parquet")), partitioning="hive").count_rows()
    assert parts == 3


def test_parquet_drops_months_that_have_no_events_any_more(store, tmp_path):
    out = tmp_path / "events.parquet"
    store.export(out)
    store.add([make_coded("c", [make_event("c", 0, "THREATEN", ["IRN"], ["ISR"], "2019-12-05", "2019-12-05")],
                          "2019-12-05")])
    store.export(out)
    assert not list((out / "month=undated").iterdir())
    assert ds.dataset(out, partitioning="hive").count_rows() == 3


def test_an_interrupted_parquet_export_leaves_the_previous_parts(store, tmp_path, monkeypatch):
    out = tmp_path / "events.parquet"
    store.export(out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.parquet")}
    real = export_module.pq.write_table
    written = []

    def fail_on_second(table, where, *args, **kwargs):
        written.append(where)
        if len(written) > 1:
            raise Interrupted
        real(table, where, *args, **kwargs)

    monkeypatch.setattr(export_module.pq, "write_table", fail_on_second)
    with pytest.raises(Interrupted):
        store.export(out)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.parquet")}
    assert set(after) == set(before)  # nothing removed, no temporary file left visible
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
