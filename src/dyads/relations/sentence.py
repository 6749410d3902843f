"""The sentence every reader reads: :class:`Sentence`, a parsed sentence with the coded actors it holds
by token, and the parse and actor helpers the readers share (who a clause is about, lists and conjuncts,
prepositional objects, possessors, "the bloc", "the country", the meanings of names, :func:`actor_key`).
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Span, Token

from ..actors import ActorMention
from ..actors.lexicon import ActorEntry
from ..records import Actor
from .kinds import RelationKinds

STATELESS = {"IGO", "NGO", "MNC", "IMG"}
COUNTRY_NOUNS = {"country", "countries", "state", "states", "nation", "nations", "member", "members"}


def actor_key(actor: Actor) -> str:
    """How a relation names an actor: a state by its code, an organisation by its short name, a breakaway entity by its name."""
    if actor.sector == "PRE" and actor.name:
        return actor.name  # a breakaway entity ("Abkhazia") is a side of its own, not the state it broke from
    return (actor.org or actor.name or actor.code) if actor.code in STATELESS else actor.code


Meanings = Callable[[str], tuple[tuple[str, str | None, str | None], ...]]


def name_meanings(phrases: Mapping[str, Sequence[ActorEntry]]) -> Meanings:
    """What an actor lexicon says a name is: ``(code, name, org)`` of each of its meanings, looked up once a name."""
    @functools.lru_cache(maxsize=8192)
    def named(phrase: str) -> tuple[tuple[str, str | None, str | None], ...]:
        return tuple((e.code, e.name, e.org) for e in phrases.get(phrase) or () if e.code)

    return named


@functools.lru_cache(maxsize=1)
def builtin_meanings() -> Meanings:
    from ..actors.lexicon import load_actor_lexicon

    return name_meanings(load_actor_lexicon(None).phrases)


def _group_actor(text: str, member: str, named: Meanings) -> Actor:
    """An actor of a named group: a state by its code, or the organisation the group makes up."""
    organisation = next(((code, name, org) for code, name, org in named(member) if org), None)
    if organisation is not None:
        return Actor(text, organisation[0], None, organisation[1], organisation[2])
    return Actor(text, member)


def proper_phrase(token: Token) -> str:
    """A name with the words compounded into it: "States" -> "United States"."""
    words = [c for c in token.children if c.dep_ in {"compound", "amod"} and c.i < token.i and c.is_title]
    return " ".join(t.text for t in [*words, token])


class Sentence:
    """One sentence with the coded actors it holds, by token."""

    def __init__(self, sent: Span, mentions: list[ActorMention], kinds: RelationKinds, named: Meanings):
        self.sent = sent
        self.named = named
        groups, governments = kinds.groups, kinds.government_nouns
        self.groups = groups
        self.governments = governments
        self.speech_verbs = kinds.speech_verbs
        self.electorates = kinds.electorate_nouns
        self.pairs = kinds.pair_nouns
        self.state_nouns = kinds.state_nouns
        self.neighbours = kinds.neighbour_nouns
        self.by_token: dict[int, list[ActorMention]] = {}
        for mention in mentions:
            if sent.start <= mention.start < sent.end and mention.actor.code:
                for i in range(mention.start, mention.end):
                    self.by_token.setdefault(i, []).append(mention)

    def actor_at(self, token: Token | None) -> Actor | None:
        """The actor a token names. Where the actors stage grouped several under one noun ("bases of the United
        States, France and Japan") or took an organisation into a state's phrase ("EU members Estonia"), the
        token's own name decides."""
        if token is None:
            return None
        mentions = self.by_token.get(token.i, [])
        own = [m for m in mentions if m.actor.text == token.text]
        if len(mentions) > 1 and own:
            return own[0].actor  # "the Russian, Belarusian and Armenian members": each demonym its own state
        meanings = self.named(proper_phrase(token)) or self.named(token.text) if token.pos_ == "PROPN" else ()
        for code, _, org in meanings:
            for mention in mentions:
                if mention.actor.code == code and (org is None or mention.actor.org == org):
                    return mention.actor
        organisation = next(((code, name, org) for code, name, org in meanings if org), None)
        if organisation is not None and all(m.actor.code not in STATELESS for m in mentions):
            return Actor(token.text, organisation[0], None, organisation[1], organisation[2])
        states = {(code, name) for code, name, org in meanings if org is None and code not in STATELESS}
        if len(states) == 1 and mentions and all(m.actor.code not in STATELESS and m.head != token.i for m in mentions):
            # a state's name swallowed into another phrase by a misparse ("Armenia recognises Nagorno-Karabakh",
            # "the Russia-Ukraine war"): the name is still that state
            code, name = states.pop()
            return Actor(token.text, code, None, name, None)
        if not mentions and token.lemma_.lower() in self.governments:
            # "the new government in Lima", "the junta in Niamey": an unnamed government is its place's state's
            seat = self.actor_at(pobj_of(token, "in") or (pobj_of(token.head, "in") if token.dep_ == "dobj" else None))
            if seat is not None and seat.code not in STATELESS:
                return Actor(" ".join(t.text for t in token.subtree if t.dep_ != "det"), seat.code, "GOV", seat.name, None)
        return mentions[0].actor if mentions else None

    def actors_of(self, token: Token | None) -> list[Actor]:
        """The actor a token stands in, with those joined to it by "and" or commas ("Armenia, Belarus and Russia")."""
        if token is None:
            return []
        found: list[Actor] = []
        for member in [token, *conjuncts(token)]:
            named = self.actor_at(member)
            group = [] if member.i in self.by_token else self.group_at(member) or self.whose_people(member) or self.the_two(member)
            for actor in group or ([named] if named is not None else []):
                if all(actor_key(actor) != actor_key(a) for a in found):
                    found.append(actor)
        for actor in [*self.listed_after(token), *self.elided_pair(token)]:
            if all(actor_key(actor) != actor_key(a) for a in found):
                found.append(actor)
        return found

    def elided_pair(self, token: Token) -> list[Actor]:
        """The states a name shared by two modifiers stands for: "North and South Korea", "East and West Germany" (the
        actors stage codes both over the one phrase; the parse hangs the first on the name as a modifier)."""
        if not any(c.dep_ in {"nmod", "compound", "amod"} and any(g.dep_ == "conj" for g in c.children) for c in token.children):
            return []
        mentions = self.by_token.get(token.i, [])
        if len({(m.start, m.end) for m in mentions}) != 1:
            return []
        return [m.actor for m in mentions]

    def whose_people(self, token: Token) -> list[Actor]:
        """The states whose government or voters a noun after "whose" is: "Norway, whose voters twice rejected joining the
        EU", "Mali, Burkina Faso and Niger, whose military governments quit ECOWAS"."""
        if token.lemma_.lower() not in self.governments | self.electorates or child_of(token, "poss", "whose") is None:
            return []
        return whose(self, token)

    def named_before(self, token: Token) -> list[tuple[Token, Actor]]:
        """The words before ``token`` that name an actor, each with its actor, in word order (the nearest last): whom
        "both", "the two countries", "the country", "its" or "the bloc" may take up."""
        return [(word, actor) for word in self.sent[: token.i - self.sent.start] if word.i in self.by_token
                for actor in [self.actor_at(word)] if actor is not None]

    def states_named_before(self, token: Token) -> list[tuple[Token, Actor]]:
        """The words before ``token`` that name a state (no person, no organisation), each with its state, nearest last."""
        return [(word, actor) for word, actor in self.named_before(token) if actor.code not in STATELESS and not self.person(word)]

    def the_two(self, token: Token) -> list[Actor]:
        """The two states "the two countries" takes up: the only two the sentence named before it ("Vietnam's ambassador
        to Australia marked 50 years of relations between the two countries"); none where it named more or fewer."""
        if token.lower_ not in self.pairs or child_of(token, "nummod", "two") is None or child_of(token, "det", "the") is None:
            return []
        named: dict[str, Actor] = {}
        for _, actor in self.states_named_before(token):
            named.setdefault(actor.code, actor)
        return list(named.values()) if len(named) == 2 else []

    def state_taken_up(self, token: Token) -> list[Actor]:
        """The state "the kingdom", "the country" or "the island nation" takes up: the one state the sentence named before
        it ("Saudi Arabia's minister said the kingdom had not yet joined BRICS"); none where it named more than one."""
        if token.lemma_.lower() not in self.state_nouns or token.tag_ != "NN" or child_of(token, "det", "the") is None or token.i in self.by_token:
            return []
        named: dict[str, Actor] = {}
        for _, actor in self.states_named_before(token.left_edge):
            if actor.sector in {None, "GOV"}:
                named.setdefault(actor.code, actor)
        return list(named.values()) if len(named) == 1 else []

    def person(self, token: Token | None) -> bool:
        """Whether a token names a person ("Putin", "Prime Minister Nikol Pashinyan") rather than a state or body."""
        return token is not None and any(m.person for m in self.by_token.get(token.i, []))

    def listed_after(self, token: Token) -> list[Actor]:
        """The states listed after a state's name, read in word order: the small model often breaks a long list
        ("Turkey, Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan form ...": "Azerbaijan" off the chain)."""
        first = self.actor_at(token)
        end = self.sent.end
        if first is None or first.code in STATELESS or token.i + 1 >= end or token.nbor().text not in {",", "and", "or"}:
            return []
        found: list[Actor] = []
        joined = False
        for word in token.doc[token.i + 1 : end]:
            if word.text in {",", "and", "or"}:
                joined = True
                continue
            if word.lower_ == "the":
                continue
            if word.text in {"'s", "’s", "'", "’"}:
                found = found[:-1]  # a possessor, not an item: "Russia, Ukraine's neighbour"
                break
            actor = self.actor_at(word) if word.i in self.by_token else None
            if actor is None or actor.code in STATELESS or self._reports(word) or _opens_main_clause(word, token):
                break
            known = actor_key(actor) == actor_key(first) or any(actor_key(actor) == actor_key(a) for a in found)
            if joined and not known:
                found.append(actor)
            elif not known:
                break  # two names with nothing between them: not a list of this one
            joined = False
        return found

    def _reports(self, word: Token) -> bool:
        """Whether a name is, or qualifies, the subject of a verb of saying: the source of a statement that follows a
        list ("... to Ukraine, Indian officials say"), not one of its items."""
        subject = word
        while subject.dep_ in {"amod", "compound", "poss"} and subject.head.i != subject.i:
            subject = subject.head  # (through each premodifier: "South Korean intelligence officials told lawmakers")
        return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in self.speech_verbs

    def group_at(self, token: Token) -> list[Actor]:
        """The states (or organisation) a group's name stands for: "the two Koreas", "the Baltic states", "any
        permanent member of the Security Council", "the Gulf states" (the GCC); see ``groups`` in kinds.yml."""
        if not self.groups or token.pos_ not in {"NOUN", "PROPN"}:
            return []
        before = [t.lower_ for t in token.lefts if t.dep_ in {"amod", "compound", "nummod", "nmod"}]
        of = pobj_of(token, "of")
        tail = ["of", *(t.lower_ for t in of.subtree if t.dep_ != "det")] if of is not None else []
        for noun in (token.lower_, token.lemma_.lower()):
            for words in ([*before, noun, *tail], [*before, noun]):
                members = self.groups.get(" ".join(words))
                if members:
                    text = " ".join(t.text for t in token.subtree if t.dep_ != "det") if words[-1] != noun else " ".join([*before, token.text])
                    return [_group_actor(text, member, self.named) for member in members]
        return []

    def actors_between(self, start: int, end: int) -> list[Actor]:
        found: list[Actor] = []
        seen: set[int] = set()
        for i in range(start, end):
            for mention in self.by_token.get(i, []):
                if id(mention) not in seen:
                    seen.add(id(mention))
                    if all(actor_key(mention.actor) != actor_key(a) for a in found):
                        found.append(mention.actor)
        return found


RELATIVE = {"which", "who", "that", "whose"}
PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her", "our", "we"}
_CARRIERS = {"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp"}
_LINKING = {"be", "remain", "become", "stay"}  # the verbs that make their subject what their "attr" names


def subject_of(sentence: Sentence, verb: Token, depth: int = 0) -> list[Actor]:
    """Who a verb's clause is about: its subject; for "which"/"who" the noun the clause hangs on; for "it"/"they",
    or no subject at all, the subject of the clause that carries it ("India denied that it supplies ...")."""
    subject = child_of(verb, "nsubj") or child_of(verb, "nsubjpass")
    relative = verb
    while relative.dep_ == "conj" and subject is not None and subject.lower_ in RELATIVE:
        relative = relative.head  # "Iran, whose sites were bombed and which has been under US sanctions"
    if subject is not None and subject.lower_ in RELATIVE and relative.dep_ == "relcl":
        antecedent = relative.head
        if (among := among_verb(antecedent)) is not None:
            return sentence.actors_of(child_of(among, "nsubj"))  # "A and B are among the (handful of) states that ..."
        # (or any noun a count of states is "of": "Kazakhstan, one of Moscow's closest allies that has never recognised ...")
        counted = antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of" and antecedent.head.head.lower_ in SOME
        if antecedent.lemma_.lower() in COUNTRY_NOUNS | sentence.governments or counted:
            # (the parse may hang the list on the clause's verb)
            listing = next((child_of(c, "pobj") for c in (*antecedent.children, *relative.children)
                            if c.dep_ == "prep" and c.lower_ in {"including", "like"}), None)
            if sentence.actors_of(listing):  # "states that had normalised relations with it, including the UAE and Bahrain"
                return sentence.actors_of(listing)
            # "Eswatini is one of the few states that ...", "Spain, Slovakia ... are the five EU states that ..."
            attr = antecedent.head.head if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of" else antecedent
            if attr.dep_ == "pobj" and attr.head.lower_ == "of" and attr.head.head.lower_ in SOME:
                attr = attr.head.head  # "Nicaragua, one of a handful of countries that ..."
            if attr.dep_ == "attr" and attr.head.lemma_ in _LINKING:  # "Turkey remains the only country that ..."
                return sentence.actors_of(child_of(attr.head, "nsubj"))
            if attr is not antecedent and (named := described_actors(sentence, first_conjunct(attr))):
                return named  # "Belize, one of the few countries that ...", "Kazakhstan, a member of the SCO and one of ..."
        return described_actors(sentence, antecedent) or _before_clause(sentence, antecedent, relative)
    if subject is not None and subject.lemma_.lower() in {"country", "nation"} and not sentence.actors_of(subject):
        owner = child_of(subject, "poss")
        # "Bolivia's president said his country would apply ..." (not where the owner's state is sought through this
        # verb's own subject, which would go round in circles: "His country joined NATO")
        if owner is not None and owner.lower_ in PRONOUNS and verb.dep_ != "ROOT" and verb.lemma_.lower() not in _POSSESSOR_VERBS:
            return possessor_actors(sentence, owner)
    if subject is not None and subject.lower_ not in PRONOUNS:
        named = sentence.actors_of(subject)
        if not named and subject.pos_ == "NOUN":
            # "According to officials, Kyrgyzstan and Tajikistan, both CSTO members, fought ...": the names the noun describes
            named = named_after_source(sentence, verb, subject)
        if not named:
            return sentence.state_taken_up(subject)
        keys = {actor_key(a) for a in named}
        return [a for a in headline_pair(sentence, verb, subject) if actor_key(a) not in keys] + named
    if subject is None and (named := named_after_source(sentence, verb)):
        return named  # "According to officials, Iran, Iraq and Kuwait founded OPEC": the parse lists them with the source
    if subject is None and verb.dep_ == "acl" and child_of(verb.head, "poss") is not None:
        return possessor_actors(sentence, child_of(verb.head, "poss"))  # "Ukraine's bid to join NATO"
    if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "of" and child_of(verb.head.head, "poss") is not None:
        return possessor_actors(sentence, child_of(verb.head.head, "poss"))  # "Kosovo's hopes of joining the EU"
    if subject is not None and verb.dep_ == "advcl" and verb.head.lemma_.lower() in sentence.speech_verbs:
        # "Nigeria became a partner, Brazil announced, though it is not a member": "it" is who the report is about
        told = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        about = [a for a in subject_of(sentence, told, depth + 1) if a.code not in STATELESS] if told is not None and depth < 3 else []
        if about:
            return about
    if subject is None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in sentence.speech_verbs:
        # "Officials said Comoros and Djibouti, both members of the Arab League, also belong to the AU": the parse makes
        # the reported clause's subject the object of "said"
        said = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if said is not None and (named := sentence.actors_of(said)):
            return named
    if depth < 3 and verb.dep_ in _CARRIERS and verb.head.i != verb.i:
        head = verb.head
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        found = subject_of(sentence, head, depth + 1)
        if found or subject is None:
            return found
    if subject is not None and subject.lower_ in {"it", "they"}:
        # "Nauru said it would no longer recognise Taiwan" with "Nauru" misparsed off the verb: the nearest
        # actor before the pronoun that is some clause's subject
        before = (t for t in reversed(sentence.sent[: subject.i - sentence.sent.start]) if t.dep_ in {"nsubj", "nsubjpass", "npadvmod"})
        # ("they" stands for more than one: not "Israel" in "Israel recalled its envoys after the three governments said they would ...")
        return next((found for found in (sentence.actors_of(t) for t in before) if found and (subject.lower_ == "it" or len(found) > 1)), [])
    return []


def named_after_source(sentence: Sentence, verb: Token, aside: Token | None = None) -> list[Actor]:
    """The actors a clause with no subject is about where an opening "according to" took them: the parse lists the names
    after the comma with its source ("According to officials, Kazakhstan and Armenia belong to the EAEU": "Kazakhstan" a
    conjunct of "officials"); or, with ``aside``, those a noun set off by commas describes, which the parse makes the
    verb's subject ("According to officials, Lithuania and Poland, strategic partners since 1997, held ...")."""
    inside = range(aside.left_edge.i, aside.right_edge.i + 1) if aside is not None else range(0)
    for head in [verb, *verb.ancestors]:
        according = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "according"), None)
        source = pobj_of(according, "to") if according is not None else None
        if source is not None:
            named = next((c for c in source.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ == "PROPN"
                          and source.doc[c.left_edge.i - 1].text == ","), None)
            # (the names right before the clause: not "..., while Saudi Arabia has yet to accept its invitation")
            if named is None or sentence.person(named) or not all(
                    t.is_punct or t.i in inside or (t.head.i == verb.i and t.dep_ in _VERB_WORDS)
                    for t in source.doc[named.right_edge.i + 1 : verb.i]):
                return []
            return sentence.actors_of(named)
    return []


