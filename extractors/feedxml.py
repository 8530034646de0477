"""Feed and sitemap XML over bytes: a safety check on the prolog, then feedparser (or lxml) into plain entries.

Pure functions: nothing here touches the network. ``check_xml_safety`` must run before any
parser sees the document, so entity bombs and external entities are refused, never expanded.
"""

from __future__ import annotations

import codecs
import html
import io
import logging
import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

LOGGER = logging.getLogger(__name__)

DEFAULT_MAX_ITEMS = 200
_SCAN_LIMIT = 1024 * 1024  # a prolog longer than this is not a feed we want
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_ELEMENT_START_RE = re.compile(r"<[A-Za-z_]")
_ENTITY_RE = re.compile(r"<!ENTITY", re.IGNORECASE)
_DOCTYPE_RE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_XML_DECL_RE = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9._:-]+)(["'])""")
_TAG_RE = re.compile(r"<[^>]+>")
_RSS_AUTHOR_RE = re.compile(r"^\s*[^\s@()]+@[^\s()]+\s*\(([^()]+)\)\s*$")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE_STARTS = (
    (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00", "utf-16-be"), (b"<\x00?\x00", "utf-16-le"), (b"<\x00!\x00", "utf-16-le"),
)
# feedparser flags these as bozo although nothing was lost.
_BENIGN_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")


class UnsafeXMLError(ValueError):
    """The document declares entities (billion laughs, XXE) and is refused unparsed."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, reduced to what the pipeline uses."""

    entry_id: str | None
    link: str | None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    language: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed: its own metadata, its entries, and what was wrong with it (if anything)."""

    version: str  # feedparser's name: rss20, rss10, atom10, ... ("" when it is no feed)
    title: str | None
    link: str | None
    feed_id: str | None
    language: str | None
    entries: tuple[FeedEntry, ...]
    problem: str | None = None  # malformed XML (entries are what could be salvaged), or not a feed
    dropped: int = 0  # entries over the item cap


@dataclass(frozen=True)
class SitemapUrl:
    """One ``<url>`` of a (news) sitemap."""

    loc: str
    lastmod: datetime | None = None
    title: str | None = None  # <news:title>
    published_at: datetime | None = None  # <news:publication_date>
    publication: str | None = None  # <news:name>
    language: str | None = None  # <news:language>


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: page URLs (urlset) or child sitemaps (sitemapindex)."""

    urls: tuple[SitemapUrl, ...] = ()
    sitemaps: tuple[str, ...] = ()
    problem: str | None = None
    dropped: int = 0


def sniff_xml_encoding(content: bytes) -> str:
    """A codec good enough to read the markup of an XML prolog (BOM, UTF-16/32 shape, else latin-1)."""
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return codec
    for start, codec in _WIDE_STARTS:
        if content.startswith(start):
            return codec
    return "latin-1"  # every ASCII-compatible encoding spells markup the same way


def check_xml_safety(content: bytes) -> None:
    """Raise UnsafeXMLError when the prolog declares entities; cheap, and before any XML parser runs.

    Looks only at the prolog (everything before the first element, comments removed), so an
    article that *talks about* ``<!ENTITY`` inside CDATA is not refused.
    """
    head = content[: _SCAN_LIMIT * 4].decode(sniff_xml_encoding(content), "replace")[:_SCAN_LIMIT]
    stripped = _COMMENT_RE.sub("", head)
    first = _ELEMENT_START_RE.search(stripped)
    prolog = stripped[: first.start()] if first else stripped
    if _ENTITY_RE.search(prolog):
        raise UnsafeXMLError(
            "the document's DOCTYPE declares entities; refused without parsing (entity expansion "
            "'billion laughs' and external entities/XXE are never processed). Real feeds do not need them."
        )
    if first is None and _DOCTYPE_RE.search(prolog) and len(content) > _SCAN_LIMIT:
        raise UnsafeXMLError(f"the document's DOCTYPE runs past the first {_SCAN_LIMIT} bytes; refused without parsing")


def _declared_xml_encoding(content: bytes) -> str | None:
    """The encoding named in the XML declaration, if any."""
    match = _XML_DECL_RE.match(content[:1024])
    return match.group(2).decode("ascii") if match else None


def decode_xml(content: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """(text, codec) of an XML document: BOM, then XML declaration, then UTF-8, then the HTTP charset, then cp1252.

    The HTTP charset comes after UTF-8 because servers mislabel feeds far more often than
    valid multi-byte UTF-8 happens by accident.
    """
    candidates = [sniff_xml_encoding(content)] if sniff_xml_encoding(content) != "latin-1" else []
    candidates += [c for c in (_declared_xml_encoding(content), "utf-8", http_charset) if c]
    for label in candidates:
        try:
            codec = codecs.lookup(label).name
            return content.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            LOGGER.debug("feed does not decode as %s", label)
    return content.decode("cp1252", "replace"), "cp1252"


def _struct_to_datetime(value) -> datetime | None:
    """feedparser's UTC time.struct_time to an aware datetime."""
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return None


def _plain(detail, value: str | None) -> str | None:
    """Text of a feedparser text construct; markup stripped when the feed sent HTML."""
    if not value:
        return None
    if detail and "html" in (detail.get("type") or ""):
        value = html.unescape(_TAG_RE.sub("", value))
    return " ".join(value.split()) or None


def _authors(entry) -> tuple[str, ...]:
    """Author names of an entry, in order, without duplicates."""
    raw = _RSS_AUTHOR_RE.match(entry.get("author") or "")
    if raw:  # RSS "email (Name)": feedparser's e-mail pattern cuts long TLDs and garbles the name
        return (" ".join(raw.group(1).split()),)
    names = [a.get("name") or a.get("email") for a in entry.get("authors") or [] if isinstance(a, dict)]
    if not any(names) and entry.get("author"):
        names = [entry["author"]]
    seen: dict[str, None] = {}
    for name in names:
        if name and name.strip():
            seen.setdefault(" ".join(name.split()), None)
    return tuple(seen)


def _entry_link(entry, base_url: str) -> str | None:
    """The entry's article link (rel=alternate first, then ``link``), made absolute against the feed URL."""
    found = None
    for link in entry.get("links") or []:
        if link.get("rel", "alternate") == "alternate" and link.get("href") and "html" in link.get("type", "text/html"):
            found = link["href"].strip()
            break
    found = found or (entry.get("link") or "").strip()
    if not found:
        return None
    return urljoin(base_url, found) if base_url else found


def _describe_bozo(exc: Exception | None) -> str:
    """A readable line for feedparser's bozo exception."""
    if exc is None:
        return "unknown error"
    line = getattr(exc, "getLineNumber", lambda: None)()
    message = getattr(exc, "getMessage", lambda: str(exc))()
    return f"line {line}: {message}" if line else f"{type(exc).__name__}: {message}"


def parse_feed(
    content: bytes, base_url: str = "", http_charset: str | None = None, max_items: int | None = DEFAULT_MAX_ITEMS
) -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0 or Atom bytes into a ParsedFeed; raises UnsafeXMLError for entity declarations.

    Args:
        content: the feed body as fetched.
        base_url: the feed's URL, to resolve relative links.
        http_charset: the charset the server declared, used only when the document does not say.
        max_items: keep at most this many entries (the rest are counted in ``dropped``).
    """
    import feedparser  # imported here: `newsflow sql` and friends need not load it

    check_xml_safety(content)
    text, _codec = decode_xml(content, http_charset)
    body = text.encode("utf-8")
    body = _XML_DECL_RE.sub(rb"\1utf-8\3", body, count=1)
    # A stream, never bytes or str: feedparser opens strings that look like a path or URL.
    parsed = feedparser.parse(
        io.BytesIO(body),
        # No content-location: feedparser would resolve GUIDs against it; links are joined below instead.
        response_headers={"content-type": "application/xml; charset=utf-8"},
        sanitize_html=False,
    )
    feed = parsed.get("feed", {})
    language = feed.get("language") or (feed.get("title_detail") or {}).get("language") or None
    entries = []
    for raw in parsed.get("entries", []):
        entries.append(FeedEntry(
            entry_id=(raw.get("id") or "").strip() or None,
            link=_entry_link(raw, base_url),
            title=_plain(raw.get("title_detail"), raw.get("title")),
            authors=_authors(raw),
            published_at=_struct_to_datetime(
                raw.get("published_parsed") or raw.get("updated_parsed") or raw.get("created_parsed")
            ),
            language=(raw.get("title_detail") or {}).get("language") or language,
            summary=_plain(raw.get("summary_detail"), raw.get("summary")),
        ))
    problem = None
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and type(exc).__name__ not in _BENIGN_BOZO:
        problem = f"malformed feed ({_describe_bozo(exc)}); kept the {len(entries)} entries that could be salvaged"
    if not parsed.get("version") and not entries:
        looks = "HTML" if re.search(r"<html[\s>]", text[:4096], re.IGNORECASE) else "no RSS/Atom root element"
        problem = f"not an RSS or Atom feed ({looks})"
    dropped = 0
    if max_items is not None and len(entries) > max_items:
        dropped = len(entries) - max_items
        entries = entries[:max_items]
    return ParsedFeed(
        version=parsed.get("version") or "",
        title=_plain(feed.get("title_detail"), feed.get("title")),
        link=(feed.get("link") or "").strip() or None,
        feed_id=(feed.get("id") or feed.get("link") or base_url or "").strip() or None,
        language=language,
        entries=tuple(entries),
        problem=problem,
        dropped=dropped,
    )


def gunzip_capped(content: bytes, max_bytes: int) -> bytes:
    """Decompress a gzip body (e.g. ``sitemap.xml.gz``); ValueError when it is corrupt or inflates past max_bytes."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(content, max_bytes + 1)
    except zlib.error as exc:
        raise ValueError(f"corrupt gzip data: {exc}") from None
    if len(out) > max_bytes:
        raise ValueError(f"gzip data inflates past the {max_bytes}-byte cap")
    return out


def _parse_iso_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 date or datetime as an aware datetime (naive values are taken as UTC)."""
    if not value or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        LOGGER.debug("unparsable sitemap date %r", value)
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _local(tag) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element, name: str) -> str | None:
    """Stripped text of the first descendant with this local name."""
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(content: bytes, max_items: int | None = DEFAULT_MAX_ITEMS) -> Sitemap:
    """Parse a sitemap, news sitemap or sitemap index; raises UnsafeXMLError for entity declarations."""
    from lxml import etree

    check_xml_safety(content)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        return Sitemap(problem=f"malformed sitemap: {exc}")
    if root is None:
        return Sitemap(problem="malformed sitemap: no root element")
    problem = None
    if parser.error_log:
        first = parser.error_log[0]
        problem = f"malformed sitemap (line {first.line}: {first.message}); kept what could be salvaged"
    kind = _local(root.tag)
    if kind == "sitemapindex":
        locs = [_child_text(s, "loc") for s in root if _local(s.tag) == "sitemap"]
        return Sitemap(sitemaps=tuple(loc for loc in locs if loc), problem=problem)
    if kind != "urlset":
        return Sitemap(problem=f"not a sitemap (root element <{kind}>)")
    urls = []
    for node in root:
        if _local(node.tag) != "url" or not _child_text(node, "loc"):
            continue
        news = next((c for c in node if _local(c.tag) == "news"), None)
        urls.append(SitemapUrl(
            loc=_child_text(node, "loc"),
            lastmod=_parse_iso_datetime(_child_text(node, "lastmod")),
            title=_child_text(news, "title") if news is not None else None,
            published_at=_parse_iso_datetime(_child_text(news, "publication_date")) if news is not None else None,
            publication=_child_text(news, "name") if news is not None else None,
            language=_child_text(news, "language") if news is not None else None,
        ))
    dropped = 0
    if max_items is not None and len(urls) > max_items:
        dropped, urls = len(urls) - max_items, urls[:max_items]
    return Sitemap(urls=tuple(urls), problem=problem, dropped=dropped)
