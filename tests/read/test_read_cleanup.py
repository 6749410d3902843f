"""The line rules shared by the .txt and .html readers, one case a row."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads.read.cleanup import is_boilerplate, parse_byline, parse_date_line


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter @AzerNewsAz",
        "Latest See more",
        "Read more: Aral Sea talks stall",
        "Share this",
        "Subscribe to our newsletter",
        "Sign up for alerts",
        "Advertisement",
        "Related articles",
        "Copyright 2019 Central Asia News",
        "© 2019 Andes Post",
        "All rights reserved.",
        "Click here to watch the video",
        "We use cookies to improve your browsing experience.",
        "@CentralAsiaNews",
        "https://example.org/news/1",
        "Home News World Sport Contact",
        "Home | Politics | Economy | Opinion",
    ],
)
def test_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Russia Warns Azerbaijan Over Arms Sales",
        "Related talks between the two sides are due to resume in Geneva on Monday, diplomats said.",
        "Latest figures show that the ceasefire held overnight along the whole line of contact, officials said.",
        "Lavrov said Russia would not sell weapons to Armenia.",
        "World leaders gathered in Paris on Monday.",
        "Related talks are due on Monday.",
        "More than 200 people were detained.",
        "Latest Idlib strikes kill 12 civilians",
        "The copyright dispute went to court.",
    ],
)
def test_not_boilerplate(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("4 December 2019 11:24 (UTC+04:00)", (dt.date(2019, 12, 4), True, "")),
        ("Tuesday July 23 2024", (dt.date(2024, 7, 23), False, "")),
        ("Dec. 4, 2019", (dt.date(2019, 12, 4), False, "")),
        ("Published: December 4, 2019 at 10:15 am GMT", (dt.date(2019, 12, 4), True, "published")),
        ("Updated 05.12.2019 | 09:00", (dt.date(2019, 12, 5), True, "updated")),
        ("2019-12-04T11:24:00+04:00", (dt.date(2019, 12, 4), True, "")),
        ("Lavrov met Pashinyan on December 3", None),
        ("Russian FM: Military-technical cooperation among key areas", None),
        ("In 2019", None),
    ],
)
def test_date_line(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Rasana Gasimova", "Rasana Gasimova"),
        ("Written by John Amanov", "John Amanov"),
        ("By Jane Doe and John Roe | Reuters", "Jane Doe and John Roe"),
        ("By contrast, Armenia stayed silent.", None),
        ("By Monday the talks had failed", None),
    ],
)
def test_byline(line, expected):
    assert parse_byline(line) == expected
