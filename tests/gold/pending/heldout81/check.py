#!/usr/bin/env python3
"""Checker for held-out set heldout81 (pending/heldout81/).

Run: python3 check.py   (exits 1 on any error; a crash also counts as an error)
Environment variable H81_EARLIER may point at the folder holding the earlier gold
files (facts_gold.json, heldout5_gold.json ... heldout77_gold.json); by default it is
../.. relative to this file (tests/gold/).
"""
import collections, datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H81_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout81_gold.json')
ABOUT_START = ("Held-out set round 81 (split=heldout81), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")

USED_CITY_YEARS = [ "Abidjan 2012", "Abidjan 2017", "Abu Dhabi 1981", "Abuja 2019", "Abuja 2024", "Accra 2022", "Addis Ababa 2007", "Addis Ababa 2017", "Addis Ababa 2024", "Addis Ababa 2025", "Addu City 2011", "Al-Ula 2021", "Algiers 2022", "Alma-Ata 1991", "Alofi 2008", "Amman 2001", "Antalya 2015", "Antananarivo 2016", "Antigua Guatemala 2013", "Apia 2024", "Arusha 2016", "Ashgabat 2021", "Astana 2017", "Astana 2024", "Asunción 2015", "Auckland 1995", "Awaza 2021", "Baghdad 2012", "Baghdad 2025", "Baku 2019", "Bamako 2017", "Bandar Seri Begawan 2013", "Bangkok 2022", "Bangkok 2025", "Banjul 2024", "Barcelona 2005", "Bariloche 2009", "Beijing 2012", "Beijing 2014", "Beijing 2023", "Beirut 2002", "Belén 2015", "Bento Gonçalves 2019", "Biarritz 2019", "Birmingham 1998", "Bishkek 2007", "Bishkek 2019", "Bissau 2023", "Blantyre 1997", "Bogor 1994", "Bonn 1982", "Borgo Egnazia 2024", "Brasília 2008", "Bratislava 2016", "Brisbane 2014", "Brussels 2016", "Brussels 2017", "Brussels 2018", "Brussels 2019", "Brussels 2021", "Brussels 2022", "Brussels 2023", "Bucharest 2006", "Bucharest 2008", "Bucharest 2018", "Budapest 1994", "Buenos Aires 2018", "Buenos Aires 2023", "Busan 2005", "Bürgenstock 2024", "Cairns 2009", "Cairo 2024", "Cali 2013", "Cali 2017", "Camp David 2012", "Camp David 2023", "Cancún 2017", "Cannes 2011", "Caracas 2011", "Carbis Bay 2021", "Cartagena 2012", "Cartagena 2016", "Casablanca 1989", "Cebu 2007", "Chicago 2012", "Chisinau 2023", "Cholpon-Ata 2018", "Cologne 1999", "Colombo 2013", "Colombo 2022", "Coolum 2002", "Copenhagen 2002", "Cádiz 2012", "Córdoba 2006", "Da Nang 2017", "Dakar 2008", "Dakar 2021", "Damascus 2008", "Dar es Salaam 2015", "Dar es Salaam 2019", "Dead Sea 2017", "Deauville 2011", "Denver 1997", "Dhahran 2018", "Dhaka 2005", "Diamniadio 2014", "Dili 2014", "Djerba 2022", "Djibouti 2023", "Doha 2007", "Doha 2013", "Dubrovnik 2016", "Durban 1999", "Durban 2013", "Dushanbe 2019", "Edinburgh 1997", "Elmau 2015", "Elmau 2022", "Enniskillen 2013", "Entebbe 2024", "Evian 2003", "Fortaleza 2014", "Funafuti 2019", "Gaborone 2015", "Genoa 2001", "Georgetown 2024", "Gleneagles 2005", "Goa 2016", "Gothenburg 2001", "Goyang 2024", "Granada 2023", "Halifax 1995", "Hamburg 2017", "Hangzhou 2016", "Hanoi 2004", "Hanoi 2010", "Harare 2024", "Havana 2006", "Havana 2014", "Heiligendamm 2007", "Helsinki 1999", "Hiroshima 2023", "Honolulu 2011", "Houston 1990", "Hua Hin 2009", "Huntsville 2010", "Islamabad 2017", "Istanbul 2004", "Istanbul 2016", "Istanbul 2021", "Jakarta 2016", "Jakarta 2023", "Jeddah 2023", "Johannesburg 2015", "Johannesburg 2023", "Johannesburg 2025", "Kampala 2007", "Kampala 2010", "Kampala 2024", "Kananaskis 2002", "Kananaskis 2025", "Kathmandu 2014", "Kazan 2024", "Khanty-Mansiysk 2008", "Khartoum 2006", "Kigali 2016", "Kigali 2022", "Kingston 1975", "Kingstown 2024", "Kinshasa 2012", "Kiruna 2013", "Kraków 2021", "Kuala Lumpur 1998", "Kuala Lumpur 2005", "Kuala Lumpur 2015", "Kuala Lumpur 2025", "Kuwait City 2013", "Kuwait City 2017", "L'Aquila 2009", "La Malbaie 2018", "Labuan Bajo 2023", "Lagos 1975", "Lahore 1974", "Lilongwe 2021", "Lima 2008", "Lima 2016", "Lima 2018", "Lima 2024", "Limassol 1993", "Lisbon 1996", "Lisbon 2007", "Lisbon 2010", "Ljubljana 2019", "Lomé 2000", "London 1990", "London 2009", "London 2018", "Los Angeles 2022", "Los Cabos 2002", "Los Cabos 2012", "Luanda 2023", "Lusaka 2007", "Lyon 1996", "Madrid 1997", "Madrid 2022", "Majuro 2013", "Malabo 2011", "Malabo 2014", "Malé 1997", "Manama 2016", "Manama 2024", "Manila 2015", "Manila 2017", "Maputo 2003", "Mar del Plata 2005", "Mbabane 2016", "Mecca 2012", "Mecca 2019", "Medellín 2019", "Melbourne 1981", "Melbourne 2024", "Mendoza 2012", "Mendoza 2017", "Mexico City 2021", "Miami 1994", "Milan 2014", "Minsk 1993", "Moncton 1999", "Monrovia 2017", "Montego Bay 2018", "Monterrey 2004", "Montevideo 2024", "Montreal 2019", "Montreux 2010", "Moscow 2003", "Moscow 2024", "Muscat 2008", "N'Djamena 2014", "Nago 2000", "Nairobi 2016", "Nakhchivan 2009", "Nanjing 2009", "Nassau 1985", "Naypyidaw 2014", "New Delhi 2015", "New Delhi 2023", "Newport 2014", "Niamey 2019", "Nizhny Novgorod 2011", "Nouakchott 2016", "Nouakchott 2018", "Nuku'alofa 2024", "Nusa Dua 2011", "Nusa Dua 2022", "Nuuk 2011", "Osaka 1995", "Osaka 2019", "Oslo 2023", "Ouagadougou 1998", "Ouro Preto 1994", "Panama City 2015", "Paranal 2012", "Paris 2008", "Pattaya 2009", "Perth 2011", "Phnom Penh 2012", "Phnom Penh 2022", "Pittsburgh 2009", "Pohnpei 2016", "Port Moresby 2015", "Port Moresby 2018", "Port of Spain 2009", "Port of Spain 2023", "Prague 2002", "Prague 2016", "Pretoria 2017", "Puerto Iguazú 2023", "Puerto Vallarta 2018", "Puerto Varas 2016", "Punta Cana 2017", "Putrajaya 2003", "Qingdao 2018", "Quebec City 2001", "Quebec City 2008", "Quito 2016", "Rabat 1969", "Rancho Mirage 2016", "Rarotonga 2023", "Reykjavik 2023", "Riga 2006", "Riga 2022", "Rio de Janeiro 2024", "Rio de Janeiro 2025", "Riyadh 2007", "Riyadh 2011", "Rome 2002", "Rome 2021", "Rostov-on-Don 2010", "Rovaniemi 2019", "Samara 2007", "Samarkand 2022", "San Francisco 2023", "San Juan 2010", "San Pedro Sula 2009", "Santa Cruz de la Sierra 1996", "Santa Fe 2019", "Santa Maria 2018", "Santiago 1998", "Santiago 2007", "Santiago 2013", "Santo Domingo 2023", "Sanya 2011", "Sanya 2016", "Sea Island 2004", "Seattle 1993", "Seoul 2000", "Seoul 2010", "Seville 2002", "Shanghai 2001", "Shanghai 2006", "Sharm el-Sheikh 2008", "Sharm el-Sheikh 2015", "Shima 2016", "Siem Reap 2018", "Singapore 2007", "Singapore 2018", "Sirte 2009", "Sirte 2010", "Sochi 2019", "Sofia 2018", "St Petersburg 2002", "St Petersburg 2006", "St Petersburg 2013", "Stockholm 2019", "Strasbourg 2009", "Suva 2022", "Sydney 2007", "São Tomé 2023", "Taormina 2017", "Tashkent 2016", "Tegucigalpa 1991", "Tehran 2012", "The Hague 2004", "The Hague 2025", "Thessaloniki 2003", "Thimphu 2010", "Tianjin 2025", "Tirana 2022", "Tokyo 2015", "Tokyo 2022", "Toronto 2010", "Toyako 2008", "Tripoli 2010", "Tunis 2004", "Tunis 2019", "Tunis 2022", "Ufa 2015", "Ulaanbaatar 2016", "Ushuaia 1998", "Valletta 2005", "Valletta 2015", "Vancouver 1997", "Veracruz 2014", "Victoria Falls 2009", "Vientiane 2016", "Vientiane 2024", "Vilnius 2013", "Vilnius 2023", "Visby 1996", "Visegrád 1991", "Vladivostok 2012", "Warsaw 2016", "Warsaw 2023", "Washington 1999", "Washington 2008", "Washington 2022", "Washington 2024", "Watford 2019", "Wilmington 2024", "Windhoek 2018", "Xi'an 2023", "Xiamen 2017", "Yamoussoukro 2014", "Yaren 2018", "Yekaterinburg 2009", "Yerevan 2018", "Yerevan 2022", "Yokohama 2010", "Yokohama 2013" ]
AVOID_CITIES = [ "Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali", "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku", "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu", "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha", "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm", "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw", "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul", "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo", "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau", "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing", "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha", "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen", "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén", "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama", "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing", "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe", "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat", "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin", "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh", "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé", "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar", "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków", "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi", "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo", "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)", "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca", "Thessaloniki (Porto Carras, Halkidiki)", "San Juan", "Mbabane", "Minsk", "Paranal", "São Tomé", "Tegucigalpa", "Ljubljana", "Seville", "Kingston", "Pattaya", "Rabat", "Lagos" ]
REGISTRY = {
 "h81_ibero_guadalajara_jacana": {
  "style": "straight",
  "noise": [
   "PHOTO: Leaders pose for the official photograph in the courtyard of the Cabanas cultural institute in Guadalajara. (Jacana/Pool)",
   "(Reporting by Anacleta Arriola-Sidebottom; Editing by Heriberto Tamez-Greenhalgh)",
   "Related: FACTBOX-Who came to Guadalajara | How Havana saw the summit | Mexico, U.S. open free trade talks",
   "Jacana News Agency archive. Text digitised from the original teleprinter copy; minor errors may remain. (c) 1991 Jacana News Agency. All rights reserved."
  ],
  "staff": [
   "Heriberto Tamez-Greenhalgh"
  ]
 },
 "h81_ibero_guadalajara_minerva": {
  "style": "curly",
  "noise": [
   "[Photo caption] The family photograph in the courtyard of the Cabañas institute on the first day of the summit. Minerva Ledger photo.",
   "Comments (4)",
   "tapatia_de_corazon: I was a student then and they closed half of Avenida Juárez for the motorcades. My bus took two hours. Worth it to see it all though.",
   "R. Mendoza, Zapopan: My uncle worked as a waiter at one of the official dinners. He said the delegations ate more birria than anyone expected.",
   "jalisco_archive_fan: Great to see these old stories digitised. Any chance you can put up the photos from the market?",
   "Minerva Ledger Archive Team: Thank you. We are scanning the photo archive and hope to add it later this year.",
   "Sign up for The Minerva Ledger weekend edition, delivered to your inbox every Saturday morning.",
   "(c) 1991 The Minerva Ledger, Guadalajara, Jalisco. Archive edition. All rights reserved."
  ],
  "staff": []
 },
 "h81_oau_yaounde_hornbill": {
  "style": "straight",
  "noise": [
   "[Sponsored message] The Evening Continent is brought to you with the support of listeners in 40 countries. Find out how to become a Friend of Radio Hornbill on our website.",
   "[END OF TRANSCRIPT]",
   "Coming up at 20:00 GMT: Sports Desk, with the latest from the Atlanta Olympics build-up.",
   "Radio Hornbill International archive. Transcripts are prepared from the broadcast recording and may contain errors. (c) 1996 Radio Hornbill International."
  ],
  "staff": []
 },
 "h81_oau_yaounde_bellwether": {
  "style": "curly",
  "noise": [
   "Read also: Bakassi talks stall again as both sides dig in | Limbe port traffic up for a third month | Letters: who pays for the summit villas?",
   "Comments (5)",
   "Ngoh from Kumba: I remember that week. The prices in Yaounde went up for everything, even taxis.",
   "Limbe_Boy: The summit came and went and the road from Buea to Kumba is still the same. Some things never change.",
   "Aunty Comfort: Good article. I liked the market lady, she spoke for all of us.",
   "Diaspora in Houston: Reading this twenty years later. Bakassi was settled in the end, but it took a long time.",
   "Fako Bellwether Archive: Thank you for reading. Please keep comments respectful.",
   "The Fako Bellwether is published in Buea every Saturday. Subscriptions and advertising: write to our office, Molyko. (c) 1996 The Fako Bellwether."
  ],
  "staff": []
 },
 "h81_oas_fortlauderdale_harbinger": {
  "style": "straight",
  "noise": [
   "ADVERTISEMENT",
   "Read more: How Weston became Westonzuela | Convention center bookings rise for 2006 | Editorial: The OAS needs teeth",
   "Comments (6) | Newest first",
   "Pompano Pete: Three days of road closures so diplomats could agree to write another report. Typical.",
   "Weston Mom: Thank you for including our community. Nobody else asked us what we thought.",
   "bocagrad84: The State Department overreached. Latin American governments were never going to sign up for that.",
   "Fred in Plantation: Anybody know if the convention center made money on this?",
   "Sunrise Reader: My cousin drove one of the delegation vans. Long hours, good tips.",
   "Reply from The Harbinger: Thanks for reading. Comments are moderated and may take a few hours to appear.",
   "(c) 2005 The New River Harbinger, Fort Lauderdale. All rights reserved. Privacy Policy | Terms of Use | Contact Us"
  ],
  "staff": []
 },
 "h81_oas_fortlauderdale_paramo": {
  "style": "curly",
  "noise": [
   "Newsletter: Get Páramo Review analysis in your inbox every Monday. Sign up on our home page.",
   "Frequently asked questions",
   "Can I republish this analysis? Páramo Review articles may be quoted briefly with a link to the original. For full republication, please contact our editors.",
   "How do I subscribe to the newsletter? Enter your email address in the box at the top of any page. The newsletter arrives every Monday morning.",
   "Does Páramo Review accept funding from governments? No. We are funded by our readers and by the foundations listed on our About page.",
   "(c) 2005 Páramo Review. All rights reserved."
  ],
  "staff": []
 },
 "h81_turkic_gabala_ishim": {
  "style": "curly",
  "noise": [
   "Subscribe to the Ishim Morning Brief: the day’s markets and policy news from Astana and Almaty, in your inbox by 8 a.m.",
   "Related: Aktau port expansion: what is planned and when | Kazakh rail freight volumes rise in July | Caspian ferry rates edge up",
   "Tags: Turkic Council, Azerbaijan, transport, Aktau, trade corridors",
   "(c) 2013 Ishim Business Weekly. All rights reserved. Reproduction without permission prohibited."
  ],
  "staff": []
 },
 "h81_francophonie_cotonou_dantokpa": {
  "style": "straight",
  "noise": [
   "ADVERTISEMENT | Cotonou to Paris three times a week. Ask your travel agent about our December fares.",
   "Read next: Benin's presidential race: who is running | Cotonou port: the figures for 1995 | Sign up for our weekly English edition",
   "Did you find this explainer useful? Yes | No",
   "(c) 1995 Dantokpa Dispatch, Cotonou. All rights reserved."
  ],
  "staff": []
 }
}

