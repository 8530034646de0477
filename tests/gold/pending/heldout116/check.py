#!/usr/bin/env python3
"""Checker for held-out set heldout116 (written from scratch by the annotator).
Exits 1 on any error; a crash also counts as an error."""
import datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H116_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
SPLIT = 'heldout116'
OPENING = ('Held-out set round 116 (split=heldout116), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
            'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
# bodies the brief allows, with the names that count as naming them in a text
ORGS = {
    'org:pif': (['pif'], ['South Pacific Forum', 'Pacific Islands Forum']),
    'org:andean-community': (['andean'], ['Andean Pact', 'Andean Group', 'Andean Community']),
    'org:indian-ocean-commission': (['ioc'], ['Indian Ocean Commission']),
    'org:eccas': (['eccas'], ['Economic Community of Central African States', 'ECCAS']),
    'org:cei': (['cei'], ['Central European Initiative']),
}
# registered articles: style, middle page-noise lines (exact), first line of the page-noise tail
REG = {
    'h116_pif_rotorua_kereru': ('straight', ['PHOTO: Forum leaders line up for the group photograph in the Government Gardens. (Kereru/Staff)'],
                                '(Reporting by Rawiri Tamatea-Blenkiron; Editing by Tepora Ruamahanga-Lickorish)'),
    'h116_pif_rotorua_kukum': ('curly', ['NOTICE: Classified advertisements for next week\u2019s paper close on Wednesday at noon.'], 'Comments (4)'),
    'h116_andean_galapagos_quilotoa': ('straight', [], '[END OF TRANSCRIPT]'),
    'h116_andean_galapagos_chasqui': ('curly', ['Read next: Ecuador\u2019s shrimp farms and the mangrove question'], 'Comments (3)'),
    'h116_ioc_saintdenis_plaineverte': ('curly', ['Advertisement'], 'Comments (4)'),
    'h116_ioc_saintdenis_alize': ('straight', ['PHOTO: Leaders of the Indian Ocean Commission pose for the family photograph in Saint-Denis. (Alize/Staff)'],
                                  '(Reporting by Octave Payet-Doubleday; additional reporting by Kamlesh Dabeesing-Pickles in Port Louis; Editing by Armelle Grondin-Utley)'),
    'h116_eccas_brazzaville_mayombe': ('straight', ['FAQ: What is ECCAS? | Who are its members? | Where is its secretariat? | Tap a question to expand the answer.'], 'Comments (3)'),
    'h116_cei_graz_murvalley': ('curly', ['Also on the Courier: Christmas market stalls go up on the Hauptplatz | Schlossberg lift closed for repairs'], 'Comments (3)'),
}
# credited staff named in the page noise (neither authors nor participants)
STAFF = ['Tepora Ruamahanga-Lickorish', 'Kamlesh Dabeesing-Pickles', 'Armelle Grondin-Utley']
AVOID = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk', 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis', 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar', 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras', 'Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez', 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou', 'Maastricht', 'Potrero de los Funes', 'Subic Bay', 'Kroměříž', 'Yalta', 'Chaguaramas', 'Ocho Rios', 'Punta Mita', 'Libreville', 'Praia', 'Naples', 'Venice', 'Koror', 'Inshas', 'Ottawa', 'Corfu', 'Windsor', 'Amsterdam', 'Tucumán', 'Munich', 'Berlin', 'Milan', 'Las Leñas', "Nuku'alofa", 'Jeddah', 'Kinshasa', 'Grand Anse', 'Paracas', 'Panama City', 'Bridgetown', 'Port Louis', 'Cochabamba', 'Bodrum', 'Kazan', 'Gyeongju', 'Tarawa', 'Apia', 'Basseterre', 'Versailles', 'Nice', 'Fontainebleau', 'Toronto', 'Florianópolis', 'Luxembourg', 'Tampere', 'Salamanca', 'Paraná', 'Maseru', 'Alexandria', 'Freetown', 'Bujumbura', 'Burabay', 'Mogadishu', 'Belgrade', 'Essen', 'Vienna', 'Dublin', 'Trujillo', 'Dorado', 'Port Vila', 'Paramaribo', 'Nadi', "St John's", 'Viskuli', 'Rio de Janeiro', 'Livingstone', 'Mar del Plata', 'Shusha', 'Rambouillet', 'Florence', 'Strasbourg', 'Cannes', 'Porlamar', 'Sibiu', 'Punta del Este', 'Hanover', 'Olivos', 'Fortaleza', 'Madang', 'Sydney', 'Villers-Cotterêts', 'Taif', 'Wellington', 'Montebello', 'Stuttgart', 'Santa Maria da Feira', 'Jeju', 'Busan', 'Estoril', 'Andorra la Vella', 'Honiara', 'Port-au-Prince', 'Canberra', 'Salzburg', 'Porto', 'San Salvador', 'Foz do Iguaçu', 'San José', 'Kunming', 'La Paz', 'Batumi', 'Valencia', 'Santa Marta', 'Cardiff', 'Tela', 'Costa del Sol', 'Ankara', 'Playa del Carmen', 'Costa do Sauípe', 'Tarija', 'Bogotá', 'New York', 'Athens', 'Ghent', 'Guatemala City', 'Esquipulas', 'Buenos Aires', 'Bremen', 'Biarritz', 'Khankendi', 'Colonia del Sacramento', 'Managua', 'Tallinn', 'Machu Picchu', 'Nanning', 'Rionegro', 'Conakry', 'Kunming', 'Batumi', 'Valencia', 'Santa Marta', 'Salzburg', 'Porto', 'San Salvador', 'San José', 'Sucre', 'Guayaquil', 'Stralsund', 'Kolding', 'Piešťany', 'Piestany', 'Lahti', 'Pörtschach', 'Portschach', 'Luque', 'Gros Islet', 'Iqaluit', 'Fairbanks', 'Moroni', 'Salvador', 'Salvador da Bahia', 'Yaren', 'San Isidro de Coronado', 'Cumana', 'Cumaná', 'Maracay', 'Merida', 'Mérida', 'Bahia Malaga', 'Bahía Málaga', 'Tromso', 'Tromsø', 'Funafuti', 'Barrow', 'Utqiagvik', 'Cuenca', 'Brisbane', 'Quetta', 'Barquisimeto', 'Tintorero', 'Otavalo', 'Antalya', 'Montrouis', 'Viña del Mar', 'Vina del Mar', 'Salekhard', 'Inari', 'Laulasmaa', 'Ezulwini', 'Montelimar', "St George's", 'Castries', 'Puntarenas', 'Zhengzhou']
USED = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Alexandria 1964', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Amsterdam 1997', 'Andorra la Vella 2021', 'Ankara 1992', 'Antalya 2006', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2017', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Athens 1983', 'Athens 2003', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Bahía Málaga 2022', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Barquisimeto 2007', 'Barrow 2000', 'Basseterre 2006', 'Batumi 2008', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belgrade 1961', 'Belén 2015', 'Bento Gonçalves 2019', 'Berlin 1999', 'Biarritz 2000', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bodrum 2014', 'Bogor 1994', 'Bogotá 2011', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Bremen 1978', 'Bridgetown 2002', 'Brisbane 1994', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Bujumbura 2023', 'Burabay 2015', 'Busan 2005', 'Busan 2019', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Canberra 1983', 'Cancún 2017', 'Cannes 1995', 'Cannes 2011', 'Caracas 2011', 'Carbis Bay 2021', 'Cardiff 1998', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Castries 1981', 'Cebu 2007', 'Chaguaramas 1973', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cochabamba 2012', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Colonia del Sacramento 1994', 'Conakry 1983', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Costa del Sol 1989', 'Costa do Sauípe 2008', 'Cotonou 1995', 'Cuenca 2024', 'Cumaná 2009', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dorado 1976', 'Dublin 1990', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Esquipulas 1986', 'Essen 1994', 'Estoril 2009', 'Evian 2003', 'Ezulwini 2010', 'Fairbanks 2017', 'Fez 1982', 'Florence 1996', 'Florianópolis 2000', 'Fontainebleau 1984', 'Fort Lauderdale 2005', 'Fortaleza 1996', 'Fortaleza 2014', 'Foz do Iguaçu 2010', 'Freetown 1980', 'Funafuti 1984', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024', 'Ghent 2001', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Anse 1989', 'Grand Baie 2004', 'Gros Islet 2019', 'Guadalajara 1991', 'Guatemala City 1987', 'Guayaquil 1998', 'Gyeongju 2025', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Hanover 1988', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honiara 2025', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010', 'Inari 2002', 'Inshas 1946', 'Iqaluit 2015', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016', 'Jakarta 2023', 'Jeddah 2022', 'Jeddah 2023', 'Jeju 2009', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2005', 'Kazan 2024', 'Khankendi 2025', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 1967', 'Kinshasa 2009', 'Kinshasa 2012', 'Kiruna 2013', 'Kolding 2000', 'Koror 2014', 'Kraków 2021', 'Kroměříž 2004', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015', 'Kuala Lumpur 2025', 'Kunming 2005', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018', 'La Paz 1990', 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Lahti 2006', 'Las Leñas 1992', 'Laulasmaa 2004', 'Libreville 1983', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Livingstone 2011', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Luque 2018', 'Luque 2022', 'Lusaka 2007', 'Luxembourg 1997', 'Lyon 1996', 'Maastricht 1991', 'Machu Picchu 1990', 'Madang 1995', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Managua 1993', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Mar del Plata 2010', 'Maracay 2009', 'Maseru 2006', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 1985', 'Milan 2014', 'Minsk 1993', 'Mogadishu 1974', 'Moncton 1999', 'Monrovia 2017', 'Montebello 1981', 'Montego Bay 2018', 'Montelimar 1990', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Montrouis 1995', 'Moroni 2014', 'Moscow 2003', 'Moscow 2024', 'Munich 1992', 'Muscat 2008', 'Mérida 2011', "N'Djamena 2014", 'Nadi 2006', 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Nanning 2006', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015', 'New Delhi 2023', 'New York 2000', 'Newport 2014', 'Niamey 2019', 'Nice 2000', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2007", "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Ocho Rios 1982', 'Olivos 2002', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Otavalo 2010', 'Ottawa 1973', 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2000', 'Panama City 2015', 'Paracas 2015', 'Paramaribo 2022', 'Paranal 2012', 'Paraná 2014', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Piešťany 2005', 'Pittsburgh 2009', 'Playa del Carmen 2010', 'Pohnpei 2016', 'Porlamar 2016', 'Port Louis 1976', 'Port Moresby 2015', 'Port Moresby 2018', 'Port Vila 2010', 'Port of Spain 2009', 'Port of Spain 2023', 'Port-au-Prince 2018', 'Porto 1998', 'Porto 2021', 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017', 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014', 'Punta del Este 1967', 'Puntarenas 1990', 'Putrajaya 2003', 'Pörtschach 1998', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quetta 1993', 'Quito 2016', 'Rabat 1969', 'Rambouillet 1975', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2023', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Rionegro 2003', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Salamanca 2005', 'Salekhard 2006', 'Salvador 1993', 'Salzburg 2018', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San Isidro de Coronado 1989', 'San José 2001', 'San Juan 2010', 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009', 'San Salvador 2011', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santa Maria da Feira 2000', 'Santa Marta 2025', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Shusha 2024', 'Sibiu 2019', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', "St George's 1977", "St John's 2014", 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Stralsund 2012', 'Strasbourg 1997', 'Strasbourg 2009', 'Stuttgart 1983', 'Subic Bay 1996', 'Sucre 1997', 'Suva 2022', 'Sydney 1978', 'Sydney 2007', 'São Tomé 2023', 'Taif 1981', 'Tallinn 1990', 'Tampere 1999', 'Taormina 2017', 'Tarawa 2000', 'Tarija 2007', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'Tela 1989', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 1988', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Tromsø 2009', 'Trujillo 1996', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valencia 2001', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014', 'Versailles 1982', 'Victoria Falls 2009', 'Vienna 1993', 'Vientiane 2016', 'Vientiane 2024', 'Villers-Cotterêts 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991', 'Viskuli 1991', 'Viña del Mar 1996', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Wellington 1971', 'Williamsburg 1983', 'Wilmington 2024', 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998', 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2001', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010', 'Yokohama 2013', 'Zhengzhou 2015']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
ABBR = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return s

