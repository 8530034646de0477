"""Article metadata from an HTML tree: JSON-LD, meta tags, bylines and URL patterns."""

from __future__ import annotations

import json
import logging
import re
import warnings
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin

from lxml.etree import XPath
from lxml.html import HtmlElement

LOGGER = logging.getLogger(__name__)

ARTICLE_TYPES = re.compile(r"(?:Article|Posting|Report|Review|NewsArticle|Blog\w*)$")
_URL_DATE_RE = re.compile(r"/(20\d{2}|19\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)")
_BYLINE_PREFIX_RE = re.compile(r"^(?:by|von|par|por|di|door)\s+", re.IGNORECASE)
_TITLE_SPLIT_RE = re.compile(r"\s+[|–—·»]\s+|\s+-\s+")
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "date", "pubdate", "publish-date", "publishdate", "publish_date", "sailthru.date",
    "parsely-pub-date", "article.published", "originalpublicationdate", "og:published_time", "dc.date.created",
)
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod")
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author")
# contains() is a cheap pre-selection; is_byline_element() keeps "byline" only as a whole class token.
# Selecting the attributes and stepping to their elements is ~3x cheaper than testing every element;
# is_byline_candidate checks the author ancestor of an itemprop=name (was //*[@itemprop='author']//*[...]).
BYLINE_CANDIDATES = XPath(
    "//@rel[.='author']/..|//@itemprop[.='name']/..|//@class[contains(., 'byline') or contains(., 'author-name')]/.."
)
_CANONICAL_CASE = str.maketrans("CANONICAL", "canonical")  # what XPath's translate(@rel, ...) did


@dataclass(frozen=True)
class PageMeta:
    """Metadata found on a page; every field optional."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    published_at: datetime | None = None
    modified_at: datetime | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None


def clean_text(text: Any) -> str:
    """Collapse whitespace in a string value; non-strings give ''."""
    # the same as re.sub(r"\s+", " ", text).strip() at half the cost: split() and \s agree on whitespace
    return " ".join(text.split()) if isinstance(text, str) else ""


def parse_date(value: Any) -> datetime | None:
    """ISO 8601 (or RFC-like) date string -> datetime; naive values are taken as UTC."""
    text = clean_text(value)
    if not text or len(text) < 8:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            from dateutil import parser as date_parser

            with warnings.catch_warnings():  # unknown zone names ("EST") fall back to naive, i.e. UTC
                warnings.simplefilter("ignore")
                parsed = date_parser.parse(text)
        except (ValueError, OverflowError, ImportError):
            return None
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def read_meta_tags(tree: HtmlElement) -> dict[str, str]:
    """First content of each <meta name|property|itemprop|http-equiv>, keys lower case."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        if not key or (key := key.strip().lower()) in found:  # the first content of a key wins
            continue
        content = clean_text(meta.get("content"))
        if content:
            found[key] = content
    return found


def iter_jsonld(value: Any):
    """Every dict inside a JSON-LD value, @graph and nested lists included."""
    if isinstance(value, list):
        for item in value:
            yield from iter_jsonld(item)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from iter_jsonld(value["@graph"])


