#!/usr/bin/env python3
"""Checker for the held-out set heldout119 (pending/heldout119).

Run: python3 check.py   (exits 1 on any error; a crash also exits 1)
Earlier gold files are read from ../../ (tests/gold); set H119_EARLIER to another
folder when running on a copy.
"""
import json, os, re, sys, datetime, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H119_EARLIER', os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout119_gold.json')
ABOUT_START = ("Held-out set round 119 (split=heldout119), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")

USED_RAW = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Alexandria 1964; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Amsterdam 1997; Andorra la Vella 2021; Ankara 1992; Antalya 2006; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2017; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Athens 1983; Athens 2003; Atlanta 1974; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Bahía Málaga 2022; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Barquisimeto 2007; Barrow 2000; Basseterre 2006; Batumi 2008; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belgrade 1961; Belén 2015; Bento Gonçalves 2019; Berlin 1999; Biarritz 2000; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bodrum 2014; Bogor 1994; Bogotá 2011; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Bremen 1978; Bridgetown 2002; Brisbane 1994; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 1994; Buenos Aires 2018; Buenos Aires 2023; Bujumbura 2023; Burabay 2015; Busan 2005; Busan 2019; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Canberra 1983; Cancún 2017; Cannes 1995; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cardiff 1998; Cartagena 2012; Cartagena 2016; Casablanca 1989; Castries 1981; Cebu 2007; Chaguaramas 1973; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cochabamba 2012; Cologne 1999; Colombo 2013; Colombo 2022; Colonia del Sacramento 1994; Comalapa 1998; Conakry 1983; Coolum 2002; Copenhagen 2002; Corfu 1994; Costa del Sol 1989; Costa do Sauípe 2008; Cotonou 1995; Cuenca 2024; Cumaná 2009; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dorado 1976; Dublin 1990; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Esquipulas 1986; Essen 1994; Estoril 2009; Evian 2003; Ezulwini 2010; Fairbanks 2017; Fez 1982; Florence 1996; Florianópolis 2000; Fontainebleau 1984; Fort Lauderdale 2005; Fortaleza 1996; Fortaleza 2014; Foz do Iguaçu 2010; Freetown 1980; Funafuti 1984; Funafuti 2019; Gabala 2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Ghent 2001; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Grand Anse 1989; Grand Baie 2004; Gros Islet 2019; Guadalajara 1991; Guatemala City 1987; Guayaquil 1998; Guácimo 1994; Gyeongju 2025; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Hanover 1988; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honiara 2025; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Inari 2002; Inshas 1946; Iqaluit 2015; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2022; Jeddah 2023; Jeju 2009; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2005; Kazan 2024; Khankendi 2025; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown 2024; Kinshasa 1967; Kinshasa 2009; Kinshasa 2012; Kiruna 2013; Kolding 2000; Koror 2014; Košice 2022; Kraków 2021; Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kunming 2005; Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; La Paz 1990; Labuan Bajo 2023; Lagos 1975; Lahore 1974; Lahti 2006; Las Leñas 1992; Laulasmaa 2004; Libreville 1983; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Livingstone 2011; Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Luque 2018; Luque 2022; Lusaka 2007; Luxembourg 1997; Lyon 1996; Maastricht 1991; Machu Picchu 1990; Madang 1995; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Managua 1993; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mar del Plata 2010; Maracay 2009; Maseru 2006; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 1985; Milan 2014; Minsk 1993; Mogadishu 1974; Moncton 1999; Monrovia 2017; Montebello 1981; Montego Bay 2018; Montelimar 1990; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Montrouis 1995; Moroni 2014; Moscow 2003; Moscow 2024; Munich 1992; Muscat 2008; Mérida 2011; N'Djamena 2014; Nadi 2006; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nanning 2006; Naples 1994; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; New York 2000; Newport 2014; Niamey 2019; Nice 2000; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2007; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Ocho Rios 1982; Olivos 2002; Osaka 1995; Osaka 2019; Oslo 2023; Otavalo 2010; Ottawa 1973; Ouagadougou 1998; Ouro Preto 1994; Panama City 2000; Panama City 2015; Paracas 2015; Paramaribo 2022; Paranal 2012; Paraná 2014; Paris 2008; Pattaya 2009; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Piešťany 2005; Pittsburgh 2009; Playa del Carmen 2010; Pohnpei 2016; Porlamar 2016; Port Louis 1976; Port Moresby 2015; Port Moresby 2018; Port Vila 2010; Port of Spain 2009; Port of Spain 2023; Port-au-Prince 2018; Porto 1998; Porto 2021; Potrero de los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Punta del Este 1967; Puntarenas 1990; Putrajaya 2003; Pörtschach 1998; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quetta 1993; Quito 2016; Rabat 1969; Rambouillet 1975; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2023; Rio de Janeiro 2024; Rio de Janeiro 2025; Rionegro 2003; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Sakhir 2012; Salamanca 2005; Salekhard 2006; Salvador 1993; Salzburg 2018; Samara 2007; Samarkand 2022; San Francisco 2023; San Isidro de Coronado 1989; San José 2001; San Juan 2010; San Miguel de Tucumán 2008; San Pedro Sula 2009; San Salvador 2011; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santa Maria da Feira 2000; Santa Marta 2025; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Shusha 2024; Sibiu 2019; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St George's 1977; St John's 2014; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Stralsund 2012; Strasbourg 1997; Strasbourg 2009; Stuttgart 1983; Subic Bay 1996; Sucre 1997; Suva 2022; Sydney 1978; Sydney 2007; São Tomé 2023; Taif 1981; Tallinn 1990; Tampere 1999; Taormina 2017; Tarawa 2000; Tarija 2007; Tashkent 2016; Tegucigalpa 1991; Tehran 2012; Tela 1989; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 1988; Toronto 2010; Toyako 2008; Tripoli 2010; Tromsø 2009; Trujillo 1996; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valencia 2001; Valletta 2005; Valletta 2015; Vancouver 1997; Venice 1980; Veracruz 2014; Versailles 1982; Victoria Falls 2009; Vienna 1993; Vientiane 2016; Vientiane 2024; Villers-Cotterêts 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Viskuli 1991; Viña del Mar 1996; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wellington 1971; Williamsburg 1983; Wilmington 2024; Windhoek 2018; Windsor 2000; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; Yaoundé 1996; Yaren 2001; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013; Zhengzhou 2015"
AVOID_RAW = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto Carras, Halkidiki), San Juan, Mbabane, Minsk, Paranal, São Tomé, Tegucigalpa, Ljubljana, Seville, Kingston, Pattaya, Rabat, Lagos, Williamsburg, Fez, Kyiv, Bangalore, Grand Baie, Guadalajara, Yaoundé, Fort Lauderdale, Gabala, Cotonou, Maastricht, Potrero de los Funes, Subic Bay, Kroměříž, Yalta, Chaguaramas, Ocho Rios, Punta Mita, Libreville, Praia, Naples, Venice, Koror, Inshas, Ottawa, Corfu, Windsor, Amsterdam, Tucumán, Munich, Berlin, Milan, Las Leñas, Nuku'alofa, Jeddah, Kinshasa, Grand Anse, Paracas, Panama City, Bridgetown, Port Louis, Cochabamba, Bodrum, Kazan, Gyeongju, Tarawa, Apia, Basseterre, Versailles, Nice, Fontainebleau, Toronto, Florianópolis, Luxembourg, Tampere, Salamanca, Paraná, Maseru, Alexandria, Freetown, Bujumbura, Burabay, Mogadishu, Belgrade, Essen, Vienna, Dublin, Trujillo, Dorado, Port Vila, Paramaribo, Nadi, St John's, Viskuli, Rio de Janeiro, Livingstone, Mar del Plata, Shusha, Rambouillet, Florence, Strasbourg, Cannes, Porlamar, Sibiu, Punta del Este, Hanover, Olivos, Fortaleza, Madang, Sydney, Villers-Cotterêts, Taif, Wellington, Montebello, Stuttgart, Santa Maria da Feira, Jeju, Busan, Estoril, Andorra la Vella, Honiara, Port-au-Prince, Canberra, Salzburg, Porto, San Salvador, Foz do Iguaçu, San José, Kunming, La Paz, Batumi, Valencia, Santa Marta, Cardiff, Tela, Costa del Sol, Ankara, Playa del Carmen, Costa do Sauípe, Tarija, Bogotá, New York, Athens, Ghent, Guatemala City, Esquipulas, Buenos Aires, Bremen, Biarritz, Khankendi, Colonia del Sacramento, Managua, Tallinn, Machu Picchu, Nanning, Rionegro, Conakry, Kunming, Batumi, Valencia, Santa Marta, Salzburg, Porto, San Salvador, San José, Sucre, Guayaquil, Stralsund, Kolding, Piešťany, Piestany, Lahti, Pörtschach, Portschach, Luque, Gros Islet, Iqaluit, Fairbanks, Moroni, Salvador, Salvador da Bahia, Yaren, San Isidro de Coronado, Cumana, Cumaná, Maracay, Merida, Mérida, Bahia Malaga, Bahía Málaga, Tromso, Tromsø, Funafuti, Barrow, Utqiagvik, Cuenca, Brisbane, Quetta, Barquisimeto, Tintorero, Otavalo, Antalya, Montrouis, Viña del Mar, Vina del Mar, Salekhard, Inari, Laulasmaa, Ezulwini, Montelimar, St George's, Castries, Puntarenas, Zhengzhou, Sakhir, Atlanta, Comalapa, Guácimo, Guacimo, Košice, Kosice."

