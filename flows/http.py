"""The one HTTP client of the sources: polite, capped, guarded against private networks, with typed errors.

Every request goes through ``HttpClient.fetch``: a safety check on the URL (and on every
redirect hop), robots.txt, a per-host slot (at most two requests at once per host, and
``delay`` seconds between them, process-wide), a streamed body with a size cap, and retries
with exponential backoff for timeouts, 429 and 5xx only.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

LOGGER = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "newsflow/0.1 (+https://github.com/newsflow/newsflow)"
PAGE_MAX_BYTES = 10 * 1024 * 1024
FEED_MAX_BYTES = 5 * 1024 * 1024
ROBOTS_MAX_BYTES = 512 * 1024
MAX_REDIRECTS = 5
MAX_RETRY_WAIT = 30.0  # a server asking for longer is retried next run, not now
PER_HOST_CONCURRENCY = 2
ROBOTS_TTL = 3600.0
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.5"
PRIVATE_NETWORK_FLAG = "--allow-private-network"
_REDIRECTS = {301, 302, 303, 307, 308}
_BINARY_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip", "application/gzip",
                 "application/x-gzip", "application/octet-stream", "application/vnd.")


class FetchError(Exception):
    """A URL could not be fetched; ``stage`` says where (fetch | security | robots | decode)."""

    def __init__(self, message: str, *, url: str, stage: str = "fetch", status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.url, self.stage, self.status, self.retry_after = url, stage, status, retry_after


class TransientError(FetchError):
    """Worth retrying later: timeouts, connection resets, 429, 5xx."""


class TerminalError(FetchError):
    """Retrying will not help: 4xx, refused by policy, oversize or malformed responses."""


@dataclass(frozen=True)
class Response:
    """A fetched body (or a 304) and what the server said about it."""

    url: str  # the final URL, after redirects
    status: int
    content: bytes = b""
    content_type: str = ""  # media type only, lower-case: "text/html"
    charset: str | None = None  # as declared in Content-Type
    etag: str | None = None
    last_modified: str | None = None
    redirects: tuple[str, ...] = ()  # the URLs that redirected, in order

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request."""
        return self.status == 304


def parse_content_type(header: str | None) -> tuple[str, str | None]:
    """(media type, charset) from a Content-Type header value."""
    if not header:
        return "", None
    media, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return media.strip().lower(), charset


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def body_problem(response: Response) -> str | None:
    """Why a body is not text we can use (empty, binary), or None when it looks fine."""
    if not response.content.strip():
        return f"empty body (HTTP {response.status}, {len(response.content)} bytes)"
    head = response.content[:4096]
    wide = head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00<", b"<\x00"))  # UTF-16/32 text has NULs
    if response.content_type.startswith(_BINARY_TYPES) and (b"\x00" in head or not head.lstrip().startswith(b"<")):
        return f"binary content ({response.content_type}), not a page or feed"
    if b"\x00" in head and not wide:
        return f"binary content (NUL bytes; declared {response.content_type or 'no content type'})"
    return None


def address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address is not on the public internet (loopback, private, ...), or None when it is."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for flag in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{flag}"):
            return flag.replace("_", "-")
    if not ip.is_global:
        return "non-global"
    return None


def resolve_host(host: str, port: int) -> list[str]:
    """Every address a host name resolves to (an IP literal resolves to itself)."""
    return sorted({info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})


class _PinnedBackend(httpcore.SyncBackend):
    """Connects only to addresses the guard has checked for that host (no second DNS lookup).

    Without this, a name could resolve to a public address when checked and to a private one when the
    connection is made (DNS rebinding). TLS still verifies the certificate against the host name.
    """

    def __init__(self, vetted: Callable[[str, int], list[str]]):
        self._vetted = vetted

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self._vetted(host, port):
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        raise last or httpcore.ConnectError(f"no checked address for {host}")


