#!/usr/bin/env python3
"""Checker for the held-out set heldout93 (written from scratch by the annotator of round 93).

Run: python3 check.py            (from anywhere; it checks the folder it sits in)
Env: H93_EARLIER=<dir> points it at the folder holding the earlier gold files
     (default: two levels up from this file, i.e. tests/gold/).
Exits 1 on any error (a crash counts as an error), 0 when everything passes.
"""
import sys, os, re, json, datetime, unicodedata, traceback, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H93_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout93_gold.json')
OPENING = ("Held-out set round 93 (split=heldout93), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")

# ---- registered data -------------------------------------------------------
USED_CITY_YEARS = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Alexandria 1964; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Amsterdam 1997; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2017; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Basseterre 2006; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Bento Gonçalves 2019; Berlin 1999; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bodrum 2014; Bogor 1994; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Bridgetown 2002; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Bujumbura 2023; Burabay 2015; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Casablanca 1989; Cebu 2007; Chaguaramas 1973; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cochabamba 2012; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Corfu 1994; Cotonou 1995; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fez 1982; Florianópolis 2000; Fontainebleau 1984; Fort Lauderdale 2005; Fortaleza 2014; Freetown 1980; Funafuti 2019; Gabala 2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Grand Anse 1989; Grand Baie 2004; Guadalajara 1991; Gyeongju 2025; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Inshas 1946; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2022; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2005; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown 2024; Kinshasa 1967; Kinshasa 2009; Kinshasa 2012; Kiruna 2013; Koror 2014; Kraków 2021; Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lagos 1975; Lahore 1974; Las Leñas 1992; Libreville 1983; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Luxembourg 1997; Lyon 1996; Maastricht 1991; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Maseru 2006; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 1985; Milan 2014; Minsk 1993; Mogadishu 1974; Moncton 1999; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Munich 1992; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Naples 1994; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nice 2000; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2007; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Ocho Rios 1982; Osaka 1995; Osaka 2019; Oslo 2023; Ottawa 1973; Ouagadougou 1998; Ouro Preto 1994; Panama City 2000; Panama City 2015; Paracas 2015; Paranal 2012; Paraná 2014; Paris 2008; Pattaya 2009; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Pohnpei 2016; Port Louis 1976; Port Moresby 2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Porto 1998; Potrero de los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rabat 1969; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Salamanca 2005; Samara 2007; Samarkand 2022; San Francisco 2023; San Juan 2010; San Miguel de Tucumán 2008; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Subic Bay 1996; Suva 2022; Sydney 2007; São Tomé 2023; Tampere 1999; Taormina 2017; Tarawa 2000; Tashkent 2016; Tegucigalpa 1991; Tehran 2012; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 1988; Toronto 2010; Toyako 2008; Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Venice 1980; Veracruz 2014; Versailles 1982; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Williamsburg 1983; Wilmington 2024; Windhoek 2018; Windsor 2000; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; Yaoundé 1996; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID_CITIES = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto Carras, Halkidiki), San Juan, Mbabane, Minsk, Paranal, São Tomé, Tegucigalpa, Ljubljana, Seville, Kingston, Pattaya, Rabat, Lagos, Williamsburg, Fez, Kyiv, Bangalore, Grand Baie, Guadalajara, Yaoundé, Fort Lauderdale, Gabala, Cotonou, Maastricht, Potrero de los Funes, Subic Bay, Kroměříž, Yalta, Chaguaramas, Ocho Rios, Punta Mita, Libreville, Praia, Naples, Venice, Koror, Inshas, Ottawa, Corfu, Windsor, Amsterdam, Tucumán, Munich, Berlin, Milan, Las Leñas, Nuku'alofa, Jeddah, Kinshasa, Grand Anse, Paracas, Panama City, Bridgetown, Port Louis, Cochabamba, Bodrum, Kazan, Gyeongju, Tarawa, Apia, Basseterre, Versailles, Nice, Fontainebleau, Toronto, Florianópolis, Luxembourg, Tampere, Salamanca, Paraná, Maseru, Alexandria, Freetown, Bujumbura, Burabay, Mogadishu"
REGISTRY = {
 "h93_g7_dorado_binnacle": {
  "noise": [
   "Binnacle Wire | World Economy | Monday, June 28, 1976 23:15 GMT",
   "By Glenn Ormesher-Rudge",
   "UPDATE 3-Adds Ford closing statement, Trudeau comment, economist",
   "[Photo: The seven leaders pose on the lawn of the Dorado Beach Hotel on Sunday. BINNACLE/Pool]",
   "(Reporting by Glenn Ormesher-Rudge; additional reporting by Maricruz Ocasio-Vasey in San Juan; Editing by Ludovina Sillitoe-Kittow)",
   "Related: FACTBOX-Who was at the Dorado summit | Sterling steadies after central bank credit | Italy's parties open coalition talks",
   "Binnacle Wire archive. Text digitised from the original teleprinter copy; minor errors may remain. (c) 1976 Binnacle Wire. All rights reserved."
  ],
  "staff": [
   "Maricruz Ocasio-Vasey",
   "Ludovina Sillitoe-Kittow"
  ],
  "curly": False
 },
 "h93_g7_dorado_isleta": {
  "noise": [
   "The Isleta Evening Ledger | Digital Archive | Tuesday, June 29, 1976",
   "Front Page | Island | Business | Sports | Classifieds | Archive Search",
   "By Zenaida Olmeda-Hasbury | Ledger Staff Writer",
   "PHOTO: A motorcade passes the gates of the Dorado Beach Hotel on Sunday afternoon. (Ledger photo)",
   "(Continued on Page 6)",
   "SUMMIT (Continued from Page 1)",
   "More from the archive: June 1976 | Bicentennial plans for Old San Juan | Winter league baseball schedule announced",
   "Archive pages are scanned from microfilm and may contain errors. Report a problem to the archive desk.",
   "(c) 1976 The Isleta Evening Ledger. Reproduced by permission."
  ],
  "staff": [],
  "curly": True
 },
 "h93_pif_portvila_namele": {
  "noise": [
   "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. Accept | Learn more",
   "Namele Herald | Home | National | Pacific | Business | Sport | Opinion | Classifieds",
   "Namele Herald | National | Friday, August 6, 2010",
   "By Annick Morsen-Eyeington",
   "PHOTO: Leaders and officials line up for the official photograph on Thursday morning. (Namele Herald)",
   "READ NEXT: Market vendors count the cost of Forum week road closures",
   "Comments (4)",
   "Jean-Luc V.: Good that Vanuatu hosted well. Now let us see if anything changes for the fishermen in the outer islands.",
   "Mereana K.: The roads were a mess on Wednesday. Took me two hours from Bauerfield to town.",
   "Port Vila Resident: Proud of our police and volunteers this week. Tankyu tumas.",
   "Observer2010: Another declaration. Wake me up when the money arrives.",
   "Sign up for the Namele Herald morning newsletter | Advertise with us | Contact the newsroom",
   "(c) 2010 Namele Herald, Port Vila, Vanuatu. All rights reserved."
  ],
  "staff": [],
  "curly": True
 },
 "h93_pif_portvila_pandanus": {
  "noise": [
   "Radio Pandanus Pacific | Listen live | Programmes | Podcasts | Frequencies | Pacific Weather",
   "Radio Pandanus Pacific | Pacific Evening | Thursday, August 5, 2010",
   "Presented by Salote Nainima-Cheesewright, with Rhys Sneddon-Tasso in Port Vila",
   "[AUDIO: Closing ceremony, Port Vila, 14 seconds]",
   "[END OF TRANSCRIPT]",
   "Coming up at 19:00: Pacific Sport, with the latest from the regional netball championships.",
   "Radio Pandanus Pacific transcripts are prepared from the broadcast and may differ slightly from the audio. (c) 2010 Radio Pandanus Pacific."
  ],
  "staff": [],
  "curly": False
 },
 "h93_pif_nadi_mataniko": {
  "noise": [
   "MATANIKO MAIL | News | Provinces | Business | Sport | Letters | Classifieds | E-paper",
   "Breaking: City council to meet on market fees | Weather: Showers over Guadalcanal this afternoon",
   "Mataniko Mail | Regional | Thursday, October 26, 2006",
   "By Eliab Kwaiga-Rathbone",
   "ADVERTISEMENT: Guadalcanal Hardware - roofing iron, cement and timber at the best prices in town. Call in at our Ranadi store.",
   "MOST READ: Police step up patrols in Chinatown rebuild area | Malaita ferry timetable changes | Letters: who pays for the new market?",
   "Reader comments (3)",
   "Tovua from Auki: He should have gone. An empty chair helps nobody.",
   "Honiara Mama: Good that the review is coming. Let them listen to ordinary people too.",
   "Kolo Boy: Same story every year. Talk in Fiji, nothing changes in Honiara.",
   "Mataniko Mail is published in Honiara, Solomon Islands. (c) 2006 Mataniko Mail Ltd. All rights reserved."
  ],
  "staff": [],
  "curly": False
 },
 "h93_caricom_paramaribo_waterkant": {
  "noise": [
   "Waterkant Business Monitor | Markets | Trade | Energy | Agriculture | Events | Subscribe",
   "Free articles this month: 2 of 3. Subscribe for unlimited access.",
   "Waterkant Business Monitor | Trade | Wednesday, July 6, 2022",
   "By Ashwin Jagesar-Tinsley",
   "ADVERTISEMENT",
   "Also on Waterkant: Shipping rates to the Caribbean begin to ease | Rice harvest outlook for Nickerie",
   "Comments (5)",
   "Ravi_P: 25 by 2025 is three years away. Show us the numbers every year.",
   "MarketLady: Come to the market on a Saturday and see the prices for yourself.",
   "Nickerie Farmer: Rice we have plenty. What we need is a decent road and a ferry to move it.",
   "D. Amatredjo: Good summit for Suriname’s image. Now follow up.",
   "Caribbean_Trader: Freight is the real tariff. Nobody talks about it.",
   "Waterkant Business Monitor newsletter: the week in Caribbean trade, every Friday. Sign up",
   "(c) 2022 Waterkant Media N.V., Paramaribo. All rights reserved. Privacy | Terms"
  ],
  "staff": [],
  "curly": True
 },
 "h93_caricom_paramaribo_keskidee": {
  "noise": [
   "The Keskidee Review | Analysis | Policy | Region | Podcasts | About",
   "The Keskidee Review | Analysis | Friday, July 8, 2022",
   "By Kenroy Boodhoo-Oxenham",
   "Reading time: 5 minutes | Share: Email | WhatsApp | X",
   "FAQ: What is CARICOM?",
   "The Caribbean Community is a grouping of 15 member states and five associate members, founded in 1973 with the Treaty of Chaguaramas. Its heads of government normally meet twice a year.",
   "FAQ: What is 25 by 2025?",
   "A regional initiative to reduce the Community's food import bill through higher production and fewer trade barriers.",
   "About the author: Kenroy Boodhoo-Oxenham writes on Caribbean politics and trade for The Keskidee Review.",
   "The views expressed in analysis pieces are the author's own. (c) 2022 The Keskidee Review. All rights reserved. | Newsletter | Contact"
  ],
  "staff": [],
  "curly": False
 },
 "h93_caricom_stjohns_boggypeak": {
  "noise": [
   "This site uses cookies. By continuing to browse, you agree to our cookie policy. OK",
   "BOGGY PEAK BULLETIN | Home | Local | Politics | Caribbean | Sports | Entertainment | Obituaries",
   "Boggy Peak Bulletin | Caribbean | Saturday, July 5, 2014",
   "By Orville Barzey-Mellanby",
   "PHOTO: Heads of government and the Secretary-General pose outside the conference venue on Tuesday. (Bulletin photo)",
   "RELATED: Health ministry urges residents to clear standing water | What you need to know about chikungunya",
   "Comments (4)",
   "Wadadli Girl: Proud of how Antigua hosted. Well done to all the volunteers.",
   "J. Samuel: A commission on weed? Just decriminalise and done.",
   "Concerned Citizen: Clean the drains first, then talk about mosquitoes.",
   "Townie268: Next summit they should come out to the villages too.",
   "Get the Bulletin in your inbox every morning: Subscribe | Contact us | Advertise",
   "(c) 2014 Boggy Peak Bulletin, St John’s, Antigua. All rights reserved."
  ],
  "staff": [],
  "curly": True
 }
}          # id -> {'noise': [...whole lines...], 'staff': [...], 'curly': bool}
ALLOWED_ORGS = ['org:nato', 'org:g7', 'org:g8', 'org:apec', 'org:asean', 'org:sco', 'org:g20', 'org:ecowas',
                'org:caricom', 'org:commonwealth', 'org:francophonie', 'org:gcc', 'org:oic', 'org:pif',
                'org:nordic-council', 'org:brics', 'org:celac']
