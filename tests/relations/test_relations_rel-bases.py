"""Constructions of hosts_base and collective_defense read for issue 13 (rules alone), each in a sentence of the
tests' own wording."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.extract import actor_key


def _kinds(text, kind):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == kind]


@pytest.mark.parametrize("text, expected", [
    # access granted, use allowed, areas opened: the granting state hosts the forces let in
    ("Greece has granted US forces access to three more of its military bases.", ("hosts_base", ["GRC"], "USA", "holds")),
    ("Oman opened two naval areas to British forces under a new defence accord.", ("hosts_base", ["OMN"], "GBR", "holds")),
    ("Kenya will not allow Chinese forces to use bases on its territory.", ("hosts_base", ["KEN"], "CHN", "denied")),
    ("Gabon has denied giving Russia permission to build a naval base on its coast.", ("hosts_base", ["GAB"], "RUS", "denied")),
    ("Angola would grant Russian forces access to two airfields under the draft deal.", ("hosts_base", ["AGO"], "RUS", "hypothetical")),
    ("Eritrea is ready to let Iran set up a naval base at Assab.", ("hosts_base", ["ERI"], "IRN", "hypothetical")),
])
def test_a_state_that_lets_forces_use_its_bases_hosts_them(text, expected):
    assert expected in _kinds(text, "hosts_base")


def test_ports_opened_to_companies_are_no_base():
    assert _kinds("Kenya gave Chinese companies access to its ports.", "hosts_base") == []
