"""How much of a run page reading takes: reading the layout fixtures against bare spaCy parsing of what they give.

    .venv/bin/python bench/reading.py [--rounds N]

Reads every page of ``tests/data/layouts`` (``.txt`` and ``.html``: header, byline, dates,
dateline, body) ``N`` times, then parses the bodies read with the pinned spaCy model alone, in the
same process, and prints both rates and reading's share of the two together.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from dyads.parse import load_model
from dyads.read import read_documents
from dyads.records import Document

PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "layouts"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    paths = sorted(str(p) for p in PAGES.iterdir() if p.suffix in {".txt", ".html"})
    list(read_documents(paths[:1]))  # imports and caches warmed outside the clock
    start = time.perf_counter()
    documents: list[Document] = []
    for _ in range(args.rounds):
        documents = [d for d in read_documents(paths) if isinstance(d, Document)]
    reading = (time.perf_counter() - start) / args.rounds
    nlp = load_model()
    texts = [d.text for d in documents]
    list(nlp.pipe(texts[:2]))
    start = time.perf_counter()
    list(nlp.pipe(texts))
    parsing = time.perf_counter() - start
    print(f"pages: {len(paths)}; reading {len(paths) / reading:.0f} pages/s ({1000 * reading / len(paths):.1f} ms a page)")
    print(f"bare spaCy on the bodies: {len(texts) / parsing:.0f} pages/s ({1000 * parsing / len(texts):.1f} ms a page)")
    print(f"reading's share of reading + parsing: {reading / (reading + parsing):.2f}")


if __name__ == "__main__":
    main()
