#!/usr/bin/env python3
"""Checker for the held-out set heldout114 (written from scratch by the annotator).

Run: python3 check.py   (from any directory). Exits 1 on any error; a crash also exits 1.
The environment variable H114_EARLIER may point at the folder holding the earlier gold files
(facts_gold.json, heldoutM_gold.json); by default that is ../../ relative to this file.
"""
import json, os, re, sys, datetime, unicodedata, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H114_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout114_gold.json')
ABOUT_START = ('Held-out set round 114 (split=heldout114), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')
AVOID_CITIES = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk', 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis', 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar', 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras', 'Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez', 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou', 'Maastricht', 'Potrero de los Funes', 'Subic Bay', 'Kroměříž', 'Yalta', 'Chaguaramas', 'Ocho Rios', 'Punta Mita', 'Libreville', 'Praia', 'Naples', 'Venice', 'Koror', 'Inshas', 'Ottawa', 'Corfu', 'Windsor', 'Amsterdam', 'Tucumán', 'Munich', 'Berlin', 'Milan', 'Las Leñas', "Nuku'alofa", 'Jeddah', 'Kinshasa', 'Grand Anse', 'Paracas', 'Panama City', 'Bridgetown', 'Port Louis', 'Cochabamba', 'Bodrum', 'Kazan', 'Gyeongju', 'Tarawa', 'Apia', 'Basseterre', 'Versailles', 'Nice', 'Fontainebleau', 'Toronto', 'Florianópolis', 'Luxembourg', 'Tampere', 'Salamanca', 'Paraná', 'Maseru', 'Alexandria', 'Freetown', 'Bujumbura', 'Burabay', 'Mogadishu', 'Belgrade', 'Essen', 'Vienna', 'Dublin', 'Trujillo', 'Dorado', 'Port Vila', 'Paramaribo', 'Nadi', "St John's", 'Viskuli', 'Rio de Janeiro', 'Livingstone', 'Mar del Plata', 'Shusha', 'Rambouillet', 'Florence', 'Strasbourg', 'Cannes', 'Porlamar', 'Sibiu', 'Punta del Este', 'Hanover', 'Olivos', 'Fortaleza', 'Madang', 'Sydney', 'Villers-Cotterêts', 'Taif', 'Wellington', 'Montebello', 'Stuttgart', 'Santa Maria da Feira', 'Jeju', 'Busan', 'Estoril', 'Andorra la Vella', 'Honiara', 'Port-au-Prince', 'Canberra', 'Salzburg', 'Porto', 'San Salvador', 'Foz do Iguaçu', 'San José', 'Kunming', 'La Paz', 'Batumi', 'Valencia', 'Santa Marta', 'Cardiff', 'Tela', 'Costa del Sol', 'Ankara', 'Playa del Carmen', 'Costa do Sauípe', 'Tarija', 'Bogotá', 'New York', 'Athens', 'Ghent', 'Guatemala City', 'Esquipulas', 'Buenos Aires', 'Bremen', 'Biarritz', 'Khankendi', 'Colonia del Sacramento', 'Managua', 'Tallinn', 'Machu Picchu', 'Nanning', 'Rionegro', 'Conakry', 'Kunming', 'Batumi', 'Valencia', 'Santa Marta', 'Salzburg', 'Porto', 'San Salvador', 'San José', 'Sucre', 'Guayaquil', 'Stralsund', 'Kolding', 'Piešťany', 'Piestany', 'Lahti', 'Pörtschach', 'Portschach', 'Luque', 'Gros Islet', 'Iqaluit', 'Fairbanks', 'Moroni', 'Salvador', 'Salvador da Bahia', 'Yaren', 'San Isidro de Coronado', 'Cumana', 'Cumaná', 'Maracay', 'Merida', 'Mérida', 'Bahia Malaga', 'Bahía Málaga', 'Tromso', 'Tromsø', 'Funafuti', 'Barrow', 'Utqiagvik', 'Cuenca', 'Brisbane', 'Quetta', 'Barquisimeto', 'Tintorero', 'Otavalo', 'Antalya', 'Montrouis']

