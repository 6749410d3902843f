"""Who-is-who accuracy on the team's actor phrase file may not fall (a ratchet, like the gold one)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyads.evaluate_actors import evaluate_actors

FLOORS = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))["actor_phrases"]
PHRASES = Path(__file__).parents[1] / "data" / "actor_phrases.jsonl"


@pytest.fixture(scope="module")
def scores(nlp):
    return evaluate_actors(PHRASES, part="all")


@pytest.mark.parametrize("figure", ["country", "sector"])
def test_figure_does_not_fall(scores, figure):
    measured = scores.total.rates()[figure]
    assert measured >= FLOORS[figure], f"{figure} fell to {measured:.3f} (floor {FLOORS[figure]})"


def test_every_phrase_is_scored(scores):
    assert scores.total.phrases == sum(1 for line in PHRASES.read_text(encoding="utf-8").splitlines() if line.strip())
