#!/usr/bin/env python3
"""Checker for the heldout33 gold set (written from scratch for this round).

Usage: python3 check.py [folder]   (default: the folder of this file)

Reads heldout33_gold.json and the article .txt files in the folder, and the
same_as slugs of the earlier gold files two levels up (../../*_gold.json),
which it uses only to make sure no slug prefix of this set was used before.
Exits with status 1 and lists every problem found, or prints a report and
exits with status 0.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

SET = "heldout33"
PREFIX = "h33_"
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
N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES, MIN_SHARED = 8, 5, 3, 2, 5

PERSON_RE = re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")
ORG_RE = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

SPECIAL = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
           "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d",
           "Ð": "D", "ı": "i"}
UMLAUT_E = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
APOSTROPHES = "'’‘ʼ`"

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def fold(s, umlaut_e=False):
    if umlaut_e:
        for a, b in UMLAUT_E.items():
            s = s.replace(a, b)
    for a, b in SPECIAL.items():
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def token_variants(s):
    """Token lists of s: umlauts folded to the vowel or to vowel+e, apostrophes
    dropped or treated as separators."""
    out = []
    for umlaut_e in (False, True):
        f = fold(s, umlaut_e)
        for mode in ("drop", "split"):
            g = f
            for a in APOSTROPHES:
                g = g.replace(a, "" if mode == "drop" else " ")
            out.append(re.findall(r"[a-z0-9]+", g))
    return out


def contains_sequence(tokens, seq):
    n = len(seq)
    if n == 0:
        return False
    return any(tokens[i:i + n] == seq for i in range(len(tokens) - n + 1))


def in_text(needle, text):
    """needle (a city or a key's last part) as a run of whole tokens of text."""
    for t in token_variants(text):
        for n in token_variants(needle):
            if contains_sequence(t, n):
                return True
    return False


def parse_date(where, value, label):
    if not isinstance(value, str) or not ISO_RE.match(value):
        err(where, "%s is not an ISO date: %r" % (label, value))
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        err(where, "%s is not a valid date: %r" % (label, value))
        return None


def check_keys(where, obj, expected, label):
    """True when all expected keys are present (so that later checks can run)."""
    if not isinstance(obj, dict):
        err(where, "%s is not an object" % label)
        return False
    keys = list(obj.keys())
    missing = [k for k in expected if k not in keys]
    extra = [k for k in keys if k not in expected]
    if missing:
        err(where, "%s keys missing: %s" % (label, missing))
    if extra:
        err(where, "%s keys unexpected: %s" % (label, extra))
    if not missing and not extra and keys != expected:
        err(where, "%s keys out of order: %s" % (label, keys))
    return not missing


def quoted_spans(where, text):
    """Return (style, spans). Checks the quote-mark rules on the way."""
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    if has_straight and has_curly:
        err(where, "mixes straight and curly double quotes")
    style = "curly" if has_curly and not has_straight else "straight"
    # apostrophes and single quote marks in the same style as the double quotes
    if style == "curly" and "'" in text:
        err(where, "straight apostrophe or single quote in a curly-quote article")
    if style == "straight" and ("’" in text or "‘" in text):
        err(where, "curly apostrophe or single quote in a straight-quote article")
    spans = []
    for n, line in enumerate(text.split("\n"), 1):
        if style == "straight" or has_straight:
            if line.count('"') % 2:
                err(where, "unbalanced straight quotes on line %d (a quote may run across a line break)" % n)
            spans.extend(re.findall(r'"([^"]*)"', line))
        if style == "curly" or has_curly:
            depth, start = 0, None
            for i, c in enumerate(line):
                if c == "“":
                    if depth:
                        err(where, "nested curly quote on line %d" % n)
                    else:
                        start = i
                    depth += 1
                elif c == "”":
                    if depth == 0:
                        err(where, "closing curly quote without an opening one on line %d" % n)
                        continue
                    depth -= 1
                    if depth == 0:
                        spans.append(line[start + 1:i])
            if depth:
                err(where, "unclosed curly quote on line %d (a quote may run across a line break)" % n)
    return style, spans


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    gold_path = os.path.join(folder, SET + "_gold.json")
    try:
        with open(gold_path, encoding="utf-8") as fh:
            gold = json.load(fh)
    except (OSError, ValueError) as exc:
        print("cannot read %s: %s" % (gold_path, exc))
        return 1

    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        err("top", "top-level keys must be exactly %s, got %s" % (TOP_KEYS, list(gold.keys()) if isinstance(gold, dict) else type(gold)))
    if not isinstance(gold.get("about"), str) or not gold.get("about", "").strip():
        err("top", "empty about text")
    articles = gold.get("articles") or []
    if not isinstance(articles, list):
        err("top", "articles is not a list")
        articles = []

    # earlier slug prefixes (only the same_as values of the earlier gold files are read)
    earlier_prefixes = set()
    for path in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        try:
            with open(path, encoding="utf-8") as fh:
                other = json.load(fh)
        except (OSError, ValueError):
            continue
        for a in other.get("articles", []):
            for f in a.get("facts", []) or []:
                slug = f.get("same_as") if isinstance(f, dict) else None
                if isinstance(slug, str) and "-" in slug:
                    earlier_prefixes.add(slug.split("-")[0])

    seen_ids = set()
    summits = collections.OrderedDict()   # summit id -> list of article ids
    summit_prefixes = collections.defaultdict(set)
    slug_summits = collections.defaultdict(set)
    article_slugs = {}
    report = []
    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}

    for idx, a in enumerate(articles):
        where = "article %d" % idx
        if not check_keys(where, a, ARTICLE_KEYS, "article"):
            continue
        aid = a["id"]
        where = str(aid)
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(where, "id without the %s prefix" % PREFIX)
        if aid in seen_ids:
            err(where, "duplicate id")
        seen_ids.add(aid)
        if a["split"] != SET:
            err(where, "split is %r, expected %r" % (a["split"], SET))
        if a["file"] != "articles/%s.txt" % aid:
            err(where, "file is %r, expected articles/%s.txt" % (a["file"], aid))
        txt_path = os.path.join(folder, "%s.txt" % aid)
        if not os.path.exists(txt_path):
            err(where, "no text file %s.txt" % aid)
            continue
        with open(txt_path, encoding="utf-8") as fh:
            text = fh.read()
        headline = text.split("\n", 1)[0]
        if a["title"] != headline:
            err(where, "title differs from the headline: %r vs %r" % (a["title"], headline))
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x.strip() for x in a["authors"]):
            err(where, "authors must be a list of non-empty strings")
        pub = parse_date(where, a["published_at"], "published_at")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(where, "%d words, outside %d-%d" % (words, MIN_WORDS, MAX_WORDS))

        # summit
        s = a["summit"]
        sid = None
        if check_keys(where, s, SUMMIT_KEYS, "summit"):
            org = s["organization"]
            if not isinstance(org, str) or not ORG_RE.match(org):
                err(where, "summit organization is not an org: key: %r" % org)
            start = parse_date(where, s["start_date"], "start_date")
            end = parse_date(where, s["end_date"], "end_date")
            if start and end and start > end:
                err(where, "start_date after end_date")
            if pub and start and pub < start:
                err(where, "published_at before the summit start")
            for fld in ("city", "country"):
                if not isinstance(s[fld], str) or not s[fld].strip():
                    err(where, "empty summit %s" % fld)
            if isinstance(s["city"], str) and s["city"].strip() and not in_text(s["city"], text):
                err(where, "city %r not found in the text" % s["city"])
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(where, "text_fields empty or not a list")
            else:
                unknown = [x for x in tf if x not in TEXT_FIELDS]
                if unknown:
                    err(where, "unknown text_fields %s" % unknown)
                if len(set(tf)) != len(tf):
                    err(where, "repeated text_field")
                known = [x for x in tf if x in TEXT_FIELDS]
                if known != sorted(known, key=TEXT_FIELDS.index):
                    err(where, "text_fields out of canonical order")
            sid = (org, s["city"], s["start_date"])
            summits.setdefault(sid, []).append(aid)

        # participants
        participant_keys = set()
        for p in a["participants"]:
            if not check_keys(where, p, PARTICIPANT_KEYS, "participant"):
                continue
            k = p["key"]
            if not isinstance(k, str) or not PERSON_RE.match(k):
                err(where, "malformed participant key %r" % k)
                continue
            if k in participant_keys:
                err(where, "duplicate participant %s" % k)
            participant_keys.add(k)
            parts = k.split(":", 1)[1].split("-")
            if k not in HONORIFIC_EXCEPTIONS:
                bad = [x for x in parts if x in HONORIFICS]
                if bad:
                    err(where, "honorific or title token %s in participant key %s" % (bad, k))
            if not in_text(parts[-1], text):
                err(where, "last part of %s not found in the text" % k)
            for fld in ("role", "affiliation"):
                if not isinstance(p[fld], str) or not p[fld].strip():
                    err(where, "empty %s for %s" % (fld, k))

        # quotes and not_quotes
        style, spans = quoted_spans(where, text)
        annotated = collections.Counter()
        n_direct = n_partial = 0
        for q in a["quotes"]:
            if not check_keys(where, q, QUOTE_KEYS, "quote"):
                continue
            t = q["text"]
            annotated[t] += 1
            if not isinstance(t, str) or not t or t not in text:
                err(where, "quote text not in the article: %r" % t)
            sk = q["speaker_key"]
            if not isinstance(sk, str) or not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(where, "malformed speaker key %r" % sk)
            elif sk.startswith("person:") and sk not in participant_keys:
                err(where, "speaker %s is not a participant" % sk)
            if q["kind"] not in QUOTE_KINDS:
                err(where, "bad quote kind %r" % q["kind"])
            n_direct += q["kind"] == "direct"
            n_partial += q["kind"] == "partial"
        if not isinstance(a["not_quotes"], list):
            err(where, "not_quotes is not a list")
        else:
            for t in a["not_quotes"]:
                annotated[t] += 1
                if not isinstance(t, str) or not t or t not in text:
                    err(where, "not_quote not in the article: %r" % t)
        found = collections.Counter(spans)
        for t in sorted(set(found) | set(annotated), key=str):
            if found[t] != annotated[t]:
                err(where, "quoted span %r: %d in the text, %d annotated (quotes + not_quotes)" % (t, found[t], annotated[t]))

        # facts
        slugs = []
        kind_counts = collections.Counter()
        for f in a["facts"]:
            if not check_keys(where, f, FACT_KEYS, "fact"):
                continue
            if not isinstance(f["statement"], str) or not f["statement"].strip():
                err(where, "empty fact statement")
            kinds = f["kind"]
            if not isinstance(kinds, list) or not kinds:
                err(where, "empty fact kind list (%s)" % f.get("same_as"))
            else:
                if len(set(kinds)) != len(kinds):
                    err(where, "repeated fact kind in %s" % f["same_as"])
                for k in kinds:
                    if k not in FACT_KINDS:
                        err(where, "unknown fact kind %r" % k)
                    kind_counts[k] += 1
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(where, "empty evidence list (%s)" % f.get("same_as"))
            else:
                for e in ev:
                    if not isinstance(e, str) or not e.strip() or e not in text:
                        err(where, "evidence span not in the article: %r" % e)
            slug = f["same_as"]
            if not isinstance(slug, str) or not SLUG_RE.match(slug):
                err(where, "malformed same_as %r" % slug)
                continue
            if slug in slugs:
                err(where, "duplicate same_as %s" % slug)
            slugs.append(slug)
            prefix = slug.split("-")[0]
            if sid is not None:
                summit_prefixes[sid].add(prefix)
                slug_summits[slug].add(sid)
            if prefix in earlier_prefixes:
                err(where, "slug prefix %r already used in earlier gold (%s)" % (prefix, slug))
        article_slugs[aid] = set(slugs)
        weekday = pub.strftime("%A") if pub else "?"
        report.append("%-40s %s %-9s %3d words  quotes %2d (%d/%d)  not_quotes %d  participants %2d  facts %2d  %s  kinds %s" % (
            aid, a["published_at"], weekday, words, len(a["quotes"]), n_direct, n_partial,
            len(a["not_quotes"]), len(a["participants"]), len(a["facts"]), style,
            dict(sorted(kind_counts.items()))))

    for name in sorted(txt_files - seen_ids):
        err(name, "text file without a gold entry")

    # slug prefixes and pairing
    prefix_owner = collections.defaultdict(set)
    for sid, prefixes in summit_prefixes.items():
        if len(prefixes) != 1:
            err(str(sid), "more than one slug prefix: %s" % sorted(prefixes))
        for p in prefixes:
            prefix_owner[p].add(sid)
    for p, owners in prefix_owner.items():
        if len(owners) > 1:
            err("prefix " + p, "shared by %d summits" % len(owners))
    for slug, owners in slug_summits.items():
        if len(owners) > 1:
            err("slug " + slug, "shared across different summits")
    pairing = []
    n_pairs = n_singles = 0
    for sid, ids in summits.items():
        if len(ids) > 2:
            err(str(sid), "more than two articles: %s" % ids)
        elif len(ids) == 2:
            n_pairs += 1
            shared = sorted(article_slugs.get(ids[0], set()) & article_slugs.get(ids[1], set()))
            pairing.append("%s + %s: %d shared (%s)" % (ids[0], ids[1], len(shared), ", ".join(shared)))
            if len(shared) < MIN_SHARED:
                err(str(sid), "pair shares only %d same_as slugs (need %d)" % (len(shared), MIN_SHARED))
        else:
            n_singles += 1
    if (len(articles), len(summits), n_pairs, n_singles) != (N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES):
        err("shape", "%d articles, %d summits, %d pairs, %d singles (expected %d, %d, %d, %d)" % (
            len(articles), len(summits), n_pairs, n_singles, N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES))

    for line in report:
        print(line)
    for line in pairing:
        print("pair", line)
    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d articles, %d summits, %d pairs, %d singles" % (len(articles), len(summits), n_pairs, n_singles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
