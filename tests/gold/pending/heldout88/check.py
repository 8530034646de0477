#!/usr/bin/env python3
"""Checker for the held-out set heldout88 (pending/heldout88/).

Run: python3 check.py            (from anywhere; it checks the folder it sits in)
Exit status 0 if every check passes, 1 on any error (an exception counts as an error).
H88_EARLIER may point at the folder that holds the earlier gold files (default: ../..).
"""
import collections
import datetime
import json
import os
import re
import sys
import traceback
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H88_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ROUND = '88'
SPLIT = 'heldout88'
GOLD = 'heldout88_gold.json'
OPENING = ('Held-out set round 88 (split=heldout88), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

TOP_KEYS = ['about', 'articles']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
            'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'pledge', 'outcome', 'membership', 'reaction'}

# Bodies the brief allows, by organisation key, with the names that count as naming them.
ALLOWED_ORGS = {
    'org:nato': ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
    'org:african-union': ['African Union', 'AU'],
    'org:oau': ['Organisation of African Unity', 'Organization of African Unity', 'OAU'],
    'org:sco': ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
    'org:g20': ['G20', 'Group of 20', 'Group of Twenty'],
    'org:csto': ['CSTO', 'Collective Security Treaty Organization'],
    'org:eaeu': ['Eurasian Economic Union', 'EAEU'],
    'org:bimstec': ['BIMSTEC'],
    'org:eccas': ['ECCAS', 'Economic Community of Central African States'],
    'org:comesa': ['COMESA', 'Common Market for Eastern and Southern Africa'],
    'org:oic': ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation',
                'Organisation of the Islamic Conference', 'Organization of the Islamic Conference'],
    'org:three-seas-initiative': ['Three Seas Initiative', 'Three Seas'],
    'org:cplp': ['CPLP', 'Community of Portuguese Language Countries'],
    'org:sica': ['SICA', 'Central American Integration System'],
    'org:arab-league': ['Arab League', 'League of Arab States'],
    'org:ecowas': ['ECOWAS', 'Economic Community of West African States'],
    'org:nordic-council': ['Nordic Council'],
    'org:summit-of-the-americas': ['Summit of the Americas'],
    'org:oas': ['Organization of American States', 'OAS'],
    'org:ibero-american-summit': ['Ibero-American Summit'],
    'org:turkic-council': ['Turkic Council', 'Cooperation Council of Turkic Speaking States',
                           'Organization of Turkic States'],
}
# id part for each organisation key used in this set
ORG_ID = {'org:ibero-american-summit': 'ibero', 'org:oas': 'oas', 'org:oau': 'oau',
          'org:turkic-council': 'turkic'}
# id part for each city used in this set
CITY_ID = {'Panama City': 'panama', 'Bridgetown': 'bridgetown', 'Port Louis': 'portlouis',
           'Cochabamba': 'cochabamba', 'Bodrum': 'bodrum'}

