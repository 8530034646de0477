#!/usr/bin/env python3
"""Checker for the heldout32 gold set (written from scratch for this set).

Usage: python3 check.py [folder]   (default: the folder this file is in)

Checks the gold JSON heldout32_gold.json against the article texts next to it:
schema and key order, ids/split/file paths, titles, authors, dates, summit
fields, exact substrings, quoted spans (both directions, with multiplicity),
quote style and apostrophes, speaker and participant keys, kinds, same_as slugs
(format, prefixes, sharing across summits, prefixes used in earlier gold),
word counts, pairing and the shape of the set.  Exit status 1 on any error.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SPLIT = "heldout32"
PREFIX = "h32_"
GOLD_NAME = "heldout32_gold.json"
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
HONORIFICS = {
    "mr", "mrs", "ms", "m", "mme", "mlle", "dr", "prof", "sir", "dame", "sheikh", "king",
    "queen", "prince", "princess", "emir", "sultan", "majesty", "excellency", "highness",
    "hon", "rt", "chief", "president", "premier", "minister", "chancellor", "chairman",
    "chairperson", "mayor", "secretary", "senator", "monsieur", "madame", "lord", "lady",
    "baroness", "baron", "gen", "general", "col", "colonel", "ratu", "his", "her", "hm",
    "hrh", "datuk", "dato", "tun", "tunku", "pak", "shri", "smt", "sayyid", "ayatollah",
}
# keys whose own names contain a token of the list above
HONORIFIC_EXCEPTIONS = {"person:baron-waqa", "person:sharif-sheikh-ahmed"}
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5
SHAPE = {"articles": 8, "summits": 5, "pairs": 3, "singles": 2}

KEY_RE = {
    "person": re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$"),
    "org": re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$"),
    "country": re.compile(r"^country:[a-z]{2}$"),
}
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def iso(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


SPECIAL = {"ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
           "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ı": "i"}


def fold_variants(text):
    """Lower-case, accent-folded variants of a text (umlauts both ways)."""
    out = []
    for umlaut_e in (False, True):
        s = text
        if umlaut_e:
            for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
                s = s.replace(a, b)
        s = "".join(SPECIAL.get(c, c) for c in s)
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c)).lower()
        out.append(s)
    return out


def token_lists(text):
    """Token lists of the folded text, apostrophes dropped and as separators."""
    res = []
    for v in fold_variants(text):
        for apo in ("", " "):
            w = re.sub(r"['’‘`]", apo, v)
            res.append(re.findall(r"[a-z0-9]+", w))
    return res


def has_token_seq(text, phrase):
    for ptoks in token_lists(phrase):
        if not ptoks:
            continue
        n = len(ptoks)
        for toks in token_lists(text):
            for i in range(len(toks) - n + 1):
                if toks[i:i + n] == ptoks:
                    return True
    return False


def check_keys(where, obj, expected):
    """Returns True when all expected keys are present (order errors reported)."""
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    keys = list(obj.keys())
    missing = [k for k in expected if k not in obj]
    extra = [k for k in keys if k not in expected]
    if missing:
        err(where, "missing keys %s" % missing)
    if extra:
        err(where, "unexpected keys %s" % extra)
    if not missing and not extra and keys != expected:
        err(where, "keys out of order: %s" % keys)
    return not missing


def quoted_spans(aid, text):
    """Double-quoted spans (straight and curly) and the article's quote style."""
    spans = []
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    if has_straight and has_curly:
        err(aid, "mixes straight and curly double quotes")
    for ln, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(aid, "unbalanced straight quote marks on line %d (or a quote across a line break)" % ln)
        else:
            spans.extend(re.findall(r'"([^"]*)"', line))
        depth, start = 0, None
        for i, c in enumerate(line):
            if c == "“":
                if depth:
                    err(aid, "nested curly quote on line %d" % ln)
                else:
                    start = i + 1
                depth += 1
            elif c == "”":
                if not depth:
                    err(aid, "closing curly quote without an opening one on line %d" % ln)
                    continue
                depth -= 1
                if depth == 0:
                    spans.append(line[start:i])
        if depth:
            err(aid, "unclosed curly quote on line %d (or a quote across a line break)" % ln)
    style = "curly" if has_curly else ("straight" if has_straight else "none")
    if style == "curly" and "'" in text:
        err(aid, "straight apostrophe or single quote in a curly-quote article")
    if style == "straight" and ("’" in text or "‘" in text):
        err(aid, "curly apostrophe or single quote in a straight-quote article")
    return spans, style


