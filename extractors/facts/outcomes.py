"""Typed facts (decision, pledge, outcome, membership, reaction) from the frame catalogue."""

from __future__ import annotations

import re

from extractors.facts.entities import Analysis, Found, resolve_pronoun
from extractors.facts.frames import CATALOGUE, Frame
from extractors.models import Fact

# Governments stand for their country when they act ("the Kremlin said" -> Russia).
_GOVERNMENT_COUNTRY = {"org:kremlin": "country:ru", "org:white-house": "country:us", "org:pentagon": "country:us",
                       "org:state-department": "country:us", "org:downing-street": "country:gb",
                       "org:elysee": "country:fr"}
_GROUP = re.compile(r"\b(?:the |their |its )?(?:leaders|allies|alliance|members|bloc)\b", re.I)
_NOT_BENEFICIARY = re.compile(r"(?:against|message to|from|on|over|with)\s+$", re.I)
_LABEL = re.compile(r"\b((?:aid|financial|sanctions|support) package|deal|agreement|resolution|decision)\b", re.I)
_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")
_DEFER_WINS = frozenset({"invite", "admit"})


def _mask_quotes(an: Analysis, spans: list[tuple[int, int]]) -> str:
    """The body with quotations blanked, so facts never come from quoted speech (quoted terms stay)."""
    parts, cursor = [], 0
    for opening, close in spans:
        parts += [an.body[cursor:opening], " " * (close + 1 - opening)]
        cursor = close + 1
    parts.append(an.body[cursor:])
    return "".join(parts)


def _normalise_actor(an: Analysis, found: Found, summit_org: str | None) -> str | None:
    """Actor key: governments and capitals stand for their country, people for their affiliation's country."""
    if found.kind == "city":
        return an.gazetteer.city_country.get(found.key)
    if found.kind == "person":
        person = an.persons.get(found.key)
        affiliation = person.affiliation_key if person else None
        if affiliation and affiliation.startswith(("country:", "org:")):
            return _GOVERNMENT_COUNTRY.get(affiliation, affiliation)
        return summit_org
    return _GOVERNMENT_COUNTRY.get(found.key, found.key)


def _subject(an: Analysis, start: int, at: int, summit_org: str | None, previous=None) -> str | None:
    """The acting body: the nearest organisation, country or person before ``at`` that is not a venue,
    a "NATO Summit" or a prepositional object; "They ..." borrows the previous sentence's subject."""
    body = an.body
    for found in reversed(an.found):
        if found.start >= at or found.in_quote:
            continue
        if found.start < start:
            break
        tail, head = body[found.end:found.end + 10], body[max(start, found.start - 12):found.start]
        if re.match(r"(?:’s|'s)?\s+[Ss]ummit", tail) or re.search(_PREPOSITION, head):
            continue
        if found.kind == "country" and any(f.kind == "city" and f.end + 2 == found.start for f in an.found):
            continue  # "Vilnius, Lithuania" is a venue, not an actor
        if found.kind == "demonym" and not re.match(r"\s+[A-Z]", tail):
            continue
        return _normalise_actor(an, found, summit_org)
    if previous and re.match(r"\s*(?:They|It)\b", body[start:start + 8]):
        return _subject(an, previous[0], previous[1], summit_org)
    return summit_org


_PREPOSITION = re.compile(r"\b(?:in|at|on|to|for|against|with|of|from|by|over|into|between)\s+(?:the\s+)?$")


def _nearest_org(an: Analysis, start: int, end: int, at: int, summit_org: str | None) -> str | None:
    """The organisation closest to the trigger ("G7 framework", "declaration issued by the G7")."""
    orgs = [f for f in an.found if start <= f.start < end and f.kind == "org" and not f.in_quote
            and not re.match(r"(?:’s|'s)?\s+[Ss]ummit", an.body[f.end:f.end + 10])]
    return min(orgs, key=lambda f: abs(f.start - at)).key if orgs else summit_org


def _first_person(an: Analysis, start: int, at: int, summit_org: str | None) -> str | None:
    """The sentence's first person before the trigger (the speaker/reactor), else the subject."""
    people = an.persons_in(start, at)
    return people[0].key if people else _subject(an, start, at, summit_org)


def _experiencer(an: Analysis, start: int, end: int, at: int, at_end: int, summit_org: str | None) -> str | None:
    """The person a reaction belongs to: after 'by', else the nearest person or he/she."""
    people = [(f.start, f.key) for f in an.persons_in(start, end)]
    for match in _PRONOUN.finditer(an.body, start, end):
        key = resolve_pronoun(an, match.start(), match.group(1))
        if key and not an.in_quote(match.start()):
            people.append((match.start(), key))
    by = re.match(r"\s+(?:\w+\s+){0,2}by\s", an.body[at_end:at_end + 30])
    if by:
        after = [p for p in people if p[0] >= at_end]
        if after:
            return min(after)[1]
    if people:
        return min(people, key=lambda p: abs(p[0] - at))[1]
    return _subject(an, start, at, summit_org)


def _countries(an: Analysis, start: int, end: int, actor: str | None) -> list[Found]:
    """Country (and demonym) mentions in [start, end) other than the actor."""
    return [f for f in an.found if start <= f.start < end and f.kind in ("country", "demonym")
            and f.key != actor and not f.in_quote]


