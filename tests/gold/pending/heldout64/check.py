#!/usr/bin/env python3
"""Validator for the heldout64 gold (tests/gold/pending/heldout64). Written from scratch for round 64."""
USED_CITY_YEARS = "Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Amman 2001; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID_CITIES = ("Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, "
 "Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, "
 "Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, "
 "Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, "
 "Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, "
 "Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, "
 "Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, "
 "Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, "
 "Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, "
 "London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, "
 "Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, "
 "Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka")

import json, os, re, sys, unicodedata, datetime, collections, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.environ.get('H64_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
EARLIER_NAMES = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 64)]
OPENING = ("Held-out set round 64 (split=heldout64), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
HONORIFICS = set(('mr mrs ms miss dr sir dame lord lady president vice prime minister premier chancellor king queen prince princess '
                  'emir sultan sheikh general gen lieutenant colonel col governor gov mayor senator sen chief secretary professor prof rev '
                  'hon excellency majesty his her monsieur madame senor don daw u commodore datuk seri tan sri pastor reverend crown '
                  'taoiseach').split())
LONG_TITLES = HONORIFICS - set('sen tan don u gen col gov prof rev hon seri sri his her datuk daw lady lord chief crown'.split())
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
ORG_NAMES = {
    'org:g7': ['group of seven', 'g7'],
    'org:eu': ['european union', 'european council'],
    'org:arab-league': ['arab league'],
    'org:asean': ['association of southeast asian nations', 'asean'],
    'org:mercosur': ['mercosur', 'southern common market'],
}
# per-article registrations: quote style, first line of the page noise after the body, credited staff
REG = {
    'h64_g7_halifax_packet': ('curly', 'Related: Harbour ferry', []),
    'h64_g7_halifax_capstan': ('straight', '(Additional reporting by', ['Petronella Kaveney-Strindholm', 'Fiachra Bregazzi-Tonnel']),
    'h64_eu_gothenburg_skerrystone': ('straight', '[END OF SEGMENT]', []),
    'h64_eu_gothenburg_kattegat': ('curly', 'Also in this issue:', []),
    'h64_arableague_tunis_corrib': ('curly', 'More on this story:', []),
    'h64_arableague_tunis_marenostrum': ('straight', 'Read next:', []),
    'h64_asean_huahin_thanlwin': ('straight', 'More from the border:', []),
    'h64_mercosur_mendoza_cuyovine': ('curly', 'Coming up:', []),
}

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()

def toks(s):
    return re.findall(r"[a-z0-9]+", fold(s))

def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def pdate(s):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def load_earlier():
    ids, summits, slugs, prefixes = set(), [], set(), set()
    for n in EARLIER_NAMES:
        p = os.path.join(GOLD, n)
        if not os.path.isfile(p):
            err('earlier gold file missing: ' + n)
            continue
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id', ''))
            summits.append(a.get('summit') or {})
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str) and sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return ids, summits, slugs, prefixes

def split_article(aid, text):
    lines = text.split('\n')
    style, tail, staff = REG[aid]
    idx = [i for i, l in enumerate(lines) if l.startswith(tail)]
    if len(idx) != 1:
        err('%s: tail marker %r found %d times' % (aid, tail, len(idx)))
        t = len(lines)
    else:
        t = idx[0]
    if t <= 4:
        err('%s: tail marker before the body' % aid)
        t = len(lines)
    return lines, lines[0], lines[1], lines[2], lines[3], lines[4:t], lines[t:]

def quoted_spans(aid, style, body_lines):
    spans = []
    for ln in body_lines:
        if style == 'straight':
            if any(c in ln for c in '\u201c\u201d\u2018\u2019'):
                err('%s: curly mark in a straight article: %s' % (aid, ln[:60]))
            if ln.count('"') % 2:
                err('%s: odd number of straight double marks on a line: %s' % (aid, ln[:60]))
            spans += re.findall(r'"([^"]*)"', ln)
        else:
            if '"' in ln or "'" in ln:
                err('%s: straight mark in a curly article: %s' % (aid, ln[:60]))
            if '\u2018' in ln:
                err('%s: opening single curly mark: %s' % (aid, ln[:60]))
            depth = 0; cur = None
            for ch in ln:
                if ch == '\u201c':
                    if depth:
                        err('%s: nested curly double mark: %s' % (aid, ln[:60]))
                    depth = 1; cur = []
                elif ch == '\u201d':
                    if not depth:
                        err('%s: unopened closing curly mark: %s' % (aid, ln[:60]))
                    else:
                        spans.append(''.join(cur)); depth = 0; cur = None
                elif depth:
                    cur.append(ch)
            if depth:
                err('%s: unclosed curly double mark: %s' % (aid, ln[:60]))
    return spans

