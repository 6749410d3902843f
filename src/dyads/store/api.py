"""``dyads.open``: the event database as a Python object, with queries returning DataFrames.

    import dyads
    with dyads.open("events.duckdb") as store:
        store.add(dyads.code_documents(documents))
        store.dyad("RUS", "AZE", by="month")        # a pandas DataFrame
        store.events(source="RUS", event="COOPERATE", limit=20, frame="polars")
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields
from decimal import Decimal
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DyadsError, Errors
from ..records import Document, Skipped
from . import duck
from .dedup import DEFAULT_WINDOW_DAYS
from .rows import CODED, SKIPPED, BatchRows, CodedWith, add_events, add_relations, coded_with, content_hash, document_row, relation_key_of_name

if TYPE_CHECKING:
    import pyarrow as pa

DEFAULT_PATH = "dyads.duckdb"
# input documents whose stored hashes one query looks up (Store.new_documents)
HASH_LOOKUP_BATCH = 200
FRAMES = ("pandas", "polars", "arrow", "rows")


def default_path() -> Path:
    """Where the database is when none is named: ``$DYADS_DB``, else ``./dyads.duckdb``."""
    return Path(os.environ.get("DYADS_DB") or DEFAULT_PATH)


@dataclass
class LoadCounts:
    """What storing a run did: documents new, replaced and unchanged; mentions added and removed.

    ``kept``: stored documents left as they were because this run could not read them.
    ``repeated``: results left out because an earlier one in the same call had their id.
    ``identical_copies``, ``near_copies``: coded documents stored as copies of a first one (the
    same normalised text; a word 5-gram Jaccard similarity of 0.9 or more), their events that one's.
    """

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    kept: int = 0
    repeated: int = 0
    events_added: int = 0
    events_removed: int = 0
    identical_copies: int = 0
    near_copies: int = 0

    def add(self, other: LoadCounts | duck.BatchCounts) -> None:
        for f in fields(other):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def summary(self) -> str:
        """``documents N new, ...; events N added, N removed``; kept and repeated only when there are any."""
        extra = "".join(
            f", {n} {what}" for n, what in ((self.kept, "kept as stored (unreadable this run)"),
                                            (self.repeated, "left out (repeated id)")) if n
        )
        copies = self.identical_copies + self.near_copies
        merged = (f"; copies {copies} ({self.identical_copies} identical, {self.near_copies} near-identical),"
                  " stored as sources of their first documents") if copies else ""
        return (f"documents {self.new} new, {self.replaced} replaced, {self.unchanged} unchanged{extra}{merged}; "
                f"events {self.events_added} added, {self.events_removed} removed")


class Store:
    """An open event database.

    Args:
        path: the database file (default: ``$DYADS_DB`` or ``./dyads.duckdb``); created when
            opened for writing.
        read_only: open for queries only; other readers may have it open at the same time.
        window: the de-duplication window in days (default: the one the database was made
            with, else 1). A new window re-clusters every story event.

    Raises:
        DyadsError: E801 when another process is writing to it, E804 when ``read_only`` and
            there is no database, E812 for a bad ``window``; E815 from any method when DuckDB
            fails on the file (a damaged database), naming it.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False, window: int | None = None):
        if window is not None and (not isinstance(window, int) or isinstance(window, bool) or window < 0):
            raise DyadsError(Errors.E812.format(value=window))
        self.path = Path(path) if path is not None else default_path()
        self.read_only = read_only
        self.counts = LoadCounts()
        self.coded_with: CodedWith | None = None
        self._pending: dict[str, tuple[Document, str]] = {}
        self._con = duck.connect(self.path, read_only=read_only)
        try:
            with self._guard():
                stored = duck.get_meta(self._con, "window_days")
                self.window = int(stored) if stored is not None else DEFAULT_WINDOW_DAYS
                if not read_only and (stored is None or (window is not None and window != self.window)):
                    self._set_window(self.window if window is None else window)
        except BaseException:
            self._con.close()
            raise

    def _guard(self) -> AbstractContextManager[None]:
        """Any DuckDB error in the block becomes E815 naming this database (see ``duck.guard``)."""
        return duck.guard(self.path)

    def _set_window(self, window: int) -> None:
        with duck.transaction(self._con):
            duck.set_meta(self._con, "window_days", str(window))
            if window != self.window:
                duck.recluster(self._con, window)
        self.window = window

    def close(self) -> None:
        """Close the database (and release the writer's lock)."""
        with self._guard():
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def new_documents(
        self, documents: Iterable[Document | Skipped], on_unchanged: Callable[[Document], None] | None = None
    ) -> Iterator[Document | Skipped]:
        """Pass on the documents that are not stored yet or changed; count the unchanged ones.

        Put this between the reader and the coder, so a re-run codes only what is new.

        Args:
            documents: what the reader yields.
            on_unchanged: called with each document left out, so the caller can account for it.
        """
        self._writable()
        # the stored hashes are looked up a batch of input at a time, not read whole: memory stays flat
        # however many documents the store holds. Only documents stored before this call count, as when
        # the hashes were read up front: a repeated id later in the input is not "unchanged" because
        # its first copy was stored meanwhile.
        started = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        iterator = iter(documents)
        while batch := list(itertools.islice(iterator, HASH_LOOKUP_BATCH)):
            with self._guard():
                hashes = duck.stored_hashes(self._con, [d.id for d in batch if isinstance(d, Document)], started)
            yield from self._changed(batch, hashes, on_unchanged)

    def _changed(self, documents: list[Document | Skipped], hashes: dict[str, str | None],
                 on_unchanged: Callable[[Document], None] | None) -> Iterator[Document | Skipped]:
        for document in documents:
            if isinstance(document, Document):
                digest = content_hash(document)
                if hashes.get(document.id) == digest:
                    self.counts.unchanged += 1
                    if on_unchanged is not None:
                        on_unchanged(document)
                    continue
                # a repeated id must not swap the text the first one's result is stored with
                self._pending.setdefault(document.id, (document, digest))
            yield document

    def stored_documents(self) -> Iterator[Document]:
        """Every stored document that has a text, to code again (``dyads recode``)."""
        self._writable()
        with self._guard():
            for doc_id, body, published, title, byline, url in duck.stored_documents(self._con):
                document = Document(doc_id, body, published, title, byline, url)
                self._pending[doc_id] = (document, content_hash(document))
                yield document

    def add(self, results: Iterable[Any], *, force: bool = False, batch_documents: int = 200,
            coded_by: CodedWith | None = None) -> LoadCounts:
        """Store coder results (``Coded`` or ``Skipped``): new documents are added, changed ones replaced.

        Two rules keep stored evidence whole:

        * one id, one document: where several results of one call share a document id, the
          first is stored and the later ones are left out, counted as ``repeated`` -- never one
          document whose events carry another's sentences;
        * a read failure changes nothing: a ``Skipped`` with no text (the reader could not read
          the file this time) for a document stored with its text leaves its text and events as
          they are, counted as ``kept``; only a document read again replaces them.

        A coded document that copies a stored one, or an earlier one of the call (the same
        normalised text, or word 5-gram Jaccard of 0.9 or more: ``dedup.py``), is stored as its
        copy: its row and text with ``duplicate_of``, its events those of the first; counted as
        ``identical_copies`` or ``near_copies``.

        Args:
            results: what ``code_documents`` yields.
            force: replace documents even where their text is unchanged (re-coding).
            batch_documents: documents per transaction.
            coded_by: what coded them, recorded with each document:
                ``dyads.store.rows.coded_with(...)`` given the arguments ``code_documents`` was
                given; default ``self.coded_with``, else the built-in lexicons and shipped model.

        Returns:
            What this call did; ``self.counts`` adds up every call (and the documents
            ``new_documents`` left out as unchanged).
        """
        self._writable()
        counts = LoadCounts()
        rows, pending = BatchRows(), 0
        seen: set[str] = set()
        coded_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        if coded_by is None:
            if self.coded_with is None:  # hashed once per store: some 7 MB of lexicons and model
                self.coded_with = coded_with()
            coded_by = self.coded_with
        with self._guard():
            for result in results:
                doc_id = result.id if isinstance(result, Skipped) else result.document.id
                if doc_id in seen:
                    counts.repeated += 1
                    continue
                seen.add(doc_id)
                self._add_rows(rows, result, coded_at, coded_by)
                pending += 1
                if pending >= batch_documents:
                    counts.add(duck.write_batch(self._con, rows, force=force, window=self.window))
                    rows, pending = BatchRows(), 0
            if pending:
                counts.add(duck.write_batch(self._con, rows, force=force, window=self.window))
        self.counts.add(counts)
        return counts

    def _add_rows(self, rows: BatchRows, result: Any, coded_at: dt.datetime, coded_by: CodedWith) -> None:
        if isinstance(result, Skipped):
            document, digest = self._pending.pop(result.id, (None, None))
            rows.documents.append(document_row(
                document or result, status=SKIPPED, reason=result.reason, digest=digest,
                body=document.text if document else None, coded_at=coded_at, coder=_coder(),
            ))
            return
        document = result.document
        _, digest = self._pending.pop(document.id, (None, None))
        rows.documents.append(document_row(
            document, status=CODED, reason=None, digest=digest or content_hash(document), body=document.text,
            coded_at=coded_at, coder=_coder(), coded_by=coded_by,
        ))
        add_events(rows, result.events, coded_at)
        add_relations(rows, getattr(result, "relations", []), coded_at)

    def _writable(self) -> None:
        if self.read_only:
            raise DyadsError(Errors.E813.format(path=self.path))

    # ------------------------------------------------------------ reading

    def dyad(self, a: str, b: str, *, by: str = "month", since: dt.date | str | None = None,
             until: dt.date | str | None = None, both: bool = False, min_confidence: float | None = None,
             frame: str = "pandas") -> Any:
        """Events from ``a`` to ``b`` per period: counts per quad class, mean Goldstein, top event types.

        Args:
            a, b: actor codes (``RUS``, ``AZE``).
            by: ``day``, ``week``, ``month``, ``year`` or ``none`` (one row for all).
            since, until: first and last day to count (``YYYY-MM-DD`` or dates).
            both: count ``b`` -> ``a`` too.
            min_confidence: only story events at least this confident (0..1).
            frame: ``pandas``, ``polars`` or ``arrow``.
        """
        with self._guard():
            table = duck.dyad(self._con, a.upper(), b.upper(), by=by, since=_date(since, "since"), until=_date(until, "until"),
                              both=both, min_confidence=min_confidence, rows=frame == "rows")
        return to_frame(table, frame)

    def actor(self, code: str, *, since: dt.date | str | None = None, until: dt.date | str | None = None,
              min_confidence: float | None = None, frame: str = "pandas") -> Any:
        """Whom ``code`` acted on and was acted on by, with counts, mean Goldstein and top event types."""
        with self._guard():
            table = duck.actor(self._con, code.upper(), since=_date(since, "since"), until=_date(until, "until"),
                               min_confidence=min_confidence, rows=frame == "rows")
        return to_frame(table, frame)

    def top(self, what: str = "actors", *, limit: int = 20, since: dt.date | str | None = None,
            until: dt.date | str | None = None, min_confidence: float | None = None, frame: str = "pandas") -> Any:
        """The actors (``what="actors"``) or source -> target dyads (``what="dyads"``) in the most story events.

        Raises:
            DyadsError: E825 for another ``what``.
        """
        with self._guard():
            table = duck.top(self._con, what, limit=limit, since=_date(since, "since"), until=_date(until, "until"),
                             min_confidence=min_confidence, rows=frame == "rows")
        return to_frame(table, frame)

    def events(self, *, limit: int | None = None, frame: str = "pandas", **filters: Any) -> Any:
        """Story events, newest first, each with the sentence of its first report.

        Args:
            limit: at most this many.
            frame: ``pandas``, ``polars`` or ``arrow``.
            **filters: ``source``, ``target``, ``actor`` (either side), ``event``, ``cameo`` (a
                prefix), ``quad_class``, ``doc_id``, ``since``, ``until``, ``min_mentions``, ``min_confidence``.

        Raises:
            DyadsError: E811 for an unknown filter.
        """
        filters = _event_filters(filters)
        with self._guard():
            table = duck.events(self._con, filters, limit, rows=frame == "rows")
        return to_frame(table, frame)

    def mentions(self, event_id: str, *, frame: str = "pandas") -> Any:
        """Every report of one story event: document, title, url, date, sentence, confidence.

        ``event_id`` is the story event's id or the id of any of its mentions; a copy of a
        reporting document is a row too, ``copy_of`` naming the document it copies.
        """
        with self._guard():
            table = duck.mentions(self._con, event_id, rows=frame == "rows")
        return to_frame(table, frame)

    def relations(self, actor: str | None = None, *, between: tuple[str, str] | None = None, as_of: dt.date | str | None = None,
                  kind: str | None = None, with_known: bool = False, known_path: str | os.PathLike | None = None) -> Any:
        """The standing relations the stored articles assert, one row each with its sources, as a pandas DataFrame.

        Columns are ``dyads.store.relations.COLUMNS``: ``relation``, ``subjects`` (a list of actor
        keys: codes, or an organisation's short name such as ``CSTO``), ``object``, ``territory``,
        ``value``, ``polarity``, ``according_to`` (a list), ``source`` (``article`` or
        ``background``), ``num_sources`` (documents), ``first_asserted``, ``last_asserted``,
        ``valid_from``, ``valid_to``, ``note``, ``relation_key`` and ``sources`` (a list of dicts:
        ``doc_id``, ``date_published``, ``sentence_index``, ``sentence``, ``according_to``, ...).

        Args:
            actor: only relations naming this actor (a subject or the object).
            between: only relations naming both of these actors.
            as_of: only what was asserted on or before this day (and, with ``with_known``, the
                background memberships that surely held that day).
            kind: only this kind (``member_of``, ``ally``, ...).
            with_known: add the background memberships (``source: background``, no sources).
            known_path: another background file instead of the built-in ``known.yml``.

        Raises:
            DyadsError: E825 for an unknown kind; E301 naming the file and line of a malformed background entry.
        """
        import pandas

        from .relations import COLUMNS

        records = self.relation_records(actor, between=between, as_of=as_of, kind=kind, with_known=with_known,
                                        known_path=known_path)
        return pandas.DataFrame(records, columns=list(COLUMNS))

    def relation_records(self, actor: str | None = None, *, between: tuple[str, str] | None = None,
                         as_of: dt.date | str | None = None, kind: str | None = None, with_known: bool = False,
                         known_path: str | os.PathLike | None = None) -> list[dict[str, Any]]:
        """``relations`` as a list of dicts (what the command line prints and exports)."""
        from .relations import background, grouped

        if kind is not None:
            from ..relations.kinds import KINDS  # with the extraction (spaCy): only when a kind is named

            if kind not in KINDS:
                raise DyadsError(Errors.E825.format(name="kind", choices=", ".join(KINDS), value=kind))
        named = ((actor,) if actor else ()) + tuple(between or ())
        actors = tuple(a.upper() for a in named)
        day = _date(as_of, "as_of")
        with self._guard():
            found = duck.relation_sources(self._con, actors=actors, kind=kind, as_of=day)
            if not found.rows and named and (keys := tuple(map(relation_key_of_name, named))) != actors:
                # an actor asked for by a name ("Armenia", "Abkhazia") rather than its key: the key the name stands for
                actors = keys
                found = duck.relation_sources(self._con, actors=actors, kind=kind, as_of=day)
        records = grouped(found.column_names, found.rows)
        if with_known:
            records += background(actors, kind, day, known_path)
        return records

    def merge_counts(self) -> dict[str, int]:
        """What de-duplication made of the database: coded documents, identical and near copies, mentions,
        story events, and story events reported by several articles."""
        with self._guard():
            return duck.merge_counts(self._con)

    def actors(self, *, frame: str = "pandas") -> Any:
        """Every actor (code, sector, name, org) with how often it was a source and a target."""
        with self._guard():
            table = duck.actors(self._con, rows=frame == "rows")
        return to_frame(table, frame)

    def sql(self, query: str, params: list[Any] | None = None, *, frame: str = "pandas") -> Any:
        """Run one read-only statement with ``?`` parameters: read-only even on a Store opened for writing.

        The statement is checked with DuckDB's parser (``duck.check_read_only``: SELECT, WITH,
        DESCRIBE, SHOW, SUMMARIZE, EXPLAIN [ANALYZE] of a SELECT, read PRAGMAs), run in a
        transaction that is always rolled back, on a connection that cannot reach files or
        extensions. A web page or any other front end should query through here (or
        ``duck.read_only_sql``), never through a connection of its own.

        Raises:
            DyadsError: E805 for a statement that is not a read, E806 when it fails, E814 when it
                reaches for a file, another database or an extension.
        """
        with self._guard():
            table = duck.read_only_sql(self._con, query, params, rows=frame == "rows")
        return to_frame(table, frame)

    def export(self, path: str | os.PathLike, *, layout: str | None = None, **filters: Any) -> int:
        """Write the story events to ``path``; the format comes from its extension.

        See ``dyads.store.export.export_events``; returns how many events were written.

        Args:
            path: the file (or Parquet folder) to write.
            layout: ``dyads`` (default) or another layout the format has.
            **filters: as ``events`` takes them (``since``, ``source``, ``min_confidence``, ...):
                only the story events that match are exported.
        """
        from .export import export_events

        filters = _event_filters(filters)
        with self._guard(), duck.only_events(self._con, filters):
            return export_events(self._con, Path(path), layout=layout, coder=_coder())

    def delete(self, doc_id: str) -> LoadCounts:
        """Remove one document, its sentences and its mentions; the stories it was in are re-clustered.

        Returns:
            What it did (``events_removed``: the document's mentions).

        Raises:
            DyadsError: E827 when no document has that id; E813 on a read-only store.
        """
        self._writable()
        with self._guard():
            found, batch = duck.delete_documents(self._con, [doc_id], self.window)
        if not found:
            raise DyadsError(Errors.E827.format(doc_id=doc_id))
        counts = LoadCounts()
        counts.add(batch)
        return counts


