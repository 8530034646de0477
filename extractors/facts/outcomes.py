"""Typed facts (decision, pledge, outcome, membership, reaction) from the frame catalogue."""

from __future__ import annotations

import re

from extractors.facts.entities import Analysis, Found, resolve_pronoun
from extractors.facts.frames import (
    CATALOGUE, COLLECTIVE, GENERIC_NEG, GENERIC_NOMINAL, GENERIC_NOUN, GENERIC_VERB, GENERIC_WOULD, MEMBERSHIP_OBJECT, NOT_AN_OUTCOME, PLEDGE_CLASSES, STATE_CLASSES,
    VERB_CLASSES, Frame)
from extractors.models import Fact

# Governments stand for their country when they act ("the Kremlin said" -> Russia).
_GOVERNMENT_COUNTRY = {"org:kremlin": "country:ru", "org:white-house": "country:us", "org:pentagon": "country:us",
                       "org:state-department": "country:us", "org:downing-street": "country:gb",
                       "org:elysee": "country:fr", "org:national-security-council": "country:us"}
# A subject naming several states or a group noun ("Biden and G7 leaders", "the United States and its allies").
_GROUP_WORDS = re.compile(r"\b(?:allies|leaders|members|partners|nations|countries|governments|sides)\b|"
                          r"\band\s+(?:its|their|other)\b", re.I)
_COALITION_HEAD = re.compile(r"\band\s+(?:\w+\s+){0,2}$")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|but|whereas|even as|although|which|who|as|saying|adding)\b|"
                           r"\b(?:while|whereas|although)\b")
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)$")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|argued|insisted)\b")
_BEFORE_STATE = re.compile(r"(?:’s|'s)?\s+(?:\w+\s+){0,2}?(?:was|were|is|are|has been|had been|seemed|appeared)\s+"
                           r"(?:\w+\s+)?$")
_PLURAL_PRONOUN = re.compile(r"\s*(?:They|The two sides|Both sides)\b")
# Support flows pledged by a group at a summit are one fact of that summit, whoever in the group is named.
_MULTILATERAL_PLEDGES = frozenset({"military-support", "economic-support", "climate-target"})
_TONE_PHRASES = {"welcome": "welcomes", "criticize": "criticises"}
_SUBSUMED_BY_COMMITMENTS = frozenset({"military-support", "economic-support"})
_EXPLICIT_PLEDGE = re.compile(r"\b(?:pledg|promis|vow|commit)\w*", re.I)
_NEGATIVE = re.compile(
    r"\b(?:destabilis\w*|destabiliz\w*|undermin\w*|dangerous|provocat\w*|hostile|mistake|nothing|not|never|"
    r"unacceptable|illegal|harm\w*|threat\w*|absurd|baseless|unjust|counterproductive|failure|shame\w*|"
    r"protectionis\w*|disappoint\w*|wrong|reckless|imprudent|hazardous|violat\w*|far from|empty|hollow|weak\w*|"
    r"fail\w*|fell short|falls short|detached|inadequate|insufficient|regrett?\w*|worse|flawed|complaints?)\b", re.I)
_POSITIVE = re.compile(
    r"\b(?:success\w*|important|historic|positive|good|welcome|victory|milestone|breakthrough|concrete|great|"
    r"progress|encouraging|excellent|landmark|step forward|important step|serious|substantive|constructive|candid|"
    r"productive|fruitful|useful|valuable|on the map|strength|stronger|bridge|lifeline|solution)\b", re.I)
_GROUP = re.compile(r"\b(?:the |their |its )?(?:leaders|allies|alliance|members|bloc)\b", re.I)
_NOT_BENEFICIARY = re.compile(r"(?:against|message to|from|on|over|with)\s+$", re.I)
_LABEL = re.compile(r"\b((?:aid|financial|sanctions|support) package|deal|agreement|resolution|decision)\b", re.I)
_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")
_DEFER_WINS = frozenset({"invite", "admit"})
_NO_PASSIVE = frozenset({"create-body", "establish-base", "take-chair"})


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


