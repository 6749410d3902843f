"""Read TABARI / PETRARCH dictionaries and run PETRARCH's validation records.

``actor_lexicon_with`` and ``event_lexicon_with`` add the compiled dictionaries to
dyads' lexicons (or replace the built-in ones); the pipeline components call them
with the ``dictionaries`` of their config: ``[[kind, path], ...]`` where kind is
``actors``, ``agents``, ``verbs`` or ``discards``.
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path

from ..actors.lexicon import ActorLexicon
from ..events.lexicon import EventLexicon
from ..lexicons import lexicon_path
from .cache import load_compiled
from .convert import ImportedLexicon, convert_actors, convert_agents, convert_discards, convert_verbs
from .readers import read_actor_dictionary, read_agent_dictionary, read_discard_dictionary, read_verb_dictionary

KINDS = ("actors", "agents", "verbs", "discards")

__all__ = ["KINDS", "actor_lexicon_with", "event_lexicon_with", "load_dictionaries"]


def _cameo_events(lexicon_dir: str | None) -> tuple[dict[str, str], str]:
    path = lexicon_path(lexicon_dir, "events", "cameo.csv")
    content = path.read_bytes()
    with path.open(encoding="utf-8", newline="") as handle:
        events = {row["code"].strip(): (row.get("plover_event") or "").strip() for row in csv.DictReader(handle)}
    return events, hashlib.sha256(content).hexdigest()


def _compile_verbs(path: Path, events: dict[str, str]) -> ImportedLexicon:
    return convert_verbs(read_verb_dictionary(path), path, events)


@lru_cache(maxsize=8)
def load_dictionaries(dictionaries: tuple[tuple[str, str], ...], lexicon_dir: str | None = None) -> ImportedLexicon:
    """Compile (or load from the cache) each ``(kind, path)`` and merge them in order.

    Raises:
        LexiconError: a file that cannot be read, naming file, line and problem.
        ValueError: an unknown kind.
    """
    merged = ImportedLexicon()
    cameo: tuple[dict[str, str], str] | None = None
    for kind, path in dictionaries:
        if kind == "actors":
            compiled = load_compiled(path, kind, lambda p: convert_actors(read_actor_dictionary(p), p))
        elif kind == "agents":
            compiled = load_compiled(path, kind, lambda p: convert_agents(read_agent_dictionary(p)))
        elif kind == "discards":
            compiled = load_compiled(path, kind, lambda p: convert_discards(read_discard_dictionary(p), p))
        elif kind == "verbs":
            cameo = cameo or _cameo_events(lexicon_dir)
            compiled = load_compiled(path, kind, partial(_compile_verbs, events=cameo[0]), salt=cameo[1])
        else:
            msg = f"unknown dictionary kind {kind!r}: use one of {', '.join(KINDS)}"
            raise ValueError(msg)
        merged.merge(compiled)
    return merged


def _key(dictionaries: Sequence[Sequence[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(kind), str(Path(path))) for kind, path in dictionaries)


def actor_lexicon_with(lexicon: ActorLexicon, dictionaries: Sequence[Sequence[str]], lexicon_dir: str | None = None) -> ActorLexicon:
    """A copy of ``lexicon`` with the imported actor phrases and agent words added."""
    imported = load_dictionaries(_key(dictionaries), lexicon_dir)
    sector_words = dict(lexicon.sector_words)
    for word, sector in imported.sector_words.items():
        sector_words.setdefault(word, sector)
    return replace(lexicon, sector_words=sector_words, folded={**lexicon.folded, **imported.phrases},
                   prefix_sectors=lexicon.prefix_sectors | imported.prefix_sectors)


def event_lexicon_with(
    lexicon: EventLexicon, lexicon_dir: str | None, dictionaries: Sequence[Sequence[str]], builtin: bool,
) -> EventLexicon:
    """A copy of ``lexicon`` with imported verb entries; without ``builtin``, dyads' own entries and rules go."""
    imported = load_dictionaries(_key(dictionaries), lexicon_dir)
    if not builtin:
        lexicon = replace(lexicon, entries={}, verbs={}, nouns={}, builtin=False)
    verbs = {form: list(entries) for form, entries in lexicon.imported.items()}
    for form, entries in imported.verbs.items():
        verbs.setdefault(form, []).extend(entries)
    return replace(lexicon, imported=verbs, discards=[*lexicon.discards, *imported.discards])
