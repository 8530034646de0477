# check.py - validator for the heldout60 gold set (written from scratch for round 60).
# Usage: python3 check.py   (run from anywhere; it reads only its own folder and,
# for the "not used before" tests, the earlier gold files opened by exact name).
import datetime, json, os, re, sys, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H60_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))  # tests/gold
GOLD = os.path.join(HERE, 'heldout60_gold.json')
OPENING = ('Held-out set round 60 (split=heldout60), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
SPLIT = 'heldout60'
ID_PREFIX = 'h60'

# ---- registries -------------------------------------------------------------
CURLY = {'h60_g7_lyon_traboule', 'h60_francophonie_quebec_petitcodiac',
         'h60_asem_hanoi_longbien', 'h60_mercosur_santafe_grainletter'}
TAIL = {  # first line of the page noise after the body
    'h60_g7_lyon_gannet': '(Additional reporting by',
    'h60_g7_lyon_traboule': 'More summit coverage:',
    'h60_francophonie_quebec_portage': 'Read next:',
    'h60_francophonie_quebec_petitcodiac': 'Related:',
    'h60_asem_hanoi_longbien': 'Related:',
    'h60_asem_hanoi_salween': 'Subscribe | Support',
    'h60_sadc_gaborone_mopane': '[END OF SEGMENT]',
    'h60_mercosur_santafe_grainletter': 'Related:',
}
CREDITED = {'h60_g7_lyon_gannet': ['Clotilde Sagnard-Pollock', 'Jolyon Tallentire']}
ORG_NAMES = {
    'org:g7': ['Group of Seven', 'G7'],
    'org:francophonie': ['Francophonie'],
    'org:asem': ['Asia-Europe Meeting', 'ASEM'],
    'org:sadc': ['Southern African Development Community', 'SADC'],
    'org:mercosur': ['Mercosur', 'Southern Common Market'],
}
COUNTRY_NAMES = {'United States': ['United States', 'U.S.'], 'United Kingdom': ['United Kingdom', 'Britain']}
HONORIFICS = set('''mr mrs ms miss dr sir dame lord lady president vice prime minister premier chancellor
 king queen prince princess emir sultan sheikh general gen lieutenant colonel col governor gov mayor senator sen
 chief secretary professor prof rev hon excellency majesty his her monsieur madame senor don daw u'''.split())
KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
            'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
BODY_MIN, BODY_MAX, FILE_MAX = 420, 600, 700
# The brief's used city-year list and its avoid list, copied verbatim:
USED = "Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Montreux 2010; Nago 2000; Nairobi 2016; Nanjing 2009; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don"


errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace('’', "'")

def tokens(s):
    return re.findall(r"[a-z0-9]+", fold(s))

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def slug(name):
    return '-'.join(tokens(name))

def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err('%s: not an ISO date: %r' % (where, s)); return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err('%s: date does not exist: %r' % (where, s)); return None

def words(s):
    return len(s.split())

# ---- earlier gold (ids, summit entries, same_as slugs only) -------------------
earlier_ids, earlier_summits, earlier_slugs, earlier_prefixes = set(), [], set(), set()
names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 60)]
n_read = 0
for n in names:
    p = os.path.join(EARLIER, n)
    if not os.path.exists(p):
        err('earlier gold file missing: %s' % p); continue
    d = json.load(open(p, encoding='utf-8')); n_read += 1
    for a in d.get('articles', []):
        earlier_ids.add(a.get('id'))
        s = a.get('summit') or {}
        earlier_summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
        for f in a.get('facts', []):
            sa = f.get('same_as')
            if isinstance(sa, str) and sa:
                earlier_slugs.add(sa); earlier_prefixes.add(sa.split('-')[0])
earlier_id_prefixes = {i.split('_')[0] for i in earlier_ids if isinstance(i, str)}

used = set()
for item in USED.split(';'):
    item = item.strip()
    m = re.fullmatch(r'(.+) (\d{4})', item)
    if m: used.add((fold(m.group(1)), int(m.group(2))))
avoid = set()
for c in AVOID.split(','):
    c = c.strip()
    m = re.fullmatch(r'(.+?) \((.+)\)', c)
    if m:
        avoid.add(fold(m.group(1))); avoid.add(fold(m.group(2)))
    else:
        avoid.add(fold(c))
for (o, c, sd) in earlier_summits:
    if isinstance(c, str) and isinstance(sd, str) and len(sd) >= 4:
        used.add((fold(c), int(sd[:4])))

