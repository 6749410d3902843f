"""The event database at scale: insert synthetic events, de-duplicate them, time the queries.

    .venv/bin/python bench/store.py [--events 1000000] [--db PATH [--reuse]] [--window 1] [--memory-limit 8GB]

Builds Arrow batches of synthetic documents, sentences, mentions and actors (five events a
document, 30 countries, 8 event types, five years, one in five without an event date), appends
them batch by batch (memory stays that of one batch, so 10,000,000 events fit), clusters all
mentions into story events once, then times ``dyad RUS AZE --by month`` and ``--by week``,
``actor ARM`` and ``events --source RUS --target AZE --limit 50`` (best and median of five runs
each). With ``--reuse`` an existing ``--db`` is queried without building it again. It also times
the ordinary ``Store.add`` path, which builds rows in Python, on a small corpus.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

import dyads
from dyads.store import duck

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "store"))

CODES = ["RUS", "AZE", "ARM", "TUR", "UKR", "SYR", "IRN", "ISR", "USA", "CHN", "FRA", "DEU", "GBR", "IND", "PAK",
         "GEO", "BLR", "KAZ", "EGY", "SAU", "IRQ", "AFG", "JPN", "KOR", "PRK", "VEN", "BRA", "NGA", "ETH", "MLI"]
KINDS = [("AGREE", "030", 1, 4.0), ("CONSULT", "040", 1, 1.0), ("COOPERATE", "060", 2, 6.0), ("ACCUSE", "112", 3, -2.0),
         ("REQUEST", "100", 3, -5.0), ("THREATEN", "130", 3, -4.4), ("ASSAULT", "190", 4, -10.0), ("SANCTION", "160", 4, -4.0)]
EVENTS_PER_DOC = 5
START = dt.date(2015, 1, 1)


def synthetic_batch(rng: np.random.Generator, first: int, count: int, added_at: dt.datetime) -> dict[str, pa.Table]:
    """Arrow tables for ``count`` events starting at event number ``first``."""
    n = np.arange(first, first + count)
    doc = n // EVENTS_PER_DOC
    doc_ids = np.char.add("doc-", doc.astype(str))
    event_ids = np.array([f"{i:016x}" for i in n])
    # a skewed choice of countries, so a few dyads are busy
    weights = 1 / np.arange(1, len(CODES) + 1)
    source = rng.choice(len(CODES), count, p=weights / weights.sum())
    target = (source + 1 + rng.choice(len(CODES) - 1, count, p=weights[:-1] / weights[:-1].sum())) % len(CODES)
    kind = rng.integers(0, len(KINDS), count)
    published_days = rng.integers(0, 5 * 365, count // EVENTS_PER_DOC + 2)[doc - first // EVENTS_PER_DOC]
    published = np.datetime64(START) + published_days.astype("timedelta64[D]")
    dated = rng.random(count) > 0.2
    event_date = published - rng.integers(0, 2, count).astype("timedelta64[D]")
    codes = np.array(CODES)
    names = np.array([k[0] for k in KINDS])
    cameos = np.array([k[1] for k in KINDS])
    docs = np.unique(doc)
    return {
        "documents": pa.table({
            "doc_id": np.char.add("doc-", docs.astype(str)), "content_hash": np.char.add("hash-", docs.astype(str)),
            "title": pa.nulls(len(docs), pa.string()), "byline": pa.nulls(len(docs), pa.string()),
            "url": pa.nulls(len(docs), pa.string()), "outlet": np.char.add("outlet-", (docs % 50).astype(str)),
            "date_published": pa.array(published[np.searchsorted(doc, docs)], pa.date32()),
            "body": pa.nulls(len(docs), pa.string()), "status": pa.array(["coded"] * len(docs)),
            "reason": pa.nulls(len(docs), pa.string()), "coded_at": pa.array([added_at] * len(docs), pa.timestamp("us")),
            "coder": pa.array(["bench"] * len(docs)),
            **{c: pa.nulls(len(docs), pa.float64() if c == "similarity" else pa.string())
               for c in ("text_key", "duplicate_of", "similarity", "lexicon_hash", "model_hash")},
        }),
        "sentences": pa.table({
            "doc_id": doc_ids, "sentence_index": pa.array(n % EVENTS_PER_DOC, pa.int32()),
            "text": np.char.add("A synthetic sentence number ", n.astype(str)),
        }),
        "mentions": pa.table({
            "event_id": event_ids, "story_id": event_ids, "doc_id": doc_ids,
            "sentence_index": pa.array(n % EVENTS_PER_DOC, pa.int32()),
            "date": pa.array(np.where(dated, event_date, np.datetime64("NaT")), pa.date32(), mask=~dated),
            "date_published": pa.array(published, pa.date32()),
            "event": names[kind], "mode": pa.array([""] * count), "cameo": cameos[kind],
            "cameo_root": np.array([c[:2] for c in cameos])[kind],
            "quad_class": pa.array(np.array([k[2] for k in KINDS])[kind], pa.int8()),
            "goldstein": pa.array(np.array([k[3] for k in KINDS])[kind], pa.float64()),
            "source_key": codes[source], "target_key": codes[target], "trigger": names[kind],
            "negated": pa.array(np.zeros(count, bool)), "confidence": pa.array(np.full(count, 0.8)),
            "why": pa.array(["bench"] * count), "location_name": pa.nulls(count, pa.string()),
            "location_country": pa.nulls(count, pa.string()), "lat": pa.nulls(count, pa.float64()),
            "lon": pa.nulls(count, pa.float64()), "location_text": pa.nulls(count, pa.string()),
            "added_at": pa.array([added_at] * count, pa.timestamp("us")),
            "date_precision": pa.array(np.where(dated, "day", ""), pa.string(), mask=~dated),
        }),
        "event_actors": pa.table({
            "event_id": np.concatenate([event_ids, event_ids]),
            "role": np.array(["source"] * count + ["target"] * count),
            "position": pa.array(np.zeros(2 * count, np.int32)),
            "text": np.concatenate([codes[source], codes[target]]), "code": np.concatenate([codes[source], codes[target]]),
            "sector": pa.nulls(2 * count, pa.string()), "name": pa.nulls(2 * count, pa.string()),
            "org": pa.nulls(2 * count, pa.string()),
        }),
    }


def timed(runs: int, work) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


def latency(times: list[float]) -> str:
    return f"best {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms of {len(times)}"


def bench_bulk(path: Path, events: int, window: int, batch: int) -> None:
    rng = np.random.default_rng(42)
    added_at = dt.datetime(2020, 1, 1)
    with dyads.open(path, window=window) as store:
        con = store._con  # the bench drives the loader's own functions
        started = time.perf_counter()
        for first in range(0, events, batch):
            tables = synthetic_batch(rng, first, min(batch, events - first), added_at)
            with duck.transaction(con):
                for name, table in tables.items():
                    duck.insert_arrow(con, name, table)
        inserted = time.perf_counter() - started
        started = time.perf_counter()
        with duck.transaction(con):
            stories = duck.recluster(con, window)
        clustered = time.perf_counter() - started
    size = path.stat().st_size / 2**20
    print(f"insert {events:,} events ({events // EVENTS_PER_DOC:,} documents) in Arrow batches of {batch:,}: {inserted:.1f} s"
          f" ({events / inserted:,.0f} events/s)")
    print(f"de-duplicate into story events (window {window} day): {clustered:.1f} s -> {stories:,} story events; file {size:,.0f} MiB")


def bench_queries(path: Path) -> None:
    with dyads.open(path, read_only=True) as store:
        stories = store.sql("SELECT count(*) AS n FROM events", frame="arrow").column("n")[0].as_py()
        print(f"queries on {stories:,} story events ({path.stat().st_size / 2**20:,.0f} MiB file):")
        for by in ("month", "week"):
            times = timed(5, lambda by=by: store.dyad("RUS", "AZE", by=by, frame="arrow"))
            rows = store.dyad("RUS", "AZE", by=by, frame="arrow")
            total = sum(rows.column("events").to_pylist())
            print(f"dyad RUS AZE --by {by}: {latency(times)} ({rows.num_rows} rows, {total:,} events)")
        times = timed(5, lambda: store.actor("ARM", frame="arrow"))
        print(f"actor ARM: {latency(times)} ({store.actor('ARM', frame='arrow').num_rows} rows)")
        times = timed(5, lambda: store.events(source="RUS", target="AZE", limit=50, frame="arrow"))
        print(f"events --source RUS --target AZE --limit 50: {latency(times)}")


def bench_add(path: Path, documents: int) -> None:
    from synthetic import make_coded, make_event

    rng = random.Random(42)
    coded = []
    for d in range(documents):
        day = (START + dt.timedelta(rng.randrange(5 * 365))).isoformat()
        events = [make_event(f"doc-{d}", i, rng.choice([k[0] for k in KINDS]), [rng.choice(CODES)], [rng.choice(CODES)], day, day)
                  for i in range(EVENTS_PER_DOC)]
        coded.append(make_coded(f"doc-{d}", events, day))
    with dyads.open(path) as store:
        seconds = timed(1, lambda: store.add(coded))[0]
    print(f"Store.add (rows built in Python, one transaction per 200 documents): {documents * EVENTS_PER_DOC:,} events"
          f" in {seconds:.1f} s ({documents * EVENTS_PER_DOC / seconds:,.0f} events/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=100_000)
    parser.add_argument("--window", type=int, default=1)
    parser.add_argument("--add-documents", type=int, default=4_000, help="Documents for the Store.add figure.")
    parser.add_argument("--db", type=Path, help="Database file (default: a temporary one).")
    parser.add_argument("--reuse", action="store_true", help="Query an existing --db without building it again.")
    parser.add_argument("--memory-limit", default="8GB", help="DuckDB's memory limit (default 8GB).")
    args = parser.parse_args()
    # the store locks its configuration once open, so the limit goes in with the connection's config
    duck.SANDBOX = {**duck.SANDBOX, "memory_limit": args.memory_limit}
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        if not (args.reuse and path.exists()):
            path.unlink(missing_ok=True)
            bench_bulk(path, args.events, args.window, args.batch)
        bench_queries(path)
        if args.add_documents:
            bench_add(Path(tmp) / "add.duckdb", args.add_documents)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.1f} GiB")


if __name__ == "__main__":
    main()
