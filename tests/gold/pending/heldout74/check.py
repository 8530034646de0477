#!/usr/bin/env python3
"""Checker for the heldout74 gold set (written from scratch for round 74).

Validates heldout74_gold.json against the article .txt files in this folder and
against the earlier gold files (read by exact name only: facts_gold.json and
heldoutN_gold.json for N = 5..71 in tests/gold, or in $H74_EARLIER).
Exits 1 on any error (a crash also counts as an error)."""
import datetime, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H74_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout74_gold.json')
OPENING = ('Held-out set round 74 (split=heldout74), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

# ---- registries -----------------------------------------------------------
IDS = ['h74_threeseas_dubrovnik_shearwater', 'h74_threeseas_dubrovnik_regas',
       'h74_mercosur_bentogoncalves_pampero', 'h74_mercosur_bentogoncalves_vintrade',
       'h74_nordic_oslo_fjordgate', 'h74_nordic_oslo_skagerrak',
       'h74_mekong_siemreap_mainstream', 'h74_cis_moscow_ayrarat']
CURLY = {'h74_threeseas_dubrovnik_regas', 'h74_mercosur_bentogoncalves_vintrade',
         'h74_nordic_oslo_fjordgate', 'h74_mekong_siemreap_mainstream'}
TAIL = {'h74_threeseas_dubrovnik_shearwater': '(Reporting by',
        'h74_threeseas_dubrovnik_regas': 'Related:',
        'h74_mercosur_bentogoncalves_pampero': 'Read next:',
        'h74_mercosur_bentogoncalves_vintrade': 'Related:',
        'h74_nordic_oslo_fjordgate': 'Related:',
        'h74_nordic_oslo_skagerrak': '[END OF TRANSCRIPT]',
        'h74_mekong_siemreap_mainstream': 'More analysis:',
        'h74_cis_moscow_ayrarat': 'Comments (14)'}
STAFF = {'h74_threeseas_dubrovnik_shearwater': ['Jaroslaw Wegrzyn-Pontefract', 'Lavinia Trewhella-Anyanwu']}
ORG_NAMES = {'org:three-seas-initiative': ['Three Seas Initiative'],
             'org:mercosur': ['Mercosur', 'Southern Common Market'],
             'org:nordic-council': ['Nordic Council'],
             'org:mekong-river-commission': ['Mekong River Commission'],
             'org:cis': ['Commonwealth of Independent States', 'CIS']}
COUNTRY_ALIASES = {}
AVOID_TEXT = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam"
USED_TEXT = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingstown 2024; Kinshasa 2012; Kiruna 2013; Kraków 2021; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lahore 1974; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Osaka 1995; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"

ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
            'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLES = set('''mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister
premier chancellor king queen prince princess emir sheikh sultan general gen gov governor senator
sen rep representative mayor secretary ambassador chairman chair chairwoman judge justice pope
father rev reverend bishop cardinal colonel col major captain capt lieutenant admiral marshal
commander chief deputy foreign finance defence defense interior spokesman spokeswoman spokesperson
minister's his her hon honourable honorable excellency crown speaker leader head director
executive officer ceo mp mep councillor councilman adviser advisor envoy retired former outgoing
acting interim elect president-elect st saint h.e. haji hajji imam ayatollah'''.split())
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
REL0 = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
REL1 = ['yesterday', 'last night']

errors = []
def err(msg):
    errors.append(msg)

SPECIAL = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th',
           'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'ı': 'i', 'œ': 'oe', 'Œ': 'OE'}
def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()
def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not a valid ISO date: %r' % (where, s))
        return None

def city_list(text):
    out = set()
    for part in re.split(r',\s*', text.strip().rstrip('.')):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r'(.+?)\s*\((.+)\)', part)
        if m:
            out.add(fold(m.group(1))); out.add(fold(m.group(2)))
        else:
            out.add(fold(part))
    return out

def used_pairs(text):
    out = set()
    for item in text.split(';'):
        item = item.strip()
        if not item:
            continue
        m = re.fullmatch(r'(.+?)\s+(\d{4})', item)
        if not m:
            err('bad entry in the used list: %r' % item)
            continue
        out.add((fold(m.group(1)), int(m.group(2))))
    return out

def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 72)]
    ids, summits, slugs = set(), [], set()
    found = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.isfile(p):
            continue
        found += 1
        with open(p, encoding='utf-8') as fh:
            d = json.load(fh)
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city') or '', s.get('start_date') or ''))
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    if found == 0:
        err('no earlier gold file found in %s' % EARLIER)
    return ids, summits, slugs, found

def split_article(aid, text):
    lines = text.split('\n')
    if len(lines) < 6:
        err('%s: too few lines' % aid)
        return None
    tail_idx = None
    for i, ln in enumerate(lines):
        if i >= 4 and ln.startswith(TAIL[aid]):
            tail_idx = i
            break
    if tail_idx is None:
        err('%s: tail marker %r not found' % (aid, TAIL[aid]))
        return None
    if lines[4].strip() != '':
        err('%s: line 5 should be blank' % aid)
    return lines, tail_idx

def sentence_bounded(e, text, starts):
    """e occurs in text at one of starts; check start/end boundaries."""
    for i in starts:
        j = i + len(e)
        ok_start = (i == 0 or text[i - 1] == '\n'
                    or re.search(r'[.?!]["\u201d\u2019)]? $', text[max(0, i - 3):i]) is not None
                    or re.search(r'(^|\n)[A-Z][A-Z .\'-]+: $', text[max(0, i - 60):i]) is not None)
        ok_end = (j == len(text) or text[j] == '\n'
                  or (text[j] == ' ' and re.search(r'[.?!]["\u201d\u2019)]?$', e) is not None))
        if ok_start and ok_end:
            return True
    return False

def find_all(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out

def main():
    avoid = city_list(AVOID_TEXT)
    used = used_pairs(USED_TEXT)
    e_ids, e_summits, e_slugs, n_files = load_earlier()
    e_prefixes = {s.split('-')[0] for s in e_slugs}
    e_cityyears = {(fold(c), int(d[:4])) for _, c, d in e_summits if re.match(r'\d{4}', d)}
    e_orgcitydate = {(o, fold(c), d) for o, c, d in e_summits}
    print('earlier gold files read: %d (%d ids, %d slugs)' % (n_files, len(e_ids), len(e_slugs)))
    if any(i and i.split('_')[0] == 'h74' for i in e_ids):
        err('prefix h74 already used in earlier gold')

    with open(GOLD, encoding='utf-8') as fh:
        gold = json.load(fh)
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text must start with the required opening sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('articles must be a list'); return

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    want_files = sorted(a.get('id', '') + '.txt' for a in arts)
    if txt_files != want_files:
        err('txt files in folder %s do not match entries %s' % (txt_files, want_files))
    seen_ids = set()
    summit_groups = defaultdict(list)
    prefix_by_summit = defaultdict(set)
    totals = Counter()
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys %s' % (aid, list(a.keys()))); continue
        if aid not in IDS:
            err('%s: id not registered' % aid)
        if not re.fullmatch(r'h74_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('%s: malformed id' % aid)
        if aid in seen_ids:
            err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != 'heldout74':
            err('%s: split' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file field' % aid)
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles' % aid)
        for k in ['title', 'published_at']:
            if not isinstance(a[k], str) or not a[k]:
                err('%s: %s must be a non-empty string' % (aid, k))
        for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
            if not isinstance(a[k], list):
                err('%s: %s must be a list' % (aid, k))
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.isfile(path):
            err('%s: missing article file' % aid); continue
        with open(path, encoding='utf-8') as fh:
            text = fh.read()
        sp = split_article(aid, text)
        if sp is None:
            continue
        lines, tail_idx = sp
        headline, outlet_line, byline = lines[0], lines[1], lines[2]
        body = '\n'.join(lines[5:tail_idx])
        noise = '\n'.join(lines[1:5] + lines[tail_idx:])
        hb = headline + '\n' + body
        hb_tokens = tokens(hb)
        # word counts
        nbody = len(body.split()); nfile = len(text.split())
        if not 420 <= nbody <= 600:
            err('%s: body has %d words (420-600)' % (aid, nbody))
        if nfile > 700:
            err('%s: file has %d words (max 700)' % (aid, nfile))
        if a['title'] != headline:
            err('%s: title differs from headline' % aid)
        # quote style
        curly = aid in CURLY
        if curly:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
            depth = 0
            for c in text:
                if c == '\u201c':
                    if depth: err('%s: nested or unclosed curly quote' % aid)
                    depth = 1
                elif c == '\u201d':
                    if not depth: err('%s: unopened curly quote' % aid)
                    depth = 0
            if depth:
                err('%s: unclosed curly quote at end' % aid)
            spans = re.findall('\u201c([^\u201d]*)\u201d', body)
            o, c_ = '\u201c', '\u201d'
            if '\u201c' in headline + noise or '\u201d' in headline + noise:
                err('%s: double mark in headline or page noise' % aid)
        else:
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly mark in a straight article' % aid)
            for n, ln in enumerate(text.split('\n')):
                if ln.count('"') % 2:
                    err('%s: odd number of double marks on line %d' % (aid, n + 1))
            spans = re.findall(r'"([^"\n]*)"', body)
            o, c_ = '"', '"'
            if '"' in headline + noise:
                err('%s: double mark in headline or page noise' % aid)
        # dates
        pub = parse_date(a['published_at'], aid + ' published_at')
        wd = None
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            ol = fold(outlet_line)
            if wd not in ol:
                err('%s: weekday %s not on outlet line' % (aid, wd))
            for other in WEEKDAYS:
                if other != wd and other in ol:
                    err('%s: other weekday %s on outlet line' % (aid, other))
            if MONTHS[pub.month - 1] not in ol or not re.search(r'\b%d\b' % pub.day, ol) or str(pub.year) not in ol:
                err('%s: month, day or year of published_at missing on outlet line' % aid)
        # authors and staff
        for au in a['authors']:
            if not has_seq(tokens(byline), tokens(au)):
                err('%s: author %s not in byline' % (aid, au))
        for st in STAFF.get(aid, []):
            if not has_seq(tokens('\n'.join(lines[tail_idx:])), tokens(st)):
                err('%s: credited staff %s not in page noise' % (aid, st))
        people_not_part = {'person:' + '-'.join(tokens(x)) for x in a['authors'] + STAFF.get(aid, [])}
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys' % aid); continue
        for k in SUMMIT_KEYS[:-1]:
            if not isinstance(s[k], str) or not s[k]:
                err('%s: summit %s must be a non-empty string' % (aid, k))
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed: err('%s: start after end' % aid)
            if (ed - sd).days > 6: err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: published_at outside start .. end+21 days' % aid)
        if s['organization'] not in ORG_NAMES:
            err('%s: organization not registered' % aid)
        fc = fold(s['city'])
        if fc in avoid:
            err('%s: city %s is on the avoid list' % (aid, s['city']))
        if sd:
            if (fc, sd.year) in used:
                err('%s: city and year on the used list' % aid)
            if (fc, sd.year) in e_cityyears:
                err('%s: city and year used by an earlier summit entry' % aid)
            if (s['organization'], fc, s['start_date']) in e_orgcitydate:
                err('%s: same organisation, city and start date as an earlier summit' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields must be a non-empty subset of %s in order' % (aid, FIELDS))
            tf = []
        if 'city' in tf and not has_seq(hb_tokens, tokens(s['city'])):
            err('%s: city not in text' % aid)
        if 'country' in tf and not any(has_seq(hb_tokens, tokens(c)) for c in [s['country']] + COUNTRY_ALIASES.get(s['country'], [])):
            err('%s: country not in text' % aid)
        if 'organization' in tf and not any(has_seq(hb_tokens, tokens(n)) for n in ORG_NAMES.get(s['organization'], [])):
            err('%s: organization not named in text' % aid)
        fhb = ' '.join(hb_tokens)
        for fld, dt in (('start_date', sd), ('end_date', ed)):
            if fld not in tf or not dt or not pub:
                continue
            mon = '(?:%s|%s)' % (MONTHS[dt.month - 1], MONTH_ABBR[dt.month - 1])
            ok = bool(re.search(r'\b%s %d\b' % (mon, dt.day), fhb)
                      or re.search(r'\b%s \d{1,2} and %d\b' % (mon, dt.day), fhb)
                      or re.search(r'\b%d %s\b' % (dt.day, mon), fhb))
            dist = (pub - dt).days
            if not ok and 0 <= dist <= 6 and re.search(r'\b%s\b' % WEEKDAYS[dt.weekday()], fhb):
                ok = True
            if not ok and dist == 0 and any(re.search(r'\b%s\b' % w, fhb) for w in REL0):
                ok = True
            if not ok and dist == 1 and any(re.search(r'\b%s\b' % w, fhb) for w in REL1):
                ok = True
            if not ok:
                err('%s: %s not supported by the text' % (aid, fld))
        summit_groups[(s['organization'], s['city'], s['start_date'])].append(a)
        # participants
        pkeys = set()
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys %r' % (aid, p)); continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: malformed participant key %r' % (aid, k)); continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.add(k)
            toks = k[len('person:'):].split('-')
            if toks[0] in TITLES:
                err('%s: title as first token of %s' % (aid, k))
            if not has_seq(hb_tokens, toks):
                err('%s: name of %s not found in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: %s of %s empty' % (aid, fld, k)); continue
                if curly and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
                if not curly and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
            if k in people_not_part:
                err('%s: author or credited staff listed as participant: %s' % (aid, k))
        # quotes
        pos = 0
        annotated = []
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys %r' % (aid, q)); continue
            if q['kind'] not in ('direct', 'partial'):
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err('%s: malformed speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            t = q['text']
            if not isinstance(t, str) or not t:
                err('%s: empty quote text' % aid); continue
            marked = o + t + c_
            i = body.find(marked, pos)
            if i < 0:
                if body.find(marked) >= 0:
                    err('%s: quote out of text order: %r' % (aid, t))
                else:
                    err('%s: quote not found with its marks in body: %r' % (aid, t))
            else:
                pos = i + 1
            annotated.append(t)
            ev_all = [e for f in a['facts'] if isinstance(f, dict) for e in f.get('evidence', [])]
            if not any(marked in e for e in ev_all):
                err('%s: quote not inside any evidence string: %r' % (aid, t))
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or not nq:
                err('%s: bad not_quote %r' % (aid, nq)); continue
            if (o + nq + c_) not in body:
                err('%s: not_quote not found with marks: %r' % (aid, nq))
            annotated.append(nq)
        if Counter(spans) != Counter(annotated):
            err('%s: quoted spans and annotations differ: unannotated %s, extra %s' % (
                aid, list((Counter(spans) - Counter(annotated)).elements()),
                list((Counter(annotated) - Counter(spans)).elements())))
        # facts
        slugs_here = []
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys %r' % (aid, f)); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or any(k not in FACT_KINDS for k in kd):
                err('%s: bad kind %r' % (aid, kd))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*', sa):
                err('%s: malformed same_as %r' % (aid, sa)); continue
            slugs_here.append(sa)
            if sa in e_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sa))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence must be a non-empty list (%s)' % (aid, sa)); continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: bad evidence string in %s: %r' % (aid, sa, e)); continue
                if e == headline:
                    continue
                st = find_all(body, e)
                if not st:
                    if e in noise:
                        err('%s: evidence from page noise in %s: %r' % (aid, sa, e))
                    else:
                        err('%s: evidence not found in %s: %r' % (aid, sa, e))
                elif not sentence_bounded(e, body, st):
                    err('%s: evidence not sentence-bounded in %s: %r' % (aid, sa, e))
        if len(set(slugs_here)) != len(slugs_here):
            err('%s: slug repeated within article' % aid)
        prefixes = {x.split('-')[0] for x in slugs_here}
        if len(prefixes) != 1:
            err('%s: articles must use exactly one slug prefix, got %s' % (aid, prefixes))
        for pf in prefixes:
            if pf in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pf))
            if sd and not pf.endswith('%02d' % (sd.year % 100)):
                err('%s: prefix %s does not carry the summit year' % (aid, pf))
            prefix_by_summit[pf].add((s['organization'], s['city'], s['start_date']))
        nq = len(a['quotes'])
        totals.update(quotes=nq, direct=sum(q.get('kind') == 'direct' for q in a['quotes']),
                      partial=sum(q.get('kind') == 'partial' for q in a['quotes']),
                      not_quotes=len(a['not_quotes']), participants=len(a['participants']),
                      facts=len(a['facts']))
        print('%-42s quotes %d not_quotes %d participants %d facts %d words %d/%d' % (
            aid, nq, len(a['not_quotes']), len(a['participants']), len(a['facts']), nfile, nbody))
    if sorted(seen_ids) != sorted(IDS):
        err('registered ids and gold ids differ')
    for pf, ss in prefix_by_summit.items():
        if len(ss) > 1:
            err('prefix %s shared by several summits' % pf)
    # shape
    sizes = sorted(len(v) for v in summit_groups.values())
    if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]:
        err('shape must be 8 articles over 5 summits (3 pairs, 2 singles); got sizes %s' % sizes)
    for key, grp in summit_groups.items():
        if len(grp) != 2:
            continue
        a1, a2 = grp
        outl = []
        for a in grp:
            with open(os.path.join(HERE, a['id'] + '.txt'), encoding='utf-8') as fh:
                outl.append(fh.read().split('\n')[1].split(' | ')[0].strip())
        if outl[0] == outl[1]:
            err('pair %s: same outlet' % (key,))
        for k in SUMMIT_KEYS[:-1]:
            if a1['summit'][k] != a2['summit'][k]:
                err('pair %s: summit %s differs' % (key, k))
        f1 = {f['same_as']: f['kind'] for f in a1['facts']}
        f2 = {f['same_as']: f['kind'] for f in a2['facts']}
        shared = sorted(set(f1) & set(f2))
        if len(shared) < 5:
            err('pair %s: only %d shared slugs' % (key, len(shared)))
        for sl in shared:
            if f1[sl] != f2[sl]:
                err('pair %s: shared slug %s has different kinds' % (key, sl))
        print('pair %s / %s shares %d slugs: %s' % (a1['id'], a2['id'], len(shared), ', '.join(shared)))
    print('totals: %d quotes (%d direct, %d partial), %d not_quotes, %d participants, %d facts' % (
        totals['quotes'], totals['direct'], totals['partial'], totals['not_quotes'],
        totals['participants'], totals['facts']))

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % ex)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout74 passes')
    sys.exit(0)
