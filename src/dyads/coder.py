"""The coder: documents in, events out. Read -> parse -> actors -> events -> dates/places -> records.

``code_documents`` streams documents through ``nlp.pipe`` in batches, optionally
in worker processes; a document that fails anywhere comes out as ``Skipped``
with its reason, and the run goes on.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc

from .actors.component import ActorFinder
from .actors.find import actor_mentions, actor_record, find_actor_records  # noqa: F401  (part of the coder's API)
from .actors.lexicon import ActorEntry
from .errors import DocumentError, DyadsError, Errors
from .events import EventCoder, EventLexicon
from .limits import DEFAULT_MAX_CHARS, DEFAULT_TIME_BUDGET
from .parse import MODEL_NAME
from .parse.guard import failure_reason
from .parse.headlines import HeadlineCase, make_doc
from .petrarch.discards import apply_discards
from .pipeline import load_pipeline
from .read import read_text_document, unique_ids
from .records import Document, Event, Relation, Skipped, published_date
from .relations import find_relations, load_relation_kinds
from .relations.model import RelationModel
from .relations.model import load_model as load_relation_model
from .resolve import final_events
from .write.to_records import to_records

Phrases = Mapping[str, Sequence[ActorEntry]]  # an actor lexicon's phrases, for the relations stage


@dataclass(frozen=True)
class Coded:
    """A document that was coded, with its events (possibly none)."""

    document: Document
    events: list[Event]
    relations: list[Relation] = field(default_factory=list)


@dataclass(frozen=True)
class CoderSettings:
    model: str = MODEL_NAME
    lexicon_dir: str | None = None
    batch_size: int = 32
    dictionaries: tuple[tuple[str, str], ...] = ()
    builtin: bool = True
    max_chars: int = DEFAULT_MAX_CHARS
    time_budget: float | None = DEFAULT_TIME_BUDGET
    event_model: bool = True
    event_model_dir: str | None = None

    def pipeline(self) -> Language:
        return load_pipeline(self.model, self.lexicon_dir, self.dictionaries, self.builtin, self.event_model, self.event_model_dir)


@lru_cache(maxsize=4)
def headline_case(nlp: Language) -> HeadlineCase:
    """How the pipeline reads a headline in title case (``dyads.parse.headlines``), with its actor lexicon's names."""
    return HeadlineCase(nlp, cast(ActorFinder, nlp.get_pipe("dyads_actors")).names)


def _make_doc(nlp: Language, document: Document, settings: CoderSettings) -> Doc:
    doc = make_doc(nlp, document.text, headline_case(nlp))
    doc._.doc_id = document.id
    doc._.date_published = document.date_published
    doc._.dateline = document.dateline
    doc._.dyads_budget = settings.time_budget
    return doc


def _skip(document: Document, reason: str) -> Skipped:
    return Skipped(document.id, reason, document.title, document.date_published)


def _code_batch(nlp: Language, settings: CoderSettings, documents: list[Document]) -> list[Coded | Skipped]:
    nlp.max_length = settings.max_chars
    # the lexicon the pipeline codes with (imported dictionaries merged) also decides and formats the events
    lexicon = cast(EventCoder, nlp.get_pipe("dyads_events")).lexicon
    # and the actor lexicon it codes with tells the relations stage what a name means
    phrases = cast(ActorFinder, nlp.get_pipe("dyads_actors")).lexicon.phrases
    # the learned layers come and go together: a pipeline with the event-type model (not --no-model, not imported
    # dictionaries alone) reads relations with the relation model too
    relation_model = load_relation_model() if nlp.has_pipe("dyads_event_types") else None
    results: dict[int, Coded | Skipped] = {}
    fits: list[int] = []
    for position, document in enumerate(documents):
        if len(document.text) > settings.max_chars:
            results[position] = _skip(document, Errors.E203.format(name=document.id, length=len(document.text), limit=settings.max_chars))
        else:
            fits.append(position)
    try:
        parsed = zip(fits, nlp.pipe((_make_doc(nlp, documents[p], settings) for p in fits), batch_size=settings.batch_size))
        for position, doc in parsed:
            results[position] = _to_result(documents[position], doc, lexicon, phrases, relation_model)
    except Exception:
        # spaCy failed the whole batch: code what is left one document at a time, so that only
        # the document at fault is skipped
        for position in fits:
            if position not in results:
                results[position] = _code_alone(nlp, settings, documents[position], lexicon, phrases, relation_model)
    return [results[position] for position in range(len(documents))]


def _code_alone(nlp: Language, settings: CoderSettings, document: Document, lexicon: EventLexicon, phrases: Phrases,
                relation_model: RelationModel | None) -> Coded | Skipped:
    try:
        doc = nlp(_make_doc(nlp, document, settings))
    except Exception as exc:
        return _skip(document, Errors.E202.format(name=document.id, problem=f"{type(exc).__name__}: {exc}"))
    return _to_result(document, doc, lexicon, phrases, relation_model)


