#!/usr/bin/env python3
"""Checker for the heldout77 gold set (written from scratch for round 77).

Validates heldout77_gold.json against the article .txt files in this folder
and against the earlier gold files (ids, summits and same_as slugs only),
which are opened by exact name: ../../facts_gold.json and
../../heldoutN_gold.json for N = 5..74 (override the folder with the
environment variable H77_EARLIER).  Exits 1 on any error (a crash counts).
"""
import collections, datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H77_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout77_gold.json')
OPENING = ('Held-out set round 77 (split=heldout77), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
QUOTE_KINDS = {'direct', 'partial'}

# Bodies the brief allows for this round, with the names that count as the organisation in a text.
ORG_NAMES = {
    'org:nato': ['NATO', 'North Atlantic Treaty Organisation', 'North Atlantic Treaty Organization', 'Atlantic alliance'],
    'org:eu': ['European Union', 'European Council', 'EU'],
    'org:apec': ['APEC', 'Asia-Pacific Economic Cooperation'],
    'org:sco': ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
    'org:arab-league': ['Arab League', 'League of Arab States'],
    'org:asean': ['ASEAN', 'Association of Southeast Asian Nations'],
    'org:african-union': ['African Union', 'AU'],
    'org:sadc': ['SADC', 'Southern African Development Community'],
    'org:oic': ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'Organisation of the Islamic Conference'],
    'org:mercosur': ['Mercosur', 'Southern Common Market'],
    'org:visegrad-group': ['Visegrad Group', 'V4'],
    'org:turkic-council': ['Turkic Council', 'Organization of Turkic States'],
}
ID_ORG = {'org:nato': 'nato', 'org:eu': 'eu', 'org:arab-league': 'arableague', 'org:mercosur': 'mercosur', 'org:sadc': 'sadc'}

# Per-article registration: quote style, first line of the page-noise tail, credited staff (not authors).
REG = {
    'h77_nato_bonn_petrel': ('straight', '(Reporting by', ['Irmgard Dreesbach-Loxton']),
    'h77_nato_bonn_godwit': ('straight', '[END OF TRANSCRIPT]', []),
    'h77_arableague_casablanca_anfa': ('curly', 'Comments (3)', []),
    'h77_arableague_casablanca_nilebridge': ('straight', "Letters on Egypt's return", []),
    'h77_eu_thessaloniki_thermaic': ('curly', 'Comments (41)', []),
    'h77_eu_thessaloniki_turnstone': ('straight', 'Read next:', []),
    'h77_mercosur_sanjuan_zonda': ('curly', 'More in Customs & Borders:', []),
    'h77_sadc_mbabane_lubombo': ('curly', 'The opinions in our Analysis section', []),
}

TITLE_WORDS = {'president', 'king', 'queen', 'prime', 'minister', 'chancellor', 'mr', 'mrs', 'ms', 'dr', 'sir', 'general',
               'governor', 'secretary', 'sheikh', 'emir', 'prince', 'sultan', 'foreign', 'chairman', 'professor', 'lord', 'dame'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MONTH_ABBR = {'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'may': 5, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12}
REL0 = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
REL1 = ['yesterday', 'last night']

AVOID_RAW = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi)"
USED_RAW = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Bento Gonçalves 2019; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingstown 2024; Kinshasa 2012; Kiruna 2013; Kraków 2021; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lahore 1974; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Moncton 1999; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Osaka 1995; Osaka 2019; Oslo 2023; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"

errors = []
def err(msg):
    errors.append(msg)

SPECIAL = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ð': 'd', 'Ð': 'D', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'þ': 'th', 'đ': 'd', 'ı': 'i'}
def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", '').replace('\u2019', '').replace('\u2018', '')
    return s.lower()
def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))
def has_seq(toks, seq):
    n = len(seq)
    return n > 0 and any(toks[i:i + n] == seq for i in range(len(toks) - n + 1))

def city_forms(raw_list):
    out = set()
    for c in raw_list:
        m = re.match(r'^(.*?)\s*\((.*)\)$', c.strip())
        if m:
            out.add(fold(m.group(1))); out.add(fold(m.group(2)))
        else:
            out.add(fold(c.strip()))
    return out
