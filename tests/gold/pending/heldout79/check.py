#!/usr/bin/env python3
"""Validator for the heldout79 gold set (tests/gold/pending/heldout79/).

Written from scratch for round 79. Reads heldout79_gold.json and the article .txt files of its own folder
(os.listdir of the folder it sits in), and, for novelty checks, the earlier gold files opened by exact name
(facts_gold.json and heldoutN_gold.json for N = 5 to 77) in tests/gold (or in $H79_EARLIER).
Prints per-article counts and exits 1 on any error (a crash counts as an error).
"""
import json, os, re, sys, datetime, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H79_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
EARLIER_NAMES = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 78)]
OPENING = ('Held-out set round 79 (split=heldout79), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

# per-article registry: quote style, tail marker (first line of the page noise after the body), credited staff
REG = {
    'h79_eu_seville_astrolabe': ('straight', '(Reporting by', ['Inigo Quiros-Chalcroft', 'Leire Tuffnell-Garay']),
    'h79_eu_seville_lantana': ('curly', 'Next week:', []),
    'h79_chogm_kingston_liguanea': ('curly', 'Also in today', []),
    'h79_chogm_kingston_pomeroon': ('straight', '[END OF TRANSCRIPT]', []),
    'h79_asean_pattaya_longtail': ('curly', 'Read next:', []),
    'h79_asean_pattaya_frangipani': ('straight', 'Frangipani view:', []),
    'h79_oic_rabat_sirocco': ('curly', 'Next week:', []),
    'h79_ecowas_lagos_cowrie': ('straight', 'Cowrie prices this week:', []),
}
ORG_NAMES = {
    'org:eu': ['European Union', 'EU', 'European Council'],
    'org:commonwealth': ['Commonwealth'],
    'org:asean': ['ASEAN', 'Association of Southeast Asian Nations'],
    'org:oic': ['OIC', 'Organisation of the Islamic Conference', 'Organization of the Islamic Conference',
                'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'],
    'org:ecowas': ['ECOWAS', 'Economic Community of West African States'],
}
AVOID_RAW = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto Carras, Halkidiki), San Juan, Mbabane"
USED_RAW = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Bento Gonçalves 2019; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bogor 1994; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Casablanca 1989; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingstown 2024; Kinshasa 2012; Kiruna 2013; Kraków 2021; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lahore 1974; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Moncton 1999; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Osaka 1995; Osaka 2019; Oslo 2023; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Pohnpei 2016; Port Moresby 2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Juan 2010; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yamoussoukro 2014; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"

ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
TF_ORDER = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = ['decision', 'reaction', 'outcome', 'pledge', 'membership']
TITLE_WORDS = {'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'president', 'king', 'queen', 'prince', 'sheikh',
               'prime', 'minister', 'general', 'chief', 'hon', 'premier', 'taoiseach', 'chancellor', 'secretary',
               'professor', 'prof', 'colonel', 'emir', 'sultan', 'his', 'her', 'the'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
MON_ABBR = {'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
RELATIVE = {0: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'], 1: ['yesterday', 'last night']}
CURLY = '\u201c\u201d\u2018\u2019'

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()

def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: bad date %r' % (where, s))
        return None

def split_avoid(raw):
    items, depth, cur = [], 0, ''
    for ch in raw:
        if ch == '(':
            depth += 1
        if ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            items.append(cur.strip()); cur = ''
        else:
            cur += ch
    items.append(cur.strip())
    names = set()
    for it in items:
        m = re.fullmatch(r'(.*?)\s*\((.*)\)', it)
        if m:
            names.add(fold(m.group(1)))
            for alt in m.group(2).split(','):
                names.add(fold(alt.strip()))
        else:
            names.add(fold(it))
    return names

AVOID = split_avoid(AVOID_RAW)
USED = set()
for part in USED_RAW.split(';'):
    part = part.strip()
    m = re.fullmatch(r'(.+) (\d{4})', part)
    if m:
        USED.add((fold(m.group(1)), m.group(2)))
    elif part:
        err('cannot parse used entry %r' % part)

def quoted_spans(text, style):
    """Return list of (start, inner_text) of double-quoted spans, checking balance."""
    spans = []
    if style == 'straight':
        for ln_start, ln in line_iter(text):
            idx = [i for i, c in enumerate(ln) if c == '"']
            if len(idx) % 2:
                err('odd number of straight double marks on line: %r' % ln[:60])
                continue
            for a, b in zip(idx[::2], idx[1::2]):
                spans.append((ln_start + a, ln[a + 1:b]))
    else:
        for ln_start, ln in line_iter(text):
            open_at = None
            for i, c in enumerate(ln):
                if c == '\u201c':
                    if open_at is not None:
                        err('nested opening curly mark on line: %r' % ln[:60])
                    open_at = i
                elif c == '\u201d':
                    if open_at is None:
                        err('unopened closing curly mark on line: %r' % ln[:60])
                    else:
                        spans.append((ln_start + open_at, ln[open_at + 1:i]))
                        open_at = None
            if open_at is not None:
                err('unclosed curly mark on line: %r' % ln[:60])
    return spans

def line_iter(text):
    pos = 0
    for ln in text.split('\n'):
        yield pos, ln
        pos += len(ln) + 1

def sentence_bounded(line, start, end):
    # start: line start, after sentence punctuation (+ optional closing mark) and a space, or after a speaker label
    before = line[:start]
    ok_start = (start == 0 or re.search(r'[.!?]["\u201d\u2019)]?\s$', before) is not None
                or re.fullmatch(r'[A-Z][A-Z\'\u2019 .-]+(\([^)]*\))?: ', before) is not None)
    after = line[end:]
    last = line[end - 1] if end > 0 else ''
    ok_end = (after == '' or (last in '.!?"\u201d\u2019)' and after.startswith(' ')))
    if ok_end and after != '' and last not in '.!?':
        # a closing mark must follow sentence punctuation or close a complete sentence
        ok_end = line[end - 2] in '.!?' if end >= 2 else False
    return ok_start, ok_end

def date_supported(d, pub, ftext, is_end, start):
    months = set()
    for m in re.finditer(r'\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(\d{1,2})\b(?:\s*(?:and|to|-)\s*(\d{1,2})\b)?', ftext):
        name = m.group(1)
        mon = MONTHS.index(name) + 1 if name in MONTHS else MON_ABBR[name]
        months.add((mon, int(m.group(2))))
        if m.group(3):
            months.add((mon, int(m.group(3))))
    if (d.month, d.day) in months:
        return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b' + WEEKDAYS[d.weekday()] + r'\b', ftext):
        return True
    for w in RELATIVE.get(delta, []):
        if re.search(r'\b' + w + r'\b', ftext):
            return True
    return False

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    for n in EARLIER_NAMES:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            err('earlier gold file missing: %s' % p)
            continue
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return ids, slugs, prefixes, summits

def main():
    gold_path = os.path.join(HERE, 'heldout79_gold.json')
    try:
        raw = open(gold_path, encoding='utf-8').read()
        G = json.loads(raw)
    except Exception as e:
        err('cannot read gold JSON: %s' % e)
        return
    if not isinstance(G, dict) or list(G.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(G['about'], str) or not G['about'].startswith(OPENING):
        err('about text must begin with the required opening sentence')
    arts = G['articles']
    if not isinstance(arts, list):
        err('articles must be a list'); return
    e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    if any(isinstance(i, str) and i.startswith('h79_') for i in e_ids):
        err('prefix h79 already used in earlier gold')
    folder_txt = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    seen_ids = set()
    per = []
    totals = collections.Counter()
    for a in arts:
        if not isinstance(a, dict):
            err('article entry is not an object'); continue
        aid = a.get('id', '?')
        W = lambda m, aid=aid: err('%s: %s' % (aid, m))
        if list(a.keys()) != ART_KEYS:
            W('article keys %r not exactly %r' % (list(a.keys()), ART_KEYS)); continue
        if not isinstance(aid, str) or not re.fullmatch(r'h79_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            W('bad id'); continue
        if aid in seen_ids:
            W('duplicate id')
        seen_ids.add(aid)
        if aid in e_ids:
            W('id already used in earlier gold')
        if aid not in REG:
            W('id not registered in check.py'); continue
        style, tail, staff = REG[aid]
        if a['split'] != 'heldout79':
            W('split must be heldout79')
        if a['file'] != 'articles/%s.txt' % aid:
            W('file must be articles/<id>.txt')
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already present in tests/gold/articles' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            W('article file missing'); continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if len(lines) < 6:
            W('article too short'); continue
        # types
        for k in ['title', 'published_at']:
            if not isinstance(a[k], str) or not a[k]:
                W('%s must be a non-empty string' % k)
        for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
            if not isinstance(a[k], list):
                W('%s must be a list' % k)
        if not isinstance(a['summit'], dict):
            W('summit must be an object'); continue
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            W('authors must be non-empty strings')
        headline = lines[0]
        if a['title'] != headline:
            W('title differs from headline')
        tail_idx = next((i for i, l in enumerate(lines) if i >= 4 and l.startswith(tail)), None)
        if tail_idx is None:
            W('tail marker %r not found' % tail); continue
        body_lines = lines[4:tail_idx]
        body = '\n'.join(body_lines)
        noise = '\n'.join(lines[1:4] + lines[tail_idx:])
        hb = headline + '\n' + body
        nwb = len(body.split()); nwf = len(text.split())
        if not 420 <= nwb <= 600:
            W('body has %d words (420-600)' % nwb)
        if nwf > 700:
            W('file has %d words (max 700)' % nwf)
        # quote style
        if style == 'straight':
            if any(c in text for c in CURLY):
                W('curly mark in a straight article')
        else:
            if '"' in text or "'" in text:
                W('straight mark in a curly article')
            if '\u2018' in text:
                W('opening single curly mark in a curly article')
        for p in a['participants'] if isinstance(a['participants'], list) else []:
            for fld in ('role', 'affiliation'):
                v = p.get(fld, '') if isinstance(p, dict) else ''
                if style == 'straight' and '\u2019' in v:
                    W('curly apostrophe in %s of a straight article' % fld)
                if style == 'curly' and "'" in v:
                    W('straight apostrophe in %s of a curly article' % fld)
        if re.search('["\u201c\u201d]', headline) or re.search('["\u201c\u201d]', noise):
            W('double quotation mark in headline or page noise')
        # dates and outlet line
        pub = parse_date(a['published_at'], aid + ' published_at')
        outlet_line = lines[1]
        if pub:
            ol = fold(outlet_line)
            for need in [WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], str(pub.year)]:
                if not re.search(r'\b' + need + r'\b', ol):
                    W('outlet line lacks %r' % need)
            if not re.search(r'\b%d\b' % pub.day, ol):
                W('outlet line lacks the day number')
            others = [w for w in WEEKDAYS if w != WEEKDAYS[pub.weekday()] and re.search(r'\b' + w + r'\b', ol)]
            if others:
                W('other weekday on outlet line: %r' % others)
        outlet = outlet_line.split('|')[0].strip()
        # authors
        byline = fold(lines[2])
        ptoks = set()
        for au in a['authors']:
            if not re.search(r'(?<![a-z0-9])' + re.escape(fold(au)) + r'(?![a-z0-9])', byline):
                W('author %r not in byline' % au)
        for st in staff:
            if fold(st) not in fold('\n'.join(lines[tail_idx:])):
                W('credited staff %r not in page noise' % st)
            if fold(st) in fold(hb):
                W('credited staff %r appears in the body' % st)
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            W('summit keys not exactly %r' % SUMMIT_KEYS); continue
        for k in SUMMIT_KEYS[:5]:
            if not isinstance(s[k], str) or not s[k]:
                W('summit %s must be a non-empty string' % k)
        sd = parse_date(s['start_date'], aid + ' start_date'); ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                W('start after end')
            if (ed - sd).days > 7:
                W('summit longer than 8 days')
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                W('publication not between start and three weeks after end')
        if fold(s['city']) in AVOID:
            W('city %r is on the avoid list' % s['city'])
        if sd and (fold(s['city']), str(sd.year)) in USED:
            W('city and year %s %d on the used list' % (s['city'], sd.year))
        for (o, c, st_) in e_summits:
            if c and st_ and fold(c) == fold(s['city']) and st_[:4] == s['start_date'][:4]:
                W('city and year already used by an earlier summit entry')
                break
        if (s['organization'], s['city'], s['start_date']) in e_summits:
            W('summit already in earlier gold')
        if s['organization'] not in ORG_NAMES:
            W('organization %r not registered' % s['organization'])
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(x not in TF_ORDER for x in tf) or tf != [x for x in TF_ORDER if x in tf]:
            W('text_fields must be a non-empty subset of %r in that order' % TF_ORDER)
            tf = []
        ftoks = tokens(hb)
        fhb = fold(hb)
        if 'organization' in tf and not any(has_seq(ftoks, tokens(n)) for n in ORG_NAMES.get(s['organization'], [])):
            W('organization not named in headline or body')
        for fld in ('city', 'country'):
            if fld in tf and not has_seq(ftoks, tokens(s[fld])):
                W('%s %r not in headline or body' % (fld, s[fld]))
        for fld, d in (('start_date', sd), ('end_date', ed)):
            if fld in tf and d and pub and not date_supported(d, pub, fhb, fld == 'end_date', sd):
                W('%s not supported by the text' % fld)
        # participants
        pkeys = []
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != ['key', 'role', 'affiliation']:
                W('participant keys must be key, role, affiliation'); continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                W('bad participant key %r' % k); continue
            if k in pkeys:
                W('duplicate participant %s' % k)
            pkeys.append(k)
            nt = k[7:].split('-')
            if nt[0] in TITLE_WORDS:
                W('title word as first token of %s' % k)
            if not has_seq(ftoks, nt):
                W('name of %s not in headline or body' % k)
            if not (isinstance(p['role'], str) and p['role'].strip() and isinstance(p['affiliation'], str) and p['affiliation'].strip()):
                W('empty role or affiliation for %s' % k)
            for au in a['authors'] + staff:
                if tokens(au) == nt:
                    W('author or credited staff %r listed as participant' % au)
        # quotes
        qtexts = []
        pos = 0
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != ['text', 'speaker_key', 'kind']:
                W('quote keys must be text, speaker_key, kind'); continue
            if q['kind'] not in ('direct', 'partial'):
                W('bad quote kind %r' % q['kind'])
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                W('bad speaker key %r' % sk)
            elif sk.startswith('person:') and sk not in pkeys:
                W('speaker %s not a participant' % sk)
            if not isinstance(q['text'], str) or not q['text'] or q['text'] != q['text'].strip():
                W('bad quote text %r' % q['text']); continue
            om, cm = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
            needle = om + q['text'] + cm
            i = body.find(needle, pos)
            if i < 0:
                if needle in body:
                    W('quote out of text order: %r' % q['text'][:40])
                else:
                    W('quote not found with its marks in the body: %r' % q['text'][:40])
            else:
                pos = i + 1
            qtexts.append(q['text'])
        nq = a['not_quotes']
        if not all(isinstance(x, str) and x for x in nq):
            W('not_quotes must be non-empty strings')
        spans = [t for _, t in quoted_spans(body, style)]
        if collections.Counter(spans) != collections.Counter(qtexts + nq):
            W('quoted spans of the body %r differ from quotes + not_quotes' % (collections.Counter(spans) - collections.Counter(qtexts + nq)) +
              ' / extra annotations %r' % (collections.Counter(qtexts + nq) - collections.Counter(spans)))
        # facts
        slugs_here = []
        prefixes_here = set()
        all_ev = []
        kinds_by_slug = {}
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']:
                W('fact keys must be statement, kind, same_as, evidence'); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                W('empty statement')
            kd = f['kind']
            if not isinstance(kd, list) or not kd or any(k not in FACT_KINDS for k in kd) or len(set(kd)) != len(kd):
                W('bad fact kind %r' % (kd,))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d{2}-[a-z0-9]+', sa):
                W('bad same_as %r' % sa); continue
            if sa in slugs_here:
                W('same_as repeated in article: %s' % sa)
            slugs_here.append(sa)
            kinds_by_slug[sa] = tuple(kd)
            pre = sa.split('-')[0]
            prefixes_here.add(pre)
            if sa in e_slugs:
                W('slug %s used in earlier gold' % sa)
            if pre in e_prefixes:
                W('prefix %s used in earlier gold' % pre)
            if sd and pre[-2:] != '%02d' % (sd.year % 100):
                W('prefix %s does not end in the two digits of the summit year' % pre)
            if not isinstance(f['evidence'], list) or not f['evidence']:
                W('evidence must be a non-empty list'); continue
            for e in f['evidence']:
                if not isinstance(e, str) or not e or e != e.strip():
                    W('evidence with outer spaces or empty: %r' % e); continue
                all_ev.append(e)
                if e == headline:
                    continue
                hit = False
                for ln in body_lines:
                    j = ln.find(e)
                    while j >= 0:
                        a_ok, b_ok = sentence_bounded(ln, j, j + len(e))
                        if a_ok and b_ok:
                            hit = True; break
                        j = ln.find(e, j + 1)
                    if hit:
                        break
                if not hit:
                    if e in text:
                        W('evidence not a sentence-bounded span of headline or body: %r' % e[:60])
                    else:
                        W('evidence not verbatim in the article: %r' % e[:60])
        if len(prefixes_here) != 1:
            W('articles must use exactly one same_as prefix, found %r' % sorted(prefixes_here))
        for q in a['quotes']:
            if isinstance(q, dict) and isinstance(q.get('text'), str):
                om, cm = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
                if not any(om + q['text'] + cm in e for e in all_ev):
                    W('quote not inside any evidence: %r' % q['text'][:40])
        key = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        per.append(dict(id=aid, outlet=outlet, summit=key, slugs=kinds_by_slug, q=len(a['quotes']),
                        qd=sum(1 for q in a['quotes'] if isinstance(q, dict) and q.get('kind') == 'direct'),
                        nq=len(nq), p=len(a['participants']), f=len(a['facts']), wb=nwb, wf=nwf, pkeys=pkeys))
    # folder and shape
    if folder_txt != sorted(a.get('id', '') + '.txt' for a in arts if isinstance(a, dict)):
        err('article files in folder %r do not match gold entries' % folder_txt)
    if len(arts) != 8:
        err('expected 8 articles, found %d' % len(arts))
    groups = collections.defaultdict(list)
    for x in per:
        groups[(x['summit'][0], x['summit'][1], x['summit'][3])].append(x)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('shape must be 3 pairs and 2 singles over 5 summits, found sizes %r' % sizes)
    pre_by_summit = {}
    for g, v in groups.items():
        pres = set(sl.split('-')[0] for x in v for sl in x['slugs'])
        for other, ps in pre_by_summit.items():
            if ps & pres:
                err('prefix shared by two summits: %r' % (ps & pres))
        pre_by_summit[g] = pres
        if len(v) == 2:
            a1, a2 = v
            if a1['outlet'] == a2['outlet']:
                err('pair %r from the same outlet' % (g,))
            if a1['summit'] != a2['summit']:
                err('pair %r disagrees on summit data' % (g,))
            shared = sorted(set(a1['slugs']) & set(a2['slugs']))
            if len(shared) < 5:
                err('pair %r shares only %d slugs' % (g, len(shared)))
            for sl in shared:
                if a1['slugs'][sl] != a2['slugs'][sl]:
                    err('shared slug %s has different kinds in the pair' % sl)
            print('pair %s/%s shares %d slugs: %s' % (a1['id'], a2['id'], len(shared), ', '.join(shared)))
    for x in per:
        print('%-32s quotes %d (%d direct), not_quotes %d, participants %d, facts %d, words body %d / file %d' %
              (x['id'], x['q'], x['qd'], x['nq'], x['p'], x['f'], x['wb'], x['wf']))
    print('totals: quotes %d, not_quotes %d, participants %d, facts %d' %
          (sum(x['q'] for x in per), sum(x['nq'] for x in per), sum(x['p'] for x in per), sum(x['f'] for x in per)))

if __name__ == '__main__':
    try:
        main()
    except Exception as e:
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % e)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout79 gold passes all checks')
    sys.exit(0)
