"""Polarity and scope: what a relation's own phrase asserts against what the clause around it says (issue 13)."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _read(text, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False)]


@pytest.mark.parametrize("text, expected", [
    # a title names the relation whatever the clause then says of its actor
    ("EU member Croatia will host the summit next spring.", ("member_of", ["HRV"], "EU", "holds")),
    ("Seoul's closest ally, the United States, will send more jets to the peninsula.", ("ally", ["KOR", "USA"], None, "holds")),
    ("Japan's strategic partner India will build two frigates in Chennai.", ("strategic_partner", ["IND", "JPN"], None, "holds")),
    # a hoped-for relation
    ("Prospective EU member Serbia held elections on Sunday.", ("member_of", ["SRB"], "EU", "hypothetical")),
    ("Former OPEC member Qatar has since expanded gas output.", ("member_of", ["QAT"], "OPEC", "ended")),
    # a wish refused or disowned denies what was wished
    ("Mexico rejected an invitation to join BRICS.", ("member_of", ["MEX"], "BRICS", "denied")),
    ("Chile has no plans to join OPEC.", ("member_of", ["CHL"], "OPEC", "denied")),
    ("Hungary turned down a request to send weapons to Ukraine.", ("arms_supplier", ["HUN"], "UKR", "denied")),
    ("Austria ruled out NATO membership.", ("member_of", ["AUT"], "NATO", "denied")),
    # a clause joined with its own subject is not under the other's denial
    ("Kenya denies arming the rebels, and Somalia cut diplomatic ties with Nairobi in March.", ("diplomatic_relations", ["KEN", "SOM"], None, "ended")),
    # a relation stopped
    ("Germany has stopped selling arms to Turkey.", ("arms_supplier", ["DEU"], "TUR", "ended")),
    # an absence dated from a time: it held until then; "never" and a qualified relation stay denied
    ("Bahrain has had no diplomatic relations with Iran since 2016.", ("diplomatic_relations", ["BHR", "IRN"], None, "ended")),
    ("Morocco and Algeria have not had full diplomatic relations since 1994.", ("diplomatic_relations", ["DZA", "MAR"], None, "denied")),
    # wars fought and done, or dated after the noun
    ("Ethiopia and Somalia fought a war in 1977.", ("at_war_with", ["ETH", "SOM"], None, "ended")),
    ("Greece and Turkey have fought several wars since 1897.", ("at_war_with", ["GRC", "TUR"], None, "ended")),
    ("The Ecuador-Peru war of 1941 still shapes the border.", ("at_war_with", ["ECU", "PER"], None, "ended")),
    # a relation that held until a time past
    ("Chile, a firm US ally until the 1973 coup, voted.", ("ally", ["CHL", "USA"], None, "ended")),
    ("French troops were based in Mali until the junta expelled them.", ("hosts_base", ["MLI"], "FRA", "ended")),
    ("Libya and Chad, formerly close military allies, fell out.", ("ally", ["LBY", "TCD"], None, "ended")),
    ("Honduras went to war with El Salvador in 1969.", ("at_war_with", ["HND", "SLV"], None, "ended")),
    # an end denied
    ("Britain's recognition of Kosovo in 2008 was never reversed.", ("recognizes", ["GBR"], "XKX", "holds")),
    # a relation sought, or in prospect
    ("Bosnia is seeking membership of NATO.", ("member_of", ["BIH"], "NATO", "hypothetical")),
    ("Albania has been a candidate for EU membership since 2014.", ("member_of", ["ALB"], "EU", "hypothetical")),
    ("Uzbekistan has expressed interest in joining the EAEU.", ("member_of", ["UZB"], "EAEU", "hypothetical")),
    ("Riyadh and Damascus are moving towards restoring diplomatic relations.", ("diplomatic_relations", ["SAU", "SYR"], None, "hypothetical")),
    ("Brazil is weighing recognition of Kosovo.", ("recognizes", ["BRA"], "XKX", "hypothetical")),
    ("Washington approved the possible sale of tanks to Morocco.", ("arms_supplier", ["USA"], "MAR", "hypothetical")),
    ("Uganda launched the process of joining ECOWAS.", ("member_of", ["UGA"], "ECOWAS", "hypothetical")),
    ("Togo has been approached about joining the Alliance of Sahel States.", ("member_of", ["TGO"], "AES", "hypothetical")),
    # a "will" reported, of what goes on
    ("Paraguay said it would maintain diplomatic relations with Taiwan.", ("diplomatic_relations", ["PRY", "TWN"], None, "holds")),
    ("Seoul and Canberra would deepen their strategic partnership, officials said.", ("strategic_partner", ["AUS", "KOR"], None, "holds")),
    # an infinitive relative takes its predicate's mood
    ("Chad could be the next state to join the AES.", ("member_of", ["TCD"], "AES", "hypothetical")),
    ("Kenya was the first country to recognise South Sudan.", ("recognizes", ["KEN"], "SSD", "holds")),
    # what is refused or meant as none
    ("Greece, which has no treaty obligation to defend Cyprus, sent a frigate.", ("collective_defense", ["GRC"], "CYP", "denied")),
    ("Belarus rejected reports that Minsk was supplying tanks to Russia.", ("arms_supplier", ["BLR"], "RUS", "denied")),
    # a verb of ending that ends something else, or an end disowned
    ("Finland's NATO accession in 2023 ended decades of neutrality.", ("member_of", ["FIN"], "NATO", "holds")),
    ("Vietnam lifted ties with India to a comprehensive strategic partnership.", ("strategic_partner", ["IND", "VNM"], None, "holds")),
    ("Canada has no plans to lift sanctions on Iran.", ("sanctions_regime", ["CAN"], "IRN", "holds")),
])
def test_polarity(text, expected):
    assert expected in _read(text)


def test_until_a_time_to_come_holds():
    assert ("sanctions_regime", ["EU"], "RUS", "holds") in _read("The EU extended its sanctions on Russia until 2026.")
    assert ("ally", ["CHL", "USA"], None, "holds") in _read("Chile will remain a US ally until 2030.")


def test_war_still_fought_holds():
    assert ("at_war_with", ["RUS", "UKR"], None, "holds") in _read("Russia has been fighting a war against Ukraine since 2022.")
    # a war gone to in a clause that runs to now
    assert ("at_war_with", ["RUS", "UKR"], None, "holds") in _read(
        "Grain prices have doubled since Russia went to war with Ukraine in 2022.")


def test_absence_since_a_date_ends_then():
    relation = next(r for r in relations_in_text("Bahrain has had no diplomatic relations with Iran since 2016.", "2024-05-01", model=False))
    assert (relation.valid_from, relation.valid_to) == (None, "2016")


def test_non_prefix_is_no_membership():
    read = _read("Morocco, long a major non-NATO ally of the United States, signed the accord.")
    assert ("ally", ["MAR", "USA"], None, "holds") in read
    assert not any(r[0] == "member_of" or "NATO" in r[1] for r in read)
    assert ("member_of", ["FRA", "GBR"], "NATO", "holds") in _read("Britain and France, NATO allies, voted.")


@pytest.mark.parametrize("text, expected", [
    ("Norway, a non-member of the EU, voted.", ("member_of", ["NOR"], "EU", "denied")),
    ("Kosovo is a non-member state of the UN.", ("member_of", ["XKX"], "UN", "denied")),
])
def test_non_member_is_denied(text, expected):
    assert expected in _read(text)
