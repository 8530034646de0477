#!/usr/bin/env python3
"""Checker for the held-out set heldout103 (pending/heldout103/).

Run: python3 check.py   (exits 1 on any error; a crash counts as an error)
Earlier gold is read from ../../ (tests/gold/) by exact file name; set H103_EARLIER to another folder
holding facts_gold.json and heldoutN_gold.json when running on a copy.
"""
import collections, datetime, json, os, re, sys, traceback, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'heldout103_gold.json')
ABOUT_START = ("Held-out set round 103 (split=heldout103), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
SPLIT = 'heldout103'
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
            'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'prime', 'minister', 'chancellor', 'king', 'queen', 'mr', 'mrs', 'ms', 'dr', 'sir',
               'general', 'secretary', 'governor', 'sheikh', 'emir', 'sultan', 'prince', 'commander', 'professor'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
# bodies the brief allows for this set: org key -> (id part, names that count as naming the body in a text)
BODIES = {
    'org:nato': ('nato', ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']),
    'org:eu': ('eu', ['European Union', 'European Council', 'European Community', 'EU', 'EC']),
    'org:apec': ('apec', ['APEC', 'Asia-Pacific Economic Cooperation']),
    'org:sco': ('sco', ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization']),
    'org:g20': ('g20', ['G20', 'Group of 20']),
    'org:cis': ('cis', ['CIS', 'Commonwealth of Independent States']),
    'org:gcc': ('gcc', ['GCC', 'Gulf Cooperation Council']),
    'org:oic': ('oic', ['OIC', 'Organisation of Islamic Cooperation', 'Organization of the Islamic Conference']),
    'org:summit-of-the-americas': ('soa', ['Summit of the Americas']),
    'org:oas': ('oas', ['OAS', 'Organization of American States']),
    'org:mercosur': ('mercosur', ['Mercosur', 'Southern Common Market']),
    'org:francophonie': ('francophonie', ['Francophonie']),
    'org:turkic-council': ('turkic', ['Turkic Council', 'Cooperation Council of Turkic Speaking States',
                                      'Organization of Turkic States']),
    'org:csto': ('csto', ['CSTO', 'Collective Security Treaty Organization']),
    'org:eaeu': ('eaeu', ['Eurasian Economic Union', 'EAEU']),
    'org:visegrad-group': ('visegrad', ['Visegrad Group', 'V4']),
    'org:african-union': ('au', ['African Union', 'AU']),
    'org:oau': ('oau', ['Organisation of African Unity', 'Organization of African Unity', 'OAU']),
    'org:caricom': ('caricom', ['CARICOM', 'Caribbean Community']),
    'org:sica': ('sica', ['SICA', 'Central American Integration System']),
    'org:cplp': ('cplp', ['CPLP', 'Community of Portuguese Language Countries']),
    'org:non-aligned-movement': ('nam', ['Non-Aligned Movement', 'NAM']),
}
RELATIVE = {'today': 0, 'tonight': 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
            'yesterday': 1, 'last night': 1}

# ---- the brief's lists, copied verbatim (a name in brackets counts as a second form of the same city) ----
AVOID_CITIES = [
    "Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali",
    "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku",
    "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu",
    "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha",
    "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm",
    "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw",
    "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul",
    "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo",
    "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau",
    "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing",
    "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha",
    "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen",
    "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén",
    "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama",
    "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing",
    "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe",
    "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat",
    "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin",
    "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh",
    "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé",
    "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar",
    "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków",
    "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi",
    "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo",
    "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)",
    "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca",
    "Thessaloniki (Porto Carras, Halkidiki)", "San Juan", "Mbabane", "Minsk", "Paranal", "São Tomé",
    "Tegucigalpa", "Ljubljana", "Seville", "Kingston", "Pattaya", "Rabat", "Lagos", "Williamsburg", "Fez", "Kyiv",
    "Bangalore", "Grand Baie", "Guadalajara", "Yaoundé", "Fort Lauderdale", "Gabala", "Cotonou", "Maastricht",
    "Potrero de los Funes", "Subic Bay", "Kroměříž", "Yalta", "Chaguaramas", "Ocho Rios", "Punta Mita",
    "Libreville", "Praia", "Naples", "Venice", "Koror", "Inshas", "Ottawa", "Corfu", "Windsor", "Amsterdam",
    "Tucumán", "Munich", "Berlin", "Milan", "Las Leñas", "Nuku'alofa", "Jeddah", "Kinshasa", "Grand Anse",
    "Paracas", "Panama City", "Bridgetown", "Port Louis", "Cochabamba", "Bodrum", "Kazan", "Gyeongju", "Tarawa",
    "Apia", "Basseterre", "Versailles", "Nice", "Fontainebleau", "Toronto", "Florianópolis", "Luxembourg",
    "Tampere", "Salamanca", "Paraná", "Maseru", "Alexandria", "Freetown", "Bujumbura", "Burabay", "Mogadishu",
    "Belgrade", "Essen", "Vienna", "Dublin", "Trujillo", "Dorado", "Port Vila", "Paramaribo", "Nadi", "St John's",
    "Viskuli", "Rio de Janeiro", "Livingstone", "Mar del Plata", "Shusha", "Rambouillet", "Florence",
    "Strasbourg", "Cannes", "Porlamar", "Sibiu", "Punta del Este", "Hanover", "Olivos", "Fortaleza", "Madang",
    "Sydney", "Villers-Cotterêts", "Taif", "Wellington", "Montebello", "Stuttgart", "Santa Maria da Feira",
    "Jeju", "Busan", "Estoril", "Andorra la Vella", "Honiara", "Port-au-Prince", "Canberra", "Salzburg", "Porto",
    "San Salvador", "Foz do Iguaçu", "San José",
]
USED_CITY_YEARS = [
    "Abidjan 2012", "Abidjan 2017", "Abu Dhabi 1981", "Abuja 2019", "Abuja 2024", "Accra 2022",
    "Addis Ababa 2007", "Addis Ababa 2017", "Addis Ababa 2024", "Addis Ababa 2025", "Addu City 2011",
    "Al-Ula 2021", "Alexandria 1964", "Algiers 2022", "Alma-Ata 1991", "Alofi 2008", "Amman 2001",
    "Amsterdam 1997", "Andorra la Vella 2021", "Antalya 2015", "Antananarivo 2016", "Antigua Guatemala 2013",
    "Apia 2017", "Apia 2024", "Arusha 2016", "Ashgabat 2021", "Astana 2017", "Astana 2024", "Asunción 2015",
    "Auckland 1995", "Awaza 2021", "Baghdad 2012", "Baghdad 2025", "Baku 2019", "Bamako 2017",
    "Bandar Seri Begawan 2013", "Bangalore 1986", "Bangkok 2022", "Bangkok 2025", "Banjul 2024", "Barcelona 2005",
    "Bariloche 2009", "Basseterre 2006", "Batumi 2008", "Beijing 2012", "Beijing 2014", "Beijing 2023",
    "Beirut 2002", "Belgrade 1961", "Belén 2015", "Bento Gonçalves 2019", "Berlin 1999", "Biarritz 2019",
    "Birmingham 1998", "Bishkek 2007", "Bishkek 2019", "Bissau 2023", "Blantyre 1997", "Bodrum 2014",
    "Bogor 1994", "Bonn 1982", "Borgo Egnazia 2024", "Brasília 2008", "Bratislava 2016", "Bridgetown 2002",
    "Brisbane 2014", "Brussels 2016", "Brussels 2017", "Brussels 2018", "Brussels 2019", "Brussels 2021",
    "Brussels 2022", "Brussels 2023", "Bucharest 2006", "Bucharest 2008", "Bucharest 2018", "Budapest 1994",
    "Buenos Aires 2018", "Buenos Aires 2023", "Bujumbura 2023", "Burabay 2015", "Busan 2005", "Busan 2019",
    "Bürgenstock 2024", "Cairns 2009", "Cairo 2024", "Cali 2013", "Cali 2017", "Camp David 2012",
    "Camp David 2023", "Canberra 1983", "Cancún 2017", "Cannes 1995", "Cannes 2011", "Caracas 2011",
    "Carbis Bay 2021", "Cartagena 2012", "Cartagena 2016", "Casablanca 1989", "Cebu 2007", "Chaguaramas 1973",
    "Chicago 2012", "Chisinau 2023", "Cholpon-Ata 2018", "Cochabamba 2012", "Cologne 1999", "Colombo 2013",
    "Colombo 2022", "Coolum 2002", "Copenhagen 2002", "Corfu 1994", "Cotonou 1995", "Cádiz 2012", "Córdoba 2006",
    "Da Nang 2017", "Dakar 2008", "Dakar 2021", "Damascus 2008", "Dar es Salaam 2015", "Dar es Salaam 2019",
    "Dead Sea 2017", "Deauville 2011", "Denver 1997", "Dhahran 2018", "Dhaka 2005", "Diamniadio 2014",
    "Dili 2014", "Djerba 2022", "Djibouti 2023", "Doha 2007", "Doha 2013", "Dorado 1976", "Dublin 1990",
    "Dubrovnik 2016", "Durban 1999", "Durban 2013", "Dushanbe 2019", "Edinburgh 1997", "Elmau 2015", "Elmau 2022",
    "Enniskillen 2013", "Entebbe 2024", "Essen 1994", "Estoril 2009", "Evian 2003", "Fez 1982", "Florence 1996",
    "Florianópolis 2000", "Fontainebleau 1984", "Fort Lauderdale 2005", "Fortaleza 1996", "Fortaleza 2014",
    "Foz do Iguaçu 2010", "Freetown 1980", "Funafuti 2019", "Gabala 2013", "Gaborone 2015", "Genoa 2001",
    "Georgetown 2024", "Gleneagles 2005", "Goa 2016", "Gothenburg 2001", "Goyang 2024", "Granada 2023",
    "Grand Anse 1989", "Grand Baie 2004", "Guadalajara 1991", "Gyeongju 2025", "Halifax 1995", "Hamburg 2017",
    "Hangzhou 2016", "Hanoi 2004", "Hanoi 2010", "Hanover 1988", "Harare 2024", "Havana 2006", "Havana 2014",
    "Heiligendamm 2007", "Helsinki 1999", "Hiroshima 2023", "Honiara 2025", "Honolulu 2011", "Houston 1990",
    "Hua Hin 2009", "Huntsville 2010", "Inshas 1946", "Islamabad 2017", "Istanbul 2004", "Istanbul 2016",
    "Istanbul 2021", "Jakarta 2016", "Jakarta 2023", "Jeddah 2022", "Jeddah 2023", "Jeju 2009",
    "Johannesburg 2015", "Johannesburg 2023", "Johannesburg 2025", "Kampala 2007", "Kampala 2010", "Kampala 2024",
    "Kananaskis 2002", "Kananaskis 2025", "Kathmandu 2014", "Kazan 2005", "Kazan 2024", "Khanty-Mansiysk 2008",
    "Khartoum 2006", "Kigali 2016", "Kigali 2022", "Kingston 1975", "Kingstown 2024", "Kinshasa 1967",
    "Kinshasa 2009", "Kinshasa 2012", "Kiruna 2013", "Koror 2014", "Kraków 2021", "Kroměříž 2004",
    "Kuala Lumpur 1998", "Kuala Lumpur 2005", "Kuala Lumpur 2015", "Kuala Lumpur 2025", "Kunming 2005",
    "Kuwait City 2013", "Kuwait City 2017", "Kyiv 2006", "L'Aquila 2009", "La Malbaie 2018", "La Paz 1990",
    "Labuan Bajo 2023", "Lagos 1975", "Lahore 1974", "Las Leñas 1992", "Libreville 1983", "Lilongwe 2021",
    "Lima 2008", "Lima 2016", "Lima 2018", "Lima 2024", "Limassol 1993", "Lisbon 1996", "Lisbon 2007",
    "Lisbon 2010", "Livingstone 2011", "Ljubljana 2019", "Lomé 2000", "London 1990", "London 2009", "London 2018",
    "Los Angeles 2022", "Los Cabos 2002", "Los Cabos 2012", "Luanda 2023", "Lusaka 2007", "Luxembourg 1997",
    "Lyon 1996", "Maastricht 1991", "Madang 1995", "Madrid 1997", "Madrid 2022", "Majuro 2013", "Malabo 2011",
    "Malabo 2014", "Malé 1997", "Manama 2016", "Manama 2024", "Manila 2015", "Manila 2017", "Maputo 2003",
    "Mar del Plata 2005", "Mar del Plata 2010", "Maseru 2006", "Mbabane 2016", "Mecca 2012", "Mecca 2019",
    "Medellín 2019", "Melbourne 1981", "Melbourne 2024", "Mendoza 2012", "Mendoza 2017", "Mexico City 2021",
    "Miami 1994", "Milan 1985", "Milan 2014", "Minsk 1993", "Mogadishu 1974", "Moncton 1999", "Monrovia 2017",
    "Montebello 1981", "Montego Bay 2018", "Monterrey 2004", "Montevideo 2024", "Montreal 2019", "Montreux 2010",
    "Moscow 2003", "Moscow 2024", "Munich 1992", "Muscat 2008", "N'Djamena 2014", "Nadi 2006", "Nago 2000",
    "Nairobi 2016", "Nakhchivan 2009", "Nanjing 2009", "Naples 1994", "Nassau 1985", "Naypyidaw 2014",
    "New Delhi 2015", "New Delhi 2023", "Newport 2014", "Niamey 2019", "Nice 2000", "Nizhny Novgorod 2011",
    "Nouakchott 2016", "Nouakchott 2018", "Nuku'alofa 2007", "Nuku'alofa 2024", "Nusa Dua 2011", "Nusa Dua 2022",
    "Nuuk 2011", "Ocho Rios 1982", "Olivos 2002", "Osaka 1995", "Osaka 2019", "Oslo 2023", "Ottawa 1973",
    "Ouagadougou 1998", "Ouro Preto 1994", "Panama City 2000", "Panama City 2015", "Paracas 2015",
    "Paramaribo 2022", "Paranal 2012", "Paraná 2014", "Paris 2008", "Pattaya 2009", "Perth 2011",
    "Phnom Penh 2012", "Phnom Penh 2022", "Pittsburgh 2009", "Pohnpei 2016", "Porlamar 2016", "Port Louis 1976",
    "Port Moresby 2015", "Port Moresby 2018", "Port Vila 2010", "Port of Spain 2009", "Port of Spain 2023",
    "Port-au-Prince 2018", "Porto 1998", "Porto 2021", "Potrero de los Funes 1996", "Prague 2002", "Prague 2016",
    "Praia 1998", "Pretoria 2017", "Puerto Iguazú 2023", "Puerto Vallarta 2018", "Puerto Varas 2016",
    "Punta Cana 2017", "Punta Mita 2014", "Punta del Este 1967", "Putrajaya 2003", "Qingdao 2018",
    "Quebec City 2001", "Quebec City 2008", "Quito 2016", "Rabat 1969", "Rambouillet 1975", "Rancho Mirage 2016",
    "Rarotonga 2023", "Reykjavik 2023", "Riga 2006", "Riga 2022", "Rio de Janeiro 2023", "Rio de Janeiro 2024",
    "Rio de Janeiro 2025", "Riyadh 2007", "Riyadh 2011", "Rome 2002", "Rome 2021", "Rostov-on-Don 2010",
    "Rovaniemi 2019", "Salamanca 2005", "Salzburg 2018", "Samara 2007", "Samarkand 2022", "San Francisco 2023",
    "San José 2001", "San Juan 2010", "San Miguel de Tucumán 2008", "San Pedro Sula 2009", "San Salvador 2011",
    "Santa Cruz de la Sierra 1996", "Santa Fe 2019", "Santa Maria 2018", "Santa Maria da Feira 2000",
    "Santa Marta 2025", "Santiago 1998", "Santiago 2007", "Santiago 2013", "Santo Domingo 2023", "Sanya 2011",
    "Sanya 2016", "Sea Island 2004", "Seattle 1993", "Seoul 2000", "Seoul 2010", "Seville 2002", "Shanghai 2001",
    "Shanghai 2006", "Sharm el-Sheikh 2008", "Sharm el-Sheikh 2015", "Shima 2016", "Shusha 2024", "Sibiu 2019",
    "Siem Reap 2018", "Singapore 2007", "Singapore 2018", "Sirte 2009", "Sirte 2010", "Sochi 2019", "Sofia 2018",
    "St John's 2014", "St Petersburg 2002", "St Petersburg 2006", "St Petersburg 2013", "Stockholm 2019",
    "Strasbourg 1997", "Strasbourg 2009", "Stuttgart 1983", "Subic Bay 1996", "Suva 2022", "Sydney 1978",
    "Sydney 2007", "São Tomé 2023", "Taif 1981", "Tampere 1999", "Taormina 2017", "Tarawa 2000", "Tashkent 2016",
    "Tegucigalpa 1991", "Tehran 2012", "The Hague 2004", "The Hague 2025", "Thessaloniki 2003", "Thimphu 2010",
    "Tianjin 2025", "Tirana 2022", "Tokyo 2015", "Tokyo 2022", "Toronto 1988", "Toronto 2010", "Toyako 2008",
    "Tripoli 2010", "Trujillo 1996", "Tunis 2004", "Tunis 2019", "Tunis 2022", "Ufa 2015", "Ulaanbaatar 2016",
    "Ushuaia 1998", "Valencia 2001", "Valletta 2005", "Valletta 2015", "Vancouver 1997", "Venice 1980",
    "Veracruz 2014", "Versailles 1982", "Victoria Falls 2009", "Vienna 1993", "Vientiane 2016", "Vientiane 2024",
    "Villers-Cotterêts 2024", "Vilnius 2013", "Vilnius 2023", "Visby 1996", "Visegrád 1991", "Viskuli 1991",
    "Vladivostok 2012", "Warsaw 2016", "Warsaw 2023", "Washington 1999", "Washington 2008", "Washington 2022",
    "Washington 2024", "Watford 2019", "Wellington 1971", "Williamsburg 1983", "Wilmington 2024", "Windhoek 2018",
    "Windsor 2000", "Xi'an 2023", "Xiamen 2017", "Yalta 1998", "Yamoussoukro 2014", "Yaoundé 1996", "Yaren 2018",
    "Yekaterinburg 2009", "Yerevan 2018", "Yerevan 2022", "Yokohama 2010", "Yokohama 2013",
]
# ---- per-article registry: quote style, header lines (headline first), page-noise lines, credited staff ----
REGISTRY = {
 "h103_eu_athens_halcyon": {
  "style": "straight",
  "header": [
   "EC leaders quit Athens summit without a deal on money, farms or new members",
   "Halcyon Wire | Europe | Tuesday, December 6, 1983 21:15 GMT",
   "By Lysandros Vafeiadis-Shardlow",
   "UPDATE 1-Adds Thatcher and Mitterrand comments, Madrid reaction"
  ],
  "noise": [
   "[PHOTO: Police close the street outside the conference hall in central Athens on Monday. Halcyon/Staff]",
   "(Reporting by Lysandros Vafeiadis-Shardlow; additional reporting by Herminia Somarriba-Tancock in Madrid; Editing by Pieternella Warboys)",
   "Related: FACTBOX-The four quarrels of the Stuttgart mandate | Milk lakes and butter mountains in figures | Greek presidency ends on December 31",
   "Halcyon Wire archive. Digitised from teleprinter copy; minor errors may remain. (c) 1983 Halcyon Wire. All rights reserved."
  ],
  "noise_pos": [
   "end",
   "middle"
  ],
  "credited": [
   "Herminia Somarriba-Tancock",
   "Pieternella Warboys"
  ],
  "labels": []
 },
 "h103_eu_athens_tallyroom": {
  "style": "curly",
  "header": [
   "Ten leaders, one bill: why the Athens summit ended with nothing on paper",
   "Tallyroom Weekly | Europe | Saturday, December 10, 1983",
   "By Angharad Jephcott-Loxwood"
  ],
  "noise": [
   "We use cookies to keep you signed in and to count visits to our archive. Accept all | Reject non-essential | Cookie settings",
   "Analysis | 6 min read | Share | Save",
   "Newsletter: Get the Tallyroom Weekly briefing every Saturday morning. Enter your email address | Subscribe. You can unsubscribe at any time.",
   "Comments (3)",
   "Markos_L: Good piece. The milk question will decide everything, mark my words.",
   "helga.b: Greece chaired it and Greece gets the blame. A bit unfair, the British came to say no.",
   "TomInLeeds: Six months of talks and not a page of conclusions. Remarkable.",
   "Tallyroom Weekly | About | Contact | Advertise | Terms | Privacy | (c) Tallyroom Media. Archive articles are reproduced as first published."
  ],
  "noise_pos": [
   "end",
   "middle",
   "top"
  ],
  "credited": [],
  "labels": []
 },
 "h103_eu_cardiff_taffside": {
  "style": "curly",
  "header": [
   "Mandela joins EU leaders as Cardiff summit sets March deadline for budget deal",
   "Taffside Evening Post | News | Wednesday, June 17, 1998",
   "By Gethin Tregenza-Kimpton, Political Correspondent"
  ],
  "noise": [
   "Home | News | Cardiff | Valleys | Sport | Business | What’s On | Jobs | Property",
   "Picture: Crowds wait for the motorcades near the civic centre on Tuesday afternoon. (Taffside Evening Post)",
   "Read more: Summit roads reopen this morning | Our view: Cardiff did itself proud",
   "Have your say (4 comments)",
   "bayboy98: Great for the city. Shame about the traffic on Newport Road though.",
   "Glenys_from_Grangetown: Saw the motorcade go past the library. Two minutes of sirens and then nothing!",
   "R. Price, Penarth: Lots of talk about jobs, we will see.",
   "DaiTheBus: When do we get our roads back?",
   "Sign up for the Taffside Evening Post daily newsletter | Contact the newsroom | Terms | Privacy | (c) 1998 Taffside Newspapers Ltd."
  ],
  "noise_pos": [
   "end",
   "middle",
   "top"
  ],
  "credited": [],
  "labels": []
 },
 "h103_eu_cardiff_samphire": {
  "style": "straight",
  "header": [
   "Cardiff summit ends with a budget deadline, a warning to Belgrade and a visit from Mandela",
   "Radio Samphire International | Europe Tonight | Tuesday, June 16, 1998",
   "Presented by Seren Amphlett-Cloudsley, with Ifor Hebblewhite-Jagoe in Cardiff"
  ],
  "noise": [
   "Programmes | Schedules | Frequencies | Transcripts | Listener Letters",
   "[END OF TRANSCRIPT]",
   "Coming up at 21:30: World Business Report, with the day's markets.",
   "Radio Samphire International archive. Transcripts are made from the broadcast recording and may contain errors. (c) 1998 Radio Samphire International."
  ],
  "noise_pos": [
   "end",
   "top"
  ],
  "credited": [],
  "labels": [
   "SEREN AMPHLETT-CLOUDSLEY",
   "IFOR HEBBLEWHITE-JAGOE",
   "LIESJE KITTO-WAKELEY"
  ]
 },
 "h103_sica_tela_guayabo": {
  "style": "straight",
  "header": [
   "Central American presidents sign plan to disband contras within 90 days",
   "Guayabo Wire | Americas | Monday, August 7, 1989 23:40 GMT",
   "By Yolany Betancourth-Spargo",
   "UPDATE 3-Adds contra commander, U.S. reaction"
  ],
  "noise": [
   "Read also: TIMELINE-Central America's peace process since Esquipulas | FACTBOX-Who are the contras?",
   "(Reporting by Yolany Betancourth-Spargo; Editing by Arnulfo Irias-Hocking)",
   "Related: Nicaraguan opposition and Sandinistas agree election rules | Honduran coffee exporters brace for lower prices",
   "Guayabo Wire archive. (c) 1989 Guayabo Wire. All rights reserved. Not for redistribution."
  ],
  "noise_pos": [
   "end",
   "middle"
  ],
  "credited": [
   "Arnulfo Irias-Hocking"
  ],
  "labels": []
 },
 "h103_sica_tela_ceibal": {
  "style": "curly",
  "header": [
   "In the contra camps, a 90-day clock starts ticking after Tela",
   "The Ceibal Ledger | Region | Thursday, August 10, 1989",
   "By Xochilt Baltodano-Scrivenor"
  ],
  "noise": [
   "Subscribe | Print edition | Archive | Sign in",
   "Photographs by the Ledger staff | 9 min read",
   "[Photo caption: Children play football between the huts of a family camp in the Yamales valley. The Ceibal Ledger]",
   "Read next: Contra wives ask who will pay for the trip home | Coffee growers count the cost of the border war",
   "Comments (5)",
   "jcastillo_teguz: The Hondurans along the border have waited years for this.",
   "PedroM: Ninety days for thousands of armed men? I will believe it when I see it.",
   "anon: What happens to the ones who cannot go back?",
   "Marta R.: Good reporting from the camps, thank you.",
   "ex-volunteer in Choluteca: The coffee grower is exactly right.",
   "The Ceibal Ledger | About us | Corrections | Contact | Terms of use | (c) 1989 Ceibal Publishing"
  ],
  "noise_pos": [
   "end",
   "middle",
   "top"
  ],
  "credited": [],
  "labels": []
 },
 "h103_sica_costadelsol_volcanica": {
  "style": "curly",
  "header": [
   "At Costa del Sol, Ortega trades an early election for a plan to close the contra camps",
   "Volcanica Policy Letter | Analysis | Thursday, February 16, 1989",
   "By Lowenna Chynoweth-Teague"
  ],
  "noise": [
   "Volcanica Policy Letter | Home | Analysis | Country Data | Events | About | Subscribe",
   "Chart: Where the contras are based, and how many (subscribers only)",
   "Related analysis: El Salvador’s March election and its candidates | Honduras and the cost of hosting the contras",
   "Disclaimer: Volcanica Policy Letter analyses reflect the views of their authors. Nothing here is investment advice.",
   "(c) 1989 Volcanica Policy Letter. Archive edition. Contact: desk@volcanica.example"
  ],
  "noise_pos": [
   "end",
   "middle",
   "top"
  ],
  "credited": [],
  "labels": []
 },
 "h103_turkic_ankara_caravanserai": {
  "style": "straight",
  "header": [
   "Explainer: what the first summit of Turkic-speaking states agreed in Ankara",
   "Caravanserai Brief | Explainers | Monday, November 2, 1992",
   "By Nurbol Zhaksylykov-Goodliffe"
  ],
  "noise": [
   "Caravanserai Brief | Home | Explainers | Regions | Newsletters | Sign in",
   "Reading time: 4 minutes | Share this explainer",
   "Newsletter: The Caravanserai Brief lands in your inbox every Monday. Sign up here.",
   "FAQ about our explainers",
   "Who writes the explainers? Our regional editors, with help from correspondents in the field.",
   "Can I republish this explainer? Please contact us for permission before republishing.",
   "How do I report a mistake? Use the corrections form at the bottom of every page.",
   "Comments (3)",
   "steppe_walker: Good summary, but what about the Karabakh question?",
   "aidana.k: The Kazakh position is the sensible one.",
   "OrhanB: A historic meeting, whatever the critics say.",
   "Caravanserai Brief | About | Corrections | Privacy | (c) 1992 Caravanserai Media"
  ],
  "noise_pos": [
   "end",
   "middle",
   "top"
  ],
  "credited": [],
  "labels": []
 }
}

errors = []
notes = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    table = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ð': 'd', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'ı': 'i'}
    s = ''.join(table.get(c, c) for c in s)
    return s.lower()


def tokens(s):
    s = fold(s)
    s = re.sub(r"(?<=[a-z])'s\b", '', s)
    s = re.sub(r"(?<=[a-z])'(?=[a-z])", '', s)
    return re.findall(r'[a-z0-9]+', s)


def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', entry)
    if not m:
        return [entry.strip()]
    return [m.group(1).strip()] + [x.strip() for x in m.group(2).split(',')]


def cnorm(s):
    return ' '.join(tokens(s))


def parse_date(s, what):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (what, s))
        return None


def earlier_gold():
    base = os.environ.get('H103_EARLIER') or os.path.join(HERE, '..', '..')
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 103)]
    ids, summits, slugs, prefixes = set(), [], set(), set()
    found = 0
    for n in names:
        p = os.path.join(base, n)
        if not os.path.exists(p):
            continue
        found += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s:
                summits.append((s.get('organization'), s.get('city') or '', s.get('start_date') or '',
                                s.get('end_date') or '', a.get('id')))
            for f in a.get('facts', []) or []:
                sa = f.get('same_as')
                if isinstance(sa, str) and sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    if not found:
        err('no earlier gold file found under %s (set H103_EARLIER)' % base)
    return found, ids, summits, slugs, prefixes


