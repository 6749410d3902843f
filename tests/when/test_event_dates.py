"""Event dates from the event's own words: future events read forward, names with day words are no dates."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads.coder import code_text
from dyads.when.dates import resolve_date


@pytest.mark.parametrize("text, published, expected", [
    # an event to come reads a date without its year forward, one that happened backward
    ("Iran and Iraq will resume talks on April 1.", "1987-03-04", "1987-04-01"),
    ("Iran and Iraq resumed talks on April 1.", "1987-04-10", "1987-04-01"),
    ("Kenya and Uganda will meet on Friday.", "2020-03-04", "2020-03-06"),
    ("Kenya and Uganda met on Friday.", "2020-03-04", "2020-02-28"),
    ("Kenya and Uganda plan to hold talks on Friday.", "2020-03-04", "2020-03-06"),
    ("Russia criticised Ukraine on Sunday.", "2019-05-14", "2019-05-12"),
    # a name with a day word in it is no date
    ("On Meet the Press Sunday, the senator criticised China.", "2019-05-14", None),
    ("Britain and Ireland signed the Good Friday Agreement.", "2019-05-14", None),
])
def test_event_date(text, published, expected):
    events = code_text(text, published)
    assert events and {e.date for e in events} == {expected}


def test_future_reading_only_changes_dates_without_a_year():
    assert resolve_date("April 1", dt.date(1987, 3, 4), future=True).isoformat() == "1987-04-01"
    assert resolve_date("April 1, 1986", dt.date(1987, 3, 4), future=True).isoformat() == "1986-04-01"
    assert resolve_date("yesterday", dt.date(1987, 3, 4), future=True).isoformat() == "1987-03-03"


@pytest.mark.parametrize("text, published, coded", [
    # background in the event's own clause: a past year or a past war is not news of the day
    ("In 1985, Iraqi jets bombed Tehran.", "2019-03-04", False),
    ("During the Second World War, German bombers attacked London.", "2019-03-04", False),
    ("Iraqi jets bombed Tehran in 1985.", "2019-03-04", False),
    ("Iraqi jets bombed Tehran last year.", "2019-03-04", False),
    ("Iraqi jets bombed Tehran in 2018.", "2019-03-04", False),
    ("Iraqi jets bombed Tehran in the 1980s.", "2019-03-04", False),
    # a recent month, this year, a day the sentence names, or a year in another clause keep the event
    ("Iraqi jets bombed Tehran in December 2018.", "2019-03-04", True),
    ("Iraqi jets bombed Tehran earlier this year.", "2019-03-04", True),
    ("Czechia and China signed an agreement today to increase trade in 1983.", "2000-01-01", True),
    ("Turkish troops shelled Kurdish positions near Afrin on Monday, in a campaign that began in 2010.", "2020-03-04", True),
])
def test_historical_background_is_not_coded_as_news(text, published, coded):
    assert bool(code_text(text, published)) is coded


def test_why_names_the_words_and_the_clause_of_each_date():
    met = code_text("Iranian and Saudi diplomats met in Baghdad on Tuesday.", "2023-04-13")
    assert met and all('date=own-clause("Tuesday")' in e.why and (e.date, e.date_precision) == ("2023-04-11", "day") for e in met)
    [rejects] = code_text("Lavrov said on Monday that Moscow rejects the proposal.", "2023-04-13")
    assert 'date=reporting-clause("Monday")' in rejects.why and rejects.date == "2023-04-10"
    undated = code_text("Iranian and Saudi diplomats met in Baghdad.", "2023-04-13")
    assert undated and all("date=" not in e.why and e.date is None and e.date_precision is None for e in undated)
