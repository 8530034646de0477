#!/usr/bin/env python3
"""Checker for the heldout39 gold set (written from scratch for this set).

Run from anywhere:  python3 check.py [folder]
The folder defaults to the directory of this file. Earlier gold files are
looked up two levels up (../../*_gold.json) and only their same_as slugs are
read, to make sure no slug prefix of this set was used before.
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

SET = "heldout39"
PREFIX = "h39_"
N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES = 8, 5, 3, 2
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5

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

HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess
emir sultan majesty excellency highness hon rt chief president premier minister chancellor
chairman chairperson mayor secretary senator monsieur madame madam lord lady baroness baron
gen general col colonel ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid
ayatollah ato wro woizero domnul doamna""".split())
# keys of earlier gold whose names contain an honorific-like token (kept as exceptions)
HONORIFIC_EXCEPTIONS = {"person:baron-waqa", "person:sharif-sheikh-ahmed", "person:sheikh-hasina",
                        "person:nyan-tun"}  # Burmese name, not the Malay title Tun

RE_PERSON = re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")
RE_ORG = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")
RE_COUNTRY = re.compile(r"^country:[a-z]{2}$")
RE_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

SPECIAL = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
           "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "ð": "d"}
UMLAUT_E = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
APOSTROPHES = "'’‘`´"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def fold(s, umlaut_e=False, drop_apos=True):
    if umlaut_e:
        s = "".join(UMLAUT_E.get(c, c) for c in s)
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a in APOSTROPHES:
        s = s.replace(a, "" if drop_apos else " ")
    return s.lower()


def token_variants(text):
    """All token lists of the text under the folding variants."""
    out = []
    for ue in (False, True):
        for da in (True, False):
            out.append(re.findall(r"[a-z0-9]+", fold(text, ue, da)))
    return out


def has_token_seq(text_variants, phrase):
    for ue in (False, True):
        for da in (True, False):
            ph = re.findall(r"[a-z0-9]+", fold(phrase, ue, da))
            if not ph:
                continue
            for toks in text_variants:
                n = len(ph)
                for i in range(len(toks) - n + 1):
                    if toks[i:i + n] == ph:
                        return True
    return False


def iso(s):
    if not isinstance(s, str) or not RE_DATE.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def check_keys(where, obj, keys):
    """Returns True when all keys are present (order errors are reported but not fatal)."""
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    have = list(obj.keys())
    missing = [k for k in keys if k not in obj]
    extra = [k for k in have if k not in keys]
    if missing:
        err(where, f"missing keys {missing}")
    if extra:
        err(where, f"unexpected keys {extra}")
    if not missing and not extra and have != keys:
        err(where, f"key order {have} != {keys}")
    return not missing


