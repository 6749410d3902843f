"""Score the coder on gold records in the format of PLOVER's gold-standard records.

The scoring follows ``shared/data/README.md``: event-type precision, recall and F1
(overall and per type, plus macro-F1), triple accuracy (type + a right source + a
right target), and source/target accuracy given the right type.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .coder import Coded, code_documents
from .errors import DyadsError, Errors
from .records import PLOVER_EVENTS, Document, Event

_OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def _event_name(name: str) -> str:
    name = (name or "").upper()
    return _OLD_NAMES.get(name, name)


def _code(code: str | None) -> str:
    code = (code or "").upper()
    if code.startswith("IGO"):
        return "IGO"
    if code.startswith("NGO"):
        return "NGO"
    return code[:3]


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    date: dt.date | None
    event: str
    source: frozenset[str]
    target: frozenset[str]
    also: frozenset[str]


_Record = TypeVar("_Record")


def read_labelled_lines(path: str | Path, parse: Callable[[Any, int], _Record], error: str) -> list[_Record]:
    """Read a JSON Lines file of labelled records, one ``parse(value, line_no)`` a non-blank line.

    Raises:
        DyadsError: ``error`` (a message with ``path``, ``line`` and ``problem``) for the first
            line that is not JSON or that ``parse`` refuses (a missing field, a wrong type, a value out of range).
    """
    records = []
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(parse(json.loads(line), line_no))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:  # AttributeError: a line that is no object
                raise DyadsError(error.format(path=path, line=line_no, problem=exc)) from exc
    return records


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Read gold records; a malformed line raises E701 with its file and line number."""
    return read_labelled_lines(path, _gold_record, Errors.E701)


def _gold_record(raw: Any, line_no: int) -> GoldRecord:
    date = dt.date.fromisoformat(raw["date"]) if raw.get("date") else None
    return GoldRecord(
        id=str(raw["id"]), text=raw["text"], date=date, event=_event_name(raw["event"]),
        source=frozenset(_code(c) for c in raw.get("source") or []),
        target=frozenset(_code(c) for c in raw.get("target") or []),
        also=frozenset(_event_name(e) for e in raw.get("other_events") or []),
    )


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    no_prediction: int = 0
    per_type: dict[str, dict[str, float]] = field(default_factory=dict)
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    macro_f1: float = 0.0
    triple: float = 0.0
    source_acc: float = 0.0
    target_acc: float = 0.0
    thirds: list[float] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_f1": round(self.f1, 4), "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "macro_f1": round(self.macro_f1, 4), "triple": round(self.triple, 4),
            "source_acc": round(self.source_acc, 4), "target_acc": round(self.target_acc, 4),
            "gold": self.gold, "predicted": self.predicted, "no_prediction": self.no_prediction,
            "confidence_thirds_precision": [round(x, 4) for x in self.thirds],
            "per_type": self.per_type,
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: list[GoldRecord], predictions: dict[str, list[Event]]) -> Scores:
    """Compare predicted events with gold records, matched by document id."""
    by_doc: dict[str, list[GoldRecord]] = defaultdict(list)
    for record in gold:
        by_doc[record.id].append(record)
    tp_pred: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    tp_gold: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    scores = Scores(gold=len(gold))
    triples = source_ok = target_ok = typed = 0
    ranked: list[tuple[float, bool]] = []
    for doc_id, records in by_doc.items():
        events = [e for e in predictions.get(doc_id, []) if not e.negated]
        accepted = {r.event for r in records} | {e for r in records for e in r.also}
        for predicted in events:
            correct = predicted.event in accepted
            n_pred[predicted.event] += 1
            tp_pred[predicted.event] += correct
            ranked.append((predicted.confidence, correct))
        if not events:
            scores.no_prediction += len(records)
        for record in records:
            n_gold[record.event] += 1
            same_type = [e for e in events if e.event == record.event]
            if not same_type:
                continue
            tp_gold[record.event] += 1
            typed += 1
            src = any({a.code for a in e.source} & record.source for e in same_type)
            tgt = not record.target or any({a.code for a in e.target} & record.target for e in same_type)
            source_ok += src
            target_ok += tgt
            triples += any(
                ({a.code for a in e.source} & record.source) and (not record.target or {a.code for a in e.target} & record.target)
                for e in same_type
            )
    scores.predicted = sum(n_pred.values())
    scores.precision = sum(tp_pred.values()) / scores.predicted if scores.predicted else 0.0
    scores.recall = sum(tp_gold.values()) / scores.gold if scores.gold else 0.0
    scores.f1 = _f1(scores.precision, scores.recall)
    f1s = []
    for event in PLOVER_EVENTS:
        if not n_gold[event] and not n_pred[event]:
            continue
        p = tp_pred[event] / n_pred[event] if n_pred[event] else 0.0
        r = tp_gold[event] / n_gold[event] if n_gold[event] else 0.0
        scores.per_type[event] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4),
                                  "gold": n_gold[event], "predicted": n_pred[event]}
        if n_gold[event]:
            f1s.append(_f1(p, r))
    scores.macro_f1 = sum(f1s) / len(f1s) if f1s else 0.0
    scores.triple = triples / scores.gold if scores.gold else 0.0
    scores.source_acc = source_ok / typed if typed else 0.0
    scores.target_acc = target_ok / typed if typed else 0.0
    ranked.sort(key=lambda item: -item[0])
    if len(ranked) >= 3:
        third = len(ranked) // 3
        parts = [ranked[:third], ranked[third: 2 * third], ranked[2 * third:]]
        scores.thirds = [sum(c for _, c in part) / len(part) for part in parts]
    return scores


def evaluate(
    path: str | Path, n_process: int = 1, lexicon_dir: str | None = None,
    dictionaries: tuple[tuple[str, str], ...] = (), builtin: bool = True, event_model: bool = True,
) -> Scores:
    """Code every gold record's text as one document and score the result."""
    gold = read_gold(path)
    documents: dict[str, Document] = {}
    for record in gold:
        documents.setdefault(record.id, Document(record.id, record.text, record.date))
    predictions: dict[str, list[Event]] = {}
    results = code_documents(documents.values(), n_process=n_process, lexicon_dir=lexicon_dir, dictionaries=dictionaries, builtin=builtin,
                             event_model=event_model)
    for result in results:
        if isinstance(result, Coded):
            predictions[result.document.id] = result.events
    return score(gold, predictions)


def format_report(scores: Scores) -> str:
    lines = [f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"]
    for event, row in sorted(scores.per_type.items()):
        lines.append(f"{event:<10} {row['precision']:>6.2f} {row['recall']:>6.2f} {row['f1']:>6.2f} {row['gold']:>5} {row['predicted']:>5}")
    if scores.thirds:
        lines.append("precision by confidence third (top, middle, bottom): " + ", ".join(f"{x:.2f}" for x in scores.thirds))
    lines.append(f"records={scores.gold} predicted_events={scores.predicted} records_without_prediction={scores.no_prediction}")
    lines.append(f"source_acc={scores.source_acc:.3f} target_acc={scores.target_acc:.3f} (given the right type)")
    lines.append(
        f"event_f1={scores.f1:.3f} precision={scores.precision:.3f} recall={scores.recall:.3f} "
        f"macro_f1={scores.macro_f1:.3f} triple={scores.triple:.3f}"
    )
    return "\n".join(lines)


