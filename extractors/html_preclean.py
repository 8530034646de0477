"""Tree pre-cleaning before extraction: drop comment sections and other page furniture by id/class."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# Containers of reader comments, in several languages and for the common comment systems.
COMMENT_RE = re.compile(
    r"comment|kommentar|disqus|(?:^|[\s_-])(?:commentaires?|comentarios?|commenti|reacties|respond|replies|"
    r"discussion|talkback|leserbriefe|coral|livefyre|vuukle|hyvor|isso|utterances|giscus)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Furniture around the article: related links, share bars, newsletters, cookie/paywall overlays, author boxes.
FURNITURE_RE = re.compile(
    r"(?:^|[\s_-])(?:related(?:-?(?:posts?|articles?|stories|content|links))?|share(?:-?(?:bar|buttons?|tools|links))?|"
    r"sharing|social-?(?:share|media|links|icons|buttons)|sharedaddy|addtoany|newsletter|subscribe-?box|"
    r"cookie-?(?:banner|notice|consent|bar)|gdpr|author-?(?:bio|box|card)|"
    r"about-?(?:the-)?author|outbrain|taboola|read-?more-?(?:links|box)|more-?stories|recommended|"
    r"yarpp|jp-relatedposts|post-?navigation|nav-?links|breadcrumbs?)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Never drop these, whatever their class says (WordPress puts "comments-open" on <body>).
PROTECTED_TAGS = frozenset({"html", "body", "main", "article", "head"})
ARTICLE_MARKERS = ".//h1|.//*[@itemprop='articleBody']|.//article"


def attr_signature(element: HtmlElement) -> str:
    """The element's id and class joined, lower case."""
    return f"{element.get('id', '')} {element.get('class', '')}".strip().lower()


def is_protected(element: HtmlElement, kind: str, page_chars: int) -> bool:
    """True for page-level containers and elements holding the article (h1, articleBody, much of the text)."""
    if element.tag in PROTECTED_TAGS or element.xpath(ARTICLE_MARKERS):
        return True
    # comment sections may outweigh the article, furniture may not; neither may hold nearly all of the page
    share = 0.25 if kind == "furniture" else 0.6
    return len(element.text_content()) > share * page_chars


def find_removable(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Elements whose id/class marks them as comments or furniture, outermost first."""
    found: list[tuple[HtmlElement, str]] = []
    body = tree.find("body")
    page_chars = len(body.text_content()) if body is not None else 0
    for element in tree.xpath("//body//*[@id or @class]"):
        signature = attr_signature(element)
        if not signature:
            continue
        kind = "comments" if COMMENT_RE.search(signature) else "furniture" if FURNITURE_RE.search(signature) else None
        if kind and not is_protected(element, kind, page_chars):
            found.append((element, kind))
    return found


def innermost_comments(candidates: list[tuple[HtmlElement, str]]) -> list[HtmlElement]:
    """Comment containers with some text and no comment container inside: single posts, in page order."""
    comments = [el for el, kind in candidates if kind == "comments"]
    ids = {id(el) for el in comments}
    return [
        el for el in comments
        if len(el.text_content()) > 100 and not any(id(d) in ids for d in el.iterdescendants())
    ]


def drop_nav_outside_article(tree: HtmlElement) -> int:
    """Drop <nav>, <aside> and <footer> elements that do not sit inside the article; returns how many."""
    dropped = 0
    for element in tree.xpath("//body//nav|//body//aside|//body//footer"):
        if element.getparent() is not None and not element.xpath("ancestor::article|.//article|.//h1"):
            element.drop_tree()
            dropped += 1
    return dropped


def preclean_tree(tree: HtmlElement, keep_comments: int = 0) -> set[str]:
    """Remove comment sections and furniture from the tree in place; returns the kinds removed.

    keep_comments spares the first N comment containers: on forum threads the opening post
    carries the same classes as the replies.
    """
    removed: set[str] = set()
    candidates = find_removable(tree)
    kept = innermost_comments(candidates)[:keep_comments]
    spared = {id(k) for k in kept} | {id(a) for k in kept for a in k.iterancestors()}
    for element, kind in candidates:
        if id(element) in spared or any(k in element.iterancestors() for k in kept):
            continue
        # an ancestor may already be gone; getparent() is None only for detached roots
        if element.getparent() is not None:
            element.drop_tree()
            removed.add(kind)
    if drop_nav_outside_article(tree):
        removed.add("navigation")
    return removed
