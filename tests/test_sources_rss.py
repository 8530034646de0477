"""The rss source end to end against the fixture server: feeds, pages, metadata, increments, hostile input."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from extractors.models import RawDocument
from flows.config import FeedSpec
from flows.sources import get_source_class
from flows.sources.base import SourceContext, SourceFailure
from flows.sources.rss import RssSource
from tests.http_server import FixtureServer, endless, fail_first, http_server, redirect, respond, serve  # noqa: F401


def spec_for(server: FixtureServer, path: str, **kwargs) -> FeedSpec:
    """A feed on the fixture server with no politeness delay and quick retries."""
    options = {"backoff": 0.01, "retries": 1, **kwargs.pop("options", {})}
    return FeedSpec(name=path.split(".")[0], kind="rss", url=server.url(path), delay=0.0, options=options, **kwargs)


def run(spec: FeedSpec, ctx: SourceContext | None = None) -> tuple[list[RawDocument], list[SourceFailure]]:
    """All documents and failures of one source run."""
    ctx = ctx or SourceContext(allow_private_network=True)
    out = list(RssSource(spec).documents(ctx))
    assert all(isinstance(item, (RawDocument, SourceFailure)) for item in out)
    return [d for d in out if isinstance(d, RawDocument)], [f for f in out if isinstance(f, SourceFailure)]


def test_registry_finds_the_builtin_kind() -> None:
    assert get_source_class("rss") is RssSource


def test_rss2_feed_yields_pages_with_feed_metadata(http_server: FixtureServer) -> None:
    docs, failures = run(spec_for(http_server, "rss2.xml"))
    assert failures == []
    assert [d.url for d in docs] == [http_server.url(f"articles/{n}.html")
                                     for n in ("vilnius-summit", "sweden-accession", "air-policing")]
    first = docs[0]
    assert first.source == "rss2" and first.guid == "https://balticledger.example/?p=10231"
    assert first.locator == http_server.url("articles/vilnius-summit.html?utm_source=rss&utm_medium=feed&utm_campaign=world")
    assert first.content_type == "text/html" and first.charset == "utf-8" and b"Vilnius" in first.content
    assert first.fetched_at.tzinfo is not None
    assert first.meta == {
        "title": "NATO leaders agree on Ukraine path at Vilnius summit",
        "authors": ["Rasa Petrauskaitė"],
        "published_at": datetime(2023, 7, 11, 15, 30, tzinfo=timezone.utc),
        "feed_id": http_server.url(""),
        "entry_id": "https://balticledger.example/?p=10231",
        "site_name": "The Baltic Ledger — World",
        "language": "en-gb",
    }


def test_rss1_and_atom_feeds(http_server: FixtureServer) -> None:
    rdf_docs, rdf_failures = run(spec_for(http_server, "rss1.rdf"))
    atom_docs, atom_failures = run(spec_for(http_server, "atom.xml", language="en-GB"))
    assert rdf_failures == atom_failures == []
    assert [d.meta["title"] for d in rdf_docs] == ["NATO-Ukraine Council holds first meeting", "Turkey backs Sweden's NATO bid"]
    assert rdf_docs[0].meta["published_at"] == datetime(2023, 7, 12, 8, 0, tzinfo=timezone.utc)
    assert atom_docs[0].url == http_server.url("articles/vilnius-summit.html")  # "#comments" dropped
    assert atom_docs[0].meta["authors"] == ["Rasa Petrauskaitė", "Summit desk"]
    assert atom_docs[0].meta["feed_id"] == "tag:summit-tracker.example,2023:feed"
    assert atom_docs[0].meta["language"] == "en-GB"  # the feed spec's language wins


def test_unchanged_feed_costs_one_304_and_yields_nothing(http_server: FixtureServer) -> None:
    ctx = SourceContext(allow_private_network=True)
    docs, _ = run(spec_for(http_server, "rss2.xml"), ctx)
    assert len(docs) == 3 and ctx.feed_state["etag"] and ctx.feed_state["last_modified"]
    pages_before = len(http_server.log)
    again, failures = run(spec_for(http_server, "rss2.xml"), ctx)
    assert again == failures == []
    new = http_server.log[pages_before:]
    assert [(r.path, r.status) for r in new] == [("/rss2.xml", 304)]
    assert new[0].headers["If-None-Match"] == ctx.feed_state["etag"]
    assert new[0].headers["If-Modified-Since"] == "Tue, 11 Jul 2023 08:00:00 GMT"


def test_known_articles_are_not_fetched_again(http_server: FixtureServer) -> None:
    known = {"https://balticledger.example/?p=10231", http_server.url("articles/air-policing.html")}
    docs, _ = run(spec_for(http_server, "rss2.xml"), SourceContext(allow_private_network=True, is_known=known.__contains__))
    assert [d.guid for d in docs] == ["https://balticledger.example/?p=10228"]
    assert http_server.requests_to("articles/vilnius-summit.html") == []
    assert http_server.requests_to("articles/air-policing.html") == []


def test_duplicate_guids_yield_once(http_server: FixtureServer) -> None:
    docs, failures = run(spec_for(http_server, "duplicate-guids.xml"))
    assert failures == [] and [d.guid for d in docs] == ["brigade-2023-06-26"]
    assert len(http_server.requests_to("articles/air-policing.html")) == 1


def test_one_page_through_many_urls_is_one_article(http_server: FixtureServer) -> None:
    http_server.route("/go/vilnius", redirect("/articles/vilnius-summit.html?utm_source=shortlink"))
    docs, failures = run(spec_for(http_server, "many-urls.xml"))
    assert failures == []
    assert [d.url for d in docs] == [http_server.url("articles/vilnius-summit.html")]


def test_rss_and_atom_entries_for_one_page_share_the_canonical_url(http_server: FixtureServer) -> None:
    rss, _ = run(spec_for(http_server, "rss2.xml"))
    atom, _ = run(spec_for(http_server, "atom.xml"))
    assert rss[0].url == atom[0].url == http_server.url("articles/vilnius-summit.html")


def test_wrong_declared_charset(http_server: FixtureServer) -> None:
    docs, failures = run(spec_for(http_server, "latin1.xml"))
    assert failures == []
    (doc,) = docs
    assert doc.meta["title"] == "Gipfel in Vilnius: Selenskyj übt Kritik" and doc.meta["authors"] == ["Jürg Müller"]
    assert doc.charset == "utf-8"  # what the header claimed; the bytes are cp1252 and decoding is the cleaner's job
    assert "Grüße".encode("cp1252") in doc.content


def test_gzip_feed(http_server: FixtureServer) -> None:
    from tests.http_server import gzipped

    http_server.route("/feed.xml", gzipped("atom.xml"))
    docs, failures = run(spec_for(http_server, "feed.xml"))
    assert failures == [] and len(docs) == 2


def test_malformed_feed_keeps_salvage_and_reports(http_server: FixtureServer) -> None:
    docs, failures = run(spec_for(http_server, "malformed.xml"))
    assert [d.guid for d in docs] == ["broken-1"]
    assert failures[0].stage == "parse" and failures[0].error.startswith("malformed feed (line")


@pytest.mark.timeout(10)
def test_entity_bomb_is_refused_and_never_expanded(http_server: FixtureServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import feedparser

    monkeypatch.setattr(feedparser, "parse", lambda *a, **k: pytest.fail("feedparser saw the bomb"))
    for name in ("bomb.xml", "xxe.xml"):
        docs, failures = run(spec_for(http_server, name))
        assert docs == [] and [f.stage for f in failures] == ["security"]
        assert "declares entities" in failures[0].error
    assert http_server.requests_to("articles/air-policing.html") == []


def test_item_cap(http_server: FixtureServer) -> None:
    docs, _ = run(spec_for(http_server, "rss2.xml", max_items=1))
    assert len(docs) == 1


def test_private_network_refused_without_the_flag(http_server: FixtureServer) -> None:
    docs, failures = run(spec_for(http_server, "rss2.xml"), SourceContext())
    assert docs == [] and len(failures) == 1
    assert failures[0].stage == "security" and "--allow-private-network" in failures[0].error
    assert http_server.arrived == []
    docs, _ = run(spec_for(http_server, "rss2.xml", allow_private_network=True), SourceContext())
    assert len(docs) == 3  # the feed's own allow_private_network works as well as the CLI flag


def test_bad_entries_fail_one_by_one_and_the_rest_lands(http_server: FixtureServer) -> None:
    http_server.route("/go/intranet", redirect("http://10.0.0.1/wiki"))
    spec = spec_for(http_server, "private-feed.xml", options={"trusted_networks": ["127.0.0.1/32"]})
    docs, failures = run(spec, SourceContext())
    assert [d.guid for d in docs] == ["m-1"]
    assert sorted(f.stage for f in failures) == ["fetch", "robots", "security"]
    by_stage = {f.stage: f for f in failures}
    assert "HTTP 404" in by_stage["fetch"].error and by_stage["fetch"].locator.endswith("/articles/deleted.html")
    assert "10.0.0.1" in by_stage["security"].error


@pytest.mark.parametrize(
    ("handler", "stage", "message"),
    [
        (respond(404, b"nope"), "fetch", "HTTP 404"),
        (respond(410, b"gone"), "fetch", "HTTP 410"),
        (respond(403, b"forbidden"), "fetch", "HTTP 403"),
        (respond(200, b"", {"Content-Type": "application/rss+xml"}), "decode", "empty body"),
        (respond(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", {"Content-Type": "image/png"}), "decode", "binary"),
        (respond(200, b"<html><body>Sign in</body></html>", {"Content-Type": "text/html"}), "parse", "not an RSS"),
    ],
)
def test_hostile_feed_responses_become_one_failure(http_server: FixtureServer, handler, stage: str, message: str) -> None:
    http_server.route("/feed.xml", handler)
    docs, failures = run(spec_for(http_server, "feed.xml"))
    assert docs == [] and len(failures) == 1
    assert failures[0].stage == stage and message in failures[0].error


@pytest.mark.timeout(30)
def test_oversize_feed_and_page(http_server: FixtureServer) -> None:
    http_server.route("/feed.xml", endless(50 * 1024 * 1024, "application/rss+xml"))
    docs, failures = run(spec_for(http_server, "feed.xml"))
    assert docs == [] and len(failures) == 1 and "5242880-byte cap" in failures[0].error
    http_server.route("/feed.xml", serve("rss2.xml"))
    http_server.route("/articles/vilnius-summit.html", endless(50 * 1024 * 1024))
    docs, failures = run(spec_for(http_server, "feed.xml"))
    assert len(docs) == 2 and len(failures) == 1 and "10485760-byte cap" in failures[0].error


@pytest.mark.timeout(20)
def test_slow_and_busy_pages(http_server: FixtureServer) -> None:
    from tests.http_server import slow

    http_server.route("/articles/vilnius-summit.html", slow(5.0))
    http_server.route("/articles/sweden-accession.html", fail_first(1, 429, "0"))
    ctx = SourceContext(allow_private_network=True)
    docs, failures = run(spec_for(http_server, "rss2.xml", timeout=0.5), ctx)
    assert sorted(d.guid for d in docs) == ["https://balticledger.example/?p=10102", "https://balticledger.example/?p=10228"]
    assert len(failures) == 1 and "timed out after 0.5 s" in failures[0].error
    assert "etag" not in ctx.feed_state  # a transient page failure: the next run refetches the feed and retries


def test_documents_never_raises(http_server: FixtureServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.sources.rss as rss

    monkeypatch.setattr(rss, "parse_feed", lambda *a, **k: 1 / 0)
    docs, failures = run(spec_for(http_server, "rss2.xml"))
    assert docs == [] and "ZeroDivisionError" in failures[0].error
