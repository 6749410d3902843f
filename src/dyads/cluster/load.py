"""``dyads load``: the Parquet partitions of ``dyads code --dask`` back into coder results, for the store.

Each row of ``documents/part-NNNNN.parquet`` becomes the result ``dyads code`` would have stored
for that document: a ``Coded`` with its events (``events/`` of the same number) and relations, or
a ``Skipped`` with its reason; partitions are read in input order, one at a time.
"""
from __future__ import annotations

import json
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..coder import Coded
from ..errors import DyadsError, Errors
from ..records import Actor, Document, Event, Location, Relation, Skipped
from ..store.rows import CodedWith
from .run import REPORT

Filter = Callable[[Iterable[Document | Skipped]], Iterator[Document | Skipped]]


def partitions(folder: str | Path) -> list[Path]:
    """The documents files of an output folder, in input order.

    Raises:
        DyadsError: E868 when there are none.
    """
    found = sorted((Path(folder) / "documents").glob("part-*.parquet"))
    if not found:
        raise DyadsError(Errors.E868.format(path=folder))
    return found


def coded_by(folder: str | Path) -> CodedWith | None:
    """What coded the folder's documents (lexicon and model hashes), as its run recorded it; None where it did not.

    Raises:
        DyadsError: E869 for a ``run.json`` that cannot be read.
    """
    report = Path(folder) / REPORT
    if not report.exists():
        return None
    try:
        recorded = json.loads(report.read_text(encoding="utf-8")).get("coded_with")
        return CodedWith(**recorded) if recorded else None
    except (OSError, ValueError, TypeError, AttributeError) as exc:  # unreadable, not JSON, or not the run's own fields
        raise DyadsError(Errors.E869.format(path=report, problem=f"{type(exc).__name__}: {exc}")) from None


def stored_results(folder: str | Path, keep: Filter | None = None) -> Iterator[Coded | Skipped]:
    """The results of every partition, in input order.

    Args:
        folder: what ``dyads code --dask -o`` wrote.
        keep: passes on the documents to store (``Store.new_documents``: those new or changed);
            a document it leaves out gives no result.

    Raises:
        DyadsError: E868 no partitions; E869 a partition whose events file is missing or a file that cannot be read.
    """
    queue: deque[tuple[str, Coded | Skipped]] = deque()

    def items() -> Iterator[Document | Skipped]:
        for part in partitions(folder):
            for item, result in _partition(part):
                queue.append((item.id, result))
                yield item

    for item in (keep or iter)(items()):
        # the filter passes items on in order, leaving some out: drop the results of those left out
        doc_id, result = queue.popleft()
        while doc_id != item.id:
            doc_id, result = queue.popleft()
        yield result


def _partition(part: Path) -> Iterator[tuple[Document | Skipped, Coded | Skipped]]:
    events_path = part.parent.parent / "events" / part.name
    if not events_path.exists():
        raise DyadsError(Errors.E869.format(path=part, problem=f"no events file {events_path} for it; run the coding again"))
    try:
        events: dict[str, list[Event]] = defaultdict(list)
        for record in pq.read_table(events_path).to_pylist():
            events[record["doc_id"]].append(_event(record))
        rows = pq.read_table(part).to_pylist()
    except (OSError, ValueError) as exc:  # pyarrow's errors on a damaged file are both
        raise DyadsError(Errors.E869.format(path=part, problem=exc)) from None
    for row in rows:
        document = None
        if row["body"] is not None:
            document = Document(row["doc_id"], row["body"], row["date_published"], row["title"], row["byline"], row["url"],
                                row["dateline"], row["agency"], row["date_crawled"])
        if row["status"] == "coded" and document is not None:
            relations = [_relation(record) for record in json.loads(row["relations"] or "[]")]
            yield document, Coded(document, events.pop(row["doc_id"], []), relations)
        else:
            skipped = Skipped(row["doc_id"], row["reason"] or "", row["title"], row["date_published"])
            yield document or skipped, skipped


def _actor(record: dict[str, Any] | None) -> Actor | None:
    return Actor(**record) if record else None


def _event(record: dict[str, Any]) -> Event:
    date = record["date"]
    return Event(
        event_id=record["event_id"], doc_id=record["doc_id"], sentence_index=record["sentence_index"], sentence=record["sentence"],
        date=date.isoformat() if date else None, date_published=record["date_published"],
        source=[Actor(**a) for a in record["source"]], target=[Actor(**a) for a in record["target"]],
        event=record["event"], mode=record["mode"], cameo=record["cameo"], quad_class=record["quad_class"],
        goldstein=record["goldstein"], trigger=record["trigger"], negated=record["negated"], speaker=_actor(record["speaker"]),
        location=Location(**record["location"]) if record["location"] else None, confidence=record["confidence"],
        why=record["why"], date_precision=record["date_precision"],
    )


def _relation(record: dict[str, Any]) -> Relation:
    return Relation(**{**record, "subjects": [Actor(**a) for a in record["subjects"]], "object": _actor(record["object"])})
