"""Tree pre-cleaning before extraction: drop comment sections and other page furniture by id/class."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# Containers of reader comments, in several languages and for the common comment systems.
COMMENT_RE = re.compile(
    r"(?:^|[\s_-])(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|respond|disqus|"
    r"comment-?(?:list|item|section|area|form|wrap\w*|container|body|content|respond|thread)s?|"
    r"commentlist|comment_list|user-?comments|leserkommentare|replies|discussion|talkback|"
    r"fb-comments|coral|livefyre|vuukle|hyvor|isso|utterances|giscus)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Furniture around the article: related links, share bars, newsletters, cookie/paywall overlays, author boxes.
FURNITURE_RE = re.compile(
    r"(?:^|[\s_-])(?:related(?:-?(?:posts?|articles?|stories|content|links))?|share(?:-?(?:bar|buttons?|tools|links))?|"
    r"sharing|social-?(?:share|media|links|icons|buttons)|sharedaddy|addtoany|newsletter|subscribe-?box|"
    r"cookie-?(?:banner|notice|consent|bar)|gdpr|consent|paywall|piano|regwall|author-?(?:bio|box|info|card)|"
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


def is_protected(element: HtmlElement, min_keep: int) -> bool:
    """True for page-level containers and for elements holding the article (h1, articleBody, many <p>)."""
    if element.tag in PROTECTED_TAGS or element.xpath(ARTICLE_MARKERS):
        return True
    return len(element.xpath(".//p")) >= min_keep


def find_removable(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Elements whose id/class marks them as comments or furniture, outermost first."""
    found: list[tuple[HtmlElement, str]] = []
    paragraphs = len(tree.xpath("//p"))
    min_keep = max(8, int(0.5 * paragraphs))
    for element in tree.xpath("//body//*[@id or @class]"):
        signature = attr_signature(element)
        if not signature:
            continue
        kind = "comments" if COMMENT_RE.search(signature) else "furniture" if FURNITURE_RE.search(signature) else None
        if kind and not is_protected(element, min_keep):
            found.append((element, kind))
    return found


def drop_nav_outside_article(tree: HtmlElement) -> int:
    """Drop <nav>, <aside> and <footer> elements that do not sit inside the article; returns how many."""
    dropped = 0
    for element in tree.xpath("//body//nav|//body//aside|//body//footer"):
        if element.getparent() is not None and not element.xpath("ancestor::article|.//article|.//h1"):
            element.drop_tree()
            dropped += 1
    return dropped


def preclean_tree(tree: HtmlElement) -> set[str]:
    """Remove comment sections and furniture from the tree in place; returns the kinds removed."""
    removed: set[str] = set()
    for element, kind in find_removable(tree):
        # an ancestor may already be gone; getparent() is None only for detached roots
        if element.getparent() is not None:
            element.drop_tree()
            removed.add(kind)
    if drop_nav_outside_article(tree):
        removed.add("navigation")
    return removed
