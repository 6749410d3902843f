"""Recognitions, sanctions and rankings in classes of constructions the earlier rounds did not reach (issue 13), each
in a sentence of the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind, date="2024-05-01"):
    return sorted((r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
                  for r in relations_in_text(text, date, model=False) if r.relation == kind)


@pytest.mark.parametrize("text, expected", [
    # the subject of "remains" or "became" is what its predicate noun names, and so the subject of a clause on that noun
    ("Bhutan became the first state that recognised Bangladesh, officials in Thimphu recalled.",
     [("recognizes", ["BTN"], "BGD", "holds")]),
    ("Turkey remains the only country that recognises Northern Cyprus.", [("recognizes", ["TUR"], "Northern Cyprus", "holds")]),
    ("Serbia remains one of the few European states that do not recognise Kosovo.", [("recognizes", ["SRB"], "XKX", "denied")]),
])
def test_clause_on_what_the_subject_remains(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # recognition a state stops short of is denied, of the entity named, recognised elsewhere in the sentence, or the one
    # state named besides the withholders
    ("Uzbekistan has stopped short of recognising the Taliban administration in Afghanistan.", [("recognizes", ["UZB"], "AFG", "denied")]),
    ("Kazakhstan stopped short of formal recognition of Kosovo, the foreign ministry said.", [("recognizes", ["KAZ"], "XKX", "denied")]),
    ("Belarus recognised Abkhazia in 2023, while Armenia and Tajikistan fell short of recognition.",
     [("recognizes", ["ARM", "TJK"], "Republic of Abkhazia", "denied"), ("recognizes", ["BLR"], "Republic of Abkhazia", "holds")]),
    ("Qatar and Oman have expanded trade with Afghanistan's rulers but stopped short of formal recognition.",
     [("recognizes", ["OMN", "QAT"], "AFG", "denied")]),
    # the state of another clause's subject is no entity recognised
    ("Argentina fell short of its growth target while Chile stopped short of recognition.", []),
])
def test_recognition_stopped_short_of(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a participle or a relative clause in the passive recognises the noun it hangs on
    ("Abkhazia, recognised by Russia and Syria, held parliamentary elections on Sunday.",
     [("recognizes", ["RUS", "SYR"], "Republic of Abkhazia", "holds")]),
    ("Kosovo, recognised by most EU states but not by Spain or Slovakia, applied to join the Council of Europe.",
     [("recognizes", ["ESP", "SVK"], "XKX", "denied")]),
    # the states a count of recognisers includes
    ("Taipei, which is recognised by just a dozen countries including Belize and Haiti, opened a trade office in Lagos.",
     [("recognizes", ["BLZ", "HTI"], "TWN", "holds")]),
    # an organisation named only as what the recognising states are members of recognises nothing
    ("Somaliland, which is recognised by no UN member state, held a presidential election.", []),
])
def test_recognised_in_the_passive(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "the breakaway region" takes up the one breakaway entity the sentence names
    ("Turkey, Northern Cyprus's only backer, has long recognised the breakaway territory's independence.",
     [("recognizes", ["TUR"], "Northern Cyprus", "holds")]),
    ("Djibouti hosted talks with Somaliland but has refused to recognise the breakaway region.",
     [("recognizes", ["DJI"], "Republic of Somaliland", "denied")]),
    # none where the sentence names no breakaway entity
    ("Spain has refused to recognise the breakaway region, its foreign minister said.", []),
])
def test_the_breakaway_region(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # an infinitive on a word for states: the states it is said of do what it says, not the subject who left them so
    ("Tuvalu withdrew its recognition of South Ossetia in 2014, leaving Venezuela and Syria as the only UN members to recognise"
     " the breakaway republic.",
     [("recognizes", ["SYR", "VEN"], "Republic of South Ossetia", "holds"), ("recognizes", ["TUV"], "Republic of South Ossetia", "ended")]),
    ("Nicaragua and Syria were the only countries to recognise Abkhazia that year.",
     [("recognizes", ["NIC", "SYR"], "Republic of Abkhazia", "holds")]),
])
def test_infinitive_on_states(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


def _territories(text):
    return sorted((sorted(actor_key(s) for s in r.subjects), actor_key(r.object), r.polarity, r.territory)
                  for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == "recognizes_territory")


@pytest.mark.parametrize("text, expected", [
    # a state that says or considers a territory falls within or under another's sovereignty, or is part of its
    # territory, recognises it as the other's
    ("Kenya's foreign minister told reporters that Western Sahara falls under Moroccan sovereignty.",
     [(["KEN"], "MAR", "holds", "Western Sahara")]),
    ("Spain considers that the future of Western Sahara lies within the framework of Moroccan sovereignty.",
     [(["ESP"], "MAR", "holds", "Western Sahara")]),
    ("Nicaragua's government said in a statement that Taiwan is an inalienable part of Chinese territory.",
     [(["NIC"], "CHN", "holds", "Taiwan")]),
    ("Kyiv said Crimea is not part of Russia.", [(["UKR"], "RUS", "denied", "Crimea")]),
    # the claimant's own word recognises nothing, nor does a part of something other than a territory
    ("Beijing said Taiwan is an inalienable part of China.", []),
    ("Moscow said the deal is part of a wider plan for Crimea.", []),
])
def test_territory_asserted(text, expected):
    assert _territories(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a state named by what it is, "of" its name, among those "along with" the subject
    ("Syria recognises Abkhazia along with Venezuela and the Pacific island of Nauru.",
     [("recognizes", ["NRU", "SYR", "VEN"], "Republic of Abkhazia", "holds")]),
    # a place "of" a name that is no state adds no recogniser
    ("Syria recognises Abkhazia along with the island of Crete.", [("recognizes", ["SYR"], "Republic of Abkhazia", "holds")]),
])
def test_recogniser_named_by_what_it_is(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a recognition on a condition not yet met is hypothetical; one dated by a "once" told in the past holds
    ("Spain agreed to recognise Moroccan sovereignty over Western Sahara once the talks are concluded.",
     [(["ESP"], "MAR", "hypothetical", "Western Sahara")]),
    ("Once the referendum was held, Syria recognised Crimea as Russian territory.", [(["SYR"], "RUS", "holds", "Crimea")]),
    # a bare infinitive under a modal is as hypothetical as the modal makes its head
    ("The draft plan would have Kyiv recognise Crimea as Russian territory, officials said.", [(["UKR"], "RUS", "hypothetical", "Crimea")]),
    ("The accord would see Britain recognise Mauritian sovereignty over the Chagos Islands.",
     [(["GBR"], "MUS", "hypothetical", "Chagos Islands")]),
])
def test_recognition_on_condition(text, expected):
    assert _territories(text) == sorted(expected)


def _ranks(text):
    return sorted((sorted(actor_key(s) for s in r.subjects), r.value, r.polarity)
                  for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == "ranked")


@pytest.mark.parametrize("text, expected", [
    # last in a named ranking that does not say how many it ranks: a place without a number
    ("Finland topped the World Happiness Report again, while Afghanistan came last.", [(["AFG"], None, "holds"), (["FIN"], 1.0, "holds")]),
    ("Somalia was ranked last in Transparency International's Corruption Perceptions Index.", [(["SOM"], None, "holds")]),
    # last of a count is that place, read as before; "last" outside a ranking, or of time, is no place
    ("Yemen came last of 163 countries in the Global Peace Index.", [(["YEM"], 163.0, "holds")]),
    ("Kenya's relay team came last in the final in Paris.", []),
    ("Denmark was last ranked first in the Corruption Perceptions Index in 2012.", [(["DNK"], 1.0, "holds")]),
])
def test_last_place(text, expected):
    assert _ranks(text) == sorted(expected, key=lambda e: e[0])


@pytest.mark.parametrize("text, expected", [
    # last with its number: one place, the number's
    ("Eritrea was ranked last at 180th in the World Press Freedom Index.", [(["ERI"], 180.0, "holds")]),
    ("Lebanon came last, 143rd out of 143 countries, in the World Happiness Report.", [(["LBN"], 143.0, "holds")]),
])
def test_last_place_with_its_number(text, expected):
    assert _ranks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the states a recogniser joins in recognising recognise with it, as one list
    ("Portugal recognised Palestine on Sunday, joining Spain, Ireland and Norway.", [("recognizes", ["ESP", "IRL", "NOR", "PRT"], "PSE", "holds")]),
    ("Slovenia recognises Palestinian state, joining Malta", [("recognizes", ["MLT", "SVN"], "PSE", "holds")]),
    # joining what is no state adds no recogniser
    ("Portugal recognised Palestine on Sunday, joining the talks in Paris.", [("recognizes", ["PRT"], "PSE", "holds")]),
])
def test_recognisers_joined(text, expected):
    assert _kinds(text, "recognizes") == sorted(expected)


def test_they_stands_for_more_than_one():
    # "they" is not the one state named as a subject before it
    assert _kinds("Morocco recalled its envoys from Oslo and Dublin after the two governments said they would recognise"
                  " the Sahrawi republic.", "recognizes") == []



@pytest.mark.parametrize("text, expected", [
    # a clause on a noun a count of states is "of" is about the state the count describes, even where that count is
    # joined to another description
    ("Belarus, one of Moscow's few partners that recognises Crimea as Russian, voted against the resolution.",
     [(["BLR"], "RUS", "holds", "Crimea")]),
    ("Uzbekistan, an SCO member and one of Beijing's closest partners that has never recognised Russia's annexation of"
     " Crimea, hosted the summit.", [(["UZB"], "RUS", "denied", "Crimea")]),
])
def test_clause_on_a_counted_noun(text, expected):
    assert _territories(text) == sorted(expected)
