"""Readers of ``hosts_base``: a base or forces one state keeps in another ("the Russian military base in Gyumri,
Armenia", "Germany is home to 35,000 American troops"), bases granted, and hosting ended by forces sent away
or a base handed back.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from ..where.gazetteer import get_gazetteer
from .arms import names_weapon
from .kinds import RelationKinds
from .polarity import declined, polarity_of
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
    governing_verb,
    lemma_of,
    name_in,
    pobj_of,
    possessor_actors,
    subject_of,
)


def base_hosted(sentence: Sentence, noun: Token, why: str, kinds: RelationKinds) -> Iterable[Reading]:
    """"the Russian military base in Gyumri, Armenia", "Djibouti hosts bases of the US and France", "X is home to Russia's base"."""
    if noun.dep_ == "compound" and {noun.head.lower_, noun.head.lemma_.lower()} & kinds.base_places:
        noun = noun.head  # "Britain's sovereign base areas in Cyprus": the areas are the base, with its words
    if noun.dep_ in {"dobj", "nsubjpass"} and _ends_base(noun.head, kinds):
        return  # "closed the US base in Manta": the base's end (``base_handed_back``)
    owners = [a for c in noun.children if c.dep_ in {"amod", "compound", "poss"} for a in sentence.actors_of(c)]
    owners += sentence.actors_of(pobj_of(noun, "of")) + _operator(sentence, noun, kinds)
    request = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "NOUN" else None
    if not owners and request is not None:
        # "a Russian request for a naval base", "China's proposal for a base": whose the request is, whose the base
        owners = [a for c in request.children if c.dep_ in {"amod", "compound", "poss"} for a in sentence.actors_of(c) if a.code not in STATELESS]
    hosts = _place(sentence, pobj_of(noun, "in"), kinds) or _place(sentence, pobj_of(noun, "at"), kinds) or _place(sentence, pobj_of(noun, "on"), kinds)
    if not hosts and noun.dep_ in {"nsubj", "nsubjpass"}:
        hosts = _place(sentence, _set_off_place(noun), kinds)  # "China's first overseas base, in Djibouti, opened in 2017"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"host", "house"}:
        # "Denmark hosts the US Pituffik Space Base in Greenland": the one said to host it, not the place in it
        hosts = [a for a in subject_of(sentence, noun.head) if a.code not in STATELESS and a.sector != "MIL"] or hosts
    if not hosts and noun.dep_ == "dobj" and lemma_of(noun.head, kinds) in kinds.base_building_verbs:
        # "opened a military facility in Tajikistan's Ayni airbase", where the parse hangs the place on the verb
        hosts = [a for a in _place(sentence, pobj_of(noun.head, "in"), kinds) if a.code not in STATELESS]
    if not hosts and noun.dep_ == "dobj":
        # "visited the US naval base at Rota", where the parse hangs the town on the verb
        hosts = [a for p in ("at", "on", "in") for t in [pobj_of(noun.head, p)] if t is not None for a in _town_of(sentence, t, kinds)][:1]
    pronoun = child_of(noun, "poss")
    # (the actors stage may read "military base in Mogadishu" as the place's military: no owner of its own)
    owners = [a for a in owners if a.sector != "MIL" or all(actor_key(a) != actor_key(h) for h in hosts)]
    if not owners and hosts and pronoun is not None and pronoun.lower_ in PRONOUNS:
        # "Turkey, which trains Somali soldiers at its largest overseas base in Mogadishu": whose the base is, where the
        # place names another state
        owners = [a for a in possessor_actors(sentence, pronoun) if a.code not in STATELESS]
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
    if not hosts and request is not None and owners and request.dep_ == "dobj":
        hosts = subject_of(sentence, request.head)  # "Mauritania turned down a Russian request for a base": who it is put to
    if not hosts and not aside:
        hosts, aside = _own_soil(sentence, noun, kinds)  # "wants a permanent American base on its soil"
    if not hosts:
        hosts = _named_base_host(sentence, noun)  # "Kosovo hosts Camp Bondsteel, one of the largest US bases"
    if not hosts and (hosts := base_in_apposition(sentence, noun, kinds)):
        aside = noun  # "Armenia's Gyumri garrison, Russia's largest base abroad, was put on alert" (an aside)
    if not hosts:
        hosts = misread_host(sentence, noun, kinds)  # "Cyprus hosts two British sovereign base areas" with "hosts" a noun
    # (not forces listed after the place: "a French base in Abu Dhabi, and US aircraft operate ...")
    hosts = [a for a in hosts if a.sector != "MIL"] or hosts
    if noun.dep_ in {"dobj", "attr"} and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        aside = noun  # "Panama has hosted no US bases since 1999": its polarity is the noun's (ended, with "since")
    if verb is not None and lemma_of(verb, kinds) in kinds.base_building_verbs and hosts:
        # "Russia has a base in Tajikistan"; "asked Washington to build bases on its territory": the one asked builds
        asked = sentence.actors_of(child_of(verb.head, "dobj")) if verb.dep_ == "xcomp" and child_of(verb, "nsubj") is None else []
        owners += asked or subject_of(sentence, verb)
    elif verb is not None and hosts and not owners and noun.dep_ == "dobj" and noun.head.i == verb.i and lemma_of(verb, kinds) in kinds.seeking_verbs:
        owners = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]  # "Russia is seeking a naval base in Sudan"
    extra = {"polarity": "denied"} if _none_spoken_of(noun) else _base_fate(noun, kinds)
    if not extra and verb is not None and noun.dep_ == "dobj" and noun.head.i == verb.i and (
            lemma_of(verb, kinds) in kinds.hypothetical_heads | kinds.seeking_verbs):
        # "Poland wants a permanent US base on its soil", "Russia is seeking a naval base in Sudan": sought, not held
        extra = {"polarity": "denied" if declined(verb, kinds) else "hypothetical"}
    if not aside and verb is not None and verb.dep_ in {"xcomp", "ccomp"} and lemma_of(verb.head, kinds) in kinds.base_granting_verbs and (
            child_of(verb.head, "neg") is not None):
        aside = verb.head  # "would never allow Russia to build a base": denied, as the refusal says
    for owner in owners:
        if hosts and all(actor_key(owner) != actor_key(h) for h in hosts):
            yield "hosts_base", hosts, owner, None, why, aside or verb or noun, extra


def base_again(sentence: Sentence, one: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A base "one" stands for, where the sentence named bases before it: "Djibouti hosts bases of the United States and
    China but turned down a Russian request for one"."""
    if one.lower_ != "one" or any(c.dep_ == "prep" for c in one.children) or one.dep_ in {"nummod", "det"}:
        return  # (not "one of the bases", "one base")
    nouns = kinds.kinds["hosts_base"].nouns
    if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in one.doc[one.sent.start:one.i]):
        yield from base_hosted(sentence, one, "relations/kinds.yml#hosts_base.one", kinds)


