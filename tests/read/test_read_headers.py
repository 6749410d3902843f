"""Page headers and footers in more layouts: a site name above the headline, a date line with "/",
wire credits at the foot."""
from __future__ import annotations

import datetime as dt

from dyads.read.cleanup import parse_article


def test_a_site_name_above_the_headline_is_not_the_title():
    parts = parse_article(
        "Kenya News Agency\n\nKenya and Uganda sign border deal\n\nBy Jane Wanjiru | KNA\n\n"
        "Published: 2024-03-12 10:45 EAT\n\nKenya and Uganda signed a border agreement on Monday.\n\n"
        "Share this: Facebook Twitter\n\nCopyright 2024 KNA. All rights reserved."
    )
    assert parts.title == "Kenya and Uganda sign border deal"
    assert parts.byline == "Jane Wanjiru" and parts.date_published == dt.date(2024, 3, 12)
    assert parts.paragraphs == ["Kenya and Uganda signed a border agreement on Monday."]


def test_a_long_headline_stays_the_title():
    parts = parse_article("Kenya and Uganda sign border deal\n\nKenya and Uganda signed a border agreement on Monday.")
    assert parts.title == "Kenya and Uganda sign border deal"
    assert parts.paragraphs == ["Kenya and Uganda signed a border agreement on Monday."]


def test_a_date_line_with_a_slash_before_the_time_and_a_wire_credit_at_the_foot():
    parts = parse_article(
        "Kenya and Uganda sign border deal\n\nUpdated March 12, 2024 / 10:45 AM GMT\n\n"
        "Kenya and Uganda signed a border agreement on Monday.\n\nReporting by John Smith; Editing by Mary Jones"
    )
    assert parts.date_published == dt.date(2024, 3, 12)
    assert parts.byline == "John Smith"
    assert parts.paragraphs == ["Kenya and Uganda signed a border agreement on Monday."]
