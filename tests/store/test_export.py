"""Exports: Parquet by month, GDELT 2.0 columns as CSV, PLOVER JSON lines."""
from __future__ import annotations

import csv
import json

import pyarrow.dataset as ds
import pytest

import dyads
from dyads.errors import DyadsError
from dyads.records import Location
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
        reader = csv.DictReader(handle)
        assert reader.fieldnames == [name for name, _ in GDELT_EVENT_COLUMNS] and len(reader.fieldnames) == 61
        rows = {r["EventRootCode"]: r for r in reader}
    assault = rows["19"]
    assert assault["SQLDATE"] == "20191130" and assault["MonthYear"] == "201911" and assault["Year"] == "2019"
    assert (assault["Actor1Code"], assault["Actor1CountryCode"], assault["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert assault["Actor2CountryCode"] == "SYR" and assault["EventCode"] == "190" and assault["QuadClass"] == "4"
    assert (assault["NumMentions"], assault["NumArticles"], assault["NumSources"]) == ("2", "2", "2")
    assert assault["ActionGeo_FullName"] == "Aleppo" and assault["ActionGeo_CountryCode"] == "SY"  # FIPS, as GDELT
    assert assault["ActionGeo_Type"] == "4" and assault["SOURCEURL"] == "https://wire.example/a"
    assert int(assault["GLOBALEVENTID"]) > 0 and assault["AvgTone"] == "" and len(assault["DATEADDED"]) == 14


def test_plover_layout(store, tmp_path):
    out = tmp_path / "plover.jsonl"
    store.export(out, layout="plover")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assault = next(r for r in records if r["event"] == ["ASSAULT"])
    assert assault["date"] == "2019-11-30" and assault["actor"][0]["code"] == "RUS"
    assert assault["recipient"][0]["code"] == "SYR" and assault["quad_code"] == 4
    assert assault["event_loc"]["name"] == "Aleppo" and assault["text"]
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
