"""Whether a reading holds, is denied, has ended or is hypothetical (:func:`polarity_of`: negation, modals,
wishes, refusals, "until", "no longer"), and the dates the sentence gives it (:func:`validity`).
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from .kinds import RelationKinds
from .sentence import child_of, governing_verb, lemma_of, names_outside, pobjs_of, prefixed

MODALS = {"could", "may", "might", "would", "should", "can", "will"}



def validity(sent: Span, anchor: Token, polarity: str, published: str | None, kinds: RelationKinds) -> tuple[str | None, str | None]:
    """``(valid_from, valid_to)`` as the sentence dates them, at the precision it gives: "joined NATO in April
    2023" -> from 2023-04, "left the CSTO in 2012" -> to 2012, "have had relations since 1995" -> from 1995."""
    from ..when import event_date, resolve_when

    day = dt.date.fromisoformat(published) if published else None
    start, end = _years_spanned(anchor)
    if polarity == "ended" and end is not None and not _ends_itself(anchor, kinds):
        # "was a member from 1966 to 2009", "supplied arms to Syria from 2011 until 2024" (but ties "cut from 2017 to
        # 2021" span the break, not the ties)
        return tuple(_resolved(bound, day) for bound in (start, end))  # type: ignore[return-value]
    for ent in sent.ents:
        if ent.label_ == "DATE" and ent.start > 0 and sent.doc[ent.start - 1].lower_ == "since" and polarity != "hypothetical" and (
                _dates_relation(sent.doc[ent.start - 1], anchor)):
            when = resolve_when(ent.text, day)
            since = _as_written(when.date, when.precision) if when else None
            if polarity != "ended":
                return since, None
            # "have had no relations since 1980": what has not held since a date ended then; but "have fought three wars
            # since 1947" dates neither end
            verb = anchor if anchor.pos_ in {"VERB", "AUX"} else governing_verb(anchor)
            negated = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for t in (anchor, verb) if t is not None for c in t.children)
            return None, since if negated else None
    if polarity not in {"holds", "ended"}:
        return None, None
    stated = event_date(sent, anchor.i, day)
    if stated is None or stated.when is None:
        return None, None
    written = _as_written(stated.when.date, stated.when.precision)
    if polarity == "ended":
        return None, written
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else governing_verb(anchor)
    return (written if verb is not None and lemma_of(verb, kinds) in kinds.starting_verbs else None), None


def _dates_relation(since: Token, anchor: Token) -> bool:
    """Whether "since" hangs on the relation's word or on a word between it and its verb, so that it dates the relation,
    not another one the sentence tells: not "Ukraine, at war with Russia since February 2022, signed a letter of intent
    to buy jets from Sweden" for the jets."""
    word = anchor
    for _ in range(6):
        if since.head.i == word.i:
            return True
        if word.pos_ in {"VERB", "AUX"} or word.head.i == word.i:
            return False
        word = word.head
    return False


def _denying_subject(subject: Token) -> bool:
    """Whether a subject says the verb holds of none: "neither government", "no EU state", "none of the Gulf states"; not
    of those it excepts ("no country except Turkey recognises it")."""
    if any(t.lower_ in {"except", "but", "besides", "apart", "save", "bar"} for t in subject.subtree):
        return False
    return subject.lower_ == "none" or any(c.dep_ == "det" and c.lower_ in {"neither", "no"} for c in subject.children)


def _resolved(bound: Token | None, day: dt.date | None) -> str | None:
    """The date a bound of a span of years gives ("1966", "June 2011"), as written."""
    from ..when import resolve_when

    if bound is None:
        return None
    when = resolve_when(bound.doc[bound.left_edge.i:bound.right_edge.i + 1].text, day)
    return _as_written(when.date, when.precision) if when else None


