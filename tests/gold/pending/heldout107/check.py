#!/usr/bin/env python3
"""Checker for the held-out set heldout107 (written by the annotator of round 107).

Run: python3 check.py   (exits 0 when the set passes, 1 on any error; a crash counts as an error)
The checker reads only the files of its own folder and, for the comparison with earlier gold,
../../facts_gold.json and ../../heldoutM_gold.json for M = 5 to 105 (those that exist), opened by exact name.
Set H107_EARLIER to another folder holding those files when the checker runs on a copy.
"""
import datetime, json, os, re, sys, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H107_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ERRORS = []

def err(msg):
    ERRORS.append(msg)

OPENING = ('Held-out set round 107 (split=heldout107), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
# the bodies the brief allows, by organisation key
ALLOWED_BODIES = {'org:nato', 'org:eu', 'org:apec', 'org:sco', 'org:g20', 'org:cis', 'org:gcc', 'org:oic',
                  'org:summit-of-the-americas', 'org:oas', 'org:mercosur', 'org:francophonie', 'org:turkic-council',
                  'org:csto', 'org:eaeu', 'org:visegrad-group', 'org:african-union', 'org:oau', 'org:caricom',
                  'org:sica', 'org:cplp', 'org:non-aligned-movement', 'org:eco', 'org:union-for-the-mediterranean'}
# names by which each organisation used here may be recognised in a text (for text_fields)
ORG_NAMES = {'org:eu': ['European Union', 'European Council', 'European Community', 'EU', 'EEC'],
             'org:eco': ['Economic Cooperation Organization', 'ECO'],
             'org:mercosur': ['Mercosur', 'Southern Common Market'],
             'org:oas': ['Organization of American States', 'OAS']}
ORG_ID = {'org:eu': 'eu', 'org:eco': 'eco', 'org:mercosur': 'mercosur', 'org:oas': 'oas'}
CITY_ID = {'Bremen': 'bremen', 'Biarritz': 'biarritz', 'Khankendi': 'khankendi',
           'Colonia del Sacramento': 'colonia', 'Managua': 'managua'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
RELATIVE = {0: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'], 1: ['yesterday', 'last night']}
TITLE_WORDS = {'president', 'prime', 'minister', 'king', 'queen', 'chancellor', 'mr', 'mrs', 'ms', 'dr', 'sheikh',
               'emir', 'sultan', 'secretary', 'general', 'governor', 'mayor', 'professor', 'sir', 'lord'}

# embedded lists: the used city-year list and the brief's avoid list, copied verbatim
LISTS = json.loads(r'''{"avoid": ["Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali", "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku", "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu", "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha", "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm", "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw", "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul", "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo", "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau", "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing", "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha", "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen", "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén", "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama", "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing", "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe", "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat", "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin", "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh", "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé", "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar", "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków", "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi", "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo", "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)", "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca", "Thessaloniki (Porto Carras, Halkidiki)", "San Juan", "Mbabane", "Minsk", "Paranal", "São Tomé", "Tegucigalpa", "Ljubljana", "Seville", "Kingston", "Pattaya", "Rabat", "Lagos", "Williamsburg", "Fez", "Kyiv", "Bangalore", "Grand Baie", "Guadalajara", "Yaoundé", "Fort Lauderdale", "Gabala", "Cotonou", "Maastricht", "Potrero de los Funes", "Subic Bay", "Kroměříž", "Yalta", "Chaguaramas", "Ocho Rios", "Punta Mita", "Libreville", "Praia", "Naples", "Venice", "Koror", "Inshas", "Ottawa", "Corfu", "Windsor", "Amsterdam", "Tucumán", "Munich", "Berlin", "Milan", "Las Leñas", "Nuku'alofa", "Jeddah", "Kinshasa", "Grand Anse", "Paracas", "Panama City", "Bridgetown", "Port Louis", "Cochabamba", "Bodrum", "Kazan", "Gyeongju", "Tarawa", "Apia", "Basseterre", "Versailles", "Nice", "Fontainebleau", "Toronto", "Florianópolis", "Luxembourg", "Tampere", "Salamanca", "Paraná", "Maseru", "Alexandria", "Freetown", "Bujumbura", "Burabay", "Mogadishu", "Belgrade", "Essen", "Vienna", "Dublin", "Trujillo", "Dorado", "Port Vila", "Paramaribo", "Nadi", "St John's", "Viskuli", "Rio de Janeiro", "Livingstone", "Mar del Plata", "Shusha", "Rambouillet", "Florence", "Strasbourg", "Cannes", "Porlamar", "Sibiu", "Punta del Este", "Hanover", "Olivos", "Fortaleza", "Madang", "Sydney", "Villers-Cotterêts", "Taif", "Wellington", "Montebello", "Stuttgart", "Santa Maria da Feira", "Jeju", "Busan", "Estoril", "Andorra la Vella", "Honiara", "Port-au-Prince", "Canberra", "Salzburg", "Porto", "San Salvador", "Foz do Iguaçu", "San José", "Kunming", "La Paz", "Batumi", "Valencia", "Santa Marta", "Cardiff", "Tela", "Costa del Sol", "Ankara", "Playa del Carmen", "Costa do Sauípe", "Tarija", "Bogotá", "New York", "Athens", "Ghent", "Guatemala City", "Esquipulas", "Buenos Aires"], "used": ["Abidjan 2012", "Abidjan 2017", "Abu Dhabi 1981", "Abuja 2019", "Abuja 2024", "Accra 2022", "Addis Ababa 2007", "Addis Ababa 2017", "Addis Ababa 2024", "Addis Ababa 2025", "Addu City 2011", "Al-Ula 2021", "Alexandria 1964", "Algiers 2022", "Alma-Ata 1991", "Alofi 2008", "Amman 2001", "Amsterdam 1997", "Andorra la Vella 2021", "Ankara 1992", "Antalya 2015", "Antananarivo 2016", "Antigua Guatemala 2013", "Apia 2017", "Apia 2024", "Arusha 2016", "Ashgabat 2021", "Astana 2017", "Astana 2024", "Asunción 2015", "Athens 1983", "Athens 2003", "Auckland 1995", "Awaza 2021", "Baghdad 2012", "Baghdad 2025", "Baku 2019", "Bamako 2017", "Bandar Seri Begawan 2013", "Bangalore 1986", "Bangkok 2022", "Bangkok 2025", "Banjul 2024", "Barcelona 2005", "Bariloche 2009", "Basseterre 2006", "Batumi 2008", "Beijing 2012", "Beijing 2014", "Beijing 2023", "Beirut 2002", "Belgrade 1961", "Belén 2015", "Bento Gonçalves 2019", "Berlin 1999", "Biarritz 2019", "Birmingham 1998", "Bishkek 2007", "Bishkek 2019", "Bissau 2023", "Blantyre 1997", "Bodrum 2014", "Bogor 1994", "Bogotá 2011", "Bonn 1982", "Borgo Egnazia 2024", "Brasília 2008", "Bratislava 2016", "Bridgetown 2002", "Brisbane 2014", "Brussels 2016", "Brussels 2017", "Brussels 2018", "Brussels 2019", "Brussels 2021", "Brussels 2022", "Brussels 2023", "Bucharest 2006", "Bucharest 2008", "Bucharest 2018", "Budapest 1994", "Buenos Aires 1994", "Buenos Aires 2018", "Buenos Aires 2023", "Bujumbura 2023", "Burabay 2015", "Busan 2005", "Busan 2019", "Bürgenstock 2024", "Cairns 2009", "Cairo 2024", "Cali 2013", "Cali 2017", "Camp David 2012", "Camp David 2023", "Canberra 1983", "Cancún 2017", "Cannes 1995", "Cannes 2011", "Caracas 2011", "Carbis Bay 2021", "Cardiff 1998", "Cartagena 2012", "Cartagena 2016", "Casablanca 1989", "Cebu 2007", "Chaguaramas 1973", "Chicago 2012", "Chisinau 2023", "Cholpon-Ata 2018", "Cochabamba 2012", "Cologne 1999", "Colombo 2013", "Colombo 2022", "Coolum 2002", "Copenhagen 2002", "Corfu 1994", "Costa del Sol 1989", "Costa do Sauípe 2008", "Cotonou 1995", "Cádiz 2012", "Córdoba 2006", "Da Nang 2017", "Dakar 2008", "Dakar 2021", "Damascus 2008", "Dar es Salaam 2015", "Dar es Salaam 2019", "Dead Sea 2017", "Deauville 2011", "Denver 1997", "Dhahran 2018", "Dhaka 2005", "Diamniadio 2014", "Dili 2014", "Djerba 2022", "Djibouti 2023", "Doha 2007", "Doha 2013", "Dorado 1976", "Dublin 1990", "Dubrovnik 2016", "Durban 1999", "Durban 2013", "Dushanbe 2019", "Edinburgh 1997", "Elmau 2015", "Elmau 2022", "Enniskillen 2013", "Entebbe 2024", "Esquipulas 1986", "Essen 1994", "Estoril 2009", "Evian 2003", "Fez 1982", "Florence 1996", "Florianópolis 2000", "Fontainebleau 1984", "Fort Lauderdale 2005", "Fortaleza 1996", "Fortaleza 2014", "Foz do Iguaçu 2010", "Freetown 1980", "Funafuti 2019", "Gabala 2013", "Gaborone 2015", "Genoa 2001", "Georgetown 2024", "Ghent 2001", "Gleneagles 2005", "Goa 2016", "Gothenburg 2001", "Goyang 2024", "Granada 2023", "Grand Anse 1989", "Grand Baie 2004", "Guadalajara 1991", "Guatemala City 1987", "Gyeongju 2025", "Halifax 1995", "Hamburg 2017", "Hangzhou 2016", "Hanoi 2004", "Hanoi 2010", "Hanover 1988", "Harare 2024", "Havana 2006", "Havana 2014", "Heiligendamm 2007", "Helsinki 1999", "Hiroshima 2023", "Honiara 2025", "Honolulu 2011", "Houston 1990", "Hua Hin 2009", "Huntsville 2010", "Inshas 1946", "Islamabad 2017", "Istanbul 2004", "Istanbul 2016", "Istanbul 2021", "Jakarta 2016", "Jakarta 2023", "Jeddah 2022", "Jeddah 2023", "Jeju 2009", "Johannesburg 2015", "Johannesburg 2023", "Johannesburg 2025", "Kampala 2007", "Kampala 2010", "Kampala 2024", "Kananaskis 2002", "Kananaskis 2025", "Kathmandu 2014", "Kazan 2005", "Kazan 2024", "Khanty-Mansiysk 2008", "Khartoum 2006", "Kigali 2016", "Kigali 2022", "Kingston 1975", "Kingstown 2024", "Kinshasa 1967", "Kinshasa 2009", "Kinshasa 2012", "Kiruna 2013", "Koror 2014", "Kraków 2021", "Kroměříž 2004", "Kuala Lumpur 1998", "Kuala Lumpur 2005", "Kuala Lumpur 2015", "Kuala Lumpur 2025", "Kunming 2005", "Kuwait City 2013", "Kuwait City 2017", "Kyiv 2006", "L'Aquila 2009", "La Malbaie 2018", "La Paz 1990", "Labuan Bajo 2023", "Lagos 1975", "Lahore 1974", "Las Leñas 1992", "Libreville 1983", "Lilongwe 2021", "Lima 2008", "Lima 2016", "Lima 2018", "Lima 2024", "Limassol 1993", "Lisbon 1996", "Lisbon 2007", "Lisbon 2010", "Livingstone 2011", "Ljubljana 2019", "Lomé 2000", "London 1990", "London 2009", "London 2018", "Los Angeles 2022", "Los Cabos 2002", "Los Cabos 2012", "Luanda 2023", "Lusaka 2007", "Luxembourg 1997", "Lyon 1996", "Maastricht 1991", "Madang 1995", "Madrid 1997", "Madrid 2022", "Majuro 2013", "Malabo 2011", "Malabo 2014", "Malé 1997", "Manama 2016", "Manama 2024", "Manila 2015", "Manila 2017", "Maputo 2003", "Mar del Plata 2005", "Mar del Plata 2010", "Maseru 2006", "Mbabane 2016", "Mecca 2012", "Mecca 2019", "Medellín 2019", "Melbourne 1981", "Melbourne 2024", "Mendoza 2012", "Mendoza 2017", "Mexico City 2021", "Miami 1994", "Milan 1985", "Milan 2014", "Minsk 1993", "Mogadishu 1974", "Moncton 1999", "Monrovia 2017", "Montebello 1981", "Montego Bay 2018", "Monterrey 2004", "Montevideo 2024", "Montreal 2019", "Montreux 2010", "Moscow 2003", "Moscow 2024", "Munich 1992", "Muscat 2008", "N'Djamena 2014", "Nadi 2006", "Nago 2000", "Nairobi 2016", "Nakhchivan 2009", "Nanjing 2009", "Naples 1994", "Nassau 1985", "Naypyidaw 2014", "New Delhi 2015", "New Delhi 2023", "New York 2000", "Newport 2014", "Niamey 2019", "Nice 2000", "Nizhny Novgorod 2011", "Nouakchott 2016", "Nouakchott 2018", "Nuku'alofa 2007", "Nuku'alofa 2024", "Nusa Dua 2011", "Nusa Dua 2022", "Nuuk 2011", "Ocho Rios 1982", "Olivos 2002", "Osaka 1995", "Osaka 2019", "Oslo 2023", "Ottawa 1973", "Ouagadougou 1998", "Ouro Preto 1994", "Panama City 2000", "Panama City 2015", "Paracas 2015", "Paramaribo 2022", "Paranal 2012", "Paraná 2014", "Paris 2008", "Pattaya 2009", "Perth 2011", "Phnom Penh 2012", "Phnom Penh 2022", "Pittsburgh 2009", "Playa del Carmen 2010", "Pohnpei 2016", "Porlamar 2016", "Port Louis 1976", "Port Moresby 2015", "Port Moresby 2018", "Port Vila 2010", "Port of Spain 2009", "Port of Spain 2023", "Port-au-Prince 2018", "Porto 1998", "Porto 2021", "Potrero de los Funes 1996", "Prague 2002", "Prague 2016", "Praia 1998", "Pretoria 2017", "Puerto Iguazú 2023", "Puerto Vallarta 2018", "Puerto Varas 2016", "Punta Cana 2017", "Punta Mita 2014", "Punta del Este 1967", "Putrajaya 2003", "Qingdao 2018", "Quebec City 2001", "Quebec City 2008", "Quito 2016", "Rabat 1969", "Rambouillet 1975", "Rancho Mirage 2016", "Rarotonga 2023", "Reykjavik 2023", "Riga 2006", "Riga 2022", "Rio de Janeiro 2023", "Rio de Janeiro 2024", "Rio de Janeiro 2025", "Riyadh 2007", "Riyadh 2011", "Rome 2002", "Rome 2021", "Rostov-on-Don 2010", "Rovaniemi 2019", "Salamanca 2005", "Salzburg 2018", "Samara 2007", "Samarkand 2022", "San Francisco 2023", "San José 2001", "San Juan 2010", "San Miguel de Tucumán 2008", "San Pedro Sula 2009", "San Salvador 2011", "Santa Cruz de la Sierra 1996", "Santa Fe 2019", "Santa Maria 2018", "Santa Maria da Feira 2000", "Santa Marta 2025", "Santiago 1998", "Santiago 2007", "Santiago 2013", "Santo Domingo 2023", "Sanya 2011", "Sanya 2016", "Sea Island 2004", "Seattle 1993", "Seoul 2000", "Seoul 2010", "Seville 2002", "Shanghai 2001", "Shanghai 2006", "Sharm el-Sheikh 2008", "Sharm el-Sheikh 2015", "Shima 2016", "Shusha 2024", "Sibiu 2019", "Siem Reap 2018", "Singapore 2007", "Singapore 2018", "Sirte 2009", "Sirte 2010", "Sochi 2019", "Sofia 2018", "St John's 2014", "St Petersburg 2002", "St Petersburg 2006", "St Petersburg 2013", "Stockholm 2019", "Strasbourg 1997", "Strasbourg 2009", "Stuttgart 1983", "Subic Bay 1996", "Suva 2022", "Sydney 1978", "Sydney 2007", "São Tomé 2023", "Taif 1981", "Tampere 1999", "Taormina 2017", "Tarawa 2000", "Tarija 2007", "Tashkent 2016", "Tegucigalpa 1991", "Tehran 2012", "Tela 1989", "The Hague 2004", "The Hague 2025", "Thessaloniki 2003", "Thimphu 2010", "Tianjin 2025", "Tirana 2022", "Tokyo 2015", "Tokyo 2022", "Toronto 1988", "Toronto 2010", "Toyako 2008", "Tripoli 2010", "Trujillo 1996", "Tunis 2004", "Tunis 2019", "Tunis 2022", "Ufa 2015", "Ulaanbaatar 2016", "Ushuaia 1998", "Valencia 2001", "Valletta 2005", "Valletta 2015", "Vancouver 1997", "Venice 1980", "Veracruz 2014", "Versailles 1982", "Victoria Falls 2009", "Vienna 1993", "Vientiane 2016", "Vientiane 2024", "Villers-Cotterêts 2024", "Vilnius 2013", "Vilnius 2023", "Visby 1996", "Visegrád 1991", "Viskuli 1991", "Vladivostok 2012", "Warsaw 2016", "Warsaw 2023", "Washington 1999", "Washington 2008", "Washington 2022", "Washington 2024", "Watford 2019", "Wellington 1971", "Williamsburg 1983", "Wilmington 2024", "Windhoek 2018", "Windsor 2000", "Xi'an 2023", "Xiamen 2017", "Yalta 1998", "Yamoussoukro 2014", "Yaoundé 1996", "Yaren 2018", "Yekaterinburg 2009", "Yerevan 2018", "Yerevan 2022", "Yokohama 2010", "Yokohama 2013"]}''')
# per-article registry: quote style, page-noise lines (exact whole lines), credited staff
REGISTRY = json.loads(r'''{
 "h107_eu_bremen_shelduck": {
  "style": "straight",
  "noise": [
   "UPDATE 1-Adds British reservation, currency dealer comment, Bundesbank background",
   "(Reporting by Gerwald Aschhoff-Ursell; Editing by Roswitha Hagedorn-Ebbsfleet)",
   "Related: FACTBOX-How the European currency snake works | Bonn economic summit: what the Seven want | Dollar slips in thin Friday trade",
   "Shelduck Wire archive. This story was digitised from original teleprinter copy and may contain transcription errors. (c) 1978 Shelduck Wire. All rights reserved."
  ],
  "staff": [
   "Roswitha Hagedorn-Ebbsfleet"
  ]
 },
 "h107_eu_bremen_countinghouse": {
  "style": "curly",
  "noise": [
   "Home | Markets | Europe | Commodities | Letters | Subscribe | Archive 1970-1979",
   "Archive photograph: heads of government and foreign ministers at the opening session. Image not reproduced in this edition.",
   "Comments (4)",
   "Harrogate_saver: I remember this. My father said the pound would never join anything run from Frankfurt.",
   "k_lindqvist: Interesting to read this with hindsight. The fund never came about in this form.",
   "SchlachteExile: Lived near the Weser for twenty years. The smell of roasting coffee on a warm day is something else.",
   "oldgiltman: Two years to build a monetary fund. That was optimistic even then.",
   "The Counting-House Review archive is free to read for registered users. (c) 1978 Counting-House Publications Ltd. All rights reserved."
  ],
  "staff": []
 },
 "h107_eu_biarritz_bittern": {
  "style": "straight",
  "noise": [
   "Transcript | Listen again | Programme page | Schedule | Podcasts",
   "END OF TRANSCRIPT",
   "Coming up after the news: Danish voters and the euro, after the referendum.",
   "This transcript was produced from a live broadcast and may contain errors. Radio Bittern International uses cookies to measure listening; see our privacy page for details. (c) 2000 Radio Bittern International."
  ],
  "staff": []
 },
 "h107_eu_biarritz_adour": {
  "style": "curly",
  "noise": [
   "Cookie notice: this site uses cookies to remember your preferences. By continuing to browse you accept them. | Home | Local | Surf | Pays Basque | What’s On | Property",
   "Photo: Police officers on the closed promenade below the casino on Friday morning. (Adour Gazette)",
   "Sign up for the Adour Gazette weekly newsletter: local news, surf reports and what’s on, every Thursday. Enter your email address.",
   "Comments (5)",
   "txomin64: The town was dead all weekend. Anglet did better out of it than we did.",
   "LaPlageAuxBasques: Credit where due, the police were polite at the checkpoint by the Rocher de la Vierge.",
   "surfmum_bidart: Closed the road to school on Friday without warning. Thanks for nothing.",
   "JeanPierreN: Nice in December will be the real test. This was a rehearsal.",
   "elena_b: Lovely photo of the promenade empty. Never seen it like that.",
   "The Adour Gazette is an independent English-language weekly for the Basque coast, published in Bayonne. (c) 2000 Adour Gazette SARL."
  ],
  "staff": []
 },
 "h107_eco_khankendi_kura": {
  "style": "curly",
  "noise": [
   "We use cookies to improve your experience and to show relevant advertising. Accept all | Manage preferences | Reject non-essential",
   "Read next: Baku-Tbilisi-Kars freight volumes up in first half | Karabakh reconstruction: the new airports | Caspian ferry timetable changes from July 15",
   "Kura Dispatch is an independent news service covering the South Caucasus and the Caspian. About us | Contact | Corrections | Privacy policy | (c) 2025 Kura Dispatch"
  ],
  "staff": []
 },
 "h107_eco_khankendi_anzali": {
  "style": "straight",
  "noise": [
   "Reading time: 6 minutes | Share | Save for later",
   "Frequently asked questions",
   "What is the ECO? A regional organisation of ten countries from Turkey to Kazakhstan, headquartered in Tehran.",
   "How often do its leaders meet? Roughly every two years, though the schedule has often slipped.",
   "Is Armenia a member? No. Neither is Georgia.",
   "Comments (3)",
   "m.rahimi: Good piece. The trade agreement point is exactly right, nobody uses it.",
   "Tabriz_reader: The photo of all of them in front of the new buildings says everything.",
   "k_ozdemir: You left out the rail link through Nakhchivan, which is the real story.",
   "The Anzali Brief is a reader-funded newsletter on Iran and its neighbours. Unsubscribe | Manage your subscription | (c) 2025 The Anzali Brief"
  ],
  "staff": []
 },
 "h107_mercosur_colonia_riverplate": {
  "style": "curly",
  "noise": [
   "Front Page | Markets | Agribusiness | Ports & Shipping | Opinion | Classifieds | Archive",
   "Photo: The four presidents outside the Portuguese-era walls after the signing. (Riverplate Ledger)",
   "Comments (3)",
   "ferrylog: Took the Buquebus over on Monday and the whole old town was closed off. Beautiful day though.",
   "Fabian_R: The tariff is the whole thing. Everything else is paper.",
   "mvd_importer: We have been hearing 1995 since 1991. Let us see.",
   "The Riverplate Ledger is published weekly in Buenos Aires. Subscriptions and advertising: see page 2. (c) 1994 Riverplate Ledger S.A."
  ],
  "staff": []
 },
 "h107_oas_managua_cocibolca": {
  "style": "straight",
  "noise": [
   "Read next: Lake fishing cooperatives count their losses | Bus fares in the capital rise again | Letters: the property question",
   "Get the Courier's weekly email: the week's news from Nicaragua and Central America, every Monday. Sign up on our website.",
   "Comments (4)",
   "reader_leon: The market woman said it better than all the ministers together.",
   "granada_gringo: Traffic around the hotels was a nightmare all week.",
   "chinandega1990: Good summary. Would like more on what the new council will actually do.",
   "T.Ocampo: Ratification will take years, you watch.",
   "The Cocibolca Courier is an independent English-language weekly published in Managua. Letters and tips: see the contact page. (c) 1993 Cocibolca Courier."
  ],
  "staff": []
 }
}''')
EXPECTED_IDS = sorted(REGISTRY)

def fold(s, apostrophe_space=False):
    s = s.replace('\u00f8', 'o').replace('\u00d8', 'O').replace('\u00e6', 'ae').replace('\u00c6', 'AE')
    s = s.replace('\u00f0', 'd').replace('\u0142', 'l').replace('\u0141', 'L').replace('\u00df', 'ss')
    s = s.replace('\u0111', 'd').replace('\u0110', 'D').replace('\u0131', 'i')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    if apostrophe_space:
        s = s.replace("'", ' ').replace('\u2019', ' ')
    else:
        s = re.sub(r"(?<=\w)['\u2019](?=\w)", '', s)
    return re.sub(r'[^a-z0-9]+', ' ', s).split()

def has_seq(tokens, seq):
    n = len(seq)
    return n > 0 and any(tokens[i:i + n] == seq for i in range(len(tokens) - n + 1))

def in_text(text, phrase):
    return (has_seq(fold(text), fold(phrase)) or has_seq(fold(text, True), fold(phrase, True)))

def split_place(name):
    m = re.match(r'^(.*?) \((.*)\)$', name)
    if m:
        return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]
    return [name]

AVOID = set()
for item in LISTS['avoid']:
    for p in split_place(item):
        AVOID.add(' '.join(fold(p)))
USED = set()
for item in LISTS['used']:
    m = re.match(r'^(.*) (\d{4})$', item)
    if not m:
        err('bad used-list entry %r' % item)
        continue
    USED.add((' '.join(fold(m.group(1))), m.group(2)))

def parse_date(s):
    try:
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def load_earlier():
    slugs, prefixes, cityyears, ids = set(), set(), set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 106)]
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
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                cityyears.add((' '.join(fold(s['city'])), s['start_date'][:4]))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    if opened < 50:
        err('only %d earlier gold files found under %s' % (opened, EARLIER))
    return slugs, prefixes, cityyears, ids

