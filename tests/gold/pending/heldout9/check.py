#!/usr/bin/env python3
"""Annotator's own checker for heldout9 (reads only this folder)."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "heldout9_gold.json")

ART_KEYS = {"id", "split", "file", "title", "published_at", "authors",
            "summit", "quotes", "not_quotes", "participants", "facts"}
SUMMIT_KEYS = {"organization", "city", "country", "start_date", "end_date",
               "text_fields"}
KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KEY = re.compile(r"^(person|org|country):[a-z0-9-]+$")


def quoted_spans(text):
    """Spans inside straight double quotes or curly double quotes."""
    spans = []
    for para in text.split("\n"):
        # curly
        spans += re.findall(r"\u201c([^\u201d]*)\u201d", para)
        # straight: pair sequentially
        if para.count('"') % 2:
            print("  ODD straight-quote count in paragraph:", para[:60])
        spans += re.findall(r'"([^"]*)"', para)
        if "\u201c" in para and para.count("\u201c") != para.count("\u201d"):
            print("  UNBALANCED curly quotes in paragraph:", para[:60])
    return spans


def main():
    d = json.load(open(GOLD, encoding="utf-8"))
    errs = 0
    assert set(d) == {"about", "articles"}, d.keys()
    slugs = collections.defaultdict(list)
    tot = collections.Counter()
    kinds_tot = collections.Counter()
    for a in d["articles"]:
        aid = a["id"]
        pr = []
        if set(a) != ART_KEYS:
            pr.append("article keys %s" % (set(a) ^ ART_KEYS))
        if a["split"] != "heldout9":
            pr.append("split")
        if a["file"] != "articles/%s.txt" % aid:
            pr.append("file path")
        path = os.path.join(HERE, os.path.basename(a["file"]))
        text = open(path, encoding="utf-8").read()
        nw = len(text.split())
        if not 420 <= nw <= 600:
            pr.append("word count %d" % nw)
        if not DATE.match(a["published_at"]):
            pr.append("published_at")
        s = a["summit"]
        if set(s) != SUMMIT_KEYS:
            pr.append("summit keys")
        for f in ("start_date", "end_date"):
            if not DATE.match(s[f]):
                pr.append("summit " + f)
        if not set(s["text_fields"]) <= SUMMIT_KEYS - {"text_fields"}:
            pr.append("text_fields")
        if not KEY.match(s["organization"]):
            pr.append("organization key")
        # participants
        pkeys = set()
        for p in a["participants"]:
            if set(p) != {"key", "role", "affiliation"}:
                pr.append("participant keys %s" % p)
            if not KEY.match(p["key"]) or not p["key"].startswith("person:"):
                pr.append("participant key %s" % p["key"])
            if p["key"] in pkeys:
                pr.append("duplicate participant %s" % p["key"])
            pkeys.add(p["key"])
        # quotes
        qtexts = []
        for q in a["quotes"]:
            if set(q) != {"text", "speaker_key", "kind"}:
                pr.append("quote keys %s" % q)
            if q["kind"] not in ("direct", "partial"):
                pr.append("quote kind %s" % q)
            if not KEY.match(q["speaker_key"]):
                pr.append("speaker key %s" % q["speaker_key"])
            if q["speaker_key"].startswith("person:") and q["speaker_key"] not in pkeys:
                pr.append("speaker not a participant: %s" % q["speaker_key"])
            if q["text"] not in text:
                pr.append("quote not in text: %r" % q["text"])
            qtexts.append(q["text"])
        for nq in a["not_quotes"]:
            if nq not in text:
                pr.append("not_quote not in text: %r" % nq)
        spans = collections.Counter(quoted_spans(text))
        listed = collections.Counter(qtexts + a["not_quotes"])
        if spans != listed:
            missing = spans - listed
            extra = listed - spans
            if missing:
                pr.append("quoted spans not annotated: %s" % list(missing))
            if extra:
                pr.append("annotated but not a quoted span: %s" % list(extra))
        # facts
        art_slugs = set()
        for f in a["facts"]:
            if set(f) != {"statement", "kind", "same_as", "evidence"}:
                pr.append("fact keys %s" % f)
            if not f["kind"] or not set(f["kind"]) <= KINDS:
                pr.append("fact kind %s" % f["kind"])
            if len(set(f["kind"])) != len(f["kind"]):
                pr.append("dup kind %s" % f["same_as"])
            if not f["evidence"]:
                pr.append("no evidence %s" % f["same_as"])
            for e in f["evidence"]:
                if e not in text:
                    pr.append("evidence not in text (%s): %r" % (f["same_as"], e))
            if f["same_as"] in art_slugs:
                pr.append("same_as repeated in article: %s" % f["same_as"])
            art_slugs.add(f["same_as"])
            slugs[f["same_as"]].append(aid)
            kinds_tot.update(f["kind"])
        qk = collections.Counter(q["kind"] for q in a["quotes"])
        print("%-32s words=%d quotes=%d (direct %d, partial %d) not_quotes=%d participants=%d facts=%d"
              % (aid, nw, len(a["quotes"]), qk["direct"], qk["partial"],
                 len(a["not_quotes"]), len(a["participants"]), len(a["facts"])))
        tot.update({"quotes": len(a["quotes"]), "direct": qk["direct"],
                    "partial": qk["partial"], "not_quotes": len(a["not_quotes"]),
                    "participants": len(a["participants"]),
                    "facts": len(a["facts"]), "words": nw})
        for x in pr:
            print("   ERROR:", x)
        errs += len(pr)
    print("totals:", dict(tot))
    print("fact kinds:", dict(kinds_tot))
    shared = collections.defaultdict(list)
    for sl, ids in slugs.items():
        if len(ids) > 1:
            shared[tuple(sorted(ids))].append(sl)
    for ids, sls in sorted(shared.items()):
        print("shared %s: %d %s" % (" + ".join(ids), len(sls), sorted(sls)))
    # same_as slug reused across different summits would be suspicious
    print("errors:", errs)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
