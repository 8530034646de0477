#!/usr/bin/env python3
"""Validator for the heldout57 gold set, written from scratch for this round.
Run from anywhere: python3 check.py. Exits 1 on any error.
Set H57_EARLIER to the folder holding the earlier gold files (default ../../ relative to this file)."""
import json, os, re, sys, unicodedata, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H57_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout57_gold.json')
ABOUT_START = ('Held-out set round 57 (split=heldout57), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')
ERR = []
def err(msg): ERR.append(msg)

# ---------------------------------------------------------------- registries
TAIL = {  # first line of the page noise that follows the body
    'h57_apec_kualalumpur_gunwale': '(Additional reporting',
    'h57_apec_kualalumpur_ledger': 'Also in Analysis:',
    'h57_ticad_yokohama_harbourview': 'More in Local:',
    'h57_ticad_yokohama_corridor': 'NEXT ISSUE:',
    'h57_francophonie_montreux_transcript': '(END OF SEGMENT)',
    'h57_francophonie_montreux_lakay': 'Also this week:',
    'h57_chogm_edinburgh_castlegate': 'More in News:',
    'h57_arableague_nouakchott_explainer': 'Read next:',
}
STYLE = {  # quote style of each article
    'h57_apec_kualalumpur_gunwale': 'straight', 'h57_apec_kualalumpur_ledger': 'curly',
    'h57_ticad_yokohama_harbourview': 'curly', 'h57_ticad_yokohama_corridor': 'straight',
    'h57_francophonie_montreux_transcript': 'straight', 'h57_francophonie_montreux_lakay': 'curly',
    'h57_chogm_edinburgh_castlegate': 'curly', 'h57_arableague_nouakchott_explainer': 'straight',
}
CREDITED = {  # credited staff who are neither authors nor participants
    'h57_apec_kualalumpur_gunwale': ['Ignace Quiller-Obiora', 'Lionel Aske'],
}
COUNTRY_FORMS = {'United Kingdom': ['United Kingdom', 'Britain', 'British']}
HONORIFICS = set('''mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan majesty
excellency highness hon rt chief president premier minister chancellor chairman chairperson mayor secretary senator
monsieur madame madam lord lady baroness baron gen general col colonel ratu his her hm hrh he datuk dato tun tunku
pak shri smt sayyid ayatollah ato wro woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati
ambassador amb rtd mp lt lieutenant senhor senhora dom dona sr sra u daw professor lyonchhen lyonpo dasho aum ap
father imam reverend rev pastor bishop seri begum sheikha mufti janab maulana acting deputy vice haji hajah crown
pengiran awang dayang marshal hh former elect jr alhaji amir councillor cllr'''.split())
HON_EXCEPT = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina', 'person:nyan-tun',
              'person:hassan-sheikh-mohamud'}
AVOID_CITIES = '''Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg,
Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción,
Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha,
New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg,
Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami,
Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo,
Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo,
Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília,
Alma-Ata, Almaty, Doha, Rarotonga, Avarua, Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen,
Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki,
Córdoba, Victoria Falls, Labuan Bajo'''
USED_CITY_YEARS = """Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Nago 2000; Nairobi 2016; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010"""
ALLOWED_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TF_ORDER = ['organization', 'city', 'country', 'start_date', 'end_date']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']

SPECIAL = str.maketrans({'ð': 'd', 'þ': 'th', 'ø': 'o', 'æ': 'ae', 'ł': 'l', 'ß': 'ss', 'œ': 'oe', 'đ': 'd', 'ı': 'i',
                         'Ø': 'O', 'Æ': 'AE', 'Ł': 'L', 'Œ': 'OE', 'Đ': 'D', 'Ð': 'D', 'Þ': 'TH'})
def fold(s):
    s = s.translate(SPECIAL)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()
def tokens(s):
    return [t for t in re.split(r'[^a-z0-9]+', fold(s)) if t]
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))
def words(s): return len(s.split())
def iso(d, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', d): raise ValueError
        return datetime.date.fromisoformat(d)
    except Exception:
        err('%s: bad date %r' % (where, d)); return None

# ---------------------------------------------------------------- earlier gold (ids, summits, slugs only)
earlier_ids, earlier_summits, earlier_slugs, earlier_prefixes, earlier_cityyears = set(), set(), set(), set(), set()
names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 57)]
for nm in names:
    p = os.path.join(EARLIER, nm)
    if not os.path.exists(p):
        err('earlier gold file missing: %s' % p); continue
    d = json.load(open(p, encoding='utf-8'))
    for a in d.get('articles', []):
        earlier_ids.add(a.get('id'))
        s = a.get('summit') or {}
        earlier_summits.add((s.get('organization'), fold(s.get('city') or ''), s.get('start_date')))
        earlier_cityyears.add((fold(s.get('city') or ''), (s.get('start_date') or '')[:4]))
        for f in a.get('facts', []):
            sl = f.get('same_as')
            if sl:
                earlier_slugs.add(sl); earlier_prefixes.add(sl.split('-')[0])
