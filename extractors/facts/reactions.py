"""Quoted reactions: a named person or outside body (an NGO, a party, a paper) quoted in a summit report is, unless the
rules already gave the sentence a fact, reacting to the summit: one reaction per statement (a quotation with the rest
of what they said in one go, and the lead-in sentence that names them), neutral ("reacts to"): whether the words
welcome or criticise is left to the rules that read tone, which have already had their say."""

from __future__ import annotations

import re

from extractors.facts.actors import represented
from extractors.facts.classify import REACTION_ACTOR, slug_words
from extractors.facts.entities import Analysis
from extractors.facts.evidence import introduces, run_end, speakers_by_sentence
from extractors.facts.sentences import page_furniture
from extractors.models import Fact, Quote


def add_quoted_reactions(an: Analysis, facts: list[Fact], summit_org: str | None, quotes: tuple[Quote, ...]) -> list[Fact]:
    """``facts`` plus a reaction for each quoted person or outside body, on each of their statements (a quotation
    and the rest of what they said in one go) whose sentences no fact covers. The first is keyed by whom they speak
    for (their government or body, else themselves) unless that actor already reacts; each further statement of the
    same speaker is a reaction of its own, keyed by its first words. Needs a summit to react to; states and
    summit-holding bodies quoted are left to the rules."""
    if not summit_org:
        return facts
    spans = [(f.char_start, f.char_end) for f in facts]
    reactors = {m.group(1) for f in facts if (m := REACTION_ACTOR.match(f.key))}  # one first reaction per actor
    ruled: dict[str, list[int]] = {}  # actor -> the paragraphs where the rules read its reactions
    for f in facts:
        if (m := REACTION_ACTOR.match(f.key)):
            ruled.setdefault(m.group(1), []).append(an.sentences.paragraphs[an.sentences.index_at(f.char_start)])
    actor_of: dict[str, str] = {}  # speaker -> the actor their first quoted reaction is keyed by
    keys = {f.key for f in facts}
    added: list[Fact] = []
    by_sentence = speakers_by_sentence(an, quotes)
    for quote in quotes:
        person = quote.speaker_key
        if not person or not person.startswith(("person:", "org:")) or person == summit_org:
            continue
        if person.startswith("org:") and ("summit" in person or f"-{person[4:]}-" in f"-{summit_org[4:]}-"):
            continue  # another summit ("the East Asia Summit") or a party to this one (the EU at an EU-Western Balkans
            # summit) is no outside voice; an NGO, a party or a paper quoted on the summit is
        if any(lo <= quote.char_start < hi for lo, hi in spans):
            continue  # the sentence already carries a fact (a decision announced, a reaction read by the rules)
        start, end = quote.sentence_start, run_end(an, quote, by_sentence)
        if page_furniture(an.body, start, end):
            continue  # a comment count or a link list is no outside voice
        index = an.sentences.index_at(start)
        previous = an.sentences.spans[index - 1] if index else None
        if previous and introduces(an, person, index - 1, by_sentence):
            start = previous[0]
        if person in actor_of:  # a further statement: its own reaction, told apart by its words
            actor = actor_of[person]
            key = f"reaction:{actor}:react-{slug_words(quote.text)}:{summit_org}"
        else:
            actor = represented(an, person, previous)  # whom they speak for, as for the classifier's reactions
            actor = person if actor in (None, summit_org) else actor  # (the summit body's own head speaks as a person)
            ruled_already = person in reactors or actor in reactors
            if ruled_already and not _apart(
                    an, start, ruled.get(person, []) + (ruled.get(actor, []) if actor != person else [])):
                continue  # (the rules read their reaction already; "This has irked Zelenskyy" read as Ukraine's
                # reaction already: one reaction per actor)
            actor_of[person] = actor
            if ruled_already:  # (but what the leader told reporters paragraphs after the rules read his state's
                # reaction is a statement of its own: "'... the bill is also being paid in Europe,' Schmidt told
                # reporters.")
                key = f"reaction:{actor}:react-{slug_words(quote.text)}:{summit_org}"
            else:
                reactors.update((person, actor))
                key = f"reaction:{actor}:react:{summit_org}"
        if key in keys:
            continue
        keys.add(key)
        spans.append((start, end))
        added.append(_reaction(an, key, actor, summit_org, start, end))
    return sorted(facts + added, key=lambda f: f.char_start) if added else facts


