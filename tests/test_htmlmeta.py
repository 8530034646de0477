"""Metadata from JSON-LD, meta tags, bylines and URLs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from lxml import html as lxml_html

from extractors.html import clean_html
from extractors.htmlmeta import extract_meta, parse_date

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def tree(source: str):
    """Parsed page."""
    return lxml_html.document_fromstring(source)


def test_jsonld_graph_meta_tags_and_canonical() -> None:
    doc = clean_html((FIXTURES / "article_with_comments.html").read_text(encoding="utf-8"), url="https://gazette.example/x")
    assert doc.title == "Harbour bridge reopens after repairs"
    assert doc.authors == ("Jane Miller", "Tom Berg")
    assert doc.published_at == datetime(2023, 7, 11, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    assert doc.modified_at == datetime(2023, 7, 12, 8, 0, tzinfo=timezone.utc)
    assert doc.site_name == "The Coastal Gazette"
    assert doc.language == "en"
    assert doc.canonical_url == "https://gazette.example/news/2023/07/11/harbour-bridge"


def test_meta_tags_without_jsonld() -> None:
    meta = extract_meta(tree(
        '<html><head><title>Flood warning lifted - Daily Post</title>'
        '<meta name="author" content="Ola Nordmann"><meta property="og:locale" content="nb_NO">'
        '<meta name="dc.date" content="2021-03-04"><meta property="og:url" content="https://post.example/flood">'
        '</head><body><p>x</p></body></html>'
    ))
    assert meta.title == "Flood warning lifted"
    assert meta.authors == ("Ola Nordmann",)
    assert meta.published_at == datetime(2021, 3, 4, tzinfo=timezone.utc)
    assert meta.language == "nb"
    assert meta.canonical_url == "https://post.example/flood"


def test_byline_and_url_date_fallbacks() -> None:
    meta = extract_meta(
        tree('<html lang="de-DE"><body><h1>Neue Brücke</h1><span class="byline">Von Max Muster und Erika Beispiel</span></body></html>'),
        url="https://zeitung.example/2020/05/17/neue-bruecke/",
    )
    assert meta.title == "Neue Brücke"
    assert meta.authors == ("Max Muster", "Erika Beispiel")
    assert meta.published_at == datetime(2020, 5, 17, tzinfo=timezone.utc)
    assert meta.language == "de"


def test_broken_jsonld_is_skipped() -> None:
    meta = extract_meta(tree('<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script></head><body></body></html>'))
    assert meta.authors == () and meta.published_at is None


def test_parse_date_zones() -> None:
    assert parse_date("2019-11-18T21:05:00Z") == datetime(2019, 11, 18, 21, 5, tzinfo=timezone.utc)
    assert parse_date("2019-11-18T21:05:00-05:00").utcoffset() == timedelta(hours=-5)
    assert parse_date("2019-11-18 21:05") == datetime(2019, 11, 18, 21, 5, tzinfo=timezone.utc)
    assert parse_date("Mon, 18 Nov 2019 21:05:00 GMT").tzinfo is not None
    assert parse_date("yesterday") is None


def test_microdata_byline_canonical_case_and_time_element() -> None:
    source = (
        '<html><head><link rel="Canonical" href="/a/b"><title>T</title></head><body>'
        '<span itemprop="name">Not an author</span>'
        '<div itemprop="author" itemscope><span itemprop="name">Ada Lovelace</span></div>'
        '<time datetime="2022-02-03T10:00:00Z">3 Feb</time></body></html>'
    )
    meta = extract_meta(tree(source), url="https://site.example/x")
    assert meta.authors == ("Ada Lovelace",)
    assert meta.canonical_url == "https://site.example/a/b"
    assert meta.published_at == datetime(2022, 2, 3, 10, 0, tzinfo=timezone.utc)


def test_rel_author_link_is_a_byline() -> None:
    meta = extract_meta(tree('<html><body><p>Text by <a rel="author" href="/u/1">Grace Hopper</a></p></body></html>'))
    assert meta.authors == ("Grace Hopper",)


def test_clean_text_collapses_every_kind_of_whitespace_like_the_regex() -> None:
    import re

    from extractors.htmlmeta import clean_text

    spaces = [chr(c) for c in range(0x3100) if re.match(r"\s", chr(c))]
    samples = ["", " ", "a", "  a  b  ", "\u00a0title\u2003 x\u3000", "x\x1c\x1dy\x1e\x1f z", *(f"{s}a{s}{s}b{s}" for s in spaces)]
    for sample in samples:
        assert clean_text(sample) == re.sub(r"\s+", " ", sample).strip()
    assert clean_text(None) == "" and clean_text(3) == ""


def test_first_meta_content_of_a_key_wins() -> None:
    from lxml.html import fromstring

    from extractors.htmlmeta import read_meta_tags

    tree = fromstring('<html><head><meta name="Author" content="  "><meta name="author " content="A  B">'
                      '<meta property="author" content="C"><meta name=" " content="x"><meta content="y"></head></html>')
    assert read_meta_tags(tree) == {"author": "A B", "": "x"}
