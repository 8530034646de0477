"""Story summaries and Parquet exports, without Prefect (the triggered run is in test_serve.py)."""

from __future__ import annotations

import duckdb
import pytest

from flows.config import FeedSpec
from flows.pipeline import run_ingest
from flows.refresh import (EXPORT_TABLES, export_tables, exports_dir, refresh_all_stories, refresh_story, story_id_from,
                           story_ids_from)
from warehouse import store


@pytest.fixture
def landed(warehouse, seeds_dir):
    """A warehouse holding the seeds, and an open write connection to it."""
    run_ingest([FeedSpec(name="seeds", kind="local", path=str(seeds_dir))], str(warehouse), progress=None)
    con = store.connect(warehouse)
    store.migrate(con)
    yield con
    con.close()


def test_story_id_accepts_the_event_resource_id():
    assert story_id_from("newsflow.story.story-abc") == "story-abc"
    assert story_id_from("story-abc") == "story-abc"
    assert story_ids_from("s1,newsflow.story.s2, s1,,") == ["s1", "s2"]


def test_refresh_story_matches_the_stories_view(landed):
    stories = landed.execute("SELECT story_id, title, article_count, first_published_at FROM stories ORDER BY 1").fetchall()
    assert stories
    for story_id, *_ in stories:
        assert refresh_story(landed, story_id) is True
    got = landed.execute(
        "SELECT story_id, title, article_count, first_published_at FROM story_summaries ORDER BY 1").fetchall()
    assert got == stories
    row = landed.execute("SELECT source_count, top_participants, facts, refreshed_at FROM story_summaries").fetchone()
    assert row[0] == 1 and len(row[1]) <= 5 and row[3] is not None
    assert all(f["source_count"] >= 1 for f in row[2])


def test_refresh_is_idempotent_and_drops_stories_that_are_gone(landed):
    assert refresh_all_stories(landed) >= 1
    before = landed.execute("SELECT story_id, article_count, facts FROM story_summaries ORDER BY 1").fetchall()
    refresh_all_stories(landed)
    assert landed.execute("SELECT story_id, article_count, facts FROM story_summaries ORDER BY 1").fetchall() == before
    gone = before[0][0]
    landed.execute("UPDATE articles SET story_id = 'story-survivor' WHERE story_id = ?", [gone])  # as a merge does
    assert refresh_story(landed, gone) is False
    assert refresh_story(landed, "story-survivor") is True
    ids = {r[0] for r in landed.execute("SELECT story_id FROM story_summaries").fetchall()}
    assert gone not in ids and "story-survivor" in ids


def test_export_writes_every_table_atomically_and_only_when_something_changed(landed, warehouse, seeds_dir, tmp_path):
    written = export_tables(landed, warehouse)
    out = exports_dir(warehouse)
    assert out == warehouse.parent / "exports"
    assert sorted(p.name for p in written) == sorted(f"{t}.parquet" for t in EXPORT_TABLES)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    count = landed.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out / 'articles.parquet'}')").fetchone() == (count,)
    assert export_tables(landed, warehouse) == []  # nothing changed: a burst of story events exports once
    landed.close()
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "note.txt").write_text("NATO leaders met in Vilnius on Tuesday. " * 20, encoding="utf-8")
    run_ingest([FeedSpec(name="extra", kind="local", path=str(extra))], str(warehouse), progress=None)
    con = store.connect(warehouse)
    try:
        assert len(export_tables(con, warehouse)) == len(EXPORT_TABLES)
        assert duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out / 'articles.parquet'}')").fetchone() == (count + 1,)
    finally:
        con.close()
