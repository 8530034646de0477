"""trafilatura 2.3.1's precision pipeline, step by step and cheaper, on a tree that is already ours.

``extract_content`` and ``compare_external`` follow trafilatura's ``bare_extraction(favor_precision=True,
include_comments=False)`` cascade with the same results (tests/test_html_prune.py checks each piece against
trafilatura's own XPath or function): no copy of the whole page up front, its XPath discards done as one
Python tree walk each, the readability/justext comparison's copies built only when used. The functions
copied from trafilatura keep its structure so that a diff against its source stays readable; trafilatura is
pinned (constraints.txt) and an upgrade must re-check them. ``extractors.html`` falls back to plain
``bare_extraction`` when these internals are missing (``Extractor is None``).
"""

from __future__ import annotations

import re
from copy import copy, deepcopy

import trafilatura
from lxml.etree import XPath, tostring

try:  # trafilatura's cascade, run step by step (pinned: trafilatura==2.3.1 in constraints.txt)
    from lxml.etree import Element, strip_elements, strip_tags
    from trafilatura import xpaths as _xpaths
    from trafilatura.core import _forum_thread_page
    from trafilatura.external import (
        JUSTEXT_OVERRIDE_RATIO, SANITIZED_XPATH, _prefer_readability, justext_rescue, sanitize_tree, try_readability,
    )
    from trafilatura.htmlprocessing import convert_tags, link_density_test, link_density_test_tables, process_node, tree_cleaning
    from trafilatura.main_extractor import NOT_AT_THE_END, REBUILT_BLOCKS, _elem_text, handle_textelem, recover_wild_text
    from trafilatura.settings import INLINE_FORMATTABLE, MIN_DUPLICATE_LENGTH, TAG_CATALOG, Extractor
    from trafilatura.utils import SPACING_PROTECTED, text_chars_test, trim
    from trafilatura.xml import delete_element, xmltotxt
    from trafilatura.xpaths import _COMMENTS_CLASS, _COMMENTS_ID, BODY_XPATH, PRECISION_DISCARD_XPATH
except ImportError:  # pragma: no cover - another trafilatura layout: use bare_extraction throughout
    Extractor = None

COMPARE_BELOW = 1500  # precision results shorter than this also run trafilatura's readability/justext comparison

# trafilatura's raw-tree prunes (xpaths.RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH and, on the
# converted tree, REMOVE_COMMENTS_XPATH) as Python regexes: the same elements, found in one walk instead of
# XPaths calling back into Python's re for every candidate (a third of trafilatura's pruning time).
# tests/test_html_prune.py checks them against trafilatura's XPaths.
INFINITE_SCROLL_RE = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
APPENDED_POST_RE = re.compile(r"mvp-post-add-(?:box|wrap)")
COMMENTS_ID_RE = re.compile(f"^(?:{_COMMENTS_ID}|disqus_thread|dsq-comments)") if Extractor else None
COMMENTS_LIST_ID_RE = re.compile(f"^(?:{_COMMENTS_ID})") if Extractor else None
COMMENTS_CLASS_RE = re.compile(_COMMENTS_CLASS) if Extractor else None
COMMENT_TAGS = frozenset({"div", "list", "section", "details"})


def is_comment_container(element, tag: str, ident: str | None = None, classes: str | None = None) -> bool:
    """REMOVE_COMMENTS_AND_LISTS_XPATH for one element (REMOVE_COMMENTS_XPATH when no ol/ul is passed);
    the caller may pass the element's id and class it has read already."""
    if ident is None:
        ident, classes = element.get("id", ""), element.get("class", "")
    if tag in COMMENT_TAGS:
        return bool(COMMENTS_ID_RE.search(ident) or COMMENTS_CLASS_RE.search(classes))
    return bool(COMMENTS_LIST_ID_RE.search(ident) or COMMENTS_CLASS_RE.search(classes))


