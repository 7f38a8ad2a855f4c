-- pg_0001_schema: the PostgreSQL schema, table for table the SQLite one after 0002_workbench.
-- Text is compared in byte order (COLLATE "C"), as in SQLite, so both backends sort and range-match
-- actor keys and dates alike whatever the database's locale. Keys come from the two sequences, taken
-- in bulk by the writer before it COPYs a batch.

CREATE SEQUENCE document_rids;
CREATE SEQUENCE event_seqs;

CREATE TABLE documents (
    rid             BIGINT PRIMARY KEY,
    id              TEXT COLLATE "C" NOT NULL UNIQUE,
    source          TEXT NOT NULL,
    url             TEXT,
    outlet          TEXT COLLATE "C",
    lang            TEXT COLLATE "C",
    title           TEXT,
    published       TEXT COLLATE "C",
    published_basis TEXT,
    body            TEXT NOT NULL,
    removed_json    TEXT NOT NULL DEFAULT '[]',
    warnings_json   TEXT NOT NULL DEFAULT '[]',
    paragraphs_json TEXT NOT NULL DEFAULT '[]',
    content_hash    TEXT NOT NULL,
    run_id          BIGINT,
    stored_at       TEXT NOT NULL,
    -- marsad.store.fts readings of title and body, as lexemes (no text-search configuration involved)
    search          TSVECTOR NOT NULL DEFAULT ''
);
CREATE INDEX documents_lang ON documents(lang);
CREATE INDEX documents_newest ON documents(published DESC NULLS LAST, rid DESC);
CREATE INDEX documents_search ON documents USING GIN (search);

CREATE TABLE entities (
    doc_rid   BIGINT NOT NULL,
    entity_id TEXT COLLATE "C" NOT NULL,
    pos       INTEGER NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    country   TEXT COLLATE "C",
    sector    TEXT,
    role      TEXT COLLATE "C",
    kb_id     TEXT,
    actor_id  TEXT COLLATE "C" NOT NULL,
    published TEXT COLLATE "C",
    PRIMARY KEY (doc_rid, entity_id)
);
CREATE INDEX entities_roles ON entities(actor_id, role, published) INCLUDE (doc_rid);

CREATE TABLE mentions (
    doc_rid    BIGINT NOT NULL,
    entity_id  TEXT COLLATE "C" NOT NULL,
    pos        INTEGER NOT NULL,
    text       TEXT COLLATE "C" NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    label      TEXT,
    rule       TEXT,
    confidence DOUBLE PRECISION,
    PRIMARY KEY (doc_rid, entity_id, start, "end")
);

CREATE TABLE events (
    seq                 BIGINT PRIMARY KEY,
    doc_rid             BIGINT NOT NULL,
    event_id            TEXT COLLATE "C" NOT NULL,
    pos                 INTEGER NOT NULL,
    type                TEXT COLLATE "C" NOT NULL,
    mode                TEXT COLLATE "C",
    contexts_json       TEXT NOT NULL DEFAULT '[]',
    actor_countries     TEXT COLLATE "C",
    recipient_countries TEXT COLLATE "C",
    date                TEXT COLLATE "C",
    date_lo             TEXT COLLATE "C",
    date_hi             TEXT COLLATE "C",
    date_text           TEXT,
    date_basis          TEXT,
    aux                 TEXT COLLATE "C",
    location_json       TEXT,
    evidence_text       TEXT NOT NULL,
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    confidence          DOUBLE PRECISION,
    rule                TEXT,
    cameo_root          TEXT,
    cameo_code          TEXT,
    goldstein           DOUBLE PRECISION,
    quad_class          TEXT COLLATE "C",
    lang                TEXT COLLATE "C",
    outlet              TEXT COLLATE "C",
    UNIQUE (doc_rid, event_id)
);
CREATE INDEX events_date ON events(date_lo DESC NULLS LAST, seq DESC);
CREATE INDEX events_type_date ON events(type, date_lo);

