#!/usr/bin/env python3
"""Checker for the held-out set heldout106 (written by the annotator of the set).
Run: python3 check.py   (exits 0 when everything passes, 1 on any error or crash).
The environment variable H106_EARLIER may point at the folder holding the earlier gold files
(default: ../.. relative to this file, i.e. tests/gold)."""
import datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H106_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = 'heldout106_gold.json'
OPENING = ("Held-out set round 106 (split=heldout106), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")

# ---- lists copied verbatim from the brief (avoid list) and from used_city_years.txt ----
AVOID_RAW = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto Carras, Halkidiki), San Juan, Mbabane, Minsk, Paranal, São Tomé, Tegucigalpa, Ljubljana, Seville, Kingston, Pattaya, Rabat, Lagos, Williamsburg, Fez, Kyiv, Bangalore, Grand Baie, Guadalajara, Yaoundé, Fort Lauderdale, Gabala, Cotonou, Maastricht, Potrero de los Funes, Subic Bay, Kroměříž, Yalta, Chaguaramas, Ocho Rios, Punta Mita, Libreville, Praia, Naples, Venice, Koror, Inshas, Ottawa, Corfu, Windsor, Amsterdam, Tucumán, Munich, Berlin, Milan, Las Leñas, Nuku'alofa, Jeddah, Kinshasa, Grand Anse, Paracas, Panama City, Bridgetown, Port Louis, Cochabamba, Bodrum, Kazan, Gyeongju, Tarawa, Apia, Basseterre, Versailles, Nice, Fontainebleau, Toronto, Florianópolis, Luxembourg, Tampere, Salamanca, Paraná, Maseru, Alexandria, Freetown, Bujumbura, Burabay, Mogadishu, Belgrade, Essen, Vienna, Dublin, Trujillo, Dorado, Port Vila, Paramaribo, Nadi, St John's, Viskuli, Rio de Janeiro, Livingstone, Mar del Plata, Shusha, Rambouillet, Florence, Strasbourg, Cannes, Porlamar, Sibiu, Punta del Este, Hanover, Olivos, Fortaleza, Madang, Sydney, Villers-Cotterêts, Taif, Wellington, Montebello, Stuttgart, Santa Maria da Feira, Jeju, Busan, Estoril, Andorra la Vella, Honiara, Port-au-Prince, Canberra, Salzburg, Porto, San Salvador, Foz do Iguaçu, San José, Kunming, La Paz, Batumi, Valencia, Santa Marta, Cardiff, Tela, Costa del Sol, Ankara, Playa del Carmen, Costa do Sauípe, Tarija, Bogotá, New York, Athens, Ghent, Guatemala City, Esquipulas, Buenos Aires"
USED_RAW = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Alexandria 1964; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Amsterdam 1997; Andorra la Vella 2021; Ankara 1992; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2017; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Athens 1983; Athens 2003; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Basseterre 2006; Batumi 2008; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belgrade 1961; Belén 2015; Bento Gonçalves 2019; Berlin 1999; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bodrum 2014; Bogor 1994; Bogotá 2011; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Bridgetown 2002; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 1994; Buenos Aires 2018; Buenos Aires 2023; Bujumbura 2023; Burabay 2015; Busan 2005; Busan 2019; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Canberra 1983; Cancún 2017; Cannes 1995; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cardiff 1998; Cartagena 2012; Cartagena 2016; Casablanca 1989; Cebu 2007; Chaguaramas 1973; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cochabamba 2012; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Corfu 1994; Costa del Sol 1989; Costa do Sauípe 2008; Cotonou 1995; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dorado 1976; Dublin 1990; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Esquipulas 1986; Essen 1994; Estoril 2009; Evian 2003; Fez 1982; Florence 1996; Florianópolis 2000; Fontainebleau 1984; Fort Lauderdale 2005; Fortaleza 1996; Fortaleza 2014; Foz do Iguaçu 2010; Freetown 1980; Funafuti 2019; Gabala 2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Ghent 2001; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Grand Anse 1989; Grand Baie 2004; Guadalajara 1991; Guatemala City 1987; Gyeongju 2025; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Hanover 1988; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honiara 2025; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Inshas 1946; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2022; Jeddah 2023; Jeju 2009; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2005; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown 2024; Kinshasa 1967; Kinshasa 2009; Kinshasa 2012; Kiruna 2013; Koror 2014; Kraków 2021; Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kunming 2005; Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; La Paz 1990; Labuan Bajo 2023; Lagos 1975; Lahore 1974; Las Leñas 1992; Libreville 1983; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Livingstone 2011; Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Luxembourg 1997; Lyon 1996; Maastricht 1991; Madang 1995; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mar del Plata 2010; Maseru 2006; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 1985; Milan 2014; Minsk 1993; Mogadishu 1974; Moncton 1999; Monrovia 2017; Montebello 1981; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Munich 1992; Muscat 2008; N'Djamena 2014; Nadi 2006; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Naples 1994; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; New York 2000; Newport 2014; Niamey 2019; Nice 2000; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2007; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Ocho Rios 1982; Olivos 2002; Osaka 1995; Osaka 2019; Oslo 2023; Ottawa 1973; Ouagadougou 1998; Ouro Preto 1994; Panama City 2000; Panama City 2015; Paracas 2015; Paramaribo 2022; Paranal 2012; Paraná 2014; Paris 2008; Pattaya 2009; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Playa del Carmen 2010; Pohnpei 2016; Porlamar 2016; Port Louis 1976; Port Moresby 2015; Port Moresby 2018; Port Vila 2010; Port of Spain 2009; Port of Spain 2023; Port-au-Prince 2018; Porto 1998; Porto 2021; Potrero de los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Punta del Este 1967; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rabat 1969; Rambouillet 1975; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2023; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Salamanca 2005; Salzburg 2018; Samara 2007; Samarkand 2022; San Francisco 2023; San José 2001; San Juan 2010; San Miguel de Tucumán 2008; San Pedro Sula 2009; San Salvador 2011; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santa Maria da Feira 2000; Santa Marta 2025; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Shusha 2024; Sibiu 2019; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St John's 2014; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 1997; Strasbourg 2009; Stuttgart 1983; Subic Bay 1996; Suva 2022; Sydney 1978; Sydney 2007; São Tomé 2023; Taif 1981; Tampere 1999; Taormina 2017; Tarawa 2000; Tarija 2007; Tashkent 2016; Tegucigalpa 1991; Tehran 2012; Tela 1989; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 1988; Toronto 2010; Toyako 2008; Tripoli 2010; Trujillo 1996; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valencia 2001; Valletta 2005; Valletta 2015; Vancouver 1997; Venice 1980; Veracruz 2014; Versailles 1982; Victoria Falls 2009; Vienna 1993; Vientiane 2016; Vientiane 2024; Villers-Cotterêts 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Viskuli 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wellington 1971; Williamsburg 1983; Wilmington 2024; Windhoek 2018; Windsor 2000; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; Yaoundé 1996; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
# bodies the brief allows, with the names that count as naming them in a text
BODIES = {
    'org:g7': ['G7', 'Group of Seven'], 'org:g8': ['G8', 'Group of Eight'],
    'org:arab-league': ['Arab League'], 'org:sadc': ['SADC', 'Southern African Development Community'],
    'org:ecowas': ['ECOWAS', 'Economic Community of West African States'],
    'org:asean': ['ASEAN', 'Association of Southeast Asian Nations'],
    'org:nordic-council': ['Nordic Council'], 'org:eac': ['East African Community', 'EAC'],
    'org:igad': ['IGAD'], 'org:celac': ['CELAC'], 'org:brics': ['BRICS'], 'org:saarc': ['SAARC'],
    'org:commonwealth': ['Commonwealth'], 'org:guam': ['GUAM'],
    'org:bsec': ['Black Sea Economic Cooperation', 'BSEC'], 'org:council-of-europe': ['Council of Europe'],
    'org:andean-community': ['Andean Community', 'Andean Pact', 'Andean Group', 'Andean Presidential Council'],
    'org:lancang-mekong-cooperation': ['Lancang-Mekong', 'Mekong-Lancang'],
    'org:greater-mekong-subregion': ['Greater Mekong Subregion'], 'org:benelux': ['Benelux'],
    'org:baltic-council': ['Baltic Council'], 'org:central-european-initiative': ['Central European Initiative'],
}
ORG_ID = {'org:baltic-council': 'balticcouncil', 'org:andean-community': 'andean', 'org:asean': 'asean',
          'org:ecowas': 'ecowas'}
