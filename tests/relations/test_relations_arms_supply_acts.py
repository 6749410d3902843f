"""Arms supply and sanctions read from the constructions of the relation-rule round (issue 13): arms sales, exports
and licences named as nouns, makers named in one word, suppliers ranked after others, arms one is equipped with, and
sanctions whose owner or target a pronoun or an indefinite noun stands for; each in a sentence of the tests' own wording,
read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False) if r.relation == kind]


@pytest.mark.parametrize("text, expected", [
    # the act's seller is the subject of the verb that approves, halts or suspends it
    ("Canada suspended all arms export licences to Saudi Arabia after the killing of the journalist.",
     ("arms_supplier", ["CAN"], "SAU", "ended")),
    ("South Korea authorised the export of K9 howitzers to Norway last year.", ("arms_supplier", ["KOR"], "NOR", "holds")),
    # no seller named: the state whose making the arms are, or the subject of the clause the act comes "with"
    ("The planned sale of French-made Rafale jets to Indonesia could be delayed, officials said.",
     ("arms_supplier", ["FRA"], "IDN", "hypothetical")),
    ("Turkey has become a leading drone exporter with sales of armed drones to Ukraine.", ("arms_supplier", ["TUR"], "UKR", "holds")),
    # a maker named in one word, which the actors stage does not read
    ("Romania agreed to buy 32 U.S.-built F-16 fighters.", ("arms_supplier", ["USA"], "ROU", "holds")),
])
def test_arms_acts_and_makers(text, expected):
    found = _kinds(text, "arms_supplier")
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # exports of what is no arms, and a sale in apposition, which names no seller's role
    "Brazil's exports of soybeans to China rose sharply last year.",
    "Germany halted export licences to Hungary for its cars.",
])
def test_acts_of_no_arms_are_no_supply(text):
    assert not _kinds(text, "arms_supplier")


def test_sale_in_apposition_is_the_sellers():
    found = _kinds("Italy approved the export of Aster missiles to Qatar, its largest sale of weapons abroad.", "arms_supplier")
    assert found == [("arms_supplier", ["ITA"], "QAT", "holds")], found


@pytest.mark.parametrize("text, expected", [
    ("Germany became Egypt's third-largest weapons supplier after France and Russia last decade.",
     ("arms_supplier", ["FRA", "RUS"], "EGY", "holds")),
    ("The United States remains Morocco's top arms supplier, followed by France, according to SIPRI.",
     ("arms_supplier", ["FRA"], "MAR", "holds")),
    ("China is Bangladesh's main source of weapons, followed closely by Russia.", ("arms_supplier", ["RUS"], "BGD", "holds")),
])
def test_suppliers_ranked_next_supply_too(text, expected):
    found = _kinds(text, "arms_supplier")
    assert expected in found, found


def test_after_an_event_names_no_runner_up():
    found = _kinds("Israel became Vietnam's main arms supplier after Russia's invasion of Ukraine.", "arms_supplier")
    assert found == [("arms_supplier", ["ISR"], "VNM", "holds")], found


@pytest.mark.parametrize("text, expected", [
    ("Kenya's army is equipped with Chinese armoured vehicles and US-made helicopters.",
     [("arms_supplier", ["CHN"], "KEN", "holds"), ("arms_supplier", ["USA"], "KEN", "holds")]),
    ("Peru's marines, armed with Israeli rifles, patrolled the border.", [("arms_supplier", ["ISR"], "PER", "holds")]),
    ("Vietnam has lately diversified with Indian patrol boats and Israeli missiles.",
     [("arms_supplier", ["IND"], "VNM", "holds"), ("arms_supplier", ["ISR"], "VNM", "holds")]),
])
def test_equipped_with_arms_of_others_making(text, expected):
    found = _kinds(text, "arms_supplier")
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text", [
    # arms used, not held; a state's own arms; what is not arms
    "Russia struck Kharkiv with Iranian drones overnight.",
    "Chile's navy is equipped with Chilean-built patrol boats.",
    "Ghana's hospitals were equipped with German scanners.",
])
def test_equipped_with_no_supply(text):
    assert not _kinds(text, "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    ("Washington lifted its ban on arms sales to Laos in 2016.", ("sanctions_regime", ["USA"], "LAO", "ended")),
    ("Canada imposed a moratorium on weapons exports to Turkey after the offensive.", ("sanctions_regime", ["CAN"], "TUR", "holds")),
    ("Argentina banned arms sales to Venezuela last year.", ("sanctions_regime", ["ARG"], "VEN", "holds")),
])
def test_ban_on_arms_sales_is_an_embargo(text, expected):
    assert expected in _kinds(text, "sanctions_regime"), _kinds(text, "sanctions_regime")


def test_arms_sales_banned_are_no_supply():
    assert not _kinds("Argentina banned arms sales to Venezuela last year.", "arms_supplier")


def test_ban_on_other_goods_is_no_embargo():
    assert not _kinds("Egypt extended its ban on imports of Turkish textiles to Libya.", "sanctions_regime")


@pytest.mark.parametrize("text, expected", [
    # an end asked for, possible or refused: the sanctions hold
    ("Cuba's foreign minister said the US embargo on Havana should be lifted.", ("sanctions_regime", ["USA"], "CUB", "holds")),
    ("Canada has refused to lift its sanctions on Belarus.", ("sanctions_regime", ["CAN"], "BLR", "holds")),
    ("The African Union could lift its sanctions on Gabon next month.", ("sanctions_regime", ["AU"], "GAB", "holds")),
])
def test_sanctions_whose_end_is_in_doubt_hold(text, expected):
    assert expected in _kinds(text, "sanctions_regime"), _kinds(text, "sanctions_regime")


def test_sanctions_lifted_have_ended():
    assert ("sanctions_regime", ["AU"], "GAB", "ended") in _kinds("The African Union lifted its sanctions on Gabon.", "sanctions_regime")


@pytest.mark.parametrize("text, wrong", [
    # "its own" is the imposer's; "any third country" takes up no state named before
    ("Britain ended its sanctions on Libya, while Japan, which began easing its own sanctions on the country, held talks.",
     ("sanctions_regime", ["JPN"], "GBR", "holds")),
    ("Ottawa renewed sanctions on Iran and said it would sanction any country that helped Tehran.",
     ("sanctions_regime", ["CAN"], "IRN", "hypothetical")),
])
def test_sanction_targets_not_misread(text, wrong):
    assert wrong not in _kinds(text, "sanctions_regime"), _kinds(text, "sanctions_regime")


@pytest.mark.parametrize("text, expected", [
    ("Pakistan is among the largest arms importers, with China supplying 80 percent of its imports.",
     [("arms_supplier", ["CHN"], "PAK", "holds")]),
    ("Italy supplied a third of Qatar's weapons imports, with France providing the rest.",
     [("arms_supplier", ["ITA"], "QAT", "holds"), ("arms_supplier", ["FRA"], "QAT", "holds")]),
])
def test_shares_of_arms_imports_supplied(text, expected):
    found = _kinds(text, "arms_supplier")
    assert all(e in found for e in expected), found


def test_shares_of_other_imports_are_no_arms():
    assert not _kinds("Algeria supplies 40 percent of Spain's gas imports, with Nigeria providing much of the rest.", "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    # the parse takes the gerund for a modifier of the arms: the supplier is the subject of the verb above, the polarity its
    ("Belarus has denied supplying weapons to Sudan's army.", ("arms_supplier", ["BLR"], "SDN", "denied")),
    ("Beijing, which calls itself Moscow's partner, has denied supplying weapons to Russia for the war.",
     ("arms_supplier", ["CHN"], "RUS", "denied")),
])
def test_supplying_read_as_a_modifier(text, expected):
    assert expected in _kinds(text, "arms_supplier"), _kinds(text, "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    ("Italy is building two frigates for Indonesia's navy.", ("arms_supplier", ["ITA"], "IDN", "holds")),
    ("Iran manufactures drones for Russia at a plant in Tatarstan, officials say.", ("arms_supplier", ["IRN"], "RUS", "holds")),
    # arms among things sent; an infinitive after "among the first countries"; arms supplied that arrive in a state
    ("Kenya will send troops and weapons to Haiti under the deal.", ("arms_supplier", ["KEN"], "HTI", "hypothetical")),
    ("Slovakia, among the first countries to send jets to Ukraine, has delivered more than 30 helicopters.",
     ("arms_supplier", ["SVK"], "UKR", "holds")),
    ("The first Leopard tanks supplied by Spain have arrived in Ukraine, officials said.", ("arms_supplier", ["ESP"], "UKR", "holds")),
])
def test_arms_built_sent_and_arrived(text, expected):
    assert expected in _kinds(text, "arms_supplier"), _kinds(text, "arms_supplier")


@pytest.mark.parametrize("text", [
    "India is building a new port for Sri Lanka.",
    "Kenya will send troops and doctors to Haiti under the deal.",
])
def test_built_or_sent_without_arms(text):
    assert not _kinds(text, "arms_supplier")


@pytest.mark.parametrize("text, expected", [
    ("Indonesia placed an order for French Rafale jets in 2022.", ("arms_supplier", ["FRA"], "IDN", "holds")),
    ("Morocco cancelled its order for Israeli drones.", ("arms_supplier", ["ISR"], "MAR", "ended")),
    ("Vietnam, which has bought tanks from Russia and frigates from India, is weighing an order for Japanese radars and US drones.",
     ("arms_supplier", ["USA"], "VNM", "hypothetical")),
])
def test_orders_for_arms(text, expected):
    assert expected in _kinds(text, "arms_supplier"), _kinds(text, "arms_supplier")


def test_order_for_other_goods_is_no_supply():
    assert not _kinds("Kenya placed an order for Turkish textiles.", "arms_supplier")


def test_each_seller_its_own_phrase():
    found = _kinds("Qatar, a US ally, has bought Rafale fighters from France and submarines from Germany.", "arms_supplier")
    assert ("arms_supplier", ["FRA"], "QAT", "holds") in found and ("arms_supplier", ["DEU"], "QAT", "holds") in found, found


@pytest.mark.parametrize("text, expected", [
    ("Mali has turned to Turkey and China for armed drones since the coup.", ("arms_supplier", ["CHN", "TUR"], "MLI", "holds")),
    ("Burkina Faso expelled French troops last year, and Moscow has since supplied the army with helicopters.",
     ("arms_supplier", ["RUS"], "BFA", "holds")),
    ("Niger's junta seized power in 2023, and Ankara has supplied the government with armed drones.",
     ("arms_supplier", ["TUR"], "NER", "holds")),
])
def test_turned_to_and_the_army_supplied(text, expected):
    assert expected in _kinds(text, "arms_supplier"), _kinds(text, "arms_supplier")


@pytest.mark.parametrize("text", [
    "Ukraine turned to Poland for help with refugees.",
    "Kenya hosted the talks, and Britain has supplied the army of volunteers with food.",
])
def test_turned_to_or_supplied_without_arms(text):
    assert not _kinds(text, "arms_supplier")


def test_list_told_again_each_on_its_own_is_not_kept():
    found = _kinds("Chile has turned to Israel and Spain for weapons, buying rifles from Israel and frigates from Spain.", "arms_supplier")
    assert ("arms_supplier", ["ISR"], "CHL", "holds") in found and ("arms_supplier", ["ESP"], "CHL", "holds") in found, found
    assert ("arms_supplier", ["ESP", "ISR"], "CHL", "holds") not in found, found


@pytest.mark.parametrize("text, expected", [
    ("Britain imposed sanctions on a Turkish refinery and two shipping firms for handling Russian oil.", []),
    ("Japan imposed sanctions on Myanmar's military and on two Thai companies.", [("sanctions_regime", ["JPN"], "MMR", "holds")]),
    ("Australia imposed sanctions on Syria and on Syrian firms.", [("sanctions_regime", ["AUS"], "SYR", "holds")]),
])
def test_sanctions_on_companies_by_nationality(text, expected):
    assert _kinds(text, "sanctions_regime") == expected, _kinds(text, "sanctions_regime")


@pytest.mark.parametrize("text", [
    # the state of a design or an era need not have made the arms
    "Georgia's army, armed with Soviet-era tanks, held the line.",
    "Finland's army is equipped with Soviet-designed rifles and domestic artillery.",
])
def test_design_or_era_names_no_maker(text):
    assert not _kinds(text, "arms_supplier")
