#!/usr/bin/env python3
"""Validator for the heldout71 gold set (written from scratch for round 71).

Checks tests/gold/pending/heldout71/heldout71_gold.json against the article
files in the same folder and exits 1 on any error.  Earlier gold files are
opened by exact name only (tests/gold/facts_gold.json and
tests/gold/heldoutN_gold.json for N = 5..69); set H71_EARLIER to point to
another copy of tests/gold.
"""
import calendar, collections, datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H71_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout71_gold.json')
OPENING = ('Held-out set round 71 (split=heldout71), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

# ---- registry -------------------------------------------------------------
REGISTRY = {
    'h71_v4_krakow_merganser': dict(style='straight', tail='(Reporting by',
        staff=['Radim Vacula-Ezeanya', 'Blanka Petrikova-Rosewarne', 'Ottokar Penhaligon-Oyewole']),
    'h71_v4_krakow_danubian': dict(style='curly', tail='More analysis:', staff=[]),
    'h71_celac_kingstown_beacon': dict(style='curly', tail='Related:', staff=[]),
    'h71_celac_kingstown_hemisfera': dict(style='straight', tail='Read next:', staff=[]),
    'h71_ibero_cartagena_pizarra': dict(style='curly', tail='Related:', staff=[]),
    'h71_ibero_cartagena_alisio': dict(style='straight', tail='[END OF SEGMENT]', staff=[]),
    'h71_turkic_nakhchivan_silkhaul': dict(style='curly', tail='Related:', staff=[]),
    'h71_igad_entebbe_nilein': dict(style='straight', tail='Related:', staff=[]),
}
ORG_NAMES = {
    'org:visegrad-group': ['Visegrad Group'],
    'org:celac': ['CELAC', 'Community of Latin American and Caribbean States'],
    'org:ibero-american-summit': ['Ibero-American Summit'],
    'org:turkic-council': ['Turkic Council', 'Cooperation Council of Turkic Speaking States'],
    'org:igad': ['IGAD', 'Intergovernmental Authority on Development'],
}
COUNTRY_ALIASES = {'Saint Vincent and the Grenadines': ['St Vincent and the Grenadines']}
AVOID = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata, Almaty, Doha, Rarotonga, Avarua, Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod"""
USED = """Abidjan 2012; Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Osaka 1995; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"""
TITLE_WORDS = set('''president prime minister king queen prince princess dr mr mrs ms miss sir dame lord lady sheikh shaikh emir amir
sultan general gen colonel col chancellor secretary senator sen governor gov mayor premier chairman chairwoman chair
pope rev reverend professor prof ambassador commissioner foreign vice deputy acting leader judge justice admiral marshal
captain capt major maj lieutenant lt sergeant father brother sister saint crown hon honourable excellency his her
speaker director dean rector chief head commander cardinal archbishop bishop imam rabbi ayatollah mullah comrade madam
madame monsieur senor senora minister-president field army'''.split())
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
WEEKDAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)[1:]
MONTH_ABBR = {m: [m, m[:3], m[:3] + '.'] + (['Sept', 'Sept.'] if m == 'September' else []) for m in MONTHS}
RELATIVE = {0: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'], 1: ['yesterday', 'last night']}

errors = []
def err(msg):
    errors.append(msg)

EXTRA = str.maketrans({'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'ı': 'i'})
def fold(s):
    s = s.translate(EXTRA)
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()
def toks(s):
    return re.findall(r'[a-z0-9]+', fold(s))
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))
def isodate(s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            return None
        return datetime.date.fromisoformat(s)
    except (ValueError, TypeError):
        return None

# ---- earlier gold ---------------------------------------------------------
def load_earlier():
    ids, summits, slugs = set(), [], set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 70)]
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            err('earlier gold file missing: %s' % p)
            continue
        with open(p, encoding='utf-8') as fh:
            d = json.load(fh)
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    return ids, summits, slugs

# ---- quotes in text ---------------------------------------------------------
def spans(text, style):
    """(start, inner text) for every double-quoted span, per line."""
    out = []
    pos = 0
    for line in text.split('\n'):
        if style == 'straight':
            idx = [m.start() for m in re.finditer('"', line)]
            for a, b in zip(idx[0::2], idx[1::2]):
                out.append((pos + a, line[a + 1:b]))
        else:
            opened = None
            for i, c in enumerate(line):
                if c == '\u201c':
                    opened = i
                elif c == '\u201d' and opened is not None:
                    out.append((pos + opened, line[opened + 1:i]))
                    opened = None
        pos += len(line) + 1
    return out

def check_marks(aid, text, style):
    if style == 'straight':
        for ch in '\u201c\u201d\u2018\u2019':
            if ch in text:
                err('%s: curly mark %r in a straight article' % (aid, ch))
        for n, line in enumerate(text.split('\n'), 1):
            if line.count('"') % 2:
                err('%s: odd number of straight double marks on line %d' % (aid, n))
    else:
        if '"' in text or "'" in text:
            err('%s: straight mark in a curly article' % aid)
        if '\u2018' in text:
            err('%s: opening single curly mark' % aid)
        for n, line in enumerate(text.split('\n'), 1):
            depth = 0
            for c in line:
                if c == '\u201c':
                    if depth:
                        err('%s: nested opening mark on line %d' % (aid, n))
                    depth = 1
                elif c == '\u201d':
                    if not depth:
                        err('%s: unopened closing mark on line %d' % (aid, n))
                    depth = 0
            if depth:
                err('%s: unclosed mark on line %d' % (aid, n))

def marks(style):
    return ('"', '"') if style == 'straight' else ('\u201c', '\u201d')

LABEL = re.compile(r'^[A-Z][A-Z .\'\u2019-]+: ')
def bounded(line, ev):
    start = 0
    while True:
        i = line.find(ev, start)
        if i < 0:
            return False
        j = i + len(ev)
        pre = line[:i]
        ok_start = (i == 0 or re.search(r'[.?!]["\u201d\u2019]? $', pre) is not None
                    or (LABEL.match(pre) is not None and LABEL.match(pre).end() == i))
        ok_end = (j == len(line) or (line[j] == ' ' and ev[-1] in '.?!"\u201d\u2019'))
        if ok_start and ok_end:
            return True
        start = i + 1

def supported_date(d, pub, body_headline, folded):
    if d is None:
        return False
    m = MONTHS[d.month - 1]
    for name in MONTH_ABBR[m]:
        pat = re.escape(name) + r' (\d{1,2})(?:(?:,? and |-| to )(\d{1,2}))?(?!\d)'
        for mm in re.finditer(pat, body_headline):
            days = {int(mm.group(1))} | ({int(mm.group(2))} if mm.group(2) else set())
            if d.day in days:
                return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], body_headline):
        return True
    for w in RELATIVE.get(delta, []):
        if re.search(r'\b%s\b' % w, folded):
            return True
    return False

def main():
    earlier_ids, earlier_summits, earlier_slugs = load_earlier()
    earlier_prefixes = {s.split('-')[0] for s in earlier_slugs}
    earlier_idprefixes = {i.split('_')[0] for i in earlier_ids if i}
    avoid = {fold(c.strip()) for c in AVOID.split(',') if c.strip()}
    used = set()
    for item in USED.split(';'):
        item = item.strip()
        if item:
            m = re.fullmatch(r'(.+?) (\d{4})', item)
            if m:
                used.add((fold(m.group(1)), m.group(2)))
    try:
        with open(GOLD, encoding='utf-8') as fh:
            gold = json.load(fh)
    except Exception as e:
        err('cannot read gold: %s' % e)
        return
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text does not begin with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('articles is not a list')
        return
    if 'h71' in earlier_idprefixes:
        err('id prefix h71 already used in earlier gold')
    seen_ids = set()
    summit_of_prefix = {}
    groups = collections.defaultdict(list)
    totals = collections.Counter()
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ART_KEYS:
            err('article keys wrong: %s' % (list(a.keys()) if isinstance(a, dict) else a))
            continue
        aid = a['id']
        if not isinstance(aid, str) or not re.fullmatch(r'h71_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('bad id %r' % aid)
            continue
        if aid in seen_ids:
            err('duplicate id %s' % aid)
        seen_ids.add(aid)
        if aid in earlier_ids:
            err('%s: id used in earlier gold' % aid)
        reg = REGISTRY.get(aid)
        if reg is None:
            err('%s: id not registered in check.py' % aid)
            continue
        if a['split'] != 'heldout71':
            err('%s: split must be heldout71' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/%s.txt' % (aid, aid))
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        with open(path, encoding='utf-8') as fh:
            text = fh.read()
        lines = text.split('\n')
        style = reg['style']
        tail_idx = [i for i, l in enumerate(lines) if l.startswith(reg['tail'])]
        if not tail_idx or tail_idx[0] < 5:
            err('%s: tail marker %r not found' % (aid, reg['tail']))
            continue
        t = tail_idx[0]
        headline, outlet, byline = lines[0], lines[1], lines[2]
        body_lines = lines[4:t]
        noise = '\n'.join(lines[1:4] + lines[t:])
        body = '\n'.join(body_lines)
        hb = headline + '\n' + body
        hb_fold = fold(hb)
        hb_toks = toks(hb)
        # types
        for k in ('id', 'split', 'file', 'title', 'published_at'):
            if not isinstance(a[k], str):
                err('%s: %s must be a string' % (aid, k))
        for k in ('authors', 'quotes', 'not_quotes', 'participants', 'facts'):
            if not isinstance(a[k], list):
                err('%s: %s must be a list' % (aid, k))
        if a['title'] != headline:
            err('%s: title differs from headline' % aid)
        # words
        bw, fw = len(body.split()), len(text.split())
        if not 420 <= bw <= 600:
            err('%s: body has %d words' % (aid, bw))
        if fw > 700:
            err('%s: file has %d words' % (aid, fw))
        # marks
        check_marks(aid, text, style)
        if '"' in headline or '\u201c' in headline or '\u201d' in headline:
            err('%s: double mark in headline' % aid)
        if '"' in noise or '\u201c' in noise or '\u201d' in noise:
            err('%s: double mark in page noise' % aid)
        # publication date and outlet line
        pub = isodate(a['published_at'])
        if pub is None:
            err('%s: bad published_at' % aid)
            continue
        want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
        if want not in outlet:
            err('%s: outlet line lacks %r' % (aid, want))
        for w in WEEKDAYS:
            if w != WEEKDAYS[pub.weekday()] and w in outlet:
                err('%s: other weekday %s on outlet line' % (aid, w))
        outlet_name = outlet.split(' | ')[0].strip()
        # authors and staff
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors must be non-empty strings' % aid)
        people_not_participants = set()
        for au in a['authors']:
            if not has_seq(toks(byline), toks(au)):
                err('%s: author %s not in byline' % (aid, au))
            people_not_participants.add(tuple(toks(au)))
        for st in reg['staff']:
            if not has_seq(toks(noise), toks(st)):
                err('%s: credited staff %s not in page noise' % (aid, st))
            people_not_participants.add(tuple(toks(st)))
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys wrong' % aid)
            continue
        for k in FIELDS:
            if not isinstance(s[k], str) or not s[k]:
                err('%s: summit %s must be a non-empty string' % (aid, k))
        sd, ed = isodate(s['start_date']), isodate(s['end_date'])
        if sd is None or ed is None:
            err('%s: bad summit dates' % aid)
            continue
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        if not sd <= pub <= ed + datetime.timedelta(days=21):
            err('%s: publication outside start .. end+21 days' % aid)
        city = s['city']
        if fold(city) in avoid:
            err('%s: city %s is on the avoid list' % (aid, city))
        if (fold(city), str(sd.year)) in used:
            err('%s: %s %d is on the used list' % (aid, city, sd.year))
        for (o, c, st) in earlier_summits:
            if c and fold(c) == fold(city) and st and st[:4] == str(sd.year):
                err('%s: %s %d used by an earlier summit' % (aid, city, sd.year))
            if o == s['organization'] and c and fold(c) == fold(city) and st == s['start_date']:
                err('%s: same organisation, city and start date as an earlier summit' % aid)
        if s['organization'] not in ORG_NAMES:
            err('%s: organisation %s not registered' % (aid, s['organization']))
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or tf != [f for f in FIELDS if f in tf] or len(set(tf)) != len(tf):
            err('%s: text_fields must be a non-empty ordered subset' % aid)
            tf = []
        if 'organization' in tf and not any(has_seq(hb_toks, toks(n)) for n in ORG_NAMES.get(s['organization'], [])):
            err('%s: organisation not named in text' % aid)
        if 'city' in tf and not has_seq(hb_toks, toks(city)):
            err('%s: city not in text' % aid)
        if 'country' in tf and not any(has_seq(hb_toks, toks(n)) for n in [s['country']] + COUNTRY_ALIASES.get(s['country'], [])):
            err('%s: country not in text' % aid)
        for k, d in (('start_date', sd), ('end_date', ed)):
            if k in tf and not supported_date(d, pub, hb, hb_fold):
                err('%s: %s not supported by the text' % (aid, k))
        groups[(s['organization'], city, s['start_date'])].append((aid, outlet_name, s))
        # participants
        pkeys = set()
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != ['key', 'role', 'affiliation']:
                err('%s: participant keys wrong' % aid)
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.add(k)
            if k.startswith('person:'):
                name = k[7:].split('-')
                if name[0] in TITLE_WORDS:
                    err('%s: title in key %s' % (aid, k))
                if not has_seq(hb_toks, name):
                    err('%s: name of %s not in headline or body' % (aid, k))
                if tuple(name) in people_not_participants:
                    err('%s: author or staff member %s listed as participant' % (aid, k))
            for f in ('role', 'affiliation'):
                v = p[f]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, f, k))
                elif style == 'curly' and ("'" in v or '"' in v):
                    err('%s: straight mark in %s of %s' % (aid, f, k))
                elif style == 'straight' and ('\u2019' in v or '\u201c' in v):
                    err('%s: curly mark in %s of %s' % (aid, f, k))
        # quotes
        o, c = marks(style)
        found = spans(text, style)
        body_start = len(lines[0]) + 1 + len(lines[1]) + 1 + len(lines[2]) + 1 + len(lines[3]) + 1
        body_end = body_start + len(body)
        found_texts = collections.Counter(t_ for (pos, t_) in found)
        for (pos, t_) in found:
            if not body_start <= pos < body_end:
                err('%s: quoted span outside the body: %r' % (aid, t_))
        annotated = collections.Counter()
        last = -1
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != ['text', 'speaker_key', 'kind']:
                err('%s: quote keys wrong' % aid)
                continue
            if not isinstance(q['text'], str) or not q['text']:
                err('%s: empty quote' % aid)
                continue
            if q['kind'] not in ('direct', 'partial'):
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person:[a-z0-9]+(-[a-z0-9]+)*|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})', sk):
                err('%s: bad speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            m = o + q['text'] + c
            i = body.find(m)
            if i < 0:
                err('%s: quote not found with marks: %r' % (aid, q['text']))
                continue
            if i <= last:
                err('%s: quotes out of text order at %r' % (aid, q['text']))
            last = i
            annotated[q['text']] += 1
            if not any(m in e for f in a['facts'] if isinstance(f, dict) for e in (f.get('evidence') or [])):
                err('%s: quote not inside any evidence: %r' % (aid, q['text']))
            totals['quote_' + q['kind']] += 1
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or o + nq + c not in body:
                err('%s: not_quote not found: %r' % (aid, nq))
            annotated[nq] += 1
        if annotated != found_texts:
            err('%s: quoted spans and annotations differ: missing %s, extra %s' % (
                aid, dict(found_texts - annotated), dict(annotated - found_texts)))
        # facts
        prefixes = set()
        slugs = set()
        kinds_of = {}
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']:
                err('%s: fact keys wrong' % aid)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            k = f['kind']
            if not isinstance(k, list) or not k or len(set(k)) != len(k) or not set(k) <= FACT_KINDS:
                err('%s: bad fact kind %r' % (aid, k))
            else:
                for x in k:
                    totals['fact_' + x] += 1
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sa):
                err('%s: bad same_as %r' % (aid, sa))
                continue
            if sa in slugs:
                err('%s: same_as %s repeated' % (aid, sa))
            slugs.add(sa)
            kinds_of[sa] = tuple(k) if isinstance(k, list) else ()
            pre = sa.split('-')[0]
            prefixes.add(pre)
            if sa in earlier_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sa))
            if pre in earlier_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pre))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence must be a non-empty list (%s)' % (aid, sa))
                continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: evidence empty or with outer spaces (%s)' % (aid, sa))
                    continue
                if e == headline:
                    continue
                if not any(bounded(l, e) for l in body_lines):
                    if e in noise:
                        err('%s: evidence from page noise (%s): %r' % (aid, sa, e[:60]))
                    elif e in hb:
                        err('%s: evidence not sentence-bounded (%s): %r' % (aid, sa, e[:60]))
                    else:
                        err('%s: evidence not found (%s): %r' % (aid, sa, e[:60]))
        if len(prefixes) != 1:
            err('%s: facts must use exactly one prefix, found %s' % (aid, sorted(prefixes)))
        else:
            pre = prefixes.pop()
            key = (s['organization'], city, s['start_date'])
            if summit_of_prefix.setdefault(pre, key) != key:
                err('prefix %s shared by two summits' % pre)
            a['_prefix'] = pre
        a['_slugs'] = kinds_of
        totals['articles'] += 1
        totals['participants'] += len(a['participants'])
        totals['facts'] += len(a['facts'])
        totals['not_quotes'] += len(a['not_quotes'])
        print('%-34s quotes %2d  not_quotes %d  participants %2d  facts %2d  file words %3d  body words %3d' % (
            aid, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts']), fw, bw))
    # files in folder
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith('.txt') and fn[:-4] not in seen_ids:
            err('stray file %s' % fn)
    if set(REGISTRY) != seen_ids:
        err('registered ids and gold ids differ')
    # shape
    by_id = {a['id']: a for a in arts if isinstance(a, dict) and 'id' in a}
    sizes = sorted(len(v) for v in groups.values())
    if len(arts) != 8 or len(groups) != 5 or sizes != [1, 1, 2, 2, 2]:
        err('shape must be 8 articles, 5 summits, 3 pairs and 2 singles (got %d articles, sizes %s)' % (len(arts), sizes))
    for key, members in groups.items():
        if len(members) == 2:
            (a1, o1, s1), (a2, o2, s2) = members
            if o1 == o2:
                err('pair %s: same outlet' % (key,))
            if {k: v for k, v in s1.items() if k != 'text_fields'} != {k: v for k, v in s2.items() if k != 'text_fields'}:
                err('pair %s: summit data differ' % (key,))
            k1, k2 = by_id[a1].get('_slugs', {}), by_id[a2].get('_slugs', {})
            shared = sorted(set(k1) & set(k2))
            if len(shared) < 5:
                err('pair %s: only %d shared slugs' % (key, len(shared)))
            for sl in shared:
                if k1[sl] != k2[sl]:
                    err('pair %s: shared slug %s with different kinds' % (key, sl))
            print('shared %s: %d (%s)' % (key[1], len(shared), ', '.join(shared)))
    for a in arts:
        if isinstance(a, dict):
            a.pop('_slugs', None)
            a.pop('_prefix', None)
    print('totals:', dict(sorted(totals.items())))

try:
    main()
except Exception as e:
    import traceback
    traceback.print_exc()
    err('crash: %r' % e)
if errors:
    for e in errors:
        print('ERROR:', e)
    print('%d error(s)' % len(errors))
    sys.exit(1)
print('OK: heldout71 gold passes all checks')
