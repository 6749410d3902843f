"""Read standing relations off a parsed sentence, with the actors the actors stage found.

Each mechanism reads one construction, whatever the kind:

* a **relation noun** ("ally", "strategic partner", "member", "arms supplier", "base") with its two
  sides: the subject of a copula ("Russia is Armenia's ally"), an apposition ("Poland, a member of
  NATO,"), a possessor ("Armenia's ally"), "of"/"with"/"to"/"between" ("an ally of Russia",
  "partnership with Azerbaijan", "between Russia and Azerbaijan"), a compound ("NATO member Poland"),
  or the object of "call" ("called Russia its ally");
* a **member list**: an organisation said to be a bloc of countries, then listed ("The CSTO is a
  military bloc of six countries - Armenia, Belarus, ..."), or "X, which groups A, B and C";
* **verbs**: "recognise" (a territory "as part of" a state: ``recognizes_territory``), "join",
  "rank ... Nth" (with "according to" or "by" the ranking body), "supply arms to", "host a base";
* **collective defence**: an attack or threat on one member taken as one on all;
* a **quantified subject**: "all of the CSTO's member countries, except for Armenia" are the members
  of the CSTO the document has named, less Armenia.

Polarity: "not" on the predicate makes it denied; "left", "suspended", "broke off" ended; a modal or
"plans to", "applied to" hypothetical. ``according_to`` is the speaker of a reported statement ("X said
that ..."), the body after "according to" or "by", or null where the article itself says it.

This module is the stage's entry point and dispatch: it reads each sentence, sends its relation nouns to
``nouns`` (the two sides of "ally", "member", "sanctions", ...) and its nouns and verbs to the readers of
their kinds (``members``, ``ranks``, ``bases``, ``defence``, ``arms``,
``sanctions``, ``recognition``, ``ties``), and makes records of what they read, with the learned model's
relations where it is asked for.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..actors import ActorMention
from ..actors.lexicon import ActorEntry
from ..parse.headlines import as_written
from ..records import Actor, Relation
from .arms import (
    ARRIVING,
    BUILDING,
    BUYERS,
    SELLING,
    among_buyers,
    armed_by,
    arms_customer,
    arms_from,
    arms_purchase,
    awaited,
    bought,
    built_for,
    built_under_licence,
    dative_as_modifier,
    equipped_with,
    given,
    is_military,
    made_predicate,
    made_weapon,
    military_aid,
    names_weapon,
    relied_on,
    share_of_imports,
    share_supplied,
    supplied_it,
    supplied_passive,
    supplier_named_apart,
    supplying_as_modifier,
    weapons_bought_from,
)
from .bases import (
    base_again,
    base_granted,
    base_handed_back,
    base_leased,
    base_used,
    forces_hosted_by_name,
    forces_sent_away,
    forces_withdrawn,
    troops_kept,
)
from .defence import ATTACK_NOUNS, collective_defense, defence_bonds, defence_pledge, mutual_pact
from .kinds import RelationKinds
from .members import (
    accession_of,
    accession_ratified,
    alongside,
    candidate_status,
    chaired,
    country_in,
    fellow_member,
    followed_in,
    founded_by,
    fronted_partitive,
    invited_to_join,
    joined_in,
    joining_as_modifier,
    kept_out,
    listed_partners,
    made_up_of,
    member_list,
    members_but,
    members_in_brackets,
    membership_bid,
    membership_elided,
    non_member,
    outside_by_prefix,
    own_organisation,
    partners_in,
    path_to_membership,
    presidency_held,
    pulled_out,
    quantified,
    ranked_among_members,
    returned_to,
    seat_held,
    suspended,
    suspended_by,
    than_any_other,
    title_misparsed,
)
from .nouns import noun_relation
from .polarity import polarity_of, refuses, validity
from .ranks import (
    ORDINAL,
    held_place,
    last_place,
    once_placed,
    ordinal_of,
    placed_before,
    proper_name,
    rank,
    ranked_object,
    ranked_states,
    ranking_body,
    ranks_around,
    ranks_in_passing,
    respective_places,
    subject_misparsed,
    superlative,
    tops_a_ranking,
)
from .recognition import (
    BACKING,
    along_with,
    claim_backed,
    claim_taken_up,
    claimant_of,
    followed_suit,
    infinitive_holders,
    members_named,
    recognised_each,
    recognised_in_passive,
    recognised_sides,
    recognised_which,
    recognisers_by,
    recognition_in_words,
    recognition_withheld,
    territories_of,
    territory_asserted,
    whole_state,
)
from .sanctions import (
    arms_ban,
    imposed_which,
    joined_sanctions,
    joining_verb,
    sanctioned,
    sanctions_batch,
    struck_with,
)
from .sentence import (
    COUNTRY_NOUNS,
    RELATIVE,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    actors_or_owner,
    builtin_meanings,
    child_of,
    conjuncts,
    governing_verb,
    is_actor,
    lemma_of,
    listed_before,
    name_meanings,
    names_outside,
    organisation_named_before,
    pobj_of,
    possessor_actors,
    repeated_prepositions,
    source_of,
    subject_of,
    the_bloc,
    whose,
)
from .ties import (
    allied,
    allies_listed,
    ally_for_a_span,
    called_what,
    contrasted,
    done_again,
    done_so,
    granted_status,
    none_with,
    pairwise,
    relations_by_act,
    similar_move,
    switched_ties,
    ties_kept,
    war_risked,
    war_state,
)

if TYPE_CHECKING:
    from .model import RelationModel


def _member_countries(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun is "countries", "states" or "nations" of an organisation named before it ("EU countries")."""
    # not "a BRICS partner country", "an observer state": a status short of membership
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in {"country", "state", "nation"} and any(
        c.dep_ in {"compound", "nmod"} and is_actor(sentence.actor_at(c), STATELESS) and not names_outside(c) for c in noun.lefts) and not any(
        c.lemma_.lower() in {"partner", "observer", "candidate", "dialogue", "associate", "aspiring"} or c.lower_.startswith("non") for c in noun.lefts)