USED_CITY_YEARS = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Alexandria 1964', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Amsterdam 1997', 'Andorra la Vella 2021', 'Ankara 1992', 'Antalya 2006', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2017', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Athens 1983', 'Athens 2003', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Bahía Málaga 2022', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Barquisimeto 2007', 'Barrow 2000', 'Basseterre 2006', 'Batumi 2008', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belgrade 1961', 'Belén 2015', 'Bento Gonçalves 2019', 'Berlin 1999', 'Biarritz 2000', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bodrum 2014', 'Bogor 1994', 'Bogotá 2011', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Bremen 1978', 'Bridgetown 2002', 'Brisbane 1994', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Bujumbura 2023', 'Burabay 2015', 'Busan 2005', 'Busan 2019', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Canberra 1983', 'Cancún 2017', 'Cannes 1995', 'Cannes 2011', 'Caracas 2011', 'Carbis Bay 2021', 'Cardiff 1998', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007', 'Chaguaramas 1973', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cochabamba 2012', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Colonia del Sacramento 1994', 'Conakry 1983', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Costa del Sol 1989', 'Costa do Sauípe 2008', 'Cotonou 1995', 'Cuenca 2024', 'Cumaná 2009', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dorado 1976', 'Dublin 1990', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Esquipulas 1986', 'Essen 1994', 'Estoril 2009', 'Evian 2003', 'Fairbanks 2017', 'Fez 1982', 'Florence 1996', 'Florianópolis 2000', 'Fontainebleau 1984', 'Fort Lauderdale 2005', 'Fortaleza 1996', 'Fortaleza 2014', 'Foz do Iguaçu 2010', 'Freetown 1980', 'Funafuti 1984', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024', 'Ghent 2001', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Anse 1989', 'Grand Baie 2004', 'Gros Islet 2019', 'Guadalajara 1991', 'Guatemala City 1987', 'Guayaquil 1998', 'Gyeongju 2025', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Hanover 1988', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honiara 2025', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010', 'Inshas 1946', 'Iqaluit 2015', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016', 'Jakarta 2023', 'Jeddah 2022', 'Jeddah 2023', 'Jeju 2009', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2005', 'Kazan 2024', 'Khankendi 2025', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 1967', 'Kinshasa 2009', 'Kinshasa 2012', 'Kiruna 2013', 'Kolding 2000', 'Koror 2014', 'Kraków 2021', 'Kroměříž 2004', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015', 'Kuala Lumpur 2025', 'Kunming 2005', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018', 'La Paz 1990', 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Lahti 2006', 'Las Leñas 1992', 'Libreville 1983', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Livingstone 2011', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Luque 2018', 'Luque 2022', 'Lusaka 2007', 'Luxembourg 1997', 'Lyon 1996', 'Maastricht 1991', 'Machu Picchu 1990', 'Madang 1995', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Managua 1993', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Mar del Plata 2010', 'Maracay 2009', 'Maseru 2006', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 1985', 'Milan 2014', 'Minsk 1993', 'Mogadishu 1974', 'Moncton 1999', 'Monrovia 2017', 'Montebello 1981', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Montrouis 1995', 'Moroni 2014', 'Moscow 2003', 'Moscow 2024', 'Munich 1992', 'Muscat 2008', 'Mérida 2011', "N'Djamena 2014", 'Nadi 2006', 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Nanning 2006', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015', 'New Delhi 2023', 'New York 2000', 'Newport 2014', 'Niamey 2019', 'Nice 2000', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2007", "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Ocho Rios 1982', 'Olivos 2002', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Otavalo 2010', 'Ottawa 1973', 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2000', 'Panama City 2015', 'Paracas 2015', 'Paramaribo 2022', 'Paranal 2012', 'Paraná 2014', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Piešťany 2005', 'Pittsburgh 2009', 'Playa del Carmen 2010', 'Pohnpei 2016', 'Porlamar 2016', 'Port Louis 1976', 'Port Moresby 2015', 'Port Moresby 2018', 'Port Vila 2010', 'Port of Spain 2009', 'Port of Spain 2023', 'Port-au-Prince 2018', 'Porto 1998', 'Porto 2021', 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017', 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014', 'Punta del Este 1967', 'Putrajaya 2003', 'Pörtschach 1998', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quetta 1993', 'Quito 2016', 'Rabat 1969', 'Rambouillet 1975', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2023', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Rionegro 2003', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Salamanca 2005', 'Salvador 1993', 'Salzburg 2018', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San Isidro de Coronado 1989', 'San José 2001', 'San Juan 2010', 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009', 'San Salvador 2011', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santa Maria da Feira 2000', 'Santa Marta 2025', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Shusha 2024', 'Sibiu 2019', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', "St John's 2014", 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Stralsund 2012', 'Strasbourg 1997', 'Strasbourg 2009', 'Stuttgart 1983', 'Subic Bay 1996', 'Sucre 1997', 'Suva 2022', 'Sydney 1978', 'Sydney 2007', 'São Tomé 2023', 'Taif 1981', 'Tallinn 1990', 'Tampere 1999', 'Taormina 2017', 'Tarawa 2000', 'Tarija 2007', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'Tela 1989', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 1988', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Tromsø 2009', 'Trujillo 1996', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valencia 2001', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014', 'Versailles 1982', 'Victoria Falls 2009', 'Vienna 1993', 'Vientiane 2016', 'Vientiane 2024', 'Villers-Cotterêts 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991', 'Viskuli 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Wellington 1971', 'Williamsburg 1983', 'Wilmington 2024', 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998', 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2001', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010', 'Yokohama 2013']

