#!/usr/bin/env python3
"""Checker for the heldout53 gold set (written from scratch for round 53).

Validates heldout53_gold.json against the article .txt files in this folder and
against the ids, summit entries and same_as slugs of the earlier gold files
(tests/gold/facts_gold.json and tests/gold/heldoutN_gold.json, N = 5..51, opened
by exact name; heldout52 is sealed and never opened).  Exits 1 on any error.
Set H53_EARLIER to the tests/gold folder when running on a copy.
"""
import collections, datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H53_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
EARLIER_NAMES = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 52)]
ABOUT_START = ('Held-out set round 53 (split=heldout53), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')
SPLIT = 'heldout53'
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
            'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
QUOTE_KINDS = {'direct', 'partial'}

# quote style and the first line of page noise after the body, per article
STYLE = {
    'h53_oic_banjul_wire': ('straight', '(Additional reporting by'),
    'h53_oic_banjul_bantaba': ('curly', 'Have your say:'),
    'h53_asean_vientiane_explainer': ('straight', 'Read next:'),
    'h53_asean_vientiane_davao': ('curly', 'Related:'),
    'h53_americas_santiago_transcript': ('straight', '[END OF SEGMENT]'),
    'h53_americas_santiago_corredor': ('curly', 'Letters:'),
    'h53_sadc_luanda_orerail': ('straight', 'Subscribers can download'),
    'h53_asem_copenhagen_harbourpost': ('curly', 'Also in City:'),
}
# staff credited in the page noise (neither authors nor participants)
CREDITED = {'Yusupha Camara', 'Wilhelmina Sturridge'}

HONORIFICS = set('''mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan
majesty excellency highness hon rt chief president premier minister chancellor chairman chairperson
mayor secretary senator monsieur madame madam lord lady baroness baron gen general col colonel ratu
his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah ato wro woizero domnul doamna
hojatoleslam mheshimiwa rais mama ndugu shrimati ambassador amb rtd mp lt lieutenant senhor senhora
dom dona sr sra u daw professor lyonchhen lyonpo dasho aum ap father imam reverend rev pastor bishop
seri begum sheikha mufti janab maulana acting deputy vice haji hajah crown pengiran awang dayang
jr alhaji'''.split())
HON_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                  'person:nyan-tun', 'person:hassan-sheikh-mohamud'}

AVOID_CITIES = '''Astana; Paris; Reykjavik; Sanya; Kathmandu; San Pedro Sula; Majuro; Abuja; Nusa Dua; Bali;
Johannesburg; Nairobi; Kuwait City; Windhoek; Cadiz; Caracas; Sharm el-Sheikh; Baku; Ulaanbaatar; Mecca;
Tehran; Dushanbe; Asunción; Vilnius; Prague; Bangkok; Cairo; Cebu; Veracruz; Antananarivo; Chisinau; Sochi;
Kiruna; Addu City; Rancho Mirage; Arusha; New Delhi; Xi'an; Goyang; Islamabad; Kigali; Warsaw; Port of Spain;
Tokyo; Stockholm; Dili; Accra; Yekaterinburg; Puerto Iguazú; Valletta; Tashkent; Mexico City; Naypyidaw;
Algiers; Harare; Yerevan; Auckland; Niamey; Madrid; Miami; Suva; Camp David; Istanbul; Djerba; Lima;
Washington; Thimphu; Santo Domingo; Manama; Lilongwe; Huntsville; Maputo; Samara; Putrajaya; Puerto Vallarta;
Toyako; Damascus; Dhaka; Monterrey; Brussels; Elmau; Phnom Penh; Rovaniemi; Colombo; Djibouti; Monrovia;
Bratislava; Cancún; Coolum; Beijing; Beirut; Genoa; Malabo; Bandar Seri Begawan; Brasília; Alma-Ata; Almaty;
Doha; Rarotonga; Avarua; Durban; Ouro Preto'''
USED_CITY_YEARS = '''Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025;
Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016;
Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013;
Bangkok 2022; Bangkok 2025; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Biarritz 2019; Bishkek 2019;
Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018;
Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Buenos Aires 2018;
Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023;
Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023;
Colombo 2013; Colombo 2022; Coolum 2002; Cádiz 2012; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019;
Deauville 2011; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007;
Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003;
Fortaleza 2014; Funafuti 2019; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017;
Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Hiroshima 2023; Honolulu 2011;
Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023;
Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014;
Kazan 2024; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 2005; Kuala Lumpur 2015;
Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Lilongwe 2021; Lima 2008;
Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; London 2009; London 2018; Los Angeles 2022;
Los Cabos 2012; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024;
Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021;
Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Nago 2000; Nairobi 2016; Naypyidaw 2014; New Delhi 2015;
New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022;
Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022;
Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016;
Puerto Iguazú 2023; Puerto Vallarta 2018; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Rancho Mirage 2016;
Rarotonga 2023; Reykjavik 2023; Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2021;
Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santiago 2007; Santiago 2013;
Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Sharm el-Sheikh 2008;
Sharm el-Sheikh 2015; Shima 2016; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006;
St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016;
Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008;
Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Valletta 2005; Valletta 2015; Veracruz 2014; Vientiane 2024;
Vilnius 2013; Vilnius 2023; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008;
Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017;
Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010'''

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
SPECIAL = {'ð': 'd', 'þ': 'th', 'ø': 'o', 'æ': 'ae', 'ł': 'l', 'ß': 'ss', 'œ': 'oe', 'đ': 'd', 'ı': 'i'}

