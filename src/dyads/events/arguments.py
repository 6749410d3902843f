"""Who did it and to whom: source and target from the dependency parse.

Plain functions from tokens to actor mentions, in the manner of textacy's
triples: each branch names the construction it handles.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..actors import ActorMention
from ..lexicons.language import Grammar

_SUBJ_DEPS = {"nsubj", "csubj"}


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in {"nsubjpass", "auxpass", "csubjpass"} for child in verb.children)


def child(token: Token, *deps: str) -> Token | None:
    for candidate in token.children:
        if candidate.dep_ in deps:
            return candidate
    return None


def prep_object(token: Token, word: str) -> Token | None:
    """The object of the preposition ``word`` attached to ``token`` ("talks *with* X").

    "pulled its troops out of Kherson" counts as "from".
    """
    words = {word, "of"} if word == "from" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children) else {word}
    if word == "from":
        for outer in token.children:
            # "out of Kherson", "away from the border" parsed as a preposition inside a preposition
            if outer.dep_ == "prep" and outer.lower_ in {"out", "away", "off"}:
                inner = next((c for c in outer.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}), None)
                if inner is not None and child(inner, "pobj") is not None:
                    return child(inner, "pobj")
    for candidate in token.children:
        if candidate.dep_ in {"prep", "dative", "agent"} and candidate.lower_ in words:
            obj = child(candidate, "pobj", "pcomp")
            if obj is not None:
                return obj
    return None


def logical_subject(verb: Token, grammar: Grammar, depth: int = 0) -> tuple[Token | None, str]:
    """The token that does what ``verb`` says, and the construction that gave it (``grammar``: the
    language's relative pronouns, carrier and intention nouns)."""
    agent = child(verb, "agent")
    if agent is not None:
        # passive with agent: "was attacked by X"
        obj = child(agent, "pobj")
        return obj, "agent"
    subject = child(verb, *_SUBJ_DEPS)
    if subject is not None:
        # relative clause: "the rebels who attacked" -> the noun the clause modifies
        if subject.lower_ in grammar.relative_pronouns and verb.dep_ == "relcl":
            return verb.head, "relcl"
        return subject, "nsubj"
    if is_passive(verb) or depth > 3:
        return None, ""
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ in {"VERB", "AUX", "ADJ"}:
        # object control: "urged Iraq to comply" -> Iraq; subject control: "agreed to meet" -> the subject
        obj = child(head, "dobj")
        if obj is not None and head.pos_ == "VERB":
            return obj, "xcomp-object"
        if head.pos_ == "ADJ":
            # "X is ready to send troops": the adjective's clause subject
            return logical_subject(head.head, grammar, depth + 1) if head.dep_ == "acomp" else (None, "")
        return logical_subject(head, grammar, depth + 1)
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        # "X was indicted ... and will resign": the shared subject, not the first verb's agent
        if verb.tag_ == "VBN" and is_passive(head):
            return None, ""
        surface = child(head, "nsubj", "nsubjpass")
        if surface is not None:
            return surface, "conj"
        return logical_subject(head, grammar, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"} and head.pos_ in {"VERB", "AUX"}:
        # participle clause: "X launched fire, killing 50"
        return logical_subject(head, grammar, depth + 1)
    if verb.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"}:
        if verb.tag_ == "VBN":
            return None, ""
        if verb.tag_ == "VBG" and head.lemma_.lower() in grammar.carrier_nouns and head.head.pos_ in {"VERB", "AUX"}:
            # "issued a declaration demanding that ...": whoever issued it demands
            return logical_subject(head.head, grammar, depth + 1)
        if head.lower_ in grammar.intention_nouns:
            poss = child(head, "poss")
            if poss is not None:
                return poss, "possessor"
            return logical_subject(head.head, grammar, depth + 1) if head.head.pos_ in {"VERB", "AUX"} else (None, "")
        return head, "acl"
    if verb.dep_ == "pcomp" and head.head.pos_ in {"VERB", "AUX"}:
        return logical_subject(head.head, grammar, depth + 1)
    return None, ""


def logical_object(verb: Token) -> Token | None:
    """What ``verb`` acts upon: the passive subject, or the direct object."""
    if is_passive(verb):
        return child(verb, "nsubjpass")
    return child(verb, "dobj")


class ActorResolver:
    """Turns argument tokens into actor mentions, following coordination and pronouns."""

    def __init__(self, doc: Doc, grammar: Grammar):
        self.doc = doc
        self.grammar = grammar
        self.index: dict[int, list[ActorMention]] = doc._.actor_index or {}
        self.excluded: set = set()  # identities a pronoun may not stand for (the event's own source)
        # a resolver is made per sentence and per speaker: what depends only on the Doc is made once
        found = doc._.actors or []
        positions = doc._.dyads_actor_positions
        if positions is None or positions[0] is not found:
            # mentions in order of their head token, so that positions can be bisected; tokens merged
            # into a larger phrase ("forces from Panama") lead to that phrase's actor
            mentions = sorted(found, key=lambda m: m.head)
            covering = {i: m for m in mentions for i in range(m.start, m.end) if i != m.head}
            positions = doc._.dyads_actor_positions = (found, mentions, [m.head for m in mentions], covering)
        _, self.mentions, self.heads, self.covering = positions

    def any_in(self, span: Span) -> bool:
        """Whether ``span`` (a sentence) can name an actor: an actor phrase is headed inside it, or a
        pronoun there may stand for one before it ("He urged her to sign")."""
        first = bisect_left(self.heads, span.start)
        if first < len(self.heads) and self.heads[first] < span.end:
            return True
        return first > 0 and any(t.lower_ in self.grammar.pronouns for t in span)

    def in_sentence(self, sent: Span) -> list[ActorMention]:
        """The actor phrases headed inside ``sent``, in order."""
        return self.mentions[bisect_left(self.heads, sent.start):bisect_left(self.heads, sent.end)]

    def at(
        self, token: Token | None, depth: int = 0, allow_locative: bool = False, deep_locative: bool = False, patient: bool = False,
    ) -> tuple[list[ActorMention], str]:
        """The actors that ``token`` names, with how they were found.

        A place named after "in"/"at" ("a conference in Baku") is no actor unless the
        lexicon entry asks for that preposition ("arrived in Amman"). The possessor of an act done
        to it ("his arrest", "Navalny's conviction") names no one unless the caller asks for whom it
        was done to (``patient``): it never did the act.
        """
        if token is None or depth > 2 or (self.undergoes(token) and not patient):
            return [], ""
        if token.lower_ in self.grammar.relative_pronouns and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
            token = token.head.head  # "the army, which is backed by Russia": "which" is the army
        found = [m for m in self.index.get(token.i, []) if allow_locative or not m.locative]
        how = "direct"
        if found and token.pos_ == "NOUN" and depth == 0:
            # "Sweden's NATO membership": the possessor is whom it concerns, not the modifier
            poss = child(token, "poss")
            owners = [m for m in self.index.get(poss.i, []) if not m.locative] if poss is not None else []
            if owners and all(m.actor.org for m in found):
                found, how = owners, "possessor"
        if not found and token.pos_ == "PROPN" and token.i in self.covering:
            found, how = [self.covering[token.i]], "phrase"
        if not found and token.lower_ in self.grammar.pronouns:
            found, how = self.pronoun(token), "pronoun"
        if not found:
            poss = child(token, "poss")
            if poss is not None and token.pos_ in {"NOUN", "PROPN"} and token.lower_ in self.grammar.owned_nouns:
                found, how = self.at(poss, depth + 1)[0], "possessor"
        if not found and token.lemma_.lower() in self.grammar.border_nouns:
            found, _ = self.at(prep_object(token, "with"), depth + 1)  # "its border with Ukraine"
            how = "border"
        if not found:
            for candidate in token.children:
                if candidate.dep_ == "prep" and candidate.lower_ in self.grammar.inner_prepositions:
                    found, _ = self.at(child(candidate, "pobj"), depth + 1, allow_locative=deep_locative)
                    if found:
                        how = "of-phrase"
                        break
        if not found:
            # "crimes committed by Croat forces": the doer named in a participle clause
            for participle in token.children:
                if participle.dep_ == "acl" and participle.tag_ == "VBN":
                    agent = child(participle, "agent")
                    if agent is not None:
                        found, _ = self.at(child(agent, "pobj"), depth + 1)
                        if found:
                            how = "participle-agent"
                            break
        if not found and token.dep_ != "appos":
            appos = child(token, "appos")
            if appos is not None:
                found, how = self.at(appos, depth + 1)[0], "apposition"
        for conj in token.conjuncts:
            if conj.i > token.i:
                more = [m for m in self.index.get(conj.i, []) if not m.locative]
                if not more:
                    more, _ = self.at(conj, depth + 1)
                found += [m for m in more if m not in found]
        return found, how

    def undergoes(self, token: Token) -> bool:
        """Whether ``token`` possesses an act done to it: "his arrest", "Navalny's conviction" (but
        "Russia's expulsion of diplomats" is Russia's doing)."""
        head = token.head
        return token.dep_ == "poss" and head.lemma_.lower() in self.grammar.patient_nouns and prep_object(head, "of") is None

    def pronoun(self, token: Token) -> list[ActorMention]:
        """The earlier actor a pronoun stands for: in its own sentence, else in the nearest sentence
        before it that has one that fits.

        "he/him/his/she/her" stand for persons, named or by their office ("the Ukrainian president"),
        "it/its" for states and organisations, "they/them/their" for plural or coordinated actors
        first, else for any actor that is no person ("the Taliban said they").  In each sentence the
        subject comes first ("Turkey said it had attacked Syria"), then the actor nearest before the
        pronoun ("Russia criticised the Ukrainian president. Moscow accused him").
        """
        for fits in self._fits(token.lower_):
            found = self._antecedent(token, fits)
            if found is not None:
                if token.lower_ in self.grammar.plural_pronouns:
                    return [m for m in self._coordination(found) if m.actor.identity not in self.excluded]
                return [found]
        return []

    def _antecedent(self, token: Token, fits: Callable[[ActorMention], bool]) -> ActorMention | None:
        # walk back from the pronoun (not over every mention: a long document has thousands)
        sent_start = token.sent.start
        nearest: ActorMention | None = None  # the nearest fitting actor of the sentence being walked
        for k in range(bisect_left(self.heads, token.i) - 1, -1, -1):
            mention = self.mentions[k]
            if mention.head < sent_start:
                if nearest is not None:
                    return nearest  # the sentence walked had no fitting subject
                sent_start = self.doc[mention.head].sent.start
            if mention.locative or not fits(mention) or mention.actor.identity in self.excluded:
                continue
            if self.doc[mention.head].dep_ in {"nsubj", "nsubjpass"}:
                return mention
            nearest = nearest or mention
        return nearest

    def _fits(self, word: str) -> list[Callable[[ActorMention], bool]]:
        """What a pronoun can stand for, strictest first."""
        if word in self.grammar.thing_pronouns:
            return [lambda m: not m.person and not self._plural(m)]
        if word in self.grammar.person_pronouns:
            return [lambda m: m.person or m.office]
        if word in self.grammar.plural_pronouns:
            return [self._plural, lambda m: not m.person]
        return [lambda m: True]

    def _coordination(self, mention: ActorMention) -> list[ActorMention]:
        """The actors coordinated with ``mention``, itself included: "Russia and China", "the ministers
        of Lithuania and Latvia"."""
        head = self.doc[mention.head]
        heads = sorted({head.i, *(c.i for c in head.conjuncts)})
        return [m for i in heads for m in self.index.get(i, []) if not m.locative]

    def _plural(self, mention: ActorMention) -> bool:
        """A group named by a plural noun ("the militants") or a coordination; a name in the plural is
        mostly a state ("the United States", "the Philippines")."""
        head = self.doc[mention.head]
        return (head.pos_ == "NOUN" and head.tag_ in {"NNS", "NNPS"}) or len(self._coordination(mention)) > 1
