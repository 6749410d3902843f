"""More page layouts: a labelled US-style timestamp, a byline with its agency, wire datelines."""
from __future__ import annotations

import datetime as dt

from dyads.read import read_documents
from dyads.read.cleanup import strip_wire_dateline


def _read(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    [document] = list(read_documents([str(path)]))
    return document


def test_published_label_with_us_time_zone_and_agency_byline(tmp_path):
    document = _read(tmp_path, (
        "World | Politics | Business\n\nIran and Saudi Arabia agree to restore ties\n\n"
        "Published: March 10, 2023 at 4:15 p.m. ET\n\nBy Jane Smith, Reuters\n\n"
        "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.\n"
    ))
    assert document.title == "Iran and Saudi Arabia agree to restore ties"
    assert document.date_published == dt.date(2023, 3, 10)
    assert document.byline == "Jane Smith"
    assert document.text.startswith("Iran and Saudi Arabia agreed")


def test_wire_dateline_leaves_the_body(tmp_path):
    document = _read(tmp_path, "MOSCOW, Dec 3 (Reuters) - Russia accused Ukraine of shelling a village.\n\nKyiv denied it.\n")
    assert document.text.startswith("Russia accused Ukraine")
    assert document.date_published is None  # "Dec 3" has no year


def test_wire_dateline_alone_is_no_paragraph(tmp_path):
    # Found by bench/fuzz_readers.py: the dateline's paragraph was left as an empty string.
    headline = "Russia accuses Ukraine of shelling a village\n\n"
    document = _read(tmp_path, headline + "MOSCOW, Dec 3, 2019 (Reuters) -\n\nKyiv denied it.\n")
    assert document.text == "Kyiv denied it."
    assert document.date_published == dt.date(2019, 12, 3)
    assert _read(tmp_path, headline + "MOSCOW, Dec 3 (Reuters) - \n").reason.startswith("[E107]")


def test_wire_dateline_forms():
    assert strip_wire_dateline("KYIV, Ukraine (AP) — Russian drones struck the capital.") == ("Russian drones struck the capital.", None)
    assert strip_wire_dateline("PARIS, March 4, 2023 (AFP) - France recalled its envoy.") == ("France recalled its envoy.", dt.date(2023, 3, 4))
    assert strip_wire_dateline("Russia (and its allies) - a long story.") == ("Russia (and its allies) - a long story.", None)
