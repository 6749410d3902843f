"""Every attribute the dyads stages set on a spaCy ``Doc``, registered in one place.

Registered when ``dyads.parse`` is imported, which every stage that reads or writes them does.

``doc._.doc_id``, ``doc._.date_published``: the document's id and publication date (the coder sets them).
``doc._.source_text``: the text as written, where the parse read a title-case headline in sentence case (``parse.headlines``).
``doc._.dateline``: the place of a dateline the reader took off the text ("LIMA"), where there was one.
``doc._.dyads_budget``, ``doc._.dyads_deadline``: the time budget in seconds and when it runs out (``parse.guard``).
``doc._.dyads_error``: the coded reason a stage could not code the document, or None.
``doc._.dyads_ents``: entities indexed by position (``parse.entities``).
``doc._.actors``, ``doc._.actor_index``: actor mentions, and the same by head token (``dyads_actors``).
``doc._.dyads_actor_positions``: mentions sorted by head, for bisecting (``events.arguments``).
``doc._.event_types``: the learned model's readings of the sentences, made when asked for (``dyads_event_types``).
``doc._.events``: event candidates (``dyads_events``).
"""
from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = (
    "doc_id", "date_published", "source_text", "dateline", "dyads_budget", "dyads_deadline", "dyads_error", "dyads_ents",
    "actors", "actor_index", "dyads_actor_positions", "event_types", "events",
)

for _name in DOC_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
