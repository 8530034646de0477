#!/usr/bin/env python3
"""Checker for the held-out set heldout85 (tests/gold/pending/heldout85/).

Run: python3 check.py   (exits 0 when every check passes, 1 on any error or crash)
Earlier gold files are read from ../../ (tests/gold) or from $H85_EARLIER.
"""
import json, os, re, sys, datetime, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H85_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout85_gold.json')
OPENING = ("Held-out set round 85 (split=heldout85), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")
REGISTRY = {
 "h85_eu_corfu_guillemot": {
  "style": "straight",
  "headline_line": 1,
  "tail_first_line": "(Reporting by Demetra Zervoudaki-Ryecroft; Editing by Gerda Brecklinghaus-Thurlby)",
  "mid_lines": [],
  "credited": [
   "Gerda Brecklinghaus-Thurlby"
  ]
 },
 "h85_eu_corfu_varanger": {
  "style": "curly",
  "headline_line": 1,
  "tail_first_line": "Letters: Write to the Courier at our Vadsø office. Letters may be shortened.",
  "mid_lines": [
   "Photo: The harbour at Vardø on Monday morning, with the coastal steamer alongside. (Courier photo)",
   "ADVERTISEMENT | Vadsø Marine Supply: nets, rope and engine parts. Open Saturdays until 14:00."
  ],
  "credited": []
 },
 "h85_ibero_porto_maipo": {
  "style": "curly",
  "headline_line": 1,
  "tail_first_line": "Comments (4)",
  "mid_lines": [
   "Read next: The Spanish judge behind the warrant | The diplomatic passport, explained | Ten days that changed the transition",
   "Photo: Porto’s old town seen from across the Douro. (Ledger file)"
  ],
  "credited": []
 },
 "h85_ibero_porto_rabelo": {
  "style": "straight",
  "headline_line": 0,
  "tail_first_line": "Reader comments (5)",
  "mid_lines": [
   "17:40",
   "17:05",
   "16:20",
   "Photo: Police barriers on the Ribeira this morning. (Rabelo/Staff)",
   "15:10",
   "13:45",
   "12:30",
   "ADVERTISEMENT - Douro river cruises from the Ribeira pier: see the bridges of Porto from the water. Daily departures.",
   "11:15",
   "10:20",
   "09:05"
  ],
  "credited": []
 },
 "h85_oas_windsor_huronline": {
  "style": "straight",
  "headline_line": 0,
  "tail_first_line": "[END OF TRANSCRIPT]",
  "mid_lines": [],
  "credited": []
 },
 "h85_oas_windsor_rimac": {
  "style": "curly",
  "headline_line": 0,
  "tail_first_line": "FAQ: About The Rimac Letter",
  "mid_lines": [
   "SUBSCRIBE | The Rimac Letter arrives every Friday. Send your address to the editors to receive it by e-mail."
  ],
  "credited": []
 },
 "h85_eu_amsterdam_stuiver": {
  "style": "straight",
  "headline_line": 0,
  "tail_first_line": "Frequently asked questions about The Stuiver Brief",
  "mid_lines": [
   "Read next: Will Italy make the first wave of the euro? | Five things to know about the European Central Bank"
  ],
  "credited": []
 },
 "h85_mercosur_tucuman_zafra": {
  "style": "curly",
  "headline_line": 1,
  "tail_first_line": "Comments (4)",
  "mid_lines": [
   "Photo: Lemon groves outside Famaillá, in the south of the province. (Zafra Report)"
  ],
  "credited": []
 }
}
LISTS = {
 "avoid": [
  "Astana",
  "Paris",
  "Reykjavik",
  "Sanya",
  "Kathmandu",
  "San Pedro Sula",
  "Majuro",
  "Abuja",
  "Nusa Dua",
  "Bali",
  "Johannesburg",
  "Nairobi",
  "Kuwait City",
  "Windhoek",
  "Cadiz",
  "Caracas",
  "Sharm el-Sheikh",
  "Baku",
  "Ulaanbaatar",
  "Mecca",
  "Tehran",
  "Dushanbe",
  "Asunción",
  "Vilnius",
  "Prague",
  "Bangkok",
  "Cairo",
  "Cebu",
  "Veracruz",
  "Antananarivo",
  "Chisinau",
  "Sochi",
  "Kiruna",
  "Addu City",
  "Rancho Mirage",
  "Arusha",
  "New Delhi",
  "Xi'an",
  "Goyang",
  "Islamabad",
  "Kigali",
  "Warsaw",
  "Port of Spain",
  "Tokyo",
  "Stockholm",
  "Dili",
  "Accra",
  "Yekaterinburg",
  "Puerto Iguazú",
  "Valletta",
  "Tashkent",
  "Mexico City",
  "Naypyidaw",
  "Algiers",
  "Harare",
  "Yerevan",
  "Auckland",
  "Niamey",
  "Madrid",
  "Miami",
  "Suva",
  "Camp David",
  "Istanbul",
  "Djerba",
  "Lima",
  "Washington",
  "Thimphu",
  "Santo Domingo",
  "Manama",
  "Lilongwe",
  "Huntsville",
  "Maputo",
  "Samara",
  "Putrajaya",
  "Puerto Vallarta",
  "Toyako",
  "Damascus",
  "Dhaka",
  "Monterrey",
  "Brussels",
  "Elmau",
  "Phnom Penh",
  "Rovaniemi",
  "Colombo",
  "Djibouti",
  "Monrovia",
  "Bratislava",
  "Cancún",
  "Coolum",
  "Beijing",
  "Beirut",
  "Genoa",
  "Malabo",
  "Bandar Seri Begawan",
  "Brasília",
  "Alma-Ata (Almaty)",
  "Doha",
  "Rarotonga (Avarua)",
  "Durban",
  "Ouro Preto",
  "Banjul",
  "Vientiane",
  "Santiago",
  "Luanda",
  "Copenhagen",
  "Vancouver",
  "Khartoum",
  "Baghdad",
  "Rome",
  "Bishkek",
  "Birmingham",
  "Budapest",
  "Addis Ababa",
  "Belén",
  "Singapore",
  "London",
  "Helsinki",
  "Córdoba",
  "Victoria Falls",
  "Labuan Bajo",
  "Kuala Lumpur",
  "Yokohama",
  "Montreux",
  "Edinburgh",
  "Nouakchott",
  "Visegrád",
  "Shanghai",
  "Puerto Varas",
  "Cholpon-Ata",
  "Nanjing",
  "Bogor",
  "Denver",
  "Lomé",
  "Ushuaia",
  "Rostov-on-Don",
  "Lyon",
  "Quebec City",
  "Hanoi",
  "Gaborone",
  "Santa Fe",
  "Barcelona",
  "Cairns",
  "Sirte",
  "Quito",
  "Riga",
  "Seattle",
  "N'Djamena",
  "Khanty-Mansiysk",
  "Muscat",
  "Montego Bay",
  "Houston",
  "Nassau",
  "Amman",
  "Seoul",
  "Lusaka",
  "Halifax",
  "Gothenburg",
  "Tunis",
  "Hua Hin",
  "Cha-am",
  "Mendoza",
  "Havana",
  "Lisbon",
  "Alofi",
  "Ouagadougou",
  "St Petersburg",
  "Osaka",
  "Riyadh",
  "The Hague",
  "Blantyre",
  "Santa Cruz de la Sierra",
  "Bucharest",
  "Bariloche",
  "Bamako",
  "Ashgabat",
  "Malé",
  "Kananaskis",
  "Tirana",
  "Montevideo",
  "Abidjan",
  "Jakarta",
  "Nuuk",
  "Manila",
  "Georgetown",
  "Dakar",
  "Nizhny Novgorod",
  "Antigua Guatemala",
  "Cali",
  "Santa Maria (Sal)",
  "Melbourne",
  "Visby",
  "Kraków",
  "Kingstown",
  "Cartagena",
  "Nakhchivan",
  "Entebbe",
  "Lahore",
  "Bissau",
  "Port Moresby",
  "Kampala",
  "Abu Dhabi",
  "Cologne",
  "Tripoli",
  "Los Cabos",
  "Pretoria",
  "Dar es Salaam",
  "Dubrovnik",
  "Bento Gonçalves",
  "Oslo",
  "Siem Reap",
  "Moscow",
  "Dead Sea (Sweimeh)",
  "Montreal",
  "Moncton",
  "Awaza (Turkmenbashi)",
  "Pohnpei (Palikir)",
  "Medellín",
  "Limassol",
  "Punta Cana",
  "Yamoussoukro",
  "Bonn",
  "Casablanca",
  "Thessaloniki (Porto Carras, Halkidiki)",
  "San Juan",
  "Mbabane",
  "Minsk",
  "Paranal",
  "São Tomé",
  "Tegucigalpa",
  "Ljubljana",
  "Seville",
  "Kingston",
  "Pattaya",
  "Rabat",
  "Lagos",
  "Williamsburg",
  "Fez",
  "Kyiv",
  "Bangalore",
  "Grand Baie",
  "Guadalajara",
  "Yaoundé",
  "Fort Lauderdale",
  "Gabala",
  "Cotonou",
  "Maastricht",
  "Potrero de los Funes",
  "Subic Bay",
  "Kroměříž",
  "Yalta",
  "Chaguaramas",
  "Ocho Rios",
  "Punta Mita",
  "Libreville",
  "Praia"
 ],
 "used": [
  "Abidjan 2012",
  "Abidjan 2017",
  "Abu Dhabi 1981",
  "Abuja 2019",
  "Abuja 2024",
  "Accra 2022",
  "Addis Ababa 2007",
  "Addis Ababa 2017",
  "Addis Ababa 2024",
  "Addis Ababa 2025",
  "Addu City 2011",
  "Al-Ula 2021",
  "Algiers 2022",
  "Alma-Ata 1991",
  "Alofi 2008",
  "Amman 2001",
  "Antalya 2015",
  "Antananarivo 2016",
  "Antigua Guatemala 2013",
  "Apia 2024",
  "Arusha 2016",
  "Ashgabat 2021",
  "Astana 2017",
  "Astana 2024",
  "Asunción 2015",
  "Auckland 1995",
  "Awaza 2021",
  "Baghdad 2012",
  "Baghdad 2025",
  "Baku 2019",
  "Bamako 2017",
  "Bandar Seri Begawan 2013",
  "Bangalore 1986",
  "Bangkok 2022",
  "Bangkok 2025",
  "Banjul 2024",
  "Barcelona 2005",
  "Bariloche 2009",
  "Beijing 2012",
  "Beijing 2014",
  "Beijing 2023",
  "Beirut 2002",
  "Belén 2015",
  "Bento Gonçalves 2019",
  "Biarritz 2019",
  "Birmingham 1998",
  "Bishkek 2007",
  "Bishkek 2019",
  "Bissau 2023",
  "Blantyre 1997",
  "Bogor 1994",
  "Bonn 1982",
  "Borgo Egnazia 2024",
  "Brasília 2008",
  "Bratislava 2016",
  "Brisbane 2014",
  "Brussels 2016",
  "Brussels 2017",
  "Brussels 2018",
  "Brussels 2019",
  "Brussels 2021",
  "Brussels 2022",
  "Brussels 2023",
  "Bucharest 2006",
  "Bucharest 2008",
  "Bucharest 2018",
  "Budapest 1994",
  "Buenos Aires 2018",
  "Buenos Aires 2023",
  "Busan 2005",
  "Bürgenstock 2024",
  "Cairns 2009",
  "Cairo 2024",
  "Cali 2013",
  "Cali 2017",
  "Camp David 2012",
  "Camp David 2023",
  "Cancún 2017",
  "Cannes 2011",
  "Caracas 2011",
  "Carbis Bay 2021",
  "Cartagena 2012",
  "Cartagena 2016",
  "Casablanca 1989",
  "Cebu 2007",
  "Chaguaramas 1973",
  "Chicago 2012",
  "Chisinau 2023",
  "Cholpon-Ata 2018",
  "Cologne 1999",
  "Colombo 2013",
  "Colombo 2022",
  "Coolum 2002",
  "Copenhagen 2002",
  "Cotonou 1995",
  "Cádiz 2012",
  "Córdoba 2006",
  "Da Nang 2017",
  "Dakar 2008",
  "Dakar 2021",
  "Damascus 2008",
  "Dar es Salaam 2015",
  "Dar es Salaam 2019",
  "Dead Sea 2017",
  "Deauville 2011",
  "Denver 1997",
  "Dhahran 2018",
  "Dhaka 2005",
  "Diamniadio 2014",
  "Dili 2014",
  "Djerba 2022",
  "Djibouti 2023",
  "Doha 2007",
  "Doha 2013",
  "Dubrovnik 2016",
  "Durban 1999",
  "Durban 2013",
  "Dushanbe 2019",
  "Edinburgh 1997",
  "Elmau 2015",
  "Elmau 2022",
  "Enniskillen 2013",
  "Entebbe 2024",
  "Evian 2003",
  "Fez 1982",
  "Fort Lauderdale 2005",
  "Fortaleza 2014",
  "Funafuti 2019",
  "Gabala 2013",
  "Gaborone 2015",
  "Genoa 2001",
  "Georgetown 2024",
  "Gleneagles 2005",
  "Goa 2016",
  "Gothenburg 2001",
  "Goyang 2024",
  "Granada 2023",
  "Grand Baie 2004",
  "Guadalajara 1991",
  "Halifax 1995",
  "Hamburg 2017",
  "Hangzhou 2016",
  "Hanoi 2004",
  "Hanoi 2010",
  "Harare 2024",
  "Havana 2006",
  "Havana 2014",
  "Heiligendamm 2007",
  "Helsinki 1999",
  "Hiroshima 2023",
  "Honolulu 2011",
  "Houston 1990",
  "Hua Hin 2009",
  "Huntsville 2010",
  "Islamabad 2017",
  "Istanbul 2004",
  "Istanbul 2016",
  "Istanbul 2021",
  "Jakarta 2016",
  "Jakarta 2023",
  "Jeddah 2023",
  "Johannesburg 2015",
  "Johannesburg 2023",
  "Johannesburg 2025",
  "Kampala 2007",
  "Kampala 2010",
  "Kampala 2024",
  "Kananaskis 2002",
  "Kananaskis 2025",
  "Kathmandu 2014",
  "Kazan 2024",
  "Khanty-Mansiysk 2008",
  "Khartoum 2006",
  "Kigali 2016",
  "Kigali 2022",
  "Kingston 1975",
  "Kingstown 2024",
  "Kinshasa 2012",
  "Kiruna 2013",
  "Kraków 2021",
  "Kroměříž 2004",
  "Kuala Lumpur 1998",
  "Kuala Lumpur 2005",
  "Kuala Lumpur 2015",
  "Kuala Lumpur 2025",
  "Kuwait City 2013",
  "Kuwait City 2017",
  "Kyiv 2006",
  "L'Aquila 2009",
  "La Malbaie 2018",
  "Labuan Bajo 2023",
  "Lagos 1975",
  "Lahore 1974",
  "Libreville 1983",
  "Lilongwe 2021",
  "Lima 2008",
  "Lima 2016",
  "Lima 2018",
  "Lima 2024",
  "Limassol 1993",
  "Lisbon 1996",
  "Lisbon 2007",
  "Lisbon 2010",
  "Ljubljana 2019",
  "Lomé 2000",
  "London 1990",
  "London 2009",
  "London 2018",
  "Los Angeles 2022",
  "Los Cabos 2002",
  "Los Cabos 2012",
  "Luanda 2023",
  "Lusaka 2007",
  "Lyon 1996",
  "Maastricht 1991",
  "Madrid 1997",
  "Madrid 2022",
  "Majuro 2013",
  "Malabo 2011",
  "Malabo 2014",
  "Malé 1997",
  "Manama 2016",
  "Manama 2024",
  "Manila 2015",
  "Manila 2017",
  "Maputo 2003",
  "Mar del Plata 2005",
  "Mbabane 2016",
  "Mecca 2012",
  "Mecca 2019",
  "Medellín 2019",
  "Melbourne 1981",
  "Melbourne 2024",
  "Mendoza 2012",
  "Mendoza 2017",
  "Mexico City 2021",
  "Miami 1994",
  "Milan 2014",
  "Minsk 1993",
  "Moncton 1999",
  "Monrovia 2017",
  "Montego Bay 2018",
  "Monterrey 2004",
  "Montevideo 2024",
  "Montreal 2019",
  "Montreux 2010",
  "Moscow 2003",
  "Moscow 2024",
  "Muscat 2008",
  "N'Djamena 2014",
  "Nago 2000",
  "Nairobi 2016",
  "Nakhchivan 2009",
  "Nanjing 2009",
  "Nassau 1985",
  "Naypyidaw 2014",
  "New Delhi 2015",
  "New Delhi 2023",
  "Newport 2014",
  "Niamey 2019",
  "Nizhny Novgorod 2011",
  "Nouakchott 2016",
  "Nouakchott 2018",
  "Nuku'alofa 2024",
  "Nusa Dua 2011",
  "Nusa Dua 2022",
  "Nuuk 2011",
  "Ocho Rios 1982",
  "Osaka 1995",
  "Osaka 2019",
  "Oslo 2023",
  "Ouagadougou 1998",
  "Ouro Preto 1994",
  "Panama City 2015",
  "Paranal 2012",
  "Paris 2008",
  "Pattaya 2009",
  "Perth 2011",
  "Phnom Penh 2012",
  "Phnom Penh 2022",
  "Pittsburgh 2009",
  "Pohnpei 2016",
  "Port Moresby 2015",
  "Port Moresby 2018",
  "Port of Spain 2009",
  "Port of Spain 2023",
  "Potrero de los Funes 1996",
  "Prague 2002",
  "Prague 2016",
  "Praia 1998",
  "Pretoria 2017",
  "Puerto Iguazú 2023",
  "Puerto Vallarta 2018",
  "Puerto Varas 2016",
  "Punta Cana 2017",
  "Punta Mita 2014",
  "Putrajaya 2003",
  "Qingdao 2018",
  "Quebec City 2001",
  "Quebec City 2008",
  "Quito 2016",
  "Rabat 1969",
  "Rancho Mirage 2016",
  "Rarotonga 2023",
  "Reykjavik 2023",
  "Riga 2006",
  "Riga 2022",
  "Rio de Janeiro 2024",
  "Rio de Janeiro 2025",
  "Riyadh 2007",
  "Riyadh 2011",
  "Rome 2002",
  "Rome 2021",
  "Rostov-on-Don 2010",
  "Rovaniemi 2019",
  "Samara 2007",
  "Samarkand 2022",
  "San Francisco 2023",
  "San Juan 2010",
  "San Pedro Sula 2009",
  "Santa Cruz de la Sierra 1996",
  "Santa Fe 2019",
  "Santa Maria 2018",
  "Santiago 1998",
  "Santiago 2007",
  "Santiago 2013",
  "Santo Domingo 2023",
  "Sanya 2011",
  "Sanya 2016",
  "Sea Island 2004",
  "Seattle 1993",
  "Seoul 2000",
  "Seoul 2010",
  "Seville 2002",
  "Shanghai 2001",
  "Shanghai 2006",
  "Sharm el-Sheikh 2008",
  "Sharm el-Sheikh 2015",
  "Shima 2016",
  "Siem Reap 2018",
  "Singapore 2007",
  "Singapore 2018",
  "Sirte 2009",
  "Sirte 2010",
  "Sochi 2019",
  "Sofia 2018",
  "St Petersburg 2002",
  "St Petersburg 2006",
  "St Petersburg 2013",
  "Stockholm 2019",
  "Strasbourg 2009",
  "Subic Bay 1996",
  "Suva 2022",
  "Sydney 2007",
  "São Tomé 2023",
  "Taormina 2017",
  "Tashkent 2016",
  "Tegucigalpa 1991",
  "Tehran 2012",
  "The Hague 2004",
  "The Hague 2025",
  "Thessaloniki 2003",
  "Thimphu 2010",
  "Tianjin 2025",
  "Tirana 2022",
  "Tokyo 2015",
  "Tokyo 2022",
  "Toronto 2010",
  "Toyako 2008",
  "Tripoli 2010",
  "Tunis 2004",
  "Tunis 2019",
  "Tunis 2022",
  "Ufa 2015",
  "Ulaanbaatar 2016",
  "Ushuaia 1998",
  "Valletta 2005",
  "Valletta 2015",
  "Vancouver 1997",
  "Veracruz 2014",
  "Victoria Falls 2009",
  "Vientiane 2016",
  "Vientiane 2024",
  "Vilnius 2013",
  "Vilnius 2023",
  "Visby 1996",
  "Visegrád 1991",
  "Vladivostok 2012",
  "Warsaw 2016",
  "Warsaw 2023",
  "Washington 1999",
  "Washington 2008",
  "Washington 2022",
  "Washington 2024",
  "Watford 2019",
  "Williamsburg 1983",
  "Wilmington 2024",
  "Windhoek 2018",
  "Xi'an 2023",
  "Xiamen 2017",
  "Yalta 1998",
  "Yamoussoukro 2014",
  "Yaoundé 1996",
  "Yaren 2018",
  "Yekaterinburg 2009",
  "Yerevan 2018",
  "Yerevan 2022",
  "Yokohama 2010",
  "Yokohama 2013"
 ]
}
ALLOWED_BODIES = ['org:nato', 'org:eu', 'org:apec', 'org:sco', 'org:g20', 'org:cis', 'org:gcc', 'org:oic',
                  'org:summit-of-the-americas', 'org:oas', 'org:mercosur', 'org:francophonie',
                  'org:ibero-american-summit', 'org:turkic-council', 'org:csto', 'org:eaeu', 'org:visegrad-group']
