"""``dyads code --dask``: code partitions of the input on a Dask cluster, write each as Parquet.

A task codes one partition (``partitions.py``) on a worker, with the pipeline that worker loaded
once (``_pipeline``), and sends back two Arrow tables: the partition's events, in the event
contract (``EVENT_SCHEMA``, as ``dyads code -o FILE.parquet`` writes them), and one row per input
document, coded or skipped with its reason (``DOCUMENT_SCHEMA``, the ``--docs`` record plus the
document's relations). The driver writes them as ``events/part-NNNNN.parquet`` and
``documents/part-NNNNN.parquet`` under the output folder, the number being the partition's place
in the input: each file is written under a temporary name and renamed into place, so a partition
is in the folder whole or not at all, and one coded twice (its worker died, Dask ran it again)
replaces its file instead of adding another.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..coder import Coded, CoderSettings, chunked, code_with_pipeline
from ..errors import DyadsError, Errors
from ..read import ASSUMED, UNDATED, assume_dates, date_note
from ..records import Document, Skipped
from ..write.writers import EVENT_SCHEMA, _typed
from .partitions import Partition, plan, read_partition

if TYPE_CHECKING:
    from spacy.language import Language


DOCUMENT_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("status", pa.string()), ("reason", pa.string()), ("title", pa.string()), ("byline", pa.string()),
    ("url", pa.string()), ("date_published", pa.date32()), ("date_note", pa.string()), ("dateline", pa.string()),
    ("agency", pa.string()), ("date_crawled", pa.date32()), ("body", pa.string()),
    # the standing relations of a coded document, as the --relations file has them (docs/relation-record.md)
    ("relations", pa.string()),
    # where it was read ("docs.jsonl line 7"), for the message of an id repeated in a later partition
    ("place", pa.string()),
])
FOLDERS = ("documents", "events")
REPORT = "run.json"

# one pipeline per worker process, for every task it runs, kept for the next run on the same cluster
# while the settings and the lexicon and model files (their hashes) are the same; the lock keeps a
# worker started with several threads from running one spaCy pipeline in two at once
_PIPELINES: dict[tuple[CoderSettings, str], Language] = {}
_LOCK = threading.Lock()


def _pipeline(settings: CoderSettings, files: str) -> Language:
    if (settings, files) not in _PIPELINES:
        _PIPELINES.clear()  # one pipeline a worker: an edited lexicon replaces the old one
        _PIPELINES[settings, files] = settings.pipeline()
    return _PIPELINES[settings, files]


def code_partition(partition: Partition, settings: CoderSettings, fields: Mapping[str, str] | None = None,
                   assume_date: dt.date | None = None, files: str = "") -> tuple[pa.Table, pa.Table]:
    """Code one partition (the task a worker runs): its documents table and its events table.

    ``files``: the hashes of the lexicon and model files the driver found, so that a worker loads
    its pipeline again when they changed since its last task.
    """
    with _LOCK:
        nlp = _pipeline(settings, files)
        documents: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        assumed: set[str] = set()
        # the documents read, for those the coder skips: their text is kept with them, as the store keeps it
        read: dict[str, Document] = {}
        places: dict[str, str] = {}
        items = _remember(read_partition(partition, fields, places), read)
        if assume_date is not None:
            items = assume_dates(items, assume_date, assumed)
        for result in code_with_pipeline(nlp, settings, chunked(items, settings.batch_size)):
            if isinstance(result, Coded):
                document = result.document
                read.pop(document.id, None)
                row = _document_row(document, date_note(document, assumed), result)
                events.extend(_typed(event.to_dict()) for event in result.events)
            else:
                row = _skipped_row(result, read.pop(result.id, None))
            documents.append({**row, "place": places.get(row["doc_id"])})
    return pa.Table.from_pylist(documents, schema=DOCUMENT_SCHEMA), pa.Table.from_pylist(events, schema=EVENT_SCHEMA)


def _remember(items: Iterable[Document | Skipped], read: dict[str, Document]) -> Iterator[Document | Skipped]:
    for item in items:
        if isinstance(item, Document):
            read[item.id] = item
        yield item


def _document_row(document: Document, note: str | None, result: Coded) -> dict[str, Any]:
    return {
        "doc_id": document.id, "status": "coded", "reason": None, "title": document.title, "byline": document.byline,
        "url": document.url, "date_published": document.date_published, "date_note": note, "dateline": document.dateline,
        "agency": document.agency, "date_crawled": document.date_crawled, "body": document.text,
        "relations": json.dumps([relation.to_dict() for relation in result.relations], ensure_ascii=False),
    }


def _skipped_row(skipped: Skipped, document: Document | None) -> dict[str, Any]:
    """A skipped document: with its text and metadata where it was read (the coder skipped it), so that it can be coded again."""
    if document is None:
        return {"doc_id": skipped.id, "status": "skipped", "reason": skipped.reason, "title": skipped.title,
                "date_published": skipped.date_published}
    return {"doc_id": skipped.id, "status": "skipped", "reason": skipped.reason, "title": document.title, "byline": document.byline,
            "url": document.url, "date_published": document.date_published, "dateline": document.dateline,
            "agency": document.agency, "date_crawled": document.date_crawled, "body": document.text}


@dataclass
class RunReport:
    """What a ``--dask`` run did: every input document once, coded or skipped (with the reasons' codes)."""

    output: str
    partitions: int = 0
    documents: int = 0
    coded: int = 0
    skipped: int = 0
    events: int = 0
    undated: int = 0
    assumed: int = 0
    seconds: float = 0.0
    reasons: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)

    def count(self, documents: pa.Table, events: int) -> None:
        self.partitions += 1
        self.documents += documents.num_rows
        self.events += events
        for row in documents.select(["status", "reason", "date_note"]).to_pylist():
            if row["status"] == "coded":
                self.coded += 1
                self.undated += row["date_note"] == UNDATED
                self.assumed += row["date_note"] == ASSUMED
            else:
                self.skipped += 1
                reason = row["reason"] or ""
                self.reasons[reason.split("]")[0].strip("[") if reason.startswith("[") else reason] += 1

    def recount(self, folder: Path, partitions: int) -> None:
        """Count again from the files, as the run left them (after ``_settle_repeated_ids``)."""
        self.partitions = self.documents = self.coded = self.skipped = self.events = self.undated = self.assumed = 0
        self.reasons = Counter()
        for name in _part_names(partitions):
            if (folder / "documents" / name).exists():
                documents = pq.read_table(folder / "documents" / name, columns=["status", "reason", "date_note"])
                self.count(documents, pq.read_metadata(folder / "events" / name).num_rows)

    def summary(self) -> str:
        """The summary line of ``dyads code``, with the partitions and the output folder."""
        why = ", ".join(f"{code} x{n}" for code, n in sorted(self.reasons.items()))
        return (f"documents read: {self.documents}, coded: {self.coded}, skipped: {self.skipped}" + (f" ({why})" if why else "")
                + (f", undated: {self.undated}" if self.undated else "") + (f", date assumed: {self.assumed}" if self.assumed else "")
                + f"; events written: {self.events}; partitions: {self.partitions} written"
                + (f", {len(self.failed)} failed" if self.failed else "") + f" in {self.output}; {self.seconds:.1f} s")

    def to_dict(self) -> dict[str, Any]:
        return {**{name: getattr(self, name) for name in ("partitions", "documents", "coded", "skipped", "events", "undated",
                                                          "assumed", "seconds", "failed")},
                "reasons": dict(self.reasons)}