earlier_idprefixes = {i.split('_')[0] for i in earlier_ids if i}
if 'h57' in earlier_idprefixes: err('id prefix h57 already used in earlier gold')

avoid = {fold(c.strip()) for c in AVOID_CITIES.replace('\n', ' ').split(',') if c.strip()}
used = set()
for item in USED_CITY_YEARS.split(';'):
    item = item.strip()
    m = re.fullmatch(r'(.+) (\d{4})', item)
    if m: used.add((fold(m.group(1)), m.group(2)))

# ---------------------------------------------------------------- load gold
try:
    G = json.load(open(GOLD, encoding='utf-8'))
except Exception as e:
    print('cannot read gold:', e); sys.exit(1)
if not isinstance(G, dict) or list(G.keys()) != ['about', 'articles']:
    err('top-level keys must be exactly about, articles')
about = G.get('about', '')
if not isinstance(about, str) or not about.startswith(ABOUT_START):
    err('about text does not begin with the required sentence')
arts = G.get('articles', [])
if not isinstance(arts, list) or not arts: err('articles must be a non-empty list'); arts = []

A_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
          'participants', 'facts']
S_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
ids = [a.get('id') for a in arts if isinstance(a, dict)]
if len(ids) != len(set(ids)): err('duplicate article ids')
txt_files = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith('.txt'))
for f in txt_files:
    if f not in ids: err('stray article file without entry: %s.txt' % f)