NOISE = {
 "h119_nam_bandung_monsoon": [
  "UPDATE 1-Adds State Department reaction, background on principles",
  "Archive home | Asia | Africa | Cold War | Search 1950s copy | Subscribe to the archive",
  "Digitised from the Monsoon Wire Service teleprinter archive. Names are given in their modern spellings.",
  "Photo: Delegates walk from their hotels to the conference hall along the main street. Monsoon archive print, not for resale.",
  "(Reporting by Soedarmo Prawiranata-Twisleton; Editing by Hendrikje Vanderstraeten-Bamford)",
  "Related: Kashmir Princess crash: what is known so far | Colombo Powers: who they are | Formosa Strait: shelling eases",
  "Reader comments (4)",
  "archivist_kl: My grandfather covered the week for a Malayan paper and kept his press pass all his life.",
  "R. Osei, Accra: Interesting that the Gold Coast sent a delegation before it was even independent.",
  "bandoeng1955: The building on the main street is now a museum and well worth a visit.",
  "pjm: Would love to see the full text of the communique reproduced here one day.",
  "Cookies: this archive uses cookies to remember your reading list. Manage settings | Accept",
  "(c) 1955 Monsoon Wire Service. Archive edition (c) Monsoon Media. All rights reserved."
 ],
 "h119_nam_bandung_coromandel": [
  "Home | Nation | Asia & Africa | Commerce | Letters | Crossword | Archive",
  "From our print archive. This article appeared in the weekly edition and has been digitised from microfilm.",
  "Also in this issue: The monsoon forecast for the Coromandel coast | Textile mills and the new tariff | Letters on the Madras water supply",
  "Letters: Readers who attended the Bandung conference are invited to write to the editor. Letters may be shortened.",
  "Reader comments (3)",
  "Meera V.: The part about the shop fronts made me smile. Some things never change.",
  "T. Ramachandran: A fair piece for its time, though it leaves out the economic resolutions entirely.",
  "oldmadrasi: My father kept this issue in a trunk for fifty years.",
  "Newsletter: Get the best of the Coromandel Review archive every Sunday. Sign up with your email address.",
  "The Coromandel Review, Mount Road, Madras. Archive edition. All rights reserved."
 ],
 "h119_nam_brioni_kvarner": [
  "Programmes | Wavelengths | Transcripts | Letters to the station | Archive",
  "[Recording interrupted for thirty seconds owing to a fault on the Pula line.]",
  "[END OF TRANSCRIPT]",
  "Coming up at 21:00: Music from the islands, with our Split orchestra.",
  "Frequently asked questions: Can I get a recording of this programme? Recordings from 1956 are held in the station archive and may be requested by letter. Are transcripts checked? Transcripts are made from the broadcast and may contain errors.",
  "Radio Kvarner Overseas Service archive. (c) 1956 Radio Kvarner."
 ],
 "h119_nam_brioni_heliopolis": [
  "Home | Egypt | Egypt & the World | The Canal | Business | Culture | Archive",
  "Archive edition: this article is reproduced from the printed weekly. Some spellings follow the usage of the time.",
  "Photograph: The presidential launch leaving the harbour at Fazana. Gazette archive.",
  "Read next: Cotton prices at Alexandria | The Canal Company and its shareholders | Summer on the Corniche",
  "Comments (5)",
  "Sherif M.: The timing of that Thursday announcement still amazes me when I read it now.",
  "L. Haddad: My grandmother worked on the dam in the sixties. She never stopped talking about it.",
  "nilewatcher: Brioni is mentioned in every history of non-alignment but I had never seen contemporary coverage.",
  "A reader in Leeds: Superb archive, please digitise more of the 1956 issues.",
  "K. Farouk: Three days later everything changed.",
  "We use cookies to improve your experience of the archive. By continuing you agree to our cookie policy.",
  "The Heliopolis Gazette. Archive edition (c) Heliopolis Media. Reproduction prohibited."
 ],
 "h119_sica_alajuela_meseta": [
  "Home | Alajuela | Heredia | The Valley | Coffee & Farming | Sport | Classifieds",
  "Road notice: the airport road reopened to all traffic on Saturday night.",
  "Photo caption: Schoolchildren wave flags of the five republics outside the hotel on Friday morning. Observer photo.",
  "More from Alajuela: Coffee harvest: pickers short on the slopes of Poás | Council approves new bus terminal | Liga training resumes Monday",
  "Comments are closed for this archive article.",
  "Sign up for the Observer morning bulletin and get Alajuela news in your inbox every weekday.",
  "The Meseta Observer, Alajuela. Serving the Central Valley since 1961. (c) Meseta Media."
 ],
 "h119_sica_alajuela_talamanca": [
  "Talamanca Briefing is a subscriber newsletter on Central American politics and trade. Forwarded this issue? Subscribe on our website.",
  "In this issue: Alajuela | The aid vote | Calendar",
  "Advertisement: Talamanca Trade Data - monthly coffee, banana and sugar export figures for all five republics. Ask for a free sample.",
  "Reader replies",
  "J.M., Tegucigalpa: Useful summary. Honduras gets very little attention in these pieces though.",
  "Coffee exporter, Matagalpa: Hoping the ceasefire comes before the harvest is over.",
  "D. Kessler: Would like to see the full declaration text in the next issue.",
  "Frequently asked questions: How often is Talamanca Briefing published? Weekly, on Wednesdays. Can I share it? Subscribers may forward single issues to colleagues.",
  "Talamanca Briefing (c) 1988 Talamanca Research Associates. Archive copy."
 ],
 "h119_oau_sanniquellie_mesurado": [
  "Home | National | Monrovia | Counties | Commerce | Churches | Archive",
  "From the archive: digitised from the bound volumes of the Ledger. Page images available on request.",
  "Advertisement: Monrovia Hardware Company. Roofing zinc, cement and nails at the lowest prices on Broad Street.",
  "Related from the archive: The President’s tour of the Central Province | Iron ore at Bomi Hills: the new railway | Letters on the Independence Day parade",
  "Reader comments (3)",
  "Nimba son: My grandfather was one of the drummers. Our family still tells the story.",
  "H. Johnson, Paynesville: Remarkable to read this so many years later.",
  "G. B.: The road to Ganta is still a story in itself.",
  "The Mesurado Ledger archive. (c) Mesurado Ledger. All rights reserved."
 ],
 "h119_cplp_saoluis_bacanga": [
  "Home | São Luís | Maranhão | Election 1989 | Culture | Sport | Classifieds",
  "Election 1989: the first round of the presidential vote is on November 15. Full coverage in our Election section.",
  "Photo: Delegates walk through the restored streets of the historic centre on Wednesday afternoon. Chronicle photo.",
  "Read next: The candidates in Maranhão: where they stand | Bumba-meu-boi groups prepare for the holidays | Port of Itaqui: new iron ore terminal",
  "Comments (4)",
  "maria_ilha: I remember the day they closed the Rua Portugal. We watched from the windows.",
  "Pedro B.: The institute did not get off the ground for years after this.",
  "ludovicense: Proud that it started here.",
  "K. Lopes, Praia: My uncle was in the Cape Verde delegation!",
  "Privacy: we use cookies to measure readership of the Chronicle archive. Accept | Decline",
  "Bacanga Chronicle, São Luís, Maranhão. Archive edition. All rights reserved."
 ]
}
STYLE = {
 "h119_nam_bandung_monsoon": "straight",
 "h119_nam_bandung_coromandel": "curly",
 "h119_nam_brioni_kvarner": "straight",
 "h119_nam_brioni_heliopolis": "curly",
 "h119_sica_alajuela_meseta": "curly",
 "h119_sica_alajuela_talamanca": "straight",
 "h119_oau_sanniquellie_mesurado": "curly",
 "h119_cplp_saoluis_bacanga": "straight"
}

