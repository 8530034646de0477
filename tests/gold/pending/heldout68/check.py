#!/usr/bin/env python3
"""Validator for the heldout68 gold set (written from scratch for round 68).
Validates heldout68_gold.json against the article .txt files in the folder that holds this script.
Exits 1 on any error (a crash counts as an error)."""
import json, os, re, sys, datetime, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H68_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))  # tests/gold
OPENING = ('Held-out set round 68 (split=heldout68), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
ERRORS = []
def err(msg): ERRORS.append(msg)

# ---------------------------------------------------------------- registries
USED_CITY_YEARS = """Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 1995; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"""
AVOID = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata, Almaty, Doha, Rarotonga, Avarua, Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé"""
ORG_NAMES = {
    'org:g8': ['g8', 'group of eight'],
    'org:eu-western-balkans': ['eu western balkans summit'],
    'org:mercosur': ['mercosur'],
    'org:ecowas': ['ecowas', 'economic community of west african states'],
    'org:oic': ['oic', 'organisation of islamic cooperation'],
}
COUNTRY_NAMES = {"Côte d'Ivoire": ["cote d ivoire", "ivory coast"]}
# per article: quote style, tail marker (first line of the closing page noise), credited staff
REG = {
    'h68_g8_kananaskis_gantline': ('straight', '(Additional reporting by', ['Amaury Vanterpool-Azoulay', 'Harriette Lachapelle-Dzifa', 'Cornelius Pennefather-Iwu']),
    'h68_g8_kananaskis_chinook': ('curly', 'Related: Photos', []),
    'h68_euwb_tirana_ura': ('curly', 'Related: Skanderbeg', []),
    'h68_euwb_tirana_fieldnotes': ('straight', 'Read next:', []),
    'h68_mercosur_montevideo_callow': ('curly', 'Mart report:', []),
    'h68_mercosur_montevideo_conosur': ('straight', 'Read more analysis:', []),
    'h68_ecowas_abidjan_balafon': ('straight', '[END OF SEGMENT]', []),
    'h68_oic_jakarta_cakrawala': ('curly', 'Related: Retno', []),
}
HONORIFICS = set('mr mrs ms miss dr sir dame lord lady president prime minister king queen prince princess sheikh sheikha '
                 'hajjah hajja haji hajj emir sultan captain capt general gen colonel col major lt lieutenant chancellor premier '
                 'secretary senator sen judge justice professor prof rev reverend father imam governor gov mayor ambassador '
                 'his her the st saint pope cardinal archbishop bishop'.split())
KINDS = ['decision', 'reaction', 'outcome', 'pledge', 'membership']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
MABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
REL0 = ['today', 'this morning', 'this afternoon', 'this evening', 'tonight']
REL1 = ['yesterday', 'last night']

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()
def toks(s): return re.findall(r'[a-z0-9]+', fold(s))
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))
def pdate(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s): raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err('%s: bad date %r' % (where, s)); return None

# ---------------------------------------------------------------- earlier gold (exact names only)
def load_earlier():
    ids, summits, slugs = set(), [], set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 68)]
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            err('earlier gold file missing: %s' % p); continue
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                if f.get('same_as'): slugs.add(f['same_as'])
    return ids, summits, slugs

def main():
    gp = os.path.join(HERE, 'heldout68_gold.json')
    gold = json.load(open(gp, encoding='utf-8'))
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles'); return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text must begin with the required opening sentence')
    arts = gold['articles']
    if not isinstance(arts, list): err('articles must be a list'); return
    e_ids, e_summits, e_slugs = load_earlier()
    e_prefixes = {s.split('-')[0] for s in e_slugs}
    e_idpref = {i.split('_')[0] for i in e_ids if i}
    if 'h68' in e_idpref: err('id prefix h68 already used in earlier gold')
    used = {}
    for item in USED_CITY_YEARS.split(';'):
        item = item.strip()
        if item:
            c, y = item.rsplit(' ', 1); used.setdefault(fold(c), set()).add(y)
    avoid = {fold(c.strip()) for c in AVOID.split(',')}
    e_city_years = {(fold(c or ''), (sd or '')[:4]) for _, c, sd in e_summits}
    e_summit_keys = set(e_summits)

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    seen_ids = set(); summit_groups = collections.defaultdict(list); info = {}
    tot = collections.Counter()
    AKEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != AKEYS:
            err('article keys wrong or out of order: %s' % (list(a.keys()) if isinstance(a, dict) else a)); continue
        aid = a['id']; W = aid
        if not isinstance(aid, str) or not re.fullmatch(r'h68_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('%s: bad id form' % aid); continue
        if aid in seen_ids: err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if aid in e_ids: err('%s: id used in earlier gold' % aid)
        if aid not in REG: err('%s: not registered in check.py' % aid); continue
        style, tail, staff = REG[aid]
        if a['split'] != 'heldout68': err('%s: split must be heldout68' % W)
        if a['file'] != 'articles/%s.txt' % aid: err('%s: file must be articles/<id>.txt' % W)
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            err('%s: a file of that name already exists in tests/gold/articles (pending-state test)' % W)
        tp = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(tp): err('%s: article file missing' % W); continue
        text = open(tp, encoding='utf-8').read()
        lines = text.split('\n')
        for k, t in [('title', str), ('published_at', str), ('authors', list), ('summit', dict), ('quotes', list),
                     ('not_quotes', list), ('participants', list), ('facts', list)]:
            if not isinstance(a[k], t): err('%s: %s must be %s' % (W, k, t.__name__))
        if a['title'] != lines[0]: err('%s: title differs from headline' % W)
        # body region
        try:
            ti = next(i for i, l in enumerate(lines) if l.startswith(tail))
        except StopIteration:
            err('%s: tail marker %r not found' % (W, tail)); continue
        if ti <= 4: err('%s: tail marker too early' % W); continue
        body = '\n'.join(lines[4:ti]); head = lines[0]
        region = head + '\n' + body
        noise = '\n'.join(lines[1:4] + lines[ti:])
        bw = len(body.split()); fw = len(text.split())
        if not 420 <= bw <= 600: err('%s: body has %d words (420-600)' % (W, bw))
        if fw > 700: err('%s: file has %d words (max 700)' % (W, fw))
        # outlet line and date
        pub = pdate(a['published_at'], W + ' published_at')
        ol = fold(lines[1]); outlet = lines[1].split('|')[0].strip()
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            need = [wd, MONTHS[pub.month - 1], str(pub.day), str(pub.year)]
            otoks = toks(lines[1])
            for x in need:
                if x not in otoks: err('%s: outlet line lacks %s' % (W, x))
            for o in WEEKDAYS:
                if o != wd and o in otoks: err('%s: outlet line has wrong weekday %s' % (W, o))
        # authors
        bl = toks(lines[2])
        if not a['authors']: err('%s: no authors' % W)
        for au in a['authors']:
            if not isinstance(au, str) or not has_seq(bl, toks(au)): err('%s: author %r not in byline' % (W, au))
        for st in staff:
            if not has_seq(toks(noise), toks(st)): err('%s: credited staff %r not in page noise' % (W, st))
        # quote style
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text): err('%s: curly marks in a straight article' % W)
            for i, l in enumerate(lines):
                if l.count('"') % 2: err('%s: odd number of straight marks on line %d' % (W, i + 1))
            spans = re.findall(r'"([^"\n]*)"', body)
        else:
            if '"' in text or "'" in text: err('%s: straight marks in a curly article' % W)
            if '\u2018' in text: err('%s: opening single curly mark in a curly article' % W)
            for i, l in enumerate(lines):
                depth = 0
                for ch in l:
                    if ch == '\u201c':
                        if depth: err('%s: nested curly mark line %d' % (W, i + 1))
                        depth = 1
                    elif ch == '\u201d':
                        if not depth: err('%s: unopened curly mark line %d' % (W, i + 1))
                        depth = 0
                if depth: err('%s: unclosed curly mark line %d' % (W, i + 1))
            spans = re.findall('\u201c([^\u201d\n]*)\u201d', body)
        if re.search('["\u201c\u201d]', head) or re.search('["\u201c\u201d]', noise):
            err('%s: double quotation mark in headline or page noise' % W)
        OQ, CQ = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        # summit
        s = a['summit']
        if list(s.keys()) != FIELDS + ['text_fields']: err('%s: summit keys wrong' % W); continue
        sd = pdate(s['start_date'], W + ' start'); ed = pdate(s['end_date'], W + ' end')
        if sd and ed:
            if sd > ed: err('%s: start after end' % W)
            if (ed - sd).days > 6: err('%s: summit longer than a week' % W)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)): err('%s: publication outside window' % W)
        city = s['city']
        if fold(city) in avoid: err('%s: city %s is on the avoid list' % (W, city))
        if sd and str(sd.year) in used.get(fold(city), set()): err('%s: city+year on the used list' % W)
        if sd and (fold(city), str(sd.year)) in e_city_years: err('%s: city+year used by earlier gold' % W)
        if (s['organization'], city, s['start_date']) in e_summit_keys: err('%s: summit already in earlier gold' % W)
        tf = s['text_fields']
        if not tf or [f for f in FIELDS if f in tf] != tf: err('%s: text_fields not a canonical subset' % W)
        rt = toks(region); rf = fold(region)
        if 'city' in tf and not has_seq(rt, toks(city)): err('%s: city not in text' % W)
        if 'country' in tf and not any(has_seq(rt, toks(c)) for c in COUNTRY_NAMES.get(s['country'], [s['country']])):
            err('%s: country not in text' % W)
        if s['organization'] not in ORG_NAMES: err('%s: organisation not registered' % W)
        elif 'organization' in tf and not any(has_seq(rt, toks(n)) for n in ORG_NAMES[s['organization']]):
            err('%s: organisation name not in text' % W)
        for fld, d in (('start_date', sd), ('end_date', ed)):
            if fld in tf and d and pub and not date_supported(rf, rt, d, pub):
                err('%s: %s %s not supported by the text' % (W, fld, d))
        # participants
        pkeys = []
        aut = {tuple(toks(x)) for x in a['authors'] + staff}
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != ['key', 'role', 'affiliation']:
                err('%s: participant keys wrong %s' % (W, p)); continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k): err('%s: bad participant key %s' % (W, k)); continue
            if k in pkeys: err('%s: duplicate participant %s' % (W, k))
            pkeys.append(k)
            nt = k[7:].split('-')
            if nt[0] in HONORIFICS: err('%s: title/honorific in key %s' % (W, k))
            if not has_seq(rt, nt): err('%s: name of %s not found in headline/body' % (W, k))
            if tuple(nt) in aut: err('%s: author or credited staff as participant %s' % (W, k))
            for f in ('role', 'affiliation'):
                v = p[f]
                if not isinstance(v, str) or not v.strip(): err('%s: empty %s for %s' % (W, f, k))
                elif style == 'curly' and "'" in v: err('%s: straight apostrophe in %s of %s' % (W, f, k))
                elif style == 'straight' and '\u2019' in v: err('%s: curly apostrophe in %s of %s' % (W, f, k))
        # quotes
        evid_all = [e for f in a['facts'] if isinstance(f, dict) for e in (f.get('evidence') or []) if isinstance(e, str)]
        last = -1; annotated = collections.Counter()
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != ['text', 'speaker_key', 'kind']:
                err('%s: quote keys wrong %s' % (W, q)); continue
            if q['kind'] not in ('direct', 'partial'): err('%s: bad quote kind %s' % (W, q['kind']))
            sk = q['speaker_key']
            if not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk): err('%s: bad speaker key %s' % (W, sk))
            if sk.startswith('person:') and sk not in pkeys: err('%s: speaker %s not a participant' % (W, sk))
            marked = OQ + q['text'] + CQ
            pos = body.find(marked, last + 1)
            if pos < 0:
                if marked in body: err('%s: quote out of text order: %s' % (W, q['text'][:40]))
                else: err('%s: quote not found with its marks: %s' % (W, q['text'][:50]))
            else: last = pos
            if not any(marked in e for e in evid_all): err('%s: quote not inside any evidence: %s' % (W, q['text'][:40]))
            annotated[q['text']] += 1
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (OQ + nq + CQ) not in body: err('%s: not_quote not found %r' % (W, nq))
            annotated[nq] += 1
        if collections.Counter(spans) != annotated:
            err('%s: quoted spans and annotations differ: %s' % (W, (collections.Counter(spans) - annotated) + (annotated - collections.Counter(spans))))
        # facts
        slugs = set(); prefs = set(); kinds_by_slug = {}
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']:
                err('%s: fact keys wrong %s' % (W, f)); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip(): err('%s: empty statement' % W)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or any(x not in KINDS for x in kd) or len(set(kd)) != len(kd):
                err('%s: bad kinds %s' % (W, kd))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*', sa):
                err('%s: bad same_as %r' % (W, sa)); continue
            if sa in slugs: err('%s: duplicate slug %s' % (W, sa))
            slugs.add(sa); prefs.add(sa.split('-')[0]); kinds_by_slug[sa] = tuple(kd) if isinstance(kd, list) else ()
            if sa in e_slugs: err('%s: slug %s used in earlier gold' % (W, sa))
            if sa.split('-')[0] in e_prefixes: err('%s: slug prefix of %s used in earlier gold' % (W, sa))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev: err('%s: empty evidence for %s' % (W, sa)); continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip(): err('%s: bad evidence string %r' % (W, e)); continue
                if not bounded(region, e): err('%s: evidence not a whole sentence in headline/body: %s' % (W, e[:60]))
        if len(prefs) != 1: err('%s: facts must use exactly one slug prefix, got %s' % (W, prefs))
        info[aid] = dict(outlet=outlet, summit=tuple(s[x] for x in FIELDS), key=(s['organization'], city, s['start_date']),
                         kinds=kinds_by_slug, prefs=prefs)
        summit_groups[(s['organization'], city, s['start_date'])].append(aid)
        nd = sum(q['kind'] == 'direct' for q in a['quotes'])
        print('%-36s q=%2d (%d/%d) nq=%d p=%2d f=%2d words=%d body=%d' % (aid, len(a['quotes']), nd, len(a['quotes']) - nd,
              len(a['not_quotes']), len(a['participants']), len(a['facts']), fw, bw))
        tot['q'] += len(a['quotes']); tot['d'] += nd; tot['nq'] += len(a['not_quotes']); tot['p'] += len(a['participants']); tot['f'] += len(a['facts'])
    for f in txt_files:
        if f[:-4] not in seen_ids: err('stray .txt file without gold entry: %s' % f)
    # shape
    if len(arts) != 8: err('expected 8 articles, got %d' % len(arts))
    sizes = sorted(len(v) for v in summit_groups.values())
    if sizes != [1, 1, 2, 2, 2]: err('expected 3 pairs and 2 singles, got %s' % sizes)
    pref_owner = {}
    for key, members in summit_groups.items():
        for m in members:
            for p in info[m]['prefs']:
                if pref_owner.setdefault(p, key) != key: err('prefix %s shared by two summits' % p)
        if len(members) == 2:
            x, y = members
            if info[x]['outlet'] == info[y]['outlet']: err('pair %s/%s from the same outlet' % (x, y))
            if info[x]['summit'] != info[y]['summit']: err('pair %s/%s disagree on summit data' % (x, y))
            shared = sorted(set(info[x]['kinds']) & set(info[y]['kinds']))
            if len(shared) < 5: err('pair %s/%s shares only %d slugs' % (x, y, len(shared)))
            for sl in shared:
                if info[x]['kinds'][sl] != info[y]['kinds'][sl]: err('shared slug %s has different kinds' % sl)
            print('shared %-28s %d: %s' % (key[1], len(shared), ', '.join(shared)))
    print('totals: quotes %d (%d direct, %d partial), not_quotes %d, participants %d, facts %d' %
          (tot['q'], tot['d'], tot['q'] - tot['d'], tot['nq'], tot['p'], tot['f']))

def date_supported(rf, rt, d, pub):
    m = MONTHS[d.month - 1]; ab = MABBR[d.month - 1]
    day = str(d.day)
    for mm in {m, ab, m[:3]}:
        if re.search(r'(?<![a-z])%s\.? %s(?![0-9])' % (mm, day), rf): return True
        for g in re.finditer(r'(?<![a-z])%s\.? (\d{1,2}) and (\d{1,2})(?![0-9])' % mm, rf):
            if day in g.groups(): return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and WEEKDAYS[d.weekday()] in rt: return True
    if delta == 0 and any(re.search(r'(?<![a-z])%s(?![a-z])' % w, rf) for w in REL0): return True
    if delta == 1 and any(re.search(r'(?<![a-z])%s(?![a-z])' % w, rf) for w in REL1): return True
    return False

LABEL = re.compile(r'^[A-Z][A-Z\-\' ]+: ')
def bounded(region, e):
    start = 0
    while True:
        p = region.find(e, start)
        if p < 0: return False
        start = p + 1
        before = region[:p]; after = region[p + len(e):]
        ok_start = (p == 0 or before.endswith('\n') or re.search(r'[.?!]["\u201d]? $', before) is not None
                    or LABEL.match(before.split('\n')[-1] + 'x') is not None and LABEL.fullmatch(before.split('\n')[-1]) is not None)
        ok_end = (after == '' or after.startswith('\n')) or (re.search(r'[.?!"\u201d]$', e) is not None and after.startswith(' '))
        if ok_start and ok_end: return True

if __name__ == '__main__':
    try:
        main()
    except Exception as ex:
        import traceback; traceback.print_exc(); err('crash: %r' % ex)
    if ERRORS:
        for m in ERRORS: print('ERROR:', m)
        print('FAILED with %d error(s)' % len(ERRORS)); sys.exit(1)
    print('OK: all checks passed'); sys.exit(0)
