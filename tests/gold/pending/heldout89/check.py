#!/usr/bin/env python3
"""Checker for held-out set heldout89. Exits 1 on any error (a crash counts as an error)."""
import collections, datetime, json, os, re, sys, traceback, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H89_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ABOUT_START = ("Held-out set round 89 (split=heldout89), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
USED = [
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
 "Amsterdam 1997",
 "Antalya 2015",
 "Antananarivo 2016",
 "Antigua Guatemala 2013",
 "Apia 2024",
 "Arusha 2016",
 "Ashgabat 2021",
 "Astana 2017",
 "Astana 2024",
 "Asunci\u00f3n 2015",
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
 "Bel\u00e9n 2015",
 "Bento Gon\u00e7alves 2019",
 "Berlin 1999",
 "Biarritz 2019",
 "Birmingham 1998",
 "Bishkek 2007",
 "Bishkek 2019",
 "Bissau 2023",
 "Blantyre 1997",
 "Bogor 1994",
 "Bonn 1982",
 "Borgo Egnazia 2024",
 "Bras\u00edlia 2008",
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
 "B\u00fcrgenstock 2024",
 "Cairns 2009",
 "Cairo 2024",
 "Cali 2013",
 "Cali 2017",
 "Camp David 2012",
 "Camp David 2023",
 "Canc\u00fan 2017",
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
 "Corfu 1994",
 "Cotonou 1995",
 "C\u00e1diz 2012",
 "C\u00f3rdoba 2006",
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
 "Grand Anse 1989",
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
 "Inshas 1946",
 "Islamabad 2017",
 "Istanbul 2004",
 "Istanbul 2016",
 "Istanbul 2021",
 "Jakarta 2016",
 "Jakarta 2023",
 "Jeddah 2022",
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
 "Kinshasa 1967",
 "Kinshasa 2009",
 "Kinshasa 2012",
 "Kiruna 2013",
 "Koror 2014",
 "Krak\u00f3w 2021",
 "Krom\u011b\u0159\u00ed\u017e 2004",
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
 "Las Le\u00f1as 1992",
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
 "Lom\u00e9 2000",
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
 "Mal\u00e9 1997",
 "Manama 2016",
 "Manama 2024",
 "Manila 2015",
 "Manila 2017",
 "Maputo 2003",
 "Mar del Plata 2005",
 "Mbabane 2016",
 "Mecca 2012",
 "Mecca 2019",
 "Medell\u00edn 2019",
 "Melbourne 1981",
 "Melbourne 2024",
 "Mendoza 2012",
 "Mendoza 2017",
 "Mexico City 2021",
 "Miami 1994",
 "Milan 1985",
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
 "Munich 1992",
 "Muscat 2008",
 "N'Djamena 2014",
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
 "Nizhny Novgorod 2011",
 "Nouakchott 2016",
 "Nouakchott 2018",
 "Nuku'alofa 2007",
 "Nuku'alofa 2024",
 "Nusa Dua 2011",
 "Nusa Dua 2022",
 "Nuuk 2011",
 "Ocho Rios 1982",
 "Osaka 1995",
 "Osaka 2019",
 "Oslo 2023",
 "Ottawa 1973",
 "Ouagadougou 1998",
 "Ouro Preto 1994",
 "Panama City 2015",
 "Paracas 2015",
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
 "Porto 1998",
 "Potrero de los Funes 1996",
 "Prague 2002",
 "Prague 2016",
 "Praia 1998",
 "Pretoria 2017",
 "Puerto Iguaz\u00fa 2023",
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
 "San Miguel de Tucum\u00e1n 2008",
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
 "S\u00e3o Tom\u00e9 2023",
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
 "Venice 1980",
 "Veracruz 2014",
 "Victoria Falls 2009",
 "Vientiane 2016",
 "Vientiane 2024",
 "Vilnius 2013",
 "Vilnius 2023",
 "Visby 1996",
 "Visegr\u00e1d 1991",
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
 "Windsor 2000",
 "Xi'an 2023",
 "Xiamen 2017",
 "Yalta 1998",
 "Yamoussoukro 2014",
 "Yaound\u00e9 1996",
 "Yaren 2018",
 "Yekaterinburg 2009",
 "Yerevan 2018",
 "Yerevan 2022",
 "Yokohama 2010",
 "Yokohama 2013"
]
AVOID = [
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
 "Asunci\u00f3n",
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
 "Puerto Iguaz\u00fa",
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
 "Canc\u00fan",
 "Coolum",
 "Beijing",
 "Beirut",
 "Genoa",
 "Malabo",
 "Bandar Seri Begawan",
 "Bras\u00edlia",
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
 "Bel\u00e9n",
 "Singapore",
 "London",
 "Helsinki",
 "C\u00f3rdoba",
 "Victoria Falls",
 "Labuan Bajo",
 "Kuala Lumpur",
 "Yokohama",
 "Montreux",
 "Edinburgh",
 "Nouakchott",
 "Visegr\u00e1d",
 "Shanghai",
 "Puerto Varas",
 "Cholpon-Ata",
 "Nanjing",
 "Bogor",
 "Denver",
 "Lom\u00e9",
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
 "Mal\u00e9",
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
 "Krak\u00f3w",
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
 "Bento Gon\u00e7alves",
 "Oslo",
 "Siem Reap",
 "Moscow",
 "Dead Sea (Sweimeh)",
 "Montreal",
 "Moncton",
 "Awaza (Turkmenbashi)",
 "Pohnpei (Palikir)",
 "Medell\u00edn",
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
 "S\u00e3o Tom\u00e9",
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
 "Yaound\u00e9",
 "Fort Lauderdale",
 "Gabala",
 "Cotonou",
 "Maastricht",
 "Potrero de los Funes",
 "Subic Bay",
 "Krom\u011b\u0159\u00ed\u017e",
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
 "Tucum\u00e1n",
 "Munich",
 "Berlin",
 "Milan",
 "Las Le\u00f1as",
 "Nuku'alofa",
 "Jeddah",
 "Kinshasa",
 "Grand Anse",
 "Paracas"
]
REG = {
 "h89_cis_kazan_dunlin": {
  "style": "straight",
  "outlet": "Dunlin Wire",
  "staff": [
   "Lyudmila Kharitonova-Haythornthwaite",
   "Wystan Osterwalder-Greatorex"
  ],
  "noise": [
   "Dunlin Wire | Europe & Eurasia | Friday, August 26, 2005 15:52 GMT",
   "By Yaroslav Venediktov-Scrimgeour",
   "UPDATE 2-Adds Putin comments, analyst, reform group",
   "Read also: FACTBOX-The Commonwealth of Independent States at a glance",
   "(Reporting by Yaroslav Venediktov-Scrimgeour; additional reporting by Lyudmila Kharitonova-Haythornthwaite in Moscow; Editing by Wystan Osterwalder-Greatorex)",
   "Related: Kazan marks 1,000 years with metro, mosque and fireworks | Turkmen gas keeps flowing north under 25-year deal | Georgia weighs its future in the CIS",
   "Dunlin Wire archive copy. (c) 2005 Dunlin Wire. All rights reserved. Not for redistribution."
  ]
 },
 "h89_cis_kazan_kaban": {
  "style": "curly",
  "outlet": "Kaban Courier",
  "staff": [
   "Ilsur Valiullin-Blomfield"
  ],
  "noise": [
   "Kaban Courier | City & Republic | Monday, August 29, 2005",
   "By Dilyara Sabirova-Smallbone",
   "Home | City | Republic | Millennium | Business | Culture | Sport | Letters",
   "Photo: Commonwealth flags along Kremlyovskaya Street on Friday morning. Kaban Courier / Ilsur Valiullin-Blomfield",
   "Comments (6)",
   "rinat_k: Three hours on Pushkin Street and nobody explained anything. Happy birthday, Kazan.",
   "alsu.m: The metro is the real news of the week. Rode it twice already, very clean.",
   "Old Kazanets: Ashgabat always did what it wanted, this changes nothing for us here.",
   "Marat from Zelenodolsk: Will the new tram timetable come back next week or only after the guests leave?",
   "guest_4471: Good article, thank you to the volunteers too.",
   "lenar: Photo of the flags is beautiful. Can you print it bigger in the paper edition?",
   "Comments are moderated. Please keep to the topic and respect other readers.",
   "Kaban Courier, Kazan. (c) 2005. Reproduction only with a link to the source."
  ]
 },
 "h89_apec_gyeongju_seorabeol": {
  "style": "straight",
  "outlet": "Seorabeol Radio International",
  "staff": [],
  "noise": [
   "Seorabeol Radio International | Asia-Pacific Tonight | Saturday, November 1, 2025",
   "Presented by Soyeon Penberthy-Gwak, with Jasper Polglase-Baek in Gyeongju",
   "Listen live | Programmes | Podcasts | Schedule | Transcripts",
   "[END OF TRANSCRIPT]",
   "Coming up at 21:00: World Business Report, with the week's currency moves.",
   "Seorabeol Radio International. Transcripts are produced from the broadcast and may contain errors. (c) 2025 Seorabeol Radio International."
  ]
 },
 "h89_apec_gyeongju_ginkgo": {
  "style": "curly",
  "outlet": "The Ginkgo Review",
  "staff": [],
  "noise": [
   "We use cookies to personalise content and to analyse our traffic. Accept all | Manage preferences",
   "The Ginkgo Review | Analysis | Monday, November 3, 2025",
   "By Hyejin Oh-Trounson",
   "Politics | Economy | Korea | China | Japan | Analysis | Podcasts",
   "Newsletter: The Ginkgo Review\u2019s Asia briefing lands every Monday morning. Sign up free | No spam, unsubscribe any time",
   "Frequently asked",
   "What is APEC? A forum of 21 Pacific Rim economies, founded in 1989, that works by consensus and makes no binding commitments.",
   "Who hosts next? The chair rotates every year among the member economies.",
   "Comments (4)",
   "jkpark88: Good summary. The crown gift got more coverage at home than the declaration, sadly.",
   "Feng_W: Shenzhen next year will be a very different atmosphere, watch this space.",
   "harbour_view: Less is more, maybe. A short text everyone signs beats a long one nobody reads.",
   "Stella M.: Would love a follow-up piece on the shipbuilding money and where it actually goes.",
   "The Ginkgo Review is an independent publication. Opinions of contributors are their own. (c) 2025 The Ginkgo Review."
  ]
 },
 "h89_pif_tarawa_noddy": {
  "style": "straight",
  "outlet": "The Noddy",
  "staff": [],
  "noise": [
   "The Noddy | Pacific Weekly | Thursday, November 2, 2000",
   "By Tiare Vakatawa-Illingworth",
   "News | Region | Politics | Business | Sport | Letters | Back issues",
   "Also in this issue: Tuna prices slip again | Nauru prepares to host next year's Forum | Rugby: the Sevens squads named",
   "Letters: write to The Noddy at the address below. Letters may be shortened.",
   "The Noddy is published every Thursday. Back issues are available from our office. (c) 2000 The Noddy."
  ]
 },
 "h89_pif_tarawa_reefline": {
  "style": "curly",
  "outlet": "Reefline Pacific News",
  "staff": [
   "Kaotitaake Tekeraoi-Rigglesworth"
  ],
  "noise": [
   "Reefline Pacific News | Wire | Monday, October 30, 2000",
   "By Ulufale Leavasa-Thornycroft",
   "Regional wire service for subscribers. Filed from Bairiki, South Tarawa.",
   "Photo caption: Leaders arrive by boat for the retreat on Biketawa islet. Reefline / Kaotitaake Tekeraoi-Rigglesworth",
   "Related: Solomons peace deal holds in first fortnight | Fiji interim leaders name election timetable team | Tuna convention: what the Honolulu deal means for licence fees",
   "Reefline Pacific News is distributed to subscribing newspapers and broadcasters. Copyright 2000 Reefline.",
   "Contact the Reefline desk: newsdesk@reefline.example | Subscriptions | Terms of use"
  ]
 },
 "h89_pif_apia_palolo": {
  "style": "curly",
  "outlet": "Palolo Review",
  "staff": [
   "Iosefa Tuimavave-Shufflebotham"
  ],
  "noise": [
   "Palolo Review | Pacific | Saturday, September 9, 2017",
   "By Marietta Fa\u2019alogo-Sweetapple",
   "Samoa | Pacific | Climate | Business | Opinion | Subscribe",
   "Sign up for Palolo Weekly, the best of our Pacific coverage every Saturday.",
   "Photo: Forum flags outside the government building in Apia on Thursday. Palolo Review / Iosefa Tuimavave-Shufflebotham",
   "Read next: Inside the Forum retreat | What Fiji wants from Bonn | Tuna, tourism and the Blue Pacific economy",
   "Comments (5)",
   "Sina T.: Proud of how Apia looked this week. Well done to all the police and volunteers.",
   "pacificpat: Nice words again. Let us see what is left of them by next year.",
   "Moana_Savaii: The road closures near Mulinu\u2019u made me late to work three days in a row.",
   "kiwi_in_apia: Our PM should have come. Campaign or not, this is our neighbourhood.",
   "Tavita: Good reporting, fa\u2019afetai.",
   "Palolo Review, Apia. (c) 2017 Palolo Review. All rights reserved. Comments reflect the views of readers only."
  ]
 },
 "h89_caricom_basseterre_brimstone": {
  "style": "straight",
  "outlet": "The Brimstone Chronicle",
  "staff": [],
  "noise": [
   "The Brimstone Chronicle | Region | Friday, July 7, 2006",
   "By Cordell Liburd-Ainsworth, Political Editor",
   "Home | Local | Region | Business | Sport | Entertainment | Classifieds | E-paper",
   "ADVERTISEMENT - Sugar City Hardware: everything for the hurricane season, Bay Road, Basseterre",
   "Related: OECS ministers meet on single currency | Warner Park ready for World Cup inspection | Letters: the price of ferry tickets",
   "Comments (3)",
   "ronnie_sk: Well organised, the island looked good on TV. Proud of the police and volunteers.",
   "Nevisian Pride: Hope the single market means cheaper goods at Charlestown soon.",
   "J. Browne: Good to see our neighbours from Haiti, long overdue.",
   "The Brimstone Chronicle, Basseterre, St Kitts. (c) 2006. All rights reserved."
  ]
 }
}
ORGNAMES = {
    'org:cis': ['Commonwealth of Independent States', 'CIS'],
    'org:apec': ['Asia-Pacific Economic Cooperation', 'APEC'],
    'org:pif': ['Pacific Islands Forum'],
    'org:caricom': ['Caribbean Community', 'CARICOM'],
}
ID_BODY = {'org:cis': 'cis', 'org:apec': 'apec', 'org:pif': 'pif', 'org:caricom': 'caricom'}
ALLOWED_ORGS = {'org:asean', 'org:apec', 'org:cis', 'org:pif', 'org:brics', 'org:eac', 'org:igad', 'org:celac',
                'org:visegrad-group', 'org:bsec', 'org:commonwealth', 'org:francophonie', 'org:saarc', 'org:guam',
                'org:caricom', 'org:gcc', 'org:sadc', 'org:pacific-alliance'}
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
                'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MABBR = {'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'may': 5, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9,
         'oct': 10, 'nov': 11, 'dec': 12}
