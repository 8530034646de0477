#!/usr/bin/env python3
"""Checker for the held-out set heldout97 (written by the independent annotator).

Run: python3 /work/main/tests/gold/pending/heldout97/check.py
Exits 1 on any error (a crash counts as an error), 0 when every check passes.
Set H97_EARLIER to the folder holding the earlier gold files when running on a copy.
"""
import datetime
import json
import os
import re
import sys
import traceback
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H97_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ABOUT_START = ('Held-out set round 97 (split=heldout97), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

USED_CITY_YEARS = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Alexandria 1964; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Amsterdam 1997; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2017; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Basseterre 2006; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belgrade 1961; Belén 2015; Bento Gonçalves 2019; Berlin 1999; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bodrum 2014; Bogor 1994; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Bridgetown 2002; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Bujumbura 2023; Burabay 2015; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 1995; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Casablanca 1989; Cebu 2007; Chaguaramas 1973; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cochabamba 2012; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Corfu 1994; Cotonou 1995; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dorado 1976; Dublin 1990; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Essen 1994; Evian 2003; Fez 1982; Florence 1996; Florianópolis 2000; Fontainebleau 1984; Fort Lauderdale 2005; Fortaleza 2014; Freetown 1980; Funafuti 2019; Gabala 2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Grand Anse 1989; Grand Baie 2004; Guadalajara 1991; Gyeongju 2025; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Inshas 1946; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2022; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2005; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown 2024; Kinshasa 1967; Kinshasa 2009; Kinshasa 2012; Kiruna 2013; Koror 2014; Kraków 2021; Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lagos 1975; Lahore 1974; Las Leñas 1992; Libreville 1983; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Livingstone 2011; Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Luxembourg 1997; Lyon 1996; Maastricht 1991; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mar del Plata 2010; Maseru 2006; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 1985; Milan 2014; Minsk 1993; Mogadishu 1974; Moncton 1999; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Munich 1992; Muscat 2008; N'Djamena 2014; Nadi 2006; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Naples 1994; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nice 2000; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2007; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Ocho Rios 1982; Osaka 1995; Osaka 2019; Oslo 2023; Ottawa 1973; Ouagadougou 1998; Ouro Preto 1994; Panama City 2000; Panama City 2015; Paracas 2015; Paramaribo 2022; Paranal 2012; Paraná 2014; Paris 2008; Pattaya 2009; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Pohnpei 2016; Porlamar 2016; Port Louis 1976; Port Moresby 2015; Port Moresby 2018; Port Vila 2010; Port of Spain 2009; Port of Spain 2023; Porto 1998; Potrero de los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rabat 1969; Rambouillet 1975; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2023; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Salamanca 2005; Samara 2007; Samarkand 2022; San Francisco 2023; San Juan 2010; San Miguel de Tucumán 2008; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Shusha 2024; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St John's 2014; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 1997; Strasbourg 2009; Subic Bay 1996; Suva 2022; Sydney 2007; São Tomé 2023; Tampere 1999; Taormina 2017; Tarawa 2000; Tashkent 2016; Tegucigalpa 1991; Tehran 2012; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 1988; Toronto 2010; Toyako 2008; Tripoli 2010; Trujillo 1996; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Venice 1980; Veracruz 2014; Versailles 1982; Victoria Falls 2009; Vienna 1993; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Viskuli 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Williamsburg 1983; Wilmington 2024; Windhoek 2018; Windsor 2000; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; Yaoundé 1996; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID_CITIES = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto Carras, Halkidiki), San Juan, Mbabane, Minsk, Paranal, São Tomé, Tegucigalpa, Ljubljana, Seville, Kingston, Pattaya, Rabat, Lagos, Williamsburg, Fez, Kyiv, Bangalore, Grand Baie, Guadalajara, Yaoundé, Fort Lauderdale, Gabala, Cotonou, Maastricht, Potrero de los Funes, Subic Bay, Kroměříž, Yalta, Chaguaramas, Ocho Rios, Punta Mita, Libreville, Praia, Naples, Venice, Koror, Inshas, Ottawa, Corfu, Windsor, Amsterdam, Tucumán, Munich, Berlin, Milan, Las Leñas, Nuku'alofa, Jeddah, Kinshasa, Grand Anse, Paracas, Panama City, Bridgetown, Port Louis, Cochabamba, Bodrum, Kazan, Gyeongju, Tarawa, Apia, Basseterre, Versailles, Nice, Fontainebleau, Toronto, Florianópolis, Luxembourg, Tampere, Salamanca, Paraná, Maseru, Alexandria, Freetown, Bujumbura, Burabay, Mogadishu, Belgrade, Essen, Vienna, Dublin, Trujillo, Dorado, Port Vila, Paramaribo, Nadi, St John's, Viskuli, Rio de Janeiro, Livingstone, Mar del Plata, Shusha, Rambouillet, Florence, Strasbourg, Cannes, Porlamar."

