"""Who acts in a fact: clause subjects, issuers of instruments, reacting speakers, and what a reaction is about.

Entity mentions become actor keys here: governments and capitals stand for their country, people for the body
they represent (see ``normalise_actor``).
"""

from __future__ import annotations

import re

from extractors.facts.entities import NAMES_INSTRUMENT, PRONOUN, Analysis, Found, resolve_pronoun
from extractors.facts.frames import COLLECTIVE
from extractors.facts.gazetteer import normalize
from extractors.facts.speakers import it_is_instrument

# Governments stand for their country when they act ("the Kremlin said" -> Russia).
GOVERNMENT_COUNTRY = {"org:kremlin": "country:ru", "org:white-house": "country:us", "org:pentagon": "country:us",
                      "org:state-department": "country:us", "org:downing-street": "country:gb",
                      "org:elysee": "country:fr", "org:national-security-council": "country:us",
                      "org:dfat": "country:au", "org:quai-dorsay": "country:fr", "org:global-affairs-canada": "country:ca",
                      "org:cheong-wa-dae": "country:kr", "org:kantei": "country:jp", "org:south-block": "country:in",
                      "org:itamaraty": "country:br", "org:casa-rosada": "country:ar", "org:farnesina": "country:it",
                      "org:auswaertiges-amt": "country:de", "org:malacanang": "country:ph"}
# A subject naming several states or a group noun ("Biden and G7 leaders", "the United States and its allies").
_GROUP_WORDS = re.compile(r"\b(?:allies|leaders|members|partners|nations|countries|governments|sides)\b|"
                          r"\band\s+(?:its|their|other)\b", re.I)
_COALITION_HEAD = re.compile(r"\band\s+(?:\w+\s+){0,2}$")
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|but|whereas|even as|although|which|who|as|saying|adding)\b|"
                          r"\b(?:while|whereas|although)\b")
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)$")
SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|argued|insisted)\b")
_BEFORE_STATE = re.compile(r"(?:’s|'s)?\s+(?:\w+\s+){0,2}?(?:was|were|is|are|has been|had been|seemed|appeared)\s+"
                           r"(?:\w+\s+)?$")
_PLURAL_PRONOUN = re.compile(r"\s*(?:They|The two sides|Both sides)\b")
# a second verb phrase of the same subject ("... the change and accused China"): its object is its own
_COORDINATED_VERB = re.compile(r"\s+and\s+(?:also\s+|then\s+)?(?:[a-z]+ed|accus\w+|call\w+|urg\w+)\s")
_OBJECT_VERB = re.compile(r"(?<!\b[Tt]he )(?<!\d )\b(?:[a-z]+ed|told|tells|addressed|attends|hosts|opens|chairs)\s+$")
# (but "The 34 elected leaders": a participle describing the subject)
_RELATIVE_BREAK = re.compile(r"\b(?:which|who|that)\s*$", re.I)
AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+)?$")
# A demonym acts for its country before a name or an official body ("Philippine foreign ministry said").
_DEMONYM_ACTOR = re.compile(r"\s+(?:[A-Z]|officials?\b|government\b|leaders\b|diplomats?\b|authorities\b|"
                            r"(?:[a-z]+\s+)?ministry\b|delegation\b|delegates?\b|negotiators?\b|envoys?\b|"
                            r"embassy\b)")  # ("a Palestinian delegate", "a Gambian justice ministry official")


def normalise_actor(an: Analysis, found: Found, summit_org: str | None) -> str | None:
    """Actor key: governments and capitals stand for their country, people for their affiliation's country."""
    if found.kind == "city":
        return an.gazetteer.city_country.get(found.key)
    if found.kind == "person":
        person = an.persons.get(found.key)
        affiliation = person.affiliation_key if person else None
        if affiliation and affiliation.startswith(("country:", "org:")):
            return GOVERNMENT_COUNTRY.get(affiliation, affiliation)
        return summit_org
    return GOVERNMENT_COUNTRY.get(found.key, found.key)


def clause_start(body: str, start: int, at: int) -> int:
    """Start of the clause holding ``at``: after the last ';' or subordinating break in the sentence."""
    breaks = [m for m in CLAUSE_BREAK.finditer(body, start, at)]
    while breaks and _RELATIVE_OPEN.match(breaks[-1].group()) and "," in body[breaks[-1].end():at]:
        breaks.pop()  # "X, who hosted the summit, opened ...": the relative clause closed; X is the subject
    return breaks[-1].end() if breaks else start


