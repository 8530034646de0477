#!/usr/bin/env python3
"""Checker for the heldout18 gold set (written from scratch for this set).

Usage: python3 check.py [GOLD_JSON] [ARTICLE_DIR]
Defaults: heldout18_gold.json and the .txt files next to this script.
Exit status 1 if any error is found.
"""
import collections, datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "heldout18_gold.json")
ADIR = sys.argv[2] if len(sys.argv) > 2 else HERE

SPLIT = "heldout18"
ID_PREFIX = "h18_"
TOP_KEYS = {"about", "articles"}
ART_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
            "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = {"organization", "city", "country", "start_date", "end_date", "text_fields"}
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = {"text", "speaker_key", "kind"}
PART_KEYS = {"key", "role", "affiliation"}
FACT_KEYS = {"statement", "kind", "same_as", "evidence"}
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
# same_as prefix per summit (organization, city)
PREFIX = {
    ("org:g20", "Brisbane"): "brisbane-",
    ("org:g7", "Taormina"): "taormina-",
    ("org:brics", "Durban"): "durban-",
    ("org:summit-of-the-americas", "Lima"): "lima-",
    ("org:oic", "Mecca"): "mecca-",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof",
              "professor", "hon", "rt", "eng", "king", "queen", "prince", "princess",
              "sheikh", "emir", "amir", "his", "her", "majesty", "excellency", "pm",
              "president", "senator", "rev", "mx"}
SHORT_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "hon", "rt", "prof", "sheikh", "pm"}
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5

errors = []
def err(aid, msg):
    errors.append(f"{aid}: {msg}")

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("\u2019", "").replace("'", "")

