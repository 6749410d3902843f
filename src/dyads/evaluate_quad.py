"""Score the coder on sentences labelled with a CAMEO quad class (0 statement, 1-4 the quads).

Each sentence's events become one class, as ``shared/data/README.md`` says: no event -> 0; an
event whose CAMEO code starts with 01 or 02 (statements) -> 0; otherwise the class the data gives
its CAMEO root (03-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
material conflict); where a sentence has several events, the most confident one decides. Reported: accuracy, macro-F1
over classes 1-4 (and 0-4), per-class precision/recall/F1 and the confusion matrix.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .coder import Coded, code_documents
from .errors import Errors
from .evaluate import read_labelled_lines
from .records import Document, Event

CLASSES = (0, 1, 2, 3, 4)
QUADS = (1, 2, 3, 4)


@dataclass(frozen=True)
class QuadRecord:
    id: str
    text: str
    quad_class: int


def read_quad_file(path: str | Path) -> list[QuadRecord]:
    """Read ``{"id", "text", "quad_class"}`` lines; a malformed line raises E704 with its file and line."""
    return read_labelled_lines(path, _quad_record, Errors.E704)


def _quad_record(raw: Any, line_no: int) -> QuadRecord:
    quad = raw["quad_class"]
    if not isinstance(quad, int) or isinstance(quad, bool) or quad not in CLASSES:
        raise ValueError(f"quad_class must be 0-4, got {quad!r}")
    if not isinstance(raw["text"], str) or not raw["text"].strip():
        raise ValueError("`text` must be a non-empty string")
    return QuadRecord(str(raw.get("id", line_no)), raw["text"], quad)


# The class of each CAMEO root, as the quad-class data defines its classes (shared/data/README.md):
# 01-02 statements, 03-05 verbal and 06-08 material cooperation, 09-13 verbal and 14-20 material conflict.
# A PLOVER type's own quad can differ (the PLOVER manual counts CONCEDE, CAMEO 08, as verbal).
CAMEO_ROOT_CLASS = {f"{root:02d}": (0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4) for root in range(1, 21)}


def sentence_class(events: list[Event]) -> int:
    """The one class a sentence's events give (see the module docstring); negated events do not count."""
    standing = [e for e in events if not e.negated]
    if not standing:
        return 0
    best = max(standing, key=lambda e: e.confidence)
    return CAMEO_ROOT_CLASS.get(best.cameo[:2], best.quad_class)


@dataclass
class QuadScores:
    sentences: int = 0
    accuracy: float = 0.0
    macro_f1_quads: float = 0.0  # classes 1-4
    macro_f1_all: float = 0.0  # classes 0-4
    per_class: dict[int, dict[str, float]] = field(default_factory=dict)
    confusion: dict[int, dict[int, int]] = field(default_factory=dict)  # gold -> predicted -> count

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences, "accuracy": round(self.accuracy, 4),
            "macro_f1_quads": round(self.macro_f1_quads, 4), "macro_f1_all": round(self.macro_f1_all, 4),
            "per_class": {str(c): row for c, row in self.per_class.items()},
            "confusion": {str(g): {str(p): n for p, n in row.items()} for g, row in self.confusion.items()},
        }


def score_quads(pairs: list[tuple[int, int]]) -> QuadScores:
    """Score ``(gold, predicted)`` class pairs."""
    scores = QuadScores(sentences=len(pairs))
    scores.accuracy = sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0
    gold, predicted, right = Counter(g for g, _ in pairs), Counter(p for _, p in pairs), Counter(g for g, p in pairs if g == p)
    f1s: dict[int, float] = {}
    for quad in CLASSES:
        precision = right[quad] / predicted[quad] if predicted[quad] else 0.0
        recall = right[quad] / gold[quad] if gold[quad] else 0.0
        f1s[quad] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.per_class[quad] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1s[quad], 4),
                                  "gold": gold[quad], "predicted": predicted[quad]}
        scores.confusion[quad] = {p: sum(1 for g, q in pairs if g == quad and q == p) for p in CLASSES}
    present_quads = [q for q in QUADS if gold[q]]
    present_all = [q for q in CLASSES if gold[q]]
    scores.macro_f1_quads = sum(f1s[q] for q in present_quads) / len(present_quads) if present_quads else 0.0
    scores.macro_f1_all = sum(f1s[q] for q in present_all) / len(present_all) if present_all else 0.0
    return scores


def evaluate_quads(path: str | Path, n_process: int = 1, lexicon_dir: str | None = None, event_model: bool = True) -> QuadScores:
    """Code every sentence of a quad-class file as one document and score the classes it gets."""
    records = read_quad_file(path)
    documents = [Document(f"{n}:{record.id}", record.text) for n, record in enumerate(records)]
    predicted: dict[str, int] = {}
    for result in code_documents(documents, n_process=n_process, lexicon_dir=lexicon_dir, event_model=event_model):
        if isinstance(result, Coded):
            predicted[result.document.id] = sentence_class(result.events)
    # a sentence the coder skipped codes no event: class 0
    return score_quads([(record.quad_class, predicted.get(document.id, 0)) for record, document in zip(records, documents)])


def format_quad_report(scores: QuadScores) -> str:
    lines = [f"{'class':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}   confusion (gold row, predicted 0-4)"]
    for quad in CLASSES:
        row = scores.per_class[quad]
        confusion = " ".join(f"{scores.confusion[quad][p]:>4}" for p in CLASSES)
        lines.append(f"{quad:<6} {row['precision']:>6.2f} {row['recall']:>6.2f} {row['f1']:>6.2f} {row['gold']:>5} {row['predicted']:>5}   {confusion}")
    lines.append(
        f"sentences={scores.sentences} accuracy={scores.accuracy:.3f} "
        f"macro_f1(1-4)={scores.macro_f1_quads:.3f} macro_f1(0-4)={scores.macro_f1_all:.3f}"
    )
    return "\n".join(lines)
