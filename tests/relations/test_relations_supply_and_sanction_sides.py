"""Arms supply and sanctions whose sides stand apart from the relation's word (issue 13): sanctions whose imposer a
"by" phrase names, states a passive says sanctions fall on, suppliers a list verb names, a supplier taken up by "whose",
and arms a passive says were supplied to a state; each in a sentence of the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False) if r.relation == kind]


@pytest.mark.parametrize("text, expected", [
    # the imposer "by" whom, on a participle of imposing or on the noun itself
    ("The sanctions imposed by Canada on Nicaragua in 2022 remain in force.", ("sanctions_regime", ["CAN"], "NIC", "holds")),
    ("Sanctions on Eritrea, imposed by the United Nations in 2009, were lifted nine years later.",
     ("sanctions_regime", ["UN"], "ERI", "ended")),
    ("Sanctions against Syria by Britain and Australia have been eased.", ("sanctions_regime", ["AUS", "GBR"], "SYR", "holds")),
    # a state the passive's participle describes, sanctioned "by" others: an aside, whatever the clause says
    ("Guinea, sanctioned by ECOWAS after the 2021 coup, has left the regional bloc.", ("sanctions_regime", ["ECOWAS"], "GIN", "holds")),
    ("Belarus's government, sanctioned by the United States and Canada, denied the charges.",
     ("sanctions_regime", ["CAN", "USA"], "BLR", "holds")),
    # sanctions as the agent of a passive fall on the passive's subject, not on one of their imposers
    ("Zimbabwe's government, targeted by US and EU sanctions since 2002, called for dialogue.",
     ("sanctions_regime", ["EU", "USA"], "ZWE", "holds")),
    ("Iran has been hit by Australian sanctions over its drone deliveries.", ("sanctions_regime", ["AUS"], "IRN", "holds")),
])
def test_sanction_sides_by_agent(text, expected):
    found = _kinds(text, "sanctions_regime")
    assert expected in found, found


@pytest.mark.parametrize("text, wrong", [
    # a side of the agent's modifiers is never the target
    ("Zimbabwe's government, targeted by US and EU sanctions since 2002, called for dialogue.", "EU"),
    # sanctions only proposed "by" someone are no sanctions imposed by it
    ("Sanctions on Georgia proposed by Estonia were blocked by Hungary.", "GEO"),
])
def test_no_sanctions_read_off_the_wrong_side(text, wrong):
    found = _kinds(text, "sanctions_regime")
    assert all(obj != wrong or polarity != "holds" for _, _, obj, polarity in found), found


@pytest.mark.parametrize("text, expected", [
    # a state's arms suppliers a list verb names: one relation for the list
    ("Kenya's arms suppliers include Britain, China and the United States, a parliamentary report found.",
     ("arms_supplier", ["CHN", "GBR", "USA"], "KEN", "holds")),
    ("The main suppliers of Peru's army comprise Russia and South Korea.", ("arms_supplier", ["KOR", "RUS"], "PER", "holds")),
    # a supplier taken up by "whose": the state the relative clause hangs on is supplied
    ("Bangladesh, whose main arms supplier is China, signed a deal with Turkey.", ("arms_supplier", ["CHN"], "BGD", "holds")),
    ("Algeria, whose largest weapons supplier remains Russia, held drills on Monday.", ("arms_supplier", ["RUS"], "DZA", "holds")),
    # arms a passive says were supplied to a state: by whom, or by the state of their making or whose they are
    ("Italian-made Leonardo helicopters were delivered to Qatar in March.", ("arms_supplier", ["ITA"], "QAT", "holds")),
    ("Tanks were sold to Morocco by the United States under a 2019 deal.", ("arms_supplier", ["USA"], "MAR", "holds")),
    ("North Korea's artillery shells, which have been shipped to Russia by rail, are of poor quality.",
     ("arms_supplier", ["PRK"], "RUS", "holds")),
    ("No South Korean howitzers have been exported to Ukraine, the ministry said.", ("arms_supplier", ["KOR"], "UKR", "denied")),
])
def test_supply_sides_apart(text, expected):
    found = _kinds(text, "arms_supplier")
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # a list of what is no state's arms supply: trading partners, and warships sent on a deployment
    "Kenya's trading partners include Britain, China and the United States.",
    "Chinese warships were sent to Cambodia for joint drills.",
    # exporters of goods that are no arms
    "Nigeria's suppliers of wheat include Russia and Ukraine.",
])
def test_no_supply_apart(text):
    assert _kinds(text, "arms_supplier") == []


@pytest.mark.parametrize("text, expected", [
    # a state struck "with" sanctions is their target, the verb's subject their imposer; a threat is of sanctions to come
    ("Canada hit Iran with fresh sanctions over the downing of the airliner.", ("sanctions_regime", ["CAN"], "IRN", "holds")),
    ("Britain slapped Belarus with a new package of sanctions.", ("sanctions_regime", ["GBR"], "BLR", "holds")),
    ("Washington has threatened Colombia with sanctions over deportation flights.",
     ("sanctions_regime", ["USA"], "COL", "hypothetical")),
])
def test_struck_with_sanctions(text, expected):
    found = _kinds(text, "sanctions_regime")
    assert expected in found, found


def test_sanctions_on_a_state_name_no_target_to_another():
    # "to" on the verb is the sales', not the sanctions': they are on the state "on" which they are put
    found = _kinds("Japan imposed new sanctions on North Korea over its arms deliveries to Russia.", "sanctions_regime")
    assert found == [("sanctions_regime", ["JPN"], "PRK", "holds")], found


@pytest.mark.parametrize("text, expected", [
    # "no longer" before an apposition, which the parse hangs on the name: the relation has ended
    ("Spain, no longer a supplier of arms to Israel, faces a lawsuit.", ("arms_supplier", ["ESP"], "ISR", "ended")),
    ("Belgium, no longer an arms supplier to Rwanda, urged a ceasefire.", ("arms_supplier", ["BEL"], "RWA", "ended")),
])
def test_no_longer_in_an_aside(text, expected):
    found = _kinds(text, "arms_supplier")
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # a deal or contract for arms its subject signs, from the state they come "from" or of whose making they are
    ("Chile signed a contract for six frigates from Britain.", ("arms_supplier", ["GBR"], "CHL", "holds")),
    ("Slovakia has signed an agreement for Swedish CV90 vehicles.", ("arms_supplier", ["SWE"], "SVK", "holds")),
    ("Colombia cancelled a contract for Israeli rifles last year.", ("arms_supplier", ["ISR"], "COL", "ended")),
    ("Saudi Arabia is negotiating a deal for Turkish drones, officials said.", ("arms_supplier", ["TUR"], "SAU", "hypothetical")),
    # arms a copula says are of another's making
    ("Most of Egypt's submarines are German-built.", ("arms_supplier", ["DEU"], "EGY", "holds")),
    ("Nearly all of Laos's fighter jets are Russian-made, analysts say.", ("arms_supplier", ["RUS"], "LAO", "holds")),
])
def test_deals_and_makers_said(text, expected):
    found = _kinds(text, "arms_supplier")
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # a deal for what is no arms, a deal "with" a state whose side the sentence does not tell, and a design, not a making
    "Ghana signed a trade deal for Chinese buses.",
    "Egypt signed a deal with France for more jets.",
    "Most of Cuba's tanks are Soviet-designed.",
])
def test_no_supply_in_deals_and_designs(text):
    assert _kinds(text, "arms_supplier") == []


@pytest.mark.parametrize("text, expected", [
    # a participle set before the clause: its subject is sanctioned
    ("Sanctioned by the European Union since 2011, Syria has turned to Russia for grain.", ("sanctions_regime", ["EU"], "SYR", "holds")),
    # a noun of ending ends the sanctions it is "of", unless the end is only sought or refused
    ("The lifting of US sanctions on Vietnam's arms purchases came in 2016.", ("sanctions_regime", ["USA"], "VNM", "ended")),
    ("The removal of UN sanctions on Liberia followed the election.", ("sanctions_regime", ["UN"], "LBR", "ended")),
    ("Caracas demanded the removal of US sanctions on Venezuela.", ("sanctions_regime", ["USA"], "VEN", "holds")),
    ("Britain ruled out the lifting of its sanctions on Belarus.", ("sanctions_regime", ["GBR"], "BLR", "holds")),
])
def test_sanctions_fronted_and_ended_by_noun(text, expected):
    found = _kinds(text, "sanctions_regime")
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # a purchase of another state's arms, named by its possessor
    ("India's purchase of Russia's S-400 systems drew a US warning.", ("arms_supplier", ["RUS"], "IND", "holds")),
    # arms given counted in hundreds
    ("Belarus has given Russia thousands of artillery shells.", ("arms_supplier", ["BLR"], "RUS", "holds")),
])
def test_purchases_and_gifts_of_others_arms(text, expected):
    found = _kinds(text, "arms_supplier")
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # a supplier's role dated to a decade gone by has ended; one of this decade holds
    ("Libya, Egypt's main arms supplier in the 1970s, has since become a buyer.", ("arms_supplier", ["LBY"], "EGY", "ended")),
    ("China, Bangladesh's largest arms supplier in the 2020s, opened a new office.", ("arms_supplier", ["CHN"], "BGD", "holds")),
    # an apposition the parse hangs on a word of no actor describes the name before its comma
    ("Officials said the tank deal with Germany, long a supplier to Chile's army, was signed.", ("arms_supplier", ["DEU"], "CHL", "holds")),
])
def test_supplier_asides(text, expected):
    found = _kinds(text, "arms_supplier")
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # an organisation that adopts sanctions of no one else's imposes its own
    ("The African Union adopted sanctions against Mali after the coup.", ("sanctions_regime", ["AU"], "MLI", "holds")),
    ("The EU adopted new sanctions on Iran over its drone deliveries.", ("sanctions_regime", ["EU"], "IRN", "holds")),
    # "restrictive measures", the EU's word for its sanctions, and punitive ones
    ("The EU's restrictive measures against Russia's government were renewed.", ("sanctions_regime", ["EU"], "RUS", "holds")),
    ("Beijing imposed punitive measures on Lithuania in 2021.", ("sanctions_regime", ["CHN"], "LTU", "holds")),
])
def test_sanctions_adopted_and_measures(text, expected):
    found = _kinds(text, "sanctions_regime")
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # measures of no state on another, and a state that takes up another's sanctions is no organisation imposing its own
    "The government lifted restrictive measures on travel.",
    "Police took punitive measures against protesters.",
])
def test_measures_of_no_sanctions(text):
    assert _kinds(text, "sanctions_regime") == []


def test_sanctions_adopted_from_another_stay_its_owners():
    found = _kinds("Norway adopted the EU's sanctions on Russia.", "sanctions_regime")
    assert ("sanctions_regime", ["NOR"], "RUS", "holds") in found and ("sanctions_regime", ["EU"], "RUS", "holds") in found, found


def test_a_letter_of_intent_to_buy_is_a_purchase_to_come():
    found = _kinds("Peru signed a letter of intent to buy 24 Gripen fighter jets from Sweden.", "arms_supplier")
    assert ("arms_supplier", ["SWE"], "PER", "hypothetical") in found, found
