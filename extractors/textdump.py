"""Cleaning plain-text page dumps: keep the article, drop menus, comments, FAQ filler and footers.

A dump is what you get when a web page is saved as text: the navigation crumb glued to the title,
the title repeated, the byline, the article, then comment forms, reader comments, "You may also
like" lists, the site's self-description and a copyright line. The cleaner classifies lines by
position (header zone before the first paragraph, tail zone after the first end-of-article
marker), by shape (timestamps, user names, menu-like glued words, link-like lines) and by known UI
phrases, so that dumps from other sites clean the same way.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone

from lxml import html as lxml_html

from extractors.models import CleanedDoc

# Lines that are page furniture wherever they stand.
UI_PHRASES = re.compile(
    r"""^(?:
        please\ enter\ your\ (?:comment|name|email)(?:\ address)?(?:\ here)?!?
      | leave\ a\ (?:comment|reply)(?:\ cancel\ reply)?
      | (?:\d+\ )?comments?(?:\ \(\d+\))?
      | no\ comments(?:\ yet)?
      | post\ comment | submit\ comment | add\ comment | write\ a\ comment
      | you\ (?:may|might)\ also\ like | related\ (?:posts|articles|stories|news) | more\ stories
      | most\ popular | most\ read | recent\ (?:comments|posts) | popular\ posts
      | editors?['’]?\ picks? | latest\ (?:news|posts|stories|articles) | trending(?:\ now)?
      | read\ more | share\ this(?:\ article)? | share\ on\ \w+ | follow\ us(?:\ on\ \w+)?
      | subscribe(?:\ to\ our\ newsletter)? | sign\ up\ for\ our\ newsletter
      | advertisement | sponsored(?:\ content)? | tags?:.* | filed\ under:.* | categories:.*
      | save\ my\ name,\ email,.* | notify\ me\ of\ .* | this\ site\ uses\ akismet.*
      | all\ rights\ reserved\.? | privacy\ policy | terms\ of\ (?:use|service) | cookie\ (?:policy|settings)
      | previous\ (?:article|post) | next\ (?:article|post) | skip\ to\ (?:content|main\ content)
      | reply | antworten | répondre | responder | share\ this\ (?:story|post)(?:\ on\ \w+)? | teilen
      | (?:sign\ up|subscribe)\b.{0,80}\bnewsletter\b.* | .{0,80}\bdelivered\ to\ your\ inbox\.?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Markers after which nothing belongs to the article (comment sections, related lists, footers).
TAIL_MARKERS = re.compile(
    r"""^(?:
        please\ enter\ your\ comment!? | leave\ a\ (?:comment|reply) | \d+\ comments? | comments?
      | you\ (?:may|might)\ also\ like | related\ (?:posts|articles|stories) | more\ stories
      | most\ popular | recent\ comments | editors?['’]?\ picks? | latest\ news
      | frequently\ asked\ questions\b.* | faqs?\b.*
      | (?:\d+\ )?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|reacties)(?:\ \(\d+\))?:?
      | join\ the\ (?:discussion|conversation) | add\ your\ comment | post\ a\ comment
      | schreibe\ einen\ kommentar | kommentar\ (?:schreiben|verfassen) | ähnliche\ (?:beiträge|artikel)
      | das\ könnte\ (?:sie|dich)\ auch\ interessieren | lesen\ sie\ auch | mehr\ zum\ thema
      | teilen\ mit:? | share\ this:? | powered\ by\ .{1,40}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# "Mike_the_Realist July 12, 2023 - 5:24 pm": a user name followed by a comment timestamp.
COMMENT_HEADER = re.compile(
    rf"^(?P<user>\S.{{0,60}}?)\s+(?P<date>{MONTHS}\.?\s+\d{{1,2}},\s+\d{{4}})"
    r"(?:\s*(?:-|–|at|,)?\s*(?P<time>\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?))?\s*(?:reply)?$",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(?:by|written by|words by)\s+(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)\s*$", re.IGNORECASE)
CONTRIBUTORS = re.compile(
    r"^(?P<who>.{3,200}?),?\s+(?:also\s+)?contributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:article|report|story))?(?:\s+from\s+[^.]+)?\.$",
    re.IGNORECASE,
)
# Comment timestamps on a line of their own, or after a user name: "15. Oktober 2022 um 08:12",
# "2024-03-02 at 14:05", "Jan 5, 2024", "2 hours ago", "vor 3 Stunden".
STAMP = (
    rf"(?:{MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.\s*(?:\w+|\d{{1,2}}\.)\s*\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:\s*(?:-|–|at|um|à|,)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr))?)?"
    r"|(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|vor\s+\d+\s+(?:minuten|stunden|tagen|wochen)"
)
TIMESTAMP_LINE = re.compile(rf"^(?:(?P<user>[^\s.!?]{{2,40}}(?:\s[^\s.!?]{{1,30}})?)\s+)?(?:{STAMP})\s*(?:reply|antworten)?$", re.IGNORECASE)
SAYS_LINE = re.compile(r"^\S.{0,40}?\s+(?:says|said|wrote|writes|sagt|schreibt|meint|dit|dice):?$", re.IGNORECASE)
MENU_SEPARATORS = re.compile(r"\s[|>›»·/]\s|\s[|>›»·]$")
PERSON_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|al|bin|el|la|le)){0,4}$")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
URLISH = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# Menu words glued together when a page is flattened: "HomeWorld News" = "Home" + "World News".
GLUED_WORDS = re.compile(r"[a-z][A-Z]")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")


def _norm(line: str) -> str:
    """Comparison key for a line: NFKC, straight quotes, lower case, single spaces."""
    line = unicodedata.normalize("NFKC", line)
    line = line.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    return " ".join(line.lower().split())


def _is_paragraph(line: str) -> bool:
    """A line that reads like article prose: long enough and ends like a sentence."""
    return len(line.split()) >= 12 and bool(SENTENCE_END.search(line))


def _comment_time(match: re.Match) -> datetime | None:
    """The timestamp of a reader comment header, as a UTC datetime (the page gives no zone)."""
    text = match.group("date").replace(".", "")
    for fmt in ("%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    return None


def _names(text: str) -> list[str]:
    """Person names in "A, B and C, Agency correspondents": the parts that look like names."""
    parts = (p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", text))
    return [p for p in parts if p and PERSON_NAME.match(p)]


def _is_headline(line: str) -> bool:
    """A header-zone line that can be the title: a few words, no menu separators, byline, UI phrase or date."""
    words = line.split()
    return (
        3 <= len(words) <= 25
        and not MENU_SEPARATORS.search(line)
        and not BYLINE.match(line)
        and not UI_PHRASES.match(_norm(line))
        and not TIMESTAMP_LINE.search(line)
        and not re.search(r"\b(?:posted|published|veröffentlicht|updated)\b", line, re.IGNORECASE)
    )


def _is_comment_start(line: str) -> bool:
    """A comment header after the article: "user says:", a timestamp line, or "user 2 hours ago"."""
    if len(line) > 80:
        return False
    return bool(SAYS_LINE.match(line) or TIMESTAMP_LINE.match(line))


def _find_title(lines: list[str], first_para: int) -> tuple[str | None, set[int]]:
    """Pick the title from the header zone; return it with the indices of every line that repeats it."""
    header = [(i, l) for i, l in enumerate(lines[:first_para]) if l.strip()]
    if not header:
        return None, set()
    keys = {i: _norm(l) for i, l in header}
    counts: dict[str, int] = {}
    for k in keys.values():
        counts[k] = counts.get(k, 0) + 1
    # The title is the line repeated most often; a crumb glued in front ("HomeWorld NewsTitle") is a repeat too.
    best = max(header, key=lambda il: (sum(1 for k in keys.values() if k == keys[il[0]] or k.endswith(keys[il[0]])), -il[0]))
    title_key = keys[best[0]]
    if sum(1 for k in keys.values() if k.endswith(title_key)) < 2:
        # No repetition: the first short, unpunctuated line is the title.
        # menus and site names come first, the headline last, right above the byline and the text
        headline_like = [(i, l) for i, l in header if _is_headline(l.strip())][-1:]
        for i, l in headline_like or header:
            if len(l.split()) <= 25 and not BYLINE.match(l.strip()):
                best, title_key = (i, l), keys[i]
                break
    repeats = {i for i, k in keys.items() if k == title_key or (k.endswith(title_key) and GLUED_WORDS.search(lines[i][: len(lines[i]) - len(best[1])] + "x"))}
    # Prefer the version with typographic punctuation if both occur (the page's own title).
    variants = [lines[i].strip() for i in sorted(repeats)]
    standalone = [v for v in variants if _norm(v) == title_key]
    title = max(standalone, key=lambda v: (sum(ch in "’‘“”" for ch in v), -variants.index(v))) if standalone else best[1].strip()
    return title, repeats


def _is_menu_line(line: str) -> bool:
    """A short line with no sentence in it: a menu item, a headline link, a glued row of links."""
    return len(line.split()) <= 6 and not SENTENCE_END.search(line) and not line.endswith(":")


def _drop_menu_runs(body: list[str], run: int = 3) -> list[str]:
    """Drop runs of `run` or more consecutive menu-like lines (link lists and menus, not subheadings)."""
    kept: list[str] = []
    index = 0
    while index < len(body):
        end = index
        while end < len(body) and _is_menu_line(body[end]):
            end += 1
        if end - index >= run:
            index = end
            continue
        kept.extend(body[index : max(end, index + 1)])
        index = max(end, index + 1)
    return kept


def clean_text_dump(text: str) -> CleanedDoc:
    """Reduce a plain-text page dump to its article body and metadata."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\ufeff", "")
    lines = [l.rstrip() for l in text.split("\n")]
    removed: list[str] = []

    first_para = next((i for i, l in enumerate(lines) if _is_paragraph(l.strip())), len(lines))
    title, title_lines = _find_title(lines, first_para)
    if title_lines:
        removed.append("title")

    authors: list[str] = []
    contributors: list[str] = []
    comment_times: list[datetime] = []
    body: list[str] = []
    in_tail = False
    in_faq = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line or i in title_lines:
            continue
        if i < first_para:
            m = BYLINE.match(line)
            if m:
                authors += _names(m.group("names"))
                removed.append("byline")
            else:
                removed.append("header")  # crumbs, category labels, menus before the article starts
            continue
        key = _norm(line)
        header = COMMENT_HEADER.match(line)
        if header and len(line) < 120:
            when = _comment_time(header)
            if when:
                comment_times.append(when)
            in_tail = True
            removed.append("comments")
            continue
        if _is_comment_start(line):
            # the user name often stands on the line before the timestamp
            if body and len(body[-1].split()) <= 3 and not SENTENCE_END.search(body[-1]):
                body.pop()
            in_tail = True
            removed.append("comments")
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
        if TAIL_MARKERS.match(key) or COPYRIGHT.match(line):
            in_tail = True
            removed.append("footer")
            continue
        if in_tail:
            continue
        if UI_PHRASES.match(key) or URLISH.match(line):
            removed.append("ui")
            continue
        m = CONTRIBUTORS.match(line)
        if m and len(line.split()) <= 40:
            contributors += _names(m.group("who"))
            removed.append("contributors")
            continue
        body.append(line)

    body = _drop_menu_runs(body)
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


BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "button", "textarea",
})
SKIPPED_TAGS = frozenset({"head", "script", "style", "noscript", "template", "svg", "iframe"})