for _i, _m in enumerate(MONTHS):
    MABBR[_m.lower()] = _i + 1
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
REL0 = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
REL1 = ['yesterday', 'last night']
CURLY = '\u201c\u201d\u2018\u2019'

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", '').replace('\u2019', '').lower()
    return ' '.join(re.sub(r'[^a-z0-9]+', ' ', s).split())


def has_tokens(hay_folded, phrase):
    p = fold(phrase)
    return bool(p) and (' ' + p + ' ') in (' ' + hay_folded + ' ')


def iso(s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            return None
        return datetime.date.fromisoformat(s)
    except Exception:
        return None


def earlier_files():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 88)]
    out = []
    for n in names:
        p = os.path.join(EARLIER, n)
        if os.path.exists(p):
            out.append(p)
    return out


def date_supported(d, pub, text, lines):
    low = text.lower()
    # month + day, including ranges like 'October 27 to 30' and 'Aug 26'
    for m in re.finditer(r'\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:(?: to | and |-|\u2013)(\d{1,2}))?\b', text):
        mon = MABBR.get(m.group(1).lower())
        if mon != d.month:
            continue
        days = [int(m.group(2))] + ([int(m.group(3))] if m.group(3) else [])
        if d.day in days:
            return 'month-day'
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b' + WEEKDAYS[d.weekday()] + r'\b', text):
        return 'weekday'
    if delta == 0 and any(re.search(r'\b' + w + r'\b', low) for w in REL0):
        return 'relative'
    if delta == 1 and any(re.search(r'\b' + w + r'\b', low) for w in REL1):
        return 'relative'
    return None


