"""Actors stage: find who is named in a Doc (states, organisations, persons, sectors)."""
from .component import ActorMention, find_actors
from .lexicon import ActorEntry, ActorLexicon, load_actor_lexicon

__all__ = ["ActorEntry", "ActorLexicon", "ActorMention", "find_actors", "load_actor_lexicon"]
