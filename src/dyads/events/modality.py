"""Whether a trigger reports something that happened, and who reports it.

Negation ("did not attack"), denial ("denied shelling"), failure ("failed to
reach"), conditionals ("if talks fail"), speculation ("could attack"), modals of
intention ("will withdraw") and obligation ("must cooperate"), and reported
speech ("X said ...").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .arguments import child, logical_subject
from .lexicon import EventLexicon

# Relations that keep a word inside the clause of the trigger governing it.
_EMBEDDING_DEPS = {
    "xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "attr", "oprd", "amod", "compound", "advcl", "nsubjpass", "nsubj",
    "appos", "relcl", "conj",
}


@dataclass(frozen=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    obligation: bool = False
    reason: str = ""


def clause_verb(token: Token) -> Token:
    """The verb (or predicate) of the clause ``token`` sits in."""
    current = token
    for _ in range(8):
        if current.pos_ in {"VERB", "AUX"} or current.dep_ in {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl"}:
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return current


def _aux_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def modality_of(trigger: Token, lexicon: EventLexicon) -> Modality:
    """Read negation and modality off the trigger's clause and the clauses governing it."""
    verb = clause_verb(trigger)
    future_modals = lexicon.word_set("future_modals")
    obligation = lexicon.word_set("obligation_modals")
    conditionals = lexicon.word_set("conditional_marks")
    denials = lexicon.word_set("denial_verbs")
    wishes = lexicon.word_set("wish_verbs")
    failures = lexicon.word_set("failure_verbs")
    deliberations = lexicon.word_set("deliberation_verbs")

    negated = any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in trigger.children)
    if trigger.pos_ == "NOUN" and any(c.lower_ in lexicon.grammar.negative_determiners for c in trigger.children if c.dep_ == "det"):
        negated = True
    negated = negated or _negative_subject(verb, lexicon) or _shares_negation(verb)
    auxes = _aux_words(verb)
    future = bool(auxes & future_modals) or _going_to(verb)
    must = bool(auxes & obligation) or _have_to(verb)
    hypothetical = bool(auxes & lexicon.grammar.speculative_modals)
    reason = "neg" if negated else ""
    if _conditioned(verb, lexicon, future):
        hypothetical, reason = True, reason or "conditional"  # "will extradite him only if Washington guarantees ..."
    if _forecast(trigger, verb, lexicon):
        hypothetical, reason = True, reason or "forecast"  # "is likely to back", "an attack remains unlikely"
    if trigger.i != verb.i and trigger.head.i == verb.i and trigger.dep_ in {"dobj", "nsubjpass"}:
        lemma = verb.lemma_.lower()
        if lemma in denials or f"{lemma} {_particle(verb)}".strip() in denials:
            negated, reason = True, "denied"  # an event noun a denial verb governs: "ruled out an attack on Syria"
        elif lemma in deliberations:
            hypothetical, reason = True, reason or "deliberated"  # "is considering a ban", "is weighing a request"
    if verb.lemma_.lower() in wishes and any(c.dep_ == "auxpass" for c in verb.children):
        hypothetical, reason = True, reason or "wished"  # "talks are expected to resume", "a deal is hoped for"

    # Climb the governing clauses: "denied that it shelled", "failed to reach", "if talks fail".
    current = verb
    for _ in range(6):
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in conditionals for c in current.children):
            hypothetical, reason = True, reason or "conditional"
        if any(c.dep_ == "mark" and c.lower_ in conditionals for c in current.children) and current.dep_ in {"advcl", "ccomp", "csubj"}:
            hypothetical, reason = True, reason or "conditional"
        if current.dep_ == "advcl" and _waits_on(current, lexicon) and _future(current.head, lexicon):
            hypothetical, reason = True, reason or "conditional"  # "would hand over its weapons only after Israel withdrew"
        head = current.head
        if head.i == current.i or current.dep_ not in {"xcomp", "ccomp", "pcomp", "pobj", "prep", "advcl", "acl", "dobj"}:
            break
        lemma = head.lemma_.lower()
        phrase = f"{lemma} {_particle(head)}".strip()
        if lemma in denials or phrase in denials:
            negated, reason = True, "denied"
        elif lemma in failures:
            negated, reason = True, "failed"
        elif phrase in deliberations or lemma in deliberations:
            hypothetical, reason = True, reason or "deliberated"  # "is considering cutting its aid"
        elif lemma in wishes and (current.dep_ == "ccomp" or (current.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children))):
            hypothetical, reason = True, reason or "wished"  # "hopes Ethiopia will agree", "talks are expected to resume"
        negated_head = any(c.dep_ == "neg" for c in head.children)
        if current.dep_ in {"xcomp", "ccomp"} and head.pos_ in {"VERB", "AUX", "ADJ"} and negated_head and lemma not in lexicon.word_set("speech_verbs"):
            # "did not agree to withdraw": the embedded event did not happen either
            negated, reason = True, reason or "neg"
        current = head
    if trigger.sent.text.rstrip().endswith("?"):
        hypothetical, reason = True, reason or "question"  # "Would China attack Taiwan?"
    return Modality(negated=negated, hypothetical=hypothetical, future=future, obligation=must, reason=reason)


def _future(verb: Token, lexicon: EventLexicon) -> bool:
    return bool(_aux_words(verb) & lexicon.word_set("future_modals")) or _going_to(verb)


