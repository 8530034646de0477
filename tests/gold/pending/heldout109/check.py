#!/usr/bin/env python3
"""Checker for held-out set heldout109. Exits 1 on any error (a crash counts as an error)."""
import json, os, re, sys, unicodedata, datetime as dt
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H109_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ERR = []
def err(m): ERR.append(m)

ABOUT_START = ("Held-out set round 109 (split=heldout109), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
ART_KEYS = ["id","split","file","title","published_at","authors","summit","quotes","not_quotes","participants","facts"]
SUM_KEYS = ["organization","city","country","start_date","end_date","text_fields"]
Q_KEYS = ["text","speaker_key","kind"]
P_KEYS = ["key","role","affiliation"]
F_KEYS = ["statement","kind","same_as","evidence"]
FIVE = ["organization","city","country","start_date","end_date"]
QUOTE_KINDS = {"direct","partial"}
FACT_KINDS = {"decision","reaction","outcome","pledge","membership"}
ALLOWED_ORGS = {"org:nato","org:eu","org:apec","org:sco","org:g20","org:cis","org:gcc","org:oic",
  "org:summit-of-the-americas","org:oas","org:mercosur","org:francophonie","org:turkic-council","org:csto",
  "org:eaeu","org:visegrad-group","org:african-union","org:oau","org:caricom","org:sica","org:cplp",
  "org:non-aligned-movement","org:eco","org:union-for-the-mediterranean"}
ORG_NAMES = {"org:eu":["European Union","EU","European Council"],"org:mercosur":["Mercosur","Southern Common Market"],
  "org:caricom":["CARICOM","Caribbean Community"]}
ID_ORG = {"org:eu":"eu","org:mercosur":"mercosur","org:caricom":"caricom"}
# per article: quote style, noise line prefixes inside the body, first line of the page-noise tail, credited staff
REG = {
 "h109_eu_lahti_kestrel": ("straight", ["Read next:"], "(Reporting by", ["Oskari Lindroos-Tremlow","Ilse Verhulst-Holroyde"]),
 "h109_eu_lahti_lakeland": ("curly", ["Photo:"], "Comments (4)", ["Pekka Salmi-Larkworthy"]),
 "h109_eu_portschach_alpenrose": ("straight", [], "[End of transcript]", []),
 "h109_eu_portschach_karawanken": ("curly", ["Advertisement"], "Letters (3)", []),
 "h109_mercosur_luque_tebicuary": ("curly", ["Also read:"], "Comments (5)", []),
 "h109_mercosur_luque_caracara": ("straight", ["Sponsored:"], "Tariff watch and freight rates continue", []),
 "h109_mercosur_luque_yerba": ("straight", [], "Read more explainers:", []),
 "h109_caricom_grosislet_breadfruit": ("curly", ["We value your privacy."], "Related:", []),
}
AVOID = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk', 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis', 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar', 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras', 'Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez', 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou', 'Maastricht', 'Potrero de los Funes', 'Subic Bay', 'Kroměříž', 'Yalta', 'Chaguaramas', 'Ocho Rios', 'Punta Mita', 'Libreville', 'Praia', 'Naples', 'Venice', 'Koror', 'Inshas', 'Ottawa', 'Corfu', 'Windsor', 'Amsterdam', 'Tucumán', 'Munich', 'Berlin', 'Milan', 'Las Leñas', "Nuku'alofa", 'Jeddah', 'Kinshasa', 'Grand Anse', 'Paracas', 'Panama City', 'Bridgetown', 'Port Louis', 'Cochabamba', 'Bodrum', 'Kazan', 'Gyeongju', 'Tarawa', 'Apia', 'Basseterre', 'Versailles', 'Nice', 'Fontainebleau', 'Toronto', 'Florianópolis', 'Luxembourg', 'Tampere', 'Salamanca', 'Paraná', 'Maseru', 'Alexandria', 'Freetown', 'Bujumbura', 'Burabay', 'Mogadishu', 'Belgrade', 'Essen', 'Vienna', 'Dublin', 'Trujillo', 'Dorado', 'Port Vila', 'Paramaribo', 'Nadi', "St John's", 'Viskuli', 'Rio de Janeiro', 'Livingstone', 'Mar del Plata', 'Shusha', 'Rambouillet', 'Florence', 'Strasbourg', 'Cannes', 'Porlamar', 'Sibiu', 'Punta del Este', 'Hanover', 'Olivos', 'Fortaleza', 'Madang', 'Sydney', 'Villers-Cotterêts', 'Taif', 'Wellington', 'Montebello', 'Stuttgart', 'Santa Maria da Feira', 'Jeju', 'Busan', 'Estoril', 'Andorra la Vella', 'Honiara', 'Port-au-Prince', 'Canberra', 'Salzburg', 'Porto', 'San Salvador', 'Foz do Iguaçu', 'San José', 'Kunming', 'La Paz', 'Batumi', 'Valencia', 'Santa Marta', 'Cardiff', 'Tela', 'Costa del Sol', 'Ankara', 'Playa del Carmen', 'Costa do Sauípe', 'Tarija', 'Bogotá', 'New York', 'Athens', 'Ghent', 'Guatemala City', 'Esquipulas', 'Buenos Aires', 'Bremen', 'Biarritz', 'Khankendi', 'Colonia del Sacramento', 'Managua', 'Tallinn', 'Machu Picchu', 'Nanning', 'Rionegro', 'Conakry', 'Kunming', 'Batumi', 'Valencia', 'Santa Marta', 'Salzburg', 'Porto', 'San Salvador', 'San José']
USED = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Alexandria 1964', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Amsterdam 1997', 'Andorra la Vella 2021', 'Ankara 1992', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2017', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Athens 1983', 'Athens 2003', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Basseterre 2006', 'Batumi 2008', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belgrade 1961', 'Belén 2015', 'Bento Gonçalves 2019', 'Berlin 1999', 'Biarritz 2000', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bodrum 2014', 'Bogor 1994', 'Bogotá 2011', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Bremen 1978', 'Bridgetown 2002', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Bujumbura 2023', 'Burabay 2015', 'Busan 2005', 'Busan 2019', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Canberra 1983', 'Cancún 2017', 'Cannes 1995', 'Cannes 2011', 'Caracas 2011', 'Carbis Bay 2021', 'Cardiff 1998', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007', 'Chaguaramas 1973', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cochabamba 2012', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Colonia del Sacramento 1994', 'Conakry 1983', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Costa del Sol 1989', 'Costa do Sauípe 2008', 'Cotonou 1995', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dorado 1976', 'Dublin 1990', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Esquipulas 1986', 'Essen 1994', 'Estoril 2009', 'Evian 2003', 'Fez 1982', 'Florence 1996', 'Florianópolis 2000', 'Fontainebleau 1984', 'Fort Lauderdale 2005', 'Fortaleza 1996', 'Fortaleza 2014', 'Foz do Iguaçu 2010', 'Freetown 1980', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024', 'Ghent 2001', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Anse 1989', 'Grand Baie 2004', 'Guadalajara 1991', 'Guatemala City 1987', 'Gyeongju 2025', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Hanover 1988', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honiara 2025', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010', 'Inshas 1946', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016', 'Jakarta 2023', 'Jeddah 2022', 'Jeddah 2023', 'Jeju 2009', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2005', 'Kazan 2024', 'Khankendi 2025', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 1967', 'Kinshasa 2009', 'Kinshasa 2012', 'Kiruna 2013', 'Koror 2014', 'Kraków 2021', 'Kroměříž 2004', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015', 'Kuala Lumpur 2025', 'Kunming 2005', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018', 'La Paz 1990', 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Las Leñas 1992', 'Libreville 1983', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Livingstone 2011', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Lusaka 2007', 'Luxembourg 1997', 'Lyon 1996', 'Maastricht 1991', 'Machu Picchu 1990', 'Madang 1995', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Managua 1993', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Mar del Plata 2010', 'Maseru 2006', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 1985', 'Milan 2014', 'Minsk 1993', 'Mogadishu 1974', 'Moncton 1999', 'Monrovia 2017', 'Montebello 1981', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Moscow 2003', 'Moscow 2024', 'Munich 1992', 'Muscat 2008', "N'Djamena 2014", 'Nadi 2006', 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Nanning 2006', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015', 'New Delhi 2023', 'New York 2000', 'Newport 2014', 'Niamey 2019', 'Nice 2000', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2007", "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Ocho Rios 1982', 'Olivos 2002', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Ottawa 1973', 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2000', 'Panama City 2015', 'Paracas 2015', 'Paramaribo 2022', 'Paranal 2012', 'Paraná 2014', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Pittsburgh 2009', 'Playa del Carmen 2010', 'Pohnpei 2016', 'Porlamar 2016', 'Port Louis 1976', 'Port Moresby 2015', 'Port Moresby 2018', 'Port Vila 2010', 'Port of Spain 2009', 'Port of Spain 2023', 'Port-au-Prince 2018', 'Porto 1998', 'Porto 2021', 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017', 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014', 'Punta del Este 1967', 'Putrajaya 2003', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969', 'Rambouillet 1975', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2023', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Rionegro 2003', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Salamanca 2005', 'Salzburg 2018', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San José 2001', 'San Juan 2010', 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009', 'San Salvador 2011', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santa Maria da Feira 2000', 'Santa Marta 2025', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Shusha 2024', 'Sibiu 2019', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', "St John's 2014", 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Strasbourg 1997', 'Strasbourg 2009', 'Stuttgart 1983', 'Subic Bay 1996', 'Suva 2022', 'Sydney 1978', 'Sydney 2007', 'São Tomé 2023', 'Taif 1981', 'Tallinn 1990', 'Tampere 1999', 'Taormina 2017', 'Tarawa 2000', 'Tarija 2007', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'Tela 1989', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 1988', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Trujillo 1996', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valencia 2001', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014', 'Versailles 1982', 'Victoria Falls 2009', 'Vienna 1993', 'Vientiane 2016', 'Vientiane 2024', 'Villers-Cotterêts 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991', 'Viskuli 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Wellington 1971', 'Williamsburg 1983', 'Wilmington 2024', 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998', 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010', 'Yokohama 2013']

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    table = {'ø':'o','Ø':'O','æ':'ae','Æ':'AE','ß':'ss','ł':'l','Ł':'L','ð':'d','þ':'th'}
    s = ''.join(table.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"(?<=\w)'(?=\w)", '', s)
    return s.lower()
