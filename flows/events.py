"""Prefect events out of the pipeline: feeds polled, articles landed, stories updated, runs failed.

Event names and resource ids are a public interface (automations and deployment triggers match
on them), so they are spelled out here once:

    newsflow.feed.polled      newsflow.feed.<feed name>      new, updated, unchanged, duplicate, failed
    newsflow.batch.landed     newsflow.batch.<run_id>.<n>    feed, run_id, counts, articles[], story_ids, stories
    newsflow.run.failed       newsflow.run.<run or flow id>  sources, error, warehouse
    newsflow.inbox.file       newsflow.inbox.<file name>     path, size, inbox, warehouse
  and, with NEWSFLOW_EVENTS=items, also one event per article and per story:
    newsflow.article.landed   newsflow.article.<article_id>  url, source, story_id, duplicate_of, status
    newsflow.story.updated    newsflow.story.<story_id>      story_id, article_ids, absorbed, warehouse

Events are per batch by default because each event costs the Prefect server ~10 ms of CPU: per-article
events made a 2,000-page backfill spend a fifth of its time feeding the server, and per-story events
started one refresh flow run per story. ``story_ids`` is a comma-separated string so that a deployment
trigger can pass it as a parameter as it is.

Emitting is best effort: nothing is sent unless a Prefect API is configured (PREFECT_API_URL, or a
flow run's own client), errors are logged and swallowed, and Prefect is imported only when an
event is really sent, so direct runs with no server pay nothing.
"""

from __future__ import annotations

import functools
import logging
import os
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from warehouse.articles import BatchResult, Landed

log = logging.getLogger(__name__)

FEED_POLLED = "newsflow.feed.polled"
ARTICLE_LANDED = "newsflow.article.landed"
BATCH_LANDED = "newsflow.batch.landed"
STORY_UPDATED = "newsflow.story.updated"
RUN_FAILED = "newsflow.run.failed"
INBOX_FILE = "newsflow.inbox.file"

FEED_PREFIX = "newsflow.feed."
ARTICLE_PREFIX = "newsflow.article."
BATCH_PREFIX = "newsflow.batch."
STORY_PREFIX = "newsflow.story."
RUN_PREFIX = "newsflow.run."
INBOX_PREFIX = "newsflow.inbox."

# Statuses after which a story holds something it did not hold before.
_STORY_CHANGING = ("new", "updated", "duplicate")


def enabled() -> bool:
    """True when a Prefect API is there to receive events: we are in a flow run, or PREFECT_API_URL answers."""
    import sys

    if "prefect" in sys.modules:
        try:
            from prefect.context import FlowRunContext

            if FlowRunContext.get() is not None:
                return True
        except Exception:  # noqa: BLE001 - a broken Prefect install must not break ingestion
            return False
    url = os.environ.get("PREFECT_API_URL")
    return bool(url) and _reachable(url)


def auth_headers() -> dict[str, str]:
    """Authorization for the Prefect API from the environment: an API key (Cloud) or a basic-auth string."""
    if os.environ.get("PREFECT_API_KEY"):
        return {"Authorization": f"Bearer {os.environ['PREFECT_API_KEY']}"}
    if os.environ.get("PREFECT_API_AUTH_STRING"):
        import base64

        token = base64.b64encode(os.environ["PREFECT_API_AUTH_STRING"].encode()).decode()
        return {"Authorization": f"Basic {token}"}
    return {}


@functools.cache
def _reachable(url: str, timeout: float = 2.0) -> bool:
    """Whether the API answers its health check, asked once per process.

    Without this, events for a configured but dead server would sit in Prefect's queue and hold
    the process at exit for ~20 s of reconnect attempts.
    """
    import urllib.request

    request = urllib.request.Request(url.rstrip("/") + "/health", headers=auth_headers())
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's own API URL
            ok = response.status == 200
    except Exception as exc:  # noqa: BLE001 - unreachable, refused, bad URL: no events
        log.warning("Prefect API at %s does not answer (%s); newsflow events are off for this process", url, exc)
        return False
    return ok


def emit(event: str, resource_id: str, payload: dict[str, Any] | None = None, *,
         name: str | None = None, related: Sequence[tuple[str, str]] = ()) -> bool:
    """Send one event if a Prefect API is configured; never raises. Returns whether it was handed over.

    Args:
        event: the event name, e.g. ``newsflow.article.landed``.
        resource_id: the primary resource, e.g. ``newsflow.article.3f2a...``.
        payload: JSON-friendly details.
        name: a readable ``prefect.resource.name`` for the UI.
        related: (resource id, role) pairs, e.g. the feed and the story of an article.
    """
    if not enabled():
        return False
    try:
        from prefect.events import emit_event

        resource = {"prefect.resource.id": resource_id}
        if name:
            resource["prefect.resource.name"] = name[:200]
        rel = [{"prefect.resource.id": rid, "prefect.resource.role": role} for rid, role in related]
        return emit_event(event=event, resource=resource, payload=payload or {}, related=rel or None) is not None
    except Exception as exc:  # noqa: BLE001 - events are a side channel; the run goes on
        log.warning("could not emit Prefect event %s for %s: %s", event, resource_id, exc)
        return False


