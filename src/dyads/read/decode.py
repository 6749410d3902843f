"""Bytes to text for the file readers: one policy for encodings, binary files and empty files."""
from __future__ import annotations

from pathlib import Path

from dyads.errors import DocumentError, Errors

# Enough of a file to tell binary from text, as git does, without reading all of it.
SNIFF_BYTES = 8192


def read_bytes(path: Path, name: str) -> bytes:
    """Read a whole file.

    Args:
        path (Path): the file.
        name (str): the path as the user gave it, for messages.

    Returns:
        bytes: the file's content.

    Raises:
        DocumentError: E101 when the operating system refuses (permissions, a vanished file).
    """
    try:
        return path.read_bytes()
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
