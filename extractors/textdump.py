"""Cleaning plain-text page dumps: keep the article, drop menus, comments, FAQ filler and footers.

A dump is what you get when a web page is saved as text: the navigation crumb glued to the title,
the title repeated, the byline, the article, then comment forms, reader comments, "You may also
like" lists, the site's self-description and a copyright line. The cleaner is a line classifier:

- each line gets a kind (`_line_kinds`): comment header or button (a name with a date and a time,
  "says:", "Reply", "LikeLiked by 5 people"), comment-section marker ("4 Kommentare", "Leave a
  Reply"), section heading (related lists, sidebars, prev/next links), paragraph, long or short line;
- the body zone (`_body_zone`) is the first dense run of paragraphs holding at least 30% of the
  largest run's mass, with comment furniture as heavy penalties, so a long comment thread or a
  teaser in the menu does not displace the article; the title and byline come from the lines above
  it, and short lead sentences right above it are kept;
- after the zone's first paragraph, a confirmed comment header (another follows it, or it carries a
  reply button) or a comment marker ends the article; a lone date line is the article's own; section
  headings end it only after the zone, inside it a short related box is skipped and the text goes on;
- page furniture is dropped wherever it stands: known UI phrases (DE/EN/FR/ES), share rows,
  newsletter boxes, picture credits, short lines the page shows twice, and runs of three or more
  menu-like lines (except lists inside the article).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
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

# Markers that open a comment section in any of the languages seen in dumps: they end the article
# wherever they stand after its first paragraph. The other tail markers (related lists, share rows)
# also occur inside articles ("Lesen Sie auch"), so inside the body zone they only drop their line.
COMMENT_MARKERS = re.compile(
    r"""^(?:
        please\ enter\ your\ comment!? | leave\ a\ (?:comment|reply) | \d+\ comments? | comments?
      | (?:\d+\ )?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|reacties|meinungen)(?:\ \(\d+\))?:?
      | join\ the\ (?:discussion|conversation) | add\ your\ comment | post\ a\ comment | comments\ are\ closed\.?
      | schreibe\ einen\ kommentar | kommentar\ (?:schreiben|verfassen|hinzufügen) | kommentare\ sind\ geschlossen\.?
      | (?:\d+\ )?(?:antworten|reaktionen)\ (?:zu|auf)\ .{1,120} | laisser\ un\ commentaire | deja\ un\ comentario
      | (?:\d+|one|two|three|ein|eine|zwei|drei|un|une)\ (?:comments?|kommentare?|commentaires?|comentarios?|meinung(?:en)?):?
      | (?:\d+\ )?(?:gedanken|thoughts|responses|comments|kommentare)\ (?:zu|on|to|zum|zur)\ .{1,120}
      | (?:customer\ reviews|kundenbewertungen|bewertungen|reviews|rezensionen)(?:\ (?:für|for|zu|of)\ .{1,120})?
      | write\ a\ review | \*?\ ?(?:dein|ihr|your|votre|tu)\ (?:kommentar|comment|commentaire|comentario)\ ?\*?
      | your\ email\ address\ will\ not\ be\ published\b.* | (?:deine|ihre)\ e-mail-adresse\ wird\ nicht\ veröffentlicht\b.*
      | votre\ adresse\ (?:e-?)?mail\ ne\ sera\ pas\ publiée\b.* | tu\ dirección\ de\ correo\ electrónico\ no\ será\ publicada\b.*
      | you\ must\ be\ logged\ in\ to\ post\ a\ comment\.? | vous\ devez\ .{0,60}\ pour\ poster\ un\ commentaire\.?
      | vous\ devez\ .{0,60}\ afin\ de\ poster\ un\ commentaire\.? | sie\ müssen\ .{0,60}\ um\ .{0,40}kommentar.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Section headings of sidebars and related lists (DE/EN/FR/ES): after the body zone they end it.
