"""Resolve a DATE entity ("December 3", "on Tuesday", "yesterday") to a calendar day.

The event record's ``date`` is a day (``YYYY-MM-DD``), so only expressions that name
a day, or that can stand for one by a fixed rule, resolve; everything coarser
returns ``None`` rather than a guess. News reports the past, so a date that leaves
out its year (or a bare weekday) is read as the latest such day on or before
publication, with a short allowance for announced events.

Leading prepositions ("on", "in", "at", "since", "by", "late on", "early on", ...)
and a time of day ("Monday night", "late yesterday") are ignored. The rules:

* ``today``, ``tonight``, ``this morning`` ... -> the publication date;
  ``yesterday``, ``last night`` -> the day before; ``tomorrow`` -> the day after;
  ``the day before yesterday`` -> two days before.
* A weekday ("Tuesday", "Monday night", "late on Friday") -> the latest such
  weekday on or before publication, so "Wednesday" in a Wednesday article is that
  same day. "last Tuesday" is strictly before publication; "next Tuesday" strictly
  after it.
* ``N days ago`` / ``N weeks ago`` -> publication minus N days / N weeks.
* ``the weekend`` (also "this" or "last weekend") -> the latest Saturday on or before publication.
* A month and day ("December 3", "3 December", "Dec. 3rd") -> the latest such day
  no more than ``AHEAD_DAYS`` (7) days after publication: in an article of
  2019-12-04, "December 3" is 2019-12-03, "December 10" is 2019-12-10 (an announced
  event), "December 20" is 2018-12-20. February 29 resolves only to a leap day in
  that window.
* A full date ("3 December 2019", "December 3, 2019", "2019-12-03") -> that day,
  with or without a publication date.
* Other forms with a month name or a numeric date ("12/03/2019", read month first
  as in US English) go to dateparser, and are kept only where it reports day
  precision; a date it finds without a year gets the month-and-day rule above.

Coarser expressions resolve, in :func:`resolve_when`, to the first day of the period they name
with its precision (as ACLED's time_precision): ``this week``, ``earlier this week`` -> the Monday
of the publication's week, ``last week`` / ``next week`` -> the Monday before / after it (week);
``this month``, ``last month``, ``next month``, ``March``, ``mid-March``, ``last November``,
``March 2019`` -> the 1st of that month (month: a month without a year is the latest one begun
by publication, or for an event to come the first one not yet over); ``this year``, ``last year``,
``next year``, ``2019``, ``early 2019`` -> January 1st (year); a decade ("the 1990s") -> its first
year, with precision ``decade``. :func:`resolve_date` keeps to days and returns ``None`` for all
of these. Vague spans ("recent weeks", "the past decade", "in recent months"), durations
("two days", "six months", "a decade") and ordinals of a story ("the second day") are ``None``.
Without a publication date, only full dates (and years and months with their year) resolve.

dateparser is called only on short expressions that contain a month name or a
numeric date, because its own reading of weekdays (a Wednesday article's
"Wednesday" becomes a week earlier), of dates without a year (no allowance for
announced events) and of durations ("two days" becomes two days ago) does not
follow the rules above. Results are cached by (normalised expression, publication
date), since a corpus repeats the same few expressions and dates.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

from dateutil.easter import easter

AHEAD_DAYS = 7
"""How many days after publication a date without a year may fall (announced events)."""

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
# Day offsets from publication for fixed expressions.
_OFFSETS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "overnight": 0,
    "yesterday": -1, "last night": -1, "the day before yesterday": -2,
    "tomorrow": 1,
}
# Week, month and year offsets from the publication's own ("earlier this week", "last month").
_PERIOD = re.compile(r"^(?:(?:earlier|later|late|early|mid)[\s-]+)?(this|last|next|the coming)\s+(week|month|year)$")
# "earlier in the week", "the first half of this year", "by the end of the year", "later this month": the publication's own
_IN_THE_PERIOD = re.compile(
    r"^(?:(?:earlier|later|early|late)\s+in\s+the|the\s+(?:first|second)\s+half\s+of\s+(?:this|the)|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:this|the))"
    r"\s+(week|month|year)$"
)
# "this past weekend", "this coming Monday": said to make plain which one is meant
_THIS_PAST = re.compile(r"^this\s+(past|coming)\s+")
# "on the 12th": a day of the month, which is the publication's month or the one before
_ORDINAL_DAY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$")
# "05.02.2024": day first, as everywhere that writes dates with dots
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_PERIOD_OFFSET = {"this": 0, "last": -1, "next": 1, "the coming": 1}
_SATURDAY = 5
_WEEKEND = frozenset({"weekend", "the weekend", "this weekend", "last weekend"})

# Prepositions and time-of-day words that do not change the day ("late on Friday").
_LEADING = re.compile(r"^(?:(?:late|early)\s+on|on|in|at|by|as of|during|over|of)\s+")
# The start or end of a span ("since Monday", "until Friday"): no day for an event.
_SPAN = re.compile(r"^(?:since|until|till|from|through|throughout)\b")
# Named days: (month, day), or days from Easter Sunday.
_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1), "new years day": (1, 1), "new years eve": (12, 31),
}
_EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "holy saturday": -1, "palm sunday": -7}
_TIME_OF_DAY = re.compile(r"^(?:late|early)\s+|\s+(?:morning|afternoon|evening|night)$")
_POSSESSIVE = re.compile(r"['’]s$")

_WEEKDAY = re.compile(rf"^(?:(last|this|past|next)\s+)?({'|'.join(_WEEKDAYS)})$")
_AGO = re.compile(rf"^(\d+|{'|'.join(_NUMBERS)})\s+(day|week)s?\s+ago$")
_MONTH = rf"({'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
_WEEKDAY_PREFIX = rf"(?:(?:{'|'.join(_WEEKDAYS)}),?\s+)?"
_MONTH_DAY = re.compile(rf"^{_WEEKDAY_PREFIX}{_MONTH}\s+{_DAY}{_YEAR}$")
_DAY_MONTH = re.compile(rf"^{_WEEKDAY_PREFIX}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}{_YEAR}$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# What a dateparser fallback needs to see: a month name or a numeric date.
_ABSOLUTE = re.compile(rf"\b{_MONTH}(?:\s|$)|\b\d{{1,4}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b")
_HAS_YEAR = re.compile(r"\b\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b")
_PART_OF = r"(?:(?:early|late|mid|the end of|the start of|the beginning of|the middle of)[\s-]*)?"
_MONTH_ONLY = re.compile(rf"^{_PART_OF}(?:(last|this|next)\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?$")
_YEAR_ONLY = re.compile(rf"^{_PART_OF}((?:1[0-9]|20)\d\d)$")
_DECADE = re.compile(rf"^(?:the\s+)?{_PART_OF}(?:the\s+)?((?:1[0-9]|20)\d0)['’]?s$")

DAY, WEEK, MONTH, YEAR, DECADE = "day", "week", "month", "year", "decade"


class When(NamedTuple):
    """A resolved date expression: the first day of the period it names, and the period's length."""

    date: dt.date
    precision: str  # DAY, WEEK, MONTH, YEAR or DECADE


