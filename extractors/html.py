"""HTML page -> CleanedDoc: main text without comments and boilerplate, plus metadata."""

from __future__ import annotations

import logging
import re
from copy import copy, deepcopy
from functools import lru_cache

import trafilatura
from lxml.etree import ElementDefaultClassLookup, XPath
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction, document_fromstring, fromstring
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, is_dubious_html, repair_faulty_html

try:  # trafilatura's cascade, run step by step (pinned: trafilatura==2.3.1 in constraints.txt)
    from trafilatura.core import _forum_thread_page
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.xml import xmltotxt
    from trafilatura.xpaths import BODY_XPATH
except ImportError:  # pragma: no cover - another trafilatura layout: use bare_extraction throughout
    pass

from extractors.html_preclean import find_standfirst, preclean_page, repair_text_blocks
from extractors.html_trafilatura import (
    COMPARE_BELOW, Extractor, compare_external, extract_content, is_doubtful, prune_converted_comments, prune_raw_tree,
)
from extractors.htmlmeta import PageMeta, extract_meta
from extractors.models import CleanedDoc
from extractors.postfilters import Para, apply_filters

LOGGER = logging.getLogger(__name__)

SHORT_TEXT = 1500  # below this many characters, also try trafilatura's balanced mode
RECALL_GAIN = 1.8  # ... and keep it when it finds this many times more text
TINY_TEXT = 200  # below this, comment removal probably took the article (forum threads)


# trafilatura's parser settings (utils.HTML_PARSER) with a C-level element class lookup: lxml.html's
# own lookup is a Python call per element created (~1.5 ms a page). Every element is an HtmlElement
# (text_content, drop_tree ...); only the form-field subclasses (FormElement.fields ...) go unused.
_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(
    ElementDefaultClassLookup(element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity)
)


# INVALID_XML_CHARS below U+0080, as UTF-8 bytes: what bytes.translate deletes to count them
_INVALID_XML_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def has_invalid_xml_chars(html: str) -> bool:
    """trafilatura's INVALID_XML_CHARS.search(html) is not None, at a third of the cost on a large page: two
    fast character searches and one C pass over the UTF-8 bytes instead of the regex engine's scan."""
    if "\ufffe" in html or "\uffff" in html:
        return True
    data = html.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _INVALID_XML_BYTES)) != len(data)


def repair_page(html: str, beginning: str) -> str:
    """trafilatura's repair_faulty_html, its removal of invalid XML characters run only on pages that
    hold one (the regex substitution scans the whole page: ~1.2 ms on 160 KB, and pages rarely need it)."""
    if has_invalid_xml_chars(html):
        return repair_faulty_html(html, beginning)
    return _repair_valid(html, beginning)


def _repair_valid(html: str, beginning: str) -> str:
    """repair_faulty_html (trafilatura 2.3.1) after its INVALID_XML_CHARS substitution, which found nothing."""
    if "doctype" in beginning:
        firstline, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:  # self-closing <html/> in the first lines
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", html, count=1)
    return html


