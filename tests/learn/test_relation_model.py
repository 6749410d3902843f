"""The relation model (the learned layer of the relations stage): it adds what the rules miss, trains
deterministically, names a bad corpus row, and saves, loads and ships with the meta of its corpus."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from learn.tiny_relations import write_tiny_relations

from dyads.cli import _RELATION_CORPUS, main
from dyads.errors import DyadsError, ModelError
from dyads.learn.relations import Settings, corpus_digest, examples, fit, parse, read_relation_corpus
from dyads.pipeline import load_pipeline
from dyads.relations.extract import find_relations
from dyads.relations.kinds import load_relation_kinds
from dyads.relations.model import load_model, read_model
from dyads.relations.sentence import actor_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    folder = write_tiny_relations(tmp_path_factory.mktemp("tiny_relations"))
    rows = read_relation_corpus([folder])
    found = examples(parse(rows), rows, load_relation_kinds(None))
    return folder, found, fit(found, Settings())


def _relations(text: str, model):
    doc = load_pipeline()(text)
    return [(r.relation, sorted(actor_key(a) for a in r.subjects), r.why) for r in
            find_relations(doc, "d", "2024-06-01", load_relation_kinds(None), model=model)]


def test_the_model_adds_a_relation_the_rules_miss(tiny):
    """No word of kinds.yml says "comrades-in-arms": the rules find nothing, the model an alliance."""
    *_, model = tiny
    text = "Benin and Niger, comrades-in-arms since 1975, reopened a border crossing."
    assert _relations(text, None) == []
    assert _relations(text, model) == [("ally", ["BEN", "NER"], "relations:model")]
    [relation] = find_relations(load_pipeline()(text), "d", None, load_relation_kinds(None), model=model)
    assert model.threshold <= relation.confidence <= 1.0


def test_a_model_whose_additions_failed_their_check_adds_nothing(tiny):
    """Training sets the threshold to None where the model's additions lowered a test table's train precision."""
    *_, model = tiny
    assert _relations("Benin and Niger, comrades-in-arms since 1975, reopened a border crossing.", model.with_settings(threshold=None)) == []


def test_the_model_proposes_nothing_where_states_only_met(tiny):
    *_, model = tiny
    assert _relations("Benin and Niger held talks on cotton prices in Niamey.", model) == []


def test_training_is_deterministic(tiny):
    _, found, model = tiny
    again = fit(found, Settings())
    assert model.features == again.features
    assert all(np.array_equal(a, b) for a, b in ((model.weights, again.weights), (model.polarity_weights, again.polarity_weights)))


def test_a_malformed_row_names_its_file_and_row(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("- id: relt-x-0001\n  sentence: Chad joined the AU.\n  published: 2024-01-02\n  relations: []\n  kind: negative-x\n"
                   "- id: relt-x-0002\n  sentence: Chad and Niger are allies.\n  published: 2024-01-02\n  relations:\n"
                   "  - relation: friends\n    subjects: [TCD, NER]\n    object: null\n  kind: copular\n", encoding="utf-8")
    with pytest.raises(DyadsError, match=rf"E904.*{bad}: row 2 \(relt-x-0002\): relation 'friends' is not one of"):
        read_relation_corpus([bad])
    result = CliRunner().invoke(main, ["train", "--relations", "--corpus", str(bad), "-o", str(tmp_path / "m")])
    assert result.exit_code == 1 and "row 2 (relt-x-0002)" in result.output
    assert not (tmp_path / "m").exists()


def test_a_test_tables_heldout_rows_are_never_read(tmp_path):
    table = tmp_path / "table.yml"
    table.write_text("- id: t-1\n  sentence: Chad joined the AU.\n  published: 2024-01-02\n  relations: []\n  part: heldout\n"
                     "- id: t-2\n  sentence: Chad left the AU.\n  published: 2024-01-02\n  relations: []\n  part: train\n", encoding="utf-8")
    [row] = read_relation_corpus([table])
    assert row.id == "t-2" and not row.heldout  # a train row of a table is fitted on, never held out


def test_the_saved_model_loads_with_its_meta(tiny, tmp_path):
    *_, model = tiny
    model.save(tmp_path / "m")
    again = read_model(tmp_path / "m")
    assert again.meta == json.loads((tmp_path / "m" / "meta.json").read_text(encoding="utf-8")) == model.meta
    assert again.features == model.features and np.allclose(again.weights, model.weights)
    assert again.threshold == model.threshold and again.labels == model.labels


def test_a_damaged_model_is_a_clear_error(tmp_path):
    (tmp_path / "meta.json").write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match=r"E903.*rebuild it with `dyads train --relations`"):
        read_model(tmp_path)


def test_train_relations_on_the_command_line_saves_the_same_model_twice(tiny, tmp_path):
    folder, *_ = tiny
    saved = []
    for name in ("one", "two"):
        result = CliRunner().invoke(main, ["train", "--relations", "--corpus", str(folder), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert "held-out part 3 rows" in result.output and "chosen threshold" in result.output
        saved.append((tmp_path / name / "weights.npz").read_bytes())
    assert saved[0] == saved[1]
    meta = json.loads((tmp_path / "one" / "meta.json").read_text(encoding="utf-8"))
    assert meta["heldout_rows"] == 3 and meta["seed"] == 13 and meta["polarity"] in {"model", "rules"}


def test_the_shipped_model_was_trained_on_the_corpus_in_the_repository():
    """Change a row of training/relations/ (or a train row of a test table) and this fails until
    `dyads train --relations` rebuilds the shipped model."""
    rows = read_relation_corpus([ROOT / path for path in _RELATION_CORPUS])
    shipped = load_model()
    assert shipped.meta["corpus"] == corpus_digest(rows)
    assert shipped.meta["heldout_rows"] == sum(r.heldout for r in rows)


def test_a_missing_relation_corpus_path_is_named(tmp_path):
    with pytest.raises(DyadsError, match="E904") as caught:
        read_relation_corpus([tmp_path / "nowhere.yml"])
    assert "nowhere.yml" in str(caught.value)
