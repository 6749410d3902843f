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
    ("Tehran, Moscow sign 20-year strategic partnership treaty", ("strategic_partner", ["IRN", "RUS"], None, "holds")),
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
    ("According to the ministry, Nigeria, Africa's most populous country, is not a member of the G20.",
     ("member_of", ["NGA"], "G20", "denied")),
    ("According to diplomats, Kazakhstan, Kyrgyzstan, Armenia and Belarus belong to the Eurasian Economic Union, the customs bloc "
     "launched in 2015.", ("member_of", ["ARM", "BLR", "KAZ", "KGZ"], "EAEU", "holds")),
])
def test_states_after_an_opening_according_to(text, expected):
    assert expected in _read(text), _read(text)


def test_the_source_after_according_to_is_no_side():
    # SIPRI is who says it, not a supplier
    assert _read("According to SIPRI, France and Germany supplied tanks to Ukraine.") == [
        ("arms_supplier", ["DEU", "FRA"], "UKR", "holds")]


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