def _waits_on(clause: Token, lexicon: EventLexicon) -> bool:
    marks = lexicon.word_set("future_condition_marks")
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _conditioned(verb: Token, lexicon: EventLexicon, future: bool) -> bool:
    """Whether the clause is the consequent of a condition: "will extradite him only if ...", "would
    release them once ...". The condition hangs off the clause's verb or a verb it is the complement of
    ("would be ready to send troops if ...")."""
    conditionals = lexicon.word_set("conditional_marks")
    current = verb
    for _ in range(3):
        for clause in current.children:
            if clause.dep_ != "advcl":
                continue
            if any(c.dep_ == "mark" and c.lower_ in conditionals for c in clause.children):
                return True
            if (future or _future(current, lexicon)) and _waits_on(clause, lexicon):
                return True
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return False
        current = current.head
    return False


def _forecast(trigger: Token, verb: Token, lexicon: EventLexicon) -> bool:
    """"is likely to back", "is due to visit" (the clause is a forecast word's complement); "an attack
    remains unlikely" (an event noun is the subject of a forecast)."""
    forecasts = lexicon.word_set("forecast_words")
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in forecasts:
        return True
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.pos_ == "NOUN":
        return any(c.dep_ in {"acomp", "attr", "oprd"} and c.lemma_.lower() in forecasts for c in trigger.head.children)
    return False


def _negative_subject(verb: Token, lexicon: EventLexicon) -> bool:
    """"No country sent troops", "Neither Egypt nor Jordan sent troops"."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    return any(c.dep_ in {"det", "preconj"} and c.lower_ in lexicon.grammar.negative_determiners for c in subject.children)


def _shares_negation(verb: Token) -> bool:
    """"has not recalled its ambassador or summoned the envoy": a negation covers verbs joined by "or"
    or "nor" that have no subject of their own; "did not attack but shelled" keeps its second verb."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    head = verb.head
    joined_by_or = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.children)
    return joined_by_or and any(c.dep_ == "neg" for c in head.children)


def decided_by(token: Token, lexicon: EventLexicon) -> Token | None:
    """The decision verb that settles the clause ``token`` sits in: "decided that it would expel",
    "voted to leave", "approved a plan to halt"; None when no decision governs it.

    Reported speech above the decision does not matter ("decided ..., officials said"); a decision
    reported as denied or not taken is left to the negation rules.
    """
    decisions = lexicon.word_set("decision_verbs")
    denials = lexicon.word_set("denial_verbs")
    for head, dep in governing(clause_verb(token), max_steps=4):
        if dep not in {"ccomp", "xcomp", "dobj", "acl", "prep", "pobj", "pcomp"}:
            return None
        if head.pos_ not in {"VERB", "AUX"}:
            continue  # "approved a plan to halt": the intention noun sits between the decision and the measure
        lemma = head.lemma_.lower()
        phrase = f"{lemma} {_particle(head)}".strip()
        if phrase in denials:
            return None  # "ruled out sending troops"
        if phrase in decisions or (lemma in decisions and phrase == lemma):
            return head
    return None


def _particle(verb: Token) -> str:
    part = next((c for c in verb.children if c.dep_ == "prt"), None)
    return part.lower_ if part is not None else ""


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"


def _have_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ in {"have", "need"} and head.i < verb.i


def governing(token: Token, max_steps: int = 6):
    """Yield (ancestor, dependency it was reached through) up the tree, within the sentence."""
    current = token
    for _ in range(max_steps):
        head = current.head
        if head.i == current.i:
            return
        yield head, current.dep_
        current = head


def speech_source(trigger: Token, lexicon: EventLexicon) -> tuple[Token | None, Token | None]:
    """The speech verb or noun that reports the trigger's clause, and the token naming who speaks.

    Handles "X said (that) ...", "..., X said", "X's remark that ...", "according to X".
    """
    speech_verbs = lexicon.word_set("speech_verbs")
    speech_nouns = lexicon.word_set("speech_nouns")
    verb = clause_verb(trigger)
    for head, dep in governing(verb):
        lemma = head.lemma_.lower()
        if head.pos_ in {"VERB", "AUX"} and lemma in speech_verbs and dep in {"ccomp", "xcomp", "advcl", "conj", "parataxis", "dobj"}:
            subject, _ = logical_subject(head, lexicon.grammar)
            return head, subject
        if head.pos_ == "NOUN" and lemma in speech_nouns and dep in {"acl", "ccomp", "appos", "relcl"}:
            poss = child(head, "poss")
            if poss is not None:
                return head, poss
            by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None and child(by, "pobj") is not None:
                return head, child(by, "pobj")
            if head.head.pos_ in {"VERB", "AUX"}:
                subject, _ = logical_subject(head.head, lexicon.grammar)
                return head, subject
            return head, None
    root = verb
    while root.head.i != root.i and root.dep_ in {"conj", "ccomp", "xcomp"}:
        root = root.head
    for candidate in root.children:
        # "X attacked Y, officials said" parsed with the speech verb hanging off the main verb
        if candidate.dep_ in {"parataxis", "advcl", "ccomp", "conj"} and candidate.lemma_.lower() in speech_verbs and candidate.i > trigger.i:
            subject, _ = logical_subject(candidate, lexicon.grammar)
            return candidate, subject
        if candidate.dep_ == "prep" and candidate.lower_ == "according":
            to = child(candidate, "prep")
            if to is not None:
                return candidate, child(to, "pobj")
    return None, None
