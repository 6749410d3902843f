"""Story events as PLOVER 2.0 records (JSON Lines) and as POLECAT's tab-separated columns.

PLOVER names its fields (manual, chapter "Data Fields"): ``id``, ``date``, ``actor``, ``recipient``,
``event``, ``mode``, ``context``, ``quad_code``, ``event_scale``, ``event_loc``, ``event_text``,
``text``, ``cite_info``, ``coder``, ``coded_date``; an entity is ``code``, ``sector``, ``entity_text``,
``identifier_text``; a location ``extracted_place``, ``resolved_place``, ``geonameid``, ``lat``,
``lon``, ``city``, ``country``, ``country_code``, ``feature_class``, ``resolution``. dyads adds
``cameo``, ``num_mentions`` and ``num_articles`` (PLOVER allows fields of one's own, under names it
does not use). Codes, modes and contexts follow PLOVER 2.0: the UN and the EU have their own codes
(``UNO``, ``EUR``, from ``lexicons/actors/international_codes.csv``), a mode is written only where
PLOVER gives the type that mode, and a dyads mode that is a PLOVER context (COOPERATE and AID have
no modes in PLOVER 2.0: "military" is a context there) is written as the context.

POLECAT, the PLOVER-coded dataset, is published as tab-separated files with a header row; the
``polecat`` layout writes its columns. Columns dyads has no data for (COW codes, Wikipedia ids,
titles, the intensity of PLOVER's own scale) stay empty.
"""
from __future__ import annotations

import csv
import functools
from pathlib import Path
from typing import Any

import pyarrow as pa
import yaml

_LEXICONS = Path(__file__).parent.parent / "lexicons"

# dyads' own fields in a PLOVER record, beyond the manual's
PLOVER_EXTRAS = ("cameo", "num_mentions", "num_articles")

# What the query below gives each side's actors (struct fields).
_ACTORS = """
    SELECT ea.event_id, ea.role,
           list(struct_pack(code := coalesce(g.plover, ea.code), sector := ea.sector, entity_text := ea.text,
                            identifier_text := coalesce(ea.name, ea.org)) ORDER BY ea.position) AS actors
    FROM event_actors ea LEFT JOIN groups g ON g.org = ea.org
    WHERE ea.role IN ('source', 'target') GROUP BY ea.event_id, ea.role"""


def plover_select(first_reports: str) -> str:
    """One row per story event, its text and citation from its first report (needs ``groups`` and ``places``)."""
    return f"""
WITH {first_reports},
sides AS ({_ACTORS})
SELECT e.event_id, e.day, e.event, e.mode, e.cameo, e.quad_class, e.goldstein, e.num_mentions, e.num_articles,
       coalesce(src.actors, []) AS actor, coalesce(tgt.actors, []) AS recipient, f.trigger, s.text AS sentence,
       e.location_name, e.location_country, e.lat, e.lon, f.location_text,
       p.geo_type, p.country_name, p.geonameid, p.place_lat, p.place_lon,
       d.url, d.title, d.outlet, f.doc_id, f.date_published, e.added_at
FROM events e
JOIN first_reports f ON f.story_id = e.event_id
LEFT JOIN documents d ON d.doc_id = f.doc_id
LEFT JOIN sentences s ON s.doc_id = f.doc_id AND s.sentence_index = f.sentence_index
LEFT JOIN sides src ON src.event_id = e.event_id AND src.role = 'source'
LEFT JOIN sides tgt ON tgt.event_id = e.event_id AND tgt.role = 'target'
LEFT JOIN places p ON p.name = e.location_name AND p.country IS NOT DISTINCT FROM e.location_country
    AND p.lat IS NOT DISTINCT FROM e.lat AND p.lon IS NOT DISTINCT FROM e.lon
ORDER BY e.day NULLS LAST, e.event_id"""


@functools.lru_cache(maxsize=1)
def _plover_data() -> dict[str, Any]:
    with (_LEXICONS / "events" / "plover.yml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def plover_vocabulary() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """PLOVER 2.0's modes by event type and its contexts (``lexicons/events/plover.yml``)."""
    data = _plover_data()
    return {event: frozenset(modes) for event, modes in data["modes"].items()}, frozenset(data["contexts"])


def plover_sectors() -> frozenset[str]:
    """PLOVER 2.0's sector codes (``lexicons/events/plover.yml``)."""
    return frozenset(_plover_data()["sectors"])


def international_codes() -> pa.Table:
    """The table ``groups``: organisation ``org`` -> its ``plover`` code and CAMEO known group code ``cameo``."""
    with (_LEXICONS / "actors" / "international_codes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    return pa.table({
        "org": pa.array([r["org"] for r in rows], pa.string()),
        "plover": pa.array([r["plover"] or None for r in rows], pa.string()),
        "cameo": pa.array([r["cameo"] or None for r in rows], pa.string()),
    })


