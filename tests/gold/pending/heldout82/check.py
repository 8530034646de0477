#!/usr/bin/env python3
"""Checker for the held-out set heldout82 (run: python3 check.py). Exits 1 on any error."""
# Brief avoid list (parenthesised forms count as every form) and used city-year list, copied verbatim.
AVOID_RAW = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk', 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis', 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar', 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras, Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez', 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou']
USED_RAW = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belén 2015', 'Bento Gonçalves 2019', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bogor 1994', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Busan 2005', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Cancún 2017', 'Cannes 2011', 'Caracas 2011', 'Carbis Bay 2021', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Coolum 2002', 'Copenhagen 2002', 'Cotonou 1995', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Evian 2003', 'Fez 1982', 'Fort Lauderdale 2005', 'Fortaleza 2014', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Baie 2004', 'Guadalajara 1991', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016', 'Jakarta 2023', 'Jeddah 2023', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2024', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 2012', 'Kiruna 2013', 'Kraków 2021', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015', 'Kuala Lumpur 2025', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018', 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Lusaka 2007', 'Lyon 1996', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 2014', 'Minsk 1993', 'Moncton 1999', 'Monrovia 2017', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Moscow 2003', 'Moscow 2024', 'Muscat 2008', "N'Djamena 2014", 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015', 'New Delhi 2023', 'Newport 2014', 'Niamey 2019', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2015', 'Paranal 2012', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Pittsburgh 2009', 'Pohnpei 2016', 'Port Moresby 2015', 'Port Moresby 2018', 'Port of Spain 2009', 'Port of Spain 2023', 'Prague 2002', 'Prague 2016', 'Pretoria 2017', 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Putrajaya 2003', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San Juan 2010', 'San Pedro Sula 2009', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Strasbourg 2009', 'Suva 2022', 'Sydney 2007', 'São Tomé 2023', 'Taormina 2017', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Veracruz 2014', 'Victoria Falls 2009', 'Vientiane 2016', 'Vientiane 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Williamsburg 1983', 'Wilmington 2024', 'Windhoek 2018', "Xi'an 2023", 'Xiamen 2017', 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010', 'Yokohama 2013']

