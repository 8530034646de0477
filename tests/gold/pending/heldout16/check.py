#!/usr/bin/env python3
"""Stand-alone checker for the heldout16 gold (annotator's own material).

Checks: schema keys; id/split/file; summit keys, ISO dates and text_fields;
every quote text, not_quote and evidence span is an exact substring of its
article; every quoted span in each text (straight or curly) is a quote entry
or a not_quotes entry and vice versa, with multiplicity; one quote style per
article; person speakers are participants; no honorifics in person keys;
allowed fact and quote kinds; unique same_as per article and summit prefix;
participant surname present in the text; text_fields in canonical order;
weekday of published_at printed; 420-600 words; same_as pairing report (>= 5 shared slugs per pair, no slug
shared across different summits). Exit status 1 on any error.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.environ.get("H16_GOLD") or os.path.join(HERE, "heldout16_gold.json")
SPLIT = "heldout16"
TOP_KEYS = {"about", "articles"}
ART_KEYS = {"id", "split", "file", "title", "published_at", "authors", "summit",
            "quotes", "not_quotes", "participants", "facts"}
SUMMIT_KEYS = {"organization", "city", "country", "start_date", "end_date", "text_fields"}
TEXT_FIELDS = {"organization", "city", "country", "start_date", "end_date"}
QUOTE_KEYS = {"text", "speaker_key", "kind"}
QUOTE_KINDS = {"direct", "partial"}
PART_KEYS = {"key", "role", "affiliation"}
FACT_KEYS = {"statement", "kind", "same_as", "evidence"}
FACT_KINDS = {"decision", "pledge", "outcome", "reaction", "membership"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "gen", "hrh", "hh",
              "he", "his", "her", "sheikh", "lord", "baroness", "hon", "rt",
              "excellency", "president", "king", "queen", "prince", "colonel",
              "captain", "general", "amb"}
SPEAKER_RE = re.compile(r"^(person:[a-z0-9-]+|org:[a-z0-9-]+|country:[a-z]{2})$")
PREFIX = {"org:nato": "chi-", "org:g20": "g20hz-", "org:apec": "apec-",
          "org:francophonie": "dakar-", "org:arab-league": "tunis-"}
TF_ORDER = ["organization", "city", "country", "start_date", "end_date"]
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5

errors = []


def err(msg):
    errors.append(msg)


def iso(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def fold(s):
    """Lower-case, strip accents and apostrophes (for surname look-up)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("'", "").replace("\u2019", "")


def quoted_spans(text):
    """Return (style, spans). Straight: pairs of ". Curly: “ … ”."""
    has_straight = '"' in text
    has_curly = "\u201c" in text or "\u201d" in text
    spans = []
    if has_straight:
        n = text.count('"')
        if n % 2:
            err("odd number of straight quote marks")
        spans += re.findall(r'"([^"]*)"', text)
    if has_curly:
        if text.count("\u201c") != text.count("\u201d"):
            err("unbalanced curly quote marks")
        spans += re.findall("\u201c([^\u201c\u201d]*)\u201d", text)
    style = "mixed" if has_straight and has_curly else ("straight" if has_straight else ("curly" if has_curly else "none"))
    return style, spans


