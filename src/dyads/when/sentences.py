"""The date a sentence gives for its event: a date expression in the event's own clause.

A date counts for an event only where it sits in the event's clause, or in a clause above it that
reports or carries it ("Lavrov said on Monday that Moscow rejects ...", "troops entered the town on
Monday and arrested the mayor"); a date in a clause below or beside it belongs to another event
("police arrested men who had gathered on Monday"). In its own clause a day beats a coarser period,
then the nearer expression wins.

A date whose words are part of a name is no date: "Bloody Sunday", "the Good Friday Agreement",
"Meet the Press Sunday" (a capitalised word joined to the day word before or after it). An event
to come ("will resume talks on April 1", "plans to meet on Friday") reads a date forward from
publication. An event set in a year before the publication's ("last year", "in 2015", "the
1990s"), at least :data:`HISTORICAL_YEARS` years back, or in a past war is background: historical.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..parse.entities import entities_in
from .dates import DAY, DECADE, YEAR, When, named_days, resolve_when

_WARS = re.compile(r"\b(?:world war|war of|civil war of)\b", re.IGNORECASE)
# "during the Bosnian war", "during the 1994 genocide": an event of a war told in the past tense
_DURING_WAR = re.compile(r"\b(?:war|genocide|occupation|revolution)\b", re.IGNORECASE)
# numeric dates the entity recogniser leaves out: "05.02.2024", "2024-02-05", "5/2/2024"
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$")
# Names with a day word that are no date: an election day, a shopping day, a massacre.
_DAY_NAMES = re.compile(r"\b(?:super tuesday|black (?:friday|saturday|sunday|september)|cyber monday|bloody (?:sunday|friday|saturday))\b", re.I)
HISTORICAL_YEARS = 2
"""A date at least this many years before publication makes its clause's event history, not news."""

# words before a day that are part of the date expression, not of a name ("late on Sunday")
_DATE_WORDS = frozenset({"on", "last", "next", "this", "by", "late", "early", "since", "until", "from", "before", "after", "every"})
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "dusk"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_HEADS = frozenset({"plan", "expect", "schedule", "set", "due", "intend", "go", "aim", "hope"})
# Links from a clause up to the clause that carries it: reported ("said ... that"), complement
# ("agreed to"), coordinated ("entered ... and arrested"), adverbial ("attacked ..., killing").
_CARRIED_BY = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
# A clause below the event's with a subject of its own, or a relative clause, tells another event
# ("men who had gathered on Monday"); one without ("accused Kyiv of violating the truce on Tuesday")
# often only holds the date by the parser's attachment, and lends it where the event's own clauses have none.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_OTHER_EVENT = frozenset({"relcl", "conj", "acl"})


class EventDate(NamedTuple):
    """The date a sentence gives its event: ``when`` (None for a past war), the words, and where they sit."""

    when: When | None
    text: str
    clause: str  # "own", "reporting" (a clause carrying the event's) or "dependent" (one below it, lending its date)
    historical: bool

    @property
    def why(self) -> str:
        return f'date={self.clause}-clause("{self.text}")'


def event_date(sent: Span, trigger_i: int, published: dt.date | None) -> EventDate | None:
    """The date the sentence gives for the event whose trigger is ``sent.doc[trigger_i]``.

    Args:
        sent: the sentence.
        trigger_i: the trigger's token index in the Doc.
        published: the publication date, against which "on Monday" resolves.

    Returns:
        The date, its words and clause, and whether it makes the event historical; None where the
        event's clauses state no date.
    """
    trigger = sent.doc[trigger_i]
    own = _clause_verb(trigger)
    carriers = _carrying_verbs(own)
    future = _future(trigger)
    best: tuple[tuple[int, int, int], EventDate] | None = None
    for ent in _date_expressions(sent):
        verb = _clause_verb(ent.root)
        if verb.i == own.i:
            rank, clause = 0, "own"
        elif verb.i in carriers:
            rank, clause = 1 + carriers.index(verb.i), "reporting"
        elif _lends_its_date(verb, own):
            rank, clause = 1 + len(carriers), "dependent"
        else:
            continue
        if ent.start > 0 and sent.doc[ent.start - 1].lower_ in {"since", "until", "till", "through"}:
            continue  # "since Monday": where a span starts, not the event's day
        when = resolve_when(ent.text, published, future=future) if ent.label_ != "EVENT" or named_days().fullmatch(ent.text) else None
        if ent.label_ == "EVENT" and when is None:
            past_war = _WARS.search(ent.text) or (
                _DURING_WAR.search(ent.text) and ent.root.head.lower_ == "during" and own.tag_ == "VBD"
            )
            if not past_war:
                continue
            found = EventDate(None, ent.text, clause, historical=True)
        else:
            if when is None or _in_a_name(ent):
                continue
            found = EventDate(when, ent.text, clause, historical=_historical(when, published))
        distance = min(abs(ent.start - trigger_i), abs(ent.end - 1 - trigger_i))
        key = (rank, found.when is None or found.when.precision != DAY, distance)
        if best is None or key < best[0]:
            best = (key, found)
    return best[1] if best else None


