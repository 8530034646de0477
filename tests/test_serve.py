"""``newsflow serve`` against a real Prefect server: feed deployments, a run that lands articles, and the
event-triggered refresh of the stories it touched (GitHub issue: Scheduled and event-driven runs)."""

from __future__ import annotations

import json

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.warehouse_sql import q
from tests.prefect_server import PrefectServer, prefect_server, server_env, stop_process_group, wait_for  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
NEWSFLOW = str(Path(sys.executable).parent / "newsflow")
CRON = "*/5 * * * *"
FEEDS_TOML = f"""
[[feed]]
name = "fixture-local"
kind = "local"
path = "articles"
schedule = "{CRON}"
tags = ["test"]

[[feed]]
name = "switched-off"
kind = "local"
path = "articles"
enabled = false
"""
TERMINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


# --- without a server ------------------------------------------------------------------------------

def _serve_without(tmp_path: Path, api_url: str | None) -> subprocess.CompletedProcess:
    (tmp_path / "feeds.toml").write_text(FEEDS_TOML, encoding="utf-8")
    env = server_env(tmp_path / "home", api_url)
    return subprocess.run([NEWSFLOW, "serve", "--feeds-file", str(tmp_path / "feeds.toml"), "--warehouse",
                           str(tmp_path / "w.duckdb")], env=env, capture_output=True, text=True, timeout=60)


def test_serve_without_prefect_api_url_says_how_to_start_a_server(tmp_path):
    done = _serve_without(tmp_path, None)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "PREFECT_API_URL is not set" in lines[0] and "prefect server start" in lines[0]


def test_serve_with_unreachable_server_fails_in_one_line(tmp_path):
    done = _serve_without(tmp_path, "http://127.0.0.1:9/api")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no Prefect server answers at http://127.0.0.1:9/api" in lines[0]
    assert "Traceback" not in done.stderr


def test_feed_deployments_follow_feeds_toml(tmp_path):
    from flows.serve import enabled_feeds, feed_deployments, refresh_deployment

    (tmp_path / "feeds.toml").write_text(FEEDS_TOML.replace(f'schedule = "{CRON}"\n', ""), encoding="utf-8")
    feeds = enabled_feeds(tmp_path / "feeds.toml")
    deps = feed_deployments(feeds, "/data/w.duckdb", str(tmp_path / "feeds.toml"), default_schedule="15 * * * *")
    assert [d.name for d in deps] == ["fixture-local"]  # the disabled feed is not deployed
    assert deps[0].parameters["sources"] == ["fixture-local"]
    assert deps[0].schedules[0].schedule.cron == "15 * * * *"
    assert deps[0].entrypoint == "flows.ingest.ingest_flow"
    refresh = refresh_deployment("/data/w.duckdb")
    trigger = refresh.triggers[0]
    assert trigger.expect == {"newsflow.batch.landed"}
    assert trigger.parameters["story_id"] == "{{ event.payload.story_ids }}"