# ---- load ----------------------------------------------------------------------
try:
    gold = json.load(open(GOLD, encoding='utf-8'))
except Exception as e:
    print('ERROR: cannot read gold: %s' % e); sys.exit(1)
if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
    err('top-level keys must be exactly about, articles')
about = gold.get('about', '')
if not isinstance(about, str) or not about.startswith(OPENING):
    err('about text must begin with the required sentence')
arts = gold.get('articles', [])
if not isinstance(arts, list):
    err('articles must be a list'); arts = []

ids_seen = set()
folder_txt = {f for f in os.listdir(HERE) if f.endswith('.txt')}
summit_of = {}
slugs_of = {}
outlet_of = {}
counts = {}
for a in arts:
    aid = a.get('id', '?')
    W = lambda m, aid=aid: err('%s: %s' % (aid, m))
    if list(a.keys()) != ART_KEYS:
        W('article keys wrong or out of order: %s' % list(a.keys()))
    if not isinstance(aid, str) or not re.fullmatch(r'%s_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+' % ID_PREFIX, aid):
        W('bad id form'); continue
    if aid in ids_seen: W('duplicate id')
    ids_seen.add(aid)
    if aid in earlier_ids: W('id used in earlier gold')
    if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
        W('a file of this name already exists in tests/gold/articles')
    if a.get('split') != SPLIT: W('split must be %s' % SPLIT)
    if a.get('file') != 'articles/%s.txt' % aid: W('file must be articles/<id>.txt')
    path = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(path):
        W('article file missing'); continue
    folder_txt.discard(aid + '.txt')
    raw = open(path, encoding='utf-8').read()
    lines = raw.split('\n')
    if aid not in TAIL: W('no tail marker registered'); continue
    tail_idx = [i for i, l in enumerate(lines) if l.startswith(TAIL[aid]) and i > 4]
    if not tail_idx: W('tail marker not found'); continue
    t = tail_idx[0]
    headline, outlet, byline = lines[0], lines[1], lines[2]
    body = '\n'.join(lines[4:t])
    noise = '\n'.join(lines[1:4] + lines[t:])
    htb = headline + '\n' + body
    outlet_of[aid] = outlet.split('|')[0].strip()
    # types
    for k in ['title', 'published_at', 'split', 'file']:
        if not isinstance(a.get(k), str) or not a.get(k): W('%s must be a non-empty string' % k)
    for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
        if not isinstance(a.get(k), list): W('%s must be a list' % k); a[k] = []
    if a.get('title') != headline: W('title differs from the headline')
    # word counts
    bw, fw = words(body), words(raw)
    if not (BODY_MIN <= bw <= BODY_MAX): W('body has %d words (want %d-%d)' % (bw, BODY_MIN, BODY_MAX))
    if fw > FILE_MAX: W('file has %d words (max %d)' % (fw, FILE_MAX))
    # quote style
    if aid in CURLY:
        if '"' in raw or "'" in raw: W('straight mark in a curly article')
        if '‘' in raw: W('opening single curly mark present')
        for i, l in enumerate(lines):
            depth = 0
            for ch in l:
                if ch == '“':
                    if depth: W('nested curly double mark, line %d' % (i + 1))
                    depth = 1
                elif ch == '”':
                    if not depth: W('unopened curly double mark, line %d' % (i + 1))
                    depth = 0
            if depth: W('unclosed curly double mark, line %d' % (i + 1))
        spans = re.findall(r'“([^”]*)”', body)
        OPEN, CLOSE = '“', '”'
    else:
        if re.search('[“”‘’]', raw): W('curly mark in a straight article')
        for i, l in enumerate(lines[4:t]):
            if l.count('"') % 2: W('odd number of straight double marks on body line %d' % (i + 5))
        spans = re.findall(r'"([^"\n]*)"', body)
        OPEN = CLOSE = '"'
    for seg, nm in [(headline, 'headline'), (noise, 'page noise')]:
        if re.search('["“”]', seg): W('quotation mark in the %s' % nm)
    # published_at and outlet line
    pub = parse_date(a.get('published_at'), aid + ' published_at')
    if pub:
        wd = WEEKDAYS[pub.weekday()]
        if not re.search(r'\b%s\b' % wd, outlet): W('outlet line lacks weekday %s' % wd)
        for other in WEEKDAYS:
            if other != wd and re.search(r'\b%s\b' % other, outlet): W('outlet line has another weekday %s' % other)
        if not re.search(r'\b%s\b' % MONTHS[pub.month - 1], outlet): W('outlet line lacks the month name')
        if not re.search(r'\b%d\b' % pub.day, outlet): W('outlet line lacks the day')
        if not re.search(r'\b%d\b' % pub.year, outlet): W('outlet line lacks the year')
    # authors and credited staff
    author_slugs = set()
    for au in a.get('authors', []):
        if not isinstance(au, str) or not au: W('bad author'); continue
        if not has_seq(tokens(byline), tokens(au)): W('author %r not in byline' % au)
        author_slugs.add(slug(au))
    for c in CREDITED.get(aid, []):
        if not has_seq(tokens(noise), tokens(c)): W('credited %r not in page noise' % c)
        author_slugs.add(slug(c))
    # summit
    s = a.get('summit')
    if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
        W('summit keys wrong: %s' % (list(s.keys()) if isinstance(s, dict) else s)); s = {}
    sd = parse_date(s.get('start_date'), aid + ' start_date')
    ed = parse_date(s.get('end_date'), aid + ' end_date')
    if sd and ed:
        if sd > ed: W('start after end')
        if (ed - sd).days > 6: W('summit longer than a week')
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
            W('published_at not between start and three weeks after end')
    city, country, org = s.get('city', ''), s.get('country', ''), s.get('organization', '')
    for k in ['city', 'country', 'organization']:
        if not isinstance(s.get(k), str) or not s.get(k): W('summit %s must be a non-empty string' % k)
    if fold(city) in avoid: W('city %s is on the avoid list' % city)
    if sd and (fold(city), sd.year) in used: W('city and year %s %d already used' % (city, sd.year))
    if (org, city, s.get('start_date')) in earlier_summits: W('same summit already in earlier gold')
    if not re.fullmatch(r'org:[a-z0-9-]+', org or ''): W('bad organisation key')
    tf = s.get('text_fields', [])
    if not isinstance(tf, list) or not tf or any(x not in TEXT_FIELDS for x in tf) or \
            tf != [x for x in TEXT_FIELDS if x in tf]:
        W('text_fields must be a non-empty subset of the five fields in canonical order')
    else:
        htok = tokens(htb)
        if 'city' in tf and not has_seq(htok, tokens(city)): W('city listed but not in text')
        if 'country' in tf and not any(has_seq(htok, tokens(x)) for x in COUNTRY_NAMES.get(country, [country])):
            W('country listed but not in text')
        if 'organization' in tf and not any(has_seq(htok, tokens(x)) for x in ORG_NAMES.get(org, ['\x00'])):
            W('organisation listed but not named in text (or not registered)')
    summit_of[aid] = (org, city, country, s.get('start_date'), s.get('end_date'))
    # participants
    pkeys = set()
    btok = tokens(htb)
    for p in a.get('participants', []):
        if not isinstance(p, dict) or list(p.keys()) != PART_KEYS: W('participant keys wrong: %r' % p); continue
        k = p['key']
        if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k): W('bad participant key %r' % k); continue
        if k in pkeys: W('duplicate participant %s' % k)
        pkeys.add(k)
        toks = k[len('person:'):].split('-')
        if any(x in HONORIFICS for x in toks): W('honorific or title token in key %s' % k)
        if not has_seq(btok, toks): W('name of %s not found in headline/body' % k)
        for f in ['role', 'affiliation']:
            if not isinstance(p[f], str) or not p[f].strip(): W('%s: empty %s' % (k, f))
        if k[len('person:'):] in author_slugs: W('author or credited staff listed as participant: %s' % k)
    # quotes
    qtexts = []
    for q in a.get('quotes', []):
        if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS: W('quote keys wrong: %r' % q); continue
        if q['kind'] not in ('direct', 'partial'): W('bad quote kind %r' % q['kind'])
        sk = q['speaker_key']
        if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
            W('bad speaker key %r' % sk)
        elif sk.startswith('person:') and sk not in pkeys: W('speaker %s not a participant' % sk)
        if not isinstance(q['text'], str) or not q['text']: W('empty quote'); continue
        if (OPEN + q['text'] + CLOSE) not in body: W('quote not found verbatim with its marks: %r' % q['text'])
        qtexts.append(q['text'])
    nq = [x for x in a.get('not_quotes', []) if isinstance(x, str)]
    if len(nq) != len(a.get('not_quotes', [])): W('not_quotes must be strings')
    for x in nq:
        if (OPEN + x + CLOSE) not in body: W('not_quote not found with its marks: %r' % x)
    if collections.Counter(spans) != collections.Counter(qtexts + nq):
        W('quoted spans and quotes+not_quotes differ: missing %s, extra %s' % (
            list((collections.Counter(spans) - collections.Counter(qtexts + nq)).elements()),
            list((collections.Counter(qtexts + nq) - collections.Counter(spans)).elements())))
    pos, last = 0, -1
    for qt in qtexts:
        i = body.find(OPEN + qt + CLOSE, last + 1)
        if i < 0: W('quotes out of text order at %r' % qt); break
        last = i
    # facts
    fslugs = {}
    evid_all = []
    for f in a.get('facts', []):
        if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS: W('fact keys wrong: %r' % f); continue
        if not isinstance(f['statement'], str) or not f['statement'].strip(): W('empty statement')
        kd = f['kind']
        if not isinstance(kd, list) or not kd or any(x not in KINDS for x in kd) or len(set(kd)) != len(kd):
            W('bad fact kind %r' % kd)
        sa = f['same_as']
        if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*', sa): W('bad same_as %r' % sa); continue
        if sa in fslugs: W('same_as repeated in article: %s' % sa)
        fslugs[sa] = tuple(sorted(kd)) if isinstance(kd, list) else ()
        if sa in earlier_slugs: W('same_as %s used in earlier gold' % sa)
        if sa.split('-')[0] in earlier_prefixes: W('same_as prefix %s used in earlier gold' % sa.split('-')[0])
        ev = f['evidence']
        if not isinstance(ev, list) or not ev or not all(isinstance(e, str) and e for e in ev): W('bad evidence in %s' % sa); continue
        for e in ev:
            if e not in htb: W('evidence not verbatim in headline/body (%s): %r' % (sa, e[:70]))
        evid_all += ev
    prefixes = {x.split('-')[0] for x in fslugs}
    if len(prefixes) != 1: W('one same_as prefix per article expected, got %s' % sorted(prefixes))
    for qt in qtexts:
        if not any((OPEN + qt + CLOSE) in e for e in evid_all): W('quote outside every evidence: %r' % qt)
    slugs_of[aid] = fslugs
    counts[aid] = (len(qtexts), sum(1 for q in a.get('quotes', []) if isinstance(q, dict) and q.get('kind') == 'direct'),
                   len(nq), len(a.get('participants', [])), len(a.get('facts', [])), fw, bw)

