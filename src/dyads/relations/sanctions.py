"""Readers of ``sanctions_regime``: sanctions stated by their verb ("Canada sanctioned Iran"), counted in
packages, imposed in a relative clause, joined from others, and bans on a state's goods, with the sides they hold
between.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from .kinds import RelationKinds
from .polarity import polarity_of
from .sentence import (
    PRONOUNS,
    RELATIVE,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    actors_or_owner,
    child_of,
    conjuncts,
    governing_verb,
    lemma_of,
    pobj_of,
    possessor_actors,
    subject_of,
    the_bloc,
)


def sanctioned(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """Sanctions stated by their verb: "Canada sanctioned Iran", "sanctioned dozens of Iranian officials", "Belarus was
    sanctioned by the EU", "US-sanctioned Venezuela" (the sanctioned state's people or government stand for it)."""
    extra: dict[str, str] = {}
    targeted: Token | None
    if verb.dep_ == "amod":  # "US-sanctioned Venezuela": an aside, whatever the clause goes on to say
        imposers = [a for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"} for a in sentence.actors_of(c)]
        targeted, extra = verb.head, {"polarity": "holds"}
    elif child_of(verb, "nsubjpass") is not None:
        imposers = [a for c in verb.children if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj"))]
        targeted = child_of(verb, "nsubjpass")
    elif verb.dep_ == "acl" and child_of(verb, "agent") is not None:  # "Mali, sanctioned by ECOWAS after the coup, ...": an aside
        imposers = [a for c in verb.children if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj"))]
        targeted, extra = verb.head, {"polarity": "holds"}
    elif verb.dep_ == "advcl" and child_of(verb, "agent") is not None and child_of(verb, "nsubj") is None:
        # set before the clause: "Sanctioned by the United States since 2019, Venezuela has turned to Iran"
        imposers = [a for c in verb.children if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj"))]
        targeted, extra = child_of(verb.head, "nsubj") or child_of(verb.head, "nsubjpass"), {"polarity": "holds"}
    else:
        imposers, targeted = subject, child_of(verb, "dobj")
    while targeted is not None and not sentence.actors_of(targeted) and pobj_of(targeted, "of") is not None:
        targeted = pobj_of(targeted, "of")  # "dozens of Iranian officials"
    targets = [a for a in (subject_of(sentence, verb) if targeted is not None and targeted.lower_ in RELATIVE else actors_or_owner(sentence, targeted))
               if a.sector in SANCTIONED_SECTORS and a.code not in COMPANIES]
    imposers, targets = sanction_sides(imposers, targets, kinds)
    for target in targets if imposers else []:
        yield "sanctions_regime", imposers, target, None, f"relations:sanctioned({lemma})", verb, extra


def imports_banned_from(sentence: Sentence, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """The states whose goods a ban on imports shuts out are its targets: "Russia extended its embargo on food imports
    from the European Union, the United States and Norway"."""
    imports = pobj_of(noun, "on")
    if imports is None or imports.lemma_.lower() not in kinds.purchase_nouns:
        return []
    return [a for a in sentence.actors_of(pobj_of(imports, "from")) if a.code not in COMPANIES]


def sanction_sides(holder: list[Actor], other: list[Actor], kinds: RelationKinds) -> tuple[list[Actor], list[Actor]]:
    """The sides of sanctions without the organisation of a membership phrase that only describes a state ("Turkey,
    a NATO member ..., has been under US sanctions"), and without the imposers among the targets ("ended their embargo
    on Qatar": "their" is the imposers')."""
    member = kinds.kinds["member_of"]

    def described(actor: Actor) -> bool:
        last = actor.text.split()[-1].lower() if actor.text else ""
        return actor.code in STATELESS and any(member in (k for k, _ in kinds.noun_kinds(word)) for word in (last, last.removesuffix("s")))

    holder = [a for a in holder if not described(a)] or holder
    return holder, [a for a in other if not described(a) and all(actor_key(a) != actor_key(h) for h in holder)]


SANCTIONED_SECTORS = {None, "GOV", "MIL"}  # the parts of a state whose sanctions are the state's
COMPANIES = {"MNC"}  # sanctions on Rosneft are no sanctions regime between states


def sanctions_batch(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Sanctions counted in packages, or in part, are those of who adopts, keeps or lifts them: "Canada unveiled its
    biggest package of sanctions on Iran", "ministers approved the 12th round of sanctions against Belarus", "the AU
    lifted most of the sanctions it had imposed on Niger" (ended, as the verb says)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _BATCHES | _SHARES:
        batch = noun.head.head
    elif noun.dep_ == "compound" and noun.head.lemma_.lower() in _BATCHES:
        batch = noun.head  # "sanctions packages against Russia"
    else:
        return
    places = [pobj_of(t, p) for p in ("on", "against") for t in (noun, batch, *(c for c in noun.children if c.dep_ in {"relcl", "acl"}))]
    targets: list[Actor] = []
    for actor in (a for t in places for a in actors_or_owner(sentence, t)):
        if actor.sector in SANCTIONED_SECTORS and all(actor_key(actor) != actor_key(t) for t in targets):
            targets.append(actor)
    owner = child_of(batch, "poss") or child_of(noun, "poss")
    holders = possessor_actors(sentence, owner) or the_bloc(sentence, owner, kinds)  # "held up the bloc's sanctions packages"
    verb = governing_verb(batch)
    if not holders and verb is not None and batch.dep_ == "dobj" and lemma_of(verb, kinds) in ADOPTING:
        holders = subject_of(sentence, verb)  # (not who "held up the bloc's sanctions packages")
    holders = [h for h in holders if all(actor_key(h) != actor_key(t) for t in targets)]
    for target in targets if holders else []:
        yield "sanctions_regime", holders, target, None, f"relations:sanctions-batch({batch.lemma_.lower()})", batch, {}


def imposed_which(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Sanctions whose imposer a relative clause names, on the noun or on the target the parse hangs it on: "the arms
    embargo on Libya, which the Security Council imposed in 2011", "the sanctions on Syria, which Washington imposed"."""
    target_token = pobj_of(noun, "on") or pobj_of(noun, "against")
    targets = [a for a in actors_or_owner(sentence, target_token) if a.sector in SANCTIONED_SECTORS]
    clauses = [c for t in (noun, target_token) if t is not None for c in t.children if c.dep_ == "relcl"]
    clause = next((c for c in clauses if lemma_of(c, kinds) in ADOPTING and (child_of(c, "dobj") or c).lower_ in {"which", "that"}), None)
    if clause is None or not targets:
        return
    imposers = sentence.actors_of(child_of(clause, "nsubj"))
    imposers = [a for a in imposers if all(actor_key(a) != actor_key(t) for t in targets)]
    if imposers and not child_of(noun, "poss") and not any(c.dep_ in {"compound", "nmod", "amod"} and sentence.actor_at(c) for c in noun.children):
        yield "sanctions_regime", imposers[:1], targets[0], None, f"relations:imposed-which({clause.lemma_.lower()})", noun, {}


def joining_verb(noun: Token, kinds: RelationKinds) -> Token | None:
    """The verb by which a state takes up sanctions others impose: "joined the EU's sanctions", "has matched most of the
    bloc's sanctions", "aligned itself with US sanctions"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"of", "with"}:
        head = head.head.head if head.lower_ == "of" and head.head.lemma_.lower() in _SHARES else head.head  # "all of the bloc's sanctions"
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and lemma_of(head, kinds) in kinds.joining_verbs else None


def joined_sanctions(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Sanctions a state joins are its own on the target, as its verb says ("Serbia has refused to join the bloc's
    sanctions against Russia": denied); those of an owner named as such hold whatever the joiner does."""
    verb = joining_verb(noun, kinds)
    if verb is None:
        return
    targets = [a for p in ("on", "against") for a in actors_or_owner(sentence, pobj_of(noun, p)) if a.sector in SANCTIONED_SECTORS]
    owner = child_of(noun, "poss")
    owners = [] if owner is None or owner.lower_ in PRONOUNS else possessor_actors(sentence, owner) or the_bloc(sentence, owner, kinds)
    joiners = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
    if not joiners and not owners and owner is None and lemma_of(verb, kinds) in ADOPTING:
        joiners = subject_of(sentence, verb)  # an organisation that adopts sanctions of no one else's imposes its own: "the AU adopted sanctions"
    why = f"relations:joined-sanctions({verb.lemma_.lower()})"
    for target in targets[:1]:
        if joiners and all(actor_key(j) != actor_key(target) for j in joiners):
            yield "sanctions_regime", joiners, target, None, why, verb, {}
        if owners and actor_key(owners[0]) != actor_key(target):
            yield "sanctions_regime", owners[:1], target, None, why, noun, {"polarity": "holds"}
_BATCHES = {"package", "round", "raft", "set", "wave", "tranche", "batch"}
ADOPTING = {"adopt", "approve", "impose", "announce", "unveil", "agree", "pass", "introduce", "extend", "renew", "prepare", "propose",
             "keep", "maintain", "lift", "ease", "remove", "end", "scrap", "repeal", "relax"}
# verbs of sanctions put in place or kept, not of those lifted or only proposed
_IMPOSING = ADOPTING - {"lift", "ease", "remove", "end", "scrap", "repeal", "relax", "propose", "prepare"} | {"reimpose", "levy", "place", "slap"}
# parts of a whole of sanctions: "most of its sanctions", "the last of the sanctions"
_SHARES = {"most", "all", "some", "last", "part", "rest", "bulk", "remainder"}


_ARMS_ACTS = {"sale", "export", "delivery", "transfer", "shipment", "supply"}  # the acts of an arms trade a ban may stop


def arms_ban(sentence: Sentence, ban: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A ban on arms sales to a state is an arms embargo on it, by who bans ("lifted a decades-old U.S. ban on arms sales
    to Vietnam": ended, as the verb says; "India banned arms exports to Myanmar")."""
    banning = ban.pos_ == "VERB"
    act = child_of(ban, "dobj") if banning else pobj_of(ban, "on")
    if act is None or act.lemma_.lower() not in _ARMS_ACTS:
        return
    weapons = kinds.kinds["arms_supplier"].objects
    arms = pobj_of(act, "of")
    if not any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in weapons for c in act.children) and (
            arms is None or arms.lemma_.lower() not in weapons):
        return
    verb = ban if banning else governing_verb(ban)
    # the receiver "to" whom, which the parse may hang on the act, the ban or the verb
    places = [act, ban] + ([verb] if verb is not None and (banning or ban.dep_ == "dobj") else [])
    targets = [a for t in places for a in actors_or_owner(sentence, pobj_of(t, "to")) if a.sector in SANCTIONED_SECTORS and a.code not in COMPANIES]
    imposers = [a for c in ban.children if c.dep_ in {"compound", "amod", "nmod", "poss"} for a in possessor_actors(sentence, c)]
    if not imposers and verb is not None and (banning or ban.dep_ == "dobj"):
        imposers = subject_of(sentence, verb)
    imposers, targets = sanction_sides(imposers, targets, kinds)
    if imposers and targets:
        yield "sanctions_regime", imposers[:1], targets[0], None, f"relations:arms-ban({ban.lemma_.lower()})", ban, {}


def end_in_doubt(noun: Token, kinds: RelationKinds) -> bool:
    """Whether sanctions are what an end only asked for, planned or refused is to end, which says they hold: "the EU's
    arms embargo on China should be lifted", "refused to lift its sanctions on Cuba"."""
    verb = governing_verb(noun)
    return verb is not None and noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in kinds.ended_verbs and (
        polarity_of(verb, kinds) in {"hypothetical", "denied"})


def named_as_companies(sentence: Sentence, noun: Token, verb: Token | None, kinds: RelationKinds) -> set[str]:
    """The states sanctions name only as the nationality of the companies they are put on ("imposed sanctions on a Chinese
    refinery and two trading firms"): no sanctions on the state, unless it is named as such too."""
    places = [t for p in ("on", "against") for head in (noun, verb) if head is not None for t in [pobj_of(head, p)] if t is not None]
    targets = [t for place in places for t in [place, *conjuncts(place)]]
    nationality = {actor_key(a) for t in targets if t.lemma_.lower() in kinds.company_nouns
                   for c in t.children if c.dep_ in {"amod", "compound", "nmod"} for a in [sentence.actor_at(c)] if a is not None}
    named = {actor_key(a) for t in targets if t.pos_ == "PROPN" for a in [sentence.actor_at(t)] if a is not None}
    return nationality - named


def imposed_by(sentence: Sentence, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """Who imposes sanctions named "by" it, on a participle of imposing or on the noun itself: "the sanctions imposed by
    the EU on Belarus", "sanctions on North Korea, imposed by the Security Council", "sanctions against Russia by Canada
    and Japan" (not a participle of ending: "sanctions lifted by Washington" are no longer imposed)."""
    imposing = [c for c in noun.children if c.dep_ in {"acl", "relcl"} and lemma_of(c, kinds) in _IMPOSING]
    agents = [c for verb in imposing for c in verb.children if c.dep_ == "agent"]
    agents += [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    return [a for by in agents for a in sentence.actors_of(child_of(by, "pobj")) if a.code not in COMPANIES]


def borne_by_agent(sentence: Sentence, noun: Token) -> list[Actor]:
    """The state a passive says sanctions fall on, as their agent: "Nicaragua's government, targeted by US and EU
    sanctions", "Eritrea was hit by UN sanctions in 2009"."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return []
    verb = noun.head.head
    if verb.dep_ == "acl" and child_of(verb, "nsubjpass") is None:
        borne = actors_or_owner(sentence, verb.head)
    else:
        borne = subject_of(sentence, verb) if child_of(verb, "nsubjpass") is not None else []
    return [a for a in borne if a.sector in SANCTIONED_SECTORS and a.code not in COMPANIES]


def struck_with(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Sanctions a verb strikes a state "with": the verb's subject imposes them on its object ("Washington hit Moscow with
    new sanctions", "the EU slapped Belarus with a fifth package of sanctions"), or would ("threatened Turkey with
    sanctions": hypothetical, as the verb says)."""
    with_phrase = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _BATCHES:
        with_phrase = noun.head.head  # "a fifth package of sanctions"
    verb = with_phrase.head.head if with_phrase.dep_ == "pobj" and with_phrase.head.lower_ == "with" else None
    if verb is None or verb.pos_ != "VERB" or lemma_of(verb, kinds) not in kinds.striking_verbs:
        return
    targets = [a for a in actors_or_owner(sentence, child_of(verb, "dobj")) if a.sector in SANCTIONED_SECTORS and a.code not in COMPANIES]
    imposers = [a for a in subject_of(sentence, verb) if all(actor_key(a) != actor_key(t) for t in targets)]
    polarity = polarity_of(verb, kinds)
    if polarity == "holds" and lemma_of(verb, kinds) in kinds.hypothetical_heads:
        polarity = "hypothetical"  # a threat is of sanctions to come
    for target in targets if imposers else []:
        yield "sanctions_regime", imposers, target, None, f"relations:struck-with({verb.lemma_.lower()})", verb, {"polarity": polarity}

