#!/usr/bin/env python3
"""Consistency checker for the heldout22 gold set.

Usage: python3 check.py [FOLDER]
FOLDER defaults to the folder of this script; it must hold heldout22_gold.json
and the article .txt files. Exit status 0 when every check passes, 1 otherwise.
Written from scratch for heldout22 from the list of checks in the about texts
of heldout18/heldout19; it only reads files in FOLDER.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

SET = "heldout22"
PREFIX = "h22_"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = {"text", "speaker_key", "kind"}
PARTICIPANT_KEYS = {"key", "role", "affiliation"}
FACT_KEYS = {"statement", "kind", "same_as", "evidence"}
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady", "tun", "datuk", "dato",
              "daw", "sheikh", "king", "queen", "general", "excellency", "highness", "brother",
              "shri", "smt", "hon", "his", "her"}
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PERSON_RE = re.compile(r"^person:" + SLUG + r"$")
ORG_RE = re.compile(r"^org:" + SLUG + r"$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
SAME_AS_RE = re.compile(r"^" + SLUG + r"$")
QUOTED_RE = re.compile(r'"([^"]*)"|“([^”]*)”')

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def fold_variants(text):
    """Lower-case, accent-folded variants of text (umlaut and apostrophe foldings)."""
    special = {"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "Æ": "ae",
               "đ": "d", "Đ": "d", "ı": "i"}
    umlaut = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
    glued = {"’": "", "'": ""}      # O'Neill -> oneill
    split = {"’": " ", "'": " "}    # Jinping's -> jinping s
    out = []
    for extra in (split, glued, dict(umlaut, **split), dict(umlaut, **glued)):
        t = "".join(extra.get(c, special.get(c, c)) for c in text)
        t = unicodedata.normalize("NFKD", t)
        t = "".join(c for c in t if not unicodedata.combining(c))
        out.append(t.lower())
    return out


def tokens(text):
    toks = set()
    for v in fold_variants(text):
        toks.update(re.findall(r"[a-z0-9]+", v))
    return toks


def iso(where, value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        err(where, "not an ISO date: %r" % (value,))
        return None


def quoted_spans(text):
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in QUOTED_RE.finditer(text)]


def check_marks(where, text):
    straight = text.count('"')
    curly = text.count("“") + text.count("”")
    if straight and curly:
        err(where, "mixes straight and curly double quotes")
    if "’" in text and "'" in text:
        err(where, "mixes straight and curly apostrophes")
    if straight and "’" in text:
        err(where, "straight-quote article with curly apostrophes")
    if curly and "'" in text:
        err(where, "curly-quote article with straight apostrophes")
    for n, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(where, "line %d: unbalanced straight quotes (span across a line break?)" % n)
        depth = 0
        for c in line:
            if c == "“":
                if depth:
                    err(where, "line %d: nested or unclosed opening curly quote" % n)
                depth = 1
            elif c == "”":
                if not depth:
                    err(where, "line %d: closing curly quote without opening" % n)
                depth = 0
        if depth:
            err(where, "line %d: curly quote not closed on its line" % n)


def main(folder):
    gold_path = os.path.join(folder, SET + "_gold.json")
    with open(gold_path, encoding="utf-8") as fh:
        gold = json.load(fh)
    if list(gold.keys()) != TOP_KEYS:
        err("top", "keys %r != %r" % (list(gold.keys()), TOP_KEYS))
    if not isinstance(gold.get("about"), str) or not gold.get("about", "").strip():
        err("top", "about must be a non-empty string")
    articles = gold.get("articles", [])

    ids = [a.get("id") for a in articles]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err("top", "duplicate id %s" % i)
    txts = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".txt"))
    for t in txts:
        if t not in ids:
            err("top", "%s.txt has no gold entry" % t)

    summit_of = {}          # article id -> summit identity
    prefix_of_summit = collections.defaultdict(set)
    slugs_of = {}
    totals = collections.Counter()
    fact_kinds = collections.Counter()
    quote_kinds = collections.Counter()

    for a in articles:
        aid = a.get("id", "?")
        w = aid
        if list(a.keys()) != ARTICLE_KEYS:
            err(w, "article keys %r != %r" % (list(a.keys()), ARTICLE_KEYS))
        if not str(aid).startswith(PREFIX):
            err(w, "id lacks prefix %s" % PREFIX)
        if a.get("split") != SET:
            err(w, "split %r != %r" % (a.get("split"), SET))
        if a.get("file") != "articles/%s.txt" % aid:
            err(w, "file %r != articles/%s.txt" % (a.get("file"), aid))
        path = os.path.join(folder, "%s.txt" % aid)
        if not os.path.exists(path):
            err(w, "article text %s missing" % path)
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        headline = text.split("\n", 1)[0].strip()
        if a.get("title") != headline:
            err(w, "title differs from headline %r" % headline)
        authors = a.get("authors")
        if not isinstance(authors, list) or not all(isinstance(x, str) and x.strip() for x in authors):
            err(w, "authors must be a list of non-empty strings")
        pub = iso(w + " published_at", a.get("published_at"))
        nwords = len(text.split())
        if not MIN_WORDS <= nwords <= MAX_WORDS:
            err(w, "%d words, outside %d-%d" % (nwords, MIN_WORDS, MAX_WORDS))

        # summit
        s = a.get("summit", {})
        if list(s.keys()) != SUMMIT_KEYS:
            err(w, "summit keys %r != %r" % (list(s.keys()), SUMMIT_KEYS))
        if not ORG_RE.match(str(s.get("organization", ""))):
            err(w, "summit organization is not an org: key")
        start = iso(w + " start_date", s.get("start_date"))
        end = iso(w + " end_date", s.get("end_date"))
        if start and end and start > end:
            err(w, "start_date after end_date")
        if start and pub and pub < start:
            err(w, "published before the summit started")
        tf = s.get("text_fields", [])
        if not tf or not set(tf) <= set(TEXT_FIELDS) or tf != [f for f in TEXT_FIELDS if f in tf]:
            err(w, "text_fields %r not a non-empty subset in canonical order" % (tf,))
        city_toks = [t for t in re.findall(r"[a-z0-9]+", fold_variants(str(s.get("city", "")))[0])]
        text_folded = fold_variants(text)
        if not city_toks or not any(" %s " % " ".join(city_toks) in " %s " % " ".join(re.findall(r"[a-z0-9]+", v)) for v in text_folded):
            err(w, "city %r not found in text" % s.get("city"))
        ident = (s.get("organization"), s.get("city"), s.get("start_date"))
        summit_of[aid] = ident

        # quote marks and spans
        check_marks(w, text)
        spans = collections.Counter(quoted_spans(text))
        listed = collections.Counter([q.get("text") for q in a.get("quotes", [])] + list(a.get("not_quotes", [])))
        for span, c in (spans - listed).items():
            err(w, "quoted span without entry (x%d): %r" % (c, span))
        for span, c in (listed - spans).items():
            err(w, "entry without quoted span in text (x%d): %r" % (c, span))

        # participants
        pkeys = []
        for p in a.get("participants", []):
            if set(p.keys()) != PARTICIPANT_KEYS:
                err(w, "participant keys %r" % sorted(p.keys()))
            k = p.get("key", "")
            pkeys.append(k)
            if not PERSON_RE.match(k):
                err(w, "participant key malformed: %r" % k)
                continue
            parts = k[len("person:"):].split("-")
            bad = [x for x in parts if x in HONORIFICS]
            if bad:
                err(w, "honorific token %r in participant key %s" % (bad, k))
            if not str(p.get("role", "")).strip() or not str(p.get("affiliation", "")).strip():
                err(w, "participant %s lacks role or affiliation" % k)
            if parts[-1] not in tokens(text):
                err(w, "surname of %s not found in text" % k)
        for k, c in collections.Counter(pkeys).items():
            if c > 1:
                err(w, "duplicate participant %s" % k)

        # quotes
        for q in a.get("quotes", []):
            if set(q.keys()) != QUOTE_KEYS:
                err(w, "quote keys %r" % sorted(q.keys()))
            qt = q.get("text", "")
            if not qt or qt not in text:
                err(w, "quote text not in article: %r" % qt)
            sk = q.get("speaker_key", "")
            if not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(w, "speaker key malformed: %r" % sk)
            if sk.startswith("person:") and sk not in pkeys:
                err(w, "person speaker %s is not a participant" % sk)
            if q.get("kind") not in QUOTE_KINDS:
                err(w, "quote kind %r" % q.get("kind"))
            quote_kinds[q.get("kind")] += 1
        for nq in a.get("not_quotes", []):
            if not isinstance(nq, str) or nq not in text:
                err(w, "not_quote not in article: %r" % (nq,))

        # facts
        slugs = []
        for f in a.get("facts", []):
            if set(f.keys()) != FACT_KEYS:
                err(w, "fact keys %r" % sorted(f.keys()))
            if not str(f.get("statement", "")).strip():
                err(w, "empty fact statement")
            kinds = f.get("kind", [])
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or not set(kinds) <= FACT_KINDS:
                err(w, "fact kinds %r" % (kinds,))
            else:
                fact_kinds.update(kinds)
            sa = f.get("same_as", "")
            if not SAME_AS_RE.match(sa):
                err(w, "same_as malformed: %r" % sa)
            slugs.append(sa)
            prefix_of_summit[ident].add(sa.split("-")[0])
            ev = f.get("evidence", [])
            if not ev:
                err(w, "fact %s has no evidence" % sa)
            for e in ev:
                if not isinstance(e, str) or not e or e not in text:
                    err(w, "evidence not in article (%s): %r" % (sa, e))
        for sa, c in collections.Counter(slugs).items():
            if c > 1:
                err(w, "duplicate same_as %s" % sa)
        slugs_of[aid] = set(slugs)

        totals["quotes"] += len(a.get("quotes", []))
        totals["not_quotes"] += len(a.get("not_quotes", []))
        totals["participants"] += len(a.get("participants", []))
        totals["facts"] += len(a.get("facts", []))
        print("%-34s %s %3d words  q=%2d nq=%d p=%2d f=%2d" % (
            aid, pub.strftime("%a %Y-%m-%d") if pub else "?", nwords, len(a.get("quotes", [])),
            len(a.get("not_quotes", [])), len(a.get("participants", [])), len(a.get("facts", []))))

    # prefixes: one per summit, none shared
    owner = {}
    for ident, prefs in prefix_of_summit.items():
        if len(prefs) != 1:
            err("same_as", "summit %r uses several slug prefixes %r" % (ident, sorted(prefs)))
        for p in prefs:
            if p in owner and owner[p] != ident:
                err("same_as", "prefix %s shared by %r and %r" % (p, owner[p], ident))
            owner[p] = ident

    # pairing report
    by_summit = collections.defaultdict(list)
    for aid, ident in summit_of.items():
        by_summit[ident].append(aid)
    print("\nSame_as pairing report:")
    for ident, aids in sorted(by_summit.items(), key=lambda x: str(x[0])):
        if len(aids) > 2:
            err("pairs", "summit %r has %d articles" % (ident, len(aids)))
        if len(aids) == 2:
            shared = slugs_of[aids[0]] & slugs_of[aids[1]]
            print("  %s: %s + %s share %d" % (ident[0] + " " + str(ident[1]), aids[0], aids[1], len(shared)))
            if len(shared) < MIN_SHARED:
                err("pairs", "%s and %s share only %d same_as slugs" % (aids[0], aids[1], len(shared)))
        else:
            print("  %s: %s (single)" % (ident[0] + " " + str(ident[1]), aids[0]))
    aids = list(slugs_of)
    for i, x in enumerate(aids):
        for y in aids[i + 1:]:
            if summit_of[x] != summit_of[y]:
                common = slugs_of[x] & slugs_of[y]
                if common:
                    err("pairs", "slugs shared across summits %s/%s: %s" % (x, y, sorted(common)))

    print("\nTotals:", dict(totals), "quote kinds:", dict(quote_kinds), "fact kinds:", dict(fact_kinds))
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
