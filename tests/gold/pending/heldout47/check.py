#!/usr/bin/env python3
"""Validate heldout47_gold.json against the article files in this folder.

Written from scratch for round 47. Reads only this folder, and from the
earlier gold (../../*_gold.json and the names of ../../articles/*.txt) only
ids, file names, summit entries and same_as slugs. Exits 1 on any error.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_DIR = os.path.abspath(os.path.join(HERE, '..', '..'))
SPLIT = 'heldout47'
ABOUT_START = ('Held-out set round 47 (split=heldout47), written by an independent '
               'annotator; not yet scored or read by anyone working on the extractors.')

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}

# First line of the page noise after the body, per article.
TAIL = {
    'h47_g8_huntsville_ledger': 'Related: Photo gallery',
    'h47_g8_huntsville_ringfence': 'Ringfence is read by',
    'h47_au_maputo_wire': 'Editing by Desmond Pryde',
    'h47_au_maputo_explainer': 'Read next:',
    'h47_eu_samara_radio': '[END OF SEGMENT]',
    'h47_eu_samara_coldchain': 'PRICE WATCH:',
    'h47_oic_putrajaya_minaret': 'Letters: write to',
    'h47_pacificalliance_puertovallarta_dealdesk': 'Related: Peso firms',
}
# Credited staff who are neither authors nor participants.
STAFF = {'h47_au_maputo_wire': ['Desmond Pryde']}

HONORIFICS = set('''mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess
emir sultan majesty excellency highness hon rt chief president premier minister chancellor
chairman chairperson mayor secretary senator monsieur madame madam lord lady baroness baron
gen general col colonel ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid
ayatollah ato wro woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati
ambassador amb rtd mp lt lieutenant senhor senhora dom dona sr sra u daw professor
lyonchhen lyonpo dasho aum ap father imam reverend rev pastor bishop seri'''.split())
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed',
                        'person:sheikh-hasina', 'person:nyan-tun'}

AVOID_CITIES = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula',
    'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City',
    'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca',
    'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu',
    'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage',
    'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw',
    'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg',
    'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers',
    'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David',
    'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama',
    'Lilongwe']

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

SPECIAL = {'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE',
           'đ': 'd', 'Đ': 'D', 'ı': 'i', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'ð': 'd'}

errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def tokens(s):
    return [t for t in re.split(r'[^a-z0-9]+', fold(s)) if t]


def has_token_seq(text, phrase):
    tt, pt = tokens(text), tokens(phrase)
    if not pt:
        return False
    n = len(pt)
    return any(tt[i:i + n] == pt for i in range(len(tt) - n + 1))


def is_date(s):
    try:
        return datetime.date.fromisoformat(s).isoformat() == s
    except (TypeError, ValueError):
        return False


def quoted_spans(text):
    """(start of opening mark, end after closing mark, inner text) for every span."""
    out = []
    for m in re.finditer(r'"([^"\n]*)"|\u201c([^\u201c\u201d\n]*)\u201d', text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        out.append((m.start(), m.end(), inner))
    return out


def style_checks(aid, text):
    has_straight = '"' in text or "'" in text
    has_curly = any(c in text for c in '\u201c\u201d\u2018\u2019')
    if has_straight and has_curly:
        err(aid, 'mixes straight and curly quote marks or apostrophes')
    style = 'curly' if has_curly else 'straight'
    for n, line in enumerate(text.split('\n'), 1):
        if line.count('"') % 2:
            err(aid, 'unbalanced straight double quotes on line %d' % n)
        if '\u2018' in line:
            err(aid, 'opening single curly mark on line %d' % n)
        depth = 0
        for c in line:
            if c == '\u201c':
                if depth:
                    err(aid, 'nested curly quote on line %d' % n)
                depth += 1
            elif c == '\u201d':
                if not depth:
                    err(aid, 'closing curly mark without opening on line %d' % n)
                else:
                    depth -= 1
        if depth:
            err(aid, 'unclosed curly quote on line %d' % n)
    return style


def load_earlier():
    ids, summits, slugs, prefixes = set(), [], set(), set()
    for path in sorted(glob.glob(os.path.join(GOLD_DIR, '*_gold.json'))):
        with open(path, encoding='utf-8') as fh:
            data = json.load(fh)
        for a in data.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), str(s.get('start_date', ''))[:4]))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    for path in glob.glob(os.path.join(GOLD_DIR, 'articles', '*.txt')):
        ids.add(os.path.basename(path)[:-4])
    return ids, summits, slugs, prefixes


def main():
    gold_path = os.path.join(HERE, 'heldout47_gold.json')
    with open(gold_path, encoding='utf-8') as fh:
        gold = json.load(fh)
    if list(gold.keys()) != ['about', 'articles']:
        err('top', 'top-level keys must be exactly about, articles')
    about = gold.get('about')
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('top', 'about text must begin with the required sentence')
    arts = gold.get('articles')
    if not isinstance(arts, list):
        err('top', 'articles must be a list')
        arts = []

    earlier_ids, earlier_summits, earlier_slugs, earlier_prefixes = load_earlier()
    earlier_city_years = {(fold(c or ''), y) for _, c, y in earlier_summits}
    avoid = {fold(c) for c in AVOID_CITIES}

    seen_ids = set()
    summit_of = {}
    prefix_of = {}
    slugs_of = {}
    report = []

    for idx, a in enumerate(arts):
        aid = a.get('id') if isinstance(a, dict) else None
        where = '#%d %s' % (idx, aid)
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err(where, 'article keys wrong or out of order: %s' % (list(a.keys()) if isinstance(a, dict) else a))
            continue
        if not isinstance(aid, str) or not re.fullmatch(r'h47_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err(where, 'id must look like h47_<org>_<city>_<slug>')
            continue
        if aid in seen_ids:
            err(aid, 'duplicate id')
        seen_ids.add(aid)
        if aid in earlier_ids:
            err(aid, 'id already used in earlier gold')
        if a['split'] != SPLIT:
            err(aid, 'split must be %s' % SPLIT)
        if a['file'] != 'articles/%s.txt' % aid:
            err(aid, 'file must be articles/<id>.txt')
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err(aid, 'article file missing')
            continue
        with open(path, encoding='utf-8') as fh:
            text = fh.read()
        lines = text.split('\n')
        if a['title'] != lines[0]:
            err(aid, 'title differs from the headline line')

        # body range: from line 5 to the tail marker
        tail = TAIL.get(aid)
        if tail is None:
            err(aid, 'no tail marker defined in check.py')
            continue
        offs, pos = [], 0
        for ln in lines:
            offs.append(pos)
            pos += len(ln) + 1
        body_start = offs[4] if len(offs) > 4 else len(text)
        tail_lines = [i for i, ln in enumerate(lines) if ln.startswith(tail)]
        if len(tail_lines) != 1 or tail_lines[0] < 4:
            err(aid, 'tail marker %r must start exactly one line after line 4' % tail)
            continue
        body_end = offs[tail_lines[0]]
        body = text[body_start:body_end]
        head_end = len(lines[0])

        def in_body(i, j):
            return (body_start <= i and j <= body_end) or j <= head_end

        wc_file, wc_body = len(text.split()), len(body.split())
        if not 420 <= wc_file <= 600:
            err(aid, 'file has %d words (420-600)' % wc_file)
        if not 420 <= wc_body <= 600:
            err(aid, 'body has %d words (420-600)' % wc_body)

        # dates and outlet line
        pub = a['published_at']
        weekday = '?'
        if not is_date(pub):
            err(aid, 'published_at not an ISO date')
        else:
            d = datetime.date.fromisoformat(pub)
            weekday = WEEKDAYS[d.weekday()]
            outlet = lines[1]
            otoks = re.split(r'[^A-Za-z0-9]+', outlet)
            if weekday not in otoks:
                err(aid, 'outlet line lacks weekday %s' % weekday)
            for w in WEEKDAYS:
                if w != weekday and w in otoks:
                    err(aid, 'outlet line carries another weekday %s' % w)
            if str(d.day) not in otoks or MONTHS[d.month - 1] not in otoks or str(d.year) not in otoks:
                err(aid, 'outlet line lacks day, month or year of published_at')

        # authors
        auth = a['authors']
        if not isinstance(auth, list) or not auth or not all(isinstance(x, str) and x.strip() for x in auth):
            err(aid, 'authors must be a non-empty list of non-empty strings')
            auth = []
        for x in auth:
            if x not in lines[2]:
                err(aid, 'author %r not in byline' % x)

        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err(aid, 'summit keys wrong or out of order')
            continue
        if not isinstance(s['organization'], str) or not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', s['organization']):
            err(aid, 'organization must be an org: key')
        for k in ('city', 'country'):
            if not isinstance(s[k], str) or not s[k].strip():
                err(aid, 'summit %s empty' % k)
        for k in ('start_date', 'end_date'):
            if not is_date(s[k]):
                err(aid, 'summit %s not an ISO date' % k)
        if is_date(s['start_date']) and is_date(s['end_date']):
            if s['start_date'] > s['end_date']:
                err(aid, 'start_date after end_date')
            if is_date(pub) and pub < s['start_date']:
                err(aid, 'published before the summit started')
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or \
                any(f not in TEXT_FIELDS for f in tf) or tf != [f for f in TEXT_FIELDS if f in tf]:
            err(aid, 'text_fields must be a non-empty canonical-order subset without repeats')
        if not has_token_seq(text, s['city']):
            err(aid, 'city %r not in text' % s['city'])
        if isinstance(tf, list) and 'country' in tf and not has_token_seq(text, s['country']):
            err(aid, 'country %r listed in text_fields but not in text' % s['country'])
        if fold(s['city']) in avoid:
            err(aid, 'city %r is on the avoid list' % s['city'])
        if (fold(s['city']), s['start_date'][:4]) in earlier_city_years:
            err(aid, 'city and year already used in earlier gold')
        summit_of[aid] = (s['organization'], s['city'], s['start_date'])
        summit_full = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])

        # style and quoted spans
        style = style_checks(aid, text)
        spans = quoted_spans(text)
        for i, j, inner in spans:
            if not in_body(i, j):
                err(aid, 'quoted span %r lies in the page noise' % inner)
        quotes, nq = a['quotes'], a['not_quotes']
        if not isinstance(quotes, list) or not isinstance(nq, list):
            err(aid, 'quotes and not_quotes must be lists')
            continue
        for q in quotes:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(aid, 'quote keys wrong: %r' % q)
        quotes = [q for q in quotes if isinstance(q, dict) and list(q.keys()) == QUOTE_KEYS]
        remaining_nq = collections.Counter(nq)
        qi = 0
        quote_pos = []
        for i, j, inner in spans:
            if qi < len(quotes) and quotes[qi]['text'] == inner:
                quote_pos.append((i, j, inner))
                qi += 1
            elif remaining_nq[inner] > 0:
                remaining_nq[inner] -= 1
            else:
                err(aid, 'quoted span %r is neither the next quote nor a not_quote' % inner)
        if qi != len(quotes):
            err(aid, 'quotes not found in text order from %r' % (quotes[qi]['text'] if qi < len(quotes) else None))
        if sum(remaining_nq.values()):
            err(aid, 'not_quotes not found as quoted spans: %r' % [k for k, v in remaining_nq.items() if v])

        # participants
        parts = a['participants']
        pkeys = []
        folded_tokens = set(tokens(text))
        body_tokens = set(tokens(body) + tokens(lines[0]))
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(aid, 'participant keys wrong: %r' % p)
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err(aid, 'participant key malformed: %r' % k)
                continue
            if k in pkeys:
                err(aid, 'duplicate participant %s' % k)
            pkeys.append(k)
            partsn = k[len('person:'):].split('-')
            if k not in HONORIFIC_EXCEPTIONS:
                bad = [t for t in partsn if t in HONORIFICS]
                if bad:
                    err(aid, 'honorific or title token %r in key %s' % (bad, k))
            for t in partsn:
                if t not in folded_tokens:
                    err(aid, 'name part %r of %s not in text' % (t, k))
            if partsn[-1] not in body_tokens:
                err(aid, 'last name part of %s not in body' % k)
            for f in ('role', 'affiliation'):
                if not isinstance(p[f], str) or not p[f].strip():
                    err(aid, '%s of %s empty' % (f, k))
        for name in list(auth) + STAFF.get(aid, []):
            nk = 'person:' + '-'.join(tokens(name))
            if nk in pkeys:
                err(aid, 'author or credited staff %s listed as participant' % name)

        for q in quotes:
            sk, kind = q['speaker_key'], q['kind']
            if kind not in QUOTE_KINDS:
                err(aid, 'bad quote kind %r' % kind)
            if not isinstance(sk, str) or not re.fullmatch(
                    r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err(aid, 'malformed speaker key %r' % sk)
            elif sk.startswith('person:') and sk not in pkeys:
                err(aid, 'speaker %s is not a participant' % sk)

        # facts
        facts = a['facts']
        ev_ranges = []
        slugs = []
        for f in facts:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(aid, 'fact keys wrong or out of order: %r' % (list(f.keys()) if isinstance(f, dict) else f))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(aid, 'empty fact statement')
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds:
                err(aid, 'fact kind must be a non-empty list (%s)' % f.get('same_as'))
            else:
                if len(set(kinds)) != len(kinds):
                    err(aid, 'repeated fact kind in %s' % f['same_as'])
                for kd in kinds:
                    if kd not in FACT_KINDS:
                        err(aid, 'unknown fact kind %r' % kd)
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa):
                err(aid, 'malformed same_as %r' % sa)
                continue
            if sa in slugs:
                err(aid, 'same_as %s repeated in article' % sa)
            slugs.append(sa)
            if sa in earlier_slugs:
                err(aid, 'same_as %s already used in earlier gold' % sa)
            evs = f['evidence']
            if not isinstance(evs, list) or not evs:
                err(aid, 'fact %s has no evidence' % sa)
                continue
            for ev in evs:
                if not isinstance(ev, str) or not ev.strip():
                    err(aid, 'empty evidence in %s' % sa)
                    continue
                starts = [m.start() for m in re.finditer(re.escape(ev), text)]
                if not starts:
                    err(aid, 'evidence of %s not found verbatim: %r' % (sa, ev[:60]))
                    continue
                good = [st for st in starts if in_body(st, st + len(ev))]
                if not good:
                    err(aid, 'evidence of %s lies in the page noise' % sa)
                ev_ranges.extend((st, st + len(ev)) for st in good)
        for i, j, inner in quote_pos:
            if not any(a0 <= i and j <= b0 for a0, b0 in ev_ranges):
                err(aid, 'quote %r is not inside any evidence span' % inner[:50])
        prefixes = {x.split('-')[0] for x in slugs}
        if len(prefixes) != 1:
            err(aid, 'article uses %d slug prefixes: %s' % (len(prefixes), sorted(prefixes)))
        for px in prefixes:
            if px in earlier_prefixes:
                err(aid, 'slug prefix %s already used in earlier gold' % px)
        prefix_of[aid] = prefixes
        slugs_of[aid] = set(slugs)
        a['_full'] = summit_full
        report.append('%-46s %s %-9s %-8s words %d/%d quotes %d (%d direct/%d partial) not_quotes %d participants %d facts %d' % (
            aid, pub, weekday, style, wc_file, wc_body, len(quotes),
            sum(q['kind'] == 'direct' for q in quotes), sum(q['kind'] == 'partial' for q in quotes),
            len(nq), len(pkeys), len(facts)))

    # folder contents
    txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, '*.txt'))}
    for t in sorted(txts - seen_ids):
        err(t, 'article file without a gold entry')

    # summits, pairs and shape
    groups = collections.defaultdict(list)
    for aid, key in summit_of.items():
        groups[key].append(aid)
    pairs = [g for g in groups.values() if len(g) == 2]
    singles = [g for g in groups.values() if len(g) == 1]
    for key, g in groups.items():
        if len(g) > 2:
            err('shape', 'summit %s has %d articles' % (key, len(g)))
    if not (len(seen_ids) == 8 and len(groups) == 5 and len(pairs) == 3 and len(singles) == 2):
        err('shape', 'need 8 articles, 5 summits, 3 pairs, 2 singles (got %d, %d, %d, %d)' % (
            len(seen_ids), len(groups), len(pairs), len(singles)))
    byid = {a['id']: a for a in arts if isinstance(a, dict) and '_full' in a}
    pair_report = []
    for g in pairs:
        x, y = byid.get(g[0]), byid.get(g[1])
        if x and y and x['_full'] != y['_full']:
            err('pair', '%s and %s disagree on the summit' % (g[0], g[1]))
        shared = slugs_of.get(g[0], set()) & slugs_of.get(g[1], set())
        if len(shared) < 5:
            err('pair', '%s and %s share only %d slugs' % (g[0], g[1], len(shared)))
        pair_report.append('%s + %s share %d: %s' % (g[0], g[1], len(shared), ', '.join(sorted(shared))))
    prefix_summits = collections.defaultdict(set)
    slug_summits = collections.defaultdict(set)
    for aid, pxs in prefix_of.items():
        for px in pxs:
            prefix_summits[px].add(summit_of.get(aid))
        for sl in slugs_of.get(aid, ()):
            slug_summits[sl].add(summit_of.get(aid))
    for px, ss in prefix_summits.items():
        if len(ss) > 1:
            err('slugs', 'prefix %s used by %d summits' % (px, len(ss)))
    for sl, ss in slug_summits.items():
        if len(ss) > 1:
            err('slugs', 'slug %s shared across summits' % sl)

    for line in report:
        print(line)
    for line in pair_report:
        print(line)
    nq = sum(len(a['quotes']) for a in arts if isinstance(a, dict) and 'quotes' in a)
    npart = sum(len(a['participants']) for a in arts if isinstance(a, dict) and 'participants' in a)
    nf = sum(len(a['facts']) for a in arts if isinstance(a, dict) and 'facts' in a)
    print('totals: %d articles, %d quotes, %d participant entries, %d facts' % (len(arts), nq, npart, nf))
    if errors:
        print('\n%d ERROR(S):' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('OK: all checks passed')


if __name__ == '__main__':
    main()
