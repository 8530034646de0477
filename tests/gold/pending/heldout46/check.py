#!/usr/bin/env python3
"""Validate heldout46_gold.json against the article texts in this folder.

Written from scratch for round 46. Reads only this folder, plus the ids,
summit entries and same_as slugs of ../../*_gold.json and the file names in
../../articles/ (to keep ids, slug prefixes and city/year pairs unused).
Exits 1 on any error.
"""
import calendar
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'heldout46_gold.json')
SPLIT = 'heldout46'
ABOUT_START = ('Held-out set round 46 (split=heldout46), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}

# Where the body of each article ends (first line starting with this marker).
TAIL = {
    'h46_nato_washington_wire': '(Editing by',
    'h46_nato_washington_polonia': 'Related:',
    'h46_saarc_thimphu_weekly': 'Related:',
    'h46_saarc_thimphu_transcript': 'END OF TRANSCRIPT',
    'h46_ibero_santodomingo_explainer': 'Read next:',
    'h46_ibero_santodomingo_liveblog': 'KEY EVENTS',
    'h46_gcc_manama_exportbrief': 'Forwarded this newsletter?',
    'h46_sadc_lilongwe_factcheck': 'How we rate claims:',
}
# Credited staff who are neither authors nor participants.
CREDITED = {'h46_nato_washington_wire': ['Loretta Menendez']}

AVOID_CITIES = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua,
Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar,
Mecca, Tehran, Dushanbe, Asuncion, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo,
Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali,
Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazu, Valletta, Tashkent,
Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David,
Istanbul, Djerba, Lima"""

HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan
majesty excellency highness hon rt chief president premier minister chancellor chairman chairperson
mayor secretary senator monsieur madame madam lord lady baroness baron gen general col colonel ratu
his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah ato wro woizero domnul doamna
hojatoleslam mheshimiwa rais mama ndugu shrimati ambassador amb rtd mp lt lieutenant senhor senhora
dom dona sr sra u daw professor lyonchhen lyonpo dasho aum ap father""".split())
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                        'person:nyan-tun'}

WEEKDAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)[1:]

errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


SPECIAL = str.maketrans({'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'đ': 'd', 'Đ': 'D',
                         'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ı': 'i', 'þ': 'th'})


