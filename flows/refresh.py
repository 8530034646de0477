"""Derived data after a story changes: its ``story_summaries`` row and the Parquet exports.

``newsflow serve`` deploys ``refresh_flow`` with a trigger on ``newsflow.story.updated``, so every
ingest that touches a story refreshes it within seconds. The functions below take a connection and
run without Prefect too (backfills, tests).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
from prefect import flow, task

from flows.config import warehouse_path
from warehouse import store

STORY_PREFIX = "newsflow.story."
EXPORT_TABLES = ("articles", "stories", "quotes", "facts", "fact_sources", "participants", "summits", "entities")
EXPORT_STAMP = "_export.json"

_SUMMARY_SQL = """
INSERT INTO story_summaries
WITH a AS (SELECT * FROM articles WHERE story_id = $story),
f AS (
    SELECT af.fact_id, any_value(af.statement) AS statement,
           count(DISTINCT af.article_id) FILTER (WHERE a.duplicate_of IS NULL) AS n
    FROM article_facts af JOIN a USING (article_id)
    GROUP BY af.fact_id
),
p AS (
    SELECT coalesce(any_value(e.name), mode(ap.name)) AS name,
           count(DISTINCT ap.article_id) FILTER (WHERE a.duplicate_of IS NULL) AS n
    FROM article_participants ap JOIN a USING (article_id) LEFT JOIN entities e USING (entity_id)
    GROUP BY ap.entity_id
)
SELECT $story,
       arg_min(a.title, coalesce(a.published_at, a.landed_at)),
       count(*) FILTER (WHERE a.duplicate_of IS NULL),
       count(*),
       count(DISTINCT a.source),
       coalesce((SELECT list({'fact_id': fact_id, 'statement': statement, 'source_count': n}
                             ORDER BY n DESC, fact_id) FROM f), []),
       coalesce((SELECT list(name ORDER BY n DESC, name)[1:5] FROM p), []),
       min(a.published_at),
       max(a.published_at),
       $now
