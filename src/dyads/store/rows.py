"""Coder results as rows of the store's tables (plain dicts; no database here)."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..records import Actor, Document, Event, Relation, Skipped
from .dedup import actor_key, text_key

CODED, SKIPPED = "coded", "skipped"


def content_hash(document: Document) -> str:
    """sha256 of the text and publication date: what decides whether a document changed."""
    published = document.date_published.isoformat() if document.date_published else ""
    return hashlib.sha256(f"{published}\n{document.text}".encode()).hexdigest()


@dataclass(frozen=True)
class CodedWith:
    """What coded a document, as each ``documents`` row records it beside the dyads version.

    ``lexicon_hash``: sha256 of the lexicon files (and imported dictionaries) in use;
    ``model_hash``: sha256 of the learned models' files (the event-type model's, then the relation model's, which
    codes with it), None when coding by the rules alone.
    """

    lexicon_hash: str
    model_hash: str | None


# the shipped event-type and relation models (dyads/models/...), named here so the store need not import spaCy
_MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "event_types"
_RELATION_MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "relations"


def coded_with(lexicon_dir: str | None = None, dictionaries: tuple[tuple[str, str], ...] = (), builtin: bool = True,
               event_model: bool = True, event_model_dir: str | None = None) -> CodedWith:
    """The hashes of what ``code_documents`` codes with, given the same arguments it was given."""
    from ..lexicons import LEXICON_DIR

    folder = Path(lexicon_dir) if lexicon_dir else LEXICON_DIR
    lexicons = hashlib.sha256(_folder_hash(folder.resolve()).encode())
    lexicons.update(b"builtin" if builtin else b"no builtin")
    for kind, path in dictionaries:
        lexicons.update(f"\0{kind}\0".encode() + Path(path).read_bytes())
    model = None
    if event_model:
        models = _folder_hash((Path(event_model_dir) if event_model_dir else _MODEL_DIR).resolve()) + _folder_hash(_RELATION_MODEL_DIR)
        model = hashlib.sha256(models.encode()).hexdigest()
    return CodedWith(lexicons.hexdigest(), model)


def _folder_hash(folder: Path) -> str:
    """sha256 over the relative path and content of every data file under ``folder`` (code and caches left out)."""
    digest = hashlib.sha256()
    files: Iterable[Path] = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc"))
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass
class BatchRows:
    """The rows one batch of coder results adds, table by table."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)  # relation_sources rows

    def keep(self, doc_ids: set[str]) -> BatchRows:
        """Only the rows of the documents in ``doc_ids``."""
        mentions = [m for m in self.mentions if m["doc_id"] in doc_ids]
        event_ids = {m["event_id"] for m in mentions}
        return BatchRows(
            [d for d in self.documents if d["doc_id"] in doc_ids],
            [s for s in self.sentences if s["doc_id"] in doc_ids],
            mentions,
            [a for a in self.actors if a["event_id"] in event_ids],
            [r for r in self.relations if r["doc_id"] in doc_ids],
        )


