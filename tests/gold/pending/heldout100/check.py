#!/usr/bin/env python3
"""Checker for held-out set heldout100. Exits 1 on any error."""
import json
AVOID=['Astana', 'Paris', 'Reykjavik', 'Sanya', 'Kathmandu', 'San Pedro Sula', 'Majuro', 'Abuja', 'Nusa Dua', 'Bali', 'Johannesburg', 'Nairobi', 'Kuwait City', 'Windhoek', 'Cadiz', 'Caracas', 'Sharm el-Sheikh', 'Baku', 'Ulaanbaatar', 'Mecca', 'Tehran', 'Dushanbe', 'Asunción', 'Vilnius', 'Prague', 'Bangkok', 'Cairo', 'Cebu', 'Veracruz', 'Antananarivo', 'Chisinau', 'Sochi', 'Kiruna', 'Addu City', 'Rancho Mirage', 'Arusha', 'New Delhi', "Xi'an", 'Goyang', 'Islamabad', 'Kigali', 'Warsaw', 'Port of Spain', 'Tokyo', 'Stockholm', 'Dili', 'Accra', 'Yekaterinburg', 'Puerto Iguazú', 'Valletta', 'Tashkent', 'Mexico City', 'Naypyidaw', 'Algiers', 'Harare', 'Yerevan', 'Auckland', 'Niamey', 'Madrid', 'Miami', 'Suva', 'Camp David', 'Istanbul', 'Djerba', 'Lima', 'Washington', 'Thimphu', 'Santo Domingo', 'Manama', 'Lilongwe', 'Huntsville', 'Maputo', 'Samara', 'Putrajaya', 'Puerto Vallarta', 'Toyako', 'Damascus', 'Dhaka', 'Monterrey', 'Brussels', 'Elmau', 'Phnom Penh', 'Rovaniemi', 'Colombo', 'Djibouti', 'Monrovia', 'Bratislava', 'Cancún', 'Coolum', 'Beijing', 'Beirut', 'Genoa', 'Malabo', 'Bandar Seri Begawan', 'Brasília', 'Alma-Ata (Almaty)', 'Doha', 'Rarotonga (Avarua)', 'Durban', 'Ouro Preto', 'Banjul', 'Vientiane', 'Santiago', 'Luanda', 'Copenhagen', 'Vancouver', 'Khartoum', 'Baghdad', 'Rome', 'Bishkek', 'Birmingham', 'Budapest', 'Addis Ababa', 'Belén', 'Singapore', 'London', 'Helsinki', 'Córdoba', 'Victoria Falls', 'Labuan Bajo', 'Kuala Lumpur', 'Yokohama', 'Montreux', 'Edinburgh', 'Nouakchott', 'Visegrád', 'Shanghai', 'Puerto Varas', 'Cholpon-Ata', 'Nanjing', 'Bogor', 'Denver', 'Lomé', 'Ushuaia', 'Rostov-on-Don', 'Lyon', 'Quebec City', 'Hanoi', 'Gaborone', 'Santa Fe', 'Barcelona', 'Cairns', 'Sirte', 'Quito', 'Riga', 'Seattle', "N'Djamena", 'Khanty-Mansiysk', 'Muscat', 'Montego Bay', 'Houston', 'Nassau', 'Amman', 'Seoul', 'Lusaka', 'Halifax', 'Gothenburg', 'Tunis', 'Hua Hin', 'Cha-am', 'Mendoza', 'Havana', 'Lisbon', 'Alofi', 'Ouagadougou', 'St Petersburg', 'Osaka', 'Riyadh', 'The Hague', 'Blantyre', 'Santa Cruz de la Sierra', 'Bucharest', 'Bariloche', 'Bamako', 'Ashgabat', 'Malé', 'Kananaskis', 'Tirana', 'Montevideo', 'Abidjan', 'Jakarta', 'Nuuk', 'Manila', 'Georgetown', 'Dakar', 'Nizhny Novgorod', 'Antigua Guatemala', 'Cali', 'Santa Maria (Sal)', 'Melbourne', 'Visby', 'Kraków', 'Kingstown', 'Cartagena', 'Nakhchivan', 'Entebbe', 'Lahore', 'Bissau', 'Port Moresby', 'Kampala', 'Abu Dhabi', 'Cologne', 'Tripoli', 'Los Cabos', 'Pretoria', 'Dar es Salaam', 'Dubrovnik', 'Bento Gonçalves', 'Oslo', 'Siem Reap', 'Moscow', 'Dead Sea (Sweimeh)', 'Montreal', 'Moncton', 'Awaza (Turkmenbashi)', 'Pohnpei (Palikir)', 'Medellín', 'Limassol', 'Punta Cana', 'Yamoussoukro', 'Bonn', 'Casablanca', 'Thessaloniki (Porto Carras', 'Halkidiki)', 'San Juan', 'Mbabane', 'Minsk', 'Paranal', 'São Tomé', 'Tegucigalpa', 'Ljubljana', 'Seville', 'Kingston', 'Pattaya', 'Rabat', 'Lagos', 'Williamsburg', 'Fez', 'Kyiv', 'Bangalore', 'Grand Baie', 'Guadalajara', 'Yaoundé', 'Fort Lauderdale', 'Gabala', 'Cotonou', 'Maastricht', 'Potrero de los Funes', 'Subic Bay', 'Kroměříž', 'Yalta', 'Chaguaramas', 'Ocho Rios', 'Punta Mita', 'Libreville', 'Praia', 'Naples', 'Venice', 'Koror', 'Inshas', 'Ottawa', 'Corfu', 'Windsor', 'Amsterdam', 'Tucumán', 'Munich', 'Berlin', 'Milan', 'Las Leñas', "Nuku'alofa", 'Jeddah', 'Kinshasa', 'Grand Anse', 'Paracas', 'Panama City', 'Bridgetown', 'Port Louis', 'Cochabamba', 'Bodrum', 'Kazan', 'Gyeongju', 'Tarawa', 'Apia', 'Basseterre', 'Versailles', 'Nice', 'Fontainebleau', 'Toronto', 'Florianópolis', 'Luxembourg', 'Tampere', 'Salamanca', 'Paraná', 'Maseru', 'Alexandria', 'Freetown', 'Bujumbura', 'Burabay', 'Mogadishu', 'Belgrade', 'Essen', 'Vienna', 'Dublin', 'Trujillo', 'Dorado', 'Port Vila', 'Paramaribo', 'Nadi', "St John's", 'Viskuli', 'Rio de Janeiro', 'Livingstone', 'Mar del Plata', 'Shusha', 'Rambouillet', 'Florence', 'Strasbourg', 'Cannes', 'Porlamar', 'Sibiu', 'Punta del Este', 'Hanover', 'Olivos', 'Fortaleza', 'Madang', 'Sydney', 'Villers-Cotterêts', 'Taif', 'Wellington']
USED=['Abidjan 2012', 'Abidjan 2017', 'Abu Dhabi 1981', 'Abuja 2019', 'Abuja 2024', 'Accra 2022', 'Addis Ababa 2007', 'Addis Ababa 2017', 'Addis Ababa 2024', 'Addis Ababa 2025', 'Addu City 2011', 'Al-Ula 2021', 'Alexandria 1964', 'Algiers 2022', 'Alma-Ata 1991', 'Alofi 2008', 'Amman 2001', 'Amsterdam 1997', 'Antalya 2015', 'Antananarivo 2016', 'Antigua Guatemala 2013', 'Apia 2017', 'Apia 2024', 'Arusha 2016', 'Ashgabat 2021', 'Astana 2017', 'Astana 2024', 'Asunción 2015', 'Auckland 1995', 'Awaza 2021', 'Baghdad 2012', 'Baghdad 2025', 'Baku 2019', 'Bamako 2017', 'Bandar Seri Begawan 2013', 'Bangalore 1986', 'Bangkok 2022', 'Bangkok 2025', 'Banjul 2024', 'Barcelona 2005', 'Bariloche 2009', 'Basseterre 2006', 'Beijing 2012', 'Beijing 2014', 'Beijing 2023', 'Beirut 2002', 'Belgrade 1961', 'Belén 2015', 'Bento Gonçalves 2019', 'Berlin 1999', 'Biarritz 2019', 'Birmingham 1998', 'Bishkek 2007', 'Bishkek 2019', 'Bissau 2023', 'Blantyre 1997', 'Bodrum 2014', 'Bogor 1994', 'Bonn 1982', 'Borgo Egnazia 2024', 'Brasília 2008', 'Bratislava 2016', 'Bridgetown 2002', 'Brisbane 2014', 'Brussels 2016', 'Brussels 2017', 'Brussels 2018', 'Brussels 2019', 'Brussels 2021', 'Brussels 2022', 'Brussels 2023', 'Bucharest 2006', 'Bucharest 2008', 'Bucharest 2018', 'Budapest 1994', 'Buenos Aires 2018', 'Buenos Aires 2023', 'Bujumbura 2023', 'Burabay 2015', 'Busan 2005', 'Bürgenstock 2024', 'Cairns 2009', 'Cairo 2024', 'Cali 2013', 'Cali 2017', 'Camp David 2012', 'Camp David 2023', 'Cancún 2017', 'Cannes 1995', 'Cannes 2011', 'Caracas 2011', 'Carbis Bay 2021', 'Cartagena 2012', 'Cartagena 2016', 'Casablanca 1989', 'Cebu 2007', 'Chaguaramas 1973', 'Chicago 2012', 'Chisinau 2023', 'Cholpon-Ata 2018', 'Cochabamba 2012', 'Cologne 1999', 'Colombo 2013', 'Colombo 2022', 'Coolum 2002', 'Copenhagen 2002', 'Corfu 1994', 'Cotonou 1995', 'Cádiz 2012', 'Córdoba 2006', 'Da Nang 2017', 'Dakar 2008', 'Dakar 2021', 'Damascus 2008', 'Dar es Salaam 2015', 'Dar es Salaam 2019', 'Dead Sea 2017', 'Deauville 2011', 'Denver 1997', 'Dhahran 2018', 'Dhaka 2005', 'Diamniadio 2014', 'Dili 2014', 'Djerba 2022', 'Djibouti 2023', 'Doha 2007', 'Doha 2013', 'Dorado 1976', 'Dublin 1990', 'Dubrovnik 2016', 'Durban 1999', 'Durban 2013', 'Dushanbe 2019', 'Edinburgh 1997', 'Elmau 2015', 'Elmau 2022', 'Enniskillen 2013', 'Entebbe 2024', 'Essen 1994', 'Evian 2003', 'Fez 1982', 'Florence 1996', 'Florianópolis 2000', 'Fontainebleau 1984', 'Fort Lauderdale 2005', 'Fortaleza 1996', 'Fortaleza 2014', 'Freetown 1980', 'Funafuti 2019', 'Gabala 2013', 'Gaborone 2015', 'Genoa 2001', 'Georgetown 2024', 'Gleneagles 2005', 'Goa 2016', 'Gothenburg 2001', 'Goyang 2024', 'Granada 2023', 'Grand Anse 1989', 'Grand Baie 2004', 'Guadalajara 1991', 'Gyeongju 2025', 'Halifax 1995', 'Hamburg 2017', 'Hangzhou 2016', 'Hanoi 2004', 'Hanoi 2010', 'Hanover 1988', 'Harare 2024', 'Havana 2006', 'Havana 2014', 'Heiligendamm 2007', 'Helsinki 1999', 'Hiroshima 2023', 'Honolulu 2011', 'Houston 1990', 'Hua Hin 2009', 'Huntsville 2010', 'Inshas 1946', 'Islamabad 2017', 'Istanbul 2004', 'Istanbul 2016', 'Istanbul 2021', 'Jakarta 2016', 'Jakarta 2023', 'Jeddah 2022', 'Jeddah 2023', 'Johannesburg 2015', 'Johannesburg 2023', 'Johannesburg 2025', 'Kampala 2007', 'Kampala 2010', 'Kampala 2024', 'Kananaskis 2002', 'Kananaskis 2025', 'Kathmandu 2014', 'Kazan 2005', 'Kazan 2024', 'Khanty-Mansiysk 2008', 'Khartoum 2006', 'Kigali 2016', 'Kigali 2022', 'Kingston 1975', 'Kingstown 2024', 'Kinshasa 1967', 'Kinshasa 2009', 'Kinshasa 2012', 'Kiruna 2013', 'Koror 2014', 'Kraków 2021', 'Kroměříž 2004', 'Kuala Lumpur 1998', 'Kuala Lumpur 2005', 'Kuala Lumpur 2015', 'Kuala Lumpur 2025', 'Kuwait City 2013', 'Kuwait City 2017', 'Kyiv 2006', "L'Aquila 2009", 'La Malbaie 2018', 'Labuan Bajo 2023', 'Lagos 1975', 'Lahore 1974', 'Las Leñas 1992', 'Libreville 1983', 'Lilongwe 2021', 'Lima 2008', 'Lima 2016', 'Lima 2018', 'Lima 2024', 'Limassol 1993', 'Lisbon 1996', 'Lisbon 2007', 'Lisbon 2010', 'Livingstone 2011', 'Ljubljana 2019', 'Lomé 2000', 'London 1990', 'London 2009', 'London 2018', 'Los Angeles 2022', 'Los Cabos 2002', 'Los Cabos 2012', 'Luanda 2023', 'Lusaka 2007', 'Luxembourg 1997', 'Lyon 1996', 'Maastricht 1991', 'Madang 1995', 'Madrid 1997', 'Madrid 2022', 'Majuro 2013', 'Malabo 2011', 'Malabo 2014', 'Malé 1997', 'Manama 2016', 'Manama 2024', 'Manila 2015', 'Manila 2017', 'Maputo 2003', 'Mar del Plata 2005', 'Mar del Plata 2010', 'Maseru 2006', 'Mbabane 2016', 'Mecca 2012', 'Mecca 2019', 'Medellín 2019', 'Melbourne 1981', 'Melbourne 2024', 'Mendoza 2012', 'Mendoza 2017', 'Mexico City 2021', 'Miami 1994', 'Milan 1985', 'Milan 2014', 'Minsk 1993', 'Mogadishu 1974', 'Moncton 1999', 'Monrovia 2017', 'Montego Bay 2018', 'Monterrey 2004', 'Montevideo 2024', 'Montreal 2019', 'Montreux 2010', 'Moscow 2003', 'Moscow 2024', 'Munich 1992', 'Muscat 2008', "N'Djamena 2014", 'Nadi 2006', 'Nago 2000', 'Nairobi 2016', 'Nakhchivan 2009', 'Nanjing 2009', 'Naples 1994', 'Nassau 1985', 'Naypyidaw 2014', 'New Delhi 2015', 'New Delhi 2023', 'Newport 2014', 'Niamey 2019', 'Nice 2000', 'Nizhny Novgorod 2011', 'Nouakchott 2016', 'Nouakchott 2018', "Nuku'alofa 2007", "Nuku'alofa 2024", 'Nusa Dua 2011', 'Nusa Dua 2022', 'Nuuk 2011', 'Ocho Rios 1982', 'Olivos 2002', 'Osaka 1995', 'Osaka 2019', 'Oslo 2023', 'Ottawa 1973', 'Ouagadougou 1998', 'Ouro Preto 1994', 'Panama City 2000', 'Panama City 2015', 'Paracas 2015', 'Paramaribo 2022', 'Paranal 2012', 'Paraná 2014', 'Paris 2008', 'Pattaya 2009', 'Perth 2011', 'Phnom Penh 2012', 'Phnom Penh 2022', 'Pittsburgh 2009', 'Pohnpei 2016', 'Porlamar 2016', 'Port Louis 1976', 'Port Moresby 2015', 'Port Moresby 2018', 'Port Vila 2010', 'Port of Spain 2009', 'Port of Spain 2023', 'Porto 1998', 'Potrero de los Funes 1996', 'Prague 2002', 'Prague 2016', 'Praia 1998', 'Pretoria 2017', 'Puerto Iguazú 2023', 'Puerto Vallarta 2018', 'Puerto Varas 2016', 'Punta Cana 2017', 'Punta Mita 2014', 'Punta del Este 1967', 'Putrajaya 2003', 'Qingdao 2018', 'Quebec City 2001', 'Quebec City 2008', 'Quito 2016', 'Rabat 1969', 'Rambouillet 1975', 'Rancho Mirage 2016', 'Rarotonga 2023', 'Reykjavik 2023', 'Riga 2006', 'Riga 2022', 'Rio de Janeiro 2023', 'Rio de Janeiro 2024', 'Rio de Janeiro 2025', 'Riyadh 2007', 'Riyadh 2011', 'Rome 2002', 'Rome 2021', 'Rostov-on-Don 2010', 'Rovaniemi 2019', 'Salamanca 2005', 'Samara 2007', 'Samarkand 2022', 'San Francisco 2023', 'San Juan 2010', 'San Miguel de Tucumán 2008', 'San Pedro Sula 2009', 'Santa Cruz de la Sierra 1996', 'Santa Fe 2019', 'Santa Maria 2018', 'Santiago 1998', 'Santiago 2007', 'Santiago 2013', 'Santo Domingo 2023', 'Sanya 2011', 'Sanya 2016', 'Sea Island 2004', 'Seattle 1993', 'Seoul 2000', 'Seoul 2010', 'Seville 2002', 'Shanghai 2001', 'Shanghai 2006', 'Sharm el-Sheikh 2008', 'Sharm el-Sheikh 2015', 'Shima 2016', 'Shusha 2024', 'Sibiu 2019', 'Siem Reap 2018', 'Singapore 2007', 'Singapore 2018', 'Sirte 2009', 'Sirte 2010', 'Sochi 2019', 'Sofia 2018', "St John's 2014", 'St Petersburg 2002', 'St Petersburg 2006', 'St Petersburg 2013', 'Stockholm 2019', 'Strasbourg 1997', 'Strasbourg 2009', 'Subic Bay 1996', 'Suva 2022', 'Sydney 1978', 'Sydney 2007', 'São Tomé 2023', 'Taif 1981', 'Tampere 1999', 'Taormina 2017', 'Tarawa 2000', 'Tashkent 2016', 'Tegucigalpa 1991', 'Tehran 2012', 'The Hague 2004', 'The Hague 2025', 'Thessaloniki 2003', 'Thimphu 2010', 'Tianjin 2025', 'Tirana 2022', 'Tokyo 2015', 'Tokyo 2022', 'Toronto 1988', 'Toronto 2010', 'Toyako 2008', 'Tripoli 2010', 'Trujillo 1996', 'Tunis 2004', 'Tunis 2019', 'Tunis 2022', 'Ufa 2015', 'Ulaanbaatar 2016', 'Ushuaia 1998', 'Valletta 2005', 'Valletta 2015', 'Vancouver 1997', 'Venice 1980', 'Veracruz 2014', 'Versailles 1982', 'Victoria Falls 2009', 'Vienna 1993', 'Vientiane 2016', 'Vientiane 2024', 'Villers-Cotterêts 2024', 'Vilnius 2013', 'Vilnius 2023', 'Visby 1996', 'Visegrád 1991', 'Viskuli 1991', 'Vladivostok 2012', 'Warsaw 2016', 'Warsaw 2023', 'Washington 1999', 'Washington 2008', 'Washington 2022', 'Washington 2024', 'Watford 2019', 'Wellington 1971', 'Williamsburg 1983', 'Wilmington 2024', 'Windhoek 2018', 'Windsor 2000', "Xi'an 2023", 'Xiamen 2017', 'Yalta 1998', 'Yamoussoukro 2014', 'Yaoundé 1996', 'Yaren 2018', 'Yekaterinburg 2009', 'Yerevan 2018', 'Yerevan 2022', 'Yokohama 2010', 'Yokohama 2013']
META={'h100_ibero_estoril_barinel': {'tail': 'Lobo is due to take office in January.', 'tail_excl': False, 'mid': ['Advertisement'], 'curly': False}, 'h100_ibero_estoril_linha': {'tail': 'Argentina will host the next summit in 2010.', 'tail_excl': False, 'mid': ['Photo: Police officers on the Avenida Marginal as motorcades pass the casino on Monday. (Linha Coast Weekly)'], 'curly': True}, 'h100_ibero_andorralavella_isard': {'tail': 'END OF TRANSCRIPT', 'tail_excl': True, 'mid': ['Coming up after the news: the ski stations count the cost of a second closed season.'], 'curly': False}, 'h100_ibero_andorralavella_valira': {'tail': 'Comments (3)', 'tail_excl': True, 'mid': ['Related: Who pays for the Pyrenees recovery? | Our guide to the co-princes'], 'curly': True}, 'h100_pif_honiara_kolombangara': {'tail': 'Most delegations fly home this weekend.', 'tail_excl': False, 'mid': ['Photo caption: Dancers from Malaita welcome delegations at the opening ceremony on Monday. Photo: Kolombangara Courier'], 'curly': False}, 'h100_pif_honiara_lagoonward': {'tail': 'FAQ', 'tail_excl': True, 'mid': ['Sponsored: Pacific Infrastructure Summit, Brisbane, November. Early-bird registration closes Friday.'], 'curly': True}, 'h100_caricom_portauprince_citadelle': {'tail': 'The heads will hold their regular meeting in Jamaica in July.', 'tail_excl': False, 'mid': ['Read more: Port-au-Prince prepares for carnival | Electricity cuts return to Petion-Ville'], 'curly': False}, 'h100_pif_canberra_molonglo': {'tail': 'The leaders left Canberra yesterday for their capitals.', 'tail_excl': False, 'mid': ['Pictured: Pacific leaders on the steps of Parliament House on Monday. (Gazette photograph)'], 'curly': True}}
import json,os,re,sys,datetime,unicodedata
HERE=os.path.dirname(os.path.abspath(__file__))
GOLD=os.environ.get('H100_EARLIER',os.path.normpath(os.path.join(HERE,'..','..')))
ERR=[]
def err(m): ERR.append(m)
OPENING="Held-out set round 100 (split=heldout100), written by an independent annotator; not yet scored or read by anyone working on the extractors."
ART_KEYS=['id','split','file','title','published_at','authors','summit','quotes','not_quotes','participants','facts']
SUM_KEYS=['organization','city','country','start_date','end_date','text_fields']
FIELDS=['organization','city','country','start_date','end_date']
QKINDS={'direct','partial'}; FKINDS={'decision','reaction','outcome','pledge','membership'}
BODIES={'org:african-union':['African Union'],'org:oau':['Organisation of African Unity','OAU'],'org:ecowas':['ECOWAS'],'org:sadc':['SADC'],'org:eac':['East African Community'],
 'org:eccas':['ECCAS'],'org:arab-league':['Arab League'],'org:gcc':['Gulf Cooperation Council','GCC'],'org:oic':['OIC','Organisation of Islamic Cooperation'],
 'org:commonwealth':['Commonwealth'],'org:francophonie':['Francophonie'],'org:caricom':['CARICOM','Caribbean Community'],'org:celac':['CELAC'],
 'org:ibero-american-summit':['Ibero-American Summit','Ibero-American summit','Ibero-American community','Ibero-American'],
 'org:pif':['Pacific Islands Forum','South Pacific Forum','Forum Leaders Meeting'],'org:saarc':['SAARC']}
