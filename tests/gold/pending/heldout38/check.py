#!/usr/bin/env python3
"""Consistency checker for the heldout38 gold set.

Written from scratch for this set from the list of checks described in the
about text of heldout18 (extended with the stricter checks listed there and
in later sets). Run from anywhere:

    python3 tests/gold/pending/heldout38/check.py [folder]

Exits with status 1 and prints every error found; exits 0 when clean.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SPLIT = 'heldout38'
PREFIX = 'h38_'
GOLD_NAME = 'heldout38_gold.json'

TOP_KEYS = ['about', 'articles']
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors',
                'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date',
               'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PARTICIPANT_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
HONORIFICS = set('''mr mrs ms m mme mlle dr prof professor sir dame sheikh king
queen prince princess emir sultan majesty excellency highness hon rt chief
president premier minister chancellor chairman chairperson mayor secretary
senator monsieur madame lord lady baroness baron gen general col colonel ratu
his her hm hrh datuk dato tun tunku pak shri smt sayyid ayatollah u
andriamatoa ramatoa'''.split())
# keys in which an honorific-looking token is part of the person's name
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed',
                        'person:sheikh-hasina'}
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5

SLUG = r'[a-z0-9]+(?:-[a-z0-9]+)*'
PERSON_RE = re.compile(r'^person:' + SLUG + r'$')
ORG_RE = re.compile(r'^org:' + SLUG + r'$')
COUNTRY_RE = re.compile(r'^country:[a-z]{2}$')
SAME_AS_RE = re.compile(r'^' + SLUG + r'$')
SPECIAL = {'ß': 'ss', 'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe',
           'Œ': 'oe', 'đ': 'd', 'Đ': 'd', 'ł': 'l', 'Ł': 'l', 'ı': 'i',
           'ð': 'd', 'þ': 'th'}

errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


def fold_variants(text):
    """Return token lists of the text, folded in the accepted ways."""
    out = []
    for umlaut_e in (False, True):
        for apos_sep in (False, True):
            t = text
            if umlaut_e:
                for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'),
                             ('Ä', 'ae'), ('Ö', 'oe'), ('Ü', 'ue')):
                    t = t.replace(a, b)
            t = ''.join(SPECIAL.get(c, c) for c in t)
            t = unicodedata.normalize('NFKD', t)
            t = ''.join(c for c in t if not unicodedata.combining(c))
            t = t.lower()
            for ap in ("'", '’', '‘', 'ʼ', '`'):
                t = t.replace(ap, ' ' if apos_sep else '')
            out.append(re.findall(r'[a-z0-9]+', t))
    return out


def contains_tokens(text, phrase):
    for toks in fold_variants(text):
        for ptoks in fold_variants(phrase):
            if not ptoks:
                continue
            n = len(ptoks)
            for i in range(len(toks) - n + 1):
                if toks[i:i + n] == ptoks:
                    return True
    return False


def iso(where, value):
    try:
        if not isinstance(value, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', value):
            raise ValueError
        return datetime.date.fromisoformat(value)
    except ValueError:
        err(where, 'not an ISO date: %r' % (value,))
        return None


def quoted_spans(where, text):
    """Quoted spans of the text and its quote style, checking the marks."""
    has_straight = '"' in text
    has_curly = '“' in text or '”' in text
    if has_straight and has_curly:
        err(where, 'mixes straight and curly double quotes')
    style = 'curly' if has_curly else ('straight' if has_straight else 'none')
    # apostrophes and single marks follow the article's style
    if style == 'curly' and "'" in text:
        err(where, 'straight apostrophe or single quote in a curly-quote article')
    if style == 'straight' and ('’' in text or '‘' in text):
        err(where, 'curly apostrophe or single quote in a straight-quote article')
    spans = []
    for ln, line in enumerate(text.split('\n'), 1):
        if line.count('"') % 2:
            err(where, 'unbalanced straight quotes on line %d' % ln)
        spans += re.findall(r'"([^"]*)"', line)
        depth = 0
        start = None
        for i, c in enumerate(line):
            if c == '“':
                if depth:
                    err(where, 'nested curly quote on line %d' % ln)
                depth += 1
                start = i
            elif c == '”':
                if not depth:
                    err(where, 'closing curly quote without opening on line %d' % ln)
                    continue
                depth -= 1
                if depth == 0:
                    spans.append(line[start + 1:i])
        if depth:
            err(where, 'unclosed curly quote on line %d (quoted span across a line break?)' % ln)
    return spans, style


def main(folder):
    gold_path = os.path.join(folder, GOLD_NAME)
    with open(gold_path, encoding='utf-8') as fh:
        gold = json.load(fh)
    if not isinstance(gold, dict) or list(gold.keys()) != TOP_KEYS:
        err('top', 'top-level keys must be exactly %s, got %s' % (
            TOP_KEYS, list(gold.keys()) if isinstance(gold, dict) else type(gold)))
    if not isinstance(gold.get('about'), str) or not gold.get('about', '').strip():
        err('top', 'about text is empty')
    articles = gold.get('articles') or []

    # earlier same_as prefixes (only the same_as slugs of the earlier gold files are read)
    earlier_prefixes = set()
    for path in glob.glob(os.path.join(folder, '..', '..', '*_gold.json')):
        with open(path, encoding='utf-8') as fh:
            g = json.load(fh)
        for a in (g.get('articles') if isinstance(g, dict) else g) or []:
            for f in a.get('facts', []):
                if f.get('same_as'):
                    earlier_prefixes.add(f['same_as'].split('-')[0])

    txt_files = {os.path.basename(p) for p in glob.glob(os.path.join(folder, '*.txt'))}
    seen_ids = set()
    summit_of = {}
    slugs_of = {}
    report = []
    for n, a in enumerate(articles):
        aid = a.get('id', '#%d' % n)
        W = aid
        if list(a.keys()) != ARTICLE_KEYS:
            if set(a.keys()) == set(ARTICLE_KEYS):
                err(W, 'article keys out of order: %s' % list(a.keys()))
            else:
                err(W, 'article keys wrong: %s' % list(a.keys()))
                continue
        if aid in seen_ids:
            err(W, 'duplicate id')
        seen_ids.add(aid)
        if not aid.startswith(PREFIX):
            err(W, 'id without prefix %s' % PREFIX)
        if a['split'] != SPLIT:
            err(W, 'split %r, expected %r' % (a['split'], SPLIT))
        if a['file'] != 'articles/%s.txt' % aid:
            err(W, 'file %r, expected articles/%s.txt' % (a['file'], aid))
        txt_name = aid + '.txt'
        if txt_name not in txt_files:
            err(W, 'text file %s missing' % txt_name)
            continue
        with open(os.path.join(folder, txt_name), encoding='utf-8') as fh:
            text = fh.read()
        headline = text.split('\n', 1)[0]
        if a['title'] != headline:
            err(W, 'title differs from the headline: %r vs %r' % (a['title'], headline))
        if not isinstance(a['authors'], list) or not all(
                isinstance(x, str) and x.strip() for x in a['authors']):
            err(W, 'authors must be a list of non-empty strings')
        pub = iso(W + ' published_at', a['published_at'])

        # summit
        s = a['summit']
        if not isinstance(s, dict) or set(s.keys()) != set(SUMMIT_KEYS):
            err(W, 'summit keys wrong: %s' % (list(s.keys()) if isinstance(s, dict) else s))
            continue
        if list(s.keys()) != SUMMIT_KEYS:
            err(W, 'summit keys out of order: %s' % list(s.keys()))
        if not ORG_RE.match(str(s['organization'])):
            err(W, 'summit organization is not an org: key: %r' % s['organization'])
        start = iso(W + ' start_date', s['start_date'])
        end = iso(W + ' end_date', s['end_date'])
        if start and end and start > end:
            err(W, 'start_date after end_date')
        if pub and start and pub < start:
            err(W, 'published before the summit started')
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf:
            err(W, 'text_fields empty')
        else:
            unknown = [x for x in tf if x not in TEXT_FIELDS]
            if unknown:
                err(W, 'unknown text_fields %s' % unknown)
            if len(set(tf)) != len(tf):
                err(W, 'repeated text_field')
            known = [x for x in tf if x in TEXT_FIELDS]
            if known != sorted(known, key=TEXT_FIELDS.index):
                err(W, 'text_fields not in canonical order: %s' % tf)
        for k in ('city', 'country'):
            if not isinstance(s[k], str) or not s[k].strip():
                err(W, 'summit %s empty' % k)
        if s.get('city') and not contains_tokens(text, s['city']):
            err(W, 'city %r not found in the text' % s['city'])
        summit_id = (s['organization'], s['city'], s['start_date'])
        summit_of[aid] = summit_id

        # quotes and not_quotes
        spans, style = quoted_spans(W, text)
        annotated = []
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                if set(q.keys()) == set(QUOTE_KEYS):
                    err(W, 'quote keys out of order: %s' % list(q.keys()))
                else:
                    err(W, 'quote keys wrong: %s' % list(q.keys()))
                    continue
            if q['text'] not in text:
                err(W, 'quote text not in article: %r' % q['text'])
            if q['kind'] not in QUOTE_KINDS:
                err(W, 'bad quote kind %r' % q['kind'])
            sk = q['speaker_key']
            if not (PERSON_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(W, 'malformed speaker key %r' % sk)
            annotated.append(q['text'])
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or nq not in text:
                err(W, 'not_quote not in article: %r' % (nq,))
            annotated.append(nq)
        c_spans, c_ann = Counter(spans), Counter(annotated)
        for sp in sorted((c_spans - c_ann).elements()):
            err(W, 'quoted span not annotated: %r' % sp)
        for sp in sorted((c_ann - c_spans).elements()):
            err(W, 'annotated quote/not_quote not a quoted span in the text: %r' % sp)

        # participants
        pkeys = []
        for p in a['participants']:
            if list(p.keys()) != PARTICIPANT_KEYS:
                if set(p.keys()) == set(PARTICIPANT_KEYS):
                    err(W, 'participant keys out of order: %s' % list(p.keys()))
                else:
                    err(W, 'participant keys wrong: %s' % list(p.keys()))
                    continue
            k = p['key']
            if not PERSON_RE.match(k):
                err(W, 'malformed participant key %r' % k)
                continue
            if k in pkeys:
                err(W, 'duplicate participant %r' % k)
            pkeys.append(k)
            toks = k.split(':', 1)[1].split('-')
            bad = [t for t in toks if t in HONORIFICS]
            if bad and k not in HONORIFIC_EXCEPTIONS:
                err(W, 'honorific/title token %s in participant key %r' % (bad, k))
            for f in ('role', 'affiliation'):
                if not isinstance(p[f], str) or not p[f].strip():
                    err(W, 'participant %r has empty %s' % (k, f))
            if not contains_tokens(text, toks[-1]):
                err(W, 'last part of participant key %r not in the text' % k)
        for q in a['quotes']:
            sk = q.get('speaker_key', '')
            if sk.startswith('person:') and sk not in pkeys:
                err(W, 'person speaker %r is not a participant' % sk)

        # facts
        slugs = []
        kinds = Counter()
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                if set(f.keys()) == set(FACT_KEYS):
                    err(W, 'fact keys out of order: %s' % list(f.keys()))
                else:
                    err(W, 'fact keys wrong: %s' % list(f.keys()))
                    continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(W, 'empty fact statement')
            ks = f['kind']
            if not isinstance(ks, list) or not ks:
                err(W, 'empty fact kind list (%s)' % f.get('same_as'))
            else:
                if len(set(ks)) != len(ks):
                    err(W, 'repeated fact kind %s' % ks)
                for k in ks:
                    if k not in FACT_KINDS:
                        err(W, 'unknown fact kind %r' % k)
                    kinds[k] += 1
            sa = f['same_as']
            if not isinstance(sa, str) or not SAME_AS_RE.match(sa) or '-' not in sa:
                err(W, 'malformed same_as %r' % (sa,))
            elif sa in slugs:
                err(W, 'duplicate same_as %r' % sa)
            slugs.append(sa)
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err(W, 'empty evidence for %s' % sa)
            else:
                for e in ev:
                    if not isinstance(e, str) or not e or e not in text:
                        err(W, 'evidence not in article (%s): %r' % (sa, e))
        slugs_of[aid] = [x for x in slugs if isinstance(x, str)]

        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(W, '%d words, outside %d-%d' % (words, MIN_WORDS, MAX_WORDS))
        nd = sum(1 for q in a['quotes'] if q.get('kind') == 'direct')
        report.append('%-44s %s %-9s %3d words  quotes %2d (%d direct)  not_quotes %d  '
                      'participants %2d  facts %2d  [%s]  quotes=%s' % (
                          aid, a['published_at'],
                          pub.strftime('%A') if pub else '?', words,
                          len(a['quotes']), nd, len(a['not_quotes']),
                          len(a['participants']), len(a['facts']),
                          ', '.join('%s %d' % kv for kv in sorted(kinds.items())), style))

    for t in sorted(txt_files):
        if t[:-4] not in seen_ids:
            err('folder', 'text file %s has no gold entry' % t)

    # same_as prefixes and pairing
    by_summit = defaultdict(list)
    for aid, sid in summit_of.items():
        by_summit[sid].append(aid)
    prefix_of_summit = {}
    for sid, aids in by_summit.items():
        prefixes = {sl.split('-')[0] for aid in aids for sl in slugs_of.get(aid, [])}
        if len(prefixes) > 1:
            err('same_as', 'summit %s uses several slug prefixes: %s' % (sid, sorted(prefixes)))
        prefix_of_summit[sid] = prefixes
        for p in prefixes & earlier_prefixes:
            err('same_as', 'prefix %r already used in earlier gold files' % p)
    seen_prefix = {}
    for sid, prefixes in prefix_of_summit.items():
        for p in prefixes:
            if p in seen_prefix and seen_prefix[p] != sid:
                err('same_as', 'prefix %r shared by summits %s and %s' % (p, seen_prefix[p], sid))
            seen_prefix[p] = sid
    slug_summits = defaultdict(set)
    for aid, sl in slugs_of.items():
        for x in sl:
            slug_summits[x].add(summit_of[aid])
    for x, sids in slug_summits.items():
        if len(sids) > 1:
            err('same_as', 'slug %r shared across summits %s' % (x, sorted(sids)))
    pairs = singles = 0
    pair_report = []
    for sid, aids in sorted(by_summit.items()):
        if len(aids) > 2:
            err('shape', 'summit %s has %d articles' % (sid, len(aids)))
        elif len(aids) == 2:
            pairs += 1
            shared = sorted(set(slugs_of[aids[0]]) & set(slugs_of[aids[1]]))
            pair_report.append('%s: %s + %s share %d: %s' % (
                sid, aids[0], aids[1], len(shared), ', '.join(shared)))
            if len(shared) < MIN_SHARED:
                err('same_as', 'pair %s shares only %d slugs' % (sid, len(shared)))
        else:
            singles += 1
    if (len(articles), len(by_summit), pairs, singles) != (8, 5, 3, 2):
        err('shape', 'expected 8 articles, 5 summits, 3 pairs, 2 singles; got %d, %d, %d, %d' % (
            len(articles), len(by_summit), pairs, singles))

    print('\n'.join(report))
    print('\n'.join(pair_report))
    if errors:
        print('\n%d ERRORS' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('\nOK: %d articles, no errors' % len(articles))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
