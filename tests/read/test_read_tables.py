"""Inputs users have: JSON Lines with other key names and date forms, CSV, gzip, --field."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import logging

import pytest
from click.testing import CliRunner

from dyads.cli import main
from dyads.read import read_documents
from dyads.records import Document, Skipped


def _read(path, **kwargs) -> dict[str, Document | Skipped]:
    return {item.id: item for item in read_documents([str(path)], **kwargs)}


def _lines(*records: dict) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


@pytest.mark.parametrize("value, day", [
    ("2019-01-04", dt.date(2019, 1, 4)),
    ("2019-01-04T10:00:00Z", dt.date(2019, 1, 4)),
    ("2019-01-04T23:30:00-05:00", dt.date(2019, 1, 4)),  # the day as written, not moved to UTC
    ("2019-01-04 10:00", dt.date(2019, 1, 4)),
    ("20190104", dt.date(2019, 1, 4)),
    (20190104, dt.date(2019, 1, 4)),
])
def test_dates_in_any_iso_form(tmp_path, value, day):
    path = tmp_path / "d.jsonl"
    path.write_text(_lines({"id": "a", "text": "Kenya and Uganda held talks.", "date": value}), encoding="utf-8")
    assert _read(path)["a"].date_published == day


@pytest.mark.parametrize("value", ["04/12/2019", "2019-13-01", "20191301", "yesterday"])
def test_a_date_that_is_no_date_skips_the_line_with_its_reason(tmp_path, value):
    path = tmp_path / "d.jsonl"
    path.write_text(_lines({"id": "a", "text": "Kenya and Uganda held talks.", "date": value},
                           {"id": "b", "text": "Kenya and Uganda held talks."}), encoding="utf-8")
    read = _read(path)
    assert isinstance(read["a"], Skipped) and read["a"].reason.startswith("[E106]") and repr(value) in read["a"].reason
    assert isinstance(read["b"], Document)


def test_the_usual_key_names_are_read(tmp_path):
    path = tmp_path / "k.jsonl"
    path.write_text(_lines(
        {"doc_id": "a", "body": "Kenya and Uganda held talks.", "published": "2019-01-04", "headline": "Talks",
         "authors": ["A. Writer", "B. Writer"], "link": "https://example.org/a"},
        {"guid": "b", "content": "Chad closed its border.", "pub_date": "2020-02-02"},
    ), encoding="utf-8")
    read = _read(path)
    a, b = read["a"], read["b"]
    assert isinstance(a, Document) and isinstance(b, Document)
    assert (a.text, a.date_published, a.title, a.byline, a.url) == (
        "Kenya and Uganda held talks.", dt.date(2019, 1, 4), "Talks", "A. Writer, B. Writer", "https://example.org/a")
    assert (b.text, b.date_published) == ("Chad closed its border.", dt.date(2020, 2, 2))


def test_a_field_mapping_reads_another_key_and_unknown_keys_are_reported(tmp_path, caplog):
    path = tmp_path / "f.jsonl"
    path.write_text(_lines({"id": "a", "story_text": "Chad closed its border.", "when": "2020-02-02", "desk": "Africa"}),
                    encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="dyads"):
        unmapped = _read(path)
    assert isinstance(unmapped["a"], Skipped) and unmapped["a"].reason.startswith("[E105]")
    assert "keys not read: desk, story_text, when" in caplog.text
    mapped = _read(path, fields={"text": "story_text", "date": "when"})
    assert isinstance(mapped["a"], Document) and mapped["a"].date_published == dt.date(2020, 2, 2)


def test_csv_plain_and_gzip(tmp_path):
    rows = 'id,headline,content,date\nc1,Talks,"Armenia and Azerbaijan held talks, again.",2020-11-10\nc2,Empty,,2020-11-11\nc3,,"Chad closed its border.",\n'
    plain = tmp_path / "news.csv"
    plain.write_text(rows, encoding="utf-8")
    packed = tmp_path / "more.csv.gz"
    packed.write_bytes(gzip.compress(rows.replace("c1", "g1").replace("c2", "g2").replace("c3", "g3").encode("utf-8")))
    for read, prefix in ((_read(plain), "c"), (_read(packed), "g")):
        first = read[f"{prefix}1"]
        assert isinstance(first, Document) and first.text == "Armenia and Azerbaijan held talks, again."
        assert first.title == "Talks" and first.date_published == dt.date(2020, 11, 10)
        second = next(item for key, item in read.items() if key.endswith(":3"))
        assert isinstance(second, Skipped) and second.reason.startswith("[E105]") and "line 3" in second.reason
        assert isinstance(read[f"{prefix}3"], Document) and read[f"{prefix}3"].date_published is None


def test_jsonl_gzip_and_a_broken_gzip(tmp_path):
    good = tmp_path / "a.jsonl.gz"
    good.write_bytes(gzip.compress(_lines({"id": "z", "text": "Chad closed its border."}).encode("utf-8")))
    assert isinstance(_read(good)["z"], Document)
    broken = tmp_path / "b.jsonl.gz"
    broken.write_bytes(b"not gzip at all")
    items = list(read_documents([str(broken)]))
    assert len(items) == 1 and isinstance(items[0], Skipped) and items[0].reason.startswith("[E101]")


def test_a_document_takes_a_date_string():
    assert Document("a", "text", "2019-01-04T10:00:00Z").date_published == dt.date(2019, 1, 4)
    with pytest.raises(ValueError, match="Document 'a'.*ISO 8601"):
        Document("a", "text", "04/12/2019")


def test_field_option_on_the_command_line(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_text(_lines({"id": "a", "story_text": "Kenya and Uganda held talks in Nairobi.", "when": "2020-02-02"}),
                    encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["code", str(path), "--field", "text=story_text", "--field", "date=when", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert events and events[0]["date_published"] == "2020-02-02"
    bad = CliRunner().invoke(main, ["code", str(path), "--field", "body", "-o", str(out)])
    assert bad.exit_code == 2 and "FIELD=KEY" in bad.output


def test_undated_documents_are_counted_and_said_and_a_date_can_be_assumed(tmp_path):
    path = tmp_path / "u.jsonl"
    path.write_text(_lines({"id": "u1", "text": "Kenya and Uganda held talks in Nairobi on Monday."},
                           {"id": "d1", "text": "Kenya and Uganda held talks in Nairobi on Monday.", "date": "2020-03-05"}),
                    encoding="utf-8")
    out, docs = tmp_path / "e.jsonl", tmp_path / "d.jsonl"
    result = CliRunner().invoke(main, ["code", str(path), "-o", str(out), "--docs", str(docs)])
    assert result.exit_code == 0, result.output
    assert "undated: 1" in result.output and "warning: 1 coded document(s) have no publication date" in result.output
    notes = {r["doc_id"]: r["date_note"] for r in map(json.loads, docs.read_text(encoding="utf-8").splitlines())}
    assert notes == {"u1": "no publication date found: events undated", "d1": None}
    undated = [e for e in map(json.loads, out.read_text(encoding="utf-8").splitlines()) if e["doc_id"] == "u1"]
    assert undated and all(e["date"] is None and e["date_published"] is None for e in undated)  # "Monday" not guessed

    result = CliRunner().invoke(main, ["code", str(path), "-o", str(out), "--docs", str(docs), "--assume-date", "2020-03-05"])
    assert result.exit_code == 0 and "undated" not in result.output and "date assumed: 1" in result.output
    notes = {r["doc_id"]: r["date_note"] for r in map(json.loads, docs.read_text(encoding="utf-8").splitlines())}
    assert notes["u1"] == "no publication date found: --assume-date used"
    assumed = [e for e in map(json.loads, out.read_text(encoding="utf-8").splitlines()) if e["doc_id"] == "u1"]
    assert assumed and all(e["date_published"] == "2020-03-05" and e["date"] == "2020-03-02" for e in assumed)


def test_a_dateline_taken_off_a_page_is_kept_as_the_story_place(tmp_path):
    (tmp_path / "lima.txt").write_text(
        "Police detain protesters in Lima\n\nLIMA -- Police detained dozens of protesters on Tuesday.\n", encoding="utf-8")
    (tmp_path / "nairobi.txt").write_text(
        "Kenyan police fire tear gas\n\nNAIROBI, Kenya (Reuters) - Police fired tear gas at students on Monday.\n", encoding="utf-8")
    read = {item.id.rsplit("/", 1)[-1]: item for item in read_documents([str(tmp_path)])}
    lima, nairobi = read["lima.txt"], read["nairobi.txt"]
    assert isinstance(lima, Document) and (lima.dateline, lima.agency) == ("LIMA", None)
    assert lima.text.startswith("Police detained")  # the dateline is no part of the first sentence
    assert isinstance(nairobi, Document) and (nairobi.dateline, nairobi.agency) == ("NAIROBI, Kenya", "Reuters")
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["code", str(tmp_path), "--assume-date", "2020-03-05", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    events = {e["doc_id"].rsplit("/", 1)[-1]: e for e in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert events["lima.txt"]["source"][0]["code"] == "PER" and "Police=context:dateline" in events["lima.txt"]["why"]
    assert events["nairobi.txt"]["source"][0]["code"] == "KEN"
