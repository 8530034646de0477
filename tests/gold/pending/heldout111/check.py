#!/usr/bin/env python3
"""Checker for held-out set heldout111. Exits 1 on any error (a crash counts as an error)."""
import json, os, re, sys, datetime, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H111_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ERR = []
def err(msg): ERR.append(msg)

OPENING = ("Held-out set round 111 (split=heldout111), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
            'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}

# bodies the brief allows, with the id part used for each and the names that identify them in a text
BODIES = {
    'org:nato': ('nato', ['NATO', 'North Atlantic Treaty Organisation', 'North Atlantic Treaty Organization']),
    'org:apec': ('apec', ['APEC', 'Asia-Pacific Economic Cooperation']),
    'org:sco': ('sco', ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization']),
    'org:g20': ('g20', ['G20', 'Group of 20']),
    'org:cis': ('cis', ['CIS', 'Commonwealth of Independent States']),
    'org:gcc': ('gcc', ['GCC', 'Gulf Cooperation Council']),
    'org:oic': ('oic', ['Organisation of the Islamic Conference', 'Organization of the Islamic Conference',
                        'Islamic Conference', 'OIC', 'Organisation of Islamic Cooperation']),
    'org:summit-of-the-americas': ('americas', ['Summit of the Americas']),
    'org:oas': ('oas', ['OAS', 'Organization of American States']),
    'org:francophonie': ('francophonie', ['Francophonie']),
    'org:turkic-council': ('turkic', ['Turkic Council']),
    'org:csto': ('csto', ['CSTO', 'Collective Security Treaty Organization']),
    'org:eaeu': ('eaeu', ['Eurasian Economic Union']),
    'org:visegrad-group': ('visegrad', ['Visegrad Group']),
    'org:african-union': ('au', ['African Union']),
    'org:oau': ('oau', ['Organisation of African Unity', 'Organization of African Unity', 'OAU']),
    'org:sica': ('sica', ['SICA', 'Central American Integration System']),
    'org:cplp': ('cplp', ['CPLP', 'Community of Portuguese Language Countries']),
    'org:non-aligned-movement': ('nam', ['Non-Aligned Movement']),
    'org:eco': ('eco', ['Economic Cooperation Organization', 'ECO']),
    'org:union-for-the-mediterranean': ('ufm', ['Union for the Mediterranean']),
    'org:asem': ('asem', ['ASEM', 'Asia-Europe Meeting']),
    'org:east-asia-summit': ('eas', ['East Asia Summit']),
    'org:bimstec': ('bimstec', ['BIMSTEC']),
    'org:cica': ('cica', ['CICA', 'Conference on Interaction and Confidence-Building Measures in Asia']),
    'org:cen-sad': ('censad', ['Community of Sahel-Saharan States', 'CEN-SAD']),
    'org:alba': ('alba', ['ALBA', 'Bolivarian Alliance', 'Bolivarian Alternative']),
    'org:pacific-alliance': ('pacificalliance', ['Pacific Alliance']),
}

# registered articles: style, outlet (first field of the outlet line), tail marker (first line of the
# closing page noise), page-noise lines inside the body, credited staff (neither authors nor participants)
ARTICLES = {
    'h111_sica_sanisidrodecoronado_topsail': dict(style='straight', outlet='Topsail Wire',
        tail='(Reporting by Yorman Espinal-Plumley;', mid=[], staff=['Antonia Ponton-Twigg']),
    'h111_sica_sanisidrodecoronado_cuscatlan': dict(style='curly', outlet='The Cuscatlán Monitor',
        tail='Letters: The Monitor welcomes letters', mid=[], staff=[]),
    'h111_alba_cumana_tradewinds': dict(style='straight', outlet='Trade Winds Radio International',
        tail='[END OF TRANSCRIPT]', mid=[], staff=[]),
    'h111_alba_cumana_araguaney': dict(style='curly', outlet='The Araguaney Letter',
        tail='How we work: Our analysis pieces', mid=['Read next: What PetroCaribe really costs the islands'],
        staff=[]),
    'h111_alba_maracay_soufriere': dict(style='curly', outlet='The Soufriere Chronicle',
        tail='Comments (6)',
        mid=['Advertisement', 'Photo: Vendors set out produce on the bayfront on Thursday morning. (Chronicle photo)'],
        staff=[]),
    'h111_alba_maracay_llanero': dict(style='straight', outlet='Llanero Trade Letter',
        tail='Subscriber questions', mid=[], staff=[]),
    'h111_pacificalliance_merida_henequen': dict(style='curly', outlet='The Henequén Post',
        tail='Comments (3)', mid=['Photo: The official photograph at the close of the summit on Sunday. (Henequén Post)'],
        staff=[]),
    'h111_pacificalliance_bahiamalaga_tanjong': dict(style='straight', outlet='The Tanjong Business Review',
        tail='Related: What the CPTPP means', mid=[], staff=[]),
}
MIN_WORDS, MAX_WORDS, MAX_FILE_WORDS = 420, 600, 900

# avoid list of the brief (every year) and the used city-years, copied verbatim
AVOID = ['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk', 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis', 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar', 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras', 'Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez', 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou', 'Maastricht', 'Potrero de los Funes', 'Subic Bay', 'Kroměříž', 'Yalta', 'Chaguaramas', 'Ocho Rios', 'Punta Mita', 'Libreville', 'Praia', 'Naples', 'Venice', 'Koror', 'Inshas', 'Ottawa', 'Corfu', 'Windsor', 'Amsterdam', 'Tucumán', 'Munich', 'Berlin', 'Milan', 'Las Leñas', "Nuku'alofa", 'Jeddah', 'Kinshasa', 'Grand Anse', 'Paracas', 'Panama City', 'Bridgetown', 'Port Louis', 'Cochabamba', 'Bodrum', 'Kazan', 'Gyeongju', 'Tarawa', 'Apia', 'Basseterre', 'Versailles', 'Nice', 'Fontainebleau', 'Toronto', 'Florianópolis', 'Luxembourg', 'Tampere', 'Salamanca', 'Paraná', 'Maseru', 'Alexandria', 'Freetown', 'Bujumbura', 'Burabay', 'Mogadishu', 'Belgrade', 'Essen', 'Vienna', 'Dublin', 'Trujillo', 'Dorado', 'Port Vila', 'Paramaribo', 'Nadi', "St John's", 'Viskuli', 'Rio de Janeiro', 'Livingstone', 'Mar del Plata', 'Shusha', 'Rambouillet', 'Florence', 'Strasbourg', 'Cannes', 'Porlamar', 'Sibiu', 'Punta del Este', 'Hanover', 'Olivos', 'Fortaleza', 'Madang', 'Sydney', 'Villers-Cotterêts', 'Taif', 'Wellington', 'Montebello', 'Stuttgart', 'Santa Maria da Feira', 'Jeju', 'Busan', 'Estoril', 'Andorra la Vella', 'Honiara', 'Port-au-Prince', 'Canberra', 'Salzburg', 'Porto', 'San Salvador', 'Foz do Iguaçu', 'San José', 'Kunming', 'La Paz', 'Batumi', 'Valencia', 'Santa Marta', 'Cardiff', 'Tela', 'Costa del Sol', 'Ankara', 'Playa del Carmen', 'Costa do Sauípe', 'Tarija', 'Bogotá', 'New York', 'Athens', 'Ghent', 'Guatemala City', 'Esquipulas', 'Buenos Aires', 'Bremen', 'Biarritz', 'Khankendi', 'Colonia del Sacramento', 'Managua', 'Tallinn', 'Machu Picchu', 'Nanning', 'Rionegro', 'Conakry', 'Kunming', 'Batumi', 'Valencia', 'Santa Marta', 'Salzburg', 'Porto', 'San Salvador', 'San José', 'Sucre', 'Guayaquil', 'Stralsund', 'Kolding', 'Piešťany', 'Piestany', 'Lahti', 'Pörtschach', 'Portschach', 'Luque', 'Gros Islet']
USED = ['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Alexandria 1964', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Amsterdam 1997', 'Andorra la Vella 2021', 'Ankara 1992', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2017', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Athens 1983', 'Athens 2003', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Basseterre 2006', 'Batumi 2008', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belgrade 1961', 'Belén 2015', 'Bento Gonçalves 2019', 'Berlin 1999', 'Biarritz 2000', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bodrum 2014', 'Bogor 1994', 'Bogotá 2011', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Bremen 1978', 'Bridgetown 2002', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Bujumbura 2023', 'Burabay 2015', 'Busan 2005', 'Busan 2019', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Canberra 1983', 'Cancún 2017', 'Cannes 1995', 'Cannes 2011', 'Caracas 2011', 'Carbis Bay 2021', 'Cardiff 1998', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007', 'Chaguaramas 1973', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cochabamba 2012', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Colonia del Sacramento 1994', 'Conakry 1983', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Costa del Sol 1989', 'Costa do Sauípe 2008', 'Cotonou 1995', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dorado 1976', 'Dublin 1990', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Esquipulas 1986', 'Essen 1994', 'Estoril 2009', 'Evian 2003', 'Fez 1982', 'Florence 1996', 'Florianópolis 2000', 'Fontainebleau 1984', 'Fort Lauderdale 2005', 'Fortaleza 1996', 'Fortaleza 2014', 'Foz do Iguaçu 2010', 'Freetown 1980', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024', 'Ghent 2001', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Anse 1989', 'Grand Baie 2004', 'Gros Islet 2019', 'Guadalajara 1991', 'Guatemala City 1987', 'Guayaquil 1998', 'Gyeongju 2025', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Hanover 1988', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honiara 2025', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010', 'Inshas 1946', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016', 'Jakarta 2023', 'Jeddah 2022', 'Jeddah 2023', 'Jeju 2009', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2005', 'Kazan 2024', 'Khankendi 2025', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 1967', 'Kinshasa 2009', 'Kinshasa 2012', 'Kiruna 2013', 'Kolding 2000', 'Koror 2014', 'Kraków 2021', 'Kroměříž 2004', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015', 'Kuala Lumpur 2025', 'Kunming 2005', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018', 'La Paz 1990', 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Lahti 2006', 'Las Leñas 1992', 'Libreville 1983', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Livingstone 2011', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Luque 2018', 'Luque 2022', 'Lusaka 2007', 'Luxembourg 1997', 'Lyon 1996', 'Maastricht 1991', 'Machu Picchu 1990', 'Madang 1995', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Managua 1993', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Mar del Plata 2010', 'Maseru 2006', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 1985', 'Milan 2014', 'Minsk 1993', 'Mogadishu 1974', 'Moncton 1999', 'Monrovia 2017', 'Montebello 1981', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Moscow 2003', 'Moscow 2024', 'Munich 1992', 'Muscat 2008', "N'Djamena 2014", 'Nadi 2006', 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Nanning 2006', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015', 'New Delhi 2023', 'New York 2000', 'Newport 2014', 'Niamey 2019', 'Nice 2000', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2007", "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Ocho Rios 1982', 'Olivos 2002', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Ottawa 1973', 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2000', 'Panama City 2015', 'Paracas 2015', 'Paramaribo 2022', 'Paranal 2012', 'Paraná 2014', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Piešťany 2005', 'Pittsburgh 2009', 'Playa del Carmen 2010', 'Pohnpei 2016', 'Porlamar 2016', 'Port Louis 1976', 'Port Moresby 2015', 'Port Moresby 2018', 'Port Vila 2010', 'Port of Spain 2009', 'Port of Spain 2023', 'Port-au-Prince 2018', 'Porto 1998', 'Porto 2021', 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017', 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014', 'Punta del Este 1967', 'Putrajaya 2003', 'Pörtschach 1998', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969', 'Rambouillet 1975', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2023', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Rionegro 2003', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Salamanca 2005', 'Salzburg 2018', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San José 2001', 'San Juan 2010', 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009', 'San Salvador 2011', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santa Maria da Feira 2000', 'Santa Marta 2025', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Shusha 2024', 'Sibiu 2019', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', "St John's 2014", 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Stralsund 2012', 'Strasbourg 1997', 'Strasbourg 2009', 'Stuttgart 1983', 'Subic Bay 1996', 'Sucre 1997', 'Suva 2022', 'Sydney 1978', 'Sydney 2007', 'São Tomé 2023', 'Taif 1981', 'Tallinn 1990', 'Tampere 1999', 'Taormina 2017', 'Tarawa 2000', 'Tarija 2007', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'Tela 1989', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 1988', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Trujillo 1996', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valencia 2001', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014', 'Versailles 1982', 'Victoria Falls 2009', 'Vienna 1993', 'Vientiane 2016', 'Vientiane 2024', 'Villers-Cotterêts 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991', 'Viskuli 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Wellington 1971', 'Williamsburg 1983', 'Wilmington 2024', 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998', 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010', 'Yokohama 2013']


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
SPECIAL = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ð': 'd', 'Ð': 'D', 'ł': 'l', 'Ł': 'L', 'ß': 'ss',
           'þ': 'th', 'đ': 'd', 'Đ': 'D', 'ı': 'i'}

def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"['\u2019]s\b", ' ', s)   # possessive: Venezuela's -> Venezuela
    s = s.replace("'", '').replace('\u2019', '')
    return s.lower()

def toks(s):
    return re.findall(r'[a-z0-9]+', fold(s))

def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def city_forms(name):
    m = re.match(r'^(.*?) \((.*)\)$', name)
    return [m.group(1), m.group(2)] if m else [name]

AVOID_F = set()
for c in AVOID:
    for f in city_forms(c):
        AVOID_F.add(' '.join(toks(f)))
USED_F = set()
for u in USED:
    c, y = u.rsplit(' ', 1)
    for f in city_forms(c):
        USED_F.add((' '.join(toks(f)), int(y)))

def pdate(s, where):
    try:
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: bad ISO date %r' % (where, s))
        return None

# ---------------------------------------------------------------- earlier gold
def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 110)]
    n = 0
    for nm in names:
        p = os.path.join(EARLIER, nm)
        if not os.path.exists(p):
            continue
        n += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                summits.add((s.get('organization'), ' '.join(toks(s['city'])), s['start_date']))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    if n == 0:
        err('no earlier gold file found under %s' % EARLIER)
    return ids, slugs, prefixes, summits, n

