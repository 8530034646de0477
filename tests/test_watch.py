"""``newsflow watch``: files dropped into an inbox are ingested once stable and moved to done/ or failed/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.watch import StableFiles, unique_target, watch_inbox
from tests.prefect_server import PrefectServer, prefect_server, stop_process_group, wait_for  # noqa: F401

NEWSFLOW = str(Path(sys.executable).parent / "newsflow")


def _drop(src: Path, inbox: Path, name: str) -> Path:
    """Write the file beside the inbox, then rename it in, as a careful producer would."""
    tmp = inbox.parent / f".{name}.part"
    shutil.copy(src, tmp)
    target = inbox / name
    tmp.rename(target)
    return target


def test_unique_target_never_overwrites(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a-1.txt").write_text("x")
    assert unique_target(tmp_path, "a.txt") == tmp_path / "a-2.txt"
    assert unique_target(tmp_path, "b.txt") == tmp_path / "b.txt"


def test_a_file_is_taken_only_once_it_holds_still(tmp_path):
    now = [0.0]
    tracker = StableFiles(settle=1.0, clock=lambda: now[0])
    f = tmp_path / "a.txt"
    f.write_text("half")
    (tmp_path / "ignored.pdf").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    assert tracker.ready(tmp_path) == []  # first sight
    now[0] = 0.5
    assert tracker.ready(tmp_path) == []  # not settled yet
    with f.open("a") as fh:
        fh.write(" and the rest")
    now[0] = 1.2
    assert tracker.ready(tmp_path) == []  # grew: the clock starts again
    now[0] = 2.5
    assert tracker.ready(tmp_path) == [f]


def test_watch_without_a_server_ingests_and_sorts_files(tmp_path, seeds_dir, warehouse):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    seed = sorted(seeds_dir.glob("*.txt"))
    _drop(seed[0], inbox, "story.txt")
    (inbox / "empty.txt").write_text("")
    (inbox / "notes.md").write_text("not an article")
    outcomes = []

    def stop() -> bool:
        if len(outcomes) == 2 and not (inbox / "story.txt").exists() and len(outcomes) < 3:
            _drop(seed[1], inbox, "story.txt")  # same name again: a new article, a suffixed file
        return len(outcomes) >= 3

    watch_inbox(inbox, str(warehouse), poll=0.1, settle=0.2, stop=stop, report=outcomes.append)
    by_name = {(o.name, o.moved_to.name): o for o in outcomes}
    assert set(by_name) == {("story.txt", "story.txt"), ("empty.txt", "empty.txt"), ("story.txt", "story-1.txt")}
    assert by_name[("story.txt", "story.txt")].ok and by_name[("story.txt", "story-1.txt")].ok
    empty = by_name[("empty.txt", "empty.txt")]
    assert not empty.ok and empty.moved_to == inbox / "failed" / "empty.txt"
    assert "empty" in (inbox / "failed" / "empty.txt.error.txt").read_text()
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["story-1.txt", "story.txt"]
    assert (inbox / "notes.md").exists()  # not ours: left alone
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles WHERE source = 'inbox'").fetchone() == (2,)
    finally:
        con.close()


@pytest.mark.server
def test_watch_with_a_server_runs_each_file_as_a_flow_run(prefect_server, tmp_path, seeds_dir, warehouse):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    log = open(tmp_path / "watch.log", "wb")
    proc = subprocess.Popen([NEWSFLOW, "watch", str(inbox), "--warehouse", str(warehouse), "--poll", "0.5"],
                            env=prefect_server.env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _drop(sorted(seeds_dir.glob("*.txt"))[0], inbox, "dropped.txt")
        done = inbox / "done" / "dropped.txt"

        def landed():
            assert proc.poll() is None, (tmp_path / "watch.log").read_text()[-3000:]
            if not done.exists() or (inbox / "dropped.txt").exists():
                return None
            runs = [r for r in prefect_server.flow_runs("newsflow-inbox") if r["state_type"] == "COMPLETED"]
            return runs if runs and any(r["parameters"]["path"] == str(done) for r in runs) else None

        wait_for("the dropped file to be ingested by a flow run", landed, timeout=90)
    finally:
        stop_process_group(proc, grace=20)
        log.close()
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles WHERE source = 'inbox'").fetchone() == (1,)
    finally:
        con.close()
    inbox_events = wait_for("the newsflow.inbox.file event", lambda: [  # the server stores events asynchronously
        e for e in prefect_server.events("newsflow.inbox.file") if e["payload"]["path"] == str(done)], timeout=30)
    assert inbox_events[0]["resource"]["prefect.resource.id"] == "newsflow.inbox.dropped.txt"