AVOID = city_forms(AVOID_RAW.split(', '))
USED = set()
for item in USED_RAW.split('; '):
    m = re.match(r'^(.*) (\d{4})$', item.strip())
    USED.add((fold(m.group(1)), int(m.group(2))))

def parse_date(s, what):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err('%s: not an ISO date: %r' % (what, s)); return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err('%s: date does not exist: %r' % (what, s)); return None

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 75)]
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
                sa = f.get('same_as')
                if isinstance(sa, str) and sa:
                    slugs.add(sa); prefixes.add(sa.split('-')[0])
    return ids, slugs, prefixes, summits

def sentence_bounded(text, i, j):
    if i > 0 and text[i - 1] != '\n':
        k = i - 1
        if text[k] != ' ':
            return False
        k -= 1
        if k >= 0 and text[k] in '"\u201d\u2019)':
            k -= 1
        if not (k >= 0 and text[k] in '.!?:'):
            return False
        if text[k] == ':':
            # only after a transcript speaker label at the start of the line
            ls = text.rfind('\n', 0, k) + 1
            if not re.fullmatch(r"[A-Z][A-Z' .-]+", text[ls:k]):
                return False
    if j < len(text) and text[j] != '\n':
        if text[j] != ' ':
            return False
        last = text[j - 1]
        if last in '"\u201d':
            if text[j - 2] not in '.!?,':
                return False
        elif last not in '.!?':
            return False
    return True

def quoted_spans(line, style):
    spans = []
    if style == 'straight':
        parts = line.split('"')
        spans = parts[1::2]
    else:
        for m in re.finditer('\u201c([^\u201c\u201d]*)\u201d', line):
            spans.append(m.group(1))
    return spans

