"""Participants (person, role, affiliation) and the public entity/mention records."""

from __future__ import annotations

from collections import Counter
from datetime import date

from extractors.facts.entities import Analysis
from extractors.facts.gazetteer import slugify
from extractors.models import EntityRef, Mention, Participant

_KINDS = {"person": "person", "org": "organization", "country": "country", "demonym": "country", "city": "place"}


def _is_author(name: str, authors: tuple[str, ...]) -> bool:
    """Whether a person name is one of the bylines (full name or surname match)."""
    slug = slugify(name)
    for author in authors:
        other = slugify(author)
        if other and (other == slug or other.split("-")[-1] == slug.split("-")[-1] and "-" not in slug):
            return True
    return False


def _office_of_their_country(an: Analysis, key: str, on: date) -> tuple[str, str] | None:
    """The (office, affiliation) the offices table says a person held ``on`` that day, when the text names them as
    "<name> of <country>" or "<country>'s <name>" for that country; else None."""
    held = an.gazetteer.office_on(key, on.isoformat())
    if held is None:
        return None
    countries = [f for f in an.found if f.kind in ("country", "demonym") and f.key == held[1]]
    for found in an.found:
        if found.key != key or found.in_quote:
            continue
        if an.body.startswith(" of ", found.end) and any(f.start == found.end + 4 for f in countries):
            return held
        if any(an.body[f.end:found.start] in ("’s ", "'s ") for f in countries):
            return held  # "Paraguay's Mario Abdo Benitez and Uruguay's Tabare Vazquez"
    return None


_GENERIC_OFFICES = frozenset({"head of state", "head of government"})


def extract_participants(an: Analysis, authors: tuple[str, ...] = (), on: date | None = None,
                         speakers: frozenset[str] = frozenset()) -> list[Participant]:
    """People named with a title or appositive role outside quotations, bylines excluded; a public figure named with
    no role takes the office the gazetteer says they held ``on`` the summit's date ("Barack Obama is testy") when the
    report comes back to them or quotes them (``speakers``: the quotations' speaker keys)."""
    out = []
    named = Counter(f.key for f in an.found if f.kind == "person")
    listed = an.memo.get("listed_under_office", set())
    for person in sorted(an.persons.values(), key=lambda p: p.first_offset):
        role, affiliation_key = person.role, person.affiliation_key
        if role in _GENERIC_OFFICES and on is not None and any(
                f.key == person.key and f.start in listed for f in an.found):
            # "All six heads of state: A of Argentina; B of Brazil": the office the table says each held, if it knows
            role, affiliation_key = an.gazetteer.office_on(person.key, on.isoformat()) or (role, affiliation_key)
        held = _office_of_their_country(an, person.key, on) if not role and on is not None else None
        if held:  # "joined by X of Chile, Y of Mexico and Z of Peru": named once, with the state the table says they led
            role, affiliation_key = held
        if not role and on is not None and (named[person.key] >= 2 or person.key in speakers):
            # (a leader named once in passing is no participant: only one the report comes back to, or quotes)
            role, affiliation_key = an.gazetteer.office_on(person.key, on.isoformat()) or (None, None)
        if not role or _is_author(person.name, authors):
            continue
        affiliation = an.display(affiliation_key) or an.gazetteer.country_names.get(affiliation_key or "")
        out.append(Participant(person.key, person.name, role, affiliation))
    return out


def entity_refs(an: Analysis) -> tuple[EntityRef, ...]:
    """One EntityRef per resolved key, with every surface form seen as aliases."""
    kinds: dict[str, str] = {}
    for found in an.found:
        kinds.setdefault(found.key, _KINDS[found.kind])
    refs = []
    for key, kind in kinds.items():
        name = an.names.get(key, key)
        aliases = tuple(sorted(s for s in an.surfaces.get(key, ()) if s != name))
        refs.append(EntityRef(key=key, kind=kind, name=name, aliases=aliases))
    return tuple(refs)


def mentions(an: Analysis) -> tuple[Mention, ...]:
    """Every mention, in body order; ``body[start:end]`` is the surface form."""
    return tuple(Mention(f.key, f.start, f.end) for f in an.found)
