"""The read stage: input files and streams to :class:`~dyads.records.Document`.

``read_documents`` takes what the user named on the command line (files, folders, ``-``
for JSON Lines on standard input) and yields one Document per article, or a Skipped with a
coded reason for each one that cannot be read; a bad document never stops the run.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TextIO

from dyads.errors import DocumentError, Errors
from dyads.read.decode import printable
from dyads.read.folder import FileKey, walk
from dyads.read.html import read_html_file
from dyads.read.jsonl import Placed, decode_lines, read_jsonl, read_jsonl_lines
from dyads.read.tables import compound_suffix, read_table
from dyads.read.text import read_text_document, read_text_file
from dyads.records import Document, Skipped

__all__ = ["ASSUMED", "STDIN", "SUFFIXES", "UNDATED", "assume_dates", "date_note", "read_documents", "read_text_document", "unique_ids"]

STDIN = "-"
STDIN_NAME = "<stdin>"

# One article per file; .jsonl files are streamed separately because they hold many.
_SINGLE_READERS: dict[str, Callable[[Path, str], Document]] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
}
SUFFIXES = (*_SINGLE_READERS, ".jsonl", ".csv", ".jsonl.gz", ".csv.gz", ".parquet", ".pq")


def read_documents(
    inputs: Iterable[str], stdin: TextIO | None = None, fields: Mapping[str, str] | None = None
) -> Iterator[Document | Skipped]:
    """Read every document the user named.

    Every input is accounted for: each document is read, or skipped with a coded reason
    that names it. Folders are walked with :func:`dyads.read.folder.walk` (entries that are
    not read are reported); a file or folder reached a second time, by another name, a link
    or by being named twice, is skipped (E116) instead of read again; document ids are made
    unique with :func:`unique_ids` rules (E115), the place being "docs.jsonl line 7" or the
    file's name.

    Args:
        inputs (Iterable[str]): paths as given: ``.txt``, ``.html``, ``.htm``, ``.jsonl``,
            ``.csv``, ``.jsonl.gz``, ``.csv.gz`` or ``.parquet`` files, folders (every file under them, sorted,
            hidden ones left out), or ``-`` for JSON Lines on ``stdin``.
        stdin (TextIO | None): the stream read for ``-``; ``sys.stdin`` when None. When that
            is None too (the process was started with standard input closed), ``-`` gives
            an E117 Skipped.
        fields (Mapping[str, str] | None): for JSON Lines and CSV, a key to read for a field
            (``{"text": "story"}``) before the usual names (:data:`dyads.read.jsonl.KEY_NAMES`).

    Returns:
        Iterator[Document | Skipped]: documents in input order, ids unique; each input that
        cannot be read gives a Skipped whose ``reason`` is a coded message (``[E102] ...``).
    """
    yield from _unique(_read_inputs(inputs, stdin, fields))


def unique_ids(items: Iterable[Document | Skipped]) -> Iterator[Document | Skipped]:
    """Let each document id through once: the first item with an id keeps it.

    Every item claims its id, a Skipped as well as a Document, so that the output has one
    record per id and a later record never overwrites an earlier one in the store or the
    ``--docs`` file. A line that failed does therefore block a later line with its id: the
    fix is to correct the failed line, not to add another. A later Document with a taken
    id becomes a Skipped (E115) naming both places; a later Skipped keeps its own reason.
    Either way the later item gets the id ``"<id>#2"`` (``#3``, ... the first one free), so
    it can still be told apart.

    Args:
        items (Iterable[Document | Skipped]): documents as a reader yields them; in
            messages each is placed by its position ("item 7").

    Returns:
        Iterator[Document | Skipped]: the items in order, ids unique.
    """
    yield from _unique((f"item {number}", item) for number, item in enumerate(items, start=1))


def _unique(placed: Iterable[Placed]) -> Iterator[Document | Skipped]:
    first_place: dict[str, str] = {}
    copies: Counter[str] = Counter()
    for place, item in placed:
        if item.id not in first_place:
            first_place[item.id] = place
            yield item
            continue
        copies[item.id] += 1
        new_id = f"{item.id}#{copies[item.id] + 1}"
        while new_id in first_place:
            # An id of that form was in the input already; take the next number.
            copies[item.id] += 1
            new_id = f"{item.id}#{copies[item.id] + 1}"
        first_place[new_id] = place
        if isinstance(item, Document):
            reason = Errors.E115.format(name=place, doc_id=item.id, first=first_place[item.id])
            yield Skipped(new_id, reason, item.title, item.date_published)
        else:
            yield dataclasses.replace(item, id=new_id)


def _read_inputs(inputs: Iterable[str], stdin: TextIO | None, fields: Mapping[str, str] | None) -> Iterator[Placed]:
    seen: dict[FileKey, str] = {}
    stdin_read = False
    for given in inputs:
        if given == STDIN:
            if stdin_read:
                # The stream is used up; reading it again would say "empty".
                yield STDIN_NAME, Skipped(STDIN_NAME, Errors.E116.format(name=STDIN_NAME, first=STDIN_NAME))
            else:
                stdin_read = True
                yield from _read_stream(stdin if stdin is not None else sys.stdin, fields)
            continue
        for found in walk(Path(given), printable(given), seen):
            if isinstance(found, Skipped):
                yield found.id, found
            else:
                yield from _read_file(*found, fields)


def _read_file(path: Path, name: str, fields: Mapping[str, str] | None = None) -> Iterator[Placed]:
    suffix = compound_suffix(path)
    if suffix == ".jsonl":
        yield from read_jsonl(path, name, fields)
        return
    if suffix in {".csv", ".jsonl.gz", ".csv.gz"}:
        yield from read_table(path, name, suffix, fields)
        return
    if suffix in {".parquet", ".pq"}:
        from dyads.read.parquet import read_parquet  # pyarrow only where there is Parquet to read

        yield from read_parquet(str(path), name, fields)
        return
    reader = _SINGLE_READERS.get(suffix)
    if reader is None:
        yield name, Skipped(name, Errors.E108.format(name=name, suffix=path.suffix))
        return
    try:
        yield name, reader(path, name)
    except DocumentError as err:
        yield name, Skipped(name, str(err))


def _read_stream(stream: TextIO | None, fields: Mapping[str, str] | None = None) -> Iterator[Placed]:
    if stream is None:
        # `dyads code - <&-`: Python leaves sys.stdin None when descriptor 0 is closed.
        yield STDIN_NAME, Skipped(STDIN_NAME, Errors.E117.format(name=STDIN_NAME))
        return
    # Decode the bytes under sys.stdin ourselves, line by line, so that one line that is not
    # UTF-8 skips that line only, as in a file.
    buffer = getattr(stream, "buffer", None)
    lines = decode_lines(buffer, STDIN_NAME) if buffer is not None else _text_lines(stream)
    try:
        yield from read_jsonl_lines(lines, STDIN_NAME, fields)
    except OSError as err:
        # Descriptor 0 open on something that cannot be read (a folder, a write-only file).
        yield STDIN_NAME, Skipped(STDIN_NAME, Errors.E101.format(name=STDIN_NAME, problem=err.strerror or err))


def _text_lines(stream: TextIO) -> Iterator[str | DocumentError]:
    # A text stream decodes ahead in chunks; past a bad byte nothing more can be read.
    try:
        for number, line in enumerate(stream, start=1):
            yield line.lstrip("\ufeff") if number == 1 else line
    except UnicodeDecodeError:
        yield DocumentError(Errors.E102.format(name=STDIN_NAME))


UNDATED = "no publication date found: events undated"
ASSUMED = "no publication date found: --assume-date used"


def assume_dates(documents: Iterable[Document | Skipped], day: dt.date, assumed: set[str]) -> Iterator[Document | Skipped]:
    """Give ``day`` as publication date to the documents that have none (``--assume-date``), adding their ids to ``assumed``."""
    for item in documents:
        if isinstance(item, Document) and item.date_published is None:
            assumed.add(item.id)
            item = dataclasses.replace(item, date_published=day)
        yield item


def date_note(document: Document, assumed: set[str]) -> str | None:
    """What the documents record says of a coded document's date: ``ASSUMED``, ``UNDATED`` or nothing."""
    if document.id in assumed:
        return ASSUMED
    return UNDATED if document.date_published is None else None