def main():
    if not os.path.exists(GOLD):
        err('gold file missing'); return
    gold = json.load(open(GOLD, encoding='utf-8'))
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles'); return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text does not begin with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('articles is not a list'); return
    e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    if any(isinstance(x, str) and x.startswith('h77_') for x in e_ids):
        err('prefix h77 already used in earlier gold')
    e_city_years = {(fold(c or ''), int(sd[:4])) for (_, c, sd) in e_summits if isinstance(sd, str) and len(sd) >= 4}
    e_summit_set = {(o, fold(c or ''), sd) for (o, c, sd) in e_summits}

    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    seen_ids = set()
    per = {}
    totals = collections.Counter()
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err('article keys wrong or out of order: %r' % (list(a.keys()) if isinstance(a, dict) else a)); continue
        aid = a['id']
        if not isinstance(aid, str) or aid in seen_ids:
            err('bad or duplicate id %r' % aid); continue
        seen_ids.add(aid)
        if aid not in REG:
            err('%s: id not registered in check.py' % aid); continue
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        style, tail, staff = REG[aid]
        if a['split'] != 'heldout77':
            err('%s: split must be heldout77' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/<id>.txt' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid); continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s already exists in tests/gold/articles (fine after the move)' % aid)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if len(lines) < 8:
            err('%s: too few lines' % aid); continue
        # header
        if a['title'] != lines[0]:
            err('%s: title differs from headline' % aid)
        head_len = sum(len(l) + 1 for l in lines[:4])
        if lines[4] != '':
            err('%s: line 5 should be blank' % aid)
        tmatch = [m.start() + 1 for m in re.finditer('\n' + re.escape(tail), text)]
        if len(tmatch) != 1:
            err('%s: tail marker %r found %d times at a line start' % (aid, tail, len(tmatch))); continue
        tail_i = tmatch[0]
        body = text[head_len:tail_i]
        noise = '\n'.join(lines[1:4]) + '\n' + text[tail_i:]
        headline_body = lines[0] + '\n' + body
        fold_toks = tokens(headline_body)
        bw, fw = len(body.split()), len(text.split())
        if not 420 <= bw <= 600:
            err('%s: body has %d words (420-600)' % (aid, bw))
        if fw > 700:
            err('%s: file has %d words (max 700)' % (aid, fw))
        # quote style
        if style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
            for ln in text.split('\n'):
                depth = 0
                for ch in ln:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1: err('%s: nested curly double marks: %s' % (aid, ln[:60])); break
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0: err('%s: unopened curly double mark: %s' % (aid, ln[:60])); break
                if depth > 0: err('%s: unclosed curly double mark: %s' % (aid, ln[:60]))
        else:
            if any(c in text for c in '\u201c\u201d\u2018\u2019'):
                err('%s: curly mark in a straight article' % aid)
            for ln in text.split('\n'):
                if ln.count('"') % 2:
                    err('%s: odd number of double marks on a line: %s' % (aid, ln[:60]))
        if any(c in noise or c in lines[0] for c in '"\u201c\u201d'):
            err('%s: double quotation mark in headline or page noise' % aid)
        OPEN, CLOSE = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        apos_bad = '\u2019' if style == 'straight' else "'"
        # published_at and outlet line
        pub = parse_date(a['published_at'], aid + ' published_at')
        outlet_line = lines[1]
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            if not re.search(r'\b%s\b' % wd, outlet_line) or not re.search(r'\b%s %d, %d\b' % (MONTHS[pub.month - 1], pub.day, pub.year), outlet_line):
                err('%s: outlet line does not give %s, %s %d, %d' % (aid, wd, MONTHS[pub.month - 1], pub.day, pub.year))
            for w in WEEKDAYS:
                if w != wd and re.search(r'\b%s\b' % w, outlet_line):
                    err('%s: other weekday %s on the outlet line' % (aid, w))
        outlet = outlet_line.split('|')[0].strip()
        # authors and staff
        if not isinstance(a['authors'], list) or not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors must be a non-empty list of names' % aid)
        person_keys = set()
        for name in a['authors']:
            if not re.search(re.escape(name), lines[2]):
                err('%s: author %r not in byline' % (aid, name))
            person_keys.add('person:' + '-'.join(tokens(name)))
        for name in staff:
            if name not in noise:
                err('%s: credited staff %r not in page noise' % (aid, name))
            person_keys.add('person:' + '-'.join(tokens(name)))
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys wrong' % aid); continue
        org = s['organization']
        if org not in ORG_NAMES:
            err('%s: organisation %r not among the bodies allowed' % (aid, org))
        for k in ['city', 'country']:
            if not isinstance(s[k], str) or not s[k].strip():
                err('%s: summit %s empty' % (aid, k))
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed: err('%s: start after end' % aid)
            if (ed - sd).days > 6: err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication not between start and three weeks after the end' % aid)
            fc = fold(s['city'])
            if fc in AVOID:
                err('%s: city %s is on the avoid list' % (aid, s['city']))
            if (fc, sd.year) in USED or (fc, ed.year) in USED:
                err('%s: city and year on the used list' % aid)
            if (fc, sd.year) in e_city_years:
                err('%s: city and year used by an earlier summit' % aid)
            if (org, fc, s['start_date']) in e_summit_set:
                err('%s: same summit in earlier gold' % aid)
        # id form
        m = re.fullmatch(r'h77_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)', aid)
        if not m:
            err('%s: id not of the form h77_<org>_<city>_<slug>' % aid)
        else:
            if ID_ORG.get(org) != m.group(1):
                err('%s: id org part does not match %s' % (aid, org))
            if ''.join(tokens(s['city'])) != m.group(2):
                err('%s: id city part does not match %s' % (aid, s['city']))
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields must be a non-empty subset of the five fields in canonical order' % aid)
            tf = []
        if 'organization' in tf and not any(has_seq(fold_toks, tokens(n)) for n in ORG_NAMES.get(org, [])):
            err('%s: organisation name not in text' % aid)
        for k in ['city', 'country']:
            if k in tf and not has_seq(fold_toks, tokens(s[k])):
                err('%s: %s %r not in text' % (aid, k, s[k]))
        for k, dt in [('start_date', sd), ('end_date', ed)]:
            if k in tf and dt and pub:
                if not date_supported(body, dt, pub):
                    err('%s: %s %s not supported by the text' % (aid, k, dt))
        # participants
        parts = a['participants']
        pkeys = []
        if not isinstance(parts, list):
            err('%s: participants not a list' % aid); parts = []
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys wrong: %r' % (aid, p)); continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err('%s: malformed participant key %r' % (aid, k)); continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            toks = k[len('person:'):].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: title word as first token of %s' % (aid, k))
            if not has_seq(fold_toks, toks):
                err('%s: name of %s not in headline or body' % (aid, k))
            if k in person_keys:
                err('%s: author or credited staff listed as participant: %s' % (aid, k))
            for f in ['role', 'affiliation']:
                if not isinstance(p[f], str) or not p[f].strip():
                    err('%s: empty %s for %s' % (aid, f, k))
                elif apos_bad in p[f]:
                    err('%s: wrong apostrophe style in %s of %s' % (aid, f, k))
        # quotes
        quotes = a['quotes']
        if not isinstance(quotes, list):
            err('%s: quotes not a list' % aid); quotes = []
        pos = -1
        qtexts = []
        for q in quotes:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys wrong: %r' % (aid, q)); continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person:[a-z0-9]+(-[a-z0-9]+)+|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})', sk):
                err('%s: malformed speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            t = q['text']
            if not isinstance(t, str) or not t or t != t.strip():
                err('%s: bad quote text %r' % (aid, t)); continue
            full = OPEN + t + CLOSE
            i = body.find(full, pos + 1)
            if i < 0:
                err('%s: quote not found in body after the previous one: %r' % (aid, t[:50]))
            else:
                pos = i
            qtexts.append(t)
        nqs = a['not_quotes']
        if not isinstance(nqs, list) or not all(isinstance(x, str) and x for x in nqs):
            err('%s: not_quotes must be a list of strings' % aid); nqs = []
        for t in nqs:
            if OPEN + t + CLOSE not in body:
                err('%s: not_quote not found: %r' % (aid, t))
        spans = []
        for ln in body.split('\n'):
            spans.extend(quoted_spans(ln, style))
        if collections.Counter(spans) != collections.Counter(qtexts + nqs):
            missing = collections.Counter(spans) - collections.Counter(qtexts + nqs)
            extra = collections.Counter(qtexts + nqs) - collections.Counter(spans)
            err('%s: quoted spans and annotations differ: unannotated %r, unmatched %r' % (aid, list(missing), list(extra)))
        # facts
        facts = a['facts']
        if not isinstance(facts, list) or not facts:
            err('%s: facts must be a non-empty list' % aid); facts = []
        all_ev = []
        slugs = {}
        prefixes = set()
        for f in facts:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys wrong: %r' % (aid, f)); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or any(k not in FACT_KINDS for k in kinds):
                err('%s: bad fact kind %r' % (aid, kinds))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+', sa):
                err('%s: malformed same_as %r' % (aid, sa)); continue
            if sa in slugs:
                err('%s: same_as %s repeated in the article' % (aid, sa))
            slugs[sa] = tuple(kinds) if isinstance(kinds, list) else ()
            prefixes.add(sa.split('-')[0])
            if sa in e_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sa))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence must be a non-empty list (%s)' % (aid, sa)); continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: bad evidence string %r' % (aid, e)); continue
                if e == lines[0]:
                    all_ev.append(e); continue
                i = text.find(e, head_len)
                ok = False
                while 0 <= i and i + len(e) <= tail_i:
                    if sentence_bounded(text, i, i + len(e)):
                        ok = True; break
                    i = text.find(e, i + 1)
                if not ok:
                    err('%s: evidence not found as whole sentences in headline or body (%s): %r' % (aid, sa, e[:70]))
                all_ev.append(e)
        for t in qtexts:
            if not any(OPEN + t + CLOSE in e for e in all_ev):
                err('%s: quote outside every evidence string: %r' % (aid, t[:50]))
        if len(prefixes) != 1:
            err('%s: expected exactly one same_as prefix, got %r' % (aid, sorted(prefixes)))
        else:
            pf = prefixes.pop()
            if sd and not pf.endswith('%02d' % (sd.year % 100)):
                err('%s: prefix %s does not end with the summit year' % (aid, pf))
            if pf in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pf))
            per[aid] = dict(prefix=pf, outlet=outlet, summit=(org, s['city'], s['country'], s['start_date'], s['end_date']), slugs=slugs)
        nd = sum(1 for q in quotes if isinstance(q, dict) and q.get('kind') == 'direct')
        print('%-40s quotes %d (%d/%d) not_quotes %d participants %d facts %d words %d body %d' % (
            aid, len(quotes), nd, len(quotes) - nd, len(nqs), len(parts), len(facts), fw, bw))
        totals['quotes'] += len(quotes); totals['direct'] += nd; totals['not_quotes'] += len(nqs)
        totals['participants'] += len(parts); totals['facts'] += len(facts)
        for f in facts:
            if isinstance(f, dict) and isinstance(f.get('kind'), list):
                for k in f['kind']:
                    totals['kind:' + k] += 1
    # folder contents
    ids = [a.get('id') for a in arts if isinstance(a, dict)]
    for f in txts:
        if f[:-4] not in ids:
            err('stray .txt file in folder: %s' % f)
    # shape
    if len(arts) != 8:
        err('expected 8 articles, got %d' % len(arts))
    groups = collections.defaultdict(list)
    for aid, info in per.items():
        groups[(info['summit'][0], info['summit'][1], info['summit'][3])].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits: 3 pairs and 2 singles, got sizes %r' % sizes)
    pref_owner = {}
    for key, members in groups.items():
        pfs = {per[m]['prefix'] for m in members}
        if len(pfs) != 1:
            err('summit %r uses several prefixes %r' % (key, pfs))
        for pf in pfs:
            if pf in pref_owner and pref_owner[pf] != key:
                err('prefix %s shared by two summits' % pf)
            pref_owner[pf] = key
        if len(members) == 2:
            x, y = per[members[0]], per[members[1]]
            if x['outlet'] == y['outlet']:
                err('pair %r from the same outlet' % (members,))
            if x['summit'] != y['summit']:
                err('pair %r disagrees on summit data' % (members,))
            shared = sorted(set(x['slugs']) & set(y['slugs']))
            if len(shared) < 5:
                err('pair %r shares only %d slugs' % (members, len(shared)))
            for sl in shared:
                if x['slugs'][sl] != y['slugs'][sl]:
                    err('pair %r: shared slug %s has different kinds' % (members, sl))
            print('shared %s (%d): %s' % (key[1], len(shared), ', '.join(shared)))
    print('totals: ' + ', '.join('%s %d' % kv for kv in sorted(totals.items())))

