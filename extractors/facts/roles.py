"""Role wordings around a name: capitalised modifiers of a title ("International Trade Minister"), a nationality
inside a role ("the veteran Kenyan opposition leader"), a status before the employer ("the outgoing commission
chairperson"), roles given by a predicate ("X was elected deputy chairperson", "X, who chairs the bloc") and
names that are a title plus one name ("Pope Francis")."""

from __future__ import annotations

import re

from extractors.facts.gazetteer import Gazetteer, normalize

STATUS_WORDS = frozenset({"former", "outgoing", "acting", "interim", "incoming", "deputy", "vice", "caretaker",
                          "designate", "then", "ex"})
_EMPLOYER_WORDS = frozenset({"commission", "council", "ministry", "department", "office", "government", "bank",
                             "agency", "party", "union", "committee", "assembly", "secretariat", "bloc", "alliance"})
# nouns that name a body, not a person: "who chairs a mosque committee", "International Rivers, an environmental group,"
BODY_NOUNS = _EMPLOYER_WORDS | frozenset("""association society charity club group network foundation federation
    cooperative co-operative board trust chamber institute movement campaign coalition league forum organisation
    organization body company firm fund ngo tank""".split())
# "the outgoing commission chairperson": a status separated from the title by the employer's noun
_LOWER_WORDS = re.compile(r"(?<![\w’'.\-])((?:[a-z]+\s+){2,3})$")
_CAP_WORD = re.compile(r"(?<![\w’'.\-])([A-Z][a-z]+)[ \t]+$")  # (never across a line: a byline above is no modifier)
_CAP_BEFORE = re.compile(r"((?:[A-Z][\w’'\-]*\s+){1,3})$")
# "Laotian", "Pakistani", "Icelandic": a nationality the gazetteer may not list is no part of the role
_NATIONALITY_LIKE = re.compile(r".*(?:an|ese|ish|i|ic)$")
_PREDICATE = re.compile(
    r"[ \t]+(?:was|is|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:also\s+)?(?:re-?elected|elected|appointed|"
    r"named|chosen|confirmed|installed|sworn\s+in|picked)\s+(?:as\s+)?(?:(?:the|its|their|his|her|new|next)\s+)*"
    r"([a-z][a-z\- ]{2,60}?)(?=\s+(?:of|for|at|in|on|by|after|with|until|from|to)\b|[,.;]|$)")
_PREDICATE_HELD = re.compile(
    r"[ \t]+(?:(?:is|was|has\s+been|had\s+been|became|becomes)\s+(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?[’']s|the)\s+|"
    r"(?:became|becomes)\s+)"  # ("since Nicolás Maduro became president in April")
    r"([a-z][a-z\- ]{2,40}?)(?=\s+(?:of|for|at|in|on|by|after|with|until|from|to|since)\b|[,.;]|$)")
# "Arnold Smith of Canada, who has been Secretary-General since 1965": an office held up to now, in a relative clause
_WHO_HAS_BEEN = re.compile(r"(?:[ \t]+of[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)?,[ \t]+who[ \t]+(?:is|was|has[ \t]+been|"
                           r"had[ \t]+been)[ \t]+(?:the[ \t]+|its[ \t]+)?([A-Za-z][\w\- ]{2,40}?)(?=[ \t]+(?:since|for)\b|[,.;])")
# the active voice: "The summit appointed |Elias Magosi| of Botswana as Executive Secretary"
APPOINTED_BEFORE = re.compile(r"\b(?:appointed|appointing|named|naming|elected|electing|re-elected|chose|choosing|picked|made|"
                              r"installed|confirmed)[ \t]+(?:(?:Dame|Sir|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?$")
_AS_ROLE = re.compile(r"(?:[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)?[ \t]+as[ \t]+"
                      r"(?:(?:the|its|their|his|her|new|next|first[ \t]+(?:woman|female)|first)[ \t]+)*([A-Za-z][\w\- ]{2,60}?)"
                      r"(?=\s+(?:of|for|at|in|on|by|after|with|until|from|to|since|and)\b|[,.;]|$)")
# "Jacques Delors, who steps down as President of the European Commission": the office held until now
_WHO_STEPS_DOWN = re.compile(r",[ \t]+who[ \t]+(?:steps|stepped|is[ \t]+stepping|will[ \t]+step|retires|retired|is[ \t]+retiring|"
                             r"will[ \t]+retire)(?:[ \t]+down)?[ \t]+as[ \t]+(?:the[ \t]+|its[ \t]+)?"
                             r"([A-Za-z][\w\- ]{2,40}?)(?=[ \t]+(?:of|for|at|in|on|after|this|next)\b|[,.;])")