def _event_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """``events`` filters with dates read and actor codes in upper case."""
    filters = dict(filters)
    for name in ("since", "until"):
        if name in filters:
            filters[name] = _date(filters[name], name)
    for name in ("source", "target", "actor"):
        if filters.get(name):
            filters[name] = filters[name].upper()
    return filters


def plain_rows(result: duck.Rows) -> duck.Rows:
    """``plain_types`` for ``Rows``: whole-number decimals as ``int``, others as ``float``."""
    def plain(value: Any) -> Any:
        if isinstance(value, Decimal):
            exponent = value.as_tuple().exponent
            return int(value) if isinstance(exponent, int) and exponent >= 0 else float(value)
        return value

    return duck.Rows(result.column_names, [tuple(plain(v) for v in row) for row in result.rows])


def plain_types(table: pa.Table) -> pa.Table:
    """Whole-number decimals as 64-bit integers, other decimals as floats.

    DuckDB sums integers into HUGEINT and writes literals such as ``1.5`` as DECIMAL; both reach
    Python as ``decimal.Decimal``, which JSON cannot write and pandas keeps as ``object``.
    """
    import pyarrow as pa

    for index, column in enumerate(table.schema):
        if not pa.types.is_decimal(column.type):
            continue
        values = table.column(index)
        if column.type.scale == 0:
            try:
                values = values.cast(pa.int64())
            except pa.ArrowInvalid:  # beyond 64 bits: a float keeps its size
                values = values.cast(pa.float64())
        else:
            values = values.cast(pa.float64())
        table = table.set_column(index, pa.field(column.name, values.type, column.nullable), values)
    return table


