#!/usr/bin/env python3
"""Validate heldout41_gold.json against the article texts in this folder.

Written from scratch for round 41. Run from any directory:
    python3 check.py
Exits 1 if any error is found, 0 otherwise.  Reads only this folder and,
for the earlier-prefix and earlier-id checks, the same_as slugs and ids of
../../*_gold.json and the file names in ../../articles/.
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
GOLD = os.path.join(HERE, "heldout41_gold.json")
SPLIT = "heldout41"
PREFIX = "h41_"
ABOUT_START = ("Held-out set round 41 (split=heldout41), written by an independent "
               "annotator; not yet scored or read by anyone working on the extractors.")

TOP_KEYS = ["about", "articles"]
ART_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
            "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess
emir sultan majesty excellency highness hon rt chief president premier minister chancellor
chairman chairperson mayor secretary senator monsieur madame madam lord lady baroness baron
gen general col colonel ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid
ayatollah ato wro woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati
ambassador amb rtd mp""".split())
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Page noise of each article: the line after the byline is always noise; the
# tail starts at the first line beginning with the marker; inner noise lines
# (a newsletter box inside the body) are listed explicitly.
NOISE = {
    "h41_au_kigali_clarion": ("Related stories", []),
    "h41_au_kigali_transcript": ("[END OF TRANSCRIPT]", []),
    "h41_b9_warsaw_wire": ("(Reporting by", []),
    "h41_b9_warsaw_explainer": ("Read next", []),
    "h41_caricom_portofspain_local": ("MORE FROM PARIA POST", []),
    "h41_caricom_portofspain_diaspora": ("Related: ", ["——", "SUBSCRIBE: Get Island Voice Weekly free in your inbox every Wednesday."]),
    "h41_mekongjapan_tokyo_tradepress": ("TENDERS TO WATCH", []),
    "h41_nordic_stockholm_analysis": ("Most read this week", []),
}

RE_PERSON = re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")
RE_ORG = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")
RE_COUNTRY = re.compile(r"^country:[a-z]{2}$")
RE_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
RE_ID = re.compile(r"^h41_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+$")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


