#!/usr/bin/env python3
"""Validate heldout58_gold.json against the articles in this folder. Exits 1 on any error."""
import json, os, re, sys, datetime, unicodedata, collections
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H58_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
errors = []
def err(m): errors.append(m)
AVOID = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asuncion, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazu, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancun, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasilia, Alma-Ata, Almaty, Doha, Rarotonga, Avarua, Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belen, Singapore, London, Helsinki, Cordoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott"""
USED = """Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asuncion 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belen 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Borgo Egnazia 2024; Brasilia 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Burgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancun 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cadiz 2012; Cordoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Montreux 2010; Nago 2000; Nairobi 2016; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazu 2023; Puerto Vallarta 2018; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"""
HONORIFICS = {'mr','mrs','ms','dr','sir','president','prime','minister','premier','chancellor','king','queen','sheikh','emir','prince','general','secretary','foreign','jr','sr','hon','lord','dame','mp','professor','prof'}
TAILS = {'h58_visegrad_visegrad_meridian': 'Reporting by', 'h58_visegrad_visegrad_lakefront': 'Also this week',
         'h58_sco_shanghai_transcript': 'END OF SEGMENT', 'h58_sco_shanghai_steppemonitor': 'Next issue',
         'h58_pacificalliance_puertovaras_explainer': 'Read next', 'h58_pacificalliance_puertovaras_salmontrade': 'Next week',
         'h58_turkic_cholponata_issykkul': 'Related:', 'h58_eu_nanjing_eastward': 'Also in this issue'}
CURLY = {'h58_visegrad_visegrad_lakefront', 'h58_pacificalliance_puertovaras_salmontrade', 'h58_eu_nanjing_eastward'}
KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
def fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('ı', 'i').replace('ß', 'ss').replace('æ', 'ae')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()
def toks(s): return [t for t in re.split(r'[^a-z0-9]+', fold(s)) if t]
def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))
avoid = {fold(c.strip()) for c in AVOID.split(',')}
used = {fold(c.strip()) for c in USED.split(';')}
# earlier gold, opened by exact names only
earlier_ids, earlier_summits, earlier_slugs, earlier_prefixes = set(), set(), set(), set()
for name in ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 58)]:
    p = os.path.join(EARLIER, name)
    if not os.path.exists(p):
        err('earlier gold missing: ' + name); continue
    for a in json.load(open(p, encoding='utf-8'))['articles']:
        earlier_ids.add(a['id']); s = a['summit']
        earlier_summits.add((s['organization'], fold(s['city']), s['start_date']))
        used.add(fold(s['city']) + ' ' + s['start_date'][:4])
        for f in a['facts']:
            if f.get('same_as'):
                earlier_slugs.add(f['same_as']); earlier_prefixes.add(f['same_as'].split('-')[0])
earlier_idprefixes = {i.split('_')[0] for i in earlier_ids}
if 'h58' in earlier_idprefixes: err('id prefix h58 already used in earlier gold')
gold = json.load(open(os.path.join(HERE, 'heldout58_gold.json'), encoding='utf-8'))
if list(gold) != ['about', 'articles']: err('top-level keys must be about, articles')
if not gold['about'].startswith('Held-out set round 58 (split=heldout58), written by an independent annotator; not yet scored or read by anyone working on the extractors.'):
    err('about text has the wrong opening')
AKEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
def date(s, where):
    try:
        return datetime.date.fromisoformat(s) if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s) else err('bad date %s in %s' % (s, where))
    except ValueError:
        err('nonexistent date %s in %s' % (s, where))
ids = set(); summits = collections.defaultdict(list); slug_summit = {}
for a in gold['articles']:
    aid = a.get('id', '?')
    if list(a) != AKEYS: err('%s: article keys %s' % (aid, list(a))); continue
    if not re.fullmatch(r'h58_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid): err('bad id ' + aid)
    if aid in ids or aid in earlier_ids: err('duplicate id ' + aid)
    ids.add(aid)
    if a['split'] != 'heldout58': err(aid + ': split')
    if a['file'] != 'articles/%s.txt' % aid: err(aid + ': file field')
    if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')): err(aid + ': file name taken in gold/articles')
    path = os.path.join(HERE, aid + '.txt')
    if not os.path.exists(path): err(aid + ': article file missing'); continue
    text = open(path, encoding='utf-8').read(); lines = text.split('\n')
    if a['title'] != lines[0]: err(aid + ': title differs from headline')
    pub = date(a['published_at'], aid)
    if pub and pub.strftime('%A') not in lines[1]: err(aid + ': outlet line lacks weekday ' + pub.strftime('%A'))
    if pub and str(pub.year) not in lines[1]: err(aid + ': outlet line lacks year')
    if not (isinstance(a['authors'], list) and a['authors'] and all(isinstance(x, str) and x and x in lines[2] for x in a['authors'])):
        err(aid + ': authors not in byline')
    tail = TAILS.get(aid)
    if not tail: err(aid + ': no tail marker registered'); continue
    ti = [i for i, l in enumerate(lines) if l.startswith(tail)]
    if not ti: err(aid + ': tail marker not found'); continue
    body = '\n'.join(lines[4:ti[0]]); noise = '\n'.join(lines[1:4] + lines[ti[0]:])
    nb, nf = len(body.split()), len(text.split())
    if not 420 <= nb <= 600: err('%s: body has %d words' % (aid, nb))
    if nf > 700: err('%s: file has %d words' % (aid, nf))
    searchable = lines[0] + '\n' + body
    # quote style
    if aid in CURLY:
        if '"' in text or "'" in text: err(aid + ': straight mark in curly article')
        for l in body.split('\n'):
            depth = 0
            for ch in l:
                if ch == '“':
                    if depth: err(aid + ': nested curly quote')
                    depth += 1
                elif ch == '”':
                    if not depth: err(aid + ': closing mark without opening')
                    depth -= 1
            if depth: err(aid + ': unclosed curly mark')
        spans = re.findall(r'“([^”]*)”', body)
    else:
        if any(c in text for c in '“”‘’'): err(aid + ': curly mark in straight article')
        for l in body.split('\n'):
            if l.count('"') % 2: err(aid + ': odd number of straight marks on a line')
        spans = re.findall(r'"([^"]*)"', body)
    if re.search(r'["“”]', lines[0] + noise): err(aid + ': quotation mark in headline or noise')
    s = a['summit']
    if list(s) != ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']: err(aid + ': summit keys')
    if not re.fullmatch(r'org:[a-z0-9-]+', s['organization']): err(aid + ': organization key')
    sd, ed = date(s['start_date'], aid), date(s['end_date'], aid)
    if sd and ed:
        if sd > ed or (ed - sd).days > 7: err(aid + ': summit dates')
        if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)): err(aid + ': publication date out of range')
        if fold(s['city']) in avoid: err(aid + ': city on avoid list')
        if fold(s['city']) + ' ' + s['start_date'][:4] in used: err(aid + ': city-year already used')
        if (s['organization'], fold(s['city']), s['start_date']) in earlier_summits: err(aid + ': summit already in gold')
    tf = s['text_fields']
    if not tf or tf != [f for f in FIELDS if f in tf] or len(set(tf)) != len(tf): err(aid + ': text_fields')
    ftoks = toks(searchable)
    if not has_seq(ftoks, toks(s['city'])): err(aid + ': city not in text')
    if 'country' in tf and not has_seq(ftoks, toks(s['country'])): err(aid + ': country not in text')
    summits[(s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])].append(aid)
    # participants
    pkeys = []
    for p in a['participants']:
        if list(p) != ['key', 'role', 'affiliation'] or not all(isinstance(p[k], str) and p[k].strip() for k in p):
            err(aid + ': participant fields ' + str(p)); continue
        k = p['key']
        if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k): err(aid + ': bad person key ' + k)
        parts = k[7:].split('-')
        if any(x in HONORIFICS for x in parts): err(aid + ': honorific in key ' + k)
        if not has_seq(ftoks, parts): err(aid + ': name of %s not in headline/body' % k)
        for au in a['authors']:
            if toks(au) == parts: err(aid + ': author listed as participant')
        if k in pkeys: err(aid + ': duplicate participant ' + k)
        pkeys.append(k)
    # quotes
    qtexts = []
    for q in a['quotes']:
        if list(q) != ['text', 'speaker_key', 'kind'] or not all(isinstance(q[x], str) for x in q): err(aid + ': quote fields'); continue
        if q['kind'] not in ('direct', 'partial'): err(aid + ': quote kind')
        sk = q['speaker_key']
        if not re.fullmatch(r'(person:[a-z0-9-]+|org:[a-z0-9-]+|country:[a-z]{2})', sk): err(aid + ': speaker key ' + sk)
        if sk.startswith('person:') and sk not in pkeys: err(aid + ': speaker not a participant ' + sk)
        qtexts.append(q['text'])
    if not all(isinstance(x, str) for x in a['not_quotes']): err(aid + ': not_quotes types')
    if collections.Counter(spans) != collections.Counter(qtexts + a['not_quotes']):
        err(aid + ': quoted spans and annotations differ: unannotated %s, not in text %s' % (list((collections.Counter(spans) - collections.Counter(qtexts + a['not_quotes'])).elements()), list((collections.Counter(qtexts + a['not_quotes']) - collections.Counter(spans)).elements())))
    if qtexts != [x for x in spans if x in qtexts]: err(aid + ': quotes not in text order')
    # facts
    slugs = set(); prefixes = set(); evs = []
    for f in a['facts']:
        if list(f) != ['statement', 'kind', 'same_as', 'evidence']: err(aid + ': fact keys'); continue
        if not (isinstance(f['statement'], str) and f['statement'].strip()): err(aid + ': empty statement')
        if not (isinstance(f['kind'], list) and f['kind'] and set(f['kind']) <= KINDS and len(set(f['kind'])) == len(f['kind'])): err(aid + ': fact kind ' + str(f['kind']))
        sl = f['same_as']
        if not (isinstance(sl, str) and re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sl)): err(aid + ': bad slug ' + str(sl)); continue
        if sl in slugs: err(aid + ': repeated slug ' + sl)
        slugs.add(sl); prefixes.add(sl.split('-')[0])
        if sl in earlier_slugs or sl.split('-')[0] in earlier_prefixes: err(aid + ': slug/prefix used in earlier gold ' + sl)
        key = (s['organization'], s['city'], s['start_date'])
        if slug_summit.setdefault(sl.split('-')[0], key) != key: err(aid + ': slug prefix shared by two summits')
        if not (isinstance(f['evidence'], list) and f['evidence']): err(aid + ': no evidence')
        for e in f['evidence']:
            if not (isinstance(e, str) and e and e in searchable): err(aid + ': evidence not verbatim: ' + str(e)[:70])
            evs.append(e)
    if len(prefixes) != 1: err(aid + ': slug prefixes ' + str(prefixes))
    a['_slugs'] = slugs
    for qt in qtexts:
        marked = ('“%s”' if aid in CURLY else '"%s"') % qt
        if not any(marked in e for e in evs): err(aid + ': quote not inside any evidence: ' + qt[:50])
    print('%-48s %s body %d file %d quotes %d (%d direct) not_quotes %d participants %d facts %d' % (
        aid, pub.strftime('%a') if pub else '?', nb, nf, len(qtexts), sum(q['kind'] == 'direct' for q in a['quotes']),
        len(a['not_quotes']), len(a['participants']), len(a['facts'])))
txts = {f[:-4] for f in os.listdir(HERE) if f.endswith('.txt')}
if txts != ids: err('article files and entries differ: %s' % (txts ^ ids))
byart = {a['id']: a for a in gold['articles']}
sizes = sorted(len(v) for v in summits.values())
if sizes != [1, 1, 2, 2, 2]: err('shape is %s, expected 5 summits: 3 pairs, 2 singles' % sizes)
for k, v in summits.items():
    if len(v) == 2:
        shared = byart[v[0]]['_slugs'] & byart[v[1]]['_slugs']
        print('pair %s %s: %d shared slugs: %s' % (k[0], k[1], len(shared), ', '.join(sorted(shared))))
        if len(shared) < 5: err('pair %s shares fewer than 5 slugs' % (v,))
if errors:
    print('\n'.join('ERROR: ' + e for e in errors)); sys.exit(1)
print('OK: all checks passed')
