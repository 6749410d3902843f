"""Relations the rules must not read, or must read as another kind or with other sides: diplomatic ties switched from one
state to another, rankings of what is no state, ..."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _read(text, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False)]


@pytest.mark.parametrize("text, expected", [
    ("Costa Rica, which switched its diplomatic ties from Taipei to Beijing in 2007, signed a trade deal with China.",
     [("diplomatic_relations", ["CHN", "CRI"], None, "holds"), ("diplomatic_relations", ["CRI", "TWN"], None, "ended")]),
    ("The Dominican Republic shifted its diplomatic allegiance from Taiwan to China in 2018.",
     [("diplomatic_relations", ["CHN", "DOM"], None, "holds"), ("diplomatic_relations", ["DOM", "TWN"], None, "ended")]),
    ("El Salvador switched its diplomatic ties to Beijing in August, the foreign ministry said.",
     [("diplomatic_relations", ["CHN", "SLV"], None, "holds")]),
])
def test_ties_switched_are_relations_ended_and_begun(text, expected):
    found = _read(text)
    for relation in expected:
        assert relation in found
    assert not [r for r in found if r[0] == "recognizes"]


def test_a_switch_disowned_states_no_relations():
    assert not [r for r in _read("Belize has no intention of switching its diplomatic ties to Beijing, its foreign minister said.")
                if r[2] == "CHN" or "CHN" in r[1]]


@pytest.mark.parametrize("text", [
    "The University of Tokyo was ranked 28th in this year's QS World University Rankings.",
    "A Norwegian skier ranked first in the World Cup standings, the federation said on Sunday.",
    "The Ethiopian world number two said she ranked 3rd in the season's standings before her injury.",
    "Samsung Electronics ranked fifth in the Interbrand index of global brands.",
    "Chile was the largest buyer of Spanish weapons last year, according to SIPRI.",
    "Canada and Mexico are the largest markets for American cars, and the tariffs announced by Washington would hurt both, analysts said.",
])
def test_no_ranking_of_a_university_a_company_a_person_or_one_state_s_trade(text):
    assert not [r for r in _read(text) if r[0] == "ranked"]


@pytest.mark.parametrize("text, expected", [
    ("Pakistan's army ranked 12th in the world, according to Global Firepower.", ("ranked", ["PAK"], None, "holds")),
    ("Slovenia ranked 4th in the Global Peace Index.", ("ranked", ["SVN"], None, "holds")),
])
def test_a_state_and_its_armed_forces_are_still_ranked(text, expected):
    assert expected in _read(text)
