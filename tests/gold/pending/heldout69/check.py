#!/usr/bin/env python3
"""Validate heldout69_gold.json against the article files next to it.

Written from scratch for round 69. Reads only the files in its own folder and, for the
novelty tests, the ids, summit entries and same_as slugs of the earlier gold files, opened by
exact name (tests/gold/facts_gold.json and tests/gold/heldoutN_gold.json, N = 5..68) from the
folder given by the environment variable H69_EARLIER or, by default, two levels up.
Exits 1 on any error (a crash counts as an error).
"""
import collections, datetime, json, os, re, sys, traceback, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H69_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout69_gold.json')
SPLIT = 'heldout69'
OPENING = ('Held-out set round 69 (split=heldout69), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

# ---- registered per-article data -------------------------------------------------------
IDS = ['h69_arctic_nuuk_fulmar', 'h69_arctic_nuuk_iceclass', 'h69_apec_manila_tanglaw',
       'h69_apec_manila_windrose', 'h69_caricom_georgetown_mazaruni',
       'h69_caricom_georgetown_tradewind', 'h69_focac_dakar_sahelbrief', 'h69_eu_nizhny_freshlane']
STYLE = {'h69_arctic_nuuk_fulmar': 'straight', 'h69_arctic_nuuk_iceclass': 'curly',
         'h69_apec_manila_tanglaw': 'curly', 'h69_apec_manila_windrose': 'straight',
         'h69_caricom_georgetown_mazaruni': 'curly', 'h69_caricom_georgetown_tradewind': 'straight',
         'h69_focac_dakar_sahelbrief': 'straight', 'h69_eu_nizhny_freshlane': 'curly'}
# first line of the page noise that follows the body
TAIL = {'h69_arctic_nuuk_fulmar': '(Additional reporting by', 'h69_arctic_nuuk_iceclass': 'More from Ice Class Weekly:',
        'h69_apec_manila_tanglaw': 'Related:', 'h69_apec_manila_windrose': 'More analysis:',
        'h69_caricom_georgetown_mazaruni': 'Related:', 'h69_caricom_georgetown_tradewind': '[END OF SEGMENT]',
        'h69_focac_dakar_sahelbrief': 'Read next:', 'h69_eu_nizhny_freshlane': 'Market prices, page 4'}
STAFF = {'h69_arctic_nuuk_fulmar': ['Sindre Heggelund-Amadi', 'Priscilla Wainwright-Ekundayo']}
ORG_NAMES = {'org:arctic-council': ['Arctic Council'],
             'org:apec': ['Asia-Pacific Economic Cooperation', 'APEC'],
             'org:caricom': ['Caribbean Community', 'CARICOM'],
             'org:focac': ['Forum on China-Africa Cooperation', 'FOCAC'],
             'org:eu': ['European Union']}
COUNTRY_ALIASES = {}
EXPECTED_SUMMITS = 5
EXPECTED_PAIRS = 3
MIN_SHARED = 5
BODY_WORDS = (420, 600)
FILE_WORDS_MAX = 700

AVOID_CITIES = """Astana|Paris|Reykjavik|Sanya|Kathmandu|San Pedro Sula|Majuro|Abuja|Nusa Dua|Bali|Johannesburg|Nairobi|
Kuwait City|Windhoek|Cadiz|Caracas|Sharm el-Sheikh|Baku|Ulaanbaatar|Mecca|Tehran|Dushanbe|Asunción|Vilnius|Prague|Bangkok|
Cairo|Cebu|Veracruz|Antananarivo|Chisinau|Sochi|Kiruna|Addu City|Rancho Mirage|Arusha|New Delhi|Xi'an|Goyang|Islamabad|
Kigali|Warsaw|Port of Spain|Tokyo|Stockholm|Dili|Accra|Yekaterinburg|Puerto Iguazú|Valletta|Tashkent|Mexico City|Naypyidaw|
Algiers|Harare|Yerevan|Auckland|Niamey|Madrid|Miami|Suva|Camp David|Istanbul|Djerba|Lima|Washington|Thimphu|Santo Domingo|
Manama|Lilongwe|Huntsville|Maputo|Samara|Putrajaya|Puerto Vallarta|Toyako|Damascus|Dhaka|Monterrey|Brussels|Elmau|
Phnom Penh|Rovaniemi|Colombo|Djibouti|Monrovia|Bratislava|Cancún|Coolum|Beijing|Beirut|Genoa|Malabo|Bandar Seri Begawan|
Brasília|Alma-Ata|Almaty|Doha|Rarotonga|Avarua|Durban|Ouro Preto|Banjul|Vientiane|Santiago|Luanda|Copenhagen|Vancouver|
Khartoum|Baghdad|Rome|Bishkek|Birmingham|Budapest|Addis Ababa|Belén|Singapore|London|Helsinki|Córdoba|Victoria Falls|
Labuan Bajo|Kuala Lumpur|Yokohama|Montreux|Edinburgh|Nouakchott|Visegrád|Shanghai|Puerto Varas|Cholpon-Ata|Nanjing|Bogor|
Denver|Lomé|Ushuaia|Rostov-on-Don|Lyon|Quebec City|Hanoi|Gaborone|Santa Fe|Barcelona|Cairns|Sirte|Quito|Riga|Seattle|
N'Djamena|Khanty-Mansiysk|Muscat|Montego Bay|Houston|Nassau|Amman|Seoul|Lusaka|Halifax|Gothenburg|Tunis|Hua Hin|Cha-am|
Mendoza|Havana|Lisbon|Alofi|Ouagadougou|St Petersburg|Osaka|Riyadh|The Hague|Blantyre|Santa Cruz de la Sierra|Bucharest|
Bariloche|Bamako|Ashgabat|Malé|Kananaskis|Tirana|Montevideo|Abidjan|Jakarta"""
USED_CITY_YEARS = """Abidjan 2012; Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 1995; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"""

TITLES = {'president', 'prime', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess',
          'sheikh', 'sheikha', 'emir', 'sultan', 'general', 'gen', 'lieutenant', 'colonel', 'col', 'major',
          'captain', 'capt', 'admiral', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord',
          'lady', 'hajji', 'haji', 'hajjah', 'hajja', 'professor', 'prof', 'rev', 'reverend', 'father',
          'imam', 'rabbi', 'bishop', 'cardinal', 'pope', 'ambassador', 'governor', 'mayor', 'senator',
          'judge', 'justice', 'secretary', 'chairman', 'chairwoman', 'chair', 'foreign', 'interior',
          'deputy', 'vice', 'his', 'her', 'excellency', 'madam', 'monsieur', 'senor', 'senora', 'don',
          'dona', 'shri', 'smt', 'datuk', 'tan', 'tun', 'dato', 'pehin', 'ustaz', 'comrade', 'mullah',
          'ayatollah', 'maulana', 'chief', 'commissioner', 'speaker'}
KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
OPEN_D, CLOSE_D, OPEN_S, CLOSE_S = '\u201c', '\u201d', '\u2018', '\u2019'

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u00f8', 'o').replace('\u00d8', 'O').replace('\u00e6', 'ae').replace('\u00c6', 'AE')
    s = s.replace('\u00df', 'ss').replace('\u0131', 'i').replace('\u0142', 'l').replace('\u0141', 'L')
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.lower()

def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))

