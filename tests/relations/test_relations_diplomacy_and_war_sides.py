"""Sides of diplomatic relations and wars read for issue 13 that the sentence gives only in other words: "its
neighbour", the state the sentence named before; each in a sentence of the tests' own wording, read by the rules alone."""
from __future__ import annotations

import pytest

from dyads import relations_in_text
from dyads.relations.sentence import actor_key


def _kinds(text, kind):
    return sorted((sorted(actor_key(s) for s in r.subjects), r.polarity)
                  for r in relations_in_text(text, "2024-05-01", model=False) if r.relation == kind)


@pytest.mark.parametrize("text, kind, expected", [
    # the neighbour is the state named before it, not the holder, nor a territory claimed, nor a movement
    ("Algeria, which rejects Moroccan sovereignty over Western Sahara, cut diplomatic ties with its western neighbour in 2021.",
     "diplomatic_relations", [(["DZA", "MAR"], "ended")]),
    ("Somalia expelled Ethiopia's ambassador and said it would sever ties with its neighbour if the port deal went ahead.",
     "diplomatic_relations", [(["ETH", "SOM"], "hypothetical")]),
    ("Officials in Kyiv said Moscow, which has bombed Ukraine's power plants every winter, has been at war with its neighbour since 2022.",
     "at_war_with", [(["RUS", "UKR"], "holds")]),
    ("Eritrea's information minister said Asmara, which accuses Addis Ababa of coveting its ports, would not go to war with its neighbour.",
     "at_war_with", [(["ERI", "ETH"], "denied")]),
    # no state named before: no other side to take up
    ("Chile, which hosted the summit, restored diplomatic relations with its northern neighbour.", "diplomatic_relations", []),
    # a neighbour named is the one named ("its southern neighbour Burundi")
    ("Rwanda, which denies backing Congo's rebels, broke off relations with its southern neighbour Burundi.",
     "diplomatic_relations", [(["BDI", "RWA"], "ended")]),
])
def test_relations_with_its_neighbour(text, kind, expected):
    assert _kinds(text, kind) == expected
