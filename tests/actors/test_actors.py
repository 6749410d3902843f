"""Actor coding on real parses: states, demonyms, capitals, organisations, persons, sectors."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads.coder import find_actor_records


def _codes(text: str, date: dt.date | None = None) -> list[tuple]:
    return [(a["code"], a["sector"]) for a in find_actor_records(text, date)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkish troops shelled Kurdish positions near Afrin.", ("TUR", "MIL")),
        ("Moscow rejected the proposal.", ("RUS", "GOV")),
        ("Baku said the talks had failed.", ("AZE", "GOV")),
        ("The CSTO is a military bloc.", ("IGO", None)),
        ("Khazakhstan signed the treaty.", ("KAZ", None)),
        ("Kyrygzstan signed the treaty.", ("KGZ", None)),
        ("The Armenian government protested.", ("ARM", "GOV")),
        ("Police arrested dozens of protesters in Cairo.", ("EGY", "COP")),  # the sentence's place
        ("The government of Armenia protested.", ("ARM", "GOV")),
    ],
)
def test_first_actor(nlp, text, expected):
    assert _codes(text)[0] == expected


def test_person_introduced_with_role_keeps_coding_in_the_document(nlp):
    text = ("Armenian Prime Minister Nikol Pashinyan spoke in Yerevan. "
            "Later Pashinyan met the press.")
    found = find_actor_records(text, dt.date(2019, 12, 4))
    pashinyan = [a for a in found if "Pashinyan" in a["text"]]
    assert len(pashinyan) == 2
    assert all(a["code"] == "ARM" and a["sector"] == "GOV" for a in pashinyan)
    assert pashinyan[0]["name"] == "Nikol Pashinyan"


def test_an_unknown_person_introduced_with_role_and_nationality_is_remembered(nlp):
    text = "Ruritanian-born Malian Defence Minister Oumar Traorexi arrived. Traorexi then left for Bamako."
    found = find_actor_records(text)
    later = [a for a in found if a["text"] == "Traorexi"]
    assert later and later[0]["code"] == "MLI"


def test_organisation_actor_fields(nlp):
    [actor] = [a for a in find_actor_records("NATO condemned the attack.") if a["code"]]
    assert actor["code"] == "IGO" and actor["org"] == "NATO"


def test_coordinated_states_are_separate_actors(nlp):
    codes = {a["code"] for a in find_actor_records("The Turkish and Greek sides agreed to talks.")}
    assert {"TUR", "GRC"} <= codes


def test_capital_as_a_place_is_not_an_actor(nlp):
    found = find_actor_records("The ministers met in Baku on Tuesday.")
    assert all(a["text"] != "Baku" for a in found)


def test_office_holder_depends_on_the_date(nlp):
    # Andrei Belousov became Russia's defence minister in May 2024.
    before = [a for a in find_actor_records("Belousov visited the troops.", dt.date(2020, 1, 1)) if a["text"] == "Belousov"]
    after = [a for a in find_actor_records("Belousov visited the troops.", dt.date(2025, 6, 1)) if a["text"] == "Belousov"]
    assert after and after[0]["code"] == "RUS" and after[0]["name"] == "Andrei Belousov"
    # before his term he is no official of the office: a (former) official, ELI
    assert before and before[0]["code"] == "RUS" and before[0]["sector"] == "ELI"
    assert after[0]["sector"] == "GOV"


@pytest.mark.parametrize("text, expected", [
    # a territory with a name like a state's is itself, not the state ("Guiana" is no misspelt "Guyana")
    ("French Guiana voted on Sunday.", [("GUF", None)]),
    ("Guyana accused Venezuela of aggression.", [("GUY", None), ("VEN", None)]),
    # Taiwan's formal name holds China's; the longer People's Republic is still China
    ("Paraguay recognises the Republic of China.", [("PRY", None), ("TWN", None)]),
    ("The People's Republic of China protested.", [("CHN", None)]),
])
def test_a_territory_named_like_a_state_is_itself(nlp, text, expected):
    assert _codes(text) == expected
