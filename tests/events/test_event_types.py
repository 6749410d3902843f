"""One or more sentences per PLOVER type, written by the team, in the phrasing news uses.

Each must yield an event of the type with the source and target named. Known misses stay visible as
strict xfails, so a fix shows up as an unexpected pass.
"""
from __future__ import annotations

import pytest

from dyads import code_text


@pytest.mark.parametrize(
    "event, source, target, text",
    [
        ("AGREE", "JPN", "KOR", "Japan agreed to resume talks with South Korea on trade."),
        ("AGREE", "IRN", "IGO", "Iran pledged to give UN inspectors full access to its nuclear sites."),
        ("AGREE", "GBR", "UKR", "Britain promised Ukraine another 2 billion pounds in military aid."),
        ("CONSULT", "CHN", "USA", "Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Beijing on Monday."),
        ("CONSULT", "IND", "RUS", "Indian Prime Minister Narendra Modi visited Moscow last week."),
        ("CONSULT", "QAT", "USA", "Qatar hosted talks between the Taliban and the United States."),
        ("CONSULT", "FRA", "DEU", "The French president spoke by telephone with the German chancellor."),
        ("SUPPORT", "DEU", "FRA", "Germany praised France for its leadership on climate policy."),
        ("SUPPORT", "BRA", "ARG", "Brazil backed Argentina's bid to join the trade bloc."),
        ("CONCEDE", "BLR", "BLR", "Belarus pardoned 30 political prisoners on Friday."),
        ("CONCEDE", "TUR", "SWE", "Turkey dropped its objection to Sweden's NATO membership."),
        ("COOPERATE", "USA", "PHL", "American and Philippine troops held joint military exercises in the South China Sea."),
        ("COOPERATE", "ESP", "FRA", "Spain extradited a suspected militant to France."),
        ("AID", "JPN", "TUR", "Japan sent rescue teams and relief supplies to Turkey after the earthquake."),
        ("AID", "USA", "ISR", "The United States delivered air defence missiles to Israel."),
        ("RETREAT", "RUS", "UKR", "Russia withdrew its troops from the Kyiv region."),
        ("RETREAT", "ISR", "PSE", "Israel released 39 Palestinian prisoners on Friday."),
        ("REQUEST", "IGO", "MMR", "The United Nations urged Myanmar to release detained politicians."),
        ("REQUEST", "POL", "DEU", "Poland demanded war reparations from Germany."),
        ("ACCUSE", "USA", "CHN", "Washington accused Beijing of cyber espionage."),
        ("ACCUSE", "IND", "PAK", "India condemned Pakistan for the attack in Kashmir."),
        ("REJECT", "PRK", "KOR", "North Korea rejected South Korea's offer of talks."),
        ("REJECT", "RUS", "IGO", "Russia vetoed a UN Security Council resolution on Syria."),
        ("THREATEN", "PRK", "USA", "North Korea threatened to strike the United States with nuclear weapons."),
        ("THREATEN", "RUS", "NOR", "Russia warned Norway of retaliation over the military base."),
        ("PROTEST", "IRN", "IRN", "Thousands of Iranians protested in Tehran against the government."),
        ("PROTEST", "FRA", "FRA", "French farmers blocked highways around Paris to protest against fuel taxes."),
        ("SANCTION", "IGO", "RUS", "The European Union imposed new sanctions on Russia."),
        ("SANCTION", "LTU", "CHN", "Lithuania expelled two Chinese diplomats."),
        ("SANCTION", "SAU", "CAN", "Saudi Arabia froze trade with Canada and recalled its ambassador."),
        ("MOBILIZE", "RUS", "UKR", "Russia massed troops along its border with Ukraine."),
        ("MOBILIZE", "CHN", "TWN", "China put its forces on high alert near Taiwan."),
        ("COERCE", "EGY", "EGY", "Egyptian police arrested dozens of opposition activists in Cairo."),
        pytest.param("COERCE", "HKG", "HKG", "Hong Kong authorities banned a pro-democracy rally.", marks=pytest.mark.xfail(reason="target not found yet", strict=True)),
        ("COERCE", "IRN", "GBR", "Iran seized a British-flagged oil tanker in the Strait of Hormuz."),
        ("ASSAULT", "ISR", "SYR", "Israeli jets struck targets near Damascus on Sunday."),
        ("ASSAULT", "SOM", "KEN", "Al-Shabaab militants attacked a Kenyan military base."),
        ("ASSAULT", "MMR", "MMR", "Myanmar's army shelled villages in Rakhine state, killing 12 civilians."),
        ("ASSAULT", "NGA", "NGA", "Gunmen kidnapped 80 students from a school in northern Nigeria."),
    ],
)
def test_sentence_is_coded(nlp, event, source, target, text):
    events = code_text(text, "2023-06-15")
    found = [(e.event, {a.code for a in e.source}, {a.code for a in e.target}) for e in events]
    assert any(e == event and source in s and target in t for e, s, t in found), found
