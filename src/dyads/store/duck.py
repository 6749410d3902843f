"""The event database on DuckDB: connect, load, de-duplicate, query. The only module that imports duckdb.

Every value a user gives reaches SQL as a ``?`` parameter; the SQL text itself is built only
from the constants in this module.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from ..errors import DyadsError, Errors
from .dedup import COPY_JACCARD, DEFAULT_WINDOW_DAYS, Mention, MentionKey, bands, cluster, jaccard, shingles, text_key
from .migrations import SCHEMA_VERSION, schema_sql, steps_between
from .rows import CODED, BatchRows

if TYPE_CHECKING:
    import pyarrow as pa
else:

    class _Pyarrow:
        """pyarrow, imported on first use: a query the command line prints needs neither it nor numpy
        (together most of the start-up time of `dyads events`; see ``query_rows``)."""

        def __getattr__(self, name: str) -> Any:
            import pyarrow

            return getattr(pyarrow, name)

    pa = _Pyarrow()

Connection = duckdb.DuckDBPyConnection

_KEY_COLUMNS = ("event", "source_key", "target_key", "cameo_root")
_TABLE_COLUMNS = {
    "documents": ("doc_id", "content_hash", "title", "byline", "url", "outlet", "date_published", "body", "status",
                  "reason", "coded_at", "coder", "text_key", "duplicate_of", "similarity", "lexicon_hash", "model_hash"),
    "sentences": ("doc_id", "sentence_index", "text"),
    "mentions": ("event_id", "story_id", "doc_id", "sentence_index", "date", "date_published", "event", "mode", "cameo",
                 "cameo_root", "quad_class", "goldstein", "source_key", "target_key", "trigger", "negated", "confidence",
                 "why", "location_name", "location_country", "lat", "lon", "location_text", "added_at", "date_precision"),
    "event_actors": ("event_id", "role", "position", "text", "code", "sector", "name", "org"),
    "document_bands": ("doc_id", "band"),
    "relation_sources": ("relation_key", "relation_id", "doc_id", "sentence_index", "sentence", "date_published",
                         "according_to", "value", "confidence", "why", "valid_from", "valid_to", "added_at"),
}
_RELATION_COLUMNS = ("relation_key", "relation", "subjects", "object", "territory", "polarity")
def _arrow_type(column: str) -> pa.DataType:
    """The Arrow type of a column of the store's tables (a function, so that pyarrow loads only when writing)."""
    types = {
        "date": pa.date32(), "date_published": pa.date32(), "coded_at": pa.timestamp("us"), "added_at": pa.timestamp("us"),
        "sentence_index": pa.int32(), "position": pa.int32(), "quad_class": pa.int8(), "goldstein": pa.float64(),
        "confidence": pa.float64(), "lat": pa.float64(), "lon": pa.float64(), "negated": pa.bool_(),
        "similarity": pa.float64(), "band": pa.int64(), "value": pa.float64(), "subjects": pa.list_(pa.string()),
    }
    return types.get(column, pa.string())


# ---------------------------------------------------------------- connecting


# Every connection dyads opens is sandboxed: SQL on it reaches the database's own tables and
# nothing else -- no files (read_csv, COPY ... TO, ATTACH), no extensions, and no SET that could
# undo this. Registering Arrow tables (the writer's way in) still works.
SANDBOX: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


def connect(path: Path, *, read_only: bool) -> Connection:
    """Open the database at ``path``, creating or migrating it when opened for writing.

    The connection is sandboxed (see ``SANDBOX``) and, with ``read_only``, opened in DuckDB's
    READ_ONLY access mode. This is the one way the store, ``dyads sql`` and anything else that
    runs a user's SQL get a connection.

    Args:
        path: the database file.
        read_only: open without taking the writer's lock (queries, ``dyads sql``, exports).

    Returns:
        An open connection whose schema is at ``SCHEMA_VERSION``.

    Raises:
        DyadsError: E801 when another process holds the file, E802 when it is not a dyads
            database, E803 when a newer dyads made it, E804 when ``read_only`` and there is none,
            E815 when DuckDB fails on it (a damaged file).
    """
    if read_only and not path.exists():
        raise DyadsError(Errors.E804.format(path=path))
    if not read_only:
        return _open_for_writing(path)
    con = _open(path, read_only=True)
    with _closing_on_error(con), guard(path):
        found = _schema_version(con, path)
    if found == SCHEMA_VERSION:
        return con
    # An older schema: upgrade it once with a short write, then read as asked.
    con.close()
    _open_for_writing(path).close()
    return _open(path, read_only=True)


def connect_unchanged(path: Path) -> Connection:
    """Open the database at ``path`` read-only and as it is: never created, never upgraded (``dyads serve``).

    Raises:
        DyadsError: E804 when there is no file, E840 when it is empty, E802 when it is not a dyads
            database (or one with no tables), E803 when a newer dyads made it, E841 when an older
            one did (``connect`` would upgrade it, which is a write), E801/E815 as ``connect``.
    """
    if not path.is_file():
        raise DyadsError(Errors.E804.format(path=path))
    if path.stat().st_size == 0:
        raise DyadsError(Errors.E840.format(path=path))
    con = _open(path, read_only=True)
    with _closing_on_error(con), guard(path):
        found = _schema_version(con, path)
        if found is None:
            raise DyadsError(Errors.E802.format(path=path, problem="it has no tables"))
        if found < SCHEMA_VERSION:
            raise DyadsError(Errors.E841.format(path=path, found=found, known=SCHEMA_VERSION))
    return con


def _open_for_writing(path: Path) -> Connection:
    con = _open(path, read_only=False)
    with _closing_on_error(con), guard(path):
        found = _schema_version(con, path)
        if found is None:
            _create(con)
        elif found < SCHEMA_VERSION:
            _migrate(con, found)
    return con


@contextmanager
def _closing_on_error(con: Connection) -> Iterator[None]:
    try:
        yield
    except BaseException:
        con.close()
        raise


def _open(path: Path, *, read_only: bool) -> Connection:
    try:
        return duckdb.connect(str(path), read_only=read_only, config=SANDBOX)
    except duckdb.Error as exc:
        problem = _first_line(exc)
        if isinstance(exc, duckdb.IOException) and "lock" in problem.lower():
            raise DyadsError(Errors.E801.format(path=path)) from None
        if "not a valid DuckDB database" in problem:
            raise DyadsError(Errors.E802.format(path=path, problem=problem)) from None
        raise DyadsError(Errors.E815.format(path=path, problem=problem)) from None


