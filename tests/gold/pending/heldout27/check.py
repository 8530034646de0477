#!/usr/bin/env python3
"""Consistency checker for the heldout27 gold set.

Run from anywhere: python3 check.py [folder]. The folder defaults to the one
holding this script; it must contain heldout27_gold.json and the article .txt
files. Earlier gold files are looked up two levels up (../../*_gold.json) and
only their same_as slugs are read (to refuse slug prefixes already in use).
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

SET = "heldout27"
PREFIX = "h27_"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5
SHAPE = {"articles": 8, "summits": 5, "pairs": 3, "singles": 2}
TITLE_TOKENS = set("""mr mrs ms miss mme mlle m dr prof professor sir lord lady dame sheikh sheikha
king queen prince princess emir amir sultan sayyid general gen lt colonel col commodore admiral
captain excellency highness majesty brother doctor senor senora don dona monsieur madame herr frau
ambassador hajj comrade cde muhtaram honourable honorable hon rt his her president chancellor
minister premier mayor chief retd assoc rep""".split())

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PERSON_RE = re.compile(r"^person:" + SLUG + r"$")
ORG_RE = re.compile(r"^org:" + SLUG + r"$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

SPECIAL = {"ı": "i", "İ": "I", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
           "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ð": "d", "þ": "th"}
UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
APOS = "'’‘ʼ`"

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def fold(text, umlaut_e=False, apos_sep=False):
    out = []
    for ch in text:
        if umlaut_e and ch in UMLAUT:
            out.append(UMLAUT[ch])
            continue
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
            continue
        if ch in APOS:
            out.append(" " if apos_sep else "")
            continue
        out.append(ch)
    text = unicodedata.normalize("NFKD", "".join(out))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def token_variants(text):
    """Token lists of the text under each folding variant."""
    res = []
    for u in (False, True):
        for a in (False, True):
            res.append(re.findall(r"[a-z0-9]+", fold(text, u, a)))
    return res


def contains_seq(tokens, seq):
    n = len(seq)
    if n == 0:
        return False
    for i in range(len(tokens) - n + 1):
        if tokens[i:i + n] == seq:
            return True
    return False


def in_text(phrase, variants):
    for u in (False, True):
        for a in (False, True):
            seq = re.findall(r"[a-z0-9]+", fold(phrase, u, a))
            for toks in variants:
                if contains_seq(toks, seq):
                    return True
    return False


def quoted_spans(text, where):
    """Return (style, spans). style is 'straight', 'curly', 'none' or 'mixed'."""
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    style = "mixed" if has_straight and has_curly else "straight" if has_straight else "curly" if has_curly else "none"
    spans = []
    for n, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(where, "line %d: unbalanced straight quotes" % n)
        for m in re.finditer(r'"([^"]*)"', line):
            spans.append(m.group(1))
        depth = 0
        start = None
        for i, ch in enumerate(line):
            if ch == "“":
                if depth:
                    err(where, "line %d: nested curly quote" % n)
                depth += 1
                start = i + 1
            elif ch == "”":
                if not depth:
                    err(where, "line %d: closing curly quote without opening" % n)
                    continue
                depth -= 1
                if depth == 0:
                    spans.append(line[start:i])
        if depth:
            err(where, "line %d: unclosed curly quote (quoted span across a line break?)" % n)
    return style, spans


def iso(value, where, what):
    if not isinstance(value, str) or not ISO_RE.match(value):
        err(where, "%s not an ISO date: %r" % (what, value))
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        err(where, "%s not a valid date: %r" % (what, value))
        return None


def check_keys(obj, keys, where, what):
    if not isinstance(obj, dict):
        err(where, "%s is not an object" % what)
        return False
    if list(obj.keys()) != keys:
        err(where, "%s keys %s, expected %s" % (what, list(obj.keys()), keys))
        return False
    return True


def earlier_prefixes(folder):
    prefixes = set()
    for path in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        try:
            data = json.load(open(path, encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            err(path, "cannot read earlier gold: %s" % exc)
            continue
        for art in data.get("articles", []):
            for fact in art.get("facts", []):
                slug = fact.get("same_as") or ""
                prefixes.add(slug.split("-")[0])
    return prefixes


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    gold_path = os.path.join(folder, SET + "_gold.json")
    data = json.load(open(gold_path, encoding="utf-8"))
    check_keys(data, TOP_KEYS, "gold", "top level")
    if not isinstance(data.get("about"), str) or not data.get("about", "").strip():
        err("gold", "empty about text")
    arts = data.get("articles", [])
    ids = [a.get("id") for a in arts]
    for i in ids:
        if ids.count(i) > 1:
            err("gold", "duplicate id %s" % i)
    txt_files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, "*.txt")))
    for name in txt_files:
        if name[:-4] not in ids:
            err(name, "text file without a gold entry")
    old_prefixes = earlier_prefixes(folder)
    summit_of = {}
    slug_sets = {}
    prefix_of_summit = collections.defaultdict(set)
    total = collections.Counter()
    for art in arts:
        aid = art.get("id", "?")
        where = aid
        check_keys(art, ARTICLE_KEYS, where, "article")
        if not str(aid).startswith(PREFIX):
            err(where, "id without prefix %s" % PREFIX)
        if art.get("split") != SET:
            err(where, "split %r, expected %s" % (art.get("split"), SET))
        if art.get("file") != "articles/%s.txt" % aid:
            err(where, "file %r, expected articles/%s.txt" % (art.get("file"), aid))
        path = os.path.join(folder, "%s.txt" % aid)
        if not os.path.exists(path):
            err(where, "missing text file %s" % path)
            continue
        text = open(path, encoding="utf-8").read()
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(where, "%d words, outside %d-%d" % (words, MIN_WORDS, MAX_WORDS))
        headline = text.split("\n", 1)[0].strip()
        if art.get("title") != headline:
            err(where, "title differs from headline %r" % headline)
        authors = art.get("authors")
        if not isinstance(authors, list) or any(not isinstance(x, str) or not x.strip() for x in authors):
            err(where, "authors must be a list of non-empty strings")
        pub = iso(art.get("published_at"), where, "published_at")
        variants = token_variants(text)
        # summit
        s = art.get("summit", {})
        check_keys(s, SUMMIT_KEYS, where, "summit")
        if not ORG_RE.match(str(s.get("organization", ""))):
            err(where, "organization not an org: key: %r" % s.get("organization"))
        for k in ("city", "country"):
            if not isinstance(s.get(k), str) or not s.get(k, "").strip():
                err(where, "empty %s" % k)
        start = iso(s.get("start_date"), where, "start_date")
        end = iso(s.get("end_date"), where, "end_date")
        if start and end and start > end:
            err(where, "start_date after end_date")
        if pub and start and pub < start:
            err(where, "published before the summit started")
        tf = s.get("text_fields")
        if not isinstance(tf, list) or not tf:
            err(where, "text_fields empty")
        else:
            if len(set(tf)) != len(tf):
                err(where, "text_fields repeated")
            if any(f not in FIELDS for f in tf):
                err(where, "unknown text_field in %s" % tf)
            elif tf != [f for f in FIELDS if f in tf]:
                err(where, "text_fields out of canonical order: %s" % tf)
        if isinstance(s.get("city"), str) and s.get("city") and not in_text(s["city"], variants):
            err(where, "city %r not found in the text" % s["city"])
        summit_key = (s.get("organization"), s.get("city"), s.get("start_date"), s.get("end_date"))
        summit_of[aid] = summit_key
        # quotes
        style, spans = quoted_spans(text, where)
        if style == "mixed":
            err(where, "both straight and curly double quotes")
        if style == "straight" and any(c in text for c in "’‘"):
            err(where, "curly apostrophe in a straight-quote article")
        if style == "curly" and "'" in text:
            err(where, "straight apostrophe in a curly-quote article")
        participants = art.get("participants", [])
        pkeys = [p.get("key") for p in participants if isinstance(p, dict)]
        annotated = []
        for q in art.get("quotes", []):
            if not check_keys(q, QUOTE_KEYS, where, "quote"):
                continue
            t = q["text"]
            annotated.append(t)
            if not t or t not in text:
                err(where, "quote text not in article: %r" % t)
            sk = q["speaker_key"]
            if not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(where, "malformed speaker key %r" % sk)
            if sk.startswith("person:") and sk not in pkeys:
                err(where, "speaker %s is not a participant" % sk)
            if q["kind"] not in QUOTE_KINDS:
                err(where, "bad quote kind %r" % q["kind"])
            total["quotes"] += 1
            total["quotes_" + str(q["kind"])] += 1
        nq = art.get("not_quotes", [])
        if not isinstance(nq, list):
            err(where, "not_quotes not a list")
            nq = []
        for t in nq:
            if not isinstance(t, str) or not t or t not in text:
                err(where, "not_quote not in article: %r" % t)
            annotated.append(t)
        total["not_quotes"] += len(nq)
        missing = collections.Counter(spans) - collections.Counter(annotated)
        extra = collections.Counter(annotated) - collections.Counter(spans)
        for t, c in missing.items():
            err(where, "quoted span not annotated (x%d): %r" % (c, t))
        for t, c in extra.items():
            err(where, "annotated quote/not_quote without matching quote marks (x%d): %r" % (c, t))
        # participants
        for p in participants:
            if not check_keys(p, PART_KEYS, where, "participant"):
                continue
            k = p["key"]
            if not PERSON_RE.match(k):
                err(where, "malformed participant key %r" % k)
                continue
            if pkeys.count(k) > 1:
                err(where, "duplicate participant %s" % k)
            parts = k.split(":", 1)[1].split("-")
            bad = [x for x in parts if x in TITLE_TOKENS]
            if bad:
                err(where, "title or honorific token %s in key %s" % (bad, k))
            if not str(p["role"]).strip() or not str(p["affiliation"]).strip():
                err(where, "empty role or affiliation for %s" % k)
            if not any(parts[-1] in toks for toks in variants):
                err(where, "last name part %r of %s not in text" % (parts[-1], k))
        total["participants"] += len(participants)
        # facts
        slugs = []
        for f in art.get("facts", []):
            if not check_keys(f, FACT_KEYS, where, "fact"):
                continue
            if not str(f["statement"]).strip():
                err(where, "empty fact statement")
            kinds = f["kind"]
            if not isinstance(kinds, list) or not kinds:
                err(where, "fact kind must be a non-empty list (%s)" % f["same_as"])
                kinds = []
            if len(set(kinds)) != len(kinds):
                err(where, "repeated fact kind in %s" % f["same_as"])
            for kd in kinds:
                if kd not in FACT_KINDS:
                    err(where, "unknown fact kind %r in %s" % (kd, f["same_as"]))
                total["kind_" + str(kd)] += 1
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(where, "empty evidence in %s" % f["same_as"])
                ev = []
            for e in ev:
                if not isinstance(e, str) or not e.strip() or e not in text:
                    err(where, "evidence not in article: %r" % e)
            slugs.append(f["same_as"])
            prefix_of_summit[summit_key].add(str(f["same_as"]).split("-")[0])
        for sl in slugs:
            if slugs.count(sl) > 1:
                err(where, "same_as %s repeated in the article" % sl)
            if not re.match(r"^" + SLUG + r"$", str(sl)) or "-" not in str(sl):
                err(where, "malformed same_as %r" % sl)
        slug_sets[aid] = set(slugs)
        total["facts"] += len(slugs)
        print("%-36s %s %s  %3d words  quotes %2d  not_quotes %d  participants %2d  facts %2d  (%s)" % (
            aid, art.get("published_at"), pub.strftime("%A") if pub else "?", words,
            len(art.get("quotes", [])), len(nq), len(participants), len(slugs), style))
    # prefixes
    seen = {}
    for sk, prefixes in prefix_of_summit.items():
        if len(prefixes) != 1:
            err("summit %s" % (sk,), "more than one slug prefix: %s" % sorted(prefixes))
        for px in prefixes:
            if px in seen and seen[px] != sk:
                err("prefix %s" % px, "shared by two summits")
            seen[px] = sk
            if px in old_prefixes:
                err("prefix %s" % px, "already used in an earlier gold file")
    # pairing
    by_summit = collections.defaultdict(list)
    for aid, sk in summit_of.items():
        by_summit[sk].append(aid)
    pairs = singles = 0
    for sk, members in by_summit.items():
        if len(members) > 2:
            err("summit %s" % (sk,), "more than two articles: %s" % members)
        elif len(members) == 2:
            pairs += 1
            shared = slug_sets[members[0]] & slug_sets[members[1]]
            print("pair %s: %d shared slugs: %s" % (" + ".join(members), len(shared), ", ".join(sorted(shared))))
            if len(shared) < MIN_SHARED:
                err("pair %s" % " + ".join(members), "only %d shared slugs" % len(shared))
        else:
            singles += 1
    aids = list(slug_sets)
    for i, a in enumerate(aids):
        for b in aids[i + 1:]:
            if summit_of[a] != summit_of[b]:
                common = slug_sets[a] & slug_sets[b]
                if common:
                    err("%s + %s" % (a, b), "slug shared across different summits: %s" % sorted(common))
    shape = {"articles": len(arts), "summits": len(by_summit), "pairs": pairs, "singles": singles}
    if shape != SHAPE:
        err("gold", "shape %s, expected %s" % (shape, SHAPE))
    print("totals:", dict(sorted(total.items())))
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
