"""``dyads train --relations``: fit the relation model on the team's relation corpus, deterministically, and score it.

The corpus is YAML files of rows in the relation tables' format (``training/relations/GUIDE.md``). A row
is held out when the SHA-256 of its id says so (``learn.corpus.is_heldout``, as for the event corpus);
rows that carry ``part: train`` (the train parts of the team's test tables) are always fitted on, and rows
with any other ``part`` are never read, so no test table's held-out row can reach the model.

Every sentence goes through the coder's own pipeline (so the candidates are the actors the coder finds);
each ordered pair of actors is labelled with the kind the row gives it, or ``none``. The kind classifier
is fitted on all pairs, the polarity classifier on the pairs that stand in a relation. On the held-out
part the rules with the model are scored at every threshold, and the threshold kept is the one with the
best recall at a precision of 0.90, or of the rules' own precision there less a point where that is lower (else
the one with the best precision): the model is to add recall, not trade the rules' precision for it. The
polarity is the classifier's or the
rules' reading, whichever is right more often there. The model vetoes the rules' relations it finds unlikely only
where that raises precision both there and on the test tables' train rows and keeps those rows' recall; and it adds relations only where, at the
threshold chosen, it does not lower the precision of either table's train rows (else the threshold is None: it adds none).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from spacy.tokens import Doc

from ..errors import DyadsError, Errors, ModelError
from ..evaluate_relations import Key, RelationScores, actor_names, expected_key, score_row
from ..relations.extract import find_relations
from ..relations.kinds import KINDS, RelationKinds, load_relation_kinds
from ..relations.model import NONE, PAIR_KINDS, POLARITIES, Candidate, Cues, RelationModel, candidates, pair_features, pair_type, trigger
from ..relations.polarity import polarity_of
from . import linear
from .corpus import corpus_files, is_heldout

SEED = 13
TARGET_PRECISION = 0.90
PRECISION_TOLERANCE = 0.01
THRESHOLDS = (*(round(0.05 * n, 2) for n in range(4, 20)), 0.97, 0.98, 0.99)  # 0.20, 0.25 ... 0.95, then finer
VETOES = (None, 0.02, 0.05, 0.1, 0.2)


@dataclass(frozen=True)
class Settings:
    """The fit: Adam's epochs, step, batch and L2 penalty, and the count from which a feature enters the vocabulary.
    Chosen on an inner split of the training part (never the held-out part): without the penalty the model learns
    its training pairs almost perfectly and proposes too much on new sentences."""

    epochs: int = 20
    learning_rate: float = 0.05
    batch_size: int = 32
    min_count: int = 2
    l2: float = 1e-3


@dataclass(frozen=True)
class RelationRow:
    id: str
    sentence: str
    published: str | None
    relations: tuple[dict[str, Any], ...]
    origin: str  # "file: row N (id)", for messages
    fitted_only: bool  # a train row of a test table: fitted on, never held out
    source: str = ""  # the file

    @property
    def heldout(self) -> bool:
        return not self.fitted_only and is_heldout(self.id)

    @property
    def expected(self) -> list[Key]:
        return [expected_key(r) for r in self.relations]


_SYMMETRIC = frozenset({"ally", "strategic_partner", "at_war_with", "diplomatic_relations"})


def read_relation_corpus(paths: Iterable[str | Path]) -> list[RelationRow]:
    """Every row of the corpus files, checked against the guide.

    Raises:
        DyadsError: E904 naming the file and the row (its number and id) of the first malformed row.
    """
    rows: list[RelationRow] = []
    seen: dict[str, str] = {}
    try:
        files = corpus_files(paths, ".yml")
    except FileNotFoundError as missing:
        raise DyadsError(Errors.E904.format(origin=missing, problem="no such file or folder")) from None
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise DyadsError(Errors.E904.format(origin=path, problem=f"not readable YAML ({exc})")) from None
        if not isinstance(data, list):
            raise DyadsError(Errors.E904.format(origin=path, problem="not a YAML list of rows"))
        for number, raw in enumerate(data, 1):
            origin = f"{path}: row {number}" + (f" ({raw.get('id')})" if isinstance(raw, dict) and raw.get("id") else "")
            if not isinstance(raw, dict):
                raise DyadsError(Errors.E904.format(origin=origin, problem="not a mapping"))
            part = raw.get("part")
            if part is not None and part != "train":
                continue  # a test table's held-out row: never read
            row = _row(raw, origin, fitted_only=part == "train", source=str(path))
            if row.id in seen:
                raise DyadsError(Errors.E904.format(origin=origin, problem=f"id {row.id!r} already used at {seen[row.id]}"))
            seen[row.id] = origin
            rows.append(row)
    return rows


def _row(raw: dict[str, Any], origin: str, fitted_only: bool, source: str) -> RelationRow:
    def bad(problem: str) -> DyadsError:
        return DyadsError(Errors.E904.format(origin=origin, problem=problem))

    if not isinstance(raw.get("id"), str) or not raw["id"]:
        raise bad("'id' is missing or not a string")
    if not isinstance(raw.get("sentence"), str) or not raw["sentence"].strip():
        raise bad("'sentence' is missing or not a string")
    published = raw.get("published")
    if published is not None and not isinstance(published, dt.date):
        raise bad(f"'published' {published!r} is not a date YYYY-MM-DD")
    relations = raw.get("relations")
    if not isinstance(relations, list):
        raise bad("'relations' is missing or not a list ([] for a sentence that states none)")
    for relation in relations:
        if not isinstance(relation, dict):
            raise bad("a relation is not a mapping")
        kind = relation.get("relation")
        if kind not in KINDS:
            raise bad(f"relation {kind!r} is not one of {', '.join(KINDS)}")
        if relation.get("polarity", "holds") not in POLARITIES:
            raise bad(f"{kind} polarity {relation.get('polarity')!r} is not one of {', '.join(POLARITIES)}")
        subjects = relation.get("subjects")
        if not isinstance(subjects, list) or not subjects or not all(isinstance(s, str) and s for s in subjects):
            raise bad(f"{kind} subjects must be a non-empty list of codes")
        obj = relation.get("object")
        if obj is not None and not isinstance(obj, str):
            raise bad(f"{kind} object {obj!r} is not a code")
        if kind in _SYMMETRIC and (obj is not None or len(subjects) < 2):
            raise bad(f"{kind} is symmetric: every side in subjects, object null")
    return RelationRow(raw["id"], raw["sentence"], published.isoformat() if published else None, tuple(relations), origin, fitted_only, source)


def _matches(names: set[str], code: str) -> bool:
    """Whether a row's code names the actor with ``names`` (``actor_names``: its code, short name, name, words)."""
    return code.casefold() in names


