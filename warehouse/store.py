"""The DuckDB warehouse: connect (waiting politely for the single-writer lock), migrate, read and write.

Writes are idempotent: an article's derived rows (mentions, quotes, summits, participants, facts)
are replaced as a whole, delete-then-insert, in the same transaction as the article itself, and
bulk inserts go through Arrow, never row by row.
"""

from __future__ import annotations

import json
import re
import time
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

import duckdb
import pyarrow as pa


class WarehouseError(RuntimeError):
    """The warehouse cannot be used; the message says why and what to do."""


class WarehouseBusy(WarehouseError):
    """Another process holds the warehouse's write lock and did not let go in time."""


_LOCK_HINTS = ("could not set lock", "conflicting lock", "resource temporarily unavailable")


def connect(path: str | Path, *, read_only: bool = False, lock_timeout: float = 60.0) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file, waiting up to ``lock_timeout`` seconds while another writer holds it."""
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(f"warehouse {path} does not exist yet; run `newsflow ingest` first or pass --warehouse")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + max(0.0, lock_timeout)
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            msg = str(exc)
            if any(h in msg.lower() for h in _LOCK_HINTS):
                if time.monotonic() >= deadline:
                    holder = re.search(r"PID (\d+)", msg)
                    who = f" (held by process {holder.group(1)})" if holder else ""
                    raise WarehouseBusy(
                        f"warehouse {path} is locked by another newsflow or DuckDB process{who}; "
                        f"wait for it to finish or raise --lock-timeout (waited {lock_timeout:g} s)"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
                continue
            raise WarehouseError(
                f"warehouse {path} cannot be opened: {msg.splitlines()[0]}; if the file is damaged or not a "
                f"DuckDB database, move it away or pass another --warehouse"
            ) from None


def _migrations() -> list[tuple[int, str, str]]:
    """The numbered migrations shipped in warehouse/migrations, in order."""
    found = []
    for entry in resources.files("warehouse").joinpath("migrations").iterdir():
        m = re.match(r"^(\d+)_(.+)\.sql$", entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations not yet recorded in ``_migrations``, each in its own transaction."""
    has_table = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = '_migrations'"
    ).fetchall()[0][0]
    applied = {r[0] for r in con.execute("SELECT version FROM _migrations").fetchall()} if has_table else set()
    done = []
    for version, name, sql in _migrations():
        if version in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO _migrations VALUES (?, ?, ?)", [version, name, now()])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        done.append(version)
    return done


def now() -> datetime:
    """The current time, UTC."""
    return datetime.now(timezone.utc)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                types: dict[str, pa.DataType] | None = None, replace: bool = False) -> int:
    """Bulk-insert rows through one Arrow table (never row by row); ``replace`` upserts on the primary key."""
    if not rows:
        return 0
    types = types or {}
    arrays = []
    for i, col in enumerate(columns):
        values = [r[i] for r in rows]
        arrays.append(pa.array(values, type=types.get(col)))
    batch = pa.Table.from_arrays(arrays, names=list(columns))
    con.register("_nf_batch", batch)
    try:
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        con.execute(f"{verb} INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _nf_batch")
    finally:
        _unregister(con, "_nf_batch")
    return len(rows)


