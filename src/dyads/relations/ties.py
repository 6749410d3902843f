"""Readers of ``ally``, ``strategic_partner``, ``diplomatic_relations`` and ``at_war_with``: relations raised to
another ("upgraded ties to a strategic partnership"), the other side named by "which" or "it", and the sides
and dates of a war.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from .kinds import RelationKinds
from .sentence import RELATIVE, STATELESS, Reading, Sentence, actor_key, aside_of, child_of, described_actors, governing_verb, pobj_of, subject_of


def raised_to(noun: Token) -> Token | None:
    """The verb that raises a relation to what a noun names: "upgraded the United States to a strategic partner",
    "upgraded ties to a strategic partnership" (the parse may hang "to" on the ties)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    head = noun.head.head
    if head.pos_ == "VERB":
        return head
    if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.lemma_.lower() in {"tie", "relation", "relationship"}:
        return head.head
    return None


def officeholder(sentence: Sentence, token: Token | None) -> bool:
    """Whether a token names a person or an office held by one ("the Central African Republic's president"), whose
    allies are a person's, not the state's."""
    return token is not None and any(m.person or m.office for m in sentence.by_token.get(token.i, []))


def situational(noun: Token, kinds: RelationKinds) -> bool:
    """Whether a side's alliance is in one matter only ("Warsaw's ally in the dispute over grain imports", "an ally of
    either side in the dispute"), no standing alliance."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "in" and t.lemma_.lower() in kinds.situation_nouns for t in noun.subtree)


def the_alliance(noun: Token) -> bool:
    """Whether "the alliance" stands bare for an organisation named before ("asked the alliance to keep its battlegroups"),
    with nothing of its own to name who is allied."""
    return noun.lemma_.lower() == "alliance" and child_of(noun, "det", "the") is not None and not any(
        c.dep_ in {"poss", "compound", "amod", "nmod", "nummod", "prep", "appos"} for c in noun.children)


def others_only(sentence: Sentence, noun: Token, holder: list[Actor], others: list[Actor], kinds: RelationKinds) -> bool:
    """Whether a side noun with no holder names only the other side, in its "of" phrase: "(his country will be) an ally of
    the United States and Israel" (allies of a third, not of each other)."""
    if holder or noun.lemma_.lower() not in kinds.side_nouns:
        return False
    listed = {actor_key(a) for a in sentence.actors_of(pobj_of(noun, "of"))}
    return len(listed) >= 2 and all(actor_key(a) in listed for a in others)


def state_waging(sentence: Sentence, its: Token) -> list[Actor]:
    """The state "its" stands for before a war: the nearest state named before it ("supplied shells to Russia for its war
    in Ukraine", "Moscow's ally in its war against Ukraine"), who wages the war whoever the clause is about."""
    for token in reversed(sentence.sent[: its.i - sentence.sent.start]):
        actor = sentence.actor_at(token) if token.i in sentence.by_token else None
        if actor is not None and actor.code not in STATELESS and actor.sector in {None, "GOV", "MIL"} and not sentence.person(token) \
                and not _set_apart(token, its):
            return [actor]
    return []


def _set_apart(token: Token, its: Token) -> bool:
    """Whether ``token`` sits in a relative clause or apposition that ``its`` is outside of: "Russia, which remains India's
    largest supplier, is short of parts for its war" (its: Russia's, not India's)."""
    return any(a.dep_ in {"relcl", "appos"} and not a.left_edge.i <= its.i <= a.right_edge.i for a in [token, *token.ancestors])


def antecedent_of_which(sentence: Sentence, noun: Token, holder: list[Actor]) -> list[Actor]:
    """The state "with which" stands for as the other side of a relation: the noun the relative clause hangs on, as
    the state it describes ("Israel, a country with which Iraq has had no relations") or the subject it is said of
    ("Chile is the only neighbour with which Bolivia has no relations")."""
    verb = governing_verb(noun)
    which = next((t for t in (pobj_of(noun, "with"), pobj_of(verb, "with") if verb is not None else None) if t is not None), None)
    clause = next((a for a in which.ancestors if a.dep_ == "relcl"), None) if which is not None and which.lower_ == "which" else None
    if clause is None:
        return []
    antecedent = clause.head
    named = sentence.actors_of(antecedent) or described_actors(sentence, antecedent)
    if not named and antecedent.dep_ == "attr" and antecedent.head.lemma_ in {"be", "remain"}:
        named = sentence.actors_of(child_of(antecedent.head, "nsubj"))
    return [a for a in named if a.code not in STATELESS and all(actor_key(a) != actor_key(h) for h in holder)]


def raised_ties(ties: Token, kinds: RelationKinds) -> bool:
    """Whether ties are raised to a relation of another name ("upgraded their ties to a comprehensive strategic
    partnership", "elevated relations to an alliance"), where the parse hangs "to" on the verb or on the ties."""
    if ties.dep_ != "dobj":
        return False
    raised = pobj_of(ties.head, "to") or pobj_of(ties, "to")
    return raised is not None and any(kind.name != "diplomatic_relations" for kind, _ in kinds.noun_kinds(raised.lemma_.lower()))