# ---------------------------------------------------------------- registries
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
# bodies the brief allows, with the names that count as naming them in a text
ALLOWED_ORGS = {
    'org:g7': ['G7', 'Group of Seven'], 'org:g8': ['G8', 'Group of Eight'],
    'org:arab-league': ['Arab League'], 'org:sadc': ['SADC', 'Southern African Development Community'],
    'org:ecowas': ['ECOWAS'], 'org:asean': ['ASEAN'], 'org:nordic-council': ['Nordic Council'],
    'org:eac': ['East African Community'], 'org:igad': ['IGAD'], 'org:celac': ['CELAC'],
    'org:brics': ['BRICS'], 'org:saarc': ['SAARC'], 'org:commonwealth': ['Commonwealth'],
    'org:guam': ['GUAM'], 'org:bsec': ['Black Sea Economic Cooperation'],
    'org:council-of-europe': ['Council of Europe'], 'org:andean-community': ['Andean Community'],
    'org:lancang-mekong-cooperation': ['Lancang-Mekong', 'Mekong-Lancang'],
    'org:greater-mekong-subregion': ['Greater Mekong Subregion'], 'org:benelux': ['Benelux'],
    'org:baltic-council': ['Baltic Council'], 'org:cei': ['Central European Initiative'],
    'org:cbss': ['Council of the Baltic Sea States', 'Baltic Sea States Summit'],
    'org:pif': ['Pacific Islands Forum'], 'org:indian-ocean-commission': ['Indian Ocean Commission'],
    'org:comesa': ['COMESA', 'Common Market for Eastern and Southern Africa'], 'org:eccas': ['ECCAS'],
    'org:arctic-council': ['Arctic Council'],
    'org:ibero-american-summit': ['Ibero-American Summit', 'Ibero-American summits'],
}
# per article: quote style, body end (first line of the page-noise tail), page-noise lines inside or
# above the body (besides lines 2-4), credited staff, and whether it carries a reader-comment section
REG = {
    'h114_ibero_vinadelmar_peumo': dict(style='straight', tail='(Editing by Araceli Pavez-Coppard)',
        mid=['PHOTO: Leaders of the 21 Ibero-American nations pose for the group photograph in Vina del Mar. (Peumo/Pool)'],
        staff=['Araceli Pavez-Coppard'], comments=None),
    'h114_ibero_vinadelmar_tocororo': dict(style='curly', tail='Comments (4)',
        mid=['Photo: Customers follow the summit news on the television at a café on Calle Ocho. (Tocororo Weekly/Staff)', 'ADVERTISEMENT'],
        staff=[], comments=('Comments (4)', 4)),
    'h114_arctic_salekhard_malangen': dict(style='curly', tail='3 comments',
        mid=['Read also: Barents Sea cod quota for 2007 - what the new deal means for the coastal fleet'],
        staff=[], comments=('3 comments', 3)),
    'h114_arctic_salekhard_qilak': dict(style='straight', tail='[END OF TRANSCRIPT]', mid=[],
        staff=[], comments=('Listener messages', 3)),
    'h114_arctic_inari_nunatak': dict(style='straight', tail='About The Nunatak Letter',
        mid=['Chart: Arctic Council chairmanships since 1996 (available in the web edition)'],
        staff=[], comments=None),
    'h114_arctic_inari_lemmenjoki': dict(style='curly', tail='Comments (5)',
        mid=['Photo: Delegations arrive at the meeting by bus from Ivalo airport. (Lemmenjoki Herald)'],
        staff=[], comments=('Comments (5)', 5)),
    'h114_cbss_laulasmaa_pakri': dict(style='straight', tail='Related: Midsummer traffic: what to expect on the Tallinn-Paldiski road | Keila council approves new school | Tanker traffic in the Gulf of Finland, in numbers',
        mid=['ADVERTISEMENT', 'Midsummer on the coast: bonfires, concerts and ferry times in our Jaanipaev guide, page 12'],
        staff=[], comments=None),
    'h114_comesa_ezulwini_lusutfu': dict(style='curly', tail='Comments (6)',
        mid=['Picture: Delegates leave the conference centre in Ezulwini after the closing session on Wednesday. (LBD)'],
        staff=[], comments=('Comments (6)', 6)),
}
ORG_ID = {'org:ibero-american-summit': 'ibero', 'org:arctic-council': 'arctic', 'org:cbss': 'cbss', 'org:comesa': 'comesa'}
TITLE_WORDS = {'president', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'mr', 'mrs', 'ms',
               'dr', 'minister', 'prime', 'chancellor', 'secretary', 'general', 'governor', 'senator', 'sir',
               'lord', 'lady', 'his', 'her', 'foreign', 'chairman', 'ambassador'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
RELATIVE = {0: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'],
            1: ['yesterday', 'last night']}

ERRORS = []
def err(msg):
    ERRORS.append(msg)

def fold(s):
    s = s.replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('Æ', 'AE').replace('ð', 'd')
    s = s.replace('ł', 'l').replace('ß', 'ss').replace('þ', 'th').replace('đ', 'd')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"(?<=[a-z])['\u2019](?=[a-z])", '', s)
    return s

