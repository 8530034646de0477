"""clean_html and its paragraph post-filters: must-contain / must-not-contain snippets, properties."""

from __future__ import annotations

import html as html_lib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.html import clean_html
from extractors.postfilters import Para, apply_filters

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ARTICLE = [
    "The regional council approved the new water plan on Monday after a debate that lasted most of the afternoon.",
    "Under the plan, three reservoirs will be enlarged and leaking pipes in older districts replaced by the end of 2026.",
    "Farmers' groups welcomed the decision but warned that the timetable for the irrigation network was too slow.",
    "The opposition said the costs had been underestimated and asked for an independent review of the figures.",
    "Officials promised quarterly progress reports and a public hearing before the second phase begins next year.",
]


def page(*blocks: str, title: str = "Council approves water plan") -> str:
    """A small article page around the given body blocks."""
    body = "".join(blocks)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def paras(*texts: str) -> list[Para]:
    """Body paragraphs from plain strings."""
    return [Para(t) for t in texts]


def article_paras() -> list[Para]:
    """The article's paragraphs."""
    return paras(*ARTICLE)


def test_fixture_page_keeps_article_and_drops_comments() -> None:
    doc = clean_html((FIXTURES / "article_with_comments.html").read_text(encoding="utf-8"))
    for snippet in ("eleven weeks of repairs", "Traffic returns to normal", "another twenty years"):
        assert snippet in doc.body
    for snippet in ("Finally! The detour", "packed every morning", "Leave a Reply", "3 comments", "Share this article", "© 2023"):
        assert snippet not in doc.body
    assert "comments" in doc.removed
    assert "\n\nTraffic returns to normal\n\n" in doc.body  # headings are their own paragraph


def test_comment_section_after_heading_is_cut() -> None:
    kept, removed = apply_filters(article_paras() + paras("12 Kommentare", "Toller Artikel, danke!", "Sehe ich anders."))
    assert [p.text for p in kept] == ARTICLE and removed == {"comments"}


def test_comment_heading_in_page_is_cut() -> None:
    comments = "<h3>Leave a Reply</h3><p>I could not disagree more with the council on this one, honestly.</p>"
    doc = clean_html(page(*(f"<p>{t}</p>" for t in ARTICLE), comments))
    assert "second phase begins" in doc.body and "disagree more" not in doc.body


def test_faq_section_is_dropped_up_to_next_heading() -> None:
    faq = [Para("Frequently Asked Questions", 2), Para("Is the plan funded?", 3), Para("Yes, by the region."), Para("Sources", 2), Para("Council minutes.")]
    kept, removed = apply_filters(article_paras() + faq)
    texts = [p.text for p in kept]
    assert "Yes, by the region." not in texts and "Council minutes." in texts and removed == {"faq"}


def test_related_list_is_dropped() -> None:
    related = paras("You may also like", "Dam project delayed again", "Heatwave: what you need to know")
    kept, removed = apply_filters(article_paras() + related)
    assert [p.text for p in kept] == ARTICLE and removed == {"related"}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sign up for our free daily newsletter and get the news in your inbox.", "newsletter"),
        ("Share this article", "share"),
        ("Like this story? Share it with a friend!", "share"),
        ("Please enter your comment!", "comments"),
        ("We use cookies to improve your experience. Accept all cookies", "cookie"),
        ("Subscribe to continue reading this article.", "paywall"),
        ("Read more: Dam project delayed again", "related"),
        ("Reading time: 3 minutes", "meta"),
    ],
)
def test_boilerplate_line_is_dropped(line: str, kind: str) -> None:
    kept, removed = apply_filters(article_paras()[:3] + paras(line) + article_paras()[3:])
    assert [p.text for p in kept] == ARTICLE and kind in removed


def test_author_box_is_dropped() -> None:
    box = paras("About the author", "Anna Weber covers environment and energy for the paper since 2015.")
    kept, removed = apply_filters(article_paras() + box)
    assert [p.text for p in kept] == ARTICLE and "author-bio" in removed


def test_title_echo_and_separators_are_dropped() -> None:
    kept, removed = apply_filters(paras("Council approves water plan", "___") + article_paras(), title="Council approves water plan")
    assert [p.text for p in kept] == ARTICLE and {"title", "separator"} <= removed


def test_article_sentences_mentioning_comments_are_kept() -> None:
    text = "The minister declined to comment on the report, and the comments section of the ministry website was closed."
    kept, _ = apply_filters(article_paras() + paras(text))
    assert kept[-1].text == text


def test_comment_containers_are_removed_before_extraction() -> None:
    comments = '<div class="comment-list"><div class="comment-body"><p>Ich finde den Plan viel zu teuer, ehrlich gesagt.</p></div></div>'
    doc = clean_html(page(*(f"<p>{t}</p>" for t in ARTICLE), comments))
    assert "Officials promised" in doc.body and "viel zu teuer" not in doc.body


def test_cleaning_its_own_output_changes_nothing() -> None:
    first = clean_html((FIXTURES / "article_with_comments.html").read_text(encoding="utf-8"))
    rendered = "".join(f"<p>{html_lib.escape(p)}</p>" for p in first.body.split("\n\n"))
    second = clean_html(f"<html><head><title>{first.title}</title></head><body><article>{rendered}</article></body></html>")
    assert second.body.split() == first.body.split()


