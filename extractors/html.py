"""HTML page -> CleanedDoc: main text without comments and boilerplate, plus metadata."""

from __future__ import annotations

import logging

import trafilatura
from lxml.html import HtmlElement, document_fromstring
from trafilatura.utils import load_html

from extractors.html_preclean import preclean_page
from extractors.htmlmeta import PageMeta, extract_meta
from extractors.models import CleanedDoc
from extractors.postfilters import Para, apply_filters

LOGGER = logging.getLogger(__name__)

SHORT_TEXT = 1500  # below this many characters, also try trafilatura's balanced mode
RECALL_GAIN = 1.8  # ... and keep it when it finds this many times more text
TINY_TEXT = 200  # below this, comment removal probably took the article (forum threads)


def parse_html(html: str) -> HtmlElement | None:
    """lxml tree of a page the way trafilatura parses it (repairs, comments and PIs dropped)."""
    if not html or not html.strip():
        return None
    try:
        return load_html(html)
    except Exception as err:  # lxml raises several types on garbage; garbage means "no text"
        LOGGER.debug("unparsable HTML: %s", err)
        return None


def extract_paragraphs(tree: HtmlElement, url: str | None, precision: bool = True, fast: bool = False) -> list[Para]:
    """Main text by trafilatura (precision mode by default), as paragraphs with their heading levels."""
    document = trafilatura.bare_extraction(tree, url=url, include_comments=False, favor_precision=precision, fast=fast)
    if document is None or not document.text:
        return []
    levels = {}
    for head in document.body.iter("head"):
        level = head.get("rend", "h2")[1:]
        levels.setdefault(" ".join("".join(head.itertext()).split()), int(level) if level.isdigit() else 2)
    lines = (" ".join(line.split()) for line in document.text.split("\n"))
    return [Para(line, levels.get(line, 0)) for line in lines if line]


def text_length(paragraphs: list[Para]) -> int:
    """Characters of text in the paragraphs."""
    return sum(len(p.text) for p in paragraphs)


def is_qa_page(tree: HtmlElement) -> bool:
    """schema.org QAPage (microdata or JSON-LD): the question and answers are the content."""
    if tree.xpath("//*[contains(@itemtype, 'QAPage')]"):
        return True
    return any(s.text and '"QAPage"' in s.text for s in tree.iterfind(".//script[@type='application/ld+json']"))


def extract_first_post(post: HtmlElement, url: str | None) -> list[Para]:
    """Paragraphs of one detached comment post (the opening post of a forum thread)."""
    page = document_fromstring("<html><body></body></html>")
    page.find("body").append(post)
    return extract_paragraphs(page, url, precision=False, fast=True)


def extract_main(tree: HtmlElement, url: str | None, first_post: HtmlElement | None) -> list[Para]:
    """Main text of a pre-cleaned tree, with at most one extra (cheap) extraction.

    - Q&A pages (a cheap tree signal) go straight to balanced mode: precision mode drops the answers.
    - Otherwise precision mode; when comment removal left almost nothing and a comment post was
      removed, the page is a forum thread and its first post is added (extracted from the small copy).
    - On other short results, balanced mode with trafilatura's main extractor only (fast=True) is
      tried and kept when it finds far more: the external comparison and justext rescue of a full
      balanced run would cost as much as the first extraction.
    """
    if is_qa_page(tree):
        return extract_paragraphs(tree, url, precision=False)
    paragraphs = extract_paragraphs(tree, url)
    found = text_length(paragraphs)
    if found < TINY_TEXT and first_post is not None:
        # forum threads: every post, the opening one too, sits in a "comment" container
        seen = {p.text for p in paragraphs}
        return paragraphs + [p for p in extract_first_post(first_post, url) if p.text not in seen]
    if found < SHORT_TEXT:
        # precision mode sometimes drops recipe tables; take the balanced run if it finds far more
        balanced = extract_paragraphs(tree, url, precision=False, fast=True)
        if text_length(balanced) > RECALL_GAIN * found:
            return balanced
    return paragraphs


def extract_with_fallbacks(tree: HtmlElement, url: str | None, title: str | None) -> tuple[list[Para], set[str]]:
    """Pre-clean, extract (see extract_main) and filter the paragraphs."""
    removed, first_post = preclean_page(tree)
    paragraphs, kinds = apply_filters(extract_main(tree, url, first_post), title)
    return paragraphs, removed | kinds


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
    paragraphs, removed = extract_with_fallbacks(tree, url, meta.title)
    return build_doc("\n\n".join(p.text for p in paragraphs), meta, removed)


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
