"""Rule-based, offline extraction of summit facts with provenance (entities, quotes, participants, summit, facts)."""

from __future__ import annotations

from datetime import datetime

from extractors.models import Extraction


def extract_facts(
    body: str,
    *,
    title: str | None = None,
    published_at: datetime | None = None,
    authors: tuple[str, ...] = (),
) -> Extraction:
    """Extract entities, quotes, participants, the summit and typed facts from a cleaned body."""
    return Extraction()


__all__ = ["extract_facts"]
