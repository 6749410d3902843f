"""Compile PETRARCH dictionaries once and keep the result on disk.

Each file's compiled form is pickled under ``$DYADS_CACHE`` (or ``~/.cache/dyads/``),
keyed by the sha256 of its content, its kind and :data:`FORMAT_VERSION`; a second
run loads the pickle instead of parsing. A cache entry that cannot be read is
rebuilt; a cache folder that cannot be written only costs the speed-up.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Callable
from pathlib import Path

from ..errors import Errors, LexiconError
from .convert import ImportedLexicon

# Bump when readers or converters change what they produce, so old pickles are not reused.
FORMAT_VERSION = "petrarch-2"
log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where compiled dictionaries are kept: ``$DYADS_CACHE`` or ``~/.cache/dyads``."""
    return Path(os.environ.get("DYADS_CACHE") or Path.home() / ".cache" / "dyads")


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
    key = hashlib.sha256(b"\0".join([FORMAT_VERSION.encode(), kind.encode(), salt.encode(), content])).hexdigest()
    entry = cache_dir() / f"{kind}-{key[:32]}.pickle"
    if entry.exists():
        try:
            with entry.open("rb") as handle:
                compiled = pickle.load(handle)
            if isinstance(compiled, ImportedLexicon):
                return compiled
        except Exception as exc:  # a truncated or foreign file: rebuild it
            log.warning("rebuilding corrupt cache entry %s (%s)", entry, exc)
    compiled = compile_file(path)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(compiled, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(entry)  # atomic, so parallel workers never read half a file
    except OSError as exc:
        log.warning("cannot cache %s in %s (%s)", path, entry.parent, exc)
    return compiled
