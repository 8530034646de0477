"""Quoted reactions: a named person quoted in a summit report is, unless the rules already gave the sentence a fact,
reacting to the summit. One reaction per person, from their first quotation, and neutral ("reacts to"): whether
the words welcome or criticise is left to the rules that read tone, which have already had their say."""

from __future__ import annotations

from extractors.facts.classify import REACTION_ACTOR
from extractors.facts.entities import Analysis
from extractors.models import Fact, Quote


def add_quoted_reactions(an: Analysis, facts: list[Fact], summit_org: str | None, quotes: tuple[Quote, ...]) -> list[Fact]:
    """``facts`` plus a reaction for each quoted person who has none yet, on the first of their quotations whose
    sentences no fact covers. Needs a summit to react to; bodies and states quoted are left to the rules."""
    if not summit_org:
        return facts
    spans = [(f.char_start, f.char_end) for f in facts]
    reactors = {":".join(f.key.split(":")[1:3]) for f in facts if REACTION_ACTOR.match(f.key)}
    keys = {f.key for f in facts}
    added: list[Fact] = []
    for quote in quotes:
        person = quote.speaker_key
        if not person or not person.startswith("person:") or person in reactors:
            continue
        if any(lo <= quote.char_start < hi for lo, hi in spans):
            continue  # the sentence already carries a fact (a decision announced, a reaction read by the rules)
        reactors.add(person)
        start, end = quote.sentence_start, quote.sentence_end
        key = f"reaction:{person}:react:{summit_org}"
        if key in keys:
            continue
        keys.add(key)
        who, what = an.display(person) or person, an.display(summit_org) or summit_org
        added.append(Fact(key, "reaction", f"{who} reacts to {what}", start, end, who, "react", what))
    return sorted(facts + added, key=lambda f: f.char_start) if added else facts


__all__ = ["add_quoted_reactions"]
