"""The SQL behind ``dyads serve``: every answer of the JSON API, read over one read-only DuckDB connection.

The database is opened as it is (``duck.connect_unchanged``: read-only, sandboxed, never upgraded),
and every value a request gives reaches SQL as a ``?`` parameter. At start-up three temporary tables
are built in memory (temporary tables work on a read-only connection and write nothing to the file),
so that no request scans the stored tables for a page of 50 events:

* ``serve_events``: one narrow row per story event, numbered newest first (``pos``), with what the
  filters need and the row ids of its stored rows (the event, its first report, that report's
  sentence, document and actors): a page is picked here, then its rows are fetched by row id;
* ``serve_sides``: each story event's source and target actors by key (a state's code, an
  organisation's short name: ``RUS``, ``NATO``), from the actors of all its mentions, sorted by key;
* ``serve_pairs``: one row per source -> target key pair of a story event, with its day, quad class,
  Goldstein score and confidence, sorted by source and target, so a dyad or an actor's partners are
  read from a few row groups instead of unnesting the actor lists of every event.

The actors list for autocompletion is small (one row per key) and kept in Python. Row ids stay valid
while the app runs: no other process can write to a database that a reader holds open.
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
_LIKE_WILDCARDS = frozenset("%_\\")
_DOCUMENT_EVENTS = 1_000

_ORGANISATION = f"a.code IN {names.ORGANISATION_CODES!r} AND coalesce(a.org, '') <> ''"
_KEY = f"CASE WHEN {_ORGANISATION} THEN upper(a.org) ELSE a.code END"

_EVENTS = """
CREATE TEMP TABLE serve_events AS
SELECT row_number() OVER (ORDER BY e.day DESC NULLS LAST, e.event_id) AS pos,
       e.event_id, e.day, e.event, e.quad_class, e.goldstein, e.confidence, e.location_name, e.location_country, e.lat, e.lon,
       e.rowid AS event_row, a.rowid AS mention_row, s.rowid AS sentence_row, d.rowid AS document_row,
       (SELECT list(x.rowid ORDER BY x.role, x.position) FROM event_actors x
        WHERE x.event_id = a.event_id AND x.role IN ('source', 'target')) AS actor_rows
