"""Acceptance: the article this project started from, against its careful human coding."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from dyads import Coded, code_documents
from dyads.read import read_documents

SEED = "seed/azernews-2019-12-04-lavrov"


@pytest.fixture(scope="module")
def seed(shared_data):
    path = shared_data / f"{SEED}.txt"
    expected = json.loads((shared_data / f"{SEED}.expected.json").read_text(encoding="utf-8"))
    [document] = list(read_documents([str(path)]))
    [result] = list(code_documents([document]))
    assert isinstance(result, Coded), result
    return result, expected


def _matches(event, spec) -> bool:
    if spec["sentence_contains"] not in event.sentence:
        return False
    if event.event not in spec["event"]:
        return False
    if not {a.code for a in event.source} & set(spec["source"]):
        return False
    if spec["target"] and not {a.code for a in event.target} & set(spec["target"]):
        return False
    if "date" in spec and event.date != spec["date"]:
        return False
    if spec.get("location_country") and (event.location is None or event.location.country != spec["location_country"]):
        return False
    return True


def test_document_fields(seed):
    result, expected = seed
    document, fields = result.document, expected["document"]
    assert document.title == fields["title"]
    assert document.byline == fields["byline"]
    assert document.date_published == dt.date.fromisoformat(fields["date_published"])
    for boilerplate in fields["body_excludes"]:
        assert boilerplate not in document.text


def _specs(level: str):
    from conftest import shared_data_dir

    data = shared_data_dir()
    if data is None:
        return [pytest.param(None, id=f"{level}-no-shared-data")]
    expected = json.loads((data / f"{SEED}.expected.json").read_text(encoding="utf-8"))
    return [pytest.param(spec, id=spec["id"]) for spec in expected["events"] if spec["level"] == level]


@pytest.mark.parametrize("spec", _specs("must"))
def test_must_event(seed, spec):
    result, _ = seed
    found = [e for e in result.events if _matches(e, spec)]
    near = [(e.event, [a.code for a in e.source], [a.code for a in e.target], e.date, e.sentence[:60]) for e in result.events if spec["sentence_contains"] in e.sentence]
    assert found, f"{spec['id']}: no matching event; events on that sentence: {near}"


@pytest.mark.parametrize("spec", _specs("should"))
def test_should_event(seed, spec):
    result, _ = seed
    if not any(_matches(e, spec) for e in result.events):
        pytest.xfail(f"{spec['id']}: a 'should' event, not yet found")


def test_negatives(seed):
    result, expected = seed
    for negative in expected["negatives"]:
        wrong = [e for e in result.events if negative["sentence_contains"] in e.sentence
                 and ("*" in negative["not_event"] or e.event in negative["not_event"])]
        assert not wrong, f"{negative['why']}: {[(e.event, e.trigger) for e in wrong]}"


def test_no_event_between_an_actor_and_itself(seed):
    result, _ = seed
    for event in result.events:
        assert not {a.identity for a in event.source} & {a.identity for a in event.target}
