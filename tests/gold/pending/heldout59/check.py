#!/usr/bin/env python3
"""Validator for the heldout59 gold set (written from scratch for round 59).

Checks tests/gold/pending/heldout59/heldout59_gold.json against the article
files in the same folder and against the ids, summits and same_as slugs of
the earlier gold files (opened by exact name).  Exits 1 on any error.
Set H59_EARLIER to the folder holding the earlier gold files when running
on a copy (default: two levels up from this file, i.e. tests/gold).
"""
import datetime, json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H59_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout59_gold.json')
SPLIT = 'heldout59'
OPENING = ('Held-out set round 59 (split=heldout59), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
EARLIER_NAMES = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 59)]

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

# per-article registrations: quote style, first line of the page-noise tail, credited staff
STYLE = {
    'h59_apec_bogor_larkspur': 'straight', 'h59_apec_bogor_wheatbelt': 'curly',
    'h59_g8_denver_frontrange': 'curly', 'h59_g8_denver_novybereg': 'straight',
    'h59_oau_lome_laterite': 'straight', 'h59_oau_lome_kapok': 'curly',
    'h59_mercosur_ushuaia_explainer': 'straight', 'h59_eu_rostov_arbat': 'curly',
}
TAIL = {
    'h59_apec_bogor_larkspur': 'Additional reporting by',
    'h59_apec_bogor_wheatbelt': 'Also in this issue:',
    'h59_g8_denver_frontrange': 'More Summit',
    'h59_g8_denver_novybereg': 'Next week:',
    'h59_oau_lome_laterite': '(END OF SEGMENT)',
    'h59_oau_lome_kapok': 'Also in Analysis:',
    'h59_mercosur_ushuaia_explainer': 'Read next:',
    'h59_eu_rostov_arbat': 'Related:',
}
CREDITS = {'h59_apec_bogor_larkspur': ['Sekar Anggraeni-Kilbride', 'Gervase Prothero']}
# how each organisation may be named in a text (for text_fields 'organization')
ORG_NAMES = {
    'org:apec': ['APEC', 'Asia-Pacific Economic Cooperation'],
    'org:g8': ['Summit of the Eight', 'Group of Seven', 'G8'],
    'org:oau': ['OAU', 'Organisation of African Unity'],
    'org:mercosur': ['Mercosur'],
    'org:eu': ['European Union', 'EU'],
}
COUNTRY_ALIASES = {'United States': ['United States', 'U.S.'], 'United Kingdom': ['United Kingdom', 'Britain']}

HONORIFICS = {'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice',
              'prime', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess',
              'emir', 'sultan', 'sheikh', 'general', 'gen', 'colonel', 'col', 'governor', 'gov',
              'mayor', 'senator', 'sen', 'chief', 'secretary', 'professor', 'prof', 'rev', 'hon',
              'excellency', 'majesty', 'his', 'her', 'monsieur', 'madame', 'senor', 'don'}

