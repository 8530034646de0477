"""clean_html's step-by-step trafilatura cascade must match trafilatura's own behaviour.

extractors.html re-implements trafilatura's raw-tree prune XPaths as Python regexes and runs the
precision cascade itself (comparison only on doubtful results); these tests pin both to trafilatura.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

import pytest
import trafilatura
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.utils import load_html
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH, REMOVE_COMMENTS_XPATH

from extractors import html as cleaner
from extractors import html_trafilatura as vendored

FIXTURES = Path(__file__).parent / "fixtures" / "html"
PAGES = sorted(FIXTURES.glob("*.html"))

TAGS = ["div", "section", "aside", "details", "ol", "ul", "list", "p", "span"]
IDS = ["", "comments", "Comment-3", "commentary", "comol", "disqus_thread", "dsq-comments", "x-comments", "infinite-scroll", "mvp-post-add-box"]
CLASSES = ["", "comment-body", "Comments", "commentary", "article-comments", "post-comments", "my-comment", "elementor-share-buttons x",
           "infinitescroll", "mvp-post-add-wrap", "main"]


def xpath_pruned(tree):
    """trafilatura's own raw-tree prunes (comments off)."""
    tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
    return prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)


def serialized(tree) -> bytes:
    return etree.tostring(tree, encoding="utf-8")


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_python_prunes_match_trafilatura_xpaths_on_fixtures(path: Path) -> None:
    tree = load_html(path.read_text(encoding="utf-8"))
    expected = xpath_pruned(deepcopy(tree))
    got = deepcopy(tree)
    vendored.prune_raw_tree(got)
    assert serialized(got) == serialized(expected)


ELEMENT = st.tuples(st.sampled_from(TAGS), st.sampled_from(IDS), st.sampled_from(CLASSES), st.booleans())


def build(elements: list[tuple[str, str, str, bool]]) -> str:
    """A page of nested/sibling elements with the given tag/id/class, some holding an h1, all with tails."""
    out, depth = [], 0
    for index, (tag, ident, classes, nest) in enumerate(elements):
        attrs = (f' id="{ident}"' if ident else "") + (f' class="{classes}"' if classes else "")
        h1 = "<h1>Title</h1>" if index % 4 == 0 else ""
        out.append(f"<{tag}{attrs}>text {index}{h1}")
        if nest:
            depth += 1
            continue
        out.append(f"</{tag}>tail {index}")
    out.append("</div>" * depth)
    return f"<html><body><div>{''.join(out)}</div><p>end</p></body></html>"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ELEMENT, min_size=1, max_size=12))