def _clause_start(body: str, start: int, at: int) -> int:
    """Start of the clause holding ``at``: after the last ';' or subordinating break in the sentence."""
    breaks = [m for m in _CLAUSE_BREAK.finditer(body, start, at)]
    while breaks and _RELATIVE_OPEN.match(breaks[-1].group()) and "," in body[breaks[-1].end():at]:
        breaks.pop()  # "X, who hosted the summit, opened ...": the relative clause closed; X is the subject
    return breaks[-1].end() if breaks else start


def _subject(an: Analysis, start: int, at: int, summit_org: str | None, previous=None) -> tuple[str | None, bool]:
    """(acting body, whether it is a group): the nearest organisation, country or person before ``at`` that is
    not a venue, a "NATO Summit" or a prepositional object; "They ..." borrows an earlier sentence's subject."""
    body = an.body
    clause = _clause_start(body, start, at)
    for lo in dict.fromkeys((clause, start)):  # the clause first; a participle borrows the sentence's subject
        for found in reversed(an.found):
            if found.start >= at or found.in_quote:
                continue
            if found.start < lo:
                break
            tail, head = body[found.end:found.end + 10], body[max(lo, found.start - 12):found.start]
            if re.match(r"(?:’s|'s)?\s+[Ss]ummit", tail) or re.search(_PREPOSITION, head):
                continue
            if found.kind == "country" and any(f.kind == "city" and f.end + 2 == found.start for f in an.found):
                continue  # "Vilnius, Lithuania" is a venue, not an actor
            if found.kind == "demonym" and not re.match(r"\s+[A-Z]", tail):
                continue
            group = bool(_GROUP_WORDS.search(body, found.start, at)
                         or _COALITION_HEAD.search(body[max(lo, found.start - 30):found.start])
                         or found.kind == "org")
            return _normalise_actor(an, found, summit_org), group
        if _PLURAL_PRONOUN.match(body, lo, lo + 14) and previous:
            key, _ = _subject(an, previous[0], previous[1], summit_org)
            return key, True
    return summit_org, bool(_GROUP_WORDS.search(body, start, at))


_PREPOSITION = re.compile(r"\b(?:in|at|on|to|for|against|with|of|from|by|over|into|between)\s+(?:the\s+)?$")


def _nearest_org(an: Analysis, start: int, end: int, at: int, summit_org: str | None, at_end: int | None = None,
                 issued: str | None = None) -> str | None:
    """The organisation issuing an instrument: named in its own phrase ("G7 framework", "declaration issued by
    the G7"), else the issuer of the same instrument earlier in the article ("The joint declaration ..."),
    else the summit's organisation."""
    lo, hi = (max(start, at - 25), min(end, at_end + 40)) if at_end is not None else (start, end)
    orgs = [f for f in an.found if lo <= f.start < hi and f.kind == "org" and not f.in_quote
            and not re.match(r"(?:’s|'s)?\s+[Ss]ummit", an.body[f.end:f.end + 10])]
    return min(orgs, key=lambda f: abs(f.start - at)).key if orgs else issued or summit_org


def _first_person(an: Analysis, start: int, at: int, summit_org: str | None) -> str | None:
    """The first person before the trigger (the speaker/reactor), else the subject; an earlier quotation of the
    sentence closes what it says ("X said ... "…", remarks that Israel rejected")."""
    closes = [close + 1 for opening, close in an.quote_spans if start <= close < at]
    lo = closes[-1] if closes else start
    people = an.persons_in(lo, at)
    if people:
        head = [f for f in an.found if lo <= f.start < people[0].start and not f.in_quote
                and f.kind in ("country", "org") and f.start >= an.dateline_end]
        if head and _SPEECH_BEFORE.search(an.body, head[0].end, people[0].start) and not re.search(
                _PREPOSITION, an.body[max(lo, head[0].start - 12):head[0].start]):
            return head[0].key  # "Ukraine's foreign ministry said Guterres had ...": the ministry reacts
        return people[0].key
    if lo > start:
        key = _subject(an, lo, at, None)[0]
        if key:
            return key
    people = an.persons_in(start, at)
    return people[0].key if people else _subject(an, start, at, summit_org)[0]


