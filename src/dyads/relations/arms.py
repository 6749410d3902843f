"""Readers of ``arms_supplier``: arms sold, bought, supplied or relied on ("buys most of its weapons from
Russia"), weapons of one state's making that another has ("Russian-made fighters"), military aid, purchases,
shares of another's arms imports, and states among a supplier's buyers.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from spacy.tokens import Token

from ..actors.lexicon import load_actor_lexicon
from ..records import Actor
from .kinds import RelationKinds
from .polarity import modifier_phrase
from .sanctions import SANCTIONED_SECTORS
from .sentence import (
    PRONOUNS,
    RELATIVE,
    SOME,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    actors_or_owner,
    appositive_of,
    child_of,
    clause_verb,
    conjuncts,
    copula_of,
    governing_verb,
    lemma_of,
    pobj_of,
    possessor_actors,
    subject_of,
    subject_owner,
    the_bloc,
    the_country,
)


def about_arms(noun: Token, kinds: RelationKinds) -> bool:
    """"supplier of arms", "Ukraine's supplier of Bayraktar drones", "arms supplier": a supplier of weapons."""
    objects = kinds.kinds["arms_supplier"].objects
    of = pobj_of(noun, "of")
    # "a source of military hardware": what is bought as arms is arms here where it is called military
    military = of is not None and (names_weapon(of, kinds) or of.lemma_.lower() in kinds.aid_nouns) and any(c.lower_ == "military" for c in of.children)
    # a supplier to a state's forces, or of arms parts ("all exports of F-35 fighter jet parts to Israel")
    forces = any(t is not None and t.lemma_.lower() in _FORCES and child_of(t, "poss") is not None for t in (of, pobj_of(noun, "to")))
    # a military supplier or donor: "Ukraine's second-largest military donor"
    forces = forces or any(c.dep_ in {"amod", "compound"} and c.lower_ == "military" for c in noun.children)
    return any(c.lemma_.lower() in objects for c in noun.children if c.dep_ == "compound") or (
        of is not None and (of.lemma_.lower() in objects or any(p.lemma_.lower() in objects for p in _premodifiers(of)))) or military or forces


SELLING = {"sell", "export", "supply", "deliver", "transfer"}  # verbs of a sale, not of a deployment ("send", "ship")
ARRIVING = {"arrive"}  # arms supplied that arrive in a state are its: "jets supplied by Denmark have arrived in Ukraine"
BUILDING = {"build", "make", "manufacture", "produce", "construct"}  # arms made "for" a state: "building corvettes for Pakistan's navy"


def armed_by(sentence: Sentence, verb: Token, lemma: str, kinds: RelationKinds) -> Iterable[Reading]:
    """A state armed by others, each a supplier: "Myanmar's military is armed chiefly by Russia and China", "a Ukraine
    armed by the alliance" (the organisation named before)."""
    armers = [a for c in verb.children if c.dep_ == "agent" for t in [child_of(c, "pobj")] for a in sentence.actors_of(t) or the_bloc(sentence, t, kinds)]
    armed = actors_or_owner(sentence, child_of(verb, "nsubjpass")) if verb.dep_ != "acl" else actors_or_owner(sentence, verb.head)
    armed = armed or (subject_of(sentence, verb) if verb.dep_ == "relcl" else [])  # "Somalia's army, which is armed by ..."
    armed = [a for a in armed if a.code not in STATELESS]
    if armers and armed:  # "by Russia and China": one list of suppliers
        yield "arms_supplier", armers, armed[0], None, f"relations/kinds.yml#arms_supplier.{lemma}", verb, {}


