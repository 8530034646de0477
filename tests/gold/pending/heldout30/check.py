#!/usr/bin/env python3
"""Self-contained checker for the heldout30 gold set.

Usage: python3 check.py [folder]   (default: the folder this file lives in)

Reads only heldout30_gold.json and the h30_*.txt articles in the folder, plus the
same_as slugs of the earlier gold files two levels up (../../*_gold.json), used only
to make sure no slug prefix of this set was already used. Exits 1 on any error.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

SET = "heldout30"
PREFIX = "h30_"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = set("""mr mrs ms miss m mme mlle dr prof sir dame sheikh sheikha king queen prince
princess emir amir sultan his her majesty excellency highness hon rep capt chief president
premier minister chancellor chairman chairwoman mayor secretary sec sen senator doctor pak bapak
ibu monsieur madame mheshimiwa rais mzee lord lady baroness baron gen general col colonel he hh
rev reverend father""".split())
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PERSON_RE = re.compile(r"^person:" + SLUG + r"$")
ORG_RE = re.compile(r"^org:" + SLUG + r"$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
SAME_AS_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
WORDS_MIN, WORDS_MAX = 420, 600

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


SPECIAL = {"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
           "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "ð": "d"}
UMLAUT_E = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
APOS = "'’‘`´ʼ"


def fold(s, umlaut_e=False, apos_drop=True):
    if umlaut_e:
        s = "".join(UMLAUT_E.get(c, c) for c in s)
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a in APOS:
        s = s.replace(a, "" if apos_drop else " ")
    return s.lower()


def token_variants(text):
    """All token lists of a text under the folding variants."""
    out = []
    for ue in (False, True):
        for drop in (True, False):
            out.append(re.findall(r"[a-z0-9]+", fold(text, ue, drop)))
    return out


def contains_tokens(text_variants, phrase):
    for ue in (False, True):
        for drop in (True, False):
            ph = re.findall(r"[a-z0-9]+", fold(phrase, ue, drop))
            if not ph:
                continue
            for toks in text_variants:
                n = len(ph)
                for i in range(len(toks) - n + 1):
                    if toks[i:i + n] == ph:
                        return True
    return False


def iso(d):
    try:
        return datetime.date.fromisoformat(d) if isinstance(d, str) and len(d) == 10 else None
    except ValueError:
        return None


def quoted_spans(text, where):
    """Return (style, spans). Style is 'straight', 'curly', 'none' or 'mixed'."""
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    style = "mixed" if has_straight and has_curly else (
        "straight" if has_straight else ("curly" if has_curly else "none"))
    spans = []
    if style == "mixed":
        err(where, "both straight and curly double quotes in one article")
    for ln, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(where, f"line {ln}: unbalanced straight quote marks")
        spans += re.findall(r'"([^"\n]*)"', line)
        depth, start = 0, None
        for i, c in enumerate(line):
            if c == "“":
                if depth:
                    err(where, f"line {ln}: nested curly quote")
                depth += 1
                start = i
            elif c == "”":
                if not depth:
                    err(where, f"line {ln}: closing curly quote without opening")
                else:
                    depth -= 1
                    if depth == 0:
                        spans.append(line[start + 1:i])
        if depth:
            err(where, f"line {ln}: unclosed curly quote (or quote across a line break)")
    if style == "straight" and ("’" in text or "‘" in text):
        err(where, "curly apostrophe or single mark in a straight-quote article")
    if style == "curly" and "'" in text:
        err(where, "straight apostrophe in a curly-quote article")
    return style, spans


def earlier_prefixes(folder):
    pre = set()
    for f in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception:
            continue
        for a in d.get("articles", []):
            for ft in a.get("facts", []):
                s = ft.get("same_as")
                if isinstance(s, str) and s:
                    pre.add(s.split("-")[0])
    return pre


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
    path = os.path.join(folder, f"{SET}_gold.json")
    data = json.load(open(path, encoding="utf-8"))
    if list(data.keys()) != TOP_KEYS:
        err("top", f"top-level keys {list(data.keys())} != {TOP_KEYS}")
    if not isinstance(data.get("about"), str) or not data.get("about", "").strip():
        err("top", "empty about text")
    arts = data.get("articles", [])
    ids = [a.get("id") for a in arts]
    if len(ids) != len(set(ids)):
        err("top", "duplicate article ids")
    txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for t in sorted(txts - set(ids)):
        err("top", f"{t}.txt has no gold entry")

    summits = collections.defaultdict(list)   # summit identity -> article ids
    slugs_by_summit = collections.defaultdict(lambda: collections.defaultdict(set))
    report = []
    for a in arts:
        aid = a.get("id", "?")
        w = aid
        if set(a.keys()) != set(ARTICLE_KEYS):
            err(w, f"article keys {sorted(a.keys())} != {sorted(ARTICLE_KEYS)}")
            continue
        if list(a.keys()) != ARTICLE_KEYS:
            err(w, "article keys out of order")
        if not (isinstance(aid, str) and aid.startswith(PREFIX)):
            err(w, f"id without prefix {PREFIX}")
        if a["split"] != SET:
            err(w, f"split {a['split']!r} != {SET!r}")
        if a["file"] != f"articles/{aid}.txt":
            err(w, f"file {a['file']!r} != articles/{aid}.txt")
        tp = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(tp):
            err(w, "article text file missing")
            continue
        text = open(tp, encoding="utf-8").read()
        if a["title"] != text.split("\n", 1)[0]:
            err(w, "title differs from the headline (first line)")
        if not isinstance(a["authors"], list) or any(not isinstance(x, str) or not x.strip() for x in a["authors"]):
            err(w, "authors must be a list of non-empty strings")
        pub = iso(a["published_at"])
        if not pub:
            err(w, "published_at not an ISO date")
        # summit
        s = a["summit"]
        if not isinstance(s, dict) or set(s.keys()) != set(SUMMIT_KEYS):
            err(w, f"summit keys {sorted(s.keys()) if isinstance(s, dict) else s} != {sorted(SUMMIT_KEYS)}")
            continue
        if list(s.keys()) != SUMMIT_KEYS:
            err(w, "summit keys out of order")
        if not ORG_RE.match(str(s["organization"])):
            err(w, f"organization {s['organization']!r} is not an org: key")
        sd, ed = iso(s["start_date"]), iso(s["end_date"])
        if not sd or not ed:
            err(w, "summit dates not ISO")
        elif sd > ed:
            err(w, "start_date after end_date")
        if sd and pub and pub < sd:
            err(w, "published before the summit started")
        tf = s["text_fields"]
        if not isinstance(tf, list) or not tf:
            err(w, "text_fields empty")
        else:
            if len(tf) != len(set(tf)):
                err(w, "repeated text_field")
            if any(x not in TEXT_FIELDS for x in tf):
                err(w, f"unknown text_field in {tf}")
            elif [x for x in TEXT_FIELDS if x in tf] != tf:
                err(w, "text_fields not in canonical order")
        if not str(s["city"]).strip() or not str(s["country"]).strip():
            err(w, "empty city or country")
        tv = token_variants(text)
        if str(s["city"]).strip() and not contains_tokens(tv, s["city"]):
            err(w, f"city {s['city']!r} not found in text")
        summits[(s["organization"], s["city"], s["start_date"])].append(aid)
        # quotes
        style, spans = quoted_spans(text, w)
        parts = a["participants"]
        pkeys = [p.get("key") for p in parts]
        annotated = []
        for i, q in enumerate(a["quotes"]):
            qw = f"{w} quote {i}"
            if list(q.keys()) != QUOTE_KEYS:
                err(qw, f"quote keys {list(q.keys())} != {QUOTE_KEYS}")
                continue
            if not q["text"] or q["text"] not in text:
                err(qw, f"quote text not in article: {q['text'][:60]!r}")
            sk = q["speaker_key"]
            if not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(qw, f"malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in pkeys:
                err(qw, f"person speaker {sk} is not a participant")
            if q["kind"] not in QUOTE_KINDS:
                err(qw, f"bad quote kind {q['kind']!r}")
            annotated.append(q["text"])
        nq = a["not_quotes"]
        if not isinstance(nq, list):
            err(w, "not_quotes must be a list")
            nq = []
        for t in nq:
            if not t or t not in text:
                err(w, f"not_quote not in article: {t!r}")
        want = collections.Counter(annotated) + collections.Counter(nq)
        got = collections.Counter(spans)
        for t in sorted((got - want).elements()):
            err(w, f"quoted span not annotated: {t[:70]!r}")
        for t in sorted((want - got).elements()):
            err(w, f"annotated quote/not_quote without quote marks in text: {t[:70]!r}")
        # participants
        if len(pkeys) != len(set(pkeys)):
            err(w, "duplicated participant key")
        for p in parts:
            pw = f"{w} participant {p.get('key')}"
            if list(p.keys()) != PART_KEYS:
                err(pw, f"participant keys {list(p.keys())} != {PART_KEYS}")
                continue
            k = p["key"]
            if not PERSON_RE.match(str(k)):
                err(pw, "malformed participant key")
                continue
            toks = k[len("person:"):].split("-")
            bad = [t for t in toks if t in HONORIFICS]
            if bad:
                err(pw, f"honorific/title token(s) {bad} in key")
            if not str(p["role"]).strip() or not str(p["affiliation"]).strip():
                err(pw, "empty role or affiliation")
            if not any(toks[-1] in v for v in tv):
                err(pw, f"last key part {toks[-1]!r} not found in text")
        # facts
        seen = set()
        for i, f in enumerate(a["facts"]):
            fw = f"{w} fact {i}"
            if list(f.keys()) != FACT_KEYS:
                err(fw, f"fact keys {list(f.keys())} != {FACT_KEYS}")
                continue
            if not str(f["statement"]).strip():
                err(fw, "empty statement")
            k = f["kind"]
            if not isinstance(k, list) or not k:
                err(fw, "empty fact kind list")
            else:
                if len(k) != len(set(k)):
                    err(fw, "repeated fact kind")
                for x in k:
                    if x not in FACT_KINDS:
                        err(fw, f"unknown fact kind {x!r}")
            sa = f["same_as"]
            if not isinstance(sa, str) or not SAME_AS_RE.match(sa):
                err(fw, f"malformed same_as {sa!r}")
            else:
                if sa in seen:
                    err(fw, f"duplicate same_as {sa} in article")
                seen.add(sa)
                slugs_by_summit[(s["organization"], s["city"], s["start_date"])][sa].add(aid)
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(fw, "empty evidence list")
            else:
                for e in ev:
                    if not e or e not in text:
                        err(fw, f"evidence not in article: {str(e)[:70]!r}")
        n = len(text.split())
        if not WORDS_MIN <= n <= WORDS_MAX:
            err(w, f"{n} words, outside {WORDS_MIN}-{WORDS_MAX}")
        nd = sum(q.get("kind") == "direct" for q in a["quotes"])
        report.append(f"{aid}: {n} words, published {a['published_at']} "
                      f"({pub.strftime('%A') if pub else '?'}), {style} quotes, "
                      f"{len(a['quotes'])} quotes ({nd} direct), {len(nq)} not_quotes, "
                      f"{len(parts)} participants, {len(a['facts'])} facts")

    # same_as prefixes and pairing
    prefix_of = {}
    for sm, slugs in slugs_by_summit.items():
        pres = {x.split("-")[0] for x in slugs}
        if len(pres) != 1:
            err(f"summit {sm}", f"several slug prefixes {sorted(pres)}")
        for p in pres:
            if p in prefix_of and prefix_of[p] != sm:
                err(f"summit {sm}", f"prefix {p!r} shared with summit {prefix_of[p]}")
            prefix_of[p] = sm
    all_slugs = collections.defaultdict(set)
    for sm, slugs in slugs_by_summit.items():
        for x in slugs:
            all_slugs[x].add(sm)
    for x, sms in all_slugs.items():
        if len(sms) > 1:
            err("same_as", f"slug {x} shared across summits")
    old = earlier_prefixes(folder)
    for p in sorted(prefix_of):
        if p in old:
            err("same_as", f"prefix {p!r} already used in an earlier gold file")
    pairs = singles = 0
    for sm, aids in summits.items():
        if len(aids) > 2:
            err(f"summit {sm}", f"{len(aids)} articles (max 2)")
        if len(aids) == 2:
            pairs += 1
            shared = [x for x, who in slugs_by_summit[sm].items() if set(aids) <= who]
            report.append(f"pair {aids[0]} + {aids[1]}: {len(shared)} shared slugs")
            if len(shared) < 5:
                err(f"summit {sm}", f"pair shares only {len(shared)} same_as slugs (< 5)")
        elif len(aids) == 1:
            singles += 1
    if (len(arts), len(summits), pairs, singles) != (8, 5, 3, 2):
        err("shape", f"{len(arts)} articles, {len(summits)} summits, {pairs} pairs, {singles} singles "
                     "(want 8, 5, 3, 2)")
    for r in report:
        print(r)
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
