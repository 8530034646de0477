"""``sitemap``: news sitemaps (and sitemap indexes of them), then each listed article page."""

from __future__ import annotations

import logging
from typing import ClassVar, Iterator

from extractors.feedxml import DEFAULT_MAX_ITEMS, Sitemap, UnsafeXMLError, gunzip_capped, parse_sitemap
from extractors.models import RawDocument
from flows.config import FeedSpec
from flows.http import FEED_MAX_BYTES, FetchError, HttpClient, body_problem, client_for
from flows.sources.base import SourceContext, SourceFailure
from flows.sources.rss import ArticleFetcher, ArticleRef, failure_from, fetch_feed, remember_validators

LOGGER = logging.getLogger(__name__)

MAX_CHILD_SITEMAPS = 50


def read_sitemap(client: HttpClient, url: str, state: dict, max_items: int) -> tuple[Sitemap | None, list, object]:
    """(parsed sitemap or None when unchanged/failed, failures, response) for one sitemap URL."""
    try:
        response = fetch_feed(client, url, state)
    except FetchError as err:
        return None, [failure_from(err)], None
    if response.not_modified:
        return None, [], response
    content = response.content
    if content[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as a file, not as Content-Encoding
        try:
            content = gunzip_capped(content, FEED_MAX_BYTES)
        except ValueError as exc:
            return None, [SourceFailure(response.url, "decode", f"sitemap {exc}")], response
    problem = body_problem(response) if content is response.content else None
    if problem:
        return None, [SourceFailure(response.url, "decode", f"sitemap {problem}")], response
    try:
        sitemap = parse_sitemap(content, max_items)
    except UnsafeXMLError as exc:
        return None, [SourceFailure(response.url, "security", f"sitemap refused: {exc}")], response
    failures = [SourceFailure(response.url, "parse", sitemap.problem)] if sitemap.problem else []
    return sitemap, failures, response


class SitemapSource:
    """A (news) sitemap or sitemap index and the article pages it lists."""

    kind: ClassVar[str] = "sitemap"

    def __init__(self, spec: FeedSpec) -> None:
        self.spec = spec

    def documents(self, ctx: SourceContext) -> Iterator[RawDocument | SourceFailure]:
        """Yield a RawDocument per new article and a SourceFailure per problem; never raises."""
        try:
            yield from self._documents(ctx)
        except Exception as exc:  # one broken sitemap must not stop the run
            LOGGER.warning("sitemap %s failed unexpectedly", self.spec.name, exc_info=True)
            yield SourceFailure(self.spec.locator, "fetch", f"unexpected error: {type(exc).__name__}: {exc}")

    def _documents(self, ctx: SourceContext) -> Iterator[RawDocument | SourceFailure]:
        """The sitemap (and its children, for an index), then the pages."""
        if not self.spec.url:
            yield SourceFailure(self.spec.locator, "fetch", f"feed {self.spec.name!r} has no url; kind 'sitemap' needs one")
            return
        max_items = self.spec.max_items if self.spec.max_items is not None else DEFAULT_MAX_ITEMS
        with client_for(self.spec, ctx) as client:
            sitemap, failures, response = read_sitemap(client, self.spec.url, ctx.feed_state, max_items)
            yield from failures
            if sitemap is not None:
                parsed = [(self.spec.url, sitemap)]
                child_urls = sitemap.sitemaps[:MAX_CHILD_SITEMAPS]
                ctx.feed_state["children"] = child_urls
            elif response is not None and response.not_modified and ctx.feed_state.get("children"):
                # An unchanged index still has children that change (today's news sitemap): check each again.
                parsed, child_urls = [], list(ctx.feed_state["children"])
            else:
                return
            children_state = ctx.feed_state.setdefault("sitemaps", {})
            for url in set(children_state) - set(child_urls):  # dropped from the index: forget its validators
                del children_state[url]
            for child_url in child_urls:
                child_state = children_state.setdefault(child_url, {})
                child, child_failures, child_response = read_sitemap(client, child_url, child_state, max_items)
                yield from child_failures
                if child is not None and child.sitemaps:
                    yield SourceFailure(child_url, "parse", "nested sitemap index ignored (one level is followed)")
                if child is not None:
                    parsed.append((child_url, child))
                    remember_validators(child_state, child_response)
            refs = []
            for sitemap_url, page_list in parsed:
                for url in page_list.urls:
                    refs.append(ArticleRef(url.loc, None, {
                        "title": url.title,
                        "authors": [],
                        "published_at": url.published_at or url.lastmod,
                        "feed_id": sitemap_url,
                        "entry_id": url.loc,
                        "site_name": url.publication,
                        "language": self.spec.language or url.language,
                    }))
            fetcher = ArticleFetcher(self.spec, ctx, client, self.spec.url)
            yield from fetcher.documents(refs[:max_items])
            if not fetcher.transient_failures:
                remember_validators(ctx.feed_state, response)
