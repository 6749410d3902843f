"""Compile PETRARCH dictionaries once and keep the result on disk (see :mod:`dyads.cache`).

Each file's compiled form is keyed by the sha256 of its content, its kind and
:data:`FORMAT_VERSION`.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..cache import _sign, cache_dir, load_cached
from ..errors import Errors, LexiconError
from .convert import ImportedLexicon

__all__ = ["FORMAT_VERSION", "_sign", "cache_dir", "load_compiled"]

# Bump when readers or converters change what they produce, so old pickles are not reused.
FORMAT_VERSION = "petrarch-2"


def load_compiled(path: str | Path, kind: str, compile_file: Callable[[Path], ImportedLexicon], salt: str = "") -> ImportedLexicon:
    """The compiled dictionary for ``path``, from the cache when its content is unchanged.

    Args:
        path: the dictionary file.
        kind: ``actors``, ``agents``, ``verbs`` or ``discards`` (part of the key).
        compile_file: reads and converts the file when the cache has no entry for it.
        salt: anything else the compiled form depends on (e.g. the CAMEO table's hash).
    """
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise LexiconError(Errors.E302.format(path=path, problem=exc.strerror)) from exc
    return load_cached(kind, FORMAT_VERSION, [salt.encode(), content], lambda: compile_file(path), ImportedLexicon)
