"""Speaker mechanisms shared by the quotation rules: pronoun subjects of a cue, "his government", instruments that
speak ("the document adds", "It says" after "The statement ..."), and asides that hold no subject."""

from __future__ import annotations

import re

from extractors.facts.entities import Analysis, resolve_it, resolve_pronoun

# "a financial architecture he described as": the pronoun right before the cue is its subject
_PRONOUN_SUBJECT = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:(?:also|later|then|had|has|once|repeatedly)\s+)?$")
# "His government said", "her foreign ministry said": the person's country speaks
_POSSESSED_BODY = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:own\s+)?(?:government|administration|(?:foreign\s+)?ministry|"
                             r"office|cabinet|spokes(?:man|woman|person)|camp|party|delegation)\b")
# "the document adds", "the final communique said", "Their joint statement": the instrument itself speaks
INSTRUMENT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Tt]his year[’']s|[Tt]he summit[’']s)\s+"
                        r"(?:(?:final|joint|closing|leaders[’']?|summit|draft|compromise|\d+-\w+|[\w-]+-page|"
                        # "The Tianjin Declaration", "the Bali Leaders' Declaration": a named text
                        r"[A-Z][\w’'-]*(?=\s+(?:[A-Z][\w’'-]*\s+)?(?:Communiqu|Declaration|Statement)))\s+){0,3}"
                        r"(?:communiqu[eé]|declaration|statement|document|text|resolution|conclusions|Conclusions|Communiqu[eé]|Declaration|"
                        r"Statement|final\s+wording)\b")  # ("the final wording ... stresses the "sovereign rights"")
STARTS_WITH_INSTRUMENT = re.compile(r"\s*(?:[A-Z][\w’']*\s+){0,2}?" + INSTRUMENT.pattern[2:])
# ", represented by ... ,", ", who met X ,", ", rather than X ,": an aside between a subject and its verb
_ASIDE = re.compile(r",\s+(?:represented|accompanied|flanked|joined|backed|supported|led|followed|rather|chaired|headed|"
                    r"along|together|like|unlike|including|who|whose|which|whom|after|before|despite|as|with|"
                    r"speaking|meeting|standing|alongside|instead)\b[^,;“”\"]*,")


def cue_pronoun(an: Analysis, lo: int, cue_at: int) -> str | None:
    """Person for a he/she that stands right before the cue at ``cue_at`` (and after ``lo``)."""
    match = _PRONOUN_SUBJECT.search(an.body, max(lo, cue_at - 30), cue_at)
    if match and not an.in_quote(match.start()):
        return resolve_pronoun(an, match.start(), match.group(1))
    return None


# "Its foreign ministry said", "their government said": the state or body "it"/"they" refers to speaks
_ITS_BODY = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:own\s+)?(?:government|administration|(?:foreign\s+)?ministry|"
                       r"foreign\s+office|cabinet|spokes(?:man|woman|person)|delegation|presidency)\b")
# "The Foreign Office in Islamabad said": a government office placed in a city speaks for the city's country
_OFFICE_IN = re.compile(r"\b(?:[Ff]oreign\s+[Oo]ffice|[Ff]oreign\s+[Mm]inistry|[Mm]inistry\s+of\s+[Ff]oreign\s+[Aa]ffairs|"
                        r"[Gg]overnment|[Pp]residency|[Pp]residential\s+[Pp]alace)(?:\s+spokes(?:man|woman|person))?\s+in\s+$")
# ("A Foreign Ministry spokesman in Jerusalem said": the spokesman's office in the city, too)


def _offices_in_cities(an: Analysis) -> list[tuple[int, str]]:
    """(offset, country key) of every "Foreign Office in <city>" of the body, found once per analysis."""
    cached = an.memo.get("offices_in_cities")
    if cached is None:
        cached = []
        for found in an.found:
            if found.kind == "city" and not found.in_quote:
                office = _OFFICE_IN.search(an.body, max(0, found.start - 40), found.start)
                country = an.gazetteer.city_country.get(found.key)
                if office and country:
                    cached.append((office.start(), country))
        an.memo["offices_in_cities"] = cached
    return cached


def possessed_bodies(an: Analysis, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, key) for "his/her government" in [start, end): the country or body of the person meant; for "its
    foreign ministry", the state "it" is; for "the Foreign Office in <city>", the city's country."""
    out = []
    for match in _ITS_BODY.finditer(an.body, start, end):
        if not an.in_quote(match.start()):
            key = resolve_it(an, match.start())
            if key:
                out.append((match.start(), key))
    for at, country in _offices_in_cities(an):
        if start <= at < end:
            out.append((at, country))
    for match in _POSSESSED_BODY.finditer(an.body, start, end):
        if an.in_quote(match.start()):
            continue
        pronoun = "she" if match.group(1).lower() == "her" else "he"
        person = an.persons.get(resolve_pronoun(an, match.start(), pronoun) or "")
        if person and person.affiliation_key:
            out.append((match.start(), person.affiliation_key))
    return out


def instrument_in(an: Analysis, start: int, end: int) -> bool:
    """Whether [start, end) names a summit text outside quotations ("the communique", "the document")."""
    return any(not an.in_quote(m.start()) for m in INSTRUMENT.finditer(an.body, start, end))


_ADOPTS_TEXT = re.compile(r"\b(?:adopted|issued|agreed|signed|released|published|approved|endorsed|produced)\s+"
                         r"(?:a|an|the|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:declaration|communiqu[eé]|statement|"
                         r"document|charter)\b", re.I)