# per-article registry: quote style, mid-page noise line prefixes, first line of the tail, credited staff
REG = {
    'h106_balticcouncil_tallinn_scaup': ('straight', ['Photo:', 'Related:'], '(Reporting by',
                                         ['Kalju Tammekivi-Quickfall', 'Brigid Haavasalu-Cholmondeley']),
    'h106_balticcouncil_tallinn_ambercoast': ('curly', ['Advertisement |'], 'Letters to the editor may be sent', []),
    'h106_andean_machupicchu_cantuta': ('straight', ['Listener line:'], '[END OF TRANSCRIPT]', []),
    'h106_andean_machupicchu_tocapu': ('curly', ['Chart:', 'Subscriber note:'], 'Next week in the Letter:', []),
    'h106_asean_nanning_meranti': ('curly', ['Photo:', 'Related:'], 'Comments (5)', []),
    'h106_asean_nanning_mauson': ('straight', ['FAQ |', 'Newsletter |'], 'Read next:', []),
    'h106_andean_rionegro_silletero': ('curly', ['Photo caption:', 'Read also:'], 'Comments (3)', []),
    'h106_ecowas_conakry_kaloum': ('straight', ['Photo (archive):', 'Advertisement:'], 'Comments (4)', []),
}
TITLE_WORDS = {'president', 'prime', 'minister', 'king', 'queen', 'sultan', 'sheikh', 'premier', 'chancellor',
               'secretary', 'general', 'mr', 'mrs', 'ms', 'dr', 'chairman', 'governor', 'emir', 'prince'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']

ERRORS = []
def err(msg):
    ERRORS.append(msg)

FOLD_EXTRA = {'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ð': 'd', 'Ð': 'D', 'ł': 'l', 'Ł': 'L', 'ß': 'ss',
              'þ': 'th', 'Þ': 'Th', 'đ': 'd', 'Đ': 'D', 'ı': 'i'}
def fold(s):
    s = ''.join(FOLD_EXTRA.get(c, c) for c in s)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.lower()
def tokens(s):
    s = fold(s).replace('\u2019', "'")
    s = re.sub(r"(?<=[a-z0-9])'(?=[a-z])", '', s)
    return re.findall(r'[a-z0-9]+', s)
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def city_forms(entry):
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', entry)
    if not m:
        return {fold(entry.strip())}
    forms = {fold(m.group(1).strip())}
    for part in m.group(2).split(','):
        forms.add(fold(part.strip()))
    return forms

def split_top(s):
    items, depth, cur = [], 0, ''
    for ch in s:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            items.append(cur.strip()); cur = ''
        else:
            cur += ch
    items.append(cur.strip())
    return [x for x in items if x]

AVOID = set()
for e in split_top(AVOID_RAW):
    AVOID |= city_forms(e)
USED = set()
for e in [x.strip() for x in USED_RAW.split(';') if x.strip()]:
    city, year = e.rsplit(' ', 1)
    for f in city_forms(city):
        USED.add((f, year))

def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: bad ISO date %r' % (where, s))
        return None

SENT_END = re.compile(r'[.!?]$|[.!?,][\u201d"]$|[.!?]\)$')
def sentence_bounded(ev, text, body_start, body_end, headline):
    if ev == headline:
        return True
    ok = False
    start = body_start
    while True:
        i = text.find(ev, start, body_end)
        if i < 0:
            break
        before = text[max(0, i - 2):i]
        left = (i == 0 or text[i - 1] == '\n' or re.search(r'[.!?][\u201d"]? $', text[max(0, i - 3):i])
                or re.search(r'[.!?]\u201d $|[.!?]" $|[.!?] $', text[max(0, i - 3):i]))
        j = i + len(ev)
        right_ok = (j == len(text) or text[j] in ' \n') and bool(SENT_END.search(ev))
        # a transcript label sentence such as 'NAME: It was.' starts at a line start
        if left and right_ok:
            ok = True
            break
        start = i + 1
    return ok

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    found = 0
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 106)]
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        found += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), fold(s.get('city') or ''), s.get('start_date') or ''))
            for f in a.get('facts', []):
                sl = f.get('same_as')
                if isinstance(sl, str):
                    slugs.add(sl)
                    prefixes.add(sl.split('-')[0])
    if not found:
        err('no earlier gold file found under %s' % EARLIER)
    print('earlier gold: %d files, %d ids, %d slugs' % (found, len(ids), len(slugs)))
    return ids, slugs, prefixes, summits

