"""Flat memory: the coder streams its input (a result comes out long before the input ends), holds no set of every id,
and leaves no parsed Doc for the garbage collector."""
from __future__ import annotations

import datetime as dt
import gc
import itertools
from collections.abc import Iterator

from spacy.tokens import Doc

from dyads import coder
from dyads.cli import _date_note
from dyads.read import ASSUMED
from dyads.records import Document


def _many(taken: list[int]) -> Iterator[Document]:
    """100,000 documents, made as they are asked for: a coder that listed its input first would take them all."""
    for number in range(100_000):
        taken[0] += 1
        yield Document(f"d{number}", "Russia accused Ukraine of violating the ceasefire.", dt.date(2019, 12, 4))


def test_results_come_out_while_the_input_is_still_being_read(nlp):
    taken = [0]
    results = coder.code_documents(_many(taken), batch_size=4)
    first = next(results)
    assert first.document.id == "d0" and first.events
    assert taken[0] <= 4 + 1  # one batch (and the reader's look-ahead of one), not the whole input


def test_two_workers_stream_too(nlp):
    taken = [0]
    results = coder.code_documents(_many(taken), n_process=2, batch_size=4)
    assert [r.document.id for r in itertools.islice(results, 3)] == ["d0", "d1", "d2"]
    # a few tasks queued ahead per worker, a bounded number whatever the input's length
    chunk = min(4, coder.WORKER_CHUNK)
    assert taken[0] <= 2 * 4 * chunk + chunk + 1
    results.close()


def test_an_assumed_date_is_forgotten_once_its_document_is_out():
    assumed = {"a", "b"}
    assert _date_note(Document("a", "Text.", dt.date(2020, 3, 5)), assumed) == ASSUMED
    assert assumed == {"b"}


def test_a_coded_doc_is_freed_as_soon_as_its_results_are_out(nlp):
    # A Doc in a reference cycle waits for the collector's full pass, which comes more seldom the more
    # the process holds, so that the Docs waiting for it (and the peak RSS) grew with the input.
    documents = [Document(f"d{number}", "Russia accused Ukraine of violating the ceasefire.", dt.date(2019, 12, 4)) for number in range(3)]
    gc.collect()
    gc.disable()
    try:
        results = list(coder.code_documents(documents))
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        waiting = sum(isinstance(item, Doc) for item in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert all(result.events and result.events[0].source for result in results)  # the stages ran and made spans
    assert waiting == 0