def load_page(html: str) -> HtmlElement | None:
    """trafilatura's load_html for a decoded page (same repairs, same checks), with _PARSER."""
    beginning = html[:50].lower()
    html = repair_page(html, beginning)
    try:
        tree = fromstring(html, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree = fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    if tree is not None and len(tree) < 1:  # load_html's second pass: bytes
        tree = fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None  # load_html's rejection: not (well-formed) HTML
    return tree


def parse_html(html: str) -> HtmlElement | None:
    """lxml tree of a page the way trafilatura parses it (repairs, comments and PIs dropped)."""
    if not html or not html.strip():
        return None
    try:
        return load_page(html)
    except Exception as err:  # lxml raises several types on garbage; garbage means "no text"
        LOGGER.debug("unparsable HTML: %s", err)
        return None


def body_paragraphs(body, text: str | None) -> list[Para]:
    """trafilatura's XML body and its text rendering -> paragraphs with their heading levels."""
    if body is None or not text:
        return []
    levels = {}
    for head in body.iter("head"):
        level = head.get("rend", "h2")[1:]
        levels.setdefault(" ".join("".join(head.itertext()).split()), int(level) if level.isdigit() else 2)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [Para(line, levels.get(line, 0)) for line in lines if line]


def extract_paragraphs(tree: HtmlElement, url: str | None, precision: bool = True, fast: bool = False) -> list[Para]:
    """Main text by trafilatura (precision mode by default), as paragraphs with their heading levels."""
    document = trafilatura.bare_extraction(tree, url=url, include_comments=False, favor_precision=precision, fast=fast)
    if document is None:
        return []
    return body_paragraphs(document.body, document.text)


BODY_CHUNK_RE = re.compile(r"(?:article|story|entry|post)(?:-|_|__)?(?:body|content|text)|body-?(?:text|copy)", re.IGNORECASE)


# block classes as plain strings: no element proxies (the test runs on every page)
BLOCK_CLASSES = XPath("//div/@class|//section/@class|//article/@class|//main/@class", smart_strings=False)


@lru_cache(maxsize=4096)
def is_body_class(signature: str) -> bool:
    """True for a class attribute naming an article-body container (class strings repeat, hence the cache)."""
    return BODY_CHUNK_RE.search(signature) is not None


def has_repeated_body_class(tree) -> bool:
    """True when two elements carry the same article-body class (cheap test before the body XPaths)."""
    seen: set[str] = set()
    for signature in BLOCK_CLASSES(tree):
        if signature in seen and is_body_class(signature):
            return True
        seen.add(signature)
    return False


def join_body_chunks(tree) -> None:
    """Append the body's later chunks to its first one: trafilatura reads only the first element its
    body XPaths match, and sites that split the article between ad slots repeat that element (same
    tag, same class) for each chunk."""
    if not has_repeated_body_class(tree):  # the common case, decided without trafilatura's body XPaths
        return
    first = next((found[0] for expr in BODY_XPATH if (found := expr(tree))), None)
    signature = first.get("class") if first is not None else None
    if not signature or not BODY_CHUNK_RE.search(signature):  # "container", "text", "row": layout, not the body
        return
    chunks = [el for el in tree.iter(first.tag) if el is not first and el.get("class") == signature]
    if not chunks:
        return
    around = set(first.iterancestors())
    for chunk in chunks:
        # not a container of the first chunk, not inside it (nor moved into it), and with paragraphs
        if chunk in around or any(a is first for a in chunk.iterancestors()) or chunk.find(".//p") is None:
            continue
        for child in list(chunk):
            first.append(child)


def precision_paragraphs(tree: HtmlElement, url: str | None) -> list[Para]:
    """What bare_extraction(favor_precision=True, include_comments=False) finds, at a lower cost.

    The same cascade run step by step on the caller's tree (pruned in place, as trafilatura prunes
    its own copy): no copy of the whole page up front, and the readability/justext comparison only
    on doubtful results (is_doubtful). Not for forum threads (trafilatura treats them differently).
    One addition: a body split into chunks with the same class is read whole (join_body_chunks).
    """
    options = Extractor(output_format="python", precision=True, comments=False, url=url)
    def converted():  # the cleaned, converted tree; `tree` is not changed until the comparison
        cleaned = convert_tags(tree_cleaning(copy(tree), options), options, url)
        prune_converted_comments(cleaned)
        join_body_chunks(cleaned)
        return cleaned

    try:  # bare_extraction turns these into "no result" too
        prune_raw_tree(tree)
        body, text = extract_content(converted(), options, backup=converted)
        if is_doubtful(body, text):
            body, text = compare_external(tree, body, text, options)
    except (TypeError, ValueError) as err:
        LOGGER.debug("extraction failed for %s: %s", url, err)
        return []
    if len(text) < options.min_output_size:
        return []
    return body_paragraphs(body, xmltotxt(body, options.formatting))


def table_text(tree: HtmlElement) -> int:
    """Characters of text in the page's tables (nested ones count twice: only a rough bound is needed)."""
    return sum(len(table.text_content()) for table in tree.iter("table"))


def text_length(paragraphs: list[Para]) -> int:
    """Characters of text in the paragraphs."""
    return sum(len(p.text) for p in paragraphs)


def is_qa_page(tree: HtmlElement) -> bool:
    """schema.org QAPage (microdata or JSON-LD): the question and answers are the content."""
    # elements with an itemtype are few: select them through the attribute, test the value in Python
    if any("QAPage" in element.get("itemtype", "") for element in tree.xpath("//@itemtype/..")):
        return True
    return any(s.text and '"QAPage"' in s.text for s in tree.iterfind(".//script[@type='application/ld+json']"))


def qa_question_text(tree: HtmlElement) -> HtmlElement | None:
    """The question's own text element on a schema.org QAPage (microdata): the first itemprop=text
    under the Question that is not inside one of its Answers."""
    for question in tree.xpath("//@itemtype/.."):
        if "schema.org/Question" not in question.get("itemtype", ""):
            continue
        for element in question.iterdescendants():
            if element.get("itemprop") != "text":
                continue
            inside_answer = False
            for ancestor in element.iterancestors():
                if ancestor is question:
                    break
                if "Answer" in ancestor.get("itemtype", ""):
                    inside_answer = True
                    break
            if not inside_answer:
                return element
    return None


def extract_qa_page(tree: HtmlElement, url: str | None) -> list[Para]:
    """Balanced extraction of a Q&A page, with the question added in front when the extraction
    (which tends to settle on the answers' container) left it out."""
    paragraphs = extract_paragraphs(tree, url, precision=False)
    question = qa_question_text(tree)
    if question is None:
        return paragraphs
    seen = {p.text for p in paragraphs}
    asked = [p for p in extract_first_post(deepcopy(question), url) if p.text not in seen]
    return asked + paragraphs


def extract_first_post(post: HtmlElement, url: str | None) -> list[Para]:
    """Paragraphs of one detached comment post (the opening post of a forum thread)."""
    page = document_fromstring("<html><body></body></html>")
    page.find("body").append(post)
    return extract_paragraphs(page, url, precision=False, fast=True)


def merge_missing(paragraphs: list[Para], extra: list[Para]) -> list[Para]:
    """`paragraphs` plus the paragraphs of `extra` they lack, each placed after its predecessor in `extra`."""
    merged = list(paragraphs)
    have = {p.text for p in merged}
    at = 0
    for para in extra:
        if para.text in have:
            at = next(i for i, p in enumerate(merged) if p.text == para.text) + 1
        else:
            merged.insert(at, para)
            have.add(para.text)
            at += 1
    return merged


def extract_main(tree: HtmlElement, url: str | None, first_post: HtmlElement | None) -> list[Para]:
    """Main text of a pre-cleaned tree, with at most one extra (cheap) extraction.

    - Q&A pages (a cheap tree signal) go straight to balanced mode: precision mode drops the answers;
      the question (schema.org microdata) is added when the extraction settled on the answers.
    - Otherwise precision mode; when comment removal left almost nothing and a comment post was
      removed, the page is a forum thread and its first post is added (extracted from the small copy).
    - On other short results, when the page's tables hold enough text to make the difference
      (what precision mode drops and balanced mode keeps is mostly tables: recipes, specs), balanced
      mode with trafilatura's main extractor only (fast=True) is tried and kept when it finds far
      more: the external comparison and justext rescue of a full balanced run would cost as much as
      the first extraction. Without such tables the retry almost never pays (1 in 35 short pages).
      What precision mode found and balanced mode dropped (recipe times, short facts) is kept too.
    """
    if is_qa_page(tree):
        return extract_qa_page(tree, url)
    if Extractor is None or _forum_thread_page(tree):
        paragraphs = extract_paragraphs(tree, url)
    else:  # prunes the tree in place the way trafilatura would; the retries below see the same result
        paragraphs = precision_paragraphs(tree, url)
    found = text_length(paragraphs)
    if found < TINY_TEXT and first_post is not None:
        # forum threads: every post, the opening one too, sits in a "comment" container
        seen = {p.text for p in paragraphs}
        return paragraphs + [p for p in extract_first_post(first_post, url) if p.text not in seen]
    if found < SHORT_TEXT and table_text(tree) > (RECALL_GAIN - 1) * found:
        # precision mode sometimes drops recipe tables; take the balanced run if it finds far more
        balanced = extract_paragraphs(tree, url, precision=False, fast=True)
        if text_length(balanced) > RECALL_GAIN * found:
            # ... with what precision mode found and balanced mode dropped (recipe times, short facts)
            return merge_missing(balanced, paragraphs)
    return paragraphs


def add_standfirst(paragraphs: list[Para], standfirst: str | None) -> list[Para]:
    """The standfirst in front of the extracted paragraphs, unless the extraction already holds it
    (or found nothing: a standfirst alone is not an article)."""
    if not standfirst or not paragraphs:
        return paragraphs
    opening = standfirst[:60]
    if any(opening in " ".join(p.text.split()) for p in paragraphs):
        return paragraphs
    return [Para(standfirst), *paragraphs]


def extract_with_fallbacks(tree: HtmlElement, url: str | None, title: str | None) -> tuple[list[Para], set[str]]:
    """Pre-clean and repair the tree, extract (see extract_main) with the standfirst, filter the paragraphs."""
    removed, first_post = preclean_page(tree)
    repair_text_blocks(tree)
    standfirst = find_standfirst(tree)  # before extraction, which prunes the tree
    paragraphs = add_standfirst(extract_main(tree, url, first_post), standfirst)
    paragraphs, kinds = apply_filters(paragraphs, title)
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
