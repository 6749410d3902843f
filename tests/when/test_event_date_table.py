"""The team's event-date tables (tests/data/event_dates*.yml): every sentence dated as the table says.

Each row is a sentence, its publication date, a word of the event's trigger and the date a careful
coder gives that event: a day, week, month or year (the first day of the period, with its precision),
``historical`` (background: the event is not coded as news), or null (the event's clauses state no
date, so none may be invented).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from dyads.coder import code_text

DATA = Path(__file__).parents[1] / "data"
# the first table, and a second written later in other wordings (on which dyads first dated 122 of 140 right)
ROWS = [row for name in ("event_dates.yml", "event_dates_new.yml") for row in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]


def test_the_table_covers_every_kind_of_date():
    kinds = {row["kind"] for row in ROWS}
    assert len(ROWS) >= 200
    assert {"future-day", "past-weekday", "historical", "month-only", "year-only", "week", "no-date", "other-clause"} <= kinds


@pytest.mark.parametrize("row", ROWS, ids=[f"{i}-{row['kind']}" for i, row in enumerate(ROWS)])
def test_event_dated_as_the_table_says(row):
    published = row["published"].isoformat() if isinstance(row["published"], dt.date) else row["published"]
    events = [e for e in code_text(row["sentence"], published) if row["trigger"].lower() in e.trigger.lower()]
    if row["date"] == "historical":
        assert events == [], f"background coded as news: {[(e.trigger, e.date) for e in events]}"
        return
    assert events, "no event with this trigger"
    expected = row["date"].isoformat() if isinstance(row["date"], dt.date) else row["date"]
    assert [(e.date, e.date_precision) for e in events] == [(expected, row.get("precision"))] * len(events)
