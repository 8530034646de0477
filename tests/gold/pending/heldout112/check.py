#!/usr/bin/env python3
"""Checker for held-out set heldout112. Exits 1 on any error (a crash counts as an error).

Runs on the folder it sits in. Earlier gold files are read from ../../ (tests/gold), or from the
folder named by the environment variable H112_EARLIER when the checker runs on a copy.
"""
import datetime, json, os, re, sys, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H112_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ROUND = 'heldout112'
PREFIX = 'h112'
ABOUT_OPENING = ("Held-out set round 112 (split=heldout112), written by an independent annotator; "
                 "not yet scored or read by anyone working on the extractors.")

# ---------------------------------------------------------------- registries
IDS = ['h112_arctic_tromso_auklet',
 'h112_arctic_tromso_nordkalott',
 'h112_pif_funafuti_reefheron',
 'h112_pif_funafuti_coralsea',
 'h112_arctic_barrow_ptarmigan',
 'h112_arctic_barrow_taiga',
 'h112_ibero_cuenca_tomebamba',
 'h112_pif_brisbane_sandbar']
PAIRS = [['h112_arctic_tromso_auklet', 'h112_arctic_tromso_nordkalott'],
 ['h112_pif_funafuti_reefheron', 'h112_pif_funafuti_coralsea'],
 ['h112_arctic_barrow_ptarmigan', 'h112_arctic_barrow_taiga']]
SINGLES = ['h112_ibero_cuenca_tomebamba', 'h112_pif_brisbane_sandbar']
CURLY = ['h112_arctic_tromso_nordkalott',
 'h112_pif_funafuti_coralsea',
 'h112_arctic_barrow_taiga',
 'h112_ibero_cuenca_tomebamba']