SECTION_MARKERS = re.compile(
    r"""^(?:
        most\ (?:viewed|read|shared|commented)(?:\ stories|\ articles)? | popular\ (?:posts|articles|stories)
      | recent\ posts | related(?:\ content)? | more\ from\ .{1,40} | about\ (?:me|the\ author|us)
      | meistgelesen\w* | meistkommentiert\w* | beliebte\ (?:beiträge|artikel) | neueste\ beiträge | letzte\ (?:beiträge|kommentare)
      | weitere\ (?:beiträge|artikel) | verwandte\ (?:beiträge|artikel) | über\ mich | archiv(?:e)? | kategorien
      | (?:à\ )?lire\ aussi | sur\ le\ même\ sujet | les\ plus\ lus | articles?\ similaires
      | te\ puede\ interesar | noticias\ relacionadas | lo\ más\ leído | (?:seit\ \d+\ tagen\ )?am\ meisten\ gelesen
      | aktuelle\ dossiers | über\ (?:den|die)\ autor(?:in)? | über\ \S+(?:\ \S+)?\ \d+\ artikel | authors?
      | autor(?:in)? | l'auteur | sobre\ el\ autor | (?:à\ )?lire\ aussi\b.* | lesen\ sie\ (?:auch|mehr)\b.*
      | read\ also\b.* | see\ also\b.* | siehe\ auch\b.* | lee\ también\b.* | ver\ también\b.* | über\ \S+
      | en\ relation | en\ ce\ moment | dans\ la\ même\ rubrique | you\ may\ have\ missed | das\ könnte\ dich\ interessieren
      | (?:←|<)\ .{1,200} | .{1,200}\ (?:→|>) | (?:\S+\ ){1,3}» | beitrags-?navigation | post\ navigation
      | (?:vorherige[rs]?|nächste[rs]?|previous|next)\ (?:beitrag|artikel|post|article|story)\b.*
      | article\ (?:suivant|précédent)\b.* | artículo\ (?:anterior|siguiente)\b.*
    ):?$""",
    re.IGNORECASE | re.VERBOSE,
)
NETWORKS = (
    r"(?:facebook|twitter|whatsapp|linkedin|pinterest|xing|reddit|tumblr|telegram|flipboard|pocket"
    r"|e-?mail|mail|print|drucken|messenger|skype)"
)
# Share rows, newsletter boxes and form notes: dropped wherever they stand after the first paragraph.
UI_EXTRA = re.compile(
    rf"""^(?:
        (?:{NETWORKS}[\s,|/·•]*){{2,}} | (?:teilen(?:\ mit)?|share(?:\ this)?|partager|compartir):?\ ?(?:{NETWORKS}[\s,|/·•]*)+
      | (?:be\ sociable,\ )?share!? | share\ (?:this|on|via)\b.{{0,40}}
      | (?:diese[nrs]?\ )?(?:artikel|beitrag|geschichte|seite|story)\ (?:teilen|drucken|empfehlen)
      | empfiehl\ dies\ deinen\ freunden\.? | diese\ seite\ (?:drucken|per\ e-?mail).* | partager(?:\ sur\ \w+)?
      | compartir | tweet | pin\ it | send\ me\ email.* | receive\ new\ posts.* | sign\ up!? | jetzt\ abonnieren
      | this\ site\ is\ protected\ by\ recaptcha.* | .{{0,40}}\bnewsletter\b.{{0,40}}
      | (?:name|e-?mail(?:-adresse)?|email\ address|website|webseite|url|kommentar|comment|nachricht|message)\ ?\*?:?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Picture credits and captions' sources: "Foto: X [CC BY-SA 3.0], via Wikimedia Commons", "Getty Images".
PHOTO_CREDIT = re.compile(
    r"^(?:foto|photo|bild|image|credit|crédit|quelle|source)s?\s*:|©|^\(c\)\s|getty\s?images|shutterstock|istock"
    r"|pixelio|wikimedia\ commons|\bimago\b|\b(?:dpa|afp|ap|reuters)\s?(?:files|photo|/)|/\s?(?:dpa|afp|ap|reuters)\b",
    re.IGNORECASE,
)
MONTH_WORDS = (
    r"(?:jan(?:uary|uar)?|jänner|feb(?:ruary|ruar)?|mar(?:ch)?|märz|mär|mrz|apr(?:il)?|may|mai|june?|juni|july?|juli"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?"
    r"|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
)
# A date in any common shape, and a clock time: on a short line they make a comment header.
ANY_DATE = re.compile(
    r"\b(?:\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
    rf"|\d{{1,2}}(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?{MONTH_WORDS}\.?(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|{MONTH_WORDS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b,?(?:\s+\d{{4}})?)"
    r"|\b(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b"
    r"|\bvor\s+(?:\d+|einer?m?)\s+(?:minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b"
    r"|\bil\ y\ a\s+\d+\s+\w+|\bhace\s+\d+\s+\w+",
    re.IGNORECASE,
)
# The article's own date line ("Veröffentlicht am 13. März 2019 von ...", "Update vom 3. April"), never a reader's.
DATELINE = re.compile(
    r"\b(?:posted|published|updated?|last\ modified|veröffentlicht|aktualisiert|geschrieben|erschienen|stand"
    r"|zuletzt|eingestellt|publié|mis\ à\ jour|publicado|actualizado)\b",
    re.IGNORECASE,
)
# A lead-in line ends like a sentence or announces the text ("Das Beste kommt jetzt:"); a headline does not.
LEAD_END = re.compile(r"[.…:][\"'”’“«»)]*$")
STAMP_GLUE = re.compile(r"(?:^|\s)(?:am|on|um|at|le|el|à|de|the|-|–|—|,|\||/|·|•)(?=\s|$)", re.IGNORECASE)
MAY_HOLD_DATE = re.compile(r"\d|\bago\b|\bvor\s+ein", re.IGNORECASE)
# Date and time glued to a user name by rendering: "th3Chris28.09.1913:39".
GLUED_STAMP = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}),?\s*\d{1,2}:\d{2}")
REPLY_END = re.compile(r"\b(?:reply|antworten|répondre|responder|rispondi)$", re.IGNORECASE)
CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}[.h]\d{2}\s*uhr\b", re.IGNORECASE)
# Buttons under each reader comment: "Reply", "Antworten", "LikeLiked by 5 people", "Zum Antworten anmelden".
COMMENT_UI = re.compile(
    r"^(?:reply|antworten|antwortenlöschen|löschen|melden|zitieren|répondre|responder|rispondi|like|liked\ by\ .*"
    r"|likeliked\ by\ .*|\d+\ likes?|gefällt\ mir.*|zum\ antworten\ anmelden.*|report(?:\ abuse|\ comment)?"
    r"|permalink|(?:\d+\ )?(?:upvotes?|votes?)|cancel\ reply|log\ in\ to\ reply|loading\.\.\.|\S+\ (?:reply|antworten)"
    r"|(?:(?:antworten|reply|melden|report|zitieren|quote|like|teilen|share|gefällt\ mir|j'aime|répondre|signaler|responder)"
    r"(?:\ \(\d+\))?(?:\ ?[·|•/]\ ?|\ )?){2,})$",
    re.IGNORECASE | re.VERBOSE,
)


QUOTES = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))


def _norm(line: str) -> str:
    """Comparison key for a line: NFKC, straight quotes, lower case, single spaces."""
    line = unicodedata.normalize("NFKC", line)
    for typographic, plain in QUOTES:  # str.translate with a dict table is slow on non-ASCII text
        if typographic in line:
            line = line.replace(typographic, plain)
    return " ".join(line.lower().split())


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


def _is_comment_header(line: str) -> bool:
    """A reader-comment header in any language: "user says:", or a short line made of a date, a time and a name."""
    if len(line) > 120:
        return False
    # most lines hold no date at all: the digit test spares them the costly date search
    date = (ANY_DATE.search(line) or GLUED_STAMP.search(line)) if MAY_HOLD_DATE.search(line) else None
    named = COMMENT_HEADER.match(line) or SAYS_LINE.match(line)
    if not (date or named) or DATELINE.search(line):
        return False
    if named or TIMESTAMP_LINE.match(line):
        return True
    if not date or SENTENCE_END.search(line) and len(line.split()) > 8:
        return False
    rest = STAMP_GLUE.sub(" ", CLOCK.sub(" ", line[: date.start()] + " " + line[date.end() :]))
    # with a clock time a user name, a post count and buttons may share the line; without, only a name
    return len(rest.split()) <= (8 if CLOCK.search(line) else 4)


def _line_kinds(lines: list[str], keys: list[str]) -> list[str]:
    """Classify each line: blank, comment (header or button), marker (comment section), section, para, long, short."""
    kinds = []
    for raw, key in zip(lines, keys):
        line = raw.strip()
        if not line:
            kinds.append("blank")
            continue
        words = len(line.split())
        if _is_comment_header(line) or words <= 6 and COMMENT_UI.match(key):
            kinds.append("comment")
        elif COMMENT_MARKERS.match(key) or COPYRIGHT.match(line):
            kinds.append("marker")
        elif TAIL_MARKERS.match(key) or SECTION_MARKERS.match(key):
            kinds.append("section")
        elif words >= 12:
            kinds.append("para" if SENTENCE_END.search(line) else "long")
        else:
            kinds.append("short")
    return kinds


SCORES = {"comment": -50, "marker": -50, "section": -20, "short": -2, "blank": 0}


def _body_zone(lines: list[str], kinds: list[str]) -> tuple[int, int]:
    """The article's dense run of prose: (index of its first paragraph, index of its last line).

    Runs are maximal-sum segments of line scores (words for prose, penalties for short lines and
    comment furniture). The first run holding at least 30% of the largest run's mass wins, so a
    comment section longer than the article does not displace it.
    """
    lonely = _lonely_comments(kinds)
    runs: list[tuple[int, int, int]] = []
    start, total, best = None, 0, (0, 0, 0)
    for i, kind in enumerate(kinds):
        words = len(lines[i].split())
        score = words if kind == "para" else words // 3 if kind == "long" else SCORES["short" if i in lonely else kind]
        if start is None:
            if score <= 0:
                continue
            start, total, best = i, 0, (0, i, i)
        total += score
        if total > best[0]:
            best = (total, start, i)
        if total < 0:
            runs.append(best)
            start = None
    if start is not None:
        runs.append(best)
    if not runs:
        return len(lines), len(lines)
    top = max(mass for mass, _, _ in runs)
    _, first, last = next(r for r in runs if r[0] >= 0.3 * top)
    prose = (i for i in range(first, last + 1) if kinds[i] == "para" or kinds[i] == "long" and _is_prose(lines, i))
    first = next(prose, first)
    return first, last


def _is_prose(lines: list[str], i: int) -> bool:
    """An unpunctuated long line that is text, not a crumb trail or the title with a menu glued in front."""
    key = _norm(lines[i])
    if MENU_SEPARATORS.search(lines[i]):
        return False
    following = [_norm(l) for l in lines[i + 1 : i + 12] if l.strip()][:5]
    return not any(key.endswith(k) or k.endswith(key) for k in following)


def _lonely_comments(kinds: list[str], window: int = 6) -> set[int]:
    """Comment-like lines with no other within `window` lines either side: a date line, not a comment thread."""
    rank = {i: n for n, i in enumerate(i for i, kind in enumerate(kinds) if kind != "blank")}
    hits = [rank[i] for i, kind in enumerate(kinds) if kind == "comment"]
    by_rank = {r: i for i, r in rank.items()}
    return {
        by_rank[r] for n, r in enumerate(hits)
        if (n == 0 or r - hits[n - 1] > window) and (n == len(hits) - 1 or hits[n + 1] - r > window)
    }


def _confirmed(kinds: list[str], i: int, window: int = 6) -> bool:
    """A comment header opens the comment section only if another header or comment button follows it."""
    seen = 0
    for kind in kinds[i + 1 :]:
        if kind == "blank":
            continue
        if kind == "comment":
            return True
        seen += 1
        if seen >= window:
            break
    return False


def _lead_start(lines: list[str], kinds: list[str], first: int, title_lines: set[int]) -> int:
    """Walk back from the first paragraph over short lead sentences ("So beschreibt ... es:") that belong to the text."""
    start = first
    for i in range(first - 1, max(first - 12, -1), -1):
        line = lines[i].strip()
        if not line:
            continue
        if i in title_lines or kinds[i] not in ("short", "long") or len(line.split()) < 3 or start - i > 6:
            break
        if not LEAD_END.search(line) or BYLINE.match(line) or DATELINE.search(line) or UI_PHRASES.match(_norm(line)):
            break
        start = i
    return start


def _opens_link_list(lines: list[str], kinds: list[str], i: int) -> bool:
    """A section heading followed by headline-like lines (no sentence end): a related list, not an inline teaser."""
    following = [lines[j].strip() for j in range(i + 1, min(i + 12, len(lines))) if kinds[j] != "blank"][:3]
    return sum(not SENTENCE_END.search(l) for l in following) >= 2


def _prose_words(lines: list[str], kinds: list[str], start: int, end: int) -> int:
    """Words in the paragraph lines of lines[start:end]."""
    return sum(len(lines[j].split()) for j in range(start, end) if kinds[j] == "para")


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


def _suffix_counts(keys: list[str]) -> dict[str, int]:
    """For each key, how many keys end with it (itself included): sorted reversed keys, so O(n log n), not O(n²)."""
    backwards = sorted(k[::-1] for k in keys)
    counts = {}
    for key in set(keys):
        rev = key[::-1]
        counts[key] = bisect.bisect_left(backwards, rev + "\U0010ffff") - bisect.bisect_left(backwards, rev)
    return counts


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
    ends = _suffix_counts(list(keys.values()))
    best = max(header, key=lambda il: (ends[keys[il[0]]], -il[0]))
    title_key = keys[best[0]]
    # a menu item repeated in two menus ("IT", "Kommentare") is no title: it must read like a headline
    if ends[title_key] < 2 or not _is_headline(best[1].strip()):
        # No repetition: the first short, unpunctuated line is the title.
        # menus and site names come first, the headline last, right above the byline and the text
        candidates = [(i, l) for i, l in header if _is_headline(l.strip())]
        # a lead-in sentence ("Das Beste kommt jetzt:") may stand between the headline and the text
        plain = [(i, l) for i, l in candidates if not LEAD_END.search(l.strip())]
        headline_like = (plain or candidates)[-1:]
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


def clean_text_dump(text: str) -> CleanedDoc:
    """Reduce a plain-text page dump to its article body and metadata."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\ufeff", "")
    lines = [l.rstrip() for l in text.split("\n")]
    removed: list[str] = []

    keys = [_norm(line) if line.strip() else "" for line in lines]
    kinds = _line_kinds(lines, keys)
    repeats = Counter(keys)
    first_para, zone_end = _body_zone(lines, kinds)
    title, title_lines = _find_title(lines, first_para)
    if title_lines:
        removed.append("title")
    first_para = _lead_start(lines, kinds, first_para, title_lines)

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
                authors += _names(m.group("names"))
                removed.append("byline")
            else:
                removed.append("header")  # crumbs, category labels, menus before the article starts
            continue
        key = keys[i]
        if kinds[i] == "comment":
            # a lone date under the headline or above an update is the article's, not a reader's
            if in_tail or i > zone_end or _confirmed(kinds, i) or REPLY_END.search(line):
                header = COMMENT_HEADER.match(line)
                when = _comment_time(header) if header else None
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
        if kinds[i] == "section" and _opens_link_list(lines, kinds, i):
            # a short related box inside the article is dropped up to the next paragraph; a long list ends it
            resume = next((j for j in range(i + 1, zone_end + 1) if kinds[j] == "para"), None)
            if resume is None or sum(k != "blank" for k in kinds[i + 1 : resume]) > 6 or (
                _prose_words(lines, kinds, resume, zone_end + 1) < max(60, 0.3 * _prose_words(lines, kinds, first_para, i))
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
            contributors += _names(m.group("who"))
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
