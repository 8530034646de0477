#!/usr/bin/env python3
"""Checker for held-out set heldout108 (written from scratch by the round-108 annotator).
Exits 1 on any error; a crash also exits 1."""
import json, os, re, sys, unicodedata, datetime, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H108_EARLIER', os.path.join(HERE, '..', '..'))
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
"Canberra",
"Salzburg",
"Porto",
"San Salvador",
"Foz do Iguaçu",
"San José",
"Kunming",
"La Paz",
"Batumi",
"Valencia",
"Santa Marta",
"Cardiff",
"Tela",
"Costa del Sol",
"Ankara",
"Playa del Carmen",
"Costa do Sauípe",
"Tarija",
"Bogotá",
"New York",
"Athens",
"Ghent",
"Guatemala City",
"Esquipulas",
"Buenos Aires",
"Bremen",
"Biarritz",
"Khankendi",
"Colonia del Sacramento",
"Managua",
"Tallinn",
"Machu Picchu",
"Nanning",
"Rionegro",
"Conakry",
"Kunming",
"Batumi",
"Valencia",
"Santa Marta",
"Salzburg",
"Porto",
"San Salvador",
"San José"
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
"Alexandria 1964",
"Algiers 2022",
"Alma-Ata 1991",
"Alofi 2008",
"Amman 2001",
"Amsterdam 1997",
"Andorra la Vella 2021",
"Ankara 1992",
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
"Athens 1983",
"Athens 2003",
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
"Batumi 2008",
"Beijing 2012",
"Beijing 2014",
"Beijing 2023",
"Beirut 2002",
"Belgrade 1961",
"Belén 2015",
"Bento Gonçalves 2019",
"Berlin 1999",
"Biarritz 2000",
"Biarritz 2019",
"Birmingham 1998",
"Bishkek 2007",
"Bishkek 2019",
"Bissau 2023",
"Blantyre 1997",
"Bodrum 2014",
"Bogor 1994",
"Bogotá 2011",
"Bonn 1982",
"Borgo Egnazia 2024",
"Brasília 2008",
"Bratislava 2016",
"Bremen 1978",
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
"Buenos Aires 1994",
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
"Cardiff 1998",
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
"Colonia del Sacramento 1994",
"Conakry 1983",
"Coolum 2002",
"Copenhagen 2002",
"Corfu 1994",
"Costa del Sol 1989",
"Costa do Sauípe 2008",
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
"Esquipulas 1986",
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
"Foz do Iguaçu 2010",
"Freetown 1980",
"Funafuti 2019",
"Gabala 2013",
"Gaborone 2015",
"Genoa 2001",
"Georgetown 2024",
"Ghent 2001",
"Gleneagles 2005",
"Goa 2016",
"Gothenburg 2001",
"Goyang 2024",
"Granada 2023",
"Grand Anse 1989",
"Grand Baie 2004",
"Guadalajara 1991",
"Guatemala City 1987",
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
"Khankendi 2025",
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
"Kunming 2005",
"Kuwait City 2013",
"Kuwait City 2017",
"Kyiv 2006",
"L'Aquila 2009",
"La Malbaie 2018",
"La Paz 1990",
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
"Machu Picchu 1990",
"Madang 1995",
"Madrid 1997",
"Madrid 2022",
"Majuro 2013",
"Malabo 2011",
"Malabo 2014",
"Malé 1997",
"Managua 1993",
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
"Nanning 2006",
"Naples 1994",
"Nassau 1985",
"Naypyidaw 2014",
"New Delhi 2015",
"New Delhi 2023",
"New York 2000",
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
"Playa del Carmen 2010",
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
"Porto 2021",
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
"Rionegro 2003",
"Riyadh 2007",
"Riyadh 2011",
"Rome 2002",
"Rome 2021",
"Rostov-on-Don 2010",
"Rovaniemi 2019",
"Salamanca 2005",
"Salzburg 2018",
"Samara 2007",
"Samarkand 2022",
"San Francisco 2023",
"San José 2001",
"San Juan 2010",
"San Miguel de Tucumán 2008",
"San Pedro Sula 2009",
"San Salvador 2011",
"Santa Cruz de la Sierra 1996",
"Santa Fe 2019",
"Santa Maria 2018",
"Santa Maria da Feira 2000",
"Santa Marta 2025",
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
"Tallinn 1990",
"Tampere 1999",
"Taormina 2017",
"Tarawa 2000",
"Tarija 2007",
"Tashkent 2016",
"Tegucigalpa 1991",
"Tehran 2012",
"Tela 1989",
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
"Valencia 2001",
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
}
REG = {
"noise": {
"h108_andean_sucre_tarka": [
"Tarka Wire | Americas | Wednesday, April 23, 1997 21:10 GMT\nBy Anselma Choquehuanca-Prendergast\nUPDATE 1-Adds Caldera remarks, analyst comment, Peru talks",
"PHOTO: Flags of the five member countries hang from a colonial balcony in central Sucre. Tarka Wire/Archive",
"(Reporting by Anselma Choquehuanca-Prendergast; additional reporting by Teodomiro Quisbert-Ashworth in Lima; Editing by Rosalind Okonedo-Pettifer)\nRelated: FACTBOX-How the Andean Pact became a community | Peru weighs its trade options | Colombia's decertification: what it means\nTarka Wire archive. Text digitised from the original wire copy; minor errors may remain. (c) 1997 Tarka Wire. All rights reserved."
],
"h108_andean_sucre_charcas": [
"El Correo de Charcas | English Edition | Thursday, April 24, 1997\nHome | City | Bolivia | Region | Opinion | Archive\nBy Benigna Arancibia-Fairbrother",
"ADVERTISEMENT - Hotel rooms near the Plaza: book early for the July festivities. Call our classifieds desk.",
"COMMENTS (4)\nHugo from Potosi: Finally Sucre gets some attention. Now fix the road to Potosi.\nMarisol_LP: Integration is a nice word. Let us see what happens to the price of sugar.\nabuelo_chuqui: I remember when the Andean Pact was signed. We have been waiting since then.\nJaime R.: The schoolchildren stood in the sun for three hours. Someone should have brought them water.\nRead next: Sucre’s historic centre prepares for festival season | University strike ends after two weeks | Letters to the editor\nEl Correo de Charcas uses cookies to keep you signed in to the archive. By continuing you accept our cookie policy.\n(c) 1997-2024 El Correo de Charcas. Archive edition."
],
"h108_andean_guayaquil_estero": [
"Diario del Estero | Guayaquil | Monday, April 6, 1998\nNews | Port & Business | Coast | Sport | Opinion | Classifieds\nBy Macario Villacres-Thistleton",
"WEATHER: Showers expected over Guayas on Tuesday; the river is forecast to stay high until the weekend. Full forecast on page 14.",
"COMMENTS (5)\nguayaco_1974: Two days of closed streets and sirens. I hope it was worth it.\nCarmita P.: My brother lost his house in Babahoyo. I will believe the credit line when I see it.\nElOroBananero: Speed, speed, speed. The rains do not wait for summits.\nDon Lucho: The Malecon needs a real renovation, not flags for a weekend.\nAndrea V.: Proud of Guayaquil. We showed them a city that keeps working.\nMORE FROM THE COAST: Rains cut the road to Salinas again | Port traffic recovers slowly | How to claim flood relief: your questions answered\nSUBSCRIBE to our morning newsletter for the headlines from the port and the coast.\nDiario del Estero (c) 1998. Digital archive edition; some characters may not display correctly."
],
"h108_andean_guayaquil_charango": [
"Radio Charango Internacional | The Andes Tonight | Sunday, April 5, 1998\nPresented by Florinda Carrion-Aldersley, with Baltazar Yepez-Sutcliffe in Guayaquil\nTRANSCRIPT - This is a rush transcript and may be updated.",
"SPONSOR MESSAGE: The Andes Tonight is brought to you by listeners like you. Call during the break to become a member.",
"END OF TRANSCRIPT\nCOMING UP: Peru's fishing fleet counts the cost of El Nino | Listener mail\nRadio Charango Internacional. Transcripts are provided for reference; the broadcast version is authoritative. Frequently asked: How do I get a recording? Recordings of this programme are available from our archive desk for thirty days after broadcast."
],
"h108_cbss_stralsund_sund": [
"Sundblick Review | Analysis | Friday, June 1, 2012\nBy Ottilie Brandhorst-Weatherill\nReading time: 5 minutes | Share | Print",
"Newsletter: Get Sundblick Review's weekly analysis of politics around the Baltic in your inbox. Sign up free.",
"READERS' COMMENTS (3)\nNordlicht88: Nice words about energy, but my electricity bill keeps rising.\nK. from Rugen: The old town looked beautiful. Pity we could not walk through it for two days.\nbaltic_watcher: A council that meets once a year and issues statements. Useful, perhaps, but hardly urgent.\nRelated: What is the Council of the Baltic Sea States? | Five years of the Baltic Sea action plan | Rugen's ferry links explained\n(c) 2012 Sundblick Review. All rights reserved. Contact: desk@sundblick.example"
],
"h108_cbss_stralsund_haff": [
"Haff & Harbour Weekly | Feature | Thursday, May 31, 2012\nBy Jorunn Stenersen-Lightfoot and Mattis Wollenberg-Crabtree\nYou are reading 1 of 3 free articles this month. Log in or subscribe for unlimited access.",
"PHOTO: Security boats on the Strelasund during the summit. Haff & Harbour Weekly",
"FAQ - How do I report an error? Use the form on our contact page. Can I share this article? Yes, using the share buttons below.\nCOMMENTS (4)\nOstseekind: My grandfather fished here all his life. He would have laughed at the word priority.\nstralsunder_2: The helicopters woke up the whole neighbourhood at six in the morning.\nM. Peters: Good to see the town on the news for something positive.\nGreifswalder: The 2021 target was always too optimistic.\nHaff & Harbour Weekly - independent news from the southern Baltic coast. Privacy | Cookies | Terms"
],
"h108_cbss_kolding_lillebaelt": [
"Lillebaelt Post - English Service | Region | Thursday, April 13, 2000\nSkip to content | Menu | Search | Log in\nBy Sigrun Holmgaard-Pennycook\nUpdated 18:05",
"ALSO ON LILLEBAELT POST: Ferry prices rise on the Als route | Kolding's design school opens new wing | Handball: local side wins derby",
"This article is part of our archive. Subscribers can search more than twenty years of regional reporting.\nLillebaelt Post uses cookies to measure readership. Accept | Settings\n(c) Lillebaelt Post 2000. All rights reserved."
],
"h108_cei_piestany_vah": [
"The Vah Valley Letter | Central Europe | Saturday, November 26, 2005\nHome | Slovakia | Neighbours | Economy | Letters\nBy Zuzana Hrncarikova-Oldcastle\nWeekend edition. This newsletter is free to forward.",
"FROM OUR SPONSOR: Weekend packages at the spa island - thermal baths, mud treatment and dinner from 99 euros. Offer valid until the end of December.",
"LETTERS: Write to us at letters@vahvalley.example. We read everything and publish a selection every Saturday.\nCOMMENTS (3)\nspa_regular: I was there on Friday. The police were friendlier than the waiters.\nBratislavcan: Why Piestany and not Bratislava? Not that I mind.\nJuraj_T: Seventeen countries and one declaration. Somebody had a good lunch at least.\nPrivacy notice: this site uses cookies for basic statistics. You can switch them off in your browser settings.\nThe Vah Valley Letter (c) 2005. Published in Trnava."
]
},
"style": {
"h108_andean_sucre_tarka": "straight",
"h108_andean_sucre_charcas": "curly",
"h108_andean_guayaquil_estero": "curly",
"h108_andean_guayaquil_charango": "straight",
"h108_cbss_stralsund_sund": "straight",
"h108_cbss_stralsund_haff": "curly",
"h108_cbss_kolding_lillebaelt": "straight",
"h108_cei_piestany_vah": "curly"
}
}
STAFF = {"h108_andean_sucre_tarka": ["Teodomiro Quisbert-Ashworth", "Rosalind Okonedo-Pettifer"]}
ORG_NAMES = {"org:andean-community": ["Andean Community"],
             "org:cbss": ["Council of the Baltic Sea States"],
             "org:cei": ["Central European Initiative"]}
