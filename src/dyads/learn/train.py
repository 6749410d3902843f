"""``dyads train``: fit the event-type model on the team's corpus, deterministically, and score it.

Two designs are built on the same training part and scored on the same held-out part:

- ``parse-features`` (shipped): a one-vs-rest logistic regression over features of the spaCy parse
  (``dyads.events.model.sentence_features``), fitted here with Adam in numpy;
- ``spacy-bow``: spaCy's own ``textcat_multilabel`` with its bag-of-words n-gram architecture
  (``spacy.TextCatBOW.v3``), trained with ``nlp.update``; kept so the comparison can be re-run
  (``dyads train --compare``).

Both use fixed seeds and one thread's worth of arithmetic, so the same corpus gives the same weights.
"""
from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from spacy.training import Example

from ..errors import Errors, ModelError
from ..events.model import EventTypeModel, sentence_features
from ..lexicons import builtin_event_types
from ..parse import load_model
from . import linear
from .corpus import TrainingSentence, read_corpus

SEED = 13
THRESHOLD = 0.5  # a type is predicted at probability 0.5 and above, in scoring as in coding


@dataclass(frozen=True)
class Settings:
    """Chosen by an inner split of the training part (never the held-out part): an L2 penalty and
    dropping features seen once both lowered macro-F1 there; the fixed number of epochs is the
    only regularisation."""

    epochs: int = 30
    learning_rate: float = 0.05
    batch_size: int = 32
    min_count: int = 1


@dataclass
class Scores:
    """Multi-label scores on a set of sentences: per type and averaged."""

    per_type: dict[str, tuple[float, float, float, int]]  # precision, recall, F1, support
    micro_f1: float
    macro_f1: float
    exact: float  # sentences whose predicted set of types is exactly the labelled one

    def table(self) -> str:
        lines = [f"{'type':<10} {'prec':>5} {'rec':>5} {'F1':>5} {'n':>4}"]
        for event, (p, r, f, n) in self.per_type.items():
            lines.append(f"{event:<10} {p:>5.2f} {r:>5.2f} {f:>5.2f} {n:>4}")
        lines.append(f"micro-F1 {self.micro_f1:.3f}  macro-F1 {self.macro_f1:.3f}  exact set {self.exact:.3f}")
        return "\n".join(lines)