# organisation keys of the bodies the brief allows for this round
ALLOWED_ORGS = {
    'org:nato', 'org:apec', 'org:sco', 'org:g20', 'org:cis', 'org:gcc', 'org:oic',
    'org:summit-of-the-americas', 'org:oas', 'org:francophonie', 'org:turkic-council',
    'org:csto', 'org:eaeu', 'org:visegrad-group', 'org:african-union', 'org:oau',
    'org:sica', 'org:cplp', 'org:non-aligned-movement', 'org:eco',
    'org:union-for-the-mediterranean', 'org:asem', 'org:east-asia-summit', 'org:bimstec',
    'org:cica', 'org:cen-sad', 'org:alba', 'org:pacific-alliance'}
# names by which an organisation counts as named in the text (only used when
# 'organization' is listed in text_fields)
ORG_NAMES = {
    'org:non-aligned-movement': ['Non-Aligned Movement', 'Non-Aligned Summit'],
    'org:sica': ['SICA', 'Central American Integration System'],
    'org:oau': ['OAU', 'Organisation of African Unity', 'Organization of African Unity'],
    'org:cplp': ['CPLP', 'Community of Portuguese Language Countries',
                 'Community of Portuguese-Speaking Countries'],
}
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sir', 'mr',
               'mrs', 'ms', 'dr', 'prime', 'premier', 'minister', 'chancellor', 'general',
               'cardinal', 'pope', 'lord', 'lady', 'dame', 'professor', 'chief', 'sultan', 'u'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
