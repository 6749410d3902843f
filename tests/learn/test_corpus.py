"""The training corpus checker: every bad line is named with its file, line and problem."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dyads.learn.corpus import CorpusError, is_heldout, read_corpus
from dyads.lexicons import builtin_event_types

REPO = Path(__file__).resolve().parents[2]
GOOD = {
    "id": "test-0001", "text": "Norway flew 20 tonnes of medical supplies to Malawi on Friday.",
    "events": [{"event": "AID", "mode": "humanitarian", "cameo": "073", "source": ["Norway"], "target": ["Malawi"],
                "trigger": "flew", "negated": False, "hypothetical": False}],
    "quad_class": 2, "kind": "event", "form": "active", "region": "africa",
}


def _write(tmp_path: Path, *records: dict) -> Path:
    path = tmp_path / "part.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _with_event(**changes) -> dict:
    return {**GOOD, "events": [{**GOOD["events"][0], **changes}]}


def test_a_good_line_reads(tmp_path):
    [sentence] = read_corpus([_write(tmp_path, GOOD)])
    assert sentence.labels == {"AID"}
    assert sentence.events[0].target == ("Malawi",)


@pytest.mark.parametrize("record, problem", [
    (_with_event(source=["Norwegian"]), "source 'Norwegian' is not in the text"),
    (_with_event(trigger="shipped"), "trigger 'shipped' is not in the text"),
    (_with_event(event="HELP"), "not a PLOVER type"),
    (_with_event(mode="military-ish"), "mode 'military-ish' is not one of AID's modes"),
    (_with_event(cameo="190"), "does not start with one of AID's roots"),
    (_with_event(cameo="079"), "not a CAMEO code"),
    ({**GOOD, "quad_class": 1}, "quad_class is 1, but its first event that happened gives 2"),
    (_with_event(negated=True), "quad_class is 2, but its first event that happened gives 0"),
    ({**GOOD, "kind": "rumour"}, "kind 'rumour'"),
    ({**GOOD, "region": "mars"}, "region 'mars'"),
    ({k: v for k, v in GOOD.items() if k != "form"}, "'form' is missing"),
])
def test_a_bad_line_is_named_with_its_problem(tmp_path, record, problem):
    path = _write(tmp_path, GOOD | {"id": "test-0000"}, record)
    with pytest.raises(CorpusError) as caught:
        read_corpus([path])
    assert caught.value.problems == [caught.value.problems[0]]
    assert caught.value.problems[0].startswith(f"{path}:2: ")
    assert problem in caught.value.problems[0]


def test_a_reused_id_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="already used at"):
        read_corpus([_write(tmp_path, GOOD, GOOD)])


def test_a_negated_event_is_no_label(tmp_path):
    record = {**_with_event(negated=True), "quad_class": 0, "kind": "denial"}
    [sentence] = read_corpus([_write(tmp_path, record)])
    assert sentence.labels == frozenset()


def test_the_heldout_part_is_fixed_by_the_id_and_about_a_fifth():
    ids = [f"group-{n:04d}" for n in range(5000)]
    share = sum(map(is_heldout, ids)) / len(ids)
    assert 0.17 < share < 0.23
    assert [is_heldout(i) for i in ids[:50]] == [is_heldout(i) for i in ids[:50]]


def test_the_team_corpus_is_clean_and_meets_the_floors():
    """The shipped corpus: every line checks, and the issue's floors hold (4,000 sentences,
    150 a type, 1,200 near misses, at least 15% held out)."""
    sentences = read_corpus([REPO / "training" / "sentences"])
    per_type = Counter(e for s in sentences for e in s.labels)
    assert len(sentences) >= 4000
    assert {t: per_type[t] for t in builtin_event_types() if per_type[t] < 150} == {}
    assert sum(s.kind != "event" for s in sentences) >= 1200
    assert sum(s.heldout for s in sentences) >= 0.15 * len(sentences)


def test_a_missing_corpus_path_is_named(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder") as caught:
        read_corpus([tmp_path / "nowhere"])
    assert "nowhere" in str(caught.value)
