"""Exports of the story events: Parquet partitioned by month, CSV or tab-separated (dyads, GDELT 2.0 or
POLECAT layout), JSON Lines (dyads or PLOVER)."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..errors import DyadsError, Errors
from . import duck
from .gdelt import FIRST_REPORTS, gdelt_mentions_select, gdelt_select, places_table, write_tab_separated
from .plover import international_codes, plover_record, plover_select, polecat_table

# GDELT's and POLECAT's own files are tab-separated whatever their name (GDELT's end in .CSV)
_TABBED = ("gdelt", "gdelt-mentions", "polecat")
LAYOUTS = {
    "parquet": ("dyads", "gdelt", "gdelt-mentions"),
    "csv": ("dyads", *_TABBED),
    "tsv": ("dyads", *_TABBED),
    "jsonl": ("dyads", "plover"),
}
_SUFFIXES = {
    ".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".txt": "tsv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
}

_MENTIONS = """
WITH reports AS (
    SELECT m.story_id,
           list(struct_pack(event_id := m.event_id, doc_id := m.doc_id, sentence_index := m.sentence_index,
                            sentence := s.text, date_published := m.date_published, confidence := m.confidence)
                ORDER BY m.date_published NULLS LAST, m.doc_id, m.event_id) AS mentions
    FROM mentions m LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index
    GROUP BY m.story_id
)"""

_EVENT_COLUMNS = """e.event_id, e.day, e.date, e.date_precision, e.event, e.mode, e.cameo, e.quad_class, e.goldstein,
    {source} AS source, {target} AS target, e.num_mentions, e.num_articles, e.num_sources,
    e.first_seen, e.last_seen, e.added_at, e.confidence, e.location_name, e.location_country, e.lat, e.lon"""

_NESTED = f"""{_MENTIONS}
SELECT {_EVENT_COLUMNS.format(source="e.source_codes", target="e.target_codes")},
       coalesce(strftime(e.day, '%Y-%m'), 'undated') AS month, r.mentions
FROM events e JOIN reports r ON r.story_id = e.event_id
ORDER BY e.day NULLS LAST, e.event_id"""

_FLAT = f"""
WITH {FIRST_REPORTS}
SELECT {_EVENT_COLUMNS.format(source="array_to_string(e.source_codes, ';')", target="array_to_string(e.target_codes, ';')")},
       f.doc_id, s.text AS sentence
