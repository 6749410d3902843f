"""Schema versions of the event database and the steps between them.

``schema.sql`` creates a database at ``SCHEMA_VERSION``. When the schema changes, bump
``SCHEMA_VERSION``, edit ``schema.sql`` and add to ``MIGRATIONS`` the statements that take a
database from the previous version to the new one, keyed by the version they produce; an old
database is then upgraded step by step, in one transaction, the first time it is opened for writing.
"""
from __future__ import annotations

from importlib.resources import files

SCHEMA_VERSION = 4

# the two relation tables as schema.sql creates them (a test checks that the two agree)
RELATIONS_TABLE = """CREATE TABLE relations (
    relation_key VARCHAR NOT NULL, relation VARCHAR NOT NULL, subjects VARCHAR[] NOT NULL, object VARCHAR,
    territory VARCHAR, polarity VARCHAR NOT NULL, num_sources INTEGER NOT NULL, num_mentions INTEGER NOT NULL,
    first_asserted DATE, last_asserted DATE
)"""
RELATION_SOURCES_TABLE = """CREATE TABLE relation_sources (
    relation_key VARCHAR NOT NULL, relation_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sentence_index INTEGER NOT NULL,
    sentence VARCHAR NOT NULL, date_published DATE, according_to VARCHAR, value DOUBLE, confidence DOUBLE NOT NULL,
    why VARCHAR, valid_from VARCHAR, valid_to VARCHAR, added_at TIMESTAMP NOT NULL
)"""

# version produced -> the statements that produce it from the version before
MIGRATIONS: dict[int, tuple[str, ...]] = {
    # event dates coarser than a day ("last month", "in March"): every date stored before was a day
    2: (
        "ALTER TABLE mentions ADD COLUMN date_precision VARCHAR",
        "UPDATE mentions SET date_precision = 'day' WHERE date IS NOT NULL",
        "ALTER TABLE events ADD COLUMN date_precision VARCHAR",
        "UPDATE events SET date_precision = 'day' WHERE date IS NOT NULL",
    ),
    # copies of documents and what coded each one; duck.find_copies then fills the keys and bands
    # and merges the copies already stored (in Python: the normalisation and MinHash are dedup.py's)
    3: (
        "ALTER TABLE documents ADD COLUMN text_key VARCHAR",
        "ALTER TABLE documents ADD COLUMN duplicate_of VARCHAR",
        "ALTER TABLE documents ADD COLUMN similarity DOUBLE",
        "ALTER TABLE documents ADD COLUMN lexicon_hash VARCHAR",
        "ALTER TABLE documents ADD COLUMN model_hash VARCHAR",
        "CREATE TABLE document_bands (doc_id VARCHAR NOT NULL, band BIGINT NOT NULL)",
    ),
    # standing relations and the assertions behind them; documents coded before hold none until
    # `dyads recode` codes them again
    4: (
        RELATIONS_TABLE,
        RELATION_SOURCES_TABLE,
    ),
}


def schema_sql() -> str:
    """The statements that create a new database at ``SCHEMA_VERSION``."""
    return files("dyads.store").joinpath("schema.sql").read_text(encoding="utf-8")


def steps_between(found: int, target: int, migrations: dict[int, tuple[str, ...]] = MIGRATIONS) -> list[tuple[int, tuple[str, ...]]]:
    """The migration steps that take a database from version ``found`` to ``target``, in order.

    Args:
        found: the database's schema version.
        target: the version wanted (normally ``SCHEMA_VERSION``).
        migrations: the steps to choose from.

    Returns:
        ``(version, statements)`` pairs, oldest first; a version with no step is skipped
        (nothing changed in storage).
    """
    return [(version, migrations[version]) for version in range(found + 1, target + 1) if version in migrations]
