#!/usr/bin/env python3
"""Checker for held-out set heldout87 (written by the set's annotator; exits 1 on any error, a crash counts).
Run: python3 /work/main/tests/gold/pending/heldout87/check.py
Earlier gold files are read from ../../ (facts_gold.json and heldoutM_gold.json for M = 5 to 85, opened by exact
name, only those that exist); the environment variable H87_EARLIER can point elsewhere."""
import json, os, re, sys, datetime, unicodedata, collections, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H87_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout87_gold.json')
ABOUT_START = ("Held-out set round 87 (split=heldout87), written by an independent annotator; not yet scored or read "
               "by anyone working on the extractors.")
AVOID = ["Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali", "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku", "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu", "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha", "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm", "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw", "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul", "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo", "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau", "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing", "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha", "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen", "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén", "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama", "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing", "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe", "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat", "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin", "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh", "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé", "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar", "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków", "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi", "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo", "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)", "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca", "Thessaloniki (Porto Carras, Halkidiki)", "San Juan", "Mbabane", "Minsk", "Paranal", "São Tomé", "Tegucigalpa", "Ljubljana", "Seville", "Kingston", "Pattaya", "Rabat", "Lagos", "Williamsburg", "Fez", "Kyiv", "Bangalore", "Grand Baie", "Guadalajara", "Yaoundé", "Fort Lauderdale", "Gabala", "Cotonou", "Maastricht", "Potrero de los Funes", "Subic Bay", "Kroměříž", "Yalta", "Chaguaramas", "Ocho Rios", "Punta Mita", "Libreville", "Praia", "Naples", "Venice", "Koror", "Inshas", "Ottawa", "Corfu", "Windsor", "Amsterdam", "Tucumán"]
USED = [["Abidjan", "2012"], ["Abidjan", "2017"], ["Abu Dhabi", "1981"], ["Abuja", "2019"], ["Abuja", "2024"], ["Accra", "2022"], ["Addis Ababa", "2007"], ["Addis Ababa", "2017"], ["Addis Ababa", "2024"], ["Addis Ababa", "2025"], ["Addu City", "2011"], ["Al-Ula", "2021"], ["Algiers", "2022"], ["Alma-Ata", "1991"], ["Alofi", "2008"], ["Amman", "2001"], ["Amsterdam", "1997"], ["Antalya", "2015"], ["Antananarivo", "2016"], ["Antigua Guatemala", "2013"], ["Apia", "2024"], ["Arusha", "2016"], ["Ashgabat", "2021"], ["Astana", "2017"], ["Astana", "2024"], ["Asunción", "2015"], ["Auckland", "1995"], ["Awaza", "2021"], ["Baghdad", "2012"], ["Baghdad", "2025"], ["Baku", "2019"], ["Bamako", "2017"], ["Bandar Seri Begawan", "2013"], ["Bangalore", "1986"], ["Bangkok", "2022"], ["Bangkok", "2025"], ["Banjul", "2024"], ["Barcelona", "2005"], ["Bariloche", "2009"], ["Beijing", "2012"], ["Beijing", "2014"], ["Beijing", "2023"], ["Beirut", "2002"], ["Belén", "2015"], ["Bento Gonçalves", "2019"], ["Biarritz", "2019"], ["Birmingham", "1998"], ["Bishkek", "2007"], ["Bishkek", "2019"], ["Bissau", "2023"], ["Blantyre", "1997"], ["Bogor", "1994"], ["Bonn", "1982"], ["Borgo Egnazia", "2024"], ["Brasília", "2008"], ["Bratislava", "2016"], ["Brisbane", "2014"], ["Brussels", "2016"], ["Brussels", "2017"], ["Brussels", "2018"], ["Brussels", "2019"], ["Brussels", "2021"], ["Brussels", "2022"], ["Brussels", "2023"], ["Bucharest", "2006"], ["Bucharest", "2008"], ["Bucharest", "2018"], ["Budapest", "1994"], ["Buenos Aires", "2018"], ["Buenos Aires", "2023"], ["Busan", "2005"], ["Bürgenstock", "2024"], ["Cairns", "2009"], ["Cairo", "2024"], ["Cali", "2013"], ["Cali", "2017"], ["Camp David", "2012"], ["Camp David", "2023"], ["Cancún", "2017"], ["Cannes", "2011"], ["Caracas", "2011"], ["Carbis Bay", "2021"], ["Cartagena", "2012"], ["Cartagena", "2016"], ["Casablanca", "1989"], ["Cebu", "2007"], ["Chaguaramas", "1973"], ["Chicago", "2012"], ["Chisinau", "2023"], ["Cholpon-Ata", "2018"], ["Cologne", "1999"], ["Colombo", "2013"], ["Colombo", "2022"], ["Coolum", "2002"], ["Copenhagen", "2002"], ["Corfu", "1994"], ["Cotonou", "1995"], ["Cádiz", "2012"], ["Córdoba", "2006"], ["Da Nang", "2017"], ["Dakar", "2008"], ["Dakar", "2021"], ["Damascus", "2008"], ["Dar es Salaam", "2015"], ["Dar es Salaam", "2019"], ["Dead Sea", "2017"], ["Deauville", "2011"], ["Denver", "1997"], ["Dhahran", "2018"], ["Dhaka", "2005"], ["Diamniadio", "2014"], ["Dili", "2014"], ["Djerba", "2022"], ["Djibouti", "2023"], ["Doha", "2007"], ["Doha", "2013"], ["Dubrovnik", "2016"], ["Durban", "1999"], ["Durban", "2013"], ["Dushanbe", "2019"], ["Edinburgh", "1997"], ["Elmau", "2015"], ["Elmau", "2022"], ["Enniskillen", "2013"], ["Entebbe", "2024"], ["Evian", "2003"], ["Fez", "1982"], ["Fort Lauderdale", "2005"], ["Fortaleza", "2014"], ["Funafuti", "2019"], ["Gabala", "2013"], ["Gaborone", "2015"], ["Genoa", "2001"], ["Georgetown", "2024"], ["Gleneagles", "2005"], ["Goa", "2016"], ["Gothenburg", "2001"], ["Goyang", "2024"], ["Granada", "2023"], ["Grand Baie", "2004"], ["Guadalajara", "1991"], ["Halifax", "1995"], ["Hamburg", "2017"], ["Hangzhou", "2016"], ["Hanoi", "2004"], ["Hanoi", "2010"], ["Harare", "2024"], ["Havana", "2006"], ["Havana", "2014"], ["Heiligendamm", "2007"], ["Helsinki", "1999"], ["Hiroshima", "2023"], ["Honolulu", "2011"], ["Houston", "1990"], ["Hua Hin", "2009"], ["Huntsville", "2010"], ["Inshas", "1946"], ["Islamabad", "2017"], ["Istanbul", "2004"], ["Istanbul", "2016"], ["Istanbul", "2021"], ["Jakarta", "2016"], ["Jakarta", "2023"], ["Jeddah", "2023"], ["Johannesburg", "2015"], ["Johannesburg", "2023"], ["Johannesburg", "2025"], ["Kampala", "2007"], ["Kampala", "2010"], ["Kampala", "2024"], ["Kananaskis", "2002"], ["Kananaskis", "2025"], ["Kathmandu", "2014"], ["Kazan", "2024"], ["Khanty-Mansiysk", "2008"], ["Khartoum", "2006"], ["Kigali", "2016"], ["Kigali", "2022"], ["Kingston", "1975"], ["Kingstown", "2024"], ["Kinshasa", "2012"], ["Kiruna", "2013"], ["Koror", "2014"], ["Kraków", "2021"], ["Kroměříž", "2004"], ["Kuala Lumpur", "1998"], ["Kuala Lumpur", "2005"], ["Kuala Lumpur", "2015"], ["Kuala Lumpur", "2025"], ["Kuwait City", "2013"], ["Kuwait City", "2017"], ["Kyiv", "2006"], ["L'Aquila", "2009"], ["La Malbaie", "2018"], ["Labuan Bajo", "2023"], ["Lagos", "1975"], ["Lahore", "1974"], ["Libreville", "1983"], ["Lilongwe", "2021"], ["Lima", "2008"], ["Lima", "2016"], ["Lima", "2018"], ["Lima", "2024"], ["Limassol", "1993"], ["Lisbon", "1996"], ["Lisbon", "2007"], ["Lisbon", "2010"], ["Ljubljana", "2019"], ["Lomé", "2000"], ["London", "1990"], ["London", "2009"], ["London", "2018"], ["Los Angeles", "2022"], ["Los Cabos", "2002"], ["Los Cabos", "2012"], ["Luanda", "2023"], ["Lusaka", "2007"], ["Lyon", "1996"], ["Maastricht", "1991"], ["Madrid", "1997"], ["Madrid", "2022"], ["Majuro", "2013"], ["Malabo", "2011"], ["Malabo", "2014"], ["Malé", "1997"], ["Manama", "2016"], ["Manama", "2024"], ["Manila", "2015"], ["Manila", "2017"], ["Maputo", "2003"], ["Mar del Plata", "2005"], ["Mbabane", "2016"], ["Mecca", "2012"], ["Mecca", "2019"], ["Medellín", "2019"], ["Melbourne", "1981"], ["Melbourne", "2024"], ["Mendoza", "2012"], ["Mendoza", "2017"], ["Mexico City", "2021"], ["Miami", "1994"], ["Milan", "2014"], ["Minsk", "1993"], ["Moncton", "1999"], ["Monrovia", "2017"], ["Montego Bay", "2018"], ["Monterrey", "2004"], ["Montevideo", "2024"], ["Montreal", "2019"], ["Montreux", "2010"], ["Moscow", "2003"], ["Moscow", "2024"], ["Muscat", "2008"], ["N'Djamena", "2014"], ["Nago", "2000"], ["Nairobi", "2016"], ["Nakhchivan", "2009"], ["Nanjing", "2009"], ["Naples", "1994"], ["Nassau", "1985"], ["Naypyidaw", "2014"], ["New Delhi", "2015"], ["New Delhi", "2023"], ["Newport", "2014"], ["Niamey", "2019"], ["Nizhny Novgorod", "2011"], ["Nouakchott", "2016"], ["Nouakchott", "2018"], ["Nuku'alofa", "2024"], ["Nusa Dua", "2011"], ["Nusa Dua", "2022"], ["Nuuk", "2011"], ["Ocho Rios", "1982"], ["Osaka", "1995"], ["Osaka", "2019"], ["Oslo", "2023"], ["Ottawa", "1973"], ["Ouagadougou", "1998"], ["Ouro Preto", "1994"], ["Panama City", "2015"], ["Paranal", "2012"], ["Paris", "2008"], ["Pattaya", "2009"], ["Perth", "2011"], ["Phnom Penh", "2012"], ["Phnom Penh", "2022"], ["Pittsburgh", "2009"], ["Pohnpei", "2016"], ["Port Moresby", "2015"], ["Port Moresby", "2018"], ["Port of Spain", "2009"], ["Port of Spain", "2023"], ["Porto", "1998"], ["Potrero de los Funes", "1996"], ["Prague", "2002"], ["Prague", "2016"], ["Praia", "1998"], ["Pretoria", "2017"], ["Puerto Iguazú", "2023"], ["Puerto Vallarta", "2018"], ["Puerto Varas", "2016"], ["Punta Cana", "2017"], ["Punta Mita", "2014"], ["Putrajaya", "2003"], ["Qingdao", "2018"], ["Quebec City", "2001"], ["Quebec City", "2008"], ["Quito", "2016"], ["Rabat", "1969"], ["Rancho Mirage", "2016"], ["Rarotonga", "2023"], ["Reykjavik", "2023"], ["Riga", "2006"], ["Riga", "2022"], ["Rio de Janeiro", "2024"], ["Rio de Janeiro", "2025"], ["Riyadh", "2007"], ["Riyadh", "2011"], ["Rome", "2002"], ["Rome", "2021"], ["Rostov-on-Don", "2010"], ["Rovaniemi", "2019"], ["Samara", "2007"], ["Samarkand", "2022"], ["San Francisco", "2023"], ["San Juan", "2010"], ["San Miguel de Tucumán", "2008"], ["San Pedro Sula", "2009"], ["Santa Cruz de la Sierra", "1996"], ["Santa Fe", "2019"], ["Santa Maria", "2018"], ["Santiago", "1998"], ["Santiago", "2007"], ["Santiago", "2013"], ["Santo Domingo", "2023"], ["Sanya", "2011"], ["Sanya", "2016"], ["Sea Island", "2004"], ["Seattle", "1993"], ["Seoul", "2000"], ["Seoul", "2010"], ["Seville", "2002"], ["Shanghai", "2001"], ["Shanghai", "2006"], ["Sharm el-Sheikh", "2008"], ["Sharm el-Sheikh", "2015"], ["Shima", "2016"], ["Siem Reap", "2018"], ["Singapore", "2007"], ["Singapore", "2018"], ["Sirte", "2009"], ["Sirte", "2010"], ["Sochi", "2019"], ["Sofia", "2018"], ["St Petersburg", "2002"], ["St Petersburg", "2006"], ["St Petersburg", "2013"], ["Stockholm", "2019"], ["Strasbourg", "2009"], ["Subic Bay", "1996"], ["Suva", "2022"], ["Sydney", "2007"], ["São Tomé", "2023"], ["Taormina", "2017"], ["Tashkent", "2016"], ["Tegucigalpa", "1991"], ["Tehran", "2012"], ["The Hague", "2004"], ["The Hague", "2025"], ["Thessaloniki", "2003"], ["Thimphu", "2010"], ["Tianjin", "2025"], ["Tirana", "2022"], ["Tokyo", "2015"], ["Tokyo", "2022"], ["Toronto", "2010"], ["Toyako", "2008"], ["Tripoli", "2010"], ["Tunis", "2004"], ["Tunis", "2019"], ["Tunis", "2022"], ["Ufa", "2015"], ["Ulaanbaatar", "2016"], ["Ushuaia", "1998"], ["Valletta", "2005"], ["Valletta", "2015"], ["Vancouver", "1997"], ["Venice", "1980"], ["Veracruz", "2014"], ["Victoria Falls", "2009"], ["Vientiane", "2016"], ["Vientiane", "2024"], ["Vilnius", "2013"], ["Vilnius", "2023"], ["Visby", "1996"], ["Visegrád", "1991"], ["Vladivostok", "2012"], ["Warsaw", "2016"], ["Warsaw", "2023"], ["Washington", "1999"], ["Washington", "2008"], ["Washington", "2022"], ["Washington", "2024"], ["Watford", "2019"], ["Williamsburg", "1983"], ["Wilmington", "2024"], ["Windhoek", "2018"], ["Windsor", "2000"], ["Xi'an", "2023"], ["Xiamen", "2017"], ["Yalta", "1998"], ["Yamoussoukro", "2014"], ["Yaoundé", "1996"], ["Yaren", "2018"], ["Yekaterinburg", "2009"], ["Yerevan", "2018"], ["Yerevan", "2022"], ["Yokohama", "2010"], ["Yokohama", "2013"]]

