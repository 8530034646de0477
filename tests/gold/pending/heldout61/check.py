#!/usr/bin/env python3
"""Checker for the heldout61 gold set, written from scratch. Validates heldout61_gold.json against the article files in this folder; exits 1 on any error."""
USED = "Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Montreux 2010; Nago 2000; Nairobi 2016; Nanjing 2009; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe"

import json, os, re, sys, datetime, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H61_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout61_gold.json')
OPENING = ('Held-out set round 61 (split=heldout61), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
EARLIER_NAMES = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 61)]

# Per-article registry: quote style, number of header lines, tail marker (first line of page noise after the body),
# and credited staff (named in the page noise, neither authors nor participants).
REG = {
    'h61_euromed_barcelona_bowsprit': dict(curly=False, header=4, tail='(Additional reporting', staff=['Honorine Ingleby-Sastre', 'Osric Tamblyn-Quarrie']),
    'h61_euromed_barcelona_eixample': dict(curly=True, header=4, tail='More on the summit:', staff=[]),
    'h61_pif_cairns_frigatebird': dict(curly=False, header=4, tail='[END OF SEGMENT]', staff=[]),
    'h61_pif_cairns_esplanade': dict(curly=True, header=4, tail='Related:', staff=[]),
    'h61_au_sirte_sahellens': dict(curly=False, header=4, tail='Read next:', staff=[]),
    'h61_au_sirte_amicus': dict(curly=True, header=4, tail='Related:', staff=[]),
    'h61_celac_quito_heights': dict(curly=True, header=4, tail='Related:', staff=[]),
    'h61_threeseas_riga_interconnector': dict(curly=False, header=4, tail='Related:', staff=[]),
}
ORG_NAMES = {
    'org:euro-mediterranean-partnership': ['Euro-Mediterranean', 'Barcelona Process'],
    'org:pif': ['Pacific Islands Forum'],
    'org:african-union': ['African Union'],
    'org:celac': ['CELAC', 'Community of Latin American and Caribbean States'],
    'org:three-seas-initiative': ['Three Seas Initiative'],
}
COUNTRY_NAMES = {'United States': ['United States', 'U.S.'], 'United Kingdom': ['United Kingdom', 'Britain']}
HONORIFICS = set('''mr mrs ms miss dr sir dame lord lady president vice prime minister premier chancellor king queen prince
princess emir sultan sheikh general gen lieutenant colonel col governor gov mayor senator sen chief secretary professor prof
rev hon excellency majesty his her monsieur madame senor don daw u commodore'''.split())
FACT_KINDS = ['decision', 'reaction', 'outcome', 'pledge', 'membership']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()

def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))

def has_seq(hay_tokens, needle_tokens):
    n = len(needle_tokens)
    if n == 0:
        return False
    return any(hay_tokens[i:i + n] == needle_tokens for i in range(len(hay_tokens) - n + 1))

def has_name(text, name):
    return has_seq(tokens(text), tokens(name))

def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except (ValueError, TypeError):
        err('%s: bad date %r' % (where, s))
        return None

def city_norm(c):
    return fold(c).replace('\u2019', "'").strip()

# ---------- load ----------
try:
    gold = json.load(open(GOLD, encoding='utf-8'))
except Exception as e:
    print('ERROR: cannot read gold: %s' % e)
    sys.exit(1)

if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
    err('top level keys must be exactly about, articles')
about = gold.get('about', '') if isinstance(gold, dict) else ''
if not isinstance(about, str) or not about.startswith(OPENING):
    err('about text does not begin with the required sentence')
articles = gold.get('articles', []) if isinstance(gold, dict) else []
if not isinstance(articles, list):
    err('articles is not a list'); articles = []

# earlier gold: ids, summits, slugs (opened by exact name)
earlier_ids, earlier_summits, earlier_slugs = set(), [], set()
for n in EARLIER_NAMES:
    p = os.path.join(EARLIER, n)
    if not os.path.exists(p):
        err('earlier gold file missing: %s' % n); continue
    d = json.load(open(p, encoding='utf-8'))
    for a in d.get('articles', []):
        earlier_ids.add(a.get('id'))
        s = a.get('summit') or {}
        earlier_summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
        for f in a.get('facts', []):
            if f.get('same_as'):
                earlier_slugs.add(f['same_as'])
earlier_prefixes = {s.split('-')[0] for s in earlier_slugs}
earlier_idprefixes = {i.split('_')[0] for i in earlier_ids if i}
if 'h61' in earlier_idprefixes:
    err('id prefix h61 already used in earlier gold')

used_pairs = set()
for item in USED.split(';'):
    item = item.strip()
    m = re.fullmatch(r'(.+) (\d{4})', item)
    if m:
        used_pairs.add((city_norm(m.group(1)), m.group(2)))
