"""Relations: what the text says holds between actors (alliances, memberships, recognition, rankings).

Events say what happened; relations say what stands: "Russia is Armenia's strategic ally", "the CSTO,
a bloc of six countries - Armenia, Belarus, ...", "Azerbaijan ranks 53rd". :func:`find_relations`
reads them off a Doc that has been through the actors stage; the vocabulary is data
(``lexicons/relations/kinds.yml``).

Layout: ``extract`` is the stage's entry point and dispatch; ``sentence`` the sentence with its actors
and the parse helpers every reader shares; ``polarity`` polarity and validity dates; the readers of each
family of kinds in ``members``, ``ranks``, ``bases``, ``defence``, ``arms``, ``sanctions``,
``recognition`` and ``ties``; ``model`` the learned layer; ``kinds`` and ``known`` the vocabulary.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dyads.relations.extract import find_relations
    from dyads.relations.kinds import RelationKinds, load_relation_kinds

__all__ = ["RelationKinds", "find_relations", "load_relation_kinds"]

# Loaded on first use: the store's queries read the vocabulary without importing spaCy, which the extraction needs.
_HOMES = {"find_relations": "extract", "RelationKinds": "kinds", "load_relation_kinds": "kinds"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