def subject(an: Analysis, start: int, at: int, summit_org: str | None, previous=None) -> tuple[str | None, bool]:
    """(acting body, whether it is a group): the nearest organisation, country or person before ``at`` that is
    not a venue, a "NATO Summit" or a prepositional object; "They ..." borrows an earlier sentence's subject."""
    body = an.body
    if _text_is_subject(an, start, at, summit_org):
        return summit_org, True  # "It condemns the attacks, and it commits the G20 to ...": the text acts
    clause = clause_start(body, start, at)
    for lo in dict.fromkeys((clause, start)):  # the clause first; a participle borrows the sentence's subject
        for found in reversed(an.found):
            if found.start >= at or found.in_quote:
                continue
            if found.start < lo:
                break
            if an.in_dateline(found.start):
                continue  # the wire dateline's place ("JEDDAH, Saudi Arabia —") never acts
            tail, head = body[found.end:found.end + 10], body[max(lo, found.start - 12):found.start]
            if NAMES_INSTRUMENT.match(body, found.end) or re.search(PREPOSITION, head):
                continue
            if _POSSESSED_BEFORE.search(body, max(lo, found.start - 20), found.start):
                continue  # "made his first Commonwealth outing count": a modifier of his noun, not the subject
            if found.kind == "country" and any(f.kind == "city" and f.end + 2 == found.start for f in an.found):
                continue  # "Vilnius, Lithuania" is a venue, not an actor
            if found.kind == "demonym" and not _DEMONYM_ACTOR.match(body, found.end):
                continue
            if _names_event(found, head):
                continue
            group = bool(_GROUP_WORDS.search(body, found.start, at)
                         or _COALITION_HEAD.search(body[max(lo, found.start - 30):found.start])
                         or found.kind == "org")
            return normalise_actor(an, found, summit_org), group
        if _PLURAL_PRONOUN.match(body, lo, lo + 14) and previous:
            key, _ = subject(an, previous[0], previous[1], summit_org)
            return key, True
    return summit_org, bool(_GROUP_WORDS.search(body, start, at))


_IT_RIGHT_BEFORE = re.compile(r"\b[Ii]t\s+(?:also\s+|further\s+)?$")


def _text_is_subject(an: Analysis, lo: int, at: int, summit_org: str | None) -> bool:
    """Whether "it" right before the verb at ``at`` is the summit's text ("It condemns ..., and it commits ...")."""
    it = _IT_RIGHT_BEFORE.search(an.body, max(lo, at - 12), at)
    return bool(it and summit_org and it_is_instrument(an, it.start()))


def _names_event(found: Found, head: str) -> bool:
    """Whether a city mention after "the" names an event ("condemns the Paris attacks"), so it does not act."""
    return found.kind == "city" and head.endswith("the ")
_POSSESSED_BEFORE = re.compile(r"\b(?:his|her|their|my|our)\s+(?:[a-z][\w-]*\s+)?$")
PREPOSITION = re.compile(r"\b(?:in|at|on|to|for|against|with|of|from|by|over|into|between|across|among|within|throughout)\s+(?:the\s+)?$")


def nearest_org(an: Analysis, start: int, end: int, at: int, summit_org: str | None, at_end: int | None = None,
                issued: str | None = None) -> str | None:
    """The organisation issuing an instrument: named in its own phrase ("G7 framework", "declaration issued by
    the G7"), else the issuer of the same instrument earlier in the article ("The joint declaration ..."),
    else the summit's organisation."""
    lo, hi = (max(start, at - 25), min(end, at_end + 40)) if at_end is not None else (start, end)
    orgs = [f for f in an.found if lo <= f.start < hi and f.kind == "org" and not f.in_quote
            and not re.match(r"(?:’s|'s)?\s+[Ss]ummit", an.body[f.end:f.end + 10])]
    return min(orgs, key=lambda f: abs(f.start - at)).key if orgs else issued or summit_org


