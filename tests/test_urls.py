"""URL canonicalisation: tracking links, anchors and spelling variants collapse to one key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.urls import canonicalize_url, find_canonical_link, is_tracking_param


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a?utm_source=rss&utm_medium=feed", "https://news.example/a"),
        ("HTTPS://News.Example:443/a#comments", "https://news.example/a"),
        ("http://news.example:80", "http://news.example/"),
        ("http://news.example:8080/a", "http://news.example:8080/a"),
        ("https://news.example/a?b=2&fbclid=x&a=1&gclid=y", "https://news.example/a?a=1&b=2"),
        ("https://news.example/a?mc_cid=1&mc_eid=2&igshid=3&ref=home&id=7", "https://news.example/a?id=7"),
        ("https://news.example/%c3%a9t%c3%a9", "https://news.example/%C3%A9t%C3%A9"),
        ("https://news.example./a", "https://news.example/a"),
        ("  https://news.example/a  ", "https://news.example/a"),
        ("https://news.example/a?tag=b&tag=a", "https://news.example/a?tag=b&tag=a"),
    ],
)
def test_canonicalize_url(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


def test_non_http_urls_are_returned_stripped() -> None:
    assert canonicalize_url(" mailto:desk@news.example ") == "mailto:desk@news.example"
    assert canonicalize_url("http://[::1") == "http://[::1"  # unparsable: unchanged, no exception


def test_tracking_params() -> None:
    assert is_tracking_param("UTM_Campaign") and is_tracking_param("fbclid")
    assert not is_tracking_param("id") and not is_tracking_param("page")


_segment = st.text(alphabet="abcXYZ019-._~%", min_size=0, max_size=8)
_urls = st.builds(
    lambda scheme, host, port, path, params, frag: (
        f"{scheme}://{host}{port}/{'/'.join(path)}?{'&'.join(f'{k}={v}' for k, v in params)}#{frag}"
    ),
    st.sampled_from(["http", "HTTPS", "Http"]),
    st.sampled_from(["news.example", "NEWS.example", "127.0.0.1", "[::1]"]),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.lists(_segment, max_size=3),
    st.lists(st.tuples(st.sampled_from(["a", "b", "utm_source", "fbclid", "id", "Ref"]), _segment), max_size=4),
    _segment,
)


@given(_urls)
def test_canonicalize_is_idempotent_and_drops_tracking(url: str) -> None:
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once
    assert "#" not in once
    assert "utm_source=" not in once and "fbclid=" not in once and "Ref=" not in once


def test_find_canonical_link() -> None:
    page = b'<html><head><meta charset="utf-8"><link href="/story?id=1" rel="canonical"></head><body></body></html>'
    assert find_canonical_link(page, "https://news.example/amp/story") == "https://news.example/story?id=1"


def test_find_canonical_link_ignores_body_and_non_http() -> None:
    body_only = b'<html><head></head><body><link rel="canonical" href="https://evil.example/"></body></html>'
    assert find_canonical_link(body_only, "https://news.example/") is None
    js = b"<head><link rel='canonical' href='javascript:alert(1)'></head>"
    assert find_canonical_link(js, "https://news.example/") is None