ABOUT_START = ("Held-out set round 108 (split=heldout108), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
TOP_KEYS = ["about", "articles"]
ART_KEYS = ["id", "split", "file", "title", "published_at", "authors", "summit", "quotes",
            "not_quotes", "participants", "facts"]
SUMMIT_KEYS = ["organization", "city", "country", "start_date", "end_date", "text_fields"]
QUOTE_KEYS = ["text", "speaker_key", "kind"]
PART_KEYS = ["key", "role", "affiliation"]
FACT_KEYS = ["statement", "kind", "same_as", "evidence"]
FIELDS = ["organization", "city", "country", "start_date", "end_date"]
QUOTE_KINDS = {"direct", "partial"}
FACT_KINDS = {"decision", "reaction", "outcome", "pledge", "membership"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REL0 = ["today", "tonight", "this morning", "this afternoon", "this evening"]
REL1 = ["yesterday", "last night"]
MINW, MAXW = 420, 600

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()

def toks(s):
    return re.findall(r"[a-z0-9]+", fold(s).replace("'", ""))

def has_seq(hay, needle):
    h, n = toks(hay), toks(needle)
    if not n:
        return False
    return any(h[i:i + len(n)] == n for i in range(len(h) - len(n) + 1))

def body_of(text, aid):
    """Text of the headline line removed and every registered noise block removed."""
    nl = text.index('\n')
    rest = text[nl + 1:]
    for b in REG['noise'][aid]:
        if b not in rest:
            err(f"{aid}: noise block not found verbatim: {b[:60]!r}")
            continue
        rest = rest.replace(b, '\n', 1)
    return rest

def noise_of(aid):
    return '\n'.join(REG['noise'][aid])

def iso(s, where):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        err(f"{where}: bad ISO date {s!r}")
        return None

def date_supported(d, pub, text, other=None):
    md = f"{MONTHS[d.month-1]} {d.day}"
    if re.search(r'\b' + re.escape(md) + r'\b', text):
        return True
    if other is not None:
        a, b = sorted([d, other])
        if a.month == b.month:
            for sep in (" and ", " to ", "-"):
                if f"{MONTHS[a.month-1]} {a.day}{sep}{b.day}" in text:
                    return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b' + WEEKDAYS[d.weekday()] + r'\b', text):
        return True
    low = text.lower()
    if delta == 0 and any(re.search(r'\b' + w + r'\b', low) for w in REL0):
        return True
    if delta == 1 and any(re.search(r'\b' + w + r'\b', low) for w in REL1):
        return True
    return False

def main():
    path = os.path.join(HERE, 'heldout108_gold.json')
    raw = open(path, encoding='utf-8').read()
    data = json.loads(raw)
    if list(data.keys()) != TOP_KEYS:
        err(f"top-level keys {list(data.keys())}")
    if not data.get('about', '').startswith(ABOUT_START):
        err("about text does not start with the required sentence")
    arts = data.get('articles', [])
    if len(arts) != 8:
        err(f"expected 8 articles, found {len(arts)}")
    # earlier gold: ids, summits, slugs, prefixes
    earlier_slugs, earlier_prefixes, earlier_ids, earlier_summits = set(), set(), set(), set()
    names = ['facts_gold.json'] + [f'heldout{m}_gold.json' for m in range(5, 108)]
    nfiles = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        nfiles += 1
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            earlier_ids.add(a.get('id'))
            s = a.get('summit') or {}
            earlier_summits.add((s.get('organization'), fold(s.get('city') or ''), (s.get('start_date') or '')[:4]))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if sa:
                    earlier_slugs.add(sa)
                    earlier_prefixes.add(sa.split('-')[0])
    if nfiles == 0:
        err("no earlier gold file found (set H108_EARLIER)")
    avoid = set()
    for c in LISTS['avoid']:
        avoid.add(fold(c))
        m = re.match(r'(.*?)\s*\((.*)\)$', c)
        if m:
            avoid.add(fold(m.group(1))); avoid.add(fold(m.group(2)))
    used = set()
    for cy in LISTS['used']:
        city, yr = cy.rsplit(' ', 1)
        used.add((fold(city), yr))

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = []
    slug_arts = {}
    summit_of = {}
    outlet_of = {}
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err(f"{aid}: article keys {list(a.keys())}")
            continue
        ids.append(aid)
        if not re.fullmatch(r'h108_[a-z]+_[a-z]+_[a-z]+', aid):
            err(f"{aid}: malformed id")
        if aid in earlier_ids:
            err(f"{aid}: id used in earlier gold")
        if a['split'] != 'heldout108':
            err(f"{aid}: split {a['split']}")
        if a['file'] != f"articles/{aid}.txt":
            err(f"{aid}: file {a['file']}")
        fp = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(fp):
            err(f"{aid}: article file missing")
            continue
        text = open(fp, encoding='utf-8').read()
        if aid not in REG['noise']:
            err(f"{aid}: not registered in check.py")
            continue
        style = REG['style'][aid]
        first = text.split('\n', 1)[0]
        if a['title'] != first:
            err(f"{aid}: title differs from the headline line")
        if a['title'] not in text:
            err(f"{aid}: title not verbatim in file")
        body = body_of(text, aid)
        noise = noise_of(aid)
        headbody = first + '\n' + body
        # noise present and varied
        if len(REG['noise'][aid]) < 2:
            err(f"{aid}: fewer than two page-noise blocks")
        if not text.split('\n', 1)[1].startswith(REG['noise'][aid][0]):
            err(f"{aid}: no page noise directly under the headline")
        if not text.rstrip('\n').endswith(REG['noise'][aid][-1]):
            err(f"{aid}: no page noise at the end")
        if len(REG['noise'][aid]) < 3:
            err(f"{aid}: no page noise in the middle of the article")
        # word counts
        nb = len(body.split())
        if not (MINW <= nb <= MAXW):
            err(f"{aid}: body has {nb} words, outside {MINW}-{MAXW}")
        # quote style
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err(f"{aid}: curly marks in a straight article")
            for ln in text.split('\n'):
                if ln.count('"') % 2:
                    err(f"{aid}: odd number of double marks on line {ln[:50]!r}")
        else:
            if '"' in text or "'" in text:
                err(f"{aid}: straight marks in a curly article")
            for ln in text.split('\n'):
                depth = 0
                for ch in ln:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1: err(f"{aid}: nested curly marks in {ln[:50]!r}")
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0: err(f"{aid}: unopened curly mark in {ln[:50]!r}")
                if depth != 0:
                    err(f"{aid}: unclosed curly mark in {ln[:50]!r}")
            if '\u2018' in text:
                err(f"{aid}: opening single curly mark used")
        if re.search('["\u201c\u201d]', first) or re.search('["\u201c\u201d]', noise):
            err(f"{aid}: double quotation mark in headline or page noise")
        # published_at and outlet line
        pub = iso(a['published_at'], aid)
        if pub:
            outlet_line = REG['noise'][aid][0].split('\n')[0]
            want = f"{WEEKDAYS[pub.weekday()]}, {MONTHS[pub.month-1]} {pub.day}, {pub.year}"
            if want not in outlet_line:
                err(f"{aid}: outlet line lacks {want!r}")
            outlet_of[aid] = outlet_line.split('|')[0].strip()
        # authors and staff
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err(f"{aid}: authors malformed")
        for au in a['authors']:
            if au not in noise:
                err(f"{aid}: author {au!r} not in the byline/page noise")
        pkeys = []
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err(f"{aid}: summit keys {list(s.keys())}")
        else:
            if s['organization'] not in ORG_NAMES:
                err(f"{aid}: organisation {s['organization']} not registered")
            sd, ed = iso(s['start_date'], aid), iso(s['end_date'], aid)
            if sd and ed:
                if sd > ed: err(f"{aid}: start after end")
                if (ed - sd).days > 6: err(f"{aid}: summit longer than a week")
                if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                    err(f"{aid}: publication date outside summit window")
            tf = s['text_fields']
            if not tf or [f for f in FIELDS if f in tf] != tf or len(set(tf)) != len(tf):
                err(f"{aid}: text_fields not a subset of the five fields in canonical order: {tf}")
            if 'organization' in tf and s['organization'] in ORG_NAMES:
                if not any(has_seq(headbody, n) for n in ORG_NAMES[s['organization']]):
                    err(f"{aid}: organisation not named in headline/body")
            if 'city' in tf and not has_seq(headbody, s['city']):
                err(f"{aid}: city {s['city']} not in headline/body")
            if 'country' in tf and not has_seq(headbody, s['country']):
                err(f"{aid}: country {s['country']} not in headline/body")
            if sd and ed and pub:
                if 'start_date' in tf and not date_supported(sd, pub, headbody, ed):
                    err(f"{aid}: start date not recoverable from text")
                if 'end_date' in tf and not date_supported(ed, pub, headbody, sd):
                    err(f"{aid}: end date not recoverable from text")
            fc = fold(s['city'])
            if fc in avoid:
                err(f"{aid}: city {s['city']} is on the avoid list")
            if sd and (fc, str(sd.year)) in used:
                err(f"{aid}: city and year {s['city']} {sd.year} already used")
            if sd and (s['organization'], fc, str(sd.year)) in earlier_summits:
                err(f"{aid}: summit already in earlier gold")
            city_part = aid.split('_')[2]
            if city_part != re.sub(r'[^a-z]', '', fold(s['city'])):
                err(f"{aid}: city part of id does not match the city")
            summit_of[aid] = (s['organization'], s['city'], s['start_date'], s['end_date'], s['country'])
        # participants
        parts = a['participants']
        for p in parts:
            if list(p.keys()) != PART_KEYS:
                err(f"{aid}: participant keys {list(p.keys())}"); continue
            k = p['key']
            pkeys.append(k)
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err(f"{aid}: malformed participant key {k}")
                continue
            name = k.split(':', 1)[1].replace('-', ' ')
            if not has_seq(headbody, name):
                err(f"{aid}: participant {k} not named in headline/body")
            if has_seq(noise, name):
                err(f"{aid}: participant {k} named in page noise")
            if not p['role'] or not p['affiliation']:
                err(f"{aid}: empty role/affiliation for {k}")
            for v in (p['role'], p['affiliation']):
                if style == 'straight' and '\u2019' in v: err(f"{aid}: curly apostrophe in straight article field {v!r}")
                if style == 'curly' and "'" in v: err(f"{aid}: straight apostrophe in curly article field {v!r}")
            for nm in a['authors'] + STAFF.get(aid, []):
                if fold(nm).replace(' ', '-').replace("'", '') == k.split(':', 1)[1]:
                    err(f"{aid}: author or credited staff {nm} listed as participant")
        if len(set(pkeys)) != len(pkeys):
            err(f"{aid}: duplicate participant keys")
        for nm in STAFF.get(aid, []):
            if nm not in noise:
                err(f"{aid}: credited staff {nm} not in page noise")
        # quotes
        positions = []
        spans = []
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err(f"{aid}: quote keys {list(q.keys())}"); continue
            if q['kind'] not in QUOTE_KINDS:
                err(f"{aid}: bad quote kind {q['kind']}")
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk)):
                err(f"{aid}: speaker {sk} is neither a participant nor an organisation key")
            if q['text'] not in text:
                err(f"{aid}: quote not verbatim in file: {q['text'][:50]!r}")
            if q['text'] in noise:
                err(f"{aid}: quote found in page noise: {q['text'][:50]!r}")
            o, c = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
            marked = o + q['text'] + c
            idx = [m.start() for m in re.finditer(re.escape(marked), headbody)]
            if not idx:
                err(f"{aid}: quote not found with its marks in the body: {q['text'][:50]!r}")
            else:
                positions.append(idx[0]); spans.append(q['text'])
        if positions != sorted(positions):
            err(f"{aid}: quotes not in text order")
        nq = []
        for n in a['not_quotes']:
            nq.append(n if isinstance(n, str) else n.get('text', ''))
        # every quoted span annotated
        pat = r'"([^"\n]*)"' if style == 'straight' else '\u201c([^\u201d\n]*)\u201d'
        found = re.findall(pat, headbody)
        annotated = spans + nq
        for sp in found:
            if sp in annotated:
                annotated.remove(sp)
            else:
                err(f"{aid}: quoted span not annotated: {sp[:50]!r}")
        if annotated:
            err(f"{aid}: annotated quotes not matched to spans: {annotated}")
        # facts
        ev_all = []
        local_slugs = set()
        prefix = None
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                err(f"{aid}: fact keys {list(f.keys())}"); continue
            if not f['statement'].strip():
                err(f"{aid}: empty statement")
            k = f['kind']
            if not isinstance(k, list) or not k or len(set(k)) != len(k) or not set(k) <= FACT_KINDS:
                err(f"{aid}: bad fact kind {k}")
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z]+', sa):
                err(f"{aid}: malformed same_as {sa!r}")
            else:
                pre = sa.split('-')[0]
                if prefix is None: prefix = pre
                elif pre != prefix: err(f"{aid}: more than one slug prefix")
                if aid in summit_of and pre[-2:] != summit_of[aid][2][2:4]:
                    err(f"{aid}: prefix {pre} does not end with the summit year")
                if sa in earlier_slugs: err(f"{aid}: slug {sa} used in earlier gold")
                if pre in earlier_prefixes: err(f"{aid}: prefix {pre} used in earlier gold")
                if sa in local_slugs: err(f"{aid}: slug {sa} repeated in article")
                local_slugs.add(sa)
                slug_arts.setdefault(sa, []).append((aid, tuple(k)))
            if not f['evidence']:
                err(f"{aid}: fact without evidence")
            for e in f['evidence']:
                ev_all.append(e)
                if e != e.strip():
                    err(f"{aid}: evidence with outer spaces")
                if e not in text:
                    err(f"{aid}: evidence not verbatim in file: {e[:60]!r}")
                elif e not in headbody:
                    err(f"{aid}: evidence not in headline/body: {e[:60]!r}")
                if e in noise:
                    err(f"{aid}: evidence found in page noise: {e[:60]!r}")
                if e != first:
                    i = headbody.find(e)
                    if i > 0:
                        before = headbody[:i]
                        if not (before.endswith('\n') or re.search(r'[.?!]["\u201d]? $', before) or re.search(r'[A-Z-]+: $', before)):
                            err(f"{aid}: evidence does not start at a sentence start: {e[:60]!r}")
                        after = headbody[i + len(e):]
                        if not (after.startswith('\n') or after == '' ) or not re.search(r'[.?!]["\u201d]?$|[.,]["\u201d]$', e):
                            if not (after.startswith(' ') and re.search(r'[.?!]["\u201d]?$', e)):
                                err(f"{aid}: evidence does not end at a sentence end: {e[-60:]!r}")
        for sp in spans:
            o, c = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
            if not any((o + sp + c) in e for e in ev_all):
                err(f"{aid}: quote outside every evidence string: {sp[:50]!r}")
    # files vs entries
    want = sorted(i + '.txt' for i in ids)
    if txt_files != want:
        err(f"article files {txt_files} do not match entries {want}")
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    # pairs and singles
    groups = {}
    for aid, sm in summit_of.items():
        groups.setdefault((sm[0], sm[1], sm[2]), []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err(f"summit group sizes {sizes}, expected three pairs and two singles")
    bodies = {}
    for key, v in groups.items():
        bodies[key[0]] = bodies.get(key[0], 0) + 1
        if len(v) == 2:
            a1, a2 = v
            if summit_of[a1] != summit_of[a2]:
                err(f"pair {v} disagrees on summit data")
            if outlet_of.get(a1) == outlet_of.get(a2):
                err(f"pair {v} from one outlet")
    if len(bodies) < 3:
        err(f"only {len(bodies)} bodies used")
    if any(n > 2 for n in bodies.values()):
        err(f"more than two summits of one body: {bodies}")
    pair_of = {}
    for v in groups.values():
        for x in v:
            pair_of[x] = tuple(sorted(v))
    for sa, lst in slug_arts.items():
        arts_ = sorted(x[0] for x in lst)
        if len(arts_) == 2:
            if pair_of.get(arts_[0]) != tuple(arts_):
                err(f"slug {sa} shared by articles that are not one pair: {arts_}")
            if lst[0][1] != lst[1][1]:
                err(f"slug {sa} has different kinds in the pair: {lst}")
        elif len(arts_) > 2:
            err(f"slug {sa} in more than two articles")
    for v in groups.values():
        if len(v) == 2:
            shared = [sa for sa, lst in slug_arts.items() if len(lst) == 2 and lst[0][0] in v]
            if len(shared) < 5:
                err(f"pair {v} shares only {len(shared)} slugs")
            print(f"pair {v}: {len(shared)} shared slugs")
    for a in arts:
        if 'quotes' in a:
            print(f"{a['id']}: quotes {len(a['quotes'])}, not_quotes {len(a['not_quotes'])}, "
                  f"participants {len(a['participants'])}, facts {len(a['facts'])}")

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
    print('OK: heldout108 passes')
