#!/usr/bin/env python3
"""Checker for the held-out set heldout90 (written from scratch by the annotator).

Run:  python3 check.py        (exits 0 when the set passes, 1 on any error or crash)
Earlier gold files are opened by exact name: ../../facts_gold.json and ../../heldoutM_gold.json
for M = 5..89 (those that exist). Set H90_EARLIER to point at another gold folder when the
checker runs on a copy.
"""
import datetime, json, os, re, sys, unicodedata, traceback
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H90_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = 'heldout90_gold.json'
ABOUT_START = ("Held-out set round 90 (split=heldout90), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
REG = {
 "h90_g7_versailles_keelson": {
  "style": "straight",
  "outlet": "Keelson Wire",
  "credits": [
   "Apolline Kerdraon-Fanshawe",
   "Gottfried Twisden-Lemercier"
  ],
  "noise": [
   "Related: FACTBOX-The seven summits since Rambouillet | Franc weakens as traders doubt summit pledge",
   "(Reporting by Hallvard Ockleston-Kieffer; additional reporting by Apolline Kerdraon-Fanshawe in Paris; Editing by Gottfried Twisden-Lemercier)",
   "More from Keelson: Dollar firm in thin trading | Lloyd's names count Falklands losses | Tokyo stocks edge higher",
   "Keelson Wire archive. Text digitised from the original teleprinter copy; minor errors may remain. (c) 1982 Keelson Wire. All rights reserved."
  ]
 },
 "h90_g7_versailles_ledgerline": {
  "style": "curly",
  "outlet": "Ledgerline Weekly",
  "credits": [],
  "noise": [
   "Photo caption: The Cour de Marbre at the palace, photographed from the north wing. Archive picture.",
   "Read next: Why the franc is under pressure again | Gold slips as the dollar firms | Letters: farm prices and the Community budget",
   "Sign up for the Friday Currency Letter: the week\u2019s exchange rates and what moved them, in your post box every Saturday.",
   "Ledgerline Weekly archive edition. Figures and prices are as published and have not been updated. (c) 1982 Ledgerline Publishing Ltd. All rights reserved."
  ]
 },
 "h90_eu_nice_spindrift": {
  "style": "curly",
  "outlet": "Riviera Spindrift",
  "credits": [],
  "noise": [
   "This site uses cookies to count visitors and remember your preferences. By continuing to browse you accept our cookie policy. Accept | Settings",
   "Photo caption: Flags of the fifteen member states outside the Acropolis. (Spindrift)",
   "Related: Traffic returns to normal on the Promenade | Hoteliers count the cost of a week of closures | Christmas market opens on Place Mass\u00e9na",
   "Comments (4)",
   "marcel06 | 12/12/2000 09:14 | Five days of helicopters over Cimiez. I hope whatever they signed is worth the noise.",
   "AnneLaure_R | 12/12/2000 10:02 | Hold the next one somewhere without a sea view and it will finish on time.",
   "brigitte.v | 12/12/2000 11:47 | My son works in the kitchens at the Acropolis and has hardly slept since Wednesday.",
   "Tonio | 12/12/2000 12:30 | Same story every time, the small shops pay and the big ones complain.",
   "Riviera Spindrift, Nice. Independent English-language news for the C\u00f4te d\u2019Azur since 1994. (c) 2000 Riviera Spindrift. Terms | Privacy | Contact"
  ]
 },
 "h90_eu_nice_coracle": {
  "style": "straight",
  "outlet": "Radio Coracle International",
  "credits": [],
  "noise": [
   "[END OF TRANSCRIPT]",
   "Coming up at 08:00: The news, followed by Business at Daybreak.",
   "Transcript questions - How do I hear this programme again? Recordings stay on our website for thirty days. Can I quote from this transcript? Yes, with credit to Radio Coracle International. Who do I contact about errors? Write to our transcripts desk.",
   "Radio Coracle International. Transcripts are made from the broadcast recording and may contain errors. (c) 2000 Radio Coracle International."
  ]
 },
 "h90_eu_fontainebleau_weathervane": {
  "style": "curly",
  "outlet": "Teesdale Weathervane",
  "credits": [],
  "noise": [
   "Advertisement",
   "Picture: Cattle above the Tees near Middleton. (Weathervane)",
   "Readers\u2019 comments (5) - posted on our archive site",
   "Ken, Barnard Castle | My grandad said this was the only time he ever cheered a politician on the wireless.",
   "M. Raine | The money came back and the milk quotas stayed. Ask any family that sold up in the eighties.",
   "hillfarmer_67 | Sixty cows was a big herd up our way then. Now you would not make a living on it.",
   "Sue in Cotherstone | Does anyone have the photograph that ran with this on the front page?",
   "Dale Lad | Forty years on and they are still arguing about the same money.",
   "Teesdale Weathervane, Market Place, Barnard Castle. Archive material is reproduced as first printed. (c) 1984 Teesdale Weathervane."
  ]
 },
 "h90_eu_fontainebleau_scrivener": {
  "style": "straight",
  "outlet": "The Scrivener Brief",
  "credits": [],
  "noise": [
   "Read next: The milk quota, explained in five charts | Who's who in the new European Parliament",
   "About The Scrivener Brief",
   "Who writes it? A small team of former correspondents in Brussels, Luxembourg and Strasbourg.",
   "How often does it appear? Every Monday, except in August.",
   "Can I share it? Yes, forward it to colleagues, but please do not reprint it without permission.",
   "Subscribe for 12 pounds a year. Back issues are kept in our archive.",
   "(c) 1984 Scrivener Publications. Archive edition."
  ]
 },
 "h90_g7_toronto_almoner": {
  "style": "straight",
  "outlet": "The Almoner",
  "credits": [],
  "noise": [
   "We use cookies to understand how our archive is read. Continue browsing to accept, or change your settings. OK | Settings",
   "Photo caption: Delegation cars queue at a checkpoint on Front Street. (The Almoner)",
   "Related: What the Paris Club does, and why it matters | Zambia one year after breaking with the IMF | Sahel harvest outlook",
   "Comments (3)",
   "kwame_t | Reading this in the archive is strange. Some of these countries were still paying twenty years later.",
   "J. Oduya | The point about farm subsidies was right then and is right now.",
   "anon | Whatever happened to the counter-summits? Do they still meet?",
   "The Almoner is an independent, reader-funded magazine on aid and development. If you value our archive, please consider a donation.",
   "(c) 1988 The Almoner. All rights reserved. Privacy | Terms | Contact"
  ]
 },
 "h90_mercosur_florianopolis_desterro": {
  "style": "curly",
  "outlet": "Desterro Business Post",
  "credits": [],
  "noise": [
   "Read also: Itaja\u00ed port handles record container volumes | Hotels on the island full for the summer season | Apple growers in the highlands expect a strong harvest",
   "Comments (3)",
   "Rog\u00e9rio_SC | Closed half the Beira-Mar and the traffic is still a mess.",
   "luiza.m | Three per cent deficit? I will believe it when I see it.",
   "fabio_k | Good to see the island on the news for something other than beaches.",
   "Get the Desterro Business Post morning briefing: ports, prices and policy from southern Brazil. Sign up free.",
   "Desterro Business Post, Florian\u00f3polis, Santa Catarina. (c) 2000 Desterro Business Post. All rights reserved."
  ]
 }
}
ORGS = {  # id part -> organisation key, and names by which the text may name the body
    'g7': ('org:g7', ['Group of Seven', 'G7', 'G-7', 'seven major industrial democracies', 'seven big Western economies']),
    'eu': ('org:eu', ['European Union', 'European Council', 'European Community', 'EU']),
    'mercosur': ('org:mercosur', ['Mercosur', 'Southern Common Market']),
}
ALLOWED_BODIES = {'org:nato', 'org:eu', 'org:g7', 'org:g8', 'org:african-union', 'org:oau', 'org:asean',
                  'org:apec', 'org:sco', 'org:g20', 'org:brics', 'org:arab-league', 'org:ecowas', 'org:sadc',
                  'org:nordic-council', 'org:commonwealth', 'org:francophonie', 'org:gcc', 'org:mercosur',
                  'org:summit-of-the-americas', 'org:oas', 'org:csto', 'org:eac', 'org:saarc'}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
            'participants', 'facts']