TITLE_WORDS = {'president', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'dr',
               'mr', 'mrs', 'ms', 'prime', 'minister', 'chancellor', 'sheikh', 'emir', 'sultan',
               'general', 'field', 'marshal', 'secretary', 'foreign', 'governor', 'senator',
               'chairman', 'professor', 'prof', 'ambassador', 'the'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
REL_DAYS = {0: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'],
            1: ['yesterday', 'last night']}

# The brief's list of used city-years and its list of avoided cities, copied verbatim.
USED_RAW = (
    'Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis '
    'Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula '
    '2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Amsterdam 1997; Antalya 2015; '
    'Antananarivo 2016; Antigua Guatemala 2013; Apia 2024; Arusha 2016; Ashgabat 2021; Astana '
    '2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; '
    'Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok '
    '2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing '
    '2023; Beirut 2002; Belén 2015; Bento Gonçalves 2019; Berlin 1999; Biarritz 2019; '
    'Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bogor 1994; Bonn '
    '1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; '
    'Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; '
    'Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos '
    'Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; '
    'Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; '
    'Cartagena 2012; Cartagena 2016; Casablanca 1989; Cebu 2007; Chaguaramas 1973; Chicago '
    '2012; Chisinau 2023; Cholpon-Ata 2018; Cologne 1999; Colombo 2013; Colombo 2022; Coolum '
    '2002; Copenhagen 2002; Corfu 1994; Cotonou 1995; Cádiz 2012; Córdoba 2006; Da Nang 2017; '
    'Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea '
    '2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; '
    'Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dubrovnik 2016; Durban 1999; Durban '
    '2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe '
    '2024; Evian 2003; Fez 1982; Fort Lauderdale 2005; Fortaleza 2014; Funafuti 2019; Gabala '
    '2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg '
    '2001; Goyang 2024; Granada 2023; Grand Anse 1989; Grand Baie 2004; Guadalajara 1991; '
    'Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana '
    '2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; '
    'Houston 1990; Hua Hin 2009; Huntsville 2010; Inshas 1946; Islamabad 2017; Istanbul 2004; '
    'Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2022; Jeddah 2023; '
    'Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; '
    'Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; '
    'Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown '
    '2024; Kinshasa 1967; Kinshasa 2009; Kinshasa 2012; Kiruna 2013; Koror 2014; Kraków 2021; '
    'Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; '
    "Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; Labuan Bajo "
    '2023; Lagos 1975; Lahore 1974; Las Leñas 1992; Libreville 1983; Lilongwe 2021; Lima 2008; '
    'Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; '
    'Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los '
    'Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Maastricht 1991; Madrid '
    '1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama '
    '2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mbabane 2016; Mecca 2012; '
    'Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; '
    'Mexico City 2021; Miami 1994; Milan 1985; Milan 2014; Minsk 1993; Moncton 1999; Monrovia '
    '2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; '
    "Moscow 2003; Moscow 2024; Munich 1992; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi "
    '2016; Nakhchivan 2009; Nanjing 2009; Naples 1994; Nassau 1985; Naypyidaw 2014; New Delhi '
    '2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; '
    "Nouakchott 2018; Nuku'alofa 2007; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk "
    '2011; Ocho Rios 1982; Osaka 1995; Osaka 2019; Oslo 2023; Ottawa 1973; Ouagadougou 1998; '
    'Ouro Preto 1994; Panama City 2015; Paracas 2015; Paranal 2012; Paris 2008; Pattaya 2009; '
    'Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Pohnpei 2016; Port Moresby '
    '2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Porto 1998; Potrero de '
    'los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; '
    'Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Putrajaya 2003; '
    'Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rabat 1969; Rancho Mirage '
    '2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de '
    'Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; '
    'Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Juan 2010; San Miguel '
    'de Tucumán 2008; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa '
    'Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; '
    'Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai '
    '2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Siem Reap '
    '2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St '
    'Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; '
    'Subic Bay 1996; Suva 2022; Sydney 2007; São Tomé 2023; Taormina 2017; Tashkent 2016; '
    'Tegucigalpa 1991; Tehran 2012; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu '
    '2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; '
    'Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia '
    '1998; Valletta 2005; Valletta 2015; Vancouver 1997; Venice 1980; Veracruz 2014; Victoria '
    'Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; '
    'Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington '
    '2008; Washington 2022; Washington 2024; Watford 2019; Williamsburg 1983; Wilmington 2024; '
    "Windhoek 2018; Windsor 2000; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; "
    'Yaoundé 1996; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; '
    'Yokohama 2013')
AVOID_RAW = (
    'Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, '
    'Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, '
    'Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, '
    'Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New '
    "Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, "
    'Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, '
    'Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, '
    'Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, '
    'Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom '
    'Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, '
    'Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), '
    'Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, '
    'Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, '
    'Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, '
    'Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, '
    'Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, '
    "Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, "
    'Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, '
    'Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The '
    'Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, '
    'Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny '
    'Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, '
    'Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, '
    'Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, '
    'Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), '
    'Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto '
    'Carras, Halkidiki), San Juan, Mbabane, Minsk, Paranal, São Tomé, Tegucigalpa, Ljubljana, '
    'Seville, Kingston, Pattaya, Rabat, Lagos, Williamsburg, Fez, Kyiv, Bangalore, Grand Baie, '
    'Guadalajara, Yaoundé, Fort Lauderdale, Gabala, Cotonou, Maastricht, Potrero de los Funes, '
    'Subic Bay, Kroměříž, Yalta, Chaguaramas, Ocho Rios, Punta Mita, Libreville, Praia, Naples, '
    'Venice, Koror, Inshas, Ottawa, Corfu, Windsor, Amsterdam, Tucumán, Munich, Berlin, Milan, '
    "Las Leñas, Nuku'alofa, Jeddah, Kinshasa, Grand Anse, Paracas.")

# Per-article registry: quote style, credited staff and the page-noise lines below line 5.
REGISTRY = {
    "h88_ibero_panama_tijereta": {
        "curly": False,
        "staff": [
            "Eneida Goenaga-Ruddlesden",
            "Kaan Upcott-Aberdour"
        ],
        "noise": [
            "Related coverage: Panama steps up security around summit venues | Police seal off university district",
            "(Reporting by Abdiel Arosemena-Smallbone; additional reporting by Eneida Goenaga-Ruddlesden in Madrid; editing by Kaan Upcott-Aberdour)",
            "Related: FACTBOX-The Ibero-American summits since Guadalajara 1991 | Peru's Congress meets as crisis deepens | Spain's interior ministry says police have broken up an ETA cell",
            "Read next: Mexican peso steady ahead of December 1 inauguration | Caribbean braces for late-season storm",
            "(c) 2000 Tijereta Wire. All rights reserved. Republication or redistribution of Tijereta content is prohibited without prior written consent."
        ]
    },
    "h88_ibero_panama_balboa": {
        "curly": True,
        "staff": [],
        "noise": [
            "This site uses cookies to remember your preferences. By continuing to read you accept our cookie policy. | Accept | Learn more",
            "Photo: Flags of the member nations outside the summit venue on Friday. (Chronicle photo)",
            "Advertisement",
            "Comments (4)",
            "panachico: Twenty-one presidents and the only thing my street talked about was the traffic on Vía España.",
            "marisol_d: Good that the children got a declaration. Let us see what the budget says next year.",
            "tio_beto: The police did good work this time. I hope the courts do the same.",
            "lectora_colon: Nobody from the summit came to Colón. As usual.",
            "Get the Chronicle in your inbox every Wednesday. Sign up | Privacy policy | Unsubscribe at any time",
            "(c) 2000 The Balboa Chronicle, Panama City. All rights reserved."
        ]
    },
    "h88_oas_bridgetown_coralstone": {
        "curly": False,
        "staff": [],
        "noise": [
            "[Audio clip: 12 seconds of applause in the plenary hall]",
            "[END OF TRANSCRIPT]",
            "Listen again: Caribbean Evening Report is available on demand for seven days after broadcast.",
            "Listener messages (3)",
            "Sent by bajan_abroad: Proud of our little island this week. The roads around town were a nightmare though.",
            "Sent by stvincent_listener: Good programme. Please have the lecturer back when the convention comes to our parliaments.",
            "Sent by oistins_fisherman: Security means hurricanes too. Finally somebody said it out loud.",
            "Radio Coralstone, Bridgetown, Barbados. Transcripts are prepared from the broadcast and may contain errors. (c) 2002 Radio Coralstone."
        ]
    },
    "h88_oas_bridgetown_manchineel": {
        "curly": True,
        "staff": [],
        "noise": [
            "Subscribe to the Review for weekly analysis of security and law in the Americas. First month free.",
            "Frequently asked questions",
            "How often is the Review published? Every Friday, with occasional special editions.",
            "Can I republish an article? Only with written permission from the editors.",
            "How do I contact the author? Write to the editors and we will forward your message.",
            "The Manchineel Review is an independent newsletter on security and law in the Americas. (c) 2002 The Manchineel Review. All rights reserved."
        ]
    },
    "h88_oau_portlouis_pouce": {
        "curly": True,
        "staff": [],
        "noise": [
            "Photo caption: Motorcades pass the Place d’Armes on the opening day. (Evening Star archive)",
            "Letters to the Editor: write to the Evening Star, Port Louis, or leave a comment below.",
            "Reader comments on this archive article (3)",
            "rosehill_1958: My father drove one of the motorcade cars that week. He talked about it for the rest of his life.",
            "curepipe_reader: Strange to read this now. The whole island was proud and nervous at the same time.",
            "mahebourg_student: Useful for my history project, thank you for putting the archive online.",
            "More from Local: Sugar harvest begins early in the north | New bus shelters for Rose Hill | Port workers to vote on wage offer",
            "Pouce Evening Star digital archive. Pages from 1976 were scanned from the printed newspaper. (c) 1976 Pouce Evening Star, Port Louis."
        ]
    },
    "h88_oau_portlouis_casuarina": {
        "curly": False,
        "staff": [],
        "noise": [
            "Back issues of the Letter are available to subscribers on request from the London office.",
            "Read next in this issue: Rhodesia: the guerrilla war widens | Angola's first months in the OAU | Cocoa prices and the Ghanaian budget",
            "The Casuarina Letter is published every second Monday in London. Annual subscription by post only. (c) 1976 The Casuarina Letter."
        ]
    },
    "h88_oas_cochabamba_tunari": {
        "curly": True,
        "staff": [],
        "noise": [
            "Photo: Delegates leave the assembly venue after the opening session on Sunday. (Herald photo)",
            "Related: Cochabamba hotels full for the first time since the carnival | Road blockades lifted on the highway to Santa Cruz",
            "Comments (5)",
            "kochala_pride: The city looked beautiful this week. Shame the blockades started again the day after.",
            "andres_lp: Three days of speeches and the Rio Treaty is the only headline anyone will remember.",
            "vecina_cala_cala: Good to see the world come to Cochabamba instead of La Paz for once.",
            "expat_in_tiquipaya: The traffic on the main avenues was impossible. Worth it? Ask me next year.",
            "ruth_quillacollo: The charter is nice on paper. Let us see the budgets.",
            "Sign up for the Tunari Herald morning briefing. One email a day, no spam. | Subscribe",
            "(c) 2012 Tunari Herald, Cochabamba. All rights reserved. Terms of use | Privacy policy | Contact"
        ]
    },
    "h88_turkic_bodrum_gulet": {
        "curly": False,
        "staff": [],
        "noise": [
            "Listen to this article (4 min) | Text size A A A",
            "Sponsored: Early-bird rates for the Aegean Hospitality Forum in October. Book your stand now.",
            "Frequently asked questions about the Gulet Trade Review",
            "Who reads the Review? Hotel managers, tour operators, yacht charter firms and tourism officials across the Aegean.",
            "How do I advertise? Contact our sales team for our 2014 media kit.",
            "Can I submit a press release? Yes, send it to the news desk; we do not publish paid content as news.",
            "Comments (3)",
            "marmaris_charter: Good that somebody in Ankara remembers that tourism is a real industry.",
            "yalikavak_resident: Two days of closed roads in June. Next time choose a city in winter.",
            "tourguide_izmir: A Silk Road route would be a fine product. Put the hotels and the flights in place first.",
            "(c) 2014 Gulet Trade Review, Bodrum. All rights reserved. Republishing requires written permission."
        ]
    }
}

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace('\u0131', 'i').replace('\u00f8', 'o').replace('\u00d8', 'O')
    s = s.replace('\u00e6', 'ae').replace('\u00c6', 'AE').replace('\u00df', 'ss')
    s = s.replace('\u0142', 'l').replace('\u0141', 'L').replace('\u0111', 'd').replace('\u0110', 'D')
    s = s.replace('\u00f0', 'd').replace('\u00fe', 'th')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def tokens(s):
    s = fold(s)
    s = re.sub(r"['\u2019]s\b", ' s', s)
    s = re.sub(r"(?<=[a-z0-9])['\u2019](?=[a-z0-9])", '', s)
    return re.findall(r'[a-z0-9]+', s)


def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def parse_used():
    out = set()
    for item in USED_RAW.split(';'):
        item = item.strip()
        if not item:
            continue
        city, year = item.rsplit(' ', 1)
        out.add((' '.join(tokens(city)), year))
    return out


def parse_avoid():
    raw = AVOID_RAW.strip()
    if raw.endswith('.'):
        raw = raw[:-1]
    items, depth, cur = [], 0, ''
    for ch in raw:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            items.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        items.append(cur.strip())
    names = set()
    for it in items:
        m = re.match(r'^(.*?)\s*\((.*)\)$', it)
        if m:
            names.add(' '.join(tokens(m.group(1))))
            for alt in m.group(2).split(','):
                names.add(' '.join(tokens(alt)))
        else:
            names.add(' '.join(tokens(it)))
    return items, names


def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 88)]
    ids, slugs, prefixes, summits, opened = set(), set(), set(), [], []
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        opened.append(n)
        with open(p, encoding='utf-8') as f:
            d = json.load(f)
        arts = d['articles'] if isinstance(d, dict) and 'articles' in d else d
        for a in arts:
            ids.add(str(a.get('id')))
            s = a.get('summit')
            if isinstance(s, dict):
                summits.append((n, a.get('id'), s.get('organization'), s.get('city'), s.get('start_date')))
            for f_ in a.get('facts') or []:
                sa = f_.get('same_as')
                if isinstance(sa, str) and sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return opened, ids, slugs, prefixes, summits