def antecedent_of_it(sentence: Sentence, noun: Token, holder: list[Actor]) -> list[Actor]:
    """The state "it" stands for as the other side of a relation ("made peace with Israel and has kept diplomatic
    relations with it"): the nearest state named before the pronoun that is not the relation's holder."""
    verb = governing_verb(noun)
    it = next((t for t in (pobj_of(noun, "with"), pobj_of(verb, "with") if verb is not None else None) if t is not None), None)
    if it is None or it.lower_ != "it":
        return []
    for token in reversed(sentence.sent[: it.i - sentence.sent.start]):
        actor = sentence.actor_at(token) if token.i in sentence.by_token else None
        if actor is not None and actor.code not in STATELESS and not sentence.person(token) and all(actor_key(actor) != actor_key(h) for h in holder):
            return [actor]
    return []


def war_sides(sentence: Sentence, war: Token) -> list[list[Actor]]:
    """The sides of a war that the noun's own phrase does not give: "Ukraine, at war with Russia since 2022,",
    "Lebanon and Israel are in a state of war", "the Russia-Ukraine war"."""
    head = war.head
    if war.dep_ == "pobj" and head.lower_ == "at" and head.head.pos_ not in {"VERB", "AUX"}:
        return [aside_of(sentence, head)]
    if war.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "state" and child_of(war, "det", "no") is None:
        # (not "a state of no war, no peace", which is neither)
        state = head.head
        verb = state.head.head if state.dep_ == "pobj" and state.head.lower_ == "in" else None
        if verb is not None and verb.lemma_.lower() in {"be", "remain"}:
            return [subject_of(sentence, verb), sentence.actors_of(pobj_of(state, "with")), sentence.actors_of(pobj_of(verb, "with"))]
    named = [c for c in war.lefts if c.dep_ == "compound" for c in [*c.lefts, c] if c.dep_ == "compound"]
    sides = [sentence.actor_at(c) for c in named]
    if len({actor_key(a) for a in sides if a is not None}) >= 2:
        return [[a for a in sides if a is not None]]  # "the Russia-Ukraine war", "the 1980-88 Iran-Iraq war" (ended)
    return []


def dated(war: Token) -> bool:
    """Whether a war is dated as past: a year before the noun ("the 2020 war", "the 1980-88 Iran-Iraq war") or after it
    ("the Iran-Iraq war of 1980-88"), a span from one year to another on it or its verb ("fought a border war from 1998
    to 2000"), or a war fought and done ("fought a brief war in 1962", "have fought three wars since 1947", "went to war
    in 1978"; not "are fighting a war")."""
    if any(t.like_num for t in war.lefts for t in t.subtree):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree) for c in war.children):
        return True
    verb = governing_verb(war)
    if war.dep_ == "dobj" and verb is not None and verb.lemma_.lower() == "fight" and verb.tag_ in {"VBD", "VBN"}:
        return True
    if war.dep_ == "pobj" and verb is not None and verb.lemma_.lower() == "go" and verb.tag_ == "VBD" and not any(
            c.dep_ == "mark" and c.lower_ in {"since", "after"} for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(re.fullmatch(r"1\d{3}|20\d{2}", t.text) for t in c.subtree) for c in verb.children):
        # "went to war with Britain in 1982" (not "since Moscow went to war with Ukraine in 2022", which runs to now)
        return True
    for span in (c for t in (war, verb) if t is not None for c in t.children if c.dep_ == "prep" and c.lower_ == "from"):
        start = child_of(span, "pobj")
        if start is not None and start.like_num and any(t.lower_ in {"to", "until"} for t in span.doc[span.i : span.i + 4]):
            return True
    return False


def war_state(sentence: Sentence, verb: Token, lemma: str, war: Token, subject: list[Actor]) -> Iterable[Reading]:
    """"Russia is at war with Ukraine", "Israel has no relations with Lebanon or Syria, with which it remains at war" (the
    states the relative clause hangs on), "Moscow went to war in Ukraine"; one state at war with several is one pair
    each, as the guide groups a symmetric kind."""
    preps = ("with", "against", "on", "in") if lemma == "go" else ("with", "against", "on")
    enemy = next((t for p in preps for t in (pobj_of(war, p), pobj_of(verb, p)) if t is not None), None)
    if enemy is not None and enemy.lower_ in RELATIVE:
        clause = next((a for a in enemy.ancestors if a.dep_ == "relcl"), None)
        enemy = clause.head if clause is not None else None
        start = verb.doc[clause.left_edge.i - 1] if clause is not None and clause.left_edge.i > sentence.sent.start else None
        if enemy is not None and not sentence.actors_of(enemy) and start is not None and start.text == ",":
            # the parse may hang the clause on the noun before the names ("relations with Lebanon or Syria, with which
            # ..."): the names just before the comma, from the first of their list
            enemy = start.doc[start.i - 1]
            while enemy.dep_ == "conj":
                enemy = enemy.head
    others = [a for a in sentence.actors_of(enemy) if all(actor_key(a) != actor_key(s) for s in subject)]
    why = "relations/kinds.yml#at_war_with"
    extra = {"polarity": "ended"} if dated(war) else {}  # "was at war with Iraq from 1980 to 1988"
    if len(subject) == 1 and len(others) >= 2:
        for other in others:
            yield "at_war_with", [subject[0], other], None, None, why, verb, extra
    elif len(subject + others) >= 2:
        yield "at_war_with", subject + others, None, None, why, verb, extra
