"""The day a sentence gives for its event: the date expression nearest the trigger.

A date whose words are part of a name is no date: "Bloody Sunday", "the Good Friday Agreement",
"Meet the Press Sunday" (a capitalised word joined to the day word before or after it). An event
to come ("will resume talks on April 1", "plans to meet on Friday") reads a date without its year,
or a bare weekday, forward from publication.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from ..parse.entities import entities_in
from .dates import resolve_date

_YEAR = re.compile(r"^(?:(?:in|during|since|by|of)\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?((?:1[0-9]|20)\d\d)s?$", re.IGNORECASE)
_WARS = re.compile(r"\b(?:world war|war of|civil war of)\b", re.IGNORECASE)
HISTORICAL_YEARS = 2
"""A year at least this many years before publication makes its clause's event history, not news."""

# words before a day that are part of the date expression, not of a name ("late on Sunday")
_DATE_WORDS = frozenset({"on", "last", "next", "this", "by", "late", "early", "since", "until", "from", "before", "after", "every"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_HEADS = frozenset({"plan", "expect", "schedule", "set", "due", "intend", "go", "aim", "hope"})


def sentence_date(sent: Span, trigger_i: int, published: dt.date | None) -> dt.date | None:
    """The day the sentence gives for its event: the resolvable DATE nearest the trigger."""
    best: tuple[int, dt.date] | None = None
    future = _future(sent.doc[trigger_i])
    for ent in entities_in(sent):
        if ent.label_ != "DATE" or _in_a_name(ent):
            continue
        day = resolve_date(ent.text, published, future=future)
        if day is None:
            continue
        distance = min(abs(ent.start - trigger_i), abs(ent.end - 1 - trigger_i))
        if best is None or distance < best[0]:
            best = (distance, day)
    return best[1] if best else None


def _in_a_name(ent: Span) -> bool:
    """Whether a date's words belong to a name: a capitalised word right before it that modifies it,
    or right after it that it modifies, and that is no date word ("late", "on")."""
    if any(t.like_num for t in ent):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    # joined by the parse too: "Bloody" modifies "Sunday"; "Friday" modifies "Agreement"
    # ... or a title the NER read right before it: "Meet the Press Sunday"
    joined_before = before is not None and not before.is_sent_start and before.is_title and before.lower_ not in _DATE_WORDS and (
        ent.start <= before.head.i < ent.end or before.ent_type_ in {"WORK_OF_ART", "EVENT", "LAW"}
    )
    joined_after = after is not None and after.is_title and after.pos_ == "PROPN" and ent.root.head.i == after.i
    return joined_before or joined_after


def _future(trigger: Token) -> bool:
    """Whether the trigger's event is to come: "will resume", "plans to meet", "is due to sign"; a noun
    trigger takes the verb it hangs on ("will resume talks")."""
    for _ in range(2):
        if trigger.pos_ in {"VERB", "AUX"} or trigger.head.i == trigger.i:
            break
        trigger = trigger.head
    if any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX for child in trigger.children):
        return True
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.lemma_.lower() in _FUTURE_HEADS and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in trigger.children
    )


def historical(sent: Span, trigger_i: int, published: dt.date | None) -> str | None:
    """The words that place the trigger's event in the past of the story, or None: a year (or a
    decade) at least :data:`HISTORICAL_YEARS` before publication, or a past war, in the event's own
    clause ("In 1985, Iraqi jets bombed Tehran", "during the Second World War"). Such an event is
    background, not news of the day, and is not coded with today's date."""
    if published is None or sentence_date(sent, trigger_i, published) is not None:
        return None  # a day the sentence names ("signed today ...") makes it news of that day
    trigger = sent.doc[trigger_i]
    clause = {trigger.i}
    if trigger.pos_ not in {"VERB", "AUX"}:
        clause.add(_clause_verb(trigger).i)
    for ent in entities_in(sent):
        if ent.label_ not in {"DATE", "EVENT"} or _clause_verb(ent.root).i not in clause:
            continue
        match = _YEAR.match(ent.text.strip()) if ent.label_ == "DATE" else None
        if match and int(match.group(1)) <= published.year - HISTORICAL_YEARS:
            return ent.text
        if ent.label_ == "EVENT" and _WARS.search(ent.text):
            return ent.text
    return None


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word sits in (itself for a verb)."""
    if token.pos_ in {"VERB", "AUX"}:
        return token
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return token.sent.root
