"""Keeping one document's trouble to itself: a time budget, and the reason it is skipped.

A component that fails on a document sets ``doc._.dyads_error`` to the coded reason (from
``failure_reason``) instead of raising, so the other documents of the batch are coded.

The time budget is for the dyads stages on one document.

spaCy's own models cost time in proportion to a document's length, and the length is
capped (``max_chars``); the dyads stages that follow are plain Python over the parse, and
a document no one foresaw (a table of ten thousand names, one sentence pasted a thousand
times) must not hold up the run. The actors component starts the clock when it reaches a
document; the later stages check it between sentences and between events, and a document
over budget is skipped with E204.
"""
from __future__ import annotations

import time

from spacy.tokens import Doc

from ..errors import DocumentError, Errors


class OverBudget(DocumentError):
    """The dyads stages spent more than the document's time budget on it."""


def start_clock(doc: Doc) -> None:
    """Start the document's budget (``doc._.dyads_budget`` seconds; None or 0 is no limit)."""
    seconds = doc._.dyads_budget
    doc._.dyads_deadline = time.monotonic() + seconds if seconds else None


def check_clock(doc: Doc) -> None:
    """Raise ``OverBudget`` when the document has used up its time.

    Raises:
        OverBudget: E204, naming the document and the budget.
    """
    deadline = doc._.dyads_deadline
    if deadline is not None and time.monotonic() > deadline:
        raise OverBudget(Errors.E204.format(name=doc._.doc_id, seconds=doc._.dyads_budget))


def failure_reason(doc: Doc, stage: str, exc: Exception) -> str:
    """The coded reason a document is skipped for after ``stage`` raised ``exc``: its own
    message for a ``DocumentError`` (E204), else E202 with the stage and the exception."""
    if isinstance(exc, DocumentError):
        return str(exc)
    return Errors.E202.format(name=doc._.doc_id, problem=f"{stage}: {type(exc).__name__}: {exc}")