ORG_ID = {'org:eu': 'eu', 'org:ibero-american-summit': 'ibero', 'org:oas': 'oas', 'org:mercosur': 'mercosur'}
ORG_NAMES = {'org:eu': ['European Union', 'European Council', 'EU'],
             'org:ibero-american-summit': ['Ibero-American summit'],
             'org:oas': ['Organization of American States', 'OAS'],
             'org:mercosur': ['Mercosur']}
CITY_ID = {'Corfu': 'corfu', 'Porto': 'porto', 'Windsor': 'windsor', 'Amsterdam': 'amsterdam',
           'San Miguel de Tucumán': 'tucuman'}
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
            'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
REL0 = ['today', 'this morning', 'this afternoon', 'this evening', 'tonight']
REL1 = ['yesterday', 'last night']
LABEL = re.compile(r"^[A-Z][A-Z .'\-]+: ")

errors = []
def err(msg):
    errors.append(msg)

SPECIAL = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ð': 'd', 'ł': 'l', 'ß': 'ss', 'đ': 'd', 'ı': 'i'}
def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.replace('\u2019', "'").lower()
def tokens(s):
    s = re.sub(r"(?<=[a-z])'s\b", '', fold(s))
    return re.sub(r"[^a-z0-9]+", ' ', re.sub(r"(?<=[a-z])'(?=[a-z])", '', s)).split()
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))
def key_tokens(key):
    return key.split(':', 1)[1].split('-')