def test_python_prunes_match_trafilatura_xpaths_on_generated_pages(elements) -> None:
    tree = load_html(build(elements))
    expected = xpath_pruned(deepcopy(tree))
    got = deepcopy(tree)
    vendored.prune_raw_tree(got)
    assert serialized(got) == serialized(expected)
    converted_expected = prune_unwanted_nodes(deepcopy(expected), REMOVE_COMMENTS_XPATH)
    vendored.prune_converted_comments(expected)
    assert serialized(expected) == serialized(converted_expected)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_precision_cascade_matches_bare_extraction(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    document = trafilatura.bare_extraction(load_html(source), include_comments=False, favor_precision=True)
    expected = cleaner.body_paragraphs(document.body, document.text) if document is not None else []
    assert cleaner.precision_paragraphs(load_html(source), None) == expected


@pytest.mark.parametrize("where", ["html", "body", "div"])
def test_qa_page_signal_anywhere(where: str) -> None:
    attrs = ' itemscope itemtype="https://schema.org/QAPage"'
    tags = {name: (attrs if name == where else "") for name in ("html", "body", "div")}
    source = f"<html{tags['html']}><body{tags['body']}><div{tags['div']}><p>Question?</p></div></body></html>"
    assert cleaner.is_qa_page(load_html(source))
    assert not cleaner.is_qa_page(load_html("<html><body><div itemtype='https://schema.org/Article'><p>x</p></div></body></html>"))


QA_PAGE = """<html itemscope itemtype="https://schema.org/QAPage"><head><title>When to use wurde or war</title></head><body>
<div id="question" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name">When to use wurde or war?</h1>
<div class="post-body" itemprop="text"><p>How does one know when to use wurde and when war in sentences like these two examples?</p></div>
<div id="answers">{answers}</div></div></body></html>"""
ANSWER = """<div class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-body" itemprop="text"><p>Answer {n}: wurde marks the process (passive voice), war marks the resulting state
of the subject, and both are correct in different contexts, as the grammar books explain at length.</p></div></div>"""


def test_qa_page_keeps_question_and_answers() -> None:
    # the question is added only when the extraction left it out: never twice
    page = QA_PAGE.format(answers="".join(ANSWER.format(n=n) for n in range(1, 6)))
    body = cleaner.clean_html(page).body
    assert "How does one know" in body and "Answer 1:" in body and "Answer 5:" in body
    assert body.count("How does one know") == 1


def test_long_clean_article_skips_comparison_with_same_result() -> None:
    sentences = [f"Paragraph {n} of the report explains how the regional council plans to fund repairs of the harbour "
                 f"bridge, which engineers inspected {n} times this year, and what residents should expect." for n in range(12)]
    source = ("<html><head><title>Bridge</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Bridge</h1>"
              + "".join(f"<p>{s}</p>" for s in sentences)
              + "</article><div class='comments'><p>First! This is a comment nobody asked for, sorry.</p></div></body></html>")
    document = trafilatura.bare_extraction(load_html(source), include_comments=False, favor_precision=True)
    got = cleaner.precision_paragraphs(load_html(source), None)
    assert got == cleaner.body_paragraphs(document.body, document.text)
    assert sum(len(p.text) for p in got) > cleaner.COMPARE_BELOW


# OVERALL_DISCARD_XPATH (candidate-body prune) against its Python version: attribute order matters
# (re:test(@id|@class, ...) reads the first of the two in source order), so attributes are shuffled.
OVERALL_TAGS = ["div", "item", "list", "p", "section", "span", "ul", "article", "head", "header"]
OVERALL_ATTRS = [
    ("id", ["", "share-x", "Sharebox", "shareit", "footer", "mainNav", "menu-top", "related", "premium", "ad-1", "jp-x",
            "cookie-bar", "reader-comments", "akismet", "reply-3", "hidden-x", "main", "authorbox", "tags", "captionbox",
            "bigTeaser"]),
    ("class", ["", "nav x", "post-nav", "navbar", "social-links", "newsletter", " ad ", "a-ad-b", "ad-slot", "dfpAd",
               "widget", "byline", "share-this", "meta", "comments-title", "hide-me", "x hidden", "noprint", "entry",
               "cookie-notice", "reply-to", "message-box", "-hide-x", "ZendeskForm", "Footer", "content", "bottom",
               "page-bottom x", "bottomline", "x link", "links", "link", "img-caption", "Teaser-box", "teaser", "TEASER"]),
    ("style", ["", "display:none", "display: none", "color: red", "hidden", "border: 1px"]),
    ("role", ["", "navigation", "Navigation", "main"]),
    ("aria-hidden", ["", "true", "false"]),
    ("data-component", ["", "MostPopularStories", "Other"]),
    ("data-lp-replacement-content", ["", "x"]),
]
OVERALL_ELEMENT = st.tuples(
    st.sampled_from(OVERALL_TAGS),
    st.permutations(range(len(OVERALL_ATTRS))),
    st.tuples(*(st.sampled_from(values) for _, values in OVERALL_ATTRS)),
    st.sampled_from([None, "", "x"]),  # data-lp-replacement-content: absent, empty, set
    st.booleans(),
)


def build_overall(elements) -> str:
    out, depth = [], 0
    for index, (tag, order, values, lp, nest) in enumerate(elements):
        attrs = "".join(
            f' {OVERALL_ATTRS[i][0]}="{values[i]}"' for i in order if values[i] and OVERALL_ATTRS[i][0] != "data-lp-replacement-content"
        ) + (f' data-lp-replacement-content="{lp}"' if lp is not None else "")
        out.append(f"<{tag}{attrs}>text {index} " + "words " * (index % 5))
        if nest:
            depth += 1
            continue
        out.append(f"</{tag}>tail {index}")
    return f"<html><body><div>{''.join(out)}{'</div>' * depth}</div><p>end of the page, with some more text</p></body></html>"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OVERALL_ELEMENT, min_size=1, max_size=12))
def test_overall_discard_matches_trafilatura_xpath_on_generated_pages(elements) -> None:
    from trafilatura.xpaths import DISCARD_IMAGE_ELEMENTS, OVERALL_DISCARD_XPATH, PRECISION_DISCARD_XPATH, TEASER_DISCARD_XPATH

    tree = load_html(build_overall(elements))
    body = tree.find("body")
    assert vendored.overall_discard(body) == [el for expr in OVERALL_DISCARD_XPATH for el in expr(body)]
    expected = prune_unwanted_nodes(deepcopy(body), OVERALL_DISCARD_XPATH, with_backup=True)
    assert serialized(vendored.prune_overall_discard(deepcopy(body))) == serialized(expected)
    expected = prune_unwanted_nodes(deepcopy(body), PRECISION_DISCARD_XPATH)
    assert serialized(vendored.prune_precision_discard(deepcopy(body))) == serialized(expected)
    expected = prune_unwanted_nodes(deepcopy(body), DISCARD_IMAGE_ELEMENTS)
    assert serialized(vendored.prune_containing(deepcopy(body), "caption")) == serialized(expected)
    expected = prune_unwanted_nodes(deepcopy(body), TEASER_DISCARD_XPATH)
    assert serialized(vendored.prune_containing(deepcopy(body), "teaser", fold_t=True)) == serialized(expected)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_overall_discard_matches_trafilatura_xpath_on_fixtures(path: Path) -> None:
    from trafilatura.xpaths import OVERALL_DISCARD_XPATH

    tree = load_html(path.read_text(encoding="utf-8"))
    for element in [tree, *tree.iter("body", "div", "article", "main", "section")]:
        assert vendored.overall_discard(element) == [el for expr in OVERALL_DISCARD_XPATH for el in expr(element)]