def toks(s): return re.findall(r"[a-z0-9]+", fold(s))
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i+n] == needle for i in range(len(hay)-n+1))

AVOIDF = set()
for c in AVOID:
    m = re.match(r"^(.*?) \((.*)\)$", c)
    for x in ([m.group(1), m.group(2)] if m else [c]): AVOIDF.add(' '.join(toks(x)))
USEDF = set()
for cy in USED:
    city, year = cy.rsplit(' ', 1)
    USEDF.add((' '.join(toks(city)), year))

MONTHS = ["january","february","march","april","may","june","july","august","september","october","november","december"]
WEEKDAYS = ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]

def load_earlier():
    slugs, prefixes, ids = set(), set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 108)]
    n = 0
    for nm in names:
        p = os.path.join(EARLIER, nm)
        if not os.path.exists(p): continue
        n += 1
        g = json.load(open(p, encoding='utf-8'))
        arts = g['articles'] if isinstance(g, dict) else g
        for a in arts:
            ids.add(a.get('id'))
            for f in a.get('facts', []) or []:
                s = f.get('same_as')
                if isinstance(s, str):
                    slugs.add(s); prefixes.add(s.split('-')[0])
    return slugs, prefixes, ids, n

def date_ok(s):
    try: return dt.date.fromisoformat(s)
    except Exception: return None