def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))

def has_tokens(hay_tokens, needle_tokens):
    n = len(needle_tokens)
    if n == 0:
        return False
    for i in range(len(hay_tokens) - n + 1):
        if hay_tokens[i:i + n] == needle_tokens:
            return True
    return False

def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', entry)
    if m:
        return [m.group(1).strip(), m.group(2).strip()]
    return [entry.strip()]

def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: bad ISO date %r' % (where, s))
        return None

# ---------------------------------------------------------------- earlier gold
def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 114)]
    ids, slugs, prefixes, summits = set(), set(), set(), []
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
            if s:
                summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                sl = f.get('same_as')
                if isinstance(sl, str):
                    slugs.add(sl)
                    prefixes.add(sl.split('-')[0])
    if opened < 50:
        err('only %d earlier gold files found under %s' % (opened, EARLIER))
    return ids, slugs, prefixes, summits

# ---------------------------------------------------------------- per-article checks
def split_article(aid, text):
    reg = REG[aid]
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if len(lines) < 8:
        err('%s: too few lines' % aid)
        return None
    if lines[4] != '':
        err('%s: line 5 is not blank' % aid)
    if reg['tail'] not in lines:
        err('%s: tail marker not found as a line' % aid)
        return None
    t = lines.index(reg['tail'])
    for m in reg['mid']:
        if m not in lines[5:t]:
            err('%s: registered page-noise line not found above the tail: %r' % (aid, m))
    body_idx = [i for i in range(5, t) if lines[i] not in reg['mid']]
    noise_idx = [1, 2, 3] + [i for i in range(5, t) if lines[i] in reg['mid']] + list(range(t, len(lines)))
    return lines, body_idx, noise_idx

def check_outlet_line(aid, line, pub):
    parts = [p.strip() for p in line.split('|')]
    if len(parts) < 3:
        err('%s: outlet line has fewer than three fields' % aid)
        return None
    want = pub.strftime('%A') + ', ' + pub.strftime('%B') + ' ' + str(pub.day) + ', ' + str(pub.year)
    if not parts[2].startswith(want):
        err('%s: outlet line date %r does not start with %r' % (aid, parts[2], want))
    wd = [w for w in WEEKDAYS if re.search(r'\b' + w + r'\b', line.lower())]
    if wd != [pub.strftime('%A').lower()]:
        err('%s: outlet line weekdays %r' % (aid, wd))
    return parts[0]

def date_supported(d, pub, ftext):
    # month and day
    for m in re.finditer(r'\b(' + '|'.join(MONTHS) + r')\s+(\d{1,2})((?:\s*(?:,|and|to|-)\s*\d{1,2}\b)*)', ftext):
        mon = MONTHS.index(m.group(1)) + 1
        days = [int(m.group(2))] + [int(x) for x in re.findall(r'\d{1,2}', m.group(3))]
        if d.month == mon and d.day in days:
            return 'month-day'
    diff = (pub - d).days
    if 0 <= diff <= 6 and re.search(r'\b' + WEEKDAYS[d.weekday()] + r'\b', ftext):
        return 'weekday'
    for w in RELATIVE.get(diff, []):
        if re.search(r'\b' + w + r'\b', ftext):
            return 'relative'
    return None

