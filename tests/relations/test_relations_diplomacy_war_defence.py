"""Diplomatic relations, wars and defence pledges: the classes of construction read for them (a story after a dateline,
a war named for its place, a pledge told again "vice versa", ties cut by others "who did so")."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _read(text, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False)]


@pytest.mark.parametrize("text, expected", [
    ("JERUSALEM (Reuters) - Israel and Lebanon have technically been at war for decades.", ("at_war_with", ["ISR", "LBN"], None, "holds")),
    ("ANKARA (Reuters) - Turkey and Armenia have no diplomatic relations.", ("diplomatic_relations", ["ARM", "TUR"], None, "denied")),
    ("ABUJA (Reuters) - Nigeria and Brazil restored diplomatic relations.", ("diplomatic_relations", ["BRA", "NGA"], None, "holds")),
])
def test_a_story_after_a_dateline_keeps_its_first_words(text, expected):
    """The parser may cut the first word or two after a dateline off as a sentence of their own ("JERUSALEM (Reuters) -
    Israel || and Syria have ..."), which loses a side of every relation the sentence states."""
    assert expected in _read(text)


@pytest.mark.parametrize("text", [
    "Jordan, Egypt and Oman met in Cairo on Sunday for a summit overshadowed by the Gaza war.",
    "Kenya and Uganda held a summit dominated by the Sudan war.",
    "The Warsaw Pact was dissolved in 1991, after the Afghan war.",
    "Poland and Hungary were hit hard by the Ukraine war.",
    "Japan and South Korea signed the treaty in 1965, after the Korean War.",
])
def test_a_war_named_for_its_place_names_no_side(text):
    assert not [r for r in _read(text) if r[0] == "at_war_with"]


@pytest.mark.parametrize("text, expected", [
    ("India and Pakistan fought the Kargil war in 1999.", ("at_war_with", ["IND", "PAK"], None, "ended")),
    ("Veterans of the 1998-2000 Ethiopia-Eritrea war gathered in Mekele.", ("at_war_with", ["ERI", "ETH"], None, "ended")),
])
def test_a_war_its_sides_fight_or_name_keeps_them(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, expected", [
    ("Under the treaty, Australia is obliged to defend Nauru, and vice versa.", ("collective_defense", ["NRU"], "AUS", "holds")),
    ("Britain is bound by treaty to come to Portugal's aid if it is attacked, and the other way round.",
     ("collective_defense", ["PRT"], "GBR", "holds")),
    ("The United States is obliged to defend Japan, but not vice versa.", ("collective_defense", ["JPN"], "USA", "denied")),
])
def test_a_pledge_told_again_the_other_way(text, expected):
    assert expected in _read(text)


def test_a_pledge_told_one_way_is_not_reversed():
    found = _read("The United States is obliged to defend Japan under the 1960 treaty.")
    assert ("collective_defense", ["USA"], "JPN", "holds") in found
    assert not [r for r in found if r[0] == "collective_defense" and r[2] == "USA"]


@pytest.mark.parametrize("text, expected", [
    ("Bahrain restored diplomatic relations with Iran on Monday, following Saudi Arabia, which did so last year.",
     ("diplomatic_relations", ["IRN", "SAU"], None, "holds")),
    ("Nicaragua broke off diplomatic relations with Taiwan in December, the latest country to do so after Panama and Honduras.",
     ("diplomatic_relations", ["HND", "TWN"], None, "ended")),
    ("Belize suspended diplomatic ties with Israel, joining Bolivia, which did so a month earlier.",
     ("diplomatic_relations", ["BOL", "ISR"], None, "ended")),
])
def test_ties_others_did_so_with_too(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text", [
    "Chile cut ties with Israel, but Mexico has refused to do so.",
    "Chile cut ties with Israel; Mexico did not do so.",
])
def test_ties_others_would_not_cut(text):
    found = _read(text)
    assert ("diplomatic_relations", ["CHL", "ISR"], None, "ended") in found
    assert not [r for r in found if "MEX" in r[1]]


@pytest.mark.parametrize("text, expected", [
    ("North and South Korea have technically been at war since 1950.", ("at_war_with", ["KOR", "PRK"], None, "holds")),
    ("SEOUL (AP) - North and South Korea remain at war, the unification ministry said.", ("at_war_with", ["KOR", "PRK"], None, "holds")),
    ("North and South Korea joined the United Nations in 1991.", ("member_of", ["KOR", "PRK"], "UN", "holds")),
])
def test_a_name_two_modifiers_share_names_both_states(text, expected):
    assert expected in _read(text)


