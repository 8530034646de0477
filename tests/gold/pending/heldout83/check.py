#!/usr/bin/env python3
"""Checker for held-out set heldout83 (written by the independent annotator).

Run: python3 /work/main/tests/gold/pending/heldout83/check.py
Exits 1 on any error (a crash counts as an error), 0 when the set passes.
Earlier gold files are read from ../../ relative to this file (tests/gold), or from
the folder named by the environment variable H83_EARLIER.
"""
import datetime, json, os, re, sys, unicodedata, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H83_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout83_gold.json')
ABOUT_START = ("Held-out set round 83 (split=heldout83), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
TOP_KEYS = ['about', 'articles']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
            'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
# bodies the brief allows, with the id part and the names that count as naming the body
ALLOWED_ORGS = {
    'org:nato': ('nato', ['NATO', 'North Atlantic Treaty Organisation', 'North Atlantic Treaty Organization']),
    'org:african-union': ('au', ['African Union']),
    'org:sco': ('sco', ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO']),
    'org:g20': ('g20', ['G20', 'Group of 20']),
    'org:caricom': ('caricom', ['Caribbean Community', 'CARICOM']),
    'org:gcc': ('gcc', ['Gulf Cooperation Council', 'GCC']),
    'org:csto': ('csto', ['Collective Security Treaty Organisation', 'Collective Security Treaty Organization', 'CSTO']),
    'org:eaeu': ('eaeu', ['Eurasian Economic Union']),
    'org:bimstec': ('bimstec', ['BIMSTEC']),
    'org:eccas': ('eccas', ['Economic Community of Central African States', 'ECCAS']),
    'org:comesa': ('comesa', ['COMESA', 'Common Market for Eastern and Southern Africa']),
    'org:oic': ('oic', ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC']),
    'org:summit-of-the-americas': ('soa', ['Summit of the Americas']),
    'org:three-seas-initiative': ('threeseas', ['Three Seas Initiative', 'Three Seas']),
    'org:pacific-alliance': ('pacificalliance', ['Pacific Alliance']),
    'org:cplp': ('cplp', ['Community of Portuguese Language Countries', 'CPLP']),
    'org:sica': ('sica', ['Central American Integration System', 'SICA']),
}
# per article: quote style, and the exact page-noise lines (everything else from line 5 on is body)
STYLE = {
 "h83_caricom_chaguaramas_sargasso": "straight",
 "h83_caricom_chaguaramas_bluemahoe": "curly",
 "h83_caricom_ochorios_seagrape": "straight",
 "h83_caricom_ochorios_chaconia": "curly",
 "h83_pacificalliance_puntamita_maguey": "straight",
 "h83_pacificalliance_puntamita_copihue": "curly",
 "h83_eccas_libreville_ogooue": "curly",
 "h83_cplp_praia_morabeza": "straight"
}
NOISE = {
 "h83_caricom_chaguaramas_sargasso": [
  "UPDATE 1-Adds comments from Guyana and Barbados, economist, smaller territories",
  "Photo: The signing table in the conference hall, Wednesday afternoon. (Sargasso archive print, not captioned at the time)",
  "(Reporting by Fitzroy Rampersad-Wyvill; Editing by Claudette Skeete-Ludgrove)",
  "Related: FACTBOX-From free trade area to Community: a timeline | The Bahamas counts down to independence | Sugar and bananas: what the European talks mean for the islands",
  "Comments on this archive story (3)",
  "islandhopper_1958: My father covered this signing for a Barbados paper. He always said the heat in that hall was worse than the speeches.",
  "caribbean_history_buff: Worth remembering how long it took for everybody else to come in. Great to see these old wires online.",
  "pos_resident: The peninsula has changed so much since then. Most of the old buildings are gone.",
  "Sargasso Newswire archive. Digitised from the original teleprinter copy; minor errors may remain. (c) 1973 Sargasso Newswire. All rights reserved.",
  "We use cookies to keep this archive running. Read our cookie policy | Accept all | Manage settings"
 ],
 "h83_caricom_chaguaramas_bluemahoe": [
  "Home | News | Features | Parish Life | Sport | Letters | From the Archive",
  "PHOTO: Stalls at Coronation Market on Friday morning. (Record photo)",
  "Get the Sunday Record’s From the Archive newsletter: one story from our past, every Sunday. Sign up",
  "Letters to the Editor: Write to the Features Desk. Letters may be edited for length.",
  "Reader comments (4)",
  "mobay_gran: My mother sold at Coronation for forty years and said the same thing about every treaty. Prices first, speeches after.",
  "DiasporaDavid: Interesting to read this now. So much of what they hoped for is still unfinished.",
  "kingston_kid_62: The photo brings back memories. That corner of the market looks exactly the same.",
  "SpanishTownCarpenter: Furniture makers were right to worry, but some of us did well out of it too.",
  "Most read: Schools results by parish | Hurricane season: are you ready? | Cricket: Sabina Park report",
  "(c) The Blue Mahoe Sunday Record. Archive pages are reproduced as printed. We use cookies to improve your experience. Accept | Settings"
 ],
 "h83_caricom_ochorios_seagrape": [
  "Transcript. Prepared from the broadcast; may contain errors. Programmes | Schedules | Frequencies | Transcripts",
  "[Programme note: the full text of the Ocho Rios Declaration will be read on Sunday's edition of Caribbean Affairs.]",
  "[END OF TRANSCRIPT]",
  "Coming up at nine: Calypso Corner with the season's new releases.",
  "Listener letters (3)",
  "A listener in Castries: Thank you for the clear report. We heard very little about the meeting on the other stations.",
  "A listener in Georgetown: Please play the interview with the craft vendor again. She said what many of us were thinking.",
  "A listener in Brooklyn: I get the programme on short wave most mornings. Keep it up.",
  "Radio Seagrape International (c) 1982. Transcripts are provided for personal use only and may not be rebroadcast."
 ],
 "h83_caricom_ochorios_chaconia": [
  "Home | Politics | Business | Region | Analysis | Calypso & Culture | Subscribe",
  "Read next: Oil revenues and the 1983 budget: what the Minister of Finance cannot say | Our weekly business briefing, every Thursday",
  "Reader comments (5)",
  "TunapunaTeacher: Good analysis. The trade figures deserve a whole article of their own.",
  "StGeorgesBorn: Many of us at home want elections. Many of us also do not want to be lectured. Both things are true.",
  "sando_reader: Seven years without a meeting tells you everything about how serious they were before.",
  "Caroni_Cane: Would like to see the Review cover the sugar workers next week.",
  "bajan_abroad: Barbados was right to raise it, whatever anyone says.",
  "Sign up for The Chaconia Review’s weekday briefing. We will never share your email address.",
  "The Chaconia Review, Port of Spain. (c) 1982. Archive edition; some images are unavailable."
 ],
 "h83_pacificalliance_puntamita_maguey": [
  "This site uses cookies to measure readership. By continuing to browse you accept our cookie policy. | Accept | More information",
  "Maguey Morning: the trade and markets newsletter, every weekday at 7 a.m. Mexico City time. Subscribe free",
  "Frequently asked questions",
  "How do I read Maguey Markets Weekly on my phone? Download our app from your usual app store and sign in with your subscriber email.",
  "Can I share an article? Subscribers may share up to five articles a month with non-subscribers using the gift link.",
  "How do I cancel my subscription? Write to our customer service team from the email address linked to your account.",
  "More in Trade & Policy: Peso steadies as investors await Banxico | Energy reform: what the secondary laws will change | Tomato growers and the suspension agreement",
  "Maguey Markets Weekly (c) 2014 Maguey Media. All rights reserved. Terms | Privacy | Advertise"
 ],
 "h83_pacificalliance_puntamita_copihue": [
  "Home | Chile | Regions | World | Economy | Opinion | Sport | Santiago 6°C",
  "PHOTO: The four presidents at the closing ceremony in Punta Mita. (Copihue Journal)",
  "Read also: Congress debates the tax reform | Copper price slips as demand from China cools | The Chilean team prepares for its World Cup match in São Paulo",
  "Comments (6)",
  "valpo_viejo: Good that someone is building bridges instead of walls. About time.",
  "AntofagastaMiner: Fine words, but what does this mean for the mining towns? Nothing, as usual.",
  "lector_temuco: Excellent coverage from Mexico. Please keep sending reports.",
  "ConcepcionDad: The World Cup matters more this week, let’s be honest.",
  "IquiqueTrader: Mercosur has been promising free trade for twenty years. I will believe it when I see it.",
  "santiago_econ: The protocol is the real news here, not the meeting with Mercosur.",
  "Subscribe to The Copihue Journal from 1,990 pesos a month. Cancel any time.",
  "The Copihue Journal (c) 2014. All rights reserved. Use of this site implies acceptance of our terms and privacy policy."
 ],
 "h83_eccas_libreville_ogooue": [
  "Home | Gabon | Region | Economy | Culture | Sport | From Our Archive",
  "PHOTO: Delegations leave the conference centre after the signing on Tuesday. (Ogooué Weekly)",
  "Also in this issue: The new school year in the Estuaire province | Okoumé exports and the timber price | Football: the national league resumes",
  "Letters to the Editor may be sent to our office in Libreville. Letters should be signed and may be shortened.",
  "Comments (3)",
  "Louis_Libreville: A treaty signed almost forty years ago and we still stop at every checkpoint.",
  "NtoumEnfant: My grandfather drove that road in those years. The driver in this article is telling the truth.",
  "ama_franceville: Thank you for putting the archive online.",
  "The Ogooué Weekly, Libreville. Archive pages are reproduced as printed. This site uses cookies. Accept | Refuse"
 ],
 "h83_cplp_praia_morabeza": [
  "Home | Community | Cabo Verde | Lusophone World | Sports | Classifieds | Contact Us",
  "ADVERTISEMENT: Summer fares to Praia and Sal from Boston. Group rates for weddings and family visits. Call our Brockton office.",
  "Comments (4)",
  "FogoFamily: Thank you for this report. We have relatives in Bissau and there is very little news in English.",
  "brava_boy_78: Proud of Praia for hosting. Pray for peace.",
  "NewBedfordNurse: Our church is collecting clothes and medicine. Call the parish office if you can help.",
  "sal_island: Good to see the diaspora paper covering the summit properly.",
  "Morabeza Weekly is published every Wednesday in Brockton, Massachusetts. (c) 1998 Morabeza Weekly. Subscriptions and advertising: call our office."
 ]
}
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
 "Thessaloniki (Porto Carras",
 "Halkidiki)",
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
 "Cotonou"
]
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
 "Prague 2002",
 "Prague 2016",
 "Pretoria 2017",
 "Puerto Iguazú 2023",
 "Puerto Vallarta 2018",
 "Puerto Varas 2016",
 "Punta Cana 2017",
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
 "Yamoussoukro 2014",
 "Yaoundé 1996",
 "Yaren 2018",
 "Yekaterinburg 2009",
 "Yerevan 2018",
 "Yerevan 2022",
 "Yokohama 2010",
 "Yokohama 2013"
]
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
COMMENT_LINE = re.compile(r'^(A listener in [A-Z][A-Za-z]+|[A-Za-z0-9_]+): \S')
COMMENT_HEAD = re.compile(r'^(Comments|Reader comments|Listener letters|Comments on this archive story)\b.*\((\d+)\)')

errors = []
notes = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    repl = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ð': 'd', 'Ð': 'D', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'þ': 'th'}
    s = ''.join(repl.get(c, c) for c in s)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.lower()


def tokens(s):
    s = fold(s)
    s = re.sub(r"(?<=[a-z])'(?=[a-z])", '', s)
    return re.findall(r'[a-z0-9]+', s)


def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def split_city_forms(name):
    m = re.match(r'^(.*?)\s*\((.*)\)$', name)
    if m:
        return [m.group(1).strip()] + [x.strip() for x in m.group(2).split(',')] + [m.group(2).strip()]
    return [name]


def isodate(s):
    try:
        return datetime.date.fromisoformat(s) if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s) else None
    except ValueError:
        return None