for f in sorted(folder_txt):
    err('stray .txt file in folder without an entry: %s' % f)
if ID_PREFIX in earlier_id_prefixes: err('id prefix %s used in earlier gold' % ID_PREFIX)

# ---- shape ------------------------------------------------------------------
groups = collections.defaultdict(list)
for aid, sm in summit_of.items():
    groups[(sm[0], sm[1], sm[3])].append(aid)
sizes = sorted(len(v) for v in groups.values())
if len(arts) != 8: err('expected 8 articles, got %d' % len(arts))
if sizes != [1, 1, 2, 2, 2]: err('expected 5 summits as 3 pairs and 2 singles, got sizes %s' % sizes)
prefix_owner = {}
for key, members in groups.items():
    for m in members:
        for p in {x.split('-')[0] for x in slugs_of.get(m, {})}:
            if p in prefix_owner and prefix_owner[p] != key: err('prefix %s shared by two summits' % p)
            prefix_owner[p] = key
    if len(members) == 2:
        a1, a2 = sorted(members)
        if summit_of[a1] != summit_of[a2]: err('pair %s/%s disagrees on summit data' % (a1, a2))
        if outlet_of.get(a1) == outlet_of.get(a2): err('pair %s/%s from the same outlet' % (a1, a2))
        shared = set(slugs_of[a1]) & set(slugs_of[a2])
        if len(shared) < 5: err('pair %s/%s shares only %d slugs' % (a1, a2, len(shared)))
        for sl in shared:
            if slugs_of[a1][sl] != slugs_of[a2][sl]: err('shared slug %s has different kinds' % sl)
        print('pair %s + %s: %d shared: %s' % (a1, a2, len(shared), ', '.join(sorted(shared))))

print('earlier gold files read: %d' % n_read)
for aid, c in counts.items():
    print('%-40s quotes %d (direct %d) not_quotes %d participants %d facts %d words file %d body %d' % ((aid,) + c))
tot = [sum(c[i] for c in counts.values()) for i in range(5)]
print('totals: quotes %d (direct %d), not_quotes %d, participants %d, facts %d' % tuple(tot))
if errors:
    for e in errors: print('ERROR:', e)
    print('%d error(s)' % len(errors)); sys.exit(1)
print('OK: heldout60 gold passes')
