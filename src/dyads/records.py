"""The event-record contract (``shared/docs/event-record.md``) in code.

Every stage speaks in these types: readers yield :class:`Document` (or
:class:`Skipped`), the coder yields :class:`Event`, writers serialise them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .lexicons import builtin_event_types

# The 16 PLOVER event types, read from the built-in type table (lexicons/events/types.yml) so
# that the list lives in one place; a --lexicons folder may add types of its own.
PLOVER_EVENTS = builtin_event_types()


_COMPACT_DAY = re.compile(r"^\d{8}$")


def published_date(value: dt.date | str | None) -> dt.date | None:
    """A publication date as given through the API or an input file: a ``date`` (a ``datetime``
    gives its day), a string in any ISO 8601 form ("2019-01-04", "2019-01-04T10:00:00Z",
    "2019-01-04 10:00:00+02:00": the day as written), ``YYYYMMDD``, or None.

    Raises:
        TypeError: any other type (a number such as 20191201 is not read as a date).
        ValueError: a string that is none of these.
    """
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if _COMPACT_DAY.match(text):
                return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(
                f"a publication date must be an ISO 8601 date or date and time (2019-01-04, 2019-01-04T10:00:00Z) "
                f"or YYYYMMDD, got {value!r}"
            ) from None
    raise TypeError(f"a publication date must be a datetime.date or an ISO 8601 string, got {type(value).__name__} {value!r}")


@dataclass(frozen=True)
class Document:
    """One input article, after reading and clean-up.

    Attributes:
        id: the JSON line's ``id``, or the file path as given.
        text: the body that is coded (boilerplate removed).
        date_published: publication date, where known.
        title, byline, url: metadata read from the input, where present.
        dateline: the place of a dateline taken off the body ("NAIROBI, Kenya"), the story's
            location hint (a role with no state takes its country); agency: the news agency it names.
        date_crawled: the day the page was saved, where its header shows it ("Retrieved 2024-03-14",
            a site's "today" line); kept apart from the publication date, which "3 hours ago" counts back from.
    """

    id: str
    text: str
    date_published: dt.date | None = None
    title: str | None = None
    byline: str | None = None
    url: str | None = None
    dateline: str | None = None
    agency: str | None = None
    date_crawled: dt.date | None = None

    def __post_init__(self) -> None:
        # Checked here, where an API user builds one, rather than as an odd skip deep in the coder.
        if not isinstance(self.id, str) or not self.id:
            raise TypeError(f"Document `id` must be a non-empty string, got {self.id!r}")
        if not isinstance(self.text, str):
            raise TypeError(f"Document {self.id!r}: `text` must be a string, got {type(self.text).__name__}")
        for name in ("title", "byline", "url", "dateline", "agency"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"Document {self.id!r}: `{name}` must be a string or None, got {type(value).__name__}")
        try:
            day = published_date(self.date_published)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"Document {self.id!r}: {exc}") from None
        object.__setattr__(self, "date_published", day)


@dataclass(frozen=True)
class Skipped:
    """An input document that could not be coded, with a coded reason (``E1xx ...``)."""

    id: str
    reason: str
    title: str | None = None
    date_published: dt.date | None = None


@dataclass(frozen=True)
class Actor:
    """An actor as the contract defines it: ``{"text", "code", "sector", "name", "org"}``."""

    text: str
    code: str
    sector: str | None = None
    name: str | None = None
    org: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def identity(self) -> tuple[str, str | None, str | None]:
        """What makes two mentions the same actor (for "no event between an actor and itself")."""
        return (self.code, self.sector, self.name or self.org)


@dataclass(frozen=True)
class Location:
    """A place: its gazetteer name, country (ISO alpha-3) and coordinates; ``text`` is how the sentence wrote it."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """One coded event: the fields of contract v1, plus a few extra ones.

    ``date_published`` is a ``datetime.date``, as on :class:`Document` (an ISO string given here
    is read as one); ``to_dict`` writes it as ``YYYY-MM-DD``, as the contract has it.
    """

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    date: str | None
    date_published: dt.date | None
    source: list[Actor]
    target: list[Actor]
    event: str
    mode: str
    cameo: str
    quad_class: int
    goldstein: float
    trigger: str
    negated: bool = False
    speaker: Actor | None = None
    location: Location | None = None
    confidence: float = 0.5
    why: str = ""
    date_precision: str | None = None
    context: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.date_published = published_date(self.date_published)
        if self.date is not None and self.date_precision is None:
            self.date_precision = "day"  # contract v1: a date is a day unless said otherwise

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_published": self.date_published.isoformat() if self.date_published else None,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "event": self.event,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "trigger": self.trigger,
            "negated": self.negated,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "location": self.location.to_dict() if self.location else None,
            "confidence": round(self.confidence, 3),
            "why": self.why,
        }


@dataclass
class Relation:
    """A standing relation a sentence states (contract in ``docs/relation-record.md``)."""

    relation_id: str
    relation: str
    subjects: list[Actor]
    object: Actor | None
    value: float | None
    according_to: str | None
    polarity: str  # holds | denied | ended | hypothetical
    doc_id: str
    sentence_index: int
    sentence: str
    date_published: str | None
    confidence: float
    why: str
    territory: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "relation_id": self.relation_id, "relation": self.relation,
            "subjects": [a.to_dict() for a in self.subjects], "object": self.object.to_dict() if self.object else None,
            "territory": self.territory, "value": self.value, "according_to": self.according_to, "polarity": self.polarity,
            "valid_from": self.valid_from, "valid_to": self.valid_to, "doc_id": self.doc_id,
            "sentence_index": self.sentence_index, "sentence": self.sentence, "date_published": self.date_published,
            "confidence": round(self.confidence, 3), "why": self.why,
        }
