#!/usr/bin/env python3
"""Checker for the heldout13 gold (annotator's own tool; runs no project code)."""
import json, os, re, sys, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "heldout13_gold.json")
TOP = {"about", "articles"}
ART = {"id", "split", "file", "title", "published_at", "authors", "summit",
       "quotes", "not_quotes", "participants", "facts"}
SUMMIT = {"organization", "city", "country", "start_date", "end_date", "text_fields"}
QUOTE = {"text", "speaker_key", "kind"}
PART = {"key", "role", "affiliation"}
FACT = {"statement", "kind", "same_as", "evidence"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
QUOTE_KINDS = {"direct", "partial"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "his", "her", "hh", "hrh", "he",
              "sheikh", "sayyid", "colonel", "gen", "general", "president", "king", "amb"}
KEY_RE = re.compile(r"^(person|org|country):[a-z0-9]+(-[a-z0-9]+)*$")
SPAN_RES = [re.compile(r'"([^"\n]*)"'), re.compile(r"\u201c([^\u201d\n]*)\u201d")]

errors = []
def err(aid, msg):
    errors.append(f"[{aid}] {msg}")

def isodate(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except Exception:
        return False

def main():
    d = json.load(open(GOLD, encoding="utf-8"))
    if set(d) != TOP:
        err("top", f"keys {sorted(d)}")
    if not isinstance(d.get("about"), str) or len(d["about"]) < 200:
        err("top", "about missing or too short")
    slugs_by_summit = collections.defaultdict(set)
    slug_to_summits = collections.defaultdict(set)
    slugs_by_article = {}
    totals = collections.Counter()
    ids = set()
    for a in d["articles"]:
        aid = a.get("id", "?")
        if set(a) != ART:
            err(aid, f"article keys {sorted(set(a) ^ ART)}")
            continue
        if aid in ids:
            err(aid, "duplicate id")
        ids.add(aid)
        if not aid.startswith("h13_"):
            err(aid, "id prefix")
        if a["split"] != "heldout13":
            err(aid, "split")
        if a["file"] != f"articles/{aid}.txt":
            err(aid, f"file path {a['file']}")
        path = os.path.join(HERE, os.path.basename(a["file"]))
        if not os.path.exists(path):
            err(aid, f"missing text {path}")
            continue
        text = open(path, encoding="utf-8").read()
        words = len(text.split())
        if not 420 <= words <= 600:
            err(aid, f"word count {words}")
        if not isodate(a["published_at"]):
            err(aid, "published_at")
        if not isinstance(a["authors"], list) or not a["authors"]:
            err(aid, "authors")
        s = a["summit"]
        if set(s) != SUMMIT:
            err(aid, f"summit keys {sorted(s)}")
        else:
            for k in ("start_date", "end_date"):
                if not isodate(s[k]):
                    err(aid, f"summit {k}")
            if s["start_date"] > s["end_date"]:
                err(aid, "start after end")
            if not set(s["text_fields"]) <= (SUMMIT - {"text_fields"}):
                err(aid, f"text_fields {s['text_fields']}")
            if not KEY_RE.match(s["organization"]):
                err(aid, "organization key")
            if s["city"] not in text and s["city"].upper() not in text and "city" in s["text_fields"]:
                err(aid, f"city {s['city']} not in text")
        # participants
        pkeys = [p["key"] for p in a["participants"]]
        if len(pkeys) != len(set(pkeys)):
            err(aid, "duplicate participant")
        for p in a["participants"]:
            if set(p) != PART:
                err(aid, f"participant keys {p}")
            if not KEY_RE.match(p["key"]) or not p["key"].startswith("person:"):
                err(aid, f"participant key {p['key']}")
            if p["key"].split(":", 1)[1].split("-")[0] in HONORIFICS:
                err(aid, f"honorific in key {p['key']}")
            if not p["role"] or not p["affiliation"]:
                err(aid, f"empty role/affiliation {p['key']}")
        # quotes
        for q in a["quotes"]:
            if set(q) != QUOTE:
                err(aid, f"quote keys {q}")
            if q["text"] not in text:
                err(aid, f"quote not in text: {q['text']!r}")
            if q["kind"] not in QUOTE_KINDS:
                err(aid, f"quote kind {q['kind']}")
            if not KEY_RE.match(q["speaker_key"]):
                err(aid, f"speaker key {q['speaker_key']}")
            if q["speaker_key"].startswith("person:") and q["speaker_key"] not in pkeys:
                err(aid, f"speaker not a participant: {q['speaker_key']}")
        for nq in a["not_quotes"]:
            if nq not in text:
                err(aid, f"not_quote not in text: {nq!r}")
        # every quoted span is accounted for, with multiplicity, and vice versa
        spans = collections.Counter()
        styles = set()
        for i, rx in enumerate(SPAN_RES):
            found = rx.findall(text)
            if found:
                styles.add("straight" if i == 0 else "curly")
            spans.update(found)
        if text.count("\u201c") != text.count("\u201d"):
            err(aid, "unbalanced curly quotes")
        if text.count('"') % 2:
            err(aid, "odd number of straight quotes")
        if len(styles) > 1:
            err(aid, "mixed quote styles")
        listed = collections.Counter([q["text"] for q in a["quotes"]] + list(a["not_quotes"]))
        if spans != listed:
            for k in (spans - listed):
                err(aid, f"quoted span not annotated: {k!r}")
            for k in (listed - spans):
                err(aid, f"annotated but not a quoted span: {k!r}")
        # facts
        seen = set()
        for f in a["facts"]:
            if set(f) != FACT:
                err(aid, f"fact keys {f}")
                continue
            if not f["kind"] or not set(f["kind"]) <= FACT_KINDS:
                err(aid, f"fact kind {f['kind']}")
            if len(f["kind"]) != len(set(f["kind"])):
                err(aid, f"duplicate kind {f['same_as']}")
            if f["same_as"] in seen:
                err(aid, f"same_as repeated {f['same_as']}")
            seen.add(f["same_as"])
            if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", f["same_as"]):
                err(aid, f"slug {f['same_as']}")
            if not f["evidence"]:
                err(aid, f"no evidence {f['same_as']}")
            for e in f["evidence"]:
                if e not in text:
                    err(aid, f"evidence not in text: {e!r}")
            for k in f["kind"]:
                totals["kind:" + k] += 1
        summit_id = (s["organization"], s["city"], s["start_date"])
        slugs_by_article[aid] = (summit_id, seen)
        for sl in seen:
            slug_to_summits[sl].add(summit_id)
        totals["articles"] += 1
        totals["quotes"] += len(a["quotes"])
        totals["direct"] += sum(q["kind"] == "direct" for q in a["quotes"])
        totals["partial"] += sum(q["kind"] == "partial" for q in a["quotes"])
        totals["not_quotes"] += len(a["not_quotes"])
        totals["participants"] += len(a["participants"])
        totals["facts"] += len(a["facts"])
        print(f"{aid}: {words} words, {len(a['quotes'])} quotes, {len(a['not_quotes'])} not_quotes, "
              f"{len(a['participants'])} participants, {len(a['facts'])} facts, style={','.join(sorted(styles))}")
    # pairing
    for sl, sm in slug_to_summits.items():
        if len(sm) > 1:
            err("pairing", f"slug {sl} shared across summits {sm}")
    by_summit = collections.defaultdict(list)
    for aid, (sm, sl) in slugs_by_article.items():
        by_summit[sm].append(aid)
    for sm, aids in by_summit.items():
        if len(aids) == 2:
            a1, a2 = aids
            shared = slugs_by_article[a1][1] & slugs_by_article[a2][1]
            print(f"pair {a1} / {a2}: {len(shared)} shared same_as slugs")
            if len(shared) < 5:
                err("pairing", f"{a1}/{a2} share only {len(shared)}")
        elif len(aids) > 2:
            err("pairing", f"more than two articles for {sm}")
    print("totals:", dict(totals))
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")

if __name__ == "__main__":
    main()
