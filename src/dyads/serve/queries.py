"""The SQL behind ``dyads serve``: every answer of the JSON API, read over one read-only DuckDB connection.

The database is opened as it is (``duck.connect_unchanged``: read-only, sandboxed, never upgraded),
and every value a request gives reaches SQL as a ``?`` parameter. At start-up three temporary tables
are built in memory (temporary tables work on a read-only connection and write nothing to the file):

* ``serve_sides``: each story event's source and target actors by key (a state's code, an
  organisation's short name: ``RUS``, ``NATO``), from the actors of all its mentions;
* ``serve_pairs``: one row per source -> target key pair of a story event, with its day, quad class,
  Goldstein score and confidence, sorted by source and target, so a dyad or an actor's partners are
  read from a few row groups instead of unnesting the actor lists of every event;
* the actors list for autocompletion is small (one row per key) and kept in Python.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from ..errors import DyadsError, Errors
from ..store import duck
from . import names
from .spans import highlights, sentence_regions

FIRST_DAY = dt.date(1800, 1, 1)
LAST_DAY = dt.date(2200, 12, 31)
PERIODS = ("week", "month", "year")
# how many names of each actor (people, bodies) autocompletion searches besides its code and label
_NAMES_PER_KEY = 25
_MAP_PLACES = 5_000
_DOCUMENT_EVENTS = 1_000

_KEY = """CASE WHEN a.code IN ('IGO', 'NGO', 'IMG') AND coalesce(a.org, '') <> '' THEN upper(a.org) ELSE a.code END"""

_SIDES = f"""
CREATE TEMP TABLE serve_sides AS
SELECT DISTINCT m.story_id AS event_id, a.role AS side, {_KEY} AS key,
       a.code IN ('IGO', 'NGO', 'IMG') AND coalesce(a.org, '') <> '' AS organisation
FROM event_actors a JOIN mentions m USING (event_id)
WHERE a.role IN ('source', 'target') AND coalesce(a.code, '') <> ''"""

_PAIRS = """
CREATE TEMP TABLE serve_pairs AS
SELECT s.key AS source, t.key AS target, e.event_id, e.day, e.quad_class, e.goldstein, e.confidence
FROM serve_sides s
JOIN serve_sides t ON t.event_id = s.event_id AND t.side = 'target'
JOIN events e ON e.event_id = s.event_id
WHERE s.side = 'source'
ORDER BY s.key, t.key, e.day"""

_ACTOR_COUNTS = """
SELECT key, bool_or(organisation), count(DISTINCT event_id) FROM serve_sides GROUP BY key"""

_ACTOR_NAMES = f"""
SELECT {_KEY} AS key, a.name, count(*) AS n
FROM event_actors a
WHERE a.role IN ('source', 'target') AND coalesce(a.code, '') <> '' AND a.name IS NOT NULL
GROUP BY ALL ORDER BY key, n DESC, a.name"""

_QUADS = """count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
       count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4)"""

_EVENT_ROWS = """
SELECT e.event_id, e.day, e.date, e.date_precision, e.event, e.mode, e.cameo, e.quad_class, e.goldstein, e.confidence,
       a.why, a.trigger, a.negated, e.num_articles, e.num_mentions, e.num_sources, a.doc_id, d.title, s.text,
       e.location_name, e.location_country, e.lat, e.lon