def _experiencer(an: Analysis, start: int, end: int, at: int, at_end: int, summit_org: str | None) -> str | None:
    """The person a reaction belongs to: the subject of "X was satisfied", the body after 'by'/'from', else the
    nearest person or he/she."""
    before = [f for f in an.found if start <= f.start < at and not f.in_quote and f.kind != "demonym"]
    if before and _BEFORE_STATE.fullmatch(an.body, before[-1].end, at):
        return _normalise_actor(an, before[-1], summit_org)
    source = re.match(r"\s+(?:\w+\s+){0,2}(?:by|from)\s", an.body[at_end:at_end + 30])
    if source:
        named = [f for f in an.found if at_end + source.end() <= f.start < at_end + source.end() + 20 and not f.in_quote]
        if named:
            return _normalise_actor(an, named[0], summit_org) if named[0].kind != "person" else named[0].key
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
    return _subject(an, start, at, summit_org)[0]


def _represented(an: Analysis, key: str | None, previous: tuple[int, int] | None) -> str | None:
    """Who a reacting person speaks for: their government or organisation; an official named without one
    elaborates on the government that opens the paragraph's previous sentence ("Russia condemned ... X said")."""
    person = an.persons.get(key) if key and key.startswith("person:") else None
    affiliation = person.affiliation_key if person else None
    if person and not affiliation and person.role and previous:
        opener = next((f for f in an.found if f.start == previous[0]), None)
        if opener and opener.kind in ("country", "city", "org"):
            affiliation = _normalise_actor(an, opener, None)
    if affiliation and affiliation.startswith(("country:", "org:")):
        return _GOVERNMENT_COUNTRY.get(affiliation, affiliation)
    return _GOVERNMENT_COUNTRY.get(key, key) if key else key


def _reaction_object(an: Analysis, at_end: int, end: int, actor: str | None, summit_org: str | None) -> str:
    """The entity a reaction is about: the first organisation or country after the trigger in its clause."""
    stop = _CLAUSE_BREAK.search(an.body, at_end, end)
    limit = stop.start() if stop else end
    for found in an.found:
        if at_end <= found.start < limit and found.kind in ("org", "country", "city") and not found.in_quote:
            key = _normalise_actor(an, found, summit_org)
            if key and key != actor:
                return key
    return summit_org or ""


def _tone(text: str) -> str | None:
    """welcome / criticize from the words of a characterisation; None when it is neutral or mixed evenly."""
    neg, pos = len(_NEGATIVE.findall(text)), len(_POSITIVE.findall(text))
    return "criticize" if neg > pos else "welcome" if pos > neg else None


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
    if frame.objects == "after":
        after = [f.key for f in an.found if at_end <= f.start < end and f.kind in ("country", "org")
                 and not f.in_quote and f.key != actor]
        return after[:1] or [""]
    if frame.objects == "reformed":
        named = [f.key for f in an.found if at <= f.start < at_end and f.kind == "org"]
        phrase = re.sub(r"^reform(?:ing)?\s+(?:of\s+)?(?:the\s+)?", "", body[at:at_end], flags=re.I)
        return named[:1] or [re.sub(r"[^a-z0-9]+", "-", phrase.lower()).strip("-")]
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


def _statement(an: Analysis, actor: str | None, phrase: str, obj: str) -> str:
    """Canonical sentence: '<actor> <phrase> <object>'."""
    names = [an.display(actor) or actor or "Someone", phrase]
    if obj:
        names.append(an.display(obj) or obj.replace("-", " "))
    return " ".join(names)


_FAST: dict[re.Pattern, re.Pattern] = {}