def resolve_date(expression: str, published: dt.date | None, future: bool = False) -> dt.date | None:
    """Resolve a date expression that names a single day against the publication date.

    Args:
        expression: the text of a DATE entity, e.g. "on December 3" or "Tuesday".
        published: the article's publication date, where known.
        future: the event is to come (see :func:`resolve_when`).

    Returns:
        The day, or ``None`` where the expression names no single day.
    """
    when = resolve_when(expression, published, future)
    return when.date if when is not None and when.precision == DAY else None


def resolve_when(expression: str, published: dt.date | None, future: bool = False) -> When | None:
    """Resolve a date expression against the publication date, to a day or a coarser period.

    Args:
        expression: the text of a DATE entity, e.g. "on December 3" or "Tuesday".
        published: the article's publication date, where known.
        future: the event is to come ("will resume talks on April 1"): a date without its year,
            or a bare weekday, is the first such day on or after publication, not the latest before.

    Returns:
        The first day of the period the expression names and its precision, or ``None`` where it
        names no period (see the module docstring for every rule).
    """
    if _SPAN.match(" ".join(expression.lower().split())):
        return None
    text = _normalise(expression)
    if published is not None and (named := _named_day(text, published, future)) is not None:
        return When(named, DAY)
    if future and published is not None:
        parts = _match_calendar_date(text)
        if parts is not None and parts[0] is None:
            return _day(_first_month_day(parts[1], parts[2], published))
        if match := _ORDINAL_DAY.match(text):
            return _day(_first_day_of_month(int(match.group(1)), published))
        bare = _TIME_OF_DAY.sub("", text)
        if (match := _WEEKDAY.match(bare)) and match.group(1) is None:
            return When(published + dt.timedelta(days=(_WEEKDAYS.index(match.group(2)) - published.weekday()) % 7), DAY)
    return _day(_resolve(text, published)) or _period(text, published, future)


