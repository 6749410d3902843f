"""Acceptance: the seed article's standing relations (its expected file's `relations`), and none from its negatives."""
from __future__ import annotations

import json

import pytest

from dyads import Coded, code_documents
from dyads.read import read_documents
from dyads.relations.sentence import actor_key

SEED = "seed/azernews-2019-12-04-lavrov"


@pytest.fixture(scope="module")
def seed(shared_data):
    expected = json.loads((shared_data / f"{SEED}.expected.json").read_text(encoding="utf-8"))
    [document] = list(read_documents([str(shared_data / f"{SEED}.txt")]))
    [result] = list(code_documents([document]))
    assert isinstance(result, Coded), result
    return result.relations, expected["relations"], expected["negatives"]


def _found(relations, spec):
    return [
        r for r in relations
        if r.relation == spec["relation"] and sorted(actor_key(s) for s in r.subjects) == sorted(spec["subjects"])
        and (r.object and actor_key(r.object)) == spec.get("object") and r.polarity == "holds"
    ]


@pytest.mark.parametrize("name", ["csto-membership", "csto-article-4", "rus-aze-partnership", "rus-arm-ally", "gfp-rank", "karabakh-recognition"])
def test_expected_relation(seed, name):
    relations, expected, _ = seed
    [spec] = [s for s in expected if s["id"] == name]
    found = _found(relations, spec)
    assert found, f"not found: {spec}; found {[(r.relation, [actor_key(s) for s in r.subjects]) for r in relations]}"
    if "value" in spec:
        assert found[0].value == spec["value"]
    if "according_to" in spec:
        assert found[0].according_to == spec["according_to"]
    if "speaker" in spec:
        assert found[0].according_to == spec["speaker"]


def test_every_relation_found_is_expected_and_none_comes_from_a_negative(seed):
    relations, expected, negatives = seed
    assert all(any(r in _found(relations, spec) for spec in expected) for r in relations), [
        (r.relation, [actor_key(s) for s in r.subjects], r.sentence[:60]) for r in relations
    ]
    for negative in negatives:
        assert not [r for r in relations if negative["sentence_contains"] in r.sentence and r.relation != "ranked"]
