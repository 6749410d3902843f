"""Sides of diplomatic relations and wars read for issue 13 that the sentence gives only in other words: "its
neighbour", the state the sentence named before; each in a sentence of the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind):
    return sorted((sorted(actor_key(s) for s in r.subjects), r.polarity)
                  for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == kind)


@pytest.mark.parametrize("text, kind, expected", [
    # the neighbour is the state named before it, not the holder, nor a territory claimed, nor a movement
    ("Algeria, which rejects Moroccan sovereignty over Western Sahara, cut diplomatic ties with its western neighbour in 2021.",
     "diplomatic_relations", [(["DZA", "MAR"], "ended")]),
    ("Somalia expelled Ethiopia's ambassador and said it would sever ties with its neighbour if the port deal went ahead.",
     "diplomatic_relations", [(["ETH", "SOM"], "hypothetical")]),
    ("Officials in Kyiv said Moscow, which has bombed Ukraine's power plants every winter, has been at war with its neighbour since 2022.",
     "at_war_with", [(["RUS", "UKR"], "holds")]),
    ("Eritrea's information minister said Asmara, which accuses Addis Ababa of coveting its ports, would not go to war with its neighbour.",
     "at_war_with", [(["ERI", "ETH"], "denied")]),
    # no state named before: no other side to take up
    ("Chile, which hosted the summit, restored diplomatic relations with its northern neighbour.", "diplomatic_relations", []),
    # a neighbour named is the one named ("its southern neighbour Burundi")
    ("Rwanda, which denies backing Congo's rebels, broke off relations with its southern neighbour Burundi.",
     "diplomatic_relations", [(["BDI", "RWA"], "ended")]),
])
def test_relations_with_its_neighbour(text, kind, expected):
    assert _kinds(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    ("Eswatini keeps ties with Taiwan but none with China.", [(["CHN", "SWZ"], "denied"), (["SWZ", "TWN"], "holds")]),
    ("The Vatican, which has diplomatic relations with Taiwan and none with the People's Republic of China, sent an envoy.",
     [(["CHN", "VAT"], "denied"), (["TWN", "VAT"], "holds")]),
    ("Bhutan has formal ties with India and Bangladesh but none with China, its giant northern neighbour.",
     [(["BGD", "BTN"], "holds"), (["BTN", "CHN"], "denied"), (["BTN", "IND"], "holds")]),
    # "none" of something else denies no relations
    ("Belize has relations with Taiwan, and none of its neighbours objected.", [(["BLZ", "TWN"], "holds")]),
])
def test_relations_denied_by_none_with(text, expected):
    assert _kinds(text, "diplomatic_relations") == expected


@pytest.mark.parametrize("text, expected", [
    # a war wanted, risked or averted is in doubt, said or denied; "his government" is the speaker's state
    ("Ethiopia's prime minister said his government did not seek war with Eritrea.", [(["ERI", "ETH"], "hypothetical")]),
    ("Venezuela risks war with Guyana if it sends troops into the Essequibo, analysts said.", [(["GUY", "VEN"], "hypothetical")]),
    ("Mediators from Qatar worked through the night to avert a war between Cambodia and Thailand.", [(["KHM", "THA"], "hypothetical")]),
    # the subject no state: the war of who warns of it
    ("A blockade of Taiwan would mean war with the United States, Beijing's defence ministry warned.", [(["CHN", "USA"], "hypothetical")]),
    # a war of another sense is none
    ("Beijing and Washington should avoid a tariff war, Chinese officials said.", []),
])
def test_relations_war_put_in_doubt(text, expected):
    assert _kinds(text, "at_war_with") == expected


@pytest.mark.parametrize("text, expected", [
    ("Bahrain's normalisation of ties with Israel in 2020 angered Iran.", [(["BHR", "ISR"], "holds")]),
    ("Senegal welcomed the re-establishment of relations between Mali and Algeria.", [(["DZA", "MLI"], "holds")]),
    # an act that breaks them ends them
    ("The severing of diplomatic ties between Qatar and Saudi Arabia in 2017 hurt trade across the Gulf.", [(["QAT", "SAU"], "ended")]),
    # talked of or sought, in doubt
    ("Talks on the normalisation of relations between Turkey and Armenia resumed in Vienna on Friday.", [(["ARM", "TUR"], "hypothetical")]),
    # ties of another kind are no diplomatic relations
    ("The restoration of trade ties between Kenya and Tanzania lifted exports.", []),
])
def test_relations_set_up_or_broken_by_an_act(text, expected):
    assert _kinds(text, "diplomatic_relations") == expected


@pytest.mark.parametrize("text, expected", [
    # the sides a clause on the war names
    ("The war that Saudi Arabia launched against Yemen in 2015 has killed thousands of civilians.", [(["SAU", "YEM"], "holds")]),
    ("The war pitting Russia against Ukraine has reshaped European security.", [(["RUS", "UKR"], "holds")]),
    ("The war Iraq fought with Iran in the 1980s left a million dead.", [(["IRN", "IRQ"], "ended")]),
    # a clause with its own object names no side
    ("The war that cost Argentina the Falklands also toppled its junta.", []),
])
def test_relations_war_sides_in_its_clause(text, expected):
    assert _kinds(text, "at_war_with") == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of the main clause is no item of a list closing the clause before it
    ("Since Russia went to war with Ukraine, Kazakhstan has courted China.", [(["RUS", "UKR"], "holds")]),
    ("After Ethiopia went to war with Eritrea, Djibouti hosted the talks.", [(["ERI", "ETH"], "holds")]),
    # a verb of ending ends its own object, not the war its subject speaks of
    ("Western sanctions over Moscow's war on Ukraine have cut Russian oil revenues.", [(["RUS", "UKR"], "holds")]),
    ("Sanctions over Russia's war with Ukraine have ended most of Moscow's gas sales to Europe.", [(["RUS", "UKR"], "holds")]),
])
def test_relations_war_told_beside_another_clause(text, expected):
    assert _kinds(text, "at_war_with") == expected


@pytest.mark.parametrize("text, kind, expected", [
    # "not A but B": the denial is the first noun's, and the second is what the sides are instead
    ("The United States and India are not allies but strategic partners, the ambassador said.", "strategic_partner", [(["IND", "USA"], "holds")]),
    ("Kazakhstan and Russia are not rivals but strategic partners, Astana insists.", "strategic_partner", [(["KAZ", "RUS"], "holds")]),
    ("Brazil and China are not strategic partners but rivals, the senator said.", "strategic_partner", [(["BRA", "CHN"], "denied")]),
])
def test_relations_held_where_the_denial_is_another_noun_s(text, kind, expected):
    assert _kinds(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # a relation noun joined to the verb's object is the verb's object too: the verb's subject holds it
    ("The United States has no embassy in Iran and no diplomatic relations with Tehran.", "diplomatic_relations", [(["IRN", "USA"], "denied")]),
    ("Britain keeps an embassy in Pyongyang and full diplomatic relations with North Korea.", "diplomatic_relations", [(["GBR", "PRK"], "holds")]),
    ("Tokyo has a security treaty with Washington and strategic partnerships with Canberra and New Delhi.", "strategic_partner",
     [(["AUS", "JPN"], "holds"), (["IND", "JPN"], "holds")]),
])
def test_relations_noun_joined_to_the_object(text, kind, expected):
    assert _kinds(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # a count of countries, with those it includes named: each is the other side
    ("Taiwan has formal diplomatic ties with only 12 countries, including Paraguay and Guatemala.", "diplomatic_relations",
     [(["GTM", "TWN"], "holds"), (["PRY", "TWN"], "holds")]),
    ("India has strategic partnerships with more than 30 countries, including France and Japan.", "strategic_partner",
     [(["FRA", "IND"], "holds"), (["IND", "JPN"], "holds")]),
    # a count of other things names no side
    ("Kenya restored ties with Somalia after talks with several agencies, including the IMF.", "diplomatic_relations",
     [(["KEN", "SOM"], "holds")]),
])
def test_relations_with_countries_including(text, kind, expected):
    assert _kinds(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    # "its war" is the state that wages it, not the maker of the arms it wages it with
    ("Azerbaijan used Israeli-made drones in its 2020 war with Armenia.", {("ARM", "AZE")}),
    ("Kyiv fired US-supplied missiles in its war with Russia.", {("RUS", "UKR")}),
    ("Ethiopia bought Turkish drones for its war with Eritrea.", {("ERI", "ETH")}),
    # troops are no arms: they wage the war themselves
    ("Russian troops pressed on with its war against Ukraine.", {("RUS", "UKR")}),
])
def test_its_war_is_not_the_arms_maker(text, expected):
    found = {tuple(sorted(actor_key(s) for s in r.subjects)) for r in relations_in_text(text, "2025-01-01", model=False) if r.relation == "at_war_with"}
    assert found == expected