def first_person(an: Analysis, start: int, at: int, summit_org: str | None) -> str | None:
    """The first person before the trigger (the speaker/reactor), else the subject; an earlier quotation of the
    sentence closes what it says ("X said ... "…", remarks that Israel rejected")."""
    closes = [close + 1 for opening, close in an.quote_spans if start <= close < at]
    lo = closes[-1] if closes else start
    people = an.persons_in(lo, at)
    if people:
        head = [f for f in an.found if lo <= f.start < people[0].start and not f.in_quote
                and f.kind in ("country", "org") and not an.in_dateline(f.start)]
        if head and SPEECH_BEFORE.search(an.body, head[0].end, people[0].start) and not re.search(
                PREPOSITION, an.body[max(lo, head[0].start - 12):head[0].start]):
            return head[0].key  # "Ukraine's foreign ministry said Guterres had ...": the ministry reacts
        return people[0].key
    if lo > start:
        key = subject(an, lo, at, None)[0]
        if key:
            return key
    people = an.persons_in(start, at)
    if people:
        return people[0].key
    key = subject(an, start, at, summit_org)[0]
    if key is None or key == summit_org:
        # '"...," he said, calling the result ...', "He called his talks ...": he/she stands for a person
        pronoun = next((m for m in PRONOUN.finditer(an.body, start, at) if not an.in_quote(m.start())), None)
        person = resolve_pronoun(an, pronoun.start(), pronoun.group(1)) if pronoun else None
        key = person or key
    return key


def experiencer(an: Analysis, start: int, end: int, at: int, at_end: int, summit_org: str | None) -> str | None:
    """The person a reaction belongs to: the subject of "X was satisfied", the body after 'by'/'from', else the
    nearest person or he/she."""
    before = [f for f in an.found if start <= f.start < at and not f.in_quote and f.kind != "demonym"]
    if before and _BEFORE_STATE.fullmatch(an.body, before[-1].end, at):
        return normalise_actor(an, before[-1], summit_org)
    source = re.match(r"\s+(?:\w+\s+){0,2}(?:by|from)\s", an.body[at_end:at_end + 30])
    if source:
        named = [f for f in an.found if at_end + source.end() <= f.start < at_end + source.end() + 20 and not f.in_quote]
        if named:
            return normalise_actor(an, named[0], summit_org) if named[0].kind != "person" else named[0].key
    people = [(f.start, f.key) for f in an.persons_in(start, end)]
    for match in PRONOUN.finditer(an.body, start, end):
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
    return subject(an, start, at, summit_org)[0]


def office_affiliation(an: Analysis, key: str | None) -> str | None:
    """The country or body the offices table says a person served on the summit's day (``an.day``), or None."""
    held = an.gazetteer.office_on(key, an.day.isoformat()) if key and an.day else None
    return held[1] if held else None


def _titled(an: Analysis, role: str) -> bool:
    """Whether a role names an office of the titles table ("foreign minister", "spokesman for X"), not a vox pop's
    occupation ("exports lemons")."""
    words = normalize(role).split()
    return any(" ".join(words[i:i + n]) in an.gazetteer.titles for n in (1, 2, 3) for i in range(len(words)))


def represented(an: Analysis, key: str | None, previous: tuple[int, int] | None) -> str | None:
    """Who a reacting person speaks for: their government or organisation; an official named without one
    elaborates on the government that opens the paragraph's previous sentence ("Russia condemned ... X said")."""
    person = an.persons.get(key) if key and key.startswith("person:") else None
    affiliation = person.affiliation_key if person else None
    if person and not affiliation and person.role and previous and _titled(an, person.role):
        opener = next((f for f in an.found if f.start == previous[0]), None)
        if opener and opener.kind in ("country", "city", "org"):
            # (but "President Zelenskyy, by video link, told the leaders" after a sentence on Syria: the office
            # he held that day says whose he is)
            affiliation = office_affiliation(an, key) or normalise_actor(an, opener, None)
    if affiliation and affiliation.startswith(("country:", "org:")):
        return GOVERNMENT_COUNTRY.get(affiliation, affiliation)
    return GOVERNMENT_COUNTRY.get(key, key) if key else key


def reaction_object(an: Analysis, at_end: int, end: int, actor: str | None, summit_org: str | None) -> str:
    """The entity a reaction is about: the first organisation or country after the trigger in its clause."""
    stop = CLAUSE_BREAK.search(an.body, at_end, end)
    limit = stop.start() if stop else end
    coordinated = _COORDINATED_VERB.search(an.body, at_end, limit)
    limit = coordinated.start() if coordinated else limit  # "regrets the change and accused China of ...": two
    for found in an.found:
        if at_end <= found.start < limit and found.kind in ("org", "country", "city") and not found.in_quote:
            key = normalise_actor(an, found, summit_org)
            if key and key != actor:
                return key
    return summit_org or ""