def toks(s):
    return re.findall(r"[a-z0-9]+", fold(s).replace("'", ''))

def has_seq(hay_toks, needle_toks):
    n = len(needle_toks)
    return n > 0 and any(hay_toks[i:i + n] == needle_toks for i in range(len(hay_toks) - n + 1))

def base_city(c):
    return [fold(x).strip() for x in re.split(r'[()]', c) if x.strip()]

AVOID_F = set()
for c in AVOID:
    AVOID_F.update(base_city(c))
USED_F = set()
for u in USED:
    c, y = u.rsplit(' ', 1)
    for b in base_city(c):
        USED_F.add((b, y))

def iso(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: bad ISO date %r' % (where, s))
        return None

def split_article(aid, text):
    """Return (lines, header, body_lines, middle_noise, tail)."""
    lines = text.split('\n')
    style, middle, tailmark = REG[aid]
    if tailmark not in lines:
        err('%s: tail marker missing' % aid)
        return lines, lines[:5], lines[5:], [], []
    t = lines.index(tailmark)
    body = []
    mids = []
    for ln in lines[5:t]:
        if ln in middle:
            mids.append(ln)
        else:
            body.append(ln)
    for m in middle:
        if m not in mids:
            err('%s: registered middle page noise missing: %r' % (aid, m))
    tail = [ln for ln in lines[t:] if ln.strip()]
    return lines, lines[:5], body, mids, tail

def date_supported(d, pub, body, aid, field):
    b = body
    pats = []
    for names in (MONTHS, ABBR):
        m = names[d.month - 1]
        pats.append(r'\b%s %d\b' % (m, d.day))
        pats.append(r'\b%s \d{1,2} (?:and|to) %d\b' % (m, d.day))
        pats.append(r'\b%s %d (?:and|to) \d{1,2}\b' % (m, d.day))
    for p in pats:
        if re.search(p, b):
            return True
    delta = (pub - d).days
    wd = WEEKDAYS[d.weekday()]
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % wd, b):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', b, re.I):
        return True
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', b, re.I):
        return True
    err('%s: %s %s not recoverable from the text' % (aid, field, d))
    return False

