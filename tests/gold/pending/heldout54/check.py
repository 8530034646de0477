#!/usr/bin/env python3
"""Validate heldout54_gold.json against the article files in this folder.

Written from scratch for round 54. Reads only this folder and, for the
novelty checks, the ids, summit entries and same_as slugs of the earlier
gold files opened by exact name (tests/gold/facts_gold.json and
tests/gold/heldoutN_gold.json for N = 5..53). Exits 1 on any error.
Set H54_EARLIER to point at tests/gold when running on a copy.
"""
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H54_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout54_gold.json')
SPLIT = 'heldout54'
PREFIX = 'h54'
ABOUT_START = ('Held-out set round 54 (split=heldout54), written by an independent annotator; '
               'not yet scored or read by anyone working on the extractors.')

# quote style and tail marker (first line of page noise after the body) per article
STYLE = {
    'h54_apec_vancouver_burrard': ('curly', 'More in City:'),
    'h54_apec_vancouver_lotusbridge': ('curly', 'COMMUNITY NOTICES'),
    'h54_au_khartoum_wire': ('straight', '(Additional reporting'),
    'h54_au_khartoum_explainer': ('straight', 'Read next:'),
    'h54_arableague_baghdad_transcript': ('straight', '[END OF SEGMENT]'),
    'h54_arableague_baghdad_failaka': ('curly', 'Related: '),
    'h54_nato_rome_ramparts': ('curly', 'Also in this issue:'),
    'h54_sco_bishkek_steppepipe': ('straight', 'DOCUMENTS:'),
}
# staff credited in the text who are not authors (never participants)
CREDITED = {
    'h54_au_khartoum_wire': ['Tarig Abdelrahim', 'Perpetua Gillingham'],
}