SPECIAL = {"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "đ": "d", "Đ": "d",
           "ł": "l", "Ł": "l", "ı": "i", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d"}


def fold(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", " ").replace("'", " ").replace("‘", " ")
    return s.lower()


def tokens(s):
    return re.findall(r"[a-z0-9]+", fold(s))


def has_token_seq(text_tokens, phrase):
    want = tokens(phrase)
    n = len(want)
    return n > 0 and any(text_tokens[i:i + n] == want for i in range(len(text_tokens) - n + 1))


def iso(where, value, name):
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        err(where, "%s is not an ISO date: %r" % (name, value))
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        err(where, "%s is not a valid date: %r" % (name, value))
        return None


def check_keys(where, obj, keys):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    got = list(obj.keys())
    missing = [k for k in keys if k not in obj]
    extra = [k for k in got if k not in keys]
    if missing:
        err(where, "missing keys %s" % missing)
    if extra:
        err(where, "unexpected keys %s" % extra)
    if not missing and not extra and got != keys:
        err(where, "keys out of order: %s" % got)
    return not missing


def quoted_spans(text, where):
    """Return (style, list of spans) and report quote-mark problems."""
    straight = '"' in text or "'" in text
    curly = any(c in text for c in "“”‘’")
    if straight and curly:
        err(where, "mixes straight and curly quote marks or apostrophes")
    for n, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(where, "unbalanced straight double quotes on line %d" % n)
        depth = 0
        for c in line:
            if c == "“":
                if depth:
                    err(where, "nested curly quote on line %d" % n)
                depth += 1
            elif c == "”":
                if not depth:
                    err(where, "closing curly quote without opening on line %d" % n)
                else:
                    depth -= 1
        if depth:
            err(where, "unclosed curly quote on line %d" % n)
    ordered = []
    for line in text.split("\n"):
        for m in re.finditer(r'"([^"]*)"|“([^“”]*)”', line):
            ordered.append(m.group(1) if m.group(1) is not None else m.group(2))
    return ("curly" if curly else "straight"), ordered


def split_text(aid, text):
    lines = text.split("\n")
    marker, inner = NOISE.get(aid, (None, []))
    if marker is None:
        err(aid, "no noise definition in check.py")
        return text, text
    idx = [i for i, l in enumerate(lines) if l.startswith(marker)]
    if not idx:
        err(aid, "tail noise marker %r not found" % marker)
        end = len(lines)
    else:
        end = idx[0]
    for l in inner:
        if l not in lines:
            err(aid, "inner noise line not found: %r" % l)
    body_lines = [l for l in lines[4:end] if l not in inner]
    if len(lines) < 5 or lines[4] != "":
        err(aid, "expected headline, outlet line, byline, noise line and a blank line")
    return "\n".join(body_lines), "\n".join(lines[:end])


def earlier_material():
    base = os.path.normpath(os.path.join(HERE, "..", ".."))
    prefixes, ids = set(), set()
    for f in glob.glob(os.path.join(base, "*_gold.json")):
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:  # pragma: no cover
            err(os.path.basename(f), "cannot read: %s" % e)
            continue
        for a in d.get("articles", []):
            ids.add(a.get("id"))
            for fact in a.get("facts", []):
                s = fact.get("same_as", "")
                prefixes.add(s.split("-")[0])
    for f in glob.glob(os.path.join(base, "articles", "*.txt")):
        ids.add(os.path.basename(f)[:-4])
    return prefixes, ids


def main():
    try:
        gold = json.load(open(GOLD, encoding="utf-8"))
    except Exception as e:
        print("ERROR: cannot load %s: %s" % (GOLD, e))
        return 1
    check_keys("top level", gold, TOP_KEYS)
    about = gold.get("about")
    if not isinstance(about, str) or not about.strip():
        err("about", "empty about text")
    elif not about.startswith(ABOUT_START):
        err("about", "does not begin with the required sentence")
    arts = gold.get("articles")
    if not isinstance(arts, list) or not arts:
        err("articles", "not a non-empty list")
        arts = []

    earlier_prefixes, earlier_ids = earlier_material()
    txt_files = {os.path.basename(f)[:-4] for f in glob.glob(os.path.join(HERE, "*.txt"))}
    seen_ids = set()
    summits = collections.OrderedDict()
    slug_owner = {}
    prefix_owner = {}
    report = []

    for i, a in enumerate(arts):
        aid = a.get("id") if isinstance(a, dict) else None
        where = "article %d (%s)" % (i, aid)
        if not check_keys(where, a, ART_KEYS):
            continue
        if not isinstance(aid, str) or not RE_ID.match(aid):
            err(where, "id not of the form h41_<org>_<city>_<slug>")
            continue
        if aid in seen_ids:
            err(aid, "duplicate id")
        seen_ids.add(aid)
        if aid in earlier_ids:
            err(aid, "id already used in earlier gold")
        if a["split"] != SPLIT:
            err(aid, "split is %r" % a["split"])
        if a["file"] != "articles/%s.txt" % aid:
            err(aid, "file is %r" % a["file"])
        path = os.path.join(HERE, aid + ".txt")
        if not os.path.exists(path):
            err(aid, "text file missing")
            continue
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        body, upto_tail = split_text(aid, text)
        ftoks = tokens(text)

        # title, outlet line, byline
        if a["title"] != lines[0]:
            err(aid, "title differs from the headline line")
        pub = iso(aid, a["published_at"], "published_at")
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            if wd not in lines[1] or str(pub.year) not in lines[1]:
                err(aid, "outlet line does not carry weekday %s and year %d" % (wd, pub.year))
            day_ok = re.search(r"\b0?%d\b" % pub.day, lines[1]) is not None
            if not day_ok:
                err(aid, "outlet line does not carry the day of the month")
        authors = a["authors"]
        if not isinstance(authors, list) or any(not isinstance(x, str) or not x.strip() for x in authors):
            err(aid, "authors must be a list of non-empty strings")
            authors = []
        for au in authors:
            if au not in lines[2]:
                err(aid, "author %r not in the byline" % au)

        # words
        total = len(text.split())
        bwords = len(body.split())
        if not 420 <= total <= 600:
            err(aid, "file has %d words (420-600 required)" % total)
        if not 420 <= bwords <= 600:
            err(aid, "body has %d words (420-600 required)" % bwords)

        # summit
        s = a["summit"]
        if check_keys(aid + " summit", s, SUMMIT_KEYS):
            if not isinstance(s["organization"], str) or not RE_ORG.match(s["organization"]):
                err(aid, "organization is not an org: key")
            for k in ("city", "country"):
                if not isinstance(s[k], str) or not s[k].strip():
                    err(aid, "empty %s" % k)
            if isinstance(s["city"], str) and s["city"].strip() and not has_token_seq(ftoks, s["city"]):
                err(aid, "city %r not in text" % s["city"])
            sd = iso(aid, s["start_date"], "start_date")
            ed = iso(aid, s["end_date"], "end_date")
            if sd and ed and sd > ed:
                err(aid, "start_date after end_date")
            if pub and sd and pub < sd:
                err(aid, "published before the summit started")
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(aid, "text_fields empty")
            else:
                if len(set(tf)) != len(tf):
                    err(aid, "text_fields repeated")
                if any(x not in TEXT_FIELDS for x in tf):
                    err(aid, "unknown text_field in %s" % tf)
                elif tf != [x for x in TEXT_FIELDS if x in tf]:
                    err(aid, "text_fields out of order")
                if "country" in tf and isinstance(s["country"], str) and not has_token_seq(ftoks, s["country"]):
                    err(aid, "country in text_fields but %r not in text" % s["country"])
            summits.setdefault((s["organization"], s["city"], s["start_date"]), []).append((aid, s))

        # participants
        pkeys = []
        for j, p in enumerate(a["participants"]):
            pw = "%s participant %d" % (aid, j)
            if not check_keys(pw, p, PART_KEYS):
                continue
            k = p["key"]
            if not isinstance(k, str) or not RE_PERSON.match(k):
                err(pw, "malformed key %r" % k)
                continue
            if k in pkeys:
                err(pw, "duplicate participant %s" % k)
            pkeys.append(k)
            parts = k.split(":", 1)[1].split("-")
            bad = [x for x in parts if x in HONORIFICS]
            if bad:
                err(pw, "honorific/title token in key %s: %s" % (k, bad))
            missing = [x for x in parts if x not in ftoks]
            if missing:
                err(pw, "name parts %s of %s not found in text" % (missing, k))
            if parts[-1] not in tokens(body):
                err(pw, "last name part of %s not in the article body" % k)
            for fld in ("role", "affiliation"):
                if not isinstance(p[fld], str) or not p[fld].strip():
                    err(pw, "empty %s" % fld)
            for au in authors:
                if tokens(au) == parts:
                    err(pw, "author listed as participant")

        # quotes
        style, spans = quoted_spans(text, aid)
        qtexts = []
        for j, q in enumerate(a["quotes"]):
            qw = "%s quote %d" % (aid, j)
            if not check_keys(qw, q, QUOTE_KEYS):
                continue
            t = q["text"]
            if not isinstance(t, str) or not t.strip():
                err(qw, "empty text")
                continue
            if t not in text:
                err(qw, "text not found verbatim: %r" % t)
            qtexts.append(t)
            sk = q["speaker_key"]
            if not isinstance(sk, str) or not (RE_PERSON.match(sk) or RE_ORG.match(sk) or RE_COUNTRY.match(sk)):
                err(qw, "malformed speaker key %r" % sk)
            elif sk.startswith("person:") and sk not in pkeys:
                err(qw, "person speaker %s is not a participant" % sk)
            if q["kind"] not in QUOTE_KINDS:
                err(qw, "bad kind %r" % q["kind"])
        nq = a["not_quotes"]
        if not isinstance(nq, list) or any(not isinstance(x, str) or not x for x in nq):
            err(aid, "not_quotes must be a list of non-empty strings")
            nq = []
        for x in nq:
            if x not in text:
                err(aid, "not_quote not found: %r" % x)
        if collections.Counter(spans) != collections.Counter(qtexts + nq):
            extra_in_text = collections.Counter(spans) - collections.Counter(qtexts + nq)
            extra_in_gold = collections.Counter(qtexts + nq) - collections.Counter(spans)
            if extra_in_text:
                err(aid, "quoted spans in text not annotated: %s" % list(extra_in_text))
            if extra_in_gold:
                err(aid, "annotated quotes/not_quotes not quoted in text: %s" % list(extra_in_gold))
        else:
            if [x for x in spans if x in set(qtexts)] != qtexts:
                err(aid, "quotes not listed in text order")

        # facts
        slugs = []
        prefixes = set()
        evid_all = []
        for j, f in enumerate(a["facts"]):
            fw = "%s fact %d" % (aid, j)
            if not check_keys(fw, f, FACT_KEYS):
                continue
            if not isinstance(f["statement"], str) or not f["statement"].strip():
                err(fw, "empty statement")
            kinds = f["kind"]
            if not isinstance(kinds, list) or not kinds:
                err(fw, "kind must be a non-empty list")
            else:
                if len(set(kinds)) != len(kinds):
                    err(fw, "repeated kind")
                for k in kinds:
                    if k not in FACT_KINDS:
                        err(fw, "unknown kind %r" % k)
            sa = f["same_as"]
            if not isinstance(sa, str) or not RE_SLUG.match(sa):
                err(fw, "malformed same_as %r" % sa)
            else:
                if sa in slugs:
                    err(fw, "same_as %s repeated in article" % sa)
                slugs.append(sa)
                prefixes.add(sa.split("-")[0])
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(fw, "evidence must be a non-empty list")
                continue
            for e in ev:
                if not isinstance(e, str) or not e.strip():
                    err(fw, "empty evidence string")
                elif e not in text:
                    err(fw, "evidence not found verbatim: %r" % e)
                elif e not in body and e not in lines[0]:
                    err(fw, "evidence lies in page noise: %r" % e)
                else:
                    evid_all.append(e)
        for t in qtexts:
            if not any(t in e for e in evid_all):
                err(aid, "quote not covered by any fact evidence: %r" % t)
        if len(prefixes) > 1:
            err(aid, "more than one same_as prefix: %s" % sorted(prefixes))
        for p in prefixes:
            if p in earlier_prefixes:
                err(aid, "same_as prefix %r already used in earlier gold" % p)
        a_key = (s.get("organization"), s.get("city"), s.get("start_date")) if isinstance(s, dict) else None
        for p in prefixes:
            prefix_owner.setdefault(p, set()).add(a_key)
        for sl in slugs:
            slug_owner.setdefault(sl, set()).add(a_key)

        report.append((aid, pub, total, bwords, len(qtexts),
                       sum(1 for q in a["quotes"] if q.get("kind") == "direct"),
                       sum(1 for q in a["quotes"] if q.get("kind") == "partial"),
                       len(nq), len(pkeys), len(a["facts"]), style, slugs))

    # files vs entries
    for t in sorted(txt_files - seen_ids):
        err(t, "text file without gold entry")

    # prefixes / slugs across summits
    for p, owners in prefix_owner.items():
        if len(owners) > 1:
            err("same_as", "prefix %r used by several summits" % p)
    for sl, owners in slug_owner.items():
        if len(owners) > 1:
            err("same_as", "slug %r shared across summits" % sl)

    # summits and pairs
    slugs_by_id = {r[0]: set(r[-1]) for r in report}
    pairs = singles = 0
    for key, members in summits.items():
        if len(members) > 2:
            err(str(key), "more than two articles for one summit")
        if len(members) == 2:
            pairs += 1
            (a1, s1), (a2, s2) = members
            for k in ("organization", "city", "country", "start_date", "end_date"):
                if s1.get(k) != s2.get(k):
                    err(str(key), "pair disagrees on %s" % k)
            shared = slugs_by_id.get(a1, set()) & slugs_by_id.get(a2, set())
            print("pair %s + %s: %d shared slugs: %s" % (a1, a2, len(shared), ", ".join(sorted(shared))))
            if len(shared) < 5:
                err(str(key), "pair shares only %d same_as slugs (5 required)" % len(shared))
        elif len(members) == 1:
            singles += 1
    if (len(arts), len(summits), pairs, singles) != (8, 5, 3, 2):
        err("shape", "expected 8 articles, 5 summits, 3 pairs, 2 singles; got %d, %d, %d, %d"
            % (len(arts), len(summits), pairs, singles))

    for r in report:
        print("%-36s %s %-9s words %d (body %d) quotes %d (%d direct/%d partial) not_quotes %d "
              "participants %d facts %d %s" % (r[0], r[1], WEEKDAYS[r[1].weekday()] if r[1] else "?",
                                             r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10]))
    tot = [sum(r[i] for r in report) for i in (4, 5, 6, 7, 8, 9)]
    print("totals: quotes %d (%d direct/%d partial), not_quotes %d, participants %d, facts %d" % tuple(tot))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s)" % len(errors))
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