FROM events e
JOIN mentions a ON a.event_id = e.event_id
LEFT JOIN documents d ON d.doc_id = a.doc_id
LEFT JOIN sentences s ON s.doc_id = a.doc_id AND s.sentence_index = a.sentence_index
WHERE e.event_id IN (SELECT unnest(?::VARCHAR[]))"""

_EVENT_COLUMNS = ("event_id", "day", "date", "date_precision", "event", "mode", "cameo", "quad_class", "goldstein",
                  "confidence", "why", "trigger", "negated", "num_articles", "num_mentions", "num_sources", "doc_id",
                  "title", "sentence")

_ACTORS_OF = """
SELECT event_id, role, text, code, sector, name, org FROM event_actors
WHERE event_id IN (SELECT unnest(?::VARCHAR[])) AND role IN ('source', 'target')
ORDER BY event_id, role, position"""


@dataclass(frozen=True)
class Actor:
    """One actor key as the page lists it."""

    key: str
    label: str
    kind: str
    events: int
    search: tuple[str, ...]  # lower-case texts a query is matched against: key, label, names

    def public(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "kind": self.kind, "events": self.events}


@dataclass
class EventFilter:
    """The filters of ``/api/events`` and ``/api/map``; None: not filtered on."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None
    event: str | None = None
    quad_class: int | None = None
    country: str | None = None
    q: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    min_confidence: float | None = None
    doc_id: str | None = None


def check_range(since: dt.date | None, until: dt.date | None) -> None:
    """E846 for a day outside 1800..2200, E845 when ``since`` is after ``until``."""
    for name, day in (("since", since), ("until", until)):
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            raise DyadsError(Errors.E846.format(name=name, first=FIRST_DAY, last=LAST_DAY, value=day))
    if since is not None and until is not None and since > until:
        raise RangeError(Errors.E845.format(since=since, until=until))


class RangeError(DyadsError):
    """A date range that ends before it starts (400, where a malformed parameter is 422)."""


class NotFound(DyadsError):
    """An actor key, event id or document id the database does not have (404)."""


class EventDatabase:
    """The event database as ``dyads serve`` reads it: read-only, one query at a time.

    Args:
        path: the database file.

    Raises:
        DyadsError: E804 (no file), E840 (empty), E802 (not a dyads database), E803/E841 (another
            schema version), E801/E815 (busy, damaged): before anything is served.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._con = duck.connect_unchanged(self.path)
        # one connection (its temporary tables are its own), so requests that the server runs in
        # parallel threads take turns on it
        self._lock = threading.Lock()
        try:
            with self._reading():
                self._prepare()
        except BaseException:
            self._con.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._con.close()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with self._lock, duck.guard(self.path):
            yield

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        return duck.query_rows(self._con, sql, params).rows

    def _prepare(self) -> None:
        self._con.execute(_SIDES)
        self._con.execute(_PAIRS)
        found_names: dict[str, list[str]] = {}
        for key, name, _ in self._rows(_ACTOR_NAMES):
            kept = found_names.setdefault(key, [])
            if len(kept) < _NAMES_PER_KEY:
                kept.append(name)
        actors = []
        for key, organisation, events in self._rows(_ACTOR_COUNTS):
            stored = found_names.get(key, [])
            named = names.naming(key, bool(organisation), stored[0] if stored else None)
            search = tuple(dict.fromkeys(t.lower() for t in (key, named.label, *named.aliases, *stored)))
            actors.append(Actor(key, named.label, named.kind, int(events), search))
        actors.sort(key=lambda a: (-a.events, a.key))
        self.actors = {actor.key: actor for actor in actors}

    # ------------------------------------------------------------ lookups

    def actor(self, key: str) -> Actor:
        """The actor of ``key`` (any case); NotFound (E842) when no event has it."""
        found = self.actors.get(key.strip().upper())
        if found is None:
            raise NotFound(Errors.E842.format(key=key))
        return found

    def meta(self) -> dict[str, Any]:
        with self._reading():
            documents, coded, events, mentions, first, last = self._rows("""
SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE status = 'coded'),
       (SELECT count(*) FROM events), (SELECT count(*) FROM mentions), (SELECT min(day) FROM events),
       (SELECT max(day) FROM events)""")[0]
            schema = duck.get_meta(self._con, "schema_version")
        return {"database": self.path.name, "schema_version": int(schema or 0), "documents": documents, "coded": coded,
                "events": events, "mentions": mentions, "first_day": first, "last_day": last, "dyads_version": _version()}

    def find_actors(self, q: str | None, limit: int) -> list[dict[str, Any]]:
        """Actors whose key, label or a stored name holds ``q`` (case-insensitive): the key itself first,
        then those with a text that starts with it, then the rest, each group by events."""
        if not q or not q.strip():
            return [actor.public() for actor in list(self.actors.values())[:limit]]
        wanted = q.strip().lower()
        ranked = []
        for order, actor in enumerate(self.actors.values()):
            if actor.key.lower() == wanted:
                rank = 0
            elif any(text.startswith(wanted) for text in actor.search):
                rank = 1
            elif any(wanted in text for text in actor.search):
                rank = 2
            else:
                continue
            ranked.append((rank, order, actor))
        ranked.sort(key=lambda r: r[:2])
        return [actor.public() for _, _, actor in ranked[:limit]]

    # ------------------------------------------------------------ dyad and network

    def dyad(self, a: str, b: str, by: str, since: dt.date | None, until: dt.date | None,
             min_confidence: float | None) -> dict[str, Any]:
        """Story events from ``a`` to ``b`` and back, per period, with counts per quad class and mean Goldstein."""
        first, second = self.actor(a), self.actor(b)
        check_range(since, until)
        if by not in PERIODS:
            raise DyadsError(Errors.E825.format(name="by", choices=", ".join(PERIODS), value=by))
        filters, params = _pair_filters(since, until, min_confidence)
        part = f"""