# ---------------------------------------------------------------- text helpers
def split_regions(text, meta, aid):
    lines = text.split('\n')
    offs, p = [], 0
    for l in lines:
        offs.append((p, p + len(l)))
        p += len(l) + 1
    tails = [i for i, l in enumerate(lines) if l.startswith(meta['tail'])]
    if len(tails) != 1:
        err('%s: tail marker found %d times' % (aid, len(tails)))
        return None
    t = tails[0]
    body_idx = [i for i in range(5, t) if lines[i] not in meta['mid']]
    mid_idx = [i for i in range(5, t) if lines[i] in meta['mid']]
    for m in meta['mid']:
        if m not in lines[5:t]:
            err('%s: registered mid-body noise line missing: %r' % (aid, m))
    noise_idx = [1, 2, 3] + mid_idx + list(range(t, len(lines)))
    return dict(lines=lines, offs=offs, tail=t, body_idx=body_idx, noise_idx=noise_idx)

LABEL_RE = re.compile(r"(?:^|\n)[A-Z][A-Z'\u2019\-]+(?: [A-Z][A-Z'\u2019\-]+)*: $")

def sentence_bounded(text, pos, s):
    end = pos + len(s)
    before = text[:pos]
    ok_start = (pos == 0 or text[pos - 1] == '\n' or
                re.search(r'[.!?][\"\u201d\u2019)]? $', before) is not None or
                LABEL_RE.search(before[-60:] if len(before) > 60 else before) is not None)
    after = text[end:end + 1]
    ok_end = ((after in ('', '\n') and re.search(r'[.!?\"\u201d]$|[A-Za-z0-9]$', s) is not None) or
              (after == ' ' and re.search(r'(?:[.!?]|[.!?,][\"\u201d\u2019])$', s) is not None))
    if after in ('', '\n'):
        ok_end = True
    return ok_start, ok_end

