#!/usr/bin/env python3
"""Validate heldout50_gold.json against the h50_*.txt articles in this folder.

Written from scratch for round 50. Reads only this folder, the summit entries,
ids and same_as slugs of ../../*_gold.json (earlier gold), and tests whether a
file of the same id already exists in ../../articles/. Exits 1 on any error.
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
GOLD = os.path.join(HERE, 'heldout50_gold.json')
EARLIER = os.environ.get('H50_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
SPLIT = 'heldout50'
PREFIX = 'h50_'
ABOUT_START = ('Held-out set round 50 (split=heldout50), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

TOP_KEYS = ['about', 'articles']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
            'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}

# Where the page noise begins in each article (the body runs from the fifth line to here).
TAIL = {
    'h50_ecowas_monrovia_wire': '(Additional reporting',
    'h50_ecowas_monrovia_agadir': 'Upcoming:',
    'h50_eu_bratislava_explainer': 'Read next:',
    'h50_eu_bratislava_castlehill': 'Related:',
    'h50_oas_cancun_lagoon': 'Related:',
    'h50_oas_cancun_tricolor': 'Community calendar:',
    'h50_chogm_coolum_transcript': '[END OF SEGMENT]',
    'h50_sco_beijing_compass': 'Related:',
}
# Quote style of each article.
STYLE = {
    'h50_ecowas_monrovia_wire': 'straight',
    'h50_ecowas_monrovia_agadir': 'curly',
    'h50_eu_bratislava_explainer': 'straight',
    'h50_eu_bratislava_castlehill': 'curly',
    'h50_oas_cancun_lagoon': 'curly',
    'h50_oas_cancun_tricolor': 'straight',
    'h50_chogm_coolum_transcript': 'straight',
    'h50_sco_beijing_compass': 'curly',
}

AVOID_CITIES = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali,
Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca,
Tehran, Dushanbe, Asuncion, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi,
Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain,
Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazu, Valletta, Tashkent, Mexico City, Naypyidaw,
Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima,
Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya,
Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo,
Djibouti"""

# City and year combinations already used (as given to the annotator in the brief's list).
USED_CITY_YEARS = """Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2017; Addis Ababa 2024;
Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Antalya 2015; Antananarivo 2016; Apia 2024;
Arusha 2016; Astana 2017; Astana 2024; Asuncion 2015; Auckland 1995; Baghdad 2025; Baku 2019; Bangkok 2022;
Bangkok 2025; Beijing 2014; Beijing 2023; Biarritz 2019; Bishkek 2019; Borgo Egnazia 2024; Brisbane 2014;
Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023;
Bucharest 2008; Bucharest 2018; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Burgenstock 2024;
Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cannes 2011; Caracas 2011; Carbis Bay 2021;
Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Colombo 2013; Colombo 2022; Cadiz 2012;
Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Dhahran 2018; Dhaka 2005;
Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2013; Durban 2013; Dushanbe 2019; Elmau 2015;
Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gleneagles 2005; Goa 2016;
Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014;
Heiligendamm 2007; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004;
Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023;
Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Kigali 2016;
Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025;
Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Lilongwe 2021; Lima 2008; Lima 2016;
Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012;
Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003;
Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994;
Milan 2014; Monterrey 2004; Nago 2000; Nairobi 2016; Naypyidaw 2014; New Delhi 2015; New Delhi 2023;
Newport 2014; Niamey 2019; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019;
Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009;
Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazu 2023;
Puerto Vallarta 2018; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Rancho Mirage 2016; Reykjavik 2023;
Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2021; Rovaniemi 2019; Samara 2007;
Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santiago 2007; Santiago 2013; Santo Domingo 2023;
Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Sharm el-Sheikh 2008;
Sharm el-Sheikh 2015; Shima 2016; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006;
St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016;
Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008;
Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Valletta 2005; Valletta 2015; Veracruz 2014;
Vientiane 2024; Vilnius 2013; Vilnius 2023; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999;
Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023;
Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010"""

