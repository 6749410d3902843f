"""The coder: documents in, events out. Read -> parse -> actors -> events -> dates/places -> records.

``code_documents`` streams documents through ``nlp.pipe`` in batches, optionally
in worker processes; a document that fails anywhere comes out as ``Skipped``
with its reason, and the run goes on.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .errors import Errors
from .events import load_event_lexicon
from .parse import MODEL_NAME, load_pipeline
from .petrarch.discards import apply_discards
from .read import read_text_document
from .records import Document, Event, Skipped
from .write.to_records import doc_to_events

if not Doc.has_extension("dyads_error"):
    Doc.set_extension("dyads_error", default=None)


@dataclass(frozen=True)
class Coded:
    """A document that was coded, with its events (possibly none)."""

    document: Document
    events: list[Event]


@dataclass(frozen=True)
class CoderSettings:
    model: str = MODEL_NAME
    lexicon_dir: str | None = None
    batch_size: int = 32
    dictionaries: tuple[tuple[str, str], ...] = ()
    builtin: bool = True


def _make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.id
    doc._.date_published = document.date_published
    return doc


def _code_batch(nlp: Language, settings: CoderSettings, documents: list[Document]) -> list[Coded | Skipped]:
    lexicon = load_event_lexicon(settings.lexicon_dir)
    results: list[Coded | Skipped] = []
    docs = (_make_doc(nlp, d) for d in documents)
    discards = nlp.get_pipe("dyads_events").lexicon.discards
    for document, doc in zip(documents, nlp.pipe(docs, batch_size=settings.batch_size)):
        if doc._.dyads_error:
            results.append(Skipped(document.id, Errors.E202.format(name=document.id, problem=doc._.dyads_error), document.title, document.date_published))
            continue
        reason = apply_discards(doc, discards) if discards else None
        if reason:
            results.append(Skipped(document.id, Errors.E405.format(name=document.id, problem=reason), document.title, document.date_published))
            continue
        try:
            results.append(Coded(document, doc_to_events(doc, document, lexicon)))
        except Exception as exc:  # one odd parse must not empty the batch
            problem = f"{type(exc).__name__}: {exc}"
            results.append(Skipped(document.id, Errors.E202.format(name=document.id, problem=problem), document.title, document.date_published))
    return results


_WORKER: tuple[Language, CoderSettings] | None = None


def _init_worker(settings: CoderSettings) -> None:
    global _WORKER
    _WORKER = (load_pipeline(settings.model, settings.lexicon_dir, settings.dictionaries, settings.builtin), settings)


def _worker_batch(documents: list[Document]) -> list[Coded | Skipped]:
    assert _WORKER is not None
    nlp, settings = _WORKER
    return _code_batch(nlp, settings, documents)


def code_documents(
    documents: Iterable[Document | Skipped],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    lexicon_dir: str | None = None,
    model: str = MODEL_NAME,
    dictionaries: tuple[tuple[str, str], ...] = (),
    builtin: bool = True,
) -> Iterator[Coded | Skipped]:
    """Code documents into events, in input order.

    Args:
        documents: ``Document`` objects (``Skipped`` ones pass straight through, so the
            caller can account for every input).
        n_process: worker processes; 1 codes in this process.
        batch_size: documents per ``nlp.pipe`` batch.
        lexicon_dir: a folder laid out like ``dyads/lexicons`` to use instead of the built-in one.
        model: the spaCy pipeline package.
        dictionaries: PETRARCH dictionaries to import, ``(kind, path)`` pairs (see ``load_pipeline``).
        builtin: False to code with the imported dictionaries only.

    Yields:
        ``Coded`` (the document and its events) or ``Skipped`` (with its reason), one per input.
    """
    settings = CoderSettings(model, lexicon_dir, batch_size, tuple(dictionaries), builtin)
    chunks = _chunks(documents, max(batch_size, 1) * (4 if n_process > 1 else 1))
    if n_process <= 1:
        nlp = load_pipeline(model, lexicon_dir, settings.dictionaries, builtin)
        for chunk in chunks:
            yield from _run_chunk(chunk, lambda docs: _code_batch(nlp, settings, docs))
        return
    with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker, initargs=(settings,)) as pool:
        pending = []
        for chunk in chunks:
            coded = [d for d in chunk if isinstance(d, Document)]
            pending.append((chunk, pool.submit(_worker_batch, coded)))
            if len(pending) >= n_process * 2:
                yield from _merge(*pending.pop(0))
        for chunk, future in pending:
            yield from _merge(chunk, future)


def _merge(chunk: list[Document | Skipped], future) -> Iterator[Coded | Skipped]:
    results = iter(future.result())
    for item in chunk:
        yield item if isinstance(item, Skipped) else next(results)


def _run_chunk(chunk: list[Document | Skipped], code) -> Iterator[Coded | Skipped]:
    results = iter(code([d for d in chunk if isinstance(d, Document)]))
    for item in chunk:
        yield item if isinstance(item, Skipped) else next(results)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def code_text(text: str, date: dt.date | str | None = None, *, doc_id: str = "text", lexicon_dir: str | None = None) -> list[Event]:
    """Code one text and return its events.

    Args:
        text: the article or sentence.
        date: the publication date (``date`` or ``YYYY-MM-DD``), against which "on Tuesday" resolves.
        doc_id: the id the events carry.

    Raises:
        DocumentError: the text is empty.
    """
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    document = read_text_document(text, doc_id=doc_id, date=date)
    for result in code_documents([document], lexicon_dir=lexicon_dir):
        return result.events if isinstance(result, Coded) else []
    return []


def find_actor_records(
    text: str, date: dt.date | None = None, *, lexicon_dir: str | None = None,
    dictionaries: tuple[tuple[str, str], ...] = (), builtin: bool = True,
) -> list[dict]:
    """The actors found in ``text`` as contract actor dicts (``code`` is null where no state is known)."""
    nlp = load_pipeline(MODEL_NAME, lexicon_dir, tuple(dictionaries), builtin)
    doc = nlp.make_doc(text)
    doc._.date_published = date
    with nlp.select_pipes(disable=["dyads_events"]):
        doc = nlp(doc)
    found = []
    for mention in doc._.actors or []:
        if mention.locative:
            continue  # a place ("talks in Baku"), not an actor
        record = mention.actor.to_dict()
        record["code"] = record["code"] or None
        found.append(record)
    return found
