"""dyads: news about world politics in, coded event data out (PLOVER/CAMEO)."""
from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .coder import Coded, code_documents, code_text, relations_in_text
    from .records import Actor, Document, Event, Location, Relation, Skipped
    from .store import open as open

# `open` is public (`dyads.open(path)`) but left out of __all__: `from dyads import *` must not
# replace the builtin `open`.
__all__ = ["Actor", "Coded", "Document", "Event", "Location", "Relation", "Skipped", "code_documents", "code_text", "relations_in_text"]
__version__ = "0.1.0"

# Loaded on first use, so that the command line (and `dyads --help`) does not import spaCy for nothing.
_HOMES = {
    "Coded": "coder", "code_documents": "coder", "code_text": "coder", "relations_in_text": "coder", "open": "store",
    "Actor": "records", "Document": "records", "Event": "records", "Location": "records", "Relation": "records",
    "Skipped": "records",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


logging.getLogger(__name__).addHandler(logging.NullHandler())