def main(folder):
    gold_path = os.path.join(folder, GOLD_NAME)
    try:
        data = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:  # noqa
        print("cannot read %s: %s" % (gold_path, e))
        return 1
    if not isinstance(data, dict) or list(data.keys()) != TOP_KEYS:
        err("top", "top-level keys must be exactly %s, got %s" % (TOP_KEYS, list(data) if isinstance(data, dict) else type(data)))
    if not isinstance(data.get("about"), str) or not data.get("about", "").strip():
        err("top", "empty about text")
    arts = data.get("articles") or []
    ids = Counter(a.get("id") for a in arts if isinstance(a, dict))
    for i, n in ids.items():
        if n > 1:
            err(str(i), "duplicate id")
    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for t in sorted(txt_files - set(ids)):
        err(t, ".txt file without a gold entry")

    summits = defaultdict(list)          # identity -> [article ids]
    slugs_by_summit = defaultdict(set)
    report = []
    for a in arts:
        aid = a.get("id", "?") if isinstance(a, dict) else "?"
        if not check_keys(aid, a, ARTICLE_KEYS):
            continue
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(aid, "id without prefix %s" % PREFIX)
        if a["split"] != SPLIT:
            err(aid, "split %r != %r" % (a["split"], SPLIT))
        if a["file"] != "articles/%s.txt" % aid:
            err(aid, "file %r is not articles/<id>.txt" % a["file"])
        tpath = os.path.join(folder, "%s.txt" % aid)
        if not os.path.exists(tpath):
            err(aid, "entry without its text file")
            continue
        text = open(tpath, encoding="utf-8").read()
        headline = text.split("\n", 1)[0]
        if a["title"] != headline:
            err(aid, "title differs from the headline")
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x.strip() for x in a["authors"]):
            err(aid, "authors must be a list of non-empty strings")
        pub = iso(a["published_at"])
        if not pub:
            err(aid, "published_at not an ISO date")

        # summit
        s = a["summit"]
        ident = None
        if check_keys(aid + " summit", s, SUMMIT_KEYS):
            if not KEY_RE["org"].match(str(s["organization"])):
                err(aid, "summit organization is not an org: key")
            sd, ed = iso(s["start_date"]), iso(s["end_date"])
            if not sd or not ed:
                err(aid, "summit dates not ISO")
            elif sd > ed:
                err(aid, "summit start after end")
            if pub and sd and pub < sd:
                err(aid, "published before the summit started")
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(aid, "text_fields empty")
            else:
                if len(set(tf)) != len(tf):
                    err(aid, "text_fields repeated")
                if any(f not in TEXT_FIELDS for f in tf):
                    err(aid, "unknown text_field in %s" % tf)
                elif [f for f in TEXT_FIELDS if f in tf] != tf:
                    err(aid, "text_fields not in canonical order")
            for f in ("city", "country"):
                if not isinstance(s[f], str) or not s[f].strip():
                    err(aid, "empty summit %s" % f)
            if isinstance(s["city"], str) and s["city"].strip() and not has_token_seq(text, s["city"]):
                err(aid, "city %r not in the text" % s["city"])
            ident = (s["organization"], s["city"], s["start_date"])
            summits[ident].append(aid)

        # quoted spans
        spans, style = quoted_spans(aid, text)
        ann = []
        quotes = a["quotes"] if isinstance(a["quotes"], list) else []
        for j, q in enumerate(quotes):
            if check_keys("%s quote %d" % (aid, j), q, QUOTE_KEYS):
                ann.append(q["text"])
        nq = a["not_quotes"] if isinstance(a["not_quotes"], list) else []
        ann.extend(nq)
        cs, ca = Counter(spans), Counter(ann)
        for t, n in (cs - ca).items():
            err(aid, "quoted span not annotated (%dx): %r" % (n, t))
        for t, n in (ca - cs).items():
            err(aid, "annotated quote/not_quote without quote marks in the text (%dx): %r" % (n, t))
        for t in ann:
            if not isinstance(t, str) or not t or t not in text:
                err(aid, "quote/not_quote not a substring: %r" % t)

        # participants
        pkeys = Counter()
        for j, p in enumerate(a["participants"] if isinstance(a["participants"], list) else []):
            if not check_keys("%s participant %d" % (aid, j), p, PARTICIPANT_KEYS):
                continue
            k = p["key"]
            pkeys[k] += 1
            if not KEY_RE["person"].match(str(k)):
                err(aid, "malformed participant key %r" % k)
                continue
            parts = k.split(":", 1)[1].split("-")
            if k not in HONORIFIC_EXCEPTIONS and any(x in HONORIFICS for x in parts):
                err(aid, "honorific or title token in participant key %r" % k)
            for f in ("role", "affiliation"):
                if not isinstance(p[f], str) or not p[f].strip():
                    err(aid, "empty %s for %s" % (f, k))
            if not has_token_seq(text, parts[-1]):
                err(aid, "last part of %r not in the text" % k)
        for k, n in pkeys.items():
            if n > 1:
                err(aid, "duplicate participant %r" % k)

        # quotes: speakers and kinds
        for q in quotes:
            if not isinstance(q, dict) or "speaker_key" not in q:
                continue
            sk = str(q["speaker_key"])
            kind = sk.split(":", 1)[0]
            if kind not in KEY_RE or not KEY_RE[kind].match(sk):
                err(aid, "malformed speaker key %r" % sk)
            elif kind == "person" and sk not in pkeys:
                err(aid, "person speaker %r is not a participant" % sk)
            if q.get("kind") not in QUOTE_KINDS:
                err(aid, "bad quote kind %r" % q.get("kind"))

        # facts
        seen_slugs = Counter()
        facts = a["facts"] if isinstance(a["facts"], list) else []
        for j, f in enumerate(facts):
            w = "%s fact %d" % (aid, j)
            if not check_keys(w, f, FACT_KEYS):
                continue
            if not isinstance(f["statement"], str) or not f["statement"].strip():
                err(w, "empty statement")
            ks = f["kind"]
            if not isinstance(ks, list) or not ks:
                err(w, "empty fact kind list")
            else:
                if len(set(ks)) != len(ks):
                    err(w, "repeated fact kind")
                for k in ks:
                    if k not in FACT_KINDS:
                        err(w, "unknown fact kind %r" % k)
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(w, "empty evidence")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(w, "evidence not a substring: %r" % (e[:70] if isinstance(e, str) else e))
            sa = f["same_as"]
            if not isinstance(sa, str) or not SLUG_RE.match(sa):
                err(w, "malformed same_as %r" % sa)
                continue
            seen_slugs[sa] += 1
            if ident:
                slugs_by_summit[ident].add(sa)
        for sa, n in seen_slugs.items():
            if n > 1:
                err(aid, "same_as %r repeated in one article" % sa)

        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(aid, "%d words (allowed %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
        nd = sum(1 for q in quotes if isinstance(q, dict) and q.get("kind") == "direct")
        report.append("%-40s %s %-9s %3d words  quotes %2d (%d direct/%d partial)  not_quotes %d  participants %2d  facts %2d  %s quotes" % (
            aid, a["published_at"], pub.strftime("%A") if pub else "?", words, len(quotes), nd,
            len(quotes) - nd, len(nq), sum(pkeys.values()), len(facts), style))

    for aid in sorted(set(ids) - txt_files):
        pass  # reported above as 'entry without its text file'

    # slugs: prefixes and sharing across summits
    prefix_of = {}
    for ident, slugs in slugs_by_summit.items():
        prefixes = {x.split("-", 1)[0] for x in slugs}
        if len(prefixes) != 1:
            err(str(ident), "more than one same_as prefix: %s" % sorted(prefixes))
        for p in prefixes:
            if p in prefix_of and prefix_of[p] != ident:
                err(str(ident), "prefix %r shared with summit %s" % (p, prefix_of[p]))
            prefix_of.setdefault(p, ident)
    owner = {}
    for ident, slugs in slugs_by_summit.items():
        for x in slugs:
            if x in owner and owner[x] != ident:
                err(x, "slug shared across different summits")
            owner.setdefault(x, ident)
    earlier = set()
    for p in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        try:
            d = json.load(open(p, encoding="utf-8"))
        except Exception:  # noqa
            continue
        for a in d.get("articles", []):
            for f in a.get("facts", []):
                if isinstance(f.get("same_as"), str):
                    earlier.add(f["same_as"].split("-", 1)[0])
    for p in sorted(prefix_of):
        if p in earlier:
            err(p, "same_as prefix already used in earlier gold")

    # pairing and shape
    print("Per article:")
    for r in report:
        print("  " + r)
    print("Pairing:")
    by_id = {a["id"]: a for a in arts if isinstance(a, dict) and "id" in a}
    pairs = singles = 0
    for ident, members in summits.items():
        if len(members) > 2:
            err(str(ident), "more than two articles for one summit: %s" % members)
        elif len(members) == 2:
            pairs += 1
            s0 = {f["same_as"] for f in by_id[members[0]]["facts"] if isinstance(f, dict) and "same_as" in f}
            s1 = {f["same_as"] for f in by_id[members[1]]["facts"] if isinstance(f, dict) and "same_as" in f}
            shared = sorted(s0 & s1)
            print("  %s: %d shared: %s" % (" + ".join(members), len(shared), ", ".join(shared)))
            if len(shared) < MIN_SHARED:
                err(str(ident), "pair shares only %d same_as slugs (need %d)" % (len(shared), MIN_SHARED))
        else:
            singles += 1
            print("  %s: single" % members[0])
    shape = {"articles": len(arts), "summits": len(summits), "pairs": pairs, "singles": singles}
    if shape != SHAPE:
        err("shape", "set shape %s != %s" % (shape, SHAPE))

    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
