"""Training the event-type model: deterministic, it learns, it saves and reads back, and it codes."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dyads import code_documents, code_text
from dyads.coder import Coded
from dyads.errors import ModelError
from dyads.events.model import load_model as load_event_model
from dyads.events.model import read_model
from dyads.learn.corpus import read_corpus
from dyads.learn.train import Settings, corpus_digest, featurize, fit_parse_features, predict_parse_features, score
from dyads.parse import load_model
from dyads.pipeline import load_pipeline
from dyads.records import Document

TYPES = ["CONSULT", "ASSAULT"]


@pytest.fixture(scope="module")
def fitted(tiny_corpus):
    sentences = read_corpus([tiny_corpus])
    features = featurize(load_model(), sentences)
    labels = [s.labels for s in sentences]
    model = fit_parse_features(features, labels, TYPES, Settings(min_count=1))
    return sentences, features, labels, model


def test_training_is_deterministic(fitted):
    _, features, labels, model = fitted
    again = fit_parse_features(features, labels, TYPES, Settings(min_count=1))
    assert np.array_equal(model.weights, again.weights) and np.array_equal(model.bias, again.bias)


def test_the_model_learns_its_corpus(fitted):
    _, features, labels, model = fitted
    assert predict_parse_features(model, features) == labels


def test_names_are_masked(fitted):
    """A model that learns language, not the names of the states its sentences mention."""
    *_, model = fitted
    assert not any("ghana" in f.lower() or "sudan" in f.lower() for f in model.feature_index)
    assert "vp=lunch_with" in model.feature_index


def test_scores():
    gold = [frozenset({"ASSAULT"}), frozenset({"CONSULT"}), frozenset()]
    guess = [frozenset({"ASSAULT"}), frozenset({"ASSAULT"}), frozenset()]
    scores = score(gold, guess, TYPES)
    assert scores.per_type["ASSAULT"][:3] == (0.5, 1.0, pytest.approx(2 / 3))
    assert scores.per_type["CONSULT"][:3] == (0.0, 0.0, 0.0)
    assert scores.macro_f1 == pytest.approx(1 / 3)
    assert scores.exact == pytest.approx(2 / 3)


def test_save_and_read_back(fitted, tmp_path):
    *_, model = fitted
    model.save(tmp_path / "m")
    again = read_model(tmp_path / "m")
    assert again.types == model.types and again.feature_index == model.feature_index
    assert np.allclose(again.weights, model.weights)


def test_a_damaged_model_is_a_clear_error(tmp_path):
    (tmp_path / "meta.json").write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match=r"E901.*rebuild it with `dyads train`"):
        read_model(tmp_path)


def test_the_model_proposes_an_event_no_entry_codes(fitted, tmp_path):
    """"lunched with" is in no lexicon entry: the model finds the type and the word that carries it,
    the rules' argument finder finds who met whom, and ``why`` says the model decided."""
    *_, model = fitted
    model.save(tmp_path / "m")
    text = "The Zambian president lunched with Tanzania's foreign minister on Friday."

    def events(**options):
        [result] = code_documents([Document("d", text)], **options)
        assert isinstance(result, Coded)
        return result.events

    [event] = events(event_model_dir=str(tmp_path / "m"))
    assert (event.event, [a.code for a in event.source], [a.code for a in event.target]) == ("CONSULT", ["ZMB"], ["TZA"])
    assert event.why.startswith("model:events p=")
    assert event.trigger.startswith("lunched")
    assert events(event_model=False, event_model_dir=str(tmp_path / "m")) == []


def test_the_shipped_model_was_trained_on_the_corpus_in_the_repository():
    """Change a sentence of training/ and this fails until `dyads train` rebuilds the shipped model."""
    corpus = read_corpus([Path(__file__).resolve().parents[2] / "training" / "sentences"])
    shipped = load_event_model()
    assert shipped.meta["corpus"] == corpus_digest(corpus)
    assert shipped.meta["heldout_sentences"] == sum(s.heldout for s in corpus)


@pytest.fixture(scope="module")
def tiny_pipeline(fitted, tmp_path_factory):
    """The real pipeline with the tiny model in place of the shipped one."""
    *_, model = fitted
    folder = tmp_path_factory.mktemp("tiny_model")
    model.save(folder)
    return load_pipeline(event_model_dir=str(folder))


def _events_at(nlp, text: str, probability: float):
    """The events of ``text`` when the model reads CONSULT in it with ``probability``."""
    with nlp.select_pipes(disable=["dyads_events"]):
        doc = nlp(text)
    for sent in doc.sents:
        doc._.event_types.of(sent).probabilities["CONSULT"] = probability
    return nlp.get_pipe("dyads_events")(doc)._.events


def test_a_proposal_needs_the_threshold(tiny_pipeline):
    text = "The Zambian president lunched with Tanzania's foreign minister on Friday."
    assert [e.event for e in _events_at(tiny_pipeline, text, 0.81)] == ["CONSULT"]
    assert _events_at(tiny_pipeline, text, 0.79) == []


def test_a_proposal_needs_a_whole_dyad(tiny_pipeline):
    """The model is sure, the verb carries CONSULT, the doer is named, but no one is met: no event."""
    assert _events_at(tiny_pipeline, "The Zambian president lunched at a hotel in Lusaka on Friday.", 0.99) == []


def test_the_models_doubt_does_not_lower_a_rule_event():
    """A matched entry stands on its own: the model may back it, not talk it down."""
    for text in ("Turkey attacked Syria.", "Kenyan police arrested dozens of Somali refugees."):
        [with_model] = code_text(text, "2019-12-04")
        [rules_only] = code_text(text, "2019-12-04", event_model=False)
        assert with_model.confidence >= rules_only.confidence
