"""Paragraph-level filters run on extracted text: comment sections, share prompts, related links, FAQs.

Each filter takes the paragraphs and returns the kept ones plus the kinds it removed, so
clean_html can report them in CleanedDoc.removed. Rules are general (multilingual phrases),
never site-specific.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple


class Para(NamedTuple):
    """One paragraph of extracted text; heading is its level (1-6) or 0 for body text."""

    text: str
    heading: int = 0


Paragraphs = list[Para]
Filtered = tuple[Paragraphs, set[str]]

_I = re.IGNORECASE
# Headings that open a reader-comment section: everything after them is comments.
COMMENT_HEADING_RE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?|comentários?|commenti|"
    r"reacties|reader comments|user comments|discussion|diskussion|responses?|reaktionen|antworten|"
    r"leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:discussion|conversation)|"
    r"kommentar (?:schreiben|verfassen|hinterlassen)|schreibe einen kommentar|"
    r"hinterlasse einen kommentar|\d+ (?:thoughts|responses?|replies|comments?) (?:on|to|zu|auf) .+|"
    r"what do you think\??|was meinen sie\??|ihre meinung|deine meinung|"
    r"laisser un commentaire|deja un comentario|deixe um comentário)\s*[:.!?]*\s*(?:\(\d+\))?$",
    _I,
)
FAQ_HEADING_RE = re.compile(
    r"^(?:frequently asked questions|faqs?|häufig gestellte fragen|häufige fragen|questions fréquentes|"
    r"preguntas frecuentes)\b.{0,80}$",
    _I,
)
# Headings that introduce a list of other articles; the short link-like lines after them go too.
RELATED_HEADING_RE = re.compile(
    r"^(?:you (?:may|might) (?:also )?like|related(?: posts?| articles?| stories| content| coverage| reading)?|"
    r"recommended(?: for you| stories| articles)?|more (?:stories|news|from \S.{0,40}|on this(?: story| topic)?)|"
    r"more|read more|see more|see also|read also|also read|further reading|most (?:read|popular|viewed)(?: .{0,30})?|"
    r"don'?t miss|trending(?: now)?|popular (?:posts|stories|now)|top stories|latest (?:news|stories|posts)|"
    r"leggi anche|à lire aussi|lire aussi|lesen sie auch|auch interessant|das könnte sie auch interessieren|"
    r"mehr zum thema|weitere (?:artikel|beiträge|informationen.{0,60})|ähnliche (?:beiträge|artikel)|"
    r"beiträge aus dem forum|vorschau auf den nächsten artikel|leia também|veja também|lea también|"
    r"te puede interesar|artículos relacionados|artigos relacionados)\s*[:.…]*$",
    _I,
)
# Single lines that are boilerplate wherever they stand.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("comments", re.compile(
        r"^(?:\d+\s*)?(?:comments?|kommentare?|responses|antworten)$|^leave a (?:reply|comment)|"
        r"^please enter your (?:comment|name)|^tell us what you think|^you must be logged in to (?:post|comment)|"
        r"^sie sind (?:aktuell )?nicht eingeloggt|^log ?in to (?:comment|reply)|^comments? (?:are|is) closed|"
        r"^kommentare sind geschlossen|^(?:sign in|log in|register) to (?:comment|join the conversation)",
        _I,
    )),
    ("share", re.compile(
        r"^(?:share|teilen|partager|compartir|condividi|tweet|pin it)(?: (?:this|on|via|article|story|post)\b.{0,60})?[:!]?$|"
        r"^like this (?:story|article)\?.{0,60}share|^(?:please )?share (?:this|it) with|"
        r"^follow (?:us|\S.{0,60}) on (?:facebook|twitter|instagram|linkedin|youtube)|^empfiehl dies|^jetzt teilen",
        _I,
    )),
    ("newsletter", re.compile(
        r"(?:sign up|subscribe|abonnieren|anmelden|inscrivez).{0,120}newsletter|"
        r"newsletter.{0,120}(?:sign up|subscribe|inbox|abonnieren|anmelden)|^get the .{0,60} newsletter|"
        r"delivered (?:straight )?to your inbox|^get the .{0,40}(?:app|daily edition|print edition)|"
        r"(?:news|stories|headlines|updates)\b.{0,60}\byour inbox|\byour inbox\b.{0,60}(?:news|stories|headlines|updates)\b",
        _I,
    )),
    ("paywall", re.compile(
        r"^(?:subscribe|register|sign in|log in) to (?:continue|read)|^already a subscriber|"
        r"to continue reading|this (?:article|content) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members)|"
        r"^get unlimited (?:digital )?access|^jetzt (?:weiterlesen|abonnieren)|^weiterlesen mit",
        _I,
    )),
    ("cookie", re.compile(
        r"(?:we|this (?:site|website)) uses? cookies|cookie (?:policy|settings|consent)|accept (?:all )?cookies|"
        r"(?:verwendet|nutzt|setzt) cookies|utilise des cookies|utiliza cookies",
        _I,
    )),
    ("related", re.compile(
        r"^(?:\[?(?:related|read more|see more|read also|also read|more|see also|also on \S+|lesen sie auch|"
        r"leggi anche|à lire aussi|leia também|mehr dazu|mehr zum thema)\s*[:|]\s*.{3,200}\]?|"
        r"(?:read|see) (?:more|also)\s*(?:\.\.\.|…)?)$",
        _I,
    )),
    ("meta", re.compile(
        r"^(?:reading time|lesezeit|tempo de leitura|temps de lecture|tiempo de lectura)\s*:?.{0,30}$|"
        r"^\d+\s*(?:min(?:ute)?s?\.?)\s*(?:read|lesezeit|de lecture)$|^filed under\s*:|^tags?\s*:|^schlagwörter\s*:|"
        r"^(?:photo|image|foto|bild|picture)s?\s*(?:credit)?\s*:.{0,120}$|^copyright\b.{0,120}$|^©.{0,120}$|"
        r"^(?:advertisement|anzeige|werbung|publicidade|publicité|sponsored)$",
        _I,
    )),
    # unrendered {{mustache}} markup, or a [shortcode ...]...[/shortcode] the CMS did not expand
    ("template", re.compile(r"^(?:\{\{\{?[^{}]*\}\}\}?\s*)+$|^\[([a-z_-]+)\b[^\]]*\].{0,200}\[/\1\]$", _I)),
    ("error", re.compile(  # PHP notices printed into the page
        r"^(?:strict standards|warning|notice|deprecated|fatal error|parse error)\s*:.{0,300} on line \d+\.?$", _I
    )),
    ("credits", re.compile(
        r"^\(?(?:additional )?reporting by [^.]{0,200}(?:;|editing by)|^\((?:reporting|writing|editing) by .{0,250}\)$|"
        r"(?:writers?|reporters?|correspondents?) .{0,200}contributed (?:reporting )?to this (?:report|story|article)\.?$",
        _I,
    )),
    ("author", re.compile(
        r"^(?:about the author|über den autor|über die autorin|zur person|à propos de l'auteur|sobre o autor)\s*:?$",
        _I,
    )),
)
# The same rules for lower-cased text: case-sensitive search is 2-3x faster than IGNORECASE on the
# unanchored rules (newsletter, paywall, cookie), which scan every paragraph. The patterns hold no
# upper-case literals (tests/test_html_filters.py checks), so lowering the text changes no match.
LOWER_LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(rule.pattern)) for kind, rule in LINE_RULES)
# Substrings (of the lower-cased text) at least one of which every match of an unanchored rule holds:
# every alternative of the rule spells one of them out. Those rules scan the whole paragraph, so the
# regex runs only when a hint is present (apply_filters: 0.65 -> 0.22 ms a page on the AEB pages).
# The anchored rules fail at the first character: they run unconditionally.
LINE_RULE_HINTS: dict[str, tuple[str, ...]] = {
    "newsletter": ("newsletter", "inbox", "get the "),
    "paywall": ("subscribe", "register", "sign in", "log in", "to continue reading", "subscribers", "members",
                "get unlimited", "jetzt ", "weiterlesen mit"),
    "cookie": ("cookie",),
    "credits": (" by ", "contributed"),
}
HINTED_LOWER_LINE_RULES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (kind, rule, LINE_RULE_HINTS.get(kind, ())) for kind, rule in LOWER_LINE_RULES
)
_WORD_RE = re.compile(r"[^\W_]")
_SPACE_RE = re.compile(r"\s+")
_SENTENCE_END_RE = re.compile(r"[.!?…:;\"”»)]$")


def normalize(text: str) -> str:
    """Lower-case text with collapsed whitespace and no trailing punctuation, for comparisons."""
    return _SPACE_RE.sub(" ", text).strip(" \t\n:|-–—").lower()


def drop_wordless(paragraphs: Paragraphs) -> Filtered:
    """Drop separator paragraphs with no letters or digits ("___", "|", "* * *")."""
    kept = [p for p in paragraphs if _WORD_RE.search(p.text)]
    return kept, ({"separator"} if len(kept) < len(paragraphs) else set())


def drop_title_echo(paragraphs: Paragraphs, title: str | None) -> Filtered:
    """Drop the headline when it is repeated as one of the first paragraphs (it lives in CleanedDoc.title)."""
    if not title or not paragraphs:
        return paragraphs, set()
    wanted = normalize(title)
    for index, para in enumerate(paragraphs[:3]):
        found = normalize(para.text)
        if found == wanted or (len(found) > 20 and wanted.startswith(found)) or (len(wanted) > 20 and found.startswith(wanted) and len(found) < len(wanted) + 40):
            return paragraphs[:index] + paragraphs[index + 1 :], {"title"}
    return paragraphs, set()


def text_before(paragraphs: Sequence[Para], index: int) -> int:
    """Characters of text before paragraph `index`."""
    return sum(len(p.text) for p in paragraphs[:index])


def section_end(paragraphs: Sequence[Para], index: int) -> int:
    """Index where the section opened by paragraph `index` ends: the next heading of the same or a higher level."""
    level = paragraphs[index].heading
    if not level:
        return len(paragraphs)
    for end in range(index + 1, len(paragraphs)):
        if 0 < paragraphs[end].heading <= level:
            return end
    return len(paragraphs)


def cut_at_heading(paragraphs: Paragraphs, pattern: re.Pattern[str], kind: str, min_share: float = 0.3) -> Filtered:
    """Cut everything from the first short paragraph matching `pattern` once enough article text came before."""
    total = sum(len(p.text) for p in paragraphs) or 1
    for index, para in enumerate(paragraphs):
        if index and len(para.text) < 120 and pattern.match(para.text.strip()):
            if text_before(paragraphs, index) >= min(300, min_share * total):
                return paragraphs[:index], {kind}
    return paragraphs, set()


def drop_trailing_faq(paragraphs: Paragraphs, pattern: re.Pattern[str] = FAQ_HEADING_RE, tail_share: float = 0.15) -> Filtered:
    """Drop an FAQ section only when it is an appendix: (nearly) nothing of substance follows it.

    An FAQ that restates the article sits at its end; one followed by more of the article (a recipe,
    further sections) is the article's own content and stays.
    """
    total = sum(len(p.text) for p in paragraphs) or 1
    for index, para in enumerate(paragraphs):
        if index and len(para.text) < 120 and pattern.match(para.text.strip()):
            if text_before(paragraphs, index) < min(300, 0.4 * total):
                continue
            end = section_end(paragraphs, index)
            if sum(len(p.text) for p in paragraphs[end:]) > tail_share * total:
                return paragraphs, set()
            return paragraphs[:index] + paragraphs[end:], {"faq"}
    return paragraphs, set()


def looks_like_link_line(text: str) -> bool:
    """A short line without final punctuation: how headline lists look once their links are gone."""
    return len(text) < 160 and not _SENTENCE_END_RE.search(text.strip()) or len(text) < 100 and text.strip().endswith("]")


def drop_related_lists(paragraphs: Paragraphs) -> Filtered:
    """Drop "Related"/"You may also like" headings and the headline list right after them."""
    kept: Paragraphs = []
    removed: set[str] = set()
    skipping = False
    for para in paragraphs:
        stripped = para.text.strip()
        if len(stripped) < 100 and RELATED_HEADING_RE.match(stripped.strip("-–—•*[] ")):
            skipping, removed = True, {"related"}
            continue
        if skipping and looks_like_link_line(stripped.lstrip("-–—•* ")):
            continue
        skipping = False
        kept.append(para)
    return kept, removed


def line_kind(lowered: str) -> str | None:
    """The kind of the first of the LOWER_LINE_RULES matching a lower-cased line (rules with hints
    run only when one of their hints is in the line), else None."""
    for kind, rule, hints in HINTED_LOWER_LINE_RULES:
        if hints and not any(hint in lowered for hint in hints):
            continue
        if rule.search(lowered):
            return kind
    return None


def drop_boilerplate_lines(paragraphs: Paragraphs) -> Filtered:
    """Drop single short paragraphs matching one of the LINE_RULES (share, newsletter, cookie ...)."""
    kept: Paragraphs = []
    removed: set[str] = set()
    for para in paragraphs:
        stripped = para.text.strip().lstrip("-–—•* ")
        lowered = stripped.lower() if len(stripped) < 300 else None
        kind = line_kind(lowered) if lowered else None
        if kind is None:
            kept.append(para)
        else:
            removed.add(kind)
    return kept, removed


def drop_author_box(paragraphs: Paragraphs) -> Filtered:
    """Drop an "About the author" heading and the short bio paragraph after it."""
    rule = dict(LINE_RULES)["author"]
    for index, para in enumerate(paragraphs):
        if index and rule.match(para.text.strip()):
            end = index + 2 if index + 1 < len(paragraphs) and len(paragraphs[index + 1].text) < 600 else index + 1
            return paragraphs[:index] + paragraphs[end:], {"author-bio"}
    return paragraphs, set()


# A paragraph cut off by the site: "... the start of a sentence …" or "[...]" (excerpt teasers of other posts).
TRUNCATED_RE = re.compile(r"(?:\s(?:…|\.\.\.)|\[(?:…|\.\.\.)\])$")
TRUNCATED_ENDS = ("…", "...", "]")


def drop_teaser_excerpts(paragraphs: Paragraphs) -> Filtered:
    """Drop a run of excerpt teasers (other posts' openings cut off with " …" or "[…]").

    Two or more truncated paragraphs mark a teaser list: everything from the first to the last of
    them goes, with the headline line right before the first. A single truncated line stays (a
    writer may trail off once); so does a page that opens with them (nothing else to keep).
    """
    # every match ends the text with "…", "..." or "]": the regex, which scans the whole paragraph, runs only then
    cut = [
        i for i, p in enumerate(paragraphs)
        if (text := p.text.rstrip()).endswith(TRUNCATED_ENDS) and TRUNCATED_RE.search(text)
    ]
    if len(cut) < 2 or cut[0] == 0:
        return paragraphs, set()
    first, last = cut[0], cut[-1]
    if first > 1 and looks_like_link_line(paragraphs[first - 1].text):
        first -= 1
    return paragraphs[:first] + paragraphs[last + 1 :], {"related"}


def apply_filters(paragraphs: Paragraphs, title: str | None = None) -> Filtered:
    """Run every paragraph filter in order; returns kept paragraphs and the kinds removed."""
    steps: tuple[Callable[[Paragraphs], Filtered], ...] = (
        drop_wordless,
        lambda ps: drop_title_echo(ps, title),
        lambda ps: cut_at_heading(ps, COMMENT_HEADING_RE, "comments"),
        drop_trailing_faq,
        drop_author_box,
        drop_related_lists,
        drop_teaser_excerpts,
        drop_boilerplate_lines,
    )
    removed: set[str] = set()
    for step in steps:
        paragraphs, kinds = step(paragraphs)
        removed |= kinds
    return paragraphs, removed