_WHO_CHAIRS = re.compile(r",[ \t]+who[ \t]+(?:currently[ \t]+|now[ \t]+)?(chairs|heads|leads)[ \t]")
_INDEFINITE_BODY = re.compile(rf"((?:an?)[ \t]+(?:[A-Za-z][\w’'-]*[ \t]+){{0,3}}?(?i:{'|'.join(sorted(BODY_NOUNS))})"
                             r"(?:[ \t]+of[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?[a-z][\w-]*)?)"  # ("an association| of small
                             # manufacturers| in Trinidad")
                             r"(?=[ \t]+(?:in|on|at|of|for|near|from|that|which|who)\b|[,.;]|$)")
# ", who heads the export committee of a rubber products association", "who chairs the parliament of Belarus": a
# part of a body, in the clause's words
_PART_OF_BODY = re.compile(r"(the[ \t]+(?:[A-Za-z][\w’'-]*[ \t]+){0,2}?(?:committee|office|parliament|board|department|"
                           r"division|section|branch|unit|desk|bureau))(?=[ \t]+of[ \t])")
_WHO_ROLE = {"chairs": "chair", "heads": "head", "leads": "leader"}
# a trade named by what the person has done: ", who has run a paomo restaurant in", ", who opened a cafe on"
_TRADE_PLACE = r"(?=[ \t]+(?:in|on|at|near|by|for|to|across|off|beside|outside|from|since|there)\b|[,.;])"
# ", who has run (kept) a clearing agency on ...": the owner; ", who has managed a hotel near ...": the manager (the present
# tense, "runs", "manages", is read in the clause's own words by _WHO_DOES)
_WHO_KEEPS = re.compile(r",[ \t]+who[ \t]+(?:(has[ \t]+managed)|opened|has[ \t]+(?:run|owned|kept))[ \t]+"
                        rf"(?:an?|the|her|his|their)[ \t]+(?:[a-z][a-z\-]*[ \t]+)??(?:([a-z][a-z\-]*(?:[ \t]+and[ \t]+[a-z][a-z\-]*)?)"
                        rf"[ \t]+)?((?!there\b)[a-z][a-z\-]*){_TRADE_PLACE}")
# ("a clearing and forwarding agency"; "a twelve-room onsen inn": the size describes, "onsen" names the trade)
_WHO_WORKS_AS = re.compile(r",[ \t]+who[ \t]+works[ \t]+as[ \t]+(?:an?[ \t]+)?([a-z][a-z \t-]{2,30}?)(?=[ \t]+(?:in|at|for|on|near|from)\b|[,.;])")
# what a person habitually does, in the text's own words ("runs a bouchon", "sells airtime and snacks", "lectures in
# political science"), as the annotators of the later gold sets (heldout50 on) write it; a trade noun is read from the
# clause only when it says something else ("has run a paomo restaurant", "works as a nurse"); what came before "and
# (now)" is history ("who fled Darfur in 2004 and now coordinates a refugee association")
_WHO_DOES = re.compile(r",[ \t]+who[ \t]+(?:[^,.;]{3,50}?[ \t]+and[ \t]+(?:now[ \t]+)?)?((?:coordinates|directs|edits|trains|coaches|reports|ships|farms|drives|presents|"
                       r"rents|hires|guides|cooks|bakes|brews|roasts|weaves|carves|sews|translates|"
                       r"hosts|keeps|milks|fishes|herds|raises|cuts|volunteers|organi[sz]es|advises|campaigns|monitors|runs|owns|works|"
                       r"follows|trades|imports|exports|sells|teaches|studies|covers|lectures|manages|grows|breeds|"
                       r"repairs|plays|builds|researches|led|leads|heads|headed|bottles|"
                       # ("makes wine", "produces cheese"; "makes the decisions at home" is no trade)
                       r"(?:makes|produces)(?=[ \t]+(?!(?:the|a|an|it|sure|up|do|decisions|plans|time)\b))|"
                       r"(?:has|had)[ \t]+(?:sold|worked|taught|farmed|driven|grown|built|coached|cut|raised|"  # ("has sold taho")
                       r"repaired|traded|covered|studied|fished|led|headed|edited|trained|advised|imported|exported|"
                       r"researched|hosted|volunteered|organi[sz]ed|campaigned|monitored))"
                       r"[ \t]+[^,.;:!?“”\"—()]{3,140}?)(?=[ \t]*[,.;:!?—(]|[ \t]+(?:and|but)[ \t]+(?:has|had|is|was|said|says|"
                       r"whose|who)\b)")  # ("runs a camp kitchen| and whose husband has fought ...")
