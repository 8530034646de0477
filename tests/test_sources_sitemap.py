"""The sitemap source against the fixture server: news sitemaps, indexes, gzip, increments, hostile input."""

from __future__ import annotations

import gzip
from datetime import datetime, timezone

from extractors.models import RawDocument
from flows.config import FeedSpec
from flows.sources import get_source_class
from flows.sources.base import SourceContext, SourceFailure
from flows.sources.sitemap import SitemapSource
from tests.http_server import FixtureServer, http_server, respond  # noqa: F401


def run(server: FixtureServer, path: str, ctx: SourceContext | None = None, **kwargs):
    """Documents and failures of one sitemap run."""
    spec = FeedSpec(name="sm", kind="sitemap", url=server.url(path), delay=0.0, options={"backoff": 0.01}, **kwargs)
    out = list(SitemapSource(spec).documents(ctx or SourceContext(allow_private_network=True)))
    return [d for d in out if isinstance(d, RawDocument)], [f for f in out if isinstance(f, SourceFailure)]


def test_registry_finds_the_builtin_kind() -> None:
    assert get_source_class("sitemap") is SitemapSource


def test_news_sitemap_yields_pages_with_news_metadata(http_server: FixtureServer) -> None:
    docs, failures = run(http_server, "news-sitemap.xml")
    assert failures == []
    assert [d.url for d in docs] == [http_server.url("articles/vilnius-summit.html"),
                                     http_server.url("articles/sweden-accession.html")]
    assert docs[0].meta == {
        "title": "NATO leaders agree on Ukraine path at Vilnius summit",
        "authors": [],
        "published_at": datetime(2023, 7, 11, 15, 30, tzinfo=timezone.utc),
        "feed_id": http_server.url("news-sitemap.xml"),
        "entry_id": http_server.url("articles/vilnius-summit.html"),
        "site_name": "The Baltic Ledger",
        "language": "en",
    }


def test_sitemap_index_follows_children_and_reports_the_missing_one(http_server: FixtureServer) -> None:
    ctx = SourceContext(allow_private_network=True)
    docs, failures = run(http_server, "sitemap-index.xml", ctx)
    assert len(docs) == 3 and docs[-1].meta["published_at"] == datetime(2023, 6, 26, 6, 0, tzinfo=timezone.utc)
    assert [(f.stage, f.locator) for f in failures] == [("fetch", http_server.url("missing-sitemap.xml"))]
    assert ctx.feed_state["etag"] and ctx.feed_state["sitemaps"][http_server.url("news-sitemap.xml")]["etag"]
    docs, failures = run(http_server, "sitemap-index.xml", ctx)
    # The index is unchanged (304); its children are asked again (conditional GET): unchanged too, and the
    # one that is still missing is still reported.
    assert docs == []
    assert [(f.stage, f.locator) for f in failures] == [("fetch", http_server.url("missing-sitemap.xml"))]
    assert http_server.requests_to("sitemap-index.xml")[-1].status == 304
    assert http_server.requests_to("news-sitemap.xml")[-1].status == 304


CHILD = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>"""


def test_an_unchanged_index_still_yields_new_pages_of_a_changed_child(http_server: FixtureServer) -> None:
    # News sites keep the index fixed and rewrite "today's" child sitemap all day.
    import hashlib

    pages = ["articles/vilnius-summit.html"]

    def today(h) -> None:
        body = CHILD.format("".join(f"<url><loc>{http_server.url(p)}</loc></url>" for p in pages)).encode()
        etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
        if h.headers.get("If-None-Match") == etag:
            return h.reply(304, b"", {"ETag": etag})
        h.reply(200, body, {"Content-Type": "application/xml", "ETag": etag})

    index = CHILD.replace("urlset", "sitemapindex").format(f"<sitemap><loc>{http_server.url('today.xml')}</loc></sitemap>")
    http_server.route("/index.xml", lambda h: h.reply(304, b"", {"ETag": '"i1"'}) if h.headers.get("If-None-Match")
                      == '"i1"' else h.reply(200, index.encode(), {"Content-Type": "application/xml", "ETag": '"i1"'}))
    http_server.route("/today.xml", today)
    ctx = SourceContext(allow_private_network=True)
    docs, failures = run(http_server, "index.xml", ctx)
    assert failures == [] and [d.url for d in docs] == [http_server.url("articles/vilnius-summit.html")]
    pages.append("articles/sweden-accession.html")  # the child changes, the index does not
    docs, failures = run(http_server, "index.xml", ctx)
    assert http_server.requests_to("index.xml")[-1].status == 304
    assert failures == [] and http_server.url("articles/sweden-accession.html") in [d.url for d in docs]
    docs, failures = run(http_server, "index.xml", ctx)  # nothing changed anywhere: nothing fetched
    assert docs == failures == [] and http_server.requests_to("today.xml")[-1].status == 304


def test_gzipped_sitemap_file(http_server: FixtureServer) -> None:
    def handler(h) -> None:
        h.reply(200, gzip.compress(h.fixture_bytes("news-sitemap.xml")), {"Content-Type": "application/x-gzip"})

    http_server.route("/sitemap.xml.gz", handler)
    docs, failures = run(http_server, "sitemap.xml.gz")
    assert failures == [] and len(docs) == 2


def test_known_pages_and_item_cap(http_server: FixtureServer) -> None:
    known = {http_server.url("articles/vilnius-summit.html")}
    docs, _ = run(http_server, "news-sitemap.xml", SourceContext(allow_private_network=True, is_known=known.__contains__))
    assert [d.url for d in docs] == [http_server.url("articles/sweden-accession.html")]
    docs, _ = run(http_server, "news-sitemap.xml", max_items=1)
    assert len(docs) == 1


def test_hostile_sitemaps(http_server: FixtureServer) -> None:
    http_server.route("/bomb.xml", respond(200, (b'<!DOCTYPE u [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                                                 b"<urlset><url><loc>&b;</loc></url></urlset>"),
                                           {"Content-Type": "application/xml"}))
    http_server.route("/html.xml", respond(200, b"<html><body>Not here</body></html>", {"Content-Type": "text/html"}))
    for path, stage in (("bomb.xml", "security"), ("html.xml", "parse"), ("nothing.xml", "fetch")):
        docs, failures = run(http_server, path)
        assert docs == [] and [f.stage for f in failures] == [stage], path