ALLOWED_BODIES = {
    'org:nato': ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
    'org:african-union': ['African Union', 'AU'],
    'org:oau': ['Organisation of African Unity', 'Organization of African Unity', 'OAU'],
    'org:sco': ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
    'org:g20': ['G20', 'Group of 20'],
    'org:turkic-council': ['Turkic Council', 'Cooperation Council of Turkic Speaking States',
                           'Organization of Turkic States'],
    'org:caricom': ['CARICOM', 'Caribbean Community'],
    'org:summit-of-the-americas': ['Summit of the Americas'],
    'org:oas': ['Organization of American States', 'OAS'],
    'org:gcc': ['Gulf Cooperation Council', 'GCC'],
    'org:csto': ['Collective Security Treaty Organization', 'CSTO'],
    'org:eaeu': ['Eurasian Economic Union', 'EAEU'],
    'org:ibero-american-summit': ['Ibero-American summit', 'Ibero-American Summit'],
    'org:francophonie': ['Francophonie'],
    'org:bimstec': ['BIMSTEC'],
    'org:eccas': ['ECCAS', 'Economic Community of Central African States'],
    'org:comesa': ['COMESA', 'Common Market for Eastern and Southern Africa'],
}
ID_BODY = {'org:oau': 'oau', 'org:oas': 'oas', 'org:ibero-american-summit': 'ibero',
           'org:turkic-council': 'turkic', 'org:francophonie': 'francophonie'}
