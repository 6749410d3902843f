-- The dyads event database, schema version 4 (SCHEMA_VERSION in migrations.py).
-- A new database gets this file; an older one is brought up to date by the numbered steps in
-- migrations.py. Change both together: bump the version here and add the step that gets there.
--
-- Only `documents` has a primary key: events and mentions are deleted and inserted again in the
-- same transaction when a document changes or stories are re-clustered, and the code that writes
-- them keeps their ids unique.

CREATE TABLE meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- One row per input document, coded or skipped.
CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR,            -- sha256 of the text and publication date; NULL where the text could not be read
    title VARCHAR,
    byline VARCHAR,
    url VARCHAR,
    outlet VARCHAR,                  -- the url's host: what counts as one "source" for num_sources
    date_published DATE,
    body VARCHAR,                    -- the text that was coded, so `dyads recode` can code it again
    status VARCHAR NOT NULL,         -- coded | skipped
    reason VARCHAR,                  -- why it was skipped (a coded message)
    coded_at TIMESTAMP NOT NULL,
    coder VARCHAR NOT NULL,          -- the dyads version that coded it
    text_key VARCHAR,                -- sha256 of the text normalised (case, punctuation, whitespace): finds copies
    duplicate_of VARCHAR,            -- the first document this one is a copy of (its events are that one's); NULL if none
    similarity DOUBLE,               -- of a copy: 1 for the same normalised text, else the word 5-gram Jaccard similarity
    lexicon_hash VARCHAR,            -- sha256 of the lexicons (and imported dictionaries) that coded it
    model_hash VARCHAR               -- sha256 of the event-type model that coded it; NULL when coded by the rules alone
);

-- MinHash band keys of every document that is not a copy: documents sharing a key are compared
-- word 5-gram by 5-gram to find near-identical copies (dedup.py).
CREATE TABLE document_bands (
    doc_id VARCHAR NOT NULL,
    band BIGINT NOT NULL
);

-- The sentences events were coded from: the evidence.
CREATE TABLE sentences (
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    text VARCHAR NOT NULL
);

-- One row per coded event record (the contract's event_id): an article's report of a story event.
CREATE TABLE mentions (
    event_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,       -- the `events` row this mention belongs to
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    date DATE,
    date_published DATE,
    event VARCHAR NOT NULL,
    mode VARCHAR NOT NULL,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,     -- the first two digits of the CAMEO code
    quad_class TINYINT NOT NULL,
    goldstein DOUBLE NOT NULL,
    source_key VARCHAR NOT NULL,     -- the distinct source actor codes, sorted, joined with ';'
    target_key VARCHAR NOT NULL,
    trigger VARCHAR,
    negated BOOLEAN NOT NULL,
    confidence DOUBLE NOT NULL,
    why VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    location_text VARCHAR,
    added_at TIMESTAMP NOT NULL,
    date_precision VARCHAR           -- day | week | month | year | decade: `date` is the first day of that period
);

-- The actors of each mention, in the coder's order; role is source | target | speaker.
CREATE TABLE event_actors (
    event_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    text VARCHAR,
    code VARCHAR,
    sector VARCHAR,
    name VARCHAR,
    org VARCHAR
);

-- One row per story event: mentions from several articles merged by the rule in dedup.py.
-- The coded fields are those of its anchor mention (the earliest), whose event_id it takes.
CREATE TABLE events (
    event_id VARCHAR NOT NULL,
    day DATE,                        -- the event date, else the earliest publication date: what time series count on
    date DATE,
    event VARCHAR NOT NULL,
    mode VARCHAR NOT NULL,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    quad_class TINYINT NOT NULL,
    goldstein DOUBLE NOT NULL,
    source_key VARCHAR NOT NULL,
    target_key VARCHAR NOT NULL,
    source_codes VARCHAR[] NOT NULL,
    target_codes VARCHAR[] NOT NULL,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    first_seen DATE,                 -- earliest and latest publication date of the articles reporting it
    last_seen DATE,
    added_at TIMESTAMP NOT NULL,     -- when its first mention was stored
    confidence DOUBLE NOT NULL,      -- the highest of its mentions
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    date_precision VARCHAR           -- of `date`, the earliest date of its mentions
);

-- One row per standing relation: every assertion of the same kind, sides, territory and polarity
-- (relation_key) merged, whatever article said it. Directed kinds (member_of, recognizes, ...) hold one
-- row per subject, symmetric ones (ally, ...) one per pair; sides are actor keys: the code, or an
-- organisation's short name (CSTO). Kept in step with relation_sources by duck.refresh_relations.
CREATE TABLE relations (
    relation_key VARCHAR NOT NULL,
    relation VARCHAR NOT NULL,
    subjects VARCHAR[] NOT NULL,     -- sorted
    object VARCHAR,
    territory VARCHAR,
    polarity VARCHAR NOT NULL,       -- holds | denied | ended | hypothetical
    num_sources INTEGER NOT NULL,    -- documents asserting it
    num_mentions INTEGER NOT NULL,   -- sentences asserting it
    first_asserted DATE,             -- earliest and latest publication date of those documents
    last_asserted DATE
);

-- One row per assertion of a standing relation: the evidence, as the relation record gives it.
CREATE TABLE relation_sources (
    relation_key VARCHAR NOT NULL,
    relation_id VARCHAR NOT NULL,    -- the relation record's id
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence VARCHAR NOT NULL,
    date_published DATE,
    according_to VARCHAR,
    value DOUBLE,
    confidence DOUBLE NOT NULL,
    why VARCHAR,
    valid_from VARCHAR,
    valid_to VARCHAR,
    added_at TIMESTAMP NOT NULL
);
