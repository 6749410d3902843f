"""Constructions of member_of, hosts_base and arms_supplier (rules alone): lists of subjects and objects, relative
clauses and appositions that carry the relation, arms bought by the maker's demonym, forces hosted at a base."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyads import relations_in_text
from dyads.relations.sentence import actor_key, first_conjunct


def _rules(text, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False)]


@pytest.mark.parametrize("text, expected", [
    # a relative clause on an apposition that names no state: the state it describes
    ("Bahrain, a small kingdom that hosts naval bases of Britain and the United States, held elections.",
     [("hosts_base", ["BHR"], "GBR", "holds"), ("hosts_base", ["BHR"], "USA", "holds")]),
    # a relative clause on the members does not make them members of what the clause names
    ("Austria, Ireland, Malta and Cyprus, the four European Union members that do not belong to NATO, abstained from the vote.",
     [("member_of", ["AUT", "CYP", "IRL", "MLT"], "EU", "holds")]),
    # one relation for each body joined in the object of "join"
    ("Croatia, which joined NATO and the European Union within four years, adopted the euro.",
     [("member_of", ["HRV"], "NATO", "holds"), ("member_of", ["HRV"], "EU", "holds")]),
    # members set off by a comma after a list, where the parse hangs them on the verb
    ("Ghana and Togo, both members of ECOWAS, voted against.", [("member_of", ["GHA", "TGO"], "ECOWAS", "holds")]),
    # an organisation's countries are its members
    ("Sweden and Denmark are the EU countries that refused the plan.", [("member_of", ["DNK", "SWE"], "EU", "holds")]),
    # "the bloc" stands for the organisation named before it
    ("Kenya and Uganda, founding members of the East African Community, welcomed Somalia as the bloc's newest member.",
     [("member_of", ["SOM"], "EAC", "holds")]),
])
def test_member_and_base_lists(text, expected):
    found = _rules(text)
    for relation in expected:
        assert relation in found


@pytest.mark.parametrize("text, expected", [
    # a second body left without its verb
    ("Latvia, which joined NATO in 1999 and the European Union in 2004, has become a big buyer.", [("member_of", ["LVA"], "EU", "holds")]),
    # "respectively": each on its own
    ("Chile and Peru, which joined APEC in 1994 and 1998 respectively, hosted talks.",
     [("member_of", ["CHL"], "APEC", "holds"), ("member_of", ["PER"], "APEC", "holds")]),
    # a relative clause whose object is the state admitted
    ("Guinea, which the African Union readmitted on Friday, held elections.", [("member_of", ["GIN"], "AU", "holds")]),
    # returning to an organisation
    ("Libya returned to the Arab League on Friday.", [("member_of", ["LBY"], "Arab League", "holds")]),
])
def test_joining(text, expected):
    found = _rules(text)
    for relation in expected:
        assert relation in found


def test_the_overtaken_is_no_supplier_and_the_taker_no_seller():
    assert ("arms_supplier", ["RUS"], "GHA", "holds") not in _rules("India has overtaken Russia as Ghana's largest arms supplier.")
    assert ("arms_supplier", ["GHA"], "RUS", "holds") not in _rules("Ghana's junta took delivery of more combat helicopters from Russia.")


def test_a_list_between_dashes_ends_at_the_second_dash():
    found = _rules("Four EU members - Spain, Greece, Malta and Cyprus - have refused to recognise Kosovo.")
    assert ("member_of", ["CYP", "ESP", "GRC", "MLT"], "EU", "holds") in found
    assert not any(r[0] == "member_of" and "XKX" in r[1] for r in found)


def test_a_list_of_bodies_after_member():
    found = _rules("Serbia, which is not a member of the United Nations, NATO or the European Union, held elections.")
    for body in ("UN", "NATO", "EU"):
        assert ("member_of", ["SRB"], body, "denied") in found


def test_returning_elsewhere_is_no_membership():
    assert not any(r[0] == "member_of" for r in _rules("Ghana returned to Accra after the ECOWAS summit."))


def test_not_members_of_what_their_clause_names():
    found = _rules("Austria, Ireland, Malta and Cyprus, the four European Union members that do not belong to NATO, abstained from the vote.")
    assert ("member_of", ["AUT", "CYP", "IRL", "MLT"], "NATO", "holds") not in found


def test_an_apposition_on_a_later_item_describes_the_whole_list():
    # the parse may hang "the three members" on "Laos" rather than on "Vietnam"; the list starts at "Vietnam"
    words = ["Vietnam", ",", "Laos", "and", "Cambodia", ",", "the", "three", "members"]
    heads = [0, 0, 0, 2, 2, 2, 8, 8, 2]
    deps = ["ROOT", "punct", "conj", "cc", "conj", "punct", "det", "nummod", "appos"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert first_conjunct(doc[2]).i == 0
    assert first_conjunct(doc[4]).i == 0
    assert first_conjunct(doc[0]).i == 0


def test_a_non_member_ally_is_no_member():
    found = _rules("Morocco, a major non-NATO ally of the United States, bought tanks.")
    assert ("ally", ["MAR", "USA"], None, "holds") in found
    assert not any(r[0] == "member_of" for r in found)


def test_partner_countries_are_no_members():
    assert not any(r[0] == "member_of" for r in _rules("Malaysia became a BRICS partner country last year."))


@pytest.mark.parametrize("text, expected", [
    # the weapon's demonym names the seller
    ("Egypt, which bought Chinese air defence systems last year, denied the report.", [("arms_supplier", ["CHN"], "EGY", "holds")]),
    ("Vietnam has bought Indian frigates and Russian helicopters.",
     [("arms_supplier", ["IND"], "VNM", "holds"), ("arms_supplier", ["RUS"], "VNM", "holds")]),
    # the buyer is the state, not the body named in a fronted apposition
    ("A member of ASEAN since 1984, Brunei has bought Russian helicopters.", [("arms_supplier", ["RUS"], "BRN", "holds")]),
    # a seller's phrase each: two sellers of two things, not one pair selling both
    ("Chad has received armed drones from Turkey and transport helicopters from China.",
     [("arms_supplier", ["TUR"], "TCD", "holds"), ("arms_supplier", ["CHN"], "TCD", "holds")]),
])
def test_arms_bought(text, expected):
    found = _rules(text)
    for relation in expected:
        assert relation in found


@pytest.mark.parametrize("text, expected", [
    # one relation for each receiver listed
    ("Chile has sold Leopard tanks to Ecuador, Peru and Bolivia.",
     [("arms_supplier", ["CHL"], "PER", "holds"), ("arms_supplier", ["CHL"], "BOL", "holds")]),
    # the receivers hang on what is sold
    ("Israel has sold Heron drones to Chile, Peru and Ghana.", [("arms_supplier", ["ISR"], "PER", "holds")]),
    # what is bought as arms is arms when sold
    ("China has sold armoured vehicles and patrol boats to Ghana and Zambia.",
     [("arms_supplier", ["CHN"], "GHA", "holds"), ("arms_supplier", ["CHN"], "ZMB", "holds")]),
    # the buyers of a state's arms, each on its own
    ("Chile and Peru were the largest buyers of French weapons last year.",
     [("arms_supplier", ["FRA"], "CHL", "holds"), ("arms_supplier", ["FRA"], "PER", "holds")]),
    # arms of a state's making that another has, or uses
    ("Peru's Russian-made Sukhoi fighters flew over the coast.", [("arms_supplier", ["RUS"], "PER", "holds")]),
    ("Ghana wants to keep its Russian-supplied air defence systems.", [("arms_supplier", ["RUS"], "GHA", "holds")]),
    ("Turkish-made drones acquired by Chad's air force were used against rebels.", [("arms_supplier", ["TUR"], "TCD", "holds")]),
    # taking delivery is buying
    ("Ghana took delivery of its first frigate from France on Tuesday.", [("arms_supplier", ["FRA"], "GHA", "holds")]),
    # the one who overtakes is what follows "as"
    ("India has overtaken Russia as Ghana's largest arms supplier.", [("arms_supplier", ["IND"], "GHA", "holds")]),
    # armed by others: the suppliers as one list
    ("Laos's military government is armed chiefly by Russia and China, a report said.", [("arms_supplier", ["CHN", "RUS"], "LAO", "holds")]),
    # a source of military hardware is an arms supplier
    ("Iran has long been the dominant source of military hardware for Venezuela.", [("arms_supplier", ["IRN"], "VEN", "holds")]),
])
def test_arms_supplied(text, expected):
    found = _rules(text)
    for relation in expected:
        assert relation in found


def test_a_fronted_apposition_describes_the_subject():
    assert ("member_of", ["THA"], "ASEAN", "holds") in _rules("A founding member of ASEAN, Thailand has held elections.")


def test_one_seller_phrase_lists_sellers_together():
    assert ("arms_supplier", ["FRA", "ISR"], "CYP", "holds") in _rules("Cyprus bought most of its air defences from France and Israel.")


@pytest.mark.parametrize("text, expected", [
    ("Oman hosts a British naval base and a Turkish garrison.", ("hosts_base", ["OMN"], "TUR", "holds")),
    ("Brunei hosts a permanent British army training unit near its capital.", ("hosts_base", ["BRN"], "GBR", "holds")),
    # a multinational force is hosted from its lead nation
    ("Slovakia hosts a NATO battlegroup led by the Czech Republic.", ("hosts_base", ["SVK"], "CZE", "holds")),
    # a base in a city said to be a state's
    ("France's naval base in Port-Bouet, Ivory Coast's main port, employs 900 people.", ("hosts_base", ["CIV"], "FRA", "holds")),
    # forces at a base in a state
    ("British forces at the Akrotiri base in Cyprus were put on alert.", ("hosts_base", ["CYP"], "GBR", "holds")),
    # a relative clause on the first of a list is about the first alone
    ("Oman, which hosts a British naval base, and Yemen, home to many refugees, held talks.", ("hosts_base", ["OMN"], "GBR", "holds")),
    # "home to" in apposition: an aside that holds whatever the clause says
    ("Italy, home to the US Sixth Fleet and about 12,000 American service members, will pay more for their upkeep.",
     ("hosts_base", ["ITA"], "USA", "holds")),
    # a relative clause on an apposition whose own words name another state
    ("Slovenia, a US ally that hosts American troops, held elections.", ("hosts_base", ["SVN"], "USA", "holds")),
    # the forces within what is hosted, and what is hosted of a state's
    ("Italy hosts the largest concentration of US forces in southern Europe.", ("hosts_base", ["ITA"], "USA", "holds")),
    ("Kazakhstan hosts a large contingent of Russian engineers.", ("hosts_base", ["KAZ"], "RUS", "holds")),
    ("Kazakhstan, which has hosted rotations of Russian aircraft since 2023, held elections.", ("hosts_base", ["KAZ"], "RUS", "holds")),
])
def test_bases_and_forces_hosted(text, expected):
    assert expected in _rules(text)