def _unregister(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop a registered Arrow view without masking the error that aborted the transaction."""
    try:
        con.unregister(name)
    except duckdb.Error:
        pass  # the transaction is aborted; the caller's ROLLBACK clears the view's catalog entry


def delete_for_articles(con: duckdb.DuckDBPyConnection, tables: Iterable[str], article_ids: Sequence[str]) -> None:
    """Remove the derived rows of these articles, before their fresh rows are inserted."""
    if not article_ids:
        return
    ids = pa.table({"article_id": pa.array(list(article_ids), type=pa.string())})
    con.register("_nf_ids", ids)
    try:
        for table in tables:
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _nf_ids)")
    finally:
        _unregister(con, "_nf_ids")


# --- runs and errors -------------------------------------------------------------------------------

def start_run(con: duckdb.DuckDBPyConnection, run_id: str, sources: Sequence[str], flow_run_id: str | None = None) -> None:
    """Record that a run began."""
    con.execute(
        "INSERT INTO runs (run_id, started_at, status, sources, flow_run_id) VALUES (?, ?, 'running', ?, ?)",
        [run_id, now(), list(sources), flow_run_id],
    )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, counts: dict[str, int], message: str | None = None) -> None:
    """Record a run's outcome and counts."""
    cols = ["documents_seen", "articles_new", "articles_updated", "articles_unchanged", "articles_duplicate",
            "failed", "stories", "quotes", "facts"]
    con.execute(
        f"UPDATE runs SET finished_at = ?, status = ?, message = ?, {', '.join(f'{c} = ?' for c in cols)} WHERE run_id = ?",
        [now(), status, message] + [int(counts.get(c, 0)) for c in cols] + [run_id],
    )


def record_errors(con: duckdb.DuckDBPyConnection, run_id: str, errors: Sequence[tuple[str, str, str, str]],
                  raw_hashes: dict[str, str] | None = None) -> None:
    """Store failures as ``ingest_errors`` rows: (source, locator, stage, error).

    ``raw_hashes`` maps the locators whose bytes failed a deterministic stage to those bytes' hash, so the
    next run can skip the same bytes instead of failing on them again.
    """
    when = now()
    raw_hashes = raw_hashes or {}
    insert_rows(con, "ingest_errors", ["run_id", "source", "locator", "stage", "error", "occurred_at", "raw_hash"],
                [(run_id, s, loc, stage, err, when, raw_hashes.get(loc)) for s, loc, stage, err in errors],
                types={"occurred_at": pa.timestamp("us", tz="UTC"), "raw_hash": pa.string()})


def load_input_files(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int]]:
    """locator -> (size, mtime_ns) of every local file whose bytes have landed."""
    return {r[0]: (r[1], r[2]) for r in con.execute("SELECT locator, size, mtime_ns FROM input_files").fetchall()}


def save_input_files(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple[str, int, int, str]], run_id: str) -> None:
    """Upsert (locator, size, mtime_ns, raw_hash) of local files whose bytes have landed."""
    insert_rows(con, "input_files", ["locator", "size", "mtime_ns", "raw_hash", "run_id"],
                [(*r, run_id) for r in rows], types={"size": pa.int64(), "mtime_ns": pa.int64()}, replace=True)


# --- feed state -----------------------------------------------------------------------------------

def load_feed_state(con: duckdb.DuckDBPyConnection, feed: str) -> dict:
    """The stored fetch state of a feed (ETag, Last-Modified, ...), or {}."""
    rows = con.execute("SELECT state FROM feed_state WHERE feed = ?", [feed]).fetchall()
    return json.loads(rows[0][0]) if rows and rows[0][0] else {}


def save_feed_state(con: duckdb.DuckDBPyConnection, feed: str, state: dict, run_id: str, status: str,
                    new_count: int, failed_count: int) -> None:
    """Upsert a feed's fetch state and last poll outcome."""
    con.execute(
        "INSERT OR REPLACE INTO feed_state VALUES (?, ?, ?, ?, ?, ?, ?)",
        [feed, json.dumps(state, default=str), run_id, now(), status, new_count, failed_count],
    )


def feed_states(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    """Every feed's last poll outcome, keyed by feed name."""
    rows = con.execute(
        "SELECT feed, last_polled_at, last_status, new_count, failed_count, "
        "(SELECT count(*) FROM articles a WHERE a.source = f.feed) FROM feed_state f"
    ).fetchall()
    return {r[0]: {"last_polled_at": r[1], "last_status": r[2], "new": r[3], "failed": r[4], "articles": r[5]} for r in rows}


# --- state blobs ----------------------------------------------------------------------------------

def load_state(con: duckdb.DuckDBPyConnection, name: str) -> bytes | None:
    """An opaque component state, or None."""
    rows = con.execute("SELECT state FROM pipeline_state WHERE name = ?", [name]).fetchall()
    return bytes(rows[0][0]) if rows and rows[0][0] is not None else None


def save_state(con: duckdb.DuckDBPyConnection, name: str, state: bytes) -> None:
    """Store an opaque component state."""
    con.execute("INSERT OR REPLACE INTO pipeline_state VALUES (?, ?, ?)", [name, state, now()])
