"""Final events -> contract records (``dyads.records.Event``): formatting only, no decisions."""
from __future__ import annotations

import datetime as dt

from ..events import EventLexicon
from ..parse.headlines import as_written
from ..records import Document, Event
from ..resolve import FinalEvent


def to_records(finals: list[FinalEvent], document: Document, lexicon: EventLexicon) -> list[Event]:
    """The contract records of one document's final events, in order.

    Args:
        finals: what ``dyads.resolve.final_events`` decided.
        document: the document they come from (its id and publication date).
        lexicon: the event lexicon, for each CAMEO code's Goldstein value.
    """
    published = document.date_published
    return [
        Event(
            event_id=final.event_id, doc_id=document.id, sentence_index=final.sentence_index,
            sentence=as_written(final.candidate.sentence), date=_iso(final.when.date if final.when else None),
            date_precision=final.when.precision if final.when else None, date_published=published,
            source=final.source, target=final.target, event=final.candidate.event, mode=final.candidate.mode,
            cameo=final.candidate.cameo, quad_class=final.kind.quad_class,
            goldstein=lexicon.goldstein(final.candidate.cameo, final.candidate.event),
            trigger=final.candidate.trigger_text, negated=final.candidate.negated, speaker=final.speaker,
            location=final.location, confidence=final.confidence, why="; ".join(final.why),
        )
        for final in finals
    ]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