def _years_spanned(anchor: Token) -> tuple[Token | None, Token | None]:
    """The bounds of a span of years a relation is told over, "from 1966 to 2009", "from 2011 until 2024", or its end alone,
    "until 1992": the objects of the prepositions, on the relation's word or its verb, each naming a year."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else (governing_verb(anchor) or anchor.head)
    for word in dict.fromkeys((anchor, verb)):
        start = next((p for p in pobjs_of(word, "from") if _names_year(p)), None)
        ends = [c for c in word.children if c.dep_ == "prep" and c.lower_ in {"until", "till"}]
        if start is not None:
            ends += [c for c in (start.head, start) for c in c.children if c.dep_ == "prep" and c.lower_ in {"to", "until", "till", "through"}]
        end = next((p for e in ends for p in [child_of(e, "pobj")] if p is not None and _names_year(p)), None)
        if end is not None:
            return start, end
    return None, None


def _ends_itself(anchor: Token, kinds: RelationKinds) -> bool:
    """Whether the word that tells a relation, or its verb, is a verb of ending ("cut", "suspended")."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else governing_verb(anchor)
    return lemma_of(anchor, kinds) in kinds.ended_verbs or (verb is not None and lemma_of(verb, kinds) in kinds.ended_verbs)


def _names_year(phrase: Token) -> bool:
    return any(re.fullmatch(r"1\d{3}|20\d{2}", t.text) for t in phrase.subtree)


def _as_written(day: dt.date, precision: str) -> str:
    return {"year": day.strftime("%Y"), "decade": day.strftime("%Y"), "month": day.strftime("%Y-%m")}.get(precision, day.isoformat())


