"""Entity mentions: gazetteer names, titled/appositive people, surname aliases, role phrases, pronouns."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from dataclasses import dataclass, field, replace
from datetime import date

from extractors.facts.gazetteer import NAME_SUFFIXES, Entry, Gazetteer, normalize, slugify
from extractors.facts.roles import (APPOINTED_BEFORE, BODY_NOUNS, REGNAL, appointed_as, capitalised_modifiers,
                                    drop_nationality, office, predicate_role, regnal_name, status_over_employer)
from extractors.facts.sentences import Sentences

# capitals of Latin-1 and Latin Extended-A/B ("Špidla", "Łukasz", "Ólafur"), for names that open with one
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
# (a Mongolian patronymic initial is written glued to the name: "Ts.Elbegdorj", "Ch.Narantsetseg")
GLUED_INITIAL = r"[A-Z][a-z]?\.(?=[A-Z][a-z]{2})"
_TOKEN = (rf"(?:[{_UPPER}](?:\.[A-Z])+\.|{GLUED_INITIAL}|[{_UPPER}]\.(?=[ \t]+[{_UPPER}][a-zà-ÿ])|(?:St|ST|Ste|STE|Mt|MT)\.(?=[ \t]+[{_UPPER}])|"
          rf"(?:(?:al|el|ad|ash|as|at|ul|ud|bin|ben|ibn|abu|ould)-|[dl][’'](?=[{_UPPER}]))?[{_UPPER}][\w’'\-]*)")
# ("Valery Giscard d'Estaing", "Jean Claude de l'Estrac": an elided article glued to the name)
# the lower-case particles inside a name ("Ursula von der Leyen", "Bingu wa Mutharika", "Mohammed bin Salman", "Ulisses
# Correia e Silva", "Maria do Carmo Silveira"; and "Dar es Salaam")
_PARTICLE_WORDS = "von|der|den|van|de|du|la|del|della|da|das|dos|do|e|es|di|bin|al|wa|ibn|bint|los|las"
_SEQUENCE = re.compile(
    rf"(?:(?:von|van|der|den|de|du|del|della|da|das|dos|di|bin|al)[ \t]+)*{_TOKEN}"
    rf"(?:(?:(?:[ \t]+(?:of|{_PARTICLE_WORDS}))+[ \t]+|[ \t]+|(?<=\.)(?=[A-Z][a-z]{{2}}))"
    rf"(?:{_TOKEN}|\d+\b))*"
)
_PIECE = re.compile(rf"{_TOKEN}|\d+\b|(?<![\w’'])(?:of|{_PARTICLE_WORDS})(?=\s)")
_PARTICLES = frozenset(_PARTICLE_WORDS.split("|"))
# Head nouns of organisation names: a capitalised run containing one is never a person ("Ministry of Commerce").
# the last word of a newspaper's name ("The Samoa Observer"), and the nouns that name the press ("the daily X")
PRESS_HEADS = frozenset("times post tribune herald journal gazette observer chronicle telegraph shimbun standard mail express courier".split())
PRESS_NOUNS = r"daily|newspaper|weekly|tabloid|broadsheet|(?:news|official|state|press)\s+agency|broadcaster|news\s+channel|television\s+channel"
_ORG_NOUNS = frozenset(
    """ministry department office commission council committee agency bank embassy parliament court foundation
    institute university center centre forum party organisation organization association federation union
    corporation company group fund authority assembly secretariat trust alliance front congress service network
    coalition campaign movement society endowment""".split()
) | PRESS_HEADS
_STOP = frozenset(
    """the a an and but or if in on at by for from to of with as while when where after before during despite
    however although though initially essentially meanwhile moreover also still yet this that these those there
    their they it its his her he she we our i you your what which who whom whose why how today yesterday
    tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december positive steps long-term acknowledgment strengthening asked
    frequently more most many some all no not so then thus according western eastern northern southern nordic
    euro-atlantic summit leaders leader allies nobody everyone everybody somebody someone anyone
    anybody none nothing everything something majesty highness excellency arab arabs member members state states""".split()
)
_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_SURNAME_THEN_VERB = re.compile(r"(?:,|\s+(?:said|says|told|added)\b)")  # ("Godwin Friday, said", "... Friday said")
_MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
_STOP_OR_EMPLOYER = _STOP | _ORG_NOUNS  # "Forum |Secretary General": the employer is no part of the title
SPEECH_VERBS = (
    r"said|says|say|told|tells|stated|states|added|adds|declared|declares|affirmed|affirms|informed|wrote|writes|"
    r"noted|notes|asked|asks|insisted|insists|argued|argues|acknowledged|acknowledges|explained|explains|"
    r"announced|announces|warned|warns|remarked|mentioned|replied|replies|responded|responds|continued|stressed|emphasized|"
    r"emphasised|suggested|suggests|claimed|claims|tweeted|posted|recalled|conceded|admitted|urged|vowed|promised|"
    r"argue|insist|warn|complained|complains|went on|retorted|quipped|joked|snapped|countered|shot back|fired back|hit back|"
    r"reminded|reminds|proclaimed|proclaims|cautioned|boasted|predicted|observed|pointed out|thundered|lamented|exclaimed|"
    r"mused|confided|assured|repeated|reiterated|reiterates|answered|answers|appealed|pleaded"
)
_SPEECH_WORDS = frozenset(SPEECH_VERBS.split("|"))
_SPEECH_AFTER = re.compile(rf"[ \t]+(?:{SPEECH_VERBS})\b")
_SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})[ \t]+$")
ROLE_NP = re.compile(
    r"\b[Tt]he (?:new |outgoing |incoming )?([A-Z][\w.’']*(?: [A-Z][\w.’']*)?) ((?i:leader|president|prime minister|"
    r"chancellor|premier|chief|foreign minister|spokesman|spokeswoman|head of state|secretary-general|"
    r"secretary general|director-general|managing director|chairperson))\b"
)
# A wire dateline ("LIMA, Nov 16 — ", "VILNIUS, Lithuania, July 11 - "): its place never speaks and its date is
# the filing date, not a summit date (summit.py reads ``Analysis.dateline_start/dateline_end``).
# (not a page's furniture in capitals: "ARCHIVE EDITION - Page 1 of 8", "LIVE UPDATES - ...")
_NOT_A_PLACE = r"(?![A-Z .'’\-]*\b(?:EDITION|ARCHIVE|EXCLUSIVE|UPDATES?|ANALYSIS|OPINION|BREAKING|LIVE|VIDEO|PHOTOS?)\b)"
DATELINE_HEAD = re.compile(_NOT_A_PLACE + r"[A-Z][A-Z .'’\-]+,\s+[\w ]{3,20}\.\s+/[^/\n]{1,40}/\.?\s|"  # "MOSCOW, 9 September. /TASS/."
                           + _NOT_A_PLACE + r"[A-Z][A-Z .'’\-]+(?:(?:,\s+[A-Z][\w .]{1,30})?,\s+[^—–\n]{0,30}?|"
                           r"\s+\([A-Z][\w .]{1,20}\)\s+|(?<=[A-Z])\s+)[—–-]\s")  # ("PORT MORESBY - ...")
_NEWLINES = re.compile(r"\n+")
_FRONTED = re.compile(r"[A-Z][^,;:.“”\"]*,\s*$")
PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")  # he/she, the one pattern every stage uses
# Right after a mention: "the Jeddah Declaration", "the NATO summit", "Beijing's Plan": the mention names an
# instrument or a meeting, so it neither acts nor speaks.
NAMES_INSTRUMENT = re.compile(r"(?:’s|'s)?\s+(?:(?:Leaders[’']?|Joint|Final|Summit|Ministerial)\s+)?(?:[Ss]ummit|Declaration|Accord|Agreement|Communiqu[eé]|Process|Plan|"
                              r"Initiative|Consensus|Principles|Format|Charter|Treaty|Protocol)\b")
# an optional nationality before an office: "the US president", "the Czech prime minister"
_NATIONALITY = r"(?:(?:US|U\.S\.|UK|[A-Z][a-z]+(?:an|ese|ish|ian|i))\s+)?"
_BARE_ROLE = re.compile(
    rf"\b[Tt]he {_NATIONALITY}((?i:spokes(?:man|woman|person)|president|prime minister|chancellor|premier|secretary-general|secretary of state|treasury secretary|foreign secretary|finance minister|"
    r"foreign minister|minister|king|queen|crown prince|chairperson|chairman|economist|analyst|researcher|envoy|"
    r"expert|scholar|academic|professor|"
    r"ambassador|adviser|advisor|aide|head of state|first mandatary|sovereign|monarch|emir|amir|sultan|emperor|chief|"
    r"host))\b"
    r"(?=(?:,[^,.;“”\"]{1,60},)? (?:said|says|told|added|"  # ("The Chief, at his last summit as X, said")
    r"warned|noted|argued|insisted|stressed|explained|replied|wrote|urged|called|described|blamed|accused|attributed|"
    r"praised|hailed|condemned|critici[sz]ed|dismissed|rejected|recalled|pledged|promised|declared))")
_EXPERTS = frozenset({"expert", "scholar", "academic", "professor", "analyst", "researcher", "economist"})
_SCHOLARLY = re.compile(r"\b(?:expert|scholar|academic|professor|analyst|researcher|economist|fellow|lecturer|"
                        r"scientist|specialist|sinologist|historian)\b", re.I)
_STATE_ROLE = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[’']s\s+((?i:president|prime minister|chancellor|premier))\b"
                         r"(?=\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|said|told)\b)")  # "Ukraine's president thanked",
# '"...," Nigeria's President said
_HEAD_ROLES = frozenset({"president", "prime minister", "chancellor", "premier", "king", "queen", "leader"})
# the head of an international body: "The new UN secretary-general sat through the session" is the one named before
_ORG_HEADS = frozenset({"secretary general", "director general", "managing director", "chairperson", "chairman",
                        "president", "high representative"})
# heads of a state or government, one office however it is named ("President Sall" is the "Head of State")
_HEADS = _HEAD_ROLES | {"head of state", "head of government", "emir", "amir", "sultan"}
# written in capitals only, so no table lookup (which folds case) may hold it: "He" is a pronoun
_CAPITALS_ADDRESS = frozenset({"HE"})  # "HE Sheikh X": His Excellency


def _same_office(noun: str, role: str | None) -> bool:
    """Whether an office named in passing ("the Ukrainian president", "President Sall") is a person's known role:
    the same words, or both the head of a state or government ("president" and "Head of State")."""
    if not role:
        return False
    noun, role = noun.lower(), role.lower()
    return role == noun or (noun in _HEADS and role in _HEADS)


# Name suffixes and Arabic article prefixes that are not the surname itself.
_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|ul|ud)-", re.I)
# Words that may modify a role head noun before it ("foreign policy aide", "chief Asia-Pacific economist").
_FUNCTION = frozenset(
    """the a an and or but of for to in on at by with from as against over under between after before said says told added
    its his her their our
    who whom whose which where when that this these those is was were be been has have had will would ministry
    department office
    government commission council bank house embassy agency party forces state country
    city lobby group association federation company firm institute university""".split()
)
_EMPLOYER_NOUNS = ("ministry", "department", "office", "government", "commission", "council", "bank", "embassy",
                   "agency", "party", "lobby", "association", "federation")  # ("a union organiser": the trade)
_OFFICE_COMPOUND = ("front", "back", "box", "post")  # "front office manager": one trade
_MODIFIES_ROLE = re.compile(r"[ \t]+([a-z][\w\-]*)\b")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_BODY_ACRONYM_BEFORE = re.compile(r"\b(?:[Tt]he|opposition|ruling|rebel|party)\s+$")
_SPOKES = re.compile(r"\bspokes(?:man|woman|person)$")
_SPAN_AFTER = re.compile(r"(?:all|just|only|nearly|almost|barely|more|less|over|under|a|\d+|one|two|three|four|five|"
                         r"six|seven|eight|nine|ten|several|many|some)\b")
_ROLE_CUT = re.compile(r"\s+(?:at|in|on|with|from|near|outside|who|whose|which|since|until|during|after|before|again|once|"
                       r"living|working|based|serving|sent|dispatched|flown|brought|tasked|charged)\s|"
                       # ("a Togolese lawyer living in exile in Accra", "the cabinet minister sent from New Delhi")
                       r"\s+(?:of|for|to)\s")


@dataclass
class Person:
    """A person as collected from the body before keys are final."""

    tokens: list[str]
    role: str | None = None
    affiliation_key: str | None = None
    surfaces: set[str] = field(default_factory=set)
    first_offset: int = 0
    key: str = ""
    name: str = ""
    female: bool | None = None  # as the text marks it ("Mrs X", "In his remarks, X"); None: unmarked


@dataclass(frozen=True)
class Found:
    """One resolved mention: offsets, key and what kind of thing it is."""

    start: int
    end: int
    key: str
    kind: str  # person | org | country | city | demonym
    in_quote: bool


@dataclass
class Analysis:
    """Everything later stages need about one body."""

    body: str
    sentences: Sentences
    quote_spans: list[tuple[int, int]]
    gazetteer: Gazetteer
    found: list[Found] = field(default_factory=list)
    persons: dict[str, Person] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # key -> display name
    surfaces: dict[str, set[str]] = field(default_factory=dict)
    quote_starts: list[int] = field(default_factory=list)
    dateline_start: int = 0  # a wire dateline ("LIMA, Nov 16 — "), at the top or after a headline and byline:
    dateline_end: int = 0  # its place never speaks and its date is the filing date
    # line-opening labels ("REYES:", "* XI V PENCE:", "NORTH KOREA:") and upper-case headings: they name no speaker
    label_spans: list[tuple[int, int]] = field(default_factory=list)
    memo: dict[str, object] = field(default_factory=dict)  # per-body results a stage computes once (by name)
    day: date | None = None  # the summit's start, else the publication date: whose office is read for that day

    def in_dateline(self, offset: int) -> bool:
        return self.dateline_start <= offset < self.dateline_end

    def in_quote(self, offset: int) -> bool:
        """Whether an offset lies inside a quotation."""
        idx = bisect_left(self.quote_starts, offset + 1) - 1
        return idx >= 0 and self.quote_spans[idx][0] < offset < self.quote_spans[idx][1]

    def in_label(self, offset: int) -> bool:
        """Whether an offset lies inside a line-opening label or heading."""
        return any(a <= offset < b for a, b in self.label_spans)

    def persons_in(self, start: int, end: int) -> list[Found]:
        """Person mentions outside quotes within [start, end)."""
        return [f for f in self.found if f.kind == "person" and start <= f.start < end and not f.in_quote]

    def display(self, key: str | None) -> str | None:
        """Display name for an entity key."""
        return self.names.get(key) if key else None


def _surname_signature(token: str, gaz: Gazetteer) -> str:
    """Spelling-insensitive surname: transliteration table, ASCII fold, article prefix and trailing y/i dropped."""
    token = gaz.person_variants.get(token.lower(), token)
    return slugify(_ARTICLE.sub("", token)).rstrip("yi") or slugify(token)


def _spelled_only(token: str, surfaces: set[str], gaz: Gazetteer) -> bool:
    """Whether the key keeps a variant spelling: one the table marks so, and the text spells the name no other way
    ("Muammar Gaddafi" throughout, not "Qadhafi" in one place)."""
    low = token.lower()
    if low not in gaz.kept_spellings:
        return False
    canonical = gaz.person_variants[low]
    others = [v for v, c in gaz.person_variants.items() if c == canonical and low not in v] + [canonical.lower()]
    return not any(other in surface.lower() for surface in surfaces for other in others)


def _surname(tokens: list[str]) -> str:
    """The surname token of a name: the last token that is not a suffix such as Jr. or III."""
    for token in reversed(tokens):
        if token.lower().rstrip(".") not in NAME_SUFFIXES:
            return token
    return tokens[-1]


def _extend_role_left(text: str, role_start: int) -> int:
    """Start of a role widened over lower-case modifiers ("Kremlin |foreign policy |aide"): at most three words,
    never over function words or organisation nouns (those name the employer, not the role)."""
    start = role_start
    for _ in range(3):
        match = re.search(r"(?<![\w’'.\-])([a-z][a-z\-]*)\s+$", text[:start])
        word = match.group(1) if match else ""
        if not match or word in _FUNCTION or word in _SPEECH_WORDS or word in _DESCRIBES or _VERB_FORM.fullmatch(word):
            break  # "an arrangement that has kept military leader X away": a verb is no modifier of the role
        start = match.start(1)
    return start


# words that describe the holder rather than the office ("long-serving foreign minister"; "top diplomat" stays)
_DESCRIBES = frozenset("""long-serving longtime long-time veteran seasoned popular embattled powerful influential
    respected controversial current newly new young elderly charismatic""".split())
_VERB_FORM = re.compile(r"(?!retired)[a-z]+ed|kept|met|held|led|left|made|sent|told|took|gave|saw|had|has|have|"
                        r"named|welcomed|invited|brought|sought|thanked|urged|praised|accused|joined|fled|came|went|"
                        r"ran|won|lost|was|grew|taught|spent|sold|bought|built|became|began|drove|flew|wrote|spoke")
_HONORIFICS = frozenset({"prince", "princess", "sheikh", "sheikha"})
# what may stand between an appositive office and the name: "The Secretary-General, Chief Emeka Anyaoku" (a Nigerian
# chieftaincy), "Saudi Arabia's foreign minister, Prince Faisal"
_ADDRESS_AFTER_OFFICE = _HONORIFICS | {"chief"}
_WESTERN_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof"})  # they open a name, never stand inside one
# title classes that name no office: a rank ("Colonel") is a role only when nothing better is given, a form of
# address ("Mr", "Datuk Seri", "Tun Dr") never is
_NO_OFFICE = frozenset({"rank", "honorific"})
_WHOSE_BEFORE = re.compile(r",\s+whose\s+$")
_STATUS = "former|outgoing|acting|interim|incoming"  # a status an office can carry before its title
_STATUS_BEFORE = re.compile(rf"(?<![\w’'.\-])((?i:{_STATUS})|then-?)\s+([A-Z][\w’'\-]+)\s+$")


_DID_HIS = re.compile(r"[ \t]+(?:also[ \t]+)?[a-z]{3,}(?:ed|t)[ \t]+(?:his|her)[ \t]")
_STATE_POSSESSIVE_APPOSED = re.compile(r",\s+(?:who|whose|elected|re-elected|appointed|named|sworn|the|a|an)\s")
_PAST_TITLE_START = re.compile(rf"(?<![\w’'.\-])(?i:{_STATUS})\s+(?:[A-Z][\w’'\-]+\s+)?$")  # "former (Nigerien) |President"
_STATUS_JUST_BEFORE = re.compile(rf"(?<![\w’'.\-])(?i:{_STATUS})\s+$")
# a relative clause on a person: ", who sells tablecloths by the road"
_WHO_AFTER = re.compile(rf",\s+who\s+(?:[a-z]+\s+){{0,2}}(?:[a-z]+s|retired|{_VERB_FORM.pattern})\b")
# "Alasdair Renwick, a marine underwriter in London, said": a name apposed with a noun phrase, then a speech verb
_BODY_APPOSITIVE = re.compile(r",[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:network|association|alliance|coalition|group|"
                              r"federation|union|organi[sz]ation|charity|campaign|movement|party|collective|consortium|"
                              r"chamber|council|society|foundation)[ \t]+(?:of|for|that|which|representing)\b")
_JOINED_LIST_BEFORE = re.compile(r"(?:\bjoined\s+by|\bhosted|\bwelcomed|,|\band)\s+$")
_HEAD_IN_SENTENCE = re.compile(r"\b(?:President|Prime\s+Minister)\b")
_INSTITUTION_BEFORE = re.compile(r"\b(?:Universidad|Universidade|Universit[éä]t?|Instituto|Colegio|Escuela|"
                                 r"Fundaci[oó]n|Hospital|Museo|Plaza|Avenida|Calle)\s+$")
_AGE_APPOSED = re.compile(r",[ \t]+\d{1,3},[ \t]+(?:a|an|the|who|was|is|has|had)[ \t]")  # "X Y, 81, a retired ..."
_APPOSED_THEN_SAID = re.compile(rf",[ \t]+(?:\d{{1,3}},[ \t]+)?(?:a|an)[ \t]+[^,;:“”\"\n]{{1,120}}?([\w-]+),[ \t]+"
                                rf"(?:{SPEECH_VERBS})\b")


def _title_before(body: str, start: int, gaz: Gazetteer) -> tuple[str, int, str] | None:
    """A title ending right before ``start`` ("Kremlin spokesman |Dmitry"), as (title text, title start, class);
    lower-case modifiers widen it ("foreign policy aide")."""
    lo = max(0, start - 70)
    window = body[lo:start]
    if not window.endswith((" ", "\t")):
        return None
    words = list(re.finditer(r"[\w’'.\-]+", window))
    for size in (4, 3, 2, 1):
        if len(words) < size:
            continue
        chunk = words[-size:]
        text = window[chunk[0].start():chunk[-1].end()]
        cls = gaz.titles.get(normalize(text))
        if cls and window[chunk[-1].end():].strip() == "":
            if text[:1].isupper() and _INSTITUTION_BEFORE.search(window, 0, chunk[0].start()):
                return None  # "the Universidad Mayor de San Andres": a name's word, no title
            begin = chunk[0].start()
            if text[:1].isupper() and cls not in _NO_OFFICE and normalize(text) not in _HONORIFICS:
                begin = capitalised_modifiers(window, begin, gaz, _STOP_OR_EMPLOYER)  # "International Trade |Minister"
            if text[:1].islower() and cls not in _NO_OFFICE:
                begin = _extend_role_left(window, begin)
                over = status_over_employer(window, begin)
                if over:  # "the outgoing commission chairperson" -> "outgoing chairperson"
                    return f"{over} {window[begin:chunk[-1].end()]}", lo + begin, cls
            if cls not in _NO_OFFICE:
                status = _STATUS_BEFORE.search(window, 0, begin)
                if status and gaz.lookup(status.group(2)) is not None \
                        and gaz.lookup(status.group(2)).kind in ("demonym", "country"):
                    # "former Dutch prime minister", "Former Tanzanian President": the status is part of the role,
                    # the demonym is not
                    return f"{status.group(1)} {window[begin:chunk[-1].end()]}", lo + begin, cls
            just = _STATUS_JUST_BEFORE.search(window, 0, begin) if cls not in _NO_OFFICE else None
            if just and normalize(text) not in _HONORIFICS:  # "former President |X", "Former president |X": a past
                begin = just.start()  # office, as the role says
            if cls in _NO_OFFICE:  # "Prime Minister Datuk Seri |Anwar Ibrahim", "the Amir Sheikh |Tamim": the office
                office = _title_before(body, lo + chunk[0].start(), gaz)
                if office and office[2] not in _NO_OFFICE:
                    return office
            if normalize(text) in _HONORIFICS or normalize(text) == "professor":
                # "Foreign Minister Prince Faisal", "Chief Adviser Professor X": the office, not the rank
                office = _title_before(body, lo + begin, gaz)
                if office and normalize(office[0]) not in _HONORIFICS and office[2] not in _NO_OFFICE:
                    return office
            return window[begin:chunk[-1].end()], lo + begin, cls
    return None


def _scan_sequences(an: Analysis) -> list[tuple[int, int, list[str], bool]]:
    """Gazetteer hits become mentions; returns unknown capitalised runs as (start, end, tokens, possessive)."""
    body, gaz = an.body, an.gazetteer
    runs: list[tuple[int, int, list[str], bool]] = []
    joined = []  # "Antigua and Barbuda": its capitalised parts are not scanned again
    for match in gaz.joined.finditer(body) if gaz.joined is not None else ():
        entry = gaz.lookup(match.group())
        if entry is not None:
            _add_entity(an, match.start(), match.end(), entry)
            joined.append(match.span())
    for seq in _SEQUENCE.finditer(body):
        pieces = list(_PIECE.finditer(body, seq.start(), seq.end()))
        if joined:
            pieces = [p for p in pieces if not any(a <= p.start() < b for a, b in joined)]
        if _party_name(gaz, pieces) or (len(pieces) >= 2 and _PRESS_BEFORE.search(body, max(0, seq.start() - 40),
                                                                                  seq.start())):
            # "Pheu Thai Party", "the Saudi daily Al Riyadh": one name, whatever place it holds
            runs += filter(None, [_close_run(body, pieces[1:] if pieces[0].group() == "The" else pieces)])
            continue
        i, run, n = 0, [], len(pieces)
        while i < n:
            hit = None
            for j in range(min(n, i + gaz.max_tokens), i, -1):
                if pieces[i].group() in _PARTICLES or pieces[j - 1].group() in _PARTICLES:
                    continue
                start, end = pieces[i].start(), pieces[j - 1].end()
                text = body[start:end]
                poss = text.endswith(("’s", "'s"))
                entry = gaz.lookup(text[:-2] if poss else text) or (gaz.lookup(text) if poss else None)
                if entry is not None and entry.kind == "org" and not text.isupper() and text.lower() in _STOP:
                    entry = None  # "Who runs ECOWAS now?": a stop word not written in capitals is no acronym (WHO)
                if entry is not None:
                    hit = (j, start, end - 2 if poss and gaz.lookup(text[:-2]) else end, entry)
                    break
                if text.endswith(("s’", "s'")) and gaz.lookup(text[:-1]) is not None:
                    hit = (j, start, end - 1, gaz.lookup(text[:-1]))  # "Laos' prime minister"
                    break
            if hit is not None and hit[3] is not None and hit[3].kind == "title" and hit[0] == i + 1 and 0 < i < n - 1 \
                    and _is_first_name(gaz, pieces[i].group()) and pieces[i + 1].group()[:1].isupper():
                hit = None  # "Tunku Datuk Seri Amir Bakri": a first name after a form of address, not the office
            if hit is not None and hit[3] is not None and hit[3].kind == "title" and hit[0] == i + 1 and run \
                    and run[-1].group() in ("bin", "ibn", "bint"):
                hit = None  # "Zayed bin Sultan Al Nahyan": after "son of", a father's name, not an office
            if run and (hit is None or hit[0] == i + 1) and _continues_name(gaz, run, pieces[i].group(), hit):
                run.append(pieces[i])  # "Theresa May", "Joseph Muscat", "Kim Jong Un": the name goes on
                i += 1
                continue
            if hit is not None and hit[3] is not None and hit[3].kind in ("city", "country") and hit[0] == i + 1 < n \
                    and not pieces[i].group().endswith(("’s", "'s")) \
                    and (_first_name_before_surname(gaz, pieces[i].group(), pieces[i + 1].group())
                         or _named_after_role(body, pieces[i].start(), pieces[i + 1].group(), gaz)):
                hit = None  # "Wellington Dias", "Montserrat Ribalta": a first name that is also a place, then a surname
            if hit is not None and hit[3] is not None and hit[3].kind == "title" and hit[3].extra == "rank" and run \
                    and hit[0] == i + 1 < n and _is_first_name(gaz, run[-1].group()) \
                    and pieces[i + 1].group()[:1].isupper() and gaz.lookup(pieces[i + 1].group()) is None:
                hit = None  # "Hassan Sheikh Mohamud": an honorific after a first name is part of the name
            if hit is not None and hit[3] is not None and hit[3].kind == "title" and hit[3].extra == "honorific" and run:
                if normalize(pieces[i].group()).rstrip(".") in _WESTERN_ADDRESS:
                    runs += filter(None, [_close_run(body, run)])  # "On Air Force One Mr Trump": Mr opens the name
                    run = []
                    i = hit[0]
                    continue
                if hit[0] < n and pieces[hit[0]].group()[:1].isupper():
                    i = hit[0]  # "Tengku Datuk Seri Zafrul Aziz": a form of address inside a name is left out
                    continue
                hit = None  # "Zaw Min Tun": the end of a name
            word = pieces[i].group()
            bare = word[:-2] if word.endswith(("’s", "'s")) else word
            if hit is None and (bare.lower() in _STOP or word.isdigit() or word in _CAPITALS_ADDRESS) \
                    and not (bare.lower() in _MONTH_NAMES and i + 1 < n and pieces[i + 1].group()[:1].isupper()
                             and (title := _title_before(body, pieces[i].start(), gaz)) and title[2] == "honorific") \
                    and not (bare.lower() in _WEEKDAY_NAMES and len(run) == 1 and _is_first_name(gaz, run[0].group())
                             and _SURNAME_THEN_VERB.match(body, pieces[i].end())):
                hit = (i + 1, pieces[i].start(), pieces[i].end(), None)  # (but "Hon. January Makamba": a first name;
                # and "the Leader of the Opposition, Godwin Friday, said": a surname)
            if hit is None:
                run.append(pieces[i])
                if word.endswith(("’s", "'s")):
                    runs += filter(None, [_close_run(body, run)])
                    run = []
                i += 1
                continue
            if run:
                runs += filter(None, [_close_run(body, run)])
                run = []
            j, start, end, entry = hit
            if entry is not None and entry.kind not in ("title", "region"):
                _add_entity(an, start, end, entry)
            i = j
        if run:
            runs += filter(None, [_close_run(body, run)])
    return runs


_OUR_STAFF = re.compile(r"\b(?:[Oo]ur|[Tt]his (?:paper|newspaper|website)[’']s)\s+(?:[\w-]+\s+){0,3}(?:correspondent|reporter|"
                        r"editor|columnist|analyst|writer)s?,?\s+$")
_PRESS_BEFORE = re.compile(rf"\b(?:{PRESS_NOUNS})\s+$")
# a kind of body named right before a name the gazetteer lacks: "the NGO Mekong Watch", "the think tank Bruegel",
# "the exiled opposition platform CNARED", "the forwarder Saigon Overland Logistics"
_BODY_KIND = re.compile(r"\b(?:NGO|charity|think[- ]tank|watchdog|consultancy|forwarder|(?:advocacy|campaign|"
                        r"pressure|lobby|rights|environmental|opposition|industry|business|trade|farmers[’']?|"
                        r"employers[’']?|civil[- ]society)\s+(?:group|association|body|platform|coalition|"
                        r"organi[sz]ation|network))(?=[ \t]+[A-Z])")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_PRESS_APPOSITIVE = re.compile(rf",\s+(?:the|a)\s+[^,;.“”\"]{{0,40}}?\b(?:{PRESS_NOUNS})\b")  # ", the Doha-based broadcaster"
# a transcript's speaker label opening a line ("ANNA KOVAC, HOST:", "REYES:"), a flash's topic label ("* XI V PENCE:")
_SPEAKER_LABEL = re.compile(r"(?m)^(?:[*•–-][ \t]+)?[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]*)*(?:, [A-Z][A-Z .'’\-]+)?:(?=\s)|"
                            r"^[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,5}$")  # (and an upper-case heading line)
# a broadcast script's sound-bite label: "SOT - MIGUEL ANGEL MORATINOS, SPANISH FOREIGN MINISTER:", "SOT - KING JUAN
# CARLOS (Spanish, subtitled):", "[SOT: PRESIDENT JANE ROE]" before the words spoken
SOUNDBITE = re.compile(r"(?m)^\[?(?:SOT|SOUNDBITE|SOUND|CLIP|GRAB|BITE)[ \t]*[-–—:,][ \t]*(?P<name>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*)"
                       r"(?:,[ \t]*(?P<role>[A-Z][A-Z .'’\-]+?))?(?:,[ \t]*[A-Z][A-Z .'’\-]+?)*(?:[ \t]*\([^)\n]*\))?(?::|\])")
_BODY_NOUN_AFTER = re.compile(r"[ \t]+(?:opposition\s+)?(?:party|movement|campaign|alliance|coalition)\b")  # "the X party said"
_ORG_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")
# a last word no surname has: an abstract noun's ending ("Revolution", "Cooperation", "Security", "Partnership"), or a
# word that names a people or a state ("the Great Socialist People's ...", "Republic", "Jamahiriya")
_NEVER_A_SURNAME = re.compile(r"(?!Clement$)[A-Z][a-z]+(?:tion|ity|ism|ship|ments?)|"
                              r"(?:People|Republic|Kingdom|Jamahiriya|Emirates|Federation|Affairs|Liaison)(?:[’']s)?")
_NAMED_THINGS = frozenset(
    """declaration summit agreement accord process plan initiative airport port conference statement consensus
    group principles framework charter treaty protocol format forum agenda compact club round talks""".split()
)


# months that are also surnames ("Theresa May", "Brian April"): after a listed first name they end the name
_SURNAME_WORDS = frozenset({"may", "june", "april", "august"})


_PARTY_HEADS = frozenset({"party", "movement", "front", "congress", "network", "campaign", "coalition"})

def _party_name(gaz: Gazetteer, pieces: list) -> bool:
    """Whether a capitalised sequence is a party's or newspaper's name holding a place or demonym ("Pheu Thai
    Party", "African National Congress", "the Samoa Observer"): it ends on a party noun and has a word of its own
    that no table knows, or ends on a newspaper's name noun after a place."""
    head = pieces[-1].group().rstrip("’'s").lower() if pieces else ""
    words = [p.group() for p in pieces[:-1] if p.group() not in _PARTICLES]
    if head in PRESS_HEADS and words and words[0].istitle():
        return any(getattr(gaz.lookup(w), "kind", None) in ("country", "city", "demonym") for w in words)
    named = [w for w in words if w != "The"]
    if head == "group" and len(named) == 1 and getattr(gaz.lookup(named[0]), "kind", None) == "city":
        return True  # "the Lima Group", "the Minsk Group": a body named after the city it was formed in
    if len(pieces) < 3 or head not in _PARTY_HEADS:
        return False
    return any(gaz.lookup(w) is not None for w in words) and any(
        gaz.lookup(w) is None and w.lower() not in _STOP and not w.endswith(("’s", "'s")) for w in words)


def _continues_name(gaz: Gazetteer, run: list, word: str, hit: tuple | None) -> bool:
    """Whether a capitalised token the scan would end a name at (a stop word or a gazetteer name) is the name's
    last part: a month or a city right after a listed first name ("Theresa May", "Joseph Muscat"), or a
    two-letter title-case token after two name tokens that only an acronym's case-blind lookup made a name
    ("Kim Jong Un" is not the UN)."""
    bare = word[:-2] if word.endswith(("’s", "'s")) else word
    if not bare[:1].isupper() or bare.isupper():
        return False
    entry = hit[3] if hit is not None else None
    if hit is None:
        return bare.lower() in _SURNAME_WORDS and len(run) <= 2 and _is_first_name(gaz, run[-1].group())
    if entry is None:
        return False
    if entry.kind == "org" and len(bare) == 2 and len(run) >= 2:
        return True
    if entry.kind == "city" and 2 <= len(run) <= 3 and _INITIAL.fullmatch(run[-1].group()) \
            and _is_first_name(gaz, run[-2].group()):
        return True  # "John F. Kennedy": an initial after a listed first name, then the surname (Kennedy, Colombia)
    return entry.kind == "city" and len(run) <= 2 and _is_first_name(gaz, run[-1].group())


_INITIAL = re.compile(r"[A-Z]\.")


def _is_first_name(gaz: Gazetteer, word: str) -> bool:
    """Whether a token is a listed first name, accents aside ("François" is "Francois")."""
    if word in gaz.male_names or word in gaz.female_names:
        return True
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return folded != word and (folded in gaz.male_names or folded in gaz.female_names)


def _first_name_before_surname(gaz: Gazetteer, word: str, nxt: str) -> bool:
    """Whether a city token that is also a first name ("Wellington", "Florence") reads as a person here: the next
    token is capitalised, not a particle, stop word, gazetteer name or the noun of a named thing ("Kazan Declaration")."""
    if word not in gaz.male_names and word not in gaz.female_names:
        return False
    bare = nxt[:-2] if nxt.endswith(("’s", "'s")) else nxt
    low = bare.lower()
    return (bare[:1].isupper() and low not in _PARTICLES and low not in _STOP and low not in _NAMED_THINGS
            and gaz.lookup(bare) is None)


def _named_after_role(body: str, start: int, nxt: str, gaz: Gazetteer) -> bool:
    """Whether a city token opens a name because a role stands right before it ("security adviser, |Sydney
    Mufamadi", "Minister |Florence X") and an unknown capitalised token follows."""
    if not nxt[:1].isupper() or gaz.lookup(nxt.rstrip("’'s")) is not None or nxt.lower() in _NAMED_THINGS:
        return False
    at = start - 2 if body[max(0, start - 2):start] == ", " else start
    titled = _title_before(body[:at] + " ", at + 1, gaz) if at != start else _title_before(body, start, gaz)
    return bool(titled) and titled[2] not in _NO_OFFICE


_POSTNOMINALS = frozenset("MP SC QC KC OBE MBE CBE KBE DBE CMG KCMG GCMG MLA MSP MEP TD".split())
_LETTERS_AFTER = re.compile(rf"(?:[ \t]+(?:{'|'.join(_POSTNOMINALS)})\b)+")


def _close_run(body: str, pieces: list) -> tuple[int, int, list[str], bool] | None:
    """Turn a list of token matches into (start, end, tokens, possessive), trimming particles and 's;
    None when nothing but particles is left (a run such as "de" alone)."""
    while pieces and (pieces[-1].group() in _PARTICLES or (len(pieces) > 2 and pieces[-1].group() in _POSTNOMINALS)):
        pieces = pieces[:-1]  # "the Hon Kamla Persad-Bissessar SC MP": letters after a name are not part of it
    if not pieces:
        return None
    start, end = pieces[0].start(), pieces[-1].end()
    tokens = [p.group() for p in pieces]
    possessive = tokens[-1].endswith(("’s", "'s"))
    if possessive:
        tokens[-1], end = tokens[-1][:-2], end - 2
    return start, end, tokens, possessive


# "the Danube town of Visegrad", "at Visegrad", "VISEGRAD, Hungary": the town, not the body named after it
_AS_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|outside|above|below)\s+|\b(?:town|city|village)\s+of\s+)$")
_AS_BODY_AFTER = re.compile(r"\s+(?:countries|states|nations|group|four|format|leaders|partners|members|declaration)\b",
                            re.I)


