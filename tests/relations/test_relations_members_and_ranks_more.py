"""Constructions of membership and ranking read for issue 13 (a second round), each in a sentence of
the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


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


@pytest.mark.parametrize("text, expected", [
    # "the bloc", "the regional body" a membership names or a state joins is the organisation named before
    ("The East African Community readmitted Burundi, which had suspended its membership of the regional body in 2016.",
     [(["BDI"], "EAC", "ended"), (["BDI"], "EAC", "holds")]),
    ("Serbia trades with the Eurasian Economic Union under a free trade deal but is not a member of the bloc.",
     [(["SRB"], "EAEU", "denied")]),
    ("Honduras left the Central American Integration System in 2010 and rejoined the regional body in 2012.",
     [(["HND"], "SICA", "ended"), (["HND"], "SICA", "holds")]),
])
def test_the_bloc_a_membership_names_is_the_one_named_before(text, expected):
    assert _members(text) == expected


def test_its_membership_is_the_named_subjects_not_the_speakers():
    assert _members("Russian officials said on Monday that Yerevan had suspended its membership of the Eurasian Economic Union.") == [
        (["ARM"], "EAEU", "ended")]


@pytest.mark.parametrize("text, expected", [
    # a state said to be, or not to be, what the clause before says others are, the rest left out
    ("Poland and Hungary are NATO members, and Austria is not.", [(["AUT"], "NATO", "denied"), (["HUN", "POL"], "NATO", "holds")]),
    ("Chile is a member of the OECD, while Peru is not yet.", [(["CHL"], "OECD", "holds"), (["PER"], "OECD", "denied")]),
    ("Chile is a member of the OECD, and Peru is too.", [(["CHL"], "OECD", "holds"), (["PER"], "OECD", "holds")]),
])
def test_a_membership_elided_after_the_clause_that_states_it(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "whose voters", "whose governments" stand for the states the relative clause hangs on
    ("Switzerland, whose voters rejected membership of the European Economic Area in 1992, has bilateral deals with Brussels.",
     [(["CHE"], "European Economic Area", "denied")]),
    ("Guinea and Gabon, whose military governments were suspended from the African Union, sent envoys to the summit.",
     [(["GAB", "GIN"], "AU", "ended")]),
])
def test_whose_voters_or_government_are_the_states(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a preposition said again names a second organisation, wherever the parse hangs it
    ("Iceland, a member of the Council of Europe and of the OECD, hosted the talks.",
     [(["ISL"], "COE", "holds"), (["ISL"], "OECD", "holds")]),
    ("Norway belongs to NATO and to the European Economic Area.", [(["NOR"], "European Economic Area", "holds"), (["NOR"], "NATO", "holds")]),
])
def test_a_preposition_said_again_names_a_second_organisation(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation's founders and newcomers are its members
    ("Kenya, Uganda and Tanzania, the three founders of the East African Community, met in Arusha.", [(["KEN", "TZA", "UGA"], "EAC", "holds")]),
    ("ASEAN newcomer Timor-Leste hosted its first summit.", [(["TLS"], "ASEAN", "holds")]),
])
def test_founders_and_newcomers_are_members(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state whose partners in an organisation are named is its member too
    ("Ghana's partners in ECOWAS criticised the move.", [(["GHA"], "ECOWAS", "holds")]),
    ("Canada and its G7 partners agreed to the price cap.", [(["CAN"], "G7", "holds")]),
])
def test_a_state_with_partners_in_an_organisation_is_a_member(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # verbs of a move in a ranking give the place reached, as "fell" and "climbed" do
    ("Hungary slid to 82nd place in the Corruption Perceptions Index published by Transparency International.", [("HUN", 82.0)]),
    ("Vietnam jumped to 59th in the Global Innovation Index, the World Intellectual Property Organization said.", [("VNM", 59.0)]),
    ("Lebanon sank to 154th in Transparency International's index.", [("LBN", 154.0)]),
])
def test_a_move_in_a_ranking_gives_the_place_reached(text, expected):
    assert sorted((r[1][0], r[4]) for r in _read(text) if r[0] == "ranked") == expected


@pytest.mark.parametrize("text, expected", [
    # ranks beside names in a sentence about a world ranking a body speaks of, where no index is named
    ("China remained the world's largest arms importer, with India in second place, SIPRI said.", [("CHN", 1.0), ("IND", 2.0)]),
    ("Saudi Arabia was the world's biggest oil exporter last year, with Russia in second place and Iraq third, OPEC said.",
     [("IRQ", 3.0), ("RUS", 2.0), ("SAU", 1.0)]),
])
def test_ranks_beside_names_in_a_world_ranking_a_body_speaks_of(text, expected):
    assert sorted((r[1][0], r[4]) for r in _read(text) if r[0] == "ranked") == expected


def test_readmitted_to_the_bloc_in_a_passive_joined_to_another():
    text = "Guinea was suspended from the African Union in 2021 and readmitted to the continental bloc in 2025."
    assert _members(text) == [(["GIN"], "AU", "ended"), (["GIN"], "AU", "holds")]