ORG_ID_PART = {'org:g7': 'g7', 'org:pif': 'pif', 'org:caricom': 'caricom'}
ORG_NAMES = {
    'org:g7': ['seven-nation summit', 'seven major industrial nations', 'seven big industrial democracies', 'Group of Seven', 'G7'],
    'org:pif': ['Pacific Islands Forum'],
    'org:caricom': ['CARICOM', 'Caribbean Community'],
}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = FIELDS + ['text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'prime', 'minister', 'king', 'queen', 'chancellor', 'secretary', 'general', 'mr', 'mrs',
               'ms', 'dr', 'sir', 'governor', 'commodore', 'sheikh', 'emir', 'prince', 'chairman', 'premier'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
BODY_MIN, BODY_MAX = 420, 600

ERRORS = []
def err(where, msg):
    ERRORS.append('%s: %s' % (where, msg))

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    for a, b in (('\u00f8', 'o'), ('\u00e6', 'ae'), ('\u00f0', 'd'), ('\u0142', 'l'), ('\u00df', 'ss'), ('\u0111', 'd')):
        s = s.replace(a, b).replace(a.upper(), b.upper())
    return s.lower()

def tokens(s):
    s = re.sub(r"(?<=\w)'(?=\w)", '', fold(s))
    return re.findall(r'[a-z0-9]+', s)

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', entry)
    if not m:
        return [entry.strip()]
    return [m.group(1).strip()] + [x.strip() for x in m.group(2).split(',')]

def split_top(s):
    out, depth, cur = [], 0, ''
    for ch in s:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            out.append(cur.strip()); cur = ''
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out

def norm_city(c):
    return ' '.join(tokens(c))

def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err(where, 'not an ISO date: %r' % (s,))
        return None

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 93)]
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
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return opened, ids, slugs, prefixes, summits