SHORT_PAGES = [
    "<html><body><div class='post'><p>Short note.</p><p>Only two lines here.</p></div>"
    "<div><span>Loose text outside paragraphs that the recovery may pick up, long enough to count.</span></div></body></html>",
    "<html><body><article><h2>Title</h2><p>One line.</p></article><div>Wild text in a div.<br>More of it.</div>"
    "<p>A wild paragraph outside the article with enough words to be kept by the recovery of trafilatura.</p></body></html>",
]


@pytest.mark.parametrize("source", [*(p.read_text(encoding="utf-8") for p in PAGES), *SHORT_PAGES])
def test_extract_content_matches_trafilatura(source: str) -> None:
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.main_extractor import extract_content
    from trafilatura.settings import Extractor

    for precision in (True, False):
        options = Extractor(output_format="python", precision=precision, comments=False)

        def converted():
            return convert_tags(tree_cleaning(load_html(source), options), options)

        expected_body, expected_text = extract_content(converted(), options)
        for backup in (None, converted):  # the backup for short results: copied up front, or rebuilt
            body, text = vendored.extract_content(converted(), options, backup=backup)
            assert text == expected_text and serialized(body) == serialized(expected_body)


BODY_ELEMENT = st.tuples(
    st.sampled_from(["article", "div", "main", "section", "p", "span"]),
    st.sampled_from(["", "articleContent", "entry-content", "article-body", "articlebody", "body-text", "main"]),
    st.sampled_from(["", "post", "entry", "post x", "post-text", "postContent", "article__container", "ArticleContent", "story"]),
    st.sampled_from([None, "articleBody", "text"]),
    st.booleans(),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BODY_ELEMENT, min_size=1, max_size=10))
def test_first_article_body_matches_body_xpath(elements) -> None:
    from trafilatura.xpaths import BODY_XPATH

    out, depth = [], 0
    for index, (tag, ident, classes, itemprop, nest) in enumerate(elements):
        attrs = (f' id="{ident}"' if ident else "") + (f' class="{classes}"' if classes else "")
        attrs += f' itemprop="{itemprop}"' if itemprop else ""
        out.append(f"<{tag}{attrs}>text {index}")
        if nest:
            depth += 1
            continue
        out.append(f"</{tag}>")
    tree = load_html(f"<html><body><div>{''.join(out)}{'</div>' * depth}</div></body></html>")
    for element in (tree, tree.find("body")):
        found = BODY_XPATH[0](element)
        assert vendored.first_article_body(element) is (found[0] if found else None)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
@pytest.mark.parametrize("cut", [None, 400, 60])
def test_compare_external_matches_compare_extraction(path: Path, cut: int | None) -> None:
    from copy import copy

    from trafilatura.external import compare_extraction
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.settings import Extractor

    options = Extractor(output_format="python", precision=True, comments=False)
    tree = load_html(path.read_text(encoding="utf-8"))
    body, text = vendored.extract_content(convert_tags(tree_cleaning(copy(tree), options), options), options)
    if cut is not None:  # short results: readability's and justext's turn
        for child in list(body)[1:]:
            body.remove(child)
        text = text[:cut]
    expected_body, expected_text = compare_extraction(tree_cleaning(copy(tree), options), copy(tree), deepcopy(body), text, options)
    got_body, got_text = vendored.compare_external(tree, deepcopy(body), text, options)
    assert got_text == expected_text and serialized(got_body) == serialized(expected_body)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_delete_by_link_density_matches_trafilatura(path: Path) -> None:
    from trafilatura import htmlprocessing
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.settings import Extractor

    options = Extractor(output_format="python", precision=True, comments=False)
    tree = convert_tags(tree_cleaning(load_html(path.read_text(encoding="utf-8")), options), options)
    links = (" <a href='/a'>one link</a> <a href='/b'>another one</a> and some words around them"
             "<p><a href='/c'>a paragraph that is only a long link to another article somewhere</a></p>")
    tree.find(".//body").append(convert_tags(load_html(f"<html><body><div><div>{links}</div><ul><li>{links}</li></ul></div></body></html>"), options).find(".//div"))
    for tag in ("div", "list", "p", "head", "quote"):
        for backtracking in (True, False):
            for precision in (True, False):
                expected = htmlprocessing.delete_by_link_density(deepcopy(tree), tag, backtracking, precision)
                got = vendored.delete_by_link_density(deepcopy(tree), tag, backtracking, precision)
                assert serialized(got) == serialized(expected)
