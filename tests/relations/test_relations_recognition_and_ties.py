"""Constructions of recognition, diplomatic relations, alliances and strategic partnerships read for issue 13, each
in a sentence of the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _read(text, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False)]


def _kinds(text, kind):
    return [r for r in _read(text) if r[0] == kind]


@pytest.mark.parametrize("text, expected", [
    # each entity recognised is a relation of its own, a breakaway one by its own name, not its parent state's code
    ("Venezuela recognised Abkhazia and South Ossetia in 2009.",
     [("recognizes", ["VEN"], "Republic of Abkhazia", "holds"), ("recognizes", ["VEN"], "Republic of South Ossetia", "holds")]),
    ("Nicaragua recognised the independence of Abkhazia and South Ossetia.",
     [("recognizes", ["NIC"], "Republic of Abkhazia", "holds"), ("recognizes", ["NIC"], "Republic of South Ossetia", "holds")]),
    ("Moscow recognised Georgia's breakaway regions of Abkhazia and South Ossetia.",
     [("recognizes", ["RUS"], "Republic of Abkhazia", "holds"), ("recognizes", ["RUS"], "Republic of South Ossetia", "holds")]),
    # the state a declaration of independence is of
    ("Greece does not recognise Kosovo's unilateral declaration of independence.", [("recognizes", ["GRC"], "XKX", "denied")]),
    # a name that is a state's own (Western Sahara's), though the actors stage reads it as a movement's
    ("Kenya recognises the Sahrawi Arab Democratic Republic.", [("recognizes", ["KEN"], "ESH", "holds")]),
])
def test_each_entity_recognised(text, expected):
    found = _kinds(text, "recognizes")
    assert sorted(found) == sorted(expected), found


@pytest.mark.parametrize("text, expected", [
    # the subject of "are among the (handful of) states that ...", and the governments a relative clause is about
    ("Haiti and Belize remain among the handful of countries that recognise Taiwan.", ("recognizes", ["BLZ", "HTI"], "TWN", "holds")),
    ("Nicaragua and Syria are the only governments that recognise Abkhazia.",
     ("recognizes", ["NIC", "SYR"], "Republic of Abkhazia", "holds")),
    # the states doing the same "along with" or "together with" the subject
    ("Haiti and Belize are among the few countries that still recognise Taiwan, along with Paraguay and Palau.",
     ("recognizes", ["BLZ", "HTI", "PLW", "PRY"], "TWN", "holds")),
    ("Spain recognised Palestine in 2024 together with Ireland and Norway.", ("recognizes", ["ESP", "IRL", "NOR"], "PSE", "holds")),
])
def test_who_recognises_among_or_along_with_others(text, expected):
    assert _kinds(text, "recognizes") == [expected]


@pytest.mark.parametrize("text, expected", [
    # the entity a relative clause of recognition hangs on, whether "which" is read as its object or as a second subject
    ("Somaliland, which Ethiopia recognised in May, opened an embassy.", ("recognizes", ["ETH"], "Republic of Somaliland", "holds")),
    ("Transnistria, which only Russia recognises, held elections.", ("recognizes", ["RUS"], "Pridnestrovian Moldavian Republic", "holds")),
    # the noun of recognition reads its object as the verb does
    ("Ecuador withdrew its recognition of the Sahrawi Arab Democratic Republic.", ("recognizes", ["ECU"], "ESH", "ended")),
])
def test_what_a_relative_clause_or_a_noun_of_recognition_recognises(text, expected):
    assert _kinds(text, "recognizes") == [expected]


@pytest.mark.parametrize("text, expected", [
    # a state designated an ally or partner by another is its ally or partner, the designator named as subject or agent
    ("Washington designated Colombia a major non-NATO ally in 2022.", ("ally", ["COL", "USA"], None, "holds")),
    ("Tunisia, designated a major non-NATO ally by Washington in 2015, held drills.", ("ally", ["TUN", "USA"], None, "holds")),
    ("Qatar, which Washington designated a major non-NATO ally in 2022, hosts a base.", ("ally", ["QAT", "USA"], None, "holds")),
    ("The EU named Egypt a strategic partner.", ("strategic_partner", ["EGY", "EU"], None, "holds")),
])
def test_an_ally_or_partner_designated(text, expected):
    assert _kinds(text, expected[0]) == [expected]


@pytest.mark.parametrize("text, expected", [
    # "its war" is the war of the state named just before it, whoever the clause is about, and a fact whatever the
    # clause denies
    ("Belarus is Moscow's only ally in its war against Ukraine.", ("at_war_with", ["RUS", "UKR"], None, "holds")),
    ("Iraq was suspended from the league after it launched its war against Iran.", ("at_war_with", ["IRN", "IRQ"], None, "holds")),
    ("Kenya denied selling rifles to Ethiopia for its war against Eritrea.", ("at_war_with", ["ERI", "ETH"], None, "holds")),
])
def test_its_war_is_the_war_of_the_state_before_it(text, expected):
    assert _kinds(text, "at_war_with") == [expected]


@pytest.mark.parametrize("text, expected", [
    # a state's claim to a territory refused by another is a recognition denied
    ("Mauritius rejects British sovereignty over the Chagos Islands.", ("recognizes_territory", ["MUS"], "GBR", "denied")),
    ("Bolivia, which rejects Chilean sovereignty over the coast, filed a case.", ("recognizes_territory", ["BOL"], "CHL", "denied")),
])
def test_a_claim_rejected_is_a_recognition_denied(text, expected):
    assert _kinds(text, "recognizes_territory") == [expected]


@pytest.mark.parametrize("text", [
    "Peru and Chile upgraded their ties to a comprehensive strategic partnership in May.",
    "Ghana upgraded relations with Togo to a strategic partnership.",
])
def test_ties_raised_to_a_partnership_are_no_claim_of_diplomatic_relations(text):
    assert _kinds(text, "diplomatic_relations") == []
    assert len(_kinds(text, "strategic_partner")) == 1


@pytest.mark.parametrize("text, expected", [
    # years of relations marked say they hold
    ("Chile and Peru marked 40 years of diplomatic relations on Monday.", ("diplomatic_relations", ["CHL", "PER"], None, "holds")),
    # "with which" stands for the state the relative clause describes
    ("Chile is the only neighbour with which Bolivia has no diplomatic relations.", ("diplomatic_relations", ["BOL", "CHL"], None, "denied")),
    ("Israel, a country with which Iraq has had no diplomatic relations since 1948, protested.",
     ("diplomatic_relations", ["IRQ", "ISR"], None, "ended")),
])
def test_relations_marked_in_years_or_with_which(text, expected):
    assert _kinds(text, "diplomatic_relations") == [expected]


@pytest.mark.parametrize("text, expected", [
    # the states counted among a state's partners, each its partner
    ("Laos counts China, Russia and Japan among its strategic partners.",
     [("strategic_partner", ["CHN", "LAO"], None, "holds"), ("strategic_partner", ["JPN", "LAO"], None, "holds"),
      ("strategic_partner", ["LAO", "RUS"], None, "holds")]),
    # a relationship described as a partnership is its possessors'
    ("Chile and Peru describe their relationship as a strategic partnership.", [("strategic_partner", ["CHL", "PER"], None, "holds")]),
    # the one considered a friend and a partner, as a small clause of the parse
    ("Fiji considers Japan its closest friend and a strategic partner.", [("strategic_partner", ["FJI", "JPN"], None, "holds")]),
])
def test_partners_counted_described_or_considered(text, expected):
    assert sorted(_kinds(text, "strategic_partner")) == expected


@pytest.mark.parametrize("text, kind", [
    # an armed movement is no state: no war or alliance of the state the actors stage codes it with
    ("Kenya says it is at war with al-Shabaab.", "at_war_with"),
    ("Syria's allies, including Hezbollah and Hamas, were weakened.", "ally"),
])
def test_no_symmetric_relation_with_a_movement_or_a_company(text, kind):
    assert _kinds(text, kind) == []


@pytest.mark.parametrize("text, expected", [
    # one state regarded by another as its partner or ally, the noun alone or second in a pair
    ("Minsk regards Moscow as a strategic partner and ally.",
     [("ally", ["BLR", "RUS"], None, "holds"), ("strategic_partner", ["BLR", "RUS"], None, "holds")]),
    ("Peru's president described Chile as a brother and an ally.", [("ally", ["CHL", "PER"], None, "holds")]),
])
def test_a_state_regarded_as_a_partner_or_ally(text, expected):
    assert sorted(r for r in _read(text) if r[0] in {"ally", "strategic_partner"}) == expected


@pytest.mark.parametrize("text", [
    # a possessor's allies listed after the noun, each its ally: as a title, or set off after an "in" phrase
    "Russia's allies Belarus, Armenia and Kazakhstan held drills.",
    "Moscow's allies in Eurasia, Belarus, Armenia and Kazakhstan, held drills.",
])
def test_a_possessors_allies_listed(text):
    expected = [("ally", ["ARM", "RUS"], None, "holds"), ("ally", ["BLR", "RUS"], None, "holds"), ("ally", ["KAZ", "RUS"], None, "holds")]
    assert sorted(_kinds(text, "ally")) == expected


def test_an_alliance_with_a_state_is_the_speakers():
    text = "Seoul's defence minister said the alliance with the United States remained strong."
    assert _kinds(text, "ally") == [("ally", ["KOR", "USA"], None, "holds")]


@pytest.mark.parametrize("text, expected", [
    # a title holds whatever the clause goes on to say, where the parse makes the name a second subject
    ("Taipei's diplomatic ally Belize will open a consulate in Kaohsiung.", ("recognizes", ["BLZ"], "TWN", "holds")),
])
def test_a_title_holds_whatever_the_clause_says(text, expected):
    assert _kinds(text, expected[0]) == [expected]


def test_its_war_is_the_main_clauses_state_not_one_named_in_a_relative_clause():
    text = "Iran, which remains Syria's main backer, has had to cut its spending because of its long war with Iraq, a historian writes."
    wars = [sorted(s.code for s in r.subjects) for r in relations_in_text(text, "1987-03-01", model=False) if r.relation == "at_war_with"]
    assert wars == [["IRN", "IRQ"]]


def test_the_source_after_a_list_is_no_item_of_it():
    text = "Peru buys its jets from Italy, Spain and Brazil, Chilean officials said."
    supplies = [r for r in relations_in_text(text, "2025-05-01", model=False) if r.relation == "arms_supplier"]
    assert [sorted(s.code for s in r.subjects) for r in supplies] == [["BRA", "ESP", "ITA"]]