# Honorific and title tokens that must not appear in a participant key
# (heldout40 list, the heldout42-48 additions, and acting/deputy/vice/queen-style words for this set).
HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan majesty
excellency highness hon rt chief president premier minister chancellor chairman chairperson mayor secretary
senator monsieur madame madam lord lady baroness baron gen general col colonel ratu his her hm hrh he datuk
dato tun tunku pak shri smt sayyid ayatollah ato wro woizero domnul doamna hojatoleslam mheshimiwa rais mama
ndugu shrimati ambassador amb rtd mp lt lieutenant senhor senhora dom dona sr sra u daw professor lyonchhen
lyonpo dasho aum ap father imam reverend rev pastor bishop seri begum sheikha mufti janab maulana acting
deputy vice""".split())
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                        'person:nyan-tun', 'person:hassan-sheikh-mohamud'}

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']

errors = []


def err(msg):
    errors.append(msg)


SPECIAL = {'ð': 'd', 'þ': 'th', 'ø': 'o', 'æ': 'ae', 'ł': 'l', 'ß': 'ss', 'đ': 'd', 'œ': 'oe', 'ı': 'i'}


def fold(s):
    s = s.lower()
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def contains_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def iso(s, where):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err(f'{where}: not an ISO date: {s!r}')
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(f'{where}: date does not exist: {s}')
        return None


def check_keys(obj, keys, where):
    if not isinstance(obj, dict):
        err(f'{where}: not an object')
        return False
    if list(obj.keys()) != keys:
        err(f'{where}: keys {list(obj.keys())} != {keys}')
        return False
    return True


def is_str(x):
    return isinstance(x, str) and x.strip() != ''


def quoted_spans(text, style):
    """Return [(start_of_open_mark, inner_text, open, close)] for every quoted span, and style problems."""
    spans, problems = [], []
    pos = 0
    for ln, line in enumerate(text.split('\n')):
        if style == 'straight':
            if line.count('"') % 2:
                problems.append(f'line {ln + 1}: odd number of straight double quotes')
            for m in re.finditer(r'"([^"]*)"', line):
                spans.append((pos + m.start(), m.group(1), '"', '"'))
        else:
            depth, start = 0, None
            for i, c in enumerate(line):
                if c == '“':
                    if depth:
                        problems.append(f'line {ln + 1}: nested curly quote')
                    depth, start = 1, i
                elif c == '”':
                    if not depth:
                        problems.append(f'line {ln + 1}: closing curly quote without opening')
                    else:
                        spans.append((pos + start, line[start + 1:i], '“', '”'))
                        depth = 0
            if depth:
                problems.append(f'line {ln + 1}: unclosed curly quote')
        pos += len(line) + 1
    return spans, problems


def load_earlier():
    ids, summits, slugs, prefixes = set(), [], set(), set()
    for path in sorted(glob.glob(os.path.join(EARLIER, '*_gold.json'))):
        if os.path.basename(path) == 'heldout50_gold.json':
            continue
        data = json.load(open(path, encoding='utf-8'))
        for a in data.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit', {})
            summits.append((fold(s.get('city', '')), str(s.get('start_date', ''))[:4]))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return ids, summits, slugs, prefixes


def main():
    try:
        gold = json.load(open(GOLD, encoding='utf-8'))
    except Exception as e:  # noqa
        print(f'ERROR: cannot read {GOLD}: {e}')
        return 1
    earlier_ids, earlier_summits, earlier_slugs, earlier_prefixes = load_earlier()
    avoid = {fold(c.strip()) for c in AVOID_CITIES.replace('\n', ' ').split(',') if c.strip()}
    used = set()
    for item in USED_CITY_YEARS.replace('\n', ' ').split(';'):
        item = item.strip()
        if item:
            city, year = item.rsplit(' ', 1)
            used.add((fold(city), year))
    used |= set(earlier_summits)

    if not check_keys(gold, TOP_KEYS, 'top level'):
        return report()
    if not isinstance(gold['about'], str) or not gold['about'].startswith(ABOUT_START):
        err('about text does not begin with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or not arts:
        err('articles must be a non-empty list')
        return report()

    seen_ids = set()
    summit_groups = collections.defaultdict(list)
    prefix_by_summit = collections.defaultdict(set)
    slugs_by_article = {}
    txt_files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, '*.txt'))}
    totals = collections.Counter()

    for n, a in enumerate(arts):
        where = f'article[{n}]'
        if not check_keys(a, ART_KEYS, where):
            continue
        aid = a['id']
        where = aid if isinstance(aid, str) else where
        if not isinstance(aid, str) or not re.fullmatch(r'h50_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err(f'{where}: bad id {aid!r}')
            continue
        if aid in seen_ids:
            err(f'{aid}: duplicate id')
        seen_ids.add(aid)
        if aid in earlier_ids:
            err(f'{aid}: id already used in earlier gold')
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            err(f'{aid}: a file of that name already exists in tests/gold/articles')
        if a['split'] != SPLIT:
            err(f'{aid}: split {a["split"]!r} != {SPLIT}')
        if a['file'] != f'articles/{aid}.txt':
            err(f'{aid}: file {a["file"]!r}')
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err(f'{aid}: article file missing')
            continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if aid not in TAIL or aid not in STYLE:
            err(f'{aid}: no tail marker or style registered in check.py')
            continue
        headline = lines[0]
        if a['title'] != headline:
            err(f'{aid}: title differs from the headline')
        body_start = sum(len(l) + 1 for l in lines[:4])
        tail = text.find(TAIL[aid], body_start)
        if tail < 0:
            err(f'{aid}: tail marker {TAIL[aid]!r} not found')
            continue
        body = text[body_start:tail]
        allowed = [(0, len(headline)), (body_start, tail)]

        def in_allowed(start, end):
            return any(s <= start and end <= e for s, e in allowed)

        # word counts
        wf, wb = len(text.split()), len(body.split())
        if not 420 <= wf <= 600:
            err(f'{aid}: file has {wf} words (420-600)')
        if not 420 <= wb <= 600:
            err(f'{aid}: body has {wb} words (420-600)')

        # publication date, outlet line, authors
        pub = iso(a['published_at'], f'{aid}.published_at')
        outlet = lines[1]
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            if wd not in outlet:
                err(f'{aid}: outlet line lacks weekday {wd}')
            for other in WEEKDAYS:
                if other != wd and other in outlet:
                    err(f'{aid}: outlet line carries another weekday {other}')
            if MONTHS[pub.month - 1] not in outlet or str(pub.year) not in outlet:
                err(f'{aid}: outlet line lacks month or year of {pub}')
            if str(pub.day) not in re.findall(r'\d+', outlet):
                err(f'{aid}: outlet line lacks day {pub.day}')
        auth = a['authors']
        if not isinstance(auth, list) or not auth or not all(is_str(x) for x in auth):
            err(f'{aid}: authors must be a non-empty list of non-empty strings')
            auth = []
        for x in auth:
            if x not in lines[2]:
                err(f'{aid}: author {x!r} not in byline')

        # summit
        s = a['summit']
        if check_keys(s, SUMMIT_KEYS, f'{aid}.summit'):
            if not isinstance(s['organization'], str) or not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', s['organization']):
                err(f'{aid}: bad organization {s["organization"]!r}')
            if not is_str(s['city']) or not is_str(s['country']):
                err(f'{aid}: empty city or country')
            sd = iso(s['start_date'], f'{aid}.start_date')
            ed = iso(s['end_date'], f'{aid}.end_date')
            if sd and ed and sd > ed:
                err(f'{aid}: start after end')
            if sd and pub and pub < sd:
                err(f'{aid}: published before the summit started')
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or \
                    any(x not in TEXT_FIELDS for x in tf) or tf != [x for x in TEXT_FIELDS if x in tf]:
                err(f'{aid}: bad text_fields {tf!r}')
            text_tokens = tokens(headline + '\n' + body)
            if is_str(s['city']):
                if not contains_seq(text_tokens, tokens(s['city'])):
                    err(f'{aid}: city {s["city"]!r} not in headline or body')
                if fold(s['city']) in avoid:
                    err(f'{aid}: city {s["city"]!r} is on the avoid list')
                if sd and (fold(s['city']), str(sd.year)) in used:
                    err(f'{aid}: {s["city"]} {sd.year} already used')
            if isinstance(tf, list) and 'country' in tf and is_str(s['country']):
                if not contains_seq(text_tokens, tokens(s['country'])):
                    err(f'{aid}: country {s["country"]!r} not in headline or body')
            if sd:
                key = (s['organization'], fold(s['city']), s['start_date'])
                summit_groups[key].append(a)

        # quote style
        style = STYLE[aid]
        if style == 'curly':
            if '"' in text or "'" in text:
                err(f'{aid}: straight marks in a curly article')
        else:
            if any(c in text for c in '“”‘’'):
                err(f'{aid}: curly marks in a straight article')
        if '‘' in text:
            err(f'{aid}: opening single curly mark')
        spans, problems = quoted_spans(text, style)
        for p in problems:
            err(f'{aid}: {p}')
        for st, inner, o, c in spans:
            if not in_allowed(st, st + len(inner) + 2):
                err(f'{aid}: quoted span in page noise: {inner[:40]!r}')

        # quotes and not_quotes
        quotes = a['quotes'] if isinstance(a['quotes'], list) else []
        nq = a['not_quotes'] if isinstance(a['not_quotes'], list) else []
        if not isinstance(a['quotes'], list) or not isinstance(a['not_quotes'], list):
            err(f'{aid}: quotes and not_quotes must be lists')
        for x in nq:
            if not is_str(x):
                err(f'{aid}: empty not_quote')
        annotated = collections.Counter([q.get('text') for q in quotes if isinstance(q, dict)] + list(nq))
        found = collections.Counter(inner for _, inner, _, _ in spans)
        if annotated != found:
            missing = found - annotated
            extra = annotated - found
            if missing:
                err(f'{aid}: quoted spans not annotated: {[m[:40] for m in missing]}')
            if extra:
                err(f'{aid}: annotated quotes not found as quoted spans: {[m[:40] for m in extra]}')
        order = []
        for i, q in enumerate(quotes):
            if not check_keys(q, QUOTE_KEYS, f'{aid}.quotes[{i}]'):
                continue
            if not is_str(q['text']):
                err(f'{aid}.quotes[{i}]: empty text')
                continue
            if q['kind'] not in QUOTE_KINDS:
                err(f'{aid}.quotes[{i}]: bad kind {q["kind"]!r}')
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(
                    r'(person:[a-z0-9]+(-[a-z0-9]+)*|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})', sk):
                err(f'{aid}.quotes[{i}]: bad speaker key {sk!r}')
            order.append(q['text'])
        # text order: match each quote to the next unused span with the same text
        positions, used_spans = [], set()
        for t in order:
            cands = [k for k, (st, inner, _, _) in enumerate(spans) if inner == t and k not in used_spans]
            if cands:
                used_spans.add(cands[0])
                positions.append(spans[cands[0]][0])
        if positions != sorted(positions):
            err(f'{aid}: quotes not listed in text order')

        # participants
        parts = a['participants'] if isinstance(a['participants'], list) else []
        pkeys = []
        folded_all = tokens(text)
        folded_main = tokens(headline + '\n' + body)
        author_keys = {'person:' + '-'.join(tokens(x)) for x in auth}
        for i, p in enumerate(parts):
            if not check_keys(p, PART_KEYS, f'{aid}.participants[{i}]'):
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err(f'{aid}: bad participant key {k!r}')
                continue
            if k in pkeys:
                err(f'{aid}: duplicate participant {k}')
            pkeys.append(k)
            partsk = k[len('person:'):].split('-')
            if k not in HONORIFIC_EXCEPTIONS:
                for tok in partsk:
                    if tok in HONORIFICS:
                        err(f'{aid}: honorific or title {tok!r} in key {k}')
            for tok in partsk:
                if tok not in folded_all:
                    err(f'{aid}: name part {tok!r} of {k} not in the text')
            if partsk[-1] not in folded_main:
                err(f'{aid}: last name part of {k} not in headline or body')
            if not is_str(p['role']) or not is_str(p['affiliation']):
                err(f'{aid}: empty role or affiliation for {k}')
            if k in author_keys:
                err(f'{aid}: author listed as participant: {k}')
        for q in quotes:
            if isinstance(q, dict) and str(q.get('speaker_key', '')).startswith('person:') \
                    and q['speaker_key'] not in pkeys:
                err(f'{aid}: speaker {q["speaker_key"]} is not a participant')

        # facts
        facts = a['facts'] if isinstance(a['facts'], list) else []
        if not facts:
            err(f'{aid}: no facts')
        slugs, prefixes, evidences = [], set(), []
        for i, f in enumerate(facts):
            w = f'{aid}.facts[{i}]'
            if not check_keys(f, FACT_KEYS, w):
                continue
            if not is_str(f['statement']):
                err(f'{w}: empty statement')
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or any(x not in FACT_KINDS for x in kd):
                err(f'{w}: bad kind {kd!r}')
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa):
                err(f'{w}: bad same_as {sa!r}')
            else:
                if sa in slugs:
                    err(f'{w}: repeated same_as {sa}')
                slugs.append(sa)
                prefixes.add(sa.split('-')[0])
                if sa in earlier_slugs:
                    err(f'{w}: same_as {sa} already used in earlier gold')
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err(f'{w}: evidence must be a non-empty list')
                continue
            for e in ev:
                if not is_str(e):
                    err(f'{w}: empty evidence span')
                    continue
                idx = [m.start() for m in re.finditer(re.escape(e), text)]
                if not idx:
                    err(f'{w}: evidence not found verbatim: {e[:50]!r}')
                elif not any(in_allowed(x, x + len(e)) for x in idx):
                    err(f'{w}: evidence lies in page noise: {e[:50]!r}')
                evidences.append(e)
        if len(prefixes) > 1:
            err(f'{aid}: more than one slug prefix: {sorted(prefixes)}')
        for pfx in prefixes:
            if pfx in earlier_prefixes:
                err(f'{aid}: slug prefix {pfx!r} already used in earlier gold')
        if isinstance(s, dict):
            prefix_by_summit[(s.get('organization'), fold(str(s.get('city'))), s.get('start_date'))] |= prefixes
        slugs_by_article[aid] = set(slugs)
        # every annotated quote must lie, with its marks, inside an evidence span
        for q in quotes:
            if not isinstance(q, dict) or not is_str(q.get('text')):
                continue
            o, c = ('"', '"') if style == 'straight' else ('“', '”')
            if not any(o + q['text'] + c in e for e in evidences):
                err(f'{aid}: quote not covered by any evidence span: {q["text"][:40]!r}')
        nd = sum(1 for q in quotes if isinstance(q, dict) and q.get('kind') == 'direct')
        totals.update(quotes=len(quotes), direct=nd, not_quotes=len(nq), participants=len(parts), facts=len(facts))
        print(f'{aid}: {pub.strftime("%A") if pub else "?"} {a["published_at"]}, {style}, file {wf} words, '
              f'body {wb}, quotes {len(quotes)} ({nd} direct), not_quotes {len(nq)}, '
              f'participants {len(parts)}, facts {len(facts)}')

    # every .txt file must have an entry
    for t in sorted(txt_files - seen_ids):
        err(f'{t}.txt has no gold entry')

    # summits, pairs and shape
    pairs = singles = 0
    all_prefixes = collections.Counter()
    for key, group in summit_groups.items():
        for pfx in prefix_by_summit[key]:
            all_prefixes[pfx] += 1
        if len(group) > 2:
            err(f'summit {key} has {len(group)} articles')
        elif len(group) == 2:
            pairs += 1
            a, b = group
            if a['summit'] != b['summit'] and any(a['summit'][k] != b['summit'][k] for k in
                                                  ['organization', 'city', 'country', 'start_date', 'end_date']):
                err(f'pair {a["id"]} / {b["id"]} disagree on the summit')
            shared = slugs_by_article.get(a['id'], set()) & slugs_by_article.get(b['id'], set())
            if len(shared) < 5:
                err(f'pair {a["id"]} / {b["id"]} shares only {len(shared)} slugs')
            print(f'pair {a["id"]} / {b["id"]}: {len(shared)} shared slugs: {", ".join(sorted(shared))}')
        else:
            singles += 1
    for pfx, n in all_prefixes.items():
        if n > 1:
            err(f'slug prefix {pfx} used by {n} summits')
    seen_slug_summit = {}
    for key, group in summit_groups.items():
        for a in group:
            for sl in slugs_by_article.get(a['id'], ()):
                if sl in seen_slug_summit and seen_slug_summit[sl] != key:
                    err(f'slug {sl} shared across summits')
                seen_slug_summit[sl] = key
    if (len(arts), len(summit_groups), pairs, singles) != (8, 5, 3, 2):
        err(f'shape is {len(arts)} articles, {len(summit_groups)} summits, {pairs} pairs, {singles} singles '
            f'(want 8, 5, 3, 2)')
    print(f'totals: {dict(totals)}')
    return report()


def report():
    if errors:
        for e in errors:
            print('ERROR:', e)
        print(f'{len(errors)} error(s)')
        return 1
    print('OK: no errors')
    return 0


if __name__ == '__main__':
    sys.exit(main())