_VERB_WORDS = {"aux", "auxpass", "neg", "advmod", "punct"}  # the words of a verb before it: "has not yet joined"


def headline_pair(sentence: Sentence, verb: Token, subject: Token) -> list[Actor]:
    """The states a headline lists before a verb's subject with a comma for "and", which the parse hangs on the verb
    ("Russia, Iran sign strategic pact", "US, Philippines reaffirm alliance"): those named, not the subject's own."""
    comma = subject.left_edge.i - 1
    if comma <= sentence.sent.start or subject.doc[comma].text != ",":
        return []
    before = next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.right_edge.i == comma - 1), None)
    if before is None or sentence.person(before):
        return []
    return [a for a in sentence.actors_of(before) if a.code not in STATELESS]


def _before_clause(sentence: Sentence, antecedent: Token, clause: Token) -> list[Actor]:
    """The actors a relative clause is about: its noun and those listed with it before the clause, not after ("Tajikistan,
    which hosts Russia's largest base abroad, and Kyrgyzstan, ...": Tajikistan alone). A clause the parse hangs on the last
    name of a list is about the whole list, unless its verb is singular ("China and the Holy See, which have no relations";
    not "Russia and Belarus, which hosts Russian missiles")."""
    if antecedent.dep_ == "conj" and antecedent.head.i < antecedent.i and first_conjunct(antecedent).pos_ == antecedent.pos_ == "PROPN" and not any(
            t.tag_ == "VBZ" or t.lower_ == "was" for t in (clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"}))):
        antecedent = first_conjunct(antecedent)
    if not any(c.i > clause.i for c in conjuncts(antecedent) if c.dep_ == "conj"):
        return sentence.actors_of(antecedent)
    found: list[Actor] = []
    for member in [antecedent, *(c for c in conjuncts(antecedent) if c.dep_ == "conj" and c.i < clause.i)]:
        actor = sentence.actor_at(member)
        if actor is not None and all(actor_key(actor) != actor_key(a) for a in found):
            found.append(actor)
    return found


def first_conjunct(token: Token) -> Token:
    """The first item of the list a word is in: the parse may hang an apposition on a later one ("Spain, Greece,
    Romania, Slovakia and Cyprus, the five EU members that ..." on "Greece")."""
    while (token.dep_ == "conj" or _list_item_misparsed(token)) and token.head.i < token.i:
        token = token.head
    return token


def _list_item_misparsed(token: Token) -> bool:
    """Whether the parse hangs a name after a comma off the name before it as a noun phrase adverb, where the two are
    items of one list ("Spain, Greece, Romania, Slovakia and Cyprus, the five EU members": "Greece" under "Spain")."""
    return token.dep_ == "npadvmod" and token.pos_ == "PROPN" and token.head.pos_ == "PROPN" and token.i > 0 and token.doc[token.i - 1].text == ","


def the_bloc(sentence: Sentence, noun: Token | None, kinds: RelationKinds) -> list[Actor]:
    """The organisation "the bloc", "the group" or "the alliance" stands for: the last one the sentence named before
    it ("Kenya and Uganda, founding members of the EAC, welcomed Somalia as the bloc's eighth member")."""
    if noun is None or noun.lemma_.lower() not in kinds.groupings or sentence.by_token.get(noun.i) or child_of(noun, "det") is None:
        return []
    return organisation_named_before(sentence, noun)


def organisation_named_before(sentence: Sentence, token: Token) -> list[Actor]:
    """The last organisation the sentence names before ``token``, if any."""
    return [actor for _, actor in sentence.named_before(token) if actor.code in STATELESS][-1:]


def described_actors(sentence: Sentence, noun: Token) -> list[Actor]:
    """The actors a noun in apposition describes: "Djibouti" in "Djibouti, a country of a million people that hosts ..."."""
    if noun.dep_ != "appos" or noun.head.i == noun.i:
        return []
    # the states of the list it stands beside, not the body or state its own words name ("the five EU members that ...",
    # "Palau, a US ally that hosts ...")
    own = {actor_key(a) for a in sentence.actors_of(noun)}
    return [a for a in sentence.actors_of(first_conjunct(noun.head)) if a.code not in STATELESS and actor_key(a) not in own]


def names_outside(modifier: Token | None) -> bool:
    """Whether a modifier is prefixed "non-" ("non-NATO", "non-EU", "a non-member"), which names who is outside it:
    "a major non-NATO ally" is no NATO member (the ally is the United States')."""
    return modifier is not None and prefixed(modifier, "non")


def prefixed(token: Token, prefix: str) -> bool:
    """Whether a word is prefixed ``prefix`` and a hyphen ("non-EU", "an ex-member"), which the parse may split into
    words of their own ("non", "-", "EU")."""
    words = [t.lower_ for t in token.doc[max(token.i - 2, token.sent.start):token.i]]
    return token.lower_.startswith(prefix + "-") or words[-1:] == [prefix + "-"] or words[-2:] == [prefix, "-"]


def governing_verb(token: Token) -> Token | None:
    """The verb a noun hangs on: its head, through prepositions and compounds ("signed a partnership agreement")."""
    head = token
    for _ in range(4):
        if head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            return head
    return None



def _opens_main_clause(word: Token, token: Token) -> bool:
    """Whether a name after a state's is the subject of the clause the state's own clause hangs on, not an item of a
    list: "Since Russia went to war with Ukraine, Kazakhstan has courted China"."""
    if word.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = word.head
    between: list[Token] = []  # the clauses from the state's name up to the verb
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return any(a.dep_ in {"advcl", "ccomp", "relcl"} for a in between)
        between.append(ancestor)
    return False


def conjuncts(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ in {"conj", "appos"}:
            found.append(child)
            found.extend(conjuncts(child))
    return found


def pobjs_of(token: Token, preposition: str) -> list[Token]:
    """The objects of a preposition and of those joined to it: "with China or with any permanent member"."""
    prep = next((c for c in token.children if c.dep_ in {"prep", "dative"} and c.lower_ == preposition), None)
    if prep is None:
        return []
    return [obj for p in [prep, *(c for c in conjuncts(prep) if c.lower_ == preposition)] for obj in [child_of(p, "pobj")] if obj is not None]


def child_of(token: Token, dep: str, lower: str | None = None) -> Token | None:
    return next((c for c in token.children if c.dep_ == dep and (lower is None or c.lower_ == lower)), None)


def pobj_of(token: Token, preposition: str) -> Token | None:
    # "sold jets to Egypt": spaCy may attach "to" as a dative rather than a preposition, and "by" as a passive's agent
    prep = next((c for c in token.children if c.dep_ in {"prep", "dative", "agent"} and c.lower_ == preposition), None)
    return child_of(prep, "pobj") if prep is not None else None


Reading = tuple[str, list[Actor], Actor | None, float | None, str, Token, dict[str, str]]


_COPULAS = {"be", "remain", "become", "call", "consider", "describe", "name"}
SOME = {"one", "some", "several", "both", "all", "two", "three"}


def copula_of(noun: Token) -> Token | None:
    """The verb that says a noun of its subject: "is" in "Russia is Armenia's ally"."""
    head = noun.head
    if noun.dep_ in {"attr", "acomp", "oprd"} and head.lemma_ in _COPULAS:
        return head
    if noun.dep_ == "dobj" and head.tag_ == "VBG" and head.i == noun.i - 1 and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
        return head  # "France and Germany are founding members": the participle read as the verb
    return None


def subject_owner(sentence: Sentence, verb: Token) -> list[Actor]:
    """The state a clause's subject belongs to, where the subject is a part of it: "Cuba, whose tourism sector has been
    under US sanctions", "Syria's oil exports have been under EU sanctions" (sanctions on the state)."""
    subject = child_of(verb, "nsubj") or child_of(verb, "nsubjpass")
    owner = child_of(subject, "poss") if subject is not None and subject.pos_ == "NOUN" else None
    if owner is None:
        return []
    if owner.lower_ == "whose":
        clause = next((a for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), None)
        return [a for a in sentence.actors_of(clause.head if clause is not None else None) if a.code not in STATELESS]
    return [a for a in possessor_actors(sentence, owner) if a.code not in STATELESS]


def among_verb(noun: Token) -> Token | None:
    """The verb that puts its subject among what a noun names: "are among the few states", "remain among the handful of
    countries"."""
    group = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    among = group.head if group.dep_ == "pobj" and group.head.lower_ == "among" else None
    return among.head if among is not None and among.head.lemma_ in {"be", "remain"} else None


def is_actor(actor: Actor | None, codes: set[str] | None) -> bool:
    """Whether there is an actor, of one of ``codes`` where given."""
    return actor is not None and (codes is None or actor.code in codes)


def aside_of(sentence: Sentence, preposition: Token) -> list[Actor]:
    """The actor a phrase set off by commas describes: "Venezuela" in "Venezuela, under US sanctions since 2019, ...",
    by the parse or, where the parse hangs the phrase elsewhere, by the word before the comma."""
    if preposition.head.pos_ in {"NOUN", "PROPN"} and sentence.actors_of(preposition.head):
        return sentence.actors_of(preposition.head)
    doc = preposition.doc
    if preposition.i - 2 >= sentence.sent.start and doc[preposition.i - 1].text == ",":
        actor = sentence.actor_at(doc[preposition.i - 2])
        return [actor] if actor is not None and actor.code not in STATELESS else []
    return []


def actors_or_owner(sentence: Sentence, token: Token | None) -> list[Actor]:
    """The actors a phrase names, or else its possessor's: "sanctions on Iran's oil sector" are sanctions on Iran."""
    if token is None:
        return []
    # "sanctions on the country", "US sanctions on its oil sector" (but "its neighbour" is another's: ``ties.unnamed_neighbour``)
    owned = token.lemma_.lower() not in sentence.neighbours
    return sentence.actors_of(token) or (possessor_actors(sentence, child_of(token, "poss")) if owned else []) or the_country(sentence, token)


def demonym_phrase(sentence: Sentence, actor: Actor, kinds: RelationKinds) -> bool:
    """Whether the actors stage read an actor of no sector off a demonym before a common noun that is no state, its
    government or its people ("a Kenyan marathon runner", "a Chinese refinery"), not a state's name with words after it
    ("Ukraine 162nd", "Russia last")."""
    if actor.sector is not None:
        return False
    nouns = COUNTRY_NOUNS | kinds.government_nouns | kinds.state_nouns
    doc = sentence.sent.doc
    return any(m.actor is actor and m.start != m.head and doc[m.head].pos_ == "NOUN" and doc[m.head].is_alpha and doc[m.head].is_lower
               and doc[m.head].lemma_.lower() not in nouns for ms in sentence.by_token.values() for m in ms)


def appositive_of(sentence: Sentence, noun: Token) -> list[Actor]:
    """The states a noun in apposition describes, less those its own words name."""
    own = {actor_key(a) for t in noun.subtree for a in [sentence.actor_at(t)] if a is not None}
    return [a for a in sentence.actors_of(noun.head) if a.code not in STATELESS and actor_key(a) not in own]


_POSSESSOR_VERBS = {"call", "say", "tell", "describe", "consider"}  # whose subject "its" or "his" may stand for


def possessor_actors(sentence: Sentence, possessor: Token | None) -> list[Actor]:
    """A possessor's actor; "its", "their", "the country's" stand for who the sentence is about or who speaks."""
    if possessor is None:
        return []
    if possessor.lower_ in PRONOUNS or possessor.lemma_.lower() == "country":
        verb = governing_verb(possessor)
        while verb is not None:
            if verb.lemma_.lower() in _POSSESSOR_VERBS or verb.dep_ == "ROOT":
                found = subject_of(sentence, verb)
                # "its" stands for one: not for the states a clause lists ("Five EU members - A, B and C - have refused to
                # recognise Kosovo, complicating its hopes of joining the bloc")
                return [] if possessor.lower_ == "its" and sum(a.code not in STATELESS for a in found) >= 2 else found
            verb = governing_verb(verb)
        return []
    return sentence.actors_of(possessor)


def the_country(sentence: Sentence, noun: Token | None) -> list[Actor]:
    """The state "the country" takes up: the last state the sentence named before it ("Global Firepower ranked Pakistan
    ninth, though the country still depends on China for its jets")."""
    # (not "any third country", "a country": no state named before)
    determiner = child_of(noun, "det") if noun is not None else None
    if noun is None or noun.lemma_.lower() not in {"country", "nation"} or noun.tag_ != "NN" or sentence.by_token.get(noun.i) or determiner is None or (
            determiner.lower_ not in {"the", "this", "that"}):
        return []
    verb = governing_verb(noun)
    # not the clause's own subject: "the UAE, Russia and Turkey have all shipped weapons to the country"
    own = {actor_key(a) for a in (subject_of(sentence, verb) if verb is not None else [])}
    return [actor for _, actor in sentence.named_before(noun) if actor.code not in STATELESS and not actor.sector and actor_key(actor) not in own][-1:]


def whose(sentence: Sentence, noun: Token) -> list[Actor]:
    """The states a "whose" before a noun stands for: the names the relative clause hangs on ("Mali, Burkina Faso and
    Niger, whose withdrawal from ECOWAS took effect ..."), or none."""
    owner = child_of(noun, "poss")
    clause = clause_verb(noun) if owner is not None and owner.lower_ == "whose" else None
    if clause is None or clause.dep_ != "relcl":
        return []
    return [a for a in _before_clause(sentence, first_conjunct(clause.head), clause) if a.code not in STATELESS]


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word stands in: its nearest verb above it, past a participle that stands for a
    preposition ("according to SIPRI, followed by India": "followed" is in the clause of the verb above "according")."""
    head = token.head
    while head.i != head.head.i and (head.pos_ not in {"VERB", "AUX"} or head.dep_ == "prep"):
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} else None


def named_clause_subject(sentence: Sentence, noun: Token) -> list[Actor]:
    """Whose "its" or "their" before a noun is: the subject of the nearest clause with a subject of its own, where that
    subject is a name or stands for one ("Yerevan had frozen its participation"), not "a Chinese veto blocked its bid"."""
    verb = governing_verb(noun)
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and noun not in c.subtree), None)
        if subject is not None:
            named = subject.lower_ in RELATIVE or (subject.pos_ == "PROPN" and sentence.actor_at(subject) is not None)
            return subject_of(sentence, verb) if named else []
        verb = governing_verb(verb)
    return []


def name_in(sentence: Sentence, candidates: list[list[str]]) -> Actor | None:
    """The first run of capitalised words that names one state or organisation."""
    for words in candidates:
        if not all(w[:1].isupper() for w in words):
            continue
        meanings = [(code, name, org) for code, name, org in sentence.named(" ".join(words)) if org is not None or name is None]
        if len({code for code, _, _ in meanings}) == 1:
            code, name, org = meanings[0]
            return Actor(" ".join(words), code, None, name, org)
    return None


def lemma_of(token: Token, kinds: RelationKinds) -> str:
    """A verb's lemma, with the small model's slips on inflected verbs ("hopes" -> "hop", "readmitted" ->
    "readmitte") undone where a form of the word is a verb the relation rules know."""
    lemma = token.lemma_.lower()
    if lemma in kinds.verbs or not token.tag_.startswith("VB"):
        return lemma
    word = token.lower_
    return next((form for form in (word, word[:-1], word[:-2], word[:-3]) if form in kinds.verbs), lemma)


def speaker_of(anchor: Token, sentence: Sentence, kinds: RelationKinds) -> Actor | None:
    """Who asserts what a word says, where the sentence reports it: the subject of the verb of speech above it
    ("Armenia's prime minister said that Russia is its ally", "Kazakhstan was a reliable ally, the Kremlin said"),
    or the one who calls ("Armenia called Russia its ally")."""
    if anchor.dep_ == "oprd" and anchor.head.lemma_.lower() == "call":
        return sentence.actor_at(child_of(anchor.head, "nsubj"))
    token = anchor
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.lemma_.lower() in kinds.speech_verbs:
            return sentence.actor_at(child_of(token, "nsubj"))
    return None


def source_of(anchor: Token, sentence: Sentence, kinds: RelationKinds) -> Actor | None:
    """Who a record says asserts what a word says: the speaker (:func:`speaker_of`), or one the speaker's words stand for
    ("its foreign ministry said", "the bloc's spokesman said"), the speaker of a report the parse joins to it as a second
    clause ("Laos is a member of ASEAN, Vietnam's minister told reporters"), or an actor after "according to". (Not for
    the readers: who speaks is no side of what is said.)"""
    speaker = speaker_of(anchor, sentence, kinds)
    if speaker is not None:
        return speaker
    token = anchor
    for step in range(5):
        if step and token.head.i == token.i:
            return None
        token = token.head if step else anchor  # (the anchor itself may be the reported verb: "Laos is a member ..., X said")
        told = token if step and token.lemma_.lower() in kinds.speech_verbs else _told_after(token, kinds)
        if told is not None:
            return sentence.actor_at(child_of(told, "nsubj")) or _speaker_owner(sentence, told, kinds)
        according = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "according"), None)
        if according is not None and (body := sentence.actor_at(pobj_of(according, "to"))) is not None:
            return body  # "according to the Kremlin", "according to NATO"
    return None


def _told_after(verb: Token, kinds: RelationKinds) -> Token | None:
    """The verb of saying that a report ends with where the parse joins it to the report's verb as a second clause:
    "Laos is a member of ASEAN, Vietnam's foreign minister told reporters" (with no "and" or "but" before it)."""
    told = next((c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in kinds.speech_verbs), None)
    if told is None or told.doc[told.left_edge.i - 1].text != "," or any(c.dep_ == "cc" for c in verb.children if c.i < told.i):
        return None
    return told


def _speaker_owner(sentence: Sentence, said: Token, kinds: RelationKinds) -> Actor | None:
    """Whose the speaker of a verb of saying is, where the sentence names no actor in the speaker's own words: "its foreign
    ministry said" (the state the report is about), "the bloc's spokesman said" (the organisation named before)."""
    speaker = child_of(said, "nsubj")
    owner = child_of(speaker, "poss") if speaker is not None else None
    if owner is None:
        return None
    if owner.lower_ in {"its", "their"}:
        # the state the report is about: "Mongolia is not a member of the SCO, its foreign ministry said"
        report = next((c for c in said.children if c.dep_ == "ccomp"), said.head if said.dep_ == "conj" else None)
        about = [a for a in subject_of(sentence, report) if a.code not in STATELESS or owner.lower_ == "its"] if report is not None else []
        return about[0] if len(about) == 1 else None
    bloc = the_bloc(sentence, owner, kinds)
    return bloc[0] if bloc else sentence.actor_at(owner)


def listed_before(sentence: Sentence, noun: Token) -> list[Actor]:
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


def repeated_prepositions(sentence: Sentence, word: Token, preposition: str) -> list[list[Actor]]:
    """The organisations named after a preposition said again, which the parse hangs on the word beside the first, or
    joins to the first preposition: "a founding member of NATO and of the G7", "belongs to NATO and to the EEA"."""
    said = [c for c in word.children if c.dep_ == "prep" and c.lower_ == preposition]
    again = said[1:] + [c for p in said[:1] for c in conjuncts(p) if c.lower_ == preposition]
    return [[a for a in sentence.actors_of(child_of(p, "pobj")) if a.code in STATELESS] for p in again]
