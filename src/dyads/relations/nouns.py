"""Read a relation noun's two sides: "Russia is Armenia's ally", "Poland, a member of NATO", "NATO member Poland",
"the partnership between A and B", "Iran has been under US sanctions", "Russia's war in Ukraine".

A :class:`NounReading` settles the sides in steps, each its own method: who holds the relation from the noun's
place in the clause (``_holder_by_role``) or from an aside around it (``_holder_by_aside``), whose the noun is
(``_owner``), whether the noun names no relation of its kind here at all (``_vetoed``), the other side from the
noun's own words and its verb (``_other_sides``), who does what to whom where the relation is directed
(``_directed_sides``), and last the readings themselves, a pair each where one side names several states.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from .arms import ACTS, about_arms, act_seller, named_before_aside, runners_up, supplied_in_past
from .bases import base_hosted
from .defence import hyphenated
from .kinds import Kind, RelationKinds
from .members import counted_through, organisation_unnamed, pair_named_before, part_of_something_else
from .polarity import modifier_phrase
from .recognition import claim_of, recognised_sides
from .sanctions import (
    ADOPTING,
    COMPANIES,
    SANCTIONED_SECTORS,
    borne_by_agent,
    end_in_doubt,
    imports_banned_from,
    imposed_by,
    joining_verb,
    named_as_companies,
    sanction_sides,
)
from .sentence import (
    PRONOUNS,
    RELATIVE,
    SOME,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    actors_or_owner,
    aside_of,
    child_of,
    conjuncts,
    copula_of,
    first_conjunct,
    governing_verb,
    is_actor,
    lemma_of,
    listed_before,
    named_after_source,
    named_clause_subject,
    names_outside,
    pobj_of,
    pobjs_of,
    possessor_actors,
    prefixed,
    repeated_prepositions,
    speaker_of,
    subject_of,
    subject_owner,
    the_bloc,
    whose,
)
from .ties import (
    accused_of_war,
    affirmed_after_but,
    antecedent_of_it,
    antecedent_of_neighbour,
    antecedent_of_which,
    aside_owner,
    aside_subject,
    clause_holders,
    conjoined_owner,
    count_on,
    cut_short,
    dated,
    ended_in_aside,
    gerund_holder,
    included_sides,
    lacking,
    main_clause_side,
    misparsed_aside,
    named_for_place,
    officeholder,
    one_of_joined,
    others_only,
    pact_for_defence,
    pairs,
    raised_ties,
    raised_to,
    recognition_ally,
    relations_act,
    signed_on,
    situational,
    span_of,
    state_waging,
    the_alliance,
    war_behind,
    war_sides,
)

# verbs whose subject takes the object's place "as" what follows: "India has overtaken Russia as Armenia's largest supplier"
_OVERTAKE = {"overtake", "replace", "surpass", "displace", "supplant", "succeed"}
_URGING = {"urge", "ask", "call", "press", "push", "encourage", "lobby", "exhort", "implore"}
_CALLING = {"call", "consider", "describe", "name", "regard"}
# of arms only where they say so: "Russia is India's main supplier" of anything
_GENERIC_SUPPLY = {"supplier", "provider", "source", "delivery", "sale", "transfer", "shipment", "donor", "export", "licence", "license"}


def noun_relation(sentence: Sentence, noun: Token, kind: Kind, kinds: RelationKinds) -> Iterable[Reading]:
    """The relations of one kind a relation noun states in its sentence."""
    return NounReading(sentence, noun, kind, kinds).readings()


class NounReading:
    """A relation noun in its sentence and the sides it settles: who holds the relation (``holder``), with or over whom
    (``other``), the word the record points to (``anchor``), and the polarity the noun's own words give (``extra``)."""

    def __init__(self, sentence: Sentence, noun: Token, kind: Kind, kinds: RelationKinds) -> None:
        self.sentence, self.noun, self.kind, self.kinds = sentence, noun, kind, kinds
        role = noun
        while role.dep_ == "conj" and role.head.pos_ in {"NOUN", "PROPN"}:
            role = role.head  # "China's most reliable partner and ally": the second noun stands where the first does
        self.role = role
        self.copula = copula_of(role)
        self.verb = governing_verb(noun)
        # an act, not a role: "Finland's membership of NATO", "the Vatican's recognition of Taiwan"
        self.act = noun.lemma_.lower() in {"membership", "accession", "recognition", "participation"}
        self.holder: list[Actor] = []
        self.other: list[Actor] = []
        self.anchor = noun
        self.extra: dict[str, str] = {}
        self.subject_token: Token | None = None
        self.regarder: list[Actor] = []  # who regards the holder so: "Armenia no longer considers Russia a strategic ally"
        self.negated_apart = False
        self.gerund: list[Actor] = []
        self.listed: list[Actor] = []
        self.listing: Token | None = None
        self.possessor: Token | None = None
        self.owner: list[Actor] = []
        self.waging: list[Actor] = []
        self.compound: Token | None = None

    def readings(self) -> Iterable[Reading]:
        sentence, noun, kind, kinds = self.sentence, self.noun, self.kind, self.kinds
        designated = _designated(sentence, noun, kinds) if kind.symmetric else []
        if designated:  # "Washington designated Colombia a major non-NATO ally"
            yield kind.name, designated, None, None, f"relations:designated({noun.head.lemma_.lower()})", noun.head, {}
            return
        self._holder_by_role()
        self._holder_by_aside()
        self._owner()
        if self._vetoed():
            return
        self._other_sides()
        self._directed_sides()
        self.holder = [a for a in self.holder if all(actor_key(a) != actor_key(o) for o in self.other)] or self.holder
        if kind.name == "ally" and self.copula is not None and self.holder and all(a.code in STATELESS for a in self.holder) and not (
                child_of(noun, "poss")):
            return  # "The SCO is not a military alliance": what an organisation is, not an alliance of its own
        if kind.symmetric and ended_in_aside(noun, kinds):
            self.extra = {"polarity": "ended"}  # "..., an alliance that collapsed in 1979"
        why = f"relations/kinds.yml#{kind.name}.{noun.lemma_.lower()}"
        if self.waging and (self.verb is None or lemma_of(self.verb, kinds) not in kinds.ended_verbs):
            self.extra = {"polarity": "holds"}  # "never supplied weapons to Russia for its war": the war is a fact of the sentence
        if kind.name == "arms_supplier" and supplied_in_past(noun):
            self.extra = {"polarity": "ended"}  # "France, Iraq's second-biggest arms supplier in the 1980s"
        if kind.name == "at_war_with" and dated(noun):
            self.extra = {"polarity": "ended"}  # "the 2020 war with Armenia", "fought a border war from 1998 to 2000": history
        if kind.name == "hosts_base":
            yield from base_hosted(sentence, noun, why, kinds)
            return
        recognition_of = pobj_of(noun, "of") if kind.name == "recognizes" else None
        if recognition_of is not None:
            self.other = recognised_sides(sentence, recognition_of, kinds) or self.other  # "its recognition of the SADR": Western Sahara
        if kind.name == "ally" and (any(c.lower_ == "diplomatic" for c in noun.children) or recognition_ally(sentence, noun, self.other, kinds)):
            # "Taiwan's diplomatic allies" are the states that recognise it, as the guide settles, not its military allies
            for recognised in self.other[:1] if len(self.holder) >= 1 else []:
                recognisers = [h for h in self.holder if actor_key(h) != actor_key(recognised)]
                yield "recognizes", recognisers, recognised, None, "relations:diplomatic-ally", self.anchor, self.extra
            return
        if kind.symmetric:
            yield from self._symmetric_readings(why)
        else:
            yield from self._directed_readings(why)

    def _holder_by_role(self) -> None:
        """The holder from the noun's place in its clause: a copula's subject, an apposition's head, the name a compound
        modifies, the object of "call", the subject of "upgraded ... to", "as", "one of", "among"."""
        sentence, noun, kind, kinds, role = self.sentence, self.noun, self.kind, self.kinds, self.role
        holder: list[Actor] = []
        if self.copula is not None:
            self.anchor = self.copula
            subject = self.subject_token = child_of(self.copula, "nsubj") or child_of(self.copula, "nsubjpass") or child_of(self.copula, "dobj")
            # no subject of its own: "Timor-Leste, which hopes to become ASEAN's eleventh member"
            holder = subject_of(sentence, self.copula) if subject is None or subject.lower_ in RELATIVE | PRONOUNS else sentence.actors_of(subject)
            if not holder and subject is not None and kind.name == "member_of":
                holder = pair_named_before(sentence, subject)  # "even though both are CSTO members"
            if not holder and subject is not None and kind.name == "member_of":
                holder = sentence.state_taken_up(subject)  # "the minister said the kingdom would remain a member of the GCC"
            if not holder and subject is not None and kind.name == "member_of" and subject.lemma_.lower() in {"country", "nation"} and (
                    child_of(subject, "poss") is not None):
                holder = subject_of(sentence, self.copula)  # "Brazil's minister said his country remains a member of BRICS": the speaker's
        elif role.dep_ == "appos" and not (kind.name == "arms_supplier" and noun.lower_ in ACTS):
            # (an arms sale in apposition is no seller's role: "exported missiles to the United States, its first sale of arms")
            holder = sentence.actors_of(first_conjunct(role.head))  # also "Greece, an EU and NATO member,", "member" joined to "EU"
            if kind.symmetric:  # not what the apposition's own words name: "South Africa, a BRICS member and a partner of Russia"
                holder = [a for a in holder if all(actor_key(a) != actor_key(o) for t in role.subtree for o in [sentence.actor_at(t)] if o is not None)]
        elif noun.dep_ in {"compound", "nmod"} and sentence.actor_at(noun.head):
            holder = sentence.actors_of(noun.head)  # "NATO member Poland", "EU members Estonia, Latvia and Lithuania"
        if role.dep_ in {"attr", "oprd"} and role.head.lemma_ in _CALLING:
            # "called Russia its ally": the one called, also "considers Japan its friend and a strategic partner"
            holder = sentence.actors_of(child_of(role.head, "dobj")) or holder
        elif role.dep_ == "ccomp" and role.head.lemma_ in _CALLING:
            holder = sentence.actors_of(child_of(role, "nsubj")) or holder  # the same read as a clause: "considers [Japan its friend]"
        if kind.symmetric and role.head.lemma_ in {"call", "consider", "regard"} and role.dep_ in {"attr", "oprd", "ccomp"} and not (
                child_of(role, "poss") or child_of(noun, "poss")):
            self.regarder = subject_of(sentence, role.head)  # "Armenia no longer considers Russia a strategic ally": Armenia's
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
                self.regarder = subject_of(sentence, described)  # "Minsk regards Moscow as a strategic partner": Minsk's partner
        if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and kind.symmetric:
            holder = subject_of(sentence, noun.head.head)  # "The Philippines and the United States are bound by a defence treaty"
        if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "among"}:
            one = counted_through(noun.head.head, kinds)  # "X is one of NATO's 32 members", "X is among the members of the EU"
            if one.lemma_ == "be" and noun.head.lower_ == "among":
                holder, self.anchor = subject_of(sentence, one), one
            elif one.dep_ == "attr" and one.head.lemma_ in {"be", "remain", "become"} and (one.like_num or one.lower_ in SOME):
                holder, self.anchor = subject_of(sentence, one.head), one.head
            elif one.dep_ == "appos" and (one.like_num or one.lower_ in SOME):
                holder = sentence.actors_of(one.head)  # "Egypt and the UAE, two of Saudi Arabia's closest allies"
            elif noun.head.lower_ == "among" and one.pos_ == "VERB" and child_of(one, "dobj") is not None and noun.head.i > one.i:
                holder = sentence.actors_of(child_of(one, "dobj"))  # "Laos counts China and Japan among its strategic partners"
        others_like = any(c.lower_ == "other" for c in noun.children)
        if noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"} and (noun.head.lower_ == "as" or (noun.head.lower_ == "like" and others_like)):
            holder = sentence.actors_of(noun.head.head)  # "Poland, as a NATO member", "Hungary, like other members of the EU"
            if not holder and kind.symmetric and noun.head.head.lemma_.lower() in {"relationship", "relation", "tie"}:
                holder = possessor_actors(sentence, child_of(noun.head.head, "poss"))  # "A and B describe their relationship as a partnership"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "like" and noun.head.head.pos_ in {"VERB", "AUX"} and others_like:
            holder = subject_of(sentence, noun.head.head)  # the same, "like" read as the verb's
        if self.act and not holder and child_of(noun, "poss") is not None:
            holder = possessor_actors(sentence, child_of(noun, "poss"))  # "Finland's membership of NATO", "Vatican's recognition of Taiwan"
            if not holder and kind.name == "member_of":
                # "the two countries' shared membership of NATO", "Chad, whose membership of ECCAS was suspended"
                holder = pair_named_before(sentence, child_of(noun, "poss")) or whose(sentence, noun)
            if kind.name in {"member_of", "recognizes"} and (child_of(noun, "poss", "its") or child_of(noun, "poss", "their")):
                # "officials said Yerevan had suspended its membership", "officials say Togo and Burundi have withdrawn their recognition"
                holder = named_clause_subject(sentence, noun) or holder
        # "are EU members but not NATO members": the second noun's own "not", and the first's body none of its own
        self.negated_apart = role is not noun and any(c.dep_ == "neg" for c in noun.children)
        if self.negated_apart:
            self.extra = {"polarity": "denied"}
        elif kind.symmetric and affirmed_after_but(noun, role):
            self.extra = {"polarity": "holds"}  # "are not allies but strategic partners": what they are instead
        self.holder = holder

    def _holder_by_aside(self) -> None:
        """Where the clause gives no holder, one from the words around the noun: a relative clause, a gerund, "without",
        an aside set off by commas, a list after "including" or a dash, a name in apposition."""
        sentence, noun, kind, kinds = self.sentence, self.noun, self.kind, self.kinds
        holder, extra = self.holder, self.extra
        if not holder and kind.symmetric:
            holder = clause_holders(sentence, noun)  # "a strategic partnership the two countries have nurtured since 1998"
        if not holder and kind.symmetric:
            # "counts on Moscow, its treaty ally, to ...", "one of Libya's main partners and allies", "signed a treaty on
            # strategic partnership"
            holder = misparsed_aside(sentence, noun) or one_of_joined(sentence, noun) or signed_on(sentence, noun, kinds)
        gerund, gerund_polarity = gerund_holder(sentence, noun, kinds) if kind.name == "diplomatic_relations" else ([], None)
        self.gerund = gerund
        if gerund and not holder:  # "in return for Rabat normalising relations with Israel"
            holder, extra = gerund, {"polarity": gerund_polarity} if gerund_polarity else extra
        if not holder and kind.symmetric:
            holder = lacking(sentence, noun)  # "Cairo and Tehran, without full diplomatic ties since 1980, ..."
            extra = {"polarity": "denied"} if holder else extra
        if not holder and kind.symmetric:
            holder, polarity = aside_subject(sentence, noun, kinds)  # "Russia and Ukraine, once strategic partners, ceased ..."
            extra = {"polarity": polarity} if holder else extra
        if not holder and kind.name == "arms_supplier":
            holder = named_before_aside(sentence, noun)  # "arms purchases from Israel, long a supplier to Colombia's military,"
        # an aside holds whatever the clause goes on to say, unless its own words end it ("a former member")
        aside_polarity = {"polarity": "ended" if any(modifier_phrase(c) in kinds.ended_modifiers for c in noun.children) or prefixed(noun, "ex") else "holds"}
        if not holder and noun.dep_ in {"nsubj", "dep"}:
            holder = _fronted(sentence, noun)  # "A NATO member since 1952, Turkey has ..."
            extra = aside_polarity if holder else extra
        if not holder and noun.dep_ == "nsubj":  # "According to officials, Lithuania and Poland, strategic partners since 1997, held ..."
            holder = [a for a in named_after_source(sentence, noun.head, noun) if a.code not in STATELESS]
            once = modifier_phrase(noun.doc[noun.left_edge.i - 1]) in kinds.ended_modifiers  # (hung on the verb: "once partners")
            extra = ({"polarity": "ended"} if once else aside_polarity) if holder else extra
        if not holder and kind.name == "member_of" and noun.tag_ == "NNS":
            holder = listed_before(sentence, noun)  # "Comoros and Djibouti, both members of the Arab League"
            extra = aside_polarity if holder else extra
        if not holder and kind.name == "member_of" and noun.tag_ == "NNS" and any(t.text in {"-", "–", "—", ":"} for t in noun.rights):
            # "the CSTO's six members - Armenia, Belarus, ...": the states listed after the dash
            dash = next(t for t in noun.rights if t.text in {"-", "–", "—", ":"})
            # up to the dash that closes the list: "Five EU members - A, B and C - have refused to recognise Kosovo"
            close = next((t.i for t in sentence.sent if t.i > dash.i and t.text == dash.text), sentence.sent.end)
            holder = [a for a in sentence.actors_between(dash.i + 1, close) if a.code not in STATELESS]
            extra = {"polarity": "holds"}  # the list names them as members, whatever the clause goes on to say
        self.listed, self.listing = _listed(sentence, noun)
        if not holder and noun.tag_ in {"NNS", "NNPS"} and self.listed:
            holder = [a for a in self.listed if a.code not in STATELESS]
            extra = aside_polarity  # the list names them: "its 32 members, from A to B, would meet in July"
        if not holder:
            # "NATO member Romania" (Romania in apposition), "the Russian, Belarusian and Armenian members of the EAEU"
            # (or on the first of two nouns joined: "Brazil's top trading partner and strategic partner China")
            holder = [a for c in (*noun.children, *(self.role.children if self.role is not noun else ())) if c.dep_ == "appos" for a in sentence.actors_of(c)]
            if not holder and kind.name == "member_of":
                # a demonym may be parsed as a nominal modifier too: "The Polish, Czech and Slovak members"
                holder = [a for c in noun.children if c.dep_ in {"amod", "nmod"} for a in sentence.actors_of(c) if a.code not in STATELESS]
            after = noun.nbor() if noun.i + 1 < sentence.sent.end else None
            if not holder and kind.symmetric and child_of(noun, "poss") is not None and after is not None and after.pos_ == "PROPN":
                # "Russia's ally Belarus hosted the drills", where the parse makes both subjects of the verb
                named = sentence.actor_at(after)
                holder = [named] if named is not None and named.code not in STATELESS else []
                extra = aside_polarity if holder else extra  # a title: "Taipei's ally Belize will open ..."
        self.holder, self.extra = holder, extra

    def _owner(self) -> None:
        """Whose the noun is ("Armenia's ally", "US sanctions", "its war"), and, where the parse makes it the verb's, who
        a clause made what the noun says ("the purchases made Beijing its second-largest arms supplier")."""
        sentence, noun, kind, kinds, role = self.sentence, self.noun, self.kind, self.kinds, self.role
        possessor = child_of(noun, "poss") or child_of(role, "poss")  # "China's partner and ally": the possessor of both
        if possessor is None and kind.symmetric and noun.dep_ == "compound" and sentence.actor_at(noun.head) is not None:
            possessor = child_of(noun.head, "poss")  # "Russia's allies Belarus, Armenia and Kazakhstan": the parse hangs it on the names
        if not self.holder and kind.symmetric and noun.tag_ in {"NNS", "NNPS"} and possessor is not None:
            self.holder = _listed_after_place(sentence, noun)  # "Washington's allies in Asia, Japan, South Korea and the Philippines,"
        owner = [] if self.act else possessor_actors(sentence, possessor)
        if kind.symmetric:
            # "Russia and its allies Belarus and Armenia", "remains close to Australia, its only ally", "New Zealand, whose
            # alliance with Washington was suspended"
            owner = conjoined_owner(sentence, noun) or owner or aside_owner(sentence, noun) or whose(sentence, noun)
        if kind.name in {"ally", "strategic_partner", "diplomatic_relations"} and noun.dep_ == "dobj" and possessor is not None and (
                possessor.lower_ in {"its", "their"}):
            owner = named_clause_subject(sentence, noun) or owner  # "Belize has suspended its relations with Israel, officials said": Belize's
        if kind.name == "arms_supplier" and not owner:
            owner = whose(sentence, noun)  # "Pakistan, whose main arms supplier is China": Pakistan's
        made = _made_into(noun)
        if made is not None and not self.holder:  # "the purchases made Beijing its second-largest arms supplier"
            role_of = noun.head.head if noun.dep_ == "pobj" else noun
            self.holder, self.anchor = sentence.actors_of(child_of(role_of, "nsubj")) or sentence.actors_of(child_of(made, "dobj")), made
            if possessor is not None and possessor.lower_ in PRONOUNS:  # "its": whose the making is
                owner = [a for a in subject_of(sentence, made) or subject_owner(sentence, made) if a.code not in STATELESS]
        # "shells for Russia to fight its war against Ukraine", "Moscow's ally in its war": who wages it, whoever the clause is about
        if kind.name == "at_war_with" and possessor is not None and possessor.lower_ in {"its", "their"}:
            self.waging = state_waging(sentence, possessor, kinds)
        owner = self.waging or owner
        if not owner and kind.name == "member_of":
            owner = the_bloc(sentence, possessor, kinds)  # "welcomed Somalia as the bloc's eighth member"
        self.possessor, self.owner = possessor, owner
        # "US sanctions", "NATO member"; a demonym before "members" names the members, not the body
        modifiers = {"compound", "nmod"} if kind.name == "member_of" else {"compound", "nmod", "amod"}
        # the modifier may sit one word further left: "US oil sanctions"
        # and before "member" only an organisation is the body: "NATO member Poland", not "the Polish members"
        bodies = STATELESS if kind.name == "member_of" else None
        self.compound = next((c for c in noun.lefts for c in [c, *c.lefts] if c.dep_ in modifiers and is_actor(sentence.actor_at(c), bodies)), None)

    def _vetoed(self) -> bool:
        """Whether the noun, where it stands, names no relation of its kind between the sides at all."""
        sentence, noun, kind, kinds, verb = self.sentence, self.noun, self.kind, self.kinds, self.verb
        diplomatic = any(c.lower_ == "diplomatic" for c in noun.children)
        if kind.symmetric and noun.dep_ == "dobj" and lemma_of(noun.head, kinds) in _URGING:
            return True  # "Estonia and Latvia asked the alliance to stay": who is asked, not a relation held
        if kind.name in {"ally", "strategic_partner"}:
            # "Orban is Putin's closest ally", "the governor, a valuable ally", "the Central African Republic's president, a
            # close ally of Moscow": people's allies, not states' (but the subject of "called Russia its ally" is who calls it so)
            if sentence.person(self.subject_token) or any(officeholder(sentence, t) for t in (self.possessor, noun.head if noun.dep_ == "appos" else None)):
                return True
        if kind.name == "member_of" and part_of_something_else(sentence, noun, kinds):
            return True  # "as part of NATO's forward presence": no membership of NATO
        if kind.name == "ally" and (situational(noun, kinds) or the_alliance(noun)):
            return True  # "Warsaw's ally in the dispute over grain", "asked the alliance to keep its troops": no alliance of the sides
        if kind.name == "ally" and span_of(noun) is not None:
            return True  # "Chad, for decades France's closest ally, ...": the span's (``ties.ally_for_a_span``)
        if kind.name == "ally" and pact_for_defence(noun, kinds):
            return True  # "a treaty which obliges the United States to defend Japan": collective defence (``defence``), no alliance
        if kind.name == "at_war_with":
            figures = [*(c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}), *(t for t in [pobj_of(noun, "of")] if t is not None)]
            if any(c.lemma_.lower() in kinds.figurative_wars for c in figures):
                return True  # "the trade war between the United States and China", "a war of words"
            if named_for_place(sentence, noun):
                return True  # "a summit dominated by the Gaza war": a war named for its place, no side of it named
            if noun.dep_ == "pobj" and noun.head.lower_ in {"at", "to"} and noun.head.head.lemma_ in {"be", "remain", "go"}:
                return True  # "is at war with", "went to war": the verb's reading (``war_state``)
            if noun.dep_ == "dobj" and not self.waging and noun.head.lemma_.lower() not in {"wage", "wag", "declare", "fight", "end", "win", "lose"}:
                return True  # "the war" as the object of any verb ("discussed the war with Iran") is no state of war
        if kind.name == "diplomatic_relations" and not diplomatic:
            if not self.gerund and (verb is None or lemma_of(verb, kinds) not in kinds.relations_verbs):
                return True  # bare "relations" are diplomatic where they are set up, kept or broken, not where they are "discussed"
            if any(c.lower_ in kinds.undiplomatic_modifiers for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}):
                return True  # "kept unofficial ties with Taiwan", "have had strained relations": ties of another kind, or none claimed
        if kind.name in {"recognizes", "diplomatic_relations"} and verb is not None and lemma_of(verb, kinds) in kinds.switching_verbs:
            return True  # "switched its diplomatic ties to Beijing", "switched recognition to Beijing": moved (``switched_ties``)
        if kind.name == "diplomatic_relations" and cut_short(noun, kinds) is not None:
            return True  # "stopped short of cutting ties": ties kept (``ties_kept``)
        if kind.name == "diplomatic_relations" and relations_act(noun, kinds) is not None:
            return True  # "the severing of ties between A and B": set up or broken by the act (``relations_by_act``)
        if kind.name == "diplomatic_relations" and raised_ties(noun, kinds):
            return True  # "upgraded their ties to a strategic partnership": the partnership's reading, not a claim of relations
        if kind.name == "recognizes" and claim_of(noun, kinds) is not None:
            return True  # "recognition of Moroccan sovereignty over Western Sahara": of a claim (``claim_backed``), not of a state
        if kind.name == "sanctions_regime" and joining_verb(noun, kinds) is not None:
            return True  # "refused to join the bloc's sanctions on Russia": who joins whose (``joined_sanctions``)
        if kind.name == "arms_supplier":
            lemma = noun.lemma_.lower()
            if noun.lower_ in ACTS and verb is not None and noun.dep_ == "dobj" and lemma_of(verb, kinds) in kinds.ban_nouns:
                return True  # "India banned arms sales to Myanmar": an embargo (``arms_ban``), no supply
            if lemma == "delivery" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "take":
                return True  # "took delivery of jets from Russia": a purchase, read as one (the taker receives)
            if lemma in _GENERIC_SUPPLY and not about_arms(noun, kinds):
                return True
        return False

    def _other_sides(self) -> None:
        """The other side from the noun's own words ("of", "with", "to", "between", a modifier) and its verb's ("broke
        off relations with Morocco"), and the holder where only the verb or a pair names it."""
        sentence, noun, kind, kinds, verb = self.sentence, self.noun, self.kind, self.kinds, self.verb
        holder, compound, listing = self.holder, self.compound, self.listing
        sides = [self.owner, sentence.actors_of(compound)]
        # (but "a NATO partner but not a member": a member of the first's body)
        own_body = any(c.dep_ in {"compound", "nmod"} and sentence.actor_at(c) is not None for c in noun.children) or pobj_of(noun, "of") is not None
        if self.role is not noun and kind.name == "member_of" and is_actor(sentence.actor_at(self.role), STATELESS) and not (self.negated_apart and own_body):
            sides.append(sentence.actors_of(self.role))  # "an EU and NATO member": the EU too (not "a BRICS member and a partner of Russia")
        own = [p for p in ("of", "with", "to", "for", "on", "against", "from") if listing is None or p != listing.lower_]
        if kind.name == "member_of":
            own.append("in")  # "its membership in NATO", "its participation in the CSTO"
            # a list of bodies the parse joins to the noun rather than to the first: "a member of the UN, NATO or the EU"
            sides.append([a for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN" for a in sentence.actors_of(c) if a.code in STATELESS])
        sides += [actors_or_owner(sentence, pobj) for p in own for pobj in pobjs_of(noun, p)] + [self.regarder]
        if kind.symmetric:
            sides.append(count_on(sentence, noun, kinds))  # "an ally the United States could count on"
            sides.append(included_sides(sentence, noun))  # "ties with only 12 countries, including Paraguay"
        if kind.name == "sanctions_regime":
            sides.append(imports_banned_from(sentence, noun, kinds))  # "its embargo on food imports from the EU"
            if compound is not None and not any(pobjs_of(noun, p) for p in ("on", "against")):
                sides.append(whose(sentence, noun))  # "Iran, whose United Nations sanctions were reimposed": on Iran
        if kind.name == "member_of":  # "suspended its membership of the regional bloc": the one named before
            sides += [the_bloc(sentence, pobj, kinds) for p in ("of", "in") for pobj in pobjs_of(noun, p)]
            sides += repeated_prepositions(sentence, noun, "of")  # "a founding member of NATO and of the G7"
        if kind.symmetric and noun.dep_ == "compound":
            sides.append(sentence.actors_of(pobj_of(noun.head, "with")))  # "its strategic partnership charter with Georgia"
        # (not for members: "the four EU members that do not belong to NATO" are no NATO members)
        for clause in (c for c in noun.children if c.dep_ in {"relcl", "acl"} and not kind.symmetric and kind.name != "member_of"):
            sides += [actors_or_owner(sentence, pobj_of(clause, p)) for p in ("on", "against", "to")]  # "the sanctions it had imposed on Mali"
        if kind.name == "at_war_with":
            sides += war_sides(sentence, noun)
            if self.owner or sentence.actors_of(compound):
                sides.append(sentence.actors_of(pobj_of(noun, "in")))  # "Russia's war in Ukraine"
        of_object = pobj_of(noun, "of")
        if of_object is not None:
            sides.append(sentence.actors_of(pobj_of(of_object, "to")))  # "the largest supplier of arms to Saudi Arabia"
            if kind.name == "arms_supplier":
                sides.append(sentence.actors_of(pobj_of(of_object, "for")))  # "the main source of military hardware for Venezuela"
        if verb is not None and noun.dep_ == "dobj":
            # the other side often hangs on the verb: "broke off diplomatic relations with Morocco", "lifted sanctions on Syria"
            prepositions: tuple[str, ...] = ("with", "on", "against") if kind.name == "at_war_with" else (
                ("with",) if kind.symmetric else ("on", "against", "to"))
            if kind.name == "sanctions_regime" and any(pobjs_of(noun, p) for p in ("on", "against")):
                prepositions = ("on", "against")  # "slapped sanctions on Iran over its drone sales to Russia": no target "to"
            if (kind.name == "member_of" or listing is not None) and verb.lemma_.lower() in {"have", "count", "number"}:
                sides.append(subject_of(sentence, verb))  # "NATO has 32 members, from the United States to North Macedonia"
            for preposition in prepositions:  # "waged war on", "declared war against"
                sides.append(actors_or_owner(sentence, pobj_of(verb, preposition)))
        other = self.other
        for actors in sides:
            for actor in actors:
                if all(actor_key(actor) != actor_key(a) for a in other + self.listed):
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
        # (or joined to its object: "has no embassy in Iran and no diplomatic relations with Tehran")
        object_of_verb = noun.dep_ == "dobj" or (noun.dep_ == "compound" and noun.head.dep_ == "dobj") or (
            kind.symmetric and noun.dep_ == "conj" and self.role.dep_ == "dobj") or (
            # "would apply for full membership of Mercosur" (not "vetoed its bid for membership": ``membership_bid``)
            self.act and noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ in {"VERB", "AUX"})
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
        self.holder = holder

    def _directed_sides(self) -> None:
        """Who does what to whom where the relation runs one way: the owner of a sale or of sanctions, the state "under"
        sanctions, the one that "faced" them, the one urged to impose them, the accused and its war."""
        sentence, noun, kind, kinds, verb = self.sentence, self.noun, self.kind, self.kinds, self.verb
        holder, other, owner = self.holder, self.other, self.owner
        possessed_act = kind.name == "sanctions_regime" or (kind.name == "arms_supplier" and noun.lower_ in ACTS)
        if not holder and possessed_act and owner and any(actor_key(a) != actor_key(owner[0]) for a in other):
            # "The EU's sanctions on Russia ... have been extended", "lifted most of its sanctions on Syria",
            # "Russia's arms exports to India fell" (but "Armenia's arms supplier" is Armenia's, the receiver)
            holder, other = owner[:1], [a for a in other if actor_key(a) != actor_key(owner[0])]
        if not holder and kind.name == "arms_supplier" and noun.lower_ in ACTS:
            holder = act_seller(sentence, noun, kinds)  # "the sale of US-made jets to the UAE"
        if kind.name == "sanctions_regime" and not holder:
            holder = imposed_by(sentence, noun, kinds)  # "the sanctions imposed by the EU on Belarus"
        if kind.name == "sanctions_regime" and (borne := borne_by_agent(sentence, noun)):
            holder, other = other, borne  # "Nicaragua's government, targeted by US and EU sanctions"
        modifier = sentence.actor_at(self.compound)
        if not holder and not kind.symmetric and modifier is not None:
            rest = [a for a in other if actor_key(a) != actor_key(modifier)]
            if rest and noun.head.lower_ not in {"under", "to"}:
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
            holder, self.extra = urged, {"polarity": "holds" if lemma_of(verb, kinds) in kinds.continuing_verbs else "hypothetical"}
        accused, attacked = accused_of_war(sentence, noun, kinds) if kind.name == "at_war_with" else ([], [])
        if accused and attacked:  # "Congo accuses Rwanda of waging war on its territory": Rwanda's war on Congo
            holder, other = accused, attacked
        if self.waging:  # the other side is the war's own ("its war in Ukraine"), not the states the clause names besides
            fought = [a for preposition in ("against", "with", "in", "on") for a in sentence.actors_of(pobj_of(noun, preposition))]
            holder, other = self.waging, [a for a in fought or other if actor_key(a) != actor_key(self.waging[0])]
        self.holder, self.other = holder, other

    def _symmetric_readings(self, why: str) -> Iterable[Reading]:
        """A relation both sides hold alike, a pair each where one side names several states."""
        sentence, noun, kind, extra, anchor = self.sentence, self.noun, self.kind, self.extra, self.anchor
        holder, other = self.holder, self.other
        speaker = speaker_of(noun, sentence, self.kinds)
        if holder and not other:
            # "Jordan ... has kept diplomatic relations with it since 1994", "Jordan and Egypt ... maintain relations with it"
            other = antecedent_of_it(sentence, noun, holder) or antecedent_of_neighbour(sentence, noun, holder, self.kinds)
        if len(holder) == 1 and not other:
            other = antecedent_of_which(sentence, noun, holder)  # "Chile is the only neighbour with which Bolivia has no relations"
        if kind.name == "diplomatic_relations" and len(holder) <= 1 and not other:
            other = main_clause_side(sentence, noun, holder)  # "Somalia restored relations with Kenya, months after Mogadishu cut ties"
        if len(holder) == 1 and not other and speaker is not None and kind.name != "at_war_with":
            other = [speaker]  # "Kazakhstan was a reliable ally, the Kremlin said" (but who reports a war is not its other side)
        if kind.name in {"ally", "strategic_partner"} and not holder and len(other) == 1 and speaker is not None and not child_of(noun, "poss"):
            holder = [speaker]  # "Tokyo's spokesman said the alliance with the United States remained the cornerstone": Tokyo's
        bloc = sentence.actor_at(self.compound)
        if kind.name == "ally" and bloc is not None and bloc.code in STATELESS:
            if not names_outside(self.compound):  # "a major non-NATO ally" is an ally from outside NATO
                yield "member_of", holder, bloc, None, why, anchor, extra  # "The UK and France, NATO allies"
            other = [a for a in other if actor_key(a) != actor_key(bloc)]
        if kind.name == "ally":  # an alliance is between states ("NATO partner" beside "ally" names no side of it)
            holder, other = [a for a in holder if a.code not in STATELESS], [a for a in other if a.code not in STATELESS]
        if not holder and self.owner and any(all(actor_key(a) != actor_key(o) for o in self.owner) for a in other):
            # "their separate alliances with the United States": the possessors are the holders, each with the other side
            holder = self.owner
        others = [a for a in other if all(actor_key(a) != actor_key(h) for h in holder)]
        if others_only(sentence, noun, holder, others, self.kinds):
            return  # "an ally of the United States and Israel": of whom the sentence does not say
        if len(holder) >= 3 and not others and (self.copula is not None or self.role.dep_ == "appos"):
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
        if len(holder + others) >= 2:
            yield kind.name, holder + others, None, None, why, anchor, extra

    def _directed_readings(self, why: str) -> Iterable[Reading]:
        """A relation one side holds over the other, one reading an object ("lifted the sanctions on Mali and Guinea")."""
        sentence, noun, kind, kinds, extra, anchor = self.sentence, self.noun, self.kind, self.kinds, self.extra, self.anchor
        holder, other = self.holder, self.other
        if kind.name == "sanctions_regime":
            # sanctions on "Chinese companies" are no sanctions on China, but those on "Myanmar's military" are on Myanmar
            other = [a for a in other if a.sector in SANCTIONED_SECTORS and a.code not in COMPANIES]
            nationalities = named_as_companies(sentence, noun, self.verb if noun.dep_ == "dobj" else None, kinds)
            other = [a for a in other if actor_key(a) not in nationalities]
            if holder and self.possessor is not None and self.possessor.lower_ in PRONOUNS:
                # "Washington, which began easing its own sanctions on the country": "its" is the imposer's, never the target's
                other = [a for a in other if all(actor_key(a) != actor_key(o) for o in self.owner)]
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


def _urged(sentence: Sentence, verb: Token) -> list[Actor]:
    """Who is urged to do what a verb says: "the European Union" in "Congo urged the European Union to impose sanctions",
    "called on Britain to impose sanctions"."""
    if verb.dep_ != "xcomp" or child_of(verb, "aux", "to") is None or verb.head.lemma_.lower() not in _URGING:
        return []
    return [a for a in sentence.actors_of(child_of(verb.head, "dobj") or pobj_of(verb.head, "on")) if all(
        actor_key(a) != actor_key(s) for s in subject_of(sentence, verb.head))]


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