CREDITED = {'h112_arctic_tromso_auklet': ['Odd Rune Olsrud-Inchcombe']}
NOISE = {'h112_arctic_barrow_ptarmigan': ['Advertisement\n'
                                  'Heating oil deliveries for the North Slope: order before freeze-up and save. Call '
                                  'our Fairbanks office.',
                                  'Comments (4)\n'
                                  'Northslope_Dan: Good for Barrow. Now can somebody in Juneau fix the fuel prices?\n'
                                  'akmom1978: My daughter helped serve lunch to the delegates at the school. She '
                                  'said the Finnish people were very nice.\n'
                                  'Frank in Wasilla: Another meeting, another declaration. Wake me when it lowers my '
                                  'heating bill.\n'
                                  'Northslope_Dan: @Frank in Wasilla at least they came up here to see it for '
                                  'themselves.\n'
                                  'Post comments are moderated. Please keep it civil and on topic.\n'
                                  'Ptarmigan Post, Anchorage. (c) 2000 Ptarmigan Post. Contact the newsroom at '
                                  'news@ptarmiganpost.example'],
 'h112_arctic_barrow_taiga': ['Taiga Policy Letter FAQ\n'
                              'How often is the Letter published? Every second Tuesday, with special issues after '
                              'major meetings.\n'
                              'Can I share this analysis? Yes, with attribution; please forward rather than copy the '
                              'full text.\n'
                              'How do I change my address? Reply to this email with the word ADDRESS in the subject '
                              'line.',
                              'Read next: The Northern Dimension after Feira | Who pays for Arctic science? | '
                              'Interview: a Saami view of the council\n'
                              'Sign up for the Taiga Policy Letter, free every second Tuesday. We never share your '
                              'address.\n'
                              'Taiga Policy Letter is published in Helsinki. (c) 2000 Taiga Policy Letter. Contact: '
                              'editors@taigaletter.example'],
 'h112_arctic_tromso_auklet': ['ALSO ON AUKLET: FACTBOX-Who sits on the Arctic Council | Greenland counts down to '
                               'self-rule | Oil firms eye the Barents Sea',
                               '(Reporting by Sigrun Haugli-Dewhirst; Editing by Odd Rune Olsrud-Inchcombe)\n'
                               'Related: Norway and Russia talk fish and borders | Analysis - The race for the '
                               "Arctic that isn't | Polar bear numbers under study\n"
                               'We use cookies to improve your experience on our site. By continuing to browse you '
                               'agree to our use of cookies. Manage preferences\n'
                               '(c) 2009 Auklet News Agency. All rights reserved. Republication or redistribution of '
                               'Auklet content is prohibited without prior written consent.'],
 'h112_arctic_tromso_nordkalott': ['Photo caption: Flags of the Arctic states outside the meeting venue in the city '
                                   'centre. Photo: Nordkalott Tribune',
                                   'Comments (5)\n'
                                   'Ola from Tromsdalen: Nice for the hotels. Meanwhile the bus to the university is '
                                   'still late every morning.\n'
                                   'midnattsol82: Proud of our city today. Good to see the north taken seriously in '
                                   'the south for once.\n'
                                   'Kari N.: Why not give the council a permanent office here? We have the '
                                   'institutes and the airport already.\n'
                                   'reindeer_road: Lots of words about ships. I would like to see the same energy '
                                   'for the roads in Finnmark.\n'
                                   'Ola from Tromsdalen: @midnattsol82 agreed, but the sleet did not get the memo.\n'
                                   'Most read: Cod quotas cut for coastal fleet | Ice hockey: Tromsø juniors win in '
                                   'Alta | Road over Kvaløya closed for repairs\n'
                                   'Nordkalott Tribune, Tromsø. English edition. (c) 2009 Nordkalott Tribune. Tips: '
                                   'newsdesk@nordkalott.example'],
 'h112_ibero_cuenca_tomebamba': ['Newsletter: Get the Tomebamba Dispatch weekday briefing on Ecuador and the Andes '
                                 'in your inbox. Sign up free | No spam, unsubscribe any time',
                                 'Comments (3)\n'
                                 'Juan Carlos R.: At least the streets got fixed. Hopefully they stay that way.\n'
                                 'Sofía_cue: We watched the motorcades go past the Parque Calderón. Shame so few '
                                 'presidents came.\n'
                                 'mateo.az: Summits like this are for photos. The real work is done by the ministers '
                                 'anyway.\n'
                                 'Read next: Ecuador’s energy crisis and the blackouts | How the toquilla hat became '
                                 'a world heritage craft | Riding Cuenca’s tram\n'
                                 'Tomebamba Dispatch is an independent English-language publication based in Cuenca, '
                                 'Ecuador. (c) 2024 Tomebamba Dispatch. Privacy | Terms | Contact'],
 'h112_pif_brisbane_sandbar': ['Photo caption: Forum leaders and officials gather for the family photograph in '
                               'Brisbane. Photo: Sandbar Pacific Business',
                               'Letters to the editor\n'
                               'Sir, your last issue on copra prices was spot on. Growers in Taveuni are still '
                               'waiting for the mill to pay. A. Singh, Taveuni\n'
                               'Sir, why does every Forum story talk about Australia and New Zealand? The region is '
                               'bigger than its two richest members. T. Teariki, Rarotonga\n'
                               'Sir, please print the shipping schedules again. Our store depends on them. M. Fonua, '
                               "Vava'u\n"
                               'Write to the editor at letters@sandbarpacific.example. Letters may be shortened.\n'
                               'Sandbar Pacific Business, published in Suva. (c) 1994 Sandbar Pacific Business. All '
                               'rights reserved.'],
 'h112_pif_funafuti_coralsea': ['Photo caption: Island children watch an aircraft land on the Funafuti airstrip. '
                                'Archive photograph; photographer not recorded.',
                                'Also in this edition: The dollar after the float | Letters: the Government’s first '
                                'eighteen months | Cricket: the West Indies in Australia\n'
                                'Reader comments on this archive article (3)\n'
                                'Pete, Townsville: I was in Funafuti for the Forum as a young radio technician. The '
                                'whole island turned out. Never forgotten it.\n'
                                'Margaret K.: Interesting to read this again now. The port visits argument went on '
                                'for years after this.\n'
                                'islander_abroad: Thank you for putting these old pieces online. My grandfather is '
                                'in the photo.\n'
                                'To comment on archive articles, please log in or subscribe. Subscriptions from the '
                                'Coral Sea Weekend Review help fund the digitisation project.\n'
                                '(c) 1984, 2024 Coral Sea Weekend Review. All rights reserved.'],
 'h112_pif_funafuti_reefheron': ['[END OF TRANSCRIPT]\n'
                                 'Coming up at eight: Island Hymns, with requests from listeners in Tonga and '
                                 'Samoa.\n'
                                 'Listen again: available by request to the programme office for 28 days. Tape '
                                 'number PM-84-0829.\n'
                                 'Radio Reef Heron Pacific Service (c) 1984. Transcripts are provided for personal '
                                 'study only and may not be rebroadcast.']}
