"""The commands on the event database (``dyad``, ``actor``, ``events``, ``top``, ``sql``, ``export``, ``recode``, ``delete``,
``relations``) and the store side of ``dyads code``. Kept thin like ``cli.py``: options in, library calls, output out."""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from .errors import DyadsError, Errors
from .limits import DEFAULT_MAX_CHARS, DEFAULT_TIME_BUDGET
from .records import Skipped

DB_HELP = "The event database (default: $DYADS_DB, else ./dyads.duckdb)."


def db_option(command):
    """``--db PATH``, shared by every command that reads or writes the database."""
    return click.option("--db", "db", envvar="DYADS_DB", type=click.Path(dir_okay=False), help=DB_HELP)(command)


def window_option(command):
    """``--window DAYS``: the de-duplication window."""
    return click.option(
        "--window", type=click.IntRange(min=0),
        help="Days within which reports of the same event from different articles are merged (default: the database's, else 1).",
    )(command)


def coding_options(command):
    """``-j``, ``--batch-size``, ``--max-chars``, ``--time-budget``, ``--lexicons``, ``--no-model`` and ``--event-model``: how documents are coded."""
    options = [
        click.option("-j", "--processes", default=1, show_default=True, type=click.IntRange(min=1), help="Worker processes."),
        click.option("--batch-size", default=32, show_default=True, type=click.IntRange(min=1), help="Documents per spaCy batch."),
        click.option("--max-chars", default=DEFAULT_MAX_CHARS, show_default=True, type=click.IntRange(min=1),
                     help="Skip a document longer than this many characters (E203)."),
        click.option("--time-budget", default=DEFAULT_TIME_BUDGET, show_default=True, type=click.FloatRange(min=0),
                     help="Seconds dyads may spend on one document after parsing it (E204); 0 for no limit."),
        click.option("--lexicons", "lexicon_dir", type=click.Path(exists=True, file_okay=False),
                     help="Folder of lexicons to use instead of the built-in ones."),
        click.option("--no-model", is_flag=True, help="Rules only: leave out the learned models (event types and relations)."),
        click.option("--event-model", "event_model_dir", type=click.Path(exists=True, file_okay=False),
                     help="A model saved by `dyads train -o DIR` to use instead of the shipped one."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def dictionary_options(command):
    """``--actors/--agents/--verbs/--discards PATH`` (repeatable) and ``--no-builtin``, shared by several commands."""
    for kind in reversed(("actors", "agents", "verbs", "discards")):
        command = click.option(
            f"--{kind}", f"{kind}_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
            help=f"A PETRARCH/TABARI {kind} dictionary to import (repeatable).",
        )(command)
    return click.option("--no-builtin", is_flag=True, help="Use only the imported dictionaries, not dyads' own lexicons.")(command)


def dictionaries(kwargs: dict) -> tuple[tuple[str, str], ...]:
    """The ``(kind, path)`` pairs of ``dictionary_options``, taken out of a command's ``kwargs``."""
    return tuple((kind, path) for kind in ("actors", "agents", "verbs", "discards") for path in kwargs.pop(f"{kind}_files"))


def _min_confidence_option(command):
    return click.option(
        "--min-confidence", type=click.FloatRange(0, 1),
        help="Only story events at least this confident (0..1; a story takes its most confident report's).",
    )(command)


def _format_option(command):
    return click.option(
        "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
        help="A readable table, or CSV / JSON for scripts.",
    )(command)


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A click callback for YYYY-MM-DD options."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        # the option the user typed (`--since`), not one message's name for them all
        option = max(param.opts, key=len) if param.opts else param.name
        raise click.BadParameter(Errors.E702.format(option=option, value=value)) from None


def _date_option(name: str, help_text: str):
    return click.option(name, callback=parse_date, help=help_text)


def _open(db: str | None, *, read_only: bool, window: int | None = None):
    import dyads

    try:
        return dyads.open(db, read_only=read_only, window=window)
    except DyadsError as exc:
        raise click.ClickException(str(exc)) from None


# ---------------------------------------------------------------- dyads code / recode


class CountingWriter:
    """Stands in for the events file when ``dyads code`` only stores: counts what would be written."""

    def __init__(self) -> None:
        self.count = 0

    def write(self, events: Iterable) -> None:
        self.count += sum(1 for _ in events)

    def __enter__(self) -> CountingWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None


class StoreSink:
    """Feeds ``dyads code`` results to the database in batches; does nothing when there is no database.

    A result whose document id came earlier in the run is left out (counted as repeated), even
    when the two fall in different batches: one id is one document, and the first one read wins.

    Args:
        store: the open database, or None.
        prefilter: leave unchanged documents out before coding (when no events file needs them).
        force: replace documents even when unchanged (``dyads recode``).
    """

    def __init__(self, store: Any = None, *, prefilter: bool = False, force: bool = False, batch: int = 200):
        self.store, self.prefilter, self.force, self.batch = store, prefilter, force, batch
        self._results: list[Any] = []
        self._seen: set[str] = set()
        self._merged: dict[str, int] | None = None

    def filter(self, documents: Iterable, on_unchanged: Callable[[Any], None] | None = None) -> Iterator:
        """The documents to code: all of them, or only the new and changed ones (``on_unchanged`` sees the others)."""
        if self.store and self.prefilter:
            return clean_errors(self.store.new_documents(documents, on_unchanged))
        return iter(documents)

    def add(self, result: Any) -> None:
        if self.store is None:
            return
        doc_id = result.id if isinstance(result, Skipped) else result.document.id
        if doc_id in self._seen:
            self.store.counts.repeated += 1
            return
        self._seen.add(doc_id)
        self._results.append(result)
        if len(self._results) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        try:
            self.store.add(self._results, force=self.force)
        except DyadsError as exc:
            raise click.ClickException(str(exc)) from None
        self._results = []

    def coded_with(self, **setup: Any) -> None:
        """Record with each stored document what codes it: ``code_documents``' lexicon and model arguments."""
        if self.store is not None:
            from .store.rows import coded_with

            self.store.coded_with = coded_with(**setup)

    def summary(self) -> str:
        """``; stored in PATH: documents N new, ...; database: ...`` for the summary line, or ""."""
        if not self.store:
            return ""
        merged = ""
        if self._merged is not None:
            m = self._merged
            merged = (f"; database: {m['coded_documents']} coded documents, {m['identical_copies'] + m['near_copies']} "
                      f"of them copies of another ({m['identical_copies']} identical, {m['near_copies']} near-identical), "
                      f"{m['mentions']} mentions in {m['stories']} story events ({m['stories_in_several_articles']} "
                      "reported by several articles)")
        return f"; stored in {self.store.path}: {self.store.counts.summary()}{merged}"

    def __enter__(self) -> StoreSink:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc_info: object) -> None:
        if self.store is None:
            return
        try:
            if exc_type is None and self._results:
                self._flush()
            if exc_type is None:  # the merge statistics of the summary line, read before the database closes
                try:
                    self._merged = self.store.merge_counts()
                except DyadsError as exc:
                    raise click.ClickException(str(exc)) from None
        finally:
            try:
                self.store.close()
            except DyadsError as exc:
                raise click.ClickException(str(exc)) from None


def clean_errors(items: Iterable) -> Iterator:
    """Pass ``items`` on, turning a DyadsError raised while they are read into a clean CLI message.

    For the store's generators (stored and new documents) that the coder consumes: an error
    in them (a damaged database) surfaces inside the coder's loop, out of reach of ``_query``.
    """
    try:
        yield from items
    except DyadsError as exc:
        raise click.ClickException(str(exc)) from None


def open_code_store(output: str | None, db: str | None, window: int | None) -> StoreSink:
    """The store side of ``dyads code``: the database unless only ``-o FILE`` was asked for.

    With no ``-o`` the events go to the database only, and unchanged documents are not coded
    again; with ``-o`` and ``--db`` they go to both, and every document is coded for the file.
    """
    if output is not None and db is None:
        return StoreSink()
    return StoreSink(_open(db, read_only=False, window=window), prefilter=output is None)


@click.command()
@db_option
@window_option
@coding_options
@dictionary_options
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
def recode(db, window, processes, batch_size, max_chars, time_budget, lexicon_dir, no_model, event_model_dir, no_builtin,
           quiet, **kwargs) -> None:
    """Code every stored document again with the current coder and lexicons, replacing its events."""
    from .cli_progress import progress
    from .coder import Coded, code_documents

    imported = dictionaries(kwargs)
    started = time.perf_counter()
    with StoreSink(_open(db, read_only=False, window=window), force=True) as sink:
        sink.coded_with(lexicon_dir=lexicon_dir, dictionaries=imported, builtin=not no_builtin,
                        event_model=not no_model, event_model_dir=event_model_dir)
        stored = _query(sink.store.sql, "SELECT count(*) AS n FROM documents WHERE body IS NOT NULL", frame="rows")
        total = stored.to_pylist()[0]["n"]
        with progress(quiet, total) as bar:
            task = bar.add_task("recoding", total=total, events=0) if bar else None
            results = code_documents(
                clean_errors(sink.store.stored_documents()), n_process=processes, batch_size=batch_size,
                lexicon_dir=lexicon_dir, dictionaries=imported, builtin=not no_builtin, max_chars=max_chars,
                time_budget=time_budget, event_model=not no_model, event_model_dir=event_model_dir,
            )
            found = 0
            for result in results:
                sink.add(result)
                found += len(result.events) if isinstance(result, Coded) else 0
                if bar:
                    bar.update(task, advance=1, events=found)
    if not quiet:
        click.echo(f"recoded{sink.summary()}; {time.perf_counter() - started:.1f} s", err=True)


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@db_option
@window_option
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
def load(folder, db, window, quiet) -> None:
    """Store what `dyads code --dask -o FOLDER` wrote (its Parquet partitions) in the database, as `dyads code` would have."""
    from .cluster.load import coded_by, stored_results

    started = time.perf_counter()
    with StoreSink(_open(db, read_only=False, window=window), prefilter=True) as sink:
        sink.store.coded_with = _query(coded_by, folder)
        for result in clean_errors(stored_results(folder, sink.filter)):
            sink.add(result)
    if not quiet:
        click.echo(f"loaded {folder}{sink.summary()}; {time.perf_counter() - started:.1f} s", err=True)


# ---------------------------------------------------------------- queries


@click.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["day", "week", "month", "year", "none"]), default="month", show_default=True)
@click.option("--both", is_flag=True, help="Count B -> A as well as A -> B.")
@_date_option("--since", "First day to count (YYYY-MM-DD).")
@_date_option("--until", "Last day to count (YYYY-MM-DD).")
@_min_confidence_option
@db_option
@_format_option
def dyad(a, b, by, both, since, until, min_confidence, db, fmt) -> None:
    """Events from actor A to actor B (codes: RUS AZE) per period: quad classes, mean Goldstein, top events."""
    with _open(db, read_only=True) as store:
        table = _query(store.dyad, a, b, by=by, since=since, until=until, both=both, min_confidence=min_confidence, frame="rows")
    show(table, fmt)


