#!/usr/bin/env python3
"""Checker for the held-out set heldout96 (written by the annotator of this set).

Run: python3 check.py   (exits 0 when the set passes, 1 on any error or crash)
Environment: H96_EARLIER may point at the folder holding the earlier gold files
(facts_gold.json, heldoutM_gold.json); by default it is ../.. from this file.
"""
import datetime, json, os, re, sys, traceback, unicodedata
from collections import Counter, OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H96_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
ROUND = 96
SPLIT = 'heldout96'
ABOUT_START = ("Held-out set round 96 (split=heldout96), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIVE = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
ALLOWED_ORGS = {'org:eu', 'org:g7', 'org:g8', 'org:g20', 'org:nato', 'org:brics', 'org:sco',
                'org:nordic-council', 'org:francophonie', 'org:commonwealth', 'org:gcc', 'org:oic',
                'org:ecowas', 'org:celac', 'org:asean', 'org:apec', 'org:council-of-europe',
                'org:non-aligned-movement'}
# id body part -> organisation key
ID_ORG = {'g7': 'org:g7', 'eu': 'org:eu', 'coe': 'org:council-of-europe',
          'nam': 'org:non-aligned-movement'}
# names by which a text may name the organisation (for text_fields)
ORG_NAMES = {
    'org:g7': ['Group of Seven', 'G7', 'G-7'],
    'org:eu': ['European Union', 'European Council', 'EU', 'European Community'],
    'org:council-of-europe': ['Council of Europe'],
    'org:non-aligned-movement': ['Non-Aligned Movement', 'Movement of Non-Aligned Countries', 'NAM'],
}
TITLE_WORDS = {'president', 'prime', 'minister', 'king', 'queen', 'chancellor', 'mr', 'mrs', 'ms',
               'dr', 'sir', 'lord', 'secretary', 'general', 'commissioner', 'governor', 'sheikh',
               'emir', 'prince', 'senator', 'professor'}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
MONTH_ABBR = {'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9,
              'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12}
REL_SAME = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
REL_PREV = ['yesterday', 'last night']
OPEN_D, CLOSE_D, OPEN_S, CLOSE_S = '\u201c', '\u201d', '\u2018', '\u2019'

USED_CITY_YEARS = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Alexandria 1964', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Amsterdam 1997', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2017', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Basseterre 2006', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belgrade 1961', 'Belén 2015', 'Bento Gonçalves 2019', 'Berlin 1999', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bodrum 2014', 'Bogor 1994', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Bridgetown 2002', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Bujumbura 2023', 'Burabay 2015', 'Busan 2005', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Cancún 2017', 'Cannes 2011', 'Caracas 2011', 'Carbis Bay 2021', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007', 'Chaguaramas 1973', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cochabamba 2012', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Cotonou 1995', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dorado 1976', 'Dublin 1990', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Essen 1994', 'Evian 2003', 'Fez 1982', 'Florianópolis 2000', 'Fontainebleau 1984', 'Fort Lauderdale 2005', 'Fortaleza 2014', 'Freetown 1980', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Anse 1989', 'Grand Baie 2004', 'Guadalajara 1991', 'Gyeongju 2025', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010', 'Inshas 1946', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016', 'Jakarta 2023', 'Jeddah 2022', 'Jeddah 2023', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2005', 'Kazan 2024', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 1967', 'Kinshasa 2009', 'Kinshasa 2012', 'Kiruna 2013', 'Koror 2014', 'Kraków 2021', 'Kroměříž 2004', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015', 'Kuala Lumpur 2025', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018', 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Las Leñas 1992', 'Libreville 1983', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Lusaka 2007', 'Luxembourg 1997', 'Lyon 1996', 'Maastricht 1991', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Maseru 2006', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 1985', 'Milan 2014', 'Minsk 1993', 'Mogadishu 1974', 'Moncton 1999', 'Monrovia 2017', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Moscow 2003', 'Moscow 2024', 'Munich 1992', 'Muscat 2008', "N'Djamena 2014", 'Nadi 2006', 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015', 'New Delhi 2023', 'Newport 2014', 'Niamey 2019', 'Nice 2000', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2007", "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Ocho Rios 1982', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Ottawa 1973', 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2000', 'Panama City 2015', 'Paracas 2015', 'Paramaribo 2022', 'Paranal 2012', 'Paraná 2014', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Pittsburgh 2009', 'Pohnpei 2016', 'Port Louis 1976', 'Port Moresby 2015', 'Port Moresby 2018', 'Port Vila 2010', 'Port of Spain 2009', 'Port of Spain 2023', 'Porto 1998', 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017', 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014', 'Putrajaya 2003', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Salamanca 2005', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San Juan 2010', 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', "St John's 2014", 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Strasbourg 2009', 'Subic Bay 1996', 'Suva 2022', 'Sydney 2007', 'São Tomé 2023', 'Tampere 1999', 'Taormina 2017', 'Tarawa 2000', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 1988', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Trujillo 1996', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014', 'Versailles 1982', 'Victoria Falls 2009', 'Vienna 1993', 'Vientiane 2016', 'Vientiane 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Williamsburg 1983', 'Wilmington 2024', 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998', 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010', 'Yokohama 2013']

AVOID_CITIES = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk', 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis', 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar', 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras, Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez', 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou', 'Maastricht', 'Potrero de los Funes', 'Subic Bay', 'Kroměříž', 'Yalta', 'Chaguaramas', 'Ocho Rios', 'Punta Mita', 'Libreville', 'Praia', 'Naples', 'Venice', 'Koror', 'Inshas', 'Ottawa', 'Corfu', 'Windsor', 'Amsterdam', 'Tucumán', 'Munich', 'Berlin', 'Milan', 'Las Leñas', "Nuku'alofa", 'Jeddah', 'Kinshasa', 'Grand Anse', 'Paracas', 'Panama City', 'Bridgetown', 'Port Louis', 'Cochabamba', 'Bodrum', 'Kazan', 'Gyeongju', 'Tarawa', 'Apia', 'Basseterre', 'Versailles', 'Nice', 'Fontainebleau', 'Toronto', 'Florianópolis', 'Luxembourg', 'Tampere', 'Salamanca', 'Paraná', 'Maseru', 'Alexandria', 'Freetown', 'Bujumbura', 'Burabay', 'Mogadishu', 'Belgrade', 'Essen', 'Vienna', 'Dublin', 'Trujillo', 'Dorado', 'Port Vila', 'Paramaribo', 'Nadi', "St John's"]


REGISTRY = {
 "h96_g7_rambouillet_vernier": {
  "style": "straight",
  "credited": [
   "Isobel Gaukroger-Ridolfi"
  ],
  "noise": [
   "Vernier Wire | World | Monday, November 17, 1975 17:05 GMT",
   "By Aymeric Scheurer-Pumphrey",
   "UPDATE 3-Adds declaration details, leaders' remarks, London dealer",
   "(Reporting by Aymeric Scheurer-Pumphrey; Editing by Isobel Gaukroger-Ridolfi)",
   "Related: FACTBOX-Who came to the chateau | Oil producers and consumers set December date in Paris | Sterling steady ahead of weekend talks",
   "Vernier Wire archive. Text digitised from the original teleprinter copy; minor errors may remain. (c) 1975 Vernier Wire. All rights reserved."
  ]
 },
 "h96_g7_rambouillet_tontine": {
  "style": "curly",
  "credited": [],
  "noise": [
   "The Tontine Economic Weekly | Analysis | Saturday, November 22, 1975",
   "By Gwendoline Strongitharm-Tavernier",
   "Home | Markets | Money | Trade | Energy | Archive | Subscribe",
   "We use cookies to remember your archive searches and to count readers. Accept all | Manage settings",
   "Photo: The chateau seen from its park. Tontine archive.",
   "Read next: The dollar after Rambouillet | Oil, the producers and the Paris conference | Why Britain is tempted by import controls",
   "Comments (4)",
   "harbour_light - 3 years ago: Amazing how much of the modern summit circus started with one weekend in a hunting lodge.",
   "Pilar R. - 3 years ago: My father worked at the central bank in Paris at the time and always said the currency paragraph took longer to write than the whole meeting lasted.",
   "fireside_reader - 2 years ago: Six men, a fire and no press pack until the end. Hard to imagine now.",
   "Ochieng W. - 1 year ago: Worth noting that no developing country was in the room, even though the oil conference was on their agenda.",
   "Get the Tontine archive newsletter: one piece from our back issues every Sunday. Sign up",
   "The Tontine Economic Weekly (c) 1975 and 2021 Tontine Publishing. Archive articles are reproduced as first printed."
  ]
 },
 "h96_eu_florence_ythan": {
  "style": "curly",
  "credited": [],
  "noise": [
   "Ythan Farm Gazette | Livestock | Wednesday, June 26, 1996",
   "By Kirsteen Cruickshank-Mutch",
   "News | Livestock | Arable | Machinery | Marts | Jobs | Subscribe",
   "ADVERTISEMENT - Bennachie Feeds: summer grazing mixes now in stock at all depots",
   "Photo caption: Suckler cows and calves on a farm in the Ythan valley. Gazette picture.",
   "Comments (3)",
   "Blackface_Bob: Half a framework is better than none but I will believe it when the lorries roll to the continent.",
   "Meg at Methlick: Our calves went for less this spring than in 1990. Nobody in Florence will pay the feed bill.",
   "Kinnordy farmer: Read the small print. Every step goes back to Brussels committees.",
   "Ythan Farm Gazette, published every Wednesday. Archive edition. (c) 1996 Ythan Farm Gazette Ltd."
  ]
 },
 "h96_eu_florence_arnolfo": {
  "style": "straight",
  "credited": [],
  "noise": [
   "Radio Arnolfo International | Europe Tonight | Saturday, June 22, 1996",
   "Presented by Ludovica Pandolfini-Follett, with Innes Drysdale-Auchinleck in Florence",
   "Home | Listen live | Programmes | Transcripts | Frequencies | Contact",
   "[END OF TRANSCRIPT]",
   "Coming up at 20:30: Europe Tonight Extra, with listeners' questions on the beef crisis.",
   "Did you know? Europe Tonight transcripts can now be ordered by post for the price of a stamp. Write to the Transcripts Office.",
   "Radio Arnolfo International archive. Transcripts are made from the broadcast recording and may contain errors. (c) 1996 Radio Arnolfo International."
  ]
 },
 "h96_coe_strasbourg_cantilever": {
  "style": "straight",
  "credited": [
   "Seonaid Proudfoot-Hattstatt",
   "Hilarion Bazalgette-Zouche"
  ],
  "noise": [
   "Cantilever Wire | Europe | Saturday, October 11, 1997 15:52 GMT",
   "By Gaspard Ehrsam-Kinnaird",
   "UPDATE 1-Adds three-way meeting on sidelines, rights group reaction, analyst",
   "Photo: Flags of the member states outside the Palais de l'Europe on Friday. Cantilever",
   "(Reporting by Gaspard Ehrsam-Kinnaird; additional reporting by Seonaid Proudfoot-Hattstatt; Editing by Hilarion Bazalgette-Zouche)",
   "Related: FACTBOX-The Council of Europe's 40 members | Russia's rights record under scrutiny | Bioethics: what the Oviedo convention says",
   "Cantilever Wire (c) 1997. All rights reserved. Republication without written permission is prohibited."
  ]
 },
 "h96_coe_strasbourg_habeas": {
  "style": "curly",
  "credited": [],
  "noise": [
   "The Habeas Letter | Europe | Wednesday, October 15, 1997",
   "By Lieven Verstraeten-Ayscough",
   "Home | Issues | Countries | Campaigns | Archive | Donate",
   "Reading time: 4 minutes",
   "Related: Our 1996 report on prison conditions in the east | Inside the new single court",
   "FAQ: What is the Council of Europe? It is not the European Union. It was founded in 1949, has its seat in Strasbourg and runs the European Convention on Human Rights. Who can apply to the Court? Anyone within the jurisdiction of a member state, once national remedies are exhausted.",
   "Comments (3)",
   "marta_k: The commissioner idea is fine, but without the power to take cases it will be ignored in the capitals that need it most.",
   "Jens from Aarhus: Good to see cloning addressed before the scientists get there first.",
   "anon_lawyer: The real test is not the declaration but the budget vote next spring.",
   "Sign up for the Habeas Letter: fortnightly, free, no advertising.",
   "The Habeas Letter is published by a charitable trust. (c) 1997 The Habeas Letter. Corrections: corrections@habeasletter.example"
  ]
 },
 "h96_eu_cannes_lerins": {
  "style": "curly",
  "credited": [],
  "noise": [
   "Lerins Gazette | Riviera & World | Wednesday, June 28, 1995",
   "By Gervaise Barralis-Orchardson",
   "This archive uses cookies for visitor statistics. By continuing you accept them. OK | More information",
   "Home | Cannes | Antibes | Grasse | Riviera & World | Culture | Festival | Archive",
   "Read also: Croisette closed to traffic for two days | Hoteliers count the cost of two closed days",
   "Photo: Police motorcyclists on the Croisette during the summit. Lerins Gazette",
   "Comments (3)",
   "Riviera_Jo: The Croisette closed for two days and my bus took an hour. Hope the Mediterranean money was worth it.",
   "Thierry06: Nobody here talks about Europol, everybody talks about the traffic.",
   "old_ecu_saver: Four years to the single currency. We will see.",
   "Lerins Gazette archive: articles before 2000 were scanned from the printed edition and may contain errors. (c) 1995 Lerins Gazette, Cannes."
  ]
 },
 "h96_nam_porlamar_bocas": {
  "style": "straight",
  "credited": [],
  "noise": [
   "Bocas Weekly Courier | Region | Tuesday, September 20, 2016",
   "By Anil Maraj-Wedderburn",
   "Home | Trinidad | Tobago | Region | Business | Energy | Sport | Opinion | E-paper",
   "Updated Tuesday 09:40 - adds reaction from Caracas",
   "Photo: Delegates arrive at the conference hotel in Porlamar on Saturday. Courier photo",
   "Related: Caracas recall vote timetable | Ferry service to Guiria suspended again | Energy ministers meet in Port of Spain",
   "Comments (4)",
   "Sando_boy: Margarita used to be where we went for cheap shopping. Now they host summits while people queue for flour.",
   "Carib_watcher: The movement still matters at the UN. Do not write it off because of one poor turnout.",
   "Priya M.: My cousin in Pampatar said the water was off for three days during the meeting.",
   "PoS_realist: Three years of this chairmanship. Interesting times for the neighbours.",
   "Get the Courier in your inbox every Tuesday. Subscribe to our newsletter",
   "Bocas Weekly Courier, San Fernando, Trinidad and Tobago. (c) 2016 Bocas Media Ltd. All rights reserved."
  ]
 }
}

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u00f8', 'o').replace('\u00d8', 'O').replace('\u00e6', 'ae').replace('\u00c6', 'AE')
    s = s.replace('\u00f0', 'd').replace('\u0142', 'l').replace('\u0141', 'L').replace('\u00df', 'ss')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()

def tokens(s):
    s = fold(s)
    s = re.sub(r"(?<=[a-z0-9])['\u2019]s\b", ' s', s)
    s = re.sub(r"(?<=[a-z0-9])['\u2019](?=[a-z0-9])", '', s)
    return re.findall(r'[a-z0-9]+', s)

def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def city_forms(c):
    forms = {c}
    m = re.match(r'^(.*?) \((.*)\)$', c)
    if m:
        forms.add(m.group(1))
        for part in m.group(2).split(', '):
            forms.add(part)
    return {fold(x) for x in forms}

AVOID_FOLDED = set()
for _c in AVOID_CITIES:
    AVOID_FOLDED |= city_forms(_c)
USED_FOLDED = set()
for _u in USED_CITY_YEARS:
    _m = re.match(r'^(.*) (\d{4})$', _u)
    for _f in city_forms(_m.group(1)):
        USED_FOLDED.add((_f, _m.group(2)))

def iso(d, where):
    try:
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', d):
            raise ValueError
        return datetime.date.fromisoformat(d)
    except Exception:
        err('%s: not an ISO date: %r' % (where, d))
        return None

def ordered_keys(obj, keys, where):
    if not isinstance(obj, dict):
        err('%s: not an object' % where)
        return False
    if list(obj.keys()) != keys:
        err('%s: keys %r, expected %r' % (where, list(obj.keys()), keys))
        return False
    return True

def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 95)]
    ids, slugs, prefixes, summits = set(), set(), set(), []
    opened = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        opened += 1
        g = json.load(open(p, encoding='utf-8'))
        arts = g['articles'] if isinstance(g, dict) else g
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date'), a.get('id')))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str) and sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return opened, ids, slugs, prefixes, summits

