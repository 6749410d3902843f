"""An appeal and a demand are both PLOVER REQUEST, but CAMEO keeps them apart: 02 and 10."""
from __future__ import annotations

import pytest

from dyads import code_text


def _request(text: str):
    [event] = [e for e in code_text(text, "2023-05-02") if e.event == "REQUEST"]
    return event


@pytest.mark.parametrize("text", [
    "Norway urged Sri Lanka to resume talks with the Tamil parties.",
    "The African Union called on Sudan to open its borders to aid convoys.",
    "Chile asked Bolivia to return the seized trucks.",
    "Japan pressed China to release the detained businessman.",
])
def test_an_appeal_gets_its_cameo_02_code(nlp, text):
    event = _request(text)
    assert event.cameo.startswith("02"), event.why
    assert "appeal:CAMEO" in event.why
    assert event.goldstein > -1  # CAMEO scores appeals -0.3 to 4.0, demands -5.0


@pytest.mark.parametrize("text", [
    "Kenya demanded that Somalia withdraw its troops from the border.",
    "Egypt demanded an apology from Israel.",
])
def test_a_demand_keeps_its_cameo_10_code(nlp, text):
    event = _request(text)
    assert event.cameo.startswith("10"), event.why
    assert event.goldstein == -5.0
