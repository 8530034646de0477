#!/usr/bin/env python3
"""Consistency checker for the heldout29 gold set (written from scratch for this set).

Usage: python3 check.py [folder]   (default: the folder this file lives in)
Exits 0 when every check passes, 1 otherwise; prints one line per error.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

PREFIX = "h29_"
SPLIT = "heldout29"
GOLD_NAME = "heldout29_gold.json"
N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES = 8, 5, 3, 2
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5

TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "prof", "assoc", "sir", "sheikh", "sheikha", "king", "queen",
    "prince", "princess", "emir", "amir", "sultan", "his", "her", "majesty", "excellency",
    "highness", "hon", "honourable", "honorable", "rep", "capt", "captain", "chief",
    "president", "premier", "minister", "chancellor", "chairman", "chairwoman", "mayor",
    "secretary", "sec", "sen", "senator", "doctor", "pak", "bapak", "ibu", "monsieur",
    "madame", "mheshimiwa", "rais", "mzee", "lord", "lady", "gen", "general", "col",
}
KEY_RE = {
    "person": re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$"),
    "org": re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$"),
    "country": re.compile(r"^country:[a-z]{2}$"),
}
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l",
           "ı": "i", "þ": "th"}
UMLAUT_E = {"ä": "ae", "ö": "oe", "ü": "ue"}
APOS = "'’‘`ʼ"

errors = []


def err(msg):
    errors.append(msg)


def iso(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def fold_variants(text):
    """Token lists of the text under the folding variants (umlaut -> vowel or vowel+e;
    apostrophes dropped or treated as separators)."""
    out = []
    low = text.lower()
    for uml in (False, True):
        s = low
        if uml:
            for k, v in UMLAUT_E.items():
                s = s.replace(k, v)
        for k, v in SPECIAL.items():
            s = s.replace(k, v)
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        for drop in (True, False):
            t = s
            for a in APOS:
                t = t.replace(a, "" if drop else " ")
            out.append(re.findall(r"[a-z0-9]+", t))
    return out


def contains_seq(tokens, seq):
    n = len(seq)
    return n > 0 and any(tokens[i:i + n] == seq for i in range(len(tokens) - n + 1))


def phrase_in(text, phrase):
    tvars = fold_variants(text)
    for pv in fold_variants(phrase):
        for tv in tvars:
            if contains_seq(tv, pv):
                return True
    return False


def quoted_spans(aid, text):
    """Return (style, spans) and report quote-mark problems."""
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    if has_straight and has_curly:
        err(f"{aid}: mixes straight and curly double quotes")
    style = "curly" if has_curly and not has_straight else "straight"
    if style == "curly" and "'" in text:
        err(f"{aid}: straight apostrophe in a curly-quote article")
    if style == "straight" and ("’" in text or "‘" in text):
        err(f"{aid}: curly apostrophe in a straight-quote article")
    spans = []
    if style == "straight":
        for n, line in enumerate(text.split("\n"), 1):
            if line.count('"') % 2:
                err(f"{aid}: unbalanced straight quotes on line {n}")
            spans += re.findall(r'"([^"]*)"', line)
    else:
        cur = None
        for ch in text:
            if ch == "“":
                if cur is not None:
                    err(f"{aid}: nested curly quote")
                cur = ""
            elif ch == "”":
                if cur is None:
                    err(f"{aid}: closing curly quote without an opening one")
                else:
                    spans.append(cur)
                    cur = None
            elif ch == "\n" and cur is not None:
                err(f"{aid}: quoted span runs across a line break: {cur[:40]!r}")
                cur = None
            elif cur is not None:
                cur += ch
        if cur is not None:
            err(f"{aid}: unclosed curly quote at end of text")
    return style, spans


def check_keys(obj, keys, where):
    """Report keys that differ from `keys` (names or order); return True when all
    required keys are present, so that the remaining checks can still run."""
    if not isinstance(obj, dict):
        err(f"{where}: expected an object, got {type(obj).__name__}")
        return False
    if list(obj.keys()) != keys:
        err(f"{where}: keys {list(obj.keys())} != {keys}")
    return all(k in obj for k in keys)


def main(folder):
    gold_path = os.path.join(folder, GOLD_NAME)
    data = json.load(open(gold_path, encoding="utf-8"))
    if not check_keys(data, TOP_KEYS, "top level"):
        return
    if not isinstance(data["about"], str) or not data["about"].strip():
        err("about text is empty")
    arts = data["articles"]
    ids = [a.get("id") for a in arts]
    if len(ids) != len(set(ids)):
        err("duplicate article ids")
    txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for t in sorted(txts - set(ids)):
        err(f"{t}.txt has no gold entry")

    summits = collections.defaultdict(list)   # summit identity -> article ids
    slugs_of = {}                              # article id -> set of slugs
    weekdays = collections.Counter()
    for a in arts:
        aid = a.get("id", "?")
        if not check_keys(a, ARTICLE_KEYS, aid):
            continue
        if not aid.startswith(PREFIX):
            err(f"{aid}: id lacks prefix {PREFIX}")
        if a["split"] != SPLIT:
            err(f"{aid}: split {a['split']!r} != {SPLIT}")
        if a["file"] != f"articles/{aid}.txt":
            err(f"{aid}: file {a['file']!r} != articles/{aid}.txt")
        path = os.path.join(folder, aid + ".txt")
        if not os.path.exists(path):
            err(f"{aid}: text file missing")
            continue
        text = open(path, encoding="utf-8").read()
        if text.split("\n", 1)[0].strip() != a["title"]:
            err(f"{aid}: title differs from the headline")
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x.strip() for x in a["authors"]):
            err(f"{aid}: authors must be a list of non-empty strings")
        pub = iso(a["published_at"])
        if pub is None:
            err(f"{aid}: published_at not an ISO date")
        else:
            weekdays[pub.strftime("%A")] += 1
            print(f"{aid}: published {pub} ({pub.strftime('%A')})")

        # summit
        s = a["summit"]
        if check_keys(s, SUMMIT_KEYS, f"{aid} summit"):
            if not isinstance(s["organization"], str) or not KEY_RE["org"].match(s["organization"]):
                err(f"{aid}: organization {s['organization']!r} is not an org: key")
            sd, ed = iso(s["start_date"]), iso(s["end_date"])
            if sd is None or ed is None:
                err(f"{aid}: summit dates not ISO")
            else:
                if sd > ed:
                    err(f"{aid}: start date after end date")
                if pub and pub < sd:
                    err(f"{aid}: published before the summit started")
            tf = s["text_fields"]
            if not tf or not isinstance(tf, list):
                err(f"{aid}: text_fields empty")
            elif len(tf) != len(set(tf)):
                err(f"{aid}: repeated text_field")
            elif not set(tf) <= set(FIELDS) or tf != [f for f in FIELDS if f in tf]:
                err(f"{aid}: text_fields not a canonical-order subset of {FIELDS}")
            if not str(s["city"]).strip() or not str(s["country"]).strip():
                err(f"{aid}: empty city or country")
            elif not phrase_in(text, s["city"]):
                err(f"{aid}: city {s['city']!r} not found in the text")
            summits[(s["organization"], s["city"], s["start_date"])].append(aid)

        # quotes and quote marks
        style, spans = quoted_spans(aid, text)
        annotated = []
        for i, q in enumerate(a["quotes"]):
            if not check_keys(q, QUOTE_KEYS, f"{aid} quote {i}"):
                continue
            annotated.append(q["text"])
            if not q["text"] or q["text"] not in text:
                err(f"{aid}: quote not in text: {q['text'][:50]!r}")
            if q["kind"] not in QUOTE_KINDS:
                err(f"{aid}: bad quote kind {q['kind']!r}")
            sk = q["speaker_key"]
            kind = sk.split(":", 1)[0] if isinstance(sk, str) else ""
            if kind not in KEY_RE or not KEY_RE[kind].match(sk):
                err(f"{aid}: malformed speaker key {sk!r}")
        for nq in a["not_quotes"]:
            if not isinstance(nq, str) or not nq or nq not in text:
                err(f"{aid}: not_quote not in text: {str(nq)[:50]!r}")
        expected = collections.Counter(annotated) + collections.Counter(a["not_quotes"])
        found = collections.Counter(spans)
        for sp, n in (found - expected).items():
            err(f"{aid}: quoted span not annotated ({n}x): {sp[:60]!r}")
        for sp, n in (expected - found).items():
            err(f"{aid}: annotated quote/not_quote without quote marks ({n}x): {sp[:60]!r}")

        # participants
        pkeys = []
        tvars = fold_variants(text)
        for i, p in enumerate(a["participants"]):
            if not check_keys(p, PART_KEYS, f"{aid} participant {i}"):
                continue
            k = p["key"]
            pkeys.append(k)
            if not isinstance(k, str) or not KEY_RE["person"].match(k):
                err(f"{aid}: malformed participant key {k!r}")
                continue
            parts = k.split(":", 1)[1].split("-")
            bad = [x for x in parts if x in HONORIFICS]
            if bad:
                err(f"{aid}: honorific/title token {bad} in key {k}")
            if not str(p["role"]).strip() or not str(p["affiliation"]).strip():
                err(f"{aid}: empty role or affiliation for {k}")
            if not any(parts[-1] in tv for tv in tvars):
                err(f"{aid}: last part of {k} not found in the text")
        if len(pkeys) != len(set(pkeys)):
            err(f"{aid}: duplicate participant key")
        for q in a["quotes"]:
            sk = q.get("speaker_key", "")
            if isinstance(sk, str) and sk.startswith("person:") and sk not in pkeys:
                err(f"{aid}: person speaker {sk} is not a participant")

        # facts
        slugs = []
        for i, f in enumerate(a["facts"]):
            if not check_keys(f, FACT_KEYS, f"{aid} fact {i}"):
                continue
            if not str(f["statement"]).strip():
                err(f"{aid}: empty fact statement (fact {i})")
            ks = f["kind"]
            if not isinstance(ks, list) or not ks:
                err(f"{aid}: empty fact kind (fact {i})")
            else:
                if len(ks) != len(set(ks)):
                    err(f"{aid}: repeated fact kind (fact {i})")
                for k in ks:
                    if k not in FACT_KINDS:
                        err(f"{aid}: unknown fact kind {k!r}")
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(f"{aid}: empty evidence (fact {i})")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(f"{aid}: evidence not in text: {str(e)[:50]!r}")
            sl = f["same_as"]
            if not isinstance(sl, str) or not SLUG_RE.match(sl):
                err(f"{aid}: malformed same_as {sl!r}")
            slugs.append(sl)
        if len(slugs) != len(set(slugs)):
            err(f"{aid}: duplicate same_as within the article")
        slugs_of[aid] = set(s for s in slugs if isinstance(s, str))

        # length
        n = len(text.split())
        print(f"{aid}: {n} words, {style} quotes, {len(a['quotes'])} quotes, "
              f"{len(a['participants'])} participants, {len(a['facts'])} facts")
        if not MIN_WORDS <= n <= MAX_WORDS:
            err(f"{aid}: {n} words outside {MIN_WORDS}-{MAX_WORDS}")

    # slug prefixes and pairing
    prefix_of_summit = {}
    summit_of_prefix = collections.defaultdict(set)
    summit_of_slug = collections.defaultdict(set)
    for sm, aids in summits.items():
        pre = set()
        for aid in aids:
            for sl in slugs_of.get(aid, ()):
                pre.add(sl.split("-")[0])
                summit_of_slug[sl].add(sm)
        if len(pre) != 1:
            err(f"summit {sm}: slug prefixes {sorted(pre)} (expected exactly one)")
        for p in pre:
            summit_of_prefix[p].add(sm)
        prefix_of_summit[sm] = pre
    for p, sms in summit_of_prefix.items():
        if len(sms) > 1:
            err(f"slug prefix {p!r} used by {len(sms)} summits")
    for sl, sms in summit_of_slug.items():
        if len(sms) > 1:
            err(f"slug {sl!r} shared across different summits")
    earlier = set()
    for g in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        for ea in json.load(open(g, encoding="utf-8")).get("articles", []):
            for f in ea.get("facts", []):
                if isinstance(f.get("same_as"), str):
                    earlier.add(f["same_as"].split("-")[0])
    for p in summit_of_prefix:
        if p in earlier:
            err(f"slug prefix {p!r} already used in earlier gold")
    pairs = singles = 0
    for sm, aids in summits.items():
        if len(aids) > 2:
            err(f"summit {sm} has {len(aids)} articles (max 2)")
        elif len(aids) == 2:
            pairs += 1
            shared = slugs_of[aids[0]] & slugs_of[aids[1]]
            print(f"pair {sm[0]} {sm[1]}: {len(shared)} shared slugs")
            if len(shared) < MIN_SHARED:
                err(f"pair {aids}: only {len(shared)} shared slugs (< {MIN_SHARED})")
        else:
            singles += 1
    print("weekdays:", dict(weekdays))
    shape = (len(arts), len(summits), pairs, singles)
    if shape != (N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES):
        err(f"shape {shape} != {(N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES)} "
            "(articles, summits, pairs, singles)")


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    main(folder)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)
