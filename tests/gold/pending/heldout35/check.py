#!/usr/bin/env python3
"""Checker for the heldout35 gold set (written from scratch for this set).

Usage: python3 check.py [folder]   (default: the folder holding this file)
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

SET = "heldout35"
PREFIX = "h35_"
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
MIN_WORDS, MAX_WORDS = 420, 600
HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir
sultan majesty excellency highness hon rt chief president premier minister chancellor chairman
chairperson mayor secretary senator monsieur madame lord lady baroness baron gen general col
colonel ratu his her hm hrh datuk dato tun tunku pak shri smt sayyid ayatollah
amir hh he mheshimiwa mzee bi bw dkt mama ndugu waziri rais mwenyekiti don dona""".split())
HONORIFIC_EXCEPTIONS = {"person:baron-waqa", "person:sharif-sheikh-ahmed"}
KEY_RE = re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")
ORG_RE = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
SPECIAL = {"ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
           "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "þ": "th", "ð": "d"}
APOSTROPHES = "'’‘`ʼ"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def fold_variants(text):
    """Accent-folded, lower-case variants of text (umlauts to vowel and to vowel+e;
    apostrophes dropped and as separators)."""
    out = []
    for uml in ("plain", "e"):
        s = text
        if uml == "e":
            for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
                s = s.replace(a, b)
        s = "".join(SPECIAL.get(ch, ch) for ch in s)
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
        for apo in ("drop", "sep"):
            t = s
            for ch in APOSTROPHES:
                t = t.replace(ch, "" if apo == "drop" else " ")
            out.append(t)
    return out


def tokens(s):
    return re.findall(r"[a-z0-9]+", s)


def token_seq_in(needle, hay):
    """needle tokens appear as a contiguous whole-token sequence in some variant of hay."""
    for nv in fold_variants(needle):
        nt = tokens(nv)
        if not nt:
            continue
        for hv in fold_variants(hay):
            ht = tokens(hv)
            for i in range(len(ht) - len(nt) + 1):
                if ht[i:i + len(nt)] == nt:
                    return True
    return False


def iso(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None


def keys_ok(where, obj, expected):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    ks = list(obj.keys())
    if set(ks) != set(expected):
        err(where, f"keys {ks} != {expected}")
        return False
    if ks != expected:
        err(where, f"keys out of order: {ks}")
    return True


def quoted_spans(text, style):
    """Return (spans, problems) for one article text in its quote style."""
    spans, problems = [], []
    for n, line in enumerate(text.split("\n"), 1):
        if style == "straight":
            if line.count('"') % 2:
                problems.append(f"line {n}: unbalanced straight quote marks")
            spans += re.findall(r'"([^"]*)"', line)
        else:
            depth, start = 0, None
            for i, ch in enumerate(line):
                if ch == "“":
                    if depth:
                        problems.append(f"line {n}: nested curly quote")
                    depth += 1
                    start = i + 1
                elif ch == "”":
                    if not depth:
                        problems.append(f"line {n}: closing curly mark without opening")
                        continue
                    depth -= 1
                    spans.append(line[start:i])
            if depth:
                problems.append(f"line {n}: unclosed curly quote (or span across a line break)")
    return spans, problems


def main(folder):
    gold_path = os.path.join(folder, f"{SET}_gold.json")
    try:
        gold = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:
        print(f"cannot read {gold_path}: {e}")
        return 1
    keys_ok("top level", gold, TOP_KEYS)
    if not isinstance(gold.get("about"), str) or not gold.get("about", "").strip():
        err("about", "empty about text")
    arts = gold.get("articles") or []
    ids = [a.get("id") for a in arts if isinstance(a, dict)]
    for d in {i for i in ids if ids.count(i) > 1}:
        err(d, "duplicate id")
    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for t in sorted(txt_files - set(ids)):
        err(t, "text file without a gold entry")

    summit_of = {}          # article id -> summit identity
    slugs_of = {}           # article id -> set of same_as
    report = []
    for a in arts:
        aid = a.get("id", "?") if isinstance(a, dict) else "?"
        if not keys_ok(aid, a, ARTICLE_KEYS):
            continue
        if not str(aid).startswith(PREFIX):
            err(aid, f"id without prefix {PREFIX}")
        if a["split"] != SET:
            err(aid, f"split {a['split']!r} != {SET}")
        if a["file"] != f"articles/{aid}.txt":
            err(aid, f"file {a['file']!r} != articles/{aid}.txt")
        tpath = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(tpath):
            err(aid, "entry without its text file")
            continue
        text = open(tpath, encoding="utf-8").read()
        headline = text.split("\n", 1)[0]
        if a["title"] != headline:
            err(aid, "title differs from the headline (first line)")
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x.strip() for x in a["authors"]):
            err(aid, "authors must be a list of non-empty strings")
        pub = iso(a["published_at"])
        if not pub:
            err(aid, f"published_at not ISO: {a['published_at']!r}")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(aid, f"{words} words, outside {MIN_WORDS}-{MAX_WORDS}")

        # summit
        s = a["summit"]
        if keys_ok(f"{aid} summit", s, SUMMIT_KEYS):
            if not ORG_RE.match(str(s["organization"])):
                err(aid, f"organization not an org: key: {s['organization']!r}")
            sd, ed = iso(s["start_date"]), iso(s["end_date"])
            if not sd or not ed:
                err(aid, "summit dates not ISO")
            elif sd > ed:
                err(aid, "start_date after end_date")
            if sd and pub and pub < sd:
                err(aid, "published before the summit started")
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(aid, "text_fields empty")
            else:
                if len(set(tf)) != len(tf):
                    err(aid, "text_fields repeated")
                if any(f not in TEXT_FIELDS for f in tf):
                    err(aid, f"unknown text_field in {tf}")
                elif tf != [f for f in TEXT_FIELDS if f in tf]:
                    err(aid, f"text_fields out of canonical order: {tf}")
            if not str(s["city"]).strip() or not str(s["country"]).strip():
                err(aid, "empty city or country")
            elif not token_seq_in(s["city"], text):
                err(aid, f"city {s['city']!r} not in text")
            summit_of[aid] = (s["organization"], s["city"], s["start_date"])

        # quote style
        straight, curly = text.count('"'), text.count("“") + text.count("”")
        style = "straight" if straight >= curly else "curly"
        if straight and curly:
            err(aid, "mixed straight and curly double quotes")
        if style == "straight" and any(c in text for c in "’‘"):
            err(aid, "curly apostrophe or single mark in a straight-quote article")
        if style == "curly" and "'" in text:
            err(aid, "straight apostrophe in a curly-quote article")
        spans, problems = quoted_spans(text, style)
        for p in problems:
            err(aid, p)

        # quotes / not_quotes
        parts = a["participants"]
        pkeys = []
        for i, p in enumerate(parts):
            if keys_ok(f"{aid} participant {i}", p, PART_KEYS):
                pkeys.append(p["key"])
        annotated = []
        for i, q in enumerate(a["quotes"]):
            if not keys_ok(f"{aid} quote {i}", q, QUOTE_KEYS):
                continue
            annotated.append(q["text"])
            if not q["text"] or q["text"] not in text:
                err(aid, f"quote not in text: {q['text']!r}")
            sk = str(q["speaker_key"])
            if not (KEY_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(aid, f"malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in pkeys:
                err(aid, f"speaker {sk} is not a participant")
            if q["kind"] not in QUOTE_KINDS:
                err(aid, f"bad quote kind {q['kind']!r}")
        if not isinstance(a["not_quotes"], list):
            err(aid, "not_quotes not a list")
        else:
            for nq in a["not_quotes"]:
                annotated.append(nq)
                if not nq or nq not in text:
                    err(aid, f"not_quote not in text: {nq!r}")
        have, want = collections.Counter(annotated), collections.Counter(spans)
        for sp in want - have:
            err(aid, f"quoted span not annotated: {sp!r}")
        for sp in have - want:
            err(aid, f"annotated quote is not a quoted span: {sp!r}")

        # participants
        if len(set(pkeys)) != len(pkeys):
            err(aid, "duplicate participant key")
        for p in parts:
            if not isinstance(p, dict) or "key" not in p:
                continue
            k = str(p["key"])
            if not KEY_RE.match(k):
                err(aid, f"malformed participant key {k!r}")
                continue
            if k not in HONORIFIC_EXCEPTIONS:
                bad = [t for t in k[7:].split("-") if t in HONORIFICS]
                if bad:
                    err(aid, f"honorific/title token {bad} in key {k}")
            if not str(p.get("role", "")).strip() or not str(p.get("affiliation", "")).strip():
                err(aid, f"empty role or affiliation for {k}")
            last = k.split("-")[-1].split(":")[-1]
            if not any(last in tokens(v) for v in fold_variants(text)):
                err(aid, f"last part {last!r} of {k} not in text")

        # facts
        seen = set()
        slugs_of[aid] = set()
        kinds_count = collections.Counter()
        for i, f in enumerate(a["facts"]):
            if not keys_ok(f"{aid} fact {i}", f, FACT_KEYS):
                continue
            if not str(f["statement"]).strip():
                err(aid, f"fact {i}: empty statement")
            kinds = f["kind"]
            if not isinstance(kinds, list) or not kinds:
                err(aid, f"fact {i}: empty kind list")
            else:
                if len(set(kinds)) != len(kinds):
                    err(aid, f"fact {i}: repeated kind")
                for k in kinds:
                    if k not in FACT_KINDS:
                        err(aid, f"fact {i}: unknown kind {k!r}")
                    kinds_count[k] += 1
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(aid, f"fact {i}: empty evidence")
            else:
                for e in ev:
                    if not e or e not in text:
                        err(aid, f"fact {i}: evidence not in text: {e!r}")
            sa = f["same_as"]
            if not isinstance(sa, str) or not SLUG_RE.match(sa):
                err(aid, f"fact {i}: malformed same_as {sa!r}")
                continue
            if sa in seen:
                err(aid, f"duplicate same_as {sa}")
            seen.add(sa)
            slugs_of[aid].add(sa)
        nd = sum(1 for q in a["quotes"] if isinstance(q, dict) and q.get("kind") == "direct")
        wd = pub.strftime("%A") if pub else "?"
        report.append(f"  {aid}: {words} words, {style}, published {a['published_at']} ({wd}); "
                      f"quotes {len(a['quotes'])} ({nd} direct), not_quotes {len(a['not_quotes'])}, "
                      f"participants {len(parts)}, facts {len(a['facts'])} {dict(kinds_count)}")

    # same_as across the set
    by_summit = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        by_summit[sm].append(aid)
    prefix_of_summit = {}
    for sm, aids in by_summit.items():
        prefixes = {sl.split("-")[0] for aid in aids for sl in slugs_of.get(aid, ())}
        if len(prefixes) > 1:
            err(str(sm), f"more than one slug prefix: {sorted(prefixes)}")
        prefix_of_summit[sm] = prefixes
        if len(aids) > 2:
            err(str(sm), f"{len(aids)} articles for one summit")
    owners = collections.defaultdict(set)
    for sm, ps in prefix_of_summit.items():
        for p in ps:
            owners[p].add(sm)
    for p, sms in owners.items():
        if len(sms) > 1:
            err("same_as", f"prefix {p!r} shared by {len(sms)} summits")
    slug_summits = collections.defaultdict(set)
    for aid, sl in slugs_of.items():
        for x in sl:
            slug_summits[x].add(summit_of.get(aid))
    for x, sms in slug_summits.items():
        if len(sms) > 1:
            err("same_as", f"slug {x} shared across different summits")

    # earlier gold prefixes (same_as slugs only; the unreleased heldout34 file is skipped by name)
    earlier = set()
    for path in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        name = os.path.basename(path)
        if name.startswith("heldout34") or name.startswith(SET):
            continue
        try:
            for ea in json.load(open(path, encoding="utf-8")).get("articles", []):
                for ef in ea.get("facts", []):
                    if ef.get("same_as"):
                        earlier.add(str(ef["same_as"]).split("-")[0])
        except Exception as e:
            err(name, f"unreadable earlier gold file: {e}")
    for p in owners:
        if p in earlier:
            err("same_as", f"prefix {p!r} already used in earlier gold")

    pairs = [sm for sm, aids in by_summit.items() if len(aids) == 2]
    singles = [sm for sm, aids in by_summit.items() if len(aids) == 1]
    print("pairing report:")
    for sm in pairs:
        a1, a2 = by_summit[sm]
        shared = slugs_of[a1] & slugs_of[a2]
        print(f"  {sm[0]} {sm[1]} {sm[2]}: {a1} + {a2} share {len(shared)}")
        if len(shared) < 5:
            err(str(sm), f"pair shares only {len(shared)} same_as slugs (< 5)")
    for sm in singles:
        print(f"  {sm[0]} {sm[1]} {sm[2]}: single {by_summit[sm][0]}")
    if (len(arts), len(by_summit), len(pairs), len(singles)) != (8, 5, 3, 2):
        err("shape", f"{len(arts)} articles, {len(by_summit)} summits, {len(pairs)} pairs, "
                     f"{len(singles)} singles (want 8, 5, 3, 2)")
    print("articles:")
    print("\n".join(report))
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