def parse_date(s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            return None
        return datetime.date.fromisoformat(s)
    except Exception:
        return None
def city_names(entry):
    m = re.fullmatch(r'(.*?) \((.*)\)', entry)
    if m:
        return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]
    return [entry]

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 84)]
    n = 0
    for nm in names:
        p = os.path.join(EARLIER, nm)
        if not os.path.exists(p):
            continue
        n += 1
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date'), a.get('id')))
            for f in a.get('facts', []) or []:
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    if n < 10:
        err('only %d earlier gold files found under %s' % (n, EARLIER))
    return ids, slugs, prefixes, summits

def split_text(aid, text):
    reg = REGISTRY[aid]
    lines = text.split('\n')
    if text.endswith('\n'):
        lines = lines[:-1]
    h = reg['headline_line']
    try:
        blank = lines.index('')
        tail = lines.index(reg['tail_first_line'])
    except ValueError:
        err('%s: header blank line or tail marker missing' % aid)
        return None
    if not (h < blank < tail):
        err('%s: layout out of order' % aid)
        return None
    mids = set()
    for m in reg['mid_lines']:
        idx = [i for i in range(blank + 1, tail) if lines[i] == m]
        if len(idx) != 1:
            err('%s: mid noise line not found once: %r' % (aid, m))
        mids.update(idx)
    body_idx = [i for i in range(blank + 1, tail) if i not in mids and lines[i]]
    noise_idx = [i for i in range(0, blank) if i != h] + sorted(mids) + list(range(tail, len(lines)))
    offs, p = [], 0
    for l in lines:
        offs.append(p)
        p += len(l) + 1
    return dict(lines=lines, head=h, blank=blank, tail=tail, mids=mids, body_idx=body_idx, noise_idx=noise_idx,
                offs=offs)