AVOID_CITIES = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali,
Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran,
Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna,
Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo,
Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare,
Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu,
Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka,
Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing,
Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata, Almaty, Doha, Rarotonga, Avarua, Durban,
Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen"""

USED_CITY_YEARS = """Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025;
Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016;
Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013;
Bangkok 2022; Bangkok 2025; Banjul 2024; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Biarritz 2019;
Bishkek 2019; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017;
Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018;
Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012;
Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012;
Chisinau 2023; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Da Nang 2017; Dakar 2008;
Damascus 2008; Dar es Salaam 2019; Deauville 2011; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022;
Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Elmau 2015; Elmau 2022;
Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024;
Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Hiroshima 2023;
Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023;
Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025;
Kathmandu 2014; Kazan 2024; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 2005;
Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018;
Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; London 2009; London 2018;
Los Angeles 2022; Los Cabos 2012; Luanda 2023; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014;
Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024;
Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Nago 2000; Nairobi 2016;
Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2018; Nuku'alofa 2024;
Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011;
Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023;
Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Putrajaya 2003; Qingdao 2018; Quebec City 2001;
Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025;
Riyadh 2007; Rome 2021; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009;
Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004;
Seoul 2010; Shanghai 2001; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2018; Sirte 2010;
Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022;
Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015;
Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Valletta 2005;
Valletta 2015; Veracruz 2014; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Vladivostok 2012;
Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019;
Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018;
Yerevan 2022; Yokohama 2010"""

# honorific and title tokens that must not appear in participant keys: the heldout40 list,
# the heldout42, 43, 46, 47, 48, 50, 51, 52 and 53 additions as read in the earlier about texts
HONORIFICS = set("""mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan majesty
excellency highness hon rt chief president premier minister chancellor chairman chairperson mayor secretary
senator monsieur madame madam lord lady baroness baron gen general col colonel ratu his her hm hrh he datuk dato
tun tunku pak shri smt sayyid ayatollah ato wro woizero domnul doamna hojatoleslam mheshimiwa rais mama ndugu
shrimati ambassador amb rtd mp lt lieutenant senhor senhora dom dona sr sra u daw professor lyonchhen lyonpo dasho
aum ap father imam reverend rev pastor bishop seri begum sheikha mufti janab maulana acting deputy vice haji hajah
crown pengiran awang dayang marshal hh former elect jr alhaji amir""".split())
HONORIFIC_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                        'person:nyan-tun', 'person:hassan-sheikh-mohamud'}

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes',
                'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
QUOTE_KINDS = {'direct', 'partial'}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']

KEY_RE = re.compile(r'^person:[a-z0-9]+(-[a-z0-9]+)*$')
ORG_RE = re.compile(r'^org:[a-z0-9]+(-[a-z0-9]+)*$')
COUNTRY_RE = re.compile(r'^country:[a-z]{2}$')
SLUG_RE = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)+$')
ID_RE = re.compile(r'^h54_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+$')

errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


SPECIAL = str.maketrans({'ð': 'd', 'þ': 'th', 'ø': 'o', 'æ': 'ae', 'ł': 'l', 'ß': 'ss', 'œ': 'oe', 'đ': 'd',
                         'ı': 'i', 'Ð': 'd', 'Þ': 'th', 'Ø': 'o', 'Æ': 'ae', 'Ł': 'l', 'Œ': 'oe', 'Đ': 'd'})


def fold(s):
    s = s.translate(SPECIAL)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def tokens(s):
    return [t for t in re.split(r'[^a-z0-9]+', fold(s)) if t]


def contains_tokens(hay_tokens, needle):
    nt = tokens(needle)
    if not nt:
        return False
    n = len(nt)
    return any(hay_tokens[i:i + n] == nt for i in range(len(hay_tokens) - n + 1))


def parse_date(s):
    try:
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except (ValueError, TypeError):
        return None


def quoted_spans(line, style):
    if style == 'straight':
        return re.findall(r'"([^"]*)"', line)
    return re.findall(r'“([^”]*)”', line)


def check_marks(aid, text, style):
    for i, line in enumerate(text.split('\n'), 1):
        where = '%s line %d' % (aid, i)
        if style == 'straight':
            if re.search(r'[“”‘’]', line):
                err(where, 'curly mark in a straight-quote article')
            if line.count('"') % 2:
                err(where, 'odd number of straight double marks')
        else:
            if re.search(r'["\']', line):
                err(where, 'straight mark in a curly-quote article')
            if '‘' in line:
                err(where, 'opening single curly mark')
            depth = 0
            for ch in line:
                if ch == '“':
                    if depth:
                        err(where, 'nested curly quote')
                    depth += 1
                elif ch == '”':
                    if not depth:
                        err(where, 'closing curly mark without an opening one')
                    depth = max(0, depth - 1)
            if depth:
                err(where, 'unclosed curly quote')


def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 54)]
    ids, summits, slugs, prefixes = set(), set(), set(), set()
    city_years = set()
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            err('earlier', 'missing earlier gold file %s' % n)
            continue
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.add((s.get('organization'), fold(s.get('city') or ''), s.get('start_date')))
            if s.get('city') and s.get('start_date'):
                city_years.add((fold(s['city']), s['start_date'][:4]))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return ids, summits, slugs, prefixes, city_years


def main():
    if not os.path.exists(GOLD):
        print('missing', GOLD)
        return 1
    gold = json.load(open(GOLD, encoding='utf-8'))
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top', 'top-level keys must be exactly about, articles')
        gold = {'about': gold.get('about', ''), 'articles': gold.get('articles', [])}
    about = gold['about']
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about', 'about text must begin with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('top', 'articles must be a list')
        arts = []

    e_ids, e_summits, e_slugs, e_prefixes, e_city_years = load_earlier()
    if any(i and i.split('_')[0] == PREFIX for i in e_ids):
        err('top', 'id prefix %s already used in earlier gold' % PREFIX)

    avoid = {fold(c.strip()) for c in AVOID_CITIES.replace('\n', ' ').split(',') if c.strip()}
    used = set()
    for item in USED_CITY_YEARS.replace('\n', ' ').split(';'):
        item = item.strip()
        if item:
            city, year = item.rsplit(' ', 1)
            used.add((fold(city), year))

    seen_ids = set()
    txt_files = {f[:-4] for f in os.listdir(HERE) if f.endswith('.txt')}
    by_summit = defaultdict(list)
    prefix_summit = {}
    slug_summit = {}
    stats = []

    for idx, a in enumerate(arts):
        aid = a.get('id', '#%d' % idx) if isinstance(a, dict) else '#%d' % idx
        if not isinstance(a, dict):
            err(aid, 'article is not an object')
            continue
        if list(a.keys()) != ARTICLE_KEYS:
            err(aid, 'article keys must be exactly %s in order, got %s' % (ARTICLE_KEYS, list(a.keys())))
        # id
        if not isinstance(aid, str) or not ID_RE.match(aid):
            err(aid, 'malformed id')
        if aid in seen_ids:
            err(aid, 'duplicate id')
        seen_ids.add(aid)
        if aid in e_ids:
            err(aid, 'id already used in earlier gold')
        if os.path.exists(os.path.join(EARLIER, 'articles', '%s.txt' % aid)):
            err(aid, 'an article file of that name already exists in tests/gold/articles')
        if aid not in STYLE:
            err(aid, 'no quote style / tail marker registered in check.py')
            continue
        if a.get('split') != SPLIT:
            err(aid, 'split must be %s' % SPLIT)
        if a.get('file') != 'articles/%s.txt' % aid:
            err(aid, 'file must be articles/<id>.txt')
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(path):
            err(aid, 'article file missing')
            continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        style, tail = STYLE[aid]
        headline, outlet, byline = lines[0], lines[1], lines[2]
        if a.get('title') != headline:
            err(aid, 'title differs from the headline')
        # body: from the fifth line to the tail marker
        rest = '\n'.join(lines[4:])
        ti = rest.find(tail)
        if ti < 0:
            err(aid, 'tail marker %r not found' % tail)
            ti = len(rest)
        body = rest[:ti]
        noise = '\n'.join(lines[1:4]) + '\n' + rest[ti:]
        wf, wb = len(text.split()), len(body.split())
        if not 420 <= wf <= 600:
            err(aid, 'file has %d words (420-600)' % wf)
        if not 420 <= wb <= 600:
            err(aid, 'body has %d words (420-600)' % wb)
        check_marks(aid, text, style)

        # dates
        pub = parse_date(a.get('published_at'))
        if pub is None:
            err(aid, 'published_at not a valid ISO date')
        else:
            wd = WEEKDAYS[pub.weekday()]
            if wd not in outlet:
                err(aid, 'outlet line lacks weekday %s' % wd)
            for other in WEEKDAYS:
                if other != wd and other in outlet:
                    err(aid, 'outlet line carries another weekday %s' % other)
            otoks = tokens(outlet)
            if MONTHS[pub.month - 1].lower() not in otoks or str(pub.day) not in otoks or str(pub.year) not in otoks:
                err(aid, 'outlet line lacks the date of published_at')
        # authors
        authors = a.get('authors')
        if not isinstance(authors, list) or not authors or not all(isinstance(x, str) and x.strip() for x in authors):
            err(aid, 'authors must be a non-empty list of non-empty strings')
            authors = []
        for au in authors:
            if au not in byline:
                err(aid, 'author %r not in byline' % au)
        # summit
        s = a.get('summit')
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err(aid, 'summit keys must be exactly %s' % SUMMIT_KEYS)
            s = s if isinstance(s, dict) else {}
        org = s.get('organization', '')
        if not isinstance(org, str) or not ORG_RE.match(org):
            err(aid, 'organization must be an org: key')
        city, country = s.get('city'), s.get('country')
        for nm, v in (('city', city), ('country', country)):
            if not isinstance(v, str) or not v.strip():
                err(aid, '%s must be a non-empty string' % nm)
        sd, ed = parse_date(s.get('start_date')), parse_date(s.get('end_date'))
        if sd is None or ed is None:
            err(aid, 'summit dates must be valid ISO dates')
        else:
            if sd > ed:
                err(aid, 'start_date after end_date')
            if (ed - sd).days > 6:
                err(aid, 'summit longer than a week')
            if pub and pub < sd:
                err(aid, 'published before the summit started')
        tf = s.get('text_fields')
        if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or any(x not in TEXT_FIELDS for x in tf) \
                or tf != [x for x in TEXT_FIELDS if x in tf]:
            err(aid, 'text_fields must be a non-empty ordered subset of %s' % TEXT_FIELDS)
            tf = []
        htoks = tokens(headline + '\n' + body)
        if isinstance(city, str):
            if not contains_tokens(htoks, city):
                err(aid, 'city %r not found in headline or body' % city)
            if fold(city) in avoid:
                err(aid, 'city %r is on the avoid list' % city)
            if sd:
                if (fold(city), str(sd.year)) in used:
                    err(aid, 'city and year on the used list')
                if (fold(city), str(sd.year)) in e_city_years:
                    err(aid, 'city and year already used in earlier gold')
                if (org, fold(city), s.get('start_date')) in e_summits:
                    err(aid, 'summit already in earlier gold')
        if 'country' in tf and isinstance(country, str) and not contains_tokens(htoks, country):
            err(aid, 'country %r in text_fields but not found in the text' % country)

        # participants
        parts = a.get('participants')
        if not isinstance(parts, list):
            err(aid, 'participants must be a list')
            parts = []
        pkeys = []
        all_toks = tokens(text)
        for cr in CREDITED.get(aid, []):
            if cr not in noise:
                err(aid, 'credited staff member %r not found in the page noise' % cr)
        staff = authors + CREDITED.get(aid, [])
        staff_keys = {'person:' + '-'.join(tokens(x)) for x in staff}
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(aid, 'participant keys must be exactly %s' % PART_KEYS)
                continue
            k = p['key']
            if not isinstance(k, str) or not KEY_RE.match(k):
                err(aid, 'malformed participant key %r' % k)
                continue
            if k in pkeys:
                err(aid, 'duplicate participant %s' % k)
            pkeys.append(k)
            parts_ = k[len('person:'):].split('-')
            if k not in HONORIFIC_EXCEPTIONS:
                bad = [t for t in parts_ if t in HONORIFICS]
                if bad:
                    err(aid, 'honorific or title token %s in key %s' % (bad, k))
            for t in parts_:
                if t not in all_toks:
                    err(aid, 'name part %r of %s not in the text' % (t, k))
            if parts_[-1] not in htoks:
                err(aid, 'last name part of %s not in headline or body' % k)
            for fld in ('role', 'affiliation'):
                if not isinstance(p[fld], str) or not p[fld].strip():
                    err(aid, '%s of %s must be non-empty' % (fld, k))
            if k in staff_keys:
                err(aid, 'author or credited staff member %s listed as participant' % k)

        # quotes
        quotes = a.get('quotes')
        if not isinstance(quotes, list):
            err(aid, 'quotes must be a list')
            quotes = []
        nq = a.get('not_quotes')
        if not isinstance(nq, list) or not all(isinstance(x, str) and x for x in nq):
            err(aid, 'not_quotes must be a list of non-empty strings')
            nq = []
        spans_body = []
        for line in body.split('\n'):
            spans_body += quoted_spans(line, style)
        spans_noise = []
        for line in (headline + '\n' + noise).split('\n'):
            spans_noise += quoted_spans(line, style)
        if spans_noise:
            err(aid, 'quoted span outside the body: %r' % spans_noise)
        qtexts = []
        for q in quotes:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(aid, 'quote keys must be exactly %s' % QUOTE_KEYS)
                continue
            if not isinstance(q['text'], str) or not q['text']:
                err(aid, 'empty quote text')
                continue
            qtexts.append(q['text'])
            if q['kind'] not in QUOTE_KINDS:
                err(aid, 'bad quote kind %r' % q['kind'])
            sk = q['speaker_key']
            if not isinstance(sk, str) or not (KEY_RE.match(sk) or ORG_RE.match(sk) or COUNTRY_RE.match(sk)):
                err(aid, 'malformed speaker key %r' % sk)
            elif sk.startswith('person:') and sk not in pkeys:
                err(aid, 'speaker %s is not a participant' % sk)
        if Counter(spans_body) != Counter(qtexts) + Counter(nq):
            missing = Counter(spans_body) - (Counter(qtexts) + Counter(nq))
            extra = (Counter(qtexts) + Counter(nq)) - Counter(spans_body)
            if missing:
                err(aid, 'quoted spans not annotated: %r' % list(missing))
            if extra:
                err(aid, 'annotated quotes / not_quotes not found as quoted spans: %r' % list(extra))
        # quotes in text order
        order_spans = [x for x in spans_body if x in set(qtexts)]
        if order_spans != qtexts:
            err(aid, 'quotes not listed in text order')
        if set(qtexts) & set(nq):
            err(aid, 'a span is both quote and not_quote')

        # facts
        facts = a.get('facts')
        if not isinstance(facts, list) or not facts:
            err(aid, 'facts must be a non-empty list')
            facts = []
        seen_slugs = set()
        prefixes = set()
        evid_all = []
        for f in facts:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(aid, 'fact keys must be exactly %s' % FACT_KEYS)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(aid, 'empty fact statement')
            kind = f['kind']
            if not isinstance(kind, list) or not kind or len(set(kind)) != len(kind) or any(x not in FACT_KINDS for x in kind):
                err(aid, 'bad fact kind %r' % (kind,))
            sa = f['same_as']
            if not isinstance(sa, str) or not SLUG_RE.match(sa):
                err(aid, 'malformed same_as %r' % sa)
                continue
            if sa in seen_slugs:
                err(aid, 'same_as %s repeated in the article' % sa)
            seen_slugs.add(sa)
            pre = sa.split('-')[0]
            prefixes.add(pre)
            if pre in e_prefixes:
                err(aid, 'same_as prefix %s already used in earlier gold' % pre)
            if sa in e_slugs:
                err(aid, 'same_as %s already used in earlier gold' % sa)
            ev = f['evidence']
            if not isinstance(ev, list) or not ev or not all(isinstance(x, str) and x.strip() for x in ev):
                err(aid, 'evidence must be a non-empty list of non-empty strings (%s)' % sa)
                continue
            for e in ev:
                if e not in body and e not in headline:
                    err(aid, 'evidence not found in body or headline (%s): %r' % (sa, e[:70]))
                evid_all.append(e)
        if len(prefixes) > 1:
            err(aid, 'more than one same_as prefix: %s' % sorted(prefixes))
        # every quote, with its marks, inside an evidence span
        o, c = ('"', '"') if style == 'straight' else ('“', '”')
        for qt in qtexts:
            if not any(o + qt + c in e for e in evid_all):
                err(aid, 'quote not covered by any evidence span: %r' % qt[:60])

        skey = (org, city, s.get('start_date'))
        by_summit[skey].append((aid, seen_slugs, s))
        for pre in prefixes:
            if prefix_summit.setdefault(pre, skey) != skey:
                err(aid, 'prefix %s shared by two summits' % pre)
        for sl in seen_slugs:
            if slug_summit.setdefault(sl, skey) != skey:
                err(aid, 'slug %s shared by two summits' % sl)
        kinds = Counter(q['kind'] for q in quotes if isinstance(q, dict))
        stats.append('%-36s %s %-9s %-8s words %d/%d quotes %d (%d/%d) not_quotes %d participants %d facts %d' % (
            aid, a.get('published_at'), WEEKDAYS[pub.weekday()] if pub else '?', style, wf, wb, len(quotes),
            kinds['direct'], kinds['partial'], len(nq), len(parts), len(facts)))

    for t in txt_files - seen_ids:
        err(t, 'article file in folder without a gold entry')

    # shape: 8 articles, 5 summits, 3 pairs, 2 singles
    sizes = sorted(len(v) for v in by_summit.values())
    if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]:
        err('shape', 'need 8 articles in 5 summits (3 pairs, 2 singles); got sizes %s' % sizes)
    pair_lines = []
    for skey, members in by_summit.items():
        if len(members) > 2:
            err('shape', 'summit %s has more than two articles' % (skey,))
        if len(members) == 2:
            (a1, s1, m1), (a2, s2, m2) = members
            for k in ('organization', 'city', 'country', 'start_date', 'end_date'):
                if m1.get(k) != m2.get(k):
                    err(a1, 'pair disagrees with %s on %s' % (a2, k))
            shared = s1 & s2
            if len(shared) < 5:
                err(a1, 'pair with %s shares only %d same_as slugs' % (a2, len(shared)))
            pair_lines.append('%s + %s: %d shared: %s' % (a1, a2, len(shared), ', '.join(sorted(shared))))

    for line in stats:
        print(line)
    for line in pair_lines:
        print(line)
    if errors:
        print('\n%d ERROR(S):' % len(errors))
        for e in errors:
            print(' -', e)
        return 1
    print('\nOK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
