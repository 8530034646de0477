-- The analyst-facing views. Independent = not a duplicate copy.

CREATE OR REPLACE VIEW independent_articles AS
    SELECT * FROM articles WHERE duplicate_of IS NULL;

CREATE OR REPLACE VIEW stories AS
    SELECT a.story_id,
           arg_min(a.title, coalesce(a.published_at, a.landed_at)) AS title,
           min(a.published_at)                                      AS first_published_at,
           max(a.published_at)                                      AS last_published_at,
           count(*) FILTER (WHERE a.duplicate_of IS NULL)           AS article_count,
           count(*)                                                 AS copies_count,
           max(a.landed_at)                                         AS updated_at
    FROM articles a
    WHERE a.story_id IS NOT NULL
    GROUP BY a.story_id;

CREATE OR REPLACE VIEW summits AS
    SELECT s.summit_id,
           mode(s.name)          AS name,
           mode(s.organization)  AS organization,
           mode(s.city)          AS city,
           mode(s.country)       AS country,
           min(s.start_date)     AS start_date,
           max(s.end_date)       AS end_date,
           count(DISTINCT s.article_id) FILTER (WHERE a.duplicate_of IS NULL) AS source_count
    FROM article_summits s JOIN articles a USING (article_id)
    GROUP BY s.summit_id;

CREATE OR REPLACE VIEW participants AS
    SELECT p.summit_id,
           p.entity_id,
           coalesce(any_value(e.name), mode(p.name)) AS name,
           mode(p.role)        AS role,
           mode(p.affiliation) AS affiliation,
           count(DISTINCT p.article_id) FILTER (WHERE a.duplicate_of IS NULL) AS source_count
    FROM article_participants p
    JOIN articles a USING (article_id)
    LEFT JOIN entities e USING (entity_id)
    GROUP BY p.summit_id, p.entity_id;

CREATE OR REPLACE VIEW facts AS
    SELECT f.fact_id,
           any_value(f.summit_id) AS summit_id,
           any_value(f.kind)      AS kind,
           any_value(f.statement) AS statement,
           any_value(f.actor)     AS actor,
           any_value(f.action)    AS action,
           any_value(f.object)    AS object,
           count(DISTINCT f.article_id) FILTER (WHERE a.duplicate_of IS NULL) AS source_count
    FROM article_facts f JOIN articles a USING (article_id)
    GROUP BY f.fact_id;

CREATE OR REPLACE VIEW fact_sources AS
    SELECT f.fact_id, f.article_id, f.char_start, f.char_end,
           substr(a.body, f.char_start + 1, f.char_end - f.char_start) AS evidence,
           a.duplicate_of IS NOT NULL AS is_duplicate
    FROM article_facts f JOIN articles a USING (article_id);

CREATE OR REPLACE VIEW quote_sources AS
    SELECT q.*, a.title AS article_title, a.url, a.duplicate_of IS NULL AS independent,
           substr(a.body, q.sentence_start + 1, q.sentence_end - q.sentence_start) AS sentence
    FROM quotes q JOIN articles a USING (article_id);
