#!/usr/bin/env python3
"""Validate heldout43_gold.json against the article files in this folder.

Written from scratch for round 43. Reads only this folder, plus the ids and
same_as slugs of ../../*_gold.json and the file names in ../../articles/
(to make sure ids and slug prefixes are new). Exits 1 on any error.
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
GOLD = os.path.join(HERE, 'heldout43_gold.json')
SPLIT = 'heldout43'
ID_PREFIX = 'h43_'
ABOUT_START = ('Held-out set round 43 (split=heldout43), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

TOP_KEYS = ['about', 'articles']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
            'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
QUOTE_KINDS = {'direct', 'partial'}
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
MIN_WORDS, MAX_WORDS = 420, 600

# Body = from the fifth line up to (not including) the first occurrence of this marker.
TAIL = {
    'h43_sco_tashkent_wire': '\n(Editing by Tom Hale)',
    'h43_sco_tashkent_lahore': '\nRelated\n',
    'h43_celac_mexicocity_liveblog': '\nKey events\n',
    'h43_celac_mexicocity_diaspora': '\nMost read\n',
    'h43_asean_naypyidaw_weekly': '\nRelated\n',
    'h43_asean_naypyidaw_transcript': '\n[END OF TRANSCRIPT]',
    'h43_arableague_algiers_explainer': '\n------------------------------\n',
    'h43_sadc_harare_freight': '\nNEXT ISSUE:',
}

# Honorific and title tokens that must not appear in participant keys.
HONORIFICS = set('''mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir
sultan majesty excellency highness hon rt chief president premier minister chancellor chairman
chairperson mayor secretary senator monsieur madame madam lord lady baroness baron gen general
col colonel ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah ato wro
woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati ambassador amb rtd mp lt
lieutenant senhor senhora dom dona sr sra u daw professor'''.split())
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                        'person:nyan-tun'}

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


SPECIAL = {'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE',
           'đ': 'd', 'Đ': 'D', 'ı': 'i', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'ð': 'd'}


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


def iso(s, where):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        err(where, 'bad ISO date %r' % (s,))
        return None


def quoted_spans(text, curly, where):
    """Return (start, end, inner_text) for every double-quoted span; check mark hygiene."""
    spans = []
    pos = 0
    for ln, line in enumerate(text.split('\n'), 1):
        if curly:
            if '"' in line:
                err(where, 'straight double quote in curly article, line %d' % ln)
            if "'" in line:
                err(where, 'straight apostrophe in curly article, line %d' % ln)
            if '\u2018' in line:
                err(where, 'opening single curly mark, line %d' % ln)
            open_at = None
            for i, c in enumerate(line):
                if c == '\u201c':
                    if open_at is not None:
                        err(where, 'nested opening curly mark, line %d' % ln)
                    open_at = i
                elif c == '\u201d':
                    if open_at is None:
                        err(where, 'closing curly mark without opening, line %d' % ln)
                    else:
                        spans.append((pos + open_at, pos + i + 1, line[open_at + 1:i]))
                        open_at = None
            if open_at is not None:
                err(where, 'unclosed curly mark, line %d' % ln)
        else:
            for c in '\u201c\u201d\u2018\u2019':
                if c in line:
                    err(where, 'curly mark %r in straight article, line %d' % (c, ln))
            idx = [i for i, c in enumerate(line) if c == '"']
            if len(idx) % 2:
                err(where, 'unbalanced straight quotes, line %d' % ln)
            for a, b in zip(idx[0::2], idx[1::2]):
                spans.append((pos + a, pos + b + 1, line[a + 1:b]))
        pos += len(line) + 1
    return spans


def all_occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def slug_of(name):
    return 'person:' + '-'.join(tokens(name))


def main():
    try:
        gold = json.load(open(GOLD, encoding='utf-8'))
    except Exception as e:
        print('cannot read gold: %s' % e)
        return 1
    if list(gold.keys()) != TOP_KEYS:
        err('top', 'keys must be exactly %s, got %s' % (TOP_KEYS, list(gold.keys())))
    about = gold.get('about', '')
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about', 'must begin with the required sentence')
    arts = gold.get('articles', [])
    if not isinstance(arts, list) or not arts:
        err('top', 'articles must be a non-empty list')
        arts = []

    # earlier gold: ids, file names, slug prefixes
    old_ids, old_prefixes, old_slugs = set(), set(), set()
    for f in glob.glob(os.path.join(HERE, '..', '..', '*_gold.json')):
        try:
            d = json.load(open(f, encoding='utf-8'))
        except Exception:
            continue
        for a in d.get('articles', []):
            old_ids.add(a.get('id'))
            for fa in a.get('facts', []):
                s = fa.get('same_as')
                if isinstance(s, str) and s:
                    old_slugs.add(s)
                    old_prefixes.add(s.split('-')[0])
    art_dir = os.path.join(HERE, '..', '..', 'articles')
    if os.path.isdir(art_dir):
        for n in os.listdir(art_dir):
            if n.endswith('.txt'):
                old_ids.add(n[:-4])
    if not old_ids:
        err('top', 'could not read earlier gold ids (run from tests/gold/pending/heldout43/)')

    seen_ids = set()
    summits = collections.defaultdict(list)   # (org, city, start) -> [ids]
    summit_data = {}
    slugs_by_article = {}
    prefix_by_article = {}
    counts = {}

    for n, a in enumerate(arts):
        aid = a.get('id', '?%d' % n)
        w = aid
        if list(a.keys()) != ART_KEYS:
            err(w, 'article keys must be %s in order, got %s' % (ART_KEYS, list(a.keys())))
        if not re.fullmatch(r'h43_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid or ''):
            err(w, 'id must look like h43_<org>_<city>_<slug>')
        if aid in seen_ids:
            err(w, 'duplicate id')
        seen_ids.add(aid)
        if aid in old_ids:
            err(w, 'id already used in earlier gold')
        if a.get('split') != SPLIT:
            err(w, 'split must be %s' % SPLIT)
        if a.get('file') != 'articles/%s.txt' % aid:
            err(w, 'file must be articles/<id>.txt')
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.isfile(path):
            err(w, 'missing article file %s' % path)
            continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if len(lines) < 6:
            err(w, 'article too short')
            continue
        headline, outlet, byline = lines[0], lines[1], lines[2]
        if a.get('title') != headline:
            err(w, 'title differs from the headline line')

        # body region
        body_start = sum(len(l) + 1 for l in lines[:4])
        marker = TAIL.get(aid)
        if marker is None:
            err(w, 'no tail marker defined in check.py')
            body_end = len(text)
        else:
            k = text.find(marker, body_start)
            if k < 0:
                err(w, 'tail marker %r not found' % marker)
                body_end = len(text)
            else:
                body_end = k
        body = text[body_start:body_end]
        hl_end = len(headline)

        def in_body_or_headline(i, j):
            return (0 <= i and j <= hl_end) or (body_start <= i and j <= body_end)

        nw_file, nw_body = len(text.split()), len(body.split())
        if not MIN_WORDS <= nw_file <= MAX_WORDS:
            err(w, 'file has %d words (need %d-%d)' % (nw_file, MIN_WORDS, MAX_WORDS))
        if not MIN_WORDS <= nw_body <= MAX_WORDS:
            err(w, 'body has %d words (need %d-%d)' % (nw_body, MIN_WORDS, MAX_WORDS))

        # dates
        pub = iso(a.get('published_at', ''), w)
        if pub:
            wd = pub.strftime('%A')
            for part, label in [(wd, 'weekday'), (str(pub.day), 'day'), (MONTHS[pub.month - 1], 'month'),
                                (str(pub.year), 'year')]:
                if not re.search(r'(?<![0-9A-Za-z])%s(?![0-9A-Za-z])' % re.escape(part), outlet):
                    err(w, 'outlet line lacks %s %r of published_at' % (label, part))
            other_days = [d for d in ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                                      'Sunday'] if d != wd and d in outlet]
            if other_days:
                err(w, 'outlet line carries another weekday %s' % other_days)

        # authors
        au = a.get('authors')
        if not isinstance(au, list) or not all(isinstance(x, str) and x.strip() for x in au):
            err(w, 'authors must be a list of non-empty strings')
            au = []
        for x in au:
            if x not in byline:
                err(w, 'author %r not in byline' % x)

        # summit
        s = a.get('summit', {})
        if list(s.keys()) != SUMMIT_KEYS:
            err(w, 'summit keys must be %s in order' % SUMMIT_KEYS)
        org = s.get('organization', '')
        if not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', org or ''):
            err(w, 'organization must be an org: key')
        for f in ('city', 'country'):
            if not isinstance(s.get(f), str) or not s.get(f).strip():
                err(w, 'summit %s empty' % f)
        sd, ed = iso(s.get('start_date', ''), w), iso(s.get('end_date', ''), w)
        if sd and ed and sd > ed:
            err(w, 'start_date after end_date')
        if sd and pub and pub < sd:
            err(w, 'published before the summit started')
        tf = s.get('text_fields')
        if not isinstance(tf, list) or not tf:
            err(w, 'text_fields must be a non-empty list')
            tf = []
        if len(set(tf)) != len(tf) or any(x not in TEXT_FIELDS for x in tf) or \
                tf != [x for x in TEXT_FIELDS if x in tf]:
            err(w, 'text_fields must be a subset of %s in that order, no repeats' % TEXT_FIELDS)
        if isinstance(s.get('city'), str) and not contains_tokens(text, s['city']):
            err(w, 'city %r not found in the text' % s['city'])
        if 'country' in tf and isinstance(s.get('country'), str) and not contains_tokens(text, s['country']):
            err(w, 'country %r listed in text_fields but not in the text' % s['country'])
        key = (org, s.get('city'), s.get('start_date'))
        summits[key].append(aid)
        summit_data.setdefault(key, []).append((aid, (org, s.get('city'), s.get('country'),
                                                      s.get('start_date'), s.get('end_date'))))

        # quote style and quoted spans
        curly = '\u201c' in text or '\u201d' in text
        spans = quoted_spans(text, curly, w)
        for (i, j, inner) in spans:
            if not in_body_or_headline(i, j):
                err(w, 'quoted span in page noise: %r' % inner[:60])

        for fld, typ in (('id', str), ('split', str), ('file', str), ('title', str), ('published_at', str),
                         ('authors', list), ('summit', dict), ('quotes', list), ('not_quotes', list),
                         ('participants', list), ('facts', list)):
            if not isinstance(a.get(fld), typ):
                err(w, 'field %s must be a %s' % (fld, typ.__name__))
        for fld in ('quotes', 'participants', 'facts'):
            if isinstance(a.get(fld), list) and not all(isinstance(x, dict) for x in a[fld]):
                err(w, 'every entry of %s must be an object' % fld)
                a[fld] = [x for x in a[fld] if isinstance(x, dict)]
        for q in a.get('quotes', []) if isinstance(a.get('quotes'), list) else []:
            for fld in ('text', 'speaker_key', 'kind'):
                if not isinstance(q.get(fld), str):
                    err(w, 'quote field %s must be a string' % fld)
                    q[fld] = str(q.get(fld, ''))
        quotes = a.get('quotes', []) if isinstance(a.get('quotes'), list) else []
        nq = a.get('not_quotes', [])
        if not isinstance(nq, list) or not all(isinstance(x, str) and x for x in nq):
            err(w, 'not_quotes must be a list of non-empty strings')
            nq = []
        parts = a.get('participants', [])
        pkeys = [p.get('key') for p in parts if isinstance(p, dict)]

        annotated = collections.Counter()
        for q in quotes:
            if list(q.keys()) != QUOTE_KEYS:
                err(w, 'quote keys must be %s in order' % QUOTE_KEYS)
            t = q.get('text', '')
            if not t or t not in text:
                err(w, 'quote text not found verbatim: %r' % t[:60])
            if q.get('kind') not in QUOTE_KINDS:
                err(w, 'bad quote kind %r' % q.get('kind'))
            sk = q.get('speaker_key', '')
            if not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk or ''):
                err(w, 'malformed speaker key %r' % sk)
            if sk.startswith('person:') and sk not in pkeys:
                err(w, 'person speaker %s is not a participant' % sk)
            annotated[t] += 1
        for t in nq:
            if t not in text:
                err(w, 'not_quote not found verbatim: %r' % t[:60])
            annotated[t] += 1
        found = collections.Counter(inner for (_, _, inner) in spans)
        for t in set(found) | set(annotated):
            if found[t] != annotated[t]:
                err(w, 'quoted span %r occurs %d times in the text but is annotated %d times'
                    % (t[:60], found[t], annotated[t]))
        # order of quotes = order of spans (not_quotes removed)
        nq_left = collections.Counter(nq)
        span_order = []
        for (i, j, inner) in spans:
            if nq_left[inner] and inner not in [q.get('text') for q in quotes]:
                nq_left[inner] -= 1
                continue
            span_order.append(inner)
        if span_order != [q.get('text') for q in quotes]:
            err(w, 'quotes are not listed in text order')

        # participants
        seen_p = set()
        author_slugs = {slug_of(x) for x in au}
        for p in parts:
            if list(p.keys()) != PART_KEYS:
                err(w, 'participant keys must be %s in order' % PART_KEYS)
            k = p.get('key', '')
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k or ''):
                err(w, 'malformed participant key %r' % k)
                continue
            if k in seen_p:
                err(w, 'duplicate participant %s' % k)
            seen_p.add(k)
            name_parts = k.split(':', 1)[1].split('-')
            if k not in HONORIFIC_EXCEPTIONS:
                bad = [x for x in name_parts if x in HONORIFICS]
                if bad:
                    err(w, 'honorific/title token %s in key %s' % (bad, k))
            text_toks = set(tokens(text))
            for x in name_parts:
                if x not in text_toks:
                    err(w, 'name part %r of %s not in the text' % (x, k))
            if name_parts[-1] not in set(tokens(body)):
                err(w, 'last name part of %s not in the body' % k)
            for f in ('role', 'affiliation'):
                if not isinstance(p.get(f), str) or not p.get(f).strip():
                    err(w, 'participant %s has empty %s' % (k, f))
            if k in author_slugs:
                err(w, 'author %s listed as participant' % k)

        # facts
        facts = a.get('facts', [])
        if not facts:
            err(w, 'no facts')
        slugs = []
        ev_ranges = []
        for fa in facts:
            if list(fa.keys()) != FACT_KEYS:
                err(w, 'fact keys must be %s in order' % FACT_KEYS)
            if not isinstance(fa.get('statement'), str) or not fa['statement'].strip():
                err(w, 'empty fact statement')
            kinds = fa.get('kind')
            if not isinstance(kinds, list) or not kinds:
                err(w, 'fact kind must be a non-empty list')
                kinds = []
            if len(set(kinds)) != len(kinds):
                err(w, 'repeated fact kind %s' % kinds)
            for kd in kinds:
                if kd not in FACT_KINDS:
                    err(w, 'unknown fact kind %r' % kd)
            sa = fa.get('same_as', '')
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa or ''):
                err(w, 'malformed same_as %r' % sa)
            slugs.append(sa)
            ev = fa.get('evidence')
            if not isinstance(ev, list) or not ev:
                err(w, 'fact %s has no evidence' % sa)
                ev = []
            for e in ev:
                if not isinstance(e, str) or not e:
                    err(w, 'empty evidence in %s' % sa)
                    continue
                occ = all_occurrences(text, e)
                if not occ:
                    err(w, 'evidence not found verbatim (%s): %r' % (sa, e[:70]))
                    continue
                good = [i for i in occ if in_body_or_headline(i, i + len(e))]
                if not good:
                    err(w, 'evidence in page noise (%s): %r' % (sa, e[:70]))
                for i in good:
                    ev_ranges.append((i, i + len(e)))
        if len(set(slugs)) != len(slugs):
            err(w, 'same_as repeated within the article')
        prefixes = {x.split('-')[0] for x in slugs if x}
        if len(prefixes) != 1:
            err(w, 'one slug prefix per article expected, got %s' % sorted(prefixes))
        for p_ in prefixes:
            if p_ in old_prefixes:
                err(w, 'slug prefix %r already used in earlier gold' % p_)
        for x in slugs:
            if x in old_slugs:
                err(w, 'slug %r already used in earlier gold' % x)
        slugs_by_article[aid] = set(slugs)
        prefix_by_article[aid] = prefixes
        # every quoted span annotated as a quote lies inside some evidence span
        qtexts = collections.Counter(q.get('text') for q in quotes)
        for (i, j, inner) in spans:
            if qtexts[inner] and not any(a_ <= i and j <= b_ for (a_, b_) in ev_ranges):
                err(w, 'quote %r is not covered by any fact evidence' % inner[:60])
        counts[aid] = (nw_file, nw_body, len(quotes),
                       sum(1 for q in quotes if q.get('kind') == 'direct'),
                       sum(1 for q in quotes if q.get('kind') == 'partial'),
                       len(nq), len(parts), len(facts), 'curly' if curly else 'straight',
                       pub.strftime('%A') if pub else '?')

    # files without entries
    for f in os.listdir(HERE):
        if f.endswith('.txt') and f[:-4] not in seen_ids:
            err('folder', 'article file %s has no gold entry' % f)

    # summit shape and pairs
    n_pairs = n_single = 0
    for key, ids in summits.items():
        if len(ids) > 2:
            err('summits', '%s has %d articles' % (key, len(ids)))
        data = summit_data[key]
        if len({d for (_, d) in data}) != 1:
            err('summits', 'articles of %s disagree on summit data' % (key,))
        if len(ids) == 2:
            n_pairs += 1
            shared = slugs_by_article[ids[0]] & slugs_by_article[ids[1]]
            if len(shared) < 5:
                err('pair', '%s share only %d same_as slugs' % (ids, len(shared)))
            if prefix_by_article[ids[0]] != prefix_by_article[ids[1]]:
                err('pair', '%s use different slug prefixes' % (ids,))
            print('pair %s + %s share %d: %s' % (ids[0], ids[1], len(shared), ', '.join(sorted(shared))))
        elif len(ids) == 1:
            n_single += 1
    # a prefix belongs to one summit, a slug to one summit
    pref_summit = collections.defaultdict(set)
    slug_summit = collections.defaultdict(set)
    for key, ids in summits.items():
        for i in ids:
            for p_ in prefix_by_article.get(i, ()):
                pref_summit[p_].add(key)
            for sl in slugs_by_article.get(i, ()):
                slug_summit[sl].add(key)
    for p_, ks in pref_summit.items():
        if len(ks) > 1:
            err('prefix', '%r used by %d summits' % (p_, len(ks)))
    for sl, ks in slug_summit.items():
        if len(ks) > 1:
            err('slug', '%r shared across summits' % sl)
    if (len(arts), len(summits), n_pairs, n_single) != (8, 5, 3, 2):
        err('shape', 'need 8 articles, 5 summits, 3 pairs, 2 singles; got %d, %d, %d, %d'
            % (len(arts), len(summits), n_pairs, n_single))

    for aid, c in counts.items():
        print('%-36s words %d/%d quotes %d (%d direct, %d partial) not_quotes %d participants %d facts %d %s %s'
              % ((aid,) + c))
    tot = [sum(c[i] for c in counts.values()) for i in (2, 3, 4, 5, 6, 7)]
    print('total: quotes %d (%d direct, %d partial), not_quotes %d, participant entries %d, facts %d' % tuple(tot))
    if errors:
        print('\n%d ERROR(S):' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('OK: no errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
