"""GDELT 2.0's event and mentions tables (names and types, in order) and how dyads fills them.

``dyads export events.CSV --layout gdelt`` writes the event table in GDELT's own file form:
tab-separated, no header, the 61 columns in order, so a GDELT reader reads it unchanged;
``--layout gdelt-mentions`` writes the 16 columns of the Mentions table, one row per article's
report of an event. In Parquet the same columns are typed (BIGINT, DOUBLE, VARCHAR). Columns dyads
has no data for (tone, ethnic and religious codes, ADM2) stay empty.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import IO, Any

import pyarrow as pa

from .places import describe_places

GDELT_EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID", "INTEGER"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"), ("Year", "INTEGER"),
    ("FractionDate", "FLOAT"),
    *((f"Actor{n}{name}", "STRING") for n in (1, 2) for name in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code",
    )),
    ("IsRootEvent", "INTEGER"), ("EventCode", "STRING"), ("EventBaseCode", "STRING"), ("EventRootCode", "STRING"),
    ("QuadClass", "INTEGER"), ("GoldsteinScale", "FLOAT"), ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"),
    ("NumArticles", "INTEGER"), ("AvgTone", "FLOAT"),
    *((f"{who}Geo_{name}", kind) for who in ("Actor1", "Actor2", "Action") for name, kind in (
        ("Type", "INTEGER"), ("FullName", "STRING"), ("CountryCode", "STRING"), ("ADM1Code", "STRING"),
        ("ADM2Code", "STRING"), ("Lat", "FLOAT"), ("Long", "FLOAT"), ("FeatureID", "STRING"),
    )),
    ("DATEADDED", "INTEGER"), ("SOURCEURL", "STRING"),
)

GDELT_MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID", "INTEGER"), ("EventTimeDate", "INTEGER"), ("MentionTimeDate", "INTEGER"),
    ("MentionType", "INTEGER"), ("MentionSourceName", "STRING"), ("MentionIdentifier", "STRING"),
    ("SentenceID", "INTEGER"), ("Actor1CharOffset", "INTEGER"), ("Actor2CharOffset", "INTEGER"),
    ("ActionCharOffset", "INTEGER"), ("InRawText", "INTEGER"), ("Confidence", "INTEGER"),
    ("MentionDocLen", "INTEGER"), ("MentionDocTone", "FLOAT"), ("MentionDocTranslationInfo", "STRING"),
    ("Extras", "STRING"),
)

_SQL_TYPES = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}

# Non-state codes: no country affiliation in GDELT's sense.
_NON_STATE = "('IGO', 'NGO', 'MNC', 'IMG', 'ISM', 'UNO', 'EUR')"

# The story id is 16 hex digits; 13 of them (52 bits) keep GLOBALEVENTID below 2^53, so readers that
# hold integers as floats (JavaScript, pandas with missing values) keep every id exact.
_GLOBAL_ID = "('0x' || substr({id}, 1, 13))::BIGINT"

# The place columns of one side, from `p` (see ``places_table``); GDELT writes 0 where there is no place.
_GEO = {
    "Type": "coalesce({p}.geo_type, 0)", "FullName": "{p}.full_name", "CountryCode": "{p}.fips",
    "ADM1Code": "{p}.adm1", "Lat": "{p}.place_lat", "Long": "{p}.place_lon", "FeatureID": "{p}.feature_id",
}


def _cameo_type(sector: str) -> str:
    # PLOVER's JRN (media) and MED (medical) are CAMEO's MED and HLH; dyads' ETH (an ethnic group) is no CAMEO type
    return f"CASE {sector} WHEN 'JRN' THEN 'MED' WHEN 'MED' THEN 'HLH' WHEN 'ETH' THEN NULL ELSE {sector} END"


def _actor(n: int, alias: str) -> dict[str, str]:
    group = f"k{n}.cameo"
    # CAMEO's code for Kosovo, which ISO 3166-1 lacks, is KOS (dyads: XKX)
    own = f"CASE {alias}.code WHEN 'XKX' THEN 'KOS' ELSE {alias}.code END"
    return {
        f"Actor{n}Code": f"coalesce({group}, {own}) || coalesce({_cameo_type(f'{alias}.sector')}, '')",
        f"Actor{n}Name": f"upper(coalesce({alias}.name, {alias}.org, {alias}.text))",
        f"Actor{n}CountryCode": f"CASE WHEN {own} NOT IN {_NON_STATE} THEN {own} END",
        f"Actor{n}KnownGroupCode": group,
        f"Actor{n}Type1Code": _cameo_type(f"{alias}.sector"),
        # dyads places the event, not each actor: an actor gets the event's place, as GDELT gives each
        # actor the place named nearest to it
        **{f"Actor{n}Geo_{name}": f"CASE WHEN {alias}.event_id IS NOT NULL THEN {expr.format(p='p')} END"
           for name, expr in _GEO.items()},
        f"Actor{n}Geo_Type": f"CASE WHEN {alias}.event_id IS NOT NULL THEN {_GEO['Type'].format(p='p')} ELSE 0 END",
    }


# Expressions over: e (events), a (the anchor mention, whose coding the story has), f (the story's first
# report: earliest publication) and fd (its document), s1/s2 (the anchor's first source and target
# actor) with k1/k2 (their known-group codes), p (the place, see ``places_table``).
FILLED: dict[str, str] = {
    "GLOBALEVENTID": _GLOBAL_ID.format(id="e.event_id"),
    "SQLDATE": "strftime(e.day, '%Y%m%d')::BIGINT",
    "MonthYear": "strftime(e.day, '%Y%m')::BIGINT",
    "Year": "year(e.day)",
    # GDELT's files count months from 0 (2015-02-18 is 2015.1315), though the codebook writes MONTH * 30
    "FractionDate": "round(year(e.day) + ((month(e.day) - 1) * 30 + day(e.day)) / 365.0, 4)",
    **_actor(1, "s1"),
    **_actor(2, "s2"),
    # GDELT's "root event": in the lead paragraph of the first report; dyads counts its first sentence
    "IsRootEvent": "CASE WHEN f.sentence_index = 0 THEN 1 ELSE 0 END",
    "EventCode": "e.cameo",
    "EventBaseCode": "substr(e.cameo, 1, 3)",
    "EventRootCode": "e.cameo_root",
    # by the CAMEO root as GDELT (and Phoenix) map the roots, not by the PLOVER type: 01-05 verbal
    # cooperation, 06-09 material cooperation (09 investigate), 10-14 verbal conflict (14 protest), 15-20
    # material conflict
    "QuadClass": "CASE WHEN e.cameo_root <= '05' THEN 1 WHEN e.cameo_root <= '09' THEN 2"
                 " WHEN e.cameo_root <= '14' THEN 3 ELSE 4 END",
    "GoldsteinScale": "e.goldstein",
    "NumMentions": "e.num_mentions",
    "NumSources": "e.num_sources",
    "NumArticles": "e.num_articles",
    **{f"ActionGeo_{name}": expr.format(p="p") for name, expr in _GEO.items()},
    "DATEADDED": "strftime(e.added_at, '%Y%m%d%H%M%S')::BIGINT",
    "SOURCEURL": "coalesce(fd.url, f.doc_id)",
}

# Each story's first report: the earliest published, then the first stored.
FIRST_REPORTS = """first_reports AS (
    SELECT * FROM mentions
    QUALIFY row_number() OVER (PARTITION BY story_id ORDER BY date_published NULLS LAST, added_at, doc_id, event_id) = 1
)"""

_PLACE_JOIN = """LEFT JOIN places p ON p.name = e.location_name AND p.country IS NOT DISTINCT FROM e.location_country
    AND p.lat IS NOT DISTINCT FROM e.lat AND p.lon IS NOT DISTINCT FROM e.lon"""


def _columns(layout: Sequence[tuple[str, str]], filled: dict[str, str]) -> str:
    return ",\n    ".join(f"{filled.get(name, 'NULL')}::{_SQL_TYPES[kind]} AS \"{name}\"" for name, kind in layout)


def gdelt_select() -> str:
    """The query that lays the ``events`` table out as GDELT's 61 columns.

    It needs the tables ``places`` (``places_table``) and ``groups`` (org -> ``cameo`` known-group code).
    """
    return f"""