def iso(s, where):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (where, s))
        return None


def check_keys(obj, keys, where):
    if not isinstance(obj, dict):
        err('%s: not an object' % where)
        return False
    if list(obj.keys()) != keys:
        err('%s: keys %s, expected %s' % (where, list(obj.keys()), keys))
        return False
    return True


def date_supported(d, text, pub):
    """True if date d can be read from the text: 'Month D' (also 'Month D1 to D2' and
    'Month D1 and D2'), its weekday within six days before publication, or a relative word."""
    mnames = [MONTHS[d.month - 1], MONTH_ABBR[d.month - 1]]
    for mn in mnames:
        if re.search(r'\b%s\.? %d\b' % (re.escape(mn), d.day), text):
            return True
        if re.search(r'\b%s\.? \d{1,2} (?:to|and|-) %d\b' % (re.escape(mn), d.day), text):
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], text):
        return True
    for w in REL_DAYS.get(delta, []):
        if re.search(r'\b%s\b' % w, text, flags=re.I):
            return True
    return False


def spans_straight(line):
    return re.findall(r'"([^"]*)"', line)


def spans_curly(line, where):
    out, cur, inside = [], '', False
    for ch in line:
        if ch == '\u201c':
            if inside:
                err('%s: nested opening curly mark in line %r' % (where, line[:60]))
                return out
            inside, cur = True, ''
        elif ch == '\u201d':
            if not inside:
                err('%s: closing curly mark without opening in line %r' % (where, line[:60]))
                return out
            inside = False
            out.append(cur)
        elif inside:
            cur += ch
    if inside:
        err('%s: unclosed curly mark in line %r' % (where, line[:60]))
    return out


