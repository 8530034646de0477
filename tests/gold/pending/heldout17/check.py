#!/usr/bin/env python3
"""Self-check for the heldout17 gold set (annotator's own tool; no project code).

Reimplemented from the list of checks described in the heldout16 "about" text.
Usage: python3 check.py            (gold = heldout17_gold.json next to this file)
       H17_GOLD=/path/to/gold.json python3 check.py
Articles are looked up next to the gold file (pending layout) and, failing that,
in tests/gold/articles/ (final layout), by the basename of each 'file' entry.
Exit status 1 if any error is found.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

SPLIT = "heldout17"
ID_PREFIX = "h17_"
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.environ.get("H17_GOLD", os.path.join(HERE, "heldout17_gold.json"))

# id prefix -> required same_as prefix
PREFIX = {
    "h17_nato_lisbon_": "lisbon-",
    "h17_g20_antalya_": "antalya-",
    "h17_g7_iseshima_": "ise-",
    "h17_chogm_perth_": "perth-",
    "h17_celac_havana_": "havana-",
}

TOP_KEYS = {"about", "articles"}
ART_KEYS = {"id", "split", "file", "title", "published_at", "authors", "summit",
            "quotes", "not_quotes", "participants", "facts"}
SUMMIT_KEYS = {"organization", "city", "country", "start_date", "end_date", "text_fields"}
FIELD_ORDER = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = {"text", "speaker_key", "kind"}
PART_KEYS = {"key", "role", "affiliation"}
FACT_KEYS = {"statement", "kind", "same_as", "evidence"}
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady",
              "baroness", "hon", "rt", "eng", "sr", "sra", "king", "queen", "sheikh",
              "emir", "prince", "president", "pm", "his", "her", "majesty", "excellency",
              "shri", "smt", "mp", "sc"}
MIN_WORDS, MAX_WORDS = 420, 600

KEY_RE = re.compile(r"^(person|org):[a-z0-9]+(-[a-z0-9]+)*$|^country:[a-z]{2}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
STRAIGHT_RE = re.compile(r'"([^"]*)"')
CURLY_RE = re.compile(r"\u201c([^\u201c\u201d]*)\u201d")

errors = []


def err(aid, msg):
    errors.append(f"{aid}: {msg}")


def iso(aid, label, value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        err(aid, f"{label} is not an ISO date: {value!r}")
        return None


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("\u2019", "").replace("'", "")
    return s


def find_article(rel):
    base = os.path.basename(rel)
    for d in (os.path.dirname(os.path.abspath(GOLD)), HERE,
              os.path.join(HERE, "..", "..", "articles")):
        p = os.path.join(d, base)
        if os.path.exists(p):
            return p
    return None


def main():
    with open(GOLD, encoding="utf-8") as fh:
        gold = json.load(fh)
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        err("gold", f"top-level keys must be {sorted(TOP_KEYS)}")
        return report({})
    if not isinstance(gold["about"], str) or len(gold["about"]) < 1000:
        err("gold", "about must be a long string")
    seen_ids = set()
    slugs_by_article = {}
    summit_of = {}
    for art in gold["articles"]:
        aid = art.get("id", "?")
        if set(art) != ART_KEYS:
            err(aid, f"article keys differ: missing {sorted(ART_KEYS - set(art))}, extra {sorted(set(art) - ART_KEYS)}")
            continue
        if aid in seen_ids:
            err(aid, "duplicate id")
        seen_ids.add(aid)
        if not aid.startswith(ID_PREFIX):
            err(aid, f"id must start with {ID_PREFIX}")
        if art["split"] != SPLIT:
            err(aid, f"split must be {SPLIT}")
        if art["file"] != f"articles/{aid}.txt":
            err(aid, f"file must be articles/{aid}.txt")
        path = find_article(art["file"])
        if not path:
            err(aid, "article file not found")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        first_line = text.strip().splitlines()[0].strip()
        if art["title"] != first_line:
            err(aid, "title is not the headline (first line) of the text")
        if not isinstance(art["authors"], list) or not all(isinstance(a, str) and a for a in art["authors"]):
            err(aid, "authors must be a list of non-empty strings")
        pub = iso(aid, "published_at", art["published_at"])

        # summit
        s = art["summit"]
        if set(s) != SUMMIT_KEYS:
            err(aid, "summit keys differ")
        else:
            if not re.match(r"^org:[a-z0-9]+(-[a-z0-9]+)*$", s["organization"] or ""):
                err(aid, "summit organization must be an org: key")
            for k in ("city", "country"):
                if not isinstance(s[k], str) or not s[k]:
                    err(aid, f"summit {k} must be a non-empty string")
            sd = iso(aid, "start_date", s["start_date"])
            ed = iso(aid, "end_date", s["end_date"])
            if sd and ed and sd > ed:
                err(aid, "start_date after end_date")
            if pub and sd and pub < sd:
                err(aid, "published_at before start_date")
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or not set(tf) <= set(FIELD_ORDER):
                err(aid, f"bad text_fields {tf!r}")
            elif tf != [f for f in FIELD_ORDER if f in tf]:
                err(aid, "text_fields not in canonical order")
            summit_of[aid] = (s["organization"], s["city"], s["country"], s["start_date"], s["end_date"])

        # quote style and words
        has_straight = '"' in text
        has_curly = "\u201c" in text or "\u201d" in text
        if has_straight and has_curly:
            err(aid, "mixes straight and curly double quotes")
        if text.count('"') % 2:
            err(aid, "odd number of straight double quotes")
        if text.count("\u201c") != text.count("\u201d"):
            err(aid, "unbalanced curly double quotes")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(aid, f"word count {words} outside {MIN_WORDS}-{MAX_WORDS}")

        # participants
        parts = {}
        for p in art["participants"]:
            if set(p) != PART_KEYS:
                err(aid, f"participant keys differ: {p}")
                continue
            key = p["key"]
            if not re.match(r"^person:[a-z0-9]+(-[a-z0-9]+)*$", key):
                err(aid, f"bad participant key {key}")
                continue
            if key in parts:
                err(aid, f"duplicate participant {key}")
            parts[key] = p
            toks = key.split(":", 1)[1].split("-")
            if toks[0] in HONORIFICS or any(t in HONORIFICS for t in toks):
                err(aid, f"honorific in key {key}")
            if not (isinstance(p["role"], str) and p["role"] and isinstance(p["affiliation"], str) and p["affiliation"]):
                err(aid, f"participant {key} needs role and affiliation")
            if fold(toks[-1]) not in fold(text):
                err(aid, f"surname of {key} not found in text")

        # quotes
        expected = collections.Counter()
        for q in art["quotes"]:
            if set(q) != QUOTE_KEYS:
                err(aid, f"quote keys differ: {q}")
                continue
            if q["kind"] not in QUOTE_KINDS:
                err(aid, f"bad quote kind {q['kind']!r}")
            sk = q["speaker_key"]
            if not KEY_RE.match(sk or ""):
                err(aid, f"bad speaker key {sk!r}")
            if sk.startswith("person:") and sk not in parts:
                err(aid, f"speaker {sk} is not a participant")
            if sk.startswith("person:") and any(t in HONORIFICS for t in sk[7:].split("-")):
                err(aid, f"honorific in speaker key {sk}")
            if q["text"] not in text:
                err(aid, f"quote text not in article: {q['text'][:60]!r}")
            expected[q["text"]] += 1
        if not isinstance(art["not_quotes"], list):
            err(aid, "not_quotes must be a list")
        else:
            for nq in art["not_quotes"]:
                if not isinstance(nq, str) or nq not in text:
                    err(aid, f"not_quote not in article: {nq!r}")
                expected[nq] += 1
        found = collections.Counter(STRAIGHT_RE.findall(text)) + collections.Counter(CURLY_RE.findall(text))
        for span, n in (found - expected).items():
            err(aid, f"quoted span without entry (x{n}): {span[:60]!r}")
        for span, n in (expected - found).items():
            err(aid, f"entry without quoted span (x{n}): {span[:60]!r}")

        # facts
        pre = next((v for k, v in PREFIX.items() if aid.startswith(k)), None)
        if pre is None:
            err(aid, "no same_as prefix known for this id")
        slugs = []
        for f in art["facts"]:
            if set(f) != FACT_KEYS:
                err(aid, f"fact keys differ: {f}")
                continue
            if not isinstance(f["statement"], str) or not f["statement"]:
                err(aid, "empty fact statement")
            k = f["kind"]
            if not isinstance(k, list) or not k or len(set(k)) != len(k) or not set(k) <= FACT_KINDS:
                err(aid, f"bad fact kind {k!r} ({f['same_as']})")
            sa = f["same_as"]
            if not isinstance(sa, str) or not SLUG_RE.match(sa):
                err(aid, f"bad same_as {sa!r}")
            elif pre and not sa.startswith(pre):
                err(aid, f"same_as {sa} lacks prefix {pre}")
            slugs.append(sa)
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(aid, f"fact {sa} has no evidence")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(aid, f"evidence not in article ({sa}): {str(e)[:60]!r}")
        for sa, n in collections.Counter(slugs).items():
            if n > 1:
                err(aid, f"same_as {sa} used {n} times")
        slugs_by_article[aid] = set(slugs)
        print(f"{aid}: {pub.strftime('%A') if pub else '?'} {art['published_at']}, {words} words, "
              f"{'curly' if has_curly else 'straight'} quotes, {len(art['quotes'])} quotes, "
              f"{len(art['not_quotes'])} not_quotes, {len(parts)} participants, {len(art['facts'])} facts")
    return report(slugs_by_article, summit_of)


def report(slugs_by_article, summit_of=None):
    summit_of = summit_of or {}
    groups = collections.defaultdict(list)
    for aid, s in summit_of.items():
        groups[s].append(aid)
    owner = {}
    for s, aids in groups.items():
        for aid in aids:
            for slug in slugs_by_article.get(aid, ()):
                if slug in owner and owner[slug] != s:
                    err(aid, f"slug {slug} shared across summits")
                owner.setdefault(slug, s)
    print("same_as pairing:")
    for s, aids in sorted(groups.items()):
        if len(aids) == 1:
            print(f"  {s[0]} {s[1]}: single article {aids[0]}")
            continue
        for i in range(len(aids)):
            for j in range(i + 1, len(aids)):
                a, b = aids[i], aids[j]
                shared = slugs_by_article.get(a, set()) & slugs_by_article.get(b, set())
                print(f"  {s[0]} {s[1]}: {a} / {b}: {len(shared)} shared")
                if len(shared) < 5:
                    err(a, f"only {len(shared)} same_as slugs shared with {b}")
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