# "The first, a separate statement on terrorism, ...": a text named in an appositive
_APPOSED_TEXT = re.compile(r"\s*The\s+(?:first|second|third|other|latter|former|one)\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                           r"(?:statement|declaration|communiqu[eé]|text)\b")


def it_is_instrument(an: Analysis, offset: int) -> bool:
    """Whether "It" at ``offset`` continues a text: the sentence before opens with "The statement ..."."""
    index = an.sentences.index_at(offset)
    start = an.sentences.spans[index][0]
    if offset - start > 2 and re.match(r"\s*It\b", an.body[start:start + 4]) and \
            re.search(r",\s+and\s+$", an.body[start:offset]):
        return it_is_instrument(an, start)  # "It condemns ..., and it commits ...": the same text goes on
    if offset - start > 2 or index == 0:
        return False
    for back in range(index - 1, max(-1, index - 4), -1):  # "The statement ... It says ... It also calls for"
        prev = an.sentences.spans[back]
        if STARTS_WITH_INSTRUMENT.match(an.body, prev[0], prev[1]) or _APPOSED_TEXT.match(an.body, prev[0], prev[1]):
            return True
        if back == index - 1 and _ADOPTS_TEXT.search(an.body, prev[0], prev[1]):
            return True  # "... the leaders adopted a summit declaration on Wednesday. It restates ..."
        if not re.match(r"\s*It\b", an.body[prev[0]:prev[0] + 4]):
            return False
    return False


_DEFINITE_SUBJECT = re.compile(r"\s*[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*")


def outside_asides(an: Analysis, cands: list[tuple[int, str]], lo: int, hi: int) -> list[tuple[int, str]]:
    """Candidates in [lo, hi) that are not inside an aside after an earlier candidate ("India, represented by an
    official rather than Prime Minister X, said")."""
    if len(cands) < 2:
        return cands
    asides = [m.span() for m in _ASIDE.finditer(an.body, lo, hi)]
    if not asides:
        return cands
    # "The troika, chaired by Zambia's President X, said": a subject with no name of its own before the aside
    unnamed = {(a, b) for a, b in asides if _DEFINITE_SUBJECT.fullmatch(an.body, lo, a)}
    kept = [c for c in cands if not any(a < c[0] < b and ((a, b) in unnamed or any(o[0] < a for o in cands))
                                        for a, b in asides)]
    if unnamed:  # (and "said it noted ...": the "it" is that subject again, not a state the aside named)
        kept = [c for c in kept if c[0] < min(a for a, _ in unnamed)]
    return kept if kept or unnamed else cands


# "At a breakfast with Mr X on Wednesday, Mr Y said": a phrase fronted before the subject, closed by a comma
_FRONTED_PHRASE = re.compile(r"\s*(?:At|In|On|During|After|Before|With|Following|Ahead\s+of|Alongside|Over|Unlike|"
                             r"Like|Speaking|Meeting|Standing|Asked|Answering)\b[^,;“”\"]*,\s+")


# "On Friday Donald Trump, America's president, told ...": a fronted day without a comma ends at the day
_FRONTED_DAY = re.compile(r"\s*(?:On|Late\s+on|Early\s+on|By)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?=[A-Z])")


# what may follow a fronted phrase's place before the subject: its country ("in Malabo, Equatorial Guinea,"), its day
_FRONTED_TAIL = re.compile(r"(?:([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),\s+")


def outside_fronted(an: Analysis, cands: list[tuple[int, str]], lo: int, hi: int) -> list[tuple[int, str]]:
    """Candidates in [lo, hi) after a fronted phrase the clause opens with, when any stand there: the people of
    "At a breakfast with Mr X," are not the subject that follows."""
    match = _FRONTED_DAY.match(an.body, lo) or _FRONTED_PHRASE.match(an.body, lo)
    if not match or match.end() >= hi:
        return cands
    end = match.end()
    while tail := _FRONTED_TAIL.match(an.body, end, hi):  # "At the close of its summit in Malabo, |Equatorial
        entry = an.gazetteer.lookup(tail.group(1)) if tail.group(1) else None  # Guinea, on Friday, |the Assembly"
        if tail.group(1) and (entry is None or entry.kind not in ("country", "region")):
            break
        end = tail.end()
    after = [c for c in cands if c[0] >= end]
    # (a phrase closed by its place's country or its day is surely fronted: nobody named in it speaks)
    return after if after or end > match.end() else cands


# "NDONG OBAME: Kwadwo, the decision says ...": a name that opens the turn and is set off by a comma before a clause
# with its own subject is the person spoken to (but "Obama, the host, said": an appositive closes with a comma)
_VOCATIVE = re.compile(r"\s*(?:[A-Z][A-Z’' .-]+:\s+)?([A-Z][\w’'-]+),\s+(?:the|a|an|it|this|that|we|they|I|our|their|"
                       r"there|so|well|yes|no)\b")


def outside_vocative(an: Analysis, cands: list[tuple[int, str]], lo: int, hi: int) -> list[tuple[int, str]]:
    """Candidates in [lo, hi) less a person addressed by name at the clause's start."""
    match = _VOCATIVE.match(an.body, lo, hi)
    if not match or "," in an.body[match.end():hi]:
        return cands
    return [c for c in cands if not (c[0] == match.start(1) and c[1].startswith("person:"))]