def _to_result(document: Document, doc: Doc, lexicon: EventLexicon, phrases: Phrases, relation_model: RelationModel | None) -> Coded | Skipped:
    try:
        return _result_of(document, doc, lexicon, phrases, relation_model)
    finally:
        # The stages' spans and mentions in doc._ point back at the Doc, so a Doc left as it is
        # is freed only by the garbage collector's full pass, which runs more seldom the more the
        # process holds: hundreds of parsed Docs waited for it and the peak RSS grew with the input
        # (576 MiB at 3,000 Reuters articles against 540 MiB at 1,000). Dropping doc._ (its
        # user_data) once the results are out breaks those cycles, and the Doc goes at once.
        doc.user_data.clear()


def _result_of(document: Document, doc: Doc, lexicon: EventLexicon, phrases: Phrases, relation_model: RelationModel | None) -> Coded | Skipped:
    if doc._.dyads_error:
        return _skip(document, doc._.dyads_error)
    reason = apply_discards(doc, lexicon.discards) if lexicon.discards else None
    if reason:
        return _skip(document, Errors.E405.format(name=document.id, problem=reason))
    try:
        events = to_records(final_events(doc, document.id, document.date_published, lexicon), document, lexicon)
        published = document.date_published.isoformat() if document.date_published else None
        relations = find_relations(doc, document.id, published, load_relation_kinds(lexicon.folder), phrases, relation_model)
        return Coded(document, events, relations)
    except Exception as exc:  # one odd parse must not empty the batch
        return _skip(document, failure_reason(doc, "records", exc))


_WORKER: tuple[Language, CoderSettings] | None = None


def _init_worker(settings: CoderSettings) -> None:
    global _WORKER
    _WORKER = (settings.pipeline(), settings)


# What a worker sends back for a coded document: its events and relations, not the document, which
# the parent has already (pickling the text back would double what crosses between the processes).
_Slim = tuple[list[Event], list[Relation]]


def _worker_batch(documents: list[Document]) -> list[_Slim | Skipped]:
    assert _WORKER is not None
    nlp, settings = _WORKER
    return [result if isinstance(result, Skipped) else (result.events, result.relations)
            for result in _code_batch(nlp, settings, documents)]


def code_documents(
    documents: Iterable[Document | Skipped],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    lexicon_dir: str | None = None,
    model: str = MODEL_NAME,
    dictionaries: tuple[tuple[str, str], ...] = (),
    builtin: bool = True,
    max_chars: int = DEFAULT_MAX_CHARS,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    event_model: bool = True,
    event_model_dir: str | None = None,
) -> Iterator[Coded | Skipped]:
    """Code documents into events, in input order.

    Args:
        documents: ``Document`` objects (``Skipped`` ones pass straight through, so the
            caller can account for every input). A document whose id came earlier in the
            stream is skipped (E115): its events would be mixed with the first one's.
        n_process: worker processes; 1 codes in this process.
        batch_size: documents per ``nlp.pipe`` batch.
        lexicon_dir: a folder laid out like ``dyads/lexicons`` to use instead of the built-in one.
        model: the spaCy pipeline package.
        dictionaries: PETRARCH dictionaries to import, ``(kind, path)`` pairs (see ``load_pipeline``).
        builtin: False to code with the imported dictionaries only.
        max_chars: a longer document is skipped (E203) instead of parsed.
        time_budget: seconds the dyads stages may spend on one document after its parse
            (E204 past it); None or 0 for no limit.
        event_model: False to code with the rules alone, without the learned event-type and relation models.
        event_model_dir: a model saved by ``dyads train -o`` to use instead of the shipped one.

    Returns:
        An iterator of ``Coded`` (the document and its events) or ``Skipped`` (with its
        reason), one per input.

    Raises:
        TypeError: an argument, or an item of ``documents``, of the wrong type.
        ValueError: a count or limit out of range.
    """
    for name, value in (("n_process", n_process), ("batch_size", batch_size), ("max_chars", max_chars)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"`{name}` must be a whole number, got {type(value).__name__}")
        if value < 1:
            raise ValueError(f"`{name}` must be 1 or more, got {value}")
    if time_budget is not None and (not isinstance(time_budget, (int, float)) or isinstance(time_budget, bool) or time_budget < 0):
        raise ValueError(f"`time_budget` must be a number of seconds, 0 or more (or None), got {time_budget!r}")
    if isinstance(documents, (str, bytes, Document)):
        raise TypeError(f"`documents` must be an iterable of dyads.Document, got one {type(documents).__name__}")
    settings = CoderSettings(model, lexicon_dir, batch_size, tuple(dictionaries), builtin, max_chars, time_budget or None, bool(event_model),
                             event_model_dir)
    return _code_stream(unique_ids(_checked(documents)), settings, n_process)


def _checked(documents: Iterable[Any]) -> Iterator[Document | Skipped]:
    for position, item in enumerate(documents):
        if not isinstance(item, (Document, Skipped)):
            raise TypeError(
                f"item {position} of `documents` is a {type(item).__name__}, not a dyads.Document; "
                "wrap texts as dyads.Document(id, text) or use dyads.code_text"
            )
        yield item


