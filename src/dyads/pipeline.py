"""The pipeline builder: the pinned spaCy model with the dyads components, configured as data.

The components get their lexicons through spaCy's registry (``dyads.actor_lexicon.v1`` and
``dyads.event_lexicon.v1`` below), so which lexicon folder and which imported PETRARCH
dictionaries a pipeline uses is part of its ``nlp.config``, and the components never deal
with PETRARCH themselves. The components register through the ``spacy_factories`` entry
point as well, for ``spacy.load`` of a saved pipeline.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.util import registry

from .actors import component as _actors  # noqa: F401  (registers dyads_actors)
from .actors.lexicon import ActorLexicon, load_actor_lexicon
from .events.lexicon import EventLexicon, load_event_lexicon
from .parse import MODEL_NAME, load_model
from .parse import paragraphs as _paragraphs  # noqa: F401  (registers dyads_paragraphs)
from .petrarch import actor_lexicon_with, event_lexicon_with

__all__ = ["MODEL_NAME", "actor_lexicon", "event_lexicon", "load_pipeline"]


@registry.misc("dyads.actor_lexicon.v1")
def actor_lexicon(lexicon_dir: str | None, dictionaries: list[list[str]], builtin: bool) -> ActorLexicon:
    """The actor lexicon of a folder (the built-in one when None), with imported PETRARCH
    actor and agent dictionaries added; without ``builtin``, the imported ones alone."""
    lexicon = load_actor_lexicon(lexicon_dir) if builtin else ActorLexicon()
    return actor_lexicon_with(lexicon, dictionaries, lexicon_dir) if dictionaries else lexicon


@registry.misc("dyads.event_lexicon.v1")
def event_lexicon(lexicon_dir: str | None, dictionaries: list[list[str]], builtin: bool) -> EventLexicon:
    """The event lexicon of a folder, with imported PETRARCH verb and discard dictionaries;
    without ``builtin``, dyads' own entries and rules are left out."""
    lexicon = load_event_lexicon(lexicon_dir)
    return event_lexicon_with(lexicon, lexicon_dir, dictionaries, builtin) if dictionaries or not builtin else lexicon


@lru_cache(maxsize=4)
def load_pipeline(
    model: str = MODEL_NAME,
    lexicon_dir: str | None = None,
    dictionaries: tuple[tuple[str, str], ...] = (),
    builtin: bool = True,
    event_model: bool = True,
    event_model_dir: str | None = None,
    events: bool = True,
) -> Language:
    """The spaCy pipeline with ``dyads_paragraphs``, ``dyads_actors``, ``dyads_event_types`` and ``dyads_events``.

    Args:
        model: the installed spaCy package to load.
        lexicon_dir: a folder laid out like ``dyads/lexicons`` to use instead of the built-in one.
        dictionaries: PETRARCH dictionaries to import, as ``(kind, path)`` pairs with kind
            ``actors``, ``agents``, ``verbs`` or ``discards`` (a tuple, so the cache works).
        builtin: False to use the imported dictionaries instead of the built-in actor and
            event lexicons (the CAMEO table and grammar word lists stay).
        event_model: False to leave out the learned event-type model (``dyads_event_types``):
            rules only. The model is dyads' own knowledge, so it is left out with ``builtin`` False too.
        event_model_dir: a folder with a model saved by ``dyads train -o`` to use instead of the shipped one.
        events: False for actors only (``dyads actors``): no event components, so no event lexicon or model to load.

    Returns:
        A ``Language`` whose Docs carry ``doc._.actors`` and ``doc._.events``.
    """
    nlp = load_model(model)
    nlp.add_pipe("dyads_paragraphs", before="parser")
    folder = str(Path(lexicon_dir)) if lexicon_dir else None
    source = {
        "lexicon_dir": folder,
        "dictionaries": [[kind, str(Path(path).resolve())] for kind, path in dictionaries],
        "builtin": builtin,
    }
    nlp.add_pipe("dyads_actors", config={"lexicon": {"@misc": "dyads.actor_lexicon.v1", **source}, "lexicon_dir": folder})
    if not events:
        return nlp
    from .events import component as _events  # noqa: F401  (registers dyads_events)
    from .events import model as _event_model  # noqa: F401  (registers dyads_event_types)

    if event_model and builtin:
        nlp.add_pipe("dyads_event_types", config={"model_dir": str(Path(event_model_dir).resolve()) if event_model_dir else None})
    nlp.add_pipe("dyads_events", config={"lexicon": {"@misc": "dyads.event_lexicon.v1", **source}})
    return nlp