errors = []
def err(msg):
    errors.append(msg)

def fold(s):
    s = ''.join(SPECIAL.get(c, c) for c in s.lower())
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))

def tokens(s):
    return [t for t in re.split(r'[^0-9a-z]+', fold(s)) if t]

def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))

def norm_city(s):
    return ' '.join(tokens(s))

def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err('%s: not an ISO date: %r' % (where, s)); return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err('%s: date does not exist: %r' % (where, s)); return None

def quoted_spans(text, style):
    """(start, end, inner) of every double-quoted span; end is after the closing mark."""
    spans = []
    if style == 'straight':
        for m in re.finditer(r'"([^"\n]*)"', text):
            spans.append((m.start(), m.end(), m.group(1)))
    else:
        for m in re.finditer(r'“([^“”\n]*)”', text):
            spans.append((m.start(), m.end(), m.group(1)))
    return spans

def check_marks(aid, text, style):
    for i, line in enumerate(text.split('\n'), 1):
        if style == 'straight':
            if re.search('[“”‘’]', line):
                err('%s line %d: curly mark in a straight-quote article' % (aid, i))
            if line.count('"') % 2:
                err('%s line %d: odd number of straight double marks' % (aid, i))
        else:
            if '"' in line or "'" in line:
                err('%s line %d: straight mark in a curly-quote article' % (aid, i))
            if '‘' in line:
                err('%s line %d: opening single curly mark' % (aid, i))
            depth = 0
            for c in line:
                if c == '“':
                    depth += 1
                    if depth > 1:
                        err('%s line %d: nested curly quote' % (aid, i))
                elif c == '”':
                    depth -= 1
                    if depth < 0:
                        err('%s line %d: closing curly mark without opening' % (aid, i)); depth = 0
            if depth:
                err('%s line %d: unclosed curly quote' % (aid, i))

def load_earlier():
    ids, slugs, prefixes, summits = set(), set(), set(), []
    for n in EARLIER_NAMES:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            err('earlier gold file missing: %s' % p); continue
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if sa:
                    slugs.add(sa); prefixes.add(sa.split('-')[0])
    return ids, slugs, prefixes, summits