def _fast(pattern: re.Pattern) -> re.Pattern:
    """The same pattern without IGNORECASE, for lower-cased text, when it names no upper-case letter."""
    fast = _FAST.get(pattern)
    if fast is None:
        source = re.sub(r"\\.", "", pattern.pattern)
        fast = pattern
        if pattern.flags & re.I and not re.search(r"[A-Z]", source):
            fast = re.compile(pattern.pattern, pattern.flags & ~re.I)
        _FAST[pattern] = fast
    return fast


def _any_trigger() -> re.Pattern | None:
    """One alternation of every frame trigger: a sentence it does not match fires no frame, so the frame loop
    (33 searches per sentence) is skipped for it. None when the triggers cannot be combined."""
    flags = {frame.trigger.flags for frame in CATALOGUE}
    if len(flags) != 1:
        return None
    flag = flags.pop()
    source = "|".join(f"(?:{frame.trigger.pattern})" for frame in CATALOGUE)
    if flag & re.I and "\\N" not in source:
        # Case-insensitive matching is slow in ``re``: lower-case the pattern outside its escapes and run it
        # case-sensitively on the lower-cased sentence (the same matches, as a filter: frames re-check).
        source = re.sub(r"\\.|[^\\]+", lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), source)
        flag &= ~re.I
    try:
        return re.compile(source, flag)
    except re.error:
        return None


_ANY_TRIGGER = _any_trigger()


def extract_outcomes(an: Analysis, summit_org: str | None = None, quotes: tuple = ()) -> list[Fact]:
    """Facts found by the frame catalogue, one per key, keeping the best evidence sentence."""
    masked = _mask_quotes(an, [(q.char_start - 1, q.char_end) for q in quotes])
    best: dict[str, tuple[tuple, Fact]] = {}
    issuers: dict[str, str] = {}  # instrument action -> its first issuer, for later definite mentions
    spans, paragraphs = an.sentences.spans, an.sentences.paragraphs
    for index, (start, end) in enumerate(spans):
        text = masked[start:end]
        if not text.strip():
            continue
        lower = text.lower()
        if len(lower) != len(text):
            lower = None  # case folding changed the length: keep the case-insensitive patterns

        def search(pattern: re.Pattern, pos: int = 0, endpos: int | None = None):
            """pattern.search over the sentence; case-free patterns run without IGNORECASE on its lower case."""
            fast = _fast(pattern) if lower is not None else pattern
            return fast.search(text if fast is pattern else lower, pos, len(text) if endpos is None else endpos)

        previous = spans[index - 1] if index and paragraphs[index - 1] == paragraphs[index] else None
        deferred, fired, triggers = False, set(), []
        if _ANY_TRIGGER is None:
            frames = CATALOGUE
        elif _ANY_TRIGGER.flags & re.I:
            frames = CATALOGUE if _ANY_TRIGGER.search(text) else ()
        else:
            frames = CATALOGUE if _ANY_TRIGGER.search(lower if lower is not None else text.lower()) else ()
        for frame in frames:
            if frame.action in _DEFER_WINS and deferred:
                continue
            if frame.action in _SUBSUMED_BY_COMMITMENTS and "security-commitments" in fired:
                continue  # a long-term security commitment already covers the aid it lists
            match = search(frame.trigger)
            if not match or (frame.require and not search(frame.require)):
                continue
            if (frame.exclude and search(frame.exclude)) or (
                    frame.require_raw and not frame.require_raw.search(an.body, start, end)):
                continue
            at, at_end = start + match.start(), start + match.end()
            if frame.action in _NO_PASSIVE and _PASSIVE_OR_HYPOTHETICAL.search(masked, max(start, at - 16), at):
                continue  # "a fund could be created", "the fund was launched in 2019": not this summit's act
            if frame.action == "no-condemnation" and _SPEECH_BEFORE.search(masked, start, at):
                continue  # "X said the declaration ... failed to name the aggressor": a reaction, not an outcome
            action = _tone(an.body[at:end]) if frame.polarity else frame.action
            if action is None:
                continue
            deferred = deferred or frame.action == "defer-membership"
            verbs = list(_fast(frame.require).finditer(lower, 0, match.start()) if lower is not None
                         else frame.require.finditer(text, 0, match.start())) if frame.require else []
            anchor = start + verbs[-1].start() if verbs else at
            actor = _actor(an, frame, (start, end), (at, at_end, anchor), summit_org, previous, issuers)
            if frame.actor == "nearest-org" and actor:
                issuers.setdefault(frame.action, actor)
            if frame.kind == "reaction":
                person = actor if actor and actor.startswith("person:") else None
                actor = _represented(an, actor, previous)
                if actor == summit_org and person:
                    actor = person  # an official of the summit's body speaks for himself, not for the summit
                if actor == summit_org or actor is None:
                    continue  # the summit reacting to itself is not a reaction
            objects = ([_reaction_object(an, at_end, end, actor, summit_org)] if frame.kind == "reaction"
                       else _objects(an, frame, (start, end), at, at_end, actor, summit_org, previous))
            for obj in objects:
                if frame.objects not in ("none", "label", "body", "target", "after", "reformed") and not obj:
                    continue
                fired.add(frame.action)
                shown = _TONE_PHRASES.get(action, frame.phrase) if frame.polarity else frame.phrase
                key = f"{frame.kind}:{actor or 'unknown'}:{action}:{obj}".rstrip(":")
                fact = Fact(key, frame.kind, _statement(an, actor, shown, obj), start, end,
                            an.display(actor) or actor, action, an.display(obj) or obj or None)
                if frame.kind != "reaction":
                    triggers.append((at, at_end, frame.trigger))
                # an explicit pledge verb beats a listed goal; then the earliest (the lede is usually clearest)
                score = (frame.kind == "pledge" and bool(_EXPLICIT_PLEDGE.search(text)), -index)
                if key not in best or score > best[key][0]:
                    best[key] = (score, fact)
        for fact in _generic_facts(an, masked, (start, end), previous, summit_org, triggers):
            if fact.key not in best:
                best[fact.key] = ((False, -index), fact)
    facts = [fact for _, fact in best.values()]
    return _merge(facts)