def _reaction(an: Analysis, key: str, actor: str, summit_org: str, start: int, end: int) -> Fact:
    """A neutral reaction ("reacts to") of ``actor`` to the summit over [start, end)."""
    who, what = an.display(actor) or actor, an.display(summit_org) or summit_org
    return Fact(key, "reaction", f"{who} reacts to {what}", start, end, who, "react", what)


# "Tusk also said there could be no withdrawal agreement without ...", "May, speaking to reporters before she left,
# said her plan remained ...": a named person's reported words, no quotation
_REPORTING = r"said|insisted|warned|argued|stressed|complained|maintained"
_REPORTED_VERB = re.compile(rf"\b(?:also\s+)?(?:{_REPORTING}|"
                            r"told\s+(?:reporters|journalists|the\s+summit|the\s+leaders|a\s+news\s+conference))\b"
                            r"(?!\s+(?:on|in|at|late|earlier|yesterday|today|last)\b[^,]*[.;]?$)")


_OWN_PLAN = re.compile(r"\s+(?:that\s+)?(?:he|she|they|it|we|I)\s+(?:would|will|was\s+going\s+to|planned|intended|hoped)\b")
_STATE_DELEGATION = re.compile(r"\W*(?:[Tt]he\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:[’']s)?\s+(?:delegation|government|"
                               rf"foreign\s+ministry|delegates)\s+(?:also\s+)?(?:{_REPORTING})\b")


def add_reported_reactions(an: Analysis, facts: list[Fact], summit_org: str | None) -> list[Fact]:
    """``facts`` plus a reaction for each person whose words a sentence reports without quoting them ("X said there
    could be no agreement without ..."), when no fact covers the sentence and the person (or whom they speak for)
    does not react yet."""
    if not summit_org:
        return facts
    spans = [(f.char_start, f.char_end) for f in facts]
    reactors = {m.group(1) for f in facts if (m := REACTION_ACTOR.match(f.key))}
    added: list[Fact] = []
    for start, end in an.sentences.spans:
        text = an.body[start:end]
        if any(s < end and start < e for s, e in spans) or re.search(r"[“”\"]", text) \
                or page_furniture(an.body, start, end):
            continue
        verb = _REPORTED_VERB.search(text, 0, min(len(text), 140))
        if verb is None or not re.search(r"\w", text[verb.end():]) or _OWN_PLAN.match(text, verb.end()):
            continue  # ("said he would attend the next summit": a plan, not a view of this one)
        people = an.persons_in(start, start + verb.start())
        state = _STATE_DELEGATION.match(an.body, start, start + verb.end()) if not people else None
        opener = next((f for f in an.found if state and f.start == state.start(1)
                       and f.kind in ("country", "demonym") and not f.in_quote), None)
        if opener is not None:  # "Venezuela's delegation argued that the charter should ...": the state reacts
            actor = opener.key
            if actor not in reactors and actor != summit_org:
                reactors.add(actor)
                added.append(_reaction(an, f"reaction:{actor}:react:{summit_org}", actor, summit_org, start, end))
            continue
        if len(people) != 1 or people[0].key not in an.persons or not re.match(
                r"\W*(?:(?:Mr|Mrs|Ms|Dr|President|Prime\s+Minister|Chancellor)\.?\s+)?$",
                an.body[start:people[0].start]):
            continue  # the sentence's subject, named first ("Tusk also said", "May, speaking to reporters, said")
        person = people[0].key
        if re.search(r"(?:^|-)police$", person):
            continue  # ("Police said 2,000 people marched"): a force reports, it does not react
        actor = represented(an, person, None)
        actor = person if actor in (None, summit_org) else actor
        if person in reactors or actor in reactors:
            continue
        reactors.update((person, actor))
        added.append(_reaction(an, f"reaction:{actor}:react:{summit_org}", actor, summit_org, start, end))
    return sorted(facts + added, key=lambda f: f.char_start) if added else facts


def _apart(an: Analysis, start: int, paragraphs) -> bool:
    """Whether the statement at ``start`` stands more than one paragraph away from every reaction the rules read."""
    here = an.sentences.paragraphs[an.sentences.index_at(start)]
    return bool(paragraphs) and all(abs(here - p) > 1 for p in paragraphs)


__all__ = ["add_quoted_reactions", "add_reported_reactions"]