# Per-article registry: outlet quote style, page-noise layout (header = lines before the first blank line; the body runs
# from there to the tail marker, minus the middle noise blocks), credited staff, reader-comment block.
REG = {
 'h87_g7_munich_tessera': dict(style='straight', tail='(Reporting by', mid=[('-- Also on Tessera --', 'Markets:')],
     staff=['Asger Vosskuhl-Mussell'], comments=('Reader comments (4)', 4)),
 'h87_g7_munich_isarbote': dict(style='curly', tail='Comments (5)', mid=[('Photo caption:', 'Photo caption:'), ('Read also:', 'Newsletter:')],
     staff=[], comments=('Comments (5)', 5)),
 'h87_eu_berlin_sorrel': dict(style='straight', tail='[END OF TRANSCRIPT]', mid=[], staff=[], comments=('Listener comments (3)', 3)),
 'h87_eu_berlin_fieldgate': dict(style='curly', tail='Read next:', mid=[('ADVERTISEMENT', 'Spring field days')], staff=[],
     comments=('Reader comments (3)', 3)),
 'h87_eu_milan_severn': dict(style='straight', tail='Photo: The conference room', mid=[], staff=[], comments=None),
 'h87_eu_milan_naviglio': dict(style='curly', tail='Read next:', mid=[('Photo caption:', 'Photo caption:')], staff=[],
     comments=("Readers\u2019 letters (3)", 3)),
 'h87_mercosur_laslenas_atuel': dict(style='curly', tail='Related:', mid=[('Photo:', 'Photo:')], staff=[], comments=('Comments (4)', 4)),
 'h87_pif_nukualofa_coralchannel': dict(style='straight', tail='FAQ:', mid=[('ADVERTISEMENT', 'ADVERTISEMENT')], staff=[],
     comments=('Comments (4)', 4)),
}
ORGS = {'org:eu': ('eu', ['european union', 'european council', 'eu']),
        'org:g7': ('g7', ['group of seven', 'g7']),
        'org:mercosur': ('mercosur', ['mercosur', 'southern common market']),
        'org:pif': ('pif', ['pacific islands forum'])}
