"""Second round of hosts_base and collective_defense constructions for issue 13 (rules alone), each in a sentence of
the tests' own wording."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.extract import actor_key


def _kinds(text, kind):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == kind]


@pytest.mark.parametrize("text, expected", [
    # "the country", "the Pacific nation", "the islands": the state whose speaker tells of the base; "no talks" on it deny it
    ("Ghana said there were no talks on a Russian military base in the country.", ("hosts_base", ["GHA"], "RUS", "denied")),
    ("Tonga's prime minister said there had been no talks with Moscow about a Russian naval base in the Pacific nation.",
     ("hosts_base", ["TON"], "RUS", "denied")),
    ("Tonga's prime minister told parliament that the accord would never allow Russia to build a naval base on the islands.",
     ("hosts_base", ["TON"], "RUS", "denied")),
])
def test_a_base_in_the_country_spoken_of_is_the_speakers(text, expected):
    assert expected in _kinds(text, "hosts_base")
