"""resolve_date: date expressions, as spaCy finds them, against the publication date."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.when import DAY, DECADE, MONTH, WEEK, YEAR, When, resolve_date, resolve_when
from dyads.when.dates import AHEAD_DAYS

WED = dt.date(2019, 12, 4)  # a Wednesday
MON = dt.date(2018, 2, 5)  # a Monday
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


@pytest.mark.parametrize(
    "expression, published, expected",
    [
        # month and day: the latest such day, up to AHEAD_DAYS after publication
        ("December 3", WED, dt.date(2019, 12, 3)),
        ("on December 3", WED, dt.date(2019, 12, 3)),
        ("Dec. 3rd", WED, dt.date(2019, 12, 3)),
        ("3 December", WED, dt.date(2019, 12, 3)),
        ("the 3rd of December", WED, dt.date(2019, 12, 3)),
        ("Tuesday, December 3", WED, dt.date(2019, 12, 3)),
        ("December 5", WED, dt.date(2019, 12, 5)),
        ("December 11", WED, dt.date(2019, 12, 11)),
        ("December 12", WED, dt.date(2018, 12, 12)),
        ("September 26", WED, dt.date(2019, 9, 26)),
        ("January 2", dt.date(2019, 12, 28), dt.date(2020, 1, 2)),
        ("February 29", dt.date(2020, 3, 10), dt.date(2020, 2, 29)),
        ("February 29", WED, None),
        ("April 31", WED, None),
        # full dates
        ("3 December 2019", WED, dt.date(2019, 12, 3)),
        ("December 3, 2019", WED, dt.date(2019, 12, 3)),
        ("Dec. 3rd, 2019", WED, dt.date(2019, 12, 3)),
        ("2019-12-03", WED, dt.date(2019, 12, 3)),
        ("12/03/2019", WED, dt.date(2019, 12, 3)),
        ("February 30, 2019", WED, None),
        ("December 2019 18:40", WED, None),  # dateparser says day precision here
        # weekdays: the latest on or before publication; the same weekday is that day
        ("on Tuesday", WED, dt.date(2019, 12, 3)),
        ("Tuesday", WED, dt.date(2019, 12, 3)),
        ("Wednesday", WED, WED),
        ("Thursday", WED, dt.date(2019, 11, 28)),
        ("Monday", MON, MON),
        ("Monday night", WED, dt.date(2019, 12, 2)),
        ("late on Friday", WED, dt.date(2019, 11, 29)),
        ("early Tuesday", WED, dt.date(2019, 12, 3)),
        ("Sunday's", WED, dt.date(2019, 12, 1)),
        ("last Wednesday", WED, dt.date(2019, 11, 27)),
        ("next Monday", WED, dt.date(2019, 12, 9)),
        # fixed offsets
        ("today", WED, WED),
        ("yesterday", WED, dt.date(2019, 12, 3)),
        ("the day before yesterday", WED, dt.date(2019, 12, 2)),
        ("last night", WED, dt.date(2019, 12, 3)),
        ("late yesterday", WED, dt.date(2019, 12, 3)),
        ("yesterday afternoon", WED, dt.date(2019, 12, 3)),
        ("early today", WED, WED),
        ("this morning", WED, WED),
        ("tomorrow", WED, dt.date(2019, 12, 5)),
        ("two days ago", WED, dt.date(2019, 12, 2)),
        ("3 days ago", WED, dt.date(2019, 12, 1)),
        ("a week ago", WED, dt.date(2019, 11, 27)),
        ("over the weekend", WED, dt.date(2019, 11, 30)),
        # weeks are no day (resolve_when gives them)
        ("this week", WED, None),
        ("last week", WED, None),
        # coarser than a day
        ("December 2019", WED, None),
        ("last November", WED, None),
        ("in May", WED, None),
        ("1988", WED, None),
        ("in 1988", WED, None),
        ("last month", WED, None),
        ("earlier this month", WED, None),
        ("this year", WED, None),
        ("recent weeks", WED, None),
        ("in recent months", WED, None),
        ("the past decade", WED, None),
        # durations and story-internal days
        ("two days", WED, None),
        ("six months", WED, None),
        ("a decade", WED, None),
        ("the second day", WED, None),
        # no publication date: only full dates
        ("3 December 2019", None, dt.date(2019, 12, 3)),
        ("2019-12-03", None, dt.date(2019, 12, 3)),
        ("12/03/2019", None, dt.date(2019, 12, 3)),
        ("December 3", None, None),
        ("the 3rd of December", None, None),
        ("Tuesday", None, None),
        ("yesterday", None, None),
        ("last week", None, None),
    ],
)
def test_resolve_date(expression: str, published: dt.date | None, expected: dt.date | None) -> None:
    assert resolve_date(expression, published) == expected


@pytest.mark.parametrize(
    "expression, published, future, expected",
    [
        # a period is its first day: the Monday of a week, the 1st of a month, January 1st
        ("this week", WED, False, When(dt.date(2019, 12, 2), WEEK)),
        ("earlier this week", WED, False, When(dt.date(2019, 12, 2), WEEK)),
        ("last week", WED, False, When(dt.date(2019, 11, 25), WEEK)),
        ("next week", WED, True, When(dt.date(2019, 12, 9), WEEK)),
        ("last week", MON, False, When(dt.date(2018, 1, 29), WEEK)),
        ("earlier this month", WED, False, When(dt.date(2019, 12, 1), MONTH)),
        ("last month", dt.date(2019, 1, 15), False, When(dt.date(2018, 12, 1), MONTH)),
        ("next month", WED, True, When(dt.date(2020, 1, 1), MONTH)),
        ("in March", WED, False, When(dt.date(2019, 3, 1), MONTH)),
        ("in March", WED, True, When(dt.date(2020, 3, 1), MONTH)),
        ("in December", WED, True, When(dt.date(2019, 12, 1), MONTH)),
        ("mid-March", dt.date(2019, 2, 10), False, When(dt.date(2018, 3, 1), MONTH)),
        ("last November", WED, False, When(dt.date(2019, 11, 1), MONTH)),
        ("last November", dt.date(2019, 11, 20), False, When(dt.date(2018, 11, 1), MONTH)),
        ("next March", dt.date(2019, 2, 10), False, When(dt.date(2019, 3, 1), MONTH)),
        ("March 2019", None, False, When(dt.date(2019, 3, 1), MONTH)),
        ("December 2019", WED, False, When(dt.date(2019, 12, 1), MONTH)),
        ("this year", WED, False, When(dt.date(2019, 1, 1), YEAR)),
        ("earlier this year", WED, False, When(dt.date(2019, 1, 1), YEAR)),
        ("last year", WED, False, When(dt.date(2018, 1, 1), YEAR)),
        ("next year", WED, True, When(dt.date(2020, 1, 1), YEAR)),
        ("in 1988", WED, False, When(dt.date(1988, 1, 1), YEAR)),
        ("late 2018", None, False, When(dt.date(2018, 1, 1), YEAR)),
        ("the 1990s", WED, False, When(dt.date(1990, 1, 1), DECADE)),
        # days keep their day
        ("Tuesday", WED, False, When(dt.date(2019, 12, 3), DAY)),
        ("Tuesday", WED, True, When(dt.date(2019, 12, 10), DAY)),
        # spans and durations name no period
        ("the past year", WED, False, None),
        ("recent weeks", WED, False, None),
        ("six months", WED, False, None),
        ("last month", None, False, None),
        ("in March", None, False, None),
    ],
)
def test_resolve_when(expression: str, published: dt.date | None, future: bool, expected: When | None) -> None:
    assert resolve_when(expression, published, future=future) == expected


@given(
    published=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
)
def test_month_day_falls_in_the_year_before_publication(
    published: dt.date, month: int, day: int
) -> None:
    resolved = resolve_date(f"{MONTH_NAMES[month - 1]} {day}", published)
    assert resolved is not None
    assert (resolved.month, resolved.day) == (month, day)
    earliest, latest = published - dt.timedelta(days=358), published + dt.timedelta(days=AHEAD_DAYS)
    assert earliest <= resolved <= latest


@given(
    published=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)),
    weekday=st.sampled_from(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    ),
)
def test_weekday_is_the_latest_on_or_before_publication(published: dt.date, weekday: str) -> None:
    resolved = resolve_date(weekday, published)
    assert resolved is not None
    assert resolved.strftime("%A") == weekday
    assert published - dt.timedelta(days=6) <= resolved <= published