def _render(element, lines: list[str], buffer: list[str]) -> None:
    """Append the element's text to buffer, flushing it to lines around block elements."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in SKIPPED_TAGS or not tag:
        if element.tail:
            buffer.append(element.tail)
        return
    block = tag in BLOCK_TAGS
    if block or tag == "br":
        _flush(lines, buffer)
    if element.text:
        buffer.append(element.text)
    for child in element:
        _render(child, lines, buffer)
    if block:
        _flush(lines, buffer)
    if element.tail:
        buffer.append(element.tail)


def _flush(lines: list[str], buffer: list[str]) -> None:
    """Move the buffered inline text to lines as one whitespace-collapsed line."""
    line = " ".join("".join(buffer).split())
    if line:
        lines.append(line)
    buffer.clear()


def render_page_text(html: str) -> str:
    """Flatten an HTML page to text as a browser's "save as text" does: a line per block, inline text glued.

    Menu links without separators run together ("HomeLocalBusiness"), comment user names and
    timestamps land on their own lines when their markup is block-level. Never raises: garbage gives ''.
    """
    try:
        tree = lxml_html.document_fromstring(html)
    except Exception:  # lxml raises several types on garbage; garbage renders as no text
        return ""
    lines: list[str] = []
    buffer: list[str] = []
    body = tree.find("body")
    _render(body if body is not None else tree, lines, buffer)
    _flush(lines, buffer)
    return "\n".join(lines) + "\n"
