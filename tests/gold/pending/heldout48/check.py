#!/usr/bin/env python3
"""Validate heldout48_gold.json against the eight h48_*.txt articles in this folder.

Written from scratch for round 48. Reads only this folder, the earlier
../../*_gold.json files (ids, summit entries and same_as slugs only) and the
file names in ../../articles/. Exits 1 on any error.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "heldout48_gold.json")
EARLIER_GLOB = os.path.join(HERE, "..", "..", "*_gold.json")
EARLIER_ARTICLES = os.path.join(HERE, "..", "..", "articles")

ABOUT_START = ("Held-out set round 48 (split=heldout48), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
SPLIT = "heldout48"
ID_PREFIX = "h48"

ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PARTICIPANT_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# The body of each article runs from its fifth line up to (not including) the
# first line that starts with this marker; everything else is headline or page noise.
TAIL_MARKERS = {
    "h48_g8_toyako_wire": "Additional reporting by",
    "h48_g8_toyako_lamplight": "Related: Shiretoko",
    "h48_eu_brussels_furrow": "PRICE WATCH:",
    "h48_eu_brussels_explainer": "Read next:",
    "h48_arableague_damascus_transcript": "[END OF SEGMENT]",
    "h48_arableague_damascus_cedar": "Letters to the editor:",
    "h48_saarc_dhaka_meghna": "Letters: editor@",
    "h48_americas_monterrey_liveblog": "Comments (2)",
}

# Credited staff who are neither authors nor participants.
CREDITED_STAFF = {"h48_g8_toyako_wire": ["Odile Brennecke", "Piers Halloway"]}

# Honorific and title tokens that must not appear in participant keys: the heldout40
# list, the heldout42, heldout43, heldout46 and heldout47 additions, and new for this
# set begum, sheikha, mufti, janab and maulana.
HONORIFICS = set("""
mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan majesty
excellency highness hon rt chief president premier minister chancellor chairman chairperson
mayor secretary senator monsieur madame madam lord lady baroness baron gen general col colonel
ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah ato wro woizero
domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati
ambassador amb rtd mp lt lieutenant senhor senhora dom dona sr sra
u daw professor
lyonchhen lyonpo dasho aum ap father
imam reverend rev pastor bishop seri
begum sheikha mufti janab maulana
""".split())
HONORIFIC_EXCEPTIONS = {"person:baron-waqa", "person:sharif-sheikh-ahmed",
                        "person:sheikh-hasina", "person:nyan-tun"}

# Cities the brief says to avoid in any year.
AVOID_CITIES = """Astana|Paris|Reykjavik|Sanya|Kathmandu|San Pedro Sula|Majuro|Abuja|Nusa Dua|Bali|
Johannesburg|Nairobi|Kuwait City|Windhoek|Cadiz|Caracas|Sharm el-Sheikh|Baku|Ulaanbaatar|Mecca|
Tehran|Dushanbe|Asuncion|Vilnius|Prague|Bangkok|Cairo|Cebu|Veracruz|Antananarivo|Chisinau|Sochi|
Kiruna|Addu City|Rancho Mirage|Arusha|New Delhi|Xi'an|Goyang|Islamabad|Kigali|Warsaw|Port of Spain|
Tokyo|Stockholm|Dili|Accra|Yekaterinburg|Puerto Iguazu|Valletta|Tashkent|Mexico City|Naypyidaw|
Algiers|Harare|Yerevan|Auckland|Niamey|Madrid|Miami|Suva|Camp David|Istanbul|Djerba|Lima|
Washington|Thimphu|Santo Domingo|Manama|Lilongwe|Huntsville|Maputo|Samara|Putrajaya|Puerto Vallarta"""

SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss",
           "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d"}

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def tokens(s):
    return fold(s).split()


def contains_tokens(hay_tokens, needle_tokens):
    n = len(needle_tokens)
    if n == 0:
        return False
    return any(hay_tokens[i:i + n] == needle_tokens for i in range(len(hay_tokens) - n + 1))


def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err(f"{where}: not an ISO date: {s!r}")
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: invalid date: {s!r}")
        return None


AVOID = {fold(c) for c in AVOID_CITIES.replace("\n", "").split("|")}

# ---------------------------------------------------------------- earlier gold
earlier_ids, earlier_city_years, earlier_slugs, earlier_prefixes = set(), set(), set(), set()
for path in sorted(glob.glob(EARLIER_GLOB)):
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    for a in d.get("articles", []):
        earlier_ids.add(a.get("id"))
        s = a.get("summit") or {}
        if s.get("city") and s.get("start_date"):
            earlier_city_years.add((fold(s["city"]), s["start_date"][:4]))
        for f in a.get("facts", []):
            sl = f.get("same_as")
            if sl:
                earlier_slugs.add(sl)
                earlier_prefixes.add(sl.split("-")[0])
if os.path.isdir(EARLIER_ARTICLES):
    for p in glob.glob(os.path.join(EARLIER_ARTICLES, "*.txt")):
        earlier_ids.add(os.path.basename(p)[:-4])
if not earlier_ids:
    err("could not read any earlier gold (../../*_gold.json)")

# ---------------------------------------------------------------- load gold
try:
    with open(GOLD, encoding="utf-8") as fh:
        gold = json.load(fh)
except Exception as e:  # noqa: BLE001
    print(f"ERROR: cannot load {GOLD}: {e}")
    sys.exit(1)

if not isinstance(gold, dict) or list(gold.keys()) != ["about", "articles"]:
    err("top level must be an object with exactly the keys about, articles (in that order)")
    gold = gold if isinstance(gold, dict) else {}
about = gold.get("about")
if not isinstance(about, str) or not about.startswith(ABOUT_START):
    err("about text must begin with the required sentence")
articles = gold.get("articles")
if not isinstance(articles, list) or not articles:
    err("articles must be a non-empty list")
    articles = []


def is_str(x):
    return isinstance(x, str) and x.strip() != ""


def quoted_spans(text, curly):
    """Return (span_text, start_offset_of_opening_mark, end_offset_after_closing_mark)."""
    out = []
    if curly:
        for m in re.finditer(r"“([^“”\n]*)”", text):
            out.append((m.group(1), m.start(), m.end()))
    else:
        for m in re.finditer(r'"([^"\n]*)"', text):
            out.append((m.group(1), m.start(), m.end()))
    return out


def check_marks(aid, text, curly):
    for n, line in enumerate(text.split("\n"), 1):
        if curly:
            if '"' in line:
                err(f"{aid}: line {n}: straight double mark in a curly-quote article")
            if "'" in line:
                err(f"{aid}: line {n}: straight apostrophe in a curly-quote article")
            if "‘" in line:
                err(f"{aid}: line {n}: opening single curly mark")
            depth = 0
            for c in line:
                if c == "“":
                    if depth:
                        err(f"{aid}: line {n}: nested curly quotation mark")
                    depth += 1
                elif c == "”":
                    if not depth:
                        err(f"{aid}: line {n}: closing curly mark without an opening one")
                    else:
                        depth -= 1
            if depth:
                err(f"{aid}: line {n}: unclosed curly quotation mark")
        else:
            for c in "“”‘’":
                if c in line:
                    err(f"{aid}: line {n}: curly mark {c!r} in a straight-quote article")
            if line.count('"') % 2:
                err(f"{aid}: line {n}: unbalanced straight quotation marks")


seen_ids = set()
summit_groups = defaultdict(list)
slug_owner = {}
prefix_owner = {}
all_person_keys = []

for idx, a in enumerate(articles):
    where = f"article[{idx}]"
    if not isinstance(a, dict):
        err(f"{where}: not an object")
        continue
    if list(a.keys()) != ARTICLE_KEYS:
        err(f"{where}: keys must be exactly {ARTICLE_KEYS} in order, got {list(a.keys())}")
    aid = a.get("id")
    if not isinstance(aid, str) or not re.fullmatch(rf"{ID_PREFIX}_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+", aid):
        err(f"{where}: malformed id {aid!r}")
        continue
    where = aid
    if aid in seen_ids:
        err(f"{aid}: duplicate id")
    seen_ids.add(aid)
    if aid in earlier_ids:
        err(f"{aid}: id already used in earlier gold")
    if a.get("split") != SPLIT:
        err(f"{aid}: split must be {SPLIT}")
    if a.get("file") != f"articles/{aid}.txt":
        err(f"{aid}: file must be articles/{aid}.txt")
    path = os.path.join(HERE, f"{aid}.txt")
    if not os.path.exists(path):
        err(f"{aid}: article file missing")
        continue
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.split("\n")
    folded_all = tokens(text)

    # regions: headline (line 1) and body (line 5 up to the tail marker)
    marker = TAIL_MARKERS.get(aid)
    if marker is None:
        err(f"{aid}: no tail marker known to check.py")
        continue
    tail_idx = next((i for i, l in enumerate(lines) if i >= 4 and l.startswith(marker)), None)
    if tail_idx is None:
        err(f"{aid}: tail marker {marker!r} not found")
        continue
    offsets = [0]
    for l in lines:
        offsets.append(offsets[-1] + len(l) + 1)
    head_region = (0, len(lines[0]))
    body_region = (offsets[4], offsets[tail_idx])
    body_text = text[body_region[0]:body_region[1]]
    head_body_tokens = tokens(lines[0] + "\n" + body_text)

    def in_regions(start, end):
        return (head_region[0] <= start and end <= head_region[1]) or \
               (body_region[0] <= start and end <= body_region[1])

    # word counts
    n_file = len(text.split())
    n_body = len(body_text.split())
    if not 420 <= n_file <= 600:
        err(f"{aid}: file has {n_file} words (need 420-600)")
    if not 420 <= n_body <= 600:
        err(f"{aid}: body has {n_body} words (need 420-600)")

    # title, outlet line, byline
    if a.get("title") != lines[0]:
        err(f"{aid}: title differs from the headline line")
    pub = parse_date(a.get("published_at"), f"{aid}.published_at")
    if pub:
        outlet = lines[1] if len(lines) > 1 else ""
        wd = WEEKDAYS[pub.weekday()]
        if wd not in outlet:
            err(f"{aid}: outlet line lacks weekday {wd}")
        for other in WEEKDAYS:
            if other != wd and other in outlet:
                err(f"{aid}: outlet line carries another weekday {other}")
        if MONTHS[pub.month - 1] not in outlet or str(pub.year) not in outlet or \
                not re.search(rf"\b{pub.day}\b", outlet):
            err(f"{aid}: outlet line does not carry the day, month and year of published_at")
    authors = a.get("authors")
    if not isinstance(authors, list) or not authors or not all(is_str(x) for x in authors):
        err(f"{aid}: authors must be a non-empty list of non-empty strings")
        authors = []
    for au in authors:
        if au not in (lines[2] if len(lines) > 2 else ""):
            err(f"{aid}: author {au!r} not in the byline (third line)")

    # summit
    s = a.get("summit")
    if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
        err(f"{aid}: summit keys must be exactly {SUMMIT_KEYS} in order")
        s = s if isinstance(s, dict) else {}
    org = s.get("organization")
    if not isinstance(org, str) or not re.fullmatch(r"org:[a-z0-9]+(-[a-z0-9]+)*", org):
        err(f"{aid}: organization must be an org: key")
    city, country = s.get("city"), s.get("country")
    if not is_str(city) or not is_str(country):
        err(f"{aid}: city and country must be non-empty strings")
        city = city or ""
        country = country or ""
    sd = parse_date(s.get("start_date"), f"{aid}.start_date")
    ed = parse_date(s.get("end_date"), f"{aid}.end_date")
    if sd and ed and sd > ed:
        err(f"{aid}: start_date after end_date")
    if sd and pub and pub < sd:
        err(f"{aid}: published before the summit started")
    tf = s.get("text_fields")
    if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or \
            any(x not in TEXT_FIELDS for x in tf) or tf != [x for x in TEXT_FIELDS if x in tf]:
        err(f"{aid}: text_fields must be a non-empty subset of {TEXT_FIELDS} in canonical order")
        tf = []
    if "city" in tf and not contains_tokens(folded_all, tokens(city)):
        err(f"{aid}: city {city!r} not found in the text")
    if "country" in tf and not contains_tokens(folded_all, tokens(country)):
        err(f"{aid}: country {country!r} not found in the text")
    if fold(city) in AVOID:
        err(f"{aid}: city {city!r} is on the brief's avoid list")
    if sd and (fold(city), str(sd.year)) in earlier_city_years:
        err(f"{aid}: city and year {city} {sd.year} already used in earlier gold")
    summit_groups[(org, city, s.get("start_date"))].append(a)

    # quotes
    curly = "“" in text or "”" in text
    check_marks(aid, text, curly)
    spans = quoted_spans(text, curly)
    for sp, st, en in spans:
        if not in_regions(st, en):
            err(f"{aid}: quoted span in page noise: {sp[:50]!r}")
    quotes = a.get("quotes")
    nq = a.get("not_quotes")
    if not isinstance(quotes, list) or not isinstance(nq, list):
        err(f"{aid}: quotes and not_quotes must be lists")
        quotes, nq = [], []
    if not all(is_str(x) for x in nq):
        err(f"{aid}: not_quotes must be non-empty strings")
    span_texts = [sp for sp, _, _ in spans]
    if Counter(span_texts) != Counter([q.get("text") for q in quotes if isinstance(q, dict)] + list(nq)):
        err(f"{aid}: quoted spans in the text and quotes+not_quotes differ: "
            f"text-only {list((Counter(span_texts) - Counter([q.get('text') for q in quotes if isinstance(q, dict)] + list(nq))).elements())}, "
            f"gold-only {list((Counter([q.get('text') for q in quotes if isinstance(q, dict)] + list(nq)) - Counter(span_texts)).elements())}")
    remaining = list(span_texts)
    for x in nq:
        if x in remaining:
            remaining.remove(x)
    if remaining != [q.get("text") for q in quotes if isinstance(q, dict)]:
        err(f"{aid}: quotes are not listed in text order")
    participants = a.get("participants")
    if not isinstance(participants, list):
        err(f"{aid}: participants must be a list")
        participants = []
    pkeys = [p.get("key") for p in participants if isinstance(p, dict)]
    for qi, q in enumerate(quotes):
        if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
            err(f"{aid}: quote[{qi}] keys must be exactly {QUOTE_KEYS}")
            continue
        if not is_str(q["text"]):
            err(f"{aid}: quote[{qi}] empty text")
        if q["kind"] not in QUOTE_KINDS:
            err(f"{aid}: quote[{qi}] bad kind {q['kind']!r}")
        sk = q["speaker_key"]
        if not isinstance(sk, str) or not re.fullmatch(
                r"(person:[a-z0-9]+(-[a-z0-9]+)*|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})", sk):
            err(f"{aid}: quote[{qi}] malformed speaker key {sk!r}")
        elif sk.startswith("person:") and sk not in pkeys:
            err(f"{aid}: quote[{qi}] speaker {sk} is not a participant")

    # participants
    if len(set(pkeys)) != len(pkeys):
        err(f"{aid}: duplicate participant keys")
    staff = [fold(x) for x in authors + CREDITED_STAFF.get(aid, [])]
    for pi, p in enumerate(participants):
        if not isinstance(p, dict) or list(p.keys()) != PARTICIPANT_KEYS:
            err(f"{aid}: participant[{pi}] keys must be exactly {PARTICIPANT_KEYS}")
            continue
        k = p["key"]
        if not isinstance(k, str) or not re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)*", k):
            err(f"{aid}: participant[{pi}] malformed key {k!r}")
            continue
        all_person_keys.append(k)
        parts = k[len("person:"):].split("-")
        if k not in HONORIFIC_EXCEPTIONS:
            bad = [x for x in parts if x in HONORIFICS]
            if bad:
                err(f"{aid}: participant key {k} carries honorific/title token(s) {bad}")
        for x in parts:
            if x not in folded_all:
                err(f"{aid}: name part {x!r} of {k} not found in the text")
        if parts[-1] not in head_body_tokens:
            err(f"{aid}: last name part of {k} not in the headline or body")
        if not is_str(p["role"]) or not is_str(p["affiliation"]):
            err(f"{aid}: participant {k} needs non-empty role and affiliation")
        if " ".join(parts) in staff:
            err(f"{aid}: participant {k} is an author or credited staff member")

    # facts
    facts = a.get("facts")
    if not isinstance(facts, list) or not facts:
        err(f"{aid}: facts must be a non-empty list")
        facts = []
    slugs = []
    evidence_ranges = []
    for fi, f in enumerate(facts):
        if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
            err(f"{aid}: fact[{fi}] keys must be exactly {FACT_KEYS} in order")
            continue
        if not is_str(f["statement"]):
            err(f"{aid}: fact[{fi}] empty statement")
        kinds = f["kind"]
        if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or \
                any(k not in FACT_KINDS for k in kinds):
            err(f"{aid}: fact[{fi}] bad kind list {kinds!r}")
        sl = f["same_as"]
        if not isinstance(sl, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", sl):
            err(f"{aid}: fact[{fi}] malformed same_as {sl!r}")
        else:
            slugs.append(sl)
        ev = f["evidence"]
        if not isinstance(ev, list) or not ev:
            err(f"{aid}: fact[{fi}] evidence must be a non-empty list")
            continue
        for e in ev:
            if not is_str(e):
                err(f"{aid}: fact[{fi}] empty evidence span")
                continue
            pos = text.find(e)
            if pos < 0:
                err(f"{aid}: fact[{fi}] evidence not found verbatim: {e[:60]!r}")
                continue
            found_ok = False
            while pos >= 0:
                if in_regions(pos, pos + len(e)):
                    found_ok = True
                    evidence_ranges.append((pos, pos + len(e)))
                pos = text.find(e, pos + 1)
            if not found_ok:
                err(f"{aid}: fact[{fi}] evidence lies in page noise: {e[:60]!r}")
    # every annotated quote lies, with its marks, inside some evidence span
    qtexts = Counter(q.get("text") for q in quotes if isinstance(q, dict))
    for sp, st, en in spans:
        if qtexts.get(sp) and not any(a0 <= st and en <= b0 for a0, b0 in evidence_ranges):
            err(f"{aid}: quote not covered by any evidence span: {sp[:50]!r}")
    if len(set(slugs)) != len(slugs):
        err(f"{aid}: repeated same_as slug")
    prefixes = {x.split("-")[0] for x in slugs}
    if len(prefixes) != 1:
        err(f"{aid}: expected one slug prefix per article, got {sorted(prefixes)}")
    for x in slugs:
        if x in earlier_slugs:
            err(f"{aid}: slug {x} already used in earlier gold")
        if x.split("-")[0] in earlier_prefixes:
            err(f"{aid}: slug prefix {x.split('-')[0]} already used in earlier gold")
        skey = (org, city, s.get("start_date"))
        if slug_owner.setdefault(x, skey) != skey:
            err(f"{aid}: slug {x} shared across summits")
    for pfx in prefixes:
        skey = (org, city, s.get("start_date"))
        if prefix_owner.setdefault(pfx, skey) != skey:
            err(f"{aid}: slug prefix {pfx} used by two summits")

    print(f"{aid}: {n_file} words, body {n_body}, {WEEKDAYS[pub.weekday()] if pub else '?'}, "
          f"{'curly' if curly else 'straight'}, quotes {len(quotes)} "
          f"({sum(1 for q in quotes if q.get('kind') == 'direct')}/{sum(1 for q in quotes if q.get('kind') == 'partial')}), "
          f"not_quotes {len(nq)}, participants {len(participants)}, facts {len(facts)}")

# every article file in the folder has an entry
for p in glob.glob(os.path.join(HERE, "*.txt")):
    if os.path.basename(p)[:-4] not in seen_ids:
        err(f"stray article file without an entry: {os.path.basename(p)}")

# shape and pairs
pairs = singles = 0
for key, arts in summit_groups.items():
    if len(arts) > 2:
        err(f"summit {key} has {len(arts)} articles")
    elif len(arts) == 2:
        pairs += 1
        s0, s1 = arts[0]["summit"], arts[1]["summit"]
        for fld in ["organization", "city", "country", "start_date", "end_date"]:
            if s0.get(fld) != s1.get(fld):
                err(f"pair {key}: articles disagree on {fld}")
        sl0 = {f["same_as"] for f in arts[0]["facts"] if isinstance(f, dict)}
        sl1 = {f["same_as"] for f in arts[1]["facts"] if isinstance(f, dict)}
        shared = sorted(sl0 & sl1)
        if len(shared) < 5:
            err(f"pair {key}: only {len(shared)} shared same_as slugs")
        print(f"pair {key[1]}: {len(shared)} shared slugs: {', '.join(shared)}")
    else:
        singles += 1
if (len(articles), len(summit_groups), pairs, singles) != (8, 5, 3, 2):
    err(f"shape must be 8 articles, 5 summits, 3 pairs, 2 singles; got "
        f"{len(articles)}, {len(summit_groups)}, {pairs}, {singles}")

if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK: heldout48 gold passes all checks")