# Documents a worker codes per task. Small, so that the work is shared out evenly to the end of the
# input (with 128 a task, 200 articles made two tasks and -j 2 was 1.2 times -j 1); a task's cost
# (pickling a few documents, one nlp.pipe call) is small beside coding even one article.
WORKER_CHUNK = 8


def _code_stream(documents: Iterable[Document | Skipped], settings: CoderSettings, n_process: int) -> Iterator[Coded | Skipped]:
    if n_process == 1:
        yield from code_with_pipeline(settings.pipeline(), settings, chunked(documents, settings.batch_size))
        return
    with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker, initargs=(settings,)) as pool:
        pending: list[tuple[list[Document | Skipped], Future]] = []
        for chunk in chunked(documents, min(settings.batch_size, WORKER_CHUNK)):
            coded = [d for d in chunk if isinstance(d, Document)]
            try:
                future = pool.submit(_worker_batch, coded)
            except BrokenProcessPool:
                # the pool broke while earlier tasks were still out: the first of their documents is lost
                raise _worker_died([c for c, _ in pending] + [chunk]) from None
            pending.append((chunk, future))
            # enough tasks queued that no worker waits, few enough that memory stays flat; results leave in input order
            if len(pending) >= n_process * 4:
                yield from _merge(*pending.pop(0))
        for chunk, future in pending:
            yield from _merge(chunk, future)


def code_with_pipeline(nlp: Language, settings: CoderSettings, chunks: Iterable[list[Document | Skipped]]) -> Iterator[Coded | Skipped]:
    """Code chunks of documents with a pipeline loaded already (``settings.pipeline()``), in input order:
    for a worker that codes many pieces of input with one pipeline (``dyads code --dask``)."""
    for chunk in chunks:
        yield from _run_chunk(chunk, lambda docs: _code_batch(nlp, settings, docs))


def _merge(chunk: list[Document | Skipped], future) -> Iterator[Coded | Skipped]:
    try:
        results = iter(future.result())
    except BrokenProcessPool:
        # a worker killed from outside (the kernel's out-of-memory killer, kill -9): the documents
        # it held cannot be accounted for, so the run stops with an error rather than lose them
        raise _worker_died([chunk]) from None
    for item in chunk:
        if isinstance(item, Skipped):
            yield item
            continue
        result = next(results)
        yield result if isinstance(result, Skipped) else Coded(item, *result)


def _worker_died(chunks: list[list[Document | Skipped]]) -> DyadsError:
    first = next((item.id for chunk in chunks for item in chunk if isinstance(item, Document)), "?")
    return DyadsError(Errors.E205.format(first=first))


def _run_chunk(chunk: list[Document | Skipped], code) -> Iterator[Coded | Skipped]:
    results = iter(code([d for d in chunk if isinstance(d, Document)]))
    for item in chunk:
        yield item if isinstance(item, Skipped) else next(results)


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last one shorter), taken from the input as they are needed."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def relations_in_text(text: str, date: dt.date | str | None = None, *, doc_id: str = "text", lexicon_dir: str | None = None,
                      model: bool = True) -> list[Relation]:
    """The standing relations one text states ("Russia is Armenia's strategic ally"), as ``code_text`` codes it;
    ``model`` False for the rules alone, without the learned relation model.

    Raises:
        The errors of :func:`code_text`.
    """
    if not isinstance(text, str):
        raise TypeError(f"`text` must be a string, got {type(text).__name__}")
    document = read_text_document(text, doc_id=doc_id, date=published_date(date))
    for result in code_documents([document], lexicon_dir=lexicon_dir, event_model=model):
        if isinstance(result, Skipped):
            raise DocumentError(result.reason)
        return result.relations
    raise AssertionError("code_documents yields one result per document")


def code_text(
    text: str, date: dt.date | str | None = None, *, doc_id: str = "text", lexicon_dir: str | None = None, event_model: bool = True,
) -> list[Event]:
    """Code one text and return its events.

    Args:
        text: the article or sentence.
        date: the publication date (``date`` or ``YYYY-MM-DD``), against which "on Tuesday" resolves.
        doc_id: the id the events carry.
        event_model: False to code with the rules alone.

    Returns:
        The events, possibly none.

    Raises:
        TypeError: ``text`` is not a string, or ``date`` neither a date nor a string.
        ValueError: ``date`` is a string but not YYYY-MM-DD.
        DocumentError: the text cannot be coded: empty (E103), too long (E203), or failed
            (E202, E204); the message says why.
    """
    if not isinstance(text, str):
        raise TypeError(f"`text` must be a string, got {type(text).__name__}")
    document = read_text_document(text, doc_id=doc_id, date=published_date(date))
    for result in code_documents([document], lexicon_dir=lexicon_dir, event_model=event_model):
        if isinstance(result, Skipped):
            raise DocumentError(result.reason)
        return result.events
    raise AssertionError("code_documents yields one result per document")


