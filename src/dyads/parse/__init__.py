"""Parse stage: the pinned English spaCy pipeline with the dyads components added."""
from .pipeline import MODEL_NAME, load_model, load_pipeline

__all__ = ["MODEL_NAME", "load_model", "load_pipeline"]
