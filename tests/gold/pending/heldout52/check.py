#!/usr/bin/env python3
"""Validator for the heldout52 gold set (written from scratch for this round).

Run from anywhere: python3 check.py
Reads heldout52_gold.json and the .txt articles in this folder; reads only the
ids, summit entries and same_as slugs of the earlier gold files (by exact name:
facts_gold.json and heldout5_gold.json ... heldout51_gold.json) two levels up,
or in the folder named by the environment variable H52_EARLIER.
Exits 1 on any error.
"""
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H52_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout52_gold.json')
SPLIT = 'heldout52'
ID_PREFIX = 'h52'
ABOUT_START = ('Held-out set round 52 (split=heldout52), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
QUOTE_KINDS = {'direct', 'partial'}

# Per-article registration: quote style and the line that starts the page-noise tail.
STYLE = {
    'h52_cis_almaata_wire': ('straight', '(Additional reporting'),
    'h52_cis_almaata_diaspora': ('curly', 'Community calendar:'),
    'h52_gcc_doha_dafna': ('curly', 'Related:'),
    'h52_gcc_doha_trademonitor': ('straight', 'DIARY'),
    'h52_pif_rarotonga_sentinel': ('curly', 'Related:'),
    'h52_pif_rarotonga_outrigger': ('curly', 'Related:'),
    'h52_chogm_durban_transcript': ('straight', '[END OF ITEM]'),
    'h52_mercosur_ouropreto_explainer': ('straight', 'Read next:'),
}
# Credited staff (not authors, never participants).
CREDITED = {
    'h52_cis_almaata_wire': ['Nurlybek Kassymov', 'Pyotr Lisitsyn', 'Cressida Quayle'],
}

HONORIFICS = set('''
mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan majesty
excellency highness hon rt chief president premier minister chancellor chairman chairperson
mayor secretary senator monsieur madame madam lord lady baroness baron gen general col colonel
ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah ato wro woizero
domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati
ambassador amb rtd mp lt lieutenant senhor senhora dom dona sr sra
u daw professor lyonchhen lyonpo dasho aum ap father imam reverend rev pastor bishop seri
begum sheikha mufti janab maulana acting deputy vice haji hajah crown pengiran awang dayang
marshal hh former elect
'''.split())
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                        'person:nyan-tun', 'person:hassan-sheikh-mohamud'}

AVOID_CITIES = '''Astana|Paris|Reykjavik|Sanya|Kathmandu|San Pedro Sula|Majuro|Abuja|Nusa Dua|Bali|
Johannesburg|Nairobi|Kuwait City|Windhoek|Cadiz|Caracas|Sharm el-Sheikh|Baku|Ulaanbaatar|Mecca|
Tehran|Dushanbe|Asuncion|Vilnius|Prague|Bangkok|Cairo|Cebu|Veracruz|Antananarivo|Chisinau|Sochi|
Kiruna|Addu City|Rancho Mirage|Arusha|New Delhi|Xi'an|Goyang|Islamabad|Kigali|Warsaw|Port of Spain|
Tokyo|Stockholm|Dili|Accra|Yekaterinburg|Puerto Iguazu|Valletta|Tashkent|Mexico City|Naypyidaw|
Algiers|Harare|Yerevan|Auckland|Niamey|Madrid|Miami|Suva|Camp David|Istanbul|Djerba|Lima|
Washington|Thimphu|Santo Domingo|Manama|Lilongwe|Huntsville|Maputo|Samara|Putrajaya|
Puerto Vallarta|Toyako|Damascus|Dhaka|Monterrey|Brussels|Elmau|Phnom Penh|Rovaniemi|Colombo|
Djibouti|Monrovia|Bratislava|Cancun|Coolum|Beijing|Beirut|Genoa|Malabo|Bandar Seri Begawan|Brasilia'''

