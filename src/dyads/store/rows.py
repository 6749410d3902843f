"""Coder results as rows of the store's tables (plain dicts; no database here)."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..records import Actor, Document, Event, Skipped
from .dedup import actor_key

CODED, SKIPPED = "coded", "skipped"


def content_hash(document: Document) -> str:
    """sha256 of the text and publication date: what decides whether a document changed."""
    published = document.date_published.isoformat() if document.date_published else ""
    return hashlib.sha256(f"{published}\n{document.text}".encode()).hexdigest()


@dataclass
class BatchRows:
    """The rows one batch of coder results adds, table by table."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)

    def keep(self, doc_ids: set[str]) -> BatchRows:
        """Only the rows of the documents in ``doc_ids``."""
        mentions = [m for m in self.mentions if m["doc_id"] in doc_ids]
        event_ids = {m["event_id"] for m in mentions}
        return BatchRows(
            [d for d in self.documents if d["doc_id"] in doc_ids],
            [s for s in self.sentences if s["doc_id"] in doc_ids],
            mentions,
            [a for a in self.actors if a["event_id"] in event_ids],
        )


def document_row(
    document: Document | Skipped, *, status: str, reason: str | None, digest: str | None,
    body: str | None, coded_at: dt.datetime, coder: str,
) -> dict[str, Any]:
    """The ``documents`` row of a coded or skipped document."""
    url = getattr(document, "url", None)
    return {
        "doc_id": document.id, "content_hash": digest, "title": document.title,
        "byline": getattr(document, "byline", None), "url": url,
        "outlet": (urlsplit(url).hostname or None) if url else None,
        "date_published": document.date_published, "body": body, "status": status, "reason": reason,
        "coded_at": coded_at, "coder": coder,
    }


def add_events(rows: BatchRows, events: list[Event], added_at: dt.datetime) -> None:
    """Append the sentence, mention and actor rows of one document's events to ``rows``."""
    seen_sentences: set[tuple[str, int]] = set()
    for event in events:
        if (event.doc_id, event.sentence_index) not in seen_sentences:
            seen_sentences.add((event.doc_id, event.sentence_index))
            rows.sentences.append({"doc_id": event.doc_id, "sentence_index": event.sentence_index, "text": event.sentence})
        location = event.location
        rows.mentions.append({
            "event_id": event.event_id, "story_id": event.event_id, "doc_id": event.doc_id,
            "sentence_index": event.sentence_index, "date": _day(event.date), "date_published": _day(event.date_published),
            "date_precision": event.date_precision,
            "event": event.event, "mode": event.mode or "", "cameo": event.cameo, "cameo_root": event.cameo[:2],
            "quad_class": event.quad_class, "goldstein": event.goldstein,
            "source_key": actor_key(a.code for a in event.source), "target_key": actor_key(a.code for a in event.target),
            "trigger": event.trigger, "negated": event.negated, "confidence": event.confidence, "why": event.why,
            "location_name": location.name if location else None,
            "location_country": location.country if location else None,
            "lat": location.lat if location else None, "lon": location.lon if location else None,
            "location_text": location.text if location else None, "added_at": added_at,
        })
        sides: list[tuple[str, list[Actor]]] = [("source", event.source), ("target", event.target)]
        if event.speaker is not None:
            sides.append(("speaker", [event.speaker]))
        for role, actors in sides:
            for position, actor in enumerate(actors):
                rows.actors.append({
                    "event_id": event.event_id, "role": role, "position": position, "text": actor.text,
                    "code": actor.code, "sector": actor.sector, "name": actor.name, "org": actor.org,
                })


def _day(value: dt.date | str | None) -> dt.date | None:
    if isinstance(value, dt.date):  # Event.date_published is a date already
        return value
    return dt.date.fromisoformat(value) if value else None
