"""Constructions of hosts_base and collective_defense read for issue 13 (rules alone), each in a sentence of the
tests' own wording."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == kind]


@pytest.mark.parametrize("text, expected", [
    # access granted, use allowed, areas opened: the granting state hosts the forces let in
    ("Greece has granted US forces access to three more of its military bases.", ("hosts_base", ["GRC"], "USA", "holds")),
    ("Oman opened two naval areas to British forces under a new defence accord.", ("hosts_base", ["OMN"], "GBR", "holds")),
    ("Kenya will not allow Chinese forces to use bases on its territory.", ("hosts_base", ["KEN"], "CHN", "denied")),
    ("Gabon has denied giving Russia permission to build a naval base on its coast.", ("hosts_base", ["GAB"], "RUS", "denied")),
    ("Angola would grant Russian forces access to two airfields under the draft deal.", ("hosts_base", ["AGO"], "RUS", "hypothetical")),
    ("Eritrea is ready to let Iran set up a naval base at Assab.", ("hosts_base", ["ERI"], "IRN", "hypothetical")),
])
def test_a_state_that_lets_forces_use_its_bases_hosts_them(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_ports_opened_to_companies_are_no_base():
    assert _kinds("Kenya gave Chinese companies access to its ports.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # forces expelled, ordered out or withdrawn: the state they leave hosted them, and no longer does
    ("Guinea expelled the remaining Russian troops last year.", ("hosts_base", ["GIN"], "RUS", "ended")),
    ("Gabon ordered French soldiers out of the country in March.", ("hosts_base", ["GAB"], "FRA", "ended")),
    ("Kyrgyzstan told US forces to leave the Manas air base.", ("hosts_base", ["KGZ"], "USA", "ended")),
    ("Chad's military government ordered French troops to leave within six weeks.", ("hosts_base", ["TCD"], "FRA", "ended")),
    ("The last Turkish soldiers pulled out of Somalia on Monday.", ("hosts_base", ["SOM"], "TUR", "ended")),
    ("Britain completed the withdrawal of its troops from Belize in 2011.", ("hosts_base", ["BLZ"], "GBR", "ended")),
    ("Benin threatened to expel Nigerian troops.", ("hosts_base", ["BEN"], "NGA", "hypothetical")),
])
def test_forces_sent_away_ended_their_hosting(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_an_order_without_leaving_sends_no_forces_away():
    assert _kinds("Gabon ordered French troops to guard the airport.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # a base closed, taken back or handed back: its host no longer hosts its owner
    ("Peru closed the US naval base at Callao in 1999.", ("hosts_base", ["PER"], "USA", "ended")),
    ("Gabon took back the last military bases used by French forces.", ("hosts_base", ["GAB"], "FRA", "ended")),
    ("Britain's air base at Gan was handed back to the Maldives in 1976.", ("hosts_base", ["MDV"], "GBR", "ended")),
    ("Chile will close the Russian naval station at Punta Arenas.", ("hosts_base", ["CHL"], "RUS", "hypothetical")),
])
def test_a_base_handed_back_ended_its_hosting(text, expected):
    found = _kinds(text, "hosts_base")
    assert expected in found and (*expected[:3], "holds") not in found, found


@pytest.mark.parametrize("text, expected", [
    # the state defended named by a part of it, or by what it is after its name
    ("The accord obliges Britain to defend Omani vessels in the Gulf.", ("collective_defense", ["GBR"], "OMN", "holds")),
    ("Oman and Britain signed a treaty under which London pledged to help defend the sultanate.",
     ("collective_defense", ["GBR"], "OMN", "holds")),
    ("Oslo said the pact obliges it to defend Icelandic waters.", ("collective_defense", ["NOR"], "ISL", "holds")),
    # told with "would", the pledge is hypothetical; an obligation denied is denied
    ("Brunei is seeking a treaty under which Britain would defend the sultanate.", ("collective_defense", ["GBR"], "BRN", "hypothetical")),
    ("Chile said it was not obliged to send ships to defend Peru's islands.", ("collective_defense", ["CHL"], "PER", "denied")),
])
def test_the_state_a_pledge_defends(text, expected):
    assert expected in _kinds(text, "collective_defense")


def test_the_state_named_after_the_noun_is_not_the_one_defended():
    assert _kinds("The pact would oblige Washington to defend the kingdom if Riyadh recognised Israel.", "collective_defense") == []


@pytest.mark.parametrize("text, expected", [
    # forces led by one state, named by a demonym before "-led" or listed "respectively" against their hosts
    ("Slovakia hosts a Czech-led NATO battlegroup near Lest.", [("hosts_base", ["SVK"], "CZE", "holds")]),
    ("Romania and Bulgaria host multinational battlegroups led by France and Italy respectively.",
     [("hosts_base", ["ROU"], "FRA", "holds"), ("hosts_base", ["BGR"], "ITA", "holds")]),
    # the forces are no host where the parse sets them beside the place
    ("About 12,000 US troops are stationed in Italy, the second American military presence in Europe.",
     [("hosts_base", ["ITA"], "USA", "holds")]),
])
def test_forces_led_or_listed_respectively(text, expected):
    found = _kinds(text, "hosts_base")
    assert sorted(found) == sorted(expected), found


@pytest.mark.parametrize("text, expected", [
    # a base on a state's own soil, territory or "the country": the state the clause is about hosts it
    ("Latvia wants a permanent Canadian base on its soil, President Edgars Rinkevics said.", ("hosts_base", ["LVA"], "CAN", "hypothetical")),
    ("Tonga has asked Canberra to build a naval base on its territory.", ("hosts_base", ["TON"], "AUS", "hypothetical")),
    ("Estonia wants Britain to open a permanent garrison base on its soil.", ("hosts_base", ["EST"], "GBR", "hypothetical")),
    ("Ghana said it was not seeking a Russian military base on its territory.", ("hosts_base", ["GHA"], "RUS", "denied")),
])
def test_a_base_on_a_states_own_soil(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_a_base_whose_fate_the_clause_tells_is_not_read_on_its_soil():
    assert _kinds("Chad's leader said French bases would not remain in the country for long.", "hosts_base") == []


@pytest.mark.parametrize("text, expected", [
    # a mutual defence pact whose parties are named away from it
    ("Canberra and Wellington are allies under a 1951 mutual defence treaty.",
     [("collective_defense", ["AUS"], "NZL", "holds"), ("collective_defense", ["NZL"], "AUS", "holds")]),
    ("Chile's president called Argentina a friend and said the two countries' mutual defence pact remained in force.",
     [("collective_defense", ["ARG"], "CHL", "holds"), ("collective_defense", ["CHL"], "ARG", "holds")]),
    ("The Turkish-Iraqi friendship treaty contains no mutual defence clause, officials said.",
     [("collective_defense", ["IRQ"], "TUR", "denied"), ("collective_defense", ["TUR"], "IRQ", "denied")]),
])
def test_the_parties_of_a_mutual_pact_named_away_from_it(text, expected):
    found = _kinds(text, "collective_defense")
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, expected", [
    # a state said it would defend another if attacked, with no treaty named: a pledge in prospect; asked about, not denied
    ("Ankara has said Turkish forces would come to Azerbaijan's defence if Armenia attacked.", ("collective_defense", ["TUR"], "AZE", "hypothetical")),
    ("French officials declined to say whether France would defend Djibouti if Eritrea attacked it.",
     ("collective_defense", ["FRA"], "DJI", "hypothetical")),
])
def test_a_state_that_would_defend_another_if_attacked(text, expected):
    assert expected in _kinds(text, "collective_defense")


def test_defending_with_no_attack_in_view_is_no_pledge():
    assert _kinds("France would defend its interests in Djibouti, officials said.", "collective_defense") == []


def test_a_clause_invoked_only_once_still_holds():
    found = _kinds("The African Union's mutual assistance clause has been invoked only once, by Comoros in 2008.", "collective_defense")
    assert ("collective_defense", ["AU"], None, "holds") in found, found


@pytest.mark.parametrize("text, expected", [
    # the host named by what a clause hangs on: a "where" clause, a relative clause inside an apposition
    ("Hungary, where about 1,000 American soldiers are stationed, held elections.", [("hosts_base", ["HUN"], "USA", "holds")]),
    ("Oman, a country of five million people that hosts naval bases of Britain and India, held talks.",
     [("hosts_base", ["OMN"], "GBR", "holds"), ("hosts_base", ["OMN"], "IND", "holds")]),
])
def test_the_host_a_clause_hangs_on(text, expected):
    found = _kinds(text, "hosts_base")
    assert sorted(found) == sorted(expected), found


def test_a_state_that_hosts_anothers_weapons_hosts_its_forces():
    found = _kinds("Italy, which hosts American nuclear weapons at Aviano, joined the exercise.", "hosts_base")
    assert ("hosts_base", ["ITA"], "USA", "holds") in found, found


@pytest.mark.parametrize("text, expected", [
    # a base named before its description stands where the base would; forces listed after the place are no host
    ("Bahrain is home to Isa Air Base, the largest US air base in the Gulf.", [("hosts_base", ["BHR"], "USA", "holds")]),
    ("Qatar hosts a Turkish military base in Doha, and US aircraft operate from Al Udeid air base.", [("hosts_base", ["QAT"], "TUR", "holds")]),
])
def test_a_named_base_and_its_host(text, expected):
    found = _kinds(text, "hosts_base")
    assert sorted(found) == sorted(expected), found


@pytest.mark.parametrize("text, expected", [
    # forces that stay in a state, or stationed in a place of it, are hosted by it
    ("Turkish troops will stay in Qatar under the accord, officials said.", [("hosts_base", ["QAT"], "TUR", "holds")]),
    ("Spanish troops have been stationed in Latvia's capital since 2017.", [("hosts_base", ["LVA"], "ESP", "holds")]),
    ("About 5,000 US troops stationed in Romania will stay there, the Pentagon said.", [("hosts_base", ["ROU"], "USA", "holds")]),
])
def test_forces_that_stay_in_a_state(text, expected):
    found = _kinds(text, "hosts_base")
    assert sorted(found) == sorted(expected), found


@pytest.mark.parametrize("text, expected", [
    # "home to" set off after the second of two states is the second's; "hosted no bases since" ended
    ("Armenia, which hosts a Russian military base, and Belarus, home to a Russian air base, held joint drills.",
     [("hosts_base", ["ARM"], "RUS", "holds"), ("hosts_base", ["BLR"], "RUS", "holds")]),
    ("Ecuador has hosted no US bases since the lease at Manta expired in 2009.", [("hosts_base", ["ECU"], "USA", "ended")]),
])
def test_who_hosts_and_since_when(text, expected):
    found = _kinds(text, "hosts_base")
    assert sorted(found) == sorted(expected), found


@pytest.mark.parametrize("text, expected", [
    # a base named by no state that is said to host forces: whose "its", or the state that speaks of it
    ("Vanuatu has denied that its new naval base will host Chinese warships.", ("hosts_base", ["VUT"], "CHN", "denied")),
    ("Gabon's president said the Owendo naval base would host French forces until 2030.", ("hosts_base", ["GAB"], "FRA", "hypothetical")),
])
def test_the_host_of_a_base_named_by_no_state(text, expected):
    assert expected in _kinds(text, "hosts_base")


@pytest.mark.parametrize("text, expected", [
    # a pledge told of a pact that the sentence says was ended or dissolved has ended
    ("The Arab League, whose members pledged to assist any of them attacked, was disbanded.",
     ("collective_defense", ["Arab League"], None, "ended")),
    ("The 1954 accord, which had committed Britain to defend Libya, was terminated in 1970.", ("collective_defense", ["GBR"], "LBY", "ended")),
])
def test_a_pledge_of_a_pact_since_ended(text, expected):
    assert expected in _kinds(text, "collective_defense")


def test_its_aid_is_the_other_states():
    found = _kinds("Under the 1960 accord, Britain is obliged to come to its aid if Cyprus is invaded.", "collective_defense")
    assert ("collective_defense", ["GBR"], "CYP", "holds") in found, found


def test_a_state_set_to_host_forces_hosts_them_in_prospect():
    found = _kinds("Slovenia is set to host a Hungarian-led NATO battalion from next year.", "hosts_base")
    assert found == [("hosts_base", ["SVN"], "HUN", "hypothetical")], found


def test_forces_hosted_under_their_own_name():
    found = _kinds("Libya's eastern government hosts the Wagner Group near Benghazi, officials said.", "hosts_base")
    assert ("hosts_base", ["LBY"], "RUS", "holds") in found, found


@pytest.mark.parametrize("text, expected", [
    ("Poland, which hosts a US missile defence site at Redzikowo, bought more tanks.", ("hosts_base", ["POL"], "USA", "holds")),
    ("Greece has hosted a US naval station at Souda Bay since 1959.", ("hosts_base", ["GRC"], "USA", "holds")),
])
def test_a_station_or_site_hosted(text, expected):
    assert expected in _kinds(text, "hosts_base")
