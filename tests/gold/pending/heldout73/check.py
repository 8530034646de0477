#!/usr/bin/env python3
"""Checker for the heldout73 gold set (written from scratch for round 73).

Validates heldout73_gold.json against the article files in this folder and
exits 1 on any error. Only this folder is listed; earlier gold files are opened
by exact name (tests/gold/facts_gold.json, tests/gold/heldoutN_gold.json for
N = 5..69) and only their ids, summit entries and same_as slugs are read.
Set H73_EARLIER to point at another tests/gold folder when running on a copy.
"""
import datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H73_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout73_gold.json')
OPENING = ('Held-out set round 73 (split=heldout73), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
USED_CITY_YEARS = "Abidjan 2012; Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingstown 2024; Kinshasa 2012; Kiruna 2013; Kraków 2021; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Osaka 1995; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID_CITIES = """Astana; Paris; Reykjavik; Sanya; Kathmandu; San Pedro Sula; Majuro; Abuja; Nusa Dua; Bali; Johannesburg; Nairobi;
Kuwait City; Windhoek; Cadiz; Caracas; Sharm el-Sheikh; Baku; Ulaanbaatar; Mecca; Tehran; Dushanbe; Asunción; Vilnius; Prague;
Bangkok; Cairo; Cebu; Veracruz; Antananarivo; Chisinau; Sochi; Kiruna; Addu City; Rancho Mirage; Arusha; New Delhi; Xi'an; Goyang;
Islamabad; Kigali; Warsaw; Port of Spain; Tokyo; Stockholm; Dili; Accra; Yekaterinburg; Puerto Iguazú; Valletta; Tashkent;
Mexico City; Naypyidaw; Algiers; Harare; Yerevan; Auckland; Niamey; Madrid; Miami; Suva; Camp David; Istanbul; Djerba; Lima;
Washington; Thimphu; Santo Domingo; Manama; Lilongwe; Huntsville; Maputo; Samara; Putrajaya; Puerto Vallarta; Toyako; Damascus;
Dhaka; Monterrey; Brussels; Elmau; Phnom Penh; Rovaniemi; Colombo; Djibouti; Monrovia; Bratislava; Cancún; Coolum; Beijing;
Beirut; Genoa; Malabo; Bandar Seri Begawan; Brasília; Alma-Ata; Almaty; Doha; Rarotonga; Avarua; Durban; Ouro Preto; Banjul;
Vientiane; Santiago; Luanda; Copenhagen; Vancouver; Khartoum; Baghdad; Rome; Bishkek; Birmingham; Budapest; Addis Ababa; Belén;
Singapore; London; Helsinki; Córdoba; Victoria Falls; Labuan Bajo; Kuala Lumpur; Yokohama; Montreux; Edinburgh; Nouakchott;
Visegrád; Shanghai; Puerto Varas; Cholpon-Ata; Nanjing; Bogor; Denver; Lomé; Ushuaia; Rostov-on-Don; Lyon; Quebec City; Hanoi;
Gaborone; Santa Fe; Barcelona; Cairns; Sirte; Quito; Riga; Seattle; N'Djamena; Khanty-Mansiysk; Muscat; Montego Bay; Houston;
Nassau; Amman; Seoul; Lusaka; Halifax; Gothenburg; Tunis; Hua Hin; Cha-am; Mendoza; Havana; Lisbon; Alofi; Ouagadougou;
St Petersburg; Osaka; Riyadh; The Hague; Blantyre; Santa Cruz de la Sierra; Bucharest; Bariloche; Bamako; Ashgabat; Malé;
Kananaskis; Tirana; Montevideo; Abidjan; Jakarta; Nuuk; Manila; Georgetown; Dakar; Nizhny Novgorod; Antigua Guatemala; Cali;
Santa Maria; Sal; Melbourne; Visby; Kraków; Kingstown; Cartagena; Nakhchivan; Entebbe"""

# ---- registries --------------------------------------------------------
IDS = {  # id -> (tail marker, quote style)
    'h73_g8_cologne_gorseway': ('(Additional reporting by', 'straight'),
    'h73_g8_cologne_wychwood': ('Next week:', 'curly'),
    'h73_euau_tripoli_khamsin': ('Read next:', 'straight'),
    'h73_euau_tripoli_makuti': ('[END OF SEGMENT]', 'straight'),
    'h73_apec_loscabos_cardon': ('Fishing Report:', 'curly'),
    'h73_apec_loscabos_mangrove': ('More analysis:', 'straight'),
    'h73_sadc_pretoria_mukwa': ('Send us your views:', 'curly'),
    'h73_eac_daressalaam_kivukoni': ('Related:', 'curly'),
}
CREDITED = {  # credited staff (page noise), neither authors nor participants
    'h73_g8_cologne_gorseway': ['Wenceslas Ploeger-Tsikata', 'Griselda Hjortdal-Nuhu'],
}
ORG_NAMES = {
    'org:g8': ['Group of Eight', 'G8'],
    'org:eu-au': ['Africa-EU', 'EU-Africa'],
    'org:apec': ['Asia-Pacific Economic Cooperation', 'APEC'],
    'org:sadc': ['Southern African Development Community', 'SADC'],
    'org:eac': ['East African Community', 'EAC'],
}
COUNTRY_ALIASES = {}
TITLES = set('''mr mrs ms miss dr doctor prof professor president vice prime minister deputy foreign king queen prince princess
emir sheikh sultan pastor reverend rev father bishop cardinal pope imam general major colonel col lieutenant lt captain capt
admiral marshal commander sergeant sir dame lord lady first chancellor premier secretary senator sen rep congressman judge justice
ambassador governor mayor chairman chairwoman chair chairperson director chief commissioner spokesman spokeswoman mrs. mr. dr.
his her excellency honourable hon sen. gov. president-elect former late'''.split())
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
MON_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
REL0 = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
REL1 = ['yesterday', 'last night']

errors = []
def err(msg):
    errors.append(msg)
    print('ERROR:', msg)

def fold(s):
    s = s.replace('\u00f8', 'o').replace('\u00d8', 'O').replace('\u00df', 'ss')
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.lower()

def tokens(s):
    s = fold(s).replace("'", '').replace('\u2019', '')
    return re.findall(r'[a-z0-9]+', s)

def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: invalid date %r' % (where, s))
        return None

def load_earlier():
    ids, summits, slugs, found = set(), [], set(), 0
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 70)]
    for nm in names:
        p = os.path.join(EARLIER, nm)
        if not os.path.exists(p):
            continue
        found += 1
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    if found == 0:
        err('no earlier gold files found under %s' % EARLIER)
    return ids, summits, slugs

def quoted_spans(text, style):
    spans = []
    for ln in text.split('\n'):
        if style == 'straight':
            spans += re.findall(r'"([^"]*)"', ln)
        else:
            spans += re.findall('\u201c([^\u201c\u201d]*)\u201d', ln)
    return spans

def check_style(aid, text, style):
    for k, ln in enumerate(text.split('\n'), 1):
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', ln):
                err('%s line %d: curly mark in a straight article' % (aid, k))
            if ln.count('"') % 2:
                err('%s line %d: odd number of straight double marks' % (aid, k))
        else:
            if '"' in ln or "'" in ln:
                err('%s line %d: straight mark in a curly article' % (aid, k))
            if '\u2018' in ln:
                err('%s line %d: opening single curly mark' % (aid, k))
            depth = 0
            for c in ln:
                if c == '\u201c':
                    depth += 1
                    if depth > 1:
                        err('%s line %d: nested curly double marks' % (aid, k))
                elif c == '\u201d':
                    depth -= 1
                    if depth < 0:
                        err('%s line %d: unopened curly double mark' % (aid, k))
                        depth = 0
            if depth:
                err('%s line %d: unclosed curly double mark' % (aid, k))

CLOSERS = '"\u201d'
def sentence_bounded(text, ev):
    ok_any = False
    start = 0
    while True:
        i = text.find(ev, start)
        if i < 0:
            break
        start = i + 1
        j = i + len(ev)
        pre = text[:i]
        line_start = pre.rfind('\n') + 1
        before = text[line_start:i]
        s_ok = (i == line_start
                or re.search(r'[.!?][%s]? $' % CLOSERS, before) is not None
                or re.fullmatch(r"[A-Z][A-Z .'\-]+: ", before) is not None)
        last = ev[-1]
        nxt = text[j] if j < len(text) else '\n'
        e_ok = (nxt == '\n') or (last in '.!?' + CLOSERS and nxt == ' ')
        if s_ok and e_ok:
            ok_any = True
            break
    return ok_any

def date_supported(date, pub, text_f):
    m = MONTHS[date.month - 1]
    ab = MON_ABBR[date.month - 1]
    d = date.day
    for mon in (m, ab + r'\.?'):
        if re.search(r'\b%s %d\b' % (mon, d), text_f):
            return True
        # "June 18 to 20", "November 29 and 30", "June 9-10"
        if re.search(r'\b%s \d{1,2}(?: to | and |-|\u2013)%d\b' % (mon, d), text_f):
            return True
    delta = (pub - date).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[date.weekday()], text_f):
        return True
    if delta == 0 and any(re.search(r'\b%s\b' % w, text_f) for w in REL0):
        return True
    if delta == 1 and any(re.search(r'\b%s\b' % w, text_f) for w in REL1):
        return True
    return False

def main():
    try:
        gold = json.load(open(GOLD, encoding='utf-8'))
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
    e_ids, e_summits, e_slugs = load_earlier()
    e_prefixes = {s.split('-')[0] for s in e_slugs}
    if any(isinstance(i, str) and i.startswith('h73_') for i in e_ids):
        err('prefix h73 already used in earlier gold')
    used = {}
    for item in USED_CITY_YEARS.split(';'):
        item = item.strip()
        if item:
            c, y = item.rsplit(' ', 1)
            used.setdefault(fold(c), set()).add(y)
    avoid = {fold(c.strip()) for c in AVOID_CITIES.replace('\n', ' ').split(';') if c.strip()}
    earlier_city_years = {(fold(c or ''), (sd or '')[:4]) for o, c, sd in e_summits}

    seen_ids = set()
    files_in_folder = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    matched = set()
    per_summit = {}
    prefix_summit = {}
    totals = dict(quotes=0, direct=0, partial=0, not_quotes=0, participants=0, facts=0)
    kinds_total = {}
    keys_all = set()
    for n, a in enumerate(arts):
        where = 'article %d' % n
        if not isinstance(a, dict) or list(a.keys()) != ART_KEYS:
            err('%s: keys must be %s in that order' % (where, ART_KEYS))
            continue
        aid = a['id']
        where = aid
        if not isinstance(aid, str) or not re.fullmatch(r'h73_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('%s: bad id' % where)
            continue
        if aid not in IDS:
            err('%s: id not registered in check.py' % aid)
            continue
        if aid in seen_ids:
            err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != 'heldout73':
            err('%s: split must be heldout73' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/<id>.txt' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        matched.add(aid + '.txt')
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already present in tests/gold/articles' % aid)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        tail, style = IDS[aid]
        tail_idx = [k for k, ln in enumerate(lines) if ln.startswith(tail)]
        if not tail_idx or tail_idx[0] < 5:
            err('%s: tail marker %r not found after the body' % (aid, tail))
            continue
        ti = tail_idx[0]
        headline = lines[0]
        body = '\n'.join(lines[4:ti])
        hb = headline + '\n' + body
        noise = '\n'.join(lines[1:4] + lines[ti:])
        # types
        for k in ('title', 'published_at'):
            if not isinstance(a[k], str) or not a[k]:
                err('%s: %s must be a non-empty string' % (aid, k))
        for k in ('authors', 'quotes', 'not_quotes', 'participants', 'facts'):
            if not isinstance(a[k], list):
                err('%s: %s must be a list' % (aid, k))
        if a['title'] != headline:
            err('%s: title differs from the headline' % aid)
        # word counts
        bw = len(body.split())
        fw = len(text.split())
        if not 420 <= bw <= 600:
            err('%s: body has %d words (420-600)' % (aid, bw))
        if fw > 700:
            err('%s: file has %d words (max 700)' % (aid, fw))
        # quote style and marks outside the body
        check_style(aid, text, style)
        if re.search('["\u201c\u201d]', headline) or re.search('["\u201c\u201d]', noise):
            err('%s: double quotation mark in headline or page noise' % aid)
        # published_at and outlet line
        pub = parse_date(a['published_at'], aid + ' published_at')
        outlet_line = lines[1]
        if pub:
            ol = fold(outlet_line)
            want = [WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1] + ' %d' % pub.day, str(pub.year)]
            for w in want:
                if not re.search(r'\b%s\b' % w, ol):
                    err('%s: outlet line lacks %r' % (aid, w))
            for w in WEEKDAYS:
                if w != WEEKDAYS[pub.weekday()] and re.search(r'\b%s\b' % w, ol):
                    err('%s: outlet line names another weekday (%s)' % (aid, w))
        # authors
        byline_t = tokens(lines[2])
        authors = a['authors']
        if not authors or not all(isinstance(x, str) and x for x in authors):
            err('%s: authors must be non-empty strings' % aid)
        for au in authors:
            if not has_seq(byline_t, tokens(au)):
                err('%s: author %r not in byline' % (aid, au))
        for cr in CREDITED.get(aid, []):
            if not has_seq(tokens(noise), tokens(cr)):
                err('%s: credited %r not in page noise' % (aid, cr))
            if has_seq(tokens(body), tokens(cr)):
                err('%s: credited %r appears in body' % (aid, cr))
        staff_keys = {'person:' + '-'.join(tokens(x)) for x in authors + CREDITED.get(aid, [])}
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys must be %s' % (aid, SUMMIT_KEYS))
            continue
        for k in SUMMIT_KEYS[:5]:
            if not isinstance(s[k], str) or not s[k]:
                err('%s: summit %s must be a non-empty string' % (aid, k))
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: published outside start .. end+21 days' % aid)
        cf = fold(s['city'])
        if cf in avoid:
            err('%s: city %s is on the avoid list' % (aid, s['city']))
        if sd and str(sd.year) in used.get(cf, set()):
            err('%s: city and year %s %d on the used list' % (aid, s['city'], sd.year))
        if sd and (cf, str(sd.year)) in earlier_city_years:
            err('%s: city and year used by an earlier summit' % aid)
        if (s['organization'], s['city'], s['start_date']) in e_summits:
            err('%s: same organisation, city and start date as an earlier summit' % aid)
        if s['organization'] not in ORG_NAMES:
            err('%s: organisation not registered' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(x not in FIELDS for x in tf) or tf != [x for x in FIELDS if x in tf]:
            err('%s: text_fields must be a non-empty subset of %s in order' % (aid, FIELDS))
            tf = []
        hb_t = tokens(hb)
        hb_f = fold(hb)
        if 'organization' in tf and not any(has_seq(hb_t, tokens(nm)) for nm in ORG_NAMES.get(s['organization'], [])):
            err('%s: organisation not named in text' % aid)
        if 'city' in tf and not has_seq(hb_t, tokens(s['city'])):
            err('%s: city not in text' % aid)
        if 'country' in tf and not any(has_seq(hb_t, tokens(c)) for c in [s['country']] + COUNTRY_ALIASES.get(s['country'], [])):
            err('%s: country not in text' % aid)
        for fld, dt in (('start_date', sd), ('end_date', ed)):
            if fld in tf and dt and pub and not date_supported(dt, pub, hb_f):
                err('%s: %s not supported by the text' % (aid, fld))
        skey = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        per_summit.setdefault((s['organization'], s['city'], s['start_date']), []).append((aid, skey, outlet_line.split('|')[0].strip(), a))
        # participants
        pkeys = []
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != ['key', 'role', 'affiliation']:
                err('%s: participant keys must be key, role, affiliation' % aid)
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            toks = k[7:].split('-')
            if toks[0] in TITLES:
                err('%s: participant key %s starts with a title' % (aid, k))
            if not has_seq(hb_t, toks):
                err('%s: participant %s not named in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: %s of %s empty' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
                elif style == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
            if k in staff_keys:
                err('%s: author or credited staff %s listed as participant' % (aid, k))
        keys_all.update(pkeys)
        # quotes
        spans = quoted_spans(body, style)
        ann = []
        pos = -1
        op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != ['text', 'speaker_key', 'kind']:
                err('%s: quote keys must be text, speaker_key, kind' % aid)
                continue
            t, sk, kd = q['text'], q['speaker_key'], q['kind']
            if not isinstance(t, str) or not t:
                err('%s: empty quote' % aid)
                continue
            if kd not in ('direct', 'partial'):
                err('%s: quote kind %r' % (aid, kd))
            else:
                totals[kd] += 1
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err('%s: bad speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            if sk in staff_keys:
                err('%s: author or staff as speaker' % aid)
            keys_all.add(sk)
            marked = op + t + cl
            i = body.find(marked, pos + 1)
            if i < 0:
                if marked in body:
                    err('%s: quote out of text order: %r' % (aid, t[:40]))
                else:
                    err('%s: quote not found with its marks: %r' % (aid, t[:40]))
            else:
                pos = i
            ann.append(t)
            if not any(marked in ev for f in a['facts'] if isinstance(f, dict) for ev in (f.get('evidence') or []) if isinstance(ev, str)):
                err('%s: quote not inside any evidence: %r' % (aid, t[:40]))
        nq = a['not_quotes']
        if not all(isinstance(x, str) and x for x in nq):
            err('%s: not_quotes must be non-empty strings' % aid)
        if sorted(ann + list(nq)) != sorted(spans):
            err('%s: quoted spans and annotations differ: %s' % (aid, sorted(set(spans) ^ set(ann + list(nq)))))
        totals['quotes'] += len(a['quotes'])
        totals['not_quotes'] += len(nq)
        totals['participants'] += len(pkeys)
        # facts
        slugs = []
        prefixes = set()
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']:
                err('%s: fact keys must be statement, kind, same_as, evidence' % aid)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or any(x not in FACT_KINDS for x in kd) or len(set(kd)) != len(kd):
                err('%s: bad fact kind %r' % (aid, kd))
            else:
                for x in kd:
                    kinds_total[x] = kinds_total.get(x, 0) + 1
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sa):
                err('%s: bad same_as %r' % (aid, sa))
                continue
            if sa in slugs:
                err('%s: same_as %s repeated in article' % (aid, sa))
            slugs.append(sa)
            prefixes.add(sa.split('-')[0])
            if sa in e_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sa))
            if sa.split('-')[0] in e_prefixes:
                err('%s: same_as prefix %s used in earlier gold' % (aid, sa.split('-')[0]))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: %s has no evidence' % (aid, sa))
                continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: %s evidence empty or padded' % (aid, sa))
                    continue
                if e not in hb:
                    err('%s: %s evidence not in headline or body: %r' % (aid, sa, e[:50]))
                elif not sentence_bounded(hb, e):
                    err('%s: %s evidence not sentence-bounded: %r' % (aid, sa, e[:50]))
            totals['facts'] += 1
        if len(prefixes) != 1:
            err('%s: facts must use exactly one same_as prefix, got %s' % (aid, sorted(prefixes)))
        else:
            pf = prefixes.pop()
            sk_ = (s['organization'], s['city'], s['start_date'])
            if prefix_summit.setdefault(pf, sk_) != sk_:
                err('%s: prefix %s shared by two summits' % (aid, pf))
            if not re.search(str(sd.year)[2:] if sd else 'x', pf):
                err('%s: prefix %s does not carry the summit year' % (aid, pf))
        a['_slugs'] = {f['same_as']: tuple(f['kind']) for f in a['facts'] if isinstance(f, dict) and isinstance(f.get('same_as'), str) and isinstance(f.get('kind'), list)}
        print('%-32s quotes %d (%d direct), not_quotes %d, participants %d, facts %d, words %d/%d'
              % (aid, len(a['quotes']), sum(1 for q in a['quotes'] if q.get('kind') == 'direct'), len(nq), len(pkeys), len(a['facts']), bw, fw))
    for f in files_in_folder:
        if f not in matched:
            err('file %s has no gold entry' % f)
    # shape
    if len(arts) != 8:
        err('expected 8 articles, got %d' % len(arts))
    if len(per_summit) != 5:
        err('expected 5 summits, got %d' % len(per_summit))
    sizes = sorted(len(v) for v in per_summit.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 3 pairs and 2 singles, got sizes %s' % sizes)
    for k, v in per_summit.items():
        if len(v) == 2:
            (a1, s1, o1, A1), (a2, s2, o2, A2) = v
            if o1 == o2:
                err('pair %s/%s from the same outlet' % (a1, a2))
            if s1 != s2:
                err('pair %s/%s disagree on summit data' % (a1, a2))
            sh = sorted(set(A1['_slugs']) & set(A2['_slugs']))
            if len(sh) < 5:
                err('pair %s/%s share only %d slugs' % (a1, a2, len(sh)))
            for x in sh:
                if A1['_slugs'][x] != A2['_slugs'][x]:
                    err('pair %s/%s: shared slug %s with different kinds' % (a1, a2, x))
            print('shared %s: %d (%s)' % (k[1], len(sh), ', '.join(sh)))
    print('totals: quotes %d (%d direct, %d partial), not_quotes %d, participant entries %d, distinct keys %d, facts %d, kinds %s'
          % (totals['quotes'], totals['direct'], totals['partial'], totals['not_quotes'], totals['participants'], len(keys_all), totals['facts'], dict(sorted(kinds_total.items()))))

if __name__ == '__main__':
    try:
        main()
    except Exception as e:
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % e)
    if errors:
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout73 passes')
