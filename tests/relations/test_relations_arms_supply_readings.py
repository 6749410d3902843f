"""Classes of arms-supply constructions (issue 13, fifth round), each in sentences of the tests' own wording, read
by the rules alone: arms of another's making that a state fields, ..."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _arms(text, date="2024-05-01"):
    return [(sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False) if r.relation == "arms_supplier"]


@pytest.mark.parametrize("text, expected", [
    ("Uganda's air force operates Russian-built Mi-24 helicopters.", (["RUS"], "UGA", "holds")),
    ("Hungary was the first NATO member to field Chinese-made drones.", (["CHN"], "HUN", "holds")),
    ("Bangladesh has commissioned two Chinese-built frigates, the navy said.", (["CHN"], "BGD", "holds")),
])
def test_arms_of_a_makers_making_fielded_are_supplied_by_it(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "Ukrainian pilots shot down a Russian-made jet over Kharkiv.",  # arms met in battle, not fielded
    "The Houthis have used Iranian-made drones against shipping.",  # a movement, no state's forces
    "Estonia operates French Mistral launchers.",  # a bare demonym names no making
])
def test_arms_merely_met_or_held_by_no_state_are_no_supply(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Russia, long a supplier to Iran's army, has delayed the jets.", (["RUS"], "IRN", "holds")),
    ("China has become the main supplier of Pakistan's armed forces.", (["CHN"], "PAK", "holds")),
    ("Germany halted all exports of Leopard tank parts to Turkey.", (["DEU"], "TUR", "ended")),
])
def test_a_supply_to_a_states_forces_or_of_arms_parts_is_of_arms(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "Japan is a major supplier to India's car industry.",
    "Germany halted exports of machine tools to Russia.",
])
def test_a_supply_of_other_goods_is_no_arms_supply(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Armenia's traditional arms supplier Russia has failed to deliver weapons it was paid for.", (["RUS"], "ARM", "holds")),
    ("Serbia's main arms supplier China delivered drones on Monday.", (["CHN"], "SRB", "holds")),
    ("Taiwan's main arms supplier the United States approved a new sale on Friday.", (["USA"], "TWN", "holds")),
    ("Egypt's former arms supplier the Soviet Union trained its pilots.", (["RUS"], "EGY", "ended")),
])
def test_a_suppliers_title_before_its_name(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "India's top trading partner China sent a delegation.",  # no arms
    "India's largest supplier Russia sent oil.",  # a supplier of what the sentence does not call arms
])
def test_a_title_of_another_role_is_no_arms_supplier(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan regards Israel as a major arms supplier.", (["ISR"], "AZE", "holds")),
    # the second of two "as" phrases of one verb, whose state the parse joins to the first phrase
    ("Kazakhstan, which counts China as its largest trading partner and Russia as a key arms supplier, signed the deal.",
     (["RUS"], "KAZ", "holds")),
    ("Morocco counts the United States as its closest ally and France as a leading weapons supplier.", (["FRA"], "MAR", "holds")),
])
def test_a_state_counted_as_an_arms_supplier_supplies_who_counts_it(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "Algeria sees Russia as a key partner.",  # no arms
    "Analysts describe Turkey as a rising arms supplier.",  # of no state named
])
def test_a_role_counted_without_arms_or_receiver_is_no_supply(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("South Korea sold Poland fighter jets and howitzers last year.", (["KOR"], "POL", "holds")),
    ("The United States will not sell Turkey F-35 jets.", (["USA"], "TUR", "denied")),
    ("Spain sold Saudi Arabia corvettes.", (["ESP"], "SAU", "holds")),
])
def test_a_receiver_read_as_a_modifier_of_the_arms_sold(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "Poland refused to sell US weapons.",  # an abbreviation before the arms names their origin
    "Iran sold Chinese jets.",  # so does a demonym
])
def test_an_origin_before_the_arms_sold_is_no_receiver(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Egypt received 12 fighter jets approved for sale by Washington.", (["USA"], "EGY", "holds")),
    ("Morocco has received the first of 24 Apache helicopters approved for export by the United States.", (["USA"], "MAR", "holds")),
    ("Pakistan took delivery of two frigates built by China.", (["CHN"], "PAK", "holds")),
])
def test_arms_received_that_a_state_approved_or_built_are_its_supply(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "Egypt received 12 fighter jets flown by Russian pilots.",  # flown, not sold
    "Chile bought four corvettes built by Lockheed Martin.",  # a company, no state
])
def test_arms_received_from_no_state_selling_them_name_no_supplier(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Peru scrapped an order to buy tanks from China.", (["CHN"], "PER", "ended")),
    ("Spain cancelled a contract to buy anti-tank missiles from an Israeli company.", (["ISR"], "ESP", "ended")),
    # whose pledge or plan it is: "its" the subject's of the nearest clause with one
    ("Norway cancelled the deal as part of its plan to stop buying weapons from Israel.", (["ISR"], "NOR", "ended")),
    ("Belgium halted the talks, in line with its promise to stop purchasing drones from Israel.", (["ISR"], "BEL", "ended")),
])
def test_a_purchase_by_a_deal_ended_or_a_pledge(text, expected):
    assert expected in _arms(text)


def test_a_deal_signed_to_buy_arms_holds():
    assert (["FRA"], "EGY", "holds") in _arms("Egypt signed a contract to buy Rafale jets from France.")


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin says it is fighting NATO, not a Ukraine armed by the alliance.", (["NATO"], "UKR", "holds")),
    ("Officials in Addis Ababa said the AU had trained Somalia's army, which is armed by the bloc.", (["AU"], "SOM", "holds")),
])
def test_a_state_armed_by_the_organisation_named_before(text, expected):
    assert expected in _arms(text)


def test_armed_by_a_bloc_named_nowhere_is_no_supply():
    assert _arms("Ukraine, armed by the alliance, held the line.") == []


@pytest.mark.parametrize("text, expected", [
    ("Denmark donated 19 F-16 fighter jets to Ukraine.", (["DNK"], "UKR", "holds")),
    ("Norway handed over 20 tanks to Kyiv.", (["NOR"], "UKR", "holds")),
    ("Slovakia gave its MiG-29 jets to Ukraine.", (["SVK"], "UKR", "holds")),
    ("Germany has given Ukraine IRIS-T air defence systems.", (["DEU"], "UKR", "holds")),
])
def test_arms_given_away_are_supplied(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "Ukraine gave up its nuclear weapons to Russia in 1994.",  # given up, not given
    "Poland gave Ukraine its support.",  # no arms
    "Norway handed back the tanks to Germany.",  # returned, not given
])
def test_what_is_given_up_back_or_unarmed_is_no_supply(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("India builds Su-30MKI fighters under licence from Russia.", (["RUS"], "IND", "holds")),
    ("Turkey produces F-16 jets under a US licence.", (["USA"], "TUR", "holds")),
])
def test_arms_built_under_a_states_licence_are_its_supply(text, expected):
    assert expected in _arms(text)


def test_other_goods_built_under_licence_are_no_arms_supply():
    assert _arms("Poland builds buses under licence from Germany.") == []


@pytest.mark.parametrize("text, expected", [
    ("Germany is Ukraine's second-largest military donor.", (["DEU"], "UKR", "holds")),
    ("Egypt, one of the biggest buyers of French weapons, signed a new deal.", (["FRA"], "EGY", "holds")),
    ("Qatar is among the largest buyers of American weapons.", (["USA"], "QAT", "holds")),
])
def test_military_donors_and_buyers_named_in_a_role(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "Japan is Ukraine's largest humanitarian donor.",
    "India is one of the biggest buyers of Russian oil.",
])
def test_donors_and_buyers_of_other_things_supply_no_arms(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Vietnam relies heavily on Russian weapons.", (["RUS"], "VNM", "holds")),
    ("Egypt's air force depends on US-made F-16 jets.", (["USA"], "EGY", "holds")),
    ("Laos no longer depends on Russian helicopters.", (["RUS"], "LAO", "ended")),
])
def test_arms_of_a_states_making_relied_on_are_its_supply(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", ["Kenya relies on Chinese loans.", "Ukraine relies on Western weapons."])
def test_reliance_on_no_states_arms_is_no_supply(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Indonesia ordered 42 Rafale jets from France in 2022.", (["FRA"], "IDN", "holds")),
    ("The Philippines ordered two corvettes from South Korea.", (["KOR"], "PHL", "holds")),
    ("Egypt leased two submarines from Germany.", (["DEU"], "EGY", "holds")),
    ("Pakistan procured J-10C fighters from China.", (["CHN"], "PAK", "holds")),
])
def test_arms_ordered_leased_or_procured_from_a_state(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "Turkey ordered the Russian jets from its airspace.",  # an order to leave, no purchase
    "Ukraine ordered an investigation from Poland.",
    "The United States handed over a drone base to Niger.",  # a base, not arms
])
def test_orders_and_handovers_of_no_arms_bought_are_no_supply(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Algeria is Russia's third-largest arms customer.", (["RUS"], "DZA", "holds")),
    ("India, Moscow's biggest weapons buyer, has cut orders.", (["RUS"], "IND", "holds")),
    ("Egypt became one of France's largest arms customers.", (["FRA"], "EGY", "holds")),
    # a share of arms imports whose "of" the parse hangs on a fraction's second word
    ("Russia accounts for about two-thirds of Vietnam's arms imports.", (["RUS"], "VNM", "holds")),
])
def test_a_suppliers_arms_customer_and_a_share_of_imports(text, expected):
    assert expected in _arms(text)


@pytest.mark.parametrize("text", [
    "China is Russia's biggest oil customer.",
    "China accounts for two-thirds of Vietnam's oil imports.",
])
def test_customers_and_imports_of_other_goods_are_no_arms_supply(text):
    assert _arms(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Egypt bought Chinese drones and Rafale jets from France.", [(["FRA"], "EGY", "holds"), (["CHN"], "EGY", "holds")]),
    ("Morocco has bought drones and American F-16 jets from Israel.", [(["ISR"], "MAR", "holds"), (["USA"], "MAR", "holds")]),
    # the state of an era or a design made nothing
    ("Peru bought Soviet-era tanks and helicopters from Belarus.", [(["BLR"], "PER", "holds")]),
])
def test_an_item_of_another_states_making_among_arms_bought_from_a_seller(text, expected):
    assert sorted(_arms(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Iran is still awaiting Su-35 fighter jets from Russia.", (["RUS"], "IRN", "hypothetical")),
    ("Algeria has been waiting for years for submarines from Germany.", (["DEU"], "DZA", "hypothetical")),
])
def test_arms_awaited_from_a_state_are_a_supply_to_come(text, expected):
    assert expected in _arms(text)


def test_other_things_awaited_are_no_supply():
    assert _arms("Kyiv is waiting for news from Washington.") == []
