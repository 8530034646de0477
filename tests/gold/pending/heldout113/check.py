#!/usr/bin/env python3
"""Checker for the held-out set heldout113 (written by the annotator of the set).
Exits 1 on any error; a crash also counts as an error."""
import json, os, re, sys, datetime, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H113_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ROUND = 113
OPENING = ('Held-out set round 113 (split=heldout113), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
ERRORS = []
def err(msg): ERRORS.append(msg)

AVOID_CITIES = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk', 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis', 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar', 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras', 'Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez', 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou', 'Maastricht', 'Potrero de los Funes', 'Subic Bay', 'Kroměříž', 'Yalta', 'Chaguaramas', 'Ocho Rios', 'Punta Mita', 'Libreville', 'Praia', 'Naples', 'Venice', 'Koror', 'Inshas', 'Ottawa', 'Corfu', 'Windsor', 'Amsterdam', 'Tucumán', 'Munich', 'Berlin', 'Milan', 'Las Leñas', "Nuku'alofa", 'Jeddah', 'Kinshasa', 'Grand Anse', 'Paracas', 'Panama City', 'Bridgetown', 'Port Louis', 'Cochabamba', 'Bodrum', 'Kazan', 'Gyeongju', 'Tarawa', 'Apia', 'Basseterre', 'Versailles', 'Nice', 'Fontainebleau', 'Toronto', 'Florianópolis', 'Luxembourg', 'Tampere', 'Salamanca', 'Paraná', 'Maseru', 'Alexandria', 'Freetown', 'Bujumbura', 'Burabay', 'Mogadishu', 'Belgrade', 'Essen', 'Vienna', 'Dublin', 'Trujillo', 'Dorado', 'Port Vila', 'Paramaribo', 'Nadi', "St John's", 'Viskuli', 'Rio de Janeiro', 'Livingstone', 'Mar del Plata', 'Shusha', 'Rambouillet', 'Florence', 'Strasbourg', 'Cannes', 'Porlamar', 'Sibiu', 'Punta del Este', 'Hanover', 'Olivos', 'Fortaleza', 'Madang', 'Sydney', 'Villers-Cotterêts', 'Taif', 'Wellington', 'Montebello', 'Stuttgart', 'Santa Maria da Feira', 'Jeju', 'Busan', 'Estoril', 'Andorra la Vella', 'Honiara', 'Port-au-Prince', 'Canberra', 'Salzburg', 'Porto', 'San Salvador', 'Foz do Iguaçu', 'San José', 'Kunming', 'La Paz', 'Batumi', 'Valencia', 'Santa Marta', 'Cardiff', 'Tela', 'Costa del Sol', 'Ankara', 'Playa del Carmen', 'Costa do Sauípe', 'Tarija', 'Bogotá', 'New York', 'Athens', 'Ghent', 'Guatemala City', 'Esquipulas', 'Buenos Aires', 'Bremen', 'Biarritz', 'Khankendi', 'Colonia del Sacramento', 'Managua', 'Tallinn', 'Machu Picchu', 'Nanning', 'Rionegro', 'Conakry', 'Kunming', 'Batumi', 'Valencia', 'Santa Marta', 'Salzburg', 'Porto', 'San Salvador', 'San José', 'Sucre', 'Guayaquil', 'Stralsund', 'Kolding', 'Piešťany', 'Piestany', 'Lahti', 'Pörtschach', 'Portschach', 'Luque', 'Gros Islet', 'Iqaluit', 'Fairbanks', 'Moroni', 'Salvador', 'Salvador da Bahia', 'Yaren', 'San Isidro de Coronado', 'Cumana', 'Cumaná', 'Maracay', 'Merida', 'Mérida', 'Bahia Malaga', 'Bahía Málaga']
USED_CITY_YEARS = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Alexandria 1964', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Amsterdam 1997', 'Andorra la Vella 2021', 'Ankara 1992', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2017', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Athens 1983', 'Athens 2003', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Bahía Málaga 2022', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Basseterre 2006', 'Batumi 2008', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belgrade 1961', 'Belén 2015', 'Bento Gonçalves 2019', 'Berlin 1999', 'Biarritz 2000', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bodrum 2014', 'Bogor 1994', 'Bogotá 2011', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Bremen 1978', 'Bridgetown 2002', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Bujumbura 2023', 'Burabay 2015', 'Busan 2005', 'Busan 2019', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Canberra 1983', 'Cancún 2017', 'Cannes 1995', 'Cannes 2011', 'Caracas 2011', 'Carbis Bay 2021', 'Cardiff 1998', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007', 'Chaguaramas 1973', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cochabamba 2012', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Colonia del Sacramento 1994', 'Conakry 1983', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Costa del Sol 1989', 'Costa do Sauípe 2008', 'Cotonou 1995', 'Cumaná 2009', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dorado 1976', 'Dublin 1990', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Esquipulas 1986', 'Essen 1994', 'Estoril 2009', 'Evian 2003', 'Fairbanks 2017', 'Fez 1982', 'Florence 1996', 'Florianópolis 2000', 'Fontainebleau 1984', 'Fort Lauderdale 2005', 'Fortaleza 1996', 'Fortaleza 2014', 'Foz do Iguaçu 2010', 'Freetown 1980', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024', 'Ghent 2001', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Anse 1989', 'Grand Baie 2004', 'Gros Islet 2019', 'Guadalajara 1991', 'Guatemala City 1987', 'Guayaquil 1998', 'Gyeongju 2025', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Hanover 1988', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honiara 2025', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010', 'Inshas 1946', 'Iqaluit 2015', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016', 'Jakarta 2023', 'Jeddah 2022', 'Jeddah 2023', 'Jeju 2009', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2005', 'Kazan 2024', 'Khankendi 2025', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 1967', 'Kinshasa 2009', 'Kinshasa 2012', 'Kiruna 2013', 'Kolding 2000', 'Koror 2014', 'Kraków 2021', 'Kroměříž 2004', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015', 'Kuala Lumpur 2025', 'Kunming 2005', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018', 'La Paz 1990', 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Lahti 2006', 'Las Leñas 1992', 'Libreville 1983', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Livingstone 2011', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Luque 2018', 'Luque 2022', 'Lusaka 2007', 'Luxembourg 1997', 'Lyon 1996', 'Maastricht 1991', 'Machu Picchu 1990', 'Madang 1995', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Managua 1993', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Mar del Plata 2010', 'Maracay 2009', 'Maseru 2006', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 1985', 'Milan 2014', 'Minsk 1993', 'Mogadishu 1974', 'Moncton 1999', 'Monrovia 2017', 'Montebello 1981', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Moroni 2014', 'Moscow 2003', 'Moscow 2024', 'Munich 1992', 'Muscat 2008', 'Mérida 2011', "N'Djamena 2014", 'Nadi 2006', 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Nanning 2006', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015', 'New Delhi 2023', 'New York 2000', 'Newport 2014', 'Niamey 2019', 'Nice 2000', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2007", "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Ocho Rios 1982', 'Olivos 2002', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Ottawa 1973', 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2000', 'Panama City 2015', 'Paracas 2015', 'Paramaribo 2022', 'Paranal 2012', 'Paraná 2014', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Piešťany 2005', 'Pittsburgh 2009', 'Playa del Carmen 2010', 'Pohnpei 2016', 'Porlamar 2016', 'Port Louis 1976', 'Port Moresby 2015', 'Port Moresby 2018', 'Port Vila 2010', 'Port of Spain 2009', 'Port of Spain 2023', 'Port-au-Prince 2018', 'Porto 1998', 'Porto 2021', 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017', 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014', 'Punta del Este 1967', 'Putrajaya 2003', 'Pörtschach 1998', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969', 'Rambouillet 1975', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2023', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Rionegro 2003', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Salamanca 2005', 'Salvador 1993', 'Salzburg 2018', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San Isidro de Coronado 1989', 'San José 2001', 'San Juan 2010', 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009', 'San Salvador 2011', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santa Maria da Feira 2000', 'Santa Marta 2025', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Shusha 2024', 'Sibiu 2019', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', "St John's 2014", 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Stralsund 2012', 'Strasbourg 1997', 'Strasbourg 2009', 'Stuttgart 1983', 'Subic Bay 1996', 'Sucre 1997', 'Suva 2022', 'Sydney 1978', 'Sydney 2007', 'São Tomé 2023', 'Taif 1981', 'Tallinn 1990', 'Tampere 1999', 'Taormina 2017', 'Tarawa 2000', 'Tarija 2007', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'Tela 1989', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 1988', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Trujillo 1996', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valencia 2001', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014', 'Versailles 1982', 'Victoria Falls 2009', 'Vienna 1993', 'Vientiane 2016', 'Vientiane 2024', 'Villers-Cotterêts 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991', 'Viskuli 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Wellington 1971', 'Williamsburg 1983', 'Wilmington 2024', 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998', 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2001', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010', 'Yokohama 2013']

# ------------------------------------------------------------------ registry
# style: quote style; tail: first line of the page-noise tail; mid: prefixes of page-noise lines
# inside the body; comments: first line of a reader-comment block and the start of the line after it
# (None if the page has none);
# staff: credited staff who are neither authors nor participants.
REG = {
 'h113_eco_quetta_karez': dict(style='straight', tail='(Reporting by', mid=[], comments=None, staff=['Roshaan Barech-Hembry']),
 'h113_eco_quetta_bolan': dict(style='curly', tail='Letters: write to', mid=['Photo: Official cars'], comments=None, staff=[]),
 'h113_alba_barquisimeto_cuji': dict(style='straight', tail='[END OF TRANSCRIPT]', mid=[], comments=None, staff=[]),
 'h113_alba_barquisimeto_bunker': dict(style='curly', tail='Subscriber questions', mid=['Related: PetroCaribe'], comments=('Comments (3)', 'The Caribbean Bunker Report is'), staff=[]),
 'h113_alba_otavalo_lechero': dict(style='curly', tail='Most read:', mid=['Sign up for the Lechero Post'], comments=None, staff=[]),
 'h113_alba_otavalo_totora': dict(style='straight', tail='Share this article:', mid=['Photo caption:', 'READ MORE:'], comments=('Comments (4)', 'Sign up for the Andes Morning'), staff=[]),
 'h113_turkic_antalya_lycian': dict(style='straight', tail='Comments (5)', mid=['Photo: Flags'], comments=('Comments (5)', "What's On this week"), staff=[]),
 'h113_oas_montrouis_lakou': dict(style='curly', tail='Letters to the editor:', mid=[], comments=None, staff=[]),
}
ORG_ID = {'org:eco': 'eco', 'org:alba': 'alba', 'org:turkic-council': 'turkic', 'org:oas': 'oas'}
ORG_NAMES = {
 'org:eco': ['Economic Cooperation Organization', 'ECO'],
 'org:alba': ['ALBA', 'Bolivarian Alternative for the Americas', 'Bolivarian Alliance for the Peoples of Our America'],
 'org:turkic-council': ['Turkic Council', 'Turkic-speaking states'],
 'org:oas': ['Organization of American States', 'OAS'],
}
ALLOWED_BODIES = {'org:nato', 'org:apec', 'org:sco', 'org:g20', 'org:cis', 'org:gcc', 'org:oic',
 'org:summit-of-the-americas', 'org:oas', 'org:francophonie', 'org:turkic-council', 'org:csto', 'org:eaeu',
 'org:visegrad-group', 'org:african-union', 'org:oau', 'org:sica', 'org:cplp', 'org:non-aligned-movement',
 'org:eco', 'org:union-for-the-mediterranean', 'org:asem', 'org:east-asia-summit', 'org:bimstec', 'org:cica',
 'org:cen-sad', 'org:alba', 'org:pacific-alliance'}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUM_KEYS = FIELDS + ['text_fields']
Q_KEYS = ['text', 'speaker_key', 'kind']
P_KEYS = ['key', 'role', 'affiliation']
F_KEYS = ['statement', 'kind', 'same_as', 'evidence']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MONTH_ABBR = {'Jan': 1, 'Feb': 2, 'Mar': 3, 'Apr': 4, 'Jun': 6, 'Jul': 7, 'Aug': 8, 'Sept': 9, 'Sep': 9, 'Oct': 10, 'Nov': 11, 'Dec': 12}
TITLE_WORDS = {'president', 'prime', 'minister', 'king', 'queen', 'mr', 'mrs', 'ms', 'dr', 'sheikh', 'emir', 'sultan',
               'chancellor', 'secretary', 'general', 'governor', 'vice', 'foreign', 'sir', 'lord'}
BODY_MIN, BODY_MAX = 420, 600

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    for a, b in (('ø', 'o'), ('æ', 'ae'), ('ð', 'd'), ('ł', 'l'), ('ß', 'ss'), ('ı', 'i')):
        s = s.replace(a, b)
    s = re.sub(r"(?<=[a-z])'(?=[a-z])", '', s)
    return s
def tokens(s): return re.findall(r'[a-z0-9]+', fold(s))
def has_seq(hay, needle):
    h, n = tokens(hay), tokens(needle)
    if not n: return False
    return any(h[i:i + len(n)] == n for i in range(len(h) - len(n) + 1))
def iso(s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s): return None
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def split_article(aid, text):
    """Returns (header_lines, body_lines, mid_noise_lines, tail_lines)."""
    reg = REG[aid]
    L = text.split('\n')
    if '' not in L: raise ValueError('no blank line after the header')
    b = L.index('')
    tails = [i for i, l in enumerate(L) if l.startswith(reg['tail'])]
    if len(tails) != 1: raise ValueError('tail marker %r found %d times' % (reg['tail'], len(tails)))
    t = tails[0]
    body, mid = [], []
    for l in L[b + 1:t]:
        (mid if any(l.startswith(m) for m in reg['mid']) else body).append(l)
    for m in reg['mid']:
        if not any(l.startswith(m) for l in mid): err('%s: mid-body noise line %r not found' % (aid, m))
    return L[:b], body, mid, L[t:]

def main():
    path = os.path.join(HERE, 'heldout113_gold.json')
    raw = open(path, encoding='utf-8').read()
    d = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    if list(d.keys()) != ['about', 'articles']: err('top-level keys must be exactly about, articles')
    if not isinstance(d.get('about'), str) or not d['about'].startswith(OPENING): err('about text must start with the required sentence')
    arts = d.get('articles', [])
    if not isinstance(arts, list) or len(arts) != 8: err('expected 8 articles, found %s' % (len(arts) if isinstance(arts, list) else 'none'))

    # ---------------------------------------------------------- earlier gold
    e_ids, e_slugs, e_prefixes, e_summits = set(), set(), set(), []
    n_earlier = 0
    for nm in ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, ROUND - 1)]:
        p = os.path.join(EARLIER, nm)
        if not os.path.exists(p): continue
        n_earlier += 1
        ed = json.load(open(p, encoding='utf-8'))
        ea = ed['articles'] if isinstance(ed, dict) and 'articles' in ed else ed
        for a in ea:
            if not isinstance(a, dict): continue
            e_ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s: e_summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []) or []:
                sa = f.get('same_as')
                if isinstance(sa, str):
                    e_slugs.add(sa); e_prefixes.add(sa.split('-')[0])
    if n_earlier < 50: err('earlier gold files not found under %s (found %d)' % (EARLIER, n_earlier))
    if any(isinstance(i, str) and i.startswith('h%d_' % ROUND) for i in e_ids): err('the h%d prefix is already used in earlier gold' % ROUND)

    avoid = set()
    for c in AVOID_CITIES:
        m = re.fullmatch(r'(.+?) \((.+)\)', c)
        for x in ([m.group(1), m.group(2)] if m else [c]): avoid.add(' '.join(tokens(x)))
    used = set()
    for cy in USED_CITY_YEARS:
        m = re.fullmatch(r'(.+) (\d{4})', cy)
        if not m: err('bad used entry %r' % cy); continue
        used.add((' '.join(tokens(m.group(1))), m.group(2)))
    e_city_years = set((' '.join(tokens(c or '')), (sd or '')[:4]) for o, c, sd in e_summits)

    # ---------------------------------------------------------- files present
    present = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts if isinstance(a, dict)]
    if sorted(ids) != present: err('article ids %s do not match the .txt files present %s' % (sorted(ids), present))
    if len(set(ids)) != len(ids): err('duplicate ids')
    if sorted(ids) != sorted(REG): err('ids not registered in check.py')

    summits = collections.defaultdict(list)
    slug_arts = collections.defaultdict(list)
    totals = collections.Counter()
    for a in arts:
        try:
            check_article(a, e_ids, e_slugs, e_prefixes, e_summits, e_city_years, avoid, used, summits, slug_arts, totals)
        except Exception as ex:
            err('%s: crash while checking: %r' % (a.get('id') if isinstance(a, dict) else a, ex))

    # ---------------------------------------------------------- shape of the set
    if len(summits) != 5: err('expected 5 summits, found %d' % len(summits))
    sizes = sorted(len(v) for v in summits.values())
    if sizes != [1, 1, 2, 2, 2]: err('expected 3 pairs and 2 singles, found sizes %s' % sizes)
    bodies = collections.Counter(k[0] for k in summits)
    if len(bodies) < 3: err('fewer than three bodies')
    if any(v > 2 for v in bodies.values()): err('more than two summits of one body: %s' % dict(bodies))
    prefix_of = {}
    for key, al in summits.items():
        pre = set(x['prefix'] for x in al)
        if len(pre) != 1: err('summit %s uses several prefixes %s' % (key, pre))
        for p in pre:
            if p in prefix_of and prefix_of[p] != key: err('prefix %s shared by two summits' % p)
            prefix_of[p] = key
        if len(al) == 2:
            x, y = al
            if x['outlet'] == y['outlet']: err('pair %s from one outlet' % (key,))
            if x['summit_data'] != y['summit_data']: err('pair %s disagrees on summit data' % (key,))
            shared = set(x['slugs']) & set(y['slugs'])
            if len(shared) < 5: err('pair %s shares only %d slugs' % (key, len(shared)))
            for s in sorted(shared):
                if x['slugs'][s] != y['slugs'][s]: err('shared slug %s has different kinds %s / %s' % (s, x['slugs'][s], y['slugs'][s]))
            print('pair %s %s: %d shared slugs: %s' % (key[0], key[1], len(shared), ', '.join(sorted(shared))))
    pair_of = {}
    for key, al in summits.items():
        for x in al: pair_of[x['id']] = frozenset(z['id'] for z in al)
    for s, al in slug_arts.items():
        if len(al) > 2: err('slug %s occurs in %d articles' % (s, len(al)))
        if len(al) == 2 and (len(pair_of.get(al[0], ())) != 2 or pair_of.get(al[0]) != frozenset(al)):
            err('slug %s occurs in two articles that are not one pair: %s' % (s, al))
    print('totals: ' + ', '.join('%s %d' % kv for kv in sorted(totals.items())))