def code_on_dask(
    inputs: list[str], output: str | os.PathLike, *, dask: str | None = None, client: Any = None,
    settings: CoderSettings | None = None, fields: Mapping[str, str] | None = None, assume_date: dt.date | None = None,
    partition_size: int = 200, retries: int = 2, on_partition: Callable[[RunReport], None] | None = None,
) -> RunReport:
    """Code ``inputs`` on a Dask cluster into the folder ``output`` (``documents/`` and ``events/`` Parquet partitions).

    Args:
        inputs: files, folders and fsspec URLs, as ``dyads code`` takes them (not ``-``).
        output: the folder; made if missing. One an earlier run wrote is taken over: its
            partitions are replaced, and those this run did not write are removed.
        dask: a scheduler address (``tcp://HOST:8786``) or ``local:N`` (a LocalCluster of N
            single-threaded worker processes, closed at the end); or give ``client``.
        client: a ``distributed.Client`` to run on instead (left open).
        settings: how to code (``CoderSettings``); the defaults of ``code_documents`` when None.
        fields: ``--field`` mappings for JSON Lines, CSV and Parquet input.
        assume_date: the publication date of documents in which none is found.
        partition_size: JSON lines per partition (and files, up to 50, for single-document files).
        retries: how often Dask runs a partition again whose task failed; a partition whose
            worker died is run again by the scheduler on another worker.
        on_partition: called with the report after each partition is written (progress).

    Raises:
        DyadsError: E860 a bad ``dask``, E862 ``-`` among the inputs, E863 an output folder
            holding other things, E864 Dask not installed, E865 no scheduler at the address.
    """
    if any(given == "-" for given in inputs):
        raise DyadsError(Errors.E862)
    try:  # before anything else: planning reads Parquet footers and URLs through fsspec, which comes with it
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DyadsError(Errors.E864.format(problem=exc)) from None
    folder = Path(output)
    _check_folder(folder)
    settings = settings or CoderSettings()
    started = time.perf_counter()
    from ..store.rows import coded_with

    coder = coded_with(lexicon_dir=settings.lexicon_dir, dictionaries=settings.dictionaries, builtin=settings.builtin,
                       event_model=settings.event_model, event_model_dir=settings.event_model_dir)
    partitions = plan(list(inputs), lines=partition_size, files=min(partition_size, 50))
    report = RunReport(str(folder))
    with _connect(dask, client) as connected:
        written = _run(connected, partitions, folder, (settings, fields, assume_date, f"{coder.lexicon_hash} {coder.model_hash}"),
                       retries, report, on_partition)
    for sub in FOLDERS:  # partitions of an earlier run with more of them
        for stale in (folder / sub).glob("part-*.parquet"):
            if stale.name not in written:
                stale.unlink()
    _settle_repeated_ids(folder, len(partitions))
    report.recount(folder, len(partitions))
    report.seconds = time.perf_counter() - started
    # what coded the partitions, for `dyads load` to record with each document as `dyads code` would
    summary = {"inputs": list(inputs), **report.to_dict(), "coded_with": dataclasses.asdict(coder)}
    _atomic_write(folder / REPORT, json.dumps(summary, indent=2).encode())
    return report


