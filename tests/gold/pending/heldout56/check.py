#!/usr/bin/env python3
"""Validator for the heldout56 gold set (written from scratch for round 56).

Checks heldout56_gold.json against the article files in this folder and
against the earlier gold files (read by exact name; only ids, summit entries
and same_as slugs are used). Exits 1 on any error.
Set H56_EARLIER to the folder holding the earlier *_gold.json files when the
checker is run on a copy (default: two levels up, i.e. tests/gold).
"""
import collections, datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H56_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout56_gold.json')
SPLIT = 'heldout56'
PREFIX = 'h56'
ABOUT_START = ('Held-out set round 56 (split=heldout56), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')
EARLIER_NAMES = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 56)]

ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
            'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
QUOTE_KINDS = {'direct', 'partial'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

# per-article registration: quote style, first line of the page-noise tail, credited staff
STYLE = {
    'h56_nato_london_sextant': 'straight',
    'h56_nato_london_embankment': 'curly',
    'h56_eu_helsinki_meander': 'curly',
    'h56_eu_helsinki_fortnightly': 'curly',
    'h56_mercosur_cordoba_transcript': 'straight',
    'h56_mercosur_cordoba_hectare': 'straight',
    'h56_comesa_victoriafalls_explainer': 'straight',
    'h56_asean_labuanbajo_cempaka': 'curly',
}
TAIL = {
    'h56_nato_london_sextant': '(Additional reporting',
    'h56_nato_london_embankment': 'More in News',
    'h56_eu_helsinki_meander': 'Also this week:',
    'h56_eu_helsinki_fortnightly': 'Also in this issue:',
    'h56_mercosur_cordoba_transcript': '[END OF SEGMENT]',
    'h56_mercosur_cordoba_hectare': 'Next issue:',
    'h56_comesa_victoriafalls_explainer': 'Read next:',
    'h56_asean_labuanbajo_cempaka': 'Related:',
}
CREDITED = {
    'h56_nato_london_sextant': ['Ilse Vandermolen', 'Percival Tregarthen'],
}
# names by which a country may be given in the text (noun or adjective)
COUNTRY_FORMS = {
    'United Kingdom': ['United Kingdom', 'Britain', 'British'],
    'Finland': ['Finland', 'Finnish'],
    'Argentina': ['Argentina', 'Argentine'],
    'Zimbabwe': ['Zimbabwe', 'Zimbabwean'],
    'Indonesia': ['Indonesia', 'Indonesian'],
}

HONORIFICS = set('''mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan
majesty excellency highness hon rt chief president premier minister chancellor chairman chairperson
mayor secretary senator monsieur madame madam lord lady baroness baron gen general col colonel ratu
his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah ato wro woizero domnul doamna
hojatoleslam mheshimiwa rais mama ndugu shrimati ambassador amb rtd mp lt lieutenant senhor senhora
dom dona sr sra u daw professor lyonchhen lyonpo dasho aum ap father imam reverend rev pastor bishop
seri begum sheikha mufti janab maulana acting deputy vice haji hajah crown pengiran awang dayang
marshal hh former elect jr alhaji amir councillor cllr'''.split())
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                        'person:nyan-tun', 'person:hassan-sheikh-mohamud'}