_AND_TITLED = re.compile(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,3}")  # "NATO and President |Hamid Karzai"


# "The first is an energy treaty ...; the second is a decision to ...": the meeting's outcomes counted off
LISTED_OUTCOME = re.compile(r"\s*(?:The|the)\s+(?:first|second|third|fourth|other|main|biggest|last)\s+"
                             r"(?:one\s+|thing\s+|outcome\s+|result\s+)?(?:is|was)\s+")


def generic_subject(an: Analysis, sent_start: int, lo: int, at: int, summit_org: str | None,
                    previous: tuple[int, int] | None) -> tuple[str | None, str]:
    """(actor, class) of the subject of a generic verb at ``at``; class is collective | state | person | none.
    Entities in prepositional phrases, venues and "X summit" are not subjects; a leader named with a group
    ("AU leaders", "Biden and G7 leaders") makes the subject collective."""
    body = an.body
    if _text_is_subject(an, lo, at, summit_org):
        return summit_org, "collective"  # "..., and it commits the G20 to ...": the text acts
    if AND_BEFORE.search(body, max(lo, at - 14), at):
        speech = SPEECH_BEFORE.search(body, lo, at)
        if speech:  # "X said NATO was ... and urged the alliance to": the coordinated verb is X's
            at = speech.start()
    ents = []
    for found in an.found:
        if found.start >= at:
            break
        if found.start < lo or found.in_quote or an.in_dateline(found.start):
            continue
        head = body[max(lo, found.start - 12):found.start]
        if NAMES_INSTRUMENT.match(body, found.end) or re.search(PREPOSITION, head):
            continue
        if found.kind == "demonym" and not _DEMONYM_ACTOR.match(body, found.end):
            continue
        if found.kind == "country" and any(f.kind == "city" and f.end + 2 == found.start for f in an.found):
            continue
        if _names_event(found, head):
            continue
        ents.append(found)
    region = body[lo:at]
    speeches = list(SPEECH_BEFORE.finditer(body, lo, at))
    speech = speeches[-1] if speeches else None
    if speech is not None and any(f.start >= speech.end() for f in ents):
        # "X said Slovakia would not take part": the reported clause has its own subject
        ents = [f for f in ents if f.start >= speech.end()]
        region = body[speech.end():at]
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
        org = next((f.key for f in orgs if f.key not in GOVERNMENT_COUNTRY), None)
        if orgs and not org and not collective:
            return GOVERNMENT_COUNTRY[orgs[0].key], "state"
        return org or summit_org, "collective"
    people = list(dict.fromkeys(normalise_actor(an, f, summit_org) for f in ents if f.kind == "person"))
    states = list(dict.fromkeys(normalise_actor(an, f, summit_org) for f in ents if f.kind != "person"))
    if len(ents) >= 2 and re.search(r"\band\b", region) and len(set(people + states)) >= 2:
        return "+".join(sorted(k for k in set(people + states) if k)), "collective"
    joined = [o for o in orgs for p in ents if p.kind == "person" and _AND_TITLED.fullmatch(body, o.end, p.start)]
    if joined:
        return joined[0].key, "collective"  # "NATO and President X also signed ...": the body and its partner
    if people:
        return people[0], "person"
    if states:
        return states[0], "state"
    if lo > sent_start and not _RELATIVE_BREAK.search(body, max(sent_start, lo - 8), lo):
        return generic_subject(an, sent_start, sent_start, at, summit_org, previous)
    if previous and re.match(r"\s*(?:They|The two sides|Both sides)\b", body[lo:at]):
        return summit_org, "collective"
    it = re.match(r"\s*It\b", body[lo:at])
    if it and summit_org and it_is_instrument(an, lo + it.end() - 2):
        return summit_org, "collective"  # "The declaration condemned .... It also called for ...": the text acts
    if summit_org and LISTED_OUTCOME.fullmatch(body, lo, at):
        return summit_org, "collective"  # "Two big things. ... The second is a decision to create a bank": the meeting's
    pronoun = re.match(r"\s*(He|She)\b", body[lo:at])
    person = resolve_pronoun(an, lo + pronoun.start(1), pronoun.group(1)) if pronoun else None
    if person:  # "Mr Xi was generous. He pledged $500m ...": the person the pronoun stands for
        return normalise_actor(an, Found(lo + pronoun.start(1), lo + pronoun.end(1), person, "person", False),
                               summit_org), "person"
    return None, "none"