# where or for whom, after what a person does: a named place or employer ("at a Tokyo university", "for an Almaty
# brokerage") or a definite one ("at the market", "near the convention centre"); a scholar's field keeps its places
# (_STUDIES, _FIELD_TAIL)
_COMPASS = r"(?:(?:north|south)?(?:ern|east|west)(?:ern)?[ \t]+|central[ \t]+)?"  # ("in eastern Chad")
_WHERE_TAIL = re.compile(rf"[ \t]+in[ \t]+(?:(?:the|an?)[ \t]+)?{_COMPASS}[A-Z].*$|"
                         r"[ \t]+(?:on|at|near|above|outside|out[ \t]+of|from|for|through|via|by|to)[ \t]+"
                         rf"(?:(?:the|an?)[ \t]+)?{_COMPASS}(?:[A-Z]|port\b|shops?\b).*$|"
                         r"[ \t]+(?:in|on|at|near|above|outside|out[ \t]+of|from|through|by|to|opposite|beside|behind|next[ \t]+to|"
                         r"across[ \t]+from|below|under|beneath)[ \t]+the[ \t]+.*$|"  # ("runs a cafe| opposite the station")
                         r"[ \t]+between[ \t]+[A-Z].*$|"  # ("drives a bus| between Soyapango and the city centre")
                         # ("runs a trucking company| with 40 lorries")
                         r"[ \t]+with[ \t]+(?:\d[\d,]*|some|about|around|more[ \t]+than|over|nearly|almost|two|three|four|five|six|"
                         r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a[ \t]+hundred|a[ \t]+dozen)"
                         r"[ \t].*$|"
                         # ("has sold fruit| there for thirty years")
                         r"[ \t]+(?:there|here)[ \t]+(?:for|since)\b.*$|[ \t]+for[ \t]+(?:\w+[ \t]+)?(?:years|decades)\b.*$|"
                         r"[ \t]+from[ \t]+(?:an?|his|her|their)[ \t]+.*$|"  # ("exports avocados| from a packing house")
                         r"[ \t]+(?:there|here|nearby)$|"  # ("runs a shoe repair shop| there")
                         r"[ \t]+with[ \t]+(?:his|her|their)[ \t].*$|"  # ("herds reindeer| with his brothers")
                         r"[ \t]+employing\b.*$|"  # ("runs a garment factory| employing 300 people")
                         # ("sells handicrafts| to buyers from Mozambique": to whom)
                         r"[ \t]+to[ \t]+(?:buyers|customers|tourists|visitors|clients|traders|shops|restaurants|"
                         r"hotels|passers-by)\b.*$|"
                         # "lectures on trade| at a college in Moshi" (but "works at a hotel front desk" is the work)
                         r"(?<!works)[ \t]+at[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:college|university|school|"
                         r"institute|academy|hospital|clinic|bank|firm|company|church|mosque|temple|parish)\b.*$|"
                         # ("grows bananas| on a small farm")
                         r"[ \t]+on[ \t]+(?:a|an|his|her|their|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:farm|plot|smallholding|"
                         r"ranch|estate)\b.*$|"
                         # "advises exporters| for an industry association in Stuttgart": for whom (but "works for a
                         # charity" is the work)
                         r"(?<!works)[ \t]+for[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:association|federation|chamber|"
                         r"union|consultancy|company|firm|group|charity|agency|bank|newspaper|network|cooperative|"
                         r"committee|church|parish|mission)\b.*$|"
                         r"[ \t]+(?:a|one|two|three|four|five|six|a\s+few|\d+)[ \t]+(?:blocks?|streets?|doors?|miles?|"
                         r"minutes?|kilometres?|kilometers?)[ \t]+(?:from|away|down|up|off)\b.*$|"  # ("two blocks from the Commons")
                         # "runs a pickle shop| her grandmother opened in 1952": a clause about the trade's past
                         r"[ \t]+(?:her|his|their|its)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:opened|founded|started|built|bought|"
                         r"inherited|set[ \t]+up)\b.*$|"
                         r"[ \t]+based\b.*$")  # ("coordinates a women's network| based in Mae Sot")
