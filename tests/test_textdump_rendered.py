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

from extractors.textdump import clean_text_dump, cleaned_text, render_page_text

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


@pytest.mark.parametrize("stem", sorted(p.stem for p in (FIXTURES / "html").glob("*.html")))
def test_cleaning_a_rendered_page_twice_changes_nothing(stem: str) -> None:
    # idempotence as the pipeline sees it: the saved text (title, blank line, body) cleans to the same doc
    once = clean_text_dump(render_page_text((FIXTURES / "html" / f"{stem}.html").read_text(encoding="utf-8")))
    twice = clean_text_dump(cleaned_text(once))
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


# Pages written for the line classifier's rules: a German WordPress blog (dateline, inline related box,
# "N Gedanken zu", "sagt:" + timestamp + "Antworten" comments, sidebar) and an English blog whose
# comment headers carry "Jun 20th at 2:41 am" stamps and "LikeLiked by" buttons. Rendered, then cleaned.
GERMAN_BLOG = """<html><body>
<nav><a>Startseite</a><a>Über diese Website</a><a>Kontakt</a></nav>
<ul><li>Archiv</li><li>YouTube</li><li>Suchen</li></ul>
<h1>15 Jahre Lehrerblog</h1>
<div>Veröffentlicht am 28. Juli 2019 von Andreas Kalt</div>
<p>Im Trubel des Alltags ist mir entgangen, dass dieser Lehrerblog im März sein fünfzehnjähriges Bestehen feierte.</p>
<p>Der früheste Schnappschuss in der Wayback-Maschine zeigt das erste, vollständig handgemachte Design und die ersten Beiträge.</p>
<div class="related"><h4>Lesen Sie auch</h4><ul><li><a>Digitale Daten im Unterricht</a></li><li><a>Bücher über Digitalisierung</a></li></ul></div>
<p>Im August 2007 wechselte ich zu einem neuen Design, das eine Mischung aus Schlichtheit und dekorativen Elementen war.</p>
<p>Vor zehn Jahren war Twitter übrigens das neue heiße Ding in Online-Lehrerkreisen, so dass ich einen Einstieg schrieb.</p>
<p>Das letzte Redesign kam 2015 und war auch mit einem Wechsel zu WordPress verbunden, inzwischen bin ich zufrieden damit.</p>
<p>Die Frequenz der Inhalte ist mit den Jahren geringer geworden, weil viele Inhalte inzwischen auf meinem Unterrichtsblog landen.</p>
<p>Trotzdem lese ich jeden Kommentar und freue mich über die vielen Begegnungen, die dieser kleine Blog mir beschert hat.</p>
<p>Aktuell fallen mir wieder mehr Themen ein, über die ich hier schreiben könnte, also wird es den Blog noch eine Weile geben.</p>
<div class="share">Teilen mit:<a>Twitter</a><a>Facebook</a></div>
<h3>4 Gedanken zu „15 Jahre Lehrerblog“</h3>
<ol>
<li><div>thh sagt:</div><div>28. Juli 2019 um 13:39</div><p>Das würde mich sehr freuen, insbesondere wenn du wieder mehr Zeit für Beiträge findest.</p><a>Antworten</a></li>
<li><div>Andreas Kalt sagt:</div><div>28. Juli 2019 um 14:04</div><p>Vielen Dank für die netten Worte, Thomas.</p><a>Antworten</a></li>
</ol>
<h3>Neueste Beiträge</h3><ul><li>Berufsorientierung mit Instagram</li><li>Die dunkle Seite der Digitalisierung</li></ul>
<footer>© 2019 Andreas Kalt · Impressum · Datenschutz</footer>
</body></html>"""

ENGLISH_BLOG = """<html><body>
<div><a>Features</a><a>Themes</a><a>Plans</a><a>Blog</a></div>
<h1>Want a More Diverse Speaker Line-up? So Do We.</h1>
<p>More diverse speakers at community events mean a more diverse group of contributors, and better software for all.</p>
<div>June 19, 2019</div><div>Andrea Middleton</div>
<p>The mission of the project is to democratize publishing, whatever the background, location or identity of the writer.</p>
<p>But as in most technology organizations, the people who build the software are not always representative of its users.</p>
<h2>Breaking Down Barriers</h2>
<p>A group of organizers and volunteers developed a workshop that helps people from underrepresented groups speak publicly.</p>
<div>Share this:<a>Twitter</a><a>Facebook</a><a>LinkedIn</a></div>
<h3>13 Comments</h3>
<div><div>JanBeek Jun 20th at 2:41 am</div><p>Are there workshops available for an eighty year old enthusiast who wants to share her joy?</p><div>LikeLiked by 21 people</div></div>
<div><div>Gianna Jun 20th at 3:34 pm</div><p>Agreed, it will definitely cater to more diverse people around the world and encourage writers.</p><div>LikeLiked by 5 people</div></div>
<div>Create your new blog or website for free</div><div>Get Started</div>
</body></html>"""


@pytest.mark.parametrize("html, title, wanted, unwanted", [
    (GERMAN_BLOG, "15 Jahre Lehrerblog",
     ["Im Trubel des Alltags", "Im August 2007", "noch eine Weile geben"],
     ["Veröffentlicht am", "Digitale Daten im Unterricht", "Lesen Sie auch", "Teilen mit", "Gedanken zu", "thh sagt",
      "28. Juli 2019 um", "würde mich sehr freuen", "netten Worte", "Antworten", "Neueste Beiträge", "Berufsorientierung",
      "Impressum"]),
    (ENGLISH_BLOG, "Want a More Diverse Speaker Line-up? So Do We.",
     ["better software for all", "democratize publishing", "not always representative", "Breaking Down Barriers",
      "speak publicly"],
     ["Features", "June 19, 2019", "Share this", "13 Comments", "JanBeek", "eighty year old", "LikeLiked",
      "encourage writers", "Get Started"]),
])
def test_rendered_blog_pages_from_other_sites(html, title, wanted, unwanted):
    doc = clean_text_dump(render_page_text(html))
    assert doc.title == title
    for snippet in wanted:
        assert snippet in doc.body, snippet
    for snippet in unwanted:
        assert snippet not in doc.body, snippet
    again = clean_text_dump(cleaned_text(doc))
    assert (again.title, again.body) == (doc.title, doc.body)
