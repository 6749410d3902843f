"""Records and writers in detail: format choice, the flat CSV row, the fields an event record carries."""
from __future__ import annotations

import json

import pytest

from dyads import code_text
from dyads.errors import DyadsError
from dyads.events.lexicon import load_event_lexicon
from dyads.write.writers import CSV_COLUMNS, flat_row, guess_format, open_writer


@pytest.mark.parametrize("path, fmt, expected", [
    ("events.jsonl", None, "jsonl"), ("events.ndjson", None, "jsonl"), ("events.json", None, "jsonl"),
    ("events.csv", None, "csv"), ("events.parquet", None, "parquet"), ("events.pq", None, "parquet"),
    ("EVENTS.CSV", None, "csv"), ("Events.Parquet", None, "parquet"), ("out/events.JSONL", None, "jsonl"),
    ("events", None, "jsonl"), ("/dev/stdout", None, "jsonl"), ("-", None, "jsonl"), ("events.txt", "csv", "csv"), ("events.csv", "parquet", "parquet"),
])
def test_format_from_the_option_else_the_extension(path, fmt, expected):
    assert guess_format(path, fmt) == expected


@pytest.mark.parametrize("path", ["events.tsv", "events.xlsx", "events.txt", "out.d/EVENTS.XML"])
def test_an_unknown_extension_is_an_error_naming_the_allowed_ones(path):
    # it used to write JSON Lines under the name, silently
    with pytest.raises(DyadsError, match=r"\[E608\].*'\.\w+'.*\.jsonl, \.ndjson, \.json, \.csv, \.parquet, \.pq, or give --format"):
        guess_format(path, None)


def test_unknown_format_is_a_clear_error():
    with pytest.raises(DyadsError, match=r"\[E601\] unknown output format 'xml'"):
        guess_format("events.xml", "xml")


def test_flat_row_keeps_direction_speaker_and_place(nlp):
    [event] = code_text("Russian Foreign Minister Sergey Lavrov said that Turkish troops attacked Syrian villages near Afrin.", "2019-12-04")
    row = flat_row(event.to_dict())
    assert set(row) == set(CSV_COLUMNS)
    assert (row["event"], row["source_codes"], row["target_codes"], row["speaker_code"]) == ("ASSAULT", "TUR", "SYR", "RUS")
    assert row["source_sectors"] == "MIL" and json.loads(row["source"])[0]["code"] == "TUR"
    assert json.loads(row["target"])[0]["code"] == "SYR"
    assert row["location_country"] == "SYR" and row["location_name"] and row["lat"] is not None


def test_csv_file_rows_in_order(nlp, tmp_path):
    events = code_text("Russia accused Ukraine of shelling. Japan sent humanitarian aid to the Philippines.", "2019-12-04", doc_id="d")
    path = tmp_path / "EVENTS.CSV"
    with open_writer(str(path)) as writer:
        writer.write(events)
    import csv

    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["sentence_index"], r["event"], r["source_codes"], r["target_codes"]) for r in rows] == [
        ("0", "ACCUSE", "RUS", "UKR"), ("1", "AID", "JPN", "PHL")]
    assert writer.count == 2


def test_record_carries_publication_date_cameo_and_exact_goldstein(nlp):
    [event] = code_text("Russia imposed sanctions on Ukraine.", "2019-12-10", doc_id="d")
    record = event.to_dict()
    assert (record["event"], record["cameo"], record["goldstein"]) == ("SANCTION", "163", -8.0)  # 163, not its root 16 (-4.0)
    assert record["date_published"] == "2019-12-10" and record["date"] is None
    assert record["sentence_index"] == 0 and record["doc_id"] == "d"


def test_goldstein_of_an_unlisted_code_falls_back_to_its_parent():
    lexicon = load_event_lexicon()
    three = next(code for code in lexicon.cameo if len(code) == 3 and code + "9" not in lexicon.cameo
                 and lexicon.cameo[code].goldstein != lexicon.cameo[code[:2]].goldstein)
    assert lexicon.goldstein(three + "9") == lexicon.cameo[three].goldstein


def test_the_date_nearest_the_trigger_is_the_event_date(nlp):
    [event] = code_text("Turkish troops shelled Syrian villages near Afrin on Monday, a week after the talks on 2 December.", "2019-12-10")
    assert event.event == "ASSAULT" and event.date == "2019-12-09"  # Monday, not 2 December


def test_a_three_party_meeting_is_one_event(nlp):
    [event] = code_text("Iran, Russia and Turkey held talks in Astana.", "2019-12-10")
    assert event.event == "CONSULT" and [a.code for a in event.source] == ["IRN", "RUS", "TUR"] and event.target == []
    assert "multilateral" in event.why
