"""Memberships told in passing (issue 13): a state ranked among an organisation's own, members listed in brackets
after its name, a membership an organisation suspends; each in sentences of the tests' own wording, by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _members(text, date="2024-05-01"):
    return sorted((sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
                  for r in relations_in_text(text, date, model=False) if r.relation == "member_of")


@pytest.mark.parametrize("text, expected", [
    # ranked first (or any place) among an organisation's states, economies or producers: one of its members
    ("Germany, the EU's largest economy, slipped into a mild recession last year.", [(["DEU"], "EU", "holds")]),
    ("Saudi Arabia, OPEC's biggest producer, said it would extend its output cuts.", [(["SAU"], "OPEC", "holds")]),
    ("Nigeria, the most populous country in ECOWAS, reopened its land borders.", [(["NGA"], "ECOWAS", "holds")]),
    ("Indonesia is ASEAN's most populous nation and its largest economy.", [(["IDN"], "ASEAN", "holds")]),
    # what it was until it left has ended
    ("Britain was the EU's second-largest economy until it left in 2020.", [(["GBR"], "EU", "ended")]),
    # a partner of the organisation, however large, is none of its members; nor is a region an organisation
    ("China, the EU's largest trading partner, warned of retaliation.", []),
    ("Norway, Europe's largest gas producer, raised its exports.", []),
])
def test_a_state_ranked_among_an_organisations_members(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Leaders of the Quad (the United States, Japan, India and Australia) met in Tokyo.", [(["AUS", "IND", "JPN", "USA"], "Quad", "holds")]),
    ("The Shanghai Cooperation Organisation (China, Russia, India, Pakistan and Iran) held drills near Chelyabinsk.",
     [(["CHN", "IND", "IRN", "PAK", "RUS"], "SCO", "holds")]),
    ("Ministers of the Gulf Cooperation Council (Saudi Arabia, Kuwait, Qatar, Bahrain, Oman and the UAE) met in Riyadh.",
     [(["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"], "GCC", "holds")]),
    # brackets that say something else of the organisation list no members
    ("NATO (backed by pledges from Japan and South Korea) expanded its air policing.", []),
])
def test_members_listed_in_brackets(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The African Union suspended Niger's membership after the July coup.", [(["NER"], "AU", "ended")]),
    ("The Commonwealth suspended Fiji's membership in 2009.", [(["FJI"], "Commonwealth", "ended")]),
    # not a suspension told as not done, nor one of a seat on a council, nor of aid
    ("The Arab League has not suspended Sudan's membership.", []),
    ("The General Assembly suspended Libya's seat on the Human Rights Council.", []),
    ("ECOWAS suspended aid to Guinea.", []),
])
def test_a_membership_an_organisation_suspends(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted "among" picks the subject out of the members, not the verb's object
    ("Among the Arab League's 22 members, only Qatar hosts Hamas's political bureau.", [(["QAT"], "Arab League", "holds")]),
    ("Among NATO's members, only Hungary still buys most of its gas from Russia.", [(["HUN"], "NATO", "holds")]),
    # after the verb it counts its object among them
    ("Kazakhstan counts Russia and China among its fellow SCO members.", [(["CHN", "RUS"], "SCO", "holds")]),
])
def test_a_fronted_among(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of ending that leaves its object "as" what follows ends nothing of it
    ("Vanuatu withdrew its recognition of Abkhazia, leaving Russia, Syria and Nauru as the only UN members to recognise it.",
     [(["NRU", "RUS", "SYR"], "UN", "holds")]),
    ("Britain's exit left Ireland as the only English-speaking EU member.", [(["IRL"], "EU", "holds")]),
    # left, the organisation itself, is an end
    ("Qatar left OPEC in 2019.", [(["QAT"], "OPEC", "ended")]),
])
def test_left_as_a_member(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # admitted in an aside, which the parse may read as the verb
    ("Syria, readmitted to the Arab League in May 2023, sent its foreign minister to the summit.", [(["SYR"], "Arab League", "holds")]),
    ("Timor-Leste, admitted to ASEAN as its 11th member, sent a delegation to the talks.", [(["TLS"], "ASEAN", "holds")]),
    ("Morocco, readmitted to the African Union in 2017, backed the plan.", [(["MAR"], "AU", "holds")]),
    # admitted to a country is no membership
    ("Refugees admitted to Germany from Syria found work.", []),
])
def test_admitted_in_an_aside(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia is one of a handful of UN members that recognise Abkhazia and South Ossetia.", [(["RUS"], "UN", "holds")]),
    ("Hungary is one of a minority of EU states that oppose the plan.", [(["HUN"], "EU", "holds")]),
    ("Austria is one of a handful of countries in Europe that are not NATO members.", [(["AUT"], "NATO", "denied")]),
])
def test_one_of_a_share_of_members(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation its subject calls its own
    ("Mali, Burkina Faso and Niger sent battalions to the unified force of their Alliance of Sahel States.",
     [(["BFA", "MLI", "NER"], "AES", "holds")]),
    ("Russia wants its Collective Security Treaty Organization to deploy peacekeepers.", [(["RUS"], "CSTO", "holds")]),
    ("Qatar and Oman said their Gulf Cooperation Council should mediate.", [(["OMN", "QAT"], "GCC", "holds")]),
    # an organisation's own member states, or a subject no name gives, make no member
    ("The EU and its member states pledged aid.", []),
    ("A Chinese veto blocked their United Nations resolution.", []),
])
def test_an_organisation_called_its_own(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is only asked about is in doubt
    ("Saudi Arabia has yet to confirm whether it has joined BRICS.", [(["SAU"], "BRICS", "hypothetical")]),
    ("Diplomats would not say whether Algeria had joined BRICS.", [(["DZA"], "BRICS", "hypothetical")]),
    ("Saudi Arabia confirmed that it has joined BRICS.", [(["SAU"], "BRICS", "holds")]),
])
def test_asked_whether_joined(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation's chair or rotating presidency is a member's
    ("The Philippines, which chairs ASEAN this year, hosted the summit in Manila.", [(["PHL"], "ASEAN", "holds")]),
    ("Angola will chair the African Union in 2025.", [(["AGO"], "AU", "holds")]),
    ("Hungary, which holds the rotating EU presidency, angered its partners.", [(["HUN"], "EU", "holds")]),
    ("Denmark took over the presidency of the European Union on Tuesday.", [(["DNK"], "EU", "holds")]),
    # a summit or a committee chaired, or a state's own presidency, is no organisation's
    ("Ramaphosa chaired the summit in Johannesburg.", []),
    ("Britain chairs NATO's defence planning committee.", []),
    ("Egypt co-chaired a United Nations conference on Gaza with Norway.", []),
    ("The presidency of Kenya said the talks would resume.", []),
])
def test_an_organisations_chair(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Poland, which spends more on defence than any other NATO country, bought tanks from South Korea.", [(["POL"], "NATO", "holds")]),
    ("Germany has taken in more refugees than any other EU member state.", [(["DEU"], "EU", "holds")]),
    ("Italy has more coastline than any other country in the European Union.", [(["ITA"], "EU", "holds")]),
    ("China buys more oil than any other country.", []),
])
def test_compared_with_any_other_member(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # pulled or dropped out of an organisation
    ("Mali, Burkina Faso and Niger, which pulled out of ECOWAS in January 2025, no longer host French troops.",
     [(["BFA", "MLI", "NER"], "ECOWAS", "ended")]),
    ("Qatar dropped out of OPEC in 2019 to focus on gas.", [(["QAT"], "OPEC", "ended")]),
    ("Britain could pull out of the Council of Europe, the opposition leader said.", [(["GBR"], "COE", "hypothetical")]),
    # out of a meeting, or troops pulled out, is no membership
    ("Hungary threatened to pull out of the EU summit.", []),
    ("France pulled out its troops from Mali.", []),
])
def test_pulled_out_of_an_organisation(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Finland's entry into NATO in 2023 doubled the alliance's border with Russia.", [(["FIN"], "NATO", "holds")]),
    ("Ukraine's entry into NATO would provoke Moscow, the Kremlin warned.", [(["UKR"], "NATO", "hypothetical")]),
    ("Israel's entry into Gaza drew protests.", []),
    ("The treaty's entry into force was delayed.", []),
])
def test_entry_into_an_organisation(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Moscow's allies in the Collective Security Treaty Organization, Belarus, Armenia and Tajikistan, kept silent.",
     [(["ARM", "BLR", "TJK"], "CSTO", "holds")]),
    ("Washington's allies in NATO, including Poland and Romania, want more troops.", [(["POL", "ROU"], "NATO", "holds")]),
    ("Nigeria's partners within ECOWAS, such as Ghana and Senegal, backed the plan.",
     [(["GHA", "SEN"], "ECOWAS", "holds"), (["NGA"], "ECOWAS", "holds")]),
    # allies in a war, or with no organisation, are no members
    ("Russia's allies in the war, Belarus and Iran, sent aid.", []),
    ("Washington's allies, Japan and Australia, want more troops.", []),
])
def test_partners_listed_in_an_organisation(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Alliance of Sahel States, formed by Mali, Burkina Faso and Niger in 2023, met in Niamey.",
     [(["BFA", "MLI", "NER"], "AES", "holds")]),
    ("The SCO, founded by China and Russia in 2001, now has ten members.", [(["CHN", "RUS"], "SCO", "holds")]),
    ("Mercosur was founded by Argentina, Brazil, Paraguay and Uruguay in 1991.", [(["ARG", "BRA", "PRY", "URY"], "Mercosur", "holds")]),
    # formed by no states, or no organisation of states
    ("A government formed by the army took power in Niger.", []),
])
def test_founded_by(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Non-EU Norway signed the deal on Friday.", [(["NOR"], "EU", "denied")]),
    ("Iceland, a non-EU country, applies most of the bloc's single-market rules.", [(["ISL"], "EU", "denied")]),
    ("Switzerland is a non-NATO state.", [(["CHE"], "NATO", "denied")]),
    # a major non-NATO ally is the United States' ally, not outside a membership the sentence is about
    ("Egypt is a major non-NATO ally of the United States.", []),
])
def test_a_non_member_by_prefix(text, expected):
    assert _members(text) == expected