FROM a
HAVING count(*) > 0
"""


def story_id_from(value: str) -> str:
    """Accept a bare story id or the event resource id ``newsflow.story.<id>``."""
    return value.strip().removeprefix(STORY_PREFIX).strip()


def story_ids_from(value: str) -> list[str]:
    """One or more story ids, comma-separated (a batch event's ``story_ids``), bare or as resource ids."""
    return list(dict.fromkeys(sid for sid in (story_id_from(v) for v in value.split(",")) if sid))


def refresh_story(con: duckdb.DuckDBPyConnection, story_id: str) -> bool:
    """Rebuild one story's summary row in one transaction; False when the story no longer exists.

    Summaries of stories that were absorbed into others are dropped at the same time.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM story_summaries WHERE story_id = ?", [story_id])
        con.execute(
            "DELETE FROM story_summaries WHERE story_id NOT IN "
            "(SELECT DISTINCT story_id FROM articles WHERE story_id IS NOT NULL)"
        )
        con.execute(_SUMMARY_SQL, {"story": story_id, "now": store.now()})
        found = con.execute("SELECT count(*) FROM story_summaries WHERE story_id = ?", [story_id]).fetchone()[0]
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return bool(found)


def refresh_all_stories(con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild every story's summary (a backfill); returns how many stories there are."""
    ids = [r[0] for r in con.execute(
        "SELECT DISTINCT story_id FROM articles WHERE story_id IS NOT NULL ORDER BY 1").fetchall()]
    for story_id in ids:
        refresh_story(con, story_id)
    return len(ids)


def exports_dir(warehouse: str | Path) -> Path:
    """Where the Parquet exports of a warehouse live: ``<warehouse dir>/exports``."""
    return Path(warehouse).resolve().parent / "exports"


def _stamp(con: duckdb.DuckDBPyConnection) -> dict:
    """What the exported tables depend on; equal stamps mean the exports are current."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT max(landed_at) FROM articles), "
        "(SELECT count(*) FROM entities), (SELECT count(*) FROM quotes), (SELECT count(*) FROM article_facts)"
    ).fetchone()
    return {"articles": row[0], "last_landed_at": str(row[1]), "entities": row[2], "quotes": row[3], "facts": row[4]}


def export_tables(con: duckdb.DuckDBPyConnection, warehouse: str | Path, *, force: bool = False) -> list[Path]:
    """Write ``exports/<table>.parquet`` for the analyst-facing tables, each atomically (temp file + rename).

    Skipped when nothing they depend on changed since the last export (many story events, one export).
    Returns the files written.
    """
    out = exports_dir(warehouse)
    out.mkdir(parents=True, exist_ok=True)
    stamp = _stamp(con)
    stamp_file = out / EXPORT_STAMP
    current = all((out / f"{t}.parquet").exists() for t in EXPORT_TABLES)
    if not force and current and stamp_file.exists():
        try:
            if json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
                return []
        except (OSError, ValueError):
            pass
    written = []
    for table in EXPORT_TABLES:
        final = out / f"{table}.parquet"
        tmp = out / f".{table}.parquet.{os.getpid()}.tmp"
        path_sql = str(tmp).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {table}) TO '{path_sql}' (FORMAT parquet)")
        os.replace(tmp, final)
        written.append(final)
    tmp = out / f".{EXPORT_STAMP}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(stamp), encoding="utf-8")
    os.replace(tmp, stamp_file)
    return written


@task(name="rebuild-story-summaries", cache_policy=None, persist_result=False)
def rebuild_story_summaries_task(warehouse: str, story_ids: list[str], lock_timeout: float) -> dict[str, bool]:
    """Rebuild the ``story_summaries`` rows of these stories (one connection, one task run)."""
    con = store.connect(warehouse, lock_timeout=lock_timeout)
    try:
        store.migrate(con)
        return {sid: refresh_story(con, sid) for sid in story_ids}
    finally:
        con.close()


@task(name="export-parquet", cache_policy=None, persist_result=False)
def export_tables_task(warehouse: str, lock_timeout: float) -> list[str]:
    """Refresh the Parquet exports of the analyst-facing tables."""
    con = store.connect(warehouse, lock_timeout=lock_timeout)
    try:
        return [str(p) for p in export_tables(con, warehouse)]
    finally:
        con.close()


@flow(name="newsflow-refresh", log_prints=True)
def refresh_flow(story_id: str, warehouse: str | None = None, lock_timeout: float = 600.0, export: bool = True) -> dict:
    """Rebuild stories' summary rows, then bring the Parquet exports up to date.

    Args:
        story_id: one story or several, comma-separated (the ``story_ids`` of a ``newsflow.batch.landed``
            event), each bare or as the resource id ``newsflow.story.<id>``.
        warehouse: the DuckDB file (the triggering event's payload names it).
        lock_timeout: seconds to wait for an ingest holding the warehouse.
        export: also refresh ``<warehouse dir>/exports/*.parquet``.
    """
    path = str(Path(warehouse_path(warehouse or None)).resolve())
    ids = story_ids_from(story_id)
    if not Path(path).exists():
        raise FileNotFoundError(f"warehouse {path} does not exist; the event named a warehouse this machine lacks "
                                f"(run the refresh with warehouse=<path of your DuckDB file>)")
    found = rebuild_story_summaries_task(path, ids, lock_timeout) if ids else {}
    rebuilt = sum(found.values())
    print(f"stories: {rebuilt} summaries rebuilt, {len(found) - rebuilt} removed (story no longer exists) in {path}")
    written = export_tables_task(path, lock_timeout) if export else []
    print(f"exports: {len(written)} Parquet files written under {exports_dir(path)}" if written
          else "exports: already current")
    return {"story_ids": ids, "found": found, "exported": written}
