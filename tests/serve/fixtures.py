"""Fixtures of the serve tests (imported by each module; this folder has no conftest.py): a real event
database coded from the bundled sample articles, the app over it, and a plain-Python reading of the
same file to check the API's answers against."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

import dyads
from dyads.cli import main
from dyads.store import duck

SAMPLES = Path(dyads.__file__).parent / "samples" / "articles"
ORGANISATIONS = {"IGO", "NGO", "IMG"}


def code_samples(folder: Path) -> Path:
    """``dyads code`` of the sample articles into ``folder/samples.duckdb``."""
    db = folder / "samples.duckdb"
    result = CliRunner().invoke(main, ["code", str(SAMPLES), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


# named apart from their functions, so a test module imports the function and takes the fixture by name
@pytest.fixture(scope="module", name="samples_db")
def samples_db_fixture(tmp_path_factory) -> Path:
    return code_samples(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module", name="client")
def client_fixture(samples_db) -> Iterator:
    from fastapi.testclient import TestClient

    from dyads.serve.app import create_app

    app = create_app(samples_db)
    with TestClient(app) as test_client:
        yield test_client
    app.state.database.close()


@dataclass
class Story:
    """A story event as the tables store it, with its actor keys worked out here in Python."""

    event_id: str
    day: dt.date | None
    event: str
    quad_class: int
    goldstein: float
    confidence: float
    source_codes: list[str]
    target_codes: list[str]
    lat: float | None
    sources: set[str]
    targets: set[str]


def connect(db: Path) -> duck.Connection:
    """A read-only connection as the app's (DuckDB opens a file twice in one process only with one configuration)."""
    return duck.connect(db, read_only=True)


def stories(db: Path) -> dict[str, Story]:
    """Every story event of ``db``; an organisation (IGO/NGO/IMG with a short name) is keyed by that name."""
    con = connect(db)
    try:
        found = {row[0]: Story(*row, set(), set()) for row in con.execute(
            "SELECT event_id, day, event, quad_class, goldstein, confidence, source_codes, target_codes, lat FROM events").fetchall()}
        for story, role, code, org in con.execute(
                "SELECT m.story_id, a.role, a.code, a.org FROM event_actors a JOIN mentions m USING (event_id)").fetchall():
            if role in ("source", "target") and code:
                key = org.upper() if code in ORGANISATIONS and org else code
                getattr(found[story], role + "s").add(key)
    finally:
        con.close()
    return found
