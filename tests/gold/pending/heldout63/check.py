#!/usr/bin/env python3
"""Checker for tests/gold/pending/heldout63 (written from scratch for round 63).
Validates heldout63_gold.json against the article files in this folder; exits 1 on any error."""
import json, os, re, sys, datetime, unicodedata, collections


# lists copied verbatim from the brief
USED = "Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nanjing 2009; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay"

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H63_EARLIER') or os.path.abspath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout63_gold.json')
OPENING = ("Held-out set round 63 (split=heldout63), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")

# per-article registry: quote style, tail marker (first line of page noise after the body), credited staff
REG = {
    'h63_g7_houston_bluebonnet': ('curly', 'Related:', []),
    'h63_g7_houston_carrack': ('straight', '(Additional reporting', ['Dorotea Stanczyk-Alvord', 'Quentin Osgood-Brankston']),
    'h63_chogm_nassau_mercury': ('curly', 'Related:', []),
    'h63_chogm_nassau_horizons': ('straight', 'Letters on this article:', []),
    'h63_arableague_amman_alderney': ('straight', '[END OF SEGMENT]', []),
    'h63_arableague_amman_levantlens': ('curly', 'Read next:', []),
    'h63_asem_seoul_silklane': ('curly', 'Related:', []),
    'h63_sadc_lusaka_mopani': ('straight', 'Money Home:', []),
}
ORG_NAMES = {
    'org:g7': ['Group of Seven', 'G7'],
    'org:commonwealth': ['Commonwealth'],
    'org:arab-league': ['Arab League'],
    'org:asem': ['Asia-Europe Meeting', 'ASEM'],
    'org:sadc': ['Southern African Development Community', 'SADC'],
}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
HONORIFICS = set(('mr mrs ms miss dr sir dame lord lady president vice prime minister premier chancellor king queen '
                  'prince princess emir sultan sheikh general gen lieutenant colonel col governor gov mayor senator sen '
                  'chief secretary professor prof rev hon excellency majesty his her monsieur madame senor don daw u '
                  'commodore datuk seri tan sri pastor reverend crown').split())
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
REL_TODAY = ['today', 'this afternoon', 'this morning', 'tonight']
REL_YESTERDAY = ['yesterday', 'last night']

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()

def toks(s):
    return re.findall(r'[a-z0-9]+', fold(s))

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def iso(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: bad date %r' % (where, s))
        return None

def keys_exact(d, want, where):
    if not isinstance(d, dict):
        err('%s: not an object' % where); return False
    if list(d.keys()) != want:
        err('%s: keys %s, expected %s' % (where, list(d.keys()), want)); return False
    return True

KEY_RE = re.compile(r'^person:[a-z0-9]+(-[a-z0-9]+)*$')
SPK_RE = re.compile(r'^(person:[a-z0-9]+(-[a-z0-9]+)*|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})$')
SLUG_RE = re.compile(r'^([a-z0-9]+)-[a-z0-9]+(-[a-z0-9]+)*$')
ID_RE = re.compile(r'^h63_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)$')

# ---------- earlier gold (opened by exact name only) ----------
earlier_ids, earlier_slugs, earlier_prefixes, earlier_summits = set(), set(), set(), []
names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 63)]
for n in names:
    p = os.path.join(EARLIER, n)
    if not os.path.exists(p):
        err('earlier gold file missing: %s' % n); continue
    try:
        d = json.load(open(p, encoding='utf-8'))
    except Exception as e:
        err('cannot read %s: %s' % (n, e)); continue
    for a in d.get('articles', []):
        earlier_ids.add(a.get('id'))
        s = a.get('summit') or {}
        earlier_summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
        for f in a.get('facts', []):
            sa = f.get('same_as')
            if isinstance(sa, str) and sa:
                earlier_slugs.add(sa); earlier_prefixes.add(sa.split('-')[0])
earlier_id_prefixes = {i.split('_')[0] for i in earlier_ids if isinstance(i, str)}
if 'h63' in earlier_id_prefixes:
    err('id prefix h63 already used in earlier gold')

# ---------- lists from the brief ----------
avoid = set()
for c in AVOID.split(', '):
    c = c.strip()
    m = re.match(r'^(.*?) \((.*)\)$', c)
    if m:
        avoid.add(fold(m.group(1))); avoid.add(fold(m.group(2)))
    else:
        avoid.add(fold(c))
used = set()
for cy in USED.split('; '):
    m = re.match(r'^(.*) (\d{4})$', cy.strip())
    if not m:
        err('cannot parse used entry %r' % cy); continue
    used.add((fold(m.group(1)), int(m.group(2))))
earlier_city_years = {(fold(c), int(s[:4])) for (o, c, s) in earlier_summits if c and s}

# ---------- load gold ----------
try:
    G = json.load(open(GOLD, encoding='utf-8'))
