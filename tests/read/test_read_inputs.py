"""Dispatch on inputs: folders, standard input, unsupported and missing files, bad bytes."""
from __future__ import annotations

import io
import json

import pytest

from dyads.errors import DocumentError
from dyads.read import read_documents, read_text_document
from dyads.read.text import read_text_file
from dyads.records import Document, Skipped

ARTICLE = "Turkey and Russia agreed on Monday to resume joint patrols near Afrin.\n"


def test_folder_walk_mixed_types(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "j1", "text": "Iran protested."}) + "\n", encoding="utf-8")
    (tmp_path / "c.htm").write_text(f"<html><body><article><p>{ARTICLE}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text(ARTICLE, encoding="utf-8")

    results = list(read_documents([str(tmp_path)]))
    assert [r.id for r in results] == [
        "j1", str(tmp_path / "b" / "story.txt"), str(tmp_path / "c.htm"), str(tmp_path / "notes.pdf"),
    ]
    assert all(isinstance(r, Document) for r in results[:3])
    assert isinstance(results[3], Skipped) and results[3].reason.startswith("[E108]")
    assert "'.pdf'" in results[3].reason


def test_stdin_dash():
    stdin = io.StringIO("\ufeff" + json.dumps({"id": "s1", "text": "Armenia accused Azerbaijan."}) + "\nnot json\n")
    results = list(read_documents(["-"], stdin=stdin))
    assert results[0] == Document("s1", "Armenia accused Azerbaijan.")
    assert results[1].id == "<stdin>:2" and results[1].reason.startswith("[E104]")


def test_stdin_undecodable_line():
    raw = b'{"id": "a", "text": "ok"}\n\xff\xfe bad\n{"id": "b", "text": "ok"}\n'
    stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    results = list(read_documents(["-"], stdin=stdin))
    assert results[0] == Document("a", "ok")
    assert results[1].id == "<stdin>:2" and results[1].reason.startswith("[E102]")
    assert results[2] == Document("b", "ok")


def test_missing_path(tmp_path):
    missing = str(tmp_path / "nope.txt")
    assert list(read_documents([missing])) == [Skipped(missing, f"[E109] {missing} does not exist")]


@pytest.mark.parametrize(
    "filename, content, code",
    [
        ("nul.txt", b"Talks in Baku\x00\x00 went on.", "[E102]"),
        ("latin.txt", "Talks in Genève.".encode("latin-1"), "[E102]"),
        ("binary.html", bytes(range(256)) * 4, "[E102]"),
        ("empty.txt", b"", "[E103]"),
        ("blank.html", b"  \n\t\n", "[E103]"),
        ("furniture.txt", b"Follow us on Twitter @Site\n\nLatest See more\n", "[E107]"),
        ("menu.html", b"<html><body><nav>Home | News | World</nav></body></html>", "[E107]"),
    ],
)
def test_bad_files_are_skipped(tmp_path, filename, content, code):
    path = tmp_path / filename
    path.write_bytes(content)
    [result] = read_documents([str(path)])
    assert isinstance(result, Skipped) and result.id == str(path)
    assert result.reason.startswith(code), result.reason


def test_os_error_is_reported(tmp_path):
    # A folder where a file is expected makes the operating system refuse the read.
    with pytest.raises(DocumentError, match=r"^\[E101\] cannot read dir.txt: "):
        read_text_file(tmp_path, "dir.txt")


def test_read_text_document():
    doc = read_text_document("  Russia and Azerbaijan signed a deal  ", date=None)
    assert doc == Document("text", "Russia and Azerbaijan signed a deal")
    with pytest.raises(DocumentError, match=r"\[E103\]"):
        read_text_document(" \n ")
