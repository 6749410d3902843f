"""One JSON line to a Document, field by field (team-written values)."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads.errors import DocumentError
from dyads.read.jsonl import parse_record


@pytest.mark.parametrize("value, expected", [
    ("a1", "a1"), (7, "7"), (0, "0"), (True, "f.jsonl:3"), (False, "f.jsonl:3"), (None, "f.jsonl:3"), ("", "f.jsonl:3"),
    (1.5, "f.jsonl:3"), (["a"], "f.jsonl:3"),
])
def test_id_from_a_string_or_whole_number_else_the_line(value, expected):
    assert parse_record({"id": value, "text": "Iran threatened Israel."}, "f.jsonl", 3).id == expected


@pytest.mark.parametrize("value, expected", [(None, None), ("", None), ("2019-12-04", dt.date(2019, 12, 4))])
def test_missing_or_empty_date_is_none(value, expected):
    assert parse_record({"text": "x", "date": value}, "f.jsonl", 1).date_published == expected


@pytest.mark.parametrize("value", ["04/12/2019", "2019-13-01", 12345, 2019.5, "  "])
def test_bad_date_is_e106(value):
    with pytest.raises(DocumentError, match=r"\[E106\] f\.jsonl line 2"):
        parse_record({"text": "x", "date": value}, "f.jsonl", 2)


@pytest.mark.parametrize("field", ["title", "byline", "url"])
@pytest.mark.parametrize("value, expected", [("  ", None), ("", None), (5, None), ("Talks resume", "Talks resume")])
def test_blank_or_non_string_metadata_is_none(field, value, expected):
    assert getattr(parse_record({"text": "x", field: value}, "f.jsonl", 1), field) == expected


@pytest.mark.parametrize("data", [b"Iran threatened\x00Israel.", b"\x00", b"Text then one NUL at the end\x00"])
def test_a_single_nul_byte_means_binary(data):
    from dyads.read.decode import decode_text

    with pytest.raises(DocumentError, match=r"\[E102\] f\.txt is not UTF-8 text"):
        decode_text(data, "f.txt")