def _add_entity(an: Analysis, start: int, end: int, entry: Entry) -> None:
    """Record a gazetteer mention (demonyms resolve to their country; a body's name used as a place is the town)."""
    if entry.kind == "org" and an.gazetteer.places and not _AS_BODY_AFTER.match(an.body, end):
        town = an.gazetteer.places.get(normalize(an.body[start:end]))
        if town is not None and (an.in_dateline(start) or _AS_PLACE_BEFORE.search(an.body, max(0, start - 20), start)):
            entry = town
    kind = "demonym" if entry.kind == "demonym" else entry.kind
    an.found.append(Found(start, end, entry.key, kind, an.in_quote(start)))
    an.names.setdefault(entry.key, entry.name)
    an.surfaces.setdefault(entry.key, set()).add(an.body[start:end])


# organisations that speak for themselves (a ministry or a council speaks for its country, as the gold has it)
# parties and newspapers speak for themselves too ("the opposition Democratic Party of Korea called ...", "The
# Global Times, a state-run tabloid, accused ...")
_SELF_SPEAKING = frozenset("organization organisation foundation institute association federation movement alliance front "
                           "congress society network coalition party trust group".split()) | PRESS_HEADS
_OF_NAME = re.compile(r"[ \t]+(?:of|for)[ \t]+((?:[A-Z][\w’'\-]*[ \t]*)+)")


