#!/usr/bin/env python3
"""Checker for tests/gold/pending/heldout55 (written from scratch for round 55). Exits 1 on any error."""
USED="Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Biarritz 2019; Bishkek 2007; Bishkek 2019; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Nago 2000; Nairobi 2016; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010"
AVOID="Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata, Almaty, Doha, Rarotonga, Avarua, Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek"

import json, os, re, sys, unicodedata, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H55_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout55_gold.json')
ERR = []
def err(*a): ERR.append(' '.join(str(x) for x in a))

ABOUT_START = ("Held-out set round 55 (split=heldout55), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")
ART_KEYS = ['id','split','file','title','published_at','authors','summit','quotes','not_quotes','participants','facts']
SUMMIT_KEYS = ['organization','city','country','start_date','end_date','text_fields']
TF = ['organization','city','country','start_date','end_date']
FACT_KINDS = {'decision','reaction','outcome','pledge','membership'}
HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan majesty excellency
highness hon rt chief president premier minister chancellor chairman chairperson mayor secretary senator monsieur madame
madam lord lady baroness baron gen general col colonel ratu his her hm hrh he datuk dato tun tunku pak shri smt sayyid
ayatollah ato wro woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu shrimati ambassador amb rtd mp lt
lieutenant senhor senhora dom dona sr sra u daw professor lyonchhen lyonpo dasho aum ap father imam reverend rev pastor
bishop seri begum sheikha mufti janab maulana acting deputy vice haji hajah crown pengiran awang dayang marshal hh former
elect jr alhaji amir councillor cllr""".split())
HON_EXCEPT = {'person:baron-waqa','person:sharif-sheikh-ahmed','person:sheikh-hasina','person:nyan-tun','person:hassan-sheikh-mohamud'}
# per-article registry: quote style, last line of the body, credited staff (not authors)
REG = {
 'h55_g8_birmingham_courant':   ('curly',    'The summit moves to Cologne next year.', []),
 'h55_g8_birmingham_dhanak':    ('curly',    'Our view: ', []),
 'h55_osce_budapest_wire':      ('straight', 'The next summit is due in Lisbon in 1996.', ['Bence Halmosi-Ebbing','Wendeline Kurtz-Crane']),
 'h55_osce_budapest_westerly':  ('curly',    'Our verdict: ', []),
 'h55_au_addisababa_ringroad':  ('curly',    'The President is expected back in Accra on Thursday.', []),
 'h55_au_addisababa_sankofa':   ('straight', "Kufuor's first test is Somalia.", []),
 'h55_celac_belen_transcript':  ('straight', 'ETXEBERRIA-QUINT: Remedios Zuazo-Whitlow, thank you.', []),
 'h55_asean_singapore_boxline': ('straight', 'The charter is a framework, the blueprint a timetable.', []),
}
COUNTRY_ALIASES = {'United Kingdom': ['United Kingdom', 'Britain']}
WEEKDAYS = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
SPECIAL = {'ð':'d','þ':'th','ø':'o','æ':'ae','ł':'l','ß':'ss','œ':'oe','đ':'d','ı':'i','Ø':'o','Æ':'ae','Ł':'l','Œ':'oe','Đ':'d'}

def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'[^a-z0-9]+', ' ', s).split()

def has_seq(tokens, phrase):
    p = fold(phrase); n = len(p)
    return n > 0 and any(tokens[i:i+n] == p for i in range(len(tokens) - n + 1))

def pdate(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s): raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err(where, 'bad date', repr(s)); return None

def spans(line, style):
    """double-quoted spans of one line: list of (start_of_inner, inner_text)"""
    out = []
    if style == 'straight':
        idx = [m.start() for m in re.finditer('"', line)]
        for a, b in zip(idx[0::2], idx[1::2]): out.append((a + 1, line[a+1:b]))
    else:
        i = 0
        while True:
            a = line.find('\u201c', i)
            if a < 0: break
            b = line.find('\u201d', a + 1)
            if b < 0: break
            out.append((a + 1, line[a+1:b])); i = b + 1
    return out

def style_errors(aid, lines, style):
    for n, line in enumerate(lines, 1):
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', line): err(aid, 'line', n, 'curly mark in a straight-quote article')
            if line.count('"') % 2: err(aid, 'line', n, 'odd number of straight double marks')
        else:
            if '"' in line or "'" in line: err(aid, 'line', n, 'straight mark in a curly-quote article')
            if '\u2018' in line: err(aid, 'line', n, 'opening single curly mark')
            depth = 0
            for c in line:
                if c == '\u201c':
                    depth += 1
                    if depth > 1: err(aid, 'line', n, 'nested curly quote')
                elif c == '\u201d':
                    depth -= 1
                    if depth < 0: err(aid, 'line', n, 'closing curly mark without opening'); depth = 0
            if depth: err(aid, 'line', n, 'unclosed curly mark')

# ---------- earlier gold ----------
earlier_ids, earlier_summits, earlier_slugs = set(), [], set()
for nm in ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 55)]:
    p = os.path.join(EARLIER, nm)
    if not os.path.exists(p): err('earlier gold file missing', p); continue
    for a in json.load(open(p, encoding='utf-8'))['articles']:
        earlier_ids.add(a['id'])
        s = a.get('summit') or {}
        earlier_summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
        for f in a.get('facts', []):
            if f.get('same_as'): earlier_slugs.add(f['same_as'])
earlier_prefixes = {i.split('_')[0] for i in earlier_ids}
earlier_slug_prefixes = {s.split('-')[0] for s in earlier_slugs}
used_cy = {(fold(x.rsplit(' ', 1)[0]).__str__(), x.rsplit(' ', 1)[1]) for x in (y.strip() for y in USED.split(';')) if x}
avoid = {str(fold(x)) for x in AVOID.split(',')}
earlier_cy = {(str(fold(c or '')), (d or '')[:4]) for o, c, d in earlier_summits}
earlier_ocd = {(o, str(fold(c or '')), d) for o, c, d in earlier_summits}

# ---------- load ----------
try:
    G = json.load(open(GOLD, encoding='utf-8'))
except Exception as e:
    print('cannot read gold:', e); sys.exit(1)
if not isinstance(G, dict) or list(G.keys()) != ['about', 'articles']: err('top-level keys must be exactly about, articles')
about = G.get('about', '')
if not isinstance(about, str) or not about.startswith(ABOUT_START): err('about text must begin with the required sentence')
arts = G.get('articles', [])
if not isinstance(arts, list) or not arts: err('articles must be a non-empty list'); arts = []

ids = [a.get('id') for a in arts]
if len(set(ids)) != len(ids): err('duplicate article ids')
txt_files = {f[:-4] for f in os.listdir(HERE) if f.endswith('.txt')}
for f in sorted(txt_files - set(ids)): err('article file without gold entry:', f)
if 'h55' in earlier_prefixes: err('prefix h55 already used in earlier gold')

summit_of = {}; slugs_of = {}; prefix_of = {}
for a in arts:
    aid = a.get('id', '?')
    if not isinstance(a, dict) or list(a.keys()) != ART_KEYS: err(aid, 'article keys wrong or out of order:', list(a.keys()) if isinstance(a, dict) else a); continue
    if not re.fullmatch(r'h55_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid): err(aid, 'bad id form')
    if aid in earlier_ids: err(aid, 'id used in earlier gold')
    if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')): err(aid, 'file of that name already in gold/articles')
    if aid not in REG: err(aid, 'not registered in check.py'); continue
    style, tail, staff = REG[aid]
    if a['split'] != 'heldout55': err(aid, 'split must be heldout55')
    if a['file'] != 'articles/%s.txt' % aid: err(aid, 'bad file field')
    path = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(path): err(aid, 'article file missing'); continue
    raw = open(path, encoding='utf-8').read()
    lines = raw.split('\n')
    style_errors(aid, lines, style)
    # body = 5th line .. the line starting with the tail marker
    ti = [i for i, l in enumerate(lines) if l.startswith(tail)]
    if len(ti) != 1 or ti[0] < 4: err(aid, 'tail marker not found exactly once'); continue
    body_lines = lines[4:ti[0] + 1]
    body = '\n'.join(body_lines)
    head = lines[0]
    noise = '\n'.join(lines[1:4] + lines[ti[0] + 1:])
    body_off = len('\n'.join(lines[:4])) + 1
    nw_file, nw_body = len(raw.split()), len(body.split())
    if not 420 <= nw_file <= 600: err(aid, 'file words', nw_file, 'outside 420-600')
    if not 420 <= nw_body <= 600: err(aid, 'body words', nw_body, 'outside 420-600')
    # title, outlet line, byline
    if not isinstance(a['title'], str) or a['title'] != head: err(aid, 'title differs from headline')
    pub = pdate(a['published_at'], aid + ' published_at')
    if pub:
        l2 = lines[1]
        wd = WEEKDAYS[pub.weekday()]
        if wd not in l2: err(aid, 'outlet line lacks weekday', wd)
        if any(w in l2 for w in WEEKDAYS if w != wd): err(aid, 'outlet line has another weekday')
        if MONTHS[pub.month - 1] not in l2 or str(pub.year) not in l2 or not re.search(r'(?<!\d)%d(?!\d)' % pub.day, l2):
            err(aid, 'outlet line lacks day, month or year of published_at')
    au = a['authors']
    if not isinstance(au, list) or not au or not all(isinstance(x, str) and x.strip() for x in au): err(aid, 'authors must be a non-empty list of strings')
    else:
        for x in au:
            if x not in lines[2]: err(aid, 'author not in byline:', x)
    for x in staff:
        if x not in noise: err(aid, 'credited staff not in page noise:', x)
    # summit
    s = a['summit']
    if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS: err(aid, 'summit keys wrong'); continue
    if not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', s['organization'] or ''): err(aid, 'bad organization key')
    for k in ('city', 'country'):
        if not isinstance(s[k], str) or not s[k].strip(): err(aid, 'empty', k)
    sd, ed = pdate(s['start_date'], aid + ' start_date'), pdate(s['end_date'], aid + ' end_date')
    if sd and ed:
        if sd > ed: err(aid, 'start after end')
        if (ed - sd).days > 6: err(aid, 'summit longer than a week')
        if pub and pub < sd: err(aid, 'published before the summit started')
        if pub and (pub - ed).days > 21: err(aid, 'published more than three weeks after the summit')
    tf = s['text_fields']
    if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or any(x not in TF for x in tf) or tf != [x for x in TF if x in tf]:
        err(aid, 'bad text_fields', tf)
    ftoks = fold(head + '\n' + body)
    if not has_seq(ftoks, s['city']): err(aid, 'city not in headline/body')
    if 'country' in tf and not any(has_seq(ftoks, c) for c in COUNTRY_ALIASES.get(s['country'], [s['country']])):
        err(aid, 'country not in headline/body')
    fc = str(fold(s['city']))
    if fc in avoid: err(aid, 'city on the avoid list')
    if sd:
        if (fc, str(sd.year)) in used_cy: err(aid, 'city and year on the used list')
        if (fc, str(sd.year)) in earlier_cy: err(aid, 'city and year used by earlier gold')
        if (s['organization'], fc, s['start_date']) in earlier_ocd: err(aid, 'summit already in earlier gold')
    summit_of[aid] = (s['organization'], fc, s['country'], s['start_date'], s['end_date'])
    # quoted spans
    body_spans = []
    off = body_off
    for l in body_lines:
        for st, t in spans(l, style): body_spans.append((off + st, t))
        off += len(l) + 1
    for l in [head] + lines[1:4] + lines[ti[0] + 1:]:
        if spans(l, style) or ('"' in l if style == 'straight' else ('\u201c' in l or '\u201d' in l)):
            err(aid, 'quotation mark in headline or page noise:', l[:60])
    Q = a['quotes']; NQ = a['not_quotes']
    if not isinstance(Q, list) or not isinstance(NQ, list): err(aid, 'quotes/not_quotes must be lists'); continue
    want = collections.Counter([q.get('text') for q in Q if isinstance(q, dict)] + NQ)
    have = collections.Counter(t for _, t in body_spans)
    for t in (want - have): err(aid, 'annotated quote not a quoted span of the body:', t[:60])
    for t in (have - want): err(aid, 'quoted span not annotated:', t[:60])
    pkeys = [p.get('key') for p in a['participants'] if isinstance(p, dict)]
    # assign quote positions in order
    used_pos = set(); last = -1; qpos = []
    for q in Q:
        if not isinstance(q, dict) or list(q.keys()) != ['text', 'speaker_key', 'kind']: err(aid, 'quote keys wrong', q); continue
        if not isinstance(q['text'], str) or not q['text'].strip(): err(aid, 'empty quote text'); continue
        cands = [p for p, t in body_spans if t == q['text'] and p not in used_pos]
        nxt = [p for p in cands if p > last]
        if not nxt: err(aid, 'quote out of text order or missing:', q['text'][:50]); continue
        last = nxt[0]; used_pos.add(last); qpos.append((last, q['text']))
        if q['kind'] not in ('direct', 'partial'): err(aid, 'bad quote kind', q['kind'])
        sk = q['speaker_key']
        if not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk or ''): err(aid, 'bad speaker key', sk)
        if sk.startswith('person:') and sk not in pkeys: err(aid, 'person speaker not a participant:', sk)
    for t in NQ:
        if not isinstance(t, str) or not t.strip(): err(aid, 'empty not_quote')
    # participants
    P = a['participants']
    if len(set(pkeys)) != len(pkeys): err(aid, 'duplicate participant keys')
    alltoks = set(fold(raw)); bodytoks = set(ftoks)
    nonpart = {str(fold(x)) for x in list(au) + staff}
    for p in P:
        if not isinstance(p, dict) or list(p.keys()) != ['key', 'role', 'affiliation']: err(aid, 'participant keys wrong', p); continue
        k = p['key']
        if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k or ''): err(aid, 'bad participant key', k); continue
        parts = k[7:].split('-')
        if k not in HON_EXCEPT and any(x in HONORIFICS for x in parts): err(aid, 'honorific or title in key', k)
        for x in parts:
            if x not in alltoks: err(aid, 'key part not in text:', k, x)
        if parts[-1] not in bodytoks: err(aid, 'last key part not in body or headline:', k)
        for f in ('role', 'affiliation'):
            if not isinstance(p[f], str) or not p[f].strip(): err(aid, 'empty', f, 'for', k)
        if str(parts) in nonpart or str(fold(' '.join(parts))) in nonpart: err(aid, 'author or credited staff listed as participant', k)
    # facts
    F = a['facts']
    if not isinstance(F, list) or not F: err(aid, 'facts must be a non-empty list'); continue
    slugs = []; ev_ranges = []
    searchable = head + '\n' + body
    for f in F:
        if not isinstance(f, dict) or list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']: err(aid, 'fact keys wrong', f); continue
        if not isinstance(f['statement'], str) or not f['statement'].strip(): err(aid, 'empty statement')
        k = f['kind']
        if not isinstance(k, list) or not k or len(set(k)) != len(k) or any(x not in FACT_KINDS for x in k): err(aid, 'bad fact kind', k)
        sa = f['same_as']
        if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa): err(aid, 'bad same_as', sa); continue
        slugs.append(sa)
        ev = f['evidence']
        if not isinstance(ev, list) or not ev: err(aid, 'evidence must be a non-empty list', sa); continue
        for x in ev:
            if not isinstance(x, str) or not x.strip(): err(aid, 'empty evidence', sa); continue
            if x not in searchable: err(aid, 'evidence not in headline/body:', sa, x[:60]); continue
            for m in re.finditer(re.escape(x), raw):
                ev_ranges.append((m.start(), m.end()))
    if len(set(slugs)) != len(slugs): err(aid, 'repeated same_as in article')
    pf = {x.split('-')[0] for x in slugs}
    if len(pf) != 1: err(aid, 'more than one slug prefix', pf)
    prefix_of[aid] = pf; slugs_of[aid] = set(slugs)
    for x in slugs:
        if x in earlier_slugs: err(aid, 'slug used in earlier gold', x)
        if x.split('-')[0] in earlier_slug_prefixes: err(aid, 'slug prefix used in earlier gold', x)
    for pos, t in qpos:
        a0, a1 = pos - 1, pos + len(t) + 1
        if not any(s0 <= a0 and a1 <= s1 for s0, s1 in ev_ranges): err(aid, 'quote not inside any fact evidence:', t[:50])
    print('%-30s pub %s %-9s style %-8s words %d/%d quotes %d (%d direct) not_quotes %d participants %d facts %d' % (
        aid, a['published_at'], WEEKDAYS[pub.weekday()] if pub else '?', style, nw_file, nw_body, len(Q),
        sum(1 for q in Q if isinstance(q, dict) and q.get('kind') == 'direct'), len(NQ), len(P), len(F)))

# ---------- shape ----------
groups = collections.defaultdict(list)
for aid, s in summit_of.items(): groups[(s[0], s[1], s[3])].append(aid)
sizes = sorted(len(v) for v in groups.values())
if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]: err('shape must be 8 articles, 5 summits: 3 pairs and 2 singles; got', sizes)
allpref = collections.defaultdict(set)
for key, v in groups.items():
    for aid in v:
        for p in prefix_of.get(aid, ()): allpref[p].add(key)
    if len(v) == 2:
        a1, a2 = v
        if summit_of[a1] != summit_of[a2]: err('pair disagrees on summit data:', a1, a2)
        shared = slugs_of.get(a1, set()) & slugs_of.get(a2, set())
        if len(shared) < 5: err('pair shares fewer than 5 same_as slugs:', a1, a2, len(shared))
        print('pair', a1, a2, 'shares', len(shared), ':', ', '.join(sorted(shared)))
for p, ks in allpref.items():
    if len(ks) > 1: err('slug prefix shared by two summits:', p)
allslug = collections.defaultdict(set)
for key, v in groups.items():
    for aid in v:
        for x in slugs_of.get(aid, ()): allslug[x].add(key)
for x, ks in allslug.items():
    if len(ks) > 1: err('slug shared by two summits:', x)

if ERR:
    print('\nERRORS (%d):' % len(ERR))
    for e in ERR: print(' -', e)
    sys.exit(1)
print('OK: %d articles, %d summits, %d quotes, %d participants, %d facts' % (
    len(arts), len(groups), sum(len(a['quotes']) for a in arts), sum(len(a['participants']) for a in arts), sum(len(a['facts']) for a in arts)))
