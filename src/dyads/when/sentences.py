"""The day a sentence gives for its event: the date expression nearest the trigger."""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from ..parse.entities import entities_in
from .dates import resolve_date


def sentence_date(sent: Span, trigger_i: int, published: dt.date | None) -> dt.date | None:
    """The day the sentence gives for its event: the resolvable DATE nearest the trigger."""
    best: tuple[int, dt.date] | None = None
    for ent in entities_in(sent):
        if ent.label_ != "DATE":
            continue
        day = resolve_date(ent.text, published)
        if day is None:
            continue
        distance = min(abs(ent.start - trigger_i), abs(ent.end - 1 - trigger_i))
        if best is None or distance < best[0]:
            best = (distance, day)
    return best[1] if best else None