_BASED = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?-based\s+")


def _named_body(an: Analysis, start: int, end: int, tokens: list[str], force: bool = False) -> None:
    """A capitalised name of a non-governmental body that the gazetteer lacks ("the World Sikh Organization of
    Canada") becomes an organisation mention keyed by its slug, so that it can speak; ``force`` when the context,
    not the name, says so."""
    if an.in_quote(start) or (not force and (len(tokens) < 2 or tokens[-1].lower() not in _SELF_SPEAKING)):
        return  # (force: the context already says it is a body - "the daily Al-Watan", "The X Fighters said")
    tail = _OF_NAME.match(an.body, end)
    if tail:
        end = tail.end(1) - (len(tail.group(1)) - len(tail.group(1).rstrip()))
    nation = next((f for f in an.found if f.kind == "demonym" and f.end == start - 1 and an.body[f.end] == " "
                   and re.search(r"(?:^|\b[Tt]he\s+)$", an.body[max(0, f.start - 4):f.start])), None)
    if nation is None:  # "The Commonwealth Lawyers Association": a body's name opening the name is part of it
        nation = next((f for f in an.found if f.kind == "org" and f.end == start - 1 and an.body[f.end] == " "
                       and an.body[f.start:f.end][:1].isupper() and " " not in an.body[f.start:f.end]
                       and re.search(r"(?:^|\b[Tt]he\s+)$", an.body[max(0, f.start - 4):f.start])), None)
    if nation is not None:  # "The Canadian Civil Liberties Association": the nationality is part of the name
        start = nation.start
        if nation.kind == "org":
            an.found.remove(nation)  # (the opening body is no mention of its own)
    based = _BASED.match(an.body, start, end)
    if based:  # "The Suva-based Pacific Citizens' Network": where it sits is no part of its name
        start = based.end()
    name = an.body[start:end]
    key = f"org:{slugify(name)}"
    # "the Portuguese Communist Party ... The Communist Party said": the shorter name is the body named before
    key = next((f.key for f in an.found if f.kind == "org" and f.start < start and f.key.endswith("-" + key[4:])), key)
    # (in place, not appended: the scan that follows reads the mentions before a name in offset order)
    insort(an.found, Found(start, end, key, "org", False), key=lambda f: f.start)
    an.names.setdefault(key, name)
    an.surfaces.setdefault(key, set()).add(name)


def _affiliation_at(an: Analysis, end: int) -> str | None:
    """Key of a gazetteer mention ending at ``end`` (followed by a space), e.g. "U.S." before "President"."""
    for found in reversed(an.found):
        if found.end in (end, end - 1) and found.kind != "person":
            return found.key
        if found.end == end - 2 and found.kind != "person" and an.body[found.end:end] in ("’s", "'s"):
            return found.key  # "Britain's Prime Minister"
        if found.end == end - 1 and found.kind != "person" and an.body[found.end:end] in ("’", "'"):
            return found.key  # "Laos' Prime Minister"
        if found.end < end - 3:
            break
    return None


_NAMED_BODY = re.compile(  # "of the centre-left Democratic Party": lower-case modifiers may lead; "of ASPEX": an acronym
    r"the\s+(?:[a-z][\w\-]*\s+){0,2}[A-Z][\w’'\-]*+(?:\s+[A-Z][\w’'\-]*+)*+"
    r"(?!\s+(?!(?:in|at|of|for|and|based|tribunal|court|commission|council|agency|bank|fund|office)\b)[a-z])|"
    r"[A-Z]{3,}\b(?![’'\-])")


def _title_with_of(an: Analysis, rest: str, after: int) -> int | None:
    """Where a known title ends when ``rest`` up to one of the next three words after ``after`` is one ("Leader of the
    Opposition", "Minister for Foreign Affairs"); else None."""
    ends = [m.end() for m in re.finditer(r"[\w’'-]+", rest[after:after + 40])][:3]
    return next((after + end for end in reversed(ends) if normalize(rest[:after + end]) in an.gazetteer.titles
                 and not re.match(r"\s+[A-Z]", rest[after + end:])), None)  # (not "of the opposition People's Party")


