"""Arguments as news writes them: coordinated recipients, pronouns, places of announcement,
bystanders and datelines (team-written sentences)."""
from __future__ import annotations

import json

import pytest

from dyads import code_text
from dyads.coder import Coded, code_documents
from dyads.read import read_documents

DATE = "2021-08-20"


def _dyads(text: str, event: str, sentence: str | None = None) -> set[tuple[str, str]]:
    """Every (source code, target code) pair the events of one type give (in ``sentence`` only, where
    given); an event with no target gives ""."""
    return {(s, t) for e in code_text(text, DATE) if e.event == event and sentence in (None, e.sentence)
            for s in (a.code for a in e.source) for t in [a.code for a in e.target] or [""]}


def _sources(text: str) -> set[str]:
    return {a.text for e in code_text(text, DATE) for a in e.source}


# -- 5. a dateline is no actor, whatever the input route --------------------------------------------

DATELINED = [
    ("NAIROBI, Kenya (Wire) - ", "Ugandan police arrested dozens of Somali refugees.", "COERCE", {("UGA", "SOM")}),
    ("KYIV, Ukraine — ", "Russia shelled Ukrainian villages on Monday.", "ASSAULT", {("RUS", "UKR")}),
    ("BEIJING: ", "China accused Japan of provoking tensions.", "ACCUSE", {("CHN", "JPN")}),
    ("ADDIS ABABA, Ethiopia, Aug 19 - ", "Egypt urged Ethiopia to resume talks.", "REQUEST", {("EGY", "ETH")}),
]


@pytest.mark.parametrize("dateline, story, event, expected", DATELINED)
def test_a_dateline_is_no_actor_in_text_taken_as_it_is(nlp, dateline, story, event, expected):
    assert _dyads(dateline + story, event) == expected


@pytest.mark.parametrize("dateline, story, event, expected", DATELINED)
def test_a_dateline_is_no_actor_in_json_lines(nlp, tmp_path, dateline, story, event, expected):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": dateline + story, "date": DATE}) + "\n", encoding="utf-8")
    [result] = list(code_documents(read_documents([str(path)])))
    assert isinstance(result, Coded)
    assert {(s.code, t.code) for e in result.events if e.event == event for s in e.source for t in e.target} == expected


@pytest.mark.parametrize("dateline, story, event, expected", DATELINED)
def test_a_dateline_leaves_a_text_file(nlp, tmp_path, dateline, story, event, expected):
    path = tmp_path / "news.txt"
    path.write_text(dateline + story + "\n", encoding="utf-8")
    [document] = list(read_documents([str(path)]))
    assert document.text == story


def test_a_capitalised_name_opening_a_story_is_no_dateline(nlp):
    assert _dyads("Russia - a close ally of Damascus - sent aid to Syria.", "AID") == {("RUS", "SYR")}
