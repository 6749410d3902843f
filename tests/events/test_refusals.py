"""An actor saying it will not do something cooperative has refused it: REJECT, not nothing."""
from __future__ import annotations

import pytest

from dyads import code_text


def _events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in code_text(text, "2022-03-01")]


@pytest.mark.parametrize("text, cameo, source", [
    ("Russia will not lift the ban on Georgian wine.", "124", "RUS"),
    ("Mali will not release the French hostages.", "124", "MLI"),
    ("Slovakia said it would not accept refugees from Syria.", "120", "SVK"),
])
def test_a_refusal_to_cooperate_is_a_rejection(nlp, text, cameo, source):
    [(event, code, sources, _)] = _events(text)
    assert (event, code, sources) == ("REJECT", cameo, [source])


@pytest.mark.parametrize("text", [
    "Iran did not release the British tanker.",  # a report of what did not happen, not a refusal
    "Japan will not send troops to Iraq.",  # not sending troops is no rejection of anyone
    "Mali could not release the hostages before the deadline.",
])
def test_other_negations_stay_uncoded(nlp, text):
    assert _events(text) == []