def main():
    d = json.load(open(GOLD, encoding="utf-8"))
    if set(d) != TOP_KEYS:
        err("top-level keys %s" % sorted(d))
    if not isinstance(d.get("about"), str) or len(d["about"]) < 200:
        err("about text missing or short")
    arts = d["articles"]
    counts = collections.Counter()
    kind_counts = collections.Counter()
    slugs_by_summit = collections.defaultdict(dict)
    seen_ids = set()
    for a in arts:
        aid = a.get("id")
        pre = "[%s] " % aid
        if set(a) != ART_KEYS:
            err(pre + "article keys %s" % sorted(set(a) ^ ART_KEYS))
            continue
        if aid in seen_ids:
            err(pre + "duplicate id")
        seen_ids.add(aid)
        if a["split"] != SPLIT:
            err(pre + "split")
        if a["file"] != "articles/%s.txt" % aid or not aid.startswith("h16_"):
            err(pre + "file/id mismatch")
        path = os.path.join(HERE, os.path.basename(a["file"]))
        if not os.path.exists(path):
            err(pre + "missing text file")
            continue
        text = open(path, encoding="utf-8").read()
        if not iso(a["published_at"]):
            err(pre + "published_at not ISO")
        if not isinstance(a["authors"], list) or not a["authors"]:
            err(pre + "authors")
        if not a["title"]:
            err(pre + "title")
        # summit
        s = a["summit"]
        if set(s) != SUMMIT_KEYS:
            err(pre + "summit keys")
        else:
            if not (iso(s["start_date"]) and iso(s["end_date"])):
                err(pre + "summit dates not ISO")
            elif s["start_date"] > s["end_date"]:
                err(pre + "start after end")
            elif not (s["start_date"] <= a["published_at"]):
                err(pre + "published before summit start")
            if not set(s["text_fields"]) <= TEXT_FIELDS or len(set(s["text_fields"])) != len(s["text_fields"]):
                err(pre + "text_fields")
            if list(s["text_fields"]) != [f for f in TF_ORDER if f in s["text_fields"]]:
                err(pre + "text_fields not in canonical order")
            if s["organization"] not in PREFIX:
                err(pre + "unknown organization %s" % s["organization"])
        # words
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            err(pre + "word count %d" % nw)
        # quote style and coverage
        style, spans = quoted_spans(text)
        if style == "mixed":
            err(pre + "mixed quote styles")
        expected = collections.Counter(spans)
        got = collections.Counter([q["text"] for q in a["quotes"]] + list(a["not_quotes"]))
        if expected != got:
            missing = expected - got
            extra = got - expected
            if missing:
                err(pre + "quoted spans not annotated: %s" % list(missing.elements()))
            if extra:
                err(pre + "annotations not quoted in text: %s" % list(extra.elements()))
        # participants
        pkeys = [p.get("key") for p in a["participants"]]
        if len(pkeys) != len(set(pkeys)):
            err(pre + "duplicate participant")
        for p in a["participants"]:
            if set(p) != PART_KEYS:
                err(pre + "participant keys %s" % p)
                continue
            if not p["key"].startswith("person:") or not SPEAKER_RE.match(p["key"]):
                err(pre + "participant key %s" % p["key"])
            first = p["key"].split(":", 1)[1].split("-")[0]
            if first in HONORIFICS:
                err(pre + "honorific in key %s" % p["key"])
            if not p["role"] or not p["affiliation"]:
                err(pre + "empty role/affiliation %s" % p["key"])
            last = p["key"].split(":", 1)[1].split("-")[-1]
            if last not in fold(text):
                err(pre + "surname of %s not found in text" % p["key"])
        # quotes
        for q in a["quotes"]:
            if set(q) != QUOTE_KEYS:
                err(pre + "quote keys %s" % q)
                continue
            if q["kind"] not in QUOTE_KINDS:
                err(pre + "quote kind %s" % q["kind"])
            if not SPEAKER_RE.match(q["speaker_key"]):
                err(pre + "speaker key %s" % q["speaker_key"])
            if q["text"] not in text:
                err(pre + "quote not in text: %r" % q["text"])
            if q["speaker_key"].startswith("person:") and q["speaker_key"] not in pkeys:
                err(pre + "speaker not a participant: %s" % q["speaker_key"])
            counts["quotes"] += 1
            counts["quotes_" + q["kind"]] += 1
        for nq in a["not_quotes"]:
            if nq not in text:
                err(pre + "not_quote not in text: %r" % nq)
            counts["not_quotes"] += 1
        counts["participants"] += len(a["participants"])
        # facts
        slugs = []
        for f in a["facts"]:
            if set(f) != FACT_KEYS:
                err(pre + "fact keys %s" % f)
                continue
            if not f["kind"] or not set(f["kind"]) <= FACT_KINDS or len(set(f["kind"])) != len(f["kind"]):
                err(pre + "fact kind %s" % f["kind"])
            for k in f["kind"]:
                kind_counts[k] += 1
            if not f["evidence"]:
                err(pre + "no evidence for %s" % f["same_as"])
            for ev in f["evidence"]:
                if ev not in text:
                    err(pre + "evidence not in text: %r" % ev)
            if not f["same_as"].startswith(PREFIX.get(s["organization"], "?")):
                err(pre + "same_as prefix %s" % f["same_as"])
            slugs.append(f["same_as"])
            counts["facts"] += 1
        if len(slugs) != len(set(slugs)):
            err(pre + "duplicate same_as: %s" % [x for x, c in collections.Counter(slugs).items() if c > 1])
        skey = (s["organization"], s["city"], s["start_date"])
        slugs_by_summit[skey][aid] = set(slugs)
        counts["articles"] += 1
        wd = datetime.date.fromisoformat(a["published_at"]).strftime("%a") if iso(a["published_at"]) else "?"
        print("%-40s %s %s %4d words  %-8s q=%2d nq=%d p=%2d f=%2d" % (
            aid, a["published_at"], wd, nw, style, len(a["quotes"]), len(a["not_quotes"]),
            len(a["participants"]), len(a["facts"])))
    # pairing report
    print("\nsame_as pairing:")
    all_slugs = collections.defaultdict(set)
    for skey, by_art in slugs_by_summit.items():
        ids = sorted(by_art)
        for i in ids:
            for slug in by_art[i]:
                all_slugs[slug].add(skey)
        if len(ids) == 2:
            shared = by_art[ids[0]] & by_art[ids[1]]
            print("  %s: %d shared (%s)" % (skey[0] + " " + skey[1], len(shared), ", ".join(sorted(shared))))
            if len(shared) < MIN_SHARED:
                err("pair %s shares only %d slugs" % (ids, len(shared)))
        elif len(ids) == 1:
            print("  %s: single article" % (skey[0] + " " + skey[1]))
        else:
            err("summit %s has %d articles" % (skey, len(ids)))
    for slug, sk in all_slugs.items():
        if len(sk) > 1:
            err("slug %s shared across summits" % slug)
    print("\ncounts:", dict(counts))
    print("fact kinds:", dict(kind_counts))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