def main():
    gold_path = os.path.join(HERE, 'heldout53_gold.json')
    try:
        gold = json.load(open(gold_path, encoding='utf-8'))
    except Exception as e:
        print('ERROR: cannot read gold: %s' % e); sys.exit(1)
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
    about = gold.get('about', '')
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about text does not begin with the required sentence')
    arts = gold.get('articles', [])
    if not isinstance(arts, list) or not arts:
        err('articles must be a non-empty list'); arts = []

    e_ids, e_slugs, e_prefixes, e_summits = load_earlier()
    avoid = {norm_city(c) for c in AVOID_CITIES.replace('\n', ' ').split(';')}
    used = set()
    for cy in USED_CITY_YEARS.replace('\n', ' ').split(';'):
        cy = cy.strip(); city, year = cy.rsplit(' ', 1); used.add((norm_city(city), year))
    for org, city, start in e_summits:
        if city and start:
            used.add((norm_city(city), start[:4]))

    seen_ids = set()
    summit_groups = collections.defaultdict(list)
    prefix_by_summit = collections.defaultdict(set)
    slugs_by_summit = collections.defaultdict(set)
    txt_files = {f[:-4] for f in os.listdir(HERE) if f.endswith('.txt')}
    totals = collections.Counter()

    for a in arts:
        if not isinstance(a, dict):
            err('article entry is not an object'); continue
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys wrong or out of order: %s' % (aid, list(a.keys())))
        if not isinstance(aid, str) or not re.fullmatch(r'h53_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('%s: id not of the form h53_<org>_<city>_<slug>' % aid)
        if aid in seen_ids:
            err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if os.path.exists(os.path.join(EARLIER, 'articles', '%s.txt' % aid)):
            err('%s: an earlier article file has this name' % aid)
        if a.get('split') != SPLIT:
            err('%s: split must be %s' % (aid, SPLIT))
        if a.get('file') != 'articles/%s.txt' % aid:
            err('%s: file must be articles/%s.txt' % (aid, aid))
        path = os.path.join(HERE, '%s.txt' % aid)
        if not os.path.exists(path):
            err('%s: article file missing' % aid); continue
        if aid not in STYLE:
            err('%s: no quote style registered' % aid); continue
        style, tail = STYLE[aid]
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if len(lines) < 6:
            err('%s: too few lines' % aid); continue
        headline, outlet, byline = lines[0], lines[1], lines[2]
        if a.get('title') != headline:
            err('%s: title differs from the headline' % aid)
        tail_idx = [i for i, l in enumerate(lines) if l.startswith(tail)]
        if len(tail_idx) != 1 or tail_idx[0] <= 4:
            err('%s: tail marker %r not found exactly once after the body' % (aid, tail)); continue
        body_lines = lines[4:tail_idx[0]]
        body = '\n'.join(body_lines)
        body_start = len('\n'.join(lines[:4])) + 1
        body_end = body_start + len(body)
        n_file, n_body = len(text.split()), len(body.split())
        if not 420 <= n_file <= 600:
            err('%s: file has %d words (420-600)' % (aid, n_file))
        if not 420 <= n_body <= 600:
            err('%s: body has %d words (420-600)' % (aid, n_body))
        check_marks(aid, text, style)

        # dates
        pub = parse_date(a.get('published_at'), aid + ' published_at')
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            otoks = re.findall(r'[A-Za-z]+|\d+', outlet)
            if wd not in otoks:
                err('%s: outlet line lacks weekday %s' % (aid, wd))
            for w in WEEKDAYS:
                if w != wd and w in otoks:
                    err('%s: outlet line carries another weekday %s' % (aid, w))
            if MONTHS[pub.month - 1] not in otoks or str(pub.day) not in otoks or str(pub.year) not in otoks:
                err('%s: outlet line lacks day, month or year of %s' % (aid, pub))
        # authors
        au = a.get('authors')
        if not isinstance(au, list) or not au or not all(isinstance(x, str) and x.strip() for x in au):
            err('%s: authors must be a non-empty list of names' % aid); au = []
        for x in au:
            if x not in byline:
                err('%s: author %r not in byline' % (aid, x))
        # summit
        s = a.get('summit')
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys wrong or out of order' % aid); s = {}
        org = s.get('organization', '')
        if not isinstance(org, str) or not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', org):
            err('%s: organization not an org: key' % aid)
        city, country = s.get('city'), s.get('country')
        for nm, v in (('city', city), ('country', country)):
            if not isinstance(v, str) or not v.strip():
                err('%s: empty %s' % (aid, nm))
        sd = parse_date(s.get('start_date'), aid + ' start_date')
        ed = parse_date(s.get('end_date'), aid + ' end_date')
        if sd and ed and sd > ed:
            err('%s: start after end' % aid)
        if sd and pub and pub < sd:
            err('%s: published before the summit started' % aid)
        if sd and ed and (ed - sd).days > 6:
            err('%s: summit longer than a week' % aid)
        tf = s.get('text_fields')
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or \
                len(set(tf)) != len(tf) or tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields must be a non-empty canonical-order subset of %s' % (aid, FIELDS)); tf = []
        ht = tokens(headline + '\n' + body)
        if isinstance(city, str) and city:
            if not has_seq(ht, tokens(city)):
                err('%s: city %r not in headline or body' % (aid, city))
            if norm_city(city) in avoid:
                err('%s: city %r is on the avoid list' % (aid, city))
            if sd and (norm_city(city), str(sd.year)) in used:
                err('%s: city and year %s %d already used' % (aid, city, sd.year))
        if 'country' in tf and isinstance(country, str) and not has_seq(ht, tokens(country)):
            err('%s: country %r not in headline or body' % (aid, country))
        key = (org, city, s.get('start_date'))
        summit_groups[key].append(a)
        for other in e_summits:
            if other == key:
                err('%s: summit already in earlier gold' % aid)

        # quotes
        spans = quoted_spans(text, style)
        for st, en, inner in spans:
            if st < body_start or en > body_end:
                err('%s: quoted span outside the body: %r' % (aid, inner))
        quotes = a.get('quotes')
        nq = a.get('not_quotes')
        if not isinstance(quotes, list) or not isinstance(nq, list):
            err('%s: quotes and not_quotes must be lists' % aid); quotes, nq = [], []
        mark = ('"', '"') if style == 'straight' else ('“', '”')
        parts = a.get('participants') if isinstance(a.get('participants'), list) else []
        pkeys = [p.get('key') for p in parts if isinstance(p, dict)]
        facts = a.get('facts') if isinstance(a.get('facts'), list) else []
        evid = [e for f in facts if isinstance(f, dict) and isinstance(f.get('evidence'), list)
                for e in f['evidence'] if isinstance(e, str)]
        for q in quotes:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys wrong: %r' % (aid, q)); continue
            t, sk, k = q['text'], q['speaker_key'], q['kind']
            if not isinstance(t, str) or not t:
                err('%s: empty quote text' % aid); continue
            if k not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, k))
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err('%s: malformed speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            if not any(mark[0] + t + mark[1] in e for e in evid):
                err('%s: quote not inside any evidence span with its marks: %r' % (aid, t))
        for x in nq:
            if not isinstance(x, str) or not x:
                err('%s: bad not_quote %r' % (aid, x))
        want = collections.Counter([q.get('text') for q in quotes if isinstance(q, dict)] + list(nq))
        have = collections.Counter(inner for _, _, inner in spans)
        if want != have:
            err('%s: quoted spans and quotes+not_quotes differ: missing %s, extra %s' % (
                aid, list((have - want).elements()), list((want - have).elements())))
        qtexts = [q.get('text') for q in quotes if isinstance(q, dict)]
        order = [inner for _, _, inner in spans if inner in qtexts]
        if order != qtexts:
            err('%s: quotes not listed in text order' % aid)

        # participants
        fold_all = tokens(text)
        excluded = set(au) | CREDITED
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys wrong: %r' % (aid, p)); continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: malformed participant key %r' % (aid, k)); continue
            names = k[len('person:'):].split('-')
            if k not in HON_EXCEPTIONS:
                bad = [n for n in names if n in HONORIFICS]
                if bad:
                    err('%s: honorific/title token %s in %s' % (aid, bad, k))
            for n in names:
                if n not in fold_all:
                    err('%s: name part %r of %s not in the text' % (aid, n, k))
            if names[-1] not in ht:
                err('%s: last name part of %s not in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                if not isinstance(p.get(fld), str) or not p[fld].strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
            for x in excluded:
                if tokens(x) == names:
                    err('%s: author or credited staff %s listed as participant' % (aid, k))
        if len(set(pkeys)) != len(pkeys):
            err('%s: duplicate participant key' % aid)

        # facts
        if not facts:
            err('%s: no facts' % aid)
        art_slugs, art_prefixes = set(), set()
        for f in facts:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys wrong: %r' % (aid, f)); continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or any(x not in FACT_KINDS for x in kd) or len(set(kd)) != len(kd):
                err('%s: bad fact kind %r' % (aid, kd))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa):
                err('%s: malformed same_as %r' % (aid, sa)); continue
            if sa in art_slugs:
                err('%s: repeated same_as %s' % (aid, sa))
            art_slugs.add(sa); art_prefixes.add(sa.split('-')[0])
            if sa in e_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sa))
            if sa.split('-')[0] in e_prefixes:
                err('%s: same_as prefix %s used in earlier gold' % (aid, sa.split('-')[0]))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence must be a non-empty list (%s)' % (aid, sa)); continue
            for e in ev:
                if not isinstance(e, str) or not e.strip():
                    err('%s: empty evidence (%s)' % (aid, sa))
                elif e not in body and e not in headline:
                    err('%s: evidence not found verbatim in body or headline (%s): %r' % (aid, sa, e[:80]))
        if len(art_prefixes) > 1:
            err('%s: more than one slug prefix %s' % (aid, sorted(art_prefixes)))
        prefix_by_summit[key] |= art_prefixes
        slugs_by_summit[key] |= art_slugs
        totals['quotes'] += len(quotes); totals['not_quotes'] += len(nq)
        totals['participants'] += len(parts); totals['facts'] += len(facts)
        print('%-36s %s %-9s words %d/%d  q %d  nq %d  p %d  f %d' % (
            aid, WEEKDAYS[pub.weekday()][:3] if pub else '???', style, n_file, n_body,
            len(quotes), len(nq), len(parts), len(facts)))

    for t in sorted(txt_files - seen_ids):
        err('stray .txt file without an entry: %s.txt' % t)
    # summits, pairs and shape
    pairs = singles = 0
    keys = list(summit_groups)
    for key, group in summit_groups.items():
        if len(group) > 2:
            err('summit %s has %d articles' % (key, len(group)))
        elif len(group) == 2:
            pairs += 1
            a, b = group
            if [a['summit'].get(x) for x in FIELDS] != [b['summit'].get(x) for x in FIELDS]:
                err('pair %s / %s disagree on the summit' % (a['id'], b['id']))
            sa = {f['same_as'] for f in a['facts'] if isinstance(f, dict)}
            sb = {f['same_as'] for f in b['facts'] if isinstance(f, dict)}
            shared = sorted(sa & sb)
            if len(shared) < 5:
                err('pair %s / %s shares only %d same_as slugs' % (a['id'], b['id'], len(shared)))
            print('pair %s: %d shared: %s' % (key[1], len(shared), ', '.join(shared)))
        else:
            singles += 1
    for i, k1 in enumerate(keys):
        for k2 in keys[i + 1:]:
            if prefix_by_summit[k1] & prefix_by_summit[k2]:
                err('slug prefix shared by two summits: %s' % (prefix_by_summit[k1] & prefix_by_summit[k2]))
            if slugs_by_summit[k1] & slugs_by_summit[k2]:
                err('slug shared across summits: %s' % (slugs_by_summit[k1] & slugs_by_summit[k2]))
    if (len(arts), len(summit_groups), pairs, singles) != (8, 5, 3, 2):
        err('shape must be 8 articles, 5 summits, 3 pairs, 2 singles; got %d, %d, %d, %d' % (
            len(arts), len(summit_groups), pairs, singles))
    print('totals:', dict(totals))
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout53 gold passes all checks')

if __name__ == '__main__':
    main()
