#!/usr/bin/env python3
"""Validate heldout45_gold.json against the article files in this folder.

Written from scratch for round 45. Reads only this folder, plus the ids, summit
entries and same_as slugs of the earlier ../../*_gold.json files and the file
names in ../../articles/ (to keep ids, prefixes, slugs and city-years new).
Exits 1 on any error.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'heldout45'
GOLD = os.path.join(HERE, SPLIT + '_gold.json')
EARLIER = sorted(glob.glob(os.path.join(HERE, '..', '..', '*_gold.json')))
ARTICLES_DIR = os.path.join(HERE, '..', '..', 'articles')

ABOUT_START = ('Held-out set round 45 (split=heldout45), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

# First line of the page noise that follows the body of each article.
TAIL = {
    'h45_pif_suva_daily': 'RELATED',
    'h45_pif_suva_tuna': 'Next issue:',
    'h45_g8_campdavid_liveblog': 'KEY EVENTS',
    'h45_g8_campdavid_athens': 'More analysis:',
    'h45_turkic_istanbul_wire': '(Reporting by',
    'h45_turkic_istanbul_explainer': 'Read next:',
    'h45_francophonie_djerba_diaspora': 'EVENTS:',
    'h45_apec_lima_release': '###',
}
# Credited staff who are neither authors nor participants.
STAFF = {'h45_turkic_istanbul_wire': ['Murat Sezer']}

AVOID_CITIES = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali,
Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca,
Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi,
Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain,
Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw,
Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami"""

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}

HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan majesty
excellency highness hon rt chief president premier minister chancellor chairman chairperson mayor secretary
senator monsieur madame madam lord lady baroness baron gen general col colonel ratu his her hm hrh he datuk
dato tun tunku pak shri smt sayyid ayatollah ato wro woizero domnul doamna hojatoleslam mheshimiwa rais mama
ndugu shrimati ambassador amb rtd mp lt lieutenant senhor senhora dom dona sr sra u daw professor""".split())
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                        'person:nyan-tun'}

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']

SLUG_RE = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)+$')
KEY_RE = re.compile(r'^(person|org):[a-z0-9]+(-[a-z0-9]+)*$|^country:[a-z]{2}$')
PERSON_RE = re.compile(r'^person:[a-z0-9]+(-[a-z0-9]+)+$')
ID_RE = re.compile(r'^h45_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)$')

SPECIAL = {'ı': 'i', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE',
           'œ': 'oe', 'Œ': 'OE', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'þ': 'th'}

errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def contains_tokens(hay, needle):
    h, n = tokens(hay), tokens(needle)
    if not n:
        return False
    return any(h[i:i + len(n)] == n for i in range(len(h) - len(n) + 1))


def iso(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while sub and i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def quoted_spans(text, where):
    """Return [(start, end, inner_text)] for double-quoted spans, checking quote style."""
    curly = any(c in text for c in '“”‘’')
    straight = '"' in text or "'" in text
    spans = []
    if curly and straight:
        err(where, 'mixed quote styles (straight and curly marks in one article)')
    if '‘' in text:
        err(where, 'opening single curly mark found')
    offset = 0
    for n, line in enumerate(text.split('\n'), 1):
        if curly:
            depth, start = 0, None
            for i, c in enumerate(line):
                if c == '“':
                    if depth:
                        err(where, f'line {n}: nested curly quote')
                    depth, start = 1, i
                elif c == '”':
                    if not depth:
                        err(where, f'line {n}: closing curly mark without opening one')
                    else:
                        spans.append((offset + start + 1, offset + i, line[start + 1:i]))
                    depth = 0
            if depth:
                err(where, f'line {n}: unclosed curly quote')
        else:
            pos = [i for i, c in enumerate(line) if c == '"']
            if len(pos) % 2:
                err(where, f'line {n}: unbalanced straight quote marks')
            for a, b in zip(pos[0::2], pos[1::2]):
                spans.append((offset + a + 1, offset + b, line[a + 1:b]))
        offset += len(line) + 1
    return spans, ('curly' if curly else 'straight')


def check_keys(obj, keys, where):
    if not isinstance(obj, dict):
        err(where, 'not an object')
        return False
    if list(obj.keys()) != keys:
        err(where, f'keys {list(obj.keys())} != {keys}')
        return False
    return True


def nonempty_str(x):
    return isinstance(x, str) and x.strip() != ''


def main():
    gold = json.load(open(GOLD, encoding='utf-8'))
    # ---------------- earlier gold: ids, summits, slugs
    earlier_ids, earlier_prefixes, earlier_slugs, earlier_city_years = set(), set(), set(), set()
    for f in EARLIER:
        if os.path.basename(f) == SPLIT + '_gold.json':
            continue
        for a in json.load(open(f, encoding='utf-8')).get('articles', []):
            earlier_ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                earlier_city_years.add((fold(s['city']), s['start_date'][:4]))
            for x in a.get('facts', []):
                if x.get('same_as'):
                    earlier_slugs.add(x['same_as'])
                    earlier_prefixes.add(x['same_as'].split('-')[0])
    if os.path.isdir(ARTICLES_DIR):
        earlier_ids |= {os.path.splitext(n)[0] for n in os.listdir(ARTICLES_DIR)}
    avoid = {fold(c.strip()) for c in AVOID_CITIES.replace('\n', ' ').split(',')}

    # ---------------- top level
    if list(gold.keys()) != ['about', 'articles']:
        err('top', f'keys {list(gold.keys())} != [about, articles]')
    if not str(gold.get('about', '')).startswith(ABOUT_START):
        err('top', 'about text does not begin with the required sentence')
    arts = gold.get('articles', [])
    if not isinstance(arts, list) or len(arts) != 8:
        err('top', 'expected a list of 8 articles')
        arts = arts if isinstance(arts, list) else []

    ids = [a.get('id') for a in arts if isinstance(a, dict)]
    for i, d in Counter(ids).items():
        if d > 1:
            err('top', f'duplicate id {i}')
    txts = {os.path.splitext(n)[0] for n in os.listdir(HERE) if n.endswith('.txt')}
    for t in sorted(txts - set(ids)):
        err('top', f'{t}.txt has no gold entry')

    summits = defaultdict(list)
    prefix_of_summit = defaultdict(set)
    slugs_of_summit = defaultdict(set)
    report = []

    for idx, a in enumerate(arts):
        aid = a.get('id') if isinstance(a, dict) else None
        W = f'article {idx} ({aid})'
        if not check_keys(a, ARTICLE_KEYS, W):
            continue
        m = ID_RE.match(aid or '')
        if not m:
            err(W, 'id not of the form h45_<org>_<city>_<slug>')
        if aid in earlier_ids:
            err(W, 'id already used in earlier gold or articles/')
        if a['split'] != SPLIT:
            err(W, f'split {a["split"]!r} != {SPLIT}')
        if a['file'] != f'articles/{aid}.txt':
            err(W, f'file {a["file"]!r} != articles/{aid}.txt')
        path = os.path.join(HERE, f'{aid}.txt')
        if not os.path.exists(path):
            err(W, 'article file missing')
            continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if len(lines) < 6:
            err(W, 'article too short')
            continue

        # ---------- header
        if a['title'] != lines[0]:
            err(W, 'title differs from the headline (first line)')
        pub = iso(a['published_at'])
        if not pub:
            err(W, 'published_at not an ISO date')
        else:
            toks = set(re.findall(r'[A-Za-z]+|\d+', lines[1]))
            need = {WEEKDAYS[pub.weekday()], str(pub.day), MONTHS[pub.month - 1], str(pub.year)}
            if not need <= toks:
                err(W, f'outlet line lacks {sorted(need - toks)}')
            others = [w for w in WEEKDAYS if w != WEEKDAYS[pub.weekday()] and w in toks]
            if others:
                err(W, f'outlet line carries another weekday {others}')
        if not isinstance(a['authors'], list) or not all(nonempty_str(x) for x in a['authors']):
            err(W, 'authors must be a list of non-empty strings')
        else:
            for au in a['authors']:
                if au not in lines[2]:
                    err(W, f'author {au!r} not in the byline')

        # ---------- body region and word counts
        marker = TAIL.get(aid)
        tail_line = next((i for i, l in enumerate(lines) if i >= 4 and marker and l.startswith(marker)), None)
        if tail_line is None:
            err(W, f'tail marker {marker!r} not found')
            tail_line = len(lines)
        body_start = sum(len(l) + 1 for l in lines[:4])
        body_end = sum(len(l) + 1 for l in lines[:tail_line])
        head_end = len(lines[0])
        body = text[body_start:body_end]

        def in_allowed(s, e):
            return (0 <= s and e <= head_end) or (body_start <= s and e <= body_end)

        nw, nb = len(text.split()), len(body.split())
        if not 420 <= nw <= 600:
            err(W, f'{nw} words in file (420-600)')
        if not 420 <= nb <= 600:
            err(W, f'{nb} words in body (420-600)')

        # ---------- summit
        s = a['summit']
        if check_keys(s, SUMMIT_KEYS, W + ' summit'):
            if not re.match(r'^org:[a-z0-9]+(-[a-z0-9]+)*$', str(s['organization'])):
                err(W, 'organization not an org: key')
            for k in ('city', 'country'):
                if not nonempty_str(s[k]):
                    err(W, f'summit {k} empty')
            sd, ed = iso(s['start_date']), iso(s['end_date'])
            if not sd or not ed:
                err(W, 'summit dates not ISO')
            else:
                if sd > ed:
                    err(W, 'start_date after end_date')
                if pub and pub < sd:
                    err(W, 'published before the summit began')
                if (fold(s['city']), s['start_date'][:4]) in earlier_city_years:
                    err(W, 'city and year already used in earlier gold')
            if fold(s['city']) in avoid:
                err(W, 'city on the list of cities to avoid')
            tf = s['text_fields']
            if (not isinstance(tf, list) or not tf or len(set(tf)) != len(tf)
                    or any(x not in TEXT_FIELDS for x in tf)
                    or tf != [x for x in TEXT_FIELDS if x in tf]):
                err(W, f'bad text_fields {tf}')
            if not contains_tokens(text, s['city']):
                err(W, 'city not in the text')
            if isinstance(tf, list) and 'country' in tf and not contains_tokens(text, s['country']):
                err(W, 'country listed in text_fields but not in the text')
            summits[(s['organization'], s['city'], s['start_date'])].append((aid, s))

        # ---------- quotes
        spans, style = quoted_spans(text, W)
        for st, en, _ in spans:
            if not in_allowed(st, en):
                err(W, f'quoted span outside headline/body: {text[st:en][:40]!r}')
        quotes = a['quotes'] if isinstance(a['quotes'], list) else []
        nq = a['not_quotes'] if isinstance(a['not_quotes'], list) else []
        parts = a['participants'] if isinstance(a['participants'], list) else []
        pkeys = [p.get('key') for p in parts if isinstance(p, dict)]
        for qi, q in enumerate(quotes):
            if not check_keys(q, QUOTE_KEYS, f'{W} quote {qi}'):
                continue
            if not nonempty_str(q['text']):
                err(W, f'quote {qi} empty')
            if q['kind'] not in QUOTE_KINDS:
                err(W, f'quote {qi} kind {q["kind"]!r}')
            if not KEY_RE.match(str(q['speaker_key'])):
                err(W, f'quote {qi} speaker key {q["speaker_key"]!r} malformed')
            elif q['speaker_key'].startswith('person:') and q['speaker_key'] not in pkeys:
                err(W, f'quote {qi} speaker {q["speaker_key"]} not a participant')
        for x in nq:
            if not nonempty_str(x):
                err(W, 'empty not_quote')
        # match spans in text order: quotes in order, not_quotes as a multiset
        qi, left_nq, quote_pos = 0, Counter(nq), []
        for st, en, inner in spans:
            if qi < len(quotes) and isinstance(quotes[qi], dict) and quotes[qi].get('text') == inner:
                quote_pos.append((st, en))
                qi += 1
            elif left_nq[inner] > 0:
                left_nq[inner] -= 1
            else:
                err(W, f'quoted span not annotated (or quotes out of order): {inner[:50]!r}')
        if qi != len(quotes):
            err(W, f'{len(quotes) - qi} quote(s) not found in text order, first: '
                   f'{str(quotes[qi].get("text"))[:50]!r}')
        for x, n in left_nq.items():
            if n > 0:
                err(W, f'not_quote not found as a quoted span: {x[:50]!r}')

        # ---------- participants
        seen = set()
        author_keys = {'person:' + '-'.join(tokens(x)) for x in a['authors'] + STAFF.get(aid, [])}
        text_toks, body_toks = set(tokens(text)), set(tokens(body))
        for pi, p in enumerate(parts):
            if not check_keys(p, PART_KEYS, f'{W} participant {pi}'):
                continue
            k = p['key']
            if not isinstance(k, str) or not PERSON_RE.match(k):
                err(W, f'participant key {k!r} malformed')
                continue
            if k in seen:
                err(W, f'participant {k} repeated')
            seen.add(k)
            if k in author_keys:
                err(W, f'author or credited staff {k} listed as participant')
            bits = k.split(':', 1)[1].split('-')
            if k not in HONORIFIC_EXCEPTIONS and any(b in HONORIFICS for b in bits):
                err(W, f'participant key {k} contains an honorific or title')
            for b in bits:
                if b not in text_toks:
                    err(W, f'{k}: name part {b!r} not in the text')
            if bits[-1] not in body_toks:
                err(W, f'{k}: last name part not in the body')
            for f in ('role', 'affiliation'):
                if not nonempty_str(p[f]):
                    err(W, f'{k}: empty {f}')

        # ---------- facts
        facts = a['facts'] if isinstance(a['facts'], list) else []
        if not facts:
            err(W, 'no facts')
        ev_ranges, art_slugs = [], []
        for fi, x in enumerate(facts):
            FW = f'{W} fact {fi}'
            if not check_keys(x, FACT_KEYS, FW):
                continue
            if not nonempty_str(x['statement']):
                err(FW, 'empty statement')
            k = x['kind']
            if not isinstance(k, list) or not k or len(set(k)) != len(k) or any(y not in FACT_KINDS for y in k):
                err(FW, f'bad kind {k}')
            sl = x['same_as']
            if not isinstance(sl, str) or not SLUG_RE.match(sl):
                err(FW, f'bad same_as {sl!r}')
            else:
                art_slugs.append(sl)
                if sl in earlier_slugs:
                    err(FW, f'slug {sl} already used in earlier gold')
                if sl.split('-')[0] in earlier_prefixes:
                    err(FW, f'prefix of {sl} already used in earlier gold')
            ev = x['evidence']
            if not isinstance(ev, list) or not ev:
                err(FW, 'evidence must be a non-empty list')
                continue
            for e in ev:
                if not nonempty_str(e):
                    err(FW, 'empty evidence string')
                    continue
                occ = [o for o in occurrences(text, e) if in_allowed(o, o + len(e))]
                if not occurrences(text, e):
                    err(FW, f'evidence not found verbatim: {e[:60]!r}')
                elif not occ:
                    err(FW, f'evidence only in page noise: {e[:60]!r}')
                ev_ranges += [(o, o + len(e)) for o in occ]
        for sl, n in Counter(art_slugs).items():
            if n > 1:
                err(W, f'slug {sl} repeated in the article')
        prefixes = {sl.split('-')[0] for sl in art_slugs}
        if len(prefixes) != 1:
            err(W, f'slug prefixes {sorted(prefixes)}; expected exactly one')
        if isinstance(s, dict):
            key = (s.get('organization'), s.get('city'), s.get('start_date'))
            prefix_of_summit[key] |= prefixes
            slugs_of_summit[key] |= set(art_slugs)
        for (st, en), q in zip(quote_pos, quotes):
            if not any(a0 <= st and en <= b0 for a0, b0 in ev_ranges):
                err(W, f'quote not covered by any evidence span: {q["text"][:50]!r}')

        kinds = Counter(q['kind'] for q in quotes if isinstance(q, dict))
        report.append(f'{aid}: {WEEKDAYS[pub.weekday()] if pub else "?"}, {style}, {nw}/{nb} words, '
                      f'{len(quotes)} quotes ({kinds["direct"]} direct/{kinds["partial"]} partial), '
                      f'{len(nq)} not_quotes, {len(parts)} participants, {len(facts)} facts')

    # ---------------- summits, pairs, slugs
    owners = defaultdict(set)
    for key, pref in prefix_of_summit.items():
        for p in pref:
            owners[p].add(key)
    for p, ks in owners.items():
        if len(ks) > 1:
            err('summits', f'prefix {p} used by {len(ks)} summits')
    slug_owner = defaultdict(set)
    for key, sls in slugs_of_summit.items():
        for sl in sls:
            slug_owner[sl].add(key)
    for sl, ks in slug_owner.items():
        if len(ks) > 1:
            err('summits', f'slug {sl} shared across summits')
    sizes = Counter(len(v) for v in summits.values())
    if len(summits) != 5 or sizes.get(2, 0) != 3 or sizes.get(1, 0) != 2 or set(sizes) - {1, 2}:
        err('summits', f'shape: {len(summits)} summits, sizes {dict(sizes)}; expected 5 summits, 3 pairs, 2 singles')
    slug_by_id = {a.get('id'): {x.get('same_as') for x in a.get('facts', []) if isinstance(x, dict)}
                  for a in arts if isinstance(a, dict)}
    for key, members in summits.items():
        if len(members) == 2:
            (i1, s1), (i2, s2) = members
            for f in ('organization', 'city', 'country', 'start_date', 'end_date'):
                if s1.get(f) != s2.get(f):
                    err('pair ' + i1 + '/' + i2, f'disagree on {f}')
            shared = slug_by_id[i1] & slug_by_id[i2]
            if len(shared) < 5:
                err('pair ' + i1 + '/' + i2, f'only {len(shared)} shared same_as slugs')
            report.append(f'pair {i1} / {i2}: {len(shared)} shared slugs: {", ".join(sorted(shared))}')
        elif len(members) > 2:
            err('summits', f'{key} has {len(members)} articles')

    for r in report:
        print(r)
    if errors:
        print(f'\n{len(errors)} error(s):')
        for e in errors:
            print('  ERROR', e)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
