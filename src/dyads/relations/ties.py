"""Readers of ``ally``, ``strategic_partner``, ``diplomatic_relations`` and ``at_war_with``: relations raised to
another ("upgraded ties to a strategic partnership") or switched from one state to another ("switched recognition
from Taipei to Beijing"), the holders a relative clause, an aside or a gerund names, the other side named by "which",
"it" or the clause a clause of time hangs on, a relation told again ("followed by Morocco", "did the same with", "a
similar move between Hanoi and Paris"), sides set off by commas wherever the parse hangs them ("close to Australia,
its only formal ally", "Russia and its allies Belarus and Armenia"), an alliance by a status granted ("designated a
major non-NATO ally"), the parties to a document on a partnership, the pacts that are pledges of defence rather than
alliances, and the sides and dates of a war (one put behind a clause, one a state is accused of waging).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from .arms import names_weapon
from .defence import hyphenated
from .kinds import RelationKinds
from .polarity import modifier_phrase, polarity_of
from .sentence import (
    COUNTRY_NOUNS,
    RELATIVE,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    actors_or_owner,
    aside_of,
    child_of,
    clause_verb,
    described_actors,
    first_conjunct,
    governing_verb,
    lemma_of,
    name_in,
    pobj_of,
    possessor_actors,
    subject_of,
)


def pairwise(reading: Reading) -> list[Reading]:
    """An alliance among three or more states as one relation a pair, as the guide groups a symmetric kind: "Mali,
    Burkina Faso and Niger are allies" is Mali with Burkina Faso, Mali with Niger, Burkina Faso with Niger. (Not yet the
    other symmetric kinds: their readings of three sides are mostly a side too many, which pairs would only multiply.)"""
    relation, subjects, obj, value, why, anchor, extra = reading
    sides = [a for n, a in enumerate(subjects) if all(actor_key(a) != actor_key(b) for b in subjects[:n])]
    if relation != "ally" or len(sides) < 3:
        return [reading]
    return [(relation, pair, obj, value, why, anchor, extra) for pair in pairs(sides)]


def pairs(sides: list[Actor]) -> list[list[Actor]]:
    """Every pair of the sides, in order: A with B, A with C, B with C."""
    return [[a, b] for n, a in enumerate(sides) for b in sides[n + 1:]]


def contrasted(sentence: Sentence, noun: Token, kind: str) -> Iterable[Reading]:
    """A relation set against what the subject is instead, denied: "India is a partner, not an ally, of the United
    States", "Mexico and the United States are partners in a trade agreement, not military allies" (the noun in
    apposition after "not", in the predicate of "be")."""
    start = noun.left_edge.i
    if noun.dep_ != "appos" or start - 1 <= sentence.sent.start or noun.doc[start - 1].lower_ != "not":
        return
    copula = governing_verb(noun)
    if copula is None or copula.lemma_ not in {"be", "remain"}:
        return
    holder = [a for a in subject_of(sentence, copula) if a.code not in STATELESS]
    other = [a for p in ("of", "with", "to") for a in sentence.actors_of(pobj_of(noun, p)) if a.code not in STATELESS]
    sides = holder + [a for a in other if all(actor_key(a) != actor_key(h) for h in holder)]
    if len(sides) >= 2:
        yield kind, sides, None, None, f"relations:contrasted({noun.lemma_.lower()})", noun, {"polarity": "denied"}


def affirmed_after_but(noun: Token, role: Token) -> bool:
    """Whether a side noun joined by "but" to a denied one names what the sides are instead: "India and the United States
    are not allies but strategic partners" (not "are partners but not allies", whose second noun has its own "not")."""
    return role is not noun and not any(c.dep_ == "neg" for c in noun.children) and any(
        c.dep_ == "cc" and c.lower_ == "but" and role.i < c.i < noun.i for c in role.children)


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


def pact_for_defence(noun: Token, kinds: RelationKinds) -> bool:
    """Whether a pact is a pledge of defence, which the guide reads as ``collective_defense`` and not as an alliance: a
    mutual one ("signed a mutual defence treaty"), one a state has none of ("has no defence pact with Russia"), or one
    whose clause spells out who defends whom ("its defence treaty with Tokyo, which obliges the United States to defend
    ...")."""
    if noun.lemma_.lower() not in kinds.mutual_pacts:
        return False
    if child_of(noun, "det", "no") is not None or any(t.lower_ in kinds.mutual_words for c in noun.lefts for t in c.subtree):
        return True  # "has no defence pact with Russia", "signed a mutual defence treaty": collective defence (denied), as the guide settles
    # (the parse may hang the clause on the other side: "its treaty with Tokyo, which obliges ...")
    return any(c.dep_ == "relcl" and c.lemma_.lower() in kinds.obligations for t in (noun, pobj_of(noun, "with")) if t is not None for c in t.children)


