#!/usr/bin/env python3
"""Validator for the heldout72 gold set. Written from scratch for this round.

Checks heldout72_gold.json (in the folder this script sits in) against the
article .txt files in the same folder, and against the ids, summit entries and
same_as slugs of the earlier gold files (tests/gold/facts_gold.json and
tests/gold/heldoutN_gold.json, N = 5..69, opened by exact name; the folder can be
overridden with the environment variable H72_EARLIER). Exits 1 on any error.
"""
import datetime, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H72_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
EARLIER_NAMES = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 70)]
OPENING = ('Held-out set round 72 (split=heldout72), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

# ---- registered per-article data ----
ARTICLES = {
    # id: (quote style, tail marker (first line of page noise after the body), credited staff)
    'h72_oic_lahore_merganser': ('straight', '(Reporting by', ['Farrukh Baig-Lindstrom', 'Cordelia Gaskell-Eze']),
    'h72_oic_lahore_karnaphuli': ('curly', 'Letters', []),
    'h72_ecowas_bissau_lekkicourier': ('curly', 'Related:', []),
    'h72_ecowas_bissau_coastroad': ('straight', 'More explainers:', []),
    'h72_pif_moresby_pagapoint': ('straight', 'Related:', []),
    'h72_pif_moresby_kermadec': ('curly', 'More analysis:', []),
    'h72_nam_kampala_nalubale': ('straight', '[END OF SEGMENT]', []),
    'h72_gcc_abudhabi_hormuzbulletin': ('curly', 'Next issue:', []),
}
ORG_NAMES = {
    'org:oic': ['Organisation of the Islamic Conference', 'Organization of the Islamic Conference', 'OIC'],
    'org:ecowas': ['ECOWAS', 'Economic Community of West African States'],
    'org:pif': ['Pacific Islands Forum'],
    'org:non-aligned-movement': ['Non-Aligned Movement'],
    'org:gcc': ['Cooperation Council for the Arab States of the Gulf', 'Gulf Cooperation Council', 'GCC'],
}
ID_ORG = {'oic': 'org:oic', 'ecowas': 'org:ecowas', 'pif': 'org:pif', 'nam': 'org:non-aligned-movement', 'gcc': 'org:gcc'}
COUNTRY_ALIASES = {}
# keys whose first token looks like a title but is part of the name (as in the earlier key person:sheikh-hasina)
TITLE_EXCEPTIONS = {'person:sheikh-mujibur-rahman'}
TITLES = set('''mr mrs ms miss dr doctor prof professor sir dame lord lady king queen prince princess emir amir sheikh shaikh
sultan president vice prime minister premier chancellor general gen colonel col major captain lieutenant admiral marshal
field secretary chairman chairwoman chair governor senator ambassador foreign defence defense finance state deputy
his her majesty highness excellency honourable honorable hon rev reverend father bishop archbishop cardinal pope imam
ayatollah mullah crown commissioner director chief justice judge mayor speaker bangabandhu ratu tui'''.split())
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']

AVOID_CITIES = '''Astana; Paris; Reykjavik; Sanya; Kathmandu; San Pedro Sula; Majuro; Abuja; Nusa Dua; Bali; Johannesburg; Nairobi; Kuwait City; Windhoek; Cadiz; Caracas; Sharm el-Sheikh; Baku; Ulaanbaatar; Mecca; Tehran; Dushanbe; Asunción; Vilnius; Prague; Bangkok; Cairo; Cebu; Veracruz; Antananarivo; Chisinau; Sochi; Kiruna; Addu City; Rancho Mirage; Arusha; New Delhi; Xi'an; Goyang; Islamabad; Kigali; Warsaw; Port of Spain; Tokyo; Stockholm; Dili; Accra; Yekaterinburg; Puerto Iguazú; Valletta; Tashkent; Mexico City; Naypyidaw; Algiers; Harare; Yerevan; Auckland; Niamey; Madrid; Miami; Suva; Camp David; Istanbul; Djerba; Lima; Washington; Thimphu; Santo Domingo; Manama; Lilongwe; Huntsville; Maputo; Samara; Putrajaya; Puerto Vallarta; Toyako; Damascus; Dhaka; Monterrey; Brussels; Elmau; Phnom Penh; Rovaniemi; Colombo; Djibouti; Monrovia; Bratislava; Cancún; Coolum; Beijing; Beirut; Genoa; Malabo; Bandar Seri Begawan; Brasília; Alma-Ata (Almaty); Doha; Rarotonga (Avarua); Durban; Ouro Preto; Banjul; Vientiane; Santiago; Luanda; Copenhagen; Vancouver; Khartoum; Baghdad; Rome; Bishkek; Birmingham; Budapest; Addis Ababa; Belén; Singapore; London; Helsinki; Córdoba; Victoria Falls; Labuan Bajo; Kuala Lumpur; Yokohama; Montreux; Edinburgh; Nouakchott; Visegrád; Shanghai; Puerto Varas; Cholpon-Ata; Nanjing; Bogor; Denver; Lomé; Ushuaia; Rostov-on-Don; Lyon; Quebec City; Hanoi; Gaborone; Santa Fe; Barcelona; Cairns; Sirte; Quito; Riga; Seattle; N'Djamena; Khanty-Mansiysk; Muscat; Montego Bay; Houston; Nassau; Amman; Seoul; Lusaka; Halifax; Gothenburg; Tunis; Hua Hin; Cha-am; Mendoza; Havana; Lisbon; Alofi; Ouagadougou; St Petersburg; Osaka; Riyadh; The Hague; Blantyre; Santa Cruz de la Sierra; Bucharest; Bariloche; Bamako; Ashgabat; Malé; Kananaskis; Tirana; Montevideo; Abidjan; Jakarta; Nuuk; Manila; Georgetown; Dakar; Nizhny Novgorod; Antigua Guatemala; Cali; Santa Maria (Sal); Melbourne; Visby; Kraków; Kingstown; Cartagena; Nakhchivan; Entebbe'''
USED_CITY_YEARS = '''Abidjan 2012; Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingstown 2024; Kinshasa 2012; Kiruna 2013; Kraków 2021; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Osaka 1995; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013'''

MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
MON_ABBR = {'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'may': 5, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u00f8', 'o').replace('\u00d8', 'O').replace('\u0131', 'i')
    return s.lower()

def tokens(s):
    s = fold(s).replace("'", '').replace('\u2019', '').replace('\u2018', '')
    return re.findall(r'[a-z0-9]+', s)

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err('%s: not an ISO date: %r' % (where, s)); return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err('%s: date does not exist: %r' % (where, s)); return None

def city_forms(name):
    out = set()
    for part in re.split(r'\s*\(|\)\s*', name):
        part = part.strip()
        if part:
            out.add(fold(part))
    return out

avoid = set()
for c in AVOID_CITIES.split(';'):
    if c.strip():
        avoid |= city_forms(c.strip())
used = set()
for item in USED_CITY_YEARS.split(';'):
    item = item.strip()
    m = re.fullmatch(r'(.+?) (\d{4})', item)
    if m:
        used.add((fold(m.group(1)), int(m.group(2))))

# ---- earlier gold ----
earlier_ids, earlier_slugs, earlier_prefixes, earlier_summits = set(), set(), set(), []
for n in EARLIER_NAMES:
    p = os.path.join(EARLIER, n)
    if not os.path.exists(p):
        err('earlier gold file missing: %s' % p); continue
    try:
        d = json.load(open(p, encoding='utf-8'))
    except Exception as e:
        err('cannot read %s: %s' % (n, e)); continue
    for a in d.get('articles', []):
        earlier_ids.add(a.get('id'))
        s = a.get('summit') or {}
        earlier_summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
        for f in a.get('facts', []) or []:
            sa = f.get('same_as')
            if isinstance(sa, str) and sa:
                earlier_slugs.add(sa)
                earlier_prefixes.add(sa.split('-')[0])
earlier_id_prefixes = {i.split('_')[0] for i in earlier_ids if isinstance(i, str)}

# ---- own gold ----
gp = os.path.join(HERE, 'heldout72_gold.json')
try:
    gold = json.load(open(gp, encoding='utf-8'))
except Exception as e:
    print('ERROR: cannot read gold: %s' % e); sys.exit(1)
if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
    err('top-level keys must be exactly about, articles')
about = gold.get('about')
if not isinstance(about, str) or not about.startswith(OPENING):
    err('about must start with the required opening sentence')
arts = gold.get('articles') or []
if 'h72' in earlier_id_prefixes:
    err('the id prefix h72 is already used in earlier gold')

txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
seen_ids = set()
summit_groups = defaultdict(list)
slugs_by_article = {}
kinds_by_article = {}
totals = Counter()

def body_span(lines, marker):
    tail = None
    for i in range(4, len(lines)):
        if lines[i].startswith(marker):
            tail = i; break
    return tail

for a in arts:
    aid = a.get('id') if isinstance(a, dict) else None
    W = str(aid)
    if not isinstance(a, dict):
        err('article entry is not an object'); continue
    if list(a.keys()) != ART_KEYS:
        err('%s: article keys %s, expected %s' % (W, list(a.keys()), ART_KEYS))
    if not isinstance(aid, str) or not re.fullmatch(r'h72_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
        err('%s: bad id' % W); continue
    if aid in seen_ids: err('%s: duplicate id' % W)
    seen_ids.add(aid)
    if aid in earlier_ids: err('%s: id used in earlier gold' % W)
    if aid not in ARTICLES: err('%s: id not registered in check.py' % W); continue
    style, marker, staff = ARTICLES[aid]
    if a.get('split') != 'heldout72': err('%s: split must be heldout72' % W)
    if a.get('file') != 'articles/%s.txt' % aid: err('%s: file must be articles/<id>.txt' % W)
    tp = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(tp):
        err('%s: article file missing' % W); continue
    if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
        print('note: %s.txt already exists in tests/gold/articles' % aid)
    text = open(tp, encoding='utf-8').read()
    lines = text.split('\n')
    if len(lines) < 8:
        err('%s: too few lines' % W); continue
    head, outlet, byline, noise4 = lines[0], lines[1], lines[2], lines[3]
    tail = body_span(lines, marker)
    if tail is None:
        err('%s: tail marker %r not found' % (W, marker)); continue
    body = '\n'.join(lines[4:tail])
    noise = '\n'.join([outlet, byline, noise4] + lines[tail:])
    content = head + '\n' + body  # headline and body
    # types
    for k, t in [('title', str), ('published_at', str), ('authors', list), ('summit', dict), ('quotes', list),
                 ('not_quotes', list), ('participants', list), ('facts', list)]:
        if not isinstance(a.get(k), t): err('%s: %s must be %s' % (W, k, t.__name__))
    if a.get('title') != head: err('%s: title differs from the headline line' % W)
    # words
    bw = len(body.split()); fw = len(text.split())
    if not 420 <= bw <= 600: err('%s: body has %d words (420-600)' % (W, bw))
    if fw > 700: err('%s: file has %d words (max 700)' % (W, fw))
    # publication date and outlet line
    pub = parse_date(a.get('published_at'), W + ' published_at')
    if pub:
        ol = fold(outlet)
        wd = WEEKDAYS[pub.weekday()]
        if wd not in ol: err('%s: outlet line lacks weekday %s' % (W, wd))
        for other in WEEKDAYS:
            if other != wd and other in ol: err('%s: outlet line names another weekday %s' % (W, other))
        if MONTHS[pub.month - 1] not in ol: err('%s: outlet line lacks month' % W)
        if not re.search(r'(?<!\d)%d(?!\d)' % pub.day, outlet): err('%s: outlet line lacks day' % W)
        if str(pub.year) not in outlet: err('%s: outlet line lacks year' % W)
    # authors
    authors = a.get('authors') or []
    if not authors or not all(isinstance(x, str) and x for x in authors): err('%s: authors must be non-empty strings' % W)
    for au in authors:
        if not re.search(r'(?<![\w-])' + re.escape(au) + r'(?![\w-])', byline): err('%s: author %r not in byline' % (W, au))
    for sname in staff:
        if sname not in noise: err('%s: credited staff %r not in page noise' % (W, sname))
    # summit
    s = a.get('summit') or {}
    if list(s.keys()) != SUMMIT_KEYS: err('%s: summit keys %s' % (W, list(s.keys())))
    org, city, country = s.get('organization'), s.get('city'), s.get('country')
    if not (isinstance(org, str) and re.fullmatch(r'org:[a-z0-9-]+', org)): err('%s: bad organization key' % W)
    if ID_ORG.get(aid.split('_')[1]) != org: err('%s: id body part does not match organization' % W)
    if org not in ORG_NAMES: err('%s: organization has no registered names' % W)
    for k in ('city', 'country'):
        if not isinstance(s.get(k), str) or not s.get(k): err('%s: summit %s must be a non-empty string' % (W, k))
    sd = parse_date(s.get('start_date'), W + ' start_date')
    ed = parse_date(s.get('end_date'), W + ' end_date')
    if sd and ed:
        if sd > ed: err('%s: start after end' % W)
        if (ed - sd).days > 6: err('%s: summit longer than a week' % W)
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)): err('%s: publication outside start..end+21 days' % W)
    if isinstance(city, str):
        if fold(city) in avoid: err('%s: city %s is on the avoid list' % (W, city))
        if sd and (fold(city), sd.year) in used: err('%s: city and year on the used list' % W)
        for (eo, ec, es) in earlier_summits:
            if isinstance(ec, str) and isinstance(es, str) and sd and fold(ec) == fold(city) and es[:4] == str(sd.year):
                err('%s: earlier gold has a summit in %s %d' % (W, city, sd.year)); break
        if (org, city, s.get('start_date')) in earlier_summits: err('%s: same summit already in earlier gold' % W)
    tf = s.get('text_fields')
    if not isinstance(tf, list) or not tf or [f for f in TEXT_FIELDS if f in tf] != tf or len(set(tf)) != len(tf):
        err('%s: text_fields must be a non-empty subset of %s in canonical order' % (W, TEXT_FIELDS)); tf = []
    ctoks = tokens(content)
    if 'organization' in tf and not any(has_seq(ctoks, tokens(n)) for n in ORG_NAMES.get(org, [])):
        err('%s: organization not named in text' % W)
    if 'city' in tf and isinstance(city, str) and not has_seq(ctoks, tokens(city)): err('%s: city not in text' % W)
    if 'country' in tf and isinstance(country, str) and not any(has_seq(ctoks, tokens(c)) for c in [country] + COUNTRY_ALIASES.get(country, [])):
        err('%s: country not in text' % W)
    fc = fold(content)
    def date_supported(d):
        if not d or not pub: return False
        mon_pat = r'(?:%s|%s)\.?' % (MONTHS[d.month - 1], '|'.join(k for k, v in MON_ABBR.items() if v == d.month))
        for m in re.finditer(r'\b' + mon_pat + r' (\d{1,2})(?:(?:,? and| to|-| and)\s?(\d{1,2}))?\b', fc):
            days = {int(x) for x in m.groups() if x}
            if d.day in days: return True
        delta = (pub - d).days
        if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], fc): return True
        if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', fc): return True
        if delta == 1 and re.search(r'\b(yesterday|last night)\b', fc): return True
        return False
    if 'start_date' in tf and not date_supported(sd): err('%s: start date not supported by the text' % W)
    if 'end_date' in tf and not date_supported(ed): err('%s: end date not supported by the text' % W)
    summit_groups[(org, city, s.get('start_date'))].append((aid, outlet.split('|')[0].strip(), s))
    # quote style
    if style == 'straight':
        if re.search('[\u201c\u201d\u2018\u2019]', text): err('%s: curly marks in a straight article' % W)
        for ln in lines:
            if ln.count('"') % 2: err('%s: odd number of straight double marks on a line' % W)
        OPEN = CLOSE = '"'
        spans = []
        for ln in lines[4:tail]:
            spans += re.findall(r'"([^"]*)"', ln)
    else:
        if '"' in text or "'" in text: err('%s: straight marks in a curly article' % W)
        if '\u2018' in text: err('%s: opening single curly mark' % W)
        OPEN, CLOSE = '\u201c', '\u201d'
        spans = []
        for ln in lines[4:tail]:
            depth = 0; cur = None
            for ch in ln:
                if ch == OPEN:
                    if depth: err('%s: nested curly double marks' % W)
                    depth = 1; cur = []
                elif ch == CLOSE:
                    if not depth: err('%s: unopened curly closing mark' % W)
                    else: spans.append(''.join(cur))
                    depth = 0; cur = None
                elif depth:
                    cur.append(ch)
            if depth: err('%s: unclosed curly double mark on a line' % W)
    if re.search('["\u201c\u201d]', head) or re.search('["\u201c\u201d]', noise):
        err('%s: double quotation mark in headline or page noise' % W)
    # participants
    parts = a.get('participants') or []
    pkeys = []
    for p in parts:
        if not isinstance(p, dict) or list(p.keys()) != ['key', 'role', 'affiliation']:
            err('%s: participant keys must be key, role, affiliation' % W); continue
        k = p['key']; pkeys.append(k)
        if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
            err('%s: bad participant key %r' % (W, k)); continue
        toks = k.split(':', 1)[1].split('-')
        if toks[0] in TITLES and k not in TITLE_EXCEPTIONS: err('%s: key %s starts with a title' % (W, k))
        if not has_seq(ctoks, toks): err('%s: name of %s not in headline or body' % (W, k))
        for f in ('role', 'affiliation'):
            v = p.get(f)
            if not isinstance(v, str) or not v.strip(): err('%s: %s of %s empty' % (W, f, k))
            elif style == 'curly' and ("'" in v or '"' in v): err('%s: straight mark in %s of %s' % (W, f, k))
            elif style == 'straight' and re.search('[\u2019\u2018\u201c\u201d]', v): err('%s: curly mark in %s of %s' % (W, f, k))
        for au in authors + staff:
            if has_seq(tokens(au), toks) or has_seq(toks, tokens(au)): err('%s: author or credited staff %s listed as participant' % (W, k))
    if len(set(pkeys)) != len(pkeys): err('%s: duplicate participant keys' % W)
    # quotes
    qs = a.get('quotes') or []
    pos = 0
    qtexts = []
    for q in qs:
        if not isinstance(q, dict) or list(q.keys()) != ['text', 'speaker_key', 'kind']:
            err('%s: quote keys must be text, speaker_key, kind' % W); continue
        t, sk, kd = q['text'], q['speaker_key'], q['kind']
        if kd not in ('direct', 'partial'): err('%s: bad quote kind %r' % (W, kd))
        if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
            err('%s: bad speaker key %r' % (W, sk))
        elif sk.startswith('person:') and sk not in pkeys: err('%s: speaker %s not a participant' % (W, sk))
        if not isinstance(t, str) or not t: err('%s: empty quote' % W); continue
        qtexts.append(t)
        marked = OPEN + t + CLOSE
        i = body.find(marked, pos)
        if i < 0:
            if marked in body: err('%s: quote out of text order: %r' % (W, t[:40]))
            else: err('%s: quote not found with its marks in body: %r' % (W, t[:40]))
        else:
            pos = i + 1
    nq = a.get('not_quotes') or []
    for x in nq:
        if not isinstance(x, str): err('%s: not_quotes must be strings' % W)
    if Counter(spans) != Counter(qtexts + [x for x in nq if isinstance(x, str)]):
        miss = Counter(spans) - Counter(qtexts + nq); extra = Counter(qtexts + nq) - Counter(spans)
        err('%s: quoted spans and annotations differ; unannotated %s; not in text %s' % (W, list(miss)[:3], list(extra)[:3]))
    # facts
    facts = a.get('facts') or []
    evid_all = []
    slugs = []
    kinds_map = {}
    for f in facts:
        if not isinstance(f, dict) or list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']:
            err('%s: fact keys must be statement, kind, same_as, evidence' % W); continue
        if not isinstance(f['statement'], str) or not f['statement'].strip(): err('%s: empty statement' % W)
        kd = f['kind']
        if not isinstance(kd, list) or not kd or any(k not in FACT_KINDS for k in kd) or len(set(kd)) != len(kd):
            err('%s: bad fact kind %r' % (W, kd))
        sa = f['same_as']
        if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d{2}-[a-z0-9]+', sa):
            err('%s: bad same_as %r' % (W, sa)); continue
        pre = sa.split('-')[0]
        if sd and pre[-2:] != '%02d' % (sd.year % 100): err('%s: slug prefix %s lacks the summit year' % (W, pre))
        if sa in earlier_slugs or pre in earlier_prefixes: err('%s: slug or prefix %s used in earlier gold' % (W, sa))
        slugs.append(sa); kinds_map[sa] = tuple(sorted(kd)) if isinstance(kd, list) else ()
        ev = f['evidence']
        if not isinstance(ev, list) or not ev: err('%s: evidence must be a non-empty list (%s)' % (W, sa)); continue
        for e in ev:
            if not isinstance(e, str) or not e: err('%s: empty evidence (%s)' % (W, sa)); continue
            if e != e.strip(): err('%s: evidence with outer spaces (%s)' % (W, sa))
            evid_all.append(e)
            found = False
            for src in (head, body):
                start = 0
                while True:
                    i = src.find(e, start)
                    if i < 0: break
                    start = i + 1
                    pre_txt = src[:i]; j = i + len(e)
                    line_start = src.rfind('\n', 0, i) + 1
                    ok_s = (i == line_start or re.search(r'[.?!][\"\u201d\u2019)]? $', pre_txt) is not None
                            or re.fullmatch(r'[A-Z][A-Z .\'-]+: ', src[line_start:i]) is not None)
                    ok_e = (j == len(src) or src[j] == '\n' or (src[j] == ' ' and e[-1] in '.?!"\u201d\u2019)'))
                    if ok_s and ok_e:
                        found = True; break
                if found: break
            if not found:
                if e in noise: err('%s: evidence from page noise (%s): %r' % (W, sa, e[:50]))
                elif e in content: err('%s: evidence not sentence-bounded (%s): %r' % (W, sa, e[:50]))
                else: err('%s: evidence not verbatim in headline or body (%s): %r' % (W, sa, e[:50]))
    if len(set(slugs)) != len(slugs): err('%s: same_as repeated within the article' % W)
    if len({x.split('-')[0] for x in slugs}) > 1: err('%s: more than one slug prefix' % W)
    for t in qtexts:
        if not any(OPEN + t + CLOSE in e for e in evid_all): err('%s: quote not inside any evidence: %r' % (W, t[:40]))
    slugs_by_article[aid] = set(slugs); kinds_by_article[aid] = kinds_map
    nd = sum(1 for q in qs if q.get('kind') == 'direct')
    print('%-34s quotes %d (%d/%d) not_quotes %d participants %d facts %d words file %d body %d' % (
        aid, len(qs), nd, len(qs) - nd, len(nq), len(parts), len(facts), fw, bw))
    totals.update(quotes=len(qs), direct=nd, not_quotes=len(nq), participants=len(parts), facts=len(facts))
    for f in facts:
        for k in f.get('kind') or []: totals['kind_' + k] += 1

