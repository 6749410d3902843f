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

This module is the stage's entry point and dispatch: it reads each sentence, sends its relation nouns and
verbs to the readers of their kinds (``members``, ``ranks``, ``bases``, ``defence``, ``arms``,
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
    ACTS,
    ARRIVING,
    BUILDING,
    BUYERS,
    SELLING,
    about_arms,
    act_seller,
    among_buyers,
    armed_by,
    arms_from,
    arms_purchase,
    bought,
    built_for,
    equipped_with,
    is_military,
    made_weapon,
    military_aid,
    names_weapon,
    relied_on,
    runners_up,
    share_of_imports,
    share_supplied,
    supplied_it,
    supplying_as_modifier,
    weapons_bought_from,
)
from .bases import base_granted, base_handed_back, base_hosted, base_used, forces_hosted_by_name, forces_sent_away, troops_kept
from .defence import ATTACK_NOUNS, collective_defense, defence_bonds, defence_pledge, hyphenated, mutual_pact
from .kinds import Kind, RelationKinds
from .members import (
    accession_of,
    accession_ratified,
    alongside,
    candidate_status,
    country_in,
    fellow_member,
    followed_in,
    fronted_partitive,
    invited_to_join,
    joined_in,
    kept_out,
    made_up_of,
    member_list,
    members_but,
    membership_bid,
    membership_elided,
    non_member,
    organisation_unnamed,
    pair_named_before,
    partners_in,
    path_to_membership,
    quantified,
    seat_held,
    suspended,
    title_misparsed,
)
from .polarity import modifier_phrase, polarity_of, refuses, validity
from .ranks import (
    ORDINAL,
    held_place,
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
    superlative,
    tops_a_ranking,
)
from .recognition import (
    BACKING,
    along_with,
    claim_backed,
    claim_of,
    claimant_of,
    followed_suit,
    members_named,
    recognised_each,
    recognised_sides,
    recognised_which,
    recognition_in_words,
    territories_of,
    whole_state,
)
from .sanctions import (
    ADOPTING,
    COMPANIES,
    SANCTIONED_SECTORS,
    arms_ban,
    end_in_doubt,
    imports_banned_from,
    imposed_which,
    joined_sanctions,
    joining_verb,
    named_as_companies,
    sanction_sides,
    sanctioned,
    sanctions_batch,
)
from .sentence import (
    COUNTRY_NOUNS,
    PRONOUNS,
    RELATIVE,
    SOME,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    actors_or_owner,
    aside_of,
    builtin_meanings,
    child_of,
    conjuncts,
    copula_of,
    first_conjunct,
    governing_verb,
    is_actor,
    lemma_of,
    name_meanings,
    named_clause_subject,
    names_outside,
    pobj_of,
    pobjs_of,
    possessor_actors,
    speaker_of,
    subject_of,
    subject_owner,
    the_bloc,
    whose,
)
from .ties import (
    accused_of_war,
    antecedent_of_it,
    antecedent_of_which,
    aside_subject,
    clause_holders,
    contrasted,
    cut_short,
    dated,
    done_again,
    done_so,
    gerund_holder,
    lacking,
    main_clause_side,
    named_for_place,
    officeholder,
    others_only,
    pairs,
    pairwise,
    raised_ties,
    raised_to,
    situational,
    state_waging,
    switched_ties,
    the_alliance,
    ties_kept,
    war_behind,
    war_sides,
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


def _fronted(sentence: Sentence, noun: Token) -> list[Actor]:
    """The state a phrase set before it with a comma describes, where the parse makes both the verb's subjects:
    "A NATO member since 1952, Turkey has ..."."""
    after = noun.right_edge.i + 1
    if after >= sentence.sent.end or noun.doc[after].text != ",":
        return []
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i > after and c.i != noun.i), None)
    if subject is None or subject.left_edge.i != after + 1:
        return []
    return [a for a in sentence.actors_of(subject) if a.code not in STATELESS]


def _listed_before(sentence: Sentence, noun: Token) -> list[Actor]:
    """The states a plural noun set off by a comma describes, where the parse hangs it elsewhere: "Brazil, India and
    South Africa, all members of the BRICS group, ..." (only for "both", "all", a number or "founding" before it)."""
    start = noun.left_edge.i
    if start - 2 < sentence.sent.start or noun.doc[start - 1].text != ",":
        return []
    if not any(c.lower_ in {"both", "all"} or c.like_num or c.lower_ in {"founding", "fellow"} for c in noun.lefts):
        return []
    last = noun.doc[start - 2]
    if sentence.actor_at(last) is None or sentence.actor_at(last).code in STATELESS:  # type: ignore[union-attr]
        return []
    return [a for a in sentence.actors_of(first_conjunct(last)) if a.code not in STATELESS]


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
    speaker = speaker_of(anchor, sentence, kinds)
    according = extra.get("according_to") or (actor_key(speaker) if speaker else None)
    valid_from, valid_to = validity(sent, anchor, polarity, published)
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
            readings = list(_noun_relation(sentence, token, kind, kinds))
            yield from readings
            if kind.name == "diplomatic_relations":
                yield from ties_kept(sentence, token, kinds)  # "recalled its ambassador, stopping short of cutting ties"
            if kind.symmetric:  # "..., followed by Morocco in December", "months after doing the same with Japan"
                yield from contrasted(sentence, token, kind.name)
                yield from done_again(sentence, readings)
                yield from done_so(sentence, readings, kinds)  # "..., the third country to do so after A and B"
            if kind.name == "sanctions_regime":
                yield from sanctions_batch(sentence, token, kinds)
                yield from joined_sanctions(sentence, token, kinds)
                yield from imposed_which(sentence, token, kinds)
        if lemma in kinds.groupings:
            yield from member_list(sentence, token)
        if _member_countries(sentence, token):  # "the only EU countries that ...": "EU countries" are EU members
            yield from _noun_relation(sentence, token, kinds.kinds["member_of"], kinds)
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
        if lemma == "be" and token.dep_ in {"advcl", "conj"}:
            yield from membership_elided(sentence, token, kinds)
        if noun and lemma in kinds.peer_nouns:
            yield from partners_in(sentence, token, kinds)
        if token.pos_ == "NOUN" and lemma in COUNTRY_NOUNS:
            yield from non_member(sentence, token)
            yield from members_but(sentence, token)
            yield from fronted_partitive(sentence, token, kinds)
            if lemma != "member":
                yield from country_in(sentence, token, kinds)
        if lemma in kinds.invitation_words:
            yield from invited_to_join(sentence, token, kinds)
        if token.lower_ in COUNTRY_NOUNS:
            yield from title_misparsed(sentence, token, kinds)
        if lemma in kinds.ended_nouns:
            organisation = sentence.actors_of(pobj_of(token, "from")) or sentence.actors_of(pobj_of(token, "of"))
            verb = governing_verb(token)
            leaving = possessor_actors(sentence, child_of(token, "poss")) or whose(sentence, token) or (subject_of(sentence, verb) if verb is not None else [])
            if organisation and organisation[0].code in STATELESS and leaving:
                yield "member_of", leaving, organisation[0], None, f"relations:ended-membership({lemma})", token, {"polarity": "ended"}
        if token.pos_ in {"VERB", "AUX"} or token.dep_ == "ROOT":
            readings = list(_verb_relation(sentence, token, kinds, members))
            yield from readings
            yield from _charge_denied(sentence, readings, kinds)
        elif lemma in kinds.kinds["recognizes"].verbs:
            yield from recognition_in_words(sentence, token, kinds)
        if lemma in kinds.kinds["recognizes"].verbs:
            yield from recognised_which(sentence, token, kinds)
        if lemma in ATTACK_NOUNS:
            yield from collective_defense(sentence, token, kinds)
        if lemma in BACKING or (token.pos_ == "VERB" and (lemma in kinds.kinds["recognizes_territory"].verbs or refuses(token, kinds))):
            yield from claim_backed(sentence, token, kinds)
        if noun and lemma in kinds.mutual_pacts:
            yield from mutual_pact(sentence, token, kinds)
        if lemma in kinds.kinds["hosts_base"].objects or token.lower_ in kinds.kinds["hosts_base"].objects:
            yield from troops_kept(sentence, token, kinds)
        if lemma in BUYERS and token.dep_ == "pobj" and token.head.lower_ == "among":
            yield from among_buyers(sentence, token, kinds)
        if lemma in kinds.purchase_nouns and token.pos_ == "NOUN":
            yield from arms_purchase(sentence, token, kinds)
        if (noun or token.pos_ == "VERB") and lemma in kinds.ban_nouns:
            yield from arms_ban(sentence, token, kinds)  # "a US ban on arms sales to Vietnam", "banned arms exports to Myanmar"
        if lemma in kinds.aid_nouns and is_military(token):
            yield from military_aid(sentence, token, kinds)
        if token.pos_ == "NOUN" and names_weapon(token, kinds):
            yield from made_weapon(sentence, token, kinds)  # "Venezuela's Russian-made fighters", "buyers of French weapons"
    yield from ranks_in_passing(sentence, kinds)
