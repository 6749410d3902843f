"""The Python API checks what it is given and says what is wrong; a document it cannot code is never a silent []."""
from __future__ import annotations

import datetime as dt

import pytest

import dyads
from dyads.coder import Coded, code_documents, code_text
from dyads.errors import DocumentError
from dyads.records import Document, Skipped

SENTENCE = "Iran threatened to attack Israel."


@pytest.mark.parametrize("text", [None, 123, b"Iran threatened Israel.", ["Iran"]])
def test_code_text_refuses_what_is_not_a_string(text):
    with pytest.raises(TypeError, match="`text` must be a string"):
        code_text(text)


@pytest.mark.parametrize("date, error", [(20191201, TypeError), (2019.12, TypeError), ("2019-13-01", ValueError), ("Dec 1", ValueError)])
def test_code_text_refuses_a_date_it_cannot_read(date, error):
    with pytest.raises(error, match="publication date"):
        code_text(SENTENCE, date=date)


def test_code_text_takes_dates_and_datetimes(nlp):
    by_string = code_text(SENTENCE, date="2019-12-04")
    by_datetime = code_text(SENTENCE, date=dt.datetime(2019, 12, 4, 18, 30))
    assert by_string and [e.date_published for e in by_string] == [e.date_published for e in by_datetime] == [dt.date(2019, 12, 4)]


def test_code_text_raises_for_a_text_it_cannot_code(nlp):
    with pytest.raises(DocumentError, match=r"\[E103\]"):
        code_text("   ")
    with pytest.raises(DocumentError, match=r"\[E203\].*500,001 characters"):
        code_text("a" * 500_001)


def test_code_text_returns_an_empty_list_only_for_a_coded_text(nlp):
    assert code_text("The weather was mild on Tuesday.") == []


@pytest.mark.parametrize("items", [["a text"], [("a1", "a text")], [{"id": "a1", "text": "x"}], [None]])
def test_code_documents_refuses_items_that_are_not_documents(items):
    with pytest.raises(TypeError, match=r"item 0 of `documents` is a \w+, not a dyads.Document"):
        list(code_documents(items))


@pytest.mark.parametrize("documents", ["a text", Document("a", SENTENCE)])
def test_code_documents_refuses_a_single_item(documents):
    with pytest.raises(TypeError, match="iterable of dyads.Document"):
        code_documents(documents)


@pytest.mark.parametrize("option, value, error", [
    ("n_process", 0, ValueError), ("batch_size", 0, ValueError), ("max_chars", 0, ValueError),
    ("n_process", "2", TypeError), ("time_budget", -1, ValueError), ("time_budget", "fast", ValueError),
])
def test_code_documents_checks_its_options_at_once(option, value, error):
    with pytest.raises(error, match=option):
        code_documents([], **{option: value})


@pytest.mark.parametrize("kwargs, error, words", [
    ({"id": "a", "text": None}, TypeError, "`text` must be a string"),
    ({"id": None, "text": "x"}, TypeError, "`id` must be a non-empty string"),
    ({"id": "", "text": "x"}, TypeError, "`id` must be a non-empty string"),
    ({"id": "a", "text": "x", "date_published": 20191201}, TypeError, "publication date"),
    ({"id": "a", "text": "x", "date_published": "01/12/2019"}, ValueError, "ISO 8601"),
    ({"id": "a", "text": "x", "title": 5}, TypeError, "`title`"),
])
def test_document_checks_its_fields(kwargs, error, words):
    with pytest.raises(error, match=words):
        Document(**kwargs)


def test_document_reads_a_date_string():
    assert Document("a", "x", "2019-12-04").date_published == dt.date(2019, 12, 4)
    assert Document("a", "x", dt.datetime(2019, 12, 4, 23, 59)).date_published == dt.date(2019, 12, 4)


def test_a_repeated_id_is_skipped_not_mixed(nlp):
    documents = [Document("a1", SENTENCE), Document("a1", "Russia accused Ukraine of shelling."), Document("b2", SENTENCE)]
    results = list(dyads.code_documents(documents))
    assert [type(r) for r in results] == [Coded, Skipped, Coded]
    assert results[0].document.text == SENTENCE and "[E115]" in results[1].reason and "'a1'" in results[1].reason
    assert len({r.document.id if isinstance(r, Coded) else r.id for r in results}) == 3
