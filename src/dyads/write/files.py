"""Output files that are either complete or not there: checked before coding, renamed into place.

A run that takes an hour must not fail at the end because ``-o`` names a missing folder, and a
run that is stopped (Ctrl-C, kill -9, a full disk) must not leave a truncated file where the
previous complete one was. So an output is opened when the run starts, under a temporary
name in its own folder (which also proves the folder can be written), and renamed over the
target only when the run has finished. Standard output, devices and FIFOs are written as
they are: there is nothing to rename.
"""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import IO, Any, TypeVar

from ..errors import DyadsError, Errors

STDOUT = "-"
_Self = TypeVar("_Self", bound="Committed")


class Committed:
    """A context manager for an output: ``commit`` when its block ends normally, ``discard`` on an error."""

    def commit(self) -> None:
        raise NotImplementedError

    def discard(self) -> None:
        raise NotImplementedError

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


class OutputFile(Committed):
    """One output, opened for writing at once and put in place by ``commit``.

    Args:
        path (str): the file to write, or ``-`` for standard output.
        what (str): what it holds, for messages ("events file", "--docs file").
        binary (bool): open the temporary file in binary mode (Parquet) instead of text.

    Raises:
        DyadsError: E603 missing folder, E604 a folder given, E605 cannot be written there,
            E607 standard output closed.
    """

    def __init__(self, path: str, what: str, *, binary: bool = False):
        self.path, self.what = path, what
        self.temporary: Path | None = None
        if path == STDOUT:
            # Python leaves sys.stdout None when the process started with descriptor 1 closed
            if sys.stdout is None or sys.stdout.closed:
                raise DyadsError(Errors.E607.format(what=what))
            self.stream: IO[Any] = sys.stdout.buffer if binary else sys.stdout
            return
        target = Path(path)
        self._check(target)
        if target.exists() and not target.is_file():
            # a device or a FIFO (/dev/null, a pipe to another program): write to it as it is
            self.stream = self._open(target, binary)
            return
        _remove_stale_partials(target)
        self.temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
        self.stream = self._open(self.temporary, binary)

    def _check(self, target: Path) -> None:
        folder = target.parent
        if not folder.is_dir():
            problem = "does not exist" if not folder.exists() else "is not a folder"
            raise DyadsError(Errors.E603.format(what=self.what, path=self.path, folder=folder, problem=problem))
        if target.is_dir():
            raise DyadsError(Errors.E604.format(what=self.what, path=self.path))
        if target.is_file() and not target.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            # refused even for root: a read-only file is one someone chose to keep
            raise DyadsError(Errors.E605.format(what=self.what, path=self.path, problem="the file is read-only"))

    def _open(self, path: Path, binary: bool) -> IO[Any]:
        try:
            if binary:
                return path.open("wb")
            return path.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise DyadsError(Errors.E605.format(what=self.what, path=self.path, problem=exc.strerror or exc)) from None

    def write(self, text: str) -> None:
        """Write text (a text-mode file).

        Raises:
            DyadsError: E606 when the disk is full or the reader of a pipe has gone.
        """
        try:
            self.stream.write(text)
        except OSError as exc:
            raise self.failed(exc) from None

    def failed(self, exc: OSError) -> DyadsError:
        """The error to raise for ``exc`` met while writing (a full disk, a closed pipe); the
        temporary file is removed, so the previous file stays as it was."""
        self.discard()
        where = "standard output" if self.path == STDOUT else self.path
        return DyadsError(Errors.E606.format(what=self.what, path=where, problem=exc.strerror or exc))

    def commit(self) -> None:
        """Finish the file and put it in place.

        Raises:
            DyadsError: E606 when the last writes fail (a full disk).
        """
        try:
            self.stream.flush()
            if self.temporary is None:
                if self.stream not in (sys.stdout, getattr(sys.stdout, "buffer", None)):
                    self.stream.close()
                return
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.replace(self.temporary, self.path)
            self.temporary = None
        except OSError as exc:
            raise self.failed(exc) from None

    def discard(self) -> None:
        """Drop what was written; the previous file, if any, is left as it was."""
        if self.temporary is None:
            return
        try:
            self.stream.close()
        except OSError:
            pass  # closing flushes, and a full disk fails that too; the file goes anyway
        self.temporary.unlink(missing_ok=True)
        self.temporary = None


def _remove_stale_partials(target: Path) -> None:
    """Remove what runs killed before they finished left beside ``target`` (a run still going keeps its own)."""
    prefix = f".{target.name}."
    for partial in target.parent.glob(f"{prefix}*.partial"):
        pid = partial.name[len(prefix):-len(".partial")]
        if pid.isdigit() and not _running(int(pid)):
            partial.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