IDORG={'org:ibero-american-summit':'ibero','org:pif':'pif','org:caricom':'caricom'}
COUNTRY_NAMES={'Portugal':['Portugal'],'Andorra':['Andorra'],'Solomon Islands':['Solomon Islands'],'Haiti':['Haiti'],'Australia':['Australia']}
def fold(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('\u2019',"'").lower()
def words(s): return len(s.split())
try:
    gold=json.load(open(os.path.join(HERE,'heldout100_gold.json'),encoding='utf-8'),object_pairs_hook=lambda p:p)
except Exception as e:
    print('cannot read gold',e); sys.exit(1)
def od(p): return dict(p)
try:
    if [k for k,_ in gold]!=['about','articles']: err('top-level keys')
    G=dict(gold); about=G['about']; arts=G['articles']
    if not about.startswith(OPENING): err('about opening')
    files_present=sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids=[]
    avoidf={fold(c) for c in AVOID}
    for c in AVOID:
        m=re.match(r'(.*) \((.*)\)$',c)
        if m: avoidf|={fold(m.group(1)),fold(m.group(2))}
    usedf=set()
    for u in USED:
        c,y=u.rsplit(' ',1); usedf.add((fold(c),y))
    earlier_slugs=set(); earlier_ids=set()
    for n in ['facts_gold.json']+['heldout%d_gold.json'%m for m in range(5,99)]:
        p=os.path.join(GOLD,n)
        if not os.path.exists(p): continue
        d=json.load(open(p,encoding='utf-8'))
        for a in (d['articles'] if isinstance(d,dict) else d):
            earlier_ids.add(a.get('id'))
            for f in a.get('facts',[]):
                if f.get('same_as'): earlier_slugs.add(f['same_as'])
            s=a.get('summit') or {}
            if s.get('city') and s.get('start_date'): usedf.add((fold(s['city']),s['start_date'][:4]))
    if len(earlier_slugs)<1000: err('earlier gold not found (%d slugs)'%len(earlier_slugs))
    slug_arts={}; summits={}
    for ap in arts:
        keys=[k for k,_ in ap]
        if keys!=ART_KEYS: err('article keys %s'%keys); continue
        a=od(ap); aid=a['id']; ids.append(aid)
        if aid in earlier_ids: err('id used before '+aid)
        m=re.fullmatch(r'h100_([a-z]+)_([a-z]+)_([a-z]+)',aid)
        if not m: err('bad id '+aid); continue
        if a['split']!='heldout100': err('split '+aid)
        if a['file']!='articles/'+aid+'.txt': err('file '+aid)
        path=os.path.join(HERE,aid+'.txt')
        if not os.path.exists(path): err('missing file '+aid); continue
        text=open(path,encoding='utf-8').read(); lines=text.split('\n')
        M=META.get(aid)
        if not M: err('no meta '+aid); continue
        if a['title']!=lines[0]: err('title not headline '+aid)
        if lines[4]!='': err('fifth line not blank '+aid)
        try:
            pub=datetime.date.fromisoformat(a['published_at'])
        except Exception: err('pub date '+aid); continue
        outlet=lines[1]
        if pub.strftime('%A, %B ')+str(pub.day)+', '+str(pub.year) not in outlet: err('outlet date line '+aid)
        if not isinstance(a['authors'],list) or not a['authors']: err('authors '+aid)
        for au in a['authors']:
            if au not in lines[2]: err('author not in byline '+au)
        # body and noise
        ti=[i for i,l in enumerate(lines) if l==M['tail']]
        if len(ti)!=1: err('tail marker '+aid); continue
        end=ti[0] if M['tail_excl'] else ti[0]+1
        mids=M['mid']
        for mm in mids:
            if lines.count(mm)!=1 or not (5<=lines.index(mm)<end): err('mid noise line '+aid)
        body_lines=[l for l in lines[5:end] if l not in mids]
        noise_lines=lines[1:4]+mids+lines[end:]
        body='\n'.join(body_lines); noise='\n'.join(noise_lines); head_body=lines[0]+'\n'+body
        bw=words(body)
        if not 420<=bw<=600: err('body words %d %s'%(bw,aid))
        if sum(words(l) for l in lines[end:])<25 or not mids: err('page noise too thin '+aid)
        # quote style
        if M['curly']:
            if '"' in text or "'" in text: err('straight mark in curly article '+aid)
        else:
            if any(c in text for c in '\u201c\u201d\u2018\u2019'): err('curly mark in straight article '+aid)
        op,cl=('\u201c','\u201d') if M['curly'] else ('"','"')
        spans=[]
        for l in head_body.split('\n'):
            if M['curly']:
                spans+=re.findall('\u201c([^\u201c\u201d]*)\u201d',l)
                if l.count('\u201c')!=l.count('\u201d'): err('unbalanced marks '+aid)
            else:
                if l.count('"')%2: err('odd marks '+aid)
                spans+=re.findall('"([^"]*)"',l)
        if op in noise or cl in noise: err('quote mark in noise '+aid)
        if op in lines[0]: err('quote mark in headline '+aid)
        s=a['summit']
        if [k for k,_ in s]!=SUM_KEYS: err('summit keys '+aid); continue
        s=dict(s)
        if s['organization'] not in BODIES: err('body not allowed '+aid)
        elif IDORG.get(s['organization'],m.group(1))!=m.group(1): err('id org part '+aid)
        if fold(s['city']).replace(' ','').replace('-','')!=m.group(2): err('id city part '+aid)
        try:
            sd=datetime.date.fromisoformat(s['start_date']); ed=datetime.date.fromisoformat(s['end_date'])
            if sd>ed: err('start>end '+aid)
            if (ed-sd).days>7: err('summit too long '+aid)
            if not (sd<=pub<=ed+datetime.timedelta(days=21)): err('pub out of range '+aid)
        except Exception: err('bad dates '+aid); continue
        if fold(s['city']) in avoidf: err('avoided city '+aid)
        if (fold(s['city']),s['start_date'][:4]) in usedf: err('used city-year '+aid)
        tf=s['text_fields']
        if not tf or [f for f in FIELDS if f in tf]!=tf: err('text_fields '+aid)
        fb=fold(head_body)
        def has(x): return re.search(r'(?<![a-z0-9])'+re.escape(fold(x))+r'(?![a-z0-9])',fb) is not None
        if 'organization' in tf and not any(has(x) for x in BODIES.get(s['organization'],[])): err('org not in text '+aid)
        if 'city' in tf and not has(s['city']): err('city not in text '+aid)
        if 'country' in tf and not any(has(x) for x in COUNTRY_NAMES.get(s['country'],[s['country']])): err('country not in text '+aid)
        def date_ok(d):
            mon=d.strftime('%B')
            if re.search(mon+r' '+str(d.day)+r'\b',head_body) or re.search(mon+r' \d+ (to|and) '+str(d.day)+r'\b',head_body) or re.search(r'\b'+str(d.day)+r' (to|and) '+mon,head_body): return True
            if re.search(r'\b(from|From) '+mon+' '+str(d.day),head_body): return True
            delta=(pub-d).days
            if 0<=delta<=6 and re.search(r'\bon '+d.strftime('%A')+r'\b|\b'+d.strftime('%A')+r' (and|evening|morning)|and '+d.strftime('%A')+r'\b',head_body): return True
            if delta==1 and 'yesterday' in head_body: return True
            if delta==0 and re.search(r'\btoday\b',head_body): return True
            return False
        if 'start_date' in tf and not date_ok(sd): err('start date not recoverable '+aid)
        if 'end_date' in tf and not date_ok(ed): err('end date not recoverable '+aid)
        summits.setdefault((s['organization'],s['city'],s['start_date'],s['end_date'],s['country']),[]).append((aid,outlet.split(' | ')[0]))
        # participants
        pk=[]
        for pp in a['participants']:
            if [k for k,_ in pp]!=['key','role','affiliation']: err('participant keys '+aid); continue
            p=dict(pp); pk.append(p['key'])
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+',p['key']): err('bad key '+p['key'])
            if not p['role'] or not p['affiliation']: err('empty role/aff '+p['key'])
            toks=p['key'][7:].split('-')
            if not re.search(r'(?<![a-z])'+r'[ -]'.join(toks)+r'(?![a-z])',fold(head_body).replace("'",'')): err('name not in body '+p['key'])
            if M['curly'] and "'" in p['role']+p['affiliation']: err('straight apostrophe in role '+aid)
            for au in a['authors']:
                if fold(au).replace(' ','-')==p['key'][7:]: err('author as participant '+aid)
        if len(set(pk))!=len(pk): err('duplicate participant '+aid)
        # quotes
        qtexts=[]; lastpos=-1
        for qq in a['quotes']:
            if [k for k,_ in qq]!=['text','speaker_key','kind']: err('quote keys '+aid); continue
            q=dict(qq); qtexts.append(q['text'])
            if q['kind'] not in QKINDS: err('quote kind '+aid)
            sk=q['speaker_key']
            if not (sk in pk or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*',sk) or re.fullmatch(r'country:[a-z]{2}',sk)): err('speaker not participant/org '+sk)
            pos=head_body.find(op+q['text']+cl)
            if pos<0: err('quote not in body '+q['text'][:40])
            if pos<lastpos: err('quotes out of order '+aid)
            lastpos=pos
            if q['text'] in noise: err('quote in noise '+aid)
        for nq in a['not_quotes']:
            if op+nq+cl not in head_body: err('not_quote not found '+aid)
        if sorted(spans)!=sorted(qtexts+list(a['not_quotes'])): err('quoted spans not all annotated %s %s'%(aid,set(spans)^set(qtexts+list(a['not_quotes']))))
        # facts
        allev=[]; myslugs=[]
        for ff in a['facts']:
            if [k for k,_ in ff]!=['statement','kind','same_as','evidence']: err('fact keys '+aid); continue
            f=dict(ff)
            if not f['statement'].strip(): err('empty statement '+aid)
            if not f['kind'] or len(set(f['kind']))!=len(f['kind']) or any(k not in FKINDS for k in f['kind']): err('fact kind '+aid)
            sa=f['same_as']
            if not isinstance(sa,str) or not re.fullmatch(r'[a-z]+\d\d-[a-z0-9]+',sa): err('bad slug %s'%sa); continue
            if sa[:-0 or None].split('-')[0][-2:]!=s['start_date'][2:4]: err('slug year '+sa)
            if sa in earlier_slugs: err('slug used before '+sa)
            myslugs.append(sa); slug_arts.setdefault(sa,[]).append((aid,tuple(sorted(f['kind']))))
            if not f['evidence']: err('no evidence '+sa)
            for e in f['evidence']:
                allev.append(e)
                if e!=e.strip(): err('evidence spaces '+sa)
                if e!=lines[0] and e not in body: err('evidence not in body %s: %s'%(sa,e[:50]))
                if e in noise: err('evidence in noise '+sa)
                if e!=lines[0]:
                    i=body.find(e); pre=body[:i]; post=body[i+len(e):]
                    if not (pre=='' or pre.endswith('\n') or re.search(r'[.?!:][\u201d"]? $',pre) or re.search(r'[A-Z][A-Z .-]+: $',pre) or re.search(r'\) - $',pre) or pre.endswith('HONIARA - ') or pre.endswith('Haiti - ')): err('evidence start not sentence-bounded %s: %s'%(sa,e[:40]))
                    if not (re.search(r'[.?!][\u201d"]?$',e) or e.endswith(',"') ): err('evidence end %s'%sa)
        if len(set(myslugs))!=len(myslugs): err('slug repeated in article '+aid)
        prefixes={x.split('-')[0] for x in myslugs}
        if len(prefixes)!=1: err('prefixes per article '+aid)
        for q in qtexts:
            if not any(op+q+cl in e for e in allev): err('quote outside evidence '+q[:30])
    if sorted(i+'.txt' for i in ids)!=files_present: err('files and ids differ')
    if len(arts)!=8: err('not 8 articles')
    if len(summits)!=5: err('not 5 summits: %d'%len(summits))
    sizes=sorted(len(v) for v in summits.values())
    if sizes!=[1,1,2,2,2]: err('shape %s'%sizes)
    from collections import Counter
    bc=Counter(k[0] for k in summits)
    if len(bc)<3 or max(bc.values())>2: err('bodies %s'%bc)
    pair_of={}
    for k,v in summits.items():
        if len(v)==2:
            if v[0][1]==v[1][1]: err('pair from one outlet')
            for x in v: pair_of[x[0]]=frozenset(y[0] for y in v)
    shared_count=Counter()
    for sa,occ in slug_arts.items():
        if len(occ)>2: err('slug in more than two articles '+sa)
        if len(occ)==2:
            a1,a2=occ[0][0],occ[1][0]
            if pair_of.get(a1)!=frozenset([a1,a2]): err('slug shared outside a pair '+sa)
            if occ[0][1]!=occ[1][1]: err('shared slug kinds differ '+sa)
            shared_count[pair_of[a1]]+=1
    for p in set(pair_of.values()):
        if shared_count[p]<3: err('pair shares too few slugs %s'%sorted(p))
    pfx={}
    for sa,occ in slug_arts.items():
        for aid,_ in occ: pfx.setdefault(sa.split('-')[0],set()).add(next(k for k,v in summits.items() if aid in [x[0] for x in v]))
    for p,v in pfx.items():
        if len(v)!=1: err('prefix shared by summits '+p)
    print('articles',len(arts),'summits',len(summits),'shared per pair',[shared_count[p] for p in set(pair_of.values())])
except Exception as e:
    import traceback; traceback.print_exc(); err('crash: %r'%e)
for e in ERR: print('ERROR',e)
if ERR: sys.exit(1)
print('OK: heldout100 passes')
