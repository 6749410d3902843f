"""Accuracy on the PLOVER gold-standard development split may not fall (a ratchet, not 100% assertions)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyads.evaluate import evaluate

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores(shared_data, nlp):
    return evaluate(shared_data / "plover_gsr_dev.jsonl")


@pytest.mark.parametrize("figure", ["event_f1", "macro_f1", "triple"])
def test_figure_does_not_fall(scores, figure):
    measured = scores.to_dict()[figure]
    assert measured >= BASELINE[figure], f"{figure} fell to {measured:.3f} (floor {BASELINE[figure]})"


def test_confidence_ranks_events(scores):
    top, _, bottom = scores.thirds
    assert top > bottom, f"top third precision {top:.2f} is not above the bottom third's {bottom:.2f}"