FIVE = ['organization', 'city', 'country', 'start_date', 'end_date']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
            'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'king', 'queen', 'prime', 'minister', 'secretary', 'chancellor', 'governor',
               'mr', 'mrs', 'ms', 'dr', 'sir', 'general', 'sheikh', 'emir', 'prince', 'former'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
BODY_MIN, BODY_MAX, FILE_MAX = 420, 600, 900

errors = []
def err(msg):
    errors.append(msg)

SPECIAL = {'ı': 'i', 'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae', 'ł': 'l', 'Ł': 'l', 'ß': 'ss',
           'đ': 'd', 'ð': 'd', 'þ': 'th', 'œ': 'oe'}
def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    s = re.sub(r"(?<=\w)['\u2019](?=\w)", '', s)
    return s.lower()
def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))
def has_seq(hay_tokens, needle):
    n = tokens(needle)
    if not n:
        return False
    L = len(n)
    return any(hay_tokens[i:i + L] == n for i in range(len(hay_tokens) - L + 1))
def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', entry)
    if not m:
        return [entry]
    return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]
def ascii_slug(s):
    return re.sub(r'[^a-z0-9]', '', fold(s))

def parse_date(s, what):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (what, s))
        return None

def split_article(text):
    """Return headline, header lines, body lines (list of (line_no, line)), noise lines."""
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    try:
        blank = lines.index('')
    except ValueError:
        return None
    return lines, blank