def contains_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def iso(s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def check_keys(obj, keys, where):
    if not isinstance(obj, dict):
        err('%s: not an object' % where); return False
    if list(obj.keys()) != keys:
        err('%s: keys %s, expected %s' % (where, list(obj.keys()), keys)); return False
    return True

def load_earlier():
    ids, summits, slugs = set(), [], set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 69)]
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            err('earlier gold file missing: %s' % p); continue
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    return ids, summits, slugs

def split_article(aid, text):
    lines = text.split('\n')
    tail = None
    for i, ln in enumerate(lines):
        if i >= 4 and ln.startswith(TAIL[aid]):
            tail = i; break
    if tail is None:
        err('%s: tail marker %r not found' % (aid, TAIL[aid])); tail = len(lines)
    head = lines[0]
    body_lines = lines[4:tail]
    noise = lines[1:4] + lines[tail:]
    return lines, head, body_lines, noise

def bounded(text, e):
    start = 0
    while True:
        i = text.find(e, start)
        if i < 0:
            return False
        j = i + len(e)
        line_start = text.rfind('\n', 0, i) + 1
        prefix = text[line_start:i]
        ok_start = (prefix == '' or re.search(r'[.?!]["\u201d\u2019)]? $', prefix) is not None
                    or re.fullmatch(r"[A-Z][A-Z'\- .]+: ", prefix) is not None)
        ok_end = (j == len(text) or text[j] == '\n' or
                  (e[-1] in '.?!"\u201d' and text[j] == ' '))
        if ok_start and ok_end:
            return True
        start = i + 1