def pair_labels(candidate: Candidate, relations: Sequence[dict[str, Any]]) -> tuple[list[str], str | None]:
    """The kinds a row gives a candidate pair (none: ``[]``), with the polarity of the first."""
    first, second = actor_names(candidate.first.actor), actor_names(candidate.second.actor)
    kinds: list[str] = []
    polarity = None
    for relation in relations:
        kind = relation["relation"]
        if kind not in PAIR_KINDS:
            continue
        subjects = [str(s) for s in relation["subjects"]]
        obj = relation.get("object")
        if kind in _SYMMETRIC:
            hit = any(_matches(first, s) for s in subjects) and any(_matches(second, s) for s in subjects) and not any(
                _matches(first, s) and _matches(second, s) for s in subjects)
        else:
            hit = obj is not None and _matches(second, str(obj)) and any(_matches(first, s) for s in subjects)
        if hit and kind not in kinds:
            kinds.append(kind)
            polarity = polarity or str(relation.get("polarity") or "holds")
    return kinds, polarity


@dataclass
class Examples:
    """The candidate pairs of some rows: features, label distributions, polarities, and the rows they come from."""

    features: list[list[str]] = field(default_factory=list)
    labels: list[list[str]] = field(default_factory=list)
    polarities: list[str | None] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


def examples(docs: Sequence[Doc], rows: Sequence[RelationRow], kinds: RelationKinds) -> Examples:
    cues = Cues(kinds)
    found = Examples()
    for doc, row in zip(docs, rows):
        ruled = find_relations(doc, row.id, row.published, kinds)
        for index, sent in enumerate(doc.sents):
            in_sentence = [r for r in ruled if r.sentence_index == index]
            for candidate in candidates(sent, doc._.actors or []):
                labels, polarity = pair_labels(candidate, row.relations)
                found.features.append(pair_features(candidate, cues, in_sentence))
                found.labels.append(labels)
                found.polarities.append(polarity)
                found.candidates.append(candidate)
    return found