def _run(client: Any, partitions: list[Partition], folder: Path, task: tuple[CoderSettings, Mapping[str, str] | None, dt.date | None, str],
         retries: int, report: RunReport, on_partition: Callable[[RunReport], None] | None) -> set[str]:
    """Submit every partition (``task``: the other arguments of ``code_partition``), write each as it comes back; the names of the files written."""
    settings, fields, assume_date, files = task
    from distributed import as_completed

    token = uuid.uuid4().hex[:8]  # a fresh key a run: the scheduler must not hand back an earlier run's result
    by_key = {}
    futures = []
    written: set[str] = set()
    for partition in partitions:
        future = client.submit(code_partition, partition, settings, dict(fields or {}), assume_date, files,
                               key=f"dyads-partition-{partition.index:05d}-{token}", retries=retries)
        by_key[future.key] = partition
        futures.append(future)
    for future in as_completed(futures):
        partition = by_key[future.key]
        try:
            documents, events = future.result()
        except Exception as exc:  # (a task's error, or KilledWorker: reported, the other partitions go on)
            report.failed.append(Errors.E867.format(index=partition.index, what=partition.describe(), problem=f"{type(exc).__name__}: {exc}"))
            continue
        finally:
            future.release()
        name = f"part-{partition.index:05d}.parquet"
        # the events first: a documents file is the sign that the partition is complete
        _atomic_parquet(events, folder / "events" / name)
        _atomic_parquet(documents, folder / "documents" / name)
        written.add(name)
        report.count(documents, events.num_rows)
        if on_partition:
            on_partition(report)
    return written