AVOID_CITIES = '''Astana|Paris|Reykjavik|Sanya|Kathmandu|San Pedro Sula|Majuro|Abuja|Nusa Dua|Bali|
Johannesburg|Nairobi|Kuwait City|Windhoek|Cadiz|Caracas|Sharm el-Sheikh|Baku|Ulaanbaatar|Mecca|Tehran|
Dushanbe|Asuncion|Vilnius|Prague|Bangkok|Cairo|Cebu|Veracruz|Antananarivo|Chisinau|Sochi|Kiruna|
Addu City|Rancho Mirage|Arusha|New Delhi|Xi'an|Goyang|Islamabad|Kigali|Warsaw|Port of Spain|Tokyo|
Stockholm|Dili|Accra|Yekaterinburg|Puerto Iguazu|Valletta|Tashkent|Mexico City|Naypyidaw|Algiers|Harare|
Yerevan|Auckland|Niamey|Madrid|Miami|Suva|Camp David|Istanbul|Djerba|Lima|Washington|Thimphu|
Santo Domingo|Manama|Lilongwe|Huntsville|Maputo|Samara|Putrajaya|Puerto Vallarta|Toyako|Damascus|Dhaka|
Monterrey|Brussels|Elmau|Phnom Penh|Rovaniemi|Colombo|Djibouti|Monrovia|Bratislava|Cancun|Coolum|
Beijing|Beirut|Genoa|Malabo|Bandar Seri Begawan|Brasilia|Alma-Ata|Almaty|Doha|Rarotonga|Avarua|Durban|
Ouro Preto|Banjul|Vientiane|Santiago|Luanda|Copenhagen|Vancouver|Khartoum|Baghdad|Rome|Bishkek|
Birmingham|Budapest|Addis Ababa|Belen|Singapore'''
USED_CITY_YEARS = '''Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017;
Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015;
Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995;
Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024;
Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998;
Bishkek 2007; Bishkek 2019; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014;
Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023;
Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005;
Bürgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011;
Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Colombo 2013;
Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Da Nang 2017; Dakar 2008; Damascus 2008;
Dar es Salaam 2019; Deauville 2011; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022;
Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Elmau 2015; Elmau 2022;
Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Genoa 2001; Gleneagles 2005; Goa 2016;
Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014;
Heiligendamm 2007; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004;
Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023;
Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khartoum 2006;
Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 2005; Kuala Lumpur 2015;
Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Lilongwe 2021;
Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; London 2009; London 2018;
Los Angeles 2022; Los Cabos 2012; Luanda 2023; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011;
Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012;
Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017;
Monterrey 2004; Nago 2000; Nairobi 2016; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014;
Niamey 2019; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994;
Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009;
Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023;
Puerto Vallarta 2018; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Rancho Mirage 2016; Rarotonga 2023;
Reykjavik 2023; Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021;
Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santiago 1998;
Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010;
Shanghai 2001; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018;
Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019;
Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025;
Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022;
Ufa 2015; Ulaanbaatar 2016; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Vientiane 2016;
Vientiane 2024; Vilnius 2013; Vilnius 2023; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999;
Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018;
Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010'''

errors = []
def err(msg):
    errors.append(msg)

MAP = {'ð': 'd', 'þ': 'th', 'ø': 'o', 'æ': 'ae', 'ł': 'l', 'ß': 'ss', 'œ': 'oe', 'đ': 'd', 'ı': 'i'}
def fold(s):
    s = s.lower()
    s = ''.join(MAP.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))
def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

AVOID = {tuple(tokens(c)) for c in AVOID_CITIES.replace('\n', '').split('|')}
USED = set()
for item in USED_CITY_YEARS.replace('\n', ' ').split(';'):
    item = item.strip()
    city, year = item.rsplit(' ', 1)
    USED.add((tuple(tokens(city)), year))

def valid_date(s):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None

# ---------- earlier gold (exact names only) ----------
earlier_ids, earlier_slugs, earlier_prefixes = set(), set(), set()
earlier_summits, earlier_city_years = set(), set()
for name in EARLIER_NAMES:
    p = os.path.join(EARLIER, name)
    if not os.path.exists(p):
        err('earlier gold file missing: %s' % name)
        continue
    d = json.load(open(p, encoding='utf-8'))
    for a in d.get('articles', []):
        earlier_ids.add(a.get('id'))
        s = a.get('summit') or {}
        earlier_summits.add((s.get('organization'), tuple(tokens(s.get('city') or '')), s.get('start_date')))
        earlier_city_years.add((tuple(tokens(s.get('city') or '')), (s.get('start_date') or '')[:4]))
        for f in a.get('facts', []):
            sa = f.get('same_as')
            if sa:
                earlier_slugs.add(sa)
                earlier_prefixes.add(sa.split('-')[0])
if any(isinstance(i, str) and i.startswith(PREFIX + '_') for i in earlier_ids):
    err('prefix %s already used in earlier gold' % PREFIX)

# ---------- gold ----------
gold = json.load(open(GOLD, encoding='utf-8'))
if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
    err('top-level keys must be exactly about, articles')
about = gold.get('about', '')
if not isinstance(about, str) or not about.startswith(ABOUT_START):
    err('about text must begin with the required sentence')
arts = gold.get('articles', [])
if not isinstance(arts, list) or not arts:
    err('articles must be a non-empty list')
    arts = []

txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
seen_ids = set()
summit_groups = collections.defaultdict(list)
prefix_owner = {}
slug_owner = {}
report = []

def is_str(x):
    return isinstance(x, str) and x.strip() != ''

