"""Fuzz the readers: random and mutated inputs through real files, for a set time.

    .venv/bin/python bench/fuzz_readers.py [--seconds 60] [--seed 0] [--findings DIR]

Every case is a small seed article (.txt, .html, .jsonl, written here) mutated at random,
or random bytes, written to a temporary file and read with ``read_documents`` as the
command line would; the JSON Lines cases are also fed as standard input. A case *fails*
when the reader raises, or when a result breaks the reader's contract: a Skipped without a
coded ``[E1..]`` reason, two results with one id, a field that cannot be written as UTF-8,
or not one result per non-blank JSON line. Failing inputs are saved to ``--findings`` for
reproduction, with the traceback; so is the slowest input of each reader.

Prints the cases run, per reader the Documents and the Skipped by code, the failures,
and the slowest input's time.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import signal
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dyads.read import read_documents
from dyads.records import Document, Skipped

SEED_TXT = """Home | World | Politics | Business

Tuesday July 23 2024

Ministers meet in Ankara over border patrols

Published: 4 December 2019 11:24

By Jane Doe and John Roe, Reuters

ANKARA, Dec 4 (Reuters) - Turkey and Russia agreed on Wednesday to resume joint patrols
near the Syrian town of Afrin, the Turkish defence ministry said.

Kurdish fighters accused Ankara of shelling villages overnight; the ministry denied it.

Follow us on Twitter @Site
Copyright 2019 All rights reserved
"""

SEED_HTML = """<!DOCTYPE html>
<html><head><title>Ministers meet in Ankara</title>
<meta property="article:published_time" content="2019-12-04T08:00:00Z">
<meta name="author" content="By Jane Doe">
<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2019-12-04"}]}</script>
</head><body>
<nav>Home | News | World | Sport</nav>
<p>Tuesday July 23 2024</p>
<article><h1>Ministers meet in Ankara over border patrols</h1>
<time datetime="2019-12-04">4 December 2019</time>
<p>Turkey and Russia agreed on Wednesday to resume joint patrols near the Syrian town of Afrin.</p>
<p>Kurdish fighters accused Ankara of shelling villages overnight; the ministry denied it.</p>
</article>
<footer>Follow us on Twitter. &copy; 2019 Example News</footer>
</body></html>
"""

SEED_JSONL = "".join(
    json.dumps(record) + "\n"
    for record in (
        {"id": "a1", "text": "Turkey and Russia agreed to resume joint patrols near Afrin.", "date": "2019-12-04",
         "title": "Patrols", "url": "https://example.org/a1", "byline": "Jane Doe"},
        {"id": 7, "text": "Iran rejected the demand."},
        {"text": "Armenia accused Azerbaijan of shelling a village."},
        {"id": "a1", "text": "A second line with the same id."},
    )
)

SEEDS = {".txt": SEED_TXT.encode(), ".html": SEED_HTML.encode(), ".jsonl": SEED_JSONL.encode()}

# Pieces that have broken readers before or that parsers treat specially.
TOKENS = [
    b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"\r", b"\r\n", b"\n\n", b"\t", b"\xe2\x80\xa8",
    b'"\\ud800"', b'"\\udfff"', b"[" * 3000, b"]" * 3000, b"1" * 5000, b"1e999", b"NaN", b"-Infinity",
    b'{"id": "a1", "text": "dup"}', b'{"text": null}', b'{"date": "2019-02-30"}', b'{"id": true}',
    b"<script>", b"</article>", b"<![CDATA[", b"<!--", b"&#xd800;", b"&#0;", b"&nbsp;", b"<meta name='date' content='",
    b"Published: 31 February 2019 25:61", b"Updated on Monday, 4 Dec 2019 at 11:24 GMT+3", b"By ",
    b"04.12.2019", b"2019-12-04T08:00Z", b"Follow us", b"Home | News | World", b"\xf0\x9f\x98\x80",
]


def mutate(data: bytes, rng: random.Random, max_size: int) -> bytes:
    """Apply one to eight random edits (bit flips, inserts, deletes, splices, repeats)."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        edit = rng.randrange(8)
        at = rng.randint(0, len(buffer))
        if edit == 0 and buffer:
            # Mostly the low seven bits: flipping the eighth makes the file not UTF-8, and
            # most cases should get past the decoder.
            index = rng.randrange(len(buffer))
            buffer[index] ^= 1 << (7 if rng.random() < 0.2 else rng.randrange(7))
        elif edit == 1:
            buffer[at:at] = rng.choice(TOKENS)
        elif edit == 2 and buffer:
            end = min(len(buffer), at + rng.randint(1, 64))
            del buffer[at:end]
        elif edit == 3:
            size = rng.randint(1, 32)
            buffer[at:at] = rng.randbytes(size) if rng.random() < 0.3 else bytes(rng.choices(range(32, 127), k=size))
        elif edit == 4 and buffer:
            # Repeat a chunk many times: finds inputs that are slow for their size.
            start = rng.randrange(len(buffer))
            chunk = buffer[start:start + rng.randint(1, 200)]
            buffer[at:at] = chunk * rng.randint(2, 200)
        elif edit == 5:
            other = rng.choice(list(SEEDS.values()))
            start = rng.randrange(len(other))
            buffer[at:at] = other[start:start + rng.randint(1, 300)]
        elif edit == 6:
            del buffer[at:]
        else:
            buffer[at:at] = bytes([rng.choice(b"<>{}[]\",:\\&;#/ \n")]) * rng.randint(1, 20)
    return bytes(buffer[:max_size])


