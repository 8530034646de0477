#!/usr/bin/env python3
"""Checker for held-out set heldout101 (pending/heldout101). Exits 1 on any error; a crash counts as an error."""
import datetime, json, os, re, sys, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H101_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
ERRORS = []
def err(msg):
    ERRORS.append(msg)

ABOUT_START = ("Held-out set round 101 (split=heldout101), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
ALLOWED_ORGS = {'org:g7', 'org:g8', 'org:arab-league', 'org:sadc', 'org:ecowas', 'org:asean', 'org:nordic-council', 'org:eac',
                'org:igad', 'org:celac', 'org:brics', 'org:saarc', 'org:commonwealth', 'org:guam', 'org:bsec',
                'org:council-of-europe', 'org:andean-community', 'org:lancang-mekong-cooperation', 'org:greater-mekong-subregion'}
ORG_NAMES = {
    'org:greater-mekong-subregion': ['Greater Mekong Subregion', 'GMS'],
    'org:andean-community': ['Andean Community', 'Andean Pact', 'Andean Group'],
    'org:guam': ['GUAM'],
    'org:celac': ['CELAC', 'Community of Latin American and Caribbean States'],
}
ORG_ID = {'org:greater-mekong-subregion': 'gms', 'org:andean-community': 'andean', 'org:guam': 'guam', 'org:celac': 'celac'}
TITLE_WORDS = {'president', 'prime', 'minister', 'premier', 'king', 'queen', 'sultan', 'sheikh', 'emir', 'chancellor', 'secretary',
               'general', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'governor', 'mayor', 'senator', 'ambassador', 'chairman', 'foreign'}

# Per-article layout: headline line index, first body line, first tail-noise line, mid-body noise lines,
# quote style, credited staff (not authors, not participants), comment block marker.
LAYOUT = {
 'h101_gms_kunming_abacus': dict(head=0, start='KUNMING, China, July 5', tail='(Reporting by', mid=['PHOTO: Leaders line up'],
     style='straight', staff=['Liang Meilin-Tinniswood', 'Hesper Fewtrell'], comments=None),
 'h101_gms_kunming_pingriver': dict(head=1, start='At the river port', tail='What do you think?', mid=['Advertisement', 'Read also: Chiang Rai'],
     style='curly', staff=[], comments='What do you think? Comments (4)'),
 'h101_andean_lapaz_vicuna': dict(head=0, start='BENEDIKTA CHETTLE: Good morning', tail='[END OF TRANSCRIPT]', mid=['[STATION IDENTIFICATION'],
     style='straight', staff=[], comments=None),
 'h101_andean_lapaz_chimborazo': dict(head=0, start='For twenty years', tail='About the author:', mid=['Chart: Ecuador'],
     style='curly', staff=[], comments=None),
 'h101_guam_batumi_adjara': dict(head=1, start='The presidents of Georgia', tail='Comments (5)', mid=['PHOTO: Presidents arrive', 'PHOTO: Police closed'],
     style='curly', staff=[], comments='Comments (5)'),
 'h101_guam_batumi_warta': dict(head=0, start='WARSAW - ', tail='FAQ', mid=['Sponsored: '],
     style='straight', staff=[], comments=None),
 'h101_andean_valencia_bordercourier': dict(head=0, start='SAN CRISTOBAL - ', tail='Reader comments (3)', mid=['Read also: Peso'],
     style='straight', staff=[], comments='Reader comments (3)'),
 'h101_celac_santamarta_caribenorte': dict(head=1, start='Santa Marta spent', tail='Comments (4)', mid=['PHOTO: Delegations', 'Related: Santa Marta hotels'],
     style='curly', staff=[], comments='Comments (4)'),
}

AVOID_TEXT = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto Carras, Halkidiki), San Juan, Mbabane, Minsk, Paranal, São Tomé, Tegucigalpa, Ljubljana, Seville, Kingston, Pattaya, Rabat, Lagos, Williamsburg, Fez, Kyiv, Bangalore, Grand Baie, Guadalajara, Yaoundé, Fort Lauderdale, Gabala, Cotonou, Maastricht, Potrero de los Funes, Subic Bay, Kroměříž, Yalta, Chaguaramas, Ocho Rios, Punta Mita, Libreville, Praia, Naples, Venice, Koror, Inshas, Ottawa, Corfu, Windsor, Amsterdam, Tucumán, Munich, Berlin, Milan, Las Leñas, Nuku'alofa, Jeddah, Kinshasa, Grand Anse, Paracas, Panama City, Bridgetown, Port Louis, Cochabamba, Bodrum, Kazan, Gyeongju, Tarawa, Apia, Basseterre, Versailles, Nice, Fontainebleau, Toronto, Florianópolis, Luxembourg, Tampere, Salamanca, Paraná, Maseru, Alexandria, Freetown, Bujumbura, Burabay, Mogadishu, Belgrade, Essen, Vienna, Dublin, Trujillo, Dorado, Port Vila, Paramaribo, Nadi, St John's, Viskuli, Rio de Janeiro, Livingstone, Mar del Plata, Shusha, Rambouillet, Florence, Strasbourg, Cannes, Porlamar, Sibiu, Punta del Este, Hanover, Olivos, Fortaleza, Madang, Sydney, Villers-Cotterêts, Taif, Wellington, Montebello, Stuttgart, Santa Maria da Feira, Jeju, Busan, Estoril, Andorra la Vella, Honiara, Port-au-Prince, Canberra."
USED_TEXT = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Alexandria 1964; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Amsterdam 1997; Andorra la Vella 2021; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2017; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Basseterre 2006; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belgrade 1961; Belén 2015; Bento Gonçalves 2019; Berlin 1999; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bodrum 2014; Bogor 1994; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Bridgetown 2002; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Bujumbura 2023; Burabay 2015; Busan 2005; Busan 2019; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Canberra 1983; Cancún 2017; Cannes 1995; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Casablanca 1989; Cebu 2007; Chaguaramas 1973; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cochabamba 2012; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Corfu 1994; Cotonou 1995; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dorado 1976; Dublin 1990; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Essen 1994; Estoril 2009; Evian 2003; Fez 1982; Florence 1996; Florianópolis 2000; Fontainebleau 1984; Fort Lauderdale 2005; Fortaleza 1996; Fortaleza 2014; Freetown 1980; Funafuti 2019; Gabala 2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Grand Anse 1989; Grand Baie 2004; Guadalajara 1991; Gyeongju 2025; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Hanover 1988; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honiara 2025; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Inshas 1946; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2022; Jeddah 2023; Jeju 2009; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2005; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown 2024; Kinshasa 1967; Kinshasa 2009; Kinshasa 2012; Kiruna 2013; Koror 2014; Kraków 2021; Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lagos 1975; Lahore 1974; Las Leñas 1992; Libreville 1983; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Livingstone 2011; Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Luxembourg 1997; Lyon 1996; Maastricht 1991; Madang 1995; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mar del Plata 2010; Maseru 2006; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 1985; Milan 2014; Minsk 1993; Mogadishu 1974; Moncton 1999; Monrovia 2017; Montebello 1981; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Munich 1992; Muscat 2008; N'Djamena 2014; Nadi 2006; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Naples 1994; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nice 2000; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2007; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Ocho Rios 1982; Olivos 2002; Osaka 1995; Osaka 2019; Oslo 2023; Ottawa 1973; Ouagadougou 1998; Ouro Preto 1994; Panama City 2000; Panama City 2015; Paracas 2015; Paramaribo 2022; Paranal 2012; Paraná 2014; Paris 2008; Pattaya 2009; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Pohnpei 2016; Porlamar 2016; Port Louis 1976; Port Moresby 2015; Port Moresby 2018; Port Vila 2010; Port of Spain 2009; Port of Spain 2023; Port-au-Prince 2018; Porto 1998; Potrero de los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Punta del Este 1967; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rabat 1969; Rambouillet 1975; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2023; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Salamanca 2005; Samara 2007; Samarkand 2022; San Francisco 2023; San Juan 2010; San Miguel de Tucumán 2008; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santa Maria da Feira 2000; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Shusha 2024; Sibiu 2019; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St John's 2014; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 1997; Strasbourg 2009; Stuttgart 1983; Subic Bay 1996; Suva 2022; Sydney 1978; Sydney 2007; São Tomé 2023; Taif 1981; Tampere 1999; Taormina 2017; Tarawa 2000; Tashkent 2016; Tegucigalpa 1991; Tehran 2012; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 1988; Toronto 2010; Toyako 2008; Tripoli 2010; Trujillo 1996; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Venice 1980; Veracruz 2014; Versailles 1982; Victoria Falls 2009; Vienna 1993; Vientiane 2016; Vientiane 2024; Villers-Cotterêts 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Viskuli 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wellington 1971; Williamsburg 1983; Wilmington 2024; Windhoek 2018; Windsor 2000; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; Yaoundé 1996; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    for a, b in (('ø', 'o'), ('æ', 'ae'), ('ð', 'd'), ('ł', 'l'), ('ß', 'ss'), ('ı', 'i'), ('đ', 'd')):
        s = s.replace(a, b)
    return s.lower()

