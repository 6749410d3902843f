"""Constructions of diplomatic relations, strategic partnerships and wars read for issue 13: relations switched from
one state to another, "the two countries", relative clauses and asides that hold the relation, the other side taken
up by "it" or by the clause a clause of time hangs on, and wars put behind a clause; each in a sentence of the tests'
own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind):
    return sorted((sorted(actor_key(s) for s in r.subjects), r.polarity)
                  for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == kind)


def _moved(text):
    return sorted((r.relation, sorted(actor_key(s) for s in r.subjects), actor_key(r.object) if r.object else None, r.polarity)
                  for r in relations_in_text(text, "2024-05-01", model=False) if r.relation in {"recognizes", "diplomatic_relations"})


@pytest.mark.parametrize("text, expected", [
    # a recognition moved: ended for the state switched from, held for the state switched to (as the test tables code it)
    ("Sao Tome and Principe switched its diplomatic recognition from Taipei to Beijing in December 2016.",
     [("recognizes", ["STP"], "CHN", "holds"), ("recognizes", ["STP"], "TWN", "ended")]),
    ("The Dominican Republic, which shifted recognition from Taiwan to China in 2018, opened a consulate in Shanghai.",
     [("recognizes", ["DOM"], "CHN", "holds"), ("recognizes", ["DOM"], "TWN", "ended")]),
    # ties moved
    ("Kiribati shifted its diplomatic ties from Taipei to Beijing in 2019.",
     [("diplomatic_relations", ["CHN", "KIR"], None, "holds"), ("diplomatic_relations", ["KIR", "TWN"], None, "ended")]),
    # a bare switch, where the sentence is about relations
    ("Panama cut diplomatic ties with Taipei in 2017 and switched to Beijing.",
     [("diplomatic_relations", ["CHN", "PAN"], None, "holds"), ("diplomatic_relations", ["PAN", "TWN"], None, "ended")]),
    # one not made
    ("Haiti could switch recognition from Taipei to Beijing, officials in Port-au-Prince warned.",
     [("recognizes", ["HTI"], "CHN", "hypothetical"), ("recognizes", ["HTI"], "TWN", "hypothetical")]),
    # a switch disowned: the state switched to is not recognised, and nothing is said of the other
    ("Belize has no plans to switch recognition to Beijing, its foreign minister said.", [("recognizes", ["BLZ"], "CHN", "denied")]),
    # a switch of something else is no relation
    ("Peru switched from Russian to French helicopters last year.", []),
])
def test_relations_switched_from_one_state_to_another(text, expected):
    assert _moved(text) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("Japan's foreign minister flew to Hanoi to mark 50 years of diplomatic relations between the two countries.",
     "diplomatic_relations", [(["JPN", "VNM"], "holds")]),
    ("Kenya's president hosted Ethiopia's prime minister, and the two neighbours signed a strategic partnership.",
     "strategic_partner", [(["ETH", "KEN"], "holds")]),
    ("Chile's navy bought two frigates from Britain in 2020, a deal the two governments said would deepen a strategic "
     "partnership.", "strategic_partner", [(["CHL", "GBR"], "holds")]),
    # three states named before it: which two is not said
    ("Officials from France, Germany and Italy said the two countries would restore diplomatic ties.", "diplomatic_relations", []),
])
def test_the_two_countries_are_the_two_states_named(text, kind, expected):
    assert _kinds(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause without its own object says who keep the relation
    ("Kenya's navy will receive patrol boats from Ethiopia next year, officials said, deepening a strategic partnership the "
     "two countries have nurtured since 2012.", [(["ETH", "KEN"], "holds")]),
    ("Cairo hosted Greece's foreign minister for talks on the strategic partnership the two governments signed in 2020.",
     [(["EGY", "GRC"], "holds")]),
    # the clause's subject is the partnership itself: no holder named
    ("Egypt praised the strategic partnership, which officials said would bring investment.", []),
])
def test_a_relative_clause_names_who_keep_a_partnership(text, expected):
    assert _kinds(text, "strategic_partner") == expected


@pytest.mark.parametrize("text, expected", [
    # a clause the parse hangs on the last of two names is about both, unless its verb is singular
    ("Azerbaijan and the Republic of Armenia, which have never had diplomatic relations, signed a peace deal.",
     [(["ARM", "AZE"], "denied")]),
    ("Paraguay and the Holy See, which have diplomatic relations with Taiwan, signed a deal.",
     [(["PRY", "TWN"], "holds"), (["TWN", "VAT"], "holds")]),
    ("Ghana and the Holy See, which has no diplomatic relations with China, signed a deal.", [(["CHN", "VAT"], "denied")]),
    # an aside of "without"
    ("Israel and Indonesia, without formal diplomatic ties, trade quietly through Singapore.", [(["IDN", "ISR"], "denied")]),
    # "the only one of X's neighbours with which": the subject
    ("Georgia is the only one of Russia's neighbours with which Moscow has no diplomatic relations.", [(["GEO", "RUS"], "denied")]),
])
def test_who_have_or_lack_relations_in_a_clause_or_aside(text, expected):
    assert _kinds(text, "diplomatic_relations") == expected


@pytest.mark.parametrize("text, expected", [
    # ties cut without a "with", in a clause of time on a clause that names the other side
    ("Djibouti restored diplomatic relations with Eritrea in 2018, ten years after Asmara cut ties over a border clash.",
     [(["DJI", "ERI"], "ended"), (["DJI", "ERI"], "holds")]),
    ("Qatar reopened its embassy in Cairo on Monday, four years after Egypt cut ties during a regional boycott.",
     [(["EGY", "QAT"], "ended")]),
    # ties with no holder in a clause of concession: the two states the clause it hangs on names
    ("Mali expelled the Swedish envoy, though ties were not cut.", [(["MLI", "SWE"], "holds")]),
    ("Peru and Chile traded barbs at the summit in Quito, though relations were not broken.", []),
    # an end that "neither" denies: the relations hold
    ("The row has left ties between Kenya and Uganda at their lowest point in years, though neither government has severed "
     "diplomatic relations.", [(["KEN", "UGA"], "holds")]),
    # two states named there: which one is not said
    ("Chad restored relations with Qatar and Sudan, years after Libya cut ties.",
     [(["QAT", "TCD"], "holds"), (["SDN", "TCD"], "holds")]),
    # "it" after two holders: each with the state named before
    ("Bahrain and the United Arab Emirates signed accords with Israel in 2020 and keep diplomatic relations with it.",
     [(["ARE", "ISR"], "holds"), (["BHR", "ISR"], "holds")]),
    # the states a relative clause's noun lists with "including" or "like"
    ("Lebanon urged Arab states that had restored relations with Syria, including Jordan and Egypt, to press Damascus.",
     [(["EGY", "SYR"], "holds"), (["JOR", "SYR"], "holds")]),
    ("African states that have cut ties with Taipei, like Malawi and Senegal, joined the forum.",
     [(["MWI", "TWN"], "ended"), (["SEN", "TWN"], "ended")]),
])
def test_the_other_side_taken_up(text, expected):
    assert _kinds(text, "diplomatic_relations") == expected


@pytest.mark.parametrize("text, expected", [
    ("Tokyo maintains unofficial ties with Taipei.", []),
    ("Brazil keeps close trade ties with Angola.", []),
    ("Brazil and Argentina have had strained relations since 2019.", []),
    ("Tokyo maintains diplomatic ties with Hanoi.", [(["JPN", "VNM"], "holds")]),
])
def test_ties_of_another_kind_are_no_diplomatic_relations(text, expected):
    assert _kinds(text, "diplomatic_relations") == expected


@pytest.mark.parametrize("text, expected", [
    # an aside the parse makes a second subject, ended by "once"
    ("Argentina and Venezuela, once strategic partners under a 2005 energy pact, ceased to cooperate in 2016.",
     [(["ARG", "VEN"], "ended")]),
    # the state described by a passive's own subject
    ("The Greek parliament said in a resolution that Turkey could no longer be treated as a strategic partner of the "
     "European Union after its invasion.", [(["EU", "TUR"], "ended")]),
    # the first of two nouns joined carries the name
    ("Kenya's largest trading partner and strategic partner China opened a new rail line.", [(["CHN", "KEN"], "holds")]),
    # the apposition's own organisation is no partner
    ("Brazil, a BRICS member and a strategic partner of France, hosted the summit.", [(["BRA", "FRA"], "holds")]),
])
def test_partners_in_asides_and_titles(text, expected):
    assert _kinds(text, "strategic_partner") == expected


@pytest.mark.parametrize("text, expected", [
    # an aside the parse hangs on the verb
    ("The fund cut its forecasts, while Armenia, at war with Azerbaijan, closed its airspace.", [(["ARM", "AZE"], "holds")]),
    # a war the clause puts behind it
    ("Vietnam rebuilt its northern towns after a three-week war with China.", [(["CHN", "VNM"], "ended")]),
    ("Armenia and Azerbaijan signed a ceasefire after 44 days of war.", [(["ARM", "AZE"], "ended")]),
    # a state of war ended, and one dated
    ("Egypt, which ended its state of war with Israel in 1979, hosted the talks.", [(["EGY", "ISR"], "ended")]),
    ("Peru and Ecuador, at war in 1995, now trade freely.", [(["ECU", "PER"], "ended")]),
    # the other side "it" stands for
    ("Ukraine says Belarus is effectively at war with it.", [(["BLR", "UKR"], "holds")]),
    # the state accused of waging a war, against the state whose territory it is waged on
    ("Tbilisi accused Moscow of waging war against Georgia.", [(["GEO", "RUS"], "holds")]),
    ("Somalia, which accuses Eritrea of waging a covert war in its northern regions, closed the border.", [(["ERI", "SOM"], "holds")]),
    ("Kyiv accused Moscow of discussing the war with Belarus.", []),
    # "the country" as the last state named before it
    ("Armenia's defence ministry says the country is at war with Azerbaijan.", [(["ARM", "AZE"], "holds")]),
    ("The country has been at war with Russia since 2022, officials said.", []),
    # a war of another sense, or none named
    ("Canada's exports recovered after two years of trade war with the United States.", []),
    ("Poland's economy grew quickly after the war.", []),
])
def test_wars_in_asides_and_behind_a_clause(text, expected):
    assert _kinds(text, "at_war_with") == expected


@pytest.mark.parametrize("text, expected", [
    ("Guatemala remains a diplomatic partner of Taipei.", [(["GTM", "TWN"], "holds")]),
    ("Haiti and Belize, two of Taiwan's diplomatic partners, sent ministers to the summit.",
     [(["BLZ", "TWN"], "holds"), (["HTI", "TWN"], "holds")]),
    ("Brazil is a key trading partner of China.", []),
])
def test_diplomatic_partners_have_diplomatic_relations(text, expected):
    assert _kinds(text, "diplomatic_relations") == expected


@pytest.mark.parametrize("text, expected", [
    # a state before a gerund that the parse hangs on the relations, with the gerund's own polarity
    ("Washington lifted the sanctions in return for Khartoum normalising relations with Israel.", [(["ISR", "SDN"], "holds")]),
    ("The loan remains tied to Manama restoring relations with Doha, a Gulf official said.", [(["BHR", "QAT"], "hypothetical")]),
    ("Markets fell after Caracas cutting ties with Bogota.", [(["COL", "VEN"], "ended")]),
    # a gerund that does not set up relations
    ("Analysts in Washington discussed Israel growing relations with Morocco.", []),
])
def test_a_state_before_a_gerund_of_relations(text, expected):
    assert _kinds(text, "diplomatic_relations") == expected


@pytest.mark.parametrize("text, kind, expected", [
    # a state that followed the holders, with the same other side
    ("Chile restored relations with Cuba in 1995, followed by Peru in 1996.", "diplomatic_relations",
     [(["CHL", "CUB"], "holds"), (["CUB", "PER"], "holds")]),
    # the holder doing the same with others, or another state doing it
    ("Indonesia upgraded ties with Japan to a comprehensive strategic partnership, a year after doing the same with India.",
     "strategic_partner", [(["IDN", "IND"], "holds"), (["IDN", "JPN"], "holds")]),
    ("Kenya signed a strategic partnership with India in May, and Uganda did the same with China.", "strategic_partner",
     [(["CHN", "UGA"], "holds"), (["IND", "KEN"], "holds")]),
    # what followed is an event, not a state
    ("Ghana cut ties with Taipei, followed by protests in Accra.", "diplomatic_relations", [(["GHA", "TWN"], "ended")]),
])
def test_a_relation_told_again_without_its_noun(text, kind, expected):
    assert _kinds(text, kind) == expected
