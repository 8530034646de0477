"""Sentence spans over a cleaned body: paragraphs split on blank lines, never inside a quotation."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gen col lt maj sgt capt sec hon gov prof jr sr inc corp co ltd vs etc no jan feb mar apr "
    "jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c".split()
)
_PARAGRAPH = re.compile(r"\n\s*\n")
# Candidate end: terminal punctuation, optional closing quotes/brackets, then space and a sentence opener.
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Þ])")  # "... chair. 'ASEAN must ...'" too
# a named speaker and a speech verb right after a question or exclamation in quotation marks
_SAID_BY = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){1,5}(?:said|says|asked|asks|replied|added|told|shot back|fired back|"
                      r"retorted|quipped|wondered|demanded|insisted|snapped|countered|cried|shouted)\b")
BULLET = r"[–—•*·\-]"  # a list item's mark ("– Leaders adopt ...")
_LEADING_BULLET = re.compile(rf"{BULLET}[ \t]+")
_BULLET_LINE = re.compile(rf"\n(?=[ \t]*{BULLET}[ \t])")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "G.L. Peiris", "C.V. Wigneswaran": initials, not a sentence's end
_OPEN_QUOTES = "“"
_CLOSE_QUOTES = "”"


@dataclass(frozen=True)
class Sentences:
    """Sentence (start, end) spans in body order, plus the paragraph index of each."""

    spans: tuple[tuple[int, int], ...]
    paragraphs: tuple[int, ...]
    starts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        """Cache the start offsets for bisection."""
        object.__setattr__(self, "starts", tuple(s for s, _ in self.spans))

    def index_at(self, offset: int) -> int:
        """Index of the sentence containing (or last starting before) an offset."""
        return max(0, bisect_right(self.starts, offset) - 1)


def _inside_quote(text: str, end: int) -> bool:
    """Whether position ``end`` of a paragraph lies inside an open quotation."""
    head = text[:end]
    if head.count(_OPEN_QUOTES) > head.count(_CLOSE_QUOTES):
        return True
    return head.count('"') % 2 == 1


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "“\"(":
        start -= 1
    word = text[start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(_INITIALS.fullmatch(word))


def split_sentences(body: str) -> Sentences:
    """Split a body into sentence spans; quotations that span sentences stay in one sentence."""
    spans: list[tuple[int, int]] = []
    paragraphs: list[int] = []
    para_start, para_no = 0, 0
    for match in [*_PARAGRAPH.finditer(body), None]:
        para_end = match.start() if match else len(body)
        text = body[para_start:para_end]
        cursor = 0
        # a sentence ends at its terminal punctuation, and a list's line ends at the next line's bullet ("Key points
        # \n– Leaders adopt ...\n– X absent ...")
        stops = sorted([(end.end(), end.start()) for end in _END.finditer(text)]
                       + [(line.start(), -1) for line in _BULLET_LINE.finditer(text)])
        for stop, mark in stops:
            if stop <= cursor:
                continue
            if mark >= 0 and (_inside_quote(text, stop) or (text[mark] == "." and _is_abbreviation(text, mark))):
                continue
            if mark >= 0 and text[mark] in "?!" and text[stop - 1:stop] in "\"”’'" and _SAID_BY.match(text, stop):
                continue  # '"Are you fed up with him?" Prime Minister X shot back.': the attribution goes with it
            _append(spans, paragraphs, body, para_start + cursor, para_start + stop, para_no)
            cursor = stop
        _append(spans, paragraphs, body, para_start + cursor, para_end, para_no)
        if match is None:
            break
        para_start, para_no = match.end(), para_no + 1
    return Sentences(tuple(spans), tuple(paragraphs))


def _append(spans: list, paragraphs: list, body: str, start: int, end: int, para: int) -> None:
    """Record a span trimmed of surrounding whitespace, skipping empty ones."""
    while start < end and body[start].isspace():
        start += 1
    bullet = _LEADING_BULLET.match(body, start, end)  # "- "This is a great day," Bush said.": the item's mark
    if bullet:
        start = bullet.end()
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
        paragraphs.append(para)


def _single_quote_close(body: str, start: int, limit: int) -> int:
    """Closing single quote for an opener at ``start - 1``, or -1 (apostrophes are skipped)."""
    for pos in range(start + 1, min(limit, start + 300)):
        char = body[pos]
        if char in "’'":
            after = body[pos + 1] if pos + 1 < len(body) else " "
            if not after.isalpha() and not body[pos - 1].isspace():
                return pos
        elif char == "\n":
            return -1
    return -1


_QUOTE_MARK = re.compile("[“\"‘']")


def find_quote_spans(body: str) -> list[tuple[int, int]]:
    """(open, close) offsets of quotation marks, curly or straight, double or single, in body order."""
    spans: list[tuple[int, int]] = []
    pos, size = 0, len(body)
    while pos < size:
        mark = _QUOTE_MARK.search(body, pos)  # skip to the next mark: the text between cannot open a quotation
        if mark is None:
            break
        pos = mark.start()
        char = body[pos]
        before = body[pos - 1] if pos else " "
        if char in '“"':  # a double quotation closes within its paragraph
            close = body.find("”" if char == "“" else '"', pos + 1)
            nxt = body.find("\n\n", pos + 1)
            if close != -1 and (nxt == -1 or close < nxt):
                spans.append((pos, close))
                pos = close + 1
                continue
        elif char in "‘'" and (before.isspace() or before in "(—") and pos + 1 < size and body[pos + 1].isalpha():
            close = _single_quote_close(body, pos + 1, size)
            if close != -1:
                spans.append((pos, close))
                pos = close + 1
                continue
        pos += 1
    return spans


# A page's furniture that a sentence can open with: wire credits, link lists, comment counts ("(Reporting by X;
# Editing by Y) Related: ...", "Read next: ...", "More in Customs & Borders: ...", "Comments (12)")
_FURNITURE_HEAD = (r"\((?:Reporting|Additional\s+reporting|Writing|Editing)\s+by|Related(?:\s+(?:stories|articles|coverage|"
                   r"reading))?\s*:|Read\s+(?:next|more|also)\s*:|Also\s+read\s*:|More\s+(?:(?:in|from|on)\s+[^:\n]{1,40}|"
                   r"analysis|explainers?|stories|coverage|news|reading)\s*:|See\s+also\s*:|Most\s+read\s*:|Recommended\s*:|"
                   r"You\s+may\s+also\s+like|Comments?\s*\(\d+\)|Reader\s+comments|"
                   # the weather box and the advertisements: "WEATHER: Showers expected over Guayas on Tuesday"
                   r"Weather\s*:|From\s+our\s+sponsor\s*:|Advertisement\s*[:|]|Sponsored\s*[:|]|"
                   # a picture's caption: "[Archive image: the front page ...]", "Photo: Police barriers on the Ribeira"
                   r"\[(?:Archive\s+)?(?:image|photo|picture|caption|graphic)\b|(?:Photo|Picture|Caption)\s*:")
_FURNITURE = re.compile(_FURNITURE_HEAD, re.I)
FURNITURE_LINE = re.compile(rf"(?mi)^(?:{_FURNITURE_HEAD})[^\n]*$")  # the whole line such furniture opens
# a reader's comment under the story: "PenangPete | 31 Oct 2006: Anyone know ...", "riga_rose | 9 years ago: ..."
COMMENT_LINE = re.compile(r"(?m)^[^\s|:]{2,40}\s+\|\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
                          r"\d{4}|\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago)[^\n:|]{0,20}:[^\n]*$")


def page_furniture(body: str, start: int, end: int) -> bool:
    """Whether the sentence in [start, end) opens with page furniture rather than the story's words."""
    return _FURNITURE.match(body, start, end) is not None
