#!/usr/bin/env python3
"""Checker for the held-out set heldout94 (eight articles, five summits). Exits 1 on any error."""
import json, os, re, sys, unicodedata, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H94_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
ERRORS = []
def err(msg): ERRORS.append(msg)

ABOUT_START = ("Held-out set round 94 (split=heldout94), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
USED_RAW = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Alexandria 1964; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Amsterdam 1997; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2017; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Basseterre 2006; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Bento Gonçalves 2019; Berlin 1999; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bodrum 2014; Bogor 1994; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Bridgetown 2002; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Bujumbura 2023; Burabay 2015; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Casablanca 1989; Cebu 2007; Chaguaramas 1973; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cochabamba 2012; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Corfu 1994; Cotonou 1995; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fez 1982; Florianópolis 2000; Fontainebleau 1984; Fort Lauderdale 2005; Fortaleza 2014; Freetown 1980; Funafuti 2019; Gabala 2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Grand Anse 1989; Grand Baie 2004; Guadalajara 1991; Gyeongju 2025; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Inshas 1946; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2022; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2005; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown 2024; Kinshasa 1967; Kinshasa 2009; Kinshasa 2012; Kiruna 2013; Koror 2014; Kraków 2021; Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lagos 1975; Lahore 1974; Las Leñas 1992; Libreville 1983; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Luxembourg 1997; Lyon 1996; Maastricht 1991; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Maseru 2006; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 1985; Milan 2014; Minsk 1993; Mogadishu 1974; Moncton 1999; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Munich 1992; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Naples 1994; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nice 2000; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2007; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Ocho Rios 1982; Osaka 1995; Osaka 2019; Oslo 2023; Ottawa 1973; Ouagadougou 1998; Ouro Preto 1994; Panama City 2000; Panama City 2015; Paracas 2015; Paranal 2012; Paraná 2014; Paris 2008; Pattaya 2009; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Pohnpei 2016; Port Louis 1976; Port Moresby 2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Porto 1998; Potrero de los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rabat 1969; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Salamanca 2005; Samara 2007; Samarkand 2022; San Francisco 2023; San Juan 2010; San Miguel de Tucumán 2008; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Subic Bay 1996; Suva 2022; Sydney 2007; São Tomé 2023; Tampere 1999; Taormina 2017; Tarawa 2000; Tashkent 2016; Tegucigalpa 1991; Tehran 2012; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 1988; Toronto 2010; Toyako 2008; Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Venice 1980; Veracruz 2014; Versailles 1982; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Williamsburg 1983; Wilmington 2024; Windhoek 2018; Windsor 2000; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; Yaoundé 1996; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID_RAW = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto Carras, Halkidiki), San Juan, Mbabane, Minsk, Paranal, São Tomé, Tegucigalpa, Ljubljana, Seville, Kingston, Pattaya, Rabat, Lagos, Williamsburg, Fez, Kyiv, Bangalore, Grand Baie, Guadalajara, Yaoundé, Fort Lauderdale, Gabala, Cotonou, Maastricht, Potrero de los Funes, Subic Bay, Kroměříž, Yalta, Chaguaramas, Ocho Rios, Punta Mita, Libreville, Praia, Naples, Venice, Koror, Inshas, Ottawa, Corfu, Windsor, Amsterdam, Tucumán, Munich, Berlin, Milan, Las Leñas, Nuku'alofa, Jeddah, Kinshasa, Grand Anse, Paracas, Panama City, Bridgetown, Port Louis, Cochabamba, Bodrum, Kazan, Gyeongju, Tarawa, Apia, Basseterre, Versailles, Nice, Fontainebleau, Toronto, Florianópolis, Luxembourg, Tampere, Salamanca, Paraná, Maseru, Alexandria, Freetown, Bujumbura, Burabay, Mogadishu."

