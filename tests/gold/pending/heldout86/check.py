#!/usr/bin/env python3
"""Checker for the held-out set heldout86 (pending/heldout86). Exits 1 on any error; a crash counts as an error."""
import json, os, re, sys, unicodedata, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H86_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout86_gold.json')
ABOUT_START = ("Held-out set round 86 (split=heldout86), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")

AVOID_RAW = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk', 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis', 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar', 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras, Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez', 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou', 'Maastricht', 'Potrero de los Funes', 'Subic Bay', 'Kroměříž', 'Yalta', 'Chaguaramas', 'Ocho Rios', 'Punta Mita', 'Libreville', 'Praia', 'Naples', 'Venice', 'Koror', 'Inshas', 'Ottawa', 'Corfu', 'Windsor', 'Amsterdam', 'Tucumán']
USED_RAW = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Amsterdam 1997', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belén 2015', 'Bento Gonçalves 2019', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bogor 1994', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Busan 2005', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Cancún 2017', 'Cannes 2011', 'Caracas 2011', 'Carbis Bay 2021', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007', 'Chaguaramas 1973', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Cotonou 1995', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Evian 2003', 'Fez 1982', 'Fort Lauderdale 2005', 'Fortaleza 2014', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Baie 2004', 'Guadalajara 1991', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010', 'Inshas 1946', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016', 'Jakarta 2023', 'Jeddah 2023', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2024', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 2012', 'Kiruna 2013', 'Koror 2014', 'Kraków 2021', 'Kroměříž 2004', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015', 'Kuala Lumpur 2025', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018', 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Libreville 1983', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Lusaka 2007', 'Lyon 1996', 'Maastricht 1991', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 2014', 'Minsk 1993', 'Moncton 1999', 'Monrovia 2017', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Moscow 2003', 'Moscow 2024', 'Muscat 2008', "N'Djamena 2014", 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015', 'New Delhi 2023', 'Newport 2014', 'Niamey 2019', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Ocho Rios 1982', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Ottawa 1973', 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2015', 'Paranal 2012', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Pittsburgh 2009', 'Pohnpei 2016', 'Port Moresby 2015', 'Port Moresby 2018', 'Port of Spain 2009', 'Port of Spain 2023', 'Porto 1998', 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017', 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014', 'Putrajaya 2003', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San Juan 2010', 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Strasbourg 2009', 'Subic Bay 1996', 'Suva 2022', 'Sydney 2007', 'São Tomé 2023', 'Taormina 2017', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014', 'Victoria Falls 2009', 'Vientiane 2016', 'Vientiane 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Williamsburg 1983', 'Wilmington 2024', 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998', 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010', 'Yokohama 2013']

ALLOWED_ORGS = {  # the bodies the brief allows for this round
    'org:nato', 'org:african-union', 'org:oau', 'org:sco', 'org:g20', 'org:caricom', 'org:gcc', 'org:csto',
    'org:eaeu', 'org:bimstec', 'org:eccas', 'org:comesa', 'org:oic', 'org:three-seas-initiative',
    'org:pacific-alliance', 'org:cplp', 'org:sica', 'org:arab-league', 'org:sadc'}
ORG_ID = {'gcc': 'org:gcc', 'sadc': 'org:sadc', 'caricom': 'org:caricom', 'oau': 'org:oau',
          'pacificalliance': 'org:pacific-alliance'}
