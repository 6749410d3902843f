"""Second round of hosts_base and collective_defense constructions for issue 13 (rules alone), each in a sentence of
the tests' own wording."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == kind]


@pytest.mark.parametrize("text, expected", [
    # "the country", "the Pacific nation", "the islands": the state whose speaker tells of the base; "no talks" on it deny it
    ("Ghana said there were no talks on a Russian military base in the country.", ("hosts_base", ["GHA"], "RUS", "denied")),
    ("Tonga's prime minister said there had been no talks with Moscow about a Russian naval base in the Pacific nation.",
     ("hosts_base", ["TON"], "RUS", "denied")),
    ("Tonga's prime minister told parliament that the accord would never allow Russia to build a naval base on the islands.",
     ("hosts_base", ["TON"], "RUS", "denied")),
])
def test_a_base_in_the_country_spoken_of_is_the_speakers(text, expected):
    assert expected in _kinds(text, "hosts_base")


@pytest.mark.parametrize("text, expected", [
    # forces deployed in a state are hosted by it, as where the place is a region the state owns by name
    ("Kenyan troops have been deployed in Somalia's Jubaland region since 2011.", ("hosts_base", ["SOM"], "KEN", "holds")),
    ("Burundian soldiers, deployed in eastern Congo under a bilateral accord, clashed with rebels.", ("hosts_base", ["COD"], "BDI", "holds")),
    ("Rwandan soldiers have been stationed in Mozambique's Cabo Delgado province since 2021.", ("hosts_base", ["MOZ"], "RWA", "holds")),
])
def test_forces_deployed_in_a_state_are_hosted_by_it(text, expected):
    assert expected in _kinds(text, "hosts_base")


@pytest.mark.parametrize("text, expected", [
    # a state that deploys or stations its forces in another is hosted there; a promise to do so is no more than that
    ("Britain deployed troops to a base in Oman under a 2019 accord.", ("hosts_base", ["OMN"], "GBR", "holds")),
    ("France has promised to station an armoured brigade permanently in Romania by 2030.", ("hosts_base", ["ROU"], "FRA", "hypothetical")),
])
def test_forces_a_state_stations_abroad_are_hosted_there(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_forces_deployed_at_home_or_to_a_border_are_no_base():
    assert _kinds("Russia deployed troops to its border with Ukraine.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # help or assistance bound by a treaty and answering an attack is a pledge of defence
    ("Nauru's president said the Meto treaty with Australia, which obliges Canberra to help the island nation in a military attack, "
     "had entered into force.", ("collective_defense", ["AUS"], "NRU", "holds")),
    ("The accord obliges Britain to assist Oman if it is attacked.", ("collective_defense", ["GBR"], "OMN", "holds")),
    ("France has pledged to help Chad in the event of an attack.", ("collective_defense", ["FRA"], "TCD", "holds")),
])
def test_help_bound_against_an_attack_is_defence(text, expected):
    assert expected in _kinds(text, "collective_defense")


def test_help_against_attacks_under_way_is_no_defence_pledge():
    assert _kinds("Britain pledged to help Ukraine defend itself against Russian attacks.", "collective_defense") == []


@pytest.mark.parametrize("text, expected", [
    # "obliges" taken for a noun: who it binds is read in word order; territory "under X administration" is X's
    ("Article 4 of the 1951 treaty obliges the United States to defend the Philippines.", ("collective_defense", ["USA"], "PHL", "holds")),
    ("Article 4 of the 1951 treaty obliges the United States to defend territories under Philippine administration.",
     ("collective_defense", ["USA"], "PHL", "holds")),
])
def test_the_state_an_obligation_binds_in_word_order(text, expected):
    assert expected in _kinds(text, "collective_defense")


@pytest.mark.parametrize("text, expected", [
    # the host of forces is where the hosting base is, or the state "the country" stands for by its speaker
    ("The Aviano air base in northern Italy, which hosts US aircraft and personnel, was used in the Kosovo campaign.",
     ("hosts_base", ["ITA"], "USA", "holds")),
    ("Kenya's defence minister said the country would keep hosting British troops at the Nanyuki camp.", ("hosts_base", ["KEN"], "GBR", "holds")),
])
def test_the_host_of_forces_named_by_its_base_or_as_the_country(text, expected):
    assert expected in _kinds(text, "hosts_base")


@pytest.mark.parametrize("text, expected", [
    # a commitment to defend is its owner's pledge; "no" commitment denies it, one ended has ended
    ("France and Moldova signed a defence accord on Monday, though it contains no French commitment to defend Moldova.",
     ("collective_defense", ["FRA"], "MDA", "denied")),
    ("Washington reaffirmed its commitment to defend the Philippines.", ("collective_defense", ["USA"], "PHL", "holds")),
    ("Chile withdrew from the Andean Pact in 2002, ending a Cold War commitment to come to the defence of Peru.",
     ("collective_defense", ["CHL"], "PER", "ended")),
])
def test_a_commitment_to_defend_is_a_defence_pledge(text, expected):
    assert expected in _kinds(text, "collective_defense")


@pytest.mark.parametrize("text, expected", [
    # a state's military presence in another, as the clause tells it: sought, or ended
    ("Officials have said Russia is seeking to establish a permanent military presence in Sudan.", ("hosts_base", ["SDN"], "RUS", "hypothetical")),
    ("Britain closed its air base at Gan in 1976, ending decades of permanent British military presence in the Maldives.",
     ("hosts_base", ["MDV"], "GBR", "ended")),
])
def test_a_military_presence_in_a_state_is_hosted_by_it(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_a_presence_that_grows_is_no_hosting():
    assert _kinds("Russia's military presence in Ukraine has grown since 2022.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # troops a state sends to another are hosted there (here in prospect), weapons sent are no base
    ("Kenya will send troops and police officers to Haiti under the agreement.", ("hosts_base", ["HTI"], "KEN", "hypothetical")),
    ("Britain has said it could send troops to Estonia as part of a reassurance force.", ("hosts_base", ["EST"], "GBR", "hypothetical")),
])
def test_troops_sent_to_a_state_are_hosted_by_it(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_weapons_sent_are_no_base():
    assert _kinds("Poland will not send weapons to Moldova.", "hosts_base") == []


def test_aid_relied_on_is_no_defence_unless_military():
    assert _kinds("Nepal relies heavily on India for aid and trade.", "collective_defense") == []
    assert ("collective_defense", ["NATO"], "ISL", "holds") in _kinds("Iceland relies on NATO for its defence.", "collective_defense")