def score(labels: Sequence[frozenset[str]], predicted: Sequence[frozenset[str]], types: Sequence[str]) -> Scores:
    per_type = {}
    total_tp = total_fp = total_fn = 0
    for event in types:
        tp = sum(event in gold and event in guess for gold, guess in zip(labels, predicted))
        fp = sum(event not in gold and event in guess for gold, guess in zip(labels, predicted))
        fn = sum(event in gold and event not in guess for gold, guess in zip(labels, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_type[event] = (precision, recall, f1, tp + fn)
        total_tp, total_fp, total_fn = total_tp + tp, total_fp + fp, total_fn + fn
    micro = 2 * total_tp / (2 * total_tp + total_fp + total_fn) if total_tp else 0.0
    supported = [f for _, _, f, n in per_type.values() if n]
    macro = sum(supported) / len(supported) if supported else 0.0
    exact = sum(gold == guess for gold, guess in zip(labels, predicted)) / max(len(labels), 1)
    return Scores(per_type, micro, macro, exact)


def split(sentences: list[TrainingSentence]) -> tuple[list[TrainingSentence], list[TrainingSentence]]:
    return [s for s in sentences if not s.heldout], [s for s in sentences if s.heldout]


def featurize(nlp: Language, sentences: Sequence[TrainingSentence]) -> list[list[tuple[str, int]]]:
    """Each sentence's parse features, from the same pinned spaCy model the coder parses with."""
    return [sentence_features(doc[:]) for doc in nlp.pipe((s.text for s in sentences), batch_size=256)]


def fit_parse_features(features: list[list[tuple[str, int]]], labels: list[frozenset[str]], types: list[str],
                       settings: Settings, seed: int = SEED) -> EventTypeModel:
    """A one-vs-rest logistic regression, fitted by minibatch Adam, in an order fixed by ``seed``."""
    vocabulary = linear.vocabulary(({f for f, _ in sentence} for sentence in features), settings.min_count)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [linear.feature_rows((f for f, _ in sentence), index) for sentence in features]
    targets = np.array([[event in gold for event in types] for gold in labels], dtype=np.float64)
    adam = linear.Adam(settings.epochs, settings.learning_rate, settings.batch_size)
    # most sentences report none of a given type
    weights, bias = linear.fit(rows, targets, len(vocabulary), "sigmoid", np.full(len(types), -2.0), adam, seed)
    meta = {"design": "parse-features", "seed": seed, "settings": settings.__dict__, "threshold": THRESHOLD}
    return EventTypeModel(types, vocabulary, weights.astype(np.float32), bias.astype(np.float32), meta)


def predict_parse_features(model: EventTypeModel, features: list[list[tuple[str, int]]]) -> list[frozenset[str]]:
    predicted = []
    for sentence in features:
        probabilities = model.probabilities(sentence)
        predicted.append(frozenset(t for t, p in zip(model.types, probabilities) if p >= THRESHOLD))
    return predicted


def spacy_bow(train: list[TrainingSentence], heldout: list[TrainingSentence], types: list[str], settings: Settings,
              seed: int = SEED) -> list[frozenset[str]]:
    """spaCy's bag-of-words text classifier, trained and applied to the held-out sentences."""
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2, "no_output_layer": False}})
    for event in types:
        textcat.add_label(event)  # type: ignore[attr-defined]
    examples = [Example.from_dict(nlp.make_doc(s.text), {"cats": {t: float(t in s.labels) for t in types}}) for s in train]
    optimizer = nlp.initialize(lambda: examples)
    shuffler = random.Random(seed)
    for _ in range(max(settings.epochs // 3, 5)):
        shuffler.shuffle(examples)
        for batch in spacy.util.minibatch(examples, size=settings.batch_size):
            nlp.update(batch, sgd=optimizer)
    return [frozenset(t for t, p in doc.cats.items() if p >= THRESHOLD) for doc in nlp.pipe(s.text for s in heldout)]


def corpus_digest(sentences: Sequence[TrainingSentence]) -> str:
    digest = hashlib.sha256()
    for sentence in sentences:
        digest.update(f"{sentence.id}\t{sentence.text}\t{sorted(sentence.labels)}\n".encode())
    return digest.hexdigest()[:16]


@dataclass
class TrainingRun:
    model: EventTypeModel
    heldout: Scores
    compared: dict[str, Scores]
    train_size: int
    heldout_size: int


def train(corpus: Sequence[str | Path], settings: Settings | None = None, compare: bool = False) -> TrainingRun:
    """Fit the shipped design on the training part; score it (and, with ``compare``, spaCy's BOW) on the held-out part."""
    settings = settings or Settings()
    sentences = read_corpus(corpus)
    train_part, heldout_part = split(sentences)
    if not train_part or not heldout_part:
        counts = f"{len(train_part)} training and {len(heldout_part)} held-out sentences"
        raise ModelError(Errors.E902.format(problem=f"the corpus {list(map(str, corpus))} has {counts}; it needs both"))
    types = list(builtin_event_types())
    nlp = load_model()
    train_features = featurize(nlp, train_part)
    model = fit_parse_features(train_features, [s.labels for s in train_part], types, settings)
    heldout_labels = [s.labels for s in heldout_part]
    heldout_scores = score(heldout_labels, predict_parse_features(model, featurize(nlp, heldout_part)), types)
    compared = {}
    if compare:
        compared["spacy-bow"] = score(heldout_labels, spacy_bow(train_part, heldout_part, types, settings), types)
    model.meta.update({
        "corpus": corpus_digest(sentences), "train_sentences": len(train_part), "heldout_sentences": len(heldout_part),
        "heldout_macro_f1": round(heldout_scores.macro_f1, 4), "heldout_micro_f1": round(heldout_scores.micro_f1, 4),
    })
    return TrainingRun(model, heldout_scores, compared, len(train_part), len(heldout_part))