def fold(s):
    s = s.translate(SPECIAL)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def contains_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def iso(where, s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except (ValueError, TypeError):
        err(where, f'not an ISO date: {s!r}')
        return None


def quoted_spans(text, curly):
    """(start, end, inner) of every double-quoted span, positions of the inner text."""
    if curly:
        pat = re.compile('“([^“”\n]*)”')
    else:
        pat = re.compile('"([^"\n]*)"')
    return [(m.start(1), m.end(1), m.group(1)) for m in pat.finditer(text)]


def style_checks(aid, text, curly):
    if curly:
        if '"' in text or "'" in text:
            err(aid, 'straight quote mark or apostrophe in a curly-quote article')
        if '‘' in text:
            err(aid, 'opening single curly mark')
        for n, line in enumerate(text.split('\n'), 1):
            depth = 0
            for c in line:
                if c == '“':
                    if depth:
                        err(aid, f'line {n}: nested curly quote')
                    depth += 1
                elif c == '”':
                    if not depth:
                        err(aid, f'line {n}: closing curly mark without an opening one')
                    depth = max(0, depth - 1)
            if depth:
                err(aid, f'line {n}: unclosed curly quote')
    else:
        for c in '“”‘’':
            if c in text:
                err(aid, f'curly mark {c!r} in a straight-quote article')
        for n, line in enumerate(text.split('\n'), 1):
            if line.count('"') % 2:
                err(aid, f'line {n}: unbalanced straight quote marks')


def earlier_gold():
    ids, slugs, prefixes, cityyears = set(), set(), set(), set()
    for path in glob.glob(os.path.join(HERE, '..', '..', '*_gold.json')):
        if os.path.basename(path) == 'heldout46_gold.json':
            continue
        with open(path, encoding='utf-8') as fh:
            d = json.load(fh)
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                cityyears.add((' '.join(tokens(s['city'])), s['start_date'][:4]))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    for path in glob.glob(os.path.join(HERE, '..', '..', 'articles', '*.txt')):
        ids.add(os.path.splitext(os.path.basename(path))[0])
    return ids, slugs, prefixes, cityyears


def main():
    with open(GOLD, encoding='utf-8') as fh:
        gold = json.load(fh)
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top', 'top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(ABOUT_START):
        err('top', 'about text does not begin with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('top', 'articles must be a list')
        return

    old_ids, old_slugs, old_prefixes, old_cityyears = earlier_gold()
    avoid = {' '.join(tokens(c)) for c in AVOID_CITIES.replace('\n', ' ').split(',')}

    seen_ids = set()
    summits = {}          # summit identity -> list of article ids
    slug_by_summit = {}   # summit identity -> set of slugs
    prefix_by_summit = {}
    txt_files = {os.path.splitext(f)[0] for f in os.listdir(HERE) if f.endswith('.txt')}

    for idx, a in enumerate(arts):
        aid = a.get('id', f'#{idx}') if isinstance(a, dict) else f'#{idx}'
        where = f'article {idx} ({aid})'
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err(where, f'article keys must be {ARTICLE_KEYS} in order')
            continue
        if not re.fullmatch(r'h46_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err(aid, 'id not of the form h46_<org>_<city>_<slug>')
        if aid in seen_ids:
            err(aid, 'duplicate id')
        seen_ids.add(aid)
        if aid in old_ids:
            err(aid, 'id already used in earlier gold')
        if a['split'] != SPLIT:
            err(aid, f'split must be {SPLIT}')
        if a['file'] != f'articles/{aid}.txt':
            err(aid, 'file must be articles/<id>.txt')
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err(aid, 'article file missing')
            continue
        with open(path, encoding='utf-8') as fh:
            text = fh.read()
        lines = text.split('\n')

        # header lines
        if a['title'] != lines[0]:
            err(aid, 'title differs from the headline line')
        pub = iso(aid + ' published_at', a['published_at'])
        if pub:
            outlet = lines[1]
            otoks = tokens(outlet)
            if WEEKDAYS[pub.weekday()] not in outlet:
                err(aid, 'outlet line lacks the weekday of published_at')
            for w in WEEKDAYS:
                if w != WEEKDAYS[pub.weekday()] and w in outlet:
                    err(aid, f'outlet line carries another weekday ({w})')
            if MONTHS[pub.month - 1] not in outlet or str(pub.year) not in otoks or str(pub.day) not in otoks:
                err(aid, 'outlet line lacks the day, month or year of published_at')
        if not isinstance(a['authors'], list) or not a['authors']:
            err(aid, 'authors must be a non-empty list')
        else:
            for au in a['authors']:
                if not isinstance(au, str) or not au.strip():
                    err(aid, 'empty author')
                elif au not in lines[2]:
                    err(aid, f'author {au!r} not in the byline')

        # body region: headline plus lines 5 .. tail marker
        tail = TAIL.get(aid)
        tail_idx = None
        if tail is None:
            err(aid, 'no tail marker configured')
        else:
            for n in range(4, len(lines)):
                if lines[n].startswith(tail):
                    tail_idx = n
                    break
            if tail_idx is None:
                err(aid, 'tail marker not found')
        if tail_idx is None:
            tail_idx = len(lines)
        body_start = len('\n'.join(lines[:4])) + 1
        body_end = len('\n'.join(lines[:tail_idx]))
        head_end = len(lines[0])

        def in_body(i, j):
            return (0 <= i and j <= head_end) or (body_start <= i and j <= body_end)

        body_text = '\n'.join(lines[4:tail_idx])
        nw_file, nw_body = len(text.split()), len(body_text.split())
        if not 420 <= nw_file <= 600:
            err(aid, f'file has {nw_file} words (420-600)')
        if not 420 <= nw_body <= 600:
            err(aid, f'body has {nw_body} words (420-600)')

        curly = '“' in text
        style_checks(aid, text, curly)

        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err(aid, f'summit keys must be {SUMMIT_KEYS} in order')
            continue
        if not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', s['organization'] or ''):
            err(aid, 'organization not an org: key')
        for k in ('city', 'country'):
            if not isinstance(s[k], str) or not s[k].strip():
                err(aid, f'summit {k} empty')
        sd = iso(aid + ' start_date', s['start_date'])
        ed = iso(aid + ' end_date', s['end_date'])
        if sd and ed and sd > ed:
            err(aid, 'start_date after end_date')
        if sd and pub and pub < sd:
            err(aid, 'published before the summit started')
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in TEXT_FIELDS for f in tf) \
                or tf != [f for f in TEXT_FIELDS if f in tf]:
            err(aid, 'text_fields must be a non-empty subset of the five fields, canonical order, no repeats')
        ttoks = tokens(text)
        ctoks = tokens(s['city'])
        if not contains_seq(ttoks, ctoks):
            err(aid, 'city not found in the text')
        if isinstance(tf, list) and 'country' in tf and not contains_seq(ttoks, tokens(s['country'])):
            err(aid, 'country listed in text_fields but absent from the text')
        if ' '.join(ctoks) in avoid:
            err(aid, 'city on the list of cities to avoid')
        if sd and (' '.join(ctoks), str(sd.year)) in old_cityyears:
            err(aid, 'city and year already used in earlier gold')
        ident = (s['organization'], s['city'], s['start_date'])
        summits.setdefault(ident, []).append((aid, s))

        # quotes and not_quotes
        spans = quoted_spans(text, curly)
        span_texts = [t for _, _, t in spans]
        for i, j, t in spans:
            if not in_body(i, j):
                err(aid, f'quoted span in page noise: {t[:40]!r}')
        quotes, nq = a['quotes'], a['not_quotes']
        if not isinstance(quotes, list) or not isinstance(nq, list):
            err(aid, 'quotes and not_quotes must be lists')
            continue
        pool = list(span_texts)
        for q in quotes:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(aid, f'quote keys must be {QUOTE_KEYS}')
                continue
            if q['kind'] not in QUOTE_KINDS:
                err(aid, f'bad quote kind {q["kind"]!r}')
            if not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', q['speaker_key'] or ''):
                err(aid, f'bad speaker key {q["speaker_key"]!r}')
            if q['text'] in pool:
                pool.remove(q['text'])
            else:
                err(aid, f'quote is not a quoted span of the text: {q["text"][:50]!r}')
        for t in nq:
            if t in pool:
                pool.remove(t)
            else:
                err(aid, f'not_quote is not a quoted span of the text: {t[:50]!r}')
        for t in pool:
            err(aid, f'quoted span not annotated: {t[:50]!r}')
        # order of quotes in the text
        annotated = [x for x in span_texts]
        order, cursor = [], 0
        qpos = []
        remaining = list(enumerate(spans))
        used = set()
        for q in quotes:
            if not isinstance(q, dict):
                continue
            found = None
            for k, (i, j, t) in remaining:
                if k not in used and t == q.get('text'):
                    found = (k, i, j)
                    break
            if found:
                used.add(found[0])
                qpos.append((found[1], found[2], q))
        if [p[0] for p in qpos] != sorted(p[0] for p in qpos):
            err(aid, 'quotes not listed in text order')

        # participants
        parts = a['participants']
        pkeys = []
        body_toks = tokens(body_text + '\n' + lines[0])
        author_toks = [tokens(x) for x in a['authors'] + CREDITED.get(aid, [])]
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(aid, f'participant keys must be {PART_KEYS}')
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k or ''):
                err(aid, f'bad participant key {k!r}')
                continue
            if k in pkeys:
                err(aid, f'duplicate participant {k}')
            pkeys.append(k)
            parts_ = k.split(':', 1)[1].split('-')
            if k not in HONORIFIC_EXCEPTIONS:
                for t in parts_:
                    if t in HONORIFICS:
                        err(aid, f'honorific or title token {t!r} in key {k}')
            for t in parts_:
                if t not in ttoks:
                    err(aid, f'name part {t!r} of {k} not in the text')
            if parts_[-1] not in body_toks:
                err(aid, f'last name part of {k} not in the body')
            for fld in ('role', 'affiliation'):
                if not isinstance(p[fld], str) or not p[fld].strip():
                    err(aid, f'empty {fld} for {k}')
            for at in author_toks:
                if at and at == parts_:
                    err(aid, f'author or credited staff listed as participant: {k}')
        for q in quotes:
            if isinstance(q, dict) and str(q.get('speaker_key', '')).startswith('person:') \
                    and q['speaker_key'] not in pkeys:
                err(aid, f'speaker {q["speaker_key"]} is not a participant')

        # facts
        facts = a['facts']
        slugs = []
        ev_ranges = []
        for f in facts:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(aid, f'fact keys must be {FACT_KEYS} in order')
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(aid, 'empty fact statement')
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds:
                err(aid, f'fact {f.get("same_as")}: kind must be a non-empty list')
            else:
                if len(set(kinds)) != len(kinds):
                    err(aid, f'fact {f["same_as"]}: repeated kind')
                for kd in kinds:
                    if kd not in FACT_KINDS:
                        err(aid, f'fact {f["same_as"]}: unknown kind {kd!r}')
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa):
                err(aid, f'bad same_as {sa!r}')
                continue
            if sa in slugs:
                err(aid, f'repeated same_as {sa}')
            slugs.append(sa)
            if sa in old_slugs:
                err(aid, f'same_as {sa} already used in earlier gold')
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err(aid, f'fact {sa}: evidence must be a non-empty list')
                continue
            for e in ev:
                if not isinstance(e, str) or not e.strip():
                    err(aid, f'fact {sa}: empty evidence')
                    continue
                if e not in text:
                    err(aid, f'fact {sa}: evidence not found verbatim: {e[:50]!r}')
                    continue
                ok = False
                for m in re.finditer(re.escape(e), text):
                    if in_body(m.start(), m.end()):
                        ok = True
                        ev_ranges.append((m.start(), m.end()))
                if not ok:
                    err(aid, f'fact {sa}: evidence only in page noise: {e[:50]!r}')
        for i, j, q in qpos:
            if not any(s0 <= i - 1 and j + 1 <= e0 for s0, e0 in ev_ranges):
                err(aid, f'quote not inside any evidence span: {q["text"][:50]!r}')
        prefixes = {x.split('-')[0] for x in slugs}
        if len(prefixes) != 1:
            err(aid, f'slug prefixes {sorted(prefixes)}: exactly one per article expected')
        for pf in prefixes:
            if pf in old_prefixes:
                err(aid, f'slug prefix {pf} already used in earlier gold')
        slug_by_summit.setdefault(ident, []).append(set(slugs))
        prefix_by_summit.setdefault(ident, set()).update(prefixes)

        print(f'{aid}: {nw_file} file words, {nw_body} body words, '
              f'{WEEKDAYS[pub.weekday()] if pub else "?"} {a["published_at"]}, '
              f'{"curly" if curly else "straight"} quotes, '
              f'{len(quotes)} quotes ({sum(q["kind"] == "direct" for q in quotes)} direct), '
              f'{len(nq)} not_quotes, {len(parts)} participants, {len(facts)} facts')

    for name in txt_files - seen_ids:
        err(name, 'text file without a gold entry')

    # summits, pairs and shape
    all_prefixes = {}
    for ident, prefs in prefix_by_summit.items():
        for pf in prefs:
            all_prefixes.setdefault(pf, set()).add(ident)
    for pf, ids in all_prefixes.items():
        if len(ids) > 1:
            err('summits', f'prefix {pf} used by more than one summit')
    slug_owner = {}
    for ident, sets in slug_by_summit.items():
        for sl in set().union(*sets):
            if sl in slug_owner and slug_owner[sl] != ident:
                err('summits', f'slug {sl} shared across summits')
            slug_owner[sl] = ident
    pairs = singles = 0
    for ident, members in summits.items():
        if len(members) > 2:
            err('summits', f'{ident}: more than two articles')
        elif len(members) == 2:
            pairs += 1
            (a1, s1), (a2, s2) = members
            for k in ('organization', 'city', 'country', 'start_date', 'end_date'):
                if s1[k] != s2[k]:
                    err('summits', f'{a1} and {a2} disagree on {k}')
            shared = slug_by_summit[ident][0] & slug_by_summit[ident][1]
            print(f'pair {a1} + {a2}: {len(shared)} shared slugs: {", ".join(sorted(shared))}')
            if len(shared) < 5:
                err('summits', f'{a1} and {a2} share only {len(shared)} slugs (5 needed)')
        else:
            singles += 1
    if (len(arts), len(summits), pairs, singles) != (8, 5, 3, 2):
        err('shape', f'{len(arts)} articles, {len(summits)} summits, {pairs} pairs, {singles} singles '
                     '(8, 5, 3, 2 expected)')


if __name__ == '__main__':
    main()
    if errors:
        print(f'\n{len(errors)} error(s):')
        for e in errors:
            print(' -', e)
        sys.exit(1)
    print('\nOK: heldout46 gold passes all checks')