# per-article registry: quote style, tail marker (first line of the closing page noise),
# mid-body page-noise line prefixes, credited staff (neither authors nor participants)
REG = {
 'h94_nam_belgrade_halliard':    dict(curly=False, tail='(Reporting by', mid=[], staff=['Branka Stojsavljevic-Quarterman']),
 'h94_nam_belgrade_konkan':      dict(curly=True,  tail='From the archive:', mid=['Photo: '], staff=[]),
 'h94_eu_essen_emscher':         dict(curly=True,  tail='Comments (3)', mid=['ADVERTISEMENT - '], staff=[]),
 'h94_eu_essen_vistula':         dict(curly=False, tail='FAQ for subscribers', mid=[], staff=[]),
 'h94_coe_vienna_leitha':        dict(curly=False, tail='[END OF TRANSCRIPT]', mid=[], staff=[]),
 'h94_coe_vienna_orangerie':     dict(curly=True,  tail='Subscribe to The Orangerie Letter', mid=[], staff=[]),
 'h94_eu_dublin_dodder':         dict(curly=False, tail='Comments (5)', mid=['Read also: '], staff=[]),
 'h94_andean_trujillo_huanchaco':dict(curly=True,  tail='Newsletter: get the Andean', mid=['ADVERTISEMENT | '], staff=[]),
}
# bodies allowed by the brief for this set, with the id abbreviation and names that count as naming the body
BODIES = {
 'org:african-union': ('au', ['african union']), 'org:oau': ('oau', ['organisation of african unity', 'organization of african unity', 'oau']),
 'org:eu': ('eu', ['european union', 'european council', 'european community', 'eu', 'eec', 'european economic community']),
 'org:saarc': ('saarc', ['saarc']), 'org:summit-of-the-americas': ('americas', ['summit of the americas']),
 'org:oas': ('oas', ['organization of american states', 'oas']), 'org:turkic-council': ('turkic', ['turkic council', 'organization of turkic states']),
 'org:csto': ('csto', ['csto', 'collective security treaty organization']), 'org:eaeu': ('eaeu', ['eurasian economic union']),
 'org:visegrad-group': ('visegrad', ['visegrad group']), 'org:bimstec': ('bimstec', ['bimstec']), 'org:eccas': ('eccas', ['eccas']),
 'org:comesa': ('comesa', ['comesa']), 'org:igad': ('igad', ['igad']), 'org:andean-community': ('andean', ['andean community']),
 'org:non-aligned-movement': ('nam', ['non aligned movement', 'non aligned countries', 'non aligned']),
 'org:council-of-europe': ('coe', ['council of europe']), 'org:sica': ('sica', ['sica', 'central american integration system']),
}
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'prime', 'minister', 'king', 'queen', 'emperor', 'chancellor', 'mr', 'mrs', 'ms', 'dr', 'sir',
               'premier', 'archbishop', 'secretary', 'general', 'taoiseach', 'sheikh', 'prince', 'professor', 'prof'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
MONTH_ABBR = {'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'aug': 8, 'sep': 9, 'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
REL0 = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
REL1 = ['yesterday', 'last night']

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    for a, b in (('ø', 'o'), ('Ø', 'O'), ('æ', 'ae'), ('Æ', 'AE'), ('ð', 'd'), ('ł', 'l'), ('Ł', 'L'), ('ß', 'ss'), ('đ', 'd'), ('Đ', 'D')):
        s = s.replace(a, b)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.lower()
def tokens(s):
    s = re.sub(r"(?<=\w)'s\b", '', fold(s))
    s = re.sub(r"(?<=\w)'(?=\w)", '', s)
    return re.findall(r'[a-z0-9]+', s)
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))
def parse_date(s, what):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s): raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: not an ISO date: %r' % (what, s)); return None

def city_forms(entry):
    m = re.fullmatch(r'(.*?) \((.*)\)', entry.strip())
    return [m.group(1), m.group(2)] if m else [entry.strip()]
USED = set()
for item in USED_RAW.split(';'):
    item = item.strip()
    if not item: continue
    m = re.fullmatch(r'(.+) (\d{4})', item)
    USED.add((' '.join(tokens(m.group(1))), int(m.group(2))))
