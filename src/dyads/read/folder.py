"""Folder input: every file under a folder, in a stable order, and a coded reason for every
entry that is not read.

Symbolic links are followed, to files and to folders. Nothing under a folder is left out
without a word except hidden entries (a name starting with "."): a sub-folder that cannot be
listed, a broken link, a link loop, a FIFO, socket or device, and a file or folder already
read under another name each give a :class:`~dyads.records.Skipped` naming the entry.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from dyads.errors import Errors
from dyads.read.decode import file_kind, printable
from dyads.records import Skipped

# (st_dev, st_ino): what makes two paths the same file or folder.
FileKey = tuple[int, int]


def inspect_path(path: Path, name: str) -> os.stat_result | Skipped:
    """Find what a path is, following symbolic links, without opening it.

    Args:
        path (Path): the path.
        name (str): the path as shown to the user, for messages.

    Returns:
        os.stat_result | Skipped: the status of a regular file or folder; for anything else
        a Skipped: E109 nothing there, E112 broken link, E113 link loop, E114 FIFO, socket or
        device, E101 any other refusal of the operating system.
    """
    try:
        status = path.stat()
    except OSError as err:
        return Skipped(name, _stat_problem(path, name, err))
    if stat.S_ISDIR(status.st_mode) or stat.S_ISREG(status.st_mode):
        return status
    return Skipped(name, Errors.E114.format(name=name, kind=file_kind(status.st_mode)))


def _stat_problem(path: Path, name: str, err: OSError) -> str:
    if err.errno == errno.ENOENT:
        try:
            return Errors.E112.format(name=name, target=printable(os.readlink(path)))
        except OSError:
            # Not a link (or no longer there): simply nothing at that path.
            return Errors.E109.format(name=name)
    if err.errno == errno.ELOOP:
        return Errors.E113.format(name=name, problem=(err.strerror or str(err)).lower())
    return Errors.E101.format(name=name, problem=err.strerror or err)


def walk(path: Path, name: str, seen: dict[FileKey, str]) -> Iterator[tuple[Path, str] | Skipped]:
    """List what a path named by the user stands for: the file itself, or every file under
    a folder, recursively, sorted; and report each entry that is not read.

    Files of every suffix are listed, so that the reader can report the ones it cannot
    read instead of leaving them out without a word.

    Args:
        path (Path): a file or folder, as named by the user.
        name (str): the path as shown to the user.
        seen (dict[tuple[int, int], str]): ``(st_dev, st_ino)`` of every file and folder
            listed so far in this run, with the name it was listed under; updated here, so
            that a second way to the same thing (a link, a file also named on its own, a
            path named twice) is reported instead of read again.

    Returns:
        Iterator[tuple[Path, str] | Skipped]: each regular file with its name (``name``
        itself for a file, the path under it for a folder), sorted by the path inside the
        folder (entries whose name starts with "." left out), and a Skipped in its place for each
        entry that is not read: E109 nothing there, E111 a folder that cannot be listed,
        E112 a broken link, E113 a link loop or a link back to a folder above it, E114 a
        FIFO, socket or device, E116 a file or folder already listed, E101 an entry the
        system will not look at.
    """
    # Depth-first with an explicit stack: nesting deeper than Python's recursion limit is
    # possible on disk. Each entry carries the folders above it (a link to one is a loop).
    pending: list[tuple[Path, str, dict[FileKey, str]]] = [(path, name, {})]
    while pending:
        path, name, above = pending.pop()
        status = inspect_path(path, name)
        if isinstance(status, Skipped):
            yield status
            continue
        key = (status.st_dev, status.st_ino)
        if key in above:
            yield Skipped(name, Errors.E113.format(name=name, problem=f"leads back to {above[key]}, which holds it"))
            continue
        if key in seen:
            yield Skipped(name, Errors.E116.format(name=name, first=seen[key]))
            continue
        seen[key] = name
        if stat.S_ISREG(status.st_mode):
            yield path, name
            continue
        try:
            with os.scandir(path) as listing:
                entries = sorted(entry.name for entry in listing if not entry.name.startswith("."))
        except OSError as err:
            yield Skipped(name, Errors.E111.format(name=name, problem=err.strerror or err))
            continue
        inside = {**above, key: name}
        # Reversed onto the stack so that they come off in sorted order; sorting each level
        # by name gives the order of sorting all paths by their parts.
        pending.extend((path / entry, printable(str(path / entry)), inside) for entry in reversed(entries))
