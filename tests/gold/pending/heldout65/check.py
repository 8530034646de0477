#!/usr/bin/env python3
"""Validator for the heldout65 gold set (written from scratch for round 65).

Run from anywhere: python3 check.py
It checks heldout65_gold.json against the article .txt files in its own folder,
and against the earlier gold files (opened by exact name only), and exits 1 on any error.
Environment variable H65_EARLIER may point to the folder holding the earlier gold files
(default: two levels up from this file, i.e. tests/gold).
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H65_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
GOLD = os.path.join(HERE, 'heldout65_gold.json')
SPLIT = 'heldout65'
PREFIX = 'h65'
OPENING = ('Held-out set round 65 (split=heldout65), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

# City and year combinations already used (copied verbatim from the brief's list file).
USED_CITY_YEARS = """Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Amman 2001; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"""

# Cities the brief says to avoid in any year (typed in from the brief).
AVOID_CITIES = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza."""

# Registered per article: quote style, the first line of the page noise after the body,
# and credited staff (not authors) who must appear in that page noise.
ARTICLE_META = {
    'h65_nam_havana_oaktree': dict(style='curly', tail='Related:', staff=[]),
    'h65_nam_havana_leeward': dict(style='straight', tail='(Additional reporting', staff=[
        'Evaristo Balcarce-Sagna', 'Priyamvada Sethna-Crowther', 'Lysander Okwuosa-Trevithick']),
    'h65_osce_lisbon_hrazdan': dict(style='curly', tail='Also in this issue:', staff=[]),
    'h65_osce_lisbon_windlass': dict(style='straight', tail='[END OF SEGMENT]', staff=[]),
    'h65_pif_alofi_fakaalofa': dict(style='curly', tail='Notices:', staff=[]),
    'h65_pif_alofi_arafura': dict(style='straight', tail='Read next:', staff=[]),
    'h65_oau_ouagadougou_ledger': dict(style='straight', tail='Also in this issue:', staff=[]),
    'h65_sco_petersburg_silkrail': dict(style='curly', tail='Tenders this week:', staff=[]),
}

# Names under which each organisation key may appear in the text.
ORG_NAMES = {
    'org:non-aligned-movement': ['non-aligned movement'],
    'org:osce': ['organization for security and cooperation in europe', 'osce'],
    'org:pif': ['pacific islands forum'],
    'org:oau': ['organisation of african unity', 'organization of african unity', 'oau'],
    'org:sco': ['shanghai cooperation organisation', 'shanghai cooperation organization', 'sco'],
}

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
QUOTE_KINDS = {'direct', 'partial'}
LONG_TITLES = {'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime',
               'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan',
               'sheikh', 'general', 'gen', 'lieutenant', 'colonel', 'col', 'governor', 'gov', 'mayor',
               'senator', 'chief', 'secretary', 'professor', 'prof', 'rev', 'hon', 'excellency', 'majesty',
               'his', 'her', 'monsieur', 'madame', 'senor', 'commodore', 'datuk', 'pastor', 'reverend',
               'crown', 'taoiseach', 'premier'}
SHORT_TITLES = {'sen', 'don', 'u', 'daw', 'tan', 'sri', 'seri'}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
MONTH_ABBR = {'jan': 1, 'feb': 2, 'sept': 9, 'sep': 9, 'oct': 10, 'nov': 11, 'dec': 12, 'aug': 8}
COUNTRY_ALIASES = {'United States': ['united states', 'u.s.']}

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('\u2019', "'").replace('\u2018', "'").lower()


def tokens(s):
    return re.findall(r"[a-z0-9]+", fold(s))


def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def words(s):
    return len(s.split())


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
        err('%s: keys %r, expected %r' % (where, list(obj.keys()), keys))
        return False
    return True


def load_earlier():
    """Ids, summit entries and same_as slugs of the earlier gold files, opened by exact name."""
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 65)]
    ids, summits, slugs = set(), [], set()
    found = 0
    for name in names:
        path = os.path.join(EARLIER, name)
        if not os.path.isfile(path):
            continue
        found += 1
        with open(path, encoding='utf-8') as fh:
            data = json.load(fh)
        for art in data.get('articles', []):
            ids.add(art.get('id'))
            s = art.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in art.get('facts', []):
                if f.get('same_as'):
                    slugs.add(f['same_as'])
    if found < 10:
        err('earlier gold files not found under %s (found %d)' % (EARLIER, found))
    return ids, summits, slugs


