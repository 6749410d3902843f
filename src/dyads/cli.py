"""The ``dyads`` command line. Kept thin: parse options, call the library, report."""
from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from .cli_progress import input_size, progress
from .cli_serve import serve
from .cli_store import (
    STORE_COMMANDS,
    CountingWriter,
    coding_options,
    db_option,
    dictionaries,
    dictionary_options,
    open_code_store,
    parse_date,
    window_option,
)
from .errors import DyadsError, Errors
from .records import Document, Skipped


def _field_map(pairs: tuple[str, ...]) -> dict[str, str]:
    from .read.jsonl import FIELDS

    fields = {}
    for pair in pairs:
        field, _, key = pair.partition("=")
        if field not in FIELDS or not key:
            raise click.BadParameter(f"{pair!r}: give FIELD=KEY with FIELD one of {', '.join(FIELDS)}", param_hint="--field")
        fields[field] = key
    return fields


class _EchoWarnings(logging.Handler):
    """dyads' warnings ("keys not read: story") on standard error, as ``warning: ...`` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dyads")
def main() -> None:
    """dyads: code news about world politics into event data (PLOVER and CAMEO)."""
    logger = logging.getLogger("dyads")
    if not any(isinstance(handler, _EchoWarnings) for handler in logger.handlers):
        handler = _EchoWarnings(logging.WARNING)
        logger.addHandler(handler)


# Exit codes of `dyads code`, documented in the README.
EXIT_ALL_CODED = 0
EXIT_SOME_SKIPPED = 3
EXIT_NONE_CODED = 4


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", help="Events file; '-' is standard output. Without it, events go to the database.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), help="Output format (default: from the extension).")
@click.option("--text", "as_text", is_flag=True, help="Treat INPUTS as the text to code, not as paths.")
@click.option("--date", callback=parse_date, help="Publication date YYYY-MM-DD for --text.")
@click.option("--assume-date", "assume_date", callback=parse_date,
              help="Publication date YYYY-MM-DD for documents in which none is found (said so in --docs).")
@click.option("--docs", "docs_path", help="Also write one JSON line per input document (status, reason, metadata).")
@click.option("--relations", "relations_path", help="Also write the standing relations the texts state (alliances, memberships, ...), one JSON line each.")
@click.option("--field", "field_map", multiple=True, metavar="FIELD=KEY",
              help="JSON Lines/CSV: read FIELD (text, date, title, byline, url, id) from KEY (repeatable), e.g. --field text=story.")
@coding_options
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.option("--dask", metavar="ADDRESS", help="Code on a Dask cluster: a scheduler (tcp://HOST:8786) or local:N worker processes; "
              "-o names a folder of Parquet partitions (store them with `dyads load`).")
@click.option("--partition-size", default=200, show_default=True, type=click.IntRange(min=1),
              help="With --dask: JSON lines (or files) per partition, the unit a worker codes and a retry repeats.")
@db_option
@window_option
@dictionary_options
@click.pass_context
def code(ctx, inputs, output, fmt, as_text, date, assume_date, docs_path, relations_path, field_map, processes, batch_size, max_chars, time_budget, lexicon_dir,
         no_model, event_model_dir, quiet, dask, partition_size, db, window, no_builtin, **kwargs) -> None:
    """Code news articles (.txt, .html, .jsonl, .csv, .jsonl.gz, .csv.gz, .parquet files, folders, or '-' for JSON Lines on stdin) into events.

    Events are stored in the database (--db) unless -o names a file; give both for both. With
    --text the events are printed, and stored only where --db is given on the command line.
    Exit status: 0 every document coded, 1 an error stopped the run, 2 a bad command line,
    3 some documents skipped or missing, 4 no document coded.
    """
    imported = dictionaries(kwargs)
    if dask:
        from .cluster.command import code_on_cluster
        from .coder import CoderSettings

        settings = CoderSettings(lexicon_dir=lexicon_dir, batch_size=batch_size, dictionaries=imported, builtin=not no_builtin,
                                 max_chars=max_chars, time_budget=time_budget or None, event_model=not no_model, event_model_dir=event_model_dir)
        ctx.exit(code_on_cluster(dask, inputs, output, fmt=fmt, as_text=as_text, docs_path=docs_path, relations_path=relations_path,
                                 fields=_field_map(field_map), assume_date=assume_date, settings=settings,
                                 partition_size=partition_size, quiet=quiet))
    from .coder import Coded, code_documents
    from .read import ASSUMED, UNDATED, assume_dates, read_documents, read_text_document
    from .write import DocumentRecordWriter, EventWriter, RelationWriter, open_writer

    documents: Iterator[Document | Skipped]
    if as_text:
        try:
            documents = iter([read_text_document(" ".join(inputs), doc_id="text", date=date)])
        except DyadsError as exc:
            raise click.ClickException(str(exc)) from None
    else:
        documents = read_documents(inputs, fields=_field_map(field_map))
    assumed: set[str] = set()
    if assume_date is not None:
        documents = assume_dates(documents, assume_date, assumed)
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    if as_text:
        # a sentence typed at the prompt: show its events, and store them only where asked to in
        # so many words (--db), never into $DYADS_DB unseen
        if ctx.get_parameter_source("db") is not click.core.ParameterSource.COMMANDLINE:
            db = None
        if output is None:
            output = "-"
    try:
        with ExitStack() as outputs:
            # every output is opened before any coding: a bad path fails now, not after an hour
            writer: EventWriter | CountingWriter = (
                outputs.enter_context(open_writer(output, fmt)) if output is not None else CountingWriter()
            )
            doc_writer = outputs.enter_context(DocumentRecordWriter(docs_path)) if docs_path else None
            relation_writer = outputs.enter_context(RelationWriter(relations_path)) if relations_path else None
            store = outputs.enter_context(open_code_store(output, db, window))
            store.coded_with(lexicon_dir=lexicon_dir, dictionaries=imported, builtin=not no_builtin,
                             event_model=not no_model, event_model_dir=event_model_dir)

            def unchanged(document: Document) -> None:
                counts["read"] += 1
                counts["unchanged"] += 1
                if doc_writer:
                    doc_writer.write_record(_doc_record(document, "coded", "unchanged since the last run; its events are stored"))
                if bar:
                    bar.update(task, advance=1)

            documents = store.filter(documents, unchanged)
            total = None if as_text else input_size(inputs)
            with progress(quiet, total) as bar:
                task = bar.add_task("coding", total=total, events=0) if bar else None
                results = code_documents(
                    documents, n_process=processes, batch_size=batch_size, lexicon_dir=lexicon_dir,
                    dictionaries=imported, builtin=not no_builtin, max_chars=max_chars, time_budget=time_budget,
                    event_model=not no_model, event_model_dir=event_model_dir,
                )
                for result in results:
                    counts["read"] += 1
                    store.add(result)
                    if isinstance(result, Coded):
                        counts["coded"] += 1
                        note = _date_note(result.document, assumed)
                        counts["undated"] += note == UNDATED
                        counts["assumed"] += note == ASSUMED
                        writer.write(result.events)
                        if relation_writer:
                            relation_writer.write_relations(result.relations)
                        if doc_writer:
                            doc_writer.write_record(_doc_record(result.document, "coded", None, note))
                    else:
                        counts["skipped"] += 1
                        reasons[result.reason.split("]")[0].strip("[") if result.reason.startswith("[") else result.reason] += 1
                        click.echo(f"skipped {result.id}: {result.reason}", err=True)
                        if doc_writer:
                            doc_writer.write_record(_skipped_record(result))
                    if bar:
                        bar.update(task, advance=1, events=writer.count)
    except DyadsError as exc:
        raise click.ClickException(str(exc)) from None
    seconds = time.perf_counter() - started
    if not quiet:
        why = ", ".join(f"{code} x{n}" for code, n in sorted(reasons.items()))
        click.echo(
            f"documents read: {counts['read']}, coded: {counts['coded']}, skipped: {counts['skipped']}"
            + (f" ({why})" if why else "")
            + (f", unchanged: {counts['unchanged']}" if counts["unchanged"] else "")
            + (f", undated: {counts['undated']}" if counts["undated"] else "")
            + (f", date assumed: {counts['assumed']}" if counts["assumed"] else "")
            + f"; events written: {writer.count}"
            + (f"; relations written: {relation_writer.count}" if relations_path and relation_writer else "")
            + f"{store.summary()}; {seconds:.1f} s",
            err=True,
        )
        if counts["undated"]:
            click.echo(
                f"warning: {counts['undated']} coded document(s) have no publication date, so their events have none and "
                "relative dates ('on Monday') stay unresolved; give a date in the input or --assume-date YYYY-MM-DD",
                err=True,
            )
    if counts["coded"] + counts["unchanged"] == 0:
        ctx.exit(EXIT_NONE_CODED)
    ctx.exit(EXIT_SOME_SKIPPED if counts["skipped"] else EXIT_ALL_CODED)


def _date_note(document: Document, assumed: set[str]) -> str | None:
    from .read import date_note

    note = date_note(document, assumed)
    # let the id go once its result is out: the set holds the documents in flight, not every one read
    assumed.discard(document.id)
    return note


def _doc_record(document: Document, status: str, reason: str | None, date_note: str | None = None) -> dict:
    return {
        "doc_id": document.id, "title": document.title, "byline": document.byline,
        "date_published": document.date_published.isoformat() if document.date_published else None,
        "date_note": date_note, "dateline": document.dateline, "agency": document.agency,
        "date_crawled": document.date_crawled.isoformat() if document.date_crawled else None,
        "body": document.text, "status": status, "reason": reason,
    }


def _skipped_record(skipped: Skipped) -> dict:
    return {
        "doc_id": skipped.id, "title": skipped.title, "byline": None,
        "date_published": skipped.date_published.isoformat() if skipped.date_published else None,
        "date_note": None, "dateline": None, "agency": None, "date_crawled": None, "body": None, "status": "skipped", "reason": skipped.reason,
    }


@main.command()
@click.argument("text", required=False)
@click.option("--date", callback=parse_date, help="Date YYYY-MM-DD the text is from (office-holders change).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--jsonl", "jsonl_path", type=click.Path(exists=True, dir_okay=False), help='File of {"id", "text", "date"} lines.')
@click.option("-o", "--output", default="-", help="Where --jsonl results go.")
@click.option("--lexicons", "lexicon_dir", type=click.Path(exists=True, file_okay=False), help="A lexicon folder to use instead of the built-in one.")
@dictionary_options
def actors(text, date, as_json, jsonl_path, output, lexicon_dir, no_builtin, **kwargs) -> None:
    """Show the actors dyads finds in TEXT (or in each line of --jsonl FILE)."""
    from functools import partial

    from .actors.find import find_actor_records

    find_actor_records = partial(find_actor_records, dictionaries=dictionaries(kwargs), builtin=not no_builtin, lexicon_dir=lexicon_dir)

    if jsonl_path:
        from .write import OutputFile

        try:
            with OutputFile(output, "actors file") as out:
                for line_id, found in _actor_lines(jsonl_path, find_actor_records):
                    out.write(json.dumps({"id": line_id, "actors": found}, ensure_ascii=False) + "\n")
        except DyadsError as exc:
            raise click.ClickException(str(exc)) from None
        return
    if not text:
        raise click.UsageError("give TEXT or --jsonl FILE")
    try:
        found = find_actor_records(text, date)
    except DyadsError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for actor in found:
        click.echo(f"{actor['text']!r}: {actor['code']} {actor['sector'] or '-'} {actor['name'] or ''} {actor['org'] or ''}".rstrip())


@main.command()
@click.argument("files", nargs=-1)
@click.option("--lexicons", "lexicon_dir", type=click.Path(exists=True, file_okay=False), help="A lexicon folder to check instead of the built-in one.")
def knowledge(files, lexicon_dir) -> None:
    """Check the actor knowledge files (all, or FILES of actors/knowledge/): every problem, then counts per country."""
    from .actors.knowledge import report

    status = report(lexicon_dir, list(files), echo=click.echo)
    if status:
        sys.exit(status)


def _actor_lines(path: str, finder) -> Iterator[tuple[str, list[dict]]]:
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                day = dt.date.fromisoformat(raw["date"]) if raw.get("date") else None
                yield str(raw.get("id", line_no)), finder(raw["text"], day)
            except (ValueError, KeyError, TypeError) as exc:
                click.echo(Errors.E104.format(name=path, line=line_no, problem=exc), err=True)


def _echo_scores(score: Callable[[], Any], as_json: bool, verbose: bool) -> None:
    """Run an evaluation and print its figures (JSON with --json), a failure as a clean error."""
    try:
        scores = score()
    except DyadsError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(scores.to_dict(), indent=2) if as_json else scores.report(verbose))


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False), required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-j", "--processes", default=1, show_default=True)
@click.option("--lexicons", "lexicon_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--petrarch-records", "records_path", type=click.Path(exists=True, dir_okay=False),
              help="Run PETRARCH's validation records (PETR.UnitTest.records.xml) with the imported dictionaries.")
@click.option("-v", "--verbose", is_flag=True, help="With --petrarch-records, --actors or --pages, list every record not read or coded exactly.")
@click.option("--quad", "quad_path", type=click.Path(exists=True, dir_okay=False),
              help='Score CAMEO quad classes on a file of {"id", "text", "quad_class"} lines (0 statement, 1-4).')
@click.option("--corpus", "corpus_paths", multiple=True, type=click.Path(exists=True),
              help="Score on the team's training corpus (files or folders, repeatable; see training/GUIDE.md).")
@click.option("--part", type=click.Choice(["heldout", "train", "all"]), default="heldout", show_default=True,
              help="With --corpus, --actors FILE.jsonl or --relations: which part of it to score.")
@click.option("--no-model", is_flag=True, help="Rules only: leave out the learned models (event types and relations).")
@click.option("--relations", "relations_table", type=click.Path(exists=True, dir_okay=False),
              help="Score relation extraction on a YAML table of sentences with their expected relations (see dyads/evaluate_relations.py).")
@click.option("--pages", "pages_dir", type=click.Path(exists=True, file_okay=False),
              help="Score page reading (title, byline, dates, dateline, clean body) on a folder of pages, each with a .yml of expectations.")
@dictionary_options
def eval_command(gold, as_json, processes, lexicon_dir, records_path, verbose, quad_path, corpus_paths, part, no_model,
                 relations_table, pages_dir, no_builtin, **kwargs) -> None:
    """Score the coder on gold records (PLOVER gold-standard format), on PETRARCH's validation records,
    on sentences labelled with CAMEO quad classes (--quad), on the team's corpus (--corpus), page reading (--pages), or the
    actors stage on actor phrases (--actors FILE.jsonl: {"id", "text", "actor", "date", "country",
    "sector"} lines; an --actors file that is not JSON Lines is a PETRARCH dictionary to import)."""
    from .evaluate import evaluate, format_report

    if relations_table:
        from .evaluate_relations import evaluate_relations

        _echo_scores(lambda: evaluate_relations(relations_table, part, lexicon_dir=lexicon_dir, model=not no_model), as_json, verbose)
        return
    if pages_dir:
        from .evaluate_pages import evaluate_pages

        _echo_scores(lambda: evaluate_pages(pages_dir), as_json, verbose)
        return
    phrase_files = [path for path in kwargs["actors_files"] if path.endswith(".jsonl")]
    kwargs["actors_files"] = tuple(path for path in kwargs["actors_files"] if path not in phrase_files)
    imported = dictionaries(kwargs)
    if len(phrase_files) > 1:
        raise click.UsageError("give one actor phrase file (--actors FILE.jsonl)")
    if phrase_files:
        actors_path = phrase_files[0]
        from .evaluate_actors import evaluate_actors

        _echo_scores(lambda: evaluate_actors(actors_path, part, lexicon_dir=lexicon_dir), as_json, verbose)
        return
    if corpus_paths:
        from .evaluate_corpus import evaluate_corpus
        from .learn.corpus import CorpusError

        try:
            corpus_scores = evaluate_corpus(corpus_paths, part, n_process=processes, lexicon_dir=lexicon_dir, event_model=not no_model)
        except (CorpusError, DyadsError) as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(corpus_scores.report())
        return
    if quad_path:
        from .evaluate_quad import evaluate_quads, format_quad_report

        try:
            quads = evaluate_quads(quad_path, n_process=processes, lexicon_dir=lexicon_dir, event_model=not no_model)
        except DyadsError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(json.dumps(quads.to_dict(), indent=2) if as_json else format_quad_report(quads))
        return
    if records_path:
        from .petrarch.records import format_suite, run_records

        try:
            result = run_records(records_path, imported, builtin=not no_builtin, lexicon_dir=lexicon_dir)
        except DyadsError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(format_suite(result, verbose))
        return
    if not gold:
        raise click.UsageError("give GOLD, --petrarch-records FILE, --quad FILE, --corpus PATH or --actors FILE.jsonl")

    try:
        scores = evaluate(gold, n_process=processes, lexicon_dir=lexicon_dir, dictionaries=imported, builtin=not no_builtin,
                          event_model=not no_model)
    except DyadsError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(scores.to_dict(), indent=2) if as_json else format_report(scores))


@main.command()
@click.option("--corpus", "corpus", multiple=True, type=click.Path(exists=True),
              help="Training corpus files or folders (repeatable; default training/sentences, with --relations training/relations "
                   "and the train parts of tests/data/relations*.yml); formats in training/GUIDE.md and training/relations/GUIDE.md.")
@click.option("-o", "--output", type=click.Path(file_okay=False), help="Folder to save the model in (default: the one dyads ships and loads).")
@click.option("--compare", is_flag=True, help="Also train spaCy's bag-of-words text classifier and score it on the same held-out part.")
@click.option("--relations", "relations", is_flag=True,
              help="Train the relation model (the learned layer of the relations stage) instead of the event-type model.")
def train(corpus, output, compare, relations) -> None:
    """Train the event-type model (or, with --relations, the relation model) on the team's corpus (fixed seeds: the
    same corpus gives the same weights) and print its scores on the corpus's held-out part, which it is not fitted on."""
    if relations:
        _train_relations(corpus or _RELATION_CORPUS, output)
        return
    from .events.model import MODEL_DIR
    from .learn.corpus import CorpusError
    from .learn.train import train as train_model

    try:
        run = train_model(corpus or ["training/sentences"], compare=compare)
    except (CorpusError, DyadsError) as exc:
        raise click.ClickException(str(exc)) from None
    folder = Path(output) if output else MODEL_DIR
    run.model.save(folder)
    click.echo(f"trained on {run.train_size} sentences; held-out part {run.heldout_size} sentences; saved in {folder}")
    click.echo("\nparse-features (saved):\n" + run.heldout.table())
    for design, scores in run.compared.items():
        click.echo(f"\n{design}:\n" + scores.table())


