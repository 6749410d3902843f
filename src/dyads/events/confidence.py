"""How far each kind of evidence raises or lowers an event's confidence, in one table.

An event starts from how its trigger matched and loses confidence for indirect evidence; the
README's accuracy section shows that the ranking holds (the top third of events is right more
often than the bottom third), and ``tests/events/test_confidence.py`` checks the order on
team-written sentences. Change a value here, not in the passes that apply it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConfidenceTable:
    # starting points
    entry_trigger: float = 0.55  # a lexicon entry's verb or noun matched
    specific_trigger: float = 0.1  # ... with the object or particle the entry names ("imposed sanctions")
    imported_pattern: float = 0.6  # a PETRARCH verb pattern matched
    speech_obligation: float = 0.6  # "X said Y must ...": REQUEST
    speech_relation: float = 0.55  # "X said Y is its ally": SUPPORT
    bare_marker: float = 0.5  # "X warned ...", "X is ready to ...", with no coded event inside
    bare_marker_target: float = 0.1  # ... and someone it is aimed at
    # the source
    direct_subject: float = 0.15  # the trigger's own subject or passive agent
    indirect_subject: float = 0.05  # found through a pronoun, a coordination or a phrase
    between_pair: float = 0.15  # "talks between X and Y"
    noun_source: float = 0.1  # "Israel's strikes", "strikes by Israel", "Israeli strikes"
    light_verb_source: float = 0.1  # "X carried out strikes"
    clause_source: float = -0.1  # the subject of a clause governing the event noun
    unattributed: float = 0.15  # taken off: violence with no named doer
    military_verbal: float = 0.15  # taken off: troops rarely talk, praise or protest
    # the target
    entry_target: float = 0.15  # found where the entry says to look
    no_target: float = 0.15  # taken off: none found
    # the report
    embedding_step: float = 0.06  # taken off for each subordinate clause the trigger sits in
    wrapped: float = 0.05  # taken off: folded into a threat or an intention
    reported: float = 0.05  # taken off: someone else's claim, not the writer's own report
    # the learned model (``dyads_event_types``)
    model_event: float = 0.1  # taken off: an event only the model found, no lexicon entry matched
    model_agreement: float = 0.05  # times (p - 0.5): the model's probability of an event's type above a half raises its confidence
    floor: float = 0.05
    ceiling: float = 0.99


CONFIDENCE = ConfidenceTable()