def iso(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None

def quoted_spans(text):
    """Return (style set, spans, problems) for double-quoted spans, straight or curly."""
    problems, spans, styles = [], [], set()
    if '"' in text:
        styles.add("straight")
        if text.count('"') % 2:
            problems.append("odd number of straight double quotes")
        for m in re.finditer(r'"([^"]*)"', text):
            if "\n" in m.group(1):
                problems.append(f"straight quote runs over a line break near {m.group(0)[:40]!r}")
            spans.append(m.group(1))
    if "\u201c" in text or "\u201d" in text:
        styles.add("curly")
        if text.count("\u201c") != text.count("\u201d"):
            problems.append("unbalanced curly double quotes")
        for m in re.finditer("\u201c([^\u201c\u201d]*)\u201d", text):
            if "\n" in m.group(1):
                problems.append(f"curly quote runs over a line break near {m.group(0)[:40]!r}")
            spans.append(m.group(1))
        if re.search("\u201c[^\u201d]*\u201c", text):
            problems.append("nested or unclosed curly opening quote")
    return styles, spans, problems

def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    if not isinstance(gold, dict) or set(gold) != TOP_KEYS:
        err("top", f"top-level keys {sorted(gold) if isinstance(gold, dict) else type(gold)} != {sorted(TOP_KEYS)}")
        return
    if not isinstance(gold["about"], str) or len(gold["about"]) < 200:
        err("top", "about text missing or too short")
    arts = gold["articles"]
    ids = [a.get("id") for a in arts]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err("top", f"duplicate id {i}")
    txts = {f[:-4] for f in os.listdir(ADIR) if f.endswith(".txt")}
    for missing in sorted(txts - set(ids)):
        err("top", f"article file {missing}.txt has no gold entry")

    slugs_by_summit = collections.defaultdict(dict)   # summit -> {id: set(slugs)}
    totals = collections.Counter()
    for a in arts:
        aid = a.get("id", "?")
        if list(a) != ART_KEYS:
            if set(a) != set(ART_KEYS):
                err(aid, f"article keys {list(a)} != {ART_KEYS}")
                continue
            err(aid, "article keys in non-canonical order")
        if not aid.startswith(ID_PREFIX):
            err(aid, "id prefix")
        if a["split"] != SPLIT:
            err(aid, f"split {a['split']!r}")
        if a["file"] != f"articles/{aid}.txt":
            err(aid, f"file {a['file']!r}")
        path = os.path.join(ADIR, aid + ".txt")
        if not os.path.exists(path):
            err(aid, "text file missing")
            continue
        text = open(path, encoding="utf-8").read()
        ftext = fold(text)
        first = text.split("\n", 1)[0].strip()
        if a["title"] != first:
            err(aid, f"title != headline: {a['title']!r} vs {first!r}")
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x for x in a["authors"]):
            err(aid, "authors must be a list of non-empty strings")
        pub = iso(a["published_at"])
        if not pub:
            err(aid, f"published_at not ISO: {a['published_at']!r}")
        # summit
        s = a["summit"]
        if not isinstance(s, dict) or set(s) != SUMMIT_KEYS:
            err(aid, f"summit keys {sorted(s) if isinstance(s, dict) else s}")
            continue
        if not re.fullmatch(r"org:[a-z0-9]+(-[a-z0-9]+)*", s["organization"] or ""):
            err(aid, f"summit organization {s['organization']!r}")
        sd, ed = iso(s["start_date"]), iso(s["end_date"])
        if not sd or not ed:
            err(aid, "summit dates not ISO")
        elif sd > ed:
            err(aid, "start_date after end_date")
        elif pub and pub < sd:
            err(aid, "published before the summit started")
        tf = s["text_fields"]
        if not tf or not isinstance(tf, list) or any(x not in TEXT_FIELDS for x in tf) or len(set(tf)) != len(tf):
            err(aid, f"text_fields invalid: {tf}")
        elif tf != [x for x in TEXT_FIELDS if x in tf]:
            err(aid, f"text_fields not in canonical order: {tf}")
        for fld in ("city", "country"):
            if not isinstance(s[fld], str) or not s[fld]:
                err(aid, f"summit {fld} empty")
        if "city" in tf and fold(s["city"]) not in ftext:
            err(aid, f"summit city {s['city']!r} listed in text_fields but not in text")
        skey = (s["organization"], s["city"])
        prefix = PREFIX.get(skey)
        if not prefix:
            err(aid, f"no slug prefix known for summit {skey}")
        # participants
        pkeys = []
        for p in a["participants"]:
            if set(p) != PART_KEYS:
                err(aid, f"participant keys {sorted(p)}")
                continue
            k = p["key"]
            pkeys.append(k)
            if not re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)+", k):
                err(aid, f"malformed participant key {k!r}")
                continue
            toks = k[7:].split("-")
            if toks[0] in HONORIFICS or any(t in SHORT_HONORIFICS for t in toks):
                err(aid, f"honorific in participant key {k!r}")
            if not (isinstance(p["role"], str) and p["role"].strip()):
                err(aid, f"participant {k} without role")
            if not (isinstance(p["affiliation"], str) and p["affiliation"].strip()):
                err(aid, f"participant {k} without affiliation")
            if toks[-1] not in ftext:
                err(aid, f"participant surname {toks[-1]!r} ({k}) not in text")
        for k, c in collections.Counter(pkeys).items():
            if c > 1:
                err(aid, f"duplicate participant {k}")
        # quotes
        qtexts = []
        for q in a["quotes"]:
            if set(q) != QUOTE_KEYS:
                err(aid, f"quote keys {sorted(q)}")
                continue
            qtexts.append(q["text"])
            if q["kind"] not in QUOTE_KINDS:
                err(aid, f"quote kind {q['kind']!r}")
            if q["text"] not in text:
                err(aid, f"quote text not in article: {q['text'][:60]!r}")
            sk = q["speaker_key"]
            if not re.fullmatch(r"(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}", sk or ""):
                err(aid, f"malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in pkeys:
                err(aid, f"person speaker {sk} is not a participant")
        nq = a["not_quotes"]
        if not isinstance(nq, list) or not all(isinstance(x, str) for x in nq):
            err(aid, "not_quotes must be a list of strings")
            nq = []
        for x in nq:
            if x not in text:
                err(aid, f"not_quote not in article: {x!r}")
        styles, spans, problems = quoted_spans(text)
        for pr in problems:
            err(aid, pr)
        if len(styles) > 1:
            err(aid, "mixed quote styles (straight and curly)")
        have = collections.Counter(spans)
        want = collections.Counter(qtexts) + collections.Counter(nq)
        for sp in sorted((have - want).elements()):
            err(aid, f"quoted span without quote/not_quote entry: {sp[:70]!r}")
        for sp in sorted((want - have).elements()):
            err(aid, f"quote/not_quote entry without quoted span: {sp[:70]!r}")
        # facts
        seen = set()
        for f in a["facts"]:
            if set(f) != FACT_KEYS:
                err(aid, f"fact keys {sorted(f)}")
                continue
            if not isinstance(f["statement"], str) or not f["statement"].strip():
                err(aid, "empty fact statement")
            kinds = f["kind"]
            if not isinstance(kinds, list) or not kinds or any(k not in FACT_KINDS for k in kinds) or len(set(kinds)) != len(kinds):
                err(aid, f"fact kind invalid: {kinds} ({f.get('same_as')})")
            else:
                for k in kinds:
                    totals["kind:" + k] += 1
            sl = f["same_as"]
            if not isinstance(sl, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", sl):
                err(aid, f"malformed same_as {sl!r}")
            elif prefix and not sl.startswith(prefix):
                err(aid, f"same_as {sl!r} lacks summit prefix {prefix!r}")
            if sl in seen:
                err(aid, f"duplicate same_as {sl!r}")
            seen.add(sl)
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev:
                err(aid, f"fact {sl} without evidence")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(aid, f"evidence not in article ({sl}): {str(e)[:60]!r}")
        slugs_by_summit[skey][aid] = seen
        # words
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            err(aid, f"{nw} words, outside {MIN_WORDS}-{MAX_WORDS}")
        totals["quotes"] += len(a["quotes"])
        totals["direct"] += sum(q.get("kind") == "direct" for q in a["quotes"])
        totals["partial"] += sum(q.get("kind") == "partial" for q in a["quotes"])
        totals["not_quotes"] += len(nq)
        totals["participants"] += len(a["participants"])
        totals["facts"] += len(a["facts"])
        print(f"{aid}: {nw} words, published {a['published_at']} ({pub.strftime('%A') if pub else '?'}), "
              f"style {'/'.join(sorted(styles)) or 'none'}, q {len(a['quotes'])} nq {len(nq)} "
              f"p {len(a['participants'])} f {len(a['facts'])}")
    # pairing report
    print("pairing:")
    owner = {}
    for skey, d in slugs_by_summit.items():
        ids_ = sorted(d)
        if len(ids_) == 2:
            shared = d[ids_[0]] & d[ids_[1]]
            print(f"  {skey[0]} {skey[1]}: {ids_[0]} + {ids_[1]} share {len(shared)}")
            if len(shared) < MIN_SHARED:
                err("pairing", f"{skey} pair shares only {len(shared)} same_as slugs")
        elif len(ids_) == 1:
            print(f"  {skey[0]} {skey[1]}: {ids_[0]} (single)")
        else:
            print(f"  {skey[0]} {skey[1]}: {len(ids_)} articles")
        for aid, sls in d.items():
            for sl in sls:
                if sl in owner and owner[sl] != skey:
                    err("pairing", f"slug {sl} shared across summits {owner[sl]} and {skey}")
                owner.setdefault(sl, skey)
    print("totals:", dict(sorted(totals.items())))

main()
if errors:
    print(f"{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: no errors")
