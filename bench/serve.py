"""Latency of the `dyads serve` JSON API on a large store: dyad, actor network and events endpoints.

    .venv/bin/python bench/serve.py [--events 1000000] [--requests 50] [--db PATH]

Builds a synthetic store with bench/store.py's batch builder (Arrow batches appended, then all
mentions clustered into story events once; 30 countries, 8 event types, five years), or uses --db
when that file exists. Then starts the app (``create_app``: the read-only connection and its
start-up tables) and sends each parameter set --requests times through FastAPI's TestClient, in
process, one request at a time: the time is the API's (routing, SQL, JSON), with no network.
Prints the start-up time and, per endpoint and parameter set, the median and 95th percentile in
milliseconds; the target is a p95 under 300 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for bench/store.py

from store import synthetic_batch

import dyads
from dyads.store import duck

TARGET_MS = 300
SETS = {
    "dyad": [
        {"a": "RUS", "b": "AZE", "by": "month"},
        {"a": "RUS", "b": "AZE", "by": "week"},
        {"a": "USA", "b": "CHN", "by": "year"},
        {"a": "TUR", "b": "SYR", "by": "month", "since": "2017-01-01", "until": "2018-12-31", "min_confidence": 0.5},
    ],
    "network": [
        {"key": "RUS"},
        {"key": "ARM", "since": "2016-01-01", "until": "2016-12-31"},
        {"key": "MLI", "limit": 10},
    ],
    "events": [
        {},
        {"page": 200, "page_size": 50},
        {"source": "RUS", "target": "AZE", "page_size": 200},
        {"actor": "ARM", "quad_class": 4, "since": "2018-01-01", "until": "2018-06-30"},
        {"country": "UKR", "event": "ASSAULT", "page": 3},
        {"q": "sentence number 4242"},
    ],
}


def build(path: Path, events: int, batch: int) -> None:
    """The synthetic store of bench/store.py: ``events`` mentions in Arrow batches, clustered once."""
    rng = np.random.default_rng(42)
    added_at = dt.datetime(2020, 1, 1)
    started = time.perf_counter()
    with dyads.open(path, window=1) as store:
        con = store._con  # the bench drives the loader's own functions, as bench/store.py does
        for first in range(0, events, batch):
            tables = synthetic_batch(rng, first, min(batch, events - first), added_at)
            with duck.transaction(con):
                for name, table in tables.items():
                    duck.insert_arrow(con, name, table)
        with duck.transaction(con):
            stories = duck.recluster(con, 1)
    print(f"built {events:,} events ({stories:,} story events) in {time.perf_counter() - started:.1f} s;"
          f" file {path.stat().st_size / 2**20:,.0f} MiB")


def url_of(endpoint: str, params: dict) -> tuple[str, dict]:
    if endpoint == "network":
        rest = {k: v for k, v in params.items() if k != "key"}
        return f"/api/actors/{params['key']}/network", rest
    return f"/api/{endpoint}", params


def measure(client, endpoint: str, params: dict, requests: int) -> tuple[float, float, str]:
    """Median and 95th percentile in ms of ``requests`` identical requests, and what the last one answered."""
    url, query = url_of(endpoint, params)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url, params=query)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} {query}: {response.status_code} {response.text}")
    body = response.json()
    if endpoint == "dyad":
        shape = f"{len(body['periods'])} period rows, {sum(p['events'] for p in body['periods']):,} events both ways"
    elif endpoint == "network":
        shape = f"{len(body['edges'])} partners, {sum(e['events'] for e in body['edges']):,} events"
    else:
        shape = f"{len(body['events'])} of {body['total']:,} events"
    p95 = statistics.quantiles(times, n=20, method="inclusive")[18]
    return statistics.median(times), p95, shape


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50, help="Requests per parameter set.")
    parser.add_argument("--db", type=Path, help="A database to use (built here when the file does not exist).")
    args = parser.parse_args()
    from fastapi.testclient import TestClient

    from dyads.serve.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "serve.duckdb"
        if not path.exists():
            build(path, args.events, args.batch)
        started = time.perf_counter()
        app = create_app(path)
        print(f"start-up (open read-only, build the actor tables): {time.perf_counter() - started:.1f} s")
        worst = 0.0
        with TestClient(app) as client:
            print(f"{'endpoint':<9} {'parameters':<88} {'median ms':>9} {'p95 ms':>7}  answer")
            for endpoint, sets in SETS.items():
                for params in sets:
                    median, p95, shape = measure(client, endpoint, params, args.requests)
                    worst = max(worst, p95)
                    shown = " ".join(f"{k}={v}" for k, v in params.items()) or "(none)"
                    print(f"{endpoint:<9} {shown:<88} {median:>9.1f} {p95:>7.1f}  {shape}")
        # other work on the machine slows every figure: say how busy it was
        print("load average (1, 5, 15 min): " + ", ".join(f"{n:.1f}" for n in os.getloadavg()) + f" on {os.cpu_count()} cores")
        verdict = "under" if worst < TARGET_MS else "OVER"
        print(f"slowest p95: {worst:.0f} ms, {verdict} the {TARGET_MS} ms target ({args.requests} requests a set)")


if __name__ == "__main__":
    main()