def sentence_bounded(text, ev):
    """Evidence must start at a line start or after sentence punctuation / a speaker label,
    and end at a line end or before whitespace."""
    ok = False
    start = 0
    while True:
        i = text.find(ev, start)
        if i < 0:
            break
        before = text[:i]
        after = text[i + len(ev):]
        good_start = (i == 0 or before.endswith('\n') or re.search(r'[.?!:\u201d"]\s$', before) is not None)
        good_end = (after == '' or after[0] in '\n ')
        if good_start and good_end:
            ok = True
            break
        start = i + 1
    return ok


def main():
    used = set()
    for item in USED_CITY_YEARS.split(';'):
        item = item.strip()
        m = re.fullmatch(r'(.+) (\d{4})', item)
        if m:
            used.add((fold(m.group(1)), int(m.group(2))))
    if len(used) < 200:
        err('used city list did not parse')
    avoid = set()
    for item in AVOID_CITIES.rstrip('.').split(','):
        item = item.strip()
        m = re.fullmatch(r'(.+?) \((.+)\)', item)
        if m:
            avoid.add(fold(m.group(1)))
            avoid.add(fold(m.group(2)))
        else:
            avoid.add(fold(item))

    earlier_ids, earlier_summits, earlier_slugs = load_earlier()
    earlier_prefixes = {s.split('-')[0] for s in earlier_slugs}
    if any(i and i.split('_')[0] == PREFIX for i in earlier_ids):
        err('id prefix %s already used in earlier gold' % PREFIX)

    try:
        with open(GOLD, encoding='utf-8') as fh:
            gold = json.load(fh)
    except Exception as e:  # noqa
        err('cannot read gold: %s' % e)
        return
    if not check_keys(gold, ['about', 'articles'], 'top level'):
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text does not begin with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list) or not arts:
        err('articles must be a non-empty list')
        return

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    seen_ids = set()
    summit_of = {}
    outlet_of = {}
    slugs_of = {}
    prefix_summit = {}
    totals = dict(quotes=0, direct=0, partial=0, participants=0, facts=0)
    kinds_total = {}

    for n, a in enumerate(arts):
        where = 'article %d' % n
        if not check_keys(a, ARTICLE_KEYS, where):
            continue
        aid = a['id']
        where = aid if isinstance(aid, str) else where
        if isinstance(aid, str) and aid in earlier_ids:
            err('%s: id used in earlier gold' % aid)
        if not isinstance(aid, str) or not re.fullmatch(r'h65_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('%s: bad id form' % where)
            continue
        if aid in seen_ids:
            err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            err('%s: a file of that name already exists in tests/gold/articles' % aid)
        if aid not in ARTICLE_META:
            err('%s: not registered in ARTICLE_META' % aid)
            continue
        meta = ARTICLE_META[aid]
        if a['split'] != SPLIT:
            err('%s: split must be %s' % (aid, SPLIT))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file must be articles/%s.txt' % (aid, aid))
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.isfile(path):
            err('%s: article file missing' % aid)
            continue
        with open(path, encoding='utf-8') as fh:
            raw = fh.read()
        lines = raw.split('\n')
        if len(lines) < 8:
            err('%s: article too short' % aid)
            continue
        headline, outlet, byline = lines[0], lines[1], lines[2]
        tail_idx = None
        for i in range(4, len(lines)):
            if lines[i].startswith(meta['tail']):
                tail_idx = i
                break
        if tail_idx is None:
            err('%s: tail marker %r not found' % (aid, meta['tail']))
            continue
        body = '\n'.join(lines[4:tail_idx])
        noise = '\n'.join(lines[tail_idx:])
        region = headline + '\n' + body  # headline and body: where evidence and quotes may live
        fregion = fold(region)
        ftoks = tokens(region)

        # types
        for k in ['id', 'split', 'file', 'title', 'published_at']:
            if not isinstance(a[k], str) or not a[k]:
                err('%s: %s must be a non-empty string' % (aid, k))
        for k in ['authors', 'quotes', 'not_quotes', 'participants', 'facts']:
            if not isinstance(a[k], list):
                err('%s: %s must be a list' % (aid, k))
                continue
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors must be non-empty strings' % aid)

        # title
        if a['title'] != headline:
            err('%s: title differs from headline' % aid)

        # words
        bw, fw = words(body), words(raw)
        if not 420 <= bw <= 600:
            err('%s: body has %d words (420-600)' % (aid, bw))
        if fw > 700:
            err('%s: file has %d words (max 700)' % (aid, fw))

        # dates
        pub = parse_date(a['published_at'], aid + ' published_at')
        s = a['summit']
        if not check_keys(s, SUMMIT_KEYS, aid + ' summit'):
            continue
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
        if pub and sd and ed:
            if not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: published_at outside start..end+21 days' % aid)
        # outlet line: weekday, month, day, year
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            want = '%s, %s %d, %d' % (wd.capitalize(), MONTHS[pub.month - 1].capitalize(), pub.day, pub.year)
            if want not in outlet:
                err('%s: outlet line lacks %r' % (aid, want))
            others = [w for w in WEEKDAYS if w != wd and w in outlet.lower()]
            if others:
                err('%s: outlet line names another weekday %r' % (aid, others))
        outlet_of[aid] = outlet.split('|')[0].strip()

        # byline and staff
        for au in a['authors']:
            if not re.search(r'(?<![\w-])' + re.escape(au) + r'(?![\w-])', byline):
                err('%s: author %r not in byline' % (aid, au))
        for st in meta['staff']:
            if not re.search(r'(?<![\w-])' + re.escape(st) + r'(?![\w-])', noise):
                err('%s: credited staff %r not in page noise' % (aid, st))
        people_not_participants = {'person:' + '-'.join(tokens(x)) for x in a['authors'] + meta['staff']}

        # summit fields
        org = s['organization']
        for k in ['organization', 'city', 'country']:
            if not isinstance(s[k], str) or not s[k]:
                err('%s: summit %s must be a non-empty string' % (aid, k))
        if fold(s['city']) in avoid:
            err('%s: city %s is on the avoid list' % (aid, s['city']))
        if sd and (fold(s['city']), sd.year) in used:
            err('%s: city and year %s %d on the used list' % (aid, s['city'], sd.year))
        for (eo, ec, es) in earlier_summits:
            if ec and es and fold(ec) == fold(s['city']) and es[:4] == s['start_date'][:4]:
                err('%s: city and year used by an earlier summit entry (%s %s)' % (aid, ec, es))
                break
        if (org, s['city'], s['start_date']) in set(earlier_summits):
            err('%s: same organisation, city and start date as an earlier summit' % aid)
        if org not in ORG_NAMES:
            err('%s: organisation %s not registered' % (aid, org))
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or [x for x in TEXT_FIELDS if x in tf] != tf:
            err('%s: text_fields must be a non-empty subset of %r in that order' % (aid, TEXT_FIELDS))
            tf = []
        if 'city' in tf and not has_seq(ftoks, tokens(s['city'])):
            err('%s: city %s not in headline/body' % (aid, s['city']))
        if 'country' in tf:
            names = COUNTRY_ALIASES.get(s['country'], [s['country']])
            if not any(has_seq(ftoks, tokens(x)) for x in names):
                err('%s: country %s not in headline/body' % (aid, s['country']))
        if 'organization' in tf and org in ORG_NAMES:
            if not any(has_seq(ftoks, tokens(x)) for x in ORG_NAMES[org]):
                err('%s: organisation %s not named in headline/body' % (aid, org))
        for k, d in (('start_date', sd), ('end_date', ed)):
            if k in tf and d and pub:
                if not date_supported(fregion, d, pub, sd, ed):
                    err('%s: %s %s not supported by the text' % (aid, k, d))

        # quotes: style and spans
        style = meta['style']
        if style == 'straight':
            if re.search('[\u2018\u2019\u201c\u201d]', raw):
                err('%s: curly mark in a straight article' % aid)
            for ln in region.split('\n'):
                if ln.count('"') % 2:
                    err('%s: odd number of straight double marks on a line: %r' % (aid, ln[:60]))
            spans = [(m.start(), m.group(1)) for m in re.finditer(r'"([^"\n]*)"', body)]
            if '"' in headline or '"' in noise:
                err('%s: double mark in headline or page noise' % aid)
            openm, closem = '"', '"'
        elif style == 'curly':
            if '"' in raw or "'" in raw:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in raw:
                err('%s: opening single curly mark in a curly article' % aid)
            depth = 0
            for ch in body:
                if ch == '\u201c':
                    depth += 1
                    if depth > 1:
                        err('%s: nested curly double marks' % aid)
                elif ch == '\u201d':
                    depth -= 1
                    if depth < 0:
                        err('%s: unopened curly double mark' % aid)
                        depth = 0
                elif ch == '\n' and depth:
                    err('%s: unclosed curly double mark' % aid)
                    depth = 0
            spans = [(m.start(), m.group(1)) for m in re.finditer('\u201c([^\u201c\u201d\n]*)\u201d', body)]
            if re.search('[\u201c\u201d"]', headline + noise):
                err('%s: double mark in headline or page noise' % aid)
            openm, closem = '\u201c', '\u201d'
        else:
            err('%s: unknown quote style' % aid)
            continue

        parts = a['participants']
        pkeys = []
        for p in parts:
            if not check_keys(p, PART_KEYS, aid + ' participant'):
                continue
            k = p['key']
            pkeys.append(k)
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            toks = k.split(':', 1)[1].split('-')
            if toks[0] in LONG_TITLES or toks[0] in SHORT_TITLES:
                err('%s: title as first token in %s' % (aid, k))
            if any(t in LONG_TITLES for t in toks):
                err('%s: title inside key %s' % (aid, k))
            if not has_seq(ftoks, toks):
                err('%s: name of %s not found in headline/body' % (aid, k))
            for f in ('role', 'affiliation'):
                if not isinstance(p[f], str) or not p[f].strip():
                    err('%s: empty %s for %s' % (aid, f, k))
                elif style == 'curly' and "'" in p[f]:
                    err('%s: straight apostrophe in %s of %s' % (aid, f, k))
                elif style == 'straight' and '\u2019' in p[f]:
                    err('%s: curly apostrophe in %s of %s' % (aid, f, k))
            if k in people_not_participants:
                err('%s: author or credited staff listed as participant: %s' % (aid, k))
        if len(set(pkeys)) != len(pkeys):
            err('%s: duplicate participant keys' % aid)

        quotes = a['quotes']
        qtexts = []
        for q in quotes:
            if not check_keys(q, QUOTE_KEYS, aid + ' quote'):
                continue
            if not isinstance(q['text'], str) or not q['text']:
                err('%s: empty quote text' % aid)
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: bad quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err('%s: bad speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s is not a participant' % (aid, sk))
            qtexts.append(q['text'])
            totals[q['kind']] = totals.get(q['kind'], 0) + 1
        nq = a['not_quotes']
        nqtexts = []
        for x in nq:
            t = x.get('text') if isinstance(x, dict) else x
            if not isinstance(t, str) or not t:
                err('%s: bad not_quote %r' % (aid, x))
            else:
                nqtexts.append(t)
        span_texts = sorted(t for _, t in spans)
        if span_texts != sorted(qtexts + nqtexts):
            missing = [t for t in span_texts if t not in qtexts + nqtexts]
            extra = [t for t in qtexts + nqtexts if t not in span_texts]
            err('%s: quoted spans and annotations differ; unannotated %r; not in text %r' % (aid, missing[:3], extra[:3]))
        # quotes in text order
        ordered = [t for _, t in spans if t in qtexts]
        if ordered != qtexts:
            err('%s: quotes not in text order' % aid)

        # facts
        facts = a['facts']
        fslugs = []
        all_ev = []
        for f in facts:
            if not check_keys(f, FACT_KEYS, aid + ' fact'):
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty fact statement' % aid)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or not set(kd) <= FACT_KINDS:
                err('%s: bad fact kind %r' % (aid, kd))
            else:
                for x in kd:
                    kinds_total[x] = kinds_total.get(x, 0) + 1
            sl = f['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sl):
                err('%s: bad same_as %r' % (aid, sl))
                continue
            if sl in earlier_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sl))
            if sl.split('-')[0] in earlier_prefixes:
                err('%s: same_as prefix %s used in earlier gold' % (aid, sl.split('-')[0]))
            fslugs.append(sl)
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence must be a non-empty list (%s)' % (aid, sl))
                continue
            for e in ev:
                if not isinstance(e, str) or not e:
                    err('%s: empty evidence (%s)' % (aid, sl))
                    continue
                if e not in region:
                    if e in raw:
                        err('%s: evidence from outside headline/body (%s): %r' % (aid, sl, e[:60]))
                    else:
                        err('%s: evidence not verbatim (%s): %r' % (aid, sl, e[:60]))
                elif not sentence_bounded(region, e):
                    err('%s: evidence is not a whole sentence (%s): %r' % (aid, sl, e[:60]))
                all_ev.append(e)
        if len(set(fslugs)) != len(fslugs):
            err('%s: duplicate same_as in article' % aid)
        prefixes = {x.split('-')[0] for x in fslugs}
        if len(prefixes) != 1:
            err('%s: more than one same_as prefix: %r' % (aid, prefixes))
        for q in qtexts:
            if not any(openm + q + closem in e for e in all_ev):
                err('%s: quote not inside any evidence: %r' % (aid, q[:50]))

        skey = (org, s['city'], s['country'], s['start_date'], s['end_date'])
        summit_of[aid] = skey
        slugs_of[aid] = {f['same_as']: tuple(f['kind']) for f in facts if isinstance(f, dict) and 'same_as' in f}
        for pfx in prefixes:
            prefix_summit.setdefault(pfx, set()).add((org, s['city'], s['start_date']))
        totals['quotes'] += len(quotes)
        totals['participants'] += len(parts)
        totals['facts'] += len(facts)
        print('%-32s quotes %2d (%d direct), participants %2d, facts %2d, body words %3d, file words %3d' % (
            aid, len(quotes), sum(1 for q in quotes if q.get('kind') == 'direct'), len(parts), len(facts), bw, fw))

    # every txt in own folder matched
    for f in txt_files:
        if f[:-4] not in seen_ids:
            err('stray article file without gold entry: %s' % f)
    for p, ss in prefix_summit.items():
        if len(ss) > 1:
            err('prefix %s shared by two summits' % p)

    # shape
    groups = {}
    for aid, key in summit_of.items():
        groups.setdefault((key[0], key[1], key[3]), []).append(aid)
    # pair members must agree on all summit data
    for g, ids in groups.items():
        full = {summit_of[i] for i in ids}
        if len(full) > 1:
            err('articles of summit %r disagree on summit data' % (g,))
    sizes = sorted(len(v) for v in groups.values())
    if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]:
        err('shape must be 8 articles, 5 summits: 3 pairs and 2 singles (got sizes %r)' % sizes)
    for g, ids in groups.items():
        if len(ids) == 2:
            x, y = ids
            if outlet_of[x] == outlet_of[y]:
                err('pair %r from the same outlet' % (g,))
            shared = sorted(set(slugs_of[x]) & set(slugs_of[y]))
            if len(shared) < 5:
                err('pair %r shares only %d slugs' % (g, len(shared)))
            for sl in shared:
                if slugs_of[x][sl] != slugs_of[y][sl]:
                    err('shared slug %s has different kinds in %s and %s' % (sl, x, y))
            print('pair %s + %s shares %d slugs: %s' % (x, y, len(shared), ', '.join(shared)))
    print('totals: %d articles, %d quotes (%d direct, %d partial), %d participant entries, %d facts; kinds %r' % (
        len(arts), totals['quotes'], totals.get('direct', 0), totals.get('partial', 0), totals['participants'],
        totals['facts'], kinds_total))


def date_supported(ftext, d, pub, sd, ed):
    month = MONTHS[d.month - 1]
    day = d.day
    pats = [r'\b%s %d\b' % (month, day), r'\b%d %s\b' % (day, month)]
    # "Month D1 and D2" / "Month D1 to D2" / "Month D1-D2" support D2
    pats.append(r'\b%s \d{1,2}(?: and | to |-)%d\b' % (month, day))
    for abbr, num in MONTH_ABBR.items():
        if num == d.month:
            pats.append(r'\b%s\.? %d\b' % (abbr, day))
    if any(re.search(p, ftext) for p in pats):
        return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], ftext):
        return True
    if delta == 0 and re.search(r'\b(today|this afternoon|this evening|tonight)\b', ftext):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', ftext):
        return True
    return False


if __name__ == '__main__':
    try:
        main()
    except Exception as e:  # a crash counts as an error
        import traceback
        traceback.print_exc()
        errors.append('crash: %r' % e)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout65 gold passes all checks')
    sys.exit(0)
