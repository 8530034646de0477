#!/usr/bin/env python3
"""Validator for the heldout44 gold set (written from scratch for this round).

Run from anywhere:  python3 check.py
Reads heldout44_gold.json and the .txt articles next to this file; for the
"not used before" checks it reads only the ids, summit entries and same_as
slugs of ../../*_gold.json and the file names in ../../articles/.
Exits 1 on any error.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "heldout44_gold.json")
EARLIER_GLOB = os.path.join(HERE, "..", "..", "*_gold.json")
EARLIER_ARTICLES = os.path.join(HERE, "..", "..", "articles")
SPLIT = "heldout44"
ABOUT_START = ("Held-out set round 44 (split=heldout44), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")

ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}

# First line of the page noise that follows the body of each article.
TAIL = {
    "h44_csto_yerevan_liveblog": "Key events",
    "h44_csto_yerevan_diaspora": "Related: Jermuk",
    "h44_chogm_auckland_herald": "INSIDE TODAY",
    "h44_chogm_auckland_transcript": "END OF TRANSCRIPT",
    "h44_au_niamey_release": "###",
    "h44_au_niamey_factcheck": "How we work:",
    "h44_nato_madrid_qa": "Next week:",
    "h44_americas_miami_wire": "(Reporting by",
}

HONORIFICS = set("""
mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan
majesty excellency highness hon rt chief president premier minister chancellor chairman
chairperson mayor secretary senator monsieur madame madam lord lady baroness baron gen
general col colonel ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid
ayatollah ato wro woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati
ambassador amb rtd mp lt lieutenant senhor senhora dom dona sr sra u daw professor
""".split())
HONORIFIC_EXCEPTIONS = {"person:baron-waqa", "person:sharif-sheikh-ahmed",
                        "person:sheikh-hasina", "person:nyan-tun"}

# Cities the brief excluded in any year (a guard against a slip when editing).
AVOID_CITIES = {
    "astana", "paris", "reykjavik", "sanya", "kathmandu", "san pedro sula", "majuro", "abuja",
    "nusa dua", "bali", "johannesburg", "nairobi", "kuwait city", "windhoek", "cadiz",
    "caracas", "sharm el sheikh", "baku", "ulaanbaatar", "mecca", "tehran", "dushanbe",
    "asuncion", "vilnius", "prague", "bangkok", "cairo", "cebu", "veracruz", "antananarivo",
    "chisinau", "sochi", "kiruna", "addu city", "rancho mirage", "arusha", "new delhi",
    "xi an", "goyang", "islamabad", "kigali", "warsaw", "port of spain", "tokyo", "stockholm",
    "dili", "accra", "yekaterinburg", "puerto iguazu", "valletta", "tashkent", "mexico city",
    "naypyidaw", "algiers", "harare",
}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

ERRORS = []


def err(where, msg):
    ERRORS.append("%s: %s" % (where, msg))


SPECIAL = {"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "đ": "d", "Đ": "d",
           "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d"}


def fold(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def tokens(s):
    return fold(s).split()


def has_token_seq(hay_tokens, needle):
    nt = tokens(needle)
    if not nt:
        return False
    n = len(nt)
    return any(hay_tokens[i:i + n] == nt for i in range(len(hay_tokens) - n + 1))


def parse_date(where, s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err(where, "not an ISO date: %r" % (s,))
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(where, "invalid date: %r" % (s,))
        return None


def is_str(x):
    return isinstance(x, str) and x.strip() != ""


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while sub and i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def quoted_spans(where, text, style):
    """Return a list of (start_of_inner_text, inner_text) for double-quoted spans."""
    spans = []
    if style == "straight":
        for ln_start, line in line_iter(text):
            if line.count('"') % 2:
                err(where, "unbalanced straight quote marks on line: %r" % line[:80])
                continue
            for m in re.finditer(r'"([^"]*)"', line):
                spans.append((ln_start + m.start(1), m.group(1)))
    else:
        for ln_start, line in line_iter(text):
            open_at = None
            for i, c in enumerate(line):
                if c == "“":
                    if open_at is not None:
                        err(where, "nested curly quote on line: %r" % line[:80])
                    open_at = i
                elif c == "”":
                    if open_at is None:
                        err(where, "closing curly quote without opening on line: %r" % line[:80])
                    else:
                        spans.append((ln_start + open_at + 1, line[open_at + 1:i]))
                        open_at = None
            if open_at is not None:
                err(where, "unclosed curly quote on line: %r" % line[:80])
    return spans


def line_iter(text):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def main():
    try:
        gold = json.load(open(GOLD, encoding="utf-8"))
    except Exception as e:  # noqa
        print("cannot read gold: %s" % e)
        sys.exit(1)

    # ---- earlier gold: ids, summits, slugs only ----
    earlier_ids, earlier_slugs, earlier_prefixes, earlier_city_years = set(), set(), set(), set()
    for path in glob.glob(EARLIER_GLOB):
        if os.path.abspath(path) == os.path.abspath(GOLD):
            continue
        d = json.load(open(path, encoding="utf-8"))
        for a in d.get("articles", []):
            earlier_ids.add(a.get("id"))
            s = a.get("summit") or {}
            if s.get("city") and s.get("start_date"):
                earlier_city_years.add((fold(s["city"]), s["start_date"][:4]))
            for f in a.get("facts", []):
                sa = f.get("same_as")
                if sa:
                    earlier_slugs.add(sa)
                    earlier_prefixes.add(sa.split("-")[0])
    if os.path.isdir(EARLIER_ARTICLES):
        for fn in os.listdir(EARLIER_ARTICLES):
            earlier_ids.add(os.path.splitext(fn)[0])
    if not earlier_ids:
        err("setup", "no earlier gold found (expected ../../*_gold.json)")

    if not isinstance(gold, dict) or list(gold.keys()) != ["about", "articles"]:
        err("top", "top-level keys must be exactly ['about', 'articles']")
        report()
    if not isinstance(gold["about"], str) or not gold["about"].startswith(ABOUT_START):
        err("about", "about text must begin with the fixed opening sentence")
    arts = gold["articles"]
    if not isinstance(arts, list):
        err("top", "articles must be a list")
        report()

    seen_ids = set()
    summit_groups = collections.defaultdict(list)
    prefix_summit = {}
    slug_summit = {}
    stats = []

    for idx, a in enumerate(arts):
        aid = a.get("id") if isinstance(a, dict) else None
        where = "article[%d] %s" % (idx, aid)
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err(where, "article keys must be %s in this order" % ARTICLE_KEYS)
            continue
        if not isinstance(aid, str) or not re.fullmatch(r"h44_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+", aid):
            err(where, "bad id form")
            continue
        where = aid
        if aid in seen_ids:
            err(where, "duplicate id")
        seen_ids.add(aid)
        if aid in earlier_ids:
            err(where, "id already used in earlier gold")
        if a["split"] != SPLIT:
            err(where, "split must be %s" % SPLIT)
        if a["file"] != "articles/%s.txt" % aid:
            err(where, "file must be articles/<id>.txt")
        path = os.path.join(HERE, aid + ".txt")
        if not os.path.isfile(path):
            err(where, "missing article file")
            continue
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 6:
            err(where, "article too short")
            continue

        # ---- header ----
        if a["title"] != lines[0]:
            err(where, "title differs from the headline line")
        for k in ["title", "published_at"]:
            if not is_str(a[k]):
                err(where, "%s must be a non-empty string" % k)
        pub = parse_date(where + " published_at", a["published_at"])
        if pub:
            outlet = lines[1]
            wd = WEEKDAYS[pub.weekday()]
            if wd not in outlet:
                err(where, "outlet line lacks weekday %s" % wd)
            for other in WEEKDAYS:
                if other != wd and other in outlet:
                    err(where, "outlet line carries another weekday %s" % other)
            if MONTHS[pub.month - 1] not in outlet:
                err(where, "outlet line lacks month %s" % MONTHS[pub.month - 1])
            if not re.search(r"(?<!\d)%d(?!\d)" % pub.day, outlet):
                err(where, "outlet line lacks day %d" % pub.day)
            if not re.search(r"(?<!\d)%d(?!\d)" % pub.year, outlet):
                err(where, "outlet line lacks year %d" % pub.year)
        if not isinstance(a["authors"], list) or not all(is_str(x) for x in a["authors"]):
            err(where, "authors must be a list of non-empty strings")
        else:
            for au in a["authors"]:
                if au not in lines[2]:
                    err(where, "author %r not in byline line" % au)

        # ---- regions ----
        marker = TAIL.get(aid)
        body_start = len("\n".join(lines[:4])) + 1  # start of line 5
        tail_pos = None
        if marker is None:
            err(where, "no tail marker registered in check.py")
        else:
            pos = body_start
            for line in lines[4:]:
                if line.startswith(marker):
                    tail_pos = pos
                    break
                pos += len(line) + 1
            if tail_pos is None:
                err(where, "tail marker %r not found at a line start" % marker)
        if tail_pos is None:
            tail_pos = len(text)
        head_end = len(lines[0])
        body = text[body_start:tail_pos]

        def in_allowed(start, end):
            return end <= head_end or (start >= body_start and end <= tail_pos)

        # ---- word counts ----
        nw_file = len(text.split())
        nw_body = len(body.split())
        if not 420 <= nw_file <= 600:
            err(where, "file has %d words (420-600)" % nw_file)
        if not 420 <= nw_body <= 600:
            err(where, "body has %d words (420-600)" % nw_body)

        ftoks = tokens(text)
        btoks = tokens(body)

        # ---- summit ----
        s = a["summit"]
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err(where, "summit keys must be %s in this order" % SUMMIT_KEYS)
            continue
        if not isinstance(s["organization"], str) or not re.fullmatch(r"org:[a-z0-9]+(-[a-z0-9]+)*", s["organization"]):
            err(where, "organization must be an org: key")
        for k in ["city", "country"]:
            if not is_str(s[k]):
                err(where, "summit %s must be a non-empty string" % k)
        sd = parse_date(where + " start_date", s["start_date"])
        ed = parse_date(where + " end_date", s["end_date"])
        if sd and ed and sd > ed:
            err(where, "start_date after end_date")
        if sd and pub and pub < sd:
            err(where, "published before the summit started")
        tf = s["text_fields"]
        if not isinstance(tf, list) or not tf:
            err(where, "text_fields must be a non-empty list")
        else:
            if len(set(tf)) != len(tf) or any(x not in TEXT_FIELDS for x in tf):
                err(where, "text_fields has repeats or unknown fields")
            elif tf != [x for x in TEXT_FIELDS if x in tf]:
                err(where, "text_fields not in canonical order")
        if is_str(s["city"]):
            if not has_token_seq(ftoks, s["city"]):
                err(where, "city %r not in text" % s["city"])
            if fold(s["city"]) in AVOID_CITIES:
                err(where, "city %r is on the avoided list" % s["city"])
            if sd and (fold(s["city"]), s["start_date"][:4]) in earlier_city_years:
                err(where, "city and year already used in earlier gold")
        if isinstance(tf, list) and "country" in tf and is_str(s["country"]):
            if not has_token_seq(ftoks, s["country"]):
                err(where, "country %r not in text" % s["country"])
        if sd:
            summit_groups[(s["organization"], s["city"], s["start_date"])].append(a)

        # ---- quote style ----
        has_straight = '"' in text
        has_curly = "“" in text or "”" in text
        if has_straight and has_curly:
            err(where, "mixes straight and curly double quotes")
        style = "curly" if has_curly else "straight"
        if "‘" in text:
            err(where, "opening single curly mark present")
        if style == "curly" and "'" in text:
            err(where, "straight apostrophe in a curly-quote article")
        if style == "straight" and "’" in text:
            err(where, "curly apostrophe in a straight-quote article")
        spans = quoted_spans(where, text, style)
        for st, inner in spans:
            if not in_allowed(st - 1, st + len(inner) + 1):
                err(where, "quoted span outside headline/body: %r" % inner[:60])

        # ---- participants ----
        parts = a["participants"]
        pkeys = []
        author_folds = {fold(x) for x in a["authors"] if isinstance(x, str)}
        if not isinstance(parts, list):
            err(where, "participants must be a list")
            parts = []
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(where, "participant keys must be %s" % PART_KEYS)
                continue
            k = p["key"]
            if not isinstance(k, str) or not re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)*", k):
                err(where, "bad participant key %r" % (k,))
                continue
            if k in pkeys:
                err(where, "duplicate participant %s" % k)
            pkeys.append(k)
            name_parts = k.split(":", 1)[1].split("-")
            if k not in HONORIFIC_EXCEPTIONS:
                bad = [x for x in name_parts if x in HONORIFICS]
                if bad:
                    err(where, "honorific/title token %s in key %s" % (bad, k))
            for x in name_parts:
                if x not in ftoks:
                    err(where, "name part %r of %s not in text" % (x, k))
            if name_parts[-1] not in btoks:
                err(where, "last name part of %s not in body" % k)
            if " ".join(name_parts) in author_folds:
                err(where, "author %s listed as participant" % k)
            for f in ["role", "affiliation"]:
                if not is_str(p[f]):
                    err(where, "%s of %s must be a non-empty string" % (f, k))

        # ---- quotes / not_quotes ----
        quotes = a["quotes"]
        nq = a["not_quotes"]
        if not isinstance(quotes, list) or not isinstance(nq, list):
            err(where, "quotes and not_quotes must be lists")
            continue
        qtexts = []
        for q in quotes:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(where, "quote keys must be %s" % QUOTE_KEYS)
                continue
            if not is_str(q["text"]):
                err(where, "empty quote text")
                continue
            if q["text"] not in text:
                err(where, "quote not verbatim in text: %r" % q["text"][:60])
            sk = q["speaker_key"]
            if not isinstance(sk, str) or not re.fullmatch(r"(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}", sk):
                err(where, "bad speaker key %r" % (sk,))
            elif sk.startswith("person:") and sk not in pkeys:
                err(where, "speaker %s is not a participant" % sk)
            if q["kind"] not in QUOTE_KINDS:
                err(where, "bad quote kind %r" % (q["kind"],))
            qtexts.append(q["text"])
        for x in nq:
            if not is_str(x) or x not in text:
                err(where, "not_quote not verbatim: %r" % (x,))
        # multiset and order against the quoted spans of the text
        found = [inner for _, inner in spans]
        rest = list(found)
        for x in nq:
            if x in rest:
                rest.remove(x)
            else:
                err(where, "not_quote %r is not a quoted span" % (x,))
        if rest != qtexts:
            missing = collections.Counter(rest) - collections.Counter(qtexts)
            extra = collections.Counter(qtexts) - collections.Counter(rest)
            if missing:
                err(where, "quoted spans not annotated: %s" % [m[:50] for m in missing])
            if extra:
                err(where, "quotes that are not quoted spans: %s" % [m[:50] for m in extra])
            if not missing and not extra:
                err(where, "quotes not listed in text order")

        # ---- facts ----
        facts = a["facts"]
        slugs = []
        ev_ranges = []
        if not isinstance(facts, list) or not facts:
            err(where, "facts must be a non-empty list")
            facts = []
        for f in facts:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(where, "fact keys must be %s in this order" % FACT_KEYS)
                continue
            if not is_str(f["statement"]):
                err(where, "empty fact statement")
            kinds = f["kind"]
            if not isinstance(kinds, list) or not kinds:
                err(where, "fact kind must be a non-empty list (%s)" % f.get("same_as"))
            else:
                if len(set(kinds)) != len(kinds):
                    err(where, "repeated fact kind in %s" % f["same_as"])
                for kd in kinds:
                    if kd not in FACT_KINDS:
                        err(where, "unknown fact kind %r" % (kd,))
            sa = f["same_as"]
            if not isinstance(sa, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", sa):
                err(where, "bad same_as %r" % (sa,))
            else:
                if sa in slugs:
                    err(where, "same_as %s repeated in article" % sa)
                slugs.append(sa)
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(where, "evidence must be a non-empty list (%s)" % sa)
                continue
            for e in ev:
                if not is_str(e):
                    err(where, "empty evidence string (%s)" % sa)
                    continue
                occ = [o for o in occurrences(text, e) if in_allowed(o, o + len(e))]
                if not occ:
                    err(where, "evidence not verbatim in headline/body (%s): %r" % (sa, e[:70]))
                for o in occ:
                    ev_ranges.append((o, o + len(e)))
        # every annotated quote (by position) inside some evidence span
        qset = collections.Counter(qtexts)
        for st, inner in spans:
            if qset.get(inner, 0) <= 0:
                continue
            if not any(a0 <= st and st + len(inner) <= a1 for a0, a1 in ev_ranges):
                err(where, "quote not covered by any evidence: %r" % inner[:60])
        prefixes = {x.split("-")[0] for x in slugs}
        if len(prefixes) != 1:
            err(where, "one slug prefix per article expected, got %s" % sorted(prefixes))
        skey = (s["organization"], s["city"], s["start_date"])
        for pr in prefixes:
            if pr in earlier_prefixes:
                err(where, "slug prefix %r used in earlier gold" % pr)
            if prefix_summit.setdefault(pr, skey) != skey:
                err(where, "slug prefix %r used by two summits" % pr)
        for x in slugs:
            if x in earlier_slugs:
                err(where, "slug %s used in earlier gold" % x)
            if slug_summit.setdefault(x, skey) != skey:
                err(where, "slug %s shared across summits" % x)

        n_direct = sum(1 for q in quotes if isinstance(q, dict) and q.get("kind") == "direct")
        stats.append((aid, pub.strftime("%a") if pub else "?", style, nw_file, nw_body,
                      len(quotes), n_direct, len(quotes) - n_direct, len(nq), len(parts), len(facts)))

    # ---- files without entries ----
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith(".txt") and fn[:-4] not in seen_ids:
            err("folder", "article file without gold entry: %s" % fn)

    # ---- pairs and shape ----
    pairs = singles = 0
    shared_report = []
    for key, group in summit_groups.items():
        if len(group) > 2:
            err("shape", "summit %s has %d articles" % (key, len(group)))
        elif len(group) == 2:
            pairs += 1
            a1, a2 = group
            for k in ["organization", "city", "country", "start_date", "end_date"]:
                if a1["summit"][k] != a2["summit"][k]:
                    err("pair %s" % (key,), "articles disagree on %s" % k)
            s1 = {f["same_as"] for f in a1["facts"] if isinstance(f, dict)}
            s2 = {f["same_as"] for f in a2["facts"] if isinstance(f, dict)}
            shared = sorted(s1 & s2)
            if len(shared) < 5:
                err("pair %s" % (key,), "only %d shared same_as slugs" % len(shared))
            shared_report.append((a1["id"], a2["id"], shared))
        else:
            singles += 1
    if len(arts) != 8 or len(summit_groups) != 5 or pairs != 3 or singles != 2:
        err("shape", "expected 8 articles, 5 summits, 3 pairs, 2 singles; got %d, %d, %d, %d"
            % (len(arts), len(summit_groups), pairs, singles))

    print("%-32s %-3s %-8s %5s %5s %6s %4s %4s %3s %5s %5s" %
          ("id", "day", "style", "file", "body", "quotes", "dir", "part", "nq", "parts", "facts"))
    for row in stats:
        print("%-32s %-3s %-8s %5d %5d %6d %4d %4d %3d %5d %5d" % row)
    tot = [sum(r[i] for r in stats) for i in range(5, 11)]
    print("totals: quotes %d (direct %d, partial %d), not_quotes %d, participants %d, facts %d" % tuple(tot))
    for a1, a2, shared in shared_report:
        print("pair %s + %s: %d shared: %s" % (a1, a2, len(shared), ", ".join(shared)))
    report()


def report():
    if ERRORS:
        for e in ERRORS:
            print("ERROR " + e)
        print("%d error(s)" % len(ERRORS))
        sys.exit(1)
    print("OK: no errors")
    sys.exit(0)


if __name__ == "__main__":
    main()
