#!/usr/bin/env python3
"""Self-check for the heldout15 gold (pending/heldout15/heldout15_gold.json).

Usage: python3 check.py [path/to/heldout15_gold.json]
Articles are looked up next to the JSON file (by the basename of 'file').
Exits non-zero if any check fails; prints a same_as pairing report.
"""
import collections
import datetime
import json
import os
import re
import sys

SPLIT = "heldout15"
TOP_KEYS = {"about", "articles"}
ART_KEYS = {"id", "split", "file", "title", "published_at", "authors", "summit",
            "quotes", "not_quotes", "participants", "facts"}
SUMMIT_KEYS = {"organization", "city", "country", "start_date", "end_date", "text_fields"}
SUMMIT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = {"text", "speaker_key", "kind"}
PART_KEYS = {"key", "role", "affiliation"}
FACT_KEYS = {"statement", "kind", "same_as", "evidence"}
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord",
              "baroness", "baron", "his", "her", "excellency", "hon", "rt", "shri",
              "smt", "sheikh", "hrh", "he", "hh", "queen", "king", "prince", "princess",
              "president", "colonel", "general", "senator"}
# slug prefix expected for each summit organisation (one summit per organisation here)
PREFIX = {"org:g7": "g7cv-", "org:sco": "sco-", "org:apec": "apec-",
          "org:commonwealth": "chogm-", "org:summit-of-the-americas": "panama-"}
KEY_RE = re.compile(r"^(person|org):[a-z0-9]+(-[a-z0-9]+)*$|^country:[a-z]{2}$")
SPAN_RE = re.compile(r'"([^"\n]*)"|\u201c([^\u201d\n]*)\u201d')

errors = []


def err(aid, msg):
    errors.append("%s: %s" % (aid, msg))


