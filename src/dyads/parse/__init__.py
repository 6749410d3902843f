"""Parse stage: the pinned English spaCy model, the Doc attributes the stages share, and
what keeps one document's trouble to itself (``guard``) and its entities at hand (``entities``)."""
from . import extensions
from .model import MODEL_NAME, load_model

__all__ = ["MODEL_NAME", "extensions", "load_model"]