def prune_raw_tree(tree: HtmlElement) -> None:
    """trafilatura's raw-tree prunes with comments off: appended infinite-scroll articles, share
    buttons, comment containers and lists. Tails are kept, as trafilatura's delete_element keeps them."""
    found = []
    for element in tree.iter("div", "section", "aside", "details", "ol", "ul", "list"):
        ident, classes = element.get("id", ""), element.get("class", "")
        if not ident and not classes:  # no pattern matches an empty id and class: most elements stop here
            continue
        tag = element.tag
        if tag in ("div", "section", "aside"):
            if (INFINITE_SCROLL_RE.search(ident) or INFINITE_SCROLL_RE.search(classes)) and (
                element.find(".//h1") is None or APPENDED_POST_RE.search(ident) or APPENDED_POST_RE.search(classes)
            ):
                found.append(element)
                continue
            if "elementor-share-buttons" in classes:
                found.append(element)
                continue
            if tag == "aside":
                continue
        if is_comment_container(element, tag, ident, classes):
            found.append(element)
    for element in found:
        delete_element(element)


def prune_converted_comments(tree) -> None:
    """REMOVE_COMMENTS_XPATH on the converted tree (precision mode)."""
    for element in [el for el in tree.iter("div", "list", "section", "details") if is_comment_container(el, "div")]:
        delete_element(element)


# trafilatura's OVERALL_DISCARD_XPATH (the prune of every candidate body, in main_extractor's
# prune_unwanted_sections) as Python: the same elements, found in one walk instead of two XPaths whose
# re:test() calls back into Python's re for every candidate (~0.8 ms a page). re:test(@a|@b, ...) and
# starts-with(@a|@b, ...) read the first of the two attributes in source order (attribute_first).
# tests/test_html_prune.py checks them against trafilatura's XPaths.
OVERALL_TAGS = frozenset({"div", "item", "list", "p", "section", "span"})
if Extractor:
    CONSENT_RE = re.compile(_xpaths._alt(_xpaths._CONSENT_ID_CLASS_TOKENS))
    OVERALL_ID_RE = re.compile(_xpaths._alt(_xpaths._OVERALL_DISCARD_BOTH_TOKENS + _xpaths._OVERALL_DISCARD_ID_TOKENS))
    OVERALL_CLASS_RE = re.compile(
        _xpaths._alt(_xpaths._OVERALL_DISCARD_BOTH_TOKENS + _xpaths._OVERALL_DISCARD_CLASS_TOKENS)
    )
HIDDEN_ID_RE = re.compile("reader-comments|akismet")
HIDDEN_CLASS_RE = re.compile(
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print"
    "| hidden| hide|noprint|notloaded"
)


BODY_TAGS = ("article", "div", "main", "section")
if Extractor:
    BODY_ID_RE = re.compile(_xpaths._alt(_xpaths._ARTICLE_CONTENT_ID_TOKENS))
    BODY_CLASS_RE = re.compile(_xpaths._alt(_xpaths._ARTICLE_CONTENT_CLASS_TOKENS))


def first_article_body(tree):
    """The first element BODY_XPATH[0] selects under `tree` (article-body ids, classes and itemprop), or None.

    The XPath's `.//*[...][1]` selects the first match under each parent; the first of those in document
    order, the one trafilatura reads, is the first match in document order: found by a walk that stops
    there, instead of an XPath that tests every element with re:test() callbacks (~0.6 ms a page)."""
    for element in tree.iterdescendants(*BODY_TAGS):
        get = element.get
        classes = get("class", "")
        if (
            classes == "post" or classes == "entry" or get("itemprop") == "articleBody" or get("id") == "articleContent"
            or BODY_ID_RE.search(get("id", "")) is not None or BODY_CLASS_RE.search(classes) is not None
        ):
            return element
    return None


def attribute_first(element, first: str, second: str) -> str:
    """The value of whichever of two attributes comes first in the element's source order ('' if neither)."""
    for key in element.keys():
        if key == first or key == second:
            return element.get(key)
    return ""


def is_overall_boilerplate(element) -> bool:
    """OVERALL_DISCARD_XPATH[0]'s predicate (navigation, share, ad, consent ... by role, id and class)."""
    get = element.get
    return (
        get("data-lp-replacement-content") is not None
        or "nav" in get("role", "").replace("N", "n")
        or "MostPopularStories" in get("data-component", "")
        or CONSENT_RE.search(attribute_first(element, "id", "class")) is not None
        or OVERALL_ID_RE.search(get("id", "")) is not None
        or OVERALL_CLASS_RE.search(get("class", "")) is not None
    )