def split_lines(text):
    if not text.endswith('\n'):
        err('file does not end with a newline')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n')

def date_support(d, pub, body_fold, where):
    """True if date d can be recovered from the (folded) headline and body."""
    # month and day
    pairs = set()
    mon_re = '|'.join(MONTHS + sorted(MONTH_ABBR, key=len, reverse=True))
    for m in re.finditer(r'\b(%s)\.? (\d{1,2})\b((?:(?:,? and | to |-)\d{1,2}\b)*)' % mon_re, body_fold):
        mo = m.group(1)
        month = MONTHS.index(mo) + 1 if mo in MONTHS else MONTH_ABBR[mo]
        days = [int(m.group(2))] + [int(x) for x in re.findall(r'\d{1,2}', m.group(3))]
        for dd in days:
            pairs.add((month, dd))
    if (d.month, d.day) in pairs:
        return 'month-day'
    delta = (pub - d).days
    wd = WEEKDAYS[d.weekday()]
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % wd, body_fold):
        return 'weekday'
    if delta == 0 and any(re.search(r'\b%s\b' % w, body_fold) for w in REL_SAME):
        return 'relative'
    if delta == 1 and any(re.search(r'\b%s\b' % w, body_fold) for w in REL_PREV):
        return 'relative'
    return None

