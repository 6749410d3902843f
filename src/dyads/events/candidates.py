"""The event candidate: an event found in a sentence, before dates, places and ids are added."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..actors import ActorMention
from ..lexicons.language import Grammar


def object_matches(obj: Token | None, objects: frozenset[str], grammar: Grammar) -> bool:
    """Whether ``obj`` is one of the entry's objects: a head lemma ("sanction") or a
    phrase whose last word is the head and whose other words modify it ("mediation effort");
    ``grammar`` gives the process nouns that hand on to what they are about."""
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    if lemma in objects:
        return True
    modifiers = {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod", "nmod"}}
    for phrase in objects:
        *words, head = phrase.split()
        if words and head == lemma and all(w in modifiers for w in words):
            return True
    # "suspended the issuing of work visas": a process noun hands on to what it is about
    if obj.tag_ in {"VBG", "NN"} and obj.lemma_.lower() in grammar.process_nouns:
        inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner_obj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
        if inner_obj is not None and object_matches(inner_obj, objects, grammar):
            return True
    # a title before a name ("candidate Alassane Ouattara"), or a coordinated object ("photographs and intelligence")
    if obj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in objects for c in obj.children):
        return True
    return any(conj.lemma_.lower() in objects for conj in obj.conjuncts)


@dataclass
class EventCandidate:
    """An event found in a sentence, before dates, places and ids are added."""

    sentence: Span
    trigger: Token
    trigger_text: str
    event: str
    cameo: str
    mode: str
    entry_id: str
    source: list[ActorMention]
    target: list[ActorMention]
    speaker: ActorMention | None = None
    negated: bool = False
    reciprocal: bool = False
    confidence: float = 0.5
    why: list[str] = field(default_factory=list)
    place_hint: Span | None = None  # a place named where the entry looks for its target ("withdrew from the Kyiv region")
    # How it was found, for the later passes to decide on (``why`` says the same to a reader, and is only read by people):
    rule: str | None = None  # the rule that made or converted it ("threat-marker:warn"); None for a lexicon entry as it stands
    target_slots: list[str] = field(default_factory=list)  # where its target was found: "dobj", "to", "recipient", ...
    unattributed: bool = False  # violence with no named doer: the place it happened in may stand in as the source
