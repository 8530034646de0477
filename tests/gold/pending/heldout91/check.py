#!/usr/bin/env python3
"""Checker for the held-out set heldout91 (pending/heldout91/).

Exits 1 on any error (a crash counts as an error), 0 when everything passes.
Reads only this folder and, by exact name, the earlier gold files
../../facts_gold.json and ../../heldoutM_gold.json for M = 5 to 90
(H91_EARLIER may point at another folder holding them, for runs on a copy).
"""
import collections, datetime, json, os, re, sys, traceback, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H91_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout91_gold.json')

OPENING = ("Held-out set round 91 (split=heldout91), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")
TOP_KEYS = ['about', 'articles']
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
# bodies the brief allows: key -> (id part, names by which the text may name it)
BODIES = {
    'org:nato': ('nato', ['NATO', 'North Atlantic Treaty Organisation', 'North Atlantic Treaty Organization']),
    'org:african-union': ('au', ['African Union', 'AU']),
    'org:oau': ('oau', ['Organisation of African Unity', 'Organization of African Unity', 'OAU']),
    'org:asean': ('asean', ['ASEAN', 'Association of Southeast Asian Nations']),
    'org:sco': ('sco', ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization']),
    'org:g20': ('g20', ['G20', 'Group of Twenty']),
    'org:brics': ('brics', ['BRICS']),
    'org:arab-league': ('arableague', ['Arab League', 'League of Arab States']),
    'org:ecowas': ('ecowas', ['ECOWAS', 'Economic Community of West African States']),
    'org:nordic-council': ('nordic', ['Nordic Council']),
    'org:francophonie': ('francophonie', ['Francophonie']),
    'org:gcc': ('gcc', ['GCC', 'Gulf Cooperation Council']),
    'org:csto': ('csto', ['CSTO', 'Collective Security Treaty Organisation', 'Collective Security Treaty Organization']),
    'org:eac': ('eac', ['East African Community', 'EAC']),
    'org:saarc': ('saarc', ['SAARC', 'South Asian Association for Regional Cooperation']),
    'org:cis': ('cis', ['CIS', 'Commonwealth of Independent States']),
    'org:oic': ('oic', ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation',
                        'Organisation of the Islamic Conference']),
}
TITLE_WORDS = {'president', 'king', 'queen', 'prince', 'crown', 'sheikh', 'emir', 'general', 'major',
               'minister', 'prime', 'chancellor', 'secretary', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord',
               'chairman', 'governor', 'sultan', 'colonel', 'marshal', 'pope', 'emperor', 'former'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MONTH_ABBR = {1: ['jan'], 2: ['feb'], 3: ['mar'], 4: ['apr'], 5: ['may'], 6: ['june'], 7: ['july'],
              8: ['aug'], 9: ['sept', 'sep'], 10: ['oct'], 11: ['nov'], 12: ['dec']}
SAME_DAY_WORDS = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
DAY_BEFORE_WORDS = ['yesterday', 'last night']
CURLY = '\u201c\u201d\u2018\u2019'

CONFIG = {'h91_arableague_alexandria_fathom': {'noise': ['Fathom Wire Archive | Search the archive | Collections | '
                                                'Licensing | Sign in',
                                                'Fathom Wire | Middle East | Friday, September 11, 1964 '
                                                '21:15 GMT',
                                                'By Rowland Tregoning-Vyse',
                                                'NIGHT LEAD-Rewrites throughout with communique, Israeli '
                                                'reaction, analyst comment',
                                                '(Reporting by Rowland Tregoning-Vyse; Editing by Evadne '
                                                'Coldstream)',
                                                'Related: Palestine organisation names its first executive '
                                                "committee | Israel's water carrier: how it works | Yemen: "
                                                'royalist and republican forces trade blame',
                                                'Fathom Wire archive. Scanned from the original teleprinter '
                                                'copy; some characters may be garbled. (c) 1964 Fathom Wire. '
                                                'All rights reserved.'],
                                      'outlet': 'Fathom Wire',
                                      'staff': ['Evadne Coldstream'],
                                      'style': 'straight'},
 'h91_arableague_alexandria_qadisha': {'noise': ['Qadisha Weekly Review | Beirut | Thursday, September 17, '
                                                 '1964',
                                                 'Politics | Economy | Culture | Letters | From the archive '
                                                 '| Subscribe',
                                                 'By Nassib Karkour-Bexley',
                                                 'From the archive: this article appeared in print on page '
                                                 '3.',
                                                 'Advertisement - Boustany Freres, Bab Idriss: '
                                                 'refrigerators, radios and gramophones on easy terms.',
                                                 'Letters to the editor on this article were published in '
                                                 'the issue of September 24.',
                                                 'Reader comments on the archive edition (3)',
                                                 'Nayla S.: My father kept every issue of this review. '
                                                 'Reading it now, knowing what came three years later, is '
                                                 'hard.',
                                                 'Chafic R.: Does anyone know whether the works on the '
                                                 'Hasbani were ever started?',
                                                 'G. Tabet: Good to see the archive online at last. Please '
                                                 'add the issues from 1965.',
                                                 'Qadisha Weekly Review archive. (c) 1964 Qadisha '
                                                 'Publishing, Beirut. Digitised edition; page images are '
                                                 'available to subscribers.'],
                                       'outlet': 'Qadisha Weekly Review',
                                       'staff': [],
                                       'style': 'curly'},
 'h91_cis_burabay_saryarka': {'noise': ['Saryarka Monitor | Eurasia Analysis | Monday, October 19, 2015',
                                        'Home | Kazakhstan | Central Asia | Russia | Energy | Security | '
                                        'Newsletter',
                                        'By Zhuldyz Temirkhanova-Pardew',
                                        'Analysis. The views expressed are the author’s own and do not '
                                        'necessarily reflect those of Saryarka Monitor.',
                                        'Subscribe to the Saryarka Monitor weekly briefing for analysis from '
                                        'Astana, Almaty and the rest of the region.',
                                        'Tags: CIS | Kazakhstan | Russia | Afghanistan | Border security',
                                        'Comments (3)',
                                        'Askar_77: Good analysis. The border force idea has been discussed '
                                        'for years and nothing happens.',
                                        'Madina T.: Burabay is beautiful in October, at least the guests saw '
                                        'the lakes.',
                                        'steppe_reader: Would like to read more about what the Kyrgyz plan '
                                        'to do with the chair.',
                                        'Saryarka Monitor (c) 2015. All rights reserved. Reproduction '
                                        'without permission is prohibited.'],
                              'outlet': 'Saryarka Monitor',
                              'staff': [],
                              'style': 'curly'},
 'h91_eac_bujumbura_bahati': {'noise': ['The Bahati Brief | Explainers | Wednesday, February 8, 2023',
                                        'By Immaculee Mukeshimana-Bagshawe',
                                        '5 min read | Listen to this article | Share: WhatsApp - X - '
                                        'LinkedIn - Email',
                                        'Read next: Who are the M23? | How the EAC regional force works | A '
                                        'year of Burundi in the EAC chair',
                                        'Frequently asked questions about The Bahati Brief',
                                        'Who writes The Bahati Brief? Our explainers are written by a small '
                                        'team of editors, with help from freelance correspondents across the '
                                        'region.',
                                        'How can I suggest a topic? Reply to any newsletter or write to '
                                        'topics@bahatibrief.example.',
                                        'Is The Bahati Brief free? Yes. We are funded by our readers and '
                                        'accept no money from governments.',
                                        '(c) 2023 The Bahati Brief. All rights reserved.'],
                              'outlet': 'The Bahati Brief',
                              'staff': [],
                              'style': 'straight'},
 'h91_eac_bujumbura_rusizi': {'noise': ['We use cookies to give you the best experience on Rusizi Daily. By '
                                        'continuing to browse, you agree to our use of cookies. Accept | '
                                        'Manage preferences',
                                        'Rusizi Daily | Home | Burundi | Great Lakes | Business | Sport | '
                                        'Opinion | Podcasts | Subscribe',
                                        'By Aline Niyonzima-Oakeshott | Sunday, February 5, 2023, 8:15 a.m. '
                                        '| Updated 11:40 a.m.',
                                        'Photo: Heads of state pose for a family photograph before the '
                                        'closed-door session. (Rusizi Daily)',
                                        'Also read: Burundi’s coffee exports rise for a second year | Lake '
                                        'Tanganyika ferry service resumes after repairs',
                                        'Newsletter: Get the Great Lakes Morning Brief in your inbox every '
                                        'weekday. Sign up free.',
                                        'Comments (5)',
                                        'Gloriose N.: Ceasefire again? We have heard this word too many '
                                        'times.',
                                        'mama_wa_goma: Thank you for covering this. Pray for Goma.',
                                        'Bienvenu B.: The regional force needs a clear mandate or it should '
                                        'go home.',
                                        'J. Hakizimana: Proud that our city hosted. Peace is built by '
                                        'talking.',
                                        'Sandrine M.: Who pays for all these summits?',
                                        'Rusizi Daily (c) 2023. About us | Contact | Advertise | Privacy '
                                        'policy | Terms of use'],
                              'outlet': 'Rusizi Daily',
                              'staff': [],
                              'style': 'curly'},
 'h91_oau_freetown_lumley': {'noise': ['The Lumley Chronicle | Freetown | Monday, July 7, 1980',
                                       'Home | Freetown | Provinces | Business | Sport | Letters | Archive',
                                       'By Isatu Koroma-Plumtree',
                                       'Archive edition. Scanned from the printed newspaper.',
                                       'Advertisement - Fofanah and Sons Motors, Kissy Road: new Peugeot '
                                       '504s now in stock. Easy terms for civil servants.',
                                       'Letters: Write to the Editor, The Lumley Chronicle, Freetown. '
                                       'Letters may be shortened.',
                                       'Readers’ comments on the archive edition (4)',
                                       'Ramatu K.: I was a schoolboy then and we lined the road waving paper '
                                       'flags. Nobody told us what it cost.',
                                       'Kadiatu B.: The hotel is still there. Still beautiful, still '
                                       'expensive.',
                                       'Sulaiman T.: Please put the sports pages from that summer online '
                                       'too.',
                                       'Fanta M.: My uncle drove one of the cars for the delegations. He '
                                       'talked about it for years.',
                                       'The Lumley Chronicle archive. (c) 1980 Lumley Chronicle Ltd, '
                                       'Freetown. Scanned pages may contain errors.'],
                             'outlet': 'The Lumley Chronicle',
                             'staff': [],
                             'style': 'curly'},
 'h91_oau_freetown_obeche': {'noise': ['Radio Obeche International | Continent at Dusk | Saturday, July 5, '
                                       '1980',
                                       'Presented by Yabome Quaynor-Ashdowne, with Foday Turay-Hazeldine in '
                                       'Freetown',
                                       'Transcript. Prepared from the broadcast; may contain errors. Listen '
                                       'again | Download | Share',
                                       '[NEWS BULLETIN - not transcribed]',
                                       '[END OF TRANSCRIPT]',
                                       'Coming up on Radio Obeche International: Highlife Requests, with '
                                       'music chosen by listeners in Accra and Kumasi.',
                                       'Radio Obeche International (c) 1980. Transcripts are made available '
                                       'for personal and educational use only.'],
                             'outlet': 'Radio Obeche International',
                             'staff': [],
                             'style': 'straight'},
 'h91_oau_mogadishu_jubba': {'noise': ['JUBBA WEEKLY MAIL - DIGITAL ARCHIVE',
                                       'Browse by year | Browse by issue | Search | Help',
                                       'Jubba Weekly Mail | Horn of Africa | Monday, June 17, 1974',
                                       'By Mahad Warsame-Umfreville',
                                       'Reader notes on this item (2)',
                                       'archive_volunteer_12: Transcribed from a copy kept by a family in '
                                       'Kismayo. Some words on the fold were unreadable.',
                                       'Xamar_history: My grandfather was one of the drivers for the '
                                       'delegations that week.',
                                       'Print this page | Cite this item | Report a transcription error',
                                       'Related items in the archive: Liberation movements open offices in '
                                       'Mogadishu | Rains arrive early in the Shabelle valley | Football: '
                                       'national team prepares for regional cup',
                                       'Jubba Weekly Mail digital archive. Page text produced by optical '
                                       'character recognition and checked by volunteers. Original issues '
                                       'held in private collections.'],
                             'outlet': 'Jubba Weekly Mail',
                             'staff': [],
                             'style': 'straight'}}
USED_CITY_YEARS = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022',
 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011',
 'Al-Ula 2021', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Amsterdam 1997', 'Antalya 2015',
 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2017', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021',
 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025',
 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025',
 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Basseterre 2006', 'Beijing 2012', 'Beijing 2014',
 'Beijing 2023', 'Beirut 2002', 'Belén 2015', 'Bento Gonçalves 2019', 'Berlin 1999', 'Biarritz 2019',
 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bodrum 2014',
 'Bogor 1994', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Bridgetown 2002',
 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021',
 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994',
 'Buenos Aires 2018', 'Buenos Aires 2023', 'Busan 2005', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024',
 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Cancún 2017', 'Cannes 2011', 'Caracas 2011',
 'Carbis Bay 2021', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007', 'Chaguaramas 1973',
 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cochabamba 2012', 'Cologne 1999', 'Colombo 2013',
 'Colombo 2022', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Cotonou 1995', 'Cádiz 2012', 'Córdoba 2006',
 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019',
 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014',
 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dubrovnik 2016', 'Durban 1999',
 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013',
 'Entebbe 2024', 'Evian 2003', 'Fez 1982', 'Florianópolis 2000', 'Fontainebleau 1984', 'Fort Lauderdale 2005',
 'Fortaleza 2014', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024',
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
 'Lisbon 2010', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018',
 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Lusaka 2007', 'Lyon 1996',
 'Maastricht 1991', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997',
 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005',
 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024',
 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 1985', 'Milan 2014', 'Minsk 1993',
 'Moncton 1999', 'Monrovia 2017', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019',
 'Montreux 2010', 'Moscow 2003', 'Moscow 2024', 'Munich 1992', 'Muscat 2008', "N'Djamena 2014", 'Nago 2000',
 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014',
 'New Delhi 2015', 'New Delhi 2023', 'Newport 2014', 'Niamey 2019', 'Nice 2000', 'Nizhny Novgorod 2011',
 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2007", "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022',
 'Nuuk 2011', 'Ocho Rios 1982', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Ottawa 1973', 'Ouagadougou 1998',
 'Ouro Preto 1994', 'Panama City 2000', 'Panama City 2015', 'Paracas 2015', 'Paranal 2012', 'Paris 2008',
 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Pittsburgh 2009', 'Pohnpei 2016',
 'Port Louis 1976', 'Port Moresby 2015', 'Port Moresby 2018', 'Port of Spain 2009', 'Port of Spain 2023',
 'Porto 1998', 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017',
 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014',
 'Putrajaya 2003', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969',
 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2024',
 'Rio de Janeiro 2025', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010',
 'Rovaniemi 2019', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San Juan 2010',
 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019',
 'Santa Maria 2018', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011',
 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001',
 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Siem Reap 2018',
 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018',
 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Strasbourg 2009',
 'Subic Bay 1996', 'Suva 2022', 'Sydney 2007', 'São Tomé 2023', 'Taormina 2017', 'Tarawa 2000',
 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003',
 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 1988', 'Toronto 2010',
 'Toyako 2008', 'Tripoli 2010', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016',
 'Ushuaia 1998', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014',
 'Versailles 1982', 'Victoria Falls 2009', 'Vientiane 2016', 'Vientiane 2024', 'Vilnius 2013', 'Vilnius 2023',
 'Visby 1996', 'Visegrád 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999',
 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Williamsburg 1983',
 'Wilmington 2024', 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998',
 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022',
 'Yokohama 2010', 'Yokohama 2013']
