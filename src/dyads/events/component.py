"""The ``dyads_events`` component: find event triggers, then set ``doc._.events``.

Per sentence: match verb and noun triggers from the lexicon, find each one's
source and target on the parse, fold wrappers into the event they wrap
("threatened to shell" -> THREATEN, "is ready to send troops" -> AGREE, "said
Y must" -> REQUEST), drop events that another trigger governs ("agreed to a
ceasefire" is one AGREE), and leave out what did not happen (negated, denied,
conditional, speculative).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..actors import ActorMention
from .arguments import ActorResolver, child, is_passive, logical_object, logical_subject, prep_object
from .lexicon import DEFAULT_NOUN_TARGETS, DEFAULT_VERB_TARGETS, QUAD_CLASS, EventLexicon, TriggerEntry, load_event_lexicon
from .modality import Modality, clause_verb, governing, modality_of, speech_source
from .patterns import code_imported_verb

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

# CAMEO codes for an intention or threat, by the type of the event intended.
_INTENT_CAMEO = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "RETREAT": "034", "CONCEDE": "034", "AGREE": "030", "SUPPORT": "030"}
_THREAT_CAMEO = {"ASSAULT": "138", "MOBILIZE": "138", "COERCE": "137", "SANCTION": "131", "PROTEST": "1312", "REJECT": "130", "RETREAT": "130"}


_PROCESS_NOUNS = {"issuing", "issuance", "issue", "granting", "delivery", "supply", "sale", "export", "import", "provision", "shipment", "transfer", "flow"}


def object_matches(obj: Token | None, objects: frozenset[str]) -> bool:
    """Whether ``obj`` is one of the entry's objects: a head lemma ("sanction") or a
    phrase whose last word is the head and whose other words modify it ("mediation effort")."""
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    if lemma in objects:
        return True
    modifiers = {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod", "nmod"}}
    for phrase in objects:
        *words, head = phrase.split()
        if words and head == lemma and all(w in modifiers for w in words):
            return True
    # "suspended the issuing of work visas": a process noun hands on to what it is about
    if obj.tag_ in {"VBG", "NN"} and obj.lemma_.lower() in _PROCESS_NOUNS:
        inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner_obj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
        if inner_obj is not None and object_matches(inner_obj, objects):
            return True
    # a title before a name ("candidate Alassane Ouattara"), or a coordinated object ("photographs and intelligence")
    if obj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in objects for c in obj.children):
        return True
    return any(conj.lemma_.lower() in objects for conj in obj.conjuncts)


@dataclass
class EventCandidate:
    """An event found in a sentence, before dates, places and ids are added."""

    sentence: Span
    trigger: Token
    trigger_text: str
    event: str
    cameo: str
    mode: str
    entry_id: str
    source: list[ActorMention]
    target: list[ActorMention]
    speaker: ActorMention | None = None
    negated: bool = False
    reciprocal: bool = False
    confidence: float = 0.5
    why: list[str] = field(default_factory=list)
    place_hint: Span | None = None  # a place named where the entry looks for its target ("withdrew from the Kyiv region")

    @property
    def quad_class(self) -> int:
        return QUAD_CLASS[self.event]


class EventCoder:
    """Compiles the event lexicon once; codes the events of each Doc."""

    def __init__(self, nlp: Language, lexicon: EventLexicon, keep_negated: bool = False):
        self.lexicon = lexicon
        self.keep_negated = keep_negated
        self.speech_verbs = lexicon.word_set("speech_verbs")
        self.light_verbs = lexicon.word_set("light_verbs")
        self.threats = lexicon.word_set("threat_markers")
        self.intentions = lexicon.word_set("intention_markers")
        self.commitments = lexicon.word_set("commitment_markers")
        self.no_comment = lexicon.word_set("no_comment_verbs")
        self.blocking = lexicon.word_set("blocking_verbs")
        self.background = lexicon.word_set("background_preps")
        self.undergoers = lexicon.word_set("undergoer_verbs")
        self.directives = lexicon.word_set("directive_verbs")
        self.relations = lexicon.word_set("relation_nouns")

    def __call__(self, doc: Doc) -> Doc:
        events: list[EventCandidate] = []
        if not doc._.dyads_error:
            try:
                resolver = ActorResolver(doc)
                for sent in doc.sents:
                    events.extend(self.code_sentence(sent, resolver))
            except Exception as exc:  # an odd parse fails this document only, not the batch
                doc._.dyads_error = f"events: {type(exc).__name__}: {exc}"
                events = []
        doc._.events = events
        return doc

    # -- finding triggers -------------------------------------------------
    def code_sentence(self, sent: Span, resolver: ActorResolver) -> list[EventCandidate]:
        if not any(m.head >= sent.start and m.head < sent.end for m in resolver.mentions):
            return []
        found: list[EventCandidate] = []
        literal: list[EventCandidate] = []  # imported PETRARCH patterns: coded as the dictionary says
        verb_triggers: set[int] = set()
        for token in sent:
            if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
                imported = code_imported_verb(self, token, resolver) if self.lexicon.imported else None
                if imported is not None:
                    literal.extend(imported)
                    verb_triggers.add(token.i)
                    continue
                if token.lemma_.lower() in self.directives and self._is_event_noun(logical_object(token)):
                    continue  # "ordered the arrest of ...": the arrest is the event
                candidate = self._verb_event(token, resolver)
                if candidate is not None:
                    found.append(candidate)
                    verb_triggers.add(token.i)
        for token in sent:
            if token.pos_ in {"NOUN", "PROPN"} and token.i not in verb_triggers:
                candidate = self._noun_event(token, resolver, verb_triggers)
                if candidate is not None:
                    found.append(candidate)
        if self.lexicon.builtin:
            found.extend(self._speech_events(sent, resolver, found))
            found.extend(self._bare_intentions(sent, resolver, found))
        found = self._wrap(found, resolver)
        found = self._absorb(found)
        return literal + [c for c in (self._finish(c) for c in found) for c in c]

    def _verb_event(self, verb: Token, resolver: ActorResolver) -> EventCandidate | None:
        patterns = self.lexicon.verbs.get(verb.lemma_.lower())
        if verb.i >= 2 and verb.nbor(-1).text == "-":
            # "test-fired" is tokenised "test - fired": the hyphenated verb's own entry comes first
            hyphenated = self.lexicon.verbs.get(f"{verb.nbor(-2).lower_}-{verb.lemma_.lower()}")
            patterns = (hyphenated or []) + (patterns or [])
        if not patterns:
            return None
        obj = logical_object(verb)
        if obj is None:
            # "allow refugees to return" parsed as a clause: its subject is what the verb acts on
            clause = child(verb, "ccomp", "xcomp")
            obj = child(clause, "nsubj") if clause is not None else None
        particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "dative", "agent"}}
        # "pushing for the US to support ...": the preposition introduces a clause
        particles |= {m.lower_ for c in verb.children if c.dep_ in {"advcl", "ccomp"} for m in c.children if m.dep_ == "mark"}
        for pattern in patterns:
            entry = pattern.entry
            if pattern.particle and pattern.particle not in particles:
                continue
            if entry.no_object and logical_object(verb) is not None:
                continue  # "Russia mobilised" is the entry; "mobilised pressure groups" is not
            complement = child(verb, "xcomp")
            if (entry.event == "REJECT" and complement is not None and complement.lemma_.lower() in self.no_comment
                    and not any(c.dep_ in {"dobj", "prep"} for c in complement.children)):
                return None  # "declined to comment" rejects nothing; "refused to respond to a demand" does
            if entry.objects:
                supplied = prep_object(verb, "with")
                if object_matches(supplied, entry.objects) and obj is not None and not object_matches(obj, entry.objects):
                    # "provide Ukraine with tanks": the thing comes with "with", the object receives it
                    candidate = self._arguments(verb, entry, supplied, resolver, noun=None, specific=True)
                    if candidate is not None and not any(m.actor.code for m in candidate.target):
                        candidate.target, _ = resolver.at(obj)
                        candidate.why.append("target=recipient")
                    return candidate
                if not object_matches(obj, entry.objects) and not (obj is None and self._object_via_prep(verb, entry)):
                    continue
            return self._arguments(verb, entry, obj, resolver, noun=None, specific=bool(entry.objects or pattern.particle))
        return None

    @staticmethod
    def _object_via_prep(verb: Token, entry: TriggerEntry) -> bool:
        # "called for a ceasefire", "appealed for aid": the object sits behind a preposition
        for prep in verb.children:
            if prep.dep_ == "prep" and object_matches(child(prep, "pobj"), entry.objects):
                return True
        return False

    def _noun_event(self, noun: Token, resolver: ActorResolver, verb_triggers: set[int]) -> EventCandidate | None:
        patterns = self.lexicon.nouns.get(noun.lemma_.lower())
        if not patterns:
            return self._nominalized_event(noun, resolver, verb_triggers)
        if noun.dep_ in {"compound", "amod", "nmod", "poss"}:
            return None  # a modifier, not the thing talked about: "invasion forces", "war crimes court"
        if noun.dep_ == "attr" and prep_object(noun, "between") is None:
            return None  # said of something, not done: "the wall was one of his campaign promises"
        if noun.dep_ == "pobj" and noun.head.lower_ in self.background:
            return None  # background: "during a G8 summit", "after talks"
        if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in self.blocking:
            return None  # stopped: "prevented the demonstration", "ended mediation efforts"
        modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
        modifiers |= {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
        for pattern in patterns:
            if all(m in modifiers for m in pattern.modifiers):
                if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.i in verb_triggers:
                    return None  # "rejected the offer": the verb's own entry codes it
                return self._arguments(noun, pattern.entry, None, resolver, noun=noun, specific=bool(pattern.modifiers))
        return None

    def _is_event_noun(self, token: Token | None) -> bool:
        if token is None or token.pos_ not in {"NOUN", "PROPN"}:
            return False
        lemma = token.lemma_.lower()
        return lemma in self.lexicon.nouns or lemma in self.lexicon.nominal_verbs

    def _nominalized_event(self, noun: Token, resolver: ActorResolver, verb_triggers: set[int]) -> EventCandidate | None:
        """"The withdrawal of forces from Panama" coded as "withdraw forces from Panama"."""
        verb = self.lexicon.nominal_verbs.get(noun.lemma_.lower())
        if verb is None or noun.dep_ in {"compound", "amod", "nmod", "poss"}:
            return None
        if noun.dep_ == "pobj" and noun.head.lower_ in self.background:
            return None
        if noun.dep_ in {"dobj", "nsubjpass"} and (noun.head.i in verb_triggers or noun.head.lemma_.lower() in self.blocking):
            return None
        lemma, _, particle = verb.partition(" ")
        obj = prep_object(noun, "of")
        for pattern in self.lexicon.verbs.get(lemma, []):
            if (pattern.particle or None) != (particle or None):
                continue
            if pattern.entry.objects and not object_matches(obj, pattern.entry.objects):
                continue
            candidate = self._arguments(noun, pattern.entry, obj, resolver, noun=noun, specific=bool(pattern.entry.objects))
            if candidate is not None:
                candidate.why.insert(1, f"nominalization:{noun.lemma_.lower()}->{verb}")
            return candidate
        return None

    # -- arguments ----------------------------------------------------------
    def _arguments(
        self, trigger: Token, entry: TriggerEntry, obj: Token | None, resolver: ActorResolver,
        noun: Token | None, specific: bool,
    ) -> EventCandidate | None:
        why = [entry.why]
        confidence = 0.55 + (0.1 if specific else 0.0)
        reciprocal = entry.reciprocal
        source: list[ActorMention] = []
        target: list[ActorMention] = []
        governor = None
        if noun is None:
            subject, how = logical_subject(trigger)
            source, found = resolver.at(subject)
            if how and source:
                why.append(f"source={how}" + (f"/{found}" if found != "direct" else ""))
                confidence += 0.15 if how in {"nsubj", "agent"} and found == "direct" else 0.05
        else:
            between = prep_object(trigger, "between") or prep_object(trigger, "among")
            if between is not None:
                pair, _ = resolver.at(between)
                if len(pair) >= 2:
                    source, reciprocal = pair, True
                    why.append("source=between")
                    confidence += 0.15
            if not source:
                for route in ("poss", "by", "modifier"):
                    if route == "modifier":
                        # "Israeli airstrikes", "a Palestinian proposal": the noun's own actor words
                        source = [m for m in resolver.index.get(trigger.i, []) if m.actor.code and not m.locative]
                    else:
                        token = child(trigger, "poss") if route == "poss" else prep_object(trigger, "by")
                        source, _ = resolver.at(token)
                    if source:
                        why.append(f"source={route}")
                        confidence += 0.1
                        break
            governor = self._governing_verb(trigger)
            if not source:
                if governor is not None and trigger.dep_ not in {"nsubj", "nsubjpass"} and governor.lemma_.lower() not in self.undergoers:
                    subject, how = logical_subject(governor)
                    if subject is None and is_passive(governor):
                        subject = child(governor, "nsubjpass")  # "were engaged in ethnic cleansing"
                    source, _ = resolver.at(subject)
                    if source:
                        light = governor.lemma_.lower() in self.light_verbs
                        why.append(f"source={'light-verb' if light else 'clause'}:{governor.lemma_.lower()}")
                        confidence += 0.1 if light else -0.1
        # "a roadside bomb killed three soldiers": violence with no named perpetrator is kept if it has a
        # victim; the place it happened in stands in as the source when the sentence gives one.
        unattributed = not source and entry.event == "ASSAULT" and noun is None and self._has_doer(trigger)
        if not source and not unattributed:
            return None

        resolver.excluded = {m.actor.identity for m in source}  # "X opened fire on its positions": "its" is not X
        target, slot = self._target(trigger, entry, obj, resolver, noun, governor, source)
        resolver.excluded = set()
        if target:
            why.append(f"target={slot}")
            confidence += 0.15 if slot in entry.target else 0.0
        place_hint = self._place_phrase(trigger, entry, obj)
        if entry.needs_target and not any(m.actor.code for m in target):
            return None  # "warned that the economy would slow"; the bare-threat rule still reads the warned clause
        if unattributed:
            if not target:
                return None
            why.append("source=unattributed")
            confidence -= 0.15
        trigger_text = self._trigger_text(trigger, obj if entry.objects else None, governor)
        return EventCandidate(
            sentence=trigger.sent, trigger=trigger, trigger_text=trigger_text, event=entry.event,
            cameo=entry.cameo, mode=entry.mode, entry_id=entry.id, source=source, target=target,
            reciprocal=reciprocal, confidence=confidence, why=why, place_hint=place_hint,
        )

    @staticmethod
    def _place_phrase(trigger: Token, entry: TriggerEntry, obj: Token | None) -> Span | None:
        """The proper-noun phrase behind one of the entry's target prepositions, for the place stage to look up."""
        for host in (trigger, obj):
            if host is None:
                continue
            for slot in entry.target:
                if slot == "dobj" and host is obj and not entry.objects:
                    pobj = obj  # "shelled the city of Kharkiv"
                else:
                    pobj = prep_object(host, slot) if slot not in {"dobj", "dative"} else None
                if pobj is None:
                    continue
                names = [t for t in pobj.subtree if t.pos_ == "PROPN"]
                if names:
                    return pobj.doc[names[0].i : names[-1].i + 1]
        return None

    @staticmethod
    def _has_doer(verb: Token) -> bool:
        """Whether the sentence names a doer, even one that is no actor ("a roadside bomb killed",
        "were killed by an explosive device"); "were engaged in" names none."""
        agent = child(verb, "agent")
        return child(verb, "nsubj", "csubj") is not None or (agent is not None and child(agent, "pobj") is not None)

    def _governing_verb(self, noun: Token) -> Token | None:
        for head, _ in governing(noun, max_steps=4):
            if head.pos_ in {"VERB", "AUX"}:
                return head
        return None

    def _target(
        self, trigger: Token, entry: TriggerEntry, obj: Token | None, resolver: ActorResolver,
        noun: Token | None, governor: Token | None, resolver_sources: list[ActorMention],
    ) -> tuple[list[ActorMention], str]:
        hosts = [trigger]
        if obj is not None:
            hosts.append(obj)  # "threatened action against Russia", "imposed sanctions on Iran"
            hosts.extend(obj.conjuncts)  # "launched artillery, mortar and rocket fire against ..."
        if governor is not None:
            hosts.append(governor)
        found, slot = self._slot_target(trigger, entry, obj, resolver, noun, hosts)
        if found:
            return found, slot
        return self._fallback_target(trigger, entry, obj, resolver, noun, governor, resolver_sources, hosts)

    def _slot_target(
        self, trigger: Token, entry: TriggerEntry, obj: Token | None, resolver: ActorResolver,
        noun: Token | None, hosts: list[Token],
    ) -> tuple[list[ActorMention], str]:
        """The target in the places the entry names, in order; an actor with a known state beats a bare role
        ("fired drones at Saudi oil facilities": the drones are no target)."""
        uncoded: tuple[list[ActorMention], str] = ([], "")
        for found, slot in self._slot_candidates(entry, obj, resolver, noun, hosts):
            if any(m.actor.code for m in found):
                return found, slot
            if not uncoded[0]:
                uncoded = (found, slot)
        return uncoded

    def _slot_candidates(self, entry: TriggerEntry, obj: Token | None, resolver: ActorResolver, noun: Token | None, hosts: list[Token]):
        defaults = DEFAULT_NOUN_TARGETS if noun is not None else DEFAULT_VERB_TARGETS
        for slot in (*entry.target, *(d for d in defaults if d not in entry.target)):
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
    ) -> tuple[list[ActorMention], str]:
        """Where the entry's own places name no one: the object's owner, a complement, a fallback."""
        if entry.reciprocal and len(resolver_sources) > 1:
            return [], ""  # "X and Y held talks on Z", "X and Y agreed to share ...": each is the other's partner
        # "rejected a Palestinian proposal", "accepted Russia's offer", "dismissed an appeal from X": whose object it is
        if obj is not None and noun is None:
            found = [m for m in resolver.index.get(obj.i, []) if m.actor.code and not m.locative]
            if not found:
                found, _ = resolver.at(child(obj, "poss"))
            for word in ("by", "from", "of", "between", "with"):
                if not found:
                    found, _ = resolver.at(prep_object(obj, word))  # "hosted talks between X and Y"
            if found:
                return found, "object-owner"
        # "refused to meet Jordan's king": the object of the verb it governs
        complement = child(trigger, "xcomp") if noun is None else None
        if complement is not None:
            found, slot = self._complement_target(complement, resolver)
            if found:
                return found, f"complement-{slot}"
        # "demanded that the government end curbs": the subject of the demanded clause
        if noun is None:
            clause = child(trigger, "ccomp") or next(
                (c for c in trigger.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)
        else:
            clause = child(trigger, "acl", "ccomp")
        if clause is not None:
            subject, _ = logical_subject(clause)
            found, _ = resolver.at(subject)
            if found:
                return found, "ccomp-subject"
        # fallback: an actor behind any preposition of the trigger, or the clause's object for a noun
        for host in hosts:
            for prep in host.children:
                if prep.dep_ == "prep" and prep.lower_ in {"against", "on", "with", "to", "at", "toward", "towards", "into", "for"}:
                    found, _ = resolver.at(child(prep, "pobj"))
                    if found:
                        return found, f"fallback:{prep.lower_}"
        if governor is not None and noun is not None:
            found, _ = resolver.at(child(governor, "dobj"))
            if found and child(governor, "dobj").i != noun.i:
                return found, "fallback:clause-object"
        if QUAD_CLASS[entry.event] in {3, 4}:
            # conflict is aimed at someone even when the clause does not say so directly: "rioted ... calling
            # for the removal of President Mubarak", "shunned work to protest at settlement on Arab land"
            found = self._nearest_actor_below(trigger, resolver, {m.actor.identity for m in resolver_sources})
            if found:
                return found, "fallback:purpose"
        return [], ""

    def _nearest_actor_below(self, trigger: Token, resolver: ActorResolver, exclude: set) -> list[ActorMention]:
        """The closest actor in the trigger's purpose, manner or participle clauses, breadth first."""
        frontier = [c for c in trigger.children if c.dep_ in {"advcl", "xcomp", "prep", "dobj"}]
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

    def _complement_target(self, verb: Token, resolver: ActorResolver, depth: int = 0) -> tuple[list[ActorMention], str]:
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
            yield self._complement_target(nested, resolver, depth + 1)

    @staticmethod
    def _trigger_text(trigger: Token, obj: Token | None, governor: Token | None) -> str:
        words = [trigger]
        if governor is not None and governor.i < trigger.i and governor.lemma_ != "be":
            words = [governor] + [c for c in trigger.lefts if c.dep_ in {"amod", "compound"}] + [trigger]
        words += [c for c in trigger.children if c.dep_ == "prt"]
        if obj is not None:
            words.append(obj)
        return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))

    # -- speech acts ----------------------------------------------------------
    def _speech_events(self, sent: Span, resolver: ActorResolver, found: list[EventCandidate]) -> list[EventCandidate]:
        """"X said Y must ..." -> REQUEST X -> Y; "X said Y is its ally" -> SUPPORT X -> Y."""
        extra: list[EventCandidate] = []
        for token in sent:
            if token.pos_ not in {"VERB", "AUX"}:
                continue
            speech, speaker_token = speech_source(token, self.lexicon)
            if speech is None or clause_verb(token).i != token.i:
                continue
            speakers, _ = resolver.at(speaker_token)
            if not speakers:
                continue
            subject, _ = logical_subject(token)
            addressees, _ = resolver.at(subject)
            modality = modality_of(token, self.lexicon)
            if not addressees or modality.negated:
                continue
            if modality.obligation:
                extra.append(EventCandidate(
                    sentence=sent, trigger=token, trigger_text=f"{speech.text} ... {self._modal(token)} {token.text}",
                    event="REQUEST", cameo="100", mode="", entry_id="speech.obligation",
                    source=speakers, target=addressees, confidence=0.6,
                    why=["rule:speech+obligation-modal", f"speech={speech.lemma_.lower()}"],
                ))
            elif token.lemma_ == "be":
                attr = child(token, "attr")
                if attr is not None and attr.lemma_.lower() in self.relations:
                    extra.append(EventCandidate(
                        sentence=sent, trigger=attr, trigger_text=f"{token.text} {attr.text}",
                        event="SUPPORT", cameo="051", mode="", entry_id="speech.relation",
                        source=speakers, target=addressees, confidence=0.55,
                        why=["rule:speech+relation-noun", f"speech={speech.lemma_.lower()}"],
                    ))
        return extra

    def _bare_intentions(self, sent: Span, resolver: ActorResolver, found: list[EventCandidate]) -> list[EventCandidate]:
        """"X is willing to send material to help defend Y", "X offered to hand over ... to Y": AGREE X -> Y."""
        triggers = {c.trigger.i for c in found}
        extra = []
        for marker in sent:
            lemma = marker.lemma_.lower()
            threat = lemma in self.threats and marker.pos_ == "VERB"
            if (lemma not in self.commitments and not threat) or marker.i in triggers:
                continue
            complement = next((c for c in marker.children if c.dep_ in {"xcomp", "acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}), None)
            if complement is None:
                to = next((c for c in marker.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                complement = child(to, "pcomp") if to is not None else None
            if complement is None or any(t.i in triggers for t in complement.subtree):
                continue
            if modality_of(marker, self.lexicon).negated:
                continue
            sources, _ = resolver.at(self._marker_subject(marker))
            if not sources:
                continue
            targets, slot = self._complement_target(complement, resolver)
            if not targets and complement.dep_ == "ccomp":
                targets, _ = resolver.at(logical_subject(complement)[0])  # "warned that police will no longer tolerate"
                slot = "clause-subject"
            if threat and not targets:
                continue  # a warning about the weather or the economy threatens no one
            extra.append(EventCandidate(
                sentence=sent, trigger=marker, trigger_text=f"{marker.text} ... {complement.text}",
                event="THREATEN" if threat else "AGREE", cameo="130" if threat else "030", mode="",
                entry_id="threat.bare" if threat else "intention.bare", source=sources, target=targets,
                confidence=0.5 + (0.1 if targets else 0.0),
                why=[f"rule:{'threat' if threat else 'intention'}-marker:{lemma}", *([f"target=complement-{slot}"] if targets else [])],
            ))
        return extra

    @staticmethod
    def _modal(verb: Token) -> str:
        aux = [c.text for c in verb.children if c.dep_ == "aux"]
        return " ".join(aux) or "must"

    # -- wrappers and absorption --------------------------------------------
    def _wrap(self, found: list[EventCandidate], resolver: ActorResolver) -> list[EventCandidate]:
        """Fold an event into the threat or intention that governs it."""
        out: list[EventCandidate] = []
        markers_used: set[int] = set()
        for candidate in found:
            marker = self._marker(candidate.trigger)
            if marker is None:
                out.append(candidate)
                continue
            lemma = marker.lemma_.lower()
            threat = lemma in self.threats or (candidate.quad_class in {3, 4} and not self._offer_of_forces(candidate))
            if candidate.quad_class == 3 and lemma not in self.threats:
                out.append(candidate)
                continue
            event = "THREATEN" if threat else "AGREE"
            cameo = (_THREAT_CAMEO if threat else _INTENT_CAMEO).get(candidate.event, "130" if threat else "030")
            source = candidate.source
            subject = self._marker_subject(marker)
            if subject is not None:
                found_source, _ = resolver.at(subject)
                source = found_source or source
            markers_used.add(marker.i)
            target = candidate.target
            warned, _ = resolver.at(child(marker, "dobj") if threat and marker.pos_ == "VERB" else None)
            if warned:
                target = warned  # "warned Washington against selling arms to Taiwan": the warning is aimed at Washington
            if not target:
                # "promised Ukraine aid", "warned Norway of retaliation": whom the promise or threat is made to
                target, _ = resolver.at(child(marker, "dative", "dobj") if marker.pos_ == "VERB" else None)
                target = [m for m in target if m.head != candidate.trigger.i]
            if not target and threat:
                target = self._condition_subject(marker, candidate.trigger, resolver)
            out.append(replace(
                candidate, event=event, cameo=cameo, mode="", source=source, target=target,
                trigger_text=f"{marker.text} ... {candidate.trigger_text}",
                why=[f"rule:{'threat' if lemma in self.threats else 'intention'}-marker:{lemma}->{event}", *candidate.why],
                confidence=candidate.confidence - 0.05,
            ))
        return [c for c in out if not (c.trigger.i in markers_used and c.entry_id and not c.why[0].startswith("rule:"))]

    def _condition_subject(self, marker: Token, trigger: Token, resolver: ActorResolver) -> list[ActorMention]:
        """"threatened to stop talks if the United States goes ahead": the threat is aimed at whoever
        the condition is about."""
        conditionals = self.lexicon.word_set("conditional_marks")
        for verb in (trigger, clause_verb(trigger), marker):
            for clause in verb.children:
                if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in conditionals for c in clause.children):
                    found, _ = resolver.at(logical_subject(clause)[0])
                    if found:
                        return found
        return []

    @staticmethod
    def _offer_of_forces(candidate: EventCandidate) -> bool:
        """"ready to send troops to Lithuania" offers help; "ready to send troops against X" threatens."""
        return candidate.event == "MOBILIZE" and any(w in candidate.why for w in ("target=to", "target=for", "target=dative"))

    def _marker(self, trigger: Token) -> Token | None:
        verb = clause_verb(trigger)
        if trigger.pos_ in {"NOUN", "PROPN"} and verb.i != trigger.i and verb.lemma_.lower() in self.threats | self.intentions:
            return verb  # "promised Ukraine military aid", "threatened sanctions"
        for head, dep in governing(verb, max_steps=4):
            lemma = head.lemma_.lower()
            if dep in {"xcomp", "acl", "prep", "pobj", "pcomp", "ccomp", "dobj"} and (lemma in self.threats or lemma in self.intentions):
                return head
            if dep not in {"xcomp", "acl", "prep", "pobj", "pcomp", "dobj", "conj"}:
                break
        modality = modality_of(trigger, self.lexicon)
        # "X said it will withdraw" announces an intention; "X will resign", asserted by the writer, is coded as the act
        if modality.future and not modality.hypothetical and speech_source(trigger, self.lexicon)[0] is not None:
            return trigger if trigger.pos_ in {"VERB", "AUX"} else verb
        return None

    @staticmethod
    def _marker_subject(marker: Token) -> Token | None:
        if marker.pos_ == "NOUN":
            poss = child(marker, "poss")
            if poss is not None:
                return poss
            if marker.head.pos_ in {"VERB", "AUX"}:
                return logical_subject(marker.head)[0]
            return None
        if marker.pos_ == "ADJ" and marker.dep_ == "acomp":
            return logical_subject(marker.head)[0]
        subject = logical_subject(marker)[0]
        if subject is None and is_passive(marker):
            subject = child(marker, "nsubjpass")  # "Vietnam is committed to opening up"
        return subject

    def _absorb(self, found: list[EventCandidate]) -> list[EventCandidate]:
        """Drop an event whose trigger another trigger governs ("agreed to a ceasefire")."""
        by_token = {c.trigger.i: c for c in found}
        kept = []
        for candidate in found:
            governed = False
            previous = candidate.trigger
            for head, dep in governing(candidate.trigger, max_steps=6):
                # coordinated clauses are separate events; coordinated nouns share their governor
                if dep == "parataxis" or (dep == "conj" and previous.pos_ in {"VERB", "AUX"}):
                    break
                previous = head
                outer = by_token.get(head.i)
                if outer is not None and outer is not candidate:
                    governed = True
                    break
                if head.lemma_.lower() in self.speech_verbs and head.pos_ in {"VERB", "AUX"} and dep in {"ccomp", "parataxis", "advcl"}:
                    break  # reported speech: "X said (that) Y attacked Z" reports Y's event
            if not governed:
                kept.append(candidate)
        return kept

    # -- finishing ----------------------------------------------------------
    def _finish(self, candidate: EventCandidate) -> list[EventCandidate]:
        modality: Modality = modality_of(candidate.trigger, self.lexicon)
        converted = candidate.why[0].startswith("rule:") and modality.reason not in {"wished", "question"}
        if (modality.hypothetical or modality.obligation) and not converted:
            return []  # "if talks fail", "could strike", "Y must withdraw": not events that happened
        if modality.negated:
            if not self.keep_negated:
                return []
            candidate.negated = True
            candidate.why.append(f"negated:{modality.reason}")
        candidate.confidence -= 0.06 * self._embedding_depth(candidate.trigger)
        speech, speaker_token = speech_source(candidate.trigger, self.lexicon)
        if speech is not None and speaker_token is not None:
            speakers, _ = ActorResolver(candidate.trigger.doc).at(speaker_token)
            if speakers:
                candidate.speaker = speakers[0]
                candidate.why.append(f"speaker={speech.lemma_.lower()}")
        return self._split_pairs(candidate)

    def _embedding_depth(self, trigger: Token) -> int:
        """How many clauses (other than a reporting one) the trigger sits below: the main
        clause carries what the sentence reports; subordinate clauses are background more often."""
        depth = 0
        for head, dep in governing(clause_verb(trigger), max_steps=8):
            if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() not in self.speech_verbs and dep in {"advcl", "relcl", "acl", "ccomp", "xcomp", "conj"}:
                depth += 1
        return min(depth, 3)

    def _split_pairs(self, candidate: EventCandidate) -> list[EventCandidate]:
        if candidate.event == "MOBILIZE" and len({m.actor.code for m in candidate.source if m.actor.code}) > 1:
            # one country's exercise is MOBILIZE; several countries' joint drills are COOPERATE
            candidate.event, candidate.cameo, candidate.mode = "COOPERATE", "062", "military"
            candidate.reciprocal = True
            candidate.why.append("rule:joint-mobilization->COOPERATE")
        source_ids = {m.actor.identity for m in candidate.source}
        candidate.target = [m for m in candidate.target if m.actor.identity not in source_ids]
        if any(m.actor.code for m in candidate.target) or not candidate.reciprocal or len(candidate.source) < 2:
            return [candidate]
        # "Russia and Azerbaijan are developing cooperation": one directed event each way
        pairs = []
        for one in candidate.source:
            for other in candidate.source:
                if one.actor.identity != other.actor.identity:
                    pairs.append(replace(candidate, source=[one], target=[other], why=[*candidate.why, "reciprocal-pair"]))
        return pairs or [candidate]


@Language.factory("dyads_events", default_config={"lexicon_dir": None, "keep_negated": False, "dictionaries": [], "builtin": True})
def make_event_coder(
    nlp: Language, name: str, lexicon_dir: str | None, keep_negated: bool, dictionaries: list, builtin: bool,
) -> EventCoder:
    lexicon = load_event_lexicon(lexicon_dir)
    if dictionaries or not builtin:
        from ..petrarch import event_lexicon_with  # imported dictionaries feed this stage; loaded only when asked for

        lexicon = event_lexicon_with(lexicon, lexicon_dir, dictionaries, builtin)
    return EventCoder(nlp, lexicon, keep_negated)
