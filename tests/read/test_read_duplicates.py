"""Duplicate document ids: the first item with an id is read, every later one is skipped."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from dyads.read import read_documents, unique_ids
from dyads.records import Document, Skipped

DYADS = Path(sys.executable).with_name("dyads")
# What `dyads code` exits with when it ran to the end: all coded, some skipped, none coded.
CODE_EXITS = (0, 3, 4)


def _jsonl(path: Path, *records: dict) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_duplicate_in_one_file_names_both_lines(tmp_path):
    name = _jsonl(
        tmp_path / "docs.jsonl",
        {"id": "a1", "text": "Iran protested."},
        {"id": "b1", "text": "Turkey agreed."},
        {"id": "a1", "text": "Russia threatened Ukraine.", "title": "Threat", "date": "2024-01-02"},
        {"id": "a1", "text": "NATO met."},
    )
    results = list(read_documents([name]))
    assert results[:2] == [Document("a1", "Iran protested."), Document("b1", "Turkey agreed.")]
    third, fourth = results[2:]
    assert isinstance(third, Skipped) and third.id == "a1#2"
    assert third.reason == f"[E115] {name} line 3: duplicate document id 'a1' (first seen at {name} line 1); skipped"
    assert third.title == "Threat" and str(third.date_published) == "2024-01-02"
    assert fourth.id == "a1#3" and fourth.reason.startswith(f"[E115] {name} line 4: ")


def test_duplicate_across_files_and_stdin(tmp_path):
    first = _jsonl(tmp_path / "one.jsonl", {"id": "x", "text": "Iran protested."})
    second = _jsonl(tmp_path / "two.jsonl", {"text": "Armenia accused Azerbaijan."}, {"id": "x", "text": "Other."})
    stdin = io.StringIO(json.dumps({"id": "x", "text": "Third."}) + "\n")
    results = list(read_documents([first, second, "-"], stdin=stdin))
    assert [r.id for r in results] == ["x", f"{second}:1", "x#2", "x#3"]
    assert results[2].reason == f"[E115] {second} line 2: duplicate document id 'x' (first seen at {first} line 1); skipped"
    assert results[3].reason == f"[E115] <stdin> line 1: duplicate document id 'x' (first seen at {first} line 1); skipped"


def test_a_failed_line_keeps_its_id(tmp_path):
    # The first line with an id claims it even when it cannot be read: one record per id.
    name = _jsonl(
        tmp_path / "docs.jsonl",
        {"id": "a1", "text": "Talks.", "date": "yesterday"},
        {"id": "a1", "text": "Talks began."},
    )
    first, second = read_documents([name])
    assert first.id == "a1" and first.reason.startswith("[E106]")
    assert second == Skipped(
        "a1#2", f"[E115] {name} line 2: duplicate document id 'a1' (first seen at {name} line 1); skipped"
    )


def test_a_later_failed_line_keeps_its_reason_under_a_new_id(tmp_path):
    name = _jsonl(tmp_path / "docs.jsonl", {"id": "a1", "text": "Talks began."}, {"id": "a1", "text": " "})
    first, second = read_documents([name])
    assert first == Document("a1", "Talks began.")
    assert second.id == "a1#2" and second.reason.startswith(f"[E105] {name} line 2:")


def test_numeric_and_string_ids_are_the_same_id(tmp_path):
    name = _jsonl(tmp_path / "docs.jsonl", {"id": 7, "text": "Iran protested."}, {"id": "7", "text": "Iran again."})
    assert [r.id for r in read_documents([name])] == ["7", "7#2"]


def test_unique_ids_for_api_users():
    items = [Document("a", "one"), Document("a#2", "two"), Skipped("b", "[E103] b is empty: no text to code"),
             Document("a", "three"), Document("b", "four")]
    assert list(unique_ids(items)) == [
        Document("a", "one"),
        Document("a#2", "two"),
        Skipped("b", "[E103] b is empty: no text to code"),
        Skipped("a#3", "[E115] item 4: duplicate document id 'a' (first seen at item 1); skipped"),
        Skipped("b#2", "[E115] item 5: duplicate document id 'b' (first seen at item 3); skipped"),
    ]


def test_unique_ids_is_lazy():
    def endless():
        number = 0
        while True:
            number += 1
            yield Document(str(number % 3), "text")

    stream = unique_ids(endless())
    assert [next(stream).id for _ in range(5)] == ["1", "2", "0", "1#2", "2#2"]


def test_dyads_code_keeps_one_record_per_id(tmp_path):
    name = _jsonl(
        tmp_path / "docs.jsonl",
        {"id": "a1", "text": "Turkey attacked Kurdish fighters in Syria."},
        {"id": "a1", "text": "Russia accused Ukraine of shelling a village."},
    )
    events, docs = tmp_path / "events.jsonl", tmp_path / "docs_out.jsonl"
    done = subprocess.run(
        [str(DYADS), "code", name, "-o", str(events), "--docs", str(docs)],
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
    )
    assert done.returncode in CODE_EXITS, done.stderr
    assert f"[E115] {name} line 2: duplicate document id 'a1' (first seen at {name} line 1); skipped" in done.stderr
    records = [json.loads(line) for line in docs.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["status"]) for r in records] == [("a1", "coded"), ("a1#2", "skipped")]
    for line in events.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        assert event["doc_id"] == "a1" and "Russia" not in event["sentence"]
