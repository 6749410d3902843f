"""Event writers: JSON Lines, CSV and Parquet, chosen by name or file extension."""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import DyadsError, Errors
from ..records import Event, Relation
from .files import STDOUT, Committed, OutputFile

FORMATS = ("jsonl", "csv", "parquet")
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}

_ACTOR = pa.struct([("text", pa.string()), ("code", pa.string()), ("sector", pa.string()), ("name", pa.string()), ("org", pa.string())])
_LOCATION = pa.struct([("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()), ("text", pa.string())])
# Dates are Parquet dates (date32), as in `dyads export` and the database, so that pandas, polars
# and DuckDB read them as dates; the other column types are those of the database too.
EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("doc_id", pa.string()), ("sentence_index", pa.int32()), ("sentence", pa.string()),
    ("date", pa.date32()), ("date_precision", pa.string()), ("date_published", pa.date32()),
    ("source", pa.list_(_ACTOR)), ("target", pa.list_(_ACTOR)),
    ("event", pa.string()), ("mode", pa.string()), ("cameo", pa.string()), ("quad_class", pa.int8()),
    ("goldstein", pa.float64()), ("trigger", pa.string()), ("negated", pa.bool_()), ("speaker", _ACTOR),
    ("location", _LOCATION), ("confidence", pa.float64()), ("why", pa.string()),
])
CSV_COLUMNS = [
    "event_id", "doc_id", "sentence_index", "date", "date_precision", "date_published", "source_codes", "source_sectors",
    "source_names", "target_codes", "target_sectors", "target_names", "event", "mode", "cameo", "quad_class", "goldstein", "trigger",
    "negated", "speaker_code", "location_name", "location_country", "lat", "lon", "confidence", "why",
    "source", "target", "sentence",
]


def guess_format(path: str, fmt: str | None) -> str:
    """The output format: ``fmt`` where given, else from the extension; JSON Lines for ``-`` and a
    name with no extension (``/dev/stdout``, a FIFO).

    Raises:
        DyadsError: E601 for an unknown ``fmt``; E608 for an extension that names no format
            (``events.tsv``, ``events.xlsx``): writing JSON Lines under such a name would mislead.
    """
    if fmt:
        if fmt not in FORMATS:
            raise DyadsError(Errors.E601.format(fmt=fmt))
        return fmt
    suffix = Path(path).suffix.lower()
    if path == STDOUT or not suffix:
        return "jsonl"
    if suffix not in _SUFFIXES:
        raise DyadsError(Errors.E608.format(path=path, suffix=suffix, suffixes=", ".join(_SUFFIXES)))
    return _SUFFIXES[suffix]


class EventWriter(Committed):
    """Writes events as they come; ``commit`` puts the finished file in place, ``discard`` drops it.

    The file is opened at once (see ``OutputFile``), so a path that cannot be written is an
    error before any coding; used as a context manager, it commits when the block ends
    normally and discards on an error.

    Raises:
        DyadsError: E602 Parquet to standard output; E603-E607 for the path; E606 from
            ``write`` or ``commit`` when the disk is full or the pipe is closed.
    """

    def __init__(self, path: str, fmt: str):
        if fmt == "parquet" and path == STDOUT:
            raise DyadsError(Errors.E602)
        self.path, self.fmt, self.count = path, fmt, 0
        self._out = OutputFile(path, "events file", binary=fmt == "parquet")
        self._buffer: list[dict[str, Any]] = []
        self._parquet: pq.ParquetWriter | None = None
        self._csv = csv.DictWriter(self._out.stream, fieldnames=CSV_COLUMNS) if fmt == "csv" else None
        if self._csv:
            self._guarded(self._csv.writeheader)

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            record = event.to_dict()
            self.count += 1
            if self.fmt == "jsonl":
                self._out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif self._csv is not None:
                self._guarded(self._csv.writerow, flat_row(record))
            else:
                self._buffer.append(record)
                if len(self._buffer) >= 10_000:
                    self._guarded(self._flush_parquet)

    def _guarded(self, write, *args: Any) -> None:
        try:
            write(*args)
        except OSError as exc:
            raise self._out.failed(exc) from None

    def _flush_parquet(self) -> pq.ParquetWriter:
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._out.stream, EVENT_SCHEMA)
        if self._buffer:
            self._parquet.write_table(pa.Table.from_pylist([_typed(record) for record in self._buffer], schema=EVENT_SCHEMA))
            self._buffer = []
        return self._parquet

    def commit(self) -> None:
        """Finish the file (Parquet's footer) and put it in place."""
        if self.fmt == "parquet":
            try:
                self._flush_parquet().close()
            except OSError as exc:
                raise self._out.failed(exc) from None
        self._out.commit()

    def discard(self) -> None:
        """Drop the unfinished file; the previous one stays."""
        self._out.discard()



def _typed(record: dict[str, Any]) -> dict[str, Any]:
    """A record with its ISO date strings as dates, for the Parquet schema."""
    return {**record, **{name: dt.date.fromisoformat(record[name]) if record[name] else None
                         for name in ("date", "date_published")}}


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row: actor lists as ``;``-joined codes, plus the full actors as JSON."""
    location = record["location"] or {}
    return {
        **{k: record[k] for k in ("event_id", "doc_id", "sentence_index", "date", "date_precision", "date_published", "event", "mode",
                                  "cameo", "quad_class", "goldstein", "trigger", "negated", "confidence", "why", "sentence")},
        "source_codes": ";".join(a["code"] for a in record["source"]),
        "source_sectors": ";".join(a["sector"] or "" for a in record["source"]),
        "target_codes": ";".join(a["code"] for a in record["target"]),
        "target_sectors": ";".join(a["sector"] or "" for a in record["target"]),
        # the person's or organisation's name, as the Parquet structs and the JSON columns carry it
        "source_names": ";".join(a["name"] or a["org"] or "" for a in record["source"]),
        "target_names": ";".join(a["name"] or a["org"] or "" for a in record["target"]),
        "speaker_code": (record["speaker"] or {}).get("code"),
        "location_name": location.get("name"), "location_country": location.get("country"),
        "lat": location.get("lat"), "lon": location.get("lon"),
        "source": json.dumps(record["source"], ensure_ascii=False),
        "target": json.dumps(record["target"], ensure_ascii=False),
    }


def open_writer(path: str, fmt: str | None = None) -> EventWriter:
    """An ``EventWriter`` for ``path`` (``-`` is standard output)."""
    return EventWriter(path, guess_format(path, fmt))


class RelationWriter(OutputFile):
    """The ``--relations`` file: one JSON line per standing relation (``docs/relation-record.md``)."""

    def __init__(self, path: str):
        super().__init__(path, "--relations file")
        self.count = 0

    def write_relations(self, relations: Iterable[Relation]) -> None:
        for relation in relations:
            self.write(json.dumps(relation.to_dict(), ensure_ascii=False) + "\n")
            self.count += 1


class DocumentRecordWriter(OutputFile):
    """The ``--docs`` file: one JSON line per input document, written as the run goes and put in
    place when it ends (see ``OutputFile``)."""

    def __init__(self, path: str):
        super().__init__(path, "--docs file")

    def write_record(self, record: dict[str, Any]) -> None:
        self.write(json.dumps(record, ensure_ascii=False) + "\n")
