"""Bytes to text for the file readers: one policy for encodings, binary files, empty files
and things on disk that are not files."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from dyads.errors import DocumentError, Errors

# Enough of a file to tell binary from text, as git does, without reading all of it.
SNIFF_BYTES = 8192

_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def file_kind(mode: int) -> str:
    """Name what a ``st_mode`` is, for messages.

    Args:
        mode (int): ``os.stat_result.st_mode``.

    Returns:
        str: "a FIFO", "a socket", "a character device", "a block device", "a folder",
        "a regular file" or "an unknown kind of file".
    """
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "a regular file" if stat.S_ISREG(mode) else "an unknown kind of file"


def printable(name: str) -> str:
    """A path as a document id and in messages: valid Unicode whatever the file system holds.

    Args:
        name (str): a path as Python gives it; bytes that are not UTF-8 come as lone
            surrogates (PEP 383).

    Returns:
        str: the same path with such bytes written ``\\xe9``; unchanged for UTF-8 names.
    """
    # A lone surrogate in an id cannot be written as UTF-8 and stops spaCy and the writers.
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def open_regular(path: Path, name: str) -> BinaryIO:
    """Open a regular file for reading, and nothing else.

    A FIFO would block the run forever and a device never ends, so the kind is checked on
    the opened file itself (no window between a check and the open).

    Args:
        path (Path): the file.
        name (str): the path as the user gave it, for messages.

    Returns:
        BinaryIO: the open file, blocking reads.

    Raises:
        DocumentError: E101 when the operating system refuses or the path is a folder,
            E114 for a FIFO, socket or device.
    """
    try:
        # O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise DocumentError(Errors.E101.format(name=name, problem=err.strerror or err)) from err
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise DocumentError(Errors.E101.format(name=name, problem=os.strerror(errno.EISDIR)))
        raise DocumentError(Errors.E114.format(name=name, kind=file_kind(mode)))
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_bytes(path: Path, name: str) -> bytes:
    """Read a whole regular file.

    Args:
        path (Path): the file.
        name (str): the path as the user gave it, for messages.

    Returns:
        bytes: the file's content.

    Raises:
        DocumentError: E101 when the operating system refuses (permissions, a vanished file,
            a folder), E114 when the path is not a regular file.
    """
    with open_regular(path, name) as handle:
        try:
            return handle.read()
        except OSError as err:
            raise DocumentError(Errors.E101.format(name=name, problem=err.strerror or err)) from err


def decode_text(data: bytes, name: str) -> str:
    """Decode a file's bytes as UTF-8 text with something in it.

    Args:
        data (bytes): the file's content.
        name (str): the path as the user gave it, for messages.

    Returns:
        str: the text, without a byte-order mark.

    Raises:
        DocumentError: E102 for NUL bytes or bytes that are not UTF-8; E103 when empty or blank.
    """
    if b"\x00" in data:
        raise DocumentError(Errors.E102.format(name=name))
    try:
        # utf-8-sig drops the byte-order mark that Windows editors put in front.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DocumentError(Errors.E102.format(name=name)) from err
    if not text.strip():
        raise DocumentError(Errors.E103.format(name=name))
    return text