for a in arts:
    if not isinstance(a, dict):
        err('article entry is not an object'); continue
    aid = a.get('id', '?')
    E = lambda m, aid=aid: err('%s: %s' % (aid, m))
    if list(a.keys()) != ART_KEYS:
        E('article keys/order wrong: %s' % list(a.keys()))
    if not isinstance(aid, str) or not re.fullmatch(PREFIX + r'_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
        E('bad id'); continue
    if aid in seen_ids: E('duplicate id')
    seen_ids.add(aid)
    if aid in earlier_ids: E('id used in earlier gold')
    if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
        E('an article file of this name already exists in tests/gold/articles')
    if a.get('split') != SPLIT: E('split must be %s' % SPLIT)
    if a.get('file') != 'articles/%s.txt' % aid: E('file must be articles/<id>.txt')
    s0 = a.get('summit') if isinstance(a.get('summit'), dict) else {}
    summit_groups[(s0.get('organization'), tuple(tokens(s0.get('city') or '')), s0.get('start_date'))].append(
        (aid, s0.get('organization'), s0.get('city'), s0.get('country'), s0.get('start_date'), s0.get('end_date')))
    path = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(path):
        E('article file missing'); continue
    raw = open(path, encoding='utf-8').read()
    lines = raw.split('\n')
    style = STYLE.get(aid); tail = TAIL.get(aid)
    if style is None or tail is None:
        E('article not registered in STYLE/TAIL'); continue
    headline, outlet, byline = lines[0], lines[1], lines[2]
    tail_idx = [i for i, l in enumerate(lines) if l.startswith(tail)]
    if len(tail_idx) != 1 or tail_idx[0] < 5:
        E('tail marker %r not found exactly once below the header' % tail); continue
    body_lines = lines[4:tail_idx[0]]
    body = '\n'.join(body_lines)
    noise = '\n'.join(lines[1:4] + lines[tail_idx[0]:])
    # title, header
    if a.get('title') != headline: E('title differs from headline')
    pub = valid_date(a.get('published_at'))
    if pub is None:
        E('published_at invalid')
    else:
        wd = WEEKDAYS[pub.weekday()]
        if wd not in outlet: E('outlet line lacks weekday %s' % wd)
        if str(pub.day) not in re.findall(r'\d+', outlet): E('outlet line lacks day')
        if MONTHS[pub.month - 1] not in outlet: E('outlet line lacks month')
        if str(pub.year) not in outlet: E('outlet line lacks year')
        for w in WEEKDAYS:
            if w != wd and w in outlet: E('outlet line carries another weekday %s' % w)
    authors = a.get('authors')
    if not isinstance(authors, list) or not authors or not all(is_str(x) for x in authors):
        E('authors must be a non-empty list of non-empty strings'); authors = []
    for au in authors:
        if au not in byline: E('author %r not in byline' % au)
    credited = CREDITED.get(aid, [])
    for c in credited:
        if c not in '\n'.join(lines[tail_idx[0]:]): E('credited name %r not in page noise' % c)
    # word counts
    nfile, nbody = len(raw.split()), len(body.split())
    if not 420 <= nfile <= 600: E('file word count %d outside 420-600' % nfile)
    if not 420 <= nbody <= 600: E('body word count %d outside 420-600' % nbody)
    # style
    if style == 'straight':
        for ch in '\u2018\u2019\u201c\u201d':
            if ch in raw: E('curly mark %r in a straight article' % ch)
        for i, l in enumerate(lines):
            if l.count('"') % 2: E('odd number of straight double marks on line %d' % (i + 1))
        spans = [(m.start(1), m.group(1)) for m in re.finditer(r'"([^"\n]*)"', body)]
        marks = '"'
    else:
        if '"' in raw: E('straight double mark in a curly article')
        if "'" in raw: E('straight apostrophe in a curly article')
        if '\u2018' in raw: E('opening single curly mark in article')
        for i, l in enumerate(lines):
            depth = 0
            for ch in l:
                if ch == '\u201c':
                    if depth: E('nested curly quote on line %d' % (i + 1))
                    depth += 1
                elif ch == '\u201d':
                    if not depth: E('closing curly mark without opening on line %d' % (i + 1))
                    depth = max(0, depth - 1)
            if depth: E('unclosed curly quote on line %d' % (i + 1))
        spans = [(m.start(1), m.group(1)) for m in re.finditer('\u201c([^\u201d\n]*)\u201d', body)]
        marks = '\u201c\u201d'
    for ch in ('"', '\u201c', '\u201d'):
        if ch in headline or ch in noise: E('quotation mark in headline or page noise')
    # summit
    s = a.get('summit')
    if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
        E('summit keys/order wrong'); s = {}
    org = s.get('organization')
    if not isinstance(org, str) or not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', org): E('bad organization key')
    city, country = s.get('city'), s.get('country')
    if not is_str(city) or not is_str(country): E('empty city or country'); city = city or ''; country = country or ''
    sd, ed = valid_date(s.get('start_date')), valid_date(s.get('end_date'))
    if sd is None or ed is None:
        E('invalid summit dates')
    else:
        if sd > ed: E('start after end')
        if (ed - sd).days > 6: E('summit longer than a week')
        if pub and pub < sd: E('published before the summit started')
        if pub and (pub - ed).days > 21: E('published more than three weeks after the summit')
        ctoks = tuple(tokens(city))
        if ctoks in AVOID: E('city %s is on the avoid list' % city)
        if (ctoks, str(sd.year)) in USED: E('city and year %s %d on the used list' % (city, sd.year))
        if (ctoks, str(sd.year)) in earlier_city_years: E('city and year used in earlier gold')
        if (org, ctoks, s.get('start_date')) in earlier_summits: E('summit already in earlier gold')
    tf = s.get('text_fields')
    if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or any(x not in FIELDS for x in tf) \
            or tf != [x for x in FIELDS if x in tf]:
        E('text_fields must be a non-empty subset of the five fields in canonical order')
        tf = []
    visible = headline + '\n' + body
    vt = tokens(visible)
    if not has_seq(vt, tokens(city)): E('city %r not in headline or body' % city)
    if 'country' in tf:
        forms = COUNTRY_FORMS.get(country, [country])
        if not any(has_seq(vt, tokens(f)) for f in forms): E('country %r not in headline or body' % country)
    # participants
    parts = a.get('participants')
    if not isinstance(parts, list): E('participants must be a list'); parts = []
    pkeys = []
    author_slugs = {'person:' + '-'.join(tokens(x)) for x in authors + credited}
    for p in parts:
        if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
            E('participant keys/order wrong: %r' % p); continue
        k = p['key']
        if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
            E('bad participant key %r' % k); continue
        if k in pkeys: E('duplicate participant %s' % k)
        pkeys.append(k)
        parts_ = k[len('person:'):].split('-')
        if k not in HONORIFIC_EXCEPTIONS:
            for t in parts_:
                if t in HONORIFICS: E('honorific/title token %r in key %s' % (t, k))
        if not has_seq(vt, parts_): E('name of %s not found as a token sequence in headline or body' % k)
        if not is_str(p['role']) or not is_str(p['affiliation']): E('empty role or affiliation for %s' % k)
        if k in author_slugs: E('author or credited staff listed as participant: %s' % k)
    # quotes
    qs = a.get('quotes')
    if not isinstance(qs, list): E('quotes must be a list'); qs = []
    nq = a.get('not_quotes')
    if not isinstance(nq, list) or not all(is_str(x) for x in nq): E('not_quotes must be a list of strings'); nq = []
    for q in qs:
        if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
            E('quote keys/order wrong: %r' % q); continue
        if not is_str(q['text']): E('empty quote text')
        if q['kind'] not in QUOTE_KINDS: E('bad quote kind %r' % q['kind'])
        sk = q['speaker_key']
        if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
            E('bad speaker key %r' % sk)
        elif sk.startswith('person:') and sk not in pkeys:
            E('person speaker %s not a participant' % sk)
    qtexts = [q.get('text') for q in qs if isinstance(q, dict)]
    span_texts = [t for _, t in spans]
    if collections.Counter(span_texts) != collections.Counter(qtexts + nq):
        E('quoted spans and quotes+not_quotes differ: spans-only %s; annotated-only %s' % (
            list((collections.Counter(span_texts) - collections.Counter(qtexts + nq)).elements()),
            list((collections.Counter(qtexts + nq) - collections.Counter(span_texts)).elements())))
    # quotes in text order (matching spans sequentially)
    qset = collections.Counter(qtexts)
    ordered = []
    remaining = collections.Counter(qtexts)
    for pos, t in spans:
        if remaining[t] > 0 and t in qset:
            # a span is a quote unless all its copies are needed as not_quotes; assign quotes first
            ordered.append((pos, t)); remaining[t] -= 1
    if [t for _, t in ordered] != qtexts: E('quotes not listed in text order')
    # facts
    fs = a.get('facts')
    if not isinstance(fs, list) or not fs: E('facts must be a non-empty list'); fs = []
    ev_ranges = []
    slugs = []
    for f in fs:
        if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
            E('fact keys/order wrong: %r' % f); continue
        if not is_str(f['statement']): E('empty statement')
        kinds = f['kind']
        if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or any(k not in FACT_KINDS for k in kinds):
            E('bad fact kind %r' % kinds)
        sa = f['same_as']
        if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa):
            E('bad same_as %r' % sa)
        else:
            if sa in slugs: E('same_as repeated in article: %s' % sa)
            slugs.append(sa)
            if sa in earlier_slugs: E('same_as %s already used in earlier gold' % sa)
        ev = f['evidence']
        if not isinstance(ev, list) or not ev or not all(is_str(x) for x in ev):
            E('evidence must be a non-empty list of strings'); continue
        for x in ev:
            if x in body:
                st = 0
                while True:
                    i = body.find(x, st)
                    if i < 0: break
                    ev_ranges.append((i, i + len(x))); st = i + 1
            elif x in headline:
                pass
            else:
                E('evidence not found verbatim in headline or body: %r' % x[:80])
    for pos, t in ordered:
        if not any(b <= pos - 1 and pos + len(t) + 1 <= e for b, e in ev_ranges):
            E('quote not covered (with its marks) by any evidence span: %r' % t[:60])
    prefixes = {x.split('-')[0] for x in slugs}
    if len(prefixes) != 1: E('articles must use exactly one slug prefix, found %s' % sorted(prefixes))
    for pr in prefixes:
        if pr in earlier_prefixes: E('slug prefix %s already used in earlier gold' % pr)
        key = (org, tuple(tokens(city)), s.get('start_date'))
        if pr in prefix_owner and prefix_owner[pr] != key: E('slug prefix %s shared by two summits' % pr)
        prefix_owner[pr] = key
    for x in slugs:
        key = (org, tuple(tokens(city)), s.get('start_date'))
        if x in slug_owner and slug_owner[x] != key: E('slug %s shared by two summits' % x)
        slug_owner[x] = key
    a['_slugs'] = set(slugs)
    report.append('%-38s %s %-8s file %3d body %3d quotes %d (%d/%d) not_quotes %d participants %d facts %d' % (
        aid, WEEKDAYS[pub.weekday()][:3] if pub else '???', style, nfile, nbody, len(qs),
        sum(1 for q in qs if isinstance(q, dict) and q.get('kind') == 'direct'),
        sum(1 for q in qs if isinstance(q, dict) and q.get('kind') == 'partial'), len(nq), len(parts), len(fs)))