def split_text(aid, text):
    lines = text.split('\n')
    style, mids, tail, staff = REG[aid]
    ti = None
    for i, l in enumerate(lines):
        if i >= 5 and l.startswith(tail): ti = i; break
    if ti is None:
        err('%s: tail marker %r not found' % (aid, tail)); ti = len(lines)
    body, noise = [], lines[1:4] + lines[ti:]
    nmid = 0
    for l in lines[5:ti]:
        if any(l.startswith(p) for p in mids): noise.append(l); nmid += 1
        else: body.append(l)
    if mids and nmid == 0: err('%s: registered mid-body noise line missing' % aid)
    return lines, body, noise

def sentence_bounded(hay, ev, labels):
    ok = False
    start = 0
    while True:
        i = hay.find(ev, start)
        if i < 0: return ok
        pre = hay[:i]
        s_ok = (i == 0 or pre.endswith('\n') or re.search(r'[.!?][\u201d"\)]? $', pre) is not None
                or any(pre.endswith(lb + ': ') for lb in labels))
        j = i + len(ev); post = hay[j:j+1]
        e_ok = (post in ('', '\n') or (post == ' ' and re.search(r'([.!?:;]|[.!?,][\u201d"])$', ev) is not None))
        if s_ok and e_ok: return True
        start = i + 1