_SELLS_FROM = re.compile(r"((?:sells|has[ \t]+sold)[ \t]+(?:(?!\bto\b)[^\n])+?)[ \t]+from[ \t]+"
                         r"([A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*)*|an?[ \t]+cart\b)")
# (the goods' origin for what one sells, "sells carpets from Afghanistan and Turkmenistan| at the bazaar", or a cart;
# not "sells handicrafts to buyers| from Mozambique": the buyers' origin; the gold sets differ on an importer's
# origin, "imports cod| from Iceland" against "imports clothing from Kashgar", and the older convention stays)
_AT_A_SCHOOL = re.compile(r"[ \t]+at[ \t]+(?:a|an|the)[ \t]")
_STUDIES = re.compile(r"(?:studies|teaches|lectures|researches)[ \t]")
_FIELD_TAIL = re.compile(r"[ \t]+(?:at|for|with)[ \t]+.*$|[ \t]+based\b.*$")
# a modifier that describes rather than names the trade ("a small bakery", "embroidered tablecloths")
_DESCRIBING = re.compile(r"(?:small|big|little|tiny|large|busy|popular|local|new|old|family|second-hand|[a-z]+ed)$")


def _trade(modifier: str | None, noun: str) -> str:
    """ "clearing agency", "restaurant" (of "a small restaurant"): the trade's noun with a naming modifier."""
    return f"{modifier} {noun}" if modifier and not _DESCRIBING.match(modifier) else noun


# "who has sold spices at the market for thirty years": what the person does, said in the present ("sells spices")
_PRESENT_OF = {"sold": "sells", "run": "runs", "driven": "drives", "taught": "teaches", "worked": "works",
               "made": "makes", "kept": "keeps", "owned": "owns", "managed": "manages", "grown": "grows",
               "fished": "fishes", "built": "builds", "repaired": "repairs", "cooked": "cooks", "served": "serves",
               "traded": "trades", "farmed": "farms", "exported": "exports", "imported": "imports", "guided": "guides",
               "written": "writes", "studied": "studies", "lectured": "lectures", "edited": "edits", "cut": "cuts",
               "raised": "raises"}
_HAS_DONE = re.compile(r"(?:has|have)[ \t]+(?:long[ \t]+)?(\w+)[ \t]+")


def _present(role: str) -> str:
    """"has sold spices" -> "sells spices"; other roles unchanged."""
    done = _HAS_DONE.match(role)
    return _PRESENT_OF[done.group(1)] + " " + role[done.end():] if done and done.group(1) in _PRESENT_OF else role


def who_does_role(body: str, end: int) -> str | None:
    """What a relative clause says a person does: in its own words ("runs a bouchon", "teaches science"), else the
    trade it names ("has run a paomo restaurant": "paomo restaurant owner"; "works as a nurse": "nurse")."""
    match = _WHO_WORKS_AS.match(body, end)
    if match:  # ", who works as a nurse in ...": the trade it names
        return match.group(1)
    match = _WHO_DOES.match(body, end)
    if match and _STUDIES.match(match.group(1)):  # "studies French policy in Africa| at King's College": the field
        field = _FIELD_TAIL.sub("", match.group(1))  # keeps its places, the institution goes
        if " " in field.strip() or not _AT_A_SCHOOL.match(match.group(1), len(field.rstrip())):
            return field
        return re.sub(r"[ \t]+(?:in|near|on|for)[ \t]+.*$", "", match.group(1))
        # (with no field named, an unnamed place of teaching is the role: "teaches at a school| in the port", but
        # "teaches| at Avele College")
    sold = _SELLS_FROM.match(match.group(1)) if match else None
    if sold:  # "sells carpets from Afghanistan", "sells coffee from a cart": where the goods come from, or a cart, is
        # part of the trade as the gold sets write it (a stall or a corner is where: "sells fruit| from a stall")
        return _present(f"{_WHERE_TAIL.sub('', sold.group(1))} from {sold.group(2)}")
    if match:  # ", who coordinates a Serrekunda group", ", who runs a fleet of 60 trucks": what the person does
        return _present(_WHERE_TAIL.sub("", match.group(1)))  # (not where: "runs a café| on Panská Street", "sells ei and
        # pareu| at the market"; but "lectures in Oceanian history" is what, and "advises firms on trade rules")
    match = _WHO_KEEPS.match(body, end)
    if match:
        return f"{_trade(match.group(2), match.group(3))} {'manager' if match.group(1) else 'owner'}"
    return None