def _base_fate(noun: Token, kinds: RelationKinds) -> dict[str, str]:
    """The polarity a base's own words give it: ended where it is called former or said to have closed or been vacated
    ("the former US base at Manta", "the base at Manta closed in 2009", "the drone base at Agadez, vacated in August"),
    as the verb of its end says; hypothetical where it is what a deal, plan or request is for ("the agreement for a
    Russian naval hub at Port Sudan"); holding where its future is talked of, whatever the talk."""
    if any(c.dep_ == "amod" and c.lower_ in kinds.ended_modifiers for c in noun.children):
        return {"polarity": "ended"}
    ending = noun.head if noun.dep_ == "nsubj" and _ends_base(noun.head, kinds) else next(
        (c for c in noun.children if c.dep_ == "acl" and _ends_base(c, kinds)), None)
    if ending is not None:
        polarity = polarity_of(ending, kinds)
        return {"polarity": "ended" if polarity == "holds" else polarity}
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "NOUN":
        # ("turned down a request for a Chinese base": denied, as the request's verb says)
        return {"polarity": "denied" if polarity_of(noun.head.head, kinds) == "denied" else "hypothetical"}
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in kinds.fate_nouns:
        return {"polarity": "holds"}  # "negotiating the future of Russia's naval facility at Tartus": a base there is
    return {}


def _set_off_place(noun: Token) -> Token | None:
    """The place set off by commas just after a subject, where the parse hangs it on the verb: "China's first overseas
    base, in Djibouti, opened in 2017"."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    prep = doc[after + 1]
    if prep.dep_ != "prep" or prep.head.i != noun.head.i or prep.lower_ not in {"in", "at", "on"}:
        return None
    return child_of(prep, "pobj")


def _operator(sentence: Sentence, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """The state that runs a base or force, named before a participle of running: "a Chinese-run naval base", "the
    US-operated drone base" (the parse hangs the state on the participle, not on the noun)."""
    return [a for c in noun.children if c.dep_ in {"amod", "nmod", "compound"} and lemma_of(c, kinds) in kinds.operating_verbs
            for m in c.children if m.dep_ in {"amod", "npadvmod", "compound", "nmod"} and m.i < c.i
            for a in sentence.actors_of(m) if a.code not in STATELESS]