BODY_CODES = {'arctic': 'org:arctic-council', 'pif': 'org:pif', 'ibero': 'org:ibero-american-summit'}
ORG_NAMES = {
    'org:arctic-council': ['Arctic Council'],
    'org:pif': ['Pacific Islands Forum', 'South Pacific Forum'],
    'org:ibero-american-summit': ['Ibero-American Summit', 'Ibero-American summit'],
}
ALLOWED_BODIES = {'org:g7', 'org:g8', 'org:arab-league', 'org:sadc', 'org:ecowas', 'org:asean', 'org:nordic-council',
                  'org:eac', 'org:igad', 'org:celac', 'org:brics', 'org:saarc', 'org:commonwealth', 'org:guam',
                  'org:bsec', 'org:council-of-europe', 'org:andean-community', 'org:lancang-mekong-cooperation',
                  'org:greater-mekong-subregion', 'org:benelux', 'org:baltic-council', 'org:cei', 'org:cbss',
                  'org:pif', 'org:indian-ocean-commission', 'org:comesa', 'org:eccas', 'org:arctic-council',
                  'org:ibero-american-summit'}
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
 'Bahía Málaga 2022',
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
 'Cumaná 2009',
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
 'Fairbanks 2017',
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
 'Iqaluit 2015',
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
 'Maracay 2009',
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
 'Moroni 2014',
 'Moscow 2003',
 'Moscow 2024',
 'Munich 1992',
 'Muscat 2008',
 'Mérida 2011',
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
 'Salvador 1993',
 'Salzburg 2018',
 'Samara 2007',
 'Samarkand 2022',
 'San Francisco 2023',
 'San Isidro de Coronado 1989',
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
 'Yaren 2001',
 'Yaren 2018',
 'Yekaterinburg 2009',
 'Yerevan 2018',
 'Yerevan 2022',
 'Yokohama 2010',
 'Yokohama 2013']
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
 'Thessaloniki (Porto Carras',
 'Halkidiki)',
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
 'Gros Islet',
 'Iqaluit',
 'Fairbanks',
 'Moroni',
 'Salvador',
 'Salvador da Bahia',
 'Yaren',
 'San Isidro de Coronado',
 'Cumana',
 'Cumaná',
 'Maracay',
 'Merida',
 'Mérida',
 'Bahia Malaga',
 'Bahía Málaga']

QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TF_ORDER = ['organization', 'city', 'country', 'start_date', 'end_date']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
            'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TITLE_WORDS = {'mr', 'mrs', 'ms', 'dr', 'president', 'king', 'queen', 'prince', 'prime', 'minister', 'sir',
               'chancellor', 'secretary', 'general', 'premier', 'sheikh', 'emir', 'ratu', 'chief'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
COMMON_WORD_SURNAMES = {'store'}

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('Æ', 'Ae').replace('ß', 'ss')
    s = s.replace('ð', 'd').replace('ł', 'l').replace('đ', 'd')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"['\u2019]s\b", '', s)
    s = s.lower().replace("'", '').replace('\u2019', '')
    return ' ' + ' '.join(re.findall(r'[a-z0-9]+', s)) + ' '

def pieces(s):
    """Sentence-sized pieces (five words or more) of a quote or evidence string, without outer marks."""
    out = []
    for p in re.split(r'(?<=[.?!,;:])["\u201d]?\s+|\s+["\u201c]', s):
        p = p.strip(' "\u201c\u201d')
        if len(p.split()) >= 5:
            out.append(p)
    return out

def has_tokens(hay_folded, phrase):
    f = fold(phrase)
    return f.strip() != '' and f in hay_folded

def parse_date(s, what):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: bad ISO date %r' % (what, s))
        return None

def main():
    gold_path = os.path.join(HERE, ROUND + '_gold.json')
    raw = open(gold_path, encoding='utf-8').read()
    gold = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    if list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles: %r' % list(gold.keys()))
    about = gold.get('about', '')
    if not isinstance(about, str) or not about.startswith(ABOUT_OPENING):
        err('about text does not start with the required opening sentence')
    arts = gold.get('articles', [])
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, found %s' % (len(arts) if isinstance(arts, list) else type(arts)))
        arts = arts if isinstance(arts, list) else []

    # files present in this folder
    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if sorted(ids) != sorted(IDS):
        err('article ids %r differ from the registered ids %r' % (ids, IDS))
    if len(set(ids)) != len(ids):
        err('duplicate article ids')
    if sorted(t[:-4] for t in txts) != sorted(ids):
        err('txt files %r do not match article ids %r' % (txts, ids))
    reg = set(PAIRS[0] + PAIRS[1] + PAIRS[2] if len(PAIRS) == 3 else []) | set(SINGLES)
    if len(PAIRS) != 3 or len(SINGLES) != 2 or reg != set(IDS) or len(reg) != 8:
        err('registry must hold 3 pairs and 2 singles covering the 8 ids')

    earlier = load_earlier()
    by_id = {}
    all_slugs = collections.defaultdict(list)
    prefixes = {}
    for a in arts:
        aid = a.get('id', '?')
        try:
            check_article(a, earlier, all_slugs, prefixes)
        except Exception as e:
            err('%s: checker crashed on article: %r' % (aid, e))
        by_id[aid] = a
    check_set(by_id, all_slugs, prefixes, earlier)