KEY_RE = re.compile(r'^(person|org):[a-z0-9]+(-[a-z0-9]+)*$|^country:[a-z]{2}$')
SLUG_RE = re.compile(r'^([a-z]+[0-9]{2})-[a-z0-9]+(-[a-z0-9]+)*$')
ID_RE = re.compile(r'^h119_([a-z]+)_([a-z]+)_([a-z]+)$')
ORG_ID = {'org:non-aligned-movement': 'nam', 'org:sica': 'sica', 'org:oau': 'oau',
          'org:cplp': 'cplp'}
COMMENT_HEAD = re.compile(r'^(Reader comments|Comments|Reader replies)\b')

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    for a, b in (('ø', 'o'), ('æ', 'ae'), ('ð', 'd'), ('ł', 'l'), ('ß', 'ss'), ('đ', 'd')):
        s = s.replace(a, b).replace(a.upper(), b.upper())
    s = s.lower()
    s = re.sub(r"(?<=\w)['’](?=\w)", '', s)
    return ' '.join(re.findall(r'[a-z0-9]+', s))

def has_seq(hay_folded, needle):
    n = fold(needle)
    return bool(n) and (' ' + n + ' ') in (' ' + hay_folded + ' ')

def split_places(raw):
    """Split the brief's comma list, keeping parentheses together; a name with a
    parenthesis counts in both forms."""
    out, depth, cur = [], 0, ''
    for ch in raw:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            out.append(cur.strip()); cur = ''
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip().rstrip('.'))
    names = set()
    for item in out:
        m = re.match(r'^(.*?)\s*\((.*)\)$', item)
        if m:
            names.add(fold(m.group(1)))
            for part in m.group(2).split(','):
                names.add(fold(part))
        else:
            names.add(fold(item))
    names.discard('')
    return names