def base_in_apposition(sentence: Sentence, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """The state a base is said to be of, where another state's base or installation describes it in apposition: "Qatar's
    Al Udeid air base, the largest U.S. military installation in the region", "Armenia's Gyumri garrison, Russia's
    largest base abroad", "Germany's Ramstein, the biggest US air base abroad" (the first possessor names the place, the
    apposition whose it is)."""
    site = noun.head if noun.dep_ == "appos" else None
    # (or the base's own name: "Qatar's Al Udeid, the largest US base in the region")
    if site is None or not ({site.lower_, site.lemma_.lower()} & (kinds.base_sites | kinds.base_places) or site.pos_ == "PROPN"):
        return []
    return [a for a in sentence.actors_of(child_of(site, "poss")) if a.code not in STATELESS]


def misread_host(sentence: Sentence, noun: Token, kinds: RelationKinds) -> list[Actor]:
    """The host where the parse takes the verb "host" before a base or forces for a noun or a modifier ("Kuwait and
    Bahrain, both allies of Washington, host U.S. naval facilities", "Cyprus hosts two British base areas", "Kosovo hosts
    Camp Bondsteel, one of the largest US bases"): the state named just before the verb, else the subject of the
    sentence. The verb is found in word order, just before the phrase that names what is hosted."""
    phrase = noun
    while phrase.dep_ in {"compound", "amod", "nmod"} and phrase.head.i > phrase.i:
        phrase = phrase.head  # "base" in "base areas"
    one = phrase.head.head if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" else None
    if one is not None and one.dep_ == "appos" and (one.like_num or one.lower_ in SOME):
        phrase = one.head  # "Camp Bondsteel, one of the largest US bases"
    elif phrase.dep_ == "appos":
        phrase = phrase.head
    word = phrase.doc[phrase.i - 1] if phrase.i > phrase.sent.start else None
    while word is not None and word.i > phrase.sent.start and word.lower_ not in _HOSTING and (word.is_ancestor(phrase) or phrase.is_ancestor(word)) and (
            word.pos_ not in {"VERB", "AUX", "PUNCT"}):
        word = word.doc[word.i - 1]  # back over the phrase's own words: "two British sovereign", "U.S. naval and army"
    if word is None or word.lower_ not in _HOSTING or (word.pos_ == "VERB" and word.dep_ not in {"compound", "amod", "nmod"}):
        return []  # (a verb the parse read as one is read as such by the readers of the verb)
    if any(c.dep_ == "det" for c in word.children) or (word.i > word.sent.start and word.doc[word.i - 1].lower_ in {"a", "the", "as"}):
        return []  # "the host nation", "a host of allies", "as hosts"
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    named = sentence.actor_at(before) if before is not None else None
    if named is not None and named.code not in STATELESS and named.sector != "MIL":
        return [named]  # "Cyprus hosts ...", "Kosovo hosts ..."
    root = word.sent.root
    subject = child_of(root, "nsubj") if root.pos_ in {"VERB", "AUX"} else root
    # the subject and the names joined to it, not those of an aside ("Estonia, ..., which all border Russia, ...")
    named_states = [sentence.actor_at(t) for t in [subject, *_joined(subject)]] if subject is not None else []
    return [a for a in named_states if a is not None and a.code not in STATELESS and a.sector != "MIL"]


def _joined(token: Token) -> list[Token]:
    """The words joined to a word by "and" or commas, not those set beside it in apposition."""
    return [t for c in token.children if c.dep_ == "conj" for t in [c, *_joined(c)]]


_HOSTING = {"host", "hosts", "house", "houses"}


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
    # the parse may hang the clause on the noun the place depends on: "the leader of Northern Cyprus, ... where ..."
    return [a for a in sentence.actors_of(clause.head) or sentence.actors_of(pobj_of(clause.head, "of")) if a.code not in STATELESS]


def _place(sentence: Sentence, place: Token | None, kinds: RelationKinds) -> list[Actor]:
    """The states a place names, or the state a city is said to be in: "Gyumri, Armenia's second city", "Mozambique's
    Cabo Delgado province"."""
    if place is None:
        return []
    return sentence.actors_of(place) or [a for c in place.children if c.dep_ == "appos" for a in sentence.actors_of(child_of(c, "poss"))
                                         if a.code not in STATELESS] or [
        a for a in sentence.actors_of(child_of(place, "poss")) if a.code not in STATELESS] or _uncoded_owner(sentence, place) or (
        _town_of(sentence, place, kinds))


def _town_of(sentence: Sentence, place: Token, kinds: RelationKinds) -> list[Actor]:
    """The state a town or harbour the actors stage left uncoded lies in, by the gazetteer: "the base at Tartus",
    "based in Sevastopol", "the naval base at Guantanamo Bay" (the name without its word for the place, where the whole is
    not listed). Only a state the sentence names: a small town's name is often another country's town as well."""
    feature = place.lower_ in kinds.place_feature_words
    if (place.pos_ != "PROPN" and not feature) or place.i in sentence.by_token:
        return []
    words = [t for t in place.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i not in sentence.by_token]
    start = words[0].i if words else place.i
    if (not words and place.pos_ != "PROPN") or any(t not in words and t.text != "-" for t in place.doc[start:place.i]):
        return []  # (not a name broken by other words; "Port-Gentil" is one)
    names = [place.doc[start:place.i + 1].text] if place.pos_ == "PROPN" else []
    if words and feature:
        names.append(place.doc[start:place.i].text)  # "Guantanamo Bay", "Manas airport": the town's name
    named = frozenset(m.actor.code for ms in sentence.by_token.values() for m in ms if m.actor.code not in STATELESS)
    for name in names if named else []:
        town = get_gazetteer().lookup(name, named)
        if town is not None and town.country in named:
            return [Actor(name, town.country)]
    return []


def _uncoded_owner(sentence: Sentence, place: Token) -> list[Actor]:
    """The state named as a region's owner where the actors stage coded no actor for it, taking the whole phrase for a
    place: "in Mozambique's Cabo Delgado province"."""
    owner = child_of(place, "poss")
    if owner is None or owner.pos_ != "PROPN" or sentence.by_token.get(owner.i):
        return []
    state = name_in(sentence, [[owner.text]])
    return [state] if state is not None and state.code not in STATELESS else []


def troops_kept(sentence: Sentence, troops: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's forces kept in another: "Germany is home to 35,000 American troops", "Australia hosts rotations of US
    Marines", "US troops are stationed in Germany", "The US Fifth Fleet is based in Bahrain"."""
    kind = kinds.kinds["hosts_base"]
    units = [troops]
    name = troops.lemma_.lower()
    inner = pobj_of(troops, "of")
    if inner is not None:
        units.append(inner)  # "rotations of US Marines", "a battalion of British Gurkhas"
    if troops.dep_ == "pobj" and troops.head.lower_ == "of" and troops.head.head.dep_ == "dobj" and lemma_of(troops.head.head.head, kinds) in kind.verbs and (
            troops.head.head.lemma_.lower() not in kinds.ended_nouns):  # (not "welcomed the withdrawal of French troops")
        troops = troops.head.head  # "hosts the largest concentration of US forces abroad": the forces are what is hosted
    elif troops.dep_ == "pobj" and troops.head.lower_ == "of" and (troops.head.head.like_num or troops.head.head.lemma_.lower() in kinds.quantity_nouns):
        troops = troops.head.head  # "tens of thousands of Turkish troops are stationed": the number stands where they do
    named = troops
    owners = [a for unit in units for c in unit.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
              for a in sentence.actors_of(c) if a.code not in STATELESS]
    owners = owners or _operator(sentence, troops, kinds)  # "a British-run naval facility"
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
    extra: dict[str, str] = {}
    if (troops.dep_ == "dobj" or (troops.dep_ in {"conj", "npadvmod"} and head.pos_ == "VERB")) and lemma_of(head, kinds) in kind.verbs:
        # "Cambodia's Ream naval base could host Chinese warships": the base's owner hosts; "hosts a US base as well as a
        # Turkish garrison", where the parse joins the second thing hosted to the verb
        hosts = subject_of(sentence, head) or actors_or_owner(sentence, child_of(head, "nsubj")) or _host_of_base(sentence, head, kinds)
        hosts = hosts or _country_hosting(sentence, head, kinds)
    elif troops.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "home" and head.head.dep_ == "appos":
        hosts, anchor = appositive_of(sentence, head.head), head.head  # "Bahrain, home to the US Fifth Fleet, ..." (an aside)
    elif troops.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "home" and head.head.dep_ in {"advmod", "conj"} and (
            head.head.head.pos_ in {"NOUN", "PROPN"}):
        hosts, anchor = _named_before(sentence, head.head), head.head  # "Bahrain, home to the U.S. Navy's Fifth Fleet, and ..."
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
    elif troops.dep_ == "dobj" and lemma_of(head, kinds) in kinds.stationed_verbs and not (lemma_of(head, kinds) == "send" and names_weapon(troops, kinds)):
        # (weapons sent are supplied, not stationed: "will not send weapons to Ukraine")
        hosts, owners = _forces_placed(sentence, troops, owners, kinds)
    elif troops.dep_ == "attr" and head.lemma_ == "be" and child_of(head, "expl") is not None and (pobj_of(troops, "in") or pobj_of(head, "in")) is not None:
        # "There are about 35,000 US troops in Germany" (not in occupied land: "There are Russian troops in occupied regions")
        place = pobj_of(troops, "in") or pobj_of(head, "in")
        occupied = place is not None and any(t.lemma_.lower() in kinds.occupation_words for t in place.subtree)
        hosts = [] if occupied else _place(sentence, place, kinds)
        if child_of(troops, "det", "no") is not None:
            extra = {"polarity": "denied"}  # "There are no American soldiers in Venezuela"
    elif troops.lemma_.lower() == "presence" and _presence_place(troops) is not None:
        hosts, owners, anchor = _presence_in(sentence, troops, owners, anchor, kinds)
    elif troops.dep_ == "nsubj" and (kept := _stationed_complement(head, kinds)) is not None:
        # "28,500 American troops remain stationed in the South", "French soldiers are still deployed in Djibouti"
        place = pobj_of(kept, "in")
        occupied = place is not None and any(t.lemma_.lower() in kinds.occupation_words for t in place.subtree)
        hosts, anchor = ([] if occupied else _place(sentence, place, kinds)), kept
    elif troops.dep_ in {"nsubjpass", "nsubj"} and (lemma_of(head, kinds) in kinds.stationed_verbs or head.lemma_ == "be") and (
            pobj_of(head, "in") is not None or _where(sentence, head) or _base_at(head, kinds) is not None):
        # (not "troops stationed in Poland will stay there"); "stationed at Al Udeid air base in Qatar"
        base, place = _base_at(head, kinds), pobj_of(head, "in")
        hosts = _place(sentence, place, kinds) or _where(sentence, head) or (
            _place(sentence, pobj_of(base, "in"), kinds) if base is not None else [])
        if place is not None and any(t.lemma_.lower() in kinds.occupation_words for t in place.subtree):
            hosts = []  # "Russian troops are in occupied Crimea"
        if child_of(troops, "det", "no") is not None:
            extra = {"polarity": "denied"}  # "No American soldiers are in Venezuela"
    else:
        placed = next((c for c in troops.children if c.dep_ == "acl" and lemma_of(c, kinds) in kinds.stationed_verbs), None)
        base = pobj_of(troops, "at")
        if placed is not None:  # "the US troops stationed in Germany"
            hosts, anchor = sentence.actors_of(pobj_of(placed, "in")), placed
        elif base is not None and base.lemma_.lower() in {"base", "basis", "facility", "station"}:
            hosts = _place(sentence, pobj_of(base, "in"), kinds)  # "US forces at the Souda Bay base in Greece"
        elif troops.dep_ == "appos" and any(c.dep_ in {"nmod", "compound"} and c.lemma_.lower() in kind.verbs for c in troops.children):
            hosts = sentence.actors_of(troops.head)  # "Estonia and Latvia host battlegroups ..." with "host" read as a noun
        elif (soil := _soil_of(troops, kinds)) is not None:
            # "rejected the idea of US troops on Mexican soil" (not "Russian forces on Ukrainian soil pressed their offensive")
            hosts = [] if _at_war(sentence, kinds) else _soil_owner(sentence, soil, kinds)
            extra, anchor = _wished_or_refused(troops, kinds), governing_verb(troops) or anchor
        else:  # "Qatar's Al Udeid air base, the largest US installation, was targeted" (an aside)
            hosts, anchor = base_in_apposition(sentence, troops, kinds), troops
    if not hosts and owners:
        hosts = misread_host(sentence, named, kinds)  # "... rely on NATO's guarantee and host battlegroups led by Britain"
    # (not the forces themselves, where the parse sets them beside the place: "in Germany, the largest American presence",
    # or beside the hosts: "Qatar and Oman, ..., host U.S. facilities" read as "Qatar, ..., U.S. facilities")
    if hosts and (lemma_of(head, kinds) in kinds.stationed_verbs or head.lemma_ == "be") and _at_war(sentence, kinds):
        hosts = []  # "Russian troops remain in Ukraine after three years of war": fighting, not hosted
    hosts = [a for a in hosts if a.code not in STATELESS]
    hosts = [a for a in hosts if all(actor_key(a) != actor_key(o) for o in owners)] or hosts
    hosts = [a for a in hosts if a.sector != "MIL"] or hosts
    if len(owners) >= 2 and len(hosts) == len(owners) and any(t.lower_ == "respectively" for t in sentence.sent):
        # "Estonia, Latvia and Lithuania host battlegroups led by Britain, Canada and Germany respectively": in order
        for host, owner in zip(hosts, owners):
            if actor_key(owner) != actor_key(host):
                yield "hosts_base", [host], owner, None, f"relations/kinds.yml#hosts_base.{name}", anchor, extra
        return
    for owner in owners:
        if hosts and all(actor_key(owner) != actor_key(h) for h in hosts):
            yield "hosts_base", hosts, owner, None, f"relations/kinds.yml#hosts_base.{name}", anchor, extra


def _soil_of(forces: Token, kinds: RelationKinds) -> Token | None:
    """The soil or territory forces are said to be on: "US troops on Mexican soil", "foreign forces on its territory"."""
    soil = pobj_of(forces, "on") or (pobj_of(forces.head, "on") if forces.dep_ == "dobj" else None)  # "accept troops on its soil"
    return soil if soil is not None and soil.lemma_.lower() in kinds.territory_nouns else None


def _soil_owner(sentence: Sentence, soil: Token, kinds: RelationKinds) -> list[Actor]:
    """The state whose soil it is: "Mexican soil", "Poland's territory", "its soil" (whom "its" stands for)."""
    owner = child_of(soil, "poss")
    if owner is not None and owner.lower_ in PRONOUNS:
        return [a for a in possessor_actors(sentence, owner) if a.code not in STATELESS]
    return [a for a in _place(sentence, soil, kinds) if a.code not in STATELESS]


def _wished_or_refused(forces: Token, kinds: RelationKinds) -> dict[str, str]:
    """The polarity of forces wished for or refused, not said to be there: "rejected the idea of US troops on its soil"
    (denied), "wants American troops on its territory" (hypothetical); nothing where the verb tells it itself."""
    idea = forces.head.head if forces.dep_ == "pobj" and forces.head.lower_ == "of" and forces.head.head.pos_ == "NOUN" else None
    if idea is not None and declined(idea, kinds):
        return {"polarity": "denied"}
    verb = governing_verb(forces)
    if verb is None or lemma_of(verb, kinds) not in kinds.hypothetical_heads:
        return {}
    return {"polarity": "denied" if declined(verb, kinds) else "hypothetical"}


def _at_war(sentence: Sentence, kinds: RelationKinds) -> bool:
    """Whether the sentence tells of a war or an invasion, where forces kept in a place are fighting there ("after three
    years of war", "the invasion of Ukraine", "pressed their offensive"); not a war named as a date: "since the Korean
    War", "the first since World War Two", "remained stationed in Germany after the war"."""
    return any((t.lemma_.lower() in kinds.war_words or t.lower_ in kinds.war_words) and t.text.islower() and (
        child_of(t, "det", "the") is None or any(sentence.actor_at(w) is not None for w in t.subtree)) for t in sentence.sent)


def _stationed_complement(verb: Token, kinds: RelationKinds) -> Token | None:
    """The participle of stationing a verb of remaining takes, with a place: "troops remain stationed in the South" (also
    where the parse hangs the subject on "remained" read as the participle's auxiliary)."""
    kept = verb.head if verb.dep_ in {"aux", "auxpass"} and verb.head.tag_ == "VBN" and lemma_of(verb.head, kinds) in kinds.stationed_verbs else next(
        (c for c in verb.children if c.dep_ in {"acomp", "xcomp", "oprd"} and c.tag_ == "VBN" and lemma_of(c, kinds) in kinds.stationed_verbs), None)
    return kept if kept is not None and pobj_of(kept, "in") is not None else None


def _base_at(verb: Token, kinds: RelationKinds) -> Token | None:
    """The base a verb of stationing places forces at: "stationed at Al Udeid air base in Qatar"."""
    base = pobj_of(verb, "at")
    return base if base is not None and {base.lower_, base.lemma_.lower()} & kinds.base_sites else None


def _presence_place(presence: Token) -> Token | None:
    """Where a presence is: "US military presence in Iceland", "the presence of French troops in Chad" (the place hung on
    the forces)."""
    forces = pobj_of(presence, "of")
    return (pobj_of(forces, "in") if forces is not None else None) or pobj_of(presence, "in")


def _presence_in(sentence: Sentence, presence: Token, owners: list[Actor], anchor: Token, kinds: RelationKinds) -> tuple[list[Actor], list[Actor], Token]:
    """A state's military presence in another, as its clause tells it: "ending decades of US military presence in
    Iceland" (ended), "China is seeking to establish a permanent military presence in Equatorial Guinea" (the one that
    establishes it; hypothetical)."""
    verb = governing_verb(presence)
    place = _presence_place(presence)
    if place is not None and any(t.lemma_.lower() in kinds.occupation_words for t in place.subtree):
        return [], owners, anchor  # "welcomed the presence of Russian troops in occupied Crimea"
    hosts = _place(sentence, place, kinds)
    if presence.dep_ in {"nsubj", "nsubjpass"}:
        return [], owners, anchor  # "Russia's military presence in Ukraine has grown": what it does, not that it is hosted
    # (the actors stage may read "military presence in Sudan" as the host's military)
    owners = [a for a in owners if a.sector != "MIL" or all(actor_key(a) != actor_key(h) for h in hosts)]
    if not owners and verb is not None and presence.dep_ == "dobj":
        owners = [a for a in subject_of(sentence, verb) if a.code not in STATELESS]
    return hosts, owners, verb or anchor


def _forces_placed(sentence: Sentence, troops: Token, owners: list[Actor], kinds: RelationKinds) -> tuple[list[Actor], list[Actor]]:
    """The state a verb of stationing puts forces in, and whose they are: "Turkey deployed troops to a base in Qatar",
    "promised to station a brigade permanently in Lithuania" (the subject's, unless named)."""
    verb = troops.head
    # "maintains 1,500 troops in Djibouti"; the first place that names a state: "has 900 troops in Syria, mostly in the northeast"
    places = [p for p in (pobj_of(verb, "in"), pobj_of(verb, "to"), pobj_of(verb, "at"), pobj_of(troops, "in")) if p is not None]
    if any(t.lemma_.lower() in kinds.occupation_words for p in places for t in p.subtree):
        return [], owners  # "keeps troops in Ukraine's occupied territories": occupied, not hosted
    hosts = next((found for p in places if (found := _place(sentence, p, kinds))), [])
    if not hosts and places and places[0].lemma_.lower() in kinds.base_sites:
        hosts = _place(sentence, pobj_of(places[0], "in"), kinds)  # "maintains troops at the Al-Tanf garrison in Syria"
    return hosts, owners or [a for a in subject_of(sentence, verb) if a.code not in STATELESS]


_GRANTS = {"access", "permission", "right", "rights", "use"}


def base_granted(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
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
    # (not a place's military, where the actors stage reads "opened its first military base in Djibouti" as Djibouti's)
    placed = {actor_key(a) for g in guests for a in sentence.actors_of(pobj_of(g, "in"))}
    owners = [a for g in guests for a in [sentence.actor_at(g)] if a is not None and a.code not in STATELESS and actor_key(a) not in placed]
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


def forces_sent_away(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
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
    if lemma in kinds.ordering_verbs and not forces(dobj):
        dobj = child_of(verb, "dative")  # "gave French troops a month to leave"
    subject_token = child_of(verb, "nsubj")
    hosts: list[Actor] = []
    owners: list[Actor] = []
    if lemma in kinds.expelling_verbs | kinds.ordering_verbs and forces(dobj) and dobj is not None:
        given = child_of(verb, "dobj") if dobj.dep_ == "dative" else None  # "gave them 48 hours to leave": the time's clause
        out = any(c.lower_ == "out" or (c.dep_ in {"xcomp", "advcl", "relcl", "acl"} and lemma_of(c, kinds) in _LEAVING)
                  for c in [*verb.children, *(given.children if given is not None else [])])
        if lemma in kinds.ordering_verbs and not out:
            return
        hosts = subject
        if not hosts and subject_token is not None and subject_token.lemma_.lower() in kinds.government_nouns:
            hosts = possessor_actors(sentence, child_of(subject_token, "poss"))  # "Niger's ruling junta ordered US forces to leave"
        before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None) if subject_token is None else None
        if not hosts and before is not None:
            hosts = subject_of(sentence, before)  # "Niger Revokes Military Accord, Orders U.S. Troops Out": a headline's one subject
        owners = owners_of(dobj)
    elif lemma_of(verb, kinds) in _LEAVING and forces(subject_token) and subject_token is not None and dobj is None:
        particle = next((c for c in verb.children if c.lower_ == "out"), None)  # "pulled out of Niger", "withdrew from Mali"
        hosts = sentence.actors_of(pobj_of(verb, "from") or (pobj_of(particle, "of") if particle is not None else None) or pobj_of(verb, "of"))
        owners = owners_of(subject_token)
    elif dobj is not None and dobj.lemma_.lower() in kinds.ended_nouns and (pobj_of(dobj, "of") is not None or forces(subject_token)) and (
            lemma not in kinds.hypothetical_heads | kinds.demanding_heads):  # (not "demanded the withdrawal of": ``forces_withdrawn``)
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


def forces_withdrawn(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """The withdrawal or departure of a state's forces from another, which ended its hosting them: "after the withdrawal of
    French troops from Mali", "the departure of US forces from Niger"; hypothetical where it is asked for ("Iraqi lawmakers
    called for the withdrawal of US forces from Iraq")."""
    forces = pobj_of(noun, "of")
    if forces is None or not ({forces.lower_, forces.lemma_.lower()} & kinds.kinds["hosts_base"].objects):
        return
    verb = governing_verb(noun)
    asked = verb is not None and lemma_of(verb, kinds) in kinds.hypothetical_heads | kinds.demanding_heads
    if noun.dep_ == "dobj" and pobj_of(noun, "from") is not None and verb is not None and verb.i == noun.head.i and not asked:
        return  # "completed the withdrawal of its troops from Chad": read with the verb (``forces_sent_away``)
    named: list[Actor | None] = [a for c in forces.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for a in possessor_actors(sentence, c)]
    owners = [a for a in named or [sentence.actor_at(forces)] if a is not None and a.code and a.code not in STATELESS]
    # (only the place they leave: who asks for it may be a third state, "Washington demanded the withdrawal of Russian troops")
    hosts = _place(sentence, pobj_of(noun, "from") or pobj_of(forces, "from"), kinds)
    # (the place's own name, not what the parse sets beside it: "from Mali, Russian instructors arrived")
    hosts = [a for a in hosts if a.code not in STATELESS and a.sector != "MIL"][:1]
    if not hosts or not owners:
        return
    if asked and verb is not None:
        polarity = "denied" if declined(verb, kinds) else "hypothetical"
    else:
        polarity = polarity_of(noun, kinds)
        polarity = "ended" if polarity == "holds" else polarity
    for owner in owners[:1]:
        if all(actor_key(owner) != actor_key(h) for h in hosts):
            yield "hosts_base", hosts, owner, None, f"relations:forces-withdrawn({noun.lemma_.lower()})", noun, {"polarity": polarity}


def _ends_base(verb: Token, kinds: RelationKinds) -> bool:
    """Whether a verb, with its particle, hands back, closes or vacates what it governs ("handed over", "took back", "closed")."""
    lemma = lemma_of(verb, kinds)
    particles = [c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"} and c.lower_ in {"over", "back", "down"}]
    return bool({lemma, *(f"{lemma} {p}" for p in particles)} & kinds.base_ending_verbs)


def base_handed_back(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
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
    hosts = hosts or receivers or _place(sentence, pobj_of(base, "in"), kinds) or _place(sentence, pobj_of(base, "at"), kinds)
    # "handed over their drone base at Agadez", where the parse hangs the town on the verb
    hosts = hosts or [a for p in ("at", "in") for t in [pobj_of(verb, p)] if t is not None for a in _town_of(sentence, t, kinds)][:1]
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
    placed = [a for a in _place(sentence, pobj_of(base, "in"), kinds) if a.code not in STATELESS]
    if placed:
        return placed  # "the Aviano air base in northern Italy hosts US aircraft"
    if owner is None and verb.dep_ == "ccomp":
        return [a for a in subject_of(sentence, verb.head) if a.code not in STATELESS]
    return []


def base_used(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """Another state's port or base its forces use: "Russia's navy has used the Syrian port of Tartus since 1971", "US
    aircraft use the Turkish air base at Incirlik" (the forces must be military, or the place called military: not
    "Chinese companies use the Kenyan port of Mombasa")."""
    used = child_of(verb, "dobj")
    if lemma not in kinds.using_verbs or used is None or not {used.lower_, used.lemma_.lower()} & (kinds.base_sites | kinds.base_places):
        return
    users = [a for a in subject if a.code not in STATELESS]
    military = any(a.sector == "MIL" for a in users) or any(c.lower_ in {"military", "naval", "air", "army"} for c in used.lefts)
    hosts = [a for c in used.children if c.dep_ in {"amod", "compound", "nmod", "poss"} for a in sentence.actors_of(c)
             if a.code not in STATELESS and a.sector != "MIL"]
    hosts = [a for n, a in enumerate(hosts) if all(actor_key(a) != actor_key(b) for b in hosts[:n])]  # "the Turkish air base": one name
    if not (military and hosts):
        return
    for owner in users[:1]:
        if all(actor_key(owner) != actor_key(h) for h in hosts):
            yield "hosts_base", hosts, owner, None, f"relations:base-used({lemma})", verb, {}


def base_leased(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A base one state leases to another, which hosts the lessee: "Ukraine leased the Sevastopol naval base to Russia until
    2042", "the Manas air base was leased to Washington by Kyrgyzstan", "leases port facilities to the Chinese navy" (a
    place counts as a base where it is called military or the lessee is a military; not "leased Hambantota port to a
    Chinese firm")."""
    if lemma not in kinds.leasing_verbs:
        return
    passive = child_of(verb, "nsubjpass")
    leased = passive if passive is not None else child_of(verb, "dobj")
    lessees = [a for a in sentence.actors_of(pobj_of(verb, "to")) if a.code not in STATELESS]
    if leased is None or not lessees:
        return
    military = any(a.sector == "MIL" for a in lessees) or any(c.lower_ in {"military", "naval", "air", "army"} for c in leased.lefts)
    words = {leased.lower_, leased.lemma_.lower()}
    if not (words & kinds.base_sites or (words & kinds.base_places and military)):
        return
    by = child_of(verb, "agent")
    lessors = sentence.actors_of(child_of(by, "pobj")) if passive is not None and by is not None else subject
    lessors = lessors or _place(sentence, pobj_of(leased, "in"), kinds)  # "the base in Sevastopol was leased to Russia"
    hosts = [a for a in lessors if a.code not in STATELESS and a.sector != "MIL"]
    for owner in lessees[:1]:
        if hosts and all(actor_key(owner) != actor_key(h) for h in hosts):
            yield "hosts_base", hosts, owner, None, f"relations:base-leased({lemma})", verb, {}


def forces_hosted_by_name(sentence: Sentence, verb: Token, lemma: str, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A state's forces hosted under their own name, which the actors stage codes as that state's military: "Mali now
    hosts Russia's Africa Corps", "Singapore is home to a US Navy logistics command"."""
    home = next((c for c in verb.children if c.lower_ == "home" and c.dep_ in {"attr", "advmod", "oprd"}), None)
    hosted = child_of(verb, "dobj") if lemma in kinds.kinds["hosts_base"].verbs else pobj_of(home, "to") if home is not None else None
    if hosted is None:
        return
    forces = sentence.actor_at(hosted)
    hosts = [a for a in subject if a.code not in STATELESS and a.sector != "MIL"]
    if forces is None or forces.sector != "MIL" or forces.code in STATELESS or not forces.code:
        return
    if hosts and all(actor_key(forces) != actor_key(h) for h in hosts):
        yield "hosts_base", hosts, forces, None, f"relations:forces-hosted({lemma})", verb, {}
