"""The meeting itself as a fact: "The leaders of the Pacific Islands Forum met in Koror, Palau, from July 29 to 31" is
the report's first outcome (that the summit took place, where and when), with the sentence that says so as its
evidence. One per article, keyed by the body and the host city, so two reports of one summit share it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.facts.entities import Analysis
from extractors.facts.gazetteer import slugify
from extractors.facts.sentences import page_furniture
from extractors.facts.summit import MONTHS, OTHER_EVENTS, SUMMIT_ORGANS, WEEKDAYS
from extractors.models import Fact, Summit

# a word that tells of a meeting held: its noun or a verb of meeting, opening, closing, hosting or signing
_MEETING = re.compile(r"\b(?:summit|meeting|conference|forum|gathering|talks|session|retreat|assembly|met|meet|meets|held|"
                      r"gathered|gather|gathers|convened|convene|convenes|opened|opens|closed|closes|ended|ends|"
                      r"wound\s+up|hosted|hosts|host|sat|signed|brought\s+together|"
                      r"spent\s+(?:the\s+weekend|(?:two|three|four|\d)\s+days))\b", re.I)
# a later or a wished-for meeting ("will meet in Apia next year", "are due to gather", "the next summit")
_NOT_YET = re.compile(r"\b(?:will|would|shall|due\s+to|set\s+to|expected\s+to|plans?\s+to|hopes?\s+to|next)\s+"
                      r"(?:[\w’'-]+\s+){0,2}$", re.I)  # ("will host next year's summit in Sochi")
_TIME = re.compile(rf"\b(?:{'|'.join(WEEKDAYS + MONTHS)}|today|yesterday|tonight|this\s+week|last\s+week|\d{{4}})\b")
_HERE = re.compile(r"\b(?:here|this\s+(?:[\w-]+\s+){0,2}(?:town|city|capital|resort|island|port))\b|"
                   r"\bthe\s+(?:city|town|capital|resort)\s+(?:hosted|hosts|played\s+host)\b|"  # ("the city hosted a summit")
                   # ("gathered in the Colombian port city for the ninth summit")
                   r"\b(?:met|gathered|convened)\s+in\s+the\s+(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)?(?:city|town|capital|resort)\b"
                   r"(?!\s+of\s+[A-Z])")  # (not "met in the Hungarian castle town of Visegrad": a place it names)

# "police closed several main roads", "opened the border": a street's or a shop's closing, no meeting's
_SHUT_THING = re.compile(r"\s+(?:(?:the|its|their|several|some|all|many|two|three|[a-z]+ed|main|major)\s+){0,3}(?:roads?|streets?|"
                         r"shops?|schools?|offices?|borders?|airports?|airspace|bridges?|markets?|businesses|highways?)\b")
_SINCE_THE = re.compile(r"\bsince\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}$", re.I)  # ("since its summit at X")
_OTHER_EVENT = re.compile(rf"\b(?:{OTHER_EVENTS})\b[^.;]*$")
_THE_BLOC = re.compile(r"\b(?:the|its)\s+bloc(?:’s|'s)?\b", re.I)
_ANOTHER_PLACE = re.compile(r"\b(?:summit|meeting|conference|talks)\s+in\s+$", re.I)


def meeting_fact(an: Analysis, summit: Summit | None, summit_org: str | None, title: str | None,
                 facts: Sequence[Fact] = ()) -> Fact | None:
    """The outcome that the summit met, evidenced by the first sentence of the report (not its headline, furniture
    or a quotation) that tells of the meeting and names two of its body, its place and its time, preferring one that
    carries none of ``facts`` (a lead that reports a decision tells of the decision); else the first sentence that
    tells of the meeting and names its body or place; None when the report names no summit or no sentence says it
    met."""
    if summit is None or not summit_org:
        return None
    body = an.body
    city_key = f"city:{slugify(summit.city)}" if summit.city else None
    places = {f.start for f in an.found if city_key and f.key == city_key}
    # (an organ's meeting is the body's: "The special meeting of the European Council, held on Friday" is the EU's)
    bodies = {f.start for f in an.found if f.key == summit_org or f.key in SUMMIT_ORGANS.get(summit_org, ())}
    headline = (title or "").strip()
    covered = [(f.char_start, f.char_end) for f in facts if f.kind != "reaction"]
    fallback = taken = None
    short = re.escape(summit.organization.split()[-1]) if summit.organization and " " in summit.organization else None
    for start, end in an.sentences.spans:
        text = body[start:end]
        if not text.strip() or page_furniture(body, start, end) or an.in_quote(start) or "|" in text \
                or text.lstrip()[:1] in "“\"‘" \
                or (headline and headline in text) or start < an.dateline_end - 1 and end <= an.dateline_end:
            continue  # (a headline, a masthead line, a quotation: not the report's own telling)
        if not any(not _NOT_YET.search(text, 0, m.start()) and not _OTHER_EVENT.search(text, max(0, m.start() - 30),
                                                                                       m.start())
                   and not _SHUT_THING.match(text, m.end()) and not _SINCE_THE.search(text, max(0, m.start() - 30),
                                                                                      m.start())
                   for m in _MEETING.finditer(text)):
            continue  # (nor is "The China-ASEAN Expo, an annual trade fair held in Nanning, opens on Tuesday")
        # ("in time to sign it at the ASEAN summit in Cebu in December": another meeting's body, not this one's)
        elsewhere = [f.start for f in an.found if f.kind == "city" and start <= f.start < end and f.key != city_key
                     and _ANOTHER_PLACE.search(body, max(start, f.start - 30), f.start)]
        own = text
        for at in elsewhere:  # (the words naming the other meeting are blanked for the body test)
            cut = max(0, at - start - 40)
            own = own[:cut] + " " * (at - start - cut) + own[at - start:]
        place = any(start <= at < end for at in places) or bool(
            summit.city and summit.city in text) or bool(_HERE.search(text))
        named = any(start <= at < end and own[at - start] != " " for at in bodies) or bool(
            summit.organization and summit.organization in own) \
            or bool(short and re.search(rf"\b(?:the|The|\d+(?:st|nd|rd|th))\s+{short}\s+(?:meeting|summit)\b", own))
        named = named or bool(_THE_BLOC.search(own))  # ("for the bloc's tenth presidential council")
        # ("The 14th Forum meeting opened at Parliament House on Monday": the body by the last word of its name)
        year = summit.start_date.year if summit.start_date else None
        when = any(not (m.group().isdigit() and year and int(m.group()) != year) for m in _TIME.finditer(text))
        # ("since the first summit in 1991": another year is another meeting's time)
        if place + named + when >= 2:
            if not any(s < end and start < e for s, e in covered):
                return _fact(an, summit, summit_org, city_key, start, end)
            taken = taken or (start, end)  # (a sentence that already carries a decision tells of it, not the meeting)
        if fallback is None and (place or named):
            fallback = (start, end)
    chosen = taken or fallback
    return _fact(an, summit, summit_org, city_key, *chosen) if chosen else None


def _fact(an: Analysis, summit: Summit, summit_org: str, city_key: str | None, start: int, end: int) -> Fact:
    """The meeting's fact over the sentence [start, end)."""
    where = f" in {summit.city}" if summit.city else ""
    statement = f"{an.display(summit_org) or summit.organization or summit_org} holds its summit{where}"
    return Fact(f"outcome:{summit_org}:hold-summit:{city_key or ''}".rstrip(":"), "outcome", statement, start,
                end, an.display(summit_org) or summit_org, "hold-summit", summit.city)


def add_meeting_fact(an: Analysis, facts: list[Fact], summit: Summit | None, summit_org: str | None,
                     title: str | None = None) -> list[Fact]:
    """``facts`` plus the meeting's own fact (see meeting_fact)."""
    fact = meeting_fact(an, summit, summit_org, title, facts)
    return facts + [fact] if fact is not None and all(f.key != fact.key for f in facts) else facts
