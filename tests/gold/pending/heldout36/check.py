#!/usr/bin/env python3
"""Checker for the heldout36 gold set (written from scratch for this set).

Run from anywhere:  python3 check.py [folder]
The folder defaults to the directory of this file.  It must hold
heldout36_gold.json and the article .txt files.  Earlier gold files are looked
for two levels up (../../*_gold.json); only their same_as slugs are read, to
make sure that no slug prefix of this set was used before.
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

SET = "heldout36"
PREFIX = "h36_"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PARTICIPANT_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess
emir sultan majesty excellency highness hon rt chief president premier minister chancellor
chairman chairperson mayor secretary senator monsieur madame lord lady baroness baron gen
general col colonel ratu his her hm hrh datuk dato tun tunku pak shri smt sayyid
ayatollah""".split())
HONORIFIC_EXCEPTIONS = {"person:baron-waqa", "person:sharif-sheikh-ahmed"}
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5
SHAPE = dict(articles=8, summits=5, pairs=3, singles=2)

PERSON_RE = re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")
ORG_RE = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
QUOTED_RE = re.compile(r'"([^"\n]*)"|\u201c([^\u201c\u201d\n]*)\u201d')

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def iso(value):
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


SPECIAL = {"ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
           "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "þ": "th", "Þ": "th", "ð": "d"}
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
APOSTROPHES = "'\u2019\u2018`\u02bc"


def fold_variants(text):
    """Return the token lists of the text folded in several ways."""
    out = []
    for umlaut_to_e in (False, True):
        t = text
        if umlaut_to_e:
            for a, b in UMLAUTS.items():
                t = t.replace(a, b)
        for a, b in SPECIAL.items():
            t = t.replace(a, b)
        t = unicodedata.normalize("NFKD", t)
        t = "".join(c for c in t if not unicodedata.combining(c)).lower()
        for drop in (True, False):
            u = t
            for a in APOSTROPHES:
                u = u.replace(a, "" if drop else " ")
            out.append(re.findall(r"[a-z0-9]+", u))
    return out


def contains_tokens(variants, needle_tokens):
    n = len(needle_tokens)
    if n == 0:
        return False
    for toks in variants:
        for i in range(len(toks) - n + 1):
            if toks[i:i + n] == needle_tokens:
                return True
    return False


def check_keys(where, obj, expected):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    keys = list(obj.keys())
    if set(keys) != set(expected):
        err(where, "keys %s, expected %s" % (keys, expected))
        return False
    if keys != expected:
        err(where, "key order %s, expected %s" % (keys, expected))
    return True


def quote_marks(where, text):
    straight = '"' in text
    curly = "\u201c" in text or "\u201d" in text
    style = "none"
    if straight and curly:
        err(where, "mixed quote styles (straight and curly)")
        style = "mixed"
    elif straight:
        style = "straight"
    elif curly:
        style = "curly"
    if style == "straight" and ("\u2019" in text or "\u2018" in text):
        err(where, "curly apostrophe or single mark in a straight-quote article")
    if style == "curly" and "'" in text:
        err(where, "straight apostrophe in a curly-quote article")
    for n, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(where, "unbalanced straight quote marks on line %d" % n)
        depth = 0
        for ch in line:
            if ch == "\u201c":
                if depth:
                    err(where, "nested curly quote on line %d" % n)
                depth += 1
            elif ch == "\u201d":
                if depth == 0:
                    err(where, "closing curly quote without opening on line %d" % n)
                else:
                    depth -= 1
        if depth:
            err(where, "unclosed curly quote (or quote across a line break) on line %d" % n)
    return style


def earlier_slug_prefixes(folder):
    prefixes = set()
    for path in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        try:
            data = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for art in data.get("articles", []):
            for fact in art.get("facts", []) or []:
                slug = fact.get("same_as") if isinstance(fact, dict) else None
                if isinstance(slug, str) and slug:
                    prefixes.add(slug.split("-")[0])
    return prefixes


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    gold_path = os.path.join(folder, SET + "_gold.json")
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print("cannot read %s: %s" % (gold_path, exc))
        return 1
    if not check_keys("top level", gold, TOP_KEYS):
        if not isinstance(gold, dict) or "articles" not in gold:
            print("\n".join(errors))
            return 1
    about = gold.get("about")
    if not isinstance(about, str) or not about.strip():
        err("about", "empty about text")
    articles = gold.get("articles") or []
    ids = collections.Counter(a.get("id") for a in articles if isinstance(a, dict))
    for i, n in ids.items():
        if n > 1:
            err("ids", "duplicate id %s" % i)
    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for name in sorted(txt_files - set(ids)):
        err("files", "%s.txt has no entry" % name)

    summits = collections.defaultdict(list)   # summit identity -> article ids
    summit_slugs = collections.defaultdict(set)
    article_slugs = {}
    report = []
    for idx, art in enumerate(articles):
        where = art.get("id") if isinstance(art, dict) and isinstance(art.get("id"), str) else "article %d" % idx
        if not check_keys(where, art, ARTICLE_KEYS):
            continue
        aid = art["id"]
        where = str(aid)
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(where, "id without prefix %s" % PREFIX)
        if art["split"] != SET:
            err(where, "split %r, expected %r" % (art["split"], SET))
        if art["file"] != "articles/%s.txt" % aid:
            err(where, "file %r, expected articles/%s.txt" % (art["file"], aid))
        path = os.path.join(folder, "%s.txt" % aid)
        if not os.path.exists(path):
            err(where, "text file %s.txt missing" % aid)
            continue
        text = open(path, encoding="utf-8").read()
        headline = text.split("\n", 1)[0].strip()
        if art["title"] != headline:
            err(where, "title differs from the headline")
        authors = art["authors"]
        if not isinstance(authors, list) or not all(isinstance(a, str) and a.strip() for a in authors):
            err(where, "authors must be a list of non-empty strings")
        pub = iso(art["published_at"])
        if pub is None:
            err(where, "published_at not an ISO date")
        variants = fold_variants(text)

        # summit
        summit = art["summit"]
        if check_keys(where + " summit", summit, SUMMIT_KEYS):
            org = summit["organization"]
            if not isinstance(org, str) or not ORG_RE.match(org):
                err(where, "summit organization is not an org: key")
            start, end = iso(summit["start_date"]), iso(summit["end_date"])
            if start is None or end is None:
                err(where, "summit dates not ISO")
            else:
                if start > end:
                    err(where, "start_date after end_date")
                if pub is not None and pub < start:
                    err(where, "published before the summit started")
            for f in ("city", "country"):
                if not isinstance(summit[f], str) or not summit[f].strip():
                    err(where, "empty summit %s" % f)
            tf = summit["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(where, "text_fields empty")
            else:
                if len(set(tf)) != len(tf):
                    err(where, "repeated text_field")
                if not set(tf) <= set(TEXT_FIELDS):
                    err(where, "unknown text_field in %s" % tf)
                else:
                    order = [TEXT_FIELDS.index(x) for x in tf]
                    if order != sorted(order):
                        err(where, "text_fields not in canonical order")
            if isinstance(summit["city"], str) and summit["city"].strip():
                city_tokens = fold_variants(summit["city"])
                if not any(contains_tokens(variants, ct) for ct in city_tokens):
                    err(where, "city %r not found in the text" % summit["city"])
            summits[(org, summit["city"], summit["start_date"])].append(aid)

        # participants
        participants = art["participants"]
        pkeys = collections.Counter()
        for p in participants:
            if not check_keys(where + " participant", p, PARTICIPANT_KEYS):
                continue
            key = p["key"]
            pkeys[key] += 1
            if not isinstance(key, str) or not PERSON_RE.match(key):
                err(where, "malformed participant key %r" % key)
                continue
            parts = key.split(":", 1)[1].split("-")
            if key not in HONORIFIC_EXCEPTIONS and HONORIFICS & set(parts):
                err(where, "honorific or title token in key %s" % key)
            for f in ("role", "affiliation"):
                if not isinstance(p[f], str) or not p[f].strip():
                    err(where, "empty %s for %s" % (f, key))
            if not contains_tokens(variants, [parts[-1]]):
                err(where, "last part of %s not found in the text" % key)
        for k, n in pkeys.items():
            if n > 1:
                err(where, "duplicate participant %s" % k)

        # quotes
        quote_texts = []
        n_direct = n_partial = 0
        for q in art["quotes"]:
            if not check_keys(where + " quote", q, QUOTE_KEYS):
                continue
            qt, sk, kind = q["text"], q["speaker_key"], q["kind"]
            if not isinstance(qt, str) or not qt:
                err(where, "empty quote text")
                continue
            quote_texts.append(qt)
            if qt not in text:
                err(where, "quote text not in article: %r" % qt[:60])
            if kind not in QUOTE_KINDS:
                err(where, "bad quote kind %r" % kind)
            n_direct += kind == "direct"
            n_partial += kind == "partial"
            if not isinstance(sk, str) or not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(where, "malformed speaker key %r" % sk)
            elif sk.startswith("person:") and sk not in pkeys:
                err(where, "speaker %s is not a participant" % sk)
        nq = art["not_quotes"]
        if not isinstance(nq, list):
            err(where, "not_quotes not a list")
            nq = []
        for s in nq:
            if not isinstance(s, str) or s not in text:
                err(where, "not_quote not in article: %r" % s)
        spans = collections.Counter(m.group(1) if m.group(1) is not None else m.group(2)
                                    for m in QUOTED_RE.finditer(text))
        annotated = collections.Counter(quote_texts) + collections.Counter(x for x in nq if isinstance(x, str))
        for s, n in (spans - annotated).items():
            err(where, "quoted span not annotated (x%d): %r" % (n, s[:60]))
        for s, n in (annotated - spans).items():
            err(where, "annotated quote/not_quote without a quoted span in the text (x%d): %r" % (n, s[:60]))
        style = quote_marks(where, text)

        # facts
        slugs = collections.Counter()
        kinds = collections.Counter()
        for fct in art["facts"]:
            if not check_keys(where + " fact", fct, FACT_KEYS):
                continue
            if not isinstance(fct["statement"], str) or not fct["statement"].strip():
                err(where, "empty fact statement")
            fk = fct["kind"]
            if not isinstance(fk, list) or not fk:
                err(where, "empty fact kind list")
            else:
                if len(set(fk)) != len(fk):
                    err(where, "repeated fact kind in %s" % fk)
                for k in fk:
                    if k not in FACT_KINDS:
                        err(where, "unknown fact kind %r" % k)
                    else:
                        kinds[k] += 1
            ev = fct["evidence"]
            if not isinstance(ev, list) or not ev:
                err(where, "empty evidence for %r" % fct.get("same_as"))
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(where, "evidence not in article: %r" % (e[:60] if isinstance(e, str) else e))
            slug = fct["same_as"]
            if not isinstance(slug, str) or not SLUG_RE.match(slug):
                err(where, "malformed same_as %r" % slug)
            else:
                slugs[slug] += 1
        for s, n in slugs.items():
            if n > 1:
                err(where, "duplicate same_as %s" % s)
        prefixes = {s.split("-")[0] for s in slugs}
        if len(prefixes) > 1:
            err(where, "more than one slug prefix: %s" % sorted(prefixes))
        article_slugs[aid] = set(slugs)
        if isinstance(summit, dict) and all(k in summit for k in SUMMIT_KEYS):
            summit_slugs[(summit["organization"], summit["city"], summit["start_date"])] |= set(slugs)

        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(where, "%d words, outside %d-%d" % (words, MIN_WORDS, MAX_WORDS))
        report.append("%-40s %s %-9s words=%d quotes=%d (%d direct/%d partial) not_quotes=%d "
                      "participants=%d facts=%d style=%s kinds=%s" % (
                          aid, art["published_at"], pub.strftime("%A") if pub else "?", words,
                          len(art["quotes"]), n_direct, n_partial, len(nq), len(participants),
                          len(art["facts"]), style, dict(kinds)))

    # slug prefixes per summit, across summits and against earlier gold
    prefix_owner = {}
    for sid, slugs in summit_slugs.items():
        prefixes = {s.split("-")[0] for s in slugs}
        if len(prefixes) > 1:
            err("summit %s" % (sid,), "several slug prefixes %s" % sorted(prefixes))
        for p in prefixes:
            if p in prefix_owner and prefix_owner[p] != sid:
                err("summit %s" % (sid,), "slug prefix %s shared with %s" % (p, prefix_owner[p]))
            prefix_owner[p] = sid
    seen = {}
    for sid, slugs in summit_slugs.items():
        for s in slugs:
            if s in seen and seen[s] != sid:
                err("slugs", "%s shared by different summits" % s)
            seen[s] = sid
    old = earlier_slug_prefixes(folder)
    for p in sorted(set(prefix_owner) & old):
        err("slugs", "prefix %s already used in an earlier gold file" % p)

    # pairing and shape
    pairs = singles = 0
    print("Articles:")
    print("\n".join(report))
    print("Summits:")
    for sid, aids in summits.items():
        if len(aids) > 2:
            err("summit %s" % (sid,), "more than two articles: %s" % aids)
        elif len(aids) == 2:
            pairs += 1
            shared = article_slugs.get(aids[0], set()) & article_slugs.get(aids[1], set())
            print("  pair %s: %s + %s share %d slugs" % (sid, aids[0], aids[1], len(shared)))
            if len(shared) < MIN_SHARED:
                err("pair %s" % (sid,), "only %d shared same_as slugs" % len(shared))
        else:
            singles += 1
            print("  single %s: %s" % (sid, aids[0]))
    shape = dict(articles=len(articles), summits=len(summits), pairs=pairs, singles=singles)
    if shape != SHAPE:
        err("shape", "%s, expected %s" % (shape, SHAPE))
    if errors:
        print("\n%d ERRORS" % len(errors))
        print("\n".join(errors))
        return 1
    print("\nOK: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