_OBJECT_VERB = re.compile(r"\b(?:[a-z]+ed|told|tells|addressed|attends|hosts|opens|chairs)\s+$")
_SUBJECT_SKIP = re.compile(r"(?:’s|'s)?\s+[Ss]ummit\b")
_COMPLEMENT_GAP = re.compile(r",|\b(?:and|but|while|yet)\b|;")
_AND_TO = re.compile(r",?\s+and\s+(?:also\s+)?to\s+([a-z][\w-]*)")
_OBJECT_LEAD = re.compile(
    r"(?:\s+(?:to|on|that|with|the|a|an|its|their|his|her|our|new|also|further|formally|jointly|unanimously|"
    r"on|in|at|for|by|of|from|up|over|would|will|\w+day))*\s+", re.I)
_RELATIVE_BREAK = re.compile(r"\b(?:which|who|that)\s*$", re.I)
_PASSIVE_OR_MODAL = re.compile(r"\b(?:was|were|been|being|is|are|be|would|could|might|may|should|must)\s+(?:\w+ly\s+)?$",
                               re.I)
_PASSIVE_OR_HYPOTHETICAL = re.compile(r"\b(?:was|were|been|being|is|are|be|could|might|may)\s+(?:\w+ly\s+)?$", re.I)
_BY_AGENT = re.compile(r"\s+by\b")


