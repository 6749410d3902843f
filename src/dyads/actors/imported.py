"""Match imported (PETRARCH) actor phrases: case-insensitive, with stems.

PETRARCH dictionaries are upper case (``NEW_ZEALAND``), and a phrase not ending in
``_`` is a stem: ``ARGENTIN`` matches "Argentina" and "Argentine". dyads' own
phrases stay case-sensitive; these get this matcher of their own.
"""
from __future__ import annotations

import datetime as dt
from typing import cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .lexicon import ActorEntry

# A stem must keep at least this many letters of the word it matches.
_MIN_STEM = 3


class FoldedMatcher:
    """Phrases keyed by their first word; a stem's last word matches any word it begins."""

    def __init__(self, nlp: Language, phrases: dict[tuple[tuple[str, ...], bool], list[ActorEntry]]):
        self.whole: dict[str, list[tuple[tuple[str, ...], bool, list[ActorEntry]]]] = {}
        self.stems: dict[str, list[tuple[tuple[str, ...], bool, list[ActorEntry]]]] = {}
        texts = [" ".join(words).lower() for words, _ in phrases]
        for (key, entries), doc in zip(phrases.items(), cast(Tokenizer, nlp.tokenizer).pipe(texts)):
            words = tuple(t.lower_ for t in doc)
            if not words:
                continue
            whole = key[1]
            if len(words) == 1 and not whole:
                self.stems.setdefault(words[0], []).append((words, whole, entries))
            else:
                self.whole.setdefault(words[0], []).append((words, whole, entries))

    def find(self, doc: Doc, day: dt.date | None) -> dict[tuple[int, int], list[ActorEntry]]:
        """Longest phrase at each token, with the entries valid on ``day``."""
        found: dict[tuple[int, int], list[ActorEntry]] = {}
        for token in doc:
            word = token.lower_
            candidates = list(self.whole.get(word, []))
            for end in range(len(word), _MIN_STEM - 1, -1):
                candidates.extend(self.stems.get(word[:end], []))
            best: tuple[int, list[ActorEntry]] | None = None
            for words, whole, entries in candidates:
                end = token.i + len(words)
                if end > len(doc) or not _matches(doc, token.i, words, whole):
                    continue
                if best is None or end > best[0]:
                    best = (end, entries)
            if best is not None:
                entries = pick_dated(best[1], day)
                if entries:
                    found[(token.i, best[0])] = entries
        return found


def _matches(doc: Doc, start: int, words: tuple[str, ...], whole: bool) -> bool:
    for k, word in enumerate(words):
        text = doc[start + k].lower_
        last = k == len(words) - 1
        # a stem too short to stand for a word ("THE_KU") must match whole: not "the Kuwait ..."
        stem = last and not whole and len(word) >= _MIN_STEM
        if text != word and not (stem and text.startswith(word)):
            return False
    return True


def pick_dated(entries: list[ActorEntry], day: dt.date | None) -> list[ActorEntry]:
    """The entries for ``day``: a dated code valid that day wins over an undated default."""
    dated = [e for e in entries if (e.valid_from or e.valid_to) and e.valid_on(day)] if day else []
    if dated:
        return dated[:1]
    undated = [e for e in entries if not (e.valid_from or e.valid_to)]
    if undated:
        return undated[:1]
    return [e for e in entries if e.valid_on(day)][:1]