avoid = set()
for c in AVOID.replace('\n', ' ').split(','):
    c = c.strip()
    m = re.fullmatch(r'(.+?) \((.+)\)', c)
    if m:
        avoid.add(city_norm(m.group(1))); avoid.add(city_norm(m.group(2)))
    elif c:
        avoid.add(city_norm(c))
avoid.add('cadiz')
earlier_city_years = {(city_norm(c or ''), (d or '')[:4]) for (_, c, d) in earlier_summits}

ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUM_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
Q_KEYS = ['text', 'speaker_key', 'kind']
P_KEYS = ['key', 'role', 'affiliation']
F_KEYS = ['statement', 'kind', 'same_as', 'evidence']

seen_ids = set()
info = {}
for idx, a in enumerate(articles):
    where = 'article[%d]' % idx
    if not isinstance(a, dict) or list(a.keys()) != ART_KEYS:
        err('%s: keys must be %s in order' % (where, ART_KEYS)); continue
    aid = a['id']
    where = aid if isinstance(aid, str) else where
    for k in ['id', 'split', 'file', 'title', 'published_at']:
        if not isinstance(a[k], str) or not a[k]:
            err('%s: %s must be a non-empty string' % (where, k))
    for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
        if not isinstance(a[k], list):
            err('%s: %s must be a list' % (where, k))
    if not isinstance(aid, str) or not re.fullmatch(r'h61_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
        err('%s: bad id' % where); continue
    if aid in seen_ids: err('%s: duplicate id' % aid)
    seen_ids.add(aid)
    if aid in earlier_ids: err('%s: id used in earlier gold' % aid)
    if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
        err('%s: an article of that name already exists in tests/gold/articles' % aid)
    if aid not in REG:
        err('%s: not registered in check.py' % aid); continue
    reg = REG[aid]
    if a['split'] != 'heldout61': err('%s: split must be heldout61' % aid)
    if a['file'] != 'articles/%s.txt' % aid: err('%s: file must be articles/<id>.txt' % aid)
    path = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(path):
        err('%s: article file missing' % aid); continue
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    if len(lines) < 6:
        err('%s: too few lines' % aid); continue
    headline, outlet_line, byline = lines[0], lines[1], lines[2]
    if a['title'] != headline: err('%s: title differs from headline' % aid)
    tail_idx = next((i for i, l in enumerate(lines) if i >= reg['header'] and l.startswith(reg['tail'])), None)
    if tail_idx is None:
        err('%s: tail marker %r not found' % (aid, reg['tail'])); continue
    body_lines = lines[reg['header']:tail_idx]
    body = '\n'.join(body_lines)
    noise = '\n'.join(lines[1:reg['header']] + lines[tail_idx:])
    hb = headline + '\n' + body
    # word counts
    bw = len(body.split()); fw = len(text.split())
    if not 420 <= bw <= 600: err('%s: body has %d words (420-600)' % (aid, bw))
    if fw > 700: err('%s: file has %d words (max 700)' % (aid, fw))
    # published_at on the outlet line
    pub = parse_date(a['published_at'], aid + ' published_at')
    if pub:
        wd = WEEKDAYS[pub.weekday()]
        if wd not in outlet_line: err('%s: weekday %s missing from outlet line' % (aid, wd))
        for other in WEEKDAYS:
            if other != wd and other in outlet_line: err('%s: wrong weekday %s on outlet line' % (aid, other))
        if MONTHS[pub.month - 1] not in outlet_line: err('%s: month missing from outlet line' % aid)
        if not re.search(r'(?<!\d)%d(?!\d)' % pub.day, outlet_line): err('%s: day missing from outlet line' % aid)
        if str(pub.year) not in outlet_line: err('%s: year missing from outlet line' % aid)
    # authors
    if not a['authors']: err('%s: no authors' % aid)
    for au in a['authors']:
        if not isinstance(au, str) or not has_name(byline, au): err('%s: author %r not in byline' % (aid, au))
    for st in reg['staff']:
        if not has_name(noise, st): err('%s: credited staff %r not in page noise' % (aid, st))
    # quote style
    if reg['curly']:
        if '"' in text or "'" in text: err('%s: straight marks in a curly article' % aid)
        for ln in lines:
            depth = 0
            for ch in ln:
                if ch == '\u201c':
                    if depth: err('%s: nested curly quote: %s' % (aid, ln[:60]))
                    depth = 1
                elif ch == '\u201d':
                    if not depth: err('%s: unopened curly quote: %s' % (aid, ln[:60]))
                    depth = 0
                elif ch == '\u2018':
                    err('%s: opening single curly mark' % aid)
            if depth: err('%s: unclosed curly quote: %s' % (aid, ln[:60]))
        spans = re.findall('\u201c([^\u201d]*)\u201d', body)
        OQ, CQ = '\u201c', '\u201d'
    else:
        if re.search('[\u201c\u201d\u2018\u2019]', text): err('%s: curly marks in a straight article' % aid)
        for ln in body_lines:
            if ln.count('"') % 2: err('%s: odd number of straight double marks: %s' % (aid, ln[:60]))
        spans = re.findall(r'"([^"]*)"', body)
        OQ = CQ = '"'
    for part, name in ((headline, 'headline'), (noise, 'page noise')):
        if re.search('["\u201c\u201d]', part): err('%s: quotation mark in %s' % (aid, name))
    # summit
    s = a['summit']
    if not isinstance(s, dict) or list(s.keys()) != SUM_KEYS:
        err('%s: summit keys must be %s' % (aid, SUM_KEYS)); continue
    for k in SUM_KEYS[:5]:
        if not isinstance(s[k], str) or not s[k]: err('%s: summit %s must be a string' % (aid, k))
    sd = parse_date(s['start_date'], aid + ' start_date'); ed = parse_date(s['end_date'], aid + ' end_date')
    if sd and ed:
        if sd > ed: err('%s: start after end' % aid)
        if (ed - sd).days > 6: err('%s: summit longer than a week' % aid)
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: publication date outside the summit window' % aid)
        cn = city_norm(s['city'])
        if cn in avoid: err('%s: city %s is on the avoid list' % (aid, s['city']))
        if (cn, str(sd.year)) in used_pairs: err('%s: city and year on the used list' % aid)
        if (cn, str(sd.year)) in earlier_city_years: err('%s: city and year used by an earlier summit' % aid)
        if (s['organization'], s['city'], s['start_date']) in earlier_summits: err('%s: same summit in earlier gold' % aid)
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or [f for f in TEXT_FIELDS if f in tf] != tf or len(set(tf)) != len(tf):
        err('%s: text_fields must be a non-empty subset in canonical order' % aid)
    else:
        if 'city' in tf and not has_name(hb, s['city']): err('%s: city not in text' % aid)
        if 'country' in tf and not any(has_name(hb, c) for c in COUNTRY_NAMES.get(s['country'], [s['country']])):
            err('%s: country not in text' % aid)
        if 'organization' in tf:
            names = ORG_NAMES.get(s['organization'])
            if not names: err('%s: organisation %s not registered' % (aid, s['organization']))
            elif not any(has_name(hb, n) for n in names): err('%s: organisation not named in text' % aid)
    if not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', s['organization'] or ''): err('%s: bad organisation key' % aid)
    # participants
    pkeys = []
    author_keys = {'person:' + '-'.join(tokens(x)) for x in a['authors'] + reg['staff']}
    for p in a['participants']:
        if not isinstance(p, dict) or list(p.keys()) != P_KEYS:
            err('%s: participant keys must be %s' % (aid, P_KEYS)); continue
        k = p['key']
        if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
            err('%s: bad participant key %r' % (aid, k)); continue
        if k in pkeys: err('%s: duplicate participant %s' % (aid, k))
        pkeys.append(k)
        toks = k[len('person:'):].split('-')
        if any(t in HONORIFICS for t in toks): err('%s: honorific or title in key %s' % (aid, k))
        if not has_seq(tokens(hb), toks): err('%s: name of %s not in headline or body' % (aid, k))
        for fld in ('role', 'affiliation'):
            if not isinstance(p[fld], str) or not p[fld].strip(): err('%s: %s of %s empty' % (aid, fld, k))
        if k in author_keys: err('%s: author or credited staff %s listed as participant' % (aid, k))
    # quotes
    qtexts = []
    last = -1
    for q in a['quotes']:
        if not isinstance(q, dict) or list(q.keys()) != Q_KEYS:
            err('%s: quote keys must be %s' % (aid, Q_KEYS)); continue
        if q['kind'] not in ('direct', 'partial'): err('%s: bad quote kind %r' % (aid, q['kind']))
        sk = q['speaker_key']
        if not isinstance(sk, str) or not re.fullmatch(r'(person:[a-z0-9]+(-[a-z0-9]+)*|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})', sk):
            err('%s: bad speaker key %r' % (aid, sk))
        elif sk.startswith('person:') and sk not in pkeys:
            err('%s: speaker %s not a participant' % (aid, sk))
        marked = OQ + q['text'] + CQ
        pos = body.find(marked, last + 1)
        if pos < 0:
            if marked in body: err('%s: quote out of text order: %r' % (aid, q['text'][:40]))
            else: err('%s: quote not found with its marks: %r' % (aid, q['text'][:40]))
        else:
            last = pos
        qtexts.append(q['text'])
    for nq in a['not_quotes']:
        if not isinstance(nq, str) or (OQ + nq + CQ) not in body: err('%s: not_quote not found: %r' % (aid, nq))
    if collections.Counter(spans) != collections.Counter(qtexts + list(a['not_quotes'])):
        missing = collections.Counter(spans) - collections.Counter(qtexts + list(a['not_quotes']))
        extra = collections.Counter(qtexts + list(a['not_quotes'])) - collections.Counter(spans)
        err('%s: quoted spans and annotations differ: unannotated %s, extra %s' % (aid, list(missing), list(extra)))
    # facts
    slugs = {}
    all_ev = []
    for f in a['facts']:
        if not isinstance(f, dict) or list(f.keys()) != F_KEYS:
            err('%s: fact keys must be %s' % (aid, F_KEYS)); continue
        if not isinstance(f['statement'], str) or not f['statement'].strip(): err('%s: empty statement' % aid)
        kinds = f['kind']
        if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or any(k not in FACT_KINDS for k in kinds):
            err('%s: bad fact kind %r' % (aid, kinds))
        sa = f['same_as']
        if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sa):
            err('%s: bad same_as %r' % (aid, sa)); continue
        if sa in slugs: err('%s: repeated slug %s' % (aid, sa))
        slugs[sa] = tuple(kinds) if isinstance(kinds, list) else ()
        if sa in earlier_slugs: err('%s: slug %s used in earlier gold' % (aid, sa))
        if sa.split('-')[0] in earlier_prefixes: err('%s: slug prefix of %s used in earlier gold' % (aid, sa))
        ev = f['evidence']
        if not isinstance(ev, list) or not ev: err('%s: fact %s has no evidence' % (aid, sa)); continue
        for e in ev:
            if not isinstance(e, str) or not e.strip() or e not in hb:
                err('%s: evidence of %s not verbatim in headline or body: %r' % (aid, sa, (e or '')[:60]))
            else:
                all_ev.append(e)
    for q in qtexts:
        if not any((OQ + q + CQ) in e for e in all_ev): err('%s: quote not inside any evidence: %r' % (aid, q[:40]))
    prefixes = {x.split('-')[0] for x in slugs}
    if len(prefixes) != 1: err('%s: slugs must share one prefix, got %s' % (aid, sorted(prefixes)))
    info[aid] = dict(summit=(s['organization'], s['city'], s['country'], s['start_date'], s['end_date']),
                     outlet=outlet_line.split('|')[0].strip(), slugs=slugs, prefix=min(prefixes) if prefixes else None,
                     counts=(len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts']), fw, bw))

# own folder: every .txt matched by an entry
for fn in sorted(os.listdir(HERE)):
    if fn.endswith('.txt') and fn[:-4] not in seen_ids:
        err('stray text file %s' % fn)

# shape
groups = collections.defaultdict(list)
for aid, d in info.items():
    groups[(d['summit'][0], d['summit'][1], d['summit'][3])].append(aid)
sizes = sorted(len(v) for v in groups.values())
if len(articles) != 8: err('need 8 articles, got %d' % len(articles))
if sizes != [1, 1, 2, 2, 2]: err('need 5 summits as 3 pairs and 2 singles, got %s' % sizes)
prefix_summit = {}
for key, ids in groups.items():
    for aid in ids:
        p = info[aid]['prefix']
        if p in prefix_summit and prefix_summit[p] != key: err('prefix %s shared by two summits' % p)
        prefix_summit[p] = key
    if len(ids) == 2:
        x, y = (info[i] for i in ids)
        if x['summit'] != y['summit']: err('pair %s disagrees on summit data' % ids)
        if x['outlet'] == y['outlet']: err('pair %s from the same outlet' % ids)
        shared = sorted(set(x['slugs']) & set(y['slugs']))
        if len(shared) < 5: err('pair %s shares only %d slugs' % (ids, len(shared)))
        for sl in shared:
            if x['slugs'][sl] != y['slugs'][sl]: err('pair %s: shared slug %s has different kinds' % (ids, sl))
        print('pair %s: %d shared slugs: %s' % (' + '.join(ids), len(shared), ', '.join(shared)))
for aid, d in info.items():
    print('%s: quotes %d, not_quotes %d, participants %d, facts %d, file words %d, body words %d' % ((aid,) + d['counts']))

if errors:
    for e in errors:
        print('ERROR:', e)
    print('%d error(s)' % len(errors))
    sys.exit(1)
print('OK: heldout61 passes')