def sentence_bounded(line, pos, ev):
    pre, post = line[:pos], line[pos + len(ev):]
    ok_start = (pre == '' or re.search(r'[.?!]["\u201d]? $', pre) is not None
                or re.fullmatch(r"[A-Z][A-Z .'\-]+: ", pre) is not None)
    ok_end = (post == '' and (re.search(r'[.?!]["\u201d]?$', ev) or pos == 0)) or \
             (post.startswith(' ') and re.search(r'[.?!]["\u201d]?$', ev))
    return bool(ok_start and ok_end)


def quoted_spans(line, style):
    if style == 'straight':
        parts = line.split('"')
        return [parts[i] for i in range(1, len(parts), 2)]
    return re.findall('\u201c([^\u201c\u201d]*)\u201d', line)


def check_article(a, files_here, ctx):
    aid = a.get('id')
    if list(a.keys()) != ART_KEYS:
        err('%s: article keys %s, expected %s' % (aid, list(a.keys()), ART_KEYS))
        return None
    if aid not in REGISTRY:
        err('%s: id not registered in check.py' % aid)
        return None
    reg = REGISTRY[aid]
    style = reg['style']
    m = re.fullmatch(r'h103_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)', aid)
    if not m:
        err('%s: id not of the form h103_<body>_<city>_<outlet>' % aid)
        return None
    if a['split'] != SPLIT:
        err('%s: split %r' % (aid, a['split']))
    if a['file'] != 'articles/%s.txt' % aid:
        err('%s: file %r' % (aid, a['file']))
    if aid + '.txt' not in files_here:
        err('%s: article file missing' % aid)
        return None
    text = open(os.path.join(HERE, aid + '.txt'), encoding='utf-8').read()
    lines = text.split('\n')
    if not text.endswith('\n'):
        err('%s: file does not end with a newline' % aid)
    # ---- structure of the page: header lines, noise lines, body lines
    header, noise = reg['header'], reg['noise']
    kinds = []
    hi = 0
    noise_left = collections.Counter(noise)
    for i, l in enumerate(lines):
        if hi < len(header) and l == header[hi]:
            kinds.append('H'); hi += 1
        elif noise_left[l] > 0:
            kinds.append('N'); noise_left[l] -= 1
        elif l.strip() == '':
            kinds.append('E')
        else:
            kinds.append('B')
    if hi != len(header):
        err('%s: registered header lines not all found in order' % aid)
    if sum(noise_left.values()):
        err('%s: registered noise lines missing: %s' % (aid, [k for k, v in noise_left.items() if v]))
    if len(noise) < 3:
        err('%s: fewer than three lines of page noise' % aid)
    body_idx = [i for i, k in enumerate(kinds) if k == 'B']
    noise_idx = [i for i, k in enumerate(kinds) if k == 'N']
    head_idx = [i for i, k in enumerate(kinds) if k == 'H']
    if not body_idx:
        err('%s: no body' % aid)
        return None
    if not head_idx:
        err('%s: no header lines found' % aid)
        return None
    title_line = lines[head_idx[0]]
    pos = set()
    for i in noise_idx:
        pos.add('top' if i < body_idx[0] else 'end' if i > body_idx[-1] else 'middle')
    ctx['noise_pos'].update(pos)
    if any(i < head_idx[-1] for i in body_idx):
        err('%s: body text above the header' % aid)
    body_lines = [lines[i] for i in body_idx]
    noise_lines = [lines[i] for i in noise_idx]
    words = sum(len(l.split()) for l in body_lines)
    if not 420 <= words <= 600:
        err('%s: body has %d words (420-600 required)' % (aid, words))
    ctx['words'][aid] = (words, len(text.split()))
    if any(re.match(r'^(Comments \(\d+\)|Have your say)', l) for l in noise_lines):
        ci = [k for k, l in enumerate(noise_lines) if re.match(r'^(Comments \(\d+\)|Have your say)', l)][0]
        nc = sum(1 for l in noise_lines[ci + 1:] if re.match(r'^[^|:]{2,40}: ', l))
        if nc < 3:
            err('%s: comment section with fewer than three comments' % aid)
        ctx['comment_articles'] += 1
    # ---- title, outlet line, authors
    if a['title'] != title_line:
        err('%s: title differs from the headline line' % aid)
    if a['title'] not in text:
        err('%s: title not found in the article file' % aid)
    pub = parse_date(a['published_at'], aid + ' published_at')
    outlet_line = header[1] if len(header) > 1 else ''
    if pub:
        want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
        if want not in outlet_line:
            err('%s: outlet line lacks %r' % (aid, want))
        if sum(outlet_line.count(w) for w in WEEKDAYS) != 1:
            err('%s: outlet line names more than one weekday' % aid)
    outlet = outlet_line.split(' | ')[0]
    if not isinstance(a['authors'], list) or not a['authors']:
        err('%s: authors must be a non-empty list' % aid)
    for au in a['authors']:
        if not any(au in h for h in header):
            err('%s: author %r not in the byline' % (aid, au))
    for c in reg['credited']:
        if not any(c in l for l in noise_lines):
            err('%s: credited staff %r not in the page noise' % (aid, c))
    # ---- quote style
    if style == 'curly':
        if '"' in text or "'" in text:
            err('%s: straight mark in a curly article' % aid)
        if '\u2018' in text:
            err('%s: opening single curly mark' % aid)
        for l in lines:
            depth = 0
            for ch in l:
                if ch == '\u201c':
                    if depth:
                        err('%s: nested curly double marks: %r' % (aid, l[:60]))
                    depth = 1
                elif ch == '\u201d':
                    if not depth:
                        err('%s: unopened curly double mark: %r' % (aid, l[:60]))
                    depth = 0
            if depth:
                err('%s: unclosed curly double mark: %r' % (aid, l[:60]))
    elif style == 'straight':
        if any(c in text for c in '\u201c\u201d\u2018\u2019'):
            err('%s: curly mark in a straight article' % aid)
        for l in lines:
            if l.count('"') % 2:
                err('%s: odd number of double marks on a line: %r' % (aid, l[:60]))
    else:
        err('%s: unknown style' % aid)
    op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
    for i in head_idx + noise_idx:
        if any(c in lines[i] for c in '"\u201c\u201d'):
            err('%s: double quotation mark in the header or page noise: %r' % (aid, lines[i][:60]))
    # folded tokens of headline + body
    bt = tokens('\n'.join([title_line] + body_lines))
    # ---- participants
    pkeys = []
    names_noise = tokens('\n'.join(noise_lines))
    author_toks = [tokens(x) for x in a['authors'] + reg['credited']]
    for p in a['participants']:
        if list(p.keys()) != PART_KEYS:
            err('%s: participant keys %s' % (aid, list(p.keys())))
            continue
        k = p['key']
        if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
            err('%s: malformed participant key %r' % (aid, k))
            continue
        if k in pkeys:
            err('%s: duplicate participant %r' % (aid, k))
        pkeys.append(k)
        nt = k.split(':', 1)[1].split('-')
        if nt[0] in TITLE_WORDS:
            err('%s: key starts with a title word: %r' % (aid, k))
        if not has_seq(bt, nt):
            err('%s: name of %r not found in headline or body' % (aid, k))
        if has_seq(names_noise, nt):
            err('%s: participant %r named in the page noise' % (aid, k))
        if any(nt == t for t in author_toks):
            err('%s: author or credited staff listed as participant: %r' % (aid, k))
        for f in ('role', 'affiliation'):
            v = p[f]
            if not isinstance(v, str) or not v.strip():
                err('%s: empty %s for %r' % (aid, f, k))
                continue
            if style == 'curly' and "'" in v:
                err('%s: straight apostrophe in %s of %r' % (aid, f, k))
            if style == 'straight' and '\u2019' in v:
                err('%s: curly apostrophe in %s of %r' % (aid, f, k))
    # ---- quotes
    body_text = '\n'.join(body_lines)
    last = -1
    qtexts = []
    for q in a['quotes']:
        if list(q.keys()) != QUOTE_KEYS:
            err('%s: quote keys %s' % (aid, list(q.keys())))
            continue
        t = q['text']
        if not isinstance(t, str) or not t or t != t.strip():
            err('%s: empty or padded quote %r' % (aid, t))
            continue
        if q['kind'] not in QUOTE_KINDS:
            err('%s: quote kind %r' % (aid, q['kind']))
        sk = q['speaker_key']
        if sk.startswith('person:'):
            if sk not in pkeys:
                err('%s: speaker %r is not a participant' % (aid, sk))
        elif not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', str(sk)):
            err('%s: speaker %r is neither a participant key nor an org key' % (aid, sk))
        if t not in text:
            err('%s: quote not found verbatim in the article: %r' % (aid, t))
        marked = op + t + cl
        i = body_text.find(marked, last + 1)
        if i < 0:
            err('%s: quote not found with its marks in the body, in text order: %r' % (aid, t[:50]))
        else:
            last = i
        qtexts.append(t)
        for nl in noise_lines:
            if t in nl:
                err('%s: quote %r occurs in the page noise' % (aid, t[:40]))
    nq = a['not_quotes']
    if not isinstance(nq, list) or not all(isinstance(x, str) and x for x in nq):
        err('%s: not_quotes must be a list of non-empty strings' % aid)
        nq = []
    spans = collections.Counter()
    for l in body_lines:
        spans.update(quoted_spans(l, style))
    if spans != collections.Counter(qtexts + nq):
        err('%s: quoted spans of the body and quotes+not_quotes differ: extra in body %s, extra in gold %s' % (
            aid, list((spans - collections.Counter(qtexts + nq)).elements()),
            list((collections.Counter(qtexts + nq) - spans).elements())))
    # ---- facts
    evs_all = []
    slugs = []
    for f in a['facts']:
        if list(f.keys()) != FACT_KEYS:
            err('%s: fact keys %s' % (aid, list(f.keys())))
            continue
        if not isinstance(f['statement'], str) or not f['statement'].strip():
            err('%s: empty statement' % aid)
        ks = f['kind']
        if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or not set(ks) <= FACT_KINDS:
            err('%s: bad fact kind %r' % (aid, ks))
        sa = f['same_as']
        if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+', sa):
            err('%s: malformed same_as %r' % (aid, sa))
            continue
        slugs.append(sa)
        ev = f['evidence']
        if not isinstance(ev, list) or not ev:
            err('%s: fact %s without evidence' % (aid, sa))
            continue
        for e in ev:
            if not isinstance(e, str) or not e or e != e.strip():
                err('%s: empty or padded evidence in %s' % (aid, sa))
                continue
            if e not in text:
                err('%s: evidence not verbatim in the article (%s): %r' % (aid, sa, e[:60]))
                continue
            hits = [(i, lines[i].find(e)) for i in [head_idx[0]] + body_idx if e in lines[i]]
            if not hits:
                err('%s: evidence not in headline or body (%s): %r' % (aid, sa, e[:60]))
                continue
            if not any(sentence_bounded(lines[i], p, e) for i, p in hits):
                err('%s: evidence not sentence-bounded (%s): %r' % (aid, sa, e[:60]))
            for nl in noise_lines:
                if e in nl:
                    err('%s: evidence occurs in the page noise (%s)' % (aid, sa))
            evs_all.append(e)
        ctx['slug_kinds'][sa].append((aid, tuple(ks)))
    if len(set(slugs)) != len(slugs):
        err('%s: same_as slug repeated within the article' % aid)
    for t in qtexts:
        if not any(op + t + cl in e for e in evs_all):
            err('%s: quote outside every evidence string: %r' % (aid, t[:50]))
    # ---- summit
    s = a['summit']
    if list(s.keys()) != SUMMIT_KEYS:
        err('%s: summit keys %s' % (aid, list(s.keys())))
        return None
    org = s['organization']
    if org not in BODIES:
        err('%s: organisation %r is not one of the bodies allowed for this set' % (aid, org))
        return None
    if m.group(1) != BODIES[org][0]:
        err('%s: id body part %r does not match %s' % (aid, m.group(1), org))
    if m.group(2) != ''.join(tokens(s['city'])):
        err('%s: id city part %r does not match city %r' % (aid, m.group(2), s['city']))
    sd = parse_date(s['start_date'], aid + ' start_date')
    ed = parse_date(s['end_date'], aid + ' end_date')
    if sd and ed:
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 7:
            err('%s: summit longer than a week' % aid)
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: published_at outside the summit and the three weeks after it' % aid)
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or not set(tf) <= set(FIELDS) or \
            tf != [x for x in FIELDS if x in tf]:
        err('%s: text_fields %r not a non-empty subset of %s in that order' % (aid, tf, FIELDS))
        tf = []
    for fld in tf:
        if fld in ('city', 'country'):
            if not has_seq(bt, tokens(s[fld])):
                err('%s: %s %r not recoverable from the text' % (aid, fld, s[fld]))
        elif fld == 'organization':
            if not any(has_seq(bt, tokens(nm)) if len(nm) > 3 else re.search(r'\b%s\b' % re.escape(nm), '\n'.join([title_line] + body_lines))
                       for nm in BODIES[org][1]):
                err('%s: organisation not named in the text' % aid)
        else:
            d = sd if fld == 'start_date' else ed
            if d and pub and not date_supported(d, pub, [title_line] + body_lines):
                err('%s: %s %s not supported by the text' % (aid, fld, d))
    if 'organization' not in tf:
        if any(re.search(r'\b%s\b' % re.escape(nm), '\n'.join([title_line] + body_lines)) for nm in BODIES[org][1]):
            err('%s: organisation named in the text but missing from text_fields' % aid)
    city = s['city']
    cn = cnorm(city)
    if cn in ctx['avoid']:
        err('%s: city %r is on the brief\'s avoid list' % (aid, city))
    if sd and (cn, sd.year) in ctx['used']:
        err('%s: %s %d is on the used list' % (aid, city, sd.year))
    if ed and (cn, ed.year) in ctx['used']:
        err('%s: %s %d is on the used list' % (aid, city, ed.year))
    for (o2, c2, s2, e2, id2) in ctx['earlier_summits']:
        if cnorm(c2) == cn and sd and s2[:4] == str(sd.year):
            err('%s: city and year used by earlier gold (%s)' % (aid, id2))
        if o2 == org and cnorm(c2) == cn and s2 == s['start_date']:
            err('%s: same summit as earlier gold (%s)' % (aid, id2))
    prefixes = set(x.split('-')[0] for x in slugs)
    if len(prefixes) != 1:
        err('%s: more than one same_as prefix: %s' % (aid, sorted(prefixes)))
    for p_ in prefixes:
        if sd and not p_.endswith('%02d' % (sd.year % 100)):
            err('%s: prefix %r does not end in the two digits of the summit year' % (aid, p_))
    return dict(id=aid, summit=(org, city, s['start_date']), summit_full=tuple(s[k] for k in FIELDS),
                outlet=outlet, prefixes=prefixes, slugs=set(slugs), body=BODIES[org][0])


