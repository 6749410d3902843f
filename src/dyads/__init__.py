"""dyads: news about world politics in, coded event data out (PLOVER/CAMEO)."""
import logging

from .coder import Coded, code_documents, code_text
from .records import Actor, Document, Event, Location, Skipped
from .store import open

__all__ = ["Actor", "Coded", "Document", "Event", "Location", "Skipped", "code_documents", "code_text", "open"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
