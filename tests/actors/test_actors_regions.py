"""A region whose name holds a state's ("Latin America", "Central American", "South America") names no state; the
state's own name, alone or in a longer name of a state, still does."""
from __future__ import annotations

import pytest

from dyads.coder import find_actor_records


def _codes(text: str) -> list[str]:
    return sorted(a["code"] for a in find_actor_records(text) if a["code"])


@pytest.mark.parametrize("text, expected", [
    ("Venezuela cut ties with seven Latin American countries.", ["VEN"]),
    ("Central American leaders criticised Nicaragua.", ["NIC"]),
    ("South American governments condemned Peru.", ["PER"]),
    ("Venezuela accused North American oil firms of smuggling.", ["VEN"]),
])
def test_a_region_named_for_a_continent_is_no_state(nlp, text, expected):
    assert _codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("America and China agreed to resume talks.", ["CHN", "USA"]),
    ("American troops left Iraq.", ["IRQ", "USA"]),
    ("South Africa and the Central African Republic signed a pact.", ["CAF", "ZAF"]),
])
def test_a_state_named_by_its_own_name_still_is(nlp, text, expected):
    assert _codes(text) == expected


def test_a_longer_name_holding_a_region_is_still_a_name(nlp):
    assert [a["org"] for a in find_actor_records("Brazil rejoined the Community of Latin American and Caribbean States.") if a["org"]] == ["CELAC"]