def document_row(
    document: Document | Skipped, *, status: str, reason: str | None, digest: str | None,
    body: str | None, coded_at: dt.datetime, coder: str, coded_by: CodedWith | None = None,
) -> dict[str, Any]:
    """The ``documents`` row of a coded or skipped document (``coded_by``: for a coded one)."""
    url = getattr(document, "url", None)
    return {
        "doc_id": document.id, "content_hash": digest, "title": document.title,
        "byline": getattr(document, "byline", None), "url": url,
        "outlet": (urlsplit(url).hostname or None) if url else None,
        "date_published": document.date_published, "body": body, "status": status, "reason": reason,
        "coded_at": coded_at, "coder": coder, "text_key": text_key(body) if body else None,
        "duplicate_of": None, "similarity": None,  # set by duck.mark_copies
        "lexicon_hash": coded_by.lexicon_hash if coded_by else None, "model_hash": coded_by.model_hash if coded_by else None,
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
            "trigger": event.trigger, "negated": event.negated,
            # as the event record has it (3 decimals), so that events stored from files (dyads load) are the same
            "confidence": round(event.confidence, 3), "why": event.why,
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


# organisations are known by their short name (CSTO), states and others by their code
_ORGANISATION_CODES = {"IGO", "NGO", "IMG"}


def relation_actor_key(actor: Actor) -> str | None:
    """How a side of a standing relation is named in the store: an organisation's short name
    (``CSTO``), a breakaway entity's name (``REPUBLIC OF ABKHAZIA``), else the actor code (``ARM``),
    else the text; upper case."""
    if actor.code in _ORGANISATION_CODES and actor.org:
        return actor.org.upper()
    if actor.sector == "PRE" and actor.name:
        # a side of its own, as the relations stage keys it: Abkhazia and South Ossetia, both coded GEO, are two
        # recognitions, and neither is a recognition of Georgia
        return actor.name.upper()
    name = actor.code or actor.text
    return name.upper() if name else None


def relation_key_of_name(name: str) -> str:
    """The store's key of the actor a name stands for in the actor lexicon ("Armenia" -> ``ARM``, "Abkhazia" ->
    ``REPUBLIC OF ABKHAZIA``, "the CSTO" -> ``CSTO``), where it stands for one; else the name in upper case."""
    from ..actors.lexicon import load_actor_lexicon  # the lexicon, cached on disk: only for a name that is no key

    phrases = load_actor_lexicon().phrases
    entries = [e for text in (name, name.removeprefix("the "), name.title()) for e in phrases.get(text.strip(), [])
               if e.kind in {"country", "adjective", "org"}]
    keys = {relation_actor_key(Actor(name, e.code, e.sector, e.name, e.org)) for e in entries}
    key = keys.pop() if len(keys) == 1 else None
    return key or name.upper()


def standing_relations(relation: Relation, symmetric: bool) -> list[tuple[tuple[str, ...], str | None]]:
    """The ``(subjects, object)`` of the standing relations one record asserts.

    A directed kind holds for each subject on its own ("Armenia, Belarus, ... are members of the
    CSTO" is six memberships: a later "Armenia is a member" adds a source to one of them); a
    symmetric kind holds for each pair of its subjects.
    """
    subjects = sorted({key for key in map(relation_actor_key, relation.subjects) if key})
    target = relation_actor_key(relation.object) if relation.object else None
    if symmetric:
        if len(subjects) <= 2:
            return [(tuple(subjects), target)] if subjects else []
        return [((a, b), target) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
    return [((subject,), target) for subject in subjects]


def relation_key(relation: str, subjects: tuple[str, ...], target: str | None, territory: str | None, polarity: str) -> str:
    """The id of a standing relation: what makes two assertions the same one."""
    parts = [relation, ";".join(subjects), target or "", (territory or "").casefold(), polarity]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def add_relations(rows: BatchRows, relations: list[Relation], added_at: dt.datetime) -> None:
    """Append the ``relation_sources`` rows of one document's relation records to ``rows``."""
    if not relations:
        return
    from ..relations.kinds import load_relation_kinds  # loaded with the coder that made the records

    kinds = load_relation_kinds().kinds
    for relation in relations:
        kind = kinds.get(relation.relation)
        for subjects, target in standing_relations(relation, bool(kind and kind.symmetric)):
            rows.relations.append({
                "relation_key": relation_key(relation.relation, subjects, target, relation.territory, relation.polarity),
                "relation": relation.relation, "subjects": list(subjects), "object": target,
                "territory": relation.territory, "polarity": relation.polarity,
                "relation_id": relation.relation_id, "doc_id": relation.doc_id, "sentence_index": relation.sentence_index,
                "sentence": relation.sentence, "date_published": _day(relation.date_published),
                "according_to": relation.according_to, "value": relation.value, "confidence": relation.confidence,
                "why": relation.why, "valid_from": relation.valid_from, "valid_to": relation.valid_to, "added_at": added_at,
            })
