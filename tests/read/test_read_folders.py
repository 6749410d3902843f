"""Folders account for every entry: what is not read is reported with a coded reason.

Real FIFOs, sockets, symbolic links and unreadable folders on disk; a subprocess without
the root capabilities where the test runs as root (root reads any folder).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from dyads.errors import DocumentError
from dyads.read import read_documents
from dyads.read.text import read_text_file
from dyads.records import Document

ARTICLE = "Turkey and Russia agreed on Monday to resume joint patrols near Afrin.\n"
DYADS = Path(sys.executable).with_name("dyads")
# What `dyads code` exits with when it ran to the end: all coded, some skipped, none coded.
CODE_EXITS = (0, 3, 4)


def _article(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _results(*inputs: Path | str) -> list[tuple[str, str]]:
    """(id, "DOC" or the reason) for each result, in order."""
    return [
        (r.id, "DOC" if isinstance(r, Document) else r.reason)
        for r in read_documents([str(i) for i in inputs])
    ]


def _within(seconds: float, call, fifo: Path):
    """Run ``call``; if it blocks on ``fifo``, open the FIFO's other end to free it, then fail."""
    outcome: list = []
    thread = threading.Thread(target=lambda: outcome.append(call()), daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        # The reader waits for a writer: give it one that writes nothing, so the test ends.
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
        pytest.fail(f"reading {fifo} blocked for {seconds} s")
    return outcome[0]


def test_fifo_socket_broken_link_and_loops_are_reported(tmp_path):
    top = tmp_path / "news"
    _article(top / "a.txt")
    os.mkfifo(top / "b_pipe.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(top / "c_sock.txt"))
        (top / "d_broken.txt").symlink_to("gone.txt")
        (top / "e_loop.txt").symlink_to("e_loop.txt")
        (top / "f").mkdir()
        (top / "f" / "up").symlink_to("..")
        results = _within(20, lambda: _results(top), top / "b_pipe.txt")
    assert results == [
        (f"{top}/a.txt", "DOC"),
        (f"{top}/b_pipe.txt", f"[E114] {top}/b_pipe.txt: not a regular file (a FIFO); not read"),
        (f"{top}/c_sock.txt", f"[E114] {top}/c_sock.txt: not a regular file (a socket); not read"),
        (f"{top}/d_broken.txt",
         f"[E112] {top}/d_broken.txt: broken symbolic link (its target 'gone.txt' does not exist)"),
        (f"{top}/e_loop.txt",
         f"[E113] {top}/e_loop.txt: symbolic link loop (too many levels of symbolic links)"),
        (f"{top}/f/up", f"[E113] {top}/f/up: symbolic link loop (leads back to {top}, which holds it)"),
    ]


def test_device_in_a_folder_is_not_read(tmp_path):
    top = tmp_path / "news"
    top.mkdir()
    (top / "zero.txt").symlink_to("/dev/zero")
    assert _results(top) == [
        (f"{top}/zero.txt", f"[E114] {top}/zero.txt: not a regular file (a character device); not read"),
    ]


def test_links_to_files_and_folders_are_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    _article(elsewhere / "story.txt")
    _article(elsewhere / "inner" / "deep.txt")
    top = tmp_path / "news"
    top.mkdir()
    (top / "linked.txt").symlink_to(elsewhere / "story.txt")
    (top / "linked_folder").symlink_to(elsewhere / "inner")
    assert _results(top) == [(f"{top}/linked.txt", "DOC"), (f"{top}/linked_folder/deep.txt", "DOC")]


def test_second_way_to_the_same_file_or_folder_is_reported(tmp_path):
    top = tmp_path / "news"
    _article(top / "a.txt")
    _article(top / "sub" / "b.txt")
    (top / "z_alias.txt").symlink_to("a.txt")
    (top / "z_sub").symlink_to("sub")
    os.link(top / "a.txt", top / "y_hard.txt")
    assert _results(top) == [
        (f"{top}/a.txt", "DOC"),
        (f"{top}/sub/b.txt", "DOC"),
        (f"{top}/y_hard.txt", f"[E116] {top}/y_hard.txt: already read as {top}/a.txt; skipped"),
        (f"{top}/z_alias.txt", f"[E116] {top}/z_alias.txt: already read as {top}/a.txt; skipped"),
        (f"{top}/z_sub", f"[E116] {top}/z_sub: already read as {top}/sub; skipped"),
    ]


def test_paths_named_twice_are_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _article(tmp_path / "news" / "a.txt")
    results = _results("news/a.txt", "./news/a.txt", "news", "news/a.txt")
    assert results == [
        ("news/a.txt", "DOC"),
        ("./news/a.txt", "[E116] ./news/a.txt: already read as news/a.txt; skipped"),
        # The folder itself is new; the one file in it is not.
        ("news/a.txt#2", "[E116] news/a.txt: already read as news/a.txt; skipped"),
        ("news/a.txt#3", "[E116] news/a.txt: already read as news/a.txt; skipped"),
    ]


def test_folder_named_twice_and_a_file_before_its_folder(tmp_path):
    top = tmp_path / "news"
    _article(top / "a.txt")
    _article(top / "b.txt")
    assert _results(top / "b.txt", top, top) == [
        (f"{top}/b.txt", "DOC"),
        (f"{top}/a.txt", "DOC"),
        (f"{top}/b.txt#2", f"[E116] {top}/b.txt: already read as {top}/b.txt; skipped"),
        (f"{top}", f"[E116] {top}: already read as {top}; skipped"),
    ]


def test_jsonl_named_twice_is_one_skip_not_one_per_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{n}", "text": "Talks began."}) + "\n" for n in range(3)))
    results = _results(path, path)
    assert [r[0] for r in results] == ["d0", "d1", "d2", f"{path}"]
    assert results[3][1] == f"[E116] {path}: already read as {path}; skipped"


def test_hidden_entries_stay_out_and_order_is_by_path_parts(tmp_path):
    top = tmp_path / "news"
    for name in ("b.txt", "a/z.txt", "a.txt", "a-b.txt", "a/b/c.txt", ".hidden/x.txt", "a/.x.txt"):
        _article(top / name)
    (top / ".link.txt").symlink_to("gone")  # hidden: not even reported
    assert [r[0] for r in _results(top)] == [
        f"{top}/{name}" for name in ("a/b/c.txt", "a/z.txt", "a-b.txt", "a.txt", "b.txt")
    ]


def test_fifo_named_on_the_command_line_does_not_hang(tmp_path):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    results = _within(20, lambda: _results(fifo), fifo)
    assert results == [(str(fifo), f"[E114] {fifo}: not a regular file (a FIFO); not read")]


def test_reader_refuses_a_fifo_itself(tmp_path):
    # The readers check the opened file too, for a path swapped for a FIFO after the walk.
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)

    def read():
        with pytest.raises(DocumentError) as caught:
            read_text_file(fifo, "feed.txt")
        return str(caught.value)

    assert _within(20, read, fifo) == "[E114] feed.txt: not a regular file (a FIFO); not read"


def test_fifo_on_the_command_line_with_dyads_code(tmp_path):
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    done = subprocess.run(
        [str(DYADS), "code", str(fifo), "-o", str(tmp_path / "events.jsonl")],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert done.returncode in CODE_EXITS, done.stderr
    assert f"skipped {fifo}: [E114] {fifo}: not a regular file (a FIFO); not read" in done.stderr
    assert "Traceback" not in done.stderr


def test_broken_link_named_on_the_command_line(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nothing.txt")
    assert _results(link) == [
        (str(link), f"[E112] {link}: broken symbolic link (its target '{tmp_path}/nothing.txt' does not exist)"),
    ]


def test_folders_deeper_than_the_recursion_limit(tmp_path):
    depth = sys.getrecursionlimit() + 100
    deep = str(tmp_path)
    for _ in range(depth):  # os.makedirs and Path.mkdir(parents=True) recurse themselves
        deep += "/d"
        os.mkdir(deep)
    _article(Path(deep) / "a.txt")
    try:
        [result] = read_documents([str(tmp_path)])
        assert isinstance(result, Document) and result.id == f"{deep}/a.txt"
    finally:
        # pytest's own clean-up (shutil.rmtree) recurses too and would fail on this tree.
        os.remove(f"{deep}/a.txt")
        while deep != str(tmp_path):
            os.rmdir(deep)
            deep = os.path.dirname(deep)


def test_file_names_that_are_not_utf8_give_printable_ids(tmp_path):
    folder = os.fsencode(tmp_path / "news")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write(ARTICLE)
    [result] = read_documents([str(tmp_path / "news")])
    assert isinstance(result, Document) and result.id == f"{tmp_path}/news/caf\\xe9.txt"
    result.id.encode("utf-8")  # what the writers and spaCy need


_LIST_LOCKED = (
    "import json, sys\n"
    "from dyads.read import read_documents\n"
    "print(json.dumps([[r.id, getattr(r, 'reason', 'DOC')] for r in read_documents(sys.argv[1:])]))\n"
)


def _run_without_root_powers(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", _LIST_LOCKED, *args]
    if os.geteuid() == 0:
        # Root reads any folder; without these two capabilities it obeys the permission bits.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and setpriv is missing: cannot make a folder unreadable")
        caps = "-dac_override,-dac_read_search"
        command = [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_unreadable_folder_is_reported_and_the_rest_read(tmp_path):
    top = tmp_path / "news"
    _article(top / "a.txt")
    _article(top / "locked" / "secret.txt")
    _article(top / "z.txt")
    (top / "locked").chmod(0o000)
    try:
        done = _run_without_root_powers(str(top))
    finally:
        (top / "locked").chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [
        [f"{top}/a.txt", "DOC"],
        [f"{top}/locked", f"[E111] {top}/locked: cannot list folder: Permission denied"],
        [f"{top}/z.txt", "DOC"],
    ]


def test_unreadable_file_in_a_folder_is_reported(tmp_path):
    top = tmp_path / "news"
    _article(top / "a.txt").chmod(0o000)
    done = _run_without_root_powers(str(top))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [[f"{top}/a.txt", f"[E101] cannot read {top}/a.txt: Permission denied"]]
