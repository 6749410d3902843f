"""Where a base is and what became of it (issue 13, rules alone): a base placed by a town the actors stage leaves
uncoded ("at Rota", "on Okinawa"), a place called military standing for a base ("a naval facility"), and the base's own
words for its fate ("the former base", "closed in 2002", "a request for a base"). Each sentence is the tests' own wording."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _bases(text):
    return [(sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == "hosts_base"]


@pytest.mark.parametrize("text, expected", [
    # the town a base is at lies in a state the sentence names
    ("Spain's defence minister visited the US naval base at Rota on Friday.", (["ESP"], "USA", "holds")),
    ("Japanese officials inspected the American air base on Okinawa.", (["JPN"], "USA", "holds")),
    ("Djibouti's president toured the Chinese naval base at Obock on Monday.", (["DJI"], "CHN", "holds")),
])
def test_a_base_at_a_town_is_hosted_by_the_state_the_town_lies_in(text, expected):
    assert expected in _bases(text)


def test_a_town_of_a_state_the_sentence_does_not_name_places_no_base():
    assert _bases("Brazil's navy chief visited the US naval base at Rota.") == []


@pytest.mark.parametrize("text, expected", [
    # a place called naval or military is a base
    ("Britain's naval facility in Bahrain reopened in 2018.", (["BHR"], "GBR", "holds")),
    ("Kenya's parliament questioned the American military installation in Lamu.", (["KEN"], "USA", "holds")),
])
def test_a_place_called_military_is_a_base(text, expected):
    assert expected in _bases(text)


def test_a_hub_of_companies_is_no_base():
    assert _bases("Chinese firms built a logistics hub in Kenya.") == []


@pytest.mark.parametrize("text, expected", [
    # the base's own words for its fate
    ("The Russian naval base at Cam Ranh closed in 2002, Vietnam's government said.", (["VNM"], "RUS", "ended")),
    ("Uzbekistan's government said the US air base at Karshi, vacated in 2005, would not reopen.", (["UZB"], "USA", "ended")),
    ("Officials in Manila toured the former American naval base in the Philippines.", (["PHL"], "USA", "ended")),
    ("Gabon is studying a Chinese proposal for a naval base at Port-Gentil.", (["GAB"], "CHN", "hypothetical")),
    ("Mauritania turned down a Russian request for a naval base in Nouadhibou.", (["MRT"], "RUS", "denied")),
    ("Syria's leaders discussed the future of Russia's naval facility at Tartus.", (["SYR"], "RUS", "holds")),
])
def test_a_base_is_ended_sought_or_held_as_its_own_words_say(text, expected):
    assert expected in _bases(text)


@pytest.mark.parametrize("text, expected", [
    # forces that remain stationed, also where the parse hangs them on "remained"
    ("About 2,000 British troops remain stationed in Estonia.", (["EST"], "GBR", "holds")),
    ("American troops remained stationed in Germany after the war.", (["DEU"], "USA", "holds")),
    ("Roughly 800 Italian soldiers stay deployed in Lebanon under the mission.", (["LBN"], "ITA", "holds")),
])
def test_forces_that_remain_stationed_are_hosted(text, expected):
    assert expected in _bases(text)


def test_forces_that_remain_in_occupied_land_are_not_hosted():
    assert _bases("Russian troops remain deployed in occupied Crimea.") == []


def test_the_state_that_hosts_a_base_is_its_host_not_the_territory_it_is_in():
    # (the actors stage codes Greenland as a territory of its own)
    assert _bases("Denmark hosts the American Thule air base in Greenland.") == [(["DNK"], "USA", "holds")]


@pytest.mark.parametrize("text, expected", [
    # "home to" a force the actors stage names as a state's military
    ("Norway is home to a US Marine Corps prepositioning program.", (["NOR"], "USA", "holds")),
    ("Spain is home to a US Air Force wing.", (["ESP"], "USA", "holds")),
])
def test_home_to_a_named_force_is_hosting_it(text, expected):
    assert expected in _bases(text)


def test_home_to_soldiers_families_is_no_base():
    assert _bases("Sweden is home to many Finnish soldiers' families.") == []


@pytest.mark.parametrize("text, expected", [
    # a state's request for a base, put to another, and "one" for a base the sentence named before
    ("Sri Lanka hosts an Indian naval base but turned down a Chinese request for one.", (["LKA"], "CHN", "denied")),
    ("Vanuatu rejected China's request for a military base, one of several in the Pacific.", (["VUT"], "CHN", "denied")),
    ("Togo is weighing a Turkish offer for a drone base.", (["TGO"], "TUR", "hypothetical")),
])
def test_a_request_for_a_base_is_put_to_its_host(text, expected):
    assert expected in _bases(text)


def test_one_of_the_largest_bases_is_no_base_of_another():
    assert _bases("Kenya hosts a British training base, one of the largest in Africa.") == [(["KEN"], "GBR", "holds")]


@pytest.mark.parametrize("text, expected", [
    # forces given a deadline to leave, or sent out in a headline whose one subject the parse sets in another clause
    ("Chad has given French soldiers until January to leave the country.", (["TCD"], "FRA", "ended")),
    ("Mali Junta Cuts Ties With Paris, Orders French Troops Out", (["MLI"], "FRA", "ended")),
    ("Gabon's junta gave Russian instructors 48 hours to leave.", (["GAB"], "RUS", "ended")),
])
def test_forces_given_a_deadline_or_ordered_out_end_their_hosting(text, expected):
    assert expected in _bases(text)


def test_forces_given_a_welcome_are_not_sent_away():
    assert all(polarity != "ended" for _, _, polarity in _bases("Mali gave Russian troops a warm welcome."))


@pytest.mark.parametrize("text, expected", [
    # forces welcomed are hosted; a base handed over at a town the parse hangs on the verb
    ("The Central African Republic has welcomed Rwandan soldiers since 2020.", (["CAF"], "RWA", "holds")),
    ("Chad watched French forces hand over their air base at Abeche last year.", (["TCD"], "FRA", "ended")),
])
def test_forces_welcomed_are_hosted_and_a_base_handed_over_at_a_town_ended(text, expected):
    assert expected in _bases(text)


def test_the_withdrawal_of_forces_welcomed_is_no_hosting():
    assert _bases("Mali welcomed the withdrawal of French troops.") == []


def test_a_base_opened_abroad_is_not_granted_to_its_host():
    # (the actors stage reads "military base in Djibouti" as Djibouti's military)
    assert _bases("China opened its first overseas military base in Djibouti in 2017.") == [(["DJI"], "CHN", "holds")]