@click.command()
@click.argument("code")
@_date_option("--since", "First day to count (YYYY-MM-DD).")
@_date_option("--until", "Last day to count (YYYY-MM-DD).")
@_min_confidence_option
@db_option
@_format_option
def actor(code, since, until, min_confidence, db, fmt) -> None:
    """Whom actor CODE acted on and was acted on by, with counts and top events."""
    with _open(db, read_only=True) as store:
        table = _query(store.actor, code, since=since, until=until, min_confidence=min_confidence, frame="rows")
    show(table, fmt)


@click.command()
@click.argument("what", type=click.Choice(["actors", "dyads"]), default="actors")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=20, show_default=True)
@_date_option("--since", "First day to count (YYYY-MM-DD).")
@_date_option("--until", "Last day to count (YYYY-MM-DD).")
@_min_confidence_option
@db_option
@_format_option
def top(what, limit, since, until, min_confidence, db, fmt) -> None:
    """The actors (or source -> target dyads) in the most story events of the database."""
    with _open(db, read_only=True) as store:
        table = _query(store.top, what, limit=limit, since=since, until=until, min_confidence=min_confidence, frame="rows")
    show(table, fmt)


_EVENT_TABLE_COLUMNS = ("event_id", "day", "source", "event", "target", "goldstein", "num_mentions", "sentence")
_MENTION_TABLE_COLUMNS = ("doc_id", "copy_of", "date_published", "confidence", "sentence")