def share_of_imports(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state that accounts for a share of another's arms imports supplies it, and so do those said to follow it: "The
    United States accounted for 45 percent of Ukraine's arms imports, followed by Germany and Poland"."""
    imports = pobj_of(verb, "for")
    while imports is not None and imports.lemma_.lower() not in kinds.purchase_nouns and pobj_of(imports, "of") is not None:
        imports = pobj_of(imports, "of")  # "45 percent of Ukraine's arms imports"
    if imports is not None and imports.lemma_.lower() not in kinds.purchase_nouns:
        # (a fraction's "of" may hang on its second word: "two-thirds of Vietnam's arms imports")
        imports = next((t for t in imports.subtree if t.lemma_.lower() in kinds.purchase_nouns and t.dep_ == "pobj" and t.head.lower_ == "of"), imports)
    if imports is None or imports.lemma_.lower() not in kinds.purchase_nouns or not any(
            names_weapon(c, kinds) for c in imports.children if c.dep_ in {"compound", "amod", "nmod"}):
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


def arms_from(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's arms that come from others are supplied by them: "with most of its arms coming from the United States",
    "Algeria's equipment comes mostly from Russia"."""
    suppliers = [a for a in sentence.actors_of(pobj_of(verb, "from")) if a.code not in STATELESS]
    arms = child_of(verb, "nsubj")
    while arms is not None and not names_weapon(arms, kinds) and pobj_of(arms, "of") is not None:
        arms = pobj_of(arms, "of")  # "most of its arms"
    if not suppliers or arms is None or not names_weapon(arms, kinds):
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


_FORCES = {"army", "military", "navy", "force", "forces"}


def supplied_it(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """"it" supplied with arms is the last state (or its forces) named before as a clause's subject or as what is "of"
    another, not the supplier: "Uganda's air force flies Russian jets, and Moscow has also supplied it with attack
    helicopters", "the main supplier of the Lebanese army, providing it with helicopters"; so are "the army" and "the
    government" ("The Central African Republic hosts ..., and Moscow has supplied the army with weapons")."""
    pronoun = child_of(verb, "dobj")
    supplied = pobj_of(verb, "with")
    # or the forces or government of a state named before, by "the": "Moscow has supplied the army with weapons"
    forces = pronoun is not None and pronoun.lemma_.lower() in _FORCES | sentence.governments and child_of(pronoun, "det", "the") is not None and (
        sentence.actor_at(pronoun) is None and not any(c.dep_ in {"poss", "compound", "amod", "nmod"} for c in pronoun.children))
    if pronoun is None or (pronoun.lower_ != "it" and not forces) or supplied is None or not any(names_weapon(t, kinds) for t in supplied.subtree):
        return
    suppliers = [a for a in subject if a.code not in STATELESS]
    said = [t for t in sentence.sent if t.i < pronoun.i and (t.dep_ in {"nsubj", "nsubjpass"} or (t.dep_ == "pobj" and t.head.lower_ == "of"))]
    named = [a for t in said for a in [sentence.actor_at(t)]
             if a is not None and a.code not in STATELESS and a.sector in SANCTIONED_SECTORS and all(a.code != s.code for s in suppliers)]
    if suppliers and named:
        yield "arms_supplier", suppliers, named[-1], None, f"relations:supplied-it({lemma})", verb, {}


def relied_on(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state that relies on others for its arms is supplied by them: "Laos depends on Russia for most of its jets",
    "Mali has relied on Moscow for 70 percent of its weapons imports", "whose army has depended on China as its main
    arms supplier", "has turned to India and France for artillery"."""
    suppliers = [a for a in sentence.actors_of(pobj_of(verb, "on") or pobj_of(verb, "to")) if a.code not in STATELESS]
    wanted = pobj_of(verb, "for")
    role = pobj_of(verb, "as")
    arms = (wanted is not None and any(names_weapon(t, kinds) for t in wanted.subtree)) or (
        role is not None and any(k.name == "arms_supplier" for k, _ in kinds.noun_kinds(role.lemma_.lower())) and about_arms(role, kinds))
    relied = pobj_of(verb, "on")
    if not arms and relied is not None and _weapon_phrase(relied, kinds):
        # arms of others' making relied on: "Vietnam relies heavily on Russian weapons", "depends on US-made jets"
        suppliers = [a for a in _premodifier_states(sentence, relied) + _makers(sentence, relied) if a.code not in STATELESS][:1]
        arms = bool(suppliers)
    if not suppliers or not arms:
        return
    subject = child_of(verb, "nsubj")
    receivers = [a for a in subject_of(sentence, verb) if a.code not in STATELESS] or subject_owner(sentence, verb) or the_country(sentence, subject)
    if receivers and all(actor_key(s) != actor_key(receivers[0]) for s in suppliers):
        yield "arms_supplier", suppliers, receivers[0], None, f"relations:relied-on({verb.lemma_.lower()})", verb, {}


def bought(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """Arms bought: "buys most of its weapons from Russia"; one relation a seller's phrase where each thing bought has
    its own ("received drones from Turkey and helicopters from Russia"); and, with no seller named, the state whose
    demonym the weapon carries ("bought Russian S-400 air defence systems", "French Rafales and Russian helicopters")."""
    # the buyer is a state: "A NATO member since 1952, Turkey has bought ..." (the parse gives the verb two subjects)
    subject = [a for a in subject if a.code not in STATELESS] or [
        a for c in verb.children if c.dep_ == "nsubj" for a in sentence.actors_of(c) if a.code not in STATELESS]
    subject = subject or [a for a in _pledger(sentence, verb) if a.code not in STATELESS]
    if not subject:
        return
    why = f"relations:bought-from({lemma})"
    extra = _deal_ended(verb, kinds)
    thing = child_of(verb, "dobj")
    # (the verb's own: not those of another verb it carries, "receives US aid and has bought jets from France")
    froms = [t for t in verb.subtree if t.lower_ == "from" and t.dep_ == "prep" and sentence.actors_of(child_of(t, "pobj")) and governing_verb(t) == verb]
    if len(froms) >= 2 and any(names_weapon(t, kinds) for t in verb.subtree):
        sellers_named = [child_of(prep, "pobj") for prep in froms]
        for seller in sellers_named:  # a phrase a seller: each sold its own thing (not the next phrase's, where the parse joins them)
            others = {actor_key(a) for other in sellers_named if other is not seller for a in [sentence.actor_at(other)] if a is not None}
            yield "arms_supplier", [a for a in sentence.actors_of(seller) if actor_key(a) not in others], subject[0], None, why, verb, extra
        return
    if thing is not None:
        thing = next((t for t in thing.subtree if names_weapon(t, kinds)), thing)  # "most of its weapons"
    sellers = sentence.actors_of(pobj_of(verb, "from")) or [a for t in froms for a in sentence.actors_of(child_of(t, "pobj"))]
    if not sellers and thing is not None and not froms:
        head = thing
        while head.dep_ in _PREMODIFIERS and head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head  # (the weapon word may be a premodifier: "fighter jets")
        sellers = _sold_by(sentence, head)  # "took delivery of attack helicopters approved for sale by Washington"
    if thing is not None and names_weapon(thing, kinds) and sellers:
        yield "arms_supplier", sellers, subject[0], None, why, verb, extra
        # an item of another's making among those bought: "bought Russian T-90s and T-50 trainer jets from South Korea"
        bought_things = child_of(verb, "dobj")
        for item in [bought_things, *conjuncts(bought_things)] if bought_things is not None and conjuncts(bought_things) else []:
            makers = [m for m in _premodifier_states(sentence, item) if all(actor_key(m) != actor_key(a) for a in [*sellers, subject[0]])]
            if makers:
                yield "arms_supplier", makers[:1], subject[0], None, f"relations:bought-made-by({lemma})", verb, extra
        return
    if thing is None or froms:
        return
    while thing.dep_ in _PREMODIFIERS and thing.head.pos_ in {"NOUN", "PROPN"}:
        thing = thing.head  # "Russian S-400 missile systems": the weapon word may be a premodifier of the phrase's head
    for weapon in [thing, *conjuncts(thing)]:
        makers = _premodifier_states(sentence, weapon)
        if makers and _weapon_phrase(weapon, kinds) and all(actor_key(m) != actor_key(subject[0]) for m in makers):
            yield "arms_supplier", makers[:1], subject[0], None, f"relations:bought-made-by({lemma})", verb, extra


def awaited(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """Arms a state awaits from another are a supply to come: "Iran has been waiting for years for Su-35 fighter jets
    from Russia", "Iran is still awaiting the jets from Moscow"."""
    wanted = [w for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for w in [child_of(c, "pobj")] if w is not None]
    wanted += [w for p in wanted for w in [pobj_of(p, "for")] if w is not None]  # "for years for Su-35 jets", hung on "years"
    arms = child_of(verb, "dobj") or next((p for p in wanted if _weapon_phrase(p, kinds)), None)
    if arms is None or not _weapon_phrase(arms, kinds):
        return
    sellers = [a for a in sentence.actors_of(pobj_of(arms, "from") or pobj_of(verb, "from")) if a.code not in STATELESS]
    receivers = [a for a in subject if a.code not in STATELESS]
    if sellers and receivers and all(actor_key(s) != actor_key(receivers[0]) for s in sellers):
        yield "arms_supplier", sellers, receivers[0], None, f"relations:awaited({verb.lemma_.lower()})", verb, {"polarity": "hypothetical"}


def _pledger(sentence: Sentence, verb: Token) -> list[Actor]:
    """Whose pledge, plan or decision a subjectless verb is, by its possessor: "as part of its pledge to stop purchasing
    weapons from Israel" (its), "Poland's decision to buy tanks from South Korea"."""
    while verb.dep_ == "xcomp" and child_of(verb, "nsubj") is None:
        verb = verb.head
    owner = child_of(verb.head, "poss")
    if verb.dep_ != "acl" or child_of(verb, "aux", "to") is None or child_of(verb, "nsubj") is not None or owner is None:
        return []
    if owner.lower_ not in PRONOUNS:
        return possessor_actors(sentence, owner)
    clause = verb.head  # "its": the subject of the nearest clause with one ("cancelled the deal as part of its plan to ...")
    while clause.head.i != clause.i and not (clause.pos_ in {"VERB", "AUX"} and child_of(clause, "nsubj") is not None):
        clause = clause.head
    return subject_of(sentence, clause) if clause.pos_ in {"VERB", "AUX"} else []


def _deal_ended(verb: Token, kinds: RelationKinds) -> dict[str, str]:
    """A purchase whose deal is ended has ended: "cancelled a contract to buy anti-tank missiles from an Israeli company",
    "scrapped an order to buy jets from France"."""
    deal = verb.head
    ended = verb.dep_ == "acl" and child_of(verb, "aux", "to") is not None and deal.dep_ == "dobj" and lemma_of(deal.head, kinds) in kinds.ended_verbs
    return {"polarity": "ended"} if ended else {}


_APPROVING = {"approve", "clear", "authorize", "authorise"}  # a sale approved by the seller's state: "approved for sale by Washington"


def _sold_by(sentence: Sentence, weapon: Token) -> list[Actor]:
    """The states arms are said to be sold, made or approved for sale by ("helicopters approved for sale by Washington",
    "frigates built by France"), not companies ("built by Lockheed Martin")."""
    sellers: list[Actor] = []
    for said in (c for c in weapon.children if c.dep_ == "acl"):
        purpose = pobj_of(said, "for")  # (the parse may hang the "by" on the purpose: "approved for export by the United States")
        approved = said.lemma_.lower() in _APPROVING and purpose is not None and purpose.lemma_.lower() in {"sale", "export"}
        if said.lemma_.lower() in SELLING | _MAKING or approved:
            agent = pobj_of(said, "by") or (pobj_of(purpose, "by") if approved and purpose is not None else None)
            sellers += [a for a in sentence.actors_of(agent) if a.code not in STATELESS and a.sector in SANCTIONED_SECTORS]
    return sellers


_PREMODIFIERS = {"amod", "compound", "nmod"}


def _premodifiers(noun: Token) -> list[Token]:
    """A noun's premodifiers and theirs in turn, in word order ("Russian" of "Russian S-400 missile systems")."""
    found = [c for c in noun.children if c.dep_ in _PREMODIFIERS and c.i < noun.i]
    return sorted(found + [t for c in found for t in _premodifiers(c)], key=lambda t: t.i)


def _premodifier_states(sentence: Sentence, noun: Token) -> list[Actor]:
    """The states named among a noun's premodifiers, not companies ("French Rafale jets": France), nor the state of a
    design or an era, which need not have made them ("Soviet-designed T-72s", "Soviet-era tanks")."""
    return [a for c in _premodifiers(noun) if c.lower_ not in _NOT_MADE and c.head.lower_ not in _NOT_MADE
            for a in sentence.actors_of(c) or _maker_in_word(sentence, c) if a.code not in STATELESS and a.sector != "BUS"]


_NOT_MADE = {"era", "designed", "style", "vintage", "pattern", "licensed"}


def _weapon_phrase(noun: Token, kinds: RelationKinds) -> bool:
    """Whether a noun or one of its premodifiers names arms ("S-400 missile systems", "Rafale jets")."""
    return any(names_weapon(t, kinds) for t in [noun, *_premodifiers(noun)])


def weapons_bought_from(sentence: Sentence, verb: Token, lemma: str, kinds: RelationKinds) -> Iterable[Reading]:
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
_MADE = {"made", "built", "supplied", "manufactured", "produced"}  # the same as the second half of one word: "U.S.-made"
BUYERS = {"buyer", "customer", "importer", "recipient", "purchaser", "client", "user", "operator"}


def _makers(sentence: Sentence, weapon: Token) -> list[Actor]:
    """The states a weapon is said to be made or supplied by: "Russian-made", "US-built", "Russian-supplied", and as one
    word, which the actors stage does not read, "U.S.-made"."""
    return [a for c in weapon.children if c.dep_ in {"amod", "compound"} and c.lemma_.lower() in _MAKING
            for t in c.children if t.dep_ in {"npadvmod", "compound", "amod", "nmod"} for a in sentence.actors_of(t)
            if a.code not in STATELESS and a.sector != "BUS"] + [
            a for c in weapon.children if c.dep_ in {"amod", "compound", "nmod"} for a in _maker_in_word(sentence, c)]


def _maker_in_word(sentence: Sentence, word: Token) -> list[Actor]:
    """The state a word "<name>-made" names as the maker ("U.S.-built"), where its name is one state's."""
    name, _, made = word.text.rpartition("-")
    if made.lower() not in _MADE or not name:
        return []
    states = {code for code, _, org in sentence.named(name) if org is None and code not in STATELESS}
    return [Actor(word.text, states.pop())] if len(states) == 1 else []


ACTS = {"export", "exports", "sale", "sales", "delivery", "deliveries", "supplies", "transfer", "transfers", "shipment", "shipments",
        "licence", "licences", "license", "licenses"}  # arms sold as an act: "arms exports to India", "the sale of jets to Egypt"


def act_seller(sentence: Sentence, act: Token, kinds: RelationKinds) -> list[Actor]:
    """Who sells in an arms sale, export or delivery that names no seller of its own: the one "by" whom, the state whose
    making the arms are ("the proposed sale of US-made F-35 jets to the UAE", "deliveries of Russian S-400 systems to
    Turkey"), or the subject of a clause the act comes "with" ("moved up the list of exporters with sales of tanks to
    Poland")."""
    sellers = sentence.actors_of(pobj_of(act, "by"))
    arms = pobj_of(act, "of")
    if not sellers and arms is not None and _weapon_phrase(arms, kinds):
        sellers = _premodifier_states(sentence, arms) + _makers(sentence, arms)
    clause = clause_verb(act) if act.dep_ == "pobj" and act.head.lower_ == "with" else None
    if not sellers and clause is not None:
        sellers = subject_of(sentence, clause)  # (on the verb, or on a noun of its clause: "became an exporter with sales ...")
    return [a for a in sellers if a.code not in STATELESS and a.sector != "BUS"][:1]


def made_weapon(sentence: Sentence, weapon: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Arms of one state's making that another has: "Venezuela's Russian-made fighters", "its Russian-supplied S-400
    systems", "Turkish-made drones acquired by Ethiopia's air force"; and the buyers of a state's arms: "Qatar and Egypt
    were the largest buyers of French weapons"."""
    holder: list[Actor] = []
    anchor = weapon
    if weapon.dep_ == "pobj" and weapon.head.lower_ in {"of", "for"} and weapon.head.head.lemma_.lower() in BUYERS:
        buyers = weapon.head.head
        # the maker by its demonym or as the possessor ("American weapons", "Germany's air defence system"); a name
        # among several compounds is a model's ("IRIS-T SLM"), not a state's
        compounds = [c for c in weapon.children if c.dep_ == "compound"]
        modifiers = [c for c in weapon.children if c.dep_ in {"amod", "nmod", "poss"}] + (compounds if len(compounds) == 1 else [])
        makers = [a for c in modifiers for a in sentence.actors_of(c) if a.code not in STATELESS and a.sector != "BUS"]
        copula = copula_of(buyers)
        if copula is not None:
            holder, anchor = subject_of(sentence, copula), copula
        else:  # "Egypt, one of the biggest customers of French arms", "has become one of the largest buyers of Israeli arms"
            holder = _role_holder(sentence, buyers)
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
        elif lemma_of(verb, kinds) in kinds.fielding_verbs:  # "fields Chinese-made air defence systems": a state's own forces
            holder = [a for a in subject_of(sentence, verb) or _infinitive_holder(sentence, verb) if a.sector in SANCTIONED_SECTORS]
    holder = [a for a in holder if a.code not in STATELESS]
    if holder and actor_key(holder[0]) != actor_key(makers[0]):
        yield "arms_supplier", makers[:1], holder[0], None, "relations:made-by", anchor, extra


def _infinitive_holder(sentence: Sentence, verb: Token) -> list[Actor]:
    """Who an infinitive on a predicate noun is said of: "Serbia became the first country to field ..." (Serbia)."""
    noun = verb.head
    if verb.dep_ not in {"relcl", "acl"} or child_of(verb, "aux", "to") is None or noun.dep_ != "attr":
        return []
    return subject_of(sentence, noun.head)


def is_military(aid: Token) -> bool:
    """Whether aid is military aid ("US military aid", not "non-military aid")."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ == "military" and not any(t.lower_ == "non" for t in c.lefts) for c in aid.children) and not any(
        c.lower_ in {"non", "non-military"} for c in aid.children)


def _role_holder(sentence: Sentence, noun: Token) -> list[Actor]:
    """Who a role noun describes: "Egypt, an ally and the recipient of ...", "Jordan is one of the biggest recipients"."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in {"attr", "appos"} and (
            noun.head.head.like_num or noun.head.head.lower_ in SOME):
        noun = noun.head.head  # "one of the biggest recipients", "Egypt, one of the biggest buyers"
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ in {"be", "remain"}:
        return subject_of(sentence, noun.head.head)  # "Qatar is among the largest buyers of American weapons"
    if noun.dep_ == "appos":
        return appositive_of(sentence, noun)
    copula = copula_of(noun)
    return subject_of(sentence, copula) if copula is not None else []


def arms_customer(sentence: Sentence, buyer: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state named a supplier's arms customer or buyer is supplied by it: "Algeria is Russia's third-largest arms
    customer", "India, Moscow's biggest weapons buyer, ..." (not "the world's largest arms importer")."""
    sellers = [a for a in possessor_actors(sentence, child_of(buyer, "poss")) if a.code not in STATELESS and a.sector in SANCTIONED_SECTORS]
    if not sellers or not about_arms(buyer, kinds):
        return
    for receiving in (a for a in _role_holder(sentence, buyer) if a.code not in STATELESS):
        if actor_key(receiving) != actor_key(sellers[0]):
            yield "arms_supplier", sellers[:1], receiving, None, f"relations:arms-customer({buyer.lemma_.lower()})", buyer, {}


def military_aid(sentence: Sentence, aid: Token, kinds: RelationKinds) -> Iterable[Reading]:
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
    recipient = next((t for t in aid.ancestors if t.lemma_.lower() in BUYERS), None)
    if not receivers and recipient is not None:
        receivers = _role_holder(sentence, recipient)
    givers = [a for a in givers if a.code not in STATELESS]
    receivers = [a for a in receivers if a.code not in STATELESS and all(actor_key(a) != actor_key(g) for g in givers)]
    for receiving in receivers[:1] if givers else []:
        yield "arms_supplier", givers[:1], receiving, None, "relations:military-aid", aid, {}


def arms_purchase(sentence: Sentence, purchase: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A purchase of arms named as a noun, from the seller to the buyer: "Serbia's purchase of 12 Rafale jets from France",
    "the Angolan army's purchases of Chinese armoured vehicles" (the maker's state sells); so a deal or contract for arms
    its subject signs ("Indonesia signed a contract for 42 Rafale jets from France", "a deal for Swedish Gripen jets"),
    where the seller is the one the arms come "from" or of whose making they are (a deal "with" another may be a sale)."""
    buyers = [a for a in possessor_actors(sentence, child_of(purchase, "poss")) if a.code not in STATELESS]
    verb = governing_verb(purchase)
    if not buyers and verb is not None and purchase.dep_ == "dobj" and child_of(purchase, "poss") is None:
        buyers = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]  # "Egypt is weighing an order for J-10C jets"
    thing = pobj_of(purchase, "of") or pobj_of(purchase, "for")  # "an order for Chinese jets"
    if thing is None and verb is not None and purchase.dep_ == "dobj" and purchase.lemma_.lower() in kinds.deal_nouns:
        thing = pobj_of(verb, "for")  # the parse may hang the deal's "for" on its verb: "signed a deal with Spain for 40 Airbus jets"
    while thing is not None and not names_weapon(thing, kinds) and pobj_of(thing, "of") is not None:
        thing = pobj_of(thing, "of")  # "its purchase of a dozen of the jets"
    if thing is not None:  # the arms among the things bought: "an order for Japanese radars and US drones"
        thing = next((t for t in [thing, *conjuncts(thing)] if names_weapon(t, kinds)), thing)
    if not buyers or thing is None or not names_weapon(thing, kinds):
        return
    sellers = sentence.actors_of(pobj_of(thing, "from")) or sentence.actors_of(pobj_of(purchase, "from")) or [
        a for c in thing.children if c.dep_ in {"amod", "compound", "nmod", "poss"} for a in sentence.actors_of(c) if a.sector != "BUS"]
    sellers = [a for a in sellers if a.code not in STATELESS and actor_key(a) != actor_key(buyers[0])]
    if sellers:
        yield "arms_supplier", sellers[:1], buyers[0], None, f"relations:purchase({purchase.lemma_.lower()})", purchase, {}


def among_buyers(sentence: Sentence, buyers: Token, kinds: RelationKinds) -> Iterable[Reading]:
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
    arms = (of is not None and names_weapon(of, kinds)) or any(t.lemma_.lower() in {"arm", "arms", "weapon"} for t in sentence.sent)
    for receiving in holder if suppliers and arms else []:
        if actor_key(receiving) != actor_key(suppliers[0]):
            yield "arms_supplier", suppliers[:1], receiving, None, "relations:among-buyers", buyers, {"polarity": "holds"}


def supplier_named_apart(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """The readings of an arms supplier's role whose sides the noun's own phrase does not join to it: a title before
    the name (``titled_supplier``), a role one state is counted in by another (``regarded_supplier``)."""
    yield from titled_supplier(sentence, noun, kinds)
    yield from regarded_supplier(sentence, noun, kinds)
    yield from suppliers_included(sentence, noun, kinds)


def suppliers_included(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's arms suppliers that a list verb names, one relation for the list: "Nigeria's arms suppliers include China,
    Russia and Turkey", "the suppliers of Morocco's military include the United States and France"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.tag_ != "NNS" or noun.lower_ in ACTS or lemma_of(verb, kinds) not in kinds.list_verbs or not about_arms(noun, kinds):
        return
    listing = child_of(verb, "dobj")
    of = pobj_of(noun, "of")
    receivers = possessor_actors(sentence, child_of(noun, "poss")) or (actors_or_owner(sentence, of) if of is not None else [])
    receivers += sentence.actors_of(pobj_of(noun, "to"))
    receivers = [a for a in receivers if a.code not in STATELESS]
    listed = [a for a in sentence.actors_between(listing.left_edge.i, listing.right_edge.i + 1) if a.code not in STATELESS] if listing is not None else []
    listed = [a for a in listed if receivers and actor_key(a) != actor_key(receivers[0])]
    if receivers and listed:
        yield "arms_supplier", listed, receivers[0], None, f"relations:suppliers-listed({verb.lemma_.lower()})", verb, {}


def titled_supplier(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A supplier's role as a title before its name, which the parse does not join to it: "India's top arms supplier
    Russia accounted for 36 percent of its imports", "Armenia's traditional arms supplier Moscow" (the title holds
    whatever the clause goes on to say)."""
    owner = child_of(noun, "poss")
    after = noun.nbor() if noun.i + 1 < sentence.sent.end else None
    if after is not None and after.lower_ == "the" and after.i + 1 < sentence.sent.end:
        after = after.nbor()  # "its main arms supplier the United States"
    if owner is None or after is None or after.pos_ != "PROPN" or noun.tag_ != "NN" or noun.lower_ in ACTS or not about_arms(noun, kinds):
        return
    named = sentence.actor_at(after)
    receivers = [a for a in possessor_actors(sentence, owner) if a.code not in STATELESS]
    if named is None or named.code in STATELESS or named.sector or not receivers or actor_key(named) == actor_key(receivers[0]):
        return
    polarity = "ended" if any(modifier_phrase(c) in kinds.ended_modifiers for c in noun.children) else "holds"
    yield "arms_supplier", [named], receivers[0], None, "relations:titled-supplier", noun, {"polarity": polarity}


def regarded_supplier(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state that counts another "as" an arms supplier of no one named is the one it supplies: "Azerbaijan regards
    Israel as a major arms supplier"; so in the second of two "as" phrases of one verb, of the state the parse joins to
    the first phrase: "counts Turkey as its closest ally and Israel as a major arms supplier"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or child_of(noun, "poss") is not None or not about_arms(noun, kinds):
        return
    verb = noun.head.head
    if verb.pos_ != "VERB" or lemma_of(verb, kinds) not in kinds.regard_verbs | _COUNTING:
        return
    regarded = sentence.actors_of(child_of(verb, "dobj"))
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    if len(phrases) >= 2 and noun.head.i != phrases[0].i:
        first = child_of(phrases[0], "pobj")
        regarded = [a for c in (conjuncts(first) if first is not None else []) for a in [sentence.actor_at(c)] if a is not None]
    regarded = [a for a in regarded if a.code not in STATELESS]
    receivers = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
    if regarded and receivers and all(actor_key(r) != actor_key(receivers[0]) for r in regarded):
        yield "arms_supplier", regarded, receivers[0], None, f"relations:regarded-supplier({verb.lemma_.lower()})", verb, {}


_COUNTING = {"count", "describe"}  # besides the verbs of regarding: "counts Israel as a major arms supplier"


def names_weapon(noun: Token, kinds: RelationKinds) -> bool:
    """Whether a noun names arms: "missiles", or a word of ``weapon_heads`` ("frigates", "air defence systems")."""
    words = kinds.kinds["arms_supplier"].objects
    return noun.lemma_.lower() in words | kinds.weapon_heads or noun.lower_ in words | kinds.weapon_heads


def runners_up(sentence: Sentence, supplier: Token, anchor: Token, holder: list[Actor]) -> list[Actor]:
    """The states ranked next to a supplier, which supply the same receiver: the one it ranks "after" ("made Beijing its
    second-largest arms supplier after Russia") and those that "follow" it in its clause ("Russia has been Myanmar's main
    arms supplier, followed by China")."""
    clause = anchor if anchor.pos_ in {"VERB", "AUX"} else clause_verb(supplier)
    # (a state's name alone, not an event: "after Russia's invasion"); the parse may hang it on the copula
    after = pobj_of(supplier, "after") or (pobj_of(clause, "after") if clause is not None else None)
    named = [a for a in sentence.actors_of(after) if not a.sector] if after is not None and after.pos_ == "PROPN" else []
    # (a "followed by" the parse joins to the copula has no subject of its own: "is its main source, followed by Russia")
    follows = [t for t in sentence.sent if t.lemma_.lower() == "follow" and (t.dep_ in {"acl", "advcl"} or (
        t.dep_ == "conj" and child_of(t, "agent") is not None and child_of(t, "nsubj") is None))]
    for followed in (t for t in follows if clause_verb(t) == clause):
        named += [a for a in sentence.actors_of(child_of(child_of(followed, "agent") or followed, "pobj")) if not a.sector]
    return [a for a in named if a.code not in STATELESS and all(actor_key(a) != actor_key(h) for h in holder)]


def equipped_with(sentence: Sentence, verb: Token, lemma: str, kinds: RelationKinds) -> Iterable[Reading]:
    """A state equipped with arms of others' making is supplied by each maker: "Iraq's armed forces, equipped with
    American Abrams tanks", "Cairo has since diversified with French Rafales and Russian helicopters"."""
    with_phrase = pobj_of(verb, "with")
    if with_phrase is None:
        return
    if verb.dep_ == "acl" and child_of(verb, "nsubj") is None:
        holders = actors_or_owner(sentence, verb.head)  # the forces the participle describes
    else:
        holders = subject_of(sentence, verb) or subject_owner(sentence, verb)
    holders = [a for a in holders if a.code not in STATELESS]
    for weapon in [with_phrase, *conjuncts(with_phrase)] if holders else []:
        makers = _premodifier_states(sentence, weapon) + _makers(sentence, weapon)
        if makers and _weapon_phrase(weapon, kinds) and actor_key(makers[0]) != actor_key(holders[0]):
            yield "arms_supplier", makers[:1], holders[0], None, f"relations:equipped-with({lemma})", verb, {}


_REST = {"rest", "remainder", "balance"}  # the share left of imports named before: "with Turkey providing much of the rest"


def share_supplied(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state that supplies a share of another's arms imports supplies it: "with Russia supplying 36 percent of its
    imports" (arms where the imports are, or the sentence speaks of arms and they are no other goods), and so does one
    that supplies "the rest" of the imports named before ("with Turkey providing much of the rest")."""
    share = child_of(verb, "dobj")
    imports = share
    for _ in range(3):
        if imports is None or imports.lemma_.lower() in kinds.purchase_nouns:
            break
        imports = pobj_of(imports, "of")  # "36 percent of its imports", "much of the rest"
    if share is not None and imports is None and any(t.lemma_.lower() in _REST for t in share.subtree):
        imports = next((t for t in sentence.sent if t.i < verb.i and t.lemma_.lower() in kinds.purchase_nouns and child_of(t, "poss") is not None), None)
    if share is None or imports is None or imports.lemma_.lower() not in kinds.purchase_nouns:
        return
    goods = [c for c in imports.children if c.dep_ in {"compound", "amod", "nmod"} and c.lower_ not in {"major", "total", "overall"}]
    arms_said = any(names_weapon(t, kinds) for t in sentence.sent if t.lemma_.lower() in {"arm", "arms", "weapon", "weapons"})
    if not (any(names_weapon(g, kinds) for g in goods) or (not goods and arms_said)):
        return  # "40 percent of Europe's gas imports"
    receivers = [a for a in possessor_actors(sentence, child_of(imports, "poss")) if a.code not in STATELESS]
    suppliers = [a for a in subject if a.code not in STATELESS]
    if receivers and suppliers and all(actor_key(s) != actor_key(receivers[0]) for s in suppliers):
        yield "arms_supplier", suppliers, receivers[0], None, f"relations:share-supplied({verb.lemma_.lower()})", verb, {}


def supplying_as_modifier(sentence: Sentence, gerund: Token, lemma: str, kinds: RelationKinds) -> Iterable[Reading]:
    """A supply verb's gerund the parse takes for a modifier of the arms, with the receiver on the verb above: "has
    denied supplying weapons to Russia" (the polarity is the gerund's, under "denied")."""
    arms = gerund.head
    verb = arms.head
    if gerund.dep_ != "amod" or gerund.tag_ != "VBG" or arms.dep_ != "dobj" or not names_weapon(arms, kinds) or verb.pos_ != "VERB":
        return
    receivers = [a for a in actors_or_owner(sentence, pobj_of(verb, "to") or child_of(verb, "dative")) if a.code not in STATELESS]
    suppliers = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
    if receivers and suppliers and all(actor_key(s) != actor_key(receivers[0]) for s in suppliers):
        yield "arms_supplier", suppliers, receivers[0], None, f"relations/kinds.yml#arms_supplier.{lemma}", gerund, {}


def dative_as_modifier(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A receiver the parse takes for a modifier of the arms sold to it: "has refused to sell Argentina military
    equipment", "sold Poland fighter jets": a state's name (a place, not a demonym) right after the verb, not an
    abbreviation, which names where the arms come from ("refused to sell US weapons")."""
    arms = child_of(verb, "dobj")
    if arms is None or pobj_of(verb, "to") is not None or child_of(verb, "dative") is not None:
        return
    if not (arms.lemma_.lower() in kinds.kinds["arms_supplier"].objects or (lemma in SELLING | kinds.giving_verbs and names_weapon(arms, kinds))):
        return
    first = arms.left_edge
    named = sentence.actor_at(first)
    words = [t.text for t in itertools.takewhile(lambda t: t.pos_ == "PROPN", first.doc[first.i : arms.i])]
    phrases = load_actor_lexicon(None).phrases
    # a country's name, the longest the words begin with ("Saudi Arabia", "Ukraine" of "Ukraine IRIS-T systems")
    country = any(entry.kind == "country" for n in range(len(words), 0, -1) for entry in phrases.get(" ".join(words[:n]), ()))
    if first.i != verb.i + 1 or first.is_upper or named is None or named.sector not in SANCTIONED_SECTORS or named.code in STATELESS or not country:
        return
    suppliers = [a for a in subject if a.code not in STATELESS and actor_key(a) != actor_key(named)]
    if suppliers:
        yield "arms_supplier", suppliers, named, None, f"relations/kinds.yml#arms_supplier.{lemma}", verb, {}


def given(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """Arms given away are supplied: "Denmark donated 19 F-16 fighter jets to Ukraine", "Germany has given Ukraine air
    defence systems", "Norway handed over tanks to Kyiv" (not "gave up its weapons")."""
    if any(c.dep_ == "prt" and c.lower_ != "over" for c in verb.children):
        return
    arms = child_of(verb, "dobj")
    while arms is not None and not names_weapon(arms, kinds) and (arms.like_num or arms.lemma_.lower() in _COUNTS) and pobj_of(arms, "of") is not None:
        arms = pobj_of(arms, "of")  # "has given Russia hundreds of Shahed drones"
    if arms is None or not names_weapon(arms, kinds):  # (arms as a whole: not "handed over a drone base")
        return
    receivers = [a for a in actors_or_owner(sentence, pobj_of(verb, "to") or child_of(verb, "dative")) if a.code not in STATELESS]
    suppliers = [a for a in subject if a.code not in STATELESS and a.sector in SANCTIONED_SECTORS]
    for receiving in receivers if suppliers else []:
        if all(actor_key(s) != actor_key(receiving) for s in suppliers):
            yield "arms_supplier", suppliers, receiving, None, f"relations:given({lemma})", verb, {}


_COUNTS = {"hundred", "thousand", "million", "dozen", "batch", "number", "lot", "consignment"}  # "hundreds of drones"
_LICENCES = {"licence", "license"}


def built_under_licence(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """Arms built under another state's licence are supplied by it: "India builds Su-30MKI fighters under licence from
    Russia", "Turkey produces F-16 jets under a US licence"."""
    licence = pobj_of(verb, "under")
    arms = child_of(verb, "dobj")
    if licence is None or licence.lemma_.lower() not in _LICENCES or arms is None or not _weapon_phrase(arms, kinds):
        return
    licensors = sentence.actors_of(pobj_of(licence, "from")) or _premodifier_states(sentence, licence)
    licensors = [a for a in licensors if a.code not in STATELESS and a.sector in SANCTIONED_SECTORS]
    builders = [a for a in subject if a.code not in STATELESS and a.sector in SANCTIONED_SECTORS]
    if licensors and builders and all(actor_key(b) != actor_key(licensors[0]) for b in builders):
        yield "arms_supplier", licensors[:1], builders[0], None, f"relations:built-under-licence({verb.lemma_.lower()})", verb, {}


def built_for(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state that builds arms for another supplies it: "Turkey is building four corvettes for Pakistan's navy"."""
    arms = child_of(verb, "dobj")
    if arms is None or not _weapon_phrase(arms, kinds):
        return
    receivers = [a for a in actors_or_owner(sentence, pobj_of(arms, "for") or pobj_of(verb, "for")) if a.code not in STATELESS]
    suppliers = [a for a in subject if a.code not in STATELESS and a.sector != "BUS"]
    if receivers and suppliers and all(actor_key(s) != actor_key(receivers[0]) for s in suppliers):
        yield "arms_supplier", suppliers, receivers[0], None, f"relations:built-for({verb.lemma_.lower()})", verb, {}


def supplied_passive(sentence: Sentence, verb: Token, lemma: str, kinds: RelationKinds) -> Iterable[Reading]:
    """Arms a passive says were supplied to a state, by the one "by" whom or, with none named, by the state whose making
    or whose own they are: "American Patriot missiles were delivered to Romania", "Iran's drones, which have been supplied
    to Russia since 2022", "Swedish Gripen jets sold to Hungary by Stockholm" (arms of no sale, "sent" or "shipped", only
    where they are weapons as such, not warships sent on a deployment)."""
    arms = child_of(verb, "nsubjpass")
    if arms is not None and arms.lower_ in RELATIVE and verb.dep_ == "relcl":
        arms = verb.head  # "Iran's drones, which have been supplied to Russia"
    if arms is None or not (arms.lemma_.lower() in kinds.kinds["arms_supplier"].objects or (lemma in SELLING and _weapon_phrase(arms, kinds))):
        return
    receivers = [a for a in actors_or_owner(sentence, pobj_of(verb, "to")) if a.code not in STATELESS]
    suppliers = [a for c in verb.children if c.dep_ == "agent" for a in sentence.actors_of(child_of(c, "pobj")) if a.sector != "BUS"]
    suppliers = suppliers or (_premodifier_states(sentence, arms) + _makers(sentence, arms))[:1] or possessor_actors(sentence, child_of(arms, "poss"))
    suppliers = [a for a in suppliers if a.code not in STATELESS and all(actor_key(a) != actor_key(r) for r in receivers)]
    extra = {"polarity": "denied"} if child_of(arms, "det", "no") is not None else {}  # "No Korean howitzers have been sent to ..."
    for receiving in receivers if suppliers else []:
        yield "arms_supplier", suppliers, receiving, None, f"relations:supplied-passive({lemma})", verb, extra


def made_predicate(sentence: Sentence, made: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's arms said to be of another's making are supplied by it: "Most of Algeria's weapons are Russian-made",
    "all of Venezuela's fighter jets are Russian-built" (not a design or an era: "Soviet-designed")."""
    copula = made.head
    if made.dep_ != "acomp" or copula.lemma_ not in {"be", "remain"}:
        return
    makers = [a for c in made.children if c.dep_ in {"npadvmod", "compound", "amod", "nmod"} for a in sentence.actors_of(c)
              if a.code not in STATELESS and a.sector != "BUS"]
    arms = child_of(copula, "nsubj")
    while arms is not None and not names_weapon(arms, kinds) and pobj_of(arms, "of") is not None:
        arms = pobj_of(arms, "of")  # "most of Algeria's weapons"
    if not makers or arms is None or not _weapon_phrase(arms, kinds):
        return
    owners = [a for a in possessor_actors(sentence, child_of(arms, "poss")) if a.code not in STATELESS and actor_key(a) != actor_key(makers[0])]
    if owners:
        yield "arms_supplier", makers[:1], owners[0], None, f"relations:made-predicate({made.lemma_.lower()})", copula, {}


def named_before_aside(sentence: Sentence, noun: Token) -> list[Actor]:
    """The state an apposition describes where the parse hangs it on a word of no actor: the name just before its comma
    ("arms purchases from Israel, long a supplier to Colombia's military, would be phased out")."""
    if noun.dep_ != "appos" or sentence.actors_of(noun.head):
        return []
    start = noun.left_edge.i
    if start - 2 < sentence.sent.start or noun.doc[start - 1].text != ",":
        return []
    named = sentence.actor_at(noun.doc[start - 2])
    return [named] if named is not None and named.code not in STATELESS else []


_PAST_DECADE = re.compile(r"^(1[89]\d|200|201)0s$")  # "in the 1980s": a decade gone by


def supplied_in_past(noun: Token) -> bool:
    """Whether a supplier's role is dated to a decade gone by: "France, Iraq's second-biggest arms supplier in the 1980s"."""
    return any(_PAST_DECADE.match(t.text) for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "during", "through"}
               for t in [child_of(c, "pobj")] if t is not None)
