"""A whole article written by the team: paragraphs, a dateline, relative dates, names introduced once,
a negated and a hypothetical sentence."""
from __future__ import annotations

import pytest

from dyads import code_text

ARTICLE = """Ankara, 12 March 2024

Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein in Baghdad on Monday, the Turkish Foreign Ministry said.

Turkish jets struck militant positions in northern Iraq last week, the Turkish Defence Ministry said.

Iraq's government did not condemn the strikes.

If the militants attack again, Turkey could launch a ground operation, analysts said.

Hussein thanked Turkey for its support."""


@pytest.fixture(scope="module")
def events(nlp):
    return code_text(ARTICLE, "2024-03-12")


def _find(events, event, source, target):
    return [e for e in events if e.event == event and source in {a.code for a in e.source} and target in {a.code for a in e.target}]


def test_meeting_dated_by_its_weekday_not_the_dateline(events):
    [meeting] = _find(events, "CONSULT", "TUR", "IRQ")
    assert meeting.date == "2024-03-11"  # the Monday before a Tuesday publication
    assert meeting.location.country == "IRQ" and meeting.location.text == "Baghdad"


def test_strike_dated_last_week(events):
    [strike] = _find(events, "ASSAULT", "TUR", "IRQ")
    assert (strike.date, strike.date_precision) == ("2024-03-04", "week")  # the Monday of last week


def test_person_named_once_keeps_the_coding(events):
    assert _find(events, "SUPPORT", "IRQ", "TUR")


def test_negated_and_hypothetical_sentences_give_no_event(events):
    for sentence in ("did not condemn", "could launch a ground operation"):
        assert not [e for e in events if sentence in e.sentence]


def test_the_article_yields_exactly_these_events(events):
    """No spurious, reversed or duplicated event anywhere in the article."""
    assert sorted((e.sentence_index, e.event, [a.code for a in e.source], [a.code for a in e.target], e.negated) for e in events) == [
        (1, "CONSULT", ["TUR"], ["IRQ"], False),
        (2, "ASSAULT", ["TUR"], ["IRQ"], False),
        (5, "SUPPORT", ["IRQ"], ["TUR"], False),
    ]
