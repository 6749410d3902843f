"""`dyads code --dask`: the same events as the plain run, on a LocalCluster, when a worker dies mid-run, and through `dyads load`."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'dyads[dask]')")

import cloudpickle  # installed with distributed
import duckdb
import pyarrow.parquet as pq
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from dyads.cli import main
from dyads.cluster.run import DOCUMENT_SCHEMA, code_on_dask
from dyads.coder import CoderSettings

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "dyads" / "samples" / "articles"
# the plugin below goes to the workers by value: they cannot import this test file
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """The plain run's events, --docs records and database."""
    folder = tmp_path_factory.mktemp("plain")
    events, docs, db = folder / "events.jsonl", folder / "docs.jsonl", folder / "direct.duckdb"
    result = CliRunner().invoke(main, ["code", str(SAMPLES), "-o", str(events), "--docs", str(docs), "-q"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["code", str(SAMPLES), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in events.read_text().splitlines()]
    documents = [json.loads(line) for line in docs.read_text().splitlines()]
    assert records and len(documents) >= 6
    return records, documents, db


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as connected:
        yield connected


def _events(folder: Path) -> list[dict]:
    """Every event of a --dask output folder, partition by partition, as the JSON Lines writer writes it."""
    records = []
    for part in sorted((folder / "events").glob("part-*.parquet")):
        for row in pq.read_table(part).to_pylist():
            records.append({**row, **{k: row[k].isoformat() if isinstance(row[k], dt.date) else row[k] for k in ("date", "date_published")}})
    return records


def _documents(folder: Path) -> list[tuple[str, str, str | None]]:
    rows = []
    for part in sorted((folder / "documents").glob("part-*.parquet")):
        rows += [(r["doc_id"], r["status"], r["reason"], r["title"], r["date_published"]) for r in pq.read_table(part).to_pylist()]
    return rows


def _same_events(plain_records: list[dict], folder: Path) -> None:
    coded = _events(folder)
    # whole records, in input order: ids, actors, dates, sentences, confidence, everything
    assert [json.dumps(r, sort_keys=True) for r in coded] == [json.dumps(r, sort_keys=True) for r in plain_records]


def _same_documents(plain_documents: list[dict], folder: Path) -> None:
    assert _documents(folder) == [(d["doc_id"], d["status"], d["reason"], d["title"], d["date_published"] and dt.date.fromisoformat(d["date_published"]))
                                  for d in plain_documents]


def test_dask_local_2_gives_the_events_of_the_plain_run(plain, tmp_path):
    records, documents, _ = plain
    out = tmp_path / "coded"
    result = CliRunner().invoke(main, ["code", str(SAMPLES), "--dask", "local:2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"documents read: {len(documents)}, coded: {len(documents)}, skipped: 0; events written: {len(records)}" in result.output
    _same_events(records, out)
    _same_documents(documents, out)


def test_small_partitions_give_the_same_events(plain, client, tmp_path):
    """One document a partition: the JSON Lines file is read in line ranges, each by its own task."""
    records, documents, _ = plain
    report = code_on_dask([str(SAMPLES)], tmp_path / "coded", client=client, partition_size=1)
    assert report.partitions == len(documents) and report.documents == len(documents) and not report.failed
    _same_events(records, tmp_path / "coded")
    _same_documents(documents, tmp_path / "coded")


class KillOnce(WorkerPlugin):
    """Kills its worker process as the worker starts the task of one partition, the first time only (a marker file)."""

    def __init__(self, prefix: str, marker: str):
        self.prefix, self.marker = prefix, marker

    def transition(self, key, start, finish, **kwargs):
        if finish == "executing" and str(key).startswith(self.prefix) and not os.path.exists(self.marker):
            Path(self.marker).write_text(str(os.getpid()))
            os._exit(1)


def test_a_worker_killed_mid_run_loses_no_document(plain, client, tmp_path):
    records, documents, _ = plain
    marker = tmp_path / "killed"
    client.register_plugin(KillOnce("dyads-partition-00004", str(marker)), name="kill-once")
    try:
        report = code_on_dask([str(SAMPLES)], tmp_path / "coded", client=client, partition_size=1)
    finally:
        client.unregister_worker_plugin("kill-once")
    killed = int(marker.read_text())
    assert killed not in client.run(os.getpid).values()  # that worker process is gone; Dask ran its partition elsewhere
    assert report.documents == len(documents) and report.partitions == len(documents) and not report.failed
    _same_events(records, tmp_path / "coded")
    _same_documents(documents, tmp_path / "coded")


_TIMES = {"coded_at", "added_at"}


def _tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, times of storing left out."""
    with duckdb.connect(str(path), read_only=True) as con:
        tables = [name for (name,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]
        found = {}
        for table in tables:
            columns = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                                 "ORDER BY ordinal_position", [table]).fetchall() if c not in _TIMES]
            selected = ", ".join(f'"{column}"' for column in columns)
            found[table] = con.execute(f"SELECT {selected} FROM {table} ORDER BY ALL").fetchall()
    return found


def test_load_stores_what_coding_into_the_store_stores(client, tmp_path):
    """With documents the reader skips (an empty file, a line that is not JSON) and ones the coder skips (too long)."""
    folder = tmp_path / "articles"
    shutil.copytree(SAMPLES, folder)
    (folder / "2019-12-06-empty.txt").write_text("", encoding="utf-8")
    (folder / "2019-12-11-lines.jsonl").write_text("{not json\n" + json.dumps({"id": "x2", "text": "Iran threatened Israel."}) + "\n")
    direct = tmp_path / "direct.duckdb"
    assert CliRunner().invoke(main, ["code", str(folder), "--db", str(direct), "--max-chars", "850", "-q"]).exit_code == 3
    out = tmp_path / "coded"
    report = code_on_dask([str(folder)], out, client=client, settings=CoderSettings(max_chars=850), partition_size=2)
    assert report.coded and {"E103", "E104", "E203"} <= set(report.reasons)
    db = tmp_path / "loaded.duckdb"
    result = CliRunner().invoke(main, ["load", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"documents {report.documents} new" in result.output
    loaded, expected = _tables(db), _tables(direct)
    assert expected["mentions"] and len(expected["documents"]) == report.documents
    assert any(row for row in expected["documents"] if "E203" in str(row))  # a skipped document stored with its text
    assert loaded == expected
    # loading again does what coding the same input into the store again does
    again = CliRunner().invoke(main, ["load", str(out), "--db", str(db)])
    recoded = CliRunner().invoke(main, ["code", str(folder), "--db", str(direct), "--max-chars", "850"])
    counts = [re.search(r"documents \d+ new, .*?; events \d+ added, \d+ removed", run.output) for run in (again, recoded)]
    assert counts[0] and counts[1] and counts[0].group() == counts[1].group()
    assert "0 new" in counts[0].group()


def test_dask_needs_an_output_folder_and_a_known_address(tmp_path):
    result = CliRunner().invoke(main, ["code", str(SAMPLES), "--dask", "local:2"])
    assert result.exit_code == 2 and "E861" in result.output
    result = CliRunner().invoke(main, ["code", str(SAMPLES), "--dask", "local:none", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "E860" in result.output
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    result = CliRunner().invoke(main, ["code", str(SAMPLES), "--dask", "local:1", "-o", str(tmp_path / "mine")])
    assert result.exit_code == 1 and "E863" in result.output and (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def _wire_parquet(folder: Path) -> tuple[Path, Path]:
    """The samples' JSON Lines file, and the same articles as Parquet (dates as dates, one row group a row)."""
    import pyarrow as pa

    wire = SAMPLES / "2019-12-wire.jsonl"
    rows = [json.loads(line) for line in wire.read_text(encoding="utf-8").splitlines()]
    table = pa.Table.from_pylist([{**row, "date": dt.date.fromisoformat(row["date"])} for row in rows])
    path = folder / "wire.parquet"
    pq.write_table(table, path, row_group_size=1)
    return wire, path


def test_parquet_is_read_as_json_lines_are(tmp_path):
    wire, parquet = _wire_parquet(tmp_path)
    outputs = []
    for given in (wire, parquet):
        out = tmp_path / f"{given.name}.events.jsonl"
        result = CliRunner().invoke(main, ["code", str(given), "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] and outputs[0] == outputs[1]


def test_a_parquet_url_is_coded_a_row_group_a_partition(client, tmp_path):
    wire, parquet = _wire_parquet(tmp_path)
    plain_events = tmp_path / "plain.jsonl"
    assert CliRunner().invoke(main, ["code", str(wire), "-o", str(plain_events), "-q"]).exit_code == 0
    report = code_on_dask([f"file://{parquet}"], tmp_path / "coded", client=client)
    assert report.partitions == 3 and report.documents == 3 and report.coded == 3
    _same_events([json.loads(line) for line in plain_events.read_text().splitlines()], tmp_path / "coded")


def test_line_ranges_keep_line_numbers_ids_and_skips(client, tmp_path):
    """Lines without an id are named FILE:LINE, blank lines count, a bad line and a repeated id are skipped: as in the plain run."""
    wire = [json.loads(line) for line in (SAMPLES / "2019-12-wire.jsonl").read_text(encoding="utf-8").splitlines()]
    lines = [json.dumps({k: v for k, v in wire[0].items() if k != "id"}), "", "{not json", json.dumps(wire[1]), "",
             json.dumps({k: v for k, v in wire[2].items() if k != "id"}), json.dumps({"id": wire[1]["id"], "text": "Repeated id."})]
    path = tmp_path / "lines.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    events, docs = tmp_path / "plain.jsonl", tmp_path / "docs.jsonl"
    assert CliRunner().invoke(main, ["code", str(path), "-o", str(events), "--docs", str(docs), "-q"]).exit_code == 3
    report = code_on_dask([str(path)], tmp_path / "coded", client=client, partition_size=2)
    # the repeated id (line 7) is in another partition than its first (line 4): skipped as the plain run skips it (E115)
    assert report.partitions == 4 and report.documents == 5 and report.reasons == {"E104": 1, "E115": 1}
    plain_docs = [json.loads(line) for line in docs.read_text().splitlines()]
    assert f"{path}:1" in [d["doc_id"] for d in plain_docs] and f"{path}:6" in [d["doc_id"] for d in plain_docs]
    _same_documents(plain_docs, tmp_path / "coded")
    _same_events([json.loads(line) for line in events.read_text().splitlines()], tmp_path / "coded")


def test_load_refuses_a_folder_that_is_not_dask_output(tmp_path):
    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "E868" in result.output and "Traceback" not in result.output
    (tmp_path / "documents").mkdir()
    pq.write_table(DOCUMENT_SCHEMA.empty_table(), tmp_path / "documents" / "part-00000.parquet")  # its events file missing
    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "E869" in result.output and "no events file" in result.output


def test_without_dask_installed_the_error_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` then fails, as where it is not installed
    result = CliRunner().invoke(main, ["code", str(SAMPLES), "--dask", "local:2", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "E864" in result.output and "dyads[dask]" in result.output and "Traceback" not in result.output
