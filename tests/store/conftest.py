"""Fixtures of the store tests: a database file under tmp_path."""
from __future__ import annotations

import pytest


@pytest.fixture
def db(tmp_path):
    return tmp_path / "events.duckdb"
