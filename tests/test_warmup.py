"""Starting the workers' fork server early: only for runs that will use the pool, and the run still works."""

from __future__ import annotations

import multiprocessing

import pytest

from flows.cli import main
from flows.warmup import MIN_PARALLEL, count_files, warm_up
from tests.warehouse_sql import q


def test_count_files_walks_folders_and_stops_at_the_limit(tmp_path, seeds_dir):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for i in range(5):
        (tmp_path / "a" / f"{i}.html").write_text("x")
        (tmp_path / "a" / "b" / f"{i}.txt").write_text("x")
    assert count_files([str(tmp_path)], 100) == 10
    assert count_files([str(tmp_path)], 3) == 3
    assert count_files([str(seeds_dir), "https://example.org/rss", "no-such-feed-name"], 100) == 2


def test_small_runs_and_other_runners_do_not_start_anything(tmp_path, seeds_dir):
    assert not warm_up([str(seeds_dir)], None)
    for i in range(MIN_PARALLEL):
        (tmp_path / f"{i}.txt").write_text("x")
    assert not warm_up([str(tmp_path)], 1)
    assert not warm_up([str(tmp_path)], None, "dask")


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here")
def test_a_big_local_run_starts_the_fork_server_first_and_ingests(tmp_path, seeds_dir, warehouse, capsys):
    from multiprocessing import forkserver

    folder = tmp_path / "in"
    folder.mkdir()
    texts = [p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for i in range(MIN_PARALLEL + 2):  # copies of the seeds: one article each, found as duplicates
        (folder / f"{i:03d}.txt").write_text(texts[i % 2], encoding="utf-8")
    assert warm_up([str(folder)], 2)
    assert forkserver._forkserver._forkserver_pid is not None  # running before the pipeline was imported
    assert main(["ingest", str(folder), "--warehouse", str(warehouse), "--workers", "2", "-q"]) == 0
    assert "0 failed" in capsys.readouterr().out
    assert q(warehouse, "SELECT count(*), count(*) FILTER (WHERE duplicate_of IS NULL) FROM articles") == [(50, 2)]


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here")
def test_a_fork_server_no_pool_used_is_stopped_at_the_end(tmp_path, seeds_dir, warehouse, capsys):
    # A re-run where every file is unchanged starts the fork server (it cannot know yet) but never a pool:
    # the server is stopped when the run ends instead of finishing its imports with our stdout open.
    from multiprocessing import forkserver

    folder = tmp_path / "in"
    folder.mkdir()
    text = next(iter(sorted(seeds_dir.glob("*.txt")))).read_text("utf-8")
    for i in range(MIN_PARALLEL + 2):
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    assert main(["ingest", str(folder), "--warehouse", str(warehouse), "--workers", "2", "-q"]) == 0
    forkserver._forkserver._stop()  # a fresh start for the second run
    assert main(["ingest", str(folder), "--warehouse", str(warehouse), "--workers", "2", "-q"]) == 0
    assert f"{MIN_PARALLEL + 2} unchanged" in capsys.readouterr().out
    assert forkserver._forkserver._forkserver_pid is None
