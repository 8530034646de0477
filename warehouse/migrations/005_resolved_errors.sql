-- An error row can be resolved by a later run: an article that landed without facts (a `facts` warning)
-- whose facts a `--retry-failed` run extracted after all. The row stays (the log keeps what happened);
-- `resolved_run` names the run that fixed it, and resolved rows are no longer retried.
ALTER TABLE ingest_errors ADD COLUMN resolved_run VARCHAR;