@functools.cache
def named_days() -> re.Pattern[str]:
    """The names of the named days in text: "Christmas Day", "New Year's Eve", "Easter Monday"."""
    names = sorted({*_HOLIDAYS, *_EASTER_DAYS} - {"christmas", "new year", "easter"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n).replace("'", "['’]") for n in names) + r")\b", re.I)


def _named_day(text: str, published: dt.date, future: bool) -> dt.date | None:
    """Christmas Day, New Year's Eve, Easter Monday ...: the latest on or before publication (a few days'
    allowance, as for month and day), or for an event to come the first on or after it."""
    text = text.replace("’", "'")
    if text in _HOLIDAYS:
        month, day = _HOLIDAYS[text]
        return _first_month_day(month, day, published) if future else _latest_month_day(month, day, published)
    if text in _EASTER_DAYS:
        offset = dt.timedelta(days=_EASTER_DAYS[text])
        days = [easter(year) + offset for year in (published.year - 1, published.year, published.year + 1)]
        if future:
            return min(d for d in days if d >= published)
        return max(d for d in days if d <= published + dt.timedelta(days=AHEAD_DAYS))
    return None


def _day(day: dt.date | None) -> When | None:
    return When(day, DAY) if day is not None else None


@functools.lru_cache(maxsize=4096)
def _period(text: str, published: dt.date | None, future: bool) -> When | None:
    """A week, month, year or decade: "last week", "in March", "March 2019", "this year", "the 1990s"."""
    if match := _YEAR_ONLY.match(text):
        return When(dt.date(int(match.group(1)), 1, 1), YEAR)
    if match := _DECADE.match(text):
        return When(dt.date(int(match.group(1)), 1, 1), DECADE)
    if match := _MONTH_ONLY.match(text):
        modifier, month, year = match.group(1), _MONTHS[match.group(2)], match.group(3)
        if year:
            return When(dt.date(int(year), month, 1), MONTH)
        if published is None:
            return None
        return When(_month_nearest(month, published, modifier, future), MONTH)
    if published is None:
        return None
    if match := _IN_THE_PERIOD.match(text):
        offset, unit = 0, match.group(1)
    elif match := _PERIOD.match(text):
        offset, unit = _PERIOD_OFFSET[match.group(1)], match.group(2)
    else:
        return None
    return _period_of(unit, offset, published)


