#!/usr/bin/env python3
"""Checker for the held-out set heldout104 (pending/heldout104/).

Run: python3 check.py   (exits 0 when the set passes, 1 on any error; a crash counts as an error).
Earlier gold files are read by exact name from ../../ (tests/gold) unless H104_EARLIER points elsewhere.
"""
import datetime
import json
import os
import re
import sys
import traceback
import unicodedata
from collections import Counter, OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H104_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout104_gold.json')
ROUND = 'heldout104'
PREFIX = 'h104'
ABOUT_START = ('Held-out set round 104 (split=heldout104), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}

# Bodies the brief allows, by organisation key, with the names that count as naming them in a text.
ALLOWED_BODIES = {
    'org:g7': ['G7', 'Group of Seven'], 'org:g8': ['G8', 'Group of Eight'],
    'org:arab-league': ['Arab League'], 'org:sadc': ['SADC', 'Southern African Development Community'],
    'org:ecowas': ['ECOWAS', 'Economic Community of West African States'], 'org:asean': ['ASEAN'],
    'org:nordic-council': ['Nordic Council'], 'org:eac': ['East African Community', 'EAC'],
    'org:igad': ['IGAD'], 'org:celac': ['Community of Latin American and Caribbean States', 'CELAC'],
    'org:brics': ['BRICS'], 'org:saarc': ['SAARC'], 'org:commonwealth': ['Commonwealth', 'CHOGM'],
    'org:guam': ['GUAM', 'GUUAM'], 'org:bsec': ['Black Sea Economic Cooperation', 'BSEC'],
    'org:council-of-europe': ['Council of Europe'], 'org:andean-community': ['Andean Community'],
    'org:lancang-mekong-cooperation': ['Lancang-Mekong', 'Mekong-Lancang'],
    'org:greater-mekong-subregion': ['Greater Mekong Subregion'],
}
# The id part used for each body.
ID_BODY = {'celac': 'org:celac', 'andean': 'org:andean-community', 'guam': 'org:guam'}

# Per-article registration: quote style, line index of the headline, tail marker (first line of the
# page-noise tail), prefixes of page-noise lines inside the body, credited staff (not authors).
REG = OrderedDict([
    ('h104_celac_playadelcarmen_razorbill', dict(style='straight', title_line=0, tail='(Additional reporting by', mid=[], staff=['Hildebrando Alcazar-Brocklesby', 'Serafina Dunstall-Askew'])),
    ('h104_celac_playadelcarmen_ombu', dict(style='curly', title_line=1, tail='Comments (5)', mid=['Photo: '], staff=[])),
    ('h104_celac_costadosauipe_reconcavo', dict(style='curly', title_line=0, tail='Photo gallery:', mid=['ALSO ON RECÔNCAVO HERALD:'], staff=[])),
    ('h104_celac_costadosauipe_oystercatcher', dict(style='straight', title_line=0, tail='[END OF TRANSCRIPT]', mid=[], staff=[])),
    ('h104_andean_tarija_cordillera', dict(style='straight', title_line=0, tail='Next week in the Monitor:', mid=['FAQ | '], staff=[])),
    ('h104_andean_tarija_chapaco', dict(style='curly', title_line=0, tail='Comments (4)', mid=['Read also: '], staff=[])),
    ('h104_andean_bogota_sabana', dict(style='curly', title_line=0, tail='Sign up for Sabana Daily', mid=['Advertisement'], staff=[])),
    ('h104_guam_newyork_pontic', dict(style='straight', title_line=0, tail='About the author:', mid=['Related analysis: '], staff=[])),
])

AVOID_CITIES = [
    'Astana',
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
]
USED_CITY_YEARS = [
    'Abidjan 2012',
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
    'Biarritz 2019',
    'Birmingham 1998',
    'Bishkek 2007',
    'Bishkek 2019',
    'Bissau 2023',
    'Blantyre 1997',
    'Bodrum 2014',
    'Bogor 1994',
    'Bonn 1982',
    'Borgo Egnazia 2024',
    'Brasília 2008',
    'Bratislava 2016',
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
    'Coolum 2002',
    'Copenhagen 2002',
    'Corfu 1994',
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
    'Gleneagles 2005',
    'Goa 2016',
    'Gothenburg 2001',
    'Goyang 2024',
    'Granada 2023',
    'Grand Anse 1989',
    'Grand Baie 2004',
    'Guadalajara 1991',
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
    'Lusaka 2007',
    'Luxembourg 1997',
    'Lyon 1996',
    'Maastricht 1991',
    'Madang 1995',
    'Madrid 1997',
    'Madrid 2022',
    'Majuro 2013',
    'Malabo 2011',
    'Malabo 2014',
    'Malé 1997',
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
    'Naples 1994',
    'Nassau 1985',
    'Naypyidaw 2014',
    'New Delhi 2015',
    'New Delhi 2023',
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
    'Pittsburgh 2009',
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
    'Strasbourg 1997',
    'Strasbourg 2009',
    'Stuttgart 1983',
    'Subic Bay 1996',
    'Suva 2022',
    'Sydney 1978',
    'Sydney 2007',
    'São Tomé 2023',
    'Taif 1981',
    'Tampere 1999',
    'Taormina 2017',
    'Tarawa 2000',
    'Tashkent 2016',
    'Tegucigalpa 1991',
    'Tehran 2012',
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
    'Yokohama 2013',
]

MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
MONTH_ABBR = {'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9,
              'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
REL0 = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
REL1 = ['yesterday', 'last night']
TITLE_WORDS = {'president', 'king', 'queen', 'prime', 'minister', 'chancellor', 'governor', 'sheikh',
               'emir', 'sultan', 'dr', 'mr', 'mrs', 'ms', 'secretary', 'general', 'foreign', 'sir'}
CURLY = '\u201c\u201d\u2018\u2019'
ERRORS = []


def err(msg):
    ERRORS.append(msg)


SPECIAL = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ð': 'd', 'Ð': 'D', 'ł': 'l', 'Ł': 'L', 'ß': 'ss',
           'đ': 'd', 'Đ': 'D', 'þ': 'th', 'Þ': 'Th', 'ı': 'i', 'œ': 'oe', 'Œ': 'OE'}


def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"(?<=\w)['\u2019](?=\w)", '', s)
    return s.lower()


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', entry)
    if not m:
        return [entry.strip()]
    return [m.group(1).strip()] + [x.strip() for x in m.group(2).split(',')]