def date_supported(d, pub, text_f, alltext):
    """d is supported by 'Month D' forms (also ranges 'May 22 and 23'), by a weekday within the six days
    before publication or on the day itself, or by a relative word."""
    month = MONTHS[d.month - 1].lower()
    for m in re.finditer(r'\b' + month + r'((?:\s*(?:,|and|to|-|\u2013)?\s*\d{1,2}\b)+)', text_f):
        if str(d.day) in re.findall(r'\d{1,2}', m.group(1)):
            return True
    for m in re.finditer(r'((?:\b\d{1,2}\s*(?:,|and|to|-|\u2013)?\s*)+)' + month + r'\b', text_f):
        if str(d.day) in re.findall(r'\d{1,2}', m.group(1)):
            return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b' + WEEKDAYS[d.weekday()].lower() + r'\b', text_f):
        return True
    if delta == 1 and re.search(r'\byesterday\b|\blast night\b', text_f):
        return True
    if delta == 0 and re.search(r'\btoday\b|\btonight\b|\bthis (morning|afternoon|evening)\b', text_f):
        return True
    return False

def check_article(a, folder_files):
    aid = a.get('id', '?')
    if list(a.keys()) != ARTICLE_KEYS:
        err('%s: article keys/order %r' % (aid, list(a.keys())))
        return None
    if aid not in REG:
        err('%s: id not registered' % aid)
        return None
    style, mid_prefixes, tail_marker, credited = REG[aid]
    m = re.fullmatch(r'h106_([a-z]+)_([a-z]+)_([a-z]+)', aid)
    if not m:
        err('%s: id form' % aid)
        return None
    if a['split'] != 'heldout106':
        err('%s: split %r' % (aid, a['split']))
    if a['file'] != 'articles/%s.txt' % aid:
        err('%s: file %r' % (aid, a['file']))
    fn = aid + '.txt'
    if fn not in folder_files:
        err('%s: article file missing' % aid)
        return None
    text = open(os.path.join(HERE, fn), encoding='utf-8').read()
    lines = text.split('\n')
    headline = lines[0]
    if a['title'] != headline:
        err('%s: title differs from the headline' % aid)
    if headline not in text:
        err('%s: title not in file' % aid)
    if len(lines) < 8 or lines[4] != '':
        err('%s: fifth line must be blank' % aid)
    # published_at and the outlet line
    pub = parse_date(a['published_at'], aid + ' published_at')
    outlet_line = lines[1]
    if pub:
        want = [WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], str(pub.day), str(pub.year)]
        for w in want:
            if not re.search(r'\b' + re.escape(w) + r'\b', outlet_line):
                err('%s: outlet line lacks %r' % (aid, w))
        for wd in WEEKDAYS:
            if wd != WEEKDAYS[pub.weekday()] and wd in outlet_line:
                err('%s: other weekday on outlet line' % aid)
    # segmentation
    tails = [i for i, l in enumerate(lines) if l.startswith(tail_marker)]
    if len(tails) != 1:
        err('%s: tail marker found %d times' % (aid, len(tails)))
        return None
    ti = tails[0]
    body_idx = [i for i in range(5, ti)]
    mid_idx = [i for i in body_idx if any(lines[i].startswith(p) for p in mid_prefixes)]
    noise_idx = [1, 2, 3] + mid_idx + list(range(ti, len(lines)))
    noise_lines = [lines[i] for i in noise_idx]
    body_lines = [lines[i] for i in body_idx if i not in mid_idx]
    body_start = sum(len(l) + 1 for l in lines[:5])
    body_end = sum(len(l) + 1 for l in lines[:ti])
    if not mid_idx:
        err('%s: no page noise in the middle of the page' % aid)
    if len(lines) - ti < 2 or not any(l.strip() for l in lines[ti:]):
        err('%s: tail noise too short' % aid)
    words = sum(len(l.split()) for l in body_lines)
    if not 420 <= words <= 600:
        err('%s: body has %d words (420-600 required)' % (aid, words))
    # marks
    for l in [headline] + noise_lines:
        if any(c in l for c in '"\u201c\u201d'):
            err('%s: double quotation mark in headline or page noise: %r' % (aid, l[:60]))
    if style == 'straight':
        if any(c in text for c in '\u201c\u201d\u2018\u2019'):
            err('%s: curly mark in a straight article' % aid)
        for l in lines:
            if l.count('"') % 2:
                err('%s: odd number of straight double marks on a line' % aid)
        spans = [(mm.start(), mm.group(1)) for mm in re.finditer(r'"([^"\n]*)"', text[body_start:body_end])]
        mark = ('"', '"')
    else:
        if '"' in text or "'" in text:
            err('%s: straight mark in a curly article' % aid)
        if '\u2018' in text:
            err('%s: opening single curly mark' % aid)
        for l in lines:
            depth = 0
            for c in l:
                if c == '\u201c':
                    if depth:
                        err('%s: nested curly double mark' % aid)
                    depth = 1
                elif c == '\u201d':
                    if not depth:
                        err('%s: unopened curly double mark' % aid)
                    depth = 0
            if depth:
                err('%s: unclosed curly double mark' % aid)
        spans = [(mm.start(), mm.group(1)) for mm in re.finditer('\u201c([^\u201d\n]*)\u201d', text[body_start:body_end])]
        mark = ('\u201c', '\u201d')
    body_text = text[body_start:body_end]
    # authors and credited staff
    if not isinstance(a['authors'], list) or not a['authors']:
        err('%s: authors' % aid)
    for au in a['authors']:
        if au not in lines[2]:
            err('%s: author %r not in byline' % (aid, au))
    for c in credited:
        if not any(c in l for l in noise_lines):
            err('%s: credited %r not in page noise' % (aid, c))
    staff_keys = {'person:' + '-'.join(tokens(n)) for n in a['authors'] + credited}
    # participants
    ftext = tokens(headline + '\n' + '\n'.join(body_lines))
    pkeys = []
    for p in a['participants']:
        if list(p.keys()) != PART_KEYS:
            err('%s: participant keys %r' % (aid, list(p.keys())))
            continue
        k = p['key']
        if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
            err('%s: participant key form %r' % (aid, k))
            continue
        if k in pkeys:
            err('%s: participant repeated %r' % (aid, k))
        pkeys.append(k)
        toks = k[len('person:'):].split('-')
        if toks[0] in TITLE_WORDS:
            err('%s: title word in key %r' % (aid, k))
        if not has_seq(ftext, toks):
            err('%s: name of %r not in headline or body' % (aid, k))
        if k in staff_keys:
            err('%s: author or credited staff listed as participant %r' % (aid, k))
        for fld in ('role', 'affiliation'):
            v = p[fld]
            if not isinstance(v, str) or not v.strip():
                err('%s: empty %s for %r' % (aid, fld, k))
            elif style == 'straight' and '\u2019' in v:
                err('%s: curly apostrophe in a straight article %s' % (aid, fld))
            elif style == 'curly' and "'" in v:
                err('%s: straight apostrophe in a curly article %s' % (aid, fld))
    # quotes
    qpos = []
    qtexts = []
    for q in a['quotes']:
        if list(q.keys()) != QUOTE_KEYS:
            err('%s: quote keys %r' % (aid, list(q.keys())))
            continue
        if q['kind'] not in QUOTE_KINDS:
            err('%s: quote kind %r' % (aid, q['kind']))
        sk = q['speaker_key']
        if not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*', sk):
            err('%s: speaker key form %r' % (aid, sk))
        if sk.startswith('person:') and sk not in pkeys:
            err('%s: person speaker not a participant %r' % (aid, sk))
        if not (sk in pkeys or sk.startswith('org:')):
            err('%s: speaker neither participant nor org key %r' % (aid, sk))
        if q['text'] not in text:
            err('%s: quote text not in file %r' % (aid, q['text'][:50]))
        marked = mark[0] + q['text'] + mark[1]
        i = body_text.find(marked)
        if i < 0:
            err('%s: quote with marks not in body %r' % (aid, q['text'][:50]))
        qpos.append(i)
        qtexts.append(q['text'])
    if qpos != sorted(qpos):
        err('%s: quotes not in text order' % aid)
    if not isinstance(a['not_quotes'], list) or any(not isinstance(x, str) for x in a['not_quotes']):
        err('%s: not_quotes must be strings' % aid)
    annotated = sorted(qtexts + list(a['not_quotes']))
    found = sorted(s for _, s in spans)
    if annotated != found:
        err('%s: quoted spans in body %r differ from quotes+not_quotes %r' % (aid, found, annotated))
    # facts
    slugs = []
    prefixes = set()
    all_ev = []
    year2 = (a['summit'].get('start_date') or '')[2:4]
    for f in a['facts']:
        if list(f.keys()) != FACT_KEYS:
            err('%s: fact keys %r' % (aid, list(f.keys())))
            continue
        if not isinstance(f['statement'], str) or not f['statement'].strip():
            err('%s: empty statement' % aid)
        ks = f['kind']
        if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or any(k not in FACT_KINDS for k in ks):
            err('%s: fact kind %r' % (aid, ks))
        sl = f['same_as']
        if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+', sl):
            err('%s: same_as form %r' % (aid, sl))
            continue
        if sl in slugs:
            err('%s: slug repeated in article %r' % (aid, sl))
        slugs.append(sl)
        pre = sl.split('-')[0]
        prefixes.add(pre)
        if pre[-2:] != year2:
            err('%s: prefix %r does not end in the summit year' % (aid, pre))
        ev = f['evidence']
        if not isinstance(ev, list) or not ev:
            err('%s: no evidence for %r' % (aid, sl))
            continue
        for e in ev:
            if not isinstance(e, str) or e != e.strip() or not e:
                err('%s: evidence with outer spaces %r' % (aid, e))
                continue
            if e != headline and e not in body_text:
                err('%s: evidence not in headline or body %r' % (aid, e[:60]))
                continue
            if e != headline and any(e in l for l in noise_lines):
                err('%s: evidence found in page noise %r' % (aid, e[:60]))
            if e != headline and not any(e in l for l in body_lines):
                err('%s: evidence outside body lines %r' % (aid, e[:60]))
            if not sentence_bounded(e, text, body_start, body_end, headline):
                err('%s: evidence not sentence-bounded %r' % (aid, e[:60]))
            all_ev.append(e)
    if len(prefixes) != 1:
        err('%s: one same_as prefix per article required, found %r' % (aid, prefixes))
    for q in a['quotes']:
        marked = mark[0] + q['text'] + mark[1]
        if not any(marked in e for e in all_ev):
            err('%s: quote outside every evidence string %r' % (aid, q['text'][:50]))
    # noise must carry no gold quote, evidence or participant name
    noise_join = '\n'.join(noise_lines)
    for qt in qtexts:
        if len(qt) > 12 and qt in noise_join:
            err('%s: quote text in page noise' % aid)
    for e in all_ev:
        if e in noise_join:
            err('%s: evidence in page noise' % aid)
    ntoks = tokens(noise_join)
    for k in pkeys:
        if has_seq(ntoks, k[len('person:'):].split('-')):
            err('%s: participant name in page noise %r' % (aid, k))
    # summit
    s = a['summit']
    if list(s.keys()) != SUMMIT_KEYS:
        err('%s: summit keys %r' % (aid, list(s.keys())))
        return None
    org = s['organization']
    if org not in BODIES:
        err('%s: body %r not allowed by the brief' % (aid, org))
        return None
    if ORG_ID.get(org) != m.group(1):
        err('%s: id body part %r does not match %r' % (aid, m.group(1), org))
    if re.sub(r'[^a-z]', '', fold(s['city'])) != m.group(2):
        err('%s: id city part does not match city %r' % (aid, s['city']))
    sd = parse_date(s['start_date'], aid + ' start_date')
    ed = parse_date(s['end_date'], aid + ' end_date')
    if sd and ed:
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 7:
            err('%s: summit longer than a week' % aid)
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
            err('%s: publication date outside the summit window' % aid)
    cf = fold(s['city'])
    if cf in AVOID:
        err('%s: city %r on the avoid list' % (aid, s['city']))
    if sd and (cf, str(sd.year)) in USED:
        err('%s: city and year %s %d on the used list' % (aid, s['city'], sd.year))
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or [x for x in FIELDS if x in tf] != tf or len(set(tf)) != len(tf):
        err('%s: text_fields %r' % (aid, tf))
        tf = []
    visible = tokens(headline + '\n' + '\n'.join(body_lines))
    vis_text = fold(headline + '\n' + '\n'.join(body_lines))
    if 'organization' in tf and not any(has_seq(visible, tokens(n)) for n in BODIES[org]):
        err('%s: organisation not named in the text' % aid)
    if 'city' in tf and not has_seq(visible, tokens(s['city'])):
        err('%s: city not in the text' % aid)
    if 'country' in tf and not has_seq(visible, tokens(s['country'])):
        err('%s: country not in the text' % aid)
    for fld, d in (('start_date', sd), ('end_date', ed)):
        if fld in tf and d and pub:
            okd = date_supported(d, pub, vis_text, text)
            if not okd and fld == 'start_date' and ed and 'end_date' in tf:
                n = (ed - sd).days + 1
                word = {1: 'one', 2: 'two', 3: 'three', 4: 'four'}.get(n)
                okd = bool(word) and bool(re.search(r'\b' + word + r'-day\b', vis_text)) and date_supported(ed, pub, vis_text, text)
            if not okd and fld == 'end_date' and sd and 'start_date' in tf and sd == ed:
                okd = bool(re.search(r'\bone-day\b', vis_text)) and date_supported(sd, pub, vis_text, text)
            if not okd:
                err('%s: %s %s not recoverable from the text' % (aid, fld, d))
    outlet = outlet_line.split('|')[0].strip()
    return {'id': aid, 'summit': (org, cf, s['start_date']), 'summit_full': s, 'outlet': outlet,
            'slugs': {f['same_as']: tuple(f['kind']) for f in a['facts'] if isinstance(f.get('same_as'), str)},
            'prefixes': prefixes, 'comments': sum(1 for l in lines[ti:] if re.match(r'^Comments \(\d+\)', l)),
            'quotes': len(a['quotes']), 'parts': len(a['participants']), 'facts': len(a['facts']), 'words': words}

