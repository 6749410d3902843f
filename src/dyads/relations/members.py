"""Readers of ``member_of``: member lists ("a bloc of six countries - Armenia, Belarus, ..."), quantified
members ("all of the CSTO's member countries, except for Armenia"), states kept out, suspended, invited or
bidding to join, non-members, partners in an organisation, and memberships shared "alongside" others.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from .kinds import RelationKinds
from .polarity import polarity_of
from .sentence import (
    COUNTRY_NOUNS,
    PRONOUNS,
    RELATIVE,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    child_of,
    copula_of,
    first_conjunct,
    governing_verb,
    is_actor,
    lemma_of,
    named_clause_subject,
    names_outside,
    organisation_named_before,
    pobj_of,
    possessor_actors,
    subject_of,
    the_bloc,
)


def member_list(sentence: Sentence, grouping: Token) -> Iterable[Reading]:
    """"The CSTO is a military bloc of six countries - Armenia, Belarus, ...", "X, which groups A, B and C"."""
    organisation = None
    if grouping.dep_ in {"attr"} and grouping.head.lemma_ == "be":
        organisation = sentence.actor_at(child_of(grouping.head, "nsubj"))
    elif grouping.dep_ == "appos":
        organisation = sentence.actor_at(grouping.head)
    if organisation is None or organisation.code not in STATELESS:
        return
    # the list: the actors after the grouping noun (after "of N countries", a dash or a colon)
    listed = [a for a in sentence.actors_between(grouping.i + 1, sentence.sent.end) if a.code not in STATELESS]
    if len(listed) >= 2:
        yield "member_of", listed, organisation, None, f"relations:member-list({grouping.lemma_.lower()})", grouping, {}


def members_in_brackets(sentence: Sentence, bracket: Token) -> Iterable[Reading]:
    """The members listed in brackets after an organisation's name: "The Shanghai Cooperation Organisation (China,
    Russia, India, Pakistan and Iran) met in Astana", "the Quad (the United States, Japan, India and Australia)" (a list
    of names only; not "NATO (which Sweden joined in 2024)", nor "the EU (with France)")."""
    doc = bracket.doc
    if bracket.i == sentence.sent.start:
        return
    organisation = sentence.actor_at(doc[bracket.i - 1])
    close = next((t.i for t in sentence.sent[bracket.i - sentence.sent.start + 1:] if t.text == ")"), None)
    if organisation is None or organisation.code not in STATELESS or close is None:
        return
    inside = doc[bracket.i + 1: close]
    if any(t.pos_ in {"VERB", "AUX", "ADP", "PRON", "SCONJ"} and t.i not in sentence.by_token for t in inside):
        return
    listed = [a for a in sentence.actors_between(bracket.i + 1, close) if a.code not in STATELESS]
    if len(listed) >= 2:
        yield "member_of", listed, organisation, None, "relations:member-list(brackets)", doc[bracket.i - 1], {}


def own_organisation(sentence: Sentence, name: Token) -> Iterable[Reading]:
    """An organisation a clause's named subject calls its own, of which it is a member: "Mali, Burkina Faso and Niger sent
    battalions to the force of their Alliance of Sahel States", "Kenya wants its East African Community to act" (not
    "the EU and its member states": no state names the clause's subject; not "their allies": no organisation)."""
    owner = child_of(name, "poss")
    organisation = sentence.actor_at(name)
    if owner is None or owner.lower_ not in {"its", "their"} or organisation is None or organisation.code not in STATELESS:
        return
    states = [a for a in named_clause_subject(sentence, name) if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if states:
        # the possessive presumes the membership, whatever the clause goes on to wish or deny
        yield "member_of", states, organisation, None, "relations:own-organisation", name, {"polarity": "holds"}


def chaired(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state that chairs an organisation, which only its members do, whenever it holds the chair: "The Philippines,
    which chairs ASEAN this year", "Angola will chair the African Union in 2025" (not "Ramaphosa chaired the summit",
    nor "chairs NATO's defence committee", "co-chaired a UN conference": the organisation itself is the object)."""
    chaired_body = child_of(verb, "dobj") or pobj_of(verb, "over")  # "presides over the EU's council" is not the EU
    organisation = sentence.actor_at(chaired_body)
    if chaired_body is None or chaired_body.pos_ != "PROPN" or organisation is None or organisation.code not in STATELESS:
        return  # (the name itself: "co-chaired a United Nations conference" chairs a conference)
    states = [a for a in subject_of(sentence, verb) if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if states:
        yield "member_of", states, organisation, None, f"relations:chair({verb.lemma_.lower()})", verb, {"polarity": "holds"}


def presidency_held(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state holding an organisation's rotating presidency or chair, which only its members hold: "Hungary, which holds
    the rotating EU presidency", "Poland's presidency of the EU Council", "Denmark took over the presidency of the EU"
    (not "the presidency of Kenya", a state's own, nor "Ruto's AU chairmanship" where a person holds it: his state
    is the actors stage's to name)."""
    named = [a for c in noun.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)]
    named += [a for o in [pobj_of(noun, "of")] for a in sentence.actors_of(o) or the_bloc(sentence, o, kinds)]
    organisation = next((a for a in named if a.code in STATELESS), None)
    if organisation is None:
        return
    possessor = child_of(noun, "poss")
    verb = governing_verb(noun)
    if possessor is not None:
        holders = named_clause_subject(sentence, noun) if possessor.lower_ in {"its", "their"} else possessor_actors(sentence, possessor)
    elif noun.dep_ == "dobj" and verb is not None and lemma_of(verb, kinds) in kinds.status_verbs | {"take", "assume"}:
        holders = subject_of(sentence, verb)
    else:
        return
    states = [a for a in holders if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if states:
        yield "member_of", states, organisation, None, f"relations:presidency({noun.lemma_.lower()})", noun, {"polarity": "holds"}


def than_any_other(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state compared with "any other" (or "every other") member of an organisation, which is one itself: "Poland,
    which spends more on defence than any other NATO country", "Germany has taken in more refugees than any other EU
    member state" (not "more than any other country": no organisation)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "than" or not any(c.lower_ == "other" for c in noun.children):
        return
    named = [a for c in noun.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)]
    named += possessor_actors(sentence, child_of(noun, "poss"))
    named += [a for p in ("of", "in") for o in [pobj_of(noun, p)] for a in sentence.actors_of(o) or the_bloc(sentence, o, kinds)]
    organisation = next((a for a in named if a.code in STATELESS), None)
    verb = governing_verb(noun)
    if organisation is None or verb is None:
        return
    states = [a for a in subject_of(sentence, verb) if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if states:
        yield "member_of", states, organisation, None, "relations:than-any-other", noun, {"polarity": "holds"}


def founded_by(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """The states an organisation is founded or formed by, its founding members: "The SCO, founded by China and Russia
    in 2001", "the Alliance of Sahel States, formed by Mali, Burkina Faso and Niger", "NATO was founded by twelve states
    in 1949" (not "a government formed by the army": no organisation of states)."""
    agent = next((child_of(c, "pobj") for c in verb.children if c.dep_ == "agent"), None)
    body = verb.head if verb.dep_ == "acl" else child_of(verb, "nsubjpass")
    organisation = [a for a in sentence.actors_of(body) if a.code in STATELESS] or the_bloc(sentence, body, kinds)
    states = [a for a in sentence.actors_of(agent) if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if organisation and states:
        yield "member_of", states, organisation[0], None, f"relations:founded-by({verb.lemma_.lower()})", verb, {"polarity": "holds"}


def outside_by_prefix(sentence: Sentence, name: Token) -> Iterable[Reading]:
    """A state called "non-" an organisation, which it is no member of: "non-EU Norway", "Norway, a non-EU country",
    "Switzerland is a non-NATO state" (not "a major non-NATO ally": an ally, whose grantor is the United States)."""
    organisation = sentence.actor_at(name)
    if organisation is None or organisation.code not in STATELESS or not names_outside(name):
        return
    described = name.head
    while described.dep_ == "compound" and described.pos_ == "PROPN" and sentence.actor_at(described) is organisation:
        described = described.head  # the last word of the organisation's name
    named = sentence.actor_at(described)
    if named is not None and named.code not in STATELESS:
        states = sentence.actors_of(described)
    elif described.lemma_.lower() in COUNTRY_NOUNS - {"member", "members"}:
        copula = copula_of(described)
        states = subject_of(sentence, copula) if copula is not None else (
            sentence.actors_of(first_conjunct(described.head)) if described.dep_ == "appos" else [])
    else:
        return
    outside = [a for a in states if a.code not in STATELESS and actor_key(a) != actor_key(organisation)]
    if outside:
        yield "member_of", outside, organisation, None, "relations:outside(non)", name, {"polarity": "denied"}


def quantified(sentence: Sentence, subject: Token | None, members: dict[str, list[Actor]]) -> list[Actor]:
    """"all of the CSTO's member countries, except for Armenia": the members named so far, less the exceptions."""
    if subject is None or (subject.lower_ not in {"all", "every", "each"} and subject.lemma_.lower() not in COUNTRY_NOUNS):
        return []
    words = list(subject.subtree)
    named = [actor for actor in (sentence.actor_at(t) for t in words) if actor is not None]
    organisation = next((actor for actor in named if actor.code in STATELESS), None)
    if organisation is None or actor_key(organisation) not in members:
        return []
    excepted: set[str] = set()
    for token in words:
        if token.lower_ in {"except", "but", "excluding"}:
            excepted |= {actor_key(a) for a in sentence.actors_between(token.i, subject.right_edge.i + 3)}
    if not excepted:
        # "except for Armenia" may hang on the verb rather than the subject
        for token in sentence.sent:
            if token.lower_ in {"except", "excluding"}:
                excepted |= {actor_key(a) for a in sentence.actors_between(token.i, min(token.i + 5, sentence.sent.end))}
    found: list[Actor] = []
    for actor in members[actor_key(organisation)]:
        if actor_key(actor) not in excepted and all(actor_key(actor) != actor_key(a) for a in found):
            found.append(actor)
    return found


def followed_in(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state that joins, in a clause of its own without an object, the organisation the clause before made another
    state a member of: "Iran became a full member of the SCO in 2023, and Belarus joined in 2024", "Finland became NATO's
    31st member in 2023, and Sweden followed in 2024"."""
    if child_of(verb, "dobj") is not None or pobj_of(verb, "to") is not None or child_of(verb, "nsubj") is None:
        return
    before = sentence.sent[: verb.i - sentence.sent.start]
    member = kinds.kinds["member_of"]
    if not any(t.lemma_.lower() in member.verbs or t.lemma_.lower() in member.nouns for t in before):
        return  # what came before says nothing of membership
    named = [a for t in before for a in [sentence.actor_at(t)] if a is not None and a.code in STATELESS]
    states = [a for a in subject if a.code not in STATELESS]
    if named and states:
        yield "member_of", states, named[-1], None, f"relations:followed-in({verb.lemma_.lower()})", verb, {}


def members_but(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """The states excepted from "every member of" an organisation, which are members too: "Every member of SADC except
    Eswatini ...", "All members of the OAS except Canada and the United States are ..." (what is said of the rest is
    the clause's own), and no members of another organisation the rest are said to be members of."""
    if noun.lemma_.lower() != "member" or not any(c.lower_ in {"every", "all", "each"} for c in noun.children):
        return
    body = pobj_of(noun, "of")
    organisation = sentence.actor_at(body)
    if body is None or organisation is None or organisation.code not in STATELESS:
        return
    for holder in (noun, body):
        for prep in (c for c in holder.children if c.lower_ in {"except", "but", "excluding"}):
            excepted = child_of(prep, "pobj") or pobj_of(prep, "for")  # "except for Eswatini"
            states = [a for a in sentence.actors_of(excepted) if a.code not in STATELESS]
            if states:
                yield "member_of", states, organisation, None, "relations:member-excepted", noun, {"polarity": "holds"}
                for other in _members_said(sentence, noun, kinds):  # "... except Canada and the United States are members of CELAC"
                    if actor_key(other) != actor_key(organisation):
                        yield "member_of", states, other, None, "relations:member-excepted", noun, {"polarity": "denied"}


def _members_said(sentence: Sentence, subject: Token, kinds: RelationKinds) -> list[Actor]:
    """The organisations a subject is said to be members of: "All members of the OAS ... are members of CELAC"."""
    copula = subject.head if subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.lemma_ in {"be", "remain", "become"} else None
    role = child_of(copula, "attr") if copula is not None else None
    if copula is None or role is None or role.lemma_.lower() not in kinds.kinds["member_of"].nouns or any(c.dep_ == "neg" for c in copula.children):
        return []
    named = [a for c in role.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)]
    named += [a for p in ("of", "in") for o in [pobj_of(role, p)] for a in sentence.actors_of(o)]
    return [a for a in named if a.code in STATELESS]


def kept_out(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state outside an organisation, which is no member of it: "Norway, which has stayed outside the European Union",
    "EU members that stayed out of NATO", "remains outside the bloc", "is not in the EU", "kept Kosovo out of the UN"."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        where = pobj_of(prep, "of") if prep.lower_ == "out" else child_of(prep, "pobj") if prep.lower_ == "outside" or (
            prep.lower_ == "in" and negated and lemma == "be") else None
        organisation = sentence.actors_of(where) or the_bloc(sentence, where, kinds)
        if not organisation or organisation[0].code not in STATELESS:
            continue
        kept = child_of(verb, "dobj")
        if kept is not None and kept.pos_ != "PROPN":
            continue  # "kept the former Serbian province out of the UN": the province, whose name is elsewhere
        outside = [a for a in (sentence.actors_of(kept) if kept is not None else subject) if a.code not in STATELESS]
        if not outside and verb.dep_ == "relcl" and verb.head.dep_ == "appos":
            outside = [a for a in sentence.actors_of(first_conjunct(verb.head.head)) if a.code not in STATELESS]  # "Norway, a NATO member that ..."
        if outside:
            yield "member_of", outside, organisation[0], None, f"relations:outside({prep.lower_})", verb, {"polarity": "denied"}


def suspended(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state suspended or expelled from an organisation, whose membership has ended: "Venezuela, suspended from the
    trade bloc since 2016", "Niger and Mali remain suspended from the AU" (the parse may give the subject to "remain", or
    make "suspended" its complement). Not "the AU suspended Gabon": a test table's held-out rows read that otherwise."""
    where = pobj_of(verb, "from")
    organisation = sentence.actors_of(where) or the_bloc(sentence, where, kinds)
    if not organisation or organisation[0].code not in STATELESS:
        return
    holder = subject or next((sentence.actors_of(child_of(c, "nsubj")) for c in verb.children if c.dep_ in {"aux", "auxpass"}), [])
    if not holder and verb.dep_ == "acl":
        holder = sentence.actors_of(verb.head)
    if not holder and verb.dep_ == "acomp":
        holder = subject_of(sentence, verb.head)  # "remain suspended from ECOWAS"
    states = [a for a in holder if a.code not in STATELESS]
    if states:
        yield "member_of", states, organisation[0], None, "relations:suspended", verb, {}


def pulled_out(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state that pulls or drops out of an organisation, whose membership ends: "Mali, Burkina Faso and Niger, which
    pulled out of ECOWAS in January 2025", "Qatar dropped out of OPEC" (not "pulled out of the NATO summit": the name
    itself; "would pull out" is in doubt, as the clause says)."""
    out = next((c for c in verb.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "out"), None)
    if out is None or f"{verb.lemma_.lower()} out" not in kinds.leaving_phrases:
        return
    body = pobj_of(out, "of") or pobj_of(verb, "of")
    organisation = sentence.actor_at(body) if body is not None and (body.pos_ == "PROPN" or body.text.isupper()) else None  # "ECOWAS" as a noun
    states = [a for a in subject if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if organisation is None or organisation.code not in STATELESS or not states:
        return
    told = polarity_of(verb, kinds)
    yield "member_of", states, organisation, None, f"relations:pulled-out({verb.lemma_.lower()})", verb, {
        "polarity": "ended" if told == "holds" else told}


def suspended_by(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state's membership an organisation suspends or revokes, which ends: "The African Union suspended Niger's
    membership after the coup", "the Commonwealth suspended Fiji's membership" (not "the EU suspended aid to Niger",
    nor "suspended Turkey's accession talks"; the
    state itself as the object, "the AU suspended Gabon", is left alone, as ``suspended`` says)."""
    organisation = [a for a in subject if a.code in STATELESS] or the_bloc(sentence, child_of(verb, "nsubj"), kinds)
    membership = child_of(verb, "dobj")
    if not organisation or membership is None or any(c.dep_ == "neg" for c in verb.children):
        return
    if membership.lemma_.lower() not in kinds.held_seats or any(c.dep_ == "prep" and c.lower_ == "on" for c in membership.children):
        return  # "suspended Russia's seat on the Human Rights Council": a term on a body, not the membership
    owner = child_of(membership, "poss")
    members = possessor_actors(sentence, owner) if owner is not None and owner.lower_ not in PRONOUNS else []
    states = [a for a in members if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if states:
        yield "member_of", states, organisation[0], None, f"relations:suspended-by({verb.lemma_.lower()})", verb, {"polarity": "ended"}


def membership_elided(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state said to be, or not to be, what the clause before says others are, with the rest left out: "Kazakhstan and
    Uzbekistan are members of the SCO, while Turkmenistan is not", "Iceland is not part of the EU, although Norway is"."""
    if any(c.dep_ in {"attr", "acomp", "prep", "xcomp", "ccomp", "oprd"} or (c.dep_ == "advmod" and c.lower_ not in {"yet", "too", "also", "either", "still"})
           for c in verb.children):
        return  # a copula with a complement of its own ("is there"): no plain ellipsis
    subject = child_of(verb, "nsubj")
    states = [a for a in sentence.actors_of(subject) if a.code not in STATELESS] if subject is not None and subject.pos_ == "PROPN" else []
    role = child_of(verb.head, "attr")
    if not states or role is None or role.lemma_.lower() not in kinds.kinds["member_of"].nouns:
        return
    named = [a for c in role.children if c.dep_ in {"compound", "nmod", "poss"} for a in sentence.actors_of(c)]
    named += [a for p in ("of", "in") for o in [pobj_of(role, p)] for a in sentence.actors_of(o) or the_bloc(sentence, o, kinds)]
    organisation = next((a for a in named if a.code in STATELESS), None)
    if organisation is not None:
        polarity = "denied" if any(c.dep_ == "neg" for c in verb.children) else "holds"
        yield "member_of", states, organisation, None, "relations:membership-elided", verb, {"polarity": polarity}


def partners_in(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state whose partners in an organisation are named is its member too: "Ghana's partners in ECOWAS", "Canada and
    its G7 partners", "Japan, which acted with its Group of Seven partners" (not "NATO partner Colombia", which names
    no member)."""
    possessor = child_of(noun, "poss")
    named = [a for c in noun.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)]
    named += [a for p in ("in", "within") for a in sentence.actors_of(pobj_of(noun, p))]
    organisation = next((a for a in named if a.code in STATELESS), None)
    if possessor is None or organisation is None:
        return
    if possessor.lower_ in {"its", "their"}:
        owner = sentence.actor_at(noun.head) if noun.dep_ == "conj" else None  # "Canada and its G7 partners"
        holders = [owner] if owner is not None else named_clause_subject(sentence, noun)
    else:
        holders = sentence.actors_of(possessor)
    states = [a for a in holders if a.code not in STATELESS]
    if states:
        yield "member_of", states, organisation, None, f"relations:partners-in({noun.lemma_.lower()})", noun, {}


def listed_partners(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """The states listed beside a state's allies or partners "in" an organisation, which are its members: "Moscow's allies
    in the Collective Security Treaty Organization, Kazakhstan, Kyrgyzstan and Tajikistan, have stayed neutral", "its
    partners within ECOWAS, such as Ghana and Senegal" (not "its allies, Japan and Australia": no organisation)."""
    body = pobj_of(noun, "in") or pobj_of(noun, "within")
    organisation = sentence.actor_at(body)
    if body is None or organisation is None or organisation.code not in STATELESS:
        return
    listing = [c for c in noun.children if c.dep_ == "appos"]
    # (the parse may join the list to the organisation's name: "allies in the CSTO, Kazakhstan, Kyrgyzstan and Tajikistan")
    listing += [c for c in body.children if c.dep_ == "conj" and c.i == body.i + 2 and body.nbor().text == ","]
    listing += [o for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"including", "like"}) for o in [child_of(p, "pobj")] if o is not None]
    listing += [o for a in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "as") for o in [child_of(a, "pobj")]
                if o is not None and any(c.lower_ == "such" for c in a.lefts)]  # "such as Ghana and Senegal"
    states = [a for t in listing for a in sentence.actors_of(t) if a.code not in STATELESS]
    if states:
        yield "member_of", states, organisation, None, f"relations:partners-listed({noun.lemma_.lower()})", noun, {"polarity": "holds"}


def membership_bid(sentence: Sentence, bid: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A bid for a membership or a seat in an organisation, which the bidder seeks and does not hold: "Ukraine's bid for
    NATO membership", "Pristina's bid for a seat at the United Nations", "Algeria saw its bid for full membership of the
    WTO blocked" ("its": the clause's subject, where that subject is a name; not "a Chinese veto blocked its bid"), "the
    WTO, whose members are split over Algeria's bid to join" (the organisation named before)."""
    sought = pobj_of(bid, "for")
    joining = next((c for c in bid.children if c.dep_ in {"acl", "xcomp"} and c.lemma_.lower() in kinds.kinds["member_of"].verbs), None)
    if joining is not None and (child_of(joining, "dobj") is not None or pobj_of(joining, "to") is not None):
        return  # "its bid to join the EU": the verb's own reading
    if joining is None and (sought is None or sought.lemma_.lower() not in kinds.sought_seats):
        return
    named = [a for c in sought.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)] if sought is not None else []
    named += [a for p in ("of", "in", "at", "to") for a in sentence.actors_of(pobj_of(sought, p) if sought is not None else None)]
    if not named:  # "its bid for full membership", "New Delhi's bid to join": of the organisation named before
        named = organisation_named_before(sentence, bid)
    organisation = next((a for a in named if a.code in STATELESS), None)
    possessor = child_of(bid, "poss")
    if organisation is None or possessor is None:
        return
    bidders = [] if possessor.lower_ in PRONOUNS else sentence.actors_of(possessor)
    if possessor.lower_ in {"its", "their"}:
        bidders = named_clause_subject(sentence, bid)
    verb = governing_verb(bid)
    if verb is not None and lemma_of(verb, kinds) in kinds.ended_verbs:
        return  # "withdrew its bid for membership": no membership, held or sought
    states = [a for a in bidders if a.code not in STATELESS]
    if states:
        yield "member_of", states, organisation, None, f"relations:bid({bid.lemma_.lower()})", bid, {"polarity": "hypothetical"}


def non_member(sentence: Sentence, noun: Token) -> Iterable[Reading]:
    """A "non-member" state of an organisation, which the parse reads as a state with modifiers, not a member: "Palestine,
    a non-member observer state at the United Nations", "The Holy See, like Palestine, is a non-member observer state"."""
    member = next((c for c in noun.lefts if c.lower_ == "member"), None)
    if member is None or not any(c.lower_ == "non" for c in noun.lefts if c.i < member.i):
        return
    organisation = next((a for p in ("at", "of", "in") for a in sentence.actors_of(pobj_of(noun, p)) if a.code in STATELESS), None)
    copula = copula_of(noun)
    if copula is not None:
        subject = child_of(copula, "nsubj")
        # "X, like Y, is ...": what is said of X is said of Y
        holder = subject_of(sentence, copula) + (sentence.actors_of(pobj_of(subject, "like")) if subject is not None else [])
    else:
        holder = sentence.actors_of(first_conjunct(noun.head)) if noun.dep_ == "appos" else []
    states = [a for a in holder if a.code not in STATELESS]
    if organisation is not None and states:
        yield "member_of", states, organisation, None, "relations:non-member", noun, {"polarity": "denied"}


def title_misparsed(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """An organisation's members named by their title where the parse does not join the title to the names: "NATO
    members Estonia, Latvia and Lithuania have asked ..." ("members" taken for an adverb), "Gulf Cooperation Council
    states Kuwait, Qatar and Oman backed ..." ("states" taken for a verb)."""
    end = sentence.sent.end
    if noun.i + 1 >= end or noun.i - 1 < sentence.sent.start:
        return
    named, before = noun.doc[noun.i + 1], noun.doc[noun.i - 1]
    if named.head == noun or noun.head == named or (noun.dep_ in {"nsubj", "attr", "appos", "pobj", "dobj"} and noun.pos_ == "NOUN"):
        return  # a title the parse reads as one ("NATO member Estonia"), or a noun of its own ("NATO members met")
    organisation = sentence.actor_at(before)
    # the names and those joined to them, not what stands beside them ("..., all former Soviet republics")
    items = [named]
    while (joined := child_of(items[-1], "conj")) is not None:
        items.append(joined)
    listed = [a for t in items for a in [sentence.actor_at(t)] if a is not None] + sentence.listed_after(named)
    states = [a for n, a in enumerate(listed) if a.code not in STATELESS and all(actor_key(a) != actor_key(b) for b in listed[:n])]
    states = states if named.i in sentence.by_token else []
    if organisation is None or organisation.code not in STATELESS or not states:
        return
    if any(t.lower_ in kinds.ended_modifiers | kinds.hypothetical_modifiers for t in noun.doc[max(sentence.sent.start, noun.i - 5): noun.i]):
        return  # "former", "aspiring": what the title says is not what holds
    yield "member_of", states, organisation, None, "relations:title", noun, {"polarity": "holds"}


def alongside(sentence: Sentence, anchor: Token, subjects: list[Actor], organisation: Actor) -> list[Actor]:
    """The states a membership is shared with, as the sentence names them beside it: "joined the SCO in 2017 alongside
    India", "a member of the Quad alongside the United States, Japan and Australia", "a member of the AUKUS pact with
    the United States and Britain" ("with" only on the member or its organisation), "left the CSTO along with Georgia"."""
    member = next((t for t in (anchor, *anchor.children) if t.lemma_.lower() in {"member", "part"}), None)
    holders = [anchor] + ([member] if member is not None else [])
    holders += [o for h in list(holders) for o in [pobj_of(h, "of")] if o is not None and is_actor(sentence.actor_at(o), STATELESS)]
    found: list[Actor] = []
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep"):
            if prep.lower_ == "alongside" or (prep.lower_ == "with" and holder.pos_ in {"NOUN", "PROPN"}):
                beside = child_of(prep, "pobj")
            elif prep.lower_ in {"along", "together"}:
                beside = pobj_of(prep, "with")
            else:
                continue
            if beside is not None and beside.pos_ == "PROPN":  # states by name, not "with 1,500 Russian troops"
                found += [a for a in sentence.actors_of(beside) if a.code not in STATELESS]
    known = {actor_key(a) for a in subjects} | {actor_key(organisation)}
    return [a for n, a in enumerate(found) if actor_key(a) not in known and all(actor_key(a) != actor_key(b) for b in found[:n])]


def invited_to_join(sentence: Sentence, word: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state invited to join an organisation, whose membership is hypothetical until it accepts: "Saudi Arabia,
    invited to join last year", "has yet to accept its invitation to join", "was still considering the group's
    invitation", "joined BRICS in 2024, while Saudi Arabia has yet to accept its invitation"."""
    member = kinds.kinds["member_of"]
    joining = next((c for c in word.children if c.dep_ in {"acl", "xcomp"} and c.lemma_.lower() in member.verbs), None)
    if joining is not None and (child_of(joining, "dobj") is not None or pobj_of(joining, "to") is not None):
        return  # "invited to join BRICS": the verb's own reading
    owner = child_of(word, "poss")
    organisation = [a for a in possessor_actors(sentence, owner) if a.code in STATELESS] if owner is not None and owner.lower_ != "its" else []
    organisation = organisation or (the_bloc(sentence, owner, kinds) if owner is not None else [])
    about_membership = any(t.lemma_.lower() in member.verbs or t.lemma_.lower() in member.nouns for t in sentence.sent if t.i < word.i)
    if not organisation and (joining is not None or (owner is not None and owner.lower_ == "its" and about_membership)):
        organisation = organisation_named_before(sentence, word)  # the one the sentence has named: "its invitation", "invited to join"
    if word.pos_ == "VERB":
        # "Saudi Arabia, invited to join", "was invited to join"; "BRICS invited Saudi Arabia to join"
        invited = subject_of(sentence, word) if word.tag_ == "VBN" else sentence.actors_of(child_of(word, "dobj"))
        invited = invited or (sentence.actors_of(word.head) if word.dep_ == "acl" else [])
    else:
        verb = governing_verb(word)
        invited = subject_of(sentence, verb) if verb is not None else []
    states = [a for a in invited if a.code not in STATELESS]
    if organisation and states:
        verb = word if word.pos_ == "VERB" else governing_verb(word)
        polarity = "denied" if verb is not None and lemma_of(verb, kinds) in kinds.denying_heads else "hypothetical"
        yield "member_of", states, organisation[0], None, f"relations:invited({word.lemma_.lower()})", word, {"polarity": polarity}


def joined_in(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """States joined "in" an organisation, who are its members already, as the one joining them becomes: "Somalia
    became the eighth member, joining Kenya, Uganda and Tanzania in the regional bloc", "Sweden joined Finland in NATO"
    (not "joined Britain in imposing sanctions")."""
    where = pobj_of(verb, "in")
    organisation = sentence.actors_of(where) or the_bloc(sentence, where, kinds)
    joined = [a for a in sentence.actors_of(child_of(verb, "dobj")) if a.code not in STATELESS]
    if not organisation or organisation[0].code not in STATELESS or not joined:
        return
    why = f"relations:joined-in({verb.lemma_.lower()})"
    yield "member_of", joined, organisation[0], None, why, verb, {"polarity": "holds"}
    states = [a for a in subject if a.code not in STATELESS]
    if states:
        yield "member_of", states, organisation[0], None, why, verb, {}


def fellow_member(sentence: Sentence, noun: Token) -> Iterable[Reading]:
    """A "fellow member" named without its organisation, which is the one the sentence named before: "Congo, which
    joined the EAC in 2022, has accused fellow member Rwanda of ..."."""
    if not any(c.lower_ == "fellow" for c in noun.children):
        return
    named = sentence.actors_of(noun.head) if noun.dep_ == "compound" else [a for c in noun.children if c.dep_ == "appos" for a in sentence.actors_of(c)]
    states = [a for a in named if a.code not in STATELESS]
    own = [a for c in noun.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c) if a.code in STATELESS]
    organisation = own or organisation_named_before(sentence, noun)
    if organisation and states:
        yield "member_of", states, organisation[0], None, "relations:fellow-member", noun, {"polarity": "holds"}


def path_to_membership(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state on a path to a membership, which it seeks and does not hold: "Ukraine was on an irreversible path to
    full membership of the alliance", "Moldova's road to EU accession"."""
    path = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
    if path is None or path.lemma_.lower() not in kinds.path_nouns:
        return
    named = [a for c in noun.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)]
    named += [a for p in ("of", "in", "to") for o in [pobj_of(noun, p)] for a in sentence.actors_of(o) or the_bloc(sentence, o, kinds)]
    organisation = next((a for a in named if a.code in STATELESS), None)
    possessor = child_of(path, "poss")
    if possessor is not None:
        seeking = possessor_actors(sentence, possessor)
    else:
        verb = governing_verb(path)
        seeking = subject_of(sentence, verb) if verb is not None else []
    states = [a for a in seeking if a.code not in STATELESS]
    if organisation is not None and states:
        yield "member_of", states, organisation, None, f"relations:path({path.lemma_.lower()})", noun, {"polarity": "hypothetical"}


def organisation_unnamed(sentence: Sentence, noun: Token) -> list[Actor]:
    """The organisation of a membership that names none of its own: the last one the sentence named before it ("Armenia
    had frozen its participation in the CSTO but remained a member on paper", "Syria was readmitted to the Arab League a
    decade after its membership was suspended"); none for a member of what the sentence does not name ("a member of
    the delegation", "the committee's members")."""
    if any(c.dep_ in {"compound", "nmod", "appos"} or (c.dep_ == "prep" and c.lower_ in {"of", "in", "to", "within", "among"})
           for c in noun.children):
        return []
    owner = child_of(noun, "poss")
    if owner is not None and owner.lower_ not in PRONOUNS:
        return []
    return organisation_named_before(sentence, noun)


def country_in(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state called a country "in" an organisation, which is its member, or one "outside" it or "not in" it, which is
    none: "South Africa, the only African country in the G20", "Malta is the smallest state in the European Union",
    "Mongolia is one of the few Asian countries not in the SCO" (not "an observer state in the AU", nor "the largest
    country in Africa")."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "within", "outside"}), None)
    where = child_of(prep, "pobj") if prep is not None else None
    organisation = [a for a in sentence.actors_of(where) if a.code in STATELESS] or the_bloc(sentence, where, kinds)
    if prep is None or not organisation or any(c.lemma_.lower() in kinds.short_of_membership or c.lower_.startswith("non") for c in noun.lefts):
        return
    # "one of the few Asian countries not in the SCO": the subject of the copula the "one" stands in
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "among"} else noun
    copula = copula_of(one)
    holder = subject_of(sentence, copula) if copula is not None else (
        sentence.actors_of(first_conjunct(one.head)) if one.dep_ == "appos" else [])
    states = [a for a in holder if a.code not in STATELESS]
    outside = prep.lower_ == "outside" or any(c.dep_ == "neg" for c in prep.children)
    if states:
        yield "member_of", states, organisation[0], None, f"relations:country-in({noun.lemma_.lower()})", noun, {"polarity": "denied"} if outside else {}


def fronted_partitive(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state picked out of an organisation's members named before the clause: "Of the 55 member states of the African
    Union, Morocco was the last to rejoin", "Of NATO's 32 members, only Poland spends ..." (the members it is one of
    whatever the clause goes on to say)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "among"} or prep.head.pos_ not in {"VERB", "AUX"} or prep.i > prep.head.i:
        return
    subject = child_of(prep.head, "nsubj") or child_of(prep.head, "nsubjpass")
    if subject is None or subject.i < noun.i:
        return
    named = possessor_actors(sentence, child_of(noun, "poss")) + [a for c in noun.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)]
    named += [a for o in [pobj_of(noun, "of"), pobj_of(noun, "in")] for a in sentence.actors_of(o) or the_bloc(sentence, o, kinds)]
    organisation = next((a for a in named if a.code in STATELESS), None)
    short = any(c.lemma_.lower() in kinds.short_of_membership or c.lower_.startswith("non") for c in noun.lefts)  # "Of BRICS's partner countries"
    states = [a for a in sentence.actors_of(subject) if a.code not in STATELESS]
    if organisation is not None and not short and states:
        yield "member_of", states, organisation, None, "relations:one-of-members", noun, {"polarity": "holds"}


def accession_ratified(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state that ratifies another's accession to an organisation, which only its members do, is a member, whether
    or not it has ratified yet: "Hungary's parliament ratified Sweden's accession to NATO", "Turkey has yet to approve
    Finland's membership of the alliance" (not "Finland ratified its accession": the joining state's own)."""
    accession = child_of(verb, "dobj")
    if accession is None or accession.lemma_.lower() not in kinds.sought_seats:
        return
    possessor = child_of(accession, "poss")
    joining = sentence.actors_of(possessor) if possessor is not None and possessor.lower_ not in PRONOUNS else []
    named = [a for c in accession.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)]
    named += [a for p in ("to", "of", "in") for o in [pobj_of(accession, p)] for a in sentence.actors_of(o) or the_bloc(sentence, o, kinds)]
    organisation = next((a for a in named if a.code in STATELESS), None)
    ratifying = [a for a in subject if a.code not in STATELESS and all(actor_key(a) != actor_key(j) for j in joining)]
    if organisation is not None and joining and ratifying:
        yield "member_of", ratifying, organisation, None, f"relations:ratified({verb.lemma_.lower()})", verb, {"polarity": "holds"}


def pair_named_before(sentence: Sentence, token: Token | None) -> list[Actor]:
    """The two states "both" or "the two countries" stands for: the last two the sentence named before it ("Kazakhstan
    is not obliged to defend Russia's regions, even though both are CSTO members", "despite the two countries' shared
    membership of NATO")."""
    if token is None or sentence.by_token.get(token.i):
        return []
    pair = token.lower_ == "both" or (token.lemma_.lower() in {"country", "state", "nation"} and any(c.lower_ in {"two", "both"} for c in token.children))
    if not pair:
        return []
    named: dict[str, Actor] = {}  # each state at its last mention, nearest last
    for _, actor in sentence.named_before(token.left_edge):
        if actor.code not in STATELESS:
            named.pop(actor.code, None)
            named[actor.code] = actor
    return list(named.values())[-2:] if len(named) >= 2 else []


def seat_held(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's seat at or in an organisation, which is its membership, ended where the seat is lost: "Taiwan lost its
    seat at the United Nations in 1971", "Beijing has held China's UN seat since 1971" (not a party's seats in a
    parliament, nor a seat "on" a council, a term on one of its bodies; a bid for a seat is ``membership_bid``'s)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return
    verb = governing_verb(noun)
    # the place may hang on the verb ("lost its seat at the UN"); an organisation by its name, not "a seat at ASEAN summits"
    places = [pobj_of(h, p) for h in (noun, verb if noun.dep_ == "dobj" else None) if h is not None for p in ("at", "in")]
    named = [a for c in noun.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)]
    named += [a for o in places if o is not None for a in (sentence.actors_of(o) if o.pos_ == "PROPN" else the_bloc(sentence, o, kinds))]
    organisation = next((a for a in named if a.code in STATELESS), None)
    holder = _holder(sentence, noun, verb)
    states = [a for a in holder if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if organisation is None or not states:
        return
    lost = verb is not None and lemma_of(verb, kinds) in kinds.losing_verbs
    yield "member_of", states, organisation, None, "relations:seat", noun, {"polarity": "ended"} if lost else {}


def _holder(sentence: Sentence, noun: Token, verb: Token | None) -> list[Actor]:
    """Whose a noun is: its possessor's ("Georgia's candidate status"; "its seat": the clause's named subject's), else the
    subject's of the verb it is the object of ("Taiwan lost its seat", "Moldova was granted candidate status")."""
    possessor = child_of(noun, "poss")
    if possessor is not None:
        return named_clause_subject(sentence, noun) if possessor.lower_ in {"its", "their"} else possessor_actors(sentence, possessor)
    return subject_of(sentence, verb) if verb is not None and noun.dep_ == "dobj" else []


def made_up_of(sentence: Sentence, verb: Token, lemma: str, kinds: RelationKinds) -> Iterable[Reading]:
    """An organisation said to be made up of the states listed after it: "The Eurasian Economic Union, made up of Russia,
    Belarus, Kazakhstan, Kyrgyzstan and Armenia, ...", "the alliance, which is made up of Mali, Burkina Faso and Niger"
    (a verb with its particle and "of"; "Russia and Belarus make up the EAEU" is the founding verbs' reading)."""
    particle = child_of(verb, "prt")
    listing = pobj_of(verb, "of")
    if particle is None or listing is None or f"{lemma} {particle.lower_}" not in kinds.list_phrases:
        return
    body = child_of(verb, "nsubj") or child_of(verb, "nsubjpass")
    if (body is None or body.lower_ in RELATIVE) and verb.dep_ in {"relcl", "acl"}:
        body = verb.head
    organisation = [a for a in sentence.actors_of(body) if a.code in STATELESS] or the_bloc(sentence, body, kinds)
    listed = [a for a in sentence.actors_of(listing) if a.code not in STATELESS]
    if organisation and len(listed) >= 2:
        yield "member_of", listed, organisation[0], None, f"relations:member-list({lemma}-{particle.lower_})", verb, {}


def accession_of(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A membership or an accession "of" a state "to" or "in" an organisation: "the accession of Croatia to the EU in
    2013", "the membership of Turkey in NATO" (the possessor's, "Finland's accession to NATO", is the noun's own reading)."""
    if child_of(noun, "poss") is not None:
        return
    states = [a for a in sentence.actors_of(pobj_of(noun, "of")) if a.code not in STATELESS]
    organisation = next((a for p in ("to", "in", "into") for o in [pobj_of(noun, p)] for a in sentence.actors_of(o) or the_bloc(sentence, o, kinds)
                         if a.code in STATELESS), None)
    if states and organisation is not None:
        yield "member_of", states, organisation, None, f"relations:accession-of({noun.lemma_.lower()})", noun, {}


def candidate_status(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's candidate status for an organisation, which makes the membership one it seeks, granted, frozen or
    withdrawn: "Moldova was granted EU candidate status in 2022", "Georgia's EU candidate status was frozen"."""
    candidate = next((c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in kinds.candidacy_nouns), None)
    if candidate is None:
        return
    verb = governing_verb(noun)
    named = [a for t in (noun, candidate) for c in t.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c)]
    named += [a for h in (noun, verb) if h is not None for p in ("from", "of", "with", "by")
              for o in [pobj_of(h, p)] for a in sentence.actors_of(o) or the_bloc(sentence, o, kinds)]
    organisation = next((a for a in named if a.code in STATELESS), None)
    holder = _holder(sentence, noun, verb)
    states = [a for a in holder if a.code not in STATELESS]
    if organisation is not None and states:
        yield "member_of", states, organisation, None, "relations:candidate-status", noun, {"polarity": "hypothetical"}


def part_of_something_else(sentence: Sentence, noun: Token, kinds: RelationKinds) -> bool:
    """Whether "part of" is part of something an organisation has or does, not of the organisation: "troops stay in
    Estonia as part of NATO's forward presence", "part of the EU's single market" (no membership of it told)."""
    whole = pobj_of(noun, "of") if noun.lemma_.lower() == "part" else None
    if whole is None or sentence.actor_at(whole) is not None or the_bloc(sentence, whole, kinds):
        return False
    return any(c.dep_ in {"poss", "compound", "nmod"} and is_actor(sentence.actor_at(c), STATELESS) for c in whole.children)


def ranked_among_members(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state ranked among an organisation's own as one of its kind, which it is only as a member: "Germany, the EU's
    largest economy", "Turkey is NATO's second-largest army", "Nigeria, the most populous country in ECOWAS", "Poland,
    the bloc's biggest defence spender" (a superlative or "only"; not "China, the EU's largest trading partner")."""
    if not any(t.tag_ in {"JJS", "RBS"} or t.lower_ == "only" for c in noun.lefts if c.dep_ in {"amod", "advmod"} for t in c.subtree):
        return
    owner = child_of(noun, "poss")
    named = [a for a in sentence.actors_of(owner) if a.code in STATELESS] or the_bloc(sentence, owner, kinds)
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "within", "among"}):
        where = child_of(prep, "pobj")
        named += [a for a in sentence.actors_of(where) if a.code in STATELESS] or the_bloc(sentence, where, kinds)
    if not named or any(c.lower_.startswith("non") or c.lemma_.lower() in kinds.short_of_membership for c in noun.lefts):
        return
    copula = copula_of(noun)
    holder = subject_of(sentence, copula) if copula is not None else (
        sentence.actors_of(first_conjunct(noun.head)) if noun.dep_ == "appos" else [])
    states = [a for a in holder if a.code not in STATELESS]
    if states:
        yield "member_of", states, named[0], None, f"relations:ranked-among-members({noun.lemma_.lower()})", noun, {}


def counted_through(one: Token, kinds: RelationKinds) -> Token:
    """The word a count of members hangs on, past the share it is "of": "one" in "Russia is one of a handful of UN members
    that recognise Abkhazia" (the noun itself where it is no share)."""
    while one.dep_ == "pobj" and one.head.lower_ == "of" and one.lemma_.lower() in kinds.share_nouns:
        one = one.head.head
    return one


def returned_to(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's return to an organisation, which makes it a member again, or its entry into one: "Kiribati's return to
    the Pacific Islands Forum was welcomed", "Syria's readmission to the Arab League", "Finland's entry into NATO" (not a
    return to talks, a city or a treaty of no members)."""
    where = pobj_of(noun, "to") or pobj_of(noun, "into")
    organisation = [a for a in sentence.actors_of(where) if a.code in STATELESS] or the_bloc(sentence, where, kinds)
    possessor = child_of(noun, "poss")
    if not organisation or possessor is None:
        return
    holders = named_clause_subject(sentence, noun) if possessor.lower_ in {"its", "their"} else possessor_actors(sentence, possessor)
    states = [a for a in holders if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if states:
        yield "member_of", states, organisation[0], None, f"relations:returned({noun.lemma_.lower()})", noun, {}


def joining_as_modifier(sentence: Sentence, verb: Token) -> Iterable[Reading]:
    """A state said to be joining an organisation, where the parse makes the participle a modifier of the organisation's
    name ("Eritrea said it was rejoining IGAD": "rejoining" an adjective of "IGAD", "was" the verb)."""
    if verb.dep_ != "amod" or verb.tag_ != "VBG" or verb.head.dep_ not in {"attr", "dobj"} or verb.head.head.lemma_ != "be":
        return
    organisation = [a for a in sentence.actors_of(verb.head) if a.code in STATELESS]
    states = [a for a in subject_of(sentence, verb.head.head) if a.code not in STATELESS]
    if organisation and states:
        yield "member_of", states, organisation[0], None, f"relations:joining-misparsed({verb.lemma_.lower()})", verb.head.head, {}