def quoted_spans(line, style):
    out = []
    if style == 'straight':
        parts = line.split('"')
        if len(parts) % 2 == 0:
            return None
        pos = 0
        for i, part in enumerate(parts):
            if i % 2 == 1:
                out.append((pos - 1, part))
            pos += len(part) + 1
        return out
    depth, start = 0, None
    for i, c in enumerate(line):
        if c == '\u201c':
            if depth:
                return None
            depth, start = 1, i
        elif c == '\u201d':
            if not depth:
                return None
            depth = 0
            out.append((start, line[start + 1:i]))
    return None if depth else out

def sentence_bounded(text, lines, offs, e, pos, headline):
    if e == headline:
        return True
    li = max(i for i in range(len(offs)) if offs[i] <= pos)
    line = lines[li]
    col = pos - offs[li]
    end = col + len(e)
    ok_start = col == 0
    if not ok_start:
        before = line[:col]
        if re.search(r'[.?!]["\u201d]? $', before):
            ok_start = True
        m = LABEL.match(line)
        if m and m.end() == col:
            ok_start = True
    ok_end = end == len(line)
    if not ok_end and line[end:end + 1] == ' ':
        if e[-1] in '.?!':
            ok_end = True
        if e[-1] in '"\u201d' and len(e) > 1 and e[-2] in '.?!,':
            ok_end = True
    return ok_start and ok_end

