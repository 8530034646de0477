#!/usr/bin/env python3
"""Checker for the heldout24 gold set (written from scratch for this set).

Usage: python3 check.py [folder]   (default: the folder this file is in)
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

SPLIT = "heldout24"
PREFIX = "h24_"
GOLD_NAME = "heldout24_gold.json"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = {"text", "speaker_key", "kind"}
PART_KEYS = {"key", "role", "affiliation"}
FACT_KEYS = {"statement", "kind", "same_as", "evidence"}
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
              "sheikh", "shaikh", "king", "queen", "prince", "princess", "emir", "sultan",
              "general", "colonel", "excellency", "highness", "majesty", "brother", "doctor",
              "senor", "senora", "monsieur", "madame", "ambassador", "hajj", "haji", "comrade",
              "muhtaram", "hon", "honourable", "honorable", "rev", "reverend"}
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def iso(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def fold_variants(text):
    """Lower-cased, accent-folded variants of a text (apostrophes dropped or split,
    umlauts to vowel or vowel+e)."""
    t = text.lower()
    t = t.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    outs = []
    for uml in (False, True):
        u = t
        if uml:
            for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
                u = u.replace(a, b)
        u = "".join(c for c in unicodedata.normalize("NFKD", u) if not unicodedata.combining(c))
        for apo in ("", " "):
            outs.append(re.sub(r"['’‘`ʼ]", apo, u))
    return outs


def tokens(s):
    return re.findall(r"[a-z0-9]+", s)


def has_token_seq(text, phrase):
    for tv in fold_variants(text):
        tt = tokens(tv)
        for pv in fold_variants(phrase):
            pt = tokens(pv)
            if not pt:
                continue
            n = len(pt)
            if any(tt[i:i + n] == pt for i in range(len(tt) - n + 1)):
                return True
    return False


def quoted_spans(text, where):
    """Return (style, spans). Checks balance, one style and no line breaks inside."""
    straight = text.count('"')
    curly = text.count("“") + text.count("”")
    style = None
    if straight and curly:
        err(where, f"mixed quote styles ({straight} straight, {curly} curly marks)")
    if straight:
        style = "straight"
    elif curly:
        style = "curly"
    spans = []
    for ln, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(where, f"unbalanced straight quotes on line {ln} (or a quote across a line break)")
        spans += re.findall(r'"([^"]*)"', line)
        depth = 0
        for c in line:
            if c == "“":
                if depth:
                    err(where, f"nested or unclosed curly quote on line {ln}")
                depth = 1
            elif c == "”":
                if not depth:
                    err(where, f"closing curly quote without opening on line {ln}")
                depth = 0
        if depth:
            err(where, f"unclosed curly quote on line {ln} (or a quote across a line break)")
        spans += re.findall(r"“([^“”]*)”", line)
    return style, spans


def check(folder):
    path = os.path.join(folder, GOLD_NAME)
    with open(path, encoding="utf-8") as fh:
        gold = json.load(fh)
    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        err("top", f"top-level keys must be {TOP_KEYS}")
        return
    if not isinstance(gold["about"], str) or not gold["about"].strip():
        err("top", "about must be a non-empty string")
    arts = gold["articles"]
    txt_files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    seen_ids = set()
    summit_of = {}      # id -> summit identity
    slugs_of = {}       # id -> set of same_as
    prefix_of = collections.defaultdict(set)  # summit identity -> prefixes
    for a in arts:
        aid = a.get("id", "?")
        w = aid
        if list(a.keys()) != ARTICLE_KEYS:
            err(w, f"article keys must be {ARTICLE_KEYS} in this order, got {list(a.keys())}")
            continue
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(w, f"id must start with {PREFIX}")
        if aid in seen_ids:
            err(w, "duplicate id")
        seen_ids.add(aid)
        if a["split"] != SPLIT:
            err(w, f"split must be {SPLIT}")
        if a["file"] != f"articles/{aid}.txt":
            err(w, f"file must be articles/{aid}.txt")
        tpath = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(tpath):
            err(w, "text file missing")
            continue
        with open(tpath, encoding="utf-8") as fh:
            text = fh.read()
        head = text.split("\n", 1)[0].strip()
        if a["title"] != head:
            err(w, "title differs from the headline (first line)")
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x.strip() for x in a["authors"]):
            err(w, "authors must be a list of non-empty strings")
        pub = iso(a["published_at"])
        if not pub:
            err(w, "published_at not an ISO date")
        # summit
        s = a["summit"]
        if list(s.keys()) != SUMMIT_KEYS:
            err(w, f"summit keys must be {SUMMIT_KEYS}")
            continue
        if not re.fullmatch("org:" + SLUG, s["organization"] or ""):
            err(w, "summit organization must be an org: key")
        sd, ed = iso(s["start_date"]), iso(s["end_date"])
        if not sd or not ed:
            err(w, "summit dates must be ISO dates")
        elif sd > ed:
            err(w, "start_date after end_date")
        if pub and sd and pub < sd:
            err(w, "published before the summit started")
        tf = s["text_fields"]
        if (not isinstance(tf, list) or not tf or len(set(tf)) != len(tf)
                or any(f not in FIELDS for f in tf)
                or tf != [f for f in FIELDS if f in tf]):
            err(w, "text_fields must be a non-empty subset of the five fields in canonical order")
        if not s["city"] or not has_token_seq(text, s["city"]):
            err(w, f"city {s['city']!r} not found in the text")
        if not s["country"]:
            err(w, "empty country")
        ident = (s["organization"], s["city"], s["start_date"], s["end_date"])
        summit_of[aid] = ident
        # words
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            err(w, f"{nw} words, outside {MIN_WORDS}-{MAX_WORDS}")
        # quote style, apostrophes, spans
        style, spans = quoted_spans(text, w)
        if style == "straight" and ("’" in text or "‘" in text):
            err(w, "curly apostrophe in a straight-quote article")
        if style == "curly" and "'" in text:
            err(w, "straight apostrophe in a curly-quote article")
        # participants
        pkeys = []
        for p in a["participants"]:
            if set(p.keys()) != PART_KEYS:
                err(w, f"participant keys must be {sorted(PART_KEYS)}")
                continue
            k = p["key"]
            if not re.fullmatch("person:" + SLUG, k or ""):
                err(w, f"malformed participant key {k!r}")
                continue
            if k in pkeys:
                err(w, f"duplicate participant {k}")
            pkeys.append(k)
            parts = k.split(":", 1)[1].split("-")
            bad = [x for x in parts if x in HONORIFICS]
            if bad:
                err(w, f"honorific {bad} in participant key {k}")
            if not (isinstance(p["role"], str) and p["role"].strip()):
                err(w, f"empty role for {k}")
            if not (isinstance(p["affiliation"], str) and p["affiliation"].strip()):
                err(w, f"empty affiliation for {k}")
            if not has_token_seq(text, parts[-1]):
                err(w, f"last part of {k} ({parts[-1]!r}) not found in the text")
        # quotes
        qtexts = []
        for q in a["quotes"]:
            if set(q.keys()) != QUOTE_KEYS:
                err(w, f"quote keys must be {sorted(QUOTE_KEYS)}")
                continue
            qt, sk = q["text"], q["speaker_key"]
            if not qt or qt not in text:
                err(w, f"quote text not in article: {qt!r}")
            qtexts.append(qt)
            if q["kind"] not in QUOTE_KINDS:
                err(w, f"bad quote kind {q['kind']!r}")
            if not re.fullmatch(r"(person:%s|org:%s|country:[a-z]{2})" % (SLUG, SLUG), sk or ""):
                err(w, f"malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in pkeys:
                err(w, f"person speaker {sk} is not a participant")
        nq = a["not_quotes"]
        if not isinstance(nq, list) or not all(isinstance(x, str) and x for x in nq):
            err(w, "not_quotes must be a list of non-empty strings")
            nq = []
        for x in nq:
            if x not in text:
                err(w, f"not_quote not in article: {x!r}")
        want = collections.Counter(spans)
        have = collections.Counter(qtexts) + collections.Counter(nq)
        for x in want - have:
            err(w, f"quoted span not annotated: {x!r}")
        for x in have - want:
            err(w, f"annotated quote/not_quote is not a quoted span: {x!r}")
        # facts
        sl = []
        for f in a["facts"]:
            if set(f.keys()) != FACT_KEYS:
                err(w, f"fact keys must be {sorted(FACT_KEYS)}")
                continue
            if not (isinstance(f["statement"], str) and f["statement"].strip()):
                err(w, "empty fact statement")
            kinds = f["kind"]
            if (not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds)
                    or any(k not in FACT_KINDS for k in kinds)):
                err(w, f"bad fact kinds {kinds!r}")
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev or not all(isinstance(e, str) and e for e in ev):
                err(w, "evidence must be a non-empty list of non-empty strings")
            else:
                for e in ev:
                    if e not in text:
                        err(w, f"evidence not in article: {e!r}")
            sa = f["same_as"]
            if not re.fullmatch(SLUG, sa or ""):
                err(w, f"malformed same_as {sa!r}")
                continue
            if sa in sl:
                err(w, f"duplicate same_as {sa}")
            sl.append(sa)
            prefix_of[ident].add(sa.split("-")[0])
        slugs_of[aid] = set(sl)
        wd = pub.strftime("%A") if pub else "?"
        print(f"{aid}: {nw} words, published {a['published_at']} ({wd}), {style} quotes, "
              f"{len(a['quotes'])} quotes, {len(nq)} not_quotes, {len(pkeys)} participants, "
              f"{len(a['facts'])} facts")
    for f in txt_files:
        if f[:-4] not in seen_ids:
            err(f, "text file without a gold entry")
    # summits, prefixes and pairing
    by_summit = collections.defaultdict(list)
    for aid, ident in summit_of.items():
        by_summit[ident].append(aid)
    owner = {}
    for ident, prefs in prefix_of.items():
        if len(prefs) != 1:
            err(str(ident), f"slug prefixes {sorted(prefs)} (one prefix per summit)")
        for p in prefs:
            if p in owner and owner[p] != ident:
                err(str(ident), f"slug prefix {p!r} also used by {owner[p]}")
            owner[p] = ident
    for ident, ids in sorted(by_summit.items()):
        if len(ids) > 2:
            err(str(ident), f"{len(ids)} articles (at most two per summit)")
        if len(ids) == 2:
            shared = slugs_of[ids[0]] & slugs_of[ids[1]]
            print(f"pair {ids[0]} + {ids[1]}: {len(shared)} shared same_as")
            if len(shared) < MIN_SHARED:
                err(str(ident), f"only {len(shared)} shared same_as (need {MIN_SHARED})")
    for x in summit_of:
        for y in summit_of:
            if x < y and summit_of[x] != summit_of[y]:
                for sl in slugs_of[x] & slugs_of[y]:
                    err(f"{x}/{y}", f"same_as {sl} shared across different summits")
    pairs = sum(1 for v in by_summit.values() if len(v) == 2)
    singles = sum(1 for v in by_summit.values() if len(v) == 1)
    print(f"{len(arts)} articles, {len(by_summit)} summits ({pairs} pairs, {singles} single)")
    if (len(arts), len(by_summit), pairs, singles) != (8, 5, 3, 2):
        err("set", "expected 8 articles about 5 summits: 3 pairs and 2 single articles")


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    check(folder)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)