CREATE TABLE event_spans (
    seq   BIGINT NOT NULL,
    pos   INTEGER NOT NULL,
    text  TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (seq, pos)
);

CREATE TABLE event_contexts (
    seq     BIGINT NOT NULL,
    context TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (seq, context)
);
CREATE INDEX event_contexts_context ON event_contexts(context, seq);

CREATE TABLE event_actors (
    seq                BIGINT NOT NULL,
    side               SMALLINT NOT NULL,
    pos                INTEGER NOT NULL,
    entity             TEXT,
    name               TEXT COLLATE "C",
    country            TEXT COLLATE "C",
    sector             TEXT,
    actor_id           TEXT COLLATE "C",
    date_lo            TEXT COLLATE "C",
    actor_first        SMALLINT NOT NULL,
    country_first      SMALLINT NOT NULL,
    country_side_first SMALLINT NOT NULL,
    PRIMARY KEY (seq, side, pos)
);
CREATE INDEX event_actors_country ON event_actors(country, side, seq);
CREATE INDEX event_actors_actor ON event_actors(actor_id, side, seq);
CREATE INDEX event_actors_party ON event_actors(actor_id, actor_first, date_lo DESC NULLS LAST, seq DESC);

-- Covering indexes stand in for SQLite's clustered WITHOUT ROWID table (index-only scans after VACUUM).
CREATE TABLE event_dyads (
    level      SMALLINT NOT NULL,
    source     TEXT COLLATE "C" NOT NULL,
    target     TEXT COLLATE "C" NOT NULL,
    seq        BIGINT NOT NULL,
    type       TEXT COLLATE "C" NOT NULL,
    date       TEXT COLLATE "C",
    date_lo    TEXT COLLATE "C",
    date_hi    TEXT COLLATE "C",
    quad_class TEXT COLLATE "C",
    goldstein  DOUBLE PRECISION,
    PRIMARY KEY (level, source, target, seq) INCLUDE (type, date, date_lo, date_hi, quad_class, goldstein)
);
CREATE INDEX event_dyads_seq ON event_dyads(seq);
CREATE INDEX event_dyads_date ON event_dyads(level, date_lo, source, target, type) INCLUDE (goldstein, date_hi);

CREATE TABLE actors (
    actor_id TEXT COLLATE "C" PRIMARY KEY,
    label    TEXT COLLATE "C",
    type     TEXT,
    country  TEXT COLLATE "C",
    sector   TEXT,
    kb_id    TEXT
);

CREATE TABLE actor_names (
    actor_id TEXT COLLATE "C" NOT NULL,
    lang     TEXT COLLATE "C" NOT NULL,
    name     TEXT COLLATE "C" NOT NULL,
    folded   TEXT COLLATE "C" NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (actor_id, lang, name)
);

CREATE TABLE doc_actors (
    doc_rid  BIGINT NOT NULL,
    actor_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (doc_rid, actor_id)
);
CREATE INDEX doc_actors_actor ON doc_actors(actor_id, doc_rid);

-- Bumped by every write: read aggregates over the whole store are cached until it changes.
CREATE TABLE store_state (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO store_state (id, version) VALUES (1, 0);

CREATE TABLE failures (
    id         BIGSERIAL PRIMARY KEY,
    run_id     BIGINT,
    article_id TEXT COLLATE "C" NOT NULL,
    source     TEXT COLLATE "C" NOT NULL,
    stage      TEXT COLLATE "C" NOT NULL,
    code       TEXT COLLATE "C" NOT NULL,
    message    TEXT NOT NULL,
    at         TEXT COLLATE "C" NOT NULL,
    UNIQUE (article_id, source, stage, code)
);

CREATE TABLE runs (
    id          BIGSERIAL PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    config_json TEXT NOT NULL DEFAULT '{}',
    n_ok        INTEGER,
    n_failed    INTEGER,
    n_skipped   INTEGER
);
