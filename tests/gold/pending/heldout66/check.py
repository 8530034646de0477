#!/usr/bin/env python3
"""Validator for the heldout66 gold set, written from scratch for this round.

Checks heldout66_gold.json (in the folder this script sits in) against the article
files next to it and against the earlier gold files (ids, summit entries and same_as
slugs only), and exits 1 on any error. Set H66_EARLIER to the folder holding the
earlier gold files when running on a copy (default: two folders up, i.e. tests/gold).
"""
import datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H66_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout66_gold.json')
OPENING = ('Held-out set round 66 (split=heldout66), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
SPLIT = 'heldout66'
PREFIX = 'h66'

# Per-article registry: quote style, first line of the page-noise tail, credited staff.
REG = {
    'h66_apec_osaka_kittiwake': ('straight', '(Additional reporting', ['Takeshi Arakawa-Dimmock', 'Lucan Mabhida-Renshaw']),
    'h66_apec_osaka_yodogawa': ('curly', 'Letters: tell us', []),
    'h66_gcc_riyadh_falaj': ('straight', 'Read next:', []),
    'h66_gcc_riyadh_barasti': ('curly', 'More analysis:', []),
    'h66_eu_hague_twill': ('curly', 'Next week in the Letter:', []),
    'h66_eu_hague_polder': ('straight', '[END OF SEGMENT]', []),
    'h66_sadc_blantyre_mudi': ('straight', "Also in today's Tribune:", []),
    'h66_americas_santacruz_illimani': ('curly', 'Events: Bolivian', []),
}
ORG_NAMES = {
    'org:apec': ['Asia-Pacific Economic Cooperation', 'APEC'],
    'org:gcc': ['Gulf Cooperation Council', 'GCC'],
    'org:eu': ['European Union', 'EU'],
    'org:sadc': ['Southern African Development Community', 'SADC'],
    'org:summit-of-the-americas': ['Summit of the Americas'],
}
COUNTRY_NAMES = {'United States': ['United States', 'U.S.']}

USED = "Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg."""

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLES = set('''mr mrs ms miss dr sir dame lord lady president vice prime minister premier chancellor king queen prince
princess emir sultan sheikh general gen lieutenant colonel col governor gov mayor senator chief secretary professor prof
rev hon excellency majesty his her monsieur madame senor commodore datuk pastor reverend crown taoiseach sen don u daw
tan sri seri'''.split())
LONG_TITLES = {t for t in TITLES if len(t) > 4}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
MONTH_ABBR = {'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

errors = []
def err(where, msg):
    errors.append('%s: %s' % (where, msg))

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()

def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def iso(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and re.fullmatch(r'\d{4}-\d\d-\d\d', s) else None
    except ValueError:
        return None

def split_article(text, tail):
    lines = text.split('\n')
    marker = '\n' + tail
    if marker not in text:
        return None
    cut = text.index(marker) + 1
    body_start = sum(len(l) + 1 for l in lines[:4])
    return lines, lines[0], text[body_start:cut], text[cut:], body_start, cut

def evidence_ok(ev, region_text):
    """Verbatim and sentence-bounded inside region_text."""
    i = region_text.find(ev)
    while i >= 0:
        before = region_text[:i]
        after = region_text[i + len(ev):]
        start_ok = (i == 0 or before.endswith('\n') or re.search(r'[.?!]["\u201d\u2019]?\s$', before) is not None
                    or re.search(r'^[A-Z][A-Z .\'-]+: $', before.split('\n')[-1]) is not None
                    or re.search(r'[.?!]\s$', before) is not None)
        end_ok = (after == '' or after.startswith('\n')) or (after.startswith(' ') and re.search(r'[.?!]["\u201d]?$', ev) is not None)
        if start_ok and end_ok:
            return True
        i = region_text.find(ev, i + 1)
    return False

def date_supported(d, pub, ftext):
    # explicit month/day forms (full month names, common abbreviations), with 'D1 and D2' and 'D1 to D2'
    pat = r'\b(%s)\.?\s+(\d{1,2})(?:\s*(?:and|to|-)\s*(\d{1,2}))?\b' % '|'.join(MONTHS + list(MONTH_ABBR))
    for m in re.finditer(pat, ftext):
        mon = MONTHS.index(m.group(1)) + 1 if m.group(1) in MONTHS else MONTH_ABBR[m.group(1)]
        days = {int(m.group(2))} | ({int(m.group(3))} if m.group(3) else set())
        if mon == d.month and d.day in days:
            return 'month-day'
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], ftext):
        return 'weekday'
    if delta == 0 and re.search(r'\b(today|tonight|this afternoon|this evening)\b', ftext):
        return 'relative'
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', ftext):
        return 'relative'
    return None

def load_earlier():
    ids, summits, slugs = set(), [], set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 66)]
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.isfile(p):
            err('earlier', 'missing earlier gold file %s' % n)
            continue
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    return ids, summits, slugs

