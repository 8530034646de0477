#!/usr/bin/env python3
"""Checker for the held-out set heldout80 (pending/heldout80/). Exits 1 on any error; a crash counts as an error."""
import datetime, json, os, re, sys, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H80_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout80_gold.json')
OPENING = ("Held-out set round 80 (split=heldout80), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")

# The brief's list of cities never to be used (copied verbatim by a python3 step); parenthesised forms count too.
AVOID = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali',
 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar',
 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz',
 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an",
 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg',
 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland',
 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu',
 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako',
 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia',
 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília',
 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago',
 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest',
 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo',
 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas',
 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi',
 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk',
 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis',
 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh',
 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé',
 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar',
 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown',
 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne',
 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow',
 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol',
 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras, Halkidiki)', 'San Juan', 'Mbabane',
 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos']
# Every 'city year' already used in the gold (copied verbatim from used_city_years.txt by a python3 step).
USED = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007',
 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Algiers 2022',
 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013',
 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Auckland 1995',
 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangkok 2022',
 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023',
 'Beirut 2002', 'Belén 2015', 'Bento Gonçalves 2019', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007',
 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bogor 1994', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008',
 'Bratislava 2016', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019',
 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018',
 'Budapest 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Busan 2005', 'Bürgenstock 2024', 'Cairns 2009',
 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Cancún 2017', 'Cannes 2011',
 'Caracas 2011', 'Carbis Bay 2021', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007',
 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Coolum 2002',
 'Copenhagen 2002', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008',
 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018',
 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013',
 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022',
 'Enniskillen 2013', 'Entebbe 2024', 'Evian 2003', 'Fortaleza 2014', 'Funafuti 2019', 'Gaborone 2015', 'Genoa 2001',
 'Georgetown 2024', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Halifax 1995',
 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Harare 2024', 'Havana 2006', 'Havana 2014',
 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009',
 'Huntsville 2010', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016',
 'Jakarta 2023', 'Jeddah 2023', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007',
 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2024',
 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024',
 'Kinshasa 2012', 'Kiruna 2013', 'Kraków 2021', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015',
 'Kuala Lumpur 2025', 'Kuwait City 2013', 'Kuwait City 2017', "L'Aquila 2009", 'La Malbaie 2018', 'Labuan Bajo 2023',
 'Lagos 1975', 'Lahore 1974', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993',
 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009',
 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Lusaka 2007', 'Lyon 1996',
 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Manama 2016', 'Manama 2024',
 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019',
 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021',
 'Miami 1994', 'Milan 2014', 'Minsk 1993', 'Moncton 1999', 'Monrovia 2017', 'Montego Bay 2018', 'Monterrey 2004',
 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Moscow 2003', 'Moscow 2024', 'Muscat 2008', "N'Djamena 2014",
 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015',
 'New Delhi 2023', 'Newport 2014', 'Niamey 2019', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018',
 "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023',
 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2015', 'Paranal 2012', 'Paris 2008', 'Pattaya 2009',
 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Pittsburgh 2009', 'Pohnpei 2016', 'Port Moresby 2015',
 'Port Moresby 2018', 'Port of Spain 2009', 'Port of Spain 2023', 'Prague 2002', 'Prague 2016', 'Pretoria 2017',
 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Putrajaya 2003',
 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969', 'Rancho Mirage 2016',
 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025',
 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Samara 2007',
 'Samarkand 2022', 'San Francisco 2023', 'San Juan 2010', 'San Pedro Sula 2009', 'Santa Cruz de la Sierra 1996',
 'Santa Fe 2019', 'Santa Maria 2018', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023',
 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002',
 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Siem Reap 2018',
 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', 'St Petersburg 2002',
 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Strasbourg 2009', 'Suva 2022', 'Sydney 2007',
 'São Tomé 2023', 'Taormina 2017', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'The Hague 2004',
 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022',
 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015',
 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Veracruz 2014',
 'Victoria Falls 2009', 'Vientiane 2016', 'Vientiane 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996',
 'Visegrád 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008',
 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Wilmington 2024', 'Windhoek 2018', "Xi'an 2023",
 'Xiamen 2017', 'Yamoussoukro 2014', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022',
 'Yokohama 2010', 'Yokohama 2013']