AVOID = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali,
Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca,
Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi,
Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain,
Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw,
Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima,
Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta,
Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia,
Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata, Almaty,
Doha, Rarotonga, Avarua, Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver,
Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki,
Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád,
Shanghai, Puerto Varas, Cholpon-Ata, Nanjing"""
USED = """Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Montreux 2010; Nago 2000; Nairobi 2016; Nanjing 2009; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"""

errors = []
def err(msg):
    errors.append(msg)

SPECIAL = {'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE',
           'œ': 'oe', 'Œ': 'OE', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'þ': 'th'}
def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()
def tokens(s):
    return [t for t in re.split(r'[^a-z0-9]+', fold(s)) if t]
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))
def whole_name_in(name, text):
    return re.search(r'(?<![\w-])' + re.escape(name) + r'(?![\w-])', text) is not None

AVOID_F = {fold(c.strip()) for c in AVOID.replace('\n', ' ').split(',') if c.strip()}
USED_F = set()
for item in USED.split(';'):
    item = item.strip()
    if item:
        city, year = item.rsplit(' ', 1)
        USED_F.add((fold(city), year))

def parse_date(s, where):
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

# ---------- earlier gold ----------
earlier_ids, earlier_slugs, earlier_prefixes, earlier_summits = set(), set(), set(), []
for nm in EARLIER_NAMES:
    p = os.path.join(EARLIER, nm)
    if not os.path.exists(p):
        err(f'earlier gold file missing: {p}')
        continue
    d = json.load(open(p, encoding='utf-8'))
    for a in d.get('articles', []):
        earlier_ids.add(a.get('id'))
        s = a.get('summit') or {}
        earlier_summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
        for f in a.get('facts', []):
            sl = f.get('same_as')
            if isinstance(sl, str) and sl:
                earlier_slugs.add(sl)
                earlier_prefixes.add(sl.split('-')[0])
earlier_id_prefixes = {i.split('_')[0] for i in earlier_ids if isinstance(i, str)}
earlier_city_years = {(fold(c or ''), (sd or '')[:4]) for _, c, sd in earlier_summits}

# ---------- gold ----------
gold = json.load(open(GOLD, encoding='utf-8'))
if list(gold.keys()) != ['about', 'articles']:
    err(f'top-level keys {list(gold.keys())}')
about = gold.get('about', '')
if not isinstance(about, str) or not about.startswith(OPENING):
    err('about text does not begin with the required sentence')
arts = gold.get('articles', [])
if not isinstance(arts, list) or not arts:
    err('articles missing')
    arts = []

if 'h59' in earlier_id_prefixes:
    err('id prefix h59 already used in earlier gold')

seen_ids = set()
summit_of = {}
slugs_of = {}
kinds_of = {}
prefix_of_summit = {}
counts = Counter()

for a in arts:
    aid = a.get('id', '?') if isinstance(a, dict) else '?'
    W = aid
    if not check_keys(a, ARTICLE_KEYS, W):
        continue
    # ids and files
    if not isinstance(aid, str) or not re.fullmatch(r'h59_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
        err(f'{W}: malformed id')
    if aid in seen_ids:
        err(f'{W}: duplicate id')
    seen_ids.add(aid)
    if aid in earlier_ids:
        err(f'{W}: id used in earlier gold')
    if os.path.exists(os.path.join(EARLIER, 'articles', f'{aid}.txt')):
        err(f'{W}: a file of that name already exists in tests/gold/articles')
    if a['split'] != SPLIT:
        err(f'{W}: split {a["split"]!r}')
    if a['file'] != f'articles/{aid}.txt':
        err(f'{W}: file {a["file"]!r}')
    if aid not in STYLE or aid not in TAIL:
        err(f'{W}: no style or tail marker registered')
        continue
    path = os.path.join(HERE, f'{aid}.txt')
    if not os.path.exists(path):
        err(f'{W}: article file missing')
        continue
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    if len(lines) < 6:
        err(f'{W}: too few lines')
        continue
    headline, outlet, byline = lines[0], lines[1], lines[2]
    tail_idx = None
    for i in range(4, len(lines)):
        if lines[i].startswith(TAIL[aid]):
            tail_idx = i
            break
    if tail_idx is None:
        err(f'{W}: tail marker {TAIL[aid]!r} not found')
        continue
    body_lines = lines[4:tail_idx]
    body = '\n'.join(body_lines)
    noise = '\n'.join(lines[1:4] + lines[tail_idx:])
    hb = headline + '\n' + body
    hb_tokens = tokens(hb)

    # word counts
    bw = len(body.split())
    fw = len(text.split())
    counts['body_words_' + aid] = bw
    if not 420 <= bw <= 600:
        err(f'{W}: body has {bw} words (420-600 required)')
    if fw > 700:
        err(f'{W}: file has {fw} words (at most 700)')

    # title, authors, credits
    if a['title'] != headline:
        err(f'{W}: title differs from headline')
    if not isinstance(a['authors'], list) or not a['authors'] or not all(is_str(x) for x in a['authors']):
        err(f'{W}: authors must be a non-empty list of names')
    else:
        for au in a['authors']:
            if not whole_name_in(au, byline):
                err(f'{W}: author {au!r} not in byline')
    tail_text = '\n'.join(lines[tail_idx:])
    for cr in CREDITS.get(aid, []):
        if not whole_name_in(cr, tail_text):
            err(f'{W}: credited {cr!r} not in page noise')

    # dates
    pub = parse_date(a['published_at'], W + ' published_at')
    if pub:
        wd = WEEKDAYS[pub.weekday()]
        if wd not in outlet:
            err(f'{W}: weekday {wd} not on outlet line')
        for other in WEEKDAYS:
            if other != wd and other in outlet:
                err(f'{W}: other weekday {other} on outlet line')
        if str(pub.year) not in outlet or MONTHS[pub.month - 1] not in outlet:
            err(f'{W}: year or month of published_at not on outlet line')
        if not re.search(r'(?<!\d)%d(?!\d)' % pub.day, outlet):
            err(f'{W}: day of published_at not on outlet line')

    # summit
    s = a['summit']
    if check_keys(s, SUMMIT_KEYS, W + ' summit'):
        if not (isinstance(s['organization'], str) and re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', s['organization'])):
            err(f'{W}: bad organization key')
        if not is_str(s['city']) or not is_str(s['country']):
            err(f'{W}: empty city or country')
        sd = parse_date(s['start_date'], W + ' start_date')
        ed = parse_date(s['end_date'], W + ' end_date')
        if sd and ed:
            if sd > ed:
                err(f'{W}: start after end')
            if (ed - sd).days > 6:
                err(f'{W}: summit longer than a week')
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err(f'{W}: published_at outside start .. end+21 days')
        city_f = fold(s['city'] or '')
        if city_f in AVOID_F:
            err(f'{W}: city on the avoid list')
        year = (s['start_date'] or '')[:4]
        if (city_f, year) in USED_F:
            err(f'{W}: city and year on the used list')
        if (city_f, year) in earlier_city_years:
            err(f'{W}: city and year used by an earlier summit entry')
        if (s['organization'], s['city'], s['start_date']) in earlier_summits:
            err(f'{W}: summit already in earlier gold')
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or any(x not in FIELDS for x in tf) \
                or tf != [x for x in FIELDS if x in tf]:
            err(f'{W}: bad text_fields {tf}')
        else:
            if 'city' in tf and not has_seq(hb_tokens, tokens(s['city'])):
                err(f'{W}: city {s["city"]!r} not in text')
            if 'country' in tf:
                names = COUNTRY_ALIASES.get(s['country'], [s['country']])
                if not any(has_seq(hb_tokens, tokens(n)) for n in names):
                    err(f'{W}: country {s["country"]!r} not in text')
            if 'organization' in tf:
                names = ORG_NAMES.get(s['organization'], [])
                if not any(has_seq(hb_tokens, tokens(n)) for n in names):
                    err(f'{W}: organisation not named in text')
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])

    # quote style
    style = STYLE[aid]
    if '"' in headline or '\u201c' in headline or '\u201d' in headline:
        err(f'{W}: quotation mark in headline')
    if any(c in noise for c in '"\u201c\u201d'):
        err(f'{W}: quotation mark in page noise')
    if style == 'straight':
        if any(c in text for c in '\u201c\u201d\u2018\u2019'):
            err(f'{W}: curly mark in a straight article')
        for ln in body_lines:
            if ln.count('"') % 2:
                err(f'{W}: odd number of straight marks on a line: {ln[:60]}')
        spans = re.findall(r'"([^"\n]*)"', body)
    else:
        if '"' in text or "'" in text:
            err(f'{W}: straight mark in a curly article')
        if '\u2018' in text:
            err(f'{W}: opening single curly mark')
        for ln in body_lines:
            depth = 0
            for c in ln:
                if c == '\u201c':
                    if depth:
                        err(f'{W}: nested curly mark: {ln[:60]}')
                    depth += 1
                elif c == '\u201d':
                    if not depth:
                        err(f'{W}: closing mark without opening: {ln[:60]}')
                    depth = max(0, depth - 1)
            if depth:
                err(f'{W}: unclosed curly mark: {ln[:60]}')
        spans = re.findall('\u201c([^\u201c\u201d\n]*)\u201d', body)
    opening, closing = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')

    # participants
    part_keys = []
    if not isinstance(a['participants'], list):
        err(f'{W}: participants not a list')
        a['participants'] = []
    author_tokens = [tokens(x) for x in (a['authors'] if isinstance(a['authors'], list) else [])] + \
                    [tokens(x) for x in CREDITS.get(aid, [])]
    for p in a['participants']:
        if not check_keys(p, PART_KEYS, W + ' participant'):
            continue
        k = p['key']
        if not (isinstance(k, str) and re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k)):
            err(f'{W}: bad participant key {k!r}')
            continue
        if k in part_keys:
            err(f'{W}: duplicate participant {k}')
        part_keys.append(k)
        name = k.split(':', 1)[1].split('-')
        if HONORIFICS & set(name):
            err(f'{W}: honorific token in {k}')
        if not has_seq(hb_tokens, name):
            err(f'{W}: name of {k} not in headline or body')
        if name in author_tokens:
            err(f'{W}: author or credited staff listed as participant: {k}')
        if not is_str(p['role']) or not is_str(p['affiliation']):
            err(f'{W}: empty role or affiliation for {k}')
    counts['participants'] += len(part_keys)

    # quotes
    qtexts = []
    if not isinstance(a['quotes'], list):
        err(f'{W}: quotes not a list')
        a['quotes'] = []
    for q in a['quotes']:
        if not check_keys(q, QUOTE_KEYS, W + ' quote'):
            continue
        if not is_str(q['text']):
            err(f'{W}: empty quote text')
            continue
        if q['kind'] not in ('direct', 'partial'):
            err(f'{W}: bad quote kind {q["kind"]!r}')
        sk = q['speaker_key']
        if not (isinstance(sk, str) and re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk)):
            err(f'{W}: bad speaker key {sk!r}')
        elif sk.startswith('person:') and sk not in part_keys:
            err(f'{W}: speaker {sk} not a participant')
        qtexts.append(q['text'])
        counts['quotes'] += 1
        counts['quotes_' + q['kind']] += 1
    nq = a['not_quotes']
    if not isinstance(nq, list) or not all(is_str(x) for x in nq):
        err(f'{W}: not_quotes must be a list of strings')
        nq = []
    counts['not_quotes'] += len(nq)
    if Counter(spans) != Counter(qtexts) + Counter(nq):
        missing = Counter(spans) - (Counter(qtexts) + Counter(nq))
        extra = (Counter(qtexts) + Counter(nq)) - Counter(spans)
        err(f'{W}: quoted spans and annotations differ; unannotated {list(missing)}, not in text {list(extra)}')
    span_order = [x for x in spans if x in set(qtexts)]
    if span_order != qtexts:
        err(f'{W}: quotes not in text order')

    # facts
    slugs = []
    evidence_all = []
    if not isinstance(a['facts'], list) or not a['facts']:
        err(f'{W}: facts missing')
        a['facts'] = []
    for f in a['facts']:
        if not check_keys(f, FACT_KEYS, W + ' fact'):
            continue
        if not is_str(f['statement']):
            err(f'{W}: empty statement')
        kd = f['kind']
        if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or any(x not in KINDS for x in kd):
            err(f'{W}: bad fact kind {kd!r}')
        else:
            counts['kind_' + '+'.join(kd)] += 1
        sl = f['same_as']
        if not (isinstance(sl, str) and re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sl)):
            err(f'{W}: bad same_as {sl!r}')
            continue
        if sl in slugs:
            err(f'{W}: repeated same_as {sl}')
        slugs.append(sl)
        kinds_of[(aid, sl)] = sorted(kd) if isinstance(kd, list) else kd
        if sl in earlier_slugs or sl.split('-')[0] in earlier_prefixes:
            err(f'{W}: same_as {sl} or its prefix used in earlier gold')
        ev = f['evidence']
        if not isinstance(ev, list) or not ev or not all(is_str(e) for e in ev):
            err(f'{W}: evidence must be a non-empty list of strings ({sl})')
            continue
        for e in ev:
            if e not in hb:
                err(f'{W}: evidence not verbatim in headline or body ({sl}): {e[:70]}')
            evidence_all.append(e)
        counts['facts'] += 1
    prefixes = {x.split('-')[0] for x in slugs}
    if len(prefixes) != 1:
        err(f'{W}: slugs use {len(prefixes)} prefixes')
    slugs_of[aid] = set(slugs)
    for qt in qtexts:
        marked = opening + qt + closing
        if not any(marked in e for e in evidence_all):
            err(f'{W}: quote not inside any evidence: {qt[:50]}')
    if aid in summit_of:
        for pf in prefixes:
            prefix_of_summit.setdefault(pf, set()).add(summit_of[aid])
    print(f'{aid}: {len(qtexts)} quotes, {len(nq)} not_quotes, {len(part_keys)} participants, '
          f'{len(a["facts"])} facts, body {bw} words, file {fw} words, {style}, published {a["published_at"]}')

# every .txt in the folder has an entry
for fn in sorted(os.listdir(HERE)):
    if fn.endswith('.txt') and fn[:-4] not in seen_ids:
        err(f'stray article file {fn}')

for pf, ss in prefix_of_summit.items():
    if len(ss) > 1:
        err(f'slug prefix {pf} shared by two summits')

# shape: 8 articles, 5 summits, 3 pairs, 2 singles
groups = {}
for aid, sm in summit_of.items():
    groups.setdefault((sm[0], sm[1], sm[3]), []).append(aid)
sizes = sorted(len(v) for v in groups.values())
if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]:
    err(f'shape: {len(arts)} articles, group sizes {sizes}')
for key, ids in groups.items():
    if len(ids) == 2:
        a1, a2 = ids
        if summit_of[a1] != summit_of[a2]:
            err(f'pair {a1}/{a2} disagrees on summit data')
        shared = slugs_of[a1] & slugs_of[a2]
        if len(shared) < 5:
            err(f'pair {a1}/{a2} shares only {len(shared)} slugs')
        for sl in shared:
            if kinds_of[(a1, sl)] != kinds_of[(a2, sl)]:
                err(f'pair {a1}/{a2}: shared slug {sl} has different kinds')
        print(f'pair {a1} / {a2}: {len(shared)} shared slugs: {", ".join(sorted(shared))}')

print('totals:', dict(sorted(counts.items())))
if errors:
    print(f'{len(errors)} ERROR(S):')
    for e in errors:
        print('  -', e)
    sys.exit(1)
print('OK: heldout59 passes')