def check_article(a, e_ids, e_slugs, e_prefixes, e_summits, e_city_years, avoid, used, summits, slug_arts, totals):
    if not isinstance(a, dict): err('article is not an object'); return
    aid = a.get('id', '?')
    if list(a.keys()) != ART_KEYS: err('%s: article keys %s, expected %s' % (aid, list(a.keys()), ART_KEYS)); return
    if aid not in REG: err('%s: not registered' % aid); return
    reg = REG[aid]
    if aid in e_ids: err('%s: id used in earlier gold' % aid)
    m = re.fullmatch(r'h113_([a-z]+)_([a-z]+)_([a-z]+)', aid)
    if not m: err('%s: id not of the form h113_<org>_<city>_<outlet>' % aid); return
    if a['split'] != 'heldout113': err('%s: split %r' % (aid, a['split']))
    if a['file'] != 'articles/%s.txt' % aid: err('%s: file %r' % (aid, a['file']))
    fpath = os.path.join(HERE, aid + '.txt')
    text = open(fpath, encoding='utf-8').read()
    if os.path.exists(os.path.join(HERE, '..', '..', 'articles', aid + '.txt')):
        print('note: %s already exists in tests/gold/articles' % aid)
    for k in ['title', 'published_at']:
        if not isinstance(a[k], str) or not a[k]: err('%s: %s must be a non-empty string' % (aid, k))
    for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
        if not isinstance(a[k], list): err('%s: %s must be a list' % (aid, k)); return
    header, body, mid, tail = split_article(aid, text)
    L = text.split('\n')
    # title and header
    if a['title'] != L[0]: err('%s: title is not the headline (first line)' % aid)
    if a['title'] not in text: err('%s: title not verbatim in file' % aid)
    pub = iso(a['published_at'])
    if not pub: err('%s: bad published_at' % aid); return
    outlet_line = L[1]
    need = [WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], str(pub.day), str(pub.year)]
    for w in need:
        if not re.search(r'(?<![0-9A-Za-z])' + re.escape(w) + r'(?![0-9A-Za-z])', outlet_line): err('%s: %r missing from the outlet line' % (aid, w))
    for w in WEEKDAYS:
        if w != need[0] and w in outlet_line: err('%s: stray weekday %s on the outlet line' % (aid, w))
    outlet = outlet_line.split('|')[0].strip()
    head_text = '\n'.join(header[1:])
    if len(header) < 3: err('%s: header noise too short' % aid)
    if not a['authors']: err('%s: no authors' % aid)
    for au in a['authors']:
        if au not in head_text: err('%s: author %r not in the byline' % (aid, au))
    noise_lines = header[1:] + mid + tail
    noise = '\n'.join(noise_lines)
    for st in reg['staff']:
        if st not in noise: err('%s: credited staff %r not in page noise' % (aid, st))
    if len(tail) < 2: err('%s: page-noise tail too short' % aid)
    if reg['comments']:
        cm, cend = reg['comments']
        ends = [i for i, l in enumerate(tail) if l.startswith(cend)]
        if cm not in tail or len(ends) != 1: err('%s: comment block missing' % aid)
        else:
            ci = tail.index(cm)
            n = int(re.search(r'\((\d+)\)', cm).group(1))
            cl = tail[ci + 1:ends[0]]
            if len(cl) != n or not all(re.match(r'^[^:]{2,40}: \S', c) for c in cl): err('%s: expected %d reader comments' % (aid, n))
            if n < 3: err('%s: fewer than three comments' % aid)
    # body words
    nb = len(' '.join(body).split())
    if not BODY_MIN <= nb <= BODY_MAX: err('%s: body has %d words' % (aid, nb))
    bodytext = '\n'.join([L[0]] + body)   # headline and body, as lines
    totals['body words'] += nb
    # quote style
    if reg['style'] == 'straight':
        if re.search('[\u201c\u201d\u2018\u2019]', text): err('%s: curly marks in a straight article' % aid)
        for l in L:
            if l.count('"') % 2: err('%s: odd number of straight marks on a line: %r' % (aid, l[:60]))
        spans = re.findall(r'"([^"\n]*)"', '\n'.join(body))
        span_pat = lambda t: '"' + t + '"'
    else:
        if '"' in text or "'" in text: err('%s: straight marks in a curly article' % aid)
        if '\u2018' in text: err('%s: opening single curly mark' % aid)
        for l in L:
            depth = 0
            for ch in l:
                if ch == '\u201c':
                    if depth: err('%s: nested curly marks: %r' % (aid, l[:60]))
                    depth = 1
                elif ch == '\u201d':
                    if not depth: err('%s: unopened curly mark: %r' % (aid, l[:60]))
                    depth = 0
            if depth: err('%s: unclosed curly mark: %r' % (aid, l[:60]))
        spans = re.findall('\u201c([^\u201d\n]*)\u201d', '\n'.join(body))
        span_pat = lambda t: '\u201c' + t + '\u201d'
    if re.search('["\u201c\u201d]', L[0]) or re.search('["\u201c\u201d]', noise): err('%s: double quotation mark in headline or page noise' % aid)
    apos_bad = '\u2019' if reg['style'] == 'straight' else "'"
    # summit
    s = a['summit']
    if not isinstance(s, dict) or list(s.keys()) != SUM_KEYS: err('%s: summit keys %s' % (aid, list(s.keys()) if isinstance(s, dict) else s)); return
    org = s['organization']
    if org not in ALLOWED_BODIES: err('%s: organization %s not allowed' % (aid, org))
    if ORG_ID.get(org) != m.group(1): err('%s: id org part %s does not match %s' % (aid, m.group(1), org))
    if ''.join(tokens(s['city'])) != m.group(2): err('%s: id city part does not match %s' % (aid, s['city']))
    sd, ed = iso(s['start_date']), iso(s['end_date'])
    if not sd or not ed: err('%s: bad summit dates' % aid); return
    if sd > ed: err('%s: start after end' % aid)
    if (ed - sd).days > 6: err('%s: summit longer than a week' % aid)
    if not sd <= pub <= ed + datetime.timedelta(days=21): err('%s: publication date outside the summit window' % aid)
    cf = ' '.join(tokens(s['city']))
    if cf in avoid: err('%s: city %s is on the avoid list' % (aid, s['city']))
    if (cf, s['start_date'][:4]) in used or (cf, s['end_date'][:4]) in used: err('%s: city and year on the used list' % aid)
    if (cf, s['start_date'][:4]) in e_city_years: err('%s: city and year used by an earlier summit' % aid)
    if (org, s['city'], s['start_date']) in e_summits: err('%s: summit already in earlier gold' % aid)
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or tf != [f for f in FIELDS if f in tf]:
        err('%s: text_fields %r not a non-empty ordered subset of %s' % (aid, tf, FIELDS)); tf = []
    for f in tf:
        if f == 'organization':
            if not any(has_seq(bodytext, n) for n in ORG_NAMES.get(org, [])): err('%s: organization not recoverable' % aid)
        elif f in ('city', 'country'):
            if not has_seq(bodytext, s[f]): err('%s: %s %r not in headline or body' % (aid, f, s[f]))
        else:
            if not date_supported(bodytext, s[f], pub): err('%s: %s %s not supported by the text' % (aid, f, s[f]))
    # participants
    pkeys = []
    for p in a['participants']:
        if not isinstance(p, dict) or list(p.keys()) != P_KEYS: err('%s: participant keys %s' % (aid, p)); continue
        k = p['key']
        if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k): err('%s: bad participant key %s' % (aid, k)); continue
        if k in pkeys: err('%s: duplicate participant %s' % (aid, k))
        pkeys.append(k)
        toks = k.split(':')[1].split('-')
        if toks[0] in TITLE_WORDS: err('%s: title word in key %s' % (aid, k))
        if not has_seq(bodytext, ' '.join(toks)): err('%s: name of %s not in headline or body' % (aid, k))
        if has_seq(noise, ' '.join(toks)): err('%s: participant %s named in page noise' % (aid, k))
        for fld in ('role', 'affiliation'):
            if not isinstance(p[fld], str) or not p[fld].strip(): err('%s: empty %s for %s' % (aid, fld, k))
            elif apos_bad in p[fld]: err('%s: wrong apostrophe style in %s of %s' % (aid, fld, k))
    for name in a['authors'] + reg['staff']:
        if 'person:' + '-'.join(tokens(name)) in pkeys: err('%s: author or staff %s listed as participant' % (aid, name))
    # quotes
    qtexts = []
    pos = -1
    bjoined = '\n'.join(body)
    for q in a['quotes']:
        if not isinstance(q, dict) or list(q.keys()) != Q_KEYS: err('%s: quote keys %s' % (aid, q)); continue
        if q['kind'] not in QUOTE_KINDS: err('%s: quote kind %r' % (aid, q['kind']))
        sk = q['speaker_key']
        if not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk or ''): err('%s: bad speaker key %r' % (aid, sk))
        elif sk.startswith('person:') and sk not in pkeys: err('%s: speaker %s not a participant' % (aid, sk))
        elif sk.startswith('country:'): err('%s: speaker %s is neither a participant nor an org key' % (aid, sk))
        t = q['text']
        if not t or t != t.strip(): err('%s: empty or padded quote %r' % (aid, t))
        if t not in text: err('%s: quote not verbatim in file: %r' % (aid, t[:50]))
        i = bjoined.find(span_pat(t), pos + 1)
        if i < 0: err('%s: quote not found with its marks in text order: %r' % (aid, t[:50]))
        else: pos = i
        qtexts.append(t)
        if t in noise: err('%s: quote occurs in page noise: %r' % (aid, t[:40]))
        totals['quotes ' + q['kind']] += 1
    for t in a['not_quotes']:
        if not isinstance(t, str) or span_pat(t) not in bjoined: err('%s: not_quote %r not found with marks' % (aid, t))
    if collections.Counter(spans) != collections.Counter(qtexts + a['not_quotes']):
        err('%s: quoted spans and annotations differ: spans-only %s, annotations-only %s' % (aid,
            list((collections.Counter(spans) - collections.Counter(qtexts + a['not_quotes'])).elements()),
            list((collections.Counter(qtexts + a['not_quotes']) - collections.Counter(spans)).elements())))
    # facts
    slugs = {}
    all_ev = []
    prefixes = set()
    for f in a['facts']:
        if not isinstance(f, dict) or list(f.keys()) != F_KEYS: err('%s: fact keys %s' % (aid, f)); continue
        if not isinstance(f['statement'], str) or not f['statement'].strip(): err('%s: empty statement' % aid)
        ks = f['kind']
        if not isinstance(ks, list) or not ks or any(k not in FACT_KINDS for k in ks) or len(set(ks)) != len(ks):
            err('%s: bad fact kinds %r' % (aid, ks))
        sa = f['same_as']
        if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z0-9]+(-[a-z0-9]+)*', sa): err('%s: bad same_as %r' % (aid, sa)); continue
        if sa in slugs: err('%s: slug %s repeated in the article' % (aid, sa))
        slugs[sa] = tuple(ks) if isinstance(ks, list) else ()
        prefixes.add(sa.split('-')[0])
        if sa in e_slugs: err('%s: slug %s used in earlier gold' % (aid, sa))
        if sa.split('-')[0] in e_prefixes: err('%s: prefix of %s used in earlier gold' % (aid, sa))
        if not isinstance(f['evidence'], list) or not f['evidence']: err('%s: no evidence for %s' % (aid, sa)); continue
        for e in f['evidence']:
            if not isinstance(e, str) or not e or e != e.strip(): err('%s: empty or padded evidence in %s' % (aid, sa)); continue
            if e not in text: err('%s: evidence not verbatim in file: %r' % (aid, e[:50]))
            elif e not in bodytext: err('%s: evidence outside headline and body: %r' % (aid, e[:50]))
            elif not sentence_bounded(bodytext, e): err('%s: evidence not sentence-bounded: %r' % (aid, e[:60]))
            if e in noise: err('%s: evidence occurs in page noise: %r' % (aid, e[:40]))
            all_ev.append(e)
        for k in ks: totals['facts ' + k] += 1
    for q in a['quotes']:
        if isinstance(q, dict) and not any(span_pat(q['text']) in e for e in all_ev): err('%s: quote outside every evidence string: %r' % (aid, q['text'][:40]))
    if len(prefixes) != 1: err('%s: expected one slug prefix, found %s' % (aid, prefixes))
    for p in prefixes:
        if not p.endswith(s['start_date'][2:4]): err('%s: prefix %s does not end in the year digits' % (aid, p))
    for sa in slugs: slug_arts[sa].append(aid)
    key = (org, s['city'], s['start_date'])
    summits[key].append({'id': aid, 'outlet': outlet, 'slugs': slugs, 'prefix': next(iter(prefixes)) if prefixes else None,
                         'summit_data': tuple(s[k] for k in FIELDS)})
    totals['articles'] += 1; totals['participants'] += len(a['participants'])
    print('%s: %d quotes, %d not_quotes, %d participants, %d facts, %d body words, %d file words' % (
        aid, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts']), nb, len(text.split())))

def date_supported(bodytext, ds, pub):
    d = iso(ds)
    if not d: return False
    # month and day
    for mm in re.finditer(r'\b(' + '|'.join(MONTHS + list(MONTH_ABBR)) + r')\.? (\d{1,2})((?:,? (?:and|to|-) \d{1,2})*)', bodytext):
        mon = MONTHS.index(mm.group(1)) + 1 if mm.group(1) in MONTHS else MONTH_ABBR[mm.group(1)]
        days = [int(mm.group(2))] + [int(x) for x in re.findall(r'\d{1,2}', mm.group(3))]
        if mon == d.month and d.day in days: return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b' + WEEKDAYS[d.weekday()] + r'\b', bodytext): return True
    low = bodytext.lower()
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', low): return True
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', low): return True
    return False

def sentence_bounded(bodytext, e):
    ok = False
    for mm in re.finditer(re.escape(e), bodytext):
        i, j = mm.start(), mm.end()
        pre = bodytext[:i]
        line_start = pre.rfind('\n') + 1
        start_ok = (i == line_start or re.search(r'[.?!]["\u201d]? $', pre[line_start:]) is not None
                    or re.fullmatch(r'[A-Z][A-Z .\'-]+: ', pre[line_start:]) is not None)
        post = bodytext[j:]
        end_ok = (post == '' or post.startswith('\n') or
                  ((re.search(r'[.?!]$', e) or re.search(r'[.?!,]["\u201d]$', e)) and post.startswith(' ')))
        if start_ok and end_ok: ok = True
    return ok

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:
        import traceback; traceback.print_exc()
        err('crash: %r' % ex)
    if ERRORS:
        for e in ERRORS: print('ERROR:', e)
        print('FAILED with %d errors' % len(ERRORS))
        sys.exit(1)
    print('OK: heldout113 passes')
    sys.exit(0)
