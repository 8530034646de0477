"""clean_text_dump on text dumps rendered from HTML pages with comments, menus, related lists and footers.

Each page under tests/fixtures/html/ is flattened to text the way a browser's "save as text" does
(render_page_text); the dump is stored under tests/fixtures/dumps/ so a change to the renderer shows
up as a diff. The cleaned dump must keep the article and drop comments and page furniture.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.textdump import clean_text_dump, render_page_text

FIXTURES = Path(__file__).parent / "fixtures"
# page stem -> (title, must contain, must not contain)
CASES = {
    "article_with_comments": (
        "Harbour bridge reopens after repairs",
        ["eleven weeks of repairs", "Traffic returns to normal", "another twenty years"],
        ["Home News Sport", "Share this article", "You may also like", "Ferry timetable changes",
         "3 comments", "Finally! The detour", "packed every morning", "Leave a Reply", "© 2023"],
    ),
    "blog_german_comments": (
        "Unser Garten im Herbst",
        ["alten Apfelbäumen", "Was wir im nächsten Jahr anders machen", "Schatten der Hecke"],
        ["Startseite", "Veröffentlicht am", "Teilen mit", "FacebookTwitter", "Ähnliche Beiträge",
         "Tomaten richtig düngen", "3 Kommentare", "Gartenfreund", "15. Oktober 2022", "Laub der Nachbarn",
         "seit Jahren so", "Antworten", "Schreibe einen Kommentar", "Impressum"],
    ),
    "news_related_footer": (
        "City approves new tram line",
        ["university campus", "420 million euros", "passed by a wide margin"],
        ["HomeLocal", "Home > Local", "By Sarah Chen", "Most Popular", "Heatwave to end", "Comments (2)",
         "railfan_88", "2 hours ago", "always full", "white elephant", "Reply", "Privacy Policy", "Copyright 2024"],
    ),
    "forum_style_says": (
        "Why sourdough needs patience",
        ["wild yeast and bacteria", "dense no matter how long", "pleasantly sour"],
        ["Skip to content", "Home | Recipes", "Posted on", "Tags:", "4 Responses", "Kim says", "2024-03-02",
         "two weeks, so do not give up", "loaves are finally rising", "Leave a Reply", "Powered by"],
    ),
    "magazine_newsletter": (
        "The quiet return of the night train",
        ["cheap flights and ageing carriages", "Who is travelling", "decided to stop flying"],
        ["Features", "Words by", "newsletter", "Subscribe", "Share this article", "You might also like",
         "scenic railway", "Join the discussion", "trainspotter_uk", "Jan 5, 2024", "slept like a baby",
         "far too high for families", "All rights reserved", "Cookie settings"],
    ),
}


def dump_of(stem: str) -> str:
    """The stored text dump of a fixture page."""
    return (FIXTURES / "dumps" / f"{stem}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("stem", sorted(CASES))
def test_stored_dump_is_the_rendered_page(stem: str) -> None:
    html = (FIXTURES / "html" / f"{stem}.html").read_text(encoding="utf-8")
    assert render_page_text(html) == dump_of(stem)


@pytest.mark.parametrize("stem", sorted(CASES))
def test_rendered_dump_keeps_article_and_drops_comments(stem: str) -> None:
    title, wanted, unwanted = CASES[stem]
    doc = clean_text_dump(dump_of(stem))
    assert doc.title == title
    for snippet in wanted:
        assert snippet in doc.body, snippet
    for snippet in unwanted:
        assert snippet not in doc.body, snippet


@pytest.mark.parametrize("stem", sorted(CASES))
def test_cleaning_a_rendered_dump_twice_changes_nothing(stem: str) -> None:
    once = clean_text_dump(dump_of(stem))
    twice = clean_text_dump(f"{once.title}\n\n{once.body}")
    assert (twice.title, twice.body) == (once.title, once.body)


def test_menu_glued_by_rendering_is_not_the_title() -> None:
    dump = render_page_text("<body><div><a>Home</a><a>World</a></div><h1>Rain returns to the valley at last</h1>"
                            "<p>After a dry summer the first autumn storms brought heavy rain to the valley on Sunday night.</p></body>")
    assert dump.splitlines()[0] == "HomeWorld"
    assert clean_text_dump(dump).title == "Rain returns to the valley at last"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_render_never_raises(text: str) -> None:
    assert isinstance(render_page_text(text), str)
    assert isinstance(render_page_text(f"<p>{text}</p>"), str)
