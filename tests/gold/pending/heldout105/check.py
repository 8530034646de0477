#!/usr/bin/env python3
"""Checker for held-out set heldout105 (pending/heldout105). Exits 1 on any error; a crash counts as an error.
Reads only this folder and, by exact name, ../../facts_gold.json and ../../heldoutM_gold.json (M = 5 to 104).
H105_EARLIER may point at another folder holding the earlier gold files (used when the checker runs on a copy)."""
import json, os, re, sys, datetime, unicodedata, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H105_EARLIER', os.path.join(HERE, '..', '..'))
ABOUT_START = ("Held-out set round 105 (split=heldout105), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
CONFIG = {
 "h105_eu_athens_kedge": {
  "style": "straight",
  "noise": [
   "Kedge Wire | Europe | Wednesday, April 16, 2003 19:05 GMT",
   "By Eftychia Koumoundourou-Plaskett",
   "UPDATE 3-Adds protest details, Maltese reaction, analyst comment",
   "PHOTO: Leaders of old and new member states line up for the family photograph at the Stoa of Attalos. (Kedge/Stamatis Vrettakos)",
   "(Reporting by Eftychia Koumoundourou-Plaskett; additional reporting by Carmenu Zerafa-Duckett in Valletta; Editing by Ortwin Gassmann-Strickson)",
   "Related: FACTBOX-The ten countries joining the EU | Turkish Cypriots watch the Athens ceremony from across the line | Euro edges up as fighting in Iraq winds down",
   "Kedge Wire archive. (c) 2003 Kedge Wire. All rights reserved. Republication or redistribution is prohibited without prior written consent."
  ],
  "staff": [
   "Carmenu Zerafa-Duckett",
   "Ortwin Gassmann-Strickson",
   "Stamatis Vrettakos"
  ]
 },
 "h105_eu_athens_xlendi": {
  "style": "curly",
  "noise": [
   "This site uses cookies to remember your preferences and to measure traffic. By continuing to browse you accept our cookie policy. Accept | Find out more",
   "The Xlendi Courier | Malta | Thursday, April 17, 2003",
   "By Marthese Xuereb-Cheyney",
   "Home | Malta | Gozo | Europe | Business | Sport | Letters | Archive",
   "Sign up for the Courier’s Europe Briefing: the news from Brussels that matters to Malta, every Friday in your inbox.",
   "Comments (5)",
   "Posted by Ghajnsielem_Joe, 17 April 2003, 08:14 - About time. Now let us see whether the Gozo ferry timetable improves as well.",
   "Posted by Tal-Pieta, 17 April 2003, 09:02 - Twenty years of arguing and it ends at a table in Greece. I will almost miss the arguing.",
   "Posted by M.Vella, 17 April 2003, 09:40 - Will the price of bread go up? Nobody has answered that one yet.",
   "Posted by fisherman_67, 17 April 2003, 10:31 - Any fishing zone lasts only as long as somebody patrols it. Who is going to patrol it?",
   "Posted by Anna from Sliema, 17 April 2003, 11:05 - Proud this morning. My grandfather would not have believed it.",
   "Add your comment | Comment policy | Report abuse",
   "More from Europe: What membership means for VAT | Gozo councils prepare for EU funds | The ten new members at a glance",
   "(c) 2003 The Xlendi Courier, Victoria, Gozo. Reproduction without permission is prohibited."
  ],
  "staff": []
 },
 "h105_eu_ghent_leie": {
  "style": "curly",
  "noise": [
   "The Leie Ledger | Ghent & Flanders | Saturday, October 20, 2001",
   "By Wannes Lootens-Lambkin",
   "News | City | Flanders | Europe | What’s On | Classifieds",
   "Photo: Police on the Graslei as the summit delegations arrived on Friday afternoon. (Leie Ledger/Berthold Sercu)",
   "Reader comments (4)",
   "Jan_from_Gentbrugge: Three hours to get home on the tram. Next time hold it in a field somewhere.",
   "Sofie V.: Say what you like, the city looked beautiful on the news.",
   "expat_in_Sint-Amandsberg: Does anyone know if the Friday market goes ahead next week as normal?",
   "D. Claeys: The big countries will always do what they want. Nothing new there.",
   "Post a comment | House rules",
   "Read next: Trams back to normal on Monday | Laeken prepares for the December summit | Flemish exporters feel the American slowdown",
   "The Leie Ledger, Ghent’s English-language weekly. (c) 2001 Leie Ledger. All rights reserved."
  ],
  "staff": [
   "Berthold Sercu"
  ]
 },
 "h105_eu_ghent_pochard": {
  "style": "straight",
  "noise": [
   "Radio Pochard International | Europe Tonight | Friday, October 19, 2001",
   "Presented by Millicent Goldsack-Tozer, with Servaas Haesaert-Allnutt in Ghent",
   "Listen again | Programme schedule | Frequencies | Transcripts | Contact the programme",
   "[END OF TRANSCRIPT]",
   "Coming up at 21:00: World Business Tonight, with the week on the markets.",
   "Radio Pochard International. Transcripts are prepared from the broadcast and may contain errors. (c) 2001 Radio Pochard International."
  ],
  "staff": []
 },
 "h105_sica_guatemalacity_poas": {
  "style": "curly",
  "noise": [
   "The Poás Courier | Region | Sunday, August 9, 1987",
   "By Xinia Umaña-Scarrott",
   "In this issue: Region | Costa Rica | Business | Tourism | Letters | Classifieds",
   "Photo: Flags of the five Central American republics outside the summit venue in Guatemala City. (Courier staff)",
   "Letters to the editor: write to the Courier at Apartado 1987, San José | Subscriptions: six months for 600 colones",
   "Also in this issue: Coffee prices slip in New York | Tourism board counts record visitors | The week in the Legislative Assembly",
   "The Poás Courier is published every Sunday in San José. (c) 1987 Poás Courier Publishing. Archive edition."
  ],
  "staff": []
 },
 "h105_sica_guatemalacity_wigeon": {
  "style": "straight",
  "noise": [
   "The Wigeon Letter | Analysis | Monday, August 10, 1987",
   "By Caspar Rudkin-Tapsell",
   "Frequently asked by new subscribers: Who writes the Letter? Our analysts are former correspondents and researchers based in Washington and the region. May I share this issue? Subscribers may circulate it within their own organisation.",
   "Subscriber notice: the Letter will not appear on August 31. Our next special report, on Honduras and the contra camps, follows on September 7.",
   "Next week in the Letter: Guatemala's army and the amnesty question | What the verification commission can and cannot do",
   "Subscription and back-issue enquiries: The Wigeon Letter, Washington, D.C. Copyright 1987. Not for redistribution."
  ],
  "staff": []
 },
 "h105_sica_esquipulas_motagua": {
  "style": "straight",
  "noise": [
   "Front page | Region | Honduras | Guatemala | Business | Opinion | Archive",
   "Motagua Ledger | Central America | Tuesday, May 27, 1986",
   "By Evelio Bidegain-Koppelmann",
   "[Advertisement] Hotel Posada del Romero, Esquipulas: clean rooms for pilgrims and visitors, ten minutes' walk from the basilica. Reservations by telephone.",
   "Comments on this archive article (3)",
   "Mauricio R., Tegucigalpa: My father covered this meeting for the radio. He said every hotel in town was full on the first night.",
   "ana_lucia_gt: Decades later and we are still waiting for some of those promises.",
   "Pilgrim_from_Zacapa: I visited the basilica last year. A beautiful place, and very peaceful.",
   "Add a comment (registration required) | Community guidelines",
   "About the Motagua Ledger archive: articles from 1979 to 1999 have been digitised from the printed edition, and errors may remain.",
   "(c) Motagua Ledger, Puerto Barrios. All rights reserved."
  ],
  "staff": []
 },
 "h105_mercosur_buenosaires_quebracho": {
  "style": "curly",
  "noise": [
   "Quebracho Trade Weekly | Mercosur & Customs | Tuesday, August 9, 1994",
   "Home | Grains | Oilseeds | Freight | Customs | Markets | Subscribe",
   "By Celestino Aguerre-Pockett",
   "Get the Friday Freight Note by fax every week: call our Rosario office or ask your broker for a subscription form.",
   "More in Mercosur & Customs: What the common tariff means for soybean meal | Paraguay’s exception list explained | Freight rates on the Parana-Paraguay waterway",
   "Quebracho Trade Weekly is published in Rosario, Santa Fe province. (c) 1994 Quebracho Ediciones S.A. Reproduction prohibited without written permission."
  ],
  "staff": []
 }
}
LISTS = {"avoid": ["Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali", "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku", "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu", "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha", "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm", "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw", "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul", "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo", "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau", "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing", "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha", "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen", "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén", "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama", "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing", "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe", "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat", "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin", "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh", "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé", "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar", "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków", "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi", "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo", "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)", "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca", "Thessaloniki (Porto Carras, Halkidiki)", "San Juan", "Mbabane", "Minsk", "Paranal", "São Tomé", "Tegucigalpa", "Ljubljana", "Seville", "Kingston", "Pattaya", "Rabat", "Lagos", "Williamsburg", "Fez", "Kyiv", "Bangalore", "Grand Baie", "Guadalajara", "Yaoundé", "Fort Lauderdale", "Gabala", "Cotonou", "Maastricht", "Potrero de los Funes", "Subic Bay", "Kroměříž", "Yalta", "Chaguaramas", "Ocho Rios", "Punta Mita", "Libreville", "Praia", "Naples", "Venice", "Koror", "Inshas", "Ottawa", "Corfu", "Windsor", "Amsterdam", "Tucumán", "Munich", "Berlin", "Milan", "Las Leñas", "Nuku'alofa", "Jeddah", "Kinshasa", "Grand Anse", "Paracas", "Panama City", "Bridgetown", "Port Louis", "Cochabamba", "Bodrum", "Kazan", "Gyeongju", "Tarawa", "Apia", "Basseterre", "Versailles", "Nice", "Fontainebleau", "Toronto", "Florianópolis", "Luxembourg", "Tampere", "Salamanca", "Paraná", "Maseru", "Alexandria", "Freetown", "Bujumbura", "Burabay", "Mogadishu", "Belgrade", "Essen", "Vienna", "Dublin", "Trujillo", "Dorado", "Port Vila", "Paramaribo", "Nadi", "St John's", "Viskuli", "Rio de Janeiro", "Livingstone", "Mar del Plata", "Shusha", "Rambouillet", "Florence", "Strasbourg", "Cannes", "Porlamar", "Sibiu", "Punta del Este", "Hanover", "Olivos", "Fortaleza", "Madang", "Sydney", "Villers-Cotterêts", "Taif", "Wellington", "Montebello", "Stuttgart", "Santa Maria da Feira", "Jeju", "Busan", "Estoril", "Andorra la Vella", "Honiara", "Port-au-Prince", "Canberra", "Salzburg", "Porto", "San Salvador", "Foz do Iguaçu", "San José", "Kunming", "La Paz", "Batumi", "Valencia", "Santa Marta", "Cardiff", "Tela", "Costa del Sol", "Ankara"], "used": ["Abidjan 2012", "Abidjan 2017", "Abu Dhabi 1981", "Abuja 2019", "Abuja 2024", "Accra 2022", "Addis Ababa 2007", "Addis Ababa 2017", "Addis Ababa 2024", "Addis Ababa 2025", "Addu City 2011", "Al-Ula 2021", "Alexandria 1964", "Algiers 2022", "Alma-Ata 1991", "Alofi 2008", "Amman 2001", "Amsterdam 1997", "Andorra la Vella 2021", "Ankara 1992", "Antalya 2015", "Antananarivo 2016", "Antigua Guatemala 2013", "Apia 2017", "Apia 2024", "Arusha 2016", "Ashgabat 2021", "Astana 2017", "Astana 2024", "Asunción 2015", "Athens 1983", "Auckland 1995", "Awaza 2021", "Baghdad 2012", "Baghdad 2025", "Baku 2019", "Bamako 2017", "Bandar Seri Begawan 2013", "Bangalore 1986", "Bangkok 2022", "Bangkok 2025", "Banjul 2024", "Barcelona 2005", "Bariloche 2009", "Basseterre 2006", "Batumi 2008", "Beijing 2012", "Beijing 2014", "Beijing 2023", "Beirut 2002", "Belgrade 1961", "Belén 2015", "Bento Gonçalves 2019", "Berlin 1999", "Biarritz 2019", "Birmingham 1998", "Bishkek 2007", "Bishkek 2019", "Bissau 2023", "Blantyre 1997", "Bodrum 2014", "Bogor 1994", "Bogotá 2011", "Bonn 1982", "Borgo Egnazia 2024", "Brasília 2008", "Bratislava 2016", "Bridgetown 2002", "Brisbane 2014", "Brussels 2016", "Brussels 2017", "Brussels 2018", "Brussels 2019", "Brussels 2021", "Brussels 2022", "Brussels 2023", "Bucharest 2006", "Bucharest 2008", "Bucharest 2018", "Budapest 1994", "Buenos Aires 2018", "Buenos Aires 2023", "Bujumbura 2023", "Burabay 2015", "Busan 2005", "Busan 2019", "Bürgenstock 2024", "Cairns 2009", "Cairo 2024", "Cali 2013", "Cali 2017", "Camp David 2012", "Camp David 2023", "Canberra 1983", "Cancún 2017", "Cannes 1995", "Cannes 2011", "Caracas 2011", "Carbis Bay 2021", "Cardiff 1998", "Cartagena 2012", "Cartagena 2016", "Casablanca 1989", "Cebu 2007", "Chaguaramas 1973", "Chicago 2012", "Chisinau 2023", "Cholpon-Ata 2018", "Cochabamba 2012", "Cologne 1999", "Colombo 2013", "Colombo 2022", "Coolum 2002", "Copenhagen 2002", "Corfu 1994", "Costa del Sol 1989", "Costa do Sauípe 2008", "Cotonou 1995", "Cádiz 2012", "Córdoba 2006", "Da Nang 2017", "Dakar 2008", "Dakar 2021", "Damascus 2008", "Dar es Salaam 2015", "Dar es Salaam 2019", "Dead Sea 2017", "Deauville 2011", "Denver 1997", "Dhahran 2018", "Dhaka 2005", "Diamniadio 2014", "Dili 2014", "Djerba 2022", "Djibouti 2023", "Doha 2007", "Doha 2013", "Dorado 1976", "Dublin 1990", "Dubrovnik 2016", "Durban 1999", "Durban 2013", "Dushanbe 2019", "Edinburgh 1997", "Elmau 2015", "Elmau 2022", "Enniskillen 2013", "Entebbe 2024", "Essen 1994", "Estoril 2009", "Evian 2003", "Fez 1982", "Florence 1996", "Florianópolis 2000", "Fontainebleau 1984", "Fort Lauderdale 2005", "Fortaleza 1996", "Fortaleza 2014", "Foz do Iguaçu 2010", "Freetown 1980", "Funafuti 2019", "Gabala 2013", "Gaborone 2015", "Genoa 2001", "Georgetown 2024", "Gleneagles 2005", "Goa 2016", "Gothenburg 2001", "Goyang 2024", "Granada 2023", "Grand Anse 1989", "Grand Baie 2004", "Guadalajara 1991", "Gyeongju 2025", "Halifax 1995", "Hamburg 2017", "Hangzhou 2016", "Hanoi 2004", "Hanoi 2010", "Hanover 1988", "Harare 2024", "Havana 2006", "Havana 2014", "Heiligendamm 2007", "Helsinki 1999", "Hiroshima 2023", "Honiara 2025", "Honolulu 2011", "Houston 1990", "Hua Hin 2009", "Huntsville 2010", "Inshas 1946", "Islamabad 2017", "Istanbul 2004", "Istanbul 2016", "Istanbul 2021", "Jakarta 2016", "Jakarta 2023", "Jeddah 2022", "Jeddah 2023", "Jeju 2009", "Johannesburg 2015", "Johannesburg 2023", "Johannesburg 2025", "Kampala 2007", "Kampala 2010", "Kampala 2024", "Kananaskis 2002", "Kananaskis 2025", "Kathmandu 2014", "Kazan 2005", "Kazan 2024", "Khanty-Mansiysk 2008", "Khartoum 2006", "Kigali 2016", "Kigali 2022", "Kingston 1975", "Kingstown 2024", "Kinshasa 1967", "Kinshasa 2009", "Kinshasa 2012", "Kiruna 2013", "Koror 2014", "Kraków 2021", "Kroměříž 2004", "Kuala Lumpur 1998", "Kuala Lumpur 2005", "Kuala Lumpur 2015", "Kuala Lumpur 2025", "Kunming 2005", "Kuwait City 2013", "Kuwait City 2017", "Kyiv 2006", "L'Aquila 2009", "La Malbaie 2018", "La Paz 1990", "Labuan Bajo 2023", "Lagos 1975", "Lahore 1974", "Las Leñas 1992", "Libreville 1983", "Lilongwe 2021", "Lima 2008", "Lima 2016", "Lima 2018", "Lima 2024", "Limassol 1993", "Lisbon 1996", "Lisbon 2007", "Lisbon 2010", "Livingstone 2011", "Ljubljana 2019", "Lomé 2000", "London 1990", "London 2009", "London 2018", "Los Angeles 2022", "Los Cabos 2002", "Los Cabos 2012", "Luanda 2023", "Lusaka 2007", "Luxembourg 1997", "Lyon 1996", "Maastricht 1991", "Madang 1995", "Madrid 1997", "Madrid 2022", "Majuro 2013", "Malabo 2011", "Malabo 2014", "Malé 1997", "Manama 2016", "Manama 2024", "Manila 2015", "Manila 2017", "Maputo 2003", "Mar del Plata 2005", "Mar del Plata 2010", "Maseru 2006", "Mbabane 2016", "Mecca 2012", "Mecca 2019", "Medellín 2019", "Melbourne 1981", "Melbourne 2024", "Mendoza 2012", "Mendoza 2017", "Mexico City 2021", "Miami 1994", "Milan 1985", "Milan 2014", "Minsk 1993", "Mogadishu 1974", "Moncton 1999", "Monrovia 2017", "Montebello 1981", "Montego Bay 2018", "Monterrey 2004", "Montevideo 2024", "Montreal 2019", "Montreux 2010", "Moscow 2003", "Moscow 2024", "Munich 1992", "Muscat 2008", "N'Djamena 2014", "Nadi 2006", "Nago 2000", "Nairobi 2016", "Nakhchivan 2009", "Nanjing 2009", "Naples 1994", "Nassau 1985", "Naypyidaw 2014", "New Delhi 2015", "New Delhi 2023", "New York 2000", "Newport 2014", "Niamey 2019", "Nice 2000", "Nizhny Novgorod 2011", "Nouakchott 2016", "Nouakchott 2018", "Nuku'alofa 2007", "Nuku'alofa 2024", "Nusa Dua 2011", "Nusa Dua 2022", "Nuuk 2011", "Ocho Rios 1982", "Olivos 2002", "Osaka 1995", "Osaka 2019", "Oslo 2023", "Ottawa 1973", "Ouagadougou 1998", "Ouro Preto 1994", "Panama City 2000", "Panama City 2015", "Paracas 2015", "Paramaribo 2022", "Paranal 2012", "Paraná 2014", "Paris 2008", "Pattaya 2009", "Perth 2011", "Phnom Penh 2012", "Phnom Penh 2022", "Pittsburgh 2009", "Playa del Carmen 2010", "Pohnpei 2016", "Porlamar 2016", "Port Louis 1976", "Port Moresby 2015", "Port Moresby 2018", "Port Vila 2010", "Port of Spain 2009", "Port of Spain 2023", "Port-au-Prince 2018", "Porto 1998", "Porto 2021", "Potrero de los Funes 1996", "Prague 2002", "Prague 2016", "Praia 1998", "Pretoria 2017", "Puerto Iguazú 2023", "Puerto Vallarta 2018", "Puerto Varas 2016", "Punta Cana 2017", "Punta Mita 2014", "Punta del Este 1967", "Putrajaya 2003", "Qingdao 2018", "Quebec City 2001", "Quebec City 2008", "Quito 2016", "Rabat 1969", "Rambouillet 1975", "Rancho Mirage 2016", "Rarotonga 2023", "Reykjavik 2023", "Riga 2006", "Riga 2022", "Rio de Janeiro 2023", "Rio de Janeiro 2024", "Rio de Janeiro 2025", "Riyadh 2007", "Riyadh 2011", "Rome 2002", "Rome 2021", "Rostov-on-Don 2010", "Rovaniemi 2019", "Salamanca 2005", "Salzburg 2018", "Samara 2007", "Samarkand 2022", "San Francisco 2023", "San José 2001", "San Juan 2010", "San Miguel de Tucumán 2008", "San Pedro Sula 2009", "San Salvador 2011", "Santa Cruz de la Sierra 1996", "Santa Fe 2019", "Santa Maria 2018", "Santa Maria da Feira 2000", "Santa Marta 2025", "Santiago 1998", "Santiago 2007", "Santiago 2013", "Santo Domingo 2023", "Sanya 2011", "Sanya 2016", "Sea Island 2004", "Seattle 1993", "Seoul 2000", "Seoul 2010", "Seville 2002", "Shanghai 2001", "Shanghai 2006", "Sharm el-Sheikh 2008", "Sharm el-Sheikh 2015", "Shima 2016", "Shusha 2024", "Sibiu 2019", "Siem Reap 2018", "Singapore 2007", "Singapore 2018", "Sirte 2009", "Sirte 2010", "Sochi 2019", "Sofia 2018", "St John's 2014", "St Petersburg 2002", "St Petersburg 2006", "St Petersburg 2013", "Stockholm 2019", "Strasbourg 1997", "Strasbourg 2009", "Stuttgart 1983", "Subic Bay 1996", "Suva 2022", "Sydney 1978", "Sydney 2007", "São Tomé 2023", "Taif 1981", "Tampere 1999", "Taormina 2017", "Tarawa 2000", "Tarija 2007", "Tashkent 2016", "Tegucigalpa 1991", "Tehran 2012", "Tela 1989", "The Hague 2004", "The Hague 2025", "Thessaloniki 2003", "Thimphu 2010", "Tianjin 2025", "Tirana 2022", "Tokyo 2015", "Tokyo 2022", "Toronto 1988", "Toronto 2010", "Toyako 2008", "Tripoli 2010", "Trujillo 1996", "Tunis 2004", "Tunis 2019", "Tunis 2022", "Ufa 2015", "Ulaanbaatar 2016", "Ushuaia 1998", "Valencia 2001", "Valletta 2005", "Valletta 2015", "Vancouver 1997", "Venice 1980", "Veracruz 2014", "Versailles 1982", "Victoria Falls 2009", "Vienna 1993", "Vientiane 2016", "Vientiane 2024", "Villers-Cotterêts 2024", "Vilnius 2013", "Vilnius 2023", "Visby 1996", "Visegrád 1991", "Viskuli 1991", "Vladivostok 2012", "Warsaw 2016", "Warsaw 2023", "Washington 1999", "Washington 2008", "Washington 2022", "Washington 2024", "Watford 2019", "Wellington 1971", "Williamsburg 1983", "Wilmington 2024", "Windhoek 2018", "Windsor 2000", "Xi'an 2023", "Xiamen 2017", "Yalta 1998", "Yamoussoukro 2014", "Yaoundé 1996", "Yaren 2018", "Yekaterinburg 2009", "Yerevan 2018", "Yerevan 2022", "Yokohama 2010", "Yokohama 2013"]}
ORG_NAMES = {'org:eu': ['European Union', 'European Council', 'EU'],
             'org:mercosur': ['Mercosur', 'Southern Common Market'],
             'org:sica': ['SICA', 'Central American Integration System']}
ORG_ID = {'org:eu': 'eu', 'org:mercosur': 'mercosur', 'org:sica': 'sica'}
ALLOWED_BODIES = {'org:nato', 'org:eu', 'org:apec', 'org:sco', 'org:g20', 'org:cis', 'org:gcc', 'org:oic',
                  'org:summit-of-the-americas', 'org:oas', 'org:mercosur', 'org:francophonie', 'org:turkic-council',
                  'org:csto', 'org:eaeu', 'org:visegrad-group', 'org:african-union', 'org:oau', 'org:caricom',
                  'org:sica', 'org:cplp', 'org:non-aligned-movement'}
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
                'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
ONE_DAY_CUES = ['one-day', 'single day', 'for one day', 'ended the day']
REL = {0: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'], 1: ['yesterday', 'last night']}

errors = []
def err(*a):
    errors.append(' '.join(str(x) for x in a))

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u00f8', 'o').replace('\u00e6', 'ae').replace('\u00df', 'ss').replace('\u0142', 'l')
    s = s.lower()
    s = re.sub(r"(?<=\w)['\u2019]s\b", '', s)
    s = re.sub(r"(?<=\w)['\u2019](?=\w)", '', s)
    return ' ' + ' '.join(re.sub(r'[^a-z0-9]+', ' ', s).split()) + ' '

def has_tokens(hay_folded, phrase):
    return fold(phrase) in hay_folded

def city_forms(entry):
    m = re.match(r'^(.*?) \((.*)\)$', entry)
    if m:
        return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]
    return [entry]

def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err(where, 'bad ISO date', repr(s))
        return None

def sentence_bounded(line, start, end):
    if start > 0:
        pre = line[:start]
        if not (re.search(r'[.!?]["\u201d]? $', pre) or re.fullmatch(r"[A-Z][A-Z .'\-]+: ", pre)):
            return False
    if end < len(line):
        if line[end] != ' ':
            return False
        if line[end - 1] not in '.!?"\u201d':
            return False
    return True

def date_supported(d, pub, body):
    if d is None or pub is None:
        return False
    m = MONTHS[d.month - 1]
    for mm in re.finditer(r'\b' + m + r' (\d{1,2})((?:(?:, | and | to |-)\d{1,2})*)', body):
        days = [int(mm.group(1))] + [int(x) for x in re.findall(r'\d{1,2}', mm.group(2))]
        if d.day in days:
            return True
    gap = (pub - d).days
    if 0 <= gap <= 6 and re.search(r'\b' + WEEKDAYS[d.weekday()] + r'\b', body):
        return True
    for w in REL.get(gap, []):
        if re.search(r'\b' + w + r'\b', body, re.I):
            return True
    return False

def earlier_gold():
    ids, slugs, summits = [], set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 105)]
    n = 0
    for name in names:
        p = os.path.join(EARLIER, name)
        if not os.path.exists(p):
            continue
        n += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.append(a.get('id', ''))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    return n, ids, slugs, summits

