#!/usr/bin/env python3
"""Checker for the held-out set heldout98 (written by the annotator of that set).

Run: python3 check.py   (exits 1 on any error; a crash also exits non-zero)
Environment: H98_EARLIER may point at the folder holding the earlier gold files
(facts_gold.json, heldoutM_gold.json); by default ../../ from this file's folder.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H98_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
ROUND = 98
SPLIT = 'heldout98'
ABOUT_START = ("Held-out set round 98 (split=heldout98), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")

REGISTRY = {'h98_eu_hanover_garganey': {'noise': ['Explainer: What is the ECU? The European Currency Unit is a basket '
                                       'of Community currencies, weighted by the size of each economy. It is '
                                       'used in the Community’s accounts and increasingly in bond markets, '
                                       'but no one carries it in a wallet.',
                                       'Explainer: What is the EMS? The European Monetary System, set up in '
                                       '1979, links most Community currencies in an exchange rate mechanism. '
                                       'Sterling is a member of the system but stays outside the mechanism.',
                                       'Garganey Economic Review is published weekly. Subscriptions and back '
                                       'issues: write to the circulation department.',
                                       'More analysis: Sterling and the ERM, the case for waiting | Bonn’s '
                                       'budget and the Bundesbank | Farm prices after Brussels',
                                       '(c) 1988 Garganey Economic Review. Archive edition; figures are as '
                                       'published and have not been updated.'],
                             'staff': [],
                             'style': 'curly'},
 'h98_eu_hanover_slaney': {'noise': ['Picture: The summit venue in Hanover during a break in the talks. '
                                     'Picture by Herald staff.',
                                     'Letters to the Editor: write to the Editor, The Slaney Herald, Main '
                                     'Street. Letters may be shortened.',
                                     'Also in this edition: Mart prices steady in Enniscorthy | County final '
                                     'fixtures | Ferry sailings from Rosslare for the summer',
                                     'Classified: For sale, Massey Ferguson 135, good condition, offers. Box '
                                     '114.',
                                     'The Slaney Herald. Archive edition reproduced from the printed page. '
                                     '(c) 1988 The Slaney Herald.'],
                           'staff': [],
                           'style': 'straight'},
 'h98_eu_sibiu_cibin': {'noise': ['We use cookies to improve your experience on our site. By continuing to '
                                  'browse you accept our cookie policy. Accept | Manage settings',
                                  'Photo: Leaders cross the Large Square on their way to the family photo on '
                                  'Thursday. Cibin Courier/Staff',
                                  'Comments (4)',
                                  'andrei_sb: Beautiful pictures of our city. Shame the fences went up a '
                                  'whole week early.',
                                  'TransilvanianVoter: Ten promises and not one about roads. We still have '
                                  'no motorway to Pitesti.',
                                  'm.popa: Proud day for Sibiu. The organisation was perfect, say what you '
                                  'like.',
                                  'expat_in_hermannstadt: Lovely day but the buses were a disaster, it took '
                                  'me an hour to get home to Turnisor.',
                                  'Get the Cibin Courier morning briefing in your inbox. Sign up',
                                  '(c) 2019 Cibin Courier, Sibiu. All rights reserved. | Contact | Advertise '
                                  '| Privacy'],
                        'staff': [],
                        'style': 'curly'},
 'h98_eu_sibiu_wallcreeper': {'noise': ['PHOTO: Leaders pose for the family photo in the old town of Sibiu, '
                                        'Romania, May 9, 2019. Wallcreeper/Staff',
                                        '(Reporting by Jorrit Veldkamp-Mawdesley; Editing by Donncha '
                                        'Quiggin-Brocklebank)',
                                        "Related: EU election explainer: how the parliament's seats are won "
                                        "| Brexit delay: what happens before October | Romania's presidency "
                                        'at the halfway mark',
                                        "Sign up for the Europe Daily newsletter: the day's top EU stories "
                                        'in your inbox every morning.',
                                        'Wallcreeper Wire. Market data delayed by at least 15 minutes. (c) '
                                        '2019 Wallcreeper Wire. All rights reserved.'],
                              'staff': ['Donncha Quiggin-Brocklebank'],
                              'style': 'straight'},
 'h98_mercosur_fortaleza_jangada': {'noise': ['FAQ: What is Mercosur?',
                                              'Who are the members? Argentina, Brazil, Paraguay and Uruguay, '
                                              'which signed the Treaty of Asuncion in 1991.',
                                              'What is an associate member? A country that has a free trade '
                                              'agreement with the bloc but does not apply its common '
                                              'external tariff.',
                                              'When did the customs union start? On January 1, 1995, with '
                                              'lists of exceptions that are to be phased out.',
                                              'Related: Port of Pecem: a progress report | Cashew exports '
                                              'reach record | Fortaleza hotels report a strong December',
                                              'Reader comments (2)',
                                              'joao_aldeota: Nice to see Fortaleza on the map for once. The '
                                              'avenue was closed for three days though.',
                                              'marcia.lima: Good for the shoe sector. Now let us see the '
                                              'money for the new port.',
                                              'Jangada Coast Review, Fortaleza. (c) 1996 Jangada Coast '
                                              'Review. All rights reserved. Letters: editor at '
                                              'jangadacoast.example'],
                                    'staff': [],
                                    'style': 'straight'},
 'h98_mercosur_olivos_camalote': {'noise': ['Subscriber edition. This article is free to read for registered '
                                            'users. Log in | Register',
                                            'Read also: Soy harvest forecast raised in Mato Grosso | '
                                            'Uruguayan banks report deposit outflows | Container rates on '
                                            'the Parana waterway',
                                            'Comments (3)',
                                            'pmoreira_rs: The tribunal will take years to ratify. By then '
                                            'the crisis will be over or we will all be in it.',
                                            'exportadora_uy: Colonia is right. Nobody in our sector has been '
                                            'paid on time since December.',
                                            'gaucho_trader: Good to see the neighbours turn up. Now we need '
                                            'the banks to open.',
                                            'Camalote Business Report is a weekly service for subscribers in '
                                            'Argentina, Brazil, Paraguay and Uruguay. (c) 2002 Camalote '
                                            'Business Report. Reproduction prohibited without permission.'],
                                  'staff': [],
                                  'style': 'curly'},
 'h98_oas_puntadeleste_hornero': {'noise': ['[END OF TRANSCRIPT]',
                                            'Coming up at 21:00: Music from the River Plate, with the '
                                            'Montevideo municipal band.',
                                            'About these transcripts',
                                            'How were these transcripts made? From the broadcast recordings '
                                            'held in the station library, typed by volunteers and checked '
                                            'against the tape.',
                                            'Can I reuse a transcript? Short extracts may be quoted with '
                                            'credit to the station. For longer use, write to the archive '
                                            'desk.',
                                            'Why are some words missing? Short-wave recordings from the '
                                            'period are sometimes damaged; gaps are marked where the tape '
                                            'cannot be heard.',
                                            'Radio Hornero archive. Transcripts are prepared from the '
                                            'broadcast recording and may contain errors. (c) 1967 Radio '
                                            'Hornero.'],
                                  'staff': [],
                                  'style': 'curly'},
 'h98_oas_puntadeleste_waccamaw': {'noise': ['Digitized from microfilm, page 1-C. Clipping tools: Save | '
                                             'Print | Share',
                                             '[Photo caption from the original page: The conference hall at '
                                             'Punta del Este on the opening day. Wirephoto.]',
                                             "Readers' comments on this archive page (3)",
                                             'R. Pettijohn: My father was a radio engineer at that '
                                             'conference. He kept the press badge for the rest of his life.',
                                             'genealogy_jan: Does anyone know whether a full list of the '
                                             'delegations was printed the following week?',
                                             'M. Echols: Interesting to read this next to what actually '
                                             'happened to trade in the region in the seventies.',
                                             'The Waccamaw Ledger Archive. Reproduced from microfilm; OCR '
                                             'errors may occur. Copyright 1967 The Waccamaw Ledger.'],
                                   'staff': [],
                                   'style': 'straight'}}
AVOID = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua',
 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku',
 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu',
 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha',
 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm',
 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw',
 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul',
 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo',
 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau',
 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing',
 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha',
 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen',
 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén',
 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama',
 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing',
 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone',
 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk',
 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis',
 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka',
 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat',
 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar',
 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków',
 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala',
 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves',
 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)',
 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca',
 'Thessaloniki (Porto Carras, Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé',
 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez',
 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou',
 'Maastricht', 'Potrero de los Funes', 'Subic Bay', 'Kroměříž', 'Yalta', 'Chaguaramas', 'Ocho Rios',
 'Punta Mita', 'Libreville', 'Praia', 'Naples', 'Venice', 'Koror', 'Inshas', 'Ottawa', 'Corfu', 'Windsor',
 'Amsterdam', 'Tucumán', 'Munich', 'Berlin', 'Milan', 'Las Leñas', "Nuku'alofa", 'Jeddah', 'Kinshasa',
 'Grand Anse', 'Paracas', 'Panama City', 'Bridgetown', 'Port Louis', 'Cochabamba', 'Bodrum', 'Kazan',
 'Gyeongju', 'Tarawa', 'Apia', 'Basseterre', 'Versailles', 'Nice', 'Fontainebleau', 'Toronto',
 'Florianópolis', 'Luxembourg', 'Tampere', 'Salamanca', 'Paraná', 'Maseru', 'Alexandria', 'Freetown',
 'Bujumbura', 'Burabay', 'Mogadishu', 'Belgrade', 'Essen', 'Vienna', 'Dublin', 'Trujillo', 'Dorado',
 'Port Vila', 'Paramaribo', 'Nadi', "St John's", 'Viskuli', 'Rio de Janeiro', 'Livingstone', 'Mar del Plata',
 'Shusha', 'Rambouillet', 'Florence', 'Strasbourg', 'Cannes', 'Porlamar']
USED = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022',
 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011',
 'Al-Ula 2021', 'Alexandria 1964', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001',
 'Amsterdam 1997', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2017', 'Apia 2024',
 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Auckland 1995', 'Awaza 2021',
 'Baghdad 2012', 'Baghdad 2025', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986',
 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Basseterre 2006',
 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belgrade 1961', 'Belén 2015',
 'Bento Gonçalves 2019', 'Berlin 1999', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019',
 'Bissau 2023', 'Blantyre 1997', 'Bodrum 2014', 'Bogor 1994', 'Bonn 1982', 'Borgo Egnazia 2024',
 'Brasília 2008', 'Bratislava 2016', 'Bridgetown 2002', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017',
 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006',
 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 2018', 'Buenos Aires 2023',
 'Bujumbura 2023', 'Burabay 2015', 'Busan 2005', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013',
 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Cancún 2017', 'Cannes 1995', 'Cannes 2011',
 'Caracas 2011', 'Carbis Bay 2021', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007',
 'Chaguaramas 1973', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cochabamba 2012', 'Cologne 1999',
 'Colombo 2013', 'Colombo 2022', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Cotonou 1995', 'Cádiz 2012',
 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015',
 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005',
 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dorado 1976',
 'Dublin 1990', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997',
 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Essen 1994', 'Evian 2003', 'Fez 1982',
 'Florence 1996', 'Florianópolis 2000', 'Fontainebleau 1984', 'Fort Lauderdale 2005', 'Fortaleza 2014',
 'Freetown 1980', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024',
 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Anse 1989',
 'Grand Baie 2004', 'Guadalajara 1991', 'Gyeongju 2025', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016',
 'Hanoi 2004', 'Hanoi 2010', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007',
 'Helsinki 1999', 'Hiroshima 2023', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010',
 'Inshas 1946', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016',
 'Jakarta 2023', 'Jeddah 2022', 'Jeddah 2023', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025',
 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014',
 'Kazan 2005', 'Kazan 2024', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022',
 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 1967', 'Kinshasa 2009', 'Kinshasa 2012', 'Kiruna 2013',
 'Koror 2014', 'Kraków 2021', 'Kroměříž 2004', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015',
 'Kuala Lumpur 2025', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018',
 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Las Leñas 1992', 'Libreville 1983', 'Lilongwe 2021',
 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007',
 'Lisbon 2010', 'Livingstone 2011', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009',
 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Lusaka 2007',
 'Luxembourg 1997', 'Lyon 1996', 'Maastricht 1991', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013',
 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017',
 'Maputo 2003', 'Mar del Plata 2005', 'Mar del Plata 2010', 'Maseru 2006', 'Mbabane 2016', 'Mecca 2012',
 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017',
 'Mexico City 2021', 'Miami 1994', 'Milan 1985', 'Milan 2014', 'Minsk 1993', 'Mogadishu 1974', 'Moncton 1999',
 'Monrovia 2017', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010',
 'Moscow 2003', 'Moscow 2024', 'Munich 1992', 'Muscat 2008', "N'Djamena 2014", 'Nadi 2006', 'Nago 2000',
 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014',
 'New Delhi 2015', 'New Delhi 2023', 'Newport 2014', 'Niamey 2019', 'Nice 2000', 'Nizhny Novgorod 2011',
 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2007", "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022',
 'Nuuk 2011', 'Ocho Rios 1982', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Ottawa 1973', 'Ouagadougou 1998',
 'Ouro Preto 1994', 'Panama City 2000', 'Panama City 2015', 'Paracas 2015', 'Paramaribo 2022', 'Paranal 2012',
 'Paraná 2014', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022',
 'Pittsburgh 2009', 'Pohnpei 2016', 'Porlamar 2016', 'Port Louis 1976', 'Port Moresby 2015',
 'Port Moresby 2018', 'Port Vila 2010', 'Port of Spain 2009', 'Port of Spain 2023', 'Porto 1998',
 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017',
 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014',
 'Putrajaya 2003', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969',
 'Rambouillet 1975', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022',
 'Rio de Janeiro 2023', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Riyadh 2007', 'Riyadh 2011',
 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Salamanca 2005', 'Samara 2007',
 'Samarkand 2022', 'San Francisco 2023', 'San Juan 2010', 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009',
 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santiago 1998', 'Santiago 2007',
 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993',
 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008',
 'Sharm el-Sheikh 2015', 'Shima 2016', 'Shusha 2024', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018',
 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', "St John's 2014", 'St Petersburg 2002',
 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Strasbourg 1997', 'Strasbourg 2009',
 'Subic Bay 1996', 'Suva 2022', 'Sydney 2007', 'São Tomé 2023', 'Tampere 1999', 'Taormina 2017',
 'Tarawa 2000', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'The Hague 2004', 'The Hague 2025',
 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022',
 'Toronto 1988', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Trujillo 1996', 'Tunis 2004', 'Tunis 2019',
 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valletta 2005', 'Valletta 2015',
 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014', 'Versailles 1982', 'Victoria Falls 2009', 'Vienna 1993',
 'Vientiane 2016', 'Vientiane 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991',
 'Viskuli 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008',
 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Williamsburg 1983', 'Wilmington 2024',
 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998', 'Yamoussoukro 2014',
 'Yaoundé 1996', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010',
 'Yokohama 2013']

ALLOWED_BODIES = {
    'org:eu': 'eu', 'org:eec': 'eec', 'org:council-of-europe': 'coe', 'org:osce': 'osce', 'org:csce': 'csce',
    'org:nordic-council': 'nordic', 'org:visegrad-group': 'visegrad', 'org:cis': 'cis', 'org:csto': 'csto',
    'org:sco': 'sco', 'org:brics': 'brics', 'org:g7': 'g7', 'org:g8': 'g8', 'org:g20': 'g20',
    'org:nato': 'nato', 'org:mercosur': 'mercosur', 'org:celac': 'celac',
    'org:summit-of-the-americas': 'americas', 'org:oas': 'oas', 'org:caricom': 'caricom', 'org:sica': 'sica',
    'org:andean-community': 'andean', 'org:ibero-american-summit': 'ibero'}
ORG_NAMES = {
    'org:eu': ['European Union', 'European Council', 'European Community', 'EU', 'EC'],
    'org:oas': ['Organization of American States', 'OAS'],
    'org:mercosur': ['Mercosur', 'Southern Common Market'],
}
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'pledge', 'outcome', 'membership', 'reaction'}
TITLE_WORDS = {'president', 'prime', 'minister', 'chancellor', 'king', 'queen', 'mr', 'mrs', 'ms', 'dr',
               'sir', 'general', 'secretary', 'taoiseach', 'senator', 'governor', 'mayor', 'sheikh', 'emir'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
REL0 = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
REL1 = ['yesterday', 'last night']
SURNAME_EXEMPT = {'may'}  # a surname that is also a month name

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    for a, b in (('\u00f8', 'o'), ('\u00e6', 'ae'), ('\u00df', 'ss'), ('\u0142', 'l'), ('\u00f0', 'd')):
        s = s.replace(a, b)
    s = s.lower()
    s = re.sub(r"(?<=[a-z0-9])'(?=[a-z0-9])", '', s)
    return s


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def has_seq(hay_tokens, needle_tokens):
    n = len(needle_tokens)
    if n == 0:
        return False
    for i in range(len(hay_tokens) - n + 1):
        if hay_tokens[i:i + n] == needle_tokens:
            return True
    return False


def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)$', entry)
    if not m:
        return [entry]
    return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]


def load_earlier():
    ids, summits, slugs, prefixes = set(), [], set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 97)]
    opened = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        opened += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) and 'articles' in d else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []) or []:
                sa = f.get('same_as')
                if isinstance(sa, str) and sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    if opened == 0:
        err('no earlier gold file found under %s' % EARLIER)
    return ids, summits, slugs, prefixes, opened


def parse_date(s, what):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (what, s))
        return None


def date_supported(d, pub, text):
    month_day = [r'\b%s %d\b' % (MONTHS[d.month - 1], d.day),
                 r'\b%s \d{1,2} (?:to|and|-) %d\b' % (MONTHS[d.month - 1], d.day)]
    for pat in month_day:
        if re.search(pat, text):
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], text):
        return True
    low = text.lower()
    if delta == 0 and any(re.search(r'\b%s\b' % w, low) for w in REL0):
        return True
    if delta == 1 and any(re.search(r'\b%s\b' % w, low) for w in REL1):
        return True
    return False


def sentence_bounded(ev, line, headline, is_headline):
    if is_headline:
        return ev == headline
    starts = [m.start() for m in re.finditer(re.escape(ev), line)]
    for s in starts:
        e = s + len(ev)
        pre = line[:s]
        ok_start = (s == 0 or re.search(r'[.?!]["\u201d]? $', pre) is not None
                    or re.fullmatch(r'[A-Z][A-Z .\'\u2019-]+: ', pre) is not None)
        last = ev[-1]
        ok_end_char = last in '.?!' or (last in '"\u201d' and len(ev) > 1 and ev[-2] in '.?!')
        ok_end = (e == len(line)) or (ok_end_char and line[e] == ' ')
        if e == len(line) and not (ok_end_char or last.isalnum()):
            ok_end = False
        if ok_start and ok_end:
            return True
    return False


def main():
    names = sorted(os.listdir(HERE))
    gold_path = os.path.join(HERE, 'heldout%d_gold.json' % ROUND)
    gold = json.load(open(gold_path, encoding='utf-8'))
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('there must be exactly 8 articles')
    e_ids, e_summits, e_slugs, e_prefixes, n_opened = load_earlier()
    avoid_forms = set()
    for c in AVOID:
        for f in city_forms(c):
            avoid_forms.add(fold(f))
    used_pairs = set()
    for cy in USED:
        m = re.match(r'^(.*) (\d{4})$', cy)
        if not m:
            err('bad used entry %r' % cy)
            continue
        for f in city_forms(m.group(1)):
            used_pairs.add((fold(f), m.group(2)))
    for (o, c, s) in e_summits:
        if c and s:
            used_pairs.add((fold(c), s[:4]))

    txt_files = sorted(n for n in names if n.endswith('.txt'))
    ids_seen = set()
    slug_articles = {}
    per_article = {}
    top_noise = mid_noise = end_noise = 0
    comment_articles = 0
    for a in arts:
        if not isinstance(a, dict):
            err('article entry not an object')
            continue
        if list(a.keys()) != ARTICLE_KEYS:
            err('%s: article keys %s' % (a.get('id'), list(a.keys())))
            continue
        aid = a['id']
        if not isinstance(aid, str) or not re.fullmatch(r'h98_[a-z]+_[a-z]+_[a-z]+', aid):
            err('bad id %r' % aid)
            continue
        if aid in ids_seen:
            err('%s: duplicate id' % aid)
        ids_seen.add(aid)
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if aid not in REGISTRY:
            err('%s: id not registered in check.py' % aid)
            continue
        reg = REGISTRY[aid]
        if a['split'] != SPLIT:
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in %s/articles' % (aid, EARLIER))
        raw = open(path, encoding='utf-8').read()
        lines = raw.rstrip('\n').split('\n')
        if len(lines) < 8 or lines[4] != '':
            err('%s: header must be four lines and a blank fifth line' % aid)
            continue
        headline = lines[0]
        # types
        for k in ['title', 'published_at']:
            if not isinstance(a[k], str) or not a[k]:
                err('%s: %s must be a non-empty string' % (aid, k))
        for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
            if not isinstance(a[k], list):
                err('%s: %s must be a list' % (aid, k))
        if a['title'] != headline:
            err('%s: title differs from the headline' % aid)
        if a['title'] not in raw:
            err('%s: title not in file' % aid)
        pub = parse_date(a['published_at'], aid + ' published_at')
        # noise registry
        noise = reg['noise']
        noise_idx = []
        j = 5
        for nl in noise:
            while j < len(lines) and lines[j] != nl:
                j += 1
            if j >= len(lines):
                err('%s: registered noise line not found in order: %r' % (aid, nl[:60]))
                break
            noise_idx.append(j)
            j += 1
        noise_set = set(noise_idx)
        body_idx = [i for i in range(5, len(lines)) if i not in noise_set and lines[i].strip()]
        if not body_idx:
            err('%s: no body' % aid)
            continue
        first_b, last_b = body_idx[0], body_idx[-1]
        if any(i < first_b for i in noise_idx):
            top_noise += 1
        if any(first_b < i < last_b for i in noise_idx):
            mid_noise += 1
        if any(i > last_b for i in noise_idx):
            end_noise += 1
        else:
            err('%s: no page noise after the body' % aid)
        noise_lines = [lines[i] for i in noise_idx] + lines[1:4]
        body_lines = [lines[i] for i in body_idx]
        body_text = '\n'.join(body_lines)
        hb_text = headline + '\n' + body_text
        hb_tokens = tokens(hb_text)
        words = len(body_text.split())
        if not 420 <= words <= 600:
            err('%s: body has %d words (420-600)' % (aid, words))
        # comments
        ncom = 0
        for k, i in enumerate(noise_idx):
            m = re.search(r'comments[^()]*\((\d+)\)', lines[i], re.I)
            if m:
                want = int(m.group(1))
                got = 0
                for i2 in noise_idx[k + 1:]:
                    if re.match(r'^[A-Za-z0-9_. -]+: \S', lines[i2]):
                        got += 1
                    else:
                        break
                if got != want:
                    err('%s: comment section announces %d comments, has %d' % (aid, want, got))
                ncom = max(ncom, got)
        if ncom >= 2:
            comment_articles += 1
        # outlet line and byline
        outlet_line = lines[1]
        outlet = outlet_line.split(' | ')[0]
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            want = '%s, %s %d, %d' % (wd, MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (aid, want))
            for w in WEEKDAYS:
                if w != wd and w in outlet_line:
                    err('%s: other weekday on outlet line' % aid)
        if not a['authors']:
            err('%s: no authors' % aid)
        for au in a['authors']:
            if au not in lines[2]:
                err('%s: author %r not in byline' % (aid, au))
        for st in reg['staff']:
            if not any(st in nl for nl in noise_lines):
                err('%s: credited staff %r not in page noise' % (aid, st))
        # quote style
        style = reg['style']
        for i, l in enumerate(lines):
            if style == 'straight':
                if any(c in l for c in '\u201c\u201d\u2018\u2019'):
                    err('%s: curly mark in straight article, line %d' % (aid, i + 1))
                if l.count('"') % 2:
                    err('%s: odd number of double marks, line %d' % (aid, i + 1))
            else:
                if '"' in l or "'" in l:
                    err('%s: straight mark in curly article, line %d' % (aid, i + 1))
                if '\u2018' in l:
                    err('%s: opening single curly mark, line %d' % (aid, i + 1))
                depth = 0
                for c in l:
                    if c == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks, line %d' % (aid, i + 1))
                    elif c == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark, line %d' % (aid, i + 1))
                            depth = 0
                if depth:
                    err('%s: unclosed curly mark, line %d' % (aid, i + 1))
        OPEN, CLOSE = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        for l in [headline] + noise_lines:
            if any(c in l for c in '"\u201c\u201d'):
                err('%s: double quotation mark in headline or page noise: %r' % (aid, l[:60]))
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys' % aid)
            continue
        org = s['organization']
        if org not in ALLOWED_BODIES:
            err('%s: organization %r not among the allowed bodies' % (aid, org))
        elif aid.split('_')[1] != ALLOWED_BODIES[org] and not (org == 'org:oas' and aid.split('_')[1] == 'oas'):
            err('%s: id body part does not match %s' % (aid, org))
        city, country = s['city'], s['country']
        if aid.split('_')[2] != re.sub(r'[^a-z]', '', fold(city)):
            err('%s: id city part does not match %r' % (aid, city))
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: published_at outside start .. end+21 days' % aid)
        if fold(city) in avoid_forms:
            err('%s: city %r is on the avoid list' % (aid, city))
        if sd and (fold(city), str(sd.year)) in used_pairs:
            err('%s: city and year %s %d already used' % (aid, city, sd.year))
        if (org, city, s['start_date']) in set(e_summits):
            err('%s: summit already in earlier gold' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in TEXT_FIELDS for f in tf) \
                or tf != [f for f in TEXT_FIELDS if f in tf]:
            err('%s: text_fields must be a non-empty subset of the five fields in order' % aid)
            tf = [f for f in TEXT_FIELDS if f in (tf or [])]
        if 'city' in tf and not has_seq(hb_tokens, tokens(city)):
            err('%s: city not in the text' % aid)
        if 'country' in tf and not has_seq(hb_tokens, tokens(country)):
            err('%s: country not in the text' % aid)
        if 'organization' in tf:
            if not any(has_seq(hb_tokens, tokens(n)) for n in ORG_NAMES.get(org, [])):
                err('%s: organization not named in the text' % aid)
        for f, d in (('start_date', sd), ('end_date', ed)):
            if f in tf and d and pub and not date_supported(d, pub, hb_text):
                err('%s: %s not recoverable from the text' % (aid, f))
        # participants
        pkeys = []
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys' % aid)
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(?:-[a-z0-9]+)*', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            toks = k.split(':', 1)[1].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: key starts with a title %s' % (aid, k))
            if not has_seq(hb_tokens, toks):
                err('%s: name of %s not in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
            for au in a['authors'] + reg['staff']:
                if has_seq(tokens(au), toks) or has_seq(toks, tokens(au)):
                    err('%s: author or credited staff %s listed as participant' % (aid, k))
        # quotes
        last_pos = -1
        marked = []
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys' % aid)
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(?:-[a-z0-9]+)*', sk)):
                err('%s: speaker %r is neither a participant nor an org key' % (aid, sk))
            if q['text'] not in raw:
                err('%s: quote not in file: %r' % (aid, q['text'][:50]))
            m = OPEN + q['text'] + CLOSE
            marked.append(m)
            pos = body_text.find(m, last_pos + 1)
            if pos < 0:
                err('%s: quote with marks not found in body in text order: %r' % (aid, q['text'][:50]))
            else:
                last_pos = pos
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or OPEN + nq + CLOSE not in body_text:
                err('%s: not_quote not in body: %r' % (aid, nq))
        spans = re.findall(re.escape(OPEN) + '([^' + re.escape(OPEN + CLOSE) + ']*)' + re.escape(CLOSE), body_text)
        ann = [q['text'] for q in a['quotes'] if isinstance(q, dict)] + list(a['not_quotes'])
        if sorted(spans) != sorted(ann):
            err('%s: quoted spans of the body and annotations differ: %s' % (aid, sorted(set(spans) ^ set(ann))))
        # facts
        prefixes = set()
        slugs_here = []
        all_ev = []
        yy = s['start_date'][2:4]
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys' % aid)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) \
                    or any(k not in FACT_KINDS for k in kinds):
                err('%s: bad fact kind %r' % (aid, kinds))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z0-9]+(?:-[a-z0-9]+)*', sa):
                err('%s: bad same_as %r' % (aid, sa))
                continue
            if sa in slugs_here:
                err('%s: same_as repeated in article: %s' % (aid, sa))
            slugs_here.append(sa)
            pref = sa.split('-')[0]
            prefixes.add(pref)
            if not pref.endswith(yy):
                err('%s: prefix %s does not end in the summit year %s' % (aid, pref, yy))
            if sa in e_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sa))
            if pref in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pref))
            slug_articles.setdefault(sa, []).append((aid, tuple(kinds) if isinstance(kinds, list) else ()))
            if not isinstance(f['evidence'], list) or not f['evidence']:
                err('%s: %s has no evidence' % (aid, sa))
                continue
            for ev in f['evidence']:
                all_ev.append(ev)
                if not isinstance(ev, str) or not ev or ev != ev.strip():
                    err('%s: %s: evidence empty or with outer spaces' % (aid, sa))
                    continue
                if ev not in raw:
                    err('%s: %s: evidence not in file: %r' % (aid, sa, ev[:60]))
                    continue
                if ev == headline:
                    continue
                hit = [l for l in body_lines if ev in l]
                if not hit:
                    err('%s: %s: evidence not in the body (page noise?): %r' % (aid, sa, ev[:60]))
                    continue
                if not any(sentence_bounded(ev, l, headline, False) for l in hit):
                    err('%s: %s: evidence is not sentence-bounded: %r' % (aid, sa, ev[:60]))
        if len(prefixes) != 1:
            err('%s: %d same_as prefixes' % (aid, len(prefixes)))
        for m in marked:
            if not any(m in ev for ev in all_ev if isinstance(ev, str)):
                err('%s: quote outside every evidence string: %r' % (aid, m[:50]))
        # page noise must not carry gold material
        for nl in noise_lines:
            fl = fold(nl)
            ft = tokens(nl)
            for q in a['quotes']:
                if fold(q['text']).strip(' ,.') and fold(q['text']).strip(' ,.') in fl:
                    err('%s: quote text in page noise' % aid)
            for ev in all_ev:
                if isinstance(ev, str) and ev != headline and fold(ev) in fl:
                    err('%s: evidence in page noise' % aid)
            for k in pkeys:
                toks = k.split(':', 1)[1].split('-')
                if has_seq(ft, toks):
                    err('%s: participant name %s in page noise' % (aid, k))
                if toks[-1] not in SURNAME_EXEMPT and toks[-1] in ft:
                    err('%s: participant surname %s in page noise: %r' % (aid, toks[-1], nl[:60]))
        per_article[aid] = dict(summit=(org, city, s['start_date']), full=dict(s), outlet=outlet,
                                prefix=(sorted(prefixes) or [''])[0], q=len(a['quotes']),
                                nq=len(a['not_quotes']), p=len(a['participants']), f=len(a['facts']),
                                words=words, file_words=len(raw.split()))
    # files present
    entry_files = sorted(i + '.txt' for i in ids_seen)
    if txt_files != entry_files:
        err('txt files %s and entries %s differ' % (txt_files, entry_files))
    extra = [n for n in names if n not in txt_files and n not in ('heldout98_gold.json', 'check.py', '__pycache__')]
    if extra:
        err('unexpected files in the folder: %s' % extra)
    # shape
    by_summit = {}
    for aid, d in per_article.items():
        by_summit.setdefault(d['summit'], []).append(aid)
    sizes = sorted(len(v) for v in by_summit.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('shape must be 3 pairs and 2 singles, got %s' % sizes)
    bodies = {}
    for (o, c, sd_) in by_summit:
        bodies[o] = bodies.get(o, 0) + 1
    if len(bodies) < 3 or max(bodies.values()) > 2:
        err('need at least three bodies and at most two summits per body: %s' % bodies)
    pref_summit = {}
    for summit, aids in by_summit.items():
        prefs = set(per_article[x]['prefix'] for x in aids)
        if len(prefs) != 1:
            err('summit %s uses prefixes %s' % (summit, prefs))
        for p in prefs:
            if p in pref_summit and pref_summit[p] != summit:
                err('prefix %s shared by two summits' % p)
            pref_summit[p] = summit
        if len(aids) == 2:
            x, y = aids
            if per_article[x]['outlet'] == per_article[y]['outlet']:
                err('pair %s from one outlet' % summit)
            fx = dict(per_article[x]['full']); fy = dict(per_article[y]['full'])
            fx.pop('text_fields'); fy.pop('text_fields')
            if fx != fy:
                err('pair %s disagrees on summit data' % (summit,))
    pair_of = {}
    for summit, aids in by_summit.items():
        for x in aids:
            pair_of[x] = tuple(sorted(aids))
    shared = {}
    for sa, occ in slug_articles.items():
        arts_ = sorted(set(x for x, _ in occ))
        if len(occ) > 2:
            err('same_as %s occurs in %d articles' % (sa, len(occ)))
        elif len(occ) == 2:
            if len(arts_) != 2 or pair_of.get(arts_[0]) != tuple(arts_):
                err('same_as %s shared outside a pair: %s' % (sa, arts_))
            elif set(occ[0][1]) != set(occ[1][1]):
                err('same_as %s has different kinds in the pair' % sa)
            else:
                shared.setdefault(tuple(arts_), []).append(sa)
    for summit, aids in by_summit.items():
        if len(aids) == 2 and len(shared.get(tuple(sorted(aids)), [])) < 5:
            err('pair %s shares fewer than 5 slugs' % (summit,))
    if top_noise < 2 or mid_noise < 2 or end_noise < 2:
        err('page noise placement: top %d, middle %d, end %d (want 2 or more each)' % (top_noise, mid_noise, end_noise))
    if comment_articles < 2:
        err('fewer than two articles carry a reader comment section with several comments')
    # report
    print('earlier gold files read: %d' % n_opened)
    for aid in sorted(per_article):
        d = per_article[aid]
        print('%-34s q=%d nq=%d p=%d f=%d body=%d file=%d' % (aid, d['q'], d['nq'], d['p'], d['f'], d['words'], d['file_words']))
    for k, v in sorted(shared.items()):
        print('shared %s: %d %s' % (' + '.join(k), len(v), ' '.join(sorted(v))))


if __name__ == '__main__':
    try:
        main()
    except Exception as ex:  # a crash counts as an error
        import traceback
        traceback.print_exc()
        errors.append('crash: %r' % ex)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout98 passes')
    sys.exit(0)
