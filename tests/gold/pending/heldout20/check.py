#!/usr/bin/env python3
"""Standalone checker for the heldout20 gold set.

Usage: python3 check.py [FOLDER]
FOLDER defaults to the folder of this file; it must hold heldout20_gold.json
and the article .txt files. Exits 1 and lists every error if any check fails.
Written from scratch for heldout20 from the list of checks in the heldout18
and heldout19 about texts.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

SPLIT = "heldout20"
PREFIX = "h20_"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors",
                "summit", "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
              "lord", "lady", "tun", "datuk", "dato", "daw", "sheikh", "king", "queen",
              "general", "gen", "hon", "honourable", "excellency", "his", "her",
              "majesty", "highness", "justice", "senator", "sen", "rev"}
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PERSON_RE = re.compile(r"^person:" + SLUG + r"$")
ORG_RE = re.compile(r"^org:" + SLUG + r"$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STRAIGHT_SPAN = re.compile(r'"([^"]*)"')
CURLY_SPAN = re.compile(r"“([^“”]*)”")
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", "").replace("’", "")
    return s.lower()


def tokens(s):
    """Folded word tokens; apostrophes both dropped (O'Neill -> oneill) and
    treated as separators (Merkel's -> merkel, s)."""
    split = s.replace("'", " ").replace("’", " ")
    return set(re.findall(r"[a-z0-9]+", fold(s))) | set(re.findall(r"[a-z0-9]+", fold(split)))


def parse_date(s):
    if not isinstance(s, str) or not ISO_RE.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def main(folder):
    errors = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    gold_path = os.path.join(folder, SPLIT + "_gold.json")
    with open(gold_path, encoding="utf-8") as fh:
        gold = json.load(fh)
    if list(gold.keys()) != TOP_KEYS:
        err("top", f"keys {list(gold.keys())} != {TOP_KEYS}")
    if not isinstance(gold.get("about"), str) or not gold.get("about", "").strip():
        err("top", "about text missing")
    articles = gold.get("articles", [])

    ids = [a.get("id") for a in articles]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            err(i, "duplicate id")
    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for t in sorted(txt_files - set(ids)):
        err(t + ".txt", "text file without a gold entry")

    summits = collections.defaultdict(list)      # summit identity -> article ids
    slug_owner = collections.defaultdict(set)    # slug -> summit identities
    prefix_owner = collections.defaultdict(set)  # prefix -> summit identities
    slugs_by_article = {}

    for a in articles:
        aid = a.get("id", "?")
        if list(a.keys()) != ARTICLE_KEYS:
            err(aid, f"article keys {list(a.keys())} != {ARTICLE_KEYS}")
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(aid, "id must start with " + PREFIX)
        if a.get("split") != SPLIT:
            err(aid, f"split {a.get('split')!r} != {SPLIT!r}")
        if a.get("file") != f"articles/{aid}.txt":
            err(aid, f"file {a.get('file')!r} != articles/{aid}.txt")
        path = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(path):
            err(aid, "article text file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        first_line = text.split("\n", 1)[0].strip()
        if a.get("title") != first_line:
            err(aid, f"title {a.get('title')!r} != headline {first_line!r}")
        authors = a.get("authors")
        if not isinstance(authors, list) or not all(isinstance(x, str) and x.strip() for x in authors):
            err(aid, "authors must be a list of non-empty strings")
        pub = parse_date(a.get("published_at"))
        if pub is None:
            err(aid, f"published_at {a.get('published_at')!r} not ISO")

        # words
        n_words = len(text.split())
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            err(aid, f"{n_words} words, outside {MIN_WORDS}-{MAX_WORDS}")

        # summit
        s = a.get("summit", {})
        if list(s.keys()) != SUMMIT_KEYS:
            err(aid, f"summit keys {list(s.keys())} != {SUMMIT_KEYS}")
        if not ORG_RE.match(str(s.get("organization", ""))):
            err(aid, f"summit organization {s.get('organization')!r} is not an org: key")
        sd, ed = parse_date(s.get("start_date")), parse_date(s.get("end_date"))
        if sd is None or ed is None:
            err(aid, "summit dates not ISO")
        else:
            if sd > ed:
                err(aid, "summit start_date after end_date")
            if pub is not None and pub < sd:
                err(aid, "published_at before summit start")
        tf = s.get("text_fields")
        if not isinstance(tf, list) or not tf:
            err(aid, "text_fields empty")
        else:
            if any(f not in FIELDS for f in tf) or len(set(tf)) != len(tf):
                err(aid, f"text_fields {tf} has unknown or repeated fields")
            elif tf != [f for f in FIELDS if f in tf]:
                err(aid, f"text_fields {tf} not in canonical order")
        city = s.get("city", "")
        if not city or fold(city) not in fold(text):
            err(aid, f"city {city!r} not in text")
        ident = (s.get("organization"), s.get("city"), s.get("start_date"), s.get("end_date"))
        summits[ident].append(aid)

        # quote style
        has_straight = '"' in text
        has_curly = "“" in text or "”" in text
        if has_straight and has_curly:
            err(aid, "mixes straight and curly double quotes")
        if has_straight and "’" in text:
            err(aid, "straight-quote article uses curly apostrophes")
        if has_curly and "'" in text:
            err(aid, "curly-quote article uses straight apostrophes")
        if has_straight:
            if text.count('"') % 2:
                err(aid, "unbalanced straight quotes")
            spans = STRAIGHT_SPAN.findall(text)
        else:
            if text.count("“") != text.count("”"):
                err(aid, "unbalanced curly quotes")
            spans = CURLY_SPAN.findall(text)
            # order check: no opener before its closer is closed
            depth = 0
            for ch in text:
                if ch == "“":
                    depth += 1
                    if depth > 1:
                        err(aid, "nested or unclosed curly quote")
                        break
                elif ch == "”":
                    depth -= 1
                    if depth < 0:
                        err(aid, "closing curly quote without opener")
                        break
        for sp in spans:
            if "\n" in sp:
                err(aid, f"quoted span crosses a line break: {sp[:40]!r}")

        # quotes and not_quotes vs quoted spans
        quotes = a.get("quotes", [])
        nq = a.get("not_quotes", [])
        gold_spans = collections.Counter()
        participants = a.get("participants", [])
        pkeys = [p.get("key") for p in participants]
        for q in quotes:
            if list(q.keys()) != QUOTE_KEYS:
                err(aid, f"quote keys {list(q.keys())}")
            t = q.get("text", "")
            if not t or t not in text:
                err(aid, f"quote text not in article: {t[:50]!r}")
            gold_spans[t] += 1
            sk = q.get("speaker_key", "")
            if not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(aid, f"malformed speaker key {sk!r}")
            if sk.startswith("person:") and sk not in pkeys:
                err(aid, f"person speaker {sk} is not a participant")
            if q.get("kind") not in QUOTE_KINDS:
                err(aid, f"quote kind {q.get('kind')!r}")
        if not isinstance(nq, list):
            err(aid, "not_quotes must be a list")
            nq = []
        for t in nq:
            if not isinstance(t, str) or t not in text:
                err(aid, f"not_quote not in article: {t!r}")
            gold_spans[t] += 1
        text_spans = collections.Counter(spans)
        for t in sorted(set(text_spans) | set(gold_spans)):
            if text_spans[t] != gold_spans[t]:
                err(aid, f"quoted span {t[:50]!r}: {text_spans[t]} in text, {gold_spans[t]} in gold")

        # participants
        ftoks = tokens(text)
        for k, c in collections.Counter(pkeys).items():
            if c > 1:
                err(aid, f"duplicate participant {k}")
        for p in participants:
            if list(p.keys()) != PART_KEYS:
                err(aid, f"participant keys {list(p.keys())}")
            k = p.get("key", "")
            if not PERSON_RE.match(k):
                err(aid, f"malformed participant key {k!r}")
                continue
            parts = k.split(":", 1)[1].split("-")
            if any(x in HONORIFICS for x in parts):
                err(aid, f"honorific token in participant key {k}")
            if parts[-1] not in ftoks:
                err(aid, f"participant {k}: '{parts[-1]}' not found in text")
            if not str(p.get("role", "")).strip() or not str(p.get("affiliation", "")).strip():
                err(aid, f"participant {k} lacks role or affiliation")

        # facts
        seen = set()
        for f in a.get("facts", []):
            if list(f.keys()) != FACT_KEYS:
                err(aid, f"fact keys {list(f.keys())}")
            if not str(f.get("statement", "")).strip():
                err(aid, "empty fact statement")
            kinds = f.get("kind")
            if not isinstance(kinds, list) or not kinds:
                err(aid, f"fact kind must be a non-empty list: {f.get('same_as')}")
            else:
                if len(set(kinds)) != len(kinds):
                    err(aid, f"repeated fact kind in {f.get('same_as')}")
                for kd in kinds:
                    if kd not in FACT_KINDS:
                        err(aid, f"unknown fact kind {kd!r} in {f.get('same_as')}")
            sa = f.get("same_as", "")
            if not re.match(r"^" + SLUG + r"$", str(sa)):
                err(aid, f"malformed same_as {sa!r}")
            if sa in seen:
                err(aid, f"duplicate same_as {sa}")
            seen.add(sa)
            slug_owner[sa].add(ident)
            prefix_owner[str(sa).split("-")[0]].add(ident)
            ev = f.get("evidence")
            if not isinstance(ev, list) or not ev:
                err(aid, f"no evidence for {sa}")
            else:
                for e in ev:
                    if not e or e not in text:
                        err(aid, f"evidence not in article ({sa}): {str(e)[:50]!r}")
        slugs_by_article[aid] = seen

        wd = pub.strftime("%A") if pub else "?"
        print(f"{aid}: {n_words} words, published {a.get('published_at')} ({wd}), "
              f"{len(quotes)} quotes / {len(nq)} not_quotes / {len(participants)} participants / "
              f"{len(a.get('facts', []))} facts")

    for t in sorted(set(ids) - txt_files):
        pass  # reported above as missing text file

    # summits, prefixes and pairing
    for prefix, owners in prefix_owner.items():
        if len(owners) > 1:
            err("same_as", f"prefix {prefix!r} used by {len(owners)} summits")
    ident_prefixes = collections.defaultdict(set)
    for prefix, owners in prefix_owner.items():
        for o in owners:
            ident_prefixes[o].add(prefix)
    for o, prefs in ident_prefixes.items():
        if len(prefs) > 1:
            err("same_as", f"summit {o[0]} {o[1]} uses several prefixes {sorted(prefs)}")
    for slug, owners in slug_owner.items():
        if len(owners) > 1:
            err("same_as", f"slug {slug} shared across different summits")
    sizes = sorted(len(v) for v in summits.values())
    for o, aids in summits.items():
        if len(aids) > 2:
            err("summits", f"{o[0]} {o[1]} has {len(aids)} articles")
        if len(aids) == 2:
            shared = slugs_by_article[aids[0]] & slugs_by_article[aids[1]]
            print(f"pair {aids[0]} + {aids[1]}: {len(shared)} shared same_as slugs")
            if len(shared) < MIN_SHARED:
                err("pairing", f"{aids[0]} + {aids[1]} share only {len(shared)} slugs")
    if sizes != [1, 1, 2, 2, 2]:
        err("summits", f"expected five summits (three pairs, two singles), got sizes {sizes}")

    if errors:
        print(f"\nFAILED with {len(errors)} errors:")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(folder))
