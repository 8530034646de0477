"""The text-dump cleaner's classifier: line kinds, the article's body zone, its title and its lead.

`line_kinds` labels each line (comment, marker, section, para, long, short, blank); `body_zone` finds
the article's dense run of prose; `find_title` and `lead_start` look at the lines above it.
"""

from __future__ import annotations

import bisect
import re
from datetime import datetime, timezone

from extractors.textdump_lexicon import (
    ANY_DATE,
    BY_WORD,
    BYLINE,
    CLOCK,
    COMMENT_HEADER,
    COMMENT_MARKERS,
    COMMENT_UI,
    COPYRIGHT,
    DATELINE,
    GLUED_STAMP,
    GLUED_WORDS,
    LEAD_END,
    MAY_HOLD_DATE,
    MENU_SEPARATORS,
    PERSON_NAME,
    SAYS_LINE,
    SECTION_MARKERS,
    SENTENCE_END,
    STAMP_GLUE,
    TAIL_MARKERS,
    TIMESTAMP_LINE,
    UI_PHRASES,
    norm_key,
)


def comment_time(match: re.Match) -> datetime | None:
    """The timestamp of a reader comment header, as a UTC datetime (the page gives no zone)."""
    text = match.group("date").replace(".", "")
    for fmt in ("%B %d, %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    return None


def names_in(text: str) -> list[str]:
    """Person names in "A, B and C, Agency correspondents": the parts that look like names."""
    parts = (p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", text))
    return [p for p in parts if p and PERSON_NAME.match(p)]


def is_headline(line: str) -> bool:
    """A header-zone line that can be the title: a few words, no menu separators, byline, UI phrase or date."""
    words = line.split()
    return (
        3 <= len(words) <= 25
        and not MENU_SEPARATORS.search(line)
        and not BYLINE.match(line)
        and not UI_PHRASES.match(norm_key(line))
        and not TIMESTAMP_LINE.search(line)
        and not re.search(r"\b(?:posted|published|veröffentlicht|updated)\b", line, re.IGNORECASE)
        and not is_date_and_name(line)
    )


def is_date_and_name(line: str) -> bool:
    """A date with at most a name around it ("22. Dezember 2019 von Peter Addor"): a dateline, no headline.

    A headline may hold a date ("Summit on 11 July 2023: leaders meet"), so the line must also name an
    author ("von", "by"), carry a clock time or start with the date.
    """
    date = ANY_DATE.search(line) if MAY_HOLD_DATE.search(line) else None
    if not date:
        return False
    rest = BY_WORD.sub(" ", STAMP_GLUE.sub(" ", CLOCK.sub(" ", ANY_DATE.sub(" ", line))))
    words = [w for w in rest.split() if not any(ch.isdigit() for ch in w)]  # a date glued to another leaves digits
    before = [w for w in line[: date.start()].split() if any(ch.isalpha() for ch in w)]
    return len(words) <= 4 and bool(BY_WORD.search(line) or CLOCK.search(line) or len(before) <= 1)


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


def line_kinds(lines: list[str], keys: list[str]) -> list[str]:
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


def body_zone(lines: list[str], kinds: list[str]) -> tuple[int, int]:
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
    prose = (i for i in range(first, last + 1) if kinds[i] == "para" or kinds[i] == "long" and _is_prose(lines, kinds, i))
    first = next(prose, first)
    return first, last


def _is_prose(lines: list[str], kinds: list[str], i: int) -> bool:
    """An unpunctuated long line that is text, not a crumb trail or the title with a menu glued in front.

    The first line of a dump is a headline or a menu, never the text: so the title of a cleaned dump
    stays its title when the dump is cleaned again.
    """
    key = norm_key(lines[i])
    if MENU_SEPARATORS.search(lines[i]) or all(kind == "blank" for kind in kinds[:i]):
        return False
    following = [norm_key(l) for l in lines[i + 1 : i + 12] if l.strip()][:5]
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


def confirmed(kinds: list[str], i: int, window: int = 6) -> bool:
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


def lead_start(lines: list[str], kinds: list[str], first: int, title_lines: set[int]) -> int:
    """Walk back from the first paragraph over short lead sentences ("So beschreibt ... es:") that belong to the text."""
    start = first
    for i in range(first - 1, max(first - 12, -1), -1):
        line = lines[i].strip()
        if not line:
            continue
        if i in title_lines or kinds[i] not in ("short", "long") or len(line.split()) < 3 or start - i > 6:
            break
        if not LEAD_END.search(line) or BYLINE.match(line) or DATELINE.search(line) or UI_PHRASES.match(norm_key(line)):
            break
        start = i
    return start


def opens_link_list(lines: list[str], kinds: list[str], i: int) -> bool:
    """A section heading followed by headline-like lines (no sentence end): a related list, not an inline teaser."""
    following = [lines[j].strip() for j in range(i + 1, min(i + 12, len(lines))) if kinds[j] != "blank"][:3]
    return sum(not SENTENCE_END.search(l) for l in following) >= 2


def prose_words(lines: list[str], kinds: list[str], start: int, end: int) -> int:
    """Words in the paragraph lines of lines[start:end]."""
    return sum(len(lines[j].split()) for j in range(start, end) if kinds[j] == "para")



def _suffix_counts(keys: list[str]) -> dict[str, int]:
    """For each key, how many keys end with it (itself included): sorted reversed keys, so O(n log n), not O(n²)."""
    backwards = sorted(k[::-1] for k in keys)
    counts = {}
    for key in set(keys):
        rev = key[::-1]
        counts[key] = bisect.bisect_left(backwards, rev + "\U0010ffff") - bisect.bisect_left(backwards, rev)
    return counts


def find_title(lines: list[str], first_para: int) -> tuple[str | None, set[int]]:
    """Pick the title from the header zone; return it with the indices of every line that repeats it."""
    header = [(i, l) for i, l in enumerate(lines[:first_para]) if l.strip()]
    if not header:
        return None, set()
    keys = {i: norm_key(l) for i, l in header}
    counts: dict[str, int] = {}
    for k in keys.values():
        counts[k] = counts.get(k, 0) + 1
    # The title is the line repeated most often; a crumb glued in front ("HomeWorld NewsTitle") is a repeat too.
    ends = _suffix_counts(list(keys.values()))
    best = max(header, key=lambda il: (ends[keys[il[0]]], -il[0]))
    title_key = keys[best[0]]
    # a menu item repeated in two menus ("IT", "Kommentare") is no title: it must read like a headline
    if ends[title_key] < 2 or not is_headline(best[1].strip()):
        # No repetition: the first short, unpunctuated line is the title.
        # menus and site names come first, the headline last, right above the byline and the text
        candidates = [(i, l) for i, l in header if is_headline(l.strip())]
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
    standalone = [v for v in variants if norm_key(v) == title_key]
    title = max(standalone, key=lambda v: (sum(ch in "’‘“”" for ch in v), -variants.index(v))) if standalone else best[1].strip()
    return title, repeats