groups = collections.defaultdict(list)
prefix_summit = {}
slug_summit = {}
report = []
for a in arts:
    if not isinstance(a, dict): err('article entry not an object'); continue
    aid = a.get('id', '?')
    W = lambda m: err('%s: %s' % (aid, m))
    if list(a.keys()) != A_KEYS: W('article keys wrong or out of order: %s' % list(a.keys()))
    s = a.get('summit') or {}
    key = (s.get('organization'), s.get('city'), s.get('start_date'))
    groups[key].append(a)
    # id
    if not isinstance(aid, str) or not re.fullmatch(r'h57_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid): W('bad id form')
    if aid in earlier_ids: W('id already used in earlier gold')
    if os.path.exists(os.path.join(EARLIER, 'articles', '%s.txt' % aid)): W('article file of that name exists already')
    if aid not in TAIL or aid not in STYLE: W('article not registered in check.py'); continue
    if a.get('split') != 'heldout57': W('split must be heldout57')
    if a.get('file') != 'articles/%s.txt' % aid: W('file field wrong')
    path = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(path): W('article file missing'); continue
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    headline = lines[0]
    if a.get('title') != headline: W('title differs from headline')
    # body
    tail_idx = None
    for i, l in enumerate(lines):
        if i >= 4 and l.startswith(TAIL[aid]): tail_idx = i; break
    if tail_idx is None: W('tail marker not found'); continue
    body = '\n'.join(lines[4:tail_idx])
    noise = '\n'.join(lines[1:4] + lines[tail_idx:])
    bw, fw = words(body), words(text)
    if not 420 <= bw <= 600: W('body word count %d outside 420-600' % bw)
    if not 420 <= fw <= 600: W('file word count %d outside 420-600' % fw)
    # dates
    pub = iso(a.get('published_at', ''), aid + ' published_at')
    sd = iso(s.get('start_date', ''), aid + ' start_date'); ed = iso(s.get('end_date', ''), aid + ' end_date')
    if sd and ed:
        if sd > ed: W('start after end')
        if (ed - sd).days > 6: W('summit longer than a week')
    if pub and sd and ed:
        if pub < sd: W('published before the summit started')
        if (pub - ed).days > 21: W('published more than three weeks after the summit')
    if pub:
        outlet = lines[1]
        wd = WEEKDAYS[pub.weekday()]
        if wd not in outlet: W('outlet line lacks weekday %s' % wd)
        for other in WEEKDAYS:
            if other != wd and other in outlet: W('outlet line carries another weekday %s' % other)
        if not re.search(r'(?<!\d)%d(?!\d)' % pub.day, outlet): W('outlet line lacks the day')
        if MONTHS[pub.month - 1] not in outlet: W('outlet line lacks the month')
        if str(pub.year) not in outlet: W('outlet line lacks the year')
    # authors and credited staff
    au = a.get('authors')
    if not isinstance(au, list) or not au or not all(isinstance(x, str) and x.strip() for x in au):
        W('authors must be a non-empty list of strings'); au = []
    def word_in(name, hay):
        return re.search(r'(?<![\w-])' + re.escape(name) + r'(?![\w-])', hay) is not None
    for x in au:
        if not word_in(x, lines[2]): W('author %r not in byline' % x)
    cred = CREDITED.get(aid, [])
    for c in cred:
        tail_noise = '\n'.join(lines[tail_idx:])
        if not word_in(c, tail_noise): W('credited %r not in the page noise' % c)
    # summit
    if list(s.keys()) != S_KEYS: W('summit keys wrong or out of order')
    org = s.get('organization')
    if not isinstance(org, str) or not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', org): W('bad organization key')
    city, country = s.get('city'), s.get('country')
    if not (isinstance(city, str) and city.strip()) or not (isinstance(country, str) and country.strip()):
        W('city and country must be non-empty strings'); continue
    tf = s.get('text_fields')
    if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or any(x not in TF_ORDER for x in tf)             or tf != [x for x in TF_ORDER if x in tf]:
        W('text_fields must be a non-empty ordered subset of %s' % TF_ORDER); tf = []
    btoks = tokens(headline + '\n' + body)
    if 'city' in tf and not has_seq(btoks, tokens(city)): W('city %r not in headline/body' % city)
    if 'country' in tf:
        forms = COUNTRY_FORMS.get(country, [country])
        if not any(has_seq(btoks, tokens(f)) for f in forms): W('country %r not in headline/body' % country)
    fc = fold(city)
    if fc in avoid: W('city %s is on the avoid list' % city)
    yr = (s.get('start_date') or '')[:4]
    if (fc, yr) in used: W('city-year %s %s is on the used list' % (city, yr))
    if (fc, yr) in earlier_cityyears: W('city-year %s %s already in earlier gold' % (city, yr))
    if (org, fc, s.get('start_date')) in earlier_summits: W('summit already in earlier gold')
    # quote marks in headline / noise
    for nm, part in (('headline', headline), ('noise', noise)):
        if re.search('["\u201c\u201d]', part): W('quotation mark in the %s' % nm)
    # style
    style = STYLE[aid]
    if style == 'straight':
        if re.search('[\u201c\u201d\u2018\u2019]', text): W('curly mark in a straight article')
        for ln in body.split('\n'):
            if ln.count('"') % 2: W('odd number of straight marks on a line: %r' % ln[:50])
        spans = [(m.start(), m.group(1)) for m in re.finditer(r'"([^"\n]*)"', body)]
        OPEN, CLOSE = '"', '"'
    else:
        if re.search('["\']', text): W('straight mark in a curly article')
        if '\u2018' in text: W('opening single curly mark present')
        for ln in body.split('\n'):
            depth = 0
            for ch in ln:
                if ch == '\u201c':
                    depth += 1
                    if depth > 1: W('nested curly quote: %r' % ln[:50])
                elif ch == '\u201d':
                    depth -= 1
                    if depth < 0: W('closing curly mark without opening: %r' % ln[:50]); depth = 0
            if depth: W('unclosed curly quote on a line: %r' % ln[:50])
        spans = [(m.start(), m.group(1)) for m in re.finditer('\u201c([^\u201c\u201d\n]*)\u201d', body)]
        OPEN, CLOSE = '\u201c', '\u201d'
    quotes = a.get('quotes') or []
    nq = a.get('not_quotes')
    if not isinstance(nq, list) or not all(isinstance(x, str) and x for x in nq): W('not_quotes must be a list of strings'); nq = []
    want = collections.Counter([q.get('text') for q in quotes if isinstance(q, dict)] + nq)
    have = collections.Counter(t for _, t in spans)
    if want != have:
        W('quoted spans and quotes+not_quotes differ: missing %s, extra %s' % (list((have - want).elements()), list((want - have).elements())))
    # quotes in order
    pos = 0
    parts = {p.get('key') for p in a.get('participants') or [] if isinstance(p, dict)}
    facts = a.get('facts') or []
    evid = [e for f in facts if isinstance(f, dict) for e in (f.get('evidence') or []) if isinstance(e, str)]
    for q in quotes:
        if not isinstance(q, dict) or list(q.keys()) != ['text', 'speaker_key', 'kind']: W('bad quote entry %r' % q); continue
        t = q['text']
        if not isinstance(t, str) or not t: W('empty quote'); continue
        i = body.find(OPEN + t + CLOSE, pos)
        if i < 0: W('quote not found in order: %r' % t[:50])
        else: pos = i + 1
        if q['kind'] not in ('direct', 'partial'): W('bad quote kind %r' % q['kind'])
        sk = q['speaker_key']
        if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
            W('bad speaker key %r' % sk)
        elif sk.startswith('person:') and sk not in parts: W('speaker %s not a participant' % sk)
        if not any(OPEN + t + CLOSE in e for e in evid): W('quote not inside any evidence span: %r' % t[:50])
    # participants
    plist = a.get('participants') or []
    pkeys = []
    authors_f = [tokens(x) for x in au + cred]
    for p in plist:
        if not isinstance(p, dict) or list(p.keys()) != ['key', 'role', 'affiliation']: W('bad participant entry %r' % p); continue
        k = p['key']; pkeys.append(k)
        if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k): W('bad participant key %r' % k); continue
        nt = k[len('person:'):].split('-')
        if k not in HON_EXCEPT and any(t in HONORIFICS for t in nt): W('honorific/title token in key %s' % k)
        if not has_seq(btoks, nt): W('name of %s not in headline/body' % k)
        if not (isinstance(p['role'], str) and p['role'].strip()): W('empty role for %s' % k)
        if not (isinstance(p['affiliation'], str) and p['affiliation'].strip()): W('empty affiliation for %s' % k)
        if any(nt == at for at in authors_f): W('author or credited staff listed as participant: %s' % k)
    if len(pkeys) != len(set(pkeys)): W('duplicate participant keys')
    # facts
    slugs, prefixes = [], set()
    for f in facts:
        if not isinstance(f, dict) or list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']: W('bad fact entry'); continue
        if not (isinstance(f['statement'], str) and f['statement'].strip()): W('empty statement')
        kd = f['kind']
        if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or any(x not in ALLOWED_KINDS for x in kd):
            W('bad fact kind %r' % kd)
        sl = f['same_as']
        if not isinstance(sl, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*', sl): W('bad same_as %r' % sl); continue
        slugs.append(sl); prefixes.add(sl.split('-')[0])
        if sl in earlier_slugs: W('slug %s already in earlier gold' % sl)
        if slug_summit.setdefault(sl, key) != key: W('slug %s shared by two summits' % sl)
        ev = f['evidence']
        if not isinstance(ev, list) or not ev: W('evidence must be a non-empty list'); continue
        for e in ev:
            if not (isinstance(e, str) and e.strip()): W('empty evidence'); continue
            if e not in body and e not in headline: W('evidence not in body/headline: %r' % e[:60])
    if len(slugs) != len(set(slugs)): W('repeated same_as slug')
    if len(prefixes) != 1: W('slugs must share one prefix, got %s' % sorted(prefixes))
    for pr in prefixes:
        if pr in earlier_prefixes: W('slug prefix %s already in earlier gold' % pr)
        if prefix_summit.setdefault(pr, key) != key: W('slug prefix %s shared by two summits' % pr)
    a['_slugs'] = set(slugs)
    nd = sum(1 for q in quotes if isinstance(q, dict) and q.get('kind') == 'direct')
    report.append('%-42s %s %-9s file %3d body %3d quotes %d (%d/%d) notq %d parts %d facts %d' % (
        aid, WEEKDAYS[pub.weekday()][:3] if pub else '???', style, fw, bw, len(quotes), nd, len(quotes) - nd, len(nq),
        len(plist), len(facts)))

# ---------------------------------------------------------------- shape and pairs
sizes = sorted(len(v) for v in groups.values())
if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]:
    err('shape must be 8 articles in 5 summits (3 pairs, 2 singles); got %s' % sizes)
for k, v in groups.items():
    if len(v) == 2:
        s0, s1 = v[0]['summit'], v[1]['summit']
        for fld in ('organization', 'city', 'country', 'start_date', 'end_date'):
            if s0.get(fld) != s1.get(fld): err('pair %s disagrees on %s' % (k, fld))
        shared = v[0].get('_slugs', set()) & v[1].get('_slugs', set())
        if len(shared) < 5: err('pair %s shares only %d slugs' % (k, len(shared)))
        report.append('pair %s/%s shares %d: %s' % (k[0], k[1], len(shared), ', '.join(sorted(shared))))
for a in arts:
    if isinstance(a, dict): a.pop('_slugs', None)

print('\n'.join(report))
if ERR:
    print('\n%d ERROR(S):' % len(ERR))
    for e in ERR: print(' -', e)
    sys.exit(1)
print('OK: no errors')