def tokens(s):
    s = fold(s)
    s = re.sub(r"(\w)'(\w)", r'\1\2', s)
    return re.findall(r'[a-z0-9]+', s)

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def city_names(item):
    item = item.strip().rstrip('.').strip()
    m = re.match(r'^(.*?)\s*\((.*)\)$', item)
    if m:
        return [m.group(1).strip()] + [x.strip() for x in m.group(2).split(',')]
    return [item]

AVOID = set()
for it in AVOID_TEXT.split(', '):
    for n in city_names(it):
        AVOID.add(' '.join(tokens(n)))
# the parenthesised Thessaloniki entry contains commas; rejoin it
for m in re.finditer(r'([^,]+?)\s*\(([^)]*)\)', AVOID_TEXT):
    AVOID.add(' '.join(tokens(m.group(1))))
    for x in m.group(2).split(','):
        AVOID.add(' '.join(tokens(x)))
USED = set()
for it in USED_TEXT.split(';'):
    it = it.strip()
    if not it:
        continue
    city, year = it.rsplit(' ', 1)
    for n in city_names(city):
        USED.add((' '.join(tokens(n)), int(year)))

def iso(s, where):
    try:
        d = datetime.date.fromisoformat(s)
        assert d.isoformat() == s
        return d
    except Exception:
        err('%s: bad ISO date %r' % (where, s))
        return None

