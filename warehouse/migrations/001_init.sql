-- newsflow warehouse, version 1. Offsets are 0-based, end-exclusive into articles.body:
-- substr(body, char_start + 1, char_end - char_start) is exactly the evidence text.

CREATE TABLE runs (
    run_id            VARCHAR PRIMARY KEY,
    started_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ,
    status            VARCHAR NOT NULL,          -- running | completed | failed
    sources           VARCHAR[],
    flow_run_id       VARCHAR,                   -- the Prefect flow run, when orchestrated
    documents_seen    INTEGER DEFAULT 0,
    articles_new      INTEGER DEFAULT 0,
    articles_updated  INTEGER DEFAULT 0,
    articles_unchanged INTEGER DEFAULT 0,
    articles_duplicate INTEGER DEFAULT 0,
    failed            INTEGER DEFAULT 0,
    stories           INTEGER DEFAULT 0,
    quotes            INTEGER DEFAULT 0,
    facts             INTEGER DEFAULT 0,
    message           VARCHAR
);

-- One row per article (its latest version). A duplicate keeps its row, with duplicate_of naming the
-- canonical (earliest landed) copy. Nothing is ever deleted.
CREATE TABLE articles (
    article_id        VARCHAR PRIMARY KEY,       -- sha256(identity_key)[:16]
    identity_key      VARCHAR NOT NULL UNIQUE,   -- canonical URL, feed GUID or file path
    source            VARCHAR NOT NULL,          -- feed name
    url               VARCHAR,
    guid              VARCHAR,
    locator           VARCHAR,                   -- file path or fetched URL
    title             VARCHAR,
    authors           VARCHAR[],
    contributors      VARCHAR[],
    published_at      TIMESTAMPTZ,
    published_source  VARCHAR,                   -- feed | meta | jsonld | byline | url | comments
    fetched_at        TIMESTAMPTZ,
    landed_at         TIMESTAMPTZ NOT NULL,
    site_name         VARCHAR,
    language          VARCHAR,
    body              VARCHAR NOT NULL,
    word_count        INTEGER,
    content_hash      VARCHAR NOT NULL,          -- sha256 of the normalised body
    raw_hash          VARCHAR NOT NULL,          -- sha256 of the bytes as delivered (skips re-cleaning)
    version           INTEGER NOT NULL DEFAULT 1,
    story_id          VARCHAR,
    duplicate_of      VARCHAR,
    duplicate_kind    VARCHAR,                   -- exact | near
    duplicate_score   DOUBLE,                    -- Jaccard on word 5-shingles for near duplicates
    removed           VARCHAR[],                 -- kinds of boilerplate the cleaner removed
    run_id            VARCHAR
);
CREATE INDEX articles_hash ON articles(content_hash);

-- Every version of every article; articles holds the latest.
CREATE TABLE article_versions (
    article_id   VARCHAR NOT NULL,
    version      INTEGER NOT NULL,
    content_hash VARCHAR NOT NULL,
    raw_hash     VARCHAR NOT NULL,
    title        VARCHAR,
    body         VARCHAR NOT NULL,
    fetched_at   TIMESTAMPTZ,
    run_id       VARCHAR,
    PRIMARY KEY (article_id, version)
);

-- MinHash signatures (not shingle sets): a new article is checked against everything landed.
CREATE TABLE signatures (
    article_id VARCHAR PRIMARY KEY,
    signature  BLOB NOT NULL
);

-- Opaque incremental state of named components (the story clusterer).
CREATE TABLE pipeline_state (
    name       VARCHAR PRIMARY KEY,
    state      BLOB,
    updated_at TIMESTAMPTZ
);

-- Per-feed fetch state (ETag, Last-Modified, last poll outcome).
CREATE TABLE feed_state (
    feed        VARCHAR PRIMARY KEY,
    state       JSON,
    last_run_id VARCHAR,
    last_polled_at TIMESTAMPTZ,
    last_status VARCHAR,
    new_count   INTEGER,
    failed_count INTEGER
);

CREATE TABLE ingest_errors (
    run_id      VARCHAR NOT NULL,
    source      VARCHAR,
    locator     VARCHAR NOT NULL,
    stage       VARCHAR NOT NULL,
    error       VARCHAR NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);

-- One row per real-world entity; spelling variants are aliases of one row.
CREATE TABLE entities (
    entity_id VARCHAR PRIMARY KEY,               -- e.g. person:volodymyr-zelenskyy
    kind      VARCHAR NOT NULL,                  -- person | organization | country | place
    name      VARCHAR NOT NULL,
    aliases   VARCHAR[]
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL
);

CREATE TABLE quotes (
    quote_id       VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    speaker_id     VARCHAR,
    speaker        VARCHAR,
    text           VARCHAR NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    kind           VARCHAR                        -- direct | partial
);

-- Per-article findings; the public summits / participants / facts / fact_sources are views over them,
-- so source counts are always recomputed from non-duplicate articles.
CREATE TABLE article_summits (
    article_id   VARCHAR NOT NULL,
    summit_id    VARCHAR NOT NULL,
    name         VARCHAR,
    organization VARCHAR,
    city         VARCHAR,
    country      VARCHAR,
    start_date   DATE,
    end_date     DATE
);

CREATE TABLE article_participants (
    article_id  VARCHAR NOT NULL,
    summit_id   VARCHAR,
    entity_id   VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    role        VARCHAR,
    affiliation VARCHAR
);

CREATE TABLE article_facts (
    article_id VARCHAR NOT NULL,
    fact_id    VARCHAR NOT NULL,                 -- the canonical fact key: same fact, same id
    summit_id  VARCHAR,
    kind       VARCHAR NOT NULL,
    statement  VARCHAR NOT NULL,
    actor      VARCHAR,
    action     VARCHAR,
    object     VARCHAR,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL
);

CREATE TABLE _migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL
);
