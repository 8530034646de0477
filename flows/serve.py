"""``newsflow serve``: every enabled feed as a scheduled deployment, plus the event-triggered ones.

One long-running process (``prefect.serve``) registers the deployments with the Prefect server in
PREFECT_API_URL and runs whatever that server schedules or triggers:

* ``newsflow-ingest/<feed name>``: one per enabled feed of feeds.toml, on the feed's cron
  ``schedule`` (or ``--default-schedule``), parameters ``sources=[<feed name>]``;
* ``newsflow-refresh/newsflow-refresh-story``: runs on every ``newsflow.batch.landed`` event,
  rebuilding the ``story_summaries`` rows of the batch's stories and the Parquet exports.

Serving re-creates deployments by name, so editing feeds.toml and restarting ``serve`` is how
schedules change; feed deployments whose feed is gone or disabled are deleted on start.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterable

from flows.config import DEFAULT_SCHEDULE, FeedSpec, load_feeds

FEED_TAG = "newsflow-feed"
INGEST_FLOW = "newsflow-ingest"
REFRESH_DEPLOYMENT = "newsflow-refresh-story"
HEALTH_TIMEOUT = 3.0


class ServeError(RuntimeError):
    """serve cannot start; the message says what to do."""


def api_url() -> str | None:
    """The Prefect API URL: the PREFECT_API_URL variable, else the active Prefect profile's setting."""
    url = os.environ.get("PREFECT_API_URL")
    if url:
        return url
    try:
        from prefect.settings import PREFECT_API_URL

        return PREFECT_API_URL.value() or None
    except Exception:  # noqa: BLE001 - no usable profile: treat as unset
        return None


