#!/usr/bin/env python3
"""Checker for held-out set heldout102 (tests/gold/pending/heldout102/).

Run: python3 check.py   (exits 0 when everything passes, 1 on any error or crash).
The earlier gold files are read by exact name from ../../ (tests/gold/) unless the
environment variable H102_EARLIER names another folder (used when the checker runs on a copy).
"""
import json, os, re, sys, unicodedata, datetime, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H102_EARLIER', os.path.join(HERE, '..', '..'))
ROUND = '102'
SPLIT = 'heldout102'
ABOUT_START = ("Held-out set round 102 (split=heldout102), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'pledge', 'outcome', 'membership', 'reaction'}
# bodies the brief allows, by organisation key (only keys of allowed bodies are accepted)
ALLOWED_ORGS = {
    'org:nato', 'org:eu', 'org:apec', 'org:sco', 'org:g20', 'org:cis', 'org:gcc', 'org:oic', 'org:oas',
    'org:summit-of-the-americas', 'org:mercosur', 'org:francophonie', 'org:turkic-council', 'org:csto',
    'org:eaeu', 'org:visegrad-group', 'org:african-union', 'org:oau', 'org:caricom', 'org:sica', 'org:cplp', 'org:nam'}
# names by which the organisation must be recoverable from the text when 'organization' is in text_fields
ORG_NAMES = {
    'org:eu': ['European Union', 'European Council', 'EU'],
    'org:oas': ['Organization of American States', 'OAS'],
    'org:mercosur': ['Mercosur', 'Southern Common Market'],
}
# registry of the eight articles: outlet (first field of the outlet line), quote style, credited staff
REGISTRY = {
 "h102_eu_salzburg_bowline": {
  "outlet": "Bowline Wire",
  "style": "straight",
  "credits": [
   "Walburga Aichhorn-Prickett",
   "Theobald Lercher-Underdown"
  ]
 },
 "h102_eu_salzburg_foyle": {
  "outlet": "The Foyle Ledger",
  "style": "curly",
  "credits": []
 },
 "h102_eu_porto_lamplighter": {
  "outlet": "Radio Lamplighter Europe",
  "style": "straight",
  "credits": []
 },
 "h102_eu_porto_cais": {
  "outlet": "The Cais Courier",
  "style": "curly",
  "credits": []
 },
 "h102_oas_sansalvador_guaymuras": {
  "outlet": "The Guaymuras Review",
  "style": "straight",
  "credits": []
 },
 "h102_oas_sansalvador_boqueron": {
  "outlet": "The Boquerón Post",
  "style": "curly",
  "credits": []
 },
 "h102_mercosur_fozdoiguacu_tresmarcos": {
  "outlet": "Tresmarcos Trade Letter",
  "style": "curly",
  "credits": []
 },
 "h102_oas_sanjose_miraflores": {
  "outlet": "The Miraflores Dispatch",
  "style": "straight",
  "credits": []
 }
}
# page-noise lines of each article, exactly as they stand in the file
NOISE = {
 "h102_eu_salzburg_bowline": [
  "UPDATE 3-Adds news conference, French comments, analyst quote",
  "Related coverage: Brexit talks timeline | What is the Irish backstop? | Profile: Austria's young chancellor",
  "(Reporting by Engelbert Zehetner-Kneebone and Walburga Aichhorn-Prickett; Editing by Theobald Lercher-Underdown)",
  "Related: FACTBOX-What the Chequers plan proposes | Austria's EU presidency at a glance | Sterling slips as Salzburg talks end",
  "We use cookies to personalise content and to analyse our traffic. Manage cookie settings | Accept all",
  "(c) 2018 Bowline Wire. All rights reserved. Republication or redistribution of Bowline content is prohibited without prior written consent."
 ],
 "h102_eu_salzburg_foyle": [
  "Home | News | Politics | Business | Sport | Border Life | Opinion | Archive | Subscribe",
  "Photo: Lorries on the Buncrana Road approaching the border at Bridgend. (File picture)",
  "Sign up for Border Briefing, our free weekly Brexit newsletter, delivered every Friday morning. Enter your email address | Subscribe",
  "Comments (4)",
  "BogsideBarney: Half the lorries on the Buncrana Road would agree with the haulier. Nobody in Austria is queueing.",
  "Marian_from_Muff: Cake jokes. Meanwhile we still don’t know what happens to our prescriptions next March.",
  "StrabaneSceptic: Salzburg was always going to be a slap. The real talks start in October, same as always.",
  "LiamOC: Good piece. Would be nice to hear from the farmers on the Donegal side next time.",
  "Most read: Ebrington plans go to council | Weekend sport round-up | Craigavon Bridge lane closures this week",
  "The Foyle Ledger, Shipquay Street, Derry. (c) 2018 Foyle Ledger Publishing Ltd. All rights reserved."
 ],
 "h102_eu_porto_lamplighter": [
  "Transcript. Prepared from the broadcast; may contain errors. Listen again on the Lamplighter app.",
  "[Time check: 19:07 Central European Time]",
  "[END OF TRANSCRIPT]",
  "Coming up at eight: Europe's Music Hour.",
  "About this programme - How do I get a transcript? Transcripts are posted within 24 hours of broadcast. Can I quote from them? Yes, with credit to Radio Lamplighter Europe. Can I hear older programmes? Our archive goes back to 2015.",
  "Radio Lamplighter Europe (c) 2021. Transcripts are provided for personal use only."
 ],
 "h102_eu_porto_cais": [
  "Home | City | Douro Valley | Food & Wine | Business | Expat Life | What’s On | Subscribe",
  "Photo: Delegation cars cross the Dom Luís I bridge on Saturday morning. (Cais Courier)",
  "Read also: Porto’s hotels count the cost of a lost year | Vaccination: what over-50s in the city need to know",
  "Comments (3)",
  "tripeiro_71: The motorcades went past my window all Saturday. At least the city looked good on television.",
  "AnaM_Bonfim: Targets for 2030. I will be retired by then, and my son still has no contract.",
  "expat_in_foz: Nice to see the riverside on the news for something other than floods.",
  "Newsletter: Get the Cais Courier in your inbox every Monday and Thursday. We respect your privacy; unsubscribe at any time.",
  "(c) 2021 The Cais Courier, Porto. Cookies help us deliver our services. By using our site you agree to our use of cookies."
 ],
 "h102_oas_sansalvador_guaymuras": [
  "Home | Nation | Region | Economy | Opinion | Sports | Classifieds | E-paper",
  "ALSO READ: A week after the return: scenes from Tegucigalpa | Coffee growers count the cost of the rains | Catrachos prepare for the Gold Cup",
  "Frequently asked: What is the OAS General Assembly? It is the organization's highest body and meets once a year, usually in June, in a different member state. Who takes part? Foreign ministers or their deputies from the member states. Can it expel a country? A two-thirds vote can suspend a government, as happened to Honduras in 2009.",
  "The Guaymuras Review is published every Wednesday in Tegucigalpa. Letters to the editor: letters at guaymuras dot example. (c) 2011 Guaymuras Review."
 ],
 "h102_oas_sansalvador_boqueron": [
  "Updated 9:40 a.m. | Print edition: page 4 | Share | Email | Print",
  "Photo caption: Police officers outside the assembly venue on Monday. (Boquerón Post)",
  "Comments (5)",
  "chalate_79: My brother drives the 42. Same story every week.",
  "DoñaMarta: The traffic was terrible on Monday. Nobody told us which streets were closed.",
  "sansalvadoreño_en_LA: Good that Honduras is back. Now let’s see if anything changes.",
  "rvasquez: The criminologist is right. We have had enough declarations.",
  "Fer_Soya: Meanwhile the buses still stop running at seven.",
  "More from Nation: Government marks two years in office | Rainy season: how to prepare your home | Dengue: health ministry urges clean-up of water containers",
  "The Boquerón Post, San Salvador. (c) 2011. All rights reserved. Reproduction without permission is prohibited."
 ],
 "h102_mercosur_fozdoiguacu_tresmarcos": [
  "For subscribers: customs, freight and border trade at the triple frontier. Issue 214. Forward to a colleague | Manage your subscription",
  "Chart: Brazil-Paraguay trade across the Friendship Bridge, 2005-2010 (index, 2005 = 100). Source: Tresmarcos compilation of official data.",
  "Read next: Soy freight rates hold steady into the harvest | Puerto Iguazú: what the new bridge timetable means for tourists",
  "Tresmarcos Trade Letter is an independent newsletter for importers, exporters, brokers and forwarders in Foz do Iguaçu, Ciudad del Este and Puerto Iguazú. Published every Monday.",
  "Newsletter boilerplate: You are receiving this because you subscribed at a trade fair or on our website. To stop receiving it, reply with the word STOP. We never share your address.",
  "(c) 2010 Tresmarcos Media. All rights reserved."
 ],
 "h102_oas_sanjose_miraflores": [
  "Home | Peru | Region | Business | Culture | Opinion | Letters | Archive",
  "Photo: Delegates leave the opening session in San Jose on Sunday evening. (Miraflores Dispatch)",
  "Comments (3)",
  "Rocio_Barranco: The professor is right, the test is whether anyone uses it.",
  "jcq1960: The new government has a lot of promises to keep now. We will see.",
  "Miraflorino: Lima in September will be full of diplomats. Good for the restaurants.",
  "Letters: Write to the editor at letters at miraflores dot example. Please include your name and district.",
  "The Miraflores Dispatch, Lima. (c) 2001. All rights reserved."
 ]
}
USED_CITY_YEARS = [
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
 "Alexandria 1964",
 "Algiers 2022",
 "Alma-Ata 1991",
 "Alofi 2008",
 "Amman 2001",
 "Amsterdam 1997",
 "Andorra la Vella 2021",
 "Antalya 2015",
 "Antananarivo 2016",
 "Antigua Guatemala 2013",
 "Apia 2017",
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
 "Basseterre 2006",
 "Beijing 2012",
 "Beijing 2014",
 "Beijing 2023",
 "Beirut 2002",
 "Belgrade 1961",
 "Belén 2015",
 "Bento Gonçalves 2019",
 "Berlin 1999",
 "Biarritz 2019",
 "Birmingham 1998",
 "Bishkek 2007",
 "Bishkek 2019",
 "Bissau 2023",
 "Blantyre 1997",
 "Bodrum 2014",
 "Bogor 1994",
 "Bonn 1982",
 "Borgo Egnazia 2024",
 "Brasília 2008",
 "Bratislava 2016",
 "Bridgetown 2002",
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
 "Bujumbura 2023",
 "Burabay 2015",
 "Busan 2005",
 "Busan 2019",
 "Bürgenstock 2024",
 "Cairns 2009",
 "Cairo 2024",
 "Cali 2013",
 "Cali 2017",
 "Camp David 2012",
 "Camp David 2023",
 "Canberra 1983",
 "Cancún 2017",
 "Cannes 1995",
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
 "Cochabamba 2012",
 "Cologne 1999",
 "Colombo 2013",
 "Colombo 2022",
 "Coolum 2002",
 "Copenhagen 2002",
 "Corfu 1994",
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
 "Dorado 1976",
 "Dublin 1990",
 "Dubrovnik 2016",
 "Durban 1999",
 "Durban 2013",
 "Dushanbe 2019",
 "Edinburgh 1997",
 "Elmau 2015",
 "Elmau 2022",
 "Enniskillen 2013",
 "Entebbe 2024",
 "Essen 1994",
 "Estoril 2009",
 "Evian 2003",
 "Fez 1982",
 "Florence 1996",
 "Florianópolis 2000",
 "Fontainebleau 1984",
 "Fort Lauderdale 2005",
 "Fortaleza 1996",
 "Fortaleza 2014",
 "Freetown 1980",
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
 "Grand Anse 1989",
 "Grand Baie 2004",
 "Guadalajara 1991",
 "Gyeongju 2025",
 "Halifax 1995",
 "Hamburg 2017",
 "Hangzhou 2016",
 "Hanoi 2004",
 "Hanoi 2010",
 "Hanover 1988",
 "Harare 2024",
 "Havana 2006",
 "Havana 2014",
 "Heiligendamm 2007",
 "Helsinki 1999",
 "Hiroshima 2023",
 "Honiara 2025",
 "Honolulu 2011",
 "Houston 1990",
 "Hua Hin 2009",
 "Huntsville 2010",
 "Inshas 1946",
 "Islamabad 2017",
 "Istanbul 2004",
 "Istanbul 2016",
 "Istanbul 2021",
 "Jakarta 2016",
 "Jakarta 2023",
 "Jeddah 2022",
 "Jeddah 2023",
 "Jeju 2009",
 "Johannesburg 2015",
 "Johannesburg 2023",
 "Johannesburg 2025",
 "Kampala 2007",
 "Kampala 2010",
 "Kampala 2024",
 "Kananaskis 2002",
 "Kananaskis 2025",
 "Kathmandu 2014",
 "Kazan 2005",
 "Kazan 2024",
 "Khanty-Mansiysk 2008",
 "Khartoum 2006",
 "Kigali 2016",
 "Kigali 2022",
 "Kingston 1975",
 "Kingstown 2024",
 "Kinshasa 1967",
 "Kinshasa 2009",
 "Kinshasa 2012",
 "Kiruna 2013",
 "Koror 2014",
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
 "Las Leñas 1992",
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
 "Livingstone 2011",
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
 "Luxembourg 1997",
 "Lyon 1996",
 "Maastricht 1991",
 "Madang 1995",
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
 "Mar del Plata 2010",
 "Maseru 2006",
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
 "Milan 1985",
 "Milan 2014",
 "Minsk 1993",
 "Mogadishu 1974",
 "Moncton 1999",
 "Monrovia 2017",
 "Montebello 1981",
 "Montego Bay 2018",
 "Monterrey 2004",
 "Montevideo 2024",
 "Montreal 2019",
 "Montreux 2010",
 "Moscow 2003",
 "Moscow 2024",
 "Munich 1992",
 "Muscat 2008",
 "N'Djamena 2014",
 "Nadi 2006",
 "Nago 2000",
 "Nairobi 2016",
 "Nakhchivan 2009",
 "Nanjing 2009",
 "Naples 1994",
 "Nassau 1985",
 "Naypyidaw 2014",
 "New Delhi 2015",
 "New Delhi 2023",
 "Newport 2014",
 "Niamey 2019",
 "Nice 2000",
 "Nizhny Novgorod 2011",
 "Nouakchott 2016",
 "Nouakchott 2018",
 "Nuku'alofa 2007",
 "Nuku'alofa 2024",
 "Nusa Dua 2011",
 "Nusa Dua 2022",
 "Nuuk 2011",
 "Ocho Rios 1982",
 "Olivos 2002",
 "Osaka 1995",
 "Osaka 2019",
 "Oslo 2023",
 "Ottawa 1973",
 "Ouagadougou 1998",
 "Ouro Preto 1994",
 "Panama City 2000",
 "Panama City 2015",
 "Paracas 2015",
 "Paramaribo 2022",
 "Paranal 2012",
 "Paraná 2014",
 "Paris 2008",
 "Pattaya 2009",
 "Perth 2011",
 "Phnom Penh 2012",
 "Phnom Penh 2022",
 "Pittsburgh 2009",
 "Pohnpei 2016",
 "Porlamar 2016",
 "Port Louis 1976",
 "Port Moresby 2015",
 "Port Moresby 2018",
 "Port Vila 2010",
 "Port of Spain 2009",
 "Port of Spain 2023",
 "Port-au-Prince 2018",
 "Porto 1998",
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
 "Punta del Este 1967",
 "Putrajaya 2003",
 "Qingdao 2018",
 "Quebec City 2001",
 "Quebec City 2008",
 "Quito 2016",
 "Rabat 1969",
 "Rambouillet 1975",
 "Rancho Mirage 2016",
 "Rarotonga 2023",
 "Reykjavik 2023",
 "Riga 2006",
 "Riga 2022",
 "Rio de Janeiro 2023",
 "Rio de Janeiro 2024",
 "Rio de Janeiro 2025",
 "Riyadh 2007",
 "Riyadh 2011",
 "Rome 2002",
 "Rome 2021",
 "Rostov-on-Don 2010",
 "Rovaniemi 2019",
 "Salamanca 2005",
 "Samara 2007",
 "Samarkand 2022",
 "San Francisco 2023",
 "San Juan 2010",
 "San Miguel de Tucumán 2008",
 "San Pedro Sula 2009",
 "Santa Cruz de la Sierra 1996",
 "Santa Fe 2019",
 "Santa Maria 2018",
 "Santa Maria da Feira 2000",
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
 "Shusha 2024",
 "Sibiu 2019",
 "Siem Reap 2018",
 "Singapore 2007",
 "Singapore 2018",
 "Sirte 2009",
 "Sirte 2010",
 "Sochi 2019",
 "Sofia 2018",
 "St John's 2014",
 "St Petersburg 2002",
 "St Petersburg 2006",
 "St Petersburg 2013",
 "Stockholm 2019",
 "Strasbourg 1997",
 "Strasbourg 2009",
 "Stuttgart 1983",
 "Subic Bay 1996",
 "Suva 2022",
 "Sydney 1978",
 "Sydney 2007",
 "São Tomé 2023",
 "Taif 1981",
 "Tampere 1999",
 "Taormina 2017",
 "Tarawa 2000",
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
 "Toronto 1988",
 "Toronto 2010",
 "Toyako 2008",
 "Tripoli 2010",
 "Trujillo 1996",
 "Tunis 2004",
 "Tunis 2019",
 "Tunis 2022",
 "Ufa 2015",
 "Ulaanbaatar 2016",
 "Ushuaia 1998",
 "Valletta 2005",
 "Valletta 2015",
 "Vancouver 1997",
 "Venice 1980",
 "Veracruz 2014",
 "Versailles 1982",
 "Victoria Falls 2009",
 "Vienna 1993",
 "Vientiane 2016",
 "Vientiane 2024",
 "Villers-Cotterêts 2024",
 "Vilnius 2013",
 "Vilnius 2023",
 "Visby 1996",
 "Visegrád 1991",
 "Viskuli 1991",
 "Vladivostok 2012",
 "Warsaw 2016",
 "Warsaw 2023",
 "Washington 1999",
 "Washington 2008",
 "Washington 2022",
 "Washington 2024",
 "Watford 2019",
 "Wellington 1971",
 "Williamsburg 1983",
 "Wilmington 2024",
 "Windhoek 2018",
 "Windsor 2000",
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
AVOID_CITIES = [
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
 "Praia",
 "Naples",
 "Venice",
 "Koror",
 "Inshas",
 "Ottawa",
 "Corfu",
 "Windsor",
 "Amsterdam",
 "Tucumán",
 "Munich",
 "Berlin",
 "Milan",
 "Las Leñas",
 "Nuku'alofa",
 "Jeddah",
 "Kinshasa",
 "Grand Anse",
 "Paracas",
 "Panama City",
 "Bridgetown",
 "Port Louis",
 "Cochabamba",
 "Bodrum",
 "Kazan",
 "Gyeongju",
 "Tarawa",
 "Apia",
 "Basseterre",
 "Versailles",
 "Nice",
 "Fontainebleau",
 "Toronto",
 "Florianópolis",
 "Luxembourg",
 "Tampere",
 "Salamanca",
 "Paraná",
 "Maseru",
 "Alexandria",
 "Freetown",
 "Bujumbura",
 "Burabay",
 "Mogadishu",
 "Belgrade",
 "Essen",
 "Vienna",
 "Dublin",
 "Trujillo",
 "Dorado",
 "Port Vila",
 "Paramaribo",
 "Nadi",
 "St John's",
 "Viskuli",
 "Rio de Janeiro",
 "Livingstone",
 "Mar del Plata",
 "Shusha",
 "Rambouillet",
 "Florence",
 "Strasbourg",
 "Cannes",
 "Porlamar",
 "Sibiu",
 "Punta del Este",
 "Hanover",
 "Olivos",
 "Fortaleza",
 "Madang",
 "Sydney",
 "Villers-Cotterêts",
 "Taif",
 "Wellington",
 "Montebello",
 "Stuttgart",
 "Santa Maria da Feira",
 "Jeju",
 "Busan",
 "Estoril",
 "Andorra la Vella",
 "Honiara",
 "Port-au-Prince",
 "Canberra"
]
MIN_BODY, MAX_BODY = 420, 600
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MONTH_ABBR = {'Jan': 1, 'Feb': 2, 'Mar': 3, 'Apr': 4, 'Jun': 6, 'Jul': 7, 'Aug': 8, 'Sep': 9, 'Sept': 9, 'Oct': 10, 'Nov': 11, 'Dec': 12}
CURLY = '\u201c\u201d\u2018\u2019'

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    for a, b in (('ø', 'o'), ('æ', 'ae'), ('ð', 'd'), ('ł', 'l'), ('ß', 'ss'), ('đ', 'd'), ('þ', 'th'), ('ı', 'i')):
        s = s.replace(a, b).replace(a.upper(), b.upper())
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

def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (where, s))
        return None

def split_city(entry):
    """'Alma-Ata (Almaty)' -> ['Alma-Ata', 'Almaty']; 'Thessaloniki (Porto Carras, Halkidiki)' -> three names."""
    m = re.fullmatch(r'(.*?)\s*\((.*)\)', entry)
    if not m:
        return [entry.strip()]
    return [m.group(1).strip()] + [x.strip() for x in m.group(2).split(',')]

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 101)]
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
                summits.append((s.get('organization'), s['city'], s['start_date']))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    if opened < 50:
        err('only %d earlier gold files found under %s' % (opened, EARLIER))
    return ids, slugs, prefixes, summits

