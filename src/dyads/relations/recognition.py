"""Readers of ``recognizes`` and ``recognizes_territory``: states or breakaway entities recognised, each one
its own relation, a territory recognised as part of a state, and a claim recognised or backed; and ties switched
from one state to another, which the guide settles as diplomatic relations ended and begun.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from .kinds import RelationKinds
from .polarity import modifier_phrase, polarity_of, refuses
from .sentence import (
    COUNTRY_NOUNS,
    PRONOUNS,
    RELATIVE,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    among_verb,
    child_of,
    conjuncts,
    lemma_of,
    pobj_of,
    possessor_actors,
    proper_phrase,
    subject_of,
)

BACKING = {"recognition", "backing", "support", "endorsement", "back", "endorse"}


def claim_of(act: Token, kinds: RelationKinds) -> Token | None:
    """The claim an act of recognition or backing is of: "recognition of Moroccan sovereignty", "backing for", "backed
    Moroccan sovereignty"."""
    claim = child_of(act, "dobj") if act.pos_ == "VERB" else (pobj_of(act, "of") or pobj_of(act, "for"))
    return claim if claim is not None and claim.lemma_.lower() in kinds.kinds["recognizes_territory"].objects else None


def claim_backed(sentence: Sentence, act: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's claim to a territory recognised or backed by another, as a noun or a verb: "Israel's recognition of
    Moroccan sovereignty over Western Sahara", "the US recognition of Israeli sovereignty over the Golan Heights",
    "France backed Moroccan sovereignty over Western Sahara"; a claim refused is denied ("Algeria rejects Moroccan
    sovereignty over Western Sahara"). A recognition named as a noun is a fact of the sentence, whatever its verb goes
    on to say ("has not been reversed")."""
    refused = act.pos_ == "VERB" and refuses(act, kinds)
    claim = claim_of(act, kinds) if act.lemma_.lower() in BACKING or refused else None
    if claim is None or (act.pos_ == "VERB" and act.lemma_.lower() not in {"back", "support", "endorse"} and not refused):
        return
    claimant = [a for c in claim.children if c.dep_ in {"amod", "poss", "compound"} for a in sentence.actors_of(c) if a.code not in STATELESS]
    over = pobj_of(claim, "over") or pobj_of(claim, "to")
    if act.pos_ == "VERB":
        backers, extra = subject_of(sentence, act), {"polarity": "denied"} if refused else {}
    else:
        backers = possessor_actors(sentence, child_of(act, "poss")) or [
            a for c in act.children if c.dep_ in {"compound", "amod", "nmod"} for a in sentence.actors_of(c)]
        extra = {"polarity": "ended" if any(modifier_phrase(c) in kinds.ended_modifiers for c in act.children) else "holds"}
    backers = [b for b in backers if claimant and actor_key(b) != actor_key(claimant[0])]
    if claimant and over is not None and backers:
        territory = " ".join(t.text for t in over.subtree if not t.is_punct and t.dep_ != "det")
        yield ("recognizes_territory", backers, claimant[0], None, f"relations:claim-backed({act.lemma_.lower()})", act,
               {**extra, "territory": territory})


def switched(noun: Token, kinds: RelationKinds) -> bool:
    """Whether a noun is what a state switches from one state to another ("switched its diplomatic ties", "shifted its
    allegiance"), which ``switched_ties`` reads, not relations of their own."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in kinds.switched_nouns and lemma_of(noun.head, kinds) in kinds.switching_verbs


def switched_ties(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state that switches its ties from one state to another ends diplomatic relations with the first and has them
    with the second, as the guide settles: "Panama, which switched its ties from Taipei to Beijing", "Nauru switched its
    diplomatic ties to Beijing", "since switching to Beijing in 2019"; one only wished or disowned states neither ("has
    no intention of switching its ties to Beijing")."""
    what = child_of(verb, "dobj")
    if what is not None and not switched(what, kinds):
        return  # "switched its vote", "shifted production to Vietnam"
    sides = [verb, *([what] if what is not None else [])]
    new = next((a for t in sides for a in sentence.actors_of(pobj_of(t, "to")) if a.code not in STATELESS), None)
    old = next((a for t in sides for a in sentence.actors_of(pobj_of(t, "from")) if a.code not in STATELESS), None)
    switcher = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
    if new is None or not switcher or polarity_of(verb, kinds) != "holds":
        return
    why = f"relations:switched-ties({lemma_of(verb, kinds)})"
    if actor_key(new) != actor_key(switcher[0]):
        yield "diplomatic_relations", [switcher[0], new], None, None, why, verb, {"polarity": "holds"}
    if old is not None and actor_key(old) not in {actor_key(new), actor_key(switcher[0])}:
        yield "diplomatic_relations", [switcher[0], old], None, None, why, verb, {"polarity": "ended"}


def recognition_in_words(sentence: Sentence, word: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """"Armenia recognises Nagorno-Karabakh as part of Azerbaijan" where the parse took "recognises" for a noun: read
    the words in order, the state just before the verb (past "does not"), the territory, "as part of", the state."""
    doc, start, end = word.doc, sentence.sent.start, sentence.sent.end
    before = word.i - 1
    while before > start and doc[before].pos_ in {"AUX", "PART", "ADV"}:
        before -= 1
    subject = sentence.actor_at(doc[before]) if before >= start else None
    words = [t for t in doc[word.i + 1:end]]
    cut = next((n for n, t in enumerate(words) if t.is_punct and t.text not in {"-", "–"}), len(words))
    words = words[:cut]  # the clause's own words
    lowered = [t.lower_ for t in words]
    if subject is None or "as" not in lowered:
        return
    at = lowered.index("as")
    rest = [t for t in words[at + 1:] if t.lower_ not in {"a", "an", "the", "integral", "inseparable"}]
    if len(rest) < 3 or rest[0].lemma_.lower() not in kinds.territory_nouns or rest[1].lower_ != "of":
        return
    state = sentence.actor_at(rest[2])
    territory = " ".join(t.text for t in words[:at]).replace(" - ", "-")
    if state is None or state.code in STATELESS or not territory:
        return
    denied = any(t.lower_ in {"not", "n't", "never"} for t in doc[before + 1:word.i])
    yield ("recognizes_territory", [subject], state, None, "relations:recognises-as-part(words)", word,
           {"territory": territory, "polarity": "denied" if denied else "holds"})


def members_named(sentence: Sentence, recognisers: list[Actor]) -> list[Actor]:
    """The recognisers less an organisation named only as what the states listed are members of: "Five European Union
    members - Spain, Greece, ... - have refused to recognise Kosovo" (the states, not the EU)."""
    doc = sentence.sent.doc
    if not any(a.code not in STATELESS for a in recognisers):
        return recognisers
    return [a for a in recognisers if a.code not in STATELESS or not any(
        m.actor is a and doc[m.head].lower_ in COUNTRY_NOUNS for ms in sentence.by_token.values() for m in ms)]


def along_with(sentence: Sentence, verb: Token) -> list[Actor]:
    """The states a clause names as doing the same "along with" or "together with" its subject: "Spain recognised
    Palestine together with Ireland and Norway", "A and B are among the few states that recognise Taiwan, along with C"
    (the phrase on the clause the relative one hangs from)."""
    clauses = [verb]
    antecedent = verb.head if verb.dep_ == "relcl" else None
    if antecedent is not None and antecedent.dep_ == "attr":
        clauses.append(antecedent.head)
    elif antecedent is not None and (among := among_verb(antecedent)) is not None:
        clauses.append(among)
    found: list[Actor] = []
    for clause in clauses:
        for prep in (c for c in clause.children if c.dep_ == "prep"):
            # "together with" ("together" on "with"), or "along with" ("with" on "along")
            together = prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in {"together", "along"} for c in prep.children)
            with_ = prep if together else child_of(prep, "prep", "with") if prep.lower_ == "along" else None
            if with_ is not None:
                found += [a for a in sentence.actors_of(child_of(with_, "pobj")) if a.code not in STATELESS]
    return found


def recognised_each(sentence: Sentence, verb: Token, subjects: list[Actor], recognised: Token,
                     kinds: RelationKinds) -> Iterable[Reading]:
    """Each state or breakaway entity a verb of recognition names, one relation each: "recognised Abkhazia and South
    Ossetia", "the breakaway regions of Abkhazia and South Ossetia", "the independence of A and B", "Kosovo's
    declaration of independence"; the state a name names where the actors stage read it as a movement ("the Sahrawi
    Arab Democratic Republic": Western Sahara); "Somaliland, which Ethiopia recognised"."""
    if recognised.lower_ in RELATIVE and verb.dep_ == "relcl":
        recognised = verb.head
    for entity in recognised_sides(sentence, recognised, kinds):
        yield "recognizes", subjects, entity, None, "relations/kinds.yml#recognizes", verb, {}


def recognised_sides(sentence: Sentence, recognised: Token, kinds: RelationKinds) -> list[Actor]:
    """The states or breakaway entities a phrase of recognition names (``recognised_each``)."""
    token = recognised
    for _ in range(3):  # "Kosovo's 2008 declaration of independence", "the independence of Abkhazia"
        if sentence.by_token.get(token.i) and token.pos_ == "PROPN":
            break
        of = pobj_of(token, "of")  # the entity "of" names, else the possessor ("Kosovo's declaration of independence")
        inner = of if of is not None and any(i in sentence.by_token for i in range(of.left_edge.i, of.right_edge.i + 1)) else child_of(token, "poss")
        if inner is None or token.lemma_.lower() not in kinds.kinds["recognizes"].objects:
            break
        token = inner
    names = [t for t in [token, *conjuncts(token)] if t.pos_ == "PROPN"] or [token]
    found: list[Actor] = []
    for name in names:
        # a common noun's own actor only, not others the parse hung below it ("an independent Palestinian state, President X said")
        for actor in [_entity(sentence, name)] if name.pos_ == "PROPN" else sentence.actors_of(name)[:1]:
            if actor is not None and all(actor_key(actor) != actor_key(a) for a in found):
                found.append(actor)
    return found or sentence.actors_of(recognised)[:1]


def _entity(sentence: Sentence, name: Token) -> Actor | None:
    """The state or breakaway entity a name names: a state where the name is one of its own ("Sahrawi Arab Democratic
    Republic", a movement's to the actors stage), the entity itself where it is a breakaway one (sector PRE), even where
    the actors stage read it within a longer phrase ("the breakaway regions of Abkhazia")."""
    phrase = proper_phrase(name)
    meanings = sentence.named(phrase) or sentence.named(name.text)
    state = next((code for code, own, org in meanings if own is None and org is None and code not in STATELESS), None)
    actor = sentence.actor_at(name)
    if state is not None and actor is not None and actor.sector in {"PRE", "REB"}:
        return Actor(phrase, state)
    breakaway = next((own for code, own, org in meanings if own and org is None and actor is not None and actor.code == code), None)
    if actor is not None and actor.sector == "PRE" and breakaway is not None:
        return Actor(phrase, actor.code, "PRE", breakaway, None)
    return actor


def whole_state(sentence: Sentence, part: Token | None, subject: list[Actor], kinds: RelationKinds) -> list[Actor]:
    """The state a predicate makes a territory part of: "part of Azerbaijan", "part of its territory", "Spain's
    sovereign territory", "Russian territory", "as Russian"."""
    if part is None:
        return []
    parts = kinds.territory_nouns
    if part.lemma_.lower() in parts:
        whole = pobj_of(part, "of")
        if whole is not None:
            return whole_state(sentence, whole, subject, kinds) if whole.lemma_.lower() in parts else sentence.actors_of(whole)
        owner = child_of(part, "poss")
        if owner is not None:
            return subject if owner.lower_ in PRONOUNS else sentence.actors_of(owner)
        return [a for c in part.children if c.dep_ in {"amod", "compound", "nmod"} for a in sentence.actors_of(c)]
    if part.pos_ in {"ADJ", "PROPN"} and not list(part.children):
        return [a for a in sentence.actors_of(part) if a.code not in STATELESS]  # "recognise Crimea as Russian"
    return sentence.actors_of(pobj_of(part, "of"))  # "Jerusalem as the capital of Israel"