AVOID = set()
for item in re.split(r',\s*', AVOID_RAW.strip().rstrip('.')):
    for f in city_forms(item):
        AVOID.add(' '.join(tokens(f)))

def split_article(text, reg, aid):
    lines = text.split('\n')
    if '' not in lines:
        err('%s: no blank line after the header' % aid); return None
    fb = lines.index('')
    tails = [i for i, l in enumerate(lines) if l.startswith(reg['tail'])]
    if len(tails) != 1:
        err('%s: tail marker %r found %d times' % (aid, reg['tail'], len(tails))); return None
    ti = tails[0]
    if ti <= fb:
        err('%s: tail marker inside the header' % aid); return None
    offs = []; p = 0
    for l in lines: offs.append(p); p += len(l) + 1
    body, noise, mid = [], [], []
    for i, l in enumerate(lines):
        span = (offs[i], offs[i] + len(l))
        if i == 0: continue
        if i < fb or i >= ti: noise.append(span); continue
        if i == fb: continue
        if any(l.startswith(m) for m in reg['mid']):
            noise.append(span); mid.append(i); continue
        body.append(span)
    return dict(lines=lines, fb=fb, ti=ti, body=body, noise=noise, mid=mid, head=(0, len(lines[0])))

def spans_text(text, spans): return '\n'.join(text[b:e] for b, e in spans)

def find_in(text, s, spans):
    hits = []
    for b, e in spans:
        i = text.find(s, b)
        while i != -1 and i + len(s) <= e:
            hits.append(i); i = text.find(s, i + 1)
    return hits

LABEL_RE = re.compile(r"[A-Z][A-Z'\-\. ]+: ")
def sentence_bounded(text, i, s, spans):
    # start
    line_start = text.rfind('\n', 0, i) + 1
    before = text[line_start:i]
    ok_start = (before == '' or LABEL_RE.fullmatch(before) is not None
                or re.search(r'[.?!][\u201d"]? $', before) is not None)
    j = i + len(s)
    after = text[j:j + 1]
    ok_end = ((after in ('', '\n') or after == ' ') and (
        re.search(r'[.?!]$', s) is not None or re.search(r'[.,?!][\u201d"]$', s) is not None
        or after in ('', '\n')))
    return ok_start and ok_end

def dq_spans(text, spans, curly):
    out = []
    for b, e in spans:
        seg = text[b:e]
        if curly:
            out += re.findall(r'\u201c([^\u201c\u201d]*)\u201d', seg)
        else:
            out += re.findall(r'"([^"]*)"', seg)
    return out

