"""Where the coded words are: the trigger and each actor's text inside an evidence sentence, and each
coded sentence inside its article, as character offsets the page can highlight (as displaCy marks entities).

The store keeps the sentence, the trigger (``"imposed sanctions"``, or ``"pledged ... pledged humanitarian
aid"`` for a verb and its object apart) and each actor's text as the coder read them, not their offsets,
so they are found again here. What cannot be found (an actor the coder took from an earlier sentence) is
left unmarked rather than guessed.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# the coder joins the parts of a trigger that are apart in the sentence with this
_TRIGGER_GAP = " ... "


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` is marked ``label`` (``trigger``, ``source`` or ``target``)."""

    start: int
    end: int
    label: str


def _pattern(words: str) -> re.Pattern[str]:
    """``words`` case-insensitively, any run of spaces as any whitespace, not inside a longer word."""
    body = r"\s+".join(re.escape(part) for part in words.split())
    before = r"(?<!\w)" if re.match(r"\w", words.strip()) else ""
    after = r"(?!\w)" if re.search(r"\w$", words.strip()) else ""
    return re.compile(before + body + after, re.IGNORECASE)


def _free(taken: list[Span], start: int, end: int) -> bool:
    return all(end <= span.start or start >= span.end for span in taken)


def _place(text: str, words: str, label: str, taken: list[Span], after: int = 0) -> Span | None:
    """The first occurrence of ``words`` at or after ``after`` that overlaps nothing marked yet."""
    if not words.strip():
        return None
    for found in _pattern(words).finditer(text, after):
        if _free(taken, found.start(), found.end()):
            span = Span(found.start(), found.end(), label)
            taken.append(span)
            return span
    return None


def highlights(sentence: str, trigger: str | None, actors: Iterable[tuple[str, str | None]]) -> list[Span]:
    """The spans of the actors (``(role, text)``, role ``source`` or ``target``) and the trigger in ``sentence``.

    Actors are placed first, longest text first, so that "Russia" does not take the start of "Russian
    Foreign Minister Sergey Lavrov"; the trigger's parts go in order, each after the one before. Spans
    never overlap: a trigger word inside an actor's name ("the Office for the Coordination of ...") stays
    the actor's. Sorted by start.
    """
    taken: list[Span] = []
    for role, text in sorted(actors, key=lambda actor: -len(actor[1] or "")):
        if text:
            _place(sentence, text, role, taken)
    if trigger:
        position = 0
        for part in trigger.split(_TRIGGER_GAP):
            span = _place(sentence, part, "trigger", taken, position)
            if span is not None:
                position = span.end
    return sorted(taken, key=lambda span: span.start)


def sentence_regions(body: str, sentences: Iterable[tuple[int, str]]) -> dict[int, tuple[int, int]]:
    """Where each coded sentence (``(sentence_index, text)``) is in the article ``body``: ``(start, end)``.

    Sentences are looked for in index order, each after the one before, so a sentence repeated in the
    article is found at its own place; a sentence the text does not hold (the body changed) is left out.
    Whitespace may differ (the reader joins lines a page broke): mark inside ``body[start:end]``, not
    at the stored sentence's offsets.
    """
    regions: dict[int, tuple[int, int]] = {}
    position = 0
    for index, text in sorted(sentences):
        if not text.strip():
            continue
        pattern = _pattern(text)
        found = pattern.search(body, position) or pattern.search(body)
        if found is not None:
            regions[index] = (found.start(), found.end())
            position = found.end()
    return regions
