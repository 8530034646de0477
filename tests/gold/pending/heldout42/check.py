#!/usr/bin/env python3
"""Validate heldout42_gold.json against the article files in this folder.

Written from scratch for round 42. Reads only this folder, plus the ids and
same_as slugs of ../../*_gold.json and the file names in ../../articles/
(to make sure no id or slug prefix of an earlier gold file is reused).
Exits 1 on any error.
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
GOLD = os.path.join(HERE, 'heldout42_gold.json')
SPLIT = 'heldout42'
PREFIX = 'h42_'
ABOUT_START = ('Held-out set round 42 (split=heldout42), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

TOP_KEYS = ['about', 'articles']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
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
col colonel lt lieutenant ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah
ato wro woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati ambassador amb rtd
mp senhor senhora dom dona sr sra'''.split())
# Names that are known exceptions to the honorific rule in earlier gold (none used here).
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                        'person:nyan-tun'}
# Body of each article: from the fifth line (after headline, outlet line, byline and one
# line of header noise) up to the first occurrence of the tail marker below.
TAIL_MARKERS = {
    'h42_cplp_dili_weekly': '\nRelated\n',
    'h42_cplp_dili_tradepress': '\nNext issue:',
    'h42_ecowas_accra_wire': '\n(Reporting by',
    'h42_ecowas_accra_explainer': '\n------',
    'h42_brics_yekaterinburg_business': '\nRELATED\n',
    'h42_brics_yekaterinburg_transcript': '\n[END OF TRANSCRIPT]',
    'h42_mercosur_iguazu_analysis': '\nMost read\n',
    'h42_chogm_valletta_local': '\nRELATED\n',
}
HEADER_LINES = 4
MIN_WORDS, MAX_WORDS = 420, 600
MIN_SHARED = 5

errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


SPECIAL = {'ß': 'ss', 'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'đ': 'd',
           'Đ': 'd', 'ł': 'l', 'Ł': 'l', 'ı': 'i', 'ð': 'd', 'þ': 'th'}


def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("'", ' ').replace('\u2019', ' ').replace('\u2018', ' ')
    return s


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def contains_tokens(hay_tokens, needle):
    n = tokens(needle)
    if not n:
        return False
    for i in range(len(hay_tokens) - len(n) + 1):
        if hay_tokens[i:i + len(n)] == n:
            return True
    return False


def iso(d):
    try:
        return datetime.date.fromisoformat(d) if isinstance(d, str) and len(d) == 10 else None
    except ValueError:
        return None


def check_keys(where, obj, keys):
    if not isinstance(obj, dict):
        err(where, f'not an object: {obj!r}')
        return False
    got = list(obj.keys())
    missing = [k for k in keys if k not in obj]
    extra = [k for k in got if k not in keys]
    if missing:
        err(where, f'missing keys {missing}')
    if extra:
        err(where, f'unexpected keys {extra}')
    if not missing and not extra and got != keys:
        err(where, f'keys out of order: {got}')
    return not missing


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0 and s:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def quoted_spans(where, text, style):
    """Return [(start_of_inner_text, inner_text)] for every double-quoted span."""
    spans = []
    pos = 0
    for line in text.split('\n'):
        if style == 'straight':
            if line.count('"') % 2:
                err(where, f'unbalanced straight quote marks in line: {line[:70]!r}')
            for m in re.finditer(r'"([^"]*)"', line):
                spans.append((pos + m.start(1), m.group(1)))
        else:
            depth, start = 0, None
            for i, ch in enumerate(line):
                if ch == '\u201c':
                    if depth:
                        err(where, f'nested curly quote in line: {line[:70]!r}')
                    depth += 1
                    start = i + 1
                elif ch == '\u201d':
                    if not depth:
                        err(where, f'closing curly quote without opening: {line[:70]!r}')
                        continue
                    depth -= 1
                    spans.append((pos + start, line[start:i]))
            if depth:
                err(where, f'unclosed curly quote in line: {line[:70]!r}')
        pos += len(line) + 1
    return spans


def load_earlier():
    ids, prefixes = set(), set()
    for f in glob.glob(os.path.join(HERE, '..', '..', '*_gold.json')):
        try:
            d = json.load(open(f, encoding='utf-8'))
        except Exception as e:  # noqa
            err('earlier', f'cannot read {f}: {e}')
            continue
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            for fact in a.get('facts', []):
                sa = fact.get('same_as')
                if isinstance(sa, str) and sa:
                    prefixes.add(sa.split('-')[0])
    adir = os.path.join(HERE, '..', '..', 'articles')
    if os.path.isdir(adir):
        for n in os.listdir(adir):
            ids.add(os.path.splitext(n)[0])
    return ids, prefixes


def main():
    try:
        gold = json.load(open(GOLD, encoding='utf-8'))
    except Exception as e:
        print(f'ERROR: cannot load {GOLD}: {e}')
        return 1
    if not check_keys('top', gold, TOP_KEYS):
        pass
    about = gold.get('about', '')
    if not isinstance(about, str) or not about.strip():
        err('about', 'empty about text')
    elif not about.startswith(ABOUT_START):
        err('about', 'about text does not begin with the required sentence')

    earlier_ids, earlier_prefixes = load_earlier()
    arts = gold.get('articles', [])
    if not isinstance(arts, list):
        err('top', 'articles is not a list')
        arts = []

    txt_files = {os.path.splitext(os.path.basename(f))[0] for f in glob.glob(os.path.join(HERE, '*.txt'))}
    seen_ids = set()
    summits = collections.defaultdict(list)   # (org, city, start) -> [article]
    slug_owner = {}                             # slug -> summit id
    prefix_owner = {}                           # prefix -> summit id
    report = []

    for n, a in enumerate(arts):
        aid = a.get('id', f'#{n}') if isinstance(a, dict) else f'#{n}'
        where = f'article {n} ({aid})'
        if not check_keys(where, a, ART_KEYS):
            continue
        # ---- identity and files
        if not isinstance(aid, str) or not re.fullmatch(PREFIX + r'[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err(where, 'malformed id')
        if aid in seen_ids:
            err(where, 'duplicate id')
        seen_ids.add(aid)
        if aid in earlier_ids:
            err(where, 'id already used in earlier gold')
        if a['split'] != SPLIT:
            err(where, f'split is {a["split"]!r}')
        if a['file'] != f'articles/{aid}.txt':
            err(where, f'file is {a["file"]!r}')
        path = os.path.join(HERE, f'{aid}.txt')
        if not os.path.exists(path):
            err(where, 'text file missing')
            continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if a['title'] != lines[0]:
            err(where, 'title differs from headline')
        # ---- dates
        pub = iso(a['published_at'])
        if not pub:
            err(where, f'bad published_at {a["published_at"]!r}')
        else:
            outlet = lines[1] if len(lines) > 1 else ''
            ot = tokens(outlet)
            if pub.strftime('%A').lower() not in ot or str(pub.day) not in ot or str(pub.year) not in ot \
                    or pub.strftime('%B').lower() not in ot:
                err(where, f'outlet line does not carry {pub.strftime("%A %d %B %Y")}')
        # ---- authors
        if not isinstance(a['authors'], list) or not all(isinstance(x, str) and x.strip() for x in a['authors']):
            err(where, 'authors must be a list of non-empty strings')
        else:
            byline = lines[2] if len(lines) > 2 else ''
            for au in a['authors']:
                if au not in byline:
                    err(where, f'author {au!r} not in byline')
        # ---- body
        marker = TAIL_MARKERS.get(aid)
        head_end = sum(len(l) + 1 for l in lines[:HEADER_LINES])
        if marker is None or marker not in text[head_end:]:
            err(where, 'no tail marker for body')
            body_start, body_end = head_end, len(text)
        else:
            body_start, body_end = head_end, text.index(marker, head_end)
        body = text[body_start:body_end]
        regions = [(0, len(lines[0])), (body_start, body_end)]

        def in_regions(i, ln):
            return any(s <= i and i + ln <= e for s, e in regions)

        wf, wb = len(text.split()), len(body.split())
        if not MIN_WORDS <= wf <= MAX_WORDS:
            err(where, f'file has {wf} words')
        if not MIN_WORDS <= wb <= MAX_WORDS:
            err(where, f'body has {wb} words')
        ftoks, btoks = tokens(text), tokens(body)
        # ---- summit
        s = a['summit']
        if check_keys(where + ' summit', s, SUMMIT_KEYS):
            if not (isinstance(s['organization'], str) and re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', s['organization'])):
                err(where, 'organization is not an org: key')
            for k in ('city', 'country'):
                if not isinstance(s[k], str) or not s[k].strip():
                    err(where, f'empty {k}')
            sd, ed = iso(s['start_date']), iso(s['end_date'])
            if not sd or not ed:
                err(where, 'bad summit dates')
            else:
                if sd > ed:
                    err(where, 'start after end')
                if pub and pub < sd:
                    err(where, 'published before the summit started')
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf:
                err(where, 'text_fields empty')
            else:
                if any(x not in TEXT_FIELDS for x in tf):
                    err(where, f'unknown text_field in {tf}')
                elif len(set(tf)) != len(tf):
                    err(where, 'repeated text_field')
                elif tf != [x for x in TEXT_FIELDS if x in tf]:
                    err(where, 'text_fields out of canonical order')
                if 'city' in tf and not contains_tokens(ftoks, s['city']):
                    err(where, f'city {s["city"]!r} not in text')
                if 'country' in tf and not contains_tokens(ftoks, s['country']):
                    err(where, f'country {s["country"]!r} not in text')
            summits[(s['organization'], s['city'], s['start_date'])].append(a)
        # ---- quote style
        has_straight = '"' in text
        has_curly = any(c in text for c in '\u201c\u201d')
        style = 'curly' if has_curly else 'straight'
        if has_straight and has_curly:
            err(where, 'mixed straight and curly double quotes')
        if style == 'curly' and "'" in text:
            err(where, 'straight apostrophe in a curly-quote article')
        if style == 'straight' and any(c in text for c in '\u2018\u2019'):
            err(where, 'curly apostrophe in a straight-quote article')
        spans = quoted_spans(where, text, style)
        # ---- participants
        parts = a['participants']
        pkeys = []
        author_folds = {'-'.join(tokens(x)) for x in a['authors'] if isinstance(x, str)}
        for i, p in enumerate(parts if isinstance(parts, list) else []):
            pw = f'{where} participant {i}'
            if not check_keys(pw, p, PART_KEYS):
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err(pw, f'malformed key {k!r}')
                continue
            if k in pkeys:
                err(pw, f'duplicate participant {k}')
            pkeys.append(k)
            name = k.split(':', 1)[1].split('-')
            if k not in HONORIFIC_EXCEPTIONS and any(t in HONORIFICS for t in name):
                err(pw, f'honorific or title in key {k}')
            for t in name:
                if t not in ftoks:
                    err(pw, f'name part {t!r} of {k} not in text')
            if name[-1] not in btoks:
                err(pw, f'last name part of {k} not in body')
            for f in ('role', 'affiliation'):
                if not isinstance(p[f], str) or not p[f].strip():
                    err(pw, f'empty {f}')
            if k.split(':', 1)[1] in author_folds:
                err(pw, 'an author is listed as participant')
        # ---- quotes and not_quotes
        quotes = a['quotes'] if isinstance(a['quotes'], list) else []
        nq = a['not_quotes']
        if not isinstance(nq, list) or not all(isinstance(x, str) and x for x in nq):
            err(where, 'not_quotes must be a list of non-empty strings')
            nq = []
        for x in nq:
            if x not in text:
                err(where, f'not_quote not in text: {x[:60]!r}')
        qtexts = []
        for i, q in enumerate(quotes):
            qw = f'{where} quote {i}'
            if not check_keys(qw, q, QUOTE_KEYS):
                qtexts.append(None)
                continue
            qtexts.append(q['text'])
            if not isinstance(q['text'], str) or q['text'] not in text:
                err(qw, f'quote text not in article: {str(q["text"])[:60]!r}')
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err(qw, f'malformed speaker key {sk!r}')
            elif sk.startswith('person:') and sk not in pkeys:
                err(qw, f'speaker {sk} is not a participant')
            if q['kind'] not in QUOTE_KINDS:
                err(qw, f'bad quote kind {q["kind"]!r}')
        # match quoted spans to not_quotes and quotes, in text order
        remaining_nq = list(nq)
        seq = []
        for start, inner in spans:
            if inner in remaining_nq:
                remaining_nq.remove(inner)
            else:
                seq.append((start, inner))
        if remaining_nq:
            err(where, f'not_quotes without a quoted span: {remaining_nq}')
        if [t for _, t in seq] != qtexts:
            got = [t for _, t in seq]
            for j in range(max(len(got), len(qtexts))):
                g = got[j] if j < len(got) else None
                w = qtexts[j] if j < len(qtexts) else None
                if g != w:
                    err(where, f'quoted spans and quote entries differ at position {j}: text {str(g)[:50]!r} vs entry {str(w)[:50]!r}')
                    break
        quote_pos = [st for st, _ in seq] if [t for _, t in seq] == qtexts else []
        for st, inner in spans:
            if not in_regions(st, len(inner)):
                err(where, f'quoted span in page noise: {inner[:50]!r}')
        # ---- facts
        facts = a['facts'] if isinstance(a['facts'], list) else []
        slugs, ev_ranges = [], []
        for i, fct in enumerate(facts):
            fw = f'{where} fact {i}'
            if not check_keys(fw, fct, FACT_KEYS):
                continue
            if not isinstance(fct['statement'], str) or not fct['statement'].strip():
                err(fw, 'empty statement')
            kinds = fct['kind']
            if not isinstance(kinds, list) or not kinds:
                err(fw, 'empty kind list')
            else:
                if any(k not in FACT_KINDS for k in kinds):
                    err(fw, f'unknown kind in {kinds}')
                if len(set(kinds)) != len(kinds):
                    err(fw, 'repeated kind')
            sa = fct['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa):
                err(fw, f'malformed same_as {sa!r}')
            else:
                if sa in slugs:
                    err(fw, f'duplicate same_as {sa}')
                slugs.append(sa)
            ev = fct['evidence']
            if not isinstance(ev, list) or not ev:
                err(fw, 'empty evidence')
                continue
            for e in ev:
                if not isinstance(e, str) or not e.strip():
                    err(fw, 'empty evidence string')
                    continue
                occ = [o for o in occurrences(text, e) if in_regions(o, len(e))]
                if not occurrences(text, e):
                    err(fw, f'evidence not in article: {e[:60]!r}')
                elif not occ:
                    err(fw, f'evidence only in page noise: {e[:60]!r}')
                for o in occ:
                    ev_ranges.append((o, o + len(e)))
        for j, st in enumerate(quote_pos):
            ln = len(qtexts[j])
            if not any(s0 <= st and st + ln <= e0 for s0, e0 in ev_ranges):
                err(where, f'quote not covered by any evidence: {qtexts[j][:50]!r}')
        prefixes = {x.split('-')[0] for x in slugs}
        if len(prefixes) > 1:
            err(where, f'more than one slug prefix: {sorted(prefixes)}')
        for p in prefixes:
            if p in earlier_prefixes:
                err(where, f'slug prefix {p!r} already used in earlier gold')
        if check_keys(where + ' summit', s, SUMMIT_KEYS):
            sid = (s['organization'], s['city'], s['start_date'])
            for p in prefixes:
                if prefix_owner.setdefault(p, sid) != sid:
                    err(where, f'prefix {p!r} used by two summits')
            for x in slugs:
                if slug_owner.setdefault(x, sid) != sid:
                    err(where, f'slug {x!r} shared across summits')
        n_direct = sum(1 for q in quotes if isinstance(q, dict) and q.get('kind') == 'direct')
        report.append(f'{aid}: {pub.strftime("%a") if pub else "?"} {a["published_at"]} | {style} | words {wf}/{wb} body | '
                      f'quotes {len(quotes)} ({n_direct}/{len(quotes) - n_direct}) | not_quotes {len(nq)} | '
                      f'participants {len(pkeys)} | facts {len(facts)}')

    # ---- files vs entries
    for t in sorted(txt_files - seen_ids):
        err('files', f'{t}.txt has no gold entry')
    # ---- shape and pairs
    pairs = singles = 0
    for sid, group in summits.items():
        if len(group) > 2:
            err('shape', f'summit {sid} has {len(group)} articles')
        elif len(group) == 2:
            pairs += 1
            a1, a2 = group
            for k in ('organization', 'city', 'country', 'start_date', 'end_date'):
                if a1['summit'][k] != a2['summit'][k]:
                    err('pair', f'{a1["id"]} and {a2["id"]} disagree on {k}')
            sh = sorted({f['same_as'] for f in a1['facts']} & {f['same_as'] for f in a2['facts']})
            if len(sh) < MIN_SHARED:
                err('pair', f'{a1["id"]} and {a2["id"]} share only {len(sh)} slugs')
            report.append(f'pair {a1["id"]} + {a2["id"]}: {len(sh)} shared: {", ".join(sh)}')
        else:
            singles += 1
    if (len(arts), len(summits), pairs, singles) != (8, 5, 3, 2):
        err('shape', f'{len(arts)} articles, {len(summits)} summits, {pairs} pairs, {singles} singles (want 8, 5, 3, 2)')

    for line in report:
        print(line)
    if errors:
        print(f'\n{len(errors)} ERROR(S):')
        for e in errors:
            print('  ' + e)
        return 1
    print('\nOK: no errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