ALLOWED_BODIES = {'org:arab-league', 'org:african-union', 'org:oau', 'org:ecowas', 'org:sadc', 'org:eac',
                  'org:igad', 'org:commonwealth', 'org:francophonie', 'org:oic', 'org:gcc', 'org:saarc',
                  'org:bimstec', 'org:asean', 'org:pif'}
BODY_SLUG = {'org:pif': 'pif', 'org:commonwealth': 'commonwealth', 'org:francophonie': 'francophonie',
             'org:oic': 'oic'}
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = FIELDS + ['text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TITLE_WORDS = {'sir', 'king', 'queen', 'prince', 'president', 'prime', 'minister', 'premier', 'ratu',
               'dr', 'mr', 'mrs', 'ms', 'chief', 'general', 'sheikh', 'haji', 'secretary', 'chancellor'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']

# Per-article registration: outlet (first field of the outlet line), quote style, org names that
# support text_fields 'organization', the phrase supporting each listed date, the page-noise lines
# (by their opening characters), the comment lines among them, and credited staff.
REG = {'h97_pif_madang_kunai': {'outlet': 'Kunai Pacific Wire',
                          'curly': False,
                          'org_names': ['South Pacific Forum', 'Pacific Islands Forum'],
                          'dates': {'start_date': 'opened on Wednesday', 'end_date': 'on Thursday'},
                          'noise': ['Kunai Pacific Wire | Regional',
                                    'By Gima Pokana-Stavely',
                                    'UPDATE 1-Adds',
                                    '(For a FACTBOX',
                                    '(Reporting by',
                                    'Related: French police',
                                    'Kunai Pacific Wire. (c)'],
                          'comments': [],
                          'staff': ['Kopi Siune-Ashenhurst']},
 'h97_pif_madang_kawakawa': {'outlet': 'Kawakawa Weekly',
                             'curly': True,
                             'org_names': ['South Pacific Forum', 'Pacific Islands Forum'],
                             'dates': {'start_date': 'Madang on Wednesday', 'end_date': 'rose on Thursday'},
                             'noise': ['Kawakawa Weekly | Northland',
                                       'By Hinewai Tautari-Mardle',
                                       'Home | Northland',
                                       '[Photo caption:',
                                       'Advertisement',
                                       'Letters: Write',
                                       'Reader comments (3)',
                                       'Kiri_H:',
                                       'WhangareiRon:',
                                       'Marlene P.:',
                                       'Related: Opua',
                                       'Kawakawa Weekly is published'],
                             'comments': ['Kiri_H:', 'WhangareiRon:', 'Marlene P.:'],
                             'staff': []},
 'h97_commonwealth_sydney_ironbark': {'outlet': 'Ironbark Radio Network',
                                      'curly': False,
                                      'org_names': ['Commonwealth'],
                                      'dates': {'start_date': 'in Sydney today'},
                                      'noise': ['Ironbark Radio Network | The Evening',
                                                'Presented by',
                                                'Transcript. Prepared',
                                                '[END OF TRANSCRIPT]',
                                                'Coming up after',
                                                'Ironbark Radio Network (c)'],
                                      'comments': [],
                                      'staff': []},
 'h97_commonwealth_sydney_waratah': {'outlet': 'The Waratah Review',
                                     'curly': True,
                                     'org_names': ['Commonwealth'],
                                     'dates': {'start_date': 'from February 13 to 16',
                                               'end_date': 'from February 13 to 16'},
                                     'noise': ['This archive uses cookies',
                                               'The Waratah Review | Analysis',
                                               'By Lucinda Kovacs-Heppell',
                                               'From the archive: this article',
                                               '[Image:',
                                               'Readers’ memories (3)',
                                               'Posted by gwen_from_glebe:',
                                               'Posted by RetiredSapper:',
                                               'Posted by M. Dunstan:',
                                               'Also in the archive:',
                                               'The Waratah Review archive.'],
                                     'comments': ['Posted by gwen_from_glebe:',
                                                  'Posted by RetiredSapper:',
                                                  'Posted by M. Dunstan:'],
                                     'staff': []},
 'h97_francophonie_villerscotterets_boreal': {'outlet': 'The Boreal Voice',
                                              'curly': True,
                                              'org_names': ['Organisation internationale de la Francophonie',
                                                            'Francophonie'],
                                              'dates': {'start_date': 'gathered on Friday',
                                                        'end_date': 'moved on Saturday'},
                                              'noise': ['Menu | Sudbury',
                                                        'The Boreal Voice | World',
                                                        'By Manon Lacelle-Greatorex',
                                                        'Listen to this article',
                                                        'Read more:',
                                                        '[Newsletter]',
                                                        'Comments (4)',
                                                        'FrancoNord:',
                                                        'Jean-Guy L.:',
                                                        'sudburysteph:',
                                                        'M. Beaulieu:',
                                                        'Comments are moderated.',
                                                        'The Boreal Voice, Sudbury, Ontario'],
                                              'comments': ['FrancoNord:',
                                                           'Jean-Guy L.:',
                                                           'sudburysteph:',
                                                           'M. Beaulieu:'],
                                              'staff': []},
 'h97_francophonie_villerscotterets_matonge': {'outlet': 'Matonge Dispatch',
                                               'curly': False,
                                               'org_names': ['Organisation internationale de la Francophonie',
                                                             'Francophonie'],
                                               'dates': {'start_date': 'on October 4 and 5',
                                                         'end_date': 'on October 4 and 5'},
                                               'noise': ['We use cookies',
                                                         'Matonge Dispatch | Congo',
                                                         'By Bienvenu Nsimba-Ingleby',
                                                         'Brussels | 5 min read',
                                                         'SEE ALSO:',
                                                         'Comments (3)',
                                                         'Kasa_B:',
                                                         'ngoma1960:',
                                                         'Lisette M.:',
                                                         'Matonge Dispatch is an independent'],
                                               'comments': ['Kasa_B:', 'ngoma1960:', 'Lisette M.:'],
                                               'staff': []},
 'h97_oic_taif_tamarisk': {'outlet': 'The Tamarisk Weekly',
                           'curly': False,
                           'org_names': ['Organisation of the Islamic Conference', 'Islamic Conference'],
                           'dates': {'start_date': 'from January 25 to 28',
                                     'end_date': 'from January 25 to 28'},
                           'noise': ['The Tamarisk Weekly | World',
                                     'By Farrukh Siddiqui-Nettleship',
                                     'Home | Pakistan',
                                     'ADVERTISEMENT',
                                     'Newsletter: Receive',
                                     'Frequently asked:',
                                     'Related: Pakistan',
                                     'The Tamarisk Weekly, Karachi.'],
                           'comments': [],
                           'staff': []},
 'h97_pif_wellington_breadfruit': {'outlet': 'The Breadfruit Gazette',
                                   'curly': True,
                                   'org_names': ['South Pacific Forum', 'Pacific Islands Forum'],
                                   'dates': {'start_date': 'opened in Wellington on Thursday',
                                             'end_date': 'ended on Saturday'},
                                   'noise': ['The Breadfruit Gazette | Suva',
                                             'By Vilimaina Kubuabola-Ashbrook',
                                             'News | Nation',
                                             '[Photograph:',
                                             'ADVERTISEMENT',
                                             'Shipping Notices:',
                                             'From the archive: Frequently',
                                             'The Breadfruit Gazette, Suva.'],
                                   'comments': [],
                                   'staff': []}}

PAIRS = [('h97_pif_madang_kawakawa', 'h97_pif_madang_kunai'), ('h97_commonwealth_sydney_ironbark', 'h97_commonwealth_sydney_waratah'), ('h97_francophonie_villerscotterets_boreal', 'h97_francophonie_villerscotterets_matonge')]
SINGLES = ['h97_oic_taif_tamarisk', 'h97_pif_wellington_breadfruit']

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace('\u2019', '').replace("'", '')
    return re.sub(r'[^a-z0-9]+', ' ', s).split()


def contains_tokens(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def parse_date(s, what):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except (ValueError, TypeError):
        err('%s: not an existing ISO date: %r' % (what, s))
        return None


def resolve_phrase(phrase, field, summit_year, pub):
    """Dates a support phrase can stand for (a set), or None if it cannot be read."""
    out = set()
    m = re.search(r'(%s) (\d{1,2})(?: (?:to|and) (\d{1,2}))?' % '|'.join(MONTHS), phrase)
    if m:
        mon = MONTHS.index(m.group(1)) + 1
        d1 = datetime.date(summit_year, mon, int(m.group(2)))
        d2 = datetime.date(summit_year, mon, int(m.group(3))) if m.group(3) else d1
        out.add(d1 if field == 'start_date' else d2)
        return out
    for i, wd in enumerate(WEEKDAYS):
        if re.search(r'\b%s\b' % wd, phrase):
            for back in range(0, 7):
                d = pub - datetime.timedelta(days=back)
                if d.weekday() == i:
                    out.add(d)
            return out
    if re.search(r'\btoday\b|\bthis (morning|afternoon|evening)\b|\btonight\b', phrase):
        return {pub}
    if re.search(r'\byesterday\b|\blast night\b', phrase):
        return {pub - datetime.timedelta(days=1)}
    return None


def sentence_bounded(text, ev, idx):
    before = text[:idx]
    prefix = before[before.rfind('\n') + 1:]
    ok_start = (prefix == '' or re.search(r'[.?!][\u201d"]? $', prefix) is not None
                or re.fullmatch(r"[A-Z][A-Z .'\u2019-]+: ", prefix) is not None)
    after = text[idx + len(ev):idx + len(ev) + 1]
    last = ev[-1]
    ends_ok = last in '.?!' or (last in '\u201d"' and len(ev) > 1 and ev[-2] in '.?!,')
    return ok_start and ends_ok and after in ('', '\n', ' ')


def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 97)]
    count = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        count += 1
        with open(p, encoding='utf-8') as f:
            d = json.load(f)
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                summits.add((s.get('organization'), ' '.join(fold(s['city'])), str(s['start_date'])[:4],
                             s.get('start_date')))
            for fct in a.get('facts', []) or []:
                sl = fct.get('same_as')
                if isinstance(sl, str) and sl:
                    slugs.add(sl)
                    prefixes.add(sl.split('-')[0])
    return count, ids, slugs, prefixes, summits


