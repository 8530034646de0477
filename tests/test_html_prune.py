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
    cleaner.prune_raw_tree(got)
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
    cleaner.prune_raw_tree(got)
    assert serialized(got) == serialized(expected)
    converted_expected = prune_unwanted_nodes(deepcopy(expected), REMOVE_COMMENTS_XPATH)
    cleaner.prune_converted_comments(expected)
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
