"""Feed and sitemap parsing over bytes: entries and metadata, salvage, and the XML safety check."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from extractors.feedxml import (
    UnsafeXMLError, check_xml_safety, decode_xml, gunzip_capped, parse_feed, parse_sitemap,
)
from tests.http_server import FEEDS_DIR

BASE = "http://news.example"


def fixture(name: str) -> bytes:
    """A recorded fixture with its placeholders filled for BASE."""
    return (FEEDS_DIR / name).read_bytes().replace(b"{{base}}", BASE.encode()).replace(b"{{port}}", b"80")


def test_rss2_entries_and_metadata() -> None:
    feed = parse_feed(fixture("rss2.xml"), f"{BASE}/rss2.xml")
    assert feed.version == "rss20" and feed.problem is None
    assert feed.title == "The Baltic Ledger — World" and feed.language == "en-gb"
    first, second, third = feed.entries
    assert first.entry_id == "https://balticledger.example/?p=10231"
    assert first.link.startswith(f"{BASE}/articles/vilnius-summit.html?utm_source=rss")
    assert first.authors == ("Rasa Petrauskaitė",)
    assert first.published_at == datetime(2023, 7, 11, 15, 30, tzinfo=timezone.utc)
    assert second.title == "Turkey backs Sweden\u2019s NATO bid on eve of summit"
    assert third.authors == ("Defence Desk",)  # RSS "email (Name)"


def test_rss1_entries_use_dc_metadata() -> None:
    feed = parse_feed(fixture("rss1.rdf"), f"{BASE}/rss1.rdf")
    assert feed.version == "rss10" and feed.title == "Nordic Wire" and feed.language == "en"
    entry = feed.entries[0]
    assert entry.link == f"{BASE}/articles/council-first-meeting.html"
    assert entry.authors == ("Nordic Wire staff",)
    assert entry.published_at == datetime(2023, 7, 12, 8, 0, tzinfo=timezone.utc)  # dc:date, +03:00


def test_atom_entries() -> None:
    feed = parse_feed(fixture("atom.xml"), f"{BASE}/atom.xml")
    assert feed.version == "atom10" and feed.feed_id == "tag:summit-tracker.example,2023:feed"
    first, second = feed.entries
    assert first.title == "NATO leaders agree on Ukraine path at Vilnius summit"  # type="html" stripped
    assert first.authors == ("Rasa Petrauskaitė", "Summit desk")
    assert first.language == "en"
    assert first.published_at == datetime(2023, 7, 11, 15, 30, tzinfo=timezone.utc)
    assert second.published_at == datetime(2023, 7, 12, 8, 0, tzinfo=timezone.utc)  # falls back to <updated>


def test_relative_links_are_resolved_against_the_feed_url() -> None:
    body = b'<rss version="2.0"><channel><title>t</title><item><link>/a/b.html</link></item></channel></rss>'
    assert parse_feed(body, f"{BASE}/feeds/x.xml").entries[0].link == f"{BASE}/a/b.html"


def test_wrong_declared_charset_follows_the_document() -> None:
    feed = parse_feed(fixture("latin1.xml"), f"{BASE}/latin1.xml", http_charset="utf-8")
    assert feed.title == "Zürcher Rundschau"
    assert feed.entries[0].title == "Gipfel in Vilnius: Selenskyj übt Kritik"
    assert feed.entries[0].authors == ("Jürg Müller",)


def test_utf8_body_mislabelled_latin1_is_read_as_utf8() -> None:
    body = '<rss version="2.0"><channel><title>Zürich</title></channel></rss>'.encode()
    assert decode_xml(body, "iso-8859-1")[0].startswith('<rss version="2.0"><channel><title>Zürich')
    assert parse_feed(body, http_charset="iso-8859-1").title == "Zürich"


def test_utf16_feed() -> None:
    body = '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>Łódź</title></channel></rss>'
    assert parse_feed(body.encode("utf-16")).title == "Łódź"


def test_malformed_feed_is_salvaged_with_a_problem() -> None:
    feed = parse_feed(fixture("malformed.xml"), f"{BASE}/malformed.xml")
    assert feed.problem and feed.problem.startswith("malformed feed (line")
    assert feed.entries[0].link == f"{BASE}/articles/air-policing.html"


def test_html_is_not_a_feed() -> None:
    feed = parse_feed(b"<!DOCTYPE html><html><body><p>Login</p></body></html>")
    assert feed.entries == () and feed.problem == "not an RSS or Atom feed (HTML)"


def test_item_cap() -> None:
    items = "".join(f"<item><link>{BASE}/{i}</link></item>" for i in range(30))
    feed = parse_feed(f'<rss version="2.0"><channel>{items}</channel></rss>'.encode(), max_items=10)
    assert len(feed.entries) == 10 and feed.dropped == 20


def test_entity_bomb_is_refused_before_feedparser(monkeypatch: pytest.MonkeyPatch) -> None:
    import feedparser

    def boom(*args, **kwargs):
        raise AssertionError("feedparser must never see an entity bomb")

    monkeypatch.setattr(feedparser, "parse", boom)
    with pytest.raises(UnsafeXMLError, match="declares entities"):
        parse_feed(fixture("bomb.xml"))
    with pytest.raises(UnsafeXMLError):
        parse_feed(fixture("xxe.xml"))  # external entity behind a comment


@pytest.mark.parametrize("doc", [
    b'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]><rss/>',
    '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "b">]><rss/>'.encode("utf-16"),
    b"\xef\xbb\xbf<!-- <rss> --><!doctype r [<!entity a 'b'>]><rss/>",
])
def test_entity_declarations_are_refused_in_any_disguise(doc: bytes) -> None:
    with pytest.raises(UnsafeXMLError):
        check_xml_safety(doc)


def test_harmless_doctype_and_entity_talk_in_cdata_are_allowed() -> None:
    check_xml_safety(b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                     b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"/>')
    check_xml_safety(b"<rss><channel><description><![CDATA[How <!ENTITY works]]></description></channel></rss>")
    feed = parse_feed(b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd">'
                      b'<rss version="0.91"><channel><title>Old</title><item><link>http://a/</link></item></channel></rss>')
    assert feed.title == "Old" and len(feed.entries) == 1


def test_news_sitemap() -> None:
    sitemap = parse_sitemap(fixture("news-sitemap.xml"))
    assert sitemap.problem is None and sitemap.sitemaps == ()
    first, second = sitemap.urls
    assert first.loc == f"{BASE}/articles/vilnius-summit.html"
    assert first.title == "NATO leaders agree on Ukraine path at Vilnius summit"
    assert first.publication == "The Baltic Ledger" and first.language == "en"
    assert first.published_at == datetime(2023, 7, 11, 15, 30, tzinfo=timezone.utc)
    assert second.published_at == datetime(2023, 7, 10, tzinfo=timezone.utc)  # a bare date is taken as UTC


def test_sitemap_index() -> None:
    index = parse_sitemap(fixture("sitemap-index.xml"))
    assert index.urls == () and index.sitemaps[0] == f"{BASE}/news-sitemap.xml" and len(index.sitemaps) == 3


def test_sitemap_bomb_and_garbage() -> None:
    with pytest.raises(UnsafeXMLError):
        parse_sitemap(b'<!DOCTYPE u [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><urlset><url><loc>&b;</loc></url></urlset>')
    assert parse_sitemap(b"<html><body>nope</body></html>").problem == "not a sitemap (root element <html>)"
    broken = parse_sitemap(b"<urlset><url><loc>http://a/1</loc></url><url><loc>http://a/2</loc>")
    assert broken.problem and [u.loc for u in broken.urls] == ["http://a/1", "http://a/2"]


def test_gunzip_cap() -> None:
    import gzip

    assert gunzip_capped(gzip.compress(b"<urlset/>"), 100) == b"<urlset/>"
    with pytest.raises(ValueError, match="cap"):
        gunzip_capped(gzip.compress(b"a" * 10_000), 100)
