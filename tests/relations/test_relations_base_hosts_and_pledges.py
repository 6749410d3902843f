"""Constructions of hosts_base and collective_defense that a journalist uses for many relations (issue 13, rules alone):
a host verb the parse misreads, a base owned through "its", forces counted ("thousands of"), kept or maintained,
"where" clauses hung on a title, a state defended through a relative pronoun, and mutual aid pledged. Each sentence
is the tests' own wording."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == kind]


@pytest.mark.parametrize("text, expected", [
    # "host" read as a noun or a modifier of what is hosted: the state named before it, or the sentence's subject
    ("Qatar and Oman, both close partners of Washington, host U.S. air and naval facilities.", ("hosts_base", ["OMN", "QAT"], "USA", "holds")),
    ("Greece hosts American naval facilities at Souda Bay.", ("hosts_base", ["GRC"], "USA", "holds")),
    ("Turkey hosts American nuclear weapons and a US air base.", ("hosts_base", ["TUR"], "USA", "holds")),
])
def test_a_host_verb_the_parse_misreads_still_names_the_host(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_the_host_of_a_summit_hosts_no_base():
    assert _kinds("Italy, the host of this year's G7 summit, criticised US military bases abroad.", "hosts_base") == []


def test_a_base_owned_through_its_is_the_clause_subjects_in_the_place_named():
    text = "Britain, which rotates Typhoon jets through its air base in Cyprus, signed a new defence pact with Nicosia."
    assert ("hosts_base", ["CYP"], "GBR", "holds") in _kinds(text, "hosts_base")


def test_a_base_of_its_own_in_its_own_capital_is_no_base_abroad():
    assert _kinds("Egypt, which trains Sudanese pilots at its air base in Cairo, denied sending jets to Sudan.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # forces counted ("thousands of"), or a "where" clause the parse hangs on a title before the state
    ("South Korea, where tens of thousands of American troops are stationed, held elections on Wednesday.", ("hosts_base", ["KOR"], "USA", "holds")),
    ("The foreign minister of Qatar, where thousands of American troops are based, flew to Cairo on Monday.", ("hosts_base", ["QAT"], "USA", "holds")),
])
def test_forces_counted_or_placed_by_where_are_hosted(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_forces_counted_with_no_state_for_a_place_are_hosted_nowhere():
    assert _kinds("Thousands of Russian troops are stationed along the border.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # forces kept or maintained in a state, or at a base in it
    ("France maintains about 1,500 troops in Djibouti under a 2011 treaty.", ("hosts_base", ["DJI"], "FRA", "holds")),
    ("The United States maintains soldiers at a garrison in eastern Syria.", ("hosts_base", ["SYR"], "USA", "holds")),
    # a named airfield let to another's air force
    ("Iceland lets US Navy patrol aircraft use Keflavik Field.", ("hosts_base", ["ISL"], "USA", "holds")),
])
def test_forces_kept_in_a_state_are_hosted_by_it(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_forces_kept_on_alert_are_hosted_by_no_one():
    assert _kinds("Russia keeps its troops on high alert.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # the one defended is a relative pronoun, "which" (which the parse may make a second subject)
    ("Turkey keeps a garrison in Azerbaijan, which it has pledged to defend.", ("collective_defense", ["TUR"], "AZE", "holds")),
    ("Serbia, which Russia has promised to defend, bought Chinese missiles.", ("collective_defense", ["RUS"], "SRB", "holds")),
    ("Greece has troops in Cyprus, which Athens says it would defend if Turkey attacked the island.",
     ("collective_defense", ["GRC"], "CYP", "hypothetical")),
])
def test_a_state_defended_through_a_relative_pronoun(text, expected):
    assert expected in _kinds(text, "collective_defense")


@pytest.mark.parametrize("text", [
    "Armenia and Greece promised mutual military assistance in a declaration signed on Friday.",
    "Kenya and Ethiopia agreed on mutual defence in a 1964 treaty.",
])
def test_mutual_aid_pledged_binds_each_to_defend_the_other(text):
    found = _kinds(text, "collective_defense")
    sides = {(s[0], o) for _, s, o, polarity in found if polarity == "holds"}
    assert len(sides) == 2 and all(s != o for s, o in sides)


def test_mutual_aid_against_wildfires_is_no_defence():
    assert _kinds("Chile and Peru pledged mutual assistance in fighting wildfires.", "collective_defense") == []


@pytest.mark.parametrize("text, expected", [
    # an organisation's own clause or numbered article of defence, named through its possessor or "its"
    ("Lithuania relies on NATO's Article 5 guarantee against Russia.", ("collective_defense", ["NATO"], None, "holds")),
    ("Kyrgyzstan criticised the CSTO for failing to honour its collective-defence clause.", ("collective_defense", ["CSTO"], None, "holds")),
])
def test_an_organisations_own_defence_clause(text, expected):
    assert expected in _kinds(text, "collective_defense")


def test_a_states_own_numbered_article_is_no_organisations_clause():
    assert _kinds("Moldova's Article 11 guarantee of neutrality rules out foreign troops.", "collective_defense") == []


@pytest.mark.parametrize("text, expected", [
    # the one relied on to defend defends the one relying on it
    ("Armenia long relied on Russia to defend its airspace.", ("collective_defense", ["RUS"], "ARM", "holds")),
    ("Estonia relies on NATO to defend its territory.", ("collective_defense", ["NATO"], "EST", "holds")),
])
def test_a_state_relied_on_to_defend_another_defends_it(text, expected):
    assert expected in _kinds(text, "collective_defense")


def test_partners_relied_on_to_supply_arms_defend_no_one():
    assert _kinds("Ukraine counts on its partners to supply air defence.", "collective_defense") == []


@pytest.mark.parametrize("text, expected", [
    # a base named by its place's state, described in apposition as another state's: an aside, whatever the clause says
    ("Armenia's Gyumri garrison, Russia's largest base in the Caucasus, was put on alert.", ("hosts_base", ["ARM"], "RUS", "holds")),
    ("Spain's Rota naval station, the main American facility in southern Europe, will get two more destroyers.",
     ("hosts_base", ["ESP"], "USA", "holds")),
])
def test_a_base_described_as_another_states_in_apposition(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_a_base_described_without_another_state_is_no_foreign_base():
    assert _kinds("Greece's Souda Bay base, a vital hub for the Mediterranean, expanded.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # the state that runs a base, named before a participle of running ("Chinese-run")
    ("A Chinese-run naval base in Cambodia, Beijing's second overseas military outpost, opened in April.", ("hosts_base", ["KHM"], "CHN", "holds")),
    ("A British-run naval base in Bahrain opened in 2018.", ("hosts_base", ["BHR"], "GBR", "holds")),
])
def test_a_base_run_by_a_state_named_before_the_participle(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_a_port_built_by_a_state_is_no_base_of_it():
    assert _kinds("A Chinese-built port in Sri Lanka opened to commercial shipping.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # a pledge of defence in other words: a state's integrity or security guaranteed, aggression against it confronted
    ("The United States has pledged to guarantee Israel's security.", ("collective_defense", ["USA"], "ISR", "holds")),
    ("Turkey vowed to resist any aggression against Azerbaijan.", ("collective_defense", ["TUR"], "AZE", "holds")),
])
def test_a_pledge_to_guarantee_or_confront_aggression_is_defence(text, expected):
    assert expected in _kinds(text, "collective_defense")


def test_the_safety_of_citizens_abroad_is_no_states_defence():
    assert _kinds("China said it would ensure the safety of its citizens in Sudan.", "collective_defense") == []


@pytest.mark.parametrize("text, pair", [
    # an accord that "stops short of" or "falls short of" a mutual defence pact: no such pact between its parties
    ("Japan and the Philippines signed a reciprocal access agreement that falls short of a mutual defence treaty.", {"JPN", "PHL"}),
    ("The new accord between Vietnam and India stops short of a mutual defence pact.", {"VNM", "IND"}),
])
def test_an_accord_short_of_a_mutual_defence_pact_denies_one(text, pair):
    found = _kinds(text, "collective_defense")
    assert {(s[0], o) for _, s, o, polarity in found if polarity == "denied"} == {(a, b) for a in pair for b in pair if a != b}
    assert all(polarity == "denied" for *_, polarity in found)


@pytest.mark.parametrize("text, expected", [
    # another state's port or base its forces use
    ("US aircraft use the Turkish air base at Incirlik for refuelling.", ("hosts_base", ["TUR"], "USA", "holds")),
    ("The Indian navy uses the Omani port of Duqm for logistics.", ("hosts_base", ["OMN"], "IND", "holds")),
    ("British warships have used Bahrain's naval facilities since 2018.", ("hosts_base", ["BHR"], "GBR", "holds")),
])
def test_a_port_or_base_used_by_another_states_forces(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_a_port_used_by_companies_hosts_no_forces():
    assert _kinds("Chinese companies use the Kenyan port of Mombasa for exports.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # an airbase or outpost is a base as "base" is
    ("Russia has an airbase in Kyrgyzstan.", ("hosts_base", ["KGZ"], "RUS", "holds")),
    ("Gabon's defence minister said France plans to open a permanent outpost in the country.", ("hosts_base", ["GAB"], "FRA", "hypothetical")),
])
def test_an_airbase_or_outpost_is_a_base(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_a_states_own_airbase_in_its_own_city_is_no_foreign_base():
    assert _kinds("Spain's airbase in Ceuta was reinforced.", "hosts_base") == []


def test_forces_kept_in_occupied_land_are_not_hosted():
    assert _kinds("Russia keeps troops in Ukraine's occupied territories.", "hosts_base") == []


def test_forces_stationed_at_a_base_in_a_state_are_hosted_by_it():
    text = "American forces are stationed at Al Udeid air base in Qatar."
    assert ("hosts_base", ["QAT"], "USA", "holds") in _kinds(text, "hosts_base")


def test_forces_stationed_at_a_base_in_no_state_are_hosted_by_no_one():
    assert _kinds("Russian troops are stationed at a base near the border.", "hosts_base") == []


def test_a_state_treaty_bound_to_defend_another():
    assert ("collective_defense", ["USA"], "JPN", "holds") in _kinds("The United States is treaty-bound to defend Japan.", "collective_defense")


@pytest.mark.parametrize("text, expected", [
    # security guarantees given, offered or sought: the guarantor defends the one guaranteed, as the verb says
    ("Britain offered security guarantees to Ukraine.", ("collective_defense", ["GBR"], "UKR", "hypothetical")),
    ("Ukraine seeks security guarantees from the United States.", ("collective_defense", ["USA"], "UKR", "hypothetical")),
    ("France and Britain signed security guarantees for Ukraine on Thursday.", ("collective_defense", ["FRA", "GBR"], "UKR", "holds")),
])
def test_security_guarantees_are_defence_pledged(text, expected):
    assert expected in _kinds(text, "collective_defense")


def test_security_guarantees_demanded_of_a_rival_are_no_defence():
    assert _kinds("Russia demanded security guarantees from NATO.", "collective_defense") == []


@pytest.mark.parametrize("text, expected", [
    # "there are" forces of one state in another: hosted, denied with "no", ended with "once"
    ("There are about 35,000 US troops in Germany.", ("hosts_base", ["DEU"], "USA", "holds")),
    ("There are no American soldiers in Venezuela, the Pentagon said.", ("hosts_base", ["VEN"], "USA", "denied")),
    ("There were once 20,000 Soviet troops in Mongolia.", ("hosts_base", ["MNG"], "RUS", "ended")),
])
def test_forces_there_are_in_a_state_are_hosted_by_it(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_forces_there_are_in_occupied_land_are_not_hosted():
    assert _kinds("There are Russian troops in Ukraine's occupied regions.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # a state's security or defence guaranteed by another, told in the passive
    ("Palau's security is guaranteed by the United States under a compact of free association.", ("collective_defense", ["USA"], "PLW", "holds")),
    ("Japan, whose defence is guaranteed by the United States, raised spending.", ("collective_defense", ["USA"], "JPN", "holds")),
])
def test_a_states_security_guaranteed_by_another(text, expected):
    assert expected in _kinds(text, "collective_defense")


def test_the_security_of_an_event_guaranteed_by_police_is_no_defence():
    assert _kinds("The security of the Games is guaranteed by the police.", "collective_defense") == []
