"""Shipped lookup tables: countries and demonyms, cities, organisations, titles, summit calendar."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry


@dataclass(frozen=True)
class Entry:
    """One gazetteer hit: what a surface form refers to."""

    kind: str  # country | demonym | city | org | title | region
    key: str  # entity key ("country:ua", "org:nato", "city:vilnius"); the title text for titles
    name: str  # display name
    extra: str = ""  # org kind (summit|body|gov), city country key, title class, "province" for a region


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # what may end a name without being its surname


def normalize(text: str) -> str:
    """Lower-case, straighten apostrophes, fold accents ("Reykjavík" finds "Reykjavik") and collapse spaces, for table
    lookups."""
    text = text.replace("’", "'").replace("‘", "'")
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
                       if not unicodedata.combining(c))
    return " ".join(text.lower().split())


_IRISH_O = re.compile(r"\b([ODdl])[’'](?=[A-Z])")  # (and "Giscard d'Estaing" -> "giscard-destaing", "de l'Estrac")


# letters NFKD does not take apart into a base letter and a mark: "Łukasz" -> "Lukasz", "Støre" -> "Store"
_UNDECOMPOSED = str.maketrans({"ı": "i", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Æ": "AE",
                               "æ": "ae", "ß": "ss", "Þ": "Th", "þ": "th", "Œ": "OE", "œ": "oe", "Ħ": "H", "ħ": "h"})


def slugify(text: str) -> str:
    """ASCII slug used in entity keys: "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy"."""
    text = _IRISH_O.sub(r"\1", text.translate(_UNDECOMPOSED))  # "Peter O'Neill" -> "peter-oneill" (but "mata-afa")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _rows(name: str) -> list[list[str]]:
    """Rows of a shipped tab-separated data file, comments skipped."""
    text = resources.files("extractors.facts").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Gazetteer:
    """All tables, indexed by normalised surface form."""

    surface: dict[str, Entry]
    titles: dict[str, str]  # normalised title -> class
    country_names: dict[str, str]  # country key -> display name
    city_country: dict[str, str]  # city key -> country key
    female_names: frozenset[str]
    male_names: frozenset[str]
    person_variants: dict[str, str]
    calendar: dict[tuple[str, int], list[dict]]  # (org slug, year) -> that year's summits, by start date
    max_tokens: int
    joined: re.Pattern | None = None  # names with a lower-case "and" ("Antigua and Barbuda"), see joined_names
    capitals: dict[str, Entry] | None = None  # country key -> its capital's city entry
    full_names: dict[str, str] | None = None  # slug of a public figure's common short form -> full name
    # person key -> (office, country key, took office, left office or None): what a leader held on a given date
    offices: dict[str, list[tuple[str, str, str, str | None]]] | None = None
    office_names: dict[str, str] | None = None  # person key of the offices table -> full name
    name_parts: dict[str, tuple[str, ...]] | None = None  # slug of a short form ("bush") -> offices-table person keys
    # a body's surface that is also a town's name ("Visegrad"): the town's entry, taken where the text uses it as a place
    places: dict[str, Entry] | None = None
    # variants the key keeps when the text spells the name no other way ("Muammar Gaddafi", not "al-Qadhafi")
    kept_spellings: frozenset[str] = frozenset()
    # country or city key -> (from, until, name then, city keys it is limited to or none): names before today's
    eras: dict[str, list[tuple[str, str, str, frozenset[str]]]] | None = None


    def lookup(self, text: str) -> Entry | None:
        """The entry for a surface form, or None."""
        return self.surface.get(normalize(text))

    def office_on(self, key: str, day: str) -> tuple[str, str] | None:
        """(office, affiliation key) the offices table says a public figure held on an ISO ``day``, or None; of two
        offices held at once, a presidency (Arafat's beside his PLO chairmanship, Gorbachev's beside his party's)."""
        held = [(office, affiliation) for office, affiliation, took, left in (self.offices or {}).get(key, ())
                if took <= day and (left is None or day < left)]
        return next((h for h in held if h[0] == "president"), held[0] if held else None)

    def name_on(self, key: str, day: str | None, today: str | None, city: str | None = None) -> str | None:
        """The name a country or city key had on an ISO ``day`` (in a ``city`` key, for a country split then):
        "West Germany" for Bonn in 1982, "Swaziland" in 2016, "Bangalore" in 1986; ``today`` without an era row."""
        for start, until, name, cities in (self.eras or {}).get(key, ()) if day else ():
            if start <= day < until and (not cities or city in cities):
                return name
        return today


def _country_entries(surface: dict[str, Entry], names: dict[str, str]) -> None:
    """Fill country names (pycountry plus the shipped alias/demonym table)."""
    table = {row[0].lower(): row for row in _rows("countries.tsv")}
    for country in pycountry.countries:
        code = country.alpha_2.lower()
        key = f"country:{code}"
        row = table.get(code)
        display = row[1] if row else getattr(country, "common_name", None) or country.name
        names[key] = display
        for alias in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if alias and "," not in alias:
                surface.setdefault(normalize(alias), Entry("country", key, display))
    for code, row in table.items():
        key, display = f"country:{code}", row[1]
        names.setdefault(key, display)
        aliases = [display] + [a for a in (row[2] if len(row) > 2 else "").split("|") if a]
        for alias in aliases:
            surface[normalize(alias)] = Entry("country", key, display)
        for demonym in (row[3] if len(row) > 3 else "").split("|"):
            if demonym and normalize(demonym) not in surface:
                surface[normalize(demonym)] = Entry("demonym", key, display)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process from the shipped data files."""
    surface: dict[str, Entry] = {}
    names: dict[str, str] = {}
    _country_entries(surface, names)
    city_country: dict[str, str] = {}
    for row in _rows("cities.tsv") + _rows("cities_geonames.tsv"):  # (the curated list first: its names win)
        key, country = f"city:{slugify(row[0])}", f"country:{row[1].lower()}"
        city_country.setdefault(key, country)
        for alias in [row[0]] + [a for a in (row[2] if len(row) > 2 else "").split("|") if a]:
            surface.setdefault(normalize(alias), Entry("city", key, row[0], country))
    places: dict[str, Entry] = {}
    for row in _rows("orgs.tsv"):
        entry = Entry("org", f"org:{row[0]}", row[1], row[2])
        for alias in [row[1]] + [a for a in (row[3] if len(row) > 3 else "").split("|") if a]:
            shadowed = surface.get(normalize(alias))
            if shadowed is not None and shadowed.kind == "city":
                places[normalize(alias)] = shadowed
            surface[normalize(alias)] = entry
    for row in _rows("regions.tsv"):  # recognised so they are not taken for names; never entities themselves
        for alias in [row[0]] + [a for a in (row[1] if len(row) > 1 else "").split("|") if a]:
            surface.setdefault(normalize(alias), Entry("region", f"region:{slugify(row[0])}", row[0],
                                                       row[2] if len(row) > 2 else ""))  # ("province")
    titles = {normalize(row[0]): row[1] for row in _rows("titles.tsv")}
    for title in titles:
        surface.setdefault(title, Entry("title", title, title, titles[title]))
    female = frozenset(row[0] for row in _rows("female_names.txt"))
    male = frozenset(row[0] for row in _rows("male_names.txt"))  # a name in both lists is either sex
    variant_rows = _rows("person_variants.tsv")
    variants = {row[0]: row[1] for row in variant_rows}
    kept = frozenset(row[0] for row in variant_rows if len(row) > 2 and row[2] == "kept")
    raw = json.loads(resources.files("extractors.facts").joinpath("data", "summits.json").read_text("utf-8"))
    calendar: dict[tuple[str, int], list[dict]] = {}
    for entry in sorted(raw["summits"], key=lambda e: e["start"]):
        calendar.setdefault((entry["org"], entry["year"]), []).append(entry)
    max_tokens = max(len(k.split()) for k in surface)
    capitals = {}
    for row in _rows("capitals.tsv"):
        key = f"city:{slugify(row[1])}"
        if key in city_country:  # (a city-state's name is its country's surface: "Singapore")
            capitals[f"country:{row[0].lower()}"] = Entry("city", key, row[1], city_country[key])
    full_names = {slugify(row[0]): row[1] for row in _rows("person_full_names.tsv")}
    offices: dict[str, list[tuple[str, str, str, str | None]]] = {}
    office_names: dict[str, str] = {}
    for row in _rows("offices.tsv"):
        key = f"person:{slugify(row[0])}"
        office_names[key] = row[0]
        affiliation = row[2] if ":" in row[2] else f"country:{row[2].lower()}"
        offices.setdefault(key, []).append((row[1], affiliation, row[3], row[4] if len(row) > 4 and row[4] else None))
    eras: dict[str, list[tuple[str, str, str, frozenset[str]]]] = {}
    for row in _rows("country_eras.tsv"):
        cities = frozenset(f"city:{slugify(c)}" for c in (row[4] if len(row) > 4 else "").split("|") if c)
        eras.setdefault(f"country:{row[0].lower()}", []).append((row[1], row[2], row[3], cities))
    for row in _rows("city_eras.tsv"):
        eras.setdefault(f"city:{slugify(row[0])}", []).append((row[1], row[2], row[3], frozenset()))
    return Gazetteer(surface, titles, names, city_country, female, male, variants, calendar, max_tokens,
                     _joined_pattern(surface), capitals, full_names, offices, office_names, _name_parts(offices), places,
                     kept, eras)


# countries whose news writes the family name first ("Xi Jinping" is "Xi", "Kim Jong Un" is "Kim")
_FAMILY_NAME_FIRST = frozenset({"country:cn", "country:tw", "country:kp", "country:kr", "country:vn", "country:kh",
                                "country:sg", "country:hk", "country:mo"})


def _name_parts(offices: dict[str, list[tuple[str, str, str, str | None]]]) -> dict[str, tuple[str, ...]]:
    """Each short form a public figure of the offices table goes by -> their keys: every shorter tail of the name
    ("bush", "hoop-scheffer", "de-hoop-scheffer"), and the family name for names written family name first."""
    parts: dict[str, set[str]] = {}
    for key, terms in offices.items():
        tokens = key.removeprefix("person:").split("-")
        tails = {"-".join(tokens[i:]) for i in range(1, len(tokens))}
        if any(affiliation in _FAMILY_NAME_FIRST for _office, affiliation, _took, _left in terms):
            tails.add(tokens[0])
        for tail in tails:
            if tail not in NAME_SUFFIXES:
                parts.setdefault(tail, set()).add(key)
    return {part: tuple(sorted(keys)) for part, keys in parts.items()}


_ACCENTED = {"a": "àáâãäå", "c": "ç", "e": "èéêë", "i": "ìíîï", "n": "ñ", "o": "òóôõö", "u": "ùúûü", "y": "ýÿ"}


def _accented(letter: str) -> str:
    """A pattern for a folded letter and its accented forms, in its own case."""
    marks = _ACCENTED.get(letter.lower())
    if not marks:
        return re.escape(letter)
    return f"[{letter}{marks.upper() if letter.isupper() else marks}]"


def _joined_pattern(surface: dict[str, Entry]) -> re.Pattern | None:
    """One pattern for the names joined by a lower-case "and", "of the", "for" or "on" ("Trinidad and Tobago",
    "Saint Vincent and the Grenadines", "Summit of the Americas", "Forum on China-Africa Cooperation"):
    capitalised-run scanning stops at these, so they are found in a pass of their own."""
    names = sorted((k for k, e in surface.items() if (" and " in k or " of the " in k or " for " in k or " on " in k)
                    and e.kind in ("country", "city", "org")), key=len, reverse=True)
    if not names:
        return None
    small = {"and", "the", "of", "for", "in", "on", "de", "du", "des", "la", "e", "y"}
    alternatives = []
    for name in names:  # (keys are folded: "sao tome and principe" must still find "São Tomé and Príncipe")
        words = [re.escape(w) if w in small else f"(?-i:{_accented(w[0].upper())}){''.join(map(_accented, w[1:]))}"
                 for w in name.split()]
        alternatives.append(r"\s+".join(words))
    return re.compile(r"(?<![\w’'])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)