WITH {FIRST_REPORTS}
SELECT
    {_columns(GDELT_EVENT_COLUMNS, FILLED)}
FROM events e
JOIN mentions a ON a.event_id = e.event_id
JOIN first_reports f ON f.story_id = e.event_id
LEFT JOIN documents fd ON fd.doc_id = f.doc_id
LEFT JOIN event_actors s1 ON s1.event_id = a.event_id AND s1.role = 'source' AND s1.position = 0
LEFT JOIN event_actors s2 ON s2.event_id = a.event_id AND s2.role = 'target' AND s2.position = 0
LEFT JOIN groups k1 ON k1.org = s1.org
LEFT JOIN groups k2 ON k2.org = s2.org
{_PLACE_JOIN}
ORDER BY e.day NULLS LAST, e.event_id"""


def _offset(text: str) -> str:
    """Where ``text`` starts in the document (characters from 0), through its sentence; -1 where unknown."""
    return (f"CASE WHEN strpos(d.body, s.text) > 0 AND strpos(s.text, {text}) > 0"
            f" THEN strpos(d.body, s.text) + strpos(s.text, {text}) - 2 ELSE -1 END")


MENTION_FILLED: dict[str, str] = {
    "GLOBALEVENTID": _GLOBAL_ID.format(id="m.story_id"),
    "EventTimeDate": "strftime(e.added_at, '%Y%m%d%H%M%S')::BIGINT",
    "MentionTimeDate": "strftime(CASE WHEN d.duplicate_of IS NULL THEN m.added_at ELSE d.coded_at END, '%Y%m%d%H%M%S')::BIGINT",
    # 1 a web page (MentionIdentifier is its URL), 2 a citation only (dyads' document id)
    "MentionType": "CASE WHEN d.url IS NOT NULL THEN 1 ELSE 2 END",
    "MentionSourceName": "coalesce(d.outlet, d.doc_id, m.doc_id)",
    "MentionIdentifier": "coalesce(d.url, d.doc_id, m.doc_id)",
    "SentenceID": "m.sentence_index + 1",
    "Actor1CharOffset": _offset("s1.text"),
    "Actor2CharOffset": _offset("s2.text"),
    "ActionCharOffset": _offset("m.trigger"),
    "InRawText": "1",  # dyads codes the text as written
    "Confidence": "round(m.confidence * 100)",
    "MentionDocLen": "length(d.body)",
}


def gdelt_mentions_select() -> str:
    """The query that lays the ``mentions`` table out as GDELT's Mentions table (16 columns).

    A copy of a reporting document (``documents.duplicate_of``) is an article that mentions the
    event too: it has a row of its own, with its outlet, url and the sentence it shares.
    """
    return f"""
