"""Speech acts and wrappers: "X said Y must ..." (REQUEST), "X says Y is its ally" (SUPPORT),
commitments and threats with no trigger of their own, and events folded into the threat or
intention that governs them ("threatened to shell" -> THREATEN, "is ready to send troops" -> AGREE).

A mixin of ``EventCoder``: it reads the coder's lexicon and word lists.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors import ActorMention
from .arguments import ActorResolver, child, is_passive, logical_subject
from .candidates import EventCandidate
from .confidence import CONFIDENCE
from .lexicon import EventLexicon
from .modality import clause_verb, decided_by, governing, modality_of, speech_source
from .targets import TargetFinder


class SpeechAndWrappers:
    """The passes over a sentence's candidates that speech and modal markers call for: events a
    speaker's words make (``speech_events``), threats and intentions with no coded event inside
    (``bare_intentions``), and events folded into the threat or intention governing them (``wrap``)."""

    def __init__(self, lexicon: EventLexicon, targets: TargetFinder):
        self.lexicon = lexicon
        self.targets = targets
        self.threats = lexicon.word_set("threat_markers")
        self.intentions = lexicon.word_set("intention_markers")
        self.commitments = lexicon.word_set("commitment_markers")
        self.relations = lexicon.word_set("relation_nouns")

    # -- speech acts ----------------------------------------------------------
    def speech_events(self, sent: Span, resolver: ActorResolver, found: list[EventCandidate]) -> list[EventCandidate]:
        """"X said Y must ..." -> REQUEST X -> Y; "X said Y is its ally" -> SUPPORT X -> Y."""
        extra: list[EventCandidate] = []
        for token in sent:
            if token.pos_ not in {"VERB", "AUX"}:
                continue
            speech, speaker_token = speech_source(token, self.lexicon)
            if speech is None or clause_verb(token).i != token.i:
                continue
            if any(c.dep_ == "neg" for c in speech.children):
                continue  # "X did not say that Y must ...": nothing was said, so nothing was asked
            speakers, _ = resolver.at(speaker_token)
            if not speakers:
                continue
            subject, _ = logical_subject(token, self.lexicon.grammar)
            addressees, _ = resolver.at(subject)
            modality = modality_of(token, self.lexicon)
            if not addressees or modality.negated:
                continue
            own = {m.actor.code for m in speakers}
            if modality.obligation and all(m.actor.code in own and m.actor.sector is None for m in addressees):
                continue  # "Johnson said Britain must leave": a leader's own state is no one he asks
            if modality.obligation:
                extra.append(EventCandidate(
                    sentence=sent, trigger=token, trigger_text=f"{speech.text} ... {self._modal(token)} {token.text}",
                    event="REQUEST", cameo="100", mode="", entry_id="speech.obligation",
                    source=speakers, target=addressees, confidence=CONFIDENCE.speech_obligation,
                    why=["rule:speech+obligation-modal", f"speech={speech.lemma_.lower()}"], rule="speech+obligation-modal",
                ))
            elif token.lemma_ == "be":
                attr = child(token, "attr")
                if attr is not None and attr.lemma_.lower() in self.relations:
                    extra.append(EventCandidate(
                        sentence=sent, trigger=attr, trigger_text=f"{token.text} {attr.text}",
                        event="SUPPORT", cameo="051", mode="", entry_id="speech.relation",
                        source=speakers, target=addressees, confidence=CONFIDENCE.speech_relation,
                        why=["rule:speech+relation-noun", f"speech={speech.lemma_.lower()}"], rule="speech+relation-noun",
                    ))
        return extra

    def bare_intentions(self, sent: Span, resolver: ActorResolver, found: list[EventCandidate]) -> list[EventCandidate]:
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
            targets, slot = self.targets.complement_target(complement, resolver)
            if not targets and complement.dep_ == "ccomp":
                targets, _ = resolver.at(logical_subject(complement, self.lexicon.grammar)[0])  # "warned that police will no longer tolerate"
                slot = "clause-subject"
            if threat and not targets:
                continue  # a warning about the weather or the economy threatens no one
            extra.append(EventCandidate(
                sentence=sent, trigger=marker, trigger_text=f"{marker.text} ... {complement.text}",
                event="THREATEN" if threat else "AGREE", cameo="130" if threat else "030", mode="",
                entry_id="threat.bare" if threat else "intention.bare", source=sources, target=targets,
                confidence=CONFIDENCE.bare_marker + (CONFIDENCE.bare_marker_target if targets else 0.0),
                why=[f"rule:{'threat' if threat else 'intention'}-marker:{lemma}", *([f"target=complement-{slot}"] if targets else [])],
                rule=f"{'threat' if threat else 'intention'}-marker:{lemma}", target_slots=[f"complement-{slot}"] if targets else [],
            ))
        return extra

    @staticmethod
    def _modal(verb: Token) -> str:
        aux = [c.text for c in verb.children if c.dep_ == "aux"]
        return " ".join(aux) or "must"

    # -- words that news uses in another sense -------------------------------
    def reread(self, candidate: EventCandidate) -> EventCandidate:
        """The event a trigger's phrase really reports when its entry's sense is the wrong one: a launch
        into the sea or at a range shows weapons (MOBILIZE), "jets blasted the town" is an attack."""
        if candidate.event == "ASSAULT" and self._display(candidate.trigger):
            return replace(candidate, event="MOBILIZE", cameo="150", mode="weapons", why=[*candidate.why, "reread:weapons-display"])
        if candidate.event == "ACCUSE" and self._bombardment(candidate.trigger):
            return replace(candidate, event="ASSAULT", cameo="190", mode="", why=[*candidate.why, "reread:bombardment"])
        return candidate

    def _display(self, trigger: Token) -> bool:
        """"fired two missiles into the sea", "fired rockets at a range", "launched a missile during drills",
        "test-fired": the launch hits no one."""
        words = self.lexicon.word_set
        if trigger.pos_ not in {"VERB", "AUX"} or trigger.lemma_.lower() not in words("display_launch_verbs"):
            return False
        obj = child(trigger, "dobj", "nsubjpass")
        if obj is None or obj.lemma_.lower() not in words("display_weapons"):
            return False
        tests = words("display_test_words")
        if any(c.dep_ in {"npadvmod", "advmod", "compound"} and c.lemma_.lower() in tests for c in trigger.children):
            return True  # "test-fired", parsed "test - fired"
        if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in tests for c in obj.children):
            return True  # "fired a test missile"
        for prep in (c for c in trigger.children if c.dep_ == "prep"):
            place = child(prep, "pobj")
            if place is None:
                continue
            named = {place.lemma_.lower(), *(c.lemma_.lower() for c in place.children if c.dep_ in {"compound", "amod"})}
            if prep.lower_ == "into" and named & words("display_places"):
                return True
            if prep.lower_ == "at" and named & words("display_aims"):
                return True
            if prep.lower_ in {"during", "in", "for"} and place.lemma_.lower() in words("display_occasions") | tests:
                return True
        return False

    def _bombardment(self, trigger: Token) -> bool:
        """"jets blasted rebel positions", "artillery hammered the town": criticism verbs said of violence."""
        words = self.lexicon.word_set
        if trigger.pos_ not in {"VERB", "AUX"} or trigger.lemma_.lower() not in words("violence_metaphors"):
            return False
        subject, _ = logical_subject(trigger, self.lexicon.grammar)
        obj = child(trigger, "dobj", "nsubjpass")
        struck = words("struck_objects") | self.lexicon.grammar.place_nouns
        return (obj is not None and obj.lemma_.lower() in struck) or (subject is not None and self._weapon(subject))

    def _weapon(self, subject: Token) -> bool:
        weapons = self.lexicon.word_set("weapon_subjects")
        lemma = subject.lemma_.lower()
        return lemma in weapons or any(f"{c.lower_} {lemma}" in weapons for c in subject.children if c.dep_ == "compound")

    # -- wrappers and absorption --------------------------------------------
    def wrap(self, found: list[EventCandidate], resolver: ActorResolver) -> list[EventCandidate]:
        """Fold an event into the threat or intention that governs it (after rereading words used in
        another sense, so that "threatened to fire missiles into the sea" threatens a display)."""
        out: list[EventCandidate] = []
        markers_used: set[int] = set()
        for candidate in map(self.reread, found):
            marker = self._marker(candidate.trigger)
            if marker is None:
                out.append(candidate)
                continue
            lemma = marker.lemma_.lower()
            if lemma in self.threats and self._forecast_of_others(marker, candidate.trigger, resolver):
                markers_used.add(marker.i)  # nor is the warning verb's own entry a threat to the one forecast about
                out.append(candidate)  # left to the modality pass, which drops it as speculative
                continue
            kind = self.lexicon.types[candidate.event]
            threat = lemma in self.threats or (kind.quad_class in {3, 4} and not self._offer_of_forces(candidate))
            if kind.quad_class == 3 and lemma not in self.threats:
                out.append(candidate)
                continue
            event = "THREATEN" if threat else "AGREE"
            # the type's own code for a threat or intention to act so (types.yml), else the general one
            cameo = (kind.threaten_cameo or "130") if threat else (kind.intend_cameo or "030")
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
            rule = f"{'threat' if lemma in self.threats else 'intention'}-marker:{lemma}->{event}"
            out.append(replace(
                candidate, event=event, cameo=cameo, mode="", source=source, target=target,
                trigger_text=f"{marker.text} ... {candidate.trigger_text}", rule=rule, why=[f"rule:{rule}", *candidate.why],
                confidence=candidate.confidence - CONFIDENCE.wrapped,
            ))
        return [c for c in out if not (c.trigger.i in markers_used and c.entry_id and c.rule is None)]

    def _forecast_of_others(self, marker: Token, trigger: Token, resolver: ActorResolver) -> bool:
        """"Hungary could veto the talks, EU diplomats warned": a warning that someone else may act is a
        forecast, not a threat; "Iran warned it could strike" is Iran's own threat."""
        verb = clause_verb(trigger)
        if not any(c.dep_ == "aux" and c.lower_ in self.lexicon.grammar.speculative_modals for c in verb.children):
            return False
        warners = {m.actor.code for m in resolver.at(self._marker_subject(marker))[0]}
        doers = {m.actor.code for m in resolver.at(logical_subject(verb, self.lexicon.grammar)[0])[0]}
        return bool(doers) and not doers & warners

    def _condition_subject(self, marker: Token, trigger: Token, resolver: ActorResolver) -> list[ActorMention]:
        """"threatened to stop talks if the United States goes ahead": the threat is aimed at whoever
        the condition is about."""
        conditionals = self.lexicon.word_set("conditional_marks")
        for verb in (trigger, clause_verb(trigger), marker):
            for clause in verb.children:
                if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in conditionals for c in clause.children):
                    found, _ = resolver.at(logical_subject(clause, self.lexicon.grammar)[0])
                    if found:
                        return found
        return []

    @staticmethod
    def _offer_of_forces(candidate: EventCandidate) -> bool:
        """"ready to send troops to Lithuania" offers help; "ready to send troops against X" threatens."""
        return candidate.event == "MOBILIZE" and any(slot in {"to", "for", "dative"} for slot in candidate.target_slots)

    def _marker(self, trigger: Token) -> Token | None:
        if decided_by(trigger, self.lexicon) is not None:
            return None  # "decided that it would expel the envoys": the measure was settled, not threatened
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

    def _marker_subject(self, marker: Token) -> Token | None:
        if marker.pos_ == "NOUN":
            poss = child(marker, "poss")
            if poss is not None:
                return poss
            if marker.head.pos_ in {"VERB", "AUX"}:
                return logical_subject(marker.head, self.lexicon.grammar)[0]
            return None
        if marker.pos_ == "ADJ" and marker.dep_ == "acomp":
            return logical_subject(marker.head, self.lexicon.grammar)[0]
        subject = logical_subject(marker, self.lexicon.grammar)[0]
        if subject is None and is_passive(marker):
            subject = child(marker, "nsubjpass")  # "Vietnam is committed to opening up"
        return subject