ALLOWED_ORGS = ['org:eu', 'org:asean', 'org:apec', 'org:cis', 'org:ecowas', 'org:pif', 'org:brics', 'org:nordic-council',
                'org:eac', 'org:igad', 'org:celac', 'org:mercosur', 'org:visegrad-group', 'org:bsec', 'org:commonwealth',
                'org:g7', 'org:g8', 'org:francophonie']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUM_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
Q_KEYS = ['text', 'speaker_key', 'kind']
P_KEYS = ['key', 'role', 'affiliation']
F_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
QUOTE_KINDS = {'direct', 'partial'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
TITLE_WORDS = {'president', 'prime', 'minister', 'king', 'queen', 'chancellor', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord',
               'commodore', 'general', 'secretary', 'governor', 'premier', 'sheikh', 'prince'}
CURLY = '\u201c\u201d\u2018\u2019'

errors = []
def err(msg):
    errors.append(msg)

def fold(s, german=False):
    if german:
        for a, b in (('ö', 'oe'), ('ü', 'ue'), ('ä', 'ae'), ('Ö', 'Oe'), ('Ü', 'Ue'), ('Ä', 'Ae')):
            s = s.replace(a, b)
    for a, b in (('ø', 'o'), ('Ø', 'O'), ('æ', 'ae'), ('Æ', 'Ae'), ('ß', 'ss'), ('ł', 'l'), ('Ł', 'L'), ('ð', 'd'), ('þ', 'th')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"(?<=\w)['\u2019](?=\w)", '', s)
    return s.lower()

def tokens(s):
    return re.findall(r'[a-z0-9]+', s)

def has_seq(hay_tokens, needle_tokens):
    n = len(needle_tokens)
    if n == 0:
        return False
    for i in range(len(hay_tokens) - n + 1):
        if hay_tokens[i:i + n] == needle_tokens:
            return True
    return False

def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)$', entry)
    if not m:
        return [entry]
    return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]