def main():
    gold_path = os.path.join(HERE, 'heldout97_gold.json')
    with open(gold_path, encoding='utf-8') as f:
        raw = f.read()
    d = json.loads(raw)
    if list(d.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles: %r' % list(d.keys()))
    if not isinstance(d.get('about'), str) or not d['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = d.get('articles')
    if not isinstance(arts, list) or len(arts) != 8:
        err('there must be 8 articles')
        return
    n_earlier, e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    if n_earlier < 50:
        err('earlier gold files not found (only %d opened under %s)' % (n_earlier, EARLIER))
    if any(i and str(i).startswith('h97_') for i in e_ids):
        err('the h97 prefix is already used in earlier gold')
    used = set()
    for item in USED_CITY_YEARS.split(';'):
        item = item.strip()
        m = re.fullmatch(r'(.+) (\d{4})', item)
        if m:
            used.add((' '.join(fold(m.group(1))), m.group(2)))
    avoid = set()
    for c in AVOID_CITIES.rstrip('.').split(', '):
        c = c.strip()
        m = re.fullmatch(r'(.+?) \((.+)\)', c)
        if m:
            avoid.add(' '.join(fold(m.group(1))))
            for part in m.group(2).split(','):
                avoid.add(' '.join(fold(part)))
        else:
            avoid.add(' '.join(fold(c)))

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != txt_files:
        err('article files and entries do not match: files %r, ids %r' % (txt_files, ids))
    if set(ids) != set(REG):
        err('ids not registered in check.py: %r' % sorted(set(ids) ^ set(REG)))

    slug_arts = {}
    slug_kinds = {}
    summit_of = {}
    outlet_of = {}
    totals = dict(quotes=0, direct=0, partial=0, not_quotes=0, participants=0, facts=0)
    kind_count = {}
    mid_noise_articles = 0
    comment_articles = 0
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ARTICLE_KEYS:
            err('%s: article keys/order wrong: %r' % (aid, list(a.keys())))
            continue
        reg = REG.get(aid)
        if reg is None:
            continue
        if not re.fullmatch(r'h97_[a-z]+_[a-z]+_[a-z]+', aid):
            err('%s: id not of the form h97_<body>_<city>_<outlet>' % aid)
        if aid in e_ids:
            err('%s: id already used in earlier gold' % aid)
        if a['split'] != 'heldout97':
            err('%s: split must be heldout97' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/%s.txt' % (aid, aid))
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err('%s: article file missing' % aid)
            continue
        with open(path, encoding='utf-8') as f:
            text = f.read()
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s already exists in tests/gold/articles (fine after the move)' % aid)
        lines = text.split('\n')
        # ---- style
        if reg['curly']:
            if '"' in text or "'" in text:
                err('%s: straight marks in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
            for ln in lines:
                state = False
                for ch in ln:
                    if ch == '\u201c':
                        if state:
                            err('%s: nested curly double mark in line %r' % (aid, ln[:50]))
                        state = True
                    elif ch == '\u201d':
                        if not state:
                            err('%s: unopened curly double mark in line %r' % (aid, ln[:50]))
                        state = False
                if state:
                    err('%s: unclosed curly double mark in line %r' % (aid, ln[:50]))
            open_m, close_m = '\u201c', '\u201d'
        else:
            if any(c in text for c in '\u201c\u201d\u2018\u2019'):
                err('%s: curly marks in a straight article' % aid)
            for ln in lines:
                if ln.count('"') % 2:
                    err('%s: odd number of straight double marks in line %r' % (aid, ln[:50]))
            open_m = close_m = '"'
        # ---- title and noise
        title = a['title']
        if not isinstance(title, str) or title not in lines:
            err('%s: title is not a line of the article' % aid)
            continue
        t_idx = lines.index(title)
        if lines.count(title) != 1:
            err('%s: title line occurs more than once' % aid)
        if any(c in title for c in '"\u201c\u201d'):
            err('%s: double mark in headline' % aid)
        noise_idx = set()
        for p in reg['noise']:
            hits = [i for i, ln in enumerate(lines) if ln.startswith(p)]
            if len(hits) != 1:
                err('%s: noise prefix %r matches %d lines' % (aid, p, len(hits)))
            noise_idx.update(hits)
        if t_idx in noise_idx:
            err('%s: title registered as noise' % aid)
        body_idx = [i for i, ln in enumerate(lines) if ln.strip() and i != t_idx and i not in noise_idx]
        if not body_idx:
            err('%s: empty body' % aid)
            continue
        top = [i for i in noise_idx if i < body_idx[0]]
        mid = [i for i in noise_idx if body_idx[0] < i < body_idx[-1]]
        end = [i for i in noise_idx if i > body_idx[-1]]
        if not top or not end:
            err('%s: page noise must appear at the top and at the end' % aid)
        if mid:
            mid_noise_articles += 1
        if len(noise_idx) < 5:
            err('%s: too little page noise (%d lines)' % (aid, len(noise_idx)))
        comments = [i for i in noise_idx if any(lines[i].startswith(c) for c in reg['comments'])]
        if reg['comments']:
            if len(comments) != len(reg['comments']) or len(comments) < 3:
                err('%s: comment section needs at least 3 registered comments' % aid)
            comment_articles += 1
        # outlet line: the first noise line containing the outlet name followed by ' | '
        outlet_lines = [lines[i] for i in sorted(noise_idx) if lines[i].startswith(reg['outlet'] + ' | ')]
        if len(outlet_lines) != 1:
            err('%s: expected one outlet line starting with %r' % (aid, reg['outlet']))
        pub = parse_date(a['published_at'], aid + ' published_at')
        if outlet_lines and pub:
            ol = outlet_lines[0]
            want = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in ol:
                err('%s: outlet line lacks %r' % (aid, want))
            if sum(ol.count(w) for w in WEEKDAYS) != 1:
                err('%s: outlet line names another weekday' % aid)
        noise_text = '\n'.join(lines[i] for i in sorted(noise_idx))
        if any(c in noise_text for c in '"\u201c\u201d'):
            err('%s: double quotation mark in page noise' % aid)
        body_text = '\n'.join(lines[i] for i in body_idx)
        words = len(body_text.split())
        if not 420 <= words <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, words))
        if len(text.split()) > 760:
            err('%s: file has %d words (at most 760)' % (aid, len(text.split())))
        # authors and staff
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors must be a non-empty list' % aid)
        top_text = '\n'.join(lines[i] for i in top)
        for au in a['authors']:
            if au not in top_text:
                err('%s: author %r not in the byline' % (aid, au))
        for st in reg['staff']:
            if st not in noise_text:
                err('%s: credited staff %r not in the page noise' % (aid, st))
        # ---- summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys/order wrong' % aid)
            continue
        org = s['organization']
        if org not in ALLOWED_BODIES:
            err('%s: organisation %r not allowed' % (aid, org))
        if aid.split('_')[1] != BODY_SLUG.get(org):
            err('%s: id body part does not match %s' % (aid, org))
        city_f = ' '.join(fold(s['city']))
        if aid.split('_')[2] != city_f.replace(' ', ''):
            err('%s: id city part does not match the city' % aid)
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside the summit window' % aid)
            if city_f in avoid:
                err('%s: city %r is on the avoid list' % (aid, s['city']))
            if (city_f, str(sd.year)) in used:
                err('%s: city and year %s %d on the used list' % (aid, s['city'], sd.year))
            for (eo, ec, ey, es) in e_summits:
                if ec == city_f and ey == str(sd.year):
                    err('%s: city and year already used by an earlier summit entry' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or [x for x in FIELDS if x in tf] != tf:
            err('%s: text_fields must be a non-empty subset of the five fields in canonical order' % aid)
            tf = []
        ft = fold(title + '\n' + body_text)
        for fld in tf:
            if fld == 'organization':
                if not any(contains_tokens(ft, fold(n)) for n in reg['org_names']):
                    err('%s: organisation not named in the text' % aid)
            elif fld in ('city', 'country'):
                if not contains_tokens(ft, fold(s[fld])):
                    err('%s: %s %r not in the text' % (aid, fld, s[fld]))
            else:
                phrase = reg['dates'].get(fld)
                if not phrase or phrase not in body_text:
                    err('%s: no registered support phrase for %s in the body' % (aid, fld))
                    continue
                dd = sd if fld == 'start_date' else ed
                res = resolve_phrase(phrase, fld, sd.year if sd else 2000, pub)
                if res is None or dd not in res:
                    err('%s: phrase %r does not give %s %s' % (aid, phrase, fld, dd))
        for fld in ('start_date', 'end_date'):
            if fld not in tf and fld in reg['dates']:
                err('%s: %s has a support phrase but is not in text_fields' % (aid, fld))
        summit_of[aid] = (org, s['city'], s['country'], s['start_date'], s['end_date'])
        outlet_of[aid] = reg['outlet']
        # ---- participants
        parts = a['participants']
        pkeys = []
        for p in parts:
            if list(p.keys()) != PART_KEYS:
                err('%s: participant keys/order wrong' % aid)
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err('%s: malformed participant key %r' % (aid, k))
                continue
            pkeys.append(k)
            toks = k[len('person:'):].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: key %r starts with a title' % (aid, k))
            if not contains_tokens(ft, toks):
                err('%s: name of %r not in headline or body' % (aid, k))
            if contains_tokens(fold(noise_text), toks) or toks[-1] in fold(noise_text):
                err('%s: participant %r named in the page noise' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %r' % (aid, fld, k))
                elif reg['curly'] and "'" in v:
                    err('%s: straight apostrophe in %s of %r' % (aid, fld, k))
                elif not reg['curly'] and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %r' % (aid, fld, k))
            for person in a['authors'] + reg['staff']:
                if fold(person) == toks:
                    err('%s: author or staff %r listed as participant' % (aid, person))
        if len(set(pkeys)) != len(pkeys):
            err('%s: duplicate participant keys' % aid)
        # ---- quotes
        quotes = a['quotes']
        positions = []
        for q in quotes:
            if list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys/order wrong' % aid)
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if sk.startswith('person:'):
                if sk not in pkeys:
                    err('%s: speaker %r is not a participant' % (aid, sk))
            elif not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk):
                err('%s: speaker %r is neither a participant key nor an org key' % (aid, sk))
            marked = open_m + q['text'] + close_m
            pos = body_text.find(marked)
            if pos < 0:
                err('%s: quote not found with its marks in the body: %r' % (aid, q['text'][:50]))
                continue
            if q['text'] in noise_text:
                err('%s: quote text occurs in page noise: %r' % (aid, q['text'][:40]))
            positions.append(pos)
            if not any(marked in ev for fct in a['facts'] for ev in fct['evidence']):
                err('%s: quote outside every evidence string: %r' % (aid, q['text'][:40]))
        if positions != sorted(positions):
            err('%s: quotes not in text order' % aid)
        spans = re.findall(re.escape(open_m) + r'([^' + re.escape(close_m) + r'\n]*)' + re.escape(close_m), body_text)
        annotated = sorted([q['text'] for q in quotes] + list(a['not_quotes']))
        if sorted(spans) != annotated:
            err('%s: quoted spans and annotations differ: %r' % (aid, sorted(set(spans) ^ set(annotated))))
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (open_m + nq + close_m) not in body_text:
                err('%s: not_quote not found with its marks: %r' % (aid, nq))
        # ---- facts
        prefixes_here = set()
        slugs_here = []
        for fct in a['facts']:
            if list(fct.keys()) != FACT_KEYS:
                err('%s: fact keys/order wrong' % aid)
                continue
            if not isinstance(fct['statement'], str) or not fct['statement'].strip():
                err('%s: empty statement' % aid)
            ks = fct['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or not set(ks) <= FACT_KINDS:
                err('%s: bad fact kind %r' % (aid, ks))
            for k in ks if isinstance(ks, list) else []:
                kind_count[k] = kind_count.get(k, 0) + 1
            sl = fct['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+\d{2}-[a-z0-9]+(-[a-z0-9]+)*', sl):
                err('%s: malformed same_as %r' % (aid, sl))
                continue
            pre = sl.split('-')[0]
            prefixes_here.add(pre)
            if sd and pre[-2:] != ('%04d' % sd.year)[-2:]:
                err('%s: prefix %r does not end in the summit year' % (aid, pre))
            if sl in e_slugs:
                err('%s: slug %r used in earlier gold' % (aid, sl))
            if pre in e_prefixes:
                err('%s: prefix %r used in earlier gold' % (aid, pre))
            slugs_here.append(sl)
            slug_arts.setdefault(sl, []).append(aid)
            slug_kinds.setdefault(sl, []).append(tuple(sorted(ks)))
            evs = fct['evidence']
            if not isinstance(evs, list) or not evs:
                err('%s: fact %s has no evidence' % (aid, sl))
                continue
            for ev in evs:
                if not isinstance(ev, str) or ev != ev.strip() or not ev:
                    err('%s: evidence with outer spaces or empty in %s' % (aid, sl))
                    continue
                if ev == title:
                    continue
                pos = body_text.find(ev)
                if pos < 0:
                    err('%s: evidence not verbatim in headline or body (%s): %r' % (aid, sl, ev[:60]))
                    continue
                if ev in noise_text:
                    err('%s: evidence occurs in page noise (%s)' % (aid, sl))
                if not sentence_bounded(body_text, ev, pos):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sl, ev[:60]))
        if len(set(slugs_here)) != len(slugs_here):
            err('%s: same_as repeated within the article' % aid)
        if len(prefixes_here) != 1:
            err('%s: one same_as prefix per article expected, got %r' % (aid, sorted(prefixes_here)))
        # counts
        totals['quotes'] += len(quotes)
        totals['direct'] += sum(1 for q in quotes if q.get('kind') == 'direct')
        totals['partial'] += sum(1 for q in quotes if q.get('kind') == 'partial')
        totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(parts)
        totals['facts'] += len(a['facts'])
        print('%-45s quotes %2d  not_quotes %d  participants %d  facts %2d  body words %d  file words %d'
              % (aid, len(quotes), len(a['not_quotes']), len(parts), len(a['facts']), words, len(text.split())))

    # ---- set shape
    if mid_noise_articles < 6:
        err('page noise in the middle of the body in only %d articles' % mid_noise_articles)
    if comment_articles < 3:
        err('comment sections in only %d articles' % comment_articles)
    summits = {}
    for aid, sm in summit_of.items():
        summits.setdefault((sm[0], sm[1], sm[3]), []).append(aid)
    if len(summits) != 5:
        err('expected 5 summits, found %d' % len(summits))
    sizes = sorted(len(v) for v in summits.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 3 pairs and 2 singles, got %r' % sizes)
    bodies = {}
    for key in summits:
        bodies[key[0]] = bodies.get(key[0], 0) + 1
    if len(bodies) < 3 or max(bodies.values()) > 2:
        err('bodies: %r (need at least 3, at most 2 summits each)' % bodies)
    pairs = [tuple(sorted(v)) for v in summits.values() if len(v) == 2]
    if sorted(pairs) != sorted(tuple(sorted(p)) for p in PAIRS):
        err('pairs differ from the registered pairs')
    for p in pairs:
        x, y = p
        if summit_of[x] != summit_of[y]:
            err('pair %r disagrees on summit data' % (p,))
        if outlet_of[x] == outlet_of[y]:
            err('pair %r comes from one outlet' % (p,))
    prefix_summit = {}
    for aid, sm in summit_of.items():
        for sl, al in slug_arts.items():
            if aid in al:
                prefix_summit.setdefault(sl.split('-')[0], set()).add((sm[0], sm[1], sm[3]))
    for pre, ss in prefix_summit.items():
        if len(ss) != 1:
            err('prefix %r shared by two summits' % pre)
    shared_by_pair = {p: [] for p in pairs}
    for sl, al in slug_arts.items():
        if len(al) > 2:
            err('slug %r in more than two articles' % sl)
        elif len(al) == 2:
            pr = tuple(sorted(al))
            if pr not in shared_by_pair:
                err('slug %r shared by articles that are not a pair: %r' % (sl, al))
                continue
            shared_by_pair[pr].append(sl)
            if len(set(slug_kinds[sl])) != 1:
                err('shared slug %r has different kinds' % sl)
    for p, sls in shared_by_pair.items():
        print('shared %s: %d slugs: %s' % (' + '.join(p), len(sls), ', '.join(sorted(sls))))
        if len(sls) < 5:
            err('pair %r shares only %d slugs' % (p, len(sls)))
    print('totals: %r; kinds %r' % (totals, kind_count))


if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        print('FAILED: the checker crashed')
        sys.exit(1)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED: %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout97 passes')
    sys.exit(0)