def quoted_spans(aid, style, line):
    spans = []
    if style == 'straight':
        if line.count('"') % 2:
            err('%s: odd number of straight double marks on line: %s' % (aid, line[:70]))
        spans = re.findall(r'"([^"]*)"', line)
    else:
        depth, cur = 0, []
        for ch in line:
            if ch == OPEN_D:
                if depth:
                    err('%s: nested curly quotation: %s' % (aid, line[:70]))
                depth = 1; cur = []
            elif ch == CLOSE_D:
                if not depth:
                    err('%s: closing mark without opening: %s' % (aid, line[:70]))
                else:
                    spans.append(''.join(cur))
                depth = 0
            elif depth:
                cur.append(ch)
        if depth:
            err('%s: unclosed curly quotation: %s' % (aid, line[:70]))
    return spans

def date_supported(d, pub, ftext):
    mon = MONTHS[d.month - 1]
    mpat = r'(?:%s|%s\.?)' % (mon, mon[:3])
    day = str(d.day)
    pats = [r'\b%s %s(?!\d)' % (mpat, day), r'(?<!\d)%s %s\b' % (day, mpat),
            r'\b%s \d{1,2}(?: and |-|\u2013| to )%s(?!\d)' % (mpat, day)]
    if any(re.search(p, ftext) for p in pats):
        return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], ftext):
        return True
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', ftext):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', ftext):
        return True
    return False

