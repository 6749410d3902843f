"""Synthetic coder results for the store tests: real records, no spaCy run."""
from __future__ import annotations

import datetime as dt
import hashlib

from dyads.coder import Coded
from dyads.records import Actor, Document, Event, Location

QUAD = {"AGREE": (1, "030", 4.0), "CONSULT": (1, "040", 1.0), "COOPERATE": (2, "060", 6.0), "ACCUSE": (3, "112", -2.0),
        "REQUEST": (3, "100", -5.0), "THREATEN": (3, "130", -4.4), "ASSAULT": (4, "190", -10.0), "SANCTION": (4, "160", -4.0)}


def make_event(doc_id: str, index: int, event: str, source: list[str], target: list[str], date: str | None,
               published: str | None = "2019-12-04", *, cameo: str | None = None, sentence: str | None = None,
               location: Location | None = None) -> Event:
    quad, default_cameo, goldstein = QUAD[event]
    key = f"{doc_id}|{index}|{event}|{source}|{target}|{cameo}"
    return Event(
        event_id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=doc_id, sentence_index=index,
        sentence=sentence or f"{' and '.join(source)} {event.lower()} {' and '.join(target)} ({doc_id} #{index}).",
        date=date, date_published=published, source=[Actor(c, c, "GOV") for c in source],
        target=[Actor(c, c, None) for c in target], event=event, mode="", cameo=cameo or default_cameo,
        quad_class=quad, goldstein=goldstein, trigger=event.lower(), location=location, confidence=0.8, why="test",
    )


def make_coded(doc_id: str, events: list[Event], published: dt.date | str | None = "2019-12-04", text: str | None = None,
               url: str | None = None) -> Coded:
    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    body = text or " ".join(e.sentence for e in events) or f"Nothing happened in {doc_id}."
    return Coded(Document(doc_id, body, day, f"Title {doc_id}", "By Test", url), events)

