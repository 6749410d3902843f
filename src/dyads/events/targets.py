"""Finding an event's target: the places a lexicon entry names, then the object's owner, a
complement, a purpose clause, or a place standing for its country.

A mixin of ``EventCoder``: it reads the coder's lexicon and word lists.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors import ActorMention
from .arguments import (
    ActorResolver,
    child,
    logical_object,
    logical_subject,
    prep_object,
)
from .lexicon import (
    DEFAULT_VERB_TARGETS,
    EventLexicon,
    TriggerEntry,
)
from .modality import governing


def made_known(trigger: Token, lexicon: EventLexicon) -> bool:
    """Whether the places of the event noun ``trigger``'s clause are where a verb of making known
    presented it, not places it concerns: "announced the ban in Nairobi", "unveiled new tariffs in
    Brussels", "announced a ban on protests at a news conference in Nairobi".

    A verb that enacts what it names ("imposed a curfew in Cizre", "declared a state of emergency in
    Addis Ababa") is no such verb; and an act announced with a place of its own, "a curfew in
    Maiduguri", applies there, unless the place is a capital, where governments make their acts known.
    """
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = next((head for head, _ in governing(trigger, max_steps=4) if head.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_.lower() not in lexicon.word_set("announcement_verbs"):
        return False
    grammar = lexicon.grammar
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in grammar.definite_determiners) for c in trigger.children):
        return True  # "the ban", "its plan": already known, so the place tells where it was announced
    index = trigger.doc._.actor_index or {}
    for prep in trigger.children:
        place = child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ in grammar.locative_prepositions else None
        if place is not None and (place.ent_type_ in {"GPE", "LOC", "FAC"} or place.lemma_.lower() in grammar.place_nouns):
            return any(m.actor.sector == "GOV" for m in index.get(place.i, []))  # a capital is a seat of government
    return True


class TargetFinder:
    """Finds whom an event is aimed at: the entry's slots, then fallbacks (see ``target``)."""

    def __init__(self, lexicon: EventLexicon):
        self.lexicon = lexicon
        self.speech_verbs = lexicon.word_set("speech_verbs")
        self.places = lexicon.grammar.locative_prepositions

    def place_phrase(self, trigger: Token, entry: TriggerEntry, obj: Token | None) -> Span | None:
        """The proper-noun phrase behind one of the entry's target prepositions, for the place stage to look up."""
        announced = made_known(trigger, self.lexicon)
        for host in (trigger, obj):
            if host is None:
                continue
            for slot in entry.target:
                if announced and slot in self.places:
                    continue
                pobj: Token | None
                if slot == "dobj" and host is obj and not entry.objects:
                    pobj = obj  # "shelled the city of Kharkiv"
                else:
                    pobj = prep_object(host, slot) if slot not in {"dobj", "dative"} else None
                if pobj is None:
                    continue
                names = [t for t in pobj.subtree if t.pos_ == "PROPN" and t.ent_type_ not in {"DATE", "TIME"}]
                if names:
                    return pobj.doc[names[0].i : names[-1].i + 1]
        return None

    def target(
        self, trigger: Token, entry: TriggerEntry, obj: Token | None, resolver: ActorResolver,
        noun: Token | None, governor: Token | None, resolver_sources: list[ActorMention],
    ) -> tuple[list[ActorMention], str]:
        hosts = [trigger]
        if obj is not None:
            hosts.append(obj)  # "threatened action against Russia", "imposed sanctions on Iran"
            hosts.extend(obj.conjuncts)  # "launched artillery, mortar and rocket fire against ..."
        if governor is not None:
            hosts.append(governor)
        # where an announced act was made known names no one it is aimed at
        places = self.places if made_known(trigger, self.lexicon) else frozenset()
        found, slot = self._slot_target(entry, obj, resolver, noun, hosts, places)
        if found:
            return found, slot
        return self._fallback_target(trigger, entry, obj, resolver, noun, governor, resolver_sources, hosts, places)

    def _slot_target(
        self, entry: TriggerEntry, obj: Token | None, resolver: ActorResolver, noun: Token | None, hosts: list[Token],
        places: frozenset[str],
    ) -> tuple[list[ActorMention], str]:
        """The target in the places the entry names, in order (leaving out ``places``); an actor with a known
        state beats a bare role ("fired drones at Saudi oil facilities": the drones are no target)."""
        uncoded: tuple[list[ActorMention], str] = ([], "")
        for found, slot in self._slot_candidates(entry, obj, resolver, noun, hosts, places):
            if any(m.actor.code for m in found):
                return found, slot
            if not uncoded[0]:
                uncoded = (found, slot)
        return uncoded

    def _slot_candidates(
        self, entry: TriggerEntry, obj: Token | None, resolver: ActorResolver, noun: Token | None, hosts: list[Token],
        places: frozenset[str],
    ):
        defaults = self.lexicon.grammar.noun_target_prepositions if noun is not None else DEFAULT_VERB_TARGETS
        for slot in (*entry.target, *(d for d in defaults if d not in entry.target)):
            if slot in places:
                continue
            if slot == "dobj":
                if obj is not None and not entry.objects:
                    found, _ = resolver.at(obj)
                    if found:
                        yield found, "dobj"
                continue
            if slot == "dative":
                for host in hosts:
                    dative = child(host, "dative", "iobj")
                    if dative is not None:
                        found, _ = resolver.at(child(dative, "pobj") or dative)
                        if found:
                            yield found, "dative"
                continue
            for host in hosts:
                found, _ = resolver.at(prep_object(host, slot), allow_locative=True)
                if found:
                    yield found, slot

    def _fallback_target(
        self, trigger: Token, entry: TriggerEntry, obj: Token | None, resolver: ActorResolver,
        noun: Token | None, governor: Token | None, resolver_sources: list[ActorMention], hosts: list[Token],
        places: frozenset[str],
    ) -> tuple[list[ActorMention], str]:
        """Where the entry's own places name no one: the object's owner, a complement, a fallback."""
        if entry.reciprocal and len(resolver_sources) > 1:
            return [], ""  # "X and Y held talks on Z", "X and Y agreed to share ...": each is the other's partner
        if noun is not None and governor is not None and governor.lemma_.lower() in self.lexicon.word_set("victim_verbs"):
            # "villagers suffered heavy shelling by Israeli forces": who suffers it is whom it is aimed at
            found, _ = resolver.at(logical_subject(governor, self.lexicon.grammar)[0] or child(governor, "nsubjpass"))
            if found:
                return found, "victim"
        owner = child(noun, "poss") if noun is not None else None
        if owner is not None and resolver.undergoes(owner):
            found, _ = resolver.at(owner, patient=True)  # "police announced his arrest": the arrested
            if found:
                return found, "possessor"
        # "rejected a Palestinian proposal", "accepted Russia's offer", "dismissed an appeal from X": whose object it is
        if obj is not None and noun is None:
            found = [m for m in resolver.index.get(obj.i, []) if m.actor.code and not m.locative]
            if not found:
                found, _ = resolver.at(child(obj, "poss"), patient=True)
            for word in ("by", "from", "of", "between", "with"):
                if not found:
                    found, _ = resolver.at(prep_object(obj, word))  # "hosted talks between X and Y"
            if found:
                return found, "object-owner"
        # "refused to meet Jordan's king": the object of the verb it governs
        complement = child(trigger, "xcomp") if noun is None else None
        if complement is not None:
            found, slot = self.complement_target(complement, resolver)
            if found:
                return found, f"complement-{slot}"
        # "demanded that the government end curbs": the subject of the demanded clause
        if noun is None:
            clause = child(trigger, "ccomp") or next(
                (c for c in trigger.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
        else:
            clause = child(trigger, "acl", "ccomp")
        if clause is not None:
            subject, _ = logical_subject(clause, self.lexicon.grammar)
            found, _ = resolver.at(subject)
            if found:
                return found, "ccomp-subject"
        # fallback: an actor behind any preposition of the trigger, or the clause's object for a noun
        for host in hosts:
            for prep in host.children:
                if prep.dep_ == "prep" and prep.lower_ in self.lexicon.grammar.fallback_target_prepositions - places:
                    found, _ = resolver.at(child(prep, "pobj"))
                    if found:
                        return found, f"fallback:{prep.lower_}"
        if governor is not None and noun is not None:
            governed = child(governor, "dobj")
            found, _ = resolver.at(governed)
            if found and governed is not None and governed.i != noun.i:
                return found, "fallback:clause-object"
        if self.lexicon.quad_class(entry.event) in {3, 4}:
            # conflict is aimed at someone even when the clause does not say so directly: "rioted ... calling
            # for the removal of President Mubarak", "shunned work to protest at settlement on Arab land"
            found = self._nearest_actor_below(trigger, resolver, {m.actor.identity for m in resolver_sources})
            if found:
                return found, "fallback:purpose"
        return [], ""

    def _nearest_actor_below(self, trigger: Token, resolver: ActorResolver, exclude: set) -> list[ActorMention]:
        """The closest actor in the trigger's purpose, manner or participle clauses, breadth first."""
        # "according to Turkish officials" names who reports the event, not whom it is aimed at
        frontier = [c for c in trigger.children if c.dep_ in {"advcl", "xcomp", "prep", "dobj"} and c.lower_ != "according"]
        seen = 0
        role_only: list[ActorMention] = []  # a role with no state ("civilians") only if no state is named
        while frontier and seen < 40:
            token = frontier.pop(0)
            seen += 1
            if token.lemma_.lower() in self.speech_verbs:
                continue
            found = [m for m in resolver.index.get(token.i, []) if not m.locative and m.actor.identity not in exclude]
            if any(m.actor.code for m in found):
                return found
            role_only = role_only or found
            frontier.extend(c for c in token.children if c.dep_ not in {"nsubj", "nsubjpass", "punct", "cc", "det", "advmod", "relcl", "appos"})
        return role_only

    def complement_target(self, verb: Token, resolver: ActorResolver, depth: int = 0) -> tuple[list[ActorMention], str]:
        """An actor the complement verb acts on: its object, indirect object, or a to/with/for/against phrase.

        An actor with a known state wins over a bare role found earlier ("contribute troops to a force in
        Liberia": Liberia, not the troops).
        """
        uncoded: tuple[list[ActorMention], str] = ([], "")
        for found, slot in self._complement_candidates(verb, resolver, depth):
            if any(m.actor.code for m in found):
                return found, slot
            if not uncoded[0]:
                uncoded = (found, slot)
        return uncoded

    def _complement_candidates(self, verb: Token, resolver: ActorResolver, depth: int):
        obj = logical_object(verb)
        found, _ = resolver.at(obj)
        if found:
            yield found, "dobj"
        clause = child(verb, "ccomp", "xcomp")
        if clause is not None and child(clause, "nsubj") is not None:
            found, _ = resolver.at(child(clause, "nsubj"))  # "refused to let US aid trucks enter"
            if found:
                yield found, "clause-subject"
        dative = child(verb, "dative", "iobj")
        if dative is not None:
            found, _ = resolver.at(child(dative, "pobj") or dative)
            if found:
                yield found, "dative"
        for word in ("to", "with", "against", "for", "on", "in", "between"):
            for host in (verb, obj) if obj is not None else (verb,):
                # "contribute troops to a force in Liberia": where the help goes is whom it helps
                found, _ = resolver.at(prep_object(host, word), allow_locative=True, deep_locative=word in {"to", "for"})
                if found:
                    yield found, word
        nested = child(verb, "xcomp", "advcl")
        if nested is not None and depth < 2:
            yield self.complement_target(nested, resolver, depth + 1)