def find_jsonld_article(tree: HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object typed as an article (NewsArticle, BlogPosting ...), else {}."""
    for script in document_root(tree).iter("script"):  # iter() filters by tag in C: cheaper than an XPath scan
        if script.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            LOGGER.debug("unreadable JSON-LD block skipped")
            continue
        for item in iter_jsonld(data):
            types = item.get("@type", "")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and ARTICLE_TYPES.search(t) for t in types):
                return item
    return {}


def person_names(value: Any) -> tuple[str, ...]:
    """Names from a JSON-LD person/organization value, a list of them, or a plain string."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = clean_text(item.get("name") if isinstance(item, dict) else item)
        if name and not name.startswith("http") and name not in names:
            names.append(name)
    return tuple(names)


def split_authors(text: str) -> tuple[str, ...]:
    """'By A, B and C' -> ('A', 'B', 'C')."""
    text = _BYLINE_PREFIX_RE.sub("", clean_text(text))
    parts = re.split(r"\s*(?:,|;|\band\b|\bund\b|&|\bet\b|\by\b)\s*", text)
    return tuple(p for p in parts if p and len(p) < 60 and not p.startswith("http") and "@" not in p)


def find_title(tree: HtmlElement, meta: dict[str, str], article: dict[str, Any]) -> str | None:
    """og:title, JSON-LD headline, twitter:title, then <title> without its site suffix, then <h1>."""
    for candidate in (meta.get("og:title"), article.get("headline"), meta.get("twitter:title")):
        if clean_text(candidate):
            return clean_text(candidate)
    title = clean_text(tree.findtext(".//title"))
    if title:
        parts = _TITLE_SPLIT_RE.split(title)
        return max(parts, key=len) if len(parts) > 1 else title
    h1 = tree.xpath("//h1")
    return clean_text(h1[0].text_content()) or None if h1 else None


def document_root(tree: HtmlElement) -> HtmlElement:
    """The document's root element: where an XPath starting with // looks."""
    return tree.getroottree().getroot()


def is_byline_candidate(element: HtmlElement) -> bool:
    """rel=author, a byline/author-name class, or an itemprop=name inside an itemprop=author."""
    if element.get("rel") == "author" or "byline" in (element.get("class") or "") or "author-name" in (element.get("class") or ""):
        return True
    return any(ancestor.get("itemprop") == "author" for ancestor in element.iterancestors())


def is_byline_element(element: HtmlElement) -> bool:
    """rel=author, an itemprop name (under an author), a "byline" class token or an "author-name" class."""
    classes = element.get("class") or ""
    return (
        element.get("rel") == "author" or element.get("itemprop") == "name"
        or "byline" in classes.split() or "author-name" in classes
    )


def find_authors(tree: HtmlElement, meta: dict[str, str], article: dict[str, Any]) -> tuple[str, ...]:
    """JSON-LD author, meta author tags, then visible byline elements."""
    names = person_names(article.get("author"))
    if names:
        return names
    for key in AUTHOR_KEYS:
        if key in meta and not meta[key].startswith("http"):
            return split_authors(meta[key])
    bylines = [el for el in BYLINE_CANDIDATES(tree) if is_byline_candidate(el) and is_byline_element(el)]
    for element in bylines[:3]:
        names = split_authors(element.text_content())
        if names:
            return names
    return ()


def find_date(meta: dict[str, str], article: dict[str, Any], keys: tuple[str, ...], ld_key: str) -> datetime | None:
    """First parseable date from JSON-LD, then the meta keys in order."""
    for value in (article.get(ld_key), *(meta.get(k) for k in keys)):
        parsed = parse_date(value)
        if parsed:
            return parsed
    return None


def find_published(tree: HtmlElement, meta: dict[str, str], article: dict[str, Any], url: str | None) -> datetime | None:
    """Publication date: JSON-LD, meta tags, <time datetime>, then a /YYYY/MM/DD/ URL pattern."""
    found = find_date(meta, article, PUBLISHED_KEYS, "datePublished")
    if found:
        return found
    for value in [t.get("datetime") for t in document_root(tree).iter("time") if t.get("datetime") is not None][:2]:
        found = parse_date(value)
        if found:
            return found
    match = _URL_DATE_RE.search(url or "")
    if match:
        year, month, day = map(int, match.groups())
        return datetime(year, month, day, tzinfo=timezone.utc)
    return None


def find_language(tree: HtmlElement, meta: dict[str, str], article: dict[str, Any]) -> str | None:
    """Primary language subtag from <html lang>, og:locale, content-language or JSON-LD inLanguage."""
    for value in (tree.get("lang"), tree.get("xml:lang"), meta.get("og:locale"), meta.get("content-language"), article.get("inLanguage")):
        code = clean_text(value).replace("_", "-").split("-")[0].lower()
        if code.isalpha() and 2 <= len(code) <= 3:
            return code
    return None


def find_canonical(tree: HtmlElement, meta: dict[str, str], url: str | None) -> str | None:
    """<link rel=canonical>, then og:url, made absolute against the page URL."""
    hrefs = [
        link.get("href") for link in document_root(tree).iter("link")
        if (link.get("rel") or "").translate(_CANONICAL_CASE) == "canonical" and link.get("href") is not None
    ]
    for value in (*hrefs, meta.get("og:url")):
        value = clean_text(value)
        if value:
            return urljoin(url or "", value)
    return None


def extract_meta(tree: HtmlElement, url: str | None = None) -> PageMeta:
    """All metadata of a parsed page; never raises on odd markup."""
    meta = read_meta_tags(tree)
    article = find_jsonld_article(tree)
    publisher = article.get("publisher")
    return PageMeta(
        title=find_title(tree, meta, article),
        authors=find_authors(tree, meta, article),
        contributors=person_names(article.get("contributor")) + person_names(article.get("editor")),
        published_at=find_published(tree, meta, article, url),
        modified_at=find_date(meta, article, MODIFIED_KEYS, "dateModified"),
        site_name=clean_text(meta.get("og:site_name")) or (person_names(publisher) or (None,))[0] or meta.get("application-name"),
        language=find_language(tree, meta, article),
        canonical_url=find_canonical(tree, meta, url),
    )
