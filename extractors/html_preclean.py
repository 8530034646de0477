"""Tree pre-cleaning before extraction: drop comment sections and other page furniture by id/class,
repair text blocks trafilatura would drop, find the standfirst."""

from __future__ import annotations

import re
from copy import deepcopy
from functools import lru_cache
from typing import NamedTuple

from lxml.etree import XPath
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
# Signatures are lower-cased before classification: case-sensitive copies of the patterns (which hold no
# upper-case literals) give the same matches ~1.6x faster than IGNORECASE.
_COMMENT_LOWER_RE = re.compile(COMMENT_RE.pattern)
_FURNITURE_LOWER_RE = re.compile(FURNITURE_RE.pattern)
# Never drop these, whatever their class says (WordPress puts "comments-open" on <body>).
PROTECTED_TAGS = frozenset({"html", "body", "main", "article", "head"})
ARTICLE_MARKERS = "//h1|//@itemprop[.='articleBody']/..|//article"  # attribute step: ~4x cheaper than //*[@itemprop=...]
MARKED_CANDIDATES = XPath("//body/descendant::*[@id or @class]")  # not //body//*[...]: 3x cheaper, same elements


class Precleaned(NamedTuple):
    """What pre-cleaning removed, plus a detached copy of the first comment post (forum threads)."""

    removed: set[str]
    first_post: HtmlElement | None


@lru_cache(maxsize=8192)
def classify_signature(signature: str) -> str | None:
    """"comments", "furniture" or None for a lower-case id/class signature (class strings repeat, hence the cache)."""
    if _COMMENT_LOWER_RE.search(signature):
        return "comments"
    return "furniture" if _FURNITURE_LOWER_RE.search(signature) else None


def article_holders(tree: HtmlElement) -> set[HtmlElement]:
    """Elements that contain the <h1>, an articleBody or an <article>: never removed."""
    holders: set[HtmlElement] = set()
    for marker in tree.xpath(ARTICLE_MARKERS):
        holders.update(marker.iterancestors())
    return holders


def is_protected(element: HtmlElement, kind: str, page_chars: int, holders: set[HtmlElement]) -> bool:
    """True for page-level containers and elements holding the article (h1, articleBody, much of the text)."""
    if element.tag in PROTECTED_TAGS or element in holders:
        return True
    # comment sections may outweigh the article, furniture may not; neither may hold nearly all of the page
    share = 0.25 if kind == "furniture" else 0.6
    return len(element.text_content()) > share * page_chars