ORG_NAMES = {
    'org:gcc': ['Gulf Cooperation Council', 'GCC'],
    'org:sadc': ['Southern African Development Community', 'SADC'],
    'org:caricom': ['Caribbean Community', 'CARICOM'],
    'org:oau': ['Organisation of African Unity', 'Organization of African Unity', 'OAU'],
    'org:pacific-alliance': ['Pacific Alliance'],
}
# per-article registry: quote style, mid-article noise line prefixes, tail marker, credited staff
REG = {
 'h86_gcc_jeddah_sandgrouse': dict(style='straight', mid=['PHOTO:'], tail='(Reporting by',
     staff=['Nawaf Bafaqih-Stainbank', 'Norbert Maund-Rossiter']),
 'h86_gcc_jeddah_tihama': dict(style='curly', mid=['Get the Tihama Energy Monitor'], tail='Comments (4)', staff=[]),
 'h86_sadc_kinshasa_kigelia': dict(style='straight', mid=['AUDIO:'], tail='[END OF TRANSCRIPT]', staff=[]),
 'h86_sadc_kinshasa_mazhanje': dict(style='curly', mid=['Photo:', 'ALSO READ:'], tail='Comments (6)', staff=[]),
 'h86_caricom_grandanse_carenage': dict(style='curly', mid=['Photo caption:'], tail='Letters to the Editor:', staff=[]),
 'h86_caricom_grandanse_soursop': dict(style='straight', mid=['Subscribe:'], tail='Frequently asked questions about', staff=[]),
 'h86_oau_kinshasa_okapi': dict(style='straight', mid=['[Archive image:'], tail='Comments (5)',
     staff=['Bokele Lisanga-Birtwhistle']),
 'h86_pacificalliance_paracas_huarango': dict(style='curly', mid=['Related:'], tail='Frequently asked questions', staff=[]),
}
TITLE_WORDS = {'president', 'king', 'queen', 'prime', 'minister', 'sir', 'dr', 'mr', 'mrs', 'ms', 'emperor', 'general',
               'crown', 'prince', 'sheikh', 'emir', 'amir', 'chancellor', 'secretary', 'lieutenant', 'major', 'professor',
               'prof', 'lord', 'dame', 'his', 'her', 'colonel', 'governor', 'former', 'chairman'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
            'participants', 'facts']
SUMMIT_KEYS = FIELDS + ['text_fields']
BODY_MIN, BODY_MAX = 420, 600

errors = []
def err(msg):
    errors.append(msg)
    print('ERROR:', msg)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    for a, b in (('ø', 'o'), ('Ø', 'O'), ('æ', 'ae'), ('Æ', 'AE'), ('ð', 'd'), ('ł', 'l'), ('Ł', 'L'), ('ß', 'ss'),
                 ('đ', 'd'), ('ı', 'i')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()

def tokens(s):
    s = re.sub(r"(?<=\w)'s(?![a-z0-9])", '', fold(s))  # possessive
    s = re.sub(r"(?<=\w)'(?=\w)", '', s)
    return re.findall(r'[a-z0-9]+', s)

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def city_forms(raw):
    m = re.match(r'^(.*?)\s*\((.*)\)$', raw)
    if not m:
        return [raw]
    return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]

AVOID = set()
for c in AVOID_RAW:
    for f in city_forms(c):
        AVOID.add(fold(f))
USED = set()
for cy in USED_RAW:
    city, year = cy.rsplit(' ', 1)
    for f in city_forms(city):
        USED.add((fold(f), year))

def parse_date(s, what):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (what, s))
        return None

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 86)]
    opened = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        opened += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            for f in a.get('facts', []) or []:
                s = f.get('same_as')
                if s:
                    slugs.add(s)
                    prefixes.add(s.split('-')[0])
            s = a.get('summit')
            if s:
                summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
    if opened < 10:
        err('only %d earlier gold files found under %s' % (opened, EARLIER))
    return ids, slugs, prefixes, summits

def split_regions(lines, reg, aid):
    """Return (header_idx, body_idx, mid_idx, tail_idx) as lists of line indexes."""
    if '' not in lines:
        err('%s: no blank line after the header' % aid)
        return [], [], [], []
    fb = lines.index('')
    tail = [i for i, l in enumerate(lines) if i > fb and l.startswith(reg['tail'])]
    if len(tail) != 1:
        err('%s: tail marker %r found %d times' % (aid, reg['tail'], len(tail)))
        return [], [], [], []
    ti = tail[0]
    header = list(range(1, fb))
    mid = [i for i in range(fb + 1, ti) if any(lines[i].startswith(p) for p in reg['mid'])]
    body = [i for i in range(fb + 1, ti) if i not in mid]
    tailidx = list(range(ti, len(lines)))
    return header, body, mid, tailidx

def quoted_spans(line, style):
    if style == 'straight':
        return re.findall(r'"([^"]*)"', line)
    return re.findall('\u201c([^\u201c\u201d]*)\u201d', line)