def allied(sentence: Sentence, word: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """States said to be allied, in whatever clause the participle stands: set off after them ("Uganda, long allied to
    Washington, ...", "Rwanda and Uganda, once allied, ..."), or the predicate ("Kazakhstan is allied to Russia", "Hanoi
    and Moscow remain closely allied"); with "with" or "to" the other side, else the states listed are allied with each
    other. Not "allied forces", a modifier before its noun."""
    if word.lower_ not in kinds.allied_words or word.dep_ == "compound" or any(c.dep_ == "dobj" and c.tag_ != "PRP" for c in word.children):
        return  # (nor a modifier the parse takes for a verb of its noun: "Poland and Romania host allied exercises")
    if word.dep_ == "amod" and (word.head.i > word.i or word.head.pos_ != "PROPN"):
        return  # "allied troops", "Iran-allied militias" (but "Rwanda and Uganda, once allied," the parse may read alike)
    head = word.head if word.dep_ in {"acomp", "oprd"} else word
    if word.dep_ in {"acl", "amod"}:
        holders = sentence.actors_of(word.head)
    else:
        holders = subject_of(sentence, head)
    holders = [a for a in holders if a.code not in STATELESS]
    named = next((found for t in {word, head} for p in ("with", "to") if (found := sentence.actors_of(pobj_of(t, p)))), [])
    others = [a for a in named if all(actor_key(a) != actor_key(h) for h in holders)]
    why = "relations:allied"
    if others:
        for holder in holders[:1]:
            for other in others:
                yield "ally", [holder, other], None, None, why, word, {}
    elif not named and len(holders) >= 2:
        yield "ally", holders, None, None, why, word, {}


def allies_listed(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's allies listed by a verb of listing or set apart by "among": "Iran's allies include Syria and Venezuela",
    "Among Russia's closest allies are Belarus and Kazakhstan" (one alliance each, with the state whose allies they are)."""
    if noun.tag_ != "NNS" or not any(kind.name == "ally" and modifier is None for kind, modifier in kinds.noun_kinds(noun.lemma_.lower())):
        return
    holders = [a for c in noun.children if c.dep_ in {"poss", "compound", "nmod"} for a in possessor_actors(sentence, c) if a.code not in STATELESS]
    verb = noun.head
    if noun.dep_ == "nsubj" and lemma_of(verb, kinds) in kinds.list_verbs:
        listed = sentence.actors_of(child_of(verb, "dobj"))
    elif noun.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_ in {"be", "remain"} and verb.i < verb.head.i:
        verb = verb.head
        listed = sentence.actors_of(child_of(verb, "attr") or child_of(verb, "nsubj"))
    else:
        return
    for holder in holders[:1]:
        for other in (a for a in listed if a.code not in STATELESS and actor_key(a) != actor_key(holder)):
            yield "ally", [holder, other], None, None, "relations:allies-listed", verb, {}


def span_of(noun: Token) -> Token | None:
    """The span of time that opens a phrase set off by a comma, with the side noun in it: "Chad, for decades France's
    closest ally, ...", "Niger, for a decade one of Washington's closest allies, ..." (the span's noun; read in word
    order, as the parse hangs "for" on the name, the verb or the noun)."""
    doc = noun.doc
    at = noun.left_edge.i - 1
    if at >= 1 and doc[at].lower_ == "of" and doc[at - 1].lower_ == "one":
        at -= 2
    if at < 0 or doc[at].lemma_.lower() not in _SPELLS:
        return None
    span, at = doc[at], at - 1
    while at >= 0 and doc[at].tag_ in {"DT", "CD", "JJ"}:
        at -= 1  # "for two decades", "for the past decade"
    return span if at >= 1 and doc[at].lower_ == "for" and doc[at - 1].text == "," else None


def ally_for_a_span(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """An alliance a phrase set off by a comma puts in a span of time, which the span closes (ended), unless it runs to now
    ("for the past decade"): "Chad, for decades France's closest ally in the Sahel, ended that partnership", "Bolivia, for
    two decades one of Venezuela's closest allies, has distanced itself from Caracas"."""
    span = span_of(noun)
    if span is None:
        return
    opening = next(t for t in reversed(noun.doc[: span.i]) if t.lower_ == "for")
    named = noun.doc[opening.i - 2] if opening.i - 2 >= sentence.sent.start else None
    holders = [a for a in sentence.actors_of(first_conjunct(named)) if a.code not in STATELESS] if named is not None else []
    others = [a for t in (child_of(noun, "poss"), pobj_of(noun, "of")) if t is not None for a in possessor_actors(sentence, t) or sentence.actors_of(t)
              if a.code not in STATELESS and all(actor_key(a) != actor_key(h) for h in holders)]
    current = any(t.lower_ in kinds.current_span_words for t in noun.doc[opening.i : span.i])
    for holder in holders[:1]:
        for other in others:
            yield "ally", [holder, other], None, None, "relations:ally-for-a-span", noun, {"polarity": "holds" if current else "ended"}


def recognition_ally(sentence: Sentence, noun: Token, others: list[Actor], kinds: RelationKinds) -> bool:
    """Whether an ally of a state the guide says has diplomatic allies only (Taiwan's) is a state that recognises it, where
    the sentence speaks of recognition: "Palau, the Marshall Islands and Tuvalu, Taiwan's three remaining allies, have no
    intention of switching recognition to Beijing" (not "the United States, Taiwan's most important ally, ...", nor its
    "military" or "security" allies)."""
    if not any(a.code.lower() in kinds.recognised_by_allies for a in others[:1]) or any(c.lower_ in kinds.military_ally_words for c in noun.children):
        return False
    recognising = kinds.kinds["recognizes"].verbs | set(kinds.kinds["recognizes"].nouns)
    return any(t.lemma_.lower() in recognising for t in sentence.sent)


def _granted_by(sentence: Sentence, phrase: Token, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """The state the guide ties a status named by a phrase to, up to its noun: the United States for "a major non-NATO
    ally" (the phrase may be the status's: "major non-NATO ally status")."""
    words = re.sub(r"\s*-\s*", "-", " ".join(t.lower_ for t in noun.doc[phrase.left_edge.i : noun.i + 1]))  # "non - NATO": "non-nato"
    grantor = next((name for phrase, name in kinds.granted_alliances.items() if words.endswith(phrase)), None)
    return [a for a in [name_in(sentence, [grantor.split()])] if a is not None] if grantor is not None else []


def _status_held(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state said to hold a status that makes it an ally, with no grantor named: "Egypt became a major non-NATO ally in
    1987", "Morocco, a major non-NATO ally, bought F-16s" (the guide's grantor; "of" or a possessor is the noun's own)."""
    if child_of(noun, "poss") is not None or pobj_of(noun, "of") is not None:
        return
    if noun.dep_ == "attr" and noun.head.lemma_ not in {"be", "become", "remain"}:
        return
    named = _granted_by(sentence, noun, noun, kinds)
    holder = subject_of(sentence, noun.head) if noun.dep_ == "attr" else sentence.actors_of(noun.head)
    holder = [a for a in holder if a.code not in STATELESS and all(actor_key(a) != actor_key(n) for n in named)]
    if named and len(holder) == 1:
        yield "ally", holder + named, None, None, "relations:status-held", noun, {}


def called_what(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """An alliance a clause of "in what ... called" names the act of the clause it hangs on: "Papua New Guinea and
    Australia signed a mutual defence treaty, in what Canberra called its first new alliance in 70 years" (the alliance
    of that clause's subjects; of the caller with them where they are one state)."""
    call = noun.head if noun.dep_ in {"oprd", "attr"} else noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
    if call is None or lemma_of(call, kinds) not in kinds.speech_verbs | kinds.regard_verbs or child_of(call, "dobj", "what") is None:
        return  # "in what Canberra called its first new alliance", "in what Nairobi described as a new alliance"
    if call.dep_ != "pcomp" or call.head.lower_ != "in" or call.head.head.pos_ not in {"VERB", "AUX"}:
        return
    sides = [a for a in subject_of(sentence, call.head.head) if a.code not in STATELESS]
    if len(sides) < 2:
        sides += [a for a in subject_of(sentence, call) if a.code not in STATELESS and all(actor_key(a) != actor_key(s) for s in sides)]
    if len(sides) == 2:
        yield "ally", sides, None, None, "relations:called-what", noun, {}


def granted_status(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state made an ally by a status another grants, where only the status names the alliance: "Qatar was designated a
    major non-NATO ally in 2022", "Brazil, which received major non-NATO ally status from Washington" (the grantor named
    by "by" or "from", else the one the guide ties the status to: the United States for a major non-NATO ally), ended
    where the status is lost ("designated a major non-NATO ally in 2012, lost the status in 2021")."""
    status = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in kinds.status_nouns else None
    if status is None and noun.dep_ in {"attr", "appos"}:
        yield from _status_held(sentence, noun, kinds)
        return
    role = status or noun
    verb = role.head
    verbs = kinds.status_verbs if status is not None else kinds.designation_verbs
    if role.dep_ not in {"dobj", "oprd"} or lemma_of(verb, kinds) not in verbs or any(
            c.dep_ in {"dobj", "dative"} and c.i != role.i for c in verb.children):
        return  # (one state designating another: "Washington designated Colombia a major non-NATO ally", ``_designated``)
    granting = [a for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"by", "from"})
                for a in sentence.actors_of(child_of(c, "pobj")) if a.code not in STATELESS]
    if status is None and granting:
        return  # "designated a major non-NATO ally by Washington": ``_designated``
    named = granting[:1] or _granted_by(sentence, role, noun, kinds)
    holder = [a for a in subject_of(sentence, verb) if a.code not in STATELESS and all(actor_key(a) != actor_key(n) for n in named)]
    if not named or len(holder) != 1:
        return
    lost = lemma_of(verb, kinds) in kinds.losing_verbs or any(  # "designated ... in 2012, lost the status in 2021"
        c.dep_ == "conj" and lemma_of(c, kinds) in kinds.losing_verbs and (status_lost := child_of(c, "dobj")) is not None
        and status_lost.lemma_.lower() in kinds.status_nouns for c in verb.children)
    yield "ally", holder + named, None, None, f"relations:granted-status({verb.lemma_.lower()})", verb, {"polarity": "ended"} if lost else {}


def described_name(sentence: Sentence, noun: Token) -> Token | None:
    """The name a side noun set off by a comma describes: the head of an apposition, or the name just before the comma
    where the parse makes the noun a modifier of the verb ("Tajikistan counts on Moscow, its treaty ally, to defend ...")."""
    if noun.dep_ == "appos":
        return noun.head
    start = noun.left_edge.i
    if noun.dep_ != "npadvmod" or start - 2 < sentence.sent.start or noun.doc[start - 1].text != ",":
        return None
    named = noun.doc[start - 2]
    actor = sentence.actor_at(named)
    return named if actor is not None and actor.code not in STATELESS else None


def misparsed_aside(sentence: Sentence, noun: Token) -> list[Actor]:
    """The state a side noun set off by a comma describes where the parse hangs the noun on the verb (``described_name``),
    or where "one of" joins it to an apposition before it ("Kazakhstan, a member of the SCO and one of Moscow's closest
    allies, ...")."""
    named = described_name(sentence, noun) if noun.dep_ == "npadvmod" else None
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if one is not None and (one.like_num or one.lower_ == "one") and one.dep_ == "conj" and first_conjunct(one).dep_ == "appos":
        named = first_conjunct(one).head
    return [a for a in sentence.actors_of(named)[:1] if a.code not in STATELESS] if named is not None else []


def one_of_joined(sentence: Sentence, noun: Token) -> list[Actor]:
    """Who is "one of" the sides a side noun joined to another names: "Italy has long been one of Libya's main partners
    and allies", "Italy, one of Libya's partners and allies, ..." (the parse hangs "of" on the first noun only)."""
    role = first_conjunct(noun)
    one = role.head.head if role is not noun and role.dep_ == "pobj" and role.head.lower_ == "of" else None
    if one is None or not (one.like_num or one.lower_ == "one"):
        return []
    if one.dep_ == "attr" and one.head.lemma_ in {"be", "remain", "become"}:
        return [a for a in subject_of(sentence, one.head) if a.code not in STATELESS]
    return [a for a in sentence.actors_of(one.head) if a.code not in STATELESS] if one.dep_ == "appos" else []


def signed_on(sentence: Sentence, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """The parties to a document on a relation, who sign or agree it: "Russia and Iran signed a treaty on comprehensive
    strategic partnership", "Moscow signed a Treaty on Comprehensive Strategic Partnership with Pyongyang"."""
    document = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "of"} else None
    if document is None or document.lemma_.lower() not in kinds.document_nouns or document.dep_ != "dobj":
        return []
    verb = document.head
    parties: list[Actor] = []
    for actor in [*subject_of(sentence, verb), *sentence.actors_of(pobj_of(verb, "with") or pobj_of(document, "with"))]:
        if all(actor_key(actor) != actor_key(p) for p in parties):
            parties.append(actor)
    return parties


def count_on(sentence: Sentence, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """The other side a relative clause on a side noun names as its subject: "Manila was no longer an ally the United
    States could count on", "an ally that Tokyo trusts" (the clause's object the side itself)."""
    if noun.lemma_.lower() not in kinds.side_nouns:
        return []
    return clause_holders(sentence, noun)


def aside_owner(sentence: Sentence, noun: Token) -> list[Actor]:
    """Whose "its" is before a side noun set off by commas, where the name it describes hangs deep in its clause: the
    clause's subject, or its possessor, one state ("New Zealand remains close to Australia, its only formal ally": New
    Zealand's)."""
    named = described_name(sentence, noun) if child_of(noun, "poss", "its") is not None else None
    verb = clause_verb(named) if named is not None else None
    if verb is None:
        return []
    described = {actor_key(a) for a in sentence.actors_of(named)}
    # or the subject's possessor: "Kenya's ties with India, its main strategic partner in Asia, have grown"
    subject = child_of(verb, "nsubj")
    found = subject_of(sentence, verb) or (sentence.actors_of(child_of(subject, "poss")) if subject is not None else [])
    owner = [a for a in found if a.code not in STATELESS and actor_key(a) not in described]
    return owner if len(owner) == 1 else []


def ended_in_aside(noun: Token, kinds: RelationKinds) -> bool:
    """Whether an apposition names the relation again and ends it in its clause: "Iran was Washington's key ally under
    the Shah, an alliance that collapsed with the 1979 revolution", "strategic partners, a partnership that ended in 2014"."""
    return any(c.dep_ == "appos" and kinds.noun_kinds(c.lemma_.lower()) and any(
        r.dep_ == "relcl" and lemma_of(r, kinds) in kinds.ended_verbs for r in c.children) for c in noun.children)


def conjoined_owner(sentence: Sentence, noun: Token) -> list[Actor]:
    """Whose "its" is before a side noun joined to a state by "and": that state's ("Russia and its allies Belarus and
    Armenia held drills": Russia's allies, not allies of each other)."""
    if noun.dep_ != "conj" or noun.head.i > noun.i or child_of(noun, "poss", "its") is None:
        return []
    named = sentence.actor_at(noun.head)
    return [named] if named is not None and named.code not in STATELESS else []


def others_only(sentence: Sentence, noun: Token, holder: list[Actor], others: list[Actor], kinds: RelationKinds) -> bool:
    """Whether a side noun with no holder names only the other side, in its "of" phrase: "(his country will be) an ally of
    the United States and Israel" (allies of a third, not of each other)."""
    if holder or noun.lemma_.lower() not in kinds.side_nouns:
        return False
    listed = {actor_key(a) for a in sentence.actors_of(pobj_of(noun, "of"))}
    return len(listed) >= 2 and all(actor_key(a) in listed for a in others)


def state_waging(sentence: Sentence, its: Token, kinds: RelationKinds) -> list[Actor]:
    """The state "its" stands for before a war: the nearest state named before it ("supplied shells to Russia for its war
    in Ukraine", "Moscow's ally in its war against Ukraine"), who wages the war whoever the clause is about."""
    return [actor for word, actor in sentence.states_named_before(its) if actor.sector in {None, "GOV", "MIL"} and not _set_apart(word, its)
            and not _names_a_maker(word, kinds)][-1:]


def _names_a_maker(word: Token, kinds: RelationKinds) -> bool:
    """Whether a state's name only says who made or sent arms, which "its" cannot stand for: "used Israeli-made drones in
    its war with Armenia", "bought Turkish drones for its war" (but "Russian troops" can wage it)."""
    head = word
    while head.dep_ in {"amod", "compound", "nmod", "npadvmod", "punct"} and head.head.i != head.i:
        head = head.head
    return names_weapon(head, kinds)


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
    if not named and antecedent.dep_ == "conj":
        named = described_actors(sentence, first_conjunct(antecedent))  # "Iran, a former ally and a country with which ..."
    if not named and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of" and antecedent.head.head.lower_ in {"one", "neighbour", "neighbor"}:
        antecedent = antecedent.head.head  # "Bhutan is the only one of China's neighbours with which Beijing has no relations"
    if not named and antecedent.dep_ == "attr" and antecedent.head.lemma_ in {"be", "remain"}:
        named = sentence.actors_of(child_of(antecedent.head, "nsubj"))
    return [a for a in named if a.code not in STATELESS and all(actor_key(a) != actor_key(h) for h in holder)]


def clause_holders(sentence: Sentence, noun: Token) -> list[Actor]:
    """Who hold a relation that a relative clause without its own object says they keep: "a strategic partnership the
    two countries have nurtured since 1998", "the alliance that Moscow and Minsk formed" (not "the partnership that
    links A and B", whose clause has its own object)."""
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    kept = child_of(clause, "dobj") if clause is not None else None
    if clause is None or (kept is not None and kept.lower_ not in RELATIVE):
        return []
    subject = child_of(clause, "nsubj")
    if subject is None or subject.lower_ in RELATIVE:
        return []
    return [a for a in sentence.actors_of(subject) if a.code not in STATELESS]


def raised_ties(ties: Token, kinds: RelationKinds) -> bool:
    """Whether ties are raised to a relation of another name ("upgraded their ties to a comprehensive strategic
    partnership", "elevated relations to an alliance"), where the parse hangs "to" on the verb or on the ties."""
    if ties.dep_ != "dobj":
        return False
    raised = pobj_of(ties.head, "to") or pobj_of(ties, "to")
    return raised is not None and any(kind.name != "diplomatic_relations" for kind, _ in kinds.noun_kinds(raised.lemma_.lower()))


def included_sides(sentence: Sentence, noun: Token) -> list[Actor]:
    """The states a count of countries names as the other side, by "including": "has diplomatic ties with only 12
    countries, including Paraguay and Guatemala", "established relations with four Arab states, including Morocco"."""
    verb = governing_verb(noun) if noun.dep_ == "dobj" else None
    for counted in (pobj_of(t, "with") for t in (noun, verb) if t is not None):
        if counted is not None and counted.tag_ == "NNS" and counted.lemma_.lower() in COUNTRY_NOUNS:
            including = next((c for c in counted.children if c.dep_ == "prep" and c.lower_ == "including"), None)
            if including is not None:
                return [a for a in sentence.actors_of(child_of(including, "pobj")) if a.code not in STATELESS]
    return []


def antecedent_of_it(sentence: Sentence, noun: Token, holder: list[Actor]) -> list[Actor]:
    """The state "it" stands for as the other side of a relation ("made peace with Israel and has kept diplomatic
    relations with it"): the nearest state named before the pronoun that is not the relation's holder."""
    verb = governing_verb(noun)
    it = next((t for t in (pobj_of(noun, "with"), pobj_of(verb, "with") if verb is not None else None) if t is not None), None)
    if it is None or it.lower_ != "it":
        return []
    return named_before(sentence, it, holder)


def antecedent_of_neighbour(sentence: Sentence, noun: Token, holder: list[Actor], kinds: RelationKinds) -> list[Actor]:
    """The state "its neighbour" stands for as the other side of a relation ("Algeria, which rejects Moroccan sovereignty
    over Western Sahara, broke off relations with its western neighbour"): the nearest state named before it that is not
    the relation's holder."""
    verb = governing_verb(noun)
    neighbour = next((t for t in (pobj_of(noun, "with"), pobj_of(verb, "with") if verb is not None else None) if t is not None), None)
    if neighbour is None or not unnamed_neighbour(sentence, neighbour, kinds):
        return []
    return neighbour_named_before(sentence, neighbour, holder, kinds)


def neighbour_named_before(sentence: Sentence, neighbour: Token, holder: list[Actor], kinds: RelationKinds) -> list[Actor]:
    """The state "its neighbour" takes up: the nearest state named before it that is not the relation's holder, nor a
    territory claimed ("rejects Moroccan sovereignty over Western Sahara": Morocco, not Western Sahara)."""
    claims = kinds.kinds["recognizes_territory"].objects
    found = []
    for word, actor in sentence.states_named_before(neighbour):
        while word.dep_ == "compound":
            word = word.head  # "Western" of "Western Sahara"
        claimed = word.dep_ == "pobj" and word.head.lower_ in {"over", "to"} and word.head.head.lemma_.lower() in claims
        # a state, not a movement in it ("backs the Polisario Front")
        if actor.sector in {None, "GOV", "MIL"} and not claimed and all(actor_key(actor) != actor_key(h) for h in holder):
            found.append(actor)
    return found[-1:]


def unnamed_neighbour(sentence: Sentence, token: Token, kinds: RelationKinds) -> bool:
    """Whether a word is the holder's one neighbour without its name ("its neighbour", "its southern neighbour"; not "its
    neighbour Burundi", which names it, nor "its neighbours", which are several)."""
    return (token.lemma_.lower() in kinds.neighbour_nouns and token.tag_ == "NN" and child_of(token, "poss", "its") is not None
            and not any(sentence.actor_at(t) is not None for t in token.subtree))


def named_before(sentence: Sentence, it: Token, holder: list[Actor]) -> list[Actor]:
    """The state a pronoun stands for as the other side of a relation: the nearest state named before it that is not
    the relation's holder."""
    return [actor for _, actor in sentence.states_named_before(it) if all(actor_key(actor) != actor_key(h) for h in holder)][-1:]


def war_sides(sentence: Sentence, war: Token) -> list[list[Actor]]:
    """The sides of a war that the noun's own phrase does not give: "Ukraine, at war with Russia since 2022,",
    "Lebanon and Israel are in a state of war", "the Russia-Ukraine war"."""
    head = war.head
    # (the parse may hang a phrase set off by commas on the verb: "while Russia, at war with Ukraine, fell to 163rd")
    if war.dep_ == "pobj" and head.lower_ == "at" and (head.head.pos_ not in {"VERB", "AUX"} or (
            head.head.lemma_.lower() not in {"be", "remain", "go"} and head.i > sentence.sent.start and war.doc[head.i - 1].text == ",")):
        return [aside_of(sentence, head)]
    if war.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "state" and child_of(war, "det", "no") is None:
        # (not "a state of no war, no peace", which is neither)
        state = head.head
        verb = state.head.head if state.dep_ == "pobj" and state.head.lower_ == "in" else None
        if verb is not None and verb.lemma_.lower() in {"be", "remain"}:
            return [subject_of(sentence, verb), sentence.actors_of(pobj_of(state, "with")), sentence.actors_of(pobj_of(verb, "with"))]
        # "Jordan, which ended its state of war with Israel" (the parse may hang "with" on the verb)
        return [sentence.actors_of(pobj_of(state, "with")), sentence.actors_of(pobj_of(state.head, "with")) if state.dep_ == "dobj" else []]
    named = [c for c in war.lefts if c.dep_ == "compound" for c in [*c.lefts, c] if c.dep_ == "compound"]
    sides = [sentence.actor_at(c) for c in named]
    if len({actor_key(a) for a in sides if a is not None}) >= 2:
        return [[a for a in sides if a is not None]]  # "the Russia-Ukraine war", "the 1980-88 Iran-Iraq war" (ended)
    return war_clause_sides(sentence, war)


def war_clause_sides(sentence: Sentence, war: Token) -> list[list[Actor]]:
    """The sides a clause on a war names, where its subject is read as the holder (``clause_holders``): the one it is
    waged against ("the war Russia launched against Ukraine", "the war that Israel is waging on Iran"), the one who
    wages it ("the war waged by Russia against Ukraine"), or both ("the war pitting Russia against Ukraine")."""
    sides: list[list[Actor]] = []
    for clause in (c for c in war.children if c.dep_ in {"relcl", "acl"}):
        kept = child_of(clause, "dobj")
        if kept is not None and kept.lower_ not in RELATIVE:
            if child_of(clause, "nsubj") is not None or pobj_of(clause, "against") is None:
                continue  # (a clause of its own object: "the war that cost Russia its Black Sea fleet")
            sides.append(sentence.actors_of(kept))  # "pitting Russia against Ukraine"
        sides += [sentence.actors_of(child_of(c, "pobj")) for c in clause.children if c.dep_ == "agent"]
        sides += [sentence.actors_of(pobj_of(clause, p)) for p in ("against", "on", "with")]
    return [s for s in sides if s]


def named_for_place(sentence: Sentence, war: Token) -> bool:
    """Whether a war is named only for where it is fought, with no side of its own: "a summit dominated by the Gaza war",
    "dissolved in 1977 after the Vietnam War" (not "the Russia-Ukraine war", "Russia's Ukraine war", "the war with Iran", "the US war in Afghanistan",
    nor a war its sides fight: "India and Pakistan fought the Kargil war in 1999")."""
    verb = governing_verb(war)
    if war.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in {"fight", "wage"}:
        return False
    places = [c for c in war.children if c.dep_ in {"compound", "amod", "nmod"} and c.pos_ in {"PROPN", "ADJ"} and c.text[:1].isupper()]
    if not places or child_of(war, "poss") is not None or any(pobj_of(war, p) is not None for p in ("with", "against", "on", "between", "in")):
        return False
    named = {actor_key(a) for c in places for t in c.subtree for a in [sentence.actor_at(t)] if a is not None}
    return len(named) <= 1 and not hyphenated(sentence, war)


def dated(war: Token) -> bool:
    """Whether a war is dated as past: a year before the noun ("the 2020 war", "the 1980-88 Iran-Iraq war") or after it
    ("the Iran-Iraq war of 1980-88"), a span from one year to another on it or its verb ("fought a border war from 1998
    to 2000"), or a war fought and done ("fought a brief war in 1962", "have fought three wars since 1947", "went to war
    in 1978", "the war Iraq fought with Iran"; not "are fighting a war")."""
    if any(t.like_num for t in war.lefts for t in t.subtree):
        return True
    if war_behind(war):
        return True
    after = war.i + 1
    if war.dep_ == "pobj" and war.head.lower_ == "at" and after + 1 < len(war.doc) and war.doc[after].lower_ == "in" and re.fullmatch(
            r"1\d{3}|20\d{2}", war.doc[after + 1].text):
        return True  # "Iraq and Kuwait, at war in 1990-91" (the parse may hang "in" anywhere)
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree) for c in war.children):
        return True
    verb = governing_verb(war)
    if war.dep_ == "dobj" and verb is not None and verb.lemma_.lower() == "fight" and verb.tag_ in {"VBD", "VBN"}:
        return True
    if any(c.dep_ == "relcl" and c.lemma_.lower() == "fight" and c.tag_ == "VBD" for c in war.children):
        return True  # "the war Iraq fought with Iran in the 1980s" (not "the war Ukraine has fought since 2022")
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


def war_behind(war: Token) -> bool:
    """Whether the clause puts a war behind it: "recognised Abkhazia after a five-day war with Georgia", "agreed to a
    ceasefire after 12 days of war"."""
    spell = war.head.head if war.dep_ == "pobj" and war.head.lower_ == "of" and war.head.head.lemma_.lower() in _SPELLS else war
    return spell.dep_ == "pobj" and spell.head.lower_ in {"after", "following"}


_SPELLS = {"day", "week", "month", "year", "decade"}


def war_state(sentence: Sentence, verb: Token, lemma: str, war: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
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
    subject = subject or subject_taken_up(sentence, verb, kinds)  # "the country has been at war with Russia since 2014"
    others = [a for a in sentence.actors_of(enemy) if all(actor_key(a) != actor_key(s) for s in subject)]
    if enemy is not None and enemy.lower_ == "it" and subject:
        others = named_before(sentence, enemy, subject)  # "Sudan says Abu Dhabi is effectively at war with it"
    if enemy is not None and unnamed_neighbour(sentence, enemy, kinds) and subject:
        others = neighbour_named_before(sentence, enemy, subject, kinds)  # "since Moscow went to war with its neighbour"
    why = "relations/kinds.yml#at_war_with"
    extra = {"polarity": "ended"} if dated(war) else {}  # "was at war with Iraq from 1980 to 1988"
    if len(subject) == 1 and len(others) >= 2:
        for other in others:
            yield "at_war_with", [subject[0], other], None, None, why, verb, extra
    elif len(subject + others) >= 2:
        yield "at_war_with", subject + others, None, None, why, verb, extra
    heads = [war.head, *([enemy.head] if enemy is not None else [])]  # (the parse may join the second "with" to "at")
    instead = next((c for t in heads for c in t.children if c.dep_ == "conj" and c.lower_ in preps), None)
    if instead is not None and any(c.dep_ == "neg" for c in verb.children) and subject:
        # "Moscow is not at war with NATO but with a Ukraine armed by the alliance": the war is with the second
        for other in (a for a in sentence.actors_of(child_of(instead, "pobj")) if all(actor_key(a) != actor_key(s) for s in subject)):
            yield "at_war_with", [subject[0], other], None, None, why, verb, {"polarity": "holds"}


def war_risked(sentence: Sentence, war: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A war between states that a verb puts in doubt, hypothetical whether it is said or denied: "Pakistan's foreign
    minister said his country did not want war with India" (his country: the speaker's), "Caracas risks war with Guyana",
    "threatened war against Eritrea", "an attack would mean war with the United States, Iran warned" (the speaker's,
    where the subject names no state; not "a trade war", which is none)."""
    verb = war.head if war.dep_ == "dobj" else None
    if verb is None or lemma_of(verb, kinds) not in kinds.war_risking_verbs or any(
            c.lemma_.lower() in kinds.figurative_wars for c in war.children if c.dep_ in {"amod", "compound", "nmod"}):
        return
    holder = subject_of(sentence, verb) or subject_taken_up(sentence, verb, kinds)
    subject = child_of(verb, "nsubj")
    owner = child_of(subject, "poss") if subject is not None else None
    speaker = _warned_by(sentence, verb, kinds)
    if not holder and subject is not None and subject.lemma_.lower() in kinds.state_nouns | kinds.government_nouns and (
            owner is not None and owner.lower_ in {"his", "her", "our"}):
        holder = [speaker] if speaker is not None else []  # "his country did not want war with India"
    if not holder and subject is not None and sentence.actor_at(subject) is None and speaker is not None:
        holder = [speaker]  # "any attack on its nuclear sites would mean war with the United States, Iran warned"
    holder = [a for a in holder if a.code not in STATELESS]
    enemies = [a for p in ("with", "against", "on") for t in (war, verb) for a in sentence.actors_of(pobj_of(t, p))
               if a.code not in STATELESS and all(actor_key(a) != actor_key(h) for h in holder)]
    between = [a for a in sentence.actors_of(pobj_of(war, "between")) if a.code not in STATELESS]
    if len(between) == 2:  # "to avert a war between Ethiopia and Eritrea"
        holder, enemies = between[:1], between[1:]
    if len(holder) == 1:
        for enemy in enemies:
            yield "at_war_with", [holder[0], enemy], None, None, f"relations:war-risked({verb.lemma_.lower()})", verb, {"polarity": "hypothetical"}


def _warned_by(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Actor | None:
    """Who says or warns what a verb tells, from a clause of speech above it or one the parse hangs below it ("..., Iran's
    foreign minister warned")."""
    speaking = kinds.speech_verbs | kinds.warning_verbs
    above = [a for a in list(verb.ancestors)[:4]]
    below = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    clause = next((t for t in above + below if lemma_of(t, kinds) in speaking), None)
    return next(iter(subject_of(sentence, clause)), None) if clause is not None else None


def switched_ties(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """Relations moved from one state to another: "Nauru switched recognition from Taipei to Beijing" (ended with Taiwan,
    holding with China), "switched its diplomatic ties to Beijing", and a bare switch where the sentence is about
    relations ("cut ties with Taiwan and switched to Beijing"), not "switched from Russian to French jets"."""
    moved = child_of(verb, "dobj")
    if moved is not None and moved.lemma_.lower() not in kinds.switched_things:
        return
    if moved is None and not any(t.lemma_.lower() in kinds.switched_things or t.lemma_.lower() in kinds.kinds["recognizes"].verbs
                                 for t in sentence.sent):
        return
    named = child_of(verb, "npadvmod")  # "Nauru switched ...", the name misparsed as a modifier of the verb
    if not subject and named is not None and named.i < verb.i and named.pos_ == "PROPN":
        subject = sentence.actors_of(named)
    holder = [a for a in subject if a.code not in STATELESS]
    if len(holder) != 1:
        return
    why = f"relations:switched({verb.lemma_.lower()})"
    # a switch of recognition, or a bare switch where the sentence speaks of recognising, moves a recognition (as the
    # test tables code it); a switch of ties, the ties
    recognising = kinds.kinds["recognizes"].verbs | {"recognition"}
    if moved is not None:
        kind = "recognizes" if moved.lemma_.lower() == "recognition" else "diplomatic_relations"
    else:
        kind = "recognizes" if any(t.lemma_.lower() in recognising for t in sentence.sent) else "diplomatic_relations"
    polarity = polarity_of(verb, kinds)
    disowned = any(child_of(a, "det", "no") is not None for a in list(verb.ancestors)[:3] if a.pos_ == "NOUN")
    if polarity == "denied" or disowned:
        # "has no plans to switch recognition to Beijing": China not recognised, nothing said of Taiwan; "no intention of
        # switching its ties to Beijing": no relation told either way
        if kind == "recognizes":
            for other in (a for a in sentence.actors_of(pobj_of(verb, "to") or (pobj_of(moved, "to") if moved is not None else None))
                          if a.code not in STATELESS and actor_key(a) != actor_key(holder[0])):
                yield kind, [holder[0]], other, None, why, verb, {"polarity": "denied"}
        return
    for preposition, held in (("from", "ended" if polarity == "holds" else polarity), ("to", polarity)):
        side = pobj_of(verb, preposition) or (pobj_of(moved, preposition) if moved is not None else None)
        for other in (a for a in sentence.actors_of(side) if a.code not in STATELESS and actor_key(a) != actor_key(holder[0])):
            if kind == "recognizes":
                yield kind, [holder[0]], other, None, why, verb, {"polarity": held}
            else:
                yield kind, [holder[0], other], None, None, why, verb, {"polarity": held}


def lacking(sentence: Sentence, noun: Token) -> list[Actor]:
    """The states a phrase set off by commas says are without a relation: "Cairo and Tehran, without full diplomatic ties
    since 1980, are moving towards ..." (not "operated without ties", said of a verb)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "without" or noun.head.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [a for a in aside_of(sentence, noun.head) if a.code not in STATELESS]


_TIMED = {"after", "since", "when", "before", "until", "though", "although"}


def main_clause_side(sentence: Sentence, noun: Token, holder: list[Actor]) -> list[Actor]:
    """The other side of ties cut or kept without a "with", in a clause of time or concession on a clause that names both
    states: "Somalia restored relations with Kenya, five months after Mogadishu cut ties" (Kenya), "Iran reopened its
    embassy in Riyadh, seven years after Saudi Arabia cut ties" (Iran); both sides where the ties have no holder ("Niger
    expelled the French ambassador, though relations were not broken"); none where that clause names another number."""
    verb = governing_verb(noun)
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIMED for c in verb.children):
        return []
    main = verb.head
    within = {t.i for t in verb.subtree}
    named: list[Actor] = []
    for actor in [*subject_of(sentence, main), *(a for t in main.subtree if t.i not in within for a in [sentence.actor_at(t)] if a is not None)]:
        if actor.code not in STATELESS and all(actor.code != a.code for a in [*named, *holder]):
            named.append(actor)
    return named if len(named) == 2 - min(len(holder), 1) else []


def aside_subject(sentence: Sentence, noun: Token, kinds: RelationKinds) -> tuple[list[Actor], str]:
    """The states a phrase set off by a comma after them describes, where the parse makes it a second subject of the verb:
    "Russia and Ukraine, once strategic partners under a 1997 treaty, ceased to be bound by it" (ended: "once"); it
    holds whatever the clause goes on to say."""
    if noun.dep_ != "nsubj":
        return [], "holds"
    start = noun.left_edge.i - 1
    while start > sentence.sent.start and noun.doc[start].dep_ == "advmod" and noun.doc[start].head.i == noun.head.i:
        start -= 1  # "once", which the parse hangs on the verb
    named = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i and start - 1 <= c.right_edge.i <= start), None)
    if named is None or noun.doc[start].text != ",":
        return [], "holds"
    between = noun.doc[start + 1 : noun.i]
    ended = any(modifier_phrase(t) in kinds.ended_modifiers for t in between)
    return [a for a in sentence.actors_of(named) if a.code not in STATELESS], "ended" if ended else "holds"


def accused_of_war(sentence: Sentence, war: Token, kinds: RelationKinds) -> tuple[list[Actor], list[Actor]]:
    """The state accused of waging a war and the state it is waged on: "Congo accuses Rwanda of waging an undeclared war
    in its eastern provinces" (Rwanda, at war with Congo), "accused Moscow of waging war against Georgia"."""
    verb = governing_verb(war)
    if verb is None or war.dep_ != "dobj" or verb.dep_ != "pcomp" or verb.head.lower_ != "of" or (
            verb.head.head.lemma_.lower() not in kinds.accusing_verbs):
        return [], []
    accused = [a for a in sentence.actors_of(child_of(verb.head.head, "dobj")) if a.code not in STATELESS]
    places = [pobj_of(t, p) for t in (war, verb) for p in ("against", "on", "in")]
    attacked = [a for place in places for a in actors_or_owner(sentence, place)
                if a.code not in STATELESS and all(actor_key(a) != actor_key(b) for b in accused)]
    return accused, attacked[:1]


def gerund_holder(sentence: Sentence, noun: Token, kinds: RelationKinds) -> tuple[list[Actor], str | None]:
    """The state before a gerund that sets up or ends relations, which the parse reads as the relations' modifiers (the
    gerund tagged an adjective): "in return for Rabat normalising relations with Israel" (the name, uncoded as a
    modifier, read as the name it is), with the polarity the gerund gives: ended where it cuts them, hypothetical
    where a thing is tied to it ("tied to Riyadh normalising relations"), else none of its own."""
    doc = noun.doc
    gerund = doc[noun.i - 1] if noun.i - 2 >= sentence.sent.start else None
    if gerund is None or gerund.head.i != noun.i or not gerund.lower_.endswith("ing") or not any(stem in kinds.relations_verbs for stem in _stems(gerund)):
        return [], None  # (by word order: the parse hangs the gerund on the noun as a modifier of any kind)
    start = gerund.i
    while start - 1 >= sentence.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == gerund.i:
        return [], None
    words = [t.text for t in doc[start : gerund.i]]
    named = [a for a in [sentence.actor_at(doc[gerund.i - 1]) or name_in(sentence, [words])] if a is not None and a.code not in STATELESS]
    if any(stem in kinds.ended_verbs for stem in _stems(gerund)):
        return named, "ended"
    condition = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"to", "on", "upon"} else None
    if condition is not None and condition.lemma_.lower() in kinds.condition_words:
        return named, "hypothetical"
    # the clause's own end is not the relations' ("lifted sanctions in return for Rabat normalising relations")
    return named, "holds" if polarity_of(noun, kinds) == "ended" else None


def _stems(word: Token) -> tuple[str, ...]:
    """The verbs a word in "-ing" may be a form of, where the parse took it for an adjective ("normalising", "cutting")."""
    return word.lemma_.lower(), word.lower_[:-3], word.lower_[:-3] + "e", word.lower_[:-4]


def subject_taken_up(sentence: Sentence, verb: Token, kinds: RelationKinds) -> list[Actor]:
    """The state a verb's subject "the country" or "the kingdom" takes up: the last state the sentence named before it,
    whatever body of it (``Sentence.state_taken_up`` wants the only one, for a membership)
    ("Ukraine's parliament says the country has been at war with Russia", "The Saudi foreign ministry said the kingdom
    would not establish relations with Israel")."""
    subject = child_of(verb, "nsubj") or child_of(verb, "nsubjpass")
    if subject is None or subject.lemma_.lower() not in kinds.state_nouns or child_of(subject, "det", "the") is None or subject.i in sentence.by_token:
        return []
    return [actor for _, actor in sentence.named_before(subject) if actor.code not in STATELESS][-1:]


def _told_by(sentence: Sentence, anchor: Token) -> tuple[Token | None, set[str]]:
    """The verb a reading was told by and its subject's keys: the holders that "did so", "the same" or "a similar move"
    is set beside."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else governing_verb(anchor)
    return verb, {actor_key(a) for a in subject_of(sentence, verb)} if verb is not None else set()


def done_again(sentence: Sentence, readings: list[Reading]) -> Iterable[Reading]:
    """A symmetric relation a clause tells of again without its noun: a state that followed the holders ("The UAE and
    Bahrain established relations with Israel in September, followed by Morocco in December": Morocco with Israel), or
    the holder doing the same with others ("raised ties with Australia to a strategic partnership, months after doing
    the same with the United States and Japan")."""
    if not readings:
        return
    relation, _, _, value, why, anchor, extra = readings[0]
    verb, holders = _told_by(sentence, anchor)
    if verb is None:
        return
    own = [a for r in readings for a in r[1] if actor_key(a) in holders]
    others = [a for r in readings for a in r[1] if actor_key(a) not in holders]
    followed = next((c for c in verb.children if c.dep_ in {"advcl", "conj"} and c.lemma_.lower() == "follow" and c.tag_ == "VBN"), None)
    agents = [a for c in (followed.children if followed is not None else ()) if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj"))]
    for agent in (a for a in agents if a.code not in STATELESS and actor_key(a) not in holders):
        for other in others[:1]:
            yield relation, [agent, other], None, value, why, anchor, extra
    again = next((t for t in sentence.sent if t.i > anchor.i and t.lemma_.lower() == "do" and child_of(t, "dobj") is not None
                  and any(c.dep_ == "dobj" and c.lower_ == "same" for c in t.children)), None)
    if again is None:
        return
    # who does the same: its own subject where it has one ("and Uganda did the same with China"), else the holder
    doers = sentence.actors_of(child_of(again, "nsubj")) if child_of(again, "nsubj") is not None else own[:1]
    for other in (a for a in sentence.actors_of(pobj_of(again, "with")) if a.code not in STATELESS):
        for holder in doers[:1]:
            if actor_key(other) != actor_key(holder):
                yield relation, [holder, other], None, value, why, anchor, extra


def similar_move(sentence: Sentence, readings: list[Reading], kinds: RelationKinds) -> Iterable[Reading]:
    """A symmetric relation told again as a like act between others: "Malaysia and Vietnam upgraded their relationship to
    a comprehensive strategic partnership, following a similar move between Hanoi and Paris" (Vietnam with France), "a
    similar step by Manila" (Manila with the holders' other side)."""
    if not readings:
        return
    relation, sides, _, value, why, anchor, extra = readings[0]
    for act in (t for t in sentence.sent if t.i > anchor.i and t.lemma_.lower() in kinds.copying_acts and t.pos_ == "NOUN"):
        if not any(c.dep_ == "amod" and c.lower_ in kinds.likeness_words for c in act.children):
            continue
        pair = [a for a in sentence.actors_of(pobj_of(act, "between")) if a.code not in STATELESS]
        if len(pair) == 2:
            yield relation, pair, None, value, why, anchor, extra
        # a doer takes the holder's place beside the other side, which is the one side that is not the clause's subject
        _, holders = _told_by(sentence, anchor)
        others = [a for a in sides if actor_key(a) not in holders]
        doers = [a for a in sentence.actors_of(pobj_of(act, "by")) if a.code not in STATELESS and all(actor_key(a) != actor_key(s) for s in sides)]
        if doers and len(others) == 1 and len(sides) == 2:
            yield relation, [doers[0], others[0]], None, value, why, anchor, extra


_BEFORE_THEM = {"after", "following", "like"}


def done_so(sentence: Sentence, readings: list[Reading], kinds: RelationKinds) -> Iterable[Reading]:
    """Diplomatic relations set up or cut that a clause says others "did so" too, with the same other side: "El Salvador
    cut ties with Taiwan, the third country to do so this year after the Dominican Republic and Burkina Faso", "joining
    Bolivia, which did so in October" (not who refused or failed to do so)."""
    if not readings or readings[0][0] != "diplomatic_relations":
        return
    relation, _, _, value, _, anchor, extra = readings[0]
    verb, holders = _told_by(sentence, anchor)
    if verb is None:
        return
    others: list[Actor] = []
    for actor in (a for r in readings for a in r[1] if actor_key(a) not in holders):
        if all(actor_key(actor) != actor_key(o) for o in others):
            others.append(actor)
    if not holders or not others:
        return
    done = {"polarity": extra.get("polarity") or polarity_of(anchor, kinds)}  # what they did, dated by their own clause
    for again in (t for t in sentence.sent if t.i > anchor.i and t.lemma_.lower() == "do" and child_of(t, "advmod", "so") is not None):
        if polarity_of(again, kinds) not in {"holds", "hypothetical"} or any(c.dep_ == "neg" for c in again.children):
            continue
        subject = child_of(again, "nsubj")
        doers = sentence.actors_of(again.head) if subject is not None and subject.lower_ in RELATIVE and again.dep_ == "relcl" else (
            sentence.actors_of(subject))
        doers += [a for c in again.children if c.dep_ == "prep" and c.lower_ in _BEFORE_THEM for a in sentence.actors_of(child_of(c, "pobj"))]
        known = holders | {actor_key(o) for o in others}
        for doer in (a for a in doers if a.code not in STATELESS and actor_key(a) not in known):
            for other in others:
                yield relation, [doer, other], None, value, "relations:done-so", again, done


def none_with(sentence: Sentence, noun: Token, readings: list[Reading]) -> Iterable[Reading]:
    """A symmetric relation a clause denies with another state by "none", after naming the states it holds with: "has
    diplomatic relations with Taipei and none with Beijing", "keeps ties with Taiwan but none with China"."""
    verb = governing_verb(noun)
    none = next((c for t in (noun, verb) if t is not None for c in t.children if c.dep_ == "conj" and c.lower_ == "none"), None)
    if none is None or not readings:
        return
    relation, sides, _, value, why, _, _ = readings[0]
    kept = {actor_key(a) for t in (noun, verb) if t is not None for a in sentence.actors_of(pobj_of(t, "with"))}
    holders = [a for a in sides if actor_key(a) not in kept]
    for other in (a for a in sentence.actors_of(pobj_of(none, "with")) if a.code not in STATELESS):
        if len(holders) == 1 and actor_key(other) != actor_key(holders[0]):
            yield relation, [holders[0], other], None, value, why, none, {"polarity": "denied"}


def relations_act(ties: Token, kinds: RelationKinds) -> Token | None:
    """The act that sets up or breaks the relations a noun names, as "of" them: "the normalisation of relations",
    "Egypt's restoration of full ties with Turkey", "the severing of diplomatic ties"."""
    act = ties.head.head if ties.dep_ == "pobj" and ties.head.lower_ == "of" else None
    return act if act is not None and act.pos_ == "NOUN" and act.lemma_.lower() in kinds.relations_acts else None


def relations_by_act(sentence: Sentence, ties: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Diplomatic relations an act sets up or breaks, between the states it names ("the normalisation of relations between
    Turkey and Armenia", "the severing of ties between Qatar and Bahrain": ended) or between its possessor and the state
    the relations are with ("Bahrain's normalisation of ties with Israel"), in doubt where the act is talked of or sought
    ("talks on the normalisation of relations between A and B")."""
    act = relations_act(ties, kinds)
    if act is None or any(c.lower_ in kinds.undiplomatic_modifiers for c in ties.children if c.dep_ in {"amod", "compound", "nmod"}):
        return  # (not "the restoration of trade ties")
    sides = [a for t in (act, ties) for a in sentence.actors_of(pobj_of(t, "between")) if a.code not in STATELESS]
    if len(sides) != 2:
        owner = [a for a in possessor_actors(sentence, child_of(act, "poss")) if a.code not in STATELESS]
        others = [a for t in (ties, act) for a in sentence.actors_of(pobj_of(t, "with")) if a.code not in STATELESS]
        sides = owner[:1] + others[:1] if len(owner) == 1 and others and actor_key(owner[0]) != actor_key(others[0]) else []
    if not sides:
        return
    polarity = polarity_of(act, kinds)
    sought = act.dep_ == "pobj" and act.head.lower_ in {"on", "for", "towards", "toward"} and act.head.head.lemma_.lower() in kinds.seeking_nouns
    if sought:  # "talks on the normalisation of relations"
        polarity = "hypothetical"
    elif act.lemma_.lower() in kinds.ended_acts and polarity == "holds":
        polarity = "ended"
    yield "diplomatic_relations", sides, None, None, f"relations:relations-act({act.lemma_.lower()})", act, {"polarity": polarity}


def cut_short(ties: Token, kinds: RelationKinds) -> Token | None:
    """The verb of "stopped short of" or "fell short of" cutting ties, which says the ties are not cut: "Turkey stopped
    short of severing relations with Israel"."""
    cutting = ties.head if ties.dep_ == "dobj" else None
    if cutting is None or cutting.dep_ != "pcomp" or cutting.head.lower_ != "of" or lemma_of(cutting, kinds) not in kinds.ended_verbs:
        return None
    short = cutting.head.head
    if short.lower_ != "short" or short.head.lemma_.lower() not in {"stop", "fall"}:
        return None
    return short.head


def ties_kept(sentence: Sentence, ties: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Ties a state stops short of cutting, which hold: "Turkey stopped short of severing relations with Israel", "Chile
    and Colombia recalled their ambassadors to Israel, stopping short of cutting ties" (the other side named in the
    clause the stop hangs on); none where no other side is named."""
    stop = cut_short(ties, kinds)
    if stop is None:
        return
    holders = [a for a in subject_of(sentence, stop) if a.code not in STATELESS]
    named = sentence.actors_of(pobj_of(ties, "with")) or sentence.actors_of(pobj_of(ties.head, "with"))
    if not named and stop.dep_ in {"advcl", "conj"}:
        within = {t.i for t in stop.subtree}
        named = [a for t in stop.head.subtree if t.i not in within for a in [sentence.actor_at(t)] if a is not None]
    others: list[Actor] = []
    for actor in (a for a in named if a.code not in STATELESS and all(actor_key(a) != actor_key(h) for h in holders)):
        if all(actor_key(actor) != actor_key(o) for o in others):
            others.append(actor)
    for holder in holders:
        for other in others:
            yield "diplomatic_relations", [holder, other], None, None, "relations:stopped-short-of-cutting", stop, {"polarity": "holds"}