def find_removable(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Elements whose id/class marks them as comments or furniture, outermost first."""
    found: list[tuple[HtmlElement, str]] = []
    body = tree.find("body")
    page_chars = len(body.text_content()) if body is not None else 0
    holders: set[HtmlElement] | None = None
    for element in MARKED_CANDIDATES(tree):
        get = element.get  # the signature (id and class joined, lower case) built inline: this loop sees every element
        kind = classify_signature(f"{get('id', '')} {get('class', '')}".strip().lower())
        if kind is None:
            continue
        if holders is None:  # most pages need it, but computing it lazily spares pages without candidates
            holders = article_holders(tree)
        if not is_protected(element, kind, page_chars, holders):
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
    # //body//nav|//body//aside|//body//footer and, for each, ancestor::article|.//article|.//h1, as lxml's
    # tag-filtered iterators (walked in C, proxies only for the matches): half the cost of the XPaths
    dropped = 0
    root = tree.getroottree().getroot()  # where //body looks, whichever element was passed
    in_body = [el for el in root.iter("nav", "aside", "footer") if next(el.iterancestors("body"), None) is not None]
    for element in in_body:
        if (
            element.getparent() is not None
            and next(element.iterancestors("article"), None) is None
            and next(element.iterdescendants("article", "h1"), None) is None
        ):
            element.drop_tree()
            dropped += 1
    return dropped


def preclean_tree(tree: HtmlElement, keep_comments: int = 0) -> set[str]:
    """Remove comment sections and furniture from the tree in place; returns the kinds removed.

    keep_comments spares the first N comment containers: on forum threads the opening post
    carries the same classes as the replies.
    """
    return preclean_page(tree, keep_comments).removed


def preclean_page(tree: HtmlElement, keep_comments: int = 0) -> Precleaned:
    """preclean_tree, also returning a detached copy of the first removed comment post.

    The copy is small (one post), so a forum thread whose opening post went with the replies
    can be recovered without parsing the page again.
    """
    removed: set[str] = set()
    candidates = find_removable(tree)
    posts = innermost_comments(candidates)
    kept = posts[:keep_comments]
    first_post = deepcopy(posts[keep_comments]) if len(posts) > keep_comments else None
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
    return Precleaned(removed, first_post)


# Inline tags a text block may hold and still be one paragraph (anything else is a layout container).
INLINE_TAGS = frozenset({"a", "b", "strong", "em", "i", "u", "span", "sup", "sub", "small", "mark", "abbr", "cite", "q", "time", "br"})
_PROSE_END_RE = re.compile(r"[.!?…][\'\"”»)]?$")
PROSE_DIV_CHARS = 80  # a <div> of prose shorter than this stays a <div> (labels, bylines, buttons)
LINK_SHARE = 0.3  # ... and so does one with this much of its text in links (teasers, link lists)


def repair_text_blocks(tree: HtmlElement) -> None:
    """Give trafilatura the text it drops from <div> blocks written without <p>.

    - a <div> cut into lines by <br>: trafilatura keeps each <br>'s tail as a paragraph but drops the
      div's own text before the first <br> (the opening sentence); that text becomes a <br> tail too;
    - a <div> holding only prose (inline tags, sentence end) beside the article's <p>s becomes a <p>
      (precision mode reads <div> text only when the frame has almost no <p> text).
    """
    for div in tree.iter("div"):
        text = div.text
        if not text or text.isspace():
            continue
        if any(child.tag not in INLINE_TAGS for child in div):
            continue
        if div.find("br") is not None:
            br = div.makeelement("br")
            br.tail, div.text = text, None
            div.insert(0, br)
            continue
        if is_prose_block(div):
            div.tag = "p"


def is_prose_block(div: HtmlElement) -> bool:
    """A <div> of inline text that reads as a paragraph of the article: long enough, ending a sentence,
    not mostly links, beside <p>s and not beside the <h1> (a standfirst: see find_standfirst)."""
    prose = " ".join(div.text_content().split())
    if len(prose) < PROSE_DIV_CHARS or not _PROSE_END_RE.search(prose):
        return False
    parent = div.getparent()
    if parent is None or parent.find("h1") is not None or parent.find(".//p") is None:
        return False
    return sum(len(a.text_content()) for a in div.iter("a")) < LINK_SHARE * len(prose)


# Class/id words of a standfirst: the lead paragraph under the headline, often outside the body's container.
LEAD_RE = re.compile(
    r"(?:^|[\s_-])(?:lead|lede|intro|deck|dek|standfirst|summary|subtitle|subheadline|chapo|chapeau|"
    r"vorspann|bajada|entradilla|sumario|sottotitolo|linha-fina)(?:$|[\s_-])"
)
LEAD_CHARS = (60, 600)  # a standfirst is a sentence or a few, not a label and not the article
BODY_PARA_CHARS = 100  # a <p> this long after the headline means the body has started: no standfirst
LEAD_SKIP_TAGS = frozenset({"script", "style", "a", "img", "figure", "figcaption", "li", "ul", "ol", "nav", "button", "form", "time"})


def find_standfirst(tree: HtmlElement) -> str | None:
    """Text of the standfirst: the first element after the <h1> (within its article-sized ancestor),
    before any body-length <p>, that is a few sentences of prose and either has a lead/deck/intro/summary
    class or id, or is a <p> set in bold as a whole (the common lead style without a class)."""
    h1 = tree.find(".//h1")
    if h1 is None:
        return None
    for seen, element in enumerate(_following(h1)):
        if seen > 400:
            return None
        tag = element.tag
        if not isinstance(tag, str) or tag in LEAD_SKIP_TAGS:
            continue
        marked = LEAD_RE.search(_signature(element)) is not None
        if tag == "p" and not marked:
            if is_bold_paragraph(element):
                marked = True
            elif len(element.text_content()) >= BODY_PARA_CHARS:
                return None
        if not marked:
            continue
        text = " ".join(element.text_content().split())
        if LEAD_CHARS[0] <= len(text) <= LEAD_CHARS[1] and _PROSE_END_RE.search(text) and not text.endswith(("...", "…")):
            # a linked one is a teaser for another article
            return text if sum(len(a.text_content()) for a in element.iter("a")) < LINK_SHARE * len(text) else None
    return None


def is_bold_paragraph(paragraph: HtmlElement) -> bool:
    """A <p> whose text is all inside one <strong>/<b> child."""
    if len(paragraph) != 1 or paragraph[0].tag not in ("strong", "b") or (paragraph.text or "").strip():
        return False
    return not (paragraph[0].tail or "").strip()


def _signature(element: HtmlElement) -> str:
    """Lower-case id and class of an element."""
    return f"{element.get('id', '')} {element.get('class', '')}".lower()


def _following(element: HtmlElement, levels: int = 3):
    """Elements after `element` in document order, its own descendants excluded, that sit in its
    `levels`-th ancestor (3: the rest of the headline's header, article-sized block and their parent)."""
    for ancestor in [element, *element.iterancestors()][:levels]:
        for sibling in ancestor.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
