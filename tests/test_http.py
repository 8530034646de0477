"""The HTTP client against a real server on 127.0.0.1: redirects, validators, retries, caps, guards, robots."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from flows.http import (
    DEFAULT_USER_AGENT, HttpClient, Response, TerminalError, TransientError, address_problem, body_problem,
    parse_content_type, parse_retry_after,
)
from tests.http_server import (  # noqa: F401
    FixtureServer, endless, fail_first, gzipped, http_server, redirect, respond, serve, slow,
)

LOOPBACK = ("127.0.0.1/32",)


def client(**kwargs) -> HttpClient:
    """A client for the fixture server: loopback allowed, no politeness delay, quick retries."""
    settings = dict(allow_private_network=True, delay=0.0, timeout=5.0, backoff=0.01)
    return HttpClient(**{**settings, **kwargs})


def test_fetch_captures_type_charset_validators_and_sends_user_agent(http_server: FixtureServer) -> None:
    with client() as c:
        response = c.fetch(http_server.url("rss2.xml"))
    assert response.status == 200 and response.content.startswith(b"<?xml")
    assert (response.content_type, response.charset) == ("application/rss+xml", "utf-8")
    assert response.etag and response.last_modified == "Tue, 11 Jul 2023 08:00:00 GMT"
    assert http_server.requests_to("rss2.xml")[0].headers["User-Agent"] == DEFAULT_USER_AGENT


@pytest.mark.parametrize("validator", ["etag", "last_modified"])
def test_conditional_get_returns_304(http_server: FixtureServer, validator: str) -> None:
    with client() as c:
        first = c.fetch(http_server.url("atom.xml"))
        second = c.fetch(http_server.url("atom.xml"), **{validator: getattr(first, validator)})
    assert second.not_modified and second.content == b""
    assert [r.status for r in http_server.requests_to("atom.xml")] == [200, 304]


def test_redirects_are_followed_and_recorded(http_server: FixtureServer) -> None:
    http_server.route("/old", redirect("/older", 301))
    http_server.route("/older", redirect(http_server.url("articles/air-policing.html"), 308))
    with client() as c:
        response = c.fetch(http_server.url("old"))
    assert response.url == http_server.url("articles/air-policing.html")
    assert response.redirects == (http_server.url("old"), http_server.url("older"))


def test_redirect_limit(http_server: FixtureServer) -> None:
    http_server.route("/loop", redirect("/loop"))
    with client() as c, pytest.raises(TerminalError, match="more than 5 redirects"):
        c.fetch(http_server.url("loop"))
    assert len(http_server.requests_to("loop")) == 6


@pytest.mark.parametrize("target", ["http://10.0.0.1/admin", "http://[::1]/", "http://169.254.169.254/latest/meta-data/"])
def test_redirect_into_a_private_network_is_refused(http_server: FixtureServer, target: str) -> None:
    # The fixture server itself is trusted; the guard still sees every other private address as private.
    http_server.route("/go", redirect(target))
    with client(allow_private_network=False, trusted_networks=LOOPBACK) as c:
        with pytest.raises(TerminalError) as info:
            c.fetch(http_server.url("go"))
    assert info.value.stage == "security"
    assert "--allow-private-network" in str(info.value) and target.split("/")[2].strip("[]") in str(info.value)


def test_private_hosts_are_refused_by_name_too(http_server: FixtureServer) -> None:
    def resolver(host: str, port: int) -> list[str]:
        return {"intranet.example": ["93.184.216.34", "192.168.1.5"]}.get(host, ["127.0.0.1"])

    http_server.route("/go", redirect("http://intranet.example/feed"))
    with client(allow_private_network=False, trusted_networks=LOOPBACK, resolver=resolver) as c:
        with pytest.raises(TerminalError, match=r"resolves to 192\.168\.1\.5, a private address"):
            c.fetch(http_server.url("go"))


def test_the_connection_goes_to_the_checked_address_not_to_a_second_lookup(http_server: FixtureServer) -> None:
    # DNS rebinding: a name that resolves to a public address when checked and to a private one when the
    # connection is made. The client connects to the addresses the guard checked, never resolving again:
    # "feeds.example" exists only in the guard's resolver (the system's DNS does not know it), so this
    # fetch can only succeed by connecting to the checked address.
    calls = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"] if host == "feeds.example" else []

    port = int(http_server.url("").split(":")[2].split("/")[0])
    with client(allow_private_network=False, trusted_networks=LOOPBACK, resolver=resolver,
                respect_robots=False) as c:
        response = c.fetch(f"http://feeds.example:{port}/rss2.xml")
    assert response.status == 200 and response.content.startswith(b"<?xml")
    assert calls == ["feeds.example"]  # one lookup: the guard's
    assert http_server.requests_to("rss2.xml")[0].headers["Host"] == f"feeds.example:{port}"


def test_loopback_is_refused_without_the_flag(http_server: FixtureServer) -> None:
    with client(allow_private_network=False) as c, pytest.raises(TerminalError) as info:
        c.fetch(http_server.url("rss2.xml"))
    assert info.value.stage == "security" and "loopback" in str(info.value)
    assert http_server.arrived == []  # refused before connecting


def test_non_http_schemes_are_refused(http_server: FixtureServer) -> None:
    http_server.route("/go", redirect("file:///etc/passwd"))
    with client() as c, pytest.raises(TerminalError, match="only http"):
        c.fetch(http_server.url("go"))


def test_429_is_retried_after_retry_after(http_server: FixtureServer) -> None:
    http_server.route("/busy.xml", fail_first(2, 429, retry_after="0", then=serve("rss2.xml")))
    with client(retries=2) as c:
        response = c.fetch(http_server.url("busy.xml"))
    assert response.status == 200
    assert [r.status for r in http_server.requests_to("busy.xml")] == [429, 429, 200]


def test_retry_after_over_the_cap_gives_up_for_this_run(http_server: FixtureServer) -> None:
    http_server.route("/busy.xml", fail_first(5, 429, retry_after="3600"))
    with client(retries=3, max_retry_wait=1.0) as c, pytest.raises(TransientError, match="over the 1 s cap"):
        c.fetch(http_server.url("busy.xml"))
    assert len(http_server.requests_to("busy.xml")) == 1


def test_5xx_is_transient_and_retried_then_raised(http_server: FixtureServer) -> None:
    http_server.route("/down", respond(503, b"maintenance"))
    with client(retries=2) as c, pytest.raises(TransientError, match="HTTP 503"):
        c.fetch(http_server.url("down"))
    assert len(http_server.requests_to("down")) == 3


@pytest.mark.parametrize("status", [403, 404, 410])
def test_4xx_is_terminal_and_not_retried(http_server: FixtureServer, status: int) -> None:
    http_server.route("/gone", respond(status, b"no"))
    with client(retries=3) as c, pytest.raises(TerminalError, match=f"HTTP {status}") as info:
        c.fetch(http_server.url("gone"))
    assert info.value.status == status and len(http_server.requests_to("gone")) == 1


@pytest.mark.timeout(20)
def test_slow_server_times_out_and_is_retried(http_server: FixtureServer) -> None:
    http_server.route("/slow", slow(5.0))
    with client(timeout=0.5, retries=1) as c, pytest.raises(TransientError, match="timed out after 0.5 s"):
        c.fetch(http_server.url("slow"))
    assert http_server.arrived.count("/slow") == 2


def test_gzip_body_is_decompressed(http_server: FixtureServer) -> None:
    http_server.route("/article.gz.html", gzipped("articles/sweden-accession.html"))
    with client() as c:
        response = c.fetch(http_server.url("article.gz.html"))
    assert b"Turkey backs Sweden" in response.content


@pytest.mark.timeout(30)
def test_endless_body_is_cut_at_the_cap(http_server: FixtureServer) -> None:
    http_server.route("/huge.html", endless(50 * 1024 * 1024))
    with client() as c, pytest.raises(TerminalError, match="10485760-byte cap"):
        c.fetch(http_server.url("huge.html"))  # default page cap: 10 MB of the 50 MB


def test_declared_content_length_over_the_cap_is_refused_unread(http_server: FixtureServer) -> None:
    with client() as c, pytest.raises(TerminalError, match="over the 100-byte cap"):
        c.fetch(http_server.url("rss2.xml"), max_bytes=100)


def test_robots_txt_is_respected_and_cached(http_server: FixtureServer) -> None:
    with client() as c:
        with pytest.raises(TerminalError, match="robots.txt .* disallows") as info:
            c.fetch(http_server.url("private/secret.html"))
        assert info.value.stage == "robots"
        c.fetch(http_server.url("articles/air-policing.html"))
    with client(respect_robots=False) as c:
        assert c.fetch(http_server.url("private/secret.html")).status == 200
    assert len(http_server.requests_to("robots.txt")) == 1


def test_robots_user_agent_groups(http_server: FixtureServer) -> None:
    with client(user_agent="BadBot/2.0") as c, pytest.raises(TerminalError, match="'BadBot'"):
        c.fetch(http_server.url("articles/air-policing.html"))


def test_missing_robots_allows_and_broken_robots_blocks(http_server: FixtureServer) -> None:
    http_server.route("/robots.txt", respond(404))
    with client() as c:
        assert c.fetch(http_server.url("private/secret.html")).status == 200
    from flows.http import reset_state

    reset_state()
    http_server.route("/robots.txt", respond(500))
    with client(retries=0) as c, pytest.raises(TerminalError, match="robots.txt .* could not be fetched"):
        c.fetch(http_server.url("articles/air-policing.html"))


def test_at_most_two_requests_per_host_at_once(http_server: FixtureServer) -> None:
    state = {"now": 0, "peak": 0}
    lock = threading.Lock()

    def counted(handler) -> None:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        http_server.stopping.wait(0.15)
        with lock:
            state["now"] -= 1
        handler.reply(200, b"<p>ok</p>", {"Content-Type": "text/html"})

    http_server.route("/count", counted)
    with client() as c, ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda i: c.fetch(http_server.url(f"count?i={i}")), range(6)))
    assert all(r.status == 200 for r in results)
    assert state["peak"] == 2


def test_header_parsing_helpers() -> None:
    assert parse_content_type('text/HTML; Charset="ISO-8859-1"') == ("text/html", "iso-8859-1")
    assert parse_content_type(None) == ("", None)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None


def test_address_problem() -> None:
    import ipaddress

    assert address_problem(ipaddress.ip_address("127.0.0.1")) == "loopback"
    assert address_problem(ipaddress.ip_address("::ffff:10.1.2.3")) == "private"
    assert address_problem(ipaddress.ip_address("169.254.169.254")) == "link-local"
    assert address_problem(ipaddress.ip_address("224.0.0.1")) == "multicast"
    assert address_problem(ipaddress.ip_address("100.64.0.1")) == "non-global"
    assert address_problem(ipaddress.ip_address("93.184.216.34")) is None


def test_body_problem() -> None:
    assert body_problem(Response("u", 200, b"  \n")) == "empty body (HTTP 200, 3 bytes)"
    assert "binary" in body_problem(Response("u", 200, b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"))
    assert "NUL bytes" in body_problem(Response("u", 200, b"<html>\x00\x00", "text/html"))
    assert body_problem(Response("u", 200, "<rss/>".encode("utf-16"), "text/xml")) is None