def quoted_spans(body_text, style):
    if style == 'straight':
        return re.findall(r'"([^"\n]*)"', body_text)
    return re.findall(r'\u201c([^\u201c\u201d\n]*)\u201d', body_text)

# ---------------------------------------------------------------- main
def main():
    e_ids, e_slugs, e_prefixes, e_summits, n_earlier = load_earlier()
    path = os.path.join(HERE, 'heldout111_gold.json')
    raw = open(path, encoding='utf-8').read()
    data = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    if list(data.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles: %s' % list(data.keys()))
    about = data.get('about', '')
    if not isinstance(about, str) or not about.startswith(OPENING):
        err('about text does not start with the required sentence')
    arts = data.get('articles', [])
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, got %s' % (len(arts) if isinstance(arts, list) else type(arts)))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if set(ids) != set(ARTICLES):
        err('ids differ from the registered ids: %s' % sorted(set(ids) ^ set(ARTICLES)))
    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    if txts != sorted(i + '.txt' for i in ids if isinstance(i, str)):
        err('article files present %s do not match the entries' % txts)
    if any(isinstance(i, str) and i.split('_')[0] == 'h111' for i in e_ids):
        err('prefix h111 already used in earlier gold')

    summit_of = {}
    slug_use = collections.defaultdict(list)
    all_quotes_ev = []   # strings that must not occur in page noise
    totals = collections.Counter()
    per_article_prefix = {}
    outlet_of = {}

    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys/order %s' % (aid, list(a.keys())))
            continue
        meta = ARTICLES.get(aid)
        if meta is None:
            err('%s: not registered' % aid)
            continue
        m = re.match(r'^h111_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)$', aid)
        if not m:
            err('%s: malformed id' % aid)
            continue
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != 'heldout111':
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        fpath = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(fpath):
            err('%s: article file missing' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles' % aid)
        text = open(fpath, encoding='utf-8').read()
        for fld in ('title', 'published_at'):
            if not isinstance(a[fld], str) or not a[fld]:
                err('%s: %s must be a non-empty string' % (aid, fld))
        for lst in ('authors', 'quotes', 'not_quotes', 'participants', 'facts'):
            if not isinstance(a[lst], list):
                err('%s: %s must be a list' % (aid, lst))
                return
        R = split_regions(text, meta, aid)
        if R is None:
            continue
        lines = R['lines']
        if a['title'] != lines[0]:
            err('%s: title differs from the headline' % aid)
        if a['title'] not in text:
            err('%s: title not verbatim in the file' % aid)
        if len(lines) < 6 or lines[4] != '':
            err('%s: fifth line must be blank' % aid)
        body_lines = [lines[i] for i in R['body_idx']]
        body_text = '\n'.join(body_lines)
        hb_text = lines[0] + '\n' + body_text
        hb_toks = toks(hb_text)
        noise_lines = [lines[i] for i in R['noise_idx']]
        noise_text = '\n'.join(noise_lines)
        allowed = [R['offs'][0]] + [R['offs'][i] for i in R['body_idx']]
        def in_allowed(pos, ln):
            return any(s <= pos and pos + ln <= e for s, e in allowed)

        # outlet line and dates
        pub = pdate(a['published_at'], aid + ' published_at')
        outlet_line = lines[1]
        outlet = outlet_line.split(' | ')[0]
        outlet_of[aid] = outlet
        if outlet != meta['outlet']:
            err('%s: outlet %r not the registered %r' % (aid, outlet, meta['outlet']))
        if pub:
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (aid, want))
            others = [w for w in WEEKDAYS if w in outlet_line and w != WEEKDAYS[pub.weekday()]]
            if others:
                err('%s: other weekday on outlet line' % aid)

        # word counts
        words = len(body_text.split())
        fwords = len(text.split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            err('%s: %d body words' % (aid, words))
        if fwords > MAX_FILE_WORDS:
            err('%s: %d words in the whole file' % (aid, fwords))
        # page noise present
        tail_lines = [l for l in lines[R['tail']:] if l.strip()]
        if len(tail_lines) < 3:
            err('%s: too little closing page noise' % aid)
        if not all(lines[i].strip() for i in (1, 2, 3)):
            err('%s: top page noise lines missing' % aid)
        if '"' in noise_text or '\u201c' in noise_text or '\u201d' in noise_text:
            err('%s: double quotation mark in page noise' % aid)
        if '"' in lines[0] or '\u201c' in lines[0] or '\u201d' in lines[0]:
            err('%s: double quotation mark in headline' % aid)

        # authors and staff
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors' % aid)
        for au in a['authors']:
            if au not in lines[2]:
                err('%s: author %r not in byline' % (aid, au))
        for st in meta['staff']:
            if st not in '\n'.join(lines[R['tail']:]):
                err('%s: credited staff %r not in page noise' % (aid, st))
        people_not_part = [' '.join(toks(x)) for x in a['authors'] + meta['staff']]

        # quote style
        if meta['style'] == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly mark in a straight article' % aid)
            for l in lines:
                if l.count('"') % 2:
                    err('%s: odd number of straight double marks on a line' % aid)
        else:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
            for l in lines:
                depth = 0
                for ch in l:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks' % aid)
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark' % aid)
                            depth = 0
                if depth:
                    err('%s: unclosed curly mark' % aid)
        ap = "\u2019" if meta['style'] == 'curly' else "'"
        bad_ap = "'" if meta['style'] == 'curly' else "\u2019"

        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys %s' % (aid, list(s.keys()) if isinstance(s, dict) else s))
            continue
        org = s['organization']
        if org not in BODIES:
            err('%s: organisation %r not allowed' % (aid, org))
            continue
        if m.group(1) != BODIES[org][0]:
            err('%s: id body part %r should be %r' % (aid, m.group(1), BODIES[org][0]))
        if m.group(2) != ''.join(toks(s['city'])):
            err('%s: id city part %r does not match city %r' % (aid, m.group(2), s['city']))
        sd = pdate(s['start_date'], aid + ' start_date')
        ed = pdate(s['end_date'], aid + ' end_date')
        cityf = ' '.join(toks(s['city']))
        if cityf in AVOID_F:
            err('%s: city %r is on the avoid list' % (aid, s['city']))
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside summit..end+21 days' % aid)
            for y in {sd.year, ed.year}:
                if (cityf, y) in USED_F:
                    err('%s: city-year %s %d already used' % (aid, s['city'], y))
            if (org, cityf, s['start_date']) in e_summits:
                err('%s: same organisation, city and start date in earlier gold' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or [f for f in FIELDS if f in tf] != tf or len(set(tf)) != len(tf):
            err('%s: text_fields must be a non-empty subset of the five fields in order' % aid)
            tf = []
        for fld in tf:
            if fld == 'organization':
                if not any(has_seq(hb_toks, toks(n)) for n in BODIES[org][1]):
                    err('%s: organisation not recoverable from the text' % aid)
            elif fld in ('city', 'country'):
                if not has_seq(hb_toks, toks(s[fld])):
                    err('%s: %s %r not in the text' % (aid, fld, s[fld]))
            else:
                d = sd if fld == 'start_date' else ed
                if d is None or pub is None:
                    continue
                mon = MONTHS[d.month - 1]
                ok = False
                pats = [r'\b%s %d\b' % (mon, d.day), r'\b%s \d{1,2} (?:to|and|-) %d\b' % (mon, d.day),
                        r'\b%s\.? %d\b' % (mon[:3], d.day)]
                if any(re.search(p, hb_text) for p in pats):
                    ok = True
                diff = (pub - d).days
                if 0 <= diff <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], body_text):
                    ok = True
                if diff == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', body_text, re.I):
                    ok = True
                if diff == 1 and re.search(r'\b(yesterday|last night)\b', body_text, re.I):
                    ok = True
                if not ok:
                    err('%s: %s not recoverable from the text' % (aid, fld))
        summit_of[aid] = (org, s['city'], s['country'], s['start_date'], s['end_date'])

        # participants
        pkeys = []
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys %s' % (aid, p))
                continue
            k = p['key']
            if not re.match(r'^person:[a-z0-9]+(?:-[a-z0-9]+)*$', k):
                err('%s: malformed participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            name = k.split(':', 1)[1].split('-')
            if name[0] in ('president', 'king', 'prime', 'minister', 'dr', 'mr', 'mrs', 'ms', 'sheikh', 'chancellor'):
                err('%s: title word in key %s' % (aid, k))
            if not has_seq(hb_toks, name):
                err('%s: name of %s not in headline or body' % (aid, k))
            if ' '.join(name) in people_not_part:
                err('%s: author or credited staff listed as participant: %s' % (aid, k))
            for fld in ('role', 'affiliation'):
                if not isinstance(p[fld], str) or not p[fld].strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif bad_ap in p[fld]:
                    err('%s: wrong apostrophe style in %s of %s' % (aid, fld, k))
        totals['participants'] += len(a['participants'])

        # quotes
        spans = quoted_spans(body_text, meta['style'])
        annotated = []
        last = -1
        ob, cb = ('"', '"') if meta['style'] == 'straight' else ('\u201c', '\u201d')
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys %s' % (aid, q))
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not isinstance(sk, str) or not (sk in pkeys or re.match(r'^org:[a-z0-9]+(?:-[a-z0-9]+)*$', sk)):
                err('%s: speaker %r is neither a participant nor an org key' % (aid, sk))
            t = q['text']
            if not isinstance(t, str) or not t or t != t.strip():
                err('%s: bad quote text %r' % (aid, t))
                continue
            if t not in text:
                err('%s: quote not verbatim in the file: %r' % (aid, t[:60]))
            marked = ob + t + cb
            hits = [mm.start() for mm in re.finditer(re.escape(marked), text) if in_allowed(mm.start(), len(marked))]
            if not hits:
                err('%s: quote not found with its marks in the body: %r' % (aid, t[:60]))
                continue
            nxt = [h for h in hits if h > last]
            if not nxt:
                err('%s: quotes out of text order at %r' % (aid, t[:50]))
            else:
                last = nxt[0]
            annotated.append(t)
            all_quotes_ev.append((aid, t))
            totals['quote_' + q['kind']] += 1
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (ob + nq + cb) not in body_text:
                err('%s: not_quote not found with marks in the body: %r' % (aid, nq))
            annotated.append(nq)
        if collections.Counter(spans) != collections.Counter(annotated):
            err('%s: quoted spans in the body and annotations differ: %s' % (
                aid, list((collections.Counter(spans) - collections.Counter(annotated)).elements())[:3] +
                list((collections.Counter(annotated) - collections.Counter(spans)).elements())[:3]))
        totals['not_quotes'] += len(a['not_quotes'])

        # facts
        prefixes = set()
        seen_slugs = set()
        evidence_all = []
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys %s' % (aid, f))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or not set(kinds) <= FACT_KINDS:
                err('%s: bad fact kinds %r' % (aid, kinds))
                kinds = []
            for kd in kinds:
                totals['fact_' + kd] += 1
            sa = f['same_as']
            if not isinstance(sa, str) or not re.match(r'^[a-z]+[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$', sa):
                err('%s: malformed same_as %r' % (aid, sa))
                continue
            if sa in seen_slugs:
                err('%s: slug repeated in the article: %s' % (aid, sa))
            seen_slugs.add(sa)
            pre = sa.split('-')[0]
            prefixes.add(pre)
            if sa in e_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sa))
            if pre in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pre))
            slug_use[sa].append((aid, tuple(kinds)))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence must be a non-empty list (%s)' % (aid, sa))
                continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: bad evidence string in %s' % (aid, sa))
                    continue
                if e not in text:
                    err('%s: evidence not verbatim in the file: %r' % (aid, e[:60]))
                    continue
                hits = [mm.start() for mm in re.finditer(re.escape(e), text) if in_allowed(mm.start(), len(e))]
                if not hits:
                    err('%s: evidence not in headline or body: %r' % (aid, e[:60]))
                    continue
                if not any(all(sentence_bounded(text, h, e)) for h in hits):
                    err('%s: evidence not sentence-bounded: %r' % (aid, e[:60]))
                evidence_all.append(e)
                all_quotes_ev.append((aid, e))
        for q in a['quotes']:
            if isinstance(q, dict) and isinstance(q.get('text'), str):
                if not any((ob + q['text'] + cb) in e for e in evidence_all):
                    err('%s: quote outside every evidence string: %r' % (aid, q['text'][:50]))
        if len(prefixes) != 1:
            err('%s: one same_as prefix per article expected, got %s' % (aid, sorted(prefixes)))
        else:
            pre = prefixes.pop()
            per_article_prefix[aid] = pre
            if sd and not pre.endswith('%02d' % (sd.year % 100)):
                err('%s: prefix %s does not end in the two digits of the year' % (aid, pre))
        totals['facts'] += len(a['facts'])

        # page noise must not contain gold quotes, evidence or participant names
        nz = noise_text
        nz_toks = toks(nz)
        for q in a['quotes']:
            if isinstance(q, dict) and isinstance(q.get('text'), str) and q['text'] in nz:
                err('%s: gold quote inside page noise' % aid)
        for e in evidence_all:
            if e in nz:
                err('%s: evidence string inside page noise' % aid)
        for k in pkeys:
            name = k.split(':', 1)[1].split('-')
            if has_seq(nz_toks, name):
                err('%s: participant %s named in page noise' % (aid, k))
            sur = name[-1]
            if len(sur) > 3 and sur in nz_toks:
                err('%s: participant surname %r in page noise' % (aid, sur))
        print('%-40s body %3d words, file %3d, quotes %d, not_quotes %d, participants %d, facts %d' % (
            aid, words, fwords, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts'])))

    # shape: 5 summits, 3 pairs, 2 singles
    groups = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        groups[(sm[0], ' '.join(toks(sm[1])), sm[3])].append(aid)
    if len(groups) != 5:
        err('expected 5 summits, got %d' % len(groups))
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected three pairs and two singles, got sizes %s' % sizes)
    body_count = collections.Counter(k[0] for k in groups)
    if len(body_count) < 3:
        err('fewer than three bodies')
    if any(v > 2 for v in body_count.values()):
        err('more than two summits of one body')
    pair_of = {}
    pre_owner = {}
    for key, v in groups.items():
        pres = {per_article_prefix.get(x) for x in v}
        for pr in pres:
            if pr in pre_owner and pre_owner[pr] != key:
                err('prefix %s shared by two summits' % pr)
            pre_owner[pr] = key
        if len(pres) != 1:
            err('articles of one summit use different prefixes: %s' % pres)
        if len(v) == 2:
            x, y = v
            if summit_of[x] != summit_of[y]:
                err('pair %s/%s disagrees on summit data' % (x, y))
            if outlet_of.get(x) == outlet_of.get(y):
                err('pair %s/%s from one outlet' % (x, y))
            pair_of[x], pair_of[y] = y, x
    shared = collections.Counter()
    for sa, uses in slug_use.items():
        arts_u = [u[0] for u in uses]
        if len(arts_u) == 1:
            continue
        if len(arts_u) != 2 or pair_of.get(arts_u[0]) != arts_u[1]:
            err('slug %s used outside exactly the two articles of one pair: %s' % (sa, arts_u))
            continue
        if uses[0][1] != uses[1][1]:
            err('slug %s has different kinds in the pair' % sa)
        shared[tuple(sorted(arts_u))] += 1
    for x, y in pair_of.items():
        if x < y and shared[(x, y)] < 5:
            err('pair %s/%s shares only %d slugs' % (x, y, shared[(x, y)]))
    for (x, y), n in sorted(shared.items()):
        print('shared %s / %s: %d slugs' % (x, y, n))
    print('earlier gold files read: %d' % n_earlier)
    print('totals: %s' % dict(sorted(totals.items())))

try:
    main()
except Exception as ex:  # a crash counts as an error
    import traceback
    traceback.print_exc()
    err('checker crashed: %r' % ex)
if ERR:
    print('\n%d error(s):' % len(ERR))
    for e in ERR:
        print(' - ' + e)
    sys.exit(1)
print('heldout111: all checks passed')