def date_supported(d, pub, lines):
    txt = '\n'.join(lines)
    mname = MONTHS[d.month - 1]
    for mn in (mname, MONTH_ABBR[d.month - 1] + '.?'):
        if re.search(r'\b%s %d\b' % (mn, d.day), txt):
            return True
        if re.search(r'\b%s \d{1,2} (to|and) %d\b' % (mn, d.day), txt):
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], txt):
        return True
    low = txt.lower()
    for w, back in RELATIVE.items():
        if back == delta and re.search(r'\b%s\b' % w, low):
            return True
    return False


def main():
    raw = open(GOLD, encoding='utf-8').read()
    gold = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    if list(gold.keys()) != ['about', 'articles']:
        err('top-level keys %s' % list(gold.keys()))
        return
    if not gold['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    files_here = set(os.listdir(HERE))
    txts = set(f for f in files_here if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate article ids')
    if txts != set(i + '.txt' for i in ids):
        err('article files and entries differ: files without entry %s, entries without file %s' % (
            sorted(txts - set(i + '.txt' for i in ids)), sorted(set(i + '.txt' for i in ids) - txts)))
    if set(ids) != set(REGISTRY):
        err('entries and registry differ')
    other = files_here - txts - {'heldout103_gold.json', 'check.py', '__pycache__'}
    if other:
        err('unexpected files in the folder: %s' % sorted(other))
    found, eids, esummits, eslugs, eprefixes = earlier_gold()
    avoid = set()
    for c in AVOID_CITIES:
        for form in city_forms(c):
            avoid.add(cnorm(form))
    used = set()
    for cy in USED_CITY_YEARS:
        mm = re.match(r'^(.*\S)\s+(\d{4})$', cy)
        if not mm:
            err('bad used entry %r' % cy)
            continue
        for form in city_forms(mm.group(1)):
            used.add((cnorm(form), int(mm.group(2))))
    ctx = dict(noise_pos=set(), words={}, comment_articles=0, slug_kinds=collections.defaultdict(list),
               avoid=avoid, used=used, earlier_summits=esummits)
    infos = []
    for a in arts:
        if a.get('id') in eids:
            err('%s: id used in earlier gold' % a.get('id'))
        info = check_article(a, files_here, ctx)
        if info:
            infos.append(info)
    if any(str(i).startswith('h103_') for i in eids):
        err('the h103 id prefix is used in earlier gold')
    # ---- shape: 8 articles, 5 summits, 3 pairs and 2 singles
    if len(arts) != 8:
        err('%d articles, 8 required' % len(arts))
    by_summit = collections.defaultdict(list)
    for i in infos:
        by_summit[i['summit']].append(i)
    sizes = sorted(len(v) for v in by_summit.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('summit sizes %s, expected three pairs and two singles' % sizes)
    bodies = collections.Counter(k[0] for k in by_summit)
    if len(bodies) < 3:
        err('fewer than three bodies')
    if any(v > 2 for v in bodies.values()):
        err('more than two summits of one body: %s' % dict(bodies))
    prefix_owner = {}
    for key, group in by_summit.items():
        pre = set().union(*[g['prefixes'] for g in group])
        if len(pre) != 1:
            err('summit %s uses prefixes %s' % (key, sorted(pre)))
        for p_ in pre:
            if p_ in prefix_owner and prefix_owner[p_] != key:
                err('prefix %s shared by two summits' % p_)
            prefix_owner[p_] = key
            if p_ in eprefixes:
                err('prefix %s used in earlier gold' % p_)
        if len(group) == 2:
            g1, g2 = group
            if g1['outlet'] == g2['outlet']:
                err('pair %s from one outlet' % (key,))
            if g1['summit_full'] != g2['summit_full']:
                err('pair %s disagrees on summit data' % (key,))
            shared = g1['slugs'] & g2['slugs']
            if len(shared) < 5:
                err('pair %s shares only %d slugs' % (key, len(shared)))
    art_summit = dict((i['id'], i['summit']) for i in infos)
    for slug, occ in ctx['slug_kinds'].items():
        if slug in eslugs:
            err('slug %s used in earlier gold' % slug)
        if len(occ) > 2:
            err('slug %s in more than two articles' % slug)
        if len(occ) == 2:
            (a1, k1), (a2, k2) = occ
            if art_summit.get(a1) != art_summit.get(a2):
                err('slug %s shared by articles of different summits' % slug)
            if sorted(k1) != sorted(k2):
                err('slug %s has different kinds in %s and %s' % (slug, a1, a2))
    if ctx['noise_pos'] != {'top', 'middle', 'end'}:
        err('page noise not placed at the top, in the middle and at the end: %s' % sorted(ctx['noise_pos']))
    if ctx['comment_articles'] < 3:
        err('fewer than three articles with a reader comment section')
    # ---- report
    nq = sum(len(a['quotes']) for a in arts)
    nd = sum(q['kind'] == 'direct' for a in arts for q in a['quotes'])
    print('earlier gold files read: %d' % found)
    for a in arts:
        w = ctx['words'].get(a['id'], ('?', '?'))
        print('%-36s quotes %d  not_quotes %d  participants %d  facts %d  body words %s  file words %s' % (
            a['id'], len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts']), w[0], w[1]))
    for key, group in by_summit.items():
        if len(group) == 2:
            print('shared %s: %s' % (key[1], ', '.join(sorted(group[0]['slugs'] & group[1]['slugs']))))
    print('totals: %d quotes (%d direct, %d partial), %d facts' % (nq, nd, nq - nd, sum(len(a['facts']) for a in arts)))


if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        print('FAIL: the checker crashed')
        sys.exit(1)
    if errors:
        for e in errors:
            print('ERROR: ' + e)
        print('FAIL: %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout103 passes')
