"""One document never holds up or empties a run: the size limit, the time budget, a failing batch."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from dyads.coder import Coded, CoderSettings, _code_batch, code_documents
from dyads.parse.entities import entities_in
from dyads.pipeline import load_pipeline
from dyads.records import Document, Skipped

GOOD = "Turkish troops shelled Kurdish positions near Afrin on Monday."
OTHER = "Russia accused Ukraine of shelling civilians in Donetsk."


def test_a_document_over_the_limit_is_skipped_and_its_batch_coded(nlp):
    documents = [Document("a", GOOD), Document("huge", GOOD + " x" * 300_000), Document("c", OTHER)]
    results = list(code_documents(documents))
    assert [type(r) for r in results] == [Coded, Skipped, Coded]
    assert results[1].reason.startswith("[E203] huge has 600,062 characters, more than the limit of 500,000")
    assert results[0].events and results[2].events


def test_the_limit_is_an_option(nlp):
    assert len(OTHER) < len(GOOD)
    results = list(code_documents([Document("a", OTHER), Document("b", GOOD)], max_chars=len(OTHER)))
    assert isinstance(results[0], Coded) and isinstance(results[1], Skipped) and "[E203]" in results[1].reason
    # spaCy's own limit follows, so that a raised limit lets spaCy take more than its default million characters
    coders_nlp = CoderSettings().pipeline()
    assert coders_nlp.max_length == len(OTHER)
    assert isinstance(next(code_documents([Document("a", GOOD)], max_chars=2_000_000)), Coded)
    assert coders_nlp.max_length == 2_000_000


def test_a_document_over_its_time_budget_is_skipped(nlp):
    results = list(code_documents([Document("a", GOOD)], time_budget=1e-9))
    assert isinstance(results[0], Skipped) and results[0].reason.startswith("[E204] a: coding took longer than its time budget")
    for unlimited in (None, 0):
        assert isinstance(next(code_documents([Document("a", GOOD)], time_budget=unlimited)), Coded)


@pytest.fixture(scope="module")
def failing_nlp():
    """A fresh pipeline (not the shared one) with a component that fails on one word, as a bug in spaCy would."""

    @Language.component("fail_on_kaboom")
    def fail_on_kaboom(doc):
        if any(token.text == "kaboom" for token in doc):
            raise RuntimeError("kaboom")
        return doc

    nlp = load_pipeline.__wrapped__()
    nlp.add_pipe("fail_on_kaboom", after="parser")
    return nlp


def test_a_batch_spacy_fails_is_coded_one_by_one(failing_nlp):
    documents = [Document("a", GOOD), Document("bad", "kaboom went the parser."), Document("c", OTHER)]
    results = _code_batch(failing_nlp, CoderSettings(batch_size=8), documents)
    assert [type(r) for r in results] == [Coded, Skipped, Coded]
    assert [r.document.id if isinstance(r, Coded) else r.id for r in results] == ["a", "bad", "c"]
    assert results[1].reason.startswith("[E202] bad: parsing failed: RuntimeError: kaboom")
    assert results[0].events and results[2].events


def test_a_document_spacy_cannot_take_is_skipped_alone(nlp):
    # a lone surrogate is no UTF-8: spaCy's tokenizer fails on it, in the middle of the batch
    documents = [Document("a", GOOD), Document("odd", "Iran threatened Israel. \ud800"), Document("c", OTHER)]
    results = list(code_documents(documents))
    assert [type(r) for r in results] == [Coded, Skipped, Coded]
    assert results[1].reason.startswith("[E202] odd: parsing failed: UnicodeEncodeError")


# some parts end on a name with no full stop, so that an entity ends where its sentence ends
_PARTS = [GOOD, OTHER, "Mr. Smith met Angela Merkel in Berlin on 3 May 2019.", "Nothing here.",
          "Talks were held in Berlin", "The envoy met Vladimir Putin", "\n\n"]


def test_entities_in_keeps_an_entity_that_ends_its_sentence(nlp):
    doc = nlp("The envoy met Vladimir Putin\n\nTalks were held in Berlin")
    last = [entities_in(sent)[-1].text for sent in doc.sents if entities_in(sent)]
    assert "Berlin" in last and any(sent.ents and sent.ents[-1].end == sent.end for sent in doc.sents)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=8))
def test_entities_in_a_sentence_are_spacys(nlp, parts):
    doc = nlp("\n\n".join(parts))
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in entities_in(sent)] == [(e.start, e.end, e.label_) for e in sent.ents]
    assert [(e.start, e.end) for e in entities_in(doc)] == [(e.start, e.end) for e in doc.ents]
