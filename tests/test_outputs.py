"""Output files: checked before any coding, complete or absent, never a traceback; documented exit codes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyads.cli import main

SENTENCES = (
    "Turkish troops shelled Kurdish positions near Afrin on Monday.",
    "Russia accused Ukraine of shelling civilians in Donetsk.",
    "Iran threatened to attack Israel.",
)
PREVIOUS = '{"event_id": "previous run"}\n'


def _jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(json.dumps({"id": f"d{n}", "text": " ".join(SENTENCES), "date": "2019-12-04"}) + "\n")
    return path


def _code(*args: str):
    return CliRunner().invoke(main, ["code", *args])


def _dyads(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dyads.cli", *args], capture_output=True, text=True, timeout=300, **kwargs)


def _no_partials(folder: Path) -> bool:
    return not [p.name for p in folder.iterdir() if p.name.endswith(".partial")]


@pytest.mark.parametrize("make_path, code", [
    (lambda tmp: tmp / "missing" / "events.jsonl", "E603"),
    (lambda tmp: tmp / "missing" / "events.parquet", "E603"),
    (lambda tmp: tmp, "E604"),
])
def test_a_bad_events_path_fails_before_coding(tmp_path, make_path, code):
    inputs = _jsonl(tmp_path / "in.jsonl", 2)
    result = _code(str(inputs), "-o", str(make_path(tmp_path)))
    assert result.exit_code == 1 and f"[{code}]" in result.output and "Traceback" not in result.output
    assert "documents read" not in result.output  # nothing was coded


def test_a_read_only_file_is_not_overwritten(tmp_path):
    inputs = _jsonl(tmp_path / "in.jsonl", 1)
    out = tmp_path / "events.jsonl"
    out.write_text(PREVIOUS)
    out.chmod(0o444)
    result = _code(str(inputs), "-o", str(out))
    assert result.exit_code == 1 and "[E605]" in result.output and "read-only" in result.output
    assert out.read_text() == PREVIOUS


def test_a_bad_docs_path_fails_before_coding_and_leaves_no_events_file(tmp_path):
    inputs = _jsonl(tmp_path / "in.jsonl", 1)
    out = tmp_path / "events.jsonl"
    result = _code(str(inputs), "-o", str(out), "--docs", str(tmp_path / "nowhere" / "docs.jsonl"))
    assert result.exit_code == 1 and "[E603]" in result.output and "--docs file" in result.output
    assert "documents read" not in result.output and not out.exists() and _no_partials(tmp_path)


def test_a_finished_run_replaces_the_previous_file_whole(nlp, tmp_path):
    inputs = _jsonl(tmp_path / "in.jsonl", 2)
    out, docs = tmp_path / "events.jsonl", tmp_path / "docs.jsonl"
    out.write_text(PREVIOUS)
    result = _code(str(inputs), "-o", str(out), "--docs", str(docs), "-q")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(events) >= 4 and {e["doc_id"] for e in events} == {"d0", "d1"}
    assert [json.loads(line)["status"] for line in docs.read_text().splitlines()] == ["coded", "coded"]
    assert _no_partials(tmp_path)


def test_a_full_device_is_a_clear_error(nlp, tmp_path):
    inputs = _jsonl(tmp_path / "in.jsonl", 3)
    result = _code(str(inputs), "-o", "/dev/full", "-q")
    assert result.exit_code == 1 and "[E606]" in result.output and "No space left on device" in result.output
    assert "Traceback" not in result.output


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KB tmpfs, nearly filled; skipped where this user may not mount."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip() or done.returncode}); needs root")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_keeps_the_previous_file(nlp, tmp_path, small_disk):
    inputs = _jsonl(tmp_path / "in.jsonl", 40)  # about 100 KB of events: more than the disk holds
    out = small_disk / "events.jsonl"
    out.write_text(PREVIOUS)
    result = _code(str(inputs), "-o", str(out), "-q")
    assert result.exit_code == 1 and "[E606]" in result.output and "No space left on device" in result.output
    assert "previous file, if any, is unchanged" in result.output and "Traceback" not in result.output
    assert out.read_text() == PREVIOUS and _no_partials(small_disk)


def test_closed_standard_output_is_a_clear_error(tmp_path):
    done = subprocess.run(
        ["bash", "-c", f'"{sys.executable}" -m dyads.cli code --text "Iran threatened Israel." -o - >&-'],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 1 and "[E607]" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("name", ["events.jsonl", "events.parquet"])
def test_kill_9_mid_run_leaves_the_previous_file(tmp_path, name):
    inputs = _jsonl(tmp_path / "in.jsonl", 600)
    out = tmp_path / name
    out.write_bytes(PREVIOUS.encode())
    process = subprocess.Popen(
        [sys.executable, "-m", "dyads.cli", "code", str(inputs), "-o", str(out), "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    partial = tmp_path / f".{name}.{process.pid}.partial"
    deadline = time.monotonic() + 120
    # wait until coding has begun: the partial file is there and (JSON Lines) events reached it
    while time.monotonic() < deadline and process.poll() is None:
        if partial.exists() and (partial.stat().st_size > 0 or name.endswith(".parquet")):
            break
        time.sleep(0.05)
    if name.endswith(".parquet"):
        time.sleep(2)  # Parquet writes at the end; let some documents be coded first
    assert process.poll() is None, "the run ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert out.read_bytes() == PREVIOUS.encode()


def test_exit_codes(nlp, tmp_path):
    good = _jsonl(tmp_path / "good.jsonl", 1)
    assert _code(str(good), "-o", str(tmp_path / "a.jsonl"), "-q").exit_code == 0
    assert _code(str(good), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "b.jsonl"), "-q").exit_code == 3
    assert _code(str(tmp_path / "missing.txt"), "-o", str(tmp_path / "c.jsonl"), "-q").exit_code == 4
    assert _code("-o", str(tmp_path / "d.jsonl")).exit_code == 2  # no inputs: a usage error
    assert _code(str(good), "-o", str(tmp_path / "no" / "e.jsonl")).exit_code == 1


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the worker processes")
def test_a_worker_killed_mid_run_stops_the_run_with_a_clear_error(tmp_path):
    inputs = _jsonl(tmp_path / "in.jsonl", 1200)
    out = tmp_path / "events.jsonl"
    out.write_text(PREVIOUS)
    process = subprocess.Popen(
        [sys.executable, "-m", "dyads.cli", "code", str(inputs), "-o", str(out), "-q", "-j", "2", "--batch-size", "8"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    partial = tmp_path / f".events.jsonl.{process.pid}.partial"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None and not (partial.exists() and partial.stat().st_size):
        time.sleep(0.05)
    workers = _children(process.pid)
    assert process.poll() is None and workers, "the run ended before a worker could be killed"
    os.kill(workers[0], signal.SIGKILL)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 1 and "[E205] a worker process died" in err and "Traceback" not in err
    assert out.read_text() == PREVIOUS and _no_partials(tmp_path)


def test_partials_of_killed_runs_are_removed_and_running_ones_kept(nlp, tmp_path):
    inputs = _jsonl(tmp_path / "in.jsonl", 1)
    gone = subprocess.Popen(["true"])
    gone.wait()  # its process id no longer runs, as with a run killed by kill -9
    stale = tmp_path / f".events.jsonl.{gone.pid}.partial"
    live = tmp_path / f".events.jsonl.{os.getppid()}.partial"  # the process that started pytest: still running
    for partial in (stale, live):
        partial.write_text("half a file")
    result = _code(str(inputs), "-o", str(tmp_path / "events.jsonl"), "-q")
    assert result.exit_code == 0, result.output
    assert not stale.exists() and live.read_text() == "half a file"
