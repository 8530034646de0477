"""Public figures the text names only in part: "President Bush" at a 2004 summit is George W. Bush.

News writes a head of state by surname once the reader is assumed to know them ("President Chirac", "Schroeder"),
and a diplomatic cable may never give a first name at all. The offices table (world knowledge, like summits.json)
says who held which office on which day, so a short name is keyed by the full name of the one public figure it can
be on the summit's date. Nothing is guessed: two candidates in office that day, or a title that fits neither
("King Salman" is not Crown Prince Mohammed bin Salman), leave the name as the text wrote it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from extractors.facts.entities import ROLE_NP, Analysis, Found, Person
from extractors.facts.gazetteer import NAME_SUFFIXES, Gazetteer, normalize, slugify


def resolve_known_people(an: Analysis, day: date | None) -> None:
    """Re-key every person the body names only in part to the public figure of the offices table who held office
    on ``day`` (the summit's start, else the publication date); their mentions follow."""
    gaz = an.gazetteer
    if day is None or not gaz.name_parts:
        return
    renames = _honorifics_dropped(an, day)
    for key, person in an.persons.items():
        known = _known_as(gaz, key, person, day.isoformat())
        if known is not None and known != key:
            renames[key] = known
    if renames:
        _rekey(an, renames)
    _office_phrases(an, day.isoformat())


# An Ottoman-style honorific after a name ("Abdul Rahman Azzam Pasha", "Celal Bey"), in use until Turkey (1934) and
# Egypt (1952) abolished such titles; later the word is a surname ("Julian Aldrin Pasha", an Indonesian spokesman)
_HONORIFIC_SUFFIX = re.compile(r"-(?:pasha|bey|effendi)$")
_HONORIFICS_ABOLISHED = 1953


def _honorifics_dropped(an: Analysis, day: date) -> dict[str, str]:
    """Renames of people whose name ends in an honorific of the day (before 1953) to the name without it."""
    if day.year >= _HONORIFICS_ABOLISHED:
        return {}
    renames = {}
    for key, person in an.persons.items():
        if _HONORIFIC_SUFFIX.search(key) and len(person.tokens) >= 3:
            person.name = " ".join(person.tokens[:-1])
            renames[key] = f"person:{slugify(person.name)}"
    return renames


# "The President of the French Republic, the host, declared ...": an office named for its state (and "the French
# president", the entities' role phrase), the holder of which the body names elsewhere
_OFFICE_OF = re.compile(r"\b[Tt]he\s+(President|Prime\s+Minister|Chancellor|Premier)\s+of\s+(?:the\s+)?"
                        r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
_POTUS = re.compile(r"\bPOTUS\b")


def _office_phrases(an: Analysis, day: str) -> None:
    """A phrase naming a state's office ("The President of the French Republic") is a mention of the one person
    of the body who held that office on ``day`` by the offices table."""
    gaz = an.gazetteer
    holders = {key: held for key in an.persons if (held := gaz.office_on(key, day))}
    if not holders:
        return
    named = {(f.start, f.end) for f in an.found if f.kind == "person"}
    added = False
    for match in (*_OFFICE_OF.finditer(an.body), *ROLE_NP.finditer(an.body), *_POTUS.finditer(an.body)):
        if match.re is _POTUS:  # a White House pool report's "POTUS read a statement"
            state_key, office = "country:us", "president"
        else:
            state = gaz.lookup(match.group(2) if match.re is _OFFICE_OF else match.group(1))
            if state is None or state.kind not in ("country", "demonym"):
                continue
            state_key, office = state.key, (match.group(1) if match.re is _OFFICE_OF else match.group(2)).lower()
        if (match.start(), match.end()) in named:
            continue
        fits = [key for key, (held, affiliation) in holders.items() if affiliation == state_key and _fits(office, held)]
        if len(fits) == 1:
            an.found.append(Found(match.start(), match.end(), fits[0], "person", an.in_quote(match.start())))
            an.surfaces.setdefault(fits[0], set()).add(match.group())
            added = True
    if added:
        an.found.sort(key=lambda f: f.start)
        an.memo.clear()


def _known_as(gaz: Gazetteer, key: str, person: Person, day: str) -> str | None:
    """The offices-table key a person's short name stands for on ``day``, or None."""
    offices = gaz.offices or {}
    if key in offices:
        return None
    slug = key.removeprefix("person:")
    tokens = [t for t in slug.split("-") if t not in NAME_SUFFIXES] or slug.split("-")
    # the text's name is a tail of a known full name ("Bush", "de Hoop Scheffer"), or a longer one that holds a known
    # name within it ("Haji Hassanal Bolkiah Mu'izzaddin Waddaulah", "Rodrigo Roa Duterte")
    candidates = set((gaz.name_parts or {}).get("-".join(tokens), ())) or set(_held_within(gaz, person.name.split()))
    held = {c: office[0] for c in sorted(candidates) if (office := gaz.office_on(c, day))}
    in_office = list(held)
    if person.role and gaz.titles.get(normalize(person.role)) not in ("honorific", "rank"):  # ("Sheikh" is no office)
        in_office = [c for c in in_office if _fits(person.role, held[c])]
    return in_office[0] if len(in_office) == 1 else None


def _held_within(gaz: Gazetteer, tokens: list[str]) -> list[str]:
    """Offices-table keys of the longest known name inside a longer one: forms of address around it, or a middle name
    between its first and last words. A name with a suffix ("Gabriel Boric Jr.") is its own."""
    offices = gaz.offices or {}
    if len(tokens) < 3 or any(t.lower().rstrip(".") in NAME_SUFFIXES for t in tokens):
        return []
    for size in range(len(tokens) - 1, 1, -1):
        held = [key for start in range(len(tokens) - size + 1)
                if (key := f"person:{slugify(' '.join(tokens[start:start + size]))}") in offices]
        if held:
            return held
    first_last = f"person:{slugify(tokens[0] + ' ' + tokens[-1])}"
    return [first_last] if first_last in offices else []


def _fits(role: str, office: str) -> bool:
    """Whether the text's title fits the office held ("President" ~ "president", "Chancellor Schroeder")."""
    role, office = role.lower().replace("-", " "), office.lower().replace("-", " ")
    if role in _HEAD_OFFICES:  # "the head of state" is the president, king or emir of the table
        return office in _HEAD_OFFICES[role]
    return role == office or role.endswith(" " + office) or office.endswith(" " + role)


_HEAD_OFFICES = {"head of state": frozenset({"president", "king", "queen", "emir", "amir", "sultan", "emperor"}),
                 "head of government": frozenset({"prime minister", "premier", "chancellor"})}


def _rekey(an: Analysis, renames: dict[str, str]) -> None:
    names = an.gazetteer.office_names or {}
    for old, new in renames.items():
        person = an.persons.pop(old)
        kept = an.persons.get(new)
        if kept is None:
            person.key, person.name = new, names.get(new, person.name)
            person.tokens = person.name.split()
            an.persons[new] = person
        else:  # the same figure named in full elsewhere in the body
            kept.surfaces |= person.surfaces
            kept.first_offset = min(kept.first_offset, person.first_offset)
            if kept.role is None:
                kept.role, kept.affiliation_key = person.role, person.affiliation_key
        an.names.pop(old, None)
        an.names[new] = an.persons[new].name
        an.surfaces.setdefault(new, set()).update(an.surfaces.pop(old, set()))
    an.found = [replace(f, key=renames[f.key]) if f.key in renames else f for f in an.found]
    an.memo.clear()  # per-body results computed before the re-keying name the old keys