# the team-written relation corpus, and the rows of the test tables that rules and model may be fitted on
_RELATION_CORPUS = ("training/relations", "tests/data/relations.yml", "tests/data/relations_new.yml")


def _train_relations(corpus: tuple[str, ...], output: str | None) -> None:
    from .learn.relations import train_relations
    from .relations.model import MODEL_DIR

    try:
        run = train_relations([path for path in corpus if Path(path).exists()])
    except DyadsError as exc:
        raise click.ClickException(str(exc)) from None
    folder = Path(output) if output else MODEL_DIR
    run.model.save(folder)
    meta = run.model.meta
    click.echo(f"trained on {run.train_rows} rows; held-out part {run.heldout_rows} rows; saved in {folder}")
    click.echo(f"polarity from the {meta['polarity']} (right on held-out related pairs: "
               + ", ".join(f"{source} {accuracy:.3f}" for source, accuracy in run.polarity.items()) + ")")
    click.echo("threshold  precision  recall  (rules with the model, held-out part)")
    click.echo("\n".join(f"{t:>9.2f}  {p:>9.3f}  {r:>6.3f}" for t, p, r in run.curve))
    chosen = run.model.meta["chosen_threshold"]
    added = f"{chosen:.2f}" if run.model.threshold is not None else f"none ({chosen:.2f} lowered a test table's train precision)"
    click.echo(f"chosen threshold {added}\n\n     veto  precision  recall  precision on each test table's train rows")
    for veto, (precision, recall) in run.vetoes.items():
        tables = ", ".join(f"{Path(table).name} {p:.3f}" for table, p in run.vetoes_on_tables[veto].items())
        click.echo(f"{veto!s:>9}  {precision:>9.3f}  {recall:>6.3f}  {tables}")
    click.echo(f"chosen veto {run.model.veto}")
    click.echo(f"\nrules alone, held-out part:\n{run.rules.report()}")
    click.echo(f"\nrules with the model (threshold {added}), held-out part:\n{run.combined.report()}")


for _command in STORE_COMMANDS:
    main.add_command(_command)
main.add_command(serve)


if __name__ == "__main__":  # pragma: no cover
    main()
