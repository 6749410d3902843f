"""Recognitions and ranks in classes of constructions a journalist uses for many states (issue 13), each in a sentence
of the tests' own wording, read by the rules alone: a place a move ends at, a clause joined with its subject misparsed,
a superlative among counted states, a place overtaken, a superlative held until a date, a state counted among "a
handful of" others."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _read(text, kind):
    return sorted((sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
                  for r in relations_in_text(text, "2025-03-01", model=False) if r.relation == kind)


def _ranks(text):
    return sorted((sorted(actor_key(s) for s in r.subjects), r.value, r.polarity)
                  for r in relations_in_text(text, "2025-03-01", model=False) if r.relation == "ranked")


@pytest.mark.parametrize("text, expected", [
    # an ordinal word a move ends at, or a place finished in
    ("Singapore climbed to fourth in the Global Peace Index, published on Wednesday.", [(["SGP"], 4.0, "holds")]),
    ("Ghana dropped to third in the index of African governance compiled by the Mo Ibrahim Foundation.", [(["GHA"], 3.0, "holds")]),
    ("Estonia finished in second in the ranking of digital governments.", [(["EST"], 2.0, "holds")]),
    # a sports table is no ranking of states
    ("The club climbed to second in the league after beating Porto.", []),
])
def test_place_a_move_ends_at(text, expected):
    assert _ranks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the second clause's subject, which the parse hangs on the first clause's object, holds its own place
    ("Denmark held the top spot in the Corruption Perceptions Index and Finland came second, Transparency International said.",
     [(["DNK"], 1.0, "holds"), (["FIN"], 2.0, "holds")]),
    ("Norway topped the index again and Sweden finished third.", [(["NOR"], 1.0, "holds"), (["SWE"], 3.0, "holds")]),
])
def test_joined_clause_keeps_its_own_subject(text, expected):
    assert _ranks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a superlative adjective among counted states, in a sentence naming the index
    ("Sudan is the least peaceful of the 163 countries in this year's Global Peace Index, the institute said.", [(["SDN"], 1.0, "holds")]),
    # among states with no ranking named: no rank
    ("Qatar is the richest of the Gulf states, diplomats said.", []),
    # the place of the state "with" names is its own, not the subject's
    ("Yemen was ranked the least peaceful of 163 countries in the 2024 Global Peace Index, with Sudan 162nd.",
     [(["SDN"], 162.0, "holds"), (["YEM"], 1.0, "holds")]),
])
def test_superlative_among_counted_states(text, expected):
    assert _ranks(text) == expected


def test_superlative_held_until_a_date_is_ended():
    text = "Britain, which was the world's fifth-largest economy until 2022, has slipped to sixth, according to IMF data."
    assert (["GBR"], 5.0, "ended") in _ranks(text)


@pytest.mark.parametrize("text, kind, expected", [
    # a state counted as one of "a handful" (or "a dwindling number") of states that recognise
    ("Nicaragua, one of a handful of countries that recognise Crimea as part of Russia, opened a consulate in Sevastopol.",
     "recognizes_territory", [(["NIC"], "RUS", "holds")]),
    ("Eswatini, one of a dwindling number of states that still recognise Taiwan, received a shipment of rice from Taipei.",
     "recognizes", [(["SWZ"], "TWN", "holds")]),
    # the states counted are no one's where the count belongs to no named state
    ("The minister of one of the countries that recognise Kosovo visited Pristina.", "recognizes", []),
])
def test_one_of_a_handful(text, kind, expected):
    assert _read(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    # a thing a demonym qualifies is no state recognised
    ("Portugal formally recognised the Armenian genocide in a parliamentary vote.", []),
    ("Chile recognised the Kurdish language as a heritage of humanity, officials said.", []),
    # a word for a state, or for its government, stands for it
    ("Iran recognised the new Syrian authorities months after the fall of Damascus.", [(["IRN"], "SYR", "holds")]),
    ("Zambia recognises a Palestinian state, its foreign ministry said.", [(["ZMB"], "PSE", "holds")]),
])
def test_recognised_thing_stands_for_a_state(text, expected):
    assert _read(text, "recognizes") == expected


@pytest.mark.parametrize("text, expected", [
    # an organisation named only as what its member states are recognises nothing itself: the states listed do
    ("Several EU states, including Slovakia and Cyprus, still do not recognise Kosovo.", [(["CYP", "SVK"], "XKX", "denied")]),
    ("Several EU governments refused to recognise the breakaway republic of Abkhazia.", []),
    # the organisation named as itself does
    ("The European Union does not recognise Kosovo's independence, Serbia claims.", [(["EU"], "XKX", "denied")]),
])
def test_organisation_named_as_its_members(text, expected):
    assert _read(text, "recognizes") == expected


def test_person_recognised_as_head_of_state_is_no_territory():
    text = "Nicaragua recognises Nicolas Maduro as the legitimate president of Venezuela."
    assert _read(text, "recognizes_territory") == []


@pytest.mark.parametrize("text, expected", [
    # a ranking topped that is a body's own, its possessor named
    ("Iceland topped the Institute for Economics and Peace's peace index for another year.", [(["ISL"], 1.0, "holds")]),
    # states and places joined alike, one place each in order
    ("Ireland topped the index, while Austria and New Zealand came second and third, the institute said.",
     [(["AUT"], 2.0, "holds"), (["IRL"], 1.0, "holds"), (["NZL"], 3.0, "holds")]),
    # the last place given by its number
    ("Norway ranked first in the Human Development Index, with South Sudan last at 193rd.",
     [(["NOR"], 1.0, "holds"), (["SSD"], 193.0, "holds")]),
])
def test_places_given_together(text, expected):
    assert _ranks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where a state now sits or stands, or is, in a ranking
    ("Uruguay now sits 14th in the Corruption Perceptions Index, Transparency International said.", [(["URY"], 14.0, "holds")]),
    ("Kenya stands at 121st in the latest press freedom index.", [(["KEN"], 121.0, "holds")]),
    ("Georgia is in 53rd place in the Corruption Perceptions Index.", [(["GEO"], 53.0, "holds")]),
    # a place in a sports table is no ranking of states
    ("Argentina are in first place in the South American qualifying group after beating Chile.", []),
])
def test_place_a_state_is_in(text, expected):
    assert _ranks(text) == expected


def test_verb_joined_to_a_refusal_is_not_refused():
    text = "Australia refuses to recognise Russia's annexation of Crimea and treats the peninsula as Ukrainian territory."
    assert _read(text, "recognizes_territory") == [(["AUS"], "RUS", "denied"), (["AUS"], "UKR", "holds")]


def test_place_held_once_is_ended_and_the_present_one_holds():
    text = "Italy, which Global Firepower once ranked eighth, now sits tenth in the group's military strength index."
    assert _ranks(text) == [(["ITA"], 8.0, "ended"), (["ITA"], 10.0, "holds")]


@pytest.mark.parametrize("text, expected", [
    # a recognition said again of others, its verb left out, as it holds or is denied for the first
    ("Cyprus has not recognised Kosovo, nor has Romania.", [(["CYP"], "XKX", "denied"), (["ROU"], "XKX", "denied")]),
    ("Slovakia does not recognise Kosovo, and neither does Georgia.", [(["GEO"], "XKX", "denied"), (["SVK"], "XKX", "denied")]),
    ("Mexico recognised the Sahrawi republic in 1979, and so did Bolivia.", [(["BOL"], "ESH", "holds"), (["MEX"], "ESH", "holds")]),
    ("Zimbabwe recognises the SADR, as does Angola.", [(["AGO"], "ESH", "holds"), (["ZWE"], "ESH", "holds")]),
    # a verb of its own, with an object of its own, says nothing again
    ("Georgia does not recognise Abkhazia, and Russia has troops there.", [(["GEO"], "Republic of Abkhazia", "denied")]),
    # the ones who follow "with" a participle
    ("Norway and Spain recognised Palestine in May, with Slovenia following weeks later.",
     [(["ESP", "NOR"], "PSE", "holds"), (["SVN"], "PSE", "holds")]),
])
def test_recognition_said_again_of_others(text, expected):
    assert _read(text, "recognizes") == expected


def _territories(text):
    return sorted((sorted(actor_key(s) for s in r.subjects), actor_key(r.object), r.polarity, r.territory)
                  for r in relations_in_text(text, "2025-03-01", model=False) if r.relation == "recognizes_territory")


@pytest.mark.parametrize("text, expected", [
    # a claim a relative clause backs, where the parse hangs the clause on the territory
    ("Guatemala's claim to Belize, which Honduras once backed openly, was heard at The Hague.", [(["HND"], "GTM", "ended", "Belize")]),
    ("Morocco's sovereignty over Western Sahara, which Kenya now supports, was discussed in Nairobi.",
     [(["KEN"], "MAR", "holds", "Western Sahara")]),
    # a claim two verbs share, the second joined without an object of its own
    ("Morocco, whose sovereignty over Western Sahara the Spanish government backed in 2022 and Germany endorsed in 2023, hosted the talks.",
     [(["DEU"], "MAR", "holds", "Western Sahara"), (["ESP"], "MAR", "holds", "Western Sahara")]),
    # a claim only claimed is backed by no one
    ("The Chagos Islands, which Mauritius claims, lie in the Indian Ocean.", []),
])
def test_claim_backed_in_a_relative_clause(text, expected):
    assert _territories(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "its independence": the state "its" stands for, the subject of the clause above that is not the recogniser's
    ("Kosovo opened an embassy in Bahrain on Sunday, months after establishing relations with Manama, which recognised its independence in 2009.",
     [(["BHR"], "XKX", "holds")]),
    ("Somaliland has lobbied Washington for years, but the United States has not recognised its independence.",
     [(["USA"], "Republic of Somaliland", "denied")]),
    # "its" of a thing that is no state's standing
    ("France recognised its responsibility for the massacre.", []),
])
def test_independence_its_owner(text, expected):
    assert _read(text, "recognizes") == expected

