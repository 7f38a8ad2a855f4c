-- 0001_initial: documents and what was extracted from them, failures, runs.
-- `pos` columns keep the order of entities, mentions and events as extracted, so that a stored
-- document rebuilds to exactly the same JSON record.

CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
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

CREATE TABLE entities (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    pos       INTEGER NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    country   TEXT,
    sector    TEXT,
    role      TEXT,
    kb_id     TEXT,
    PRIMARY KEY (doc_id, entity_id)
);

CREATE TABLE mentions (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    pos        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    label      TEXT,
    rule       TEXT,
    confidence REAL,
    PRIMARY KEY (doc_id, entity_id, start, "end")
);

CREATE TABLE events (
    doc_id              TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id            TEXT NOT NULL,
    pos                 INTEGER NOT NULL,
    type                TEXT NOT NULL,
    mode                TEXT,
    contexts_json       TEXT NOT NULL DEFAULT '[]',
    actor_json          TEXT NOT NULL DEFAULT '[]',
    recipient_json      TEXT NOT NULL DEFAULT '[]',
    actor_countries     TEXT,
    recipient_countries TEXT,
    date                TEXT,
    date_text           TEXT,
    date_basis          TEXT,
    aux                 TEXT,
    location_json       TEXT,
    evidence_text       TEXT NOT NULL,
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    confidence          REAL,
    rule                TEXT,
    PRIMARY KEY (doc_id, event_id)
);

CREATE TABLE failures (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER,
    article_id TEXT NOT NULL,
    source     TEXT NOT NULL,
    stage      TEXT NOT NULL,
    code       TEXT NOT NULL,
    message    TEXT NOT NULL,
    at         TEXT NOT NULL,
    UNIQUE (article_id, source, stage, code)
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    config_json TEXT NOT NULL DEFAULT '{}',
    n_ok        INTEGER,
    n_failed    INTEGER,
    n_skipped   INTEGER
);

CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);
CREATE INDEX documents_lang ON documents(lang);