def parse_date(s, where):
    try:
        return datetime.date.fromisoformat(s) if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s) else None
    except ValueError:
        return None

def split_article(text, reg):
    """Returns lines, header lines (before first blank), body lines [(index, line)], noise lines [(index, line)]."""
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    b = lines.index('')
    header = lines[:b]
    body, noise = [], [(i, l) for i, l in enumerate(header) if i > 0]
    inmid = False
    end = None
    tail_i = None
    for i in range(b + 1, len(lines)):
        l = lines[i]
        if l.startswith(reg['tail']):
            tail_i = i
            break
        if not inmid:
            starts = [e for a, e in reg['mid'] if l.startswith(a)]
            if starts:
                end = starts[0]
                noise.append((i, l))
                inmid = not l.startswith(end)
                continue
            body.append((i, l))
        else:
            noise.append((i, l))
            if l.startswith(end):
                inmid = False
    if tail_i is None:
        raise ValueError('tail marker not found: %r' % reg['tail'])
    if inmid:
        raise ValueError('middle noise block not closed')
    noise += [(i, lines[i]) for i in range(tail_i, len(lines))]
    return lines, header, body, noise, tail_i

def quoted_spans(s, style):
    if style == 'straight':
        return re.findall(r'"([^"]*)"', s)
    return re.findall('\u201c([^\u201c\u201d]*)\u201d', s)