SELECT date_trunc('{by}', day)::DATE AS period, ? AS direction, count(*), {_QUADS}, round(avg(goldstein), 2)
FROM serve_pairs WHERE source = ? AND target = ? AND day IS NOT NULL{filters} GROUP BY ALL"""
        sql = f"{part}\nUNION ALL{part}\nORDER BY period, direction"
        with self._reading():
            found = self._rows(sql, ["a->b", first.key, second.key, *params, "b->a", second.key, first.key, *params])
        periods = [{"period": period, "direction": direction, "events": n, "q1": q1, "q2": q2, "q3": q3, "q4": q4,
                    "goldstein": _float(goldstein)}
                   for period, direction, n, q1, q2, q3, q4, goldstein in found]
        return {"a": first.public(), "b": second.public(), "by": by, "periods": periods}

    def network(self, key: str, since: dt.date | None, until: dt.date | None, min_confidence: float | None,
                limit: int) -> dict[str, Any]:
        """The actor's partners (either direction), the ``limit`` busiest, with cooperation and conflict counts."""
        centre = self.actor(key)
        check_range(since, until)
        filters, params = _pair_filters(since, until, min_confidence)
        sql = f"""
WITH touching AS (
    SELECT CASE WHEN source = ? THEN target ELSE source END AS partner, event_id, quad_class, goldstein
    FROM serve_pairs WHERE (source = ? OR target = ?) AND source <> target{filters}
),
per_event AS (SELECT DISTINCT partner, event_id, quad_class, goldstein FROM touching)
SELECT partner, count(*) AS events, count(*) FILTER (WHERE quad_class <= 2), count(*) FILTER (WHERE quad_class >= 3),
       round(avg(goldstein), 2)
FROM per_event GROUP BY partner ORDER BY events DESC, partner LIMIT ?"""
        with self._reading():
            found = self._rows(sql, [centre.key] * 3 + params + [limit])
        nodes = [centre.public()]
        edges = []
        for partner, events, cooperation, conflict, goldstein in found:
            known = self.actors.get(partner)
            label, kind = (known.label, known.kind) if known else (partner, names.OTHER)
            nodes.append({"key": partner, "label": label, "kind": kind, "events": events})
            edges.append({"source": centre.key, "target": partner, "events": events, "cooperation": cooperation,
                          "conflict": conflict, "net": cooperation - conflict, "goldstein": _float(goldstein)})
        return {"actor": centre.public(), "nodes": nodes, "edges": edges}

    # ------------------------------------------------------------ events

    def _where(self, chosen: EventFilter) -> tuple[str, list[Any]]:
        """The WHERE condition on ``events e`` for ``chosen``; NotFound for an unknown actor key."""
        check_range(chosen.since, chosen.until)
        stored = {"event": chosen.event, "quad_class": chosen.quad_class, "doc_id": chosen.doc_id, "since": chosen.since,
                  "until": chosen.until, "min_confidence": chosen.min_confidence}
        where, params = duck.event_where(stored)
        clauses = [where]
        for side, key in (("source", chosen.source), ("target", chosen.target)):
            if key:
                clauses.append("e.event_id IN (SELECT event_id FROM serve_sides WHERE side = ? AND key = ?)")
                params += [side, self.actor(key).key]
        if chosen.actor:
            clauses.append("e.event_id IN (SELECT event_id FROM serve_sides WHERE key = ?)")
            params.append(self.actor(chosen.actor).key)
        if chosen.country:
            code = self.actor(chosen.country).key
            clauses.append("(list_contains(e.source_codes, ?) OR list_contains(e.target_codes, ?))")
            params += [code, code]
        words = (chosen.q or "").split()
        if words:
            # every word, anywhere in the sentence of the event's first report, in any case
            likes = " AND ".join(["s.text ILIKE ? ESCAPE '\\'"] * len(words))
            clauses.append(f"""e.event_id IN (SELECT m.event_id FROM mentions m
    JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index WHERE {likes})""")
            params += [f"%{_escape_like(word)}%" for word in words]
        return " AND ".join(clauses), params

    def events(self, chosen: EventFilter, page: int, page_size: int) -> dict[str, Any]:
        """One page of the story events matching ``chosen``, newest first, and how many match in all."""
        where, params = self._where(chosen)
        with self._reading():
            total = self._rows(f"SELECT count(*) FROM events e WHERE {where}", params)[0][0]
            ids = [row[0] for row in self._rows(
                f"SELECT e.event_id FROM events e WHERE {where} ORDER BY e.day DESC NULLS LAST, e.event_id LIMIT ? OFFSET ?",
                [*params, page_size, (page - 1) * page_size])]
            rows = self._event_rows(ids)
        return {"total": total, "page": page, "page_size": page_size, "events": rows}

    def _event_rows(self, ids: list[str]) -> list[dict[str, Any]]:
        """The event rows of ``ids``, in that order (inside ``_reading``)."""
        if not ids:
            return []
        found = {row[0]: row for row in self._rows(_EVENT_ROWS, [ids])}
        actors: dict[str, list[tuple]] = {}
        for row in self._rows(_ACTORS_OF, [ids]):
            actors.setdefault(row[0], []).append(row[1:])
        return [_event_row(found[event_id], actors.get(event_id, [])) for event_id in ids if event_id in found]

    def event(self, event_id: str) -> dict[str, Any]:
        """One story event, named by its id or any of its mentions' ids, with every report of it."""
        with self._reading():
            story = self._rows("SELECT any_value(story_id) FROM mentions WHERE event_id = ?", [event_id])[0][0]
            if story is None:
                raise NotFound(Errors.E843.format(event_id=event_id))
            row = self._event_rows([story])[0]
            reports = self._rows("""
SELECT m.event_id, coalesce(d.doc_id, m.doc_id) AS doc_id, d.title, d.outlet,
       CASE WHEN d.duplicate_of IS NULL THEN m.date_published ELSE d.date_published END AS published, s.text
FROM mentions m
LEFT JOIN documents d ON coalesce(d.duplicate_of, d.doc_id) = m.doc_id
LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index
WHERE m.story_id = ?
ORDER BY published NULLS LAST, doc_id, m.event_id""", [story])
        row["mentions"] = [{"event_id": m, "doc_id": d, "title": t, "outlet": o, "date_published": p, "sentence": s}
                           for m, d, t, o, p, s in reports]
        return row

    def document(self, doc_id: str) -> dict[str, Any]:
        """A stored document with its text, the spans of every event coded in it, and those events."""
        with self._reading():
            found = self._rows("""
SELECT doc_id, title, byline, url, outlet, date_published, status, reason, duplicate_of, body
FROM documents WHERE doc_id = ?""", [doc_id])
            if not found:
                raise NotFound(Errors.E844.format(doc_id=doc_id))
            document = dict(zip(("doc_id", "title", "byline", "url", "outlet", "date_published", "status", "reason",
                                 "duplicate_of", "text"), found[0]))
            # a copy's events are those of the document it copies, found again in the copy's own text
            coded_in = document["duplicate_of"] or doc_id
            reported = self._rows("""
SELECT m.event_id, m.story_id, m.sentence_index, m.trigger, m.event, s.text
FROM mentions m LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index
WHERE m.doc_id = ? ORDER BY m.sentence_index, m.event_id""", [coded_in])
            actors: dict[str, list[tuple]] = {}
            for row in self._rows(_ACTORS_OF, [[r[0] for r in reported]]):
                actors.setdefault(row[0], []).append(row[1:])
            where, params = duck.event_where({"doc_id": doc_id})
            ids = [row[0] for row in self._rows(
                f"SELECT e.event_id FROM events e WHERE {where} ORDER BY e.day NULLS LAST, e.event_id LIMIT ?",
                [*params, _DOCUMENT_EVENTS])]
            events = self._event_rows(ids)
        text = document["text"] or ""
        regions = sentence_regions(text, {(r[2], r[5]) for r in reported if r[5]})
        spans = []
        for mention_id, story_id, index, trigger, event, _ in reported:
            if index not in regions:
                continue
            start, end = regions[index]
            marked = highlights(text[start:end], trigger, [(a[0], a[1]) for a in actors.get(mention_id, [])])
            spans += [{"start": start + s.start, "end": start + s.end, "label": s.label, "event_id": story_id, "event": event}
                      for s in marked]
        spans.sort(key=lambda s: (s["start"], s["end"]))
        return {**document, "spans": spans, "events": events}

    def places(self, chosen: EventFilter) -> list[dict[str, Any]]:
        """Where the matching story events happened: one row per stored location, busiest first."""
        where, params = self._where(chosen)
        with self._reading():
            found = self._rows(f"""
SELECT e.location_name, e.location_country, e.lat, e.lon, count(*) AS events, {_QUADS}
FROM events e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND {where}
GROUP BY ALL ORDER BY events DESC, e.location_name LIMIT ?""", [*params, _MAP_PLACES])
        return [{"name": name, "country": country, "lat": lat, "lon": lon, "events": n, "q1": q1, "q2": q2, "q3": q3, "q4": q4}
                for name, country, lat, lon, n, q1, q2, q3, q4 in found]


