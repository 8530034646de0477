"""``rss``: RSS 0.9x/1.0/2.0 and Atom feeds through feedparser, then each entry's article page.

The feed is fetched with a conditional GET (validators live in ``ctx.feed_state``), so an
unchanged feed costs one 304. Entries are deduplicated on canonical URL and GUID before any
page is fetched, and again on the page's own ``<link rel="canonical">`` afterwards.
"""

from __future__ import annotations

import logging
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import ClassVar, Iterable, Iterator
from urllib.parse import urlsplit

from extractors.feedxml import DEFAULT_MAX_ITEMS, UnsafeXMLError, parse_feed
from extractors.models import RawDocument
from extractors.urls import canonicalize_url, find_canonical_link
from flows.config import FeedSpec
from flows.http import (
    FEED_ACCEPT, FEED_MAX_BYTES, PAGE_MAX_BYTES, FetchError, HttpClient, Response, TransientError, body_problem,
    client_for,
)
from flows.sources.base import SourceContext, SourceFailure

LOGGER = logging.getLogger(__name__)

PAGE_WORKERS = 4  # pages in flight per feed; the per-host limit in flows.http keeps each host at two
_WINDOW = 2 * PAGE_WORKERS  # fetched-but-not-yet-yielded pages held in memory


@dataclass(frozen=True)
class ArticleRef:
    """An article a feed or sitemap points to, with the metadata the feed gave for it."""

    link: str | None
    guid: str | None
    meta: dict = field(default_factory=dict, compare=False, hash=False)


def fetch_feed(client: HttpClient, url: str, state: dict) -> Response:
    """Conditional GET of a feed document using the validators saved in ``state``."""
    return client.fetch(url, max_bytes=FEED_MAX_BYTES, etag=state.get("etag"),
                        last_modified=state.get("last_modified"), accept=FEED_ACCEPT)


def remember_validators(state: dict, response: Response) -> None:
    """Store a feed response's ETag/Last-Modified for the next run's conditional GET."""
    for key, value in (("etag", response.etag), ("last_modified", response.last_modified)):
        if value:
            state[key] = value
        else:
            state.pop(key, None)


def failure_from(err: FetchError) -> SourceFailure:
    """A SourceFailure carrying a fetch error's stage and message."""
    return SourceFailure(err.url, err.stage, str(err))


class ArticleFetcher:
    """Fetches the pages a feed points to: dedupe, skip known, a small thread pool, one document each."""

    def __init__(self, spec: FeedSpec, ctx: SourceContext, client: HttpClient, feed_url: str) -> None:
        self.spec, self.ctx, self.client, self.feed_url = spec, ctx, client, feed_url
        self.transient_failures = 0  # pages worth another try: the caller keeps the old validators then

    def _select(self, refs: Iterable[ArticleRef]) -> Iterator[tuple[ArticleRef, str] | SourceFailure]:
        """Refs worth fetching (with their canonical link), failures for unusable ones; duplicates dropped."""
        claimed: set[str] = set()
        for ref in refs:
            if not ref.link:
                label = repr(ref.guid or ref.meta.get("title")) if ref.guid or ref.meta.get("title") else "without id or title"
                yield SourceFailure(self.feed_url, "parse", f"entry {label} has no link to an article page")
                continue
            canonical = canonicalize_url(ref.link)
            if urlsplit(canonical).scheme not in ("http", "https"):
                yield SourceFailure(ref.link, "security", f"entry link {ref.link!r} is not an http(s) URL; skipped")
                continue
            keys = [canonical] + ([ref.guid] if ref.guid else [])
            if any(key in claimed for key in keys):
                LOGGER.debug("duplicate entry %s in %s", canonical, self.feed_url)
                continue
            claimed.update(keys)
            if any(self.ctx.is_known(key) for key in keys):
                LOGGER.debug("already landed: %s", canonical)
                continue
            yield ref, canonical

    def _fetch(self, link: str) -> Response | FetchError:
        """One page, errors returned rather than raised (they cross a thread boundary)."""
        try:
            return self.client.fetch(link, max_bytes=PAGE_MAX_BYTES)
        except FetchError as err:
            return err

    def documents(self, refs: Iterable[ArticleRef]) -> Iterator[RawDocument | SourceFailure]:
        """Yield a RawDocument (or SourceFailure) per new article, in feed order."""
        emitted: set[str] = set()
        pending: deque[tuple[ArticleRef, str, Future]] = deque()
        pool = ThreadPoolExecutor(max_workers=PAGE_WORKERS, thread_name_prefix=f"newsflow-{self.spec.name}")
        try:
            selected = self._select(refs)
            exhausted = False
            while pending or not exhausted:
                while not exhausted and len(pending) < _WINDOW:
                    item = next(selected, None)
                    if item is None:
                        exhausted = True
                    elif isinstance(item, SourceFailure):
                        yield item
                    else:
                        ref, canonical = item
                        pending.append((ref, canonical, pool.submit(self._fetch, ref.link)))
                if pending:
                    ref, canonical, future = pending.popleft()
                    result = self._document(ref, canonical, future.result(), emitted)
                    if result is not None:
                        yield result
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _document(self, ref: ArticleRef, canonical: str, result: Response | FetchError,
                  emitted: set[str]) -> RawDocument | SourceFailure | None:
        """Turn one fetch result into a document, a failure, or None for a page already yielded."""
        if isinstance(result, FetchError):
            if isinstance(result, TransientError):
                self.transient_failures += 1
            return failure_from(result)
        problem = body_problem(result)
        if problem:
            return SourceFailure(result.url, "decode", f"{problem} at {result.url}")
        declared = find_canonical_link(result.content, result.url) if "html" in result.content_type else None
        final = canonicalize_url(declared or result.url)
        if final in emitted or (final != canonical and self.ctx.is_known(final)):
            LOGGER.debug("%s is %s, already seen", ref.link, final)
            return None
        emitted.update({final, canonical})
        return RawDocument(
            source=self.spec.name,
            locator=result.url,
            content=result.content,
            content_type=result.content_type or "text/html",
            url=final,
            fetched_at=datetime.now(timezone.utc),
            charset=result.charset,
            guid=ref.guid,
            meta=dict(ref.meta),
        )


