#!/usr/bin/env python3
"""Validate heldout49_gold.json against the eight h49_*.txt articles in this folder.

Written from scratch for round 49. Reads only this folder, and, for the
"not used before" checks, the ids, summit entries and same_as slugs of
../../*_gold.json and the file names in ../../articles/. Exits 1 on any error.
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
GOLD = os.path.join(HERE, "heldout49_gold.json")
SPLIT = "heldout49"
PREFIX = "h49"
ABOUT_START = ("Held-out set round 49 (split=heldout49), written by an independent "
               "annotator; not yet scored or read by anyone working on the extractors.")

ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}

# First line after the body of each article (page noise starts there).
TAIL = {
    "h49_g7_elmau_wire": "Additional reporting by",
    "h49_g7_elmau_werdenfels": "Related: Marshall Center",
    "h49_asean_phnompenh_explainer": "Read next:",
    "h49_asean_phnompenh_khmertown": "Temple Calendar:",
    "h49_arctic_rovaniemi_transcript": "[END OF SEGMENT]",
    "h49_arctic_rovaniemi_freight": "Events: High North ports",
    "h49_bimstec_colombo_gallefacesunday": "Also in Analysis:",
    "h49_igad_djibouti_ledger": "Related: Fighting resumes",
}

# Cities the brief says to avoid in any year.
AVOID_CITIES = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja,
Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh,
Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asuncion, Vilnius, Prague, Bangkok, Cairo, Cebu,
Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi,
Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra,
Yekaterinburg, Puerto Iguazu, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare,
Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington,
Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya,
Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels"""