AVOID_CITIES = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua',
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
 'Florianópolis']

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    for a, b in (('ø', 'o'), ('Ø', 'O'), ('æ', 'ae'), ('Æ', 'Ae'), ('ð', 'd'), ('ł', 'l'), ('Ł', 'L'),
                 ('ß', 'ss'), ('œ', 'oe'), ('Œ', 'Oe'), ('ı', 'i')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"(?<=[a-z])'s\b", '', s)
    s = re.sub(r"(?<=[a-z])'(?=[a-z])", '', s)
    return s


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def has_tokens(hay_tokens, needle):
    n = tokens(needle)
    if not n:
        return False
    for i in range(len(hay_tokens) - len(n) + 1):
        if hay_tokens[i:i + len(n)] == n:
            return True
    return False


def iso(s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except (ValueError, TypeError):
        return None


def check_keys(obj, keys, where):
    if not isinstance(obj, dict):
        err('%s: not an object' % where)
        return False
    if list(obj.keys()) != keys:
        err('%s: keys %s, expected %s in this order' % (where, list(obj.keys()), keys))
        return False
    return True


def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 91)]
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
            summits.append((s.get('organization'), fold(s.get('city') or ''), (s.get('start_date') or '')[:4],
                            s.get('start_date')))
            for f in a.get('facts') or []:
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    if found == 0:
        err('no earlier gold file found under %s' % EARLIER)
    return ids, slugs, prefixes, summits, found