def ends_ok(line, j, e):
    end = j + len(e)
    if end == len(line):
        return True
    nxt = line[end]
    if nxt != ' ':
        return False
    if e[-1] in '.?!':
        return True
    if e[-1] in '"\u201d' and len(e) >= 2 and e[-2] in '.?!,':
        return True
    return False

def starts_ok(line, j):
    if j == 0:
        return True
    pre = line[:j]
    if re.search(r'[.?!]["\u201d]? $', pre):
        return True
    if re.fullmatch(r"[A-Z][A-Z .'\-]+: ", pre):
        return True
    return False

def check_article(a, files_here, earlier):
    aid = a.get('id')
    if list(a.keys()) != ARTICLE_KEYS:
        err('%s: article keys %r' % (aid, list(a.keys())))
        return None
    if aid not in REG:
        err('%s: id not registered in check.py' % aid)
        return None
    m = re.fullmatch(r'h114_([a-z]+)_([a-z]+)_([a-z]+)', aid)
    if not m:
        err('%s: id not of the form h114_<org>_<city>_<outlet>' % aid)
        return None
    if a['split'] != 'heldout114':
        err('%s: split %r' % (aid, a['split']))
    if a['file'] != 'articles/' + aid + '.txt':
        err('%s: file %r' % (aid, a['file']))
    if aid + '.txt' not in files_here:
        err('%s: article file missing' % aid)
        return None
    if aid in earlier[0]:
        err('%s: id already used in earlier gold' % aid)
    if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
        print('note: %s.txt already exists in the articles folder (fine after the move)' % aid)
    text = open(os.path.join(HERE, aid + '.txt'), encoding='utf-8').read()
    sp = split_article(aid, text)
    if sp is None:
        return None
    lines, body_idx, noise_idx = sp
    reg = REG[aid]
    body = '\n'.join(lines[i] for i in body_idx)
    head_body = lines[0] + '\n' + body
    fhb = fold(head_body)
    thb = tokens(head_body)
    noise_lines = [lines[i] for i in noise_idx]
    # title
    if not isinstance(a['title'], str) or a['title'] != lines[0]:
        err('%s: title is not the headline' % aid)
    if a['title'] not in text:
        err('%s: title not in file' % aid)
    # published_at and outlet line
    pub = parse_date(a['published_at'], aid + ' published_at')
    outlet = check_outlet_line(aid, lines[1], pub) if pub else None
    # authors / staff
    if not isinstance(a['authors'], list) or not a['authors'] or not all(isinstance(x, str) for x in a['authors']):
        err('%s: authors must be a non-empty list of strings' % aid)
    for au in a['authors']:
        if au not in lines[2]:
            err('%s: author %r not on the byline' % (aid, au))
    for st in reg['staff']:
        if not any(st in l for l in noise_lines):
            err('%s: credited staff %r not in the page noise' % (aid, st))
    # words
    bw = len(body.split())
    fw = len(text.split())
    if not 420 <= bw <= 600:
        err('%s: body has %d words (420-600)' % (aid, bw))
    if fw > 700:
        err('%s: file has %d words (max 700)' % (aid, fw))
    # page noise present
    tail_lines = lines[lines.index(reg['tail']):]
    if len(tail_lines) < 3 or not lines[3].strip():
        err('%s: page noise too thin' % aid)
    if reg['comments']:
        hdr, n = reg['comments']
        if hdr not in tail_lines:
            err('%s: comment header missing' % aid)
        else:
            k = tail_lines.index(hdr)
            cm = [l for l in tail_lines[k + 1:k + 1 + n] if re.match(r'^[^:]{2,40}: \S', l)]
            if len(cm) != n or n < 3:
                err('%s: expected %d reader comments, found %d' % (aid, n, len(cm)))
    # quote style
    style = reg['style']
    if style == 'straight':
        for ch in '\u201c\u201d\u2018\u2019':
            if ch in text:
                err('%s: curly mark %r in a straight article' % (aid, ch))
        for i, l in enumerate(lines):
            if l.count('"') % 2:
                err('%s: odd number of straight double marks on line %d' % (aid, i + 1))
        span_re = re.compile(r'"([^"]*)"')
        OPEN, CLOSE = '"', '"'
    else:
        if '"' in text or "'" in text:
            err('%s: straight mark in a curly article' % aid)
        if '\u2018' in text:
            err('%s: opening single curly mark in a curly article' % aid)
        for i, l in enumerate(lines):
            depth = 0
            for ch in l:
                if ch == '\u201c':
                    depth += 1
                    if depth > 1:
                        err('%s: nested curly marks on line %d' % (aid, i + 1))
                elif ch == '\u201d':
                    depth -= 1
                    if depth < 0:
                        err('%s: unopened curly mark on line %d' % (aid, i + 1))
                        depth = 0
            if depth:
                err('%s: unclosed curly mark on line %d' % (aid, i + 1))
        span_re = re.compile('\u201c([^\u201d]*)\u201d')
        OPEN, CLOSE = '\u201c', '\u201d'
    for l in [lines[0]] + noise_lines:
        if '"' in l or '\u201c' in l or '\u201d' in l:
            err('%s: double quotation mark in headline or page noise: %r' % (aid, l[:60]))
    # summit
    s = a['summit']
    if list(s.keys()) != SUMMIT_KEYS:
        err('%s: summit keys %r' % (aid, list(s.keys())))
        return None
    org = s['organization']
    if org not in ALLOWED_ORGS:
        err('%s: organisation %r not allowed by the brief' % (aid, org))
    if ORG_ID.get(org) != m.group(1):
        err('%s: org part of id does not match %r' % (aid, org))
    if re.sub(r'[^a-z]', '', fold(s['city'])) != m.group(2):
        err('%s: city part of id does not match %r' % (aid, s['city']))
    sd = parse_date(s['start_date'], aid + ' start_date')
    ed = parse_date(s['end_date'], aid + ' end_date')
    if sd and ed:
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: publication date outside start .. end+21 days' % aid)
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or any(x not in FIELDS for x in tf) or tf != [x for x in FIELDS if x in tf]:
        err('%s: text_fields %r not a non-empty subset of the five fields in order' % (aid, tf))
        tf = [x for x in FIELDS if x in (tf if isinstance(tf, list) else [])]
    for fld in tf:
        if fld == 'organization':
            if not any(has_tokens(thb, tokens(nm)) for nm in ALLOWED_ORGS.get(org, [])):
                err('%s: organisation not named in the text' % aid)
        elif fld in ('city', 'country'):
            if not has_tokens(thb, tokens(s[fld])):
                err('%s: %s %r not in the text' % (aid, fld, s[fld]))
        else:
            d = sd if fld == 'start_date' else ed
            if d and pub and not date_supported(d, pub, fhb):
                err('%s: %s %s not supported by the text' % (aid, fld, d))
    # city checks
    cf = fold(s['city'])
    for entry in AVOID_CITIES:
        if cf in [fold(x) for x in city_forms(entry)]:
            err('%s: city %r is on the brief\'s avoid list' % (aid, s['city']))
    for entry in USED_CITY_YEARS:
        c, y = entry.rsplit(' ', 1)
        if cf in [fold(x) for x in city_forms(c)] and sd and str(sd.year) == y:
            err('%s: city and year %r already used' % (aid, entry))
    for (o, c, st) in earlier[3]:
        if isinstance(c, str) and fold(c) == cf:
            err('%s: city %r used by an earlier summit entry' % (aid, s['city']))
            break
    # participants
    parts = a['participants']
    pkeys = []
    for p in parts:
        if list(p.keys()) != PART_KEYS:
            err('%s: participant keys %r' % (aid, list(p.keys())))
            continue
        k = p['key']
        if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
            err('%s: bad participant key %r' % (aid, k))
            continue
        if k in pkeys:
            err('%s: participant %r repeated' % (aid, k))
        pkeys.append(k)
        nt = k.split(':', 1)[1].split('-')
        if nt[0] in TITLE_WORDS:
            err('%s: key %r starts with a title word' % (aid, k))
        if not has_tokens(thb, nt):
            err('%s: name of %r not in headline or body' % (aid, k))
        for fld in ('role', 'affiliation'):
            v = p[fld]
            if not isinstance(v, str) or not v.strip():
                err('%s: empty %s for %r' % (aid, fld, k))
            elif style == 'straight' and '\u2019' in v:
                err('%s: curly apostrophe in %s of %r' % (aid, fld, k))
            elif style == 'curly' and "'" in v:
                err('%s: straight apostrophe in %s of %r' % (aid, fld, k))
        for au in a['authors'] + reg['staff']:
            if has_tokens(tokens(au), nt) or has_tokens(nt, tokens(au)):
                err('%s: author or credited staff %r listed as participant' % (aid, au))
    # quotes
    qpos = []
    qtexts = []
    for q in a['quotes']:
        if list(q.keys()) != QUOTE_KEYS:
            err('%s: quote keys %r' % (aid, list(q.keys())))
            continue
        if q['kind'] not in QUOTE_KINDS:
            err('%s: quote kind %r' % (aid, q['kind']))
        sk = q['speaker_key']
        if sk.startswith('person:'):
            if sk not in pkeys:
                err('%s: speaker %r is not a participant' % (aid, sk))
        elif not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
            err('%s: speaker %r is neither a participant nor an org or country key' % (aid, sk))
        t = q['text']
        if not t or t not in text:
            err('%s: quote text not in the file: %r' % (aid, t[:50]))
        marked = OPEN + t + CLOSE
        k = body.find(marked)
        if k < 0:
            err('%s: quote with its marks not in the body: %r' % (aid, t[:50]))
        qpos.append(k)
        qtexts.append(t)
    if qpos != sorted(qpos):
        err('%s: quotes not in text order' % aid)
    nqs = a['not_quotes']
    if not isinstance(nqs, list) or not all(isinstance(x, str) for x in nqs):
        err('%s: not_quotes must be a list of strings' % aid)
        nqs = []
    spans = sorted(span_re.findall(body))
    ann = sorted(qtexts + nqs)
    if spans != ann:
        err('%s: quoted spans and annotations differ: only in text %r, only in gold %r' % (
            aid, [x[:40] for x in spans if x not in ann], [x[:40] for x in ann if x not in spans]))
    # facts
    slugs = []
    prefixes = set()
    evid_all = []
    for f in a['facts']:
        if list(f.keys()) != FACT_KEYS:
            err('%s: fact keys %r' % (aid, list(f.keys())))
            continue
        if not isinstance(f['statement'], str) or not f['statement'].strip():
            err('%s: empty statement' % aid)
        ks = f['kind']
        if not isinstance(ks, list) or not ks or any(x not in FACT_KINDS for x in ks) or len(set(ks)) != len(ks):
            err('%s: bad fact kinds %r' % (aid, ks))
        sl = f['same_as']
        if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+', sl):
            err('%s: bad same_as %r' % (aid, sl))
            continue
        if sl in slugs:
            err('%s: same_as %r repeated in the article' % (aid, sl))
        slugs.append(sl)
        prefixes.add(sl.split('-')[0])
        if sl in earlier[1]:
            err('%s: same_as %r used in earlier gold' % (aid, sl))
        if sl.split('-')[0] in earlier[2]:
            err('%s: prefix of %r used in earlier gold' % (aid, sl))
        ev = f['evidence']
        if not isinstance(ev, list) or not ev:
            err('%s: evidence must be a non-empty list (%s)' % (aid, sl))
            continue
        for e in ev:
            if not isinstance(e, str) or not e or e != e.strip():
                err('%s: evidence with outer spaces or empty (%s)' % (aid, sl))
                continue
            if e not in text:
                err('%s: evidence not in the file (%s): %r' % (aid, sl, e[:50]))
                continue
            if e == lines[0]:
                evid_all.append(e)
                continue
            locs = [(i, mm.start()) for i in body_idx for mm in re.finditer(re.escape(e), lines[i])]
            if not locs:
                err('%s: evidence not in headline or body (%s): %r' % (aid, sl, e[:50]))
                continue
            if not any(starts_ok(lines[i], j) and ends_ok(lines[i], j, e) for i, j in locs):
                err('%s: evidence not sentence-bounded (%s): %r' % (aid, sl, e[:50]))
            evid_all.append(e)
    if len(prefixes) != 1:
        err('%s: expected one same_as prefix, found %r' % (aid, sorted(prefixes)))
    elif sd and not list(prefixes)[0].endswith('%02d' % (sd.year % 100)):
        err('%s: prefix %r does not end in the two digits of the year' % (aid, list(prefixes)[0]))
    for t in qtexts:
        if not any((OPEN + t + CLOSE) in e for e in evid_all):
            err('%s: quote outside every evidence string: %r' % (aid, t[:50]))
    # noise must not carry gold material
    for l in noise_lines:
        for t in qtexts + nqs:
            if t and t in l:
                err('%s: page noise contains a gold quote: %r' % (aid, t[:40]))
        for e in evid_all:
            if e in l:
                err('%s: page noise contains fact evidence: %r' % (aid, e[:40]))
        lt = tokens(l)
        for k in pkeys:
            if has_tokens(lt, k.split(':', 1)[1].split('-')):
                err('%s: page noise names participant %r' % (aid, k))
    print('%-34s quotes %d (%d direct), not_quotes %d, participants %d, facts %d, body words %d, file words %d' % (
        aid, len(a['quotes']), sum(q.get('kind') == 'direct' for q in a['quotes']), len(nqs), len(parts),
        len(a['facts']), bw, fw))
    return dict(id=aid, outlet=outlet, summit=(org, s['city'], s['start_date']), sdata=tuple(s[x] for x in FIELDS),
                facts={f['same_as']: tuple(f['kind']) for f in a['facts'] if isinstance(f.get('same_as'), str)})

