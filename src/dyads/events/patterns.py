"""Match imported PETRARCH verb patterns (``- $ BEFORE * AFTER + [CODE]``) on a sentence.

A pattern is matched on the words around its verb, as TABARI and PETRARCH-1 did:
words before ``*`` are looked for leftwards from the verb, words after it
rightwards, in order, skipping other words unless ``_`` joined them. ``$``,
``+`` and ``%`` take the next actor in that direction as source, target or both
(a compound); ``^`` skips a noun phrase. Where a pattern names no source or
target the dependency parse supplies them, as for dyads' own entries.

Imported events are coded as the dictionary says: no folding into threats or
intentions and no dropping of negated or conditional verbs, since the patterns
themselves spell those out (``- WILL NOT * [081]``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..actors import ActorMention
from .arguments import ActorResolver, logical_object, logical_subject

if TYPE_CHECKING:
    from .component import EventCandidate, EventCoder
    from .lexicon import TriggerEntry

# How far an unjoined pattern word may be from the one before it.
_MAX_GAP = 12
# Clauses of their own inside a verb phrase: their actors are not the verb's target.
_OTHER_CLAUSES = {"ccomp", "advcl", "parataxis", "conj", "relcl", "csubj", "mark"}


@dataclass(frozen=True)
class Element:
    """One pattern element: ``kind`` is ``w`` (a word), ``&`` (a synset) or a marker ``$ + % ^``."""

    kind: str
    phrases: tuple[tuple[str, ...], ...]
    joined: bool = False


@dataclass(frozen=True)
class ImportedPattern:
    """The elements before and after the verb, in text order.

    ``verb_joined``: the verb directly follows the last element before it (``IN_*``).
    ``reverse`` and ``reverse_event``: the code and type of the event coded back from
    target to source (``[032:033]``), if any.
    """

    before: tuple[Element, ...]
    after: tuple[Element, ...]
    weight: int
    verb_joined: bool = False
    reverse: str | None = None
    reverse_event: str = ""


@dataclass
class _Match:
    source: Token | None = None
    target: Token | None = None
    compound: Token | None = None


def _word_matches(token: Token, word: str) -> bool:
    text = token.text.upper()
    # PETRARCH words without a trailing "_" are stems: "CONTRIBUT" matches "contributes"
    return text == word or token.lemma_.upper() == word or (len(word) >= 5 and text.startswith(word))


def _phrase_at(tokens: list[Token], i: int, words: tuple[str, ...], step: int) -> int | None:
    """Where ``words`` ends when it starts (in reading order) at ``i``; None if it does not match there."""
    if step < 0:
        i = i - len(words) + 1
    if i < 0 or i + len(words) > len(tokens):
        return None
    if all(_word_matches(tokens[i + k], w) for k, w in enumerate(words)):
        return i + len(words) - 1 if step > 0 else i
    return None


def _next_actor(tokens: list[Token], i: int, step: int, heads: set[int], resolver: ActorResolver) -> tuple[Token, int] | None:
    """The head token of the next actor from ``i`` in direction ``step``, and where its phrase ends."""
    limit = len(tokens) if step > 0 else -1
    for j in range(i, limit, step):
        if tokens[j].i in heads:
            mentions = resolver.index[tokens[j].i]
            edge = max(m.end for m in mentions) - 1 if step > 0 else min(m.start for m in mentions)
            return tokens[j], edge - tokens[0].i
        for mention in resolver.mentions:
            if mention.start <= tokens[j].i < mention.end and not mention.locative:
                return tokens[0].doc[mention.head], (mention.end - 1 if step > 0 else mention.start) - tokens[0].i
    return None


def _skip_noun_phrase(tokens: list[Token], i: int, step: int) -> int | None:
    limit = len(tokens) if step > 0 else -1
    for j in range(i, limit, step):
        if tokens[j].pos_ in {"NOUN", "PROPN", "PRON"}:
            # the phrase's last (or, leftwards, first) word
            phrase = [t.i for t in tokens[j].subtree if t.dep_ in {"compound", "amod", "det", "poss", "nummod"} or t.i == tokens[j].i]
            end = (max(phrase) if step > 0 else min(phrase)) - tokens[0].i
            return end
    return None


def _match_side(steps: list[tuple[Element, bool]], tokens: list[Token], start: int, step: int,
                heads: set[int], resolver: ActorResolver, found: _Match) -> bool:
    """Match ``(element, must_be_adjacent)`` steps from the verb outwards (step 1 rightwards, -1 leftwards)."""
    position = start
    for element, joined in steps:
        if element.kind in {"$", "+", "%"}:
            hit = _next_actor(tokens, position, step, heads, resolver)
            if hit is None:
                return False
            token, edge = hit
            if element.kind == "$":
                found.source = token
            elif element.kind == "+":
                found.target = token
            else:
                found.compound = token
            position = edge + step
            continue
        if element.kind == "^":
            end = _skip_noun_phrase(tokens, position, step)
            if end is None:
                return False
            position = end + step
            continue
        last = position + step * (0 if joined else _MAX_GAP)
        matched = None
        for j in range(position, last + step, step):
            if not 0 <= j < len(tokens):
                break
            matched = next((e for e in (_phrase_at(tokens, j, w, step) for w in element.phrases) if e is not None), None)
            if matched is not None:
                break
        if matched is None:
            return False
        position = matched + step
    return True


def match(pattern: ImportedPattern, verb: Token, resolver: ActorResolver) -> _Match | None:
    """Whether ``pattern`` matches around ``verb`` in its sentence, with the actors its markers took."""
    sent: Span = verb.sent
    tokens = list(sent)
    at = verb.i - sent.start
    heads = {h for h in resolver.index if sent.start <= h < sent.end}
    found = _Match()
    rightwards = [(e, e.joined) for e in pattern.after]
    # leftwards, an element must touch the one matched before it (nearer the verb) when that one is joined to it
    nearer = [pattern.verb_joined, *(e.joined for e in reversed(pattern.before[1:]))]
    leftwards = list(zip(reversed(pattern.before), nearer))
    if not _match_side(rightwards, tokens, at + 1, 1, heads, resolver, found):
        return None
    if not _match_side(leftwards, tokens, at - 1, -1, heads, resolver, found):
        return None
    return found


def code_imported_verb(coder: EventCoder, verb: Token, resolver: ActorResolver) -> list[EventCandidate] | None:
    """Code ``verb`` with the imported entries for its form; None when the dictionaries do not know it.

    An empty list means a pattern matched that codes nothing (``[---]``).
    """
    entries = coder.lexicon.imported.get(verb.lower_) or coder.lexicon.imported.get(verb.lemma_.lower())
    if not entries:
        return None
    for entry in entries:
        found = match(entry.pattern, verb, resolver)
        if found is None:
            continue
        if not entry.cameo:
            return []
        return _candidates(coder, verb, entry, found, resolver)
    return None


def _candidates(coder: EventCoder, verb: Token, entry: TriggerEntry, found: _Match, resolver: ActorResolver) -> list[EventCandidate]:
    from .component import EventCandidate

    why = [entry.why.replace("events/verbs.yml#", "")]
    if found.compound is not None:
        pair, _ = resolver.at(found.compound)
        if len(pair) < 2:
            return []
        why.append("source=%compound")
        events = []
        for one in pair:
            for other in pair:
                if one.actor.identity != other.actor.identity:
                    events.append((one, other))
        return [_candidate(EventCandidate, verb, entry, [s], [t], why, entry.cameo, entry.event) for s, t in events]
    if found.source is not None:
        sources, _ = resolver.at(found.source)
        why.append("source=$")
    else:
        subject, how = logical_subject(verb)
        sources, _ = resolver.at(subject)
        why.append(f"source={how}")
        if not sources:
            sources = _nearest_before(resolver, verb)
            why[-1] = "source=nearest-before"
    if not sources or all(_indefinite_role(m, verb) for m in sources):
        return []
    if found.target is not None:
        targets, _ = resolver.at(found.target)
        why.append("target=+")
    else:
        targets, slot = _object(verb, resolver)
        if targets:
            why.append(f"target={slot}")
    source_ids = {m.actor.identity for m in sources}
    targets = [m for m in targets if m.actor.identity not in source_ids]
    out = [_candidate(EventCandidate, verb, entry, sources, targets, why, entry.cameo, entry.event)]
    if entry.pattern.reverse and targets:
        out.append(_candidate(EventCandidate, verb, entry, targets, sources, [*why, "reverse"], entry.pattern.reverse, entry.pattern.reverse_event))
    return out


def _indefinite_role(mention: ActorMention, verb: Token) -> bool:
    """"a senior official said": a role with no state and an indefinite article names no one."""
    head = verb.doc[mention.head]
    return not mention.actor.code and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)


def _object(verb: Token, resolver: ActorResolver) -> tuple[list[ActorMention], str]:
    """PETRARCH's target: the verb's object, or an actor in a phrase of its verb phrase; never the
    subject of a reported clause ("said Arnor will ...")."""
    found, _ = resolver.at(logical_object(verb))
    if found:
        return found, "dobj"
    # else the first actor in the rest of the verb phrase: "cordoned off the roads leading into Mordor"
    inside: list[Token] = []
    for branch in verb.rights:
        if branch.dep_ not in _OTHER_CLAUSES:
            inside.extend(t for t in branch.subtree if not _in_other_clause(t, branch))
    for token in sorted(inside, key=lambda t: t.i):
        found = [m for m in resolver.index.get(token.i, []) if m.actor.code or m.actor.sector]
        if found:
            return resolver.at(token, allow_locative=True)[0] or found, "verb-phrase"
    return [], ""


def _in_other_clause(token: Token, top: Token) -> bool:
    while token.i != top.i:
        if token.dep_ in _OTHER_CLAUSES:
            return True
        token = token.head
    return False


def _nearest_before(resolver: ActorResolver, verb: Token) -> list[ActorMention]:
    """The coded actor phrase nearest before the verb in its sentence (PETRARCH's fallback source)."""
    sent = verb.sent
    side = [m for m in resolver.mentions if sent.start <= m.head < sent.end and not m.locative and m.actor.code and m.end <= verb.i]
    return [max(side, key=lambda m: m.end)] if side else []


def _candidate(cls: type, verb: Token, entry: TriggerEntry, sources: list[ActorMention], targets: list[ActorMention],
               why: list[str], cameo: str, event: str) -> EventCandidate:
    return cls(
        sentence=verb.sent, trigger=verb, trigger_text=verb.text, event=event, cameo=cameo, mode="",
        entry_id=entry.id, source=list(sources), target=list(targets), confidence=0.6, why=list(why),
    )
