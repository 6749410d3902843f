"""Relations told inside wording that wraps them: a headline's comma for "and", an opening "according to" that the parse
takes the named states into, reported speech. Sentences of the tests' own wording."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.extract import actor_key


def _read(text, date="2025-03-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False)]


@pytest.mark.parametrize("text, expected", [
    ("Russia, Iran sign strategic partnership pact", ("strategic_partner", ["IRN", "RUS"], None, "holds")),
    ("US, Philippines reaffirm alliance", ("ally", ["PHL", "USA"], None, "holds")),
    ("France, India sign strategic partnership pact", ("strategic_partner", ["FRA", "IND"], None, "holds")),
    ("Britain, Poland sign defence pact", ("ally", ["GBR", "POL"], None, "holds")),
])
def test_headline_comma_joins_the_subjects(text, expected):
    assert expected in _read(text), _read(text)


def test_headline_comma_after_a_time_adverb_adds_no_side():
    # "Last week," is no state: the partnership is Iran's and Russia's alone
    assert _read("Last week, Iran and Russia signed a strategic partnership pact.") == [
        ("strategic_partner", ["IRN", "RUS"], None, "holds")]


@pytest.mark.parametrize("text, expected", [
    ("According to officials, Iran, Iraq, Kuwait, Saudi Arabia and Venezuela founded OPEC in Baghdad in 1960.",
     ("member_of", ["IRN", "IRQ", "KWT", "SAU", "VEN"], "OPEC", "holds")),
    ("According to officials, Uzbekistan, Kazakhstan and Kyrgyzstan belong to the Organization of Turkic States.",
     ("member_of", ["KAZ", "KGZ", "UZB"], "OTS", "holds")),
    ("According to officials, Armenia, Kyrgyzstan and Belarus belong to the CSTO, a military bloc led by Moscow.",
     ("member_of", ["ARM", "BLR", "KGZ"], "CSTO", "holds")),
])
def test_states_after_an_opening_according_to(text, expected):
    assert expected in _read(text), _read(text)


def test_the_source_after_according_to_is_no_side():
    # SIPRI is who says it, not a supplier
    assert _read("According to SIPRI, France and Germany supplied tanks to Ukraine.") == [
        ("arms_supplier", ["DEU", "FRA"], "UKR", "holds")]


@pytest.mark.parametrize("text, expected", [
    ("According to state media, Iran and Venezuela, strategic partners since 2001, signed new oil deals on Monday.",
     ("strategic_partner", ["IRN", "VEN"], None, "holds")),
    ("According to officials, Kyrgyzstan and Tajikistan, both CSTO allies of Russia, fought a border conflict in 2022.",
     ("ally", ["KGZ", "RUS"], None, "holds")),
    ("According to officials, Azerbaijan and Turkey, allies under the 2021 Shusha declaration, held joint drills in Nakhchivan.",
     ("ally", ["AZE", "TUR"], None, "holds")),
])
def test_an_aside_after_according_to_describes_the_names_before_it(text, expected):
    assert expected in _read(text), _read(text)


def test_once_before_the_aside_ends_it():
    assert ("ally", ["EGY", "SYR"], None, "ended") in _read(
        "According to historians, Egypt and Syria, once allies in the United Arab Republic, split in 1961.")


def test_a_later_clause_keeps_its_own_subject_after_according_to():
    found = _read("According to diplomats, Indonesia joined BRICS in January, while Thailand has yet to accept its invitation.")
    assert ("member_of", ["IDN"], "BRICS", "holds") in found
    assert ("member_of", ["IDN"], "BRICS", "hypothetical") not in found


def _sources(text, date="2025-03-01"):
    return {(r.relation, r.according_to) for r in relations_in_text(text, date, model=False)}


@pytest.mark.parametrize("text, expected", [
    ("Mongolia is not a member of the Shanghai Cooperation Organisation, its foreign ministry said in a statement.", ("member_of", "MNG")),
    ("Senegal remains a member of ECOWAS, the regional bloc's spokesman said.", ("member_of", "ECOWAS")),
    ("Laos is a member of ASEAN, Vietnam's foreign minister told reporters.", ("member_of", "VNM")),
])
def test_who_says_it_through_the_speakers_owner(text, expected):
    assert expected in _sources(text), _sources(text)


def test_their_speaker_of_two_states_is_no_one_source():
    assert _sources("Kenya and Uganda are members of the EAC, their presidents said.") == {("member_of", None)}


@pytest.mark.parametrize("text, expected", [
    ("Brazil's foreign minister told reporters on Tuesday that his country remains a committed member of BRICS.",
     ("member_of", ["BRA"], "BRICS", "holds")),
    ("The Hungarian prime minister insisted his country would remain a member of NATO.", ("member_of", ["HUN"], "NATO", "holds")),
    ("Mexico's energy minister said her country is not a member of OPEC.", ("member_of", ["MEX"], "OPEC", "denied")),
])
def test_the_speakers_country_holds_the_relation(text, expected):
    assert expected in _read(text), _read(text)


def test_a_country_of_no_named_speaker_is_no_one():
    assert _read("His country is a member of NATO, the minister said.") == []