def _generic_subject(an: Analysis, sent_start: int, lo: int, at: int, summit_org: str | None,
                     previous: tuple[int, int] | None) -> tuple[str | None, str]:
    """(actor, class) of the subject of a generic verb at ``at``; class is collective | state | person | none.
    Entities in prepositional phrases, venues and "X summit" are not subjects; a leader named with a group
    ("AU leaders", "Biden and G7 leaders") makes the subject collective."""
    body = an.body
    ents = []
    for found in an.found:
        if found.start >= at:
            break
        if found.start < lo or found.in_quote:
            continue
        head = body[max(lo, found.start - 12):found.start]
        if _SUBJECT_SKIP.match(body, found.end) or re.search(_PREPOSITION, head):
            continue
        if found.kind == "demonym" and not re.match(r"\s+(?:[A-Z]|officials|government|leaders|diplomats)", body[found.end:found.end + 14]):
            continue
        if found.kind == "country" and any(f.kind == "city" and f.end + 2 == found.start for f in an.found):
            continue
        ents.append(found)
    region = body[lo:at]
    collective = None
    for match in COLLECTIVE.finditer(region):
        if not _OBJECT_VERB.search(region, max(0, match.start() - 20), match.start()):
            collective = match  # "opened the meeting", "told leaders": an object, not the subject
    if collective and any(f.kind == "person" and f.start > lo + collective.end() for f in ents):
        collective = None  # "the summit opened ..., when Erdogan agreed": the nearer person is the subject
    if collective:
        ents = [f for f in ents if f.kind != "person" or f.start > lo + collective.start() - 40]
    orgs = [f for f in ents if f.kind == "org"]
    if collective or (orgs and not any(f.kind == "person" for f in ents)):
        org = next((f.key for f in orgs if f.key not in _GOVERNMENT_COUNTRY), None)
        if orgs and not org and not collective:
            return _GOVERNMENT_COUNTRY[orgs[0].key], "state"
        return org or summit_org, "collective"
    people = list(dict.fromkeys(_normalise_actor(an, f, summit_org) for f in ents if f.kind == "person"))
    states = list(dict.fromkeys(_normalise_actor(an, f, summit_org) for f in ents if f.kind != "person"))
    if len(ents) >= 2 and re.search(r"\band\b", region) and len(set(people + states)) >= 2:
        return "+".join(sorted(k for k in set(people + states) if k)), "collective"
    if people:
        return people[0], "person"
    if states:
        return states[0], "state"
    if lo > sent_start and not _RELATIVE_BREAK.search(body, max(sent_start, lo - 8), lo):
        return _generic_subject(an, sent_start, sent_start, at, summit_org, previous)
    if previous and re.match(r"\s*(?:They|The two sides|Both sides)\b", body[lo:at]):
        return summit_org, "collective"
    return None, "none"


_SLUG_SKIP = frozenset("a an the to of for on in at by with and but while as its their his her our up off new monday tuesday wednesday "
                        "thursday friday saturday sunday today".split())


def _slug(text: str) -> str:
    """Up to three content words as a key fragment (articles, prepositions and complement verbs skipped)."""
    words = [w for w in re.findall(r"[a-z][a-z0-9\-]*", text.lower()) if w not in _SLUG_SKIP
             and w not in VERB_CLASSES]
    return "-".join(words[:3])


_NOUN_CLASSES = {"pledge": "pledge", "commitment": "commit", "promise": "pledge", "agreement": "agree",
                 "decision": "decide", "launch": "launch", "creation": "create", "establishment": "create",
                 "adoption": "adopt", "signing": "sign"}
_DET_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|our)\s+([a-z][\w-]*\s+)?$")
# "has endorsed the idea", "backed it": a restatement of an event counted where it was first described
_ANAPHORIC_OBJECT = re.compile(r"\s*(?:(?:the|this|that|these|those|such)\s+[a-z][\w-]*|it|them|this|that)\s*[,.;]?\s*$")


class _Hit:
    """A generic-frame hit with the match interface the rule code reads (group/start/end by name)."""

    __slots__ = ("groups", "spans")

    def __init__(self, groups: dict[str, str | None], spans: dict[str, tuple[int, int]]) -> None:
        """Named groups and their spans; the unnamed span is the whole hit."""
        self.groups, self.spans = groups, spans

    def group(self, name: str) -> str | None:
        """Text of a named group, or None."""
        return self.groups.get(name)

    def start(self, name: str = "") -> int:
        """Start of the hit or of a named group."""
        return self.spans[name][0]

    def end(self, name: str = "") -> int:
        """End of the hit or of a named group."""
        return self.spans[name][1]