def iso(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except Exception:
        return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "heldout15_gold.json")
    base = os.path.dirname(os.path.abspath(path))
    data = json.load(open(path, encoding="utf-8"))
    if set(data) != TOP_KEYS:
        err("top", "keys %s" % sorted(data))
    if not isinstance(data.get("about"), str) or len(data.get("about", "")) < 200:
        err("top", "about text missing or short")
    arts = data.get("articles", [])
    ids = [a.get("id") for a in arts]
    if len(ids) != len(set(ids)):
        err("top", "duplicate ids")
    slugs_by_summit = collections.defaultdict(dict)   # summit -> id -> set(slugs)
    totals = collections.Counter()
    fact_kinds = collections.Counter()
    for a in arts:
        aid = a.get("id", "?")
        if set(a) != ART_KEYS:
            err(aid, "article keys %s" % sorted(set(a) ^ ART_KEYS))
            continue
        if a["split"] != SPLIT:
            err(aid, "split %r" % a["split"])
        if a["file"] != "articles/%s.txt" % aid:
            err(aid, "file %r does not match id" % a["file"])
        fpath = os.path.join(base, os.path.basename(a["file"]))
        if not os.path.exists(fpath):
            err(aid, "missing article file %s" % fpath)
            continue
        text = open(fpath, encoding="utf-8").read()
        words = len(text.split())
        if not 420 <= words <= 600:
            err(aid, "word count %d outside 420-600" % words)
        if not iso(a["published_at"]):
            err(aid, "published_at not ISO")
        if not a["authors"] or not all(isinstance(x, str) and x for x in a["authors"]):
            err(aid, "authors")
        if not a["title"]:
            err(aid, "title empty")
        # summit
        s = a["summit"]
        if set(s) != SUMMIT_KEYS:
            err(aid, "summit keys %s" % sorted(s))
        else:
            if not s["organization"].startswith("org:"):
                err(aid, "summit organization %r" % s["organization"])
            for k in ("start_date", "end_date"):
                if not iso(s[k]):
                    err(aid, "summit %s not ISO" % k)
            if iso(s["start_date"]) and iso(s["end_date"]) and s["start_date"] > s["end_date"]:
                err(aid, "summit start after end")
            tf = s["text_fields"]
            if len(tf) != len(set(tf)) or not set(tf) <= set(SUMMIT_FIELDS):
                err(aid, "text_fields %r" % tf)
            if [f for f in SUMMIT_FIELDS if f in tf] != tf:
                err(aid, "text_fields not in canonical order")
            if iso(s["end_date"]) and a["published_at"] < s["start_date"]:
                err(aid, "published before the summit started")
        # quote style: one style per article
        straight = text.count('"')
        curly = text.count("\u201c") + text.count("\u201d")
        if straight and curly:
            err(aid, "mixed quote styles (%d straight, %d curly)" % (straight, curly))
        if straight % 2:
            err(aid, "odd number of straight quote marks")
        if text.count("\u201c") != text.count("\u201d"):
            err(aid, "unbalanced curly quotes")
        # participants
        pkeys = []
        for p in a["participants"]:
            if set(p) != PART_KEYS:
                err(aid, "participant keys %s" % sorted(p))
                continue
            k = p["key"]
            pkeys.append(k)
            if not k.startswith("person:") or not KEY_RE.match(k):
                err(aid, "participant key %r" % k)
            first = k.split(":", 1)[1].split("-")[0]
            if first in HONORIFICS:
                err(aid, "honorific in person key %r" % k)
            if not p["role"] or not p["affiliation"]:
                err(aid, "participant %s lacks role/affiliation" % k)
            surname = k.split(":", 1)[1].split("-")[-1]
            if surname.lower() not in re.sub(r"[^a-z0-9]", "", text.lower()) and \
                    surname.lower() not in text.lower():
                err(aid, "participant %s surname not found in text" % k)
        if len(pkeys) != len(set(pkeys)):
            err(aid, "duplicate participants")
        # quotes
        entries = collections.Counter()
        for q in a["quotes"]:
            if set(q) != QUOTE_KEYS:
                err(aid, "quote keys %s" % sorted(q))
                continue
            if q["kind"] not in QUOTE_KINDS:
                err(aid, "quote kind %r" % q["kind"])
            if not KEY_RE.match(q["speaker_key"]):
                err(aid, "speaker key %r" % q["speaker_key"])
            if q["speaker_key"].startswith("person:") and q["speaker_key"] not in pkeys:
                err(aid, "speaker %s is not a participant" % q["speaker_key"])
            if q["text"] not in text:
                err(aid, "quote not in text: %r" % q["text"][:60])
            entries[q["text"]] += 1
        for nq in a["not_quotes"]:
            if not isinstance(nq, str) or nq not in text:
                err(aid, "not_quote not in text: %r" % nq)
            entries[nq] += 1
        spans = collections.Counter(m.group(1) if m.group(1) is not None else m.group(2)
                                    for m in SPAN_RE.finditer(text))
        for t in (spans - entries):
            err(aid, "quoted span without entry: %r" % t[:60])
        for t in (entries - spans):
            err(aid, "entry without quoted span (or wrong multiplicity): %r" % t[:60])
        # facts
        seen = set()
        prefix = PREFIX.get(s.get("organization"))
        for f in a["facts"]:
            if set(f) != FACT_KEYS:
                err(aid, "fact keys %s" % sorted(f))
                continue
            if not f["statement"]:
                err(aid, "empty statement")
            if not f["kind"] or not set(f["kind"]) <= FACT_KINDS or len(f["kind"]) != len(set(f["kind"])):
                err(aid, "fact kinds %r" % f["kind"])
            fact_kinds.update(f["kind"])
            sa = f["same_as"]
            if sa in seen:
                err(aid, "duplicate same_as %s" % sa)
            seen.add(sa)
            if prefix is None or not sa.startswith(prefix) or not re.match(r"^[a-z0-9]+(-[a-z0-9]+)+$", sa):
                err(aid, "same_as %r lacks summit prefix %r" % (sa, prefix))
            if not f["evidence"]:
                err(aid, "fact %s without evidence" % sa)
            for e in f["evidence"]:
                if e not in text:
                    err(aid, "evidence not in text (%s): %r" % (sa, e[:60]))
        slugs_by_summit[s.get("organization")][aid] = seen
        totals["articles"] += 1
        totals["words"] += words
        totals["quotes"] += len(a["quotes"])
        totals["direct"] += sum(q["kind"] == "direct" for q in a["quotes"])
        totals["partial"] += sum(q["kind"] == "partial" for q in a["quotes"])
        totals["not_quotes"] += len(a["not_quotes"])
        totals["participants"] += len(a["participants"])
        totals["facts"] += len(a["facts"])
        print("%-34s %s %-9s words=%3d quotes=%2d nq=%d parts=%2d facts=%2d" % (
            aid, a["published_at"],
            datetime.date.fromisoformat(a["published_at"]).strftime("%A"),
            words, len(a["quotes"]), len(a["not_quotes"]), len(a["participants"]),
            len(a["facts"])))
    # pairing report
    print("\nsame_as pairing:")
    all_owner = {}
    for org, per in slugs_by_summit.items():
        for aid, sl in per.items():
            for x in sl:
                if x in all_owner and all_owner[x] != org:
                    err(aid, "slug %s shared across summits" % x)
                all_owner[x] = org
        if len(per) == 2:
            (a1, s1), (a2, s2) = sorted(per.items())
            shared = s1 & s2
            print("  %s: %s + %s share %d: %s" % (org, a1, a2, len(shared), ", ".join(sorted(shared))))
            if len(shared) < 5:
                err(org, "pair shares fewer than 5 slugs")
        else:
            print("  %s: %d article(s)" % (org, len(per)))
    print("\ntotals:", dict(totals))
    print("fact kinds:", dict(fact_kinds))
    if errors:
        print("\nFAIL (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