@contextmanager
def guard(path: Path) -> Iterator[None]:
    """Turn any DuckDB error escaping the block into a DyadsError that names the database file.

    Queries that a user wrote report their own mistakes as E806 before this (``query_arrow``);
    what reaches here failed in SQL that dyads wrote and ran on a good schema, so the file itself
    is the likely cause: E815, damaged.
    """
    try:
        yield
    except duckdb.Error as exc:
        # a failed statement leaves the transaction aborted, so cleanup (unregister, rollback)
        # fails too and hides the first error: report the one that started it
        first: BaseException = exc
        while isinstance(first.__context__, duckdb.Error):
            first = first.__context__
        raise DyadsError(Errors.E815.format(path=path, problem=_first_line(first))) from None


def _schema_version(con: Connection, path: Path) -> int | None:
    """The stored schema version; None for an empty database."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if not tables:
        return None
    if "meta" not in tables:
        raise DyadsError(Errors.E802.format(path=path, problem="it has tables but no dyads `meta` table"))
    found = get_meta(con, "schema_version")
    if found is None:
        raise DyadsError(Errors.E802.format(path=path, problem="no schema_version in `meta`"))
    if int(found) > SCHEMA_VERSION:
        raise DyadsError(Errors.E803.format(path=path, found=found, known=SCHEMA_VERSION))
    return int(found)


def _create(con: Connection) -> None:
    with transaction(con):
        for statement in _statements(schema_sql()):
            con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def _migrate(con: Connection, found: int) -> None:
    with transaction(con):
        for _, statements in steps_between(found, SCHEMA_VERSION):
            for statement in statements:
                con.execute(statement)
        if found < 3:  # the first version that knows copies: find those already stored
            _merge_stored_copies(con)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])


def _statements(script: str) -> list[str]:
    without_comments = re.sub(r"--[^\n]*", "", script)
    return [s.strip() for s in without_comments.split(";") if s.strip()]


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@contextmanager
def transaction(con: Connection) -> Iterator[None]:
    """Run the block in one transaction: all of it is stored, or none of it."""
    con.begin()
    try:
        yield
    except BaseException:
        con.rollback()
        raise
    con.commit()


def get_meta(con: Connection, key: str) -> str | None:
    """A value from the ``meta`` table, or None."""
    # fetchall, not fetchone: a half-read result blocks the connection's next statement
    rows = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def set_meta(con: Connection, key: str, value: str) -> None:
    """Store a value in the ``meta`` table."""
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])


# ---------------------------------------------------------------- loading


@dataclass
class BatchCounts:
    """What one batch did to the store (``kept``: stored documents a read failure left alone)."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    kept: int = 0
    events_added: int = 0
    events_removed: int = 0
    identical_copies: int = 0
    near_copies: int = 0


def stored_hashes(con: Connection, doc_ids: list[str], before: dt.datetime) -> dict[str, str | None]:
    """``doc_id -> content_hash`` of those of ``doc_ids`` stored (coded) before ``before``; only those, so that a
    store of millions stays on disk."""
    return dict(con.execute("SELECT doc_id, content_hash FROM documents WHERE doc_id IN (SELECT unnest(?)) AND coded_at < ?",
                            [doc_ids, before]).fetchall())


def stored_documents(con: Connection, batch: int = 500) -> Iterator[tuple]:
    """``(doc_id, body, date_published, title, byline, url)`` of every stored document that has a body.

    Reads through a cursor of its own, so the caller can write on ``con`` meanwhile.
    """
    cursor = con.cursor()
    try:
        cursor.execute(
            "SELECT doc_id, body, date_published, title, byline, url FROM documents WHERE body IS NOT NULL ORDER BY doc_id"
        )
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        cursor.close()


def write_batch(con: Connection, rows: BatchRows, *, force: bool, window: int) -> BatchCounts:
    """Store one batch of documents and their events, and re-cluster the stories they touch.

    A document whose content hash is stored already is left alone (unless ``force``); one whose
    hash changed has its old sentences, mentions and actors replaced. A row with no text (the
    reader could not read the file) never replaces a stored document that has its text: a
    transient read failure must not delete events that ``recode`` could not bring back, so
    the stored document is kept as it was and counted as ``kept``. All of it is one transaction.

    Args:
        con: a connection opened for writing.
        rows: the batch's rows; each document id at most once (``Store.add`` sees to it).
        force: replace documents even when their hash is unchanged (``dyads recode``).
        window: the de-duplication window in days.

    Returns:
        How many documents were new, replaced, unchanged or kept, and how many mentions came and went.
    """
    counts = BatchCounts()
    incoming = {row["doc_id"]: row for row in rows.documents}
    with transaction(con):
        stored = _stored_rows(con, list(incoming))
        keep: set[str] = set()
        replaced: list[str] = []
        for doc_id, row in incoming.items():
            before = stored.get(doc_id)
            if before is None:
                counts.new += 1
            elif row["content_hash"] is None and before[0] is not None:
                counts.kept += 1
                continue
            elif not force and _same(before, row):
                counts.unchanged += 1
                continue
            else:
                counts.replaced += 1
                replaced.append(doc_id)
            keep.add(doc_id)
        rows = BatchRows(list(incoming.values()), rows.sentences, rows.mentions, rows.actors, rows.relations).keep(keep)
        relation_keys = _relation_keys_of(con, replaced)
        affected = _remove_documents(con, replaced, counts)
        band_rows = mark_copies(con, rows.documents)
        copies = {d["doc_id"]: d["duplicate_of"] for d in rows.documents if d["duplicate_of"] is not None}
        if copies:
            # a copy's events are its first document's: store its row and text, not its events
            counts.identical_copies += sum(d["similarity"] == 1.0 for d in rows.documents if d["doc_id"] in copies)
            counts.near_copies += sum(d["similarity"] != 1.0 for d in rows.documents if d["doc_id"] in copies)
            firsts = rows.keep({d["doc_id"] for d in rows.documents} - set(copies))
            rows = BatchRows(rows.documents, firsts.sentences, firsts.mentions, firsts.actors, firsts.relations)
            # the stories of the first documents gain sources
            affected |= _keys_of(con, set(copies.values()))
        for table in ("documents", "sentences", "mentions", "event_actors"):
            _insert(con, table, getattr(rows, "actors" if table == "event_actors" else table))
        _insert(con, "document_bands", band_rows)
        _insert(con, "relation_sources", rows.relations)
        refresh_relations(con, relation_keys, rows.relations)
        affected.update(MentionKey(*(m[c] for c in _KEY_COLUMNS)) for m in rows.mentions)
        counts.events_added = len(rows.mentions)
        if affected:
            recluster(con, window, affected)
    return counts


