"""Forces and bases one state keeps in another, in the wordings news uses for them (issue 13, rules alone): forces
that remain or that a state has in a place, forces on a state's soil (often wished for or refused), and a base named
by its host's possessive and described as another state's base. Each sentence is the tests' own wording."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _bases(text):
    return [(sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == "hosts_base"]


@pytest.mark.parametrize("text, expected", [
    ("Some 1,500 French soldiers remain in Gabon under a revised defence accord.", (["GAB"], "FRA", "holds")),
    ("About 2,500 American troops remain in Iraq as advisers, the Pentagon said.", (["IRQ"], "USA", "holds")),
    ("Washington has about 900 troops in Syria, mostly in the northeast.", (["SYR"], "USA", "holds")),
    ("Britain has some 250 soldiers in Belize, a training presence dating back decades.", (["BLZ"], "GBR", "holds")),
])
def test_forces_that_remain_or_that_a_state_has_in_another_are_hosted(text, expected):
    assert expected in _bases(text)


@pytest.mark.parametrize("text", [
    "Russian troops remain in Ukraine's Donbas region after three years of war.",
    "Ethiopia has troops in Tigray since the invasion of the region, a rights group said.",
])
def test_forces_kept_where_a_war_is_fought_are_not_hosted(text):
    assert _bases(text) == []


def test_a_war_named_as_a_date_does_not_unhost_forces():
    text = "Some 28,500 American troops remain in South Korea, seven decades after the Korean War."
    assert (["KOR"], "USA", "holds") in _bases(text)


@pytest.mark.parametrize("text, expected", [
    ("The president rejected the idea of Chinese troops on Cambodian soil.", (["KHM"], "CHN", "denied")),
    ("Hungary said it would never accept Russian soldiers on Hungarian soil again.", (["HUN"], "RUS", "denied")),
    ("Poland has long wanted American troops on its territory.", (["POL"], "USA", "hypothetical")),
    ("There are about 2,000 British soldiers on Estonian soil, the ministry said.", (["EST"], "GBR", "holds")),
])
def test_forces_on_a_states_soil_are_hosted_as_the_clause_says(text, expected):
    assert expected in _bases(text)


def test_forces_on_soil_where_a_war_is_fought_are_not_hosted():
    assert _bases("Russian forces on Ukrainian soil pressed their offensive near Pokrovsk.") == []


@pytest.mark.parametrize("text, expected", [
    ("Qatar's Al Udeid, the largest US base in the Middle East, was hit by Iranian missiles.", (["QAT"], "USA", "holds")),
    ("Germany's Ramstein, the biggest American air base abroad, was put on alert.", (["DEU"], "USA", "holds")),
    ("Djibouti's Camp Lemonnier, the main US base in Africa, sits near the Chinese facility.", (["DJI"], "USA", "holds")),
])
def test_a_base_named_by_its_host_and_described_as_anothers_is_hosted(text, expected):
    assert expected in _bases(text)


def test_a_person_described_by_an_apposition_is_no_base():
    assert _bases("Russia's Putin, a former KGB officer, met Iran's leader in Tehran.") == []


@pytest.mark.parametrize("text, expected", [
    ("Djibouti, which hosts the biggest US base in Africa at Camp Lemonnier as well as a French garrison, offered on Monday to host "
     "the talks.", (["DJI"], "FRA", "holds")),
    ("Kenya, which hosts a British army training unit in the north at Nanyuki as well as an American garrison, offered to mediate "
     "on Friday.", (["KEN"], "USA", "holds")),
    ("Oman, which hosts a British naval base at Duqm as well as an Indian garrison, called for calm.", (["OMN"], "IND", "holds")),
])
def test_forces_joined_to_the_verb_of_hosting_are_hosted(text, expected):
    assert expected in _bases(text)


@pytest.mark.parametrize("text, expected", [
    ("Kyrgyzstan had leased the Manas air base to the United States since 2001.", (["KGZ"], "USA", "holds")),
    ("The Sevastopol naval base was leased to Russia by Ukraine in 1997.", (["UKR"], "RUS", "holds")),
    ("Georgia refused to lease its former Soviet bases to Russia.", (["GEO"], "RUS", "denied")),
    ("Djibouti plans to lease a military facility to Saudi Arabia.", (["DJI"], "SAU", "hypothetical")),
])
def test_a_base_leased_to_another_state_is_hosted(text, expected):
    assert expected in _bases(text)


def test_a_port_leased_for_trade_is_no_base():
    assert _bases("Sri Lanka leased Hambantota port to China for 99 years.") == []


@pytest.mark.parametrize("text, expected", [
    ("Some 2,500 US troops are in Iraq under an agreement with Baghdad.", (["IRQ"], "USA", "holds")),
    ("About 400 Chinese soldiers are in Djibouti at any one time.", (["DJI"], "CHN", "holds")),
    ("No American soldiers are in Venezuela, the Pentagon said.", (["VEN"], "USA", "denied")),
])
def test_forces_said_to_be_in_another_state_are_hosted(text, expected):
    assert expected in _bases(text)


@pytest.mark.parametrize("text", [
    "Russian troops are in occupied Crimea, the report said.",
    "US troops are in talks with Iraqi officials about their future.",
])
def test_forces_in_occupied_land_or_in_talks_are_not_hosted(text):
    assert _bases(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Turkey set up a military base in Somalia in 2017.", (["SOM"], "TUR", "holds")),
    ("India opened a military facility in Tajikistan's Ayni airbase.", (["TJK"], "IND", "holds")),
    ("China established a naval base in Djibouti in 2017.", (["DJI"], "CHN", "holds")),
    ("Russia plans to set up a naval base in Sudan.", (["SDN"], "RUS", "hypothetical")),
])
def test_a_base_a_state_sets_up_in_another_is_hosted(text, expected):
    assert expected in _bases(text)


def test_an_embassy_opened_is_no_base():
    assert _bases("India opened an embassy in Tajikistan in 2019.") == []


@pytest.mark.parametrize("text, expected", [
    ("After the withdrawal of French troops from Mali, Russian instructors arrived in Bamako.", (["MLI"], "FRA", "ended")),
    ("The departure of the last Russian soldiers from Lithuania in 1993 was celebrated in Vilnius.", (["LTU"], "RUS", "ended")),
    ("Niger's junta demanded the withdrawal of US troops from Niger by September.", (["NER"], "USA", "hypothetical")),
    ("Iraqi lawmakers called for the withdrawal of US forces from Iraq.", (["IRQ"], "USA", "hypothetical")),
])
def test_the_withdrawal_of_forces_from_a_state_ends_or_asks_to_end_its_hosting(text, expected):
    assert expected in _bases(text)


@pytest.mark.parametrize("text", [
    "The withdrawal of Armenia from the CSTO is under discussion.",
    "Niger welcomed the departure of its ambassador from Paris.",
    "Washington demanded the withdrawal of Russian troops.",
])
def test_the_withdrawal_of_a_state_or_a_diplomat_ends_no_hosting(text):
    assert _bases(text) == []


@pytest.mark.parametrize("text, expected", [
    ("China's first overseas military base, in Djibouti, opened in 2017.", (["DJI"], "CHN", "holds")),
    ("Russia's only naval base abroad, at Tartus in Syria, faces an uncertain future.", (["SYR"], "RUS", "holds")),
])
def test_a_base_with_its_place_set_off_by_commas_is_hosted(text, expected):
    assert expected in _bases(text)


def test_a_states_army_with_its_place_set_off_by_commas_is_no_base():
    assert _bases("Turkey's army, in Ankara, said nothing about the talks.") == []


@pytest.mark.parametrize("text, expected", [
    ("Britain's sovereign base areas in Cyprus cover about 3 percent of the island.", (["CYP"], "GBR", "holds")),
    ("The American base facilities in Bahrain were expanded last year.", (["BHR"], "USA", "holds")),
])
def test_base_areas_and_base_facilities_are_bases(text, expected):
    assert expected in _bases(text)


@pytest.mark.parametrize("text, expected", [
    ("Poland wants a permanent US base on Polish soil.", (["POL"], "USA", "hypothetical")),
    ("Russia is seeking a naval base in Sudan.", (["SDN"], "RUS", "hypothetical")),
    ("China proposed a naval base in Gabon, officials said.", (["GAB"], "CHN", "hypothetical")),
    ("Moscow is eyeing an air base in Libya's east.", (["LBY"], "RUS", "hypothetical")),
    ("Russia does not want a base in Venezuela, the Kremlin said.", (["VEN"], "RUS", "denied")),
])
def test_a_base_sought_abroad_is_hypothetical(text, expected):
    assert expected in _bases(text)


def test_a_base_a_state_has_abroad_still_holds():
    assert (["TJK"], "RUS", "holds") in _bases("Russia has a base in Tajikistan.")


@pytest.mark.parametrize("text, expected", [
    ("Chad's junta ended the presence of French troops in Chad in January.", (["TCD"], "FRA", "ended")),
    ("Poland welcomed the presence of American troops in Poland.", (["POL"], "USA", "holds")),
    ("Mali's junta has accepted the presence of Russian instructors in Mali.", (["MLI"], "RUS", "holds")),
])
def test_the_presence_of_forces_in_a_state_is_hosted_as_the_clause_says(text, expected):
    assert expected in _bases(text)


def test_the_presence_of_forces_in_occupied_land_is_not_hosted():
    assert _bases("Kyiv condemned the presence of Russian troops in occupied Crimea.") == []