def iso(s, what):
    try:
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (what, s))
        return None


def keys_in_order(obj, keys, what):
    if not isinstance(obj, dict):
        err('%s: not an object' % what)
        return False
    if list(obj.keys()) != keys:
        err('%s: keys %s, expected %s' % (what, list(obj.keys()), keys))
        return False
    return True


def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 104)]
    ids, summits, slugs = set(), [], set()
    found = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        found += 1
        with open(p, encoding='utf-8') as f:
            d = json.load(f)
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s:
                summits.append((s.get('organization'), s.get('city'), s.get('start_date'), a.get('id')))
            for fct in a.get('facts') or []:
                if fct.get('same_as'):
                    slugs.add(fct['same_as'])
    if found == 0:
        err('no earlier gold file found under %s' % EARLIER)
    return ids, summits, slugs, found


def article_parts(aid, text, reg):
    """Split a file into headline, body (with offsets) and page noise."""
    lines = text.split('\n')
    tl = reg['title_line']
    headline = lines[tl]
    offs = []
    pos = 0
    for ln in lines:
        offs.append(pos)
        pos += len(ln) + 1
    try:
        blank = lines.index('', tl)
    except ValueError:
        err('%s: no blank line after the header' % aid)
        return None
    tails = [i for i, l in enumerate(lines) if l.startswith(reg['tail'])]
    if len(tails) != 1:
        err('%s: tail marker found %d times' % (aid, len(tails)))
        return None
    tail = tails[0]
    body_idx, mid_idx = [], []
    for i in range(blank + 1, tail):
        if any(lines[i].startswith(m) for m in reg['mid']):
            mid_idx.append(i)
        else:
            body_idx.append(i)
    noise_idx = [i for i in range(len(lines)) if i != tl and i not in body_idx and lines[i] != '']
    top_idx = [i for i in range(0, blank) if i != tl]
    return dict(lines=lines, offs=offs, tl=tl, headline=headline, blank=blank, tail=tail,
                body_idx=body_idx, mid_idx=mid_idx, noise_idx=noise_idx, top_idx=top_idx)