def test_a_name_with_one_modifier_names_one_state():
    assert _read("South Korea joined the OECD in 1996.") == [("member_of", ["KOR"], "OECD", "holds")]


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Ethiopia agreed to explore restoring diplomatic relations.", ("diplomatic_relations", ["ETH", "KEN"], None, "hypothetical")),
    ("Bolivia and Chile are exploring restoring diplomatic ties.", ("diplomatic_relations", ["BOL", "CHL"], None, "hypothetical")),
])
def test_relations_explored_are_hypothetical(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, expected", [
    ("Turkey stopped short of severing diplomatic relations with Israel.", ("diplomatic_relations", ["ISR", "TUR"], None, "holds")),
    ("South Africa recalled its diplomats from Israel but stopped short of cutting ties.", ("diplomatic_relations", ["ISR", "ZAF"], None, "holds")),
    ("Bolivia and Peru withdrew their envoys from Caracas, stopping short of breaking off diplomatic relations.",
     ("diplomatic_relations", ["BOL", "VEN"], None, "holds")),
])
def test_ties_a_state_stops_short_of_cutting_hold(text, expected):
    found = _read(text)
    assert expected in found
    assert not [r for r in found if r[0] == "diplomatic_relations" and r[3] == "ended"]


def test_ties_stopped_short_of_cutting_name_no_pair_of_the_cutters():
    assert not _read("Chile and Colombia recalled their ambassadors for consultations, stopping short of cutting ties.")


@pytest.mark.parametrize("text, expected", [
    ("The 1951 Mutual Defense Treaty between the Philippines and the United States remains in force.",
     ("collective_defense", ["USA"], "PHL", "holds")),
    ("Australia and Papua New Guinea signed the Pukpuk Mutual Defence Treaty in October.", ("collective_defense", ["PNG"], "AUS", "holds")),
    ("The GCC's Joint Defence Agreement was signed in 2000.", ("collective_defense", ["GCC"], None, "holds")),
])
def test_a_pact_named_in_title_case_for_mutual_defence(text, expected):
    assert expected in _read(text)


def test_a_name_with_treaty_in_it_is_no_pact():
    assert not [r for r in _read("Kazakhstan and Armenia belong to the Collective Security Treaty Organization.")
                if r[0] == "collective_defense"]


@pytest.mark.parametrize("text, expected", [
    ("Manila and Washington are bound by a 1951 mutual defence treaty.", ("collective_defense", ["PHL"], "USA", "holds")),
    ("Egypt and Sudan are linked by a joint defence pact signed in 2021.", ("collective_defense", ["EGY"], "SDN", "holds")),
    ("Seoul and Washington are bound by the Mutual Defense Treaty of 1953.", ("collective_defense", ["USA"], "KOR", "holds")),
])
def test_states_bound_by_a_mutual_defence_pact(text, expected):
    assert expected in _read(text)


def test_states_bound_by_another_treaty_have_no_defence_pact():
    assert not [r for r in _read("Tokyo and Seoul are bound by a fisheries treaty signed in 1998.") if r[0] == "collective_defense"]


def test_a_pact_whose_clause_binds_one_side_is_read_from_its_clause():
    found = _read("The US-Japan Mutual Defense Treaty, which commits Washington to defend Japan, was revised in 1960.")
    assert ("collective_defense", ["USA"], "JPN", "holds") in found
    assert ("collective_defense", ["JPN"], "USA", "holds") not in found


def test_states_covered_by_a_bloc_clause_are_not_bound_to_each_other():
    found = _read("Cyprus and Malta are covered by the EU's mutual assistance clause.")
    assert not [r for r in found if r[0] == "collective_defense" and r[2] in {"CYP", "MLT"} and r[1][0] in {"CYP", "MLT"}]


@pytest.mark.parametrize("text, denied, held", [
    ("Russia is not at war with Europe but with Ukraine, the Kremlin said.", None, ["RUS", "UKR"]),
    ("Azerbaijan is not at war with Iran but with Armenia, Aliyev said.", ["AZE", "IRN"], ["ARM", "AZE"]),
])
def test_a_war_denied_with_one_state_but_told_with_another(text, denied, held):
    found = _read(text)
    assert ("at_war_with", held, None, "holds") in found
    assert denied is None or ("at_war_with", denied, None, "denied") in found


def test_a_war_denied_with_no_other_named_holds_with_none():
    assert _read("Sudan is not at war with Chad, the army said.") == [("at_war_with", ["SDN", "TCD"], None, "denied")]