def earlier_gold():
    out = []
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 101)]
    for n in names:
        p = os.path.join(EARLIER, n)
        if os.path.exists(p):
            d = json.load(open(p, encoding='utf-8'))
            arts = d['articles'] if isinstance(d, dict) and 'articles' in d else d
            out.append((n, arts))
    return out

def split_text(aid, text):
    L = LAYOUT[aid]
    lines = text.split('\n')
    s = [i for i, l in enumerate(lines) if l.startswith(L['start'])]
    t = [i for i, l in enumerate(lines) if l.startswith(L['tail'])]
    if len(s) != 1 or len(t) != 1 or not (L['head'] < s[0] < t[0]):
        err('%s: layout markers not found exactly once in order' % aid)
        return None
    body, noise = [], []
    for i, l in enumerate(lines):
        if s[0] <= i < t[0] and not any(l.startswith(m) for m in L['mid']):
            body.append(l)
        elif i != L['head']:
            noise.append(l)
    mid = [l for i, l in enumerate(lines) if s[0] <= i < t[0] and any(l.startswith(m) for m in L['mid'])]
    if len(mid) != len(L['mid']):
        err('%s: mid-body noise lines missing' % aid)
    return dict(lines=lines, headline=lines[L['head']], body=body, noise=noise, header=lines[:s[0]], tail=lines[t[0]:], mid=mid)

def sentence_bounded(ev, lines):
    for line in lines:
        start = 0
        while True:
            i = line.find(ev, start)
            if i < 0:
                break
            start = i + 1
            pre = line[:i]
            ok_start = (i == 0 or re.search(r'[.?!]["\u201d]? $', pre) is not None)
            j = i + len(ev)
            ok_end = (j == len(line) or line[j] == ' ') and re.search(r'([.?!]|[.?!,]["\u201d])$', ev) is not None
            if j == len(line) and not re.search(r'[.?!"\u201d]$', ev) and ev != lines[0]:
                ok_end = False
            if ok_start and ok_end:
                return True
    return False

