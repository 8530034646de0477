#!/usr/bin/env python3
"""Checker for the held-out set heldout95 (independent annotator). Exits 1 on any error."""
import json, os, re, sys, unicodedata, datetime, collections, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H95_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout95_gold.json')
ABOUT_START = ("Held-out set round 95 (split=heldout95), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")

AVOID = ["Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali", "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku", "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu", "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha", "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm", "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw", "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul", "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo", "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau", "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing", "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha", "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen", "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén", "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama", "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing", "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe", "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat", "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin", "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh", "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé", "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar", "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków", "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi", "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo", "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)", "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca", "Thessaloniki (Porto Carras, Halkidiki)", "San Juan", "Mbabane", "Minsk", "Paranal", "São Tomé", "Tegucigalpa", "Ljubljana", "Seville", "Kingston", "Pattaya", "Rabat", "Lagos", "Williamsburg", "Fez", "Kyiv", "Bangalore", "Grand Baie", "Guadalajara", "Yaoundé", "Fort Lauderdale", "Gabala", "Cotonou", "Maastricht", "Potrero de los Funes", "Subic Bay", "Kroměříž", "Yalta", "Chaguaramas", "Ocho Rios", "Punta Mita", "Libreville", "Praia", "Naples", "Venice", "Koror", "Inshas", "Ottawa", "Corfu", "Windsor", "Amsterdam", "Tucumán", "Munich", "Berlin", "Milan", "Las Leñas", "Nuku'alofa", "Jeddah", "Kinshasa", "Grand Anse", "Paracas", "Panama City", "Bridgetown", "Port Louis", "Cochabamba", "Bodrum", "Kazan", "Gyeongju", "Tarawa", "Apia", "Basseterre", "Versailles", "Nice", "Fontainebleau", "Toronto", "Florianópolis", "Luxembourg", "Tampere", "Salamanca", "Paraná", "Maseru", "Alexandria", "Freetown", "Bujumbura", "Burabay", "Mogadishu", "Belgrade", "Essen", "Vienna", "Dublin", "Trujillo"]
USED = ["Abidjan 2012", "Abidjan 2017", "Abu Dhabi 1981", "Abuja 2019", "Abuja 2024", "Accra 2022", "Addis Ababa 2007", "Addis Ababa 2017", "Addis Ababa 2024", "Addis Ababa 2025", "Addu City 2011", "Al-Ula 2021", "Alexandria 1964", "Algiers 2022", "Alma-Ata 1991", "Alofi 2008", "Amman 2001", "Amsterdam 1997", "Antalya 2015", "Antananarivo 2016", "Antigua Guatemala 2013", "Apia 2017", "Apia 2024", "Arusha 2016", "Ashgabat 2021", "Astana 2017", "Astana 2024", "Asunción 2015", "Auckland 1995", "Awaza 2021", "Baghdad 2012", "Baghdad 2025", "Baku 2019", "Bamako 2017", "Bandar Seri Begawan 2013", "Bangalore 1986", "Bangkok 2022", "Bangkok 2025", "Banjul 2024", "Barcelona 2005", "Bariloche 2009", "Basseterre 2006", "Beijing 2012", "Beijing 2014", "Beijing 2023", "Beirut 2002", "Belgrade 1961", "Belén 2015", "Bento Gonçalves 2019", "Berlin 1999", "Biarritz 2019", "Birmingham 1998", "Bishkek 2007", "Bishkek 2019", "Bissau 2023", "Blantyre 1997", "Bodrum 2014", "Bogor 1994", "Bonn 1982", "Borgo Egnazia 2024", "Brasília 2008", "Bratislava 2016", "Bridgetown 2002", "Brisbane 2014", "Brussels 2016", "Brussels 2017", "Brussels 2018", "Brussels 2019", "Brussels 2021", "Brussels 2022", "Brussels 2023", "Bucharest 2006", "Bucharest 2008", "Bucharest 2018", "Budapest 1994", "Buenos Aires 2018", "Buenos Aires 2023", "Bujumbura 2023", "Burabay 2015", "Busan 2005", "Bürgenstock 2024", "Cairns 2009", "Cairo 2024", "Cali 2013", "Cali 2017", "Camp David 2012", "Camp David 2023", "Cancún 2017", "Cannes 2011", "Caracas 2011", "Carbis Bay 2021", "Cartagena 2012", "Cartagena 2016", "Casablanca 1989", "Cebu 2007", "Chaguaramas 1973", "Chicago 2012", "Chisinau 2023", "Cholpon-Ata 2018", "Cochabamba 2012", "Cologne 1999", "Colombo 2013", "Colombo 2022", "Coolum 2002", "Copenhagen 2002", "Corfu 1994", "Cotonou 1995", "Cádiz 2012", "Córdoba 2006", "Da Nang 2017", "Dakar 2008", "Dakar 2021", "Damascus 2008", "Dar es Salaam 2015", "Dar es Salaam 2019", "Dead Sea 2017", "Deauville 2011", "Denver 1997", "Dhahran 2018", "Dhaka 2005", "Diamniadio 2014", "Dili 2014", "Djerba 2022", "Djibouti 2023", "Doha 2007", "Doha 2013", "Dorado 1976", "Dublin 1990", "Dubrovnik 2016", "Durban 1999", "Durban 2013", "Dushanbe 2019", "Edinburgh 1997", "Elmau 2015", "Elmau 2022", "Enniskillen 2013", "Entebbe 2024", "Essen 1994", "Evian 2003", "Fez 1982", "Florianópolis 2000", "Fontainebleau 1984", "Fort Lauderdale 2005", "Fortaleza 2014", "Freetown 1980", "Funafuti 2019", "Gabala 2013", "Gaborone 2015", "Genoa 2001", "Georgetown 2024", "Gleneagles 2005", "Goa 2016", "Gothenburg 2001", "Goyang 2024", "Granada 2023", "Grand Anse 1989", "Grand Baie 2004", "Guadalajara 1991", "Gyeongju 2025", "Halifax 1995", "Hamburg 2017", "Hangzhou 2016", "Hanoi 2004", "Hanoi 2010", "Harare 2024", "Havana 2006", "Havana 2014", "Heiligendamm 2007", "Helsinki 1999", "Hiroshima 2023", "Honolulu 2011", "Houston 1990", "Hua Hin 2009", "Huntsville 2010", "Inshas 1946", "Islamabad 2017", "Istanbul 2004", "Istanbul 2016", "Istanbul 2021", "Jakarta 2016", "Jakarta 2023", "Jeddah 2022", "Jeddah 2023", "Johannesburg 2015", "Johannesburg 2023", "Johannesburg 2025", "Kampala 2007", "Kampala 2010", "Kampala 2024", "Kananaskis 2002", "Kananaskis 2025", "Kathmandu 2014", "Kazan 2005", "Kazan 2024", "Khanty-Mansiysk 2008", "Khartoum 2006", "Kigali 2016", "Kigali 2022", "Kingston 1975", "Kingstown 2024", "Kinshasa 1967", "Kinshasa 2009", "Kinshasa 2012", "Kiruna 2013", "Koror 2014", "Kraków 2021", "Kroměříž 2004", "Kuala Lumpur 1998", "Kuala Lumpur 2005", "Kuala Lumpur 2015", "Kuala Lumpur 2025", "Kuwait City 2013", "Kuwait City 2017", "Kyiv 2006", "L'Aquila 2009", "La Malbaie 2018", "Labuan Bajo 2023", "Lagos 1975", "Lahore 1974", "Las Leñas 1992", "Libreville 1983", "Lilongwe 2021", "Lima 2008", "Lima 2016", "Lima 2018", "Lima 2024", "Limassol 1993", "Lisbon 1996", "Lisbon 2007", "Lisbon 2010", "Ljubljana 2019", "Lomé 2000", "London 1990", "London 2009", "London 2018", "Los Angeles 2022", "Los Cabos 2002", "Los Cabos 2012", "Luanda 2023", "Lusaka 2007", "Luxembourg 1997", "Lyon 1996", "Maastricht 1991", "Madrid 1997", "Madrid 2022", "Majuro 2013", "Malabo 2011", "Malabo 2014", "Malé 1997", "Manama 2016", "Manama 2024", "Manila 2015", "Manila 2017", "Maputo 2003", "Mar del Plata 2005", "Maseru 2006", "Mbabane 2016", "Mecca 2012", "Mecca 2019", "Medellín 2019", "Melbourne 1981", "Melbourne 2024", "Mendoza 2012", "Mendoza 2017", "Mexico City 2021", "Miami 1994", "Milan 1985", "Milan 2014", "Minsk 1993", "Mogadishu 1974", "Moncton 1999", "Monrovia 2017", "Montego Bay 2018", "Monterrey 2004", "Montevideo 2024", "Montreal 2019", "Montreux 2010", "Moscow 2003", "Moscow 2024", "Munich 1992", "Muscat 2008", "N'Djamena 2014", "Nadi 2006", "Nago 2000", "Nairobi 2016", "Nakhchivan 2009", "Nanjing 2009", "Naples 1994", "Nassau 1985", "Naypyidaw 2014", "New Delhi 2015", "New Delhi 2023", "Newport 2014", "Niamey 2019", "Nice 2000", "Nizhny Novgorod 2011", "Nouakchott 2016", "Nouakchott 2018", "Nuku'alofa 2007", "Nuku'alofa 2024", "Nusa Dua 2011", "Nusa Dua 2022", "Nuuk 2011", "Ocho Rios 1982", "Osaka 1995", "Osaka 2019", "Oslo 2023", "Ottawa 1973", "Ouagadougou 1998", "Ouro Preto 1994", "Panama City 2000", "Panama City 2015", "Paracas 2015", "Paramaribo 2022", "Paranal 2012", "Paraná 2014", "Paris 2008", "Pattaya 2009", "Perth 2011", "Phnom Penh 2012", "Phnom Penh 2022", "Pittsburgh 2009", "Pohnpei 2016", "Port Louis 1976", "Port Moresby 2015", "Port Moresby 2018", "Port Vila 2010", "Port of Spain 2009", "Port of Spain 2023", "Porto 1998", "Potrero de los Funes 1996", "Prague 2002", "Prague 2016", "Praia 1998", "Pretoria 2017", "Puerto Iguazú 2023", "Puerto Vallarta 2018", "Puerto Varas 2016", "Punta Cana 2017", "Punta Mita 2014", "Putrajaya 2003", "Qingdao 2018", "Quebec City 2001", "Quebec City 2008", "Quito 2016", "Rabat 1969", "Rancho Mirage 2016", "Rarotonga 2023", "Reykjavik 2023", "Riga 2006", "Riga 2022", "Rio de Janeiro 2024", "Rio de Janeiro 2025", "Riyadh 2007", "Riyadh 2011", "Rome 2002", "Rome 2021", "Rostov-on-Don 2010", "Rovaniemi 2019", "Salamanca 2005", "Samara 2007", "Samarkand 2022", "San Francisco 2023", "San Juan 2010", "San Miguel de Tucumán 2008", "San Pedro Sula 2009", "Santa Cruz de la Sierra 1996", "Santa Fe 2019", "Santa Maria 2018", "Santiago 1998", "Santiago 2007", "Santiago 2013", "Santo Domingo 2023", "Sanya 2011", "Sanya 2016", "Sea Island 2004", "Seattle 1993", "Seoul 2000", "Seoul 2010", "Seville 2002", "Shanghai 2001", "Shanghai 2006", "Sharm el-Sheikh 2008", "Sharm el-Sheikh 2015", "Shima 2016", "Siem Reap 2018", "Singapore 2007", "Singapore 2018", "Sirte 2009", "Sirte 2010", "Sochi 2019", "Sofia 2018", "St John's 2014", "St Petersburg 2002", "St Petersburg 2006", "St Petersburg 2013", "Stockholm 2019", "Strasbourg 2009", "Subic Bay 1996", "Suva 2022", "Sydney 2007", "São Tomé 2023", "Tampere 1999", "Taormina 2017", "Tarawa 2000", "Tashkent 2016", "Tegucigalpa 1991", "Tehran 2012", "The Hague 2004", "The Hague 2025", "Thessaloniki 2003", "Thimphu 2010", "Tianjin 2025", "Tirana 2022", "Tokyo 2015", "Tokyo 2022", "Toronto 1988", "Toronto 2010", "Toyako 2008", "Tripoli 2010", "Trujillo 1996", "Tunis 2004", "Tunis 2019", "Tunis 2022", "Ufa 2015", "Ulaanbaatar 2016", "Ushuaia 1998", "Valletta 2005", "Valletta 2015", "Vancouver 1997", "Venice 1980", "Veracruz 2014", "Versailles 1982", "Victoria Falls 2009", "Vienna 1993", "Vientiane 2016", "Vientiane 2024", "Vilnius 2013", "Vilnius 2023", "Visby 1996", "Visegrád 1991", "Vladivostok 2012", "Warsaw 2016", "Warsaw 2023", "Washington 1999", "Washington 2008", "Washington 2022", "Washington 2024", "Watford 2019", "Williamsburg 1983", "Wilmington 2024", "Windhoek 2018", "Windsor 2000", "Xi'an 2023", "Xiamen 2017", "Yalta 1998", "Yamoussoukro 2014", "Yaoundé 1996", "Yaren 2018", "Yekaterinburg 2009", "Yerevan 2018", "Yerevan 2022", "Yokohama 2010", "Yokohama 2013"]
REG = {
 "h95_cis_viskuli_dunnock": {
  "style": "straight",
  "body_start": "MINSK, Dec 9 (Dunnock)",
  "tail": "(Reporting by",
  "mid": [],
  "staff": [
   "Yefim Danilchenko-Sillitoe",
   "Zinovia Cruttenden-Molyneux"
  ],
  "dates": {
   "start_date": [
    "met on Saturday and Sunday at Viskuli"
   ],
   "end_date": [
    "met on Saturday and Sunday at Viskuli"
   ]
  }
 },
 "h95_cis_viskuli_ferngrove": {
  "style": "curly",
  "body_start": "It took a weekend",
  "tail": "More analysis:",
  "mid": [
   "Photo: The government lodge at Viskuli, where the agreement was signed. Archive picture."
  ],
  "staff": [],
  "dates": {
   "start_date": [
    "On Saturday and Sunday the leaders"
   ],
   "end_date": [
    "On Saturday and Sunday the leaders"
   ]
  }
 },
 "h95_mercosur_riodejaneiro_jacaranda": {
  "style": "straight",
  "body_start": "MAITEN ALBORNOZ-TWYNING: Good morning and welcome",
  "tail": "[END OF TRANSCRIPT]",
  "mid": [],
  "staff": [],
  "dates": {
   "start_date": [
    "met in Rio de Janeiro yesterday for a one-day summit"
   ],
   "end_date": [
    "met in Rio de Janeiro yesterday for a one-day summit"
   ]
  }
 },
 "h95_mercosur_riodejaneiro_lapacho": {
  "style": "curly",
  "body_start": "RIO DE JANEIRO, Brazil -",
  "tail": "Comments (",
  "mid": [
   "Read also: Ciudad del Este traders brace for a weaker peso next door"
  ],
  "staff": [],
  "dates": {
   "start_date": [
    "At the bloc’s summit in Rio de Janeiro on Thursday"
   ],
   "end_date": [
    "At the bloc’s summit in Rio de Janeiro on Thursday"
   ]
  }
 },
 "h95_sadc_livingstone_mosi": {
  "style": "curly",
  "body_start": "Southern African leaders meeting",
  "tail": "Comments (",
  "mid": [
   "Photo caption: Delegates leave the summit venue on Mosi-oa-Tunya Road. Picture by our photographer."
  ],
  "staff": [],
  "dates": {
   "start_date": [
    "for a one-day summit in Livingstone yesterday"
   ],
   "end_date": [
    "for a one-day summit in Livingstone yesterday"
   ]
  }
 },
 "h95_sadc_livingstone_chimanimani": {
  "style": "straight",
  "body_start": "For the first time since",
  "tail": "Reader comments (",
  "mid": [
   "Advertisement"
  ],
  "staff": [],
  "dates": {
   "start_date": [
    "held on March 31 in Livingstone"
   ],
   "end_date": [
    "held on March 31 in Livingstone"
   ]
  }
 },
 "h95_ibero_mardelplata_tiza": {
  "style": "curly",
  "body_start": "Education, for once,",
  "tail": "Comments (",
  "mid": [
   "Quick answers: What is the OEI? An intergovernmental body for cooperation in education, science and culture among Ibero-American countries, founded in 1949."
  ],
  "staff": [],
  "dates": {
   "start_date": [
    "on December 3 and 4"
   ],
   "end_date": [
    "on December 3 and 4"
   ]
  }
 },
 "h95_turkic_shusha_jidir": {
  "style": "straight",
  "body_start": "SHUSHA, Azerbaijan -",
  "tail": "Comments (",
  "mid": [
   "Subscribe: Our weekly Corridor Letter follows freight, pipelines and politics from the Black Sea to Xinjiang. Sign up free."
  ],
  "staff": [],
  "dates": {
   "start_date": [
    "held an informal summit in Shusha on Saturday"
   ],
   "end_date": [
    "held an informal summit in Shusha on Saturday"
   ]
  }
 }
}