class RssSource:
    """An RSS or Atom feed and the article pages it links to."""

    kind: ClassVar[str] = "rss"

    def __init__(self, spec: FeedSpec) -> None:
        self.spec = spec

    def documents(self, ctx: SourceContext) -> Iterator[RawDocument | SourceFailure]:
        """Yield a RawDocument per new article and a SourceFailure per problem; never raises."""
        try:
            yield from self._documents(ctx)
        except Exception as exc:  # a bug or a surprise in one feed must not stop the run
            LOGGER.warning("feed %s failed unexpectedly", self.spec.name, exc_info=True)
            yield SourceFailure(self.spec.locator, "fetch", f"unexpected error: {type(exc).__name__}: {exc}")

    def _documents(self, ctx: SourceContext) -> Iterator[RawDocument | SourceFailure]:
        """The feed, then its entries' pages."""
        if not self.spec.url:
            yield SourceFailure(self.spec.locator, "fetch", f"feed {self.spec.name!r} has no url; kind 'rss' needs one")
            return
        with client_for(self.spec, ctx) as client:
            try:
                response = fetch_feed(client, self.spec.url, ctx.feed_state)
            except FetchError as err:
                yield failure_from(err)
                return
            if response.not_modified:
                LOGGER.info("feed %s unchanged (HTTP 304)", self.spec.name)
                return
            problem = body_problem(response)
            if problem:
                yield SourceFailure(response.url, "decode", f"feed {problem}")
                return
            max_items = self.spec.max_items if self.spec.max_items is not None else DEFAULT_MAX_ITEMS
            try:
                feed = parse_feed(response.content, response.url, response.charset, max_items)
            except UnsafeXMLError as exc:
                yield SourceFailure(response.url, "security", f"feed refused: {exc}")
                return
            if feed.problem:
                yield SourceFailure(response.url, "parse", feed.problem)
            if feed.dropped:
                LOGGER.warning("feed %s: %d entries over max_items=%d skipped", self.spec.name, feed.dropped, max_items)
            refs = [
                ArticleRef(entry.link, entry.entry_id, {
                    "title": entry.title,
                    "authors": list(entry.authors),
                    "published_at": entry.published_at,
                    "feed_id": feed.feed_id,
                    "entry_id": entry.entry_id,
                    "site_name": feed.title,
                    "language": self.spec.language or entry.language or feed.language,
                })
                for entry in feed.entries
            ]
            fetcher = ArticleFetcher(self.spec, ctx, client, response.url)
            yield from fetcher.documents(refs)
            if fetcher.transient_failures:
                LOGGER.info("feed %s: %d pages failed transiently; keeping old validators so the next run retries",
                            self.spec.name, fetcher.transient_failures)
            else:
                remember_validators(ctx.feed_state, response)