# single-name holders whose title is part of the name ("Pope Francis", "King Abdullah")
# (only the pope: a king keeps his own name, "King Willem-Alexander" is person:willem-alexander)
REGNAL = frozenset({"pope", "prince", "princess"})


def _is_place(gaz: Gazetteer, word: str) -> bool:
    """Whether a word is a country or nationality ("Kenyan", "Chile")."""
    entry = gaz.lookup(word)
    return entry is not None and (entry.kind in ("demonym", "country") or entry.extra == "province")  # ("the Quebec
    # Premier"; but "chief Asia economist" keeps its region)


def capitalised_modifiers(window: str, begin: int, gaz: Gazetteer, stop: frozenset) -> int:
    """Start of a capitalised title widened over up to three capitalised words that are neither names in the
    gazetteer nor stop words ("International Relations |Minister")."""
    for _ in range(3):
        match = _CAP_WORD.search(window, 0, begin)
        if not match or match.group(1).lower() in stop or gaz.lookup(match.group(1)) is not None \
                or _NATIONALITY_LIKE.match(match.group(1)) or _ends_a_name(window, match.end(1), gaz) \
                or window[max(0, match.start() - 2):match.start()].strip() in (".", "—", "-") \
                or match.start() == 0:
            break
        begin = match.start(1)
    return begin


def _ends_a_name(window: str, end: int, gaz: Gazetteer) -> bool:
    """Whether the capitalised word ending at ``end`` closes a gazetteer name ("European |Council|",
    "Solomon |Islands|")."""
    run = _CAP_BEFORE.search(window[:end] + " ")
    words = run.group(1).split() if run else []
    return any(gaz.lookup(" ".join(words[i:])) is not None for i in range(len(words) - 1))


def status_over_employer(window: str, begin: int) -> str | None:
    """"outgoing" in "the outgoing commission |chairperson": a status word before one or two employer nouns."""
    match = _LOWER_WORDS.search(window, 0, begin)
    words = match.group(1).split() if match else []
    for k in (1, 2):
        if len(words) > k and words[-k - 1] in STATUS_WORDS and all(w in _EMPLOYER_WORDS for w in words[-k:]):
            return words[-k - 1]
    return None


_NEW = re.compile(r"^(?:new|newly\s+(?:elected|appointed|installed)|ailing|host)\s+(?=\S)", re.I)  # ("host king": the king)


_SHORT_OFFICES = {"pm": "Prime Minister", "fm": "Foreign Minister"}  # "PM Najib", "FM Wang"


_OF_SOME_BODY = re.compile(r"(?<=[a-z])[ \t]+of[ \t]+an?[ \t]+(?:[A-Z][\w’'-]*[ \t]+)?[a-z].*$")  # an unnamed body
# is where, not what ("secretary| of a Buea civic association that has campaigned ...")
# "president of the Convention on the Future of Europe", "chair of the Global Call to Action Against Poverty": the
# head of a named body is the office, the body is the affiliation (but "director of the Middle East programme" heads a
# field of work, "chairman of the Belarusian parliament" holds a state office, and "chair of the council" names no body)
_HEAD_OF_THE_BODY = re.compile(r"^((?:[a-z-]+[ \t]+){0,2}?(?:president|chair|chairman|chairwoman|chairperson|director|head|"
                               r"leader|founder|co-founder|owner))[ \t]+of[ \t]+the[ \t]+"
                               r"(?!(?:Opposition|Republic|Commonwealth|Government|State)\b)[A-Z](?:(?!\b(?:programme|program|"
                               r"project|department|desk|unit|studies|parliament|assembly|senate|congress|duma|soviet|court|"
                               r"cabinet|government|legislature)$).)*$")


def office(role: str) -> str:
    """The office a role names, without its age: "new prime minister" -> "prime minister"; "PM" -> "Prime Minister"."""
    role = _OF_SOME_BODY.sub("", _NEW.sub("", role))  # ("board member| of a local community association")
    role = _HEAD_OF_THE_BODY.sub(r"\1", role)
    return _SHORT_OFFICES.get(role.lower().rstrip("."), role)