def main():
    gpath = os.path.join(HERE, 'heldout105_gold.json')
    raw = open(gpath, encoding='utf-8').read()
    gold = json.loads(raw)
    if list(gold.keys()) != ['about', 'articles']:
        err('top-level keys', list(gold.keys()))
    if not isinstance(gold.get('about'), str) or not gold['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    if len(arts) != 8:
        err('expected 8 articles, got', len(arts))
    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids) != txts:
        err('article files and ids differ', txts, ids)
    if sorted(ids) != sorted(CONFIG):
        err('ids not registered in check.py', sorted(set(ids) ^ set(CONFIG)))
    n_earlier, e_ids, e_slugs, e_summits = earlier_gold()
    if n_earlier < 50:
        err('could not read the earlier gold files (found %d)' % n_earlier)
    if any(str(i).startswith('h105_') for i in e_ids):
        err('prefix h105_ already used in earlier gold')
    e_prefixes = {s.split('-')[0] for s in e_slugs}
    used = set()
    for u in LISTS['used']:
        m = re.match(r'^(.*) (\d{4})$', u)
        for c in city_forms(m.group(1)):
            used.add((fold(c), m.group(2)))
    avoid = set()
    for a in LISTS['avoid']:
        for c in city_forms(a):
            avoid.add(fold(c))
    e_cityyear = {(fold(c or ''), (s or '')[:4]) for (o, c, s) in e_summits}

    slug_map = {}
    summit_of = {}
    outlet_of = {}
    for a in arts:
        aid = a.get('id')
        where = aid
        if list(a.keys()) != ARTICLE_KEYS:
            err(where, 'article keys/order', list(a.keys()))
            continue
        cfg = CONFIG.get(aid)
        if cfg is None:
            continue
        m = re.fullmatch(r'h105_([a-z]+)_([a-z]+)_([a-z]+)', aid)
        if not m:
            err(where, 'bad id form')
            continue
        if a['split'] != 'heldout105':
            err(where, 'split', a['split'])
        if a['file'] != 'articles/%s.txt' % aid:
            err(where, 'file field', a['file'])
        path = os.path.join(HERE, aid + '.txt')
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        noise = cfg['noise']
        for nl in noise:
            if lines.count(nl) != noise.count(nl):
                err(where, 'registered noise line not found once', nl[:60])
        if len(noise) < 4:
            err(where, 'too little page noise')
        title = a['title']
        if not isinstance(title, str) or lines.count(title) != 1:
            err(where, 'title is not exactly one line of the file')
        tidx = lines.index(title) if title in lines else -1
        kinds = []
        for i, l in enumerate(lines):
            if i == tidx:
                kinds.append('title')
            elif l in noise:
                kinds.append('noise')
            elif l.strip() == '':
                kinds.append('blank')
            else:
                kinds.append('body')
        if tidx < 0 or any(k == 'body' for k in kinds[:tidx]):
            err(where, 'headline must come before the body')
        body_lines = [l for l, k in zip(lines, kinds) if k == 'body']
        noise_lines = [l for l, k in zip(lines, kinds) if k == 'noise']
        if not body_lines:
            err(where, 'no body')
            continue
        body = '\n'.join(body_lines)
        hb = title + '\n' + body
        hbf = fold(hb)
        words = len(body.split())
        if not 420 <= words <= 600:
            err(where, 'body words out of range', words)
        # noise positions
        fb = kinds.index('body'); lb = len(kinds) - 1 - kinds[::-1].index('body')
        pos = set()
        for i, k in enumerate(kinds):
            if k == 'noise':
                pos.add('top' if i < fb else ('end' if i > lb else 'middle'))
        cfg['_pos'] = pos
        if 'end' not in pos or 'top' not in pos:
            err(where, 'page noise expected at top and end', sorted(pos))
        # comments
        ncom = 0
        for i, l in enumerate(noise_lines):
            mm = re.match(r'^(Reader comments|Comments)\b.*\((\d+)\)$', l)
            if mm:
                cnt = 0
                for l2 in noise_lines[i + 1:]:
                    if l2.startswith('Add ') or l2.startswith('Post a comment'):
                        break
                    cnt += 1
                if cnt != int(mm.group(2)) or cnt < 3:
                    err(where, 'comment count mismatch', cnt, mm.group(2))
                ncom = cnt
        cfg['_comments'] = ncom
        # quote style
        style = cfg['style']
        if style == 'curly':
            if '"' in text or "'" in text:
                err(where, 'straight mark in a curly article')
            if '\u2018' in text:
                err(where, 'opening single curly mark')
            for l in lines:
                st = 0
                for ch in l:
                    if ch == '\u201c':
                        if st:
                            err(where, 'nested curly quote', l[:50])
                        st = 1
                    elif ch == '\u201d':
                        if not st:
                            err(where, 'unopened curly quote', l[:50])
                        st = 0
                if st:
                    err(where, 'unclosed curly quote', l[:50])
            spans_re = r'\u201c([^\u201d]*)\u201d'
            wrap = lambda t: '\u201c' + t + '\u201d'
        else:
            if any(c in text for c in '\u201c\u201d\u2018\u2019'):
                err(where, 'curly mark in a straight article')
            for l in lines:
                if l.count('"') % 2:
                    err(where, 'odd number of straight marks', l[:50])
            spans_re = r'"([^"]*)"'
            wrap = lambda t: '"' + t + '"'
        for l in noise_lines + [title]:
            if any(c in l for c in '"\u201c\u201d'):
                err(where, 'double quotation mark in headline or page noise', l[:50])
        # outlet line
        pub = parse_date(a['published_at'], where)
        if pub:
            tag = '| %s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            ol = [l for l in noise_lines if tag in l]
            if len(ol) != 1:
                err(where, 'outlet line with publication date not found', tag)
            else:
                outlet_of[aid] = ol[0].split('|')[0].strip()
                if sum(1 for w in WEEKDAYS if re.search(r'\b' + w + r'\b', ol[0])) != 1:
                    err(where, 'other weekday on the outlet line')
        # authors and staff
        if not isinstance(a['authors'], list) or not a['authors']:
            err(where, 'authors')
        pkeys = [p.get('key') for p in a['participants']]
        for au in a['authors'] + cfg.get('staff', []):
            if not any(au in l for l in noise_lines):
                err(where, 'author/staff not in page noise', au)
            k = 'person:' + '-'.join(fold(au).split())
            if k in pkeys:
                err(where, 'author/staff listed as participant', au)
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err(where, 'summit keys/order', list(s.keys()))
            continue
        if s['organization'] not in ALLOWED_BODIES:
            err(where, 'organisation not allowed by the brief', s['organization'])
        if m.group(1) != ORG_ID.get(s['organization']):
            err(where, 'id body part does not match organisation')
        if m.group(2) != re.sub(r'[^a-z]', '', fold(s['city'])):
            err(where, 'id city part does not match city')
        sd = parse_date(s['start_date'], where); ed = parse_date(s['end_date'], where)
        if sd and ed:
            if sd > ed:
                err(where, 'start after end')
            if (ed - sd).days > 6:
                err(where, 'summit longer than a week')
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err(where, 'publication date outside the summit window')
            year = str(sd.year)
            if (fold(s['city']), year) in used or (fold(s['city']), year) in e_cityyear:
                err(where, 'city and year already used', s['city'], year)
        if fold(s['city']) in avoid:
            err(where, 'city on the avoid list', s['city'])
        tf = s['text_fields']
        if not tf or len(set(tf)) != len(tf) or [f for f in FIELDS if f in tf] != tf:
            err(where, 'text_fields not a non-empty subset in canonical order', tf)
        if 'organization' in tf and not any(has_tokens(hbf, n) for n in ORG_NAMES.get(s['organization'], [])):
            err(where, 'organisation not recoverable from text')
        for f in ('city', 'country'):
            if f in tf and not has_tokens(hbf, s[f]):
                err(where, f, 'not recoverable from text', s[f])
        for f, d in (('start_date', sd), ('end_date', ed)):
            if f in tf and not date_supported(d, pub, hb):
                err(where, f, 'not recoverable from text')
        if 'end_date' in tf and sd == ed and not any(c in hb.lower() for c in ONE_DAY_CUES):
            err(where, 'one-day summit without a one-day cue')
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        # quotes
        spans = []
        for bl in body_lines:
            spans += re.findall(spans_re, bl)
        qtexts = []
        last = -1
        for q in a['quotes']:
            if list(q.keys()) != ['text', 'speaker_key', 'kind']:
                err(where, 'quote keys/order', list(q.keys()))
                continue
            if q['kind'] not in QUOTE_KINDS:
                err(where, 'quote kind', q['kind'])
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk)):
                err(where, 'speaker is neither a participant nor an org key', sk)
            p = body.find(wrap(q['text']), last + 1)
            if p < 0:
                err(where, 'quote not found in body in order', q['text'][:50])
            else:
                last = p
            qtexts.append(q['text'])
        for t in a['not_quotes']:
            if not isinstance(t, str) or wrap(t) not in body:
                err(where, 'not_quote not found', t)
        if sorted(spans) != sorted(qtexts + list(a['not_quotes'])):
            err(where, 'quoted spans and annotations differ')
        # participants
        if len(set(pkeys)) != len(pkeys):
            err(where, 'duplicate participant')
        titles = {'president', 'prime', 'minister', 'mr', 'mrs', 'ms', 'dr', 'king', 'queen', 'chancellor', 'sir'}
        for pp in a['participants']:
            if list(pp.keys()) != ['key', 'role', 'affiliation']:
                err(where, 'participant keys/order', list(pp.keys()))
                continue
            k = pp['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err(where, 'bad participant key', k)
                continue
            toks = k[7:].split('-')
            if toks[0] in titles:
                err(where, 'title word in key', k)
            if fold(' '.join(toks)) not in hbf:
                err(where, 'participant name not in headline or body', k)
            for fld in ('role', 'affiliation'):
                v = pp[fld]
                if not isinstance(v, str) or not v.strip():
                    err(where, 'empty', fld, k)
                elif (style == 'curly' and "'" in v) or (style == 'straight' and '\u2019' in v):
                    err(where, 'apostrophe style in', fld, k)
        # facts
        allev = []
        prefixes = set()
        art_slugs = []
        for f in a['facts']:
            if list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']:
                err(where, 'fact keys/order', list(f.keys()))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(where, 'empty statement')
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or not set(kd) <= FACT_KINDS:
                err(where, 'fact kind', kd)
            sl = f['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z0-9]+(-[a-z0-9]+)*', sl):
                err(where, 'bad same_as', sl)
                continue
            art_slugs.append(sl)
            prefixes.add(sl.split('-')[0])
            if sl in e_slugs:
                err(where, 'slug used in earlier gold', sl)
            slug_map.setdefault(sl, []).append((aid, tuple(kd)))
            if not f['evidence']:
                err(where, 'no evidence', sl)
            for e in f['evidence']:
                if e != e.strip() or not e:
                    err(where, 'evidence with outer spaces', sl)
                allev.append(e)
                if e == title:
                    continue
                hits = [(bl, bl.find(e)) for bl in body_lines if e in bl]
                if len(hits) != 1 or hits[0][0].count(e) != 1:
                    err(where, 'evidence not found exactly once in body', sl, e[:60])
                    continue
                bl, p = hits[0]
                if not sentence_bounded(bl, p, p + len(e)):
                    err(where, 'evidence not sentence-bounded', sl, e[:60])
        if len(set(art_slugs)) != len(art_slugs):
            err(where, 'slug repeated within article')
        if len(prefixes) != 1:
            err(where, 'more than one same_as prefix', prefixes)
        else:
            pre = prefixes.pop()
            cfg['_prefix'] = pre
            if sd and not pre.endswith(str(sd.year)[2:]):
                err(where, 'prefix does not end in the year', pre)
            if pre in e_prefixes:
                err(where, 'prefix used in earlier gold', pre)
        for q in a['quotes']:
            if not any(wrap(q['text']) in e for e in allev):
                err(where, 'quote outside every evidence string', q['text'][:50])
        # noise must not carry gold material
        pnames = [' '.join(k[7:].split('-')) for k in pkeys if k.startswith('person:')]
        for l in noise_lines:
            lf = fold(l)
            for t in qtexts + allev:
                if len(t) > 6 and t in l:
                    err(where, 'gold quote or evidence in page noise', l[:50])
            for n in pnames:
                toks = n.split()
                if fold(n) in lf or (len(toks) > 1 and fold(toks[-1]) in lf):
                    err(where, 'participant name in page noise', n, l[:40])
    # shape
    groups = {}
    for aid, sm in summit_of.items():
        groups.setdefault((sm[0], sm[1], sm[3]), []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('shape: expected 5 summits, 3 pairs and 2 singles, got', sizes)
    bodies = {}
    for k in groups:
        bodies[k[0]] = bodies.get(k[0], 0) + 1
    if len(bodies) < 3 or max(bodies.values()) > 2:
        err('bodies: at least three, at most two summits each', bodies)
    pair_of = {}
    for k, v in groups.items():
        if len(set(CONFIG[x].get('_prefix') for x in v)) != 1:
            err('articles of one summit use different prefixes', v)
        if len(v) == 2:
            a1, a2 = v
            if summit_of[a1] != summit_of[a2]:
                err('pair disagrees on summit data', v)
            if outlet_of.get(a1) == outlet_of.get(a2) or a1.split('_')[-1] == a2.split('_')[-1]:
                err('pair from one outlet', v)
            pair_of[a1] = pair_of[a2] = tuple(sorted(v))
    allpre = [CONFIG[x].get('_prefix') for x in CONFIG]
    if len(set(allpre)) != len(groups):
        err('prefix shared between summits')
    shared = {}
    for sl, occ in slug_map.items():
        arts_ = [x[0] for x in occ]
        if len(occ) > 2:
            err('slug in more than two articles', sl)
        elif len(occ) == 2:
            p = tuple(sorted(arts_))
            if pair_of.get(arts_[0]) != p:
                err('shared slug not within one pair', sl)
            if occ[0][1] != occ[1][1]:
                err('shared slug with different kinds', sl)
            shared.setdefault(p, []).append(sl)
    for p in set(pair_of.values()):
        if len(shared.get(p, [])) < 5:
            err('pair shares fewer than 5 slugs', p)
    if sum(1 for x in CONFIG.values() if x.get('_comments', 0) >= 3) < 3:
        err('fewer than three articles with a reader comment section')
    if sum(1 for x in CONFIG.values() if 'middle' in x.get('_pos', set())) < 3:
        err('fewer than three articles with page noise in the middle')
    styles = {x['style'] for x in CONFIG.values()}
    if styles != {'curly', 'straight'}:
        err('both quote styles expected')
    # report
    for a in arts:
        print('%-40s q=%d nq=%d p=%d f=%d' % (a['id'], len(a['quotes']), len(a['not_quotes']),
                                             len(a['participants']), len(a['facts'])))
    for p, sl in sorted(shared.items()):
        print('shared', p, len(sl), ' '.join(sorted(sl)))
    print('earlier gold files read:', n_earlier)

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        errors.append('crash')
    if errors:
        for e in errors:
            print('ERROR:', e)
        sys.exit(1)
    print('OK: heldout105 passes')
    sys.exit(0)
