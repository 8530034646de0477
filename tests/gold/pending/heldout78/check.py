#!/usr/bin/env python3
"""Checker for the heldout78 gold set (tests/gold/pending/heldout78/).

Validates heldout78_gold.json against the article files that sit next to it and
against the ids, summits and same_as slugs of the earlier gold files (opened by
exact name: facts_gold.json and heldoutN_gold.json for N = 5 to 77). Prints the
per-article counts and exits 1 on any error (a crash counts as an error).
Set H78_EARLIER to the folder holding the earlier gold files when running on a copy.
"""
import datetime, json, os, re, sys, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H78_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout78_gold.json')
OPENING = ('Held-out set round 78 (split=heldout78), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

# ---- registered per-article data -------------------------------------------------
REG = {
 'h78_cis_minsk_astrolabe': dict(style='straight', tail='(Reporting by ', staff=['Yaroslava Koval-Wrathall', 'Feliks Dubrovin-Cotterill', 'Clive Plowright-Tredgold']),
 'h78_cis_minsk_kalyna': dict(style='straight', tail='[END OF SEGMENT]', staff=[]),
 'h78_pacificalliance_paranal_camanchaca': dict(style='curly', tail='Related: ', staff=[]),
 'h78_pacificalliance_paranal_quipu': dict(style='straight', tail='More analysis: ', staff=[]),
 'h78_cplp_saotome_calcada': dict(style='curly', tail='Read next: ', staff=[]),
 'h78_cplp_saotome_leveleve': dict(style='straight', tail='Next week: ', staff=[]),
 'h78_sica_tegucigalpa_picacho': dict(style='curly', tail='Letters: ', staff=[]),
 'h78_threeseas_ljubljana_slipway': dict(style='curly', tail='Related: ', staff=[]),
}
ORG_NAMES = {
 'org:cis': ['Commonwealth of Independent States', 'CIS'],
 'org:pacific-alliance': ['Pacific Alliance'],
 'org:cplp': ['Community of Portuguese Language Countries', 'CPLP'],
 'org:sica': ['Central American Integration System', 'SICA'],
 'org:three-seas-initiative': ['Three Seas Initiative'],
}
AVOID = ["Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali", "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku", "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu", "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha", "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm", "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw", "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul", "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo", "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau", "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing", "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha", "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen", "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén", "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama", "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing", "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe", "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat", "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin", "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh", "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé", "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar", "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków", "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi", "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo", "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)", "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca", "Thessaloniki (Porto Carras, Halkidiki)", "San Juan", "Mbabane"]
USED = ["Abidjan 2012", "Abidjan 2017", "Abu Dhabi 1981", "Abuja 2019", "Abuja 2024", "Accra 2022", "Addis Ababa 2007", "Addis Ababa 2017", "Addis Ababa 2024", "Addis Ababa 2025", "Addu City 2011", "Al-Ula 2021", "Algiers 2022", "Alma-Ata 1991", "Alofi 2008", "Amman 2001", "Antalya 2015", "Antananarivo 2016", "Antigua Guatemala 2013", "Apia 2024", "Arusha 2016", "Ashgabat 2021", "Astana 2017", "Astana 2024", "Asunción 2015", "Auckland 1995", "Awaza 2021", "Baghdad 2012", "Baghdad 2025", "Baku 2019", "Bamako 2017", "Bandar Seri Begawan 2013", "Bangkok 2022", "Bangkok 2025", "Banjul 2024", "Barcelona 2005", "Bariloche 2009", "Beijing 2012", "Beijing 2014", "Beijing 2023", "Beirut 2002", "Belén 2015", "Bento Gonçalves 2019", "Biarritz 2019", "Birmingham 1998", "Bishkek 2007", "Bishkek 2019", "Bissau 2023", "Blantyre 1997", "Bogor 1994", "Bonn 1982", "Borgo Egnazia 2024", "Brasília 2008", "Bratislava 2016", "Brisbane 2014", "Brussels 2016", "Brussels 2017", "Brussels 2018", "Brussels 2019", "Brussels 2021", "Brussels 2022", "Brussels 2023", "Bucharest 2006", "Bucharest 2008", "Bucharest 2018", "Budapest 1994", "Buenos Aires 2018", "Buenos Aires 2023", "Busan 2005", "Bürgenstock 2024", "Cairns 2009", "Cairo 2024", "Cali 2013", "Cali 2017", "Camp David 2012", "Camp David 2023", "Cancún 2017", "Cannes 2011", "Caracas 2011", "Carbis Bay 2021", "Cartagena 2012", "Cartagena 2016", "Casablanca 1989", "Cebu 2007", "Chicago 2012", "Chisinau 2023", "Cholpon-Ata 2018", "Cologne 1999", "Colombo 2013", "Colombo 2022", "Coolum 2002", "Copenhagen 2002", "Cádiz 2012", "Córdoba 2006", "Da Nang 2017", "Dakar 2008", "Dakar 2021", "Damascus 2008", "Dar es Salaam 2015", "Dar es Salaam 2019", "Dead Sea 2017", "Deauville 2011", "Denver 1997", "Dhahran 2018", "Dhaka 2005", "Diamniadio 2014", "Dili 2014", "Djerba 2022", "Djibouti 2023", "Doha 2007", "Doha 2013", "Dubrovnik 2016", "Durban 1999", "Durban 2013", "Dushanbe 2019", "Edinburgh 1997", "Elmau 2015", "Elmau 2022", "Enniskillen 2013", "Entebbe 2024", "Evian 2003", "Fortaleza 2014", "Funafuti 2019", "Gaborone 2015", "Genoa 2001", "Georgetown 2024", "Gleneagles 2005", "Goa 2016", "Gothenburg 2001", "Goyang 2024", "Granada 2023", "Halifax 1995", "Hamburg 2017", "Hangzhou 2016", "Hanoi 2004", "Hanoi 2010", "Harare 2024", "Havana 2006", "Havana 2014", "Heiligendamm 2007", "Helsinki 1999", "Hiroshima 2023", "Honolulu 2011", "Houston 1990", "Hua Hin 2009", "Huntsville 2010", "Islamabad 2017", "Istanbul 2004", "Istanbul 2016", "Istanbul 2021", "Jakarta 2016", "Jakarta 2023", "Jeddah 2023", "Johannesburg 2015", "Johannesburg 2023", "Johannesburg 2025", "Kampala 2007", "Kampala 2010", "Kampala 2024", "Kananaskis 2002", "Kananaskis 2025", "Kathmandu 2014", "Kazan 2024", "Khanty-Mansiysk 2008", "Khartoum 2006", "Kigali 2016", "Kigali 2022", "Kingstown 2024", "Kinshasa 2012", "Kiruna 2013", "Kraków 2021", "Kuala Lumpur 1998", "Kuala Lumpur 2005", "Kuala Lumpur 2015", "Kuala Lumpur 2025", "Kuwait City 2013", "Kuwait City 2017", "L'Aquila 2009", "La Malbaie 2018", "Labuan Bajo 2023", "Lahore 1974", "Lilongwe 2021", "Lima 2008", "Lima 2016", "Lima 2018", "Lima 2024", "Limassol 1993", "Lisbon 1996", "Lisbon 2007", "Lisbon 2010", "Lomé 2000", "London 1990", "London 2009", "London 2018", "Los Angeles 2022", "Los Cabos 2002", "Los Cabos 2012", "Luanda 2023", "Lusaka 2007", "Lyon 1996", "Madrid 1997", "Madrid 2022", "Majuro 2013", "Malabo 2011", "Malabo 2014", "Malé 1997", "Manama 2016", "Manama 2024", "Manila 2015", "Manila 2017", "Maputo 2003", "Mar del Plata 2005", "Mbabane 2016", "Mecca 2012", "Mecca 2019", "Medellín 2019", "Melbourne 1981", "Melbourne 2024", "Mendoza 2012", "Mendoza 2017", "Mexico City 2021", "Miami 1994", "Milan 2014", "Moncton 1999", "Monrovia 2017", "Montego Bay 2018", "Monterrey 2004", "Montevideo 2024", "Montreal 2019", "Montreux 2010", "Moscow 2003", "Moscow 2024", "Muscat 2008", "N'Djamena 2014", "Nago 2000", "Nairobi 2016", "Nakhchivan 2009", "Nanjing 2009", "Nassau 1985", "Naypyidaw 2014", "New Delhi 2015", "New Delhi 2023", "Newport 2014", "Niamey 2019", "Nizhny Novgorod 2011", "Nouakchott 2016", "Nouakchott 2018", "Nuku'alofa 2024", "Nusa Dua 2011", "Nusa Dua 2022", "Nuuk 2011", "Osaka 1995", "Osaka 2019", "Oslo 2023", "Ouagadougou 1998", "Ouro Preto 1994", "Panama City 2015", "Paris 2008", "Perth 2011", "Phnom Penh 2012", "Phnom Penh 2022", "Pittsburgh 2009", "Pohnpei 2016", "Port Moresby 2015", "Port Moresby 2018", "Port of Spain 2009", "Port of Spain 2023", "Prague 2002", "Prague 2016", "Pretoria 2017", "Puerto Iguazú 2023", "Puerto Vallarta 2018", "Puerto Varas 2016", "Punta Cana 2017", "Putrajaya 2003", "Qingdao 2018", "Quebec City 2001", "Quebec City 2008", "Quito 2016", "Rancho Mirage 2016", "Rarotonga 2023", "Reykjavik 2023", "Riga 2006", "Riga 2022", "Rio de Janeiro 2024", "Rio de Janeiro 2025", "Riyadh 2007", "Riyadh 2011", "Rome 2002", "Rome 2021", "Rostov-on-Don 2010", "Rovaniemi 2019", "Samara 2007", "Samarkand 2022", "San Francisco 2023", "San Juan 2010", "San Pedro Sula 2009", "Santa Cruz de la Sierra 1996", "Santa Fe 2019", "Santa Maria 2018", "Santiago 1998", "Santiago 2007", "Santiago 2013", "Santo Domingo 2023", "Sanya 2011", "Sanya 2016", "Sea Island 2004", "Seattle 1993", "Seoul 2000", "Seoul 2010", "Shanghai 2001", "Shanghai 2006", "Sharm el-Sheikh 2008", "Sharm el-Sheikh 2015", "Shima 2016", "Siem Reap 2018", "Singapore 2007", "Singapore 2018", "Sirte 2009", "Sirte 2010", "Sochi 2019", "Sofia 2018", "St Petersburg 2002", "St Petersburg 2006", "St Petersburg 2013", "Stockholm 2019", "Strasbourg 2009", "Suva 2022", "Sydney 2007", "Taormina 2017", "Tashkent 2016", "Tehran 2012", "The Hague 2004", "The Hague 2025", "Thessaloniki 2003", "Thimphu 2010", "Tianjin 2025", "Tirana 2022", "Tokyo 2015", "Tokyo 2022", "Toronto 2010", "Toyako 2008", "Tripoli 2010", "Tunis 2004", "Tunis 2019", "Tunis 2022", "Ufa 2015", "Ulaanbaatar 2016", "Ushuaia 1998", "Valletta 2005", "Valletta 2015", "Vancouver 1997", "Veracruz 2014", "Victoria Falls 2009", "Vientiane 2016", "Vientiane 2024", "Vilnius 2013", "Vilnius 2023", "Visby 1996", "Visegrád 1991", "Vladivostok 2012", "Warsaw 2016", "Warsaw 2023", "Washington 1999", "Washington 2008", "Washington 2022", "Washington 2024", "Watford 2019", "Wilmington 2024", "Windhoek 2018", "Xi'an 2023", "Xiamen 2017", "Yamoussoukro 2014", "Yaren 2018", "Yekaterinburg 2009", "Yerevan 2018", "Yerevan 2022", "Yokohama 2010", "Yokohama 2013"]

ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'prime', 'minister', 'chief', 'dr', 'mr', 'mrs', 'ms', 'sir', 'king', 'queen', 'sheikh',
               'general', 'secretary', 'chairman', 'chairwoman', 'professor', 'prof', 'senator', 'dona', 'don', 'madam', 'lord', 'emir'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MONTH_ABBR = {1: ['Jan'], 2: ['Feb'], 3: ['Mar'], 4: ['Apr'], 5: [], 6: ['Jun'], 7: ['Jul'], 8: ['Aug'], 9: ['Sep', 'Sept'], 10: ['Oct'], 11: ['Nov'], 12: ['Dec']}
CURLY_CHARS = '\u201c\u201d\u2018\u2019'

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()
def toks(s):
    return re.findall(r'[a-z0-9]+', fold(s))
def has_seq(hay_tokens, needle):
    n = toks(needle)
    if not n:
        return False
    L = len(n)
    return any(hay_tokens[i:i + L] == n for i in range(len(hay_tokens) - L + 1))
def iso(s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            return None
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def city_forms(item):
    m = re.fullmatch(r'(.+?) \((.+)\)', item)
    if m:
        return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]
    return [item]
AVOID_FOLDED = {fold(f) for it in AVOID for f in city_forms(it)}
USED_FOLDED = set()
for it in USED:
    c, y = it.rsplit(' ', 1)
    for f in city_forms(c):
        USED_FOLDED.add((fold(f), y))

def earlier_data():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 78)]
    ids, summits, slugs = set(), [], set()
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            err('earlier gold file missing: %s' % n)
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

