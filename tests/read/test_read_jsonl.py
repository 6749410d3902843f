"""JSON Lines input: good lines, and every reason a line or a file is skipped."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dyads.read import read_documents
from dyads.records import Document, Skipped


def write_lines(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_jsonl_happy_path(tmp_path):
    name = write_lines(
        tmp_path / "docs.jsonl",
        [
            json.dumps({"id": "a1", "text": "Russia and Azerbaijan held talks.", "date": "2019-12-04",
                        "title": "Talks", "url": "https://example.org/a1", "byline": "Jane Doe"}),
            "",
            json.dumps({"text": "Armenia protested."}),
            json.dumps({"id": 7, "text": "Iran rejected the demand."}),
        ],
    )
    docs = list(read_documents([name]))
    assert docs == [
        Document("a1", "Russia and Azerbaijan held talks.", dt.date(2019, 12, 4), "Talks", "Jane Doe",
                 "https://example.org/a1"),
        Document(f"{name}:3", "Armenia protested."),
        Document("7", "Iran rejected the demand."),
    ]


def test_bad_lines_are_skipped_alone(tmp_path):
    name = write_lines(
        tmp_path / "mixed.jsonl",
        [
            json.dumps({"id": "ok1", "text": "Turkey shelled positions near Afrin."}),
            '{"id": "broken", "text": ',
            json.dumps({"id": "no-text", "title": "No body"}),
            json.dumps({"id": "empty-text", "text": "   "}),
            json.dumps({"id": "bad-date", "text": "NATO deployed troops.", "date": "04/12/2019"}),
            json.dumps({"id": "impossible-date", "text": "NATO deployed troops.", "date": "2019-02-30"}),
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "ok2", "text": "The UN delivered aid."}),
        ],
    )
    results = list(read_documents([name]))
    assert [r.id for r in results if isinstance(r, Document)] == ["ok1", "ok2"]
    skipped = {r.id: r.reason for r in results if isinstance(r, Skipped)}
    assert skipped[f"{name}:2"].startswith("[E104]")
    assert skipped["no-text"].startswith("[E105]")
    assert skipped["empty-text"].startswith("[E105]")
    assert skipped["bad-date"].startswith("[E106]") and "'04/12/2019'" in skipped["bad-date"]
    assert skipped["impossible-date"].startswith("[E106]")
    assert skipped[f"{name}:7"].startswith("[E110]") and "an array" in skipped[f"{name}:7"]


def test_binary_jsonl_is_one_skip(tmp_path):
    path = tmp_path / "image.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert [(r.id, r.reason[:6]) for r in read_documents([str(path)])] == [(str(path), "[E102]")]


def test_latin1_line_is_skipped_and_others_read(tmp_path):
    path = tmp_path / "latin.jsonl"
    good = json.dumps({"id": "good", "text": "Baku hosted talks."}).encode()
    bad = '{"id": "bad", "text": "Réunion à Genève"}'.encode("latin-1")
    path.write_bytes(good + b"\n" + bad + b"\n")
    results = list(read_documents([str(path)]))
    assert isinstance(results[0], Document) and results[0].id == "good"
    assert isinstance(results[1], Skipped) and results[1].id == f"{path}:2"
    assert results[1].reason.startswith("[E102]")


def test_empty_and_blank_jsonl(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n\n", encoding="utf-8")
    results = list(read_documents([str(empty), str(blank)]))
    assert [(r.id, r.reason[:6]) for r in results] == [(str(empty), "[E103]"), (str(blank), "[E103]")]


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "x", "text": "Talks began."}).encode())
    assert list(read_documents([str(path)])) == [Document("x", "Talks began.")]


@settings(max_examples=60, deadline=None)
@given(
    docs=st.lists(
        st.fixed_dictionaries({"id": st.text(min_size=1), "text": st.text()}),
        min_size=1,
        max_size=5,
    )
)
def test_jsonl_round_trip(tmp_path_factory, docs):
    path = tmp_path_factory.mktemp("prop") / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    read = [r for r in read_documents([str(path)]) if isinstance(r, Document)]
    # The first line with an id claims it, read or not; later lines with that id are skipped.
    firsts = [d for n, d in enumerate(docs) if d["id"] not in {e["id"] for e in docs[:n]}]
    expected = [(d["id"], d["text"]) for d in firsts if d["text"].strip()]
    assert [(r.id, r.text) for r in read] == expected
