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
"""
from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..actors import ActorMention
from ..actors.lexicon import ActorEntry
from ..records import Actor, Relation
from .kinds import Kind, RelationKinds
from .polarity import MODALS, declined, modifier_phrase, polarity_of, refuses, validity
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
    among_verb,
    appositive_of,
    aside_of,
    builtin_meanings,
    child_of,
    clause_verb,
    conjuncts,
    copula_of,
    described_actors,
    first_conjunct,
    governing_verb,
    is_actor,
    lemma_of,
    name_in,
    name_meanings,
    named_clause_subject,
    names_outside,
    organisation_named_before,
    pobj_of,
    pobjs_of,
    possessor_actors,
    proper_phrase,
    speaker_of,
    subject_of,
    subject_owner,
    the_bloc,
    the_country,
    whose,
)

if TYPE_CHECKING:
    from .model import RelationModel


_ATTACK_NOUNS = {"attack", "threat", "aggression", "assault", "invasion"}
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


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
        ruled = [relation for reading in _read_sentence(sentence, kinds, members)
                 if (relation := _record(reading, sentence, index, doc_id, published, kinds, members)) is not None]
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
    claim = relation == "recognizes_territory"  # "Moscow recognises the four regions as part of Russia"
    if not subjects or (obj is not None and not claim and all(actor_key(s) == actor_key(obj) for s in subjects)):
        return None
    if relation == "member_of":
        if obj is None or obj.code not in STATELESS:
            return None  # a state is part of a state ("Crimea is part of Ukraine") only as territory
        subjects = subjects + _alongside(sentence, anchor, subjects, obj)
        members.setdefault(actor_key(obj), []).extend(s for s in subjects if s.code not in STATELESS)
    sent = sentence.sent
    polarity = extra.get("polarity") or polarity_of(anchor, kinds)
    speaker = speaker_of(anchor, sentence, kinds)
    according = extra.get("according_to") or (actor_key(speaker) if speaker else None)
    valid_from, valid_to = validity(sent, anchor, polarity, published)
    key = f"{doc_id}|{index}|{relation}|{sorted(actor_key(s) for s in subjects)}|{obj and actor_key(obj)}|{value}"
    if polarity != "holds":  # "left the AU in 1984 and rejoined it in 2017": two assertions (ids of holding ones unchanged)
        key += f"|{polarity}"
    if confidence is None:
        confidence = 0.6 if polarity == "holds" else 0.5
    return Relation(
        relation_id=hashlib.sha1(key.encode()).hexdigest()[:16], relation=relation, subjects=subjects, object=obj,
        value=value, according_to=according, polarity=polarity, doc_id=doc_id, sentence_index=index,
        sentence=sent.text.strip(), date_published=published, confidence=confidence,
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
            yield from _noun_relation(sentence, token, kind, kinds)
            if kind.name == "sanctions_regime":
                yield from _sanctions_batch(sentence, token, kinds)
                yield from _joined_sanctions(sentence, token, kinds)
                yield from _imposed_which(sentence, token, kinds)
        if lemma in kinds.groupings:
            yield from _member_list(sentence, token)
        if _member_countries(sentence, token):  # "the only EU countries that ...": "EU countries" are EU members
            yield from _noun_relation(sentence, token, kinds.kinds["member_of"], kinds)
        if noun and lemma in kinds.candidacy_nouns:
            yield from _candidacy(sentence, token, kinds)
        if noun and lemma in kinds.bid_nouns:
            yield from _membership_bid(sentence, token, kinds)
        if lemma == "be" and token.dep_ in {"advcl", "conj"}:
            yield from _membership_elided(sentence, token, kinds)
        if noun and lemma in kinds.peer_nouns:
            yield from _partners_in(sentence, token, kinds)
        if token.pos_ == "NOUN" and lemma in COUNTRY_NOUNS:
            yield from _non_member(sentence, token)
            yield from _members_but(sentence, token)
        if lemma in kinds.invitation_words:
            yield from _invited(sentence, token, kinds)
        if token.lower_ in COUNTRY_NOUNS:
            yield from _title_misparsed(sentence, token, kinds)
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
            yield from _recognition_in_words(sentence, token, kinds)
        if lemma in _ATTACK_NOUNS:
            yield from _collective_defense(sentence, token, kinds)
        if lemma in _BACKING or (token.pos_ == "VERB" and refuses(token, kinds)):
            yield from _claim_backed(sentence, token, kinds)
        if noun and lemma in kinds.mutual_pacts:
            yield from _mutual_pact(sentence, token, kinds)
        if lemma in kinds.kinds["hosts_base"].objects or token.lower_ in kinds.kinds["hosts_base"].objects:
            yield from _troops(sentence, token, kinds)
        if lemma in _BUYERS and token.dep_ == "pobj" and token.head.lower_ == "among":
            yield from _among_buyers(sentence, token, kinds)
        if lemma in kinds.purchase_nouns and token.pos_ == "NOUN":
            yield from _purchase(sentence, token, kinds)
        if lemma in kinds.aid_nouns and _military(token):
            yield from _military_aid(sentence, token, kinds)
        if token.pos_ == "NOUN" and _weapon(token, kinds):
            yield from _made_weapon(sentence, token, kinds)  # "Venezuela's Russian-made fighters", "buyers of French weapons"
    yield from _ranks_in_passing(sentence, kinds)
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
    elif role.dep_ == "appos":
        holder = sentence.actors_of(first_conjunct(role.head))  # also "Greece, an EU and NATO member,", "member" joined to "EU"
    elif noun.dep_ in {"compound", "nmod"} and sentence.actor_at(noun.head):
        holder = sentence.actors_of(noun.head)  # "NATO member Poland", "EU members Estonia, Latvia and Lithuania"
    if role.dep_ in {"attr", "oprd"} and role.head.lemma_ in {"call", "consider", "describe", "name", "regard"}:
        # "called Russia its ally": the one called, also "considers Japan its friend and a strategic partner"
        holder = sentence.actors_of(child_of(role.head, "dobj")) or holder
    elif role.dep_ == "ccomp" and role.head.lemma_ in {"call", "consider", "describe", "name", "regard"}:
        holder = sentence.actors_of(child_of(role, "nsubj")) or holder  # the same read as a clause: "considers [Japan its friend]"
    designated = _designated(sentence, noun, kinds) if kind.symmetric else []
    if designated:  # "Washington designated Colombia a major non-NATO ally"
        yield kind.name, designated, None, None, f"relations:designated({noun.head.lemma_.lower()})", noun.head, {}
        return
    regarder: list[Actor] = []
    raised = _raised_to(noun) if kind.symmetric else None
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
        holder = sentence.actors_of(child_of(described, "dobj")) or (
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
        if kind.name == "member_of" and (child_of(noun, "poss", "its") or child_of(noun, "poss", "their")):
            holder = named_clause_subject(sentence, noun) or holder  # "officials said Yerevan had suspended its membership"
    extra: dict[str, str] = {}
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
        holder = [a for c in noun.children if c.dep_ == "appos" for a in sentence.actors_of(c)]
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
    made = _made_into(noun)
    if made is not None and not holder:  # "the purchases made Beijing its second-largest arms supplier"
        role_of = noun.head.head if noun.dep_ == "pobj" else noun
        holder, anchor = sentence.actors_of(child_of(role_of, "nsubj")) or sentence.actors_of(child_of(made, "dobj")), made
        if possessor is not None and possessor.lower_ in PRONOUNS:  # "its": whose the making is
            owner = [a for a in subject_of(sentence, made) or subject_owner(sentence, made) if a.code not in STATELESS]
    # "shells for Russia to fight its war against Ukraine", "Moscow's ally in its war": who wages it, whoever the clause is about
    waging = _waging(sentence, possessor) if kind.name == "at_war_with" and possessor is not None and possessor.lower_ in {"its", "their"} else []
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
    if role is not noun and is_actor(sentence.actor_at(role), STATELESS):
        sides.append(sentence.actors_of(role))  # "an EU and NATO member": the EU too
    own = [p for p in ("of", "with", "to", "for", "on", "against", "from") if listing is None or p != listing.lower_]
    if kind.name == "member_of":
        own.append("in")  # "its membership in NATO", "its participation in the CSTO"
        # a list of bodies the parse joins to the noun rather than to the first: "a member of the UN, NATO or the EU"
        sides.append([a for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN" for a in sentence.actors_of(c) if a.code in STATELESS])
    sides += [actors_or_owner(sentence, pobj) for p in own for pobj in pobjs_of(noun, p)] + [regarder]
    if kind.name == "sanctions_regime":
        sides.append(_imports_banned_from(sentence, noun, kinds))  # "its embargo on food imports from the EU"
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
        sides += _war_sides(sentence, noun)
        if owner or sentence.actors_of(compound):
            sides.append(sentence.actors_of(pobj_of(noun, "in")))  # "Russia's war in Ukraine"
    if kind.name == "at_war_with" and any(c.lemma_.lower() in kinds.figurative_wars for c in [*(c for c in noun.children if c.dep_ in {
            "amod", "compound", "nmod"}), *(t for t in [pobj_of(noun, "of")] if t is not None)]):
        return  # "the trade war between the United States and China", "a war of words"
    setting = governing_verb(noun)
    if kind.name == "diplomatic_relations" and not any(c.lower_ == "diplomatic" for c in noun.children) and (
            setting is None or lemma_of(setting, kinds) not in kinds.relations_verbs):
        return  # bare "relations" are diplomatic where they are set up, kept or broken, not where they are "discussed"
    if kind.name == "diplomatic_relations" and _raised_ties(noun, kinds):
        return  # "upgraded their ties to a strategic partnership": the partnership's reading, not a claim of relations
    if kind.name == "at_war_with" and noun.dep_ == "pobj" and noun.head.lower_ in {"at", "to"} and noun.head.head.lemma_ in {"be", "remain", "go"}:
        return  # "is at war with", "went to war": the verb's reading (``_war_state``)
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
        holder = _hyphenated(sentence, noun) or holder
    if not holder and kind.name == "diplomatic_relations" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in kinds.lasting_nouns and (marking := governing_verb(noun.head.head)) is not None):
        holder = subject_of(sentence, marking)  # "Chile and Peru marked 40 years of diplomatic relations"
    if not holder and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ in {"be", "remain"}:
        holder = sentence.actors_of(child_of(noun.head, "attr"))
    verb = governing_verb(noun)
    object_of_verb = noun.dep_ == "dobj" or (noun.dep_ == "compound" and noun.head.dep_ == "dobj") or (
        # "would apply for full membership of Mercosur" (not "vetoed its bid for membership": ``_membership_bid``)
        act and noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ in {"VERB", "AUX"})
    # (not who only speaks of sanctions that name their imposer: "the ICC condemned US sanctions on its judges")
    imposed_by_name = (verb is not None and kind.name == "sanctions_regime" and compound is not None
                       and lemma_of(verb, kinds) not in _ADOPTING | kinds.borne_verbs)
    if not holder and verb is not None and object_of_verb and (kind.name != "member_of" or noun.lemma_.lower() == "membership") and not imposed_by_name:
        holder = subject_of(sentence, verb)  # "Algeria broke off diplomatic relations with Morocco"
    if not holder and verb is not None and kind.name == "at_war_with" and noun.dep_ == "pobj" and (
            noun.head.lower_ in {"in", "into"} or lemma_of(verb, kinds) in kinds.ended_verbs):
        # "Russia is locked in a war with Ukraine", "Ethiopia and Eritrea ended two decades of war",
        # "signed a peace treaty, ending the state of war between them"
        holder = subject_of(sentence, verb)
    acts = {"export", "exports", "sale", "sales", "delivery", "deliveries", "supplies", "transfer", "transfers", "shipment", "shipments"}
    possessed_act = kind.name == "sanctions_regime" or (kind.name == "arms_supplier" and noun.lower_ in acts)
    if not holder and possessed_act and owner and any(actor_key(a) != actor_key(owner[0]) for a in other):
        # "The EU's sanctions on Russia ... have been extended", "lifted most of its sanctions on Syria",
        # "Russia's arms exports to India fell" (but "Armenia's arms supplier" is Armenia's, the receiver)
        holder, other = owner[:1], [a for a in other if actor_key(a) != actor_key(owner[0])]
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
    if waging:  # the other side is the war's own ("its war in Ukraine"), not the states the clause names besides
        fought = [a for preposition in ("against", "with", "in", "on") for a in sentence.actors_of(pobj_of(noun, preposition))]
        holder, other = waging, [a for a in fought or other if actor_key(a) != actor_key(waging[0])]
    holder = [a for a in holder if all(actor_key(a) != actor_key(o) for o in other)] or holder
    if kind.name == "ally" and copula is not None and holder and all(a.code in STATELESS for a in holder) and not child_of(noun, "poss"):
        return  # "The SCO is not a military alliance": what an organisation is, not an alliance of its own
    if kind.name in {"ally", "strategic_partner"} and any(sentence.person(t) for t in (possessor, subject_token, noun.head if noun.dep_ == "appos" else None)):
        return  # "Orban is Putin's closest ally", "the governor, a valuable ally": people's allies, not states'
    speaker = speaker_of(noun, sentence, kinds)
    why = f"relations/kinds.yml#{kind.name}.{noun.lemma_.lower()}"
    if waging and (verb is None or lemma_of(verb, kinds) not in kinds.ended_verbs):
        extra = {"polarity": "holds"}  # "never supplied weapons to Russia for its war": the war is a fact of the sentence
    if kind.name == "at_war_with" and _dated(noun):
        extra = {"polarity": "ended"}  # "the 2020 war with Armenia", "fought a border war from 1998 to 2000": history
    if kind.name == "hosts_base":
        yield from _base(sentence, noun, why, kinds)
        return
    if kind.name == "sanctions_regime" and _joining_verb(noun, kinds) is not None:
        return  # "refused to join the bloc's sanctions on Russia": who joins whose (``_joined_sanctions``)
    if kind.name == "arms_supplier" and noun.lemma_.lower() == "delivery" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "take":
        return  # "took delivery of jets from Russia": a purchase, read as one (the taker receives)
    generic = {"supplier", "provider", "source", "delivery", "sale", "transfer", "shipment", "donor"}  # of arms only where they say so
    if kind.name == "arms_supplier" and noun.lemma_.lower() in generic and not _about_arms(noun, kinds):
        return
    recognition_of = pobj_of(noun, "of") if kind.name == "recognizes" else None
    if recognition_of is not None:
        other = _recognised(sentence, recognition_of, kinds) or other  # "its recognition of the SADR": Western Sahara
    if kind.name == "recognizes" and _claim_of(noun, kinds) is not None:
        return  # "recognition of Moroccan sovereignty over Western Sahara": of a claim (``_claim_backed``), not of a state
    if kind.name == "ally" and any(c.lower_ == "diplomatic" for c in noun.children):
        # "Taiwan's diplomatic allies" are the states that recognise it, as the guide settles, not its military allies
        for recognised in other[:1] if len(holder) >= 1 else []:
            recognisers = [h for h in holder if actor_key(h) != actor_key(recognised)]
            yield "recognizes", recognisers, recognised, None, "relations:diplomatic-ally", anchor, extra
        return
    if kind.symmetric and len(holder) == 1 and not other:
        other = _antecedent_of_it(sentence, noun, holder)  # "Jordan ... has kept diplomatic relations with it since 1994"
    if kind.symmetric and len(holder) == 1 and not other:
        other = _antecedent_of_which(sentence, noun, holder)  # "Chile is the only neighbour with which Bolivia has no relations"
    if kind.symmetric and len(holder) == 1 and not other and speaker is not None and kind.name != "at_war_with":
        other = [speaker]  # "Kazakhstan was a reliable ally, the Kremlin said" (but who reports a war is not its other side)
    if kind.name in {"ally", "strategic_partner"} and not holder and len(other) == 1 and speaker is not None and not child_of(noun, "poss"):
        holder = [speaker]  # "Tokyo's spokesman said the alliance with the United States remained the cornerstone": Tokyo's
    bloc = sentence.actor_at(compound)
    if kind.name == "ally" and bloc is not None and bloc.code in STATELESS:
        if not names_outside(compound):  # "a major non-NATO ally" is an ally from outside NATO
            yield "member_of", holder, bloc, None, why, anchor, {}  # "The UK and France, NATO allies"
        other = [a for a in other if actor_key(a) != actor_key(bloc)]
    if kind.symmetric:
        others = [a for a in other if all(actor_key(a) != actor_key(h) for h in holder)]
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
        other = [a for a in other if a.sector in _SANCTIONED_SECTORS and a.code not in _COMPANIES]
        holder, other = _sanction_sides(holder, other, kinds)
    if holder:
        for target in other:  # "lifted the sanctions on Mali and Guinea": one relation a side
            yield kind.name, holder, target, None, why, anchor, extra


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


def _sanctioned(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
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
    else:
        imposers, targeted = subject, child_of(verb, "dobj")
    while targeted is not None and not sentence.actors_of(targeted) and pobj_of(targeted, "of") is not None:
        targeted = pobj_of(targeted, "of")  # "dozens of Iranian officials"
    targets = [a for a in (subject_of(sentence, verb) if targeted is not None and targeted.lower_ in RELATIVE else actors_or_owner(sentence, targeted))
               if a.sector in _SANCTIONED_SECTORS and a.code not in _COMPANIES]
    imposers, targets = _sanction_sides(imposers, targets, kinds)
    for target in targets if imposers else []:
        yield "sanctions_regime", imposers, target, None, f"relations:sanctioned({lemma})", verb, extra


def _imports_banned_from(sentence: Sentence, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """The states whose goods a ban on imports shuts out are its targets: "Russia extended its embargo on food imports
    from the European Union, the United States and Norway"."""
    imports = pobj_of(noun, "on")
    if imports is None or imports.lemma_.lower() not in kinds.purchase_nouns:
        return []
    return [a for a in sentence.actors_of(pobj_of(imports, "from")) if a.code not in _COMPANIES]


