"""Sparse linear models over string features, fitted in numpy: what the event-type model and the
relation model share.

An example is the set of its features' rows in a weight matrix (a feature counts once); its scores are
the sum of those rows plus a bias. ``fit`` minimises the log loss of either one-vs-rest sigmoids (the
event types, several of which a sentence may report) or a softmax (the relation of a pair of actors,
one of several kinds or none) by minibatch Adam, in an order fixed by a seed, so the same examples give
the same weights. A model is saved as ``weights.npz`` (its arrays), ``features.json`` (the vocabulary, in
row order) and ``meta.json``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np


@dataclass(frozen=True)
class Adam:
    """How long and how fast to fit: epochs over the examples, step size, and examples a step."""

    epochs: int = 30
    learning_rate: float = 0.05
    batch_size: int = 32
    l2: float = 0.0  # a penalty on the squared weights, per example


def vocabulary(examples: Iterable[Iterable[str]], min_count: int = 1) -> list[str]:
    """The features seen in at least ``min_count`` examples, sorted (so the rows do not depend on the order seen)."""
    counts: dict[str, int] = {}
    for example in examples:
        for feature in set(example):
            counts[feature] = counts.get(feature, 0) + 1
    return sorted(f for f, n in counts.items() if n >= min_count)


def feature_rows(features: Iterable[str], index: dict[str, int]) -> np.ndarray:
    """The weight rows of the features ``index`` knows, each once."""
    return np.array(sorted({index[f] for f in features if f in index}), dtype=np.int64)


def sigmoid(logits: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-logits))


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def fit(rows: Sequence[np.ndarray], targets: np.ndarray, n_features: int, link: Literal["sigmoid", "softmax"], bias: np.ndarray,
        settings: Adam, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Weights ``(n_features, n_outputs)`` and bias fitted to ``targets`` (one row per example: 0/1 per output for
    sigmoids, a distribution over the outputs for a softmax), starting from ``bias``."""
    squash = sigmoid if link == "sigmoid" else softmax
    weights = np.zeros((n_features, targets.shape[1]))
    bias = bias.astype(np.float64).copy()
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias), np.zeros_like(bias)]
    beta1, beta2, step = 0.9, 0.999, 0
    rng = np.random.default_rng(seed)
    for _ in range(settings.epochs):
        order = rng.permutation(len(rows))
        for start in range(0, len(order), settings.batch_size):
            batch = order[start:start + settings.batch_size]
            grad_w = np.zeros_like(weights)
            grad_b = np.zeros_like(bias)
            for i in batch:
                # for both links the log loss's gradient on the scores is the prediction less the target
                error = squash(weights[rows[i]].sum(axis=0) + bias) - targets[i]
                np.add.at(grad_w, rows[i], error)
                grad_b += error
            grad_w /= len(batch)
            grad_b /= len(batch)
            if settings.l2:
                grad_w += settings.l2 * weights
            step += 1
            for param, grad, m, v in ((weights, grad_w, moments[0], moments[1]), (bias, grad_b, moments[2], moments[3])):
                m *= beta1
                m += (1 - beta1) * grad
                v *= beta2
                v += (1 - beta2) * grad * grad
                param -= settings.learning_rate * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + 1e-8)
    return weights, bias


def save(folder: Path, features: Sequence[str], arrays: dict[str, np.ndarray], meta: dict) -> None:
    """Save a model's vocabulary, its arrays (in float32) and its meta data in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(folder / "weights.npz", **{name: array.astype(np.float32) for name, array in arrays.items()})  # type: ignore[arg-type]
    (folder / "features.json").write_text(json.dumps(list(features)), encoding="utf-8")
    (folder / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def read(folder: Path) -> tuple[list[str], dict[str, np.ndarray], dict]:
    """``(features, arrays, meta)`` saved in ``folder``; raises OSError, ValueError or KeyError when they cannot be read."""
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    features = json.loads((folder / "features.json").read_text(encoding="utf-8"))
    with np.load(folder / "weights.npz") as saved:
        arrays = {name: saved[name] for name in saved.files}
    return features, arrays, meta