def find_relations(
    doc: Doc, doc_id: str, published: str | None, kinds: RelationKinds, phrases: Mapping[str, Sequence[ActorEntry]] | None = None,
    model: RelationModel | None = None,
) -> list[Relation]:
    """The relations the sentences of a Doc state (after the actors stage), in order.

    Args:
        doc: the Doc, with ``doc._.actors``.
        doc_id: the document's id, part of each relation's stable id.
        published: the publication date (``YYYY-MM-DD``), for the records.
        kinds: the relation vocabulary.
        phrases: the actor lexicon's phrases the pipeline codes with (the built-in lexicon's when None), for
            what a name means where the actors stage read it as part of another phrase.
        model: the learned layer (``dyads.relations.model``): after the rules, it adds the relations of the pairs
            of actors the rules left alone where its probability passes its threshold; None for the rules alone.
    """
    named = name_meanings(phrases) if phrases is not None else builtin_meanings()
    mentions: list[ActorMention] = doc._.actors or []
    found: list[Relation] = []
    members: dict[str, list[Actor]] = {}  # organisation -> the members the document has named
    for index, sent in enumerate(doc.sents):
        sentence = Sentence(sent, mentions, kinds, named)
        if not sentence.by_token and not any(t.lemma_.lower() in {"rank", "recognize", "recognise"} or t.lower_ in kinds.group_nouns for t in sent):
            continue
        readings = list(_read_sentence(sentence, kinds, members))
        readings += followed_suit(sentence, readings, kinds)  # "France and others followed suit": what they did before
        ruled = _told_each([relation for reading in readings for each in pairwise(reading)
                            if (relation := _record(each, sentence, index, doc_id, published, kinds, members)) is not None])
        if model is not None and len(sentence.by_token) >= 2:
            ruled = _with_model(model, sentence, index, doc_id, published, kinds, members, ruled)
        found += ruled
    return _unique(found)


def _record(reading: Reading, sentence: Sentence, index: int, doc_id: str, published: str | None, kinds: RelationKinds,
            members: dict[str, list[Actor]], confidence: float | None = None) -> Relation | None:
    """A reading as a record, or None where it relates an actor to itself or makes a state a member of a state."""
    relation, subjects, obj, value, why, anchor, extra = reading
    if kinds.kinds[relation].symmetric:
        subjects = _states_or_bodies(subjects)  # "at war with Hamas", "an ally of the M23 rebels": no state's
        if len(subjects) < 2:
            return None
    if relation == "ranked":
        subjects = ranked_states(sentence, subjects, kinds)  # "Tsinghua University was ranked 17th" ranks no state
    claim = relation == "recognizes_territory"  # "Moscow recognises the four regions as part of Russia"
    if not subjects or (obj is not None and not claim and all(actor_key(s) == actor_key(obj) for s in subjects)):
        return None
    if relation == "member_of":
        if obj is None or obj.code not in STATELESS:
            return None  # a state is part of a state ("Crimea is part of Ukraine") only as territory
        subjects = subjects + alongside(sentence, anchor, subjects, obj)
        members.setdefault(actor_key(obj), []).extend(s for s in subjects if s.code not in STATELESS)
    sent = sentence.sent
    polarity = extra.get("polarity") or polarity_of(anchor, kinds)
    speaker = source_of(anchor, sentence, kinds)
    according = extra.get("according_to") or (actor_key(speaker) if speaker else None)
    valid_from, valid_to = validity(sent, anchor, polarity, published, kinds)
    key = f"{doc_id}|{index}|{relation}|{sorted(actor_key(s) for s in subjects)}|{obj and actor_key(obj)}|{value}"
    if polarity != "holds":  # "left the AU in 1984 and rejoined it in 2017": two assertions (ids of holding ones unchanged)
        key += f"|{polarity}"
    if extra.get("territory"):  # "Spanish sovereignty over Ceuta and Melilla": a relation a territory
        key += f"|{extra['territory']}"
    if confidence is None:
        confidence = 0.6 if polarity == "holds" else 0.5
    return Relation(
        relation_id=hashlib.sha1(key.encode()).hexdigest()[:16], relation=relation, subjects=subjects, object=obj,
        value=value, according_to=according, polarity=polarity, doc_id=doc_id, sentence_index=index,
        sentence=as_written(sent), date_published=published, confidence=confidence,
        why=why, territory=extra.get("territory"), valid_from=valid_from, valid_to=valid_to,
    )


_NON_STATE_SECTORS = {"REB", "CRM"}


def _states_or_bodies(sides: list[Actor]) -> list[Actor]:
    """The sides a symmetric relation may hold between: states and their governments and organisations of states, not
    armed movements ("Israel is at war with Hamas", "Iran's allies, from Hezbollah to the Houthis"), which the actors
    stage codes with the state they are in, or multinational companies ("a strategic partner of Saudi Aramco")."""
    return [a for a in sides if a.sector not in _NON_STATE_SECTORS and a.code != "MNC"]


def _with_model(model: RelationModel, sentence: Sentence, index: int, doc_id: str, published: str | None, kinds: RelationKinds,
                members: dict[str, list[Actor]], ruled: list[Relation]) -> list[Relation]:
    """The rules' relations of a sentence (less those the model vetoes, where its settings say to), then the model's
    relations for the pairs of actors the rules related in no way."""
    from .model import propose

    if model.threshold is None and model.veto is None:
        return ruled  # trained, but neither adding nor vetoing passed its checks: no need to read the pairs
    in_sentence = {id(m): m for ms in sentence.by_token.values() for m in ms}.values()
    readings = model.read(sentence.sent, in_sentence, kinds, ruled)
    covered: set[frozenset[str]] = set()
    for relation in ruled:
        covered |= set(_pairs(relation))
    if model.veto is not None:
        probability = {r.candidate.keys: r.probabilities for r in readings}
        ruled = [r for r in ruled if not _vetoed(r, probability, model.veto)]
    symmetric = frozenset(name for name, kind in kinds.kinds.items() if kind.symmetric)
    found = list(ruled)
    # where the rules read a kind towards an object, the model adds no other subjects of it: they would be the rules'
    # list read in part ("joining Kenya, Uganda, Tanzania ..."), not a relation of their own
    objects = {(r.relation, actor_key(r.object)) for r in ruled if r.object is not None}
    proposals = propose(readings, symmetric, model.threshold, covered, model.meta.get("kind_types")) if model.threshold is not None else []
    for proposal in proposals:
        if proposal.object is not None and (proposal.kind, actor_key(proposal.object.actor)) in objects:
            continue
        reading: Reading = (proposal.kind, [m.actor for m in proposal.subjects], proposal.object.actor if proposal.object else None,
                             None, "relations:model", proposal.anchor, {"polarity": proposal.polarity})
        learned = _record(reading, sentence, index, doc_id, published, kinds, members, confidence=proposal.probability)
        if learned is not None:
            found.append(learned)
    return found


