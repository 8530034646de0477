"""Typed facts (decision, pledge, outcome, membership, reaction) from a frame catalogue."""

from __future__ import annotations

from extractors.facts.entities import Analysis
from extractors.models import Fact


def extract_outcomes(an: Analysis, summit_org: str | None = None) -> list[Fact]:
    """Facts found by the frame catalogue, one per key, best evidence kept."""
    return []