# verbs whose subject takes the object's place "as" what follows: "India has overtaken Russia as Armenia's largest supplier"
_OVERTAKE = {"overtake", "replace", "surpass", "displace", "supplant", "succeed"}


def _noun_relation(sentence: Sentence, noun: Token, kind: Kind, kinds: RelationKinds) -> Iterable[Reading]:
    """"Russia is Armenia's ally", "Poland, a member of NATO", "NATO member Poland", "partnership between A and B"."""
    holder: list[Actor] = []
    other: list[Actor] = []
    anchor = noun
    subject_token: Token | None = None
    role = noun
    while role.dep_ == "conj" and role.head.pos_ in {"NOUN", "PROPN"}:
        role = role.head  # "China's most reliable partner and ally": the second noun stands where the first does
    copula = copula_of(role)
    if copula is not None:
        anchor = copula
        subject = subject_token = child_of(copula, "nsubj") or child_of(copula, "nsubjpass") or child_of(copula, "dobj")
        # no subject of its own: "Timor-Leste, which hopes to become ASEAN's eleventh member"
        holder = subject_of(sentence, copula) if subject is None or subject.lower_ in RELATIVE | PRONOUNS else sentence.actors_of(subject)
        if not holder and subject is not None and kind.name == "member_of":
            holder = pair_named_before(sentence, subject)  # "even though both are CSTO members"
    elif role.dep_ == "appos" and not (kind.name == "arms_supplier" and noun.lower_ in ACTS):
        # (an arms sale in apposition is no seller's role: "exported missiles to the United States, its first sale of arms")
        holder = sentence.actors_of(first_conjunct(role.head))  # also "Greece, an EU and NATO member,", "member" joined to "EU"
        if kind.symmetric:  # not what the apposition's own words name: "South Africa, a BRICS member and a partner of Russia"
            holder = [a for a in holder if all(actor_key(a) != actor_key(o) for t in role.subtree for o in [sentence.actor_at(t)] if o is not None)]
    elif noun.dep_ in {"compound", "nmod"} and sentence.actor_at(noun.head):
        holder = sentence.actors_of(noun.head)  # "NATO member Poland", "EU members Estonia, Latvia and Lithuania"
    regarder: list[Actor] = []
    if role.dep_ in {"attr", "oprd"} and role.head.lemma_ in {"call", "consider", "describe", "name", "regard"}:
        # "called Russia its ally": the one called, also "considers Japan its friend and a strategic partner"
        holder = sentence.actors_of(child_of(role.head, "dobj")) or holder
    elif role.dep_ == "ccomp" and role.head.lemma_ in {"call", "consider", "describe", "name", "regard"}:
        holder = sentence.actors_of(child_of(role, "nsubj")) or holder  # the same read as a clause: "considers [Japan its friend]"
    if kind.symmetric and role.head.lemma_ in {"call", "consider", "regard"} and role.dep_ in {"attr", "oprd", "ccomp"} and not (
            child_of(role, "poss") or child_of(noun, "poss")):
        regarder = subject_of(sentence, role.head)  # "Armenia no longer considers Russia a strategic ally": Armenia's
    designated = _designated(sentence, noun, kinds) if kind.symmetric else []
    if designated:  # "Washington designated Colombia a major non-NATO ally"
        yield kind.name, designated, None, None, f"relations:designated({noun.head.lemma_.lower()})", noun.head, {}
        return
    raised = raised_to(noun) if kind.symmetric else None
    if raised is not None:
        # "Vietnam upgraded the United States to a comprehensive strategic partner"
        raised_dobj = child_of(raised, "dobj")  # or "upgraded its relationship with the United States to ..."
        partner = sentence.actors_of(raised_dobj) or (sentence.actors_of(pobj_of(raised_dobj, "with")) if raised_dobj is not None else [])
        pair = sentence.actors_of(pobj_of(raised_dobj, "between")) if raised_dobj is not None else []
        holder = pair if len(pair) >= 2 else subject_of(sentence, raised) + partner  # "elevated relations between A and B to ..."
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB" and noun.head.head.lemma_.lower() in _OVERTAKE:
        holder = subject_of(sentence, noun.head.head)  # "India has overtaken Russia as Armenia's largest arms supplier"
    elif role.dep_ == "pobj" and role.head.lower_ == "as" and role.head.head.pos_ == "VERB":
        described = role.head.head  # "described by both governments as strategic partners", "as a partner and ally"
        # (a passive's own subject first: "a resolution that Russia could no longer be treated as a strategic partner")
        holder = sentence.actors_of(child_of(described, "dobj")) or sentence.actors_of(child_of(described, "nsubjpass")) or (
            sentence.actors_of(described.head) if described.dep_ in {"acl", "relcl"} else subject_of(sentence, described))
        if kind.symmetric and child_of(described, "dobj") is not None and lemma_of(described, kinds) in kinds.regard_verbs | {"describe", "count"}:
            regarder = subject_of(sentence, described)  # "Minsk regards Moscow as a strategic partner": Minsk's partner
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and kind.symmetric:
        holder = subject_of(sentence, noun.head.head)  # "The Philippines and the United States are bound by a defence treaty"
    if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "among"}:
        one = noun.head.head  # "X is one of NATO's 32 members", "X is among the members of the EU"
        if one.lemma_ == "be" and noun.head.lower_ == "among":
            holder, anchor = subject_of(sentence, one), one
        elif one.dep_ == "attr" and one.head.lemma_ in {"be", "remain", "become"} and (one.like_num or one.lower_ in SOME):
            holder, anchor = subject_of(sentence, one.head), one.head
        elif one.dep_ == "appos" and (one.like_num or one.lower_ in SOME):
            holder = sentence.actors_of(one.head)  # "Egypt and the UAE, two of Saudi Arabia's closest allies"
        elif noun.head.lower_ == "among" and one.pos_ == "VERB" and child_of(one, "dobj") is not None:
            holder = sentence.actors_of(child_of(one, "dobj"))  # "Laos counts China and Japan among its strategic partners"
    if noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"} and (noun.head.lower_ == "as" or (
            noun.head.lower_ == "like" and any(c.lower_ == "other" for c in noun.children))):
        holder = sentence.actors_of(noun.head.head)  # "Poland, as a NATO member", "Hungary, like other members of the EU"
        if not holder and kind.symmetric and noun.head.head.lemma_.lower() in {"relationship", "relation", "tie"}:
            holder = possessor_actors(sentence, child_of(noun.head.head, "poss"))  # "A and B describe their relationship as a partnership"
    elif noun.dep_ == "pobj" and noun.head.lower_ == "like" and noun.head.head.pos_ in {"VERB", "AUX"} and any(c.lower_ == "other" for c in noun.children):
        holder = subject_of(sentence, noun.head.head)  # the same, "like" read as the verb's
    act = noun.lemma_.lower() in {"membership", "accession", "recognition", "participation"}
    if act and not holder and child_of(noun, "poss") is not None:
        holder = possessor_actors(sentence, child_of(noun, "poss"))  # "Finland's membership of NATO", "Vatican's recognition of Taiwan"
        if not holder and kind.name == "member_of":
            # "the two countries' shared membership of NATO", "Chad, whose membership of ECCAS was suspended"
            holder = pair_named_before(sentence, child_of(noun, "poss")) or whose(sentence, noun)
        if kind.name in {"member_of", "recognizes"} and (child_of(noun, "poss", "its") or child_of(noun, "poss", "their")):
            # "officials said Yerevan had suspended its membership", "officials say Togo and Burundi have withdrawn their recognition"
            holder = named_clause_subject(sentence, noun) or holder
    extra: dict[str, str] = {}
    # "are EU members but not NATO members": the second noun's own "not", and the first's body none of its own
    negated_apart = role is not noun and any(c.dep_ == "neg" for c in noun.children)
    if negated_apart:
        extra = {"polarity": "denied"}
    if not holder and kind.symmetric:
        holder = clause_holders(sentence, noun)  # "a strategic partnership the two countries have nurtured since 1998"
    gerund, gerund_polarity = gerund_holder(sentence, noun, kinds) if kind.name == "diplomatic_relations" else ([], None)
    if gerund and not holder:  # "in return for Rabat normalising relations with Israel"
        holder, extra = gerund, {"polarity": gerund_polarity} if gerund_polarity else extra
    if not holder and kind.symmetric:
        holder = lacking(sentence, noun)  # "Cairo and Tehran, without full diplomatic ties since 1980, ..."
        extra = {"polarity": "denied"} if holder else extra
    if not holder and kind.symmetric:
        holder, polarity = aside_subject(sentence, noun, kinds)  # "Russia and Ukraine, once strategic partners, ceased ..."
        extra = {"polarity": polarity} if holder else extra
    if not holder and noun.dep_ in {"nsubj", "dep"}:
        holder = _fronted(sentence, noun)  # "A NATO member since 1952, Turkey has ..."
        if holder:  # an aside: it holds whatever the clause goes on to say
            extra = {"polarity": "ended" if any(modifier_phrase(c) in kinds.ended_modifiers for c in noun.children) else "holds"}
    if not holder and kind.name == "member_of" and noun.tag_ == "NNS":
        holder = _listed_before(sentence, noun)  # "Comoros and Djibouti, both members of the Arab League"
        if holder:  # an aside: it holds whatever the clause goes on to say
            extra = {"polarity": "ended" if any(modifier_phrase(c) in kinds.ended_modifiers for c in noun.children) else "holds"}
    if not holder and kind.name == "member_of" and noun.tag_ == "NNS" and any(t.text in {"-", "–", "—", ":"} for t in noun.rights):
        # "the CSTO's six members - Armenia, Belarus, ...": the states listed after the dash
        dash = next(t for t in noun.rights if t.text in {"-", "–", "—", ":"})
        # up to the dash that closes the list: "Five EU members - A, B and C - have refused to recognise Kosovo"
        close = next((t.i for t in sentence.sent if t.i > dash.i and t.text == dash.text), sentence.sent.end)
        holder = [a for a in sentence.actors_between(dash.i + 1, close) if a.code not in STATELESS]
        extra = {"polarity": "holds"}  # the list names them as members, whatever the clause goes on to say
    listed, listing = _listed(sentence, noun)
    if not holder and noun.tag_ in {"NNS", "NNPS"} and listed:
        holder = [a for a in listed if a.code not in STATELESS]
        # the list names them whatever the clause goes on to say: "its 32 members, from A to B, would meet in July"
        extra = {"polarity": "ended" if any(modifier_phrase(c) in kinds.ended_modifiers for c in noun.children) else "holds"}
    if not holder:
        # "NATO member Romania" (Romania in apposition), "the Russian, Belarusian and Armenian members of the EAEU"
        # (or on the first of two nouns joined: "Brazil's top trading partner and strategic partner China")
        holder = [a for c in (*noun.children, *(role.children if role is not noun else ())) if c.dep_ == "appos" for a in sentence.actors_of(c)]
        if not holder and kind.name == "member_of":
            # a demonym may be parsed as a nominal modifier too: "The Polish, Czech and Slovak members"
            holder = [a for c in noun.children if c.dep_ in {"amod", "nmod"} for a in sentence.actors_of(c) if a.code not in STATELESS]
        after = noun.nbor() if noun.i + 1 < sentence.sent.end else None
        if not holder and kind.symmetric and child_of(noun, "poss") is not None and after is not None and after.pos_ == "PROPN":
            # "Russia's ally Belarus hosted the drills", where the parse makes both subjects of the verb
            named = sentence.actor_at(after)
            holder = [named] if named is not None and named.code not in STATELESS else []
            if holder:  # a title: it holds whatever the clause goes on to say ("Taipei's ally Belize will open ...")
                extra = {"polarity": "ended" if any(modifier_phrase(c) in kinds.ended_modifiers for c in noun.children) else "holds"}
    possessor = child_of(noun, "poss") or child_of(role, "poss")  # "China's partner and ally": the possessor of both
    if possessor is None and kind.symmetric and noun.dep_ == "compound" and sentence.actor_at(noun.head) is not None:
        possessor = child_of(noun.head, "poss")  # "Russia's allies Belarus, Armenia and Kazakhstan": the parse hangs it on the names
    if not holder and kind.symmetric and noun.tag_ in {"NNS", "NNPS"} and possessor is not None:
        holder = _listed_after_place(sentence, noun)  # "Washington's allies in Asia, Japan, South Korea and the Philippines,"
    owner = [] if act else possessor_actors(sentence, possessor)
    if kind.name in {"ally", "strategic_partner", "diplomatic_relations"} and noun.dep_ == "dobj" and possessor is not None and (
            possessor.lower_ in {"its", "their"}):
        owner = named_clause_subject(sentence, noun) or owner  # "Belize has suspended its relations with Israel, officials said": Belize's
    made = _made_into(noun)
    if made is not None and not holder:  # "the purchases made Beijing its second-largest arms supplier"
        role_of = noun.head.head if noun.dep_ == "pobj" else noun
        holder, anchor = sentence.actors_of(child_of(role_of, "nsubj")) or sentence.actors_of(child_of(made, "dobj")), made
        if possessor is not None and possessor.lower_ in PRONOUNS:  # "its": whose the making is
            owner = [a for a in subject_of(sentence, made) or subject_owner(sentence, made) if a.code not in STATELESS]
    # "shells for Russia to fight its war against Ukraine", "Moscow's ally in its war": who wages it, whoever the clause is about
    waging = state_waging(sentence, possessor) if kind.name == "at_war_with" and possessor is not None and possessor.lower_ in {"its", "their"} else []
    owner = waging or owner
    if not owner and kind.name == "member_of":
        owner = the_bloc(sentence, possessor, kinds)  # "welcomed Somalia as the bloc's eighth member"
    # "US sanctions", "NATO member"; a demonym before "members" names the members, not the body
    modifiers = {"compound", "nmod"} if kind.name == "member_of" else {"compound", "nmod", "amod"}
    # the modifier may sit one word further left: "US oil sanctions"
    # and before "member" only an organisation is the body: "NATO member Poland", not "the Polish members"
    bodies = STATELESS if kind.name == "member_of" else None
    compound = next((c for c in noun.lefts for c in [c, *c.lefts] if c.dep_ in modifiers and is_actor(sentence.actor_at(c), bodies)), None)
    sides = [owner, sentence.actors_of(compound)]
    # (but "a NATO partner but not a member": a member of the first's body)
    own_body = any(c.dep_ in {"compound", "nmod"} and sentence.actor_at(c) is not None for c in noun.children) or pobj_of(noun, "of") is not None
    if role is not noun and kind.name == "member_of" and is_actor(sentence.actor_at(role), STATELESS) and not (negated_apart and own_body):
        sides.append(sentence.actors_of(role))  # "an EU and NATO member": the EU too (not "a BRICS member and a partner of Russia")
    own = [p for p in ("of", "with", "to", "for", "on", "against", "from") if listing is None or p != listing.lower_]
    if kind.name == "member_of":
        own.append("in")  # "its membership in NATO", "its participation in the CSTO"
        # a list of bodies the parse joins to the noun rather than to the first: "a member of the UN, NATO or the EU"
        sides.append([a for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN" for a in sentence.actors_of(c) if a.code in STATELESS])
    sides += [actors_or_owner(sentence, pobj) for p in own for pobj in pobjs_of(noun, p)] + [regarder]
    if kind.name == "sanctions_regime":
        sides.append(imports_banned_from(sentence, noun, kinds))  # "its embargo on food imports from the EU"
        if compound is not None and not any(pobjs_of(noun, p) for p in ("on", "against")):
            sides.append(whose(sentence, noun))  # "Iran, whose United Nations sanctions were reimposed": on Iran
    if kind.name == "member_of":  # "suspended its membership of the regional bloc": the one named before
        sides += [the_bloc(sentence, pobj, kinds) for p in ("of", "in") for pobj in pobjs_of(noun, p)]
        sides += _repeated_prepositions(sentence, noun, "of")  # "a founding member of NATO and of the G7"
    if kind.symmetric and noun.dep_ == "compound":
        sides.append(sentence.actors_of(pobj_of(noun.head, "with")))  # "its strategic partnership charter with Georgia"
    # (not for members: "the four EU members that do not belong to NATO" are no NATO members)
    for clause in (c for c in noun.children if c.dep_ in {"relcl", "acl"} and not kind.symmetric and kind.name != "member_of"):
        sides += [actors_or_owner(sentence, pobj_of(clause, p)) for p in ("on", "against", "to")]  # "the sanctions it had imposed on Mali"
    if kind.name == "at_war_with":
        sides += war_sides(sentence, noun)
        if owner or sentence.actors_of(compound):
            sides.append(sentence.actors_of(pobj_of(noun, "in")))  # "Russia's war in Ukraine"
    if kind.name == "at_war_with" and any(c.lemma_.lower() in kinds.figurative_wars for c in [*(c for c in noun.children if c.dep_ in {
            "amod", "compound", "nmod"}), *(t for t in [pobj_of(noun, "of")] if t is not None)]):
        return  # "the trade war between the United States and China", "a war of words"
    setting = governing_verb(noun)
    if kind.name == "diplomatic_relations" and not any(c.lower_ == "diplomatic" for c in noun.children) and not gerund and (
            setting is None or lemma_of(setting, kinds) not in kinds.relations_verbs):
        return  # bare "relations" are diplomatic where they are set up, kept or broken, not where they are "discussed"
    if kind.name == "diplomatic_relations" and not any(c.lower_ == "diplomatic" for c in noun.children) and any(
            c.lower_ in kinds.undiplomatic_modifiers for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}):
        return  # "kept unofficial ties with Taiwan", "have had strained relations": ties of another kind, or none claimed
    if kind.name in {"recognizes", "diplomatic_relations"} and setting is not None and lemma_of(setting, kinds) in kinds.switching_verbs:
        return  # "switched its diplomatic ties to Beijing", "switched recognition to Beijing": moved (``switched_ties``)
    if kind.name == "diplomatic_relations" and raised_ties(noun, kinds):
        return  # "upgraded their ties to a strategic partnership": the partnership's reading, not a claim of relations
    if kind.name == "at_war_with" and noun.dep_ == "pobj" and noun.head.lower_ in {"at", "to"} and noun.head.head.lemma_ in {"be", "remain", "go"}:
        return  # "is at war with", "went to war": the verb's reading (``war_state``)
    if kind.name == "diplomatic_relations" and cut_short(noun, kinds) is not None:
        return  # "stopped short of cutting ties": ties kept (``ties_kept``)
    if kind.name == "at_war_with" and named_for_place(sentence, noun):
        return  # "a summit dominated by the Gaza war": a war named for its place, no side of it named
    if kind.name == "at_war_with" and noun.dep_ == "dobj" and not waging and noun.head.lemma_.lower() not in {
            "wage", "wag", "declare", "fight", "end", "win", "lose"}:
        return  # "the war" as the object of any verb ("discussed the war with Iran") is no state of war
    of_object = pobj_of(noun, "of")
    if of_object is not None:
        sides.append(sentence.actors_of(pobj_of(of_object, "to")))  # "the largest supplier of arms to Saudi Arabia"
        if kind.name == "arms_supplier":
            sides.append(sentence.actors_of(pobj_of(of_object, "for")))  # "the main source of military hardware for Venezuela"
    governing = governing_verb(noun)
    if governing is not None and noun.dep_ == "dobj":
        # the other side often hangs on the verb: "broke off diplomatic relations with Morocco", "lifted sanctions on Syria"
        prepositions = ("with", "on", "against") if kind.name == "at_war_with" else ("with",) if kind.symmetric else ("on", "against", "to")
        if (kind.name == "member_of" or listing is not None) and governing.lemma_.lower() in {"have", "count", "number"}:
            sides.append(subject_of(sentence, governing))  # "NATO has 32 members, from the United States to North Macedonia"
        for preposition in prepositions:  # "waged war on", "declared war against"
            sides.append(actors_or_owner(sentence, pobj_of(governing, preposition)))
    for actors in sides:
        for actor in actors:
            if all(actor_key(actor) != actor_key(a) for a in other + listed):
                other.append(actor)
    between = pobj_of(noun, "between") or (pobj_of(noun.head, "between") if kind.symmetric and noun.dep_ == "compound" else None)
    if between is not None:
        holder = sentence.actors_of(between)
    if len(holder) < 2 and kind.symmetric and noun.lemma_.lower() not in kinds.mutual_pacts:  # "the Russian-Iranian strategic partnership"
        holder = hyphenated(sentence, noun) or holder
    if not holder and kind.name == "diplomatic_relations" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in kinds.lasting_nouns and (marking := governing_verb(noun.head.head)) is not None):
        holder = subject_of(sentence, marking)  # "Chile and Peru marked 40 years of diplomatic relations"
    if not holder and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ in {"be", "remain"}:
        holder = sentence.actors_of(child_of(noun.head, "attr"))
    verb = governing_verb(noun)
    object_of_verb = noun.dep_ == "dobj" or (noun.dep_ == "compound" and noun.head.dep_ == "dobj") or (
        # "would apply for full membership of Mercosur" (not "vetoed its bid for membership": ``membership_bid``)
        act and noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ in {"VERB", "AUX"})
    # (not who only speaks of sanctions that name their imposer: "the ICC condemned US sanctions on its judges")
    imposed_by_name = (verb is not None and kind.name == "sanctions_regime" and compound is not None
                       and lemma_of(verb, kinds) not in ADOPTING | kinds.borne_verbs)
    if not holder and verb is not None and object_of_verb and (kind.name != "member_of" or noun.lemma_.lower() == "membership") and not imposed_by_name:
        holder = subject_of(sentence, verb)  # "Algeria broke off diplomatic relations with Morocco"
    if not holder and verb is not None and kind.name == "at_war_with" and noun.dep_ == "pobj" and (
            noun.head.lower_ in {"in", "into"} or lemma_of(verb, kinds) in kinds.ended_verbs or war_behind(noun)):
        # "Russia is locked in a war with Ukraine", "Ethiopia and Eritrea ended two decades of war",
        # "signed a peace treaty, ending the state of war between them", "after a five-day war with Georgia"
        holder = subject_of(sentence, verb)
    possessed_act = kind.name == "sanctions_regime" or (kind.name == "arms_supplier" and noun.lower_ in ACTS)
    if not holder and possessed_act and owner and any(actor_key(a) != actor_key(owner[0]) for a in other):
        # "The EU's sanctions on Russia ... have been extended", "lifted most of its sanctions on Syria",
        # "Russia's arms exports to India fell" (but "Armenia's arms supplier" is Armenia's, the receiver)
        holder, other = owner[:1], [a for a in other if actor_key(a) != actor_key(owner[0])]
    if not holder and kind.name == "arms_supplier" and noun.lower_ in ACTS:
        holder = act_seller(sentence, noun, kinds)  # "the sale of US-made jets to the UAE"
    if kind.name == "arms_supplier" and noun.lower_ in ACTS and verb is not None and noun.dep_ == "dobj" and lemma_of(verb, kinds) in kinds.ban_nouns:
        return  # "India banned arms sales to Myanmar": an embargo (``arms_ban``), no supply
    if not holder and not kind.symmetric and compound is not None and sentence.actor_at(compound) is not None:
        modifier = sentence.actor_at(compound)
        rest = [a for a in other if modifier is not None and actor_key(a) != actor_key(modifier)]
        if modifier is not None and rest and noun.head.lower_ not in {"under", "to"}:
            holder, other = [modifier], rest  # "US sanctions against Iran remain in force"
    aside = aside_of(sentence, noun.head) if noun.dep_ == "pobj" and noun.head.lower_ == "under" else []
    if aside:
        holder, other = other, aside  # "Venezuela, under US oil sanctions since 2019, ..."
    elif noun.dep_ == "pobj" and verb is not None and (noun.head.lower_ == "under" or (
            noun.head.lower_ == "to" and noun.head.head.lower_ == "subject")) and not (
            child_of(noun, "poss") is not None and any(actors_or_owner(sentence, pobj_of(noun, p)) for p in ("on", "against"))):
        # (not where the phrase names both sides: "Under Australia's sanctions on Iran, officials will face bans")
        holder, other = other, subject_owner(sentence, verb) or subject_of(sentence, verb)  # "Iran has been under US sanctions", "subject to UN sanctions"
    if kind.name == "sanctions_regime" and noun.dep_ == "dobj" and lemma_of(noun.head, kinds) in kinds.borne_verbs and holder and other:
        holder, other = other[:1], holder  # "Belarus has faced sweeping EU sanctions": the subject bears them
    urged = _urged(sentence, verb) if kind.name == "sanctions_regime" and verb is not None and noun.dep_ == "dobj" else []
    if urged and verb is not None:  # "Congo urged the EU to impose sanctions on Kigali": the EU's, if it does ("to keep": they hold)
        holder, extra = urged, {"polarity": "holds" if lemma_of(verb, kinds) in kinds.continuing_verbs else "hypothetical"}
    accused, attacked = accused_of_war(sentence, noun, kinds) if kind.name == "at_war_with" else ([], [])
    if accused and attacked:  # "Congo accuses Rwanda of waging war on its territory": Rwanda's war on Congo
        holder, other = accused, attacked
    if waging:  # the other side is the war's own ("its war in Ukraine"), not the states the clause names besides
        fought = [a for preposition in ("against", "with", "in", "on") for a in sentence.actors_of(pobj_of(noun, preposition))]
        holder, other = waging, [a for a in fought or other if actor_key(a) != actor_key(waging[0])]
    holder = [a for a in holder if all(actor_key(a) != actor_key(o) for o in other)] or holder
    if kind.symmetric and noun.dep_ == "dobj" and lemma_of(noun.head, kinds) in _URGING:
        return  # "Estonia and Latvia asked the alliance to stay": who is asked, not a relation held
    if kind.name == "ally" and copula is not None and holder and all(a.code in STATELESS for a in holder) and not child_of(noun, "poss"):
        return  # "The SCO is not a military alliance": what an organisation is, not an alliance of its own
    if kind.name in {"ally", "strategic_partner"} and (sentence.person(subject_token) or any(
            officeholder(sentence, t) for t in (possessor, noun.head if noun.dep_ == "appos" else None))):
        # "Orban is Putin's closest ally", "the governor, a valuable ally", "the Central African Republic's president, a
        # close ally of Moscow": people's allies, not states' (but the subject of "called Russia its ally" is who calls it so)
        return
    if kind.name == "ally" and (situational(noun, kinds) or the_alliance(noun)):
        return  # "Warsaw's ally in the dispute over grain", "asked the alliance to keep its troops": no alliance of the sides
    speaker = speaker_of(noun, sentence, kinds)
    why = f"relations/kinds.yml#{kind.name}.{noun.lemma_.lower()}"
    if waging and (verb is None or lemma_of(verb, kinds) not in kinds.ended_verbs):
        extra = {"polarity": "holds"}  # "never supplied weapons to Russia for its war": the war is a fact of the sentence
    if kind.name == "at_war_with" and dated(noun):
        extra = {"polarity": "ended"}  # "the 2020 war with Armenia", "fought a border war from 1998 to 2000": history
    if kind.name == "hosts_base":
        yield from base_hosted(sentence, noun, why, kinds)
        return
    if kind.name == "sanctions_regime" and joining_verb(noun, kinds) is not None:
        return  # "refused to join the bloc's sanctions on Russia": who joins whose (``joined_sanctions``)
    if kind.name == "arms_supplier" and noun.lemma_.lower() == "delivery" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "take":
        return  # "took delivery of jets from Russia": a purchase, read as one (the taker receives)
    # of arms only where they say so
    generic = {"supplier", "provider", "source", "delivery", "sale", "transfer", "shipment", "donor", "export", "licence", "license"}
    if kind.name == "arms_supplier" and noun.lemma_.lower() in generic and not about_arms(noun, kinds):
        return
    recognition_of = pobj_of(noun, "of") if kind.name == "recognizes" else None
    if recognition_of is not None:
        other = recognised_sides(sentence, recognition_of, kinds) or other  # "its recognition of the SADR": Western Sahara
    if kind.name == "recognizes" and claim_of(noun, kinds) is not None:
        return  # "recognition of Moroccan sovereignty over Western Sahara": of a claim (``claim_backed``), not of a state
    if kind.name == "ally" and any(c.lower_ == "diplomatic" for c in noun.children):
        # "Taiwan's diplomatic allies" are the states that recognise it, as the guide settles, not its military allies
        for recognised in other[:1] if len(holder) >= 1 else []:
            recognisers = [h for h in holder if actor_key(h) != actor_key(recognised)]
            yield "recognizes", recognisers, recognised, None, "relations:diplomatic-ally", anchor, extra
        return
    if kind.symmetric and holder and not other:
        # "Jordan ... has kept diplomatic relations with it since 1994", "Jordan and Egypt ... maintain relations with it"
        other = antecedent_of_it(sentence, noun, holder)
    if kind.symmetric and len(holder) == 1 and not other:
        other = antecedent_of_which(sentence, noun, holder)  # "Chile is the only neighbour with which Bolivia has no relations"
    if kind.name == "diplomatic_relations" and len(holder) <= 1 and not other:
        other = main_clause_side(sentence, noun, holder)  # "Somalia restored relations with Kenya, months after Mogadishu cut ties"
    if kind.symmetric and len(holder) == 1 and not other and speaker is not None and kind.name != "at_war_with":
        other = [speaker]  # "Kazakhstan was a reliable ally, the Kremlin said" (but who reports a war is not its other side)
    if kind.name in {"ally", "strategic_partner"} and not holder and len(other) == 1 and speaker is not None and not child_of(noun, "poss"):
        holder = [speaker]  # "Tokyo's spokesman said the alliance with the United States remained the cornerstone": Tokyo's
    bloc = sentence.actor_at(compound)
    if kind.name == "ally" and bloc is not None and bloc.code in STATELESS:
        if not names_outside(compound):  # "a major non-NATO ally" is an ally from outside NATO
            yield "member_of", holder, bloc, None, why, anchor, extra  # "The UK and France, NATO allies"
        other = [a for a in other if actor_key(a) != actor_key(bloc)]
    if kind.symmetric:
        if kind.name == "ally":  # an alliance is between states ("NATO partner" beside "ally" names no side of it)
            holder, other = [a for a in holder if a.code not in STATELESS], [a for a in other if a.code not in STATELESS]
        if not holder and owner and any(all(actor_key(a) != actor_key(o) for o in owner) for a in other):
            # "their separate alliances with the United States": the possessors are the holders, each with the other side
            holder = owner
        others = [a for a in other if all(actor_key(a) != actor_key(h) for h in holder)]
        if others_only(sentence, noun, holder, others, kinds):
            return  # "an ally of the United States and Israel": of whom the sentence does not say
        if len(holder) >= 3 and not others and (copula is not None or role.dep_ == "appos"):
            for pair in pairs(holder):  # "Mali, Burkina Faso and Niger are allies": a pair each, as the guide groups
                yield kind.name, pair, None, None, why, anchor, extra
            return
        if len(holder) >= 2 and len(others) == 1:
            for each in holder:  # "Egypt and the UAE, two of Saudi Arabia's closest allies": each with Saudi Arabia
                yield kind.name, [each, others[0]], None, None, why, anchor, extra
            return
        if len(holder) == 1 and len(others) >= 2:
            for each in others:  # "Bhutan has no diplomatic relations with China or with any permanent member ...": a pair each
                yield kind.name, [holder[0], each], None, None, why, anchor, extra
            return
        both = holder + others
        if len(both) >= 2:
            yield kind.name, both, None, None, why, anchor, extra
        return
    if kind.name == "sanctions_regime":
        # sanctions on "Chinese companies" are no sanctions on China, but those on "Myanmar's military" are on Myanmar
        other = [a for a in other if a.sector in SANCTIONED_SECTORS and a.code not in COMPANIES]
        nationalities = named_as_companies(sentence, noun, governing if noun.dep_ == "dobj" else None, kinds)
        other = [a for a in other if actor_key(a) not in nationalities]
        if holder and possessor is not None and possessor.lower_ in PRONOUNS:
            # "Washington, which began easing its own sanctions on the country": "its" is the imposer's, never the target's
            other = [a for a in other if all(actor_key(a) != actor_key(o) for o in owner)]
        if end_in_doubt(noun, kinds):
            extra = {**extra, "polarity": "holds"}  # "the embargo on China should be lifted": it holds
        holder, other = sanction_sides(holder, other, kinds)
    if kind.name == "member_of" and holder and not other:
        other = organisation_unnamed(sentence, noun)  # "... but remained a member on paper": of the one named before
    if holder:
        for target in other:  # "lifted the sanctions on Mali and Guinea": one relation a side
            yield kind.name, holder, target, None, why, anchor, extra
    if holder and kind.name == "arms_supplier":
        next_ones = runners_up(sentence, noun, anchor, holder)  # "Russia is Myanmar's main arms supplier, followed by China"
        for target in other if next_ones else []:
            yield kind.name, next_ones, target, None, "relations:supplier-runner-up", anchor, extra


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


