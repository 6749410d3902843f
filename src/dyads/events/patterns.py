"""Match imported PETRARCH verb patterns (``- $ BEFORE * AFTER + [CODE]``) on a sentence.

A pattern is matched on the words around its verb, as TABARI and PETRARCH-1 did:
words before ``*`` are looked for leftwards from the verb, words after it
rightwards, in order, skipping other words unless ``_`` joined them. ``$``,
``+`` and ``%`` take the next actor in that direction as source, target or a
compound (before the verb its actors act on each other, after it they are the
targets); ``^`` skips a noun phrase. Where a pattern names no source or
target the dependency parse supplies them, as for dyads' own entries.

Imported events are coded as the dictionary says: no folding into threats or
intentions and no dropping of negated or conditional verbs, since the patterns
themselves spell those out (``- WILL NOT * [081]``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..actors import ActorMention
from .arguments import ActorResolver, is_passive, logical_object, logical_subject
from .candidates import EventCandidate
from .confidence import CONFIDENCE

if TYPE_CHECKING:
    from .component import EventCoder
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
    compound_after: bool = False  # the ``%`` came after the verb ("agrees with %")


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
    """The head token of the next actor from ``i`` in direction ``step``, and where its phrase ends.

    Leftwards the nearest actor may be the last of a coordination ("Gondor and Osgiliath have"):
    the first one heads it, so that all of them are taken.
    """
    limit = len(tokens) if step > 0 else -1
    for j in range(i, limit, step):
        if tokens[j].i in heads:
            if step > 0:
                return tokens[j], max(m.end for m in resolver.index[tokens[j].i]) - 1 - tokens[0].i
            token = tokens[j]
            while token.dep_ == "conj" and token.head.i in heads and token.head.i >= tokens[0].i:
                token = token.head
            return token, min(m.start for m in resolver.index[token.i]) - tokens[0].i
        for mention in resolver.in_sentence(tokens[j].sent):
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
                found.compound, found.compound_after = token, step > 0
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
    if verb.tag_ == "MD":
        return None  # PETRARCH codes the verbs of its parse; a modal ("should") is none, whatever the dictionary lists
    entries = coder.lexicon.imported.get(verb.lower_) or coder.lexicon.imported.get(verb.lemma_.lower())
    if not entries:
        return None
    if _governing_coded(coder, verb, resolver):
        return []
    for entry in entries:
        found = match(entry.pattern, verb, resolver)
        if found is None:
            continue
        if not entry.cameo:
            return []
        return _candidates(coder, verb, entry, found, resolver)
    return None


def _governing_coded(coder: EventCoder, verb: Token, resolver: ActorResolver) -> bool:
    """Whether ``verb``, with no subject of its own, hangs off a verb that codes an event ("called
    on Gondor to be allowed to leave", "celebrated ... after leaving"): PETRARCH codes the verb
    phrase once, by its governing verb."""
    if verb.dep_ not in {"xcomp", "pcomp"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    # the governing verb may itself be taken up by one above it: "called on X to be allowed to leave"
    return head.pos_ in {"VERB", "AUX"} and (bool(code_imported_verb(coder, head, resolver)) or _governing_coded(coder, head, resolver))


def _candidates(coder: EventCoder, verb: Token, entry: TriggerEntry, found: _Match, resolver: ActorResolver) -> list[EventCandidate]:
    why = [entry.why.replace("events/verbs.yml#", "")]
    if found.compound is not None and not found.compound_after:
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
        sources, how = resolver.at(found.source)[0], "$"
    else:
        sources, how = _source(verb, resolver)
    why.append(f"source={how}")
    if not sources or all(_indefinite_role(m, verb) for m in sources):
        return []
    if found.compound is not None:
        # after the verb a compound is the target, each of its actors in turn ("agrees with A and B")
        targets, _ = resolver.at(found.compound)
        if len(targets) < 2:
            return []
        slots = ["%compound"]
    elif found.target is not None:
        targets, _ = resolver.at(found.target)
        slots = ["+"]
    else:
        # a passive read in word order has its surface subject as source, so no object to look for
        targets, slot = _object(verb, resolver, with_object=how != "passive-subject")
        slots = [slot] if targets else []
    why.extend(f"target={slot}" for slot in slots)
    sources, targets = _spread_compound(sources, resolver), _spread_compound(targets, resolver)
    source_ids = {m.actor.identity for m in sources}
    targets = [m for m in targets if m.actor.identity not in source_ids]
    out = [_candidate(EventCandidate, verb, entry, sources, targets, why, entry.cameo, entry.event, slots)]
    if entry.pattern.reverse and targets:
        out.append(_candidate(EventCandidate, verb, entry, targets, sources, [*why, "reverse"], entry.pattern.reverse, entry.pattern.reverse_event, slots))
    return out


def _spread_compound(mentions: list[ActorMention], resolver: ActorResolver) -> list[ActorMention]:
    """Share roles and states across a compound actor, as PETRARCH does.

    "The ambassadors of Arnor, Osgiliath and Gondor": the states coordinated with the one the role
    took are ambassadors too (ARNGOV, OSGGOV, GONGOV), and lose their bare entries. "Danish media
    and government": a role with no state of its own takes the states of the coded actors beside
    it (DNKMED, DNKGOV).
    """
    doc = resolver.doc
    out: list[ActorMention] = []
    given: set[int] = set()  # bare states that took a role: no actors of their own any more
    for mention in mentions:
        out.append(mention)
        if not (mention.actor.code and mention.actor.sector):
            continue
        # the head's own conjuncts too when its state follows it: "Lawmakers in Fornost and Gondor"
        # may parse as (Lawmakers in Fornost) and Gondor; "Arnor officials and Gondor" stays apart
        state_after = mention.end - 1 > mention.head
        for i in range(mention.start, mention.end):
            for conj in doc[i].conjuncts if i != mention.head or state_after else ():
                for other in resolver.index.get(conj.i, []):
                    if other.actor.code and not other.actor.sector and not other.locative:
                        out.append(replace(other, actor=replace(other.actor, sector=mention.actor.sector)))
                        given.add(other.head)
    out = [m for m in out if m.actor.sector or m.head not in given]
    states = list(dict.fromkeys(m.actor.code for m in out if m.actor.code))
    result: list[ActorMention] = []
    for mention in out:
        if not mention.actor.code and mention.actor.sector and states:
            result.extend(replace(mention, actor=replace(mention.actor, code=state)) for state in states)
        else:
            result.append(mention)
    return list({m.actor.identity: m for m in result}.values())


def _indefinite_role(mention: ActorMention, verb: Token) -> bool:
    """"a senior official said": a role with no state and an indefinite article names no one."""
    head = verb.doc[mention.head]
    return not mention.actor.code and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)


def _object(verb: Token, resolver: ActorResolver, with_object: bool = True) -> tuple[list[ActorMention], str]:
    """PETRARCH's target: the verb's object, or the first actor in its verb phrase, which holds a
    complement clause too ("allowed that Mordor isn't ..."), though not adverbial or coordinated ones."""
    found, _ = resolver.at(logical_object(verb)) if with_object else ([], "")
    if found:
        return found, "dobj"
    # else the first actor in the rest of the verb phrase: "cordoned off the roads leading into Mordor"
    inside: list[Token] = []
    for branch in verb.rights:
        if branch.dep_ not in _OTHER_CLAUSES or branch.dep_ == "ccomp":  # the clause's own inner clauses stay out
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


def _other_subject(verb: Token, subject: Token | None, resolver: ActorResolver) -> list[ActorMention]:
    """The actors of a second subject the parse gave the verb: "Old foes Gondor and Osgiliath have renewed"."""
    for other in verb.children:
        if other.dep_ == "nsubj" and (subject is None or other.i != subject.i) and other.i < verb.i:
            found, _ = resolver.at(other)
            if found:
                return found
    return []


def _source(verb: Token, resolver: ActorResolver) -> tuple[list[ActorMention], str]:
    """PETRARCH's source when no ``$`` gave one, and how it was found.

    The subject's actors; else an actor anywhere in the subject phrase ("Caras Galadhon's new
    mayor"), and none from elsewhere when the phrase holds none ("crowds burned down its
    embassy"). A passive with no "by" phrase is read in word order, as PETRARCH does: "The
    Philippines was criticized over ..." has the Philippines as source, "a hafling was reported"
    none. Only a verb with no subject at all falls back on the nearest actor before it.
    """
    subject, how = logical_subject(verb, resolver.grammar)
    sources, _ = resolver.at(subject)
    if sources:
        return sources, how
    sources = _other_subject(verb, subject, resolver)
    if sources:
        return sources, "nsubj"
    if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
        return _inside_phrase(subject, resolver), "subject-phrase"
    if is_passive(verb):
        surface = _surface_subject(verb)
        return (_inside_phrase(surface, resolver) if surface is not None else []), "passive-subject"
    if verb.dep_ in {"acl", "relcl"}:
        return [], ""  # "ground seized in six days of fighting": a modifier names no doer of its own
    return _nearest_before(resolver, verb), "nearest-before"


def _surface_subject(verb: Token) -> Token | None:
    """The grammatical subject of a passive verb ("Arnor" in "Arnor was criticized")."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _inside_phrase(head: Token, resolver: ActorResolver) -> list[ActorMention]:
    """The first actor inside the noun phrase of ``head``, outside the clauses in it."""
    for token in head.subtree:
        if _in_other_clause(token, head):
            continue
        found = [m for m in resolver.index.get(token.i, []) if not m.locative]
        if found:
            return found
    return []


def _nearest_before(resolver: ActorResolver, verb: Token) -> list[ActorMention]:
    """The coded actor phrase nearest before the verb in its sentence (PETRARCH's fallback source),
    leaving out the clauses the verb governs ("Arnor will go, Gondor said": not Arnor for "said")."""
    sent = verb.sent
    own_clauses = {t.i for c in verb.lefts if c.dep_ in _OTHER_CLAUSES for t in c.subtree}
    side = [
        m for m in resolver.in_sentence(sent)
        if not m.locative and m.actor.code and m.end <= verb.i and m.head not in own_clauses
    ]
    return [max(side, key=lambda m: m.end)] if side else []


def _candidate(cls: type, verb: Token, entry: TriggerEntry, sources: list[ActorMention], targets: list[ActorMention],
               why: list[str], cameo: str, event: str, slots: list[str] | None = None) -> EventCandidate:
    return cls(
        sentence=verb.sent, trigger=verb, trigger_text=verb.text, event=event, cameo=cameo, mode="",
        entry_id=entry.id, source=list(sources), target=list(targets), confidence=CONFIDENCE.imported_pattern, why=list(why),
        target_slots=list(slots or []),
    )
