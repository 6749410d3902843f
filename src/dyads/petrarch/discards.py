"""Apply imported discard phrases to a coded Doc (sports results, typhoons, "years later")."""
from __future__ import annotations

from spacy.tokens import Doc


def _contains(tokens: list[str], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(tuple(tokens[i:i + n]) == words for i in range(len(tokens) - n + 1))


def apply_discards(doc: Doc, discards: list[tuple[tuple[str, ...], bool, str]]) -> str | None:
    """Drop the events of sentences that hold a discard phrase.

    Returns:
        Why the whole document is to be skipped (a story-level ``+`` phrase matched), else None.
    """
    dropped: set[int] = set()
    for sent in doc.sents:
        words = [t.text.upper() for t in sent]
        for phrase, story, where in discards:
            if _contains(words, phrase):
                if story:
                    return f"story discard phrase {' '.join(phrase)!r} ({where})"
                dropped.add(sent.start)
                break
    if dropped:
        doc._.events = [e for e in doc._.events or [] if e.sentence.start not in dropped]
    return None
