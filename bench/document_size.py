"""Cost of one long document: time and peak memory at 10 KB, 100 KB and 500 KB, against bare spaCy.

    .venv/bin/python bench/document_size.py [--sizes 10000 100000 500000] [--kinds news repeated]

Each figure comes from a fresh process that parses one document of that size, either with
bare ``nlp(text)`` (the pinned model) or with the whole dyads coder, so that peak memory is
that one run's. ``news`` is Wikinews articles joined into one text (the bundled samples where
../shared/data is absent); ``repeated`` is one sentence written again and again, the input
that once took dyads minutes. Cost is linear when seconds per 100 KB stay level as the
size grows, and the dyads/bare ratio says what the dyads stages add to spaCy's own parse.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

SHARED_NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "wikinews_2019_2020.jsonl"
SAMPLES = Path(__file__).resolve().parents[1] / "src" / "dyads" / "samples" / "articles"
REPEATED = "Russian troops shelled Ukrainian positions near Kharkiv on Monday, the defence ministry in Kyiv said. "


def make_text(kind: str, size: int) -> str:
    if kind == "repeated":
        return (REPEATED * (size // len(REPEATED) + 1))[:size]
    if SHARED_NEWS.exists():
        with SHARED_NEWS.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines]
    else:
        texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    joined = "\n\n".join(texts)
    return (joined * (size // len(joined) + 1))[:size]


def measure_one(kind: str, size: int, runner: str) -> dict:
    """Time one document in this process; memory is this process's peak."""
    from dyads.coder import Coded, code_documents
    from dyads.parse import load_model
    from dyads.records import Document

    text = make_text(kind, size)
    if runner == "bare":
        nlp = load_model()
        nlp.max_length = max(nlp.max_length, size)
        nlp("Warm up.")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        sentences = len(list(nlp(text).sents))
        seconds = time.perf_counter() - start
        events = None
    else:
        list(code_documents([Document("warm", "Iran threatened Israel.")]))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        [result] = code_documents([Document("long", text)], max_chars=max(size, 1), time_budget=None)
        seconds = time.perf_counter() - start
        assert isinstance(result, Coded), result
        sentences, events = None, len(result.events)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "peak_mb": peak / 1024, "added_mb": (peak - before) / 1024, "sentences": sentences, "events": events}


def run_child(kind: str, size: int, runner: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--one", kind, str(size), runner], capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 500_000])
    parser.add_argument("--kinds", nargs="+", default=["news", "repeated"], choices=["news", "repeated"])
    parser.add_argument("--one", nargs=3, metavar=("KIND", "SIZE", "RUNNER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, size, runner = args.one
        print(json.dumps(measure_one(kind, int(size), runner)))
        return
    print(f"{'kind':9} {'chars':>8} {'bare s':>7} {'dyads s':>8} {'dyads/bare':>10} {'dyads s/100KB':>13} "
          f"{'bare MB':>8} {'dyads MB':>9} {'events':>7}")
    for kind in args.kinds:
        for size in args.sizes:
            bare, coded = run_child(kind, size, "bare"), run_child(kind, size, "dyads")
            print(
                f"{kind:9} {size:>8,} {bare['seconds']:>7.2f} {coded['seconds']:>8.2f} {coded['seconds'] / bare['seconds']:>10.2f} "
                f"{coded['seconds'] / size * 100_000:>13.2f} {bare['added_mb']:>8.0f} {coded['added_mb']:>9.0f} {coded['events']:>7}",
                flush=True,
            )


if __name__ == "__main__":
    main()
