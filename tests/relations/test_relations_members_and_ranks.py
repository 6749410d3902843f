"""Constructions of membership and ranking read for issue 13, each in a sentence of the tests' own
wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _read(text, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity, r.value)
            for r in relations_in_text(text, date, model=False)]


def _ranks(text):
    return sorted((r[1][0], r[4]) for r in _read(text) if r[0] == "ranked")


@pytest.mark.parametrize("text, expected", [
    # a place kept, retained or held, with the states that follow it
    ("Chile kept first place in the Latin American Integrity Index published by the Andean Institute.", [("CHL", 1.0)]),
    ("Estonia retained the top spot in the regional e-government ranking, followed by Latvia and Lithuania.",
     [("EST", 1.0), ("LTU", 3.0), ("LVA", 2.0)]),
    ("Portugal held fifth place in the Global Welfare Index, the Lisbon Institute said.", [("PRT", 5.0)]),
    ("Chad remained last, at 191st, in the Human Development Index.", [("TCD", 191.0)]),
])
def test_a_place_held_in_a_ranking(text, expected):
    assert _ranks(text) == expected


def test_a_place_held_is_no_rank_without_a_place():
    assert _ranks("Chile kept its promise to the index's authors and held talks with Peru.") == []


@pytest.mark.parametrize("text, expected", [
    # "followed by" hanging on a word of the ranking clause, not on its verb; an organisation beside the list is no item
    ("Canada remained the world's largest potash exporter in 2021-23, followed by Belarus and Russia, according to the FAO.",
     [("BLR", 2.0), ("CAN", 1.0), ("RUS", 3.0)]),
    ("Denmark topped the Nordic Trust Index for the fifth year in a row, followed by Norway and Finland, the Organisation for Economic Co-operation and Development said.",
     [("DNK", 1.0), ("FIN", 3.0), ("NOR", 2.0)]),
])
def test_the_states_that_follow_a_ranked_one(text, expected):
    assert _ranks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the ordinal of a superlative is the rank; "for the 12th time" counts no place
    ("Austria was ranked the third most peaceful country in the Global Peace Index.", [("AUT", 3.0)]),
    ("Portugal was ranked the world's safest country for the 12th time by the Institute for Economics and Peace.", [("PRT", 1.0)]),
    ("Uruguay is the region's second-largest beef exporter, according to the FAO.", [("URY", 2.0)]),
])
def test_a_superlative_ranks_at_its_ordinal(text, expected):
    assert _ranks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the ranking body as the subject and the state as the object; "as" before the superlative; "in the report" on a word between
    ("The Global Peace Index ranked Portugal the world's most peaceful country this year.", [("PRT", 1.0)]),
    ("Freedom House ranked Norway as the freest country in Europe.", [("NOR", 1.0)]),
    ("Denmark was named the world's happiest country for the third year in a row in the World Happiness Report.", [("DNK", 1.0)]),
    ("Global Firepower placed Egypt ninth this year.", [("EGY", 9.0)]),
])
def test_a_ranking_body_ranks_its_object(text, expected):
    assert _ranks(text) == expected


def test_a_person_ranked_as_the_best_is_no_state_ranked():
    assert _ranks("An Argentine midfielder, ranked by one magazine as the league's most valuable player, scored twice.") == []


def _members(text):
    return sorted((r[1], r[2], r[3]) for r in _read(text) if r[0] == "member_of")


@pytest.mark.parametrize("text, expected", [
    # a state outside an organisation is no member of it
    ("Switzerland, which has stayed outside the European Union, signed a new trade pact.", [(["CHE"], "EU", "denied")]),
    ("Liechtenstein, a tiny state that remains out of NATO, hosted the talks.", [(["LIE"], "NATO", "denied")]),
    ("Serbia, which is not in NATO, bought Chinese drones.", [(["SRB"], "NATO", "denied")]),
    ("Romania joined the EU in 2007, but Moldova still sits outside the bloc.",
     [(["MDA"], "EU", "denied"), (["ROU"], "EU", "holds")]),
    ("Russia and China have kept Kosovo out of the United Nations.", [(["XKX"], "UN", "denied")]),
])
def test_a_state_outside_an_organisation(text, expected):
    found = _members(text)
    assert all(e in found for e in expected), found


def test_a_description_kept_out_is_not_the_state_it_names():
    assert (["SRB"], "UN", "denied") not in _members("The vote kept the former Serbian province out of the United Nations.")


@pytest.mark.parametrize("text, expected", [
    # a state suspended or expelled from an organisation: its membership has ended
    ("Niger, Guinea and Burkina Faso remain suspended from the African Union.", [(["BFA", "GIN", "NER"], "AU", "ended")]),
    ("Mali, Guinea and Burkina Faso remain suspended from ECOWAS.", [(["BFA", "GIN", "MLI"], "ECOWAS", "ended")]),
    ("ECOWAS leaders met in Abuja, while Guinea, suspended from the bloc since 2021, sent no envoy.", [(["GIN"], "ECOWAS", "ended")]),
])
def test_a_state_suspended_from_an_organisation(text, expected):
    found = _members(text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, expected", [
    # a candidate of an organisation, and the talks of its accession, seek a membership not yet held
    ("EU candidate Albania hosted a summit of Balkan leaders in Tirana.", [(["ALB"], "EU", "hypothetical")]),
    ("Montenegro, an EU candidate since 2010, signed the declaration.", [(["MNE"], "EU", "hypothetical")]),
    ("Ukraine wants to conclude its EU accession negotiations before 2030.", [(["UKR"], "EU", "hypothetical")]),
    ("Albania has been blocked from opening EU accession talks by Greece.", [(["ALB"], "EU", "hypothetical")]),
])
def test_a_membership_sought(text, expected):
    found = _members(text)
    assert all(e in found for e in expected), found


def test_a_candidate_of_no_organisation_is_no_membership_sought():
    assert _members("Chile's presidential candidate visited Peru on Friday.") == []


@pytest.mark.parametrize("text, expected", [
    # a "non-member" state of an organisation is no member of it (the parse reads "member" as a modifier of "state")
    ("Kosovo, a non-member observer state at the United Nations, protested the vote.", [(["XKX"], "UN", "denied")]),
    ("Taiwan, like Kosovo, is a non-member observer state at the United Nations.", [(["TWN", "XKX"], "UN", "denied")]),
])
def test_a_non_member_state(text, expected):
    found = _members(text)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, expected", [
    # a title the parse does not join to the names it stands before
    ("European Union states Austria, Ireland and Malta backed the plan.", [(["AUT", "IRL", "MLT"], "EU", "holds")]),
])
def test_a_title_before_a_list_of_names(text, expected):
    found = _members(text)
    assert all(e in found for e in expected), found


def test_an_aspiring_title_is_no_membership_held():
    assert (["TLS"], "ASEAN", "holds") not in _members("Aspiring ASEAN member Timor-Leste sent envoys to Jakarta.")


@pytest.mark.parametrize("text, expected", [
    # a membership shared with the states named beside it
    ("Having joined the World Trade Organization in 2001 alongside Taiwan, China opened its markets.", [(["CHN", "TWN"], "WTO", "holds")]),
    ("Brazil is a member of BRICS alongside Russia, India and China.", [(["BRA", "CHN", "IND", "RUS"], "BRICS", "holds")]),
    ("Kenya, a member of the East African Community with Uganda and Tanzania, opened a new port.",
     [(["KEN", "TZA", "UGA"], "EAC", "holds")]),
])
def test_a_membership_shared_with_states_beside_it(text, expected):
    found = _members(text)
    assert all(e in found for e in expected), found


def test_what_a_member_comes_with_is_no_member():
    found = _members("Moldova, an EU candidate with 1,500 Russian troops on its soil, held talks.")
    assert all("RUS" not in subjects for subjects, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # a state invited to join an organisation: a membership not yet taken up
    ("The SCO summit opened in Astana without Laos, which was invited to join last year.", [(["LAO"], "SCO", "hypothetical")]),
    ("Vietnam and Laos joined the bloc's bank in 2023, while Cambodia has yet to accept its invitation.", []),
    ("Egypt and Iran joined BRICS in 2024, while Algeria has yet to accept its invitation.", [(["DZA"], "BRICS", "hypothetical")]),
    ("BRICS said Argentina had declined the group's invitation to join.", [(["ARG"], "BRICS", "denied")]),
])
def test_a_state_invited_to_join(text, expected):
    found = [f for f in _members(text) if f[2] != "holds"]
    assert found == expected


def test_an_invitation_to_visit_is_no_membership():
    assert _members("At the ASEAN summit, Indonesia accepted Japan's invitation to visit Tokyo.") == []


@pytest.mark.parametrize("text, expected", [
    # what is topped is a ranking by its name or as "the list", whatever word the parse takes for the object
    ("Chile ranked 20th in the index, while Uruguay topped the list for the fifth year.", [("CHL", 20.0), ("URY", 1.0)]),
    ("Sweden topped Reporters Without Borders' Global Openness Index for the third year running.", [("SWE", 1.0)]),
])
def test_a_state_tops_a_ranking(text, expected):
    assert _ranks(text) == expected


def test_a_state_tops_no_ranking():
    assert _ranks("Chile topped the agenda of the summit.") == []


@pytest.mark.parametrize("text, expected", [
    # a ranking body that reports a world ranking ranks by it; not a regional superlative
    ("Poland became the world's fifth-largest buyer of tanks in 2023, the Stockholm International Peace Research Institute said.",
     [("POL", 5.0)]),
    ("Nigeria remained Africa's biggest oil producer, the International Energy Agency said.", []),
])
def test_a_world_ranking_reported_by_a_ranking_body(text, expected):
    assert _ranks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an ordinal word as the place a ranking verb takes; a rank beside a name the actors stage took into the name
    ("Chile slipped to second behind Uruguay in the Latin American Governance Ranking published on Monday.", [("CHL", 2.0)]),
    ("Denmark was again ranked first in the Open Budget Index, with Norway second and Sweden third.",
     [("DNK", 1.0), ("NOR", 2.0), ("SWE", 3.0)]),
])
def test_an_ordinal_word_as_a_place(text, expected):
    assert _ranks(text) == expected


def test_states_ranked_respectively():
    assert _ranks("Peru and Ecuador joined the top 20 of the Global Openness Index this year, ranking 14th and 19th respectively.") == [
        ("ECU", 19.0), ("PER", 14.0)]


@pytest.mark.parametrize("text, expected", [
    # a place before a state's name, in a sentence about a ranking
    ("Second-placed Norway and fifth-placed Canada kept their spots in the press freedom index, the watchdog said.",
     [("CAN", 5.0), ("NOR", 2.0)]),
    ("Second-placed Brazil beat Peru 2-0 in Lima on Tuesday.", []),
])
def test_a_place_before_a_name(text, expected):
    assert _ranks(text) == expected


def test_whose_withdrawal_ends_the_membership_of_the_names_before_it():
    found = _members("Chad and Sudan, whose withdrawal from the Economic Community of Central African States took effect in May, held talks.")
    assert (["SDN", "TCD"], "ECCAS", "ended") in found, found


@pytest.mark.parametrize("text, expected", [
    # the states excepted from "every member of" an organisation are members of it
    ("Every member of the African Union except Morocco backed the resolution.", [(["MAR"], "AU", "holds")]),
    ("All members of ASEAN except Myanmar and Laos signed the pact.", [(["LAO", "MMR"], "ASEAN", "holds")]),
])
def test_the_members_excepted(text, expected):
    found = _members(text)
    assert all(e in found for e in expected), found


def test_an_ordinal_word_outside_a_ranking_is_no_place():
    assert _ranks("Ethiopian runners finished first and third in the Berlin Marathon on Sunday.") == []


def test_followed_by_after_according_to():
    assert _ranks("Chile became the world's largest exporter of copper in 2020-24, according to the International Copper Study Group, "
                  "followed by Peru and Congo.") == [("CHL", 1.0), ("COD", 3.0), ("PER", 2.0)]


@pytest.mark.parametrize("text, expected", [
    # a state that joins or follows, without an object, the organisation another was just made a member of
    ("Croatia became the EU's 28th member in 2013, and Bulgaria joined in 2007.", [(["BGR"], "EU", "holds")]),
    ("Montenegro became NATO's 29th member in 2017, and North Macedonia followed in 2020.", [(["MKD"], "NATO", "holds")]),
    ("Russia invaded Ukraine in 2022, and Belarus followed with troops of its own, NATO said.", []),
])
def test_a_state_that_follows_into_an_organisation(text, expected):
    found = [f for f in _members(text) if f[0] != ["HRV"] and f[0] != ["MNE"]]
    assert found == expected


def test_a_membership_application_withdrawn_ends_no_membership():
    found = _members("Switzerland withdrew its EU membership application in 2016, officials in Bern said.")
    assert all(polarity != "ended" for _, _, polarity in found), found


def test_top_of_an_index_beside_a_name():
    assert _ranks("Denmark, top of the Corruption Perceptions Index since 2012, hosted the conference.") == [("DNK", 1.0)]


def test_the_bloc_that_admits_is_the_organisation_named_before():
    found = _members("Guinea's leader attended the ECOWAS summit in Abuja, a year after the bloc readmitted Conakry.")
    assert (["GIN"], "ECOWAS", "holds") in found, found
