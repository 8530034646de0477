#!/usr/bin/env python3
"""Checker for the heldout34 gold set (written from scratch for this set).

Run from anywhere: python3 check.py [folder]. Exit status 0 when every check passes.
It reads only this folder's files and the same_as slugs of the earlier gold files
two levels up (../../*_gold.json, excluding any heldout33 file), to make sure that no
slug prefix of this set was already used there.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SPLIT = "heldout34"
PREFIX = "h34_"
GOLD = "heldout34_gold.json"
TOP_KEYS = ["about", "articles"]
ART_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
            "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir
sultan majesty excellency highness hon rt chief president premier minister chancellor chairman
chairperson mayor secretary senator monsieur madame lord lady baroness baron gen general col
colonel ratu his her hm hrh datuk dato tun tunku pak shri smt sayyid ayatollah
don dona lic licenciado canciller""".split())
HONORIFIC_EXCEPTIONS = {"person:baron-waqa", "person:sharif-sheikh-ahmed"}
WORDS_MIN, WORDS_MAX = 420, 600
N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES = 8, 5, 3, 2
MIN_SHARED = 5

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
PERSON_RE = re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")
ORG_RE = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
SPECIAL = {"ø": "o", "Ø": "o", "ß": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae",
           "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d"}
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
APOS = "'’‘ʼ`"

errors = []


def err(msg):
    errors.append(msg)


def is_iso(s):
    try:
        return isinstance(s, str) and len(s) == 10 and datetime.date.fromisoformat(s).isoformat() == s
    except ValueError:
        return False


def fold(s, umlaut_e=False, apos_sep=False):
    if umlaut_e:
        s = "".join(UMLAUTS.get(c, c) for c in s)
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a in APOS:
        s = s.replace(a, " " if apos_sep else "")
    return s.lower()


def token_variants(text):
    out = []
    for ue in (False, True):
        for sep in (False, True):
            out.append(re.findall(r"[a-z0-9]+", fold(text, ue, sep)))
    return out


def contains_tokens(text, phrase):
    for ue in (False, True):
        for sep in (False, True):
            hay = re.findall(r"[a-z0-9]+", fold(text, ue, sep))
            needle = re.findall(r"[a-z0-9]+", fold(phrase, ue, sep))
            if not needle:
                continue
            n = len(needle)
            for i in range(len(hay) - n + 1):
                if hay[i:i + n] == needle:
                    return True
    return False


def check_keys(obj, keys, where):
    """Return True when all keys are present (order errors are reported but not fatal)."""
    if not isinstance(obj, dict):
        err(f"{where}: not an object")
        return False
    got = list(obj.keys())
    if set(got) != set(keys):
        err(f"{where}: keys {got} != {keys}")
        return set(keys) <= set(got)
    if got != keys:
        err(f"{where}: key order {got} != {keys}")
    return True


def quoted_spans(text, style, aid):
    """Quoted spans of one article, checking mark balance on the way."""
    spans = []
    for ln, line in enumerate(text.split("\n"), 1):
        if style == "straight":
            if line.count('"') % 2:
                err(f"{aid}: unbalanced straight quote marks on line {ln}")
            spans += re.findall(r'"([^"]*)"', line)
        else:
            depth, start = 0, None
            for i, c in enumerate(line):
                if c == "“":
                    if depth:
                        err(f"{aid}: nested curly quote on line {ln}")
                    depth += 1
                    start = i + 1
                elif c == "”":
                    if not depth:
                        err(f"{aid}: closing curly mark without an opening one on line {ln}")
                        continue
                    depth -= 1
                    if depth == 0:
                        spans.append(line[start:i])
            if depth:
                err(f"{aid}: unclosed curly quote on line {ln} (quoted span across a line break?)")
    return spans


