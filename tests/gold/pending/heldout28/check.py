#!/usr/bin/env python3
"""Consistency checker for the heldout28 gold set.

Usage: python3 check.py [folder]
The folder (default: the folder of this script) holds heldout28_gold.json and the
article .txt files.  Earlier gold files are looked up two levels up (../../*_gold.json)
only to read their same_as slugs, so that no earlier slug prefix is reused.
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

SPLIT = 'heldout28'
PREFIX = 'h28_'
TOP_KEYS = ['about', 'articles']
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PARTICIPANT_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
HONORIFICS = {'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'assoc', 'sir', 'dame',
              'lord', 'lady', 'sheikh', 'king', 'queen', 'prince', 'princess', 'emir', 'his',
              'her', 'majesty', 'highness', 'excellency', 'hon', 'honourable', 'honorable',
              'rep', 'sen', 'gen', 'capt', 'captain', 'chief', 'president', 'premier',
              'minister', 'chancellor', 'chairman', 'mayor', 'secretary', 'doctor', 'pak',
              'bapak', 'ibu', 'monsieur', 'madame'}
MIN_WORDS, MAX_WORDS = 420, 600
SHAPE = dict(articles=8, summits=5, pairs=3, singles=2)
MIN_SHARED = 5

PERSON_RE = re.compile(r'^person:[a-z0-9]+(?:-[a-z0-9]+)*$')
ORG_RE = re.compile(r'^org:[a-z0-9]+(?:-[a-z0-9]+)*$')
COUNTRY_RE = re.compile(r'^country:[a-z]{2}$')
SLUG_RE = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)+$')
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')

SPECIAL = {'ı': 'i', 'ş': 's', 'ğ': 'g', 'ł': 'l', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss',
           'đ': 'd', 'ð': 'd', 'þ': 'th'}


class Report:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append('%s: %s' % (where, msg))


def fold(text, umlaut_e=False):
    """Lower-case, map special letters, strip accents (umlauts optionally to vowel+e)."""
    out = []
    for ch in text.lower():
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
            continue
        if umlaut_e and ch in 'äöü':
            out.append({'ä': 'ae', 'ö': 'oe', 'ü': 'ue'}[ch])
            continue
        d = unicodedata.normalize('NFD', ch)
        out.append(''.join(c for c in d if not unicodedata.combining(c)))
    return ''.join(out)


def token_variants(text):
    """Token lists of the folded text: apostrophes dropped and apostrophes as separators,
    umlauts folded to the vowel and to vowel+e."""
    res = []
    for ue in (False, True):
        f = fold(text, ue)
        for apo in ('', ' '):
            g = re.sub(r"['’‘`]", apo, f)
            res.append(re.findall(r'[a-z0-9]+', g))
    return res


def has_token_seq(text, phrase):
    want_variants = [tuple(v) for v in token_variants(phrase)]
    for toks in token_variants(text):
        for want in want_variants:
            n = len(want)
            if n == 0:
                continue
            for i in range(len(toks) - n + 1):
                if tuple(toks[i:i + n]) == want:
                    return True
    return False


def iso(value):
    if not isinstance(value, str) or not DATE_RE.match(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def quoted_spans(text):
    """Return (spans, problems) for straight and curly double quotes, line by line."""
    spans, problems = [], []
    for n, line in enumerate(text.split('\n'), 1):
        if line.count('"') % 2:
            problems.append('line %d: unbalanced straight quote marks' % n)
        spans.extend(re.findall(r'"([^"]*)"', line))
        depth, start = 0, None
        for i, ch in enumerate(line):
            if ch == '“':
                if depth:
                    problems.append('line %d: nested or unclosed curly quote' % n)
                depth, start = 1, i
            elif ch == '”':
                if not depth:
                    problems.append('line %d: closing curly quote without opening' % n)
                else:
                    spans.append(line[start + 1:i])
                    depth = 0
        if depth:
            problems.append('line %d: curly quote not closed on its line' % n)
    return spans, problems


def check_article(rep, art, folder, seen_ids):
    aid = art.get('id', '?')
    where = aid
    if list(art.keys()) != ARTICLE_KEYS:
        rep.err(where, 'article keys %r, expected %r' % (list(art.keys()), ARTICLE_KEYS))
    if not isinstance(aid, str) or not aid.startswith(PREFIX):
        rep.err(where, 'id must start with %s' % PREFIX)
    if aid in seen_ids:
        rep.err(where, 'duplicate id')
    seen_ids.add(aid)
    if art.get('split') != SPLIT:
        rep.err(where, 'split %r, expected %r' % (art.get('split'), SPLIT))
    if art.get('file') != 'articles/%s.txt' % aid:
        rep.err(where, 'file %r, expected articles/%s.txt' % (art.get('file'), aid))
    path = os.path.join(folder, '%s.txt' % aid)
    if not os.path.exists(path):
        rep.err(where, 'article text %s.txt missing' % aid)
        return None
    text = open(path, encoding='utf-8').read()
    headline = text.split('\n', 1)[0]
    if art.get('title') != headline:
        rep.err(where, 'title differs from headline %r' % headline)
    authors = art.get('authors')
    if not isinstance(authors, list) or not all(isinstance(a, str) and a.strip() for a in authors):
        rep.err(where, 'authors must be a list of non-empty strings')
    pub = iso(art.get('published_at'))
    if pub is None:
        rep.err(where, 'published_at not an ISO date: %r' % art.get('published_at'))

    # summit
    summit = art.get('summit') or {}
    if list(summit.keys()) != SUMMIT_KEYS:
        rep.err(where, 'summit keys %r, expected %r' % (list(summit.keys()), SUMMIT_KEYS))
    if not ORG_RE.match(str(summit.get('organization', ''))):
        rep.err(where, 'summit organization must be an org: key')
    start, end = iso(summit.get('start_date')), iso(summit.get('end_date'))
    if start is None or end is None:
        rep.err(where, 'summit dates must be ISO dates')
    elif start > end:
        rep.err(where, 'summit start_date after end_date')
    if pub and start and pub < start:
        rep.err(where, 'published_at before the summit start')
    for k in ('city', 'country'):
        if not isinstance(summit.get(k), str) or not summit.get(k).strip():
            rep.err(where, 'summit %s empty' % k)
    tf = summit.get('text_fields')
    if not isinstance(tf, list) or not tf:
        rep.err(where, 'text_fields must be a non-empty list')
    else:
        if len(set(tf)) != len(tf):
            rep.err(where, 'text_fields has repeats')
        if not set(tf) <= set(TEXT_FIELDS):
            rep.err(where, 'text_fields has unknown fields %r' % sorted(set(tf) - set(TEXT_FIELDS)))
        elif tf != [f for f in TEXT_FIELDS if f in tf]:
            rep.err(where, 'text_fields not in canonical order')
    if isinstance(summit.get('city'), str) and summit.get('city') and not has_token_seq(text, summit['city']):
        rep.err(where, 'summit city %r not found in the text' % summit['city'])

    # quote style
    has_straight = '"' in text
    has_curly = '“' in text or '”' in text
    if has_straight and has_curly:
        rep.err(where, 'mixes straight and curly double quotes')
    if has_straight and ('’' in text or '‘' in text):
        rep.err(where, 'curly apostrophe in a straight-quote article')
    if has_curly and "'" in text:
        rep.err(where, 'straight apostrophe in a curly-quote article')
    spans, problems = quoted_spans(text)
    for p in problems:
        rep.err(where, p)

    # quotes / not_quotes
    participants = art.get('participants') or []
    pkeys = [p.get('key') for p in participants]
    annotated = []
    for i, q in enumerate(art.get('quotes') or []):
        w = '%s quote %d' % (aid, i)
        if list(q.keys()) != QUOTE_KEYS:
            rep.err(w, 'quote keys %r' % list(q.keys()))
        qt = q.get('text', '')
        if not qt or qt not in text:
            rep.err(w, 'quote text not in article: %r' % qt)
        annotated.append(qt)
        sk = q.get('speaker_key', '')
        if not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
            rep.err(w, 'malformed speaker key %r' % sk)
        elif sk.startswith('person:') and sk not in pkeys:
            rep.err(w, 'person speaker %s is not a participant' % sk)
        if q.get('kind') not in QUOTE_KINDS:
            rep.err(w, 'bad quote kind %r' % q.get('kind'))
    for nq in art.get('not_quotes') or []:
        if not isinstance(nq, str) or not nq or nq not in text:
            rep.err(where, 'not_quote not in article: %r' % nq)
        annotated.append(nq)
    c_text, c_ann = collections.Counter(spans), collections.Counter(annotated)
    for s in sorted((c_text - c_ann).elements()):
        rep.err(where, 'quoted span not annotated: %r' % s)
    for s in sorted((c_ann - c_text).elements()):
        rep.err(where, 'annotated quote without quote marks in the text: %r' % s)

    # participants
    seen = set()
    for i, p in enumerate(participants):
        w = '%s participant %d' % (aid, i)
        if list(p.keys()) != PARTICIPANT_KEYS:
            rep.err(w, 'participant keys %r' % list(p.keys()))
        k = p.get('key', '')
        if not PERSON_RE.match(k):
            rep.err(w, 'malformed participant key %r' % k)
            continue
        if k in seen:
            rep.err(w, 'duplicate participant %s' % k)
        seen.add(k)
        parts = k[len('person:'):].split('-')
        bad = [t for t in parts if t in HONORIFICS]
        if bad:
            rep.err(w, 'honorific or title in key %s: %r' % (k, bad))
        for f in ('role', 'affiliation'):
            if not isinstance(p.get(f), str) or not p.get(f).strip():
                rep.err(w, 'empty %s for %s' % (f, k))
        if not has_token_seq(text, parts[-1]):
            rep.err(w, 'last part of key %s not in text' % k)

    # facts
    slugs = []
    for i, f in enumerate(art.get('facts') or []):
        w = '%s fact %d' % (aid, i)
        if list(f.keys()) != FACT_KEYS:
            rep.err(w, 'fact keys %r' % list(f.keys()))
        if not isinstance(f.get('statement'), str) or not f.get('statement').strip():
            rep.err(w, 'empty statement')
        kinds = f.get('kind')
        if not isinstance(kinds, list) or not kinds:
            rep.err(w, 'kind must be a non-empty list')
        else:
            if len(set(kinds)) != len(kinds):
                rep.err(w, 'repeated fact kind')
            for k in kinds:
                if k not in FACT_KINDS:
                    rep.err(w, 'unknown fact kind %r' % k)
        slug = f.get('same_as', '')
        if not SLUG_RE.match(str(slug)):
            rep.err(w, 'malformed same_as %r' % slug)
        slugs.append(slug)
        ev = f.get('evidence')
        if not isinstance(ev, list) or not ev:
            rep.err(w, 'evidence must be a non-empty list')
        else:
            for e in ev:
                if not isinstance(e, str) or not e or e not in text:
                    rep.err(w, 'evidence span not in article: %r' % e)
    for s, n in collections.Counter(slugs).items():
        if n > 1:
            rep.err(where, 'same_as %s used %d times' % (s, n))

    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        rep.err(where, '%d words, outside %d-%d' % (words, MIN_WORDS, MAX_WORDS))
    return dict(words=words, pub=pub, slugs=set(slugs), text=text)


def main(folder):
    rep = Report()
    gold_path = os.path.join(folder, '%s_gold.json' % SPLIT)
    data = json.load(open(gold_path, encoding='utf-8'))
    if list(data.keys()) != TOP_KEYS:
        rep.err('top', 'top-level keys %r, expected %r' % (list(data.keys()), TOP_KEYS))
    if not isinstance(data.get('about'), str) or not data.get('about').strip():
        rep.err('top', 'about text empty')
    arts = data.get('articles') or []
    seen_ids, info = set(), {}
    for art in arts:
        r = check_article(rep, art, folder, seen_ids)
        if r:
            info[art['id']] = r
    for txt in sorted(glob.glob(os.path.join(folder, '*.txt'))):
        aid = os.path.basename(txt)[:-4]
        if aid not in seen_ids:
            rep.err(aid, '.txt file without a gold entry')

    # summits, prefixes, pairs
    groups = collections.OrderedDict()
    for art in arts:
        s = art.get('summit') or {}
        groups.setdefault((s.get('organization'), s.get('city'), s.get('start_date')), []).append(art)
    earlier = set()
    for g in glob.glob(os.path.join(folder, '..', '..', '*_gold.json')):
        try:
            d = json.load(open(g, encoding='utf-8'))
        except Exception as exc:  # pragma: no cover
            rep.err(g, 'unreadable: %s' % exc)
            continue
        for a in d.get('articles', []):
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str) and sa:
                    earlier.add(sa.split('-')[0])
    prefix_of = {}
    slug_owner = {}
    for key, members in groups.items():
        prefixes = set()
        for art in members:
            for f in art.get('facts') or []:
                sa = f.get('same_as', '')
                if isinstance(sa, str) and sa:
                    prefixes.add(sa.split('-')[0])
                    slug_owner.setdefault(sa, set()).add(key)
        if len(prefixes) != 1:
            rep.err(str(key), 'summit uses %d slug prefixes %r, expected one' % (len(prefixes), sorted(prefixes)))
        for p in prefixes:
            if p in earlier:
                rep.err(str(key), 'slug prefix %r already used in earlier gold' % p)
            prefix_of.setdefault(p, set()).add(key)
        if len(members) > 2:
            rep.err(str(key), '%d articles for one summit (at most 2)' % len(members))
    for p, keys in prefix_of.items():
        if len(keys) > 1:
            rep.err('prefix', 'prefix %r shared by %d summits' % (p, len(keys)))
    for sa, keys in slug_owner.items():
        if len(keys) > 1:
            rep.err('same_as', 'slug %s shared across different summits' % sa)

    pairs = [m for m in groups.values() if len(m) == 2]
    singles = [m for m in groups.values() if len(m) == 1]
    print('Pairing report:')
    for m in pairs:
        a, b = m[0]['id'], m[1]['id']
        shared = (info.get(a, {}).get('slugs', set()) & info.get(b, {}).get('slugs', set()))
        print('  %s + %s: %d shared slugs' % (a, b, len(shared)))
        if len(shared) < MIN_SHARED:
            rep.err('%s+%s' % (a, b), 'only %d shared same_as slugs (need %d)' % (len(shared), MIN_SHARED))
    shape = dict(articles=len(arts), summits=len(groups), pairs=len(pairs), singles=len(singles))
    if shape != SHAPE:
        rep.err('shape', 'set shape %r, expected %r' % (shape, SHAPE))

    print('Articles:')
    for art in arts:
        r = info.get(art['id'])
        if not r:
            continue
        wd = r['pub'].strftime('%A') if r['pub'] else '?'
        print('  %-42s %3d words  published %s (%s)  q=%d nq=%d p=%d f=%d' % (
            art['id'], r['words'], art.get('published_at'), wd, len(art.get('quotes') or []),
            len(art.get('not_quotes') or []), len(art.get('participants') or []), len(art.get('facts') or [])))
    if rep.errors:
        print('\n%d ERROR(S):' % len(rep.errors))
        for e in rep.errors:
            print('  ' + e)
        return 1
    print('\nOK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