SUMMIT_KEYS = FIELDS + ['text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'prime', 'minister', 'chancellor', 'king', 'queen', 'sir', 'dr', 'mr', 'mrs', 'ms',
               'secretary', 'general', 'governor', 'pope', 'sheikh', 'emir', 'sultan', 'lord', 'lady'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
AVOID = ["Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali", "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku", "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu", "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha", "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm", "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw", "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul", "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo", "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau", "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing", "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha", "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen", "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén", "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama", "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing", "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe", "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat", "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin", "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh", "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé", "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar", "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków", "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi", "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo", "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)", "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca", "Thessaloniki (Porto Carras, Halkidiki)", "San Juan", "Mbabane", "Minsk", "Paranal", "São Tomé", "Tegucigalpa", "Ljubljana", "Seville", "Kingston", "Pattaya", "Rabat", "Lagos", "Williamsburg", "Fez", "Kyiv", "Bangalore", "Grand Baie", "Guadalajara", "Yaoundé", "Fort Lauderdale", "Gabala", "Cotonou", "Maastricht", "Potrero de los Funes", "Subic Bay", "Kroměříž", "Yalta", "Chaguaramas", "Ocho Rios", "Punta Mita", "Libreville", "Praia", "Naples", "Venice", "Koror", "Inshas", "Ottawa", "Corfu", "Windsor", "Amsterdam", "Tucumán", "Munich", "Berlin", "Milan", "Las Leñas", "Nuku'alofa", "Jeddah", "Kinshasa", "Grand Anse", "Paracas", "Panama City", "Bridgetown", "Port Louis", "Cochabamba", "Bodrum", "Kazan", "Gyeongju", "Tarawa", "Apia", "Basseterre"]
USED = ["Abidjan 2012", "Abidjan 2017", "Abu Dhabi 1981", "Abuja 2019", "Abuja 2024", "Accra 2022", "Addis Ababa 2007", "Addis Ababa 2017", "Addis Ababa 2024", "Addis Ababa 2025", "Addu City 2011", "Al-Ula 2021", "Algiers 2022", "Alma-Ata 1991", "Alofi 2008", "Amman 2001", "Amsterdam 1997", "Antalya 2015", "Antananarivo 2016", "Antigua Guatemala 2013", "Apia 2017", "Apia 2024", "Arusha 2016", "Ashgabat 2021", "Astana 2017", "Astana 2024", "Asunción 2015", "Auckland 1995", "Awaza 2021", "Baghdad 2012", "Baghdad 2025", "Baku 2019", "Bamako 2017", "Bandar Seri Begawan 2013", "Bangalore 1986", "Bangkok 2022", "Bangkok 2025", "Banjul 2024", "Barcelona 2005", "Bariloche 2009", "Basseterre 2006", "Beijing 2012", "Beijing 2014", "Beijing 2023", "Beirut 2002", "Belén 2015", "Bento Gonçalves 2019", "Berlin 1999", "Biarritz 2019", "Birmingham 1998", "Bishkek 2007", "Bishkek 2019", "Bissau 2023", "Blantyre 1997", "Bodrum 2014", "Bogor 1994", "Bonn 1982", "Borgo Egnazia 2024", "Brasília 2008", "Bratislava 2016", "Bridgetown 2002", "Brisbane 2014", "Brussels 2016", "Brussels 2017", "Brussels 2018", "Brussels 2019", "Brussels 2021", "Brussels 2022", "Brussels 2023", "Bucharest 2006", "Bucharest 2008", "Bucharest 2018", "Budapest 1994", "Buenos Aires 2018", "Buenos Aires 2023", "Busan 2005", "Bürgenstock 2024", "Cairns 2009", "Cairo 2024", "Cali 2013", "Cali 2017", "Camp David 2012", "Camp David 2023", "Cancún 2017", "Cannes 2011", "Caracas 2011", "Carbis Bay 2021", "Cartagena 2012", "Cartagena 2016", "Casablanca 1989", "Cebu 2007", "Chaguaramas 1973", "Chicago 2012", "Chisinau 2023", "Cholpon-Ata 2018", "Cochabamba 2012", "Cologne 1999", "Colombo 2013", "Colombo 2022", "Coolum 2002", "Copenhagen 2002", "Corfu 1994", "Cotonou 1995", "Cádiz 2012", "Córdoba 2006", "Da Nang 2017", "Dakar 2008", "Dakar 2021", "Damascus 2008", "Dar es Salaam 2015", "Dar es Salaam 2019", "Dead Sea 2017", "Deauville 2011", "Denver 1997", "Dhahran 2018", "Dhaka 2005", "Diamniadio 2014", "Dili 2014", "Djerba 2022", "Djibouti 2023", "Doha 2007", "Doha 2013", "Dubrovnik 2016", "Durban 1999", "Durban 2013", "Dushanbe 2019", "Edinburgh 1997", "Elmau 2015", "Elmau 2022", "Enniskillen 2013", "Entebbe 2024", "Evian 2003", "Fez 1982", "Fort Lauderdale 2005", "Fortaleza 2014", "Funafuti 2019", "Gabala 2013", "Gaborone 2015", "Genoa 2001", "Georgetown 2024", "Gleneagles 2005", "Goa 2016", "Gothenburg 2001", "Goyang 2024", "Granada 2023", "Grand Anse 1989", "Grand Baie 2004", "Guadalajara 1991", "Gyeongju 2025", "Halifax 1995", "Hamburg 2017", "Hangzhou 2016", "Hanoi 2004", "Hanoi 2010", "Harare 2024", "Havana 2006", "Havana 2014", "Heiligendamm 2007", "Helsinki 1999", "Hiroshima 2023", "Honolulu 2011", "Houston 1990", "Hua Hin 2009", "Huntsville 2010", "Inshas 1946", "Islamabad 2017", "Istanbul 2004", "Istanbul 2016", "Istanbul 2021", "Jakarta 2016", "Jakarta 2023", "Jeddah 2022", "Jeddah 2023", "Johannesburg 2015", "Johannesburg 2023", "Johannesburg 2025", "Kampala 2007", "Kampala 2010", "Kampala 2024", "Kananaskis 2002", "Kananaskis 2025", "Kathmandu 2014", "Kazan 2005", "Kazan 2024", "Khanty-Mansiysk 2008", "Khartoum 2006", "Kigali 2016", "Kigali 2022", "Kingston 1975", "Kingstown 2024", "Kinshasa 1967", "Kinshasa 2009", "Kinshasa 2012", "Kiruna 2013", "Koror 2014", "Kraków 2021", "Kroměříž 2004", "Kuala Lumpur 1998", "Kuala Lumpur 2005", "Kuala Lumpur 2015", "Kuala Lumpur 2025", "Kuwait City 2013", "Kuwait City 2017", "Kyiv 2006", "L'Aquila 2009", "La Malbaie 2018", "Labuan Bajo 2023", "Lagos 1975", "Lahore 1974", "Las Leñas 1992", "Libreville 1983", "Lilongwe 2021", "Lima 2008", "Lima 2016", "Lima 2018", "Lima 2024", "Limassol 1993", "Lisbon 1996", "Lisbon 2007", "Lisbon 2010", "Ljubljana 2019", "Lomé 2000", "London 1990", "London 2009", "London 2018", "Los Angeles 2022", "Los Cabos 2002", "Los Cabos 2012", "Luanda 2023", "Lusaka 2007", "Lyon 1996", "Maastricht 1991", "Madrid 1997", "Madrid 2022", "Majuro 2013", "Malabo 2011", "Malabo 2014", "Malé 1997", "Manama 2016", "Manama 2024", "Manila 2015", "Manila 2017", "Maputo 2003", "Mar del Plata 2005", "Mbabane 2016", "Mecca 2012", "Mecca 2019", "Medellín 2019", "Melbourne 1981", "Melbourne 2024", "Mendoza 2012", "Mendoza 2017", "Mexico City 2021", "Miami 1994", "Milan 1985", "Milan 2014", "Minsk 1993", "Moncton 1999", "Monrovia 2017", "Montego Bay 2018", "Monterrey 2004", "Montevideo 2024", "Montreal 2019", "Montreux 2010", "Moscow 2003", "Moscow 2024", "Munich 1992", "Muscat 2008", "N'Djamena 2014", "Nago 2000", "Nairobi 2016", "Nakhchivan 2009", "Nanjing 2009", "Naples 1994", "Nassau 1985", "Naypyidaw 2014", "New Delhi 2015", "New Delhi 2023", "Newport 2014", "Niamey 2019", "Nizhny Novgorod 2011", "Nouakchott 2016", "Nouakchott 2018", "Nuku'alofa 2007", "Nuku'alofa 2024", "Nusa Dua 2011", "Nusa Dua 2022", "Nuuk 2011", "Ocho Rios 1982", "Osaka 1995", "Osaka 2019", "Oslo 2023", "Ottawa 1973", "Ouagadougou 1998", "Ouro Preto 1994", "Panama City 2000", "Panama City 2015", "Paracas 2015", "Paranal 2012", "Paris 2008", "Pattaya 2009", "Perth 2011", "Phnom Penh 2012", "Phnom Penh 2022", "Pittsburgh 2009", "Pohnpei 2016", "Port Louis 1976", "Port Moresby 2015", "Port Moresby 2018", "Port of Spain 2009", "Port of Spain 2023", "Porto 1998", "Potrero de los Funes 1996", "Prague 2002", "Prague 2016", "Praia 1998", "Pretoria 2017", "Puerto Iguazú 2023", "Puerto Vallarta 2018", "Puerto Varas 2016", "Punta Cana 2017", "Punta Mita 2014", "Putrajaya 2003", "Qingdao 2018", "Quebec City 2001", "Quebec City 2008", "Quito 2016", "Rabat 1969", "Rancho Mirage 2016", "Rarotonga 2023", "Reykjavik 2023", "Riga 2006", "Riga 2022", "Rio de Janeiro 2024", "Rio de Janeiro 2025", "Riyadh 2007", "Riyadh 2011", "Rome 2002", "Rome 2021", "Rostov-on-Don 2010", "Rovaniemi 2019", "Samara 2007", "Samarkand 2022", "San Francisco 2023", "San Juan 2010", "San Miguel de Tucumán 2008", "San Pedro Sula 2009", "Santa Cruz de la Sierra 1996", "Santa Fe 2019", "Santa Maria 2018", "Santiago 1998", "Santiago 2007", "Santiago 2013", "Santo Domingo 2023", "Sanya 2011", "Sanya 2016", "Sea Island 2004", "Seattle 1993", "Seoul 2000", "Seoul 2010", "Seville 2002", "Shanghai 2001", "Shanghai 2006", "Sharm el-Sheikh 2008", "Sharm el-Sheikh 2015", "Shima 2016", "Siem Reap 2018", "Singapore 2007", "Singapore 2018", "Sirte 2009", "Sirte 2010", "Sochi 2019", "Sofia 2018", "St Petersburg 2002", "St Petersburg 2006", "St Petersburg 2013", "Stockholm 2019", "Strasbourg 2009", "Subic Bay 1996", "Suva 2022", "Sydney 2007", "São Tomé 2023", "Taormina 2017", "Tarawa 2000", "Tashkent 2016", "Tegucigalpa 1991", "Tehran 2012", "The Hague 2004", "The Hague 2025", "Thessaloniki 2003", "Thimphu 2010", "Tianjin 2025", "Tirana 2022", "Tokyo 2015", "Tokyo 2022", "Toronto 2010", "Toyako 2008", "Tripoli 2010", "Tunis 2004", "Tunis 2019", "Tunis 2022", "Ufa 2015", "Ulaanbaatar 2016", "Ushuaia 1998", "Valletta 2005", "Valletta 2015", "Vancouver 1997", "Venice 1980", "Veracruz 2014", "Victoria Falls 2009", "Vientiane 2016", "Vientiane 2024", "Vilnius 2013", "Vilnius 2023", "Visby 1996", "Visegrád 1991", "Vladivostok 2012", "Warsaw 2016", "Warsaw 2023", "Washington 1999", "Washington 2008", "Washington 2022", "Washington 2024", "Watford 2019", "Williamsburg 1983", "Wilmington 2024", "Windhoek 2018", "Windsor 2000", "Xi'an 2023", "Xiamen 2017", "Yalta 1998", "Yamoussoukro 2014", "Yaoundé 1996", "Yaren 2018", "Yekaterinburg 2009", "Yerevan 2018", "Yerevan 2022", "Yokohama 2010", "Yokohama 2013"]

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    for a, b in (('\u00f8', 'o'), ('\u00e6', 'ae'), ('\u00f0', 'd'), ('\u0142', 'l'), ('\u00df', 'ss')):
        s = s.replace(a, b)
    return s.lower()

def tokens(s):
    s = fold(s)
    s = re.sub(r"(?<=[a-z0-9])'s\b", '', s)
    s = re.sub(r"(?<=[a-z0-9])'(?=[a-z])", '', s)
    return re.findall(r'[a-z0-9]+', s)

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', entry)
    if not m:
        return [entry]
    return [m.group(1)] + [x.strip() for x in m.group(2).split(',')]

def norm_city(c):
    return ' '.join(tokens(c))

AVOID_SET = {norm_city(f) for e in AVOID for f in city_forms(e)}
USED_SET = set()
for e in USED:
    m = re.match(r'^(.*) (\d{4})$', e)
    for f in city_forms(m.group(1)):
        USED_SET.add((norm_city(f), int(m.group(2))))

def isodate(s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            return None
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def load_earlier():
    ids, slugs, summits = set(), set(), []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 90)]
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id', ''))
            for f in a.get('facts', []) or []:
                if f.get('same_as'):
                    slugs.add(f['same_as'])
            s = a.get('summit')
            if isinstance(s, dict):
                summits.append((s.get('organization'), s.get('city') or '', s.get('start_date') or ''))
    return ids, slugs, summits

