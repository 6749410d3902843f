"""Events stage: code event triggers on the parse into PLOVER/CAMEO events."""
from .candidates import EventCandidate
from .component import EventCoder
from .lexicon import QUAD_CLASS, EventLexicon, load_event_lexicon

__all__ = ["QUAD_CLASS", "EventCandidate", "EventCoder", "EventLexicon", "load_event_lexicon"]