# ---------------------------------------------------------------------------
import json, os, re, sys, unicodedata, datetime, traceback, collections

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'heldout82_gold.json')
EARLIER_DIR = os.environ.get('H82_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ABOUT_START = ('Held-out set round 82 (split=heldout82), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
# the bodies the brief allows, with the id part and the names that count as naming them in a text
ORGS = {
    'org:eu': ('eu', ['European Union', 'European Community', 'EU', 'EC', 'European Council']),
    'org:asean': ('asean', ['ASEAN', 'Association of Southeast Asian Nations']),
    'org:apec': ('apec', ['APEC', 'Asia-Pacific Economic Cooperation']),
    'org:cis': ('cis', ['CIS', 'Commonwealth of Independent States']),
    'org:ecowas': ('ecowas', ['ECOWAS', 'Economic Community of West African States']),
    'org:pif': ('pif', ['Pacific Islands Forum']),
    'org:brics': ('brics', ['BRICS']),
    'org:nordic-council': ('nordic', ['Nordic Council']),
    'org:eac': ('eac', ['East African Community', 'EAC']),
    'org:igad': ('igad', ['IGAD']),
    'org:celac': ('celac', ['CELAC']),
    'org:mercosur': ('mercosur', ['Mercosur', 'Southern Common Market']),
    'org:visegrad-group': ('visegrad', ['Visegrad Group', 'Visegrad']),
    'org:bsec': ('bsec', ['BSEC', 'Black Sea Economic Cooperation']),
    'org:commonwealth': ('chogm', ['Commonwealth', 'CHOGM']),
}
# per article: quote style, noise blocks (first line prefix, last line prefix), comment section
# (heading prefix, number of comment lines that follow it), credited staff (not authors, not participants)
REG = {
    'h82_eu_maastricht_shrike': dict(style='straight',
        noise=[('Shrike Wire |', 'UPDATE 3-'), ('PHOTO:', 'RELATED:'), ('(Reporting by', 'Shrike Wire archive.')],
        comments=None, staff=['Winsome Gathercole-Pidcock', 'Sybrand Hoekstra-Lumsdaine', 'Hendrika Bosveld-Tranter']),
    'h82_eu_maastricht_wensum': dict(style='curly',
        noise=[('The Wensum Chronicle |', 'From the archive:'), ('NEWSLETTER:', 'PICTURE:'), ('Comments (4)', '(c) The Wensum Chronicle')],
        comments=('Comments (4)', 4), staff=[]),
    'h82_mercosur_potrerodelosfunes_mapocho': dict(style='curly',
        noise=[('Mapocho Business Journal |', 'Stock and currency tables'), ('Related:', 'Advertisement - Continue'), ('Comments (3)', 'Mapocho Business Journal, Santiago.')],
        comments=('Comments (3)', 3), staff=[]),
    'h82_mercosur_potrerodelosfunes_mborevi': dict(style='straight',
        noise=[('Radio Mborevi Sur |', 'Transcripts |'), ('Audio:', 'Audio:'), ('[END OF TRANSCRIPT]', 'Radio Mborevi Sur, Encarnacion.')],
        comments=('Listener messages (3)', 3), staff=[]),
    'h82_apec_subicbay_kalaklan': dict(style='curly',
        noise=[('The Kalaklan Courier |', 'Weather:'), ('PHOTO:', 'ALSO READ:'), ('Reader reactions (4)', 'The Kalaklan Courier, Olongapo City.')],
        comments=('Reader reactions (4)', 4), staff=[]),
    'h82_apec_subicbay_tariffline': dict(style='straight',
        noise=[('The Tariff Line Monitor |', 'Subscriber edition'), ('CHART:', 'CHART:'), ('RELATED ANALYSIS:', 'The Tariff Line Monitor is')],
        comments=('Reader responses (3)', 3), staff=[]),
    'h82_visegrad_kromeriz_letna': dict(style='straight',
        noise=[('The Letná Weekly |', 'This site uses cookies'), ('READ MORE:', 'READ MORE:'), ('Frequently asked questions', 'Subscribe to the print edition')],
        comments=('Comments (5)', 5), staff=[]),
    'h82_bsec_yalta_euxine': dict(style='curly',
        noise=[('Euxine Shipping Bulletin |', 'Port notice:'), ('ADVERTISEMENT:', 'PHOTO:'), ('Comments (3)', 'Euxine Shipping Bulletin is published')],
        comments=('Comments (3)', 3), staff=[]),
}
TITLE_WORDS = {'president', 'prime', 'minister', 'king', 'queen', 'dr', 'mr', 'mrs', 'ms', 'general',
               'chancellor', 'sir', 'sheikh', 'emir', 'governor', 'secretary', 'chairman', 'foreign'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']

errors = []
def err(msg):
    errors.append(msg)

SPECIAL = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ð': 'd', 'Ð': 'D', 'ł': 'l', 'Ł': 'L', 'ß': 'ss',
           'đ': 'd', 'Đ': 'D', 'þ': 'th', 'ı': 'i', 'œ': 'oe'}
def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"(?<=\w)['\u2019](?=\w)", '', s)
    return s.lower()
def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))
def has_seq(hay_tokens, needle_tokens):
    n = len(needle_tokens)
    if n == 0:
        return False
    for i in range(len(hay_tokens) - n + 1):
        if hay_tokens[i:i + n] == needle_tokens:
            return True
    return False

def expand(name):
    m = re.match(r'^(.*?)\s*\((.*)\)$', name)
    if not m:
        return [name]
    return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]
AVOID = set()
for a in AVOID_RAW:
    for f in expand(a):
        AVOID.add(fold(f))