# Honorific and title tokens that must not appear in person keys (heldout40 list and the
# additions of heldout42, 43, 46, 47 and 48 as described in the heldout48 about text).
HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir
sultan majesty excellency highness hon rt chief president premier minister chancellor chairman
chairperson mayor secretary senator monsieur madame madam lord lady baroness baron gen general
col colonel ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah ato wro
woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati ambassador amb rtd mp lt
lieutenant senhor senhora dom dona sr sra u daw professor lyonchhen lyonpo dasho aum ap father
imam reverend rev pastor bishop seri begum sheikha mufti janab maulana""".split())
HONORIFIC_EXCEPTIONS = {"person:baron-waqa", "person:sharif-sheikh-ahmed",
                        "person:sheikh-hasina", "person:nyan-tun",
                        # new for round 49: an existing key in which Sheikh is part of the name
                        "person:hassan-sheikh-mohamud"}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

errors = []


def err(msg):
    errors.append(msg)


SPECIAL = {"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ø": "o", "Ø": "O", "æ": "ae",
           "Æ": "Ae", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i"}


def fold(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def tokens(s):
    return re.findall(r"[a-z0-9]+", fold(s))


def contains_tokens(hay_tokens, needle):
    n = tokens(needle)
    if not n:
        return False
    for i in range(len(hay_tokens) - len(n) + 1):
        if hay_tokens[i:i + len(n)] == n:
            return True
    return False


def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err(f"{where}: date {s!r} is not YYYY-MM-DD")
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: invalid date {s!r}")
        return None


def quoted_spans(text, style):
    """Return list of (start, end, inner) for every quoted span, in order."""
    spans = []
    if style == "straight":
        for m in re.finditer(r'"([^"\n]*)"', text):
            spans.append((m.start(), m.end(), m.group(1)))
    else:
        for m in re.finditer(r"“([^“”\n]*)”", text):
            spans.append((m.start(), m.end(), m.group(1)))
    return spans


def check_marks(aid, text, style):
    lines = text.split("\n")
    if style == "straight":
        if any(c in text for c in "“”‘’"):
            err(f"{aid}: curly quote or apostrophe in a straight-quote article")
        for i, line in enumerate(lines, 1):
            if line.count('"') % 2:
                err(f"{aid}: unbalanced straight double quote on line {i}")
    else:
        if '"' in text or "'" in text:
            err(f"{aid}: straight quote or apostrophe in a curly-quote article")
        if "‘" in text:
            err(f"{aid}: opening single curly mark (nested or single quotes not allowed)")
        for i, line in enumerate(lines, 1):
            depth = 0
            for c in line:
                if c == "“":
                    if depth:
                        err(f"{aid}: nested curly quote on line {i}")
                    depth += 1
                elif c == "”":
                    if not depth:
                        err(f"{aid}: closing curly mark without opening on line {i}")
                    else:
                        depth -= 1
            if depth:
                err(f"{aid}: unclosed curly quote on line {i}")


def word_count(s):
    return len(s.split())


def load_earlier():
    ids, slugs, prefixes, city_years, article_names = set(), set(), set(), set(), set()
    root = os.path.normpath(os.path.join(HERE, "..", ".."))
    for f in glob.glob(os.path.join(root, "*_gold.json")):
        with open(f, encoding="utf-8") as fh:
            d = json.load(fh)
        for a in d.get("articles", []):
            ids.add(a.get("id"))
            s = a.get("summit", {})
            city_years.add((fold(s.get("city", "")), str(s.get("start_date", ""))[:4]))
            for x in a.get("facts", []):
                sa = x.get("same_as", "")
                slugs.add(sa)
                prefixes.add(sa.split("-")[0])
    for f in glob.glob(os.path.join(root, "articles", "*.txt")):
        article_names.add(os.path.basename(f)[:-4])
    return ids, slugs, prefixes, city_years, article_names


def main():
    try:
        with open(GOLD, encoding="utf-8") as fh:
            gold = json.load(fh)
    except Exception as e:  # noqa: BLE001
        print(f"ERROR: cannot read {GOLD}: {e}")
        sys.exit(1)

    if not isinstance(gold, dict) or list(gold.keys()) != ["about", "articles"]:
        err("top level must be an object with exactly the keys about, articles (in that order)")
        gold = gold if isinstance(gold, dict) else {}
    about = gold.get("about", "")
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err("about text does not begin with the required sentence")
    articles = gold.get("articles", [])
    if not isinstance(articles, list) or not articles:
        err("articles must be a non-empty list")
        articles = []

    earlier_ids, earlier_slugs, earlier_prefixes, earlier_city_years, earlier_names = load_earlier()
    avoid = {fold(c.strip()) for c in AVOID_CITIES.replace("\n", " ").split(",")}

    seen_ids = set()
    summit_of = {}
    summit_articles = defaultdict(list)
    prefix_of_summit = {}
    slugs_by_article = {}
    report = []

    for n, a in enumerate(articles):
        if not isinstance(a, dict):
            err(f"article #{n} is not an object")
            continue
        aid = a.get("id", f"#{n}")
        if list(a.keys()) != ARTICLE_KEYS:
            err(f"{aid}: article keys {list(a.keys())} != {ARTICLE_KEYS}")
        if not isinstance(aid, str) or not re.fullmatch(PREFIX + r"_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+", aid):
            err(f"{aid}: id not of the form {PREFIX}_<org>_<city>_<slug>")
            continue
        if aid in seen_ids:
            err(f"{aid}: duplicate id")
        seen_ids.add(aid)
        if aid in earlier_ids or aid in earlier_names:
            err(f"{aid}: id already used in earlier gold")
        if a.get("split") != SPLIT:
            err(f"{aid}: split {a.get('split')!r} != {SPLIT}")
        if a.get("file") != f"articles/{aid}.txt":
            err(f"{aid}: file {a.get('file')!r} != articles/{aid}.txt")
        path = os.path.join(HERE, aid + ".txt")
        if not os.path.exists(path):
            err(f"{aid}: article file {aid}.txt missing in this folder")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        lines = text.split("\n")
        if len(lines) < 6:
            err(f"{aid}: too few lines")
            continue
        headline, outlet, byline = lines[0], lines[1], lines[2]

        # body: from the fifth line to the tail marker
        marker = TAIL.get(aid)
        body_start = len("\n".join(lines[:4])) + 1
        if marker is None or marker not in text:
            err(f"{aid}: no tail marker in check.py or marker not found")
            body_end = len(text)
        else:
            body_end = text.index(marker)
            if body_end < body_start:
                err(f"{aid}: tail marker before the body")
        body = text[body_start:body_end]
        region = [(0, len(headline)), (body_start, body_end)]

        def in_region(s, e):
            return any(rs <= s and e <= re_ for rs, re_ in region)

        # types
        for k in ("title", "published_at"):
            if not isinstance(a.get(k), str) or not a.get(k):
                err(f"{aid}: {k} must be a non-empty string")
        if a.get("title") != headline:
            err(f"{aid}: title differs from the headline line")

        # words
        wf, wb = word_count(text), word_count(body)
        if not 420 <= wf <= 600:
            err(f"{aid}: file has {wf} words (420-600 required)")
        if not 420 <= wb <= 600:
            err(f"{aid}: body has {wb} words (420-600 required)")

        # dates
        pub = parse_date(a.get("published_at"), f"{aid} published_at")
        summit = a.get("summit", {})
        if not isinstance(summit, dict) or list(summit.keys()) != SUMMIT_KEYS:
            err(f"{aid}: summit keys wrong")
            summit = summit if isinstance(summit, dict) else {}
        sd = parse_date(summit.get("start_date"), f"{aid} start_date")
        ed = parse_date(summit.get("end_date"), f"{aid} end_date")
        if sd and ed and sd > ed:
            err(f"{aid}: start_date after end_date")
        if pub and sd and pub < sd:
            err(f"{aid}: published before the summit started")
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            forms = [f"{wd}, {MONTHS[pub.month-1]} {pub.day}, {pub.year}",
                     f"{wd}, {pub.day} {MONTHS[pub.month-1]} {pub.year}"]
            if not any(f in outlet for f in forms):
                err(f"{aid}: outlet line lacks the publication date {forms}")
            others = [w for w in WEEKDAYS if w != wd and w in outlet]
            if others:
                err(f"{aid}: outlet line has another weekday {others}")

        # authors
        authors = a.get("authors")
        if not isinstance(authors, list) or not authors or not all(isinstance(x, str) and x for x in authors):
            err(f"{aid}: authors must be a non-empty list of non-empty strings")
            authors = []
        for au in authors:
            if au not in byline:
                err(f"{aid}: author {au!r} not in byline")

        # summit
        org = summit.get("organization", "")
        if not isinstance(org, str) or not re.fullmatch(r"org:[a-z0-9]+(-[a-z0-9]+)*", org):
            err(f"{aid}: organization {org!r} not an org: key")
        city, country = summit.get("city", ""), summit.get("country", "")
        if not city or not country or not isinstance(city, str) or not isinstance(country, str):
            err(f"{aid}: city and country must be non-empty strings")
        ftoks = tokens(text)
        btoks = tokens(headline + "\n" + body)
        if city and not contains_tokens(btoks, city):
            err(f"{aid}: city {city!r} not in the text")
        if fold(city) in avoid:
            err(f"{aid}: city {city!r} is on the avoid list")
        if sd and (fold(city), str(sd.year)) in earlier_city_years:
            err(f"{aid}: city and year {city} {sd.year} already used in earlier gold")
        tf = summit.get("text_fields")
        if (not isinstance(tf, list) or not tf or len(set(tf)) != len(tf)
                or any(x not in TEXT_FIELDS for x in tf)
                or tf != [x for x in TEXT_FIELDS if x in tf]):
            err(f"{aid}: text_fields must be a non-empty subset of {TEXT_FIELDS} in order")
            tf = []
        if "country" in tf and country and not contains_tokens(btoks, country):
            err(f"{aid}: country {country!r} listed in text_fields but not in the text")
        skey = (org, city, summit.get("start_date"))
        summit_of[aid] = (org, city, country, summit.get("start_date"), summit.get("end_date"))
        summit_articles[skey].append(aid)

        # quote style
        curly = any(c in text for c in "“”")
        style = "curly" if curly else "straight"
        check_marks(aid, text, style)
        spans = quoted_spans(text, style)
        for s, e, inner in spans:
            if not in_region(s, e):
                err(f"{aid}: quoted span {inner!r} lies in the page noise")
        span_texts = [inner for _, _, inner in spans]
        op, cl = ('"', '"') if style == "straight" else ("“", "”")

        # participants
        parts = a.get("participants")
        if not isinstance(parts, list):
            err(f"{aid}: participants must be a list")
            parts = []
        pkeys = []
        author_toks = [tokens(x) for x in authors]
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(f"{aid}: participant keys wrong: {p}")
                continue
            k = p["key"]
            if not isinstance(k, str) or not re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)*", k):
                err(f"{aid}: malformed participant key {k!r}")
                continue
            if k in pkeys:
                err(f"{aid}: duplicate participant {k}")
            pkeys.append(k)
            partsk = k[len("person:"):].split("-")
            if k not in HONORIFIC_EXCEPTIONS:
                bad = [t for t in partsk if t in HONORIFICS]
                if bad:
                    err(f"{aid}: honorific/title token {bad} in key {k}")
            for t in partsk:
                if t not in ftoks:
                    err(f"{aid}: name part {t!r} of {k} not found in the text")
            if partsk[-1] not in btoks:
                err(f"{aid}: last name part of {k} not in body or headline")
            if partsk in author_toks:
                err(f"{aid}: author listed as participant: {k}")
            for fld in ("role", "affiliation"):
                if not isinstance(p[fld], str) or not p[fld].strip():
                    err(f"{aid}: empty {fld} for {k}")

        # quotes
        quotes = a.get("quotes")
        nq = a.get("not_quotes")
        if not isinstance(quotes, list) or not isinstance(nq, list):
            err(f"{aid}: quotes and not_quotes must be lists")
            quotes, nq = [], []
        qtexts = []
        for q in quotes:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(f"{aid}: quote keys wrong: {q}")
                continue
            if not isinstance(q["text"], str) or not q["text"]:
                err(f"{aid}: empty quote text")
            if q["kind"] not in QUOTE_KINDS:
                err(f"{aid}: quote kind {q['kind']!r}")
            sk = q["speaker_key"]
            if not isinstance(sk, str) or not re.fullmatch(
                    r"(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}", sk):
                err(f"{aid}: malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in pkeys:
                err(f"{aid}: speaker {sk} is not a participant")
            qtexts.append(q["text"])
        if not all(isinstance(x, str) and x for x in nq):
            err(f"{aid}: not_quotes must be non-empty strings")
        if Counter(qtexts) + Counter(nq) != Counter(span_texts):
            missing = Counter(span_texts) - (Counter(qtexts) + Counter(nq))
            extra = (Counter(qtexts) + Counter(nq)) - Counter(span_texts)
            err(f"{aid}: quoted spans and annotations differ; unannotated {dict(missing)}, "
                f"not in text {dict(extra)}")
        # order of quotes = order of spans that are quotes
        rest = list(span_texts)
        for x in nq:
            if x in rest:
                rest.remove(x)
        if rest != qtexts and Counter(rest) == Counter(qtexts):
            err(f"{aid}: quotes not listed in text order")

        # facts
        facts = a.get("facts")
        if not isinstance(facts, list) or not facts:
            err(f"{aid}: facts must be a non-empty list")
            facts = []
        slugs = []
        all_evidence = []
        for x in facts:
            if not isinstance(x, dict) or list(x.keys()) != FACT_KEYS:
                err(f"{aid}: fact keys wrong: {x}")
                continue
            if not isinstance(x["statement"], str) or not x["statement"].strip():
                err(f"{aid}: empty statement")
            kinds = x["kind"]
            if (not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds)
                    or any(k not in FACT_KINDS for k in kinds)):
                err(f"{aid}: bad fact kind list {kinds} ({x.get('same_as')})")
            sa = x["same_as"]
            if not isinstance(sa, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", sa):
                err(f"{aid}: malformed same_as {sa!r}")
                continue
            if sa in slugs:
                err(f"{aid}: repeated same_as {sa}")
            slugs.append(sa)
            if sa in earlier_slugs:
                err(f"{aid}: same_as {sa} already used in earlier gold")
            ev = x["evidence"]
            if not isinstance(ev, list) or not ev or not all(isinstance(e, str) and e.strip() for e in ev):
                err(f"{aid}: evidence must be a non-empty list of strings ({sa})")
                continue
            for e in ev:
                pos = [m.start() for m in re.finditer(re.escape(e), text)]
                if not pos:
                    err(f"{aid}: evidence not found verbatim ({sa}): {e[:70]!r}")
                elif not any(in_region(p0, p0 + len(e)) for p0 in pos):
                    err(f"{aid}: evidence lies in the page noise ({sa}): {e[:70]!r}")
                all_evidence.append(e)
        prefixes = {s.split("-")[0] for s in slugs}
        if len(prefixes) != 1:
            err(f"{aid}: same_as slugs use {len(prefixes)} prefixes {sorted(prefixes)}")
        for pf in prefixes:
            if pf in earlier_prefixes:
                err(f"{aid}: same_as prefix {pf!r} already used in earlier gold")
            if skey in prefix_of_summit and prefix_of_summit[skey] != pf:
                err(f"{aid}: prefix {pf} differs from the pair's prefix {prefix_of_summit[skey]}")
            for other, opf in prefix_of_summit.items():
                if other != skey and opf == pf:
                    err(f"{aid}: prefix {pf} used by two summits")
            prefix_of_summit.setdefault(skey, pf)
        slugs_by_article[aid] = set(slugs)

        # every quote with its marks inside some evidence span
        for q in quotes:
            if isinstance(q, dict) and isinstance(q.get("text"), str):
                marked = op + q["text"] + cl
                if not any(marked in e for e in all_evidence):
                    err(f"{aid}: quote not covered by any evidence: {q['text'][:60]!r}")

        nd = sum(1 for q in quotes if isinstance(q, dict) and q.get("kind") == "direct")
        report.append(f"{aid}: {pub.strftime('%a') if pub else '?'} {style}, words {wf}/{wb}, "
                      f"quotes {len(quotes)} ({nd} direct), not_quotes {len(nq)}, "
                      f"participants {len(parts)}, facts {len(facts)}")

    # every article file has an entry
    for f in glob.glob(os.path.join(HERE, "*.txt")):
        name = os.path.basename(f)[:-4]
        if name not in seen_ids:
            err(f"{name}.txt has no gold entry")

    # shape and pairs
    if len(seen_ids) != 8:
        err(f"{len(seen_ids)} articles, 8 required")
    sizes = sorted(len(v) for v in summit_articles.values())
    if sizes != [1, 1, 2, 2, 2]:
        err(f"summit shape {sizes} != 5 summits, 3 pairs and 2 singles")
    for skey, aids in summit_articles.items():
        if len(aids) > 2:
            err(f"summit {skey} has {len(aids)} articles")
        if len(aids) == 2:
            a1, a2 = aids
            if summit_of[a1] != summit_of[a2]:
                err(f"pair {a1}/{a2} disagrees on summit data")
            shared = slugs_by_article[a1] & slugs_by_article[a2]
            report.append(f"pair {a1} / {a2}: {len(shared)} shared: {', '.join(sorted(shared))}")
            if len(shared) < 5:
                err(f"pair {a1}/{a2} shares only {len(shared)} same_as slugs")
    # no slug shared across different summits
    for skey, aids in summit_articles.items():
        mine = set().union(*(slugs_by_article.get(x, set()) for x in aids))
        for okey, oaids in summit_articles.items():
            if okey != skey:
                theirs = set().union(*(slugs_by_article.get(x, set()) for x in oaids))
                if mine & theirs:
                    err(f"slugs shared across summits: {sorted(mine & theirs)}")

    for line in report:
        print(line)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK: heldout49 gold passes all checks")


if __name__ == "__main__":
    main()