def mode_and_context(event: str, mode: str) -> tuple[list[str], list[str]]:
    """A dyads mode as PLOVER's ``mode`` and ``context`` lists (one of them holds it, or neither)."""
    modes, contexts = plover_vocabulary()
    if not mode:
        return [], []
    if mode in modes.get(event, frozenset()):
        return [mode], []
    return [], ([mode] if mode in contexts else [])


def plover_record(row: dict[str, Any], coder: str) -> dict[str, Any]:
    """One row of ``plover_select`` as a PLOVER record."""
    mode, context = mode_and_context(row["event"], row["mode"])
    return {
        "id": row["event_id"],
        "date": row["day"],
        "actor": [_entity(a) for a in row["actor"]],
        "recipient": [_entity(a) for a in row["recipient"]],
        "event": [row["event"]],
        "mode": mode,
        "context": context,
        "quad_code": row["quad_class"],
        "event_scale": row["goldstein"],
        "event_loc": _location(row),
        "event_text": [row["trigger"]] if row["trigger"] else [],
        "text": row["sentence"],
        "cite_info": {k: v for k, v in (("url", row["url"]), ("citation", row["doc_id"]), ("title", row["title"]),
                                        ("publication", row["outlet"]), ("language", "en")) if v is not None},
        "coder": coder,
        "coded_date": row["added_at"].date() if row["added_at"] else None,
        # dyads' own fields (PLOVER_EXTRAS)
        "cameo": row["cameo"],
        "num_mentions": row["num_mentions"],
        "num_articles": row["num_articles"],
    }


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    entity = {key: value for key, value in actor.items() if value is not None}
    entity["code"] = _plover_data()["codes"].get(entity.get("code"), entity.get("code"))
    if entity.get("sector") not in plover_sectors():
        if entity.pop("sector", None) == "ETH" and "entity_text" in entity:
            entity["ethnicity"] = entity["entity_text"]
    return entity


def _location(row: dict[str, Any]) -> dict[str, Any] | None:
    if row["location_name"] is None:
        return None
    country_level = row["geo_type"] == 1
    location = {
        "extracted_place": row["location_text"] or row["location_name"],
        "resolved_place": row["location_name"],
        "geonameid": row["geonameid"],
        "lat": row["place_lat"],
        "lon": row["place_lon"],
        "city": None if country_level else row["location_name"],
        "country": row["country_name"],
        "country_code": row["location_country"],
        # GeoNames' classes: A a country (an area), P a populated place
        "feature_class": "A" if country_level else "P",
        "resolution": 1 if country_level else 4,
    }
    return {key: value for key, value in location.items() if value is not None}


POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
)


def polecat_table(rows: list[dict[str, Any]], coder: str) -> pa.Table:
    """Rows of ``plover_select`` in POLECAT's columns; several actors of a side are joined with ``;``."""
    out: dict[str, list[Any]] = {name: [] for name in POLECAT_COLUMNS}
    for row in rows:
        record = plover_record(row, coder)
        location = record["event_loc"] or {}
        values: dict[str, Any] = {
            "Event ID": record["id"],
            "Event Date": record["date"].isoformat() if record["date"] else None,
            "Event Type": row["event"],
            "Event Mode": ";".join(record["mode"]) or None,
            "Quad Code": record["quad_code"],
            "Contexts": ";".join(record["context"]) or None,
            **_side("Actor", record["actor"]),
            **_side("Recipient", record["recipient"]),
            "Placename": location.get("resolved_place"),
            "City": location.get("city"),
            "Country": location.get("country"),
            "Latitude": location.get("lat"),
            "Longitude": location.get("lon"),
            "GeoNames ID": location.get("geonameid"),
            "Raw Placename": location.get("extracted_place"),
            "Source": row["outlet"] or row["doc_id"],
            "Publication Date": row["date_published"].isoformat() if row["date_published"] else None,
            "Language": "en",
            "Version": coder,
        }
        for name in POLECAT_COLUMNS:
            value = values.get(name)
            out[name].append(None if value is None else str(value))
    return pa.table({name: pa.array(values, pa.string()) for name, values in out.items()})


def _side(prefix: str, entities: list[dict[str, Any]]) -> dict[str, str | None]:
    def joined(key: str) -> str | None:
        parts = [e.get(key) or "" for e in entities]
        return ";".join(parts) if any(parts) else None

    return {
        f"{prefix} Name": ";".join(e.get("identifier_text") or e.get("entity_text") or "" for e in entities) or None,
        f"{prefix} Country": joined("code"),
        f"Primary {prefix} Sector": joined("sector"),
        f"{prefix} Sectors": joined("sector"),
        f"{prefix} Name Raw": joined("entity_text"),
    }
