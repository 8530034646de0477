#!/usr/bin/env python3
"""Checker for held-out set heldout110 (split=heldout110).

Run: python3 check.py   (exits 0 when everything passes, 1 on any error or crash).
The environment variable H110_EARLIER may point at the folder holding the earlier gold
files (facts_gold.json and heldoutM_gold.json for M = 5 to 109); by default it is ../..
relative to this file, i.e. tests/gold while the set sits in tests/gold/pending/heldout110.
Earlier gold files are opened by exact name only.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H110_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout110_gold.json')
ABOUT_START = ('Held-out set round 110 (split=heldout110), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

# ---- registered data -------------------------------------------------------------
AVOID_CITIES = ['Astana',
 'Paris',
 'Reykjavik',
 'Sanya',
 'Kathmandu',
 'San Pedro Sula',
 'Majuro',
 'Abuja',
 'Nusa Dua',
 'Bali',
 'Johannesburg',
 'Nairobi',
 'Kuwait City',
 'Windhoek',
 'Cadiz',
 'Caracas',
 'Sharm el-Sheikh',
 'Baku',
 'Ulaanbaatar',
 'Mecca',
 'Tehran',
 'Dushanbe',
 'Asunción',
 'Vilnius',
 'Prague',
 'Bangkok',
 'Cairo',
 'Cebu',
 'Veracruz',
 'Antananarivo',
 'Chisinau',
 'Sochi',
 'Kiruna',
 'Addu City',
 'Rancho Mirage',
 'Arusha',
 'New Delhi',
 "Xi'an",
 'Goyang',
 'Islamabad',
 'Kigali',
 'Warsaw',
 'Port of Spain',
 'Tokyo',
 'Stockholm',
 'Dili',
 'Accra',
 'Yekaterinburg',
 'Puerto Iguazú',
 'Valletta',
 'Tashkent',
 'Mexico City',
 'Naypyidaw',
 'Algiers',
 'Harare',
 'Yerevan',
 'Auckland',
 'Niamey',
 'Madrid',
 'Miami',
 'Suva',
 'Camp David',
 'Istanbul',
 'Djerba',
 'Lima',
 'Washington',
 'Thimphu',
 'Santo Domingo',
 'Manama',
 'Lilongwe',
 'Huntsville',
 'Maputo',
 'Samara',
 'Putrajaya',
 'Puerto Vallarta',
 'Toyako',
 'Damascus',
 'Dhaka',
 'Monterrey',
 'Brussels',
 'Elmau',
 'Phnom Penh',
 'Rovaniemi',
 'Colombo',
 'Djibouti',
 'Monrovia',
 'Bratislava',
 'Cancún',
 'Coolum',
 'Beijing',
 'Beirut',
 'Genoa',
 'Malabo',
 'Bandar Seri Begawan',
 'Brasília',
 'Alma-Ata (Almaty)',
 'Doha',
 'Rarotonga (Avarua)',
 'Durban',
 'Ouro Preto',
 'Banjul',
 'Vientiane',
 'Santiago',
 'Luanda',
 'Copenhagen',
 'Vancouver',
 'Khartoum',
 'Baghdad',
 'Rome',
 'Bishkek',
 'Birmingham',
 'Budapest',
 'Addis Ababa',
 'Belén',
 'Singapore',
 'London',
 'Helsinki',
 'Córdoba',
 'Victoria Falls',
 'Labuan Bajo',
 'Kuala Lumpur',
 'Yokohama',
 'Montreux',
 'Edinburgh',
 'Nouakchott',
 'Visegrád',
 'Shanghai',
 'Puerto Varas',
 'Cholpon-Ata',
 'Nanjing',
 'Bogor',
 'Denver',
 'Lomé',
 'Ushuaia',
 'Rostov-on-Don',
 'Lyon',
 'Quebec City',
 'Hanoi',
 'Gaborone',
 'Santa Fe',
 'Barcelona',
 'Cairns',
 'Sirte',
 'Quito',
 'Riga',
 'Seattle',
 "N'Djamena",
 'Khanty-Mansiysk',
 'Muscat',
 'Montego Bay',
 'Houston',
 'Nassau',
 'Amman',
 'Seoul',
 'Lusaka',
 'Halifax',
 'Gothenburg',
 'Tunis',
 'Hua Hin',
 'Cha-am',
 'Mendoza',
 'Havana',
 'Lisbon',
 'Alofi',
 'Ouagadougou',
 'St Petersburg',
 'Osaka',
 'Riyadh',
 'The Hague',
 'Blantyre',
 'Santa Cruz de la Sierra',
 'Bucharest',
 'Bariloche',
 'Bamako',
 'Ashgabat',
 'Malé',
 'Kananaskis',
 'Tirana',
 'Montevideo',
 'Abidjan',
 'Jakarta',
 'Nuuk',
 'Manila',
 'Georgetown',
 'Dakar',
 'Nizhny Novgorod',
 'Antigua Guatemala',
 'Cali',
 'Santa Maria (Sal)',
 'Melbourne',
 'Visby',
 'Kraków',
 'Kingstown',
 'Cartagena',
 'Nakhchivan',
 'Entebbe',
 'Lahore',
 'Bissau',
 'Port Moresby',
 'Kampala',
 'Abu Dhabi',
 'Cologne',
 'Tripoli',
 'Los Cabos',
 'Pretoria',
 'Dar es Salaam',
 'Dubrovnik',
 'Bento Gonçalves',
 'Oslo',
 'Siem Reap',
 'Moscow',
 'Dead Sea (Sweimeh)',
 'Montreal',
 'Moncton',
 'Awaza (Turkmenbashi)',
 'Pohnpei (Palikir)',
 'Medellín',
 'Limassol',
 'Punta Cana',
 'Yamoussoukro',
 'Bonn',
 'Casablanca',
 'Thessaloniki (Porto Carras, Halkidiki)',
 'San Juan',
 'Mbabane',
 'Minsk',
 'Paranal',
 'São Tomé',
 'Tegucigalpa',
 'Ljubljana',
 'Seville',
 'Kingston',
 'Pattaya',
 'Rabat',
 'Lagos',
 'Williamsburg',
 'Fez',
 'Kyiv',
 'Bangalore',
 'Grand Baie',
 'Guadalajara',
 'Yaoundé',
 'Fort Lauderdale',
 'Gabala',
 'Cotonou',
 'Maastricht',
 'Potrero de los Funes',
 'Subic Bay',
 'Kroměříž',
 'Yalta',
 'Chaguaramas',
 'Ocho Rios',
 'Punta Mita',
 'Libreville',
 'Praia',
 'Naples',
 'Venice',
 'Koror',
 'Inshas',
 'Ottawa',
 'Corfu',
 'Windsor',
 'Amsterdam',
 'Tucumán',
 'Munich',
 'Berlin',
 'Milan',
 'Las Leñas',
 "Nuku'alofa",
 'Jeddah',
 'Kinshasa',
 'Grand Anse',
 'Paracas',
 'Panama City',
 'Bridgetown',
 'Port Louis',
 'Cochabamba',
 'Bodrum',
 'Kazan',
 'Gyeongju',
 'Tarawa',
 'Apia',
 'Basseterre',
 'Versailles',
 'Nice',
 'Fontainebleau',
 'Toronto',
 'Florianópolis',
 'Luxembourg',
 'Tampere',
 'Salamanca',
 'Paraná',
 'Maseru',
 'Alexandria',
 'Freetown',
 'Bujumbura',
 'Burabay',
 'Mogadishu',
 'Belgrade',
 'Essen',
 'Vienna',
 'Dublin',
 'Trujillo',
 'Dorado',
 'Port Vila',
 'Paramaribo',
 'Nadi',
 "St John's",
 'Viskuli',
 'Rio de Janeiro',
 'Livingstone',
 'Mar del Plata',
 'Shusha',
 'Rambouillet',
 'Florence',
 'Strasbourg',
 'Cannes',
 'Porlamar',
 'Sibiu',
 'Punta del Este',
 'Hanover',
 'Olivos',
 'Fortaleza',
 'Madang',
 'Sydney',
 'Villers-Cotterêts',
 'Taif',
 'Wellington',
 'Montebello',
 'Stuttgart',
 'Santa Maria da Feira',
 'Jeju',
 'Busan',
 'Estoril',
 'Andorra la Vella',
 'Honiara',
 'Port-au-Prince',
 'Canberra',
 'Salzburg',
 'Porto',
 'San Salvador',
 'Foz do Iguaçu',
 'San José',
 'Kunming',
 'La Paz',
 'Batumi',
 'Valencia',
 'Santa Marta',
 'Cardiff',
 'Tela',
 'Costa del Sol',
 'Ankara',
 'Playa del Carmen',
 'Costa do Sauípe',
 'Tarija',
 'Bogotá',
 'New York',
 'Athens',
 'Ghent',
 'Guatemala City',
 'Esquipulas',
 'Buenos Aires',
 'Bremen',
 'Biarritz',
 'Khankendi',
 'Colonia del Sacramento',
 'Managua',
 'Tallinn',
 'Machu Picchu',
 'Nanning',
 'Rionegro',
 'Conakry',
 'Kunming',
 'Batumi',
 'Valencia',
 'Santa Marta',
 'Salzburg',
 'Porto',
 'San Salvador',
 'San José',
 'Sucre',
 'Guayaquil',
 'Stralsund',
 'Kolding',
 'Piešťany',
 'Piestany',
 'Lahti',
 'Pörtschach',
 'Portschach',
 'Luque',
 'Gros Islet']
USED_CITY_YEARS = ['Abidjan 2012',
 'Abidjan 2017',
 'Abu Dhabi 1981',
 'Abuja 2019',
 'Abuja 2024',
 'Accra 2022',
 'Addis Ababa 2007',
 'Addis Ababa 2017',
 'Addis Ababa 2024',
 'Addis Ababa 2025',
 'Addu City 2011',
 'Al-Ula 2021',
 'Alexandria 1964',
 'Algiers 2022',
 'Alma-Ata 1991',
 'Alofi 2008',
 'Amman 2001',
 'Amsterdam 1997',
 'Andorra la Vella 2021',
 'Ankara 1992',
 'Antalya 2015',
 'Antananarivo 2016',
 'Antigua Guatemala 2013',
 'Apia 2017',
 'Apia 2024',
 'Arusha 2016',
 'Ashgabat 2021',
 'Astana 2017',
 'Astana 2024',
 'Asunción 2015',
 'Athens 1983',
 'Athens 2003',
 'Auckland 1995',
 'Awaza 2021',
 'Baghdad 2012',
 'Baghdad 2025',
 'Baku 2019',
 'Bamako 2017',
 'Bandar Seri Begawan 2013',
 'Bangalore 1986',
 'Bangkok 2022',
 'Bangkok 2025',
 'Banjul 2024',
 'Barcelona 2005',
 'Bariloche 2009',
 'Basseterre 2006',
 'Batumi 2008',
 'Beijing 2012',
 'Beijing 2014',
 'Beijing 2023',
 'Beirut 2002',
 'Belgrade 1961',
 'Belén 2015',
 'Bento Gonçalves 2019',
 'Berlin 1999',
 'Biarritz 2000',
 'Biarritz 2019',
 'Birmingham 1998',
 'Bishkek 2007',
 'Bishkek 2019',
 'Bissau 2023',
 'Blantyre 1997',
 'Bodrum 2014',
 'Bogor 1994',
 'Bogotá 2011',
 'Bonn 1982',
 'Borgo Egnazia 2024',
 'Brasília 2008',
 'Bratislava 2016',
 'Bremen 1978',
 'Bridgetown 2002',
 'Brisbane 2014',
 'Brussels 2016',
 'Brussels 2017',
 'Brussels 2018',
 'Brussels 2019',
 'Brussels 2021',
 'Brussels 2022',
 'Brussels 2023',
 'Bucharest 2006',
 'Bucharest 2008',
 'Bucharest 2018',
 'Budapest 1994',
 'Buenos Aires 1994',
 'Buenos Aires 2018',
 'Buenos Aires 2023',
 'Bujumbura 2023',
 'Burabay 2015',
 'Busan 2005',
 'Busan 2019',
 'Bürgenstock 2024',
 'Cairns 2009',
 'Cairo 2024',
 'Cali 2013',
 'Cali 2017',
 'Camp David 2012',
 'Camp David 2023',
 'Canberra 1983',
 'Cancún 2017',
 'Cannes 1995',
 'Cannes 2011',
 'Caracas 2011',
 'Carbis Bay 2021',
 'Cardiff 1998',
 'Cartagena 2012',
 'Cartagena 2016',
 'Casablanca 1989',
 'Cebu 2007',
 'Chaguaramas 1973',
 'Chicago 2012',
 'Chisinau 2023',
 'Cholpon-Ata 2018',
 'Cochabamba 2012',
 'Cologne 1999',
 'Colombo 2013',
 'Colombo 2022',
 'Colonia del Sacramento 1994',
 'Conakry 1983',
 'Coolum 2002',
 'Copenhagen 2002',
 'Corfu 1994',
 'Costa del Sol 1989',
 'Costa do Sauípe 2008',
 'Cotonou 1995',
 'Cádiz 2012',
 'Córdoba 2006',
 'Da Nang 2017',
 'Dakar 2008',
 'Dakar 2021',
 'Damascus 2008',
 'Dar es Salaam 2015',
 'Dar es Salaam 2019',
 'Dead Sea 2017',
 'Deauville 2011',
 'Denver 1997',
 'Dhahran 2018',
 'Dhaka 2005',
 'Diamniadio 2014',
 'Dili 2014',
 'Djerba 2022',
 'Djibouti 2023',
 'Doha 2007',
 'Doha 2013',
 'Dorado 1976',
 'Dublin 1990',
 'Dubrovnik 2016',
 'Durban 1999',
 'Durban 2013',
 'Dushanbe 2019',
 'Edinburgh 1997',
 'Elmau 2015',
 'Elmau 2022',
 'Enniskillen 2013',
 'Entebbe 2024',
 'Esquipulas 1986',
 'Essen 1994',
 'Estoril 2009',
 'Evian 2003',
 'Fez 1982',
 'Florence 1996',
 'Florianópolis 2000',
 'Fontainebleau 1984',
 'Fort Lauderdale 2005',
 'Fortaleza 1996',
 'Fortaleza 2014',
 'Foz do Iguaçu 2010',
 'Freetown 1980',
 'Funafuti 2019',
 'Gabala 2013',
 'Gaborone 2015',
 'Genoa 2001',
 'Georgetown 2024',
 'Ghent 2001',
 'Gleneagles 2005',
 'Goa 2016',
 'Gothenburg 2001',
 'Goyang 2024',
 'Granada 2023',
 'Grand Anse 1989',
 'Grand Baie 2004',
 'Gros Islet 2019',
 'Guadalajara 1991',
 'Guatemala City 1987',
 'Guayaquil 1998',
 'Gyeongju 2025',
 'Halifax 1995',
 'Hamburg 2017',
 'Hangzhou 2016',
 'Hanoi 2004',
 'Hanoi 2010',
 'Hanover 1988',
 'Harare 2024',
 'Havana 2006',
 'Havana 2014',
 'Heiligendamm 2007',
 'Helsinki 1999',
 'Hiroshima 2023',
 'Honiara 2025',
 'Honolulu 2011',
 'Houston 1990',
 'Hua Hin 2009',
 'Huntsville 2010',
 'Inshas 1946',
 'Islamabad 2017',
 'Istanbul 2004',
 'Istanbul 2016',
 'Istanbul 2021',
 'Jakarta 2016',
 'Jakarta 2023',
 'Jeddah 2022',
 'Jeddah 2023',
 'Jeju 2009',
 'Johannesburg 2015',
 'Johannesburg 2023',
 'Johannesburg 2025',
 'Kampala 2007',
 'Kampala 2010',
 'Kampala 2024',
 'Kananaskis 2002',
 'Kananaskis 2025',
 'Kathmandu 2014',
 'Kazan 2005',
 'Kazan 2024',
 'Khankendi 2025',
 'Khanty-Mansiysk 2008',
 'Khartoum 2006',
 'Kigali 2016',
 'Kigali 2022',
 'Kingston 1975',
 'Kingstown 2024',
 'Kinshasa 1967',
 'Kinshasa 2009',
 'Kinshasa 2012',
 'Kiruna 2013',
 'Kolding 2000',
 'Koror 2014',
 'Kraków 2021',
 'Kroměříž 2004',
 'Kuala Lumpur 1998',
 'Kuala Lumpur 2005',
 'Kuala Lumpur 2015',
 'Kuala Lumpur 2025',
 'Kunming 2005',
 'Kuwait City 2013',
 'Kuwait City 2017',
 'Kyiv 2006',
 "L'Aquila 2009",
 'La Malbaie 2018',
 'La Paz 1990',
 'Labuan Bajo 2023',
 'Lagos 1975',
 'Lahore 1974',
 'Lahti 2006',
 'Las Leñas 1992',
 'Libreville 1983',
 'Lilongwe 2021',
 'Lima 2008',
 'Lima 2016',
 'Lima 2018',
 'Lima 2024',
 'Limassol 1993',
 'Lisbon 1996',
 'Lisbon 2007',
 'Lisbon 2010',
 'Livingstone 2011',
 'Ljubljana 2019',
 'Lomé 2000',
 'London 1990',
 'London 2009',
 'London 2018',
 'Los Angeles 2022',
 'Los Cabos 2002',
 'Los Cabos 2012',
 'Luanda 2023',
 'Luque 2018',
 'Luque 2022',
 'Lusaka 2007',
 'Luxembourg 1997',
 'Lyon 1996',
 'Maastricht 1991',
 'Machu Picchu 1990',
 'Madang 1995',
 'Madrid 1997',
 'Madrid 2022',
 'Majuro 2013',
 'Malabo 2011',
 'Malabo 2014',
 'Malé 1997',
 'Managua 1993',
 'Manama 2016',
 'Manama 2024',
 'Manila 2015',
 'Manila 2017',
 'Maputo 2003',
 'Mar del Plata 2005',
 'Mar del Plata 2010',
 'Maseru 2006',
 'Mbabane 2016',
 'Mecca 2012',
 'Mecca 2019',
 'Medellín 2019',
 'Melbourne 1981',
 'Melbourne 2024',
 'Mendoza 2012',
 'Mendoza 2017',
 'Mexico City 2021',
 'Miami 1994',
 'Milan 1985',
 'Milan 2014',
 'Minsk 1993',
 'Mogadishu 1974',
 'Moncton 1999',
 'Monrovia 2017',
 'Montebello 1981',
 'Montego Bay 2018',
 'Monterrey 2004',
 'Montevideo 2024',
 'Montreal 2019',
 'Montreux 2010',
 'Moscow 2003',
 'Moscow 2024',
 'Munich 1992',
 'Muscat 2008',
 "N'Djamena 2014",
 'Nadi 2006',
 'Nago 2000',
 'Nairobi 2016',
 'Nakhchivan 2009',
 'Nanjing 2009',
 'Nanning 2006',
 'Naples 1994',
 'Nassau 1985',
 'Naypyidaw 2014',
 'New Delhi 2015',
 'New Delhi 2023',
 'New York 2000',
 'Newport 2014',
 'Niamey 2019',
 'Nice 2000',
 'Nizhny Novgorod 2011',
 'Nouakchott 2016',
 'Nouakchott 2018',
 "Nuku'alofa 2007",
 "Nuku'alofa 2024",
 'Nusa Dua 2011',
 'Nusa Dua 2022',
 'Nuuk 2011',
 'Ocho Rios 1982',
 'Olivos 2002',
 'Osaka 1995',
 'Osaka 2019',
 'Oslo 2023',
 'Ottawa 1973',
 'Ouagadougou 1998',
 'Ouro Preto 1994',
 'Panama City 2000',
 'Panama City 2015',
 'Paracas 2015',
 'Paramaribo 2022',
 'Paranal 2012',
 'Paraná 2014',
 'Paris 2008',
 'Pattaya 2009',
 'Perth 2011',
 'Phnom Penh 2012',
 'Phnom Penh 2022',
 'Piešťany 2005',
 'Pittsburgh 2009',
 'Playa del Carmen 2010',
 'Pohnpei 2016',
 'Porlamar 2016',
 'Port Louis 1976',
 'Port Moresby 2015',
 'Port Moresby 2018',
 'Port Vila 2010',
 'Port of Spain 2009',
 'Port of Spain 2023',
 'Port-au-Prince 2018',
 'Porto 1998',
 'Porto 2021',
 'Potrero de los Funes 1996',
 'Prague 2002',
 'Prague 2016',
 'Praia 1998',
 'Pretoria 2017',
 'Puerto Iguazú 2023',
 'Puerto Vallarta 2018',
 'Puerto Varas 2016',
 'Punta Cana 2017',
 'Punta Mita 2014',
 'Punta del Este 1967',
 'Putrajaya 2003',
 'Pörtschach 1998',
 'Qingdao 2018',
 'Quebec City 2001',
 'Quebec City 2008',
 'Quito 2016',
 'Rabat 1969',
 'Rambouillet 1975',
 'Rancho Mirage 2016',
 'Rarotonga 2023',
 'Reykjavik 2023',
 'Riga 2006',
 'Riga 2022',
 'Rio de Janeiro 2023',
 'Rio de Janeiro 2024',
 'Rio de Janeiro 2025',
 'Rionegro 2003',
 'Riyadh 2007',
 'Riyadh 2011',
 'Rome 2002',
 'Rome 2021',
 'Rostov-on-Don 2010',
 'Rovaniemi 2019',
 'Salamanca 2005',
 'Salzburg 2018',
 'Samara 2007',
 'Samarkand 2022',
 'San Francisco 2023',
 'San José 2001',
 'San Juan 2010',
 'San Miguel de Tucumán 2008',
 'San Pedro Sula 2009',
 'San Salvador 2011',
 'Santa Cruz de la Sierra 1996',
 'Santa Fe 2019',
 'Santa Maria 2018',
 'Santa Maria da Feira 2000',
 'Santa Marta 2025',
 'Santiago 1998',
 'Santiago 2007',
 'Santiago 2013',
 'Santo Domingo 2023',
 'Sanya 2011',
 'Sanya 2016',
 'Sea Island 2004',
 'Seattle 1993',
 'Seoul 2000',
 'Seoul 2010',
 'Seville 2002',
 'Shanghai 2001',
 'Shanghai 2006',
 'Sharm el-Sheikh 2008',
 'Sharm el-Sheikh 2015',
 'Shima 2016',
 'Shusha 2024',
 'Sibiu 2019',
 'Siem Reap 2018',
 'Singapore 2007',
 'Singapore 2018',
 'Sirte 2009',
 'Sirte 2010',
 'Sochi 2019',
 'Sofia 2018',
 "St John's 2014",
 'St Petersburg 2002',
 'St Petersburg 2006',
 'St Petersburg 2013',
 'Stockholm 2019',
 'Stralsund 2012',
 'Strasbourg 1997',
 'Strasbourg 2009',
 'Stuttgart 1983',
 'Subic Bay 1996',
 'Sucre 1997',
 'Suva 2022',
 'Sydney 1978',
 'Sydney 2007',
 'São Tomé 2023',
 'Taif 1981',
 'Tallinn 1990',
 'Tampere 1999',
 'Taormina 2017',
 'Tarawa 2000',
 'Tarija 2007',
 'Tashkent 2016',
 'Tegucigalpa 1991',
 'Tehran 2012',
 'Tela 1989',
 'The Hague 2004',
 'The Hague 2025',
 'Thessaloniki 2003',
 'Thimphu 2010',
 'Tianjin 2025',
 'Tirana 2022',
 'Tokyo 2015',
 'Tokyo 2022',
 'Toronto 1988',
 'Toronto 2010',
 'Toyako 2008',
 'Tripoli 2010',
 'Trujillo 1996',
 'Tunis 2004',
 'Tunis 2019',
 'Tunis 2022',
 'Ufa 2015',
 'Ulaanbaatar 2016',
 'Ushuaia 1998',
 'Valencia 2001',
 'Valletta 2005',
 'Valletta 2015',
 'Vancouver 1997',
 'Venice 1980',
 'Veracruz 2014',
 'Versailles 1982',
 'Victoria Falls 2009',
 'Vienna 1993',
 'Vientiane 2016',
 'Vientiane 2024',
 'Villers-Cotterêts 2024',
 'Vilnius 2013',
 'Vilnius 2023',
 'Visby 1996',
 'Visegrád 1991',
 'Viskuli 1991',
 'Vladivostok 2012',
 'Warsaw 2016',
 'Warsaw 2023',
 'Washington 1999',
 'Washington 2008',
 'Washington 2022',
 'Washington 2024',
 'Watford 2019',
 'Wellington 1971',
 'Williamsburg 1983',
 'Wilmington 2024',
 'Windhoek 2018',
 'Windsor 2000',
 "Xi'an 2023",
 'Xiamen 2017',
 'Yalta 1998',
 'Yamoussoukro 2014',
 'Yaoundé 1996',
 'Yaren 2018',
 'Yekaterinburg 2009',
 'Yerevan 2018',
 'Yerevan 2022',
 'Yokohama 2010',
 'Yokohama 2013']
NOISE = {'h110_arctic_fairbanks_chena': ['Chena Valley Radio | The Northern Desk | Friday, May 12, 2017',
                                 'Hosted by Britt Vanderpool-Okpik, with Anatoly Bakulin-Tuttle reporting '
                                 'from the university campus',
                                 'Listen live | Podcasts | Program schedule | Transcripts | Become a member',
                                 '[Underwriting: Support for The Northern Desk comes from members of Chena '
                                 'Valley Radio. Thank you.]',
                                 '[END OF TRANSCRIPT]',
                                 'Listener questions: How can I hear this segment again? Segments go up on '
                                 'our podcast feed within a day of broadcast. Can I reuse this transcript? '
                                 'Yes, with credit to Chena Valley Radio. Are transcripts edited? Lightly, '
                                 'for clarity only.',
                                 'Chena Valley Radio is listener-supported public media for the Tanana '
                                 'Valley. (c) 2017 Chena Valley Radio.'],
 'h110_arctic_fairbanks_sastrugi': ['Sastrugi Review | Analysis | Monday, May 15, 2017',
                                    'By Liesl Solbakken-Mellor',
                                    'Reading time: 5 minutes | Share: Email | LinkedIn | Twitter | Print',
                                    'Subscribe to Sastrugi Review for weekly analysis of polar politics, '
                                    'shipping and science. First month free. | Already a subscriber? Log in',
                                    'Frequently asked: What is the Arctic Council? An intergovernmental '
                                    'forum of eight states and six indigenous peoples’ organisations, '
                                    'founded in 1996. Does it make binding law? Only through separate '
                                    'agreements such as those signed in 2011, 2013 and 2017.',
                                    'About Sastrugi Review: independent analysis of the polar regions, '
                                    'published weekly from Tromso. (c) 2017 Sastrugi Review. Corrections: '
                                    'desk@sastrugireview.example'],
 'h110_arctic_iqaluit_koojesse': ['The Koojesse Ledger | News | Monday, April 27, 2015',
                                  'By Kallak Ipeelie-Fawcett',
                                  'Home | News | Politics | Arts | Sports | Obituaries | Classifieds | '
                                  'Weather: -9C, light snow',
                                  'Photo: Delegations gather for the group photograph outside the meeting '
                                  'venue on Friday. Ledger photo by Elisapee Angnakak-Rawnsley',
                                  'Comments (5)',
                                  'arcticfox_iq: Proud of our town. The volunteers at the airport did an '
                                  'amazing job in the cold.',
                                  'NanuqDad: Too bad the Russian minister skipped it. He would have liked '
                                  'the char chowder at the legion.',
                                  'sewingcircle79: Well said about the seal ban. Europe should come and see '
                                  'how we live.',
                                  'TundraTom: Housing, housing, housing. Everything else is talk.',
                                  'k_smith_apex: Does anyone know if the road closures near the airport are '
                                  'over?',
                                  'Sign up for the Ledger’s weekly newsletter and get Nunavut news in your '
                                  'inbox every Monday morning. Enter your email | Subscribe',
                                  'The Koojesse Ledger is an independent newspaper serving Iqaluit and the '
                                  'Baffin region. (c) 2015 The Koojesse Ledger. Letters to the editor: '
                                  'letters@koojesseledger.example'],
 'h110_arctic_iqaluit_ptarmigan': ['Ptarmigan Wire | World | Friday, April 24, 2015 21:15 GMT',
                                   'By Margit Salmonsen-Prideaux',
                                   'UPDATE 1-Adds U.S. remarks, Russian minister, analyst comment',
                                   'READ MORE: Iqaluit readies its airport for a day of diplomacy | '
                                   'FACTBOX-The Arctic Council at a glance',
                                   '(Reporting by Margit Salmonsen-Prideaux; Additional reporting by Corwin '
                                   'Esholt-Tulk in Ottawa; Editing by Leontine Spofforth-Whitelaw)',
                                   'Related coverage: Arctic shipping season may open early, forecasters say '
                                   "| Northern airlines brace for fuel costs | ANALYSIS-Moscow's new "
                                   'northern bases',
                                   'Cookie notice: ptarmiganwire.example uses cookies to measure traffic and '
                                   'remember your settings. By continuing to browse you agree to their use. '
                                   'Manage settings',
                                   '(c) 2015 Ptarmigan Wire. All rights reserved. Ptarmigan Wire is not '
                                   'responsible for the content of external sites.'],
 'h110_ibero_salvador_itapoan': ['The Itapoan Mail | City | Monday, July 19, 1993',
                                 'By Ivonete Batista-Emmott',
                                 'From the archive: this article appeared in the printed edition and was '
                                 'digitised in 2009. Spelling and punctuation follow the original.',
                                 'Advertisement: Banco do Reconcavo. Your savings protected against '
                                 'inflation. Visit our branch on Avenida Sete de Setembro.',
                                 'Reader comments on this archive article (3)',
                                 'tiaozinho_ssa: I was a student then and we all went down to watch the cars '
                                 'go by. Good times.',
                                 'Mara B.: My grandmother still talks about the week the whole city was '
                                 'painted.',
                                 'historiador71: Interesting to read this today. The restoration of the '
                                 'historic centre really changed the neighbourhood.',
                                 'The Itapoan Mail archive. (c) 1993 The Itapoan Mail, Salvador, Bahia. '
                                 'Reproduction without permission is prohibited.'],
 'h110_ioc_moroni_mascarene': ['Cookies: This site uses cookies to personalise content and analyse traffic. '
                               'Accept all | Manage preferences',
                               'Mascarene Courier | Region | Monday, August 25, 2014',
                               'By Sharmila Seegobin-Naylor',
                               'Photo: Leaders line up for the family photograph in Moroni on Saturday. '
                               'Courier photo / Hanta Rasolofo-Kimber',
                               'Related: Seychelles tuna cannery reports record output | Air links between '
                               'the islands: why a ticket to Moroni costs so much | Reunion lychee growers '
                               'look to new markets',
                               'Comments (3)',
                               'Rajesh_Curepipe: Good to see the islands talking. Now please do something '
                               'about the price of flights between us.',
                               'lagon_bleu: Food security starts with our own farmers, not only Madagascar.',
                               'Kreol_Pride: The French president came for one day. Let us see what stays '
                               'after he leaves.',
                               'Mascarene Courier, regional news for Mauritius, Reunion, Rodrigues, '
                               'Seychelles, the Comoros and Madagascar. (c) 2014 Mascarene Courier. Terms | '
                               'Privacy | Contact'],
 'h110_ioc_moroni_ylang': ['The Ylang Letter | Diaspora | Sunday, August 24, 2014',
                           'By Zalifa Mroivili-Fogarty',
                           'Home | Comoros | Marseille | Mayotte | Culture | Sport | Support us',
                           "Read next: Marseille's Comorian weddings, from the Grand Mariage to the town "
                           'hall | Ylang prices fall again in Anjouan',
                           'Comments (4)',
                           'Hamza13: The fifth island is watching, that is true. Thank you for this article.',
                           'Moinaecha: Nothing about the visa in the declaration. As usual.',
                           'Pierre_Estaque: Good piece, but the cafes in the 3rd arrondissement were full '
                           'too!',
                           'Anjouanais_Marseille: Food security, yes, but first let young people find work '
                           'at home.',
                           'Sign up for The Ylang Letter: one email every Sunday with news from the islands '
                           'and the diaspora. Enter your email | Sign up',
                           'The Ylang Letter is a reader-funded newsletter published in Marseille. (c) 2014 '
                           'The Ylang Letter. Contact: redaction@ylangletter.example'],
 'h110_pif_yaren_calabash': ['Calabash Trade Bulletin | Pacific Markets | Wednesday, August 22, 2001',
                             'By Unaisi Vakatale-Bridgewater',
                             'Markets | Shipping | Commodities | Policy | Tenders | Subscriber login',
                             'MARKET SNAPSHOT: Copra (Suva) steady | Kava (Port Vila) firm | Tuna, skipjack '
                             '(Bangkok) down on week | Sugar (Lautoka) unchanged',
                             'Subscriber services: Calabash Trade Bulletin is published weekly for '
                             'importers, exporters and shipping agents across the Pacific. Renew your '
                             'subscription | Change delivery address | Advertise with us',
                             '(c) 2001 Calabash Trade Bulletin. Reproduction of market prices requires '
                             'written permission.']}          # exact page-noise lines per article, in file order
STYLES = {'h110_arctic_fairbanks_chena': 'straight',
 'h110_arctic_fairbanks_sastrugi': 'curly',
 'h110_arctic_iqaluit_koojesse': 'curly',
 'h110_arctic_iqaluit_ptarmigan': 'straight',
 'h110_ibero_salvador_itapoan': 'curly',
 'h110_ioc_moroni_mascarene': 'curly',
 'h110_ioc_moroni_ylang': 'straight',
 'h110_pif_yaren_calabash': 'straight'}        # quote style per article: straight or curly
STAFF = {'h110_arctic_fairbanks_chena': [],
 'h110_arctic_fairbanks_sastrugi': [],
 'h110_arctic_iqaluit_koojesse': ['Elisapee Angnakak-Rawnsley'],
 'h110_arctic_iqaluit_ptarmigan': ['Corwin Esholt-Tulk', 'Leontine Spofforth-Whitelaw'],
 'h110_ibero_salvador_itapoan': [],
 'h110_ioc_moroni_mascarene': ['Hanta Rasolofo-Kimber'],
 'h110_ioc_moroni_ylang': [],
 'h110_pif_yaren_calabash': []}          # credited staff (not authors) per article
ALLOWED_ORGS = {
    'org:g7', 'org:g8', 'org:arab-league', 'org:sadc', 'org:ecowas', 'org:asean', 'org:nordic-council',
    'org:eac', 'org:igad', 'org:celac', 'org:brics', 'org:saarc', 'org:commonwealth', 'org:guam',
    'org:bsec', 'org:council-of-europe', 'org:andean-community', 'org:lancang-mekong-cooperation',
    'org:greater-mekong-subregion', 'org:benelux', 'org:baltic-council', 'org:cei', 'org:cbss',
    'org:pif', 'org:indian-ocean-commission', 'org:comesa', 'org:eccas', 'org:arctic-council',
    'org:ibero-american-summit',
}
ORG_ID_PART = {'org:arctic-council': 'arctic', 'org:indian-ocean-commission': 'ioc',
               'org:ibero-american-summit': 'ibero', 'org:pif': 'pif'}
ORG_NAMES = {'org:arctic-council': ['Arctic Council'],
             'org:indian-ocean-commission': ['Indian Ocean Commission'],
             'org:ibero-american-summit': ['Ibero-American Summit'],
             'org:pif': ['Pacific Islands Forum']}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = FIELDS + ['text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'king', 'queen', 'prime', 'minister', 'secretary', 'admiral', 'mr', 'mrs',
               'ms', 'dr', 'sir', 'general', 'chancellor', 'governor', 'senator', 'foreign', 'councillor'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
CURLY = '\u201c\u201d\u2018\u2019'
LQ, RQ = '\u201c', '\u201d'

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    for a, b in (('\u00f8', 'o'), ('\u00d8', 'O'), ('\u00e6', 'ae'), ('\u00c6', 'AE'), ('\u00f0', 'd'),
                 ('\u0142', 'l'), ('\u0141', 'L'), ('\u00df', 'ss'), ('\u0131', 'i')):
        s = s.replace(a, b)
    return s.lower()


def tokens(s):
    s = fold(s)
    s = re.sub(r"(?<=[a-z0-9])['\u2019](?=[a-z0-9])", '', s)
    return re.findall(r'[a-z0-9]+', s)


def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)$', entry)
    if not m:
        return [fold(entry)]
    return [fold(m.group(1))] + [fold(x.strip()) for x in m.group(2).split(',')]


def iso(s, what):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (what, s))
        return None


def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 110)]
    ids, slugs, prefixes, summits = set(), set(), set(), []
    opened = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.isfile(p):
            continue
        opened += 1
        with open(p, encoding='utf-8') as fh:
            d = json.load(fh)
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            if a.get('id'):
                ids.add(a['id'])
            s = a.get('summit')
            if isinstance(s, dict):
                summits.append(s)
            for f in a.get('facts', []) or []:
                sl = f.get('same_as')
                if isinstance(sl, str) and sl:
                    slugs.add(sl)
                    prefixes.add(sl.split('-')[0])
    if opened == 0:
        err('no earlier gold file found under %s (set H110_EARLIER)' % EARLIER)
    return ids, slugs, prefixes, summits, opened


def split_file(aid, text):
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    noise = NOISE.get(aid)
    if noise is None:
        err('%s: no noise lines registered' % aid)
        noise = []
    isnoise = [False] * len(lines)
    k = 0
    for i, l in enumerate(lines):
        if k < len(noise) and l == noise[k]:
            isnoise[i] = True
            k += 1
    if k != len(noise):
        err('%s: registered noise line not found in order: %r' % (aid, noise[k] if k < len(noise) else None))
    return lines, isnoise


def check_boundary(aid, line, pos, ev, is_headline):
    if is_headline:
        return ev == line
    before = line[:pos]
    start_ok = (pos == 0 or re.fullmatch(r"[A-Z][A-Z'\- ]+: ", before) is not None
                or re.search(r'[.?!][\"\u201d]? $', before) is not None)
    end = pos + len(ev)
    end_ok = re.search(r'[.?!][\"\u201d]?$', ev) is not None and (end == len(line) or line[end] == ' ')
    return start_ok and end_ok


def main():
    with open(GOLD, encoding='utf-8') as fh:
        gold = json.load(fh)
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top level must have exactly the keys about, articles (in order)')
        return
    about = gold['about']
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about does not start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('there must be 8 articles')
    e_ids, e_slugs, e_prefixes, e_summits, n_earlier = load_earlier()
    avoid = set()
    for c in AVOID_CITIES:
        avoid.update(city_forms(c))
    used = set()
    for cy in USED_CITY_YEARS:
        m = re.match(r'^(.*) (\d{4})$', cy)
        for f in city_forms(m.group(1)):
            used.add((f, m.group(2)))
    earlier_cy = set()
    earlier_ocs = set()
    for s in e_summits:
        c, sd = s.get('city'), s.get('start_date')
        if isinstance(c, str) and isinstance(sd, str) and len(sd) >= 4:
            earlier_cy.add((fold(c), sd[:4]))
            earlier_ocs.add((s.get('organization'), fold(c), sd))

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = []
    per_article = {}
    slug_where = {}
    totals = {'quotes': 0, 'direct': 0, 'partial': 0, 'not_quotes': 0, 'participants': 0, 'facts': 0}
    kind_totals = {}
    for idx, a in enumerate(arts):
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err('article %d: keys must be %s in this order, got %s' % (idx, ARTICLE_KEYS, list(a.keys()) if isinstance(a, dict) else a))
            continue
        aid = a['id']
        if not isinstance(aid, str) or not re.fullmatch(r'h110_[a-z]+_[a-z]+_[a-z]+', aid):
            err('bad id %r' % aid)
            continue
        if aid in ids:
            err('duplicate id %s' % aid)
        ids.append(aid)
        if aid in e_ids:
            err('%s: id already used in earlier gold' % aid)
        if a['split'] != 'heldout110':
            err('%s: split must be heldout110' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/%s.txt' % (aid, aid))
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in %s/articles (expected only after the move)' % (aid, EARLIER))
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.isfile(path):
            err('%s: article file missing' % aid)
            continue
        with open(path, encoding='utf-8') as fh:
            text = fh.read()
        style = STYLES.get(aid)
        if style not in ('straight', 'curly'):
            err('%s: no quote style registered' % aid)
        lines, isnoise = split_file(aid, text)
        content = [i for i, n in enumerate(isnoise) if not n]
        if not content:
            err('%s: no content lines' % aid)
            continue
        h = content[0]
        headline = lines[h]
        body_idx = [i for i in content[1:]]
        body_lines = [lines[i] for i in body_idx if lines[i].strip()]
        noise_lines = [lines[i] for i, n in enumerate(isnoise) if n]
        if not isinstance(a['title'], str) or a['title'] != headline:
            err('%s: title differs from the headline' % aid)
        if a['title'] not in text:
            err('%s: title not in file' % aid)
        # page noise: top, end, amount
        first_body = next((i for i in body_idx if lines[i].strip()), None)
        last_body = max((i for i in body_idx if lines[i].strip()), default=None)
        top = [i for i, n in enumerate(isnoise) if n and (first_body is None or i < first_body)]
        end = [i for i, n in enumerate(isnoise) if n and last_body is not None and i > last_body]
        mid = [i for i, n in enumerate(isnoise) if n and first_body is not None and first_body < i < last_body]
        if len(top) < 2:
            err('%s: needs page noise at the top (outlet line and byline)' % aid)
        if len(end) < 2:
            err('%s: needs page noise at the end' % aid)
        if len(noise_lines) < 5:
            err('%s: too little page noise (%d lines)' % (aid, len(noise_lines)))
        for nl in noise_lines + [headline]:
            if '"' in nl or LQ in nl or RQ in nl:
                err('%s: double quotation mark in headline or page noise: %r' % (aid, nl))
        # body words
        words = len(' '.join(body_lines).split())
        if not 420 <= words <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, words))
        # quote style
        if style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
            for l in lines:
                op = False
                for ch in l:
                    if ch == LQ:
                        if op:
                            err('%s: nested or unclosed curly mark: %r' % (aid, l))
                        op = True
                    elif ch == RQ:
                        if not op:
                            err('%s: unopened curly mark: %r' % (aid, l))
                        op = False
                if op:
                    err('%s: unclosed curly mark: %r' % (aid, l))
        elif style == 'straight':
            if any(c in text for c in CURLY):
                err('%s: curly mark in a straight article' % aid)
            for l in lines:
                if l.count('"') % 2:
                    err('%s: odd number of double marks: %r' % (aid, l))
        oq, cq = (LQ, RQ) if style == 'curly' else ('"', '"')
        # published_at and the outlet line
        pub = iso(a['published_at'], aid + ' published_at')
        outlet = None
        if pub:
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()].capitalize(), MONTHS[pub.month - 1].capitalize(), pub.day, pub.year)
            ol = [lines[i] for i in top if want in lines[i]]
            if not ol:
                err('%s: no top noise line with %r' % (aid, want))
            else:
                outlet = ol[0].split(' | ')[0].strip()
                if ' | ' not in ol[0]:
                    err('%s: outlet line lacks fields' % aid)
                other = [w for w in WEEKDAYS if w.capitalize() in ol[0] and w != WEEKDAYS[pub.weekday()]]
                if other:
                    err('%s: other weekday on the outlet line' % aid)
        # authors and staff
        auth = a['authors']
        if not isinstance(auth, list) or not auth or not all(isinstance(x, str) and x for x in auth):
            err('%s: authors must be a non-empty list of names' % aid)
            auth = []
        topnoise = '\n'.join(lines[i] for i in top)
        for x in auth:
            if x not in topnoise:
                err('%s: author %r not in the byline' % (aid, x))
        allnoise = '\n'.join(noise_lines)
        for x in STAFF.get(aid, []):
            if x not in allnoise:
                err('%s: credited staff %r not in the page noise' % (aid, x))
        # headline + body tokens
        hb_text = headline + '\n' + '\n'.join(body_lines)
        hb_tok = tokens(hb_text)
        body_text = '\n'.join(body_lines)
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys must be %s' % (aid, SUMMIT_KEYS))
            continue
        org = s['organization']
        if org not in ALLOWED_ORGS:
            err('%s: organisation %r not allowed by the brief' % (aid, org))
        parts_id = aid.split('_')
        if ORG_ID_PART.get(org) != parts_id[1]:
            err('%s: id body part does not match %s' % (aid, org))
        if not isinstance(s['city'], str) or re.sub(r'[^a-z]', '', fold(s['city'])) != parts_id[2]:
            err('%s: id city part does not match the city' % aid)
        sd = iso(s['start_date'], aid + ' start_date')
        ed = iso(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 7:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside the start .. end+21 window' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or any(x not in FIELDS for x in tf) \
                or tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields must be a non-empty subset of %s in that order' % (aid, FIELDS))
            tf = []
        city_f = fold(s['city'] or '')
        if city_f in avoid:
            err('%s: city %s is on the avoid list' % (aid, s['city']))
        if sd:
            if (city_f, str(sd.year)) in used:
                err('%s: %s %d is on the used list' % (aid, s['city'], sd.year))
            if (city_f, str(sd.year)) in earlier_cy:
                err('%s: %s %d used by an earlier gold summit' % (aid, s['city'], sd.year))
            if (org, city_f, s['start_date']) in earlier_ocs:
                err('%s: same organisation, city and start date as an earlier summit' % aid)
        if 'organization' in tf:
            if not any(has_seq(hb_tok, tokens(n)) for n in ORG_NAMES.get(org, [])):
                err('%s: organisation name not recoverable from the text' % aid)
        for fld in ('city', 'country'):
            if fld in tf and not has_seq(hb_tok, tokens(s[fld] or '')):
                err('%s: %s %r not recoverable from the text' % (aid, fld, s[fld]))
        low = ' '.join(tokens(hb_text))
        covered = set()
        for m in re.finditer(r'\b(%s) (\d{1,2})(?: (?:to|and|through) (\d{1,2}))?\b' % '|'.join(MONTHS), low):
            mo = MONTHS.index(m.group(1)) + 1
            covered.add((mo, int(m.group(2))))
            if m.group(3):
                covered.add((mo, int(m.group(3))))
        for m in re.finditer(r'\b(\d{1,2}) (?:(?:to|and) (\d{1,2}) )?(%s)\b' % '|'.join(MONTHS), low):
            mo = MONTHS.index(m.group(3)) + 1
            covered.add((mo, int(m.group(1))))
            if m.group(2):
                covered.add((mo, int(m.group(2))))
        for fld, d in (('start_date', sd), ('end_date', ed)):
            if fld not in tf or d is None or pub is None:
                continue
            delta = (pub - d).days
            ok = (d.month, d.day) in covered
            if not ok and 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], low):
                ok = True
            if not ok and delta == 1 and re.search(r'\b(yesterday|last night)\b', low):
                ok = True
            if not ok and delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', low):
                ok = True
            if not ok:
                err('%s: %s %s not supported by the text' % (aid, fld, d))
        # participants
        parts = a['participants']
        pkeys = []
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys must be %s' % (aid, PART_KEYS))
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k or ''):
                err('%s: bad participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            toks = k[len('person:'):].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: title word in key %s' % (aid, k))
            if not has_seq(hb_tok, toks):
                err('%s: name of %s not in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
                elif style == 'straight' and any(c in v for c in CURLY):
                    err('%s: curly mark in %s of %s' % (aid, fld, k))
            noise_tok = tokens(allnoise)
            if has_seq(noise_tok, toks) or toks[-1] in noise_tok:
                err('%s: participant %s named in the page noise' % (aid, k))
        for x in list(auth) + list(STAFF.get(aid, [])):
            if 'person:' + '-'.join(tokens(x)) in pkeys:
                err('%s: author or staff %r listed as participant' % (aid, x))
        # quotes
        quotes = a['quotes']
        spans = []
        for l in body_lines:
            if style == 'curly':
                spans += re.findall(LQ + '([^' + RQ + ']*)' + RQ, l)
            else:
                spans += re.findall(r'"([^"]*)"', l)
        claimed = []
        pos = 0
        for q in quotes:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys must be %s' % (aid, QUOTE_KEYS))
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk or '')):
                err('%s: speaker %r is neither a participant nor an org key' % (aid, sk))
            t = q['text']
            if not isinstance(t, str) or not t or t not in text:
                err('%s: quote not verbatim in file: %r' % (aid, t))
                continue
            marked = oq + t + cq
            k = body_text.find(marked, pos)
            if k < 0:
                err('%s: quote not found with its marks in text order: %r' % (aid, t))
            else:
                pos = k + 1
            claimed.append(t)
            if any(t in nl for nl in noise_lines):
                err('%s: quote text occurs in page noise: %r' % (aid, t))
            if not any(marked in ev for f in a['facts'] if isinstance(f, dict) for ev in (f.get('evidence') or [])):
                err('%s: quote not inside any evidence: %r' % (aid, t))
            totals['quotes'] += 1
            totals[q['kind']] = totals.get(q['kind'], 0) + 1
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or nq not in spans:
                err('%s: not_quote is not a quoted span: %r' % (aid, nq))
            claimed.append(nq)
        if sorted(claimed) != sorted(spans):
            err('%s: quoted spans and annotations differ: unannotated %r, unmatched %r'
                % (aid, [x for x in spans if spans.count(x) > claimed.count(x)],
                   [x for x in claimed if claimed.count(x) > spans.count(x)]))
        totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(pkeys)
        # facts
        prefixes = set()
        seen = set()
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys must be %s' % (aid, FACT_KEYS))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or any(x not in FACT_KINDS for x in ks):
                err('%s: bad fact kind %r' % (aid, ks))
                ks = []
            sl = f['same_as']
            m = re.fullmatch(r'([a-z]+(\d{2}))-([a-z0-9]+)', sl or '')
            if not m:
                err('%s: bad same_as %r' % (aid, sl))
                continue
            if sd and int(m.group(2)) != sd.year % 100:
                err('%s: same_as prefix year does not match the summit: %s' % (aid, sl))
            prefixes.add(m.group(1))
            if sl in seen:
                err('%s: same_as repeated: %s' % (aid, sl))
            seen.add(sl)
            if sl in e_slugs:
                err('%s: same_as used in earlier gold: %s' % (aid, sl))
            if m.group(1) in e_prefixes:
                err('%s: same_as prefix used in earlier gold: %s' % (aid, m.group(1)))
            slug_where.setdefault(sl, []).append((aid, tuple(ks)))
            evs = f['evidence']
            if not isinstance(evs, list) or not evs:
                err('%s: no evidence for %s' % (aid, sl))
                continue
            for ev in evs:
                if not isinstance(ev, str) or not ev or ev != ev.strip():
                    err('%s: evidence empty or with outer spaces (%s)' % (aid, sl))
                    continue
                if any(ev in nl for nl in noise_lines):
                    err('%s: evidence occurs in page noise (%s): %r' % (aid, sl, ev))
                hits = []
                if ev == headline:
                    hits.append(('h', h, 0))
                for i in body_idx:
                    j = lines[i].find(ev)
                    while j >= 0:
                        hits.append(('b', i, j))
                        j = lines[i].find(ev, j + 1)
                if not hits:
                    err('%s: evidence not in headline or body (%s): %r' % (aid, sl, ev))
                    continue
                if not any(check_boundary(aid, lines[i], j, ev, w == 'h') for w, i, j in hits):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sl, ev))
            for x in ks:
                kind_totals[x] = kind_totals.get(x, 0) + 1
            totals['facts'] += 1
        if len(prefixes) != 1:
            err('%s: one same_as prefix per article expected, got %s' % (aid, sorted(prefixes)))
        per_article[aid] = dict(summit=(org, s['city'], s['start_date']), summit_full={k: s[k] for k in FIELDS},
                                outlet=outlet, prefix=sorted(prefixes)[0] if prefixes else None,
                                counts=(len(quotes), sum(1 for q in quotes if isinstance(q, dict) and q.get('kind') == 'direct'),
                                        len(a['not_quotes']), len(pkeys), len(a['facts']), words,
                                        len(text.split()), len(top), len(mid), len(end)))
    # files present
    want = sorted(i + '.txt' for i in ids)
    if txt_files != want:
        err('article files and ids differ: files %s, ids %s' % (txt_files, want))
    # comments sections and middle noise across the set
    with_comments = 0
    with_mid = 0
    for aid in ids:
        nl = NOISE.get(aid, [])
        ci = [i for i, l in enumerate(nl) if re.match(r'^(Comments|Reader comments)', l)]
        if ci and len([l for l in nl[ci[0] + 1:] if re.match(r'^[^:|]{2,30}: ', l)]) >= 3:
            with_comments += 1
        if per_article.get(aid) and per_article[aid]['counts'][8] > 0:
            with_mid += 1
    if with_comments < 3:
        err('fewer than 3 articles with a reader comment section of 3 or more comments')
    if with_mid < 4:
        err('fewer than 4 articles with page noise in the middle of the body')
    # shape
    groups = {}
    for aid, info in per_article.items():
        groups.setdefault(info['summit'], []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits: 3 pairs and 2 singles, got %s' % sizes)
    orgs = {}
    for k in groups:
        orgs[k[0]] = orgs.get(k[0], 0) + 1
    if len(orgs) < 3 or max(orgs.values()) > 2:
        err('need at least 3 bodies and at most 2 summits per body: %s' % orgs)
    pair_of = {}
    prefix_summit = {}
    for k, v in groups.items():
        for aid in v:
            p = per_article[aid]['prefix']
            if p in prefix_summit and prefix_summit[p] != k:
                err('prefix %s used for two summits' % p)
            prefix_summit[p] = k
        if len(v) == 2:
            a1, a2 = v
            pair_of[a1], pair_of[a2] = a2, a1
            if per_article[a1]['summit_full'] != per_article[a2]['summit_full']:
                err('pair %s / %s disagrees on summit data' % (a1, a2))
            if not per_article[a1]['outlet'] or per_article[a1]['outlet'] == per_article[a2]['outlet']:
                err('pair %s / %s must come from two different outlets' % (a1, a2))
    shared = {}
    for sl, where in slug_where.items():
        arts_ = [w[0] for w in where]
        if len(arts_) == 1:
            continue
        if len(arts_) != 2 or pair_of.get(arts_[0]) != arts_[1]:
            err('same_as %s occurs in %s, not exactly the two articles of one pair' % (sl, arts_))
            continue
        if where[0][1] != where[1][1]:
            err('same_as %s has different kinds in the pair: %s' % (sl, where))
        shared.setdefault(tuple(sorted(arts_)), []).append(sl)
    for k, v in groups.items():
        if len(v) == 2 and len(shared.get(tuple(sorted(v)), [])) < 5:
            err('pair %s shares fewer than 5 same_as slugs' % v)
    # report
    print('earlier gold files read: %d' % n_earlier)
    print('article: quotes(direct) not_quotes participants facts body_words file_words noise(top/mid/end)')
    for aid in ids:
        c = per_article.get(aid, {}).get('counts')
        if c:
            print('  %-34s %d(%d) %d %d %d %d %d %d/%d/%d' % ((aid,) + c))
    for k, v in sorted(shared.items()):
        print('shared %s: %d %s' % (' + '.join(k), len(v), ' '.join(sorted(v))))
    print('totals:', totals, 'fact kinds:', kind_totals)


if __name__ == '__main__':
    try:
        main()
    except Exception as exc:  # a crash counts as an error
        import traceback
        traceback.print_exc()
        err('crash: %r' % exc)
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(ERRORS))
        sys.exit(1)
    print('OK: heldout110 passes')
    sys.exit(0)
