-- One row per story, rebuilt by the newsflow-refresh flow when a newsflow.story.updated event
-- arrives (or by flows.refresh.refresh_all_stories). Derived data: safe to delete and rebuild.

CREATE TABLE story_summaries (
    story_id           VARCHAR PRIMARY KEY,
    title              VARCHAR,
    article_count      INTEGER NOT NULL,         -- independent articles (not duplicate copies)
    copies_count       INTEGER NOT NULL,         -- every article, duplicates included
    source_count       INTEGER NOT NULL,         -- distinct feeds the story's articles came from
    facts              STRUCT(fact_id VARCHAR, statement VARCHAR, source_count INTEGER)[],  -- source_count: independent articles of the story stating it
    top_participants   VARCHAR[],                -- up to 5 names, most-cited first
    first_published_at TIMESTAMPTZ,
    last_published_at  TIMESTAMPTZ,
    refreshed_at       TIMESTAMPTZ NOT NULL
);