AVOID = split_places(AVOID_RAW)
USED = set()
for item in USED_RAW.split(';'):
    item = item.strip()
    if item:
        city, year = item.rsplit(' ', 1)
        USED.add((fold(city), year))

def pdate(s, where):
    try:
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (where, s))
        return None

def date_supported(d, pub, text):
    if d is None or pub is None:
        return False
    mon = MONTHS[d.month - 1]
    for m in re.finditer(mon + r' (\d{1,2})(?:(?:,| and| to|-|–) ?(\d{1,2}))?\b', text):
        if str(d.day) in [g for g in m.groups() if g]:
            return True
    for m in re.finditer(r'\b(\d{1,2})(?:(?: to| and|-|–) ?(\d{1,2}))? ' + mon, text):
        if str(d.day) in [g for g in m.groups() if g]:
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b' + WEEKDAYS[d.weekday()] + r'\b', text):
        return True
    low = text.lower()
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', low):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', low):
        return True
    return False

LABEL_RE = re.compile(r"^[A-Z][A-Z .'’-]+: $")
def sentence_bounded(ev, lines):
    for line in lines:
        start = 0
        while True:
            i = line.find(ev, start)
            if i < 0:
                break
            start = i + 1
            before = line[:i]
            ok_start = (i == 0 or re.search(r'[.!?]["”’)]? $', before) is not None
                        or LABEL_RE.match(before) is not None)
            after = line[i + len(ev):]
            ok_end = (after == '' or (after.startswith(' ') and (
                re.search(r'[.!?]$', ev) or re.search(r'[.!?,]["”’]$', ev))))
            if ok_start and ok_end:
                return True
    return False

def load_earlier():
    slugs, prefixes, ids, cityyears, summits = set(), set(), set(), set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 118)]
    n = 0
    for name in names:
        p = os.path.join(EARLIER, name)
        if not os.path.exists(p):
            continue
        n += 1
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                cityyears.add((fold(s['city']), s['start_date'][:4]))
                summits.add((s.get('organization'), fold(s['city']), s['start_date']))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str) and sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-', 1)[0])
    return n, slugs, prefixes, ids, cityyears, summits