def main():
    folder_files = set(os.listdir(HERE))
    d = json.load(open(os.path.join(HERE, GOLD), encoding='utf-8'))
    if not isinstance(d, dict) or list(d.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(d['about'], str) or not d['about'].startswith(OPENING):
        err('about text must start with the required sentence')
    arts = d['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('eight articles required')
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if set(ids) != set(REG):
        err('ids differ from the registered ids')
    txts = {f for f in folder_files if f.endswith('.txt')}
    if txts != {i + '.txt' for i in ids}:
        err('article files present %r differ from the entries' % sorted(txts ^ {i + '.txt' for i in ids}))
    infos = [x for x in (check_article(a, folder_files) for a in arts) if x]
    # earlier gold
    eids, eslugs, eprefixes, esummits = load_earlier()
    for x in infos:
        if x['id'] in eids:
            err('%s: id used in earlier gold' % x['id'])
        for sl in x['slugs']:
            if sl in eslugs:
                err('%s: slug %r used in earlier gold' % (x['id'], sl))
        for p in x['prefixes']:
            if p in eprefixes:
                err('%s: prefix %r used in earlier gold' % (x['id'], p))
        org, cf, sd = x['summit']
        for eo, ec, es in esummits:
            if ec == cf and es[:4] == sd[:4]:
                err('%s: city and year used by an earlier summit' % x['id'])
            if eo == org and ec == cf and es == sd:
                err('%s: same summit as an earlier gold summit' % x['id'])
    if any(e.startswith('h106_') for e in eids if isinstance(e, str)):
        err('an earlier gold file already holds h106 ids')
    # shape: 5 summits, 3 pairs, 2 singles
    groups = {}
    for x in infos:
        groups.setdefault(x['summit'], []).append(x)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('shape must be three pairs and two singles, got %r' % sizes)
    bodies = {}
    for k in groups:
        bodies[k[0]] = bodies.get(k[0], 0) + 1
    if len(bodies) < 3 or max(bodies.values()) > 2:
        err('at least three bodies and at most two summits per body, got %r' % bodies)
    pref_owner = {}
    for k, v in groups.items():
        ps = set().union(*[x['prefixes'] for x in v])
        if len(ps) != 1:
            err('summit %r uses prefixes %r' % (k, ps))
        for p in ps:
            if p in pref_owner and pref_owner[p] != k:
                err('prefix %r shared by two summits' % p)
            pref_owner[p] = k
        if len(v) == 2:
            a, b = v
            if a['outlet'] == b['outlet']:
                err('pair %r from one outlet' % (k,))
            sa = {kk: vv for kk, vv in a['summit_full'].items() if kk != 'text_fields'}
            sb = {kk: vv for kk, vv in b['summit_full'].items() if kk != 'text_fields'}
            if sa != sb:
                err('pair %r disagrees on summit data' % (k,))
            shared = set(a['slugs']) & set(b['slugs'])
            if len(shared) < 5:
                err('pair %r shares only %d slugs' % (k, len(shared)))
            for sl in shared:
                if a['slugs'][sl] != b['slugs'][sl]:
                    err('shared slug %r has different kinds' % sl)
            print('pair %s: %d shared slugs: %s' % (k[1], len(shared), ', '.join(sorted(shared))))
    # a slug occurring in two articles must occur in exactly the two articles of one pair
    occ = {}
    for x in infos:
        for sl in x['slugs']:
            occ.setdefault(sl, []).append(x)
    for sl, xs in occ.items():
        if len(xs) > 2:
            err('slug %r in more than two articles' % sl)
        if len(xs) == 2 and xs[0]['summit'] != xs[1]['summit']:
            err('slug %r shared across different summits' % sl)
    if sum(1 for x in infos if x['comments']) < 3:
        err('at least three articles need a reader comment section')
    for x in infos:
        print('%-42s quotes %2d participants %2d facts %2d body words %3d' % (x['id'], x['quotes'], x['parts'], x['facts'], x['words']))

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:
        import traceback
        traceback.print_exc()
        err('crash: %r' % ex)
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(ERRORS))
        sys.exit(1)
    print('OK: heldout106 passes')
    sys.exit(0)