def date_supported(body, dt, pub):
    fb = fold(body)
    # month and day(s): "June 10", "Aug 26", "August 30 and 31", "May 23 to 26"
    for m in re.finditer(r'\b([a-z]{3,9})\.? (\d{1,2})((?:(?:,| and| to|-|\u2013| or) ?\d{1,2})*)\b', fb):
        name = m.group(1)
        mon = None
        if name in [x.lower() for x in MONTHS]:
            mon = [x.lower() for x in MONTHS].index(name) + 1
        elif name in MONTH_ABBR:
            mon = MONTH_ABBR[name]
        if mon != dt.month:
            continue
        days = [int(m.group(2))] + [int(d) for d in re.findall(r'\d{1,2}', m.group(3))]
        if dt.day in days:
            return True
    dist = (pub - dt).days
    if 0 <= dist <= 6 and re.search(r'\b%s\b' % WEEKDAYS[dt.weekday()].lower(), fb):
        return True
    if dist == 0 and any(re.search(r'\b%s\b' % w, fb) for w in REL0):
        return True
    if dist == 1 and any(re.search(r'\b%s\b' % w, fb) for w in REL1):
        return True
    return False

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:
        import traceback; traceback.print_exc()
        err('crash: %r' % ex)
    if errors:
        for e in errors:
            print('ERROR: ' + e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout77 passes')
    sys.exit(0)