# ---------------------------------------------------------------- set-level checks
def main():
    d = json.load(open(GOLD, encoding='utf-8'))
    if list(d.keys()) != ['about', 'articles']:
        err('top-level keys %r' % list(d.keys()))
    if not isinstance(d.get('about'), str) or not d['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    files_here = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    arts = d.get('articles', [])
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(ids) != sorted(REG):
        err('ids differ from the registered set')
    for f in files_here:
        if f[:-4] not in ids:
            err('file %s has no gold entry' % f)
    earlier = load_earlier()
    infos = [x for x in (check_article(a, files_here, earlier) for a in arts) if x]
    if len(arts) != 8:
        err('expected 8 articles, found %d' % len(arts))
    groups = {}
    for x in infos:
        groups.setdefault(x['summit'], []).append(x)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits (3 pairs, 2 singles), found sizes %r' % sizes)
    orgs = {}
    for k in groups:
        orgs[k[0]] = orgs.get(k[0], 0) + 1
    if len(orgs) < 3 or max(orgs.values()) > 2:
        err('bodies per summit %r: need at least three bodies and at most two summits each' % orgs)
    for k in groups:
        if any((o, fold(c) if isinstance(c, str) else c, st) == (k[0], fold(k[1]), k[2]) for o, c, st in earlier[3]):
            err('summit %r already in earlier gold' % (k,))
    pair_of = {}
    for k, v in groups.items():
        if len(v) == 2:
            a1, a2 = v
            if a1['outlet'] == a2['outlet']:
                err('pair %r from one outlet' % (k,))
            if a1['sdata'] != a2['sdata']:
                err('pair %r disagrees on summit data' % (k,))
            shared = sorted(set(a1['facts']) & set(a2['facts']))
            if len(shared) < 5:
                err('pair %r shares only %d slugs' % (k, len(shared)))
            for sl in shared:
                if a1['facts'][sl] != a2['facts'][sl]:
                    err('shared slug %r has different kinds in the pair' % sl)
            print('pair %s / %s shares %d slugs: %s' % (a1['id'], a2['id'], len(shared), ', '.join(shared)))
            pair_of[a1['id']] = a2['id']
            pair_of[a2['id']] = a1['id']
    where = {}
    for x in infos:
        for sl in x['facts']:
            where.setdefault(sl, []).append(x['id'])
    for sl, w in where.items():
        if len(w) > 2:
            err('slug %r in more than two articles' % sl)
        elif len(w) == 2 and pair_of.get(w[0]) != w[1]:
            err('slug %r shared by two articles that are not a pair' % sl)
    pre = {}
    for x in infos:
        for sl in x['facts']:
            pre.setdefault(sl.split('-')[0], set()).add(x['summit'])
    for p, ss in pre.items():
        if len(ss) > 1:
            err('prefix %r used by two summits' % p)
    nq = sum(len(a.get('quotes', [])) for a in arts)
    nf = sum(len(a.get('facts', [])) for a in arts)
    print('totals: %d articles, %d summits, %d quotes, %d facts, %d distinct slugs' % (len(arts), len(groups), nq, nf, len(where)))

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        ERRORS.append('crash')
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(ERRORS))
        sys.exit(1)
    print('OK: heldout114 passes')
    sys.exit(0)