def _objects(an: Analysis, frame: Frame, span: tuple[int, int], at: int, at_end: int,
             actor: str | None, summit_org: str | None, previous: tuple[int, int] | None) -> list[str]:
    """Object keys for a frame instance; several for 'Finland and Sweden'."""
    start, end = span
    body = an.body
    if frame.objects == "none":
        return [""]
    if frame.objects == "body":
        named = [f.key for f in an.found if start <= f.start < end and f.kind == "org"
                 and an.gazetteer.lookup(body[f.start:f.end]) and an.gazetteer.lookup(body[f.start:f.end]).extra == "body"]
        return named[:1] or ["new-body"]
    if frame.objects == "label":
        match = _LABEL.search(body, at_end, end)
        return [re.sub(r"\s+", "-", match.group(1).lower())] if match else [summit_org or ""]
    if frame.objects == "target":
        orgs = [f.key for f in an.found if at_end <= f.start < min(end, at_end + 30) and f.kind == "org"
                and not f.in_quote and f.key != actor]
        countries = [f.key for f in _countries(an, at, end, actor)] if frame.action == "sanctions" else []
        return (countries or orgs)[:1] or [summit_org or ""]
    if frame.objects == "admitted":
        found = [f for f in an.found if start <= f.start < at and f.kind in ("org", "country") and f.key != actor]
        return [found[-1].key] if found else []
    if frame.objects == "in-match":
        return list(dict.fromkeys(f.key for f in _countries(an, at, at_end, actor)))
    cands = _countries(an, start, end, actor)
    if frame.objects == "beneficiary":
        venues = {f.end for f in an.found if f.kind == "city"}
        cands = [f for f in cands if not _NOT_BENEFICIARY.search(body[max(start, f.start - 14):f.start])
                 and f.start - 2 not in venues
                 and not re.match(r"(?:’s|'s) (?:war|aggression|invasion|side)", body[f.end:f.end + 15])]
        return [min(cands, key=lambda f: abs(f.start - at)).key] if cands else []
    if frame.objects == "candidate":
        return [cands[0].key] if cands else []
    keys = list(dict.fromkeys(f.key for f in cands))
    if not keys and frame.fallback_previous and previous:
        keys = list(dict.fromkeys(f.key for f in _countries(an, previous[0], previous[1], actor)))
    return keys


def _statement(an: Analysis, actor: str | None, frame: Frame, obj: str) -> str:
    """Canonical sentence: '<actor> <phrase> <object>'."""
    names = [an.display(actor) or actor or "Someone", frame.phrase]
    if obj:
        names.append(an.display(obj) or obj.replace("-", " "))
    return " ".join(names)


def extract_outcomes(an: Analysis, summit_org: str | None = None, quotes: tuple = ()) -> list[Fact]:
    """Facts found by the frame catalogue, one per key, keeping the best evidence sentence."""
    masked = _mask_quotes(an, [(q.char_start - 1, q.char_end) for q in quotes])
    best: dict[str, tuple[tuple, Fact]] = {}
    spans, paragraphs = an.sentences.spans, an.sentences.paragraphs
    for index, (start, end) in enumerate(spans):
        text = masked[start:end]
        if not text.strip():
            continue
        previous = spans[index - 1] if index and paragraphs[index - 1] == paragraphs[index] else None
        deferred = False
        for frame in CATALOGUE:
            if frame.action in _DEFER_WINS and deferred:
                continue
            match = frame.trigger.search(text)
            if not match or (frame.require and not frame.require.search(text)):
                continue
            if frame.exclude and frame.exclude.search(text):
                continue
            deferred = deferred or frame.action == "defer-membership"
            at, at_end = start + match.start(), start + match.end()
            verbs = list(frame.require.finditer(text, 0, match.start())) if frame.require else []
            anchor = start + verbs[-1].start() if verbs else at
            if frame.actor == "experiencer":
                actor = _experiencer(an, start, end, at, at_end, summit_org)
            elif frame.actor == "body":
                actor = summit_org or _nearest_org(an, start, end, at, None)
            elif frame.actor == "nearest-org":
                actor = _nearest_org(an, start, end, at, summit_org)
            elif frame.actor == "first-person":
                actor = _first_person(an, start, at, summit_org)
            else:
                actor = _subject(an, start, anchor, summit_org, previous)
            if frame.kind == "reaction" and actor == summit_org:
                continue  # the summit reacting to itself is not a reaction
            for obj in _objects(an, frame, (start, end), at, at_end, actor, summit_org, previous):
                if frame.objects not in ("none", "label", "body", "target") and not obj:
                    continue
                key = f"{frame.kind}:{actor or 'unknown'}:{frame.action}:{obj}".rstrip(":")
                fact = Fact(key, frame.kind, _statement(an, actor, frame, obj), start, end,
                            an.display(actor) or actor, frame.action, an.display(obj) or obj or None)
                score = (-index,)  # the earliest statement is usually the lede's clearest
                if key not in best or score > best[key][0]:
                    best[key] = (score, fact)
    facts = [fact for _, fact in best.values()]
    return _merge(facts)


def _merge(facts: list[Fact]) -> list[Fact]:
    """Drop generic objects covered by a named one and declarations covered by their security commitments."""
    named = {(f.kind, f.actor, f.action) for f in facts if f.action == "create-body" and f.object != "new-body"}
    pledgers = {f.actor for f in facts if f.action == "security-commitments"}
    out = []
    for fact in facts:
        if fact.action == "create-body" and fact.object == "new-body" and (fact.kind, fact.actor, fact.action) in named:
            continue
        if fact.action == "adopt-declaration" and fact.actor in pledgers:
            continue
        out.append(fact)
    return sorted(out, key=lambda f: f.char_start)
