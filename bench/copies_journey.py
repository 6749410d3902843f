"""The two-corpus journey of the README's "One article, many papers": real news with wire copy.

    .venv/bin/python bench/copies_journey.py journey.jsonl [--news ../shared/data/news]
    dyads code journey.jsonl --db journey.duckdb

Writes the first 1,500 Reuters-21578 articles, the 294 Wikinews articles, and 80 synthetic copies:
40 Wikinews stories (drawn with ``random.Random(42)``) re-published a day later by one paper as
they came (``daily-b-N``) and by another with its credit line, retyped paragraphs and quotes and
one word changed (``herald-c-N``). The summary line of ``dyads code`` then says how many copies
were found and how many story events the database holds.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
from pathlib import Path


def journey(news: Path) -> list[dict]:
    """The articles of the journey, in the order they are written."""
    with gzip.open(news / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as handle:
        reuters = [json.loads(next(handle)) for _ in range(1500)]
    with (news / "wikinews_2019_2020.jsonl").open(encoding="utf-8") as handle:
        wiki = [json.loads(line) for line in handle]
    copies = []
    for n, doc in enumerate(random.Random(42).sample(wiki, 40)):
        day = (dt.date.fromisoformat(doc["date"]) + dt.timedelta(1)).isoformat()
        slug = doc["id"].split("-", 1)[1]
        copies.append({**doc, "id": f"daily-b-{n}", "url": f"https://daily-b.example/world/{slug}", "date": day})
        text = re.sub(r"\bsaid\b", "stated", doc["text"].replace("\n\n", "\n").replace('"', "'"), count=1)
        copies.append({**doc, "id": f"herald-c-{n}", "url": f"https://herald-c.example/news/{slug}", "date": day,
                       "text": text + "\n(Wire report; edited by the Herald desk.)"})
    return reuters + wiki + copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="The JSON Lines file to write.")
    parser.add_argument("--news", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "news")
    args = parser.parse_args()
    articles = journey(args.news)
    with args.output.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(a) + "\n" for a in articles)
    print(f"{len(articles)} articles -> {args.output}")


if __name__ == "__main__":
    main()