def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', entry)
    if m:
        return [fold(m.group(1))] + [fold(x.strip()) for x in m.group(2).split(',')]
    return [fold(entry)]


def sentence_start_ok(line, i):
    if i == 0:
        return True
    before = line[:i]
    if re.search(r'[.?!][\u201d"]?\s$', before):
        return True
    if re.fullmatch(r"[A-Z][A-Z' \-]+: ", before):
        return True
    return False


def sentence_end_ok(line, j):
    s = line[:j]
    after = line[j:]
    if after and not after.startswith(' '):
        return False
    if not after:
        return True
    return bool(re.search(r'([.?!]|[.?!,][\u201d"])$', s))


def check_article(a, idx, earlier, seen):
    where = 'article %d' % idx
    if not check_keys(a, ARTICLE_KEYS, where):
        return None
    aid = a['id']
    where = aid
    if aid not in CONFIG:
        err('%s: id not registered in check.py' % aid)
        return None
    cfg = CONFIG[aid]
    for k in ['id', 'split', 'file', 'title', 'published_at']:
        if not isinstance(a[k], str) or not a[k]:
            err('%s: %s must be a non-empty string' % (where, k))
    for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
        if not isinstance(a[k], list):
            err('%s: %s must be a list' % (where, k))
            return None
    if a['split'] != 'heldout91':
        err('%s: split %r' % (where, a['split']))
    if a['file'] != 'articles/%s.txt' % aid:
        err('%s: file %r' % (where, a['file']))
    m = re.fullmatch(r'h91_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)', aid)
    if not m:
        err('%s: id not of the form h91_<org>_<city>_<outlet>' % where)
    if aid in earlier['ids']:
        err('%s: id used in earlier gold' % where)
    path = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(path):
        err('%s: article file missing' % where)
        return None
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    # --- layout: title, noise, body
    noise_idx = set()
    for nl in cfg['noise']:
        hits = [i for i, l in enumerate(lines) if l == nl]
        if len(hits) != 1:
            err('%s: registered noise line found %d times: %r' % (where, len(hits), nl[:60]))
        noise_idx.update(hits)
    title_hits = [i for i, l in enumerate(lines) if l == a['title']]
    if len(title_hits) != 1:
        err('%s: title is not exactly one line of the file' % where)
        return None
    ti = title_hits[0]
    if ti in noise_idx:
        err('%s: title registered as noise' % where)
    if ti > 3:
        err('%s: headline too far down' % where)
    body_idx = [i for i, l in enumerate(lines) if l.strip() and i not in noise_idx and i != ti]
    if not body_idx:
        err('%s: no body' % where)
        return None
    body_lines = [lines[i] for i in body_idx]
    allowed_lines = [a['title']] + body_lines
    body_text = '\n'.join(body_lines)
    head_body_text = a['title'] + '\n' + body_text
    noise_lines = [lines[i] for i in sorted(noise_idx)]
    noise_text = '\n'.join(noise_lines)
    # --- noise present at top and end, counts
    first_b, last_b = min(body_idx), max(body_idx)
    top = [i for i in noise_idx if i < first_b]
    end = [i for i in noise_idx if i > last_b]
    mid = [i for i in noise_idx if first_b < i < last_b]
    if len(top) < 2 or len(end) < 2:
        err('%s: page noise missing at the top or at the end' % where)
    if len(noise_idx) < 5:
        err('%s: too little page noise (%d lines)' % (where, len(noise_idx)))
    if lines[-1] != '' or text.endswith('\n\n'):
        err('%s: file must end with exactly one newline' % where)
    # --- word counts
    bw = sum(len(l.split()) for l in body_lines)
    fw = len(text.split())
    if not 420 <= bw <= 600:
        err('%s: body has %d words (420-600)' % (where, bw))
    if fw > 800:
        err('%s: file has %d words (max 800)' % (where, fw))
    # --- quote style
    style = cfg['style']
    if style == 'straight':
        if any(c in text for c in CURLY):
            err('%s: curly mark in a straight article' % where)
        for l in lines:
            if l.count('"') % 2:
                err('%s: odd number of straight double marks on a line: %r' % (where, l[:60]))
    elif style == 'curly':
        if '"' in text or "'" in text:
            err('%s: straight mark in a curly article' % where)
        if '\u2018' in text:
            err('%s: opening single curly mark in a curly article' % where)
        for l in lines:
            depth = 0
            for c in l:
                if c == '\u201c':
                    if depth:
                        err('%s: nested curly double marks: %r' % (where, l[:60]))
                    depth += 1
                elif c == '\u201d':
                    if not depth:
                        err('%s: unopened curly double mark: %r' % (where, l[:60]))
                    depth = max(0, depth - 1)
            if depth:
                err('%s: unclosed curly double mark: %r' % (where, l[:60]))
    else:
        err('%s: unknown style %r' % (where, style))
    OQ, CQ = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
    # no double marks in headline or noise
    for s, lab in ((a['title'], 'headline'), (noise_text, 'page noise')):
        if '"' in s or '\u201c' in s or '\u201d' in s:
            err('%s: double quotation mark in %s' % (where, lab))
    # --- publication date on a header line
    pub = iso(a['published_at'])
    if not pub:
        err('%s: published_at not an ISO date' % where)
        return None
    wd, mn = WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1]
    hdr = [l for l in noise_lines[:6] if wd in l and re.search(r'\b%s %d, %d\b' % (mn, pub.day, pub.year), l)]
    if not hdr:
        err('%s: no header line gives %s, %s %d, %d' % (where, wd, mn, pub.day, pub.year))
    else:
        for w in WEEKDAYS:
            if w != wd and w in hdr[0]:
                err('%s: header line names another weekday (%s)' % (where, w))
    # --- authors and staff
    if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
        err('%s: authors must be non-empty strings' % where)
    early_noise = '\n'.join(lines[i] for i in sorted(noise_idx) if i < first_b)
    for au in a['authors']:
        if au not in early_noise:
            err('%s: author %r not in the byline above the body' % (where, au))
    for st in cfg['staff']:
        if st not in noise_text:
            err('%s: credited staff %r not in the page noise' % (where, st))
    hb_tokens = tokens(head_body_text)
    # --- participants
    pkeys = []
    for j, p in enumerate(a['participants']):
        if not check_keys(p, PART_KEYS, '%s participant %d' % (where, j)):
            continue
        k = p['key']
        if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
            err('%s: bad participant key %r' % (where, k))
            continue
        if k in pkeys:
            err('%s: duplicate participant %s' % (where, k))
        pkeys.append(k)
        name = k.split(':', 1)[1].split('-')
        if name[0] in TITLE_WORDS:
            err('%s: key %s starts with a title word' % (where, k))
        if not has_tokens(hb_tokens, ' '.join(name)):
            err('%s: name of %s not found in headline or body' % (where, k))
        for fld in ('role', 'affiliation'):
            v = p[fld]
            if not isinstance(v, str) or not v.strip():
                err('%s: %s of %s empty' % (where, fld, k))
                continue
            if style == 'curly' and "'" in v:
                err('%s: straight apostrophe in %s of %s (curly article)' % (where, fld, k))
            if style == 'straight' and '\u2019' in v:
                err('%s: curly apostrophe in %s of %s (straight article)' % (where, fld, k))
        for who in a['authors'] + cfg['staff']:
            if tokens(who) == name:
                err('%s: author or credited staff %s listed as participant' % (where, who))
    # --- quotes
    positions = []
    qcount = collections.Counter()
    for j, q in enumerate(a['quotes']):
        if not check_keys(q, QUOTE_KEYS, '%s quote %d' % (where, j)):
            continue
        if not isinstance(q['text'], str) or not q['text']:
            err('%s: empty quote text' % where)
            continue
        if q['kind'] not in QUOTE_KINDS:
            err('%s: quote kind %r' % (where, q['kind']))
        sk = q['speaker_key']
        if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
            err('%s: bad speaker key %r' % (where, sk))
        elif sk.startswith('person:') and sk not in pkeys:
            err('%s: speaker %s is not a participant' % (where, sk))
        marked = OQ + q['text'] + CQ
        qcount[q['text']] += 1
        start = 0
        for _ in range(qcount[q['text']]):
            pos = body_text.find(marked, start)
            if pos < 0:
                break
            start = pos + 1
        if pos < 0:
            err('%s: quote not found with its marks in the body: %r' % (where, q['text'][:60]))
        else:
            positions.append(pos)
        if q['text'] in noise_text:
            err('%s: quote text appears in the page noise: %r' % (where, q['text'][:60]))
    if positions != sorted(positions):
        err('%s: quotes not in text order' % where)
    for nq in a['not_quotes']:
        if not isinstance(nq, str) or OQ + nq + CQ not in body_text:
            err('%s: not_quote not found with its marks: %r' % (where, nq))
    # every quoted span annotated (multiset)
    spans = collections.Counter(re.findall(re.escape(OQ) + r'(.*?)' + re.escape(CQ), body_text))
    ann = collections.Counter([q['text'] for q in a['quotes'] if isinstance(q, dict)] + list(a['not_quotes']))
    if spans != ann:
        err('%s: quoted spans and annotations differ: only in text %s, only in gold %s'
            % (where, list((spans - ann).keys()), list((ann - spans).keys())))
    # --- facts
    slugs = []
    prefixes = set()
    all_ev = []
    for j, f in enumerate(a['facts']):
        if not check_keys(f, FACT_KEYS, '%s fact %d' % (where, j)):
            continue
        if not isinstance(f['statement'], str) or not f['statement'].strip():
            err('%s: empty fact statement' % where)
        kd = f['kind']
        if not isinstance(kd, list) or not kd or any(x not in FACT_KINDS for x in kd) or len(set(kd)) != len(kd):
            err('%s: bad fact kind %r' % (where, kd))
        sa = f['same_as']
        if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*', sa):
            err('%s: bad same_as %r' % (where, sa))
        else:
            if sa in slugs:
                err('%s: same_as %s repeated in the article' % (where, sa))
            slugs.append(sa)
            prefixes.add(sa.split('-')[0])
            if sa in earlier['slugs']:
                err('%s: same_as %s used in earlier gold' % (where, sa))
            if sa.split('-')[0] in earlier['prefixes']:
                err('%s: prefix of %s used in earlier gold' % (where, sa))
        ev = f['evidence']
        if not isinstance(ev, list) or not ev:
            err('%s: fact %s has no evidence' % (where, sa))
            continue
        for e in ev:
            if not isinstance(e, str) or not e or e != e.strip():
                err('%s: bad evidence string %r' % (where, e))
                continue
            all_ev.append(e)
            if e in noise_text:
                err('%s: evidence appears in the page noise: %r' % (where, e[:60]))
            ok = False
            for l in allowed_lines:
                st = 0
                while True:
                    i = l.find(e, st)
                    if i < 0:
                        break
                    if sentence_start_ok(l, i) and sentence_end_ok(l, i + len(e)):
                        ok = True
                        break
                    st = i + 1
                if ok:
                    break
            if not ok:
                err('%s: evidence not a sentence-bounded span of headline or body: %r' % (where, e[:70]))
    if len(prefixes) > 1:
        err('%s: more than one same_as prefix %s' % (where, sorted(prefixes)))
    for q in a['quotes']:
        if isinstance(q, dict) and isinstance(q.get('text'), str):
            if not any(OQ + q['text'] + CQ in e for e in all_ev):
                err('%s: quote outside every evidence string: %r' % (where, q['text'][:60]))
    # --- noise holds no gold content and no participant names
    ntok = tokens(noise_text)
    for k in pkeys:
        name = k.split(':', 1)[1].split('-')
        if has_tokens(ntok, ' '.join(name)) or has_tokens(ntok, name[-1]):
            err('%s: participant name %s appears in the page noise' % (where, k))
    for nq in a['not_quotes']:
        if isinstance(nq, str) and nq in noise_text:
            err('%s: not_quote in the page noise' % where)
    # --- summit
    s = a['summit']
    if not check_keys(s, SUMMIT_KEYS, '%s summit' % where):
        return None
    org = s['organization']
    if org not in BODIES:
        err('%s: organisation %r not among the bodies the brief allows' % (where, org))
        return None
    sd, ed = iso(s['start_date']), iso(s['end_date'])
    if not sd or not ed:
        err('%s: summit dates not valid ISO dates' % where)
        return None
    if sd > ed:
        err('%s: start after end' % where)
    if (ed - sd).days > 7:
        err('%s: summit longer than a week' % where)
    if not sd <= pub <= ed + datetime.timedelta(days=21):
        err('%s: published_at outside start .. end + 21 days' % where)
    city = s['city']
    if not isinstance(city, str) or not city or not isinstance(s['country'], str) or not s['country']:
        err('%s: city and country must be non-empty strings' % where)
        return None
    fc = fold(city)
    for av in AVOID_CITIES:
        if fc in city_forms(av):
            err('%s: city %s is on the avoid list' % (where, city))
    for cy in USED_CITY_YEARS:
        c, y = cy.rsplit(' ', 1)
        if fold(c) == fc and y == s['start_date'][:4]:
            err('%s: city-year %s already used' % (where, cy))
    for (o, c, y, st) in earlier['summits']:
        if c == fc and y == s['start_date'][:4]:
            err('%s: city and year used by an earlier gold summit' % where)
    if m:
        if m.group(1) != BODIES[org][0]:
            err('%s: id org part %s, expected %s' % (where, m.group(1), BODIES[org][0]))
        if m.group(2) != re.sub(r'[^a-z]', '', fc):
            err('%s: id city part %s does not match city %s' % (where, m.group(2), city))
    yy = s['start_date'][2:4]
    for pfx in prefixes:
        if not pfx.endswith(yy):
            err('%s: prefix %s does not end in %s' % (where, pfx, yy))
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or [x for x in FIELDS if x in tf] != tf:
        err('%s: text_fields %r not a non-empty subset in canonical order' % (where, tf))
        tf = []
    fb = fold(head_body_text)
    for fld in tf:
        if fld == 'organization':
            if not any(has_tokens(hb_tokens, nm) for nm in BODIES[org][1]):
                err('%s: organisation not named in headline or body' % where)
        elif fld in ('city', 'country'):
            if not has_tokens(hb_tokens, s[fld]):
                err('%s: %s %r not found in headline or body' % (where, fld, s[fld]))
        else:
            d = sd if fld == 'start_date' else ed
            if not date_supported(d, pub, fb, sd, ed):
                err('%s: %s %s not recoverable from the text' % (where, fld, d))
    return {'id': aid, 'summit_key': (org, fold(city), s['start_date']), 'summit': s,
            'outlet': cfg['outlet'], 'facts': {f['same_as']: tuple(f['kind']) for f in a['facts']
                                               if isinstance(f, dict) and isinstance(f.get('same_as'), str)
                                               and isinstance(f.get('kind'), list)},
            'prefixes': prefixes, 'counts': (len(a['quotes']), len(a['not_quotes']), len(a['participants']),
                                             len(a['facts']), bw, fw, len(top), len(mid), len(end))}