USED_CITY_YEARS = '''Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2017; Addis Ababa 2024;
Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Antalya 2015; Antananarivo 2016; Apia 2024;
Arusha 2016; Astana 2017; Astana 2024; Asuncion 2015; Auckland 1995; Baghdad 2025; Baku 2019;
Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Beijing 2012; Beijing 2014; Beijing 2023;
Beirut 2002; Biarritz 2019; Bishkek 2019; Borgo Egnazia 2024; Brasilia 2008; Bratislava 2016;
Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022;
Brussels 2023; Bucharest 2008; Bucharest 2018; Buenos Aires 2018; Buenos Aires 2023; Busan 2005;
Burgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancun 2017; Cannes 2011;
Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Colombo 2013;
Colombo 2022; Coolum 2002; Cadiz 2012; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019;
Deauville 2011; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023;
Doha 2013; Durban 2013; Dushanbe 2019; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003;
Fortaleza 2014; Funafuti 2019; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023;
Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Hiroshima 2023;
Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021;
Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007;
Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Kigali 2016; Kigali 2022; Kinshasa 2012;
Kiruna 2013; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013;
Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018;
Lima 2024; Lisbon 2007; Lisbon 2010; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012;
Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024;
Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012;
Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Nago 2000; Nairobi 2016;
Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2018;
Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Panama City 2015; Paris 2008; Perth 2011;
Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009;
Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazu 2023; Puerto Vallarta 2018; Putrajaya 2003;
Qingdao 2018; Quebec City 2001; Rancho Mirage 2016; Reykjavik 2023; Riga 2006; Rio de Janeiro 2024;
Rio de Janeiro 2025; Riyadh 2007; Rome 2021; Rovaniemi 2019; Samara 2007; Samarkand 2022;
San Francisco 2023; San Pedro Sula 2009; Santiago 2007; Santiago 2013; Santo Domingo 2023;
Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Sharm el-Sheikh 2008;
Sharm el-Sheikh 2015; Shima 2016; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018;
St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007;
Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015;
Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016;
Valletta 2005; Valletta 2015; Veracruz 2014; Vientiane 2024; Vilnius 2013; Vilnius 2023;
Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022;
Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018;
Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010'''

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

