"""Whether a reading holds, is denied, has ended or is hypothetical (:func:`polarity_of`: negation, modals,
wishes, refusals, "until", "no longer"), and the dates the sentence gives it (:func:`validity`).
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from .kinds import RelationKinds
from .sentence import child_of, governing_verb, lemma_of, names_outside, pobjs_of

MODALS = {"could", "may", "might", "would", "should", "can", "will"}


_STARTS = {"join", "rejoin", "admit", "readmit", "become", "establish", "restore", "sign", "form", "accept", "recognize", "recognise"}


def validity(sent: Span, anchor: Token, polarity: str, published: str | None) -> tuple[str | None, str | None]:
    """``(valid_from, valid_to)`` as the sentence dates them, at the precision it gives: "joined NATO in April
    2023" -> from 2023-04, "left the CSTO in 2012" -> to 2012, "have had relations since 1995" -> from 1995."""
    from ..when import event_date, resolve_when

    day = dt.date.fromisoformat(published) if published else None
    for ent in sent.ents:
        if ent.label_ == "DATE" and ent.start > 0 and sent.doc[ent.start - 1].lower_ == "since":
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
    return (written if verb is not None and verb.lemma_.lower() in _STARTS else None), None


def _as_written(day: dt.date, precision: str) -> str:
    return {"year": day.strftime("%Y"), "decade": day.strftime("%Y"), "month": day.strftime("%Y-%m")}.get(precision, day.isoformat())


def polarity_of(anchor: Token, kinds: RelationKinds) -> str:
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
        # (or a subject that "neither" denies: "neither government has severed relations")
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or (
                token is verb and c.dep_ in {"nsubj", "nsubjpass"} and child_of(c, "det", "neither") is not None) for c in token.children):
            # "relations were not broken", "has not left the CSTO": an end denied is a relation that holds
            if token is verb and lemma_of(verb, kinds) in kinds.ended_verbs:
                return "holds"
            if token is verb and _conditional(verb):
                return "hypothetical"  # "would not establish relations unless a Palestinian state is recognised"
            return "ended" if _lapsed(anchor, verb, token) else "denied"
        if any(c.dep_ in {"advmod", "amod"} and modifier_phrase(c) in kinds.ended_modifiers for c in token.children):
            return "ended"  # "a former member", "was once an ally", "no longer recognises"
    # (the noun, or a copula's: "is a non-member state of the UN")
    if any(names_outside(n) or any(c.lower_ == "member" and names_outside(c) for c in n.lefts)
           for n in (anchor, *(c for c in anchor.children if c.dep_ == "attr"))):
        return "denied"  # "Norway, a non-member of the EU", "a non-member observer state at the UN"
    if any(modifier_phrase(g) in kinds.ended_modifiers for c in anchor.children if c.dep_ == "amod" for g in c.children if g.dep_ == "advmod"):
        return "ended"  # "once close allies", "formerly strategic partners"
    if _until_past(anchor, verb, aside, kinds):
        return "ended"  # "an ally under the shah until the 1979 revolution", "was based there until Moscow annexed Crimea"
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
            clause.dep_ == "conj" and child_of(clause, "nsubj") is not None):
        clause = clause.head
        if lemma_of(clause, kinds) in kinds.speech_verbs:
            break  # "Ukraine rejected the plan, noting that only Syria had accepted the annexation": what is told holds on its own
        # "Iran supplies drones to Russia, officials said, a charge Tehran denies": what is denied is the charge, after the fact
        if refuses(clause, kinds) and not (clause.i > verb.i and child_of(clause, "dobj") is not None):
            return "denied"
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
    if lemma_of(verb, kinds) in kinds.ended_verbs and verb.dep_ in {"xcomp", "acl"} and lemma_of(verb.head, kinds) in kinds.hypothetical_heads \
            and declined(verb.head, kinds):
        return "holds"  # "has no plans to lift sanctions on Syria": an end disowned
    if (lemma_of(verb, kinds) in kinds.ended_verbs and not _ends_other(anchor, verb)) or anchor.lemma_.lower() in kinds.ended_verbs:
        return "ended"
    if anchor.dep_ in {"pobj", "pcomp"} and _wished(anchor.head, kinds):
        return "hypothetical"  # "a candidate for EU membership", "on the path to membership"
    head = verb
    for _ in range(3):
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
        if head.dep_ in {"pobj", "pcomp"} and _wished(head.head, kinds):
            return "hypothetical"  # "interest in joining", "moving towards restoring relations"
        if _bare_infinitive(head) and any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.head.children) and (
                lemma_of(head.head, kinds) not in kinds.continuing_verbs):
            return "hypothetical"  # "the framework would have Washington recognise Crimea as Russian", "would see Kyiv cede"
        if short_of(head, kinds) is not None:
            return "denied"  # "has stopped short of recognising Kosovo"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in head.children):
            return "hypothetical"
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
    reports that it was supplying") or meant as none ("has no obligation to defend") denies what hangs on it."""
    if any((c.dep_ == "neg" and wish) or (c.dep_ == "det" and c.lower_ == "no") for c in word.children):
        return True
    return word.dep_ == "dobj" and refuses(word.head, kinds)


def _until_past(anchor: Token, verb: Token, aside: bool, kinds: RelationKinds) -> bool:
    """Whether "until" dates the relation's end in the past: a year ("until the 1979 revolution") or a clause in the past
    tense ("until Moscow annexed Crimea", "until it was lifted"), with the relation itself told in the past (or in a
    phrase of its own); not "leases it until 2050", "will stay until the insurgents are defeated", "extended the
    sanctions until 2026"."""
    if not aside and lemma_of(verb, kinds) in kinds.continuing_verbs:
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


def _ends_other(anchor: Token, verb: Token) -> bool:
    """Whether a verb of ending ends something other than the relation: "Sweden's accession ended two centuries of
    neutrality" (the relation is its subject, or in it: "sanctions over Moscow's war on Ukraine have cut its revenues"),
    "lifted ties to a strategic partnership" (raised to it)."""
    subject = next((t for t in (anchor, *anchor.ancestors) if t.head.i == verb.i and t.i != verb.i), None)
    if subject is not None and subject.dep_ in {"nsubj", "nsubjpass"} and child_of(verb, "dobj") is not None:
        return True
    return anchor.dep_ == "pobj" and anchor.head.lower_ in {"to", "into"} and anchor.head.head.i == verb.i


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