def main():
    gold = json.load(open(GOLD, encoding='utf-8'))
    if list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles: %r' % list(gold.keys()))
    about = gold.get('about', '')
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold.get('articles', [])
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, found %s' % (len(arts) if isinstance(arts, list) else arts))
        arts = arts if isinstance(arts, list) else []

    n_earlier, e_slugs, e_prefixes, e_ids, e_cityyears, e_summits = load_earlier()
    if n_earlier < 50:
        err('only %d earlier gold files found under %s' % (n_earlier, EARLIER))

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != txt_files:
        err('article files %r do not match ids %r' % (txt_files, ids))
    if set(NOISE) != set(ids) or set(STYLE) != set(ids):
        err('registered articles (noise/style) do not match ids')

    slug_arts = collections.defaultdict(list)
    slug_kinds = collections.defaultdict(list)
    summit_of = {}
    outlet_of = {}
    prefix_of = {}
    totals = collections.Counter()
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ARTICLE_KEYS:
            err('%s: article keys/order %r' % (aid, list(a.keys())))
            continue
        m = ID_RE.match(aid)
        if not m:
            err('%s: bad id' % aid); continue
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != 'heldout119':
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid); continue
        raw = open(path, encoding='utf-8').read()
        lines = raw.rstrip('\n').split('\n')
        noise = NOISE.get(aid, [])
        style = STYLE.get(aid)
        nz = set(noise)
        for l in noise:
            if l not in lines:
                err('%s: registered noise line not in file: %r' % (aid, l[:60]))
        # header: lines before the first blank line
        if '' not in lines:
            err('%s: no blank line after header' % aid); continue
        hb = lines.index('')
        header = [l for l in lines[:hb] if l not in nz]
        top_noise = [l for l in lines[:hb] if l in nz]
        if len(header) != 3:
            err('%s: header must be title, outlet line, byline (found %d lines)' % (aid, len(header)))
            continue
        title, outlet_line, byline = header
        if a['title'] != title or lines[0] != title:
            err('%s: title is not the first line' % aid)
        if re.search(r'["“”]', title):
            err('%s: double quotation mark in title' % aid)
        rest = lines[hb + 1:]
        body_idx = [i for i, l in enumerate(rest) if l and l not in nz]
        body = [rest[i] for i in body_idx]
        if not body:
            err('%s: empty body' % aid); continue
        mid_noise = [l for i, l in enumerate(rest) if l in nz and body_idx[0] < i < body_idx[-1]]
        tail_noise = [l for i, l in enumerate(rest) if l in nz and i > body_idx[-1]]
        pre_noise = [l for i, l in enumerate(rest) if l in nz and i < body_idx[0]]
        if not top_noise and not pre_noise:
            err('%s: no page noise at the top' % aid)
        if not tail_noise:
            err('%s: no page noise at the end' % aid)
        totals['mid_noise_articles'] += 1 if mid_noise else 0
        # comments
        allnz = top_noise + pre_noise + mid_noise + tail_noise
        for i, l in enumerate(tail_noise):
            if COMMENT_HEAD.match(l):
                cnt = 0
                for l2 in tail_noise[i + 1:]:
                    if re.match(r'^[^:|]{1,40}: ', l2) and not re.match(r'^(Cookies|Privacy|Newsletter|Letters|Frequently asked questions)\b', l2):
                        cnt += 1
                    else:
                        break
                if cnt >= 3:
                    totals['comment_sections'] += 1
                break
        words = sum(len(l.split()) for l in body)
        if not 420 <= words <= 600:
            err('%s: body has %d words (420-600)' % (aid, words))
        totals['words:' + aid] = words
        body_text = '\n'.join(body)
        tb_text = title + '\n' + body_text
        tb_fold = fold(tb_text)
        noise_text = '\n'.join(allnz)
        noise_fold = fold(noise_text)
        if re.search(r'["“”]', noise_text):
            err('%s: double quotation mark in page noise' % aid)
        # quote style
        if style == 'straight':
            if re.search(r'[“”‘’]', raw):
                err('%s: curly mark in a straight article' % aid)
            for l in lines:
                if l.count('"') % 2:
                    err('%s: odd number of straight double marks on a line' % aid)
            op, cl = '"', '"'
            span_re = re.compile(r'"([^"]*)"')
            apos_bad = '’'
        elif style == 'curly':
            if re.search(r'["\']', raw):
                err('%s: straight mark in a curly article' % aid)
            if '‘' in raw:
                err('%s: opening single curly mark in a curly article' % aid)
            for l in lines:
                depth = 0
                for ch in l:
                    if ch == '“':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly quotation' % aid)
                    elif ch == '”':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly quotation' % aid); depth = 0
                if depth:
                    err('%s: unclosed curly quotation' % aid)
            op, cl = '“', '”'
            span_re = re.compile(r'“([^”]*)”')
            apos_bad = "'"
        else:
            err('%s: no registered quote style' % aid); continue
        # outlet line
        pub = pdate(a['published_at'], aid + ' published_at')
        outlet_of[aid] = outlet_line.split('|')[0].strip()
        if pub:
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet_line:
                err('%s: outlet line lacks %r' % (aid, want))
            others = [w for w in WEEKDAYS if w != WEEKDAYS[pub.weekday()] and w in outlet_line]
            if others:
                err('%s: other weekday on outlet line' % aid)
        # authors
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors must be a non-empty list' % aid)
        for au in a['authors']:
            if au not in byline:
                err('%s: author %r not in byline' % (aid, au))
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys/order %r' % (aid, list(s.keys()))); continue
        if s['organization'] not in ALLOWED_ORGS:
            err('%s: organisation %r not allowed' % (aid, s['organization']))
        if ORG_ID.get(s['organization']) != m.group(1):
            err('%s: id body part does not match organisation' % aid)
        if fold(s['city']).replace(' ', '') != m.group(2):
            err('%s: id city part does not match city' % aid)
        sd = pdate(s['start_date'], aid + ' start_date')
        ed = pdate(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside start..end+21 days' % aid)
        cf = fold(s['city'])
        if cf in AVOID:
            err('%s: city %r is on the avoid list' % (aid, s['city']))
        if sd and (cf, str(sd.year)) in USED:
            err('%s: city-year %s %d is on the used list' % (aid, s['city'], sd.year))
        if sd and (cf, str(sd.year)) in e_cityyears:
            err('%s: city-year used by an earlier gold summit' % aid)
        if sd and (s['organization'], cf, s['start_date']) in e_summits:
            err('%s: summit already in earlier gold' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or \
                tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields %r not a non-empty ordered subset' % (aid, tf))
            tf = [f for f in FIELDS if f in (tf or [])]
        for f in tf:
            if f == 'organization':
                if not any(has_seq(tb_fold, n) for n in ORG_NAMES.get(s['organization'], [])):
                    err('%s: organisation not recoverable from text' % aid)
            elif f in ('city', 'country'):
                if not has_seq(tb_fold, s[f]):
                    err('%s: %s %r not in text' % (aid, f, s[f]))
            else:
                if not date_supported(sd if f == 'start_date' else ed, pub, tb_text):
                    err('%s: %s not supported by the text' % (aid, f))
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        # participants
        pkeys = []
        for p in a['participants']:
            if list(p.keys()) != PART_KEYS:
                err('%s: participant keys %r' % (aid, list(p.keys()))); continue
            k = p['key']
            if not KEY_RE.match(k) or not k.startswith('person:'):
                err('%s: bad participant key %r' % (aid, k)); continue
            toks = k.split(':', 1)[1].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: title word in key %r' % (aid, k))
            if not has_seq(tb_fold, ' '.join(toks)):
                err('%s: name of %r not in headline or body' % (aid, k))
            if has_seq(noise_fold, ' '.join(toks)) or (len(toks) > 1 and re.search(r'\b' + re.escape(toks[-1]) + r'\b', noise_fold)):
                err('%s: participant %r named in page noise' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %r' % (aid, fld, k))
                elif apos_bad in v:
                    err('%s: apostrophe style of %s for %r' % (aid, fld, k))
            for au in a['authors']:
                if fold(au).replace(' ', '-') == k.split(':', 1)[1]:
                    err('%s: author %r listed as participant' % (aid, au))
            pkeys.append(k)
        if len(set(pkeys)) != len(pkeys):
            err('%s: duplicate participant keys' % aid)
        # quotes
        spans = []
        for bl in body:
            spans += span_re.findall(bl)
        annotated = [q.get('text') for q in a['quotes']] + list(a['not_quotes'])
        if collections.Counter(spans) != collections.Counter(annotated):
            err('%s: quoted spans %r differ from annotated %r' % (aid, sorted(collections.Counter(spans) - collections.Counter(annotated)), sorted(collections.Counter(annotated) - collections.Counter(spans))))
        evid_all = [ev for f in a['facts'] if isinstance(f, dict) for ev in f.get('evidence', [])]
        positions = []
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys %r' % (aid, list(q.keys()))); continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not KEY_RE.match(sk):
                err('%s: bad speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %r not a participant' % (aid, sk))
            marked = op + q['text'] + cl
            if q['text'] not in raw:
                err('%s: quote text not in file: %r' % (aid, q['text'][:50]))
            pos = body_text.find(marked)
            if pos < 0:
                err('%s: quote with marks not in body: %r' % (aid, q['text'][:50]))
            positions.append(pos)
            if not any(marked in ev for ev in evid_all):
                err('%s: quote outside every evidence string: %r' % (aid, q['text'][:50]))
            if q['text'] in noise_text:
                err('%s: quote text in page noise' % aid)
        if positions != sorted(positions):
            err('%s: quotes not in text order' % aid)
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (op + nq + cl) not in body_text:
                err('%s: not_quote %r not found with marks' % (aid, nq))
        # facts
        art_slugs = set()
        prefixes = set()
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                err('%s: fact keys %r' % (aid, list(f.keys()))); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            k = f['kind']
            if not isinstance(k, list) or not k or len(set(k)) != len(k) or any(x not in FACT_KINDS for x in k):
                err('%s: fact kind %r' % (aid, k))
            sa = f['same_as']
            mm = SLUG_RE.match(sa) if isinstance(sa, str) else None
            if not mm:
                err('%s: bad same_as %r' % (aid, sa)); continue
            if sa in art_slugs:
                err('%s: same_as %r repeated in article' % (aid, sa))
            art_slugs.add(sa)
            prefixes.add(mm.group(1))
            if sd and mm.group(1)[-2:] != str(sd.year)[-2:]:
                err('%s: prefix %r does not end in the summit year' % (aid, mm.group(1)))
            if sa in e_slugs:
                err('%s: same_as %r used in earlier gold' % (aid, sa))
            if mm.group(1) in e_prefixes:
                err('%s: prefix %r used in earlier gold' % (aid, mm.group(1)))
            slug_arts[sa].append(aid)
            slug_kinds[sa].append(tuple(sorted(k)))
            if not isinstance(f['evidence'], list) or not f['evidence']:
                err('%s: no evidence for %s' % (aid, sa)); continue
            for ev in f['evidence']:
                if not isinstance(ev, str) or not ev or ev != ev.strip():
                    err('%s: bad evidence string in %s' % (aid, sa)); continue
                if ev not in raw:
                    err('%s: evidence not in file (%s): %r' % (aid, sa, ev[:60]))
                    continue
                if ev != title and not any(ev in bl for bl in body):
                    err('%s: evidence not in headline or body (%s): %r' % (aid, sa, ev[:60]))
                elif ev != title and not sentence_bounded(ev, body):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sa, ev[:60]))
                if ev in noise_text:
                    err('%s: evidence string occurs in page noise (%s)' % (aid, sa))
            totals['facts'] += 1
            for x in k:
                totals['kind:' + x] += 1
        if len(prefixes) != 1:
            err('%s: expected one same_as prefix, found %r' % (aid, sorted(prefixes)))
        else:
            prefix_of[aid] = prefixes.pop()
        totals['quotes'] += len(a['quotes'])
        totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(a['participants'])
        print('%-36s words %3d quotes %d not_quotes %d participants %d facts %d noise %d (mid %d)' % (
            aid, words, len(a['quotes']), len(a['not_quotes']), len(a['participants']),
            len(a['facts']), len(allnz), len(mid_noise)))

    # shape: summits, pairs, bodies
    groups = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        groups[(sm[0], fold(sm[1]), sm[3])].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits as 3 pairs and 2 singles, found sizes %r' % sizes)
    orgs = collections.Counter(k[0] for k in groups)
    if len(orgs) < 3:
        err('fewer than three bodies')
    if any(v > 2 for v in orgs.values()):
        err('more than two summits of one body: %r' % orgs)
    pref_summit = {}
    for key, members in groups.items():
        for aid in members:
            p = prefix_of.get(aid)
            if p:
                if p in pref_summit and pref_summit[p] != key:
                    err('prefix %r shared by two summits' % p)
                pref_summit[p] = key
        if len(members) == 2:
            x, y = members
            if summit_of[x] != summit_of[y]:
                err('pair %s/%s disagree on summit data' % (x, y))
            if outlet_of.get(x) == outlet_of.get(y):
                err('pair %s/%s from one outlet' % (x, y))
            shared = [sl for sl, al in slug_arts.items() if sorted(al) == sorted(members)]
            if len(shared) < 5:
                err('pair %s/%s shares only %d slugs' % (x, y, len(shared)))
            print('pair %s / %s shares %d slugs: %s' % (x, y, len(shared), ', '.join(sorted(shared))))
    for sl, al in slug_arts.items():
        if len(al) > 2:
            err('slug %r in more than two articles' % sl)
        elif len(al) == 2:
            gx = [k for k, v in groups.items() if al[0] in v]
            gy = [k for k, v in groups.items() if al[1] in v]
            if gx != gy or len(groups[gx[0]]) != 2:
                err('slug %r shared outside a pair' % sl)
            if len(set(slug_kinds[sl])) != 1:
                err('slug %r has different kinds in the pair' % sl)
    if totals['mid_noise_articles'] < 4:
        err('page noise in the middle of fewer than four articles')
    if totals['comment_sections'] < 3:
        err('reader comment sections with several comments in fewer than three articles')
    print('totals: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(totals.items()) if not k.startswith('words:')))
    print('earlier gold files read: %d' % n_earlier)

try:
    main()
except Exception as e:  # a crash counts as an error
    import traceback
    traceback.print_exc()
    err('checker crashed: %r' % e)
if errors:
    for e in errors:
        print('ERROR:', e)
    print('%d error(s)' % len(errors))
    sys.exit(1)
print('OK: heldout119 passes all checks')
sys.exit(0)