ALLOWED_BODIES = {  # org key -> id part
    'org:arab-league': 'arableague', 'org:african-union': 'au', 'org:oau': 'oau', 'org:sadc': 'sadc',
    'org:eac': 'eac', 'org:igad': 'igad', 'org:eccas': 'eccas', 'org:comesa': 'comesa',
    'org:ibero-american-summit': 'ibero', 'org:mercosur': 'mercosur', 'org:summit-of-the-americas': 'americas',
    'org:oas': 'oas', 'org:sica': 'sica', 'org:saarc': 'saarc', 'org:bimstec': 'bimstec',
    'org:turkic-council': 'turkic', 'org:csto': 'csto', 'org:eaeu': 'eaeu', 'org:visegrad-group': 'visegrad',
    'org:cis': 'cis'}
ORG_NAMES = {
    'org:cis': ['Commonwealth of Independent States', 'CIS'],
    'org:mercosur': ['Mercosur', 'Southern Common Market'],
    'org:sadc': ['SADC', 'Southern African Development Community'],
    'org:ibero-american-summit': ['Ibero-American Summit'],
    'org:turkic-council': ['Organization of Turkic States', 'Turkic Council'],
}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = FIELDS + ['text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
OPEN, CLOSE = '\u201c', '\u201d'

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u2019', "'")
    for a, b in (('ø', 'o'), ('Ø', 'O'), ('æ', 'ae'), ('Æ', 'AE'), ('ð', 'd'), ('ł', 'l'), ('Ł', 'L'), ('ß', 'ss'), ('ı', 'i')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"(?<=\w)'s\b", '', s)        # possessive 's is not part of a name
    s = re.sub(r"(?<=\w)'(?=\w)", '', s)
    return s

def toks(s):
    return re.findall(r'[a-z0-9]+', fold(s))

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def city_forms(name):
    out = set()
    m = re.match(r'^(.*?)\s*\((.*)\)$', name)
    if m:
        out.add(' '.join(toks(m.group(1))))
        for alt in m.group(2).split(','):
            out.add(' '.join(toks(alt)))
    else:
        out.add(' '.join(toks(name)))
    return out

AVOID_FORMS = set()
for c in AVOID:
    AVOID_FORMS |= city_forms(c)
USED_FORMS = set()
for u in USED:
    m = re.match(r'^(.*) (\d{4})$', u)
    for f in city_forms(m.group(1)):
        USED_FORMS.add((f, m.group(2)))

def iso(s, what):
    try:
        d = datetime.date.fromisoformat(s)
        if d.isoformat() != s:
            raise ValueError
        return d
    except Exception:
        err('%s: bad ISO date %r' % (what, s))
        return None

def split_layout(aid, text, reg):
    lines = text.split('\n')
    bi = [i for i, l in enumerate(lines) if l.startswith(reg['body_start'])]
    ti = [i for i, l in enumerate(lines) if l.startswith(reg['tail'])]
    if len(bi) != 1 or len(ti) != 1 or not bi[0] < ti[0]:
        raise ValueError('%s: body start or tail marker not found exactly once' % aid)
    b, t = bi[0], ti[0]
    offs = []
    p = 0
    for l in lines:
        offs.append(p)
        p += len(l) + 1
    body_idx = [i for i in range(b, t) if lines[i] not in reg['mid']]
    mid_idx = [i for i in range(b, t) if lines[i] in reg['mid']]
    for m in reg['mid']:
        if m not in lines[b:t]:
            err('%s: registered mid-body noise line missing: %s' % (aid, m[:50]))
    noise_idx = [i for i in range(1, len(lines)) if i not in body_idx]
    return lines, offs, b, t, body_idx, mid_idx, noise_idx

def sentence_bounded(text, i, j, line_start, line_end):
    ok_start = (i == line_start or text[i - 2:i] in ('. ', '? ', '! ', ': ')
                or text[i - 3:i] in ('." ', '?" ', '!" ', ',"', '.\u201d ', '?\u201d ', '!\u201d ')
                or re.match(r'^[A-Z][A-Z\-\' ]+: $', text[line_start:i]) is not None)
    if text[i - 2:i] == ': ' and i != line_start and re.match(r'^[A-Z][A-Z\-\' ]+: $', text[line_start:i]) is None:
        ok_start = False
    after_ok = (j == line_end or text[j] == ' ')
    last = text[j - 1]
    ok_end = after_ok and (j == line_end or last in '.?!' or (last in '"\u201d' and text[j - 2] in '.?!,'))
    if j == line_end and not (last in '.?!' or (last in '"\u201d' and text[j - 2] in '.?!,')):
        ok_end = (i == 0)  # only the headline may end without punctuation
    return ok_start and ok_end

def date_support(d, text_tokens_raw, body, pub):
    """True if date d is recoverable from the headline+body text."""
    # month + day lists: 'December 3 and 4', 'March 31', 'May 23 to 26', 'Dec 9'
    for m in re.finditer(r'\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2})((?:\s*(?:,|and|to|-|\u2013)\s*\d{1,2})*)\b', body):
        mon = [i for i, n in enumerate(MONTHS) if n.startswith(m.group(1).lower()[:3])][0] + 1
        days = [int(m.group(2))] + [int(x) for x in re.findall(r'\d{1,2}', m.group(3))]
        if mon == d.month and d.day in days:
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b' + WEEKDAYS[d.weekday()] + r'\b', body):
        return True
    low = fold(body)
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', low):
        return True
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', low):
        return True
    return False

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 95)]
    opened = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        opened += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) and 'articles' in d else d
        for a in arts:
            if not isinstance(a, dict):
                continue
            ids.add(a.get('id'))
            for f in a.get('facts') or []:
                s = f.get('same_as')
                if isinstance(s, str):
                    slugs.add(s)
                    prefixes.add(s.split('-')[0])
            if a.get('summit'):
                summits.append(a['summit'])
    if opened < 10:
        err('earlier gold files not found under %s (opened %d)' % (EARLIER, opened))
    return ids, slugs, prefixes, summits

