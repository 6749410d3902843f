"""The words of one language that the parse rules look for (``grammar/<language>.yml``).

The rules of the actor, event and place stages work on spaCy's dependency labels and tags, which
are the same for every language spaCy parses; the few words they also look for ("its", "who",
"border", "in") are data, loaded here once per lexicon folder and handed to the stages.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import Errors, LexiconError
from . import lexicon_path, load_yaml

LANGUAGE = "en"


@dataclass(frozen=True)
class Grammar:
    """The named word lists of ``grammar/<language>.yml``; what each is for is said in the file."""

    pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    inner_prepositions: frozenset[str]
    carrier_nouns: frozenset[str]
    intention_nouns: frozenset[str]
    border_nouns: frozenset[str]
    owned_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    process_nouns: frozenset[str]
    speculative_modals: frozenset[str]
    negative_determiners: frozenset[str]
    definite_determiners: frozenset[str]
    noun_target_prepositions: tuple[str, ...]  # in order of preference
    fallback_target_prepositions: frozenset[str]
    attaching_prepositions: frozenset[str]
    partner_nouns: frozenset[str]
    actor_locative_prepositions: frozenset[str]
    locative_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    on_nouns: frozenset[str]
    former_words: frozenset[str]
    half_state_words: frozenset[str]
    region_names: frozenset[str]


_ORDERED = {"noun_target_prepositions"}


def _words(path: Path, name: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise LexiconError(Errors.E401.format(path=path, entry=name, problem="expected a non-empty list of words"))
    for word in value:
        # a bare on/no/off is a YAML boolean: say so rather than match the word "True"
        if not isinstance(word, str) or not word.strip():
            raise LexiconError(Errors.E401.format(path=path, entry=name, problem=f"{word!r} is not a word (quote on, no, off)"))
    return tuple(word.strip() for word in value)


@lru_cache(maxsize=4)
def load_grammar(lexicon_dir: str | None = None, language: str = LANGUAGE) -> Grammar:
    """Read and check ``grammar/<language>.yml`` of ``lexicon_dir`` (else the built-in folder) once."""
    path = lexicon_path(lexicon_dir, "grammar", f"{language}.yml")
    lists = load_yaml(path) or {}
    if not isinstance(lists, dict):
        raise LexiconError(Errors.E302.format(path=path, problem="expected named lists of words"))
    names = [f.name for f in fields(Grammar)]
    unknown, missing = set(lists) - set(names), [name for name in names if name not in lists]
    if unknown or missing:
        problem = f"unknown lists {sorted(unknown)}" if unknown else f"missing lists {missing}"
        raise LexiconError(Errors.E302.format(path=path, problem=problem))
    values: dict[str, Any] = {name: _words(path, name, lists[name]) for name in names}
    values.update([(name, frozenset(words)) for name, words in values.items() if name not in _ORDERED])
    return Grammar(**values)
