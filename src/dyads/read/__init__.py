"""The read stage: input files and streams to :class:`~dyads.records.Document`.

``read_documents`` takes what the user named on the command line (files, folders, ``-``
for JSON Lines on standard input) and yields one Document per article, or a Skipped with a
coded reason for each one that cannot be read; a bad document never stops the run.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from dyads.errors import DocumentError, Errors
from dyads.read.folder import walk_folder
from dyads.read.html import read_html_file
from dyads.read.jsonl import decode_lines, read_jsonl, read_jsonl_lines
from dyads.read.text import read_text_document, read_text_file
from dyads.records import Document, Skipped

__all__ = ["read_documents", "read_text_document", "SUFFIXES", "STDIN"]

STDIN = "-"
STDIN_NAME = "<stdin>"

# One article per file; .jsonl files are streamed separately because they hold many.
_SINGLE_READERS: dict[str, Callable[[Path, str], Document]] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
}
SUFFIXES = (*_SINGLE_READERS, ".jsonl")


def read_documents(inputs: Iterable[str], stdin: TextIO | None = None) -> Iterator[Document | Skipped]:
    """Read every document the user named.

    Args:
        inputs (Iterable[str]): paths as given: ``.txt``, ``.html``, ``.htm`` or ``.jsonl``
            files, folders (every file under them, sorted, hidden ones left out), or ``-``
            for JSON Lines on ``stdin``.
        stdin (TextIO | None): the stream read for ``-``; ``sys.stdin`` when None.

    Returns:
        Iterator[Document | Skipped]: documents in input order; each input that cannot be
        read gives a Skipped whose ``reason`` is a coded message (``[E102] ...``).
    """
    for name in inputs:
        if name == STDIN:
            yield from _read_stream(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(name)
        if path.is_dir():
            for file in walk_folder(path):
                yield from _read_file(file, str(file))
        elif path.exists():
            yield from _read_file(path, name)
        else:
            yield Skipped(name, Errors.E109.format(name=name))


def _read_file(path: Path, name: str) -> Iterator[Document | Skipped]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path, name)
        return
    reader = _SINGLE_READERS.get(suffix)
    if reader is None:
        yield Skipped(name, Errors.E108.format(name=name, suffix=path.suffix))
        return
    try:
        yield reader(path, name)
    except DocumentError as err:
        yield Skipped(name, str(err))


def _read_stream(stream: TextIO) -> Iterator[Document | Skipped]:
    # Decode the bytes under sys.stdin ourselves, line by line, so that one line that is not
    # UTF-8 skips that line only, as in a file.
    buffer = getattr(stream, "buffer", None)
    lines = decode_lines(buffer, STDIN_NAME) if buffer is not None else _text_lines(stream)
    yield from read_jsonl_lines(lines, STDIN_NAME)


def _text_lines(stream: TextIO) -> Iterator[str | DocumentError]:
    # A text stream decodes ahead in chunks; past a bad byte nothing more can be read.
    try:
        for number, line in enumerate(stream, start=1):
            yield line.lstrip("\ufeff") if number == 1 else line
    except UnicodeDecodeError:
        yield DocumentError(Errors.E102.format(name=STDIN_NAME))