# folder contents
ids_in_gold = {a.get('id') for a in arts if isinstance(a, dict)}
for f in txt_files:
    if f[:-4] not in ids_in_gold: err('stray article file without entry: %s' % f)

# shape and pairs
by_id = {a.get('id'): a for a in arts if isinstance(a, dict)}
pairs = singles = 0
for key, members in summit_groups.items():
    if len(members) > 2:
        err('summit %s has more than two articles' % (key,))
    elif len(members) == 2:
        pairs += 1
        (a1, *r1), (a2, *r2) = members
        if r1 != r2: err('pair %s/%s disagree on organization, city, country or dates' % (a1, a2))
        shared = sorted(by_id[a1].get('_slugs', set()) & by_id[a2].get('_slugs', set()))
        report.append('pair %s + %s share %d slugs: %s' % (a1, a2, len(shared), ', '.join(shared)))
        if len(shared) < 5: err('pair %s/%s share only %d same_as slugs' % (a1, a2, len(shared)))
    else:
        singles += 1
if len(arts) != 8 or len(summit_groups) != 5 or pairs != 3 or singles != 2:
    err('shape must be 8 articles, 5 summits, 3 pairs, 2 singles (found %d, %d, %d, %d)' % (
        len(arts), len(summit_groups), pairs, singles))
for a in arts:
    if isinstance(a, dict): a.pop('_slugs', None)

print('\n'.join(report))
if errors:
    print('\n%d error(s):' % len(errors))
    for e in errors: print(' -', e)
    sys.exit(1)
print('\nOK: heldout56 gold passes all checks')