def _pairs(relation: Relation) -> list[frozenset[str]]:
    """The pairs of actor keys a relation relates: each subject with the object, or the subjects with each other."""
    sides = [actor_key(a) for a in relation.subjects] + ([actor_key(relation.object)] if relation.object else [])
    return [frozenset((a, b)) for n, a in enumerate(sides) for b in sides[n + 1:] if a != b]


def _vetoed(relation: Relation, probability: dict[tuple[str, str], dict[str, float]], veto: float) -> bool:
    """Whether the model gives a rule's relation less than ``veto`` on every pair of it that it read (subject to
    object; for a symmetric kind, the mean of a pair's two orders). A kind the model does not read, or a relation of
    one actor, it leaves alone."""
    subjects = [actor_key(a) for a in relation.subjects]
    if relation.object is not None:
        ordered = [[(s, actor_key(relation.object))] for s in subjects]
    else:
        ordered = [[(a, b), (b, a)] for n, a in enumerate(subjects) for b in subjects[n + 1:]]
    read = [sum(probability[o].get(relation.relation, 1.0) for o in orders) / len(orders)
            for orders in ordered if all(o in probability for o in orders)]
    return bool(read) and max(read) < veto


def _read_sentence(sentence: Sentence, kinds: RelationKinds, members: dict[str, list[Actor]]) -> Iterable[Reading]:
    for token in sentence.sent:
        lemma = token.lemma_.lower()
        # a noun, not "allied exercises", nor a word of an organisation's name ("the Pacific Alliance")
        noun = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and all(m.actor.code not in STATELESS for m in sentence.by_token.get(token.i, [])))
        named = kinds.noun_kinds(lemma) or kinds.noun_kinds(token.lower_) if noun else []  # "relations": its lemma is "relation"
        modified = [kind for kind, modifier in named if modifier and any(c.lower_ == modifier or c.lemma_.lower() == modifier for c in token.children)]
        # "strategic partner" is a strategic partnership, not any partnership; a bare noun only where no phrase matches
        for kind in modified or [kind for kind, modifier in named if modifier is None]:
            readings = list(noun_relation(sentence, token, kind, kinds))
            yield from readings
            if kind.name == "arms_supplier":  # "India's top arms supplier Russia", "counts Israel as a major arms supplier"
                yield from supplier_named_apart(sentence, token, kinds)
            if kind.name == "diplomatic_relations":
                yield from ties_kept(sentence, token, kinds)  # "recalled its ambassador, stopping short of cutting ties"
                yield from relations_by_act(sentence, token, kinds)  # "Bahrain's normalisation of ties with Israel"
            if kind.symmetric:  # "..., followed by Morocco in December", "months after doing the same with Japan"
                yield from contrasted(sentence, token, kind.name)
                yield from done_again(sentence, readings)
                yield from similar_move(sentence, readings, kinds)  # "..., following a similar move between Hanoi and Paris"
                yield from done_so(sentence, readings, kinds)  # "..., the third country to do so after A and B"
                yield from none_with(sentence, token, readings)  # "has relations with Taipei and none with Beijing"
            if kind.name == "sanctions_regime":
                yield from sanctions_batch(sentence, token, kinds)
                yield from joined_sanctions(sentence, token, kinds)
                yield from imposed_which(sentence, token, kinds)
                yield from struck_with(sentence, token, kinds)  # "Washington hit Moscow with new sanctions"
        if lemma in kinds.groupings:
            yield from member_list(sentence, token)
        if token.pos_ == "PROPN" and token.dep_ != "compound" and child_of(token, "poss") is not None:
            yield from own_organisation(sentence, token)  # "..., the force of their Alliance of Sahel States"
        if token.pos_ == "VERB" and lemma in kinds.chairing_verbs:
            yield from chaired(sentence, token, kinds)  # "The Philippines, which chairs ASEAN this year"
        if noun and lemma in kinds.presidency_nouns:
            yield from presidency_held(sentence, token, kinds)  # "Hungary, which holds the rotating EU presidency"
        if token.i > sentence.sent.start and token.nbor(-1).text in {"-", "non"}:
            yield from outside_by_prefix(sentence, token)  # "non-EU Norway", "Norway, a non-EU country"
        if token.pos_ == "VERB" and lemma in kinds.founding_verbs and token.dep_ in {"acl", "ROOT", "relcl", "conj"}:
            yield from founded_by(sentence, token, kinds)  # "The SCO, founded by China and Russia in 2001"
        if token.text == "(":
            yield from members_in_brackets(sentence, token)  # "the Quad (the United States, Japan, India and Australia)"
        if _member_countries(sentence, token):  # "the only EU countries that ...": "EU countries" are EU members
            yield from noun_relation(sentence, token, kinds.kinds["member_of"], kinds)
        if noun and lemma in kinds.candidacy_nouns:
            yield from _candidacy(sentence, token, kinds)
        if noun and lemma in kinds.bid_nouns:
            yield from membership_bid(sentence, token, kinds)
        if noun and lemma in kinds.sought_seats:
            yield from path_to_membership(sentence, token, kinds)
            yield from accession_of(sentence, token, kinds)
        if noun and lemma == "member":
            yield from fellow_member(sentence, token)
        if noun and lemma in kinds.status_nouns:
            yield from candidate_status(sentence, token, kinds)
        if noun and lemma in kinds.seat_nouns:
            yield from seat_held(sentence, token, kinds)
        if noun and lemma in kinds.return_nouns:
            yield from returned_to(sentence, token, kinds)
        if lemma == "be" and token.dep_ in {"advcl", "conj"}:
            yield from membership_elided(sentence, token, kinds)
        if noun and lemma in kinds.peer_nouns:
            yield from partners_in(sentence, token, kinds)
        if noun and lemma in kinds.peer_nouns | kinds.side_nouns:
            yield from listed_partners(sentence, token, kinds)  # "Moscow's allies in the CSTO, Kazakhstan and Tajikistan"
        if noun and lemma in kinds.member_epithets:
            yield from ranked_among_members(sentence, token, kinds)  # "Germany, the EU's largest economy"
        if noun and lemma == "war":
            yield from war_risked(sentence, token, kinds)  # "did not want war with India", "risks war with Guyana"
        if noun and lemma == "ally":
            yield from granted_status(sentence, token, kinds)  # "Qatar was designated a major non-NATO ally in 2022"
            yield from allies_listed(sentence, token, kinds)  # "Iran's allies include Syria and Venezuela"
            yield from ally_for_a_span(sentence, token, kinds)  # "Chad, for decades France's closest ally, ended ..."
        if noun and lemma == "alliance":
            yield from called_what(sentence, token, kinds)  # "signed a treaty, in what Canberra called its first new alliance"
        if token.lower_ in kinds.allied_words:
            yield from allied(sentence, token, kinds)  # "Uganda, long allied to Washington", "A and B remain closely allied"
        if token.pos_ == "NOUN" and lemma in COUNTRY_NOUNS:
            yield from non_member(sentence, token)
            yield from members_but(sentence, token, kinds)
            yield from fronted_partitive(sentence, token, kinds)
            yield from than_any_other(sentence, token, kinds)  # "spends more than any other NATO country"
            if lemma != "member":
                yield from country_in(sentence, token, kinds)
        if lemma in kinds.invitation_words:
            yield from invited_to_join(sentence, token, kinds)
        if token.lower_ in COUNTRY_NOUNS:
            yield from title_misparsed(sentence, token, kinds)
        if lemma in kinds.ended_nouns:
            yield from forces_withdrawn(sentence, token, kinds)  # "after the withdrawal of French troops from Mali"
            organisation = sentence.actors_of(pobj_of(token, "from")) or sentence.actors_of(pobj_of(token, "of"))
            verb = governing_verb(token)
            leaving = possessor_actors(sentence, child_of(token, "poss")) or whose(sentence, token) or (subject_of(sentence, verb) if verb is not None else [])
            if organisation and organisation[0].code in STATELESS and leaving:
                yield "member_of", leaving, organisation[0], None, f"relations:ended-membership({lemma})", token, {"polarity": "ended"}
        if token.pos_ == "VERB" and lemma in kinds.kinds["ranked"].verbs:
            yield from last_place(sentence, token, kinds)  # "while Eritrea came last"
        if token.pos_ in {"VERB", "AUX"} or token.dep_ == "ROOT":
            readings = list(_verb_relation(sentence, token, kinds, members))
            yield from readings
            yield from _charge_denied(sentence, readings, kinds)
        elif lemma in kinds.kinds["recognizes"].verbs:
            yield from recognition_in_words(sentence, token, kinds)
        if lemma in kinds.kinds["recognizes"].verbs:
            yield from recognised_which(sentence, token, kinds)
        if noun and (lemma in kinds.kinds["recognizes_territory"].objects or lemma in kinds.territory_nouns):
            yield from territory_asserted(sentence, token, kinds)  # "the ministry said Taiwan is part of Chinese territory"
        if noun and lemma in kinds.kinds["recognizes"].nouns:
            yield from recognition_withheld(sentence, token, kinds)  # "stopped short of formal recognition"
        if lemma in ATTACK_NOUNS:
            yield from collective_defense(sentence, token, kinds)
        if lemma in BACKING or (token.pos_ == "VERB" and (lemma in kinds.kinds["recognizes_territory"].verbs or refuses(token, kinds))):
            yield from claim_backed(sentence, token, kinds)
        if noun and lemma in kinds.mutual_pacts:
            yield from mutual_pact(sentence, token, kinds)
        if lemma in kinds.kinds["hosts_base"].objects or token.lower_ in kinds.kinds["hosts_base"].objects:
            yield from troops_kept(sentence, token, kinds)
        if token.lower_ == "one":
            yield from base_again(sentence, token, kinds)
        if noun and lemma in BUYERS:
            yield from arms_customer(sentence, token, kinds)  # "Algeria is Russia's third-largest arms customer"
        if lemma in BUYERS and token.dep_ == "pobj" and token.head.lower_ == "among":
            yield from among_buyers(sentence, token, kinds)
        if lemma in kinds.purchase_nouns | kinds.deal_nouns and token.pos_ == "NOUN":
            yield from arms_purchase(sentence, token, kinds)
        if (noun or token.pos_ == "VERB") and lemma in kinds.ban_nouns:
            yield from arms_ban(sentence, token, kinds)  # "a US ban on arms sales to Vietnam", "banned arms exports to Myanmar"
        if lemma in kinds.aid_nouns and is_military(token):
            yield from military_aid(sentence, token, kinds)
        if token.pos_ == "NOUN" and names_weapon(token, kinds):
            yield from made_weapon(sentence, token, kinds)  # "Venezuela's Russian-made fighters", "buyers of French weapons"
    yield from ranks_in_passing(sentence, kinds)
