"""Flat memory in the store path: ``new_documents`` streams its input and reads only the hashes it needs."""
from __future__ import annotations

import itertools
from collections.abc import Iterator

import dyads
from dyads.records import Document
from dyads.store import api, duck

from .synthetic import make_coded


def _counted(documents: list[Document], taken: list[int]) -> Iterator[Document]:
    for document in documents:
        taken[0] += 1
        yield document


def test_new_documents_passes_documents_on_before_the_input_ends(db):
    documents = [Document(f"d{n}", f"Story number {n}.") for n in range(api.HASH_LOOKUP_BATCH * 3)]
    taken = [0]
    with dyads.open(db) as store:
        stream = store.new_documents(_counted(documents, taken))
        assert next(stream).id == "d0"
        # one batch read, not the whole input: a reader of millions is not held in memory
        assert taken[0] <= api.HASH_LOOKUP_BATCH
        assert [d.id for d in stream] == [d.id for d in documents[1:]]


def test_only_the_hashes_of_the_documents_asked_for_are_read(db):
    with dyads.open(db) as store:
        store.add([make_coded(f"s{n}", [], text=f"Stored story {n}.") for n in range(5)])
        after = store.sql("SELECT max(coded_at) + INTERVAL 1 SECOND AS t FROM documents", frame="rows").rows[0][0]
        assert set(duck.stored_hashes(store._con, ["s1", "s3", "missing"], after)) == {"s1", "s3"}


def test_unchanged_documents_are_found_batch_by_batch(db):
    stored = [make_coded(f"s{n}", [], text=f"Stored story {n}.") for n in range(api.HASH_LOOKUP_BATCH + 5)]
    with dyads.open(db) as store:
        store.add(stored)
        again = [result.document for result in stored] + [Document("new", "A new story.")]
        assert [d.id for d in store.new_documents(again)] == ["new"]
        assert store.counts.unchanged == len(stored)


def test_a_repeat_stored_meanwhile_is_not_unchanged(db):
    """Only what was stored before the call counts: an id's first copy stored during the run does not make its repeat unchanged."""
    first = make_coded("dup", [], text="The same story.")
    filler = [Document(f"f{n}", f"Filler story {n}.") for n in range(api.HASH_LOOKUP_BATCH - 1)]
    with dyads.open(db) as store:
        stream = store.new_documents([first.document, *filler, first.document])
        passed = [d.id for d in itertools.islice(stream, api.HASH_LOOKUP_BATCH)]
        store.add([first])  # the first copy is stored before the repeat's batch is looked up
        passed += [d.id for d in stream]
    assert passed.count("dup") == 2
