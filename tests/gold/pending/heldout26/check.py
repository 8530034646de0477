#!/usr/bin/env python3
"""Checker for the heldout26 gold set (written from scratch for this set).

Usage: python3 check.py [folder]   (default: the folder this file is in)

Checks the gold JSON (heldout26_gold.json) against the article texts in the
same folder and prints one line per error, a word-count / weekday table and a
same_as pairing report. Exit status 0 when no error was found, 1 otherwise.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

SPLIT = "heldout26"
PREFIX = "h26_"
GOLD_NAME = "heldout26_gold.json"

TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors",
                "summit", "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PARTICIPANT_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5
EXPECTED_ARTICLES, EXPECTED_SUMMITS, EXPECTED_PAIRS, EXPECTED_SINGLES = 8, 5, 3, 2

HONORIFICS = set("""
mr mrs ms miss mme mlle m dr prof professor sir lord lady dame sheikh sheikha king queen prince
princess emir amir sultan sayyid general gen lt colonel col commodore admiral captain excellency
highness majesty brother doctor senor senora don dona monsieur madame herr frau ambassador hajj
comrade cde muhtaram honourable honorable hon rt his her president chancellor minister premier
mayor chief retd
""".split())

KEY_RE = re.compile(r"^(person|org):[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def parse_date(where, value):
    if not isinstance(value, str) or not DATE_RE.match(value):
        err(where, f"not an ISO date: {value!r}")
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        err(where, f"not a valid date: {value!r}")
        return None


UMLAUT_E = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
SPECIAL = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe"}


def strip_accents(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def folded_variants(text):
    """Lower-case token lists of the text under several foldings."""
    out = []
    for umlaut in (False, True):
        t = "".join(UMLAUT_E.get(c, c) for c in text) if umlaut else text
        t = strip_accents(t).lower()
        for apos in ("", " "):
            u = re.sub(r"['’‘`]", apos, t)
            out.append(re.findall(r"[a-z0-9]+", u))
    return out


def contains_seq(tokens, seq):
    n = len(seq)
    if n == 0:
        return False
    return any(tokens[i:i + n] == seq for i in range(len(tokens) - n + 1))


def token_present(variants, token_seq_source):
    """True if the (folded) token sequence of token_seq_source occurs in any variant."""
    for seqs in folded_variants(token_seq_source):
        for toks in variants:
            if contains_seq(toks, seqs):
                return True
    return False


def quoted_spans(where, text):
    """Return (style, list of spans) and report mark problems."""
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    style = None
    if has_straight and has_curly:
        err(where, "mixes straight and curly double quotes")
    elif has_straight:
        style = "straight"
    elif has_curly:
        style = "curly"
    # apostrophes follow the quote style
    if style == "straight" and ("’" in text or "‘" in text):
        err(where, "curly apostrophe or single quote in a straight-quote article")
    if style == "curly" and "'" in text:
        err(where, "straight apostrophe in a curly-quote article")
    spans = []
    for n, line in enumerate(text.split("\n"), 1):
        if style == "straight" or (style is None and '"' in line):
            if line.count('"') % 2:
                err(where, f"line {n}: unbalanced straight quote marks")
            spans += re.findall(r'"([^"]*)"', line)
        else:
            depth = 0
            cur = None
            for c in line:
                if c == "“":
                    if depth:
                        err(where, f"line {n}: nested or unclosed curly quote")
                    depth += 1
                    cur = []
                elif c == "”":
                    if depth == 0:
                        err(where, f"line {n}: closing curly quote without opening")
                        continue
                    depth -= 1
                    if depth == 0:
                        spans.append("".join(cur))
                        cur = None
                elif depth:
                    cur.append(c)
            if depth:
                err(where, f"line {n}: curly quote not closed on its line")
    return style, spans


def main(folder):
    gold_path = os.path.join(folder, GOLD_NAME)
    with open(gold_path, encoding="utf-8") as fh:
        gold = json.load(fh)

    if list(gold.keys()) != TOP_KEYS:
        err("top", f"keys {list(gold.keys())} != {TOP_KEYS}")
    if not isinstance(gold.get("about"), str) or not gold.get("about", "").strip():
        err("top", "empty about text")
    articles = gold.get("articles", [])

    ids = [a.get("id") for a in articles]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err(i, "duplicate id")
    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for t in sorted(txt_files - set(ids)):
        err(t + ".txt", "text file without a gold entry")

    report = []
    summit_of = {}
    slugs_by_article = {}
    for a in articles:
        aid = a.get("id", "?")
        where = aid
        if list(a.keys()) != ARTICLE_KEYS:
            err(where, f"article keys {list(a.keys())} != {ARTICLE_KEYS}")
            continue
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(where, f"id without prefix {PREFIX}")
        if a["split"] != SPLIT:
            err(where, f"split {a['split']!r} != {SPLIT!r}")
        if a["file"] != f"articles/{aid}.txt":
            err(where, f"file {a['file']!r} != 'articles/{aid}.txt'")
        path = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(path):
            err(where, "text file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        variants = folded_variants(text)
        headline = text.split("\n", 1)[0].strip()
        if a["title"] != headline:
            err(where, f"title {a['title']!r} != headline {headline!r}")
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x.strip() for x in a["authors"]):
            err(where, "authors must be a list of non-empty strings")
        pub = parse_date(where + " published_at", a["published_at"])

        # summit
        s = a["summit"]
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err(where, f"summit keys {list(s.keys()) if isinstance(s, dict) else s} != {SUMMIT_KEYS}")
        else:
            if not isinstance(s["organization"], str) or not KEY_RE.match(s["organization"]) or not s["organization"].startswith("org:"):
                err(where, f"summit organization not an org: key: {s['organization']!r}")
            start = parse_date(where + " start_date", s["start_date"])
            end = parse_date(where + " end_date", s["end_date"])
            if start and end and start > end:
                err(where, "summit start_date after end_date")
            if pub and start and pub < start:
                err(where, "published_at before the summit start")
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(where, "text_fields empty")
            else:
                if len(set(tf)) != len(tf):
                    err(where, "text_fields has repeats")
                if any(f not in FIELDS for f in tf):
                    err(where, f"unknown text_field in {tf}")
                elif tf != [f for f in FIELDS if f in tf]:
                    err(where, f"text_fields not in canonical order: {tf}")
            if not isinstance(s["country"], str) or not s["country"].strip():
                err(where, "empty summit country")
            if not isinstance(s["city"], str) or not s["city"].strip():
                err(where, "empty summit city")
            elif not token_present(variants, s["city"]):
                err(where, f"city {s['city']!r} not present in the text")
            summit_of[aid] = (s["organization"], s["city"], s["start_date"])

        # quotes
        style, spans = quoted_spans(where, text)
        participants = a["participants"]
        pkeys = []
        for p in participants:
            if not isinstance(p, dict) or list(p.keys()) != PARTICIPANT_KEYS:
                err(where, f"participant keys wrong: {p}")
                continue
            k = p["key"]
            pkeys.append(k)
            if not isinstance(k, str) or not KEY_RE.match(k) or not k.startswith("person:"):
                err(where, f"malformed participant key {k!r}")
                continue
            toks = k.split(":", 1)[1].split("-")
            bad = [t for t in toks if t in HONORIFICS]
            if bad:
                err(where, f"participant key {k} contains title/honorific token(s) {bad}")
            if not isinstance(p["role"], str) or not p["role"].strip():
                err(where, f"participant {k} has an empty role")
            if not isinstance(p["affiliation"], str) or not p["affiliation"].strip():
                err(where, f"participant {k} has an empty affiliation")
            if not any(toks[-1] in v for v in variants):
                err(where, f"participant {k}: last key part {toks[-1]!r} not in the text")
        for k, c in collections.Counter(pkeys).items():
            if c > 1:
                err(where, f"duplicate participant {k}")

        qtexts = []
        n_direct = n_partial = 0
        for q in a["quotes"]:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(where, f"quote keys wrong: {q}")
                continue
            qtexts.append(q["text"])
            if not q["text"] or q["text"] not in text:
                err(where, f"quote not in text: {q['text']!r}")
            sk = q["speaker_key"]
            if not isinstance(sk, str) or not (KEY_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(where, f"malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in pkeys:
                err(where, f"speaker {sk} is not a participant")
            if q["kind"] not in QUOTE_KINDS:
                err(where, f"bad quote kind {q['kind']!r}")
            n_direct += q["kind"] == "direct"
            n_partial += q["kind"] == "partial"
        nq = a["not_quotes"]
        if not isinstance(nq, list) or not all(isinstance(x, str) and x for x in nq):
            err(where, "not_quotes must be a list of non-empty strings")
            nq = []
        for x in nq:
            if x not in text:
                err(where, f"not_quote not in text: {x!r}")
        annotated = collections.Counter(qtexts) + collections.Counter(nq)
        found = collections.Counter(spans)
        for span, c in (found - annotated).items():
            err(where, f"quoted span not annotated ({c}x): {span!r}")
        for span, c in (annotated - found).items():
            err(where, f"annotated quote/not_quote without matching marks ({c}x): {span!r}")

        # facts
        slugs = []
        kinds_count = collections.Counter()
        for f in a["facts"]:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(where, f"fact keys wrong: {f}")
                continue
            if not isinstance(f["statement"], str) or not f["statement"].strip():
                err(where, "empty fact statement")
            kinds = f["kind"]
            if not isinstance(kinds, list) or not kinds:
                err(where, f"fact {f['same_as']}: empty kind list")
            else:
                if len(set(kinds)) != len(kinds):
                    err(where, f"fact {f['same_as']}: repeated kind")
                for k in kinds:
                    if k not in FACT_KINDS:
                        err(where, f"fact {f['same_as']}: unknown kind {k!r}")
                    kinds_count[k] += 1
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(where, f"fact {f['same_as']}: empty evidence")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(where, f"fact {f['same_as']}: evidence not in text: {e!r}")
            slugs.append(f["same_as"])
        for sl, c in collections.Counter(slugs).items():
            if c > 1:
                err(where, f"duplicate same_as {sl}")
        slugs_by_article[aid] = slugs

        words = len(text.split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            err(where, f"{words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        report.append((aid, words, pub.strftime("%A") if pub else "?", a["published_at"], style,
                       len(a["quotes"]), n_direct, n_partial, len(nq), len(participants),
                       len(a["facts"]), dict(kinds_count)))

    # summits, prefixes and pairs
    by_summit = collections.defaultdict(list)
    for aid, key in summit_of.items():
        by_summit[key].append(aid)
    prefix_of_summit = {}
    for key, aids in by_summit.items():
        prefixes = {sl.split("-")[0] for a_ in aids for sl in slugs_by_article.get(a_, [])}
        if len(prefixes) != 1:
            err(f"summit {key}", f"slug prefixes {sorted(prefixes)} (need exactly one)")
        prefix_of_summit[key] = prefixes
        if len(aids) > 2:
            err(f"summit {key}", f"{len(aids)} articles (at most two)")
    seen = {}
    for key, prefixes in prefix_of_summit.items():
        for p in prefixes:
            if p in seen and seen[p] != key:
                err("prefixes", f"prefix {p!r} used by two summits")
            seen[p] = key
    # prefixes already used in earlier gold files
    earlier = set()
    parent = os.path.abspath(os.path.join(folder, "..", ".."))
    for gp in glob.glob(os.path.join(parent, "*_gold.json")):
        try:
            with open(gp, encoding="utf-8") as fh:
                g = json.load(fh)
        except (OSError, ValueError):
            continue
        for a in g.get("articles", []):
            for f in a.get("facts", []):
                if f.get("same_as"):
                    earlier.add(f["same_as"].split("-")[0])
    for p in sorted(seen):
        if p in earlier:
            err("prefixes", f"prefix {p!r} already used in earlier gold")
    slug_summits = collections.defaultdict(set)
    for aid, slugs in slugs_by_article.items():
        for sl in slugs:
            slug_summits[sl].add(summit_of.get(aid))
    for sl, ss in slug_summits.items():
        if len(ss) > 1:
            err("slugs", f"slug {sl} shared across different summits")

    pairs = [v for v in by_summit.values() if len(v) == 2]
    singles = [v for v in by_summit.values() if len(v) == 1]
    print("Pairs:")
    for a1, a2 in pairs:
        shared = sorted(set(slugs_by_article[a1]) & set(slugs_by_article[a2]))
        print(f"  {a1} + {a2}: {len(shared)} shared: {', '.join(shared)}")
        if len(shared) < MIN_SHARED:
            err(f"pair {a1}/{a2}", f"only {len(shared)} shared same_as slugs (need {MIN_SHARED})")
    if (len(articles), len(by_summit), len(pairs), len(singles)) != (
            EXPECTED_ARTICLES, EXPECTED_SUMMITS, EXPECTED_PAIRS, EXPECTED_SINGLES):
        err("shape", f"{len(articles)} articles, {len(by_summit)} summits, {len(pairs)} pairs, "
                     f"{len(singles)} singles (expected {EXPECTED_ARTICLES}/{EXPECTED_SUMMITS}/"
                     f"{EXPECTED_PAIRS}/{EXPECTED_SINGLES})")

    print("Articles (id, words, weekday, published, style, quotes d/p, not_quotes, participants, facts, kinds):")
    for r in report:
        print(f"  {r[0]}: {r[1]} words, {r[2]} {r[3]}, {r[4]} quotes, {r[5]} quotes ({r[6]}/{r[7]}), "
              f"{r[8]} not_quotes, {r[9]} participants, {r[10]} facts {r[11]}")
    tot = [sum(r[i] for r in report) for i in (5, 6, 7, 8, 9, 10)]
    kinds = collections.Counter()
    for r in report:
        kinds.update(r[11])
    print(f"Totals: {tot[0]} quotes ({tot[1]} direct, {tot[2]} partial), {tot[3]} not_quotes, "
          f"{tot[4]} participants, {tot[5]} facts, kinds {dict(sorted(kinds.items()))}")
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
