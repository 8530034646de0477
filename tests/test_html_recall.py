"""clean_html recall rules (issue 4): text the precision extraction used to drop, and the precision
rules that pay for it. Each test is a small hand-written page that needs its rule."""

from __future__ import annotations

import pytest

from extractors.html import clean_html, parse_html
from extractors.html_preclean import find_standfirst, repair_text_blocks
from extractors.postfilters import Para, apply_filters, drop_boilerplate_lines, drop_teaser_excerpts

BODY = [
    "The regional council approved the new water plan on Monday after a debate that lasted most of the afternoon.",
    "Under the plan, three reservoirs will be enlarged and leaking pipes in older districts replaced by the end of 2026.",
    "Farmers' groups welcomed the decision but warned that the timetable for the irrigation network was too slow.",
    "The opposition said the costs had been underestimated and asked for an independent review of the figures.",
    "Officials promised quarterly progress reports and a public hearing before the second phase begins next year.",
    "The council will publish the full tender documents for the reservoir works on its website within a month.",
]
STANDFIRST = "Three reservoirs will be enlarged and the oldest pipes replaced, at a cost the opposition disputes."
TITLE = "Council approves water plan"


def paragraphs(texts: list[str]) -> str:
    """The article body as <p> elements."""
    return "".join(f"<p>{text}</p>" for text in texts)


def page(header: str, body: str, title: str = TITLE) -> str:
    """A news page: a header block with the <h1>, then the body in its own container, then a sidebar."""
    return (
        f"<html><head><title>{title}</title></head><body><div class='page'><article>"
        f"<header class='article-header'><h1>{title}</h1>{header}</header>"
        f"<div class='article-body'>{body}</div></article>"
        "<div class='sidebar'><div class='widget'><p>Weather: sunny, 24 degrees.</p></div></div></div></body></html>"
    )


def words(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


@pytest.mark.parametrize(
    "header",
    [
        f"<div class='article-intro'>{STANDFIRST}</div>",
        f"<h2 class='article__deck'>{STANDFIRST}</h2>",
        f"<p class='standfirst'>{STANDFIRST}</p>",
    ],
)
def test_standfirst_with_a_lead_class_is_kept_in_front(header: str) -> None:
    body = clean_html(page(header, paragraphs(BODY))).body
    assert body.startswith(STANDFIRST)
    assert body.count(STANDFIRST) == 1 and all(text in body for text in BODY)


def test_bold_lead_paragraph_after_the_headline_is_kept() -> None:
    # the lead sits in its own block between the headline and the body's container (no class)
    html = page("<span class='date'>Monday, 12 May</span>", paragraphs(BODY)).replace(
        "<div class='article-body'>", f"<div><p><strong>{STANDFIRST}</strong></p></div><div class='article-body'>"
    )
    assert words(clean_html(html).body).startswith(STANDFIRST)


@pytest.mark.parametrize(
    "header",
    [
        "<div class='article-intro'>Monday, 12 May 2025</div>",  # a label, not prose
        "<div class='article-intro'>Three reservoirs will be enlarged and the oldest pipes replaced, at a cost ...</div>",
        "<div class='article-intro'><a href='/a'>Three reservoirs will be enlarged and the oldest pipes replaced.</a></div>",
    ],
)
def test_short_truncated_or_link_leads_are_not_standfirsts(header: str) -> None:
    assert find_standfirst(parse_html(page(header, paragraphs(BODY)))) is None


def test_lead_class_after_the_body_started_or_outside_the_article_is_not_a_standfirst() -> None:
    late = page("", paragraphs(BODY[:2]) + f"<div class='summary'>{STANDFIRST}</div>" + paragraphs(BODY[2:]))
    assert find_standfirst(parse_html(late)) is None
    # a teaser summary in the sidebar, far from the headline's article
    sidebar = page("", paragraphs(BODY)).replace(
        "<div class='widget'>", f"<div class='widget'><div class='post-summary'>{STANDFIRST}</div>"
    ).replace("<header class='article-header'><h1>", "<header class='article-header'><div><div><h1>").replace(
        "</h1>", "</h1></div></div>"
    )
    assert find_standfirst(parse_html(sidebar)) is None


def test_text_before_the_first_br_of_a_div_is_kept() -> None:
    block = "<div class='textmodule'>" + "<br>".join(BODY[:3]) + "</div>"
    body = words(clean_html(page("", paragraphs(BODY[3:]) + block)).body)
    assert all(text in body for text in BODY)


def test_br_repair_moves_the_leading_text_into_a_br_tail() -> None:
    tree = parse_html("<html><body><div>First line.<br>Second <b>line</b>.</div></body></html>")
    repair_text_blocks(tree)
    div = tree.find(".//div")
    assert div.text is None and div[0].tag == "br" and div[0].tail == "First line."


def test_prose_div_beside_the_paragraphs_is_kept() -> None:
    fact = "Bayer, the owner of Monsanto, was ordered on Monday to pay two billion dollars to a couple with cancer."
    body = words(clean_html(page("", f"<div class='article-facts'>{fact}</div><div>{paragraphs(BODY)}</div>")).body)
    assert fact in body and all(text in body for text in BODY)


@pytest.mark.parametrize(
    "block",
    [
        "<div class='label'>Photo: council press office</div>",  # short
        "<div>Read the plan, the tender and the minutes of the session on the website of the council</div>",  # no sentence end
        "<div><a href='/1'>Council plans more reservoirs for the dry summers ahead.</a> See the plan.</div>",  # links
    ],
)
def test_other_divs_stay_divs(block: str) -> None:
    tree = parse_html(page("", block + paragraphs(BODY)))
    repair_text_blocks(tree)
    assert len(tree.findall(".//div[@class='article-body']/p")) == len(BODY)


def test_run_of_truncated_teasers_is_dropped() -> None:
    teasers = [
        Para("Other readers liked"),
        Para("Optimism asks for courage: to expect the best and to make the best happen, every single …"),
        Para("A family is held together by love, care and the wish to see each other well, in good …"),
        Para("Gratitude lives in small things: the first smile of the morning, a quiet [...]"),
    ]
    kept, removed = drop_teaser_excerpts([Para(text) for text in BODY] + teasers)
    assert [p.text for p in kept] == BODY and removed == {"related"}


def test_single_trailing_ellipsis_is_kept() -> None:
    paras = [Para(text) for text in BODY] + [Para("And then, as always, the council went on to the next item …")]
    assert drop_teaser_excerpts(paras) == (paras, set())
    # a writer's own ellipsis ("...", no space) is no truncation
    own = [Para(text + "..") for text in BODY]
    assert drop_teaser_excerpts(own) == (own, set())


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(Reporting by Jane Roe and John Doe; Editing by Max Muster)", "credits"),
        ("Reporting by Jane Roe; additional reporting by John Doe; Editing by Max Muster", "credits"),
        ("Associated Press writers Jane Roe and John Doe contributed to this report.", "credits"),
        ("Let our news meet your inbox. The stories that matter, delivered weekday mornings.", "newsletter"),
    ],
)
def test_credit_and_inbox_lines_are_dropped(line: str, kind: str) -> None:
    kept, removed = drop_boilerplate_lines([Para(line)])
    assert kept == [] and removed == {kind}


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the Guardian last year revealed that the contracts had been signed before the vote.",
        "Phishing emails that land in your inbox often imitate the council's own invoices.",
    ],
)
def test_sentences_about_reporting_and_inboxes_are_kept(line: str) -> None:
    assert apply_filters([Para(text) for text in BODY] + [Para(line)])[0][-1].text == line