def _urged(sentence: Sentence, verb: Token) -> list[Actor]:
    """Who is urged to do what a verb says: "the European Union" in "Congo urged the European Union to impose sanctions",
    "called on Britain to impose sanctions"."""
    if verb.dep_ != "xcomp" or child_of(verb, "aux", "to") is None or verb.head.lemma_.lower() not in _URGING:
        return []
    return [a for a in sentence.actors_of(child_of(verb.head, "dobj") or pobj_of(verb.head, "on")) if all(
        actor_key(a) != actor_key(s) for s in subject_of(sentence, verb.head))]


_URGING = {"urge", "ask", "call", "press", "push", "encourage", "lobby", "exhort", "implore"}


def _made_into(noun: Token) -> Token | None:
    """The verb "make" that makes its object what a noun says: "made Beijing its main supplier", "making Paris one of its
    main arms suppliers"."""
    role = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (noun.head.head.like_num or noun.head.head.lower_ in SOME) else noun
    return role.head if role.dep_ in {"ccomp", "oprd", "xcomp"} and role.head.lemma_.lower() == "make" else None


def _listed_after_place(sentence: Sentence, noun: Token) -> list[Actor]:
    """The states set off after a plural noun's "in" phrase, which the parse joins to the place ("allies in Asia,
    Japan, South Korea and the Philippines,", "allies in the CSTO, Kazakhstan and Tajikistan,")."""
    place = pobj_of(noun, "in")
    if place is None or place.right_edge.i + 1 >= sentence.sent.end or noun.doc[place.i + 1].text != ",":
        return []
    return [a for c in conjuncts(place) if c.i > place.i for a in [sentence.actor_at(c)] if a is not None and a.code not in STATELESS]