def quoted_spans(body_text, style):
    spans = []
    for l in body_text.split('\n'):
        if style == 'straight':
            spans += re.findall(r'"([^"]*)"', l)
        else:
            spans += re.findall(r'\u201c([^\u201c\u201d]*)\u201d', l)
    return spans

def main():
    gp = os.path.join(HERE, 'heldout109_gold.json')
    g = json.load(open(gp, encoding='utf-8'))
    if list(g.keys()) != ['about', 'articles']: err('top-level keys must be about, articles')
    if not g['about'].startswith(ABOUT_START): err('about text does not start with the required sentence')
    arts = g['articles']
    if len(arts) != 8: err('expected 8 articles, got %d' % len(arts))
    e_slugs, e_prefixes, e_ids, nfiles = load_earlier()
    if nfiles < 2: err('earlier gold files not found under %s' % EARLIER)
    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if sorted(i + '.txt' for i in ids) != txts: err('article files %s do not match ids %s' % (txts, ids))
    if set(ids) != set(REG): err('ids do not match the registered ids')
    if len(set(ids)) != len(ids): err('duplicate ids')
    slug_arts = {}; summits = {}; outlets = {}
    tot = Counter()
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS: err('%s: article keys/order %s' % (aid, list(a.keys()))); continue
        if aid in e_ids: err('%s: id used in earlier gold' % aid)
        m = re.match(r'^h109_([a-z]+)_([a-z]+)_([a-z]+)$', aid)
        if not m: err('%s: malformed id' % aid); continue
        if a['split'] != 'heldout109': err('%s: split' % aid)
        if a['file'] != 'articles/%s.txt' % aid: err('%s: file field' % aid)
        p = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(p): err('%s: article file missing' % aid); continue
        text = open(p, encoding='utf-8').read()
        style = REG[aid][0]
        lines, body, noise = split_text(aid, text)
        head = lines[0]
        body_text = '\n'.join(body)
        noise_text = '\n'.join(noise)
        hb = head + '\n' + body_text
        if a['title'] != head: err('%s: title is not the headline' % aid)
        if a['title'] not in text: err('%s: title not in text' % aid)
        if lines[4] != '': err('%s: fifth line not blank' % aid)
        # words
        bw = len(body_text.split())
        if not 420 <= bw <= 600: err('%s: body has %d words' % (aid, bw))
        fw = len(text.split())
        if fw > 800: err('%s: file has %d words' % (aid, fw))
        if len(noise) < 6: err('%s: too little page noise (%d lines)' % (aid, len(noise)))
        # marks
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text): err('%s: curly mark in straight article' % aid)
            for l in lines:
                if l.count('"') % 2: err('%s: odd straight marks on a line' % aid)
        else:
            if '"' in text or "'" in text: err('%s: straight mark in curly article' % aid)
            if '\u2018' in text: err('%s: opening single curly mark' % aid)
            for l in lines:
                d = 0
                for ch in l:
                    if ch == '\u201c':
                        d += 1
                        if d > 1: err('%s: nested curly marks' % aid)
                    elif ch == '\u201d':
                        d -= 1
                        if d < 0: err('%s: unopened curly mark' % aid)
                if d: err('%s: unclosed curly mark' % aid)
        if re.search('["\u201c\u201d]', head + '\n' + noise_text): err('%s: double mark in headline or page noise' % aid)
        # outlet line
        pub = date_ok(a['published_at'])
        if not pub: err('%s: published_at' % aid); continue
        ol = lines[1]
        need = '%s, %s %d, %d' % (pub.strftime('%A'), pub.strftime('%B'), pub.day, pub.year)
        if need not in ol: err('%s: outlet line lacks %r' % (aid, need))
        if sum(1 for w in WEEKDAYS if w in ol.lower()) != 1: err('%s: outlet line weekdays' % aid)
        outlets[aid] = ol.split(' | ')[0]
        # authors and staff
        if not isinstance(a['authors'], list) or not a['authors']: err('%s: authors' % aid)
        pkeys = [pp.get('key') for pp in a['participants']]
        for au in a['authors'] + REG[aid][3]:
            if au not in lines[2] and au not in noise_text: err('%s: author/staff %s not in byline or noise' % (aid, au))
            if 'person:' + '-'.join(toks(au)) in pkeys: err('%s: author/staff %s listed as participant' % (aid, au))
        for au in REG[aid][3]:
            if au not in noise_text: err('%s: staff %s not in page noise' % (aid, au))
        # summit
        s = a['summit']
        if list(s.keys()) != SUM_KEYS: err('%s: summit keys' % aid); continue
        if s['organization'] not in ALLOWED_ORGS: err('%s: organisation not allowed' % aid)
        if ID_ORG.get(s['organization']) != m.group(1): err('%s: id org part' % aid)
        if ''.join(toks(s['city'])) != m.group(2): err('%s: id city part' % aid)
        sd, ed = date_ok(s['start_date']), date_ok(s['end_date'])
        if not sd or not ed: err('%s: summit dates not ISO' % aid); continue
        if sd > ed: err('%s: start after end' % aid)
        if (ed - sd).days > 6: err('%s: summit longer than a week' % aid)
        if not (sd <= pub <= ed + dt.timedelta(days=21)): err('%s: publication date out of range' % aid)
        cf = ' '.join(toks(s['city']))
        if cf in AVOIDF: err('%s: city %s on the avoid list' % (aid, s['city']))
        if (cf, str(sd.year)) in USEDF: err('%s: city-year %s %d already used' % (aid, s['city'], sd.year))
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(x not in FIVE for x in tf) or tf != [x for x in FIVE if x in tf]:
            err('%s: text_fields %r' % (aid, tf))
        ht = toks(hb)
        hbf = fold(hb)
        for fld in tf:
            if fld == 'organization':
                if not any(has_seq(ht, toks(nm)) for nm in ORG_NAMES.get(s['organization'], [])):
                    err('%s: organisation not recoverable' % aid)
            elif fld in ('city', 'country'):
                if not has_seq(ht, toks(s[fld])): err('%s: %s not recoverable' % (aid, fld))
            else:
                d = sd if fld == 'start_date' else ed
                ok = False
                mon = MONTHS[d.month-1]
                for mm in re.finditer(r'\b(%s|%s)\.? (\d{1,2})(?:(?: and | to |-)(\d{1,2}))?\b' % (mon, mon[:3]), hbf):
                    if int(mm.group(2)) == d.day or (mm.group(3) and int(mm.group(3)) == d.day): ok = True
                delta = (pub - d).days
                if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], hbf): ok = True
                if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', hbf): ok = True
                if delta == 1 and re.search(r'\b(yesterday|last night)\b', hbf): ok = True
                if not ok: err('%s: %s not recoverable from text' % (aid, fld))
        key = (s['organization'], s['city'], s['start_date'])
        summits.setdefault(key, []).append(a)
        # participants
        seen = set()
        for pp in a['participants']:
            if list(pp.keys()) != P_KEYS: err('%s: participant keys' % aid); continue
            k = pp['key']
            if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)*$', k): err('%s: bad participant key %s' % (aid, k))
            if k in seen: err('%s: duplicate participant %s' % (aid, k))
            seen.add(k)
            if not has_seq(ht, k.split(':')[1].split('-')): err('%s: name of %s not in headline/body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = pp[fld]
                if not isinstance(v, str) or not v.strip(): err('%s: empty %s for %s' % (aid, fld, k))
                elif style == 'curly' and "'" in v: err('%s: straight apostrophe in %s' % (aid, fld))
                elif style == 'straight' and '\u2019' in v: err('%s: curly apostrophe in %s' % (aid, fld))
            # participant names must not appear in page noise
            if has_seq(toks(noise_text), k.split(':')[1].split('-')): err('%s: participant %s named in page noise' % (aid, k))
        # quotes
        pos = -1
        qtexts = []
        op, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        all_ev = [e for f in a['facts'] for e in f.get('evidence', [])]
        for q in a['quotes']:
            if list(q.keys()) != Q_KEYS: err('%s: quote keys' % aid); continue
            if q['kind'] not in QUOTE_KINDS: err('%s: quote kind %s' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.match(r'^org:[a-z0-9]+(-[a-z0-9]+)*$', sk)): err('%s: speaker %s not a participant or org key' % (aid, sk))
            mq = op + q['text'] + cl
            if q['text'] not in text: err('%s: quote not verbatim: %r' % (aid, q['text']))
            i = body_text.find(mq, pos + 1)
            if i < 0: err('%s: quote not found in order in body: %r' % (aid, q['text']))
            else: pos = i
            if q['text'] in noise_text: err('%s: quote text in page noise' % aid)
            if not any(mq in e for e in all_ev): err('%s: quote outside every evidence: %r' % (aid, q['text']))
            qtexts.append(q['text'])
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or nq not in text: err('%s: not_quote not verbatim' % aid)
        if Counter(quoted_spans(body_text, style)) != Counter(qtexts + a['not_quotes']):
            err('%s: quoted spans and annotations differ: %s' % (aid, Counter(quoted_spans(body_text, style)) - Counter(qtexts + a['not_quotes'])))
        # facts
        labels = [w for w in re.findall(r'^([A-Z][A-Z\- ]+):', body_text, re.M)]
        pref = set()
        aslugs = []
        for f in a['facts']:
            if list(f.keys()) != F_KEYS: err('%s: fact keys' % aid); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip(): err('%s: empty statement' % aid)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or any(x not in FACT_KINDS for x in kd):
                err('%s: fact kinds %r' % (aid, kd))
            sl = f['same_as']
            if not isinstance(sl, str) or not re.match(r'^[a-z]+[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$', sl):
                err('%s: bad same_as %r' % (aid, sl)); continue
            if sl in aslugs: err('%s: slug repeated %s' % (aid, sl))
            aslugs.append(sl)
            pf = sl.split('-')[0]; pref.add(pf)
            if pf[-2:] != str(sd.year)[-2:]: err('%s: prefix %s without the year' % (aid, pf))
            if sl in e_slugs: err('%s: slug %s used in earlier gold' % (aid, sl))
            if pf in e_prefixes: err('%s: prefix %s used in earlier gold' % (aid, pf))
            slug_arts.setdefault(sl, []).append((aid, tuple(kd), key))
            if not f['evidence']: err('%s: fact without evidence' % aid)
            for e in f['evidence']:
                if not isinstance(e, str) or e != e.strip() or not e: err('%s: evidence whitespace' % aid); continue
                if e not in text: err('%s: evidence not verbatim: %r' % (aid, e[:60])); continue
                if e in noise_text: err('%s: evidence in page noise: %r' % (aid, e[:60]))
                if e != head and not sentence_bounded(body_text, e, labels): err('%s: evidence not sentence-bounded / not in body: %r' % (aid, e[:60]))
        if len(pref) != 1: err('%s: more than one slug prefix %s' % (aid, pref))
        tot['quotes'] += len(a['quotes']); tot['participants'] += len(a['participants']); tot['facts'] += len(a['facts'])
        print('%-36s body %3d words, file %3d words, %d quotes, %d not_quotes, %d participants, %d facts' %
              (aid, bw, fw, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts'])))
    # shape
    sizes = sorted(len(v) for v in summits.values())
    if sizes != [1, 1, 2, 2, 2]: err('summit shape %s, expected 3 pairs and 2 singles' % sizes)
    if len({k[0] for k in summits}) < 3: err('fewer than three bodies')
    if max(Counter(k[0] for k in summits).values()) > 2: err('more than two summits of one body')
    prefs = {}
    for k, v in summits.items():
        for a in v:
            for f in a['facts']: prefs.setdefault(f['same_as'].split('-')[0], set()).add(k)
        if len(v) == 2:
            a1, a2 = v
            if outlets.get(a1['id']) == outlets.get(a2['id']): err('pair %s from one outlet' % (k,))
            d1 = {x: y for x, y in a1['summit'].items() if x != 'text_fields'}
            d2 = {x: y for x, y in a2['summit'].items() if x != 'text_fields'}
            if d1 != d2: err('pair %s disagrees on summit data' % (k,))
            sh = {f['same_as'] for f in a1['facts']} & {f['same_as'] for f in a2['facts']}
            if len(sh) < 5: err('pair %s shares only %d slugs' % (k, len(sh)))
            print('pair %s %s: %d shared slugs: %s' % (k[1], k[2], len(sh), ', '.join(sorted(sh))))
    for pf, ks in prefs.items():
        if len(ks) > 1: err('prefix %s used by two summits' % pf)
    for sl, occ in slug_arts.items():
        if len(occ) > 2: err('slug %s in more than two articles' % sl)
        if len(occ) == 2:
            (i1, k1, s1), (i2, k2, s2) = occ
            if s1 != s2 or len(summits.get(s1, [])) != 2: err('slug %s shared outside one pair' % sl)
            if set(k1) != set(k2): err('slug %s has different kinds' % sl)
    print('totals:', dict(tot))

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:
        import traceback; traceback.print_exc()
        err('crash: %r' % ex)
    if ERR:
        for m in ERR: print('ERROR:', m)
        sys.exit(1)
    print('heldout109: all checks passed')
    sys.exit(0)