def check_server(url: str | None, timeout: float = HEALTH_TIMEOUT) -> str:
    """Fail with one readable line unless the Prefect API at ``url`` answers its health check."""
    start = ("start one with `prefect server start` (then `export PREFECT_API_URL=http://127.0.0.1:4200/api`) "
             "or use Prefect Cloud (`prefect cloud login`)")
    if not url:
        raise ServeError(f"PREFECT_API_URL is not set, so there is no Prefect server to serve to; {start}")
    health = url.rstrip("/") + "/health"
    from flows.events import auth_headers

    request = urllib.request.Request(health, headers={"Accept": "application/json", **auth_headers()})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's own API URL
            if response.status != 200:
                raise ServeError(f"Prefect API at {url} answered {response.status} to {health}; {start}")
    except urllib.error.HTTPError as exc:
        raise ServeError(f"Prefect API at {url} answered {exc.code} to {health}; check PREFECT_API_URL, or {start}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ServeError(f"no Prefect server answers at {url} ({reason}); {start}") from None
    return url


def enabled_feeds(feeds_file: str | Path) -> list[FeedSpec]:
    """The feeds of feeds.toml that serve deploys."""
    return [f for f in load_feeds(feeds_file).values() if f.enabled]


def feed_deployments(feeds: Iterable[FeedSpec], warehouse: str, feeds_file: str, default_schedule: str = DEFAULT_SCHEDULE) -> list:
    """One ``newsflow-ingest`` deployment per feed, named after it, on its cron schedule."""
    from prefect.deployments.runner import EntrypointType

    from flows.ingest import ingest_flow

    out = []
    for feed in feeds:
        cron = feed.schedule or default_schedule
        out.append(ingest_flow.to_deployment(
            name=feed.name, cron=cron,
            parameters={"sources": [feed.name], "warehouse": warehouse, "feeds_file": feeds_file},
            description=f"Ingest feed {feed.name!r} ({feed.kind}: {feed.locator}) on '{cron}'.",
            tags=["newsflow", FEED_TAG, *feed.tags],
            entrypoint_type=EntrypointType.MODULE_PATH,  # runs from any directory: the package is installed
        ))
    return out


def refresh_deployment(warehouse: str):
    """The ``newsflow-refresh-story`` deployment, triggered by every ``newsflow.batch.landed`` event.

    One refresh run per landed batch (for all the stories it touched), not one per story: a backfill of
    thousands of articles starts dozens of refresh runs, not thousands.
    """
    from prefect.deployments.runner import EntrypointType
    from prefect.events import DeploymentEventTrigger

    from flows.events import BATCH_LANDED, BATCH_PREFIX
    from flows.refresh import refresh_flow

    trigger = DeploymentEventTrigger(
        name="on-batch-landed",
        expect={BATCH_LANDED},
        match={"prefect.resource.id": BATCH_PREFIX + "*"},
        # The event names the warehouse it came from; the deployment default covers events that do not.
        # Parenthesised: Prefect appends "| tojson" to a single-expression template, and "|" binds before "or".
        parameters={"story_id": "{{ event.payload.story_ids }}",
                    "warehouse": "{{ (event.payload.warehouse or '%s') }}" % warehouse.replace("'", "\\'")},
    )
    return refresh_flow.to_deployment(
        name=REFRESH_DEPLOYMENT, triggers=[trigger], parameters={"warehouse": warehouse},
        description="Rebuild the story_summaries rows of the stories a newsflow.batch.landed event names, then "
                    "the Parquet exports.",
        tags=["newsflow", "newsflow-event"], entrypoint_type=EntrypointType.MODULE_PATH,
    )


def remove_stale_feed_deployments(keep: set[str]) -> list[str]:
    """Delete ``newsflow-ingest`` feed deployments whose feed left feeds.toml or was disabled."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterTags, FlowFilter, FlowFilterName

    removed = []
    with get_client(sync_client=True) as client:
        found = client.read_deployments(
            flow_filter=FlowFilter(name=FlowFilterName(any_=[INGEST_FLOW])),
            deployment_filter=DeploymentFilter(tags=DeploymentFilterTags(all_=[FEED_TAG])),
        )
        for dep in found:
            if dep.name not in keep:
                client.delete_deployment(dep.id)
                removed.append(dep.name)
    return removed


def serve_feeds(feeds_file: str | Path, warehouse: str | Path, default_schedule: str = DEFAULT_SCHEDULE,
                limit: int | None = 4) -> None:
    """Check the server, register every deployment and run them until interrupted.

    Args:
        feeds_file: feeds.toml; each enabled feed becomes a deployment.
        warehouse: the DuckDB file every run writes to (stored as an absolute path).
        default_schedule: cron for feeds without ``schedule``.
        limit: flow runs this process executes at once (the rest wait their turn).
    """
    from flows.config import ConfigError, _check_cron

    try:
        _check_cron("--default-schedule", default_schedule)
    except ConfigError:
        raise ConfigError(f"--default-schedule {default_schedule!r} is not a 5-field cron expression "
                          f"(e.g. '*/30 * * * *')") from None
    url = check_server(api_url())
    feeds_file = str(Path(feeds_file).resolve())
    warehouse = str(Path(warehouse).resolve())
    feeds = enabled_feeds(feeds_file)
    deployments = feed_deployments(feeds, warehouse, feeds_file, default_schedule) + [refresh_deployment(warehouse)]

    from prefect import serve

    # Flow runs start in this process's working directory, which Prefect puts on sys.path: a `warehouse/`
    # data folder there (the default warehouse location!) would shadow our warehouse package. Every path
    # is absolute by now, so run from the directory that holds the packages themselves.
    os.chdir(Path(__file__).resolve().parent.parent)
    removed = remove_stale_feed_deployments({f.name for f in feeds})
    print(f"newsflow serve: {len(feeds)} feed deployment(s) ({', '.join(f.name for f in feeds) or 'none'}) and "
          f"{REFRESH_DEPLOYMENT} on {url}; warehouse {warehouse}", flush=True)
    if removed:
        print(f"newsflow serve: removed deployment(s) of feeds no longer enabled: {', '.join(removed)}", flush=True)
    serve(*deployments, limit=limit, print_starting_message=True)