FROM events e
JOIN first_reports f ON f.story_id = e.event_id
LEFT JOIN sentences s ON s.doc_id = f.doc_id AND s.sentence_index = f.sentence_index
ORDER BY e.day NULLS LAST, e.event_id"""

def export_format(path: Path, layout: str | None) -> tuple[str, str]:
    """The format (from the extension) and layout of an export, checked.

    Raises:
        DyadsError: E807 for an unknown extension, E808 for a layout the format has not.
    """
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise DyadsError(Errors.E807.format(path=str(path)))
    layout = layout or "dyads"
    if layout not in LAYOUTS[fmt]:
        raise DyadsError(Errors.E808.format(layout=layout, fmt=fmt, choices=", ".join(LAYOUTS[fmt])))
    return fmt, layout


def export_events(con: duck.Connection, path: Path, *, layout: str | None = None, coder: str = "dyads") -> int:
    """Write every story event to ``path``.

    * ``.parquet``: a folder of Parquet files, one ``month=YYYY-MM`` partition a month
      (``month=undated`` for events with no date at all), each event with its ``mentions``.
      dyads writes one ``part-0.parquet`` a month and replaces only its own ``part-N.parquet``
      files (stale ones from earlier exports included); other files in the folder are left alone.
      ``layout="gdelt"`` (or ``"gdelt-mentions"``) writes GDELT's columns, typed, by event month
      (by the month a mention was stored).
    * ``.csv`` (``.tsv``: tab-separated): one row per event, actor codes joined with ``;`` and the
      first report's sentence.
    * ``layout="gdelt"`` writes GDELT 2.0's event table as GDELT's own files are (tab-separated, no
      header, 61 columns), whatever the name (GDELT's end in ``.CSV``); ``"gdelt-mentions"`` its
      Mentions table; ``"polecat"`` POLECAT's columns, tab-separated with a header row.
    * ``.jsonl``: one event per line with its ``mentions``; ``layout="plover"`` writes PLOVER
      records (``id``, ``date``, ``actor``, ``recipient``, ``event``, ...; see ``dyads.store.plover``).

    Every file is written under a temporary name in its folder and renamed when complete, so an
    export that fails or is interrupted leaves the previous file as it was.

    Returns:
        How many rows were written: events, or mentions for ``gdelt-mentions``.

    Raises:
        DyadsError: E807/E808 for the format, E816 for a Parquet export onto a file, E817 when
            the folder to write in does not exist, E818 when writing fails.
    """
    fmt, layout = export_format(path, layout)
    if not path.parent.is_dir():
        raise DyadsError(Errors.E817.format(path=path, parent=path.parent))
    if fmt == "parquet" and path.exists() and not path.is_dir():
        raise DyadsError(Errors.E816.format(path=path))
    try:
        if layout in ("gdelt", "gdelt-mentions", "polecat"):
            table = _layout_table(con, layout, coder)
            if fmt == "parquet":
                _write_partitions(_with_month(table, layout), path)
            else:
                with _replacing(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as out:
                    write_tab_separated(table, out, header=layout == "polecat")
        elif fmt == "parquet":
            table = duck.query_arrow(con, _NESTED)
            _write_partitions(table, path)
        elif fmt in ("csv", "tsv"):
            table = duck.query_arrow(con, _FLAT)
            with _replacing(path) as tmp:
                pacsv.write_csv(table, tmp, pacsv.WriteOptions(delimiter="\t" if fmt == "tsv" else ","))
        else:
            if layout == "plover":
                with _lookups(con, places=True):
                    table = duck.query_arrow(con, plover_select(FIRST_REPORTS))
            else:
                table = duck.query_arrow(con, _NESTED)
            shape = plover_record if layout == "plover" else _dyads_record
            with _replacing(path) as tmp, tmp.open("w", encoding="utf-8") as out:
                for batch in table.to_batches():
                    for row in batch.to_pylist():
                        out.write(json.dumps(shape(row, coder), ensure_ascii=False, default=_json_default) + "\n")
    except OSError as exc:
        raise DyadsError(Errors.E818.format(path=path, problem=exc.strerror or exc)) from None
    return table.num_rows


def _layout_table(con: duck.Connection, layout: str, coder: str) -> pa.Table:
    """The rows of a GDELT or POLECAT layout, in its columns."""
    with _lookups(con, places=layout != "gdelt-mentions"):
        if layout == "gdelt":
            return duck.query_arrow(con, gdelt_select())
        if layout == "gdelt-mentions":
            return duck.query_arrow(con, gdelt_mentions_select())
        return polecat_table(duck.query_arrow(con, plover_select(FIRST_REPORTS)).to_pylist(), coder)


@contextmanager
def _lookups(con: duck.Connection, *, places: bool) -> Iterator[None]:
    """Register the tables the layouts join: ``groups`` (organisation codes) and ``places`` (place details)."""
    con.register("groups", international_codes())
    if places:
        stored = duck.query_arrow(
            con, "SELECT DISTINCT location_name, location_country, lat, lon FROM events WHERE location_name IS NOT NULL"
        ).to_pylist()
        con.register("places", places_table(
            (r["location_name"], r["location_country"], r["lat"], r["lon"]) for r in stored
        ))
    try:
        yield
    finally:
        con.unregister("groups")
        if places:
            con.unregister("places")


def _with_month(table: pa.Table, layout: str) -> pa.Table:
    """``table`` with the ``month`` (YYYY-MM, or "undated") its Parquet partition is named by."""
    stamp = pc.cast(table.column("MentionTimeDate" if layout == "gdelt-mentions" else "SQLDATE"), pa.string())
    month = pc.binary_join_element_wise(pc.utf8_slice_codeunits(stamp, 0, 4), pc.utf8_slice_codeunits(stamp, 4, 6), "-")
    return table.append_column("month", pc.fill_null(month, "undated"))


_OWN_PART = re.compile(r"part-\d+\.parquet")


def _write_partitions(table: pa.Table, folder: Path) -> None:
    """One ``month=.../part-0.parquet`` a month, each written atomically; then dyads' stale parts go.

    Only files named like dyads' own (``part-N.parquet`` inside ``month=...``) are ever removed,
    and only after every new one is in place.
    """
    folder.mkdir(exist_ok=True)
    written: set[Path] = set()
    months = table.column("month")
    for month in pc.unique(months).to_pylist():
        part = folder / f"month={month}" / "part-0.parquet"
        part.parent.mkdir(exist_ok=True)
        with _replacing(part) as tmp:
            pq.write_table(table.filter(pc.equal(months, month)).drop_columns(["month"]), tmp)
        written.add(part)
    for stale in folder.glob("month=*/part-*.parquet"):
        if _OWN_PART.fullmatch(stale.name) and stale not in written:
            stale.unlink()


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; it becomes ``path`` if the block succeeds.

    The name starts with a dot, so readers of a Parquet folder skip it while it is written.
    """
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _dyads_record(row: dict[str, Any], coder: str) -> dict[str, Any]:
    row.pop("month")
    return row


def _json_default(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