def sentence_bounded(text, ev, title):
    """evidence must be the whole headline or start and end at sentence boundaries of one line of the body"""
    if ev == title:
        return True
    ok = False
    for m in re.finditer(re.escape(ev), text):
        a, b = m.start(), m.end()
        before = text[max(0, a - 60):a]
        start_ok = (a == 0 or text[a - 1] == '\n'
                    or re.search(r'[.?!]["\u201d]? $', before) is not None
                    or re.search(r'(^|\n)[A-Z][A-Z\'\u2019 .-]+: $', before) is not None)
        after = text[b:b + 1]
        end_ok = ((after in ('\n', '') or after == ' ') and re.search(r'[.?!]["\u201d]?$', ev) is not None) \
            or (after == '\n' and ev.endswith(':') is False and re.search(r'[A-Za-z0-9]$', ev) is not None and '\n' + ev + '\n' in '\n' + text)
        if start_ok and end_ok:
            ok = True
    return ok

def quoted_spans(line, curly):
    spans = []
    if curly:
        depth = 0
        start = None
        for i, c in enumerate(line):
            if c == '\u201c':
                if depth:
                    return None
                depth, start = 1, i
            elif c == '\u201d':
                if not depth:
                    return None
                spans.append(line[start + 1:i]); depth = 0
        if depth:
            return None
    else:
        pos = [i for i, c in enumerate(line) if c == '"']
        if len(pos) % 2:
            return None
        for k in range(0, len(pos), 2):
            spans.append(line[pos[k] + 1:pos[k + 1]])
    return spans