def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 112)]
    res = {'slugs': set(), 'prefixes': set(), 'ids': set(), 'summits': [], 'files': 0}
    for nm in names:
        p = os.path.join(EARLIER, nm)
        if not os.path.exists(p):
            continue
        res['files'] += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) and 'articles' in d else d
        for a in arts:
            res['ids'].add(a.get('id'))
            s = a.get('summit')
            if isinstance(s, dict):
                res['summits'].append(s)
            for f in a.get('facts', []) or []:
                sl = f.get('same_as')
                if isinstance(sl, str):
                    res['slugs'].add(sl)
                    res['prefixes'].add(sl.split('-')[0])
    if res['files'] < 50:
        err('only %d earlier gold files found under %s' % (res['files'], EARLIER))
    return res

def sentence_bounded(text, start, end, title):
    """start/end are offsets of an evidence string in text."""
    line_start = text.rfind('\n', 0, start) + 1
    line_end = text.find('\n', end)
    if line_end < 0:
        line_end = len(text)
    if start == 0 and end == len(title):
        return True
    ok_start = False
    if start == line_start:
        ok_start = True
    else:
        before = text[line_start:start]
        if re.fullmatch(r'[A-Z][A-Z\' \-]+: ', before):
            ok_start = True
        elif re.search(r'[.?!]["\u201d]? $', before) or re.search(r'[A-Z][A-Z\' \-]+: [^\n]*[.?!]["\u201d]? $', before):
            ok_start = True
    ev = text[start:end]
    ok_end = False
    if end == line_end or text[end] == ' ':
        if re.search(r'[.?!]$', ev) or re.search(r'[.?!,]["\u201d]$', ev):
            ok_end = True
    return ok_start and ok_end