def main(folder):
    gold_path = os.path.join(folder, GOLD)
    try:
        data = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"cannot read {gold_path}: {e}")
        return 1
    if not check_keys(data, TOP_KEYS, "top level"):
        pass
    about = data.get("about")
    if not isinstance(about, str) or not about.strip():
        err("about: empty or not a string")
    arts = data.get("articles", [])
    if not isinstance(arts, list):
        err("articles: not a list")
        arts = []

    ids = Counter(a.get("id") for a in arts if isinstance(a, dict))
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate id {i}")
    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for t in sorted(txt_files - set(ids)):
        err(f"{t}.txt has no entry")

    summit_of = {}
    slugs_of = {}
    report = []
    for a in arts:
        aid = a.get("id", "?") if isinstance(a, dict) else "?"
        if not check_keys(a, ART_KEYS, f"{aid}"):
            continue
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(f"{aid}: id without prefix {PREFIX}")
        if a["split"] != SPLIT:
            err(f"{aid}: split {a['split']!r} != {SPLIT}")
        if a["file"] != f"articles/{aid}.txt":
            err(f"{aid}: file {a['file']!r} != articles/{aid}.txt")
        tpath = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(tpath):
            err(f"{aid}: text file {aid}.txt missing")
            continue
        text = open(tpath, encoding="utf-8").read()
        lines = text.split("\n")
        if a["title"] != lines[0]:
            err(f"{aid}: title differs from the headline")
        if not isinstance(a["authors"], list) or any(not isinstance(x, str) or not x.strip() for x in a["authors"]):
            err(f"{aid}: authors must be a list of non-empty strings")
        pub = a["published_at"]
        if not is_iso(pub):
            err(f"{aid}: published_at not an ISO date")
        # summit
        s = a["summit"]
        if check_keys(s, SUMMIT_KEYS, f"{aid} summit"):
            if not isinstance(s["organization"], str) or not ORG_RE.match(s["organization"]):
                err(f"{aid}: organization {s['organization']!r} is not an org: key")
            for k in ("start_date", "end_date"):
                if not is_iso(s[k]):
                    err(f"{aid}: summit {k} not an ISO date")
            if is_iso(s["start_date"]) and is_iso(s["end_date"]) and s["start_date"] > s["end_date"]:
                err(f"{aid}: start_date after end_date")
            if is_iso(s["start_date"]) and is_iso(pub) and pub < s["start_date"]:
                err(f"{aid}: published before the summit started")
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(f"{aid}: text_fields empty")
            else:
                if len(set(tf)) != len(tf):
                    err(f"{aid}: repeated text_field")
                if any(f not in TEXT_FIELDS for f in tf):
                    err(f"{aid}: unknown text_field in {tf}")
                elif [f for f in TEXT_FIELDS if f in tf] != tf and len(set(tf)) == len(tf):
                    err(f"{aid}: text_fields not in canonical order")
            for k in ("city", "country"):
                if not isinstance(s[k], str) or not s[k].strip():
                    err(f"{aid}: empty {k}")
            if isinstance(s["city"], str) and s["city"].strip() and not contains_tokens(text, s["city"]):
                err(f"{aid}: city {s['city']!r} not in the text")
            summit_of[aid] = (s["organization"], s["city"], s["start_date"])
        # quote style
        has_straight = '"' in text
        has_curly = "“" in text or "”" in text
        if has_straight and has_curly:
            err(f"{aid}: mixed quote styles")
        style = "curly" if has_curly else "straight"
        if style == "curly" and ("'" in text):
            err(f"{aid}: straight apostrophe or single mark in a curly-quote article")
        if style == "straight" and ("’" in text or "‘" in text):
            err(f"{aid}: curly apostrophe or single mark in a straight-quote article")
        spans = quoted_spans(text, style, aid)
        # quotes
        speakers = []
        for q in a["quotes"]:
            if not check_keys(q, QUOTE_KEYS, f"{aid} quote"):
                continue
            if not isinstance(q["text"], str) or not q["text"] or q["text"] not in text:
                err(f"{aid}: quote text not in article: {q['text']!r}")
            if q["kind"] not in QUOTE_KINDS:
                err(f"{aid}: bad quote kind {q['kind']!r}")
            sk = q["speaker_key"]
            if not isinstance(sk, str) or not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(f"{aid}: malformed speaker key {sk!r}")
            speakers.append(sk)
        for nq in a["not_quotes"]:
            if not isinstance(nq, str) or not nq or nq not in text:
                err(f"{aid}: not_quote not in article: {nq!r}")
        annotated = Counter([q.get("text") for q in a["quotes"] if isinstance(q, dict)] + list(a["not_quotes"]))
        found = Counter(spans)
        for t, n in (found - annotated).items():
            err(f"{aid}: quoted span not annotated ({n}x): {t!r}")
        for t, n in (annotated - found).items():
            err(f"{aid}: annotated but not a quoted span ({n}x): {t!r}")
        # participants
        pkeys = []
        for p in a["participants"]:
            if not check_keys(p, PART_KEYS, f"{aid} participant"):
                continue
            k = p["key"]
            pkeys.append(k)
            if not isinstance(k, str) or not PERSON_RE.match(k):
                err(f"{aid}: malformed participant key {k!r}")
                continue
            parts = k[len("person:"):].split("-")
            if k not in HONORIFIC_EXCEPTIONS and any(x in HONORIFICS for x in parts):
                err(f"{aid}: honorific or title token in participant key {k}")
            if not any(parts[-1] in toks for toks in token_variants(text)):
                err(f"{aid}: last part of {k} not in the text")
            for f in ("role", "affiliation"):
                if not isinstance(p[f], str) or not p[f].strip():
                    err(f"{aid}: empty {f} for {k}")
        for k, n in Counter(pkeys).items():
            if n > 1:
                err(f"{aid}: duplicate participant {k}")
        for sk in speakers:
            if isinstance(sk, str) and sk.startswith("person:") and sk not in pkeys:
                err(f"{aid}: speaker {sk} is not a participant")
        # facts
        slugs = []
        kinds = Counter()
        for f in a["facts"]:
            if not check_keys(f, FACT_KEYS, f"{aid} fact"):
                continue
            if not isinstance(f["statement"], str) or not f["statement"].strip():
                err(f"{aid}: empty fact statement")
            if not isinstance(f["kind"], list) or not f["kind"]:
                err(f"{aid}: empty fact kind list ({f['same_as']})")
            else:
                if len(set(f["kind"])) != len(f["kind"]):
                    err(f"{aid}: repeated fact kind ({f['same_as']})")
                for kd in f["kind"]:
                    if kd not in FACT_KINDS:
                        err(f"{aid}: unknown fact kind {kd!r}")
                    kinds[kd] += 1
            sa = f["same_as"]
            if not isinstance(sa, str) or not SLUG_RE.match(sa):
                err(f"{aid}: malformed same_as {sa!r}")
            slugs.append(sa)
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(f"{aid}: empty evidence ({sa})")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e.strip():
                        err(f"{aid}: empty evidence span ({sa})")
                    elif e not in text:
                        err(f"{aid}: evidence not in article ({sa}): {e[:70]!r}")
        for sa, n in Counter(slugs).items():
            if n > 1:
                err(f"{aid}: duplicate same_as {sa}")
        slugs_of[aid] = set(x for x in slugs if isinstance(x, str))
        nwords = len(text.split())
        if not WORDS_MIN <= nwords <= WORDS_MAX:
            err(f"{aid}: {nwords} words, outside {WORDS_MIN}-{WORDS_MAX}")
        wd = datetime.date.fromisoformat(pub).strftime("%A") if is_iso(pub) else "?"
        nd = sum(1 for q in a["quotes"] if isinstance(q, dict) and q.get("kind") == "direct")
        report.append(f"  {aid}: {pub} ({wd}), {nwords} words, {style} quotes, quotes {len(a['quotes'])} "
                      f"({nd} direct), not_quotes {len(a['not_quotes'])}, participants {len(a['participants'])}, "
                      f"facts {len(a['facts'])}")

    # summits, prefixes and pairs
    by_summit = defaultdict(list)
    for aid, sm in summit_of.items():
        by_summit[sm].append(aid)
    prefix_of_summit = {}
    for sm, aids in by_summit.items():
        prefs = {x.split("-")[0] for aid in aids for x in slugs_of.get(aid, ())}
        if len(prefs) != 1:
            err(f"summit {sm}: slug prefixes {sorted(prefs)} (want exactly one)")
        prefix_of_summit[sm] = prefs
        if len(aids) > 2:
            err(f"summit {sm}: {len(aids)} articles (at most two)")
    seen = {}
    for sm, prefs in prefix_of_summit.items():
        for p in prefs:
            if p in seen and seen[p] != sm:
                err(f"slug prefix {p} used by two summits")
            seen[p] = sm
    slug_summits = defaultdict(set)
    for aid, sl in slugs_of.items():
        for x in sl:
            if aid in summit_of:
                slug_summits[x].add(summit_of[aid])
    for x, sms in slug_summits.items():
        if len(sms) > 1:
            err(f"slug {x} shared across different summits")
    earlier = set()
    for p in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        if "heldout33" in os.path.basename(p) or os.path.basename(p) == GOLD:
            continue
        try:
            d = json.load(open(p, encoding="utf-8"))
        except Exception:  # noqa: BLE001
            continue
        for art in d.get("articles", []):
            for f in art.get("facts", []):
                sa = f.get("same_as")
                if isinstance(sa, str):
                    earlier.add(sa.split("-")[0])
    for p in sorted(seen):
        if p in earlier:
            err(f"slug prefix {p} already used in earlier gold")
    pairs = singles = 0
    pair_report = []
    for sm, aids in sorted(by_summit.items()):
        if len(aids) == 2:
            pairs += 1
            shared = slugs_of[aids[0]] & slugs_of[aids[1]]
            pair_report.append(f"  {sm[0]} {sm[1]} {sm[2]}: {len(shared)} shared: {', '.join(sorted(shared))}")
            if len(shared) < MIN_SHARED:
                err(f"summit {sm}: only {len(shared)} shared same_as slugs")
        elif len(aids) == 1:
            singles += 1
            pair_report.append(f"  {sm[0]} {sm[1]} {sm[2]}: single")
    if (len(arts), len(by_summit), pairs, singles) != (N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES):
        err(f"shape: {len(arts)} articles, {len(by_summit)} summits, {pairs} pairs, {singles} singles "
            f"(want {N_ARTICLES}, {N_SUMMITS}, {N_PAIRS}, {N_SINGLES})")

    print("Articles:")
    print("\n".join(report))
    print("Summits:")
    print("\n".join(pair_report))
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