def sentence_bounded(line, ev, idx):
    pre = line[:idx]
    post = line[idx + len(ev):]
    ok_start = (pre == '' or re.search(r'[.?!][\"\u201d\u2019)]? $', pre)
                or re.fullmatch(r"[A-Z][A-Z'\u2019 .-]*[A-Z]: ", pre))
    ok_end = post == '' or (post.startswith(' ') and re.search(r'([.?!]|[.?!,][\"\u201d])$', ev))
    return bool(ok_start) and bool(ok_end)


def check():
    gold_path = os.path.join(HERE, 'heldout89_gold.json')
    with open(gold_path, encoding='utf-8') as f:
        gold = json.load(f)
    if list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles: %r' % list(gold.keys()))
    about = gold.get('about', '')
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold.get('articles', [])
    if len(arts) != 8:
        err('expected 8 articles, found %d' % len(arts))

    # earlier gold
    e_slugs, e_prefixes, e_ids, e_summits = set(), set(), set(), set()
    e_cityyears = set()
    efiles = earlier_files()
    if not efiles:
        err('no earlier gold file found under %s' % EARLIER)
    for p in efiles:
        with open(p, encoding='utf-8') as f:
            d = json.load(f)
        for a in (d['articles'] if isinstance(d, dict) else d):
            e_ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                e_summits.add((s.get('organization'), fold(s['city']), s['start_date']))
                e_cityyears.add((fold(s['city']), s['start_date'][:4]))
            for fct in a.get('facts', []):
                sl = fct.get('same_as')
                if isinstance(sl, str):
                    e_slugs.add(sl)
                    e_prefixes.add(sl.split('-')[0])

    avoid_forms = set()
    for c in AVOID:
        m = re.fullmatch(r'(.+?) \((.+)\)', c)
        if m:
            avoid_forms.add(fold(m.group(1)))
            for part in m.group(2).split(','):
                avoid_forms.add(fold(part))
        else:
            avoid_forms.add(fold(c))
    used_forms = set()
    for u in USED:
        city, year = u.rsplit(' ', 1)
        used_forms.add((fold(city), year))

    # files present
    present = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != present:
        err('article files present %r do not match ids %r' % (present, ids))
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if set(ids) != set(REG):
        err('ids are not the registered ids: %r' % sorted(set(ids) ^ set(REG)))

    slug_use = collections.defaultdict(list)
    summit_groups = collections.defaultdict(list)
    counts = collections.Counter()
    prefix_of_summit = {}
    middle_noise = 0
    comment_sections = 0
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ARTICLE_KEYS:
            err('%s: article keys/order %r' % (aid, list(a.keys())))
            continue
        reg = REG.get(aid)
        if reg is None:
            continue
        if not re.fullmatch(r'h89_[a-z]+_[a-z]+_[a-z]+', aid):
            err('%s: malformed id' % aid)
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if any(isinstance(i, str) and i.startswith('h89_') for i in e_ids):
            err('prefix h89 already used in earlier gold')
        if a['split'] != 'heldout89':
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s already exists in tests/gold/articles' % aid)
        with open(path, encoding='utf-8') as f:
            text = f.read()
        lines = text.split('\n')
        if a['title'] != lines[0]:
            err('%s: title is not the headline line' % aid)
        noise = reg['noise']
        noise_set = set(noise)
        for nl in noise:
            if lines.count(nl) < 1:
                err('%s: registered noise line not found: %r' % (aid, nl[:60]))
        body_idx = [k for k, l in enumerate(lines) if k > 0 and l.strip() and l not in noise_set]
        noise_idx = [k for k, l in enumerate(lines) if k > 0 and l in noise_set]
        if not body_idx or not noise_idx:
            err('%s: no body or no page noise' % aid)
            continue
        if len(noise_idx) < 4:
            err('%s: too little page noise (%d lines)' % (aid, len(noise_idx)))
        if not any(k < body_idx[0] for k in noise_idx):
            err('%s: no page noise at the top' % aid)
        if not any(k > body_idx[-1] for k in noise_idx):
            err('%s: no page noise at the end' % aid)
        if any(body_idx[0] < k < body_idx[-1] for k in noise_idx):
            middle_noise += 1
        com = [k for k in noise_idx if re.match(r'Comments \(\d+\)$', lines[k])]
        if com:
            n_com = sum(1 for k in noise_idx if k > com[0] and re.match(r'[^|:]{1,30}: ', lines[k]))
            if n_com < 3:
                err('%s: comment section with fewer than three comments' % aid)
            comment_sections += 1
        if lines[body_idx[0] - 1].strip() != '':
            err('%s: no blank line before the body' % aid)
        body_lines = [lines[k] for k in body_idx]
        noise_lines = [lines[k] for k in noise_idx]
        body_text = '\n'.join(body_lines)
        hb_text = lines[0] + '\n' + body_text
        hb_fold = fold(hb_text)
        noise_text = '\n'.join(noise_lines)
        noise_fold = fold(noise_text)
        nwords = len(body_text.split())
        if not 420 <= nwords <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, nwords))
        # outlet line
        pub = iso(a['published_at'])
        if pub is None:
            err('%s: bad published_at' % aid)
            continue
        top = [lines[k] for k in noise_idx if k < body_idx[0]]
        stamp = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
        if not any(stamp in l and l.startswith(reg['outlet'] + ' | ') for l in top):
            err('%s: outlet line with %r not found' % (aid, stamp))
        for l in top:
            if l.startswith(reg['outlet'] + ' | '):
                others = [w for w in WEEKDAYS if w in l and w != WEEKDAYS[pub.weekday()]]
                if others:
                    err('%s: other weekday on outlet line' % aid)
        # authors and staff
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors must be a non-empty list' % aid)
        for au in a['authors']:
            if not any(au in l for l in top):
                err('%s: author %r not in the byline' % (aid, au))
        for st in reg['staff']:
            if st not in noise_text:
                err('%s: credited staff %r not in page noise' % (aid, st))
        # quote style
        style = reg['style']
        if style == 'straight':
            if any(c in text for c in CURLY):
                err('%s: curly mark in a straight article' % aid)
            for l in lines:
                if l.count('"') % 2:
                    err('%s: odd number of straight double marks on a line' % aid)
            spans = re.findall(r'"([^"]*)"', body_text)
        else:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark in a curly article' % aid)
            for l in lines:
                depth = 0
                for c in l:
                    if c == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks' % aid)
                    elif c == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark' % aid)
                            depth = 0
                if depth:
                    err('%s: unclosed curly mark' % aid)
            spans = re.findall('\u201c([^\u201c\u201d]*)\u201d', body_text)
        for l in [lines[0]] + noise_lines:
            if any(c in l for c in '"\u201c\u201d'):
                err('%s: double quotation mark in headline or page noise: %r' % (aid, l[:60]))
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys/order %r' % (aid, list(s.keys())))
            continue
        org = s['organization']
        if org not in ALLOWED_ORGS:
            err('%s: organisation %r not allowed by the brief' % (aid, org))
        parts_id = aid.split('_')
        if ID_BODY.get(org) != parts_id[1]:
            err('%s: id body part does not match %r' % (aid, org))
        if fold(s['city']).replace(' ', '') != parts_id[2]:
            err('%s: id city part does not match city %r' % (aid, s['city']))
        sd, ed = iso(s['start_date']), iso(s['end_date'])
        if sd is None or ed is None:
            err('%s: bad summit dates' % aid)
            continue
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 7:
            err('%s: summit longer than a week' % aid)
        if not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: published_at outside the summit window' % aid)
        cf = fold(s['city'])
        if cf in avoid_forms:
            err('%s: city %r is on the avoid list' % (aid, s['city']))
        if (cf, s['start_date'][:4]) in used_forms:
            err('%s: city and year on the used list' % aid)
        if (cf, s['start_date'][:4]) in e_cityyears:
            err('%s: city and year used by an earlier summit' % aid)
        if (org, cf, s['start_date']) in e_summits:
            err('%s: summit already in earlier gold' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(x not in FIELDS for x in tf) or \
                tf != [x for x in FIELDS if x in tf]:
            err('%s: text_fields malformed %r' % (aid, tf))
            tf = [x for x in FIELDS if x in tf] if isinstance(tf, list) else []
        if 'organization' in tf and not any(has_tokens(hb_fold, n) for n in ORGNAMES.get(org, [])):
            err('%s: organisation not recoverable' % aid)
        if 'city' in tf and not has_tokens(hb_fold, s['city']):
            err('%s: city not recoverable' % aid)
        if 'country' in tf and not has_tokens(hb_fold, s['country']):
            err('%s: country not recoverable' % aid)
        for fld, d in (('start_date', sd), ('end_date', ed)):
            if fld in tf and not date_supported(d, pub, hb_text, body_lines):
                err('%s: %s not recoverable' % (aid, fld))
        summit_groups[(org, fold(s['city']), s['start_date'])].append(a)
        # participants
        pkeys = []
        for p in a['participants']:
            if list(p.keys()) != PART_KEYS:
                err('%s: participant keys/order' % aid)
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: malformed participant key %r' % (aid, k))
            if k in pkeys:
                err('%s: duplicate participant %r' % (aid, k))
            pkeys.append(k)
            name = k.split(':', 1)[1].replace('-', ' ')
            if not has_tokens(hb_fold, name):
                err('%s: participant name of %r not in headline or body' % (aid, k))
            if has_tokens(noise_fold, name):
                err('%s: participant name of %r appears in page noise' % (aid, k))
            for au in a['authors'] + reg['staff']:
                if fold(au) == name:
                    err('%s: author or credited staff %r listed as participant' % (aid, au))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
        # quotes
        qtexts = []
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys/order' % aid)
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*', sk):
                err('%s: speaker key %r is neither a person nor an organisation key' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %r is not a participant' % (aid, sk))
            if not q['text'] or q['text'] not in text:
                err('%s: quote text not in article: %r' % (aid, q['text'][:50]))
            qtexts.append(q['text'])
        nq = a['not_quotes']
        if not isinstance(nq, list) or any(not isinstance(x, str) for x in nq):
            err('%s: not_quotes must be a list of strings' % aid)
            nq = []
        rest = list(spans)
        for x in nq:
            if x in rest:
                rest.remove(x)
            else:
                err('%s: not_quote %r is not a quoted span of the body' % (aid, x))
        if rest != qtexts:
            err('%s: quoted spans of the body and the quotes (in text order) differ:\n  spans=%r\n  quotes=%r'
                % (aid, rest, qtexts))
        # facts
        mk = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        evs_all = []
        slugs = []
        prefixes = set()
        for fct in a['facts']:
            if list(fct.keys()) != FACT_KEYS:
                err('%s: fact keys/order %r' % (aid, list(fct.keys())))
                continue
            if not isinstance(fct['statement'], str) or not fct['statement'].strip():
                err('%s: empty statement' % aid)
            kinds = fct['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or \
                    any(k not in FACT_KINDS for k in kinds):
                err('%s: bad fact kinds %r' % (aid, kinds))
                kinds = []
            sl = fct['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+\d{2}-[a-z0-9]+(-[a-z0-9]+)*', sl):
                err('%s: malformed same_as %r' % (aid, sl))
                continue
            pre = sl.split('-')[0]
            if pre[-2:] != s['start_date'][2:4]:
                err('%s: prefix %r does not end in the summit year' % (aid, pre))
            prefixes.add(pre)
            if sl in slugs:
                err('%s: slug %r repeated in the article' % (aid, sl))
            slugs.append(sl)
            if sl in e_slugs:
                err('%s: slug %r used in earlier gold' % (aid, sl))
            if pre in e_prefixes:
                err('%s: prefix %r used in earlier gold' % (aid, pre))
            slug_use[sl].append((aid, tuple(kinds)))
            ev = fct['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: empty evidence for %s' % (aid, sl))
                continue
            for e in ev:
                evs_all.append(e)
                if not isinstance(e, str) or e != e.strip() or not e:
                    err('%s: evidence with outer spaces or empty in %s' % (aid, sl))
                    continue
                if e == lines[0]:
                    continue
                hits = [(l, l.find(e)) for l in body_lines if e in l]
                if not hits:
                    err('%s: evidence not verbatim in headline or body (%s): %r' % (aid, sl, e[:60]))
                    continue
                if not any(sentence_bounded(l, e, i) for l, i in hits):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sl, e[:60]))
                for k in FACT_KINDS:
                    pass
            counts['facts'] += 1
            for k in kinds:
                counts[k] += 1
        if len(prefixes) > 1:
            err('%s: more than one same_as prefix %r' % (aid, prefixes))
        if prefixes:
            key = (org, fold(s['city']), s['start_date'])
            pp = prefixes.pop()
            if prefix_of_summit.setdefault(key, pp) != pp:
                err('%s: the two articles of a summit use different prefixes' % aid)
        for q in a['quotes']:
            marked = mk[0] + q['text'] + mk[1]
            if not any(marked in e for e in evs_all):
                err('%s: quote outside every evidence string: %r' % (aid, q['text'][:50]))
        # page noise holds no gold material
        for q in qtexts + nq:
            if q and q in noise_text:
                err('%s: quote text found in page noise' % aid)
        for e in evs_all:
            if isinstance(e, str) and e and e in noise_text:
                err('%s: evidence found in page noise: %r' % (aid, e[:50]))
        counts['quotes'] += len(qtexts)
        counts['direct'] += sum(1 for q in a['quotes'] if q.get('kind') == 'direct')
        counts['not_quotes'] += len(nq)
        counts['participants'] += len(pkeys)
        print('%-36s body %3d words, file %3d words, %d quotes, %d not_quotes, %d participants, %d facts'
              % (aid, nwords, len(text.split()), len(qtexts), len(nq), len(pkeys), len(a['facts'])))
    if middle_noise < 4:
        err('page noise in the middle of the body in fewer than four articles (%d)' % middle_noise)
    if comment_sections < 4:
        err('reader comment sections in fewer than four articles (%d)' % comment_sections)
    # shape: 5 summits, 3 pairs, 2 singles
    sizes = sorted(len(v) for v in summit_groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 3 pairs and 2 singles, found group sizes %r' % sizes)
    orgs = collections.Counter(k[0] for k in summit_groups)
    if any(v > 2 for v in orgs.values()):
        err('more than two summits of one body')
    pair_of = {}
    for key, group in summit_groups.items():
        for g in group:
            pair_of[g['id']] = key
        if len(group) == 2:
            a1, a2 = group
            if REG[a1['id']]['outlet'] == REG[a2['id']]['outlet']:
                err('pair %r from one outlet' % (key,))
            s1 = {k: v for k, v in a1['summit'].items() if k != 'text_fields'}
            s2 = {k: v for k, v in a2['summit'].items() if k != 'text_fields'}
            if s1 != s2:
                err('pair %r disagrees on summit data' % (key,))
            sh = {f['same_as'] for f in a1['facts']} & {f['same_as'] for f in a2['facts']}
            if len(sh) < 4:
                err('pair %r shares only %d slugs' % (key, len(sh)))
            print('shared %s: %s' % (key[1], ', '.join(sorted(sh))))
    for sl, uses in slug_use.items():
        if len(uses) > 2:
            err('slug %r used in more than two articles' % sl)
        elif len(uses) == 2:
            (i1, k1), (i2, k2) = uses
            if pair_of.get(i1) != pair_of.get(i2) or i1 == i2:
                err('slug %r shared outside one pair' % sl)
            if k1 != k2:
                err('shared slug %r has different kinds %r / %r' % (sl, k1, k2))
    print('totals: %s' % dict(counts))


def main():
    try:
        check()
    except Exception:
        traceback.print_exc()
        print('FAIL: the checker crashed')
        return 1
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e)
        print('FAIL: %d error(s)' % len(ERRORS))
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