def load_earlier():
    """ids, summit entries and same_as slugs of earlier gold files, opened by exact name."""
    ids, summits, slugs = set(), [], set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 82)]
    found = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        found += 1
        g = json.load(open(p, encoding='utf-8'))
        arts = g['articles'] if isinstance(g, dict) and 'articles' in g else g
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s:
                summits.append(s)
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    if found == 0:
        err('no earlier gold file found under %s' % EARLIER)
    return ids, summits, slugs, found


def is_sentence_start(text, i):
    if i == 0 or text[i - 1] == '\n':
        return True
    pre = text[max(0, i - 3):i]
    return bool(re.search(r'[.?!]["\u201d]? $', pre))


def is_sentence_end(text, j):
    if j >= len(text) or text[j] not in ' \n':
        return False
    seg = text[max(0, j - 2):j]
    if text[j] == '\n':
        return True
    return bool(re.search(r'([.?!]|[.?!,]["\u201d])$', seg))


def main():
    g = json.load(open(GOLD, encoding='utf-8'))
    if list(g.keys()) != TOP_KEYS:
        err('top-level keys %r' % list(g.keys()))
    about = g.get('about', '')
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = g.get('articles', [])
    earlier_ids, earlier_summits, earlier_slugs, nfound = load_earlier()
    earlier_prefixes = {s.split('-')[0] for s in earlier_slugs}
    notes.append('earlier gold files read: %d (%d ids, %d slugs)' % (nfound, len(earlier_ids), len(earlier_slugs)))
    if any(isinstance(i, str) and i.startswith('h83_') for i in earlier_ids):
        err('the h83 id prefix is already used in earlier gold')
    avoid = set()
    for c in AVOID_CITIES:
        for f in split_city_forms(c):
            avoid.add(' '.join(tokens(f)))
    used = set()
    for cy in USED_CITY_YEARS:
        m = re.match(r'^(.*) (\d{4})$', cy)
        for f in split_city_forms(m.group(1)):
            used.add((' '.join(tokens(f)), m.group(2)))
    for s in earlier_summits:
        if s.get('city') and s.get('start_date'):
            used.add((' '.join(tokens(s['city'])), s['start_date'][:4]))

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != txt_files:
        err('article files %r do not match ids %r' % (txt_files, ids))
    if set(ids) != set(STYLE) or set(ids) != set(NOISE):
        err('ids not registered in check.py')
    if len(arts) != 8:
        err('expected 8 articles, found %d' % len(arts))

    all_quote_texts, all_evidence, all_names = [], [], []
    per = {}
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys %r' % (aid, list(a.keys())))
            continue
        m = re.fullmatch(r'h83_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)', aid)
        if not m:
            err('%s: malformed id' % aid)
            continue
        if a['split'] != 'heldout83':
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: missing article file' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            notes.append('%s: a file of that name already exists in tests/gold/articles (fine after the move)' % aid)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if not text.endswith('\n'):
            err('%s: file does not end with a newline' % aid)
        if len(lines) < 8 or lines[4] != '':
            err('%s: header must be headline, outlet line, byline, noise line and a blank fifth line' % aid)
            continue
        headline, outlet_line, byline = lines[0], lines[1], lines[2]
        style = STYLE.get(aid)
        noise = NOISE.get(aid, [])
        # ---- noise / body split
        noise_set = set(noise)
        if len(noise_set) != len(noise):
            err('%s: repeated noise line in registry' % aid)
        for n in noise:
            if lines.count(n) != 1:
                err('%s: noise line not found exactly once: %r' % (aid, n[:60]))
        if lines[3] not in noise_set:
            err('%s: fourth line is not registered page noise' % aid)
        tail = [l for l in lines if l.strip()]
        if tail[-1] not in noise_set:
            err('%s: the file does not end with page noise' % aid)
        body_lines = [l for l in lines[4:] if l not in noise_set]
        body = '\n'.join(body_lines)
        # mid-article noise: a noise line with body text after it
        last_body = max(i for i, l in enumerate(lines) if l.strip() and l not in noise_set)
        mid = any(lines[i] in noise_set for i in range(5, last_body))
        noise_text = '\n'.join(noise)
        # offsets of noise lines in the file, for evidence/quote placement
        spans, pos = [], 0
        for l in lines:
            if l in noise_set:
                spans.append((pos, pos + len(l)))
            pos += len(l) + 1
        hdr_end = len('\n'.join(lines[:4])) + 1

        def in_noise(i, j):
            return any(s <= i < e or s < j <= e for s, e in spans)

        wc = len(body.split())
        if not 420 <= wc <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, wc))
        comments = 0
        for i, l in enumerate(lines):
            mm = COMMENT_HEAD.match(l)
            if mm and l in noise_set:
                k = int(mm.group(2))
                got = 0
                for x in lines[i + 1:]:
                    if x in noise_set and COMMENT_LINE.match(x):
                        got += 1
                    else:
                        break
                if got != k:
                    err('%s: comment section announces %d comments, found %d' % (aid, k, got))
                comments = got
        per[aid] = dict(text=text, lines=lines, body=body, noise=noise, style=style, wc=wc, mid=mid,
                        comments=comments, words=len(text.split()), outlet=outlet_line.split(' | ')[0])
        # ---- title, outlet line, byline, authors
        if a['title'] != headline:
            err('%s: title is not the headline' % aid)
        if a['title'] not in text:
            err('%s: title not in file' % aid)
        pub = isodate(a['published_at'])
        if not pub:
            err('%s: published_at %r' % (aid, a['published_at']))
            continue
        want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
        if want not in outlet_line:
            err('%s: outlet line lacks %r' % (aid, want))
        if sum(' | '.join(outlet_line.split(' | ')[1:]).count(w) for w in WEEKDAYS) != 1:
            err('%s: outlet line names more than one weekday' % aid)
        if not a['authors'] or not all(isinstance(x, str) and x in byline for x in a['authors']):
            err('%s: authors not all in the byline' % aid)
        # ---- quote style
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly marks in a straight-quote article' % aid)
            for ln, l in enumerate(lines):
                if l.count('"') % 2:
                    err('%s: odd number of double marks on line %d' % (aid, ln + 1))
        elif style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight marks in a curly-quote article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
            for ln, l in enumerate(lines):
                depth = 0
                for ch in l:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks on line %d' % (aid, ln + 1))
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark on line %d' % (aid, ln + 1))
                if depth != 0:
                    err('%s: unclosed curly mark on line %d' % (aid, ln + 1))
        else:
            err('%s: no quote style registered' % aid)
        for l in [headline] + noise:
            if re.search('["\u201c\u201d]', l):
                err('%s: double quotation mark in headline or page noise: %r' % (aid, l[:60]))
        op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        # ---- summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys %r' % (aid, list(s.keys())))
            continue
        org = s['organization']
        if org not in ALLOWED_ORGS:
            err('%s: organisation %r not among the bodies the brief allows' % (aid, org))
            continue
        if m.group(1) != ALLOWED_ORGS[org][0]:
            err('%s: id organisation part %r' % (aid, m.group(1)))
        cityfold = ''.join(tokens(s['city']))
        if m.group(2) != cityfold:
            err('%s: id city part %r, expected %r' % (aid, m.group(2), cityfold))
        sd, ed = isodate(s['start_date']), isodate(s['end_date'])
        if not sd or not ed:
            err('%s: summit dates not ISO' % aid)
            continue
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        if not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: published_at outside the summit and three weeks after' % aid)
        ck = ' '.join(tokens(s['city']))
        if ck in avoid:
            err('%s: city %r is on the brief\'s avoid list' % (aid, s['city']))
        if (ck, s['start_date'][:4]) in used:
            err('%s: city and year %s %s already used' % (aid, s['city'], s['start_date'][:4]))
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or \
                [f for f in FIELDS if f in tf] != tf:
            err('%s: text_fields %r not a non-empty ordered subset of the five fields' % (aid, tf))
            tf = [f for f in FIELDS if f in (tf or [])]
        hb = headline + '\n' + body
        htoks = tokens(hb)
        if 'organization' in tf and not any(has_seq(htoks, tokens(nm)) for nm in ALLOWED_ORGS[org][1]):
            err('%s: organisation not named in headline or body' % aid)
        if 'city' in tf and not has_seq(htoks, tokens(s['city'])):
            err('%s: city not in headline or body' % aid)
        if 'country' in tf and not has_seq(htoks, tokens(s['country'])):
            err('%s: country not in headline or body' % aid)
        for fld, d in (('start_date', sd), ('end_date', ed)):
            if fld not in tf:
                continue
            mon = MONTHS[d.month - 1]
            ok = False
            if fld == 'start_date' and re.search(r'\b%s %d\b' % (mon, d.day), hb):
                ok = True
            if fld == 'end_date' and (re.search(r'\b%s %d\b(?! to| and)' % (mon, d.day), hb) or
                                      re.search(r'\b%s \d{1,2} (to|and) %d\b' % (mon, d.day), hb)):
                ok = True
            delta = (pub - d).days
            if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], body):
                ok = True
            if delta == 1 and re.search(r'\byesterday\b', body, re.I):
                ok = True
            if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', body, re.I):
                ok = True
            if not ok:
                err('%s: %s %s not recoverable from the text' % (aid, fld, d))
        # ---- participants
        pkeys = []
        ptoks = tokens(hb)
        for p in a['participants']:
            if list(p.keys()) != PART_KEYS:
                err('%s: participant keys %r' % (aid, list(p.keys())))
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: malformed participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: repeated participant %s' % (aid, k))
            pkeys.append(k)
            nt = k.split(':', 1)[1].split('-')
            if nt[0] in ('mr', 'mrs', 'ms', 'dr', 'president', 'king', 'prime', 'minister', 'sir', 'brigadier'):
                err('%s: title as first token of %s' % (aid, k))
            if not has_seq(ptoks, nt):
                err('%s: name of %s not in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v or style == 'straight' and '\u2019' in v:
                    err('%s: %s of %s not in the article\'s apostrophe style' % (aid, fld, k))
            for au in a['authors']:
                if has_seq(tokens(au), nt) or has_seq(nt, tokens(au)):
                    err('%s: author %s listed as participant' % (aid, au))
            all_names.append((aid, nt))
        # ---- quotes
        qpos = []
        spans_found = re.findall(re.escape(op) + r'([^\n' + re.escape(op + cl) + r']*)' + re.escape(cl), body) \
            if style == 'curly' else re.findall(r'"([^"\n]*)"', body)
        annotated = []
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys %r' % (aid, list(q.keys())))
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk)):
                err('%s: speaker %r is neither a participant nor an organisation' % (aid, sk))
            marked = op + q['text'] + cl
            if q['text'] not in text:
                err('%s: quote text not in file: %r' % (aid, q['text'][:50]))
            i = text.find(marked, hdr_end)
            while i != -1 and in_noise(i, i + len(marked)):
                i = text.find(marked, i + 1)
            if i == -1:
                err('%s: quote with its marks not in body: %r' % (aid, q['text'][:50]))
            qpos.append(i)
            annotated.append(q['text'])
            all_quote_texts.append(q['text'])
        if qpos != sorted(qpos):
            err('%s: quotes not in text order' % aid)
        for t in a['not_quotes']:
            if not isinstance(t, str) or op + t + cl not in body:
                err('%s: not_quote %r not in body with its marks' % (aid, t))
            annotated.append(t)
        if sorted(annotated) != sorted(spans_found):
            err('%s: quoted spans in body and annotations differ: %r' % (
                aid, sorted(set(spans_found) ^ set(annotated))))
        # ---- facts
        prefixes = set()
        slugs_here = []
        evid_here = []
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                err('%s: fact keys %r' % (aid, list(f.keys())))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            k = f['kind']
            if not isinstance(k, list) or not k or any(x not in FACT_KINDS for x in k) or len(set(k)) != len(k):
                err('%s: fact kind %r' % (aid, k))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z0-9]+', sa):
                err('%s: malformed same_as %r' % (aid, sa))
                continue
            if sa in slugs_here:
                err('%s: same_as %s repeated in the article' % (aid, sa))
            slugs_here.append(sa)
            prefixes.add(sa.split('-')[0])
            if sa in earlier_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sa))
            if not f['evidence']:
                err('%s: fact %s without evidence' % (aid, sa))
            for e in f['evidence']:
                if e != e.strip() or not e:
                    err('%s: evidence with outer spaces: %r' % (aid, e[:50]))
                if e == headline:
                    evid_here.append(e)
                    continue
                i = text.find(e, hdr_end)
                while i != -1 and in_noise(i, i + len(e)):
                    i = text.find(e, i + 1)
                if i == -1:
                    err('%s: evidence not in headline or body: %r' % (aid, e[:60]))
                    continue
                if not is_sentence_start(text, i) or not is_sentence_end(text, i + len(e)):
                    err('%s: evidence not sentence-bounded: %r' % (aid, e[:60]))
                evid_here.append(e)
                all_evidence.append(e)
        if len(prefixes) != 1:
            err('%s: same_as prefixes %r (one per article required)' % (aid, prefixes))
        else:
            pre = prefixes.pop()
            if not pre.endswith(s['start_date'][2:4]):
                err('%s: prefix %s does not end in the summit year' % (aid, pre))
            if pre in earlier_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pre))
            per[aid]['prefix'] = pre
        for q in a['quotes']:
            marked = op + q['text'] + cl
            if not any(marked in e for e in evid_here):
                err('%s: quote outside every evidence string: %r' % (aid, q['text'][:50]))
        per[aid]['summit'] = s
        per[aid]['facts'] = {f['same_as']: f['kind'] for f in a['facts'] if isinstance(f.get('same_as'), str)}
        per[aid]['quotes'] = [q['text'] for q in a['quotes']]
        per[aid]['nq'] = len(a['not_quotes'])
        per[aid]['np'] = len(a['participants'])
        per[aid]['evidence'] = evid_here

    # ---- noise must not carry gold material
    for aid, d in per.items():
        nt = d['noise']
        ntext = '\n'.join(nt)
        ntok = tokens(ntext)
        for q in all_quote_texts:
            if len(q) > 3 and q in ntext:
                err('%s: a gold quote occurs in page noise: %r' % (aid, q[:40]))
        for e in all_evidence:
            if e in ntext:
                err('%s: gold evidence occurs in page noise: %r' % (aid, e[:40]))
        for src, name in all_names:
            if has_seq(ntok, name) or (len(name) > 1 and has_seq(ntok, name[-1:]) and len(name[-1]) > 4):
                err('%s: participant name %s occurs in page noise' % (aid, '-'.join(name)))
    # ---- set shape
    groups = {}
    for aid, d in per.items():
        if 'summit' not in d:
            continue
        s = d['summit']
        groups.setdefault((s['organization'], s['city'], s['start_date']), []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits, 3 pairs and 2 singles, found sizes %r' % sizes)
    orgs = [k[0] for k in groups]
    if any(orgs.count(o) > 2 for o in orgs) or len(set(orgs)) < 4:
        err('bodies %r: at most two summits of one body, at least four bodies' % orgs)
    prefix_owner = {}
    for key, members in groups.items():
        pres = {per[x].get('prefix') for x in members}
        if len(pres) != 1:
            err('%s: articles of one summit use prefixes %r' % (key, pres))
        for p in pres:
            if p in prefix_owner and prefix_owner[p] != key:
                err('prefix %s shared by two summits' % p)
            prefix_owner[p] = key
    slug_where = {}
    for aid, d in per.items():
        for sa in d.get('facts', {}):
            slug_where.setdefault(sa, []).append(aid)
    shared_total = 0
    for key, members in groups.items():
        if len(members) != 2:
            continue
        a1, a2 = members
        if per[a1]['outlet'] == per[a2]['outlet']:
            err('%s: pair from one outlet' % (key,))
        s1, s2 = per[a1]['summit'], per[a2]['summit']
        for fld in FIELDS:
            if s1[fld] != s2[fld]:
                err('%s: pair disagrees on %s' % (key, fld))
        shared = sorted(set(per[a1]['facts']) & set(per[a2]['facts']))
        if len(shared) < 5:
            err('%s: pair shares only %d slugs' % (key, len(shared)))
        for sa in shared:
            if sorted(per[a1]['facts'][sa]) != sorted(per[a2]['facts'][sa]):
                err('%s: shared slug %s with different kinds' % (key, sa))
        shared_total += len(shared)
        print('shared %s: %s' % (key[1], ', '.join(shared)))
    for sa, where in slug_where.items():
        if len(where) > 2:
            err('slug %s in more than two articles' % sa)
        elif len(where) == 2:
            k1 = [k for k, v in groups.items() if where[0] in v]
            k2 = [k for k, v in groups.items() if where[1] in v]
            if k1 != k2 or len(groups[k1[0]]) != 2:
                err('slug %s shared outside a pair' % sa)
    # ---- noise variety across the set
    if sum(1 for d in per.values() if d['mid']) < 4:
        err('fewer than four articles with page noise in the middle')
    if sum(1 for d in per.values() if d['comments'] >= 3) < 4:
        err('fewer than four articles with a comment section of three or more comments')
    allnoise = fold('\n'.join('\n'.join(d['noise']) for d in per.values()))
    for kind, pat in (('cookie notice', 'cookie'), ('newsletter', 'newsletter'), ('FAQ', 'frequently asked questions'),
                      ('photo caption', 'photo'), ('related links', 'related'), ('menu', 'home |')):
        if pat not in allnoise:
            err('no %s in the page noise of the set' % kind)
    for aid in sorted(per):
        d = per[aid]
        print('%-45s words %3d/%3d quotes %d not_quotes %d participants %d facts %d comments %d mid-noise %s' % (
            aid, d['wc'], d['words'], len(d.get('quotes', [])), d.get('nq', 0), d.get('np', 0),
            len(d.get('facts', {})), d['comments'], d['mid']))
    print('shared slugs: %d' % shared_total)


if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        errors.append('checker crashed')
    for n in notes:
        print('note:', n)
    for e in errors:
        print('ERROR:', e)
    if errors:
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('heldout83: all checks passed')
    sys.exit(0)
