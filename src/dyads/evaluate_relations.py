"""Score relation extraction on a table of sentences (``dyads eval --relations FILE``).

The table is YAML: a list of ``{id, sentence, published, relations, kind, part}``, each relation
``{relation, subjects, object, value, according_to, polarity}`` (subjects and object as ISO
alpha-3 codes, organisations by short name; ``relations: []`` for a sentence that states none).
A relation found is right when its kind, its subjects (as a set), its object and its polarity are
those of one expected in the same sentence; precision is over the relations found, recall over
those expected. ``part`` (``train`` / ``heldout``) says which rows rules may be fitted on.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .coder import relations_in_text
from .errors import DyadsError, Errors
from .records import Actor, Relation
from .relations.sentence import actor_key

Key = tuple[str, frozenset[str], str | None, str]


@dataclass
class RelationScores:
    found: Counter[str] = field(default_factory=Counter)  # per kind
    expected: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    rows: int = 0
    misses: list[str] = field(default_factory=list)

    def precision(self, kind: str | None = None) -> float:
        found = self.found[kind] if kind else sum(self.found.values())
        right = self.right[kind] if kind else sum(self.right.values())
        return right / found if found else 0.0

    def recall(self, kind: str | None = None) -> float:
        expected = self.expected[kind] if kind else sum(self.expected.values())
        right = self.right[kind] if kind else sum(self.right.values())
        return right / expected if expected else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "precision": round(self.precision(), 3), "recall": round(self.recall(), 3),
                "kinds": {k: {"precision": round(self.precision(k), 3), "recall": round(self.recall(k), 3),
                              "expected": self.expected[k], "found": self.found[k]} for k in sorted(self.expected | self.found)}}

    def report(self, verbose: bool = False) -> str:
        lines = [f"rows: {self.rows}; relations expected {sum(self.expected.values())}, found {sum(self.found.values())}, "
                 f"right {sum(self.right.values())}; precision {self.precision():.3f}, recall {self.recall():.3f}",
                 f"{'kind':<22}{'P':>7}{'R':>7}{'exp':>6}{'found':>7}"]
        for kind in sorted(self.expected | self.found):
            lines.append(f"{kind:<22}{self.precision(kind):>7.2f}{self.recall(kind):>7.2f}{self.expected[kind]:>6}{self.found[kind]:>7}")
        if verbose:
            lines += self.misses
        return "\n".join(lines)


def evaluate_relations(path: str | Path, part: str = "heldout", lexicon_dir: str | None = None, model: bool = True) -> RelationScores:
    """Extract the relations of every row of the table (of ``part``: heldout, train or all) and score them; ``model``
    False for the rules alone.

    Raises:
        DyadsError: E119 when the table cannot be read or a row is malformed.
    """
    path = Path(path)
    try:
        rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DyadsError(Errors.E119.format(name=path, problem=exc)) from None
    scores = RelationScores()
    for row in rows or []:
        if part != "all" and row.get("part", "train") != part:
            continue
        try:
            published = row["published"].isoformat() if isinstance(row["published"], dt.date) else row.get("published")
            expected = [expected_key(r) for r in row["relations"]]
        except (KeyError, TypeError, AttributeError) as exc:
            raise DyadsError(Errors.E119.format(name=path, problem=f"row {row.get('id')!r}: {exc}")) from None
        found = relations_in_text(row["sentence"], published, lexicon_dir=lexicon_dir, model=model)
        score_row(scores, str(row.get("id")), row["sentence"], expected, found)
    return scores


def score_row(scores: RelationScores, row_id: str, sentence: str, expected: list[Key], found: list[Relation]) -> None:
    """Count one sentence's relations found against those expected into ``scores``."""
    scores.rows += 1
    remaining = list(expected)
    for relation in found:
        scores.found[relation.relation] += 1
        match = next((key for key in remaining if _matches(relation, key)), None)
        if match is not None:
            scores.right[relation.relation] += 1
            remaining.remove(match)
        else:
            key = (relation.relation, frozenset(actor_key(s) for s in relation.subjects),
                   actor_key(relation.object) if relation.object else None, relation.polarity)
            scores.misses.append(f"{row_id}: found {_show(key)} | {sentence}")
    for key in expected:
        scores.expected[key[0]] += 1
    scores.misses += [f"{row_id}: missed {_show(key)} | {sentence}" for key in remaining]


def actor_names(actor: Actor) -> set[str]:
    """Every name an expected value may give an actor by: its code, short name, full name or words."""
    return {n.casefold() for n in (actor.code, actor.org, actor.name, actor.text, actor.text.removeprefix("the ")) if n}


def _matches(relation: Relation, key: Key) -> bool:
    kind, subjects, obj, polarity = key
    if relation.relation != kind or relation.polarity != polarity or len(relation.subjects) != len(subjects):
        return False
    if (relation.object is None) != (obj is None) or (obj is not None and relation.object and obj.casefold() not in actor_names(relation.object)):
        return False
    wanted = {s.casefold() for s in subjects}
    return all(actor_names(s) & wanted for s in relation.subjects) and all(any(w in actor_names(s) for s in relation.subjects) for w in wanted)


def expected_key(relation: dict[str, Any]) -> Key:
    return (str(relation["relation"]), frozenset(str(s) for s in relation["subjects"]),
            str(relation["object"]) if relation.get("object") else None, str(relation.get("polarity") or "holds"))


def _show(key: Key) -> str:
    return f"{key[0]} {sorted(key[1])} -> {key[2]} ({key[3]})"
