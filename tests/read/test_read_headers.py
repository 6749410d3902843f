"""Page headers and footers in more layouts: a site name above the headline, a date line with "/",
wire credits at the foot."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads.read.cleanup import parse_article, parse_byline


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


def test_hours_ago_counts_back_from_the_crawl_time_across_midnight():
    page = "Crawled on 2023-06-07 at 03:10 UTC\n\nKyiv and Warsaw sign grain transit deal\n\n{ago}\n\n" \
           "Ukraine and Poland signed an agreement on grain transit on Tuesday.\n"
    assert parse_article(page.format(ago="2 hours ago")).date_published == dt.date(2023, 6, 7)
    assert parse_article(page.format(ago="5 hours ago")).date_published == dt.date(2023, 6, 6)
    assert parse_article(page.format(ago="3 days ago")).date_published == dt.date(2023, 6, 4)
    parts = parse_article(page.format(ago="3 days ago"))
    assert parts.date_crawled == dt.date(2023, 6, 7)
    # without a crawl date a relative date stays unread
    assert parse_article(page.format(ago="3 days ago").split("\n\n", 1)[1]).date_published is None


def test_numeric_dates_follow_the_order_the_page_shows():
    page = "Kenya and Uganda sign border deal\n\nPublished 04/03/2024\n\nKenya and Uganda signed a border agreement on Monday.\n\n{other}\n"
    assert parse_article(page.format(other="Related: Uganda votes (13/02/2024)")).date_published == dt.date(2024, 3, 4)
    assert parse_article(page.format(other="Related: Uganda votes (2/13/2024)")).date_published == dt.date(2024, 4, 3)


def test_a_published_date_beats_an_updated_one_and_a_crawl_header_is_kept_apart():
    parts = parse_article(
        "Today's Paper | March 12, 2015\n\nSenate polls: PPP, MQM agree on joint candidates\n\nOur Staff Reporter\n\n"
        "Updated March 7, 2015 08:24am   Published March 6, 2015\n\n"
        "The Pakistan Peoples Party and the MQM reached an agreement on Thursday.\n"
    )
    assert (parts.date_published, parts.date_crawled, parts.byline) == (dt.date(2015, 3, 6), dt.date(2015, 3, 12), "Our Staff Reporter")


@pytest.mark.parametrize("line, byline", [
    ("by BASSEM HADDAD and ZEINA KHOURY, Associated Press", "BASSEM HADDAD and ZEINA KHOURY"),
    ("Asif Qureshi | Reuters", "Asif Qureshi"),
    ("By political reporter Claire Whitby", "Claire Whitby"),
    ("By Rahul Verma in Srinagar", "Rahul Verma"),
    ("Author: Brett Harlan", "Brett Harlan"),
    ("Meghan Castell · NPB News ·", "Meghan Castell"),
    ("By AFP", "AFP"),
    ("Herald Reporter", "Herald Reporter"),
    ("Kenya News Agency | Home | Politics", None),
])
def test_byline_forms(line, byline):
    assert parse_byline(line) == byline


def test_notices_leave_only_the_end_of_the_text():
    parts = parse_article(
        "Saudi Arabia pledges aid to Yemen\n\nBy Jane Doe\n\n"
        "Saudi Arabia announced a donation of $500 million to Yemen on Monday.\n\n"
        "The money will go to the central bank, officials said.\n\n"
        "Support independent journalism: become a member today.\n"
    )
    assert parts.paragraphs == [
        "Saudi Arabia announced a donation of $500 million to Yemen on Monday.",
        "The money will go to the central bank, officials said.",
    ]


@pytest.mark.parametrize("opening, place, agency", [
    ("BOGOTA, June 14 (Reuters) - Colombia's Congress approved the reform.", "BOGOTA", "Reuters"),
    ("MOSCOW, January 18. /TASS/. Russia is ready to continue talks.", "MOSCOW", "TASS"),
    ("(Berlin) – Kazakh authorities should investigate the deaths.", "Berlin", None),
    ("Addis Ababa, 26 July 2023: The Chairperson condemns the coup attempt.", "Addis Ababa", None),
    ("New Delhi, Nov 17 (PTI) Opposition parties forced the adjournment.", "New Delhi", "PTI"),
    ("The Electoral Commission (EC) said it would begin the register.", None, None),
    ("Russia: the talks will resume on Monday, officials said.", None, None),
])
def test_dateline_forms(opening, place, agency):
    parts = parse_article("Talks resume after a long pause\n\n" + opening + "\n\nThe talks went on for a second day, diplomats said.\n")
    assert (parts.dateline, parts.agency) == (place, agency)