def _stored_rows(con: Connection, doc_ids: list[str]) -> dict[str, tuple]:
    if not doc_ids:
        return {}
    ids = pa.table({"doc_id": pa.array(doc_ids, pa.string())})
    con.register("batch_ids", ids)
    try:
        found = con.execute(
            "SELECT d.doc_id, d.content_hash, d.status, d.reason FROM documents d JOIN batch_ids USING (doc_id)"
        ).fetchall()
    finally:
        con.unregister("batch_ids")
    return {row[0]: row[1:] for row in found}


def _same(stored: tuple, row: dict[str, Any]) -> bool:
    content_hash, status, reason = stored
    if row["content_hash"] is None:  # unreadable both times: same outcome, nothing to do
        return content_hash is None and status == row["status"] and reason == row["reason"]
    return content_hash == row["content_hash"]


def _remove_documents(con: Connection, doc_ids: list[str], counts: BatchCounts) -> set[MentionKey]:
    """Delete what the given documents stored; returns the story keys their mentions had."""
    if not doc_ids:
        return set()
    con.register("gone", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
    try:
        keys = con.execute(
            "SELECT DISTINCT event, source_key, target_key, cameo_root FROM mentions JOIN gone USING (doc_id)"
        ).fetchall()
        counts.events_removed = con.execute("SELECT count(*) FROM mentions JOIN gone USING (doc_id)").fetchall()[0][0]
        con.execute("DELETE FROM event_actors WHERE event_id IN (SELECT event_id FROM mentions JOIN gone USING (doc_id))")
        for table in ("mentions", "sentences", "document_bands", "relation_sources", "documents"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM gone)")
    finally:
        con.unregister("gone")
    return {MentionKey(*key) for key in keys}


def _relation_keys_of(con: Connection, doc_ids: list[str]) -> set[str]:
    """The standing relations the given documents assert (read before they are removed)."""
    if not doc_ids:
        return set()
    con.register("asserting", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
    try:
        found = con.execute("SELECT DISTINCT relation_key FROM relation_sources JOIN asserting USING (doc_id)").fetchall()
    finally:
        con.unregister("asserting")
    return {key for (key,) in found}


def refresh_relations(con: Connection, keys: set[str], added: list[dict[str, Any]]) -> None:
    """Bring the ``relations`` rows of the given standing relations, and of those ``added`` asserts, in
    step with ``relation_sources``: a new one gets its row, one no document asserts any more loses it,
    and the others count their sources again (a second article adds a source, not a row)."""
    described: dict[str, dict[str, Any]] = {row["relation_key"]: row for row in added}
    keys = keys | set(described)
    if not keys:
        return
    if described:
        new = pa.table({c: pa.array([r[c] for r in described.values()], _arrow_type(c)) for c in _RELATION_COLUMNS})
        con.register("described", new)
        try:
            columns = ", ".join(_RELATION_COLUMNS)
            con.execute(f"INSERT INTO relations ({columns}, num_sources, num_mentions) SELECT {columns}, 0, 0 FROM described "
                        "WHERE relation_key NOT IN (SELECT relation_key FROM relations)")
        finally:
            con.unregister("described")
    con.register("touched", pa.table({"relation_key": pa.array(sorted(keys), pa.string())}))
    try:
        con.execute("DELETE FROM relations WHERE relation_key IN (SELECT relation_key FROM touched) "
                    "AND relation_key NOT IN (SELECT relation_key FROM relation_sources)")
        con.execute("""
            UPDATE relations SET num_sources = s.num_sources, num_mentions = s.num_mentions,
                   first_asserted = s.first_asserted, last_asserted = s.last_asserted
            FROM (SELECT relation_key, count(DISTINCT doc_id) AS num_sources, count(*) AS num_mentions,
                         min(date_published) AS first_asserted, max(date_published) AS last_asserted
                  FROM relation_sources JOIN touched USING (relation_key) GROUP BY relation_key) s
            WHERE relations.relation_key = s.relation_key""")
    finally:
        con.unregister("touched")


def _keys_of(con: Connection, doc_ids: set[str]) -> set[MentionKey]:
    """The story keys of the stored mentions of the given documents."""
    if not doc_ids:
        return set()
    con.register("firsts", pa.table({"doc_id": pa.array(sorted(doc_ids), pa.string())}))
    try:
        keys = con.execute(
            "SELECT DISTINCT event, source_key, target_key, cameo_root FROM mentions JOIN firsts USING (doc_id)"
        ).fetchall()
    finally:
        con.unregister("firsts")
    return {MentionKey(*key) for key in keys}


def mark_copies(con: Connection, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Find the coded documents among ``documents`` that copy a stored document or an earlier one of them.

    The rule is in ``dedup.py``: the same normalised text, or word 5-gram Jaccard similarity of
    at least ``COPY_JACCARD`` with a document that is not a copy itself. ``documents`` are taken
    in order of publication date and id, so of several copies in one batch the earliest is the
    first; a document stored already stays the first, so ids that a user may have exported keep
    their events. A copy's row gets ``duplicate_of`` and ``similarity`` (1 for the same text).

    Args:
        con: the connection, inside the batch's transaction (``documents`` not yet inserted).
        documents: ``documents`` rows; those of copies are changed in place.

    Returns:
        The ``document_bands`` rows of the documents that are not copies.
    """
    probes = sorted((d for d in documents if d["status"] == CODED and d["text_key"] is not None),
                    key=lambda d: (d["date_published"] or dt.date.max, d["doc_id"]))
    if not probes:
        return []
    words = {d["doc_id"]: shingles(d["body"]) for d in probes}
    keys = {d["doc_id"]: bands(words[d["doc_id"]]) for d in probes}
    first_by_text: dict[str, str] = {}
    for key, doc_id in con.execute(
        "SELECT text_key, doc_id FROM documents WHERE text_key IN (SELECT unnest(?)) AND duplicate_of IS NULL"
        " AND status = ? ORDER BY date_published DESC NULLS FIRST, doc_id DESC", [[d["text_key"] for d in probes], CODED]
    ).fetchall():
        first_by_text[key] = doc_id  # the earliest one is written last
    con.register("probe_bands", pa.table({"band": pa.array(sorted({b for k in keys.values() for b in k}), pa.int64())}))
    try:
        found = con.execute(
            "SELECT b.band, b.doc_id, d.body FROM document_bands b JOIN probe_bands USING (band)"
            " JOIN documents d USING (doc_id) ORDER BY d.date_published NULLS LAST, b.doc_id"
        ).fetchall()
    finally:
        con.unregister("probe_bands")
    by_band: dict[int, list[str]] = {}
    for band, doc_id, body in found:
        by_band.setdefault(band, []).append(doc_id)
        if doc_id not in words:
            words[doc_id] = shingles(body)
    band_rows: list[dict[str, Any]] = []
    for document in probes:
        doc_id = document["doc_id"]
        first = first_by_text.get(document["text_key"])
        similarity = 1.0
        if first is None:
            candidates = dict.fromkeys(c for band in keys[doc_id] for c in by_band.get(band, ()))
            scored = [(jaccard(words[doc_id], words[c]), c) for c in candidates]
            best = max(scored, key=lambda p: p[0], default=(0.0, None))  # the first of the highest
            if best[0] >= COPY_JACCARD:
                similarity, first = best
        if first is not None:
            document.update(duplicate_of=first, similarity=similarity)
            continue
        first_by_text[document["text_key"]] = doc_id
        for band in keys[doc_id]:
            by_band.setdefault(band, []).append(doc_id)
            band_rows.append({"doc_id": doc_id, "band": band})
    return band_rows


def _merge_stored_copies(con: Connection, chunk: int = 2_000) -> None:
    """Upgrading to schema 3: key and band every stored document, and merge the copies among them.

    Documents are taken in order of publication date and id, ``chunk`` at a time (their texts in
    memory only a chunk at a time); each chunk is compared with the ones before it, as stored, so
    the result is the one ``mark_copies`` gives the whole set at once.
    """
    order = [row[0] for row in con.execute(
        "SELECT doc_id FROM documents WHERE body IS NOT NULL ORDER BY date_published NULLS LAST, doc_id"
    ).fetchall()]
    for start in range(0, len(order), chunk):
        con.register("chunk_ids", pa.table({"doc_id": pa.array(order[start:start + chunk], pa.string())}))
        try:
            found = con.execute(
                "SELECT doc_id, status, body, date_published FROM documents JOIN chunk_ids USING (doc_id)"
            ).fetchall()
        finally:
            con.unregister("chunk_ids")
        documents = [
            {"doc_id": doc_id, "status": status, "body": body, "date_published": published, "text_key": text_key(body),
             "duplicate_of": None, "similarity": None}
            for doc_id, status, body, published in found
        ]
        band_rows = mark_copies(con, documents)
        con.register("keyed", pa.table({
            "doc_id": pa.array([d["doc_id"] for d in documents], pa.string()),
            "text_key": pa.array([d["text_key"] for d in documents], pa.string()),
            "duplicate_of": pa.array([d["duplicate_of"] for d in documents], pa.string()),
            "similarity": pa.array([d["similarity"] for d in documents], pa.float64()),
        }))
        try:
            con.execute(
                "UPDATE documents SET text_key = k.text_key, duplicate_of = k.duplicate_of, similarity = k.similarity"
                " FROM keyed k WHERE documents.doc_id = k.doc_id"
            )
        finally:
            con.unregister("keyed")
        _insert(con, "document_bands", band_rows)
    copies = "SELECT doc_id FROM documents WHERE duplicate_of IS NOT NULL"
    con.execute(f"DELETE FROM event_actors WHERE event_id IN (SELECT event_id FROM mentions WHERE doc_id IN ({copies}))")
    con.execute(f"DELETE FROM mentions WHERE doc_id IN ({copies})")
    con.execute(f"DELETE FROM sentences WHERE doc_id IN ({copies})")
    # every story again; a story told only by copies (coded otherwise than their first) goes with them
    con.execute("DELETE FROM events")
    stored = get_meta(con, "window_days")
    recluster(con, int(stored) if stored is not None else DEFAULT_WINDOW_DAYS)


def _insert(con: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    insert_arrow(con, table, to_arrow(table, rows))


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows of one of the store's tables as an Arrow table with its columns, in order."""
    columns = _TABLE_COLUMNS[table]
    return pa.table({c: pa.array([r[c] for r in rows], _arrow_type(c)) for c in columns})


def insert_arrow(con: Connection, table: str, data: pa.Table) -> None:
    """Append an Arrow table (columns as in ``_TABLE_COLUMNS[table]``) in one statement."""
    con.register("incoming", data)
    try:
        columns = ", ".join(_TABLE_COLUMNS[table])
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM incoming")
    finally:
        con.unregister("incoming")


def recluster(con: Connection, window: int, keys: set[MentionKey] | None = None) -> int:
    """Recompute the story events of the given keys (all of them when None) from their mentions.

    Returns:
        How many story events those keys have now.
    """
    if keys is None:
        con.execute("CREATE OR REPLACE TEMP TABLE affected AS SELECT DISTINCT event, source_key, target_key, cameo_root FROM mentions")
    else:
        con.register("affected_keys", pa.table({c: pa.array([k[i] for k in keys], pa.string()) for i, c in enumerate(_KEY_COLUMNS)}))
        try:
            con.execute("CREATE OR REPLACE TEMP TABLE affected AS SELECT DISTINCT * FROM affected_keys")
        finally:
            con.unregister("affected_keys")
    con.execute(
        # only a day-precise date may merge stories: two events "last month" need not be one
        "SELECT m.event, m.source_key, m.target_key, m.cameo_root, CASE WHEN m.date_precision = 'day' THEN m.date END,"
        " m.doc_id, m.event_id, md5(trim(regexp_replace(lower(s.text), '[^\\p{L}\\p{N}]+', ' ', 'g'))), m.date_published"
        " FROM mentions m JOIN affected k USING (event, source_key, target_key, cameo_root)"
        " LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index"
        " ORDER BY m.event, m.source_key, m.target_key, m.cameo_root"
    )
    event_ids, story_ids = [], []
    # keys never share a story, so the mentions stream in key order and are clustered one key at a
    # time: memory holds one key's mentions, not all of them (10,000,000 at once took 10 GB)
    for group in _key_groups(con):
        for event_id, story_id in cluster(group, window):
            event_ids.append(event_id)
            story_ids.append(story_id)
    con.register("assigned", pa.table({"event_id": pa.array(event_ids, pa.string()), "story_id": pa.array(story_ids, pa.string())}))
    try:
        con.execute(
            "UPDATE mentions SET story_id = a.story_id FROM assigned a"
            " WHERE mentions.event_id = a.event_id AND mentions.story_id <> a.story_id"
        )
    finally:
        con.unregister("assigned")
    con.execute(
        "DELETE FROM events WHERE EXISTS (SELECT 1 FROM affected k WHERE events.event = k.event"
        " AND events.source_key = k.source_key AND events.target_key = k.target_key AND events.cameo_root = k.cameo_root)"
    )
    con.execute(_INSERT_STORIES)
    con.execute("DROP TABLE affected")
    return len(set(story_ids))


def _key_groups(con: Connection, batch: int = 50_000) -> Iterator[list[Mention]]:
    """The mentions of the pending result, ordered by key, one list per key."""
    group: list[Mention] = []
    while rows := con.fetchmany(batch):
        for row in rows:
            mention = Mention(MentionKey(*row[:4]), *row[4:])
            if group and group[0].key != mention.key:
                yield group
                group = []
            group.append(mention)
    if group:
        yield group


_INSERT_STORIES = """
INSERT INTO events
SELECT a.event_id, coalesce(s.date, s.first_seen), s.date, a.event, a.mode, a.cameo, a.cameo_root, a.quad_class,
       a.goldstein, a.source_key, a.target_key,
       CASE WHEN a.source_key = '' THEN []::VARCHAR[] ELSE string_split(a.source_key, ';') END,
       CASE WHEN a.target_key = '' THEN []::VARCHAR[] ELSE string_split(a.target_key, ';') END,
       s.num_mentions, s.num_articles, s.num_sources, s.first_seen, s.last_seen, s.added_at, s.confidence,
       a.location_name, a.location_country, a.lat, a.lon, s.date_precision
FROM (
    SELECT m.story_id, count(*) AS num_mentions, count(DISTINCT coalesce(d.doc_id, m.doc_id)) AS num_articles,
           count(DISTINCT coalesce(d.outlet, d.doc_id, m.doc_id)) AS num_sources, min(m.date) AS date,
           arg_min(m.date_precision, m.date) AS date_precision,
           min(CASE WHEN d.duplicate_of IS NULL THEN m.date_published ELSE d.date_published END) AS first_seen,
           max(CASE WHEN d.duplicate_of IS NULL THEN m.date_published ELSE d.date_published END) AS last_seen,
           min(m.added_at) AS added_at, max(m.confidence) AS confidence
    FROM mentions m
    JOIN affected k USING (event, source_key, target_key, cameo_root)
    -- the document of each mention and its copies: every article that carried it, one row each
    LEFT JOIN documents d ON coalesce(d.duplicate_of, d.doc_id) = m.doc_id
    GROUP BY m.story_id
) s
JOIN mentions a ON a.event_id = s.story_id
"""


# ---------------------------------------------------------------- querying

PERIODS = ("day", "week", "month", "year", "none")

_TOP_EVENTS = """
kinds AS (
    SELECT {group}, event, count(*) AS n,
           row_number() OVER (PARTITION BY {group} ORDER BY count(*) DESC, event) AS rank
    FROM picked GROUP BY {group}, event
),
top AS (
    SELECT {group}, string_agg(event || ' ' || n, ', ' ORDER BY rank) AS top_events
    FROM kinds WHERE rank <= 3 GROUP BY {group}
)"""

_COUNTS = """count(*) AS events,
    count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
    count(*) FILTER (WHERE quad_class = 2) AS material_coop,
    count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
    count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
    round(avg(goldstein), 2) AS goldstein_mean,
    sum(num_mentions)::BIGINT AS mentions"""
# (DuckDB sums an INTEGER column into a HUGEINT, which reaches Python as a Decimal: counts stay integers.)


# Errors in the SQL itself (syntax, names, types, values): the query's fault, not the file's.
_QUERY_ERRORS = (duckdb.ProgrammingError, duckdb.DataError, duckdb.NotSupportedError, duckdb.IntegrityError)


@dataclass
class Rows:
    """A query result as Python values (``datetime.date``, lists, ``Decimal`` as DuckDB gives them),
    for the command line: reading it imports neither pyarrow nor numpy."""

    column_names: list[str]
    rows: list[tuple]

    @property
    def num_rows(self) -> int:
        return len(self.rows)

    def to_pylist(self) -> list[dict[str, Any]]:
        return [dict(zip(self.column_names, row)) for row in self.rows]


def query_arrow(con: Connection, sql: str, params: list[Any] | None = None) -> pa.Table:
    """Run a query and return its result as an Arrow table.

    Raises:
        DyadsError: E806 when the SQL itself is wrong, E814 when it reaches for a file or an
            extension. Other DuckDB errors (a damaged file) pass on to ``guard``.
    """
    return _fetched(con, sql, params, lambda result: result.to_arrow_table())


def query_rows(con: Connection, sql: str, params: list[Any] | None = None) -> Rows:
    """Run a query and return its result as ``Rows``; errors as ``query_arrow``."""
    return _fetched(con, sql, params, lambda result: Rows(list(result.columns), result.fetchall()))


def query(con: Connection, sql: str, params: list[Any] | None, rows: bool) -> pa.Table | Rows:
    """``query_rows`` or ``query_arrow``."""
    return query_rows(con, sql, params) if rows else query_arrow(con, sql, params)


def _fetched(con: Connection, sql: str, params: list[Any] | None, fetch: Any) -> Any:
    try:
        return fetch(con.sql(sql, params=params or None))
    except duckdb.PermissionException as exc:
        raise DyadsError(Errors.E814.format(problem=_first_line(exc))) from None
    except _QUERY_ERRORS as exc:
        raise DyadsError(Errors.E806.format(problem=_first_line(exc))) from None


def _date_range(since: dt.date | None, until: dt.date | None, params: list[Any], column: str = "day") -> str:
    clauses = []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until is not None:
        clauses.append(f"{column} <= ?")
        params.append(until)
    return "".join(f" AND {c}" for c in clauses)


def _min_confidence(value: float | None, params: list[Any]) -> str:
    if value is None:
        return ""
    params.append(value)
    return " AND confidence >= ?"


def dyad(con: Connection, a: str, b: str, *, by: str = "month", since: dt.date | None = None,
         until: dt.date | None = None, both: bool = False, min_confidence: float | None = None, rows: bool = False) -> pa.Table | Rows:
    """Story events from ``a`` to ``b`` (and back, with ``both``) counted per period.

    Returns:
        One row per period: events, counts per quad class, mean Goldstein score, mentions and
        the three most frequent event types.
    """
    if by not in PERIODS:
        raise DyadsError(Errors.E810.format(choices=", ".join(PERIODS), value=by))
    period = "NULL::DATE" if by == "none" else f"date_trunc('{by}', day)::DATE"
    params: list[Any] = [a, b]
    where = "(list_contains(source_codes, ?) AND list_contains(target_codes, ?))"
    if both:
        where = f"({where} OR (list_contains(source_codes, ?) AND list_contains(target_codes, ?)))"
        params += [b, a]
    where += _date_range(since, until, params) + _min_confidence(min_confidence, params)
    sql = f"""
WITH picked AS (SELECT {period} AS period, event, quad_class, goldstein, num_mentions FROM events WHERE {where}),
{_TOP_EVENTS.format(group="period")}
SELECT p.period, {_COUNTS}, any_value(t.top_events) AS top_events
FROM picked p LEFT JOIN top t ON p.period IS NOT DISTINCT FROM t.period
GROUP BY p.period ORDER BY p.period NULLS LAST"""
    return query(con, sql, params, rows)


def actor(con: Connection, code: str, *, since: dt.date | None = None, until: dt.date | None = None,
          min_confidence: float | None = None, rows: bool = False) -> pa.Table | Rows:
    """Whom ``code`` acted on and was acted on by: one row per counterpart and direction."""
    params: list[Any] = [code]
    first = _date_range(since, until, params) + _min_confidence(min_confidence, params)
    params.append(code)
    second = _date_range(since, until, params) + _min_confidence(min_confidence, params)
    params.append(code)
    sql = f"""
WITH sides AS (
    SELECT 'acted on' AS direction, unnest(target_codes) AS counterpart, event, quad_class, goldstein, num_mentions
    FROM events WHERE list_contains(source_codes, ?){first}
    UNION ALL
    SELECT 'acted on by', unnest(source_codes), event, quad_class, goldstein, num_mentions
    FROM events WHERE list_contains(target_codes, ?){second}
),
picked AS (SELECT * FROM sides WHERE counterpart <> ?),
{_TOP_EVENTS.format(group="direction, counterpart")}
SELECT p.direction, p.counterpart, {_COUNTS}, any_value(t.top_events) AS top_events
FROM picked p JOIN top t USING (direction, counterpart)
GROUP BY p.direction, p.counterpart ORDER BY events DESC, p.direction, p.counterpart"""
    return query(con, sql, params, rows)


EVENT_FILTERS = ("source", "target", "actor", "event", "cameo", "quad_class", "doc_id", "since", "until", "min_mentions",
                 "min_confidence")


def event_where(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    """The WHERE condition (on ``events e``) and its parameters for ``filters`` (see ``EVENT_FILTERS``).

    Raises:
        DyadsError: E811 for an unknown filter.
    """
    unknown = sorted(set(filters) - set(EVENT_FILTERS))
    if unknown:
        raise DyadsError(Errors.E811.format(names=", ".join(unknown), allowed=", ".join(EVENT_FILTERS)))
    clauses: list[str] = []
    params: list[Any] = []
    conditions = {
        "source": "list_contains(e.source_codes, ?)", "target": "list_contains(e.target_codes, ?)",
        "event": "e.event = ?", "cameo": "e.cameo LIKE ? || '%'", "quad_class": "e.quad_class = ?",
        # a copy's events are those of the document it copies
        "doc_id": "EXISTS (SELECT 1 FROM mentions x WHERE x.story_id = e.event_id AND x.doc_id ="
                  " (SELECT coalesce(any_value(duplicate_of), ?) FROM documents WHERE doc_id = ?))",
        "since": "e.day >= ?", "until": "e.day <= ?", "min_mentions": "e.num_mentions >= ?",
        "min_confidence": "e.confidence >= ?",
    }
    for name, value in filters.items():
        if value is None:
            continue
        if name == "actor":
            clauses.append("(list_contains(e.source_codes, ?) OR list_contains(e.target_codes, ?))")
            params += [value, value]
        else:
            clauses.append(conditions[name])
            params += [value, value] if name == "doc_id" else [value.upper() if name == "event" else value]
    return " AND ".join(clauses) or "TRUE", params


def events(con: Connection, filters: dict[str, Any], limit: int | None = None, rows: bool = False) -> pa.Table | Rows:
    """Story events matching ``filters`` (see ``EVENT_FILTERS``), newest first, with the anchor's sentence."""
    where, params = event_where(filters)
    # the limit is taken on the events before the join: every story event has its anchor mention, and
    # joining only those few to the mentions and sentences is what keeps a page fast on millions
    limited = ""
    if limit is not None:
        limited = " LIMIT ?"
        params.append(limit)
    sql = f"""
SELECT e.event_id, e.day, e.source_codes AS source, e.event, e.target_codes AS target, e.mode, e.cameo,
       e.quad_class, e.goldstein, e.num_mentions, e.num_articles, e.num_sources, e.first_seen, e.last_seen,
       e.confidence, a.doc_id, s.text AS sentence
FROM (SELECT * FROM events e WHERE {where} ORDER BY e.day DESC NULLS LAST, e.event_id{limited}) e
JOIN mentions a ON a.event_id = e.event_id
LEFT JOIN sentences s ON s.doc_id = a.doc_id AND s.sentence_index = a.sentence_index
ORDER BY e.day DESC NULLS LAST, e.event_id"""
    return query(con, sql, params, rows)


@contextmanager
def only_events(con: Connection, filters: dict[str, Any]) -> Iterator[None]:
    """Within the block, ``events`` is only the story events matching ``filters`` (an export's ``--since`` ...).

    A temporary table named ``events`` shadows the stored one, so every export layout's query
    sees the chosen events without repeating the filter; it is dropped when the block ends.
    Works on a read-only connection (temporary tables live in memory).
    """
    if not any(value is not None for value in filters.values()):
        yield
        return
    where, params = event_where(filters)
    # unqualified `events` is still the stored table here: the temporary one does not exist yet
    con.execute(f"CREATE TEMP TABLE events AS SELECT e.* FROM events e WHERE {where}", params)
    try:
        yield
    finally:
        con.execute("DROP TABLE temp.events")


def top(con: Connection, what: str, *, limit: int = 20, since: dt.date | None = None, until: dt.date | None = None,
        min_confidence: float | None = None, rows: bool = False) -> pa.Table | Rows:
    """The actors (``what="actors"``) or source -> target pairs (``what="dyads"``) in the most story events.

    Returns:
        One row per actor code (events, as source, as target, mean Goldstein) or per pair
        (events, counts per quad class, mean Goldstein, mentions, top event types), most events first.
    """
    params: list[Any] = []
    where = "TRUE" + _date_range(since, until, params) + _min_confidence(min_confidence, params)
    if what == "actors":
        params = params * 2  # the filter is written twice, once per side
        sql = f"""
WITH sides AS (
    SELECT event_id, 'source' AS role, unnest(source_codes) AS code, goldstein FROM events WHERE {where}
    UNION ALL
    SELECT event_id, 'target', unnest(target_codes), goldstein FROM events WHERE {where}
)
SELECT code AS actor, count(DISTINCT event_id) AS events,
       count(*) FILTER (WHERE role = 'source') AS as_source, count(*) FILTER (WHERE role = 'target') AS as_target,
       round(avg(goldstein), 2) AS goldstein_mean
FROM sides GROUP BY code ORDER BY events DESC, code LIMIT ?"""
    elif what == "dyads":
        sql = f"""
WITH sources AS (
    SELECT unnest(source_codes) AS source, target_codes, event, quad_class, goldstein, num_mentions FROM events WHERE {where}
),
picked AS (
    SELECT source, unnest(target_codes) AS target, event, quad_class, goldstein, num_mentions FROM sources
),
{_TOP_EVENTS.format(group="source, target")}
SELECT p.source, p.target, {_COUNTS}, any_value(t.top_events) AS top_events
FROM picked p JOIN top t USING (source, target)
WHERE p.source <> p.target
GROUP BY p.source, p.target ORDER BY events DESC, p.source, p.target LIMIT ?"""
    else:
        raise DyadsError(Errors.E825.format(name="what", choices="actors, dyads", value=what))
    params.append(limit)
    return query(con, sql, params, rows)


def delete_documents(con: Connection, doc_ids: list[str], window: int) -> tuple[list[str], BatchCounts]:
    """Remove documents with their sentences and mentions, and re-cluster the stories they were in.

    Returns:
        The ids that were stored (and are now removed), and the counts (``events_removed``).
    """
    counts = BatchCounts()
    with transaction(con):
        found = sorted(_stored_rows(con, doc_ids))
        relation_keys = _relation_keys_of(con, found)
        affected = _remove_documents(con, found, counts)
        refresh_relations(con, relation_keys, [])
        if found:
            # copies of a removed document stand on their own again; `dyads recode` codes them
            con.execute(f"UPDATE documents SET duplicate_of = NULL, similarity = NULL WHERE duplicate_of IN ({', '.join('?' * len(found))})",
                        found)
        if affected:
            recluster(con, window, affected)
    return found, counts


def mentions(con: Connection, event_id: str, rows: bool = False) -> pa.Table | Rows:
    """Every report of one story event, named by its id or any of its mentions' ids.

    One row per mention, with its document and sentence, and one per copy of that document
    (``copy_of`` names the document it copies; the sentence is the one they share).
    """
    sql = """
SELECT m.event_id, coalesce(d.doc_id, m.doc_id) AS doc_id, d.duplicate_of AS copy_of, d.title, d.url,
       CASE WHEN d.duplicate_of IS NULL THEN m.date_published ELSE d.date_published END AS date_published, m.sentence_index,
       s.text AS sentence, m.confidence, m.trigger, m.why
FROM mentions m
LEFT JOIN documents d ON coalesce(d.duplicate_of, d.doc_id) = m.doc_id
LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index
WHERE m.story_id = (SELECT any_value(story_id) FROM mentions WHERE event_id = ?)
ORDER BY 6 NULLS LAST, copy_of NULLS FIRST, doc_id, m.event_id"""
    return query(con, sql, [event_id], rows)


def relation_sources(con: Connection, *, actors: tuple[str, ...] = (), kind: str | None = None,
                     as_of: dt.date | None = None) -> Rows:
    """The assertions of the standing relations that name every one of ``actors`` (as a subject or the
    object), one row each with its relation's columns, ordered by relation and then source.

    Args:
        actors: actor keys (``CSTO``, ``ARM``), upper case; none: every relation.
        kind: only this kind.
        as_of: only assertions published on or before this day (one with no date is left out).
    """
    where: list[str] = []
    params: list[Any] = []
    for key in actors:
        where.append("(list_contains(r.subjects, ?) OR r.object = ?)")
        params += [key, key]
    if kind is not None:
        where.append("r.relation = ?")
        params.append(kind)
    if as_of is not None:
        where.append("s.date_published <= ?")
        params.append(as_of)
    sql = f"""
        SELECT r.relation_key, r.relation, r.subjects, r.object, r.territory, r.polarity,
               s.relation_id, s.doc_id, s.sentence_index, s.sentence, s.date_published, s.according_to, s.value,
               s.confidence, s.why, s.valid_from, s.valid_to
        FROM relations r JOIN relation_sources s USING (relation_key)
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY r.relation, r.object NULLS FIRST, r.subjects, r.territory NULLS FIRST, r.polarity,
                 s.date_published NULLS LAST, s.doc_id, s.sentence_index"""
    return query_rows(con, sql, params)


def merge_counts(con: Connection) -> dict[str, int]:
    """What de-duplication made of the whole database: documents, copies, mentions, story events."""
    row = con.execute("""
SELECT (SELECT count(*) FROM documents WHERE status = ?),
       (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL AND similarity = 1),
       (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL AND similarity < 1),
       (SELECT count(*) FROM mentions),
       (SELECT count(*) FROM events),
       (SELECT count(*) FROM events WHERE num_articles > 1)""", [CODED]).fetchall()[0]
    names = ("coded_documents", "identical_copies", "near_copies", "mentions", "stories", "stories_in_several_articles")
    return dict(zip(names, (int(n) for n in row)))


def actors(con: Connection, rows: bool = False) -> pa.Table | Rows:
    """Every actor with how many mentions it was the source and the target of."""
    sql = """
SELECT a.code, a.sector, a.name, a.org,
       count(*) FILTER (WHERE a.role = 'source') AS as_source,
       count(*) FILTER (WHERE a.role = 'target') AS as_target,
       min(m.date_published) AS first_seen, max(m.date_published) AS last_seen
FROM event_actors a JOIN mentions m USING (event_id)
WHERE a.role IN ('source', 'target')
GROUP BY ALL
ORDER BY as_source + as_target DESC, a.code, a.sector NULLS FIRST, a.name NULLS FIRST"""
    return query(con, sql, None, rows)


# ---------------------------------------------------------------- read-only SQL

_READ_PRAGMAS = {
    "table_info", "show", "show_tables", "show_tables_expanded", "database_size", "database_list",
    "storage_info", "version", "platform", "functions", "collations", "metadata_info",
}
# The query nodes of a statement that only reads; a SELECT can hold others
# (``WITH d AS (DELETE ... RETURNING *) SELECT * FROM d``), and those write.
_READ_NODES = {"SELECT_NODE", "SET_OPERATION_NODE", "RECURSIVE_CTE_NODE", "CTE_NODE"}


def check_read_only(sql: str, con: Connection) -> None:
    """Raise E805 unless ``sql`` is one statement that only reads, as DuckDB's own parser sees it.

    What passes:

    * SELECT, WITH, VALUES, FROM-first, DESCRIBE, SHOW, SUMMARIZE (DuckDB parses them all as
      SELECT), unless a writing statement hides inside (a DELETE ... RETURNING in a CTE);
    * EXPLAIN and EXPLAIN ANALYZE of such a SELECT -- EXPLAIN ANALYZE runs what it explains, so
      EXPLAIN of anything else (COPY, DELETE, INSTALL, ...) is refused, analyzed or not;
    * the PRAGMAs that report on the database (``PRAGMA table_info``, ``database_size``, ...).

    Anything else (writes, COPY, ATTACH, INSTALL, LOAD, SET, transactions, several statements) is
    refused. This is the first of three guards: ``read_only_sql`` also runs the statement in a
    transaction it always rolls back, on a sandboxed connection (``SANDBOX``).

    Args:
        sql: the statement.
        con: a connection to run DuckDB's parser functions on (nothing of the database is read).
    """
    statements = _parse(sql)
    if len(statements) != 1:
        raise DyadsError(Errors.E805.format(kind=f"{len(statements)} statements"))
    statement = statements[0]
    kind = statement.type.name
    if kind == "SELECT":
        _check_select(con, statement.query, kind)
        return
    words = _words(statement.query)
    if kind == "EXPLAIN":
        explained = _explained(statement.query, words)
        inner = _parse(explained) if explained is not None else []
        inner_kind = inner[0].type.name if len(inner) == 1 else "a statement it cannot tell"
        if inner_kind != "SELECT":
            raise DyadsError(Errors.E805.format(kind=f"EXPLAIN of {inner_kind} (EXPLAIN explains only a SELECT)"))
        _check_select(con, inner[0].query, f"EXPLAIN of {inner_kind}")
        return
    pragma = words[1][1].lower() if kind == "PRAGMA" and len(words) > 1 else None
    if pragma in _READ_PRAGMAS:
        return
    raise DyadsError(Errors.E805.format(kind=f"PRAGMA {pragma}" if pragma else kind))


def _parse(sql: str) -> list[Any]:
    try:
        return duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise DyadsError(Errors.E806.format(problem=_first_line(exc))) from None


def _words(sql: str) -> list[tuple[int, str]]:
    """``(offset, text)`` of each token of ``sql`` but comments, from DuckDB's tokenizer."""
    tokens = duckdb.tokenize(sql)
    ends = [start for start, _ in tokens[1:]] + [len(sql)]
    return [(start, sql[start:end].strip()) for (start, kind), end in zip(tokens, ends)
            if kind != duckdb.token_type.comment]


def _explained(sql: str, words: list[tuple[int, str]]) -> str | None:
    """The statement an EXPLAIN explains: after ``EXPLAIN``, ``ANALYZE`` or an ``(option, ...)`` list."""
    rest = words[1:]
    if rest and rest[0][1].upper() == "ANALYZE":
        rest = rest[1:]
    elif rest and rest[0][1] == "(":
        closing = next((i for i, (_, text) in enumerate(rest) if text == ")"), None)
        rest = rest[closing + 1:] if closing is not None else []
    return sql[rest[0][0]:] if rest else None


def _check_select(con: Connection, sql: str, what: str) -> None:
    """Refuse a SELECT that holds a writing statement, by the query nodes DuckDB parses it into.

    DuckDB serializes a SELECT's parse tree (``json_serialize_sql``); one it cannot serialize is
    refused rather than guessed at.
    """
    tree = json.loads(con.execute("SELECT json_serialize_sql(?)", [sql]).fetchall()[0][0])
    if tree.get("error"):  # what cannot be checked is refused
        raise DyadsError(Errors.E805.format(kind=f"{what} that cannot be checked ({tree.get('error_message')})"))
    held = {n.removesuffix("_NODE").removesuffix("_QUERY") for n in _node_types(tree) - _READ_NODES}
    if held:
        raise DyadsError(Errors.E805.format(kind=f"{what} holding {', '.join(sorted(held))}"))


def _node_types(tree: Any) -> set[str]:
    """Every ``..._NODE`` type in a ``json_serialize_sql`` tree."""
    if isinstance(tree, dict):
        found = {v for k, v in tree.items() if k == "type" and isinstance(v, str) and v.endswith("_NODE")}
        return found.union(*(_node_types(v) for v in tree.values()))
    if isinstance(tree, list):
        return set().union(*(_node_types(v) for v in tree))
    return set()


def read_only_sql(con: Connection, sql: str, params: list[Any] | None = None, rows: bool = False) -> pa.Table | Rows:
    """Run one read-only statement with ``?`` parameters; the one path for SQL a user wrote.

    Three guards, each enough on its own for what it covers: the statement check
    (``check_read_only``); a transaction of its own, always rolled back, so nothing it did stays
    even on a connection opened for writing; and the connection's sandbox (``SANDBOX``: no files,
    no extensions, settings locked), so it reads no file and writes none.

    Raises:
        DyadsError: E805 for a statement that is not a read, E806 when it fails, E814 when it
            reaches for a file, another database or an extension.
    """
    cursor = con.cursor()
    try:
        check_read_only(sql, cursor)
        cursor.begin()
        try:
            return query(cursor, sql, params, rows)
        finally:
            cursor.rollback()
    finally:
        cursor.close()
