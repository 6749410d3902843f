"""How `-j` scales: documents/s of `code_documents(n_process=1)` and `(n_process=2)` on the same input, in one run.

    python bench/scaling.py [--docs 200] [--source wikinews|reuters] [--jobs 1 2] [--repeat 1]

Each setting runs in a fresh Python process, as `dyads code -j N` would, reading a JSON Lines file
of the first N articles of ../shared/data/news/ (or $DYADS_SHARED/data/news) and writing the events as JSON Lines. Prints, for
each: the wall time from the process start (imports included), the time to the first result (pool
start and the pipeline load in each worker), documents/s end to end and after the first result,
the time the single writer took, and the pickled size of what crosses between processes (the
documents sent, the results sent back); then the ratio of -j 2 to -j 1 and whether the events are
the same (a digest of every full record), with the CPU seconds each setting used (its processes
together): on a machine busy with other jobs the wall-time ratio says little, the CPU ratio says
what -j costs in extra work; and, before and after, how much two busy processes get done against one
on the machine as it is (2.0 on two idle cores), the most -j 2 can gain at the time. Skips with a message when the news data is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared/data/news beside the repository, as in CI, or under $DYADS_SHARED (as the tests find it)
SHARED = Path(os.environ.get("DYADS_SHARED") or ROOT.parent / "shared") / "data" / "news"
SOURCES = {"wikinews": "wikinews_2019_2020.jsonl", "reuters": "reuters21578.jsonl.gz"}

# run in the child: code the file with n_process=N, write the events, report where the time went
CHILD = r"""
import hashlib, json, pickle, sys, time
started = time.perf_counter()
from dyads.coder import Coded, code_documents
from dyads.read import read_documents
from dyads.write import open_writer
path, out, n_process, batch_size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
imported = time.perf_counter()
first = None
documents = events = 0
writing = 0.0
sent = returned = 0
digest = hashlib.sha256()
with open_writer(out) as writer:
    for result in code_documents(read_documents([path]), n_process=n_process, batch_size=batch_size):
        if first is None:
            first = time.perf_counter()
        documents += 1
        if isinstance(result, Coded):
            sent += len(pickle.dumps(result.document))
            returned += len(pickle.dumps((result.events, result.relations)))
            began = time.perf_counter()
            writer.write(result.events)
            writing += time.perf_counter() - began
            events += len(result.events)
            for event in result.events:
                digest.update(json.dumps(event.to_dict(), sort_keys=True).encode())
ended = time.perf_counter()
print(json.dumps({"imports": imported - started, "first": (first or ended) - started, "total": ended - started,
                  "documents": documents, "events": events, "writing": writing, "sent": sent, "returned": returned,
                  "digest": digest.hexdigest()}))
"""


def _spin(seconds: float) -> int:
    began, count = time.perf_counter(), 0
    while time.perf_counter() - began < seconds:
        count += 1
    return count


def capacity(seconds: float = 3.0) -> float:
    """How much more two busy processes get done than one, now: 2.0 on two idle cores, less when other jobs hold them."""
    from multiprocessing import get_context

    one = _spin(seconds)
    with get_context("fork").Pool(2) as pool:
        two = sum(pool.map(_spin, [seconds, seconds]))
    return two / one


def write_input(source: str, limit: int, folder: Path) -> Path:
    """The first ``limit`` articles of the news file, as JSON Lines the reader reads."""
    path = SHARED / SOURCES[source]
    opener = gzip.open if path.suffix == ".gz" else open
    target = folder / "input.jsonl"
    with opener(path, "rt", encoding="utf-8") as handle, target.open("w", encoding="utf-8") as out:
        for count, line in enumerate(handle):
            if count >= limit:
                break
            raw = json.loads(line)
            out.write(json.dumps({"id": raw["id"], "text": raw["text"][:20000], "date": raw.get("date")}) + "\n")
    return target


def run(path: Path, out: Path, n_process: int, batch_size: int) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(out), str(n_process), str(batch_size)],
                          env=env, capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the process and its workers (waited for, so counted): the work -j adds, which
    # other jobs on the machine do not change as they change the wall time
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {**json.loads(done.stdout.splitlines()[-1]), "cpu": cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--source", default="wikinews", choices=sorted(SOURCES))
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="alternating runs of each setting; the fastest counts")
    args = parser.parse_args()
    if not (SHARED / SOURCES[args.source]).exists():
        print(f"skipped: no news text at {SHARED / SOURCES[args.source]}")
        return
    with tempfile.TemporaryDirectory(prefix="dyads-scaling-") as folder:
        path = write_input(args.source, args.docs, Path(folder))
        best: dict[int, dict] = {}
        machine = [capacity()]
        for _ in range(args.repeat):
            for jobs in args.jobs:
                figures = run(path, Path(folder) / f"events-{jobs}.jsonl", jobs, args.batch_size)
                if jobs not in best or figures["total"] < best[jobs]["total"]:
                    best[jobs] = figures
        machine.append(capacity())
    print(f"this machine, before and after: two busy processes do {machine[0]:.2f}x and {machine[1]:.2f}x the work of one "
          "(2.0 on two idle cores; less while other jobs hold them, and -j 2 cannot do better)")
    for jobs, f in best.items():
        steady = (f["documents"] - 1) / max(f["total"] - f["first"], 1e-9)
        print(f"-j {jobs}: {f['documents']} documents, {f['events']} events in {f['total']:.1f} s "
              f"({f['documents'] / f['total']:.2f} documents/s; after the first result {steady:.2f}/s); "
              f"imports {f['imports']:.1f} s, first result at {f['first']:.1f} s, writer {f['writing']:.2f} s; "
              f"pickled {f['sent'] / 1e6:.1f} MB of documents, {f['returned'] / 1e6:.1f} MB of results; "
              f"CPU {f['cpu']:.1f} s")
    base = best.get(1)
    for jobs, f in best.items():
        if base and jobs != 1:
            print(f"ratio -j {jobs} / -j 1: {base['total'] / f['total']:.2f}x documents/s end to end; "
                  f"CPU -j {jobs} / -j 1: {f['cpu'] / base['cpu']:.2f}; "
                  f"events {'the same' if f['digest'] == base['digest'] else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
