"""``dyads serve`` cannot change the database or read a file outside it, and refuses a bad database before it starts."""
from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dyads.cli import main
from dyads.cli_serve import is_loopback
from dyads.errors import DyadsError
from dyads.serve.app import create_app
from dyads.store import duck

from .fixtures import connect, samples_db_fixture  # noqa: F401  (fixtures)

# requests that try what a visitor might: every endpoint, SQL in every text parameter, odd ids
ATTEMPTS = [
    ("/api/meta", {}), ("/api/actors", {"q": "ru"}), ("/api/actors", {"q": "'; DROP TABLE events; --"}),
    ("/api/dyad", {"a": "AZE", "b": "ARM", "by": "week"}), ("/api/dyad", {"a": "AZE'; DELETE FROM events; --", "b": "ARM"}),
    ("/api/actors/RUS/network", {}), ("/api/actors/EU/network", {"since": "2019-12-01", "until": "2019-12-31"}),
    ("/api/events", {"q": "x'); DELETE FROM events; --"}), ("/api/events", {"doc_id": "' OR 1=1 --", "event": "x' OR '1'='1"}),
    ("/api/events", {"actor": "EU", "quad_class": 1, "min_confidence": 0.5, "page": 2, "page_size": 5}),
    ("/api/events/0000000000000000", {}), ("/api/documents/x'; DROP TABLE documents; --", {}),
    ("/api/map", {"actor": "RUS"}), ("/api/world", {}), ("/", {}), ("/openapi.json", {}), ("/docs", {}),
]


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def copy(samples_db, tmp_path) -> Path:
    """A copy of the samples database this test alone opens."""
    target = tmp_path / "copy.duckdb"
    shutil.copy(samples_db, target)
    return target


def test_no_request_changes_the_file(copy):
    before = _fingerprint(copy)
    time.sleep(0.01)  # a write now would move the modification time
    app = create_app(copy)
    with TestClient(app) as client:
        events = client.get("/api/events", params={"page_size": 200}).json()["events"]
        documents = {e["doc_id"] for e in events}
        for url, params in ATTEMPTS + [(f"/api/events/{e['event_id']}", {}) for e in events] + \
                [(f"/api/documents/{d}", {}) for d in documents]:
            assert client.get(url, params=params).status_code < 500, url
        for method in ("post", "put", "patch", "delete"):  # nothing answers a writing method
            assert getattr(client, method)("/api/events").status_code == 405
        after_requests = client.get("/api/meta").json()
    app.state.database.close()
    assert after_requests["events"] == len(events)
    assert _fingerprint(copy) == before
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.duckdb"]  # no write-ahead log either


@pytest.mark.parametrize("statement", [
    "CREATE TABLE stolen (a INTEGER)",
    "INSERT INTO meta VALUES ('owner', 'me')",
    "DELETE FROM events",
    "UPDATE documents SET body = ''",
    "DROP TABLE events",
])
def test_the_connection_refuses_writes(copy, statement):
    import duckdb

    app = create_app(copy)
    with pytest.raises(duckdb.Error, match="read-only|read only"):
        app.state.database._con.execute(statement)
    app.state.database.close()


@pytest.mark.parametrize("statement", [
    "SELECT * FROM read_text('/etc/passwd')",
    "COPY events TO '/tmp/leak.csv'",
    "ATTACH '/tmp/other.duckdb' AS other",
    "INSTALL httpfs",
])
def test_the_connection_reaches_no_file(copy, statement):
    import duckdb

    app = create_app(copy)
    with pytest.raises(duckdb.Error):
        app.state.database._con.execute(statement)
    app.state.database.close()
    assert not Path("/tmp/leak.csv").exists()


@pytest.fixture
def site(samples_db, tmp_path) -> tuple[TestClient, Path]:
    """The app with a static folder of its own, beside a secret file, a link out and the database."""
    static = tmp_path / "site" / "static"
    (static / "world").mkdir(parents=True)
    (static / "index.html").write_text("<!doctype html><title>dyads</title>", encoding="utf-8")
    (static / "world" / "countries-110m.json").write_text('{"type": "Topology"}', encoding="utf-8")
    (static / "app.js").write_text("console.log('page');", encoding="utf-8")
    (tmp_path / "site" / "secret.txt").write_text("SECRET-OUTSIDE", encoding="utf-8")
    os.symlink(tmp_path / "site" / "secret.txt", static / "link.txt")
    db = tmp_path / "site" / "events.duckdb"
    shutil.copy(samples_db, db)
    app = create_app(db, static=static)
    with TestClient(app) as client:
        yield client, static
    app.state.database.close()