def split_body(aid, text):
    """Return (lines, noise_idx, body_idx). Lines 1-3 are header noise, line 4 blank."""
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    noise = set(REG[aid]['noise'])
    noise_idx = {1, 2, 3}
    for l in REG[aid]['noise']:
        if l not in lines[5:]:
            err('%s: registered noise line missing: %r' % (aid, l[:60]))
    for i, l in enumerate(lines):
        if i >= 5 and l in noise:
            noise_idx.add(i)
    body_idx = [i for i in range(5, len(lines)) if i not in noise_idx and lines[i].strip()]
    return lines, noise_idx, body_idx

LABEL_RE = re.compile(r"^[A-Z][A-Z'\u2019 .-]+: ")
OPEN_MARKS = '"\u201c'
CLOSE_MARKS = '"\u201d'

def sentence_bounded(line, pos, ev):
    end = pos + len(ev)
    before = line[:pos]
    ok_start = (pos == 0 or re.search(r'[.?!][\"\u201d]? $', before) is not None
                or (LABEL_RE.match(before) is not None and LABEL_RE.match(before).end() == pos))
    after = line[end:]
    last = ev[-1]
    ok_end_char = (last in '.?!' or (last in CLOSE_MARKS and len(ev) > 1 and ev[-2] in '.?!,'))
    ok_end = (end == len(line)) or (ok_end_char and after.startswith(' '))
    return ok_start and ok_end

