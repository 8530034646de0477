#!/usr/bin/env python3
"""Validator for the heldout75 gold set (pending/heldout75/).

Checks heldout75_gold.json against the article .txt files that sit next to it,
and against the ids, summit entries and same_as slugs of the earlier gold files
(opened by exact name: tests/gold/facts_gold.json and heldoutN_gold.json for
N = 5..71).  Set H75_EARLIER to point at another copy of tests/gold.
Exits 1 on any error (a crash counts as an error).
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'heldout75_gold.json')
EARLIER = os.environ.get('H75_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
EARLIER_NAMES = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 72)]

OPENING = ('Held-out set round 75 (split=heldout75), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')
SPLIT = 'heldout75'
PREFIX = 'h75'

# ---------------------------------------------------------------- registries
ARTICLES = {
    # id: (quote style, first line of trailing page noise, credited staff)
    'h75_arab_deadsea_avocet': ('straight', '(Reporting by', ['Rawan Khreisat-Brackenbury', 'Tamer Fakhoury-Nettleship', 'Eustace Outhwaite-Mbanefo']),
    'h75_arab_deadsea_mawtini': ('curly', 'Read more:', []),
    'h75_sco_moscow_saksaul': ('straight', '[END OF SEGMENT]', []),
    'h75_sco_moscow_pamirline': ('curly', 'More in Policy & Borders:', []),
    'h75_eu_montreal_portolan': ('straight', 'Read next:', []),
    'h75_eu_montreal_rosemont': ('curly', 'Related:', []),
    'h75_francophonie_moncton_chignecto': ('curly', 'More analysis:', []),
    'h75_centralasia_awaza_kopetdag': ('straight', 'Related:', []),
}
ORG_NAMES = {
    'org:arab-league': ['Arab League'],
    'org:sco': ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
    'org:eu': ['European Union'],
    'org:francophonie': ['Francophonie'],
    'org:central-asia-consultative-meeting': ['consultative meeting'],
}
COUNTRY_ALIASES = {}

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TEXT_FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = ['decision', 'reaction', 'outcome', 'pledge', 'membership']
QUOTE_KINDS = ['direct', 'partial']

TITLES = set('''president vice prime minister king queen prince princess emir sheikh sultan crown
sir dame dr doctor mr mrs ms mme madame monsieur lord lady his her excellency hon honourable
honorable rev reverend father sister brother general gen colonel col major maj captain capt
lieutenant admiral marshal commander chancellor premier governor mayor senator sen rep
representative secretary chairman chair chief director ambassador envoy deputy foreign finance
speaker professor prof judge justice pope cardinal bishop imam ayatollah grand chancellor
commissioner chief executive minister-president acting interim former late mufti rabbi
sayyed sayed haji hajji alhaji amir shah tsar'''.split())

AVOID_CITIES = '''Astana; Paris; Reykjavik; Sanya; Kathmandu; San Pedro Sula; Majuro; Abuja; Nusa Dua; Bali;
Johannesburg; Nairobi; Kuwait City; Windhoek; Cadiz; Caracas; Sharm el-Sheikh; Baku; Ulaanbaatar; Mecca;
Tehran; Dushanbe; Asuncion; Vilnius; Prague; Bangkok; Cairo; Cebu; Veracruz; Antananarivo; Chisinau; Sochi;
Kiruna; Addu City; Rancho Mirage; Arusha; New Delhi; Xi'an; Goyang; Islamabad; Kigali; Warsaw; Port of Spain;
Tokyo; Stockholm; Dili; Accra; Yekaterinburg; Puerto Iguazu; Valletta; Tashkent; Mexico City; Naypyidaw;
Algiers; Harare; Yerevan; Auckland; Niamey; Madrid; Miami; Suva; Camp David; Istanbul; Djerba; Lima;
Washington; Thimphu; Santo Domingo; Manama; Lilongwe; Huntsville; Maputo; Samara; Putrajaya;
Puerto Vallarta; Toyako; Damascus; Dhaka; Monterrey; Brussels; Elmau; Phnom Penh; Rovaniemi; Colombo;
Djibouti; Monrovia; Bratislava; Cancun; Coolum; Beijing; Beirut; Genoa; Malabo; Bandar Seri Begawan;
Brasilia; Alma-Ata; Almaty; Doha; Rarotonga; Avarua; Durban; Ouro Preto; Banjul; Vientiane; Santiago;
Luanda; Copenhagen; Vancouver; Khartoum; Baghdad; Rome; Bishkek; Birmingham; Budapest; Addis Ababa; Belen;
Singapore; London; Helsinki; Cordoba; Victoria Falls; Labuan Bajo; Kuala Lumpur; Yokohama; Montreux;
Edinburgh; Nouakchott; Visegrad; Shanghai; Puerto Varas; Cholpon-Ata; Nanjing; Bogor; Denver; Lome;
Ushuaia; Rostov-on-Don; Lyon; Quebec City; Hanoi; Gaborone; Santa Fe; Barcelona; Cairns; Sirte; Quito;
Riga; Seattle; N'Djamena; Khanty-Mansiysk; Muscat; Montego Bay; Houston; Nassau; Amman; Seoul; Lusaka;
Halifax; Gothenburg; Tunis; Hua Hin; Cha-am; Mendoza; Havana; Lisbon; Alofi; Ouagadougou; St Petersburg;
Osaka; Riyadh; The Hague; Blantyre; Santa Cruz de la Sierra; Bucharest; Bariloche; Bamako; Ashgabat; Male;
Kananaskis; Tirana; Montevideo; Abidjan; Jakarta; Nuuk; Manila; Georgetown; Dakar; Nizhny Novgorod;
Antigua Guatemala; Cali; Santa Maria; Sal; Melbourne; Visby; Krakow; Kingstown; Cartagena; Nakhchivan;
Entebbe; Lahore; Bissau; Port Moresby; Kampala; Abu Dhabi; Cologne; Tripoli; Los Cabos; Pretoria;
Dar es Salaam'''

USED_CITY_YEARS = '''Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingstown 2024; Kinshasa 2012; Kiruna 2013; Kraków 2021; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lahore 1974; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Osaka 1995; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013'''

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
MONTH_ABBR = {'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8,
              'sep': 9, 'sept': 9, 'oct': 10, 'nov': 11, 'dec': 12}
SAME_DAY = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening']
DAY_BEFORE = ['yesterday', 'last night']

ERRORS = []


def err(where, msg):
    ERRORS.append('%s: %s' % (where, msg))


def fold(s):
    s = s.replace('\u00f8', 'o').replace('\u00d8', 'O').replace('\u0142', 'l').replace('\u0141', 'L')
    s = s.replace('\u00df', 'ss').replace('\u0131', 'i')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def contains_tokens(hay, needle):
    h, n = tokens(hay), tokens(needle)
    if not n:
        return False
    return any(h[i:i + len(n)] == n for i in range(len(h) - len(n) + 1))


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def check_keys(where, obj, keys):
    if not isinstance(obj, dict):
        err(where, 'not an object')
        return False
    if list(obj.keys()) != keys:
        err(where, 'keys %s, expected %s' % (list(obj.keys()), keys))
        return False
    return True


def words(s):
    return len(s.split())


# ------------------------------------------------------------ earlier gold
def load_earlier():
    ids, summits, slugs, prefixes = set(), [], set(), set()
    for name in EARLIER_NAMES:
        path = os.path.join(EARLIER, name)
        if not os.path.exists(path):
            err('earlier', 'missing earlier gold file %s' % name)
            continue
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
        for a in data.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for fact in a.get('facts', []):
                sa = fact.get('same_as')
                if isinstance(sa, str) and sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return ids, summits, slugs, prefixes


# ------------------------------------------------------------ text helpers
def split_text(aid, text, tail):
    lines = text.split('\n')
    body_end = None
    for i, ln in enumerate(lines):
        if i >= 4 and ln.startswith(tail):
            body_end = i
            break
    if body_end is None:
        err(aid, 'tail marker %r not found' % tail)
        body_end = len(lines)
    head = lines[0]
    body_lines = lines[4:body_end]
    noise = lines[1:4] + lines[body_end:]
    return lines, head, body_lines, noise


def quoted_spans(line, style):
    if style == 'straight':
        return re.findall(r'"([^"]*)"', line)
    return re.findall('\u201c([^\u201c\u201d]*)\u201d', line)


def marks(style):
    return ('"', '"') if style == 'straight' else ('\u201c', '\u201d')


def check_style(aid, text, style):
    curly = '\u201c\u201d\u2018\u2019'
    for n, ln in enumerate(text.split('\n'), 1):
        if style == 'straight':
            if any(c in ln for c in curly):
                err(aid, 'line %d: curly mark in a straight article' % n)
            if ln.count('"') % 2:
                err(aid, 'line %d: odd number of straight double marks' % n)
        else:
            if '"' in ln or "'" in ln:
                err(aid, 'line %d: straight mark in a curly article' % n)
            if '\u2018' in ln:
                err(aid, 'line %d: opening single curly mark' % n)
            depth = 0
            for c in ln:
                if c == '\u201c':
                    if depth:
                        err(aid, 'line %d: nested opening mark' % n)
                    depth = 1
                elif c == '\u201d':
                    if not depth:
                        err(aid, 'line %d: closing mark without opening' % n)
                    depth = 0
            if depth:
                err(aid, 'line %d: unclosed curly mark' % n)


LABEL = re.compile(r"^[A-Z][A-Z .'\-\u2019]+: ")


def sentence_bounded(ev, head, body_lines, style):
    if ev == head:
        return True
    closers = '"' if style == 'straight' else '\u201d'
    for ln in body_lines:
        start = 0
        while True:
            i = ln.find(ev, start)
            if i < 0:
                break
            start = i + 1
            j = i + len(ev)
            lab = LABEL.match(ln)
            ok_start = (i == 0 or (lab is not None and i == lab.end()) or
                        (ln[i - 1] == ' ' and i >= 2 and ln[i - 2] in '.?!') or
                        (ln[i - 1] == ' ' and i >= 3 and ln[i - 2] in closers and ln[i - 3] in '.?!,'))
            tail_ok = False
            if ev[-1] in '.?!':
                tail_ok = True
            elif ev[-1] in closers and len(ev) >= 2 and ev[-2] in '.?!':
                tail_ok = True
            ok_end = (j == len(ln) and (tail_ok or (lab is not None))) or (tail_ok and j < len(ln) and ln[j] == ' ')
            if ok_start and ok_end:
                return True
    return False


def date_cues(body, pub):
    """Return the set of dates the text supports."""
    f = fold(body)
    out = set()
    # month names with one or more days: "March 29", "July 17 and 18", "Feb 17", "28-29 May"
    mnames = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
    mnames.update(MONTH_ABBR)
    for m in re.finditer(r'\b([a-z]+)\.? (\d{1,2}(?:(?:, | and |-| to )\d{1,2})*)\b', f):
        mon = mnames.get(m.group(1))
        if not mon:
            continue
        for d in re.findall(r'\d{1,2}', m.group(2)):
            try:
                out.add(datetime.date(pub.year, mon, int(d)))
            except ValueError:
                pass
    for m in re.finditer(r'\b(\d{1,2}(?:(?: and |-| to )\d{1,2})*) ([a-z]+)\b', f):
        mon = mnames.get(m.group(2))
        if not mon:
            continue
        for d in re.findall(r'\d{1,2}', m.group(1)):
            try:
                out.add(datetime.date(pub.year, mon, int(d)))
            except ValueError:
                pass
    for k in range(0, 7):
        d = pub - datetime.timedelta(days=k)
        if re.search(r'\b%s\b' % WEEKDAYS[d.weekday()].lower(), f):
            out.add(d)
    if any(re.search(r'\b%s\b' % w, f) for w in SAME_DAY):
        out.add(pub)
    if any(re.search(r'\b%s\b' % w, f) for w in DAY_BEFORE):
        out.add(pub - datetime.timedelta(days=1))
    return out


def person_name_key(name):
    return 'person:' + '-'.join(tokens(name))


# ------------------------------------------------------------ main checks
def main():
    if not os.path.exists(GOLD):
        err('gold', 'heldout75_gold.json missing')
        return
    with open(GOLD, encoding='utf-8') as f:
        gold = json.load(f)
    if not check_keys('gold', gold, ['about', 'articles']):
        return
    about = gold['about']
    if not isinstance(about, str) or not about.startswith(OPENING):
        err('about', 'does not begin with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('gold', 'articles is not a list')
        return

    avoid = set(fold(c.strip()) for c in AVOID_CITIES.replace('\n', ' ').split(';') if c.strip())
    used = set()
    for item in USED_CITY_YEARS.split(';'):
        item = item.strip()
        if item:
            city, year = item.rsplit(' ', 1)
            used.add((fold(city), year))

    e_ids, e_summits, e_slugs, e_prefixes = load_earlier()
    if any(isinstance(i, str) and i.startswith(PREFIX + '_') for i in e_ids):
        err('ids', 'prefix %s already used in earlier gold' % PREFIX)
    e_city_years = set((fold(c or ''), (s or '')[:4]) for _, c, s in e_summits)

    seen_ids = set()
    summit_of = {}
    outlet_of = {}
    slugs_of = {}
    prefix_summit = {}
    totals = dict(quotes=0, direct=0, partial=0, not_quotes=0, participants=0, facts=0)
    kinds_count = {}
    files_here = set(fn for fn in os.listdir(HERE) if fn.endswith('.txt'))
    files_seen = set()

    for n, a in enumerate(arts):
        where = 'article[%d]' % n
        if not check_keys(where, a, ARTICLE_KEYS):
            continue
        aid = a['id']
        where = aid if isinstance(aid, str) else where
        if not isinstance(aid, str) or not re.fullmatch(r'%s_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+' % PREFIX, aid):
            err(where, 'bad id')
            continue
        if aid in seen_ids:
            err(aid, 'duplicate id')
        seen_ids.add(aid)
        if aid in e_ids:
            err(aid, 'id used in earlier gold')
        if aid not in ARTICLES:
            err(aid, 'id not registered in check.py')
            continue
        style, tail, staff = ARTICLES[aid]
        if a['split'] != SPLIT:
            err(aid, 'split must be %s' % SPLIT)
        if a['file'] != 'articles/%s.txt' % aid:
            err(aid, 'file must be articles/<id>.txt')
        fn = aid + '.txt'
        files_seen.add(fn)
        if os.path.exists(os.path.join(EARLIER, 'articles', fn)):
            print('note: %s already exists in tests/gold/articles' % fn)
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            err(aid, 'article file missing')
            continue
        with open(path, encoding='utf-8') as f:
            text = f.read()
        for key in ('title', 'published_at'):
            if not isinstance(a[key], str) or not a[key]:
                err(aid, '%s must be a non-empty string' % key)
        if not isinstance(a['authors'], list) or not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err(aid, 'authors must be a non-empty list of strings')
            continue
        for key in ('quotes', 'not_quotes', 'participants', 'facts'):
            if not isinstance(a[key], list):
                err(aid, '%s must be a list' % key)
        lines, head, body_lines, noise = split_text(aid, text, tail)
        body = '\n'.join(body_lines)
        hb = head + '\n' + body
        if a['title'] != head:
            err(aid, 'title differs from the headline')
        check_style(aid, text, style)
        bw, fw = words(body), words(text)
        if not 420 <= bw <= 600:
            err(aid, 'body has %d words (420-600)' % bw)
        if fw > 700:
            err(aid, 'file has %d words (max 700)' % fw)
        pub = parse_date(a['published_at'])
        if pub is None:
            err(aid, 'bad published_at')
            continue
        outlet_line = lines[1]
        outlet_of[aid] = outlet_line.split('|')[0].strip()
        wd = WEEKDAYS[pub.weekday()]
        if wd not in outlet_line or MONTHS[pub.month - 1] not in outlet_line or str(pub.year) not in outlet_line \
                or not re.search(r'\b%d\b' % pub.day, outlet_line):
            err(aid, 'outlet line does not carry the publication date %s' % wd)
        for other in WEEKDAYS:
            if other != wd and other in outlet_line:
                err(aid, 'outlet line carries another weekday')
        byline = lines[2]
        for au in a['authors']:
            if not contains_tokens(byline, au) or au not in byline:
                err(aid, 'author %r not in byline' % au)
        noise_text = '\n'.join(noise)
        for s in staff:
            if s not in noise_text:
                err(aid, 'credited staff %r not in page noise' % s)
        for q in ('"', '\u201c', '\u201d'):
            if q in head or q in noise_text:
                err(aid, 'double quotation mark in headline or page noise')
                break
        apostrophe_bad = "\u2019" if style == 'straight' else "'"

        # summit
        s = a['summit']
        if check_keys(aid + '.summit', s, SUMMIT_KEYS):
            sd, ed = parse_date(s['start_date']), parse_date(s['end_date'])
            if sd is None or ed is None:
                err(aid, 'bad summit date')
            else:
                if sd > ed:
                    err(aid, 'start after end')
                if (ed - sd).days > 6:
                    err(aid, 'summit longer than a week')
                if not sd <= pub <= ed + datetime.timedelta(days=21):
                    err(aid, 'published_at outside the summit window')
                for k in ('organization', 'city', 'country'):
                    if not isinstance(s[k], str) or not s[k]:
                        err(aid, 'summit %s empty' % k)
                city = fold(s['city'])
                if city in avoid:
                    err(aid, 'city on the avoid list')
                if (city, s['start_date'][:4]) in used:
                    err(aid, 'city and year on the used list')
                if (city, s['start_date'][:4]) in e_city_years:
                    err(aid, 'city and year used by an earlier summit entry')
                if (s['organization'], s['city'], s['start_date']) in e_summits:
                    err(aid, 'same summit as an earlier entry')
                tf = s['text_fields']
                if not isinstance(tf, list) or not tf or any(x not in TEXT_FIELDS for x in tf) \
                        or tf != [x for x in TEXT_FIELDS if x in tf]:
                    err(aid, 'text_fields must be a non-empty subset in canonical order')
                    tf = []
                if 'city' in tf and not contains_tokens(hb, s['city']):
                    err(aid, 'city not in the text')
                if 'country' in tf and not any(contains_tokens(hb, c) for c in [s['country']] + COUNTRY_ALIASES.get(s['country'], [])):
                    err(aid, 'country not in the text')
                if 'organization' in tf:
                    names = ORG_NAMES.get(s['organization'])
                    if not names:
                        err(aid, 'organisation not registered')
                    elif not any(contains_tokens(hb, x) for x in names):
                        err(aid, 'organisation not in the text')
                cues = date_cues(hb, pub)
                if 'start_date' in tf and sd not in cues:
                    err(aid, 'start_date not supported by the text')
                if 'end_date' in tf and ed not in cues:
                    err(aid, 'end_date not supported by the text')
                summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])

        # participants
        pkeys = []
        author_keys = set(person_name_key(x) for x in a['authors'] + staff)
        for i, p in enumerate(a['participants']):
            pw = '%s.participants[%d]' % (aid, i)
            if not check_keys(pw, p, PART_KEYS):
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err(pw, 'bad key %r' % k)
                continue
            if k in pkeys:
                err(pw, 'duplicate participant')
            pkeys.append(k)
            name = k.split(':', 1)[1].split('-')
            if name[0] in TITLES:
                err(pw, 'title or honorific in key %s' % k)
            if not contains_tokens(hb, ' '.join(name)):
                err(pw, 'name of %s not in headline or body' % k)
            for fld in ('role', 'affiliation'):
                if not isinstance(p[fld], str) or not p[fld].strip():
                    err(pw, '%s empty' % fld)
                elif apostrophe_bad in p[fld]:
                    err(pw, '%s has the wrong apostrophe style' % fld)
            if k in author_keys:
                err(pw, 'author or credited staff listed as participant')

        # quotes
        om, cm = marks(style)
        spans = []
        for ln in body_lines:
            spans.extend(quoted_spans(ln, style))
        annotated = []
        pos = 0
        for i, q in enumerate(a['quotes']):
            qw = '%s.quotes[%d]' % (aid, i)
            if not check_keys(qw, q, QUOTE_KEYS):
                continue
            if q['kind'] not in QUOTE_KINDS:
                err(qw, 'bad kind')
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err(qw, 'bad speaker key')
            elif sk.startswith('person:') and sk not in pkeys:
                err(qw, 'speaker %s not a participant' % sk)
            t = q['text']
            if not isinstance(t, str) or not t:
                err(qw, 'empty text')
                continue
            full = om + t + cm
            j = body.find(full, pos)
            if j < 0:
                if body.find(full) >= 0:
                    err(qw, 'quote out of text order')
                else:
                    err(qw, 'quote not found with its marks in the body')
            else:
                pos = j + 1
            annotated.append(t)
            totals[q['kind']] = totals.get(q['kind'], 0) + 1
        for i, t in enumerate(a['not_quotes']):
            if not isinstance(t, str) or not t:
                err(aid, 'not_quote %d empty' % i)
                continue
            if body.find(om + t + cm) < 0:
                err(aid, 'not_quote %r not found with its marks' % t)
            annotated.append(t)
        if sorted(spans) != sorted(annotated):
            missing = [x for x in spans if spans.count(x) > annotated.count(x)]
            extra = [x for x in annotated if annotated.count(x) > spans.count(x)]
            err(aid, 'quoted spans and annotations differ: unannotated %s, unmatched %s' % (missing[:3], extra[:3]))

        # facts
        prefixes = set()
        slugs = {}
        all_evidence = []
        for i, fct in enumerate(a['facts']):
            fw_ = '%s.facts[%d]' % (aid, i)
            if not check_keys(fw_, fct, FACT_KEYS):
                continue
            if not isinstance(fct['statement'], str) or not fct['statement'].strip():
                err(fw_, 'empty statement')
            kinds = fct['kind']
            if not isinstance(kinds, list) or not kinds or any(k not in FACT_KINDS for k in kinds) or len(set(kinds)) != len(kinds):
                err(fw_, 'bad kind list %r' % (kinds,))
                kinds = []
            for k in kinds:
                kinds_count[k] = kinds_count.get(k, 0) + 1
            sa = fct['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d{2}-[a-z0-9]+', sa):
                err(fw_, 'bad same_as %r' % sa)
            else:
                pre = sa.split('-')[0]
                prefixes.add(pre)
                if aid in summit_of and not pre.endswith(summit_of[aid][3][2:4]):
                    err(fw_, 'slug prefix does not carry the summit year')
                if sa in slugs:
                    err(fw_, 'slug repeated in the article')
                slugs[sa] = tuple(kinds)
                if sa in e_slugs:
                    err(fw_, 'slug used in earlier gold')
                if pre in e_prefixes:
                    err(fw_, 'slug prefix used in earlier gold')
            ev = fct['evidence']
            if not isinstance(ev, list) or not ev:
                err(fw_, 'evidence must be a non-empty list')
                continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err(fw_, 'evidence empty or with outer spaces')
                    continue
                if e not in hb:
                    err(fw_, 'evidence not found in headline or body: %r' % e[:60])
                elif not sentence_bounded(e, head, body_lines, style):
                    err(fw_, 'evidence not sentence-bounded: %r' % e[:60])
                all_evidence.append(e)
        if len(prefixes) > 1:
            err(aid, 'more than one slug prefix: %s' % sorted(prefixes))
        for pre in prefixes:
            if aid in summit_of:
                key = summit_of[aid][:1] + summit_of[aid][1:2] + summit_of[aid][3:4]
                if prefix_summit.setdefault(pre, key) != key:
                    err(aid, 'slug prefix %s shared by two summits' % pre)
        slugs_of[aid] = slugs
        for q in a['quotes']:
            if isinstance(q, dict) and isinstance(q.get('text'), str):
                full = om + q['text'] + cm
                if not any(full in e for e in all_evidence):
                    err(aid, 'quote outside every evidence string: %r' % q['text'][:50])

        totals['quotes'] += len(a['quotes'])
        totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(a['participants'])
        totals['facts'] += len(a['facts'])
        print('%-40s quotes %2d  not_quotes %d  participants %2d  facts %2d  body %3d  file %3d'
              % (aid, len(a['quotes']), len(a['not_quotes']), len(a['participants']), len(a['facts']), bw, fw))

    for fn in sorted(files_here - files_seen):
        err('folder', 'stray article file %s' % fn)
    for aid in ARTICLES:
        if aid not in seen_ids:
            err('folder', 'registered article %s missing from gold' % aid)

    # shape: 8 articles, 5 summits, 3 pairs, 2 singles
    if len(arts) != 8:
        err('shape', '%d articles, expected 8' % len(arts))
    groups = {}
    for aid, sm in summit_of.items():
        groups.setdefault((sm[0], sm[1], sm[3]), []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('shape', 'summit group sizes %s, expected [1, 1, 2, 2, 2]' % sizes)
    for key, members in sorted(groups.items()):
        if len(members) != 2:
            continue
        x, y = members
        if outlet_of[x] == outlet_of[y]:
            err('pair', '%s and %s come from the same outlet' % (x, y))
        if summit_of[x] != summit_of[y]:
            err('pair', '%s and %s disagree on summit data' % (x, y))
        shared = sorted(set(slugs_of[x]) & set(slugs_of[y]))
        if len(shared) < 5:
            err('pair', '%s and %s share only %d slugs' % (x, y, len(shared)))
        for sl in shared:
            if slugs_of[x][sl] != slugs_of[y][sl]:
                err('pair', 'shared slug %s has different kinds' % sl)
        print('pair %s / %s: %d shared slugs: %s' % (x, y, len(shared), ', '.join(shared)))
    print('totals: %d quotes (%d direct, %d partial), %d not_quotes, %d participants, %d facts; kinds %s'
          % (totals['quotes'], totals.get('direct', 0), totals.get('partial', 0), totals['not_quotes'],
             totals['participants'], totals['facts'], dict(sorted(kinds_count.items()))))


if __name__ == '__main__':
    try:
        main()
    except Exception as exc:  # a crash counts as an error
        err('crash', repr(exc))
    if ERRORS:
        for e in ERRORS:
            print('ERROR', e)
        print('%d error(s)' % len(ERRORS))
        sys.exit(1)
    print('OK: heldout75 passes')
    sys.exit(0)