class HostThrottle:
    """Process-wide politeness: at most ``per_host`` requests at once per host, ``delay`` seconds apart."""

    def __init__(self, per_host: int = PER_HOST_CONCURRENCY) -> None:
        self.per_host = per_host
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str, delay: float) -> Iterator[None]:
        """Hold one of the host's slots, starting no sooner than ``delay`` after the previous request."""
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        semaphore.acquire()
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, 0.0))
                self._next_start[host] = start + delay
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            semaphore.release()

    def reset(self) -> None:
        """Forget all hosts (tests)."""
        with self._lock:
            self._slots.clear()
            self._next_start.clear()


class RobotsCache:
    """robots.txt per scheme+host, fetched once per hour and shared by every client in the process."""

    def __init__(self, ttl: float = ROBOTS_TTL) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[float, RobotFileParser | str]] = {}
        self._host_locks: dict[str, threading.Lock] = {}

    def check(self, client: HttpClient, url: str) -> None:
        """Raise TerminalError(stage="robots") when robots.txt forbids the URL."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            host_lock = self._host_locks.setdefault(origin, threading.Lock())
        with host_lock:  # one fetch per origin, however many threads ask
            cached = self._entries.get(origin)
            if cached is None or time.monotonic() - cached[0] > self.ttl:
                cached = (time.monotonic(), self._load(client, origin))
                self._entries[origin] = cached
        rules = cached[1]
        if isinstance(rules, str):
            raise TerminalError(rules, url=url, stage="robots")
        agent = client.user_agent.split("/")[0].strip() or "*"
        if not rules.can_fetch(agent, url):
            raise TerminalError(
                f"robots.txt at {origin}/robots.txt disallows {url} for {agent!r}; "
                "set respect_robots = false for this feed only if the site allows it",
                url=url, stage="robots",
            )

    @staticmethod
    def _load(client: HttpClient, origin: str) -> RobotFileParser | str:
        """Parsed rules, or the reason to treat the whole site as disallowed (RFC 9309 §2.3.1)."""
        robots_url = f"{origin}/robots.txt"
        rules = RobotFileParser(robots_url)
        try:
            response = client.fetch(robots_url, max_bytes=ROBOTS_MAX_BYTES, accept="text/plain", check_robots=False,
                                    retries=0)
        except TerminalError as err:
            if err.status is not None and 400 <= err.status < 500:
                rules.allow_all = True  # no robots.txt: everything is allowed
                return rules
            if err.stage == "security":
                raise
            return f"robots.txt at {robots_url} is unusable ({err}); not fetching from {origin}"
        except TransientError as err:
            return f"robots.txt at {robots_url} could not be fetched ({err}); not fetching from {origin} this run"
        rules.parse(response.content.decode("utf-8", "replace").splitlines())
        rules.modified()
        return rules

    def reset(self) -> None:
        """Forget every cached robots.txt (tests)."""
        with self._lock:
            self._entries.clear()


THROTTLE = HostThrottle()
ROBOTS = RobotsCache()


def reset_state() -> None:
    """Clear the process-wide politeness and robots caches (tests)."""
    THROTTLE.reset()
    ROBOTS.reset()


@dataclass
class HttpClient:
    """Fetches URLs for one feed's policy. Thread-safe; use one per source run and ``close()`` it.

    Args:
        user_agent: sent with every request; identifies us and links to the project.
        timeout: connect and read timeout in seconds (each); a whole response gets four times that.
        delay: seconds between two requests to the same host.
        allow_private_network: allow hosts that resolve to loopback/private/link-local/... addresses.
        trusted_networks: CIDRs allowed even when private (e.g. an intranet feed mirror).
        respect_robots: obey robots.txt.
        retries: extra attempts after a transient failure.
        backoff: first retry wait in seconds; doubles each time (Retry-After wins when given).
        resolver: host, port -> addresses; tests swap it to pretend a name is private.
    """

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    delay: float = 1.0
    allow_private_network: bool = False
    trusted_networks: Iterable[str] = ()
    respect_robots: bool = True
    retries: int = 2
    backoff: float = 1.0
    max_retry_wait: float = MAX_RETRY_WAIT
    max_redirects: int = MAX_REDIRECTS
    resolver: Callable[[str, int], list[str]] = resolve_host
    throttle: HostThrottle = field(default_factory=lambda: THROTTLE)
    robots: RobotsCache = field(default_factory=lambda: ROBOTS)

    def __post_init__(self) -> None:
        self._trusted = [ipaddress.ip_network(n, strict=False) for n in self.trusted_networks]
        self._checked: dict[tuple[str, int], list[str]] = {}  # (host, port) -> addresses the guard allowed
        self._checked_lock = threading.Lock()
        transport = httpx.HTTPTransport(trust_env=False)
        pool = getattr(transport, "_pool", None)  # httpx 0.28 / httpcore 1.0 (pinned); checked by a test
        if not self.allow_private_network and hasattr(pool, "_network_backend"):
            pool._network_backend = _PinnedBackend(self._addresses_for)  # connect to checked addresses only
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.timeout),
            follow_redirects=False,  # each hop is checked by hand
            headers={"User-Agent": self.user_agent},
            trust_env=False,  # a proxy would resolve names for us and defeat the private-network guard
            transport=transport,
        )

    def close(self) -> None:
        """Release pooled connections."""
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _addresses_for(self, host: str, port: int) -> list[str]:
        """The addresses ``check_url`` allowed for this host (checked now if it has not been)."""
        with self._checked_lock:
            addresses = self._checked.get((host.lower(), port))
        if addresses is None:  # not seen by check_url (cannot happen through fetch): check it now
            self.check_url(f"http://{'[' + host + ']' if ':' in host else host}:{port}/")
            with self._checked_lock:
                addresses = self._checked[(host.lower(), port)]
        return addresses

    def check_url(self, url: str) -> None:
        """Raise TerminalError(stage="security") for a URL we must not fetch (scheme, private address)."""
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise TerminalError(f"not a valid URL: {url!r} ({exc})", url=url, stage="security") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise TerminalError(f"refused {url!r}: only http(s) URLs with a host are fetched", url=url, stage="security")
        if self.allow_private_network:
            return
        try:
            addresses = self.resolver(parts.hostname, port)
        except (OSError, UnicodeError) as exc:
            raise TerminalError(f"cannot resolve host {parts.hostname!r}: {exc}", url=url, stage="fetch") from None
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if any(ip in net for net in self._trusted):
                continue
            why = address_problem(ip)
            if why:
                raise TerminalError(
                    f"refused {url}: host {parts.hostname} resolves to {ip}, a {why} address; private networks are "
                    f"off limits unless the feed sets allow_private_network = true or you run "
                    f"`newsflow ingest {PRIVATE_NETWORK_FLAG}`",
                    url=url, stage="security",
                )
        with self._checked_lock:  # the connection goes to these very addresses (see _PinnedBackend)
            self._checked[(parts.hostname.lower(), port)] = list(addresses)

    def fetch(self, url: str, *, max_bytes: int = PAGE_MAX_BYTES, etag: str | None = None,
              last_modified: str | None = None, accept: str = PAGE_ACCEPT, check_robots: bool = True,
              retries: int | None = None) -> Response:
        """GET a URL through redirects, retrying transient failures; raises TransientError or TerminalError.

        Args:
            url: the http(s) URL.
            max_bytes: stop reading and fail when the (decompressed) body grows past this.
            etag: send If-None-Match; a 304 comes back as ``Response.not_modified``.
            last_modified: send If-Modified-Since.
            accept: the Accept header.
            check_robots: consult robots.txt (when the client respects it).
            retries: override the client's retry count.
        """
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempts = (self.retries if retries is None else retries) + 1
        for attempt in range(attempts):
            try:
                return self._fetch_once(url, headers, max_bytes, check_robots and self.respect_robots)
            except TransientError as err:
                wait = err.retry_after if err.retry_after is not None else self.backoff * 2**attempt
                if attempt + 1 >= attempts:
                    raise
                if wait > self.max_retry_wait:
                    raise TransientError(f"{err}; the server asks to wait {wait:.0f} s, over the "
                                         f"{self.max_retry_wait:.0f} s cap, so it is retried next run",
                                         url=err.url, stage=err.stage, status=err.status) from None
                LOGGER.info("retrying %s in %.2f s (attempt %d of %d): %s", url, wait, attempt + 2, attempts, err)
                time.sleep(wait)
        raise AssertionError("unreachable")

    def _fetch_once(self, url: str, headers: dict, max_bytes: int, check_robots: bool) -> Response:
        """One attempt: follow up to ``max_redirects`` hops, checking each before connecting."""
        current, hops = url, []
        for _ in range(self.max_redirects + 1):
            self.check_url(current)
            if check_robots:
                self.robots.check(self, current)
            with self.throttle.slot(urlsplit(current).netloc.lower(), self.delay):
                response = self._request(current, headers, max_bytes)
            if not isinstance(response, str):
                return replace(response, redirects=tuple(hops))
            hops.append(current)
            current = urljoin(current, response)
        raise TerminalError(f"more than {self.max_redirects} redirects from {url} (last: {current})", url=url)

    def _request(self, url: str, headers: dict, max_bytes: int) -> Response | str:
        """One HTTP exchange: a Response, or the redirect target as a string."""
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                status = resp.status_code
                if status in _REDIRECTS:
                    location = resp.headers.get("location", "").strip()
                    if not location:
                        raise TerminalError(f"HTTP {status} redirect without a Location header at {url}", url=url,
                                            status=status)
                    return location
                if status == 429 or status >= 500:
                    raise TransientError(f"HTTP {status} {resp.reason_phrase} from {url}", url=url, status=status,
                                         retry_after=parse_retry_after(resp.headers.get("retry-after")))
                media, charset = parse_content_type(resp.headers.get("content-type"))
                common = dict(url=url, status=status, content_type=media, charset=charset,
                              etag=resp.headers.get("etag"), last_modified=resp.headers.get("last-modified"))
                if status == 304:
                    return Response(**common)
                if status >= 400 or status < 200:
                    raise TerminalError(f"HTTP {status} {resp.reason_phrase} for {url}", url=url, status=status)
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in resp.headers:
                    raise TerminalError(f"body of {url} is {int(declared)} bytes, over the {max_bytes}-byte cap",
                                        url=url, status=status)
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise TerminalError(f"body of {url} grew past the {max_bytes}-byte cap; stopped reading",
                                            url=url, status=status)
                    if time.monotonic() - started > 4 * self.timeout:
                        raise TransientError(f"{url} took over {4 * self.timeout:.1f} s to send its body", url=url)
                return Response(content=bytes(body), **common)
        except httpx.TimeoutException as exc:
            raise TransientError(f"timed out after {self.timeout:g} s fetching {url} ({type(exc).__name__})",
                                 url=url) from None
        except httpx.DecodingError as exc:
            raise TerminalError(f"cannot decompress the body of {url}: {exc}", url=url, stage="decode") from None
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise TransientError(f"connection failed for {url}: {type(exc).__name__}: {exc}", url=url) from None


def client_for(spec, ctx, **overrides) -> HttpClient:
    """An HttpClient with a feed's policy: its user agent, timeout, delay, robots and private-network flags."""
    options = getattr(spec, "options", {}) or {}
    settings = dict(
        user_agent=spec.user_agent or getattr(ctx, "user_agent", None) or DEFAULT_USER_AGENT,
        timeout=spec.timeout,
        delay=spec.delay,
        allow_private_network=bool(spec.allow_private_network or getattr(ctx, "allow_private_network", False)),
        trusted_networks=tuple(options.get("trusted_networks", ())),
        respect_robots=spec.respect_robots,
        retries=int(options.get("retries", 2)),
        backoff=float(options.get("backoff", 1.0)),
        max_retry_wait=float(options.get("max_retry_wait", MAX_RETRY_WAIT)),
    )
    settings.update(overrides)
    return HttpClient(**settings)
