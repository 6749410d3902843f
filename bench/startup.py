"""Start-up time of the command line: `dyads --help` and `dyads events --limit 1`, each in fresh processes.

    python bench/startup.py [--runs 5] [--db events.duckdb]

Without --db, a small database is made first (the bundled sample articles, coded once; that run is
not timed). Prints the median and the slowest of the runs, in seconds, and which heavy modules
(spaCy, pandas) each command imported: neither should import spaCy.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "dyads" / "samples" / "articles"
# Prints which heavy modules the command imported, after it ran (atexit), on standard error.
PROBE = (
    "import atexit, sys;"
    "atexit.register(lambda: print('imported:', ','.join(m for m in ('spacy', 'pandas', 'polars', 'torch') if m in sys.modules)"
    " or '-', file=sys.stderr));"
    "from dyads.cli import main; sys.argv = ['dyads'] + sys.argv[1:]; main()"
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return env


def time_command(args: list[str], runs: int) -> tuple[list[float], str]:
    """Wall-clock seconds of ``runs`` fresh ``python -c 'dyads ...'`` processes, and what they imported."""
    seconds, imported = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=_env())
        seconds.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"dyads {' '.join(args)} failed: {done.stderr.strip()}")
        imported = done.stderr.strip().splitlines()[-1].removeprefix("imported: ")
    return seconds, imported


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", help="A dyads database to query (default: the samples, coded into a temporary one).")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = options.db or str(Path(folder) / "samples.duckdb")
        if not options.db:
            subprocess.run([sys.executable, "-m", "dyads.cli", "code", str(SAMPLES), "--db", db, "-q"], check=False,
                           env=_env(), capture_output=True)
        print(f"{'command':<32} {'median s':>9} {'max s':>7}  imported")
        for shown, args in (("dyads --help", ["--help"]), ("dyads events --limit 1", ["events", "--limit", "1", "--db", db])):
            seconds, imported = time_command(args, options.runs)
            print(f"{shown:<32} {statistics.median(seconds):>9.3f} {max(seconds):>7.3f}  {imported}")
        bare = _bare(options.runs)
        print(f"{'python -c pass (the floor)':<32} {statistics.median(bare):>9.3f} {max(bare):>7.3f}")


def _bare(runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        seconds.append(time.perf_counter() - started)
    return seconds


if __name__ == "__main__":
    main()
