"""A real HTTP server on 127.0.0.1 for the fetch tests: recorded feeds and pages plus scripted behaviours.

Files under ``tests/fixtures/feeds/`` are served by path (query strings ignored, so tracking
links reach the same page), with ``{{base}}`` (and ``{{port}}``) filled in, an ETag and a
Last-Modified date, and 304 answers to conditional requests. ``server.route(path, handler)``
scripts anything else: redirects, slow answers, 429s, gzip, endless bodies.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import pytest

FEEDS_DIR = Path(__file__).parent / "fixtures" / "feeds"
LAST_MODIFIED = "Tue, 11 Jul 2023 08:00:00 GMT"
CONTENT_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".rdf": "application/rdf+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/feed+json; charset=utf-8",
}
DEFAULT_ROBOTS = b"User-agent: *\nDisallow: /private/\n"

Handler = Callable[["FixtureHandler"], None]


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the server saw it, with the status it answered."""

    path: str  # path and query
    headers: dict
    status: int


class FixtureHandler(BaseHTTPRequestHandler):
    """Serves routes first, then files; records every request."""

    server: _Server
    protocol_version = "HTTP/1.0"  # one request per connection: bodies end when the socket closes

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's signature
        """Keep test output quiet."""

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        """Dispatch to a scripted route or a fixture file."""
        fixture = self.server.fixture
        with fixture.lock:
            fixture.arrived.append(self.path)
        path = urlsplit(self.path).path
        handler = fixture.routes.get(self.path) or fixture.routes.get(path)
        try:
            if handler is not None:
                handler(self)
            else:
                self.send_file(path.lstrip("/") or "index.html")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading (size caps, timeouts): expected

    def send_response(self, code: int, message: str | None = None) -> None:
        """Log the request with its status before the client can see the answer (tests read the log right after)."""
        fixture = self.server.fixture
        with fixture.lock:
            fixture.log.append(LoggedRequest(self.path, dict(self.headers.items()), code))
        super().send_response(code, message)

    def reply(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        """Send a complete response."""
        self.send_response(status)
        headers = {"Content-Length": str(len(body)), **(headers or {})}
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def fixture_bytes(self, name: str) -> bytes | None:
        """A fixture file's bytes with ``{{base}}`` filled in, or None."""
        file = (FEEDS_DIR / name).resolve()
        if FEEDS_DIR.resolve() not in file.parents or not file.is_file():
            return None
        fixture = self.server.fixture
        return file.read_bytes().replace(b"{{base}}", fixture.base.encode()).replace(b"{{port}}", str(fixture.port).encode())

    def send_file(self, name: str, content_type: str | None = None, extra: dict | None = None) -> None:
        """Serve a fixture file with validators; 304 when the client already has it."""
        body = self.fixture_bytes(name)
        if body is None:
            if name == "robots.txt":
                return self.reply(200, DEFAULT_ROBOTS, {"Content-Type": "text/plain"})
            return self.reply(404, b"<h1>Not found</h1>", {"Content-Type": "text/html"})
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self.reply(304, b"", {"ETag": etag, "Last-Modified": LAST_MODIFIED})
        content_type = content_type or CONTENT_TYPES.get(Path(name).suffix, "application/octet-stream")
        self.reply(200, body, {"Content-Type": content_type, "ETag": etag, "Last-Modified": LAST_MODIFIED,
                               **(extra or {})})


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a handler still sleeping never blocks shutdown
    fixture: FixtureServer


class FixtureServer:
    """The running server: ``base`` URL, ``routes`` to script, ``log`` of requests."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.log: list[LoggedRequest] = []  # answered requests, logged as the status line goes out
        self.arrived: list[str] = []  # every request path, answered or not (slow handlers)
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), FixtureHandler)
        self._httpd.fixture = self
        self.port = self._httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        """Absolute URL of a path on this server."""
        return self.base + "/" + path.lstrip("/")

    def route(self, path: str, handler: Handler) -> str:
        """Script a path; returns its URL."""
        self.routes[path] = handler
        return self.url(path)

    def requests_to(self, path: str) -> list[LoggedRequest]:
        """Logged requests whose path (query ignored) is ``path``."""
        with self.lock:
            return [r for r in self.log if urlsplit(r.path).path == "/" + path.lstrip("/")]

    def stop(self) -> None:
        """Shut down; sleeping handlers wake up and give up."""
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()


# Scripted behaviours: each returns a handler for ``FixtureServer.route``.

def redirect(location: str, status: int = 302) -> Handler:
    """Answer with a redirect."""
    return lambda h: h.reply(status, b"", {"Location": location})


def respond(status: int, body: bytes = b"", headers: dict | None = None) -> Handler:
    """Answer with a fixed status, body and headers."""
    return lambda h: h.reply(status, body, headers)


def serve(name: str, content_type: str | None = None, headers: dict | None = None) -> Handler:
    """Serve one fixture file (e.g. under another path or with a wrong content type)."""
    return lambda h: h.send_file(name, content_type, headers)


def slow(seconds: float, then: Handler = respond(200, b"<p>late</p>", {"Content-Type": "text/html"})) -> Handler:
    """Wait before answering anything, as an overloaded server does."""
    def handle(h: FixtureHandler) -> None:
        if not h.server.fixture.stopping.wait(seconds):
            then(h)
    return handle


def fail_first(times: int, status: int = 429, retry_after: str | None = "0", then: Handler | None = None) -> Handler:
    """Answer ``status`` (with Retry-After) the first ``times`` calls, then hand over to ``then``."""
    calls = {"n": 0}
    lock = threading.Lock()

    def handle(h: FixtureHandler) -> None:
        with lock:
            calls["n"] += 1
            failing = calls["n"] <= times
        if failing:
            headers = {"Retry-After": retry_after} if retry_after is not None else {}
            return h.reply(status, b"busy", headers)
        (then or (lambda hh: hh.send_file(urlsplit(hh.path).path.lstrip("/"))))(h)
    return handle


def gzipped(name: str, content_type: str | None = None) -> Handler:
    """Serve a fixture file with Content-Encoding: gzip."""
    def handle(h: FixtureHandler) -> None:
        body = gzip.compress(h.fixture_bytes(name) or b"")
        content_type_ = content_type or CONTENT_TYPES.get(Path(name).suffix, "text/html")
        h.reply(200, body, {"Content-Type": content_type_, "Content-Encoding": "gzip"})
    return handle


def endless(total: int, content_type: str = "text/html", chunk: int = 64 * 1024) -> Handler:
    """Stream ``total`` bytes from a generator, without Content-Length, until the client hangs up."""
    def chunks() -> Iterator[bytes]:
        head = b"<html><body><p>" + b"a" * (chunk - 15)
        yield head
        sent = len(head)
        while sent < total:
            yield b"a" * chunk
            sent += chunk

    def handle(h: FixtureHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", content_type)
        h.end_headers()
        for piece in chunks():
            if h.server.fixture.stopping.is_set():
                return
            h.wfile.write(piece)
    return handle


@pytest.fixture
def http_server() -> Iterator[FixtureServer]:
    """A fresh fixture server per test, with the process-wide robots and politeness caches cleared."""
    from flows.http import reset_state

    reset_state()
    server = FixtureServer()
    try:
        yield server
    finally:
        server.stop()
        reset_state()


__all__ = ["FixtureServer", "http_server", "redirect", "respond", "serve", "slow", "fail_first", "gzipped", "endless",
           "FEEDS_DIR"]