SENT_END = '.?!'
CLOSERS = '"\u201d'
LABEL_RE = re.compile(r"^[A-Z][A-Z'\u2019\-\. ]+: ")

def sentence_bounded(text, ev, headline):
    if ev == headline:
        return True
    for m in re.finditer(re.escape(ev), text):
        i, j = m.start(), m.end()
        ls = text.rfind('\n', 0, i) + 1
        before = text[ls:i]
        ok_start = (before == '' or LABEL_RE.fullmatch(before) is not None
                    or re.search(r'[.?!][' + CLOSERS + r']? $', before) is not None)
        after = text[j:j + 1]
        ok_end = (after in ('', '\n') or (ev[-1] in SENT_END + CLOSERS and after == ' '))
        if ev[-1] not in SENT_END + CLOSERS and after not in ('', '\n'):
            ok_end = False
        if ok_start and ok_end:
            return True
    return False

def quoted_spans(body, style):
    spans = []
    for ln in body.split('\n'):
        if style == 'straight':
            spans += re.findall(r'"([^"]*)"', ln)
        else:
            spans += re.findall('\u201c([^\u201c\u201d]*)\u201d', ln)
    return spans

def date_supported(d, pub, text, which, start, end):
    month = MONTHS[d.month - 1]
    names = [month] + MONTH_ABBR[d.month]
    for nm in names:
        if re.search(r'\b%s\.? %d\b' % (re.escape(nm), d.day), text):
            return True
    if which == 'end_date' and start and start != end and start.month == end.month:
        for nm in [MONTHS[start.month - 1]] + MONTH_ABBR[start.month]:
            if re.search(r'\b%s %d (to|and|-) %d\b' % (re.escape(nm), start.day, end.day), text):
                return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], text):
        return True
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', text, re.I):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', text, re.I):
        return True
    return False

