#!/usr/bin/env python3
"""Self-check for the heldout21 gold set (written from scratch for this set).

Usage: python3 check.py [folder]   (default: the folder this file lives in)
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

SPLIT = "heldout21"
PREFIX = "h21_"
TOP_KEYS = ["about", "articles"]
ART_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
            "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady",
              "hon", "rt", "justice", "sheikh", "king", "queen", "general", "senator",
              "excellency", "majesty", "highness", "tun", "datuk", "dato", "daw",
              "mian", "shri", "smt", "haji", "emir", "his", "her", "mzee"}
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PERSON_RE = re.compile(r"^person:" + SLUG + r"$")
ORG_RE = re.compile(r"^org:" + SLUG + r"$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
SAME_AS_RE = re.compile(r"^" + SLUG + r"$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MIN_WORDS, MAX_WORDS = 420, 600

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def iso(where, value, name):
    if not isinstance(value, str) or not ISO_RE.match(value):
        err(where, "%s is not an ISO date: %r" % (name, value))
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        err(where, "%s is not a valid date: %r" % (name, value))
        return None


def fold(text):
    text = text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    text = text.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def tokens(text):
    folded = fold(text)
    out = set()
    for variant in (re.sub(r"['\u2019]", "", folded), re.sub(r"['\u2019]", " ", folded)):
        out.update(t for t in re.split(r"[^a-z0-9]+", variant) if t)
    return out


def quoted_spans(where, text):
    """Return the list of double-quoted spans and check the quote style."""
    has_straight = '"' in text
    has_curly = "\u201c" in text or "\u201d" in text
    if has_straight and has_curly:
        err(where, "mixes straight and curly double quotes")
    if has_straight and "\u2019" in text:
        err(where, "straight-quote article contains a curly apostrophe")
    if has_curly and "'" in text:
        err(where, "curly-quote article contains a straight apostrophe")
    spans = []
    if has_straight and not has_curly:
        positions = [m.start() for m in re.finditer('"', text)]
        if len(positions) % 2:
            err(where, "unbalanced straight quotes (%d marks)" % len(positions))
        for i in range(0, len(positions) - 1, 2):
            spans.append(text[positions[i] + 1:positions[i + 1]])
    elif has_curly:
        start = None
        for i, c in enumerate(text):
            if c == "\u201c":
                if start is not None:
                    err(where, "nested opening curly quote at offset %d" % i)
                start = i
            elif c == "\u201d":
                if start is None:
                    err(where, "closing curly quote without opening at offset %d" % i)
                    continue
                spans.append(text[start + 1:i])
                start = None
        if start is not None:
            err(where, "curly quote opened at offset %d is never closed" % start)
    for s in spans:
        if "\n" in s:
            err(where, "quoted span runs across a line break: %r" % s[:60])
    return spans


def check_article(folder, art, seen_ids):
    where = art.get("id", "?")
    if list(art.keys()) != ART_KEYS:
        err(where, "article keys %s != %s" % (list(art.keys()), ART_KEYS))
        return None
    aid = art["id"]
    if not aid.startswith(PREFIX):
        err(where, "id does not start with %s" % PREFIX)
    if aid in seen_ids:
        err(where, "duplicate id")
    seen_ids.add(aid)
    if art["split"] != SPLIT:
        err(where, "split is %r" % art["split"])
    if art["file"] != "articles/%s.txt" % aid:
        err(where, "file is %r" % art["file"])
    path = os.path.join(folder, aid + ".txt")
    if not os.path.exists(path):
        err(where, "text file %s missing" % path)
        return None
    text = open(path, encoding="utf-8").read()
    headline = text.split("\n", 1)[0]
    if art["title"] != headline:
        err(where, "title differs from the headline")
    if not isinstance(art["authors"], list) or not all(isinstance(a, str) and a.strip() for a in art["authors"]):
        err(where, "authors must be a list of non-empty strings")
    pub = iso(where, art["published_at"], "published_at")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(where, "%d words, outside %d-%d" % (words, MIN_WORDS, MAX_WORDS))

    # summit
    s = art["summit"]
    if list(s.keys()) != SUMMIT_KEYS:
        err(where, "summit keys %s != %s" % (list(s.keys()), SUMMIT_KEYS))
    else:
        if not ORG_RE.match(s["organization"] or ""):
            err(where, "summit organization is not an org: key")
        start = iso(where, s["start_date"], "start_date")
        end = iso(where, s["end_date"], "end_date")
        if start and end and start > end:
            err(where, "start_date after end_date")
        if pub and start and pub < start:
            err(where, "published before the summit started")
        tf = s["text_fields"]
        if not tf or not isinstance(tf, list):
            err(where, "text_fields empty")
        elif len(set(tf)) != len(tf) or any(f not in FIELDS for f in tf) or \
                tf != [f for f in FIELDS if f in tf]:
            err(where, "text_fields not a canonical subset: %s" % tf)
        if not s["city"] or fold(s["city"]) not in fold(text):
            err(where, "city %r not found in the text" % s["city"])

    # participants
    toks = tokens(text)
    part_keys = set()
    for p in art["participants"]:
        if list(p.keys()) != PART_KEYS:
            err(where, "participant keys %s" % list(p.keys()))
            continue
        k = p["key"]
        if not PERSON_RE.match(k):
            err(where, "malformed participant key %r" % k)
            continue
        if k in part_keys:
            err(where, "duplicate participant %s" % k)
        part_keys.add(k)
        parts = k.split(":", 1)[1].split("-")
        bad = [t for t in parts if t in HONORIFICS]
        if bad:
            err(where, "honorific %s in participant key %s" % (bad, k))
        if not (isinstance(p["role"], str) and p["role"].strip()):
            err(where, "participant %s has no role" % k)
        if not (isinstance(p["affiliation"], str) and p["affiliation"].strip()):
            err(where, "participant %s has no affiliation" % k)
        if parts[-1] not in toks:
            err(where, "last part %r of %s not found in the text" % (parts[-1], k))

    # quotes and not_quotes
    listed = []
    for q in art["quotes"]:
        if list(q.keys()) != QUOTE_KEYS:
            err(where, "quote keys %s" % list(q.keys()))
            continue
        if not q["text"] or q["text"] not in text:
            err(where, "quote not in text: %r" % q["text"][:60])
        if q["kind"] not in QUOTE_KINDS:
            err(where, "bad quote kind %r" % q["kind"])
        sk = q["speaker_key"]
        if PERSON_RE.match(sk or ""):
            if sk not in part_keys:
                err(where, "speaker %s is not a participant" % sk)
        elif not (ORG_RE.match(sk or "") or COUNTRY_RE.match(sk or "")):
            err(where, "malformed speaker key %r" % sk)
        listed.append(q["text"])
    if not isinstance(art["not_quotes"], list):
        err(where, "not_quotes must be a list")
    else:
        for nq in art["not_quotes"]:
            if not isinstance(nq, str) or not nq or nq not in text:
                err(where, "not_quote not in text: %r" % nq)
            listed.append(nq)
    found = collections.Counter(quoted_spans(where, text))
    want = collections.Counter(listed)
    for span, n in (found - want).items():
        err(where, "quoted span not annotated (x%d): %r" % (n, span[:70]))
    for span, n in (want - found).items():
        err(where, "annotated quote not found as a quoted span (x%d): %r" % (n, span[:70]))

    # facts
    slugs = []
    for f in art["facts"]:
        if list(f.keys()) != FACT_KEYS:
            err(where, "fact keys %s" % list(f.keys()))
            continue
        if not (isinstance(f["statement"], str) and f["statement"].strip()):
            err(where, "empty statement")
        kinds = f["kind"]
        if not isinstance(kinds, list) or not kinds:
            err(where, "fact kind must be a non-empty list: %r" % f["statement"][:50])
        else:
            if len(set(kinds)) != len(kinds):
                err(where, "repeated fact kind in %r" % f["same_as"])
            for k in kinds:
                if k not in FACT_KINDS:
                    err(where, "unknown fact kind %r" % k)
        if not SAME_AS_RE.match(f["same_as"] or ""):
            err(where, "malformed same_as %r" % f["same_as"])
        slugs.append(f["same_as"])
        ev = f["evidence"]
        if not isinstance(ev, list) or not ev:
            err(where, "empty evidence for %s" % f["same_as"])
        else:
            for e in ev:
                if not isinstance(e, str) or not e or e not in text:
                    err(where, "evidence not in text (%s): %r" % (f["same_as"], str(e)[:60]))
    for slug, n in collections.Counter(slugs).items():
        if n > 1:
            err(where, "same_as %s used %d times" % (slug, n))
    summit_id = None
    if list(s.keys()) == SUMMIT_KEYS:
        summit_id = (s["organization"], s["city"], s["start_date"], s["end_date"])
    weekday = pub.strftime("%A") if pub else "?"
    print("  %-34s %3d words  published %s (%s)  q=%d nq=%d p=%d f=%d" % (
        aid, words, art["published_at"], weekday, len(art["quotes"]),
        len(art["not_quotes"]), len(art["participants"]), len(art["facts"])))
    return summit_id, set(slugs)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(folder, SPLIT + "_gold.json")
    data = json.load(open(path, encoding="utf-8"))
    if list(data.keys()) != TOP_KEYS:
        err("top", "top-level keys %s != %s" % (list(data.keys()), TOP_KEYS))
    if not isinstance(data.get("about"), str) or not data["about"].strip():
        err("top", "about text missing")
    seen = set()
    by_summit = collections.defaultdict(list)
    for art in data.get("articles", []):
        res = check_article(folder, art, seen)
        if res and res[0]:
            by_summit[res[0]].append((art["id"], res[1]))
    txts = {f[:-4] for f in os.listdir(folder) if f.endswith(".txt")}
    for missing in sorted(txts - seen):
        err("folder", "%s.txt has no gold entry" % missing)

    # slug prefixes: one per summit, none shared between summits
    prefix_owner = {}
    for sid, arts in by_summit.items():
        prefixes = {slug.split("-")[0] for _, slugs in arts for slug in slugs}
        if len(prefixes) != 1:
            err("same_as", "summit %s uses prefixes %s" % (sid[:2], sorted(prefixes)))
        for p in prefixes:
            if p in prefix_owner and prefix_owner[p] != sid:
                err("same_as", "prefix %r used by two summits" % p)
            prefix_owner[p] = sid

    # pairing report
    print("same_as pairing:")
    sizes = sorted(len(a) for a in by_summit.values())
    if len(by_summit) != 5 or sizes != [1, 1, 2, 2, 2]:
        err("summits", "expected five summits (three pairs, two singles), got sizes %s" % sizes)
    slug_summit = {}
    for sid, arts in by_summit.items():
        for _, slugs in arts:
            for slug in slugs:
                if slug in slug_summit and slug_summit[slug] != sid:
                    err("same_as", "slug %s shared across summits" % slug)
                slug_summit[slug] = sid
        if len(arts) == 2:
            shared = arts[0][1] & arts[1][1]
            print("  %s %s: %d shared (%s / %s)" % (sid[0], sid[1], len(shared), arts[0][0], arts[1][0]))
            if len(shared) < 5:
                err("same_as", "pair %s shares only %d slugs" % (sid[1], len(shared)))
        elif len(arts) > 2:
            err("summits", "summit %s has %d articles" % (sid[1], len(arts)))
        else:
            print("  %s %s: single (%s)" % (sid[0], sid[1], arts[0][0]))
    if errors:
        print("FAIL: %d error(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