def main():
    used = set()
    for item in USED_CITY_YEARS.split(';'):
        item = item.strip()
        m = re.fullmatch(r'(.+) (\d{4})', item)
        if m:
            used.add((fold(m.group(1)), int(m.group(2))))
    if len(used) < 300:
        err('used city-year list looks truncated (%d)' % len(used))
    avoid = {fold(c.strip()) for c in AVOID_CITIES.replace('\n', '').split('|') if c.strip()}

    try:
        raw = open(GOLD, encoding='utf-8').read()
        gold = json.loads(raw)
    except Exception as e:
        err('cannot read gold: %s' % e); return
    if not check_keys(gold, ['about', 'articles'], 'top level'):
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text does not begin with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('articles is not a list'); return

    e_ids, e_summits, e_slugs = load_earlier()
    e_prefixes = {s.split('-')[0] for s in e_slugs}
    if any(isinstance(i, str) and i.startswith('h69_') for i in e_ids):
        err('prefix h69 already used in earlier gold')
    e_cityyears = {(fold(c or ''), int(sd[:4])) for o, c, sd in e_summits if sd and re.match(r'\d{4}', sd)}
    e_triples = {(o, fold(c or ''), sd) for o, c, sd in e_summits}

    seen_ids = set()
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    matched = set()
    per = []
    prefix_of = {}
    summit_of = {}
    outlet_of = {}
    slugkinds = {}
    totals = collections.Counter()
    for n, a in enumerate(arts):
        where = 'article %d' % n
        if not check_keys(a, ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                              'not_quotes', 'participants', 'facts'], where):
            continue
        aid = a['id']
        where = aid if isinstance(aid, str) else where
        if not isinstance(aid, str) or not re.fullmatch(r'h69_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('%s: bad id' % where); continue
        if aid not in IDS:
            err('%s: id not registered in check.py' % aid); continue
        if aid in seen_ids:
            err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != SPLIT:
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles (expected only after the move)' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid); continue
        matched.add(aid + '.txt')
        text = open(path, encoding='utf-8').read()
        style = STYLE[aid]
        lines, head, body_lines, noise = split_article(aid, text)
        body = '\n'.join(body_lines)
        hb = head + '\n' + body
        ftext = fold(hb)
        htoks = tokens(hb)

        # types
        for k in ['title', 'published_at']:
            if not isinstance(a[k], str) or not a[k]:
                err('%s: %s not a non-empty string' % (aid, k))
        for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
            if not isinstance(a[k], list):
                err('%s: %s not a list' % (aid, k))
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors must be non-empty strings' % aid)
        if a['title'] != head:
            err('%s: title differs from headline' % aid)

        # quote style
        if style == 'straight':
            for ch in (OPEN_D, CLOSE_D, OPEN_S, CLOSE_S):
                if ch in text:
                    err('%s: curly mark %r in a straight article' % (aid, ch))
        else:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if OPEN_S in text:
                err('%s: opening single curly mark' % aid)
        for ln in [head] + noise:
            if '"' in ln or OPEN_D in ln or CLOSE_D in ln:
                err('%s: double quotation mark in headline or page noise: %s' % (aid, ln[:60]))

        # dates
        pub = iso(a['published_at']) if isinstance(a['published_at'], str) else None
        if not pub:
            err('%s: published_at not a valid ISO date' % aid)
        outlet_line = lines[1]
        if pub:
            ol = fold(outlet_line)
            wd = WEEKDAYS[pub.weekday()]
            if not re.search(r'\b%s\b' % wd, ol):
                err('%s: outlet line lacks weekday %s' % (aid, wd))
            for other in WEEKDAYS:
                if other != wd and re.search(r'\b%s\b' % other, ol):
                    err('%s: outlet line names another weekday (%s)' % (aid, other))
            if not re.search(r'\b%s %d\b' % (MONTHS[pub.month - 1], pub.day), ol) or str(pub.year) not in ol:
                err('%s: outlet line lacks the publication date' % aid)
        outlet_of[aid] = outlet_line.split(' | ')[0].strip()

        # authors and staff
        byline = lines[2]
        for au in a['authors']:
            if not re.search(r'(?<![\w-])%s(?![\w-])' % re.escape(au), byline):
                err('%s: author %r not in byline' % (aid, au))
        staff = STAFF.get(aid, [])
        for s in staff:
            if s not in '\n'.join(noise):
                err('%s: credited staff %r not in page noise' % (aid, s))
        people_not_participants = {'person:' + '-'.join(tokens(x)) for x in a['authors'] + staff}

        # summit
        s = a['summit']
        if check_keys(s, FIELDS + ['text_fields'], aid + ' summit'):
            for k in FIELDS:
                if not isinstance(s[k], str) or not s[k]:
                    err('%s: summit %s not a non-empty string' % (aid, k))
            sd, ed = iso(s['start_date']), iso(s['end_date'])
            if not sd or not ed:
                err('%s: summit dates invalid' % aid)
            else:
                if sd > ed:
                    err('%s: start after end' % aid)
                if (ed - sd).days > 6:
                    err('%s: summit longer than a week' % aid)
                if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                    err('%s: publication outside the summit window' % aid)
                city = fold(s['city'])
                if city in avoid:
                    err('%s: city %s is on the avoid list' % (aid, s['city']))
                if (city, sd.year) in used:
                    err('%s: city and year on the used list' % aid)
                if (city, sd.year) in e_cityyears:
                    err('%s: city and year used by an earlier summit entry' % aid)
                if (s['organization'], city, s['start_date']) in e_triples:
                    err('%s: same summit as an earlier entry' % aid)
            if s['organization'] not in ORG_NAMES:
                err('%s: organisation %s not registered' % (aid, s['organization']))
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) \
                    or tf != [f for f in FIELDS if f in tf]:
                err('%s: text_fields must be a non-empty subset of %s in order' % (aid, FIELDS))
            else:
                if 'city' in tf and not contains_seq(htoks, tokens(s['city'])):
                    err('%s: city not in text' % aid)
                if 'country' in tf and not any(contains_seq(htoks, tokens(c)) for c in
                                               [s['country']] + COUNTRY_ALIASES.get(s['country'], [])):
                    err('%s: country not in text' % aid)
                if 'organization' in tf and not any(contains_seq(htoks, tokens(o)) for o in
                                                    ORG_NAMES.get(s['organization'], [])):
                    err('%s: organisation not named in text' % aid)
                for f, d in (('start_date', sd), ('end_date', ed)):
                    if f in tf and d and pub and not date_supported(d, pub, ftext):
                        err('%s: %s not supported by the text' % (aid, f))
            summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])

        # participants
        pkeys = set()
        for i, p in enumerate(a['participants']):
            w = '%s participant %d' % (aid, i)
            if not check_keys(p, ['key', 'role', 'affiliation'], w):
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(?:-[a-z0-9]+)+', k):
                err('%s: bad key %r' % (w, k)); continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.add(k)
            parts = k[7:].split('-')
            if parts[0] in TITLES:
                err('%s: key %s starts with a title' % (aid, k))
            if not contains_seq(htoks, parts):
                err('%s: name of %s not found in headline or body' % (aid, k))
            if k in people_not_participants:
                err('%s: author or credited staff %s listed as participant' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s' % (w, fld)); continue
                if style == 'curly' and ("'" in v or '"' in v):
                    err('%s: straight mark in %s of a curly article' % (w, fld))
                if style == 'straight' and (CLOSE_S in v or OPEN_S in v):
                    err('%s: curly mark in %s of a straight article' % (w, fld))

        # quotes
        spans = collections.Counter()
        for ln in body_lines:
            spans.update(quoted_spans(aid, style, ln))
        ann = collections.Counter()
        oq, cq = ('"', '"') if style == 'straight' else (OPEN_D, CLOSE_D)
        pos = -1
        nq = collections.Counter()
        for i, q in enumerate(a['quotes']):
            w = '%s quote %d' % (aid, i)
            if not check_keys(q, ['text', 'speaker_key', 'kind'], w):
                continue
            if not isinstance(q['text'], str) or not q['text']:
                err('%s: empty text' % w); continue
            if q['kind'] not in ('direct', 'partial'):
                err('%s: kind %r' % (w, q['kind']))
            nq[q['kind']] += 1
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(?:person|org):[a-z0-9]+(?:-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err('%s: bad speaker key %r' % (w, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s is not a participant' % (w, sk))
            marked = oq + q['text'] + cq
            j = body.find(marked, pos + 1)
            if j < 0:
                err('%s: not found with its marks in the body (or out of order): %s' % (w, q['text'][:60]))
            else:
                pos = j
            ann[q['text']] += 1
            if not any(marked in e for f in a['facts'] if isinstance(f, dict)
                       for e in (f.get('evidence') or []) if isinstance(e, str)):
                err('%s: quote not inside any fact evidence: %s' % (w, q['text'][:60]))
        for t in a['not_quotes']:
            if not isinstance(t, str) or not t:
                err('%s: bad not_quote' % aid); continue
            if oq + t + cq not in body:
                err('%s: not_quote not found in body: %s' % (aid, t))
            ann[t] += 1
        if spans != ann:
            missing = spans - ann
            extra = ann - spans
            if missing:
                err('%s: quoted spans not annotated: %s' % (aid, list(missing)[:3]))
            if extra:
                err('%s: annotations without a quoted span: %s' % (aid, list(extra)[:3]))

        # facts
        slugs = set()
        prefixes = set()
        nk = collections.Counter()
        for i, f in enumerate(a['facts']):
            w = '%s fact %d' % (aid, i)
            if not check_keys(f, ['statement', 'kind', 'same_as', 'evidence'], w):
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % w)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or any(x not in KINDS for x in kd) or len(set(kd)) != len(kd):
                err('%s: bad kind %r' % (w, kd))
            else:
                nk.update(kd)
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sa):
                err('%s: bad same_as %r' % (w, sa))
            else:
                if sa in slugs:
                    err('%s: same_as %s repeated in the article' % (w, sa))
                slugs.add(sa)
                prefixes.add(sa.split('-')[0])
                if sa in e_slugs:
                    err('%s: same_as %s used in earlier gold' % (w, sa))
                slugkinds.setdefault(aid, {})[sa] = tuple(kd) if isinstance(kd, list) else ()
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence must be a non-empty list' % w); continue
            for e in ev:
                if not isinstance(e, str) or not e:
                    err('%s: empty evidence' % w); continue
                if e != e.strip():
                    err('%s: evidence with outer spaces: %r' % (w, e[:40]))
                if e not in hb:
                    err('%s: evidence not verbatim in headline or body: %s' % (w, e[:70]))
                elif not bounded(hb, e):
                    err('%s: evidence not sentence-bounded: %s' % (w, e[:70]))
        if len(prefixes) != 1:
            err('%s: expected one same_as prefix, got %s' % (aid, sorted(prefixes)))
        else:
            pf = prefixes.pop()
            prefix_of[aid] = pf
            if pf in e_prefixes:
                err('%s: same_as prefix %s used in earlier gold' % (aid, pf))

        # words
        bw = len(' '.join(body_lines).split())
        fw = len(text.split())
        if not BODY_WORDS[0] <= bw <= BODY_WORDS[1]:
            err('%s: body has %d words' % (aid, bw))
        if fw > FILE_WORDS_MAX:
            err('%s: file has %d words' % (aid, fw))
        per.append((aid, len(a['quotes']), nq['direct'], nq['partial'], len(a['not_quotes']),
                    len(a['participants']), len(a['facts']), fw, bw))
        totals.update({'quotes': len(a['quotes']), 'direct': nq['direct'], 'partial': nq['partial'],
                       'not_quotes': len(a['not_quotes']), 'participants': len(a['participants']),
                       'facts': len(a['facts'])})
        totals.update({'kind_' + k: v for k, v in nk.items()})

    for f in txt_files:
        if f not in matched:
            err('stray .txt file without a gold entry: %s' % f)
    for aid in IDS:
        if aid not in seen_ids:
            err('registered id %s has no entry' % aid)

    # shape
    groups = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        groups[(sm[0], fold(sm[1]), sm[3])].append(aid)
    if len(arts) != 8:
        err('expected 8 articles, got %d' % len(arts))
    if len(groups) != EXPECTED_SUMMITS:
        err('expected %d summits, got %d' % (EXPECTED_SUMMITS, len(groups)))
    pairs = [g for g in groups.values() if len(g) == 2]
    singles = [g for g in groups.values() if len(g) == 1]
    if len(pairs) != EXPECTED_PAIRS or len(singles) != EXPECTED_SUMMITS - EXPECTED_PAIRS:
        err('expected %d pairs and %d singles' % (EXPECTED_PAIRS, EXPECTED_SUMMITS - EXPECTED_PAIRS))
    seen_pf = {}
    for key, g in groups.items():
        pfs = {prefix_of.get(x) for x in g}
        if len(pfs) != 1:
            err('summit %s: articles use different prefixes %s' % (key, pfs))
        for pf in pfs:
            if pf in seen_pf and seen_pf[pf] != key:
                err('prefix %s shared by two summits' % pf)
            seen_pf[pf] = key
    for g in pairs:
        x, y = g
        if outlet_of[x] == outlet_of[y]:
            err('pair %s/%s from the same outlet' % (x, y))
        if summit_of[x] != summit_of[y]:
            err('pair %s/%s disagree on summit data' % (x, y))
        sx, sy = slugkinds.get(x, {}), slugkinds.get(y, {})
        shared = sorted(set(sx) & set(sy))
        if len(shared) < MIN_SHARED:
            err('pair %s/%s share only %d slugs' % (x, y, len(shared)))
        for sl in shared:
            if sx[sl] != sy[sl]:
                err('pair %s/%s: slug %s has different kinds' % (x, y, sl))
        print('shared %s / %s: %d %s' % (x, y, len(shared), ', '.join(shared)))

    print('%-36s %6s %4s %4s %3s %5s %5s %5s %5s' % ('article', 'quotes', 'dir', 'part', 'nq', 'parts', 'facts', 'fileW', 'bodyW'))
    for row in per:
        print('%-36s %6d %4d %4d %3d %5d %5d %5d %5d' % row)
    print('totals:', dict(sorted(totals.items())))

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        err('checker crashed')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout69 passes')