def feed_polled(feed: str, counts: Counter, warehouse: str | None = None) -> bool:
    """``newsflow.feed.polled``: a feed's final counts for this run."""
    payload = {k: int(counts.get(k, 0)) for k in ("new", "updated", "unchanged", "duplicate", "failed")}
    if warehouse:
        payload["warehouse"] = warehouse
    return emit(FEED_POLLED, FEED_PREFIX + feed, payload, name=feed)


def article_payload(landed: Landed) -> dict[str, Any]:
    """The payload of ``newsflow.article.landed``."""
    return {"url": landed.url, "source": landed.source, "story_id": landed.story_id,
            "duplicate_of": landed.duplicate_of, "status": landed.status, "title": landed.title}


def story_changes(result: BatchResult) -> dict[str, dict[str, list[str]]]:
    """Per story a batch touched: the articles it gained, the stories it absorbed, the articles it lost."""
    changes: dict[str, dict[str, list[str]]] = {}

    def change(story: str) -> dict[str, list[str]]:
        return changes.setdefault(story, {"article_ids": [], "absorbed": [], "moved_out": []})

    for landed in result.landed:
        if landed.status in _STORY_CHANGING and landed.story_id and landed.article_id not in result.moved:
            change(result.final_story(landed.story_id))["article_ids"].append(landed.article_id)
    for absorbed in result.merged_stories:
        change(result.final_story(absorbed))["absorbed"].append(absorbed)
    for article_id, (old, new) in result.moved.items():
        change(result.final_story(new))["article_ids"].append(article_id)
        if old and result.final_story(old) != result.final_story(new):
            change(result.final_story(old))["moved_out"].append(article_id)
    return changes


class RunEvents:
    """The callbacks ``run_ingest`` takes (``on_batch``, ``on_feed``), bound to one warehouse."""

    def __init__(self, warehouse: str | Path, run_id: str = "run", item_events: bool | None = None):
        self.warehouse = str(Path(warehouse).resolve())
        self.run_id = run_id
        self.sent = 0
        self.batches = 0
        if item_events is None:
            mode = os.environ.get("NEWSFLOW_EVENTS", "batches").strip().lower()
            if mode not in ("batches", "items"):
                log.warning("NEWSFLOW_EVENTS=%r is not 'batches' or 'items'; using 'batches'", mode)
            item_events = mode == "items"
        self.item_events = item_events

    def on_batch(self, result: BatchResult) -> None:
        """One ``batch.landed`` per batch that changed something (plus per-item events in ``items`` mode)."""
        changed = [l for l in result.landed if l.status != "unchanged"]
        if not changed or not enabled():
            return
        self.batches += 1
        stories = story_changes(result)
        counts = Counter(l.status for l in changed)
        feeds = sorted({l.source for l in changed})
        payload = {
            "run_id": self.run_id, "batch": self.batches, "feed": ",".join(feeds), "counts": dict(counts),
            "articles": [{"article_id": l.article_id, **article_payload(l),
                          "story_id": result.final_story(result.moved.get(l.article_id, (None, l.story_id))[1])
                          if l.story_id else None} for l in changed],
            "story_ids": ",".join(sorted(stories)), "stories": stories, "warehouse": self.warehouse,
        }
        self.sent += emit(BATCH_LANDED, f"{BATCH_PREFIX}{self.run_id}.{self.batches}", payload,
                          name=f"{self.run_id} batch {self.batches}",
                          related=[(FEED_PREFIX + f, "feed") for f in feeds])
        if not self.item_events:
            return
        for landed in changed:
            related = [(FEED_PREFIX + landed.source, "feed")]
            if landed.story_id:
                related.append((STORY_PREFIX + landed.story_id, "story"))
            item = article_payload(landed) | {"warehouse": self.warehouse}
            self.sent += emit(ARTICLE_LANDED, ARTICLE_PREFIX + landed.article_id, item,
                              name=landed.title or landed.url, related=related)
        for story, change in stories.items():
            related = [(ARTICLE_PREFIX + a, "article") for a in change["article_ids"][:50]]
            self.sent += emit(STORY_UPDATED, STORY_PREFIX + story,
                              {"story_id": story, **change, "warehouse": self.warehouse}, related=related)

    def on_feed(self, feed: str, counts: Counter) -> None:
        """``feed.polled`` with the feed's final counts."""
        self.sent += feed_polled(feed, counts, self.warehouse)

    def run_failed(self, run_id: str, sources: Sequence[str], error: BaseException | str) -> None:
        """``run.failed``: the run stopped before finishing (e.g. the warehouse stayed locked)."""
        message = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        self.sent += emit(RUN_FAILED, RUN_PREFIX + run_id,
                          {"sources": list(sources), "error": message, "warehouse": self.warehouse})


def inbox_file(path: str | Path, inbox: str | Path, warehouse: str | Path) -> bool:
    """``newsflow.inbox.file``: the watcher picked up a file."""
    path = Path(path)
    size = path.stat().st_size if path.exists() else None
    return emit(INBOX_FILE, INBOX_PREFIX + path.name,
                {"path": str(path.resolve()), "size": size, "inbox": str(Path(inbox).resolve()),
                 "warehouse": str(Path(warehouse).resolve())}, name=path.name)