def sentence_bounded(ev, text, line_starts_ok):
    """ev occurs in text; check it starts and ends at sentence boundaries at least at one occurrence."""
    for m in re.finditer(re.escape(ev), text):
        s, e = m.start(), m.end()
        before = text[:s]
        ok_start = (s == 0 or before.endswith('\n') or re.search(r'[.?!][\u201d"]? $', before) is not None
                    or re.search(r'(^|\n)[A-Z][A-Z\'\u2019 .-]+: $', before) is not None)
        last = ev[-1]
        ok_end_char = last in '.?!' or (last in '"\u201d' and len(ev) > 1 and ev[-2] in '.?!,')
        after = text[e:e + 1]
        ok_end = ok_end_char and (after in ('', '\n', ' '))
        if ok_start and ok_end:
            return True
    return False

def main():
    if not os.path.exists(GOLD):
        err('missing heldout86_gold.json'); return
    raw = open(GOLD, encoding='utf-8').read()
    d = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    if list(d.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles: %r' % list(d.keys()))
    about = d.get('about', '')
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = d.get('articles', [])
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, found %r' % (len(arts) if isinstance(arts, list) else arts))
    e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    e_cityyears = {(fold(c or ''), (s or '')[:4]) for _, c, s in e_summits}

    # files present
    present = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    expected = sorted(a.get('id', '') + '.txt' for a in arts)
    if present != expected:
        err('article files present %r do not match entries %r' % (present, expected))
    others = sorted(f for f in os.listdir(HERE) if not f.endswith('.txt') and f not in
                    ('heldout86_gold.json', 'check.py', '__pycache__'))
    if others:
        err('unexpected files in folder: %r' % others)

    seen_ids = set()
    summit_of = {}
    slugs_of = {}
    kinds_of = {}
    prefix_of = {}
    outlet_of = {}
    totals = collections.Counter()
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys %r not in the required order %r' % (aid, list(a.keys()), ART_KEYS))
            continue
        if aid in seen_ids:
            err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if aid not in REG:
            err('%s: id not registered in check.py' % aid); continue
        reg = REG[aid]
        m = re.fullmatch(r'h86_([a-z]+)_([a-z]+)_([a-z]+)', aid)
        if not m:
            err('%s: id not of the form h86_<body>_<city>_<outlet>' % aid); continue
        if aid in e_ids:
            err('%s: id already used in earlier gold' % aid)
        if any((i or '').startswith('h86_') for i in e_ids):
            err('the h86 prefix is already used in earlier gold')
        if a['split'] != 'heldout86':
            err('%s: split must be heldout86' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/%s.txt' % (aid, aid))
        p = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(p):
            err('%s: article file missing' % aid); continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles (fine after the move)' % aid)
        text = open(p, encoding='utf-8').read()
        lines = text.split('\n')
        # ---- style
        if reg['style'] == 'straight':
            if re.search('[\u2018\u2019\u201c\u201d]', text):
                err('%s: curly marks in a straight article' % aid)
            for n, l in enumerate(lines):
                if l.count('"') % 2:
                    err('%s: odd number of straight double marks on line %d' % (aid, n + 1))
        else:
            if '"' in text or "'" in text:
                err('%s: straight marks in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark in a curly article' % aid)
            for n, l in enumerate(lines):
                depth = 0
                for ch in l:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly double marks on line %d' % (aid, n + 1))
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened closing mark on line %d' % (aid, n + 1)); depth = 0
                if depth:
                    err('%s: unclosed curly mark on line %d' % (aid, n + 1))
        # ---- title and header
        if not isinstance(a['title'], str) or a['title'] != lines[0]:
            err('%s: title is not the headline (first line)' % aid)
        if a['title'] not in text:
            err('%s: title not verbatim in the file' % aid)
        if '"' in lines[0] or '\u201c' in lines[0] or '\u201d' in lines[0]:
            err('%s: double quotation mark in the headline' % aid)
        header, body, mid, tail = split_regions(lines, reg, aid)
        if not header or not body:
            continue
        outlet_line = lines[1]
        outlet = outlet_line.split('|')[0].strip()
        outlet_of[aid] = outlet
        pub = parse_date(a['published_at'], aid + ' published_at')
        if pub:
            wd, mo = WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1]
            want = '%s, %s %d, %d' % (wd, mo, pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (aid, want))
            for w in WEEKDAYS:
                if w != wd and w in outlet_line:
                    err('%s: another weekday (%s) on the outlet line' % (aid, w))
        # ---- authors and staff
        header_text = '\n'.join(lines[i] for i in header)
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors must be a non-empty list of names' % aid)
        for au in a['authors']:
            if au not in lines[2]:
                err('%s: author %r not in the byline' % (aid, au))
        noise_idx = header + mid + tail
        noise_text = '\n'.join(lines[i] for i in noise_idx)
        for st in reg['staff']:
            if st not in noise_text:
                err('%s: credited staff %r not in the page noise' % (aid, st))
        # ---- noise present at top, middle and end
        if len(header) < 3:
            err('%s: header noise too thin (%d lines)' % (aid, len(header)))
        if not mid:
            err('%s: no mid-article page noise' % aid)
        if len(tail) < 3:
            err('%s: tail noise too thin (%d lines)' % (aid, len(tail)))
        # ---- body words
        body_text = '\n'.join(lines[i] for i in body)
        bw = len(body_text.split())
        if not (BODY_MIN <= bw <= BODY_MAX):
            err('%s: body has %d words, outside %d-%d' % (aid, bw, BODY_MIN, BODY_MAX))
        fw = len(text.split())
        if fw > 900:
            err('%s: whole file has %d words (max 900)' % (aid, fw))
        # allowed region (headline + body) text with line structure kept
        allowed_text = '\n'.join([lines[0]] + [lines[i] for i in body])
        if re.search('["\u201c\u201d]', noise_text):
            err('%s: double quotation mark in page noise' % aid)
        ntoks = tokens(noise_text)
        fnoise = fold(noise_text)
        # ---- summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys %r not in order %r' % (aid, list(s.keys()), SUMMIT_KEYS)); continue
        org = s['organization']
        if org not in ALLOWED_ORGS:
            err('%s: organisation %s not one of the bodies allowed' % (aid, org))
        if ORG_ID.get(m.group(1)) != org:
            err('%s: id body part %r does not match %s' % (aid, m.group(1), org))
        if re.sub(r'[^a-z]', '', fold(s['city'])) != m.group(2):
            err('%s: id city part %r does not match city %r' % (aid, m.group(2), s['city']))
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside start..end+21 days' % aid)
            fc = fold(s['city'])
            if fc in AVOID:
                err('%s: city %s is on the avoid list' % (aid, s['city']))
            if (fc, str(sd.year)) in USED:
                err('%s: %s %d is on the used list' % (aid, s['city'], sd.year))
            if (fc, str(sd.year)) in e_cityyears:
                err('%s: %s %d already used by an earlier gold summit' % (aid, s['city'], sd.year))
            if (org, s['city'], s['start_date']) in e_summits:
                err('%s: this summit already appears in earlier gold' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or len(set(tf)) != len(tf):
            err('%s: text_fields must be a non-empty subset of %r' % (aid, FIELDS))
        elif tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields not in canonical order' % aid)
        atoks = tokens(allowed_text)
        for f in tf if isinstance(tf, list) else []:
            if f == 'organization':
                if not any(has_seq(atoks, tokens(n)) for n in ORG_NAMES.get(org, [])):
                    err('%s: organisation %s not named in headline or body' % (aid, org))
            elif f in ('city', 'country'):
                if not has_seq(atoks, tokens(s[f])):
                    err('%s: %s %r not found in headline or body' % (aid, f, s[f]))
            else:
                dt = sd if f == 'start_date' else ed
                if dt and pub and not date_supported(dt, pub, allowed_text, f):
                    err('%s: %s %s not supported by the text' % (aid, f, dt))
        summit_of[aid] = (org, s['city'], s['country'], s['start_date'], s['end_date'])
        # ---- participants
        pkeys = []
        for pp in a['participants']:
            if list(pp.keys()) != ['key', 'role', 'affiliation']:
                err('%s: participant keys %r' % (aid, list(pp.keys()))); continue
            k = pp['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: malformed participant key %r' % (aid, k)); continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            nt = k[len('person:'):].split('-')
            if nt[0] in TITLE_WORDS:
                err('%s: key %s starts with a title or office word' % (aid, k))
            if not has_seq(atoks, nt):
                err('%s: participant name tokens of %s not in headline or body' % (aid, k))
            if has_seq(ntoks, nt):
                err('%s: participant %s named in the page noise' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = pp[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif reg['style'] == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s (straight article)' % (aid, fld, k))
                elif reg['style'] == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s (curly article)' % (aid, fld, k))
            for au in a['authors'] + reg['staff']:
                if tokens(au) == nt:
                    err('%s: author or credited staff %s listed as participant' % (aid, au))
        # ---- quotes
        qtexts = []
        lastpos = -1
        for q in a['quotes']:
            if list(q.keys()) != ['text', 'speaker_key', 'kind']:
                err('%s: quote keys %r' % (aid, list(q.keys()))); continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r not allowed' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk)):
                err('%s: speaker %s is neither a participant key nor an org key' % (aid, sk))
            t = q['text']
            marked = ('"%s"' % t) if reg['style'] == 'straight' else ('\u201c%s\u201d' % t)
            if t not in text:
                err('%s: quote not verbatim in file: %r' % (aid, t))
            pos = allowed_text.find(marked)
            if pos < 0:
                err('%s: quote with its marks not in headline or body: %r' % (aid, t))
            else:
                if pos < lastpos:
                    err('%s: quotes out of text order at %r' % (aid, t))
                lastpos = pos
            if fold(t) in fnoise:
                err('%s: gold quote text occurs in page noise: %r' % (aid, t))
            qtexts.append(t)
            if not any(marked in ev for f in a['facts'] for ev in f.get('evidence', [])):
                err('%s: quote not inside any evidence string: %r' % (aid, t))
        nq = a['not_quotes']
        if not isinstance(nq, list) or not all(isinstance(x, str) for x in nq):
            err('%s: not_quotes must be a list of strings' % aid); nq = []
        spans = []
        for i in [0] + body:
            spans += quoted_spans(lines[i], reg['style'])
        if collections.Counter(spans) != collections.Counter(qtexts + nq):
            err('%s: quoted spans %r differ from quotes+not_quotes %r' % (
                aid, sorted((collections.Counter(spans) - collections.Counter(qtexts + nq)).elements()),
                sorted((collections.Counter(qtexts + nq) - collections.Counter(spans)).elements())))
        # ---- facts
        slugs = []
        for f in a['facts']:
            if list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']:
                err('%s: fact keys %r' % (aid, list(f.keys()))); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or any(k not in FACT_KINDS for k in ks) or len(set(ks)) != len(ks):
                err('%s: bad fact kinds %r' % (aid, ks))
            sl = f['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*', sl):
                err('%s: malformed same_as %r' % (aid, sl)); continue
            if sl in slugs:
                err('%s: same_as %s repeated in the article' % (aid, sl))
            slugs.append(sl)
            kinds_of[(aid, sl)] = tuple(ks) if isinstance(ks, list) else ()
            if sl in e_slugs:
                err('%s: same_as %s already used in earlier gold' % (aid, sl))
            evs = f['evidence']
            if not isinstance(evs, list) or not evs:
                err('%s: fact %s without evidence' % (aid, sl)); continue
            for ev in evs:
                if not isinstance(ev, str) or ev != ev.strip() or not ev:
                    err('%s: evidence with outer spaces or empty in %s' % (aid, sl)); continue
                if ev not in text:
                    err('%s: evidence not verbatim in file (%s): %r' % (aid, sl, ev)); continue
                if ev == lines[0]:
                    pass
                elif ev not in allowed_text:
                    err('%s: evidence not in headline or body (%s): %r' % (aid, sl, ev))
                elif not sentence_bounded(ev, '\n'.join(lines[i] for i in body), True):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sl, ev))
                if fold(ev) in fnoise:
                    err('%s: evidence occurs in page noise (%s)' % (aid, sl))
        prefixes = {x.split('-')[0] for x in slugs}
        if len(prefixes) != 1:
            err('%s: more than one same_as prefix: %r' % (aid, sorted(prefixes)))
        else:
            pf = prefixes.pop()
            prefix_of[aid] = pf
            if sd and pf[-2:] != ('%04d' % sd.year)[-2:]:
                err('%s: prefix %s does not end in the two digits of the summit year' % (aid, pf))
            if pf in e_prefixes:
                err('%s: prefix %s already used in earlier gold' % (aid, pf))
        slugs_of[aid] = set(slugs)
        totals['quotes'] += len(a['quotes']); totals['not_quotes'] += len(nq)
        totals['participants'] += len(a['participants']); totals['facts'] += len(a['facts'])
        for q in a['quotes']:
            totals['q_' + q['kind']] += 1
        for f in a['facts']:
            for k in f['kind']:
                totals['f_' + k] += 1
        print('%-40s q=%d nq=%d p=%d f=%d body=%d file=%d' % (aid, len(a['quotes']), len(nq),
              len(a['participants']), len(a['facts']), bw, fw))

    # ---- summits, pairs and shared slugs
    groups = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        groups[(sm[0], sm[1], sm[3])].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits (3 pairs, 2 singles), found sizes %r' % sizes)
    orgs = collections.Counter(k[0] for k in groups)
    if any(v > 2 for v in orgs.values()):
        err('more than two summits of one body: %r' % orgs)
    pref_summit = {}
    for key, ids in groups.items():
        for aid in ids:
            pf = prefix_of.get(aid)
            if pf is None:
                continue
            if pf in pref_summit and pref_summit[pf] != key:
                err('prefix %s used by two summits' % pf)
            pref_summit[pf] = key
        if len({prefix_of.get(i) for i in ids}) != 1:
            err('articles of one summit use different prefixes: %r' % ids)
        if len(ids) == 2:
            x, y = ids
            if summit_of[x] != summit_of[y]:
                err('pair %s/%s disagrees on summit data' % (x, y))
            if outlet_of.get(x) == outlet_of.get(y):
                err('pair %s/%s from one outlet' % (x, y))
            shared = slugs_of[x] & slugs_of[y]
            if len(shared) < 5:
                err('pair %s/%s shares only %d slugs' % (x, y, len(shared)))
            for sl in sorted(shared):
                if kinds_of[(x, sl)] != kinds_of[(y, sl)]:
                    err('shared slug %s has different kinds in %s and %s' % (sl, x, y))
            print('pair %s + %s: %d shared slugs: %s' % (x, y, len(shared), ', '.join(sorted(shared))))
    # every slug in two articles must be in exactly the two articles of one pair
    occ = collections.defaultdict(list)
    for aid, ss in slugs_of.items():
        for sl in ss:
            occ[sl].append(aid)
    pairs = [set(v) for v in groups.values() if len(v) == 2]
    for sl, ids in occ.items():
        if len(ids) > 1 and (len(ids) != 2 or set(ids) not in pairs):
            err('slug %s occurs in %r, not exactly in the two articles of one pair' % (sl, ids))
    print('totals:', dict(totals))

def date_supported(dt, pub, text, field):
    ft = fold(text)
    mon = MONTHS[dt.month - 1].lower()
    day = dt.day
    # month and day, including ranges such as 'July 3 to 7' or 'August 30 and 31'
    for m in re.finditer(r'\b(%s|%s\.?)\s+(\d{1,2})(?:\s*(?:to|and|-|\u2013)\s*(\d{1,2}))?\b' % (mon, mon[:3]), ft):
        a1 = int(m.group(2)); a2 = int(m.group(3)) if m.group(3) else None
        if field == 'start_date' and a1 == day:
            return True
        if field == 'end_date' and ((a2 or a1) == day):
            return True
        if a2 is None and a1 == day:
            return True
    delta = (pub - dt).days
    if 0 <= delta <= 6:
        wd = WEEKDAYS[dt.weekday()].lower()
        if re.search(r'\b%s\b' % wd, ft):
            return True
    rel0 = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
    rel1 = ['yesterday', 'last night']
    if delta == 0 and any(re.search(r'\b%s\b' % w, ft) for w in rel0):
        return True
    if delta == 1 and any(re.search(r'\b%s\b' % w, ft) for w in rel1):
        return True
    return False

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:  # a crash counts as an error
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % ex)
    if errors:
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout86 passes')