def make_case(suffix: str, rng: random.Random, max_size: int) -> bytes:
    """A mutated seed most of the time, sometimes pure random bytes or random text."""
    roll = rng.random()
    if roll < 0.1:
        return rng.randbytes(rng.randint(0, 2000))
    if roll < 0.2:
        return "".join(chr(rng.choice((rng.randint(32, 126), rng.randint(0, 0x10FFFF)))) for _ in range(rng.randint(0, 500))).encode(
            "utf-8", "surrogatepass"
        )
    return mutate(SEEDS[suffix], rng, max_size)


def contract_problems(results: list, data: bytes | None) -> list[str]:
    """What in ``results`` breaks the reader's contract; ``data`` given for JSON Lines."""
    problems = []
    ids = [getattr(r, "id", None) for r in results]
    if len(ids) != len(set(ids)):
        problems.append(f"duplicate ids in the results: {sorted(i for i, n in Counter(ids).items() if n > 1)[:5]}")
    for result in results:
        if isinstance(result, Skipped):
            if not result.reason.startswith("[E1"):
                problems.append(f"uncoded reason: {result.reason[:200]!r}")
            fields = [result.id, result.reason]
        elif isinstance(result, Document):
            if not result.text.strip():
                problems.append(f"document {result.id!r} with blank text")
            fields = [result.id, result.text, result.title, result.byline, result.url]
        else:
            problems.append(f"not a Document or Skipped: {type(result).__name__}")
            continue
        for value in fields:
            try:
                (value or "").encode("utf-8")
            except UnicodeEncodeError:
                problems.append(f"{result.id!r}: a field cannot be written as UTF-8: {value[:80]!r}")
    if data is not None and b"\x00" not in data[:8192]:
        expected = max(1, non_blank_lines(data))
        if len(results) != expected:
            problems.append(f"{len(results)} results for {expected} non-blank lines")
    return problems


def non_blank_lines(data: bytes) -> int:
    """Lines that are not blank once decoded; one that is not UTF-8 counts (it is reported)."""
    count = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            count += bool(raw.decode("utf-8-sig" if number == 1 else "utf-8").strip())
        except UnicodeDecodeError:
            count += 1
    return count


class CaseTimeout(Exception):
    """A case ran longer than --case-timeout."""


def _alarm(signum: int, frame: object) -> None:
    raise CaseTimeout


@dataclass
class ReaderStats:
    """What one reader did: cases, results by kind and code, failures, and its slowest input."""

    cases: int = 0
    documents: int = 0
    skipped: Counter = field(default_factory=Counter)
    failures: int = 0
    seconds: float = 0.0
    slowest: float = 0.0
    slowest_size: int = 0
    slowest_input: bytes = b""
    slowest_again: float = 0.0


