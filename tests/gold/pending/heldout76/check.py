#!/usr/bin/env python3
"""Validator for the heldout76 gold set (written from scratch for round 76).

Checks heldout76_gold.json against the article .txt files in this folder and against
the earlier gold files (tests/gold/facts_gold.json and tests/gold/heldoutN_gold.json,
N = 5..74, opened by exact name). Exits 1 on any error (a crash counts as an error).
Set H76_EARLIER to point at another copy of tests/gold.
"""
import collections, datetime, json, os, re, sys, traceback, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H76_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
OPENING = ("Held-out set round 76 (split=heldout76), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")
SPLIT = 'heldout76'
PREFIX = 'h76'

# registered per-article data: quote style, marker of the first page-noise line after the body,
# credited staff (named in the page noise only)
REG = {
    'h76_pif_pohnpei_sakau': dict(style='curly', tail='Related:', staff=[]),
    'h76_pif_pohnpei_tropicbird': dict(style='straight', tail='(Reporting by', staff=['Ngaire Tamihana-Stallworth', 'Rodney Pettingill-Mowbray']),
    'h76_oas_medellin_guayacan': dict(style='curly', tail='More analysis:', staff=[]),
    'h76_oas_medellin_morichal': dict(style='straight', tail='Next week:', staff=[]),
    'h76_commonwealth_limassol_bosun': dict(style='straight', tail='(Reporting by', staff=['Tolulope Ogunleye-Ashenhurst']),
    'h76_commonwealth_limassol_troodos': dict(style='straight', tail='[END OF TRANSCRIPT]', staff=[]),
    'h76_celac_puntacana_flamboyan': dict(style='curly', tail='Read next:', staff=[]),
    'h76_ecowas_yamoussoukro_cabosse': dict(style='curly', tail='Related:', staff=[]),
}
ORG_NAMES = {
    'org:pif': ['Pacific Islands Forum'],
    'org:oas': ['Organization of American States', 'OAS'],
    'org:commonwealth': ['Commonwealth'],
    'org:celac': ['CELAC', 'Community of Latin American and Caribbean States'],
    'org:ecowas': ['ECOWAS', 'Economic Community of West African States'],
}
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TITLE_WORDS = {'president', 'prime', 'minister', 'pm', 'secretary', 'general', 'chief', 'dr', 'mr', 'mrs', 'ms',
               'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan',
               'chancellor', 'premier', 'governor', 'ambassador', 'general', 'senator', 'deputy', 'foreign',
               'vice', 'his', 'her', 'excellency', 'hon', 'honourable', 'rev', 'father', 'professor', 'prof'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MONTH_ABBR = {1: ['Jan'], 2: ['Feb'], 3: ['Mar'], 4: ['Apr'], 5: [], 6: [], 7: [], 8: ['Aug'], 9: ['Sept', 'Sep'], 10: ['Oct'], 11: ['Nov'], 12: ['Dec']}
RELATIVE = {0: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'], 1: ['yesterday', 'last night']}

USED_TEXT = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Bento Gonçalves 2019; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingstown 2024; Kinshasa 2012; Kiruna 2013; Kraków 2021; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lahore 1974; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Moncton 1999; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Osaka 1995; Osaka 2019; Oslo 2023; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID_TEXT = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi)"

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    for a, b in (('ø', 'o'), ('Ø', 'O'), ('æ', 'ae'), ('Æ', 'AE'), ('ð', 'd'), ('Ð', 'D'), ('ł', 'l'), ('Ł', 'L'), ('ß', 'ss'), ('þ', 'th')):
        s = s.replace(a, b)
    return s.lower()

def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))

def has_seq(hay_tokens, needle_tokens):
    n = len(needle_tokens)
    if n == 0:
        return False
    for i in range(len(hay_tokens) - n + 1):
        if hay_tokens[i:i + n] == needle_tokens:
            return True
    return False

def city_forms(c):
    m = re.match(r'^(.*?) \((.*)\)$', c)
    return [m.group(1), m.group(2)] if m else [c]

def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err('%s: not an ISO date: %r' % (where, s)); return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err('%s: date does not exist: %r' % (where, s)); return None