def _pair_filters(since: dt.date | None, until: dt.date | None, min_confidence: float | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for clause, value in (("day >= ?", since), ("day <= ?", until), ("confidence >= ?", min_confidence)):
        if value is not None:
            clauses.append(f" AND {clause}")
            params.append(value)
    return "".join(clauses), params


def _event_row(row: tuple, actors: list[tuple]) -> dict[str, Any]:
    """An event row of the API from an ``_EVENT_ROWS`` row and its actors' ``(role, text, code, sector, name, org)``."""
    event = dict(zip(_EVENT_COLUMNS, row[:len(_EVENT_COLUMNS)]))
    name, country, lat, lon = row[len(_EVENT_COLUMNS):]
    event["location"] = {"name": name, "country": country, "lat": lat, "lon": lon} if name or lat is not None else None
    sides: dict[str, list[dict[str, Any]]] = {"source": [], "target": []}
    for role, text, code, sector, person, org in actors:
        key = org.upper() if code in names.ORGANISATION_CODES and org else code
        sides[role].append({"text": text, "code": code, "key": key, "sector": sector, "name": person, "org": org})
    event["sources"], event["targets"] = sides["source"], sides["target"]
    sentence = event["sentence"] or ""
    marked = highlights(sentence, event["trigger"], [(role, text) for role, text, *_ in actors])
    event["highlights"] = [{"start": s.start, "end": s.end, "label": s.label} for s in marked]
    return event


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _version() -> str:
    try:
        return version("dyads")
    except PackageNotFoundError:  # a source tree that was never installed
        return "unknown"
