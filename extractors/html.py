"""HTML page -> CleanedDoc: main text without comments and boilerplate, plus metadata."""

from __future__ import annotations

import logging

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from extractors.html_preclean import preclean_tree
from extractors.htmlmeta import PageMeta, extract_meta
from extractors.models import CleanedDoc
from extractors.postfilters import apply_filters

LOGGER = logging.getLogger(__name__)


def parse_html(html: str) -> HtmlElement | None:
    """lxml tree of a page the way trafilatura parses it (repairs, comments and PIs dropped)."""
    if not html or not html.strip():
        return None
    try:
        return load_html(html)
    except Exception as err:  # lxml raises several types on garbage; garbage means "no text"
        LOGGER.debug("unparsable HTML: %s", err)
        return None


def extract_text(tree: HtmlElement, url: str | None) -> str:
    """Main text by trafilatura in precision mode, one paragraph per line."""
    return trafilatura.extract(tree, url=url, include_comments=False, favor_precision=True) or ""


def split_paragraphs(text: str) -> list[str]:
    """Non-empty stripped lines of trafilatura's text output."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def build_doc(body: str, meta: PageMeta, removed: set[str]) -> CleanedDoc:
    """Assemble the CleanedDoc from body text, metadata and removed kinds."""
    return CleanedDoc(
        body=body,
        title=meta.title,
        authors=meta.authors,
        contributors=meta.contributors,
        published_at=meta.published_at,
        modified_at=meta.modified_at,
        site_name=meta.site_name,
        language=meta.language,
        canonical_url=meta.canonical_url,
        removed=tuple(sorted(removed)),
    )


def clean_tree(tree: HtmlElement, url: str | None) -> CleanedDoc:
    """Metadata, pre-cleaning, extraction and paragraph filters on a parsed page."""
    meta = extract_meta(tree, url)
    removed = preclean_tree(tree)
    paragraphs, kinds = apply_filters(split_paragraphs(extract_text(tree, url)), meta.title)
    return build_doc("\n\n".join(paragraphs), meta, removed | kinds)


def clean_html(html: str, url: str | None = None) -> CleanedDoc:
    """Main text and metadata of an HTML page, comments and boilerplate removed.

    Pure and deterministic; never raises on garbage input (returns CleanedDoc(body='') instead).

    Args:
        html: the decoded page.
        url: the page URL, used to resolve the canonical URL and as a date hint.
    """
    tree = parse_html(html)
    if tree is None:
        return CleanedDoc(body="")
    try:
        return clean_tree(tree, url)
    except Exception as err:  # the contract is "never raises": a broken page yields no text
        LOGGER.warning("cleaning failed for %s: %s", url, err)
        return CleanedDoc(body="")