def main():
    earlier_ids, earlier_summits, earlier_slugs = earlier_data()
    earlier_prefixes = {s.split('-')[0] for s in earlier_slugs}
    if any(i and i.split('_')[0] == 'h78' for i in earlier_ids):
        err('prefix h78 already used in earlier gold')
    try:
        raw = open(GOLD, encoding='utf-8').read()
        d = json.loads(raw)
    except Exception as e:
        err('cannot read gold: %r' % e)
        return
    if not isinstance(d, dict) or list(d.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(d['about'], str) or not d['about'].startswith(OPENING):
        err('about text must begin with the required opening sentence')
    arts = d['articles']
    if not isinstance(arts, list):
        err('articles must be a list')
        return
    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    seen_ids = set()
    summit_of = {}
    outlet_of = {}
    slugs_of = {}
    totals = collections.Counter()
    for a in arts:
        if not isinstance(a, dict):
            err('article entry is not an object'); continue
        aid = a.get('id', '?')
        E = lambda m: err('%s: %s' % (aid, m))
        if list(a.keys()) != ART_KEYS:
            E('article keys/order wrong: %s' % list(a.keys())); continue
        if not isinstance(aid, str) or not re.fullmatch(r'h78_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            E('bad id'); continue
        if aid in seen_ids:
            E('duplicate id')
        seen_ids.add(aid)
        if aid not in REG:
            E('id not registered in check.py'); continue
        if aid in earlier_ids:
            E('id used in earlier gold')
        reg = REG[aid]
        if a['split'] != 'heldout78':
            E('split must be heldout78')
        if a['file'] != 'articles/%s.txt' % aid:
            E('file must be articles/<id>.txt')
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            E('article file missing'); continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt also exists in tests/gold/articles' % aid)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        # types
        for k in ['title', 'published_at']:
            if not isinstance(a[k], str) or not a[k]:
                E('%s must be a non-empty string' % k)
        for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
            if not isinstance(a[k], list):
                E('%s must be a list' % k)
        if not isinstance(a['summit'], dict):
            E('summit must be an object'); continue
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            E('authors must be non-empty strings')
        headline = lines[0]
        if a['title'] != headline:
            E('title differs from the headline')
        tails = [i for i, l in enumerate(lines) if l.startswith(reg['tail'])]
        if not tails or tails[0] < 5:
            E('tail marker not found'); continue
        ti = tails[0]
        body = '\n'.join(lines[4:ti])
        noise = '\n'.join(lines[1:4] + lines[ti:])
        hb = headline + '\n' + body
        hb_tokens = toks(hb)
        bw = len(body.split())
        fw = len(text.split())
        if not 420 <= bw <= 600:
            E('body has %d words (420-600)' % bw)
        if fw > 700:
            E('file has %d words (max 700)' % fw)
        # outlet line and date
        pub = iso(a['published_at'])
        if not pub:
            E('published_at is not a valid ISO date'); continue
        ol = lines[1]
        outlet_of[aid] = ol.split(' | ')[0].strip()
        wd = WEEKDAYS[pub.weekday()]
        if not re.search(r'\b%s, %s %d, %d\b' % (wd, MONTHS[pub.month - 1], pub.day, pub.year), ol):
            E('outlet line does not give %s, %s %d, %d' % (wd, MONTHS[pub.month - 1], pub.day, pub.year))
        for w in WEEKDAYS:
            if w != wd and re.search(r'\b%s\b' % w, ol):
                E('other weekday on outlet line')
        # authors and staff
        part_keys = [p.get('key') for p in a['participants'] if isinstance(p, dict)]
        for au in a['authors']:
            if au not in lines[2]:
                E('author %s not in byline' % au)
            if 'person:' + '-'.join(toks(au)) in part_keys:
                E('author listed as participant: %s' % au)
        for st in reg['staff']:
            if st not in noise:
                E('credited staff %s not in page noise' % st)
            if st in hb:
                E('credited staff %s appears in headline/body' % st)
            if 'person:' + '-'.join(toks(st)) in part_keys:
                E('credited staff listed as participant: %s' % st)
        # style
        if reg['style'] == 'straight':
            if any(c in text for c in CURLY_CHARS):
                E('curly mark in a straight article')
            for ln in lines:
                if ln.count('"') % 2:
                    E('odd number of straight double marks on a line: %s' % ln[:50])
        else:
            if '"' in text or "'" in text:
                E('straight mark in a curly article')
            if '\u2018' in text:
                E('opening single curly mark in a curly article')
            for ln in lines:
                depth = 0
                for c in ln:
                    if c == '\u201c':
                        depth += 1
                        if depth > 1: E('nested curly marks'); break
                    elif c == '\u201d':
                        depth -= 1
                        if depth < 0: E('unopened curly mark'); break
                if depth > 0:
                    E('unclosed curly mark on a line: %s' % ln[:50])
        if any(c in headline + noise for c in '"\u201c\u201d'):
            E('double quotation mark in the headline or page noise')
        OPEN, CLOSE = ('"', '"') if reg['style'] == 'straight' else ('\u201c', '\u201d')
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            E('summit keys/order wrong'); continue
        for k in FIELDS:
            if not isinstance(s[k], str) or not s[k]:
                E('summit %s must be a non-empty string' % k)
        sd, ed = iso(s['start_date']), iso(s['end_date'])
        if not sd or not ed:
            E('summit dates invalid'); continue
        if sd > ed:
            E('start after end')
        if (ed - sd).days > 6:
            E('summit longer than a week')
        if not (sd <= pub <= ed + datetime.timedelta(days=21)):
            E('publication date not between start and three weeks after end')
        if s['organization'] not in ORG_NAMES:
            E('organisation not registered')
        if fold(s['city']) in AVOID_FOLDED:
            E('city on the avoid list')
        if (fold(s['city']), str(sd.year)) in USED_FOLDED:
            E('city and year on the used list')
        for (o, c, st) in earlier_summits:
            if c and st and fold(c) == fold(s['city']) and st[:4] == str(sd.year):
                E('city and year used by an earlier summit entry'); break
        if (s['organization'], s['city'], s['start_date']) in earlier_summits:
            E('summit already in earlier gold')
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or [f for f in FIELDS if f in tf] != tf:
            E('text_fields must be a non-empty subset of the five fields in canonical order')
        else:
            if 'organization' in tf and not any(has_seq(hb_tokens, n) for n in ORG_NAMES.get(s['organization'], [])):
                E('organisation name not in text')
            for k in ['city', 'country']:
                if k in tf and not has_seq(hb_tokens, s[k]):
                    E('%s not in text' % k)
            for k, dd in [('start_date', sd), ('end_date', ed)]:
                if k in tf and not date_supported(dd, pub, hb, k, sd, ed):
                    E('%s not supported by the text' % k)
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        # participants
        pkeys = set()
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                E('participant keys/order wrong'); continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                E('bad participant key %r' % k); continue
            if k in pkeys:
                E('duplicate participant %s' % k)
            pkeys.add(k)
            name = k.split(':', 1)[1].split('-')
            if name[0] in TITLE_WORDS:
                E('title word in key %s' % k)
            if not has_seq(hb_tokens, ' '.join(name)):
                E('name of %s not in headline/body' % k)
            for f in ['role', 'affiliation']:
                v = p[f]
                if not isinstance(v, str) or not v.strip():
                    E('%s of %s empty' % (f, k))
                elif reg['style'] == 'curly' and ("'" in v or '"' in v):
                    E('straight mark in %s of %s (curly article)' % (f, k))
                elif reg['style'] == 'straight' and any(c in v for c in CURLY_CHARS):
                    E('curly mark in %s of %s (straight article)' % (f, k))
        # quotes
        pos = 0
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                E('quote keys/order wrong'); continue
            if q['kind'] not in ('direct', 'partial'):
                E('bad quote kind %r' % q['kind'])
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person:[a-z0-9]+(-[a-z0-9]+)+|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})', sk):
                E('bad speaker key %r' % sk)
            elif sk.startswith('person:') and sk not in pkeys:
                E('speaker %s not a participant' % sk)
            if not isinstance(q['text'], str) or not q['text']:
                E('empty quote text'); continue
            needle = OPEN + q['text'] + CLOSE
            i = body.find(needle, pos)
            if i < 0:
                E('quote not found in body in text order: %s' % q['text'][:50])
            else:
                pos = i + len(needle)
        if not all(isinstance(x, str) and x for x in a['not_quotes']):
            E('not_quotes must be non-empty strings')
        ann = collections.Counter([q['text'] for q in a['quotes'] if isinstance(q, dict)] + list(a['not_quotes']))
        found = collections.Counter(quoted_spans(body, reg['style']))
        if ann != found:
            E('quoted spans and annotations differ: extra in text %s, missing in text %s' % (list((found - ann).keys()), list((ann - found).keys())))
        # facts
        art_slugs = {}
        prefixes = set()
        all_ev = []
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                E('fact keys/order wrong'); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                E('empty statement')
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or not set(kinds) <= FACT_KINDS:
                E('bad fact kinds %r' % kinds)
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*', sa):
                E('bad same_as %r' % sa); continue
            if sa in art_slugs:
                E('same_as repeated in article: %s' % sa)
            art_slugs[sa] = tuple(kinds) if isinstance(kinds, list) else ()
            pre = sa.split('-')[0]
            prefixes.add(pre)
            if sa in earlier_slugs:
                E('same_as used in earlier gold: %s' % sa)
            if pre in earlier_prefixes:
                E('same_as prefix used in earlier gold: %s' % pre)
            if not pre.endswith(s['start_date'][2:4]):
                E('prefix %s does not end with the summit year' % pre)
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                E('evidence must be a non-empty list'); continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    E('evidence empty or with outer spaces: %r' % (e[:40] if isinstance(e, str) else e)); continue
                if e not in hb:
                    E('evidence not verbatim in headline/body: %s' % e[:60]); continue
                if not sentence_bounded(hb, e, headline):
                    E('evidence not sentence-bounded: %s' % e[:60])
                all_ev.append(e)
        if len(prefixes) > 1:
            E('more than one same_as prefix: %s' % sorted(prefixes))
        for q in a['quotes']:
            if isinstance(q, dict) and isinstance(q.get('text'), str):
                needle = OPEN + q['text'] + CLOSE
                if not any(needle in e for e in all_ev):
                    E('quote not inside any evidence: %s' % q['text'][:50])
        slugs_of[aid] = (prefixes, art_slugs)
        nd = sum(1 for q in a['quotes'] if isinstance(q, dict) and q.get('kind') == 'direct')
        totals.update(quotes=len(a['quotes']), direct=nd, partial=len(a['quotes']) - nd, not_quotes=len(a['not_quotes']),
                      participants=len(a['participants']), facts=len(a['facts']))
        kc = collections.Counter(k for f in a['facts'] if isinstance(f, dict) and isinstance(f.get('kind'), list) for k in f['kind'])
        totals.update(kc)
        print('%-42s quotes %2d (%d/%d) nq %d parts %2d facts %2d words %d/%d' % (aid, len(a['quotes']), nd, len(a['quotes']) - nd,
              len(a['not_quotes']), len(a['participants']), len(a['facts']), fw, bw))
    # folder/entry correspondence
    for t in txts:
        if t[:-4] not in seen_ids:
            err('file %s has no gold entry' % t)
    for i in seen_ids:
        if i + '.txt' not in txts:
            err('entry %s has no file' % i)
    if set(REG) != seen_ids:
        err('registered ids and gold ids differ')
    # shape
    if len(arts) != 8:
        err('need 8 articles, found %d' % len(arts))
    groups = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        groups[(sm[0], sm[1], sm[3])].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('shape must be 5 summits: 3 pairs and 2 singles, found sizes %s' % sizes)
    pre_owner = {}
    for key, ids in groups.items():
        for i in ids:
            for p in slugs_of.get(i, (set(), {}))[0]:
                if pre_owner.setdefault(p, key) != key:
                    err('prefix %s shared by two summits' % p)
        if len(ids) == 2:
            x, y = ids
            if outlet_of.get(x) == outlet_of.get(y):
                err('pair %s/%s from the same outlet' % (x, y))
            if summit_of[x] != summit_of[y]:
                err('pair %s/%s disagree on summit data' % (x, y))
            sx, sy = slugs_of.get(x, (None, {}))[1], slugs_of.get(y, (None, {}))[1]
            shared = sorted(set(sx) & set(sy))
            if len(shared) < 5:
                err('pair %s/%s share only %d slugs' % (x, y, len(shared)))
            for sl in shared:
                if sx[sl] != sy[sl]:
                    err('shared slug %s has different kinds' % sl)
            print('shared %s: %d %s' % (key[1], len(shared), ' '.join(shared)))
    print('totals: ' + ', '.join('%s %d' % kv for kv in sorted(totals.items())))

if __name__ == '__main__':
    try:
        main()
    except Exception as e:
        import traceback; traceback.print_exc()
        err('checker crashed: %r' % e)
    if errors:
        for e in errors:
            print('ERROR: ' + e)
        print('FAIL (%d errors)' % len(errors))
        sys.exit(1)
    print('OK')
