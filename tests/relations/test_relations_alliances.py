"""Alliances and strategic partnerships (issue 13): what the guide reads as an alliance and what it does not, each in a
sentence of the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind, date="2024-05-01"):
    return sorted((r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
                  for r in relations_in_text(text, date, model=False) if r.relation == kind)


@pytest.mark.parametrize("text", [
    # a pact whose clause spells out who defends whom is collective defence (``defence``), no alliance of its own
    "Canberra says the islands are covered by its defence treaty with Wellington, which obliges Australia to defend them.",
    "Doha has sought a formal British defence treaty that would commit London to defend the emirate.",
    "Portugal signed a defence treaty with Spain that obliges Madrid to defend the Azores.",
])
def test_a_pledge_of_defence_is_no_alliance(text):
    assert _kinds(text, "ally") == []


@pytest.mark.parametrize("text, expected", [
    # a pact of no such words stays an alliance, as the tables code it
    ("Chad and Niger signed a defence pact in Niamey.", [("ally", ["NER", "TCD"], None, "holds")]),
    ("Morocco ended its defence pact with Senegal.", [("ally", ["MAR", "SEN"], None, "ended")]),
    ("Egypt's defence treaty with Sudan, signed in 2021, took effect.", [("ally", ["EGY", "SDN"], None, "holds")]),
])
def test_a_plain_defence_pact_is_an_alliance(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


def test_a_pledge_spelled_out_still_binds():
    found = _kinds("Doha has sought a formal British defence treaty that would commit London to defend the emirate.", "collective_defense")
    assert found == [("collective_defense", ["GBR"], "QAT", "hypothetical")]


@pytest.mark.parametrize("text, expected", [
    # a status that makes an ally, with the grantor the guide ties it to where the sentence names none
    ("Mongolia was designated a major non-NATO ally in 2025, officials said.", [("ally", ["MNG", "USA"], None, "holds")]),
    ("Chile, which received major non-NATO ally status from Washington last year, bought frigates.", [("ally", ["CHL", "USA"], None, "holds")]),
    ("Nigeria, designated a major non-NATO ally in 2020, lost the status after the coup.", [("ally", ["NGA", "USA"], None, "ended")]),
    # a status of no known grantor, none named: no alliance read
    ("Peru was designated a key partner in 2021.", []),
])
def test_an_alliance_by_status_granted(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "its" before a side noun set off by commas is the clause's subject's, however deep the name it describes hangs
    ("Hungary remains loyal to Serbia, its closest ally in the Balkans.", [("ally", ["HUN", "SRB"], None, "holds")]),
    ("Kenya has grown close to Ethiopia, its strategic partner since 2017.", [("strategic_partner", ["ETH", "KEN"], None, "holds")]),
    # or the subject's possessor, where the subject names no state
    ("Kenya's ties with India, its main strategic partner in Asia, have grown.", [("strategic_partner", ["IND", "KEN"], None, "holds")]),
    ("Ghana's trade with Nigeria, its closest ally in the region, fell sharply.", [("ally", ["GHA", "NGA"], None, "holds")]),
    # the parse may hang the noun on the verb: the name before the comma is the one it describes
    ("Armenia relies on Moscow, its treaty ally, to guard its border with Turkey.", [("ally", ["ARM", "RUS"], None, "holds")]),
    # an ally in one matter is no standing alliance
    ("Hungary remains loyal to Serbia, its closest ally in the dispute over grain.", []),
])
def test_its_ally_set_off_by_commas(text, expected):
    assert [r for kind in ("ally", "strategic_partner") for r in _kinds(text, kind)] == expected


@pytest.mark.parametrize("text, expected", [
    # the other side named as the subject of a relative clause on the side noun
    ("Officials in Ankara said Turkey was no longer an ally Germany could rely on.", [("ally", ["DEU", "TUR"], None, "ended")]),
    ("Colombia remains an ally that Washington trusts, the envoy said.", [("ally", ["COL", "USA"], None, "holds")]),
    # a clause with its own subject and object says what the ally did, not whose ally it is
    ("Turkey is an ally that has often defied Washington.", []),
])
def test_the_other_side_in_a_clause(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "one of" an ally joined to an apposition describes the same state
    ("Serbia, a candidate for EU membership and one of Russia's closest allies in Europe, bought Chinese drones.",
     [("ally", ["RUS", "SRB"], None, "holds")]),
    ("Laos, a landlocked state and one of China's strategic partners, opened a railway.",
     [("strategic_partner", ["CHN", "LAO"], None, "holds")]),
])
def test_one_of_the_allies_joined_to_an_apposition(text, expected):
    assert [r for kind in ("ally", "strategic_partner") for r in _kinds(text, kind)] == expected


@pytest.mark.parametrize("text, expected", [
    # a relation named again in an apposition whose clause ends it has ended
    ("Egypt was Moscow's closest ally in the Arab world, an alliance that ended when Cairo expelled Soviet advisers in 1972.",
     [("ally", ["EGY", "RUS"], None, "ended")]),
    ("Ukraine and Russia were strategic partners, a partnership that collapsed in 2014.", [("strategic_partner", ["RUS", "UKR"], None, "ended")]),
    # one that goes on holds
    ("Venezuela and Cuba are strategic partners, a partnership that has lasted two decades.", [("strategic_partner", ["CUB", "VEN"], None, "holds")]),
])
def test_a_relation_ended_in_an_aside(text, expected):
    assert [r for kind in ("ally", "strategic_partner") for r in _kinds(text, kind)] == expected


@pytest.mark.parametrize("text, expected", [
    # "whose" before the relation noun stands for the state the clause hangs on
    ("Iceland, whose alliance with Norway was suspended in 1990, bought patrol boats.", [("ally", ["ISL", "NOR"], None, "ended")]),
    ("Ecuador, whose strategic partnership with China has deepened, signed new loan deals.", [("strategic_partner", ["CHN", "ECU"], None, "holds")]),
    # "whose" before another noun names no side of the relation
    ("Ecuador, whose president praised the strategic partnership, signed new loan deals.", []),
])
def test_whose_alliance(text, expected):
    assert [r for kind in ("ally", "strategic_partner") for r in _kinds(text, kind)] == expected


@pytest.mark.parametrize("text, expected", [
    # a relation told again as a like act between others, or by another in the holder's place
    ("Indonesia and Australia raised ties to a comprehensive strategic partnership, a month after a similar step between Jakarta and Tokyo.",
     [("strategic_partner", ["AUS", "IDN"], None, "holds"), ("strategic_partner", ["IDN", "JPN"], None, "holds")]),
    ("Kenya upgraded its ties with India to a strategic partnership in May, following a similar move by Ethiopia.",
     [("strategic_partner", ["ETH", "IND"], None, "holds"), ("strategic_partner", ["IND", "KEN"], None, "holds")]),
    # an act of another kind between others says nothing of the relation
    ("Indonesia and Australia raised ties to a strategic partnership, a month after a trade deal between Jakarta and Tokyo.",
     [("strategic_partner", ["AUS", "IDN"], None, "holds")]),
])
def test_a_similar_move(text, expected):
    assert _kinds(text, "strategic_partner") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "its allies" joined to a state by "and" are that state's allies, each with it, not allies of each other
    ("Russia and its allies Belarus and Armenia held drills near the border.",
     [("ally", ["ARM", "RUS"], None, "holds"), ("ally", ["BLR", "RUS"], None, "holds")]),
    ("France and its strategic partner India signed a submarine deal.", [("strategic_partner", ["FRA", "IND"], None, "holds")]),
    ("Iran and its allies Syria and Iraq met in Tehran.", [("ally", ["IRN", "IRQ"], None, "holds"), ("ally", ["IRN", "SYR"], None, "holds")]),
])
def test_a_state_and_its_allies(text, expected):
    assert [r for kind in ("ally", "strategic_partner") for r in _kinds(text, kind)] == expected


@pytest.mark.parametrize("text, expected", [
    # "one of" two side nouns joined: the second is held as the first is
    ("Italy has long been one of Libya's main partners and allies.", [("ally", ["ITA", "LBY"], None, "holds")]),
    ("Norway, one of Denmark's closest friends and allies, sent frigates.", [("ally", ["DNK", "NOR"], None, "holds")]),
    # a side that is no state: no alliance
    ("Italy is one of the EU's founders and allies.", []),
])
def test_one_of_two_side_nouns(text, expected):
    assert _kinds(text, "ally") == expected


@pytest.mark.parametrize("text, expected", [
    # the parties to a document on a relation hold it, or will where the signing is planned
    ("Belarus and Iran signed a treaty on comprehensive strategic partnership in Minsk.", [("strategic_partner", ["BLR", "IRN"], None, "holds")]),
    ("Moscow signed a Treaty on Comprehensive Strategic Partnership with Hanoi in June.", [("strategic_partner", ["RUS", "VNM"], None, "holds")]),
    ("Egypt and Greece plan to sign an agreement on strategic partnership next year.", [("strategic_partner", ["EGY", "GRC"], None, "hypothetical")]),
    # a document no one is said to sign
    ("Ministers discussed a treaty on strategic partnership.", []),
])
def test_a_document_on_a_partnership(text, expected):
    assert _kinds(text, "strategic_partner") == expected
