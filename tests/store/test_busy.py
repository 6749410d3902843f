"""A second writer gets "database is busy", with a real second process holding the file."""
from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

import dyads
from dyads.cli import main
from dyads.errors import DyadsError

from .synthetic import make_coded, make_event

HOLD = "import sys, duckdb; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()"


@pytest.fixture
def held(db):
    with dyads.open(db) as store:
        store.add([make_coded("a", [make_event("a", 0, "ASSAULT", ["RUS"], ["UKR"], "2019-12-03")])])
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    yield db
    holder.stdin.close()
    holder.wait(timeout=30)


def test_second_writer_is_told_the_database_is_busy(held):
    with pytest.raises(DyadsError, match=r"E801\] database is busy: .* is open for writing by another process"):
        dyads.open(held)
    with pytest.raises(DyadsError, match="E801"):
        dyads.open(held, read_only=True)
    result = CliRunner().invoke(main, ["sql", "select 1", "--db", str(held)])
    assert result.exit_code == 1 and "database is busy" in result.output


def test_database_is_readable_after_a_busy_refusal(db):
    with dyads.open(db) as store:
        store.add([make_coded("a", [make_event("a", 0, "ASSAULT", ["RUS"], ["UKR"], "2019-12-03")])])
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    with pytest.raises(DyadsError, match="E801"):
        dyads.open(db)
    holder.stdin.close()
    holder.wait(timeout=30)
    with dyads.open(db, read_only=True) as store:
        assert store.sql("select count(*) as n from events", frame="arrow").to_pylist() == [{"n": 1}]
