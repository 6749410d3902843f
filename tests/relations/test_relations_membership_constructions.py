"""Membership constructions read for issue 13 (the relation-rule round on ``member_of``), each in sentences of the
tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _members(text, date="2024-05-01"):
    return sorted((tuple(sorted(actor_key(s) for s in r.subjects)), r.object and actor_key(r.object), r.polarity)
                  for r in relations_in_text(text, date, model=False) if r.relation == "member_of")


@pytest.mark.parametrize("text, expected", [
    # a state's return or readmission to an organisation: it is a member again (what the clause says of it decides)
    ("Morocco's return to the African Union in 2017 ended a 33-year absence.", [(("MAR",), "AU", "holds")]),
    ("Syria's return to the Arab League, approved in May, drew protests from Qatar.", [(("SYR",), "Arab League", "holds")]),
    ("Officials in Caracas said Venezuela's readmission to Mercosur was not on the agenda.", [(("VEN",), "Mercosur", "denied")]),
])
def test_a_return_to_an_organisation(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text", [
    # a return to no organisation, or of people to a state
    "Russia's return to the negotiating table was welcomed by NATO.",
    "The return of Syrian refugees to Lebanon was discussed at the Arab League summit.",
])
def test_a_return_to_no_organisation(text):
    assert _members(text) == []


@pytest.mark.parametrize("text, expected", [
    # part of what an organisation has or does is no membership of it
    ("German jets patrol Lithuanian skies as part of NATO's air policing mission.", []),
    ("Norway is part of the EU's single market but not a member of the bloc.", [(("NOR",), "EU", "denied")]),
    ("Finland is part of NATO and of the European Union.", [(("FIN",), "EU", "holds"), (("FIN",), "NATO", "holds")]),
])
def test_part_of_an_organisation_or_of_what_it_has(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the states excepted from all members of one body are no members of the body the rest are said to be members of
    ("Every member of ASEAN except Timor-Leste is a member of the WTO.", [(("TLS",), "ASEAN", "holds"), (("TLS",), "WTO", "denied")]),
    ("All members of the Arab League except Syria are members of the OIC.", [(("SYR",), "Arab League", "holds"), (("SYR",), "OIC", "denied")]),
    # what the rest are said to be is no membership: nothing more of the excepted
    ("All members of the Arab League except Syria are republics or monarchies.", [(("SYR",), "Arab League", "holds")]),
])
def test_the_excepted_members(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # talks or negotiations to join: a membership sought
    ("Bhutan is in talks to join the World Trade Organization.", [(("BTN",), "WTO", "hypothetical")]),
    ("Montenegro is in talks to join the European Union, officials said.", [(("MNE",), "EU", "hypothetical")]),
    # accession talks that name no organisation are the one named before
    ("The European Union praised the reforms in Belgrade, but Serbia's accession talks have stalled since 2021.",
     [(("SRB",), "EU", "hypothetical")]),
])
def test_talks_to_join(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "was rejoining IGAD" parsed as "was [rejoining IGAD]", the participle a modifier of the name
    ("Djibouti said on Friday it was rejoining IGAD.", [(("DJI",), "IGAD", "holds")]),
    ("Somalia said on Tuesday it was rejoining IGAD.", [(("SOM",), "IGAD", "holds")]),
])
def test_joining_read_as_a_modifier(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the kingdom", "the country" as a subject: the one state the sentence named before it
    ("Bahrain's foreign minister said the kingdom would remain a member of the GCC.", [(("BHR",), "GCC", "holds")]),
    ("Officials in Amman said the kingdom is a founding member of the Arab League.", [(("JOR",), "Arab League", "holds")]),
    ("Mongolia's foreign minister said the country had not joined the SCO.", [(("MNG",), "SCO", "denied")]),
    # two states named before: which one it takes up is not told
    ("Kazakhstan hosted Russia's president, and the country remains a member of the CSTO.", []),
])
def test_the_state_a_common_noun_takes_up(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" in a clause on the verb of saying is who the report is about, not who reports it
    ("Malaysia became a BRICS partner country in 2025, China announced, though it is not a full member of the bloc.",
     [(("MYS",), "BRICS", "denied")]),
    ("Bosnia was granted candidate status in 2022, Croatia announced, although it is not yet a member of the EU.", [(("BIH",), "EU", "denied")]),
    ("Uzbekistan became an observer in the EAEU, Russia confirmed, though it is not a member of the union.", [(("UZB",), "EAEU", "denied")]),
])
def test_it_after_a_report(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a negation on a condition is no denial: the relation waits on the condition
    ("Georgia will not join the CSTO if Russian troops stay in Abkhazia.", [(("GEO",), "CSTO", "hypothetical")]),
    ("Moldova would not rejoin the CIS unless Moscow withdrew its forces, the president said.", [(("MDA",), "CIS", "hypothetical")]),
    # without one, it is denied
    ("Moldova has not rejoined the CIS, the president said.", [(("MDA",), "CIS", "denied")]),
])
def test_a_negation_on_a_condition(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a long list the parse breaks after its first name ("Greece" hung off "Spain"): the apposition is of the whole list
    ("Spain, Greece, Romania, Slovakia and Cyprus, the five NATO members that withhold recognition, were named in the report.",
     [(("CYP", "ESP", "GRC", "ROU", "SVK"), "NATO", "holds")]),
    ("Italy, Greece, Malta, Croatia and Cyprus, the five EU members on the Mediterranean, were urged on Monday by Rome to act.",
     [(("CYP", "GRC", "HRV", "ITA", "MLT"), "EU", "holds")]),
    ("Kenya, Uganda, Rwanda, Burundi and Tanzania, the five older members of the East African Community, were joined by Somalia in 2024.",
     [(("BDI", "KEN", "RWA", "TZA", "UGA"), "EAC", "holds")]),
])
def test_a_list_in_apposition(text, expected):
    assert _members(text) == expected


@pytest.mark.parametrize("text, joined", [
    # the parse makes a reported clause's subject the object of "said": it is still who the clause is about
    ("Diplomats said Peru, long a member of the Andean Community, joined APEC in 1998.", [(("PER",), "APEC", "holds")]),
    ("Analysts said Armenia and Kyrgyzstan, both members of the CSTO, also belong to the Eurasian Economic Union.",
     [(("ARM", "KGZ"), "EAEU", "holds")]),
    # (where the clause has a subject of its own, the one told is not it)
    ("France told Germany that Italy had joined the coalition.", []),
])
def test_the_subject_of_a_reported_clause_misparsed_as_the_object_of_said(text, joined):
    assert [m for m in _members(text) if m[1] not in {"Andean Community", "CSTO"}] == joined
