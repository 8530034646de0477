-- What each input was, so that a re-run skips inputs it has already seen:
--  * every version remembers the locator it came from (two files claiming the same canonical URL no
--    longer flip the article between their texts on every run);
--  * a failure of a deterministic stage (decode, clean, extract) remembers the bytes that failed, so the
--    same bytes are not processed and recorded again on the next run (--retry-failed overrides).
ALTER TABLE article_versions ADD COLUMN locator VARCHAR;
ALTER TABLE ingest_errors ADD COLUMN raw_hash VARCHAR;
