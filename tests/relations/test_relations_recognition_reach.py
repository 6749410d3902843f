"""Recognitions, territorial recognitions and alliances in constructions the first rules did not reach (issue 13),
each in a sentence of the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind, date="2024-05-01"):
    return sorted((r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
                  for r in relations_in_text(text, date, model=False) if r.relation == kind)


@pytest.mark.parametrize("text, expected", [
    # breakaway entities named by their places before a word for what they are, one relation each
    ("Belarus has never recognised the Donetsk and Luhansk republics, its foreign minister said.",
     [("recognizes", ["BLR"], "Donetsk People's Republic", "denied"), ("recognizes", ["BLR"], "Luhansk People's Republic", "denied")]),
    ("Damascus recognised the separatist Luhansk and Donetsk entities in June.",
     [("recognizes", ["SYR"], "Donetsk People's Republic", "holds"), ("recognizes", ["SYR"], "Luhansk People's Republic", "holds")]),
    ("Pyongyang recognised the independence of the Donetsk and Luhansk breakaway regions.",
     [("recognizes", ["PRK"], "Donetsk People's Republic", "holds"), ("recognizes", ["PRK"], "Luhansk People's Republic", "holds")]),
    # a refusal to recognise denies it
    ("Minsk's refusal to recognise the Luhansk and Donetsk statelets irritated the Kremlin.",
     [("recognizes", ["BLR"], "Donetsk People's Republic", "denied"), ("recognizes", ["BLR"], "Luhansk People's Republic", "denied")]),
    # a place in a region is no breakaway entity: no relation
    ("Ukraine recognised the Donetsk region's war losses.", []),
])
def test_breakaway_entities_named_by_place(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a symmetric relation among three or more states is one relation a pair
    ("Chad, Sudan and Libya are allies in a new northern pact.",
     [("ally", ["LBY", "SDN"], None, "holds"), ("ally", ["LBY", "TCD"], None, "holds"), ("ally", ["SDN", "TCD"], None, "holds")]),
    ("The alliance between Guinea, Gabon and Mali was sealed in Bamako.",
     [("ally", ["GAB", "GIN"], None, "holds"), ("ally", ["GAB", "MLI"], None, "holds"), ("ally", ["GIN", "MLI"], None, "holds")]),
    # two states stay one pair; a denial stays denied
    ("Peru and Chile are not allies, the minister said.", [("ally", ["CHL", "PER"], None, "denied")]),
])
def test_symmetric_relation_a_pair(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


def test_alliance_asked_is_no_alliance():
    # the alliance asked to act is who is addressed, not an alliance the askers hold among themselves
    assert _kinds("Romania, Bulgaria and Slovakia have urged the alliance to station more troops on its eastern flank.", "ally") == []


def _territories(text):
    return sorted((sorted(actor_key(s) for s in r.subjects), actor_key(r.object), r.polarity, r.territory)
                  for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == "recognizes_territory")


@pytest.mark.parametrize("text, expected", [
    # a relation a territory, the guide's grouping: each of a list, each modifier shared by a plural name, the places of
    # a plural word for territories
    ("Buenos Aires does not recognise British sovereignty over the Falklands and South Georgia.",
     [(["ARG"], "GBR", "denied", "Falklands"), (["ARG"], "GBR", "denied", "South Georgia")]),
    ("Canada and Japan recognise Gagauzia and Transnistria as part of Moldova.",
     [(["CAN", "JPN"], "MDA", "holds", "Gagauzia"), (["CAN", "JPN"], "MDA", "holds", "Transnistria")]),
    ("Tbilisi will never accept Moscow's annexation of the Georgian regions of Abkhazia and Tskhinvali, its premier said.",
     [(["GEO"], "RUS", "denied", "Abkhazia"), (["GEO"], "RUS", "denied", "Tskhinvali")]),
    ("Bahrain backs Emirati sovereignty over the Greater and Lesser Tunbs.",
     [(["BHR"], "ARE", "holds", "Greater Tunbs"), (["BHR"], "ARE", "holds", "Lesser Tunbs")]),
    # one territory stays one relation
    ("Washington recognised Israeli sovereignty over the Golan Heights in 2019.", [(["USA"], "ISR", "holds", "Golan Heights")]),
])
def test_one_relation_a_territory(text, expected):
    assert _territories(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # whose a claim is where "its" or "whose" stands for the claimant
    ("The Azerbaijani government, buoyed by Pakistan's recognition of its sovereignty over Karabakh, reopened the border.",
     [(["PAK"], "AZE", "holds", "Karabakh")]),
    ("Baku thanked Ankara, which recognises its sovereignty over Karabakh.", [(["TUR"], "AZE", "holds", "Karabakh")]),
    # a claim accepted is recognised, a claim never accepted denied
    ("Only Syria and Belarus have accepted Russia's annexation of the peninsula.", [(["BLR", "SYR"], "RUS", "holds", "peninsula")]),
    # "its" that stands for the recogniser itself names no other claimant: no relation
    ("Norway recognised its sovereignty over the islands.", []),
])
def test_claimant_named_by_pronoun(text, expected):
    assert _territories(text) == sorted(expected)


def test_told_under_a_refusal_holds():
    # what a refusal goes on to note is told on its own: the acceptance holds, though the sentence's verb rejects
    found = _territories("Kyiv rejected the plan on Friday, noting that only Syria had accepted Moscow's annexation of Crimea.")
    assert found == [(["SYR"], "RUS", "holds", "Crimea")]


@pytest.mark.parametrize("text, expected", [
    # a relation set against what the subject is instead is denied
    ("Vietnam is a friend, not an ally, of Russia, its defence minister said.", [("ally", ["RUS", "VNM"], None, "denied")]),
    ("Brazil and China are trading partners, not political allies, the foreign ministry said.", [("ally", ["BRA", "CHN"], None, "denied")]),
    # the other side is who regards the state so, where no possessor names it
    ("Serbia no longer considers Russia a reliable ally, the prime minister said.", [("ally", ["RUS", "SRB"], None, "ended")]),
    ("Belgrade regards Beijing as an ally.", [("ally", ["CHN", "SRB"], None, "holds")]),
])
def test_ally_contrasted_or_regarded(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # the states that do as the recognisers did recognise the same entity, in the mood of their own verb
    ("Ireland and Spain recognised Palestine in May, and Slovenia followed suit in June.",
     [("recognizes", ["ESP", "IRL"], "PSE", "holds"), ("recognizes", ["SVN"], "PSE", "holds")]),
    ("Norway recognised the State of Palestine on Tuesday, and Malta is expected to follow its lead next month.",
     [("recognizes", ["NOR"], "PSE", "holds"), ("recognizes", ["MLT"], "PSE", "hypothetical")]),
    # a state that follows something else recognises nothing
    ("Ireland recognised Palestine in May, and Slovenia followed the debate closely.", [("recognizes", ["IRL"], "PSE", "holds")]),
])
def test_recognition_followed(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # recognised by neither, in a clause joined to the entity's own; each entity recognised its own relation
    ("Somaliland has its own currency but is recognised by neither Kenya nor Djibouti.",
     [("recognizes", ["DJI", "KEN"], "Republic of Somaliland", "denied")]),
    ("Abkhazia and South Ossetia are recognised by Nicaragua.",
     [("recognizes", ["NIC"], "Republic of Abkhazia", "holds"), ("recognizes", ["NIC"], "Republic of South Ossetia", "holds")]),
    # "their recognition" is the clause subject's, not a state named before it
    ("Greek officials say Lesotho and Nauru have withdrawn their recognition of Kosovo.", [("recognizes", ["LSO", "NRU"], "XKX", "ended")]),
])
def test_recognised_by_and_withdrawn(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "which only X recognises" where the parse takes the recognisers for a modifier and hangs the clause on the noun
    # before the name: the name just before the comma is recognised
    ("The leader of Abkhazia, which only Russia and Nicaragua recognise, visited Moscow.",
     [("recognizes", ["NIC", "RUS"], "Republic of Abkhazia", "holds")]),
    # no name before the comma: nothing recognised
    ("The new assembly, which only Russia recognises, met on Monday.", []),
])
def test_recognised_which_misparsed(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)