SELECT
    {_columns(GDELT_MENTION_COLUMNS, MENTION_FILLED)}
FROM mentions m
JOIN events e ON e.event_id = m.story_id
LEFT JOIN documents d ON coalesce(d.duplicate_of, d.doc_id) = m.doc_id
LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index
LEFT JOIN event_actors s1 ON s1.event_id = m.event_id AND s1.role = 'source' AND s1.position = 0
LEFT JOIN event_actors s2 ON s2.event_id = m.event_id AND s2.role = 'target' AND s2.position = 0
ORDER BY e.day NULLS LAST, m.story_id, m.date_published NULLS LAST, m.doc_id, m.event_id, d.duplicate_of NULLS FIRST, d.doc_id"""


def places_table(rows: Iterable[tuple[str, str | None, float | None, float | None]]) -> pa.Table:
    """The table ``places``: each stored ``(name, country, lat, lon)`` with its details (``describe_place``)."""
    described = describe_places(rows)
    keys = list(described)
    details = [described[k] for k in keys]
    return pa.table({
        "name": pa.array([k[0] for k in keys], pa.string()),
        "country": pa.array([k[1] for k in keys], pa.string()),
        "lat": pa.array([k[2] for k in keys], pa.float64()),
        "lon": pa.array([k[3] for k in keys], pa.float64()),
        "geo_type": pa.array([d.geo_type for d in details], pa.int64()),
        "full_name": pa.array([d.full_name for d in details], pa.string()),
        "country_name": pa.array([d.country_name for d in details], pa.string()),
        "fips": pa.array([d.fips for d in details], pa.string()),
        "adm1": pa.array([d.adm1 for d in details], pa.string()),
        "feature_id": pa.array([d.feature_id for d in details], pa.string()),
        "geonameid": pa.array([d.geonameid for d in details], pa.int64()),
        "place_lat": pa.array([d.lat for d in details], pa.float64()),
        "place_lon": pa.array([d.lon for d in details], pa.float64()),
    })


def write_tab_separated(table: pa.Table, out: IO[str], *, header: bool = False) -> None:
    """Write ``table`` as GDELT and POLECAT files are: tab-separated, no quoting, empty for null.

    A tab or line break inside a value becomes a space, so every line stays one row.
    """
    if header:
        out.write("\t".join(table.column_names) + "\n")
    for batch in table.to_batches():
        columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
        for row in zip(*columns):
            out.write("\t".join(_cell(value) for value in row) + "\n")


_BREAKS = str.maketrans("\t\r\n", "   ")


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, str):
        return value.translate(_BREAKS)
    return str(value)