def _generic_hits(text: str) -> list[_Hit]:
    """Verb, nominal-pledge and announcement hits of one sentence, in text order."""
    hits = []
    for match in GENERIC_VERB.finditer(text):
        verb = match.group("verb")
        det = _DET_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if det and (not det.group(1) or not (verb.split()[0].endswith("ed") or det.group(1).rstrip().endswith("s"))):
            continue  # "a pledge on gender equality", "the agreed text": a noun or adjective, not the verb
        neg = GENERIC_NEG.search(text, max(0, match.start() - 40), match.start())
        begin = neg.start() if neg else match.start()
        hits.append(_Hit({"verb": verb.lower(), "neg": neg.group() if neg else None},
                         {"": (begin, match.end()), "verb": match.span()}))
    if "pledge" in text or "commitment" in text or "promise" in text or "agreement" in text or "decision" in text:
        for match in GENERIC_NOUN.finditer(text):
            hits.append(_Hit({"noun": match.group("noun")}, {"": match.span(), "noun": match.span("noun")}))
    if " would " in text or " will " in text:
        for match in GENERIC_WOULD.finditer(text):
            hits = [h for h in hits if h.start() != match.start()]  # "announced that China would": one event
            hits.append(_Hit({"would": match.group("would"), "whom": match.group("whom")},
                             {"": match.span(), "whom": match.span("whom")}))
    if " of " in text:
        for match in GENERIC_NOMINAL.finditer(text):
            hits.append(_Hit({"noun": match.group("noun")}, {"": match.span("noun"), "noun": match.span("noun")}))
    hits.sort(key=lambda h: h.start())
    return hits