def in_allowed_region(P, start, length):
    """True if text[start:start+length] lies inside the headline or inside one body line."""
    for i in [P['tl']] + P['body_idx']:
        a = P['offs'][i]
        b = a + len(P['lines'][i])
        if a <= start and start + length <= b:
            return True
    return False


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def sentence_bounded(text, i, s, P):
    e = i + len(s)
    label_re = re.compile(r"^[A-Z][A-Z'\u2019\- ]+: $")
    line_start = text.rfind('\n', 0, i) + 1
    before = text[line_start:i]
    ok_start = (i == line_start or label_re.match(before) is not None or
                (text[i - 1] == ' ' and (text[i - 2] in '.?!' or (text[i - 2] in '"\u201d' and text[i - 3] in '.?!'))))
    nxt = text[e] if e < len(text) else '\n'
    ok_end = (nxt == '\n' or
              (nxt == ' ' and (s[-1] in '.?!' or (s[-1] in '"\u201d' and len(s) > 1 and s[-2] in '.?!'))))
    return ok_start and ok_end


def main():
    with open(GOLD, encoding='utf-8') as f:
        gold = json.load(f, object_pairs_hook=OrderedDict)
    if not keys_in_order(gold, ['about', 'articles'], 'top level'):
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, found %s' % (len(arts) if isinstance(arts, list) else type(arts)))
        return
    earlier_ids, earlier_summits, earlier_slugs, nfound = load_earlier()
    earlier_prefixes = {s.split('-')[0] for s in earlier_slugs}
    if any(str(i).startswith(PREFIX + '_') for i in earlier_ids):
        err('the id prefix %s is already used in earlier gold' % PREFIX)

    # files present
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts if isinstance(a, dict)]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != txt_files:
        err('ids %s do not match the .txt files present %s' % (sorted(ids), txt_files))
    if list(REG.keys()) != ids:
        err('ids are not the registered ids (in order): %s' % ids)

    summit_of = {}
    slug_arts = defaultdict(list)
    slug_kinds = defaultdict(set)
    outlets = {}
    counts = Counter()
    noise_kinds = Counter()
    total_q = total_f = total_p = 0
    for a in arts:
        if not keys_in_order(a, ARTICLE_KEYS, 'article %s' % a.get('id') if isinstance(a, dict) else 'article'):
            continue
        aid = a['id']
        reg = REG.get(aid)
        if reg is None:
            err('%s: not registered' % aid)
            continue
        m = re.match(r'^h104_([a-z]+)_([a-z]+)_([a-z]+)$', aid)
        if not m:
            err('%s: id not of the form h104_<body>_<city>_<outlet>' % aid)
            continue
        if aid in earlier_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != ROUND:
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s already exists in %s/articles' % (aid, EARLIER))
        with open(path, encoding='utf-8') as f:
            text = f.read()
        P = article_parts(aid, text, reg)
        if P is None:
            continue
        lines = P['lines']
        body_text = '\n'.join(lines[i] for i in P['body_idx'])
        hb_text = P['headline'] + '\n' + body_text
        hb_tokens = tokens(hb_text)
        noise_text = '\n'.join(lines[i] for i in P['noise_idx'])
        noise_tokens = tokens(noise_text)

        # types
        for k in ['id', 'split', 'file', 'title', 'published_at']:
            if not isinstance(a[k], str) or not a[k]:
                err('%s: %s must be a non-empty string' % (aid, k))
        for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
            if not isinstance(a[k], list):
                err('%s: %s must be a list' % (aid, k))
        # title / headline
        if a['title'] != P['headline']:
            err('%s: title is not the headline line' % aid)
        if a['title'] not in text:
            err('%s: title not found verbatim in the file' % aid)
        # outlet line and publication date
        pub = iso(a['published_at'], aid + ' published_at')
        outlet_line = lines[P['tl'] + 1]
        outlet = outlet_line.split(' | ')[0]
        outlets[aid] = outlet
        if pub:
            need = [WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], str(pub.day), str(pub.year)]
            ot = tokens(outlet_line)
            for n in need:
                if n not in ot:
                    err('%s: outlet line lacks %r' % (aid, n))
            for w in WEEKDAYS:
                if w in ot and w != WEEKDAYS[pub.weekday()]:
                    err('%s: outlet line names another weekday %r' % (aid, w))
        # authors and staff
        byline = lines[P['tl'] + 2]
        people_keys = set()
        for au in a['authors']:
            if not isinstance(au, str) or au not in byline:
                err('%s: author %r not in the byline' % (aid, au))
            people_keys.add('person:' + '-'.join(tokens(au)))
        for st in reg['staff']:
            if st not in noise_text:
                err('%s: credited staff %r not in the page noise' % (aid, st))
            people_keys.add('person:' + '-'.join(tokens(st)))
        # summit
        s = a['summit']
        if keys_in_order(s, SUMMIT_KEYS, aid + ' summit'):
            org = s['organization']
            if org not in ALLOWED_BODIES:
                err('%s: organization %r not one of the allowed bodies' % (aid, org))
            if ID_BODY.get(m.group(1)) != org:
                err('%s: id body part %r does not match %r' % (aid, m.group(1), org))
            if ''.join(tokens(s['city'])) != m.group(2):
                err('%s: id city part %r does not match city %r' % (aid, m.group(2), s['city']))
            sd = iso(s['start_date'], aid + ' start_date')
            ed = iso(s['end_date'], aid + ' end_date')
            if sd and ed:
                if sd > ed:
                    err('%s: start after end' % aid)
                if (ed - sd).days > 6:
                    err('%s: summit longer than a week' % aid)
                if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                    err('%s: published_at outside start .. end+21 days' % aid)
            cf = fold(s['city'])
            for av in AVOID_CITIES:
                if cf in [fold(x) for x in city_forms(av)]:
                    err('%s: city %r is on the avoid list' % (aid, s['city']))
            year = s['start_date'][:4]
            for u in USED_CITY_YEARS:
                cy = u.rsplit(' ', 1)
                if cy[1] == year and cf in [fold(x) for x in city_forms(cy[0])]:
                    err('%s: city and year %r already used' % (aid, u))
            for (eo, ec, es, eid) in earlier_summits:
                if ec and fold(ec) == cf and str(es)[:4] == year:
                    err('%s: city and year used by earlier summit %s' % (aid, eid))
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf or [x for x in FIELDS if x in tf] != tf or len(set(tf)) != len(tf):
                err('%s: text_fields %r not a non-empty subset of the five fields in order' % (aid, tf))
            else:
                if 'city' in tf and not has_seq(hb_tokens, tokens(s['city'])):
                    err('%s: city not in the text' % aid)
                if 'country' in tf and not has_seq(hb_tokens, tokens(s['country'])):
                    err('%s: country not in the text' % aid)
                if 'organization' in tf and not any(has_seq(hb_tokens, tokens(n)) for n in ALLOWED_BODIES.get(org, [])):
                    err('%s: organization not named in the text' % aid)
                for fld, d in (('start_date', sd), ('end_date', ed)):
                    if fld in tf and d and pub and not date_supported(hb_text, d, pub):
                        err('%s: %s %s not supported by the text' % (aid, fld, d))
            summit_of[aid] = (org, s['city'], s['country'], s['start_date'], s['end_date'])
        # style
        style = reg['style']
        if style == 'straight':
            if any(c in text for c in CURLY):
                err('%s: curly mark in a straight article' % aid)
            for i, ln in enumerate(lines):
                if ln.count('"') % 2:
                    err('%s: odd number of straight double marks on line %d' % (aid, i + 1))
            q_re = re.compile(r'"([^"\n]*)"')
            op, cl = '"', '"'
        else:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
            for i, ln in enumerate(lines):
                depth = 0
                for c in ln:
                    if c == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks on line %d' % (aid, i + 1))
                    elif c == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark on line %d' % (aid, i + 1))
                            depth = 0
                if depth:
                    err('%s: unclosed curly mark on line %d' % (aid, i + 1))
            q_re = re.compile('\u201c([^\u201d\n]*)\u201d')
            op, cl = '\u201c', '\u201d'
        for c in '"\u201c\u201d':
            if c in P['headline']:
                err('%s: double mark in the headline' % aid)
            if c in noise_text:
                err('%s: double mark in the page noise' % aid)
        apos_bad = "\u2019" if style == 'straight' else "'"
        # participants
        pkeys = []
        for p in a['participants']:
            if not keys_in_order(p, PART_KEYS, aid + ' participant'):
                continue
            k = p['key']
            if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)*$', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            nt = k.split(':')[1].split('-')
            if nt[0] in TITLE_WORDS:
                err('%s: key %s starts with a title word' % (aid, k))
            if not has_seq(hb_tokens, nt):
                err('%s: name of %s not in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif apos_bad in v:
                    err('%s: %s of %s uses the wrong apostrophe style' % (aid, fld, k))
            if k in people_keys:
                err('%s: author or credited staff %s listed as participant' % (aid, k))
            # no participant name in the page noise
            if has_seq(noise_tokens, nt) or (len(nt) > 1 and nt[-1] in noise_tokens):
                err('%s: participant %s named in the page noise' % (aid, k))
        total_p += len(pkeys)
        # quotes
        spans = [mm.group(1) for i in P['body_idx'] for mm in q_re.finditer(lines[i])]
        annotated = [q.get('text') for q in a['quotes'] if isinstance(q, dict)] + list(a['not_quotes'])
        if Counter(spans) != Counter(annotated):
            err('%s: quoted spans and annotations differ: only in text %s, only in gold %s' % (
                aid, list((Counter(spans) - Counter(annotated)).elements()),
                list((Counter(annotated) - Counter(spans)).elements())))
        last = -1
        evid_all = [e for fct in a['facts'] if isinstance(fct, dict) for e in (fct.get('evidence') or [])]
        for q in a['quotes']:
            if not keys_in_order(q, QUOTE_KEYS, aid + ' quote'):
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.match(r'^org:[a-z0-9]+(-[a-z0-9]+)*$', str(sk))):
                err('%s: speaker %r is neither a participant nor an org key' % (aid, sk))
            marked = op + q['text'] + cl
            if q['text'] not in text:
                err('%s: quote not verbatim in the file: %r' % (aid, q['text']))
            occ = [i for i in occurrences(text, marked) if in_allowed_region(P, i, len(marked)) and i != P['offs'][P['tl']]]
            nxt = [i for i in occ if i > last]
            if not nxt:
                err('%s: quote not found in the body after the previous one: %r' % (aid, q['text']))
            else:
                last = nxt[0]
            if not any(marked in e for e in evid_all):
                err('%s: quote outside every evidence string: %r' % (aid, q['text']))
            if q['text'] in noise_text:
                err('%s: quote text appears in the page noise: %r' % (aid, q['text']))
        total_q += len(a['quotes'])
        # facts
        prefixes = set()
        seen = set()
        for fct in a['facts']:
            if not keys_in_order(fct, FACT_KEYS, aid + ' fact'):
                continue
            if not isinstance(fct['statement'], str) or not fct['statement'].strip():
                err('%s: empty statement' % aid)
            kinds = fct['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or any(k not in FACT_KINDS for k in kinds):
                err('%s: bad fact kind %r' % (aid, kinds))
            for k in kinds if isinstance(kinds, list) else []:
                counts[k] += 1
            sl = fct['same_as']
            if not isinstance(sl, str) or not re.match(r'^[a-z]+[0-9]{2}-[a-z0-9]+$', sl):
                err('%s: bad same_as %r' % (aid, sl))
                continue
            if sl in seen:
                err('%s: same_as %s repeated in the article' % (aid, sl))
            seen.add(sl)
            prefixes.add(sl.split('-')[0])
            slug_arts[sl].append(aid)
            slug_kinds[sl].add(tuple(sorted(kinds)))
            if sl in earlier_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sl))
            ev = fct['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: fact %s has no evidence' % (aid, sl))
                continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: evidence with outer spaces or empty in %s' % (aid, sl))
                    continue
                if e not in text:
                    err('%s: evidence not verbatim in the file (%s): %r' % (aid, sl, e[:60]))
                    continue
                occ = [i for i in occurrences(text, e) if in_allowed_region(P, i, len(e))]
                if not occ:
                    err('%s: evidence not in headline or body (%s): %r' % (aid, sl, e[:60]))
                elif not any(sentence_bounded(text, i, e, P) for i in occ):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sl, e[:60]))
                if e in noise_text:
                    err('%s: evidence appears in the page noise (%s)' % (aid, sl))
        total_f += len(a['facts'])
        if len(prefixes) != 1:
            err('%s: expected one same_as prefix, found %s' % (aid, sorted(prefixes)))
        else:
            pf = prefixes.pop()
            if not pf.endswith(a['summit']['start_date'][2:4]):
                err('%s: prefix %s does not end in the year digits' % (aid, pf))
            if pf in earlier_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pf))
            summit_of[aid] = summit_of.get(aid, ()) + (pf,)
        # word counts
        bw = len(body_text.split())
        if not 420 <= bw <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, bw))
        # page noise present
        if not P['top_idx']:
            err('%s: no page noise at the top' % aid)
        if len(lines[P['tail']:]) < 2 or not any(l.strip() for l in lines[P['tail'] + 1:]):
            err('%s: page-noise tail too short' % aid)
        low = noise_text.lower()
        for kind, pat in (('comments', r'comments \(\d+\)'), ('cookies', r'cookies'), ('faq', r'\bfaq\b'),
                          ('related', r'related|read also|also on|most read|read next'),
                          ('photo', r'photo'), ('newsletter', r'sign up|subscribe|inbox')):
            if re.search(pat, low):
                noise_kinds[kind] += 1
        if P['mid_idx']:
            noise_kinds['middle'] += 1
        cm = re.search(r'Comments \((\d+)\)', noise_text)
        if cm:
            i = [j for j, l in enumerate(lines) if l.startswith('Comments (')][0]
            n = int(cm.group(1))
            com = [l for l in lines[i + 1:i + 1 + n] if re.match(r'^[^:]{1,40}: \S', l)]
            if len(com) != n or n < 3:
                err('%s: comments section should hold %d comments (found %d, at least 3)' % (aid, n, len(com)))
        print('%-42s q=%d nq=%d p=%d f=%d body=%d file=%d' % (
            aid, len(a['quotes']), len(a['not_quotes']), len(pkeys), len(a['facts']), bw, len(text.split())))

    for kind in ('comments', 'cookies', 'faq', 'related', 'photo', 'newsletter', 'middle'):
        if noise_kinds[kind] == 0:
            err('no article has page noise of kind %s' % kind)
    # shape: summits, pairs and singles
    groups = defaultdict(list)
    for aid, sm in summit_of.items():
        if len(sm) >= 5:
            groups[(sm[0], sm[1], sm[3])].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits (3 pairs, 2 singles), found sizes %s' % sizes)
    bodies = Counter(k[0] for k in groups)
    if len(bodies) < 3:
        err('fewer than three bodies: %s' % dict(bodies))
    if any(v > 2 for v in bodies.values()):
        err('more than two summits of one body: %s' % dict(bodies))
    pair_of = {}
    pref_summit = {}
    for key, members in groups.items():
        for aid in members:
            pf = summit_of[aid][-1] if len(summit_of[aid]) == 6 else None
            if pf:
                if pf in pref_summit and pref_summit[pf] != key:
                    err('prefix %s used by two summits' % pf)
                pref_summit[pf] = key
        if len(members) == 2:
            x, y = members
            if summit_of[x][:5] != summit_of[y][:5]:
                err('pair %s / %s disagree on summit data' % (x, y))
            if outlets[x] == outlets[y]:
                err('pair %s / %s from the same outlet' % (x, y))
            pair_of[x] = y
            pair_of[y] = x
    shared = Counter()
    for sl, al in slug_arts.items():
        if len(al) > 2:
            err('same_as %s in more than two articles' % sl)
        elif len(al) == 2:
            x, y = al
            if pair_of.get(x) != y:
                err('same_as %s shared by %s and %s, which are not a pair' % (sl, x, y))
            if len(slug_kinds[sl]) != 1:
                err('same_as %s has different kinds in the pair' % sl)
            shared[tuple(sorted(al))] += 1
    for x, y in pair_of.items():
        if x < y and shared[(x, y)] < 5:
            err('pair %s / %s shares only %d slugs' % (x, y, shared[(x, y)]))
    print('shared slugs per pair:', {'%s/%s' % k: v for k, v in shared.items()})
    print('totals: quotes=%d participants=%d facts=%d kinds=%s; earlier gold files read: %d' % (
        total_q, total_p, total_f, dict(counts), nfound))


def date_supported(text, d, pub):
    ft = fold(text)
    # month and day
    month_pat = '|'.join(MONTHS + sorted(MONTH_ABBR, key=len, reverse=True))
    for mm in re.finditer(r'\b(%s)\.?\s+(\d{1,2})\b((?:\s*(?:,|and|to|-)\s*\d{1,2}\b)*)' % month_pat, ft):
        mname = mm.group(1)
        mon = MONTHS.index(mname) + 1 if mname in MONTHS else MONTH_ABBR[mname]
        days = [int(mm.group(2))] + [int(x) for x in re.findall(r'\d{1,2}', mm.group(3) or '')]
        if mon == d.month and d.day in days:
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], ft):
        return True
    if delta == 0 and any(re.search(r'\b%s\b' % w, ft) for w in REL0):
        return True
    if delta == 1 and any(re.search(r'\b%s\b' % w, ft) for w in REL1):
        return True
    return False


if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        print('FAIL: the checker crashed')
        sys.exit(1)
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e)
        print('FAIL: %d error(s)' % len(ERRORS))
        sys.exit(1)
    print('PASS: heldout104 passes all checks')
    sys.exit(0)
