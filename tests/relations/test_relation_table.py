"""The team's relation tables: figures that may only go up.

``relations.yml`` is the first table; ``relations_new.yml`` a second one, written by a helper who saw
neither the extractor nor the first table beyond its format; ``relations_third.yml`` a third, written by two helpers
who saw only the annotation guide, half of it held out by a hash of the id. The rules and the learned relation model
were fitted on the train parts only; the held-out parts are scored as they come, with the model. The floors are the figures at the commit that set
them, a little below, so that a change that loses relations fails here (raise them when the figures
rise). The issue's targets are precision 0.90 and recall 0.80 on held-out: the first table's held-out
recall and the second table's held-out precision and recall are still below them (see the README).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dyads import relations_in_text
from dyads.evaluate_relations import evaluate_relations

DATA = Path(__file__).parents[1] / "data"
TABLE = DATA / "relations.yml"
SECOND = DATA / "relations_new.yml"
THIRD = DATA / "relations_third.yml"

# (table, part): (precision floor, recall floor)
FLOORS = {
    (TABLE, "heldout"): (0.90, 0.60),
    (TABLE, "train"): (0.95, 0.83),
    (SECOND, "heldout"): (0.70, 0.43),
    (SECOND, "train"): (0.95, 0.72),
    (THIRD, "heldout"): (0.88, 0.78),
    (THIRD, "train"): (0.86, 0.78),
}


@pytest.mark.parametrize("table, part", list(FLOORS), ids=[f"{t.stem}-{p}" for t, p in FLOORS])
def test_precision_and_recall_stay_above_their_floors(table, part):
    scores = evaluate_relations(table, part)
    precision, recall = FLOORS[(table, part)]
    assert scores.precision() >= precision and scores.recall() >= recall, scores.report()


@pytest.mark.parametrize("table, parts", [(TABLE, {"train", "heldout"}), (SECOND, {"train"})], ids=["first", "second-train"])
def test_negatives_give_no_relation(table, parts):
    rows = [row for row in yaml.safe_load(table.read_text(encoding="utf-8")) if not row["relations"] and row["part"] in parts]
    assert len(rows) >= 20
    found = {row["id"]: relations_in_text(row["sentence"], str(row["published"])) for row in rows}
    assert {key: [r.relation for r in value] for key, value in found.items() if value} == {}
