"""Events out of the pipeline: what they say, that direct runs pay nothing for them, and that a server gets them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from flows import events
from tests.prefect_server import PrefectServer, prefect_server, server_env, wait_for  # noqa: F401
from warehouse.articles import BatchResult, Landed


def _landed(aid: str, status: str, story: str | None, dup: str | None = None) -> Landed:
    return Landed(aid, status, "feed-a", f"https://example.org/{aid}", f"Title {aid}", story, dup)


def test_story_changes_name_the_surviving_story_and_what_it_gained():
    result = BatchResult(
        landed=[_landed("a1", "new", "s-old"), _landed("a2", "new", "s-new"), _landed("a3", "unchanged", "s-x"),
                _landed("a4", "duplicate", "s-new", dup="a2")],
        merged_stories={"s-old": "s-new"},
    )
    assert events.story_changes(result) == {
        "s-new": {"article_ids": ["a1", "a2", "a4"], "absorbed": ["s-old"], "moved_out": []}}


def test_story_changes_follow_chained_merges_and_moves():
    result = BatchResult(
        landed=[_landed("a1", "new", "s-1"), _landed("a2", "new", "s-2"), _landed("a3", "new", "s-3")],
        merged_stories={"s-1": "s-2", "s-2": "s-4"}, moved={"a0": ("s-3", "s-4"), "a3": ("s-3", "s-4")})
    assert events.story_changes(result) == {
        "s-4": {"article_ids": ["a1", "a2", "a0", "a3"], "absorbed": ["s-1", "s-2"], "moved_out": []},
        "s-3": {"article_ids": [], "absorbed": [], "moved_out": ["a0", "a3"]}}


def test_article_payload_has_the_documented_fields():
    payload = events.article_payload(_landed("a4", "duplicate", "s-1", dup="a2"))
    assert {k: payload[k] for k in ("url", "source", "story_id", "duplicate_of", "status")} == {
        "url": "https://example.org/a4", "source": "feed-a", "story_id": "s-1", "duplicate_of": "a2",
        "status": "duplicate"}


_DIRECT = """
import json, sys
from collections import Counter
from flows import events
from flows.config import FeedSpec
from flows.pipeline import run_ingest
ev = events.RunEvents(sys.argv[2])
summary = run_ingest([FeedSpec(name="seeds", kind="local", path=sys.argv[1])], sys.argv[2], progress=None,
                     on_batch=ev.on_batch, on_feed=ev.on_feed)
print(json.dumps({"new": summary.counts["new"], "sent": ev.sent, "prefect_imported": "prefect" in sys.modules}))
"""


def _direct_run(seeds_dir, warehouse, api_url: str | None, tmp_path, **extra_env: str) -> dict:
    env = server_env(tmp_path / "home", api_url) | extra_env
    done = subprocess.run([sys.executable, "-c", _DIRECT, str(seeds_dir), str(warehouse)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), done


def test_direct_run_without_a_server_sends_nothing_and_never_imports_prefect(seeds_dir, warehouse, tmp_path):
    result, _ = _direct_run(seeds_dir, warehouse, None, tmp_path)
    assert result == {"new": 2, "sent": 0, "prefect_imported": False}


def test_a_dead_server_turns_events_off_with_one_warning(seeds_dir, warehouse, tmp_path):
    result, done = _direct_run(seeds_dir, warehouse, "http://127.0.0.1:9/api", tmp_path)
    assert result == {"new": 2, "sent": 0, "prefect_imported": False}
    assert done.stderr.count("does not answer") == 1 and "Traceback" not in done.stderr


def _events_at(prefect_server, warehouse, expected: int) -> list[dict]:
    def arrived():
        got = [e for e in prefect_server.events() if e["payload"].get("warehouse") == str(warehouse.resolve())]
        return got if len(got) >= expected else None

    return wait_for("the events at the server", arrived, timeout=30)


@pytest.mark.server
def test_direct_run_with_a_server_delivers_one_event_per_batch(prefect_server, seeds_dir, warehouse, tmp_path):
    result, _ = _direct_run(seeds_dir, warehouse, prefect_server.api_url, tmp_path)
    assert result["new"] == 2 and result["sent"] == 2  # 1 batch, 1 feed
    got = _events_at(prefect_server, warehouse, result["sent"])
    assert Counter(e["event"] for e in got) == {"newsflow.batch.landed": 1, "newsflow.feed.polled": 1}
    batch = next(e for e in got if e["event"] == "newsflow.batch.landed")["payload"]
    assert batch["counts"] == {"new": 2} and len(batch["articles"]) == 2
    assert {a["status"] for a in batch["articles"]} == {"new"}
    assert batch["story_ids"].split(",") == sorted(batch["stories"]) and batch["story_ids"]
    assert sorted(sum((s["article_ids"] for s in batch["stories"].values()), [])) == sorted(
        a["article_id"] for a in batch["articles"])


@pytest.mark.server
def test_items_mode_adds_an_event_per_article_and_story(prefect_server, seeds_dir, warehouse, tmp_path):
    result, _ = _direct_run(seeds_dir, warehouse, prefect_server.api_url, tmp_path, NEWSFLOW_EVENTS="items")
    assert result["new"] == 2 and result["sent"] >= 5  # batch, 2 articles, >= 1 story, feed
    got = _events_at(prefect_server, warehouse, result["sent"])
    names = Counter(e["event"] for e in got)
    assert names["newsflow.article.landed"] == 2 and names["newsflow.feed.polled"] == 1
    assert names["newsflow.batch.landed"] == 1 and names["newsflow.story.updated"] >= 1
    story = next(e for e in got if e["event"] == "newsflow.story.updated")
    assert story["resource"]["prefect.resource.id"] == "newsflow.story." + story["payload"]["story_id"]
    assert story["payload"]["article_ids"]