ALLOWED_ORGS = ['org:g7', 'org:g8', 'org:apec', 'org:arab-league', 'org:sadc', 'org:mercosur', 'org:brics',
                'org:celac', 'org:nordic-council', 'org:pif', 'org:visegrad-group', 'org:guam', 'org:bsec',
                'org:saarc', 'org:igad', 'org:eac']
ORG_NAMES = {
    'org:g7': ['Group of Seven', 'G7', 'G-7'],
    'org:arab-league': ['Arab League', 'League of Arab States'],
    'org:guam': ['GUAM'],
    'org:saarc': ['SAARC', 'South Asian Association for Regional Cooperation'],
    'org:sadc': ['SADC', 'Southern African Development Community'],
}
# Per-article registry: quote style, middle noise lines, first line of the tail noise, credited staff,
# the header of the comment section (if any) and the number of reader comments under it.
REGISTRY = {'h80_g7_williamsburg_whimbrel': {'style': 'straight',
                                  'mid': ['ADVERTISEMENT'],
                                  'tail': '(Reporting by Thurston Kittredge-Spurway; additional reporting by Eudora '
                                          'Mabey-Strickland; Editing by Cleon Kerridge-Dowell)',
                                  'staff': ['Eudora Mabey-Strickland', 'Cleon Kerridge-Dowell'],
                                  'comments_header': None,
                                  'comments': 0},
 'h80_g7_williamsburg_almanack': {'style': 'curly',
                                  'mid': ['Photo: The Colonial Williamsburg Fife and Drum Corps marches past the '
                                          'Capitol during the weekend. (Almanack photo)'],
                                  'tail': 'Reader comments (4) | Sort by: Newest',
                                  'staff': [],
                                  'comments_header': 'Reader comments (4) | Sort by: Newest',
                                  'comments': 4},
 'h80_arableague_fez_skua': {'style': 'straight',
                             'mid': [],
                             'tail': '[END OF TRANSCRIPT]',
                             'staff': [],
                             'comments_header': None,
                             'comments': 0},
 'h80_arableague_fez_orontes': {'style': 'curly',
                                'mid': ['Subscribe to The Orontes Review: independent analysis of the Middle East, '
                                        'every Monday. Sign up'],
                                'tail': 'Comments (3)',
                                'staff': [],
                                'comments_header': 'Comments (3)',
                                'comments': 3},
 'h80_guam_kyiv_podil': {'style': 'curly',
                         'mid': ['Read also: Khreshchatyk closed to traffic for Kyiv Day weekend | Hryvnia steady as '
                                 'gas talks drag on'],
                         'tail': 'Comments (5)',
                         'staff': [],
                         'comments_header': 'Comments (5)',
                         'comments': 5},
 'h80_guam_kyiv_corridor': {'style': 'straight',
                            'mid': ['Chart: GUAM members and the main Caspian export routes, 2005 (subscribers '
                                    'only)'],
                            'tail': 'FAQ: GUAM at a glance',
                            'staff': [],
                            'comments_header': None,
                            'comments': 0},
 'h80_saarc_bangalore_cantonment': {'style': 'straight',
                                    'mid': ['PHOTO: Schoolchildren wave the flags of the seven member countries '
                                            'along Cubbon Road on Sunday morning. (Herald photo)'],
                                    'tail': "Readers' comments (3)",
                                    'staff': [],
                                    'comments_header': "Readers' comments (3)",
                                    'comments': 3},
 'h80_sadc_grandbaie_zambezi': {'style': 'curly',
                                'mid': ['Get The Zambezi Ledger’s weekly regional briefing in your inbox every '
                                        'Friday. Sign up free'],
                                'tail': 'Related: Zimbabwe sets out electoral reform bill | Mauritius prepares for '
                                        'summit week | Letters: what the guidelines should have said',
                                'staff': [],
                                'comments_header': 'Comments (4)',
                                'comments': 4}}

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
                'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'king', 'queen', 'prime', 'minister', 'mr', 'mrs', 'ms', 'dr', 'chancellor', 'secretary',
               'general', 'sheikh', 'emir', 'prince', 'sir', 'lord', 'governor', 'chairman', 'professor'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