def date_support(text, pub):
    """Dates a reader can recover from the headline and body."""
    got = set()
    mon = '|'.join(MONTHS)
    for m in re.finditer(r'\b(%s) (\d{1,2})((?:, \d{1,2})*(?:,? (?:and|to) \d{1,2})?)\b(?!,? \d{4})?' % mon, text):
        month = MONTHS.index(m.group(1)) + 1
        days = [int(m.group(2))] + [int(x) for x in re.findall(r'\d{1,2}', m.group(3) or '')]
        for dd in days:
            for y in (pub.year, pub.year - 1):
                try:
                    d = datetime.date(y, month, dd)
                except ValueError:
                    continue
                if d <= pub and (pub - d).days < 200:
                    got.add(d)
        if re.search(r' to \d', m.group(3) or ''):
            a = min(days); b = max(days)
            for dd in range(a, b + 1):
                try:
                    got.add(datetime.date(pub.year, month, dd))
                except ValueError:
                    pass
    for w in WEEKDAYS:
        if re.search(r'\b%s\b' % w, text):
            for k in range(0, 7):
                d = pub - datetime.timedelta(days=k)
                if d.weekday() == WEEKDAYS.index(w):
                    got.add(d)
    if re.search(r'\b(today|tonight|this morning|this afternoon|this evening)\b', text, re.I):
        got.add(pub)
    if re.search(r'\b(yesterday|last night)\b', text, re.I):
        got.add(pub - datetime.timedelta(days=1))
    return got

def dq_spans(body_text, style):
    if style == 'straight':
        return re.findall(r'"([^"\n]*)"', body_text)
    return re.findall('\u201c([^\u201c\u201d\n]*)\u201d', body_text)

