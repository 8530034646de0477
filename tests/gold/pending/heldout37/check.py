#!/usr/bin/env python3
"""Checker for the heldout37 gold set (written from scratch for this set).

Usage: python3 check.py [folder]
The folder defaults to the folder of this script. It must hold
heldout37_gold.json and the article .txt files. Earlier gold files are read
from ../../*_gold.json (only their same_as slugs, to refuse reused prefixes).
Exit status 1 when any error is found.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

SET = "heldout37"
PREFIX = "h37_"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors",
                "summit", "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date",
               "text_fields"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince
princess emir sultan majesty excellency highness hon rt chief president premier
minister chancellor chairman chairperson mayor secretary senator monsieur madame
lord lady baroness baron gen general col colonel ratu his her hm hrh datuk dato
tun tunku pak shri smt sayyid ayatollah ing""".split())
KEY_EXCEPTIONS = {"person:baron-waqa", "person:sharif-sheikh-ahmed"}
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
PERSON_RE = re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")
ORG_RE = re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
           "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i",
           "ð": "d", "þ": "th"}
APOS = "'’‘ʼ`"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def strip_marks(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def fold_variants(s):
    """All folded spellings of s: umlauts to vowel and to vowel+e,
    apostrophes dropped and apostrophes as separators."""
    outs = set()
    uml = s
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"),
                 ("Ö", "Oe"), ("Ü", "Ue")):
        uml = uml.replace(a, b)
    for base in (s, uml):
        for apos in ("", " "):
            t = base
            for a in APOS:
                t = t.replace(a, apos)
            outs.add(strip_marks(t))
    return outs


def tokens(s):
    return re.findall(r"[a-z0-9]+", s)


def token_seqs(s):
    return [tokens(v) for v in fold_variants(s)]


def contains_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def seq_in_text(phrase, text):
    text_seqs = token_seqs(text)
    for nd in token_seqs(phrase):
        for hay in text_seqs:
            if contains_seq(hay, nd):
                return True
    return False


def iso(d):
    if not isinstance(d, str) or not ISO_RE.match(d):
        return None
    try:
        return datetime.date.fromisoformat(d)
    except ValueError:
        return None


def quoted_spans(text, where):
    """Return (style, spans). Reports style and mark errors."""
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    spans = []
    if has_straight and has_curly:
        err(where, "mixes straight and curly double quotes")
    style = "curly" if has_curly else "straight"
    if style == "straight":
        if "’" in text or "‘" in text:
            err(where, "curly apostrophe or single mark in a straight-quote article")
        for n, line in enumerate(text.split("\n"), 1):
            if line.count('"') % 2:
                err(where, f"unbalanced straight quote marks on line {n}")
            spans += re.findall(r'"([^"]*)"', line)
    else:
        if "'" in text:
            err(where, "straight apostrophe or single mark in a curly-quote article")
        open_at = None
        for i, c in enumerate(text):
            if c == "“":
                if open_at is not None:
                    err(where, f"nested curly quote at offset {i}")
                open_at = i
            elif c == "”":
                if open_at is None:
                    err(where, f"closing curly quote without opening at offset {i}")
                else:
                    spans.append(text[open_at + 1:i])
                    open_at = None
            elif c == "\n" and open_at is not None:
                nxt = re.search(r"[“”]", text[i:])
                if nxt and nxt.group(0) == "”":
                    err(where, f"quoted span across a line break at offset {open_at}")
                else:
                    err(where, f"unclosed curly quote at offset {open_at}")
                open_at = None
        if open_at is not None:
            err(where, f"unclosed curly quote at offset {open_at}")
    return style, spans


def check_keys(obj, keys, where, what):
    if not isinstance(obj, dict):
        err(where, f"{what} is not an object")
        return False
    if set(obj) != set(keys):
        err(where, f"{what} keys {sorted(obj)} != {keys}")
        return False
    if list(obj) != keys:
        err(where, f"{what} keys out of order: {list(obj)}")
    return True