def _date_expressions(sent: Span) -> list[Span]:
    """The sentence's DATE, TIME ("last night", "Monday night") and EVENT entities, and what the entity
    recogniser leaves out: numeric dates, named days ("Easter Monday"), "on the 3rd", "during the Iran-Iraq war"."""
    doc = sent.doc
    named = [span for m in _DAY_NAMES.finditer(sent.text) if (span := sent.char_span(m.start(), m.end(), alignment_mode="expand"))]
    blocked = {i for span in named for i in range(span.start, span.end)}
    found = [ent for ent in entities_in(sent) if ent.label_ in {"DATE", "TIME", "EVENT"} and ent.start not in blocked]
    for match in named_days().finditer(sent.text):
        span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not any(e.start <= span.start < e.end for e in found):
            found.append(span)
    taken = {i for ent in found for i in range(ent.start, ent.end)} | blocked
    for token in sent:
        if token.i in taken:
            continue
        if _NUMERIC_DATE.match(token.text):
            found.append(doc[token.i : token.i + 1])
        elif token.ent_type_ == "ORDINAL" and token.i >= 2 and doc[token.i - 1].lower_ == "the" and doc[token.i - 2].lower_ == "on":
            found.append(doc[token.i - 1 : token.i + 1])  # "on the 3rd"
        elif token.lower_ == "during" and (war := next((c for c in token.children if c.dep_ == "pobj"), None)) is not None \
                and _DURING_WAR.search(war.text) and not any(e.start <= war.i < e.end for e in found):
            found.append(_as_event(doc[token.i + 1 : war.i + 1]))
    return found


def _as_event(span: Span) -> Span:
    """A span labelled EVENT, for a past war the entity recogniser did not name ("the Iran-Iraq war")."""
    return Span(span.doc, span.start, span.end, label="EVENT")


def _lends_its_date(verb: Token, own: Token) -> bool:
    """Whether a clause below the event's own may lend it a date: only gerunds and infinitives between
    them, none relative or coordinated, none with a subject of its own."""
    if verb.i == own.i or own not in verb.ancestors:
        return False
    while verb.i != own.i:
        if verb.dep_ in _OTHER_EVENT or any(child.dep_ in _SUBJECTS for child in verb.children):
            return False
        if verb.tag_ not in {"VBG", "VB"}:
            return False  # only a gerund or an infinitive: "the ceasefire agreed on Friday" is another event
        verb = _clause_verb(verb.head)
    return True


def _historical(when: When, published: dt.date | None) -> bool:
    if published is None:
        return False
    if when.precision in {YEAR, DECADE} and when.date.year < published.year:
        return True  # "last year", "in 2015", "the 1990s"
    return when.date.year <= published.year - HISTORICAL_YEARS


def _carrying_verbs(verb: Token) -> list[int]:
    """The verbs of the clauses that carry ``verb``'s clause, nearest first."""
    carriers: list[int] = []
    while verb.dep_ in _CARRIED_BY and verb.head.i != verb.i:
        verb = _clause_verb(verb.head)
        if verb.i in carriers:
            break
        carriers.append(verb.i)
    return carriers


def _in_a_name(ent: Span) -> bool:
    """Whether a date's words belong to a name: a capitalised word right before it that modifies it,
    or right after it that it modifies, and that is no date word ("late", "on")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        after is not None and after.pos_ == "NOUN" and ent.root.head.i == after.i and ent.root.dep_ in {"nmod", "compound"}
        and after.lower_ not in _TIMES_OF_DAY
    ):
        return True  # "the October 7 attacks", "the May 9 parade": a date naming an event
    if any(t.like_num for t in ent):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    # joined by the parse too: "Bloody" modifies "Sunday"; "Friday" modifies "Agreement"
    # ... or a title the NER read right before it: "Meet the Press Sunday"
    joined_before = before is not None and not before.is_sent_start and before.is_title and before.lower_ not in _DATE_WORDS and (
        ent.start <= before.head.i < ent.end or before.ent_type_ in {"WORK_OF_ART", "EVENT", "LAW"}
    )
    joined_after = after is not None and after.is_title and after.pos_ == "PROPN" and ent.root.head.i == after.i
    return joined_before or joined_after or _programme(ent)


def _programme(ent: Span) -> bool:
    """A day word closing a programme's name after "on": "on Fox News Sunday", "on Face the Nation Sunday"."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].ent_type_ not in {"ORG", "WORK_OF_ART"} or not doc[ent.start - 1].is_title:
        return False
    name_start = ent.start - 1
    while name_start > 0 and doc[name_start].ent_iob_ == "I":
        name_start -= 1  # back to the name's first word
    return name_start > 0 and doc[name_start - 1].lower_ == "on"


def _future(trigger: Token) -> bool:
    """Whether the trigger's event is to come: "will resume", "plans to meet", "is due to sign"; a noun
    trigger takes the verb it hangs on ("will resume talks")."""
    for _ in range(2):
        if trigger.pos_ in {"VERB", "AUX"} or trigger.head.i == trigger.i:
            break
        trigger = trigger.head
    if any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX for child in trigger.children):
        return True
    if trigger.dep_ in {"ROOT", "acl"} and trigger.head.pos_ not in {"VERB", "AUX"} and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in trigger.children
    ):
        return True  # a headline's "Argentine president to visit Kyiv on Friday"
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.lemma_.lower() in _FUTURE_HEADS and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in trigger.children
    )


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word sits in (itself for a verb)."""
    if token.pos_ in {"VERB", "AUX"}:
        return token
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return token.sent.root