def quoted_spans(line, style):
    spans = []
    if style == 'straight':
        for m in re.finditer(r'"([^"]*)"', line):
            spans.append((m.start(), m.group(1)))
    else:
        for m in re.finditer('\u201c([^\u201c\u201d]*)\u201d', line):
            spans.append((m.start(), m.group(1)))
    return spans

def date_support(d, pub, text):
    """Is date d recoverable from the folded headline+body text?"""
    month = MONTHS[d.month - 1]
    # explicit month and day, including ranges 'June 19 to 21' and 'June 25 and 26'
    for m in re.finditer(r'\b(%s) (\d{1,2})((?:,? (?:to|and|-|through) \d{1,2})*)\b' % '|'.join(MONTHS), text):
        if m.group(1) != month:
            continue
        days = [int(m.group(2))] + [int(x) for x in re.findall(r'\d{1,2}', m.group(3) or '')]
        if d.day in days:
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], text):
        return True
    low = text.lower()
    if delta == 0 and re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', low):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', low):
        return True
    return False

def main():
    here_files = sorted(os.listdir(HERE))
    path = os.path.join(HERE, GOLD)
    if not os.path.exists(path):
        err('missing ' + GOLD)
        return
    raw = open(path, encoding='utf-8').read()
    data = json.loads(raw)
    if not isinstance(data, dict) or list(data.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(data['about'], str) or not data['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = data['articles']
    if not isinstance(arts, list):
        err('articles is not a list')
        return
    e_ids, e_slugs, e_summits = load_earlier()
    e_prefixes = {s.split('-')[0] for s in e_slugs}
    if any(i.startswith('h90_') for i in e_ids):
        err('earlier gold already has h90 ids')
    e_cityyears = {(norm_city(c), int(s[:4])) for (_, c, s) in e_summits if re.match(r'\d{4}', s)}
    seen_ids = set()
    slug_arts = {}
    summit_of = {}
    outlet_of = {}
    prefix_of = {}
    total = Counter()
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ART_KEYS:
            err('article keys wrong or out of order: %r' % (list(a.keys()) if isinstance(a, dict) else a))
            continue
        aid = a['id']
        m = re.fullmatch(r'h90_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)', aid or '')
        if not m:
            err('bad id %r' % aid)
            continue
        if aid in seen_ids:
            err('duplicate id ' + aid)
        seen_ids.add(aid)
        if aid in e_ids:
            err('id used in earlier gold: ' + aid)
        if aid not in REG:
            err('id not registered in check.py: ' + aid)
            continue
        if a['split'] != 'heldout90':
            err('%s: split must be heldout90' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/<id>.txt' % aid)
        for k in ('title', 'published_at'):
            if not isinstance(a[k], str) or not a[k]:
                err('%s: %s must be a non-empty string' % (aid, k))
        for k in ('authors', 'quotes', 'not_quotes', 'participants', 'facts'):
            if not isinstance(a[k], list):
                err('%s: %s must be a list' % (aid, k))
        fpath = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(fpath):
            err('%s: article file missing' % aid)
            continue
        text = open(fpath, encoding='utf-8').read()
        lines, noise_idx, body_idx = split_body(aid, text)
        style = REG[aid]['style']
        # header
        if a['title'] != lines[0]:
            err('%s: title is not the headline' % aid)
        if a['title'] not in text:
            err('%s: title not verbatim in file' % aid)
        if len(lines) < 6 or lines[4] != '':
            err('%s: fifth line must be blank' % aid)
        pub = isodate(a['published_at'])
        if pub is None:
            err('%s: bad published_at' % aid)
            continue
        outlet_line = lines[1]
        outlet = outlet_line.split(' | ')[0]
        if outlet != REG[aid]['outlet']:
            err('%s: outlet line does not start with the registered outlet' % aid)
        want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
        if want not in outlet_line:
            err('%s: outlet line lacks %r' % (aid, want))
        if sum(1 for w in WEEKDAYS if w in outlet_line) != 1:
            err('%s: outlet line must name exactly one weekday' % aid)
        outlet_of[aid] = outlet
        for au in a['authors']:
            if au not in lines[2]:
                err('%s: author %r not in byline' % (aid, au))
        noise_text = '\n'.join(lines[i] for i in sorted(noise_idx))
        for c in REG[aid]['credits']:
            if c not in noise_text:
                err('%s: credited staff %r not in page noise' % (aid, c))
        # page noise presence: header plus noise inside or after the body
        tail = [i for i in noise_idx if i >= 5]
        if len(tail) < 2:
            err('%s: too little page noise' % aid)
        if not body_idx or max(noise_idx) < max(body_idx):
            err('%s: no page noise after the body' % aid)
        # word counts
        bw = sum(len(lines[i].split()) for i in body_idx)
        if not 420 <= bw <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, bw))
        body_text = '\n'.join([lines[0]] + [lines[i] for i in body_idx])
        ftoks = tokens(body_text)
        # quote style
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly marks in a straight article' % aid)
            for i, l in enumerate(lines):
                if l.count('"') % 2:
                    err('%s: odd number of straight marks on line %d' % (aid, i + 1))
        elif style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight marks in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
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
        else:
            err('%s: unknown style' % aid)
        if re.search('["\u201c\u201d]', lines[0]) or re.search('["\u201c\u201d]', noise_text):
            err('%s: double quotation mark in headline or page noise' % aid)
        apos_bad = "'" if style == 'curly' else '\u2019'
        # participants
        pkeys = []
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys wrong: %r' % (aid, p))
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            parts = k[7:].split('-')
            if parts[0] in TITLE_WORDS:
                err('%s: title word in key %s' % (aid, k))
            if not has_seq(ftoks, parts):
                err('%s: name of %s not in headline or body' % (aid, k))
            for f in ('role', 'affiliation'):
                if not isinstance(p[f], str) or not p[f].strip():
                    err('%s: empty %s for %s' % (aid, f, k))
                elif apos_bad in p[f]:
                    err('%s: wrong apostrophe style in %s of %s' % (aid, f, k))
            for au in a['authors'] + REG[aid]['credits']:
                if tokens(au) == parts:
                    err('%s: author or credited staff listed as participant: %s' % (aid, k))
        # quotes
        qspans = Counter()
        bpos = {}
        for i in [0] + body_idx:
            for pos, sp in quoted_spans(lines[i], style):
                qspans[sp] += 1
        ann = Counter()
        last = -1
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys wrong: %r' % (aid, q))
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if sk.startswith('person:'):
                if sk not in pkeys:
                    err('%s: speaker %s is not a participant' % (aid, sk))
            elif not (re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk) or re.fullmatch(r'country:[a-z]{2}', sk)):
                err('%s: speaker key %r is neither a participant nor an organisation key' % (aid, sk))
            if q['text'] not in text:
                err('%s: quote not verbatim in file: %r' % (aid, q['text'][:50]))
            o, c = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
            marked = o + q['text'] + c
            p = body_text.find(marked, last + 1)
            if p < 0:
                err('%s: quote not found with marks in body order: %r' % (aid, q['text'][:50]))
            else:
                last = p
            if not any(marked in e for f in a['facts'] if isinstance(f, dict) for e in (f.get('evidence') or [])):
                err('%s: quote outside every evidence string: %r' % (aid, q['text'][:50]))
            ann[q['text']] += 1
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or nq not in text:
                err('%s: not_quote not a string in the text: %r' % (aid, nq))
                continue
            ann[nq] += 1
        if ann != qspans:
            err('%s: quoted spans and annotations differ: %r / %r' % (aid, qspans - ann, ann - qspans))
        # facts
        slugs_here = set()
        prefixes = set()
        allev = []
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys wrong: %r' % (aid, f))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or not set(ks) <= FACT_KINDS:
                err('%s: bad fact kinds %r' % (aid, ks))
            s = f['same_as']
            if not isinstance(s, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+', s):
                err('%s: bad same_as %r' % (aid, s))
                continue
            if s in slugs_here:
                err('%s: slug repeated in article: %s' % (aid, s))
            slugs_here.add(s)
            prefixes.add(s.split('-')[0])
            if s in e_slugs:
                err('%s: slug used in earlier gold: %s' % (aid, s))
            slug_arts.setdefault(s, []).append((aid, tuple(ks)))
            if not isinstance(f['evidence'], list) or not f['evidence']:
                err('%s: fact without evidence: %s' % (aid, s))
                continue
            for e in f['evidence']:
                allev.append(e)
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: evidence empty or with outer spaces: %r' % (aid, e))
                    continue
                if e not in text:
                    err('%s: evidence not verbatim in file: %r' % (aid, e[:60]))
                    continue
                found = False
                for i in [0] + body_idx:
                    l = lines[i]
                    st = 0
                    while True:
                        p = l.find(e, st)
                        if p < 0:
                            break
                        if sentence_bounded(l, p, e):
                            found = True
                        st = p + 1
                if not found:
                    err('%s: evidence not a sentence-bounded span of headline or body: %r' % (aid, e[:60]))
        if len(prefixes) != 1:
            err('%s: slugs must share one prefix, got %r' % (aid, prefixes))
        # noise cleanliness
        for i in sorted(noise_idx):
            l = lines[i]
            ltoks = tokens(l)
            for q in a['quotes']:
                if isinstance(q, dict) and q.get('text') and q['text'] in l:
                    err('%s: gold quote inside page noise line %d' % (aid, i + 1))
            for e in allev:
                if isinstance(e, str) and e and e in l:
                    err('%s: evidence inside page noise line %d' % (aid, i + 1))
            for k in pkeys:
                parts = k[7:].split('-')
                if has_seq(ltoks, parts) or parts[-1] in ltoks:
                    err('%s: participant %s named in page noise line %d' % (aid, k, i + 1))
        # summit
        sm = a['summit']
        if not isinstance(sm, dict) or list(sm.keys()) != SUMMIT_KEYS:
            err('%s: summit keys wrong or out of order' % aid)
            continue
        org = sm['organization']
        if org not in ALLOWED_BODIES:
            err('%s: organisation %r is not one of the allowed bodies' % (aid, org))
        if m.group(1) not in ORGS or ORGS[m.group(1)][0] != org:
            err('%s: id organisation part does not match %s' % (aid, org))
        if m.group(2) != re.sub(r'[^a-z0-9]', '', fold(sm['city'])):
            err('%s: id city part does not match the city' % aid)
        sd, ed = isodate(sm['start_date']), isodate(sm['end_date'])
        if sd is None or ed is None:
            err('%s: summit dates not valid ISO dates' % aid)
            continue
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        if not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: publication date outside start..end+21 days' % aid)
        if not prefixes or not list(prefixes)[0].endswith('%02d' % (sd.year % 100)):
            err('%s: slug prefix must end in the two digits of the summit year' % aid)
        for pfx in prefixes:
            if pfx in e_prefixes:
                err('%s: prefix used in earlier gold: %s' % (aid, pfx))
        prefix_of[aid] = list(prefixes)[0] if prefixes else None
        nc = norm_city(sm['city'])
        if nc in AVOID_SET:
            err('%s: city %s is on the avoid list' % (aid, sm['city']))
        if (nc, sd.year) in USED_SET:
            err('%s: city and year %s %d already used' % (aid, sm['city'], sd.year))
        if (nc, sd.year) in e_cityyears:
            err('%s: city and year %s %d used by an earlier summit entry' % (aid, sm['city'], sd.year))
        tf = sm['text_fields']
        if not isinstance(tf, list) or not tf or not set(tf) <= set(FIELDS) or tf != [x for x in FIELDS if x in tf]:
            err('%s: text_fields must be a non-empty subset of the five fields in canonical order' % aid)
            tf = [x for x in FIELDS if x in (tf or [])]
        if 'organization' in tf:
            names = ORGS.get(m.group(1), ('', []))[1]
            if not any(has_seq(ftoks, tokens(n)) for n in names):
                err('%s: organisation not named in the text' % aid)
        if 'city' in tf and not has_seq(ftoks, tokens(sm['city'])):
            err('%s: city not in the text' % aid)
        if 'country' in tf and not has_seq(ftoks, tokens(sm['country'])):
            err('%s: country not in the text' % aid)
        for fld, dd in (('start_date', sd), ('end_date', ed)):
            if fld in tf and not date_support(dd, pub, body_text):
                err('%s: %s not recoverable from the text' % (aid, fld))
        summit_of[aid] = (org, sm['city'], sm['start_date'], sm['country'], sm['end_date'])
        total['quotes'] += len(a['quotes'])
        total['participants'] += len(a['participants'])
        total['facts'] += len(a['facts'])
        total['not_quotes'] += len(a['not_quotes'])
        print('%-40s body %3d words, %d quotes, %d not_quotes, %d participants, %d facts' % (
            aid, bw, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts'])))
    # files present vs entries
    txts = {f for f in here_files if f.endswith('.txt')}
    want = {i + '.txt' for i in seen_ids}
    if txts != want:
        err('article files and entries differ: extra %r, missing %r' % (sorted(txts - want), sorted(want - txts)))
    if set(REG) != seen_ids:
        err('registered ids and entries differ')
    # shape: 8 articles, 5 summits, 3 pairs, 2 singles
    if len(arts) != 8:
        err('need 8 articles, have %d' % len(arts))
    groups = {}
    for aid, s in summit_of.items():
        groups.setdefault(s[:3], []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('need 5 summits as 3 pairs and 2 singles, got sizes %r' % sizes)
    orgcount = Counter(k[0] for k in groups)
    if any(v > 2 for v in orgcount.values()):
        err('more than two summits of one body')
    pair_of = {}
    for k, v in groups.items():
        ps = {prefix_of.get(x) for x in v}
        if len(ps) != 1:
            err('summit %r has articles with different prefixes' % (k,))
        if len(v) == 2:
            a1, a2 = v
            pair_of[a1], pair_of[a2] = a2, a1
            if outlet_of.get(a1) == outlet_of.get(a2):
                err('pair %s/%s from the same outlet' % (a1, a2))
            if summit_of[a1] != summit_of[a2]:
                err('pair %s/%s disagree on summit data' % (a1, a2))
    allp = [prefix_of[x] for x in prefix_of]
    for k, v in groups.items():
        pass
    pfx_groups = {}
    for aid, p in prefix_of.items():
        pfx_groups.setdefault(p, set()).add(summit_of[aid][:3])
    for p, g in pfx_groups.items():
        if len(g) > 1:
            err('prefix %s shared by two summits' % p)
    shared = Counter()
    for s, lst in slug_arts.items():
        if len(lst) > 2:
            err('slug %s in more than two articles' % s)
        elif len(lst) == 2:
            (x, kx), (y, ky) = lst
            if pair_of.get(x) != y:
                err('slug %s shared by articles that are not a pair' % s)
            if set(kx) != set(ky):
                err('slug %s has different kinds in %s and %s' % (s, x, y))
            shared[tuple(sorted((x, y)))] += 1
    for x, y in pair_of.items():
        if x < y and shared[(x, y)] < 5:
            err('pair %s/%s shares only %d slugs' % (x, y, shared[(x, y)]))
    for (x, y), n in sorted(shared.items()):
        print('shared slugs %s / %s: %d' % (x, y, n))
    print('totals: %d articles, %d quotes, %d not_quotes, %d participant entries, %d facts' % (
        len(arts), total['quotes'], total['not_quotes'], total['participants'], total['facts']))

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        errors.append('crash')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAIL (%d errors)' % len(errors))
        sys.exit(1)
    print('PASS')
    sys.exit(0)