def polarity_of(anchor: Token, kinds: RelationKinds) -> str:
    ending = ending_noun(anchor, kinds)
    if ending is not None:
        # an end that came has ended the relation ("welcomed the lifting of sanctions"); one only sought, planned or refused
        # leaves it holding ("called for the removal of EU sanctions", "seeks the end of the alliance", "rejected the lifting")
        verb = governing_verb(ending)
        sought = verb is not None and lemma_of(verb, kinds) in kinds.end_seeking_verbs
        return "holds" if sought or polarity_of(ending, kinds) in {"hypothetical", "denied"} else "ended"
    # "Estonia, a member of NATO, expelled ...": an apposition holds whatever the main verb says
    aside = anchor.pos_ not in {"VERB", "AUX"} and (anchor.dep_ == "appos" or _title(anchor) or (
        anchor.dep_ == "pobj" and anchor.head.lower_ in {"of", "as", "like", "under", "at"} and anchor.head.head.dep_ in {"appos", "nsubj", "nsubjpass"}
        and anchor.head.head.pos_ in {"NOUN", "PROPN", "NUM"}) or (
        # a concession holds whatever the clause says: "does not regard Turkey as an ally despite their shared membership of NATO"
        anchor.dep_ == "pobj" and anchor.head.lower_ in {"despite", "notwithstanding"}) or (
        # set before the clause, an aside: "As a member of the EU, Ireland cannot set its own tariffs"
        anchor.dep_ == "pobj" and anchor.head.lower_ == "as" and anchor.head.i == anchor.sent.start))
    verb = anchor if aside or anchor.pos_ in {"VERB", "AUX"} else (governing_verb(anchor) or anchor.head)
    # "Former OPEC member Angola", where the parse may hang "former" on the name the title goes with
    for token in (anchor, verb, *([anchor.head] if anchor.dep_ == "compound" and aside else [])):
        # (or a subject that "neither", "no" or "none" denies: "neither government has severed relations", "no EU state has
        # recognised Somaliland", "none of the Gulf states hosts a Russian base")
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or (
                token is verb and c.dep_ in {"nsubj", "nsubjpass"} and _denying_subject(c)) for c in token.children):
            # "relations were not broken", "has not left the CSTO": an end denied is a relation that holds
            if token is verb and _left_open(verb, kinds):
                return "hypothetical"  # "has not ruled out NATO membership": a possibility
            if token is verb and lemma_of(verb, kinds) in kinds.ended_verbs:
                return "holds"
            if token is verb and _conditional(verb):
                return "hypothetical"  # "would not establish relations unless a Palestinian state is recognised"
            return "ended" if _lapsed(anchor, verb, token) else "denied"
        if any(c.dep_ in {"advmod", "amod"} and modifier_phrase(c) in kinds.ended_modifiers for c in token.children):
            return "ended"  # "a former member", "was once an ally", "no longer recognises"
    if prefixed(anchor, "ex"):
        return "ended"  # "an ex-member of the EU"
    # (the noun, or a copula's: "is a non-member state of the UN")
    if any(names_outside(n) or any(c.lower_ == "member" and names_outside(c) for c in n.lefts)
           for n in (anchor, *(c for c in anchor.children if c.dep_ == "attr"))):
        return "denied"  # "Norway, a non-member of the EU", "a non-member observer state at the UN"
    if any(modifier_phrase(g) in kinds.ended_modifiers for c in anchor.children if c.dep_ == "amod" for g in c.children if g.dep_ == "advmod"):
        return "ended"  # "once close allies", "formerly strategic partners"
    if anchor.dep_ == "appos" and any(c.dep_ == "advmod" and anchor.head.i < c.i < anchor.i and modifier_phrase(c) in kinds.ended_modifiers
                                      for c in anchor.head.children):
        return "ended"  # "The Netherlands, no longer a supplier of arms to Israel, ...": the parse hangs "no longer" on the name
    if _until_past(anchor, verb, aside, kinds):
        return "ended"  # "an ally under the shah until the 1979 revolution", "was based there until Moscow annexed Crimea"
    if (aside or _told_in_past(verb)) and all(_years_spanned(anchor)):
        return "ended"  # "was a member of NATO's command from 1966 to 2009", "a French ally from 1960 to 1975"
    if any(t.lower_ in kinds.hypothetical_modifiers for c in anchor.lefts for t in c.subtree):
        return "hypothetical"  # "aspiring member Timor-Leste", "a would-be ally", "Prospective EU member Serbia"
    if aside:
        return "holds"
    if verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children):
        # "has yet to recognise", "is yet to join"; but what is yet to be confirmed is pending ("has yet to confirm its membership")
        return "hypothetical" if lemma_of(verb, kinds) in kinds.pending_verbs else "denied"
    clause = verb
    # a relative clause asserts on its own: "X, which is a member of the CIS, declined to ...", and so does a clause joined
    # with a subject of its own: "Rwanda denies backing the rebels, and Kinshasa cut ties with Kigali"
    while clause.dep_ not in {"relcl", "appos", "acl"} and clause.head.i != clause.i and not (
            clause.dep_ == "conj" and child_of(clause, "nsubj") is not None) and not _finite_conjunct(clause):
        clause = clause.head
        if lemma_of(clause, kinds) in kinds.speech_verbs:
            break  # "Ukraine rejected the plan, noting that only Syria had accepted the annexation": what is told holds on its own
        # "Iran supplies drones to Russia, officials said, a charge Tehran denies": what is denied is the charge, after the fact
        if refuses(clause, kinds) and not (clause.i > verb.i and child_of(clause, "dobj") is not None):
            return "hypothetical" if _left_open(clause, kinds) else "denied"  # (not "has not ruled out joining BRICS")
    modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
    if modal is None and verb.dep_ == "relcl" and child_of(verb, "aux", "to") is not None and verb.head.dep_ == "attr":
        # an infinitive relative asserts nothing of its own, so the predicate's mood is its: "would be the first to recognise"
        modal = next((c.lower_ for c in verb.head.head.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
    if modal is not None and not (modal in {"will", "would"} and lemma_of(verb, kinds) in kinds.continuing_verbs):
        # "could join", "will recognise", and "would leave": an end not yet come; but "will keep sanctions" holds now,
        # as does "said it would maintain relations" (a "will" reported)
        return "hypothetical"
    if _conditional(verb):
        # "Britain will recognise a Palestinian state unless Israel agrees to a ceasefire", "agreed to recognise Mauritian
        # sovereignty once a treaty is signed"
        return "hypothetical"
    # (or the verb is the anchor, a participle taken for a copula: "was seeking membership of the EU")
    wished = anchor.dep_ == "dobj" or (anchor is verb and anchor.tag_ == "VBG" and child_of(anchor, "dobj") is not None)
    if wished and lemma_of(verb, kinds) in kinds.hypothetical_heads:
        # "are discussing a strategic partnership", "seek full relations with Beijing"; but "has no plans to seek
        # membership" disowns the wish
        disowned = verb.dep_ in {"xcomp", "acl"} and lemma_of(verb.head, kinds) in kinds.hypothetical_heads and declined(verb.head, kinds)
        return "denied" if disowned else "hypothetical"
    if anchor is not verb and anchor.dep_ == "dobj" and refuses(verb, kinds):
        return "denied"  # "ruled out NATO membership", "rejects recognition of Kosovo"
    if anchor is not verb and anchor.dep_ in {"dobj", "nsubjpass"} and lemma_of(verb, kinds) in kinds.blocking_verbs:
        return "hypothetical"  # "vowed to block Ukraine's EU membership", "Sweden's accession was blocked by Turkey": still pending
    if lemma_of(verb, kinds) in kinds.ended_verbs and verb.dep_ in {"xcomp", "acl"} and lemma_of(verb.head, kinds) in kinds.hypothetical_heads \
            and declined(verb.head, kinds):
        return "holds"  # "has no plans to lift sanctions on Syria": an end disowned
    if (lemma_of(verb, kinds) in kinds.ended_verbs and not _ends_other(anchor, verb)) or anchor.lemma_.lower() in kinds.ended_verbs:
        return "ended"
    if anchor.dep_ in {"pobj", "pcomp"} and (_wished(anchor.head, kinds) or _negotiated(anchor, kinds) or _opened(anchor.head, kinds)):
        return "hypothetical"  # "a candidate for EU membership", "on the path to membership", "talks on a defence pact"
    head = verb
    for _ in range(3):
        if _finite_conjunct(head):
            break
        # (an infinitive with a subject of its own may be parsed as a clause: "wants Washington to open a base")
        infinitive = head.dep_ in {"xcomp", "acl"} or (head.dep_ == "ccomp" and child_of(head, "aux", "to") is not None)
        if infinitive and (lemma_of(head.head, kinds) in kinds.hypothetical_heads or (head.dep_ == "acl" and head.head.lemma_.lower() in kinds.seeking_nouns)):
            return "denied" if declined(head.head, kinds) else "hypothetical"
        if head.dep_ == "xcomp" and head.head.lemma_.lower() == "set" and head.head.tag_ == "VBN" and child_of(head.head, "prt") is None:
            return "hypothetical"  # "Finland is set to host a NATO presence" (not "set up")
        if head.dep_ == "xcomp" and lemma_of(head.head, kinds) in kinds.ended_verbs and child_of(head.head, "prt") is None:
            return "ended"  # "stopped selling weapons to Myanmar" (not "ended up joining")
        if head.dep_ in {"xcomp", "acl"} and (declined(head.head, kinds, wish=False) or (head.dep_ == "acl" and refuses(head.head, kinds))):
            return "denied"  # "has no obligation to defend Taiwan", "rejected reports that it was supplying shells", "its refusal to recognise"
        if head.dep_ in {"pobj", "pcomp"} and (_wished(head.head, kinds) or _opened(head.head, kinds)):
            return "hypothetical"  # "interest in joining", "moving towards restoring relations"
        if head.dep_ in {"relcl", "acl"} and child_of(head, "aux", "to") is not None and head.head.lemma_.lower() in kinds.path_nouns:
            return "hypothetical"  # "paving the way for Sweden to join NATO"
        if _in_talks(head, kinds):
            return "hypothetical"  # "is in advanced talks to sell the missile to Vietnam"
        if _bare_infinitive(head) and any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.head.children) and (
                lemma_of(head.head, kinds) not in kinds.continuing_verbs):
            return "hypothetical"  # "the framework would have Washington recognise Crimea as Russian", "would see Kyiv cede"
        if short_of(head, kinds) is not None:
            return "denied"  # "has stopped short of recognising Kosovo"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in head.children):
            return "hypothetical"  # (or only asked about: "has yet to confirm whether it has joined BRICS", "it is unclear whether ...")
        if head.head.i == head.i:
            break
        head = head.head
    return "holds"


def _conditional(verb: Token) -> bool:
    """Whether a verb is told on a condition, an adverbial clause with "if", "unless", or "once" what is not yet done is
    ("once a treaty is signed"; not "once Kosovo declared independence", told in the past)."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        mark = child_of(clause, "mark")
        if mark is not None and (mark.lower_ in {"if", "unless"} or (mark.lower_ == "once" and not _told_in_past(clause))):
            return True
    return False


def _finite_conjunct(verb: Token) -> bool:
    """Whether a verb joined to another is finite, which makes it a clause of its own that shares the subject but not
    the other verb's refusal or wish: "India refused to condemn Russia and bought S-400s from it", "refuses to recognise
    the annexation and treats Crimea as part of Ukraine" (where the parse hangs "treats" under "recognise")."""
    return verb.dep_ == "conj" and verb.tag_ in {"VBZ", "VBD"}


def _bare_infinitive(verb: Token) -> bool:
    """Whether a verb is a bare infinitive another verb governs, as after "have", "let", "see" or "make" ("would have
    Washington recognise Crimea")."""
    return verb.dep_ in {"ccomp", "xcomp"} and verb.tag_ == "VB" and not any(c.dep_ in {"aux", "mark"} for c in verb.children)


def short_of(word: Token, kinds: RelationKinds) -> Token | None:
    """The verb that stops "short of" a word, which it does not reach: "stopped short of formal recognition", "fell short of
    recognising Kosovo"."""
    of, short = word.head, word.head.head
    if word.dep_ in {"pobj", "pcomp"} and of.lower_ == "of" and short.lower_ == "short" and short.head.i != short.i and (
            lemma_of(short.head, kinds) in kinds.falling_short_verbs):
        return short.head
    return None


def _title(noun: Token) -> bool:
    """Whether a relation noun is the title of the actor it names ("NATO member Latvia", "Canberra's closest ally, the
    United States"): the phrase asserts it, whatever the clause goes on to say of the actor ("will spend", "would rotate")."""
    if noun.dep_ == "compound":
        return noun.head.pos_ == "PROPN"
    return noun.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _lapsed(anchor: Token, verb: Token, negated: Token) -> bool:
    """Whether a negation dates the relation's absence from a time ("have had no diplomatic relations since 1980", "has
    not delivered weapons to Armenia since 2022"): it held until then, so it ended. Not "never" (it never held), nor
    a relation qualified as full, formal or at a level, where a lesser one may go on ("have not had full relations since 1980")."""
    if any(c.dep_ == "neg" and c.lower_ == "never" for c in negated.children):
        return False
    if any(c.dep_ == "amod" and c.lower_ in {"full", "formal"} for c in anchor.children):
        return False
    if any(p.lemma_ == "level" for p in pobjs_of(anchor, "at")):
        return False  # "no relations at ambassador level since 1978": lower ones go on
    return any(c.lower_ == "since" or (c.dep_ == "advcl" and child_of(c, "mark", "since") is not None) for c in verb.children)


def declined(word: Token, kinds: RelationKinds, wish: bool = True) -> bool:
    """Whether a wish or offer is refused or disowned, which denies what it wished: "turned down an invitation to join",
    "refused a request to send", "has no plans to host", "does not intend to recognise"; any word refused ("rejected
    reports that it was supplying", "rumours that ... were dismissed") or meant as none ("has no obligation to defend")
    denies what hangs on it."""
    if any((c.dep_ == "neg" and wish) or (c.dep_ == "det" and c.lower_ == "no") for c in word.children):
        return True
    return word.dep_ in {"dobj", "nsubjpass"} and refuses(word.head, kinds)


def _until_past(anchor: Token, verb: Token, aside: bool, kinds: RelationKinds) -> bool:
    """Whether "until" dates the relation's end in the past: a year ("until the 1979 revolution") or a clause in the past
    tense ("until Moscow annexed Crimea", "until it was lifted"), with the relation itself told in the past (or in a
    phrase of its own), kept until then or not ("kept troops there until 1992"); not "leases it until 2050", "will
    stay until the insurgents are defeated", "extended the sanctions until 2026" (a term pushed forward)."""
    if not aside and lemma_of(verb, kinds) in kinds.prolonging_verbs:
        return False
    if not (aside or _told_in_past(verb)):
        return False
    for until in (c for t in (anchor, verb) for c in t.children):
        if until.dep_ == "prep" and until.lower_ == "until" and any(re.fullmatch(r"1\d{3}|20\d{2}", t.text) for t in until.subtree):
            return True
        if until.dep_ == "advcl" and child_of(until, "mark", "until") is not None and _told_in_past(until):
            return True
    return False


def _told_in_past(verb: Token) -> bool:
    """Whether a verb is in the past tense, itself or by its auxiliary ("annexed", "was lifted", "had kept")."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def _wished(preposition: Token, kinds: RelationKinds) -> bool:
    """Whether a preposition puts what it governs in wish: "a candidate for membership", "interest in joining", "talks
    on a partnership", or in prospect: "moving towards restoring relations"."""
    return preposition.lower_ in {"towards", "toward"} or (preposition.dep_ == "prep" and preposition.lower_ in {"for", "in", "on", "of", "about", "to"}
                                                          and lemma_of(preposition.head, kinds) in kinds.hypothetical_heads)


def ending_noun(anchor: Token, kinds: RelationKinds) -> Token | None:
    """The noun of ending a relation noun is "of": "the lifting of U.S. sanctions on Syria", "the end of the alliance",
    "since the collapse of ties"."""
    of = anchor.head
    if anchor.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.lemma_.lower() in kinds.ending_nouns:
        return of.head
    return None


def _opened(preposition: Token, kinds: RelationKinds) -> bool:
    """Whether a preposition names what a way is opened for, not yet reached: "cleared the way for Finland's accession",
    "paves the way to diplomatic relations"."""
    if preposition.lower_ not in {"for", "to"}:
        return False
    way = child_of(preposition.head, "dobj") if preposition.head.pos_ == "VERB" else preposition.head  # (or the verb's: "cleared the way")
    return way is not None and way.lemma_.lower() in kinds.path_nouns


def _in_talks(verb: Token, kinds: RelationKinds) -> bool:
    """Whether an infinitive is what talks, a bid or a letter of intent are for, where words between them make the parse
    hang it on the clause's verb: "is in advanced talks to sell BrahMos missiles to Vietnam", "signed a letter of intent
    on Wednesday to buy Gripen jets", "made an offer last year to host the base"."""
    if verb.dep_ != "advcl" or child_of(verb, "aux", "to") is None:
        return False
    if any(talks.lemma_.lower() in kinds.seeking_nouns for talks in pobjs_of(verb.head, "in")):
        return True
    wish = child_of(verb.head, "dobj")
    return wish is not None and wish.i < verb.i and any(
        noun.lemma_.lower() in kinds.hypothetical_heads | kinds.seeking_nouns for noun in (wish, *pobjs_of(wish, "of")))


def _negotiated(noun: Token, kinds: RelationKinds) -> bool:
    """Whether a relation noun is one a new one of which is under talks: "talks on a defence pact", "negotiations over a
    strategic partnership"; not "talks on the partnership they signed", one that holds."""
    preposition, article = noun.head, child_of(noun, "det")
    return preposition.lower_ in {"on", "over", "about", "for"} and preposition.head.lemma_.lower() in kinds.seeking_nouns and (
        article is not None and article.lower_ in {"a", "an"})


def _ends_other(anchor: Token, verb: Token) -> bool:
    """Whether a verb of ending ends something other than the relation: "Sweden's accession ended two centuries of
    neutrality" (the relation is its subject, or in it: "sanctions over Moscow's war on Ukraine have cut its revenues"),
    "lifted ties to a strategic partnership" (raised to it), "leaving Russia and Syria as the only UN members to recognise
    Abkhazia" (what its object is left as)."""
    subject = next((t for t in (anchor, *anchor.ancestors) if t.head.i == verb.i and t.i != verb.i), None)
    if subject is not None and subject.dep_ in {"nsubj", "nsubjpass"} and child_of(verb, "dobj") is not None:
        return True
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "as" and anchor.head.head.i == verb.i and child_of(verb, "dobj") is not None:
        return True
    return anchor.dep_ == "pobj" and anchor.head.lower_ in {"to", "into"} and anchor.head.head.i == verb.i


def _left_open(verb: Token, kinds: RelationKinds) -> bool:
    """Whether a verb that excludes a possibility is negated, which leaves it open: "has not ruled out joining BRICS"."""
    particle = child_of(verb, "prt")
    phrase = f"{lemma_of(verb, kinds)} {particle.lower_}" if particle is not None else lemma_of(verb, kinds)
    return phrase in kinds.excluding_verbs and any(c.dep_ == "neg" for c in verb.children)


def refuses(verb: Token, kinds: RelationKinds) -> bool:
    """A verb of refusal, with its particle where it needs one ("declined", "turned down", "ruled out")."""
    particle = child_of(verb, "prt")
    lemma = lemma_of(verb, kinds)
    return lemma in kinds.denying_heads or (particle is not None and f"{lemma} {particle.lower_}" in kinds.denying_heads)


def modifier_phrase(token: Token) -> str:
    """A modifier as a phrase: "longer" under "no" is "no longer", "once" under "only" a count ("was invoked only once"), not the past."""
    if any(c.dep_ == "advmod" and c.lower_ == "only" for c in token.children):
        return f"only {token.lower_}"
    return f"no {token.lower_}" if any(c.dep_ == "neg" and c.lower_ == "no" for c in token.children) else token.lower_