def _sanction_sides(holder: list[Actor], other: list[Actor], kinds: RelationKinds) -> tuple[list[Actor], list[Actor]]:
    """The sides of sanctions without the organisation of a membership phrase that only describes a state ("Turkey,
    a NATO member ..., has been under US sanctions"), and without the imposers among the targets ("ended their embargo
    on Qatar": "their" is the imposers')."""
    member = kinds.kinds["member_of"]

    def described(actor: Actor) -> bool:
        last = actor.text.split()[-1].lower() if actor.text else ""
        return actor.code in STATELESS and any(member in (k for k, _ in kinds.noun_kinds(word)) for word in (last, last.removesuffix("s")))

    holder = [a for a in holder if not described(a)] or holder
    return holder, [a for a in other if not described(a) and all(actor_key(a) != actor_key(h) for h in holder)]


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


_SANCTIONED_SECTORS = {None, "GOV", "MIL"}  # the parts of a state whose sanctions are the state's
_COMPANIES = {"MNC"}  # sanctions on Rosneft are no sanctions regime between states


def _sanctions_batch(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
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
        if actor.sector in _SANCTIONED_SECTORS and all(actor_key(actor) != actor_key(t) for t in targets):
            targets.append(actor)
    owner = child_of(batch, "poss") or child_of(noun, "poss")
    holders = possessor_actors(sentence, owner) or the_bloc(sentence, owner, kinds)  # "held up the bloc's sanctions packages"
    verb = governing_verb(batch)
    if not holders and verb is not None and batch.dep_ == "dobj" and lemma_of(verb, kinds) in _ADOPTING:
        holders = subject_of(sentence, verb)  # (not who "held up the bloc's sanctions packages")
    holders = [h for h in holders if all(actor_key(h) != actor_key(t) for t in targets)]
    for target in targets if holders else []:
        yield "sanctions_regime", holders, target, None, f"relations:sanctions-batch({batch.lemma_.lower()})", batch, {}


def _imposed_which(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Sanctions whose imposer a relative clause names, on the noun or on the target the parse hangs it on: "the arms
    embargo on Libya, which the Security Council imposed in 2011", "the sanctions on Syria, which Washington imposed"."""
    target_token = pobj_of(noun, "on") or pobj_of(noun, "against")
    targets = [a for a in actors_or_owner(sentence, target_token) if a.sector in _SANCTIONED_SECTORS]
    clauses = [c for t in (noun, target_token) if t is not None for c in t.children if c.dep_ == "relcl"]
    clause = next((c for c in clauses if lemma_of(c, kinds) in _ADOPTING and (child_of(c, "dobj") or c).lower_ in {"which", "that"}), None)
    if clause is None or not targets:
        return
    imposers = sentence.actors_of(child_of(clause, "nsubj"))
    imposers = [a for a in imposers if all(actor_key(a) != actor_key(t) for t in targets)]
    if imposers and not child_of(noun, "poss") and not any(c.dep_ in {"compound", "nmod", "amod"} and sentence.actor_at(c) for c in noun.children):
        yield "sanctions_regime", imposers[:1], targets[0], None, f"relations:imposed-which({clause.lemma_.lower()})", noun, {}


def _joining_verb(noun: Token, kinds: RelationKinds) -> Token | None:
    """The verb by which a state takes up sanctions others impose: "joined the EU's sanctions", "has matched most of the
    bloc's sanctions", "aligned itself with US sanctions"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"of", "with"}:
        head = head.head.head if head.lower_ == "of" and head.head.lemma_.lower() in _SHARES else head.head  # "all of the bloc's sanctions"
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and lemma_of(head, kinds) in kinds.joining_verbs else None


def _joined_sanctions(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Sanctions a state joins are its own on the target, as its verb says ("Serbia has refused to join the bloc's
    sanctions against Russia": denied); those of an owner named as such hold whatever the joiner does."""
    verb = _joining_verb(noun, kinds)
    if verb is None:
        return
    targets = [a for p in ("on", "against") for a in actors_or_owner(sentence, pobj_of(noun, p)) if a.sector in _SANCTIONED_SECTORS]
    owner = child_of(noun, "poss")
    owners = [] if owner is None or owner.lower_ in PRONOUNS else possessor_actors(sentence, owner) or the_bloc(sentence, owner, kinds)
    joiners = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
    why = f"relations:joined-sanctions({verb.lemma_.lower()})"
    for target in targets[:1]:
        if joiners and all(actor_key(j) != actor_key(target) for j in joiners):
            yield "sanctions_regime", joiners, target, None, why, verb, {}
        if owners and actor_key(owners[0]) != actor_key(target):
            yield "sanctions_regime", owners[:1], target, None, why, noun, {"polarity": "holds"}


def _raised_to(noun: Token) -> Token | None:
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


def _waging(sentence: Sentence, its: Token) -> list[Actor]:
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


def _antecedent_of_which(sentence: Sentence, noun: Token, holder: list[Actor]) -> list[Actor]:
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


def _raised_ties(ties: Token, kinds: RelationKinds) -> bool:
    """Whether ties are raised to a relation of another name ("upgraded their ties to a comprehensive strategic
    partnership", "elevated relations to an alliance"), where the parse hangs "to" on the verb or on the ties."""
    if ties.dep_ != "dobj":
        return False
    raised = pobj_of(ties.head, "to") or pobj_of(ties, "to")
    return raised is not None and any(kind.name != "diplomatic_relations" for kind, _ in kinds.noun_kinds(raised.lemma_.lower()))


def _antecedent_of_it(sentence: Sentence, noun: Token, holder: list[Actor]) -> list[Actor]:
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


_BACKING = {"recognition", "backing", "support", "endorsement", "back", "endorse"}


def _claim_of(act: Token, kinds: RelationKinds) -> Token | None:
    """The claim an act of recognition or backing is of: "recognition of Moroccan sovereignty", "backing for", "backed
    Moroccan sovereignty"."""
    claim = child_of(act, "dobj") if act.pos_ == "VERB" else (pobj_of(act, "of") or pobj_of(act, "for"))
    return claim if claim is not None and claim.lemma_.lower() in kinds.kinds["recognizes_territory"].objects else None


def _claim_backed(sentence: Sentence, act: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's claim to a territory recognised or backed by another, as a noun or a verb: "Israel's recognition of
    Moroccan sovereignty over Western Sahara", "the US recognition of Israeli sovereignty over the Golan Heights",
    "France backed Moroccan sovereignty over Western Sahara"; a claim refused is denied ("Algeria rejects Moroccan
    sovereignty over Western Sahara"). A recognition named as a noun is a fact of the sentence, whatever its verb goes
    on to say ("has not been reversed")."""
    refused = act.pos_ == "VERB" and refuses(act, kinds)
    claim = _claim_of(act, kinds) if act.lemma_.lower() in _BACKING or refused else None
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


def _recognition_in_words(sentence: Sentence, word: Token, kinds: RelationKinds) -> Iterable[Reading]:
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


def _along_with(sentence: Sentence, verb: Token) -> list[Actor]:
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


def _recognised_each(sentence: Sentence, verb: Token, subjects: list[Actor], recognised: Token,
                     kinds: RelationKinds) -> Iterable[Reading]:
    """Each state or breakaway entity a verb of recognition names, one relation each: "recognised Abkhazia and South
    Ossetia", "the breakaway regions of Abkhazia and South Ossetia", "the independence of A and B", "Kosovo's
    declaration of independence"; the state a name names where the actors stage read it as a movement ("the Sahrawi
    Arab Democratic Republic": Western Sahara); "Somaliland, which Ethiopia recognised"."""
    if recognised.lower_ in RELATIVE and verb.dep_ == "relcl":
        recognised = verb.head
    for entity in _recognised(sentence, recognised, kinds):
        yield "recognizes", subjects, entity, None, "relations/kinds.yml#recognizes", verb, {}


def _recognised(sentence: Sentence, recognised: Token, kinds: RelationKinds) -> list[Actor]:
    """The states or breakaway entities a phrase of recognition names (``_recognised_each``)."""
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


def _whole(sentence: Sentence, part: Token | None, subject: list[Actor], kinds: RelationKinds) -> list[Actor]:
    """The state a predicate makes a territory part of: "part of Azerbaijan", "part of its territory", "Spain's
    sovereign territory", "Russian territory", "as Russian"."""
    if part is None:
        return []
    parts = kinds.territory_nouns
    if part.lemma_.lower() in parts:
        whole = pobj_of(part, "of")
        if whole is not None:
            return _whole(sentence, whole, subject, kinds) if whole.lemma_.lower() in parts else sentence.actors_of(whole)
        owner = child_of(part, "poss")
        if owner is not None:
            return subject if owner.lower_ in PRONOUNS else sentence.actors_of(owner)
        return [a for c in part.children if c.dep_ in {"amod", "compound", "nmod"} for a in sentence.actors_of(c)]
    if part.pos_ in {"ADJ", "PROPN"} and not list(part.children):
        return [a for a in sentence.actors_of(part) if a.code not in STATELESS]  # "recognise Crimea as Russian"
    return sentence.actors_of(pobj_of(part, "of"))  # "Jerusalem as the capital of Israel"


def _war_sides(sentence: Sentence, war: Token) -> list[list[Actor]]:
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


def _dated(war: Token) -> bool:
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


def _base(sentence: Sentence, noun: Token, why: str, kinds: RelationKinds) -> Iterable[Reading]:
    """"the Russian military base in Gyumri, Armenia", "Djibouti hosts bases of the US and France", "X is home to Russia's base"."""
    if noun.dep_ in {"dobj", "nsubjpass"} and _ends_base(noun.head, kinds):
        return  # "closed the US base in Manta": the base's end (``_base_handed_back``)
    owners = [a for c in noun.children if c.dep_ in {"amod", "compound", "poss"} for a in sentence.actors_of(c)]
    owners += sentence.actors_of(pobj_of(noun, "of"))
    hosts = _place(sentence, pobj_of(noun, "in"))
    verb = governing_verb(noun)
    aside = None
    if not hosts and noun.head.lower_ == "to" and noun.head.head.lower_ == "home" and noun.head.head.dep_ == "appos":
        aside = noun.head.head
        hosts = appositive_of(sentence, aside)  # "Kyrgyzstan, home to a Russian air base, ..." (holds whatever the clause says)
    if not hosts and noun.head.lower_ == "to" and noun.head.head.lower_ == "home" and noun.head.head.dep_ in {"advmod", "conj"} and (
            noun.head.head.head.pos_ in {"NOUN", "PROPN"}):
        aside = noun.head.head
        hosts = _named_before(sentence, aside)  # "Tajikistan, which ..., and Kyrgyzstan, home to a Russian air base, ..."
    if not hosts and verb is not None and (verb.lemma_.lower() in {"host", "house"} or (
            noun.head.lower_ == "to" and noun.head.head.lower_ == "home")):
        hosts = subject_of(sentence, verb)
    if not hosts and verb is not None and verb.dep_ == "relcl" and verb.lemma_.lower() in {"host", "house"}:
        hosts = _described_afar(sentence, verb.head)  # "Djibouti, a country of a million people that hosts bases of ..."
    if not hosts and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in {"host", "house"}:
        # "Djibouti hosts French, American, ... bases" with "hosts" read as a noun
        hosts = [a for c in noun.head.children if c.dep_ == "compound" for a in sentence.actors_of(c)]
    if not hosts and not aside:
        hosts, aside = _own_soil(sentence, noun, kinds)  # "wants a permanent American base on its soil"
    if not hosts:
        hosts = _named_base_host(sentence, noun)  # "Kosovo hosts Camp Bondsteel, one of the largest US bases"
    # (not forces listed after the place: "a French base in Abu Dhabi, and US aircraft operate ...")
    hosts = [a for a in hosts if a.sector != "MIL"] or hosts
    if noun.dep_ in {"dobj", "attr"} and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        aside = noun  # "Panama has hosted no US bases since 1999": its polarity is the noun's (ended, with "since")
    if verb is not None and verb.lemma_.lower() in {"have", "maintain", "operate", "keep", "run", "build", "open"} and hosts:
        # "Russia has a base in Tajikistan"; "asked Washington to build bases on its territory": the one asked builds
        asked = sentence.actors_of(child_of(verb.head, "dobj")) if verb.dep_ == "xcomp" and child_of(verb, "nsubj") is None else []
        owners += asked or subject_of(sentence, verb)
    extra = {"polarity": "denied"} if _none_spoken_of(noun) else {}
    if not aside and verb is not None and verb.dep_ in {"xcomp", "ccomp"} and lemma_of(verb.head, kinds) in kinds.base_granting_verbs and (
            child_of(verb.head, "neg") is not None):
        aside = verb.head  # "would never allow Russia to build a base": denied, as the refusal says
    for owner in owners:
        if hosts and all(actor_key(owner) != actor_key(h) for h in hosts):
            yield "hosts_base", hosts, owner, None, why, aside or verb or noun, extra


def _none_spoken_of(noun: Token) -> bool:
    """Whether a base is what "no" talks, plans or discussion are about ("there were no talks on a Chinese base"):
    none is held or sought, a denial."""
    about = noun.head if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "about", "over", "for", "of"} else None
    told = about.head if about is not None else None
    while told is not None and told.dep_ == "pobj" and told.head.head.pos_ == "NOUN":
        told = told.head.head  # "no discussion with Beijing about a base": the parse may hang "about" on Beijing
    return told is not None and told.pos_ == "NOUN" and child_of(told, "det", "no") is not None


def _named_before(sentence: Sentence, aside: Token) -> list[Actor]:
    """The state named just before an aside set off by a comma, where the parse hangs the aside on the list's first name:
    "Tajikistan, which ..., and Kyrgyzstan, home to a Russian air base, ..." (Kyrgyzstan alone)."""
    if aside.i - 2 < sentence.sent.start or aside.doc[aside.i - 1].text != ",":
        return []
    named = sentence.actor_at(aside.doc[aside.i - 2])
    return [named] if named is not None and named.code not in STATELESS else []


def _named_base_host(sentence: Sentence, noun: Token) -> list[Actor]:
    """The host of a base named before its description: "Kosovo hosts Camp Bondsteel, one of the largest US military
    bases", "Qatar is home to Al Udeid, the largest US military base" (the name stands where the base would)."""
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    named = noun.head if noun.dep_ == "appos" else (one.head if one is not None and one.dep_ == "appos" and (one.like_num or one.lower_ in SOME) else None)
    if named is None or named.pos_ != "PROPN":
        return []
    if named.dep_ == "dobj" and named.head.lemma_.lower() in {"host", "house"}:
        return subject_of(sentence, named.head)
    home = named.head.head if named.dep_ == "pobj" and named.head.lower_ == "to" else None
    verb = governing_verb(home) if home is not None and home.lower_ == "home" else None
    return subject_of(sentence, verb) if verb is not None else []


def _own_soil(sentence: Sentence, noun: Token, kinds: RelationKinds) -> tuple[list[Actor], Token | None]:
    """The state whose own soil a base is said to stand on, "on its soil", "on its territory", "in the country" (the state
    the clause is about), with the noun as what the polarity reads ("wants a base on its soil": wished, not held). Not
    for a base that is the clause's subject: "French bases would not remain in the country for long" tells their fate."""
    verb = governing_verb(noun)
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return [], None
    for place in (p for t in (noun, verb) if t is not None for p in (pobj_of(t, "on"), pobj_of(t, "in")) if p is not None):
        owner = child_of(place, "poss")
        if place.lemma_.lower() in kinds.territory_nouns and owner is not None and owner.lower_ in PRONOUNS:
            return [a for a in possessor_actors(sentence, owner) if a.code not in STATELESS], noun
        if place.lemma_.lower() == "country" and child_of(place, "det", "the") is not None:
            return [a for a in possessor_actors(sentence, place) if a.code not in STATELESS] or _state_spoken_of(sentence, place, kinds), noun
        if place.lemma_.lower() in kinds.state_nouns and child_of(place, "det", "the") is not None and not sentence.actors_of(place):
            # "a Chinese base in the Pacific nation", "would never allow China to build a base on the islands" (the verb's polarity)
            return _state_spoken_of(sentence, place, kinds), None
    return [], None


def _state_spoken_of(sentence: Sentence, place: Token, kinds: RelationKinds) -> list[Actor]:
    """The state "the country" stands for where a base is said to be in it, far below the clause that names the state:
    who speaks ("Ghana's foreign ministry said there were no talks on a Russian base in the country"), else the main
    clause's subject."""
    speaking = next((t for t in place.ancestors if t.lemma_.lower() in kinds.speech_verbs or t.dep_ == "ROOT"), None)
    if speaking is None:
        return []
    return [a for a in subject_of(sentence, speaking) if a.code not in STATELESS]


def _described_afar(sentence: Sentence, antecedent: Token) -> list[Actor]:
    """The states an apposition describes where a relative clause hangs on a noun inside it: "Djibouti, a country of
    barely a million people that hosts ..." ("people" is no actor; "a country" describes Djibouti)."""
    if sentence.actors_of(antecedent):
        return []
    for ancestor in list(antecedent.ancestors)[:3]:
        if ancestor.dep_ == "appos":
            return appositive_of(sentence, ancestor)
    return []


def _where(sentence: Sentence, verb: Token) -> list[Actor]:
    """The states a "where" clause hangs on: "Poland, where 10,000 American soldiers are stationed", "Northern Cyprus,
    which only Turkey recognises and where Turkish troops are stationed"."""
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ != "relcl" or child_of(verb, "advmod", "where") is None:
        return []
    return [a for a in sentence.actors_of(clause.head) if a.code not in STATELESS]


def _place(sentence: Sentence, place: Token | None) -> list[Actor]:
    """The states a place names, or the state a city is said to be in: "Gyumri, Armenia's second city", "Mozambique's
    Cabo Delgado province"."""
    if place is None:
        return []
    return sentence.actors_of(place) or [a for c in place.children if c.dep_ == "appos" for a in sentence.actors_of(child_of(c, "poss"))
                                         if a.code not in STATELESS] or [
        a for a in sentence.actors_of(child_of(place, "poss")) if a.code not in STATELESS] or _uncoded_owner(sentence, place)


def _uncoded_owner(sentence: Sentence, place: Token) -> list[Actor]:
    """The state named as a region's owner where the actors stage coded no actor for it, taking the whole phrase for a
    place: "in Mozambique's Cabo Delgado province"."""
    owner = child_of(place, "poss")
    if owner is None or owner.pos_ != "PROPN" or sentence.by_token.get(owner.i):
        return []
    state = name_in(sentence, [[owner.text]])
    return [state] if state is not None and state.code not in STATELESS else []


def _troops(sentence: Sentence, troops: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's forces kept in another: "Germany is home to 35,000 American troops", "Australia hosts rotations of US
    Marines", "US troops are stationed in Germany", "The US Fifth Fleet is based in Bahrain"."""
    kind = kinds.kinds["hosts_base"]
    units = [troops]
    name = troops.lemma_.lower()
    inner = pobj_of(troops, "of")
    if inner is not None:
        units.append(inner)  # "rotations of US Marines", "a battalion of British Gurkhas"
    if troops.dep_ == "pobj" and troops.head.lower_ == "of" and troops.head.head.dep_ == "dobj" and lemma_of(troops.head.head.head, kinds) in kind.verbs:
        troops = troops.head.head  # "hosts the largest concentration of US forces abroad": the forces are what is hosted
    owners = [a for unit in units for c in unit.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
              for a in sentence.actors_of(c) if a.code not in STATELESS]
    led = next((c for c in troops.children if c.dep_ in {"acl", "amod"} and c.lemma_.lower() == "lead"), None)
    if not owners and led is not None:
        # a multinational force is hosted from its lead nation: "a NATO battlegroup led by Canada"
        owners = [a for c in led.children if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj")) if a.code not in STATELESS]
        # "a Canadian-led NATO battlegroup", where the actors stage reads the demonym into the organisation's phrase
        owners = owners or [a for c in led.children if c.dep_ in {"npadvmod", "compound", "amod"} and c.i < led.i
                            for a in [name_in(sentence, [[c.text]])] if a is not None and a.code not in STATELESS]
    while troops.dep_ == "conj" and troops.head.pos_ in {"NOUN", "PROPN"}:
        troops = troops.head  # "hosts a British naval base and a Turkish garrison": the garrison stands where the base does
    head = troops.head
    hosts: list[Actor] = []
    anchor = head
    if troops.dep_ == "dobj" and lemma_of(head, kinds) in kind.verbs:
        # "Cambodia's Ream naval base could host Chinese warships": the base's owner hosts
        hosts = subject_of(sentence, head) or actors_or_owner(sentence, child_of(head, "nsubj")) or _host_of_base(sentence, head, kinds)
        hosts = hosts or _country_hosting(sentence, head, kinds)
    elif troops.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "home" and head.head.dep_ == "appos":
        hosts, anchor = appositive_of(sentence, head.head), head.head  # "Bahrain, home to the US Fifth Fleet, ..." (an aside)
    elif troops.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "home":
        verb = governing_verb(head.head)
        hosts, anchor = (subject_of(sentence, verb), verb) if verb is not None else ([], head)
    elif troops.dep_ == "dobj" and lemma_of(head, kinds) in kinds.ended_verbs | {"pull"} and pobj_of(head, "from") is not None:
        # "The United States withdrew its last troops from Niger": ended, as the verb says
        hosts = sentence.actors_of(pobj_of(head, "from"))
        owners = owners or [a for a in subject_of(sentence, head) if a.code not in STATELESS]
    elif troops.dep_ == "nsubj" and lemma_of(head, kinds) in kinds.ended_verbs and (left := child_of(head, "dobj")) is not None:
        # "the last French troops left the base in N'Djamena"
        hosts = sentence.actors_of(pobj_of(left, "in")) or sentence.actors_of(pobj_of(head, "in")) or sentence.actors_of(left)
    elif troops.dep_ == "dobj" and lemma_of(head, kinds) in kinds.stationed_verbs and not (lemma_of(head, kinds) == "send" and _weapon(troops, kinds)):
        # (weapons sent are supplied, not stationed: "will not send weapons to Ukraine")
        hosts, owners = _forces_placed(sentence, troops, owners)
    elif troops.lemma_.lower() == "presence" and pobj_of(troops, "in") is not None:
        hosts, owners, anchor = _presence_in(sentence, troops, owners, anchor)
    elif troops.dep_ in {"nsubjpass", "nsubj"} and lemma_of(head, kinds) in kinds.stationed_verbs and (
            pobj_of(head, "in") is not None or _where(sentence, head)):  # (not "troops stationed in Poland will stay there")
        hosts = _place(sentence, pobj_of(head, "in")) or _where(sentence, head)
    else:
        placed = next((c for c in troops.children if c.dep_ == "acl" and lemma_of(c, kinds) in kinds.stationed_verbs), None)
        base = pobj_of(troops, "at")
        if placed is not None:  # "the US troops stationed in Germany"
            hosts, anchor = sentence.actors_of(pobj_of(placed, "in")), placed
        elif base is not None and base.lemma_.lower() in {"base", "basis", "facility", "station"}:
            hosts = _place(sentence, pobj_of(base, "in"))  # "US forces at the Souda Bay base in Greece"
        elif troops.dep_ == "appos" and any(c.dep_ in {"nmod", "compound"} and c.lemma_.lower() in kind.verbs for c in troops.children):
            hosts = sentence.actors_of(troops.head)  # "Estonia and Latvia host battlegroups ..." with "host" read as a noun
    # (not the forces themselves, where the parse sets them beside the place: "in Germany, the largest American presence")
    hosts = [a for a in hosts if a.code not in STATELESS]
    hosts = [a for a in hosts if a.sector != "MIL"] or hosts
    if len(owners) >= 2 and len(hosts) == len(owners) and any(t.lower_ == "respectively" for t in sentence.sent):
        # "Estonia, Latvia and Lithuania host battlegroups led by Britain, Canada and Germany respectively": in order
        for host, owner in zip(hosts, owners):
            if actor_key(owner) != actor_key(host):
                yield "hosts_base", [host], owner, None, f"relations/kinds.yml#hosts_base.{name}", anchor, {}
        return
    for owner in owners:
        if hosts and all(actor_key(owner) != actor_key(h) for h in hosts):
            yield "hosts_base", hosts, owner, None, f"relations/kinds.yml#hosts_base.{name}", anchor, {}


def _presence_in(sentence: Sentence, presence: Token, owners: list[Actor], anchor: Token) -> tuple[list[Actor], list[Actor], Token]:
    """A state's military presence in another, as its clause tells it: "ending decades of US military presence in
    Iceland" (ended), "China is seeking to establish a permanent military presence in Equatorial Guinea" (the one that
    establishes it; hypothetical)."""
    verb = governing_verb(presence)
    hosts = _place(sentence, pobj_of(presence, "in"))
    if presence.dep_ in {"nsubj", "nsubjpass"}:
        return [], owners, anchor  # "Russia's military presence in Ukraine has grown": what it does, not that it is hosted
    # (the actors stage may read "military presence in Sudan" as the host's military)
    owners = [a for a in owners if all(actor_key(a) != actor_key(h) for h in hosts)]
    if not owners and verb is not None and presence.dep_ == "dobj":
        owners = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
    return hosts, owners, verb or anchor


def _forces_placed(sentence: Sentence, troops: Token, owners: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """The state a verb of stationing puts forces in, and whose they are: "Turkey deployed troops to a base in Qatar",
    "promised to station a brigade permanently in Lithuania" (the subject's, unless named)."""
    verb = troops.head
    place = pobj_of(verb, "in") or pobj_of(verb, "to")
    hosts = _place(sentence, place)
    if not hosts and place is not None and place.lower_ in {"base", "bases"}:
        hosts = _place(sentence, pobj_of(place, "in"))
    return hosts, owners or [a for a in subject_of(sentence, verb) if a.code not in STATELESS]


_GRANTS = {"access", "permission", "right", "rights", "use"}


def _base_granted(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state that lets another's forces use its bases: "Greece granted US forces access to three more bases", "Kenya
    will not allow Chinese forces to use bases on its territory" (denied, as the verb says), "Norway opened four
    military areas to US forces", "would let Russia build a naval base" (hypothetical)."""
    if lemma not in kinds.base_granting_verbs:
        return
    hosts = [a for a in subject if a.code not in STATELESS and a.sector in {None, "GOV"}]
    if not hosts:
        return
    granted = [c for c in verb.children if c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "prep"} and c.lower_ not in {"under", "in", "since"}]
    # who is let in: "granted US forces access", "allow Chinese forces to use", "opened ... to US forces", "giving China permission"
    guests = [c for c in granted if c.dep_ in {"dobj", "dative"}]
    guests += [g for c in granted if c.lemma_.lower() in _GRANTS for g in c.children if g.dep_ in {"compound", "poss", "nmod"}]
    guests += [g for c in granted if c.dep_ in {"ccomp", "xcomp"} for g in c.children if g.dep_ == "nsubj"]
    guests += [g for c in granted if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    owners = [a for g in guests for a in [sentence.actor_at(g)] if a is not None and a.code not in STATELESS]
    owners = [a for n, a in enumerate(owners) if all(actor_key(a) != actor_key(h) for h in hosts + owners[:n])]
    military = any(a.sector == "MIL" for a in owners)
    sites = [t for c in granted for t in c.subtree if t.lower_ in kinds.base_sites or t.lemma_.lower() in kinds.base_sites or (
        (t.lower_ in kinds.base_places or t.lemma_.lower() in kinds.base_places) and (
            military or any(m.lower_ in {"military", "naval", "air", "army"} for m in t.children)))]
    if not sites:
        return
    for owner in owners:
        yield "hosts_base", hosts, owner, None, f"relations:base-granted({lemma})", verb, {}


_LEAVING = {"leave", "go", "withdraw", "depart", "pull", "quit", "exit"}


def _forces_sent_away(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state's forces sent out of another, which ended hosting them: "Mali expelled French troops", "Chad ordered French
    troops to leave", "Uzbekistan evicted US forces from the air base", "the last French soldiers pulled out of Niger",
    "France completed the withdrawal of its troops from Chad" (ended, unless the verb doubts or denies it)."""
    def forces(token: Token | None) -> bool:
        if token is None:
            return False
        actor = sentence.actor_at(token)
        return token.lemma_.lower() in kinds.kinds["hosts_base"].objects or token.lower_ in kinds.kinds["hosts_base"].objects or (
            actor is not None and actor.sector == "MIL" and actor.code not in STATELESS)

    def owners_of(token: Token) -> list[Actor]:
        named = [a for c in token.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for a in possessor_actors(sentence, c)]
        own = sentence.actor_at(token)
        return [a for a in named + ([own] if own is not None and own.code else []) if a.code not in STATELESS]

    dobj = child_of(verb, "dobj")
    subject_token = child_of(verb, "nsubj")
    hosts: list[Actor] = []
    owners: list[Actor] = []
    if lemma in kinds.expelling_verbs | kinds.ordering_verbs and forces(dobj) and dobj is not None:
        out = any(c.lower_ == "out" or (c.dep_ == "xcomp" and lemma_of(c, kinds) in _LEAVING) for c in verb.children)
        if lemma in kinds.ordering_verbs and not out:
            return
        hosts = subject
        if not hosts and subject_token is not None and subject_token.lemma_.lower() in kinds.government_nouns:
            hosts = possessor_actors(sentence, child_of(subject_token, "poss"))  # "Niger's ruling junta ordered US forces to leave"
        owners = owners_of(dobj)
    elif lemma_of(verb, kinds) in _LEAVING and forces(subject_token) and subject_token is not None and dobj is None:
        particle = next((c for c in verb.children if c.lower_ == "out"), None)  # "pulled out of Niger", "withdrew from Mali"
        hosts = sentence.actors_of(pobj_of(verb, "from") or (pobj_of(particle, "of") if particle is not None else None) or pobj_of(verb, "of"))
        owners = owners_of(subject_token)
    elif dobj is not None and dobj.lemma_.lower() in kinds.ended_nouns and (pobj_of(dobj, "of") is not None or forces(subject_token)):
        withdrawn = pobj_of(dobj, "of") or subject_token  # "the withdrawal of its troops from Niger", "troops completed their withdrawal"
        if not forces(withdrawn) or withdrawn is None:
            return
        hosts = sentence.actors_of(pobj_of(dobj, "from"))
        owners = owners_of(withdrawn) or subject
    hosts = [a for a in hosts if a.code not in STATELESS]
    if not hosts or not owners:
        return  # (before the polarity, which costs more than the rest for every verb of every sentence)
    polarity = polarity_of(verb, kinds)
    if polarity == "ended" and verb.dep_ in {"xcomp", "acl"} and lemma_of(verb.head, kinds) in kinds.hypothetical_heads:
        # "threatened to expel Nigerian troops": a verb of ending reads as ended before its head's doubt
        polarity = "denied" if declined(verb.head, kinds) else "hypothetical"
    extra = {"polarity": "ended" if polarity == "holds" else polarity}
    for owner in owners[:1]:
        if hosts and all(actor_key(owner) != actor_key(h) for h in hosts):
            yield "hosts_base", hosts, owner, None, f"relations:forces-sent-away({lemma})", verb, extra


def _ends_base(verb: Token, kinds: RelationKinds) -> bool:
    """Whether a verb, with its particle, hands back, closes or vacates what it governs ("handed over", "took back", "closed")."""
    lemma = lemma_of(verb, kinds)
    particles = [c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in {"over", "back", "down"}]
    return bool({lemma, *(f"{lemma} {p}" for p in particles)} & kinds.base_ending_verbs)


def _base_handed_back(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A base handed back, closed or vacated, which ended its hosting: "Ecuador closed the US air base at Manta", "Senegal
    took back the last bases used by French forces", "France's base at Port-Bouet was handed back to Ivory Coast", "the
    last French base in N'Djamena was handed over" (the host: the subject, else who receives it, else where it is)."""
    if not _ends_base(verb, kinds):
        return
    passive = child_of(verb, "nsubjpass")
    base = passive if passive is not None else child_of(verb, "dobj")
    if base is None or not (base.lower_ in kinds.base_sites or base.lemma_.lower() in kinds.base_sites or (
            base.lemma_.lower() in kinds.base_places and any(c.lower_ in {"military", "naval", "air", "army"} for c in base.lefts))):
        return
    # whose base: "the US air base", "France's base", "their drone base" (the verb's subject's), "bases used by French forces"
    pronoun = child_of(base, "poss")
    owners = subject if pronoun is not None and pronoun.lower_ in PRONOUNS and passive is None else []
    owners = owners or [a for c in base.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for a in sentence.actors_of(c)]
    owners += [a for c in base.children if c.dep_ == "acl" for by in c.children if by.dep_ == "agent" for a in sentence.actors_of(child_of(by, "pobj"))]
    owners = [a for a in owners if a.code not in STATELESS][:1]
    hosts = [] if passive is not None else [a for a in subject if a.code not in STATELESS and all(actor_key(a) != actor_key(o) for o in owners)]
    receivers = [a for t in (verb, *(c for c in verb.children if c.lower_ in {"over", "back"})) for a in sentence.actors_of(pobj_of(t, "to"))]
    hosts = hosts or receivers or _place(sentence, pobj_of(base, "in")) or _place(sentence, pobj_of(base, "at"))
    hosts = [a for a in hosts if a.code not in STATELESS]
    polarity = polarity_of(verb, kinds)
    extra = {"polarity": "ended" if polarity == "holds" else polarity}
    for owner in owners:
        if hosts and all(actor_key(owner) != actor_key(h) for h in hosts):
            yield "hosts_base", hosts, owner, None, f"relations:base-handed-back({lemma})", verb, extra


def _country_hosting(sentence: Sentence, verb: Token, kinds: RelationKinds) -> list[Actor]:
    """The state "the country" stands for as the subject of hosting, where its speaker names it: "Kenya's defence
    minister said the country would keep hosting British troops"."""
    for clause in [verb, *list(verb.ancestors)[:2]]:
        subject = child_of(clause, "nsubj")
        if subject is not None and subject.lemma_.lower() in kinds.state_nouns and child_of(subject, "det", "the") is not None and (
                not sentence.actors_of(subject)):
            return _state_spoken_of(sentence, subject, kinds)
    return []


def _host_of_base(sentence: Sentence, verb: Token, kinds: RelationKinds) -> list[Actor]:
    """The state whose base, named by no state, is said to host forces: "its Ream naval base will host Chinese forces"
    (whose "its"), "the Aviano air base in northern Italy, which hosts US aircraft" (where it is), "Cambodia denied that
    the Ream naval base would host Chinese forces" (the one who speaks of it)."""
    base = child_of(verb, "nsubj")
    if base is not None and base.lower_ in RELATIVE and verb.dep_ == "relcl":
        base = verb.head  # "the Incirlik air base in southern Turkey, which hosts US aircraft"
    if base is None or not (base.lower_ in kinds.base_sites or base.lemma_.lower() in kinds.base_sites):
        return []
    owner = child_of(base, "poss")
    if owner is not None and owner.lower_ in PRONOUNS:
        return [a for a in possessor_actors(sentence, owner) if a.code not in STATELESS]
    placed = [a for a in _place(sentence, pobj_of(base, "in")) if a.code not in STATELESS]
    if placed:
        return placed  # "the Aviano air base in northern Italy hosts US aircraft"
    if owner is None and verb.dep_ == "ccomp":
        return [a for a in subject_of(sentence, verb.head) if a.code not in STATELESS]
    return []


def _forces_hosted_by_name(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state's forces hosted under their own name, which the actors stage codes as that state's military: "Mali now
    hosts Russia's Africa Corps"."""
    hosted = child_of(verb, "dobj")
    if lemma not in kinds.kinds["hosts_base"].verbs or hosted is None:
        return
    forces = sentence.actor_at(hosted)
    hosts = [a for a in subject if a.code not in STATELESS and a.sector != "MIL"]
    if forces is None or forces.sector != "MIL" or forces.code in STATELESS or not forces.code:
        return
    if hosts and all(actor_key(forces) != actor_key(h) for h in hosts):
        yield "hosts_base", hosts, forces, None, f"relations:forces-hosted({lemma})", verb, {}


def _about_arms(noun: Token, kinds: RelationKinds) -> bool:
    """"supplier of arms", "Ukraine's supplier of Bayraktar drones", "arms supplier": a supplier of weapons."""
    objects = kinds.kinds["arms_supplier"].objects
    of = pobj_of(noun, "of")
    # "a source of military hardware": what is bought as arms is arms here where it is called military
    military = of is not None and (_weapon(of, kinds) or of.lemma_.lower() in kinds.aid_nouns) and any(c.lower_ == "military" for c in of.children)
    return any(c.lemma_.lower() in objects for c in noun.children if c.dep_ == "compound") or (
        of is not None and of.lemma_.lower() in objects) or military


def _member_list(sentence: Sentence, grouping: Token) -> Iterable[Reading]:
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
            state = _whole(sentence, part, subject, kinds)
            if state and subject:  # "Beijing considers Taiwan (as) part of China"
                territory = " ".join(t.text for t in dobj.subtree if not t.is_punct)
                yield "recognizes_territory", subject, state[0], None, f"relations:regards-as-part({lemma})", verb, {"territory": territory}
    if lemma in kinds.kinds["recognizes"].verbs and child_of(verb, "nsubjpass") is not None:
        # "Kosovo is recognised by more than 100 countries, but not by Serbia, Russia or China"
        recognised = [a for a in sentence.actors_of(child_of(verb, "nsubjpass")) if a.code not in STATELESS]
        for by in (c for c in verb.children if c.lower_ == "by" and c.dep_ in {"agent", "prep", "conj"}):
            recognisers = sentence.actors_of(child_of(by, "pobj"))
            if recognised and recognisers:
                polarity = "denied" if any(c.dep_ == "neg" for c in by.children) else polarity_of(verb, kinds)
                yield "recognizes", recognisers, recognised[0], None, "relations:recognised-by", verb, {"polarity": polarity}
    if lemma in kinds.kinds["recognizes"].verbs:
        subjects = _quantified(sentence, subject_token, members) or subject
        if subjects:  # (not the states "along with" alone, where the subject is not read)
            subjects = subjects + [a for a in _along_with(sentence, verb) if all(actor_key(a) != actor_key(s) for s in subjects)]
        dobj = child_of(verb, "dobj")
        as_word = next((c for c in verb.children if c.lower_ == "as"), None) or (
            next((c for c in dobj.children if c.lower_ == "as"), None) if dobj is not None else None)
        as_pobj = child_of(as_word, "pobj") if as_word is not None else None
        state = _whole(sentence, as_pobj, subject, kinds)
        if not state and as_word is not None:
            state = [a for c in as_word.children if c.pos_ == "ADJ" for a in sentence.actors_of(c)]  # "recognise Crimea as Russian"
        claims = kinds.kinds["recognizes_territory"].objects
        if dobj is not None and dobj.lemma_.lower() in claims:
            # "recognised Moroccan sovereignty over Western Sahara", "Morocco's claim to Western Sahara",
            # "the annexation of Crimea by Russia"
            claimant = [a for c in dobj.children if c.dep_ in {"amod", "poss", "compound"} for a in sentence.actors_of(c)]
            claimant = claimant or sentence.actors_of(pobj_of(dobj, "by"))
            over = next((t for t in (pobj_of(dobj, p) or pobj_of(verb, p) for p in ("over", "to", "of")) if t is not None), None)
            whole = dobj.lemma_.lower() in {"integrity"}  # "Azerbaijan's territorial integrity": all its territory
            if claimant and (over is not None or whole):
                territory = " ".join(t.text for t in (over.subtree if over is not None else dobj.subtree))
                yield "recognizes_territory", subjects, claimant[0], None, "relations/kinds.yml#recognizes_territory", verb, {"territory": territory}
                return
        if dobj is not None and not sentence.actors_of(dobj) and dobj.lemma_.lower() in {"independence", "sovereignty", "government", "statehood"}:
            dobj = child_of(dobj, "poss") or dobj  # "recognise Kosovo's independence"
        if dobj is not None and state:
            territory = " ".join(t.text for t in dobj.subtree if not t.is_punct).strip() or dobj.text
            yield "recognizes_territory", subjects, state[0], None, "relations/kinds.yml#recognizes_territory", verb, {"territory": territory}
        elif dobj is not None:
            yield from _recognised_each(sentence, verb, subjects, dobj, kinds)
        elif verb.dep_ == "relcl" and len(subjects_of := [c for c in verb.children if c.dep_ == "nsubj"]) == 2 and subjects_of[0].lower_ in RELATIVE:
            # "Transnistria, which only Russia recognises": the parse makes "which" a second subject
            yield from _recognised_each(sentence, verb, sentence.actors_of(subjects_of[1]), subjects_of[0], kinds)
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
        yield from _bought(sentence, verb, lemma, subject, kinds)  # "took delivery of its first frigate from France"
    if lemma in kinds.buy_verbs and verb.dep_ == "acl":
        yield from _weapons_bought_from(sentence, verb, lemma, kinds)
    phrasal = " ".join([lemma, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    if lemma in kinds.kinds["member_of"].verbs or phrasal in kinds.founding_verbs:
        joined = child_of(verb, "dobj")
        sanctions = kinds.kinds["sanctions_regime"]
        if joined is not None and _joining_verb(joined, kinds) == verb and sanctions in (k for k, _ in kinds.noun_kinds(joined.lemma_.lower())):
            joined = None  # "joined EU sanctions on Moscow": the sanctions are joined (``_joined_sanctions``), not the EU
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
        named_ranking = (topped is not None and topped.pos_ == "PROPN") or _ranking_body(sentence, verb) is not None or _tops_a_ranking(verb)
        value = (1 if named_ranking else None) if lemma == "top" else _rank(verb)
        ranked = subject
        body = _ranking_body(sentence, verb) or ""
        ordinal = next((t for t in verb.subtree if _ORDINAL.match(t.text)), None)
        named = [a for c in ordinal.children if c.dep_ == "compound" for a in sentence.actors_of(c)] if ordinal is not None else []
        ranker = sentence.actor_at(subject_token)
        placed = sentence.actors_of(child_of(verb, "dobj")) or named or _ranked_object(sentence, verb)
        if subject_token is not None and placed and lemma in {"place", "rate", "rank"} and (ranker is None or ranker.code in STATELESS):
            # "Global Firepower places Turkey 8th": the subject ranks, the object is ranked
            ranked, body = placed, _name(verb.head if subject_token.lower_ in RELATIVE else subject_token)
        if value is not None and (lemma in {"rank", "place", "rate", "top"} or _ordinal_of(sentence, verb) or any(
                t.lower_ in {"place", "places", "position", "spot", "last"} or _ORDINAL.match(t.text) for t in verb.subtree)):
            # a rank that drops or slips has moved, not ended
            polarity = "holds" if polarity_of(verb, kinds) == "ended" else polarity_of(verb, kinds)
            respective = _respective_places(verb, ranked)
            for holders, place in respective or [(ranked, value)]:
                yield "ranked", holders, None, float(place), "relations/kinds.yml#ranked", verb, {"according_to": body, "polarity": polarity}
            if polarity == "holds" and len(ranked) == 1:
                yield from _ranks_around(sentence, verb, value, ranked[0], body)
    supply = kinds.kinds["arms_supplier"]
    if lemma in supply.verbs and verb.dep_ == "acl" and verb.head.lemma_.lower() in supply.objects:
        suppliers = [a for c in verb.children if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj"))]
        user = governing_verb(verb.head)
        receivers = subject_of(sentence, user) if user is not None else []
        if not suppliers and sentence.actors_of(pobj_of(verb, "to")):
            # "Turkish drones supplied to Azerbaijan": the weapons' maker's state supplies them
            suppliers = [a for c in verb.head.children if c.dep_ in {"amod", "compound", "nmod"} for a in sentence.actors_of(c) if a.sector != "BUS"]
            suppliers = [a for i, a in enumerate(suppliers) if all(actor_key(a) != actor_key(b) for b in suppliers[:i])]  # one name in two words
            receivers = sentence.actors_of(pobj_of(verb, "to"))
        if suppliers and receivers:  # "Ukraine used weapons supplied by the United States"
            yield "arms_supplier", suppliers, receivers[0], None, f"relations/kinds.yml#arms_supplier.{lemma}", verb, {}
    if lemma in kinds.sanctioning_verbs:
        yield from _sanctioned(sentence, verb, lemma, subject, kinds)
    if lemma in kinds.arming_verbs and subject:
        # (a paramilitary force armed is no state armed: "arming the paramilitary Rapid Support Forces")
        armed = [a for a in sentence.actors_of(child_of(verb, "dobj")) if a.code not in STATELESS and a.sector != "PRM"]
        if armed:  # "Iran has been arming the Houthis"
            yield "arms_supplier", subject, armed[0], None, f"relations/kinds.yml#arms_supplier.{lemma}", verb, {}
    if lemma in kinds.arming_verbs and (child_of(verb, "nsubjpass") is not None or verb.dep_ == "acl"):
        yield from _armed_by(sentence, verb, lemma)
    if lemma in supply.verbs and child_of(verb, "nsubjpass") is not None:
        # a list of suppliers a "by" phrase, each with what it supplies: "is supplied with drones by Israel and Turkey,
        # and with F-16s by the United States"
        bys = [sentence.actors_of(child_of(by, "pobj")) for by in verb.subtree if by.dep_ in {"agent", "prep", "conj"} and by.lower_ == "by"]
        if sum(t.lower_ == "with" for t in verb.subtree) < 2:
            # one thing supplied: its "by" phrases list one set of suppliers ("by Russia and, increasingly, by India and France")
            bys = [[a for agents in bys for a in agents]]
        if any(bys) and any(_weapon(c, kinds) for t in verb.children if t.dep_ == "prep" for c in t.children):
            # "Armenia is supplied with weapons by Russia", "Brazil, which is supplied with Gripen fighters by Sweden"
            receivers = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
            for agents in bys if receivers else []:
                if agents:
                    yield "arms_supplier", agents, receivers[0], None, f"relations/kinds.yml#arms_supplier.{lemma}", verb, {}
    if lemma in supply.verbs and verb.dep_ != "pcomp":  # "must withhold from selling weapons to X" states no supply
        thing = child_of(verb, "dobj")
        receiver = pobj_of(verb, "to") or child_of(verb, "dative") or (pobj_of(thing, "to") if thing is not None else None)  # "sold drones to X"
        if receiver is None and sentence.actors_of(thing) and pobj_of(verb, "with") is not None:
            receiver, thing = thing, pobj_of(verb, "with")  # "Turkey has supplied Ukraine with Bayraktar drones"
        if receiver is None and thing is not None:
            receiver = next((t for t in thing.subtree if t.dep_ == "poss" and sentence.actor_at(t)), None)  # "most of Pakistan's weapons"
            thing = next((t for t in thing.subtree if t.lemma_.lower() in supply.objects), thing)
        while thing is not None and not _weapon(thing, kinds) and pobj_of(thing, "of") is not None:
            thing = pobj_of(thing, "of")  # "shipped millions of artillery shells", "supplies the bulk of its warplanes"
        # what is sold is arms where it is bought as arms ("selling armoured vehicles and patrol boats to Nigeria",
        # "delivered two submarines to Bangladesh"), but warships or aircraft sent are a deployment
        sold = thing is not None and (thing.lemma_.lower() in supply.objects or (lemma in _SELLING and _weapon(thing, kinds)))
        if sold and actors_or_owner(sentence, receiver):
            why = f"relations/kinds.yml#arms_supplier.{lemma}"
            for receiving in actors_or_owner(sentence, receiver):  # "sold drones to Ukraine, Poland and Ethiopia": one each
                yield "arms_supplier", subject, receiving, None, why, verb, {}
    if lemma in supply.verbs:
        yield from _supplied_it(sentence, verb, lemma, subject, kinds)
    if lemma in kinds.relying_verbs:
        yield from _relied_on(sentence, verb, kinds)
    if lemma in kinds.origin_verbs:
        yield from _arms_from(sentence, verb, kinds)
    if lemma in kinds.share_verbs:
        yield from _share_of_imports(sentence, verb, kinds)
    yield from _defence_pledge(sentence, verb, lemma, subject, kinds)
    yield from _defence_bonds(sentence, verb, lemma, subject, kinds)
    yield from _base_granted(sentence, verb, lemma, subject, kinds)
    yield from _forces_sent_away(sentence, verb, lemma, subject, kinds)
    yield from _base_handed_back(sentence, verb, lemma, subject, kinds)
    yield from _forces_hosted_by_name(sentence, verb, lemma, subject, kinds)
    if lemma in kinds.superlative_verbs:
        yield from _superlative(sentence, verb, subject, kinds)
    if lemma in kinds.place_verbs:
        yield from _held_place(sentence, verb, subject, kinds)
    if lemma in kinds.kinds["ranked"].verbs and verb.dep_ == "amod":
        yield from _placed_before(sentence, verb, kinds)
    if lemma in kinds.outside_verbs:
        yield from _kept_out(sentence, verb, lemma, subject, kinds)
    if lemma in kinds.suspending_verbs:
        yield from _suspended(sentence, verb, subject, kinds)
    if lemma in kinds.following_verbs and verb.dep_ == "conj":
        yield from _followed_in(sentence, verb, subject, kinds)
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
            yield from _war_state(sentence, verb, lemma, war, subject)


_SELLING = {"sell", "export", "supply", "deliver", "transfer"}  # verbs of a sale, not of a deployment ("send", "ship")


def _war_state(sentence: Sentence, verb: Token, lemma: str, war: Token, subject: list[Actor]) -> Iterable[Reading]:
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
    extra = {"polarity": "ended"} if _dated(war) else {}  # "was at war with Iraq from 1980 to 1988"
    if len(subject) == 1 and len(others) >= 2:
        for other in others:
            yield "at_war_with", [subject[0], other], None, None, why, verb, extra
    elif len(subject + others) >= 2:
        yield "at_war_with", subject + others, None, None, why, verb, extra


def _armed_by(sentence: Sentence, verb: Token, lemma: str) -> Iterable[Reading]:
    """A state armed by others, each a supplier: "Myanmar's military is armed chiefly by Russia and China", "a Ukraine
    armed by the alliance"."""
    armers = [a for c in verb.children if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj"))]
    armed = actors_or_owner(sentence, child_of(verb, "nsubjpass")) if verb.dep_ != "acl" else actors_or_owner(sentence, verb.head)
    armed = [a for a in armed if a.code not in STATELESS]
    if armers and armed:  # "by Russia and China": one list of suppliers
        yield "arms_supplier", armers, armed[0], None, f"relations/kinds.yml#arms_supplier.{lemma}", verb, {}


def _share_of_imports(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state that accounts for a share of another's arms imports supplies it, and so do those said to follow it: "The
    United States accounted for 45 percent of Ukraine's arms imports, followed by Germany and Poland"."""
    imports = pobj_of(verb, "for")
    while imports is not None and imports.lemma_.lower() not in kinds.purchase_nouns and pobj_of(imports, "of") is not None:
        imports = pobj_of(imports, "of")  # "45 percent of Ukraine's arms imports"
    if imports is None or imports.lemma_.lower() not in kinds.purchase_nouns or not any(
            _weapon(c, kinds) for c in imports.children if c.dep_ in {"compound", "amod", "nmod"}):
        return
    receivers = [a for a in possessor_actors(sentence, child_of(imports, "poss")) if a.code not in STATELESS]
    suppliers = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
    why = f"relations:share-of-imports({verb.lemma_.lower()})"
    if not receivers or not suppliers or any(actor_key(s) == actor_key(receivers[0]) for s in suppliers):
        return
    yield "arms_supplier", suppliers, receivers[0], None, why, verb, {}
    for followed in (t for t in verb.subtree if t.dep_ in {"advcl", "acl"} and t.lemma_.lower() == "follow"):
        followers = [a for a in sentence.actors_of(child_of(child_of(followed, "agent") or followed, "pobj")) if a.code not in STATELESS]
        if followers:
            yield "arms_supplier", followers, receivers[0], None, why, verb, {}


def _arms_from(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's arms that come from others are supplied by them: "with most of its arms coming from the United States",
    "Algeria's equipment comes mostly from Russia"."""
    suppliers = [a for a in sentence.actors_of(pobj_of(verb, "from")) if a.code not in STATELESS]
    arms = child_of(verb, "nsubj")
    while arms is not None and not _weapon(arms, kinds) and pobj_of(arms, "of") is not None:
        arms = pobj_of(arms, "of")  # "most of its arms"
    if not suppliers or arms is None or not _weapon(arms, kinds):
        return
    owner = child_of(arms, "poss")
    clause = verb.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    # "its" in an aside is the subject's of the clause it hangs on: "Algeria remained ..., with most of its equipment coming from"
    aside = owner is not None and owner.lower_ in PRONOUNS and clause.i != verb.i and clause.pos_ in {"VERB", "AUX"}
    receivers = [a for a in (subject_of(sentence, clause) if aside else possessor_actors(sentence, owner)) if a.code not in STATELESS]
    if receivers and all(actor_key(s) != actor_key(receivers[0]) for s in suppliers):
        yield "arms_supplier", suppliers, receivers[0], None, f"relations:arms-from({verb.lemma_.lower()})", verb, {}


def _supplied_it(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """"it" supplied with arms is the last state (or its forces) named before as a clause's subject or as what is "of"
    another, not the supplier: "Uganda's air force flies Russian jets, and Moscow has also supplied it with attack
    helicopters", "the main supplier of the Lebanese army, providing it with helicopters"."""
    pronoun = child_of(verb, "dobj")
    supplied = pobj_of(verb, "with")
    if pronoun is None or pronoun.lower_ != "it" or supplied is None or not any(_weapon(t, kinds) for t in supplied.subtree):
        return
    suppliers = [a for a in subject if a.code not in STATELESS]
    said = [t for t in sentence.sent if t.i < pronoun.i and (t.dep_ in {"nsubj", "nsubjpass"} or (t.dep_ == "pobj" and t.head.lower_ == "of"))]
    named = [a for t in said for a in [sentence.actor_at(t)]
             if a is not None and a.code not in STATELESS and a.sector in _SANCTIONED_SECTORS and all(a.code != s.code for s in suppliers)]
    if suppliers and named:
        yield "arms_supplier", suppliers, named[-1], None, f"relations:supplied-it({lemma})", verb, {}


def _relied_on(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state that relies on others for its arms is supplied by them: "Laos depends on Russia for most of its jets",
    "Mali has relied on Moscow for 70 percent of its weapons imports", "whose army has depended on China as its main
    arms supplier"."""
    suppliers = [a for a in sentence.actors_of(pobj_of(verb, "on")) if a.code not in STATELESS]
    wanted = pobj_of(verb, "for")
    role = pobj_of(verb, "as")
    arms = (wanted is not None and any(_weapon(t, kinds) for t in wanted.subtree)) or (
        role is not None and any(k.name == "arms_supplier" for k, _ in kinds.noun_kinds(role.lemma_.lower())) and _about_arms(role, kinds))
    if not suppliers or not arms:
        return
    subject = child_of(verb, "nsubj")
    receivers = [a for a in subject_of(sentence, verb) if a.code not in STATELESS] or subject_owner(sentence, verb) or the_country(sentence, subject)
    if receivers and all(actor_key(s) != actor_key(receivers[0]) for s in suppliers):
        yield "arms_supplier", suppliers, receivers[0], None, f"relations:relied-on({verb.lemma_.lower()})", verb, {}


def _bought(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """Arms bought: "buys most of its weapons from Russia"; one relation a seller's phrase where each thing bought has
    its own ("received drones from Turkey and helicopters from Russia"); and, with no seller named, the state whose
    demonym the weapon carries ("bought Russian S-400 air defence systems", "French Rafales and Russian helicopters")."""
    # the buyer is a state: "A NATO member since 1952, Turkey has bought ..." (the parse gives the verb two subjects)
    subject = [a for a in subject if a.code not in STATELESS] or [
        a for c in verb.children if c.dep_ == "nsubj" for a in sentence.actors_of(c) if a.code not in STATELESS]
    if not subject:
        return
    why = f"relations:bought-from({lemma})"
    thing = child_of(verb, "dobj")
    # (the verb's own: not those of another verb it carries, "receives US aid and has bought jets from France")
    froms = [t for t in verb.subtree if t.lower_ == "from" and t.dep_ == "prep" and sentence.actors_of(child_of(t, "pobj")) and governing_verb(t) == verb]
    if len(froms) >= 2 and any(_weapon(t, kinds) for t in verb.subtree):
        for prep in froms:  # a phrase a seller: each sold its own thing
            yield "arms_supplier", sentence.actors_of(child_of(prep, "pobj")), subject[0], None, why, verb, {}
        return
    if thing is not None:
        thing = next((t for t in thing.subtree if _weapon(t, kinds)), thing)  # "most of its weapons"
    sellers = sentence.actors_of(pobj_of(verb, "from")) or [a for t in froms for a in sentence.actors_of(child_of(t, "pobj"))]
    if thing is not None and _weapon(thing, kinds) and sellers:
        yield "arms_supplier", sellers, subject[0], None, why, verb, {}
        return
    if thing is None or froms:
        return
    while thing.dep_ in _PREMODIFIERS and thing.head.pos_ in {"NOUN", "PROPN"}:
        thing = thing.head  # "Russian S-400 missile systems": the weapon word may be a premodifier of the phrase's head
    for weapon in [thing, *conjuncts(thing)]:
        makers = _premodifier_states(sentence, weapon)
        if makers and _weapon_phrase(weapon, kinds) and all(actor_key(m) != actor_key(subject[0]) for m in makers):
            yield "arms_supplier", makers[:1], subject[0], None, f"relations:bought-made-by({lemma})", verb, {}


_PREMODIFIERS = {"amod", "compound", "nmod"}


def _premodifiers(noun: Token) -> list[Token]:
    """A noun's premodifiers and theirs in turn, in word order ("Russian" of "Russian S-400 missile systems")."""
    found = [c for c in noun.children if c.dep_ in _PREMODIFIERS and c.i < noun.i]
    return sorted(found + [t for c in found for t in _premodifiers(c)], key=lambda t: t.i)


def _premodifier_states(sentence: Sentence, noun: Token) -> list[Actor]:
    """The states named among a noun's premodifiers, not companies ("French Rafale jets": France)."""
    return [a for c in _premodifiers(noun) for a in sentence.actors_of(c) if a.code not in STATELESS and a.sector != "BUS"]


def _weapon_phrase(noun: Token, kinds: RelationKinds) -> bool:
    """Whether a noun or one of its premodifiers names arms ("S-400 missile systems", "Rafale jets")."""
    return any(_weapon(t, kinds) for t in [noun, *_premodifiers(noun)])


def _weapons_bought_from(sentence: Sentence, verb: Token, lemma: str, kinds: RelationKinds) -> Iterable[Reading]:
    """Weapons described as bought from a state are supplied by it to whoever has them: "Chile's navy commissioned two
    frigates bought from Britain", "Peru's Su-25 jets, acquired from Belarus"."""
    weapon = verb.head
    sellers = [a for a in sentence.actors_of(pobj_of(verb, "from")) if a.code not in STATELESS and a.sector != "BUS"]
    if not sellers or not _weapon_phrase(weapon, kinds):
        return
    holder = possessor_actors(sentence, child_of(weapon, "poss"))
    user = governing_verb(weapon)
    if not holder and user is not None and weapon.dep_ == "dobj":
        holder = subject_of(sentence, user) or subject_owner(sentence, user)
    holder = [a for a in holder if a.code not in STATELESS and all(actor_key(a) != actor_key(s) for s in sellers)]
    if holder:
        yield "arms_supplier", sellers, holder[0], None, f"relations:bought-from({lemma})", verb, {}


_MAKING = {"make", "build", "supply", "manufacture", "produce"}
_BUYERS = {"buyer", "customer", "importer", "recipient", "purchaser", "client", "user", "operator"}


def _makers(sentence: Sentence, weapon: Token) -> list[Actor]:
    """The states a weapon is said to be made or supplied by: "Russian-made", "US-built", "Russian-supplied"."""
    return [a for c in weapon.children if c.dep_ in {"amod", "compound"} and c.lemma_.lower() in _MAKING
            for t in c.children if t.dep_ in {"npadvmod", "compound", "amod", "nmod"} for a in sentence.actors_of(t)
            if a.code not in STATELESS and a.sector != "BUS"]


def _made_weapon(sentence: Sentence, weapon: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Arms of one state's making that another has: "Venezuela's Russian-made fighters", "its Russian-supplied S-400
    systems", "Turkish-made drones acquired by Ethiopia's air force"; and the buyers of a state's arms: "Qatar and Egypt
    were the largest buyers of French weapons"."""
    holder: list[Actor] = []
    anchor = weapon
    if weapon.dep_ == "pobj" and weapon.head.lower_ in {"of", "for"} and weapon.head.head.lemma_.lower() in _BUYERS:
        buyers = weapon.head.head
        # the maker by its demonym or as the possessor ("American weapons", "Germany's air defence system"); a name
        # among several compounds is a model's ("IRIS-T SLM"), not a state's
        compounds = [c for c in weapon.children if c.dep_ == "compound"]
        modifiers = [c for c in weapon.children if c.dep_ in {"amod", "nmod", "poss"}] + (compounds if len(compounds) == 1 else [])
        makers = [a for c in modifiers for a in sentence.actors_of(c) if a.code not in STATELESS and a.sector != "BUS"]
        copula = copula_of(buyers)
        if copula is not None:
            holder, anchor = subject_of(sentence, copula), copula
        elif buyers.dep_ == "appos":
            holder = appositive_of(sentence, buyers)
        holder = [a for a in holder if a.code not in STATELESS]
        for receiving in holder:  # each buyer its own relation: they buy of the same seller, not as one
            if makers and actor_key(makers[0]) != actor_key(receiving):
                yield "arms_supplier", makers[:1], receiving, None, "relations:buyers-of", anchor, {}
        return
    makers = _makers(sentence, weapon)
    if not makers:
        return
    owner = child_of(weapon, "poss")
    extra = {"polarity": "holds"}  # arms that one has are supplied, whatever the clause goes on to say
    if owner is not None:
        holder = possessor_actors(sentence, owner)
    used = next((c for c in weapon.children if c.dep_ == "acl" and child_of(c, "agent") is not None), None)
    if not holder and used is not None:  # "acquired by Ethiopia's air force", "flown by India's army"
        agent = child_of(child_of(used, "agent"), "pobj")  # type: ignore[arg-type]
        holder = actors_or_owner(sentence, agent)
    if not holder and weapon.dep_ == "dobj":
        extra = {}
        verb = weapon.head  # "bought US-made F-35 fighter jets"
        if lemma_of(verb, kinds) in kinds.buy_verbs:
            holder = subject_of(sentence, verb)
    holder = [a for a in holder if a.code not in STATELESS]
    if holder and actor_key(holder[0]) != actor_key(makers[0]):
        yield "arms_supplier", makers[:1], holder[0], None, "relations:made-by", anchor, extra


def _military(aid: Token) -> bool:
    """Whether aid is military aid ("US military aid", not "non-military aid")."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ == "military" and not any(t.lower_ == "non" for t in c.lefts) for c in aid.children) and not any(
        c.lower_ in {"non", "non-military"} for c in aid.children)


def _role_holder(sentence: Sentence, noun: Token) -> list[Actor]:
    """Who a role noun describes: "Egypt, an ally and the recipient of ...", "Jordan is one of the biggest recipients"."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr" and (noun.head.head.like_num or noun.head.head.lower_ in SOME):
        noun = noun.head.head  # "one of the biggest recipients"
    if noun.dep_ == "appos":
        return appositive_of(sentence, noun)
    copula = copula_of(noun)
    return subject_of(sentence, copula) if copula is not None else []


def _military_aid(sentence: Sentence, aid: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Military aid is arms supplied: "Egypt receives $1.3 billion a year in US military aid", "Slovakia halted its military
    aid to Ukraine" (ended), "Jordan is among the biggest recipients of American military aid"."""
    givers = [a for c in aid.children if c.dep_ in {"nmod", "compound", "amod", "poss"} for a in possessor_actors(sentence, c) if a.code not in STATELESS]
    givers = givers or sentence.actors_of(pobj_of(aid, "from"))
    verb = governing_verb(aid)
    supply = kinds.kinds["arms_supplier"].verbs
    receivers = sentence.actors_of(pobj_of(aid, "to")) or (sentence.actors_of(pobj_of(verb, "to")) if verb is not None else [])
    if not givers and verb is not None and (lemma_of(verb, kinds) in supply or lemma_of(verb, kinds) in kinds.ended_verbs):
        givers = subject_of(sentence, verb)  # "the United States has delivered $60 billion in military aid to Ukraine"
    if not receivers and verb is not None and lemma_of(verb, kinds) in kinds.buy_verbs:
        receivers = subject_of(sentence, verb)  # "receives $3.8 billion in US military aid"
    recipient = next((t for t in aid.ancestors if t.lemma_.lower() in _BUYERS), None)
    if not receivers and recipient is not None:
        receivers = _role_holder(sentence, recipient)
    givers = [a for a in givers if a.code not in STATELESS]
    receivers = [a for a in receivers if a.code not in STATELESS and all(actor_key(a) != actor_key(g) for g in givers)]
    for receiving in receivers[:1] if givers else []:
        yield "arms_supplier", givers[:1], receiving, None, "relations:military-aid", aid, {}


def _purchase(sentence: Sentence, purchase: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A purchase of arms named as a noun, from the seller to the buyer: "Serbia's purchase of 12 Rafale jets from France",
    "the Angolan army's purchases of Chinese armoured vehicles" (the maker's state sells)."""
    buyers = [a for a in possessor_actors(sentence, child_of(purchase, "poss")) if a.code not in STATELESS]
    thing = pobj_of(purchase, "of")
    while thing is not None and not _weapon(thing, kinds) and pobj_of(thing, "of") is not None:
        thing = pobj_of(thing, "of")  # "its purchase of a dozen of the jets"
    if not buyers or thing is None or not _weapon(thing, kinds):
        return
    sellers = sentence.actors_of(pobj_of(thing, "from")) or sentence.actors_of(pobj_of(purchase, "from")) or [
        a for c in thing.children if c.dep_ in {"amod", "compound", "nmod"} for a in sentence.actors_of(c) if a.sector != "BUS"]
    sellers = [a for a in sellers if a.code not in STATELESS and actor_key(a) != actor_key(buyers[0])]
    if sellers:
        yield "arms_supplier", sellers[:1], buyers[0], None, f"relations:purchase({purchase.lemma_.lower()})", purchase, {}


def _among_buyers(sentence: Sentence, buyers: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """States "among" a supplier's buyers, as a clause's aside: "France is the second-largest arms exporter, with India and
    Qatar among its biggest customers", "with Ukraine among the biggest recipients of its weapons"."""
    among = buyers.head
    # the states: the "with" phrase beside "among" (or the one "among" hangs on)
    beside = next((c for c in among.head.children if c.lower_ == "with" and c.i < among.i), None) if among.head.lower_ != "with" else among.head
    holder = [a for a in sentence.actors_of(child_of(beside, "pobj") if beside is not None else None) if a.code not in STATELESS]
    of = pobj_of(buyers, "of")
    owner = child_of(buyers, "poss") or (child_of(of, "poss") if of is not None else None)
    suppliers = possessor_actors(sentence, owner)
    if not suppliers and owner is not None and owner.lower_ in PRONOUNS and among.head.pos_ in {"VERB", "AUX"}:
        suppliers = subject_of(sentence, among.head)  # "its": the clause's subject
    suppliers = [a for a in suppliers if a.code not in STATELESS]
    # buyers of arms: of weapons, or of a supplier the clause calls an arms exporter
    arms = (of is not None and _weapon(of, kinds)) or any(t.lemma_.lower() in {"arm", "arms", "weapon"} for t in sentence.sent)
    for receiving in holder if suppliers and arms else []:
        if actor_key(receiving) != actor_key(suppliers[0]):
            yield "arms_supplier", suppliers[:1], receiving, None, "relations:among-buyers", buyers, {"polarity": "holds"}


def _weapon(noun: Token, kinds: RelationKinds) -> bool:
    """Whether a noun names arms: "missiles", or a word of ``weapon_heads`` ("frigates", "air defence systems")."""
    words = kinds.kinds["arms_supplier"].objects
    return noun.lemma_.lower() in words | kinds.weapon_heads or noun.lower_ in words | kinds.weapon_heads


def _quantified(sentence: Sentence, subject: Token | None, members: dict[str, list[Actor]]) -> list[Actor]:
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


def _rank(verb: Token) -> int | None:
    for token in verb.subtree:
        if token.i <= verb.i:
            continue
        if _counts_no_rank(token) or clause_verb(token) != verb:
            continue  # "ranked the most peaceful country for the 17th time", "..., whose index put Russia last of 163 states"
        match = _ORDINAL.match(token.text)
        if match:
            return int(match.group(1))
        if token.lower_ in _ORDINAL_WORDS and (token.ent_type_ == "ORDINAL" or token.head == verb):  # "placed Pakistan ninth this year"
            return _ORDINAL_WORDS[token.lower_]
        count = _count_of(token) if token.lower_ == "last" else None
        if count is not None:  # "came last of 180 countries": the last place is the count (not "last year")
            return count
    return None


def _ranks_around(sentence: Sentence, verb: Token, value: int, ranked: Actor, body: str) -> Iterable[Reading]:
    """The states ranked after one whose rank a verb gives: "topped the index, followed by Sweden and the United States"
    (the next places, in order). Not "ahead of" or "behind", which the team's rows read as no rank of their own."""
    after, below = _followed_by(sentence, verb)
    if after is None or any(actor_key(a) == actor_key(ranked) for a in below):
        return
    for place, actor in enumerate(below, start=value + 1):
        yield "ranked", [actor], None, float(place), "relations:ranked-around", verb, {"according_to": body, "polarity": "holds"}


def _followed_by(sentence: Sentence, verb: Token) -> tuple[Token | None, list[Actor]]:
    """The "followed by" of a ranking clause and the states it lists, wherever in the clause the participle hangs
    ("retained the top spot in the ranking, followed by Russia and China", "was the largest exporter in 2020-24,
    followed by France"), up to an organisation, which ends the list ("... and Finland, the OECD said"); none where
    the list starts with one ("followed by NATO")."""
    for after in verb.subtree:
        if after.lemma_.lower() != "follow" or after.dep_ not in {"advcl", "acl"} or clause_verb(after) != verb:
            continue
        by = next((c for c in after.children if c.dep_ == "agent"), None)
        listed = child_of(by, "pobj") if by is not None else None
        if listed is None:
            continue
        states: list[Actor] = []
        for item in sorted([listed, *conjuncts(listed)], key=lambda t: t.i):
            actor = sentence.actor_at(item)
            if actor is not None and actor.code in STATELESS:
                break  # the list ends where the organisation begins
            if actor is not None and all(actor_key(actor) != actor_key(a) for a in states):
                states.append(actor)
        return (after, states) if states else (None, [])
    return None, []


def _respective_places(verb: Token, ranked: list[Actor]) -> list[tuple[list[Actor], int]]:
    """The places of several states ranked "respectively", one each in order: "Costa Rica and Mexico ..., ranking sixth
    and 10th respectively"; none where the count of places is not the count of states."""
    if len(ranked) < 2 or not any(c.lower_ == "respectively" for c in verb.children):
        return []
    places = [int(m.group(1)) if (m := _ORDINAL.match(t.text)) else _ORDINAL_WORDS[t.lower_] for t in verb.subtree
              if t.i > verb.i and (_ORDINAL.match(t.text) or (t.lower_ in _ORDINAL_WORDS and t.ent_type_ == "ORDINAL"))]
    return [([actor], place) for actor, place in zip(ranked, places)] if len(places) == len(ranked) else []


def _placed_before(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A place given before a state's name in a sentence about a ranking: "third-placed Singapore", "fourth-ranked New
    Zealand ... in the index"."""
    ordinal = next((c for c in verb.children if c.i < verb.i and (c.lower_ in _ORDINAL_WORDS or _ORDINAL.match(c.text))), None)
    named = sentence.actor_at(verb.head) if verb.head.pos_ == "PROPN" else None
    if ordinal is None or named is None or named.code in STATELESS or sentence.person(verb.head):
        return
    if _ranking_body(sentence, verb) is None and not any(t.lemma_.lower() in _RANKINGS for t in sentence.sent):
        return  # in a sentence about a ranking, not "second-placed Brazil beat Peru"
    match = _ORDINAL.match(ordinal.text)
    value = int(match.group(1)) if match else _ORDINAL_WORDS[ordinal.lower_]
    yield "ranked", [named], None, float(value), "relations:placed-before", verb, {"according_to": _ranking_body(sentence, verb) or "", "polarity": "holds"}


def _followed_in(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
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


def _members_but(sentence: Sentence, noun: Token) -> Iterable[Reading]:
    """The states excepted from "every member of" an organisation, which are members too: "Every member of SADC except
    Eswatini ...", "All members of the OAS except Canada and the United States are ..." (what is said of the rest is
    the clause's own)."""
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


def _ordinal_of(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb takes an ordinal word as its place in a sentence about a ranking: "slipped to second in the
    ranking", "came third in the index" (not "first" before it, nor "Kenyan runners finished first and second")."""
    if _ranking_body(sentence, verb) is None and not any(t.lemma_.lower() in _RANKINGS for t in sentence.sent):
        return False
    return any(c.lower_ in _ORDINAL_WORDS and c.ent_type_ == "ORDINAL" and c.i > verb.i and c.dep_ in {"advmod", "advcl", "acomp", "oprd", "npadvmod"}
               for c in verb.children)


def _tops_a_ranking(verb: Token) -> bool:
    """Whether what a verb tops is a ranking: "topped the list", "topped Reporters Without Borders' World Press Freedom
    Index" (whatever word the parse takes for the object)."""
    topped = child_of(verb, "dobj")
    if topped is not None and topped.lemma_.lower() in _RANKINGS and child_of(topped, "det") is not None:
        return True
    return any(t.pos_ == "PROPN" and t.lower_ in _RANKINGS and clause_verb(t) == verb for t in verb.subtree if t.i > verb.i)


def _counts_no_rank(ordinal: Token) -> bool:
    """Whether an ordinal counts something other than a place: "for the 17th time", "for the second year running"."""
    following = ordinal.doc[ordinal.i + 1] if ordinal.i + 1 < len(ordinal.doc) else None
    ordinal_word = _ORDINAL.match(ordinal.text) or (ordinal.lower_ in _ORDINAL_WORDS and ordinal.ent_type_ == "ORDINAL")
    return bool(ordinal_word) and following is not None and following.lemma_.lower() in _NO_RANK


def _count_of(last: Token) -> int | None:
    """How many a "last" is last of, read in word order (the parse hangs "of" on the word or on the verb): "last of
    the 147 countries surveyed", "last among 180 countries"."""
    doc = last.doc
    if last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in {"of", "among"}:
        return None
    count = next((t for t in doc[last.i + 2:last.i + 5] if t.like_num), None)
    digits = count.text.replace(",", "") if count is not None else ""
    return int(digits) if digits.isdigit() else None


_RANKINGS = {"index", "ranking", "rankings", "report", "list", "survey"}
# what an ordinal after a name counts when it is no rank: "Iceland, for the 17th time", "Finland, first to join"
_NO_RANK = {"time", "year", "consecutive", "straight", "century", "anniversary", "edition", "round", "term", "day", "week", "month", "to"}


def _world_ranker(sentence: Sentence, kinds: RelationKinds) -> str | None:
    """The body that speaks of a world ranking the sentence states as a superlative: "The United States remained the
    world's largest arms exporter, with France in second place, SIPRI said" (SIPRI); none where no body speaks."""
    if not any(_superlative_noun(t) and any(w.lower_ == "world" for w in t.subtree) for t in sentence.sent):
        return None
    root = sentence.sent.root
    speaker = sentence.actor_at(child_of(root, "nsubj")) if lemma_of(root, kinds) in kinds.speech_verbs else None
    return (speaker.org or speaker.text) if speaker is not None and speaker.code in STATELESS else None


def _ranks_in_passing(sentence: Sentence, kinds: RelationKinds) -> Iterable[Reading]:
    """Ranks given beside a state's name in a sentence about a ranking (an index, a report, a ranking body): "Somalia,
    179th of 180 in the index", "Eritrea, 180th,", "Mexico, in 10th place", "with Sudan 161st", "Somalia came 179th
    and Venezuela 178th" (the second rank with its verb left out)."""
    words = sentence.sent
    root = words.root
    body = _ranking_body(sentence, root) or _world_ranker(sentence, kinds)
    if body is None and not any(t.lemma_.lower() in _RANKINGS for t in words):
        return
    body = body or next((_name(t) for t in words if t.lemma_.lower() in _RANKINGS and any(c.pos_ == "PROPN" for c in t.subtree)), "")
    doc, end = words.doc, words.end
    for token in words:
        actor = sentence.actor_at(token) if token.i in sentence.by_token else None
        following = doc[token.i + 1] if token.i + 1 < end else None
        if actor is None or actor.code in STATELESS or sentence.person(token) or (
                following is not None and following.i in sentence.by_token and not _ORDINAL.match(following.text)
                and not (following.lower_ in _ORDINAL_WORDS and following.ent_type_ == "ORDINAL")):  # "with Switzerland second"
            continue  # the last word of a name (the actors stage may take the rank into it: "Sudan 161st")
        at = token.i + 1
        while at < end and doc[at].lower_ in {",", "in", "at"}:
            at += 1
        if at >= end:
            continue
        place = doc[at]
        match = _ORDINAL.match(place.text)
        value = int(match.group(1)) if match else _ORDINAL_WORDS.get(place.lower_) if place.ent_type_ == "ORDINAL" else None
        value = value if value is not None or place.lower_ != "last" else _count_of(place)
        if value is None and place.lower_ == "top" and at + 1 < end and doc[at + 1].lower_ == "of":
            value = 1  # "Iceland, top of the Global Peace Index since 2008"
        after = doc[at + 1] if at + 1 < end else None
        if after is not None and after.lower_ in {"place", "spot", "position"}:
            after = doc[at + 2] if at + 2 < end else None
        if value is None or (after is not None and after.lemma_.lower() in _NO_RANK):
            continue
        yield "ranked", [actor], None, float(value), "relations:rank-in-passing", place, {"according_to": body, "polarity": "holds"}


def _ranked_object(sentence: Sentence, verb: Token) -> list[Actor]:
    """Who a ranking verb ranks where its object stands for a name: "Turkey, which Global Firepower ranks ninth" (the
    noun the clause hangs on), "Egypt's army ..., according to Global Firepower, which places it 15th" ("it": the
    sentence's subject, or its possessor)."""
    placed = child_of(verb, "dobj")
    if placed is None:
        return []
    if placed.lower_ in RELATIVE and verb.dep_ == "relcl":
        return sentence.actors_of(verb.head)
    if placed.lower_ != "it":
        return []
    root = sentence.sent.root
    subject = child_of(root, "nsubj") or child_of(root, "nsubjpass")
    return [a for a in sentence.actors_of(subject) or sentence.actors_of(child_of(subject, "poss") if subject is not None else None)
            if a.code not in STATELESS]


def _ranking_body(sentence: Sentence, verb: Token) -> str | None:
    """The body whose ranking it is: "according to the Global Firepower survey center", "by Transparency International"."""
    for token in sentence.sent:
        if token.lower_ == "according" and token.i + 1 < sentence.sent.end and token.nbor().lower_ == "to":
            body = child_of(token.nbor(), "pobj") or (child_of(token, "prep") and child_of(child_of(token, "prep"), "pobj"))  # type: ignore[arg-type]
            if isinstance(body, Token):
                return _name(body)
    by = pobj_of(verb, "by")
    return _name(by) if by is not None else None


def _name(token: Token) -> str:
    """The proper name in a noun phrase ("the Global Firepower survey center" -> "Global Firepower")."""
    proper = [t for t in token.subtree if t.pos_ == "PROPN"]
    if proper:
        return " ".join(t.text for t in proper)
    return " ".join(t.text for t in token.subtree if not t.is_punct and t.dep_ != "det")


def _collective_defense(sentence: Sentence, attack: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """"an attack on one member shall be considered an attack on all", "external threat to any member ... a threat to
    all", "obliging each to provide assistance if the other comes under attack", "to act if either is attacked"."""
    words = {t.lower_ for t in sentence.sent}
    one_for_all = {"one", "any"} & words and {"all", "both"} & words and (
        {"member", "members", "state", "states", "ally", "allies", "country", "countries"} & words)
    attacks = sum(t.lemma_.lower() in _ATTACK_NOUNS for t in sentence.sent)
    mutual = {"either", "each", "other", "any"} & words and (
        {"assist", "assistance", "aid", "defend", "defence", "defense", "act", "help"} & words or attacks >= 2)  # "an attack on either ... on both"
    if not (one_for_all or mutual):
        return
    if attack.i != min(t.i for t in sentence.sent if t.lemma_.lower() in _ATTACK_NOUNS):
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
        if name and not _hyphenated(sentence, pact):  # "The ANZUS pact commits Australia and the United States to act ... if either is attacked"
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
        yield "ally", states, None, None, "relations:collective-defense(mutual)", attack, {"polarity": "holds"}


def _pact_ended(word: Token, kinds: RelationKinds) -> bool:
    """Whether a pledge told in a relative clause of a pact or alliance is ended by what the sentence says of the pact:
    "The Warsaw Pact, whose members pledged assistance ..., was dissolved in 1991", "The treaty, which had committed
    Washington to defend Taiwan, was terminated"."""
    clause = next((a for a in [word, *word.ancestors] if a.dep_ == "relcl"), None)
    if clause is None:
        return False
    pact = clause.head
    return pact.dep_ in {"nsubj", "nsubjpass"} and lemma_of(pact.head, kinds) in kinds.ended_verbs


def _superlative(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A ranking stated as a superlative, with the body that ranks: "Denmark was ranked the least corrupt country by
    Transparency International", "Ukraine became the world's largest importer of arms, according to SIPRI, followed by
    India and Qatar" (first, then second and third)."""
    nouns = [c for c in verb.children if c.dep_ in {"attr", "oprd", "dobj"} and c.pos_ in {"NOUN", "PROPN"}]
    if verb.dep_ != "acl":  # "ranked Finland as the freest" (not "a striker, ranked as the league's most valuable player")
        nouns += [o for c in verb.children if c.lower_ == "as" for o in [child_of(c, "pobj")] if o is not None]
    # "The Global Peace Index ranked Iceland the world's most peaceful country": the superlative is not the first noun
    noun = next((n for n in nouns if _superlative_noun(n)), nouns[0] if nouns else None)
    relation_noun = any(modifier is None for _, modifier in kinds.noun_kinds(noun.lemma_.lower())) if noun is not None else False
    if noun is None or relation_noun or not _superlative_noun(noun):
        return
    body = _ranking_body(sentence, verb)
    by = next((child_of(t, "pobj") for t in verb.subtree if t.lower_ == "by" and child_of(t, "pobj") is not None), None)
    body = body or (_name(by) if by is not None and by.pos_ == "PROPN" else None)  # "... for the sixth year by Transparency International"
    if body is None:
        # (the "in" may hang on a word between: "for the eighth consecutive year in the World Happiness Report")
        index = next((o for o in verb.subtree if o.dep_ == "pobj" and o.head.lower_ == "in" and o.lower_ in {"index", "ranking", "rankings", "report"}
                      and clause_verb(o) == verb), None)
        body = _name(index) if index is not None else None  # "in the Global Innovation Index"
    worldwide = any(t.lower_ == "world" for t in noun.subtree)  # "the world's largest", "the largest in the world"
    if body is None and worldwide:
        # a ranking body that reports a world ranking: "Germany became the world's fourth-largest military spender, SIPRI
        # said" (not "Algeria remained Africa's biggest defence spender", "the largest buyers of French weapons")
        speaker = speaker_of(verb, sentence, kinds)
        body = (speaker.org or speaker.text) if speaker is not None and speaker.code in STATELESS else None
    ranked = subject or (sentence.actors_of(verb.head) if verb.dep_ == "acl" else [])
    ranker = child_of(verb, "nsubj")
    placed = [a for a in sentence.actors_of(child_of(verb, "dobj")) if a.code not in STATELESS] if noun.dep_ != "dobj" else []
    if placed and ranker is not None and all(a.code in STATELESS for a in [sentence.actor_at(ranker)] if a is not None):
        ranked, body = placed, body or _name(ranker)  # the subject ranks, the object is ranked
    if not body or not ranked:
        return  # "Russia is the largest country" is no ranking
    # "the fourth most peaceful country", "the world's third-largest economy": the ordinal is the rank
    ordinal = next((t for c in noun.children for t in [c, *c.children] if t.ent_type_ == "ORDINAL" and t.lower_ in _ORDINAL_WORDS), None)
    value = _ORDINAL_WORDS[ordinal.lower_] if ordinal is not None else 1
    yield "ranked", ranked[:1], None, float(value), "relations:superlative", verb, {"according_to": body, "polarity": "holds"}
    after, below = _followed_by(sentence, verb)
    if after is None:
        return
    for place, actor in enumerate(below, start=value + 1):
        yield "ranked", [actor], None, float(place), "relations:superlative(followed-by)", after, {"according_to": body, "polarity": "holds"}


def _held_place(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A place in a ranking kept, taken or held: "Norway kept first place in the index", "retained the top spot,
    followed by Russia and China", "held fourth place", "remained last, at 180th"."""
    value: int | None = None
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"} and child.lemma_.lower() in _PLACES:
            # "first place", "the top spot", "fourth position"
            value = next((_ORDINAL_WORDS.get(c.lower_) or (1 if c.lower_ == "top" else None) or _digit_rank(c)
                          for c in child.children if c.dep_ in {"amod", "nummod", "compound"}), None)
        elif child.dep_ in {"acomp", "advmod", "oprd"} and child.lower_ in {"top", "first"}:
            value = 1  # "stayed top", "remained first"
        elif child.dep_ == "prep" and child.lower_ == "at":
            value = _digit_rank(child_of(child, "pobj"))  # "remained last, at 180th"
        if value is not None:
            break
    states = [a for a in subject if a.code not in STATELESS and not a.sector]
    if value is None or not states or sentence.person(child_of(verb, "nsubj")):
        return
    body = _ranking_body(sentence, verb) or ""
    polarity = polarity_of(verb, kinds)
    yield "ranked", states[:1], None, float(value), "relations:held-place", verb, {"according_to": body, "polarity": polarity}
    if polarity == "holds":
        yield from _ranks_around(sentence, verb, value, states[0], body)


_PLACES = {"place", "spot", "position", "rank", "ranking"}


def _digit_rank(token: Token | None) -> int | None:
    match = _ORDINAL.match(token.text) if token is not None else None
    return int(match.group(1)) if match else None


def _kept_out(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
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


def _suspended(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
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


def _membership_elided(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
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


def _repeated_prepositions(sentence: Sentence, word: Token, preposition: str) -> list[list[Actor]]:
    """The organisations named after a preposition said again, which the parse hangs on the word beside the first, or
    joins to the first preposition: "a founding member of NATO and of the G7", "belongs to NATO and to the EEA"."""
    said = [c for c in word.children if c.dep_ == "prep" and c.lower_ == preposition]
    again = said[1:] + [c for p in said[:1] for c in conjuncts(p) if c.lower_ == preposition]
    return [[a for a in sentence.actors_of(child_of(p, "pobj")) if a.code in STATELESS] for p in again]


def _partners_in(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
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


def _membership_bid(sentence: Sentence, bid: Token, kinds: RelationKinds) -> Iterable[Reading]:
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


def _non_member(sentence: Sentence, noun: Token) -> Iterable[Reading]:
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


def _title_misparsed(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
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


def _alongside(sentence: Sentence, anchor: Token, subjects: list[Actor], organisation: Actor) -> list[Actor]:
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


def _invited(sentence: Sentence, word: Token, kinds: RelationKinds) -> Iterable[Reading]:
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


def _superlative_noun(noun: Token) -> bool:
    """Whether a noun is qualified by a superlative: "the least corrupt country", "the world's largest importer"."""
    return any(c.tag_ == "JJS" or (c.dep_ == "amod" and any(a.tag_ in {"JJS", "RBS"} for a in c.children)) for c in noun.children)


def _defence_pledge(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """One state bound to defend another: "the United States is obliged to come to Estonia's defence", "China is the
    only country bound by treaty to defend North Korea", "Iceland relies on NATO for its defence"."""
    kind = kinds.kinds["collective_defense"]
    defended: list[Actor] = []
    helping = _help_if_attacked(verb, lemma)
    # "a commitment to defend", also parsed as a relative clause ("a commitment to come to the defence of ...")
    infinitive = verb.dep_ == "acl" or (verb.dep_ == "relcl" and child_of(verb, "aux", "to") is not None)
    commitment = verb.head if infinitive and verb.head.lemma_.lower() in kinds.obligations else None
    defenders = _committed(sentence, commitment) or subject or (_obliged(sentence, verb, kinds) if lemma in kind.verbs or helping else [])
    if lemma in kind.verbs or helping:
        defended = sentence.actors_of(child_of(verb, "dobj")) or _defended_unnamed(sentence, child_of(verb, "dobj"), defenders, kinds)
        defended = defended or _administered(sentence, verb, defenders, kinds)
    elif lemma == "come":
        to = pobj_of(verb, "to")
        defended = sentence.actors_of(child_of(to, "poss") or pobj_of(to, "of")) if to is not None and to.lemma_.lower() in kind.objects else []
        if not defended and to is not None and to.lemma_.lower() in kind.objects:
            defended = _whose_aid(sentence, child_of(to, "poss"), defenders)  # "to come to its aid if Armenia is attacked"
    elif lemma in {"rely", "depend"}:
        cause = pobj_of(verb, "for")
        # (aid or help relied on is a defence only where it is military: not "relies on India for aid and trade")
        if cause is not None and cause.lemma_.lower() in kind.objects | {"security", "protection"} and (
                cause.lemma_.lower() not in kinds.aid_nouns | {"help"} or _military(cause)):
            defenders, defended = sentence.actors_of(pobj_of(verb, "on")), subject
    defended = [a for a in defended if a.code not in STATELESS]
    if not (defenders and defended):
        return  # (before the search of the sentence for an obligation, for every verb)
    bound = lemma in {"rely", "depend"} or any(
        t.lemma_.lower() in kinds.obligations for t in [*list(verb.ancestors)[:3], *sentence.sent] if t.i != verb.i) or _defence_if_attacked(verb)
    if not bound:
        return
    polarity = polarity_of(verb, kinds)  # the pledge holds; its "if" is the attack it answers
    # but not one told with "would": "Athens said it would defend the island", "a treaty that would oblige Washington to ..."
    chain = [verb, *list(verb.ancestors)[:3]]
    doubted = any(c.dep_ == "aux" and c.lower_ in MODALS - {"will", "can"} for t in chain for c in t.children)
    if polarity == "holds" and any(c.dep_ == "neg" for t in chain[1:] if lemma_of(t, kinds) in kinds.obligations for c in t.children):
        polarity = "denied"  # "was not obliged to send troops to defend Russia's annexed regions"
    if child_of(verb, "mark", "whether") is not None:
        polarity = "hypothetical"  # "declined to say whether American forces would come to Taiwan's defence": asked, not denied
    if _pact_ended(verb, kinds):
        polarity = "ended"  # "The treaty, which had committed Washington to defend Taiwan, was terminated in 1980"
    extra = {"polarity": ("hypothetical" if doubted else "holds") if polarity in {"holds", "hypothetical"} else polarity}
    if commitment is not None and child_of(commitment, "det", "no") is not None:
        extra = {"polarity": "denied"}  # "contains no British commitment to defend Ukraine"
    elif commitment is not None and (ending := governing_verb(commitment)) is not None and lemma_of(ending, kinds) in kinds.ended_verbs:
        extra = {"polarity": "ended"}  # "ending a commitment to come to the defence of the United States"
    for defender in defenders[:1]:
        if actor_key(defender) != actor_key(defended[0]):
            yield "collective_defense", [defender], defended[0], None, f"relations/kinds.yml#collective_defense.{lemma}", verb, extra


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
    return modal and any(c.dep_ == "advcl" and child_of(c, "mark", "if") is not None and c.lemma_.lower() in _ATTACK_NOUNS | {"invade"}
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
    return any(t is not None and t.lemma_.lower() in _ATTACK_NOUNS | {"invade"} for t in [*upon, *conditions])


def _obliged(sentence: Sentence, verb: Token, kinds: RelationKinds) -> list[Actor]:
    """Who an obligation binds to do what a verb says, where the parse gives the verb no subject: "the treaty obliges it to
    defend ...", "commits Paris to help defend ..." ("it": the nearest state before it that is a clause's subject)."""
    head = verb
    for _ in range(3):
        if head.dep_ not in {"xcomp", "ccomp"} or head.head.i == head.i:
            break
        head = head.head
        bound = child_of(head, "dobj")
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
    if thing.lemma_.lower() not in kinds.state_nouns or child_of(thing, "det", "the") is None:
        return []
    others = {a.code: a for t in sentence.sent if t.i < thing.i for a in [sentence.actor_at(t)]
              if a is not None and a.code not in STATELESS and a.sector in {None, "GOV"} and actor_key(a) not in own}
    return list(others.values()) if len(others) == 1 else []


_DEFENDING = {"assist", "assistance", "help", "aid", "defend", "attack", "aggression"}
_BATCHES = {"package", "round", "raft", "set", "wave", "tranche", "batch"}
_ADOPTING = {"adopt", "approve", "impose", "announce", "unveil", "agree", "pass", "introduce", "extend", "renew", "prepare", "propose",
             "keep", "maintain", "lift", "ease", "remove", "end", "scrap", "repeal", "relax"}
# parts of a whole of sanctions: "most of its sanctions", "the last of the sanctions"
_SHARES = {"most", "all", "some", "last", "part", "rest", "bulk", "remainder"}
_SIGNING = {"sign", "agree", "conclude", "seal", "ink", "reach", "have", "negotiate"}


def _mutual_pact(sentence: Sentence, pact: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A pact by which its parties defend each other, with the parties: "the Russia-North Korea mutual defence treaty",
    "Greece, whose defence pact with France obliges each side to come to the other's aid", "A and B signed a mutual
    defence treaty", "a joint defence pact between A and B": each party defends the other (one relation each way, as
    the guide settles); an organisation's own clause is the organisation's ("the EU's mutual assistance clause")."""
    if pact.pos_ == "PROPN" or is_actor(sentence.actor_at(pact), STATELESS):
        return  # a word of a name: "the Collective Security Treaty Organization"
    before = [t for left in pact.lefts for t in left.subtree]
    defence = kinds.kinds["collective_defense"].objects | {"security"}
    named = {t.lower_ for t in before} & kinds.mutual_words and {t.lemma_.lower() for t in before} & defence
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
    if len(parties) < 2:
        parties = _parties_elsewhere(sentence, pact, kinds)
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


def _pact_parties(sentence: Sentence, pact: Token) -> list[Actor]:
    """Who a pact binds: its owner ("Greece, whose pact ...", "the EU's clause"; an organisation alone, first), a
    hyphenated pair or the names before it, "between", "with", and the subject of the verb that signs it."""
    owner = child_of(pact, "poss")
    clause = next((a for a in pact.ancestors if a.dep_ == "relcl"), None) if owner is not None and owner.lower_ == "whose" else None
    owned = sentence.actors_of(clause.head) if clause is not None else possessor_actors(sentence, owner)
    if owned and owned[0].code in STATELESS:
        return owned[:1]
    before = [t for left in pact.lefts for t in left.subtree if t.dep_ != "poss"]
    sides = [owned, _hyphenated(sentence, pact) or [a for t in before for a in [sentence.actor_at(t)] if a is not None],
             sentence.actors_of(pobj_of(pact, "between")), sentence.actors_of(pobj_of(pact, "with"))]
    verb = governing_verb(pact)
    if verb is not None and pact.dep_ == "dobj":  # "A and B signed a mutual defence treaty", "A signed one with B"
        sides += [subject_of(sentence, verb), sentence.actors_of(pobj_of(verb, "with"))]
    parties: list[Actor] = []
    for actor in (a for side in sides for a in side):
        if all(actor_key(actor) != actor_key(p) for p in parties):
            parties.append(actor)
    return parties


def _parties_elsewhere(sentence: Sentence, pact: Token, kinds: RelationKinds) -> list[Actor]:
    """The parties of a pact named away from it: "Manila and Washington are allies under a mutual defence treaty" (the
    clause's subject), "the two countries' mutual defence treaty" (the two states the sentence names), "the
    Russian-Iranian treaty contains no mutual defence clause" (the parties of the treaty that holds the clause)."""
    if pact.dep_ == "pobj" and pact.head.lower_ == "under":
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


def _hyphenated(sentence: Sentence, noun: Token) -> list[Actor]:
    """The sides a hyphenated pair before a noun names: "the Russia-North Korea treaty", "the U.S.-Philippines treaty",
    "the Russian-Iranian partnership", "the Kazakhstan-EU partnership". The actors stage often reads the whole phrase as
    one actor, and the tokenizer may keep a pair as one word, so each side's words are looked up as a name of their own
    (a state's or an organisation's, not a person's: "Franco")."""
    start = noun.head.left_edge.i if noun.dep_ == "compound" and noun.head.i > noun.i else noun.left_edge.i  # "the A-B partnership treaty"
    text = noun.doc[start:noun.i].text
    pieces = re.split(r"\s*[-–]\s*", text)
    found: list[Actor] = []
    for before, after in itertools.pairwise(pieces):
        left, right = before.split(), after.split()
        sides = [name_in(sentence, [left[-n:] for n in range(len(left), 0, -1)]),
                 name_in(sentence, [right[:n] for n in range(len(right), 0, -1)])]
        if all(side is not None for side in sides):
            found += [a for a in sides if a is not None and all(actor_key(a) != actor_key(f) for f in found)]
    return found if len(found) >= 2 else []


def _defence_bonds(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """States bound to defend each other, "Turkey and Azerbaijan pledged to assist each other militarily", "agreed to
    come to each other's aid" (one relation each way); and one state that answers for another's defence, "the United
    States is responsible for the defence of Palau"."""
    kind = kinds.kinds["collective_defense"]
    if lemma == "be" and (responsible := child_of(verb, "acomp")) is not None and responsible.lower_ == "responsible":
        cause = pobj_of(responsible, "for")
        if cause is not None and cause.lemma_.lower() in kind.objects | {"security"}:
            defenders = [a for a in subject if a.code not in STATELESS][:1]
            for defended in (a for a in sentence.actors_of(pobj_of(cause, "of")) if a.code not in STATELESS):
                if defenders and actor_key(defended) != actor_key(defenders[0]):
                    yield "collective_defense", defenders, defended, None, "relations:responsible-for-defence", verb, {}
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
    states = [a for a in subject if a.code not in STATELESS]
    if not (bound and len(states) >= 2):
        return
    polarity = polarity_of(verb, kinds)  # the bond holds; its "if" is the attack it answers
    extra = {"polarity": "holds" if polarity == "hypothetical" else polarity}
    for defender in states:
        for defended in states:
            if actor_key(defender) != actor_key(defended):
                yield "collective_defense", [defender], defended, None, "relations:each-other", verb, extra


def _unique(relations: list[Relation]) -> list[Relation]:
    seen: set[str] = set()
    out = []
    for relation in relations:
        if relation.relation_id not in seen:
            seen.add(relation.relation_id)
            out.append(relation)
    return out