# --- with a server ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(prefect_server: PrefectServer, tmp_path_factory):
    """``newsflow serve`` in a subprocess on a folder feed of the two seeds; killed at the end."""
    root = tmp_path_factory.mktemp("serve")
    shutil.copytree(ROOT / "seeds", root / "articles")
    (root / "feeds.toml").write_text(FEEDS_TOML, encoding="utf-8")
    warehouse = root / "warehouse" / "newsflow.duckdb"
    log = open(root / "serve.log", "wb")
    proc = subprocess.Popen([NEWSFLOW, "serve", "--feeds-file", str(root / "feeds.toml"), "--warehouse", str(warehouse)],
                            env=prefect_server.env(), cwd=root, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        wait_for("serve to register its deployments", lambda: proc.poll() is None and {
            "newsflow-ingest/fixture-local", "newsflow-refresh/newsflow-refresh-story"} <= set(prefect_server.deployments())
            or (proc.poll() is not None and pytest.fail((root / "serve.log").read_text())), timeout=60)
        yield {"server": prefect_server, "warehouse": warehouse, "root": root, "proc": proc}
    finally:
        stop_process_group(proc)
        log.close()


def _finished(server: PrefectServer, flow_run_id: str) -> dict | None:
    run = server.get(f"/flow_runs/{flow_run_id}")
    return run if run["state_type"] in TERMINAL else None


@pytest.fixture(scope="module")
def ingested(served):
    """One run of the feed deployment, started at once (the cron schedule would take minutes)."""
    server = served["server"]
    dep = server.deployments()["newsflow-ingest/fixture-local"]
    run = server.post(f"/deployments/{dep['id']}/create_flow_run", {})
    done = wait_for("the feed's flow run to finish", lambda: _finished(server, run["id"]), timeout=90)
    assert done["state_type"] == "COMPLETED", (done["state"], (served["root"] / "serve.log").read_text()[-3000:])
    return done


@pytest.mark.server
def test_serve_registers_one_deployment_per_enabled_feed_with_its_schedule(served):
    deps = served["server"].deployments()
    feed = deps["newsflow-ingest/fixture-local"]
    assert [s["schedule"]["cron"] for s in feed["schedules"]] == [CRON]
    assert feed["parameters"]["sources"] == ["fixture-local"]
    assert "newsflow-ingest/switched-off" not in deps
    wait_for("the refresh trigger's automation", lambda: [  # created just after its deployment
        a for a in served["server"].post("/automations/filter", {})
        if a["trigger"].get("expect") == ["newsflow.batch.landed"]
        and a["actions"][0]["deployment_id"] == deps["newsflow-refresh/newsflow-refresh-story"]["id"]], timeout=30)


@pytest.mark.server
def test_served_feed_run_lands_articles_and_publishes_events_and_artifacts(served, ingested):
    server = served["server"]
    assert q(served["warehouse"], "SELECT count(*) FROM articles WHERE source = 'fixture-local'") == [(2,)]
    artifacts = server.post("/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [ingested["id"]]}}})
    assert "ingest-summary" in {a["key"] for a in artifacts}
    # the table of landed articles belongs to whichever run of the deployment landed them: this one, or the cron
    # schedule's own run when a five-minute boundary fell first (this run then finds them unchanged)
    runs = server.post("/flow_runs/filter", {"deployments": {"id": {"any_": [ingested["deployment_id"]]}}})
    landed_by = server.post("/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [r["id"] for r in runs]},
                                                                "key": {"any_": ["ingest-articles"]}}})
    table = landed_by[0]["data"] if landed_by else []
    table = json.loads(table) if isinstance(table, str) else table  # (the server stores a table as JSON text)
    assert {row["article_id"] for row in table} == {
        a for (a,) in q(served["warehouse"], "SELECT article_id FROM articles WHERE source = 'fixture-local'")}

    here = str(served["warehouse"].resolve())

    def ours() -> list[dict]:  # the server is shared by the session: only this warehouse's events
        return [e for e in server.events() if e["payload"].get("warehouse") == here]

    def events_arrived():
        names = [e["event"] for e in ours()]
        return names if "newsflow.batch.landed" in names and "newsflow.feed.polled" in names else None

    wait_for("the run's events", events_arrived, timeout=30)
    events = ours()
    polled = next(e for e in events if e["event"] == "newsflow.feed.polled")
    assert polled["resource"]["prefect.resource.id"] == "newsflow.feed.fixture-local"
    assert polled["payload"]["new"] == 2 and polled["payload"]["failed"] == 0
    assert [e["event"] for e in events].count("newsflow.batch.landed") == 1  # 2 articles: one batch
    landed = next(e for e in events if e["event"] == "newsflow.batch.landed")["payload"]["articles"]
    ids = {r[0] for r in q(served["warehouse"], "SELECT article_id FROM articles")}
    assert {a["article_id"] for a in landed} == ids
    assert all(a["status"] == "new" and a["source"] == "fixture-local" for a in landed)


@pytest.mark.server
def test_batch_landed_event_triggers_the_refresh_deployment(served, ingested):
    server, warehouse = served["server"], served["warehouse"]
    stories = {r[0] for r in q(warehouse, "SELECT DISTINCT story_id FROM articles")}

    here = str(warehouse.resolve())

    def refreshed():
        runs = [r for r in server.flow_runs("newsflow-refresh") if r["parameters"].get("warehouse") == here]
        done = [r for r in runs if r["state_type"] == "COMPLETED"]
        bad = [r for r in runs if r["state_type"] in {"FAILED", "CRASHED"}]
        assert not bad, (bad[0]["state"], (served["root"] / "serve.log").read_text()[-3000:])
        return done

    runs = wait_for("the triggered refresh run", refreshed, timeout=90)
    assert len(runs) == 1 and runs[0]["deployment_id"]  # one run for the batch's stories
    assert set(runs[0]["parameters"]["story_id"].split(",")) == stories
    summaries = q(warehouse, "SELECT story_id, article_count, source_count FROM story_summaries ORDER BY 1")
    expected = q(warehouse, "SELECT story_id, article_count, 1 FROM stories ORDER BY 1")
    assert summaries == expected and len(expected) == len(stories)
    exports = warehouse.parent / "exports"
    for table in ("articles", "stories", "quotes", "facts", "fact_sources", "participants", "summits", "entities"):
        assert (exports / f"{table}.parquet").exists(), table
    import duckdb

    assert duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{exports / 'articles.parquet'}')").fetchone() == (2,)


@pytest.mark.server
def test_restarting_serve_deletes_deployments_of_feeds_no_longer_enabled(served):
    server = served["server"]
    feed = server.deployments()["newsflow-ingest/fixture-local"]
    server.post("/deployments/", {"name": "gone-feed", "flow_id": feed["flow_id"], "tags": ["newsflow-feed"]})
    assert "newsflow-ingest/gone-feed" in server.deployments()
    code = "from flows.serve import remove_stale_feed_deployments as r; print(r({'fixture-local'}))"
    done = subprocess.run([sys.executable, "-c", code], env=served["server"].env(), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "['gone-feed']"
    names = set(server.deployments())
    assert "newsflow-ingest/gone-feed" not in names and "newsflow-ingest/fixture-local" in names