def run_case(reader: str, data: bytes, workdir: Path, case_timeout: float) -> tuple[list, float]:
    """Read one input as ``reader`` would get it; returns the results and the seconds taken."""
    signal.setitimer(signal.ITIMER_REAL, case_timeout)
    started = time.perf_counter()
    try:
        if reader == "stdin":
            stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
            results = list(read_documents(["-"], stdin=stream))
        else:
            path = workdir / f"case{reader}"
            path.write_bytes(data)
            results = list(read_documents([str(path)]))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return results, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    parser.add_argument("--seed", type=int, default=0, help="random seed, for a run that can be repeated")
    parser.add_argument("--max-size", type=int, default=200_000, help="largest input, in bytes")
    parser.add_argument("--case-timeout", type=float, default=20.0, help="seconds before one case counts as a hang")
    parser.add_argument("--findings", type=Path, default=Path(tempfile.gettempdir()) / "dyads-fuzz-findings",
                        help="folder for failing and slowest inputs")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.findings.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGALRM, _alarm)
    readers = [".txt", ".html", ".jsonl", "stdin"]
    stats = {reader: ReaderStats() for reader in readers}
    failures: list[str] = []
    deadline = time.monotonic() + args.seconds
    with tempfile.TemporaryDirectory(prefix="dyads-fuzz-") as tmp:
        workdir = Path(tmp)
        # Read each seed once first: the first call loads dateparser's and trafilatura's
        # data, which is no input's fault.
        for reader in readers:
            run_case(reader, SEEDS[".jsonl" if reader == "stdin" else reader], workdir, args.case_timeout)
        number = 0
        while time.monotonic() < deadline:
            number += 1
            reader = readers[number % len(readers)]
            data = make_case(".jsonl" if reader == "stdin" else reader, rng, args.max_size)
            stat = stats[reader]
            stat.cases += 1
            try:
                results, seconds = run_case(reader, data, workdir, args.case_timeout)
                problems = contract_problems(results, data if reader in (".jsonl", "stdin") else None)
            except CaseTimeout:
                results, seconds = [], args.case_timeout
                problems = [f"took longer than {args.case_timeout} s"]
            except Exception:
                results, seconds = [], 0.0
                problems = [traceback.format_exc()]
            stat.seconds += seconds
            if seconds > stat.slowest:
                stat.slowest, stat.slowest_size, stat.slowest_input = seconds, len(data), data
                (args.findings / f"slowest{reader.replace('.', '_')}.bin").write_bytes(data)
            for result in results:
                if isinstance(result, Document):
                    stat.documents += 1
                else:
                    stat.skipped[result.reason[1:5] if result.reason.startswith("[E") else "uncoded"] += 1
            if problems:
                stat.failures += 1
                saved = args.findings / f"failure-{number:06d}{reader.replace('stdin', '.stdin')}"
                saved.write_bytes(data)
                saved.with_name(saved.name + ".txt").write_text("\n".join(problems), encoding="utf-8")
                failures.append(f"{saved}: {problems[0].strip().splitlines()[-1][:160]}")
        # A library loading its data on a code path's first use makes a case look slow once:
        # timing the slowest input again tells that apart from an input that is slow itself.
        for reader, stat in stats.items():
            if stat.slowest_input:
                stat.slowest_again = run_case(reader, stat.slowest_input, workdir, args.case_timeout)[1]
    total = sum(s.cases for s in stats.values())
    print(f"fuzz_readers: {total} cases in {args.seconds:.0f} s (seed {args.seed}, inputs up to {args.max_size} bytes)")
    for reader, stat in stats.items():
        codes = ", ".join(f"{code} x{n}" for code, n in sorted(stat.skipped.items())) or "none"
        mean = stat.seconds / stat.cases * 1000 if stat.cases else 0.0
        print(
            f"  {reader:6} cases {stat.cases:6}  documents {stat.documents:6}  skipped: {codes}"
            f"  failures {stat.failures}  mean {mean:.1f} ms  slowest {stat.slowest:.3f} s"
            f" ({stat.slowest_size} bytes; {stat.slowest_again:.3f} s when read again)"
        )
    print(f"failures: {len(failures)}" + (f" (inputs saved under {args.findings})" if failures else ""))
    for line in failures[:20]:
        print(f"  {line}")
    print(f"slowest inputs saved under {args.findings}")


if __name__ == "__main__":
    main()