def main():
    path = os.path.join(HERE, 'heldout101_gold.json')
    raw = open(path, encoding='utf-8').read()
    gold = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    if list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
    if not isinstance(gold.get('about'), str) or not gold['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = gold.get('articles')
    if not isinstance(arts, list):
        err('articles must be a list'); return
    earlier = earlier_gold()
    old_ids, old_slugs, old_prefixes, old_summits = set(), set(), set(), []
    for n, ea in earlier:
        for a in ea:
            old_ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s:
                old_summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []) or []:
                sl = f.get('same_as')
                if isinstance(sl, str):
                    old_slugs.add(sl); old_prefixes.add(sl.split('-')[0])
    if not earlier:
        err('no earlier gold file found under %s' % EARLIER)
    if any(isinstance(i, str) and i.startswith('h101_') for i in old_ids):
        err('h101 id prefix already used in earlier gold')
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts if isinstance(a, dict)]
    if len(arts) != 8:
        err('expected 8 articles, found %d' % len(arts))
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != txt_files:
        err('article files present %s do not match ids %s' % (txt_files, ids))
    if set(ids) != set(LAYOUT):
        err('ids do not match the registered layout')
    slug_use = collections.defaultdict(list)
    summit_of = {}
    outlet_of = {}
    prefix_summit = {}
    totals = collections.Counter()
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err('article keys wrong or out of order: %s' % (list(a.keys()) if isinstance(a, dict) else a)); continue
        aid = a['id']
        if not isinstance(aid, str) or not re.fullmatch(r'h101_[a-z]+_[a-z]+_[a-z]+', aid) or aid not in LAYOUT:
            err('bad id %r' % aid); continue
        if aid in old_ids:
            err('%s: id used in earlier gold' % aid)
        L = LAYOUT[aid]
        if a['split'] != 'heldout101':
            err('%s: split must be heldout101' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file field wrong' % aid)
        p = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(p):
            err('%s: article file missing' % aid); continue
        if os.path.exists(os.path.join(HERE, '..', '..', 'articles', aid + '.txt')):
            print('note: %s.txt also exists in tests/gold/articles' % aid)
        text = open(p, encoding='utf-8').read()
        parts = split_text(aid, text)
        if parts is None:
            continue
        headline, body = parts['headline'], parts['body']
        body_text = '\n'.join(body)
        read_text = headline + '\n' + body_text
        read_tokens = tokens(read_text)
        noise_text = '\n'.join(parts['noise'])
        # title
        if a['title'] != headline:
            err('%s: title is not the headline line' % aid)
        if a['title'] not in text:
            err('%s: title not verbatim in file' % aid)
        # style
        if L['style'] == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly marks in a straight article' % aid)
            for ln in parts['lines']:
                if ln.count('"') % 2:
                    err('%s: odd number of straight double marks on a line: %s' % (aid, ln[:60]))
        else:
            if '"' in text or "'" in text:
                err('%s: straight marks in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark in curly article' % aid)
            for ln in parts['lines']:
                depth = 0
                for c in ln:
                    if c == '\u201c':
                        depth += 1
                        if depth > 1: err('%s: nested curly quote' % aid)
                    elif c == '\u201d':
                        depth -= 1
                        if depth < 0: err('%s: unopened curly quote' % aid); depth = 0
                if depth:
                    err('%s: unclosed curly quote on line: %s' % (aid, ln[:60]))
        if re.search('["\u201c\u201d]', headline) or re.search('["\u201c\u201d]', noise_text):
            err('%s: double quotation mark in headline or page noise' % aid)
        # dates and outlet line
        pub = iso(a['published_at'], aid + ' published_at')
        outlet_line = parts['lines'][L['head'] + 1]
        outlet_of[aid] = outlet_line.split('|')[0].strip()
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            if not (wd in outlet_line and MONTHS[pub.month - 1] in outlet_line and re.search(r'\b%d\b' % pub.day, outlet_line) and str(pub.year) in outlet_line):
                err('%s: outlet line does not carry the publication date %s' % (aid, pub))
            if any(w in outlet_line for w in WEEKDAYS if w != wd):
                err('%s: another weekday on the outlet line' % aid)
        # authors and staff
        header_text = '\n'.join(parts['header'])
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors must be a non-empty list' % aid)
        for au in a['authors']:
            if au not in header_text:
                err('%s: author %s not in the byline' % (aid, au))
        for sf in L['staff']:
            if sf not in noise_text:
                err('%s: credited staff %s not in page noise' % (aid, sf))
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys wrong' % aid); continue
        if s['organization'] not in ALLOWED_ORGS:
            err('%s: organisation %s not allowed by the brief' % (aid, s['organization']))
        if aid.split('_')[1] != ORG_ID.get(s['organization']):
            err('%s: id body part does not match organisation' % aid)
        cityf = ' '.join(tokens(s['city']))
        if aid.split('_')[2] != cityf.replace(' ', ''):
            err('%s: id city part does not match city' % aid)
        sd, ed = iso(s['start_date'], aid + ' start'), iso(s['end_date'], aid + ' end')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication not between start and three weeks after end' % aid)
            if cityf in AVOID:
                err('%s: city %s is on the avoid list' % (aid, s['city']))
            if (cityf, sd.year) in USED or (cityf, ed.year) in USED:
                err('%s: city and year %s %d already used' % (aid, s['city'], sd.year))
            for (o, c, st) in old_summits:
                if isinstance(c, str) and ' '.join(tokens(c)) == cityf and isinstance(st, str) and st[:4] in (str(sd.year), str(ed.year)):
                    err('%s: earlier gold already has a summit in %s in %s' % (aid, s['city'], st[:4]))
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields must be a non-empty subset of the five fields in canonical order' % aid)
        else:
            if 'organization' in tf and not any(has_seq(read_tokens, tokens(n)) for n in ORG_NAMES.get(s['organization'], [])):
                err('%s: organisation not recoverable from the text' % aid)
            for f in ('city', 'country'):
                if f in tf and not has_seq(read_tokens, tokens(s[f])):
                    err('%s: %s %s not recoverable from the text' % (aid, f, s[f]))
            if pub:
                sup = date_support(read_text, pub)
                for f, d in (('start_date', sd), ('end_date', ed)):
                    if f in tf and d and d not in sup:
                        err('%s: %s %s not recoverable from the text' % (aid, f, d))
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        # participants
        pkeys = []
        if not isinstance(a['participants'], list):
            err('%s: participants must be a list' % aid); continue
        for pt in a['participants']:
            if not isinstance(pt, dict) or list(pt.keys()) != PART_KEYS:
                err('%s: participant keys wrong: %s' % (aid, pt)); continue
            k = pt['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err('%s: bad participant key %s' % (aid, k)); continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            toks = k.split(':', 1)[1].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: title word in key %s' % (aid, k))
            if not has_seq(read_tokens, toks):
                err('%s: name of %s not in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = pt[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif (L['style'] == 'straight' and '\u2019' in v) or (L['style'] == 'curly' and "'" in v):
                    err('%s: %s of %s not in the article apostrophe style' % (aid, fld, k))
            for au in list(a['authors']) + L['staff']:
                if tokens(au) == toks:
                    err('%s: author or credited staff %s listed as participant' % (aid, au))
            if has_seq(tokens(noise_text), toks):
                err('%s: participant name %s appears in page noise' % (aid, k))
        # quotes
        if not isinstance(a['quotes'], list) or not isinstance(a['not_quotes'], list):
            err('%s: quotes and not_quotes must be lists' % aid); continue
        openm, closem = ('"', '"') if L['style'] == 'straight' else ('\u201c', '\u201d')
        pos = 0
        qtexts = []
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys wrong: %s' % (aid, q)); continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %s' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk or '') or re.fullmatch(r'country:[a-z]{2}', sk or '')):
                err('%s: speaker %s is neither a participant nor an org key' % (aid, sk))
            if not q['text'] or q['text'] not in text:
                err('%s: quote not verbatim in file: %s' % (aid, q['text'][:50]))
            needle = openm + q['text'] + closem
            i = body_text.find(needle, pos)
            if i < 0:
                err('%s: quote not found with its marks in the body in text order: %s' % (aid, q['text'][:50]))
            else:
                pos = i + 1
            qtexts.append(q['text'])
        spans = dq_spans(body_text, L['style'])
        if collections.Counter(spans) != collections.Counter(qtexts + list(a['not_quotes'])):
            err('%s: double-quoted spans of the body and quotes+not_quotes differ: %s' % (aid,
                set(spans) ^ set(qtexts + list(a['not_quotes']))))
        # facts
        if not isinstance(a['facts'], list) or not a['facts']:
            err('%s: facts must be a non-empty list' % aid); continue
        all_ev = []
        art_slugs = set()
        prefixes = set()
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys wrong: %s' % (aid, f)); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or any(k not in FACT_KINDS for k in ks) or len(set(ks)) != len(ks):
                err('%s: bad fact kind %s' % (aid, ks))
            sl = f['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sl):
                err('%s: bad same_as %r' % (aid, sl)); continue
            if sl in art_slugs:
                err('%s: slug %s repeated in the article' % (aid, sl))
            art_slugs.add(sl)
            prefixes.add(sl.split('-')[0])
            if sl in old_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sl))
            slug_use[sl].append((aid, tuple(ks) if isinstance(ks, list) else ks))
            evs = f['evidence']
            if not isinstance(evs, list) or not evs:
                err('%s: evidence must be a non-empty list (%s)' % (aid, sl)); continue
            for ev in evs:
                if not isinstance(ev, str) or ev != ev.strip() or not ev:
                    err('%s: evidence with outer spaces or empty (%s)' % (aid, sl)); continue
                if ev not in text:
                    err('%s: evidence not verbatim in file: %s' % (aid, ev[:60])); continue
                if ev != headline and ev not in body_text:
                    err('%s: evidence not in headline or body: %s' % (aid, ev[:60])); continue
                if ev != headline and not sentence_bounded(ev, body):
                    err('%s: evidence not sentence-bounded: %s' % (aid, ev[:60]))
                all_ev.append(ev)
        if len(prefixes) != 1:
            err('%s: expected one slug prefix, found %s' % (aid, prefixes))
        for pf in prefixes:
            if sd and not pf.endswith('%02d' % (sd.year % 100)):
                err('%s: prefix %s does not end in the two digits of the year' % (aid, pf))
            if pf in old_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pf))
            prefix_summit.setdefault(pf, set()).add(summit_of[aid])
        for q in a['quotes']:
            needle = openm + q['text'] + closem
            if not any(needle in ev for ev in all_ev):
                err('%s: quote outside every evidence string: %s' % (aid, q['text'][:50]))
        # noise
        if not parts['tail'] or len(parts['header']) < 3:
            err('%s: page noise missing at top or end' % aid)
        for q in qtexts + list(a['not_quotes']):
            if q and q in noise_text:
                err('%s: gold quote in page noise: %s' % (aid, q[:40]))
        for ev in all_ev:
            if ev in noise_text:
                err('%s: evidence in page noise: %s' % (aid, ev[:40]))
            w = ev.split()
            for i in range(0, max(1, len(w) - 7)):
                sh = ' '.join(w[i:i + 8])
                if len(w) >= 8 and sh in noise_text:
                    err('%s: eight-word run of evidence in page noise: %s' % (aid, sh)); break
        if L['comments']:
            tl = parts['lines']
            ci = [i for i, l in enumerate(tl) if l.startswith(L['comments'])]
            n = int(re.search(r'\((\d+)\)', L['comments']).group(1))
            if len(ci) != 1:
                err('%s: comment block marker missing' % aid)
            else:
                cl = tl[ci[0] + 1: ci[0] + 1 + n]
                if n < 3 or len(cl) != n or not all(re.match(r'^[^:|]{1,40}: \S', l) for l in cl):
                    err('%s: comment block does not hold %d comments' % (aid, n))
        # words
        nb = len(' '.join(body).split())
        nf = len(text.split())
        if not 420 <= nb <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, nb))
        if nf > 750:
            err('%s: file has %d words' % (aid, nf))
        totals['quotes'] += len(a['quotes']); totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(a['participants']); totals['facts'] += len(a['facts'])
        print('%-40s body %3d file %3d quotes %d not_quotes %d participants %d facts %d' % (
            aid, nb, nf, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts'])))
    # shape: 5 summits, 3 pairs, 2 singles
    groups = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        groups[(sm[0], sm[1], sm[3])].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits as 3 pairs and 2 singles, got %s' % sizes)
    bodies = collections.Counter(k[0] for k in groups)
    if len(bodies) < 3 or max(bodies.values()) > 2:
        err('need at least three bodies and at most two summits per body: %s' % dict(bodies))
    pair_of = {}
    for key, members in groups.items():
        if len(members) == 2:
            x, y = members
            if summit_of[x] != summit_of[y]:
                err('pair %s disagrees on summit data' % members)
            if outlet_of.get(x) == outlet_of.get(y):
                err('pair %s from one outlet' % members)
            pair_of[x] = y; pair_of[y] = x
    for pf, sms in prefix_summit.items():
        if len(sms) > 1:
            err('prefix %s shared by two summits' % pf)
    shared = collections.defaultdict(list)
    for sl, uses in slug_use.items():
        arts_ = [u[0] for u in uses]
        if len(arts_) > 2:
            err('slug %s used in more than two articles' % sl)
        elif len(arts_) == 2:
            x, y = arts_
            if pair_of.get(x) != y:
                err('slug %s shared by articles that are not a pair' % sl)
            if uses[0][1] != uses[1][1]:
                err('slug %s has different kinds in the pair' % sl)
            shared[tuple(sorted(arts_))].append(sl)
    for key, members in groups.items():
        if len(members) == 2:
            n = len(shared.get(tuple(sorted(members)), []))
            print('pair %s: %d shared slugs: %s' % (' + '.join(members), n, ', '.join(sorted(shared.get(tuple(sorted(members)), [])))))
            if n < 5:
                err('pair %s shares fewer than 5 slugs' % members)
    print('totals:', dict(totals))

if __name__ == '__main__':
    try:
        main()
    except Exception as e:
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % e)
    if ERRORS:
        for e in ERRORS:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(ERRORS))
        sys.exit(1)
    print('OK: heldout101 passes')
    sys.exit(0)
