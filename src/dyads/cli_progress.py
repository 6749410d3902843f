"""The progress bar of ``dyads code`` and ``dyads recode``, and how many documents a run will read where that is known."""
from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

# One document a file; a .jsonl file holds one a line. CSV rows may span lines and gzip would
# have to be read twice, so an input with them has no known size (the bar then shows no total).
_ONE_A_FILE = {".txt", ".html", ".htm"}


def input_size(inputs: tuple[str, ...]) -> int | None:
    """How many results reading ``inputs`` gives, where that is cheap to know; else None.

    Files of other kinds count one each (they are reported as skipped, one result each).
    Cheap against coding: counting a .jsonl file's lines reads it at disk speed, while coding
    it parses every line.
    """
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        files = _files(path) if path.is_dir() else [path]
        for file in files:
            size = _file_size(file)
            if size is None:
                return None
            total += size
    return total


def _files(folder: Path) -> list[Path]:
    """The files under ``folder`` as the reader walks it: links followed, hidden entries left out,
    each folder once (a link loop or a link back up is not walked again)."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for root, dirs, names in os.walk(folder, followlinks=True):
        try:
            info = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root) / f for f in names if not f.startswith(".")]
    return found


def _file_size(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".gz"):
        return None
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        try:  # the footer says how many rows
            return pq.read_metadata(path).num_rows or 1
        except (OSError, ValueError):
            return 1  # reported as one skipped input
    if suffix != ".jsonl":
        return 1
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # reported as one skipped input


def progress(quiet: bool, total: int | None) -> Any:
    """A progress bar on a terminal: documents (of the total, with the time left, where known),
    documents/s and events; nothing when standard error is piped or ``quiet``.

    Use ``bar.add_task("coding", total=total, events=0)``, then ``bar.update(task, advance=1, events=N)``.
    """
    if quiet or not sys.stderr.isatty():
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            # over the whole run: documents finish in batches, so a recent-window speed jumps about
            rate = task.completed / task.elapsed if task.elapsed else 0.0
            return Text(f"{rate:.1f} docs/s")

    if total is None:
        columns: list[Any] = [SpinnerColumn(), TextColumn("{task.completed} documents")]
    else:
        columns = [BarColumn(), TextColumn("{task.completed}/{task.total} documents")]
    columns += [RateColumn(), TextColumn("{task.fields[events]} events"), TimeElapsedColumn()]
    if total is not None:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
    return Progress(*columns, console=Console(stderr=True), transient=True)