FROM events e
JOIN mentions a ON a.event_id = e.event_id
LEFT JOIN sentences s ON s.doc_id = a.doc_id AND s.sentence_index = a.sentence_index
LEFT JOIN documents d ON d.doc_id = a.doc_id
ORDER BY pos"""

_SIDES = f"""
CREATE TEMP TABLE serve_sides AS
SELECT DISTINCT e.pos, a.role AS side, {_KEY} AS key, {_ORGANISATION} AS organisation
FROM event_actors a JOIN mentions m USING (event_id) JOIN serve_events e ON e.event_id = m.story_id
WHERE a.role IN ('source', 'target') AND coalesce(a.code, '') <> ''
ORDER BY key, side, e.pos"""

_PAIRS = """
CREATE TEMP TABLE serve_pairs AS
SELECT s.key AS source, t.key AS target, e.pos, e.day, e.quad_class, e.goldstein, e.confidence
FROM serve_sides s
JOIN serve_sides t ON t.pos = s.pos AND t.side = 'target'
JOIN serve_events e ON e.pos = s.pos
WHERE s.side = 'source'
ORDER BY s.key, t.key, e.day"""

_ACTOR_COUNTS = """
SELECT key, bool_or(organisation), count(DISTINCT pos) FROM serve_sides GROUP BY key"""

_ACTOR_NAMES = f"""
SELECT {_KEY} AS key, a.name, count(*) AS n
FROM event_actors a
WHERE a.role IN ('source', 'target') AND coalesce(a.code, '') <> '' AND a.name IS NOT NULL
GROUP BY ALL ORDER BY key, n DESC, a.name"""

_QUADS = """count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
       count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4)"""

# the stored rows of a page, each fetched by row id (DuckDB reads those rows, not the table)
_ROWS = "rowid IN (SELECT unnest(?::BIGINT[]))"
_FETCH = {
    "event": f"""SELECT rowid, event_id, day, date, date_precision, event, mode, cameo, quad_class, goldstein, confidence,
        num_articles, num_mentions, num_sources, location_name, location_country, lat, lon FROM events WHERE {_ROWS}""",
    "mention": f"SELECT rowid, why, trigger, negated, doc_id FROM mentions WHERE {_ROWS}",
    "sentence": f"SELECT rowid, text FROM sentences WHERE {_ROWS}",
    "document": f"SELECT rowid, title FROM documents WHERE {_ROWS}",
    "actors": f"SELECT rowid, role, text, code, sector, name, org FROM event_actors WHERE {_ROWS}",
}
_PICKED = "event_row, mention_row, sentence_row, document_row, actor_rows"


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


class RangeError(DyadsError):
    """A date range that ends before it starts (400, where a malformed parameter is 422)."""


class NotFound(DyadsError):
    """An actor key, event id or document id the database does not have (404)."""


class BadValue(DyadsError):
    """A parameter out of its bounds (422)."""


def check_range(since: dt.date | None, until: dt.date | None) -> None:
    """E846 for a day outside 1800..2200, E845 when ``since`` is after ``until``."""
    for name, day in (("since", since), ("until", until)):
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            raise BadValue(Errors.E846.format(name=name, first=FIRST_DAY, last=LAST_DAY, value=day))
    if since is not None and until is not None and since > until:
        raise RangeError(Errors.E845.format(since=since, until=until))


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
        """Close the connection (once a request in progress has its answer)."""
        with self._lock:
            self._con.close()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with self._lock, duck.guard(self.path):
            yield

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        return duck.query_rows(self._con, sql, params).rows

    def _prepare(self) -> None:
        self._con.execute(_EVENTS)
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
        """What the database holds: documents, story events, mentions, the days they span; its file's name only."""
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
            raise BadValue(Errors.E825.format(name="by", choices=", ".join(PERIODS), value=by))
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
    SELECT CASE WHEN source = ? THEN target ELSE source END AS partner, pos, quad_class, goldstein
    FROM serve_pairs WHERE (source = ? OR target = ?) AND source <> target{filters}
),
per_event AS (SELECT DISTINCT partner, pos, quad_class, goldstein FROM touching)
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
        """The WHERE condition on ``serve_events e`` for ``chosen``; NotFound for an unknown actor key."""
        check_range(chosen.since, chosen.until)
        clauses: list[str] = []
        params: list[Any] = []
        for clause, value in (("e.event = ?", chosen.event), ("e.quad_class = ?", chosen.quad_class),
                              ("e.day >= ?", chosen.since), ("e.day <= ?", chosen.until),
                              ("e.confidence >= ?", chosen.min_confidence)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        for side, key in (("source", chosen.source), ("target", chosen.target)):
            if key:
                clauses.append("e.pos IN (SELECT pos FROM serve_sides WHERE key = ? AND side = ?)")
                params += [self.actor(key).key, side]
        if chosen.actor:
            clauses.append("e.pos IN (SELECT pos FROM serve_sides WHERE key = ?)")
            params.append(self.actor(chosen.actor).key)
        if chosen.country:
            # a state's key is its code; an organisation (a short name) is of no one country
            clauses.append("e.pos IN (SELECT pos FROM serve_sides WHERE key = ? AND NOT organisation)")
            params.append(self.actor(chosen.country).key)
        # every word, anywhere in the sentence of the event's first report, in any case; the longest
        # (likely the rarest) first, so the others test fewer sentences
        words = sorted({word.lower() for word in (chosen.q or "").split()}, key=lambda w: (-len(w), w))
        if words:
            # ILIKE is DuckDB's quickest test, but % and _ are its wildcards: a word holding one is
            # looked for as plain text instead
            found = " AND ".join("contains(lower(text), ?)" if _LIKE_WILDCARDS & set(word) else "text ILIKE ?" for word in words)
            clauses.append(f"e.sentence_row IN (SELECT rowid FROM sentences WHERE {found})")
            params += [word if _LIKE_WILDCARDS & set(word) else f"%{word}%" for word in words]
        if chosen.doc_id is not None:
            # the story events this document reported; a copy's are those of the document it copies
            clauses.append("e.event_id IN (SELECT story_id FROM mentions WHERE doc_id ="
                           " (SELECT coalesce(any_value(duplicate_of), ?) FROM documents WHERE doc_id = ?))")
            params += [chosen.doc_id, chosen.doc_id]
        return " AND ".join(clauses) or "TRUE", params

    def events(self, chosen: EventFilter, page: int, page_size: int) -> dict[str, Any]:
        """One page of the story events matching ``chosen``, newest first, and how many match in all."""
        where, params = self._where(chosen)
        count = f"SELECT count(*) FROM serve_events e WHERE {where}"
        with self._reading():
            if where == "TRUE":  # every event: counted at once, and the page is a top-N over the numbers
                total = self._rows(count)[0][0]
                picked = self._rows(f"SELECT {_PICKED} FROM serve_events e ORDER BY e.pos LIMIT ? OFFSET ?",
                                    [page_size, (page - 1) * page_size])
            else:  # filtered (a text search reads every sentence): one pass counts and numbers the page
                found = self._rows(f"SELECT e.pos, count(*) OVER () FROM serve_events e WHERE {where}"
                                   " ORDER BY e.pos LIMIT ? OFFSET ?", [*params, page_size, (page - 1) * page_size])
                total = found[0][1] if found else self._rows(count, params)[0][0]
                # the table is in `pos` order, so these few numbers are found in a row group or two
                picked = self._rows(f"SELECT {_PICKED} FROM serve_events WHERE pos IN (SELECT unnest(?::BIGINT[])) ORDER BY pos",
                                    [[row[0] for row in found]]) if found else []
            rows = self._event_rows(picked)
        return {"total": total, "page": page, "page_size": page_size, "events": rows}

    def _picked(self, event_ids: list[str]) -> list[tuple]:
        """The ``_PICKED`` row ids of the given story events, newest first (inside ``_reading``)."""
        return self._rows(f"SELECT {_PICKED} FROM serve_events WHERE event_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY pos",
                          [event_ids])

    def _event_rows(self, picked: list[tuple]) -> list[dict[str, Any]]:
        """The API's event rows of ``picked`` (``_PICKED`` rows), in that order (inside ``_reading``)."""
        if not picked:
            return []
        wanted = {name: [row[i] for row in picked if row[i] is not None] for i, name in enumerate(("event", "mention", "sentence", "document"))}
        wanted["actors"] = [rowid for row in picked for rowid in row[4] or ()]
        found = {name: {row[0]: row[1:] for row in self._rows(_FETCH[name], [wanted[name]])} for name in _FETCH}
        rows = []
        for event_row, mention_row, sentence_row, document_row, actor_rows in picked:
            sentence = found["sentence"].get(sentence_row)
            document = found["document"].get(document_row)
            actors = [found["actors"][rowid] for rowid in actor_rows or () if rowid in found["actors"]]
            rows.append(_event_row(found["event"][event_row], found["mention"][mention_row],
                                   sentence[0] if sentence else None, document[0] if document else None, actors))
        return rows

    def event(self, event_id: str) -> dict[str, Any]:
        """One story event, named by its id or any of its mentions' ids, with every report of it."""
        with self._reading():
            story = self._rows("SELECT any_value(story_id) FROM mentions WHERE event_id = ?", [event_id])[0][0]
            if story is None:
                raise NotFound(Errors.E843.format(event_id=event_id))
            row = self._event_rows(self._picked([story]))[0]
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
            for mention_id, role, text in self._rows(
                    "SELECT event_id, role, text FROM event_actors WHERE event_id IN (SELECT unnest(?::VARCHAR[]))"
                    " AND role IN ('source', 'target') ORDER BY event_id, role, position", [[r[0] for r in reported]]):
                actors.setdefault(mention_id, []).append((role, text))
            stories = sorted({r[1] for r in reported})[:_DOCUMENT_EVENTS]
            events = self._event_rows(self._picked(stories))
        text = document["text"] or ""
        regions = sentence_regions(text, {(r[2], r[5]) for r in reported if r[5]})
        spans = []
        for mention_id, story_id, index, trigger, event, _ in reported:
            if index not in regions:
                continue
            start, end = regions[index]
            marked = highlights(text[start:end], trigger, actors.get(mention_id, []))
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
FROM serve_events e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND {where}
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


def _event_row(event: tuple, mention: tuple, sentence: str | None, title: str | None, actors: list[tuple]) -> dict[str, Any]:
    """An event row of the API from its stored rows (``_FETCH``), less their row ids."""
    row = dict(zip(("event_id", "day", "date", "date_precision", "event", "mode", "cameo", "quad_class", "goldstein",
                    "confidence"), event[:10]))
    num_articles, num_mentions, num_sources, name, country, lat, lon = event[10:]
    why, trigger, negated, doc_id = mention
    row.update(why=why, trigger=trigger, negated=negated, num_articles=num_articles, num_mentions=num_mentions,
               num_sources=num_sources, doc_id=doc_id, title=title, sentence=sentence)
    sides: dict[str, list[dict[str, Any]]] = {"source": [], "target": []}
    for role, text, code, sector, person, org in actors:
        key = org.upper() if code in names.ORGANISATION_CODES and org else code
        sides[role].append({"text": text, "code": code, "key": key, "sector": sector, "name": person, "org": org})
    row["sources"], row["targets"] = sides["source"], sides["target"]
    row["location"] = {"name": name, "country": country, "lat": lat, "lon": lon} if name or lat is not None else None
    marked = highlights(sentence or "", trigger, [(role, text) for role, text, *_ in actors])
    row["highlights"] = [{"start": s.start, "end": s.end, "label": s.label} for s in marked]
    return row


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _version() -> str:
    try:
        return version("dyads")
    except PackageNotFoundError:  # a source tree that was never installed
        return "unknown"