def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 75)]
    ids, summits, slugs = set(), [], set()
    found = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        found += 1
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    if found == 0:
        err('no earlier gold file found under %s' % EARLIER)
    return ids, summits, slugs

def quoted_spans(text, style):
    spans = []
    for line in text.split('\n'):
        if style == 'curly':
            spans += re.findall('\u201c([^\u201c\u201d]*)\u201d', line)
        else:
            spans += re.findall('"([^"]*)"', line)
    return spans

def evidence_ok(full, start, ev):
    """sentence-bounded: start at line start, after sentence punctuation (+ closing mark) and a space,
    or after a transcript speaker label; end at line end or with sentence punctuation / closing mark before a space."""
    end = start + len(ev)
    ls = full.rfind('\n', 0, start) + 1
    prefix = full[ls:start]
    ok_start = (prefix == '' or re.fullmatch(r"[A-Z][A-Z .'\-]+: ", prefix) is not None
                or re.search('[.?!]["\u201d]? $', prefix) is not None)
    ok_end = (end == len(full) or full[end] == '\n' or (full[end] == ' ' and ev[-1] in '.?!"\u201d'))
    return ok_start and ok_end

def main():
    global USED_TEXT, AVOID_TEXT
    gp = os.path.join(HERE, 'heldout76_gold.json')
    raw = open(gp, encoding='utf-8').read()
    gold = json.loads(raw)
    if list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles: %r' % list(gold.keys()))
    about = gold.get('about')
    if not isinstance(about, str) or not about.startswith(OPENING):
        err('about text must begin with the required opening sentence')
    arts = gold.get('articles')
    if not isinstance(arts, list):
        err('articles must be a list'); return
    used = set()
    for item in USED_TEXT.split(';'):
        item = item.strip()
        m = re.fullmatch(r'(.+) (\d{4})', item)
        if not m:
            err('bad used-list item %r' % item); continue
        used.add((fold(m.group(1)), int(m.group(2))))
    avoid = set()
    for c in AVOID_TEXT.split(', '):
        for f in city_forms(c.strip()):
            avoid.add(fold(f))
    e_ids, e_summits, e_slugs = load_earlier()
    e_prefixes = {s.split('-')[0] for s in e_slugs}
    e_cityyears = {(fold(c or ''), (d or '')[:4]) for o, c, d in e_summits}
    e_summit_keys = {(o, fold(c or ''), d) for o, c, d in e_summits}
    if any(i and i.split('_')[0] == PREFIX for i in e_ids):
        err('prefix %s already used by earlier gold ids' % PREFIX)

    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    seen_ids = set()
    summit_of = {}
    prefix_of = {}
    slugs_of = {}
    outlet_of = {}
    totals = collections.Counter()
    for a in arts:
        aid = a.get('id') if isinstance(a, dict) else None
        where = aid or '?'
        if not isinstance(a, dict):
            err('article is not an object'); continue
        if list(a.keys()) != ARTICLE_KEYS:
            err('%s: article keys %r' % (where, list(a.keys())))
        if not isinstance(aid, str) or not re.fullmatch(PREFIX + r'_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('%s: bad id' % where); continue
        if aid in seen_ids:
            err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if aid not in REG:
            err('%s: id not registered in check.py' % aid); continue
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        reg = REG[aid]
        if a.get('split') != SPLIT:
            err('%s: split must be %s' % (aid, SPLIT))
        if a.get('file') != 'articles/%s.txt' % aid:
            err('%s: file must be articles/%s.txt' % (aid, aid))
        tp = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(tp):
            err('%s: article file missing' % aid); continue
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles' % aid)
        text = open(tp, encoding='utf-8').read()
        lines = text.split('\n')
        while lines and lines[-1] == '':
            lines.pop()
        if len(lines) < 8:
            err('%s: too few lines' % aid); continue
        headline, outlet, byline = lines[0], lines[1], lines[2]
        tail_idx = None
        for i in range(4, len(lines)):
            if lines[i].startswith(reg['tail']):
                tail_idx = i; break
        if tail_idx is None:
            err('%s: tail marker %r not found' % (aid, reg['tail'])); continue
        body_lines = lines[4:tail_idx]
        body = '\n'.join(body_lines)
        noise = '\n'.join(lines[1:4] + lines[tail_idx:])
        hb = headline + '\n' + body  # headline and body (page noise excluded)
        # type checks
        for k in ('id', 'split', 'file', 'title', 'published_at'):
            if not isinstance(a.get(k), str):
                err('%s: %s must be a string' % (aid, k))
        for k in ('authors', 'quotes', 'not_quotes', 'participants', 'facts'):
            if not isinstance(a.get(k), list):
                err('%s: %s must be a list' % (aid, k)); return
        if a.get('title') != headline:
            err('%s: title differs from the headline line' % aid)
        # style
        style = reg['style']
        if style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            for ln in lines:
                depth = 0
                for c in ln:
                    if c == '\u201c':
                        if depth: err('%s: nested curly mark: %s' % (aid, ln[:60]))
                        depth = 1
                    elif c == '\u201d':
                        if not depth: err('%s: unopened curly mark: %s' % (aid, ln[:60]))
                        depth = 0
                    elif c == '\u2018':
                        err('%s: opening single curly mark' % aid)
                if depth:
                    err('%s: unclosed curly mark: %s' % (aid, ln[:60]))
        else:
            if any(c in text for c in '\u201c\u201d\u2018\u2019'):
                err('%s: curly mark in a straight article' % aid)
            for ln in lines:
                if ln.count('"') % 2:
                    err('%s: odd number of double marks on a line: %s' % (aid, ln[:60]))
        if any(c in headline + noise for c in '"\u201c\u201d'):
            err('%s: double quotation mark in the headline or page noise' % aid)
        # word counts
        bw = len(body.split())
        fw = len(text.split())
        if not 420 <= bw <= 600:
            err('%s: body has %d words (420-600)' % (aid, bw))
        if fw > 700:
            err('%s: file has %d words (max 700)' % (aid, fw))
        # published_at and the outlet line
        pub = parse_date(a.get('published_at'), aid + ' published_at')
        if pub:
            stamp = '%s, %s %d, %d' % (WEEKDAYS[pub.weekday()], MONTHS[pub.month - 1], pub.day, pub.year)
            if stamp not in outlet:
                err('%s: outlet line lacks %r' % (aid, stamp))
            for w in WEEKDAYS:
                if w != WEEKDAYS[pub.weekday()] and w in outlet:
                    err('%s: other weekday %s on the outlet line' % (aid, w))
        outlet_of[aid] = outlet.split(' | ')[0].strip()
        # authors and staff
        part_keys = [p.get('key') for p in a['participants'] if isinstance(p, dict)]
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors must be non-empty strings' % aid)
        for au in a['authors']:
            if not has_seq(tokens(byline), tokens(au)):
                err('%s: author %r not in the byline' % (aid, au))
            if 'person:' + '-'.join(tokens(au)) in part_keys:
                err('%s: author %r listed as participant' % (aid, au))
        for st in reg['staff']:
            if not has_seq(tokens('\n'.join(lines[tail_idx:])), tokens(st)):
                err('%s: credited staff %r not in the page noise' % (aid, st))
            if has_seq(tokens(body), tokens(st)):
                err('%s: credited staff %r named in the body' % (aid, st))
            if 'person:' + '-'.join(tokens(st)) in part_keys:
                err('%s: credited staff %r listed as participant' % (aid, st))
        # summit
        s = a.get('summit')
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys' % aid); continue
        for k in SUMMIT_KEYS[:5]:
            if not isinstance(s[k], str) or not s[k]:
                err('%s: summit.%s must be a non-empty string' % (aid, k))
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: published_at outside start .. end+21 days' % aid)
        city = s['city']
        if fold(city) in avoid:
            err('%s: city %s is on the avoid list' % (aid, city))
        if sd:
            if (fold(city), sd.year) in used:
                err('%s: city and year %s %d on the used list' % (aid, city, sd.year))
            if (fold(city), str(sd.year)) in e_cityyears:
                err('%s: city and year used by an earlier summit entry' % aid)
            if (s['organization'], fold(city), s['start_date']) in e_summit_keys:
                err('%s: same summit exists in earlier gold' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or [f for f in FIELDS if f in tf] != tf or len(set(tf)) != len(tf):
            err('%s: text_fields must be a non-empty subset of %r in that order' % (aid, FIELDS))
            tf = []
        hbt = tokens(headline + '\n' + body)
        if 'organization' in tf:
            names = ORG_NAMES.get(s['organization'])
            if not names:
                err('%s: organisation %s not registered' % (aid, s['organization']))
            elif not any(has_seq(hbt, tokens(n)) for n in names):
                err('%s: organisation name not in the text' % aid)
        if 'city' in tf and not any(has_seq(hbt, tokens(c)) for c in city_forms(city)):
            err('%s: city not in the text' % aid)
        if 'country' in tf and not has_seq(hbt, tokens(s['country'])):
            err('%s: country not in the text' % aid)
        for fld, dt in (('start_date', sd), ('end_date', ed)):
            if fld in tf and dt and pub:
                if not date_supported(body, dt, pub, sd, ed, fld):
                    err('%s: %s %s not supported by the text' % (aid, fld, dt))
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        # participants
        pkeys = []
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys %r' % (aid, p)); continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err('%s: bad participant key %r' % (aid, k)); continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            toks = k[len('person:'):].split('-')
            if toks[0] in TITLE_WORDS:
                err('%s: title word at start of key %s' % (aid, k))
            if not has_seq(hbt, toks):
                err('%s: name of %s not found in headline/body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: %s of %s empty' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s (curly article)' % (aid, fld, k))
                elif style == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s (straight article)' % (aid, fld, k))
        # quotes
        om, cm = ('\u201c', '\u201d') if style == 'curly' else ('"', '"')
        pos = -1
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys %r' % (aid, q)); continue
            if q['kind'] not in ('direct', 'partial'):
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err('%s: bad speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            t = q['text']
            if not isinstance(t, str) or not t:
                err('%s: empty quote' % aid); continue
            needle = om + t + cm
            i = body.find(needle, pos + 1)
            if i < 0:
                if body.find(needle) >= 0:
                    err('%s: quote out of text order: %r' % (aid, t[:40]))
                else:
                    err('%s: quote not found with its marks in the body: %r' % (aid, t[:40]))
            else:
                pos = i
            if not any(needle in e for f in a['facts'] if isinstance(f, dict) for e in (f.get('evidence') or [])):
                err('%s: quote outside every evidence string: %r' % (aid, t[:40]))
        for t in a['not_quotes']:
            if not isinstance(t, str) or (om + t + cm) not in body:
                err('%s: not_quote not found with its marks: %r' % (aid, t))
        spans = collections.Counter(quoted_spans(body, style))
        annotated = collections.Counter([q['text'] for q in a['quotes'] if isinstance(q, dict)] + list(a['not_quotes']))
        if spans != annotated:
            err('%s: quoted spans and annotations differ: missing %r extra %r' % (aid, list((spans - annotated).elements()), list((annotated - spans).elements())))
        # facts
        slug_kinds = {}
        prefixes = set()
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys %r' % (aid, f)); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or any(k not in FACT_KINDS for k in kinds) or len(set(kinds)) != len(kinds):
                err('%s: bad fact kinds %r' % (aid, kinds))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z0-9]+(-[a-z0-9]+)*', sa):
                err('%s: bad same_as %r' % (aid, sa)); continue
            if sa in slug_kinds:
                err('%s: slug %s repeated' % (aid, sa))
            slug_kinds[sa] = tuple(kinds) if isinstance(kinds, list) else ()
            prefixes.add(sa.split('-')[0])
            if sa in e_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sa))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence of %s must be a non-empty list' % (aid, sa)); continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err('%s: evidence with outer spaces or empty in %s' % (aid, sa)); continue
                if e == headline:
                    continue
                full = hb
                i = full.find(e, len(headline) + 1)
                if i < 0:
                    err('%s: evidence not in the body (%s): %r' % (aid, sa, e[:50])); continue
                found_ok = False
                while i >= 0:
                    if evidence_ok(full, i, e):
                        found_ok = True; break
                    i = full.find(e, i + 1)
                if not found_ok:
                    err('%s: evidence not sentence-bounded (%s): %r' % (aid, sa, e[:50]))
        if len(prefixes) != 1:
            err('%s: one same_as prefix per article expected, got %r' % (aid, sorted(prefixes)))
        else:
            pf = prefixes.pop()
            if sd and not pf.endswith('%02d' % (sd.year % 100)):
                err('%s: prefix %s lacks the two digits of the year' % (aid, pf))
            if pf in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pf))
            prefix_of[aid] = pf
        slugs_of[aid] = slug_kinds
        nq = len(a['quotes'])
        nd = sum(1 for q in a['quotes'] if isinstance(q, dict) and q.get('kind') == 'direct')
        print('%-40s quotes %d (%d/%d) not_quotes %d participants %d facts %d words %d/%d' % (
            aid, nq, nd, nq - nd, len(a['not_quotes']), len(a['participants']), len(a['facts']), fw, bw))
        totals['quotes'] += nq; totals['direct'] += nd; totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(a['participants']); totals['facts'] += len(a['facts'])
        for f in a['facts']:
            if isinstance(f, dict) and isinstance(f.get('kind'), list):
                for k in f['kind']:
                    totals['kind:' + k] += 1
    # folder contents
    for t in txts:
        if t[:-4] not in seen_ids:
            err('stray file without gold entry: %s' % t)
    for aid in REG:
        if aid not in seen_ids:
            err('registered article missing from gold: %s' % aid)
    # shape
    groups = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        groups[(sm[0], fold(sm[1]), sm[3])].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if len(arts) != 8 or len(groups) != 5 or sizes != [1, 1, 2, 2, 2]:
        err('shape must be 8 articles, 5 summits, 3 pairs and 2 singles; got %d articles, sizes %r' % (len(arts), sizes))
    pf_summit = {}
    for key, ids in groups.items():
        for aid in ids:
            pf = prefix_of.get(aid)
            if pf:
                if pf in pf_summit and pf_summit[pf] != key:
                    err('prefix %s shared by two summits' % pf)
                pf_summit[pf] = key
        if len({prefix_of.get(x) for x in ids}) != 1:
            err('articles of one summit use different prefixes: %r' % ids)
        if len(ids) == 2:
            x, y = ids
            if summit_of[x] != summit_of[y]:
                err('pair %s/%s disagrees on summit data' % (x, y))
            if outlet_of[x] == outlet_of[y]:
                err('pair %s/%s from the same outlet' % (x, y))
            shared = sorted(set(slugs_of.get(x, {})) & set(slugs_of.get(y, {})))
            if len(shared) < 5:
                err('pair %s/%s shares only %d slugs' % (x, y, len(shared)))
            for sl in shared:
                if slugs_of[x][sl] != slugs_of[y][sl]:
                    err('shared slug %s has different kinds across the pair' % sl)
            print('pair %s: %d shared slugs: %s' % (key[1], len(shared), ', '.join(shared)))
    print('totals: %s' % ', '.join('%s %d' % kv for kv in sorted(totals.items())))

def date_supported(body, dt, pub, sd, ed, fld):
    b = fold(body)
    mnames = [MONTHS[dt.month - 1]] + MONTH_ABBR[dt.month]
    for m in mnames:
        m = m.lower()
        if re.search(r'\b%s\.? %d\b' % (m, dt.day), b):
            return True
        if fld == 'end_date' and sd.month == ed.month:
            if re.search(r'\b%s\.? %d (to|and|-) %d\b' % (m, sd.day, ed.day), b):
                return True
    delta = (pub - dt).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[dt.weekday()].lower(), b):
        return True
    for w in RELATIVE.get(delta, []):
        if re.search(r'\b%s\b' % w, b):
            return True
    return False

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        err('checker crashed')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout76 passes')