for t in txts:
    if t[:-4] not in seen_ids: err('stray .txt file without gold entry: %s' % t)
if set(ARTICLES) != seen_ids: err('registered ids and gold ids differ')

# shape
if len(arts) != 8: err('expected 8 articles, found %d' % len(arts))
if len(summit_groups) != 5: err('expected 5 summits, found %d' % len(summit_groups))
sizes = sorted(len(v) for v in summit_groups.values())
if sizes != [1, 1, 2, 2, 2]: err('expected 3 pairs and 2 singles, found sizes %s' % sizes)
prefix_of = {}
for key, members in summit_groups.items():
    prefs = {x.split('-')[0] for m in members for x in slugs_by_article.get(m[0], ())}
    for p in prefs:
        if p in prefix_of and prefix_of[p] != key: err('slug prefix %s shared by two summits' % p)
        prefix_of[p] = key
    if len(members) == 2:
        (a1, o1, s1), (a2, o2, s2) = members
        if o1 == o2: err('pair %s/%s from the same outlet' % (a1, a2))
        if s1 != s2: err('pair %s/%s disagrees on summit data' % (a1, a2))
        shared = slugs_by_article[a1] & slugs_by_article[a2]
        if len(shared) < 5: err('pair %s/%s shares only %d slugs' % (a1, a2, len(shared)))
        for x in sorted(shared):
            if kinds_by_article[a1][x] != kinds_by_article[a2][x]: err('shared slug %s has different kinds' % x)
        print('shared %d: %s' % (len(shared), ', '.join(sorted(shared))))
print('totals:', dict(totals))
if errors:
    for e in errors: print('ERROR:', e)
    print('%d error(s)' % len(errors)); sys.exit(1)
print('OK: heldout72 passes')
