"""Standard input: closed, named twice, and JSON that breaks a naive reader."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dyads.read import read_documents
from dyads.records import Document, Skipped

DYADS = Path(sys.executable).with_name("dyads")
# What `dyads code` exits with when it ran to the end: all coded, some skipped, none coded.
CODE_EXITS = (0, 3, 4)


def test_dyads_code_with_stdin_closed(tmp_path):
    out = tmp_path / "events.jsonl"
    # `<&-` closes descriptor 0 before dyads starts: Python then sets sys.stdin to None.
    done = subprocess.run(
        ["bash", "-c", f'"{DYADS}" code - -o "{out}" <&-'],
        capture_output=True, text=True, timeout=300,
    )
    assert "Traceback" not in done.stderr
    assert done.returncode in CODE_EXITS, done.stderr
    assert "skipped <stdin>: [E117] <stdin> is closed: nothing to read" in done.stderr
    assert "skipped: 1 (E117 x1)" in done.stderr


def test_stdin_closed_in_process():
    # The same as above seen from Python: sys.stdin is None in such a process.
    script = (
        "import sys\n"
        "assert sys.stdin is None\n"
        "from dyads.read import read_documents\n"
        "print([(r.id, r.reason) for r in read_documents(['-'])])\n"
    )
    done = subprocess.run(["bash", "-c", f'"{sys.executable}" -c "$0" <&-', script],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('<stdin>', '[E117] <stdin> is closed: nothing to read')]"


def test_stdin_named_twice_is_read_once():
    stdin = io.StringIO(json.dumps({"id": "s1", "text": "Iran protested."}) + "\n")
    assert list(read_documents(["-", "-"], stdin=stdin)) == [
        Document("s1", "Iran protested."),
        Skipped("<stdin>", "[E116] <stdin>: already read as <stdin>; skipped"),
    ]


def test_stdin_that_cannot_be_read(tmp_path):
    # Descriptor 0 open for writing only: every read fails with EBADF.
    script = "from dyads.read import read_documents\nprint([(r.id, r.reason) for r in read_documents(['-'])])\n"
    write_only = os.open(tmp_path / "sink", os.O_WRONLY | os.O_CREAT)
    try:
        done = subprocess.run([sys.executable, "-c", script], stdin=write_only, capture_output=True, text=True, timeout=60)
    finally:
        os.close(write_only)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('<stdin>', '[E101] cannot read <stdin>: Bad file descriptor')]"


@pytest.mark.parametrize(
    "line, problem",
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}", "Exceeds the limit (4300 digits)"),
    ],
)
def test_json_that_python_refuses_is_e104(tmp_path, line, problem):
    path = tmp_path / "odd.jsonl"
    path.write_text(line + "\n" + json.dumps({"id": "ok", "text": "Talks began."}) + "\n", encoding="utf-8")
    first, second = read_documents([str(path)])
    assert first.id == f"{path}:1" and first.reason.startswith(f"[E104] {path} line 1: not valid JSON (")
    assert problem in first.reason
    assert second == Document("ok", "Talks began.")


def test_lone_surrogates_are_skipped(tmp_path):
    path = tmp_path / "surrogates.jsonl"
    path.write_text(
        '{"id": "t", "text": "Turkey attacked \\ud800 Syria."}\n'
        '{"id": "bad\\udfff", "text": "Iran protested."}\n'
        '{"id": "ok", "text": "Fine.", "title": "\\ud83d\\ude00 pair"}\n',
        encoding="utf-8",
    )
    first, second, third = read_documents([str(path)])
    assert first == Skipped(
        "t", f"[E118] {path} line 1: `text` holds a lone surrogate (\\ud800), which is not Unicode text"
    )
    # The id itself cannot be an id: the line's place stands in.
    assert second == Skipped(
        f"{path}:2", f"[E118] {path} line 2: `id` holds a lone surrogate (\\udfff), which is not Unicode text"
    )
    assert third == Document("ok", "Fine.", title="\U0001F600 pair")
