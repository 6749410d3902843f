"""Throughput of `dyads code` against bare spaCy parsing of the same text, in one process.

    .venv/bin/python bench/throughput.py [--docs N] [--source wikinews|reuters|samples]

Prints sentences per second for bare ``nlp.pipe`` with the pinned model, for the full dyads
coder (actors, the learned event model, events, dates, places, records) and for the coder with
the rules alone (``--no-model``), and their ratios to bare spaCy.
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from dyads.coder import Coded, code_documents
from dyads.parse import load_model
from dyads.pipeline import load_pipeline
from dyads.records import Document

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
SAMPLES = Path(__file__).resolve().parents[1] / "src" / "dyads" / "samples" / "articles"


def load_texts(source: str, limit: int) -> list[Document]:
    if source == "samples":
        from dyads.read import read_documents

        docs = [d for d in read_documents([str(SAMPLES)]) if isinstance(d, Document)]
        return (docs * (limit // max(len(docs), 1) + 1))[:limit]
    path = SHARED / ("wikinews_2019_2020.jsonl" if source == "wikinews" else "reuters21578.jsonl.gz")
    opener = gzip.open if path.suffix == ".gz" else open
    documents = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            raw = json.loads(line)
            documents.append(Document(raw["id"], raw["text"][:20000]))
            if len(documents) >= limit:
                break
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--source", default="wikinews", choices=["wikinews", "reuters", "samples"])
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each; the best counts")
    args = parser.parse_args()
    if args.source != "samples" and not SHARED.exists():
        parser.error(f"news text not found at {SHARED}; use --source samples")
    documents = load_texts(args.source, args.docs)
    texts = [d.text for d in documents]

    bare = load_model()
    load_pipeline()  # load lexicons, matchers and the event model before timing
    for event_model in (True, False):
        list(code_documents(documents[:2], event_model=event_model))

    def code(event_model: bool) -> int:
        events = 0
        for result in code_documents(documents, batch_size=args.batch_size, event_model=event_model):
            if isinstance(result, Coded):
                events += len(result.events)
        return events

    # Alternate the runs and keep each one's best time, so warm-up and noise favour none of them.
    bare_times, dyads_times, rules_times = [], [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        sentences = sum(len(list(doc.sents)) for doc in bare.pipe(texts, batch_size=args.batch_size))
        bare_times.append(time.perf_counter() - start)

        start = time.perf_counter()
        events = code(event_model=True)
        dyads_times.append(time.perf_counter() - start)

        start = time.perf_counter()
        rule_events = code(event_model=False)
        rules_times.append(time.perf_counter() - start)
    bare_seconds, dyads_seconds, rules_seconds = min(bare_times), min(dyads_times), min(rules_times)

    chars = sum(len(t) for t in texts)
    print(f"documents={len(documents)} sentences={sentences} characters={chars} events={events} (rules only: {rule_events})")
    print(f"bare spaCy ({bare.meta['name']}): {sentences / bare_seconds:.1f} sentences/s ({bare_seconds:.2f} s)")
    print(f"dyads code: {sentences / dyads_seconds:.1f} sentences/s ({dyads_seconds:.2f} s)")
    print(f"dyads code --no-model: {sentences / rules_seconds:.1f} sentences/s ({rules_seconds:.2f} s)")
    print(f"ratio dyads/bare = {bare_seconds / dyads_seconds:.2f} (rules only {bare_seconds / rules_seconds:.2f})")


if __name__ == "__main__":
    main()
