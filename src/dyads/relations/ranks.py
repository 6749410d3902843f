"""Readers of ``ranked``: a state's place in a ranking, as a verb ("ranks 53rd"), a superlative ("the least
corrupt country"), a place kept or held, a place given in passing beside a name, and the body that ranks.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from .kinds import RelationKinds
from .polarity import modifier_phrase, polarity_of
from .sentence import (
    COUNTRY_NOUNS,
    RELATIVE,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    child_of,
    clause_verb,
    conjuncts,
    demonym_phrase,
    lemma_of,
    pobj_of,
    speaker_of,
    subject_of,
)

ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


# the sectors of a state's own that a ranking may place: the state, its government, its armed forces (Global Firepower)
_RANKED_SECTORS = {None, "GOV", "MIL"}


def ranked_states(sentence: Sentence, ranked: list[Actor], kinds: RelationKinds) -> list[Actor]:
    """The states among the actors a ranking places: not a company, a university ("Tsinghua University was ranked
    17th"), nor a person or thing a demonym names ("a Kenyan marathon runner ranked first", "the Kazakh world number
    three"), which the actors stage codes with the state."""
    return [a for a in ranked if a.code != "MNC" and a.sector in _RANKED_SECTORS and not demonym_phrase(sentence, a, kinds)]


def rank(verb: Token) -> int | None:
    for token in verb.subtree:
        if token.i <= verb.i:
            continue
        if _counts_no_rank(token) or clause_verb(token) != verb or any(a.lower_ == "with" and a.i > verb.i for a in token.ancestors):
            # "ranked the most peaceful country for the 17th time", "..., whose index put Russia last of 163 states",
            # "ranked the least peaceful, with Ukraine 162nd" (the place of the state "with" names)
            continue
        match = ORDINAL.match(token.text)
        if match:
            return int(match.group(1))
        if token.lower_ in _ORDINAL_WORDS and (token.ent_type_ == "ORDINAL" or token.head == verb):  # "placed Pakistan ninth this year"
            return _ORDINAL_WORDS[token.lower_]
        count = _count_of(token) if token.lower_ == "last" else None
        if count is not None:  # "came last of 180 countries": the last place is the count (not "last year")
            return count
    return None


def ranks_around(sentence: Sentence, verb: Token, value: int, ranked: Actor, body: str) -> Iterable[Reading]:
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


def respective_places(verb: Token, ranked: list[Actor]) -> list[tuple[list[Actor], int]]:
    """The places of several states ranked "respectively", or in places joined as the states are, one each in order:
    "Costa Rica and Mexico ..., ranking sixth and 10th respectively", "Finland and Singapore came second and third"; none
    where the count of places is not the count of states."""
    places_at = [t for t in verb.subtree if t.i > verb.i and (ORDINAL.match(t.text) or (t.lower_ in _ORDINAL_WORDS and t.ent_type_ == "ORDINAL"))]
    joined = any(t.dep_ == "conj" and t.head in places_at for t in places_at)
    if len(ranked) < 2 or not (joined or any(c.lower_ == "respectively" for c in verb.children)):
        return []
    places = [int(m.group(1)) if (m := ORDINAL.match(t.text)) else _ORDINAL_WORDS[t.lower_] for t in places_at]
    return [([actor], place) for actor, place in zip(ranked, places)] if len(places) == len(ranked) else []


def placed_before(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A place given before a state's name in a sentence about a ranking: "third-placed Singapore", "fourth-ranked New
    Zealand ... in the index"."""
    ordinal = next((c for c in verb.children if c.i < verb.i and (c.lower_ in _ORDINAL_WORDS or ORDINAL.match(c.text))), None)
    named = sentence.actor_at(verb.head) if verb.head.pos_ == "PROPN" else None
    if ordinal is None or named is None or named.code in STATELESS or sentence.person(verb.head):
        return
    if ranking_body(sentence, verb) is None and not any(t.lemma_.lower() in _RANKINGS for t in sentence.sent):
        return  # in a sentence about a ranking, not "second-placed Brazil beat Peru"
    match = ORDINAL.match(ordinal.text)
    value = int(match.group(1)) if match else _ORDINAL_WORDS[ordinal.lower_]
    yield "ranked", [named], None, float(value), "relations:placed-before", verb, {"according_to": ranking_body(sentence, verb) or "", "polarity": "holds"}


def last_place(sentence: Sentence, verb: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state placed last in a ranking that does not say how many it ranks: "Norway topped the index, while Eritrea came
    last", "Eritrea was ranked last" (a place without a number: the value is null; "last of 180 countries" is 180th, read
    with the verb). Not "last" of time ("was last ranked in 2022", "ranked fifth last year")."""
    last = next((c for c in verb.children if c.lower_ == "last" and c.i > verb.i and c.dep_ in {"advmod", "acomp", "oprd", "npadvmod", "dobj"}), None)
    if last is None or _count_of(last) is not None or any(c.dep_ != "punct" for c in last.children):
        return
    if any(ORDINAL.match(t.text) for t in verb.subtree if t.i > verb.i):
        return  # the number given too, which the verb's reading takes: "ranked last at 180th", "came last, 147th out of 147"
    body = ranking_body(sentence, verb) or ""
    if not body and not any(t.lemma_.lower() in _RANKINGS and any(c.pos_ == "PROPN" for c in t.subtree) for t in sentence.sent):
        return  # in a sentence about a named ranking, not "Kenya's runners came last"
    states = [a for a in subject_of(sentence, verb) if a.code not in STATELESS and a.sector in _RANKED_SECTORS]
    if not states or sentence.person(child_of(verb, "nsubj") or child_of(verb, "nsubjpass")):
        return
    polarity = polarity_of(verb, kinds)
    yield "ranked", states[:1], None, None, "relations:last-place", verb, {
        "according_to": body, "polarity": "holds" if polarity == "ended" else polarity}


def subject_misparsed(sentence: Sentence, verb: Token) -> list[Actor]:
    """The subject of a ranking verb joined to a clause before it, where the parse hung it as the last item joined to
    that clause's object: "Iceland kept first place and Ireland came second" (Ireland, not Iceland)."""
    if verb.dep_ != "conj" or child_of(verb, "nsubj") is not None or verb.i - 1 < sentence.sent.start:
        return []
    before = verb.doc[verb.i - 1]
    actor = sentence.actor_at(before) if before.dep_ == "conj" and before.head.i < before.i else None
    return [actor] if actor is not None and actor.code not in STATELESS else []


def once_placed(verb: Token, kinds: RelationKinds) -> bool:
    """Whether a ranking verb gives a place held in the past: "which Global Firepower once ranked fifth", "was formerly
    placed third"."""
    return any(c.dep_ == "advmod" and modifier_phrase(c) in kinds.ended_modifiers for c in verb.children)


def _about_ranking(sentence: Sentence, verb: Token) -> bool:
    """Whether a sentence is about a ranking: it names the body that ranks, or a word for a ranking."""
    return ranking_body(sentence, verb) is not None or any(t.lemma_.lower() in _RANKINGS for t in sentence.sent)


def ordinal_of(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb takes an ordinal word as its place in a sentence about a ranking: "came third in the index",
    "climbed to fourth in the Global Peace Index" (not "first" before it, nor "Kenyan runners finished first and second")."""
    if not _about_ranking(sentence, verb):
        return False
    placed = [c for c in verb.children if c.dep_ in {"advmod", "advcl", "acomp", "oprd", "npadvmod"}]
    # or the place a move ends at, or the one it is in: "climbed to fourth", "finished in third"
    placed += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "in", "at"} for o in [child_of(c, "pobj")] if o is not None]
    return any(c.lower_ in _ORDINAL_WORDS and c.ent_type_ == "ORDINAL" and c.i > verb.i for c in placed)


def tops_a_ranking(verb: Token) -> bool:
    """Whether what a verb tops is a ranking: "topped the list", "topped Transparency International's corruption index",
    "topped Reporters Without Borders' World Press Freedom Index" (whatever word the parse takes for the object)."""
    topped = child_of(verb, "dobj")
    if topped is not None and topped.lemma_.lower() in _RANKINGS and (child_of(topped, "det") or child_of(topped, "poss")) is not None:
        return True
    return any(t.pos_ == "PROPN" and t.lower_ in _RANKINGS and clause_verb(t) == verb for t in verb.subtree if t.i > verb.i)


def _counts_no_rank(ordinal: Token) -> bool:
    """Whether an ordinal counts something other than a place: "for the 17th time", "for the second year running"."""
    following = ordinal.doc[ordinal.i + 1] if ordinal.i + 1 < len(ordinal.doc) else None
    ordinal_word = ORDINAL.match(ordinal.text) or (ordinal.lower_ in _ORDINAL_WORDS and ordinal.ent_type_ == "ORDINAL")
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


def ranks_in_passing(sentence: Sentence, kinds: RelationKinds) -> Iterable[Reading]:
    """Ranks given beside a state's name in a sentence about a ranking (an index, a report, a ranking body): "Somalia,
    179th of 180 in the index", "Eritrea, 180th,", "Mexico, in 10th place", "with Sudan 161st", "Somalia came 179th
    and Venezuela 178th" (the second rank with its verb left out)."""
    words = sentence.sent
    root = words.root
    body = ranking_body(sentence, root) or _world_ranker(sentence, kinds)
    if body is None and not any(t.lemma_.lower() in _RANKINGS for t in words):
        return
    body = body or next((proper_name(t) for t in words if t.lemma_.lower() in _RANKINGS and any(c.pos_ == "PROPN" for c in t.subtree)), "")
    doc, end = words.doc, words.end
    for token in words:
        actor = sentence.actor_at(token) if token.i in sentence.by_token else None
        following = doc[token.i + 1] if token.i + 1 < end else None
        if actor is None or actor.code in STATELESS or sentence.person(token) or (
                following is not None and following.i in sentence.by_token and not ORDINAL.match(following.text)
                and not (following.lower_ in _ORDINAL_WORDS and following.ent_type_ == "ORDINAL")):  # "with Switzerland second"
            continue  # the last word of a name (the actors stage may take the rank into it: "Sudan 161st")
        at = token.i + 1
        while at < end and doc[at].lower_ in {",", "in", "at"}:
            at += 1
        if at >= end:
            continue
        place = doc[at]
        match = ORDINAL.match(place.text)
        value = int(match.group(1)) if match else _ORDINAL_WORDS.get(place.lower_) if place.ent_type_ == "ORDINAL" else None
        if value is None and place.lower_ == "last":  # "last of 180", "with Somalia last at 193rd"
            value = _count_of(place) or (_digit_rank(doc[at + 2]) if at + 2 < end and doc[at + 1].lower_ == "at" else None)
        if value is None and place.lower_ == "top" and at + 1 < end and doc[at + 1].lower_ == "of":
            value = 1  # "Iceland, top of the Global Peace Index since 2008"
        after = doc[at + 1] if at + 1 < end else None
        if after is not None and after.lower_ in {"place", "spot", "position"}:
            after = doc[at + 2] if at + 2 < end else None
        if value is None or (after is not None and after.lemma_.lower() in _NO_RANK):
            continue
        yield "ranked", [actor], None, float(value), "relations:rank-in-passing", place, {"according_to": body, "polarity": "holds"}


def ranked_object(sentence: Sentence, verb: Token) -> list[Actor]:
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


def ranking_body(sentence: Sentence, verb: Token) -> str | None:
    """The body whose ranking it is: "according to the Global Firepower survey center", "by Transparency International"."""
    for token in sentence.sent:
        if token.lower_ == "according" and token.i + 1 < sentence.sent.end and token.nbor().lower_ == "to":
            body = child_of(token.nbor(), "pobj") or (child_of(token, "prep") and child_of(child_of(token, "prep"), "pobj"))  # type: ignore[arg-type]
            if isinstance(body, Token):
                return proper_name(body)
    by = pobj_of(verb, "by")
    return proper_name(by) if by is not None else None


def proper_name(token: Token) -> str:
    """The proper name in a noun phrase ("the Global Firepower survey center" -> "Global Firepower")."""
    proper = [t for t in token.subtree if t.pos_ == "PROPN" and t.ent_type_ not in {"DATE", "TIME"}]  # not "... released on Tuesday"
    if proper:
        return " ".join(t.text for t in proper)
    return " ".join(t.text for t in token.subtree if not t.is_punct and t.dep_ != "det")


def superlative(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A ranking stated as a superlative, with the body that ranks: "Denmark was ranked the least corrupt country by
    Transparency International", "Ukraine became the world's largest importer of arms, according to SIPRI, followed by
    India and Qatar" (first, then second and third)."""
    nouns = [c for c in verb.children if c.dep_ in {"attr", "oprd", "dobj"} and (c.pos_ in {"NOUN", "PROPN"} or _of_states(c))]
    if verb.dep_ != "acl":  # "ranked Finland as the freest" (not "a striker, ranked as the league's most valuable player")
        nouns += [o for c in verb.children if c.lower_ == "as" for o in [child_of(c, "pobj")] if o is not None]
    # "The Global Peace Index ranked Iceland the world's most peaceful country": the superlative is not the first noun
    noun = next((n for n in nouns if _superlative_noun(n)), nouns[0] if nouns else None)
    relation_noun = any(modifier is None for _, modifier in kinds.noun_kinds(noun.lemma_.lower())) if noun is not None else False
    if noun is None or relation_noun or not _superlative_noun(noun):
        return
    if any(a.code not in STATELESS for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "for", "to"}
           for a in sentence.actors_between(p.i, p.right_edge.i + 1)):
        return  # "the biggest customer for American weapons", "the largest buyers of French arms": of one state's trade, no ranking
    body = ranking_body(sentence, verb)
    # (a "by" of the clause's own, not of a clause below it: "the trade war threatened by Washington")
    by = next((child_of(t, "pobj") for t in verb.subtree if t.lower_ == "by" and child_of(t, "pobj") is not None and clause_verb(t) == verb), None)
    body = body or (proper_name(by) if by is not None and by.pos_ == "PROPN" else None)  # "... for the sixth year by Transparency International"
    if body is None:
        # (the "in" may hang on a word between: "for the eighth consecutive year in the World Happiness Report")
        index = next((o for o in verb.subtree if o.dep_ == "pobj" and o.head.lower_ == "in" and o.lower_ in {"index", "ranking", "rankings", "report"}
                      and clause_verb(o) == verb), None)
        body = proper_name(index) if index is not None else None  # "in the Global Innovation Index"
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
        ranked, body = placed, body or proper_name(ranker)  # the subject ranks, the object is ranked
    if not body or not ranked:
        return  # "Russia is the largest country" is no ranking
    # "the fourth most peaceful country", "the world's third-largest economy": the ordinal is the rank
    ordinal = next((t for c in noun.children for t in [c, *c.children] if t.ent_type_ == "ORDINAL" and t.lower_ in _ORDINAL_WORDS), None)
    value = _ORDINAL_WORDS[ordinal.lower_] if ordinal is not None else 1
    # a place held until a date is ended ("was the world's second-largest exporter until 2019"), one to come hypothetical
    polarity = polarity_of(verb, kinds)
    yield "ranked", ranked[:1], None, float(value), "relations:superlative", verb, {"according_to": body, "polarity": polarity}
    after, below = _followed_by(sentence, verb)
    if after is None or polarity != "holds":
        return
    for place, actor in enumerate(below, start=value + 1):
        yield "ranked", [actor], None, float(place), "relations:superlative(followed-by)", after, {"according_to": body, "polarity": "holds"}


def _of_states(adjective: Token) -> bool:
    """Whether an adjective is said of one among states it counts: "the least peaceful of the 163 countries"."""
    among = pobj_of(adjective, "of")
    return adjective.pos_ == "ADJ" and among is not None and among.lemma_.lower() in COUNTRY_NOUNS


def held_place(sentence: Sentence, verb: Token, subject: list[Actor], kinds: RelationKinds) -> Iterable[Reading]:
    """A place in a ranking kept, taken or held: "Norway kept first place in the index", "retained the top spot,
    followed by Russia and China", "held fourth place", "remained last, at 180th", "is in 53rd place"."""
    value: int | None = None
    for child in verb.children:
        in_place = child_of(child, "pobj") if child.dep_ == "prep" and child.lower_ == "in" else None
        if in_place is not None and in_place.lemma_.lower() in _PLACES and _about_ranking(sentence, verb):
            child = in_place  # "is in 53rd place in the index" (not "are in first place in their qualifying group")
        if child.dep_ in {"dobj", "attr", "pobj"} and child.lemma_.lower() in _PLACES:
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
    body = ranking_body(sentence, verb) or ""
    polarity = polarity_of(verb, kinds)
    yield "ranked", states[:1], None, float(value), "relations:held-place", verb, {"according_to": body, "polarity": polarity}
    if polarity == "holds":
        yield from ranks_around(sentence, verb, value, states[0], body)


_PLACES = {"place", "spot", "position", "rank", "ranking"}


def _digit_rank(token: Token | None) -> int | None:
    match = ORDINAL.match(token.text) if token is not None else None
    return int(match.group(1)) if match else None


def _superlative_noun(noun: Token) -> bool:
    """Whether a noun is qualified by a superlative: "the least corrupt country", "the world's largest importer"."""
    return any(c.tag_ == "JJS" or (c.dep_ == "amod" and any(a.tag_ in {"JJS", "RBS"} for a in c.children)) for c in noun.children)
