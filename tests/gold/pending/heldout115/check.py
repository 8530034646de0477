#!/usr/bin/env python3
"""Checker for the held-out set heldout115 (written from scratch by the annotator).

Run: python3 check.py  (from anywhere). Exits 0 if every check passes, 1 on any error
(an unexpected exception counts as an error). Set H115_EARLIER to the folder holding the
earlier gold files when the checker runs on a copy outside tests/gold/pending/heldout115.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H115_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout115_gold.json')
OPENING = ("Held-out set round 115 (split=heldout115), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
TITLE_WORDS = {'king', 'queen', 'president', 'prime', 'minister', 'sheikh', 'emir', 'sultan',
               'secretary', 'general', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'admiral',
               'chancellor', 'foreign', 'governor', 'prince', 'crown', 'the', 'ambassador'}

# Bodies the brief allows, with the names that count as naming them in a text.
ALLOWED_ORGS = {
    'org:nato': ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
    'org:apec': ['APEC', 'Asia-Pacific Economic Cooperation'],
    'org:sco': ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
    'org:g20': ['G20', 'Group of 20'],
    'org:cis': ['CIS', 'Commonwealth of Independent States'],
    'org:gcc': ['GCC', 'Gulf Cooperation Council'],
    'org:oic': ['OIC', 'Organisation of the Islamic Conference', 'Organization of the Islamic Conference',
                'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'Islamic Conference'],
    'org:summit-of-the-americas': ['Summit of the Americas'],
    'org:oas': ['OAS', 'Organization of American States', 'Organisation of American States'],
    'org:francophonie': ['Francophonie'],
    'org:turkic-council': ['Turkic Council', 'Organization of Turkic States'],
    'org:csto': ['CSTO', 'Collective Security Treaty Organization'],
    'org:eaeu': ['Eurasian Economic Union'],
    'org:visegrad-group': ['Visegrad Group', 'Visegrad Four'],
    'org:african-union': ['African Union', 'AU'],
    'org:oau': ['OAU', 'Organization of African Unity', 'Organisation of African Unity'],
    'org:sica': ['SICA', 'Central American Integration System'],
    'org:cplp': ['CPLP', 'Community of Portuguese Language Countries'],
    'org:non-aligned-movement': ['Non-Aligned Movement'],
    'org:eco': ['ECO', 'Economic Cooperation Organization'],
    'org:union-for-the-mediterranean': ['Union for the Mediterranean'],
    'org:asem': ['ASEM', 'Asia-Europe Meeting'],
    'org:east-asia-summit': ['East Asia Summit'],
    'org:bimstec': ['BIMSTEC'],
    'org:cica': ['CICA', 'Conference on Interaction and Confidence-Building Measures in Asia'],
    'org:cen-sad': ['CEN-SAD', 'Community of Sahel-Saharan States'],
    'org:alba': ['ALBA', 'Bolivarian Alliance'],
    'org:pacific-alliance': ['Pacific Alliance'],
}
ID_ORG = {'sica': 'org:sica', 'oas': 'org:oas', 'sco': 'org:sco'}

# Per-article registry: quote style, exact page-noise lines (header lines 2-4 included),
# credited staff who are not authors.
REGISTRY = {
 "h115_sica_montelimar_guanacaste": {
  "style": "curly",
  "noise": [
   "The Guanacaste Courier | Region | Wednesday, April 4, 1990",
   "By Marianela Quesada-Farnworth",
   "We use cookies to remember your settings and to count visits. Read our cookie policy. Accept all | Manage cookies",
   "Photo: Presidential cars wait outside the resort’s conference hall on Monday afternoon. Courier photo",
   "More from Region: Border crossing at Peñas Blancas to open longer hours | Liberia airport runway works delayed again | Rains expected early in the northern cantons",
   "3 comments",
   "Vecino de Liberia: Good riddance to the camps. Now let us see if Managua lets our trucks through without the long wait.",
   "Maestra jubilada: My school in Los Chiles had forty Nicaraguan children in 1986. I hope they all go home safe.",
   "Anónimo: A declaration is paper. Wait for June.",
   "The Guanacaste Courier, Liberia, Guanacaste. News for the Pacific north since 1979. (c) 1990 Courier Publishing. All rights reserved."
  ],
  "staff": []
 },
 "h115_sica_montelimar_guarumo": {
  "style": "straight",
  "noise": [
   "The Guarumo Report | Central America Briefing | Monday, April 9, 1990",
   "By Dolores Aburto-Midgley",
   "Reading time: 5 minutes | Share | Print | Save to your briefing folder",
   "Subscribe to The Guarumo Report: weekly briefings on Central America for governments, banks and newsrooms. Subscribe now | Already a subscriber? Sign in",
   "Frequently asked questions",
   "Q: How often is the Report published? A: Every Monday, except in the last week of December.",
   "Q: Can I forward the Report to colleagues? A: Subscribers may share single issues within their own organization.",
   "Q: Where do your figures come from? A: From governments, the UN and our own correspondents; sources are listed in the monthly data supplement.",
   "The Guarumo Report, Washington, D.C. (c) 1990 Guarumo Research Associates. All rights reserved."
  ],
  "staff": []
 },
 "h115_oas_stgeorges_grandetang": {
  "style": "curly",
  "noise": [
   "The Grand Etang Chronicle | Island & Region | Friday, June 24, 1977",
   "By Cuthbert Redhead-Egglestone",
   "From the archive: this article was digitised from our print edition. Some spellings have been kept as printed.",
   "ADVERTISEMENT: Spice Island Hardware, Grenville Street. Paint, cement, tools and roofing at the old prices. Open Monday to Saturday, 8 to 5.",
   "Letters to the editor (3)",
   "A reader in Grenville: Clean streets for the visitors. Can we keep them clean now that they are gone?",
   "Teacher, St David’s: My class wrote essays on the OAS this week. The children asked good questions.",
   "Hotel worker, Grand Anse: We worked double shifts and were glad of it.",
   "The Grand Etang Chronicle, St George’s, Grenada. Published every Friday. (c) 1977 Chronicle Printers Ltd."
  ],
  "staff": []
 },
 "h115_oas_stgeorges_pratincole": {
  "style": "straight",
  "noise": [
   "Radio Pratincole | Caribbean Report | Thursday, June 23, 1977",
   "Presented by Verona Tyldesley-Rawsthorne, with Carlyle Haddleton-Kaye in St George's",
   "Home | Programmes | Schedule | Frequencies | Transcripts | Contact the newsroom",
   "[END OF TRANSCRIPT]",
   "Coming up at 19:15: Cane and Cocoa, our weekly look at the region's crops and prices.",
   "Listeners write",
   "From a listener in Kingstown: Clear reception tonight on the short wave. Thank you for the full report.",
   "From a listener in Roseau: Please give us more on what the small islands actually asked for.",
   "From a listener in Sauteurs: Good programme. The studio guest explained it well.",
   "Radio Pratincole transcripts are prepared from the broadcast recording and may contain errors. (c) 1977 Radio Pratincole."
  ],
  "staff": []
 },
 "h115_oas_castries_pitons": {
  "style": "straight",
  "noise": [
   "The Pitons Review | Regional Affairs | Saturday, December 5, 1981",
   "By Marcella Monrose-Oxtoby",
   "News | Politics | Business | Regional Affairs | Sport | Letters | Classifieds",
   "Read next: Banana growers count the cost a year after Hurricane Allen | Cabinet to discuss new airport plan at Vieux Fort",
   "Newsletter: Get the Pitons Review headlines in your letterbox every Saturday. Sign up at the front desk, Bridge Street.",
   "Comments (3)",
   "Vieux Fort reader: Good to see the world come to Castries. Now fix the road to the south.",
   "Retired civil servant: The small islands should speak with one voice in these meetings.",
   "Market trader: Back at my usual place on Monday, thank God.",
   "The Pitons Review, Castries, Saint Lucia. (c) 1981 Pitons Publishing Company. All rights reserved."
  ],
  "staff": []
 },
 "h115_oas_castries_bathsheba": {
  "style": "curly",
  "noise": [
   "The Bathsheba Bulletin | Caribbean Affairs | Monday, December 7, 1981",
   "By Euclid Leadbeater-Hammerton",
   "Print edition archive | Subscribe | Advertise with us | Contact",
   "Advertisement: Fly to Castries and the Windwards three times a week. Ask your travel agent about our Christmas fares.",
   "Comments (4)",
   "Reader in Oistins: The small islands should stop going to these meetings if nobody listens.",
   "Speightstown reader: Good report, but where is our own minister in all this?",
   "Anonymous: Sugar, bananas, shipping. Same story every December.",
   "Retired teacher, St Lucy: Proud that one of our own islands is hosting. Well done, Saint Lucia.",
   "The Bathsheba Bulletin is published every Monday on the east coast of Barbados. (c) 1981 Bathsheba Press."
  ],
  "staff": []
 },
 "h115_sica_puntarenas_atitlan": {
  "style": "curly",
  "noise": [
   "The Atitlan Observer | Central America | Wednesday, December 19, 1990",
   "By Mirna Castañeda-Cleasby",
   "Home | Guatemala | Central America | Business | Travel | Opinion | Classifieds",
   "Photo caption: Fishing boats tied up along the Puntarenas waterfront, a few streets from the summit hall. Observer photo",
   "More in Central America: Runoff campaign enters final weeks | Lake Atitlan water levels worry boat owners | Christmas markets open in the capital",
   "Comments (3)",
   "Reader in Quetzaltenango: Region of peace, let us hope the words hold this time.",
   "Panajachel reader: Good piece. The border waits are a scandal.",
   "Anonymous: Nice declaration, now show us the roads.",
   "The Atitlan Observer, Panajachel, Guatemala. Independent news in English since 1982. (c) 1990 Atitlan Media."
  ],
  "staff": []
 },
 "h115_sco_zhengzhou_smew": {
  "style": "straight",
  "noise": [
   "Smew Wire | Asia | Tuesday, December 15, 2015 17:30 GMT",
   "By Shuying Pei-Gledhill",
   "UPDATE 2-Adds Russian comments, freight operator, analyst",
   "Related: FACTBOX-Members and observers of the Shanghai grouping | China's freight trains to Europe double their runs",
   "(Reporting by Shuying Pei-Gledhill; additional reporting by the Beijing bureau; Editing by Bolat Shackleton-Egglestone)",
   "We use cookies to personalise content and analyse our traffic. Manage preferences | Accept",
   "Most read: Oil slides to eleven-year low | Yuan weakens as markets await Fed decision | Paris climate deal: what comes next",
   "Smew Wire. (c) 2015 Smew Wire Services. All rights reserved."
  ],
  "staff": [
   "Bolat Shackleton-Egglestone"
  ]
 }
}

# The brief's list of cities never to use, copied verbatim ('X (Y)' counts as X and Y).
AVOID_CITIES = ["Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali", "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku", "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu", "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha", "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm", "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw", "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul", "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo", "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau", "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing", "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha", "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen", "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén", "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama", "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing", "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe", "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat", "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin", "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh", "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé", "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar", "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków", "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi", "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo", "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)", "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca", "Thessaloniki (Porto Carras", "Halkidiki)", "San Juan", "Mbabane", "Minsk", "Paranal", "São Tomé", "Tegucigalpa", "Ljubljana", "Seville", "Kingston", "Pattaya", "Rabat", "Lagos", "Williamsburg", "Fez", "Kyiv", "Bangalore", "Grand Baie", "Guadalajara", "Yaoundé", "Fort Lauderdale", "Gabala", "Cotonou", "Maastricht", "Potrero de los Funes", "Subic Bay", "Kroměříž", "Yalta", "Chaguaramas", "Ocho Rios", "Punta Mita", "Libreville", "Praia", "Naples", "Venice", "Koror", "Inshas", "Ottawa", "Corfu", "Windsor", "Amsterdam", "Tucumán", "Munich", "Berlin", "Milan", "Las Leñas", "Nuku'alofa", "Jeddah", "Kinshasa", "Grand Anse", "Paracas", "Panama City", "Bridgetown", "Port Louis", "Cochabamba", "Bodrum", "Kazan", "Gyeongju", "Tarawa", "Apia", "Basseterre", "Versailles", "Nice", "Fontainebleau", "Toronto", "Florianópolis", "Luxembourg", "Tampere", "Salamanca", "Paraná", "Maseru", "Alexandria", "Freetown", "Bujumbura", "Burabay", "Mogadishu", "Belgrade", "Essen", "Vienna", "Dublin", "Trujillo", "Dorado", "Port Vila", "Paramaribo", "Nadi", "St John's", "Viskuli", "Rio de Janeiro", "Livingstone", "Mar del Plata", "Shusha", "Rambouillet", "Florence", "Strasbourg", "Cannes", "Porlamar", "Sibiu", "Punta del Este", "Hanover", "Olivos", "Fortaleza", "Madang", "Sydney", "Villers-Cotterêts", "Taif", "Wellington", "Montebello", "Stuttgart", "Santa Maria da Feira", "Jeju", "Busan", "Estoril", "Andorra la Vella", "Honiara", "Port-au-Prince", "Canberra", "Salzburg", "Porto", "San Salvador", "Foz do Iguaçu", "San José", "Kunming", "La Paz", "Batumi", "Valencia", "Santa Marta", "Cardiff", "Tela", "Costa del Sol", "Ankara", "Playa del Carmen", "Costa do Sauípe", "Tarija", "Bogotá", "New York", "Athens", "Ghent", "Guatemala City", "Esquipulas", "Buenos Aires", "Bremen", "Biarritz", "Khankendi", "Colonia del Sacramento", "Managua", "Tallinn", "Machu Picchu", "Nanning", "Rionegro", "Conakry", "Kunming", "Batumi", "Valencia", "Santa Marta", "Salzburg", "Porto", "San Salvador", "San José", "Sucre", "Guayaquil", "Stralsund", "Kolding", "Piešťany", "Piestany", "Lahti", "Pörtschach", "Portschach", "Luque", "Gros Islet", "Iqaluit", "Fairbanks", "Moroni", "Salvador", "Salvador da Bahia", "Yaren", "San Isidro de Coronado", "Cumana", "Cumaná", "Maracay", "Merida", "Mérida", "Bahia Malaga", "Bahía Málaga", "Tromso", "Tromsø", "Funafuti", "Barrow", "Utqiagvik", "Cuenca", "Brisbane", "Quetta", "Barquisimeto", "Tintorero", "Otavalo", "Antalya", "Montrouis"]
# The brief's list of city-year pairs already used in the gold, copied verbatim.
USED_CITY_YEARS = ["Abidjan 2012", "Abidjan 2017", "Abu Dhabi 1981", "Abuja 2019", "Abuja 2024", "Accra 2022", "Addis Ababa 2007", "Addis Ababa 2017", "Addis Ababa 2024", "Addis Ababa 2025", "Addu City 2011", "Al-Ula 2021", "Alexandria 1964", "Algiers 2022", "Alma-Ata 1991", "Alofi 2008", "Amman 2001", "Amsterdam 1997", "Andorra la Vella 2021", "Ankara 1992", "Antalya 2006", "Antalya 2015", "Antananarivo 2016", "Antigua Guatemala 2013", "Apia 2017", "Apia 2024", "Arusha 2016", "Ashgabat 2021", "Astana 2017", "Astana 2024", "Asunción 2015", "Athens 1983", "Athens 2003", "Auckland 1995", "Awaza 2021", "Baghdad 2012", "Baghdad 2025", "Bahía Málaga 2022", "Baku 2019", "Bamako 2017", "Bandar Seri Begawan 2013", "Bangalore 1986", "Bangkok 2022", "Bangkok 2025", "Banjul 2024", "Barcelona 2005", "Bariloche 2009", "Barquisimeto 2007", "Barrow 2000", "Basseterre 2006", "Batumi 2008", "Beijing 2012", "Beijing 2014", "Beijing 2023", "Beirut 2002", "Belgrade 1961", "Belén 2015", "Bento Gonçalves 2019", "Berlin 1999", "Biarritz 2000", "Biarritz 2019", "Birmingham 1998", "Bishkek 2007", "Bishkek 2019", "Bissau 2023", "Blantyre 1997", "Bodrum 2014", "Bogor 1994", "Bogotá 2011", "Bonn 1982", "Borgo Egnazia 2024", "Brasília 2008", "Bratislava 2016", "Bremen 1978", "Bridgetown 2002", "Brisbane 1994", "Brisbane 2014", "Brussels 2016", "Brussels 2017", "Brussels 2018", "Brussels 2019", "Brussels 2021", "Brussels 2022", "Brussels 2023", "Bucharest 2006", "Bucharest 2008", "Bucharest 2018", "Budapest 1994", "Buenos Aires 1994", "Buenos Aires 2018", "Buenos Aires 2023", "Bujumbura 2023", "Burabay 2015", "Busan 2005", "Busan 2019", "Bürgenstock 2024", "Cairns 2009", "Cairo 2024", "Cali 2013", "Cali 2017", "Camp David 2012", "Camp David 2023", "Canberra 1983", "Cancún 2017", "Cannes 1995", "Cannes 2011", "Caracas 2011", "Carbis Bay 2021", "Cardiff 1998", "Cartagena 2012", "Cartagena 2016", "Casablanca 1989", "Cebu 2007", "Chaguaramas 1973", "Chicago 2012", "Chisinau 2023", "Cholpon-Ata 2018", "Cochabamba 2012", "Cologne 1999", "Colombo 2013", "Colombo 2022", "Colonia del Sacramento 1994", "Conakry 1983", "Coolum 2002", "Copenhagen 2002", "Corfu 1994", "Costa del Sol 1989", "Costa do Sauípe 2008", "Cotonou 1995", "Cuenca 2024", "Cumaná 2009", "Cádiz 2012", "Córdoba 2006", "Da Nang 2017", "Dakar 2008", "Dakar 2021", "Damascus 2008", "Dar es Salaam 2015", "Dar es Salaam 2019", "Dead Sea 2017", "Deauville 2011", "Denver 1997", "Dhahran 2018", "Dhaka 2005", "Diamniadio 2014", "Dili 2014", "Djerba 2022", "Djibouti 2023", "Doha 2007", "Doha 2013", "Dorado 1976", "Dublin 1990", "Dubrovnik 2016", "Durban 1999", "Durban 2013", "Dushanbe 2019", "Edinburgh 1997", "Elmau 2015", "Elmau 2022", "Enniskillen 2013", "Entebbe 2024", "Esquipulas 1986", "Essen 1994", "Estoril 2009", "Evian 2003", "Fairbanks 2017", "Fez 1982", "Florence 1996", "Florianópolis 2000", "Fontainebleau 1984", "Fort Lauderdale 2005", "Fortaleza 1996", "Fortaleza 2014", "Foz do Iguaçu 2010", "Freetown 1980", "Funafuti 1984", "Funafuti 2019", "Gabala 2013", "Gaborone 2015", "Genoa 2001", "Georgetown 2024", "Ghent 2001", "Gleneagles 2005", "Goa 2016", "Gothenburg 2001", "Goyang 2024", "Granada 2023", "Grand Anse 1989", "Grand Baie 2004", "Gros Islet 2019", "Guadalajara 1991", "Guatemala City 1987", "Guayaquil 1998", "Gyeongju 2025", "Halifax 1995", "Hamburg 2017", "Hangzhou 2016", "Hanoi 2004", "Hanoi 2010", "Hanover 1988", "Harare 2024", "Havana 2006", "Havana 2014", "Heiligendamm 2007", "Helsinki 1999", "Hiroshima 2023", "Honiara 2025", "Honolulu 2011", "Houston 1990", "Hua Hin 2009", "Huntsville 2010", "Inshas 1946", "Iqaluit 2015", "Islamabad 2017", "Istanbul 2004", "Istanbul 2016", "Istanbul 2021", "Jakarta 2016", "Jakarta 2023", "Jeddah 2022", "Jeddah 2023", "Jeju 2009", "Johannesburg 2015", "Johannesburg 2023", "Johannesburg 2025", "Kampala 2007", "Kampala 2010", "Kampala 2024", "Kananaskis 2002", "Kananaskis 2025", "Kathmandu 2014", "Kazan 2005", "Kazan 2024", "Khankendi 2025", "Khanty-Mansiysk 2008", "Khartoum 2006", "Kigali 2016", "Kigali 2022", "Kingston 1975", "Kingstown 2024", "Kinshasa 1967", "Kinshasa 2009", "Kinshasa 2012", "Kiruna 2013", "Kolding 2000", "Koror 2014", "Kraków 2021", "Kroměříž 2004", "Kuala Lumpur 1998", "Kuala Lumpur 2005", "Kuala Lumpur 2015", "Kuala Lumpur 2025", "Kunming 2005", "Kuwait City 2013", "Kuwait City 2017", "Kyiv 2006", "L'Aquila 2009", "La Malbaie 2018", "La Paz 1990", "Labuan Bajo 2023", "Lagos 1975", "Lahore 1974", "Lahti 2006", "Las Leñas 1992", "Libreville 1983", "Lilongwe 2021", "Lima 2008", "Lima 2016", "Lima 2018", "Lima 2024", "Limassol 1993", "Lisbon 1996", "Lisbon 2007", "Lisbon 2010", "Livingstone 2011", "Ljubljana 2019", "Lomé 2000", "London 1990", "London 2009", "London 2018", "Los Angeles 2022", "Los Cabos 2002", "Los Cabos 2012", "Luanda 2023", "Luque 2018", "Luque 2022", "Lusaka 2007", "Luxembourg 1997", "Lyon 1996", "Maastricht 1991", "Machu Picchu 1990", "Madang 1995", "Madrid 1997", "Madrid 2022", "Majuro 2013", "Malabo 2011", "Malabo 2014", "Malé 1997", "Managua 1993", "Manama 2016", "Manama 2024", "Manila 2015", "Manila 2017", "Maputo 2003", "Mar del Plata 2005", "Mar del Plata 2010", "Maracay 2009", "Maseru 2006", "Mbabane 2016", "Mecca 2012", "Mecca 2019", "Medellín 2019", "Melbourne 1981", "Melbourne 2024", "Mendoza 2012", "Mendoza 2017", "Mexico City 2021", "Miami 1994", "Milan 1985", "Milan 2014", "Minsk 1993", "Mogadishu 1974", "Moncton 1999", "Monrovia 2017", "Montebello 1981", "Montego Bay 2018", "Monterrey 2004", "Montevideo 2024", "Montreal 2019", "Montreux 2010", "Montrouis 1995", "Moroni 2014", "Moscow 2003", "Moscow 2024", "Munich 1992", "Muscat 2008", "Mérida 2011", "N'Djamena 2014", "Nadi 2006", "Nago 2000", "Nairobi 2016", "Nakhchivan 2009", "Nanjing 2009", "Nanning 2006", "Naples 1994", "Nassau 1985", "Naypyidaw 2014", "New Delhi 2015", "New Delhi 2023", "New York 2000", "Newport 2014", "Niamey 2019", "Nice 2000", "Nizhny Novgorod 2011", "Nouakchott 2016", "Nouakchott 2018", "Nuku'alofa 2007", "Nuku'alofa 2024", "Nusa Dua 2011", "Nusa Dua 2022", "Nuuk 2011", "Ocho Rios 1982", "Olivos 2002", "Osaka 1995", "Osaka 2019", "Oslo 2023", "Otavalo 2010", "Ottawa 1973", "Ouagadougou 1998", "Ouro Preto 1994", "Panama City 2000", "Panama City 2015", "Paracas 2015", "Paramaribo 2022", "Paranal 2012", "Paraná 2014", "Paris 2008", "Pattaya 2009", "Perth 2011", "Phnom Penh 2012", "Phnom Penh 2022", "Piešťany 2005", "Pittsburgh 2009", "Playa del Carmen 2010", "Pohnpei 2016", "Porlamar 2016", "Port Louis 1976", "Port Moresby 2015", "Port Moresby 2018", "Port Vila 2010", "Port of Spain 2009", "Port of Spain 2023", "Port-au-Prince 2018", "Porto 1998", "Porto 2021", "Potrero de los Funes 1996", "Prague 2002", "Prague 2016", "Praia 1998", "Pretoria 2017", "Puerto Iguazú 2023", "Puerto Vallarta 2018", "Puerto Varas 2016", "Punta Cana 2017", "Punta Mita 2014", "Punta del Este 1967", "Putrajaya 2003", "Pörtschach 1998", "Qingdao 2018", "Quebec City 2001", "Quebec City 2008", "Quetta 1993", "Quito 2016", "Rabat 1969", "Rambouillet 1975", "Rancho Mirage 2016", "Rarotonga 2023", "Reykjavik 2023", "Riga 2006", "Riga 2022", "Rio de Janeiro 2023", "Rio de Janeiro 2024", "Rio de Janeiro 2025", "Rionegro 2003", "Riyadh 2007", "Riyadh 2011", "Rome 2002", "Rome 2021", "Rostov-on-Don 2010", "Rovaniemi 2019", "Salamanca 2005", "Salvador 1993", "Salzburg 2018", "Samara 2007", "Samarkand 2022", "San Francisco 2023", "San Isidro de Coronado 1989", "San José 2001", "San Juan 2010", "San Miguel de Tucumán 2008", "San Pedro Sula 2009", "San Salvador 2011", "Santa Cruz de la Sierra 1996", "Santa Fe 2019", "Santa Maria 2018", "Santa Maria da Feira 2000", "Santa Marta 2025", "Santiago 1998", "Santiago 2007", "Santiago 2013", "Santo Domingo 2023", "Sanya 2011", "Sanya 2016", "Sea Island 2004", "Seattle 1993", "Seoul 2000", "Seoul 2010", "Seville 2002", "Shanghai 2001", "Shanghai 2006", "Sharm el-Sheikh 2008", "Sharm el-Sheikh 2015", "Shima 2016", "Shusha 2024", "Sibiu 2019", "Siem Reap 2018", "Singapore 2007", "Singapore 2018", "Sirte 2009", "Sirte 2010", "Sochi 2019", "Sofia 2018", "St John's 2014", "St Petersburg 2002", "St Petersburg 2006", "St Petersburg 2013", "Stockholm 2019", "Stralsund 2012", "Strasbourg 1997", "Strasbourg 2009", "Stuttgart 1983", "Subic Bay 1996", "Sucre 1997", "Suva 2022", "Sydney 1978", "Sydney 2007", "São Tomé 2023", "Taif 1981", "Tallinn 1990", "Tampere 1999", "Taormina 2017", "Tarawa 2000", "Tarija 2007", "Tashkent 2016", "Tegucigalpa 1991", "Tehran 2012", "Tela 1989", "The Hague 2004", "The Hague 2025", "Thessaloniki 2003", "Thimphu 2010", "Tianjin 2025", "Tirana 2022", "Tokyo 2015", "Tokyo 2022", "Toronto 1988", "Toronto 2010", "Toyako 2008", "Tripoli 2010", "Tromsø 2009", "Trujillo 1996", "Tunis 2004", "Tunis 2019", "Tunis 2022", "Ufa 2015", "Ulaanbaatar 2016", "Ushuaia 1998", "Valencia 2001", "Valletta 2005", "Valletta 2015", "Vancouver 1997", "Venice 1980", "Veracruz 2014", "Versailles 1982", "Victoria Falls 2009", "Vienna 1993", "Vientiane 2016", "Vientiane 2024", "Villers-Cotterêts 2024", "Vilnius 2013", "Vilnius 2023", "Visby 1996", "Visegrád 1991", "Viskuli 1991", "Vladivostok 2012", "Warsaw 2016", "Warsaw 2023", "Washington 1999", "Washington 2008", "Washington 2022", "Washington 2024", "Watford 2019", "Wellington 1971", "Williamsburg 1983", "Wilmington 2024", "Windhoek 2018", "Windsor 2000", "Xi'an 2023", "Xiamen 2017", "Yalta 1998", "Yamoussoukro 2014", "Yaoundé 1996", "Yaren 2001", "Yaren 2018", "Yekaterinburg 2009", "Yerevan 2018", "Yerevan 2022", "Yokohama 2010", "Yokohama 2013"]

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace('\u00f8', 'o').replace('\u00d8', 'O').replace('\u00e6', 'ae').replace('\u0142', 'l')
    s = s.replace('\u00df', 'ss').replace('\u00f0', 'd').replace('\u0111', 'd')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def tokens(s):
    s = fold(s).lower()
    s = re.sub(r"['\u2019](s)\b", '', s)          # possessive
    s = re.sub(r"(?<=[a-z])['\u2019](?=[a-z])", '', s)  # d'Escoto -> descoto
    return re.findall(r'[a-z0-9]+', s)


def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def citynorm(c):
    return re.sub(r'[^a-z0-9]', '', fold(c).lower().replace("\u2019", "'"))


def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)$', entry)
    return [m.group(1), m.group(2)] if m else [entry]


def parse_date(s, what):
    try:
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (what, s))
        return None


def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 114)]
    ids, slugs, summits = set(), set(), []
    found = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        found += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    if found < 50:
        err('only %d earlier gold files found under %s' % (found, EARLIER))
    return ids, slugs, summits


def check_keys(obj, keys, what):
    if not isinstance(obj, dict):
        err('%s: not an object' % what)
        return False
    if list(obj.keys()) != keys:
        err('%s: keys %s, expected %s' % (what, list(obj.keys()), keys))
        return False
    return True


def sentence_bounded(ev, body, title):
    if ev == title:
        return True
    ok_any = False
    for m in re.finditer(re.escape(ev), body):
        i, j = m.start(), m.end()
        before = body[:i]
        line_start = before.rfind('\n') + 1
        prefix = body[line_start:i]
        start_ok = (i == line_start or re.search(r'[.?!]["\u201d]? $', prefix) is not None
                    or re.match(r"^[A-Z][A-Z'\u2019 .-]+: $", prefix) is not None)
        after = body[j:j + 1]
        end_ok = (re.search(r'[.?!]$|[.?!,]["\u201d]$', ev) is not None and after in ('', ' ', '\n')) \
            or (after in ('', '\n') and ev[-1:] not in (' ',))
        if start_ok and end_ok:
            ok_any = True
    return ok_any


def main():
    try:
        gold = json.load(open(GOLD, encoding='utf-8'))
    except Exception as e:
        err('cannot read gold: %s' % e)
        return
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles')
        return
    earlier_ids, earlier_slugs, earlier_summits = load_earlier()
    earlier_prefixes = {s.split('-')[0] for s in earlier_slugs}
    if any(str(i).startswith('h115_') for i in earlier_ids):
        err('h115 prefix already used in earlier gold')

    avoid = set()
    for c in AVOID_CITIES:
        for f in city_forms(c):
            avoid.add(citynorm(f))
    used = set()
    for cy in USED_CITY_YEARS:
        m = re.match(r'^(.*) (\d{4})$', cy)
        if not m:
            err('bad used entry %r' % cy)
            continue
        for f in city_forms(m.group(1)):
            used.add((citynorm(f), m.group(2)))
    earlier_city_years = {(citynorm(c or ''), (sd or '')[:4]) for _, c, sd in earlier_summits}
    earlier_org_city_start = {(o, citynorm(c or ''), sd) for o, c, sd in earlier_summits}

    files_here = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids_seen = set()
    info = {}
    total_quotes = total_facts = total_parts = 0
    for n, a in enumerate(arts):
        what = 'article %d' % n
        if not check_keys(a, ARTICLE_KEYS, what):
            continue
        aid = a['id']
        what = aid
        if not isinstance(aid, str) or not re.match(r'^h115_[a-z]+_[a-z]+_[a-z]+$', aid):
            err('%s: bad id' % what)
            continue
        if aid in ids_seen:
            err('%s: duplicate id' % what)
        ids_seen.add(aid)
        if aid in earlier_ids:
            err('%s: id used in earlier gold' % what)
        if aid not in REGISTRY:
            err('%s: id not registered in check.py' % what)
            continue
        reg = REGISTRY[aid]
        if a['split'] != 'heldout115':
            err('%s: split must be heldout115' % what)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/<id>.txt' % what)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % what)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in articles/ (fine after the move)' % aid)
        text = open(path, encoding='utf-8').read()
        lines = text.rstrip('\n').split('\n')
        for fld, typ in (('title', str), ('published_at', str), ('authors', list), ('summit', dict),
                         ('quotes', list), ('not_quotes', list), ('participants', list), ('facts', list)):
            if not isinstance(a[fld], typ):
                err('%s: %s has wrong type' % (what, fld))
        if len(lines) < 10:
            err('%s: article too short' % what)
            continue
        title = lines[0]
        if a['title'] != title:
            err('%s: title differs from headline' % what)
        if lines[4] != '':
            err('%s: fifth line must be blank' % what)
        # noise
        noise = reg['noise']
        noise_idx = set()
        for nl in noise:
            idx = [i for i, l in enumerate(lines) if l == nl]
            if len(idx) != 1:
                err('%s: noise line found %d times: %r' % (what, len(idx), nl[:60]))
            noise_idx.update(idx)
        if not {1, 2, 3} <= noise_idx:
            err('%s: lines 2-4 must be registered page noise' % what)
        tail_noise = [i for i in noise_idx if i > 4]
        if len(tail_noise) < 3:
            err('%s: too little page noise outside the header' % what)
        body_idx = [i for i in range(5, len(lines)) if i not in noise_idx]
        body_lines = [lines[i] for i in body_idx]
        body = '\n'.join(lines[i] if i in body_idx else '' for i in range(len(lines)))
        noise_text = '\n'.join(lines[i] for i in sorted(noise_idx))
        words = sum(len(l.split()) for l in body_lines)
        if not 420 <= words <= 600:
            err('%s: body has %d words (420-600 required)' % (what, words))
        middle = any(min(body_idx) < i < max(body_idx) for i in tail_noise)
        info[aid] = dict(words=words, file_words=len(text.split()), middle=middle,
                         comments=any(re.search(r'(?i)comments|letters to the editor', lines[i]) for i in tail_noise))
        # outlet line and date
        pub = parse_date(a['published_at'], what + ' published_at')
        outlet_line = lines[1]
        outlet = outlet_line.split(' | ')[0]
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            want = '%s, %s %d, %d' % (wd, MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (what, want))
            for w in WEEKDAYS:
                if w != wd and w in outlet_line:
                    err('%s: outlet line names another weekday' % what)
        # authors and staff
        byline = lines[2]
        for au in a['authors']:
            if not isinstance(au, str) or au not in byline:
                err('%s: author %r not in byline' % (what, au))
        for st in reg['staff']:
            if st not in noise_text:
                err('%s: credited staff %r not in page noise' % (what, st))
        people_not_participants = {'person:' + '-'.join(tokens(x)) for x in a['authors'] + reg['staff']}
        # quote style
        style = reg['style']
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly mark in a straight article' % what)
            for l in lines:
                if l.count('"') % 2:
                    err('%s: odd number of straight marks on a line' % what)
        elif style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % what)
            if '\u2018' in text:
                err('%s: opening single curly mark' % what)
            for l in lines:
                depth = 0
                for ch in l:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks' % what)
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark' % what)
                            depth = 0
                if depth:
                    err('%s: unclosed curly mark' % what)
        else:
            err('%s: unknown style' % what)
        op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        if re.search('["\u201c\u201d]', title) or re.search('["\u201c\u201d]', noise_text):
            err('%s: double quotation mark in headline or page noise' % what)
        apos_bad = "\u2019" if style == 'straight' else "'"
        # summit
        s = a['summit']
        start = end = None
        if check_keys(s, SUMMIT_KEYS, what + ' summit'):
            org = s['organization']
            if org not in ALLOWED_ORGS:
                err('%s: organisation %s not allowed by the brief' % (what, org))
            parts_id = aid.split('_')
            if ID_ORG.get(parts_id[1]) != org:
                err('%s: id body part does not match %s' % (what, org))
            if parts_id[2] != citynorm(s['city']):
                err('%s: id city part does not match city' % what)
            cn = citynorm(s['city'])
            if cn in avoid:
                err('%s: city %s is on the avoid list' % (what, s['city']))
            start = parse_date(s['start_date'], what + ' start_date')
            end = parse_date(s['end_date'], what + ' end_date')
            if start and end:
                if start > end:
                    err('%s: start after end' % what)
                if (end - start).days > 9:
                    err('%s: summit longer than ten days' % what)
                if pub and not (start <= pub <= end + datetime.timedelta(days=21)):
                    err('%s: publication date outside the summit window' % what)
                yr = str(start.year)
                if (cn, yr) in used:
                    err('%s: city-year %s %s on the used list' % (what, s['city'], yr))
                if (cn, yr) in earlier_city_years:
                    err('%s: city-year used by an earlier summit' % what)
                if (org, cn, s['start_date']) in earlier_org_city_start:
                    err('%s: same summit in earlier gold' % what)
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf or [f for f in FIELDS if f in tf] != tf:
                err('%s: text_fields must be a non-empty subset of the five fields, in order' % what)
                tf = []
            text_tokens = tokens(title + '\n' + '\n'.join(body_lines))
            if 'organization' in tf and org in ALLOWED_ORGS:
                if not any(has_seq(text_tokens, tokens(nm)) for nm in ALLOWED_ORGS[org]):
                    err('%s: organisation not named in text' % what)
            for fld in ('city', 'country'):
                if fld in tf and not has_seq(text_tokens, tokens(s[fld])):
                    err('%s: %s %r not in text' % (what, fld, s[fld]))
            bodytxt = '\n'.join(body_lines)
            for fld, dt in (('start_date', start), ('end_date', end)):
                if fld in tf and dt and pub:
                    if not date_supported(dt, pub, bodytxt, fld, start, end):
                        err('%s: %s not supported by the text' % (what, fld))
        # participants
        pkeys = []
        for p in a['participants']:
            if not check_keys(p, PART_KEYS, what + ' participant'):
                continue
            k = p['key']
            if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)+$', k):
                err('%s: bad participant key %s' % (what, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (what, k))
            pkeys.append(k)
            toks = k[len('person:'):].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: title word in key %s' % (what, k))
            if not has_seq(tokens(title + '\n' + '\n'.join(body_lines)), toks):
                err('%s: name of %s not in headline or body' % (what, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (what, fld, k))
                elif apos_bad in v or (style == 'curly' and '"' in v):
                    err('%s: apostrophe style of %s for %s' % (what, fld, k))
            if k in people_not_participants:
                err('%s: author or credited staff listed as participant: %s' % (what, k))
            # no participant name in the page noise
            nt = tokens(noise_text)
            if has_seq(nt, toks) or (len(toks[-1]) > 3 and toks[-1] in nt):
                err('%s: participant %s named in page noise' % (what, k))
        total_parts += len(pkeys)
        # quotes
        spans = re.findall(re.escape(op) + '([^' + re.escape(cl) + '\n]*)' + re.escape(cl), body) \
            if style == 'curly' else re.findall(r'"([^"\n]*)"', body)
        annotated = []
        last = -1
        qfull = []
        for q in a['quotes']:
            if not check_keys(q, QUOTE_KEYS, what + ' quote'):
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (what, q['kind']))
            sk = q['speaker_key']
            if not re.match(r'^(person:[a-z0-9]+(-[a-z0-9]+)+|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})$', sk or ''):
                err('%s: bad speaker key %r' % (what, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s is not a participant' % (what, sk))
            full = op + q['text'] + cl
            qfull.append(full)
            pos = body.find(full, last + 1)
            if pos < 0:
                err('%s: quote not found in body in text order: %r' % (what, q['text'][:50]))
            else:
                last = pos
            if q['text'] in noise_text:
                err('%s: quote appears in page noise' % what)
            annotated.append(q['text'])
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (op + nq + cl) not in body:
                err('%s: not_quote not found: %r' % (what, nq))
            annotated.append(nq)
        if sorted(spans) != sorted(annotated):
            err('%s: quoted spans and annotations differ: %s' % (what, sorted(set(spans) ^ set(annotated))))
        total_quotes += len(a['quotes'])
        # facts
        slugs = []
        prefixes = set()
        all_ev = []
        for f in a['facts']:
            if not check_keys(f, FACT_KEYS, what + ' fact'):
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % what)
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) \
                    or any(k not in FACT_KINDS for k in kinds):
                err('%s: bad fact kinds %r' % (what, kinds))
            sl = f['same_as']
            if not isinstance(sl, str) or not re.match(r'^[a-z]+[0-9]{2}-[a-z0-9]+$', sl):
                err('%s: bad same_as %r' % (what, sl))
            else:
                if sl in slugs:
                    err('%s: slug repeated %s' % (what, sl))
                slugs.append(sl)
                prefixes.add(sl.split('-')[0])
                if sl in earlier_slugs:
                    err('%s: slug %s used in earlier gold' % (what, sl))
            if not isinstance(f['evidence'], list) or not f['evidence']:
                err('%s: fact without evidence' % what)
                continue
            for ev in f['evidence']:
                if not isinstance(ev, str) or ev != ev.strip() or not ev:
                    err('%s: evidence with outer spaces or empty' % what)
                    continue
                if ev != title and ev not in body:
                    err('%s: evidence not in headline or body: %r' % (what, ev[:60]))
                elif not sentence_bounded(ev, body, title):
                    err('%s: evidence not sentence-bounded: %r' % (what, ev[:60]))
                if ev in noise_text:
                    err('%s: evidence appears in page noise' % what)
                all_ev.append(ev)
        for full in qfull:
            if not any(full in ev for ev in all_ev):
                err('%s: quote outside every evidence string: %r' % (what, full[:50]))
        total_facts += len(a['facts'])
        if len(prefixes) != 1:
            err('%s: one same_as prefix per article required, got %s' % (what, sorted(prefixes)))
        else:
            pre = prefixes.pop()
            if start and pre[-2:] != str(start.year)[-2:]:
                err('%s: prefix %s does not end in the summit year' % (what, pre))
            if pre in earlier_prefixes:
                err('%s: prefix %s used in earlier gold' % (what, pre))
            info[aid]['prefix'] = pre
        info[aid].update(slugs=slugs, kinds={f['same_as']: f['kind'] for f in a['facts'] if isinstance(f, dict) and 'same_as' in f},
                         summit=s, outlet=outlet, q=len(a['quotes']), nq=len(a['not_quotes']),
                         p=len(pkeys), f=len(a['facts']))
    # files
    for fn in files_here:
        if fn[:-4] not in ids_seen:
            err('stray article file %s' % fn)
    for aid in REGISTRY:
        if aid not in ids_seen:
            err('registered article %s has no entry' % aid)
    # shape: summits, pairs
    groups = {}
    for aid, d in info.items():
        if 'summit' not in d:
            continue
        s = d['summit']
        groups.setdefault((s['organization'], citynorm(s['city']), s['start_date']), []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits: 3 pairs and 2 singles, got sizes %s' % sizes)
    orgs = {}
    for key in groups:
        orgs[key[0]] = orgs.get(key[0], 0) + 1
    if len(orgs) < 3 or max(orgs.values()) > 2:
        err('need at least three bodies and at most two summits per body: %s' % orgs)
    pre_to_group = {}
    for key, members in groups.items():
        for m in members:
            pre = info[m].get('prefix')
            if pre in pre_to_group and pre_to_group[pre] != key:
                err('prefix %s shared by two summits' % pre)
            pre_to_group[pre] = key
    slug_articles = {}
    for aid, d in info.items():
        for sl in d.get('slugs', []):
            slug_articles.setdefault(sl, []).append(aid)
    pair_of = {}
    for key, members in groups.items():
        if len(members) == 2:
            a1, a2 = members
            if info[a1]['outlet'] == info[a2]['outlet']:
                err('pair %s from one outlet' % (key,))
            s1, s2 = info[a1]['summit'], info[a2]['summit']
            for fld in FIELDS:
                if s1.get(fld) != s2.get(fld):
                    err('pair %s disagrees on %s' % (key, fld))
            shared = sorted(set(info[a1]['slugs']) & set(info[a2]['slugs']))
            if len(shared) < 5:
                err('pair %s shares only %d slugs' % (key, len(shared)))
            for sl in shared:
                if info[a1]['kinds'][sl] != info[a2]['kinds'][sl]:
                    err('shared slug %s has different kinds' % sl)
            print('pair %s + %s: %d shared slugs: %s' % (a1, a2, len(shared), ', '.join(shared)))
            pair_of[a1] = a2
            pair_of[a2] = a1
    for sl, arts_ in slug_articles.items():
        if len(arts_) > 2:
            err('slug %s in more than two articles' % sl)
        elif len(arts_) == 2 and pair_of.get(arts_[0]) != arts_[1]:
            err('slug %s shared by articles that are not a pair' % sl)
    if sum(1 for d in info.values() if d.get('middle')) < 3:
        err('page noise should sit in the middle of at least three articles')
    if sum(1 for d in info.values() if d.get('comments')) < 4:
        err('reader comments or letters expected in at least four articles')
    for aid, d in info.items():
        print('%-36s words %3d (file %3d) quotes %d not_quotes %d participants %d facts %d' % (
            aid, d['words'], d['file_words'], d.get('q', 0), d.get('nq', 0), d.get('p', 0), d.get('f', 0)))
    print('totals: quotes %d, participants %d, facts %d' % (total_quotes, total_parts, total_facts))


def date_supported(dt, pub, body, fld, start, end):
    mon = MONTHS[dt.month - 1]
    pats = [r'\b%s %d\b' % (mon, dt.day)]
    if fld == 'end_date' and start and start.month == dt.month and start != dt:
        pats.append(r'\b%s %d (to|and|-|through) %d\b' % (mon, start.day, dt.day))
    if any(re.search(p, body) for p in pats):
        return True
    delta = (pub - dt).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[dt.weekday()], body):
        return True
    if delta == 0 and re.search(r'(?i)\b(today|tonight|this morning|this afternoon|this evening)\b', body):
        return True
    if delta == 1 and re.search(r'(?i)\b(yesterday|last night)\b', body):
        return True
    return False


if __name__ == '__main__':
    try:
        main()
    except Exception as e:  # a crash counts as an error
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % e)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout115 passes')
    sys.exit(0)
