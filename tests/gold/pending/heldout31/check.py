#!/usr/bin/env python3
"""Consistency checker for the heldout31 gold set.

Run from anywhere: python3 check.py [folder]. The folder defaults to the one this file lives in.
It reads heldout31_gold.json and the article .txt files in that folder, and, for the slug-prefix
check only, the same_as slugs of the earlier gold files two levels up (../../*_gold.json).
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

SET = "heldout31"
PREFIX = "h31_"
TOP_KEYS = ["about", "articles"]
ARTICLE_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit",
                "quotes", "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
TEXT_FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PARTICIPANT_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5
HONORIFICS = {
    "mr", "mrs", "ms", "m", "mme", "mlle", "dr", "prof", "professor", "sir", "dame", "sheikh",
    "king", "queen", "prince", "princess", "emir", "sultan", "majesty", "excellency", "highness",
    "hon", "honourable", "honorable", "rt", "chief", "president", "premier", "minister",
    "chancellor", "chairman", "chairperson", "mayor", "secretary", "senator", "monsieur", "madame",
    "lord", "lady", "baroness", "baron", "gen", "general", "col", "colonel", "ratu", "his", "her",
    "senor", "senora", "don", "dona", "comandante", "commander",
}
# Tokens that look like titles but are part of a person's own name in this set.
NAME_TOKEN_EXCEPTIONS = {
    "person:baron-waqa": {"baron"},            # Baron is Waqa's given name
    "person:sharif-sheikh-ahmed": {"sheikh"},  # the second Sheikh is part of the name
}
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PERSON_RE = re.compile(r"^person:" + SLUG + r"$")
ORG_RE = re.compile(r"^org:" + SLUG + r"$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
SAME_AS_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
SPECIAL = {"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
           "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"}
UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
APOSTROPHES = "'’‘`"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def strip_accents(s):
    s = "".join(SPECIAL.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def folded_variants(text):
    """Lower-case accent-folded variants: umlauts as vowel and as vowel+e,
    apostrophes dropped and as separators."""
    out = set()
    for um in (False, True):
        t = "".join(UMLAUT.get(c, c) for c in text) if um else text
        t = strip_accents(t).lower()
        for ap in ("", " "):
            u = t
            for a in APOSTROPHES:
                u = u.replace(a, ap)
            out.add(u)
    return out


def tokens_of(text):
    toks = set()
    for v in folded_variants(text):
        toks.update(t for t in re.split(r"[^a-z0-9]+", v) if t)
    return toks


def token_seqs(text):
    seqs = []
    for v in folded_variants(text):
        seqs.append([t for t in re.split(r"[^a-z0-9]+", v) if t])
    return seqs


def contains_token_sequence(text, phrase):
    want_variants = [[t for t in re.split(r"[^a-z0-9]+", v) if t] for v in folded_variants(phrase)]
    for seq in token_seqs(text):
        for want in want_variants:
            if not want:
                continue
            n = len(want)
            for i in range(len(seq) - n + 1):
                if seq[i:i + n] == want:
                    return True
    return False


def iso(d):
    try:
        return datetime.date.fromisoformat(d) if isinstance(d, str) and len(d) == 10 else None
    except ValueError:
        return None


def quote_spans(text, where):
    """Return (style, spans). style is 'straight', 'curly', 'none' or 'mixed'."""
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    style = "mixed" if has_straight and has_curly else "straight" if has_straight else "curly" if has_curly else "none"
    if style == "mixed":
        err(where, "mixes straight and curly double quotes")
    spans = []
    for ln, line in enumerate(text.split("\n"), 1):
        if line.count('"') % 2:
            err(where, f"line {ln}: unbalanced straight quote marks (or a quote across a line break)")
        spans.extend(re.findall(r'"([^"]*)"', line))
        depth, start = 0, None
        for i, c in enumerate(line):
            if c == "“":
                if depth:
                    err(where, f"line {ln}: nested curly quote mark")
                depth, start = 1, i
            elif c == "”":
                if not depth:
                    err(where, f"line {ln}: closing curly quote without an opening one")
                else:
                    spans.append(line[start + 1:i])
                    depth = 0
        if depth:
            err(where, f"line {ln}: unclosed curly quote (or a quote across a line break)")
    if style == "straight" and ("’" in text or "‘" in text):
        err(where, "curly apostrophe in a straight-quote article")
    if style == "curly" and "'" in text:
        err(where, "straight apostrophe in a curly-quote article")
    return style, spans


def main(folder):
    gold_path = os.path.join(folder, f"{SET}_gold.json")
    with open(gold_path, encoding="utf-8") as fh:
        gold = json.load(fh)

    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        err("top", f"top-level keys must be exactly {TOP_KEYS}, got {list(gold) if isinstance(gold, dict) else type(gold)}")
        if not isinstance(gold, dict) or "articles" not in gold:
            return report([], {}, {})
    if not isinstance(gold.get("about"), str) or not gold.get("about", "").strip():
        err("top", "about text is empty")

    arts = gold["articles"]
    ids = [a.get("id") for a in arts]
    for i in [x for x, n in collections.Counter(ids).items() if n > 1]:
        err("top", f"duplicate id {i}")

    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(folder, "*.txt"))}
    for stray in sorted(txt_files - set(ids)):
        err("top", f"{stray}.txt has no gold entry")

    summit_of = {}     # id -> summit identity
    slugs_of = {}      # id -> set of slugs
    stats = {}
    for a in arts:
        aid = a.get("id", "?")
        where = aid
        keys = list(a.keys())
        if set(keys) != set(ARTICLE_KEYS):
            err(where, f"article keys {keys} differ from {ARTICLE_KEYS}")
            continue
        if keys != ARTICLE_KEYS:
            err(where, "article keys out of order")
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(where, f"id must start with {PREFIX}")
        if a["split"] != SET:
            err(where, f"split must be {SET}, got {a['split']!r}")
        if a["file"] != f"articles/{aid}.txt":
            err(where, f"file must be articles/{aid}.txt, got {a['file']!r}")
        path = os.path.join(folder, f"{aid}.txt")
        if not os.path.exists(path):
            err(where, "text file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        headline = text.split("\n", 1)[0]
        if a["title"] != headline:
            err(where, "title differs from the headline (first line)")
        if not isinstance(a["authors"], list) or not all(isinstance(x, str) and x.strip() for x in a["authors"]):
            err(where, "authors must be a list of non-empty strings")
        pub = iso(a["published_at"])
        if pub is None:
            err(where, f"published_at not an ISO date: {a['published_at']!r}")

        # summit
        s = a["summit"]
        if not isinstance(s, dict) or set(s) != set(SUMMIT_KEYS):
            err(where, f"summit keys {list(s) if isinstance(s, dict) else s} differ from {SUMMIT_KEYS}")
        else:
            if list(s) != SUMMIT_KEYS:
                err(where, "summit keys out of order")
            if not (isinstance(s["organization"], str) and ORG_RE.match(s["organization"])):
                err(where, f"summit organization is not an org: key: {s['organization']!r}")
            sd, ed = iso(s["start_date"]), iso(s["end_date"])
            if sd is None or ed is None:
                err(where, "summit dates must be ISO dates")
            else:
                if sd > ed:
                    err(where, "summit start_date after end_date")
                if pub and pub < sd:
                    err(where, "published_at before the summit start")
            for f in ("city", "country"):
                if not isinstance(s[f], str) or not s[f].strip():
                    err(where, f"summit {f} is empty")
            if isinstance(s["city"], str) and s["city"].strip() and not contains_token_sequence(text, s["city"]):
                err(where, f"summit city {s['city']!r} not found in the text")
            tf = s["text_fields"]
            if not isinstance(tf, list) or not tf:
                err(where, "text_fields must be a non-empty list")
            else:
                if len(set(tf)) != len(tf):
                    err(where, "text_fields has repeats")
                if not set(tf) <= set(TEXT_FIELDS):
                    err(where, f"unknown text_fields {sorted(set(tf) - set(TEXT_FIELDS))}")
                elif tf != sorted(set(tf), key=TEXT_FIELDS.index):
                    err(where, "text_fields not in canonical order")
            summit_of[aid] = (s["organization"], s["city"], s["start_date"])

        # quotes and quote marks
        style, spans = quote_spans(text, where)
        annotated = []
        n_direct = n_partial = 0
        participant_keys = []
        for p in a["participants"]:
            if list(p.keys()) != PARTICIPANT_KEYS:
                err(where, f"participant keys {list(p.keys())} differ from {PARTICIPANT_KEYS}")
                continue
            participant_keys.append(p["key"])
        pset = set(participant_keys)
        for q in a["quotes"]:
            if set(q.keys()) != set(QUOTE_KEYS):
                err(where, f"quote keys {list(q.keys())} differ from {QUOTE_KEYS}")
                continue
            if list(q.keys()) != QUOTE_KEYS:
                err(where, "quote keys out of order")
            annotated.append(q["text"])
            if q["text"] not in text:
                err(where, f"quote text not in article: {q['text']!r}")
            sk = q["speaker_key"]
            if not (isinstance(sk, str) and (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk))):
                err(where, f"malformed speaker key {sk!r}")
            elif sk.startswith("person:") and sk not in pset:
                err(where, f"person speaker {sk} is not a participant")
            if q["kind"] not in QUOTE_KINDS:
                err(where, f"bad quote kind {q['kind']!r}")
            n_direct += q["kind"] == "direct"
            n_partial += q["kind"] == "partial"
        nq = a["not_quotes"]
        if not isinstance(nq, list) or not all(isinstance(x, str) and x for x in nq):
            err(where, "not_quotes must be a list of non-empty strings")
            nq = []
        for x in nq:
            if x not in text:
                err(where, f"not_quote not in article: {x!r}")
        want = collections.Counter(annotated) + collections.Counter(nq)
        have = collections.Counter(spans)
        for span, n in (have - want).items():
            err(where, f"quoted span not annotated as quote or not_quote (x{n}): {span!r}")
        for span, n in (want - have).items():
            err(where, f"annotated quote/not_quote without matching quote marks in the text (x{n}): {span!r}")

        # participants
        for k, n in collections.Counter(participant_keys).items():
            if n > 1:
                err(where, f"duplicate participant {k}")
        toks = tokens_of(text)
        for p in a["participants"]:
            if list(p.keys()) != PARTICIPANT_KEYS:
                continue
            k = p["key"]
            if not (isinstance(k, str) and PERSON_RE.match(k)):
                err(where, f"malformed participant key {k!r}")
                continue
            parts = k.split(":", 1)[1].split("-")
            bad = [t for t in parts if t in HONORIFICS and t not in NAME_TOKEN_EXCEPTIONS.get(k, set())]
            if bad:
                err(where, f"participant key {k} contains honorific/title token(s) {bad}")
            for f in ("role", "affiliation"):
                if not isinstance(p[f], str) or not p[f].strip():
                    err(where, f"participant {k} has empty {f}")
            if parts[-1] not in toks:
                err(where, f"last part of participant key {k} not found in the text")

        # facts
        seen_slugs = []
        kinds_count = collections.Counter()
        for f in a["facts"]:
            if set(f.keys()) != set(FACT_KEYS):
                err(where, f"fact keys {list(f.keys())} differ from {FACT_KEYS}")
                continue
            if list(f.keys()) != FACT_KEYS:
                err(where, "fact keys out of order")
            if not isinstance(f["statement"], str) or not f["statement"].strip():
                err(where, "empty fact statement")
            ks = f["kind"]
            if not isinstance(ks, list) or not ks:
                err(where, f"fact kind must be a non-empty list ({f['same_as']})")
            else:
                if len(set(ks)) != len(ks):
                    err(where, f"repeated fact kind in {f['same_as']}")
                for kd in ks:
                    if kd not in FACT_KINDS:
                        err(where, f"unknown fact kind {kd!r} in {f['same_as']}")
                    else:
                        kinds_count[kd] += 1
            sa = f["same_as"]
            if not (isinstance(sa, str) and SAME_AS_RE.match(sa)):
                err(where, f"malformed same_as {sa!r}")
            seen_slugs.append(sa)
            ev = f["evidence"]
            if not isinstance(ev, list) or not ev or not all(isinstance(e, str) and e for e in ev):
                err(where, f"evidence must be a non-empty list of non-empty strings ({sa})")
            else:
                for e in ev:
                    if e not in text:
                        err(where, f"evidence span not in article ({sa}): {e[:80]!r}")
        for sa, n in collections.Counter(seen_slugs).items():
            if n > 1:
                err(where, f"duplicate same_as {sa}")
        slugs_of[aid] = set(x for x in seen_slugs if isinstance(x, str))

        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(where, f"{words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        stats[aid] = dict(words=words, style=style, weekday=pub.strftime("%A") if pub else "?",
                          published=a["published_at"], q=len(a["quotes"]), direct=n_direct,
                          partial=n_partial, nq=len(nq), p=len(a["participants"]),
                          f=len(a["facts"]), kinds=kinds_count)
    for aid in sorted(set(ids) - txt_files):
        pass  # reported as 'text file missing' above

    return report(arts, summit_of, slugs_of, stats, folder)


def report(arts, summit_of, slugs_of, stats=None, folder="."):
    stats = stats or {}
    # same_as across summits
    by_summit = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        by_summit[sm].append(aid)
    prefix_of_summit = {}
    for sm, aids in by_summit.items():
        prefixes = {s.split("-")[0] for a in aids for s in slugs_of.get(a, ())}
        if len(prefixes) > 1:
            err(f"summit {sm}", f"more than one slug prefix: {sorted(prefixes)}")
        prefix_of_summit[sm] = prefixes
        if len(aids) > 2:
            err(f"summit {sm}", f"{len(aids)} articles (at most 2 allowed)")
    owners = collections.defaultdict(set)
    for sm, prefixes in prefix_of_summit.items():
        for p in prefixes:
            owners[p].add(sm)
    for p, sms in owners.items():
        if len(sms) > 1:
            err("same_as", f"prefix {p!r} used by more than one summit")
    slug_summits = collections.defaultdict(set)
    for aid, ss in slugs_of.items():
        for s in ss:
            slug_summits[s].add(summit_of.get(aid))
    for s, sms in slug_summits.items():
        if len(sms) > 1:
            err("same_as", f"slug {s} shared across different summits")
    earlier = set()
    for path in glob.glob(os.path.join(folder, "..", "..", "*_gold.json")):
        with open(path, encoding="utf-8") as fh:
            for a in json.load(fh).get("articles", []):
                for f in a.get("facts", []):
                    earlier.add(str(f.get("same_as", "")).split("-")[0])
    if not earlier:
        print("note: no earlier gold files found; earlier-prefix check skipped")
    for p in sorted(owners):
        if p in earlier:
            err("same_as", f"prefix {p!r} already used in earlier gold")

    print("per article (published, weekday, words, quote style, quotes direct/partial, not_quotes, participants, facts):")
    for aid, st in stats.items():
        print(f"  {aid}: {st['published']} {st['weekday']}, {st['words']} words, {st['style']}, "
              f"{st['q']} ({st['direct']}/{st['partial']}), {st['nq']}, {st['p']}, {st['f']}")
    tot = collections.Counter()
    for st in stats.values():
        tot.update({k: st[k] for k in ("q", "direct", "partial", "nq", "p", "f")})
        tot.update({"kind:" + k: v for k, v in st["kinds"].items()})
    if stats:
        print("totals:", dict(sorted(tot.items())))
    pairs = singles = 0
    print("same_as pairing:")
    for sm, aids in by_summit.items():
        if len(aids) == 2:
            pairs += 1
            shared = slugs_of[aids[0]] & slugs_of[aids[1]]
            print(f"  {sm}: {aids[0]} + {aids[1]} share {len(shared)}: {sorted(shared)}")
            if len(shared) < MIN_SHARED:
                err(f"summit {sm}", f"pair shares only {len(shared)} slugs (need {MIN_SHARED})")
        elif len(aids) == 1:
            singles += 1
            print(f"  {sm}: single {aids[0]}")
    if (len(arts), len(by_summit), pairs, singles) != (8, 5, 3, 2):
        err("shape", f"expected 8 articles, 5 summits, 3 pairs, 2 singles; got "
                     f"{len(arts)}, {len(by_summit)}, {pairs}, {singles}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