def load_earlier():
    slugs, prefixes, ids, summ = set(), set(), set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 116)]
    n = 0
    for nm in names:
        p = os.path.join(EARLIER, nm)
        if not os.path.exists(p):
            continue
        n += 1
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if isinstance(s.get('city'), str) and isinstance(s.get('start_date'), str):
                for b in base_city(s['city']):
                    summ.add((b, s['start_date'][:4]))
            for f in a.get('facts', []):
                s = f.get('same_as')
                if isinstance(s, str):
                    slugs.add(s)
                    prefixes.add(s.split('-')[0])
    if n == 0:
        err('no earlier gold file found under %s' % EARLIER)
    return slugs, prefixes, ids, summ, n

def main():
    gpath = os.path.join(HERE, 'heldout116_gold.json')
    d = json.load(open(gpath, encoding='utf-8'))
    if list(d.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
    if not isinstance(d.get('about'), str) or not d['about'].startswith(OPENING):
        err('about text must start with the required opening sentence')
    arts = d['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('there must be 8 articles')
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids) != txt_files:
        err('article files and entries do not match: %s vs %s' % (txt_files, sorted(ids)))
    if set(ids) != set(REG):
        err('ids differ from the registered ids')
    e_slugs, e_prefixes, e_ids, e_summ, n_earlier = load_earlier()
    slug_use = {}
    summits = {}
    all_words = 0
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys %s' % (aid, list(a.keys())))
            continue
        m = re.fullmatch(r'h116_([a-z]+)_([a-z]+)_([a-z]+)', aid)
        if not m:
            err('%s: bad id' % aid)
            continue
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != SPLIT:
            err('%s: split' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file field' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles' % aid)
        text = open(path, encoding='utf-8').read()
        style = REG[aid][0]
        lines, header, body_lines, mids, tail = split_article(aid, text)
        body = '\n'.join(body_lines)
        noise = '\n'.join(header[1:5] + mids + tail)
        title = a['title']
        # title, header and outlet line
        if lines[0] != title:
            err('%s: title is not the headline' % aid)
        if len(lines) < 6 or lines[4].strip() != '':
            err('%s: fifth line must be blank' % aid)
        pub = iso(a['published_at'], aid + ' published_at')
        if pub:
            ol = lines[1]
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in ol:
                err('%s: outlet line lacks %r' % (aid, want))
            for w in WEEKDAYS:
                if w != WEEKDAYS[pub.weekday()] and w in ol:
                    err('%s: stray weekday on outlet line' % aid)
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors' % aid)
        for au in a['authors']:
            if au not in lines[2]:
                err('%s: author %r not in byline' % (aid, au))
        # quote style
        for i, ln in enumerate(lines):
            if style == 'straight':
                if re.search('[\u2018\u2019\u201c\u201d]', ln):
                    err('%s: curly mark in straight article, line %d' % (aid, i + 1))
                if ln.count('"') % 2:
                    err('%s: odd number of straight marks on line %d' % (aid, i + 1))
            else:
                if '"' in ln or "'" in ln:
                    err('%s: straight mark in curly article, line %d' % (aid, i + 1))
                if '\u2018' in ln:
                    err('%s: opening single curly mark, line %d' % (aid, i + 1))
                depth = 0
                for ch in ln:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks, line %d' % (aid, i + 1))
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark, line %d' % (aid, i + 1))
                if depth != 0:
                    err('%s: unclosed curly mark, line %d' % (aid, i + 1))
        if re.search('["\u201c\u201d]', title) or re.search('["\u201c\u201d]', noise):
            err('%s: double quotation mark in headline or page noise' % aid)
        # words
        bw = len(body.split())
        fw = len(text.split())
        all_words += bw
        if not 420 <= bw <= 600:
            err('%s: body has %d words' % (aid, bw))
        # page noise present
        if len(header[3].split()) < 3 or len(tail) < 2:
            err('%s: page noise missing' % aid)
        if 'Comments (' in REG[aid][2]:
            n_c = int(re.search(r'\((\d+)\)', REG[aid][2]).group(1))
            com = [ln for ln in tail[1:] if re.match(r'^[^:]{2,40}: ', ln)]
            if len(com) != n_c or n_c < 3:
                err('%s: comment count %d vs %d' % (aid, len(com), n_c))
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys' % aid)
            continue
        org = s['organization']
        if org not in ORGS:
            err('%s: organisation %s not allowed' % (aid, org))
            continue
        if m.group(1) not in ORGS[org][0]:
            err('%s: id body part %s' % (aid, m.group(1)))
        if m.group(2) != re.sub('[^a-z]', '', fold(s['city'])):
            err('%s: id city part' % aid)
        sd = iso(s['start_date'], aid + ' start_date')
        ed = iso(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside the summit window' % aid)
        for b in base_city(s['city']):
            if b in AVOID_F:
                err('%s: city %s is on the avoid list' % (aid, s['city']))
            if sd and (b, str(sd.year)) in USED_F:
                err('%s: %s %d already used' % (aid, s['city'], sd.year))
            if sd and (b, str(sd.year)) in e_summ:
                err('%s: %s %d used by an earlier gold summit' % (aid, s['city'], sd.year))
        tf = s['text_fields']
        if not tf or any(f not in FIELDS for f in tf) or tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields %s' % (aid, tf))
        full_t = toks(title + '\n' + body)
        if 'organization' in tf and not any(has_seq(full_t, toks(n)) for n in ORGS[org][1]):
            err('%s: organisation not named in the text' % aid)
        if 'city' in tf and not has_seq(full_t, toks(s['city'])):
            err('%s: city not in the text' % aid)
        if 'country' in tf and not has_seq(full_t, toks(s['country'])):
            err('%s: country not in the text' % aid)
        if pub and sd and 'start_date' in tf:
            date_supported(sd, pub, body, aid, 'start_date')
        if pub and ed and 'end_date' in tf:
            date_supported(ed, pub, body, aid, 'end_date')
        summits.setdefault((org, s['city'], s['country'], s['start_date'], s['end_date']), []).append(
            (aid, lines[1].split(' | ')[0]))
        # participants
        pkeys = []
        for p in a['participants']:
            if list(p.keys()) != PART_KEYS:
                err('%s: participant keys' % aid)
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: bad participant key %s' % (aid, k))
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            if not has_seq(full_t, k.split(':')[1].split('-')):
                err('%s: participant %s not named in the text' % (aid, k))
            if has_seq(toks(noise), k.split(':')[1].split('-')):
                err('%s: participant %s named in the page noise' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v or style == 'straight' and '\u2019' in v:
                    err('%s: apostrophe style in %s of %s' % (aid, fld, k))
        for person in a['authors'] + STAFF:
            pk = 'person:' + '-'.join(toks(person))
            if pk in pkeys:
                err('%s: author or staff %s listed as participant' % (aid, person))
        # quotes
        op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        spans = re.findall(re.escape(op) + r'([^"\u201c\u201d]*?)' + re.escape(cl), body)
        annotated = []
        pos = -1
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys' % aid)
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %s' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk)):
                err('%s: speaker %s is neither a participant nor an org key' % (aid, sk))
            marked = op + q['text'] + cl
            i = body.find(marked, pos + 1)
            if i < 0:
                err('%s: quote not found in the body in order: %r' % (aid, q['text'][:50]))
            else:
                pos = i
            if q['text'] in noise:
                err('%s: quote text in page noise' % aid)
            annotated.append(q['text'])
            if not any(marked in e for f in a['facts'] for e in f.get('evidence', [])):
                err('%s: quote outside every evidence string: %r' % (aid, q['text'][:50]))
        for t in a['not_quotes']:
            if not isinstance(t, str) or op + t + cl not in body:
                err('%s: not_quote not found: %r' % (aid, t))
            annotated.append(t)
        if sorted(spans) != sorted(annotated):
            err('%s: quoted spans and annotations differ: %s' % (aid, set(spans) ^ set(annotated)))
        # facts
        seen = set()
        year2 = s['start_date'][2:4]
        prefixes = set()
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                err('%s: fact keys' % aid)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            k = f['kind']
            if not isinstance(k, list) or not k or any(x not in FACT_KINDS for x in k) or len(set(k)) != len(k):
                err('%s: fact kind %r' % (aid, k))
            sl = f['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z]+', sl):
                err('%s: bad same_as %r' % (aid, sl))
                continue
            if sl in seen:
                err('%s: same_as repeated %s' % (aid, sl))
            seen.add(sl)
            pre = sl.split('-')[0]
            prefixes.add(pre)
            if not pre.endswith(year2):
                err('%s: prefix %s does not end in %s' % (aid, pre, year2))
            if sl in e_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sl))
            if pre in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pre))
            slug_use.setdefault(sl, []).append((aid, tuple(sorted(k)) if isinstance(k, list) else k))
            if not f['evidence']:
                err('%s: no evidence for %s' % (aid, sl))
            for e in f['evidence']:
                if not isinstance(e, str) or e != e.strip() or not e:
                    err('%s: evidence whitespace in %s' % (aid, sl))
                    continue
                if e == title:
                    continue
                if e not in body:
                    err('%s: evidence not verbatim in body: %r' % (aid, e[:60]))
                    continue
                if e in noise:
                    err('%s: evidence in page noise' % aid)
                i = body.find(e)
                before = body[:i]
                okstart = (i == 0 or before.endswith('\n') or re.search(r'[.?!]["\u201d]? $', before)
                           or re.search(r'\n[A-Z][A-Z -]+: $', before))
                after = body[i + len(e):]
                okend = (after == '' or after.startswith('\n') or after.startswith(' ')) and (
                    re.search(r'[.?!]["\u201d]?$', e) or re.search(r'[,.?!]["\u201d]$', e))
                if not okstart or not okend:
                    err('%s: evidence not sentence-bounded: %r' % (aid, e[:60]))
        if len(prefixes) != 1:
            err('%s: one same_as prefix per article, got %s' % (aid, prefixes))
        print('%-34s %s body=%d file=%d quotes=%d not_quotes=%d participants=%d facts=%d' % (
            aid, style, bw, fw, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts'])))
    # shape: 5 summits, 3 pairs and 2 singles
    if len(summits) != 5:
        err('expected 5 summits, got %d' % len(summits))
    sizes = sorted(len(v) for v in summits.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 3 pairs and 2 singles, got %s' % sizes)
    orgs = {}
    for key in summits:
        orgs[key[0]] = orgs.get(key[0], 0) + 1
    if len(orgs) < 3 or max(orgs.values()) > 2:
        err('bodies: %s' % orgs)
    pair_of = {}
    pre_of = {}
    for key, members in summits.items():
        if len(members) == 2 and members[0][1] == members[1][1]:
            err('pair %s from one outlet' % key[1])
        for aid, _ in members:
            pair_of[aid] = key
    for a in arts:
        pres = {f['same_as'].split('-')[0] for f in a['facts']}
        for p in pres:
            other = pre_of.setdefault(p, pair_of.get(a['id']))
            if other != pair_of.get(a['id']):
                err('prefix %s shared by two summits' % p)
    shared = {}
    for sl, uses in slug_use.items():
        if len(uses) > 2:
            err('slug %s in more than two articles' % sl)
        elif len(uses) == 2:
            (a1, k1), (a2, k2) = uses
            if pair_of.get(a1) != pair_of.get(a2) or a1 == a2:
                err('slug %s shared outside a pair' % sl)
            if k1 != k2:
                err('slug %s with different kinds' % sl)
            shared.setdefault(pair_of.get(a1), []).append(sl)
    for key, members in summits.items():
        if len(members) == 2:
            n = len(shared.get(key, []))
            print('shared %-14s %d: %s' % (key[1], n, ', '.join(sorted(shared.get(key, [])))))
            if n < 4:
                err('pair %s shares only %d slugs' % (key[1], n))
    print('earlier gold files read: %d; body words in all: %d' % (n_earlier, all_words))

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:
        import traceback
        traceback.print_exc()
        err('crash: %r' % ex)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d errors' % len(errors))
        sys.exit(1)
    print('OK: heldout116 passes')
