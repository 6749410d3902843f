"""Readers of ``collective_defense``: an attack on one member taken as one on all, one state's pledge to defend
another, mutual defence pacts and their parties, and states bound to defend each other.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from .arms import is_military
from .kinds import RelationKinds
from .polarity import MODALS, polarity_of
from .sentence import (
    COUNTRY_NOUNS,
    PRONOUNS,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    child_of,
    governing_verb,
    is_actor,
    lemma_of,
    name_in,
    organisation_named_before,
    pobj_of,
    possessor_actors,
    subject_of,
    whose,
)

ATTACK_NOUNS = {"attack", "threat", "aggression", "assault", "invasion"}


def collective_defense(sentence: Sentence, attack: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """"an attack on one member shall be considered an attack on all", "external threat to any member ... a threat to
    all", "obliging each to provide assistance if the other comes under attack", "to act if either is attacked"."""
    words = {t.lower_ for t in sentence.sent}
    one_for_all = {"one", "any"} & words and {"all", "both"} & words and (
        {"member", "members", "state", "states", "ally", "allies", "country", "countries"} & words)
    attacks = sum(t.lemma_.lower() in ATTACK_NOUNS for t in sentence.sent)
    mutual = {"either", "each", "other", "any"} & words and (
        {"assist", "assistance", "aid", "defend", "defence", "defense", "act", "help"} & words or attacks >= 2)  # "an attack on either ... on both"
    if not (one_for_all or mutual):
        return
    if attack.i != min(t.i for t in sentence.sent if t.lemma_.lower() in ATTACK_NOUNS):
        return  # one reading a sentence
    root = sentence.sent.root
    states = [a for a in subject_of(sentence, root) + sentence.actors_of(child_of(root, "dobj")) if a.code not in STATELESS]
    organisations = [a for a in sentence.actors_between(sentence.sent.start, sentence.sent.end) if a.code in STATELESS]
    if organisations and (one_for_all or not (mutual and len(states) >= 2)):
        # "Finland has been covered by NATO's collective defence guarantee, which treats an attack on one ...": NATO
        # defends Finland; with no state named, the clause is the organisation's own
        covered = sentence.actors_of(child_of(root, "nsubjpass")) if root.lemma_.lower() in {"cover", "protect", "shield"} else []
        # "an attack on one shall be / will be deemed an attack on all": the clause's modal is its content, not doubt
        polarity = polarity_of(attack, kinds)
        extra = {"polarity": "ended" if _pact_ended(attack, kinds) else "holds" if polarity == "hypothetical" else polarity}
        yield "collective_defense", organisations[:1], covered[0] if covered else None, None, "relations:collective-defense", attack, extra
        return
    pact = child_of(root, "nsubj")
    if pact is not None and pact.lemma_.lower() in {"pact", "treaty", "alliance", "agreement"}:
        name = " ".join(t.text for t in pact.lefts if t.pos_ == "PROPN")
        # (a hyphenated pair is no name: "the Russia-North Korea treaty")
        if name and not hyphenated(sentence, pact):  # "The ANZUS pact commits Australia and the United States to act ... if either is attacked"
            yield "collective_defense", [Actor(name, "IGO", None, None, name)], None, None, "relations:collective-defense(pact)", attack, {"polarity": "holds"}
    if mutual and len(states) >= 2:
        # a treaty between states: "Russia and North Korea signed a treaty obliging each to ... if the other comes under attack";
        # each defends the other (a directed kind: one relation each way); the "if" is the clause's own condition, not
        # doubt about the treaty; a named pact is the defender itself
        if not (pact is not None and pact.lemma_.lower() in {"pact", "treaty", "alliance", "agreement"} and any(t.pos_ == "PROPN" for t in pact.lefts)):
            for defender in states:
                for defended in states:
                    if actor_key(defender) != actor_key(defended):
                        yield "collective_defense", [defender], defended, None, "relations:collective-defense(mutual)", attack, {"polarity": "holds"}


def _pact_ended(word: Token, kinds: RelationKinds) -> bool:
    """Whether a pledge told in a relative clause of a pact or alliance is ended by what the sentence says of the pact:
    "The Warsaw Pact, whose members pledged assistance ..., was dissolved in 1991", "The treaty, which had committed
    Washington to defend Taiwan, was terminated"."""
    clause = next((a for a in [word, *word.ancestors] if a.dep_ == "relcl"), None)
    if clause is None:
        return False
    pact = clause.head
    return pact.dep_ in {"nsubj", "nsubjpass"} and lemma_of(pact.head, kinds) in kinds.ended_verbs


