"""Headlines in title case are parsed in sentence case (``dyads.parse.headlines``): their verbs and relation nouns
are read, their names keep their capitals, and records quote them as written."""
from __future__ import annotations

import pytest

from dyads.coder import code_text, relations_in_text
from dyads.parse.headlines import HeadlineCase
from dyads.pipeline import load_pipeline


@pytest.fixture(scope="module")
def cased():
    nlp = load_pipeline(events=False)
    case = HeadlineCase(nlp, nlp.get_pipe("dyads_actors").names)
    return lambda text: case(nlp.make_doc(text))


def test_a_title_case_line_has_its_common_words_in_lower_case_and_its_names_as_written(cased):
    assert cased("Chad Joins Sanctions on Sudan, Deby Says") == "Chad joins sanctions on Sudan, Deby says"
    # a name the lexicon knows keeps its capital though it is a common word too, an acronym keeps its capitals
    assert cased("Egypt And Turkey Restore Ties, Ending NATO Row") == "Egypt and Turkey restore ties, ending NATO row"


@pytest.mark.parametrize("text", [
    "Kenya joined the East African Community in 2000, officials said.",
    "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan met.",  # names only: nothing to change
    "NATO AND THE EU MET IN BRUSSELS",
])
def test_other_lines_are_left_as_written(cased, text):
    assert cased(text) is None


def test_only_the_title_case_line_of_a_text_changes(cased):
    text = "Peru Cuts Diplomatic Ties With Mexico\nLima said on Monday it would recall its Ambassador."
    assert cased(text) == "Peru cuts diplomatic ties with Mexico\nLima said on Monday it would recall its Ambassador."


@pytest.mark.parametrize("headline, expected", [
    ("Ecuador Joins OPEC as Full Member, Minister Says", ("member_of", ["ECU"], "OPEC", "holds")),
    ("Peru Cuts Diplomatic Ties With Mexico Over Asylum Row", ("diplomatic_relations", ["MEX", "PER"], None, "ended")),
    ("Belgium Recognises Palestinian State at United Nations", ("recognizes", ["BEL"], "PSE", "holds")),
])
def test_a_headline_in_title_case_states_its_relation_quoted_as_written(nlp, headline, expected):
    found = relations_in_text(headline, "2024-06-01", model=False)
    keys = [(r.relation, sorted(a.code for a in r.subjects), (r.object.org or r.object.code) if r.object else None, r.polarity) for r in found]
    assert expected in keys, keys
    assert all(r.sentence == headline for r in found)


def test_a_headline_in_title_case_codes_its_event_quoted_as_written(nlp):
    headline = "Hungary Expels Three Ukrainian Diplomats Over Spying Claims"
    events = [e.to_dict() for e in code_text(headline, "2024-06-01", event_model=False)]
    assert [(e["event"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]]) for e in events] == [("SANCTION", ["HUN"], ["UKR"])]
    assert events[0]["sentence"] == headline