def sentence_bounded(ev, text_lines, title):
    if ev == title:
        return True
    if ev != ev.strip():
        return False
    ok = False
    for l in text_lines:
        start = 0
        while True:
            i = l.find(ev, start)
            if i < 0:
                break
            start = i + 1
            pre = l[:i]
            post = l[i + len(ev):]
            left = (pre == '' or re.search(r'[.?!]["\u201d]? $', pre) is not None
                    or re.fullmatch(r"[A-Z][A-Z' \-]+: ", pre) is not None)
            right = post == '' or post.startswith(' ')
            endok = re.search(r'([.?!]|[.?!,]["\u201d])$', ev) is not None or post == ''
            if left and right and endok:
                ok = True
    return ok

def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 86)]
    ids, slugs, prefixes, summits = set(), set(), set(), []
    n = 0
    for nm in names:
        p = os.path.join(EARLIER, nm)
        if not os.path.exists(p):
            continue
        n += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return n, ids, slugs, prefixes, summits

def main():
    g = json.load(open(GOLD, encoding='utf-8'), object_pairs_hook=collections.OrderedDict)
    if list(g.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
    if not isinstance(g.get('about'), str) or not g['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = g.get('articles', [])
    n_earlier, e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    if n_earlier < 50:
        err('too few earlier gold files found under %s (%d)' % (EARLIER, n_earlier))
    avoid = set()
    for c in AVOID:
        for f in city_forms(c):
            avoid.add(fold(f))
    used = set()
    for c, y in USED:
        for f in city_forms(c):
            used.add((fold(f), y))
    for org, city, sd in e_summits:
        if city and sd:
            used.add((fold(city), sd[:4]))
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(arts) != 8:
        err('expected 8 articles, found %d' % len(arts))
    if sorted(ids) != sorted(REG):
        err('ids do not match the registry: %s' % ids)
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids if i) != txt_files:
        err('article files and ids do not match: files %s' % txt_files)
    slug_arts = collections.defaultdict(list)
    summit_of = {}
    outlet_of = {}
    totals = collections.Counter()
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys %s' % (aid, list(a.keys())))
            continue
        reg = REG.get(aid)
        if reg is None:
            continue
        m = re.fullmatch(r'h87_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)', aid)
        if not m:
            err('%s: id not of the form h87_<body>_<city>_<outlet>' % aid)
            continue
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != 'heldout87':
            err('%s: split' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file field' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        text = open(path, encoding='utf-8').read()
        lines, header, body, noise, tail_i = split_article(text, reg)
        body_text = '\n'.join(l for _, l in body)
        noise_text = '\n'.join(l for _, l in noise)
        title = lines[0]
        visible = [title] + [l for _, l in body]
        ftok = tokens(fold('\n'.join(visible)))
        gtok = tokens(fold('\n'.join(visible), german=True))
        # ---- title, outlet line, byline
        if a['title'] != title:
            err('%s: title differs from the headline' % aid)
        if not isinstance(a['authors'], list) or not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors' % aid)
        pub = parse_date(a['published_at'], aid)
        if pub is None:
            err('%s: published_at not an ISO date' % aid)
            continue
        outlet = header[1] if len(header) > 1 else ''
        need = [WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], str(pub.day), str(pub.year)]
        for w in need:
            if not re.search(r'\b%s\b' % re.escape(w), outlet):
                err('%s: outlet line lacks %s' % (aid, w))
        others = [w for w in WEEKDAYS if w != WEEKDAYS[pub.weekday()] and w in outlet]
        if others:
            err('%s: other weekday on outlet line' % aid)
        outlet_of[aid] = outlet.split('|')[0].strip()
        byline = header[2] if len(header) > 2 else ''
        for au in a['authors']:
            if au not in byline:
                err('%s: author %s not in the byline' % (aid, au))
        for st in reg['staff']:
            if st not in noise_text:
                err('%s: credited staff %s not in the page noise' % (aid, st))
        # ---- page noise present
        if len(header) < 4:
            err('%s: no page noise above the body' % aid)
        if len(lines) - tail_i < 2:
            err('%s: no page noise below the body' % aid)
        if reg['comments']:
            hd, n = reg['comments']
            try:
                ci = lines.index(hd)
            except ValueError:
                err('%s: comment section header %r not found' % (aid, hd))
            else:
                if ci < tail_i or len(lines) < ci + 1 + n or not all(':' in l for l in lines[ci + 1:ci + 1 + n]):
                    err('%s: comment section malformed' % aid)
        # ---- word counts
        wc = len(body_text.split())
        if not 420 <= wc <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, wc))
        # ---- quote style
        style = reg['style']
        if style == 'straight':
            if any(c in text for c in CURLY):
                err('%s: curly mark in a straight article' % aid)
            for l in lines:
                if l.count('"') % 2:
                    err('%s: odd number of straight marks on a line' % aid)
        else:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
            for l in lines:
                depth = 0
                for c in l:
                    if c == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks' % aid)
                    elif c == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark' % aid)
                            depth = 0
                if depth:
                    err('%s: unclosed curly mark' % aid)
        if '"' in title or '\u201c' in title or '"' in noise_text or '\u201c' in noise_text or '\u201d' in noise_text:
            err('%s: double quotation mark in headline or page noise' % aid)
        # ---- summit
        s = a['summit']
        if list(s.keys()) != SUM_KEYS:
            err('%s: summit keys %s' % (aid, list(s.keys())))
            continue
        org = s['organization']
        if org not in ALLOWED_ORGS:
            err('%s: organization %s not allowed by the brief' % (aid, org))
        if org not in ORGS:
            err('%s: organization %s not registered' % (aid, org))
            continue
        if m.group(1) != ORGS[org][0]:
            err('%s: id body part does not match %s' % (aid, org))
        if m.group(2) != re.sub(r'[^a-z0-9]', '', fold(s['city'])):
            err('%s: id city part does not match the city' % aid)
        sd, ed = parse_date(s['start_date'], aid), parse_date(s['end_date'], aid)
        if sd is None or ed is None:
            err('%s: summit dates not valid ISO dates' % aid)
            continue
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        if not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: published_at outside the summit window' % aid)
        fc = fold(s['city'])
        if fc in avoid:
            err('%s: city %s on the avoid list' % (aid, s['city']))
        if (fc, s['start_date'][:4]) in used:
            err('%s: city and year already used' % aid)
        if (org, s['city'], s['start_date']) in e_summits:
            err('%s: summit already in earlier gold' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(x not in FIELDS for x in tf) or tf != [x for x in FIELDS if x in tf]:
            err('%s: text_fields not a non-empty ordered subset of the five fields' % aid)
            tf = []
        if 'organization' in tf and not any(has_seq(ftok, tokens(fold(n))) for n in ORGS[org][1]):
            err('%s: organization not named in the text' % aid)
        for fld in ('city', 'country'):
            if fld in tf and not has_seq(ftok, tokens(fold(s[fld]))):
                err('%s: %s %s not in the text' % (aid, fld, s[fld]))
        for fld, d in (('start_date', sd), ('end_date', ed)):
            if fld not in tf:
                continue
            vis = '\n'.join(visible)
            ok = False
            mon = MONTHS[d.month - 1]
            for mm in re.finditer(mon + r' ((?:\d{1,2})(?:(?:, | and | to |-)\d{1,2})*)', vis):
                if str(d.day) in re.findall(r'\d+', mm.group(1)):
                    ok = True
            delta = (pub - d).days
            if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], vis):
                ok = True
            if delta == 1 and re.search(r'\b(yesterday|last night)\b', vis, re.I):
                ok = True
            if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', vis, re.I):
                ok = True
            if not ok:
                err('%s: %s %s not recoverable from the text' % (aid, fld, d))
        summit_of[aid] = (org, s['city'], s['country'], s['start_date'], s['end_date'])
        # ---- participants
        pkeys = []
        ap_bad = "'" if style == 'curly' else '\u2019'
        for p in a['participants']:
            if list(p.keys()) != P_KEYS:
                err('%s: participant keys %s' % (aid, list(p.keys())))
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err('%s: participant key %s malformed' % (aid, k))
                continue
            nt = k[len('person:'):].split('-')
            if nt[0] in TITLE_WORDS:
                err('%s: title word in key %s' % (aid, k))
            if not (has_seq(ftok, nt) or has_seq(gtok, nt)):
                err('%s: name of %s not in the headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                if not isinstance(p[fld], str) or not p[fld].strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif ap_bad in p[fld]:
                    err('%s: wrong apostrophe style in %s of %s' % (aid, fld, k))
            for au in a['authors'] + reg['staff']:
                if tokens(fold(au)) == nt:
                    err('%s: author or staff %s listed as participant' % (aid, au))
            pkeys.append(k)
        if len(set(pkeys)) != len(pkeys):
            err('%s: duplicate participant keys' % aid)
        # ---- quotes and not_quotes
        all_spans = collections.Counter(quoted_spans(body_text, style))
        annotated = collections.Counter()
        op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        last = -1
        for q in a['quotes']:
            if list(q.keys()) != Q_KEYS:
                err('%s: quote keys %s' % (aid, list(q.keys())))
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %s' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk)):
                err('%s: speaker %s is neither a participant nor an org key' % (aid, sk))
            marked = op + q['text'] + cl
            pos = body_text.find(marked)
            if pos < 0 or q['text'] not in text:
                err('%s: quote not found with its marks in the body: %r' % (aid, q['text'][:50]))
                continue
            if body_text.count(marked) != 1:
                err('%s: quote occurs more than once: %r' % (aid, q['text'][:50]))
            if pos < last:
                err('%s: quotes out of text order' % aid)
            last = pos
            annotated[q['text']] += 1
            if not any(marked in ev for f in a['facts'] for ev in f.get('evidence', [])):
                err('%s: quote outside every fact evidence: %r' % (aid, q['text'][:50]))
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (op + nq + cl) not in body_text:
                err('%s: not_quote not found with its marks: %r' % (aid, nq))
            annotated[nq] += 1
        if annotated != all_spans:
            err('%s: quoted spans and annotations differ: %s / %s' % (aid, dict(all_spans - annotated), dict(annotated - all_spans)))
        totals['quotes'] += len(a['quotes'])
        totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(a['participants'])
        # ---- facts
        prefixes = set()
        seen = set()
        for f in a['facts']:
            if list(f.keys()) != F_KEYS:
                err('%s: fact keys %s' % (aid, list(f.keys())))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or any(k not in FACT_KINDS for k in ks):
                err('%s: bad fact kinds %s' % (aid, ks))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+', sa):
                err('%s: same_as %r malformed' % (aid, sa))
                continue
            if sa in seen:
                err('%s: same_as %s repeated in the article' % (aid, sa))
            seen.add(sa)
            prefixes.add(sa.split('-')[0])
            if sa in e_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sa))
            slug_arts[sa].append((aid, tuple(ks)))
            if not isinstance(f['evidence'], list) or not f['evidence']:
                err('%s: no evidence for %s' % (aid, sa))
                continue
            for ev in f['evidence']:
                if not isinstance(ev, str) or ev != ev.strip() or not ev:
                    err('%s: evidence with outer spaces or empty in %s' % (aid, sa))
                    continue
                if ev not in text:
                    err('%s: evidence not verbatim in the article: %r' % (aid, ev[:60]))
                elif ev != title and ev not in body_text:
                    err('%s: evidence not in the headline or body: %r' % (aid, ev[:60]))
                elif not sentence_bounded(ev, visible, title):
                    err('%s: evidence not sentence-bounded: %r' % (aid, ev[:60]))
                if ev in noise_text:
                    err('%s: evidence occurs in the page noise: %r' % (aid, ev[:60]))
            for k in ks:
                totals['kind:' + k] += 1
        totals['facts'] += len(a['facts'])
        if len(prefixes) != 1:
            err('%s: expected one same_as prefix, found %s' % (aid, prefixes))
        else:
            pre = prefixes.pop()
            if pre[-2:] != s['start_date'][2:4]:
                err('%s: prefix %s does not end in the summit year' % (aid, pre))
            if pre in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pre))
            summit_of[aid] = summit_of[aid] + (pre,)
        # ---- page noise carries no gold material
        nfold = fold(noise_text)
        for q in a['quotes']:
            if q['text'] in noise_text:
                err('%s: quote text in the page noise' % aid)
        for p in a['participants']:
            nt = p['key'].split(':', 1)[1].split('-')
            if has_seq(tokens(nfold), nt) or has_seq(tokens(fold(noise_text, german=True)), nt):
                err('%s: participant %s named in the page noise' % (aid, p['key']))
        if a['title'] in '\n'.join(l for _, l in noise):
            err('%s: headline repeated in the page noise' % aid)
        print('%-34s quotes %2d (%d direct/%d partial)  not_quotes %d  participants %2d  facts %2d  body words %3d  file words %3d' % (
            aid, len(a['quotes']), sum(q['kind'] == 'direct' for q in a['quotes']), sum(q['kind'] == 'partial' for q in a['quotes']),
            len(a['not_quotes']), len(a['participants']), len(a['facts']), wc, len(text.split())))
    # ---- set shape: summits, pairs, shared slugs
    groups = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        groups[(sm[0], sm[1], sm[3])].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits (3 pairs, 2 singles), found sizes %s' % sizes)
    pair_of = {}
    bodies = collections.Counter(k[0] for k in groups)
    if any(v > 2 for v in bodies.values()):
        err('more than two summits of one body')
    pre_by_summit = collections.defaultdict(set)
    for key, v in groups.items():
        for aid in v:
            if len(summit_of[aid]) > 5:
                pre_by_summit[key].add(summit_of[aid][5])
        if len(v) == 2:
            x, y = v
            pair_of[x], pair_of[y] = y, x
            if summit_of[x][:5] != summit_of[y][:5]:
                err('pair %s/%s disagrees on summit data' % (x, y))
            if outlet_of.get(x) == outlet_of.get(y):
                err('pair %s/%s comes from one outlet' % (x, y))
    allpre = [p for ps in pre_by_summit.values() for p in ps]
    if len(allpre) != len(set(allpre)) or any(len(ps) != 1 for ps in pre_by_summit.values()):
        err('same_as prefixes are not one per summit')
    shared = collections.defaultdict(list)
    for sa, lst in slug_arts.items():
        arts_ = [x for x, _ in lst]
        if len(arts_) > 2:
            err('same_as %s in more than two articles' % sa)
        elif len(arts_) == 2:
            x, y = arts_
            if pair_of.get(x) != y:
                err('same_as %s shared by %s and %s, which are not a pair' % (sa, x, y))
            if lst[0][1] != lst[1][1]:
                err('same_as %s has different kinds in the pair' % sa)
            shared[tuple(sorted(arts_))].append(sa)
    for x, y in pair_of.items():
        if x < y and len(shared[(x, y)]) < 5:
            err('pair %s/%s shares fewer than 5 slugs' % (x, y))
    for k, v in sorted(shared.items()):
        print('shared %s + %s: %d: %s' % (k[0], k[1], len(v), ', '.join(sorted(v))))
    print('totals: %s' % dict(sorted(totals.items())))
    print('earlier gold files read: %d' % n_earlier)

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        err('crash')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout87 passes')
    sys.exit(0)
