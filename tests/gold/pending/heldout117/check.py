#!/usr/bin/env python3
"""Checker for the held-out set heldout117 (tests/gold/pending/heldout117/).

Run: python3 check.py   (exits 0 if every check passes, 1 on any error; a crash counts as an error)
The environment variable H117_EARLIER may point at the folder holding the earlier gold files
(default: two levels up, i.e. tests/gold). Earlier gold files are opened by exact name only.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H117_EARLIER', os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout117_gold.json')
SPLIT = 'heldout117'
ABOUT_START = ('Held-out set round 117 (split=heldout117), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

# Per-article registry: quote style, credited staff (not authors, not participants) and the exact page-noise lines.
REG = {
 "h117_gcc_sakhir_houbara": {
  "style": "straight",
  "staff": [
   "Earline Scarsdale-Roscoe"
  ],
  "noise": [
   "UPDATE 2-Adds opposition comment, analyst, details of communique",
   "Home | World | Middle East | Markets | Energy | Video | Cookie settings",
   "Photo: Leaders of the Gulf Cooperation Council stand for the anthems at the opening session on Monday. Houbara/Staff",
   "Related coverage: Gulf interior ministers sign security pact (Nov 13)",
   "(Reporting by Talal Almutawa-Shuttlewood; Editing by Earline Scarsdale-Roscoe)",
   "Read next: Bahrain court upholds sentences against medics | Oil prices steady in thin holiday trade | Kuwait opposition rejects new parliament",
   "Houbara Wire. All rights reserved. Terms of use | Privacy | Contact the newsroom"
  ]
 },
 "h117_gcc_sakhir_jahra": {
  "style": "curly",
  "staff": [],
  "noise": [
   "Home | Kuwait | Gulf | Business | Opinion | Culture | Subscribe",
   "We use cookies to improve your experience on our site. Accept all | Manage preferences",
   "Advertisement",
   "Read also: Kuwait’s new National Assembly holds its first session | Sukuk issuance in the Gulf hits a record",
   "Comments (4)",
   "gulfwatcher_81: Same story every December. Big words, then nothing until the next summit.",
   "Um Faisal: At least they agreed on something this time. Better than last year.",
   "salmiya_engineer: The railway was supposed to be finished by now. Ask anyone who drives to Riyadh.",
   "Bu Nasser: A joint command is good news for small states like ours. We cannot defend ourselves alone.",
   "Get the Jahra Weekly newsletter every Saturday morning. Enter your email | Sign up",
   "Jahra Weekly, Kuwait. Copyright 2012. About us | Advertise | Privacy policy"
  ]
 },
 "h117_oas_atlanta_piedmont": {
  "style": "curly",
  "staff": [],
  "noise": [
   "Sections: Front Page | Metro | Georgia | Nation & World | Sports | Business | Classified",
   "From the archive: this page was scanned from microfilm and converted to text. Report an error",
   "Photo caption: Delegates crowd the lobby during a recess in the assembly’s opening session on Friday. Courier photo",
   "Continued coverage: Page 14-A, Latin trade and the Port of Savannah",
   "Reader comments on archive stories (3)",
   "E.Y., Decatur: My father drove one of the delegation cars that week. He talked about it for years.",
   "archive_reader_GA: Interesting to read this now. The trade bill did pass at the end of that year.",
   "Smyrna1962: I remember the protest on Peachtree. We were all students then.",
   "Buy a reprint of this page | Subscribe to the Courier archive | Frequently asked questions about the archive",
   "The Piedmont Courier archive. All rights reserved."
  ]
 },
 "h117_oas_atlanta_quetzal": {
  "style": "straight",
  "staff": [],
  "noise": [
   "Programs | Frequencies | Schedule (GMT) | Transcripts | Letters from listeners",
   "Transcript of the English-language service. Spellings of names are checked against our archive.",
   "[Recording resumes after a short break in transmission]",
   "[End of transcript]",
   "Coming up on Hemisphere Tonight: Tuesday, the Andean Pact ministers. Wednesday, letters from listeners.",
   "Radio Quetzal Americas broadcasts in English and Spanish. Frequencies and schedules change twice a year. Write to us at our postal address."
  ]
 },
 "h117_sica_comalapa_izalco": {
  "style": "straight",
  "staff": [
   "Quincy Chaplin-Ushaw"
  ],
  "noise": [
   "UPDATE 1-Adds comments from Honduran and Nicaraguan presidents, details of declaration",
   "Home | Americas | World | Business | Disasters | Photos | Archive",
   "FACTBOX-Mitch by the numbers | Interactive map: the storm's path across the isthmus",
   "(Reporting by Rosibel Orellana-Tasker in Comalapa; Editing by Quincy Chaplin-Ushaw)",
   "Related: FACTBOX-Hurricane Mitch, the deadliest Atlantic storm in two centuries | How to help: relief agencies accepting donations",
   "Izalco Wire. Copyright 1998. All rights reserved. Reproduction without permission is prohibited."
  ]
 },
 "h117_sica_comalapa_gulfton": {
  "style": "curly",
  "staff": [],
  "noise": [
   "Home | Community | Immigration | Business | Sports | Classifieds | En español",
   "[Photo] Volunteers load boxes of clothing and canned food onto a truck behind a church on Hillcroft Avenue on Wednesday.",
   "Sponsored: Send money home for less. Ask about our holiday rates at any branch.",
   "Comments (5)",
   "hondurena_en_houston: My mother is in Choluteca and we still cannot call. Thank you for writing about the consulate line.",
   "rc_houston: The debt should have been cancelled years ago, hurricane or no hurricane.",
   "westpark_neighbor: Where can we drop off donations on weekends?",
   "Editor: Donations are accepted Saturday and Sunday from 9 to 5 at the church lot.",
   "tico_in_tx: Costa Rica was lucky this time. Praying for our neighbors.",
   "The Gulfton Weekly is published every Saturday in Houston, Texas. Newsletter: get the week’s community news by mail. Privacy | Contact | Advertise"
  ]
 },
 "h117_sica_guacimo_reventazon": {
  "style": "straight",
  "staff": [],
  "noise": [
   "Home | Limon | Guapiles & Guacimo | Siquirres | Farming | Sports | Tide tables",
   "This week's print edition: 24 pages. Bus timetables for the Atlantic route on page 22.",
   "[Photo] A farm worker watches the arrival of the presidential motorcade on the road to the EARTH campus. Photo: Reventazon Weekly",
   "Also in this issue: Port workers in Moin vote on new contract | Rain delays the rice harvest in Batan",
   "Letters to the editor: write to Reventazon Weekly, Guapiles, or leave your letter at any of our agents in the province.",
   "Reventazon Weekly. Published every Friday since 1987. All rights reserved."
  ]
 },
 "h117_visegrad_kosice_hornad": {
  "style": "curly",
  "staff": [],
  "noise": [
   "Listen to this article: 5 min | Share | Print",
   "This site uses cookies for analytics and to remember your settings. Accept | Reject | Settings",
   "Read more: Slovakia’s minority government survives another week | Gas storage in central Europe reaches 95 percent",
   "Advertisement",
   "Comments (6)",
   "kosicanka: Nice to see our city on the news for something other than the roads.",
   "Tomas_B: The V4 has been dead since February, they just have not announced it.",
   "piotr_w: Poland and Czechia are carrying this group now.",
   "Gabor from Komarno: Hungary is right about negotiations, everybody will see it in the end.",
   "martina.k: Three times the gas bill is about right for us too.",
   "eastern_slovak: More summits, fewer trains to Bratislava. Classic.",
   "FAQ: What is the Visegrad Group? An informal alliance of Czechia, Hungary, Poland and Slovakia, founded in 1991. Who pays for The Hornád Brief? Our readers and a foundation grant.",
   "The Hornád Brief, Košice. Independent news from eastern Slovakia. Contact | Corrections | Privacy"
  ]
 }
}

# The brief's list of city-year summits already used in the gold (copied verbatim from used_city_years.txt).
USED_RAW = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Alexandria 1964; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Amsterdam 1997; Andorra la Vella 2021; Ankara 1992; Antalya 2006; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2017; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Athens 1983; Athens 2003; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Bahía Málaga 2022; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Barquisimeto 2007; Barrow 2000; Basseterre 2006; Batumi 2008; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belgrade 1961; Belén 2015; Bento Gonçalves 2019; Berlin 1999; Biarritz 2000; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bodrum 2014; Bogor 1994; Bogotá 2011; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Bremen 1978; Bridgetown 2002; Brisbane 1994; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 1994; Buenos Aires 2018; Buenos Aires 2023; Bujumbura 2023; Burabay 2015; Busan 2005; Busan 2019; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Canberra 1983; Cancún 2017; Cannes 1995; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cardiff 1998; Cartagena 2012; Cartagena 2016; Casablanca 1989; Castries 1981; Cebu 2007; Chaguaramas 1973; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cochabamba 2012; Cologne 1999; Colombo 2013; Colombo 2022; Colonia del Sacramento 1994; Conakry 1983; Coolum 2002; Copenhagen 2002; Corfu 1994; Costa del Sol 1989; Costa do Sauípe 2008; Cotonou 1995; Cuenca 2024; Cumaná 2009; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dorado 1976; Dublin 1990; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Esquipulas 1986; Essen 1994; Estoril 2009; Evian 2003; Ezulwini 2010; Fairbanks 2017; Fez 1982; Florence 1996; Florianópolis 2000; Fontainebleau 1984; Fort Lauderdale 2005; Fortaleza 1996; Fortaleza 2014; Foz do Iguaçu 2010; Freetown 1980; Funafuti 1984; Funafuti 2019; Gabala 2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Ghent 2001; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Grand Anse 1989; Grand Baie 2004; Gros Islet 2019; Guadalajara 1991; Guatemala City 1987; Guayaquil 1998; Gyeongju 2025; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Hanover 1988; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honiara 2025; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Inari 2002; Inshas 1946; Iqaluit 2015; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2022; Jeddah 2023; Jeju 2009; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2005; Kazan 2024; Khankendi 2025; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown 2024; Kinshasa 1967; Kinshasa 2009; Kinshasa 2012; Kiruna 2013; Kolding 2000; Koror 2014; Kraków 2021; Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kunming 2005; Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; La Paz 1990; Labuan Bajo 2023; Lagos 1975; Lahore 1974; Lahti 2006; Las Leñas 1992; Laulasmaa 2004; Libreville 1983; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Livingstone 2011; Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Luque 2018; Luque 2022; Lusaka 2007; Luxembourg 1997; Lyon 1996; Maastricht 1991; Machu Picchu 1990; Madang 1995; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Managua 1993; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mar del Plata 2010; Maracay 2009; Maseru 2006; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 1985; Milan 2014; Minsk 1993; Mogadishu 1974; Moncton 1999; Monrovia 2017; Montebello 1981; Montego Bay 2018; Montelimar 1990; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Montrouis 1995; Moroni 2014; Moscow 2003; Moscow 2024; Munich 1992; Muscat 2008; Mérida 2011; N'Djamena 2014; Nadi 2006; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nanning 2006; Naples 1994; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; New York 2000; Newport 2014; Niamey 2019; Nice 2000; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2007; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Ocho Rios 1982; Olivos 2002; Osaka 1995; Osaka 2019; Oslo 2023; Otavalo 2010; Ottawa 1973; Ouagadougou 1998; Ouro Preto 1994; Panama City 2000; Panama City 2015; Paracas 2015; Paramaribo 2022; Paranal 2012; Paraná 2014; Paris 2008; Pattaya 2009; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Piešťany 2005; Pittsburgh 2009; Playa del Carmen 2010; Pohnpei 2016; Porlamar 2016; Port Louis 1976; Port Moresby 2015; Port Moresby 2018; Port Vila 2010; Port of Spain 2009; Port of Spain 2023; Port-au-Prince 2018; Porto 1998; Porto 2021; Potrero de los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Punta del Este 1967; Puntarenas 1990; Putrajaya 2003; Pörtschach 1998; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quetta 1993; Quito 2016; Rabat 1969; Rambouillet 1975; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2023; Rio de Janeiro 2024; Rio de Janeiro 2025; Rionegro 2003; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Salamanca 2005; Salekhard 2006; Salvador 1993; Salzburg 2018; Samara 2007; Samarkand 2022; San Francisco 2023; San Isidro de Coronado 1989; San José 2001; San Juan 2010; San Miguel de Tucumán 2008; San Pedro Sula 2009; San Salvador 2011; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santa Maria da Feira 2000; Santa Marta 2025; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Shusha 2024; Sibiu 2019; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St George's 1977; St John's 2014; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Stralsund 2012; Strasbourg 1997; Strasbourg 2009; Stuttgart 1983; Subic Bay 1996; Sucre 1997; Suva 2022; Sydney 1978; Sydney 2007; São Tomé 2023; Taif 1981; Tallinn 1990; Tampere 1999; Taormina 2017; Tarawa 2000; Tarija 2007; Tashkent 2016; Tegucigalpa 1991; Tehran 2012; Tela 1989; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 1988; Toronto 2010; Toyako 2008; Tripoli 2010; Tromsø 2009; Trujillo 1996; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valencia 2001; Valletta 2005; Valletta 2015; Vancouver 1997; Venice 1980; Veracruz 2014; Versailles 1982; Victoria Falls 2009; Vienna 1993; Vientiane 2016; Vientiane 2024; Villers-Cotterêts 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Viskuli 1991; Viña del Mar 1996; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wellington 1971; Williamsburg 1983; Wilmington 2024; Windhoek 2018; Windsor 2000; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; Yaoundé 1996; Yaren 2001; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013; Zhengzhou 2015"

# The brief's list of cities not to use in any year (copied verbatim from the brief).
AVOID_RAW = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto Carras, Halkidiki), San Juan, Mbabane, Minsk, Paranal, São Tomé, Tegucigalpa, Ljubljana, Seville, Kingston, Pattaya, Rabat, Lagos, Williamsburg, Fez, Kyiv, Bangalore, Grand Baie, Guadalajara, Yaoundé, Fort Lauderdale, Gabala, Cotonou, Maastricht, Potrero de los Funes, Subic Bay, Kroměříž, Yalta, Chaguaramas, Ocho Rios, Punta Mita, Libreville, Praia, Naples, Venice, Koror, Inshas, Ottawa, Corfu, Windsor, Amsterdam, Tucumán, Munich, Berlin, Milan, Las Leñas, Nuku'alofa, Jeddah, Kinshasa, Grand Anse, Paracas, Panama City, Bridgetown, Port Louis, Cochabamba, Bodrum, Kazan, Gyeongju, Tarawa, Apia, Basseterre, Versailles, Nice, Fontainebleau, Toronto, Florianópolis, Luxembourg, Tampere, Salamanca, Paraná, Maseru, Alexandria, Freetown, Bujumbura, Burabay, Mogadishu, Belgrade, Essen, Vienna, Dublin, Trujillo, Dorado, Port Vila, Paramaribo, Nadi, St John's, Viskuli, Rio de Janeiro, Livingstone, Mar del Plata, Shusha, Rambouillet, Florence, Strasbourg, Cannes, Porlamar, Sibiu, Punta del Este, Hanover, Olivos, Fortaleza, Madang, Sydney, Villers-Cotterêts, Taif, Wellington, Montebello, Stuttgart, Santa Maria da Feira, Jeju, Busan, Estoril, Andorra la Vella, Honiara, Port-au-Prince, Canberra, Salzburg, Porto, San Salvador, Foz do Iguaçu, San José, Kunming, La Paz, Batumi, Valencia, Santa Marta, Cardiff, Tela, Costa del Sol, Ankara, Playa del Carmen, Costa do Sauípe, Tarija, Bogotá, New York, Athens, Ghent, Guatemala City, Esquipulas, Buenos Aires, Bremen, Biarritz, Khankendi, Colonia del Sacramento, Managua, Tallinn, Machu Picchu, Nanning, Rionegro, Conakry, Kunming, Batumi, Valencia, Santa Marta, Salzburg, Porto, San Salvador, San José, Sucre, Guayaquil, Stralsund, Kolding, Piešťany, Piestany, Lahti, Pörtschach, Portschach, Luque, Gros Islet, Iqaluit, Fairbanks, Moroni, Salvador, Salvador da Bahia, Yaren, San Isidro de Coronado, Cumana, Cumaná, Maracay, Merida, Mérida, Bahia Malaga, Bahía Málaga, Tromso, Tromsø, Funafuti, Barrow, Utqiagvik, Cuenca, Brisbane, Quetta, Barquisimeto, Tintorero, Otavalo, Antalya, Montrouis, Viña del Mar, Vina del Mar, Salekhard, Inari, Laulasmaa, Ezulwini, Montelimar, St George's, Castries, Puntarenas, Zhengzhou."

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
                'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}

# Bodies the brief allows, by organisation key (with the names a text may use for them where this set uses them).
ALLOWED_ORGS = {
    'org:nato': [], 'org:apec': [], 'org:sco': [], 'org:g20': [], 'org:cis': [],
    'org:gcc': ['Gulf Cooperation Council', 'GCC'],
    'org:oic': [],
    'org:oas': ['Organization of American States', 'OAS'],
    'org:summit-of-the-americas': [], 'org:francophonie': [], 'org:turkic-council': [], 'org:csto': [],
    'org:eaeu': [],
    'org:visegrad-group': ['Visegrad Group', 'Visegrad Four', 'V4'],
    'org:african-union': [], 'org:oau': [],
    'org:sica': ['Central American Integration System', 'SICA'],
    'org:cplp': [], 'org:non-aligned-movement': [], 'org:eco': [], 'org:union-for-the-mediterranean': [],
    'org:asem': [], 'org:east-asia-summit': [], 'org:bimstec': [], 'org:cica': [], 'org:cen-sad': [],
    'org:alba': [], 'org:pacific-alliance': [],
}
# The body part of the ids of this set.
ID_ORG = {'gcc': 'org:gcc', 'oas': 'org:oas', 'sica': 'org:sica', 'visegrad': 'org:visegrad-group'}
TITLE_WORDS = {'president', 'king', 'queen', 'prime', 'minister', 'sheikh', 'emir', 'amir', 'crown', 'prince',
               'mr', 'mrs', 'ms', 'dr', 'governor', 'secretary', 'general', 'sir', 'chancellor', 'senator',
               'foreign', 'professor', 'sultan'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
RELATIVE = {0: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'], 1: ['yesterday', 'last night']}
CURLY = '\u201c\u201d\u2018\u2019'

errors = []


def err(msg):
    errors.append(msg)


SPECIAL = {'\u00f8': 'o', '\u00d8': 'O', '\u00e6': 'ae', '\u00c6': 'AE', '\u00df': 'ss', '\u0142': 'l', '\u0141': 'L',
           '\u0111': 'd', '\u0110': 'D', '\u00f0': 'd', '\u00d0': 'D', '\u00fe': 'th', '\u00de': 'Th', '\u0131': 'i',
           '\u0153': 'oe', '\u0152': 'OE'}


def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"(?<=\w)['\u2019](?=\w)", '', s)
    s = re.sub(r'[^a-z0-9]+', ' ', s)
    return ' ' + ' '.join(s.split()) + ' '


def has_tokens(folded_text, phrase):
    f = fold(phrase)
    return f.strip() != '' and f in folded_text


def parse_avoid(raw):
    out = set()
    depth = 0; cur = ''
    for ch in raw.strip().rstrip('.'):
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            out.add(cur.strip()); cur = ''
        else:
            cur += ch
    if cur.strip():
        out.add(cur.strip())
    names = set()
    for item in out:
        m = re.match(r'^(.*?)\s*\((.*)\)$', item)
        if m:
            names.add(m.group(1).strip())
            for x in m.group(2).split(','):
                names.add(x.strip())
        else:
            names.add(item)
    return {fold(n) for n in names if n}


def parse_used(raw):
    out = set()
    for item in raw.split(';'):
        item = item.strip()
        if not item:
            continue
        m = re.match(r'^(.*\S)\s+(\d{4})$', item)
        if not m:
            raise ValueError('bad used entry ' + item)
        city, year = m.group(1), m.group(2)
        m2 = re.match(r'^(.*?)\s*\((.*)\)$', city)
        if m2:
            out.add((fold(m2.group(1)), year))
            out.add((fold(m2.group(2)), year))
        else:
            out.add((fold(city), year))
    return out


AVOID_CITIES = parse_avoid(AVOID_RAW)
USED_CITY_YEARS = parse_used(USED_RAW)


def iso(s, what):
    if not isinstance(s, str) or not re.match(r'^\d{4}-\d{2}-\d{2}$', s):
        err('%s: not an ISO date: %r' % (what, s)); return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err('%s: date does not exist: %r' % (what, s)); return None


def keys_in_order(obj, keys, what):
    if not isinstance(obj, dict):
        err('%s: not an object' % what); return False
    if list(obj.keys()) != keys:
        err('%s: keys %r, expected %r' % (what, list(obj.keys()), keys)); return False
    return True


def date_supported(d, pub, text):
    patterns = [MONTHS[d.month - 1], MONTH_ABBR[d.month - 1] + r'\.?']
    for m in patterns:
        if re.search(r'\b%s %d\b' % (m, d.day), text):
            return True
        for mm in re.finditer(r'\b%s (\d{1,2})(?:,? and | to |-)(\d{1,2})\b' % m, text):
            if int(mm.group(2)) == d.day or int(mm.group(1)) == d.day:
                return True
    delta = (pub - d).days
    if 0 <= delta <= 6:
        if re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], text):
            return True
        for w in RELATIVE.get(delta, []):
            if re.search(r'\b%s\b' % w, text, re.I):
                return True
    return False


def quoted_spans(lines, style, aid):
    spans = []
    for ln in lines:
        if style == 'straight':
            if any(c in ln for c in CURLY):
                err('%s: curly mark in a straight article: %r' % (aid, ln[:60]))
            if ln.count('"') % 2:
                err('%s: odd number of double marks on a line: %r' % (aid, ln[:60]))
            parts = ln.split('"')
            spans += parts[1::2]
        else:
            if '"' in ln or "'" in ln:
                err('%s: straight mark in a curly article: %r' % (aid, ln[:60]))
            if '\u2018' in ln:
                err('%s: opening single curly mark: %r' % (aid, ln[:60]))
            cur = None
            for ch in ln:
                if ch == '\u201c':
                    if cur is not None:
                        err('%s: nested opening mark: %r' % (aid, ln[:60]))
                    cur = ''
                elif ch == '\u201d':
                    if cur is None:
                        err('%s: closing mark without opening: %r' % (aid, ln[:60]))
                    else:
                        spans.append(cur); cur = None
                elif cur is not None:
                    cur += ch
            if cur is not None:
                err('%s: unclosed mark on a line: %r' % (aid, ln[:60]))
    return spans


LABEL = re.compile(r"^[A-Z][A-Z .'\u2019-]+: $")


def sentence_bounded(line, start, ev):
    end = start + len(ev)
    before = line[:start]
    ok_start = (start == 0 or LABEL.match(before) is not None or
                re.search(r'[.?!]["\u201d]? $', before) is not None)
    ok_end = (end == len(line) or
              (line[end] == ' ' and re.search(r'([.?!]|[.?!,]["\u201d])$', ev) is not None))
    return ok_start and ok_end


def load_earlier():
    ids, slugs, summits = set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 116)]
    opened = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        opened += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            if not isinstance(a, dict):
                continue
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                summits.append((s.get('organization'), fold(s['city']), s['start_date']))
            for f in a.get('facts', []) or []:
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    if opened == 0:
        err('no earlier gold file found under %s' % EARLIER)
    return ids, slugs, summits


def main():
    gold = json.load(open(GOLD, encoding='utf-8'))
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top level must have exactly the keys about and articles, in that order')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, got %r' % (len(arts) if isinstance(arts, list) else arts))
        return
    earlier_ids, earlier_slugs, earlier_summits = load_earlier()
    earlier_prefixes = {s.split('-')[0] for s in earlier_slugs}
    earlier_cityyears = {(c, sd[:4]) for _, c, sd in earlier_summits}
    earlier_keys3 = {(o, c, sd) for o, c, sd in earlier_summits}
    if any(isinstance(i, str) and i.startswith('h117_') for i in earlier_ids):
        err('the h117 id prefix is already used in earlier gold')

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts if isinstance(a, dict)]
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != txt_files:
        err('article files %r do not match ids %r' % (txt_files, ids))
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if set(REG) != set(ids):
        err('registry ids %r differ from gold ids' % sorted(REG))

    slug_arts = collections.defaultdict(list)
    info = {}
    for a in arts:
        aid = a.get('id', '?') if isinstance(a, dict) else '?'
        if not keys_in_order(a, ARTICLE_KEYS, aid):
            continue
        m = re.match(r'^h117_([a-z]+)_([a-z]+)_([a-z]+)$', aid)
        if not m:
            err('%s: id not of the form h117_<body>_<city>_<outlet>' % aid); continue
        if aid in earlier_ids:
            err('%s: id already used in earlier gold' % aid)
        if aid not in REG:
            err('%s: id not registered' % aid); continue
        reg = REG[aid]
        if a['split'] != SPLIT:
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/' + aid + '.txt':
            err('%s: file %r' % (aid, a['file']))
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid); continue
        text = open(path, encoding='utf-8').read()
        if not text.endswith('\n'):
            err('%s: file does not end with a newline' % aid)
        lines = text.rstrip('\n').split('\n')
        style = reg['style']
        # ---- noise, header, body
        noise_idx = set()
        for nl in reg['noise']:
            hits = [i for i, l in enumerate(lines) if l == nl]
            if len(hits) != 1:
                err('%s: registered noise line found %d times: %r' % (aid, len(hits), nl[:60]))
            noise_idx.update(hits)
        if noise_idx & {0, 1, 2}:
            err('%s: header lines registered as noise' % aid)
        body_idx = [i for i in range(3, len(lines)) if i not in noise_idx and lines[i].strip()]
        if not body_idx:
            err('%s: empty body' % aid); continue
        if len(reg['noise']) < 4:
            err('%s: fewer than four page-noise lines' % aid)
        if not any(i < body_idx[0] for i in noise_idx):
            err('%s: no page noise above the body' % aid)
        if not any(i > body_idx[-1] for i in noise_idx):
            err('%s: no page noise below the body' % aid)
        for i in range(3, len(lines)):
            if i not in noise_idx and i not in body_idx and lines[i] != '':
                err('%s: stray line %d' % (aid, i))
        if lines[3 + len([i for i in noise_idx if i < body_idx[0]])] != '' and style:
            pass
        body_lines = [lines[i] for i in body_idx]
        noise_lines = [lines[i] for i in sorted(noise_idx)]
        head_body_lines = [lines[0]] + body_lines
        headbody = '\n'.join(head_body_lines)
        fhead = fold(headbody)
        nwords = sum(len(l.split()) for l in body_lines)
        if not 420 <= nwords <= 600:
            err('%s: body has %d words, outside 420-600' % (aid, nwords))
        if len(text.split()) > 700:
            err('%s: file has %d words, more than 700' % (aid, len(text.split())))
        for nl in noise_lines:
            if '"' in nl or '\u201c' in nl or '\u201d' in nl:
                err('%s: double mark in page noise: %r' % (aid, nl[:60]))
        # ---- title, outlet line, byline
        if a['title'] != lines[0]:
            err('%s: title differs from the headline' % aid)
        if '"' in lines[0] or '\u201c' in lines[0] or '\u201d' in lines[0]:
            err('%s: double mark in the headline' % aid)
        pub = iso(a['published_at'], aid + ' published_at')
        outlet_line = lines[1]
        outlet = outlet_line.split('|')[0].strip()
        if pub:
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (aid, want))
            others = [w for w in WEEKDAYS if w != WEEKDAYS[pub.weekday()] and w in outlet_line]
            if others:
                err('%s: other weekday on the outlet line' % aid)
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors must be a non-empty list' % aid)
        for au in a['authors']:
            if au not in lines[2]:
                err('%s: author %r not in the byline' % (aid, au))
        for st in reg['staff']:
            if not any(st in nl for nl in noise_lines):
                err('%s: credited staff %r not in the page noise' % (aid, st))
        # ---- summit
        s = a['summit']
        sm = None
        if keys_in_order(s, SUMMIT_KEYS, aid + ' summit'):
            if s['organization'] not in ALLOWED_ORGS:
                err('%s: organisation %r is not one of the bodies the brief allows' % (aid, s['organization']))
            if ID_ORG.get(m.group(1)) != s['organization']:
                err('%s: body part of the id does not match the organisation' % aid)
            if fold(s['city']).replace(' ', '') != m.group(2):
                err('%s: city part of the id does not match the city' % aid)
            sd = iso(s['start_date'], aid + ' start_date'); ed = iso(s['end_date'], aid + ' end_date')
            if sd and ed:
                if sd > ed:
                    err('%s: start after end' % aid)
                if (ed - sd).days > 16:
                    err('%s: summit longer than 17 days' % aid)
                if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                    err('%s: publication date not between start and three weeks after the end' % aid)
            fc = fold(s['city'])
            if fc in AVOID_CITIES:
                err('%s: city %r is on the avoid list' % (aid, s['city']))
            if sd and (fc, str(sd.year)) in USED_CITY_YEARS:
                err('%s: city and year %s %d are on the used list' % (aid, s['city'], sd.year))
            if sd and (fc, str(sd.year)) in earlier_cityyears:
                err('%s: city and year used by an earlier gold summit' % aid)
            if (s['organization'], fc, s['start_date']) in earlier_keys3:
                err('%s: summit already in earlier gold' % aid)
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf or [f for f in FIELDS if f in tf] != tf or len(set(tf)) != len(tf):
                err('%s: text_fields %r not a non-empty subset of the five fields in canonical order' % (aid, tf))
            else:
                if 'organization' in tf and not any(has_tokens(fhead, n) for n in ALLOWED_ORGS.get(s['organization'], [])):
                    err('%s: organisation not named in the text' % aid)
                if 'city' in tf and not has_tokens(fhead, s['city']):
                    err('%s: city not in the text' % aid)
                if 'country' in tf and not has_tokens(fhead, s['country']):
                    err('%s: country not in the text' % aid)
                for f, d in (('start_date', sd), ('end_date', ed)):
                    if f in tf and d and pub and not date_supported(d, pub, headbody):
                        err('%s: %s %s not supported by the text' % (aid, f, d))
            sm = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        # ---- participants
        pkeys = []
        for j, p in enumerate(a['participants']):
            if not keys_in_order(p, PART_KEYS, '%s participant %d' % (aid, j)):
                continue
            k = p['key']
            if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)+$', k):
                err('%s: bad participant key %r' % (aid, k)); continue
            toks = k[len('person:'):].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: key %r starts with a title' % (aid, k))
            if ' ' + ' '.join(toks) + ' ' not in fhead:
                err('%s: name of %r not in the headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %r' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %r' % (aid, fld, k))
                elif style == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %r' % (aid, fld, k))
            pkeys.append(k)
        if len(set(pkeys)) != len(pkeys):
            err('%s: duplicate participant keys' % aid)
        for nm in list(a['authors']) + list(reg['staff']):
            if 'person:' + fold(nm).strip().replace(' ', '-') in pkeys:
                err('%s: author or credited staff %r listed as participant' % (aid, nm))
        for k in pkeys:
            toks = ' ' + ' '.join(k[len('person:'):].split('-')) + ' '
            last = ' ' + k.split('-')[-1] + ' '
            for nl in noise_lines:
                if toks in fold(nl) or (len(last) > 5 and last in fold(nl)):
                    err('%s: participant %r named in the page noise' % (aid, k))
        # ---- quotes and not_quotes
        o, cl = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        pos = -1
        qtexts = []
        for j, q in enumerate(a['quotes']):
            if not keys_in_order(q, QUOTE_KEYS, '%s quote %d' % (aid, j)):
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not re.match(r'^(person|org):[a-z0-9]+(-[a-z0-9]+)*$', sk or ''):
                err('%s: speaker key %r is neither a person nor an organisation key' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %r is not a participant' % (aid, sk))
            marked = o + q['text'] + cl
            i = headbody.find(marked, pos + 1)
            if i < 0:
                err('%s: quote not found (with its marks, in text order) in the body: %r' % (aid, q['text'][:50]))
            else:
                pos = i
            qtexts.append(q['text'])
        nq = []
        for q in a['not_quotes']:
            if not isinstance(q, str) or (o + q + cl) not in headbody:
                err('%s: not_quote not found with its marks: %r' % (aid, q))
            nq.append(q)
        spans = quoted_spans(lines, style, aid)
        body_spans = quoted_spans(head_body_lines, style, aid + ' (body)')
        if collections.Counter(body_spans) != collections.Counter(qtexts + nq):
            err('%s: quoted spans of the body and quotes + not_quotes differ: %r' % (
                aid, (collections.Counter(body_spans) - collections.Counter(qtexts + nq)) +
                (collections.Counter(qtexts + nq) - collections.Counter(body_spans))))
        if len(spans) != len(body_spans):
            err('%s: quoted span outside the headline and body' % aid)
        # ---- facts
        prefixes = set(); slugs_here = []
        all_ev = []
        for j, f in enumerate(a['facts']):
            if not keys_in_order(f, FACT_KEYS, '%s fact %d' % (aid, j)):
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or any(k not in FACT_KINDS for k in ks):
                err('%s: bad fact kinds %r' % (aid, ks))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.match(r'^[a-z]+[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$', sa):
                err('%s: bad same_as %r' % (aid, sa)); continue
            pre = sa.split('-')[0]
            prefixes.add(pre)
            if sm and pre[-2:] != sm[3][2:4]:
                err('%s: same_as prefix %r does not end in the two digits of the summit year' % (aid, pre))
            if sa in earlier_slugs:
                err('%s: same_as %r used in earlier gold' % (aid, sa))
            if pre in earlier_prefixes:
                err('%s: same_as prefix %r used in earlier gold' % (aid, pre))
            slugs_here.append(sa)
            slug_arts[sa].append((aid, tuple(ks)))
            if not isinstance(f['evidence'], list) or not f['evidence']:
                err('%s: fact %s without evidence' % (aid, sa)); continue
            for ev in f['evidence']:
                all_ev.append(ev)
                if not isinstance(ev, str) or ev != ev.strip() or not ev:
                    err('%s: evidence with outer spaces or empty in %s' % (aid, sa)); continue
                hits = [(li, l.find(ev)) for li, l in enumerate(head_body_lines) if ev in l]
                if not hits:
                    err('%s: evidence not verbatim in the headline or body (%s): %r' % (aid, sa, ev[:60]))
                    continue
                if not any(sentence_bounded(head_body_lines[li], st, ev) for li, st in hits):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sa, ev[:60]))
                for nl in noise_lines:
                    if ev in nl:
                        err('%s: evidence also in page noise' % aid)
        if len(prefixes) != 1:
            err('%s: same_as prefixes %r (exactly one expected)' % (aid, sorted(prefixes)))
        if len(set(slugs_here)) != len(slugs_here):
            err('%s: a same_as slug repeats within the article' % aid)
        for q in a['quotes']:
            if isinstance(q, dict) and not any((o + q['text'] + cl) in ev for ev in all_ev):
                err('%s: quote outside every evidence string: %r' % (aid, q['text'][:50]))
            if isinstance(q, dict):
                for nl in noise_lines:
                    if q['text'] in nl:
                        err('%s: quote text in page noise' % aid)
        info[aid] = {'summit': sm, 'outlet': outlet, 'prefix': next(iter(prefixes)) if len(prefixes) == 1 else None,
                     'slugs': set(slugs_here), 'summit_full': s, 'words': nwords, 'filewords': len(text.split()),
                     'counts': (len(a['quotes']), sum(1 for q in a['quotes'] if q.get('kind') == 'direct'),
                                len(a['not_quotes']), len(a['participants']), len(a['facts']))}

    # ---- set shape, pairs and shared slugs
    groups = collections.defaultdict(list)
    for aid, d in info.items():
        groups[d['summit']].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits (3 pairs, 2 singles), got sizes %r' % sizes)
    orgs = collections.Counter(k[0] for k in groups if k)
    if len(orgs) < 3 or max(orgs.values()) > 2:
        err('need at least three bodies and at most two summits per body: %r' % dict(orgs))
    pair_of = {}
    prefix_summit = {}
    for key, members in groups.items():
        pres = {info[x]['prefix'] for x in members}
        if len(pres) != 1:
            err('articles of one summit use different prefixes: %r' % members)
        for pr in pres:
            if pr in prefix_summit and prefix_summit[pr] != key:
                err('prefix %r used by two summits' % pr)
            prefix_summit[pr] = key
        if len(members) == 2:
            x, y = members
            pair_of[x] = y; pair_of[y] = x
            if info[x]['outlet'] == info[y]['outlet']:
                err('pair %r from one outlet' % members)
            sx = dict(info[x]['summit_full']); sy = dict(info[y]['summit_full'])
            sx.pop('text_fields', None); sy.pop('text_fields', None)
            if sx != sy:
                err('pair %r disagrees on summit data' % members)
            shared = info[x]['slugs'] & info[y]['slugs']
            if len(shared) < 5:
                err('pair %r shares only %d slugs' % (members, len(shared)))
    for sa, occ in slug_arts.items():
        if len(occ) > 2:
            err('slug %r in more than two articles' % sa)
        if len(occ) == 2:
            (x, kx), (y, ky) = occ
            if pair_of.get(x) != y:
                err('slug %r shared by articles that are not a pair' % sa)
            if kx != ky:
                err('slug %r has different kinds in %s and %s' % (sa, x, y))

    # ---- report
    for aid in ids:
        if aid in info:
            d = info[aid]
            print('%-32s quotes %d (direct %d) not_quotes %d participants %d facts %d | body %d words, file %d words' % (
                (aid,) + d['counts'] + (d['words'], d['filewords'])))
    for key, members in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if len(members) == 2:
            sh = sorted(info[members[0]]['slugs'] & info[members[1]]['slugs'])
            print('pair %s: %d shared slugs: %s' % (' + '.join(members), len(sh), ', '.join(sh)))


if __name__ == '__main__':
    try:
        main()
    except Exception as e:  # a crash counts as an error
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % e)
    if errors:
        for e in errors:
            print('ERROR: ' + e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout117 passes all checks')
    sys.exit(0)
