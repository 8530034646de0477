#!/usr/bin/env python3
"""Validator for the heldout62 gold set (written from scratch for round 62).

Checks heldout62_gold.json against the article .txt files in this folder and
exits 1 on any error.  Earlier gold is read only for ids, summit entries and
same_as slugs, from files opened by exact name (tests/gold/facts_gold.json and
tests/gold/heldoutN_gold.json for N = 5..61); set H62_EARLIER to point at
another copy of tests/gold.
"""
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.environ.get('H62_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
EARLIER_NAMES = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 62)]
SPLIT = 'heldout62'
PREFIX = 'h62'
OPENING = ('Held-out set round 62 (split=heldout62), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
QUOTE_KINDS = {'direct', 'partial'}
HONORIFICS = set('mr mrs ms miss dr sir dame lord lady president vice prime minister premier '
                 'chancellor king queen prince princess emir sultan sheikh general gen lieutenant '
                 'colonel col governor gov mayor senator sen chief secretary professor prof rev hon '
                 'excellency majesty his her monsieur madame senor don daw u commodore datuk seri '
                 'tan sri'.split())
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
RELATIVE = ['today', 'tonight', 'yesterday', 'last night', 'this afternoon', 'this morning']

# registered per organisation: names that show the organisation in the text
ORG_NAMES = {
    'org:apec': ['APEC', 'Asia-Pacific Economic Cooperation'],
    'org:eccas': ['ECCAS', 'Economic Community of Central African States'],
    'org:eu': ['European Union', 'EU'],
    'org:gcc': ['Gulf Cooperation Council', 'GCC'],
    'org:caricom': ['CARICOM', 'Caribbean Community'],
}
# registered per article: quote style, the first line of the page noise after the body,
# and credited staff (neither authors nor participants) who must appear in the noise
REGISTER = {
    'h62_apec_seattle_alki': ('curly', 'Related:', []),
    'h62_apec_seattle_selat': ('straight', 'Related:', []),
    'h62_eccas_ndjamena_pirogue': ('straight', '(Additional reporting',
                                   ['Prudence Yakete-Lonsdale', 'Hortense Mbaikoua-Gilchrist']),
    'h62_eccas_ndjamena_ubangi': ('curly', 'Read next:', []),
    'h62_eu_khantymansiysk_hanseatic': ('straight', '[END OF SEGMENT]', []),
    'h62_eu_khantymansiysk_wellhead': ('curly', 'Related:', []),
    'h62_gcc_muscat_ruwi': ('curly', 'Community Diary:', []),
    'h62_caricom_montegobay_crier': ('straight', 'Comments (', []),
}

AVOID_CITIES = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga"""

USED_CITY_YEARS = """Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Monterrey 2004; Montreux 2010; Nago 2000; Nairobi 2016; Nanjing 2009; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"""

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('\u2019', "'").replace('\u2018', "'").lower()


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def contains_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def city_names(raw):
    out = set()
    for item in raw.split(','):
        item = item.strip()
        if not item:
            continue
        m = re.match(r'^(.*?)\s*\((.*)\)$', item)
        if m:
            out.add(fold(m.group(1)))
            out.add(fold(m.group(2)))
        else:
            out.add(fold(item))
    return out


def used_pairs(raw):
    out = set()
    for item in raw.split(';'):
        item = item.strip()
        if not item:
            continue
        city, year = item.rsplit(' ', 1)
        out.add((fold(city), year))
    return out


def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err('%s: not an ISO date: %r' % (where, s))
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err('%s: date does not exist: %r' % (where, s))
        return None


def check_keys(obj, keys, where):
    if not isinstance(obj, dict):
        err('%s: not an object' % where)
        return False
    if list(obj.keys()) != keys:
        err('%s: keys %s, expected %s' % (where, list(obj.keys()), keys))
        return False
    return True


def is_str(x):
    return isinstance(x, str) and x.strip() != ''


def quoted_spans(line, style):
    """Return the list of double-quoted spans of one line, or None when unbalanced."""
    if style == 'straight':
        if line.count('"') % 2:
            return None
        return re.findall(r'"([^"]*)"', line)
    spans, cur, depth = [], [], 0
    for ch in line:
        if ch == '\u201c':
            if depth:
                return None
            depth, cur = 1, []
        elif ch == '\u201d':
            if not depth:
                return None
            depth = 0
            spans.append(''.join(cur))
        elif depth:
            cur.append(ch)
    if depth:
        return None
    return spans


def load_earlier():
    ids, summits, slugs = set(), [], set()
    for name in EARLIER_NAMES:
        path = os.path.join(GOLD, name)
        if not os.path.exists(path):
            err('earlier gold file missing: %s' % path)
            continue
        with open(path, encoding='utf-8') as fh:
            d = json.load(fh)
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    return ids, summits, slugs


def main():
    path = os.path.join(HERE, 'heldout62_gold.json')
    with open(path, encoding='utf-8') as fh:
        gold = json.load(fh)
    if list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
    about = gold.get('about', '')
    if not isinstance(about, str) or not about.startswith(OPENING):
        err('about text does not start with the required sentence')
    arts = gold.get('articles', [])
    if not isinstance(arts, list) or not arts:
        err('articles must be a non-empty list')
        return
    earlier_ids, earlier_summits, earlier_slugs = load_earlier()
    earlier_prefixes = {s.split('-')[0] for s in earlier_slugs}
    earlier_id_prefixes = {i.split('_')[0] for i in earlier_ids if isinstance(i, str)}
    if PREFIX in earlier_id_prefixes:
        err('id prefix %s already used in earlier gold' % PREFIX)
    avoid = city_names(AVOID_CITIES)
    used = used_pairs(USED_CITY_YEARS)
    earlier_city_years = {(fold(c), (d or '')[:4]) for (o, c, d) in earlier_summits if c}
    earlier_org_city_date = {(o, fold(c), d) for (o, c, d) in earlier_summits if c}

    seen_ids = set()
    per_summit = {}
    slug_info = {}
    prefix_summit = {}
    totals = Counter()
    files_expected = set()
    for n, a in enumerate(arts):
        where = 'article %d' % n
        if not check_keys(a, ARTICLE_KEYS, where):
            continue
        aid = a['id']
        where = aid
        if not isinstance(aid, str) or not re.fullmatch(PREFIX + r'_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('%s: id not of the form %s_<org>_<city>_<slug>' % (where, PREFIX))
            continue
        if aid in seen_ids:
            err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if aid in earlier_ids:
            err('%s: id used in earlier gold' % aid)
        if os.path.exists(os.path.join(GOLD, 'articles', aid + '.txt')):
            err('%s: a file of that name already exists in tests/gold/articles' % aid)
        if aid not in REGISTER:
            err('%s: not registered in check.py' % aid)
            continue
        style, tail, staff = REGISTER[aid]
        if a['split'] != SPLIT:
            err('%s: split must be %s' % (aid, SPLIT))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/%s.txt' % (aid, aid))
        txt_path = os.path.join(HERE, aid + '.txt')
        files_expected.add(aid + '.txt')
        if not os.path.exists(txt_path):
            err('%s: article file missing' % aid)
            continue
        with open(txt_path, encoding='utf-8') as fh:
            text = fh.read()
        lines = text.split('\n')
        if len(lines) < 6:
            err('%s: article too short' % aid)
            continue
        headline, outlet_line, byline = lines[0], lines[1], lines[2]
        tail_idx = None
        for i in range(4, len(lines)):
            if lines[i].startswith(tail):
                tail_idx = i
                break
        if tail_idx is None:
            err('%s: tail marker %r not found' % (aid, tail))
            continue
        body_lines = lines[4:tail_idx]
        noise_lines = lines[1:4] + lines[tail_idx:]
        body = '\n'.join(body_lines)
        headbody = headline + '\n' + body
        noise = '\n'.join(noise_lines)
        hb_tokens = tokens(headbody)
        hb_fold = fold(headbody)

        # title, types
        if a['title'] != headline:
            err('%s: title differs from the headline' % aid)
        if not isinstance(a['authors'], list) or not a['authors'] or not all(is_str(x) for x in a['authors']):
            err('%s: authors must be a non-empty list of names' % aid)
        for lst in ('quotes', 'not_quotes', 'participants', 'facts'):
            if not isinstance(a[lst], list):
                err('%s: %s must be a list' % (aid, lst))
        # words
        bw = len(body.split())
        fw = len(text.split())
        if not 420 <= bw <= 600:
            err('%s: body has %d words (420-600 required)' % (aid, bw))
        if fw > 700:
            err('%s: file has %d words (at most 700)' % (aid, fw))
        # publication line and authors
        pub = parse_date(a['published_at'], aid + ' published_at')
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            for token in (wd, MONTHS[pub.month - 1], str(pub.year)):
                if not re.search(r'\b%s\b' % re.escape(token), outlet_line):
                    err('%s: outlet line lacks %s' % (aid, token))
            if not re.search(r'\b0?%d\b' % pub.day, outlet_line):
                err('%s: outlet line lacks day %d' % (aid, pub.day))
            for other in WEEKDAYS:
                if other != wd and other in outlet_line:
                    err('%s: outlet line names another weekday (%s)' % (aid, other))
        for au in a['authors']:
            if not contains_seq(tokens(byline), tokens(au)):
                err('%s: author %r not in the byline' % (aid, au))
        for s in staff:
            if not contains_seq(tokens('\n'.join(lines[tail_idx:])), tokens(s)):
                err('%s: credited staff %r not in the page noise' % (aid, s))
        # quote style
        if style == 'straight':
            if re.search('[\u201c\u201d\u2018\u2019]', text):
                err('%s: curly marks in a straight article' % aid)
        else:
            if '"' in text or "'" in text:
                err('%s: straight marks in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark in a curly article' % aid)
        for ln in [headline] + noise_lines:
            if '"' in ln or '\u201c' in ln or '\u201d' in ln:
                err('%s: double quotation mark in headline or page noise: %r' % (aid, ln[:50]))
        spans = []
        for ln in body_lines:
            sp = quoted_spans(ln, style)
            if sp is None:
                err('%s: unbalanced quotation marks on line %r' % (aid, ln[:50]))
            else:
                spans.extend(sp)
        # summit
        s = a['summit']
        if check_keys(s, SUMMIT_KEYS, aid + ' summit'):
            sd = parse_date(s['start_date'], aid + ' start_date')
            ed = parse_date(s['end_date'], aid + ' end_date')
            if sd and ed:
                if sd > ed:
                    err('%s: start after end' % aid)
                if (ed - sd).days > 6:
                    err('%s: summit longer than a week' % aid)
                if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                    err('%s: publication date outside the summit window' % aid)
            for k in ('organization', 'city', 'country'):
                if not is_str(s[k]):
                    err('%s: summit %s empty' % (aid, k))
            if s['organization'] not in ORG_NAMES:
                err('%s: organisation %r not registered' % (aid, s['organization']))
            city = fold(s['city'])
            year = (s['start_date'] or '')[:4]
            if city in avoid:
                err('%s: city %s is on the avoid list' % (aid, s['city']))
            if (city, year) in used:
                err('%s: city and year %s %s are on the used list' % (aid, s['city'], year))
            if (city, year) in earlier_city_years:
                err('%s: city and year %s %s used by earlier gold' % (aid, s['city'], year))
            if (s['organization'], city, s['start_date']) in earlier_org_city_date:
                err('%s: same summit as an earlier gold entry' % aid)
            tf = s['text_fields']
            if not isinstance(tf, list) or not tf or [f for f in TEXT_FIELDS if f in tf] != tf or len(set(tf)) != len(tf):
                err('%s: text_fields must be a non-empty subset of %s in that order' % (aid, TEXT_FIELDS))
                tf = []
            if 'city' in tf and not contains_seq(hb_tokens, tokens(s['city'])):
                err('%s: city not in headline/body' % aid)
            if 'country' in tf and not contains_seq(hb_tokens, tokens(s['country'])):
                err('%s: country not in headline/body' % aid)
            if 'organization' in tf and s['organization'] in ORG_NAMES:
                if not any(contains_seq(hb_tokens, tokens(nm)) for nm in ORG_NAMES[s['organization']]):
                    err('%s: organisation not named in headline/body' % aid)
            for k, d in (('start_date', sd), ('end_date', ed)):
                if k in tf and d:
                    ok = WEEKDAYS[d.weekday()].lower() in hb_fold or any(r in hb_fold for r in RELATIVE)
                    if not ok and MONTHS[d.month - 1].lower() in hb_fold and str(d.day) in hb_tokens:
                        ok = True
                    if not ok:
                        err('%s: nothing in the text supports %s' % (aid, k))
            key = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
            per_summit.setdefault((s['organization'], s['city'], s['start_date']), []).append(
                (aid, key, outlet_line.split('|')[0].strip()))
        # participants
        pkeys = set()
        author_tokens = [tokens(x) for x in a['authors'] + staff]
        for p in a['participants']:
            if not check_keys(p, PART_KEYS, aid + ' participant'):
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.add(k)
            name = k.split(':', 1)[1].split('-')
            bad = [t for t in name if t in HONORIFICS]
            if bad:
                err('%s: honorific/title token %s in key %s' % (aid, bad, k))
            if not contains_seq(hb_tokens, name):
                err('%s: name of %s not in headline/body' % (aid, k))
            if not is_str(p['role']) or not is_str(p['affiliation']):
                err('%s: empty role or affiliation for %s' % (aid, k))
            if any(name == at for at in author_tokens):
                err('%s: author or credited staff %s listed as participant' % (aid, k))
        # quotes
        qtexts = []
        for q in a['quotes']:
            if not check_keys(q, QUOTE_KEYS, aid + ' quote'):
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err('%s: bad speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            if not is_str(q['text']):
                err('%s: empty quote text' % aid)
            qtexts.append(q['text'])
            totals[q['kind'] if q['kind'] in QUOTE_KINDS else 'badkind'] += 1
        nq = [x for x in a['not_quotes'] if isinstance(x, str)]
        if len(nq) != len(a['not_quotes']):
            err('%s: not_quotes must be strings' % aid)
        if Counter(spans) != Counter(qtexts + nq):
            missing = list((Counter(spans) - Counter(qtexts + nq)).elements())
            extra = list((Counter(qtexts + nq) - Counter(spans)).elements())
            err('%s: quoted spans and annotations differ; unannotated %s; not in text %s' % (
                aid, [m[:40] for m in missing], [e[:40] for e in extra]))
        else:
            # the spans left after removing not_quote spans must follow the quote order
            if [sp for sp in spans if sp not in nq or sp in qtexts] != qtexts:
                err('%s: quotes not in text order' % aid)
        # facts
        prefixes = set()
        slugs_here = set()
        all_evidence = []
        for f in a['facts']:
            if not check_keys(f, FACT_KEYS, aid + ' fact'):
                continue
            if not is_str(f['statement']):
                err('%s: empty statement' % aid)
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or \
                    any(k not in FACT_KINDS for k in kinds):
                err('%s: bad fact kind %r' % (aid, kinds))
                kinds = []
            slug = f['same_as']
            if not isinstance(slug, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', slug):
                err('%s: bad same_as %r' % (aid, slug))
                continue
            if slug in slugs_here:
                err('%s: same_as %s repeated' % (aid, slug))
            slugs_here.add(slug)
            prefixes.add(slug.split('-')[0])
            if slug in earlier_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, slug))
            if slug.split('-')[0] in earlier_prefixes:
                err('%s: same_as prefix of %s used in earlier gold' % (aid, slug))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev or not all(is_str(e) for e in ev):
                err('%s: evidence must be a non-empty list of strings (%s)' % (aid, slug))
                continue
            for e in ev:
                if e not in headbody:
                    err('%s: evidence not verbatim in headline/body (%s): %r' % (aid, slug, e[:60]))
            all_evidence.extend(ev)
            slug_info.setdefault(aid, {})[slug] = sorted(kinds)
            for k in kinds:
                totals['fact:' + k] += 1
            totals['facts'] += 1
        if len(prefixes) != 1:
            err('%s: facts must use exactly one same_as prefix, found %s' % (aid, sorted(prefixes)))
        else:
            pre = prefixes.pop()
            skey = (s['organization'], s['city'], s['start_date'])
            if prefix_summit.setdefault(pre, skey) != skey:
                err('%s: prefix %s shared by two summits' % (aid, pre))
        o_, c_ = ('\u201c', '\u201d') if style == 'curly' else ('"', '"')
        for q in qtexts:
            if not any(o_ + q + c_ in e for e in all_evidence):
                err('%s: quote not inside any evidence: %r' % (aid, q[:50]))
        totals['quotes'] += len(qtexts)
        totals['not_quotes'] += len(nq)
        totals['participants'] += len(a['participants'])
        print('%-34s quotes %d (%d direct / %d partial), not_quotes %d, participants %d, facts %d, body words %d, file words %d' % (
            aid, len(qtexts), sum(1 for q in a['quotes'] if q.get('kind') == 'direct'),
            sum(1 for q in a['quotes'] if q.get('kind') == 'partial'), len(nq),
            len(a['participants']), len(a['facts']), bw, fw))

    # files in the folder
    for fn in os.listdir(HERE):
        if fn.endswith('.txt') and fn not in files_expected:
            err('stray .txt file without a gold entry: %s' % fn)
    # shape
    if len(arts) != 8:
        err('expected 8 articles, found %d' % len(arts))
    sizes = sorted(len(v) for v in per_summit.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 5 summits: 3 pairs and 2 singles, found sizes %s' % sizes)
    for skey, members in per_summit.items():
        if len(members) == 2:
            (a1, k1, o1), (a2, k2, o2) = members
            if k1 != k2:
                err('pair %s / %s disagrees on summit data' % (a1, a2))
            if o1 == o2:
                err('pair %s / %s comes from one outlet' % (a1, a2))
            s1, s2 = slug_info.get(a1, {}), slug_info.get(a2, {})
            shared = sorted(set(s1) & set(s2))
            if len(shared) < 5:
                err('pair %s / %s shares only %d slugs' % (a1, a2, len(shared)))
            for sl in shared:
                if s1[sl] != s2[sl]:
                    err('pair %s / %s gives shared slug %s different kinds' % (a1, a2, sl))
            print('shared %s: %s' % (skey[1], ', '.join(shared)))
    print('totals:', dict(totals))


if __name__ == '__main__':
    try:
        main()
    except Exception as exc:  # a crash is an error too
        err('checker crashed: %r' % (exc,))
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout62 gold passes all checks')
    sys.exit(0)
