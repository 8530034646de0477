#!/usr/bin/env python3
"""Consistency checker for the heldout19 gold set (written from scratch for this set).

Usage: python3 check.py [FOLDER]   (default: the folder this file lives in)
Exits 1 and prints every error if any check fails.
"""
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SPLIT = "heldout19"
PREFIX = "h19_"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "hon", "rt",
              "eng", "tun", "datuk", "dato", "seri", "daw", "sheikh", "king", "queen", "prince",
              "general", "gen", "his", "her", "excellency", "honourable", "honorable"}
MIN_WORDS, MAX_WORDS, MIN_SHARED = 420, 600, 5
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PERSON_RE = re.compile(r"^person:" + SLUG + r"$")
ORG_RE = re.compile(r"^org:" + SLUG + r"$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
STRAIGHT_RE = re.compile(r'"([^"]*)"')
CURLY_RE = re.compile("\u201c([^\u201c\u201d]*)\u201d")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def fold(s):
    s = s.replace("\u2019", "").replace("'", "").replace("\u00f8", "o").replace("\u00d8", "O")
    s = s.replace("\u0142", "l").replace("\u0141", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def iso(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None


def check_keys(where, obj, keys, ordered=False):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    if ordered:
        if list(obj.keys()) != keys:
            err(where, f"keys {list(obj.keys())} != {keys}")
            return False
    elif set(obj.keys()) != set(keys):
        err(where, f"keys {sorted(obj.keys())} != {sorted(keys)}")
        return False
    return True


def quoted_spans(text, where):
    straight = text.count('"')
    lc, rc = text.count("\u201c"), text.count("\u201d")
    if straight and (lc or rc):
        err(where, "mixes straight and curly double quotes")
    if straight % 2:
        err(where, "unbalanced straight double quotes")
    if lc != rc:
        err(where, f"unbalanced curly quotes ({lc} open, {rc} close)")
    spans = []
    for rx in (STRAIGHT_RE, CURLY_RE):
        for m in rx.finditer(text):
            if "\n" in m.group(1):
                err(where, f"quoted span crosses a line break: {m.group(1)[:40]!r}")
            spans.append(m.group(1))
    return spans


def main(folder):
    gold_path = os.path.join(folder, f"{SPLIT}_gold.json")
    with open(gold_path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not check_keys("top level", data, TOP_KEYS, ordered=True):
        return
    if not isinstance(data["about"], str) or len(data["about"]) < 1000:
        err("about", "missing or too short")
    ids = Counter(a.get("id") for a in data["articles"])
    for i, n in ids.items():
        if n > 1:
            err("articles", f"duplicate id {i}")
    txts = {f[:-4] for f in os.listdir(folder) if f.endswith(".txt")}
    for missing in sorted(txts - set(ids)):
        err("articles", f"{missing}.txt has no entry")
    summit_prefix = {}
    slugs_by_summit = defaultdict(lambda: defaultdict(set))
    for art in data["articles"]:
        aid = art.get("id", "?")
        w = aid
        if not check_keys(w, art, ARTICLE_KEYS, ordered=True):
            continue
        if not aid.startswith(PREFIX):
            err(w, "id prefix")
        if art["split"] != SPLIT:
            err(w, f"split {art['split']!r}")
        if art["file"] != f"articles/{aid}.txt":
            err(w, f"file {art['file']!r}")
        path = os.path.join(folder, aid + ".txt")
        if not os.path.exists(path):
            err(w, "text file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        headline = text.split("\n", 1)[0].strip()
        if art["title"] != headline:
            err(w, f"title != headline {headline!r}")
        if not isinstance(art["authors"], list) or not all(isinstance(a, str) and a.strip() for a in art["authors"]):
            err(w, "authors must be a list of non-empty strings")
        pub = iso(art["published_at"])
        if not pub:
            err(w, "published_at not ISO")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(w, f"{words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        # summit
        s = art["summit"]
        if check_keys(w + " summit", s, SUMMIT_KEYS, ordered=True):
            if not ORG_RE.match(s["organization"] or ""):
                err(w, f"organization {s['organization']!r} is not an org: key")
            sd, ed = iso(s["start_date"]), iso(s["end_date"])
            if not sd or not ed:
                err(w, "summit dates not ISO")
            elif sd > ed:
                err(w, "start_date after end_date")
            elif pub and pub < sd:
                err(w, "published before the summit started")
            tf = s["text_fields"]
            if not tf or not isinstance(tf, list) or any(f not in FIELDS for f in tf):
                err(w, f"text_fields {tf!r} invalid")
            elif tf != [f for f in FIELDS if f in tf]:
                err(w, f"text_fields {tf!r} not in canonical order")
            if s["city"] and fold(s["city"]) not in fold(text):
                err(w, f"city {s['city']!r} not in text")
        # participants
        pkeys = Counter()
        for p in art["participants"]:
            if not check_keys(w + " participant", p, PART_KEYS):
                continue
            k = p["key"]
            pkeys[k] += 1
            if not PERSON_RE.match(k):
                err(w, f"participant key {k!r} malformed")
                continue
            toks = k.split(":", 1)[1].split("-")
            if any(t in HONORIFICS for t in toks):
                err(w, f"participant key {k!r} has an honorific token")
            if not (isinstance(p["role"], str) and p["role"].strip()):
                err(w, f"participant {k} has no role")
            if not (isinstance(p["affiliation"], str) and p["affiliation"].strip()):
                err(w, f"participant {k} has no affiliation")
            if toks[-1] not in re.sub(r"[^a-z0-9]+", "-", fold(text)).split("-"):
                err(w, f"participant {k}: surname {toks[-1]!r} not in text")
        for k, n in pkeys.items():
            if n > 1:
                err(w, f"participant {k} listed {n} times")
        # quotes
        entries = Counter()
        for q in art["quotes"]:
            if not check_keys(w + " quote", q, QUOTE_KEYS):
                continue
            entries[q["text"]] += 1
            if q["text"] not in text:
                err(w, f"quote not in text: {q['text'][:50]!r}")
            if q["kind"] not in QUOTE_KINDS:
                err(w, f"quote kind {q['kind']!r}")
            sk = q["speaker_key"]
            if not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(w, f"speaker key {sk!r} malformed")
            elif sk.startswith("person:") and sk not in pkeys:
                err(w, f"speaker {sk} is not a participant")
        if not isinstance(art["not_quotes"], list):
            err(w, "not_quotes must be a list")
        for nq in art["not_quotes"]:
            entries[nq] += 1
            if nq not in text:
                err(w, f"not_quote not in text: {nq!r}")
        spans = Counter(quoted_spans(text, w))
        for span in sorted(set(spans) | set(entries)):
            if spans[span] != entries[span]:
                err(w, f"quoted span {span[:50]!r}: {spans[span]} in text, {entries[span]} entries")
        # facts
        seen = Counter()
        for f in art["facts"]:
            if not check_keys(w + " fact", f, FACT_KEYS):
                continue
            kinds = f["kind"]
            if not isinstance(kinds, list) or not kinds or any(k not in FACT_KINDS for k in kinds) or len(set(kinds)) != len(kinds):
                err(w, f"fact kinds {kinds!r} invalid ({f['same_as']})")
            slug = f["same_as"]
            seen[slug] += 1
            if not re.fullmatch(SLUG, slug or ""):
                err(w, f"same_as {slug!r} malformed")
                continue
            summit_id = (s["organization"], s["city"], s["start_date"])
            pre = slug.split("-", 1)[0]
            summit_prefix.setdefault(summit_id, Counter())[pre] += 1
            slugs_by_summit[summit_id][slug].add(aid)
            if not f["statement"].strip():
                err(w, f"fact {slug} has an empty statement")
            if not f["evidence"]:
                err(w, f"fact {slug} has no evidence")
            for ev in f["evidence"]:
                if ev not in text:
                    err(w, f"evidence of {slug} not in text: {ev[:50]!r}")
        for slug, n in seen.items():
            if n > 1:
                err(w, f"same_as {slug} used {n} times")
        print(f"{aid}: {words} words, published {art['published_at']} "
              f"({pub.strftime('%A') if pub else '?'}), {len(art['quotes'])} quotes, "
              f"{len(art['not_quotes'])} not_quotes, {len(art['participants'])} participants, {len(art['facts'])} facts")
    # slug prefixes: one per summit, distinct across summits
    owner = {}
    for sid, pres in summit_prefix.items():
        if len(pres) != 1:
            err("same_as", f"summit {sid} uses several prefixes {dict(pres)}")
        for pre in pres:
            if pre in owner and owner[pre] != sid:
                err("same_as", f"prefix {pre!r} used by two summits")
            owner[pre] = sid
    # pairing report
    all_slugs = defaultdict(set)
    for sid, slugs in slugs_by_summit.items():
        for slug in slugs:
            all_slugs[slug].add(sid)
        arts = sorted({a for ids_ in slugs.values() for a in ids_})
        if len(arts) == 2:
            shared = sorted(sl for sl, ids_ in slugs.items() if len(ids_) == 2)
            print(f"pair {arts[0]} / {arts[1]}: {len(shared)} shared slugs")
            if len(shared) < MIN_SHARED:
                err("pairing", f"{arts} share only {len(shared)} slugs")
        elif len(arts) > 2:
            err("pairing", f"summit {sid} has {len(arts)} articles")
    for slug, sids in all_slugs.items():
        if len(sids) > 1:
            err("same_as", f"slug {slug} shared across summits")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")
