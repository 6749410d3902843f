"""Constructions of membership and ranking read for issue 13 (second round, helper rel2-members), each in a sentence of
the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.extract import actor_key


def _read(text, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity, r.value)
            for r in relations_in_text(text, date, model=False)]


def _members(text):
    return sorted((r[1], r[2], r[3]) for r in _read(text) if r[0] == "member_of")


@pytest.mark.parametrize("text, expected", [
    # a bid for a membership or a seat is the bidder's, and sought, not held
    ("Ukraine's bid for NATO membership was blocked by Hungary.", [(["UKR"], "NATO", "hypothetical")]),
    ("Hungary has stalled Ukraine's application for membership of the European Union.", [(["UKR"], "EU", "hypothetical")]),
    ("Taiwan renewed its bid for a seat at the United Nations on Monday.", [(["TWN"], "UN", "hypothetical")]),
    # "its" is whose the clause with a named subject says; with no organisation of its own, the one named before
    ("Algeria has seen its bid for full membership of the World Trade Organization blocked again.", [(["DZA"], "WTO", "hypothetical")]),
    ("Uzbekistan is not yet in the World Trade Organization, whose members are split over Tashkent's bid to join.",
     [(["UZB"], "WTO", "denied"), (["UZB"], "WTO", "hypothetical")]),
])
def test_a_bid_for_membership_is_sought(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text", [
    # a veto is not the bidder, nor is the state whose veto it is; a bid withdrawn is sought no more
    "The United States vetoed Palestine's bid for full UN membership, but Palestine said it would try again." ,
    "A Chinese veto blocked its bid for a seat at the United Nations.",
    "Kosovo withdrew its bid for membership of UNESCO.",
])
def test_who_blocks_a_bid_seeks_no_membership(text):
    assert all(subjects != ["USA"] and subjects != ["CHN"] and polarity != "holds" for subjects, _, polarity in _members(text))
    assert not any(org == "UNESCO" for _, org, _ in _members(text))
