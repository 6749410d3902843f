"""CSV and gzip-compressed inputs: ``.csv``, ``.csv.gz`` and ``.jsonl.gz``.

A CSV file has a header row naming its columns; each row is one document, read with the same
keys as a JSON line (``text``/``body``/``content``, ``date``/``published``, ``title``/``headline``,
... and ``--field`` mappings). A row that cannot be read is skipped on its own.
"""
from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from dyads.errors import DocumentError, Errors
from dyads.read.decode import open_regular
from dyads.read.jsonl import Placed, decode_lines, field_keys, parse_record, read_jsonl_lines, unknown_keys, warn_unknown_keys
from dyads.records import Skipped

# a CSV cell may hold a whole article
csv.field_size_limit(2**31 - 1)


def compound_suffix(path: Path) -> str:
    """``.csv.gz`` for "news.csv.gz", else the last suffix, lower case."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz" and suffixes[0] in {".csv", ".jsonl"}:
        return "".join(suffixes)
    return path.suffix.lower()


def read_table(path: Path, name: str, suffix: str, fields: Mapping[str, str] | None = None) -> Iterator[Placed]:
    """Read a ``.csv``, ``.csv.gz`` or ``.jsonl.gz`` file, one document per row or line, streaming."""
    try:
        with open_regular(path, name) as raw:
            handle: BinaryIO = gzip.GzipFile(fileobj=raw) if suffix.endswith(".gz") else raw  # type: ignore[assignment]
            if suffix.startswith(".jsonl"):
                yield from read_jsonl_lines(decode_lines(handle, name), name, fields)
            else:
                yield from _read_csv(handle, name, fields)
    except DocumentError as err:
        yield name, Skipped(name, str(err))
    except (OSError, EOFError, zlib.error) as err:  # not gzip, or cut short
        yield name, Skipped(name, Errors.E101.format(name=name, problem=getattr(err, "strerror", None) or err))


def _read_csv(handle: BinaryIO, name: str, fields: Mapping[str, str] | None) -> Iterator[Placed]:
    keys = field_keys(fields)
    try:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        rows = csv.DictReader(text)
        header = rows.fieldnames
    except UnicodeDecodeError:
        yield name, Skipped(name, Errors.E102.format(name=name))
        return
    if not header:
        yield name, Skipped(name, Errors.E103.format(name=name))
        return
    unknown = unknown_keys(dict.fromkeys(header), keys)
    number = 1
    try:
        for number, row in enumerate(rows, start=2):  # line 1 is the header
            place, row_id = f"{name} line {number}", f"{name}:{number}"
            record = {key: value for key, value in row.items() if key is not None}
            try:
                yield place, parse_record(record, name, number, keys)
            except DocumentError as err:
                yield place, Skipped(row_id, str(err))
    except UnicodeDecodeError:
        yield f"{name} line {number + 1}", Skipped(f"{name}:{number + 1}", Errors.E102.format(name=f"{name} line {number + 1}"))
    except csv.Error as err:
        yield f"{name} line {number + 1}", Skipped(f"{name}:{number + 1}", Errors.E101.format(name=name, problem=err))
    warn_unknown_keys(name, unknown)