def fit(train: Examples, settings: Settings, seed: int = SEED, meta: dict | None = None) -> RelationModel:
    """The kind and polarity classifiers, fitted on the training pairs in an order fixed by ``seed``."""
    labels = [NONE, *PAIR_KINDS]
    vocabulary = linear.vocabulary(train.features, settings.min_count)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [linear.feature_rows(f, index) for f in train.features]
    targets = np.zeros((len(rows), len(labels)))
    for n, kinds in enumerate(train.labels):
        for kind in kinds or [NONE]:
            targets[n, labels.index(kind)] = 1.0 / max(len(kinds), 1)  # a pair in two relations counts half for each
    adam = linear.Adam(settings.epochs, settings.learning_rate, settings.batch_size, settings.l2)
    weights, bias = linear.fit(rows, targets, len(vocabulary), "softmax", np.zeros(len(labels)), adam, seed)
    related = [n for n, polarity in enumerate(train.polarities) if polarity is not None]
    polarity_targets = np.zeros((len(related), len(POLARITIES)))
    for m, n in enumerate(related):
        polarity_targets[m, POLARITIES.index(str(train.polarities[n]))] = 1.0
    polarity_weights, polarity_bias = linear.fit([rows[n] for n in related], polarity_targets, len(vocabulary), "softmax",
                                                 np.zeros(len(POLARITIES)), adam, seed)
    arrays = {"weights": weights, "bias": bias, "polarity_weights": polarity_weights, "polarity_bias": polarity_bias}
    kind_types: dict[str, set[str]] = {}
    for kinds, candidate in zip(train.labels, train.candidates):
        for kind in kinds:
            kind_types.setdefault(kind, set()).add(pair_type(candidate))
    settings_meta = {"labels": labels, "polarities": list(POLARITIES), "seed": seed, "settings": asdict(settings), "polarity": "model",
                     "threshold": 0.5, "veto": None, "kind_types": {kind: sorted(types) for kind, types in sorted(kind_types.items())}}
    return RelationModel(vocabulary, {k: v.astype(np.float32) for k, v in arrays.items()}, {**settings_meta, **(meta or {})})


def polarity_accuracy(model: RelationModel, heldout: Examples, kinds: RelationKinds) -> dict[str, float]:
    """How often each source of polarity (the classifier, the rules at the trigger word) is right on held-out related pairs."""
    cues = Cues(kinds)
    right = {"model": 0, "rules": 0}
    total = 0
    for features, labels, polarity, candidate in zip(heldout.features, heldout.labels, heldout.polarities, heldout.candidates):
        if polarity is None:
            continue
        total += 1
        rows = model.rows(features)
        right["model"] += model.polarities[int(np.argmax(model.polarity_probabilities(rows)))] == polarity
        right["rules"] += polarity_of(trigger(candidate, labels[0], cues), kinds) == polarity
    return {source: n / total if total else 0.0 for source, n in right.items()}


def score_system(docs: Sequence[Doc], rows: Sequence[RelationRow], kinds: RelationKinds, model: RelationModel | None) -> RelationScores:
    """The rules (with ``model`` where given) scored on some rows, as ``dyads eval --relations`` scores a table."""
    scores = RelationScores()
    for doc, row in zip(docs, rows):
        found = find_relations(doc, row.id, row.published, kinds, model=model)
        score_row(scores, row.id, row.sentence, row.expected, found)
    return scores