def check_date_field(aid, which, d, pub, text):
    ft = fold(text)
    month = MONTHS[d.month - 1].lower()
    day = str(d.day)
    pats = [r'\b%s %s\b' % (month, day),
            r'\b%s \d{1,2} (?:and|to) %s\b' % (month, day),
            r'\b%s %s (?:and|to) \d{1,2}\b' % (month, day),
            r'\b%s \d{1,2}, to [a-z]+, %s %s\b' % (month, month, day)]
    if any(re.search(p, ft) for p in pats):
        return
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()].lower(), ft):
        return
    if delta == 0 and re.search(r'\b(today|this afternoon|tonight|this evening)\b', ft):
        return
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', ft):
        return
    err('%s: %s %s not supported by the text' % (aid, which, d))

def main():
    used = set()
    for item in USED_CITY_YEARS.split(';'):
        item = item.strip()
        if item:
            city, year = item.rsplit(' ', 1)
            used.add((fold(city), year))
    avoid = set()
    for c in AVOID_CITIES.split(', '):
        m = re.match(r'^(.*?) \((.*)\)$', c)
        for x in ([m.group(1), m.group(2)] if m else [c]):
            avoid.add(fold(x))
    e_ids, e_summits, e_slugs, e_prefixes = load_earlier()
    e_cityyears = set((fold(s.get('city', '')), str(s.get('start_date', ''))[:4]) for s in e_summits)
    e_ocs = set((s.get('organization'), fold(s.get('city', '')), s.get('start_date')) for s in e_summits)
    if any(i.startswith('h64_') or i.split('_')[0] == 'h64' for i in e_ids):
        err('prefix h64 already used in earlier gold')

    gpath = os.path.join(HERE, 'heldout64_gold.json')
    gold = json.load(open(gpath, encoding='utf-8'))
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text must start with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('articles must be a list'); return
    seen_ids = set()
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    matched = set()
    summit_of = {}; outlet_of = {}; slugs_of = {}; prefix_owner = {}
    totals = collections.Counter()
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ART_KEYS:
            err('article keys wrong: %s' % (list(a.keys()) if isinstance(a, dict) else a)); continue
        aid = a['id']
        if not isinstance(aid, str) or not re.fullmatch(r'h64_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('bad id %r' % aid); continue
        if aid in seen_ids: err('duplicate id ' + aid)
        seen_ids.add(aid)
        if aid in e_ids: err('id used in earlier gold: ' + aid)
        if os.path.exists(os.path.join(GOLD, 'articles', aid + '.txt')):
            err('a file of this name already exists in tests/gold/articles: ' + aid)
        if aid not in REG:
            err('article not registered in check.py: ' + aid); continue
        style, tail, staff = REG[aid]
        if a['split'] != 'heldout64': err(aid + ': split must be heldout64')
        if a['file'] != 'articles/%s.txt' % aid: err(aid + ': file field wrong')
        for k, t in (('title', str), ('published_at', str), ('authors', list), ('summit', dict), ('quotes', list),
                     ('not_quotes', list), ('participants', list), ('facts', list)):
            if not isinstance(a[k], t): err('%s: %s must be %s' % (aid, k, t.__name__))
        p = os.path.join(HERE, aid + '.txt')
        if not os.path.isfile(p):
            err(aid + ': article file missing'); continue
        matched.add(aid + '.txt')
        text = open(p, encoding='utf-8').read()
        lines, head, outlet, byline, noise4, body, tail_lines = split_article(aid, text)
        body_text = '\n'.join(body)
        hb = head + '\n' + body_text
        hb_toks = toks(hb)
        noise_text = '\n'.join([outlet, byline, noise4] + tail_lines)
        if a['title'] != head: err(aid + ': title differs from the headline')
        for part, nm in ((head, 'headline'), (noise_text, 'page noise')):
            if any(c in part for c in '"\u201c\u201d'):
                err('%s: double quotation mark in the %s' % (aid, nm))
        # words
        bw = len(body_text.split()); fw = len(text.split())
        if not 420 <= bw <= 600: err('%s: body has %d words' % (aid, bw))
        if fw > 700: err('%s: file has %d words' % (aid, fw))
        # dates
        pub = pdate(a['published_at'])
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err(aid + ': summit keys wrong'); continue
        sd, ed = pdate(s['start_date']), pdate(s['end_date'])
        if not (pub and sd and ed):
            err(aid + ': invalid date'); continue
        if sd > ed: err(aid + ': start after end')
        if (ed - sd).days > 6: err(aid + ': summit longer than a week')
        if not (sd <= pub <= ed + datetime.timedelta(days=21)): err(aid + ': publication date out of range')
        wd = WEEKDAYS[pub.weekday()]
        if not re.search(r'\b%s, %s %d, %d\b' % (wd, MONTHS[pub.month - 1], pub.day, pub.year), outlet):
            err(aid + ': outlet line lacks the publication date')
        for w in WEEKDAYS:
            if w != wd and w in outlet: err(aid + ': other weekday on the outlet line')
        # authors
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err(aid + ': authors empty')
        for au in a['authors']:
            if not has_seq(toks(byline), toks(au)): err('%s: author %s not in byline' % (aid, au))
        for st in staff:
            if not has_seq(toks('\n'.join(tail_lines)), toks(st)): err('%s: staff %s not in page noise' % (aid, st))
        # summit data
        city_f = fold(s['city'])
        if city_f in avoid: err(aid + ': city on the avoid list')
        if (city_f, str(sd.year)) in used: err(aid + ': city and year on the used list')
        if (city_f, str(sd.year)) in e_cityyears: err(aid + ': city and year used in earlier gold')
        if (s['organization'], city_f, s['start_date']) in e_ocs: err(aid + ': same summit as earlier gold')
        tf = s['text_fields']
        if not tf or not isinstance(tf, list) or [f for f in FIELDS if f in tf] != tf:
            err(aid + ': text_fields must be a non-empty subset in canonical order')
        else:
            if 'city' in tf and not has_seq(hb_toks, toks(s['city'])): err(aid + ': city not in text')
            if 'country' in tf and not has_seq(hb_toks, toks(s['country'])): err(aid + ': country not in text')
            if 'organization' in tf:
                names = ORG_NAMES.get(s['organization'])
                if not names: err(aid + ': organisation not registered')
                elif not any(has_seq(hb_toks, toks(n)) for n in names): err(aid + ': organisation not in text')
            if 'start_date' in tf: check_date_field(aid, 'start_date', sd, pub, hb)
            if 'end_date' in tf: check_date_field(aid, 'end_date', ed, pub, hb)
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        outlet_of[aid] = outlet.split('|')[0].strip()
        # participants
        pkeys = set()
        author_toks = [toks(x) for x in a['authors'] + staff]
        for pt in a['participants']:
            if not isinstance(pt, dict) or list(pt.keys()) != PART_KEYS:
                err(aid + ': participant keys wrong'); continue
            k = pt['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: bad participant key %r' % (aid, k)); continue
            if k in pkeys: err(aid + ': duplicate participant ' + k)
            pkeys.add(k)
            nt = k[7:].split('-')
            # titles come before a name; short abbreviations (sen, tan, don, u) can also be name parts
            # (Hun Sen, Nguyen Tan Dung), so they are tested in first position only
            if nt[0] in HONORIFICS or any(t in LONG_TITLES for t in nt): err(aid + ': honorific or title in key ' + k)
            if not has_seq(hb_toks, nt): err('%s: name of %s not in headline or body' % (aid, k))
            if nt in author_toks: err(aid + ': author or staff as participant ' + k)
            for f in ('role', 'affiliation'):
                if not isinstance(pt[f], str) or not pt[f].strip(): err('%s: empty %s for %s' % (aid, f, k))
        # quotes
        spans = quoted_spans(aid, style, body)
        qtexts = []
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(aid + ': quote keys wrong'); continue
            if q['kind'] not in ('direct', 'partial'): err(aid + ': bad quote kind')
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err('%s: bad speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            if not isinstance(q['text'], str) or not q['text']:
                err(aid + ': empty quote'); continue
            qtexts.append(q['text'])
        nq = [x if isinstance(x, str) else x.get('text', '') for x in a['not_quotes']]
        if collections.Counter(spans) != collections.Counter(qtexts + nq):
            err('%s: quoted spans and annotations differ: %s' % (aid, (collections.Counter(spans) - collections.Counter(qtexts + nq),
                                                                     collections.Counter(qtexts + nq) - collections.Counter(spans))))
        else:
            order = [x for x in spans if x in set(qtexts)]
            if order != qtexts: err(aid + ': quotes not in text order')
        # facts
        slugs = set(); prefixes = set(); all_ev = []
        fkinds = {}
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(aid + ': fact keys wrong'); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip(): err(aid + ': empty statement')
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or not set(kd) <= FACT_KINDS:
                err('%s: bad fact kind %r' % (aid, kd))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sa):
                err('%s: bad same_as %r' % (aid, sa)); continue
            if sa in slugs: err(aid + ': duplicate slug ' + sa)
            slugs.add(sa); prefixes.add(sa.split('-')[0])
            fkinds[sa] = tuple(kd) if isinstance(kd, list) else ()
            if sa in e_slugs: err(aid + ': slug used in earlier gold ' + sa)
            ev = f['evidence']
            if not isinstance(ev, list) or not ev or not all(isinstance(x, str) and x for x in ev):
                err(aid + ': evidence must be a non-empty list of strings'); continue
            for x in ev:
                if x not in hb: err('%s: evidence not verbatim in headline or body: %s' % (aid, x[:70]))
                all_ev.append(x)
        if len(prefixes) != 1: err('%s: %d slug prefixes' % (aid, len(prefixes)))
        for pr in prefixes:
            if pr in e_prefixes: err(aid + ': prefix used in earlier gold ' + pr)
            prefix_owner.setdefault(pr, set()).add(summit_of[aid])
        opn, cls = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        for q in qtexts:
            if not any(opn + q + cls in x for x in all_ev): err('%s: quote not inside any evidence: %s' % (aid, q[:50]))
        slugs_of[aid] = fkinds
        c = collections.Counter(q['kind'] for q in a['quotes'] if isinstance(q, dict))
        kc = collections.Counter(k for f in a['facts'] for k in f['kind'])
        totals.update({'quotes': len(a['quotes']), 'direct': c['direct'], 'partial': c['partial'],
                       'not_quotes': len(a['not_quotes']), 'participants': len(a['participants']), 'facts': len(a['facts'])})
        totals.update(kc)
        print('%-34s quotes %2d (%d/%d) notq %d parts %2d facts %2d words %d/%d style %s' % (
            aid, len(a['quotes']), c['direct'], c['partial'], len(a['not_quotes']), len(a['participants']),
            len(a['facts']), fw, bw, style))
    for f in txt_files:
        if f not in matched: err('stray .txt file without an entry: ' + f)
    for pr, ss in prefix_owner.items():
        if len(ss) > 1: err('prefix shared by two summits: ' + pr)
    # shape
    if len(arts) != 8: err('need 8 articles, got %d' % len(arts))
    groups = collections.defaultdict(list)
    for aid, sm in summit_of.items():
        groups[(sm[0], fold(sm[1]), sm[3])].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]: err('shape must be 3 pairs and 2 singles, got %s' % sizes)
    for key, ids in groups.items():
        if len(ids) == 2:
            x, y = ids
            if summit_of[x] != summit_of[y]: err('pair disagrees on summit data: %s' % ids)
            if outlet_of[x] == outlet_of[y]: err('pair from the same outlet: %s' % ids)
            shared = sorted(set(slugs_of[x]) & set(slugs_of[y]))
            if len(shared) < 5: err('pair shares only %d slugs: %s' % (len(shared), ids))
            for sl in shared:
                if slugs_of[x][sl] != slugs_of[y][sl]: err('shared slug %s has different kinds' % sl)
            print('shared %s (%d): %s' % (key[1], len(shared), ', '.join(shared)))
    print('totals: ' + ', '.join('%s %d' % kv for kv in sorted(totals.items())))
    kp = set()
    for a in arts:
        for pt in a.get('participants', []):
            kp.add(pt.get('key'))
    print('distinct participant keys: %d' % len(kp))

if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        err('crash')
    if errors:
        for e in errors:
            print('ERROR: ' + e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout64 passes')
    sys.exit(0)