USED = set()
for u in USED_RAW:
    city, year = u.rsplit(' ', 1)
    for f in expand(city):
        USED.add((fold(f), int(year)))

def iso(s, what):
    try:
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (what, s))
        return None

def split_article(aid, text):
    """Return (lines, kinds) where kinds[i] is 'title', 'noise', 'body' or 'blank'."""
    lines = text.split('\n')
    kinds = ['blank'] * len(lines)
    kinds[0] = 'title'
    blocks = REG[aid]['noise']
    start = 1
    spans = []
    for (a, b) in blocks:
        i = next((k for k in range(start, len(lines)) if lines[k].startswith(a)), None)
        if i is None:
            err('%s: noise block start %r not found' % (aid, a)); continue
        j = next((k for k in range(i, len(lines)) if lines[k].startswith(b)), None)
        if j is None:
            err('%s: noise block end %r not found' % (aid, b)); continue
        spans.append((i, j))
        start = j + 1
    for (i, j) in spans:
        for k in range(i, j + 1):
            kinds[k] = 'noise'
    for k in range(1, len(lines)):
        if kinds[k] != 'noise':
            kinds[k] = 'body' if lines[k].strip() else 'blank'
    return lines, kinds, spans

def sentence_bounded(text, ev, lines_start_positions):
    start_ok_any = False
    for m in re.finditer(re.escape(ev), text):
        i, j = m.start(), m.end()
        # start
        before = text[:i]
        line_start = before.rfind('\n') + 1
        prefix = text[line_start:i]
        s_ok = (i == line_start or re.search(r'[.?!]["\u201d]? $', prefix) is not None
                or re.match(r'^[A-Z][A-Z\-\' ]+: $', prefix) is not None)
        # end
        after = text[j:j + 1]
        e_ok = (after in ('\n', '') or (after == ' ' and (re.search(r'[.?!]$', ev) or re.search(r'[.?!,]["\u201d]$', ev))))
        if s_ok and e_ok:
            start_ok_any = True
    return start_ok_any

def quoted_spans(line, style):
    if style == 'straight':
        return [(m.start(), m.group(1)) for m in re.finditer(r'"([^"]*)"', line)]
    return [(m.start(), m.group(1)) for m in re.finditer('\u201c([^\u201c\u201d]*)\u201d', line)]

def date_supported(d, pub, ftext_raw):
    """Is date d recoverable from the (headline + body) text?"""
    low = ftext_raw
    month = MONTHS[d.month - 1]
    mon_pat = r'(%s|%s\.?)' % (month, month[:3])
    day = d.day
    pats = [r'\b%s\s+%d\b' % (mon_pat, day),
            r'\b%s\s+\d{1,2}\s*(?:and|to|-)\s*%d\b' % (mon_pat, day),
            r'\b%s,?\s+%d,?\s+(?:and|to|-)' % (mon_pat, day)]
    for p in pats:
        if re.search(p, low):
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], low):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', low, re.I):
        return True
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', low, re.I):
        return True
    return False

def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 82)]
    ids, slugs, prefixes, summits = set(), set(), set(), []
    nfiles = 0
    for n in names:
        p = os.path.join(EARLIER_DIR, n)
        if not os.path.exists(p):
            continue
        nfiles += 1
        g = json.load(open(p, encoding='utf-8'))
        arts = g['articles'] if isinstance(g, dict) else g
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append(s)
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return nfiles, ids, slugs, prefixes, summits

