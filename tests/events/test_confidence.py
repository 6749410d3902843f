"""Confidence ranks events by how directly the sentence gives them (team-written sentences).

Each pair codes the same event; the first finds it directly (a verb with its subject and object),
the second through something less certain: a pronoun, someone else's report, a light verb or a
noun, a subordinate clause, a threat read through the act threatened, a place standing in for the target, a military source of a verbal event, no target at all,
no named doer. Only the order is asserted, not the values.
"""
from __future__ import annotations

import pytest

from dyads import code_text

DATE = "2019-12-04"


def _one(text: str):
    [event] = code_text(text, DATE)
    assert 0 < event.confidence <= 1 and not event.negated
    return event


def _triple(event):
    return event.event, [a.code for a in event.source], [a.code for a in event.target]


@pytest.mark.parametrize("direct, indirect", [
    pytest.param("Turkey attacked Syria.", "Turkey said it had attacked Syria.", id="pronoun-source"),
    pytest.param("Iran accused Israel of spying.", "Iran said it had accused Israel of spying.", id="pronoun-source-2"),
    pytest.param("Turkey attacked Syria.", "Russia said that Turkey attacked Syria.", id="reported-speech"),
    pytest.param("Turkey attacked Syria.", "Turkey attacked Syria, Russian officials said.", id="reported-speech-after"),
    pytest.param("Turkish jets struck Syrian targets near Damascus.", "Turkish jets struck targets near Damascus.", id="place-as-target"),
    pytest.param("Turkey attacked Syria.", "Turkey launched an attack on Syria.", id="light-verb-noun"),
    pytest.param("Turkey attacked Syria.", "The attack on Syria by Turkey was condemned.", id="noun-with-by"),
    pytest.param("Turkey praised Syria.", "Turkish troops praised Syria.", id="military-source-of-verbal-event"),
    pytest.param("Turkey held talks with Syria.", "Turkish troops held talks with Syria.", id="military-source-of-talks"),
    pytest.param("Turkish troops killed three Syrian soldiers in Idlib.", "A roadside bomb killed three Syrian soldiers in Idlib.", id="no-named-doer"),
    pytest.param("Russia imposed sanctions on Ukraine.", "Russia sanctioned Ukraine.", id="verb-with-its-object-beats-bare-verb"),
    pytest.param("Turkey attacked Syria.", "Crowds gathered in Baghdad after Turkey attacked Syria.", id="subordinate-clause"),
    pytest.param("Turkey attacked Syria.", "Iraq was angry after Turkey attacked Syria.", id="subordinate-clause-2"),
    pytest.param("Turkey threatened Syria.", "Turkey threatened to impose sanctions on Syria.", id="threat-read-through-the-threatened-act"),
])
def test_direct_outranks_indirect(nlp, direct, indirect):
    high, low = _one(direct), _one(indirect)
    assert high.event == low.event and [a.code for a in high.target] == [a.code for a in low.target]
    if "bomb" not in indirect:  # a bomb names no source: the place stands in for it
        assert [a.code for a in high.source] == [a.code for a in low.source]
    assert high.confidence > low.confidence, (high.why, low.why)


def test_an_event_with_a_target_outranks_one_without(nlp):
    with_target, without = _one("Turkey condemned the Syrian government."), _one("Turkey condemned the attack.")
    assert _triple(with_target) == ("ACCUSE", ["TUR"], ["SYR"]) and _triple(without) == ("ACCUSE", ["TUR"], [])
    assert with_target.confidence > without.confidence


def test_a_ladder_of_routes(nlp):
    """Direct > reported speech > pronoun in reported speech > place as target > no named doer."""
    ladder = [
        "Turkey attacked Syria.",
        "Russia said that Turkey attacked Syria.",
        "Turkey said it had attacked Syria.",
        "Turkish jets struck targets near Damascus.",
        "A roadside bomb killed three Syrian soldiers in Idlib.",
    ]
    confidences = [_one(text).confidence for text in ladder]
    assert confidences == sorted(confidences, reverse=True) and len(set(confidences)) == len(confidences), confidences