def quoted_spans(text, where):
    """Double-quoted spans (straight or curly), checking the quote style rules."""
    spans = []
    straight = text.count('"')
    curly = text.count("“") + text.count("”")
    style = "none"
    if straight and curly:
        err(where, "mixed quote styles (straight and curly double quotes)")
    if straight:
        style = "straight"
    elif curly:
        style = "curly"
    # apostrophes / single marks in the same style
    if style == "straight" and re.search("[‘’]", text):
        err(where, "curly apostrophe or single mark in a straight-quote article")
    if style == "curly" and "'" in text:
        err(where, "straight apostrophe in a curly-quote article")
    for ln, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(where, f"line {ln}: unbalanced straight quote marks")
        for m in re.finditer(r'"([^"]*)"', line):
            spans.append(m.group(1))
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
                    continue
                depth -= 1
                if depth == 0:
                    spans.append(line[start + 1:i])
        if depth:
            err(where, f"line {ln}: unclosed curly quote (or quote across a line break)")
    return spans, style


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    gold_path = os.path.join(folder, f"{SET}_gold.json")
    try:
        data = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:  # noqa
        print(f"cannot read {gold_path}: {e}")
        return 1
    if not isinstance(data, dict):
        print("top level is not an object")
        return 1
    check_keys("top", data, TOP_KEYS)
    if not isinstance(data.get("about"), str) or not data.get("about", "").strip():
        err("top", "empty about text")
    arts = data.get("articles") or []

    earlier_prefixes = set()
    for g in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        try:
            gd = json.load(open(g, encoding="utf-8"))
        except Exception:  # noqa
            continue
        for a in gd.get("articles", []):
            for fa in a.get("facts", []):
                s = fa.get("same_as")
                if isinstance(s, str) and s:
                    earlier_prefixes.add(s.split("-")[0])

    ids = collections.Counter(a.get("id") for a in arts if isinstance(a, dict))
    for i, n in ids.items():
        if n > 1:
            err(str(i), "duplicate id")
    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for t in sorted(txt_files - set(ids)):
        err(t, "text file without a gold entry")

    summits = collections.defaultdict(list)      # summit identity -> article ids
    summit_slugs = collections.defaultdict(set)  # identity -> slugs
    report = []
    for idx, a in enumerate(arts):
        where = a.get("id", f"article#{idx}") if isinstance(a, dict) else f"article#{idx}"
        if not check_keys(where, a, ART_KEYS):
            continue
        aid = a["id"]
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(where, f"id without prefix {PREFIX}")
        if a["split"] != SET:
            err(where, f"split {a['split']!r} != {SET}")
        if a["file"] != f"articles/{aid}.txt":
            err(where, f"file {a['file']!r} != articles/{aid}.txt")
        tpath = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(tpath):
            err(where, "text file missing")
            continue
        text = open(tpath, encoding="utf-8").read()
        variants = token_variants(text)
        if a["title"] != text.split("\n", 1)[0]:
            err(where, "title differs from the headline (first line)")
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x.strip() for x in a["authors"]):
            err(where, "authors must be a list of non-empty strings")
        pub = iso(a["published_at"])
        if not pub:
            err(where, f"published_at not ISO: {a['published_at']!r}")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(where, f"{words} words, outside {MIN_WORDS}-{MAX_WORDS}")

        # summit
        s = a["summit"]
        ident = None
        if check_keys(where + " summit", s, SUMMIT_KEYS):
            if not isinstance(s["organization"], str) or not RE_ORG.match(s["organization"]):
                err(where, f"summit organization not an org: key: {s['organization']!r}")
            sd, ed = iso(s["start_date"]), iso(s["end_date"])
            if not sd or not ed:
                err(where, "summit dates not ISO")
            else:
                if sd > ed:
                    err(where, "summit start_date after end_date")
                if pub and pub < sd:
                    err(where, "published_at before the summit start")
            for k in ("city", "country"):
                if not isinstance(s[k], str) or not s[k].strip():
                    err(where, f"empty summit {k}")
            if isinstance(s["city"], str) and s["city"].strip() and not has_token_seq(variants, s["city"]):
                err(where, f"city {s['city']!r} not found in the text")
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(where, "text_fields empty")
            else:
                if len(set(tf)) != len(tf):
                    err(where, "repeated text_field")
                if any(x not in TEXT_FIELDS for x in tf):
                    err(where, f"unknown text_field in {tf}")
                else:
                    order = [TEXT_FIELDS.index(x) for x in tf]
                    if order != sorted(order):
                        err(where, "text_fields not in canonical order")
            ident = (s["organization"], s["city"], s["start_date"])
            summits[ident].append(aid)

        # participants
        pkeys = set()
        for j, pt in enumerate(a["participants"]):
            pw = f"{where} participant#{j}"
            if not check_keys(pw, pt, PART_KEYS):
                continue
            k = pt["key"]
            if not isinstance(k, str) or not RE_PERSON.match(k):
                err(pw, f"malformed participant key {k!r}")
                continue
            if k in pkeys:
                err(pw, f"duplicate participant {k}")
            pkeys.add(k)
            toks = k.split(":", 1)[1].split("-")
            if k not in HONORIFIC_EXCEPTIONS and any(t in HONORIFICS for t in toks):
                err(pw, f"honorific or title token in key {k}")
            for fld in ("role", "affiliation"):
                if not isinstance(pt[fld], str) or not pt[fld].strip():
                    err(pw, f"empty {fld}")
            if not any(toks[-1] in v for v in variants):
                err(pw, f"last part of {k} not found as a token in the text")

        # quotes and not_quotes
        annotated = collections.Counter()
        n_direct = n_partial = 0
        for j, qt in enumerate(a["quotes"]):
            qw = f"{where} quote#{j}"
            if not check_keys(qw, qt, QUOTE_KEYS):
                continue
            t = qt["text"]
            if not isinstance(t, str) or not t or t not in text:
                err(qw, f"quote text not in article: {t!r}")
            annotated[t] += 1
            sk = qt["speaker_key"]
            if not isinstance(sk, str) or not (RE_PERSON.match(sk) or RE_ORG.match(sk) or RE_COUNTRY.match(sk)):
                err(qw, f"malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in pkeys:
                err(qw, f"person speaker {sk} is not a participant")
            if qt["kind"] not in QUOTE_KINDS:
                err(qw, f"bad quote kind {qt['kind']!r}")
            n_direct += qt["kind"] == "direct"
            n_partial += qt["kind"] == "partial"
        nq = a["not_quotes"]
        if not isinstance(nq, list):
            err(where, "not_quotes is not a list")
            nq = []
        for t in nq:
            if not isinstance(t, str) or not t or t not in text:
                err(where, f"not_quote not in article: {t!r}")
            annotated[t] += 1
        spans, style = quoted_spans(text, where)
        found = collections.Counter(spans)
        for t in sorted(set(found) | set(annotated)):
            if found[t] != annotated[t]:
                err(where, f"quoted span {t!r}: {found[t]} in text, {annotated[t]} annotated")

        # facts
        slugs = set()
        for j, fa in enumerate(a["facts"]):
            fw = f"{where} fact#{j}"
            if not check_keys(fw, fa, FACT_KEYS):
                continue
            if not isinstance(fa["statement"], str) or not fa["statement"].strip():
                err(fw, "empty statement")
            kinds = fa["kind"]
            if not isinstance(kinds, list) or not kinds:
                err(fw, "empty fact kind list")
            else:
                if len(set(kinds)) != len(kinds):
                    err(fw, "repeated fact kind")
                for kd in kinds:
                    if kd not in FACT_KINDS:
                        err(fw, f"unknown fact kind {kd!r}")
            ev = fa["evidence"]
            if not isinstance(ev, list) or not ev:
                err(fw, "empty evidence")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(fw, f"evidence not in article: {e!r}")
            sl = fa["same_as"]
            if not isinstance(sl, str) or not RE_SLUG.match(sl):
                err(fw, f"malformed same_as {sl!r}")
                continue
            if sl in slugs:
                err(fw, f"duplicate same_as {sl} in one article")
            slugs.add(sl)
            if sl.split("-")[0] in earlier_prefixes:
                err(fw, f"same_as prefix {sl.split('-')[0]!r} already used in earlier gold")
        if ident is not None:
            summit_slugs[ident] |= slugs
        prefixes = {x.split("-")[0] for x in slugs}
        if len(prefixes) > 1:
            err(where, f"several same_as prefixes in one article: {sorted(prefixes)}")
        a["_slugs"], a["_prefixes"] = slugs, prefixes
        report.append((aid, pub.strftime("%A") if pub else "?", a["published_at"], words, style,
                       len(a["quotes"]), n_direct, n_partial, len(nq), len(a["participants"]), len(a["facts"])))

    # summit-level checks
    by_id = {a["id"]: a for a in arts if isinstance(a, dict) and "_slugs" in a}
    prefix_owner = {}
    for ident, aids in summits.items():
        pre = set()
        for x in aids:
            if x in by_id:
                pre |= by_id[x]["_prefixes"]
        if len(pre) > 1:
            err(str(ident), f"summit uses several slug prefixes {sorted(pre)}")
        for pf in pre:
            if pf in prefix_owner and prefix_owner[pf] != ident:
                err(str(ident), f"slug prefix {pf!r} shared with summit {prefix_owner[pf]}")
            prefix_owner[pf] = ident
        if len(aids) > 2:
            err(str(ident), f"{len(aids)} articles for one summit (max 2)")
    idents = list(summit_slugs)
    for i in range(len(idents)):
        for j in range(i + 1, len(idents)):
            shared = summit_slugs[idents[i]] & summit_slugs[idents[j]]
            if shared:
                err("slugs", f"shared across summits {idents[i]} / {idents[j]}: {sorted(shared)}")

    print(f"{'id':40} {'weekday':9} {'published':10} {'words':>5} {'style':8} {'q':>3} {'dir':>3} {'par':>3} {'nq':>2} {'par':>3} {'fct':>3}")
    for r in report:
        print(f"{r[0]:40} {r[1]:9} {r[2]:10} {r[3]:5} {r[4]:8} {r[5]:3} {r[6]:3} {r[7]:3} {r[8]:2} {r[9]:3} {r[10]:3}")
    pairs = singles = 0
    print("same_as pairing:")
    for ident, aids in summits.items():
        if len(aids) == 2 and all(x in by_id for x in aids):
            sh = by_id[aids[0]]["_slugs"] & by_id[aids[1]]["_slugs"]
            print(f"  {ident}: {aids[0]} + {aids[1]} share {len(sh)}: {', '.join(sorted(sh))}")
            if len(sh) < MIN_SHARED:
                err(str(ident), f"pair shares only {len(sh)} same_as slugs (min {MIN_SHARED})")
            pairs += 1
        elif len(aids) == 1:
            print(f"  {ident}: single {aids[0]}")
            singles += 1
    if (len(arts), len(summits), pairs, singles) != (N_ARTICLES, N_SUMMITS, N_PAIRS, N_SINGLES):
        err("shape", f"{len(arts)} articles, {len(summits)} summits, {pairs} pairs, {singles} singles; "
                     f"expected {N_ARTICLES}, {N_SUMMITS}, {N_PAIRS}, {N_SINGLES}")

    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