def _generic_facts(an: Analysis, masked: str, span: tuple[int, int], previous: tuple[int, int] | None,
                   summit_org: str | None, triggers: list[tuple[int, int, re.Pattern]]) -> list[Fact]:
    """Facts from the generic verb frames of one sentence (see frames.GENERIC_VERB), skipping events a
    specific frame already covered, verbs that only complement another ("agreed to set up"), and individuals'
    appeals ("X urged ...")."""
    start, end = span
    text = masked[start:end]
    matches = _generic_hits(text)
    if not matches:
        return []
    heads, last_end = [], None
    for match in matches:  # "agreed to set up": the second verb is the first one's complement, not an event
        at = start + match.start()
        clause = _clause_start(an.body, start, at)
        if last_end is None or last_end <= clause or _COMPLEMENT_GAP.search(masked, last_end, at):
            heads.append(match)
        last_end = start + match.end()
    facts, first_in_clause = [], {}
    for n, match in enumerate(heads):
        at = start + match.start()
        verb_at = start + (match.start("verb") if match.group("verb") else match.start())
        clause = _clause_start(an.body, start, verb_at)
        nxt = heads[n + 1].start() + start if n + 1 < len(heads) else end
        stop = _CLAUSE_BREAK.search(an.body, start + match.end(), nxt)
        seg_end = stop.start() if stop else nxt
        seg_start = clause if clause not in first_in_clause else verb_at
        first_in_clause.setdefault(clause, verb_at)
        covered = [t1 for t0, t1, _ in triggers if seg_start <= t0 < seg_end or t0 <= verb_at < t1]
        covered_to = max(covered) if covered else None  # a specific frame took this event; coordinated ones
        #                                               after it ("... and to open a centre") are still events
        if _PASSIVE_OR_MODAL.search(masked, max(start, at - 16), at) or _BY_AGENT.match(masked, start + match.end()):
            continue  # "was launched", "could approve", "aid pledged by": not the clause's own decision
        if match.group("would"):
            cls, neg = "announce", False
            whom = match.group("whom")
            if whom.lower() in ("it", "they"):
                actor, kind_of = _generic_subject(an, start, clause, at, summit_org, previous)
                if kind_of == "person":
                    continue
            elif whom.split()[0].lower() in ("his", "her", "its", "their"):
                actor, kind_of = _generic_subject(an, start, clause, at, summit_org, previous)
            else:
                if match.group("would").lower().startswith("said"):
                    continue
                named = [f for f in an.found if start + match.start("whom") <= f.start < start + match.end("whom")
                         and f.kind in ("country", "org", "city")]
                if not named:
                    continue
                actor, kind_of = _normalise_actor(an, named[0], summit_org), "state"
        else:
            verb = (match.group("verb") or match.group("noun") or "").lower()
            cls = _NOUN_CLASSES.get(verb) if match.group("noun") else VERB_CLASSES.get(verb)
            if cls is None:
                continue
            neg = bool(match.group("neg"))
            actor, kind_of = _generic_subject(an, start, clause, verb_at, summit_org, previous)
            if kind_of == "none" or (kind_of == "state" and cls not in STATE_CLASSES and not neg):
                continue
            if kind_of == "person" and cls not in PLEDGE_CLASSES:
                continue
        rest = masked[start + match.end():seg_end]
        if NOT_AN_OUTCOME.match(rest) or (match.group("verb") and _ANAPHORIC_OBJECT.fullmatch(rest)):
            continue
        rest_at = start + match.end()
        heads = [(rest, cls)] + [(rest[m.start(1):], cls) for m in _AND_TO.finditer(rest)]
        if covered_to is not None:  # ... unless the same specific frame also reads the coordinated phrase
            heads = [h for h in heads[1:] if rest_at + len(rest) - len(h[0]) >= covered_to
                     and not any(pattern.search(h[0]) for _, _, pattern in triggers)]
        for n_head, (phrase, verb_cls) in enumerate(heads):
            lead = _OBJECT_LEAD.match(phrase)
            body_words = phrase[lead.end():] if lead else phrase
            if n_head + 1 < len(heads) and len(heads[n_head + 1][0]) < len(phrase):
                body_words = body_words[:len(body_words) - len(heads[n_head + 1][0])]
            slug = _slug(body_words)
            if not slug:
                continue
            seg = masked[verb_at:seg_end]
            kind = ("outcome" if neg else "membership" if MEMBERSHIP_OBJECT.search(seg)
                    else "pledge" if verb_cls in PLEDGE_CLASSES else "decision")
            obj_at = start + match.end() + (len(rest) - len(phrase))
            objs = [f for f in an.found if obj_at <= f.start < seg_end and f.kind in ("country", "org")
                    and not f.in_quote and f.key != actor]
            obj = objs[0].key if objs else ""
            action = f"{'no-' if neg else ''}{verb_cls}-{slug}"
            key = f"{kind}:{actor or 'unknown'}:{action}:{obj}".rstrip(":")
            statement = _statement(an, actor, f"{'does not ' if neg else ''}{verb_cls.replace('-', ' ')}s "
                                               f"{body_words.strip()[:60]}", "")
            facts.append(Fact(key, kind, statement, start, end, an.display(actor) or actor, action,
                              an.display(obj) or obj or None))
    return facts


def _actor(an: Analysis, frame: Frame, span: tuple[int, int], trigger: tuple[int, int, int],
           summit_org: str | None, previous: tuple[int, int] | None, issuers: dict[str, str]) -> str | None:
    """The frame's actor key, by the frame's actor rule (see frames.Frame.actor)."""
    (start, end), (at, at_end, anchor) = span, trigger
    if frame.actor == "experiencer":
        return _experiencer(an, start, end, at, at_end, summit_org)
    if frame.actor == "body":
        return summit_org or _nearest_org(an, start, end, at, None)
    if frame.actor == "nearest-org":
        return _nearest_org(an, start, end, at, summit_org, at_end, issuers.get(frame.action))
    if frame.actor == "first-person":
        return _first_person(an, start, at, summit_org)
    actor, group = _subject(an, start, anchor, summit_org, previous)
    if frame.action in _MULTILATERAL_PLEDGES and group and summit_org:
        return summit_org  # canonical actor rule: a group's support pledge belongs to the summit's organisation
    return actor


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
