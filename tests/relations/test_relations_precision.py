"""Relations the rules must not read, or must read as another kind or with other sides: diplomatic ties switched from one
state to another, rankings of what is no state, the sides of
an alliance or partnership, of a recognition, a membership and
sanctions, and ties that are not diplomatic relations."""
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


@pytest.mark.parametrize("text, expected, wrong", [
    # the possessors hold the relation, each with the other side
    ("Hungary and Slovakia rely on their separate alliances with Germany for air policing.",
     ("ally", ["DEU", "HUN"], None, "holds"), ("ally", ["DEU", "HUN", "SVK"], None, "holds")),
    # a list said to be allies: a pair each
    ("Cuba, Nicaragua and Venezuela are allies in the ALBA bloc, their leaders said.",
     ("ally", ["CUB", "NIC"], None, "holds"), ("ally", ["CUB", "NIC", "VEN"], None, "holds")),
    # an organisation or a body beside the noun is no side of it
    ("Norway, Britain's oldest ally and NATO partner since 1949, signed the frigate deal.",
     ("ally", ["GBR", "NOR"], None, "holds"), ("ally", ["GBR", "NATO"], None, "holds")),
    ("Argentina, a Mercosur member and a strategic partner of China since 2014, signed the deal.",
     ("strategic_partner", ["ARG", "CHN"], None, "holds"), ("strategic_partner", ["ARG", "Mercosur"], None, "holds")),
])
def test_the_sides_of_an_alliance_or_partnership(text, expected, wrong):
    found = _read(text)
    if expected is not None:
        assert expected in found
    assert wrong not in found


@pytest.mark.parametrize("text", [
    "Colombia's president, a close ally of Caracas, was sworn in on Sunday.",  # an office holder's ally
    "Prague's ally in the row over migrant quotas was Bratislava, which also voted against the plan.",  # one matter only
    "Finland and Sweden urged the alliance to station more troops in the north.",  # "the alliance": an organisation
    "Brazil's president said his country would remain a friend of Russia and Ukraine alike.",
    "Its foreign minister said the country would be a reliable ally of Chile and Peru.",  # an ally of both: no alliance between them
])
def test_no_alliance_between_the_sides_these_name(text):
    found = [r for r in _read(text) if r[0] == "ally"]
    assert not [r for r in found if r[1] in (["CHL", "PER"], ["CZE", "SVK"], ["COL", "VEN"], ["FIN", "SWE"], ["FIN", "NATO", "SWE"])]
    assert not [r for r in found if len(r[1]) > 2]


@pytest.mark.parametrize("text, expected, wrong", [
    # the states, not the organisation they are named as members of
    ("Three NATO members - Greece, Spain and Slovakia - do not recognise Kosovo, diplomats said.",
     ("recognizes", ["ESP", "GRC", "SVK"], "XKX", "denied"), ("recognizes", ["ESP", "GRC", "NATO", "SVK"], "XKX", "denied")),
    # "their" is the clause's own subject, not the speaker's
    ("Ghanaian officials say Liberia and Sierra Leone have withdrawn their recognition of Western Sahara.",
     ("recognizes", ["LBR", "SLE"], "ESH", "ended"), ("recognizes", ["GHA"], "ESH", "ended")),
    # "whose" sovereignty recognised is a claim to territory
    ("India, whose sovereignty over Sikkim the Soviet Union recognised in 1975, signed the treaty.",
     ("recognizes_territory", ["RUS"], "IND", "holds"), ("recognizes", ["RUS"], "IND", "holds")),
    # "its" stands for one state, not the list; "its hopes of joining" are the possessor's
    ("Four EU members - Cyprus, Greece, Romania and Spain - oppose the plan, complicating its hopes of joining the bloc.",
     None, ("member_of", ["CYP", "ESP", "GRC", "ROU"], "EU", "denied")),
    ("Moldova's hopes of joining the European Union rose after the vote.", ("member_of", ["MDA"], "EU", "hypothetical"), None),
    # a referendum on joining is no membership
    ("Norway will hold a referendum on joining the European Union, the government said.",
     ("member_of", ["NOR"], "EU", "hypothetical"), ("member_of", ["NOR"], "EU", "holds")),
])
def test_the_sides_and_polarity_of_a_recognition_or_membership(text, expected, wrong):
    found = _read(text)
    if expected is not None:
        assert expected in found
    assert wrong not in found


@pytest.mark.parametrize("text, expected, wrong", [
    # "its" sanctions are the imposer's, no target of them
    ("The EU extended its sanctions on Belarus on Monday, while Canada, which began lifting its own sanctions on the country "
     "last year, urged restraint.", ("sanctions_regime", ["CAN"], "BLR", "ended"), ("sanctions_regime", ["CAN"], "EU", "ended")),
    # "any country that ..." is no state the clause names
    ("Washington renewed its sanctions on Cuba and warned it would impose sanctions on any country that helped Havana evade them.",
     ("sanctions_regime", ["USA"], "CUB", "holds"), ("sanctions_regime", ["USA"], "CUB", "hypothetical")),
    ("Britain said it would sanction any state that supplied Moscow with drones.", None, ("sanctions_regime", ["GBR"], "RUS", "hypothetical")),
])
def test_the_target_of_sanctions(text, expected, wrong):
    found = _read(text)
    if expected is not None:
        assert expected in found
    assert wrong not in found


@pytest.mark.parametrize("text", [
    "Chile and Bolivia have had strained relations since the 1970s, officials in La Paz said.",
    "Japan keeps unofficial ties with Taiwan through its de facto embassy in Taipei.",
    "Mozambique joined the Commonwealth in 1995 despite having no historical ties to Britain.",
    "Vietnam and South Korea have built close economic ties since 1992.",
])
def test_ties_that_are_not_diplomatic_relations(text):
    assert not [r for r in _read(text) if r[0] == "diplomatic_relations"]


def test_relations_kept_with_it_are_each_listed_state_s():
    found = _read("Morocco and Bahrain are among the few Arab states that normalised relations with Israel and still maintain "
                  "diplomatic relations with it.")
    assert ("diplomatic_relations", ["BHR", "MAR"], None, "holds") not in found
    assert ("diplomatic_relations", ["ISR", "MAR"], None, "holds") in found
