"""Rule-based, offline extraction of summit facts with provenance (entities, quotes, participants, summit, facts)."""

from __future__ import annotations

from datetime import datetime

from extractors.facts.classify import add_classified_facts
from extractors.facts.coordinated import add_coordinated_facts
from extractors.facts.entities import Analysis, collect_entities, resolve_state_roles
from extractors.facts.gazetteer import load_gazetteer
from extractors.facts.known_people import resolve_known_people
from extractors.facts.meeting import add_meeting_fact
from extractors.facts.participants import extract_participants, entity_refs, mentions
from extractors.facts.quotes import extract_quotes
from extractors.facts.evidence import widen_over_continuations, widen_to_runs
from extractors.facts.reactions import add_quoted_reactions, add_reported_reactions
from extractors.facts.sentences import find_quote_spans, split_sentences
from extractors.facts.summit import detect_summit
from extractors.facts.outcomes import extract_outcomes
from extractors.models import Extraction


def analyse(body: str) -> Analysis:
    """Sentences, quotation marks and entity mentions of a body: the shared ground for every stage."""
    an = Analysis(body, split_sentences(body), find_quote_spans(body), load_gazetteer())
    collect_entities(an)
    return an


def extract_facts(
    body: str,
    *,
    title: str | None = None,
    published_at: datetime | None = None,
    authors: tuple[str, ...] = (),
) -> Extraction:
    """Extract entities, quotes, participants, the summit and typed facts from a cleaned article body.

    Args:
        body: the cleaned article body; paragraphs separated by blank lines. All offsets index into it.
        title: the headline, used only as a hint for the summit's name and year.
        published_at: publication time; anchors weekdays ("on Wednesday") and the summit year.
        authors: bylines; these people are never reported as participants.

    Returns:
        An ``Extraction``; empty when the body is empty or says nothing we can resolve.
    """
    if not body or not body.strip():
        return Extraction()
    an = analyse(body)
    summit, summit_org = detect_summit(an, title=title, published_at=published_at)
    on = (summit.start_date if summit is not None and summit.start_date else
          published_at.date() if published_at is not None else None)
    an.day = on  # whose office the offices table reads for this report
    resolve_known_people(an, on)  # "President Bush" at a 2004 summit: George W. Bush
    resolve_state_roles(an)  # "Ukraine's president said": the holder the text named before
    quotes = extract_quotes(an, summit_org)
    participants = extract_participants(an, authors, on, frozenset(q.speaker_key for q in quotes if q.speaker_key))
    facts = extract_outcomes(an, summit_org, tuple(quotes))
    facts = add_classified_facts(an, facts, summit_org, quotes=tuple(quotes))  # trained sentence classifier
    facts = add_coordinated_facts(an, facts)  # "adopted X and launched Y": one fact per decision
    facts = add_quoted_reactions(an, facts, summit_org, tuple(quotes))  # a quoted person reacts to the summit
    facts = add_reported_reactions(an, facts, summit_org)  # so does one whose words are reported unquoted
    facts = widen_to_runs(an, facts, tuple(quotes))  # a reaction is all its speaker said in one go
    facts = widen_over_continuations(an, facts)  # "... adopted the Fancourt Declaration. It calls for ...": one act
    facts = add_meeting_fact(an, facts, summit, summit_org, title)  # "The leaders met in Koror from July 29 to 31"
    return Extraction(
        entities=entity_refs(an),
        mentions=mentions(an),
        quotes=tuple(quotes),
        participants=tuple(participants),
        summit=summit,
        facts=tuple(facts),
    )


__all__ = ["extract_facts"]