SPECIAL = {'ð': 'd', 'þ': 'th', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ł': 'l', 'ß': 'ss', 'đ': 'd', 'ı': 'i'}

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.lower()
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def tokens(s):
    return [t for t in re.split(r'[^a-z0-9]+', fold(s)) if t]


def has_token_seq(hay_tokens, needle):
    n = tokens(needle)
    if not n:
        return False
    L = len(n)
    return any(hay_tokens[i:i + L] == n for i in range(len(hay_tokens) - L + 1))


def slugify(name):
    return '-'.join(tokens(name))


def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err(f'{where}: not an ISO date: {s!r}')
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(f'{where}: date does not exist: {s}')
        return None


def is_str(x):
    return isinstance(x, str) and x.strip() != ''


def quoted_spans(text, style):
    """Return (inner_text, start_index_of_open_mark) for every quoted span."""
    spans = []
    if style == 'straight':
        pos = 0
        for line in text.split('\n'):
            idx = [m.start() for m in re.finditer('"', line)]
            for a, b in zip(idx[0::2], idx[1::2]):
                spans.append((line[a + 1:b], pos + a))
            pos += len(line) + 1
    else:
        for m in re.finditer('\u201c([^\u201c\u201d]*)\u201d', text):
            spans.append((m.group(1), m.start()))
    return spans


def load_earlier():
    ids, prefixes, slugs, slug_prefixes, city_years = set(), set(), set(), set(), set()
    names = ['facts_gold.json'] + [f'heldout{n}_gold.json' for n in range(5, 52)]
    for nm in names:
        p = os.path.join(EARLIER, nm)
        if not os.path.exists(p):
            err(f'earlier gold file missing: {p}')
            continue
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            prefixes.add(str(a.get('id')).split('_')[0])
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                city_years.add((fold(s['city']), s['start_date'][:4]))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if sa:
                    slugs.add(sa)
                    slug_prefixes.add(sa.split('-')[0])
    return ids, prefixes, slugs, slug_prefixes, city_years


def main():
    avoid = {fold(c.strip()) for c in AVOID_CITIES.replace('\n', '').split('|')}
    used = set()
    for item in USED_CITY_YEARS.replace('\n', ' ').split(';'):
        item = item.strip()
        if item:
            city, year = item.rsplit(' ', 1)
            used.add((fold(city), year))

    try:
        gold = json.load(open(GOLD, encoding='utf-8'))
    except Exception as e:
        print(f'ERROR: cannot read {GOLD}: {e}')
        sys.exit(1)
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top level must have exactly the keys about, articles (in that order)')
    about = gold.get('about', '')
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about text does not begin with the required sentence')
    arts = gold.get('articles', [])
    if not isinstance(arts, list):
        err('articles must be a list')
        arts = []

    e_ids, e_prefixes, e_slugs, e_slug_prefixes, e_city_years = load_earlier()
    if ID_PREFIX in e_prefixes:
        err(f'id prefix {ID_PREFIX} already used in earlier gold')

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    seen_ids = set()
    summit_groups = defaultdict(list)
    slug_by_summit = defaultdict(set)
    prefix_by_summit = defaultdict(set)
    report = []

    for a in arts:
        if not isinstance(a, dict):
            err('article entry is not an object')
            continue
        aid = a.get('id', '?')
        W = f'[{aid}]'
        if list(a.keys()) != ARTICLE_KEYS:
            err(f'{W} article keys {list(a.keys())} != {ARTICLE_KEYS}')
        if not isinstance(aid, str) or not re.fullmatch(r'h52_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err(f'{W} bad id form')
            continue
        if aid in seen_ids:
            err(f'{W} duplicate id')
        seen_ids.add(aid)
        if aid in e_ids:
            err(f'{W} id already used in earlier gold')
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            err(f'{W} an earlier article file with this name exists')
        if aid not in STYLE:
            err(f'{W} no quote style / tail marker registered')
            continue
        style, tail = STYLE[aid]
        if a.get('split') != SPLIT:
            err(f'{W} split must be {SPLIT}')
        if a.get('file') != f'articles/{aid}.txt':
            err(f'{W} file must be articles/{aid}.txt')
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err(f'{W} article text missing')
            continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        headline, outlet_line, byline = lines[0], lines[1], lines[2]
        if a.get('title') != headline:
            err(f'{W} title differs from headline')
        # body = from fifth line up to the tail marker
        rest = '\n'.join(lines[4:])
        ti = rest.find('\n' + tail)
        if ti < 0:
            err(f'{W} tail marker {tail!r} not found at a line start')
            ti = len(rest)
        body = rest[:ti]
        head_len = len('\n'.join(lines[:4])) + 1
        body_start, body_end = head_len, head_len + ti
        scope = headline + '\n' + body  # where evidence and quotes may come from
        fw, bw = len(text.split()), len(body.split())
        if not 420 <= fw <= 600:
            err(f'{W} file word count {fw} outside 420-600')
        if not 420 <= bw <= 600:
            err(f'{W} body word count {bw} outside 420-600')

        # dates
        pub = parse_date(a.get('published_at'), f'{W} published_at')
        sm = a.get('summit', {})
        if not isinstance(sm, dict) or list(sm.keys()) != SUMMIT_KEYS:
            err(f'{W} summit keys wrong')
            sm = sm if isinstance(sm, dict) else {}
        sd = parse_date(sm.get('start_date'), f'{W} start_date')
        ed = parse_date(sm.get('end_date'), f'{W} end_date')
        if sd and ed and sd > ed:
            err(f'{W} start_date after end_date')
        if pub and sd and pub < sd:
            err(f'{W} published before the summit started')
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            need = [wd, MONTHS[pub.month - 1], str(pub.day), str(pub.year)]
            otoks = re.findall(r'[A-Za-z]+|\d+', outlet_line)
            for n in need:
                if n not in otoks:
                    err(f'{W} outlet line lacks {n!r} of published_at')
            for other in WEEKDAYS:
                if other != wd and other in otoks:
                    err(f'{W} outlet line carries another weekday {other}')

        # authors
        auth = a.get('authors')
        if not isinstance(auth, list) or not auth or not all(is_str(x) for x in auth):
            err(f'{W} authors must be a non-empty list of non-empty strings')
            auth = []
        for x in auth:
            if x not in byline:
                err(f'{W} author {x!r} not in byline')

        # summit fields
        org, city, country = sm.get('organization'), sm.get('city'), sm.get('country')
        if not isinstance(org, str) or not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', org):
            err(f'{W} organization must be an org: key')
        if not is_str(city) or not is_str(country):
            err(f'{W} city and country must be non-empty')
            city, country = city or '', country or ''
        tf = sm.get('text_fields')
        if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or \
                any(x not in TEXT_FIELDS for x in tf) or tf != [x for x in TEXT_FIELDS if x in tf]:
            err(f'{W} text_fields must be a non-empty canonical-order subset of {TEXT_FIELDS}')
            tf = []
        stoks = tokens(scope)
        if not has_token_seq(stoks, city):
            err(f'{W} city {city!r} not in headline/body')
        if 'country' in tf and not has_token_seq(stoks, country):
            err(f'{W} country {country!r} not in headline/body')
        if fold(city) in avoid:
            err(f'{W} city {city} is on the avoid list')
        if sd:
            cy = (fold(city), str(sd.year))
            if cy in used:
                err(f'{W} city-year {city} {sd.year} already used (brief list)')
            if cy in e_city_years:
                err(f'{W} city-year {city} {sd.year} used in earlier gold')
        skey = (org, city, sm.get('start_date'))
        summit_groups[skey].append(aid)

        # quote style and marks
        if style == 'straight':
            for ch in '\u201c\u201d\u2018\u2019':
                if ch in text:
                    err(f'{W} straight article contains curly mark {ch!r}')
            for i, line in enumerate(lines):
                if line.count('"') % 2:
                    err(f'{W} odd number of straight double marks on line {i + 1}')
        else:
            if '"' in text or "'" in text:
                err(f'{W} curly article contains straight marks')
            if '\u2018' in text:
                err(f'{W} opening single curly mark present')
            for i, line in enumerate(lines):
                depth = 0
                for ch in line:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err(f'{W} nested curly quote on line {i + 1}')
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err(f'{W} closing curly mark without opening on line {i + 1}')
                            depth = 0
                if depth:
                    err(f'{W} unclosed curly quote on line {i + 1}')
        o_mark, c_mark = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')

        spans = quoted_spans(text, style)
        for inner, pos in spans:
            if not (body_start <= pos < body_end) and not (pos < len(headline)):
                err(f'{W} quoted span in page noise: {inner[:40]!r}')
        span_texts = Counter(s for s, _ in spans)

        # participants
        parts = a.get('participants', [])
        pkeys = []
        author_slugs = {slugify(x) for x in auth} | {slugify(x) for x in CREDITED.get(aid, [])}
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(f'{W} participant keys wrong: {p}')
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err(f'{W} bad participant key {k!r}')
                continue
            if k in pkeys:
                err(f'{W} duplicate participant {k}')
            pkeys.append(k)
            parts_ = k[len('person:'):].split('-')
            if k not in HONORIFIC_EXCEPTIONS:
                bad = [t for t in parts_ if t in HONORIFICS]
                if bad:
                    err(f'{W} honorific/title token {bad} in key {k}')
            all_toks = set(tokens(text))
            for t in parts_:
                if t not in all_toks:
                    err(f'{W} name part {t!r} of {k} not in the text')
            if parts_[-1] not in set(stoks):
                err(f'{W} last name part of {k} not in headline/body')
            if not is_str(p['role']) or not is_str(p['affiliation']):
                err(f'{W} empty role/affiliation for {k}')
            if k[len('person:'):] in author_slugs:
                err(f'{W} author or credited staff listed as participant: {k}')

        # quotes
        qs = a.get('quotes', [])
        qtexts = Counter()
        last_pos = -1
        search_from = {}
        for q in qs:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(f'{W} quote keys wrong: {q}')
                continue
            t, sk, kd = q['text'], q['speaker_key'], q['kind']
            if not is_str(t):
                err(f'{W} empty quote text')
                continue
            qtexts[t] += 1
            if kd not in QUOTE_KINDS:
                err(f'{W} bad quote kind {kd!r}')
            if not isinstance(sk, str) or not re.fullmatch(
                    r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err(f'{W} bad speaker key {sk!r}')
            elif sk.startswith('person:') and sk not in pkeys:
                err(f'{W} speaker {sk} not a participant')
            marked = o_mark + t + c_mark
            pos = text.find(marked, search_from.get(marked, 0))
            if pos < 0:
                err(f'{W} quote not found as a marked span: {t[:50]!r}')
                continue
            search_from[marked] = pos + 1
            if pos < last_pos:
                err(f'{W} quotes out of text order at {t[:40]!r}')
            last_pos = pos
            ev_all = [e for f in a.get('facts', []) if isinstance(f, dict)
                      for e in (f.get('evidence') or []) if isinstance(e, str)]
            if not any(marked in e for e in ev_all):
                err(f'{W} quote not covered by any evidence span: {t[:50]!r}')
        nq = a.get('not_quotes', [])
        if not isinstance(nq, list) or not all(is_str(x) for x in nq):
            err(f'{W} not_quotes must be a list of strings')
            nq = []
        expected = qtexts + Counter(nq)
        if expected != span_texts:
            missing = span_texts - expected
            extra = expected - span_texts
            if missing:
                err(f'{W} quoted spans not annotated: {list(missing)[:3]}')
            if extra:
                err(f'{W} annotated quotes/not_quotes not found as spans: {list(extra)[:3]}')

        # facts
        facts = a.get('facts', [])
        art_slugs = set()
        art_prefixes = set()
        kinds = Counter()
        for f in facts:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(f'{W} fact keys wrong: {str(f)[:80]}')
                continue
            if not is_str(f['statement']):
                err(f'{W} empty statement')
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or \
                    any(x not in FACT_KINDS for x in kd):
                err(f'{W} bad fact kind {kd!r}')
            else:
                kinds[tuple(kd)] += 1
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa):
                err(f'{W} bad same_as {sa!r}')
                continue
            if sa in art_slugs:
                err(f'{W} repeated same_as {sa}')
            art_slugs.add(sa)
            art_prefixes.add(sa.split('-')[0])
            if sa in e_slugs:
                err(f'{W} same_as {sa} used in earlier gold')
            if sa.split('-')[0] in e_slug_prefixes:
                err(f'{W} slug prefix of {sa} used in earlier gold')
            ev = f['evidence']
            if not isinstance(ev, list) or not ev or not all(is_str(e) for e in ev):
                err(f'{W} evidence must be a non-empty list of strings ({sa})')
                continue
            for e in ev:
                if e not in scope:
                    err(f'{W} evidence not in headline/body ({sa}): {e[:60]!r}')
        if len(art_prefixes) != 1:
            err(f'{W} expected one slug prefix, got {sorted(art_prefixes)}')
        slug_by_summit[skey] |= art_slugs
        prefix_by_summit[skey] |= art_prefixes
        report.append((aid, fw, bw, len(qs), sum(1 for q in qs if isinstance(q, dict) and q.get('kind') == 'direct'),
                       len(nq), len(parts), len(facts), WEEKDAYS[pub.weekday()] if pub else '?', style,
                       art_slugs))

    # every txt file has an entry
    for fn in txt_files:
        if fn[:-4] not in seen_ids:
            err(f'stray article file without entry: {fn}')

    # shape: 8 articles, 5 summits, 3 pairs, 2 singles
    sizes = sorted(len(v) for v in summit_groups.values())
    if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]:
        err(f'shape wrong: {len(arts)} articles, summit sizes {sizes}')
    # summit-level consistency for pairs, shared slugs
    by_id = {a.get('id'): a for a in arts if isinstance(a, dict)}
    pair_report = []
    for skey, ids in summit_groups.items():
        if len(ids) > 2:
            err(f'summit {skey} has more than two articles')
        if len(ids) == 2:
            s1, s2 = by_id[ids[0]]['summit'], by_id[ids[1]]['summit']
            for fld in ['organization', 'city', 'country', 'start_date', 'end_date']:
                if s1.get(fld) != s2.get(fld):
                    err(f'pair {ids} disagrees on {fld}')
            sl1 = {f['same_as'] for f in by_id[ids[0]]['facts'] if isinstance(f, dict)}
            sl2 = {f['same_as'] for f in by_id[ids[1]]['facts'] if isinstance(f, dict)}
            shared = sl1 & sl2
            if len(shared) < 5:
                err(f'pair {ids} shares only {len(shared)} same_as slugs')
            pair_report.append((ids, sorted(shared)))
    # no prefix or slug across summits
    keys = list(prefix_by_summit)
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if prefix_by_summit[keys[i]] & prefix_by_summit[keys[j]]:
                err(f'slug prefix shared by two summits: {keys[i]} / {keys[j]}')
            if slug_by_summit[keys[i]] & slug_by_summit[keys[j]]:
                err(f'slug shared across summits: {keys[i]} / {keys[j]}')

    for r in report:
        print(f'{r[0]}: words {r[1]}/{r[2]}, quotes {r[3]} ({r[4]} direct), not_quotes {r[5]}, '
              f'participants {r[6]}, facts {r[7]}, {r[8]}, {r[9]}')
    for ids, shared in pair_report:
        print(f'pair {ids[0]} + {ids[1]}: {len(shared)} shared: {", ".join(shared)}')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print(f'{len(errors)} error(s)')
        sys.exit(1)
    print('OK: heldout52 gold passes all checks')


if __name__ == '__main__':
    main()
