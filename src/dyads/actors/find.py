"""The actors a text names, as contract actor dicts: ``dyads actors`` and ``dyads eval --actors``.

Apart from the coder so that finding actors loads only the parse and the actors stage, not the
readers or the event stages.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..parse import MODEL_NAME
from ..pipeline import load_pipeline
from .component import ActorMention


def find_actor_records(
    text: str, date: dt.date | None = None, *, lexicon_dir: str | None = None,
    dictionaries: tuple[tuple[str, str], ...] = (), builtin: bool = True,
) -> list[dict]:
    """The actors found in ``text`` as contract actor dicts (``code`` is null where no state is known)."""
    nlp = load_pipeline(MODEL_NAME, lexicon_dir, tuple(dictionaries), builtin, events=False)
    doc = nlp.make_doc(text)
    doc._.date_published = date
    return [actor_record(mention) for mention in actor_mentions(nlp(doc))]


def actor_mentions(doc: Doc) -> list[ActorMention]:
    """The actors of a Doc the actors stage has seen, without places ("talks in Baku")."""
    return [mention for mention in doc._.actors or [] if not mention.locative]


def actor_record(mention: ActorMention) -> dict:
    """A mention as a contract actor dict; with no state of its own, the story's (the sentence's place,
    the dateline, the document's main country: ``mention.context``), else a null code."""
    record = mention.actor.to_dict()
    record["code"] = record["code"] or (mention.context[0] if mention.context else None)
    return record
