"""How time and memory grow with the input: `dyads code` on the first 1,000, 5,000 and all 19,779 Reuters-21578 articles.

    python bench/growth.py [--sizes 1000,5000,19779] [-j 2] [--store]

Each size is a separate run of the real command (`python -m dyads.cli code INPUT -o EVENTS -q -j N`,
with `--db` into a fresh DuckDB file as well when --store is given) on a JSON Lines file of the first N
articles of ../shared/data/news/reuters21578.jsonl.gz (or $DYADS_SHARED/data/news). Each run is
started by a fresh Python process that waits for it and reads its own resource.getrusage(RUSAGE_CHILDREN):
the peak RSS is then that of the largest single process of that run (the coder, or a worker with -j 2),
not carried over from an earlier, larger run. A first run on 20 articles measures the fixed cost
(imports, model load, pool start), so that the time per article is given end to end and with that
fixed cost taken out. If the memory is flat and the cost linear, the peak RSS is the same at every
size and so is the time per article once the fixed cost is out. Skips with a message when the data is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared/data/news beside the repository, as in CI, or under $DYADS_SHARED (as the tests find it)
SHARED = Path(os.environ.get("DYADS_SHARED") or ROOT.parent / "shared") / "data" / "news"
SOURCE = SHARED / "reuters21578.jsonl.gz"
FIXED_COST_ARTICLES = 20

# the fresh process that runs one `dyads code` and reports its wall time and its children's peak RSS;
# ru_maxrss is the largest of the processes waited for, in KiB on Linux
CHILD = r"""
import json, resource, subprocess, sys, time
began = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - began
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": done.returncode, "wall": wall, "peak_kib": usage.ru_maxrss,
                  "cpu": usage.ru_utime + usage.ru_stime, "stderr": done.stderr[-2000:]}))
"""


def write_input(limit: int, target: Path) -> tuple[int, int]:
    """The first ``limit`` articles as JSON Lines; returns how many were written and their characters of text."""
    count = chars = 0
    with gzip.open(SOURCE, "rt", encoding="utf-8") as handle, target.open("w", encoding="utf-8") as out:
        for line in handle:
            if count >= limit:
                break
            raw = json.loads(line)
            out.write(json.dumps({"id": raw["id"], "title": raw.get("title"), "text": raw["text"], "date": raw.get("date")}) + "\n")
            count += 1
            chars += len(raw["text"])
    return count, chars


def run(size: int, folder: Path, jobs: int, store: bool) -> dict:
    source = folder / f"input-{size}.jsonl"
    articles, chars = write_input(size, source)
    events = folder / f"events-{size}.jsonl"
    command = [sys.executable, "-m", "dyads.cli", "code", str(source), "-o", str(events), "-q", "-j", str(jobs)]
    if store:
        command += ["--db", str(folder / f"store-{size}.duckdb")]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", CHILD, *command], env=env, capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout.splitlines()[-1])
    # 0 every document coded, 3 some skipped (too long, no text): both are a finished run
    if figures["rc"] not in (0, 3):
        raise SystemExit(f"dyads code failed on {size} articles (exit {figures['rc']}): {figures['stderr']}")
    with events.open(encoding="utf-8") as handle:
        figures["events"] = sum(1 for _ in handle)
    figures["articles"], figures["chars"] = articles, chars
    source.unlink()
    events.unlink()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,19779", help="comma-separated numbers of articles")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="dyads code -j")
    parser.add_argument("--store", action="store_true", help="also store the events with --db into a fresh DuckDB file")
    args = parser.parse_args()
    if not SOURCE.exists():
        print(f"skipped: no Reuters-21578 articles at {SOURCE}")
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="dyads-growth-") as name:
        folder = Path(name)
        fixed = run(FIXED_COST_ARTICLES, folder, args.jobs, args.store)
        print(f"fixed cost (-j {args.jobs}{', --db' if args.store else ''}): {fixed['wall']:.1f} s ({fixed['cpu']:.1f} s CPU) and a peak RSS of "
              f"{fixed['peak_kib'] / 1024:.0f} MiB for {fixed['articles']} articles", flush=True)
        rows = []
        for size in sizes:
            f = run(size, folder, args.jobs, args.store)
            per = f["wall"] / f["articles"]
            marginal = (f["wall"] - fixed["wall"]) / max(f["articles"] - fixed["articles"], 1)
            per_text = (f["wall"] - fixed["wall"]) / max(f["chars"] - fixed["chars"], 1) * 1000
            # CPU seconds too: on a machine that other jobs share the wall time says as much about them
            cpu = (f["cpu"] - fixed["cpu"]) / max(f["articles"] - fixed["articles"], 1)
            rows.append((f["articles"], per, marginal, f["peak_kib"], cpu))
            # the articles differ in length (the early files' ones are not the average), so the time per
            # 1,000 characters says whether the cost is linear when the time per article does not
            print(f"{f['articles']:>6} articles ({f['chars'] / 1e6:.2f} M chars): {f['events']} events in {f['wall']:.1f} s wall "
                  f"({f['cpu']:.1f} s CPU); {per * 1000:.1f} ms/article end to end, {marginal * 1000:.1f} ms/article and "
                  f"{per_text * 1000:.1f} ms/1,000 chars past the fixed cost ({cpu * 1000:.1f} ms CPU/article); "
                  f"peak RSS {f['peak_kib'] / 1024:.0f} MiB", flush=True)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        marginals, cpus = [row[2] for row in rows], [row[4] for row in rows]
        print(f"peak RSS at {last[0]} / at {first[0]}: {last[3] / first[3]:.3f}; "
              f"time per article past the fixed cost, largest / smallest across sizes: {max(marginals) / min(marginals):.3f} "
              f"wall, {max(cpus) / min(cpus):.3f} CPU")


if __name__ == "__main__":
    main()