def check_article(a, earlier, all_slugs, prefixes):
    aid = a.get('id', '?')
    if list(a.keys()) != ART_KEYS:
        err('%s: article keys %r not in the order %r' % (aid, list(a.keys()), ART_KEYS))
    m = re.fullmatch(PREFIX + r'_([a-z]+)_([a-z]+)_([a-z]+)', aid)
    if not m:
        err('%s: id not of the form %s_<body>_<city>_<outlet>' % (aid, PREFIX)); return
    body_code, city_code, outlet_code = m.groups()
    if a.get('split') != ROUND:
        err('%s: split %r' % (aid, a.get('split')))
    if a.get('file') != 'articles/%s.txt' % aid:
        err('%s: file %r' % (aid, a.get('file')))
    if aid in earlier['ids']:
        err('%s: id used in earlier gold' % aid)
    path = os.path.join(HERE, aid + '.txt')
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    if len(lines) < 8 or lines[4] != '':
        err('%s: header must be four lines followed by a blank line' % aid)
    title = a.get('title')
    if title != lines[0]:
        err('%s: title differs from the headline' % aid)
    if not isinstance(title, str) or title not in text:
        err('%s: title not verbatim in the file' % aid)
    pub = parse_date(a.get('published_at', ''), aid + ' published_at')
    outlet_line = lines[1]
    outlet = outlet_line.split(' | ')[0]
    if pub:
        wd = WEEKDAYS[pub.weekday()]
        want = '%s, %s %d, %d' % (wd, MONTHS[pub.month - 1], pub.day, pub.year)
        if want not in outlet_line:
            err('%s: outlet line lacks %r' % (aid, want))
        for w in WEEKDAYS:
            if w != wd and w in outlet_line:
                err('%s: outlet line names another weekday' % aid)
    authors = a.get('authors')
    if not isinstance(authors, list) or not authors or not all(isinstance(x, str) and x for x in authors):
        err('%s: authors must be a non-empty list of names' % aid); authors = []
    for au in authors:
        if au not in lines[2]:
            err('%s: author %r not in the byline' % (aid, au))

    # ----------------------------------------------------------- noise and body
    blocks = NOISE.get(aid, [])
    if len(blocks) < 1:
        err('%s: no page noise registered' % aid)
    spans = []
    for b in blocks:
        i = text.find(b)
        if i < 0 or text.find(b, i + 1) >= 0:
            err('%s: noise block not found exactly once: %r' % (aid, b[:60])); continue
        if (i > 0 and text[i - 1] != '\n') or (i + len(b) < len(text) and text[i + len(b)] != '\n'):
            err('%s: noise block does not cover whole lines' % aid)
        spans.append((i, i + len(b)))
    header_end = len('\n'.join(lines[:5]))
    spans.append((len(lines[0]) + 1, header_end))
    def in_noise(s, e):
        return any(s < ne and e > ns for ns, ne in spans)
    body_chars = []
    for idx, ch in enumerate(text):
        if idx < header_end or any(ns <= idx < ne for ns, ne in spans):
            body_chars.append('\n' if ch == '\n' else ' ')
        else:
            body_chars.append(ch)
    body = ''.join(body_chars)
    noise_text = '\n'.join([lines[1], lines[2], lines[3]] + blocks)
    words = len(body.split())
    if not 420 <= words <= 600:
        err('%s: %d words of body, outside 420-600' % (aid, words))
    if len(text.split()) > 700:
        err('%s: %d words in the whole file, over 700' % (aid, len(text.split())))
    if not text.rstrip('\n').endswith(blocks[-1] if blocks else '\x00'):
        err('%s: the file does not end with a page-noise block' % aid)
    if re.search(r'["\u201c\u201d]', noise_text) or re.search(r'["\u201c\u201d]', title or ''):
        err('%s: double quotation mark in the headline or page noise' % aid)
    folded_body = fold(title + '\n' + body)
    folded_noise = fold(noise_text)

    # ----------------------------------------------------------- quote style
    curly = aid in CURLY
    if curly:
        if '"' in text or "'" in text:
            err('%s: straight mark in a curly article' % aid)
        if '\u2018' in text:
            err('%s: opening single curly mark' % aid)
        for ln in lines:
            depth = 0
            for ch in ln:
                if ch == '\u201c':
                    if depth: err('%s: nested curly marks: %r' % (aid, ln[:50]))
                    depth = 1
                elif ch == '\u201d':
                    if not depth: err('%s: unopened curly mark: %r' % (aid, ln[:50]))
                    depth = 0
            if depth: err('%s: unclosed curly mark: %r' % (aid, ln[:50]))
        opening, closing = '\u201c', '\u201d'
    else:
        if re.search('[\u2018\u2019\u201c\u201d]', text):
            err('%s: curly mark in a straight article' % aid)
        for ln in lines:
            if ln.count('"') % 2:
                err('%s: odd number of straight marks on a line: %r' % (aid, ln[:50]))
        opening = closing = '"'
    bad_apos = "'" if curly else '\u2019'

    # ----------------------------------------------------------- summit
    s = a.get('summit')
    if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
        err('%s: summit keys %r' % (aid, list(s.keys()) if isinstance(s, dict) else s)); return
    org = s['organization']
    if org not in ALLOWED_BODIES:
        err('%s: organisation %s not allowed' % (aid, org))
    if BODY_CODES.get(body_code) != org:
        err('%s: body code %s does not match %s' % (aid, body_code, org))
    city, country = s['city'], s['country']
    if not isinstance(city, str) or not city or not isinstance(country, str) or not country:
        err('%s: empty city or country' % aid)
    if fold(city).replace(' ', '') != city_code:
        err('%s: city code %s does not match city %s' % (aid, city_code, city))
    sd = parse_date(s['start_date'], aid + ' start_date')
    ed = parse_date(s['end_date'], aid + ' end_date')
    if sd and ed:
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: publication date outside the summit and the three weeks after it' % aid)
    fcity = fold(city)
    for av in AVOID_CITIES:
        forms = [av] + re.findall(r'\(([^)]*)\)', av) + [re.sub(r'\s*\([^)]*\)', '', av)]
        if any(fold(f) == fcity for f in forms if f.strip()):
            err('%s: city %s is on the avoid list' % (aid, city))
    if sd:
        for u in USED_CITY_YEARS:
            uc, uy = u.rsplit(' ', 1)
            if fold(uc) == fcity and int(uy) == sd.year:
                err('%s: city and year %s are on the used list' % (aid, u))
        for es in earlier['summits']:
            try:
                if fold(es.get('city', '')) == fcity and str(es.get('start_date', ''))[:4] == str(sd.year):
                    err('%s: city and year used by an earlier gold summit' % aid)
                if es.get('organization') == org and es.get('city') == city and es.get('start_date') == s['start_date']:
                    err('%s: same summit as an earlier gold entry' % aid)
            except Exception:
                pass
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or not set(tf) <= set(TF_ORDER):
        err('%s: text_fields %r not a non-empty subset of the five fields' % (aid, tf)); tf = []
    elif tf != [x for x in TF_ORDER if x in tf]:
        err('%s: text_fields out of canonical order' % aid)
    if 'organization' in tf and not any(has_tokens(folded_body, n) for n in ORG_NAMES.get(org, [])):
        err('%s: organisation not named in headline or body' % aid)
    if 'city' in tf and not has_tokens(folded_body, city):
        err('%s: city not in headline or body' % aid)
    if 'country' in tf and not has_tokens(folded_body, country):
        err('%s: country not in headline or body' % aid)
    start_ok = sd is not None and pub is not None and date_supported(body, sd, pub, 'start', sd, ed)
    end_ok = ed is not None and pub is not None and date_supported(body, ed, pub, 'end', sd, ed)
    if sd and ed and sd == ed and (start_ok or end_ok):
        start_ok = end_ok = True
    if 'start_date' in tf and not start_ok:
        err('%s: start date not recoverable from the text' % aid)
    if 'end_date' in tf and not end_ok:
        err('%s: end date not recoverable from the text' % aid)

    # ----------------------------------------------------------- participants
    parts = a.get('participants')
    pkeys = set()
    if not isinstance(parts, list):
        err('%s: participants not a list' % aid); parts = []
    for p in parts:
        if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
            err('%s: participant keys %r' % (aid, p)); continue
        k = p['key']
        if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
            err('%s: malformed participant key %s' % (aid, k)); continue
        if k in pkeys:
            err('%s: duplicate participant %s' % (aid, k))
        pkeys.add(k)
        toks = k[7:].split('-')
        if toks[0] in TITLE_WORDS:
            err('%s: title word at the start of key %s' % (aid, k))
        if (' ' + ' '.join(toks) + ' ') not in folded_body:
            err('%s: name of %s not in headline or body' % (aid, k))
        for fld in ('role', 'affiliation'):
            v = p[fld]
            if not isinstance(v, str) or not v.strip():
                err('%s: empty %s for %s' % (aid, fld, k))
            elif bad_apos in v:
                err('%s: wrong apostrophe style in %s of %s' % (aid, fld, k))
        for au in authors + CREDITED.get(aid, []):
            if fold(au) == ' ' + ' '.join(toks) + ' ':
                err('%s: author or credited staff %s listed as participant' % (aid, au))
        full = ' ' + ' '.join(toks) + ' '
        if full in folded_noise:
            err('%s: participant %s named in page noise' % (aid, k))
        last = toks[-1]
        if len(toks) > 1 and last not in COMMON_WORD_SURNAMES and (' ' + last + ' ') in folded_noise:
            err('%s: surname of participant %s in page noise' % (aid, k))
    for cs in CREDITED.get(aid, []):
        if cs not in noise_text:
            err('%s: credited staff %s not in page noise' % (aid, cs))

    # ----------------------------------------------------------- quotes
    quotes = a.get('quotes')
    if not isinstance(quotes, list):
        err('%s: quotes not a list' % aid); quotes = []
    last_pos = -1
    qpos = []
    for q in quotes:
        if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
            err('%s: quote keys %r' % (aid, q)); continue
        t = q['text']
        if not isinstance(t, str) or not t:
            err('%s: empty quote text' % aid); continue
        if q['kind'] not in QUOTE_KINDS:
            err('%s: quote kind %r' % (aid, q['kind']))
        sk = q['speaker_key']
        if not isinstance(sk, str) or not (re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', sk)
                                           or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk)
                                           or re.fullmatch(r'country:[a-z]{2}', sk)):
            err('%s: malformed speaker key %r' % (aid, sk))
        elif sk.startswith('person:') and sk not in pkeys:
            err('%s: speaker %s is not a participant' % (aid, sk))
        if t not in text:
            err('%s: quote not verbatim in the file: %r' % (aid, t[:50]))
        marked = opening + t + closing
        i = body.find(marked, last_pos + 1)
        if i < 0:
            err('%s: quote not found with its marks in the body after the previous one: %r' % (aid, t[:50]))
        else:
            last_pos = i
            qpos.append((i, i + len(marked), t))
        if t in noise_text or any(piece in noise_text for piece in pieces(t)):
            err('%s: quote text in page noise: %r' % (aid, t[:50]))
    nq = a.get('not_quotes')
    if not isinstance(nq, list) or not all(isinstance(x, str) and x for x in nq):
        err('%s: not_quotes must be a list of strings' % aid); nq = []
    spans_marked = re.findall(re.escape(opening) + r'([^' + re.escape(closing if curly else '"') + r'\n]*)' + re.escape(closing), body)
    want = collections.Counter([q['text'] for q in quotes if isinstance(q, dict) and 'text' in q] + nq)
    if collections.Counter(spans_marked) != want:
        err('%s: quoted spans of the body and annotated quotes/not_quotes differ: %r vs %r' % (
            aid, sorted((collections.Counter(spans_marked) - want).elements())[:3],
            sorted((want - collections.Counter(spans_marked)).elements())[:3]))

    # ----------------------------------------------------------- facts
    facts = a.get('facts')
    if not isinstance(facts, list) or not facts:
        err('%s: facts missing' % aid); facts = []
    ev_spans = []
    seen = set()
    for f in facts:
        if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
            err('%s: fact keys %r' % (aid, f)); continue
        if not isinstance(f['statement'], str) or not f['statement'].strip():
            err('%s: empty statement' % aid)
        elif bad_apos in f['statement']:
            err('%s: wrong apostrophe style in statement %r' % (aid, f['statement'][:40]))
        ks = f['kind']
        if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or not set(ks) <= FACT_KINDS:
            err('%s: fact kind %r' % (aid, ks))
        sl = f['same_as']
        if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z0-9]+(-[a-z0-9]+)*', sl):
            err('%s: malformed same_as %r' % (aid, sl)); continue
        if sl in seen:
            err('%s: same_as %s repeated in the article' % (aid, sl))
        seen.add(sl)
        all_slugs[sl].append((aid, tuple(sorted(ks)) if isinstance(ks, list) else ()))
        prefixes.setdefault(aid, set()).add(sl.split('-')[0])
        if sl in earlier['slugs']:
            err('%s: same_as %s used in earlier gold' % (aid, sl))
        evs = f['evidence']
        if not isinstance(evs, list) or not evs:
            err('%s: evidence missing for %s' % (aid, sl)); continue
        for e in evs:
            if not isinstance(e, str) or not e or e != e.strip():
                err('%s: evidence empty or with outer spaces in %s' % (aid, sl)); continue
            if e not in text:
                err('%s: evidence not verbatim in the file: %r' % (aid, e[:50])); continue
            if e in noise_text or any(piece in noise_text for piece in pieces(e)):
                err('%s: evidence found in page noise: %r' % (aid, e[:50]))
            if e == title:
                ev_spans.append((0, len(title)))
                continue
            i = body.find(e)
            if i < 0 or i < header_end:
                err('%s: evidence not in the body (outside noise): %r' % (aid, e[:50])); continue
            if body.find(e, i + 1) >= 0:
                err('%s: evidence occurs twice: %r' % (aid, e[:50]))
            if in_noise(i, i + len(e)):
                err('%s: evidence overlaps page noise: %r' % (aid, e[:50]))
            if not sentence_bounded(text, i, i + len(e), title):
                err('%s: evidence not sentence-bounded: %r' % (aid, e[:60]))
            ev_spans.append((i, i + len(e)))
    for (qs, qe, t) in qpos:
        if not any(es <= qs and qe <= ee for es, ee in ev_spans):
            err('%s: quote outside every evidence string: %r' % (aid, t[:50]))
    pf = prefixes.get(aid, set())
    if len(pf) != 1:
        err('%s: expected one same_as prefix, found %r' % (aid, pf))
    elif sd and not list(pf)[0].endswith('%02d' % (sd.year % 100)):
        err('%s: prefix %s does not end in the two digits of the year' % (aid, list(pf)[0]))
    else:
        p0 = list(pf)[0]
        if p0 in earlier['prefixes']:
            err('%s: prefix %s used in earlier gold' % (aid, p0))
    print('%-34s quotes %d, not_quotes %d, participants %d, facts %d, body words %d, file words %d' % (
        aid, len(quotes), len(nq), len(parts), len(facts), words, len(text.split())))