def is_overall_hidden(element) -> bool:
    """OVERALL_DISCARD_XPATH[1]'s predicate (hidden elements, comment titles and replies)."""
    get = element.get
    style = get("style", "")
    return (
        get("class") == "comments-title"
        or attribute_first(element, "id", "class").startswith("reply-")
        or "hidden" in attribute_first(element, "id", "style")
        or "display:none" in style
        or "display: none" in style
        or HIDDEN_ID_RE.search(get("id", "")) is not None
        or HIDDEN_CLASS_RE.search(get("class", "")) is not None
        or get("aria-hidden") == "true"
    )


def overall_discard(tree) -> list:
    """What OVERALL_DISCARD_XPATH's two expressions select under `tree`, in their order (each in document
    order, the second's after the first's). An element without attributes meets neither predicate."""
    first, second = [], []
    for element in tree.iterdescendants():
        if not isinstance(element.tag, str) or not element.keys():
            continue
        if element.tag in OVERALL_TAGS and is_overall_boilerplate(element):
            first.append(element)
        if is_overall_hidden(element):
            second.append(element)
    return first + second


def prune_overall_discard(tree):
    """prune_unwanted_nodes(tree, OVERALL_DISCARD_XPATH, with_backup=True) with overall_discard."""
    matches = dict.fromkeys(overall_discard(tree))
    outer = [elem for elem in matches if not any(a in matches for a in elem.iterancestors())]
    old_len = len(tree.text_content())
    if old_len - sum(len(elem.text_content()) for elem in outer) > old_len / 7:
        for elem in outer:
            delete_element(elem)
    return tree


# PRECISION_DISCARD_XPATH[1] (bottom/link blocks, bordered boxes) as Python, like OVERALL_DISCARD_XPATH
BOTTOM_RE = re.compile(r"(^|\s)bottom|bottom(\s|$)")
LINK_TOKEN_RE = re.compile(r"(^|\s)link(\s|$)")


def is_precision_boilerplate(element) -> bool:
    """PRECISION_DISCARD_XPATH[1]'s predicate."""
    signature = attribute_first(element, "id", "class")
    return (
        BOTTOM_RE.search(signature) is not None or LINK_TOKEN_RE.search(signature) is not None
        or "border" in element.get("style", "")
    )


def prune_precision_discard(tree):
    """prune_unwanted_nodes(tree, PRECISION_DISCARD_XPATH): its <header> XPath, then its second XPath in Python."""
    for element in PRECISION_DISCARD_XPATH[0](tree):
        delete_element(element)
    found = [
        element for element in tree.iterdescendants(*OVERALL_TAGS)
        if element.keys() and is_precision_boilerplate(element)
    ]
    for element in found:
        delete_element(element)
    return tree


def delete_by_link_density(subtree, tagname: str, backtracking: bool = False, favor_precision: bool = False):
    """trafilatura's htmlprocessing.delete_by_link_density, asking link_density_test only about elements
    holding a link: for the others it answers (False, False) after a findall(".//ref") in Python's
    ElementPath, which costs more than lxml's C walk that finds no <ref> here."""
    deletions = []
    len_threshold = 200 if favor_precision else 100
    depth_threshold = 1 if favor_precision else 3
    for elem in subtree.iter(tagname):
        if next(elem.iterdescendants("ref"), None) is None:
            continue
        result, short_with_links = link_density_test(elem, favor_precision)
        if result or (
            backtracking
            and short_with_links
            and len(elem) >= depth_threshold
            and len(trim(elem.text_content())) < len_threshold
        ):
            parent = elem.getparent()
            if tagname == "p" and parent is not None and parent.tag in ("item", "td", "th"):
                continue
            deletions.append(elem)
    for elem in dict.fromkeys(deletions):
        delete_element(elem)
    return subtree