def corpus_digest(rows: Sequence[RelationRow]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        expected = sorted((kind, sorted(subjects), obj or "", polarity) for kind, subjects, obj, polarity in row.expected)
        digest.update(f"{row.id}\t{row.sentence}\t{expected}\t{row.fitted_only}\n".encode())
    return digest.hexdigest()[:16]


@dataclass
class RelationTrainingRun:
    model: RelationModel
    rules: RelationScores  # the rules alone on the held-out part
    combined: RelationScores  # the rules with the model at its threshold
    curve: list[tuple[float, float, float]]  # (threshold, precision, recall) on the held-out part
    vetoes: dict[float | None, tuple[float, float]]  # veto -> (precision, recall) on the held-out part, at the threshold
    vetoes_on_tables: dict[float | None, dict[str, float]]  # veto -> precision on each test table's train rows
    polarity: dict[str, float]
    train_rows: int
    heldout_rows: int


def _f_half(p: float, r: float) -> float:
    """F0.5: precision weighs more than recall, as the issue asks for precision first."""
    return 1.25 * p * r / (0.25 * p + r) if p + r else 0.0


def parse(rows: Sequence[RelationRow]) -> list[Doc]:
    """Each row's sentence through the coder's pipeline (actors and all), as ``dyads code`` would read it (a headline in
    title case in sentence case)."""
    from ..coder import headline_case
    from ..parse.headlines import make_doc
    from ..pipeline import load_pipeline

    nlp = load_pipeline()
    case = headline_case(nlp)
    return list(nlp.pipe((make_doc(nlp, row.sentence, case) for row in rows), batch_size=64))


def train_relations(corpus: Sequence[str | Path], settings: Settings | None = None, seed: int = SEED) -> RelationTrainingRun:
    """Fit on the training part, choose the threshold and the polarity's source on the held-out part, and score."""
    settings = settings or Settings()
    rows = read_relation_corpus(corpus)
    train_rows = [r for r in rows if not r.heldout]
    heldout_rows = [r for r in rows if r.heldout]
    if not train_rows or not heldout_rows:
        counts = f"{len(train_rows)} training and {len(heldout_rows)} held-out rows"
        raise ModelError(Errors.E902.format(problem=f"the relation corpus {list(map(str, corpus))} has {counts}; it needs both"))
    kinds = load_relation_kinds(None)
    docs = parse(rows)
    train_docs = [d for d, r in zip(docs, rows) if not r.heldout]
    heldout_docs = [d for d, r in zip(docs, rows) if r.heldout]
    meta = {"corpus": corpus_digest(rows), "train_rows": len(train_rows), "heldout_rows": len(heldout_rows)}
    model = fit(examples(train_docs, train_rows, kinds), settings, seed, meta)
    polarity = polarity_accuracy(model, examples(heldout_docs, heldout_rows, kinds), kinds)
    model = model.with_settings(polarity="model" if polarity["model"] >= polarity["rules"] else "rules")
    rules = score_system(heldout_docs, heldout_rows, kinds, None)
    curve = []
    for threshold in THRESHOLDS:
        scores = score_system(heldout_docs, heldout_rows, kinds, model.with_settings(threshold=threshold))
        curve.append((threshold, scores.precision(), scores.recall()))
    # the issue asks for precision first: the model may add recall, not lower the rules' precision (by more than a point)
    floor = min(TARGET_PRECISION, rules.precision() - PRECISION_TOLERANCE)
    precise = [point for point in curve if point[1] >= floor]
    chosen = max(precise, key=lambda p: (p[2], p[1], -p[0])) if precise else max(curve, key=lambda p: (p[1], p[2]))
    # the test tables' train rows, which the rules were fitted on: what the model adds, and a veto, must not lower the
    # precision of any table's train rows (sentences of other writers than the corpus's)
    tables = {table: ([r for r in rows if r.fitted_only and r.source == table], [d for d, r in zip(docs, rows) if r.fitted_only and r.source == table])
              for table in sorted({r.source for r in rows if r.fitted_only})}

    def scores_on_tables(system: RelationModel | None) -> dict[str, RelationScores]:
        return {table: score_system(table_docs, table_rows, kinds, system) for table, (table_rows, table_docs) in tables.items()}

    rules_on_tables = scores_on_tables(None)
    at_threshold = scores_on_tables(model.with_settings(threshold=chosen[0]))
    adds = all(at_threshold[table].precision() >= rules_on_tables[table].precision() for table in tables)
    model = model.with_settings(threshold=chosen[0] if adds else None)
    heldout_by_veto: dict[float | None, RelationScores] = {}
    tables_by_veto: dict[float | None, dict[str, RelationScores]] = {}
    for veto in VETOES:
        vetoed = model.with_settings(veto=veto)
        heldout_by_veto[veto] = score_system(heldout_docs, heldout_rows, kinds, vetoed)
        tables_by_veto[veto] = scores_on_tables(vetoed)
    # a veto is to drop the rules' wrong relations, not their right ones: it must keep the tables' train recall
    raising = [v for v in VETOES if v is not None and heldout_by_veto[v].precision() > heldout_by_veto[None].precision()
               and all(tables_by_veto[v][table].precision() > tables_by_veto[None][table].precision()
                       and tables_by_veto[v][table].recall() >= rules_on_tables[table].recall() for table in tables)]
    veto = max(raising, key=lambda v: _f_half(heldout_by_veto[v].precision(), heldout_by_veto[v].recall())) if raising else None
    model = model.with_settings(veto=veto)
    combined = heldout_by_veto[veto]
    vetoes = {v: (scores.precision(), scores.recall()) for v, scores in heldout_by_veto.items()}
    on_tables = {v: {table: scores.precision() for table, scores in by_table.items()} for v, by_table in tables_by_veto.items()}
    model.meta.update({
        "polarity_accuracy": {k: round(v, 4) for k, v in polarity.items()},
        "heldout_rules": {"precision": round(rules.precision(), 4), "recall": round(rules.recall(), 4)},
        "chosen_threshold": chosen[0], "tables_train_precision_rules": {Path(t).name: round(q.precision(), 4) for t, q in rules_on_tables.items()},
        "heldout": {"precision": round(combined.precision(), 4), "recall": round(combined.recall(), 4)},
        "heldout_by_veto": {str(v): {"precision": round(p, 4), "recall": round(r, 4),
                                     "tables_train_precision": {Path(t).name: round(q, 4) for t, q in on_tables[v].items()}}
                            for v, (p, r) in vetoes.items()},
    })
    return RelationTrainingRun(model, rules, combined, curve, vetoes, on_tables, polarity, len(train_rows), len(heldout_rows))