LABEL_RE = re.compile(r'^[A-Z][A-Z\'\u2019 .-]+: ')

def sentence_bounded(ev, text, title, body_spans):
    """Evidence must be the whole headline or a run of whole sentences of the body."""
    if ev == title:
        return True
    for m in re.finditer(re.escape(ev), text):
        s, e = m.start(), m.end()
        if not any(bs <= s and e <= be for bs, be in body_spans):
            continue
        line_start = text.rfind('\n', 0, s) + 1
        before = text[line_start:s]
        ok_start = (before == '' or re.search(r'[.?!]["\u201d]? $', before) is not None
                    or LABEL_RE.match(before) is not None and LABEL_RE.match(before).group(0) == before)
        after = text[e:e + 1]
        ok_end = (after in ('\n', '') or after == ' ') and (
            after in ('\n', '') and ev[-1] in '.?!"\u201d' or re.search(r'([.?!]|[.?!,]["\u201d])$', ev) is not None)
        if ok_start and ok_end and not ev.startswith(' ') and not ev.endswith(' '):
            return True
    return False

def check():
    gpath = os.path.join(HERE, 'heldout96_gold.json')
    raw = open(gpath, encoding='utf-8').read()
    gold = json.loads(raw, object_pairs_hook=OrderedDict)
    ordered_keys(gold, ['about', 'articles'], 'gold')
    if not isinstance(gold.get('about'), str) or not gold['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold.get('articles')
    if not isinstance(arts, list) or not arts:
        err('articles missing')
        return
    opened, e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    if opened < 50:
        err('only %d earlier gold files found under %s' % (opened, EARLIER))
    if any(isinstance(i, str) and i.startswith('h%d_' % ROUND) for i in e_ids):
        err('the h%d prefix is already used in earlier gold' % ROUND)
    # files in this folder
    present = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    expected = sorted(a.get('id', '') + '.txt' for a in arts)
    if present != expected:
        err('article files %r do not match ids %r' % (present, expected))
    others = sorted(f for f in os.listdir(HERE) if not f.endswith('.txt') and f not in ('heldout96_gold.json', 'check.py', '__pycache__'))
    if others:
        err('unexpected files in folder: %r' % others)
    if sorted(REGISTRY) != sorted(a.get('id') for a in arts):
        err('ids do not match the registry of check.py')
    seen_ids = set()
    slug_arts = defaultdict(list)        # slug -> [(id, kinds)]
    summit_of = {}
    outlet_of = {}
    prefix_summit = {}
    stats = []
    all_person_keys = set()
    for a in arts:
        aid = a.get('id', '?')
        W = aid
        if not ordered_keys(a, ARTICLE_KEYS, W):
            continue
        reg = REGISTRY.get(aid)
        if reg is None:
            err('%s: id not registered' % W)
            continue
        if aid in seen_ids:
            err('%s: duplicate id' % W)
        seen_ids.add(aid)
        if aid in e_ids:
            err('%s: id used in earlier gold' % W)
        m = re.match(r'^h96_([a-z0-9]+)_([a-z]+)_([a-z]+)$', aid)
        if not m:
            err('%s: id not of the form h96_<org>_<city>_<outlet>' % W)
            continue
        if a['split'] != SPLIT:
            err('%s: split %r' % (W, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (W, a['file']))
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % W)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in %s/articles (fine once the set has been moved)' % (aid, EARLIER))
        text = open(path, encoding='utf-8').read()
        lines = split_lines(text)
        noise = reg['noise']
        style = reg['style']
        # --- layout and noise ---
        title = lines[0]
        if a['title'] != title:
            err('%s: title is not the first line' % W)
        if title in noise:
            err('%s: headline registered as noise' % W)
        try:
            first_blank = lines.index('')
        except ValueError:
            err('%s: no blank line after the header' % W)
            continue
        header = lines[1:first_blank]
        if not header or any(h not in noise for h in header):
            err('%s: header lines must all be registered noise' % W)
        offs, p = [], 0
        for l in lines:
            offs.append(p)
            p += len(l) + 1
        noise_idx = [i for i, l in enumerate(lines) if l in noise]
        if sorted(Counter(lines[i] for i in noise_idx).elements()) != sorted(noise):
            err('%s: registered noise lines not found exactly in the file' % W)
        body_idx = [i for i in range(first_blank, len(lines)) if i not in noise_idx]
        body_lines = [lines[i] for i in body_idx if lines[i] != '']
        body_spans = [(offs[i], offs[i] + len(lines[i])) for i in body_idx if lines[i] != '']
        body_text = '\n'.join(body_lines)
        last_body = max(i for i in body_idx if lines[i] != '')
        top = [i for i in noise_idx if i < first_blank]
        middle = [i for i in noise_idx if first_blank < i < last_body]
        tail = [i for i in noise_idx if i > last_body]
        if not top or not tail:
            err('%s: page noise must be present at the top and at the end' % W)
        if len(noise) < 4:
            err('%s: too little page noise' % W)
        nwords = sum(len(l.split()) for l in body_lines)
        fwords = len(text.split())
        if not 420 <= nwords <= 600:
            err('%s: %d words of article body (420-600 required)' % (W, nwords))
        noise_text = '\n'.join(noise)
        comments = 0
        for i, l in enumerate(noise):
            if re.match(r'^Comments \((\d+)\)$', l):
                n = int(re.match(r'^Comments \((\d+)\)$', l).group(1))
                following = noise[i + 1:i + 1 + n]
                if len(following) != n or n < 3 or not all(re.match(r'^[^:]{2,40}: \S', c) for c in following):
                    err('%s: comment section %r not followed by %d comment lines' % (W, l, n))
                comments = n
        stats_row = {'id': aid, 'body': nwords, 'file': fwords, 'top': len(top), 'middle': len(middle),
                     'tail': len(tail), 'comments': comments}
        # --- outlet line, authors, credited staff ---
        pub = iso(a['published_at'], W + ' published_at')
        outlet_line = lines[1]
        outlet = outlet_line.split(' | ')[0]
        outlet_of[aid] = outlet
        if m.group(3) not in fold(outlet).replace(' ', ''):
            err('%s: outlet part of id %r not in outlet name %r' % (W, m.group(3), outlet))
        if pub:
            want = [pub.strftime('%A'), pub.strftime('%B'), str(pub.day), str(pub.year)]
            for w in want:
                if not re.search(r'\b%s\b' % w, outlet_line):
                    err('%s: %r missing from the outlet line' % (W, w))
            for wd in WEEKDAYS:
                if wd.capitalize() != pub.strftime('%A') and wd.capitalize() in outlet_line:
                    err('%s: another weekday on the outlet line' % W)
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors must be a non-empty list' % W)
        byline = '\n'.join(header)
        for au in a['authors']:
            if au not in byline:
                err('%s: author %r not in the byline' % (W, au))
        for cr in reg['credited']:
            if cr not in noise_text:
                err('%s: credited staff %r not in the page noise' % (W, cr))
        # --- quote style ---
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly marks in a straight article' % W)
            for l in lines:
                if l.count('"') % 2:
                    err('%s: odd number of double marks on a line: %r' % (W, l[:60]))
        elif style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight marks in a curly article' % W)
            if OPEN_S in text:
                err('%s: opening single curly mark' % W)
            for l in lines:
                depth = 0
                for ch in l:
                    if ch == OPEN_D:
                        depth += 1
                        if depth > 1:
                            err('%s: nested double marks: %r' % (W, l[:60]))
                    elif ch == CLOSE_D:
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened double mark: %r' % (W, l[:60]))
                            depth = 0
                if depth:
                    err('%s: unclosed double mark: %r' % (W, l[:60]))
        else:
            err('%s: unknown style' % W)
        oq, cq = ('"', '"') if style == 'straight' else (OPEN_D, CLOSE_D)
        apos_bad = '\u2019' if style == 'straight' else "'"
        if '"' in title or OPEN_D in title or CLOSE_D in title:
            err('%s: double mark in the headline' % W)
        for l in noise:
            if '"' in l or OPEN_D in l or CLOSE_D in l:
                err('%s: double mark in page noise: %r' % (W, l[:60]))
        # --- summit ---
        s = a['summit']
        if ordered_keys(s, SUMMIT_KEYS, W + ' summit'):
            org = s['organization']
            if org not in ALLOWED_ORGS:
                err('%s: organisation %r not allowed for this set' % (W, org))
            if ID_ORG.get(m.group(1)) != org:
                err('%s: id org part %r does not match %r' % (W, m.group(1), org))
            cityf = fold(s['city'])
            if re.sub(r'[^a-z]', '', cityf) != m.group(2):
                err('%s: id city part %r does not match city %r' % (W, m.group(2), s['city']))
            sd = iso(s['start_date'], W + ' start_date')
            ed = iso(s['end_date'], W + ' end_date')
            if sd and ed:
                if sd > ed:
                    err('%s: start after end' % W)
                if (ed - sd).days > 6:
                    err('%s: summit longer than a week' % W)
                if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                    err('%s: publication date outside the summit and three weeks after' % W)
                if cityf in AVOID_FOLDED:
                    err('%s: city %r is on the avoid list' % (W, s['city']))
                if (cityf, str(sd.year)) in USED_FOLDED:
                    err('%s: %s %d is on the used list' % (W, s['city'], sd.year))
                for eo, ec, es, eid in e_summits:
                    if isinstance(ec, str) and fold(ec) == cityf and isinstance(es, str) and es[:4] == str(sd.year):
                        err('%s: %s %d used by earlier summit %s' % (W, s['city'], sd.year, eid))
                    if eo == org and isinstance(ec, str) and fold(ec) == cityf and es == s['start_date']:
                        err('%s: same summit as earlier %s' % (W, eid))
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf or [f for f in FIVE if f in tf] != tf or len(set(tf)) != len(tf):
                err('%s: text_fields %r not a non-empty subset of the five fields in order' % (W, tf))
                tf = []
            hb = title + '\n' + body_text
            hb_tokens = tokens(hb)
            hb_fold = fold(hb)
            for f in tf:
                if f == 'organization':
                    if not any(has_seq(hb_tokens, tokens(n)) for n in ORG_NAMES.get(org, [])):
                        err('%s: organisation not named in the text' % W)
                elif f in ('city', 'country'):
                    if not has_seq(hb_tokens, tokens(s[f])):
                        err('%s: %s %r not in the text' % (W, f, s[f]))
                else:
                    d = sd if f == 'start_date' else ed
                    if d and pub and not date_support(d, pub, hb_fold, W):
                        err('%s: %s %s not recoverable from the text' % (W, f, d))
            for f in FIVE:
                if f not in tf and f in ('city', 'country') and has_seq(hb_tokens, tokens(s[f])):
                    print('note: %s: %s present in text but not in text_fields' % (W, f))
            key = (org, s['city'], s['start_date'])
            summit_of[aid] = (key, s['country'], s['end_date'])
        # --- participants ---
        pkeys = []
        if not isinstance(a['participants'], list):
            err('%s: participants not a list' % W)
            a['participants'] = []
        for pt in a['participants']:
            if not ordered_keys(pt, PART_KEYS, W + ' participant'):
                continue
            k = pt['key']
            if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)*$', k):
                err('%s: malformed participant key %r' % (W, k))
                continue
            if k in pkeys:
                err('%s: participant %r listed twice' % (W, k))
            pkeys.append(k)
            toks = k[len('person:'):].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: title word at the start of key %r' % (W, k))
            if not has_seq(tokens(title + '\n' + body_text), toks):
                err('%s: name of %r not found in headline or body' % (W, k))
            for fld in ('role', 'affiliation'):
                v = pt[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %r' % (W, fld, k))
                elif apos_bad in v:
                    err('%s: %s of %r not in the article apostrophe style' % (W, fld, k))
            names_ad = [tokens(x) for x in a['authors'] + reg['credited']]
            if any(toks == n for n in names_ad):
                err('%s: author or credited staff %r listed as participant' % (W, k))
        all_person_keys |= set(pkeys)
        # --- quotes ---
        body_quoted = []
        qre = re.compile(r'"([^"\n]*)"') if style == 'straight' else re.compile('\u201c([^\u201c\u201d\n]*)\u201d')
        for l in body_lines:
            body_quoted += qre.findall(l)
        annotated = [q.get('text') for q in a['quotes']] + list(a['not_quotes'])
        if Counter(body_quoted) != Counter(annotated):
            err('%s: quoted spans %r differ from quotes+not_quotes %r' % (
                W, sorted((Counter(body_quoted) - Counter(annotated)).elements()),
                sorted((Counter(annotated) - Counter(body_quoted)).elements())))
        last = -1
        evid_all = [e for f in a['facts'] if isinstance(f, dict) for e in (f.get('evidence') or [])]
        for q in a['quotes']:
            if not ordered_keys(q, QUOTE_KEYS, W + ' quote'):
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (W, q['kind']))
            sk = q['speaker_key']
            if sk.startswith('person:'):
                if sk not in pkeys:
                    err('%s: speaker %r is not a participant' % (W, sk))
            elif sk.startswith('org:'):
                if not re.match(r'^org:[a-z0-9]+(-[a-z0-9]+)*$', sk):
                    err('%s: malformed org key %r' % (W, sk))
            elif not re.match(r'^country:[a-z]{2}$', sk):
                err('%s: malformed speaker key %r' % (W, sk))
            marked = oq + q['text'] + cq
            pos = [mm.start() for mm in re.finditer(re.escape(marked), text)]
            pos = [x for x in pos if any(bs <= x and x + len(marked) <= be for bs, be in body_spans)]
            if not pos:
                err('%s: quote not found verbatim in the body: %r' % (W, q['text'][:50]))
                continue
            if pos[0] <= last:
                err('%s: quotes out of text order at %r' % (W, q['text'][:40]))
            last = pos[0]
            if not any(marked in e for e in evid_all):
                err('%s: quote %r inside no fact evidence' % (W, q['text'][:40]))
            if q['text'] in noise_text:
                err('%s: quote text occurs in page noise' % W)
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (oq + nq + cq) not in body_text:
                err('%s: not_quote %r not found' % (W, nq))
        # --- facts ---
        prefixes_here = set()
        slugs_here = set()
        for f in a['facts']:
            if not ordered_keys(f, FACT_KEYS, W + ' fact'):
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % W)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or any(k not in FACT_KINDS for k in ks):
                err('%s: bad fact kinds %r' % (W, ks))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.match(r'^[a-z]+[0-9]{2}-[a-z0-9]+$', sa):
                err('%s: malformed same_as %r' % (W, sa))
                continue
            if sa in slugs_here:
                err('%s: same_as %r repeated in the article' % (W, sa))
            slugs_here.add(sa)
            prefixes_here.add(sa.split('-')[0])
            if sa in e_slugs:
                err('%s: same_as %r used in earlier gold' % (W, sa))
            slug_arts[sa].append((aid, tuple(sorted(ks)) if isinstance(ks, list) else ()))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: fact %r without evidence' % (W, sa))
                continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: evidence with outer spaces or empty in %r' % (W, sa))
                    continue
                if e not in text:
                    err('%s: evidence not verbatim in the file: %r' % (W, e[:60]))
                    continue
                if e in noise_text:
                    err('%s: evidence occurs in page noise: %r' % (W, e[:60]))
                if not sentence_bounded(e, text, title, body_spans):
                    err('%s: evidence not sentence-bounded in headline or body: %r' % (W, e[:60]))
        if len(prefixes_here) != 1:
            err('%s: %d same_as prefixes (one required)' % (W, len(prefixes_here)))
        else:
            px = prefixes_here.pop()
            if s and 'start_date' in s and not px.endswith(s['start_date'][2:4]):
                err('%s: prefix %r does not end in the two digits of the year' % (W, px))
            if px in e_prefixes:
                err('%s: prefix %r used in earlier gold' % (W, px))
            if aid in summit_of:
                prev = prefix_summit.setdefault(px, summit_of[aid][0])
                if prev != summit_of[aid][0]:
                    err('%s: prefix %r shared by two summits' % (W, px))
        # --- page noise must carry no gold material ---
        nf = fold(noise_text)
        for pt in a['participants']:
            if not isinstance(pt, dict):
                continue
            toks = pt['key'][len('person:'):].split('-')
            if has_seq(tokens(noise_text), toks):
                err('%s: participant name %r in page noise' % (W, pt['key']))
            if re.search(r'\b%s\b' % re.escape(toks[-1]), nf):
                err('%s: participant surname %r in page noise' % (W, toks[-1]))
        stats_row.update(quotes=len(a['quotes']), not_quotes=len(a['not_quotes']),
                         participants=len(a['participants']), facts=len(a['facts']))
        stats.append(stats_row)
    # --- shape: 5 summits, 3 pairs of two outlets, 2 singles ---
    by_summit = defaultdict(list)
    for aid, (key, country, end) in summit_of.items():
        by_summit[key].append(aid)
    sizes = sorted(len(v) for v in by_summit.values())
    if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]:
        err('shape: %d articles, summit sizes %r (need 8 articles: 3 pairs and 2 singles)' % (len(arts), sizes))
    orgs = Counter(k[0] for k in by_summit)
    if len(orgs) < 3 or max(orgs.values()) > 2:
        err('bodies: %r (need at least three, at most two summits each)' % dict(orgs))
    pair_of = {}
    for key, ids in by_summit.items():
        if len(ids) == 2:
            x, y = ids
            pair_of[x], pair_of[y] = y, x
            if outlet_of.get(x) == outlet_of.get(y):
                err('pair %r from one outlet' % (ids,))
            if summit_of[x][1:] != summit_of[y][1:]:
                err('pair %r disagrees on summit data' % (ids,))
    shared = defaultdict(list)
    for sa, occ in slug_arts.items():
        ids = [o[0] for o in occ]
        if len(ids) > 2:
            err('same_as %r occurs in %d articles' % (sa, len(ids)))
        elif len(ids) == 2:
            x, y = ids
            if pair_of.get(x) != y:
                err('same_as %r shared by %s and %s, which are not a pair' % (sa, x, y))
            if occ[0][1] != occ[1][1]:
                err('same_as %r has different kinds in the pair' % sa)
            shared[tuple(sorted(ids))].append(sa)
    for key, ids in by_summit.items():
        if len(ids) == 2 and len(shared.get(tuple(sorted(ids)), [])) < 5:
            err('pair %r shares only %d slugs' % (ids, len(shared.get(tuple(sorted(ids)), []))))
    # --- report ---
    for r in stats:
        print('%-34s body %3d file %3d noise %d/%d/%d comments %d quotes %d not_quotes %d participants %d facts %d' % (
            r['id'], r['body'], r['file'], r['top'], r['middle'], r['tail'], r['comments'], r['quotes'],
            r['not_quotes'], r['participants'], r['facts']))
    if sum(1 for r in stats if r['middle']) < 3:
        err('fewer than three articles with page noise in the middle')
    if sum(1 for r in stats if r['comments'] >= 3) < 3:
        err('fewer than three articles with a reader comment section')
    for ids, sl in sorted(shared.items()):
        print('shared %s: %d (%s)' % (' + '.join(ids), len(sl), ', '.join(sorted(sl))))
    print('earlier gold files read: %d' % opened)

if __name__ == '__main__':
    try:
        check()
    except Exception:
        traceback.print_exc()
        err('checker crashed')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout96 passes')
    sys.exit(0)