def _role_phrase(an: Analysis, phrase: str, base: int) -> str | None:
    """The role inside an appositive phrase ("Brazil's minister for social development at ..." ->
    "minister for social development"): leading determiner or possessive dropped, cut before "at/in/with ..."
    and before "of/for <named organisation or country>"; its head must be a known title."""
    lead = re.match(r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}(?:’s|'s)\s+|"
                    r"(?:organi[sz]ation|bloc|alliance|group|union|body|forum|league|commission|movement|community|"
                    r"grouping|club|association|assembly|council)(?:’s|'s)\s+|"
                    r"[A-Z][\w.’'-]*-based\s+)?",  # ("a Shanghai-based freight analyst": where, not what)
                    phrase)
    rest_at = lead.end() if lead else 0
    for found in an.found:  # "the White House national security adviser": the employer is not the role
        if found.start == base + rest_at and found.kind != "person":
            skip = re.match(r"(?:’s|'s)?\s+", phrase[found.end - base:])
            if skip:
                rest_at = found.end - base + skip.end()
    rest = phrase[rest_at:]
    joined = _AND_OFFICE.search(rest)  # "deputy prime minister and finance minister": one person's two offices
    if joined and normalize(joined.group(2)) in an.gazetteer.titles and _role_phrase(an, joined.group(1), base) \
            and not _AND_OFFICE.search(joined.group(1)):
        return f"{_role_phrase(an, joined.group(1), base)} and {joined.group(2)}"
    for both in _AND_ROLE.finditer(rest):  # "the Lao prime minister and this year's ASEAN chair": the first office
        office = both.group(1)  # ("... and President of the party" too, but not "of England and Wales")
        if office is None or any(normalize(w) in an.gazetteer.titles for w in (office, office.split()[0])):
            rest = rest[:both.start()]
            break
    cut = len(rest)
    for match in _ROLE_CUT.finditer(rest):
        word = match.group().strip()
        if word == "for" and _SPOKES.search(rest, 0, match.start()):
            cut = match.start()  # "a spokesman for the president's office of ...": the role is the spokesman
            break
        if word in ("in", "on") and _ACADEMIC.search(rest, 0, match.start()) and _FIELD.match(rest, match.end()):
            continue  # "a lecturer in international relations at ...", "a senior fellow in China studies", "a
            # researcher on East Asian affairs at a Jakarta think tank"
        if word == "on" and rest[:match.start()].split()[-1:] and rest[:match.start()].split()[-1][:1].isupper():
            continue  # "a tram driver on the No. 5 route" is cut, "High Representative on the Rohingya issue" is not
        if word == "for" and _SPAN_AFTER.match(rest, match.end()):
            cut = match.start()  # "President for all of four days": how long, not what of
            break
        held = _title_with_of(an, rest, match.end()) if word in ("of", "for", "to") else None
        if held:  # "the Leader of the Opposition": a title that holds its own "of" (and ends there: "leader of the
            cut = held  # opposition People's Party")
            break
        if word in ("of", "for", "to"):
            tail_at = base + rest_at + match.end()
            if not any(tail_at <= f.start <= tail_at + 5 and f.kind != "person" for f in an.found) \
                    and not (word != "to" and _NAMED_BODY.match(rest, match.end())) \
                    and not (word == "of" and _HEAD_OF_STATE.search(rest, 0, match.start())
                             and _PLACE_NAME.fullmatch(rest, match.end())):
                continue  # "minister for social development" stays; "director of the Carnegie ..." is cut (and
                # "the president of Nagorno-Karabakh": a place the gazetteer does not know)
        cut = match.start()
        break
    # "a former Dutch prime minister" -> "former prime minister": the nationality goes to the affiliation
    role = drop_nationality(rest[:cut].strip(" ,"), an.gazetteer)
    counted = re.fullmatch(r"(?:two|three|four|both)\s+(?:[\w-]+\s+){0,2}?([a-z]+s)", role)
    if counted and an.gazetteer.titles.get(counted.group(1)) == "plural":
        return _singular_role(counted.group(1))  # "X and Y, the two longest-serving presidents,": each a president
    head = re.split(r"\s+(?:of|for|to|in|on)\s+", role, maxsplit=1)[0]
    employer = [m for m in re.finditer(rf"\b(?:{'|'.join(_EMPLOYER_NOUNS)})\s+", head)
                if not (m.group().startswith("office") and head[:m.start()].split()[-1:] in (
                    [w] for w in _OFFICE_COMPOUND))]  # (a "front office manager" runs a desk: the trade, no employer)
    if employer:  # "the foreign ministry spokeswoman": the ministry employs, the role is "spokeswoman"
        role, head = role[employer[-1].end():], head[employer[-1].end():]
    words = head.split()
    two = _TWO_TRADES.fullmatch(head)  # "a machinist and union steward": one person's two trades
    if two and all(normalize(w) in an.gazetteer.titles for w in two.group(1, 2)):
        words = head.split(" and ")[1].split()
    if not words or len(words) > 5 or any(w.lower() in _FUNCTION and not (
            w.lower() == "office" and i and words[i - 1].lower() in _OFFICE_COMPOUND) for i, w in enumerate(words)):
        return None
    if not any(" ".join(words[i:]).lower() in an.gazetteer.titles for i in range(len(words))):
        return None
    region = an.gazetteer.lookup(" ".join(words[:-1])) if len(words) > 1 else None
    if region is not None and region.kind == "region" and words[-1].lower() in an.gazetteer.titles:
        return role  # "a Pacific historian", "chief Asia economist": the region is the specialism, part of the role
    if head[:1].isupper() and len(words) > 1 and not words[-1][:1].isupper():
        # "the Polisario Front leader" (a body the scan has not reached yet): the lower-case title after its name
        lower = len(words) - next(i for i, w in enumerate(reversed(words)) if w[:1].isupper() or w[:1].isdigit())
        title = " ".join(words[lower:])
        # ("a Lincolnshire wheat grower": the title's own lower-case modifiers stay with it)
        return role[role.index(title, len(" ".join(words[:lower]))):] if any(
            " ".join(words[i:]).lower() in an.gazetteer.titles for i in range(lower, len(words))) else None
    return role


_OFFICE_ADVERB = r"(?:now|currently|still|by\s+then)[ \t]+"  # ("Fernandez, now Argentina's president-elect,")
# where an appositive's office ends: "the envoy| named by the opposition leader Juan Guaido", "the bloc's executive
# secretary| and himself a Mauritian"
_APPOSITIVE_TAIL = re.compile(r"[ \t]+(?:named|appointed|sent|chosen|picked|nominated)[ \t]+by\b|"
                              r"\s+and\s+(?:him|her|them)sel(?:f|ves)\b|"
                              r"[ \t]+whom[ \t]")  # ("a Cuban exile militant| whom Havana has accused of ...")


_WHO_BECAME = re.compile(r"\b(?:who|and)\s+(?:became|has\s+since\s+become|is\s+now)\s+")


def _apposition(an: Analysis, end: int) -> tuple[str, str | None] | None:
    """Role and affiliation from ", senior director of X for the Y," after a name."""
    body = an.body
    age = re.match(r",[ \t]+\d{1,3}(?=,)", body[end:end + 6])  # a vox pop's "Doug Fairweather, 66, a retired ..."
    end += age.end() if age else 0
    match = re.match(r",[ \t]+([^,;“”\"\n]{2,110}?)(?=[,;]|(?<![A-Z])\.\s|(?<=[A-Z]{3})\.\s|\.$|$)", body[end:end + 130])
    if not match:
        return None
    phrase, base = match.group(1), end + match.start(1)
    phrase = _APPOSITIVE_TAIL.split(phrase, 1)[0]
    adverb = re.match(_OFFICE_ADVERB, phrase)
    if adverb:  # "Fernandez, now Argentina's president-elect,": the office without the adverb
        phrase, base = phrase[adverb.end():], base + adverb.end()
    became = _WHO_BECAME.search(phrase)
    if became:  # "Delors, the former French finance minister who became President of the Commission in January,":
        # the office held now
        phrase, base = phrase[became.end():], base + became.end()
    role = _role_phrase(an, phrase, base)
    if role is None:
        return None
    return role, _affiliation_in(an, base, base + len(phrase))


_INSTITUTION_OF = re.compile(r"\b(?:Board|University|Institute|Conference|Federation|Association|College|Foundation|"
                             r"Cent(?:re|er)|Society|School|Academy|Museum|Library|Chamber\s+of\s+Commerce)\s+"
                             r"(?:for\s+[A-Z][\w-]*\s+)?of\s+(?:the\s+)?$")


_INSTITUTION_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:University|Institute|College|Academy|Foundation|Centre|Center|"
                                r"Society|School)\b")


def _affiliation_in(an: Analysis, start: int, end: int) -> str | None:
    """Most specific organisation, else country, mentioned in [start, end)."""
    hits = [f for f in an.found if start <= f.start < end and f.kind != "person"
            and not (f.kind == "country" and _INSTITUTION_OF.search(an.body, max(0, f.start - 40), f.start))
            and not (f.kind == "demonym" and _INSTITUTION_AFTER.match(an.body, f.end))]
    # ("a criminologist at the Central American University": the name of a university, not the state)
    # ("a senior economist at the Conference Board of Canada": a research body's name, not the state he speaks for)
    for kind in ("org", "country", "demonym", "city"):
        for hit in hits:
            if hit.kind == kind:
                return hit.key
    return None


def _apposition_before(an: Analysis, start: int) -> tuple[str, str | None] | None:
    """Role from a leading appositive: "A spokesman for the Chinese foreign ministry, |Wang Wenbin," (a rank or an
    honorific such as "Colonel" or "Prince" may stand between the comma and the name). A title ending the clause
    is taken with its modifiers ("Turkey's top diplomat, |X"), else the first title of the clause."""
    body = an.body
    for turn in range(3):  # ("..., Hon. Prof. X": abbreviated forms of address in a row)
        rank = _title_before(body, start, an.gazetteer)
        if not (rank and (rank[2] in _NO_OFFICE or normalize(rank[0]) in _ADDRESS_AFTER_OFFICE)) or (
                turn and not rank[0].endswith(".")):
            break
        start = rank[1]
    address = re.search(r"(\S+)\s$", body[max(0, start - 8):start])
    if address and address.group(1) in _CAPITALS_ADDRESS:  # "..., HE Sheikh X"
        start -= len(address.group())
    if not body[max(0, start - 2):start] == ", ":
        return None
    shared = _shared_office(body, start, 60)
    if shared and shared[1]:  # "three prime ministers, |A, B and C": each holds the office, not "three prime ministers"
        return shared[0], None  # (but "a spokesman, |X" is one, with the employer the appositive names)
    sent = an.sentences.spans[an.sentences.index_at(start)]
    clause_start = max(sent[0], max(body.rfind(mark, sent[0], start - 2) for mark in ",;:") + 1)
    named = _NAME_BEFORE_COMMA.search(body, max(sent[0], clause_start - 50), clause_start)
    if named and _is_first_name(an.gazetteer, named.group(1)) and not any(f.end == named.end(2) for f in an.found) \
            and not re.match(r"\s*(?:and|or|but)\s", body[clause_start:start]) \
            and not _LED_BY_APPOSITIVE.search(body, max(0, named.start(1) - 40), named.start(1)):
        # (", and China's president, Xi"; "Bolivia's president, Evo Morales, Nicaragua's president, X": the name
        # before had its own leading appositive, so this one leads the next name)
        return None  # "Emmanuel Macron, President of France, Angela Merkel, ...": the role is the name's before it
    ending = _title_before(body[clause_start:start - 2] + " ", start - 1 - clause_start, an.gazetteer)
    if ending and ending[2] not in _NO_OFFICE and normalize(ending[0]) not in _HONORIFICS:
        return drop_nationality(ending[0], an.gazetteer), _affiliation_in(an, clause_start, start)
    clause = body[clause_start:start - 2]
    words = re.findall(r"[\w\-]+", clause)
    for i in range(len(words)):
        for size in (4, 3, 2, 1):
            text = " ".join(words[i:i + size])
            if i + size < len(words) and words[i + size].lower() in ("states", "countries", "nations", "governments"):
                continue  # "the Union's fifteen member states": a noun's modifier, nobody's title
            if len(words[i:i + size]) == size and an.gazetteer.titles.get(normalize(text), "rank") not in _NO_OFFICE:
                after = re.search(re.escape(text) + r"(\s+of\s+the\s+[a-z][a-z\s-]*)$", clause)
                if after and text.islower() and not _BODY_AFTER_OF.search(after.group(1)):  # "the speaker of the upper house of parliament, |X": the office with
                    text += after.group(1)  # the unnamed body it heads
                return text, _affiliation_in(an, clause_start, start)
            if i == 3 and len(words[i:i + size]) == size and text.endswith("s") and " ".join(words[:3]).lower() \
                    == "one of the" and an.gazetteer.titles.get(normalize(text[:-1]), "rank") not in _NO_OFFICE:
                return text[:-1], _affiliation_in(an, clause_start, start)  # "One of the protest leaders, |X": one
    return None


_OF_PLACE = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?")
# ("the secretary-general of the league, |X": the body is the affiliation, not part of the office)
_BODY_AFTER_OF = re.compile(r"\b(?:league|bloc|alliance|union|organi[sz]ation|group|community|commonwealth|forum|"
                            r"association|movement|commission|conference|council|summit)\s*$")
