"""Relations whose sides the actors stage codes only since issue 13 needed them: a state or organisation
the lexicons lacked or coded otherwise, two names sharing their last words. Sentences of the tests' own wording."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.extract import actor_key


def _read(text, date="2024-05-01"):
    return [(r.relation, sorted(actor_key(s) for s in r.subjects), r.object and actor_key(r.object), r.polarity)
            for r in relations_in_text(text, date, model=False)]


@pytest.mark.parametrize("text, expected", [
    ("Only Turkey recognises the Turkish Republic of Northern Cyprus.", ("recognizes", ["TUR"], "Northern Cyprus", "holds")),
    ("Greenland left the European Economic Community in 1985.", ("member_of", ["GRL"], "EEC", "ended")),
    ("Croatia joined the Schengen area in 2023.", ("member_of", ["HRV"], "Schengen", "holds")),
    ("The Cook Islands signed a strategic partnership with China.", ("strategic_partner", ["CHN", "COK"], None, "holds")),
    ("Bolivia suspended diplomatic relations with the Sahrawi Arab Democratic Republic.",
     ("diplomatic_relations", ["BOL", "ESH"], None, "ended")),
    ("Pakistan and Thailand were members of SEATO.", ("member_of", ["PAK", "THA"], "SEATO", "holds")),
    ("Russia recognised the Donetsk and Luhansk people's republics in 2022.",
     ("recognizes", ["RUS"], "Donetsk People's Republic", "holds")),
])
def test_relation_with_a_side_the_lexicons_now_name(text, expected):
    assert expected in _read(text), _read(text)