def _period_of(unit: str, offset: int, published: dt.date) -> When:
    """The week, month or year ``offset`` periods from publication's."""
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        return When(monday + dt.timedelta(weeks=offset), WEEK)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return When(dt.date(index // 12, index % 12 + 1, 1), MONTH)
    return When(dt.date(published.year + offset, 1, 1), YEAR)


def _month_nearest(month: int, published: dt.date, modifier: str | None, future: bool) -> dt.date:
    """The named month around publication: the latest begun by then ("in March", "last March"),
    or, for an event to come or "next March", the first not yet over."""
    this_year = dt.date(published.year, month, 1)
    if modifier == "next":
        return this_year if month > published.month else dt.date(published.year + 1, month, 1)
    if future and modifier is None:
        return this_year if month >= published.month else dt.date(published.year + 1, month, 1)
    if modifier == "last":
        return this_year if month < published.month else dt.date(published.year - 1, month, 1)
    return this_year if month <= published.month else dt.date(published.year - 1, month, 1)


def _first_month_day(month: int, day: int, published: dt.date) -> dt.date | None:
    """The first ``month``/``day`` on or after publication."""
    for year in (published.year, published.year + 1):
        candidate = _make_date(year, month, day)
        if candidate is not None and candidate >= published:
            return candidate
    return None


def _normalise(expression: str) -> str:
    text = " ".join(expression.lower().split()).strip(" .,;:")
    text = _POSSESSIVE.sub("", text)
    text = _THIS_PAST.sub(lambda m: "last " if m.group(1) == "past" else "next ", text)
    # Loop because prepositions stack: "late on Friday" -> "friday".
    while (stripped := _LEADING.sub("", text)) != text:
        text = stripped
    return text


@functools.lru_cache(maxsize=16384)
def _resolve(text: str, published: dt.date | None) -> dt.date | None:
    parts = _match_calendar_date(text)
    if parts is not None and parts[0] is not None:
        return _make_date(parts[0], parts[1], parts[2])
    if published is None:
        return _parse_with_dateparser(text, None)
    if parts is not None:
        return _latest_month_day(parts[1], parts[2], published)
    # "late yesterday", "Monday night", "late last night": the time of day does not change the day.
    bare = _TIME_OF_DAY.sub("", text)
    unhurried = re.sub(r"^(?:late|early)\s+", "", text)
    if (offset := _OFFSETS.get(text, _OFFSETS.get(unhurried, _OFFSETS.get(bare)))) is not None:
        return published + dt.timedelta(days=offset)
    if text in _WEEKEND:
        return _latest_weekday(_SATURDAY, published)
    if match := _ORDINAL_DAY.match(text):
        return _latest_day_of_month(int(match.group(1)), published)
    if match := _WEEKDAY.match(bare):
        return _resolve_weekday(match.group(1), _WEEKDAYS.index(match.group(2)), published)
    if match := _AGO.match(text):
        count = int(match.group(1)) if match.group(1).isdigit() else _NUMBERS[match.group(1)]
        return published - dt.timedelta(days=count * (7 if match.group(2) == "week" else 1))
    return _parse_with_dateparser(text, published)


def _match_calendar_date(text: str) -> tuple[int | None, int, int] | None:
    """Read ``(year or None, month, day)`` from "December 3", "3 December 2019", "2019-12-03"."""
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
        return year, month, day
    if match := _DOTTED.match(text):
        day, month, year = (int(g) for g in match.groups())
        return year, month, day
    if match := _MONTH_DAY.match(text):
        month_name, day_text, year_text = match.groups()
    elif match := _DAY_MONTH.match(text):
        day_text, month_name, year_text = match.groups()
    else:
        return None
    return (int(year_text) if year_text else None), _MONTHS[month_name], int(day_text)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # "February 30, 2019"
        return None


def _resolve_weekday(modifier: str | None, weekday: int, published: dt.date) -> dt.date:
    if modifier == "next":
        return published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    if modifier in ("last", "past"):
        return _latest_weekday(weekday, published - dt.timedelta(days=1))
    return _latest_weekday(weekday, published)


def _latest_weekday(weekday: int, on_or_before: dt.date) -> dt.date:
    return on_or_before - dt.timedelta(days=(on_or_before.weekday() - weekday) % 7)


def _latest_month_day(month: int, day: int, published: dt.date) -> dt.date | None:
    """The latest ``month``/``day`` no more than AHEAD_DAYS after publication."""
    limit = published + dt.timedelta(days=AHEAD_DAYS)
    # limit.year first: an article of December 28 may announce "January 2".
    for year in (limit.year, limit.year - 1):
        # None: February 29 outside a leap year, or "April 31".
        candidate = _make_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


def _first_day_of_month(day: int, published: dt.date) -> dt.date | None:
    """The first ``day`` of a month on or after publication: "on the 5th" to come, this month or the next."""
    if day >= published.day:
        return _make_date(published.year, published.month, day)
    after = (published.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return _make_date(after.year, after.month, day)


def _latest_day_of_month(day: int, published: dt.date) -> dt.date | None:
    """The latest ``day`` of a month on or before publication: "the 12th" in the publication's month or the one before."""
    if day <= published.day:
        return _make_date(published.year, published.month, day)
    before = published.replace(day=1) - dt.timedelta(days=1)
    return _make_date(before.year, before.month, day)


def _parse_with_dateparser(text: str, published: dt.date | None) -> dt.date | None:
    if not _ABSOLUTE.search(text):
        # No month name and no numeric date: a duration, a coarse span, or not a date.
        return None
    # Imported here: dateparser is needed only for rare forms, and its import is not free.
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None or data.period != "day":
        return None
    parsed = data.date_obj.date()
    if not re.search(rf"(?<![\d:])0?{parsed.day}(?:st|nd|rd|th)?(?![\d:])", text):
        # dateparser fills a missing day from the publication date and reports day
        # precision for some timestamps ("December 2019 18:40"): keep only a day it read.
        return None
    if _HAS_YEAR.search(text):
        return parsed
    if published is None:
        # Without a publication date only a date that carries its year can resolve.
        return None
    # dateparser picks the year without the allowance for announced events.
    return _latest_month_day(parsed.month, parsed.day, published)