def earlier_prefixes(folder):
    prefixes = set()
    for path in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        try:
            data = json.load(open(path, encoding="utf-8"))
        except Exception as e:  # pragma: no cover
            err(path, f"cannot read: {e}")
            continue
        for art in data.get("articles", []):
            for fact in art.get("facts", []):
                slug = fact.get("same_as")
                if isinstance(slug, str) and slug:
                    prefixes.add(slug.split("-")[0])
    return prefixes


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1
                             else os.path.dirname(os.path.abspath(__file__)))
    gold_path = os.path.join(folder, f"{SET}_gold.json")
    data = json.load(open(gold_path, encoding="utf-8"))
    if not isinstance(data, dict) or list(data) != TOP_KEYS:
        err("top", f"top-level keys must be exactly {TOP_KEYS}, got "
                   f"{list(data) if isinstance(data, dict) else type(data)}")
    if not isinstance(data.get("about"), str) or not data.get("about", "").strip():
        err("top", "about text is empty")
    arts = data.get("articles", [])
    seen_ids = set()
    summit_of = {}
    slugs_by_summit = collections.defaultdict(set)
    slugs_by_article = {}
    report = []
    txt_files = {os.path.basename(p)[:-4]
                 for p in glob.glob(os.path.join(folder, "*.txt"))}
    for art in arts:
        aid = art.get("id", "?") if isinstance(art, dict) else "?"
        where = aid
        if not check_keys(art, ARTICLE_KEYS, where, "article"):
            continue
        if aid in seen_ids:
            err(where, "duplicate id")
        seen_ids.add(aid)
        if not aid.startswith(PREFIX):
            err(where, f"id lacks prefix {PREFIX}")
        if art["split"] != SET:
            err(where, f"split {art['split']!r} != {SET}")
        if art["file"] != f"articles/{aid}.txt":
            err(where, f"file {art['file']!r} != articles/{aid}.txt")
        path = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(path):
            err(where, "no text file for this entry")
            continue
        text = open(path, encoding="utf-8").read()
        headline = text.split("\n", 1)[0]
        if art["title"] != headline:
            err(where, f"title differs from headline {headline!r}")
        if not isinstance(art["authors"], list) or not all(
                isinstance(a, str) and a.strip() for a in art["authors"]):
            err(where, "authors must be a list of non-empty strings")
        pub = iso(art["published_at"])
        if pub is None:
            err(where, f"published_at not ISO: {art['published_at']!r}")
        # summit
        s = art["summit"]
        if check_keys(s, SUMMIT_KEYS, where, "summit"):
            if not isinstance(s["organization"], str) or not ORG_RE.match(s["organization"]):
                err(where, f"organization not an org: key: {s['organization']!r}")
            sd, ed = iso(s["start_date"]), iso(s["end_date"])
            if sd is None or ed is None:
                err(where, "summit dates not ISO")
            elif sd > ed:
                err(where, "start_date after end_date")
            if pub and sd and pub < sd:
                err(where, "published before the summit started")
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(where, "text_fields empty")
            else:
                if len(set(tf)) != len(tf):
                    err(where, "text_fields has repeats")
                if not set(tf) <= set(TEXT_FIELDS):
                    err(where, f"unknown text_fields {sorted(set(tf) - set(TEXT_FIELDS))}")
                elif tf != [f for f in TEXT_FIELDS if f in tf]:
                    err(where, "text_fields out of canonical order")
            for k in ("city", "country"):
                if not isinstance(s[k], str) or not s[k].strip():
                    err(where, f"summit {k} empty")
            if isinstance(s["city"], str) and s["city"].strip() and not seq_in_text(s["city"], text):
                err(where, f"city {s['city']!r} not in text")
            summit_of[aid] = (s["organization"], s["city"], s["start_date"])
        # quotes and marks
        style, spans = quoted_spans(text, where)
        annotated = []
        parts = {}
        for p in art["participants"]:
            if not check_keys(p, PART_KEYS, where, "participant"):
                continue
            k = p["key"]
            if not isinstance(k, str) or not PERSON_RE.match(k):
                err(where, f"malformed participant key {k!r}")
                continue
            if k in parts:
                err(where, f"duplicate participant {k}")
            parts[k] = p
            if k not in KEY_EXCEPTIONS:
                bad = [t for t in k[7:].split("-") if t in HONORIFICS]
                if bad:
                    err(where, f"honorific/title token {bad} in key {k}")
            for f in ("role", "affiliation"):
                if not isinstance(p[f], str) or not p[f].strip():
                    err(where, f"participant {k} has empty {f}")
            last = k.split("-")[-1] if "-" in k else k[7:]
            if not any(last in toks for toks in token_seqs(text)):
                err(where, f"last part {last!r} of {k} not in text")
        nq = {"direct": 0, "partial": 0}
        for q in art["quotes"]:
            if not check_keys(q, QUOTE_KEYS, where, "quote"):
                continue
            annotated.append(q["text"])
            if not isinstance(q["text"], str) or not q["text"] or q["text"] not in text:
                err(where, f"quote text not in article: {q['text']!r}")
            sk = q["speaker_key"]
            if not isinstance(sk, str) or not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(where, f"malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in parts:
                err(where, f"speaker {sk} is not a participant")
            if q["kind"] not in QUOTE_KINDS:
                err(where, f"bad quote kind {q['kind']!r}")
            else:
                nq[q["kind"]] += 1
        nqs = art["not_quotes"]
        if not isinstance(nqs, list):
            err(where, "not_quotes is not a list")
            nqs = []
        for n in nqs:
            annotated.append(n)
            if not isinstance(n, str) or not n or n not in text:
                err(where, f"not_quote not in article: {n!r}")
        c_text = collections.Counter(spans)
        c_ann = collections.Counter(annotated)
        for span, c in (c_text - c_ann).items():
            err(where, f"quoted span not annotated ({c}x): {span!r}")
        for span, c in (c_ann - c_text).items():
            err(where, f"annotated quote/not_quote without quote marks ({c}x): {span!r}")
        # facts
        kinds = collections.Counter()
        art_slugs = []
        for fct in art["facts"]:
            if not check_keys(fct, FACT_KEYS, where, "fact"):
                continue
            if not isinstance(fct["statement"], str) or not fct["statement"].strip():
                err(where, "empty fact statement")
            ks = fct["kind"]
            if not isinstance(ks, list) or not ks:
                err(where, f"empty fact kind list in {fct['same_as']!r}")
            else:
                if len(set(ks)) != len(ks):
                    err(where, f"repeated fact kind in {fct['same_as']!r}")
                for k in ks:
                    if k not in FACT_KINDS:
                        err(where, f"unknown fact kind {k!r}")
                    kinds[k] += 1
            slug = fct["same_as"]
            if not isinstance(slug, str) or not SLUG_RE.match(slug):
                err(where, f"malformed same_as {slug!r}")
            else:
                art_slugs.append(slug)
            ev = fct["evidence"]
            if not isinstance(ev, list) or not ev:
                err(where, f"empty evidence for {slug!r}")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(where, f"evidence not in article ({slug}): {e!r}")
        dup = [s_ for s_, c in collections.Counter(art_slugs).items() if c > 1]
        if dup:
            err(where, f"duplicate same_as in article: {dup}")
        slugs_by_article[aid] = set(art_slugs)
        if aid in summit_of:
            slugs_by_summit[summit_of[aid]] |= set(art_slugs)
        words = len(text.split())
        if not 420 <= words <= 600:
            err(where, f"{words} words, outside 420-600")
        report.append((aid, pub.strftime("%A") if pub else "?", art["published_at"],
                       words, style, nq["direct"], nq["partial"], len(nqs),
                       len(art["participants"]), len(art["facts"]), dict(kinds)))
    for t in sorted(txt_files - seen_ids):
        err(t, "text file without a gold entry")
    # same_as prefixes and pairs
    old = earlier_prefixes(folder)
    prefix_of = {}
    for summ, slugs in slugs_by_summit.items():
        prefs = {x.split("-")[0] for x in slugs}
        if len(prefs) != 1:
            err(str(summ), f"slug prefixes {sorted(prefs)} (one per summit expected)")
        for p_ in prefs:
            if p_ in old:
                err(str(summ), f"slug prefix {p_!r} already used in earlier gold")
            if p_ in prefix_of and prefix_of[p_] != summ:
                err(str(summ), f"slug prefix {p_!r} shared with {prefix_of[p_]}")
            prefix_of[p_] = summ
    by_summit = collections.defaultdict(list)
    for aid, summ in summit_of.items():
        by_summit[summ].append(aid)
    owner = {}
    for aid, slugs in slugs_by_article.items():
        for sl in slugs:
            if sl in owner and summit_of.get(owner[sl]) != summit_of.get(aid):
                err(aid, f"slug {sl} shared with {owner[sl]} of another summit")
            owner.setdefault(sl, aid)
    print(f"{'id':40} {'weekday':9} {'published':10} words style   q(d/p) nq parts facts kinds")
    for r in report:
        print(f"{r[0]:40} {r[1]:9} {r[2]:10} {r[3]:5} {r[4]:7} {r[5]:2}/{r[6]:<2}  {r[7]:2} {r[8]:5} {r[9]:5} {r[10]}")
    pairs = singles = 0
    for summ, aids in sorted(by_summit.items()):
        if len(aids) > 2:
            err(str(summ), f"{len(aids)} articles for one summit")
        elif len(aids) == 2:
            pairs += 1
            shared = slugs_by_article[aids[0]] & slugs_by_article[aids[1]]
            print(f"pair {summ}: {len(shared)} shared slugs: {sorted(shared)}")
            if len(shared) < 5:
                err(str(summ), f"pair shares only {len(shared)} slugs")
        else:
            singles += 1
            print(f"single {summ}: {aids[0]}")
    if (len(arts), len(by_summit), pairs, singles) != (8, 5, 3, 2):
        err("shape", f"{len(arts)} articles, {len(by_summit)} summits, {pairs} pairs, "
                     f"{singles} singles (expected 8, 5, 3, 2)")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
