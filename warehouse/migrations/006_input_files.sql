-- The size and modification time (ns) of every local file whose bytes have landed, with those bytes'
-- hash: a re-run over the same folder skips a file whose size and mtime are unchanged without reading
-- or hashing it (the quick check of make and rsync). Any other file is read and compared by hash.
CREATE TABLE input_files (
    locator  VARCHAR PRIMARY KEY,
    size     BIGINT NOT NULL,
    mtime_ns BIGINT NOT NULL,
    raw_hash VARCHAR NOT NULL,
    run_id   VARCHAR
);