def date_supported(d, pub, text_body):
    ft = fold(text_body)
    delta = (pub - d).days
    month = MONTHS[d.month - 1]
    for m in re.finditer(r'\b%s (\d{1,2})(?: (?:to|and|-) (\d{1,2}))?\b' % month, text_body):
        days = {int(m.group(1))}
        if m.group(2):
            days.add(int(m.group(2)))
        if d.day in days:
            return True
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], text_body):
        return True
    if delta == 0 and any(re.search(r'\b%s\b' % w, ft) for w in REL0):
        return True
    if delta == 1 and any(re.search(r'\b%s\b' % w, ft) for w in REL1):
        return True
    return False

def main():
    try:
        gold = json.load(open(GOLD, encoding='utf-8'))
    except Exception as ex:
        err('cannot read gold: %s' % ex)
        return
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, got %s' % (len(arts) if isinstance(arts, list) else type(arts)))
        if not isinstance(arts, list):
            return
    e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    if any(isinstance(i, str) and i.startswith('h85_') for i in e_ids):
        err('the h85 id prefix is already used in earlier gold')
    avoid = set()
    for c in LISTS['avoid']:
        avoid.update(fold(x) for x in city_names(c))
    used = set()
    for cy in LISTS['used']:
        m = re.fullmatch(r'(.*) (\d{4})', cy)
        if not m:
            err('bad used entry %r' % cy)
            continue
        used.add((fold(m.group(1)), m.group(2)))
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts if isinstance(a, dict)]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(str(i) + '.txt' for i in ids) != txt_files:
        err('article files %s do not match ids %s' % (txt_files, ids))
    if set(ids) != set(REGISTRY):
        err('ids not equal to the registered ids')
    slug_arts = collections.defaultdict(list)
    summit_groups = collections.defaultdict(list)
    all_prefix_by_summit = collections.defaultdict(set)
    totals = collections.Counter()
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ART_KEYS:
            err('article keys wrong: %s' % (list(a.keys()) if isinstance(a, dict) else a))
            continue
        aid = a['id']
        if aid not in REGISTRY:
            err('unregistered id %s' % aid)
            continue
        reg = REGISTRY[aid]
        if not re.fullmatch(r'h85_[a-z]+_[a-z]+_[a-z]+', aid):
            err('%s: bad id form' % aid)
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != 'heldout85':
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already present in tests/gold/articles' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: file missing' % aid)
            continue
        text = open(path, encoding='utf-8').read()
        L = split_text(aid, text)
        if L is None:
            continue
        lines, head = L['lines'], L['head']
        style = reg['style']
        headline = lines[head]
        body_lines = [lines[i] for i in L['body_idx']]
        body = '\n'.join(body_lines)
        hb = headline + '\n' + body
        noise = '\n'.join(lines[i] for i in L['noise_idx'])
        hb_tokens = tokens(hb)
        # ---- title, outlet line, authors
        if not isinstance(a['title'], str) or a['title'] != headline:
            err('%s: title is not the headline' % aid)
        if a['title'] not in text:
            err('%s: title not verbatim in the file' % aid)
        pub = parse_date(a['published_at']) if isinstance(a['published_at'], str) else None
        outlet_line = lines[head + 1] if head + 1 < len(lines) else ''
        if pub is None:
            err('%s: bad published_at' % aid)
        else:
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (aid, want))
            others = [w for w in WEEKDAYS if w != WEEKDAYS[pub.weekday()] and w in outlet_line]
            if others:
                err('%s: other weekday on outlet line' % aid)
        header = '\n'.join(lines[:L['blank']])
        if not (isinstance(a['authors'], list) and a['authors'] and all(isinstance(x, str) and x for x in a['authors'])):
            err('%s: authors must be a non-empty list of names' % aid)
        else:
            for au in a['authors']:
                if au not in '\n'.join(lines[head + 2:L['blank']]):
                    err('%s: author %r not in the byline' % (aid, au))
        tailtext = '\n'.join(lines[L['tail']:])
        for c in reg['credited']:
            if c not in tailtext:
                err('%s: credited %r not in the page noise' % (aid, c))
        # ---- page noise
        if L['blank'] - 1 < 3:
            err('%s: header noise missing' % aid)
        if len(lines) - L['tail'] < 3:
            err('%s: less than three lines of tail noise' % aid)
        if '"' in headline or '\u201c' in headline or '\u201d' in headline:
            err('%s: double mark in headline' % aid)
        if '"' in noise or '\u201c' in noise or '\u201d' in noise:
            err('%s: double mark in page noise' % aid)
        # ---- word counts
        wc = sum(len(l.split()) for l in body_lines)
        if not 420 <= wc <= 600:
            err('%s: body has %d words' % (aid, wc))
        # ---- style
        if style == 'straight':
            if re.search('[\u2018\u2019\u201c\u201d]', text):
                err('%s: curly mark in a straight article' % aid)
        else:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
        # ---- summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys wrong' % aid)
            continue
        org = s['organization']
        if org not in ALLOWED_BODIES:
            err('%s: organisation %r not allowed' % (aid, org))
        if org not in ORG_ID or not aid.startswith('h85_%s_' % ORG_ID.get(org, '?')):
            err('%s: id does not match organisation %s' % (aid, org))
        city = s['city']
        if CITY_ID.get(city) is None or aid.split('_')[2] != CITY_ID.get(city):
            err('%s: id city part does not match %r' % (aid, city))
        sd, ed = parse_date(s['start_date']), parse_date(s['end_date'])
        if sd is None or ed is None:
            err('%s: bad summit dates' % aid)
            continue
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: published_at outside the summit window' % aid)
        if fold(city) in avoid:
            err('%s: city %s is on the avoid list' % (aid, city))
        if (fold(city), str(sd.year)) in used:
            err('%s: %s %d is on the used list' % (aid, city, sd.year))
        for (o2, c2, s2, id2) in e_summits:
            if isinstance(c2, str) and isinstance(s2, str) and fold(c2) == fold(city) and s2[:4] == str(sd.year):
                err('%s: %s %d used by earlier summit %s' % (aid, city, sd.year, id2))
            if o2 == org and c2 == city and s2 == s['start_date']:
                err('%s: same summit as earlier %s' % (aid, id2))
        tf = s['text_fields']
        if not (isinstance(tf, list) and tf and all(f in FIELDS for f in tf) and tf == [f for f in FIELDS if f in tf]):
            err('%s: text_fields %r not a non-empty ordered subset' % (aid, tf))
            tf = []
        for f in tf:
            if f == 'organization':
                if not any(has_seq(hb_tokens, tokens(n)) for n in ORG_NAMES.get(org, [])):
                    err('%s: organisation not named in the text' % aid)
            elif f in ('city', 'country'):
                if not has_seq(hb_tokens, tokens(s[f])):
                    err('%s: %s %r not in the text' % (aid, f, s[f]))
            else:
                d = sd if f == 'start_date' else ed
                if pub is None or not date_supported(d, pub, hb):
                    err('%s: %s %s not recoverable from the text' % (aid, f, d))
        summit_groups[(org, city, s['start_date'])].append(a)
        # ---- participants
        pkeys = []
        names_au = [tokens(x) for x in a['authors'] + reg['credited']]
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != ['key', 'role', 'affiliation']:
                err('%s: participant keys wrong %r' % (aid, p))
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            kt = key_tokens(k)
            if kt[0] in ('president', 'king', 'prime', 'mr', 'dr', 'sir', 'chancellor', 'minister', 'governor'):
                err('%s: title in key %s' % (aid, k))
            if not has_seq(hb_tokens, kt):
                err('%s: name of %s not in headline or body' % (aid, k))
            if any(kt == t for t in names_au):
                err('%s: author or credited staff %s listed as participant' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
            if has_seq(tokens(noise), kt):
                err('%s: participant name %s appears in page noise' % (aid, k))
        # ---- quotes
        op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        qlist = a['quotes']
        positions = []
        spans = []
        ok_spans = True
        for i in L['body_idx']:
            sp = quoted_spans(lines[i], style)
            if sp is None:
                err('%s: unbalanced quotation marks on body line %d' % (aid, i + 1))
                ok_spans = False
                continue
            spans.extend((L['offs'][i] + c, t) for c, t in sp)
        qtexts = []
        for q in qlist:
            if not isinstance(q, dict) or list(q.keys()) != ['text', 'speaker_key', 'kind']:
                err('%s: quote keys wrong %r' % (aid, q))
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk or '')):
                err('%s: speaker %r is neither a participant nor an org key' % (aid, sk))
            t = q['text']
            if not isinstance(t, str) or not t or t not in text:
                err('%s: quote not verbatim in file: %r' % (aid, t))
                continue
            if t in noise:
                err('%s: quote text appears in page noise: %r' % (aid, t))
            qtexts.append(t)
        for t in a['not_quotes']:
            if not isinstance(t, str) or t not in text:
                err('%s: not_quote not verbatim: %r' % (aid, t))
        if ok_spans:
            have = collections.Counter(t for _, t in spans)
            want = collections.Counter(qtexts) + collections.Counter(a['not_quotes'])
            if have != want:
                err('%s: quoted spans and annotations differ: extra in text %s, extra in gold %s' %
                    (aid, list((have - want).elements()), list((want - have).elements())))
            # text order
            order = {}
            cursor = -1
            used_pos = set()
            for t in qtexts:
                cands = [c for c, tt in spans if tt == t and c not in used_pos]
                if not cands:
                    continue
                c = min(cands)
                used_pos.add(c)
                if c < cursor:
                    err('%s: quotes out of text order at %r' % (aid, t))
                cursor = c
        # ---- facts
        evid_all = []
        prefixes = set()
        seen = set()
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']:
                err('%s: fact keys wrong %r' % (aid, f))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            k = f['kind']
            if not (isinstance(k, list) and k and all(x in FACT_KINDS for x in k) and len(set(k)) == len(k)):
                err('%s: bad fact kinds %r' % (aid, k))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z]+', sa):
                err('%s: bad same_as %r' % (aid, sa))
                continue
            if sa in seen:
                err('%s: slug %s repeated in article' % (aid, sa))
            seen.add(sa)
            pre = sa.split('-')[0]
            prefixes.add(pre)
            if pre[-2:] != str(sd.year)[-2:]:
                err('%s: prefix %s does not end in the summit year' % (aid, pre))
            if sa in e_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sa))
            if pre in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pre))
            slug_arts[sa].append((aid, tuple(k) if isinstance(k, list) else k))
            ev = f['evidence']
            if not (isinstance(ev, list) and ev):
                err('%s: evidence must be a non-empty list (%s)' % (aid, sa))
                continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: bad evidence string in %s' % (aid, sa))
                    continue
                evid_all.append(e)
                if e == headline:
                    continue
                pos = [m.start() for m in re.finditer(re.escape(e), text)]
                okpos = [p for p in pos if any(L['offs'][i] <= p and p + len(e) <= L['offs'][i] + len(lines[i])
                                                for i in L['body_idx'])]
                if not okpos:
                    err('%s: evidence not verbatim in headline or body (%s): %r' % (aid, sa, e[:70]))
                    continue
                if not any(sentence_bounded(text, lines, L['offs'], e, p, headline) for p in okpos):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sa, e[:70]))
                if e in noise:
                    err('%s: evidence appears in page noise: %r' % (aid, e[:70]))
        if len(prefixes) != 1:
            err('%s: expected one slug prefix, got %s' % (aid, sorted(prefixes)))
        all_prefix_by_summit[(org, city, s['start_date'])].update(prefixes)
        for t in qtexts:
            if not any(op + t + cl in e for e in evid_all):
                err('%s: quote outside every evidence string: %r' % (aid, t))
        totals['quotes'] += len(qlist)
        totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(a['participants'])
        totals['facts'] += len(a['facts'])
        print('%-34s %-8s words %3d  quotes %d  not_quotes %d  participants %2d  facts %2d' %
              (aid, style, wc, len(qlist), len(a['not_quotes']), len(a['participants']), len(a['facts'])))
    # ---- shape, pairs and shared slugs
    sizes = sorted(len(v) for v in summit_groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits (3 pairs, 2 singles), got sizes %s' % sizes)
    orgs = collections.Counter(k[0] for k in summit_groups)
    if any(v > 2 for v in orgs.values()):
        err('more than two summits of one body')
    pres = collections.Counter(p for v in all_prefix_by_summit.values() for p in v)
    if any(v > 1 for v in pres.values()):
        err('a prefix is shared by two summits')
    pair_of = {}
    for key, group in summit_groups.items():
        if len(group) == 2:
            a1, a2 = group
            for fld in SUMMIT_KEYS[:-1]:
                if a1['summit'][fld] != a2['summit'][fld]:
                    err('pair %s/%s disagrees on %s' % (a1['id'], a2['id'], fld))
            o1 = open(os.path.join(HERE, a1['id'] + '.txt'), encoding='utf-8').read().split('\n')
            o2 = open(os.path.join(HERE, a2['id'] + '.txt'), encoding='utf-8').read().split('\n')
            out1 = o1[REGISTRY[a1['id']]['headline_line'] + 1].split(' | ')[0]
            out2 = o2[REGISTRY[a2['id']]['headline_line'] + 1].split(' | ')[0]
            if out1 == out2:
                err('pair %s/%s from one outlet' % (a1['id'], a2['id']))
            pair_of[a1['id']] = a2['id']
            pair_of[a2['id']] = a1['id']
            shared = [s for s, v in slug_arts.items() if {x[0] for x in v} == {a1['id'], a2['id']}]
            print('shared %s/%s: %d %s' % (a1['id'], a2['id'], len(shared), ' '.join(sorted(shared))))
            if len(shared) < 5:
                err('pair %s/%s shares fewer than 5 slugs' % (a1['id'], a2['id']))
    for sa, v in slug_arts.items():
        arts_ = [x[0] for x in v]
        if len(arts_) > 2:
            err('slug %s in more than two articles' % sa)
        elif len(arts_) == 2:
            if pair_of.get(arts_[0]) != arts_[1]:
                err('slug %s shared outside a pair' % sa)
            if v[0][1] != v[1][1]:
                err('slug %s has different kinds %s / %s' % (sa, v[0][1], v[1][1]))
    print('totals: %s' % dict(totals))

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:
        import traceback
        traceback.print_exc()
        err('crash: %r' % ex)
    if errors:
        for e in errors:
            print('ERROR: ' + e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('heldout85 check passed')
    sys.exit(0)
