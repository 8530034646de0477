"""Cleaning plain-text page dumps: keep the article, drop menus, comments, FAQ filler and footers.

A dump is what you get when a web page is saved as text: the navigation crumb glued to the title,
the title repeated, the byline, the article, then comment forms, reader comments, "You may also
like" lists, the site's self-description and a copyright line. The cleaner is a line classifier:

- each line gets a kind (`line_kinds` in `textdump_lines`, patterns in `textdump_lexicon`): comment
  header or button (a name with a date and a time, "says:", "Reply", "LikeLiked by 5 people"),
  comment-section marker ("4 Kommentare", "Leave a Reply"), section heading (related lists,
  sidebars, prev/next links), paragraph, long or short line;
- the body zone (`body_zone`) is the first dense run of paragraphs holding at least 30% of the
  largest run's mass, with comment furniture as heavy penalties, so a long comment thread or a
  teaser in the menu does not displace the article; the title and byline come from the lines above
  it, and short lead sentences right above it are kept;
- after the zone's first paragraph, a confirmed comment header (another follows it, or it carries a
  reply button) or a comment marker ends the article; a lone date line is the article's own; section
  headings end it only after the zone, inside it a short related box is skipped and the text goes on;
- page furniture is dropped wherever it stands: known UI phrases (DE/EN/FR/ES), share rows,
  newsletter boxes, picture credits, short lines the page shows twice, and runs of three or more
  menu-like lines (except lists inside the article);
- the result is cleaned again until its title and body stand still, so cleaning the cleaner's own
  output (`cleaned_text`) changes nothing.

`render_page_text` (in `textdump_render`) flattens an HTML page to such a dump, for tests and benchmarks.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from datetime import datetime

from extractors.models import CleanedDoc
from extractors.textdump_lexicon import (
    BYLINE,
    COMMENT_HEADER,
    CONTRIBUTORS,
    PHOTO_CREDIT,
    REPLY_END,
    SENTENCE_END,
    UI_EXTRA,
    UI_PHRASES,
    URLISH,
    norm_key,
)
from extractors.textdump_lines import (
    body_zone,
    comment_time,
    confirmed,
    find_title,
    lead_start,
    line_kinds,
    names_in,
    opens_link_list,
    prose_words,
)
from extractors.textdump_render import render_page_text

__all__ = ["clean_text_dump", "cleaned_text", "render_page_text"]


def _drop_link_runs(body: list[str], where: list[int], zone_end: int, run: int = 3) -> list[str]:
    """Drop runs of `run` or more menu-like lines, except lists inside the body zone (ingredients, bullet points).

    Menu and link rows are one to three capitalised words; list items inside the article are longer
    or start with a quantity or a bullet.
    """
    kept: list[str] = []
    index = 0
    while index < len(body):
        end = index
        while end < len(body) and _is_menu_line(body[end]):
            end += 1
        if end - index >= run:
            items = body[index:end]
            inside = where[end - 1] <= zone_end
            listed = sum(len(l.split()) for l in items) >= LIST_WORDS * len(items) or 2 * sum(
                bool(LIST_ITEM.match(l)) for l in items) >= len(items)
            if not (inside and listed):
                index = end
                continue
        kept.extend(body[index : max(end, index + 1)])
        index = max(end, index + 1)
    return kept


LIST_WORDS = 3
LIST_ITEM = re.compile(r"^(?:\d|[•*+–-]\s)")  # "6 eggs", "• item": quantities and bullets


def _is_menu_line(line: str) -> bool:
    """A short line with no sentence in it: a menu item, a headline link, a glued row of links."""
    return len(line.split()) <= 6 and not SENTENCE_END.search(line) and not line.endswith(":")


# Extra passes of clean_text_dump over its own output; on the 112 rendered comment pages one is the most needed.
MAX_PASSES = 4


def cleaned_text(doc: CleanedDoc) -> str:
    """The text a user saves from a cleaned dump: the title, a blank line and the body, or the body alone."""
    return f"{doc.title}\n\n{doc.body}" if doc.title else doc.body


def clean_text_dump(text: str) -> CleanedDoc:
    """Reduce a plain-text page dump to its article body and metadata.

    Cleaning its own output changes nothing: `clean_text_dump(cleaned_text(doc))` has the title and
    body of `doc`. One pass does not guarantee that (the second pass sees the article without the
    menus around it, so its zone and title can differ), so the title and body are cleaned again until
    they stand still; the metadata comes from the first pass, which saw the whole page.

    Args:
        text: the page dump, any line endings.

    Returns:
        The article body (paragraphs joined by blank lines), title, authors, contributors and the
        earliest reader comment's time as an upper bound of the publication date.
    """
    doc = _clean_once(text)
    for _ in range(MAX_PASSES):
        again = _clean_once(cleaned_text(doc))
        if (again.title, again.body) == (doc.title, doc.body):
            break
        doc = replace(doc, title=again.title, body=again.body)
    return doc


def _clean_once(text: str) -> CleanedDoc:
    """One pass of the line classifier over a dump."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\ufeff", "")
    lines = [l.rstrip() for l in text.split("\n")]
    removed: list[str] = []

    keys = [norm_key(line) if line.strip() else "" for line in lines]
    kinds = line_kinds(lines, keys)
    repeats = Counter(keys)
    first_para, zone_end = body_zone(lines, kinds)
    title, title_lines = find_title(lines, first_para)
    if title_lines:
        removed.append("title")
    first_para = lead_start(lines, kinds, first_para, title_lines)

    authors: list[str] = []
    contributors: list[str] = []
    comment_times: list[datetime] = []
    body: list[str] = []
    where: list[int] = []  # the line index of each body line
    in_tail = False
    in_faq = False
    in_related = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line or i in title_lines:
            continue
        if i < first_para:
            m = BYLINE.match(line)
            if m:
                authors += names_in(m.group("names"))
                removed.append("byline")
            else:
                removed.append("header")  # crumbs, category labels, menus before the article starts
            continue
        key = keys[i]
        if kinds[i] == "comment":
            # a lone date under the headline or above an update is the article's, not a reader's
            if in_tail or i > zone_end or confirmed(kinds, i) or REPLY_END.search(line):
                header = COMMENT_HEADER.match(line)
                when = comment_time(header) if header else None
                if when:
                    comment_times.append(when)
                # the user name (and a post count) often stand on the lines before the timestamp
                for _ in range(3):
                    if not in_tail and body and len(body[-1].split()) <= 3 and not SENTENCE_END.search(body[-1]):
                        body.pop()
                        where.pop()
                in_tail = True
                removed.append("comments")
            else:
                removed.append("dateline")
            continue
        if in_faq:
            if key.startswith("more about") or key.startswith("more on "):
                in_faq = False
                in_tail = True
            continue
        if re.match(r"^(?:frequently asked questions|faqs?\b)", key):
            in_faq = True
            removed.append("faq")
            continue
        if kinds[i] == "marker" or kinds[i] == "section" and i > zone_end:
            in_tail = True
            removed.append("footer")
            continue
        if in_tail:
            continue
        if kinds[i] == "section" and opens_link_list(lines, kinds, i):
            # a short related box inside the article is dropped up to the next paragraph; a long list ends it
            resume = next((j for j in range(i + 1, zone_end + 1) if kinds[j] == "para"), None)
            if resume is None or sum(k != "blank" for k in kinds[i + 1 : resume]) > 6 or (
                prose_words(lines, kinds, resume, zone_end + 1) < max(60, 0.3 * prose_words(lines, kinds, first_para, i))
            ):
                in_tail = True
            in_related = True
            removed.append("related")
            continue
        if in_related and kinds[i] != "para":
            continue
        in_related = False
        furniture = len(line) < 140 and (UI_EXTRA.match(key) or PHOTO_CREDIT.search(key))
        if kinds[i] == "section" or UI_PHRASES.match(key) or URLISH.match(line) or furniture:
            removed.append("ui")
            continue
        if kinds[i] in ("short", "long") and repeats[key] > 1:
            removed.append("repeated")  # a menu item, teaser or button that the page shows more than once
            continue
        m = CONTRIBUTORS.match(line)
        if m and len(line.split()) <= 40:
            contributors += names_in(m.group("who"))
            removed.append("contributors")
            continue
        body.append(line)
        where.append(i)

    body = _drop_link_runs(body, where, zone_end)

    return CleanedDoc(
        body="\n\n".join(body),
        title=title,
        authors=tuple(dict.fromkeys(authors)),
        contributors=tuple(dict.fromkeys(contributors)),
        # A page dump carries no publication date of its own; the earliest reader comment bounds it.
        published_at=min(comment_times) if comment_times else None,
        published_source="comments" if comment_times else None,
        removed=tuple(dict.fromkeys(removed)),
    )

