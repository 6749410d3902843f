"""Allies and pacts of defence (issue 13), each in a sentence of the tests' own wording, read by the rules alone: a
mutual defence pact is collective defence each way and no alliance, as training/relations/GUIDE.md settles; a security
pact is no alliance either; an alliance is told by "ally", "alliance" or "allied"."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind, date="2024-05-01"):
    return sorted((r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
                  for r in relations_in_text(text, date, model=False) if r.relation == kind)


@pytest.mark.parametrize("text", [
    # a mutual pact binds each side to defend the other (collective defence), which the guide does not code as an alliance
    "Kenya and Ethiopia signed a mutual defence treaty in Addis Ababa on Friday.",
    "Vietnam and Laos signed a treaty obliging each to provide military assistance if the other is attacked.",
    "Cambodia has no defence pact with China, its defence minister said.",
    # a security pact (police, disaster relief, port calls) is no alliance
    "Fiji signed a security pact with Australia in 2022 that lets Australian police train in Suva.",
    "Vanuatu, which signed a security pact with China last year, hosted the forum.",
])
def test_a_pact_is_no_alliance(text):
    assert _kinds(text, "ally") == []


def test_a_mutual_pact_is_collective_defence_each_way():
    found = _kinds("Kenya and Ethiopia signed a mutual defence treaty in Addis Ababa on Friday.", "collective_defense")
    assert found == [("collective_defense", ["ETH"], "KEN", "holds"), ("collective_defense", ["KEN"], "ETH", "holds")]


def test_a_pact_beside_an_alliance_told_keeps_the_alliance():
    # the alliance is told by its own word, not by the pact
    found = _kinds("Vietnam and Laos, allies under a 1977 treaty, signed a mutual defence pact on Monday.", "ally")
    assert found == [("ally", ["LAO", "VNM"], None, "holds")]


@pytest.mark.parametrize("text, expected", [
    # "allied" set off after the states, or as their predicate, with "with" or "to" the other side, else with each other
    ("Azerbaijan and Turkey, allied since the 1990s, held joint exercises on Tuesday.", [("ally", ["AZE", "TUR"], None, "holds")]),
    ("Uganda, long allied to Washington in the fight against al-Shabaab, sent more troops.", [("ally", ["UGA", "USA"], None, "holds")]),
    ("Kazakhstan is allied to Russia through the CSTO.", [("ally", ["KAZ", "RUS"], None, "holds")]),
    ("Hanoi and Moscow remain closely allied, analysts say.", [("ally", ["RUS", "VNM"], None, "holds")]),
    ("Rwanda and Uganda, once closely allied, fought each other in Congo.", [("ally", ["RWA", "UGA"], None, "ended")]),
    # a modifier before its noun tells no alliance, nor does an alliance with no one named
    ("Iran-allied militias attacked bases in Syria and Iraq.", []),
    ("Allied troops from Britain and France landed in Normandy.", []),
    ("Syria is not allied with any bloc, its foreign minister said.", []),
])
def test_states_told_allied(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # the states bound together to defend one are one relation, as the guide groups a list
    ("Britain and France would be obliged to defend Ukraine if it were attacked again.",
     [("collective_defense", ["FRA", "GBR"], "UKR", "hypothetical")]),
    ("Germany and Italy are obliged to defend Estonia under Article 5.", [("collective_defense", ["DEU", "ITA"], "EST", "holds")]),
    # an obligation a state has none of is denied; one it no longer has, ended
    ("China has no obligation to defend Russia, Beijing said.", [("collective_defense", ["CHN"], "RUS", "denied")]),
    ("Japan has no treaty obligation to defend Taiwan, the minister said.", [("collective_defense", ["JPN"], "TWN", "denied")]),
    ("The treaty no longer obliges Washington to defend Taiwan.", [("collective_defense", ["USA"], "TWN", "ended")]),
    # one obligation named, held
    ("Washington has a treaty obligation to defend the Philippines.", [("collective_defense", ["USA"], "PHL", "holds")]),
])
def test_obligations_to_defend(text, expected):
    assert _kinds(text, "collective_defense") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a state's allies listed by a verb of listing, or set apart by "among": one alliance each with that state
    ("Iran's allies include Syria and Venezuela.", [("ally", ["IRN", "SYR"], None, "holds"), ("ally", ["IRN", "VEN"], None, "holds")]),
    ("Among Russia's closest allies are Belarus and Kazakhstan.",
     [("ally", ["BLR", "RUS"], None, "holds"), ("ally", ["KAZ", "RUS"], None, "holds")]),
    ("Washington's allies in Asia include Japan and the Philippines, the report said.",
     [("ally", ["JPN", "USA"], None, "holds"), ("ally", ["PHL", "USA"], None, "holds")]),
    # partners listed are no allies
    ("Among Russia's trading partners are China and India.", []),
])
def test_allies_listed(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a treaty binding "each" to help "the other" binds the two states the sentence names, however the parse hangs it
    ("Moscow and Pyongyang's new treaty obliges each to help the other if attacked.",
     [("collective_defense", ["PRK"], "RUS", "holds"), ("collective_defense", ["RUS"], "PRK", "holds")]),
    ("Lavrov said Moscow would not ask North Korea for troops, even though the two countries' treaty obliges each to help the other if attacked.",
     [("collective_defense", ["PRK"], "RUS", "holds"), ("collective_defense", ["RUS"], "PRK", "holds")]),
    # not where the help is denied, nor where the sentence names a third state
    ("Armenia and Iran's treaty commits each only not to help an aggressor that attacks the other.", []),
    ("Ukraine said the treaty between Moscow and Pyongyang, which Kyiv condemned, obliges each to help the other.", None),
])
def test_a_treaty_binding_each_to_help_the_other(text, expected):
    found = _kinds(text, "collective_defense")
    if expected is None:  # a third state named: no pair guessed from the names alone
        assert all(sorted([*r[1], r[2]]) == ["PRK", "RUS"] for r in found)
    else:
        assert found == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # an alliance that ceased or stopped is ended
    ("Turkey ceased to be an ally of Israel after 2010.", [("ally", ["ISR", "TUR"], None, "ended")]),
    ("Egypt stopped being a Soviet ally in the 1970s.", [("ally", ["EGY", "RUS"], None, "ended")]),
    ("Jordan remains an ally of Britain.", [("ally", ["GBR", "JOR"], None, "holds")]),
])
def test_an_alliance_that_ceased(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # an alliance put in a closed span of time, in a phrase set off by a comma, is ended; one that runs to now holds
    ("Kenya, for years a close ally of Britain, has turned to China for loans.", [("ally", ["GBR", "KEN"], None, "ended")]),
    ("Sudan, for decades one of Egypt's closest allies, hosted the talks.", [("ally", ["EGY", "SDN"], None, "ended")]),
    ("Japan, for the past seven decades America's closest ally in Asia, hosts 50,000 US troops.", [("ally", ["JPN", "USA"], None, "holds")]),
    # a span that is not the alliance's: the alliance holds
    ("Jordan, America's closest ally in the region for decades, hosted the talks.", [("ally", ["JOR", "USA"], None, "holds")]),
])
def test_an_alliance_in_a_span_of_time(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


@pytest.mark.parametrize("text, expected_ally, expected_recognition", [
    # Taiwan's allies, where the sentence speaks of recognition, are the states that recognise it (as the guide settles)
    ("Guatemala, one of Taiwan's few remaining allies, said it would keep recognising Taipei.", [], [("recognizes", ["GTM"], "TWN", "holds")]),
    ("Paraguay and Eswatini, Taiwan's last allies outside the Pacific, have ruled out switching recognition to Beijing.", [],
     [("recognizes", ["PRY", "SWZ"], "TWN", "holds")]),
    # not where the sentence says nothing of recognition, nor its security allies
    ("The United States, Taiwan's most important ally, sold it more jets.", [("ally", ["TWN", "USA"], None, "holds")], []),
])
def test_taiwans_allies_recognise_it(text, expected_ally, expected_recognition):
    assert _kinds(text, "ally") == sorted(expected_ally)
    assert [r for r in _kinds(text, "recognizes") if r[2] == "TWN"] == sorted(expected_recognition)


@pytest.mark.parametrize("text, expected", [
    # a status that makes an ally, held with no grantor named: the guide's grantor (the United States for a major non-NATO ally)
    ("Egypt became a major non-NATO ally in 1987.", [("ally", ["EGY", "USA"], None, "holds")]),
    ("Morocco, a major non-NATO ally, bought F-16 jets.", [("ally", ["MAR", "USA"], None, "holds")]),
    ("Kenya is not a major non-NATO ally, officials said.", [("ally", ["KEN", "USA"], None, "denied")]),
    # a status of no known grantor names no alliance
    ("Kenya is a key partner, officials said.", []),
])
def test_a_status_held(text, expected):
    assert _kinds(text, "ally") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # an alliance named by "in what ... called" is that of the clause it hangs on
    ("Kenya and Uganda signed a defence accord, in what Nairobi described as a new alliance.", [("ally", ["KEN", "UGA"], None, "holds")]),
    ("Japan and the Philippines signed an access agreement, in what Tokyo called a quasi-alliance.", [("ally", ["JPN", "PHL"], None, "holds")]),
    # not a meeting of allies, nor an alliance of no one named
    ("Nigeria and Ghana held talks, in what officials called a meeting of allies.", []),
    ("Ministers met in Lisbon, in what Madrid called a new alliance.", []),
])
def test_an_alliance_called_so(text, expected):
    assert _kinds(text, "ally") == sorted(expected)