@pytest.mark.parametrize("garbage", ["", " ", "<", "<html>", "\x00\x01", "<p>", "]]>", "<?xml version='1.0'?><a/>", "<html><body><p>x" * 50])
def test_garbage_gives_empty_or_text_without_raising(garbage: str) -> None:
    assert isinstance(clean_html(garbage).body, str)


HTML_BITS = st.sampled_from(["<p>", "</p>", "<div class='comment'>", "</div>", "<h2>", "</h2>", "<article>", "<!--", "-->", "&amp;", "<br>", "<script>", "Text about the council plan. "])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(HTML_BITS, st.text(max_size=30)), max_size=40), st.integers(min_value=0, max_value=2000))
def test_clean_html_never_raises_and_is_deterministic(bits: list[str], cut: int) -> None:
    source = page(*(f"<p>{t}</p>" for t in ARTICLE), "".join(bits))[: cut + 200]
    first = clean_html(source)
    assert first == clean_html(source)


def test_faq_followed_by_more_article_is_kept() -> None:
    # an FAQ in the middle of the article (a recipe follows) is content, not a restating appendix
    faq = [Para("Häufige Fragen", 3), Para("Wann kommt der Guss auf den Kuchen?", 4), Para("Sobald er abgekühlt ist.")]
    recipe = [Para("Zutaten", 3)] + paras(*(f"{n} Gramm Zutat Nummer {n} für den Teig, gut verrührt." for n in range(100, 130)))
    kept, removed = apply_filters(article_paras() + faq + recipe)
    assert "Sobald er abgekühlt ist." in [p.text for p in kept] and "faq" not in removed


@pytest.mark.parametrize(
    "source",
    [
        "<!DOCTYPE html>\n<html><body><p>plain</p></body></html>",
        "<!DOCTYPE html/>\n<html><body><p>x</p></body></html>",
        "<!doctype html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x/y'>no newline at all",
        "<html/>\n<body><p>x</p></body>",
        "\n\n<html lang='en' />\n<p>x</p>",
        "<html><body><p>bad \x00\x01\x08 chars \x0b\x0c\x0e\x1f here</p></body></html>",
        "<html><body><p>non-characters \ufffe and \uffff, fine \u00e9\u4e2d\U0001f600</p></body></html>",
        "<html><body><p>lone surrogate \udc80 kept</p></body></html>",
        "<p>tabs\tand\r\nnewlines</p>",
        "",
    ],
)
def test_repair_page_matches_trafilatura_repair(source: str) -> None:
    from trafilatura.utils import repair_faulty_html

    from extractors.html import repair_page

    beginning = source[:50].lower()
    assert repair_page(source, beginning) == repair_faulty_html(source, beginning)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for the morning newsletter", "get the daily edition on your phone", "Delivered to your INBOX daily",
        "Top stories straight to your inbox", "Subscribe to continue reading", "Already a subscriber? Sign in",
        "This article is only available for members", "Jetzt weiterlesen", "Weiterlesen mit Abo", "Get unlimited access",
        "We use cookies to improve the site", "Accept all cookies", "Diese Seite verwendet Cookies",
        "(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by A. Smith; editing by B. Jones",
        "Reporters John and Jane contributed reporting to this article.", "Filed under: politics", "Share this story",
        "The council met on Monday and members voted to read the report by Friday.", "Cookies were served after the vote.",
        "An inbox full of letters arrived.", "Newsletter", "by the way, nothing to see",
    ],
)
def test_hinted_line_rules_match_unhinted(line: str) -> None:
    from extractors.postfilters import LOWER_LINE_RULES, line_kind

    lowered = line.lower()
    assert line_kind(lowered) == next((k for k, rule in LOWER_LINE_RULES if rule.search(lowered)), None)


def test_teaser_excerpts_need_truncated_endings() -> None:
    from extractors.postfilters import drop_teaser_excerpts

    paragraphs = paras(*ARTICLE[:2], "Headline one", "The first teaser opens like this …", "Another teaser [...]",
                       "A third one ends with dots ...", *ARTICLE[2:])
    kept, removed = drop_teaser_excerpts(paragraphs)
    assert removed == {"related"} and [p.text for p in kept] == ARTICLE
    assert drop_teaser_excerpts(article_paras()) == (article_paras(), set())


def test_nav_outside_article_is_dropped_from_any_element() -> None:
    from lxml.html import fromstring

    from extractors.html_preclean import drop_nav_outside_article

    source = ("<html><body><nav>menu</nav><article><h1>T</h1><aside>inside</aside><p>text</p></article>"
              "<footer><p>foot</p><nav>nested</nav></footer><aside><h1>holds the headline</h1></aside>"
              "<div><aside><article>holds an article</article></aside></div></body></html>")
    tree = fromstring(source)
    assert drop_nav_outside_article(tree.find("body").find("article")) == 3  # //body looks from the root
    remaining = tree.text_content()
    assert "menu" not in remaining and "foot" not in remaining and "nested" not in remaining
    assert "inside" in remaining and "holds the headline" in remaining and "holds an article" in remaining