CURLY = '\u201c\u201d\u2018\u2019'

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    for a, b in [('\u00f8', 'o'), ('\u00d8', 'O'), ('\u00e6', 'ae'), ('\u00c6', 'AE'), ('\u00f0', 'd'),
                 ('\u0142', 'l'), ('\u0141', 'L'), ('\u00df', 'ss'), ('\u0131', 'i')]:
        s = s.replace(a, b)
    return s.lower()

def tokens(s):
    s = fold(s)
    s = re.sub(r"(?<=\w)['\u2019]s\b", '', s)
    s = re.sub(r"(?<=\w)['\u2019](?=\w)", '', s)
    return re.findall(r'[a-z0-9]+', s)

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def avoid_names():
    out = set()
    for item in AVOID:
        m = re.match(r'^(.*?)\s*\((.*)\)\s*$', item)
        if m:
            out.add(fold(m.group(1)))
            for part in m.group(2).split(','):
                out.add(fold(part.strip()))
        else:
            out.add(fold(item))
    return out

def used_pairs():
    out = set()
    for item in USED:
        m = re.match(r'^(.*\S)\s+(\d{4})$', item)
        if not m:
            err('bad USED item %r' % item)
            continue
        out.add((fold(m.group(1)), m.group(2)))
    return out

def parse_date(s, where):
    try:
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: bad ISO date %r' % (where, s))
        return None

def sentence_start_ok(line, i):
    if i == 0:
        return True
    pre = line[:i]
    if re.search(r'[.!?]["\u201d]? $', pre):
        return True
    if re.match(r'^[A-Z][A-Z\'\u2019. -]+: $', pre):
        return True
    return False

def sentence_end_ok(line, j):
    # j is the index just past the evidence
    if j == len(line):
        return True
    if line[j] != ' ':
        return False
    seg = line[:j]
    return bool(re.search(r'([.!?]|[.!?,]["\u201d])$', seg))

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 78)]
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            err('earlier gold file missing: %s' % p)
            continue
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s:
                summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return ids, slugs, prefixes, summits

def main():
    try:
        gold = json.load(open(GOLD, encoding='utf-8'))
    except Exception as e:
        err('cannot load gold: %s' % e)
        return
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected a list of 8 articles')
        return
    early_ids, early_slugs, early_prefixes, early_summits = load_earlier()
    if any(str(i).startswith('h80_') for i in early_ids):
        err('an earlier gold file already has h80_ ids')
    early_city_years = {(fold(c or ''), (d or '')[:4]) for (_, c, d) in early_summits}
    avoid = avoid_names()
    used = used_pairs()

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids_seen = set()
    per = {}
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err('article keys wrong or out of order: %s' % (list(a.keys()) if isinstance(a, dict) else a))
            continue
        aid = a['id']
        if not isinstance(aid, str) or not re.match(r'^h80_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+$', aid):
            err('bad id %r' % aid)
            continue
        if aid in ids_seen:
            err('duplicate id %s' % aid)
        ids_seen.add(aid)
        if aid in early_ids:
            err('%s: id already used in earlier gold' % aid)
        if aid not in REGISTRY:
            err('%s: id not registered in check.py' % aid)
            continue
        if a['split'] != 'heldout80':
            err('%s: split must be heldout80' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/<id>.txt' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already present in tests/gold/articles' % aid)
        for k, t in [('title', str), ('published_at', str), ('authors', list), ('summit', dict), ('quotes', list),
                     ('not_quotes', list), ('participants', list), ('facts', list)]:
            if not isinstance(a[k], t):
                err('%s: %s has wrong type' % (aid, k))
        try:
            per[aid] = check_article(a, path, avoid, used, early_city_years, early_summits)
        except Exception as e:
            err('%s: crash while checking: %r' % (aid, e))
    for f in txt_files:
        if f[:-4] not in ids_seen:
            err('file %s has no gold entry' % f)
    if len(per) != 8 or any('summit' not in v or 'slugs' not in v for v in per.values()):
        err('set-level checks skipped because of the errors above')
        return
    check_set(arts, per, early_slugs, early_prefixes)