_LED_BY_APPOSITIVE = re.compile(r"[A-Z][\w-]*(?:’s|')s?\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+$")
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)((?:\s+[A-Z][\w’'-]+){1,3}),\s*$")
_STYLE_OF_ADDRESS = re.compile(r"\b(?:His|Her)\s+(?:Royal\s+)?(Majesty|Highness)\b")
_MONARCHS = frozenset({"king", "queen", "emperor", "sultan", "monarch", "emir", "amir"})
_HIGHNESSES = frozenset({"prince", "princess", "emir", "sheikh", "sultan"})
_LEADER_NP = re.compile(rf"\b[Tt]he {_NATIONALITY}((?i:prime minister|president|chancellor|premier|secretary[- ]general))"
                        r"\b(?! of\b)(?!’s|'s)")  # ("Ban Ki-moon spoke. The Secretary-General urged ...")
_ACADEMIC = re.compile(r"\b(?:lecturer|fellow|researcher|reader|scholar|specialist)\s*$")
_FIELD = re.compile(r"(?:[a-z][\w-]*|[A-Z][a-z]+\s+studies|(?:[A-Z][a-z]+\s+){1,2}[a-z][\w-]*)(?:\s+(?:and\s+)?[a-z][\w-]*)*"
                    r"(?=\s+(?:at|in|with)\s|\s*$|,)")  # ("a lecturer in European politics at ...")
_HEAD_OF_STATE = re.compile(r"\b(?:president|prime\s+minister)$", re.I)
_PLACE_NAME = re.compile(r"[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?")  # one capitalised word, hyphenated at most
_TWO_TRADES = re.compile(r"([a-z]+)\s+and\s+(?:[a-z]+\s+)?([a-z]+)")
_AND_OFFICE = re.compile(r"^(.+?)\s+and\s+((?:[a-z]+\s+){0,2}(?:minister|secretary|chairman|chair|governor))$")
_AND_ROLE = re.compile(r"\s+and\s+(?:this|the|a|an|its|his|her|their|also)\b|\s+and\s+(?=([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))")
_TO_A_PLACE = re.compile(r"\b(?:to|in|at|from|into|near|towards?|via|outside)\s+$")
_APPOSITIVE_HEAD = re.compile(r",[ \t]+(?:" + _OFFICE_ADVERB + r")?(?:the|a|an|[A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)?[’']s)[ \t]")  # "Widodo, Indonesia's president,"


# "The two countries' presidents, Giorgi X and Petro Y,": a plural office before a list of names
_VENUE_NOUNS = frozenset("""theatre theater hall centre center stadium palace hotel museum library square bridge airport
    hospital school college park street avenue road building tower arena auditorium cathedral mosque temple church""".split())
# "Presidents A of X, B of Y and C": a plural title over a list of names, each of them holding it
_NOT_TITLE = r"(?!(?:Prime|Foreign|Presidents|Ministers|Chancellors|Premiers)\b)"
_NAME_OF = rf"{_NOT_TITLE}[A-Z][\w.’'-]*(?:\s+(?:da|de|dos|do|van|von|bin|al|el|la|le)?\s*{_NOT_TITLE}[A-Z][\w.’'-]*){{0,5}}" \
           r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
_PLACES = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+"
_PLURAL_TITLE_LIST = re.compile(rf"\b((?:(?:[Ff]ormer|[Oo]utgoing)\s+)?(?:[Pp]rime\s+|[Ff]oreign\s+)?"
                                rf"(?:Presidents|Ministers|Chancellors|Premiers|presidents|ministers|chancellors|premiers))"
                                # ("the prime ministers of New Zealand and Canada, |Helen Clark and |Jean Chretien")
                                rf"(?:\s+of\s+{_PLACES},)?"
                                rf"[ \t]+(?:{_NAME_OF}(?:,\s+|,?\s+and\s+))*(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$")
_COUNTERPARTS_LIST = re.compile(rf"\b(?:his|her|their)\s+counterparts,?[ \t]+(?:{_NAME_OF}(?:,\s+|,?\s+and\s+))*$")
_PLURAL_WORDS = ("Presidents", "Ministers", "Chancellors", "Premiers", "presidents", "ministers", "chancellors",
                 "premiers")
# "Prime Minister X of Sweden, Denmark's Y, Norway's Z and Iceland's |W": the office of the list's first name is
# every listed state's
_STATE_OF = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?[’']s\s+"
_SHARED_TITLE_LIST = re.compile(rf"\b(Prime\s+Minister|President|Chancellor|Premier)\s+{_NAME_OF}(?:,\s+|,?\s+and\s+)"
                                rf"(?:{_STATE_OF}{_NAME_OF}(?:,\s+|,?\s+and\s+))*{_STATE_OF}$")
_OF_STATE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_DOCUMENT_LABELS = frozenset({"Source", "Document", "Exhibit", "Extract", "Figure", "Table", "Annex", "Appendix"})
_HEADLINE_PREPOSITIONS = frozenset({"Aboard", "At", "In", "On", "With", "For", "From", "To", "After", "Before", "Over",
                                    "Under", "Inside", "Outside", "Near", "During", "Amid", "Against", "Into", "Onto"})
# the words of _VENUE_NOUNS that are never a surname after a title ("Queen Street"; but "President Park" is a name)
_PLACE_NOUNS = _VENUE_NOUNS - {"hall", "park", "church", "temple", "tower", "college"}
_LABEL_ROLE_START = re.compile(r"(?:The\s|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?[’']s\s)")
_PAIR_FIRST = re.compile(r"\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")  # "A| and B|, the ..."
_PAIR_THEN_ROLES = re.compile(r",\s+the\s+([A-Z][\w-]+)\s+and\s+([A-Z][\w-]+)\s+(?P<role>presidents|prime\s+ministers|"
                              r"foreign\s+ministers|chancellors|leaders)\b")
_PLURAL_ROLE_LIST = re.compile(
    r"\b(?P<role>(?:(?:foreign|defence|defense|finance|trade|deputy|vice)\s+)?(?:presidents|prime\s+ministers|"
    r"ministers|chancellors|premiers|kings|leaders|heads\s+of\s+(?:state|government)|envoys|ambassadors|"
    r"spokesm[ae]n|secretaries-general))\s*[,:]\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"  # "four African presidents, A of
    # Nigeria, B ...", "Their foreign ministers, A for Poland, B for Czechoslovakia and C ...", "All six heads of
    # state: A of Argentina, the host; B of Brazil; ... and C of Bolivia"
    r"(?:,\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?=;))?"
    r"(?:\s*[,;]\s+(?:and\s+)?|\s+and\s+)){0,7}"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?[’']s\s+)?$")  # ("his fellow presidents, China's |Jiang Zemin, ...")


def _shared_office(body: str, start: int, reach: int) -> tuple[str, bool] | None:
    """(office, plural) of an office over a list of names ending at ``start``, within ``reach`` characters of the
    same paragraph: "the two countries' presidents, A and |B" -> ("president", True)."""
    shared = _PLURAL_ROLE_LIST.search(body, max(0, start - reach), start)
    if shared is None or "\n" in body[shared.start():start]:  # (a list does not run on past its paragraph)
        return None
    return _singular_role(shared.group("role")), not shared.group("role").endswith("man")


def _singular_role(plural: str) -> str:
    """'presidents' -> 'president', 'heads of state' -> 'head of state', 'spokesmen' -> 'spokesman'."""
    words = plural.split()
    if words[0] == "heads":
        return " ".join(["head", *words[1:]])
    last = words[-1]
    if last.endswith("man"):  # ("spokesman": one already)
        return plural
    last = last[:-3] + "man" if last.endswith("men") else last.replace("secretaries", "secretary") if \
        last.startswith("secretaries") else last[:-1]
    return " ".join([*words[:-1], last])


_FIRST_TRIP_AS = re.compile(r",\s+(?:on|attending|at)\s+(?:his|her)\s+first\s+(?:[\w-]+\s+){0,2}?(?:trip|journey|visit|tour|"
                            r"summit|meeting)(?:\s+abroad)?\s+as\s+"
                            r"(?P<whose>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?[’']s\s+)?(?P<role>[a-z][a-z -]{1,30}?)\s*,")


_OFFICE_OF_BEFORE = re.compile(r"\b(President|Prime\s+Minister|Chairman|Chancellor|King|Emir|Premier|Vice\s+President)\s+of\s+"
                               r"(?:the\s+)?((?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w’'-]*)\s+"
                               r"(?:(?:H\.\s?E\.|HE|(?:His|Her)\s+Excellency|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)*$")  # "... of Japan H.E. Mr. X"


_GLUED = re.compile(GLUED_INITIAL)
_REPUBLIC_OF = re.compile(r"^(?:(?:Federal|Islamic|People[’']s|Democratic|Arab|Socialist|United)\s+)*Republic\s+of\s+(?:the\s+)?")


def _role_in_context(an: Analysis, start: int, name_end: int, titled: bool) -> tuple[str, str | None] | None:
    """(role, affiliation) that the words around a name give when no title or appositive did: "Xi, on his first trip
    abroad as China's president,"; "the two countries' presidents, A and B,"; "A and B, the American and Russian
    presidents," (each in turn); a scorecard's
    paragraph label "Christine Lagarde. The IMF managing director arrived ..." (the next sentence names the role)."""
    body, gaz = an.body, an.gazetteer
    trip = _FIRST_TRIP_AS.match(body, name_end)
    if trip and normalize(trip.group("role")) in gaz.titles:
        return trip.group("role"), _affiliation_at(an, trip.start("role") - 1) if trip.group("whose") else None
    shared = None if titled else _shared_office(body, start, 260)
    if shared:  # "the two countries' presidents, A and B,": each holds the office
        an.memo.setdefault("listed_under_office", set()).add(start)  # (see participants: a generic one)
        return shared[0], None
    pair = None if titled else _PAIR_THEN_ROLES.match(body, name_end)
    first = not titled and pair is None and _PAIR_FIRST.match(body, name_end)
    pair = pair or (_PAIR_THEN_ROLES.match(body, first.end()) if first else None)
    if pair:
        state = gaz.lookup(pair.group(1 if first else 2))
        return _singular_role(pair.group("role")), (
            state.key if state is not None and state.kind in ("country", "demonym") else None)
    if (start == 0 or body[start - 1] == "\n") and body[name_end:name_end + 2] == ". " \
            and _LABEL_ROLE_START.match(body, name_end + 2):
        for word in list(re.finditer(r"\S+", body[name_end + 2:name_end + 90]))[1:6]:
            phrase = body[name_end + 2:name_end + 2 + word.end()]
            role = _role_phrase(an, "t" + phrase[1:] if phrase.startswith("The ") else phrase, name_end + 2)
            if role:
                return role, _affiliation_in(an, name_end + 2, name_end + 2 + len(phrase))
    return None


# a parliamentary record's turn: "The Prime Minister (Mr Gordon Brown):", "The Secretary of State for Foreign Affairs
# (David Miliband):": the office, then the member's name in brackets
_HANSARD = re.compile(r"(?m)^(?:The[ \t]+)?(?P<role>[A-Z][\w’'-]*(?:[ \t]+(?:of|for|the|and|[A-Z][\w’'-]*))*)[ \t]+"
                      r"\((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?[ \t]+)?"
                      r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})\):")


def _soundbite_people(an: Analysis) -> list[tuple[int, int, list[str], str | None, str | None, bool]]:
    """People a broadcast script's sound-bite labels name, with the role the label gives ("SOT - JANE ROE, SPANISH
    FOREIGN MINISTER:" -> Jane Roe, foreign minister of Spain; "SOT - KING JUAN CARLOS:" -> Juan Carlos, King)."""
    out = []
    for match in SOUNDBITE.finditer(an.body):
        tokens = [t[:1] + t[1:].lower() for t in match.group("name").split()]
        role, affiliation = None, None
        if len(tokens) > 2 and normalize(tokens[0]) in an.gazetteer.titles:
            role, tokens = tokens[0], tokens[1:]
        if match.group("role"):
            words = match.group("role").lower().split()
            state = an.gazetteer.lookup(words[0].title())
            if state is not None and state.kind in ("demonym", "country"):
                affiliation, words = state.key, words[1:]
            label = match.group("role").split()
            if not (len(label) == 1 and len(label[0]) <= 5 and label[0].lower() not in an.gazetteer.titles):
                role = " ".join(words) or role  # (but "SOUNDBITE, JANE ROE, EDAM:": her think tank, no office)
        start = match.start("name") + (len(match.group("name")) - len(" ".join(tokens)))
        out.append((start, match.end("name"), tokens, role, affiliation, True))
        an.memo.setdefault("soundbites", {})[match.end()] = "person:" + slugify(" ".join(tokens))
    for match in _HANSARD.finditer(an.body):  # "The Prime Minister (Mr Gordon Brown): With permission, ..."
        role = match.group("role")
        if normalize(role) not in an.gazetteer.titles and not any(
                normalize(role).endswith(" " + t) for t in ("minister", "secretary", "chancellor", "leader")):
            continue
        out.append((match.start("name"), match.end("name"), match.group("name").split(), role, None, True))
    return out


def _name_tail(an: Analysis, end: int) -> tuple[int, str | None]:
    """End of a name widened over "of Chad" / "from Kenya" (country or organisation), and that body's key; letters
    after the name ("Julia Gillard MP,") belong to it too."""
    letters = _LETTERS_AFTER.match(an.body, end)
    if letters:
        return letters.end(), None
    match = _OF_PLACE.match(an.body, end)
    if match:
        for found in an.found:
            if found.start == match.end() and found.kind in ("country", "org"):
                return found.end, found.key
    return end, None


# "Minister for Trade and Industry Gan Kim Yong", "Secretary of State for Defence X": a capitalised portfolio runs
# straight into the name after it
# ("Adviser to the Prime Minister on Foreign Affairs Sartaj Aziz", "Special Assistant to the President on ...")
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Adviser|Advisor|Assistant|Envoy)"
                               r"(?:\s+of\s+State|\s+to\s+the\s+(?:Prime\s+Minister|President))?\s+(?:for|of|on)\s+(?:the\s+)?"
                               r"(?:(?:[A-Z][\w-]*\s+){1,3}(?:and|&)\s+)?$")  # ("of Foreign Affairs and |Trade X")
_PORTFOLIO_WORDS = frozenset(
    """trade industry foreign affairs defence defense finance economy economic health education energy environment
    justice interior home agriculture transport labour labor commerce development culture science technology digital
    climate security planning tourism fisheries water infrastructure housing information communications external
    international cooperation women youth sports social welfare national public works investment treasury""".split())


def _portfolio_split(body: str, start: int, tokens: list[str]) -> tuple[int, list[str], str] | None:
    """(name start, name tokens, role) when a run opens with the rest of a "Minister for ..." portfolio; no name
    tokens when the run is the portfolio alone ("the Minister for Foreign Affairs said")."""
    if tokens[0].lower() not in _PORTFOLIO_WORDS:
        return None
    lead = _PORTFOLIO_BEFORE.search(body, max(0, start - 60), start)
    if not lead:
        return None
    k = 0
    while k < len(tokens) and tokens[k].lower() in _PORTFOLIO_WORDS:
        k += 1
    if k == len(tokens):
        return start, [], ""
    if len(tokens) - k < 2:
        return None
    at = start
    for token in tokens[:k]:
        at = body.index(token, at) + len(token)
    at = body.index(tokens[k], at)
    return at, tokens[k:], body[lead.start():at].strip()


_KIND_NAMED = re.compile(r"[ \t]*((?:[A-Z][\w’'\-]*)(?:[ \t]+(?:(?:of|for|and)[ \t]+)?[A-Z][\w’'\-]*)*)")


def _kind_named_bodies(an: Analysis, runs: list) -> list:
    """A name after a kind of body ("the NGO Mekong Watch", "the think tank Bruegel") is that body, whatever
    gazetteer words it holds; returns the runs left to read as people."""
    for kind in _BODY_KIND.finditer(an.body):
        name = _KIND_NAMED.match(an.body, kind.end())
        if not name or an.in_quote(kind.start()):
            continue
        start, end = name.span(1)
        if any(f.start == start and f.kind == "org" for f in an.found):
            continue  # "the rights group Human Rights Watch": a body the gazetteer knows
        an.found[:] = [f for f in an.found if not start <= f.start < end]
        runs = [r for r in runs if not start <= r[0] < end]
        _named_body(an, start, end, an.body[start:end].split(), force=True)
    return runs


# a body named after its country ("the Kenya Association of Manufacturers", "the Nigeria Labour Congress"); the
# state's own organs ("the Kenya Parliament") speak for the state and stay the country
_CIVIL_NOUNS = ("Association|Federation|Union|Congress|Chamber|Company|Corporation|Foundation|Institute|Society|"
                "Alliance|Front|Coalition|Campaign|Movement|Network|Trust|Group|Fund|Bank|Party|Organi[sz]ation")
_COUNTRY_NAMED = re.compile(rf"(?:\s+[A-Z][\w’'-]*){{0,3}}?\s+(?:{_CIVIL_NOUNS})\b"
                            r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?")


def _country_named_bodies(an: Analysis, runs: list) -> list:
    """A body whose name opens with its country's name is that body, not the country; returns the runs left."""
    for found in [f for f in an.found if f.kind == "country"]:
        name = _COUNTRY_NAMED.match(an.body, found.end)
        if not name or "\n" in an.body[found.end:name.end()]:
            continue
        start, end = found.start, name.end()
        an.found[:] = [f for f in an.found if not start <= f.start < end]
        runs = [r for r in runs if not start <= r[0] < end]
        _named_body(an, start, end, an.body[start:end].split(), force=True)
    return runs


_GROUP_NOUNS = frozenset("""delegates officials diplomats analysts observers critics protesters activists commentators
    insiders locals residents experts sources aides negotiators envoys campaigners economists investors traders
    organisers organizers witnesses ministers leaders participants journalists reporters""".split())


_WIRE_UPDATE_VERBS = frozenset({"Adds", "Updates", "Recasts", "Rewrites", "Changes", "Corrects", "Removes"})


def collect_entities(an: Analysis) -> None:
    """Fill ``an`` with gazetteer mentions, people (keys, roles) and role-phrase mentions."""
    an.quote_starts = [s for s, _ in an.quote_spans]
    head = DATELINE_HEAD.match(an.body) or next(
        (m for m in (DATELINE_HEAD.match(an.body, line.end()) for line in _NEWLINES.finditer(an.body, 0, 400)) if m),
        None)  # "SHIMA, Japan, May 27 (AWN) -- " under a headline
    an.dateline_start, an.dateline_end = head.span() if head else (0, 0)
    runs = _scan_sequences(an)
    body, gaz = an.body, an.gazetteer
    runs += _colliding_surnames(an, runs)
    runs = _kind_named_bodies(an, runs)
    runs = _country_named_bodies(an, runs)
    candidates: list[tuple[int, int, list[str], str | None, str | None, bool]] = []
    an.label_spans = labels = [m.span() for m in _SPEAKER_LABEL.finditer(body)]
    for start, end, tokens, _ in runs:
        if labels and an.in_label(start):
            continue  # a transcript's "DANIEL REYES, CORRESPONDENT:" or "KOVAC:" labels a turn; it names no party
        if body[end:end + 1] == "$" or (len(tokens) == 1 and len(tokens[0]) == 1):
            continue  # "C$2 billion", "US$": a currency; a lone letter is no name
        cut = next((i for i, tok in enumerate(tokens) if i and tok in _HEADLINE_PREPOSITIONS), None)
        if cut is not None:  # a title-case headline's "Press Secretary Ari Fleischer Aboard Air Force One"
            at = body.find(tokens[cut], start + len(tokens[0]), end)
            end, tokens = (len(body[:at].rstrip()), tokens[:cut]) if at > 0 else (end, tokens)
        if len(tokens) >= 2 and tokens[0] in _WIRE_UPDATE_VERBS and body[max(0, start - 1):start] == "-":
            start, tokens = start + len(tokens[0]) + 1, tokens[1:]  # a wire update line's "UPDATE 3-Adds Mahathir statement"
        if len(tokens) >= 2 and _GLUED.match(body, start):
            tokens = tokens[1:]  # "President Ts.Elbegdorj": the patronymic initial is no part of the name's key
        if len(tokens) >= 2 and len(tokens[0]) == 1 and (start == 0 or body[start - 1] == "\n"):
            start, tokens = start + 2, tokens[1:]  # a transcript's question label: "Q Chirac said ..."
        if len(tokens) >= 3 and tokens[0] in _DOCUMENT_LABELS and len(tokens[1].rstrip(".")) <= 2:
            label = re.match(r"\S+\s+\S+\s+", body[start:end])  # a lesson plan's "Source A. Alpha Conde"
            start, tokens = (start + label.end(), tokens[2:]) if label else (start, tokens)
        if any(tok.lower() in _ORG_NOUNS for tok in tokens):
            _named_body(an, start, end, tokens)  # "Ministry of Commerce", "Carnegie Endowment": never a person
            continue
        if len(tokens) == 1 and tokens[0].lower() in _GROUP_NOUNS:
            continue  # "Delegates said Australia had insisted ...": a sentence's plural subject, nobody's name
        if tokens[0] in ("St", "St.", "Ste", "Ste.") and len(tokens) <= 3:
            continue  # "the University of the West Indies, St Augustine": a saint's name is a place's
        if _NEVER_A_SURNAME.fullmatch(tokens[-1]):
            continue  # "the Leader of the Revolution", "... and International Cooperation, Mr. X": no person's name
        if tokens[-1].lower() in (_VENUE_NOUNS if len(tokens) >= 2 else _PLACE_NOUNS):
            continue  # "the Nelum Pokuna Mahinda Rajapaksa Theatre", "the Jaffna Public Library", "Queen Street": a place
        if _PRESS_BEFORE.search(body, max(0, start - 40), start) or _PRESS_APPOSITIVE.match(body, end):
            # "the pro-government daily Al-Watan", "Al Jazeera, the Doha-based broadcaster,": a newspaper or channel
            _named_body(an, start, end, tokens, force=True)
            continue
        if _BODY_APPOSITIVE.match(body, end) and not _is_first_name(gaz, tokens[0]):
            # "Medicos del Sur, a network of Latin American public health doctors, said": a body, by its appositive
            _named_body(an, start, end, tokens, force=True)
            continue
        if len(tokens) == 1 and _ACRONYM.fullmatch(tokens[0]) and _BODY_ACRONYM_BEFORE.search(body, max(0, start - 12), start):
            # "the MDC said", "the opposition MDC said": an acronym after an article or a party word is a body, never
            # a person (unlike "PRRD", "JPM": a leader's initials)
            _named_body(an, start, end, tokens, force=True)
            continue
        if _OUR_STAFF.search(body, max(0, start - 60), start):
            continue  # "Our diplomatic correspondent, Lena Hofmann, says": the paper's own staff, never a party
        if tokens[0] == "The" and len(tokens) >= 3 and _BODY_NOUN_AFTER.match(body, end):
            start, tokens = start + 4, tokens[1:]  # "The Civic Platform party said": the sentence's "The" is not the name
        if len(tokens) >= 2 and _THE_BEFORE.search(body, max(0, start - 4), start) \
                and not _is_first_name(gaz, tokens[0]) and (_SPEECH_AFTER.match(body, end) or _BODY_NOUN_AFTER.match(body, end)):
            _named_body(an, start, end, tokens, force=True)  # "The Economic Freedom Fighters said": a body
            continue
        org_head = _ORG_OF.search(body, max(0, start - 40), start)
        if org_head and org_head.group(1).lower() in _ORG_NOUNS:
            continue
        modifier = _MODIFIES_ROLE.match(body, end)
        if modifier and normalize(modifier.group(1)) in gaz.titles and not (
                len(tokens) >= 2 and APPOINTED_BEFORE.search(body, max(0, start - 24), start)):
            continue  # "chief |Asia-Pacific| economist": a modifier of a role, not a name (but "elected |Amina Dirie|
            # chairwoman of the organisation" names whom the office goes to)
        portfolio = _portfolio_split(body, start, tokens)
        if portfolio and not portfolio[1]:
            continue  # "the Minister for Foreign Affairs said": the portfolio alone
        if portfolio:  # "Minister for Trade and Industry Gan Kim Yong": the portfolio's words are no name
            start, tokens = portfolio[0], portfolio[1]
        titled = _title_before(body, start, gaz)
        role, affiliation, cue = None, None, False
        office_of = _OFFICE_OF_BEFORE.search(body, max(0, start - 90), start) \
            if not titled or titled[2] in _NO_OFFICE else None  # ("of Japan H.E. Mr. |X": the office before the address)
        if office_of and re.search(r"\b(?:to|of|for)\s+(?:the\s+)?$", body[max(0, office_of.start() - 10):office_of.start()]):
            office_of = None  # ("Aide to the President of the Russian Federation X": not the president)
        if office_of:  # "The President of the Russian Federation Vladimir Putin": the office of a named state
            state = gaz.lookup(office_of.group(2)) or gaz.lookup(_REPUBLIC_OF.sub("", office_of.group(2)))
            if state is not None and state.kind in ("country", "org"):  # (or of a body: "of the European Council")
                role, affiliation, cue = office_of.group(1), state.key, True
        if portfolio:
            role, affiliation, cue = portfolio[2], _affiliation_at(an, start - len(portfolio[2]) - 1), True
        if titled and regnal_name(titled[0], tokens):  # "Pope Francis": the title is part of a one-word name
            title_word = re.search(r"(\S+)\s+$", body[max(0, start - 30):start])
            start, tokens = start - len(title_word.group()), [title_word.group(1), *tokens]
        name_end, of_key = _name_tail(an, end)  # "Moussa Faki Mahamat of Chad, ...": the appositive follows
        if titled and (normalize(titled[0]) in _ADDRESS_AFTER_OFFICE or titled[2] in _NO_OFFICE):
            before = _apposition_before(an, start) if body[name_end:name_end + 1] in (",", ".", ";", ":") else None
            if before:  # "Saudi Arabia's foreign minister, Prince Faisal", "Mali's transitional President, Colonel
                #         X.": the office, not the honorific or the rank
                role, affiliation, cue = before[0], before[1], True
        past = _PAST_TITLE_START.search(body, max(0, titled[1] - 40), titled[1]) if titled and not role \
            and re.match(rf"(?i:{_STATUS})\s", titled[0]) and body[name_end:name_end + 1] in (",", ".", ";", ":") else None
        before = _apposition_before(an, past.start()) if past else None
        if before:  # "the bloc's mediator, former Nigerien President X,": the office held now, not the past one
            role, affiliation, cue = before[0], before[1], True
        if titled and titled[2] not in _NO_OFFICE and not role:
            whose = _WHOSE_BEFORE.search(body, max(0, titled[1] - 12), titled[1])
            # "The United States, whose deputy secretary of state X ...": the antecedent employs X
            # ("President Shukri al-Quwatli of Syria": the state after the name, not the one the words before name)
            affiliation = of_key or _affiliation_at(an, whose.start() if whose else titled[1] - 1)
            role, cue = titled[0], True
        # "The alliance's secretary general, Mark Rutte, a former Dutch prime minister,": the leading appositive
        # names the office held, the trailing one background
        before = _apposition_before(an, start) if len(tokens) >= 2 and body[name_end:name_end + 1] in (",", ".", ";", ":") \
            and not role else None
        if before and not role:
            role, affiliation, cue = before[0], before[1], True
        # a surname alone takes an appositive that opens with an article ("Odinga, the veteran opposition leader,") or a
    # possessive state, after an adverb ("Fernandez, now Argentina's president-elect,")
        # (but not a place word after a locative: "flew north to Jaffna, the first foreign leader to visit")
        given = appointed_as(body, start, name_end, lambda text, at: _role_phrase(an, text, at)) \
            if not role and _APPOSITIVE_HEAD.match(body, name_end) else None
        if given:  # "chose X, a Cameroonian former minister, as the new Secretary-General": the office given, not the
            role, affiliation, cue = given, None, True  # background the appositive tells
        appos = _apposition(an, name_end) if not given and (len(tokens) >= 2 or (
            _APPOSITIVE_HEAD.match(body, end) and not _TO_A_PLACE.search(body, max(0, start - 12), start))) else None
        if appos and (not role or normalize(role) in _HONORIFICS or (normalize(role) == "emir" and appos[1])):
            # ("Prince X, the foreign minister,", "the Emir Saud bin Abdulaziz, Crown Prince of Saudi Arabia,")
            role, affiliation, cue = appos[0], appos[1], True
        context = _role_in_context(an, start, name_end, bool(titled)) if not role else None
        if context:  # "Xi, on his first trip abroad as ...", "A and B, the ... presidents,", "Name. The IMF managing ..."
            role, affiliation, cue = context[0], context[1], True
        if not role and (not titled or titled[2] == "honorific"):
            # "X was elected deputy chairperson", "X, who chairs the bloc", "Dr X, who lectures on ..."
            role = predicate_role(body, name_end, lambda text, at: _role_phrase(an, text, at), start)
            cue = cue or role is not None
        affiliation = affiliation or (of_key if role else None)
        window = body[max(0, start - 160):start] if (not titled or titled[2] == "honorific") and not role else ""
        plural = _PLURAL_TITLE_LIST.search(body, max(0, start - 160), start) if any(
            word in window for word in _PLURAL_WORDS) else None  # (the cheap test first: this runs for every name)
        if plural:  # "alongside Presidents Lula of Brazil, Thabo Mbeki of South Africa and ...": each is a president
            role, cue = _singular_role(plural.group(1)), True
            of = _OF_STATE_AFTER.match(body, end)
            affiliation = next((f.key for f in an.found if of and f.start == of.end() and f.kind == "country"), None)
        counter = _COUNTERPARTS_LIST.search(body, max(0, start - 160), start) \
            if not role and "counterparts" in window else None
        earlier = [c[3] for c in candidates if c[3] and c[0] < counter.start()] if counter else []
        if earlier:  # "brought together his counterparts X of Brazil, Y of Paraguay and Z of Uruguay": the host's office
            role, cue = office(earlier[-1]), True
            of = _OF_STATE_AFTER.match(body, end)
            affiliation = next((f.key for f in an.found if of and f.start == of.end() and f.kind == "country"), None)
        if not role and not titled and body[max(0, start - 3):start] in ("’s ", "'s "):
            shared = _SHARED_TITLE_LIST.search(body, max(0, start - 300), start)
            if shared:
                role, cue = shared.group(1), True
        if titled and not role:  # a rank ("Colonel") is the role only when nothing better is given
            if titled[2] == "honorific":  # "Mr Lee": a person, no role
                cue = True
            else:
                role, affiliation, cue = titled[0], _affiliation_at(an, titled[1] - 1), True

        if not cue:
            cue = bool(_SPEECH_AFTER.match(body, end) or _SPEECH_BEFORE.search(body, max(0, start - 30), start))
        if not cue and len(tokens) == 2 and _is_first_name(gaz, tokens[0]) and tokens[1].lower() not in _NAMED_THINGS \
                and gaz.lookup(tokens[1]) is None:
            cue = True  # "Joe Biden's home town", "candidate Javier Milei": a listed first name and a surname
        if not cue and 2 <= len(tokens) <= 4 and body[max(0, start - 3):start] in ("’s ", "'s ") \
                and _STATE_POSSESSIVE_APPOSED.match(body, end) and _affiliation_at(an, start - 1) is not None:
            cue = True  # "Guinea-Bissau's Umaro Sissoco Embalo, elected on Sunday ...": a state's person, apposed
        if not cue and 2 <= len(tokens) <= 3 and _DID_HIS.match(body, end) and gaz.lookup(tokens[0]) is None:
            cue = True  # "Rewi Parata closed his cafe": a possessive his/her after the verb marks a person
        if (not cue or role is None) and 2 <= len(tokens) <= 4 and _JOINED_LIST_BEFORE.search(body, max(0, start - 40),
                                                                                                start):
            of_state = re.match(r"[ \t]+of[ \t]+", body[end:end + 5])
            if of_state and any(f.start == end + of_state.end() and f.kind == "country" for f in an.found):
                # "was joined by José Napoleón Duarte of El Salvador, José Azcona Hoyo of Honduras and Daniel Ortega
                # of Nicaragua": heads named by their states in a list of the host's guests
                head_title = _HEAD_IN_SENTENCE.search(body, an.sentences.spans[an.sentences.index_at(start)][0], start)
                cue = True
                if role is None and head_title:
                    role = head_title.group().lower()  # (as the offices table writes a head's office)
                    affiliation = next(f.key for f in an.found if f.start == end + of_state.end())
        if not cue and 2 <= len(tokens) <= 4 and _WHO_AFTER.match(body, end):
            cue = True  # "Voahangy Razafy, who sells tablecloths by the road": a relative "who" follows a person
        if not cue and 3 <= len(tokens) <= 4 and _is_first_name(gaz, tokens[0]) and gaz.lookup(tokens[0]) is None:
            of_state = re.match(r"[ \t]+of[ \t]+", body[end:end + 5])
            cue = bool(of_state) and any(f.start == end + of_state.end() and f.kind == "country" for f in an.found)
            # "Jaime Paz Zamora of Bolivia put it most plainly": a listed first name, a surname and the state's name
        if not cue and 2 <= len(tokens) <= 4 and _AGE_APPOSED.match(body, end) and gaz.lookup(tokens[0]) is None:
            cue = True  # "Heino Pihlakas-Moorhouse, 81, a retired surveyor, was ...": a body has no age
        apposed = _APPOSED_THEN_SAID.match(body, end) if not cue and 2 <= len(tokens) <= 4 else None
        if apposed and apposed.group(1).lower() not in BODY_NOUNS and gaz.lookup(tokens[0]) is None \
                and not _BODY_APPOSITIVE.match(body, end):
            cue = True  # "Alasdair Renwick, a marine underwriter in London, said ..." (but "Medicos del Sur, a network
            # of Latin American public health doctors, said": a body)
        if not cue and len(tokens) >= 2 and f"person:{slugify(' '.join(tokens))}" in (gaz.offices or {}):
            cue = True  # "Ban Ki-moon did not": a public figure of the offices table is a person, cue or none
        if (role is None or not affiliation) and body[max(0, start - 3):start] in ("’s ", "'s "):
            affiliation = _affiliation_at(an, start - 1)  # "Turkey's Recep Tayyip Erdogan": whom he stands for
        if role and gaz.titles.get(re.sub(rf"^(?:{_STATUS})\s+", "", normalize(role))) == "plural":
            role = _singular_role(role)  # "Prime Ministers Jean Chretien of Canada and ...", "former prime ministers X"
        candidates.append((start, end, tokens, role, affiliation, cue))
    candidates += _soundbite_people(an)
    _cluster_people(an, candidates)
    _surnames_read_as_cities(an)
    _resolve_role_phrases(an)
    an.found.sort(key=lambda f: f.start)
    _resolve_bare_roles(an)
    _mark_gender(an)
    _short_names_of_bodies(an)
    an.found.sort(key=lambda f: f.start)


# a body's short name that is another body's whole name: in a report on the Commonwealth of Independent States,
# "the Commonwealth" is the CIS, not the Commonwealth of Nations
_SHORT_NAMES = {"org:cis": ("org:commonwealth", "commonwealth")}


def _short_names_of_bodies(an: Analysis) -> None:
    """Re-key the mentions of a short name to the body whose full name the text gives."""
    present = {f.key for f in an.found}
    for full, (other, short) in _SHORT_NAMES.items():
        if full in present:
            an.found = [replace(f, key=full) if f.key == other and an.body[f.start:f.end].lower() == short else f
                        for f in an.found]


# before a month or a place, never before a surname ("in May", "since May", "from Muscat")
# a headline that opens with the surname: "May in Manama: 'Gulf security is our security'"
_HEADLINE_SUBJECT = re.compile(r"(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)?[ \t]*:[ \t]")
_NOT_A_SURNAME_BEFORE = re.compile(r"\b(?:in|on|of|since|until|till|by|from|to|at|early|late|mid|last|next|this|that|"
                                   r"each|every|between|and|or|through|during|before|after)[ \t]+$", re.I)
# what a person does right after the bare surname: "May said", "May's", "May apologised", "May took over", "Medina
# set the tone"
_ACTS_AFTER = re.compile(rf"(?:’s|'s)?[ \t]+(?:(?:{SPEECH_VERBS})\b|[a-z]+ed\b|took\b|met\b|made\b|gave\b|told\b|"
                         r"set\b|led\b|kept\b|sent\b|held\b|spoke\b|struck\b|won\b|chose\b|began\b|ran\b|went\b)")


def _colliding_surnames(an: Analysis, runs: list) -> list[tuple[int, int, list[str], bool]]:
    """A surname the scan cannot see alone because it is also a month or a place ("Theresa May" ... "May said",
    "Mrs May", "May apologised"): its later mentions, where they read as a person, become one-token runs and the
    place mention at the same offsets is dropped."""
    body, gaz = an.body, an.gazetteer
    words = {run[2][-1] for run in runs if len(run[2]) >= 2 and (
        run[2][-1].lower() in _SURNAME_WORDS or gaz.lookup(run[2][-1]) is not None)}
    taken = [(run[0], run[1]) for run in runs]
    found = []
    for word in words:
        for match in re.finditer(rf"\b{re.escape(word)}\b(?![ \t]*\d)", body):
            start, end = match.span()
            if any(a <= start < b for a, b in taken):
                continue
            addressed = _title_before(body, start, gaz)  # "Mrs May", "Dr May"
            if (addressed and addressed[2] == "honorific") or _SPEECH_BEFORE.search(body, max(0, start - 30), start) \
                    or (start == 0 and _HEADLINE_SUBJECT.match(body, end)) \
                    or (not _NOT_A_SURNAME_BEFORE.search(body, max(0, start - 9), start) and _ACTS_AFTER.match(body, end)):
                found.append((start, end, [word], False))
    if found:
        spans = {(s, e) for s, e, _, _ in found}
        an.found = [f for f in an.found if (f.start, f.end) not in spans]
    return found


def _same_name(a: list[str], b: list[str]) -> bool:
    """Whether two full names can be one person: one holds the other's words, or they open with the same one."""
    a = [t.lower() for t in a if t[:1].isupper()]  # ("SPECIOSA WANDIRA KAZIBWE" on a script's label is she)
    b = [t.lower() for t in b if t[:1].isupper()]
    if set(a) <= set(b) or set(b) <= set(a) or len(a) < 2 or len(b) < 2:
        return True
    # (but "Hamad bin Khalifa Al Thani" and "Hamad bin Jassim bin Jabr Al Thani", "George W. Bush" and "George H.W.
    # Bush": the same first and family names around middle names that share nothing are two people)
    middles = [{normalize(t) for t in x[1:-1]} - _NAME_PARTICLES for x in (a, b)]
    return a[0] == b[0] and not (a[-1] == b[-1] and all(middles) and not middles[0] & middles[1])


_NAME_PARTICLES = frozenset({"al", "el", "da", "de", "do", "dos", "van", "von", "der", "la", "le", "bin", "ibn", "abu"})


def _namesake(people: dict, sig: str, tokens: list[str], role: str | None, start: int,
              seen_at: dict[str, list[int]]) -> str:
    """The person key a mention whose surname is already taken joins. A full name joins the namesake it can be
    (else it is a new person under a numbered key); a surname alone joins the one namesake whose office its title
    names ("President Sall"), else the one named last before it."""
    keys = [k for k in people if k == sig or k.startswith(sig + "#")]
    if len([t for t in tokens if t[:1].isupper()]) >= 2:
        for key in keys:
            if _same_name(people[key].tokens, tokens):
                return key
        return f"{sig}#{len(keys) + 1}"
    if len(keys) == 1:
        return keys[0]
    if role:
        holders = [k for k in keys if _same_office(role, people[k].role)]
        if len(holders) == 1:
            return holders[0]
    before = [(max(o for o in seen_at.get(k, []) if o < start), k) for k in keys
              if any(o < start for o in seen_at.get(k, []))]
    return max(before)[1] if before else keys[0]


_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna|yevich|yevna|ogly|oglu|kyzy|qizi)")


def _without_patronymics(candidates: list) -> list:
    """Russian-style names: "Rustem Zakievich Khamitov" is keyed without the patronymic, and "Rustem Zakievich" or
    "Vladimir Vladimirovich" alone (the respectful second reference) is the one person of that first name."""
    full: dict[str, list[str]] = {}
    out = []
    for start, end, tokens, *rest in candidates:
        if len(tokens) >= 3 and any(_PATRONYMIC.fullmatch(t) for t in tokens[1:-1]):
            tokens = [tokens[0], *(t for t in tokens[1:-1] if not _PATRONYMIC.fullmatch(t)), tokens[-1]]
        if len(tokens) >= 2 and not _PATRONYMIC.fullmatch(tokens[-1]):
            full.setdefault(tokens[0], tokens) if full.get(tokens[0], tokens) == tokens else full.update(
                {tokens[0]: []})  # two people of that first name: a bare patronymic names neither
        out.append((start, end, tokens, *rest))
    for i, (start, end, tokens, role, affiliation, cue) in enumerate(out):
        if len(tokens) == 2 and _PATRONYMIC.fullmatch(tokens[1]) and full.get(tokens[0]):
            out[i] = (start, end, full[tokens[0]], role, affiliation, True)
    return out


def _cluster_people(an: Analysis, candidates: list) -> None:
    """Group person candidates by surname; the longest name is canonical and gives the key. Full names are
    clustered first; a shorter mention then joins the person whose surname it is, else the one person whose name
    contains it ("Xi" for Xi Jinping, "Lula" for Luiz Inacio Lula da Silva, "Faki" for Moussa Faki Mahamat)."""
    gaz = an.gazetteer
    candidates[:] = _without_patronymics(candidates)
    people: dict[str, Person] = {}
    assigned: list[str | None] = [None] * len(candidates)
    order = sorted(range(len(candidates)), key=lambda i: (-len(candidates[i][2]), candidates[i][0]))
    token_owner: dict[str, str | None] = {}
    # "Raila Odinga's bid ... Odinga said": a full name without a cue is the person its surname names elsewhere
    cued = {_surname_signature(_surname(c[2]), gaz) for c in candidates if c[5]}
    seen_at: dict[str, list[int]] = {}  # person sig -> offsets of the mentions assigned so far
    for i in order:
        start, end, tokens, role, affiliation, cue = candidates[i]
        sig = _surname_signature(_surname(tokens), gaz)
        if sig not in people:
            owner = token_owner.get(sig) if len(tokens) <= 2 else None
            named = tokens[1:] if tokens[0].lower() in REGNAL else tokens  # "Prince Mohammed" is "Mohammed"
            if owner and len(tokens) == 2 and not all(t in people[owner].tokens for t in named):
                owner = None  # "Boris Johnson" is not "Kamina Johnson Smith": a different first name
            if owner:
                sig = owner
            elif not cue and (len(tokens) < 2 or (sig not in cued and not any(
                    _surname_signature(t, gaz) in cued for t in tokens[:-1] if t[:1].isupper()))):
                continue  # (but "Luiz Inacio Lula da Silva" is kept when "Lula, Brazil's president," is cued)
        elif sig in people:  # "Macky Sall", "Aissata Tall Sall" and "Amadou Alpha Sall": three people, one surname
            opens = an.sentences.spans[an.sentences.index_at(start)][0] == start or an.body[start - 1:start] in "“\"'‘"
            if opens and not _is_first_name(gaz, tokens[0]):
                tokens = tokens[1:] or tokens  # "Afterwards Trump told ...": a sentence's opening word, no first name
            sig = _namesake(people, sig, tokens, role, start, seen_at)
        person = people.get(sig)
        if person is None:
            person = people[sig] = Person(tokens=tokens, first_offset=start)
            if len(tokens) >= 2:
                for token in tokens:
                    if token[:1].isupper() and token.lower().rstrip(".") not in NAME_SUFFIXES:
                        tsig = _surname_signature(token, gaz)
                        token_owner[tsig] = None if token_owner.get(tsig, sig) != sig else sig
        person.first_offset = min(person.first_offset, start)
        if len(tokens) > len(person.tokens):
            person.tokens = tokens
        if role and not an.in_quote(start) and (person.role is None or person.role.lower() == "leader"):
            person.role, person.affiliation_key = office(role), affiliation  # "Canada's new prime minister"
        elif affiliation and not role and person.affiliation_key is None:
            person.affiliation_key = affiliation
        person.surfaces.add(an.body[start:end])
        assigned[i] = sig
        seen_at.setdefault(sig, []).append(start)
    for sig, person in people.items():
        fixed = [t if len(person.tokens) > 1 and _spelled_only(t, person.surfaces, gaz)
                 else gaz.person_variants.get(t.lower(), t) for t in person.tokens]
        person.name = " ".join(fixed)
        if f"person:{slugify(' '.join(person.tokens))}" in (gaz.office_names or {}) \
                and f"person:{slugify(person.name)}" not in (gaz.office_names or {}):
            person.name = " ".join(person.tokens)  # "Costas Simitis" as the offices table spells him, not "Kostas"
        person.name = (gaz.full_names or {}).get(slugify(person.name), person.name)  # "Tayyip Erdogan": his full name
        person.key = f"person:{slugify(person.name)}"
        other = an.persons.get(person.key)
        if other is not None and other is not person and other.role and (
                not person.role or gaz.titles.get(normalize(person.role)) in _NO_OFFICE):
            # "Sheikh Mujib" and "Prime Minister Sheikh Mujibur Rahman", one person: the office, not the rank
            person.role, person.affiliation_key = other.role, other.affiliation_key
        an.persons[person.key] = person
        an.names[person.key] = person.name
        an.surfaces.setdefault(person.key, set()).update(person.surfaces)
    for i, (start, end, *_rest) in enumerate(candidates):
        if assigned[i]:
            an.found.append(Found(start, end, people[assigned[i]].key, "person", an.in_quote(start)))


_SENTENCE_END = re.compile(r"\s*(?:[.;!?)]|$)")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|to|from|near|of|outside|into|via|toward|towards)\s+$", re.I)


def _surnames_read_as_cities(an: Analysis) -> None:
    """A city mention that is the surname of a person the text has already named in full, with no preposition of place
    before it, is that person: "President John F. Kennedy ... Kennedy replied" (Kennedy is also a town in
    Colombia), "Prime Minister Joseph Muscat ... Muscat said"."""
    surnames: dict[str, tuple[str, int]] = {}
    for person in an.persons.values():
        if len(person.tokens) >= 2:
            surnames.setdefault(person.tokens[-1], (person.key, person.first_offset))
    if not surnames:
        return
    for n, f in enumerate(an.found):
        if f.kind != "city":
            continue
        named = surnames.get(an.body[f.start:f.end])
        if named and named[1] < f.start and not _PLACE_PREPOSITION.search(an.body, max(0, f.start - 12), f.start):
            an.found[n] = Found(f.start, f.end, named[0], "person", f.in_quote)


def _resolve_role_phrases(an: Analysis) -> None:
    """"the Ukrainian leader" -> the person whose affiliation is Ukraine and whose role fits."""
    for match in ROLE_NP.finditer(an.body):
        entry = an.gazetteer.lookup(match.group(1))
        if entry is None and match.group(1).endswith(" Government"):  # "the Lao Government leader": Laos's
            entry = an.gazetteer.lookup(match.group(1).rsplit(" ", 1)[0])
        if entry is None or entry.kind not in ("country", "demonym", "org"):
            continue
        noun = match.group(2).lower()
        fits = [
            p for p in an.persons.values()
            if p.affiliation_key == entry.key and p.first_offset < match.start()
            and _same_office(noun, p.role)
        ]
        if not fits and re.match(r",[ \t]+[A-Z]", an.body[match.end():match.end() + 3]):
            continue  # "The German chancellor, Gerhard Schroeder, ...": the name that follows is the one described
        # (not outside quotations, nor as the sentence's last words: "a T-shirt mocking the U.S. president." and "a
        # wave from the Japanese prime minister." describe somebody else)
        if not fits and not an.in_quote(match.start()) and not _SENTENCE_END.match(an.body, match.end()) and (
                (entry.kind in ("country", "demonym") and noun in _HEAD_ROLES)
                         or (entry.kind == "org" and noun.replace("-", " ") in _ORG_HEADS)):
            fits = _described_person(an, match.start(), entry.key)
            if fits:  # "Donald Trump announced ... the US president was gone": the description gives the role
                fits[0].role = fits[0].role or noun
                fits[0].affiliation_key = fits[0].affiliation_key or entry.key
        if len(fits) == 1:
            an.found.append(Found(match.start(), match.end(), fits[0].key, "person", an.in_quote(match.start())))
            an.surfaces[fits[0].key].add(match.group())


_BYLINE = re.compile(rf"[ \t]*(?:By|BY)[ \t]+[{_UPPER}]")  # a line that names the writer ("By Élise X" too)


def _in_byline(an: Analysis, offset: int) -> bool:
    """Whether ``offset`` is on a byline ("By Jane Roe"): the writer, never a person the story is about."""
    return _BYLINE.match(an.body, an.body.rfind("\n", 0, offset) + 1) is not None


def _described_person(an: Analysis, at: int, country: str) -> list[Person]:
    """The one person named in the three sentences up to ``at`` who has no role yet and no other country: whom a
    definite description ("the Canadian prime minister") that fits no one with that role refers to. A byline's
    name above the story is nobody it describes."""
    index = an.sentences.index_at(at)
    lo = an.sentences.spans[max(0, index - 2)][0]
    near = {f.key for f in an.found if f.kind == "person" and lo <= f.start < at and not f.in_quote
            and not _in_byline(an, f.start)}
    people = [an.persons[k] for k in near if k in an.persons]
    roleless = [p for p in people if not p.role and p.affiliation_key in (None, country)]
    return roleless if len(roleless) == 1 else []


def _resolve_bare_roles(an: Analysis) -> None:
    """"the spokesman said" -> the one person introduced earlier whose role ends with that noun."""
    for match in _STYLE_OF_ADDRESS.finditer(an.body):
        # "His Majesty said" in a Jordanian paper: the one monarch (or, for Highness, prince or emir) of the article
        wanted = _MONARCHS if match.group(1).lower() == "majesty" else _HIGHNESSES
        fits = [p for p in an.persons.values() if (p.role and p.role.lower().split()[-1] in wanted)
                or any(titled_as(an, p, word) for word in wanted)]  # ("Prince Charles, the Prince of Wales")
        if len(fits) == 1:
            _mention_person(an, match, fits[0])
    for match in _LEADER_NP.finditer(an.body):
        # "Anthony Albanese had a pitch ... By Wednesday the prime minister had put a price on it": when nobody holds
        # the office, the one role-less person of the two sentences before is the holder described
        noun = match.group(1).lower()
        if an.in_quote(match.start()) or _SENTENCE_END.match(an.body, match.end()) or any(
                p.role and p.role.lower().endswith(noun) and p.first_offset < match.start() for p in an.persons.values()):
            continue
        if an.persons_in(match.end(), match.end() + 3):
            continue  # "The Secretary-General, Salim Ahmed Salim, ...": the appositive names the holder
        index = an.sentences.index_at(match.start())
        near = {f.key for f in an.persons_in(an.sentences.spans[max(0, index - 2)][0], match.start())}
        person = an.persons.get(next(iter(near))) if len(near) == 1 else None
        if person is not None and person.role is None:
            person.role = noun
    first_seen: dict[str, int] = {}  # (a surname may come before the full name that gives the role: "Buhari" ...
    for f in an.found:  # "[SOT: PRESIDENT MUHAMMADU BUHARI]")
        if f.kind == "person":
            first_seen[f.key] = min(f.start, first_seen.get(f.key, f.start))
    for match in _BARE_ROLE.finditer(an.body):
        if an.body[match.end():match.end() + 4] == " of ":
            continue
        noun = match.group(1).lower()
        fits = [p for p in an.persons.values() if min(p.first_offset, first_seen.get(p.key, p.first_offset)) <
                match.start() and (
                (p.role and (p.role.lower() == noun or p.role.lower().endswith(" " + noun)
                             or p.role.lower().startswith((noun + " of ", noun + " for ")))) or titled_as(an, p, noun))]
        state = an.gazetteer.lookup(an.body[match.start() + 4:match.start(1)].strip() or "-")
        if state is not None and state.kind in ("country", "demonym"):  # "The Australian Prime Minister": not Tuvalu's
            fits = [p for p in fits if p.affiliation_key == state.key]
        if not fits and noun in ("head of state", "sovereign", "monarch", "emir", "amir", "sultan", "emperor"):  # "the Head of State said", "the Sovereign
            # told the leaders": the one president or king named before (a monarch only for the monarch's words)
            heads = _MONARCHS | ({"president"} if noun == "head of state" else set())
            fits = [p for p in an.persons.values() if p.first_offset < match.start() and p.role
                    and p.role.lower().split()[-1] in heads]
            index = an.sentences.index_at(match.start())
            near = {f.key for f in an.persons_in(an.sentences.spans[max(0, index - 1)][0], match.start())}
            fits = [p for p in fits if p.key in near] or fits  # the head of state just named
        if not fits and noun == "host":  # "the host said as he closed the meeting": the one named as host
            fits = [p for p in an.persons.values() if p.first_offset < match.start() and _named_host(an, p.key)]
        if not fits and noun in _EXPERTS:  # "the expert said": the scholar named before, whatever their title
            fits = [p for p in an.persons.values() if p.first_offset < match.start() and p.role
                    and _SCHOLARLY.search(p.role)]
        if len(fits) > 1:  # two prime ministers: the one who spoke last in the two sentences before continues,
            # else the one the sentence before names ("President X met Mr Y. ..., the President told his host")
            spoke = [p for p in fits if p.key == _last_speaker(an, match.start())]
            index = an.sentences.index_at(match.start())
            named = {f.key for f in an.persons_in(*an.sentences.spans[index - 1])} if index else set()
            fits = spoke or [p for p in fits if p.key in named]
        if len(fits) == 1:
            _mention_person(an, match, fits[0])


# "Juan Manuel Santos, the host,", "hosted by President X", "X, who hosted the meeting": the meeting's host
_HOST_AFTER = re.compile(r",\s+(?:the|their|its)\s+(?:summit[’']s\s+)?host\b|,?\s+(?:who\s+)?(?:hosted|was\s+host|played\s+host)\b")
_HOSTED_BY = re.compile(r"\b(?:hosted\s+by|[Hh]ost)\s+(?:(?:[A-Z][\w.’'-]*|[a-z]+)\s+){0,3}$")


def _named_host(an: Analysis, key: str) -> bool:
    """Whether the text names the person as the meeting's host (see _HOST_AFTER, _HOSTED_BY)."""
    return any(f.key == key and not f.in_quote and (_HOST_AFTER.match(an.body, f.end) or _HOSTED_BY.search(
        an.body, max(0, f.start - 50), f.start)) for f in an.found if f.kind == "person")


def titled_as(an: Analysis, person: Person, noun: str) -> bool:
    """Whether the body puts ``noun`` as a title right before one of the person's names ("Prince Saud al-Faisal,
    the Saudi foreign minister": his role is the office, but "the prince" is still he)."""
    width = len(noun) + 1
    return any(f.key == person.key and noun + " " in (an.body[max(0, f.start - width):f.start].lower(),
                                                      an.body[f.start:f.start + width].lower())
               for f in an.found if f.kind == "person")  # (or opening the name: "Prince Charles" is one name)


def _last_speaker(an: Analysis, at: int) -> str | None:
    """The person of the last "X said" in the two sentences before ``at``."""
    index = an.sentences.index_at(at)
    lo = an.sentences.spans[max(0, index - 2)][0]
    said = [f for f in an.found if f.kind == "person" and lo <= f.start < at and not f.in_quote
            and _SPEECH_AFTER.match(an.body, f.end)]
    return said[-1].key if said else None


def resolve_state_roles(an: Analysis) -> None:
    """Record "Ukraine's president" (before a verb) as a mention of the one person named before who holds that
    state's office, by the text's own role or the offices table on the report's day (so run once ``an.day`` is
    set)."""
    for match in _STATE_ROLE.finditer(an.body):
        state = an.gazetteer.lookup(match.group(1))
        if state is None or state.kind != "country" or an.in_quote(match.start()):
            continue
        noun = match.group(2).lower()
        fits = [p for p in an.persons.values() if p.first_offset < match.start() and (
                (p.role and p.role.lower().endswith(noun) and p.affiliation_key == state.key)
                or (an.day and an.gazetteer.office_on(p.key, an.day.isoformat()) == (noun, state.key)))]
        if len(fits) == 1:
            _mention_person(an, match, fits[0])
    for match in _LEADER_NP.finditer(an.body) if an.day else ():
        # "For Michel Temer, at his first summit since replacing Dilma Rousseff, ... the president said": of the
        # people the sentence before names, the one the offices table says held that office on the day
        if an.in_quote(match.start()) or any(f.kind == "person" and f.start == match.start() for f in an.found):
            continue
        noun = match.group(1).lower()
        index = an.sentences.index_at(match.start())
        near = {f.key for f in an.persons_in(an.sentences.spans[max(0, index - 1)][0], match.start())}
        holders = [k for k in near if (an.gazetteer.office_on(k, an.day.isoformat()) or ("",))[0] == noun]
        if len(near) > 1 and len(holders) == 1 and an.persons[holders[0]].role is None:
            _mention_person(an, match, an.persons[holders[0]])


def _mention_person(an: Analysis, match: re.Match, person: Person) -> None:
    """Record a phrase ("the spokesman", "His Majesty") as a mention of the one person it describes."""
    an.found.append(Found(match.start(), match.end(), person.key, "person", an.in_quote(match.start())))
    an.surfaces[person.key].add(match.group())


def resolve_it(an: Analysis, offset: int) -> str | None:
    """Entity key for "it" at ``offset``: the first organisation or country (not a venue) of the nearest
    sentence, up to two back, that names one before the pronoun."""
    index = an.sentences.index_at(offset)
    for back in range(index, max(-1, index - 3), -1):
        start, end = an.sentences.spans[back]
        for found in an.found:
            if found.start >= min(end, offset):
                break
            if found.start >= start and not found.in_quote and found.kind in ("org", "country"):
                return found.key
    return None


# what the text says of a person's sex right before a mention: a form of address ("Mrs Ardern", "His Excellency
# Yoon"), or a fronted phrase with the person's own possessive ("In his opening remarks, President Yoon")
_ADDRESS_GENDER = re.compile(r"\b(?:(Mr|Sir|His\s+(?:Excellency|Majesty|Highness)|King|Prince|Emir)|"
                             r"(Mrs|Ms|Miss|Madam|Madame|Mme|Dame|Her\s+(?:Excellency|Majesty|Highness)|Queen|Princess|"
                             r"Sheikha))\.?\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
_FRONTED_POSSESSIVE = re.compile(r"(?:In|During|At|On|Opening|Closing|After|Before|Ending|Concluding)\s+(?:[a-z]+\s+)?"
                                 r"(his|her)\s+[^,;:.“”\"]{2,60},\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,4}$")


def _mark_gender(an: Analysis) -> None:
    """Record the sex the text gives a person (it outranks the first-name lists, and covers one-word names)."""
    for f in an.found:
        person = an.persons.get(f.key) if f.kind == "person" else None
        if person is None or person.female is not None:
            continue
        address = _ADDRESS_GENDER.search(an.body, max(0, f.start - 40), f.start)
        if address:
            person.female = address.group(2) is not None
            continue
        start = an.sentences.spans[an.sentences.index_at(f.start)][0]
        fronted = _FRONTED_POSSESSIVE.match(an.body, start, f.start)
        if fronted and f.start - start < 100:
            person.female = fronted.group(1) == "her"


def is_female(person: Person | None, gaz: Gazetteer) -> bool | None:
    """True/False as the text marks the person, else when the first name is in a shipped list; None when unknown."""
    if person is not None and person.female is not None:
        return person.female
    if person is None or len(person.tokens) < 2:
        return None
    female, male = person.tokens[0] in gaz.female_names, person.tokens[0] in gaz.male_names
    return None if female == male else female  # a name in both lists ("Sam", "Yuri") says nothing


def resolve_pronoun(an: Analysis, offset: int, pronoun: str) -> str | None:
    """Person key for he/she at ``offset``: the subject of the nearest sentence that has one (in the pronoun's own
    sentence, of its own clause first). A person named only as a possessor ("Ramaphosa's spokesman, X") or as a
    prepositional object ("rather than Prime Minister X") gives way to a subject of the same sentence."""
    female = pronoun.lower() == "she"
    index = an.sentences.index_at(offset)
    first, skip = index, set()
    if _FRONTED.match(an.body, an.sentences.spans[index][0], offset):
        first = index - 1  # "Speaking after Xi, he said": the fronted clause's people are not the subject
        skip = {f.key for f in an.persons_in(an.sentences.spans[index][0], offset)}
    floor = index - 4
    back = first
    while back > max(-1, floor):
        start, end = an.sentences.spans[back]
        at, back = back, back - 1
        people = [f for f in an.persons_in(start, min(end, offset)) if f.key not in skip
                  and not _in_byline(an, f.start)]  # ("she told me": not the writer)
        if not people and at != index and re.search(rf"\b{pronoun.lower()}\b", an.body[start:end], re.I):
            floor = max(floor - 1, index - 9)  # "He was asked ... He insisted ... Then he turned ...": the chain goes on
        elif people and at != index and _opens_with(an.body, start, people[0].start, pronoun):
            # "He had earlier worked the table, stopping at Lula. 'That's my man,' he said.": the sentence's
            # subject is the same pronoun, so the people it names are not; the chain goes on to its referent
            floor = max(floor - 1, index - 9)
            continue
        fits = [f for f in people if is_female(an.persons.get(f.key), an.gazetteer) in (None, female)]
        if at == index and fits:
            clause = [m.end() for m in CLAUSE_JOIN.finditer(an.body, start, offset)]
            own = [f for f in fits if clause and f.start >= clause[-1]]
            fits = own or fits  # "X told ..., and Y urged ... what he called": Y's clause, Y's pronoun
        subjects = [f for f in fits if not _POSSESSOR.match(an.body, f.end)
                    and not _OBJECT_BEFORE.search(an.body, max(start, f.start - 60), f.start)]
        if at != index:  # "Answering a question on Iran, whose President X came, Y said that ... He noted": Y
            subjects = [f for f in subjects if _SPEECH_AFTER.match(an.body, f.end)] or subjects
            if not subjects and fits and re.search(rf"\b{pronoun.lower()}\b", an.body[start:fits[0].start], re.I):
                # "... he had asked John Kerry to extend the umbrella. Washington, he said, ...": the earlier
                # sentence's subject is the same pronoun, and the person it names its object
                floor = max(floor - 1, index - 9)
                continue
        if subjects or fits:
            return (subjects or fits)[0].key
    # nobody near fits: the one person of that sex the article has named before ("In her address, our President
    # told the leaders ... she said", far below the President's introduction)
    named = {f.key for f in an.persons_in(0, offset)
             if not _in_byline(an, f.start)}  # (never the writer)
    same = [key for key in named if is_female(an.persons.get(key), an.gazetteer) is female]
    return same[0] if len(same) == 1 else None


_SUBJECT_PRONOUN = re.compile(r"\W*(?:(?:But|And|Then|Later|Earlier|Afterwards|Still|Yet|Now|There|Here)\b,?\s+)?"
                              r"(He|She)\b(?!\s+(?:and|or)\b)")


def _opens_with(body: str, start: int, before: int, pronoun: str) -> bool:
    """Whether the sentence at ``start`` has he/she (the same as ``pronoun``) as its subject before ``before``."""
    match = _SUBJECT_PRONOUN.match(body, start, before)
    return match is not None and match.group(1).lower() == pronoun.lower()


# where a coordinated clause with its own subject begins ("X told ..., and Y urged ..."; "...; Y said"): the pronoun
# resolver, the quotation speakers and the attendance actor all start a clause here
CLAUSE_JOIN = re.compile(r";\s*|,\s+(?:and|but|while|whereas)\s+")
_POSSESSOR = re.compile(r"[’']s?\s+(?!(?:own|office|statement|government)\b)[a-z]")
# a prepositional object or a person passed over ("rather than Prime Minister X", "represented by X", "met X")
_OBJECT_BEFORE = re.compile(r"\b(?:than|by|with|whose|to|from|for|of|against|without|instead of|besides|met|meeting|"
                            r"congratulated|thanked|replace|replaced|succeed|succeeded|defeated|beat|asked|urged|invited|"
                            r"phoned|visited|hosted|received|greeted)\s+"
                            r"(?:[A-Z][\w.\-]*\s+|[a-z\-]+\s+){0,4}$")


def pronoun_positions(body: str) -> list[tuple[int, str]]:
    """Offsets of he/she tokens."""
    return [(m.start(), m.group()) for m in PRONOUN.finditer(body)]