def date_supported(body, d, pub, which, sd, ed):
    month = MONTHS[d.month - 1]
    if re.search(r'\b%s %d\b' % (month, d.day), body):
        return True
    if which == 'end' and sd and sd.month == ed.month and re.search(
            r'\b%s %d (and|to) %d\b' % (month, sd.day, ed.day), body):
        return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], body):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', body, re.I):
        return True
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', body, re.I):
        return True
    return False

def check_set(by_id, all_slugs, prefixes, earlier):
    def summit_key(a):
        s = a.get('summit', {})
        return tuple(s.get(k) for k in SUMMIT_KEYS[:5])
    summits = collections.defaultdict(list)
    for aid, a in by_id.items():
        summits[summit_key(a)].append(aid)
    if len(summits) != 5:
        err('expected 5 summits, found %d' % len(summits))
    orgs = collections.Counter(k[0] for k in summits)
    if len(orgs) < 3 or max(orgs.values()) > 2:
        err('need at least three bodies and at most two summits per body: %r' % dict(orgs))
    pair_sets = [set(p) for p in PAIRS]
    for aid_list in summits.values():
        if len(aid_list) == 2 and set(aid_list) not in pair_sets:
            err('articles %r share a summit but are not a registered pair' % aid_list)
        if len(aid_list) == 1 and aid_list[0] not in SINGLES:
            err('%s is alone on its summit but not registered as single' % aid_list[0])
        if len(aid_list) > 2:
            err('more than two articles on one summit: %r' % aid_list)
    for p in PAIRS:
        a, b = by_id.get(p[0]), by_id.get(p[1])
        if not a or not b:
            err('pair %r incomplete' % (p,)); continue
        if summit_key(a) != summit_key(b):
            err('pair %r disagrees on summit data' % (p,))
        oa = open(os.path.join(HERE, p[0] + '.txt'), encoding='utf-8').read().split('\n')[1].split(' | ')[0]
        ob = open(os.path.join(HERE, p[1] + '.txt'), encoding='utf-8').read().split('\n')[1].split(' | ')[0]
        if oa == ob:
            err('pair %r from one outlet' % (p,))
        sa = {f['same_as']: tuple(sorted(f['kind'])) for f in a['facts']}
        sb = {f['same_as']: tuple(sorted(f['kind'])) for f in b['facts']}
        shared = set(sa) & set(sb)
        if len(shared) < 5:
            err('pair %r shares only %d slugs' % (p, len(shared)))
        for sl in shared:
            if sa[sl] != sb[sl]:
                err('shared slug %s has different kinds in %r' % (sl, p))
        print('pair %s + %s: %d shared slugs: %s' % (p[0], p[1], len(shared), ', '.join(sorted(shared))))
    for sl, occ in all_slugs.items():
        arts = [x[0] for x in occ]
        if len(arts) > 2:
            err('slug %s in more than two articles' % sl)
        if len(arts) == 2 and set(arts) not in pair_sets:
            err('slug %s shared by articles that are not a pair: %r' % (sl, arts))
        if len(arts) == 2 and occ[0][1] != occ[1][1]:
            err('slug %s with different kinds' % sl)
    # one prefix per summit, not shared across summits
    pref_summit = {}
    for aid, pf in prefixes.items():
        for p in pf:
            k = summit_key(by_id[aid])
            if p in pref_summit and pref_summit[p] != k:
                err('prefix %s used for two summits' % p)
            pref_summit[p] = k
    # page-noise shape across the set
    mid = 0
    comments = 0
    for aid in by_id:
        text = open(os.path.join(HERE, aid + '.txt'), encoding='utf-8').read()
        blocks = NOISE.get(aid, [])
        if any(not text.rstrip('\n').endswith(b) for b in blocks[:-1]):
            mid += 1
        if any(re.search(r'(Comments \(\d+\)|Reader comments|Letters to the editor)', b) for b in blocks):
            comments += 1
    if mid < 4:
        err('page noise in the middle of only %d articles' % mid)
    if comments < 4:
        err('reader comment or letters sections in only %d articles' % comments)
    kinds = collections.Counter(k for a in by_id.values() for f in a['facts'] for k in f['kind'])
    print('facts by kind: %s' % dict(kinds))
    print('earlier gold files read: %d' % earlier['files'])

if __name__ == '__main__':
    try:
        main()
    except Exception as e:
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % (e,))
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('heldout112: all checks passed')
    sys.exit(0)