def prune_containing(tree, word: str, fold_t: bool = False):
    """prune_unwanted_nodes(tree, DISCARD_IMAGE_ELEMENTS) ("caption") or TEASER_DISCARD_XPATH ("teaser",
    fold_t: the XPath's translate(..., 'T', 't')): div/item/list/p/section/span whose id or class holds the word."""
    found = []
    for element in tree.iterdescendants(*OVERALL_TAGS):
        ident, classes = element.get("id", ""), element.get("class", "")
        if fold_t:
            ident, classes = ident.replace("T", "t"), classes.replace("T", "t")
        if word in ident or word in classes:
            found.append(element)
    for element in found:
        delete_element(element)
    return tree


def prune_unwanted_sections(tree, potential_tags: set[str], options) -> HtmlElement:
    """trafilatura's main_extractor.prune_unwanted_sections (keep_teasers=False), with prune_overall_discard,
    prune_containing, prune_precision_discard and delete_by_link_density above (Python for its XPaths)."""
    favor_precision = options.focus == "precision"
    tree = prune_overall_discard(tree)
    if "graphic" not in potential_tags:
        tree = prune_containing(tree, "caption")  # DISCARD_IMAGE_ELEMENTS
    if options.focus != "recall":
        tree = prune_containing(tree, "teaser", fold_t=True)  # TEASER_DISCARD_XPATH
        if favor_precision:
            tree = prune_precision_discard(tree)
    for _ in range(2):
        tree = delete_by_link_density(tree, "div", backtracking=True, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "list", backtracking=False, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "p", backtracking=False, favor_precision=favor_precision)
    if "table" in potential_tags or favor_precision:
        boilerplate_tables = [elem for elem in tree.iter("table") if link_density_test_tables(elem) is True]
        for elem in boilerplate_tables:
            delete_element(elem, keep_tail=False)
    if favor_precision:
        while len(tree) > 0 and (tree[-1].tag == "head"):
            delete_element(tree[-1], keep_tail=False)
        tree = delete_by_link_density(tree, "head", backtracking=False, favor_precision=True)
        tree = delete_by_link_density(tree, "quote", backtracking=False, favor_precision=True)
    strip_tags(tree, "span", *(() if "ref" in potential_tags else ("ref",)))
    return tree


def extract_body(tree, options):
    """trafilatura's main_extractor._extract, with first_article_body and prune_unwanted_sections above."""
    potential_tags = set(TAG_CATALOG)
    if options.tables is True:
        potential_tags.update(["table", "td", "th", "tr"])
    if options.images is True:
        potential_tags.add("graphic")
    if options.links is True:
        potential_tags.add("ref")
    result_body = Element("body")
    for index, expr in enumerate(BODY_XPATH):
        subtree = first_article_body(tree) if index == 0 else next((s for s in expr(tree) if s is not None), None)
        if subtree is None:
            continue
        subtree = prune_unwanted_sections(subtree, potential_tags, options)
        if len(subtree) == 0:
            continue
        ptest = subtree.xpath("//p//text()")
        factor = 1 if options.focus == "precision" else 3
        if not ptest or len("".join(ptest)) < options.min_extracted_size * factor:
            potential_tags.add("div")
        subelems = subtree.xpath(".//*")
        tags = {e.tag for e in subelems}
        if tags == {"lb"} or (subtree.tag == "div" and "div" in potential_tags and tags <= INLINE_FORMATTABLE | {"lb"}):
            subelems = [subtree]
        lead, start = None, len(result_body)
        if subelems != [subtree] and text_chars_test(subtree.text):
            lead = Element("p")
            lead.text = subtree.text
            lead = process_node(lead, options)
        for elem in subelems:
            if elem.getroottree().getroot() is result_body:
                continue
            tag, tail = elem.tag, elem.tail
            processed_elem = handle_textelem(elem, potential_tags, options)
            if processed_elem is not None:
                result_body.append(processed_elem)
                if elem.getroottree().getroot() is not result_body:
                    elem.tag = "done"
            if tag in REBUILT_BLOCKS and text_chars_test(tail) and (
                processed_elem is None or processed_elem.tail is None
            ):
                tail_elem = Element("p")
                tail_elem.text = tail
                if process_node(tail_elem, options) is not None:
                    result_body.append(tail_elem)
        while len(result_body) > 0 and (result_body[-1].tag in NOT_AT_THE_END):
            delete_element(result_body[-1], keep_tail=False)
        if sum(e.tag != "graphic" for e in result_body) > 1:
            if lead is not None:
                result_body.insert(start, lead)
            break
    temp_text = " ".join(result_body.itertext()).strip()
    return result_body, temp_text, potential_tags


