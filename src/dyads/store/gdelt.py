"""The column layout of GDELT 2.0's event table (names and types, in order) and how dyads fills it.

GDELT's own files are tab-separated without a header; ``dyads export x.csv --layout gdelt`` writes
the same 61 columns as CSV with a header row. Columns dyads has no data for stay empty.
"""
from __future__ import annotations

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

_SQL_TYPES = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}

# Non-state codes: no country affiliation in GDELT's sense.
_NON_STATE = "('IGO', 'NGO', 'MNC', 'IMG', 'ISM', 'UNO', 'EUR')"


def _actor(n: int, alias: str) -> dict[str, str]:
    return {
        f"Actor{n}Code": f"{alias}.code || coalesce({alias}.sector, '')",
        f"Actor{n}Name": f"upper(coalesce({alias}.name, {alias}.org, {alias}.text))",
        f"Actor{n}CountryCode": f"CASE WHEN {alias}.code NOT IN {_NON_STATE} THEN {alias}.code END",
        f"Actor{n}Type1Code": f"{alias}.sector",
    }


# Expressions over: e (events), a (the anchor mention), d (its document), s1/s2 (its first source and
# target actor), g (ISO alpha-3 -> FIPS 10-4 country codes and names).
FILLED: dict[str, str] = {
    # the story id is 16 hex digits; 15 of them fit a positive BIGINT
    "GLOBALEVENTID": "('0x' || substr(e.event_id, 1, 15))::BIGINT",
    "SQLDATE": "strftime(e.day, '%Y%m%d')::BIGINT",
    "MonthYear": "strftime(e.day, '%Y%m')::BIGINT",
    "Year": "year(e.day)",
    "FractionDate": "round(year(e.day) + dayofyear(e.day) / 365.0, 4)",
    **_actor(1, "s1"),
    **_actor(2, "s2"),
    # GDELT's "root event": found in the lead paragraph; dyads counts the first sentence
    "IsRootEvent": "CASE WHEN a.sentence_index = 0 THEN 1 ELSE 0 END",
    "EventCode": "e.cameo",
    "EventBaseCode": "substr(e.cameo, 1, 3)",
    "EventRootCode": "e.cameo_root",
    "QuadClass": "e.quad_class",
    "GoldsteinScale": "e.goldstein",
    "NumMentions": "e.num_mentions",
    "NumSources": "e.num_sources",
    "NumArticles": "e.num_articles",
    # 1 = a country, 4 = a place in it
    "ActionGeo_Type": "CASE WHEN e.location_name IS NULL THEN NULL WHEN e.location_name = g.name THEN 1 ELSE 4 END",
    "ActionGeo_FullName": "e.location_name",
    "ActionGeo_CountryCode": "g.fips",
    "ActionGeo_Lat": "e.lat",
    "ActionGeo_Long": "e.lon",
    "DATEADDED": "strftime(e.added_at, '%Y%m%d%H%M%S')::BIGINT",
    "SOURCEURL": "coalesce(d.url, a.doc_id)",
}


def gdelt_select() -> str:
    """The query that lays the ``events`` table out as GDELT's 61 columns (needs a ``fips`` table)."""
    columns = ",\n    ".join(
        f"{FILLED.get(name, 'NULL')}::{_SQL_TYPES[kind]} AS \"{name}\"" for name, kind in GDELT_EVENT_COLUMNS
    )
    return f"""
SELECT
    {columns}
FROM events e
JOIN mentions a ON a.event_id = e.event_id
LEFT JOIN documents d ON d.doc_id = a.doc_id
LEFT JOIN event_actors s1 ON s1.event_id = a.event_id AND s1.role = 'source' AND s1.position = 0
LEFT JOIN event_actors s2 ON s2.event_id = a.event_id AND s2.role = 'target' AND s2.position = 0
LEFT JOIN fips g ON g.iso3 = e.location_country
ORDER BY e.day NULLS LAST, e.event_id"""
