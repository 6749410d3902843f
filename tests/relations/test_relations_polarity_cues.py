"""Polarity cues across kinds (issue 13): what a clause joined to a refusal asserts on its own, wishes told through nouns
("in talks to buy", "a letter of intent"), ends told through nouns ("the lifting of sanctions", "the end of the
alliance"), and the dates a sentence gives a relation."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _read(text, date="2025-01-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False)]


@pytest.mark.parametrize("text, expected", [
    # a finite verb joined to a refusal shares its subject, not the refusal
    ("India refused to condemn Russia and bought S-400 missiles from Moscow.", ("arms_supplier", ["RUS"], "IND", "holds")),
    ("Serbia refuses to recognise Kosovo's independence and treats Kosovo as part of Serbia.",
     ("recognizes_territory", ["SRB"], "SRB", "holds")),
    ("Hungary declined to send weapons to Ukraine and bought tanks from Germany.", ("arms_supplier", ["DEU"], "HUN", "holds")),
])
def test_finite_conjunct_asserts_on_its_own(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, expected", [
    # the refusal still reaches what it governs, and an infinitive joined to it
    ("Serbia refuses to recognise Kosovo's independence and treats Kosovo as part of Serbia.", ("recognizes", ["SRB"], "XKX", "denied")),
    ("Hungary declined to join the sanctions on Russia and to send arms to Ukraine.", ("arms_supplier", ["HUN"], "UKR", "denied")),
])
def test_refusal_still_reaches_what_it_governs(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, expected", [
    # a deal under talks, or an intent signed, is not yet made
    ("Vietnam is in advanced talks to buy BrahMos missiles from India.", ("arms_supplier", ["IND"], "VNM", "hypothetical")),
    ("Thailand signed a memorandum of intent to purchase Gripen jets from Sweden.", ("arms_supplier", ["SWE"], "THA", "hypothetical")),
    ("Talks on a defence pact between Australia and Indonesia resumed on Monday.", ("ally", ["AUS", "IDN"], None, "hypothetical")),
    ("The planned Chinese naval base in Cambodia worries Washington.", ("hosts_base", ["KHM"], "CHN", "hypothetical")),
])
def test_wish_told_through_a_noun(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, expected", [
    # a deal signed, or talks on a relation that exists, assert it
    ("Vietnam signed a deal to buy BrahMos missiles from India.", ("arms_supplier", ["IND"], "VNM", "holds")),
    ("Egypt is in talks with Russia and bought Su-35 fighters from Moscow in 2018.", ("arms_supplier", ["RUS"], "EGY", "holds")),
])
def test_deal_made_still_holds(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, expected", [
    # a relation that a noun of ending is "of" has ended
    ("The lifting of US sanctions on Syria in June 2025 opened the way for investors.", ("sanctions_regime", ["USA"], "SYR", "ended")),
    ("The end of the alliance between Egypt and the Soviet Union came in 1972.", ("ally", ["EGY", "RUS"], None, "ended")),
    ("The collapse of diplomatic relations between Morocco and Algeria in 2021 closed the border.",
     ("diplomatic_relations", ["DZA", "MAR"], None, "ended")),
    ("Britain, an ex-member of the EU, still trades with the bloc.", ("member_of", ["GBR"], "EU", "ended")),
])
def test_end_told_through_a_noun(text, expected):
    assert expected in _read(text)


def test_end_noun_dates_the_end():
    relation = next(r for r in relations_in_text("The lifting of US sanctions on Syria in June 2025 opened the way for investors.",
                                                   "2025-09-01", model=False) if r.relation == "sanctions_regime")
    assert (relation.valid_from, relation.valid_to) == (None, "2025-06")


@pytest.mark.parametrize("text, expected", [
    # an end that is not the relation's, or one that is only wished, leaves it
    ("The expansion of the alliance between Japan and the Philippines worries Beijing.", ("ally", ["JPN", "PHL"], None, "holds")),
    ("Moscow seeks the lifting of US sanctions on Belarus.", ("sanctions_regime", ["USA"], "BLR", "holds")),
    ("Cairo wants the end of the alliance between Israel and the United States.", ("ally", ["ISR", "USA"], None, "holds")),
])
def test_other_nouns_leave_the_relation(text, expected):
    assert expected in _read(text)


def _dated(text, relation, date="2025-01-01"):
    found = next(r for r in relations_in_text(text, date, model=False) if r.relation == relation)
    return found.polarity, found.valid_from, found.valid_to


@pytest.mark.parametrize("text, relation, expected", [
    # a span of years told in the past has ended at its close, and dates both ends
    ("France was a member of NATO's military command from 1966 to 2009.", "member_of", ("ended", "1966", "2009")),
    ("Russia supplied arms to Syria from 2011 until 2024.", "arms_supplier", ("ended", "2011", "2024")),
    # kept until a year past: ended then
    ("The United States kept troops in the Philippines until 1992.", "hosts_base", ("ended", None, "1992")),
    # a term pushed forward ends nothing; a span of a break dates the break, not the relation
    ("The European Union extended its sanctions on Russia until 2026.", "sanctions_regime", ("holds", None, None)),
    ("Qatar, whose ties with Saudi Arabia were cut from 2017 to 2021, now hosts Turkish troops.", "diplomatic_relations",
     ("ended", None, "2017")),
])
def test_span_of_years(text, relation, expected):
    assert _dated(text, relation) == expected


@pytest.mark.parametrize("text, expected", [
    # a subject that says the verb holds of none denies it
    ("Neither Saudi Arabia nor Indonesia has diplomatic relations with Israel.", ("diplomatic_relations", ["IDN", "ISR"], None, "denied")),
])
def test_subject_of_none_denies(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, relation, expected", [
    # an intent signed apart from its infinitive is still a wish; a contract signed is the deal made
    ("Ukraine signed a letter of intent on Wednesday to buy Gripen fighter jets from Sweden.", "arms_supplier", ("hypothetical", None, None)),
    ("Egypt signed a contract on Monday to buy Rafale jets from France.", "arms_supplier", ("holds", None, None)),
    # "since" dates the relation it hangs on, not another in the sentence
    ("Ukraine, at war with Russia since February 2022, signed a letter of intent to buy jets from Sweden.", "arms_supplier",
     ("hypothetical", None, None)),
    ("Turkey, a NATO member since 1952, bought S-400 missiles from Russia in 2019.", "member_of", ("holds", "1952", None)),
])
def test_detached_wish_and_dates(text, relation, expected):
    assert _dated(text, relation) == expected


@pytest.mark.parametrize("text, expected", [
    # a relation in prospect, or held up, is not yet held
    ("Serbia is on track to join the EU by 2030.", ("member_of", ["SRB"], "EU", "hypothetical")),
    ("Montenegro is poised to become the EU's 28th member.", ("member_of", ["MNE"], "EU", "hypothetical")),
    ("Ukraine's future membership of NATO was discussed in Vilnius.", ("member_of", ["UKR"], "NATO", "hypothetical")),
    ("Hungary has vowed to block Ukraine's EU membership.", ("member_of", ["UKR"], "EU", "hypothetical")),
    ("Sweden's accession to NATO was blocked by Turkey for 20 months.", ("member_of", ["SWE"], "NATO", "hypothetical")),
])
def test_relation_in_prospect(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, expected", [
    # "of course", and a membership that holds while something else is blocked
    ("Turkey is of course a member of NATO.", ("member_of", ["TUR"], "NATO", "holds")),
    ("Hungary, an EU member, blocked the aid package.", ("member_of", ["HUN"], "EU", "holds")),
])
def test_prospect_words_elsewhere(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, expected", [
    # a way opened for a relation does not reach it yet
    ("Turkey's parliament ratified the protocol, paving the way for Sweden to join NATO.", ("member_of", ["SWE"], "NATO", "hypothetical")),
    ("The vote cleared the way for Finland's accession to NATO.", ("member_of", ["FIN"], "NATO", "hypothetical")),
    ("The agreement paves the way for diplomatic relations between Israel and Saudi Arabia.",
     ("diplomatic_relations", ["ISR", "SAU"], None, "hypothetical")),
    # a member on its way elsewhere still holds its membership
    ("Finland, a member of the EU, made its way to the summit in Vilnius.", ("member_of", ["FIN"], "EU", "holds")),
])
def test_way_opened(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, expected", [
    # what is asked, or only rumoured, is not asserted; a rumour dismissed is denied
    ("It is unclear whether Saudi Arabia has joined BRICS.", ("member_of", ["SAU"], "BRICS", "hypothetical")),
    ("Analysts doubt whether Algeria buys fighter jets from China.", ("arms_supplier", ["CHN"], "DZA", "hypothetical")),
    ("Rumours that Iran supplies missiles to Russia were dismissed by Tehran.", ("arms_supplier", ["IRN"], "RUS", "denied")),
    ("Speculation that Vietnam buys drones from Turkey grew this week.", ("arms_supplier", ["TUR"], "VNM", "hypothetical")),
    # a claim confirmed asserts it
    ("The claim that Belarus hosts Russian nuclear weapons was confirmed by Minsk.", ("hosts_base", ["BLR"], "RUS", "holds")),
])
def test_asked_and_rumoured(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text, relation, expected", [
    # a verb that starts a relation dates its start; one that only tells an act in it does not
    ("The EU imposed sanctions on Belarus in 2020.", "sanctions_regime", ("holds", "2020", None)),
    ("Israel and the UAE normalised relations in 2020.", "diplomatic_relations", ("holds", "2020", None)),
    ("Russia declared war on Georgia in August 2008.", "at_war_with", ("holds", "2008-08", None)),
    ("Egypt bought Rafale jets from France in 2015.", "arms_supplier", ("holds", None, None)),
])
def test_start_dated(text, relation, expected):
    assert _dated(text, relation) == expected


@pytest.mark.parametrize("text, relation, expected", [
    # what has ceased has ended, at the date told
    ("Burundi ceased to be a member of the International Criminal Court in 2017.", "member_of", ("ended", None, "2017")),
    ("Germany ceased supplying weapons to Saudi Arabia in 2018.", "arms_supplier", ("ended", None, "2018")),
    ("Denmark discontinued arms sales to Turkey in 2019.", "arms_supplier", ("ended", None, "2019")),
])
def test_ceased(text, relation, expected):
    assert _dated(text, relation) == expected


@pytest.mark.parametrize("text, expected", [
    # a possibility not ruled out is open; one ruled out is denied
    ("Turkey has not ruled out joining BRICS.", ("member_of", ["TUR"], "BRICS", "hypothetical")),
    ("Pakistan does not rule out buying J-35 jets from China.", ("arms_supplier", ["CHN"], "PAK", "hypothetical")),
    ("Austria has not ruled out NATO membership.", ("member_of", ["AUT"], "NATO", "hypothetical")),
    ("Austria has ruled out joining NATO.", ("member_of", ["AUT"], "NATO", "denied")),
])
def test_possibility_left_open(text, expected):
    assert expected in _read(text)
