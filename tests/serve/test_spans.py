"""Finding the coded words again: the trigger and the actors in a sentence, the sentences in an article."""
from __future__ import annotations

import pytest

from dyads.serve.spans import highlights, sentence_regions


def marked(sentence, trigger, actors):
    return [(sentence[s.start:s.end], s.label) for s in highlights(sentence, trigger, actors)]


@pytest.mark.parametrize("sentence, trigger, actors, expected", [
    ("Azerbaijani troops opened fire on Armenian posts overnight.", "opened fire",
     [("source", "Azerbaijani troops"), ("target", "Armenian posts")],
     [("Azerbaijani troops", "source"), ("opened fire", "trigger"), ("Armenian posts", "target")]),
    # a trigger of two parts apart in the sentence: each part after the one before
    ("The Commission pledged on Monday to send humanitarian aid.", "pledged ... send humanitarian aid",
     [("source", "The Commission")],
     [("The Commission", "source"), ("pledged", "trigger"), ("send humanitarian aid", "trigger")]),
    # the longer actor is placed first, so the shorter one does not take its start
    ("Russian Foreign Minister Sergey Lavrov met Russia's partners.", "met",
     [("target", "Russia"), ("source", "Russian Foreign Minister Sergey Lavrov")],
     [("Russian Foreign Minister Sergey Lavrov", "source"), ("met", "trigger"), ("Russia", "target")]),
    # not inside a longer word: "EU" is not the start of "EUROPE"
    ("EUROPE waits while the EU decides.", "decides", [("source", "EU")],
     [("EU", "source"), ("decides", "trigger")]),
    # case and line breaks do not matter
    ("Ankara CALLED on\nMoscow to act.", "called on", [("source", "Ankara"), ("target", "Moscow")],
     [("Ankara", "source"), ("CALLED on", "trigger"), ("Moscow", "target")]),
    # a trigger word inside an actor's name stays the actor's; one the sentence lacks is not marked
    ("The Office for the Coordination of Humanitarian Affairs said so.", "Coordination",
     [("source", "Office for the Coordination of Humanitarian Affairs"), ("target", "the refugees")],
     [("Office for the Coordination of Humanitarian Affairs", "source")]),
    # characters that mean something in a pattern are plain text
    ("Talks (in Minsk) went on+.", "went on+", [("source", "Talks (in Minsk)")],
     [("Talks (in Minsk)", "source"), ("went on+", "trigger")]),
    ("", "met", [("source", "Russia")], []),
])
def test_highlights(sentence, trigger, actors, expected):
    assert marked(sentence, trigger, actors) == expected


def test_sentence_regions_find_each_sentence_at_its_own_place():
    body = "Talks failed.\nThe army  shelled the town.\nTalks failed.\nNothing else."
    regions = sentence_regions(body, [(0, "Talks failed."), (1, "The army shelled the town."), (2, "Talks failed."),
                                      (3, "A sentence the body lacks.")])
    assert {i: body[s:e] for i, (s, e) in regions.items()} == {
        0: "Talks failed.", 1: "The army  shelled the town.", 2: "Talks failed."}
    assert regions[2][0] > regions[1][0]