def _charge_denied(sentence: Sentence, readings: list[Reading], kinds: RelationKinds) -> Iterable[Reading]:
    """A relation told, then called a charge its own subject denies, is denied by that subject as well as told: "Iran
    supplies drones to Russia, officials said, a charge Tehran denies"."""
    for charge in (t for t in sentence.sent if t.lemma_.lower() in kinds.charge_nouns and t.pos_ == "NOUN"):
        denying = charge.head if charge.dep_ in {"dobj", "nsubjpass"} else next((c for c in charge.children if c.dep_ == "relcl"), None)
        if denying is None or lemma_of(denying, kinds) not in kinds.denying_heads:
            continue
        deniers = {a.code for a in subject_of(sentence, denying)}
        for relation, subjects, obj, value, why, anchor, extra in readings:
            if not kinds.kinds[relation].symmetric and any(s.code in deniers for s in subjects):
                yield relation, subjects, obj, value, why, anchor, {**extra, "polarity": "denied"}


def _verb_relation(sentence: Sentence, verb: Token, kinds: RelationKinds, members: dict[str, list[Actor]]) -> Iterable[Reading]:
    lemma = lemma_of(verb, kinds)
    subject_token = child_of(verb, "nsubj") or child_of(verb, "nsubjpass")
    subject = subject_of(sentence, verb)
    if lemma in kinds.regard_verbs:
        dobj = child_of(verb, "dobj")
        part = child_of(verb, "oprd") or (child_of(next((c for c in verb.children if c.lower_ == "as"), verb), "pobj"))
        clause = child_of(verb, "ccomp")
        if part is None and clause is not None and clause.lemma_.lower() in kinds.territory_nouns:
            # "China considers Taiwan part of its territory", "Spain considers Gibraltar part of Spain"
            part, dobj = clause, child_of(clause, "nsubj") or child_of(clause, "compound")
        if dobj is not None and part is not None and part.lemma_.lower() in kinds.territory_nouns:
            state = whole_state(sentence, part, subject, kinds)
            for territory in territories_of(sentence, dobj, kinds) if state and subject else []:  # "Beijing considers Taiwan (as) part of China"
                yield "recognizes_territory", subject, state[0], None, f"relations:regards-as-part({lemma})", verb, {"territory": territory}
    passive = recognised_in_passive(verb)
    if lemma in kinds.kinds["recognizes"].verbs and passive is not None:
        # "Kosovo is recognised by more than 100 countries, but not by Serbia, Russia or China"; "The SADR is a member of
        # the AU but is recognised by neither France nor the United States" (the subject of the clause it is joined to)
        recognised = [a for a in recognised_sides(sentence, passive, kinds) if a.code not in STATELESS]
        for by in (c for c in verb.children if c.lower_ == "by" and c.dep_ in {"agent", "prep", "conj"}):
            agent = child_of(by, "pobj")
            recognisers = recognisers_by(sentence, agent)
            neither = agent is not None and any(c.lower_ == "neither" for c in agent.children)  # a determiner, or a preconjunction
            polarity = "denied" if neither or any(c.dep_ == "neg" for c in by.children) else polarity_of(verb, kinds)
            for entity in recognised if recognisers else []:  # "Abkhazia and South Ossetia are recognised by Russia": one each
                yield "recognizes", recognisers, entity, None, "relations:recognised-by", verb, {"polarity": polarity}
    if lemma in kinds.kinds["recognizes"].verbs:
        subjects = members_named(sentence, quantified(sentence, subject_token, members) or infinitive_holders(sentence, verb) or subject, subject_token)
        if subjects:  # (not the states "along with" alone, where the subject is not read)
            subjects = subjects + [a for a in along_with(sentence, verb, kinds) if all(actor_key(a) != actor_key(s) for s in subjects)]
        dobj = child_of(verb, "dobj")
        as_word = next((c for c in verb.children if c.lower_ == "as"), None) or (
            next((c for c in dobj.children if c.lower_ == "as"), None) if dobj is not None else None)
        as_pobj = child_of(as_word, "pobj") if as_word is not None else None
        state = whole_state(sentence, as_pobj, subject, kinds)
        if not state and as_word is not None:
            state = [a for c in as_word.children if c.pos_ == "ADJ" for a in sentence.actors_of(c)]  # "recognise Crimea as Russian"
        claims = kinds.kinds["recognizes_territory"].objects
        dobj = claim if (claim := claim_taken_up(verb)) is not None and claim.lemma_.lower() in claims else dobj
        if dobj is not None and dobj.lemma_.lower() in claims:
            # "recognised Moroccan sovereignty over Western Sahara", "Morocco's claim to Western Sahara",
            # "the annexation of Crimea by Russia"
            claimant = claimant_of(sentence, dobj, subjects) or sentence.actors_of(pobj_of(dobj, "by"))
            over = next((t for t in (pobj_of(dobj, p) or pobj_of(verb, p) for p in ("over", "to", "of")) if t is not None), None)
            whole = dobj.lemma_.lower() in {"integrity"}  # "Azerbaijan's territorial integrity": all its territory
            if claimant and (over is not None or whole):
                for territory in territories_of(sentence, over, kinds) if over is not None else [" ".join(t.text for t in dobj.subtree)]:
                    yield "recognizes_territory", subjects, claimant[0], None, "relations/kinds.yml#recognizes_territory", verb, {"territory": territory}
                return
        if dobj is not None and not sentence.actors_of(dobj) and dobj.lemma_.lower() in {"independence", "sovereignty", "government", "statehood"}:
            dobj = child_of(dobj, "poss") or dobj  # "recognise Kosovo's independence"
        if dobj is not None and state and not sentence.person(dobj):  # "recognises Lukashenko as president of Belarus": no territory
            for territory in territories_of(sentence, dobj, kinds):
                yield "recognizes_territory", subjects, state[0], None, "relations/kinds.yml#recognizes_territory", verb, {"territory": territory}
        elif dobj is not None:
            yield from recognised_each(sentence, verb, subjects, dobj, kinds)
        elif verb.dep_ == "relcl" and len(subjects_of := [c for c in verb.children if c.dep_ == "nsubj"]) == 2 and subjects_of[0].lower_ in RELATIVE:
            # "Transnistria, which only Russia recognises": the parse makes "which" a second subject
            yield from recognised_each(sentence, verb, sentence.actors_of(subjects_of[1]), subjects_of[0], kinds)
    if lemma in kinds.admit_verbs:
        admitting = subject[0] if subject and subject[0].code in STATELESS else None
        admitting = admitting or next(iter(the_bloc(sentence, subject_token, kinds)), None)  # "days after the bloc readmitted Damascus"
        admitted_token = child_of(verb, "dobj")
        if admitted_token is not None and admitted_token.lower_ in RELATIVE and verb.dep_ == "relcl":
            admitted_token = verb.head  # "Gabon, which the African Union readmitted on Wednesday"
        admitted = [a for a in sentence.actors_of(admitted_token) if a.code not in STATELESS]
        # "Timor-Leste was admitted to ASEAN"; "was suspended from SADC in 2009 and readmitted to the regional bloc in 2014"
        passive_conj = (verb.dep_ == "conj" and child_of(verb.head, "nsubjpass") is not None
                        and child_of(verb, "nsubj") is None and child_of(verb, "dobj") is None)
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "Syria, readmitted to the Arab League in 2023, ..."
        # (a transitive verb with no object and "to": the participle of an aside read as the verb, "Syria, readmitted to")
        misread = child_of(verb, "dobj") is None and child_of(verb, "nsubj") is not None and pobj_of(verb, "to") is not None
        if child_of(verb, "nsubjpass") is not None or passive_conj or participle or misread:
            into = sentence.actors_of(pobj_of(verb, "to")) or sentence.actors_of(pobj_of(verb, "into")) or the_bloc(sentence, pobj_of(verb, "to"), kinds)
            admitting = into[0] if into and into[0].code in STATELESS else None
            admitted = [a for a in (sentence.actors_of(verb.head) if participle else subject) if a.code not in STATELESS]
        if admitting is not None and admitted:
            yield "member_of", admitted, admitting, None, f"relations:admitted({lemma})", verb, {}
    taken = child_of(verb, "dobj")
    if lemma in kinds.buy_verbs or (lemma == "take" and taken is not None and taken.lemma_.lower() == "delivery"):
        yield from bought(sentence, verb, lemma, subject, kinds)  # "took delivery of its first frigate from France"
    if lemma in kinds.awaiting_verbs:
        yield from awaited(sentence, verb, subject, kinds)  # "has been waiting for Su-35 jets from Russia"
    if lemma in kinds.ordered_from_verbs and sentence.actors_of(pobj_of(verb, "from") or (pobj_of(taken, "from") if taken is not None else None)):
        yield from bought(sentence, verb, lemma, subject, kinds)  # "ordered 42 Rafale jets from France"
    if lemma in kinds.buy_verbs and verb.dep_ == "acl":
        yield from weapons_bought_from(sentence, verb, lemma, kinds)
    phrasal = " ".join([lemma, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    if lemma in kinds.kinds["member_of"].verbs or phrasal in kinds.founding_verbs:
        joined = child_of(verb, "dobj")
        sanctions = kinds.kinds["sanctions_regime"]
        if joined is not None and joining_verb(joined, kinds) == verb and sanctions in (k for k, _ in kinds.noun_kinds(joined.lemma_.lower())):
            joined = None  # "joined EU sanctions on Moscow": the sanctions are joined (``joined_sanctions``), not the EU
        if joined is not None and joined.lower_ == "it":  # "left the African Union in 1984 and rejoined it in 2017"
            joined = next((t for t in reversed(sentence.sent[: verb.i - sentence.sent.start]) if is_actor(sentence.actor_at(t), STATELESS)), joined)
        clause = verb
        while clause.dep_ in {"xcomp", "ccomp"}:
            clause = clause.head
        if joined is not None and joined.lower_ in RELATIVE and clause.dep_ == "relcl":
            joined = clause.head  # "BRICS, which Egypt and Ethiopia joined in 2024", "the EU, which Turkey hopes to join"
        organisation = sentence.actors_of(joined) or sentence.actors_of(pobj_of(verb, "to")) or the_bloc(sentence, joined, kinds)  # "belongs to", "acceded to"
        organisation += [a for actors in repeated_prepositions(sentence, verb, "to") for a in actors]  # "belongs to NATO and to the EEA"
        # a second body left without its verb: "joined NATO in 1999 and the European Union in 2004"
        organisation += [a for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" for a in sentence.actors_of(c) if a.code in STATELESS]
        founders = [a for a in subject if a.code not in STATELESS] or (listed_before(sentence, subject_token) if subject_token is not None else [])
        # "Chile and Peru, which joined APEC in 1994 and 1998 respectively": each on its own
        each = [[f] for f in founders] if any(t.lower_ == "respectively" for t in verb.subtree) else [founders]
        for joined_body in (organisation if organisation and organisation[0].code in STATELESS and founders else []):
            # "Turkey, Azerbaijan, ... form the Organization of Turkic States", "... make up the EAEU"; one relation each
            # body joined: "joined NATO and the European Union in 2004"
            for members_of in each:
                if joined_body.code in STATELESS:
                    yield "member_of", members_of, joined_body, None, f"relations/kinds.yml#member_of.{phrasal.replace(' ', '-')}", verb, {}
    if lemma in kinds.ended_verbs | {"leave", "quit", "withdraw", "exit"}:
        organisation = sentence.actors_of(child_of(verb, "dobj")) or sentence.actors_of(pobj_of(verb, "from"))
        membership = child_of(verb, "dobj")
        left_behind = any(c.dep_ == "prt" and c.lower_ in {"behind", "out", "aside"} for c in verb.children)
        if organisation and organisation[0].code in STATELESS and not left_behind and (
                membership is None or (sentence.actor_at(membership) and membership.lemma_.lower() not in COUNTRY_NOUNS
                                       and membership.lemma_.lower() not in kinds.hypothetical_heads)):  # not "withdrew its EU application"
            yield "member_of", subject, organisation[0], None, f"relations:ended-membership({lemma})", verb, {}
    listing = child_of(verb, "dobj") or pobj_of(verb, "of")  # "ASEAN groups ...", "The EAEU consists of ..."
    if lemma in kinds.list_verbs and verb.dep_ != "relcl" and subject_token is not None and listing is not None:
        grouping = sentence.actor_at(subject_token)
        if (grouping is None or grouping.code not in STATELESS) and subject_token.lemma_.lower() in COUNTRY_NOUNS:
            owner = possessor_actors(sentence, child_of(subject_token, "poss")) or sentence.actors_of(pobj_of(subject_token, "of"))
            grouping = owner[0] if owner else None  # "The EU's members include Poland and Hungary"
        listed = [a for a in sentence.actors_between(listing.left_edge.i, listing.right_edge.i + 1) if a.code not in STATELESS]
        if grouping is not None and grouping.code in STATELESS and listed:  # "ASEAN groups Indonesia, Malaysia, ..."
            yield "member_of", listed, grouping, None, f"relations:member-list({lemma})", verb, {}
    if lemma in kinds.list_verbs and verb.dep_ == "relcl":
        grouping = sentence.actor_at(verb.head)
        listed = [a for a in sentence.actors_between(verb.i + 1, verb.right_edge.i + 1) if a.code not in STATELESS]
        if grouping is not None and grouping.code in STATELESS and len(listed) >= 2:
            yield "member_of", listed, grouping, None, f"relations:member-list({lemma})", verb, {}
    if lemma in kinds.kinds["ranked"].verbs:
        topped = child_of(verb, "dobj")
        # "topped the World Happiness Report", not "topped the medal table": a named ranking, or a body that ranks
        named_ranking = (topped is not None and topped.pos_ == "PROPN") or ranking_body(sentence, verb) is not None or tops_a_ranking(verb)
        value = (1 if named_ranking else None) if lemma == "top" else rank(verb)
        ranked = subject_misparsed(sentence, verb) or subject
        body = ranking_body(sentence, verb) or ""
        ordinal = next((t for t in verb.subtree if ORDINAL.match(t.text)), None)
        named = [a for c in ordinal.children if c.dep_ == "compound" for a in sentence.actors_of(c)] if ordinal is not None else []
        ranker = sentence.actor_at(subject_token)
        placed = sentence.actors_of(child_of(verb, "dobj")) or named or ranked_object(sentence, verb)
        if subject_token is not None and placed and lemma in {"place", "rate", "rank"} and (ranker is None or ranker.code in STATELESS):
            # "Global Firepower places Turkey 8th": the subject ranks, the object is ranked
            ranked, body = placed, proper_name(verb.head if subject_token.lower_ in RELATIVE else subject_token)
        if value is not None and (lemma in {"rank", "place", "rate", "top"} or ordinal_of(sentence, verb) or any(
                t.lower_ in {"place", "places", "position", "spot", "last"} or ORDINAL.match(t.text) for t in verb.subtree)):
            # a rank that drops or slips has moved, not ended; one held "once" has
            polarity = "holds" if polarity_of(verb, kinds) == "ended" and not once_placed(verb, kinds) else polarity_of(verb, kinds)
            respective = respective_places(verb, ranked)
            for holders, place in respective or [(ranked, value)]:
                yield "ranked", holders, None, float(place), "relations/kinds.yml#ranked", verb, {"according_to": body, "polarity": polarity}
            if polarity == "holds" and len(ranked) == 1:
                yield from ranks_around(sentence, verb, value, ranked[0], body)
    supply = kinds.kinds["arms_supplier"]
    if lemma in supply.verbs and verb.dep_ == "acl" and verb.head.lemma_.lower() in supply.objects:
        suppliers = [a for c in verb.children if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj"))]
        user = governing_verb(verb.head)
        receivers = subject_of(sentence, user) if user is not None else []
        if not receivers and user is not None and verb.head.dep_ == "nsubj" and user.lemma_.lower() in ARRIVING:
            receivers = sentence.actors_of(pobj_of(user, "in") or pobj_of(user, "to"))  # "jets supplied by Denmark have arrived in Ukraine"
        if not suppliers and sentence.actors_of(pobj_of(verb, "to")):
            # "Turkish drones supplied to Azerbaijan": the weapons' maker's state supplies them
            suppliers = [a for c in verb.head.children if c.dep_ in {"amod", "compound", "nmod"} for a in sentence.actors_of(c) if a.sector != "BUS"]
            suppliers = [a for i, a in enumerate(suppliers) if all(actor_key(a) != actor_key(b) for b in suppliers[:i])]  # one name in two words
            receivers = sentence.actors_of(pobj_of(verb, "to"))
        if suppliers and receivers:  # "Ukraine used weapons supplied by the United States"
            yield "arms_supplier", suppliers, receivers[0], None, f"relations/kinds.yml#arms_supplier.{lemma}", verb, {}
    if lemma in kinds.sanctioning_verbs:
        yield from sanctioned(sentence, verb, lemma, subject, kinds)
    if lemma in kinds.arming_verbs and subject:
        # (a paramilitary force armed is no state armed: "arming the paramilitary Rapid Support Forces")
        armed = [a for a in sentence.actors_of(child_of(verb, "dobj")) if a.code not in STATELESS and a.sector != "PRM"]
        if armed:  # "Iran has been arming the Houthis"
            yield "arms_supplier", subject, armed[0], None, f"relations/kinds.yml#arms_supplier.{lemma}", verb, {}
    if lemma in kinds.arming_verbs and (child_of(verb, "nsubjpass") is not None or verb.dep_ == "acl"):
        yield from armed_by(sentence, verb, lemma, kinds)
    if lemma in supply.verbs and child_of(verb, "nsubjpass") is not None:
        # a list of suppliers a "by" phrase, each with what it supplies: "is supplied with drones by Israel and Turkey,
        # and with F-16s by the United States"
        bys = [sentence.actors_of(child_of(by, "pobj")) for by in verb.subtree if by.dep_ in {"agent", "prep", "conj"} and by.lower_ == "by"]
        if sum(t.lower_ == "with" for t in verb.subtree) < 2:
            # one thing supplied: its "by" phrases list one set of suppliers ("by Russia and, increasingly, by India and France")
            bys = [[a for agents in bys for a in agents]]
        if any(bys) and any(names_weapon(c, kinds) for t in verb.children if t.dep_ == "prep" for c in t.children):
            # "Armenia is supplied with weapons by Russia", "Brazil, which is supplied with Gripen fighters by Sweden"
            receivers = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
            for agents in bys if receivers else []:
                if agents:
                    yield "arms_supplier", agents, receivers[0], None, f"relations/kinds.yml#arms_supplier.{lemma}", verb, {}
    # "must withhold from selling weapons to X" states no supply, but "among the first countries to send tanks to X" does
    if lemma in supply.verbs and (verb.dep_ != "pcomp" or child_of(verb, "aux", "to") is not None):
        thing = child_of(verb, "dobj")
        receiver = pobj_of(verb, "to") or child_of(verb, "dative") or (pobj_of(thing, "to") if thing is not None else None)  # "sold drones to X"
        if receiver is None and sentence.actors_of(thing) and pobj_of(verb, "with") is not None:
            receiver, thing = thing, pobj_of(verb, "with")  # "Turkey has supplied Ukraine with Bayraktar drones"
        if receiver is None and thing is not None:
            receiver = next((t for t in thing.subtree if t.dep_ == "poss" and sentence.actor_at(t)), None)  # "most of Pakistan's weapons"
            thing = next((t for t in thing.subtree if t.lemma_.lower() in supply.objects), thing)
        while thing is not None and not names_weapon(thing, kinds) and pobj_of(thing, "of") is not None:
            thing = pobj_of(thing, "of")  # "shipped millions of artillery shells", "supplies the bulk of its warplanes"
        # what is sold is arms where it is bought as arms ("selling armoured vehicles and patrol boats to Nigeria",
        # "delivered two submarines to Bangladesh"), but warships or aircraft sent are a deployment
        # (or among things sent: "send troops and weapons to Mogadishu")
        thing = next((t for t in [thing, *conjuncts(thing)] if t.lemma_.lower() in supply.objects), thing) if thing is not None else None
        sold = thing is not None and (thing.lemma_.lower() in supply.objects or (lemma in SELLING and names_weapon(thing, kinds)))
        if sold and actors_or_owner(sentence, receiver):
            why = f"relations/kinds.yml#arms_supplier.{lemma}"
            for receiving in actors_or_owner(sentence, receiver):  # "sold drones to Ukraine, Poland and Ethiopia": one each
                yield "arms_supplier", subject, receiving, None, why, verb, {}
    if lemma in supply.verbs:
        yield from supplied_it(sentence, verb, lemma, subject, kinds)
        yield from supplied_passive(sentence, verb, lemma, kinds)  # "American Patriot missiles were delivered to Romania"
        yield from share_supplied(sentence, verb, subject, kinds)
        yield from supplying_as_modifier(sentence, verb, lemma, kinds)
        yield from dative_as_modifier(sentence, verb, lemma, subject, kinds)
    if lemma in BUILDING:
        yield from built_for(sentence, verb, subject, kinds)
        yield from built_under_licence(sentence, verb, subject, kinds)
        yield from made_predicate(sentence, verb, kinds)  # "Most of Algeria's weapons are Russian-made"
    if lemma in kinds.giving_verbs:
        yield from given(sentence, verb, lemma, subject, kinds)
        yield from dative_as_modifier(sentence, verb, lemma, subject, kinds)  # "has given Ukraine air defence systems"
    if lemma in kinds.relying_verbs:
        yield from relied_on(sentence, verb, kinds)
    if lemma in kinds.equipping_verbs:
        yield from equipped_with(sentence, verb, lemma, kinds)
    if lemma in kinds.origin_verbs:
        yield from arms_from(sentence, verb, kinds)
    if lemma in kinds.share_verbs:
        yield from share_of_imports(sentence, verb, kinds)
    yield from defence_pledge(sentence, verb, lemma, subject, kinds)
    yield from defence_bonds(sentence, verb, lemma, subject, kinds)
    yield from base_granted(sentence, verb, lemma, subject, kinds)
    yield from forces_sent_away(sentence, verb, lemma, subject, kinds)
    yield from base_handed_back(sentence, verb, lemma, subject, kinds)
    yield from forces_hosted_by_name(sentence, verb, lemma, subject, kinds)
    yield from base_used(sentence, verb, lemma, subject, kinds)
    yield from base_leased(sentence, verb, lemma, subject, kinds)
    if lemma in kinds.superlative_verbs:
        yield from superlative(sentence, verb, subject, kinds)
    if lemma in kinds.place_verbs:
        yield from held_place(sentence, verb, subject, kinds)
    if lemma in kinds.kinds["ranked"].verbs and verb.dep_ == "amod":
        yield from placed_before(sentence, verb, kinds)
    if lemma in kinds.outside_verbs:
        yield from kept_out(sentence, verb, lemma, subject, kinds)
    if lemma in kinds.kinds["member_of"].verbs and verb.dep_ == "amod":
        yield from joining_as_modifier(sentence, verb)
    if lemma in kinds.suspending_verbs:
        yield from suspended(sentence, verb, subject, kinds)
        yield from suspended_by(sentence, verb, subject, kinds)  # "The African Union suspended Niger's membership"
    if lemma in kinds.leaving_verbs:
        yield from pulled_out(sentence, verb, subject, kinds)  # "which pulled out of ECOWAS in January"
    if lemma in kinds.switching_verbs:
        yield from switched_ties(sentence, verb, subject, kinds)
    if lemma in kinds.following_verbs and verb.dep_ == "conj":
        yield from followed_in(sentence, verb, subject, kinds)
    if lemma in kinds.kinds["member_of"].verbs and child_of(verb, "dobj") is not None:
        yield from joined_in(sentence, verb, subject, kinds)
    if child_of(verb, "prt") is not None:
        yield from made_up_of(sentence, verb, lemma, kinds)
    if lemma in kinds.ratifying_verbs:
        yield from accession_ratified(sentence, verb, subject, kinds)
    for kind in kinds.kinds.values():
        if kind.symmetric and lemma in kind.verbs:
            others = sentence.actors_of(pobj_of(verb, "with"))  # "Japan is allied with the United States", never "allied exercises"
            if kind.name == "at_war_with":  # "Russia has been fighting Ukraine": a state against a state, named as such
                others = [a for a in sentence.actors_of(child_of(verb, "dobj")) if a.code not in STATELESS and not a.sector]
                others = others if all(not a.sector and a.code not in STATELESS for a in subject) else []
            others = [a for a in others if all(actor_key(a) != actor_key(s) for s in subject)]
            if subject and others:
                sides = subject + others
                yield kind.name, sides, None, None, f"relations/kinds.yml#{kind.name}.{lemma}", verb, {}
    if lemma in {"be", "remain", "go"}:
        war = pobj_of(verb, "at") or pobj_of(verb, "to")  # "is at war with", "could go to war"
        if war is not None and war.lemma_.lower() == "war":
            yield from war_state(sentence, verb, lemma, war, subject, kinds)


def _candidacy(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A membership sought, not held: "EU candidate Moldova", "Serbia, an EU candidate since 2012", "its EU accession
    negotiations", "accession talks with Montenegro and Albania", "was blocked from opening EU accession talks"."""
    if noun.lemma_.lower() == "candidate":
        for relation, subjects, obj, value, why, anchor, extra in noun_relation(sentence, noun, kinds.kinds["member_of"], kinds):
            if polarity_of(anchor, kinds) == "holds":
                yield relation, subjects, obj, value, why, anchor, {**extra, "polarity": "hypothetical"}
        return
    accession = next((c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() == "accession"), None)
    if accession is None:
        return
    # (the actors stage may take the noun into the organisation's name: "EU accession negotiations")
    named = [a for c in (noun, *noun.children, *accession.children) if c is noun or c.dep_ in {"compound", "nmod", "amod"} for a in sentence.actors_of(c)]
    named += sentence.actors_of(pobj_of(noun, "with")) + sentence.actors_of(pobj_of(noun, "to"))
    # (none named with it: "as accession negotiations with Montenegro drag on", of the one named before)
    organisation = next((a for a in named if a.code in STATELESS), None) or next(iter(organisation_named_before(sentence, noun)), None)
    states = [a for a in named + possessor_actors(sentence, child_of(noun, "poss")) if a.code not in STATELESS]
    if not states:
        verb = governing_verb(noun)
        states = [a for a in (subject_of(sentence, verb) if verb is not None else []) if a.code not in STATELESS]
    if organisation is not None and states:
        yield "member_of", states, organisation, None, f"relations:candidacy({noun.lemma_.lower()})", noun, {"polarity": "hypothetical"}


def _told_each(relations: list[Relation]) -> list[Relation]:
    """A sentence's relations less a directed one of several subjects that the sentence also tells of each subject on its
    own ("has turned to France and India for weapons, buying howitzers from Paris and launchers from New Delhi")."""
    alone = {(r.relation, actor_key(r.subjects[0]), actor_key(r.object), r.polarity) for r in relations if r.object is not None and len(r.subjects) == 1}
    return [r for r in relations if r.object is None or len(r.subjects) < 2 or not all(
        (r.relation, actor_key(s), actor_key(r.object), r.polarity) in alone for s in r.subjects)]


def _unique(relations: list[Relation]) -> list[Relation]:
    seen: set[str] = set()
    out = []
    for relation in relations:
        if relation.relation_id not in seen:
            seen.add(relation.relation_id)
            out.append(relation)
    return out