# ---- the checks ------------------------------------------------------------
def check():
    used = set()
    for e in USED_CITY_YEARS.split('; '):
        m = re.match(r'^(.*) (\d{4})$', e.strip())
        for f in city_forms(m.group(1)):
            used.add((norm_city(f), int(m.group(2))))
    avoid = set()
    for e in split_top(AVOID_CITIES):
        for f in city_forms(e):
            avoid.add(norm_city(f))

    d = json.load(open(GOLD, encoding='utf-8'))
    if not isinstance(d, dict) or list(d.keys()) != ['about', 'articles']:
        err('gold', 'top-level keys must be exactly about, articles')
        return
    if not isinstance(d['about'], str) or not d['about'].startswith(OPENING):
        err('gold', 'about text does not start with the required sentence')
    arts = d['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('gold', 'expected 8 articles')
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('gold', 'duplicate ids')
    if set(ids) != set(REGISTRY):
        err('gold', 'ids differ from the registered ids: %s' % sorted(set(ids) ^ set(REGISTRY)))
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    if sorted(i + '.txt' for i in ids) != txt_files:
        err('folder', 'article files and entries differ: %s' % sorted(set(txt_files) ^ set(i + '.txt' for i in ids)))

    n_earlier, e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    if n_earlier < 50:
        err('earlier', 'only %d earlier gold files found under %s' % (n_earlier, EARLIER))
    for i in ids:
        if i in e_ids:
            err(i, 'id already used in earlier gold')
    if any(isinstance(x, str) and x.startswith('h93_') for x in e_ids):
        err('earlier', 'the h93 prefix is already used in earlier gold')
    e_city_years = set((norm_city(c), int(s[:4])) for o, c, s in e_summits if c and s)

    by_summit = collections.defaultdict(list)
    slug_arts = collections.defaultdict(list)
    total = collections.Counter()
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err(aid, 'article keys/order wrong: %s' % list(a.keys()))
            continue
        reg = REGISTRY.get(aid)
        if reg is None:
            continue
        m = re.fullmatch(r'h93_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)', aid)
        if not m:
            err(aid, 'id not of the form h93_<org>_<city>_<outlet>')
            continue
        if a['split'] != 'heldout93':
            err(aid, 'split must be heldout93')
        if a['file'] != 'articles/%s.txt' % aid:
            err(aid, 'file must be articles/<id>.txt')
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err(aid, 'article file missing')
            continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        noise = reg['noise']
        noise_set = set(noise)
        for nl in noise:
            if nl not in lines:
                err(aid, 'registered noise line not found as a whole line: %r' % nl[:60])
        title = a['title']
        if not isinstance(title, str) or not title or title not in lines:
            err(aid, 'title is not a whole line of the article')
        if title in noise_set:
            err(aid, 'title registered as noise')
        # body = non-empty, non-noise lines other than the headline
        body_idx = [k for k, l in enumerate(lines) if l.strip() and l not in noise_set and l != title]
        noise_idx = [k for k, l in enumerate(lines) if l in noise_set]
        body_lines = [lines[k] for k in body_idx]
        body = '\n'.join(body_lines)
        content = title + '\n' + body          # headline + body: where quotes, evidence and names must be
        words = sum(len(l.split()) for l in body_lines)
        if not (BODY_MIN <= words <= BODY_MAX):
            err(aid, 'body has %d words (allowed %d-%d)' % (words, BODY_MIN, BODY_MAX))
        if not body_idx or not noise_idx:
            err(aid, 'no body or no page noise')
        else:
            if not any(k < body_idx[0] for k in noise_idx):
                err(aid, 'no page noise above the body')
            if not any(body_idx[0] < k < body_idx[-1] for k in noise_idx):
                err(aid, 'no page noise inside the body')
            if not any(k > body_idx[-1] for k in noise_idx):
                err(aid, 'no page noise below the body')
        comment_hdr = [k for k in noise_idx if re.match(r'^(Reader )?[Cc]omments \(\d+\)', lines[k])]
        if comment_hdr:
            k0 = comment_hdr[0]
            n_comments = 0
            for k in range(k0 + 1, len(lines)):
                if lines[k] in noise_set and re.match(r'^[^:|]{2,30}: \S', lines[k]):
                    n_comments += 1
                else:
                    break
            if n_comments < 3:
                err(aid, 'comment section with fewer than 3 comments')
            total['comment_sections'] += 1
        noise_text = '\n'.join(noise)
        if re.search('["\u201c\u201d]', noise_text):
            err(aid, 'double quotation mark in page noise')
        if re.search('["\u201c\u201d]', title):
            err(aid, 'double quotation mark in the headline')
        # quote style
        if reg['curly']:
            if '"' in text or "'" in text:
                err(aid, 'straight marks in a curly article')
            if '\u2018' in text:
                err(aid, 'opening single curly mark in a curly article')
            for l in lines:
                depth = 0
                for ch in l:
                    if ch == '\u201c':
                        depth += 1
                        if depth > 1:
                            err(aid, 'nested curly marks: %r' % l[:50])
                    elif ch == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err(aid, 'unopened curly mark: %r' % l[:50]); depth = 0
                if depth:
                    err(aid, 'unclosed curly mark: %r' % l[:50])
            OQ, CQ = '\u201c', '\u201d'
        else:
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err(aid, 'curly marks in a straight article')
            for l in lines:
                if l.count('"') % 2:
                    err(aid, 'odd number of straight marks on a line: %r' % l[:50])
            OQ, CQ = '"', '"'
        apos_bad = "'" if reg['curly'] else '\u2019'
        # published_at and outlet line
        pub = parse_date(a['published_at'], aid)
        outlet = None
        if pub:
            dstr = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            dl = [l for l in noise if dstr in l]
            if not dl:
                err(aid, 'no noise line carries the publication date %r' % dstr)
            else:
                outlet = dl[0].split('|')[0].strip()
                for w in WEEKDAYS:
                    if w != WEEKDAYS[pub.weekday()] and w in dl[0]:
                        err(aid, 'another weekday on the outlet line')
        # authors and staff
        if not isinstance(a['authors'], list) or not a['authors']:
            err(aid, 'authors must be a non-empty list')
        part_keys = [p.get('key') for p in a['participants']]
        for who in a['authors'] + reg['staff']:
            if not any(who in l for l in noise):
                err(aid, 'author/staff %r not found in the page noise' % who)
            if 'person:' + '-'.join(tokens(who)) in part_keys:
                err(aid, 'author/staff %r listed as a participant' % who)
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err(aid, 'summit keys/order wrong')
            continue
        if s['organization'] not in ALLOWED_ORGS:
            err(aid, 'organisation not allowed by the brief: %s' % s['organization'])
        if ORG_ID_PART.get(s['organization']) != m.group(1):
            err(aid, 'id org part does not match the organisation')
        if norm_city(s['city']).replace(' ', '') != m.group(2):
            err(aid, 'id city part does not match the city')
        sd = parse_date(s['start_date'], aid)
        ed = parse_date(s['end_date'], aid)
        if sd and ed:
            if sd > ed:
                err(aid, 'start after end')
            if (ed - sd).days > 6:
                err(aid, 'summit longer than a week')
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err(aid, 'publication date outside start .. end+21 days')
            if norm_city(s['city']) in avoid:
                err(aid, 'city on the avoid list: %s' % s['city'])
            if (norm_city(s['city']), sd.year) in used:
                err(aid, 'city and year on the used list: %s %d' % (s['city'], sd.year))
            if (norm_city(s['city']), sd.year) in e_city_years:
                err(aid, 'city and year already used in earlier gold')
            if (s['organization'], s['city'], s['start_date']) in set(e_summits):
                err(aid, 'same summit already in earlier gold')
        tf = s['text_fields']
        if not tf or not set(tf) <= set(FIELDS) or tf != [f for f in FIELDS if f in tf]:
            err(aid, 'text_fields must be a non-empty subset of the five fields, in order')
        ctoks = tokens(content)
        if 'city' in tf and not has_seq(ctoks, tokens(s['city'])):
            err(aid, 'city not recoverable from the text')
        if 'country' in tf and not has_seq(ctoks, tokens(s['country'])):
            err(aid, 'country not recoverable from the text')
        if 'organization' in tf and not any(has_seq(ctoks, tokens(nm)) for nm in ORG_NAMES.get(s['organization'], [])):
            err(aid, 'organisation not recoverable from the text')
        for fld, dd in (('start_date', sd), ('end_date', ed)):
            if fld not in tf or not dd or not pub:
                continue
            mon = MONTHS[dd.month - 1]
            ok = False
            pats = [r'\b%s %d\b' % (mon, dd.day)]
            if fld == 'end_date' and sd and sd.month == dd.month:
                pats.append(r'\b%s %d (and|to|-) %d\b' % (mon, sd.day, dd.day))
            for p in pats:
                if re.search(p, content):
                    ok = True
            delta = (pub - dd).days
            if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[dd.weekday()], content):
                ok = True
            if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', content):
                ok = True
            if delta == 1 and re.search(r'\b(yesterday|last night)\b', content):
                ok = True
            if not ok:
                err(aid, '%s %s not recoverable from the text' % (fld, dd))
        by_summit[(s['organization'], s['city'], s['start_date'])].append((aid, s, outlet))
        # participants
        seen = set()
        for p in a['participants']:
            if list(p.keys()) != PART_KEYS:
                err(aid, 'participant keys/order wrong'); continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err(aid, 'bad participant key %r' % k)
            if k in seen:
                err(aid, 'duplicate participant %s' % k)
            seen.add(k)
            toks = k.split(':', 1)[1].split('-')
            if toks[0] in TITLE_WORDS:
                err(aid, 'title word in key %s' % k)
            if not has_seq(ctoks, toks):
                err(aid, 'participant name not in the text: %s' % k)
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err(aid, 'empty %s for %s' % (fld, k))
                elif apos_bad in v:
                    err(aid, 'wrong apostrophe style in %s of %s' % (fld, k))
            if has_seq(tokens(noise_text), toks):
                err(aid, 'participant name %s appears in the page noise' % k)
        # quotes
        qspans = []
        last = -1
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err(aid, 'quote keys/order wrong'); continue
            if q['kind'] not in QUOTE_KINDS:
                err(aid, 'bad quote kind %r' % q['kind'])
            sk = q['speaker_key']
            if not (sk in part_keys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk)):
                err(aid, 'speaker %s is neither a participant nor an org key' % sk)
            marked = OQ + q['text'] + CQ
            pos = [mm.start() for mm in re.finditer(re.escape(marked), body)]
            if not pos:
                err(aid, 'quote not found with its marks in the body: %r' % q['text'][:50])
                continue
            cand = [x for x in pos if x > last]
            if not cand:
                err(aid, 'quotes out of text order at %r' % q['text'][:40])
            else:
                last = cand[0]
            if q['text'] in noise_text:
                err(aid, 'quote text found in the page noise')
            if not any(marked in f['evidence'][i] for f in a['facts'] for i in range(len(f['evidence'])) if isinstance(f.get('evidence'), list)):
                err(aid, 'quote outside every evidence string: %r' % q['text'][:40])
            total['quotes'] += 1
            total['q_' + q['kind']] += 1
        for nq in a['not_quotes']:
            if OQ + nq + CQ not in body:
                err(aid, 'not_quote not found with marks: %r' % nq)
        spans = re.findall(re.escape(OQ) + '(.*?)' + re.escape(CQ), body)
        c_spans = collections.Counter(spans)
        c_ann = collections.Counter([q['text'] for q in a['quotes']] + list(a['not_quotes']))
        if c_spans != c_ann:
            err(aid, 'quoted spans of the body and quotes + not_quotes differ: unannotated %s, not in body %s' % (
                dict(c_spans - c_ann), dict(c_ann - c_spans)))
        # facts
        prefixes = set()
        slugs_here = set()
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                err(aid, 'fact keys/order wrong'); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(aid, 'empty statement')
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or not set(ks) <= FACT_KINDS:
                err(aid, 'bad fact kinds %r' % (ks,))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d{2}-[a-z0-9]+', sa):
                err(aid, 'bad same_as %r' % (sa,)); continue
            pre = sa.split('-')[0]
            prefixes.add(pre)
            if sd and pre[-2:] != '%02d' % (sd.year % 100):
                err(aid, 'prefix %s does not end in the summit year' % pre)
            if sa in slugs_here:
                err(aid, 'slug repeated within the article: %s' % sa)
            slugs_here.add(sa)
            if sa in e_slugs:
                err(aid, 'slug used in earlier gold: %s' % sa)
            if pre in e_prefixes:
                err(aid, 'prefix used in earlier gold: %s' % pre)
            slug_arts[sa].append((aid, tuple(sorted(ks)) if isinstance(ks, list) else ()))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err(aid, 'fact %s without evidence' % sa); continue
            for e in ev:
                if not isinstance(e, str) or e != e.strip() or not e:
                    err(aid, 'evidence with outer spaces or empty in %s' % sa); continue
                if e in noise_text:
                    err(aid, 'evidence found in the page noise: %r' % e[:40])
                if e == title:
                    continue
                found = False
                for mm in re.finditer(re.escape(e), body):
                    i, j = mm.start(), mm.end()
                    ls = body.rfind('\n', 0, i) + 1
                    pre_txt = body[ls:i]
                    start_ok = (pre_txt == '' or re.search(r'[.!?][\"\u201d]? $', pre_txt) is not None
                                or re.fullmatch(r"[A-Z][A-Z .'\-]+: ", pre_txt) is not None)
                    nxt = body[j] if j < len(body) else '\n'
                    end_ok = nxt == '\n' or (nxt == ' ' and re.search(r'([.!?]|[.!?,][\"\u201d])$', e) is not None)
                    if start_ok and end_ok:
                        found = True
                if not found:
                    err(aid, 'evidence not a sentence-bounded span of the headline or body: %r' % e[:50])
            total['facts'] += 1
            for k in ks:
                total['f_' + k] += 1
        if len(prefixes) != 1:
            err(aid, 'articles must use exactly one slug prefix, found %s' % sorted(prefixes))
        total['participants'] += len(a['participants'])
        total['not_quotes'] += len(a['not_quotes'])
        print('%-36s body %3d words, %d quotes, %d not_quotes, %d participants, %d facts' % (
            aid, words, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts'])))

    # shape: 5 summits, 3 pairs and 2 singles
    sizes = sorted(len(v) for v in by_summit.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('shape', 'expected 3 pairs and 2 singles, got %s' % sizes)
    org_count = collections.Counter(k[0] for k in by_summit)
    if len(org_count) < 3 or max(org_count.values()) > 2:
        err('shape', 'need at least 3 bodies and at most 2 summits per body: %s' % dict(org_count))
    pair_of = {}
    for key, v in by_summit.items():
        if len(v) == 2:
            (a1, s1, o1), (a2, s2, o2) = v
            if {k: s1[k] for k in FIELDS} != {k: s2[k] for k in FIELDS}:
                err('pair', '%s and %s disagree on summit data' % (a1, a2))
            if not o1 or o1 == o2:
                err('pair', '%s and %s are not from two different outlets' % (a1, a2))
            pair_of[a1] = a2; pair_of[a2] = a1
    pre_summit = collections.defaultdict(set)
    for sa, lst in slug_arts.items():
        aids = [x[0] for x in lst]
        pre_summit[sa.split('-')[0]].add(next(k for k, v in by_summit.items() if aids[0] in [w[0] for w in v]))
        if len(aids) > 2:
            err('slugs', '%s occurs in more than two articles' % sa)
        elif len(aids) == 2:
            if pair_of.get(aids[0]) != aids[1]:
                err('slugs', '%s shared by articles that are not a pair' % sa)
            if lst[0][1] != lst[1][1]:
                err('slugs', '%s has different kinds in the two articles' % sa)
    for pre, ss in pre_summit.items():
        if len(ss) > 1:
            err('slugs', 'prefix %s used for two summits' % pre)
    shared = collections.defaultdict(list)
    for sa, lst in slug_arts.items():
        if len(lst) == 2:
            shared[tuple(sorted(x[0] for x in lst))].append(sa)
    for a1, a2 in {tuple(sorted((x, y))) for x, y in pair_of.items()}:
        n = len(shared.get((a1, a2), []))
        if n < 3:
            err('pair', '%s and %s share only %d slugs' % (a1, a2, n))
        print('shared %s / %s: %s' % (a1, a2, ', '.join(sorted(shared.get((a1, a2), [])))))
    if total['comment_sections'] < 3:
        err('noise', 'fewer than 3 articles with a reader comment section')
    print('totals:', dict(sorted(total.items())))

if __name__ == '__main__':
    try:
        check()
    except Exception:
        traceback.print_exc()
        ERRORS.append('crash')
    if ERRORS:
        for e in ERRORS:
            print('ERROR', e)
        print('FAILED with %d error(s)' % len(ERRORS))
        sys.exit(1)
    print('OK: heldout93 passes all checks')
    sys.exit(0)