CLOSERS = '"\u201d\u2019'


def sentence_bounded(line, s, e, is_head):
    if is_head:
        return s == 0 and e == len(line)
    pre = line[:s]
    ok_start = (s == 0 or re.search(r'[.?!][' + CLOSERS + r']? $', pre) is not None
                or re.match(r"^[A-Z][A-Z .'\u2019-]+: $", pre) is not None)
    ev = line[s:e]
    ok_end_char = re.search(r'[.?!][' + CLOSERS + r']?$', ev) is not None
    ok_end_pos = e == len(line) or line[e] == ' '
    return ok_start and ok_end_char and ok_end_pos


def run():
    used = parse_used()
    avoid_items, avoid_names = parse_avoid()
    if len(avoid_items) != 273 or len(used) != 429:
        err('embedded lists look truncated: %d avoided cities, %d used city-years' % (len(avoid_items), len(used)))
    opened, e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    if 'facts_gold.json' not in opened or len(opened) < 10:
        err('earlier gold files not found under %s (opened %d)' % (EARLIER, len(opened)))
    for i in e_ids:
        if i.startswith('h' + ROUND + '_'):
            err('earlier gold already has an id of round %s: %s' % (ROUND, i))

    with open(os.path.join(HERE, GOLD), encoding='utf-8') as f:
        gold = json.load(f)
    if not check_keys(gold, TOP_KEYS, 'top level'):
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text does not start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected a list of 8 articles')
        return

    files_here = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts if isinstance(a, dict)]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != files_here:
        err('article files %s do not match ids %s' % (files_here, ids))
    if set(ids) != set(REGISTRY):
        err('ids do not match the registry in check.py')

    per_summit = collections.defaultdict(list)
    slug_where = collections.defaultdict(list)
    prefix_of = {}
    top_noise = mid_noise = end_noise = comment_sections = 0
    totals = collections.Counter()

    for a in arts:
        aid = a.get('id', '?') if isinstance(a, dict) else '?'
        if not check_keys(a, ART_KEYS, aid):
            continue
        reg = REGISTRY.get(aid)
        if reg is None:
            continue
        m = re.match(r'^h' + ROUND + r'_([a-z]+)_([a-z]+)_([a-z]+)$', aid)
        if not m:
            err('%s: id not of the form h%s_<org>_<city>_<outlet>' % (aid, ROUND))
            continue
        if a['split'] != SPLIT:
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/' + aid + '.txt':
            err('%s: file %r' % (aid, a['file']))
        if aid in e_ids:
            err('%s: id already used in earlier gold' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt also exists in articles/ (expected only after the move)' % aid)
        text = open(path, encoding='utf-8').read()
        lines = text.rstrip('\n').split('\n')
        where = aid

        # --- summit
        s = a['summit']
        if check_keys(s, SUMMIT_KEYS, aid + ' summit'):
            org, city, country = s['organization'], s['city'], s['country']
            if org not in ALLOWED_ORGS:
                err('%s: organisation %r not among the bodies the brief allows' % (aid, org))
            if ORG_ID.get(org) != m.group(1):
                err('%s: id org part %r does not match %r' % (aid, m.group(1), org))
            if CITY_ID.get(city) != m.group(2):
                err('%s: id city part %r does not match %r' % (aid, m.group(2), city))
            sd, ed = iso(s['start_date'], aid), iso(s['end_date'], aid)
            pub = iso(a['published_at'], aid)
            if sd and ed:
                if sd > ed:
                    err('%s: start after end' % aid)
                if (ed - sd).days > 6:
                    err('%s: summit longer than a week' % aid)
                if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                    err('%s: published_at outside start..end+21 days' % aid)
            ckey = ' '.join(tokens(city))
            if ckey in avoid_names:
                err('%s: city %s is on the brief\'s avoid list' % (aid, city))
            if sd and (ckey, str(sd.year)) in used:
                err('%s: %s %d is on the used list' % (aid, city, sd.year))
            for n, eid, eorg, ecity, estart in e_summits:
                if ecity and ' '.join(tokens(ecity)) == ckey and estart and sd and str(estart)[:4] == str(sd.year):
                    err('%s: %s %d already used by %s in %s' % (aid, city, sd.year, eid, n))
                if eorg == org and estart == s['start_date'] and ecity and ' '.join(tokens(ecity)) == ckey:
                    err('%s: same summit as %s in %s' % (aid, eid, n))
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or not set(tf) <= set(FIELDS):
                err('%s: bad text_fields %r' % (aid, tf))
            elif tf != [x for x in FIELDS if x in tf]:
                err('%s: text_fields not in canonical order' % aid)
            per_summit[(org, city, s['start_date'])].append(a)
        else:
            continue

        # --- layout and header
        if len(lines) < 8:
            err('%s: too few lines' % aid)
            continue
        if lines[0] != a['title']:
            err('%s: title differs from the headline line' % aid)
        if lines[4] != '':
            err('%s: fifth line not blank' % aid)
        outlet_line = lines[1]
        wd_found = [w for w in WEEKDAYS if re.search(r'\b%s\b' % w, outlet_line)]
        if pub:
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet_line or wd_found != [WEEKDAYS[pub.weekday()]]:
                err('%s: outlet line does not carry %r (and no other weekday)' % (aid, want))
        outlet = outlet_line.split('|')[0].strip()
        byline = lines[2]
        if not (byline.startswith('By ') or byline.startswith('Presented by ')):
            err('%s: byline not found on line 3' % aid)
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors missing' % aid)
        for au in a['authors']:
            if au not in byline:
                err('%s: author %r not in byline' % (aid, au))

        # --- noise and body
        noise_idx = {1, 2, 3}
        reg_noise = list(reg['noise'])
        for nl in reg_noise:
            hits = [i for i, l in enumerate(lines) if l == nl and i >= 5]
            if not hits:
                err('%s: registered noise line not found: %r' % (aid, nl[:50]))
            noise_idx.update(hits)
        body_idx = [i for i in range(5, len(lines)) if i not in noise_idx and lines[i].strip()]
        if not body_idx:
            err('%s: empty body' % aid)
            continue
        noise_lines = [lines[i] for i in sorted(noise_idx)]
        first_body, last_body = body_idx[0], body_idx[-1]
        after = [i for i in noise_idx if i > last_body]
        middle = [i for i in noise_idx if first_body < i < last_body]
        before = [i for i in noise_idx if 4 < i < first_body]
        if not after:
            err('%s: no page noise after the body' % aid)
        if len(reg_noise) < 3:
            err('%s: fewer than three noise lines below the header' % aid)
        top_noise += bool(before)
        mid_noise += bool(middle)
        end_noise += bool(after)
        clines = [l for l in noise_lines if re.match(r'^(Sent by )?[a-z0-9_]+: \S', l)]
        if len(clines) >= 3:
            comment_sections += 1
        body_text = '\n'.join(lines[i] for i in body_idx)
        head_body = lines[0] + '\n' + body_text
        nwords = len(body_text.split())
        fwords = len(text.split())
        totals['body_words'] += nwords
        if not 420 <= nwords <= 600:
            err('%s: %d words of body (420-600 required)' % (aid, nwords))
        if fwords > 800:
            err('%s: %d words in the whole file (at most 800)' % (aid, fwords))
        for st in reg['staff']:
            if not any(st in l for l in noise_lines):
                err('%s: credited staff %r not in the page noise' % (aid, st))
            if st in body_text:
                err('%s: credited staff %r in the body' % (aid, st))
        # no double marks in headline or noise
        for l in [lines[0]] + noise_lines:
            if re.search('["\u201c\u201d]', l):
                err('%s: double quotation mark in headline or page noise: %r' % (aid, l[:60]))

        # --- quote style
        if reg['curly']:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
        else:
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly mark in a straight article' % aid)
            for l in lines:
                if l.count('"') % 2:
                    err('%s: odd number of double marks on a line: %r' % (aid, l[:60]))

        # --- quoted spans of the body vs quotes + not_quotes
        spans = []
        for i in body_idx:
            spans += spans_curly(lines[i], aid) if reg['curly'] else spans_straight(lines[i])
        ann = [q.get('text') for q in a['quotes'] if isinstance(q, dict)] + list(a['not_quotes'])
        if collections.Counter(spans) != collections.Counter(ann):
            err('%s: quoted spans of the body and quotes+not_quotes differ: %s' % (
                aid, list(((collections.Counter(spans) - collections.Counter(ann)) + (collections.Counter(ann) - collections.Counter(spans))).elements())[:3]))
        op, cl = ('\u201c', '\u201d') if reg['curly'] else ('"', '"')

        # --- participants
        pkeys = []
        for j, p in enumerate(a['participants']):
            w = '%s participant %d' % (aid, j)
            if not check_keys(p, PART_KEYS, w):
                continue
            k = p['key']
            if not re.match(r'^person:[a-z0-9]+(-[a-z0-9]+)+$', k) and not re.match(r'^person:[a-z0-9]+$', k):
                err('%s: bad key %r' % (w, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            toks = k.split(':', 1)[1].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: key %s starts with a title word' % (w, k))
            if not has_seq(tokens(head_body), toks):
                err('%s: name of %s not found in headline or body' % (w, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip() or v != v.strip():
                    err('%s: empty or padded %s' % (w, fld))
                elif reg['curly'] and "'" in v:
                    err('%s: straight apostrophe in %s of a curly article' % (w, fld))
                elif not reg['curly'] and '\u2019' in v:
                    err('%s: curly apostrophe in %s of a straight article' % (w, fld))
            for au in a['authors'] + reg['staff']:
                if tokens(au) == toks:
                    err('%s: author or credited staff %r listed as participant' % (aid, au))
            for nl in noise_lines:
                nt = tokens(nl)
                for t in toks:
                    if len(t) >= 4 and t in nt:
                        err('%s: participant name token %r of %s in page noise: %r' % (aid, t, k, nl[:60]))
        totals['participants'] += len(pkeys)

        # --- quotes
        last_pos = -1
        for j, q in enumerate(a['quotes']):
            w = '%s quote %d' % (aid, j)
            if not check_keys(q, QUOTE_KEYS, w):
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: kind %r' % (w, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.match(r'^org:[a-z0-9]+(-[a-z0-9]+)*$', sk)):
                err('%s: speaker %r is neither a participant nor an org key' % (w, sk))
            marked = op + q['text'] + cl
            pos = text.find(marked, last_pos + 1)
            if pos < 0:
                err('%s: quote with its marks not found after the previous quote: %r' % (w, q['text'][:50]))
            else:
                last_pos = pos
            for nl in noise_lines:
                if q['text'] in nl:
                    err('%s: quote text in page noise' % w)
            if not any(marked in ev for f_ in a['facts'] if isinstance(f_, dict)
                       for ev in (f_.get('evidence') or [])):
                err('%s: quote not inside any fact evidence' % w)
            totals['quotes_' + q['kind']] += 1
        totals['not_quotes'] += len(a['not_quotes'])

        # --- facts
        slugs_here = set()
        prefixes_here = set()
        for j, f_ in enumerate(a['facts']):
            w = '%s fact %d' % (aid, j)
            if not check_keys(f_, FACT_KEYS, w):
                continue
            if not isinstance(f_['statement'], str) or not f_['statement'].strip():
                err('%s: empty statement' % w)
            kinds = f_['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) \
                    or not set(kinds) <= FACT_KINDS:
                err('%s: bad kind %r' % (w, kinds))
            sa = f_['same_as']
            if not isinstance(sa, str) or not re.match(r'^[a-z0-9]+-[a-z0-9]+$', sa):
                err('%s: bad same_as %r' % (w, sa))
                continue
            if sa in slugs_here:
                err('%s: slug %s repeated in the article' % (w, sa))
            slugs_here.add(sa)
            prefixes_here.add(sa.split('-')[0])
            if sa in e_slugs:
                err('%s: slug %s used in earlier gold' % (w, sa))
            slug_where[sa].append((aid, tuple(sorted(kinds)) if isinstance(kinds, list) else ()))
            evs = f_['evidence']
            if not isinstance(evs, list) or not evs:
                err('%s: no evidence' % w)
                continue
            for ev in evs:
                if not isinstance(ev, str) or ev != ev.strip() or not ev:
                    err('%s: evidence empty or with outer spaces: %r' % (w, ev))
                    continue
                ok = False
                for i in [0] + body_idx:
                    line = lines[i]
                    st = line.find(ev)
                    while st >= 0:
                        if sentence_bounded(line, st, st + len(ev), i == 0):
                            ok = True
                            break
                        st = line.find(ev, st + 1)
                    if ok:
                        break
                if not ok:
                    err('%s: evidence not a sentence-bounded span of headline or body: %r' % (w, ev[:70]))
                for nl in noise_lines:
                    if ev in nl:
                        err('%s: evidence found in page noise' % w)
            totals['facts'] += 1
            for k_ in kinds:
                totals['kind_' + k_] += 1
        if len(prefixes_here) != 1:
            err('%s: %d same_as prefixes (one expected): %s' % (aid, len(prefixes_here), sorted(prefixes_here)))
        else:
            pfx = prefixes_here.pop()
            if sd and not pfx.endswith('%02d' % (sd.year % 100)):
                err('%s: prefix %s does not end in the two digits of the year' % (aid, pfx))
            if pfx in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pfx))
            prefix_of[aid] = pfx

        # --- text_fields recoverable
        if isinstance(s.get('text_fields'), list):
            htoks = tokens(head_body)
            for fld in s['text_fields']:
                if fld == 'organization':
                    if not any(has_seq(htoks, tokens(nm)) for nm in ALLOWED_ORGS.get(s['organization'], [])):
                        err('%s: organisation not named in headline or body' % aid)
                elif fld in ('city', 'country'):
                    if not has_seq(htoks, tokens(s[fld])):
                        err('%s: %s %r not found in headline or body' % (aid, fld, s[fld]))
                else:
                    d = sd if fld == 'start_date' else ed
                    if d and pub and not date_supported(d, head_body, pub):
                        err('%s: %s %s not supported by the text' % (aid, fld, d))
        a['_outlet'] = outlet
        print('%-34s quotes %d, not_quotes %d, participants %d, facts %d, body words %d, file words %d'
              % (aid, len(a['quotes']), len(a['not_quotes']), len(pkeys), len(a['facts']), nwords, fwords))

    # --- set shape
    if len(per_summit) != 5:
        err('expected 5 summits, found %d' % len(per_summit))
    sizes = sorted(len(v) for v in per_summit.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected three pairs and two singles, found sizes %s' % sizes)
    orgs = collections.Counter(k[0] for k in per_summit)
    if orgs and max(orgs.values()) > 2:
        err('more than two summits of one body: %s' % dict(orgs))
    if len(orgs) < 4:
        err('fewer than four bodies')
    pair_of = {}
    summit_prefix = {}
    for key, group in per_summit.items():
        pf = {prefix_of.get(x['id']) for x in group}
        if len(pf) != 1:
            err('summit %s: articles use different prefixes %s' % (key, pf))
        for p_ in pf:
            if p_ in summit_prefix.values():
                err('prefix %s used by two summits' % p_)
        summit_prefix[key] = next(iter(pf))
        if len(group) == 2:
            x, y = group
            if x['_outlet'] == y['_outlet']:
                err('pair %s from one outlet' % (key,))
            sx = {k: v for k, v in x['summit'].items() if k != 'text_fields'}
            sy = {k: v for k, v in y['summit'].items() if k != 'text_fields'}
            if sx != sy:
                err('pair %s disagrees on summit data' % (key,))
            pair_of[x['id']] = y['id']
            pair_of[y['id']] = x['id']
    shared = collections.Counter()
    for sa, occ in slug_where.items():
        ids_ = [o[0] for o in occ]
        if len(ids_) > 2:
            err('slug %s in more than two articles' % sa)
        elif len(ids_) == 2:
            if pair_of.get(ids_[0]) != ids_[1]:
                err('slug %s shared by articles that are not a pair: %s' % (sa, ids_))
            if occ[0][1] != occ[1][1]:
                err('slug %s has different kinds in the pair' % sa)
            shared[tuple(sorted(ids_))] += 1
    for x, y in {tuple(sorted(p)) for p in pair_of.items()}:
        if shared[(x, y)] < 5:
            err('pair %s/%s shares only %d slugs' % (x, y, shared[(x, y)]))
        else:
            print('pair %s / %s shares %d slugs' % (x, y, shared[(x, y)]))
    if top_noise < 1 or mid_noise < 3 or end_noise < 8:
        err('page noise not varied enough: top %d, middle %d, end %d' % (top_noise, mid_noise, end_noise))
    if comment_sections < 3:
        err('fewer than three articles with a section of several reader comments')
    print('totals: %s; noise at top %d, middle %d, end %d; comment sections %d; earlier gold files %d'
          % (dict(sorted(totals.items())), top_noise, mid_noise, end_noise, comment_sections, len(opened)))


def main():
    try:
        run()
    except Exception:
        err('checker crashed:\n' + traceback.format_exc())
    if errors:
        for e in errors:
            print('ERROR: ' + e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout88 passes')
    sys.exit(0)


if __name__ == '__main__':
    main()