except Exception as e:
    print('ERROR cannot load gold: %s' % e); sys.exit(1)
keys_exact(G, ['about', 'articles'], 'top level')
about = G.get('about', '')
if not isinstance(about, str) or not about.startswith(OPENING):
    err('about text does not begin with the required sentence')
arts = G.get('articles', [])
if not isinstance(arts, list):
    err('articles not a list'); arts = []

A_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
S_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
seen_ids = set()
txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
per_summit = collections.defaultdict(list)
prefix_by_summit = {}
totals = collections.Counter()

for idx, a in enumerate(arts):
    where = 'article %d' % idx
    if not keys_exact(a, A_KEYS, where):
        continue
    aid = a['id']; where = aid
    m = ID_RE.match(aid) if isinstance(aid, str) else None
    if not m:
        err('%s: id not of the form h63_<org>_<city>_<slug>' % aid); continue
    if aid in seen_ids: err('%s: duplicate id' % aid)
    seen_ids.add(aid)
    if aid in earlier_ids: err('%s: id used in earlier gold' % aid)
    if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
        err('%s: an article of that name already exists in tests/gold/articles' % aid)
    if aid not in REG:
        err('%s: not registered in check.py' % aid); continue
    style, tail, credits = REG[aid]
    if a['split'] != 'heldout63': err('%s: split %r' % (aid, a['split']))
    if a['file'] != 'articles/%s.txt' % aid: err('%s: file %r' % (aid, a['file']))
    path = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(path):
        err('%s: article file missing' % aid); continue
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    for fld in ('title', 'published_at'):
        if not isinstance(a[fld], str) or not a[fld].strip(): err('%s: %s empty or not a string' % (aid, fld))
    if a['title'] != lines[0]: err('%s: title differs from headline' % aid)
    tail_idx = [i for i, l in enumerate(lines) if l.startswith(tail)]
    if not tail_idx or tail_idx[0] < 5:
        err('%s: tail marker %r not found after the body' % (aid, tail)); continue
    ti = tail_idx[0]
    body_lines = lines[4:ti]
    body = '\n'.join(body_lines)
    head_body = lines[0] + '\n' + body
    noise = '\n'.join(lines[1:4] + lines[ti:])
    nb = len(body.split()); nf = len(text.split())
    if not 420 <= nb <= 600: err('%s: body has %d words (420-600)' % (aid, nb))
    if nf > 700: err('%s: file has %d words (max 700)' % (aid, nf))
    hb_tokens = toks(head_body)

    # dates
    pub = iso(a['published_at'], aid + ' published_at')
    s = a['summit']
    if not keys_exact(s, S_KEYS, aid + ' summit'):
        continue
    sd = iso(s['start_date'], aid + ' start_date'); ed = iso(s['end_date'], aid + ' end_date')
    if pub:
        outlet = lines[1]
        for w in WEEKDAYS:
            if re.search(r'\b%s\b' % w, outlet) and w != WEEKDAYS[pub.weekday()]:
                err('%s: outlet line names another weekday %s' % (aid, w))
        for piece in (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], str(pub.year)):
            if not re.search(r'\b%s\b' % piece, outlet): err('%s: outlet line lacks %s' % (aid, piece))
        if not re.search(r'\b%d\b' % pub.day, outlet): err('%s: outlet line lacks the day %d' % (aid, pub.day))
    if sd and ed:
        if sd > ed: err('%s: start after end' % aid)
        if (ed - sd).days > 6: err('%s: summit longer than a week' % aid)
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: published_at outside start..end+21 days' % aid)
    # authors and credits
    if not isinstance(a['authors'], list) or not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
        err('%s: authors must be a non-empty list of strings' % aid)
    else:
        for au in a['authors']:
            if not has_seq(toks(lines[2]), toks(au)): err('%s: author %r not in byline' % (aid, au))
    for c in credits:
        if not has_seq(toks('\n'.join(lines[ti:])), toks(c)): err('%s: credited %r not in page noise' % (aid, c))
    staff = [toks(x) for x in (a['authors'] if isinstance(a['authors'], list) else []) + credits]
    # summit
    for fld in ('organization', 'city', 'country'):
        if not isinstance(s[fld], str) or not s[fld]: err('%s: summit %s empty' % (aid, fld))
    city = s['city']
    if fold(city) in avoid: err('%s: city %s is on the avoid list' % (aid, city))
    if sd:
        if (fold(city), sd.year) in used: err('%s: %s %d on the used list' % (aid, city, sd.year))
        if (fold(city), sd.year) in earlier_city_years: err('%s: %s %d used by earlier gold' % (aid, city, sd.year))
    if (s['organization'], city, s['start_date']) in earlier_summits:
        err('%s: same organisation, city and start date as an earlier summit' % aid)
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or [f for f in FIELDS if f in tf] != tf or len(set(tf)) != len(tf):
        err('%s: text_fields must be a non-empty subset of %s in that order' % (aid, FIELDS)); tf = []
    if 'city' in tf and not has_seq(hb_tokens, toks(city)): err('%s: city not in text' % aid)
    if 'country' in tf and not has_seq(hb_tokens, toks(s['country'])): err('%s: country not in text' % aid)
    if 'organization' in tf:
        nm = ORG_NAMES.get(s['organization'])
        if not nm: err('%s: organisation %s not registered' % (aid, s['organization']))
        elif not any(has_seq(hb_tokens, toks(x)) for x in nm): err('%s: organisation name not in text' % aid)
    for fld, dt in (('start_date', sd), ('end_date', ed)):
        if fld in tf and dt and pub:
            ok = False
            md = r'\b%s %d\b|\b%d %s\b' % (MONTHS[dt.month - 1], dt.day, dt.day, MONTHS[dt.month - 1])
            rng = r'\b%s \d{1,2} and %d\b' % (MONTHS[dt.month - 1], dt.day)
            if re.search(md, head_body) or re.search(rng, head_body): ok = True
            if re.search(r'\b%s\b' % WEEKDAYS[dt.weekday()], head_body) and 0 <= (pub - dt).days <= 6: ok = True
            low = head_body.lower()
            if dt == pub and any(w in low for w in REL_TODAY): ok = True
            if (pub - dt).days == 1 and any(w in low for w in REL_YESTERDAY): ok = True
            if not ok: err('%s: %s %s not supported by the text' % (aid, fld, dt))
    # participants
    pkeys = []
    if not isinstance(a['participants'], list): err('%s: participants not a list' % aid); a['participants'] = []
    for p in a['participants']:
        if not keys_exact(p, ['key', 'role', 'affiliation'], aid + ' participant'): continue
        k = p['key']
        if not isinstance(k, str) or not KEY_RE.match(k): err('%s: bad participant key %r' % (aid, k)); continue
        if k in pkeys: err('%s: duplicate participant %s' % (aid, k))
        pkeys.append(k)
        kt = k[len('person:'):].split('-')
        if HONORIFICS & set(kt): err('%s: honorific/title token in key %s' % (aid, k))
        if not has_seq(hb_tokens, kt): err('%s: name of %s not in headline/body' % (aid, k))
        for fld in ('role', 'affiliation'):
            if not isinstance(p[fld], str) or not p[fld].strip(): err('%s: %s of %s empty' % (aid, fld, k))
        if kt in staff: err('%s: author or credited staff %s listed as participant' % (aid, k))
    # quote style
    if style == 'straight':
        if re.search('[\u201c\u201d\u2018\u2019]', text): err('%s: curly marks in a straight article' % aid)
        for i, l in enumerate(body_lines):
            if l.count('"') % 2: err('%s: odd straight marks on body line %d' % (aid, i + 5))
        spans = re.findall(r'"([^"\n]*)"', body)
        if '"' in lines[0] or '"' in noise: err('%s: double mark in headline or page noise' % aid)
    else:
        if '"' in text or "'" in text: err('%s: straight marks in a curly article' % aid)
        if '\u2018' in text: err('%s: opening single curly mark' % aid)
        for i, l in enumerate(body_lines):
            depth = 0
            for c in l:
                if c == '\u201c':
                    depth += 1
                    if depth > 1: err('%s: nested curly mark on body line %d' % (aid, i + 5))
                elif c == '\u201d':
                    depth -= 1
                    if depth < 0: err('%s: unopened closing mark on body line %d' % (aid, i + 5)); depth = 0
            if depth: err('%s: unclosed curly mark on body line %d' % (aid, i + 5))
        spans = re.findall('\u201c([^\u201c\u201d\n]*)\u201d', body)
        if re.search('[\u201c\u201d"]', lines[0] + '\n' + noise): err('%s: double mark in headline or page noise' % aid)
    # quotes
    qtexts = []
    if not isinstance(a['quotes'], list): err('%s: quotes not a list' % aid); a['quotes'] = []
    for q in a['quotes']:
        if not keys_exact(q, ['text', 'speaker_key', 'kind'], aid + ' quote'): continue
        if not isinstance(q['text'], str) or not q['text']: err('%s: empty quote text' % aid); continue
        if q['kind'] not in ('direct', 'partial'): err('%s: bad quote kind %r' % (aid, q['kind']))
        sk = q['speaker_key']
        if not isinstance(sk, str) or not SPK_RE.match(sk): err('%s: bad speaker key %r' % (aid, sk))
        elif sk.startswith('person:') and sk not in pkeys: err('%s: speaker %s not a participant' % (aid, sk))
        qtexts.append(q['text'])
    if not isinstance(a['not_quotes'], list): err('%s: not_quotes not a list' % aid); a['not_quotes'] = []
    nq = [x if isinstance(x, str) else x.get('text') for x in a['not_quotes']]
    if collections.Counter(spans) != collections.Counter(qtexts + nq):
        err('%s: quoted spans and annotations differ: missing %s, extra %s' % (
            aid, list((collections.Counter(spans) - collections.Counter(qtexts + nq)).elements()),
            list((collections.Counter(qtexts + nq) - collections.Counter(spans)).elements())))
    order = [t for t in spans if t in qtexts]
    if order != qtexts: err('%s: quotes not in text order' % aid)
    # facts
    if not isinstance(a['facts'], list) or not a['facts']: err('%s: facts missing' % aid); a['facts'] = []
    slugs = []; prefixes = set(); all_ev = []
    for f in a['facts']:
        if not keys_exact(f, ['statement', 'kind', 'same_as', 'evidence'], aid + ' fact'): continue
        if not isinstance(f['statement'], str) or not f['statement'].strip(): err('%s: empty statement' % aid)
        kd = f['kind']
        if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or not set(kd) <= KINDS:
            err('%s: bad kind %r' % (aid, kd))
        sa = f['same_as']
        mm = SLUG_RE.match(sa) if isinstance(sa, str) else None
        if not mm: err('%s: bad same_as %r' % (aid, sa)); continue
        if sa in slugs: err('%s: repeated slug %s' % (aid, sa))
        slugs.append(sa); prefixes.add(mm.group(1))
        if sa in earlier_slugs: err('%s: slug %s used in earlier gold' % (aid, sa))
        if mm.group(1) in earlier_prefixes: err('%s: slug prefix %s used in earlier gold' % (aid, mm.group(1)))
        ev = f['evidence']
        if not isinstance(ev, list) or not ev or not all(isinstance(e, str) and e.strip() for e in ev):
            err('%s: evidence of %s must be a non-empty list of strings' % (aid, sa)); continue
        for e in ev:
            if e not in head_body: err('%s: evidence of %s not verbatim in headline/body: %r' % (aid, sa, e[:70]))
        all_ev.extend(ev)
    if len(prefixes) != 1: err('%s: expected one slug prefix, got %s' % (aid, sorted(prefixes)))
    op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
    for qt in qtexts:
        if not any(op + qt + cl in e for e in all_ev): err('%s: quote not inside any evidence: %r' % (aid, qt[:60]))
    kinds = collections.Counter(k for f in a['facts'] if isinstance(f.get('kind'), list) for k in f['kind'])
    skey = (s['organization'], s['city'], s['start_date'])
    per_summit[skey].append(dict(id=aid, outlet=lines[1].split('|')[0].strip(), summit=s,
                                 slugs={f['same_as']: f['kind'] for f in a['facts'] if isinstance(f.get('same_as'), str)}))
    for pfx in prefixes:
        if prefix_by_summit.setdefault(pfx, skey) != skey: err('prefix %s shared by two summits' % pfx)
    nd = sum(1 for q in a['quotes'] if q.get('kind') == 'direct')
    print('%-36s quotes %d (%d/%d) not_quotes %d participants %d facts %d words %d/%d' % (
        aid, len(qtexts), nd, len(qtexts) - nd, len(nq), len(pkeys), len(a['facts']), nf, nb))
    totals.update(quotes=len(qtexts), direct=nd, participants=len(pkeys), facts=len(a['facts']))
    totals.update({'kind:' + k: v for k, v in kinds.items()})

# files in own folder
for f in txt_files:
    if f[:-4] not in seen_ids: err('stray article file %s' % f)
# shape
if len(arts) != 8: err('expected 8 articles, got %d' % len(arts))
sizes = sorted(len(v) for v in per_summit.values())
if sizes != [1, 1, 2, 2, 2]: err('expected 5 summits (3 pairs, 2 singles), got sizes %s' % sizes)
for skey, v in per_summit.items():
    if len(v) == 2:
        x, y = v
        if x['outlet'] == y['outlet']: err('pair %s from the same outlet' % (skey,))
        if x['summit'] != y['summit']: err('pair %s disagrees on summit data' % (skey,))
        shared = sorted(set(x['slugs']) & set(y['slugs']))
        if len(shared) < 5: err('pair %s shares only %d slugs' % (skey, len(shared)))
        for sl in shared:
            if x['slugs'][sl] != y['slugs'][sl]: err('pair %s: slug %s has different kinds' % (skey, sl))
        print('shared %-10s %d: %s' % (skey[1], len(shared), ', '.join(shared)))
print('totals:', dict(totals))
if errors:
    for e in errors: print('ERROR', e)
    print('%d error(s)' % len(errors)); sys.exit(1)
print('OK: heldout63 passes')