# what happened to a holder, kept like a status: "the ousted former Thai prime minister" -> "ousted former prime minister"
_CIRCUMSTANCE = frozenset({"ousted", "deposed", "jailed", "exiled", "imprisoned", "detained", "toppled", "overthrown"})


def drop_nationality(role: str, gaz: Gazetteer) -> str:
    """"veteran Kenyan opposition leader" -> "opposition leader": the nationality gives the affiliation, the words
    before it describe the person except a status ("former Dutch prime minister" -> "former prime minister") or what
    befell them ("jailed", "ousted")."""
    words = role.split()
    for k, word in enumerate(words):
        if word in ("in", "of", "for", "at"):
            break  # "senior fellow in China studies": a field, not a nationality
        if word[:1].isupper():
            born = word[:-5] if word.endswith("-born") else None  # "Guyanese-born secretary-general": a birthplace
            if (_is_place(gaz, word) or (born and _is_place(gaz, born))) and k + 1 < len(words):
                kept = [w for w in words[:k] if w.lower() in STATUS_WORDS or w.lower() in _CIRCUMSTANCE]
                return " ".join(kept + words[k + 1:])
            break
    return role


# "chose |William Eteki Mboumoua|, a Cameroonian former minister, as the new Secretary-General": an appositive between
# the name and the office it is given
_APPOSITIVE_THEN_AS = re.compile(r",[ \t]+(?:an?|the)[ \t]+[^,;.“”\"\n]{1,80},(?=[ \t]+as[ \t])")


def appointed_as(body: str, start: int, end: int, role_phrase) -> str | None:
    """The office a name is given after a verb of appointing: "appointed X (of Botswana) as Executive Secretary",
    "chose X, a former minister, as the new Secretary-General"."""
    if not APPOINTED_BEFORE.search(body, max(0, start - 24), start):
        return None
    aside = _APPOSITIVE_THEN_AS.match(body, end)
    match = _AS_ROLE.match(body, aside.end() if aside else end)
    return role_phrase(match.group(1).strip(), match.start(1)) if match else None


def predicate_role(body: str, end: int, role_phrase, start: int | None = None) -> str | None:
    """Role given after the name by a predicate: "X was elected deputy chairperson", "X, who chairs the bloc",
    and, with the name's ``start``, "appointed X as Executive Secretary" (``role_phrase(text, offset)`` checks a
    candidate against the title list)."""
    match = _PREDICATE.match(body, end)
    if match:
        return role_phrase(match.group(1).strip(), match.start(1))
    role = appointed_as(body, start, end, role_phrase) if start is not None else None
    if role:
        return role
    match = _PREDICATE_HELD.match(body, end)
    if match:  # "Anthony Albanese had been Australia's prime minister for barely 24 hours"
        text, at = match.group(1).strip(), match.start(1)
        only = re.match(r"(?:only|sole|first|last)\s+", text)  # "was the only head of government not invited"
        if only:
            text, at = text[only.end():], at + only.end()
        of = re.match(r"\s+of\s+(?:state|government)\b", body[match.end(1):])
        return role_phrase(text + of.group() if of else text, at)
    match = _WHO_HAS_BEEN.match(body, end)
    if match:  # "Arnold Smith of Canada, who has been Secretary-General since 1965"
        role = role_phrase(match.group(1).strip(), match.start(1))
        if role:
            return role
    match = _WHO_STEPS_DOWN.match(body, end)
    if match:  # ", who steps down as President of the European Commission after ten years"
        role = role_phrase(match.group(1).strip(), match.start(1))
        if role:
            return role
    match = _WHO_CHAIRS.match(body, end)
    if match:  # ", who chairs the bloc": the chair; ", who chairs a mosque committee in ...": what they do, in the
        # clause's words (as _WHO_DOES: the later gold sets write "chairs a Gambian community association")
        body_of = _INDEFINITE_BODY.match(body, match.end()) or _PART_OF_BODY.match(body, match.end())
        return f"{match.group(1)} {body_of.group(1)}" if body_of else _WHO_ROLE[match.group(1)]
    return who_does_role(body, end)


def regnal_name(title: str, tokens: list[str]) -> bool:
    """Whether a one-word name after this title takes the title into the name ("Pope Francis")."""
    return len(tokens) == 1 and normalize(title) in REGNAL