class _connect:
    """The Dask client for ``dask`` (closed, with its LocalCluster, at the end), or the caller's ``client``."""

    def __init__(self, dask: str | None, client: Any):
        self.dask, self.client = dask, client
        self.owned: list[Any] = []

    def __enter__(self) -> Any:
        if self.client is not None:
            return self.client
        from distributed import Client, LocalCluster

        address = self.dask or ""
        if address.startswith("local:"):
            workers = address.removeprefix("local:")
            if not workers.isdigit() or int(workers) < 1:
                raise DyadsError(Errors.E860.format(value=address))
            cluster = LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True, dashboard_address=None)
            self.owned.append(cluster)
            client = Client(cluster)
        else:
            if "://" not in address and ":" not in address:
                raise DyadsError(Errors.E860.format(value=address))
            try:
                client = Client(address, timeout="20s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise DyadsError(Errors.E865.format(address=address, problem=exc)) from None
        self.owned.insert(0, client)
        return client

    def __exit__(self, *exc_info: object) -> None:
        for owned in self.owned:
            owned.close()


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise DyadsError(Errors.E863.format(path=folder, entry="itself a file"))
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.name not in (*FOLDERS, REPORT) and not entry.name.startswith("."):
                raise DyadsError(Errors.E863.format(path=folder, entry=entry.name))
    for sub in FOLDERS:
        (folder / sub).mkdir(parents=True, exist_ok=True)


def _atomic_parquet(table: pa.Table, path: Path) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
    pq.write_table(table, temporary)
    os.replace(temporary, path)


def _atomic_write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _part_names(partitions: int) -> Iterator[str]:
    return (f"part-{index:05d}.parquet" for index in range(partitions))


def _settle_repeated_ids(folder: Path, partitions: int) -> None:
    """Give an id that an earlier partition had already what the plain reader gives a repeated id (``read._unique``).

    Each partition made its ids unique within itself; across partitions the first in input order
    keeps the id, and a later document with it becomes a Skipped ``ID#2`` (E115, naming both
    places) with its events left out, a later skipped one takes ``ID#2`` with its own reason.
    Only the partitions with such an id are written again (atomically, as before).
    """
    first_place: dict[str, str] = {}
    copies: Counter[str] = Counter()
    for name in _part_names(partitions):
        path = folder / "documents" / name
        if not path.exists():
            continue
        ids = pq.read_table(path, columns=["doc_id", "place"]).to_pylist()
        if not any(row["doc_id"] in first_place for row in ids):
            first_place.update((row["doc_id"], row["place"] or row["doc_id"]) for row in ids)
            continue
        rows = pq.read_table(path).to_pylist()
        dropped: set[str] = set()
        for row in rows:
            doc_id, place = row["doc_id"], row["place"] or row["doc_id"]
            if doc_id not in first_place:
                first_place[doc_id] = place
                continue
            copies[doc_id] += 1
            new_id = f"{doc_id}#{copies[doc_id] + 1}"
            while new_id in first_place:
                copies[doc_id] += 1
                new_id = f"{doc_id}#{copies[doc_id] + 1}"
            first_place[new_id] = place
            if row["status"] == "coded" or row["body"] is not None:  # read as a document: now skipped, as the reader skips it
                dropped.add(doc_id)
                row.update({key: None for key in ("byline", "url", "date_note", "dateline", "agency", "date_crawled", "body", "relations")})
                row.update(status="skipped", reason=Errors.E115.format(name=place, doc_id=doc_id, first=first_place[doc_id]))
            row["doc_id"] = new_id
        if dropped:
            events = pq.read_table(folder / "events" / name).to_pylist()
            kept = [event for event in events if event["doc_id"] not in dropped]
            _atomic_parquet(pa.Table.from_pylist(kept, schema=EVENT_SCHEMA), folder / "events" / name)
        _atomic_parquet(pa.Table.from_pylist(rows, schema=DOCUMENT_SCHEMA), path)
