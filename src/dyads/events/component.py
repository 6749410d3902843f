"""The ``dyads_events`` component: find event triggers, then set ``doc._.events``.

Per sentence: match verb and noun triggers from the lexicon, find each one's
source and target on the parse, fold wrappers into the event they wrap
("threatened to shell" -> THREATEN, "is ready to send troops" -> AGREE, "said
Y must" -> REQUEST), drop events that another trigger governs ("agreed to a
ceasefire" is one AGREE), and leave out what did not happen (negated, denied,
conditional, speculative).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..actors import ActorMention
from ..parse.guard import check_clock, failure_reason
from .arguments import (
    ActorResolver,
    child,
    is_passive,
    logical_object,
    logical_subject,
    prep_object,
)
from .candidates import EventCandidate, object_matches
from .confidence import CONFIDENCE
from .lexicon import (
    EventLexicon,
    TriggerEntry,
)
from .modality import Modality, clause_verb, governing, modality_of, speech_source
from .model import SentenceReading
from .patterns import code_imported_verb
from .targets import TargetFinder
from .wrappers import SpeechAndWrappers


class EventCoder:
    """Compiles the event lexicon once; codes the events of each Doc."""

    def __init__(self, nlp: Language, lexicon: EventLexicon, keep_negated: bool = False, model_threshold: float = 0.8):
        self.lexicon = lexicon
        self.keep_negated = keep_negated
        self.model_threshold = model_threshold
        self.speech_verbs = lexicon.word_set("speech_verbs")
        self.light_verbs = lexicon.word_set("light_verbs")
        self.no_comment = lexicon.word_set("no_comment_verbs")
        self.blocking = lexicon.word_set("blocking_verbs")
        self.background = lexicon.word_set("background_preps")
        self.undergoers = lexicon.word_set("undergoer_verbs")
        self.directives = lexicon.word_set("directive_verbs")
        self.targets = TargetFinder(lexicon)
        self.wrappers = SpeechAndWrappers(lexicon, self.targets)

    def __call__(self, doc: Doc) -> Doc:
        events: list[EventCandidate] = []
        if not doc._.dyads_error:
            try:
                resolver = ActorResolver(doc, self.lexicon.grammar)
                for sent in doc.sents:
                    check_clock(doc)
                    events.extend(self.code_sentence(sent, resolver))
            except Exception as exc:  # an odd parse fails this document only, not the batch
                doc._.dyads_error = failure_reason(doc, "events", exc)
                events = []
        doc._.events = events
        return doc

    # -- finding triggers -------------------------------------------------
    def code_sentence(self, sent: Span, resolver: ActorResolver) -> list[EventCandidate]:
        """The events of one sentence, by these passes in this order:

        1. triggers: imported PETRARCH patterns (kept as the dictionary codes them), then verbs,
           then nouns no verb took;
        2. speech and bare markers (built-in lexicon only): "X said Y must ...", "X warned ...";
        3. wrapping: an event governed by a threat or an intention becomes that threat or promise;
        4. absorption: an event inside another one's phrase gives way to it;
        5. finishing: modality (negation, conditions), confidence for embedding, the speaker,
           joint exercises, reciprocal pairs.
        """
        if not resolver.any_in(sent):
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
            found.extend(self.wrappers.speech_events(sent, resolver, found))
            found.extend(self.wrappers.bare_intentions(sent, resolver, found))
        found = self.wrappers.wrap(found, resolver)
        found = self._absorb(found)
        readings = sent.doc._.event_types
        reading = readings.of(sent) if readings is not None else None
        if reading is not None and not found and not literal:
            found = self._model_events(sent, reading, resolver)
        events = literal + [final for candidate in found for final in self._finish(candidate)]
        if reading is not None:
            for event in events:
                if event.rule != "model":
                    probability = reading.probabilities.get(event.event, 0.5)
                    # the model backs a rule event it agrees with; its doubt does not overrule a matched entry
                    event.confidence += CONFIDENCE.model_agreement * max(probability - 0.5, 0.0)
                    event.why.append(f"model:events p={probability:.2f}")
        return events

    def _model_events(self, sent: Span, reading: SentenceReading, resolver: ActorResolver) -> list[EventCandidate]:
        """Events of the types the model reads in a sentence no lexicon entry matched: the word that
        carried the type is the trigger, and the same argument finder as for entries finds who did
        what to whom; without a source there is no event."""
        proposed: list[EventCandidate] = []
        for event, probability in reading.likely(self.model_threshold):
            trigger = reading.trigger(event)
            if (trigger is None or trigger.pos_ != "VERB" or trigger.lemma_.lower() in self.speech_verbs
                    or any(c.trigger.i == trigger.i for c in proposed) or self._entry_declined(trigger)):
                continue
            candidate = self._arguments(trigger, self.lexicon.model_entry(event), logical_object(trigger), resolver, noun=None, specific=False)
            # On real news the model alone is often wrong about sentences that say who did what to no one
            # ("the building collapsed, he said"); it proposes only a whole dyad, a named doer acting on a
            # named other, which is also what a warning, demand or charge needs to be one at all.
            if candidate is None or candidate.unattributed or not any(m.actor.code for m in candidate.target):
                continue
            candidate.why[0] = f"model:events p={probability:.2f}"
            candidate.rule = "model"
            candidate.confidence += CONFIDENCE.model_agreement * (probability - 0.5) - CONFIDENCE.model_event
            proposed.append(candidate)
        return proposed

    def _entry_declined(self, verb: Token) -> bool:
        """Whether an entry matches the verb by itself, so that the rules already weighed it and let it
        go ("declined to comment", a warning aimed at no one); where every entry of the verb asks for
        an object or particle the sentence lacks ("provided firearms"), the rules had no say."""
        return any(not p.particle and not p.entry.objects for p in self.lexicon.verbs.get(verb.lemma_.lower(), []))

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
                grammar = self.lexicon.grammar
                if object_matches(supplied, entry.objects, grammar) and obj is not None and not object_matches(obj, entry.objects, grammar):
                    # "provide Ukraine with tanks": the thing comes with "with", the object receives it
                    candidate = self._arguments(verb, entry, supplied, resolver, noun=None, specific=True)
                    if candidate is not None and not any(m.actor.code for m in candidate.target):
                        candidate.target, _ = resolver.at(obj)
                        candidate.why.append("target=recipient")
                        candidate.target_slots.append("recipient")
                    return candidate
                if not object_matches(obj, entry.objects, self.lexicon.grammar) and not (obj is None and self._object_via_prep(verb, entry)):
                    continue
            return self._arguments(verb, entry, obj, resolver, noun=None, specific=bool(entry.objects or pattern.particle))
        return None

    def _object_via_prep(self, verb: Token, entry: TriggerEntry) -> bool:
        # "called for a ceasefire", "appealed for aid": the object sits behind a preposition
        grammar = self.lexicon.grammar
        return any(prep.dep_ == "prep" and object_matches(child(prep, "pobj"), entry.objects, grammar) for prep in verb.children)

    def _noun_event(self, noun: Token, resolver: ActorResolver, verb_triggers: set[int]) -> EventCandidate | None:
        patterns = self.lexicon.nouns.get(noun.lemma_.lower())
        if not patterns:
            return self._nominalized_event(noun, resolver, verb_triggers)
        if noun.dep_ in {"compound", "amod", "nmod", "poss"}:
            return None  # a modifier, not the thing talked about: "invasion forces", "war crimes court"
        if noun.dep_ == "attr" and prep_object(noun, "between") is None:
            return None  # said of something, not done: "the wall was one of his campaign promises"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in resolver.index:
            return None  # part of an actor's name or description: "the court of appeal", "the ministry of defence"
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
            if pattern.entry.objects and not object_matches(obj, pattern.entry.objects, self.lexicon.grammar):
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
        confidence = CONFIDENCE.entry_trigger + (CONFIDENCE.specific_trigger if specific else 0.0)
        reciprocal = entry.reciprocal
        source: list[ActorMention] = []
        target: list[ActorMention] = []
        governor = None
        if noun is None:
            subject, how = logical_subject(trigger, self.lexicon.grammar)
            source, found = resolver.at(subject)
            if how and source:
                why.append(f"source={how}" + (f"/{found}" if found != "direct" else ""))
                confidence += CONFIDENCE.direct_subject if how in {"nsubj", "agent"} and found == "direct" else CONFIDENCE.indirect_subject
        else:
            between = prep_object(trigger, "between") or prep_object(trigger, "among")
            if between is not None:
                pair, _ = resolver.at(between)
                if len(pair) >= 2:
                    source, reciprocal = pair, True
                    why.append("source=between")
                    confidence += CONFIDENCE.between_pair
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
                        confidence += CONFIDENCE.noun_source
                        break
            governor = self._governing_verb(trigger)
            if not source:
                if governor is not None and trigger.dep_ not in {"nsubj", "nsubjpass"} and governor.lemma_.lower() not in self.undergoers:
                    subject, how = logical_subject(governor, self.lexicon.grammar)
                    if subject is None and is_passive(governor):
                        subject = child(governor, "nsubjpass")  # "were engaged in ethnic cleansing"
                    source, _ = resolver.at(subject)
                    if source:
                        light = governor.lemma_.lower() in self.light_verbs
                        why.append(f"source={'light-verb' if light else 'clause'}:{governor.lemma_.lower()}")
                        confidence += CONFIDENCE.light_verb_source if light else CONFIDENCE.clause_source
        # "a roadside bomb killed three soldiers": violence with no named perpetrator is kept if it has a
        # victim; the place it happened in stands in as the source when the sentence gives one.
        unattributed = not source and entry.event == "ASSAULT" and noun is None and self._has_doer(trigger)
        if not source and not unattributed:
            return None

        resolver.excluded = {m.actor.identity for m in source}  # "X opened fire on its positions": "its" is not X
        target, slot = self.targets.target(trigger, entry, obj, resolver, noun, governor, source)
        resolver.excluded = set()
        if target:
            why.append(f"target={slot}")
            confidence += CONFIDENCE.entry_target if slot in entry.target else 0.0
        place_hint = self.targets.place_phrase(trigger, entry, obj)
        if entry.needs_target and not any(m.actor.code for m in target):
            return None  # "warned that the economy would slow"; the bare-threat rule still reads the warned clause
        if unattributed:
            if not target:
                return None
            why.append("source=unattributed")
            confidence -= CONFIDENCE.unattributed
        trigger_text = self._trigger_text(trigger, obj if entry.objects else None, governor)
        return EventCandidate(
            sentence=trigger.sent, trigger=trigger, trigger_text=trigger_text, event=entry.event,
            cameo=entry.cameo, mode=entry.mode, entry_id=entry.id, source=source, target=target,
            reciprocal=reciprocal, confidence=confidence, why=why, place_hint=place_hint,
            target_slots=[slot] if target else [], unattributed=unattributed,
        )

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

    @staticmethod
    def _trigger_text(trigger: Token, obj: Token | None, governor: Token | None) -> str:
        words = [trigger]
        if governor is not None and governor.i < trigger.i and governor.lemma_ != "be":
            words = [governor] + [c for c in trigger.lefts if c.dep_ in {"amod", "compound"}] + [trigger]
        words += [c for c in trigger.children if c.dep_ == "prt"]
        if obj is not None:
            words.append(obj)
        return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))

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
        converted = candidate.rule is not None and modality.reason not in {"wished", "question"}
        if (modality.hypothetical or modality.obligation) and not converted:
            return []  # "if talks fail", "could strike", "Y must withdraw": not events that happened
        refusal = self.lexicon.types[candidate.event].refuse_cameo if candidate.event in self.lexicon.types else None
        plain = candidate.rule in {None, "model"} or (candidate.rule or "").startswith("intention-marker")
        if modality.negated and modality.reason == "neg" and modality.future and refusal and plain:
            # "will not lift the ban", "would not resign": the actor's refusal is what happened (REJECT)
            kind = self.lexicon.types[candidate.event]
            candidate.why.append(f"rule:refusal:{candidate.event}->REJECT")
            candidate.event, candidate.cameo, candidate.mode, candidate.rule = "REJECT", refusal, kind.refuse_mode, "refusal"
            modality = replace(modality, negated=False)
        if modality.negated:
            if not self.keep_negated:
                return []
            candidate.negated = True
            candidate.why.append(f"negated:{modality.reason}")
        if candidate.rule in {None, "model"}:
            # "urged Y to" is an appeal, "demanded" a demand: one PLOVER type, two CAMEO roots
            appeal = self.lexicon.appeal_code(candidate.event, {candidate.trigger.lemma_.lower()}, candidate.cameo)
            if appeal is not None:
                candidate.cameo = appeal
                candidate.why.append(f"appeal:CAMEO {appeal}")
        candidate.confidence -= CONFIDENCE.embedding_step * self._embedding_depth(candidate.trigger)
        speech, speaker_token = speech_source(candidate.trigger, self.lexicon)
        if speech is not None and speaker_token is not None:
            speakers, _ = ActorResolver(candidate.trigger.doc, self.lexicon.grammar).at(speaker_token)
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
        if len({m.actor.identity for m in candidate.source}) > 2:
            # a multilateral meeting is one event, not every pair of its members (earlier coders' dozens of dyads)
            candidate.why.append("multilateral")
            return [candidate]
        # "Russia and Azerbaijan are developing cooperation": one directed event each way
        pairs = []
        for one in candidate.source:
            for other in candidate.source:
                if one.actor.identity != other.actor.identity:
                    pairs.append(replace(candidate, source=[one], target=[other], why=[*candidate.why, "reciprocal-pair"]))
        return pairs or [candidate]


@Language.factory(
    "dyads_events",
    default_config={"lexicon": {"@misc": "dyads.event_lexicon.v1", "lexicon_dir": None, "dictionaries": [], "builtin": True},
                    "keep_negated": False, "model_threshold": 0.8},
    requires=["doc._.actors", "doc._.actor_index", "token.dep", "token.pos", "token.lemma", "doc.sents"],
    assigns=["doc._.events", "doc._.dyads_error"],
)
def make_event_coder(nlp: Language, name: str, lexicon: EventLexicon, keep_negated: bool, model_threshold: float) -> EventCoder:
    """The ``dyads_events`` component; ``lexicon`` comes from the registry (see ``dyads.pipeline``);
    ``model_threshold`` is the probability at which the learned model's reading of a sentence
    (``dyads_event_types``, when the pipeline has it) proposes an event no entry found."""
    return EventCoder(nlp, lexicon, keep_negated, model_threshold)
