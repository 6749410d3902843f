"""Parquet input: one document a row, its columns named as the keys of a JSON line (``jsonl.KEY_NAMES``, ``--field``).

A row is read as a JSON line would be (``parse_record``): its id from the ``id`` column (or
another id name), else ``name:ROW``; a date or timestamp column gives the day. A file is read one
row group at a time, so a large one never sits in memory whole; ``dyads code --dask`` gives each
row group to a task of its own.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from dyads.errors import DocumentError, Errors
from dyads.read.decode import open_regular
from dyads.read.jsonl import Placed, _record_id, field_keys, parse_record, unknown_keys, warn_unknown_keys
from dyads.records import Skipped


def read_parquet(source: str, name: str, fields: Mapping[str, str] | None = None, *, group: int | None = None,
                 first_row: int = 1) -> Iterator[Placed]:
    """Read the rows of a Parquet file (a path or any fsspec URL).

    Args:
        source: the file.
        name: the input's name, for ids and messages.
        fields: keys to read a field from (``{"text": "story"}``) before the usual names.
        group: only this row group (its first row being row ``first_row``); every group when None.

    Returns:
        Iterator[tuple[str, Document | Skipped]]: the place ("news.parquet row 3") and the item, one per row;
        a single Skipped for a file that cannot be read as Parquet (E101) or has no rows (E103).
    """
    import pyarrow.parquet as pq

    keys = field_keys(fields)
    unknown: set[str] = set()
    try:
        with _open(source, name) as handle:
            reader = pq.ParquetFile(handle)
            if group is None and reader.metadata.num_rows == 0:
                yield name, Skipped(name, Errors.E103.format(name=name))
                return
            number = first_row
            for index in range(reader.num_row_groups) if group is None else (group,):
                for row in reader.read_row_group(index).to_pylist():
                    unknown |= unknown_keys(row, keys)
                    yield _row(row, name, number, keys)
                    number += 1
    except DocumentError as err:
        yield name, Skipped(name, str(err))
    except (OSError, ValueError) as err:  # pyarrow's ArrowInvalid (not Parquet) is a ValueError
        yield name, Skipped(name, Errors.E101.format(name=name, problem=err))
    warn_unknown_keys(name, unknown)


def _open(source: str, name: str) -> BinaryIO:
    if "://" in source:  # a URL (s3://, gs://, https://, file://): through fsspec, installed with the dask extra
        import fsspec

        return fsspec.open(source, "rb").open()
    return open_regular(Path(source), name)


def _row(row: dict, name: str, number: int, keys: Mapping[str, tuple[str, ...]]) -> Placed:
    # a Parquet date or timestamp column: read as the ISO day a JSON line would give
    record = {key: value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value for key, value in row.items()}
    try:
        return f"{name} row {number}", parse_record(record, name, number, keys)
    except DocumentError as err:
        return f"{name} row {number}", Skipped(_record_id(record, f"{name}:{number}", keys), str(err))
