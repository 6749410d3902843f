"""Constructions of membership read for issue 13 (recall of ``member_of``), each in sentences of the tests' own
wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _members(text, date="2024-05-01"):
    return sorted((sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
                  for r in relations_in_text(text, date, model=False) if r.relation == "member_of")


@pytest.mark.parametrize("text, expected", [
    # states joined "in" an organisation are its members, as the one joining them becomes
    ("Finland joined Sweden in NATO within a year of the invasion.", [(["FIN"], "NATO", "holds"), (["SWE"], "NATO", "holds")]),
    ("Egypt became a member of BRICS in 2024, joining Brazil, Russia, India, China and South Africa in the group.",
     [(["BRA", "CHN", "IND", "RUS", "ZAF"], "BRICS", "holds"), (["EGY"], "BRICS", "holds")]),
    # joined in an act, or in a bloc the sentence never names, is no membership
    ("Japan joined the United States in imposing export controls on China.", []),
    ("Argentina joined Brazil, Paraguay and Uruguay in the trade bloc in 1991.", []),
])
def test_states_joined_in_an_organisation(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a "fellow member" is a member of the organisation the sentence named before
    ("Estonia, which joined the EU in 2004, accused fellow member Hungary of blocking aid to Ukraine.",
     [(["EST"], "EU", "holds"), (["HUN"], "EU", "holds")]),
    ("Slovakia, a member of the European Union, criticised fellow members Poland and Czechia.",
     [(["CZE", "POL"], "EU", "holds"), (["SVK"], "EU", "holds")]),
])
def test_a_fellow_member(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state on a path or a road to a membership seeks it
    ("Serbia's path to EU accession has stalled over Kosovo.", [(["SRB"], "EU", "hypothetical")]),
    ("Georgia, which said it was on the road to NATO membership, held drills with US troops.", [(["GEO"], "NATO", "hypothetical")]),
    ("Bosnia's road to membership of the European Union remains long, diplomats said.", [(["BIH"], "EU", "hypothetical")]),
    # a path to what is no membership
    ("Armenia says it is on a path to closer ties with the European Union.", []),
])
def test_a_path_to_membership_is_sought(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # words of the lexicon: a "participating state" (the OSCE's members), a "confederation" that lists its members
    ("Kazakhstan became a participating state of the OSCE in 1992.", [(["KAZ"], "OSCE", "holds")]),
    ("The Alliance of Sahel States, a confederation of Mali, Burkina Faso and Niger, held its first summit.",
     [(["BFA", "MLI", "NER"], "AES", "holds")]),
])
def test_membership_words(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wish for membership disowned is denied
    ("Norway does not plan to seek EU membership, its prime minister said.", [(["NOR"], "EU", "denied")]),
    ("Moldova plans to seek membership of the European Union.", [(["MDA"], "EU", "hypothetical")]),
])
def test_membership_no_one_plans_to_seek_is_denied(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a membership that names no organisation of its own is of the one the sentence named before
    ("Britain left the European Union in 2020, while Ireland remains a member.", [(["GBR"], "EU", "ended"), (["IRL"], "EU", "holds")]),
    ("Ukraine wants to join NATO, but Hungary, a member, has blocked its path.", [(["HUN"], "NATO", "holds"), (["UKR"], "NATO", "hypothetical")]),
    ("Egypt was readmitted to the African Union in 2014, a year after its membership was suspended.",
     [(["EGY"], "AU", "ended"), (["EGY"], "AU", "holds")]),
    # a member of what is no organisation
    ("The Kenyan minister, a member of the ruling party, visited the African Union headquarters.", []),
])
def test_a_membership_without_its_organisation_is_of_the_one_named_before(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state called a country "in" an organisation is its member
    ("Malta is the smallest state in the European Union.", [(["MLT"], "EU", "holds")]),
    ("Turkey, the only Muslim-majority country in NATO, hosts the alliance's radar at Kurecik.", [(["TUR"], "NATO", "holds")]),
    ("Norway is not a country in the European Union, though it trades freely with it.", [(["NOR"], "EU", "denied")]),
    # one of the countries in an organisation, or outside it
    ("Canada is one of the countries in NATO that missed the spending target.", [(["CAN"], "NATO", "holds")]),
    ("Mongolia is one of the few Asian countries not in the SCO.", [(["MNG"], "SCO", "denied")]),
    ("Switzerland is one of the few European countries outside the European Union.", [(["CHE"], "EU", "denied")]),
    # a country in a continent, or an observer in an organisation, is no member
    ("Nigeria is the most populous country in Africa.", []),
    ("Palestine, an observer state in the United Nations, has asked to be admitted.", []),
])
def test_a_country_in_an_organisation(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state picked out of an organisation's members named before the clause is one of them
    ("Of the EU's 27 members, only Hungary opposed the plan.", [(["HUN"], "EU", "holds")]),
    ("Of NATO's 32 members, Poland spends the most on defence.", [(["POL"], "NATO", "holds")]),
    ("Of the 27 EU countries, only Malta and Cyprus voted against.", [(["CYP", "MLT"], "EU", "holds")]),
    # picked out of a continent's countries, or of an organisation's partners
    ("Of the countries in Africa, Nigeria has the largest economy.", []),
    ("Of the partner countries of BRICS, Nigeria has the largest population.", []),
])
def test_a_state_picked_out_of_the_members(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state that ratifies another's accession is a member, whether or not it has ratified yet; the other's is sought
    ("Slovakia's parliament ratified Montenegro's accession to NATO in 2017.", [(["MNE"], "NATO", "holds"), (["SVK"], "NATO", "holds")]),
    ("Turkey has yet to approve Finland's membership of NATO, officials said.",
     [(["FIN"], "NATO", "hypothetical"), (["TUR"], "NATO", "holds")]),
    # the joining state's own ratification
    ("Finland's parliament ratified its accession to NATO in March.", [(["FIN"], "NATO", "holds")]),
])
def test_who_ratifies_an_accession_is_a_member(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a state has yet to take up is pending; what it has yet to do of itself is denied
    ("Argentina was invited to join BRICS in 2023 but has yet to accept its membership.", [(["ARG"], "BRICS", "hypothetical")]),
    ("Bosnia has yet to join NATO.", [(["BIH"], "NATO", "denied")]),
    # a concession holds whatever the clause says
    ("Austria stayed neutral despite its membership of the European Union.", [(["AUT"], "EU", "holds")]),
])
def test_pending_and_conceded_memberships(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "both", "the two countries" stand for the last two states named before them
    ("Chile's president met Peru's leader in Lima, and both are members of the Pacific Alliance.",
     [(["CHL", "PER"], "Pacific Alliance", "holds")]),
    ("Greece's foreign minister said Athens does not regard Turkey as an ally despite the two countries' shared membership of NATO.",
     [(["GRC", "TUR"], "NATO", "holds")]),
    # two named only after, or two people
    ("The two countries' shared membership of the African Union has not eased the border dispute between Ethiopia and Eritrea.", []),
    ("Both leaders are members of the ruling party in Chile and Peru.", []),
])
def test_both_states_named_before(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's seat at an organisation is its membership, ended where the seat is lost
    ("Beijing has held China's UN seat since 1971.", [(["CHN"], "UN", "holds")]),
    ("Libya regained its seat at the Arab League after the uprising.", [(["LBY"], "Arab League", "holds")]),
    ("Yugoslavia forfeited its seat in the United Nations in 1992.", [(["SRB"], "UN", "ended")]),
    # a party's seats in a parliament, a seat on a council, a seat at an organisation's summits
    ("Hungary's Fidesz won 11 seats in the European Parliament.", []),
    ("Japan won a non-permanent seat on the UN Security Council.", []),
    ("Myanmar's junta has been denied a seat at ASEAN summits since 2021.", []),
])
def test_a_seat_at_an_organisation(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation made up of the states listed after "of"
    ("The Gulf Cooperation Council is made up of Saudi Arabia, Kuwait, the UAE, Qatar, Bahrain and Oman.",
     [(["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"], "GCC", "holds")]),
    ("The Andean Community, which is made up of Bolivia, Colombia, Ecuador and Peru, held a summit in Lima.",
     [(["BOL", "COL", "ECU", "PER"], "Andean Community", "holds")]),
    # a delegation made up of officials is no organisation of states
    ("The delegation, made up of officials from France and Germany, arrived in Kyiv.", []),
])
def test_an_organisation_made_up_of_states(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the accession or membership "of" a state "to" or "in" an organisation
    ("The accession of Croatia to the EU in 2013 was celebrated in Zagreb.", [(["HRV"], "EU", "holds")]),
    ("The membership of Turkey in NATO has been questioned by some in Washington.", [(["TUR"], "NATO", "holds")]),
    ("The accession of the new king was celebrated in Amman.", []),
])
def test_the_accession_of_a_state(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a membership set before the clause is an aside that holds whatever the clause says
    ("As a member of the European Union, Ireland cannot set its own tariffs.", [(["IRL"], "EU", "holds")]),
    ("As a NATO member, Turkey would not be bound to defend Sweden.", [(["TUR"], "NATO", "holds")]),
    # "but not" a second membership denies that one alone
    ("Norway is a NATO member but not an EU member.", [(["NOR"], "EU", "denied"), (["NOR"], "NATO", "holds")]),
    ("Serbia is a candidate for EU membership but not a NATO ally.", [(["SRB"], "EU", "hypothetical"), (["SRB"], "NATO", "denied")]),
    ("Georgia, a NATO partner but not a member, hosted the drills.", [(["GEO"], "NATO", "denied")]),
    # "whose membership" is the state's the clause hangs on
    ("Chad, whose membership of the Economic Community of Central African States was suspended, sent observers.",
     [(["TCD"], "ECCAS", "ended")]),
])
def test_asides_denials_and_whose_memberships(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a candidate status makes the membership sought, granted or frozen
    ("Ukraine and Moldova received EU candidate status in June 2022.", [(["MDA", "UKR"], "EU", "hypothetical")]),
    ("Georgia's EU candidate status was frozen in 2024.", [(["GEO"], "EU", "hypothetical")]),
    ("Bosnia won candidate status from the European Union in 2022.", [(["BIH"], "EU", "hypothetical")]),
    # an observer's status is no candidacy
    ("Palestine holds observer status at the United Nations.", []),
])
def test_a_candidate_status(text, expected):
    assert _members(text) == expected