def to_frame(table: pa.Table | duck.Rows, frame: str) -> Any:
    """An Arrow result as a pandas or polars DataFrame (lists stay lists), or as it is;
    ``frame="rows"``: ``duck.Rows`` of Python values, which import no pyarrow (the command line).

    Counts are integers in every frame (``plain_types``); dates are ``date32`` in Arrow, ``Date``
    in polars and ``datetime64`` in pandas, where ``object`` columns of ``datetime.date`` would
    not resample, plot or compare with timestamps.
    """
    if isinstance(table, duck.Rows):
        return plain_rows(table)
    import pyarrow as pa

    table = plain_types(table)
    if frame == "arrow":
        return table
    if frame == "polars":
        try:
            import polars
        except ImportError:
            raise DyadsError(Errors.E809) from None
        return polars.from_arrow(table)
    if frame != "pandas":
        raise ValueError(f"`frame` must be one of {', '.join(FRAMES)}, got {frame!r}")
    df = table.to_pandas(date_as_object=False)
    for name in table.column_names:
        if pa.types.is_list(table.schema.field(name).type):
            df[name] = table.column(name).to_pylist()
    return df


def _date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DyadsError(Errors.E702.format(option=name, value=value)) from None


def _coder() -> str:
    try:
        return f"dyads {version('dyads')}"
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "dyads"