def extract_content(cleaned_tree, options, backup=None):
    """trafilatura's main_extractor.extract_content (2.3.1), calling extract_body above: the main
    extraction with the candidate bodies' prunes run in Python.

    trafilatura copies the tree before the main pass for the recovery of short results (1 page in 20);
    `backup`, a function building the same tree again, spares that copy (~0.25 ms) on the other pages.
    """
    backup_tree = deepcopy(cleaned_tree) if backup is None else None
    order = list(cleaned_tree.iter())
    result_body, temp_text, potential_tags = extract_body(cleaned_tree, options)
    if len(result_body) == 0 or len(temp_text) < options.min_extracted_size:
        if backup_tree is None:
            backup_tree = backup()
        consumed = {twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"}
        result_body = recover_wild_text(backup_tree, result_body, options, potential_tags, consumed)
        temp_text = " ".join(result_body.itertext()).strip()
    previous = None
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(result_body, "done")
    strip_tags(result_body, "div")
    for linebreak in result_body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
    return result_body, temp_text


def compare_external(tree: HtmlElement, body, text: str, options):
    """compare_extraction(tree_cleaning(copy(tree), options), copy(tree), body, text, options) of trafilatura
    2.3.1 (external.py), with two savings: the cleaned copy, which only justext reads, is made only when
    justext runs (1 comparison in 20), and the raw copy's OVERALL_DISCARD_XPATH prune runs in Python."""
    len_text = len(text)
    if options.focus == "recall" and len_text > options.min_extracted_size * 10:
        return body, text
    raw_tree = copy(tree)
    if options.focus == "precision":
        # prune_unwanted_nodes(raw_tree, OVERALL_DISCARD_XPATH): the second expression sees the first's deletions
        first = [el for el in raw_tree.iterdescendants(*OVERALL_TAGS) if el.keys() and is_overall_boilerplate(el)]
        for element in first:
            delete_element(element)
        second = [el for el in raw_tree.iterdescendants() if isinstance(el.tag, str) and el.keys() and is_overall_hidden(el)]
        for element in second:
            delete_element(element)
    temppost_algo = try_readability(raw_tree)
    algo_text = trim(tostring(temppost_algo, method="text", encoding="utf-8").decode("utf-8"))
    len_algo = len(algo_text)
    use_readability = _prefer_readability(body, temppost_algo, algo_text, len_text, len_algo, options)
    if use_readability:
        body, text, len_text = temppost_algo, algo_text, len_algo
    unclean = bool(body.xpath(SANITIZED_XPATH))
    if unclean or len_text < options.min_extracted_size:
        body2, text2 = justext_rescue(tree_cleaning(copy(tree), options), options)
        len_text2 = len(text2)
        if unclean:
            accept = len_text <= JUSTEXT_OVERRIDE_RATIO * len_text2 and (
                len_text2 > len_text or not options.images or body.find(".//graphic") is None
            )
        else:
            accept = len_text < len_text2
        if text2 and accept:
            body, text, len_text = body2, text2, len_text2
            use_readability = False
    if use_readability:
        body, text = sanitize_tree(body, options)
    return body, text


def is_doubtful(body, text: str) -> bool:
    """True when trafilatura's external comparison (readability, justext) might replace the result.

    It replaces results that are short (readability finds far more), "unclean" (form or media
    elements left in the body: justext), or without paragraph text / dominated by tables. Elsewhere
    it almost always keeps the main extractor's result: on the benchmark pages it changed 2 of ~200
    longer results (readability found 2x more: a sidebar gallery, a "without" snippet), both no better.
    Only readability itself could tell, and running it is what this avoids.
    """
    if len(text) < COMPARE_BELOW or body.xpath(SANITIZED_XPATH):  # SANITIZED: what sends it to justext
        return True
    return not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p"))
