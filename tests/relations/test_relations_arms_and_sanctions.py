"""Constructions of arms supply and sanctions read for issue 13, each in a sentence of the tests' own
wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False) if r.relation == kind]


@pytest.mark.parametrize("text, expected, owner", [
    # who joins, matches or adopts others' sanctions holds them too, as its verb says; the owner's hold regardless
    ("Montenegro, unlike its neighbour, has fully adopted the EU's sanctions against Belarus.",
     ("sanctions_regime", ["MNE"], "BLR", "holds"), ("sanctions_regime", ["EU"], "BLR", "holds")),
    ("Iceland, which stays outside the European Union, has matched most of the bloc's sanctions on Syria.",
     ("sanctions_regime", ["ISL"], "SYR", "holds"), ("sanctions_regime", ["EU"], "SYR", "holds")),
])
def test_sanctions_joined_are_the_joiners(text, expected, owner):
    found = _kinds(text, "sanctions_regime")
    assert expected in found, found
    assert owner is None or owner in found, found


def test_joining_sanctions_is_no_membership():
    text = "Georgia has refused to join EU sanctions on Russia."
    assert not [r for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == "member_of"]


@pytest.mark.parametrize("text, expected", [
    ("Laos still depends on Russia for most of its helicopters and tanks.", ("arms_supplier", ["RUS"], "LAO", "holds")),
    ("Mali has relied on Moscow and Ankara for nearly all of its drones since the coup.", ("arms_supplier", ["RUS", "TUR"], "MLI", "holds")),
    # the state "the country" takes up, and one whose army relies on another "as" its supplier
    ("Transparency International placed Chad near the bottom, and the country leans on Beijing for its armoured vehicles.",
     ("arms_supplier", ["CHN"], "TCD", "holds")),
    ("Sudan, whose army depended on China as its main weapons supplier, bought drones.", ("arms_supplier", ["CHN"], "SDN", "holds")),
])
def test_relying_on_a_state_for_arms(text, expected):
    assert expected in _kinds(text, "arms_supplier")


def test_relying_on_a_state_for_other_things_is_no_arms_supply():
    assert not _kinds("Laos depends on China for most of its loans and roads.", "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    ("Jordan receives about $1 billion a year in American military aid.", ("arms_supplier", ["USA"], "JOR", "holds")),
    ("Lebanon, a neighbour of Syria and the largest recipient of French military assistance in the region, held talks.",
     ("arms_supplier", ["FRA"], "LBN", "holds")),
    ("Hungary halted its military aid to Ukraine after the election.", ("arms_supplier", ["HUN"], "UKR", "ended")),
    ("Russia, Laos's biggest provider of military aid, opened a school.", ("arms_supplier", ["RUS"], "LAO", "holds")),
])
def test_military_aid_is_arms_supplied(text, expected):
    assert expected in _kinds(text, "arms_supplier")


def test_other_aid_is_no_arms_supply():
    assert not _kinds("Jordan receives about $1 billion a year in American non-military aid.", "arms_supplier")
    assert not _kinds("Jordan receives about $1 billion a year in American humanitarian aid.", "arms_supplier")



def test_a_purchase_is_read_off_its_own_verb():
    # the seller "bought" names is no seller of what "receives" governs
    found = _kinds("Qatar receives Turkish drones, and Oman has bought jets from France.", "arms_supplier")
    assert ("arms_supplier", ["FRA"], "OMN", "holds") in found and ("arms_supplier", ["FRA"], "QAT", "holds") not in found, found


@pytest.mark.parametrize("text, expected", [
    # sanctions on a state's army are on the state; "the country" is the state named before it
    ("Canada, which has kept sanctions on Belarus's army since 2020, added ten officers to its list.", ("sanctions_regime", ["CAN"], "BLR", "holds")),
    ("Ghana reported a coup last year, and ECOWAS has since imposed sanctions on the country.", ("sanctions_regime", ["ECOWAS"], "GHA", "holds")),
])
def test_whom_sanctions_are_on(text, expected):
    assert expected in _kinds(text, "sanctions_regime")


def test_sanctions_on_a_states_companies_are_not_on_the_state():
    assert not _kinds("Canada has imposed sanctions on two Belarusian companies.", "sanctions_regime")


@pytest.mark.parametrize("text, expected", [
    # the imposer named by a relative clause, hung on the sanctions or on their target
    ("The oil embargo on Iraq, which the Security Council imposed in 1990, crippled its economy.", ("sanctions_regime", ["UN"], "IRQ", "holds")),
    ("The sanctions on Cuba that Washington imposed in 1962 remain in force.", ("sanctions_regime", ["USA"], "CUB", "holds")),
    ("The trade sanctions on Belarus, which Ottawa imposed in 2020, were repealed this week.", ("sanctions_regime", ["CAN"], "BLR", "ended")),
])
def test_sanctions_imposed_by_whom_a_relative_clause_names(text, expected):
    assert expected in _kinds(text, "sanctions_regime")


@pytest.mark.parametrize("text, expected", [
    # a state that faces sanctions bears them; one urged to impose them would hold them
    ("Nicaragua has faced broad US sanctions since 2018.", ("sanctions_regime", ["USA"], "NIC", "holds")),
    ("Ukraine urged Japan on Monday to impose sanctions on Minsk.", ("sanctions_regime", ["JPN"], "BLR", "hypothetical")),
    ("Poland pressed its EU partners to tighten sanctions on Moscow.", ("sanctions_regime", ["EU"], "RUS", "holds")),
])
def test_who_bears_and_who_would_impose_sanctions(text, expected):
    found = _kinds(text, "sanctions_regime")
    assert expected in found and all(r[1] != [expected[2]] for r in found), found


@pytest.mark.parametrize("text, expected", [
    # what is supplied may be counted ("thousands of", "the bulk of"), and a sale of frigates or systems is of arms
    ("Iran has shipped thousands of artillery rockets to Yemen, officials said.", ("arms_supplier", ["IRN"], "YEM", "holds")),
    ("Ankara supplies the bulk of Baku's warplanes.", ("arms_supplier", ["TUR"], "AZE", "holds")),
    ("Germany has supplied Egypt with four frigates since 2016.", ("arms_supplier", ["DEU"], "EGY", "holds")),
    # "the country" is the state named before it, not the clause's own subject
    ("Sudan is under an arms embargo, yet Iran and Egypt have sent weapons to the country.", ("arms_supplier", ["EGY", "IRN"], "SDN", "holds")),
])
def test_arms_supplied_in_quantities_and_kinds(text, expected):
    assert expected in _kinds(text, "arms_supplier")


def test_warships_sent_are_no_sale():
    assert not _kinds("Britain has sent two frigates to Oman for a joint exercise.", "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    ("Spain exported more arms last year, with Morocco and Peru among the main recipients of its frigates.",
     [("arms_supplier", ["ESP"], "MAR", "holds"), ("arms_supplier", ["ESP"], "PER", "holds")]),
    ("Germany sold record volumes last year, with Hungary among the largest buyers of its weapons.", [("arms_supplier", ["DEU"], "HUN", "holds")]),
])
def test_states_among_a_suppliers_buyers(text, expected):
    found = _kinds(text, "arms_supplier")
    assert all(e in found for e in expected), found


def test_buyers_of_other_goods_are_no_arms_buyers():
    assert not _kinds("Norway is a big gas exporter, with Germany and Poland among its biggest customers.", "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    ("Most of Kenya's helicopters come from the United States.", ("arms_supplier", ["USA"], "KEN", "holds")),
    ("Officials said Peru remained a big spender, with much of its military hardware coming from Russia.", ("arms_supplier", ["RUS"], "PER", "holds")),
])
def test_arms_that_come_from_a_state(text, expected):
    assert expected in _kinds(text, "arms_supplier")


def test_other_goods_that_come_from_a_state_are_no_arms():
    assert not _kinds("Most of Kenya's wheat comes from Russia.", "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    # each "by" phrase its own suppliers; the receiver may be the antecedent of "which"
    ("Jordan is supplied with tanks by Britain, and with helicopters by the United States.",
     [("arms_supplier", ["GBR"], "JOR", "holds"), ("arms_supplier", ["USA"], "JOR", "holds")]),
    ("Chile, which is supplied with frigates by the Netherlands, bought two more.", [("arms_supplier", ["NLD"], "CHL", "holds")]),
])
def test_supplied_by(text, expected):
    found = _kinds(text, "arms_supplier")
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, expected", [
    # a purchase named as a noun: from the seller named, or from the state whose demonym the weapons carry
    ("Croatia's purchase of 12 Rafale jets from France was completed in 2024.", ("arms_supplier", ["FRA"], "HRV", "holds")),
    ("The Philippine navy's purchases of Israeli patrol boats continued.", ("arms_supplier", ["ISR"], "PHL", "holds")),
    # "made X (one of) its suppliers"
    ("Hungary bought 44 Leopard tanks, making Berlin one of its main arms suppliers.", ("arms_supplier", ["DEU"], "HUN", "holds")),
    ("Kenya's orders of Turkish drones made Ankara its largest arms supplier, analysts said.", ("arms_supplier", ["TUR"], "KEN", "holds")),
])
def test_purchases_named_and_suppliers_made(text, expected):
    assert expected in _kinds(text, "arms_supplier")


def test_a_purchase_of_other_goods_is_no_arms_supply():
    assert not _kinds("Croatia's purchase of French wheat was completed in 2024.", "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    # a sanctions programme or regime is the sanctions', read as they are
    ("Canada ended its long sanctions programme on Libya on Friday.", ("sanctions_regime", ["CAN"], "LBY", "ended")),
    ("Eritrea, under a UN sanctions regime since 2009, held talks.", ("sanctions_regime", ["UN"], "ERI", "holds")),
])
def test_sanctions_programmes(text, expected):
    assert expected in _kinds(text, "sanctions_regime")


def test_a_phrase_naming_both_sides_of_sanctions_under_them():
    assert ("sanctions_regime", ["JPN"], "PRK", "holds") in _kinds(
        "Under Japan's sanctions on North Korea, two shipping firms had their assets frozen last year.", "sanctions_regime")


@pytest.mark.parametrize("text, expected", [
    # a share of a state's arms imports, and those said to follow; a donor of weapons
    ("France accounted for 30 percent of Qatar's arms imports, followed by Italy and Britain.",
     [("arms_supplier", ["FRA"], "QAT", "holds"), ("arms_supplier", ["GBR", "ITA"], "QAT", "holds")]),
    ("Taipei's largest weapons donor, the United States, approved a new package.", [("arms_supplier", ["USA"], "TWN", "holds")]),
])
def test_shares_of_arms_imports_and_donors(text, expected):
    found = _kinds(text, "arms_supplier")
    assert all(e in found for e in expected), found


def test_shares_of_other_imports_and_other_donors_are_no_arms_supply():
    assert not _kinds("Russia accounted for 40 percent of China's oil imports.", "arms_supplier")
    assert not _kinds("Norway, Ukraine's second-biggest donor, pledged more money.", "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    # the state "its" stands for, and the antecedent of a relative clause joined to another
    ("Cuba's foreign ministry said US sanctions on its tourism sector amounted to a blockade.", ("sanctions_regime", ["USA"], "CUB", "holds")),
    ("Syria, whose cities were shelled for years and which has been under EU sanctions since 2011, held talks.",
     ("sanctions_regime", ["EU"], "SYR", "holds")),
])
def test_whose_sanctions_in_other_words(text, expected):
    assert expected in _kinds(text, "sanctions_regime")


@pytest.mark.parametrize("text", [
    # who condemns sanctions that name their imposer holds none; sanctions on companies are none between states
    "The African Union condemned US sanctions on three of its officials on Friday.",
    "The United States imposed sanctions on Gazprom and Lukoil on Wednesday.",
])
def test_no_sanctions_regime_of_the_critic_or_on_companies(text):
    found = _kinds(text, "sanctions_regime")
    assert not [r for r in found if r[1] == ["AU"] or r[2] in {"Gazprom", "Lukoil", "MNC"}], found


def test_a_purchase_due_is_hypothetical():
    assert ("arms_supplier", ["FRA"], "IDN", "hypothetical") in _kinds("Indonesia is due to buy 42 Rafale jets from France by 2030.", "arms_supplier")


def test_suppliers_of_one_thing_in_several_by_phrases_are_one_list():
    found = relations_in_text("Peru is supplied with helicopters by Italy and, lately, by Spain and Brazil.", "2024-05-01", model=False)
    supplies = [r for r in found if r.relation == "arms_supplier"]
    assert [sorted(s.code for s in r.subjects) for r in supplies] == [["BRA", "ESP", "ITA"]]
    assert supplies[0].object.code == "PER"
