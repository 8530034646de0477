#!/usr/bin/env python3
"""Checker for the heldout23 gold set.

Usage: python3 check.py [FOLDER]

FOLDER (default: the folder of this script) must hold heldout23_gold.json
and the article files <id>.txt. The 'file' field of each entry is the path
the article will have once moved next to tests/gold/articles
(articles/<id>.txt); the checker reads the copy in FOLDER.

Prints every error found, a per-article summary with the weekday of the
publication date, and a same_as pairing report. Exit status 1 on errors.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

SPLIT = "heldout23"
PREFIX = "h23_"
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
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
    "lord", "lady", "tun", "datuk", "dato", "daw", "sheikh",
    "sheikha", "king", "queen", "prince", "princess", "emir", "general",
    "gen", "colonel", "col", "excellency", "highness", "majesty", "his",
    "her", "brother", "shri", "smt", "hon", "honourable", "honorable",
    "doctor", "senor", "senora", "senorita", "dona", "monsieur", "madame",
    "mme", "mlle", "ambassador", "amb", "hajj", "haji", "alhaji",
    "chief", "rev", "reverend", "president", "minister", "chancellor",
}
WORD_MIN, WORD_MAX = 420, 600
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
PERSON_RE = re.compile(r"^person:" + SLUG + r"$")
ORG_RE = re.compile(r"^org:" + SLUG + r"$")
COUNTRY_RE = re.compile(r"^country:[a-z]{2}$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def fold_variants(text):
    """Return folded lower-case variants of text (umlauts as vowel and as
    vowel+e; apostrophes dropped and as separators)."""
    out = []
    for umlaut_e in (False, True):
        s = text
        if umlaut_e:
            for a, b in (("ö", "oe"), ("Ö", "Oe"), ("ü", "ue"), ("Ü", "Ue"),
                         ("ä", "ae"), ("Ä", "Ae")):
                s = s.replace(a, b)
        for a, b in (("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"),
                     ("ß", "ss"), ("æ", "ae"), ("Æ", "Ae"), ("œ", "oe"),
                     ("Œ", "Oe"), ("đ", "d"), ("Đ", "D"), ("ı", "i")):
            s = s.replace(a, b)
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c)).lower()
        for apos_sep in (False, True):
            t = s
            for ap in ("'", "’", "‘", "`"):
                t = t.replace(ap, " " if apos_sep else "")
            out.append(t)
    return out


def tokens(text):
    return re.findall(r"[a-z0-9]+", text)


def token_set(text):
    result = set()
    for v in fold_variants(text):
        result.update(tokens(v))
    return result


def contains_token_seq(text, phrase):
    for tv in fold_variants(text):
        tt = tokens(tv)
        for pv in fold_variants(phrase):
            pt = tokens(pv)
            if not pt:
                continue
            n = len(pt)
            for i in range(len(tt) - n + 1):
                if tt[i:i + n] == pt:
                    return True
    return False


def quoted_spans(text, where):
    """Return (style, spans). style is 'straight', 'curly', 'none' or
    'mixed'. Reports unbalanced marks and spans across line breaks."""
    has_straight = '"' in text
    has_curly = "“" in text or "”" in text
    if has_straight and has_curly:
        err(where, "mixed quote styles (straight and curly double quotes)")
        style = "mixed"
    elif has_curly:
        style = "curly"
    elif has_straight:
        style = "straight"
    else:
        style = "none"
    spans = []
    for lineno, line in enumerate(text.split("\n"), 1):
        # straight marks: pair in order on each line
        positions = [i for i, c in enumerate(line) if c == '"']
        if len(positions) % 2:
            err(where, "line %d: odd number of straight quote marks "
                "(unbalanced or quote across a line break)" % lineno)
        for a, b in zip(positions[0::2], positions[1::2]):
            spans.append(line[a + 1:b])
        # curly marks: strict open/close alternation on each line
        depth = 0
        start = None
        for i, c in enumerate(line):
            if c == "“":
                if depth:
                    err(where, "line %d: nested or unclosed curly quote" % lineno)
                depth = 1
                start = i
            elif c == "”":
                if not depth:
                    err(where, "line %d: closing curly quote without opening"
                        % lineno)
                    continue
                spans.append(line[start + 1:i])
                depth = 0
        if depth:
            err(where, "line %d: unclosed curly quote (or quote across a "
                "line break)" % lineno)
    return style, spans


def check_keys(where, obj, keys, ordered=True):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    got = list(obj.keys())
    if ordered and got != keys:
        err(where, "keys %s, expected %s" % (got, keys))
        return False
    if not ordered and set(got) != set(keys):
        err(where, "keys %s, expected %s" % (sorted(got), sorted(keys)))
        return False
    return True


def parse_date(where, value, label):
    if not isinstance(value, str) or not ISO_RE.match(value):
        err(where, "%s %r is not an ISO date" % (label, value))
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        err(where, "%s %r is not a valid date" % (label, value))
        return None


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(__file__))
    gold_path = os.path.join(folder, SPLIT + "_gold.json")
    with open(gold_path, encoding="utf-8") as fh:
        gold = json.load(fh)
    if not check_keys("top level", gold, TOP_KEYS):
        pass
    about = gold.get("about")
    if not isinstance(about, str) or not about.strip():
        err("top level", "about text missing or empty")
    articles = gold.get("articles") or []
    ids = [a.get("id") for a in articles if isinstance(a, dict)]
    dup = [i for i, n in collections.Counter(ids).items() if n > 1]
    if dup:
        err("top level", "duplicate ids %s" % dup)
    txt_files = {os.path.basename(p)[:-4]
                 for p in glob.glob(os.path.join(folder, "*.txt"))}
    for stray in sorted(txt_files - set(ids)):
        err(stray + ".txt", "article file without a gold entry")

    summit_prefixes = collections.defaultdict(set)   # summit -> prefixes
    summit_articles = collections.defaultdict(list)  # summit -> ids
    slugs_by_article = {}
    summary = []

    for art in articles:
        aid = art.get("id", "?") if isinstance(art, dict) else "?"
        where = aid
        if not check_keys(where, art, ARTICLE_KEYS):
            if not isinstance(art, dict):
                continue
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(where, "id must start with %s" % PREFIX)
        if art.get("split") != SPLIT:
            err(where, "split %r, expected %r" % (art.get("split"), SPLIT))
        if art.get("file") != "articles/%s.txt" % aid:
            err(where, "file %r, expected articles/%s.txt"
                % (art.get("file"), aid))
        path = os.path.join(folder, "%s.txt" % aid)
        if not os.path.exists(path):
            err(where, "article file %s.txt missing" % aid)
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        headline = text.split("\n", 1)[0].strip()
        if art.get("title") != headline:
            err(where, "title differs from the headline (first line)")
        authors = art.get("authors")
        if not isinstance(authors, list) or not all(
                isinstance(a, str) and a.strip() for a in authors):
            err(where, "authors must be a list of non-empty strings")
        pub = parse_date(where, art.get("published_at"), "published_at")

        # summit
        summit = art.get("summit")
        if check_keys(where + " summit", summit, SUMMIT_KEYS):
            org = summit.get("organization")
            if not isinstance(org, str) or not ORG_RE.match(org):
                err(where, "summit organization %r is not an org: key" % org)
            for k in ("city", "country"):
                if not isinstance(summit.get(k), str) or not summit[k].strip():
                    err(where, "summit %s empty" % k)
            start = parse_date(where, summit.get("start_date"), "start_date")
            end = parse_date(where, summit.get("end_date"), "end_date")
            if start and end and start > end:
                err(where, "summit start_date after end_date")
            if pub and start and pub < start:
                err(where, "published_at before the summit start")
            tf = summit.get("text_fields")
            if not isinstance(tf, list) or not tf:
                err(where, "text_fields empty")
            else:
                if len(set(tf)) != len(tf) or not set(tf) <= set(TEXT_FIELDS):
                    err(where, "text_fields %s not a subset of %s"
                        % (tf, TEXT_FIELDS))
                elif tf != [f for f in TEXT_FIELDS if f in tf]:
                    err(where, "text_fields not in canonical order")
            city = summit.get("city") or ""
            if city and not contains_token_seq(text, city):
                err(where, "summit city %r not found in the text" % city)
            skey = (org, summit.get("city"), summit.get("start_date"))
            summit_articles[skey].append(aid)
        else:
            skey = None

        # word count
        words = len(text.split())
        if not WORD_MIN <= words <= WORD_MAX:
            err(where, "%d words, outside %d-%d" % (words, WORD_MIN, WORD_MAX))

        # quotes and not_quotes
        style, spans = quoted_spans(text, where)
        if style == "straight" and any(c in text for c in "’‘“”"):
            err(where, "curly marks or apostrophes in a straight-quote article")
        if style == "curly" and "'" in text:
            err(where, "straight apostrophe in a curly-quote article")
        quotes = art.get("quotes") or []
        not_quotes = art.get("not_quotes")
        if not isinstance(not_quotes, list) or not all(
                isinstance(n, str) and n for n in not_quotes):
            err(where, "not_quotes must be a list of non-empty strings")
            not_quotes = []
        participants = art.get("participants") or []
        pkeys = []
        for i, p in enumerate(participants):
            pw = "%s participant %d" % (where, i)
            if not check_keys(pw, p, PARTICIPANT_KEYS, ordered=False):
                continue
            key = p.get("key")
            if not isinstance(key, str) or not PERSON_RE.match(key):
                err(pw, "malformed participant key %r" % key)
                continue
            pkeys.append(key)
            parts = key.split(":", 1)[1].split("-")
            bad = [t for t in parts if t in HONORIFICS]
            if bad:
                err(pw, "honorific token(s) %s in key %s" % (bad, key))
            if parts[-1] not in token_set(text):
                err(pw, "last part of key %s (%r) not in the text"
                    % (key, parts[-1]))
            for k in ("role", "affiliation"):
                if not isinstance(p.get(k), str) or not p[k].strip():
                    err(pw, "%s empty" % k)
        for k, n in collections.Counter(pkeys).items():
            if n > 1:
                err(where, "participant %s listed %d times" % (k, n))
        qtexts = []
        for i, q in enumerate(quotes):
            qw = "%s quote %d" % (where, i)
            if not check_keys(qw, q, QUOTE_KEYS, ordered=False):
                continue
            qt = q.get("text")
            if not isinstance(qt, str) or not qt:
                err(qw, "empty quote text")
                continue
            qtexts.append(qt)
            if qt not in text:
                err(qw, "quote text not in the article: %r" % qt[:60])
            sk = q.get("speaker_key")
            if not isinstance(sk, str) or not (
                    PERSON_RE.match(sk) or ORG_RE.match(sk)
                    or COUNTRY_RE.match(sk)):
                err(qw, "malformed speaker key %r" % sk)
            elif sk.startswith("person:") and sk not in pkeys:
                err(qw, "person speaker %s is not a participant" % sk)
            if q.get("kind") not in QUOTE_KINDS:
                err(qw, "quote kind %r not allowed" % q.get("kind"))
        for nq in not_quotes:
            if nq not in text:
                err(where, "not_quote not in the article: %r" % nq)
        want = collections.Counter(spans)
        have = collections.Counter(qtexts) + collections.Counter(not_quotes)
        for s in sorted((want - have).elements()):
            err(where, "quoted span not annotated: %r" % s[:70])
        for s in sorted((have - want).elements()):
            err(where, "annotated quote/not_quote is not a quoted span: %r"
                % s[:70])

        # facts
        facts = art.get("facts") or []
        slugs = []
        kind_count = collections.Counter()
        for i, f in enumerate(facts):
            fw = "%s fact %d" % (where, i)
            if not check_keys(fw, f, FACT_KEYS, ordered=False):
                continue
            if not isinstance(f.get("statement"), str) or not f[
                    "statement"].strip():
                err(fw, "empty statement")
            kinds = f.get("kind")
            if not isinstance(kinds, list) or not kinds:
                err(fw, "kind must be a non-empty list")
            else:
                if len(set(kinds)) != len(kinds):
                    err(fw, "repeated kind in %s" % kinds)
                for k in kinds:
                    if k not in FACT_KINDS:
                        err(fw, "fact kind %r not allowed" % k)
                    kind_count[k] += 1
            ev = f.get("evidence")
            if not isinstance(ev, list) or not ev:
                err(fw, "evidence must be a non-empty list")
            else:
                for e in ev:
                    if not isinstance(e, str) or not e.strip():
                        err(fw, "empty evidence span")
                    elif e not in text:
                        err(fw, "evidence not in the article: %r" % e[:60])
            sa = f.get("same_as")
            if not isinstance(sa, str) or not re.match("^" + SLUG + "$", sa):
                err(fw, "malformed same_as %r" % sa)
                continue
            slugs.append(sa)
            if skey is not None:
                summit_prefixes[skey].add(sa.split("-")[0])
        for s, n in collections.Counter(slugs).items():
            if n > 1:
                err(where, "same_as %s used %d times in one article" % (s, n))
        slugs_by_article[aid] = (skey, set(slugs))
        nd = sum(1 for q in quotes if q.get("kind") == "direct")
        summary.append("%-42s %-9s %3d words  quotes %2d (%d direct/%d partial)"
                       "  not_quotes %d  participants %2d  facts %2d  %s"
                       % (aid, pub.strftime("%A") if pub else "?", words,
                          len(quotes), nd, len(quotes) - nd, len(not_quotes),
                          len(participants), len(facts),
                          dict(sorted(kind_count.items()))))

    # prefixes: one per summit, none shared
    owner = {}
    for skey, prefixes in summit_prefixes.items():
        if len(prefixes) != 1:
            err("summit %s" % (skey,), "same_as prefixes %s (expected one)"
                % sorted(prefixes))
        for p in prefixes:
            if p in owner and owner[p] != skey:
                err("prefix %s" % p, "shared by summits %s and %s"
                    % (owner[p], skey))
            owner.setdefault(p, skey)

    # slugs across summits
    slug_owner = {}
    for aid, (skey, slugs) in slugs_by_article.items():
        for s in slugs:
            if s in slug_owner and slug_owner[s][0] != skey:
                err(aid, "same_as %s also used for another summit (%s)"
                    % (s, slug_owner[s][1]))
            slug_owner.setdefault(s, (skey, aid))

    # pairing report
    print("Articles:")
    for line in summary:
        print("  " + line)
    print("Pairing report:")
    for skey, aids in sorted(summit_articles.items(), key=lambda x: str(x)):
        if len(aids) > 2:
            err("summit %s" % (skey,), "%d articles (at most two)" % len(aids))
        if len(aids) == 2:
            shared = slugs_by_article[aids[0]][1] & slugs_by_article[aids[1]][1]
            print("  %s: %s + %s share %d: %s"
                  % (skey[0] + " " + str(skey[1]), aids[0], aids[1],
                     len(shared), ", ".join(sorted(shared))))
            if len(shared) < 5:
                err("summit %s" % (skey,), "pair shares only %d same_as slugs"
                    % len(shared))
        else:
            print("  %s: %s (single)" % (skey[0] + " " + str(skey[1]),
                                         ", ".join(aids)))

    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: no errors.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