def _designated(sentence: Sentence, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """The state designated what a noun names and the state that designates it: "Washington designated Colombia a major
    non-NATO ally", "Tunisia, designated a major non-NATO ally by Washington," (the parse may make the designated state
    the verb's subject), "Kenya, which Washington designated an ally"; none where either is not named."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "oprd"} or lemma_of(verb, kinds) not in kinds.designation_verbs or child_of(noun, "poss") is not None:
        return []
    designator = [a for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for a in sentence.actors_of(child_of(c, "pobj"))]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != noun.i]
    subject = child_of(verb, "nsubj") or child_of(verb, "nsubjpass")
    if objects and objects[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        named, designator = sentence.actors_of(verb.head), sentence.actors_of(subject) or designator
    elif objects:
        named, designator = sentence.actors_of(objects[0]), sentence.actors_of(subject) or designator
    else:
        named = sentence.actors_of(subject)
    named = [a for a in named if a.code not in STATELESS]
    designator = [a for a in designator if all(actor_key(a) != actor_key(n) for n in named)]
    return named[:1] + designator[:1] if named and designator else []


def _listed(sentence: Sentence, noun: Token) -> tuple[list[Actor], Token | None]:
    """The actors a plural noun lists, with the word that lists them: "EU member states such as Poland and Hungary",
    "Russia's allies, including Belarus and Iran", "OPEC's 12 members, from Saudi Arabia to Venezuela"."""
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in {"including", "like"} or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)):
            return sentence.actors_of(child_of(prep, "pobj")), prep
        first = child_of(prep, "pobj")
        if prep.lower_ == "from" and first is not None and first.right_edge.i + 1 < sentence.sent.end:
            to = first.doc[first.right_edge.i + 1]  # the parse hangs "to" on the noun, the verb or "from": the word order does not change
            last = child_of(to, "pobj") if to.lower_ == "to" else None
            if last is not None:  # two ends that stand for the whole list
                return sentence.actors_of(first) + sentence.actors_of(last), prep
    return [], None


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
    passive = child_of(verb, "nsubjpass") or (child_of(verb.head, "nsubj") if verb.dep_ == "conj" and child_of(verb, "auxpass") is not None else None)
    if lemma in kinds.kinds["recognizes"].verbs and passive is not None:
        # "Kosovo is recognised by more than 100 countries, but not by Serbia, Russia or China"; "The SADR is a member of
        # the AU but is recognised by neither France nor the United States" (the subject of the clause it is joined to)
        recognised = [a for a in recognised_sides(sentence, passive, kinds) if a.code not in STATELESS]
        for by in (c for c in verb.children if c.lower_ == "by" and c.dep_ in {"agent", "prep", "conj"}):
            agent = child_of(by, "pobj")
            recognisers = sentence.actors_of(agent)
            neither = agent is not None and any(c.lower_ == "neither" for c in agent.children)  # a determiner, or a preconjunction
            polarity = "denied" if neither or any(c.dep_ == "neg" for c in by.children) else polarity_of(verb, kinds)
            for entity in recognised if recognisers else []:  # "Abkhazia and South Ossetia are recognised by Russia": one each
                yield "recognizes", recognisers, entity, None, "relations:recognised-by", verb, {"polarity": polarity}
    if lemma in kinds.kinds["recognizes"].verbs:
        subjects = members_named(sentence, quantified(sentence, subject_token, members) or subject)
        if subjects:  # (not the states "along with" alone, where the subject is not read)
            subjects = subjects + [a for a in along_with(sentence, verb) if all(actor_key(a) != actor_key(s) for s in subjects)]
        dobj = child_of(verb, "dobj")
        as_word = next((c for c in verb.children if c.lower_ == "as"), None) or (
            next((c for c in dobj.children if c.lower_ == "as"), None) if dobj is not None else None)
        as_pobj = child_of(as_word, "pobj") if as_word is not None else None
        state = whole_state(sentence, as_pobj, subject, kinds)
        if not state and as_word is not None:
            state = [a for c in as_word.children if c.pos_ == "ADJ" for a in sentence.actors_of(c)]  # "recognise Crimea as Russian"
        claims = kinds.kinds["recognizes_territory"].objects
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
        if dobj is not None and state:
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
        if child_of(verb, "nsubjpass") is not None or passive_conj:
            into = sentence.actors_of(pobj_of(verb, "to")) or sentence.actors_of(pobj_of(verb, "into")) or the_bloc(sentence, pobj_of(verb, "to"), kinds)
            admitting = into[0] if into and into[0].code in STATELESS else None
            admitted = [a for a in subject if a.code not in STATELESS]
        if admitting is not None and admitted:
            yield "member_of", admitted, admitting, None, f"relations:admitted({lemma})", verb, {}
    taken = child_of(verb, "dobj")
    if lemma in kinds.buy_verbs or (lemma == "take" and taken is not None and taken.lemma_.lower() == "delivery"):
        yield from bought(sentence, verb, lemma, subject, kinds)  # "took delivery of its first frigate from France"
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
        organisation += [a for actors in _repeated_prepositions(sentence, verb, "to") for a in actors]  # "belongs to NATO and to the EEA"
        # a second body left without its verb: "joined NATO in 1999 and the European Union in 2004"
        organisation += [a for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" for a in sentence.actors_of(c) if a.code in STATELESS]
        founders = [a for a in subject if a.code not in STATELESS] or (_listed_before(sentence, subject_token) if subject_token is not None else [])
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
        ranked = subject
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
            # a rank that drops or slips has moved, not ended
            polarity = "holds" if polarity_of(verb, kinds) == "ended" else polarity_of(verb, kinds)
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
        yield from armed_by(sentence, verb, lemma)
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
        yield from share_supplied(sentence, verb, subject, kinds)
        yield from supplying_as_modifier(sentence, verb, lemma, kinds)
    if lemma in BUILDING:
        yield from built_for(sentence, verb, subject, kinds)
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
    if lemma in kinds.superlative_verbs:
        yield from superlative(sentence, verb, subject, kinds)
    if lemma in kinds.place_verbs:
        yield from held_place(sentence, verb, subject, kinds)
    if lemma in kinds.kinds["ranked"].verbs and verb.dep_ == "amod":
        yield from placed_before(sentence, verb, kinds)
    if lemma in kinds.outside_verbs:
        yield from kept_out(sentence, verb, lemma, subject, kinds)
    if lemma in kinds.suspending_verbs:
        yield from suspended(sentence, verb, subject, kinds)
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
        for relation, subjects, obj, value, why, anchor, extra in _noun_relation(sentence, noun, kinds.kinds["member_of"], kinds):
            if polarity_of(anchor, kinds) == "holds":
                yield relation, subjects, obj, value, why, anchor, {**extra, "polarity": "hypothetical"}
        return
    accession = next((c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() == "accession"), None)
    if accession is None:
        return
    # (the actors stage may take the noun into the organisation's name: "EU accession negotiations")
    named = [a for c in (noun, *noun.children, *accession.children) if c is noun or c.dep_ in {"compound", "nmod", "amod"} for a in sentence.actors_of(c)]
    named += sentence.actors_of(pobj_of(noun, "with")) + sentence.actors_of(pobj_of(noun, "to"))
    organisation = next((a for a in named if a.code in STATELESS), None)
    states = [a for a in named + possessor_actors(sentence, child_of(noun, "poss")) if a.code not in STATELESS]
    if not states:
        verb = governing_verb(noun)
        states = [a for a in (subject_of(sentence, verb) if verb is not None else []) if a.code not in STATELESS]
    if organisation is not None and states:
        yield "member_of", states, organisation, None, f"relations:candidacy({noun.lemma_.lower()})", noun, {"polarity": "hypothetical"}


def _repeated_prepositions(sentence: Sentence, word: Token, preposition: str) -> list[list[Actor]]:
    """The organisations named after a preposition said again, which the parse hangs on the word beside the first, or
    joins to the first preposition: "a founding member of NATO and of the G7", "belongs to NATO and to the EEA"."""
    said = [c for c in word.children if c.dep_ == "prep" and c.lower_ == preposition]
    again = said[1:] + [c for p in said[:1] for c in conjuncts(p) if c.lower_ == preposition]
    return [[a for a in sentence.actors_of(child_of(p, "pobj")) if a.code in STATELESS] for p in again]


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