def date_supported(d, pub, fb, sd, ed):
    mn = MONTHS[d.month - 1].lower()
    pats = [r'\b%s %d\b' % (mn, d.day)]
    for ab in MONTH_ABBR[d.month]:
        pats.append(r'\b%s\.? %d\b' % (ab, d.day))
    if d == ed and sd != ed and sd.month == ed.month:
        pats.append(r'\b%s %d (to|and|-) %d\b' % (mn, sd.day, ed.day))
    if any(re.search(p, fb) for p in pats):
        return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()].lower(), fb):
        return True
    if delta == 0 and any(re.search(r'\b%s\b' % w, fb) for w in SAME_DAY_WORDS):
        return True
    if delta == 1 and any(re.search(r'\b%s\b' % w, fb) for w in DAY_BEFORE_WORDS):
        return True
    return False


def main():
    if not os.path.exists(GOLD):
        err('heldout91_gold.json missing')
        return
    d = json.load(open(GOLD, encoding='utf-8'))
    if not isinstance(d, dict) or list(d.keys()) != TOP_KEYS:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(d['about'], str) or not d['about'].startswith(OPENING):
        err('about text does not start with the required sentence')
    arts = d['articles']
    if not isinstance(arts, list):
        err('articles must be a list')
        return
    eids, eslugs, eprefixes, esummits, nfound = load_earlier()
    earlier = {'ids': eids, 'slugs': eslugs, 'prefixes': eprefixes, 'summits': esummits}
    if any(isinstance(i, str) and i.startswith('h91_') for i in eids):
        err('the h91 id prefix is already used in earlier gold')
    seen = set()
    results = []
    for i, a in enumerate(arts):
        r = check_article(a, i, earlier, seen)
        if isinstance(a, dict):
            if a.get('id') in seen:
                err('duplicate id %s' % a.get('id'))
            seen.add(a.get('id'))
        if r:
            results.append(r)
    # files present
    txts = {f[:-4] for f in os.listdir(HERE) if f.endswith('.txt')}
    ids = {a.get('id') for a in arts if isinstance(a, dict)}
    for t in sorted(txts - ids):
        err('article file %s.txt has no gold entry' % t)
    for t in sorted(ids - txts):
        err('gold entry %s has no article file' % t)
    for t in sorted(set(CONFIG) - ids):
        err('registered article %s missing from the gold' % t)
    # shape
    if len(arts) != 8:
        err('%d articles, expected 8' % len(arts))
    groups = collections.defaultdict(list)
    for r in results:
        groups[r['summit_key']].append(r)
    sizes = sorted(len(g) for g in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('summit group sizes %s, expected three pairs and two singles' % sizes)
    orgs = collections.Counter(k[0] for k in groups)
    if any(v > 2 for v in orgs.values()):
        err('more than two summits of one body: %s' % dict(orgs))
    for (o, c, st), (o2, c2, st2) in [(x, y) for x in groups for y in groups if x < y]:
        if c == c2 and st[:4] == st2[:4]:
            err('two summits share city and year')
    pfx_owner = {}
    for k, g in groups.items():
        for r in g:
            for p in r['prefixes']:
                if pfx_owner.setdefault(p, k) != k:
                    err('prefix %s used by two summits' % p)
    pair_of = {}
    for k, g in groups.items():
        if len(g) == 2:
            x, y = g
            pair_of[x['id']] = y['id']
            pair_of[y['id']] = x['id']
            if x['outlet'] == y['outlet']:
                err('pair %s / %s from one outlet' % (x['id'], y['id']))
            for f in SUMMIT_KEYS[:-1]:
                if x['summit'][f] != y['summit'][f]:
                    err('pair %s / %s disagrees on %s' % (x['id'], y['id'], f))
            shared = set(x['facts']) & set(y['facts'])
            if len(shared) < 5:
                err('pair %s / %s shares only %d slugs' % (x['id'], y['id'], len(shared)))
            for sl in sorted(shared):
                if x['facts'][sl] != y['facts'][sl]:
                    err('shared slug %s has different kinds in %s and %s' % (sl, x['id'], y['id']))
            print('pair %s + %s: %d shared slugs: %s' % (x['id'], y['id'], len(shared), ', '.join(sorted(shared))))
    occ = collections.defaultdict(list)
    for r in results:
        for sl in r['facts']:
            occ[sl].append(r['id'])
    for sl, where in occ.items():
        if len(where) > 2:
            err('slug %s in more than two articles' % sl)
        elif len(where) == 2 and pair_of.get(where[0]) != where[1]:
            err('slug %s shared by articles that are not a pair' % sl)
    mids = sum(1 for r in results if r['counts'][7] > 0)
    if mids < 3:
        err('page noise in the middle of only %d articles' % mids)
    styles = collections.Counter(CONFIG[r['id']]['style'] for r in results)
    if styles.get('straight', 0) < 2 or styles.get('curly', 0) < 2:
        err('quote styles not varied: %s' % dict(styles))
    tot = [0] * 4
    for r in results:
        c = r['counts']
        print('%-40s quotes %2d not_quotes %d participants %2d facts %2d body %3d file %3d noise top/mid/end %d/%d/%d'
              % ((r['id'],) + c))
        for i in range(4):
            tot[i] += c[i]
    print('totals: quotes %d, not_quotes %d, participants %d, facts %d; earlier gold files read: %d'
          % (tot[0], tot[1], tot[2], tot[3], nfound))


if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        errors.append('crash')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout91 passes')
    sys.exit(0)
