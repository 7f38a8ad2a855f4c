-- 0002_workbench: integer keys, per-event sides and dyads, evidence spans, canonical actors, full-text index.
-- The 0001 tables are renamed legacy_*; SQLiteStore copies their documents into the new tables through
-- the normal write path (so every derived row is computed by the same code) and drops them.
-- No foreign keys: a document is replaced by deleting its rows explicitly, in the same transaction.

ALTER TABLE documents RENAME TO legacy_documents;
ALTER TABLE entities RENAME TO legacy_entities;
ALTER TABLE mentions RENAME TO legacy_mentions;
ALTER TABLE events RENAME TO legacy_events;
DROP INDEX IF EXISTS events_type;
DROP INDEX IF EXISTS events_date;
DROP INDEX IF EXISTS documents_lang;

CREATE TABLE documents (
    rid             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    source          TEXT NOT NULL,
    url             TEXT,
    outlet          TEXT,
    lang            TEXT,
    title           TEXT,
    published       TEXT,
    published_basis TEXT,
    body            TEXT NOT NULL,
    removed_json    TEXT NOT NULL DEFAULT '[]',
    warnings_json   TEXT NOT NULL DEFAULT '[]',
    paragraphs_json TEXT NOT NULL DEFAULT '[]',
    content_hash    TEXT NOT NULL,
    run_id          INTEGER,
    stored_at       TEXT NOT NULL
);
CREATE INDEX documents_lang ON documents(lang);

CREATE TABLE entities (
    doc_rid   INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    pos       INTEGER NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    country   TEXT,
    sector    TEXT,
    role      TEXT,
    kb_id     TEXT,
    actor_id  TEXT NOT NULL,
    published TEXT,  -- the document's, for roles over time
    PRIMARY KEY (doc_rid, entity_id)
) WITHOUT ROWID;
CREATE INDEX entities_roles ON entities(actor_id, role, published);

CREATE TABLE mentions (
    doc_rid    INTEGER NOT NULL,
    entity_id  TEXT NOT NULL,
    pos        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    label      TEXT,
    rule       TEXT,
    confidence REAL,
    PRIMARY KEY (doc_rid, entity_id, start, "end")
) WITHOUT ROWID;

-- date_lo / date_hi: first and last day the (possibly partial) date covers; lang and outlet are copied
-- from the document so that event filters need no join.
CREATE TABLE events (
    seq                 INTEGER PRIMARY KEY,
    doc_rid             INTEGER NOT NULL,
    event_id            TEXT NOT NULL,
    pos                 INTEGER NOT NULL,
    type                TEXT NOT NULL,
    mode                TEXT,
    contexts_json       TEXT NOT NULL DEFAULT '[]',
    actor_countries     TEXT,
    recipient_countries TEXT,
    date                TEXT,
    date_lo             TEXT,
    date_hi             TEXT,
    date_text           TEXT,
    date_basis          TEXT,
    aux                 TEXT,
    location_json       TEXT,
    evidence_text       TEXT NOT NULL,
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    confidence          REAL,
    rule                TEXT,
    cameo_root          TEXT,
    cameo_code          TEXT,
    goldstein           REAL,
    quad_class          TEXT,
    lang                TEXT,
    outlet              TEXT,
    UNIQUE (doc_rid, event_id)
);
CREATE INDEX events_date ON events(date_lo);
CREATE INDEX events_type_date ON events(type, date_lo);

-- Every sentence reporting the event, the evidence sentence first.
CREATE TABLE event_spans (
    seq   INTEGER NOT NULL,
    pos   INTEGER NOT NULL,
    text  TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (seq, pos)
) WITHOUT ROWID;

CREATE TABLE event_contexts (
    seq     INTEGER NOT NULL,
    context TEXT NOT NULL,
    PRIMARY KEY (seq, context)
) WITHOUT ROWID;
CREATE INDEX event_contexts_context ON event_contexts(context, seq);

-- One row per member of each side (side 0 = actor, 1 = recipient). The flags mark the first row of a
-- country (or actor key) in the event, and of a country on its side, so that counts of events per
-- country or actor are plain sums instead of count(DISTINCT ...).
CREATE TABLE event_actors (
    seq                INTEGER NOT NULL,
    side               INTEGER NOT NULL,
    pos                INTEGER NOT NULL,
    entity             TEXT,
    name               TEXT,
    country            TEXT,
    sector             TEXT,
    actor_id           TEXT,
    date_lo            TEXT,
    actor_first        INTEGER NOT NULL,
    country_first      INTEGER NOT NULL,
    country_side_first INTEGER NOT NULL,
    PRIMARY KEY (seq, side, pos)
) WITHOUT ROWID;
CREATE INDEX event_actors_country ON event_actors(country, side, seq);
CREATE INDEX event_actors_actor ON event_actors(actor_id, side, seq);
CREATE INDEX event_actors_party ON event_actors(actor_id, actor_first, date_lo, seq);

-- Distinct (source, target) pairs of each event, level 0 = countries, 1 = actor keys ('' = unknown),
-- with the event's type, date, quad class and Goldstein value: a dyad's timeline, event page and the
-- network read these rows only. Clustered by pair, so one dyad is one contiguous range.
CREATE TABLE event_dyads (
    level      INTEGER NOT NULL,
    source     TEXT NOT NULL,
    target     TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    date       TEXT,
    date_lo    TEXT,
    date_hi    TEXT,
    quad_class TEXT,
    goldstein  REAL,
    PRIMARY KEY (level, source, target, seq)
) WITHOUT ROWID;
CREATE INDEX event_dyads_seq ON event_dyads(seq);
CREATE INDEX event_dyads_date ON event_dyads(level, date_lo, source, target, type, goldstein, date_hi);

-- Canonical actors across documents, their names in every language, and where they appear.
CREATE TABLE actors (
    actor_id TEXT PRIMARY KEY,
    label    TEXT,
    type     TEXT,
    country  TEXT,
    sector   TEXT,
    kb_id    TEXT
) WITHOUT ROWID;

-- How often each name of an actor is written, per article language ('' = the canonical name of an
-- entity); kept up to date when documents are replaced (n goes down to 0, the row stays).
CREATE TABLE actor_names (
    actor_id TEXT NOT NULL,
    lang     TEXT NOT NULL,
    name     TEXT NOT NULL,
    folded   TEXT NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (actor_id, lang, name)
) WITHOUT ROWID;

CREATE TABLE doc_actors (
    doc_rid  INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (doc_rid, actor_id)
) WITHOUT ROWID;
CREATE INDEX doc_actors_actor ON doc_actors(actor_id, doc_rid);

-- Bumped by every write: read aggregates over the whole store are cached until it changes.
CREATE TABLE store_state (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO store_state (id, version) VALUES (1, 0);

-- Title and body as marsad.store.fts readings, and the article's language (to filter inside the index);
-- rowid = documents.rid.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, lang, tokenize = 'unicode61 remove_diacritics 0');
