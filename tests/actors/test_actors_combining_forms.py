"""A state's combining form joined to another state's name ("Sino-Russian", "Franco-German", "Indo-Pakistani") is
that state, and the relations stage reads the pair; a combining form joined to no state names none."""
from __future__ import annotations

import pytest

from dyads.coder import find_actor_records, relations_in_text


def _codes(text: str) -> list[str]:
    return sorted(a["code"] for a in find_actor_records(text) if a["code"])


@pytest.mark.parametrize("text, expected", [
    ("Sino-Indian border talks resumed in Delhi.", ["CHN", "IND"]),
    # "Franco" alone is the dictator, a Spaniard; joined to a state it is France
    ("The Franco-Italian summit in Rome ended without a deal.", ["FRA", "ITA"]),
    ("Anglo-Irish ties have warmed since the new treaty.", ["GBR", "IRL"]),
    ("Russo-Georgian talks stalled again in Geneva.", ["GEO", "RUS"]),
])
def test_a_combining_form_joined_to_a_state_is_a_state(nlp, text, expected):
    assert _codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Indo-Pacific strategy worries planners.", []),
    ("Scholars debated Anglo-Saxon law.", []),
    ("Franco ruled until 1975.", ["ESP"]),
])
def test_a_combining_form_alone_or_joined_to_no_state_names_none(nlp, text, expected):
    assert _codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Sino-Pakistani alliance has held for six decades.", ("ally", ["CHN", "PAK"], "holds")),
    ("Sino-Brazilian strategic partnership talks opened the summit.", ("strategic_partner", ["BRA", "CHN"], "holds")),
    ("The Indo-Bangladeshi war of 1971 ended in December.", ("at_war_with", ["BGD", "IND"], "ended")),
])
def test_the_relations_stage_reads_a_pair_joined_by_a_combining_form(nlp, text, expected):
    found = [(r.relation, sorted(a.code for a in r.subjects), r.polarity) for r in relations_in_text(text, "2024-05-01")]
    assert expected in found, found
