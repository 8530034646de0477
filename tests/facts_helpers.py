"""What extract_facts makes of an invented body, in the shapes the rule tests (tests/test_facts_round*.py) assert on."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts

# a publication date no entry of the summit calendar covers, so summit fields come from the text alone
NO_CALENDAR = datetime(2031, 5, 10)


def quote_speakers(body: str, published_at: datetime | None = None) -> dict[str, str | None]:
    """Quotation text (edge punctuation stripped) -> speaker key."""
    return {q.text.strip(' ,."“”'): q.speaker_key for q in extract_facts(body, published_at=published_at).quotes}


def rule_facts(extraction) -> list:
    """The facts the rules read from sentences: every fact but the meeting's own ("holds its summit in X"), which
    comes with every detected summit and has tests of its own (tests/test_facts_round85.py)."""
    return [f for f in extraction.facts if f.action != "hold-summit"]


def fact_keys(body: str, published_at: datetime | None = NO_CALENDAR) -> set[str]:
    """The keys of every fact the rules read (see rule_facts)."""
    return {f.key for f in rule_facts(extract_facts(body, published_at=published_at))}


def evidence(body: str, published_at: datetime | None = NO_CALENDAR) -> dict[str, str]:
    """Fact key -> the evidence text its offsets cut from the body (facts the rules read)."""
    return {f.key: body[f.char_start:f.char_end] for f in rule_facts(extract_facts(body, published_at=published_at))}


def key_parts(body: str) -> set[str]:
    """Every part of every fact key (kind, actor, action, object): a frame's action is among them."""
    return {part for key in fact_keys(body) for part in key.split(":")}


def roles(body: str) -> dict[str, str]:
    """Participant key -> role."""
    return {p.entity_key: p.role for p in extract_facts(body).participants}


def summit_of(body: str, published_at: datetime = NO_CALENDAR, title: str | None = None):
    """The summit the body (under its headline ``title``, if given) reports."""
    return extract_facts(body, title=title, published_at=published_at).summit


def summit_fields(summit) -> tuple:
    """(organization, city, country, start, end) of a detected summit, dates as ISO text."""
    return summit.organization, summit.city, summit.country, str(summit.start_date), str(summit.end_date)
