"""Constructions of arms supply and sanctions read for issue 13 (a second round), each in a sentence of
the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False) if r.relation == kind]


@pytest.mark.parametrize("text, expected", [
    # the maker's demonym on a model name or a compound before the weapon's head noun
    ("Algeria, which bought Russian S-300 missile systems in 2015, hosts the regional summit this year.",
     [("arms_supplier", ["RUS"], "DZA", "holds")]),
    ("Peru has bought Russian MiG-29 fighter planes and Italian attack helicopters.",
     [("arms_supplier", ["RUS"], "PER", "holds"), ("arms_supplier", ["ITA"], "PER", "holds")]),
])
def test_maker_named_before_a_weapon_phrase(text, expected):
    found = _kinds(text, "arms_supplier")
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, expected", [
    # a membership phrase only describes the state beside it: the organisation is no side of the sanctions
    ("Belarus, a CSTO member that hosts Russian missiles, has been under EU sanctions since 2020.",
     [("sanctions_regime", ["EU"], "BLR", "holds")]),
    # "their" embargo is the imposers': they are not its targets too
    ("Ghana, Togo and Benin lifted their two-year embargo on Burkina Faso at a summit in March.",
     [("sanctions_regime", ["BEN", "GHA", "TGO"], "BFA", "ended")]),
])
def test_sanctions_sides_are_states_not_their_descriptions(text, expected):
    assert _kinds(text, "sanctions_regime") == expected


def test_a_ban_on_imports_targets_the_states_they_come_from():
    found = _kinds("China has kept its embargo on seafood imports from Japan and South Korea since 2023.", "sanctions_regime")
    assert ("sanctions_regime", ["CHN"], "JPN", "holds") in found, found
    assert ("sanctions_regime", ["CHN"], "KOR", "holds") in found, found


def test_weapons_described_as_bought_from_a_state():
    found = _kinds("Egypt's navy operates four submarines purchased from Germany.", "arms_supplier")
    assert found == [("arms_supplier", ["DEU"], "EGY", "holds")]


def test_a_maker_named_in_two_words_is_one_supplier():
    found = _kinds("German-built Leopard tanks delivered to Ukraine last year were lost.", "arms_supplier")
    assert found == [("arms_supplier", ["DEU"], "UKR", "holds")]


@pytest.mark.parametrize("text, expected", [
    ("Australia sanctioned Myanmar's junta over the coup.", ("sanctions_regime", ["AUS"], "MMR", "holds")),
    ("Japan sanctioned several North Korean officials on Friday.", ("sanctions_regime", ["JPN"], "PRK", "holds")),
    ("Nicaragua has been sanctioned by Canada since 2019.", ("sanctions_regime", ["CAN"], "NIC", "holds")),
    ("EU-sanctioned Syria shipped phosphate to Serbia.", ("sanctions_regime", ["EU"], "SYR", "holds")),
])
def test_sanctions_stated_by_their_verb(text, expected):
    found = _kinds(text, "sanctions_regime")
    assert expected in found, found


def test_sanctioning_a_company_is_no_sanctions_regime():
    assert not _kinds("Washington sanctioned Gazprom Neft in January.", "sanctions_regime")


@pytest.mark.parametrize("text, expected", [
    ("Kenya's army still drives American Humvees, and Beijing has also supplied it with armoured vehicles.",
     ("arms_supplier", ["CHN"], "KEN", "holds")),
    ("France is the leading partner of the Malian army, having provided it with helicopters and ammunition.",
     ("arms_supplier", ["FRA"], "MLI", "holds")),
])
def test_it_supplied_with_arms_is_the_state_named_before(text, expected):
    found = _kinds(text, "arms_supplier")
    assert expected in found, found


def test_a_charge_its_subject_denies_is_denied_too():
    found = _kinds("Belarus ships artillery shells to Russia, Lithuanian officials said, an accusation Minsk denies.", "arms_supplier")
    assert ("arms_supplier", ["BLR"], "RUS", "holds") in found, found
    assert ("arms_supplier", ["BLR"], "RUS", "denied") in found, found


def test_arming_a_paramilitary_force_is_no_arms_supply_to_its_state():
    assert not _kinds("Chad has been arming the paramilitary Rapid Support Forces, a UN panel said.", "arms_supplier")


def test_whose_sanctions_named_by_their_imposer_are_on_the_antecedent():
    found = _kinds("North Korea, whose EU sanctions were tightened last year, tested another missile.", "sanctions_regime")
    assert ("sanctions_regime", ["EU"], "PRK", "holds") in found, found