def main():
    gold = json.load(open(GOLD, encoding='utf-8'))
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('gold', 'top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('gold', 'about text must start with the required opening sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('gold', 'articles must be a list'); return
    e_ids, e_summits, e_slugs = load_earlier()
    e_prefixes = {s.split('-')[0] for s in e_slugs}
    if any(isinstance(i, str) and i.split('_')[0] == PREFIX for i in e_ids):
        err('gold', 'id prefix %s already used in earlier gold' % PREFIX)
    used = {(fold(x.rsplit(' ', 1)[0]).strip(), x.rsplit(' ', 1)[1]) for x in USED.split('; ')}
    avoid = set()
    for c in AVOID.rstrip('.').split(', '):
        avoid.add(fold(c).strip())
        for inner in re.findall(r'\(([^)]*)\)', c):
            avoid.add(fold(inner).strip())
        avoid.add(fold(re.sub(r'\s*\(.*\)', '', c)).strip())
    e_city_years = {(fold(c or ''), (d or '')[:4]) for o, c, d in e_summits}

    seen_ids = set(); per = {}; totals = {'quotes': 0, 'direct': 0, 'partial': 0, 'not_quotes': 0, 'participants': 0, 'facts': 0}
    kind_count = {}
    prefix_summit = {}
    txt_in_folder = {f for f in os.listdir(HERE) if f.endswith('.txt')}
    for idx, a in enumerate(arts):
        w = 'article %d' % idx
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err(w, 'keys must be exactly, in order: %s' % ARTICLE_KEYS); continue
        aid = a['id']; w = aid if isinstance(aid, str) else w
        for k, t in [('id', str), ('split', str), ('file', str), ('title', str), ('published_at', str), ('authors', list),
                     ('summit', dict), ('quotes', list), ('not_quotes', list), ('participants', list), ('facts', list)]:
            if not isinstance(a[k], t):
                err(w, '%s must be %s' % (k, t.__name__))
        if not isinstance(aid, str):
            continue
        if aid in e_ids:
            err(w, 'id already used in earlier gold')
        if not re.fullmatch(r'h66_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err(w, 'id must look like h66_<org>_<city>_<slug>')
        if aid in seen_ids:
            err(w, 'duplicate id')
        seen_ids.add(aid)
        if a['split'] != SPLIT:
            err(w, 'split must be %s' % SPLIT)
        if a['file'] != 'articles/%s.txt' % aid:
            err(w, 'file must be articles/<id>.txt')
        if aid not in REG:
            err(w, 'article not registered in check.py'); continue
        style, tail, staff = REG[aid]
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.isfile(path):
            err(w, 'article file missing'); continue
        txt_in_folder.discard(aid + '.txt')
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            err(w, 'a file of this name already exists in tests/gold/articles (expected only while pending)')
        text = open(path, encoding='utf-8').read()
        parts = split_article(text, tail)
        if parts is None:
            err(w, 'tail marker %r not found at a line start' % tail); continue
        lines, headline, body, noise, body_start, cut = parts
        region = headline + '\n' + body      # headline and body: where quotes and evidence may come from
        if a['title'] != headline:
            err(w, 'title must equal the headline (first line)')
        # words
        bw = len(body.split()); fw = len(text.split())
        if not 420 <= bw <= 600:
            err(w, 'body has %d words (need 420-600)' % bw)
        if fw > 700:
            err(w, 'file has %d words (max 700)' % fw)
        # quote style
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err(w, 'curly mark in a straight-quote article')
            for ln in (headline + '\n' + body).split('\n'):
                if ln.count('"') % 2:
                    err(w, 'odd number of straight double marks on line: %s' % ln[:60])
            spans = [(m.group(1), m.start()) for m in re.finditer(r'"([^"\n]*)"', body)]
            mark = lambda t: '"' + t + '"'
            if '"' in headline or '"' in noise:
                err(w, 'double mark in headline or page noise')
        else:
            if '"' in text or "'" in text:
                err(w, 'straight mark in a curly-quote article')
            if '\u2018' in text:
                err(w, 'opening single curly mark found')
            for ln in body.split('\n'):
                depth = 0
                for ch in ln:
                    if ch == '\u201c':
                        if depth: err(w, 'nested opening mark: %s' % ln[:60])
                        depth = 1
                    elif ch == '\u201d':
                        if not depth: err(w, 'closing mark without opening: %s' % ln[:60])
                        depth = 0
                if depth: err(w, 'unclosed mark: %s' % ln[:60])
            spans = [(m.group(1), m.start()) for m in re.finditer('\u201c([^\u201d\n]*)\u201d', body)]
            mark = lambda t: '\u201c' + t + '\u201d'
            if re.search('[\u201c\u201d]', headline + noise):
                err(w, 'double mark in headline or page noise')
        # outlet, date line, byline
        pub = iso(a['published_at'])
        outlet_line = lines[1]
        if pub is None:
            err(w, 'published_at is not a valid ISO date')
        else:
            need = [WEEKDAYS[pub.weekday()].capitalize(), MONTHS[pub.month - 1].capitalize(), str(pub.year)]
            for n in need:
                if not re.search(r'\b%s\b' % n, outlet_line):
                    err(w, 'outlet line lacks %s' % n)
            if not re.search(r'\b%s %d\b' % (MONTHS[pub.month - 1].capitalize(), pub.day), outlet_line):
                err(w, 'outlet line lacks month and day')
            others = [d.capitalize() for d in WEEKDAYS if d != WEEKDAYS[pub.weekday()] and d.capitalize() in outlet_line]
            if others:
                err(w, 'outlet line has another weekday %s' % others)
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err(w, 'authors must be a non-empty list of names')
        for au in a['authors']:
            if not has_seq(tokens(lines[2]), tokens(au)):
                err(w, 'author %r not in byline' % au)
        for st in staff:
            if not has_seq(tokens(noise), tokens(st)):
                err(w, 'credited staff %r not in page noise' % st)
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err(w, 'summit keys must be exactly %s' % SUMMIT_KEYS); continue
        for k in SUMMIT_KEYS[:5]:
            if not isinstance(s[k], str) or not s[k]:
                err(w, 'summit %s must be a non-empty string' % k)
        sd, ed = iso(s['start_date']), iso(s['end_date'])
        if sd is None or ed is None:
            err(w, 'summit dates must be valid ISO dates')
        else:
            if sd > ed: err(w, 'start after end')
            if (ed - sd).days > 6: err(w, 'summit longer than a week')
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err(w, 'publication not between start and three weeks after end')
        fcity = fold(s['city'])
        if fcity in avoid:
            err(w, 'city %s is on the avoid list' % s['city'])
        if sd and (fcity, str(sd.year)) in used:
            err(w, 'city and year %s %d on the used list' % (s['city'], sd.year))
        if sd and (fcity, str(sd.year)) in e_city_years:
            err(w, 'city and year used by an earlier summit entry')
        if (s['organization'], s['city'], s['start_date']) in e_summits:
            err(w, 'same organisation, city and start date as an earlier summit')
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or [f for f in FIELDS if f in tf] != tf or len(set(tf)) != len(tf):
            err(w, 'text_fields must be a non-empty subset of %s in that order' % FIELDS)
            tf = []
        rtoks = tokens(region)
        ftext = fold(region)
        if 'city' in tf and not has_seq(rtoks, tokens(s['city'])):
            err(w, 'city not in text')
        if 'country' in tf and not any(has_seq(rtoks, tokens(n)) for n in COUNTRY_NAMES.get(s['country'], [s['country']])):
            err(w, 'country not in text')
        if 'organization' in tf:
            names = ORG_NAMES.get(s['organization'])
            if not names:
                err(w, 'organisation %s has no registered names' % s['organization'])
            elif not any(has_seq(rtoks, tokens(n)) for n in names):
                err(w, 'organisation name not in text')
        for f, d in [('start_date', sd), ('end_date', ed)]:
            if f in tf and d and pub and not date_supported(d, pub, ftext):
                err(w, '%s %s not supported by the text' % (f, d))
        # participants
        pkeys = []
        authors_staff = {tuple(tokens(x)) for x in a['authors'] + staff}
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(w, 'participant keys must be %s' % PART_KEYS); continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err(w, 'bad participant key %r' % k); continue
            if k in pkeys:
                err(w, 'duplicate participant %s' % k)
            pkeys.append(k)
            nt = k.split(':')[1].split('-')
            if nt[0] in TITLES or any(t in LONG_TITLES for t in nt):
                err(w, 'title or honorific in key %s' % k)
            if not has_seq(rtoks, nt):
                err(w, 'name of %s not found in headline or body' % k)
            if tuple(nt) in authors_staff:
                err(w, 'author or credited staff listed as participant: %s' % k)
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err(w, '%s of %s must be non-empty' % (fld, k)); continue
                if style == 'curly' and "'" in v: err(w, 'straight apostrophe in %s of %s' % (fld, k))
                if style == 'straight' and '\u2019' in v: err(w, 'curly apostrophe in %s of %s' % (fld, k))
        # quotes
        qtexts = []
        last = -1
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(w, 'quote keys must be %s' % QUOTE_KEYS); continue
            if not isinstance(q['text'], str) or not q['text']:
                err(w, 'quote text must be a non-empty string'); continue
            if q['kind'] not in ('direct', 'partial'):
                err(w, 'quote kind must be direct or partial: %r' % q['kind'])
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err(w, 'bad speaker key %r' % sk)
            elif sk.startswith('person:') and sk not in pkeys:
                err(w, 'speaker %s is not a participant' % sk)
            pos = body.find(mark(q['text']), last + 1)
            if pos < 0:
                if mark(q['text']) in body:
                    err(w, 'quote out of text order: %r' % q['text'][:50])
                else:
                    err(w, 'quote not found verbatim with its marks in the body: %r' % q['text'][:50])
            else:
                last = pos
            qtexts.append(q['text'])
            totals['quotes'] += 1; totals[q['kind']] = totals.get(q['kind'], 0) + 1
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or mark(nq) not in body:
                err(w, 'not_quote not found with its marks in the body: %r' % nq)
        annotated = sorted(qtexts + list(a['not_quotes']))
        found = sorted(t for t, _ in spans)
        if annotated != found:
            err(w, 'quoted spans and annotations differ: only in text %s; only in gold %s' % (
                sorted(set(found) - set(annotated)), sorted(set(annotated) - set(found))))
        # facts
        slugs = set(); prefixes = set(); all_ev = []
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(w, 'fact keys must be %s' % FACT_KEYS); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(w, 'empty fact statement')
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or not set(kd) <= KINDS:
                err(w, 'bad fact kind %r' % (kd,))
            else:
                for k in kd: kind_count[k] = kind_count.get(k, 0) + 1
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sa):
                err(w, 'bad same_as %r' % (sa,))
            else:
                if sa in slugs: err(w, 'same_as %s repeated in article' % sa)
                slugs.add(sa); prefixes.add(sa.split('-')[0])
                if sa in e_slugs: err(w, 'same_as %s used in earlier gold' % sa)
                if sa.split('-')[0] in e_prefixes: err(w, 'same_as prefix of %s used in earlier gold' % sa)
            ev = f['evidence']
            if not isinstance(ev, list) or not ev or not all(isinstance(e, str) and e for e in ev):
                err(w, 'evidence must be a non-empty list of strings'); continue
            for e in ev:
                if not evidence_ok(e, region):
                    err(w, 'evidence not verbatim/sentence-bounded in headline or body: %r' % e[:70])
            all_ev += ev
        if len(prefixes) > 1:
            err(w, 'more than one same_as prefix: %s' % sorted(prefixes))
        for q in qtexts:
            if not any(mark(q) in e for e in all_ev):
                err(w, 'quote not inside any fact evidence: %r' % q[:50])
        key = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        for pfx in prefixes:
            if pfx in prefix_summit and prefix_summit[pfx] != key[:3] + key[3:4]:
                err(w, 'prefix %s shared by two summits' % pfx)
            prefix_summit[pfx] = key[:3] + key[3:4]
        per[aid] = dict(summit=key, tf=tuple(tf), outlet=outlet_line.split('|')[0].strip(),
                        kinds={f['same_as']: tuple(f['kind']) for f in a['facts'] if isinstance(f, dict) and isinstance(f.get('same_as'), str) and isinstance(f.get('kind'), list)})
        totals['not_quotes'] += len(a['not_quotes']); totals['participants'] += len(a['participants']); totals['facts'] += len(a['facts'])
        print('%-34s q=%2d (d%d/p%d) nq=%d part=%2d facts=%2d body=%d file=%d' % (
            aid, len(a['quotes']), sum(q.get('kind') == 'direct' for q in a['quotes'] if isinstance(q, dict)),
            sum(q.get('kind') == 'partial' for q in a['quotes'] if isinstance(q, dict)), len(a['not_quotes']),
            len(a['participants']), len(a['facts']), bw, fw))
    for f in sorted(txt_in_folder):
        err('folder', 'stray article file with no gold entry: %s' % f)
    # shape: 8 articles, 5 summits (organisation, city, start date), 3 pairs, 2 singles
    groups = {}
    for aid, p in per.items():
        groups.setdefault((p['summit'][0], p['summit'][1], p['summit'][3]), []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]:
        err('shape', 'need 8 articles in 5 summits: 3 pairs and 2 singles (got %d articles, sizes %s)' % (len(arts), sizes))
    orgs = [g[0] for g in groups]
    if len(set(orgs)) != len(orgs):
        err('shape', 'two summits share an organisation')
    for g, ids in sorted(groups.items()):
        if len(ids) == 2:
            p1, p2 = per[ids[0]], per[ids[1]]
            if p1['summit'] != p2['summit']:
                err('pair %s' % '/'.join(ids), 'summit data disagree')
            if p1['outlet'] == p2['outlet']:
                err('pair %s' % '/'.join(ids), 'both articles from the same outlet')
            shared = sorted(set(p1['kinds']) & set(p2['kinds']))
            if len(shared) < 5:
                err('pair %s' % '/'.join(ids), 'only %d shared same_as slugs' % len(shared))
            for sl in shared:
                if p1['kinds'][sl] != p2['kinds'][sl]:
                    err('pair %s' % '/'.join(ids), 'shared slug %s has different kinds' % sl)
            print('shared %s: %d (%s)' % (g[1], len(shared), ', '.join(shared)))
    print('totals: %s; fact kinds %s' % (totals, dict(sorted(kind_count.items()))))

try:
    main()
except Exception as ex:  # a crash counts as an error
    import traceback
    traceback.print_exc()
    err('checker', 'crashed: %r' % ex)
if errors:
    print('\n%d ERROR(S):' % len(errors))
    for e in errors:
        print(' -', e)
    sys.exit(1)
print('OK: heldout66 gold passes all checks')
