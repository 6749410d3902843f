"""Final events: each candidate with its date and place, and the decisions that need them.

The events stage finds candidates in the parse; what they become depends on where and when
they happened: a role with no state ("police") takes the country of the place, a protest or a
withdrawal with no one named takes the place as its target, a speaker's dated occasion dates
his later remarks. Those decisions are made here, once the place and the date are known, so
that the writers only format what comes out.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from spacy.tokens import Doc

from ..actors import ActorMention
from ..events import EventCandidate, EventLexicon, EventType
from ..events.confidence import CONFIDENCE
from ..events.targets import made_known
from ..parse.guard import check_clock
from ..records import Actor, Location
from ..when import DAY, When, event_date
from ..where import find_location, get_gazetteer

# Roles that belong to the place they act in ("police in Cairo", "protesters in Kyiv"); ministers,
# troops and refugees are often somewhere else.
_LOCAL_SECTORS = {"COP", "CVL", "REB", "LAB", "PTY", "OPP", "JRN", "EDU", "MED", "REL", "BUS", "AGR", "CRM", "UAF", "PRM", "LEG", "JUD", "ETH"}
# Codes that name no state: a counterpart with one of these says nothing about where a role belongs.
_STATELESS = {"IGO", "NGO", "MNC", "IMG"}


@dataclass(frozen=True)
class FinalEvent:
    """An event as it will be written: its candidate, with actors, place, date and confidence decided."""

    event_id: str
    candidate: EventCandidate
    kind: EventType
    sentence_index: int
    source: list[Actor]
    target: list[Actor]
    speaker: Actor | None
    location: Location | None
    when: When | None  # the event's date: the first day of the period the text gives, and its precision
    confidence: float
    why: list[str]


def event_id(doc_id: str, sentence_index: int, candidate: EventCandidate) -> str:
    """A stable id: the same document and coding give the same id on every run."""
    key = "|".join([
        doc_id, str(sentence_index), str(candidate.trigger.i - candidate.sentence.start), candidate.event, candidate.cameo,
        ",".join(m.actor.code for m in candidate.source), ",".join(m.actor.code for m in candidate.target),
    ])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _actor(mention: ActorMention, location: Location | None, counterpart: str | None, kind: EventType | None = None) -> Actor | None:
    """The contract actor for a mention; a role with no state ("police", "rebels") takes the country
    where the sentence places the event, else the story's (a place the sentence names, the
    dateline: ``mention.context``), else the country of the other side (a domestic event), else the
    country the document is mostly about."""
    actor = mention.actor
    if actor.code:
        return actor
    code = None
    local = actor.sector in _LOCAL_SECTORS or (actor.sector in {"GOV", "MIL"} and not (kind and kind.diplomatic))
    if location is not None and location.country and local:
        code = location.country
    context = mention.context
    if code is None and context is not None and context[1] != "context:dominant-country" and local:
        code = context[0]
    domestic_role = actor.name is None and (actor.sector in _LOCAL_SECTORS or (kind is not None and kind.name == "COERCE"))
    # a head of state or minister the lexicons do not know, facing someone of a known state in a domestic quarrel
    unknown_official = actor.name is not None and actor.sector == "GOV"
    if code is None and (domestic_role or unknown_official) and kind is not None and kind.domestic:
        code = counterpart  # "police prevented the demonstration by students": both sides domestic
    if code is None and context is not None and local:
        code = context[0]
    return Actor(actor.text, code, actor.sector, actor.name, actor.org) if code else None


def _first_code(mentions: list[ActorMention]) -> str | None:
    return next((m.actor.code for m in mentions if m.actor.code and m.actor.code not in _STATELESS), None)


def _unique(actors: list[Actor | None]) -> list[Actor]:
    out: list[Actor] = []
    for actor in actors:
        if actor is not None and all(actor.identity != a.identity or actor.text != a.text for a in out):
            out.append(actor)
    return out


def final_events(doc: Doc, doc_id: str, published: dt.date | None, lexicon: EventLexicon) -> list[FinalEvent]:
    """Decide the events of one coded Doc (``doc._.events``), in order.

    Args:
        doc: the Doc after the events stage.
        doc_id: the document's id, part of each event's stable id.
        published: the publication date, against which "on Monday" resolves.
        lexicon: the event lexicon the Doc was coded with (its types, and its folder's places).

    Returns:
        The events to write; a candidate that does not hold up (no source, an actor and itself,
        a state "protesting", a meeting with no one met, a repeat) is left out.
    """
    sentence_index = {sent.start: i for i, sent in enumerate(doc.sents)}
    finals: list[FinalEvent] = []
    occasion: tuple[tuple, When] | None = None
    location_cache: dict[int, Location | None] = {}
    countries = frozenset(m.actor.code for m in doc._.actors or [] if len(m.actor.code) == 3)
    seen: set[str] = set()
    gazetteer = get_gazetteer(lexicon.folder)  # the places and aliases of the same lexicon folder
    for candidate in doc._.events or []:
        check_clock(doc)
        kind = lexicon.types.get(candidate.event)
        if kind is None:
            continue  # an imported non-CAMEO code (WEIS "903"): no PLOVER type to write it with
        sent = candidate.sentence
        stated = event_date(sent, candidate.trigger.i, published)
        if stated is not None and stated.historical:
            continue  # "In 1985, Iraqi jets bombed Tehran": the story's background, not an event of its day
        key = candidate.trigger.i
        if key not in location_cache:
            location_cache[key] = find_location(sent, gazetteer, anchor=candidate.trigger, context=countries)
        location = location_cache[key]
        source = _unique([_actor(m, location, _first_code(candidate.target), kind) for m in candidate.source])
        target = _unique([_actor(m, location, _first_code(candidate.source), kind) for m in candidate.target])
        if not source and candidate.unattributed and location is not None and location.country:
            source = [Actor(location.text or location.name, location.country)]  # where unattributed violence happened
        if candidate.event == "PROTEST" and any(a.sector in {"GOV", "MIL", "COP"} for a in source):
            continue  # states do not take to the streets: an election rally, or a diplomatic protest (ACCUSE)
        if candidate.event == "PROTEST":
            # people take to the streets; a state's diplomatic protest is coded ACCUSE, not PROTEST
            source = [Actor(a.text, a.code, "CVL", a.name, a.org) if a.sector is None and len(a.code) == 3
                      and a.code not in _STATELESS else a for a in source]
        source_ids = {a.identity for a in source}
        if not source or (target and all(a.identity in source_ids for a in target)):
            continue  # no event between an actor and itself
        target = [a for a in target if a.identity not in source_ids]
        if candidate.event == "CONSULT" and not target and len(source) < 2:
            continue  # a visit or a meeting needs someone visited or met ("Putin flew to Magnitogorsk")
        why = list(candidate.why)
        for mention in [*candidate.source, *candidate.target]:
            used = mention.context is not None and not mention.actor.code and any(
                a.code == mention.context[0] and a.text == mention.actor.text for a in [*source, *target]
            )
            if used and mention.context is not None:
                why.append(f"{mention.actor.text}={mention.context[1]}")
        if not target and candidate.place_hint is not None:
            # "withdrew its troops from the Kyiv region": the place stands for its country
            place = gazetteer.lookup(candidate.place_hint.text, countries)
            if place is None and len(candidate.place_hint) > 1:
                place = gazetteer.lookup(candidate.place_hint[0].text, countries)
            # only a country, or a place in a country the document is about: "Borno" is not a German village here
            known = place is not None and place.country is not None and (gazetteer.is_major(place) or place.country in countries)
            named = Actor(candidate.place_hint.text, place.country) if known and place is not None and place.country else None
            if named is not None and named.identity not in source_ids:
                target = [named]
                why.append("target=named-place")
        if not target and kind.place_target and location is not None and location.country and not made_known(candidate.trigger, lexicon):
            where = Actor(location.text or location.name, location.country)
            if where.identity not in source_ids:
                target = [where]
                why.append("target=place")
        speaker = _actor(candidate.speaker, location, None) if candidate.speaker else None
        when = stated.when if stated is not None else None
        if stated is not None:
            why.append(stated.why)
        speaker_key = speaker.identity if speaker else None
        if when is not None and when.precision == DAY and speaker_key and occasion is None:
            occasion = (speaker_key, when)
        elif when is None and occasion and speaker_key == occasion[0]:
            # Same speaker as the occasion the article dated ("Lavrov said ... on December 3"; later "Lavrov noted ...").
            when = occasion[1]
            why.append("date=occasion")
        index = sentence_index[sent.start]
        eid = event_id(doc_id, index, candidate)
        if eid in seen:
            continue
        seen.add(eid)
        confidence = candidate.confidence - (CONFIDENCE.no_target if not target else 0.0)
        if kind.quad_class in {1, 3} and any(a.sector == "MIL" for a in source):
            confidence -= CONFIDENCE.military_verbal
        if speaker is not None and not any(a.identity == speaker.identity for a in source):
            confidence -= CONFIDENCE.reported
        finals.append(FinalEvent(
            event_id=eid, candidate=candidate, kind=kind, sentence_index=index, source=source, target=target,
            speaker=speaker, location=location, when=when,
            confidence=max(CONFIDENCE.floor, min(CONFIDENCE.ceiling, confidence)), why=why,
        ))
    return finals