def defence_pledge(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """One state bound to defend another: "the United States is obliged to come to Estonia's defence", "China is the
    only country bound by treaty to defend North Korea", "Iceland relies on NATO for its defence"."""
    kind = kinds.kinds["collective_defense"]
    defended: list[Actor] = []
    helping = _help_if_attacked(verb, lemma)
    # "a commitment to defend", also parsed as a relative clause ("a commitment to come to the defence of ...")
    infinitive = verb.dep_ == "acl" or (verb.dep_ == "relcl" and child_of(verb, "aux", "to") is not None)
    commitment = verb.head if infinitive and verb.head.lemma_.lower() in kinds.obligations else None
    defenders = _committed(sentence, commitment) or _relied_on(sentence, verb, kinds) or subject or (
        _obliged(sentence, verb, kinds) if lemma in kind.verbs or helping else [])
    if lemma in kind.verbs or helping:
        defended = sentence.actors_of(child_of(verb, "dobj")) or _defended_unnamed(sentence, child_of(verb, "dobj"), defenders, kinds)
        defended = defended or _administered(sentence, verb, defenders, kinds)
        if not defended:
            defenders, defended = _defended_relative(sentence, verb, defenders)  # "Qatar, which it says it would defend"
    elif lemma == "come":
        to = pobj_of(verb, "to")
        defended = sentence.actors_of(child_of(to, "poss") or pobj_of(to, "of")) if to is not None and to.lemma_.lower() in kind.objects else []
        if not defended and to is not None and to.lemma_.lower() in kind.objects:
            defended = _whose_aid(sentence, child_of(to, "poss"), defenders)  # "to come to its aid if Armenia is attacked"
    elif lemma in kinds.guaranteeing_verbs and (thing := child_of(verb, "dobj") or child_of(verb, "nsubjpass")) is not None and (
            thing.lemma_.lower() in kinds.guaranteed_nouns | kind.objects):
        # "committed to guaranteeing Djibouti's territorial integrity"; "Palau's security is guaranteed by the United States"
        defended = possessor_actors(sentence, child_of(thing, "poss")) or sentence.actors_of(pobj_of(thing, "of")) or whose(sentence, thing)
        if thing.dep_ == "nsubjpass":
            defenders = [a for c in verb.children if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj"))]
    elif lemma in kinds.repelling_verbs and (thing := child_of(verb, "dobj")) is not None and thing.lemma_.lower() in ATTACK_NOUNS:
        # "pledges to deter and confront external aggression against Bahrain"
        defended = sentence.actors_of(pobj_of(thing, "against") or pobj_of(thing, "on"))
    elif lemma in {"rely", "depend"}:
        cause = pobj_of(verb, "for")
        # (aid or help relied on is a defence only where it is military: not "relies on India for aid and trade")
        if cause is not None and cause.lemma_.lower() in kind.objects | {"security", "protection"} and (
                cause.lemma_.lower() not in kinds.aid_nouns | {"help"} or is_military(cause)):
            defenders, defended = sentence.actors_of(pobj_of(verb, "on")), subject
    defended = [a for a in defended if a.code not in STATELESS]
    if not (defenders and defended):
        return  # (before the search of the sentence for an obligation, for every verb)
    # a guarantee told in the passive is its own pledge: "Palau's security is guaranteed by the United States"
    guaranteed = lemma in kinds.guaranteeing_verbs and child_of(verb, "nsubjpass") is not None
    bound = lemma in {"rely", "depend"} or guaranteed or bool(_relied_on(sentence, verb, kinds)) or any(
        t.lemma_.lower() in kinds.obligations for t in [*list(verb.ancestors)[:3], *sentence.sent] if t.i != verb.i) or _defence_if_attacked(verb)
    if not bound:
        return
    polarity = polarity_of(verb, kinds)  # the pledge holds; its "if" is the attack it answers
    # but not one told with "would": "Athens said it would defend the island", "a treaty that would oblige Washington to ..."
    chain = [verb, *list(verb.ancestors)[:3]]
    doubted = any(c.dep_ == "aux" and c.lower_ in MODALS - {"will", "can"} for t in chain for c in t.children)
    if polarity == "holds" and any(c.dep_ == "neg" for t in chain[1:] if lemma_of(t, kinds) in kinds.obligations for c in t.children):
        polarity = "denied"  # "was not obliged to send troops to defend Russia's annexed regions"
    if polarity == "holds" and any(polarity_of(t, kinds) == "ended" for t in chain[1:] if lemma_of(t, kinds) in kinds.obligations):
        polarity = "ended"  # "the treaty no longer obliges Washington to defend Taiwan"
    if child_of(verb, "mark", "whether") is not None:
        polarity = "hypothetical"  # "declined to say whether American forces would come to Taiwan's defence": asked, not denied
    if _pact_ended(verb, kinds):
        polarity = "ended"  # "The treaty, which had committed Washington to defend Taiwan, was terminated in 1980"
    extra = {"polarity": ("hypothetical" if doubted else "holds") if polarity in {"holds", "hypothetical"} else polarity}
    if commitment is not None and child_of(commitment, "det", "no") is not None:
        extra = {"polarity": "denied"}  # "contains no British commitment to defend Ukraine"
    elif commitment is not None and (ending := governing_verb(commitment)) is not None and lemma_of(ending, kinds) in kinds.ended_verbs:
        extra = {"polarity": "ended"}  # "ending a commitment to come to the defence of the United States"
    # all the states bound to the one defended are one relation, as the guide groups a list: "Britain and France would be
    # obliged to defend Ukraine"
    bound_states = [d for n, d in enumerate(defenders) if actor_key(d) != actor_key(defended[0]) and all(actor_key(d) != actor_key(e) for e in defenders[:n])]
    if bound_states:
        yield "collective_defense", bound_states, defended[0], None, f"relations/kinds.yml#collective_defense.{lemma}", verb, extra
        reversed_as = told_both_ways(sentence, verb, kinds) if len(bound_states) == 1 else None
        if reversed_as is not None:  # "China is bound to come to the North's aid if it is attacked, and vice versa"
            yield "collective_defense", [defended[0]], bound_states[0], None, "relations:vice-versa", verb, reversed_as or extra


def told_both_ways(sentence: Sentence, verb: Token, kinds: RelationKinds) -> dict[str, str] | None:
    """Whether the sentence tells a pledge again the other way after its verb ("..., and vice versa": {}, the pledge's own
    polarity) or denies it that way ("obliged to defend Japan, but not vice versa": denied); None where it does neither."""
    after = " ".join(t.lower_ for t in sentence.sent if t.i > verb.i)
    for phrase in kinds.reversing_phrases:
        found = re.search(rf"\b(not )?{re.escape(phrase)}\b", after)
        if found:
            return {"polarity": "denied"} if found.group(1) else {}
    return None


def _defended_relative(sentence: Sentence, verb: Token, defenders: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Who defends and who is defended where the one defended is a relative pronoun: "Qatar, which Turkey would defend",
    "a base in Qatar, which it says it would defend" (the parse may make "which" a second subject of the verb; "it" is
    who the sentence's clause above is about)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    relative = next((c for c in [*subjects, *(c for c in verb.children if c.dep_ == "dobj")] if c.lower_ in {"which", "that", "whom"}), None)
    if relative is None or (relative.dep_ == "nsubj" and len(subjects) < 2):
        return defenders, []
    clause = next((a for a in [verb, *list(verb.ancestors)[:3]] if a.dep_ == "relcl"), None)
    if clause is None:
        return defenders, []
    own = next((c for c in subjects if c is not relative), None)
    if own is not None and own.lower_ not in PRONOUNS:
        defenders = sentence.actors_of(own)
    elif own is not None:
        above = governing_verb(clause.head)
        defenders = subject_of(sentence, above) if above is not None else []
    return [a for a in defenders if a.code not in STATELESS], [a for a in sentence.actors_of(clause.head) if a.code not in STATELESS]


_BORDERS = {"border", "borders", "frontier", "airspace", "coast", "coastline", "sovereignty"}
_RELYING = {"count", "bank"}


def _relied_on(sentence: Sentence, verb: Token, kinds: RelationKinds) -> list[Actor]:
    """The state another relies on to defend it: "Tajikistan counts on Moscow to defend its border", "relies on France to
    protect it" (the one relied on defends, not the clause's subject)."""
    head = verb.head if verb.dep_ in {"xcomp", "advcl"} and child_of(verb, "aux", "to") is not None else None
    if head is None or lemma_of(head, kinds) not in kinds.relying_verbs | _RELYING:
        return []
    return sentence.actors_of(pobj_of(head, "on"))


def _committed(sentence: Sentence, commitment: Token | None) -> list[Actor]:
    """The state a commitment, pledge or guarantee to defend names as its own: "no British commitment to defend
    Ukraine", "the US pledge to defend Taiwan" (else whose it is, as the clause says: "its commitment")."""
    if commitment is None:
        return []
    return [a for c in commitment.children if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.lower_ not in PRONOUNS
            for a in sentence.actors_of(c) if a.code not in STATELESS]


def _administered(sentence: Sentence, verb: Token, defenders: list[Actor], kinds: RelationKinds) -> list[Actor]:
    """The state whose territory is defended where the parse hangs its administration on the verb: "to defend
    territories under Japanese administration"."""
    territory = child_of(verb, "dobj")
    under = pobj_of(verb, "under")
    if territory is None or territory.lemma_.lower() not in kinds.territory_nouns or under is None or under.lemma_.lower() not in {"administration", "control"}:
        return []
    return _defended_unnamed(sentence, under, defenders, kinds)


def _defence_if_attacked(verb: Token) -> bool:
    """Whether a state is said it would defend another if it were attacked, a pledge with no treaty named: "Athens has said
    it would defend the island if Turkey attacked" (hypothetical, as its "would" says)."""
    modal = any(c.dep_ == "aux" and c.lower_ in {"would", "will"} for c in verb.children)
    # (the parse may make the condition a complement: "it would defend if the emirate were attacked")
    return modal and any(c.dep_ in {"advcl", "ccomp"} and child_of(c, "mark", "if") is not None and c.lemma_.lower() in ATTACK_NOUNS | {"invade"}
                         for c in verb.children)


_HELPING = {"help", "assist", "aid", "support"}


def _help_if_attacked(verb: Token, lemma: str) -> bool:
    """Whether a verb of helping answers an attack it is conditioned on, which makes it a pledge of defence: "obliges
    Canberra to help the island nation in a military attack", "to assist Nauru if it is attacked" (not "helps Ukraine
    defend itself against Russian attacks")."""
    if lemma not in _HELPING:
        return False
    upon = [child_of(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "against"}]
    upon += [pobj_of(p, "of") for p in upon if p is not None and p.lemma_.lower() in {"event", "case"}]  # "in the event of an attack"
    conditions = [c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ in {"if", "should"} for m in c.children)]
    return any(t is not None and t.lemma_.lower() in ATTACK_NOUNS | {"invade"} for t in [*upon, *conditions])


def _obliged(sentence: Sentence, verb: Token, kinds: RelationKinds) -> list[Actor]:
    """Who an obligation binds to do what a verb says, where the parse gives the verb no subject: "the treaty obliges it to
    defend ...", "commits Paris to help defend ..." ("it": the nearest state before it that is a clause's subject)."""
    head = verb
    for _ in range(3):
        if head.dep_ not in {"xcomp", "ccomp"} or head.head.i == head.i:
            break
        head = head.head
        bound = child_of(head, "dobj")
        if lemma_of(head, kinds) in kinds.obligations and bound is None and head.dep_ == "acomp":
            return subject_of(sentence, head.head)  # "is treaty-bound to defend", the participle read as an adjective
        if lemma_of(head, kinds) in kinds.obligations and bound is not None:
            if bound.lower_ not in PRONOUNS:
                return sentence.actors_of(bound)
            before = (t for t in reversed(sentence.sent[: bound.i - sentence.sent.start]) if t.dep_ in {"nsubj", "nsubjpass"})
            return next((found for found in (sentence.actors_of(t) for t in before) if found), [])
    return _bound_in_order(sentence, verb, kinds)


def _bound_in_order(sentence: Sentence, verb: Token, kinds: RelationKinds) -> list[Actor]:
    """Who an obligation binds read in word order, where the parse takes "obliges" for a noun ("the 1951 treaty obliges
    the United States to defend ..."): the state named between the word of obligation and the verb's "to"."""
    to = child_of(verb, "aux", "to")
    if to is None or to.i != verb.i - 1:
        return []
    words = sentence.sent[: to.i - sentence.sent.start]
    start = to.i - len(list(itertools.takewhile(lambda t: t.pos_ == "PROPN" or t.lower_ == "the", reversed(words))))
    if start == to.i or start - 1 < sentence.sent.start or lemma_of(verb.doc[start - 1], kinds) not in kinds.obligations:
        return []
    return [a for a in sentence.actors_between(start, to.i) if a.code not in STATELESS][:1]


def _whose_aid(sentence: Sentence, owner: Token | None, defenders: list[Actor]) -> list[Actor]:
    """The state "its" stands for in "come to its aid": the one state the sentence names besides the defender ("Russia is
    obliged to come to its aid if Armenia is attacked")."""
    if owner is None or owner.lower_ not in {"its", "their"}:
        return []
    own = {actor_key(d) for d in defenders}
    others = {a.code: a for t in sentence.sent for a in [sentence.actor_at(t)]
              if a is not None and a.code not in STATELESS and a.sector in {None, "GOV"} and actor_key(a) not in own}
    return list(others.values()) if len(others) == 1 else []


def _defended_unnamed(sentence: Sentence, thing: Token | None, defenders: list[Actor], kinds: RelationKinds) -> list[Actor]:
    """The state defended where the verb's object names it only by a part or by what it is: "to defend Philippine vessels",
    "territories under Japanese administration"; "defend the kingdom", the one other state the sentence names before it."""
    if thing is None:
        return []
    own = {actor_key(d) for d in defenders}
    named = [a for t in thing.subtree if t.dep_ in {"amod", "compound", "poss", "nmod"} for a in sentence.actors_of(t)
             if a.code not in STATELESS and actor_key(a) not in own]
    if named:
        return named[:1]
    owner = child_of(thing, "poss")
    if owner is not None and owner.lower_ in {"its", "their"} and thing.lemma_.lower() in kinds.territory_nouns | _BORDERS:
        # "counts on Moscow to defend its border": whose territory, the state the sentence is about
        return [a for a in possessor_actors(sentence, owner) if a.code not in STATELESS and actor_key(a) not in own][:1]
    if thing.lemma_.lower() not in kinds.state_nouns or child_of(thing, "det", "the") is None:
        return []
    others = {a.code: a for t in sentence.sent if t.i < thing.i for a in [sentence.actor_at(t)]
              if a is not None and a.code not in STATELESS and a.sector in {None, "GOV"} and actor_key(a) not in own}
    return list(others.values()) if len(others) == 1 else []


_DEFENDING = {"assist", "assistance", "help", "aid", "defend", "attack", "aggression"}
_PROMISING = {"agree", "offer"}
_SIGNING = {"sign", "agree", "conclude", "seal", "ink", "reach", "have", "negotiate"}


def mutual_pact(sentence: Sentence, pact: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A pact by which its parties defend each other, with the parties: "the Russia-North Korea mutual defence treaty",
    "Greece, whose defence pact with France obliges each side to come to the other's aid", "A and B signed a mutual
    defence treaty", "a joint defence pact between A and B": each party defends the other (one relation each way, as
    the guide settles); an organisation's own clause is the organisation's ("the EU's mutual assistance clause")."""
    if is_actor(sentence.actor_at(pact), STATELESS):
        return  # a word of a name: "the Collective Security Treaty Organization"
    before = [t for left in pact.lefts for t in left.subtree]
    defence = kinds.kinds["collective_defense"].objects | {"security"}
    named = bool({t.lower_ for t in before} & kinds.mutual_words and {t.lemma_.lower() for t in before} & defence)
    if pact.pos_ == "PROPN" and (pact.dep_ == "compound" or not named):
        # a pact's name is one of mutual defence where it says so ("the 1951 Mutual Defense Treaty", "SADC's Mutual
        # Defence Pact"), not a word of another name ("the North Atlantic Treaty Organization", "the Treaty of Rome")
        return
    if lemma_of(pact, kinds) in kinds.guarantee_nouns and any(c.lemma_.lower() in _SECURITY for c in pact.lefts):
        yield from _security_guarantee(sentence, pact, kinds)
        return
    if _bound_in_its_clause(sentence, pact, kinds):
        return  # "The Sino-American Mutual Defense Treaty, which had committed Washington to defend Taiwan": the clause's (``defence_pledge``)
    # an organisation's numbered article of defence: "NATO's Article 5 guarantee"
    named = named or (any(t.lower_ == "article" for t in before) and is_actor(sentence.actor_at(_owner(pact)), STATELESS))
    # "a treaty obliging each side to give military help if the other is attacked": a pact of no such name
    words = {t.lower_ for t in sentence.sent}
    # (not "lets their troops operate from each other's territory")
    reciprocal = {"each", "either"} & words and {"other", "both"} & words and {t.lemma_.lower() for t in sentence.sent} & _DEFENDING
    if not (named or reciprocal):
        return
    why = f"relations:mutual-pact({pact.lemma_.lower()})"
    inner = pobj_of(pact, "of")  # "the mutual-defence clause of its treaty with Moscow": the treaty's parties
    parties = _pact_parties(sentence, inner if inner is not None and inner.lemma_.lower() in kinds.mutual_pacts else pact)
    if parties and parties[0].code in STATELESS:
        covering = pact.head.head if pact.dep_ == "pobj" and pact.head.dep_ == "agent" else None
        covered = sentence.actors_of(child_of(covering, "nsubjpass")) if covering is not None else []
        # "Finland has been covered by NATO's collective defence guarantee": NATO defends Finland
        yield "collective_defense", parties[:1], covered[0] if covered else None, None, why, pact, {}
        return
    parties = [a for a in parties if a.code not in STATELESS]
    short = _fallen_short_of(pact)
    if short is not None and len(parties) < 2:
        # "signed a defence cooperation agreement that stops short of a mutual-defence pact": the agreement's parties have
        # no such pact (denied)
        signed = short.head if short.dep_ == "relcl" else child_of(short, "nsubj")
        signed = signed if signed is not None and signed.lemma_.lower() in kinds.mutual_pacts else None
        parties = _pact_parties(sentence, signed) if signed is not None else subject_of(sentence, short)
        parties = [a for a in parties if a.code not in STATELESS]
        for defender, defended in itertools.permutations(parties, 2):
            if actor_key(defender) != actor_key(defended):
                yield "collective_defense", [defender], defended, None, why, pact, {"polarity": "denied"}
        return
    if len(parties) < 2:
        parties = _parties_elsewhere(sentence, pact, kinds)
    if len(parties) < 2 and reciprocal and not named and not any(t.dep_ == "neg" and t.head.lemma_.lower() in _DEFENDING for t in sentence.sent):
        # "the two countries' new treaty obliges each to help the other", however parsed (not "commits each only not to help
        # an aggressor that attacks the other")
        parties = _the_two_named(sentence)
    if len(parties) < 2:
        return
    # a pact to be signed, sought or planned is hypothetical ("would sign a mutual defence pact if ...", "seeks a mutual
    # defence pact"); not a pact whose own clause has an "if" ("signed a treaty obliging each to help if the other is
    # attacked"), nor one named as something that would act ("an attack would trigger the mutual-defence clause")
    polarity = polarity_of(pact, kinds)
    verb = governing_verb(pact)
    planned = pact.dep_ == "dobj" and verb is not None and (lemma_of(verb, kinds) in kinds.hypothetical_heads or (
        lemma_of(verb, kinds) in _SIGNING and (any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children) or (
            verb.dep_ == "xcomp" and lemma_of(verb.head, kinds) in kinds.hypothetical_heads))))
    extra = {"polarity": "holds" if polarity == "hypothetical" and not planned else polarity}
    for defender in parties:
        for defended in parties:
            if actor_key(defender) != actor_key(defended):
                yield "collective_defense", [defender], defended, None, why, pact, extra


def _bound_in_its_clause(sentence: Sentence, pact: Token, kinds: RelationKinds) -> bool:
    """Whether a relative clause on a pact says whom it binds to defend whom ("which had committed Washington to defend
    Taiwan"), which tells its parties better than its name does."""
    clause = next((c for c in pact.children if c.dep_ == "relcl"), None)
    defending = kinds.kinds["collective_defense"].verbs
    return clause is not None and any(t.lemma_.lower() in defending and sentence.actors_of(child_of(t, "dobj")) for t in clause.subtree)


def _pact_parties(sentence: Sentence, pact: Token) -> list[Actor]:
    """Who a pact binds: its owner ("Greece, whose pact ...", "the EU's clause"; an organisation alone, first), a
    hyphenated pair or the names before it, "between", "with", and the subject of the verb that signs it."""
    owner = _owner(pact)
    clause = next((a for a in pact.ancestors if a.dep_ == "relcl"), None) if owner is not None and owner.lower_ == "whose" else None
    owned = sentence.actors_of(clause.head) if clause is not None else possessor_actors(sentence, owner)
    if owner is not None and owner.lower_ == "its" and (body := organisation_named_before(sentence, pact)):
        owned = body  # "accuses the CSTO of ignoring its collective-security clause": the organisation's own clause
    if owned and owned[0].code in STATELESS:
        return owned[:1]
    before = [t for left in pact.lefts for t in left.subtree if t.dep_ != "poss"]
    sides = [owned, hyphenated(sentence, pact) or [a for t in before for a in [sentence.actor_at(t)] if a is not None],
             sentence.actors_of(pobj_of(pact, "between")), sentence.actors_of(pobj_of(pact, "with"))]
    verb = governing_verb(pact)
    if verb is not None and pact.dep_ == "dobj":  # "A and B signed a mutual defence treaty", "A signed one with B"
        sides += [subject_of(sentence, verb), sentence.actors_of(pobj_of(verb, "with"))]
    parties: list[Actor] = []
    for actor in (a for side in sides for a in side):
        if all(actor_key(actor) != actor_key(p) for p in parties):
            parties.append(actor)
    return parties


_SECURITY = {"security", "defence", "defense"}


def _security_guarantee(sentence: Sentence, guarantee: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A security guarantee one state gives another: "Britain offered security guarantees to Ukraine", "US security
    guarantees for Kyiv", "has given Israel security guarantees", "Ukraine seeks security guarantees from Washington"
    (sought: the one who seeks it would be defended); the verb that gives, offers or seeks it says its polarity."""
    verb = governing_verb(guarantee)
    for_whom = [pobj_of(t, p) for t in (guarantee, verb) if t is not None for p in ("to", "for")]
    for_whom += [child_of(verb, "dative")] if verb is not None and guarantee.dep_ == "dobj" else []
    defended = next((found for t in for_whom if (found := sentence.actors_of(t))), [])
    guarantors = [a for c in guarantee.lefts if c.dep_ in {"amod", "compound", "nmod", "poss"} for a in possessor_actors(sentence, c)]
    subject = subject_of(sentence, verb) if verb is not None and guarantee.dep_ == "dobj" else []
    sought = verb is not None and lemma_of(verb, kinds) in kinds.hypothetical_heads
    if not guarantors and verb is not None and sought and not defended:
        # "Ukraine seeks security guarantees from the United States"
        guarantors, defended = sentence.actors_of(pobj_of(guarantee, "from") or pobj_of(verb, "from")), subject
    elif not guarantors and defended:
        guarantors = subject  # "Britain offered security guarantees to Ukraine"
    guarantors = [a for a in guarantors if all(actor_key(a) != actor_key(d) for d in defended)]
    defended = [a for a in defended if a.code not in STATELESS]
    if guarantors and defended:
        yield "collective_defense", guarantors, defended[0], None, "relations:security-guarantee", guarantee, {}


def _fallen_short_of(pact: Token) -> Token | None:
    """The verb of "stops short of" or "falls short of" a pact, which says the pact is not there."""
    short = pact.head.head if pact.dep_ == "pobj" and pact.head.lower_ == "of" else None
    if short is None or short.lower_ != "short" or short.head.lemma_.lower() not in {"stop", "fall"}:
        return None
    return short.head


def _owner(pact: Token) -> Token | None:
    """Whose a pact is, where the parse may hang the possessor on an article before it: "NATO's Article 5 guarantee"."""
    article = next((c for c in pact.lefts if c.lower_ == "article"), None)
    return child_of(pact, "poss") or (child_of(article, "poss") if article is not None else None)


def _the_two_named(sentence: Sentence) -> list[Actor]:
    """The two states a sentence names, where a pact binds "each" to defend "the other" and the parse gives it no parties
    (it often reads "obliges" as a noun): "Moscow and Pyongyang's treaty obliges each to help the other if attacked"; none
    where the sentence names more or fewer."""
    named: dict[str, Actor] = {}
    for token in sentence.sent:
        actor = sentence.actor_at(token)
        if actor is not None and actor.code not in STATELESS:
            named.setdefault(actor.code, actor)
    return list(named.values()) if len(named) == 2 else []


def _parties_elsewhere(sentence: Sentence, pact: Token, kinds: RelationKinds) -> list[Actor]:
    """The parties of a pact named away from it: "Manila and Washington are allies under a mutual defence treaty", "are
    bound by a mutual defence treaty" (the clause's subject), "the two countries' mutual defence treaty" (the two states
    the sentence names), "the Russian-Iranian treaty contains no mutual defence clause" (the parties of the treaty that
    holds the clause)."""
    bound = pact.dep_ == "pobj" and pact.head.dep_ == "agent" and lemma_of(pact.head.head, kinds) in kinds.binding_verbs
    if pact.dep_ == "pobj" and (pact.head.lower_ == "under" or bound):
        # (not the states "covered by the bloc's mutual assistance clause", who are bound to the bloc, not each other)
        verb = pact.head.head if pact.head.head.pos_ in {"VERB", "AUX"} else governing_verb(pact.head)
        return [a for a in (subject_of(sentence, verb) if verb is not None else []) if a.code not in STATELESS]
    owner = child_of(pact, "poss")
    if owner is not None and owner.lemma_.lower() in COUNTRY_NOUNS and any(c.lower_ in {"two", "both"} for c in owner.children):
        named = {a.code: a for t in sentence.sent for a in [sentence.actor_at(t)] if a is not None and a.code not in STATELESS}
        return list(named.values()) if len(named) == 2 else []
    verb = governing_verb(pact)
    holder = child_of(verb, "nsubj") if verb is not None and pact.dep_ == "dobj" and verb.lemma_.lower() in {"contain", "include", "have"} else None
    if holder is not None and holder.lemma_.lower() in kinds.mutual_pacts:
        return [a for a in _pact_parties(sentence, holder) if a.code not in STATELESS]
    return []


def hyphenated(sentence: Sentence, noun: Token) -> list[Actor]:
    """The sides a hyphenated pair before a noun names: "the Russia-North Korea treaty", "the U.S.-Philippines treaty",
    "the Russian-Iranian partnership", "the Kazakhstan-EU partnership". The actors stage often reads the whole phrase as
    one actor, and the tokenizer may keep a pair as one word, so each side's words are looked up as a name of their own
    (a state's or an organisation's, not a person's), or as the word the actors stage coded alone: a combining form
    ("the Sino-Russian partnership", "Franco-German ties")."""
    start = noun.head.left_edge.i if noun.dep_ == "compound" and noun.head.i > noun.i else noun.left_edge.i  # "the A-B partnership treaty"
    words = noun.doc[start:noun.i]
    pieces = re.split(r"\s*[-–]\s*", words.text)
    coded = {t.text: actor for t in words if (actor := sentence.actor_at(t)) is not None and actor.text == t.text}
    found: list[Actor] = []
    for before, after in itertools.pairwise(pieces):
        left, right = before.split(), after.split()
        sides = [name_in(sentence, [left[-n:] for n in range(len(left), 0, -1)]) or (coded.get(left[-1]) if left else None),
                 name_in(sentence, [right[:n] for n in range(len(right), 0, -1)]) or (coded.get(right[0]) if right else None)]
        if all(side is not None for side in sides):
            found += [a for a in sides if a is not None and all(actor_key(a) != actor_key(f) for f in found)]
    return found if len(found) >= 2 else []


def defence_bonds(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """States bound to defend each other, "Turkey and Azerbaijan pledged to assist each other militarily", "agreed to
    come to each other's aid", "signed a treaty pledging mutual assistance" (one relation each way); and one state that
    answers for another's defence, "the United States is responsible for the defence of Palau"."""
    kind = kinds.kinds["collective_defense"]
    if lemma == "be" and (responsible := child_of(verb, "acomp")) is not None and responsible.lower_ == "responsible":
        cause = pobj_of(responsible, "for")
        if cause is not None and cause.lemma_.lower() in kind.objects | {"security"}:
            defenders = [a for a in subject if a.code not in STATELESS][:1]
            for defended in (a for a in sentence.actors_of(pobj_of(cause, "of")) if a.code not in STATELESS):
                if defenders and actor_key(defended) != actor_key(defenders[0]):
                    yield "collective_defense", defenders, defended, None, "relations:responsible-for-defence", verb, {}
        return
    pledged = child_of(verb, "dobj") or pobj_of(verb, "on") or pobj_of(verb, "to")  # "pledged mutual aid", "agreed on mutual defence"
    if lemma in kinds.obligations | _PROMISING and pledged is not None and pledged.lemma_.lower() in kind.objects and any(
            c.lower_ in kinds.mutual_words for c in pledged.children if c.dep_ == "amod"):
        # mutual aid against attack, not any aid: "pledged mutual assistance in fighting wildfires" is no defence
        military = pledged.lemma_.lower() in {"defence", "defense"} or any(t.lower_ == "military" for t in pledged.subtree) or any(
            t.lemma_.lower() in ATTACK_NOUNS for t in sentence.sent)
        if military:
            yield from _pledged_each_way(verb, [a for a in subject if a.code not in STATELESS], kinds, "relations:mutual-aid-pledged")
        return
    if lemma in kind.verbs | {"assist", "help", "aid"}:
        other = child_of(verb, "dobj")
    elif lemma == "come" and (to := pobj_of(verb, "to")) is not None and to.lemma_.lower() in kind.objects:
        other = child_of(to, "poss")  # "come to each other's aid"
    else:
        return
    if other is None or other.lower_ not in {"other", "another"} or not any(c.lower_ in {"each", "one"} for c in other.children):
        return
    bound = any(t.lemma_.lower() in kinds.obligations | {"agree"} for t in [verb, *list(verb.ancestors)[:3]])
    if bound:
        yield from _pledged_each_way(verb, [a for a in subject if a.code not in STATELESS], kinds, "relations:each-other")


def _pledged_each_way(verb: Token, states: list[Actor], kinds: RelationKinds, why: str) -> Iterable[Reading]:
    """Each of two or more states pledged to defend the others (one relation each way); the pledge holds, its "if" is
    the attack it answers: "pledging mutual assistance should either be attacked"."""
    if len(states) < 2:
        return
    polarity = polarity_of(verb, kinds)
    extra = {"polarity": "holds" if polarity == "hypothetical" else polarity}
    for defender in states:
        for defended in states:
            if actor_key(defender) != actor_key(defended):
                yield "collective_defense", [defender], defended, None, why, verb, extra