@click.command()
@click.option("--source", help="Source actor code.")
@click.option("--target", help="Target actor code.")
@click.option("--actor", "actor_code", help="An actor code on either side.")
@click.option("--event", help="PLOVER event type (COOPERATE).")
@click.option("--cameo", help="CAMEO code or prefix (19).")
@click.option("--quad-class", type=click.IntRange(1, 4))
@click.option("--doc", "doc_id", help="Only events reported by this document.")
@click.option("--min-mentions", type=click.IntRange(min=1))
@_min_confidence_option
@_date_option("--since", "First day (YYYY-MM-DD).")
@_date_option("--until", "Last day (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True)
@click.option("--id", "event_id", help="Show every report of this event instead (the event's id or any of its mentions').")
@db_option
@_format_option
def events(source, target, actor_code, event, cameo, quad_class, doc_id, min_mentions, min_confidence, since, until, limit,
           event_id, db, fmt) -> None:
    """Story events, newest first, with the sentence that reports them."""
    with _open(db, read_only=True) as store:
        if event_id:
            show(_query(store.mentions, event_id, frame="rows"), fmt, table_columns=_MENTION_TABLE_COLUMNS)
            return
        table = _query(
            store.events, limit=limit, frame="rows", source=source, target=target, actor=actor_code, event=event,
            cameo=cameo, quad_class=quad_class, doc_id=doc_id, min_mentions=min_mentions, min_confidence=min_confidence,
            since=since, until=until,
        )
    show(table, fmt, table_columns=_EVENT_TABLE_COLUMNS)


@click.command()
@click.argument("query")
@click.option("-p", "--param", "params", multiple=True, help="A value for the next `?` in QUERY (repeatable).")
@db_option
@_format_option
def sql(query, params, db, fmt) -> None:
    """Run one read-only SQL statement (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN of a SELECT) on the database.

    Tables: documents, sentences, mentions, event_actors, events (see `dyads/store/schema.sql`).
    The query sees only those tables: no files, other databases or extensions.
    """
    with _open(db, read_only=True) as store:
        table = _query(store.sql, query, list(params), frame="rows")
    show(table, fmt)


@click.command()
@click.argument("path", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--layout", type=click.Choice(["dyads", "gdelt", "gdelt-mentions", "plover", "polecat"]),
              help="gdelt / gdelt-mentions: GDELT 2.0's event / Mentions table as GDELT's files (tab-separated, no "
                   "header) or typed .parquet; plover: PLOVER records (.jsonl); polecat: POLECAT's columns "
                   "(tab-separated). Default: dyads.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]),
              help="With PATH '-' (standard output): the format to write (default: jsonl).")
@click.option("--overwrite", is_flag=True, help="Replace PATH if it exists (without it, an existing PATH is refused).")
@_date_option("--since", "Only story events from this day on (YYYY-MM-DD).")
@click.option("--source", help="Only story events with this source actor code.")
@_min_confidence_option
@db_option
def export(path, layout, fmt, overwrite, since, source, min_confidence, db) -> None:
    """Write the story events to PATH: .parquet (a folder, one partition a month), .csv, .tsv or .jsonl; '-' for standard output."""
    if fmt and path != "-":
        raise click.BadParameter("the format comes from PATH's extension; --format is for PATH '-'", param_hint="--format")
    filters = {"since": since, "source": source, "min_confidence": min_confidence}
    with _open(db, read_only=True) as store:
        if path == "-":
            count = _export_to_stdout(store, fmt or "jsonl", layout, filters)
        else:
            if not overwrite and _replaces(Path(path)):
                raise click.ClickException(Errors.E826.format(path=path))
            count = _query(store.export, path, layout=layout, **filters)
    what = "mentions" if layout == "gdelt-mentions" else "events"
    click.echo(f"{what} exported: {count} -> {'standard output' if path == '-' else path}", err=True)


def _replaces(target: Path) -> bool:
    """Whether an export to ``target`` would replace something: a file, or a folder with files in it.

    A Parquet-named file is left to the export itself, which refuses it (E816: a Parquet export is a folder).
    """
    if target.is_dir():
        return any(target.iterdir())
    return target.exists() and target.suffix.lower() not in (".parquet", ".pq")


def _export_to_stdout(store: Any, fmt: str, layout: str | None, filters: dict[str, Any]) -> int:
    """Export into a temporary file, then copy it to standard output: the export writes complete files only."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="dyads-export-") as folder:
        path = Path(folder) / f"events.{fmt}"
        count = _query(store.export, path, layout=layout, **filters)
        out = sys.stdout.buffer
        with path.open("rb") as exported:
            shutil.copyfileobj(exported, out)
        out.flush()
    return int(count)


@click.command()
@click.argument("doc_id")
@db_option
def delete(doc_id, db) -> None:
    """Remove the document DOC_ID with its sentences and events; the stories it was in are merged again."""
    with _open(db, read_only=False) as store:
        counts = _query(store.delete, doc_id)
    click.echo(f"deleted {doc_id}: events removed: {counts.events_removed}", err=True)


@click.command()
@click.argument("actor", required=False)
@click.option("--between", nargs=2, metavar="A B", help="Relations naming both actors (codes or an organisation's short name).")
@_date_option("--as-of", "Only what articles asserted on or before this day (YYYY-MM-DD); with --with-known, "
              "the background memberships that held that day.")
@click.option("--kind", help="Only this kind of relation (member_of, ally, strategic_partner, ranked, ...).")
@click.option("--with-known", is_flag=True, help="Add the background memberships of known.yml, labelled `source: background`.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the relations to FILE instead: .jsonl (one relation a line, sources nested) or .csv (one line per source).")
@db_option
@_format_option
def relations(actor, between, as_of, kind, with_known, output, db, fmt) -> None:
    """The standing relations (memberships, alliances, recognitions, rankings) stored articles assert about ACTOR, with their sources."""
    if bool(actor) == bool(between):
        raise click.UsageError("give an ACTOR or --between A B (one of the two)")
    with _open(db, read_only=True) as store:
        records = _query(store.relation_records, actor, between=between, as_of=as_of, kind=kind, with_known=with_known)
    if output is not None:
        from .store.relations import export_relations

        count = _query(export_relations, records, output)
        click.echo(f"wrote {count} relations to {output}", err=True)
        return
    _show_relations(records, fmt)


def _show_relations(records: list[dict[str, Any]], fmt: str) -> None:
    """Standing relations as a table (each with its sources, one a line), CSV (one line per source) or JSON."""
    from .store.relations import write_csv

    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2, default=_iso))
        return
    if fmt == "csv":
        write_csv(records, sys.stdout)
        return
    from rich.console import Console
    from rich.table import Table

    view = Table()
    for name in ("relation", "subjects", "object", "value", "polarity", "according_to", "source", "sources"):
        view.add_column(name, no_wrap=name != "sources")
    for record in records:
        relation = record["relation"] + (f" ({record['territory']})" if record["territory"] else "")
        value = record["value"]
        if record["source"] == "background":
            spell = f"known.yml: from {record['valid_from']}" + (f" to {record['valid_to']}" if record["valid_to"] else "")
            sources = spell + (f"; {record['note']}" if record["note"] else "")
        else:
            sources = "\n".join(f"{s['doc_id']} {_cell(s['date_published'])}: {s['sentence']}" for s in record["sources"])
        view.add_row(relation, _cell(record["subjects"]), _cell(record["object"]),
                     "" if value is None else f"{value:g}", record["polarity"], _cell(record["according_to"]),
                     record["source"], sources)
    out = sys.stdout
    Console(file=out, width=None if out.isatty() else 200).print(view)
    if not records:
        click.echo("no relations", err=True)


STORE_COMMANDS = (recode, load, dyad, actor, events, top, sql, export, delete, relations)


def _query(method, *args: Any, **kwargs: Any) -> Any:
    try:
        return method(*args, **kwargs)
    except DyadsError as exc:
        raise click.ClickException(str(exc)) from None


# ---------------------------------------------------------------- output


def show(table: Any, fmt: str, *, table_columns: tuple[str, ...] | None = None) -> None:
    """Print an Arrow result as a rich table (``table_columns`` only), CSV or JSON."""
    rows = table.to_pylist()
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=_iso))
        return
    if fmt == "csv":
        out = sys.stdout
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.column_names)
        writer.writerows([_cell(v) for v in row.values()] for row in rows)
        return
    from rich.console import Console
    from rich.table import Table

    names = [c for c in (table_columns or table.column_names) if c in table.column_names]
    view = Table()
    for name in names:
        # codes, counts and dates keep their width; only the prose columns wrap
        view.add_column(name, no_wrap=name not in _PROSE_COLUMNS)
    for row in rows:
        view.add_row(*(_cell(row[name]) for name in names))
    out = sys.stdout
    # a terminal sets the width; piped, a wide table still reads better than one folded to 80 columns
    Console(file=out, width=None if out.isatty() else 200).print(view)
    if not rows:
        click.echo("no rows", err=True)


_PROSE_COLUMNS = {"sentence", "title", "why", "top_events", "trigger", "doc_id", "url"}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(_cell(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _iso(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


__all__ = ["STORE_COMMANDS", "CountingWriter", "StoreSink", "coding_options", "db_option", "dictionaries", "dictionary_options",
           "open_code_store", "show", "window_option"]