def main():
    gold_path = os.path.join(HERE, 'heldout102_gold.json')
    raw = open(gold_path, encoding='utf-8').read()
    d = json.loads(raw)
    if not isinstance(d, dict) or list(d.keys()) != ['about', 'articles']:
        err('top level must be an object with keys about, articles (in that order)')
        return
    if not isinstance(d['about'], str) or not d['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = d['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('there must be 8 articles')
        return
    e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    e_city_years = {(fold(c), sd[:4]) for _, c, sd in e_summits}
    used = set()
    for u in USED_CITY_YEARS:
        m = re.fullmatch(r'(.*) (\d{4})', u.strip())
        if not m:
            err('bad used entry %r' % u); continue
        for c in split_city(m.group(1)):
            used.add((fold(c), m.group(2)))
    avoid = set()
    for a in AVOID_CITIES:
        for c in split_city(a):
            avoid.add(fold(c))

    files_present = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    others = sorted(f for f in os.listdir(HERE) if not f.endswith('.txt') and f not in ('check.py', 'heldout102_gold.json', '__pycache__'))
    if others:
        err('unexpected files in the folder: %s' % others)
    ids_seen = []
    slug_articles = {}
    summit_of = {}
    outlet_of = {}
    stats = []
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err('article keys wrong or out of order: %s' % (list(a.keys()) if isinstance(a, dict) else a))
            continue
        aid = a['id']
        W = 'article %s' % aid
        if not re.fullmatch(r'h102_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid or ''):
            err('%s: malformed id' % W); continue
        if aid in ids_seen:
            err('%s: duplicate id' % W)
        ids_seen.append(aid)
        if aid not in REGISTRY:
            err('%s: id not registered in check.py' % W); continue
        if aid in e_ids:
            err('%s: id used in earlier gold' % W)
        reg = REGISTRY[aid]
        if a['split'] != SPLIT:
            err('%s: split must be %s' % (W, SPLIT))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/<id>.txt' % W)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % W); continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if text.endswith('\n'):
            lines = lines[:-1]
        if len(lines) < 10 or lines[4] != '':
            err('%s: header must be headline, outlet line, byline, one noise line and a blank fifth line' % W); continue
        title = a['title']
        if not isinstance(title, str) or title != lines[0]:
            err('%s: title is not the headline' % W)
        if title not in text:
            err('%s: title not verbatim in file' % W)
        # outlet line
        pub = parse_date(a['published_at'], W + ' published_at')
        outlet_line = lines[1]
        fields = [x.strip() for x in outlet_line.split('|')]
        if fields[0] != reg['outlet']:
            err('%s: outlet line does not start with the registered outlet' % W)
        outlet_of[aid] = fields[0]
        if pub:
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (W, want))
            other = [w for w in WEEKDAYS if w in outlet_line and w != WEEKDAYS[pub.weekday()]]
            if other:
                err('%s: other weekday on outlet line' % W)
        # authors
        if not isinstance(a['authors'], list) or not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors must be a non-empty list of names' % W)
        else:
            for au in a['authors']:
                if au not in lines[2]:
                    err('%s: author %s not in byline' % (W, au))
        # noise
        noise = NOISE.get(aid, [])
        noise_idx = set()
        for nl in noise:
            idx = [i for i, l in enumerate(lines) if l == nl]
            if not idx:
                err('%s: registered noise line not found: %r' % (W, nl[:60]))
            noise_idx.update(idx)
        if 3 not in noise_idx:
            err('%s: line 4 must be page noise' % W)
        for i, l in enumerate(lines):
            if i >= 5 and l.strip() and i not in noise_idx and l.startswith(('Comments (', 'Related', '(c)', 'Read ', 'Sign up', 'Photo')):
                err('%s: unregistered noise-like line %d' % (W, i + 1))
        body_idx = [i for i in range(5, len(lines)) if i not in noise_idx]
        last_body = max(i for i in body_idx if lines[i].strip())
        tail = [i for i in noise_idx if i > last_body]
        mid = [i for i in noise_idx if 5 <= i < last_body]
        if not tail:
            err('%s: no page noise after the body' % W)
        comment_count = 0
        for i in sorted(noise_idx):
            if re.fullmatch(r'Comments \(\d+\)', lines[i]):
                j = i + 1
                while j in noise_idx and re.match(r'[^ :]{2,30}: \S', lines[j]):
                    comment_count += 1; j += 1
                if comment_count < 3:
                    err('%s: comment section with fewer than three comments' % W)
        for c in reg.get('credits', []):
            if not any(c in lines[i] for i in noise_idx):
                err('%s: credited staff %s not in page noise' % (W, c))
        body_lines = [lines[i] for i in body_idx]
        body = '\n'.join(body_lines)
        nwords = len(body.split())
        if not (MIN_BODY <= nwords <= MAX_BODY):
            err('%s: body has %d words (allowed %d-%d)' % (W, nwords, MIN_BODY, MAX_BODY))
        noise_text = '\n'.join(lines[i] for i in sorted(noise_idx))
        headbody = lines[0] + '\n' + body
        hb_tokens = tokens(headbody)
        # quote style
        style = reg['style']
        if style == 'straight':
            if any(c in text for c in CURLY):
                err('%s: curly mark in a straight article' % W)
        elif style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % W)
            if '\u2018' in text:
                err('%s: opening single curly mark' % W)
        else:
            err('%s: unknown style' % W)
        for l in [lines[0]] + [lines[i] for i in noise_idx] + lines[1:3]:
            if any(c in l for c in '"\u201c\u201d'):
                err('%s: double quotation mark in headline, header or page noise: %r' % (W, l[:60]))
        OPEN, CLOSE = ('\u201c', '\u201d') if style == 'curly' else ('"', '"')
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys wrong or out of order' % W); continue
        if s['organization'] not in ALLOWED_ORGS:
            err('%s: organisation %s not among the allowed bodies' % (W, s['organization']))
        sd = parse_date(s['start_date'], W + ' start_date')
        ed = parse_date(s['end_date'], W + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % W)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % W)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside start .. end + 21 days' % W)
        if not isinstance(s['city'], str) or not s['city'] or not isinstance(s['country'], str) or not s['country']:
            err('%s: city and country must be non-empty strings' % W)
        else:
            if fold(s['city']) in avoid:
                err('%s: city %s is on the avoid list' % (W, s['city']))
            if sd and (fold(s['city']), str(sd.year)) in used:
                err('%s: city and year %s %d on the used list' % (W, s['city'], sd.year))
            if sd and (fold(s['city']), str(sd.year)) in e_city_years:
                err('%s: city and year %s %d used by an earlier gold summit' % (W, s['city'], sd.year))
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or len(set(tf)) != len(tf) \
                or tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields must be a non-empty subset of the five fields in canonical order' % W)
            tf = []
        if 'city' in tf and not has_seq(hb_tokens, tokens(s['city'])):
            err('%s: city not recoverable from the text' % W)
        if 'country' in tf and not has_seq(hb_tokens, tokens(s['country'])):
            err('%s: country not recoverable from the text' % W)
        if 'organization' in tf:
            names = ORG_NAMES.get(s['organization'], [])
            if not any(has_seq(hb_tokens, tokens(n)) for n in names):
                err('%s: organisation not recoverable from the text' % W)
        for fld, dt in (('start_date', sd), ('end_date', ed)):
            if fld in tf and dt and pub:
                if not date_supported(headbody, dt, pub):
                    err('%s: %s %s not recoverable from the text' % (W, fld, dt))
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        # participants
        parts = a['participants']
        pkeys = []
        if not isinstance(parts, list):
            err('%s: participants must be a list' % W); parts = []
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys wrong: %s' % (W, p)); continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err('%s: malformed participant key %s' % (W, k)); continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (W, k))
            pkeys.append(k)
            nt = k.split(':', 1)[1].split('-')
            if nt[0] in ('president', 'prime', 'minister', 'king', 'queen', 'chancellor', 'dr', 'mr', 'mrs', 'ms', 'secretary', 'sheikh', 'emir'):
                err('%s: title word in key %s' % (W, k))
            if not has_seq(hb_tokens, nt):
                err('%s: name of %s not found in headline or body' % (W, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (W, fld, k))
                elif style == 'curly' and "'" in v or style == 'straight' and '\u2019' in v:
                    err('%s: %s of %s not in the article\'s apostrophe style' % (W, fld, k))
            surname = nt[-1]
            ntoks = tokens(noise_text)
            if has_seq(ntoks, nt) or surname in ntoks:
                err('%s: participant %s named in page noise' % (W, k))
        for au in (a['authors'] or []) + reg.get('credits', []):
            ak = 'person:' + '-'.join(tokens(au))
            if ak in pkeys:
                err('%s: author or credited staff %s listed as participant' % (W, au))
        # quotes
        qpos = []
        quote_strings = []
        qs = a['quotes']
        if not isinstance(qs, list):
            err('%s: quotes must be a list' % W); qs = []
        for q in qs:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys wrong: %s' % (W, q)); continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (W, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk or '') or re.fullmatch(r'country:[a-z]{2}', sk or '')):
                err('%s: speaker %s is neither a participant nor an organisation key' % (W, sk))
            if not isinstance(q['text'], str) or not q['text']:
                err('%s: empty quote' % W); continue
            marked = OPEN + q['text'] + CLOSE
            hits = [m.start() for m in re.finditer(re.escape(marked), body)]
            if q['text'] not in text:
                err('%s: quote text not verbatim in file: %r' % (W, q['text'][:50]))
            if not hits:
                err('%s: quote not found with its marks in the body: %r' % (W, q['text'][:50]))
            else:
                qpos.append(hits[0])
            quote_strings.append(marked)
            if q['text'] in noise_text:
                err('%s: quote text appears in page noise' % W)
        if qpos != sorted(qpos):
            err('%s: quotes not in text order' % W)
        nqs = a['not_quotes']
        if not isinstance(nqs, list) or not all(isinstance(x, str) and x for x in nqs):
            err('%s: not_quotes must be a list of strings' % W); nqs = []
        for nq in nqs:
            if OPEN + nq + CLOSE not in body:
                err('%s: not_quote not found with marks: %r' % (W, nq))
        # every quoted span annotated (with multiplicity)
        spans = []
        for l in body_lines:
            sp = quoted_spans(l, style == 'curly')
            if sp is None:
                err('%s: unbalanced quotation marks in line %r' % (W, l[:50]))
            else:
                spans.extend(sp)
        ann = sorted([q['text'] for q in qs if isinstance(q, dict) and 'text' in q] + list(nqs))
        if sorted(spans) != ann:
            err('%s: quoted spans and annotations differ: %s' % (W, sorted(set(spans) ^ set(ann))))
        # facts
        facts = a['facts']
        if not isinstance(facts, list) or not facts:
            err('%s: facts must be a non-empty list' % W); facts = []
        evidence_all = []
        prefixes = set()
        slugs_here = []
        for f in facts:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys wrong: %s' % (W, f)); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % W)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or any(k not in FACT_KINDS for k in ks):
                err('%s: bad fact kinds %r' % (W, ks))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*', sa):
                err('%s: malformed same_as %r' % (W, sa)); continue
            if sa in slugs_here:
                err('%s: same_as %s repeated in the article' % (W, sa))
            slugs_here.append(sa)
            prefixes.add(sa.split('-')[0])
            if sa in e_slugs:
                err('%s: same_as %s used in earlier gold' % (W, sa))
            if sa.split('-')[0] in e_prefixes:
                err('%s: prefix of %s used in earlier gold' % (W, sa))
            slug_articles.setdefault(sa, []).append((aid, tuple(sorted(ks)) if isinstance(ks, list) else ()))
            evs = f['evidence']
            if not isinstance(evs, list) or not evs:
                err('%s: evidence must be a non-empty list (%s)' % (W, sa)); continue
            for ev in evs:
                if not isinstance(ev, str) or not ev or ev != ev.strip():
                    err('%s: evidence empty or with outer spaces (%s)' % (W, sa)); continue
                if ev not in text:
                    err('%s: evidence not verbatim in file (%s): %r' % (W, sa, ev[:60])); continue
                if ev not in headbody:
                    err('%s: evidence not in headline or body (%s): %r' % (W, sa, ev[:60])); continue
                if ev in noise_text:
                    err('%s: evidence appears in page noise (%s)' % (W, sa))
                if '\n' in ev:
                    err('%s: evidence spans lines (%s)' % (W, sa))
                if not sentence_bounded(headbody, ev, title):
                    err('%s: evidence not sentence-bounded (%s): %r' % (W, sa, ev[:60]))
                evidence_all.append(ev)
        if len(prefixes) != 1:
            err('%s: one same_as prefix per article expected, got %s' % (W, sorted(prefixes)))
        elif sd and not list(prefixes)[0].endswith('%02d' % (sd.year % 100)):
            err('%s: prefix does not end in the two digits of the summit year' % W)
        for qm in quote_strings:
            if not any(qm in ev for ev in evidence_all):
                err('%s: quote %r is inside no evidence string' % (W, qm[:50]))
        stats.append((aid, len(qs), len(nqs), len(parts), len(facts), nwords, len(text.split()), len(mid), len(tail), comment_count))
    # files versus entries
    want_files = sorted(i + '.txt' for i in ids_seen)
    if files_present != want_files:
        err('files and entries differ: extra %s missing %s' % (sorted(set(files_present) - set(want_files)), sorted(set(want_files) - set(files_present))))
    if sorted(ids_seen) != sorted(REGISTRY):
        err('entries and registry differ')
    # shape: 5 summits, 3 pairs, 2 singles
    groups = {}
    for aid, sm in summit_of.items():
        groups.setdefault((sm[0], fold(sm[1]), sm[3]), []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('shape must be 3 pairs and 2 singles over 5 summits, got %s' % sizes)
    bodies = {}
    for k in groups:
        bodies[k[0]] = bodies.get(k[0], 0) + 1
    if len(bodies) < 3 or max(bodies.values()) > 2:
        err('need at least three bodies and at most two summits per body: %s' % bodies)
    pair_of = {}
    for k, v in groups.items():
        if len(v) == 2:
            x, y = v
            if summit_of[x] != summit_of[y]:
                err('pair %s/%s disagrees on summit data' % (x, y))
            if outlet_of.get(x) == outlet_of.get(y):
                err('pair %s/%s from one outlet' % (x, y))
            pair_of[x] = y; pair_of[y] = x
    for sa, occ in slug_articles.items():
        arts_ = [o[0] for o in occ]
        if len(arts_) > 2:
            err('same_as %s in more than two articles' % sa)
        elif len(arts_) == 2:
            x, y = arts_
            if pair_of.get(x) != y:
                err('same_as %s shared by articles that are not a pair' % sa)
            if occ[0][1] != occ[1][1]:
                err('same_as %s has different kinds in the two articles' % sa)
    for x, y in pair_of.items():
        if x < y:
            shared = [sa for sa, occ in slug_articles.items() if sorted(o[0] for o in occ) == sorted([x, y])]
            if len(shared) < 4:
                err('pair %s/%s shares only %d slugs' % (x, y, len(shared)))
            print('shared %s / %s: %d %s' % (x, y, len(shared), ' '.join(sorted(shared))))
    mids = sum(1 for s in stats if s[7] > 0)
    comm = sum(1 for s in stats if s[9] >= 3)
    if mids < 5:
        err('page noise in the middle of the body in only %d articles' % mids)
    if comm < 3:
        err('reader comment sections in only %d articles' % comm)
    for s in stats:
        print('%-40s quotes %2d not_quotes %d participants %2d facts %2d body %3d file %3d mid-noise %d tail-noise %d comments %d' % s)

def date_supported(hb, dt, pub):
    # month and day ('June 5', 'Sept 20', 'June 5 to 7', 'September 19 and 20', 'December 16 and 17')
    names = {m: i + 1 for i, m in enumerate(MONTHS)}
    names.update(MONTH_ABBR)
    pat = r'\b(%s)\.? (\d{1,2})(?:(?: to | and |-|\u2013)(\d{1,2}))?\b' % '|'.join(sorted(names, key=len, reverse=True))
    for m in re.finditer(pat, hb):
        mo = names[m.group(1)]
        days = {int(m.group(2))}
        if m.group(3):
            days.add(int(m.group(3)))
        if mo == dt.month and dt.day in days:
            return True
    delta = (pub - dt).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[dt.weekday()], hb):
        return True
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', hb, re.I):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', hb, re.I):
        return True
    return False

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        print('FAIL: checker crashed')
        sys.exit(1)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAIL: %d error(s)' % len(errors))
        sys.exit(1)
    print('PASS: heldout102 checks passed')
    sys.exit(0)
