"""A damaged database file gives a coded message naming it, in every command and in ``dyads.open``.

The database is a real one, made by ``dyads code`` on the sample articles; it is then truncated
to half its size, or the blocks holding two of its tables are overwritten with random bytes.
"""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import dyads
from dyads.errors import DyadsError

DYADS = Path(sys.executable).parent / "dyads"
SAMPLES = Path(dyads.__file__).parent / "samples" / "articles"
BLOCK, HEADER = 262144, 3 * 4096  # DuckDB's block size and the file headers before block 0


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(DYADS), *args], capture_output=True, text=True, timeout=300, cwd=cwd)


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> tuple[Path, list[str], list[int]]:
    """A database coded from the samples, a dyad it holds, and the blocks of its documents and events."""
    db = tmp_path_factory.mktemp("good") / "events.duckdb"
    done = _run("code", str(SAMPLES), "--db", str(db), "-q")
    assert done.returncode == 0, done.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        source, target = con.execute(
            "SELECT source_codes[1], target_codes[1] FROM events WHERE len(source_codes) > 0 AND len(target_codes) > 0 LIMIT 1"
        ).fetchall()[0]
        blocks = sorted({row[0] for table in ("documents", "events") for row in con.execute(
            f"SELECT block_id FROM pragma_storage_info('{table}') WHERE block_id >= 0").fetchall()})
    finally:
        con.close()
    assert blocks and not Path(f"{db}.wal").exists()
    return db, [source, target], blocks


def _damaged(good, tmp_path: Path, how: str) -> Path:
    db, _, blocks = good
    copy = tmp_path / "damaged.duckdb"
    shutil.copy(db, copy)
    if how == "truncated":
        os.truncate(copy, copy.stat().st_size // 2)
    else:
        noise = random.Random(7)
        with copy.open("r+b") as handle:
            for block in blocks:
                handle.seek(HEADER + block * BLOCK)
                handle.write(noise.randbytes(BLOCK))
    return copy


def _commands(dyad: list[str], out: Path) -> dict[str, list[str]]:
    return {
        "code": ["code", str(SAMPLES), "-q"],
        "recode": ["recode", "-q"],
        "dyad": ["dyad", *dyad, "--by", "none"],
        "actor": ["actor", dyad[0]],
        "events": ["events"],
        "sql": ["sql", "SELECT * FROM events"],
        "export": ["export", str(out)],
    }


@pytest.mark.parametrize("how", ["truncated", "garbled"])
@pytest.mark.parametrize("command", ["code", "recode", "dyad", "actor", "events", "sql", "export"])
def test_every_command_names_the_damaged_file(good, tmp_path, how, command):
    db = _damaged(good, tmp_path, how)
    args = _commands(good[1], tmp_path / "out.csv")[command]
    done = _run(*args, "--db", str(db), cwd=tmp_path)
    assert done.returncode != 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "[E815]" in done.stderr and str(db) in done.stderr and "damaged" in done.stderr, done.stderr
    assert not (tmp_path / "out.csv").exists()


def test_open_names_a_truncated_file(good, tmp_path):
    db = _damaged(good, tmp_path, "truncated")
    for read_only in (True, False):
        with pytest.raises(DyadsError, match=r"E815.*damaged\.duckdb looks damaged"):
            dyads.open(db, read_only=read_only)


def test_queries_name_a_garbled_file(good, tmp_path):
    """Garbled table blocks pass the open and fail the queries: each query names the file."""
    db = _damaged(good, tmp_path, "garbled")
    with dyads.open(db, read_only=True) as store:
        for query in (lambda: store.events(), lambda: store.sql("SELECT * FROM documents"),
                      lambda: store.export(tmp_path / "out.jsonl"), lambda: store.dyad(*good[1])):
            with pytest.raises(DyadsError, match=f"E815.*{db.name} looks damaged"):
                query()
    with dyads.open(db) as store, pytest.raises(DyadsError, match="E815"):
        list(store.stored_documents())