def sentence_start_ok(line, pos):
    if pos == 0:
        return True
    before = line[:pos]
    if re.search(r'[.?!]["\u201d]? $', before):
        return True
    if re.match(r'^[A-Z][A-Z ]+( \([^)]*\))?: $', before):
        return True
    return False

def sentence_end_ok(line, end):
    tail = line[end:]
    if tail and not tail.startswith(' '):
        return False
    seg = line[:end]
    return bool(re.search(r'([.?!]|[.?!,]["\u201d])$', seg))

def main():
    gold_path = os.path.join(HERE, 'heldout107_gold.json')
    raw = open(gold_path, encoding='utf-8').read()
    data = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    if list(data.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles: %r' % list(data.keys()))
    about = data.get('about', '')
    if not isinstance(about, str) or not about.startswith(OPENING):
        err('about text does not start with the required sentence')
    arts = data.get('articles', [])
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles')
    e_slugs, e_prefixes, e_cityyears, e_ids = load_earlier()
    if any(i and i.startswith('h107_') for i in e_ids):
        err('an earlier gold file already has h107 ids')
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if sorted(ids) != EXPECTED_IDS:
        err('ids differ from the registered ids: %r' % ids)
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if txt_files != sorted('%s.txt' % i for i in ids if isinstance(i, str)):
        err('.txt files in the folder do not match the ids: %r' % txt_files)
    summits = collections.OrderedDict()
    slug_arts = collections.defaultdict(list)
    slug_kinds = collections.defaultdict(set)
    totals = collections.Counter()
    for a in arts:
        aid = a.get('id')
        if list(a.keys()) != ARTICLE_KEYS:
            err('%s: article keys/order wrong: %r' % (aid, list(a.keys())))
            continue
        reg = REGISTRY.get(aid)
        if reg is None:
            err('%s: not registered' % aid)
            continue
        m = re.match(r'^h107_([a-z]+)_([a-z]+)_([a-z]+)$', aid)
        if not m:
            err('%s: id not of the form h107_<body>_<city>_<outlet>' % aid)
            continue
        if a['split'] != 'heldout107':
            err('%s: split must be heldout107' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file field wrong' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in the articles folder (fine after the move)' % aid)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        noise_set = set(reg['noise'])
        for nl in reg['noise']:
            if nl not in lines:
                err('%s: registered noise line not found as a whole line: %r' % (aid, nl[:60]))
        noise_idx = [i for i, l in enumerate(lines) if l in noise_set]
        body_idx = [i for i, l in enumerate(lines) if i >= 3 and l.strip() and l not in noise_set]
        if len(reg['noise']) < 3:
            err('%s: fewer than 3 page-noise lines' % aid)
        if not body_idx:
            err('%s: no body' % aid)
            continue
        # header
        title = a['title']
        if not isinstance(title, str) or title != lines[0]:
            err('%s: title is not the headline (first line)' % aid)
        if title not in text:
            err('%s: title not verbatim in the file' % aid)
        pub = parse_date(a['published_at'] or '')
        if pub is None:
            err('%s: bad published_at' % aid)
            continue
        outlet_line = lines[1]
        want = [WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], str(pub.day), str(pub.year)]
        toks = re.findall(r'[A-Za-z]+|\d+', outlet_line)
        for w in want:
            if w not in toks:
                err('%s: outlet line lacks %r' % (aid, w))
        for wd in WEEKDAYS:
            if wd in toks and wd != want[0]:
                err('%s: outlet line has another weekday %s' % (aid, wd))
        outlet = outlet_line.split(' | ')[0].strip()
        byline = lines[2]
        if not (byline.startswith('By ') or byline.startswith('Presented by ')):
            err('%s: third line is not a byline' % aid)
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors must be a non-empty list' % aid)
        for au in a['authors']:
            if au not in byline:
                err('%s: author %r not in the byline' % (aid, au))
        noise_text = '\n'.join(lines[i] for i in noise_idx)
        for st in reg['staff']:
            if st not in noise_text:
                err('%s: credited staff %r not in the page noise' % (aid, st))
        # position of page noise: top, middle, end
        pos_kinds = set()
        for i in noise_idx:
            if i == 3:
                pos_kinds.add('top')
            elif i < body_idx[-1]:
                pos_kinds.add('middle')
            elif i > body_idx[-1]:
                pos_kinds.add('end')
        reg['_pos'] = pos_kinds
        if 'end' not in pos_kinds:
            err('%s: no page noise after the body' % aid)
        ncom = 0
        for j, i in enumerate(noise_idx):
            if re.match(r'^Comments \(\d+\)$', lines[i]):
                for i2 in noise_idx[j + 1:]:
                    if re.match(r'^[A-Za-z0-9_.]+: ', lines[i2]):
                        ncom += 1
                    else:
                        break
        reg['_comments'] = ncom
        body_lines = [lines[i] for i in body_idx]
        body = '\n'.join(body_lines)
        hb = lines[0] + '\n' + body
        words = sum(len(l.split()) for l in body_lines)
        allwords = sum(len(l.split()) for l in lines)
        if not 420 <= words <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, words))
        # quote style
        style = reg['style']
        if style == 'straight':
            for ch in '\u201c\u201d\u2018\u2019':
                if ch in text:
                    err('%s: curly mark %r in a straight article' % (aid, ch))
            for i, l in enumerate(lines):
                if l.count('"') % 2:
                    err('%s: odd number of straight double marks on line %d' % (aid, i + 1))
            spans = re.findall(r'"([^"\n]*)"', body)
            qmark = ('"', '"')
        else:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark in a curly article' % aid)
            for i, l in enumerate(lines):
                depth = 0
                for ch in l:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly mark on line %d' % (aid, i + 1))
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark on line %d' % (aid, i + 1))
                            depth = 0
                if depth:
                    err('%s: unclosed curly mark on line %d' % (aid, i + 1))
            spans = re.findall('\u201c([^\u201d\n]*)\u201d', body)
            qmark = ('\u201c', '\u201d')
        for i in [0] + noise_idx:
            if re.search('["\u201c\u201d]', lines[i]):
                err('%s: double quotation mark in the headline or page noise (line %d)' % (aid, i + 1))
        # participants
        parts = a['participants']
        pkeys = []
        for p in parts:
            if list(p.keys()) != PART_KEYS:
                err('%s: participant keys/order wrong' % aid)
                continue
            k = p['key']
            pkeys.append(k)
            if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)+$', k):
                err('%s: bad participant key %s' % (aid, k))
                continue
            name = k.split(':', 1)[1].split('-')
            if name[0] in TITLE_WORDS:
                err('%s: key %s starts with a title word' % (aid, k))
            if not (has_seq(fold(hb), name) or has_seq(fold(hb, True), name)):
                err('%s: name of %s not found in headline or body' % (aid, k))
            if has_seq(fold(noise_text), name) or has_seq(fold(noise_text, True), name) or name[-1] in fold(noise_text):
                err('%s: participant %s named in the page noise' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
                elif style == 'straight' and ('\u2019' in v or '\u2018' in v):
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
            for au in a['authors'] + reg['staff']:
                if has_seq(fold(au), name) or ' '.join(name) == ' '.join(fold(au)):
                    err('%s: author or credited staff %s listed as participant' % (aid, au))
        if len(set(pkeys)) != len(pkeys):
            err('%s: duplicate participant keys' % aid)
        # quotes
        qtexts = []
        last = -1
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys/order wrong' % aid)
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not re.match(r'^(person:[a-z0-9]+(-[a-z0-9]+)+|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})$', sk):
                err('%s: bad speaker key %r' % (aid, sk))
            if sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            marked = qmark[0] + q['text'] + qmark[1]
            pos = body.find(marked, last + 1)
            if pos < 0:
                if marked in body:
                    err('%s: quote out of text order: %r' % (aid, q['text'][:50]))
                else:
                    err('%s: quote not found with its marks in the body: %r' % (aid, q['text'][:50]))
            else:
                last = pos
            qtexts.append(q['text'])
            for nl in noise_idx:
                if q['text'] in lines[nl]:
                    err('%s: quote text in page noise' % aid)
        nq = a['not_quotes']
        if not isinstance(nq, list) or any(not isinstance(x, str) for x in nq):
            err('%s: not_quotes must be a list of strings' % aid)
            nq = []
        if collections.Counter(spans) != collections.Counter(qtexts + nq):
            err('%s: quoted spans of the body and quotes+not_quotes differ: %r' % (
                aid, (collections.Counter(spans) - collections.Counter(qtexts + nq)) + (collections.Counter(qtexts + nq) - collections.Counter(spans))))
        # facts
        evidence_all = []
        prefixes = set()
        article_slugs = []
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                err('%s: fact keys/order wrong' % aid)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or not set(kinds) <= FACT_KINDS:
                err('%s: bad fact kinds %r' % (aid, kinds))
                kinds = []
            sa = f['same_as']
            if not isinstance(sa, str) or not re.match(r'^[a-z]+\d\d-[a-z0-9]+(-[a-z0-9]+)*$', sa):
                err('%s: bad same_as %r' % (aid, sa))
                continue
            article_slugs.append(sa)
            prefixes.add(sa.split('-')[0])
            slug_arts[sa].append(aid)
            slug_kinds[sa].add(tuple(sorted(kinds)))
            if sa in e_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sa))
            evs = f['evidence']
            if not isinstance(evs, list) or not evs:
                err('%s: fact %s has no evidence' % (aid, sa))
                continue
            for e in evs:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: evidence with outer spaces or empty in %s' % (aid, sa))
                    continue
                evidence_all.append(e)
                if e == lines[0]:
                    continue
                locs = [(i, lines[i].find(e)) for i in body_idx if e in lines[i]]
                if not locs:
                    err('%s: evidence not verbatim in headline or body (%s): %r' % (aid, sa, e[:60]))
                    continue
                if not any(sentence_start_ok(lines[i], p) and sentence_end_ok(lines[i], p + len(e)) for i, p in locs):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sa, e[:60]))
                for i in noise_idx:
                    if e in lines[i]:
                        err('%s: evidence in page noise' % aid)
        if len(set(article_slugs)) != len(article_slugs):
            err('%s: a slug repeats within the article' % aid)
        for q in a['quotes']:
            marked = qmark[0] + q['text'] + qmark[1]
            if not any(marked in e for e in evidence_all):
                err('%s: quote outside every evidence string: %r' % (aid, q['text'][:50]))
        for e in evidence_all:
            for i in noise_idx:
                if e in lines[i]:
                    err('%s: evidence string in page noise' % aid)
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys/order wrong' % aid)
            continue
        org = s['organization']
        if org not in ALLOWED_BODIES:
            err('%s: organisation %s not allowed by the brief' % (aid, org))
        if ORG_ID.get(org) != m.group(1):
            err('%s: id body part does not match %s' % (aid, org))
        if CITY_ID.get(s['city']) != m.group(2):
            err('%s: id city part does not match %s' % (aid, s['city']))
        sd, ed = parse_date(s['start_date'] or ''), parse_date(s['end_date'] or '')
        if sd is None or ed is None:
            err('%s: bad summit dates' % aid)
            continue
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        if not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: publication not between start and three weeks after the end' % aid)
        cityf = ' '.join(fold(s['city']))
        if cityf in AVOID:
            err('%s: city %s is on the avoid list' % (aid, s['city']))
        if (cityf, s['start_date'][:4]) in USED:
            err('%s: city and year %s %s on the used list' % (aid, s['city'], s['start_date'][:4]))
        if (cityf, s['start_date'][:4]) in e_cityyears:
            err('%s: city and year used by an earlier gold summit' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or [x for x in FIELDS if x in tf] != tf:
            err('%s: text_fields not a non-empty subset in canonical order' % aid)
            tf = []
        if 'organization' in tf and not any(in_text(hb, n) for n in ORG_NAMES.get(org, [])):
            err('%s: organisation not recoverable from the text' % aid)
        if 'city' in tf and not in_text(hb, s['city']):
            err('%s: city not in the text' % aid)
        if 'country' in tf and not in_text(hb, s['country']):
            err('%s: country not in the text' % aid)
        mentioned = set()
        for mm in re.finditer(r'\b(' + '|'.join(MONTHS) + r') (\d{1,2})((?:,? and | to |-)(\d{1,2}))?\b', hb):
            mo = MONTHS.index(mm.group(1)) + 1
            d1 = int(mm.group(2))
            mentioned.add((mo, d1))
            if mm.group(4):
                d2 = int(mm.group(4))
                if ' to ' in mm.group(3) or '-' in mm.group(3):
                    for dd in range(d1, d2 + 1):
                        mentioned.add((mo, dd))
                else:
                    mentioned.add((mo, d2))
        low = hb.lower()
        for fld, dt in (('start_date', sd), ('end_date', ed)):
            if fld not in tf:
                continue
            ok = (dt.month, dt.day) in mentioned
            dist = (pub - dt).days
            if not ok and 0 <= dist <= 6 and re.search(r'\b' + WEEKDAYS[dt.weekday()] + r'\b', hb):
                ok = True
            if not ok and dist in RELATIVE and any(re.search(r'\b' + w + r'\b', low) for w in RELATIVE[dist]):
                ok = True
            if not ok:
                err('%s: %s %s not supported by the text' % (aid, fld, dt))
        key = (org, s['city'], s['country'], s['start_date'], s['end_date'])
        summits.setdefault(key, []).append((aid, outlet, prefixes, s))
        yy = s['start_date'][2:4]
        if len(prefixes) != 1:
            err('%s: the slugs do not share one prefix: %r' % (aid, prefixes))
        else:
            pf = list(prefixes)[0]
            if not pf.endswith(yy):
                err('%s: prefix %s does not end in the year digits %s' % (aid, pf, yy))
            if pf in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pf))
        totals['quotes'] += len(a['quotes'])
        totals['participants'] += len(parts)
        totals['facts'] += len(a['facts'])
        print('%-36s style=%-8s quotes=%d not_quotes=%d participants=%d facts=%d body_words=%d file_words=%d noise=%s comments=%d' % (
            aid, style, len(a['quotes']), len(nq), len(parts), len(a['facts']), words, allwords,
            '/'.join(sorted(pos_kinds)), reg['_comments']))
    # shape
    by_key = {}
    for k, v in summits.items():
        by_key[k] = v
    if len(by_key) != 5:
        err('expected 5 summits, found %d' % len(by_key))
    sizes = sorted(len(v) for v in by_key.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 3 pairs and 2 singles, found sizes %r' % sizes)
    orgs = collections.Counter(k[0] for k in by_key)
    if len(orgs) < 3:
        err('fewer than three bodies')
    if any(c > 2 for c in orgs.values()):
        err('more than two summits of one body')
    cities = [' '.join(fold(k[1])) for k in by_key]
    if len(set(cities)) != len(cities):
        err('two summits share a city')
    pfx_by_summit = {}
    for k, v in by_key.items():
        pf = set()
        for _, _, p, _ in v:
            pf |= p
        pfx_by_summit[k] = pf
        if len(v) == 2:
            (a1, o1, _, _), (a2, o2, _, _) = v
            if o1 == o2:
                err('pair %s/%s from one outlet' % (a1, a2))
            shared = [sl for sl, al in slug_arts.items() if sorted(al) == sorted([a1, a2])]
            if len(shared) < 5:
                err('pair %s/%s shares fewer than 5 slugs' % (a1, a2))
            print('shared %s / %s: %d: %s' % (a1, a2, len(shared), ', '.join(sorted(shared))))
    allp = [p for ps in pfx_by_summit.values() for p in ps]
    if len(allp) != len(set(allp)):
        err('a prefix is shared by two summits')
    pair_sets = [sorted(x[0] for x in v) for v in by_key.values() if len(v) == 2]
    for sl, al in slug_arts.items():
        if len(al) >= 2:
            if len(al) != 2 or sorted(al) not in pair_sets:
                err('slug %s occurs in articles that are not one pair: %r' % (sl, al))
            if len(slug_kinds[sl]) != 1:
                err('slug %s has different kinds in the pair' % sl)
    if not any('middle' in REGISTRY[i].get('_pos', set()) for i in REGISTRY):
        err('no article has page noise in the middle')
    if sum(1 for i in REGISTRY if REGISTRY[i].get('_comments', 0) >= 3) < 3:
        err('fewer than three articles with a reader comment section of several comments')
    print('totals: %s' % dict(totals))

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:
        import traceback
        traceback.print_exc()
        err('crash: %r' % ex)
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e)
        print('FAIL: %d error(s)' % len(ERRORS))
        sys.exit(1)
    print('PASS')
    sys.exit(0)
