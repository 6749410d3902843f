"""The command line, run for real in tmp_path with click's CliRunner."""
from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
from click.testing import CliRunner

from dyads import coder
from dyads.cli import main
from dyads.write.writers import CSV_COLUMNS

ARTICLE = """Monday December 2 2019

Turkey and Russia agree on joint patrols

2 December 2019 09:15

By Test Writer

Turkish troops shelled Syrian villages near Afrin on Monday, officials said.

France condemned the Turkish government on Sunday.

Follow us on Twitter @Example
"""


def _write_inputs(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "a", "text": "Iran threatened to attack Israel.", "date": "2019-12-04"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "text": "Russia accused Ukraine of violating the ceasefire.", "date": "2019-12-04"}) + "\n",
        encoding="utf-8",
    )
    return folder


def test_code_folder_accounts_for_every_document(nlp, tmp_path):
    folder = _write_inputs(tmp_path)
    out, docs = tmp_path / "events.jsonl", tmp_path / "docs.jsonl"
    result = CliRunner().invoke(main, ["code", str(folder), "-o", str(out), "--docs", str(docs)])
    assert result.exit_code == 3, result.output  # some documents skipped
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert {e["event"] for e in events} >= {"ASSAULT", "ACCUSE", "THREATEN"}
    records = {r["doc_id"]: r for r in map(json.loads, docs.read_text().splitlines())}
    statuses = {doc_id: r["status"] for doc_id, r in records.items()}
    assert statuses[str(folder / "good.txt")] == "coded"
    assert statuses[str(folder / "empty.txt")] == "skipped" and "E103" in records[str(folder / "empty.txt")]["reason"]
    assert statuses[str(folder / "binary.txt")] == "skipped"
    assert statuses["a"] == statuses["c"] == "coded"
    assert sum(1 for s in statuses.values() if s == "skipped") == 3  # empty, binary, the bad JSON line
    assert "documents read: 6, coded: 3, skipped: 3" in result.output
    good = records[str(folder / "good.txt")]
    assert good["date_published"] == "2019-12-02" and good["byline"] == "Test Writer"
    assert "Follow us" not in good["body"]


def test_code_text_option(nlp):
    result = CliRunner().invoke(main, ["code", "Turkish troops shelled Kurdish positions near Afrin on Monday.", "--text", "--date", "2018-02-05", "-q", "-o", "-"])
    assert result.exit_code == 0, result.output
    [event] = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert event["event"] == "ASSAULT" and event["date"] == "2018-02-05"
    assert event["source"][0]["code"] == "TUR" and event["location"]["country"] == "SYR"


def test_parquet_and_csv_outputs(nlp, tmp_path):
    folder = _write_inputs(tmp_path)
    parquet, csv_path = tmp_path / "events.parquet", tmp_path / "events.csv"
    assert CliRunner().invoke(main, ["code", str(folder), "-o", str(parquet), "-q"]).exit_code == 3
    assert CliRunner().invoke(main, ["code", str(folder), "-o", str(csv_path), "-q"]).exit_code == 3
    table = pq.read_table(parquet)
    assert table.num_rows >= 3 and "source" in table.column_names
    with csv_path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    # the column order, exactly (CSV_COLUMNS, spelled out here): a reordered or renamed header fails
    assert rows[0] == CSV_COLUMNS == [
        "event_id", "doc_id", "sentence_index", "date", "date_precision", "date_published", "source_codes", "source_sectors",
        "source_names", "target_codes", "target_sectors", "target_names", "event", "mode", "cameo", "quad_class", "goldstein", "trigger",
        "negated", "speaker_code", "location_name", "location_country", "lat", "lon", "confidence", "why",
        "source", "target", "sentence",
    ]
    assert len(rows) == table.num_rows + 1  # one row per event, as in the Parquet file
    by_id = {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}
    assert sorted(by_id) == sorted(table.column("event_id").to_pylist())
    for record in table.to_pylist():
        row = by_id[record["event_id"]]
        assert row["event"] == record["event"] and row["doc_id"] == record["doc_id"]
        assert row["source_codes"] == ";".join(a["code"] for a in record["source"])
        assert row["target_codes"] == ";".join(a["code"] for a in record["target"])
        assert row["cameo"] == record["cameo"] and row["sentence"] == record["sentence"]
        assert row["source_names"] == ";".join(a["name"] or a["org"] or "" for a in record["source"])


def test_bad_date_option_is_a_clear_error():
    result = CliRunner().invoke(main, ["code", "x", "--text", "--date", "04/12/2019"])
    assert result.exit_code != 0 and "E702" in result.output


def test_actors_command_json(nlp):
    result = CliRunner().invoke(main, ["actors", "Armenian Prime Minister Nikol Pashinyan", "--date", "2019-12-04", "--json"])
    assert result.exit_code == 0, result.output
    [actor] = json.loads(result.output)
    assert actor["code"] == "ARM" and actor["sector"] == "GOV" and actor["name"] == "Nikol Pashinyan"


def test_actors_command_jsonl(nlp, tmp_path):
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": "x", "text": "NATO and Russia", "date": "2019-12-04"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["actors", "--jsonl", str(lines)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert record["id"] == "x" and {a["code"] for a in record["actors"]} == {"IGO", "RUS"}


def test_worker_processes_give_the_same_events(nlp, tmp_path, monkeypatch):
    folder = _write_inputs(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    pools: list[int] = []

    class CountingPool(coder.ProcessPoolExecutor):  # `-j 2` must really start two worker processes
        def __init__(self, *args, **kwargs):
            pools.append(kwargs.get("max_workers", args[0] if args else None))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(coder, "ProcessPoolExecutor", CountingPool)
    assert CliRunner().invoke(main, ["code", str(folder), "-o", str(one), "-q"]).exit_code == 3
    assert pools == []  # one process by default: no pool
    result = CliRunner().invoke(main, ["code", str(folder), "-o", str(two), "-q", "-j", "2", "--batch-size", "1"])
    assert pools == [2]
    assert result.exit_code == 3, result.output
    ids = [json.loads(line)["event_id"] for line in one.read_text().splitlines()]
    assert ids and ids == [json.loads(line)["event_id"] for line in two.read_text().splitlines()]


def test_empty_text_is_a_clear_error():
    result = CliRunner().invoke(main, ["code", "   ", "--text"])
    assert result.exit_code != 0 and "E103" in result.output and "Traceback" not in result.output
