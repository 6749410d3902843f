"""Relations: what the text says holds between actors (alliances, memberships, recognition, rankings).

Events say what happened; relations say what stands: "Russia is Armenia's strategic ally", "the CSTO,
a bloc of six countries - Armenia, Belarus, ...", "Azerbaijan ranks 53rd". :func:`find_relations`
reads them off a Doc that has been through the actors stage; the vocabulary is data
(``lexicons/relations/kinds.yml``).
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