def check_article(a, path, avoid, used, early_city_years, early_summits):
    aid = a['id']
    reg = REGISTRY[aid]
    style = reg['style']
    raw = open(path, encoding='utf-8').read()
    if not raw.endswith('\n') or raw.endswith('\n\n'):
        err('%s: file must end with exactly one newline' % aid)
    text = raw[:-1] if raw.endswith('\n') else raw
    lines = text.split('\n')
    info = {'outlet': None}
    # ---- header
    if a['title'] != lines[0] or not lines[0].strip():
        err('%s: title must equal the headline (first line)' % aid)
    if '' not in lines:
        err('%s: no blank line after the header' % aid)
        return info
    blank = lines.index('')
    if blank < 4:
        err('%s: header must have headline, outlet line, byline and at least one noise line' % aid)
        return info
    outlet_line, byline = lines[1], lines[2]
    info['outlet'] = outlet_line.split(' | ')[0].strip()
    pub = parse_date(a['published_at'], aid)
    if pub:
        want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
        if want not in outlet_line:
            err('%s: outlet line lacks %r' % (aid, want))
        others = [w for w in WEEKDAYS if w in outlet_line and w != WEEKDAYS[pub.weekday()]]
        if others:
            err('%s: other weekday on outlet line' % aid)
    # ---- regions
    tail = reg['tail']
    if lines.count(tail) != 1:
        err('%s: tail marker must occur exactly once' % aid)
        return info
    ti = lines.index(tail)
    if ti <= blank:
        err('%s: tail marker inside header' % aid)
        return info
    tail_lines = lines[ti:]
    if len([l for l in tail_lines if l.strip()]) < 3:
        err('%s: fewer than three lines of tail noise' % aid)
    for m in reg['mid']:
        if m not in lines[blank + 1:ti]:
            err('%s: registered middle noise line missing: %r' % (aid, m))
    head_noise = lines[3:blank]
    mid_noise = [l for l in lines[blank + 1:ti] if l in reg['mid']]
    body_lines = [l for l in lines[blank + 1:ti] if l and l not in reg['mid']]
    noise_lines = [lines[1], lines[2]] + head_noise + mid_noise + tail_lines
    noise = '\n'.join(noise_lines)
    body = '\n'.join(body_lines)
    hb = lines[0] + '\n' + body
    nwords = len(body.split())
    info['words'] = nwords
    info['file_words'] = len(text.split())
    if not 420 <= nwords <= 600:
        err('%s: body has %d words (420-600 required)' % (aid, nwords))
    # ---- authors and staff
    if not a['authors']:
        err('%s: no authors' % aid)
    for au in a['authors']:
        if not isinstance(au, str) or au not in byline:
            err('%s: author %r not in byline' % (aid, au))
    for st in reg['staff']:
        if st not in noise:
            err('%s: credited staff %r not in page noise' % (aid, st))
    # ---- comments
    if reg.get('comments_header'):
        if reg['comments_header'] not in tail_lines:
            err('%s: comment header missing from the tail' % aid)
        else:
            k = tail_lines.index(reg['comments_header']) + 1
            n = 0
            while k < len(tail_lines) and n < reg['comments'] and re.match(r'^[^:|]{2,30}: \S', tail_lines[k]):
                n += 1
                k += 1
            if n != reg['comments'] or n < 3:
                err('%s: expected %d reader comments, found %d' % (aid, reg['comments'], n))
    # ---- quote style
    if style == 'straight':
        if any(c in text for c in CURLY):
            err('%s: curly mark in a straight article' % aid)
        for i, l in enumerate(lines):
            if l.count('"') % 2:
                err('%s: odd number of straight marks on line %d' % (aid, i + 1))
        spans = [m for l in [lines[0]] + body_lines for m in re.findall(r'"([^"]*)"', l)]
    elif style == 'curly':
        if '"' in text or "'" in text:
            err('%s: straight mark in a curly article' % aid)
        if '\u2018' in text:
            err('%s: opening single curly mark' % aid)
        for i, l in enumerate(lines):
            depth = 0
            for c in l:
                if c == '\u201c':
                    depth += 1
                    if depth > 1:
                        err('%s: nested curly marks on line %d' % (aid, i + 1))
                elif c == '\u201d':
                    depth -= 1
                    if depth < 0:
                        err('%s: unopened curly mark on line %d' % (aid, i + 1))
                        depth = 0
            if depth:
                err('%s: unclosed curly mark on line %d' % (aid, i + 1))
        spans = [m for l in [lines[0]] + body_lines for m in re.findall(r'\u201c([^\u201d]*)\u201d', l)]
    else:
        err('%s: unknown style' % aid)
        spans = []
    op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
    if any(c in noise for c in '"\u201c\u201d') or any(c in lines[0] for c in '"\u201c\u201d'):
        err('%s: double quotation mark in the headline or page noise' % aid)
    # ---- participants
    keys = []
    body_tokens = tokens(hb)
    noise_tokens = tokens(noise)
    author_tokens = [tokens(x) for x in a['authors'] + reg['staff']]
    for p in a['participants']:
        if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
            err('%s: participant keys wrong: %r' % (aid, p))
            continue
        k = p['key']
        if not isinstance(k, str) or not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)*$', k):
            err('%s: bad participant key %r' % (aid, k))
            continue
        if k in keys:
            err('%s: duplicate participant %s' % (aid, k))
        keys.append(k)
        toks = k.split(':', 1)[1].split('-')
        if toks[0] in TITLE_WORDS:
            err('%s: title word in key %s' % (aid, k))
        if not has_seq(body_tokens, toks):
            err('%s: name of %s not in headline or body' % (aid, k))
        if has_seq(noise_tokens, toks):
            err('%s: participant %s named in the page noise' % (aid, k))
        if toks in author_tokens:
            err('%s: author or credited staff listed as participant: %s' % (aid, k))
        for fld in ('role', 'affiliation'):
            v = p[fld]
            if not isinstance(v, str) or not v.strip() or v != v.strip():
                err('%s: empty or padded %s for %s' % (aid, fld, k))
                continue
            if style == 'curly' and ("'" in v or '"' in v):
                err('%s: straight mark in %s of %s' % (aid, fld, k))
            if style == 'straight' and any(c in v for c in CURLY):
                err('%s: curly mark in %s of %s' % (aid, fld, k))
    # ---- quotes
    qtexts = []
    pos = 0
    evidence_all = [e for f in a['facts'] if isinstance(f, dict) for e in (f.get('evidence') or []) if isinstance(e, str)]
    for q in a['quotes']:
        if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
            err('%s: quote keys wrong: %r' % (aid, q))
            continue
        t, sk, kd = q['text'], q['speaker_key'], q['kind']
        if not isinstance(t, str) or not t:
            err('%s: empty quote' % aid)
            continue
        qtexts.append(t)
        if kd not in QUOTE_KINDS:
            err('%s: bad quote kind %r' % (aid, kd))
        if not isinstance(sk, str) or not re.match(r'^(person|org):[a-z0-9]+(-[a-z0-9]+)*$', sk):
            err('%s: bad speaker key %r' % (aid, sk))
        elif sk.startswith('person:') and sk not in [p.get('key') for p in a['participants'] if isinstance(p, dict)]:
            err('%s: speaker %s is not a participant' % (aid, sk))
        marked = op + t + cl
        if t not in text:
            err('%s: quote not verbatim in the article: %r' % (aid, t))
        i = hb.find(marked, pos)
        if i < 0:
            err('%s: quote not found with its marks in text order: %r' % (aid, t))
        else:
            pos = i + 1
        if t in noise:
            err('%s: quote text appears in the page noise: %r' % (aid, t))
        if not any(marked in e for e in evidence_all):
            err('%s: quote outside every evidence string: %r' % (aid, t))
    for t in a['not_quotes']:
        if not isinstance(t, str) or not t:
            err('%s: bad not_quote' % aid)
            continue
        qtexts.append(t)
    if collections.Counter(spans) != collections.Counter(qtexts):
        err('%s: quoted spans of the body and quotes+not_quotes differ: %s / %s' % (
            aid, sorted((collections.Counter(spans) - collections.Counter(qtexts)).elements()),
            sorted((collections.Counter(qtexts) - collections.Counter(spans)).elements())))
    # ---- facts
    slugs = []
    info['slug_kinds'] = {}
    for f in a['facts']:
        if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
            err('%s: fact keys wrong: %r' % (aid, f))
            continue
        if not isinstance(f['statement'], str) or not f['statement'].strip():
            err('%s: empty statement' % aid)
        kinds = f['kind']
        if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or not set(kinds) <= FACT_KINDS:
            err('%s: bad fact kinds %r' % (aid, kinds))
        sa = f['same_as']
        if sa is not None:
            if not isinstance(sa, str) or not re.match(r'^[a-z]+[0-9]{2}-[a-z0-9]+$', sa):
                err('%s: bad same_as %r' % (aid, sa))
            else:
                if sa in slugs:
                    err('%s: same_as repeated in article: %s' % (aid, sa))
                slugs.append(sa)
                info['slug_kinds'][sa] = tuple(sorted(kinds)) if isinstance(kinds, list) else ()
        ev = f['evidence']
        if not isinstance(ev, list) or not ev:
            err('%s: fact without evidence' % aid)
            continue
        for e in ev:
            if not isinstance(e, str) or not e or e != e.strip():
                err('%s: empty or padded evidence %r' % (aid, e))
                continue
            if e not in text:
                err('%s: evidence not verbatim in the article: %r' % (aid, e))
                continue
            if e in noise:
                err('%s: evidence appears in the page noise: %r' % (aid, e))
            if e == lines[0]:
                continue
            ok = False
            for l in body_lines:
                j = l.find(e)
                while j >= 0:
                    if sentence_start_ok(l, j) and sentence_end_ok(l, j + len(e)):
                        ok = True
                        break
                    j = l.find(e, j + 1)
                if ok:
                    break
            if not ok:
                err('%s: evidence not a sentence-bounded span of the headline or body: %r' % (aid, e))
    info['slugs'] = slugs
    # ---- summit
    s = a['summit']
    if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
        err('%s: summit keys wrong' % aid)
        return info
    org, city, country = s['organization'], s['city'], s['country']
    if org not in ALLOWED_ORGS:
        err('%s: organization %r not among the bodies the brief allows' % (aid, org))
    for fld in ('city', 'country'):
        if not isinstance(s[fld], str) or not s[fld].strip():
            err('%s: empty %s' % (aid, fld))
    sd = parse_date(s['start_date'], aid)
    ed = parse_date(s['end_date'], aid)
    info['summit'] = (org, city, s['start_date'])
    info['summit_data'] = {k: s[k] for k in SUMMIT_KEYS if k != 'text_fields'}
    if fold(city) in avoid:
        err('%s: city %s is on the avoid list' % (aid, city))
    if sd:
        if (fold(city), str(sd.year)) in used:
            err('%s: city and year %s %d already used' % (aid, city, sd.year))
        if (fold(city), str(sd.year)) in early_city_years:
            err('%s: city and year used by an earlier gold summit' % aid)
        if (org, city, s['start_date']) in early_summits:
            err('%s: summit already in earlier gold' % aid)
    if sd and ed:
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: publication date outside the summit and three weeks after' % aid)
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or any(x not in FIELDS for x in tf) or tf != [x for x in FIELDS if x in tf]:
        err('%s: text_fields must be a non-empty subset of the five fields in canonical order' % aid)
        tf = []
    if 'organization' in tf:
        if not any(has_seq(body_tokens, tokens(n)) for n in ORG_NAMES.get(org, [])):
            err('%s: organization not named in headline or body' % aid)
    if 'city' in tf and not has_seq(body_tokens, tokens(city)):
        err('%s: city not in headline or body' % aid)
    if 'country' in tf and not has_seq(body_tokens, tokens(country)):
        err('%s: country not in headline or body' % aid)
    for fld, d in (('start_date', sd), ('end_date', ed)):
        if fld in tf and d and pub and not date_supported(hb, d, pub, fld):
            err('%s: %s %s not supported by the text' % (aid, fld, d))
    info['tf'] = tf
    info['nquotes'] = len(a['quotes'])
    info['nparts'] = len(a['participants'])
    info['nfacts'] = len(a['facts'])
    info['has_mid'] = bool(reg['mid'])
    info['has_comments'] = bool(reg.get('comments_header'))
    return info