def main():
    gpath = os.path.join(HERE, 'heldout94_gold.json')
    try:
        raw = open(gpath, encoding='utf-8').read()
        data = json.loads(raw, object_pairs_hook=collections.OrderedDict)
    except Exception as e:
        err('cannot read gold: %s' % e); return
    if list(data.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles: %s' % list(data.keys()))
    about = data.get('about', '')
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = data.get('articles', [])
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles, got %s' % (len(arts) if isinstance(arts, list) else type(arts)))
        if not isinstance(arts, list): return
    # earlier gold
    earlier_ids, earlier_slugs, earlier_prefixes, earlier_summits = set(), set(), set(), set()
    n_earlier = 0
    for name in ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 93)]:
        p = os.path.join(EARLIER, name)
        if not os.path.exists(p): continue
        n_earlier += 1
        d = json.load(open(p, encoding='utf-8'))
        for a in (d['articles'] if isinstance(d, dict) else d):
            earlier_ids.add(a.get('id'))
            s = a.get('summit') or {}
            try:
                earlier_summits.add((' '.join(tokens(s.get('city') or '')), int((s.get('start_date') or '0')[:4])))
            except ValueError:
                pass
            for f in a.get('facts', []):
                sl = f.get('same_as')
                if isinstance(sl, str):
                    earlier_slugs.add(sl); earlier_prefixes.add(sl.split('-')[0])
    if n_earlier < 10:
        err('earlier gold files not found under %s (found %d)' % (EARLIER, n_earlier))
    # files present
    present = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts if isinstance(a, dict)]
    if sorted(ids) != present:
        err('article ids %s do not match the .txt files present %s' % (sorted(ids), present))
    if len(set(ids)) != len(ids): err('duplicate ids')
    if set(ids) != set(REG): err('ids are not the registered ids: %s' % sorted(set(ids) ^ set(REG)))
    slug_use = collections.defaultdict(list)
    summit_of = {}
    outlet_of = {}
    prefix_of_summit = collections.defaultdict(set)
    all_quote_texts, all_evidence = [], []
    totals = collections.Counter()
    for a in arts:
        if not isinstance(a, dict):
            err('article is not an object'); continue
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys/order %s' % (aid, list(a.keys())))
            if not all(k in a for k in ART_KEYS): continue
        reg = REG.get(aid)
        if reg is None: continue
        m = re.fullmatch(r'h94_([a-z]+)_([a-z]+)_([a-z]+)', aid or '')
        if not m: err('%s: malformed id' % aid); continue
        if aid in earlier_ids: err('%s: id used in earlier gold' % aid)
        if a['split'] != 'heldout94': err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid: err('%s: file %r' % (aid, a['file']))
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles' % aid)
        tpath = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(tpath): err('%s: article file missing' % aid); continue
        text = open(tpath, encoding='utf-8').read()
        parts = split_article(text, reg, aid)
        if parts is None: continue
        lines = parts['lines']
        if text.endswith('\n\n') or not text.endswith('\n'): err('%s: file should end with exactly one newline' % aid)
        # title
        if not isinstance(a['title'], str) or a['title'] != lines[0]: err('%s: title differs from the headline' % aid)
        if a['title'] not in text: err('%s: title not verbatim in file' % aid)
        # header: outlet line with date, byline
        if parts['fb'] < 4: err('%s: header needs outlet, byline and a noise line' % aid)
        pub = parse_date(a['published_at'], aid + ' published_at')
        outlet_line = lines[1]
        outlet_of[aid] = outlet_line.split(' | ')[0].strip()
        if pub:
            want = [WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], str(pub.day), str(pub.year)]
            ft = tokens(outlet_line)
            for w in want:
                if w not in ft: err('%s: outlet line lacks %r' % (aid, w))
            for wd in WEEKDAYS:
                if wd != want[0] and wd in ft: err('%s: outlet line has another weekday %r' % (aid, wd))
        header = '\n'.join(lines[1:parts['fb']])
        if not isinstance(a['authors'], list) or not a['authors']: err('%s: authors must be a non-empty list' % aid)
        for au in a['authors']:
            if au not in header: err('%s: author %r not in the byline' % (aid, au))
        noise_text = spans_text(text, parts['noise'])
        for st in reg['staff']:
            if st not in noise_text: err('%s: credited staff %r not in page noise' % (aid, st))
        # body and noise
        body_text = spans_text(text, parts['body'])
        bw = len(body_text.split())
        fw = len(text.split())
        if not 420 <= bw <= 600: err('%s: body has %d words (420-600)' % (aid, bw))
        if fw > 700: err('%s: file has %d words (max 700)' % (aid, fw))
        nlines_tail = len(lines) - parts['ti'] - (1 if lines[-1] == '' else 0)
        if nlines_tail < 2: err('%s: closing page noise too short' % aid)
        if parts['fb'] < 3: err('%s: top page noise missing' % aid)
        if '"' in noise_text or '\u201c' in noise_text or '\u201d' in noise_text or '"' in lines[0] or '\u201c' in lines[0]:
            err('%s: double quotation mark in headline or page noise' % aid)
        # reader comments: a 'Comments (N)' line followed by at least three 'handle: text' lines
        has_comments = False
        nl = noise_text.split('\n')
        for ci, l in enumerate(nl):
            if re.fullmatch(r'(Reader )?[Cc]omments \(\d+\)', l):
                has_comments = True
                n = 0
                for l2 in nl[ci + 1:]:
                    if re.match(r'^[A-Za-z0-9_.\- ]{1,25}( \([A-Za-z ]+\))?: \S', l2): n += 1
                    else: break
                if n < 3: err('%s: comment section with fewer than 3 comments' % aid)
        if has_comments: totals['with_comments'] += 1
        # quote style
        if reg['curly']:
            if '"' in text or "'" in text: err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text: err('%s: opening single curly mark' % aid)
            for ln in lines:
                depth = 0
                for ch in ln:
                    if ch == '\u201c':
                        if depth: err('%s: nested curly quote: %s' % (aid, ln[:60]))
                        depth = 1
                    elif ch == '\u201d':
                        if not depth: err('%s: unopened curly quote: %s' % (aid, ln[:60]))
                        depth = 0
                if depth: err('%s: unclosed curly quote: %s' % (aid, ln[:60]))
        else:
            if re.search('[\u201c\u201d\u2018\u2019]', text): err('%s: curly mark in a straight article' % aid)
            for ln in lines:
                if ln.count('"') % 2: err('%s: odd number of marks on a line: %s' % (aid, ln[:60]))
        apos_ok = (lambda s: "'" not in s) if reg['curly'] else (lambda s: '\u2019' not in s)
        hb_tokens = tokens(lines[0] + '\n' + body_text)
        hb_spans = [parts['head']] + parts['body']
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys/order' % aid); continue
        org = s['organization']
        if org not in BODIES: err('%s: organisation %r not allowed' % (aid, org)); continue
        if m.group(1) != BODIES[org][0]: err('%s: id body part %r does not match %s' % (aid, m.group(1), org))
        ctoks = ' '.join(tokens(s['city']))
        if m.group(2) != ctoks.replace(' ', ''): err('%s: id city part does not match %r' % (aid, s['city']))
        sd = parse_date(s['start_date'], aid + ' start_date'); ed = parse_date(s['end_date'], aid + ' end_date')
        if ctoks in AVOID: err('%s: city %r is on the avoid list' % (aid, s['city']))
        if sd:
            if (ctoks, sd.year) in USED: err('%s: %s %d is on the used list' % (aid, s['city'], sd.year))
            if (ctoks, sd.year) in earlier_summits: err('%s: %s %d used by an earlier summit entry' % (aid, s['city'], sd.year))
        if sd and ed:
            if sd > ed: err('%s: start after end' % aid)
            if (ed - sd).days > 7: err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside the summit window' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields must be a non-empty subset of the five fields in order' % aid); tf = []
        hb_fold = ' '.join(hb_tokens)
        for f in tf:
            if f == 'organization':
                if not any(has_seq(hb_tokens, tokens(n)) for n in BODIES[org][1]): err('%s: organisation not named in text' % aid)
            elif f in ('city', 'country'):
                if not has_seq(hb_tokens, tokens(s[f])): err('%s: %s %r not in text' % (aid, f, s[f]))
            else:
                d = sd if f == 'start_date' else ed
                if d and pub and not date_supported(d, pub, lines[0] + '\n' + body_text):
                    err('%s: %s %s not recoverable from the text' % (aid, f, d))
        summit_key = (org, s['city'], s['country'], s['start_date'], s['end_date'])
        summit_of[aid] = summit_key
        # participants
        parts_list = a['participants']
        pkeys = []
        for p in parts_list:
            if list(p.keys()) != PART_KEYS: err('%s: participant keys/order' % aid); continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k): err('%s: bad participant key %r' % (aid, k)); continue
            if k in pkeys: err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            nt = k[len('person:'):].split('-')
            if nt[0] in TITLE_WORDS: err('%s: key starts with a title: %s' % (aid, k))
            if not has_seq(hb_tokens, nt): err('%s: name of %s not in headline or body' % (aid, k))
            if has_seq(tokens(noise_text), nt): err('%s: participant name %s appears in page noise' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip(): err('%s: empty %s for %s' % (aid, fld, k))
                elif not apos_ok(v): err('%s: %s of %s in the wrong apostrophe style' % (aid, fld, k))
        for au in a['authors'] + reg['staff']:
            if 'person:' + '-'.join(tokens(au)) in pkeys: err('%s: author or staff %r listed as participant' % (aid, au))
        # quotes
        quotes = a['quotes']
        evid_all = [e for f in a['facts'] if isinstance(f, dict) for e in (f.get('evidence') or [])]
        last = -1
        qtexts = []
        op, cl = ('\u201c', '\u201d') if reg['curly'] else ('"', '"')
        for q in quotes:
            if list(q.keys()) != QUOTE_KEYS: err('%s: quote keys/order' % aid); continue
            t = q['text']
            if q['kind'] not in QUOTE_KINDS: err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*', sk): err('%s: malformed speaker key %r' % (aid, sk))
            elif not (sk in pkeys or sk.startswith('org:')): err('%s: speaker %s is neither a participant nor an org' % (aid, sk))
            marked = op + t + cl
            if t not in text: err('%s: quote not verbatim in file: %r' % (aid, t[:50]))
            hits = find_in(text, marked, parts['body'])
            if not hits: err('%s: quote not found with its marks in the body: %r' % (aid, t[:50])); continue
            nxt = [h for h in hits if h > last]
            if not nxt: err('%s: quotes out of text order at %r' % (aid, t[:50])); continue
            last = nxt[0]
            if not any(marked in e for e in evid_all): err('%s: quote outside every evidence string: %r' % (aid, t[:50]))
            if t in noise_text: err('%s: quote text appears in page noise: %r' % (aid, t[:50]))
            qtexts.append(t)
            totals['q_' + q['kind']] += 1
        nq = a['not_quotes']
        if not isinstance(nq, list) or any(not isinstance(x, str) for x in nq): err('%s: not_quotes must be a list of strings' % aid); nq = []
        for x in nq:
            if not find_in(text, op + x + cl, parts['body']): err('%s: not_quote not found with marks: %r' % (aid, x))
        found = collections.Counter(dq_spans(text, hb_spans, reg['curly']))
        annotated = collections.Counter(qtexts + nq)
        if found != annotated:
            err('%s: quoted spans and annotations differ: extra in text %s; extra in gold %s' % (
                aid, list((found - annotated).elements())[:3], list((annotated - found).elements())[:3]))
        all_quote_texts += qtexts
        totals['quotes'] += len(qtexts); totals['not_quotes'] += len(nq); totals['participants'] += len(pkeys)
        # facts
        prefixes = set(); seen = set()
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS: err('%s: fact keys/order' % aid); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip(): err('%s: empty statement' % aid)
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or any(k not in FACT_KINDS for k in ks):
                err('%s: bad fact kinds %r' % (aid, ks)); ks = []
            sl = f['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z0-9]+', sl):
                err('%s: malformed same_as %r' % (aid, sl)); continue
            if sl in seen: err('%s: slug %s repeated in the article' % (aid, sl))
            seen.add(sl)
            pre = sl.split('-')[0]
            prefixes.add(pre)
            if sd and pre[-2:] != '%02d' % (sd.year % 100): err('%s: prefix %s does not end in the year' % (aid, pre))
            if sl in earlier_slugs: err('%s: slug %s used in earlier gold' % (aid, sl))
            if pre in earlier_prefixes: err('%s: prefix %s used in earlier gold' % (aid, pre))
            slug_use[sl].append((aid, tuple(ks)))
            evs = f['evidence']
            if not isinstance(evs, list) or not evs: err('%s: evidence must be a non-empty list (%s)' % (aid, sl)); continue
            for e in evs:
                if not isinstance(e, str) or e != e.strip() or not e: err('%s: evidence with outer spaces (%s)' % (aid, sl)); continue
                if e not in text: err('%s: evidence not verbatim (%s): %r' % (aid, sl, e[:60])); continue
                hits = find_in(text, e, hb_spans)
                if not hits: err('%s: evidence not in headline or body (%s): %r' % (aid, sl, e[:60])); continue
                if not any(sentence_bounded(text, h, e, hb_spans) for h in hits):
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sl, e[:60]))
                if e in noise_text: err('%s: evidence appears in page noise (%s)' % (aid, sl))
                all_evidence.append(e)
            for k in ks: totals['f_' + k] += 1
            totals['facts'] += 1
        if len(prefixes) != 1: err('%s: expected one slug prefix, got %s' % (aid, sorted(prefixes)))
        for pre in prefixes: prefix_of_summit[pre].add(summit_key)
        print('%-32s q=%d nq=%d p=%d f=%d body=%d file=%d comments=%s' % (aid, len(qtexts), len(nq), len(pkeys), len(a['facts']), bw, fw, has_comments))
    # shape
    by_summit = collections.defaultdict(list)
    for aid, sk in summit_of.items(): by_summit[sk].append(aid)
    sizes = sorted(len(v) for v in by_summit.values())
    if sizes != [1, 1, 2, 2, 2]: err('shape: expected 3 pairs and 2 singles, got %s' % sizes)
    bodies = collections.Counter(sk[0] for sk in by_summit)
    if len(bodies) < 3: err('fewer than three bodies')
    if max(bodies.values() or [0]) > 2: err('more than two summits of one body')
    if len({(sk[0], sk[1]) for sk in by_summit}) != len(by_summit): err('two summits share body and city')
    cities = collections.Counter(sk[1] for sk in by_summit)
    for pre, sks in prefix_of_summit.items():
        if len(sks) > 1: err('prefix %s shared by two summits' % pre)
    pairs = [tuple(sorted(v)) for v in by_summit.values() if len(v) == 2]
    for p in pairs:
        if outlet_of.get(p[0]) == outlet_of.get(p[1]): err('pair %s from one outlet' % (p,))
    shared_per_pair = collections.Counter()
    for sl, uses in slug_use.items():
        arts_ = tuple(sorted(u[0] for u in uses))
        if len(uses) > 2: err('slug %s used in more than two articles' % sl)
        elif len(uses) == 2:
            if arts_ not in pairs: err('slug %s shared by articles that are not a pair: %s' % (sl, arts_))
            elif uses[0][1] != uses[1][1]: err('slug %s has different kinds in the pair' % sl)
            else: shared_per_pair[arts_] += 1
    for p in pairs:
        print('pair %s / %s shares %d slugs' % (p[0], p[1], shared_per_pair[p]))
        if shared_per_pair[p] < 5: err('pair %s shares fewer than 5 slugs' % (p,))
    if totals['with_comments'] < 3: err('fewer than three articles carry a reader comment section')
    print('totals: %s' % dict(sorted(totals.items())))

def date_supported(d, pub, text):
    t = ' ' + ' '.join(tokens(text)) + ' '
    # month and day (full or abbreviated month, single day, ranges and 'X and Y')
    month_names = [MONTHS[d.month - 1]] + [k for k, v in MONTH_ABBR.items() if v == d.month]
    for mn in month_names:
        for mt in re.finditer(r' %s ((?:\d{1,2} (?:and |to )?)+)' % mn, t):
            days = [int(x) for x in re.findall(r'\d{1,2}', mt.group(1))]
            if days and (d.day in days or (len(days) >= 2 and days[0] <= d.day <= days[-1])):
                return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and (' %s ' % WEEKDAYS[d.weekday()]) in t: return True
    if delta == 0 and any((' %s ' % ' '.join(tokens(w))) in t for w in REL0): return True
    if delta == 1 and any((' %s ' % ' '.join(tokens(w))) in t for w in REL1): return True
    return False

if __name__ == '__main__':
    try:
        main()
    except Exception as e:
        import traceback; traceback.print_exc()
        err('crash: %r' % e)
    if ERRORS:
        for e in ERRORS: print('ERROR:', e)
        print('FAIL (%d errors)' % len(ERRORS)); sys.exit(1)
    print('PASS'); sys.exit(0)