def test_the_page_and_its_files_are_served(site):
    client, _ = site
    page = client.get("/")
    assert page.status_code == 200 and page.text.startswith("<!doctype html>") and page.headers["content-type"].startswith("text/html")
    assert client.get("/static/app.js").text == "console.log('page');"
    assert client.get("/api/world").json() == {"type": "Topology"}


@pytest.mark.parametrize("url", [
    "/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/%2E%2E/secret.txt", "/static/..%2fsecret.txt",
    "/static/%2e%2e%2fsecret.txt", "/static/..%5csecret.txt", "/static/....//secret.txt", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/static/link.txt", "/static/../events.duckdb", "/static/%2e%2e/events.duckdb",
    "/static/../../../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/api/documents/../../secret.txt", "/api/documents/%2e%2e%2f%2e%2e%2fsecret.txt", "/api/world/../../secret.txt",
])
def test_no_file_outside_the_static_folder_is_served(site, url):
    client, _ = site
    response = client.get(url)
    assert response.status_code == 404, url
    assert "SECRET-OUTSIDE" not in response.text and "root:" not in response.text


def _duckdb_file(path: Path, *statements: str) -> Path:
    import duckdb

    con = duckdb.connect(str(path))
    for statement in statements:
        con.execute(statement)
    con.close()
    return path


def _bad_database(kind: str, folder: Path) -> Path:
    path = folder / f"{kind}.duckdb"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("not a database\n", encoding="utf-8")
    elif kind == "other":
        _duckdb_file(path, "CREATE TABLE people (name VARCHAR)")
    elif kind == "meta-only":
        _duckdb_file(path, "CREATE TABLE meta (key VARCHAR, value VARCHAR)")
    elif kind == "no-tables":
        _duckdb_file(path)
    return path


@pytest.mark.parametrize("kind, code", [
    ("missing", "E804"), ("empty", "E840"), ("text", "E802"), ("other", "E802"), ("meta-only", "E802"), ("no-tables", "E802"),
])
def test_a_bad_database_is_refused_before_serving(tmp_path, kind, code):
    path = _bad_database(kind, tmp_path)
    with pytest.raises(DyadsError, match=code):
        create_app(path)
    # the command says so and starts no server (it would not return)
    result = CliRunner().invoke(main, ["serve", "--db", str(path), "--port", "9"])
    assert result.exit_code == 1 and f"[{code}]" in result.output, result.output


def test_an_older_database_is_refused_unchanged(copy):
    con = duck.connect(copy, read_only=False)
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    before = _fingerprint(copy)
    with pytest.raises(DyadsError, match="E841"):
        create_app(copy)
    assert _fingerprint(copy) == before


def test_the_database_comes_from_the_environment(copy, monkeypatch):
    monkeypatch.setenv("DYADS_DB", str(copy.parent / "elsewhere.duckdb"))
    result = CliRunner().invoke(main, ["serve", "--port", "9"])
    assert result.exit_code == 1 and "elsewhere.duckdb" in result.output and "[E804]" in result.output


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.10", False), ("example.org", False),
])
def test_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(db: Path, *options: str) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parents[2] / "src"),
                                                                        os.environ.get("PYTHONPATH")]))}
    server = subprocess.Popen([sys.executable, "-m", "dyads.cli", "serve", "--db", str(db), "--port", str(port), *options],
                              stderr=subprocess.PIPE, text=True, env=env)
    return server, port


def _wait_for(port: int) -> httpx.Response:
    deadline = time.monotonic() + 60
    while True:
        try:
            return httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=5)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.parametrize("host, warned", [("127.0.0.1", False), ("0.0.0.0", True)])
def test_the_command_serves_and_warns_off_loopback(copy, host, warned):
    server, port = _serve(copy, "--host", host)
    try:
        meta = _wait_for(port).json()
        # a name of another site pointed at this machine (DNS rebinding) reads nothing from a local server
        rebound = httpx.get(f"http://127.0.0.1:{port}/api/meta", headers={"Host": f"attacker.example:{port}"}, timeout=5)
        as_localhost = httpx.get(f"http://127.0.0.1:{port}/api/meta", headers={"Host": f"localhost:{port}"}, timeout=5)
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    with connect(copy) as con:
        events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    assert meta["events"] == events and meta["database"] == "copy.duckdb"
    assert f"serving {copy} ({events:,} story events) at http://{host}:{port}/" in stderr
    assert ("warning: listening on 0.0.0.0" in stderr) is warned, stderr
    assert as_localhost.status_code == 200
    assert rebound.status_code == (200 if warned else 400) and (warned or "events" not in rebound.text)


def test_help_imports_no_web_server():
    probe = ("import sys; from dyads.cli import main; sys.argv = ['dyads', '--help'];\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette', 'pydantic', 'duckdb') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parents[2] / "src"),
                                                                        os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "serve" in done.stdout and done.stdout.strip().splitlines()[-1] == "[]"