def date_supported(hb, d, pub, fld):
    mon = MONTHS[d.month - 1]
    if re.search(r'\b%s %d\b(?!,? \d{4}\s*\d)' % (mon, d.day), hb):
        return True
    if fld == 'end_date':
        for m in re.finditer(r'\b%s (\d{1,2}) ?(?:to|and|-|\u2013) ?(\d{1,2})\b' % mon, hb):
            if int(m.group(2)) == d.day:
                return True
    diff = (pub - d).days
    if 0 <= diff <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], hb):
        return True
    if diff == 1 and re.search(r'\b(yesterday|last night)\b', hb, re.I):
        return True
    if diff == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', hb, re.I):
        return True
    return False

def check_set(arts, per, early_slugs, early_prefixes):
    groups = collections.OrderedDict()
    for a in arts:
        groups.setdefault(per[a['id']]['summit'], []).append(a['id'])
    sizes = sorted(len(v) for v in groups.values())
    if len(groups) != 5 or sizes != [1, 1, 2, 2, 2]:
        err('set must have 5 summits: 3 pairs and 2 singles (got %s)' % sizes)
    orgs = collections.Counter(k[0] for k in groups)
    if any(v > 2 for v in orgs.values()) or (len(orgs) < 5 and any(v > 2 for v in orgs.values())):
        err('more than two summits of one body')
    if len(orgs) < 4:
        err('too few different bodies')
    prefix_of = {}
    slug_home = collections.defaultdict(list)
    for a in arts:
        for sl in per[a['id']]['slugs']:
            slug_home[sl].append(a['id'])
            if sl in early_slugs:
                err('%s: slug %s used in earlier gold' % (a['id'], sl))
    for key, ids in groups.items():
        year2 = key[2][2:4]
        pre = set(sl.split('-')[0] for i in ids for sl in per[i]['slugs'])
        if len(ids) == 1:
            if pre:
                err('%s: a single article carries same_as slugs' % ids[0])
            continue
        x, y = ids
        if per[x]['summit_data'] != per[y]['summit_data']:
            err('pair %s / %s disagrees on summit data' % (x, y))
        if per[x]['outlet'] == per[y]['outlet']:
            err('pair %s / %s comes from one outlet' % (x, y))
        if len(pre) != 1:
            err('pair %s / %s must use exactly one slug prefix (got %s)' % (x, y, sorted(pre)))
            continue
        p = pre.pop()
        if not p.endswith(year2):
            err('prefix %s does not end in the year digits %s' % (p, year2))
        if p in early_prefixes:
            err('prefix %s used in earlier gold' % p)
        if p in prefix_of.values():
            err('prefix %s shared by two summits' % p)
        prefix_of[key] = p
        sx, sy = set(per[x]['slugs']), set(per[y]['slugs'])
        if sx != sy:
            err('pair %s / %s: slugs without a twin: %s' % (x, y, sorted(sx ^ sy)))
        if len(sx & sy) < 5:
            err('pair %s / %s shares fewer than 5 slugs' % (x, y))
        for sl in sx & sy:
            if per[x]['slug_kinds'][sl] != per[y]['slug_kinds'][sl]:
                err('slug %s has different kinds in the pair' % sl)
        print('pair %s / %s: %d shared slugs: %s' % (x, y, len(sx & sy), ', '.join(sorted(sx & sy))))
    for sl, homes in slug_home.items():
        if len(homes) != 2:
            err('slug %s appears in %d articles (must be exactly the two of one pair)' % (sl, len(homes)))
    if sum(1 for a in arts if per[a['id']]['has_mid']) < 4:
        err('fewer than four articles with page noise in the middle')
    if sum(1 for a in arts if per[a['id']]['has_comments']) < 4:
        err('fewer than four articles with a reader comment section')
    for a in arts:
        i = per[a['id']]
        print('%s: %d body words, %d file words, %d quotes, %d participants, %d facts, text_fields %s' % (
            a['id'], i['words'], i['file_words'], i['nquotes'], i['nparts'], i['nfacts'], ','.join(i['tf'])))

if __name__ == '__main__':
    try:
        main()
    except Exception as e:
        err('checker crashed: %r' % e)
    if errors:
        for e in errors:
            print('ERROR: ' + e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('heldout80: all checks passed')
    sys.exit(0)
