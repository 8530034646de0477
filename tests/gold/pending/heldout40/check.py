#!/usr/bin/env python3
"""Checker for the heldout40 gold set (written from scratch for this set).

Usage: python3 check.py [folder]   (default: the folder of this file)

Reads heldout40_gold.json and the article .txt files in the folder, and the
same_as slugs (only) of ../../*_gold.json to make sure no slug prefix of this
set was used in earlier gold. Prints a per-article report and exits with
status 1 if any error was found.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SET = 'heldout40'
PREFIX = 'h40_'
TOP_KEYS = ['about', 'articles']
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
HONORIFICS = set('''mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir
sultan majesty excellency highness hon rt chief president premier minister chancellor chairman
chairperson mayor secretary senator monsieur madame madam lord lady baroness baron gen general
col colonel ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah ato wro
woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati'''.split())
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                        'person:nyan-tun'}
WORD_MIN, WORD_MAX = 420, 600
MIN_SHARED = 5
SHAPE = dict(articles=8, summits=5, pairs=3, singles=2)

RE_PERSON = re.compile(r'^person:[a-z0-9]+(-[a-z0-9]+)*$')
RE_ORG = re.compile(r'^org:[a-z0-9]+(-[a-z0-9]+)*$')
RE_COUNTRY = re.compile(r'^country:[a-z]{2}$')
RE_SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)+$')
RE_DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')

SPECIAL = {'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ı': 'i',
           'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'ð': 'd'}
UMLAUT_E = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue'}
APOS = "'\u2019\u2018`\u02bc"

errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


def fold_variants(s):
    """Return folded variants of s: umlauts to vowel or vowel+e, apostrophes dropped or split."""
    out = set()
    for uml in (False, True):
        t = s
        if uml:
            for k, v in UMLAUT_E.items():
                t = t.replace(k, v)
        for k, v in SPECIAL.items():
            t = t.replace(k, v)
        t = unicodedata.normalize('NFKD', t)
        t = ''.join(c for c in t if not unicodedata.combining(c)).lower()
        for drop in (True, False):
            u = t
            for a in APOS:
                u = u.replace(a, '' if drop else ' ')
            out.add(u)
    return out


def tokens(s):
    return re.findall(r'[a-z0-9]+', s)


def token_variants(s):
    return [tokens(v) for v in fold_variants(s)]


def contains_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def valid_date(s):
    if not isinstance(s, str) or not RE_DATE.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def check_keys(where, obj, expected):
    """Report missing/unexpected keys and order; return True if all expected keys present."""
    if not isinstance(obj, dict):
        err(where, 'not an object')
        return False
    keys = list(obj.keys())
    missing = [k for k in expected if k not in obj]
    extra = [k for k in keys if k not in expected]
    if missing:
        err(where, 'missing keys %s' % missing)
    if extra:
        err(where, 'unexpected keys %s' % extra)
    if not missing and not extra and keys != expected:
        err(where, 'keys out of order %s' % keys)
    return not missing


def quoted_spans(text, where):
    """Return (spans, style) where style is 'straight', 'curly', 'none' or 'mixed'."""
    has_straight = '"' in text
    has_curly = '\u201c' in text or '\u201d' in text
    style = 'mixed' if (has_straight and has_curly) else 'straight' if has_straight else 'curly' if has_curly else 'none'
    spans = []
    for ln, line in enumerate(text.split('\n'), 1):
        if line.count('"') % 2:
            err(where, 'line %d: unbalanced straight quote marks' % ln)
        else:
            spans.extend(re.findall(r'"([^"\n]*)"', line))
        depth = 0
        start = None
        for i, ch in enumerate(line):
            if ch == '\u201c':
                if depth:
                    err(where, 'line %d: nested curly quote mark' % ln)
                else:
                    start = i + 1
                depth += 1
            elif ch == '\u201d':
                if depth == 0:
                    err(where, 'line %d: closing curly mark without an opening one' % ln)
                    continue
                depth -= 1
                if depth == 0:
                    spans.append(line[start:i])
        if depth:
            err(where, 'line %d: unclosed curly quote (span across a line break?)' % ln)
    return spans, style


def earlier_prefixes(folder):
    pre = set()
    gold_dir = os.path.normpath(os.path.join(folder, '..', '..'))
    for f in sorted(glob.glob(os.path.join(gold_dir, '*_gold.json'))):
        try:
            d = json.load(open(f, encoding='utf-8'))
        except Exception as e:  # pragma: no cover
            err(f, 'cannot read: %s' % e)
            continue
        for a in d.get('articles', []):
            for fact in a.get('facts', []):
                sa = fact.get('same_as')
                if isinstance(sa, str):
                    pre.add(sa.split('-')[0])
    return pre


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(folder, SET + '_gold.json')
    data = json.load(open(path, encoding='utf-8'))
    if not isinstance(data, dict):
        err('top', 'not an object')
        return finish()
    check_keys('top', data, TOP_KEYS)
    if not isinstance(data.get('about'), str) or not data.get('about', '').strip():
        err('top', 'empty about text')
    arts = data.get('articles') or []
    if not isinstance(arts, list):
        err('top', 'articles is not a list')
        arts = []

    ids = Counter(a.get('id') for a in arts if isinstance(a, dict))
    for i, n in ids.items():
        if n > 1:
            err('top', 'duplicate id %s' % i)
    txt_files = {os.path.basename(f)[:-4] for f in glob.glob(os.path.join(folder, '*.txt'))}
    for t in sorted(txt_files - set(ids)):
        err('top', 'text file %s.txt has no entry' % t)

    old_prefixes = earlier_prefixes(folder)
    summit_of = {}          # article id -> summit identity
    slugs_of = {}           # article id -> set of slugs
    report = []

    for idx, a in enumerate(arts):
        where = 'article[%d] %s' % (idx, a.get('id') if isinstance(a, dict) else '?')
        if not check_keys(where, a, ARTICLE_KEYS):
            continue
        aid = a['id']
        where = aid
        if not isinstance(aid, str) or not aid.startswith(PREFIX):
            err(where, 'id without prefix %s' % PREFIX)
        if a['split'] != SET:
            err(where, 'split is %r, not %r' % (a['split'], SET))
        if a['file'] != 'articles/%s.txt' % aid:
            err(where, 'file is %r' % a['file'])
        tpath = os.path.join(folder, '%s.txt' % aid)
        if not os.path.exists(tpath):
            err(where, 'text file missing')
            continue
        text = open(tpath, encoding='utf-8').read()
        if a['title'] != text.split('\n')[0]:
            err(where, 'title differs from the headline')
        if not isinstance(a['authors'], list) or not all(isinstance(x, str) and x.strip() for x in a['authors']):
            err(where, 'authors must be a list of non-empty strings')
        pub = valid_date(a['published_at'])
        if pub is None:
            err(where, 'published_at not an ISO date')

        # summit
        s = a['summit']
        if check_keys(where + '.summit', s, SUMMIT_KEYS):
            if not isinstance(s['organization'], str) or not RE_ORG.match(s['organization']):
                err(where, 'summit organization is not an org: key')
            sd, ed = valid_date(s['start_date']), valid_date(s['end_date'])
            if sd is None or ed is None:
                err(where, 'summit dates not ISO')
            else:
                if sd > ed:
                    err(where, 'start_date after end_date')
                if pub and pub < sd:
                    err(where, 'published before the summit started')
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf:
                err(where, 'text_fields empty')
            else:
                if any(f not in TEXT_FIELDS for f in tf):
                    err(where, 'unknown text_field in %s' % tf)
                if len(set(tf)) != len(tf):
                    err(where, 'repeated text_field')
                known = [f for f in tf if f in TEXT_FIELDS]
                if known != sorted(set(known), key=TEXT_FIELDS.index):
                    err(where, 'text_fields out of canonical order')
            for fld in ('city', 'country'):
                if not isinstance(s[fld], str) or not s[fld].strip():
                    err(where, 'empty summit %s' % fld)
            if isinstance(s['city'], str) and s['city'].strip():
                tvs = token_variants(text)
                cvs = token_variants(s['city'])
                if not any(contains_seq(tv, cv) for tv in tvs for cv in cvs):
                    err(where, 'city %r not found in text' % s['city'])
            summit_of[aid] = (s['organization'], s['city'], s['start_date'])

        # quote marks and apostrophes
        spans, style = quoted_spans(text, where)
        if style == 'mixed':
            err(where, 'both straight and curly double quote marks')
        if style == 'straight' and ('\u2019' in text or '\u2018' in text):
            err(where, 'curly apostrophe or single mark in a straight-quote article')
        if style == 'curly' and "'" in text:
            err(where, 'straight apostrophe in a curly-quote article')

        # quotes
        qtexts = []
        participants = a['participants'] if isinstance(a['participants'], list) else []
        pkeys = [p.get('key') for p in participants if isinstance(p, dict)]
        ndirect = npartial = 0
        for qi, q in enumerate(a['quotes']):
            qw = '%s.quotes[%d]' % (aid, qi)
            if not check_keys(qw, q, QUOTE_KEYS):
                continue
            if not isinstance(q['text'], str) or q['text'] not in text:
                err(qw, 'quote text not in article: %r' % q['text'])
            qtexts.append(q['text'])
            sk = q['speaker_key']
            if not isinstance(sk, str) or not (RE_PERSON.match(sk) or RE_ORG.match(sk) or RE_COUNTRY.match(sk)):
                err(qw, 'malformed speaker key %r' % sk)
            elif sk.startswith('person:') and sk not in pkeys:
                err(qw, 'speaker %s is not a participant' % sk)
            if q['kind'] not in QUOTE_KINDS:
                err(qw, 'bad quote kind %r' % q['kind'])
            ndirect += q['kind'] == 'direct'
            npartial += q['kind'] == 'partial'
        nq = a['not_quotes'] if isinstance(a['not_quotes'], list) else []
        for t in nq:
            if not isinstance(t, str) or t not in text:
                err(aid, 'not_quote not in article: %r' % t)
        annotated = Counter(qtexts) + Counter(t for t in nq if isinstance(t, str))
        found = Counter(spans)
        for t in sorted((found - annotated).elements()):
            err(aid, 'quoted span not annotated: %r' % t)
        for t in sorted((annotated - found).elements()):
            err(aid, 'annotated quote/not_quote without quote marks: %r' % t)

        # participants
        seen = set()
        text_tokens = set()
        for tv in token_variants(text):
            text_tokens.update(tv)
        for pi, p in enumerate(participants):
            pw = '%s.participants[%d]' % (aid, pi)
            if not check_keys(pw, p, PART_KEYS):
                continue
            k = p['key']
            if not isinstance(k, str) or not RE_PERSON.match(k):
                err(pw, 'malformed participant key %r' % k)
                continue
            if k in seen:
                err(pw, 'duplicate participant %s' % k)
            seen.add(k)
            parts = k[len('person:'):].split('-')
            if k not in HONORIFIC_EXCEPTIONS:
                bad = [x for x in parts if x in HONORIFICS]
                if bad:
                    err(pw, 'honorific/title token %s in key %s' % (bad, k))
            for fld in ('role', 'affiliation'):
                if not isinstance(p[fld], str) or not p[fld].strip():
                    err(pw, 'empty %s' % fld)
            if parts[-1] not in text_tokens:
                err(pw, 'last part of key %s not in text' % k)

        # facts
        slugs = []
        for fi, f in enumerate(a['facts']):
            fw = '%s.facts[%d]' % (aid, fi)
            if not check_keys(fw, f, FACT_KEYS):
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(fw, 'empty statement')
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds:
                err(fw, 'empty fact kind list')
            else:
                if any(k not in FACT_KINDS for k in kinds):
                    err(fw, 'unknown fact kind in %s' % kinds)
                if len(set(kinds)) != len(kinds):
                    err(fw, 'repeated fact kind')
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err(fw, 'empty evidence')
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(fw, 'evidence not in article: %r' % e)
            sa = f['same_as']
            if not isinstance(sa, str) or not RE_SLUG.match(sa):
                err(fw, 'malformed same_as %r' % sa)
                continue
            slugs.append(sa)
        for sa, n in Counter(slugs).items():
            if n > 1:
                err(aid, 'same_as %s repeated in article' % sa)
        prefixes = {sa.split('-')[0] for sa in slugs}
        if len(prefixes) > 1:
            err(aid, 'more than one slug prefix: %s' % sorted(prefixes))
        for p in prefixes & old_prefixes:
            err(aid, 'slug prefix %r already used in earlier gold' % p)
        slugs_of[aid] = set(slugs)

        words = len(text.split())
        if not WORD_MIN <= words <= WORD_MAX:
            err(aid, '%d words, outside %d-%d' % (words, WORD_MIN, WORD_MAX))
        report.append('%-40s %s %-9s words=%d quotes=%d (%d direct/%d partial) not_quotes=%d participants=%d facts=%d style=%s' % (
            aid, a['published_at'], pub.strftime('%A') if pub else '?', words, len(a['quotes']), ndirect, npartial,
            len(nq), len(participants), len(a['facts']), style))

    for aid in ids:
        if aid is not None and aid not in txt_files:
            err(aid, 'entry without a text file')

    # summits, pairs, prefixes
    by_summit = defaultdict(list)
    for aid, s in summit_of.items():
        by_summit[s].append(aid)
    prefix_summit = defaultdict(set)
    slug_summit = defaultdict(set)
    for aid, sl in slugs_of.items():
        if aid in summit_of:
            for sa in sl:
                prefix_summit[sa.split('-')[0]].add(summit_of[aid])
                slug_summit[sa].add(summit_of[aid])
    for p, ss in prefix_summit.items():
        if len(ss) > 1:
            err('top', 'slug prefix %r shared by %d summits' % (p, len(ss)))
    for sa, ss in slug_summit.items():
        if len(ss) > 1:
            err('top', 'slug %s shared across different summits' % sa)
    pairs = singles = 0
    print('Pairing report:')
    for s, members in sorted(by_summit.items()):
        if len(members) > 2:
            err('top', 'summit %s has %d articles' % (s, len(members)))
        elif len(members) == 2:
            pairs += 1
            shared = slugs_of.get(members[0], set()) & slugs_of.get(members[1], set())
            print('  %s: %s + %s share %d: %s' % (s, members[0], members[1], len(shared), ', '.join(sorted(shared))))
            if len(shared) < MIN_SHARED:
                err('top', 'pair %s shares only %d slugs' % (s, len(shared)))
        else:
            singles += 1
            print('  %s: single %s' % (s, members[0]))
    shape = dict(articles=len(arts), summits=len(by_summit), pairs=pairs, singles=singles)
    if shape != SHAPE:
        err('top', 'shape %s, expected %s' % (shape, SHAPE))
    print('Articles:')
    for line in report:
        print('  ' + line)
    return finish()


def finish():
    if errors:
        print('%d ERRORS' % len(errors))
        for e in errors:
            print('  ERROR ' + e)
        return 1
    print('OK: no errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