def main():
    d = json.load(open(GOLD, encoding='utf-8'))
    if list(d.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
    if not isinstance(d.get('about'), str) or not d['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = d['articles']
    if len(arts) != 8:
        err('expected 8 articles, found %d' % len(arts))
    e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids) != files:
        err('article files and ids differ: files=%s' % files)
    if sorted(REG) != sorted(ids):
        err('ids not registered in check.py')
    summit_groups = collections.defaultdict(list)
    slug_use = collections.defaultdict(list)
    org_count = collections.Counter()
    totals = collections.Counter()
    comment_articles = mid_articles = 0
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys/order wrong: %s' % (aid, list(a.keys())))
            continue
        reg = REG.get(aid)
        if reg is None:
            continue
        if a['split'] != 'heldout95':
            err('%s: split must be heldout95' % aid)
        if a['file'] != 'articles/' + aid + '.txt':
            err('%s: file field wrong' % aid)
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        m = re.match(r'^h95_([a-z]+)_([a-z]+)_([a-z]+)$', aid)
        if not m:
            err('%s: id not of the form h95_<body>_<city>_<outlet>' % aid)
            continue
        text = open(os.path.join(HERE, aid + '.txt'), encoding='utf-8').read()
        try:
            lines, offs, b, t, body_idx, mid_idx, noise_idx = split_layout(aid, text, reg)
        except ValueError as ex:
            err(str(ex))
            continue
        if mid_idx:
            mid_articles += 1
        head = lines[0]
        body = '\n'.join(lines[i] for i in body_idx)
        hb = head + '\n' + body
        hb_tokens = toks(hb)
        noise = '\n'.join(lines[i] for i in noise_idx)
        noise_f = fold(noise)
        noise_tokens = set(toks(noise))
        # title
        if a['title'] != head:
            err('%s: title differs from headline' % aid)
        if a['title'] not in text:
            err('%s: title not verbatim in file' % aid)
        if lines[b - 1] != '':
            err('%s: no blank line before the body' % aid)
        # quote style
        if reg['style'] == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight marks in a curly article' % aid)
            for ln in lines:
                depth = 0
                for ch in ln:
                    if ch == OPEN:
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly quote: %s' % (aid, ln[:40]))
                    elif ch == CLOSE:
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly quote: %s' % (aid, ln[:40]))
                if depth != 0:
                    err('%s: unclosed curly quote: %s' % (aid, ln[:40]))
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
        elif reg['style'] == 'straight':
            if any(c in text for c in (OPEN, CLOSE, '\u2018', '\u2019')):
                err('%s: curly marks in a straight article' % aid)
            for ln in lines:
                if ln.count('"') % 2:
                    err('%s: odd number of straight marks: %s' % (aid, ln[:40]))
        else:
            err('%s: unknown style' % aid)
        qo, qc = (OPEN, CLOSE) if reg['style'] == 'curly' else ('"', '"')
        # outlet line and published_at
        pub = iso(a['published_at'], aid + ' published_at')
        outlet_line = lines[1]
        if pub:
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1].capitalize(), pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (aid, want))
            if sum(1 for w in WEEKDAYS if w in outlet_line) != 1:
                err('%s: outlet line must name exactly one weekday' % aid)
        outlet = outlet_line.split('|')[0].strip()
        # authors and staff
        header = '\n'.join(lines[1:b])
        for au in a['authors']:
            if au not in header:
                err('%s: author %s not in byline' % (aid, au))
        for st in reg['staff']:
            if st not in noise:
                err('%s: credited staff %s not in page noise' % (aid, st))
        part_keys = [p.get('key') for p in a['participants']]
        for nm in a['authors'] + reg['staff']:
            if 'person:' + '-'.join(toks(nm)) in part_keys:
                err('%s: author or staff %s listed as participant' % (aid, nm))
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys/order wrong' % aid)
            continue
        org = s['organization']
        if org not in ALLOWED_BODIES:
            err('%s: organisation %s not allowed' % (aid, org))
        elif ALLOWED_BODIES[org] != m.group(1):
            err('%s: id body part %s does not match %s' % (aid, m.group(1), org))
        if m.group(2) != ''.join(toks(s['city'])):
            err('%s: id city part does not match city' % aid)
        sd, ed = iso(s['start_date'], aid + ' start'), iso(s['end_date'], aid + ' end')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication outside start .. end+21 days' % aid)
        cityf = ' '.join(toks(s['city']))
        if cityf in AVOID_FORMS:
            err('%s: city %s is on the avoid list' % (aid, s['city']))
        if sd and (cityf, str(sd.year)) in USED_FORMS:
            err('%s: city-year %s %d on the used list' % (aid, s['city'], sd.year))
        for es in e_summits:
            try:
                if ' '.join(toks(es.get('city', ''))) == cityf and str(es.get('start_date', ''))[:4] == s['start_date'][:4]:
                    err('%s: city and year used by an earlier summit entry' % aid)
                    break
            except Exception:
                pass
        tf = s['text_fields']
        if not tf or len(set(tf)) != len(tf) or [f for f in FIELDS if f in tf] != tf:
            err('%s: text_fields not a non-empty subset in canonical order' % aid)
        for f in tf:
            if f == 'organization':
                if not any(has_seq(hb_tokens, toks(n)) for n in ORG_NAMES.get(org, [])):
                    err('%s: organisation not named in text' % aid)
            elif f in ('city', 'country'):
                if not has_seq(hb_tokens, toks(s[f])):
                    err('%s: %s %r not in text' % (aid, f, s[f]))
            else:
                dd = sd if f == 'start_date' else ed
                phrases = reg['dates'].get(f, [])
                if not phrases:
                    err('%s: no registered phrase for %s' % (aid, f))
                for ph in phrases:
                    if ph not in hb:
                        err('%s: registered date phrase not in headline/body: %s' % (aid, ph))
                if dd and pub and not any(ph in hb and date_support(dd, None, ph, pub) for ph in phrases):
                    err('%s: %s not supported by its registered phrase' % (aid, f))
        summit_groups[(org, s['city'], s['start_date'])].append((aid, outlet, json.dumps({k: s[k] for k in FIELDS})))
        org_count[org] += 0
        # participants
        seen = set()
        for p in a['participants']:
            if list(p.keys()) != PART_KEYS:
                err('%s: participant keys/order wrong' % aid)
                continue
            k = p['key']
            if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)+$', k) and not re.match(r'^person:[a-z0-9]+$', k):
                err('%s: bad participant key %s' % (aid, k))
            if k in seen:
                err('%s: duplicate participant %s' % (aid, k))
            seen.add(k)
            name = k.split(':', 1)[1].split('-')
            if name[0] in ('president', 'king', 'prime', 'minister', 'mr', 'mrs', 'dr', 'chancellor', 'secretary'):
                err('%s: title in key %s' % (aid, k))
            if not has_seq(hb_tokens, name):
                err('%s: participant name %s not in headline/body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif reg['style'] == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
                elif reg['style'] == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
            # noise must not name participants
            if has_seq(toks(noise), name):
                err('%s: participant %s named in page noise' % (aid, k))
            for tk in name:
                if len(tk) >= 4 and tk in noise_tokens and tk not in ('inacio',):
                    err('%s: participant name token %r appears in page noise' % (aid, tk))
        # quotes
        positions = []
        quoted_texts = []
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys/order wrong' % aid)
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %s' % (aid, q['kind']))
            sk = q['speaker_key']
            if sk.startswith('person:'):
                if sk not in part_keys:
                    err('%s: speaker %s not a participant' % (aid, sk))
            elif not re.match(r'^org:[a-z0-9]+(-[a-z0-9]+)*$', sk):
                err('%s: speaker %s neither a participant nor an org key' % (aid, sk))
            marked = qo + q['text'] + qc
            if q['text'] not in text:
                err('%s: quote not verbatim in file: %s' % (aid, q['text'][:40]))
            i = hb.find(marked)
            if i < 0:
                err('%s: quote with marks not in headline/body: %s' % (aid, q['text'][:40]))
            positions.append(i)
            quoted_texts.append(q['text'])
            if q['text'] in noise:
                err('%s: quote text appears in page noise' % aid)
        if positions != sorted(positions):
            err('%s: quotes not in text order' % aid)
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (qo + nq + qc) not in hb:
                err('%s: not_quote not found with marks: %r' % (aid, nq))
        spans = re.findall(re.escape(qo) + r'(.*?)' + re.escape(qc), body) if qo != '"' else re.findall(r'"([^"]*)"', body)
        if collections.Counter(spans) != collections.Counter(quoted_texts + list(a['not_quotes'])):
            err('%s: quoted spans of the body differ from quotes + not_quotes' % aid)
        if '"' in head or OPEN in head or CLOSE in head or '"' in noise or OPEN in noise or CLOSE in noise:
            err('%s: double quotation mark in headline or page noise' % aid)
        # facts
        prefixes = set()
        all_ev = []
        slugs_here = set()
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                err('%s: fact keys/order wrong' % aid)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or any(k not in FACT_KINDS for k in kinds):
                err('%s: bad fact kinds %r' % (aid, kinds))
            sl = f['same_as']
            if not isinstance(sl, str) or not re.match(r'^[a-z]+\d{2}-[a-z0-9]+$', sl):
                err('%s: bad same_as %r' % (aid, sl))
                continue
            if sl in slugs_here:
                err('%s: slug repeated in article: %s' % (aid, sl))
            slugs_here.add(sl)
            pre = sl.split('-')[0]
            prefixes.add(pre)
            if sd and pre[-2:] != '%02d' % (sd.year % 100):
                err('%s: prefix %s does not end in the summit year' % (aid, pre))
            if sl in e_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sl))
            if pre in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pre))
            slug_use[sl].append((aid, tuple(kinds)))
            if not f['evidence']:
                err('%s: fact without evidence' % aid)
            for ev in f['evidence']:
                all_ev.append(ev)
                if ev != ev.strip():
                    err('%s: evidence with outer spaces' % aid)
                if ev not in text:
                    err('%s: evidence not verbatim in file: %s' % (aid, ev[:50]))
                    continue
                if ev in noise:
                    err('%s: evidence appears in page noise: %s' % (aid, ev[:50]))
                if ev == head:
                    continue
                found = False
                for li in body_idx:
                    ln = lines[li]
                    j = ln.find(ev)
                    while j >= 0:
                        st = offs[li] + j
                        if sentence_bounded(text, st, st + len(ev), offs[li], offs[li] + len(ln)):
                            found = True
                        j = ln.find(ev, j + 1)
                if not found:
                    err('%s: evidence not a sentence-bounded span of the body: %s' % (aid, ev[:60]))
            totals['facts'] += 1
            for k in kinds:
                totals['kind_' + k] += 1
        if len(prefixes) != 1:
            err('%s: expected one slug prefix, found %s' % (aid, sorted(prefixes)))
        for q in a['quotes']:
            marked = qo + q['text'] + qc
            if not any(marked in ev for ev in all_ev):
                err('%s: quote outside every evidence string: %s' % (aid, q['text'][:40]))
        # page noise present
        top_noise = [i for i in noise_idx if 1 < i < b and lines[i].strip() and i > 2]
        tail_noise = [i for i in noise_idx if i >= t and lines[i].strip()]
        if not top_noise:
            err('%s: no page noise above the body besides outlet and byline' % aid)
        if len(tail_noise) < 2:
            err('%s: fewer than two lines of page noise after the body' % aid)
        cm = [i for i in noise_idx if re.match(r'^(Reader )?[Cc]omments \(\d+\)$', lines[i])]
        if cm:
            n = int(re.search(r'\((\d+)\)', lines[cm[0]]).group(1))
            got = 0
            for li in range(cm[0] + 1, len(lines)):
                if re.match(r'^[^:]{2,40}: \S', lines[li]) and not lines[li].startswith(('Read', 'More', 'Related')):
                    got += 1
                else:
                    break
            if got != n or n < 3:
                err('%s: comment section count %d does not match %d comment lines (need >= 3)' % (aid, n, got))
            comment_articles += 1
        # word counts
        nbody = len(body.split())
        if not 420 <= nbody <= 600:
            err('%s: body has %d words (420-600)' % (aid, nbody))
        if len(text.split()) > 700:
            err('%s: file longer than 700 words' % aid)
        totals['quotes'] += len(a['quotes'])
        totals['participants'] += len(a['participants'])
        print('%-40s quotes %d (%d direct), not_quotes %d, participants %d, facts %d, body %d words, file %d words' % (
            aid, len(a['quotes']), sum(q['kind'] == 'direct' for q in a['quotes']), len(a['not_quotes']),
            len(a['participants']), len(a['facts']), nbody, len(text.split())))
    # set shape
    if len(summit_groups) != 5:
        err('expected 5 summits, found %d' % len(summit_groups))
    sizes = sorted(len(v) for v in summit_groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected three pairs and two singles, found sizes %s' % sizes)
    orgs = collections.Counter(k[0] for k in summit_groups)
    if len(orgs) < 3 or max(orgs.values()) > 2:
        err('bodies: need at least three, at most two summits per body: %s' % dict(orgs))
    art_group = {}
    for k, v in summit_groups.items():
        for aid, _, _ in v:
            art_group[aid] = k
        if len(v) == 2:
            if v[0][1] == v[1][1]:
                err('pair %s from one outlet' % (k,))
            if v[0][2] != v[1][2]:
                err('pair %s disagrees on summit data' % (k,))
    pair_shared = collections.Counter()
    group_prefix = collections.defaultdict(set)
    for sl, uses in slug_use.items():
        for aid, _ in uses:
            group_prefix[art_group.get(aid)].add(sl.split('-')[0])
        if len(uses) > 2:
            err('slug %s used in more than two articles' % sl)
        elif len(uses) == 2:
            g1, g2 = art_group.get(uses[0][0]), art_group.get(uses[1][0])
            if g1 != g2 or len(summit_groups[g1]) != 2:
                err('slug %s shared outside a pair' % sl)
            if uses[0][1] != uses[1][1]:
                err('slug %s has different kinds in the pair' % sl)
            pair_shared[g1] += 1
    allp = [p for s in group_prefix.values() for p in s]
    if len(allp) != len(set(allp)):
        err('a slug prefix is shared by two summits')
    for k, v in summit_groups.items():
        if len(v) == 2:
            print('pair %s %s: %d shared slugs' % (k[1], k[2], pair_shared[k]))
            if pair_shared[k] < 5:
                err('pair %s shares fewer than 5 slugs' % (k,))
    if mid_articles < 3:
        err('fewer than three articles with mid-body page noise')
    if comment_articles < 4:
        err('fewer than four articles with reader comment sections')
    print('totals: quotes %d, participants %d, facts %d; kinds %s' % (
        totals['quotes'], totals['participants'], totals['facts'],
        {k[5:]: v for k, v in totals.items() if k.startswith('kind_')}))

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        errors.append('checker crashed')
    if errors:
        for e in errors:
            print('ERROR:', e)
        sys.exit(1)
    print('OK: heldout95 passes')
