"""Score the whole coder (rules and model) on the team's training corpus, by part.

``dyads eval --corpus training/sentences`` codes every sentence of the held-out part (or the
training part, or all) as one document and reports: event types per sentence (precision, recall,
F1 per type, micro and macro averages; an event that is negated does not count), the quad class
the sentence gets (the PLOVER type's quad, as the corpus labels it), and how often the source and target
of a gold event found with its type are the labelled words.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .coder import Coded, code_documents
from .evaluate_quad import QuadScores, score_quads
from .learn.corpus import TrainingSentence, read_corpus
from .learn.train import Scores, score
from .lexicons import builtin_event_types
from .records import Actor, Document, Event

PARTS = ("heldout", "train", "all")


@dataclass
class CorpusScores:
    part: str
    sentences: int
    types: Scores
    quads: QuadScores
    source_acc: float
    target_acc: float

    def report(self) -> str:
        return "\n".join([
            self.types.table(),
            f"corpus part={self.part} sentences={self.sentences} macro_f1={self.types.macro_f1:.3f} micro_f1={self.types.micro_f1:.3f} "
            f"quad_macro_f1(1-4)={self.quads.macro_f1_quads:.3f} source_acc={self.source_acc:.3f} target_acc={self.target_acc:.3f}",
        ])


def plover_class(events: Sequence[Event]) -> int:
    """The sentence's quad class as the corpus labels it (``training/GUIDE.md``): the PLOVER type's quad
    of its most confident event that is not negated, else 0."""
    standing = [e for e in events if not e.negated]
    return max(standing, key=lambda e: e.confidence).quad_class if standing else 0


def _names(actors: Sequence[Actor], spans: Sequence[str]) -> bool:
    """Whether one of the actors is one of the labelled spans (either text inside the other)."""
    return any(a.text and (a.text in span or span in a.text) for a in actors for span in spans)


def _arguments(sentences: Sequence[TrainingSentence], predicted: Sequence[list[Event]]) -> tuple[float, float]:
    sources = targets = source_right = target_right = 0
    for sentence, events in zip(sentences, predicted):
        for gold in (e for e in sentence.events if e.happened):
            found = [e for e in events if e.event == gold.event and not e.negated]
            if not found:
                continue
            if gold.source:
                sources += 1
                source_right += any(_names(e.source, gold.source) for e in found)
            if gold.target:
                targets += 1
                target_right += any(_names(e.target, gold.target) for e in found)
    return source_right / max(sources, 1), target_right / max(targets, 1)


def evaluate_corpus(paths: Sequence[str | Path], part: str = "heldout", n_process: int = 1, lexicon_dir: str | None = None,
                    event_model: bool = True) -> CorpusScores:
    """Code every sentence of one part of the corpus and score it (see the module docstring)."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, got {part!r}")
    sentences = [s for s in read_corpus(paths) if part == "all" or s.heldout == (part == "heldout")]
    documents = [Document(s.id, s.text) for s in sentences]
    coded: dict[str, list[Event]] = {}
    for result in code_documents(documents, n_process=n_process, lexicon_dir=lexicon_dir, event_model=event_model):
        if isinstance(result, Coded):
            coded[result.document.id] = result.events
    predicted = [coded.get(s.id, []) for s in sentences]  # a skipped sentence codes nothing
    types = score([s.labels for s in sentences], [frozenset(e.event for e in events if not e.negated) for events in predicted],
                  list(builtin_event_types()))
    quads = score_quads([(s.quad_class, plover_class(events)) for s, events in zip(sentences, predicted)])
    source_acc, target_acc = _arguments(sentences, predicted)
    return CorpusScores(part, len(sentences), types, quads, source_acc, target_acc)
