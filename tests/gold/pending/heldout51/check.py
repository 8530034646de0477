#!/usr/bin/env python3
"""Validate heldout51_gold.json against the article files next to it.

Written from scratch for held-out round 51. Reads only this folder and, for
the "not used before" checks, the ids, summit entries and same_as slugs of
the earlier gold files (../../*_gold.json, or $H51_EARLIER/*_gold.json).
Prints a summary per article and exits 1 on any error.
"""
import collections
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H51_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout51_gold.json')
SPLIT = 'heldout51'
ABOUT_START = ('Held-out set round 51 (split=heldout51), written by an independent annotator; '
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

# Quote style of each article and the line that starts its closing page noise.
STYLE = {
    'h51_arableague_beirut_wire': ('straight', '(Additional reporting by'),
    'h51_arableague_beirut_dearborn': ('curly', 'Community calendar:'),
    'h51_g8_genoa_westgate': ('curly', 'Related: The fund explained'),
    'h51_g8_genoa_pipeline': ('straight', 'WHAT TO WATCH'),
    'h51_au_malabo_transcript': ('straight', '[END OF ITEM]'),
    'h51_au_malabo_docket': ('curly', 'Next week in Docket Weekly'),
    'h51_eas_bandarseribegawan_kianggeh': ('curly', 'Related: ASEAN-China'),
    'h51_unasur_brasilia_explainer': ('straight', 'Read next:'),
}
# Credited staff (not authors, must not be participants).
CREDITED = {
    'h51_arableague_beirut_wire': ['Samer Bitar', 'Orly Marcovici', 'Gwendolyn Ravenscroft'],
}

HONORIFICS = set('''mr mrs ms m mme mlle dr prof sir dame sheikh king queen prince princess emir sultan
majesty excellency highness hon rt chief president premier minister chancellor chairman chairperson
mayor secretary senator monsieur madame madam lord lady baroness baron gen general col colonel ratu
his her hm hrh he datuk dato tun tunku pak shri smt sayyid ayatollah ato wro woizero domnul doamna
hojatoleslam mheshimiwa rais mama ndugu shrimati ambassador amb rtd mp lt lieutenant senhor senhora
dom dona sr sra u daw professor lyonchhen lyonpo dasho aum ap father imam reverend rev pastor bishop
seri begum sheikha mufti janab maulana acting deputy vice haji hajah crown pengiran awang dayang'''.split())
KEY_EXCEPTIONS = {'person:baron-waqa', 'person:sharif-sheikh-ahmed', 'person:sheikh-hasina',
                  'person:nyan-tun', 'person:hassan-sheikh-mohamud'}

AVOID_CITIES = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali,
Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca,
Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi,
Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain,
Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw,
Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima,
Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta,
Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia,
Bratislava, Cancún, Coolum, Beijing"""
USED_CITY_YEARS = """Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2017; Addis Ababa 2024;
Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Antalya 2015; Antananarivo 2016; Apia 2024;
Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2025; Baku 2019; Bangkok 2022;
Bangkok 2025; Beijing 2012; Beijing 2014; Beijing 2023; Biarritz 2019; Bishkek 2019; Borgo Egnazia 2024;
Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021;
Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Buenos Aires 2018; Buenos Aires 2023;
Busan 2005; Bürgenstock 2024; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017;
Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023;
Colombo 2013; Colombo 2022; Coolum 2002; Cádiz 2012; Da Nang 2017; Dakar 2008; Damascus 2008;
Dar es Salaam 2019; Deauville 2011; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022;
Djibouti 2023; Doha 2013; Durban 2013; Dushanbe 2019; Elmau 2015; Elmau 2022; Enniskillen 2013;
Evian 2003; Fortaleza 2014; Funafuti 2019; Gleneagles 2005; Goa 2016; Goyang 2024; Granada 2023;
Hamburg 2017; Hangzhou 2016; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Hiroshima 2023;
Honolulu 2011; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021;
Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007;
Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Kigali 2016; Kigali 2022; Kinshasa 2012;
Kiruna 2013; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017;
L'Aquila 2009; La Malbaie 2018; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007;
Lisbon 2010; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Madrid 1997; Madrid 2022;
Majuro 2013; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005;
Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mexico City 2021; Miami 1994; Milan 2014;
Monrovia 2017; Monterrey 2004; Nago 2000; Nairobi 2016; Naypyidaw 2014; New Delhi 2015; New Delhi 2023;
Newport 2014; Niamey 2019; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019;
Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009;
Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023;
Puerto Vallarta 2018; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Rancho Mirage 2016; Reykjavik 2023;
Riga 2006; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2021; Rovaniemi 2019; Samara 2007;
Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santiago 2007; Santiago 2013; Santo Domingo 2023;
Sanya 2011; Sanya 2016; Sea Island 2004; Seoul 2010; Shanghai 2001; Sharm el-Sheikh 2008;
Sharm el-Sheikh 2015; Shima 2016; Singapore 2018; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006;
St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016;
Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010;
Toyako 2008; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Valletta 2005; Valletta 2015;
Veracruz 2014; Vientiane 2024; Vilnius 2013; Vilnius 2023; Vladivostok 2012; Warsaw 2016; Warsaw 2023;
Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024;
Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022;
Yokohama 2010"""

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
SPECIAL = {'ð': 'd', 'þ': 'th', 'ø': 'o', 'æ': 'ae', 'ł': 'l', 'ß': 'ss', 'đ': 'd', 'ı': 'i', 'œ': 'oe'}

errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


def fold(s):
    s = s.lower()
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def tokens(s):
    return [t for t in re.split(r'[^a-z0-9]+', fold(s)) if t]


def has_token_seq(text, phrase):
    t, p = tokens(text), tokens(phrase)
    if not p:
        return False
    return any(t[i:i + len(p)] == p for i in range(len(t) - len(p) + 1))


def city_norm(c):
    return ' '.join(tokens(c))


def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err(where, 'not an ISO date: %r' % (s,))
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(where, 'date does not exist: %s' % s)
        return None


def quoted_spans(text, style, where):
    """Return the list of (span, start) quoted in the text, checking mark hygiene."""
    spans = []
    for ln_no, line in enumerate(text.split('\n'), 1):
        if style == 'straight':
            if any(c in line for c in '“”‘’'):
                err(where, 'curly mark in straight-quote article, line %d' % ln_no)
            if line.count('"') % 2:
                err(where, 'odd number of straight double marks on line %d' % ln_no)
            for m in re.finditer(r'"([^"]*)"', line):
                spans.append(m.group(1))
        else:
            if '"' in line or "'" in line:
                err(where, 'straight mark in curly-quote article, line %d' % ln_no)
            if '‘' in line:
                err(where, 'opening single curly mark on line %d' % ln_no)
            depth = 0
            start = None
            for i, c in enumerate(line):
                if c == '“':
                    if depth:
                        err(where, 'nested curly quote on line %d' % ln_no)
                    depth += 1
                    start = i
                elif c == '”':
                    if not depth:
                        err(where, 'closing curly mark without opening on line %d' % ln_no)
                    else:
                        depth -= 1
                        spans.append(line[start + 1:i])
            if depth:
                err(where, 'unclosed curly quote on line %d' % ln_no)
    return spans


def load_earlier():
    ids, prefixes, slugs, city_years = set(), set(), set(), set()
    files = glob.glob(os.path.join(EARLIER, '*_gold.json'))
    if not files:
        err('earlier', 'no earlier gold files found in %s' % EARLIER)
    for f in files:
        d = json.load(open(f, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                city_years.add((city_norm(s['city']), s['start_date'][:4]))
            for fa in a.get('facts', []):
                sa = fa.get('same_as')
                if sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return ids, prefixes, slugs, city_years


def main():
    try:
        gold = json.load(open(GOLD, encoding='utf-8'))
    except Exception as e:  # noqa
        print('cannot read gold: %s' % e)
        return 1
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top', 'top-level keys must be exactly about, articles')
        gold = {'about': gold.get('about', ''), 'articles': gold.get('articles', [])} if isinstance(gold, dict) else {'about': '', 'articles': []}
    about = gold['about']
    if not isinstance(about, str) or not about.startswith(ABOUT_START):
        err('about', 'about text must begin with the required sentence')

    e_ids, e_prefixes, e_slugs, e_city_years = load_earlier()
    avoid = {city_norm(c) for c in AVOID_CITIES.replace('\n', ' ').split(',')}
    used = set()
    for item in USED_CITY_YEARS.replace('\n', ' ').split(';'):
        item = item.strip()
        if item:
            c, y = item.rsplit(' ', 1)
            used.add((city_norm(c), y))

    arts = gold['articles']
    if not isinstance(arts, list):
        err('top', 'articles must be a list')
        arts = []
    seen_ids = set()
    summits = collections.defaultdict(list)
    slugs_by_article = {}
    prefix_by_article = {}

    for a in arts:
        aid = a.get('id', '?') if isinstance(a, dict) else '?'
        w = aid
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err(w, 'article keys must be exactly, in order: %s' % ARTICLE_KEYS)
            if not isinstance(a, dict):
                continue
            if any(k not in a for k in ARTICLE_KEYS):
                continue
        if not isinstance(aid, str) or not re.fullmatch(r'h51_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err(w, 'id must look like h51_<org>_<city>_<slug>')
        if aid in seen_ids:
            err(w, 'duplicate id')
        seen_ids.add(aid)
        if aid in e_ids:
            err(w, 'id already used in earlier gold')
        if os.path.exists(os.path.join(EARLIER, 'articles', '%s.txt' % aid)):
            err(w, 'an earlier article file has this name')
        if a['split'] != SPLIT:
            err(w, 'split must be %s' % SPLIT)
        if a['file'] != 'articles/%s.txt' % aid:
            err(w, 'file must be articles/<id>.txt')
        path = os.path.join(HERE, '%s.txt' % aid)
        if not os.path.exists(path):
            err(w, 'article file missing')
            continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if aid not in STYLE:
            err(w, 'no quote style / tail marker registered')
            continue
        style, tail = STYLE[aid]
        tail_idx = next((i for i, l in enumerate(lines) if l.startswith(tail)), None)
        if tail_idx is None or tail_idx < 5:
            err(w, 'tail marker %r not found' % tail)
            tail_idx = len(lines)
        headline = lines[0]
        body = '\n'.join(lines[4:tail_idx])
        noise = '\n'.join(lines[1:4] + lines[tail_idx:])
        main_text = headline + '\n' + body

        # title, outlet line, byline
        if not isinstance(a['title'], str) or a['title'] != headline:
            err(w, 'title differs from headline')
        pub = parse_date(a['published_at'], w + ' published_at')
        if pub:
            outlet = lines[1]
            wd = WEEKDAYS[pub.weekday()]
            if wd not in outlet:
                err(w, 'outlet line lacks weekday %s' % wd)
            if any(d in outlet for d in WEEKDAYS if d != wd):
                err(w, 'outlet line carries another weekday')
            if MONTHS[pub.month - 1] not in outlet or str(pub.year) not in outlet \
                    or not re.search(r'(?<!\d)%d(?!\d)' % pub.day, outlet):
                err(w, 'outlet line does not carry the publication date')
        authors = a['authors']
        if not isinstance(authors, list) or not authors or not all(isinstance(x, str) and x.strip() for x in authors):
            err(w, 'authors must be a non-empty list of non-empty strings')
            authors = []
        for au in authors:
            if au not in lines[2]:
                err(w, 'author %r not in byline' % au)

        # word counts
        nw_file = len(text.split())
        nw_body = len(body.split())
        if not 420 <= nw_file <= 600:
            err(w, 'file has %d words (420-600)' % nw_file)
        if not 420 <= nw_body <= 600:
            err(w, 'body has %d words (420-600)' % nw_body)

        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err(w, 'summit keys must be exactly, in order: %s' % SUMMIT_KEYS)
            continue
        if not isinstance(s['organization'], str) or not re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', s['organization']):
            err(w, 'organization must be an org: key')
        for k in ('city', 'country'):
            if not isinstance(s[k], str) or not s[k].strip():
                err(w, 'summit %s empty' % k)
        sd = parse_date(s['start_date'], w + ' start_date')
        ed = parse_date(s['end_date'], w + ' end_date')
        if sd and ed and sd > ed:
            err(w, 'start_date after end_date')
        if sd and pub and pub < sd:
            err(w, 'published before the summit started')
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or len(set(tf)) != len(tf) or \
                any(x not in TEXT_FIELDS for x in tf) or tf != [x for x in TEXT_FIELDS if x in tf]:
            err(w, 'text_fields must be a non-empty subset of %s in canonical order' % TEXT_FIELDS)
            tf = []
        if isinstance(s['city'], str):
            if 'city' in tf and not has_token_seq(main_text, s['city']):
                err(w, 'city %r not in headline or body' % s['city'])
            cn = city_norm(s['city'])
            if cn in avoid:
                err(w, 'city on the avoid list')
            if sd and ((cn, str(sd.year)) in used or (cn, str(sd.year)) in e_city_years):
                err(w, 'city and year already used')
        if isinstance(s['country'], str) and 'country' in tf and not has_token_seq(main_text, s['country']):
            err(w, 'country %r not in headline or body' % s['country'])
        summits[(s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])].append(aid)

        # participants
        parts = a['participants']
        pkeys = set()
        author_keys = {'person:' + '-'.join(tokens(x)) for x in authors + CREDITED.get(aid, [])}
        if not isinstance(parts, list):
            err(w, 'participants must be a list')
            parts = []
        body_tokens = set(tokens(main_text))
        all_tokens = set(tokens(text))
        for p in parts:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(w, 'participant keys must be exactly %s' % PART_KEYS)
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err(w, 'bad participant key %r' % (k,))
                continue
            if k in pkeys:
                err(w, 'duplicate participant %s' % k)
            pkeys.add(k)
            parts_ = k.split(':', 1)[1].split('-')
            if k not in KEY_EXCEPTIONS and any(x in HONORIFICS for x in parts_):
                err(w, 'honorific or title token in key %s' % k)
            for x in parts_:
                if x not in all_tokens:
                    err(w, 'name part %r of %s not in the text' % (x, k))
            if parts_[-1] not in body_tokens:
                err(w, 'last name part of %s not in headline or body' % k)
            for f in ('role', 'affiliation'):
                if not isinstance(p[f], str) or not p[f].strip():
                    err(w, 'empty %s for %s' % (f, k))
            if k in author_keys:
                err(w, 'author or credited staff listed as participant: %s' % k)

        # quotes
        spans = quoted_spans(text, style, w)
        # spans in noise are not allowed
        noise_spans = quoted_spans(noise, style, w + ' (noise)')
        if noise_spans:
            err(w, 'quoted span in page noise: %r' % noise_spans[:3])
        quotes = a['quotes']
        nq = a['not_quotes']
        if not isinstance(quotes, list) or not isinstance(nq, list):
            err(w, 'quotes and not_quotes must be lists')
            quotes, nq = [], []
        qtexts = []
        for q in quotes:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(w, 'quote keys must be exactly %s' % QUOTE_KEYS)
                continue
            if not isinstance(q['text'], str) or not q['text']:
                err(w, 'empty quote text')
                continue
            qtexts.append(q['text'])
            if q['kind'] not in QUOTE_KINDS:
                err(w, 'bad quote kind %r' % q['kind'])
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err(w, 'bad speaker key %r' % (sk,))
            elif sk.startswith('person:') and sk not in pkeys:
                err(w, 'speaker %s not a participant' % sk)
        for x in nq:
            if not isinstance(x, str) or not x:
                err(w, 'bad not_quote %r' % (x,))
        if collections.Counter(spans) != collections.Counter(qtexts + list(nq)):
            missing = collections.Counter(spans) - collections.Counter(qtexts + list(nq))
            extra = collections.Counter(qtexts + list(nq)) - collections.Counter(spans)
            err(w, 'quoted spans and quotes+not_quotes differ: unannotated %r, not in text %r'
                % (list(missing)[:3], list(extra)[:3]))
        nqc = collections.Counter(nq)
        order = []
        for sp in spans:
            if nqc.get(sp):
                nqc[sp] -= 1
            else:
                order.append(sp)
        if order != qtexts and collections.Counter(order) == collections.Counter(qtexts):
            err(w, 'quotes not listed in text order')
        o, c = ('"', '"') if style == 'straight' else ('“', '”')

        # facts
        facts = a['facts']
        if not isinstance(facts, list) or not facts:
            err(w, 'facts must be a non-empty list')
            facts = []
        evid_all = []
        slugs = []
        for f in facts:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(w, 'fact keys must be exactly %s' % FACT_KEYS)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(w, 'empty statement')
            kinds = f['kind']
            if not isinstance(kinds, list) or not kinds or len(set(kinds)) != len(kinds) or \
                    any(k not in FACT_KINDS for k in kinds):
                err(w, 'bad fact kind %r' % (kinds,))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)+', sa):
                err(w, 'bad same_as %r' % (sa,))
            else:
                slugs.append(sa)
                if sa in e_slugs:
                    err(w, 'slug %s used in earlier gold' % sa)
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err(w, 'evidence must be a non-empty list')
                continue
            for e in ev:
                if not isinstance(e, str) or not e.strip():
                    err(w, 'empty evidence')
                elif e not in text:
                    err(w, 'evidence not in text: %r' % e[:70])
                elif e not in body and e not in headline:
                    err(w, 'evidence outside body/headline: %r' % e[:70])
                else:
                    evid_all.append(e)
        for qt in qtexts:
            if not any((o + qt + c) in e for e in evid_all):
                err(w, 'quote not covered by any evidence span: %r' % qt[:60])
        if len(set(slugs)) != len(slugs):
            err(w, 'repeated same_as slug')
        prefixes = {x.split('-')[0] for x in slugs}
        if len(prefixes) != 1:
            err(w, 'one same_as prefix per article expected, got %s' % sorted(prefixes))
        for pfx in prefixes:
            if pfx in e_prefixes:
                err(w, 'same_as prefix %s used in earlier gold' % pfx)
        slugs_by_article[aid] = set(slugs)
        prefix_by_article[aid] = prefixes

        print('%-40s %s %-9s %-8s file %3d body %3d quotes %2d (%d/%d) not_quotes %d participants %2d facts %2d' % (
            aid, a['published_at'], WEEKDAYS[pub.weekday()] if pub else '?', style, nw_file, nw_body, len(qtexts),
            sum(1 for q in quotes if isinstance(q, dict) and q.get('kind') == 'direct'),
            sum(1 for q in quotes if isinstance(q, dict) and q.get('kind') == 'partial'),
            len(nq), len(parts), len(facts)))

    # every txt has an entry
    for p in glob.glob(os.path.join(HERE, '*.txt')):
        n = os.path.basename(p)[:-4]
        if n not in seen_ids:
            err('folder', 'article file without gold entry: %s' % n)

    # shape and pairs
    by_oc = collections.defaultdict(list)
    for key, ids in summits.items():
        by_oc[(key[0], key[1], key[3])].append((key, ids))
    for oc, entries in by_oc.items():
        if len(entries) > 1:
            err('summit %s' % (oc,), 'articles disagree on country or end date')
    sizes = collections.Counter()
    slug_owner = {}
    prefix_owner = {}
    for oc, entries in by_oc.items():
        ids = [i for _, l in entries for i in l]
        sizes[len(ids)] += 1
        if len(ids) > 2:
            err('summit %s' % (oc,), 'has %d articles' % len(ids))
        for i in ids:
            for sl in slugs_by_article.get(i, ()):
                if slug_owner.setdefault(sl, oc) != oc:
                    err(i, 'slug %s shared across summits' % sl)
            for pf in prefix_by_article.get(i, ()):
                if prefix_owner.setdefault(pf, oc) != oc:
                    err(i, 'prefix %s used by two summits' % pf)
        if len(ids) == 2:
            shared = slugs_by_article.get(ids[0], set()) & slugs_by_article.get(ids[1], set())
            print('pair %s: %d shared slugs: %s' % (oc[1], len(shared), ', '.join(sorted(shared))))
            if len(shared) < 5:
                err('pair %s' % (oc,), 'only %d shared same_as slugs' % len(shared))
    if len(arts) != 8 or len(by_oc) != 5 or sizes[2] != 3 or sizes[1] != 2:
        err('shape', 'need 8 articles, 5 summits, 3 pairs, 2 singles (got %d articles, %d summits, %s)'
            % (len(arts), len(by_oc), dict(sizes)))

    if errors:
        for e in errors:
            print('ERROR', e)
        print('%d error(s)' % len(errors))
        return 1
    print('OK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
