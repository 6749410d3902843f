"""Events stage: code event triggers on the parse into PLOVER/CAMEO events."""
from .candidates import EventCandidate
from .component import EventCoder
from .lexicon import EventLexicon, EventType, load_event_lexicon

__all__ = ["EventCandidate", "EventCoder", "EventLexicon", "EventType", "load_event_lexicon"]