def main():
    g = json.load(open(GOLD, encoding='utf-8'))
    if not isinstance(g, dict) or list(g.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(g['about'], str) or not g['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = g['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, found %s' % (len(arts) if isinstance(arts, list) else type(arts)))
    nfiles, e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    if nfiles == 0:
        err('no earlier gold file found in %s' % EARLIER_DIR)
    print('earlier gold files read: %d (ids %d, slugs %d)' % (nfiles, len(e_ids), len(e_slugs)))
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids_seen = []
    slug_use = collections.defaultdict(list)     # slug -> [(article id, kinds)]
    summit_of = {}
    prefix_summit = {}
    outlets = {}
    totals = collections.Counter()
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err('article keys wrong or out of order: %s' % (list(a.keys()) if isinstance(a, dict) else a))
            continue
        aid = a['id']
        ids_seen.append(aid)
        if aid not in REG:
            err('%s: id not registered in check.py' % aid); continue
        reg = REG[aid]
        if a['split'] != 'heldout82':
            err('%s: split must be heldout82' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/<id>.txt' % aid)
        if aid in e_ids:
            err('%s: id already used in earlier gold' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid); continue
        text = open(path, encoding='utf-8').read()
        lines, kinds, spans = split_article(aid, text)
        # ---- id form
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys wrong or out of order' % aid); continue
        org = s['organization']
        if org not in ORGS:
            err('%s: organisation %r not among the bodies the brief allows' % (aid, org)); continue
        m = re.match(r'^h82_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)$', aid)
        if not m:
            err('%s: id not of the form h82_<body>_<city>_<outlet>' % aid)
        else:
            if m.group(1) != ORGS[org][0]:
                err('%s: body part %r should be %r' % (aid, m.group(1), ORGS[org][0]))
            if m.group(2) != ''.join(tokens(s['city'])):
                err('%s: city part %r does not match city %r' % (aid, m.group(2), s['city']))
        # ---- title and header
        if a['title'] != lines[0]:
            err('%s: title differs from the headline' % aid)
        if a['title'] not in text:
            err('%s: title not in file' % aid)
        if '"' in lines[0] or '\u201c' in lines[0] or '\u201d' in lines[0]:
            err('%s: double quotation mark in headline' % aid)
        if len(lines) < 5 or kinds[1] != 'noise' or kinds[2] != 'noise':
            err('%s: lines 2-3 (outlet line, byline) must be page noise' % aid)
        pub = iso(a['published_at'], aid + ' published_at')
        outlet_line = lines[1]
        outlets[aid] = outlet_line.split('|')[0].strip()
        if pub:
            for piece in (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], str(pub.day), str(pub.year)):
                if not re.search(r'\b%s\b' % re.escape(piece), outlet_line):
                    err('%s: %r of published_at missing from the outlet line' % (aid, piece))
            for w in WEEKDAYS:
                if w != WEEKDAYS[pub.weekday()] and w in outlet_line:
                    err('%s: other weekday %s on the outlet line' % (aid, w))
        # ---- authors
        if not isinstance(a['authors'], list) or not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors must be a non-empty list of names' % aid)
        for au in a['authors']:
            if fold(au) not in fold(lines[2]):
                err('%s: author %r not in the byline' % (aid, au))
        noise_text = '\n'.join(l for l, k in zip(lines, kinds) if k == 'noise')
        for st in reg['staff']:
            if st not in noise_text:
                err('%s: credited staff %r not in the page noise' % (aid, st))
        body_lines = [l for l, k in zip(lines, kinds) if k == 'body']
        body_text = '\n'.join(body_lines)
        hb_text = lines[0] + '\n' + body_text
        hb_tokens = tokens(hb_text)
        # ---- noise placement, comments, word counts
        body_idx = [i for i, k in enumerate(kinds) if k == 'body']
        if not body_idx:
            err('%s: no body' % aid); continue
        first_b, last_b = body_idx[0], body_idx[-1]
        top = any(j < first_b for i, j in spans)
        tail = any(i > last_b for i, j in spans)
        middle = any(i > first_b and j < last_b for i, j in spans)
        if not (top and tail):
            err('%s: page noise must be present at the top and at the end' % aid)
        totals['middle_noise'] += int(middle)
        if reg['comments']:
            head, n = reg['comments']
            hi = next((i for i, l in enumerate(lines) if l.startswith(head)), None)
            if hi is None or kinds[hi] != 'noise':
                err('%s: comment section %r not found in the page noise' % (aid, head))
            else:
                com = lines[hi + 1:hi + 1 + n]
                if len(com) != n or n < 3 or any(kinds[hi + 1 + k] != 'noise' or len(c.split()) < 3 for k, c in enumerate(com)):
                    err('%s: comment section must hold at least 3 comments inside the page noise' % aid)
                totals['comment_sections'] += 1
        nbody = len(body_text.split())
        nfile = len(text.split())
        if not (420 <= nbody <= 600):
            err('%s: body has %d words (420-600 required)' % (aid, nbody))
        # ---- quote style
        style = reg['style']
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly mark in a straight article' % aid)
            for k, l in enumerate(lines):
                if l.count('"') % 2:
                    err('%s: odd number of straight double marks on line %d' % (aid, k + 1))
        else:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark in a curly article' % aid)
            for k, l in enumerate(lines):
                depth = 0
                for ch in l:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks on line %d' % (aid, k + 1))
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark on line %d' % (aid, k + 1)); depth = 0
                if depth:
                    err('%s: unclosed curly mark on line %d' % (aid, k + 1))
        if re.search('["\u201c\u201d]', noise_text):
            err('%s: double quotation mark in the page noise' % aid)
        # ---- summit
        for f in ('start_date', 'end_date'):
            pass
        sd, ed = iso(s['start_date'], aid + ' start_date'), iso(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: published_at not between start and three weeks after the end' % aid)
        for f in ('city', 'country'):
            if not isinstance(s[f], str) or not s[f].strip():
                err('%s: summit %s empty' % (aid, f))
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(x not in FIELDS for x in tf) or len(set(tf)) != len(tf) \
                or tf != [x for x in FIELDS if x in tf]:
            err('%s: text_fields must be a non-empty subset of the five fields in canonical order' % aid)
            tf = []
        fcity = fold(s['city'])
        if fcity in AVOID:
            err('%s: city %r is on the avoid list' % (aid, s['city']))
        if sd and (fcity, sd.year) in USED:
            err('%s: city and year %s %d already used' % (aid, s['city'], sd.year))
        if sd:
            for es in e_summits:
                c, st = es.get('city'), es.get('start_date')
                if isinstance(c, str) and isinstance(st, str) and fold(c) == fcity and st[:4] == str(sd.year):
                    err('%s: earlier gold has a summit in %s in %d' % (aid, s['city'], sd.year))
        if 'organization' in tf and not any(has_seq(hb_tokens, tokens(n)) for n in ORGS[org][1]):
            err('%s: organisation not named in the text' % aid)
        if 'city' in tf and not has_seq(hb_tokens, tokens(s['city'])):
            err('%s: city not in the text' % aid)
        if 'country' in tf and not has_seq(hb_tokens, tokens(s['country'])):
            err('%s: country not in the text' % aid)
        for f, d in (('start_date', sd), ('end_date', ed)):
            if f in tf and d and pub and not date_supported(d, pub, hb_text):
                err('%s: %s %s not recoverable from the text' % (aid, f, d))
        key = (org, s['city'], s['start_date'])
        summit_of[aid] = (key, {k: s[k] for k in FIELDS})
        # ---- participants
        pkeys = []
        if not isinstance(a['participants'], list):
            err('%s: participants must be a list' % aid); continue
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys wrong: %r' % (aid, p)); continue
            k = p['key']
            if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)*$', k):
                err('%s: malformed participant key %r' % (aid, k)); continue
            if k in pkeys:
                err('%s: participant %s listed twice' % (aid, k))
            pkeys.append(k)
            ntoks = k[len('person:'):].split('-')
            if ntoks[0] in TITLE_WORDS:
                err('%s: key %s starts with a title word' % (aid, k))
            if not has_seq(hb_tokens, ntoks):
                err('%s: name of %s not in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s (curly article)' % (aid, fld, k))
                elif style == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s (straight article)' % (aid, fld, k))
            for au in a['authors'] + reg['staff']:
                if has_seq(tokens(au), ntoks) or tokens(au) == ntoks:
                    err('%s: author or credited staff %r listed as participant' % (aid, au))
            # participant evidence (the name) must not occur in the page noise
            ntok_noise = tokens(noise_text)
            if has_seq(ntok_noise, ntoks) or (len(ntoks) > 1 and ntoks[-1] in ntok_noise):
                err('%s: participant name %s occurs in the page noise' % (aid, k))
        # ---- quotes
        if not isinstance(a['quotes'], list) or not isinstance(a['not_quotes'], list):
            err('%s: quotes and not_quotes must be lists' % aid); continue
        spans_found = []
        offset = 0
        body_pos = []
        for i, (l, kd) in enumerate(zip(lines, kinds)):
            if kd == 'body':
                for pos, q in quoted_spans(l, style):
                    spans_found.append((offset + pos, q))
            offset += len(l) + 1
        found_ms = collections.Counter(q for _, q in spans_found)
        ann_ms = collections.Counter([q.get('text') for q in a['quotes'] if isinstance(q, dict)] + a['not_quotes'])
        if found_ms != ann_ms:
            err('%s: quoted spans and annotations differ: unannotated %s, not found %s' % (
                aid, dict(found_ms - ann_ms), dict(ann_ms - found_ms)))
        om, cm = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        last = -1
        evid_all = [e for f in a['facts'] if isinstance(f, dict) for e in (f.get('evidence') or [])]
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys wrong: %r' % (aid, q)); continue
            t = q['text']
            if not isinstance(t, str) or not t:
                err('%s: empty quote' % aid); continue
            if t not in text:
                err('%s: quote not verbatim in file: %r' % (aid, t))
            marked = om + t + cm
            pos = [m_.start() for m_ in re.finditer(re.escape(marked), text)]
            pos_body = [p_ for p_ in pos if p_ >= len(lines[0])]
            if not pos_body:
                err('%s: quote with marks not in body: %r' % (aid, t)); continue
            nxt = [p_ for p_ in pos_body if p_ > last]
            if not nxt:
                err('%s: quotes out of text order at %r' % (aid, t))
            else:
                last = nxt[0]
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.match(r'^org:[a-z0-9]+(-[a-z0-9]+)*$', str(sk))):
                err('%s: speaker %r is neither a participant key nor an org key' % (aid, sk))
            if not any(marked in e for e in evid_all):
                err('%s: quote not inside any fact evidence: %r' % (aid, t))
            if t in noise_text:
                err('%s: gold quote occurs in the page noise: %r' % (aid, t))
            totals['quote_' + str(q['kind'])] += 1
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (om + nq + cm) not in body_text:
                err('%s: not_quote not found in body with marks: %r' % (aid, nq))
        # ---- facts
        if not isinstance(a['facts'], list) or not a['facts']:
            err('%s: facts must be a non-empty list' % aid); continue
        prefixes = set()
        slugs_here = []
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys wrong: %r' % (aid, f)); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or any(x not in FACT_KINDS for x in kd):
                err('%s: bad fact kind %r' % (aid, kd))
            else:
                for x in kd:
                    totals['fact_' + x] += 1
            sa = f['same_as']
            if not isinstance(sa, str) or not re.match(r'^[a-z]+\d\d-[a-z0-9]+$', sa):
                err('%s: malformed same_as %r' % (aid, sa)); continue
            pre = sa.split('-')[0]
            prefixes.add(pre)
            if sd and pre[-2:] != '%02d' % (sd.year % 100):
                err('%s: same_as prefix %s does not end in the year of the summit' % (aid, pre))
            if sa in slugs_here:
                err('%s: same_as %s repeated in the article' % (aid, sa))
            slugs_here.append(sa)
            if sa in e_slugs:
                err('%s: same_as %s already used in earlier gold' % (aid, sa))
            if pre in e_prefixes:
                err('%s: same_as prefix %s already used in earlier gold' % (aid, pre))
            slug_use[sa].append((aid, tuple(kd) if isinstance(kd, list) else kd))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence must be a non-empty list (%s)' % (aid, sa)); continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: evidence empty or with outer spaces (%s): %r' % (aid, sa, e)); continue
                if e not in text:
                    err('%s: evidence not verbatim in file (%s): %r' % (aid, sa, e)); continue
                if e in noise_text:
                    err('%s: evidence occurs in the page noise (%s): %r' % (aid, sa, e))
                if e != lines[0] and not sentence_bounded(body_text, e, None):
                    err('%s: evidence not found as whole sentences in the body (%s): %r' % (aid, sa, e))
        if len(prefixes) != 1:
            err('%s: expected one same_as prefix, found %s' % (aid, sorted(prefixes)))
        else:
            pre = prefixes.pop()
            prefix_summit.setdefault(pre, set()).add(key)
        totals['facts'] += len(a['facts'])
        totals['quotes'] += len(a['quotes'])
        totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(a['participants'])
        print('%-42s q=%d nq=%d p=%d f=%d body=%d file=%d style=%s middle_noise=%s' % (
            aid, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts']),
            nbody, nfile, style, middle))
    # ---- set-level checks
    if len(set(ids_seen)) != len(ids_seen):
        err('duplicate ids')
    if set(ids_seen) != set(REG):
        err('ids in gold %s differ from registered ids' % sorted(set(ids_seen) ^ set(REG)))
    want = sorted(i + '.txt' for i in ids_seen)
    if txt_files != want:
        err('article files in folder %s do not match entries %s' % (txt_files, want))
    if any(i.startswith('h82_') for i in e_ids):
        err('earlier gold already has h82 ids')
    for pre, keys in prefix_summit.items():
        if len(keys) != 1:
            err('same_as prefix %s used for more than one summit' % pre)
    groups = collections.defaultdict(list)
    for aid, (key, data) in summit_of.items():
        groups[key].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits: 3 pairs and 2 singles, found sizes %s' % sizes)
    pair_of = {}
    for key, members in groups.items():
        if len(members) == 2:
            x, y = members
            pair_of[x], pair_of[y] = y, x
            if summit_of[x][1] != summit_of[y][1]:
                err('pair %s/%s disagrees on summit data' % (x, y))
            if outlets[x] == outlets[y]:
                err('pair %s/%s from one outlet' % (x, y))
    orgs_used = collections.Counter(k[0] for k in groups)
    if len(orgs_used) != 5:
        err('expected five different bodies, found %s' % dict(orgs_used))
    shared = collections.defaultdict(list)
    for sa, uses in slug_use.items():
        arts_ = [u[0] for u in uses]
        if len(arts_) > 2:
            err('same_as %s occurs in more than two articles' % sa)
        elif len(arts_) == 2:
            x, y = arts_
            if pair_of.get(x) != y:
                err('same_as %s shared by %s and %s, which are not a pair' % (sa, x, y))
            if uses[0][1] != uses[1][1]:
                err('same_as %s has different kinds in the two articles' % sa)
            shared[tuple(sorted(arts_))].append(sa)
    for key, members in groups.items():
        if len(members) == 2:
            n = len(shared.get(tuple(sorted(members)), []))
            if n < 3:
                err('pair %s shares only %d same_as slugs' % (members, n))
            print('shared %s: %d %s' % (' / '.join(sorted(members)), n, sorted(shared.get(tuple(sorted(members)), []))))
    if totals['comment_sections'] < 4:
        err('reader comment sections in fewer than four articles')
    if totals['middle_noise'] < 4:
        err('page noise in the middle of fewer than four articles')
    print('totals:', dict(sorted(totals.items())))

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        err('checker crashed')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAIL: %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout82 passes')
    sys.exit(0)