def test_article_split_into_chunks_with_the_same_class_is_read_whole() -> None:
    # sites that put ad slots between parts of the body repeat the body's container for each part
    parts = [[f"Part {part}, paragraph {n}: {text}" for n, text in enumerate(BODY)] for part in (1, 2, 3)]
    chunks = "".join(
        f"<div class='grid'><div class='article__body'>{paragraphs(part)}</div>"
        "<div class='ad-rail'><p>Advertisement</p></div></div>"
        for part in parts
    )
    html = f"<html><body><article><h1>{TITLE}</h1><div class='chunks'>{chunks}</div></article></body></html>"
    body = words(clean_html(html).body)
    assert all(text in body for part in parts for text in part)


def test_layout_classes_repeated_are_not_body_chunks() -> None:
    from extractors.html import has_repeated_body_class

    assert not has_repeated_body_class(parse_html("<html><body><div class='text'><p>a</p></div><div class='text'><p>b</p></div></body></html>"))
    assert has_repeated_body_class(parse_html("<html><body><div class='post-content'><p>a</p></div><div class='post-content'><p>b</p></div></body></html>"))


def test_balanced_retry_keeps_what_only_precision_mode_found() -> None:
    from extractors.html import merge_missing

    precision = [Para("Prep time 30 minutes"), Para("Bake for 80 minutes."), Para("Glaze when cool.")]
    balanced = [Para("| 125 g | flour |"), Para("Bake for 80 minutes."), Para("Glaze when cool.")]
    assert [p.text for p in merge_missing(balanced, precision)] == [
        "Prep time 30 minutes", "| 125 g | flour |", "Bake for 80 minutes.", "Glaze when cool."
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("{{#topArticle.elements}}", "template"),
        ("{{{title}}} {{/title}}", "template"),
        ("Strict Standards: Non-static method nggGallery::i18n() should not be called statically in /www/x.php on line 736", "error"),
        ("Warning: Cannot modify header information in /var/www/wp-includes/pluggable.php on line 1219", "error"),
    ],
)
def test_template_markup_and_php_notices_are_dropped(line: str, kind: str) -> None:
    assert drop_boilerplate_lines([Para(line)]) == ([], {kind})


def test_unexpanded_shortcode_is_dropped_but_bracketed_prose_is_kept() -> None:
    line = '[button link="http://example.org/submit/" type="big"] Send us YOUR review[/button]'
    assert drop_boilerplate_lines([Para(line)]) == ([], {"template"})
    prose = Para("[Update] The council confirmed the vote on Tuesday [see below].")
    assert drop_boilerplate_lines([prose]) == ([prose], set())
