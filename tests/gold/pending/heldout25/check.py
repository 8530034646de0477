#!/usr/bin/env python3
"""Stand-alone checker for the heldout25 gold set.

Usage: python3 check.py [FOLDER]
FOLDER defaults to the directory of this script. It must hold
heldout25_gold.json and the article .txt files. Exit status 0 when the set
passes every check, 1 otherwise. Written from scratch from the list of checks
in the heldout18 about text (and its later extensions); it imports nothing
from the project.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

PREFIX = "h25_"
SPLIT = "heldout25"
GOLD_NAME = "heldout25_gold.json"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors",
                "summit", "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date",
               "text_fields"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PARTICIPANT_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord",
    "lady", "dame", "sheikh", "sheikha", "king", "queen", "prince",
    "princess", "emir", "general", "gen", "colonel", "col", "commodore",
    "admiral", "captain", "excellency", "highness", "majesty", "brother",
    "doctor", "senor", "senora", "senorita", "don", "dona", "monsieur",
    "madame", "mme", "herr", "frau", "ambassador", "hajj", "haji", "comrade",
    "muhtaram", "honourable", "honorable", "hon", "rt", "his", "her",
    "president", "chancellor", "minister", "premier", "mayor", "chief",
}
WORDS_MIN, WORDS_MAX = 420, 600
MIN_SHARED = 5
EXPECT_ARTICLES, EXPECT_SUMMITS, EXPECT_PAIRS, EXPECT_SINGLES = 8, 5, 3, 2

KEY_RE = re.compile(r"^(person|org):[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def iso(value):
    if not isinstance(value, str) or not ISO_RE.match(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


SPECIAL = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae",
           "Æ": "AE", "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ı": "i"}
UMLAUT_E = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
APOS = "'’ʼ‘`"


def fold(text, umlaut_e=False):
    if umlaut_e:
        text = "".join(UMLAUT_E.get(c, c) for c in text)
    text = "".join(SPECIAL.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def token_variants(text):
    """Token lists of the text: umlauts folded to the vowel or vowel+e,
    apostrophes dropped or treated as separators."""
    out = []
    for ue in (False, True):
        f = fold(text, ue)
        for apos_mode in ("drop", "split"):
            g = f
            for a in APOS:
                g = g.replace(a, "" if apos_mode == "drop" else " ")
            out.append(re.findall(r"[a-z0-9]+", g))
    return out


def contains_seq(tokens, seq):
    n = len(seq)
    if n == 0:
        return False
    for i in range(len(tokens) - n + 1):
        if tokens[i:i + n] == seq:
            return True
    return False


def token_present(text, phrase):
    for toks in token_variants(text):
        for ptoks in token_variants(phrase):
            if contains_seq(toks, ptoks):
                return True
    return False


def quoted_spans(text, where):
    """Return (style, spans). Checks balance, nesting and line breaks."""
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    spans = []
    if has_straight and has_curly:
        err(where, "mixes straight and curly double quotes")
    style = "curly" if has_curly and not has_straight else (
        "straight" if has_straight and not has_curly else
        ("mixed" if has_straight else "none"))
    for ln, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(where, f"line {ln}: unbalanced straight quote (or a quote across a line break)")
        spans.extend(re.findall(r'"([^"]*)"', line))
        depth = 0
        start = None
        for i, c in enumerate(line):
            if c == "“":
                if depth:
                    err(where, f"line {ln}: nested or unclosed curly quote")
                depth += 1
                start = i
            elif c == "”":
                if not depth:
                    err(where, f"line {ln}: closing curly quote without opening")
                    continue
                depth -= 1
                spans.append(line[start + 1:i])
        if depth:
            err(where, f"line {ln}: unclosed curly quote (or a quote across a line break)")
    # apostrophes follow the quote style
    if style == "straight" and "’" in text:
        err(where, "curly apostrophe in a straight-quote article")
    if style == "curly" and "'" in text:
        err(where, "straight apostrophe in a curly-quote article")
    return style, spans


def main(folder):
    gold_path = os.path.join(folder, GOLD_NAME)
    with open(gold_path, encoding="utf-8") as fh:
        gold = json.load(fh)
    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        err("top", f"top-level keys must be {TOP_KEYS}")
        return
    if not isinstance(gold["about"], str) or not gold["about"].strip():
        err("top", "empty about text")
    arts = gold["articles"]
    if not isinstance(arts, list):
        err("top", "articles must be a list")
        return

    ids = [a.get("id") for a in arts]
    for i, n in collections.Counter(ids).items():
        if n > 1:
            err("top", f"duplicate id {i}")
    txt_files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    entry_files = {f"{a.get('id')}.txt" for a in arts}
    for f in txt_files:
        if f not in entry_files:
            err("top", f"{f} has no gold entry")

    summits = collections.OrderedDict()   # summit identity -> [(id, slugs)]
    prefix_of = {}                        # summit identity -> prefixes used
    per_kind = collections.Counter()
    counts = collections.Counter()
    for art in arts:
        aid = art.get("id", "?")
        w = aid
        if list(art.keys()) != ARTICLE_KEYS:
            err(w, f"article keys {list(art.keys())} != {ARTICLE_KEYS}")
            continue
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(w, f"id must start with {PREFIX}")
        if art["split"] != SPLIT:
            err(w, f"split {art['split']!r} != {SPLIT!r}")
        if art["file"] != f"articles/{aid}.txt":
            err(w, f"file {art['file']!r} != articles/{aid}.txt")
        path = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(path):
            err(w, f"missing text file {aid}.txt")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        first = text.split("\n", 1)[0].strip()
        if art["title"] != first:
            err(w, "title differs from the headline (first line)")
        if not isinstance(art["authors"], list) or any(
                not isinstance(x, str) or not x.strip() for x in art["authors"]):
            err(w, "authors must be a list of non-empty strings")
        pub = iso(art["published_at"])
        if pub is None:
            err(w, f"published_at {art['published_at']!r} is not an ISO date")

        # summit
        s = art["summit"]
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err(w, f"summit keys must be {SUMMIT_KEYS}")
            continue
        if not isinstance(s["organization"], str) or not KEY_RE.match(s["organization"]) \
                or not s["organization"].startswith("org:"):
            err(w, f"summit organization {s['organization']!r} is not an org: key")
        sd, ed = iso(s["start_date"]), iso(s["end_date"])
        if sd is None or ed is None:
            err(w, "summit dates must be ISO dates")
        elif sd > ed:
            err(w, "summit start_date after end_date")
        if pub and sd and pub < sd:
            err(w, "published_at before the summit start")
        tf = s["text_fields"]
        if not isinstance(tf, list) or not tf:
            err(w, "text_fields must be a non-empty list")
        else:
            if len(set(tf)) != len(tf):
                err(w, "text_fields has repeats")
            if any(x not in TEXT_FIELDS for x in tf):
                err(w, f"unknown text_fields {tf}")
            elif tf != [x for x in TEXT_FIELDS if x in tf]:
                err(w, "text_fields not in canonical order")
        if not isinstance(s["city"], str) or not s["city"].strip():
            err(w, "empty city")
        elif not token_present(text, s["city"]):
            err(w, f"city {s['city']!r} not found in the text as whole tokens")
        if not isinstance(s["country"], str) or not s["country"].strip():
            err(w, "empty country")

        # participants
        pkeys = []
        for p in art["participants"]:
            if list(p.keys()) != PARTICIPANT_KEYS:
                err(w, f"participant keys {list(p.keys())}")
                continue
            k = p["key"]
            pkeys.append(k)
            if not isinstance(k, str) or not KEY_RE.match(k) or not k.startswith("person:"):
                err(w, f"malformed participant key {k!r}")
                continue
            parts = k.split(":", 1)[1].split("-")
            hon = [x for x in parts if x in HONORIFICS]
            if hon:
                err(w, f"honorific token {hon} in participant key {k}")
            if not str(p["role"]).strip():
                err(w, f"empty role for {k}")
            if not str(p["affiliation"]).strip():
                err(w, f"empty affiliation for {k}")
            if not token_present(text, parts[-1]):
                err(w, f"last part of {k} ({parts[-1]}) not in the text")
        for k, n in collections.Counter(pkeys).items():
            if n > 1:
                err(w, f"duplicate participant {k}")
        pset = set(pkeys)

        # quotes
        style, spans = quoted_spans(text, w)
        ann = []
        for q in art["quotes"]:
            if list(q.keys()) != QUOTE_KEYS:
                err(w, f"quote keys {list(q.keys())}")
                continue
            ann.append(q["text"])
            if not q["text"] or q["text"] not in text:
                err(w, f"quote not in text: {q['text'][:60]!r}")
            sk = q["speaker_key"]
            if not isinstance(sk, str) or not (KEY_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(w, f"malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in pset:
                err(w, f"speaker {sk} is not a participant")
            if q["kind"] not in QUOTE_KINDS:
                err(w, f"bad quote kind {q['kind']!r}")
            counts[("q", q["kind"])] += 1
        for nq in art["not_quotes"]:
            ann.append(nq)
            if not isinstance(nq, str) or not nq or nq not in text:
                err(w, f"not_quote not in text: {nq!r}")
        found = collections.Counter(spans)
        annc = collections.Counter(ann)
        for sp, n in (found - annc).items():
            err(w, f"quoted span not annotated ({n}x): {sp[:70]!r}")
        for sp, n in (annc - found).items():
            err(w, f"annotated span not a quoted span ({n}x): {sp[:70]!r}")

        # facts
        slugs = []
        for f in art["facts"]:
            if list(f.keys()) != FACT_KEYS:
                err(w, f"fact keys {list(f.keys())}")
                continue
            if not isinstance(f["statement"], str) or not f["statement"].strip():
                err(w, "empty fact statement")
            kinds = f["kind"]
            if not isinstance(kinds, list) or not kinds:
                err(w, f"fact kinds must be a non-empty list ({f['same_as']})")
            else:
                if len(set(kinds)) != len(kinds):
                    err(w, f"repeated fact kind in {f['same_as']}")
                for kd in kinds:
                    if kd not in FACT_KINDS:
                        err(w, f"unknown fact kind {kd!r} in {f['same_as']}")
                    per_kind[kd] += 1
            slug = f["same_as"]
            if not isinstance(slug, str) or not SLUG_RE.match(slug):
                err(w, f"malformed same_as {slug!r}")
            slugs.append(slug)
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(w, f"empty evidence for {slug}")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e.strip() or e not in text:
                        err(w, f"evidence not in text ({slug}): {str(e)[:60]!r}")
        for sl, n in collections.Counter(slugs).items():
            if n > 1:
                err(w, f"duplicate same_as {sl}")

        words = len(text.split())
        if not WORDS_MIN <= words <= WORDS_MAX:
            err(w, f"{words} words, outside {WORDS_MIN}-{WORDS_MAX}")
        ident = (s["organization"], s["city"], s["start_date"], s["end_date"])
        summits.setdefault(ident, []).append((aid, set(slugs)))
        prefix_of.setdefault(ident, set()).update(sl.split("-")[0] for sl in slugs)
        counts["quotes"] += len(art["quotes"])
        counts["not_quotes"] += len(art["not_quotes"])
        counts["participants"] += len(art["participants"])
        counts["facts"] += len(art["facts"])
        wd = pub.strftime("%A") if pub else "?"
        print(f"{aid}: {words} words, published {art['published_at']} ({wd}), "
              f"{style} quotes, q={len(art['quotes'])} nq={len(art['not_quotes'])} "
              f"p={len(art['participants'])} f={len(art['facts'])}")

    # summits, prefixes and pairs
    owner = {}
    for ident, pre in prefix_of.items():
        if len(pre) != 1:
            err("summits", f"{ident[0]} {ident[1]}: slug prefixes {sorted(pre)} (one per summit)")
        for p in pre:
            if p in owner and owner[p] != ident:
                err("summits", f"prefix {p!r} shared by two summits")
            owner[p] = ident
    slug_owner = {}
    for ident, items in summits.items():
        for aid, sl in items:
            for x in sl:
                if x in slug_owner and slug_owner[x] != ident:
                    err("summits", f"slug {x} shared across different summits")
                slug_owner.setdefault(x, ident)
    pairs = singles = 0
    print("same_as pairing report:")
    for ident, items in summits.items():
        if len(items) > 2:
            err("summits", f"{ident[0]} {ident[1]} has {len(items)} articles (max 2)")
        if len(items) == 2:
            pairs += 1
            shared = sorted(items[0][1] & items[1][1])
            print(f"  {ident[0]} {ident[1]}: {items[0][0]} + {items[1][0]}: "
                  f"{len(shared)} shared: {', '.join(shared)}")
            if len(shared) < MIN_SHARED:
                err("summits", f"{ident[0]} {ident[1]}: only {len(shared)} shared slugs")
        elif len(items) == 1:
            singles += 1
            print(f"  {ident[0]} {ident[1]}: single ({items[0][0]})")
    if (len(arts), len(summits), pairs, singles) != (
            EXPECT_ARTICLES, EXPECT_SUMMITS, EXPECT_PAIRS, EXPECT_SINGLES):
        err("shape", f"{len(arts)} articles, {len(summits)} summits, {pairs} pairs, "
                     f"{singles} singles; expected {EXPECT_ARTICLES}/{EXPECT_SUMMITS}/"
                     f"{EXPECT_PAIRS}/{EXPECT_SINGLES}")
    print(f"totals: {counts['quotes']} quotes ({counts[('q', 'direct')]} direct, "
          f"{counts[('q', 'partial')]} partial), {counts['not_quotes']} not_quotes, "
          f"{counts['participants']} participants, {counts['facts']} facts; kinds: "
          + ", ".join(f"{k} {per_kind[k]}" for k in sorted(FACT_KINDS)))


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    main(folder)
    if errors:
        print(f"FAIL: {len(errors)} error(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")