def sentence_bounded(line, start, end, labels_ok=True):
    before = line[:start]
    after = line[end:]
    ev = line[start:end]
    ok_start = (start == 0 or re.search(r'[.!?]["\u201d)]? $', before) is not None
                or (labels_ok and re.fullmatch(r"[A-Z][A-Z .'\u2019-]+: ", before) is not None))
    ok_end = (end == len(line) or (after.startswith(' ') and (re.search(r'[.!?]$', ev) or
              re.search(r'[.!?,]["\u201d]$', ev))))
    if ev != ev.strip():
        return False
    return bool(ok_start and ok_end)

def main():
    try:
        raw = open(GOLD, encoding='utf-8').read()
        gold = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    except Exception as e:
        err('cannot read gold: %s' % e)
        return
    if list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be about, articles: %s' % list(gold.keys()))
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, got %s' % (len(arts) if isinstance(arts, list) else type(arts)))
        return
    # files present in this folder
    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != txts:
        err('article files and ids differ: files %s ids %s' % (txts, ids))
    if sorted(ids) != sorted(REGISTRY.keys()):
        err('ids differ from the registry in check.py')

    # ---- earlier gold ----
    earlier_ids, earlier_slugs, earlier_prefixes, earlier_summits = set(), set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 78)]
    n_read = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        n_read += 1
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            earlier_ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s:
                earlier_summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                sl = f.get('same_as')
                if isinstance(sl, str):
                    earlier_slugs.add(sl)
                    earlier_prefixes.add(sl.split('-')[0])
    if n_read < 60:
        err('could read only %d earlier gold files from %s' % (n_read, EARLIER))
    if any(isinstance(i, str) and i.startswith('h81_') for i in earlier_ids):
        err('an earlier gold file already uses the h81 prefix')
    used_pairs = set()
    for e in USED_CITY_YEARS:
        m = re.match(r'^(.*) (\d{4})$', e)
        for c in city_forms(m.group(1)):
            used_pairs.add((fold(c), m.group(2)))
    avoid = set()
    for e in AVOID_CITIES:
        for c in city_forms(e):
            avoid.add(fold(c))
    earlier_city_years = set((fold(c or ''), (sd or '')[:4]) for (_, c, sd) in earlier_summits)

    slug_articles = collections.defaultdict(list)
    summit_of = {}
    outlet_of = {}
    prefix_of = {}
    slug_kinds = {}
    totals = collections.Counter()
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys/order wrong: %s' % (aid, list(a.keys())))
            continue
        reg = REGISTRY.get(aid)
        if reg is None:
            err('%s: not registered' % aid)
            continue
        m = re.fullmatch(r'h81_([a-z]+)_([a-z]+)_([a-z]+)', aid)
        if not m:
            err('%s: id not of the form h81_<body>_<city>_<outlet>' % aid)
            continue
        if a['split'] != 'heldout81':
            err('%s: split must be heldout81' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file field wrong: %s' % (aid, a['file']))
        if aid in earlier_ids:
            err('%s: id used in earlier gold' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s already exists in tests/gold/articles' % aid)
        text = open(path, encoding='utf-8').read()
        if not text.endswith('\n') or '\r' in text:
            err('%s: file must end with a newline and use LF line ends' % aid)
        sp = split_article(text)
        if sp is None:
            err('%s: no blank line after the header' % aid)
            continue
        lines, blank = sp
        headline = lines[0]
        header = lines[1:blank]
        noise_reg = reg['noise']
        rest = lines[blank + 1:]
        # registered noise lines must all be present as whole lines after the header, in order
        pos = 0
        noise_idx = set()
        for nl in noise_reg:
            try:
                j = rest.index(nl, pos)
            except ValueError:
                err('%s: registered noise line not found: %r' % (aid, nl[:60]))
                continue
            noise_idx.add(j)
            pos = j + 1
        body_lines = [l for j, l in enumerate(rest) if j not in noise_idx]
        noise_lines = header + [rest[j] for j in sorted(noise_idx)]
        body = '\n'.join(body_lines)
        noise = '\n'.join(noise_lines)
        # page noise present and varied: header + something in the middle or at the end
        if len(header) < 2 or len(noise_idx) < 2:
            err('%s: too little page noise' % aid)
        nonempty = [j for j, l in enumerate(rest) if l.strip()]
        if not any(j in noise_idx for j in nonempty[-2:]):
            err('%s: no page noise at the end' % aid)
        # body word counts
        bw = len(body.split())
        fw = len(text.split())
        if not (BODY_MIN <= bw <= BODY_MAX):
            err('%s: body has %d words (allowed %d-%d)' % (aid, bw, BODY_MIN, BODY_MAX))
        if fw > FILE_MAX:
            err('%s: file has %d words (max %d)' % (aid, fw, FILE_MAX))
        # title
        if a['title'] != headline:
            err('%s: title differs from the headline' % aid)
        if a['title'] not in text:
            err('%s: title not verbatim in the file' % aid)
        # published_at and outlet line
        pub = parse_date(a['published_at'], aid + ' published_at')
        outlet_line = header[0] if header else ''
        outlet_of[aid] = outlet_line.split('|')[0].strip()
        if pub:
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (aid, want))
            if sum(outlet_line.count(w) for w in WEEKDAYS) != 1:
                err('%s: outlet line must name exactly one weekday' % aid)
        # authors
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors must be a non-empty list' % aid)
        for au in a['authors']:
            if not any(au in h for h in header):
                err('%s: author %r not in the header' % (aid, au))
        for st in reg['staff']:
            if st not in noise:
                err('%s: credited staff %r not in page noise' % (aid, st))
        # style
        style = reg['style']
        for where, s in (('headline', headline), ('noise', noise)):
            if '"' in s or '\u201c' in s or '\u201d' in s:
                err('%s: double quotation mark in %s' % (aid, where))
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly mark in a straight article' % aid)
            for l in body_lines:
                if l.count('"') % 2:
                    err('%s: odd number of straight double marks on a line: %r' % (aid, l[:60]))
        elif style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark in a curly article' % aid)
            for l in body_lines:
                depth = 0
                for ch in l:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks: %r' % (aid, l[:60]))
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark: %r' % (aid, l[:60]))
                            depth = 0
                if depth:
                    err('%s: unclosed curly mark: %r' % (aid, l[:60]))
        else:
            err('%s: unknown style' % aid)
        oq, cq = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        # quoted spans of the body
        if style == 'straight':
            spans = re.findall(r'"([^"\n]*)"', body)
        else:
            spans = re.findall('\u201c([^\u201d\n]*)\u201d', body)
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys/order wrong' % aid)
            continue
        org = s['organization']
        if org not in ALLOWED_BODIES:
            err('%s: organisation %r not among the bodies the brief allows' % (aid, org))
        elif ID_BODY.get(org) != m.group(1):
            err('%s: id body part %r does not match %s' % (aid, m.group(1), org))
        if ascii_slug(s['city']) != m.group(2):
            err('%s: id city part %r does not match city %r' % (aid, m.group(2), s['city']))
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside the summit window' % aid)
        fc = fold(s['city'])
        if fc in avoid:
            err('%s: city %r is on the avoid list' % (aid, s['city']))
        if sd and (fc, str(sd.year)) in used_pairs:
            err('%s: city-year %s %d on the used list' % (aid, s['city'], sd.year))
        if sd and (fc, str(sd.year)) in earlier_city_years:
            err('%s: city-year used by an earlier gold summit' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or [f for f in FIVE if f in tf] != tf:
            err('%s: text_fields must be a non-empty subset of the five fields in canonical order' % aid)
            tf = []
        htoks = tokens(headline + '\n' + body)
        fulltext_body = headline + '\n' + body
        if 'organization' in tf and org in ALLOWED_BODIES:
            if not any(has_seq(htoks, nm) for nm in ALLOWED_BODIES[org]):
                err('%s: organisation not named in the text' % aid)
        if 'city' in tf and not has_seq(htoks, s['city']):
            err('%s: city not in the text' % aid)
        if 'country' in tf and not has_seq(htoks, s['country']):
            err('%s: country not in the text' % aid)
        for fld, dd in (('start_date', sd), ('end_date', ed)):
            if fld in tf and dd and pub:
                if not date_supported(fulltext_body, dd, pub, sd, ed, fld):
                    err('%s: %s %s not supported by the text' % (aid, fld, dd))
        summit_of[aid] = (org, s['city'], s['country'], s['start_date'], s['end_date'])
        # participants
        pkeys = []
        for p in a['participants']:
            if list(p.keys()) != PART_KEYS:
                err('%s: participant keys/order wrong' % aid)
                continue
            k = p['key']
            pkeys.append(k)
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            name = k.split(':', 1)[1].split('-')
            if name[0] in TITLE_WORDS:
                err('%s: key %r starts with a title' % (aid, k))
            if not has_seq(htoks, ' '.join(name)):
                err('%s: name of %r not in headline or body' % (aid, k))
            if has_seq(tokens(noise), ' '.join(name)):
                err('%s: participant %r named in the page noise' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
                elif style == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
            for au in a['authors'] + reg['staff']:
                if ascii_slug(au) == ascii_slug(' '.join(name)):
                    err('%s: author or credited staff %r listed as participant' % (aid, au))
        if len(set(pkeys)) != len(pkeys):
            err('%s: duplicate participant keys' % aid)
        # quotes
        last = -1
        qtexts = []
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys/order wrong' % aid)
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*', sk):
                err('%s: bad speaker key %r' % (aid, sk))
            if not (sk in pkeys or sk.startswith('org:')):
                err('%s: speaker %r is neither a participant nor an organisation' % (aid, sk))
            marked = oq + q['text'] + cq
            if q['text'] not in text:
                err('%s: quote not verbatim in the file: %r' % (aid, q['text'][:60]))
            i = body.find(marked, last + 1)
            if i < 0:
                err('%s: quote not found with its marks in the body, in order: %r' % (aid, q['text'][:60]))
            else:
                last = i
            if q['text'] in noise:
                err('%s: quote text in the page noise' % aid)
            qtexts.append(q['text'])
        nq = a['not_quotes']
        if not isinstance(nq, list) or not all(isinstance(x, str) for x in nq):
            err('%s: not_quotes must be a list of strings' % aid)
            nq = []
        if collections.Counter(spans) != collections.Counter(qtexts + nq):
            err('%s: quoted spans and quotes+not_quotes differ: %s' % (
                aid, (collections.Counter(spans) - collections.Counter(qtexts + nq)) +
                (collections.Counter(qtexts + nq) - collections.Counter(spans))))
        # facts
        prefixes = set()
        slugs_here = []
        evid_all = []
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                err('%s: fact keys/order wrong' % aid)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or not set(ks) <= FACT_KINDS:
                err('%s: bad fact kinds %r' % (aid, ks))
            sl = f['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+\d{2}-[a-z0-9]+(-[a-z0-9]+)*', sl):
                err('%s: bad same_as %r' % (aid, sl))
                continue
            pre = sl.split('-')[0]
            prefixes.add(pre)
            if sd and not pre.endswith('%02d' % (sd.year % 100)):
                err('%s: prefix %s does not end in the summit year' % (aid, pre))
            if sl in earlier_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sl))
            if pre in earlier_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pre))
            slugs_here.append(sl)
            slug_articles[sl].append(aid)
            if sl in slug_kinds and slug_kinds[sl] != ks:
                err('%s: shared slug %s has different kinds in its two articles' % (aid, sl))
            slug_kinds.setdefault(sl, ks)
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: empty evidence for %s' % (aid, sl))
                continue
            for e in ev:
                evid_all.append(e)
                if e in noise:
                    err('%s: evidence found in page noise: %r' % (aid, e[:60]))
                if e == headline:
                    continue
                found = False
                for l in body_lines:
                    st = 0
                    while True:
                        i = l.find(e, st)
                        if i < 0:
                            break
                        if sentence_bounded(l, i, i + len(e)):
                            found = True
                        st = i + 1
                if not found:
                    err('%s: evidence not a verbatim, sentence-bounded part of headline or body: %r' % (aid, e[:70]))
        if len(prefixes) != 1:
            err('%s: expected one same_as prefix, got %s' % (aid, prefixes))
        prefix_of[aid] = next(iter(prefixes)) if prefixes else None
        if len(set(slugs_here)) != len(slugs_here):
            err('%s: repeated slug within the article' % aid)
        for q in a['quotes']:
            marked = oq + q['text'] + cq
            if not any(marked in e for e in evid_all):
                err('%s: quote outside every evidence string: %r' % (aid, q['text'][:60]))
        totals['quotes'] += len(a['quotes']); totals['not_quotes'] += len(nq)
        totals['participants'] += len(a['participants']); totals['facts'] += len(a['facts'])
        print('%-40s body %3d words, file %3d; quotes %d, not_quotes %d, participants %d, facts %d' % (
            aid, bw, fw, len(a['quotes']), len(nq), len(a['participants']), len(a['facts'])))
    # ---- set shape ----
    by_summit = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        by_summit[(sm[0], fold(sm[1]), sm[3])].append(aid)
    sizes = sorted(len(v) for v in by_summit.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 3 pairs and 2 singles, got %s' % sizes)
    orgs = collections.Counter(k[0] for k in by_summit)
    if any(v > 2 for v in orgs.values()):
        err('more than two summits of one body')
    for key, members in by_summit.items():
        if (key[0], key[1], key[2]) in set((o, fold(c or ''), s) for (o, c, s) in earlier_summits):
            err('summit %s already in earlier gold' % (key,))
        if len(members) == 2:
            x, y = members
            if summit_of[x] != summit_of[y]:
                err('pair %s/%s disagrees on summit data' % (x, y))
            if outlet_of[x] == outlet_of[y]:
                err('pair %s/%s from one outlet' % (x, y))
            shared = [sl for sl, arts_ in slug_articles.items() if sorted(arts_) == sorted(members)]
            if len(shared) < 5:
                err('pair %s/%s shares only %d slugs' % (x, y, len(shared)))
            print('shared %s: %d slugs: %s' % (key[1], len(shared), ', '.join(sorted(shared))))
    prefix_summit = collections.defaultdict(set)
    for aid, pre in prefix_of.items():
        if aid in summit_of:
            prefix_summit[pre].add((summit_of[aid][0], summit_of[aid][1], summit_of[aid][3]))
    for pre, ss in prefix_summit.items():
        if len(ss) != 1:
            err('prefix %s used for more than one summit' % pre)
    pair_of = {}
    for key, members in by_summit.items():
        for mbr in members:
            pair_of[mbr] = tuple(sorted(members))
    for sl, arts_ in slug_articles.items():
        if len(arts_) > 1:
            if len(arts_) != 2 or len(pair_of.get(arts_[0], ())) != 2 or tuple(sorted(arts_)) != pair_of[arts_[0]]:
                err('slug %s is shared outside the two articles of one pair: %s' % (sl, arts_))
    print('totals:', dict(totals))

DAYWORDS_TODAY = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
DAYWORDS_YEST = ['yesterday', 'last night']
def date_supported(text, d, pub, sd, ed, fld):
    t = text
    month = MONTHS[d.month - 1]
    day = d.day
    pats = [r'\b%s %d\b' % (month, day)]
    if fld == 'start_date':
        pats.append(r'\b%s %d (?:to|and|-|\u2013) \d{1,2}\b' % (month, day))
    else:
        pats.append(r'\b%s \d{1,2} (?:to|and|-|\u2013) %d\b' % (month, day))
        pats.append(r'\b%s \d{1,2}(?:-|\u2013)%d\b' % (month, day))
    for p in pats:
        if re.search(p, t):
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], t):
        return True
    low = t.lower()
    if delta == 0 and any(w in low for w in DAYWORDS_TODAY):
        return True
    if delta == 1 and any(w in low for w in DAYWORDS_YEST):
        return True
    # one-day summit: start supported by the end date and the text calling it one-day
    if sd == ed and re.search(r'\bone-day\b', low):
        other = ed if fld == 'start_date' else sd
        if other != d:
            return False
        d2 = other
        delta2 = (pub - d2).days
        if 0 <= delta2 <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d2.weekday()], t):
            return True
    return False

if __name__ == '__main__':
    try:
        main()
    except Exception as e:
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % e)
    if errors:
        print('\nFAILED with %d error(s):' % len(errors))
        for e in errors:
            print(' -', e)
        sys.exit(1)
    print('\nOK: heldout81 passes all checks.')
    sys.exit(0)
