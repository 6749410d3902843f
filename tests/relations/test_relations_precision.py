"""Relations the rules must not read, or must read as another kind or with other sides: diplomatic ties switched from one
state to another, ..."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _read(text, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False)]


@pytest.mark.parametrize("text, expected", [
    ("Costa Rica, which switched its diplomatic ties from Taipei to Beijing in 2007, signed a trade deal with China.",
     [("diplomatic_relations", ["CHN", "CRI"], None, "holds"), ("diplomatic_relations", ["CRI", "TWN"], None, "ended")]),
    ("The Dominican Republic shifted its diplomatic allegiance from Taiwan to China in 2018.",
     [("diplomatic_relations", ["CHN", "DOM"], None, "holds"), ("diplomatic_relations", ["DOM", "TWN"], None, "ended")]),
    ("El Salvador switched its diplomatic ties to Beijing in August, the foreign ministry said.",
     [("diplomatic_relations", ["CHN", "SLV"], None, "holds")]),
])
def test_ties_switched_are_relations_ended_and_begun(text, expected):
    found = _read(text)
    for relation in expected:
        assert relation in found
    assert not [r for r in found if r[0] == "recognizes"]


def test_a_switch_disowned_states_no_relations():
    assert not [r for r in _read("Belize has no intention of switching its diplomatic ties to Beijing, its foreign minister said.")
                if r[2] == "CHN" or "CHN" in r[1]]
