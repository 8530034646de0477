#!/usr/bin/env python3
"""Validator for the heldout70 gold set (written from scratch for round 70).

Checks heldout70_gold.json against the article .txt files in this folder and
against the ids, summit entries and same_as slugs of the earlier gold files
(tests/gold/facts_gold.json and tests/gold/heldoutN_gold.json, N = 5..69,
opened by exact name).  Set H70_EARLIER to the folder holding those files if
this folder is not at tests/gold/pending/heldout70.  Exits 1 on any error.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H70_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = os.path.join(HERE, 'heldout70_gold.json')

OPENING = ('Held-out set round 70 (split=heldout70), written by an independent annotator; '
           'not yet scored or read by anyone working on the extractors.')

ERRORS = []


def err(where, msg):
    ERRORS.append('%s: %s' % (where, msg))


# ---------------------------------------------------------------- registries
IDS = {
    'h70_oas_antigua_tinamou', 'h70_oas_antigua_ceiba',
    'h70_pacificalliance_cali_packhouse', 'h70_pacificalliance_cali_altiplano',
    'h70_cplp_santamaria_nhaterra', 'h70_cplp_santamaria_caravela',
    'h70_chogm_melbourne_yarrastandard', 'h70_cbss_visby_balticcrossing',
}
STYLE = {
    'h70_oas_antigua_tinamou': 'straight', 'h70_oas_antigua_ceiba': 'curly',
    'h70_pacificalliance_cali_packhouse': 'curly', 'h70_pacificalliance_cali_altiplano': 'straight',
    'h70_cplp_santamaria_nhaterra': 'curly', 'h70_cplp_santamaria_caravela': 'straight',
    'h70_chogm_melbourne_yarrastandard': 'curly', 'h70_cbss_visby_balticcrossing': 'straight',
}
TAIL = {
    'h70_oas_antigua_tinamou': '(Additional reporting by',
    'h70_oas_antigua_ceiba': 'Read next:',
    'h70_pacificalliance_cali_packhouse': 'More from Packhouse Pacific:',
    'h70_pacificalliance_cali_altiplano': 'More analysis:',
    'h70_cplp_santamaria_nhaterra': 'Comments (3)',
    'h70_cplp_santamaria_caravela': '(Reporting by',
    'h70_chogm_melbourne_yarrastandard': 'This article first appeared',
    'h70_cbss_visby_balticcrossing': '[END OF SEGMENT]',
}
CREDITED = {
    'h70_oas_antigua_tinamou': ['Dagoberto Ixcot-Harwood', 'Oriel Maplethorpe-Axtell'],
    'h70_cplp_santamaria_caravela': ['Teodósio Furtado-Quayson', 'Hester Bramwell-Nkemelu'],
}
ORG_NAMES = {
    'org:oas': ['Organization of American States', 'OAS'],
    'org:pacific-alliance': ['Pacific Alliance'],
    'org:cplp': ['Community of Portuguese Language Countries', 'CPLP'],
    'org:commonwealth': ['Commonwealth'],
    'org:cbss': ['Council of the Baltic Sea States'],
}
COUNTRY_ALIASES = {}
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
TITLES = set('''mr mrs ms miss dr prof professor sir dame lord lady rev reverend father sister
president vice prime minister premier chancellor secretary general governor mayor king queen
prince princess sheikh emir sultan senator congressman congresswoman ambassador foreign deputy
chief chairman chair chairwoman commissioner judge justice captain colonel major lieutenant
admiral marshal his her excellency honourable honorable hon mp mep spokesman spokeswoman
director head leader'''.split())
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
RELATIVE = {0: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'],
            1: ['yesterday', 'last night']}

AVOID_CITIES = '''Astana|Paris|Reykjavik|Sanya|Kathmandu|San Pedro Sula|Majuro|Abuja|Nusa Dua|Bali|
Johannesburg|Nairobi|Kuwait City|Windhoek|Cadiz|Caracas|Sharm el-Sheikh|Baku|Ulaanbaatar|Mecca|
Tehran|Dushanbe|Asunción|Vilnius|Prague|Bangkok|Cairo|Cebu|Veracruz|Antananarivo|Chisinau|Sochi|
Kiruna|Addu City|Rancho Mirage|Arusha|New Delhi|Xi'an|Goyang|Islamabad|Kigali|Warsaw|Port of Spain|
Tokyo|Stockholm|Dili|Accra|Yekaterinburg|Puerto Iguazú|Valletta|Tashkent|Mexico City|Naypyidaw|
Algiers|Harare|Yerevan|Auckland|Niamey|Madrid|Miami|Suva|Camp David|Istanbul|Djerba|Lima|Washington|
Thimphu|Santo Domingo|Manama|Lilongwe|Huntsville|Maputo|Samara|Putrajaya|Puerto Vallarta|Toyako|
Damascus|Dhaka|Monterrey|Brussels|Elmau|Phnom Penh|Rovaniemi|Colombo|Djibouti|Monrovia|Bratislava|
Cancún|Coolum|Beijing|Beirut|Genoa|Malabo|Bandar Seri Begawan|Brasília|Alma-Ata|Almaty|Doha|
Rarotonga|Avarua|Durban|Ouro Preto|Banjul|Vientiane|Santiago|Luanda|Copenhagen|Vancouver|Khartoum|
Baghdad|Rome|Bishkek|Birmingham|Budapest|Addis Ababa|Belén|Singapore|London|Helsinki|Córdoba|
Victoria Falls|Labuan Bajo|Kuala Lumpur|Yokohama|Montreux|Edinburgh|Nouakchott|Visegrád|Shanghai|
Puerto Varas|Cholpon-Ata|Nanjing|Bogor|Denver|Lomé|Ushuaia|Rostov-on-Don|Lyon|Quebec City|Hanoi|
Gaborone|Santa Fe|Barcelona|Cairns|Sirte|Quito|Riga|Seattle|N'Djamena|Khanty-Mansiysk|Muscat|
Montego Bay|Houston|Nassau|Amman|Seoul|Lusaka|Halifax|Gothenburg|Tunis|Hua Hin|Cha-am|Mendoza|
Havana|Lisbon|Alofi|Ouagadougou|St Petersburg|Osaka|Riyadh|The Hague|Blantyre|
Santa Cruz de la Sierra|Bucharest|Bariloche|Bamako|Ashgabat|Malé|Kananaskis|Tirana|Montevideo|
Abidjan|Jakarta|Nuuk|Manila|Georgetown|Dakar|Nizhny Novgorod'''
USED_CITY_YEARS = '''Abidjan 2012; Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Blantyre 1997; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Osaka 1995; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2004; The Hague 2025; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013'''


def fold(s):
    s = s.replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('ß', 'ss')
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.lower()


def tokens(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def whole(text, phrase):
    return re.search(r'(?<![A-Za-z0-9])' + re.escape(phrase) + r'(?![A-Za-z0-9])', text) is not None


def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        err(where, 'not an ISO date: %r' % (s,))
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(where, 'date does not exist: %s' % s)
        return None


AVOID = {fold(c.strip()) for c in AVOID_CITIES.replace('\n', '').split('|') if c.strip()}
USED = set()
for item in USED_CITY_YEARS.split(';'):
    item = item.strip()
    m = re.fullmatch(r'(.+?) (\d{4})', item)
    if m:
        USED.add((fold(m.group(1)), m.group(2)))


# ---------------------------------------------------------------- earlier gold
def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 70)]
    ids, summits, slugs, prefixes = set(), [], set(), set()
    found = 0
    for nm in names:
        p = os.path.join(EARLIER, nm)
        if not os.path.isfile(p):
            continue
        found += 1
        with open(p, encoding='utf-8') as fh:
            d = json.load(fh)
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date'), a.get('id')))
            for f in a.get('facts', []):
                sl = f.get('same_as')
                if isinstance(sl, str) and sl:
                    slugs.add(sl)
                    prefixes.add(sl.split('-')[0])
    if found < 60:
        err('earlier', 'only %d earlier gold files found under %s' % (found, EARLIER))
    return ids, summits, slugs, prefixes


E_IDS, E_SUMMITS, E_SLUGS, E_PREFIXES = load_earlier()


# ---------------------------------------------------------------- helpers
SENT_END = '.?!'
CLOSERS = '"\u201d'


def sentence_bounded(text, ev, pos):
    """ev occurs at pos in text; check it starts and ends at sentence boundaries."""
    start_ok = False
    if pos == 0 or text[pos - 1] == '\n':
        start_ok = True
    else:
        before = text[:pos]
        if re.search(r'[.?!]["\u201d]? $', before):
            start_ok = True
        elif re.search(r'(^|\n)[A-Z][A-Z .\'-]+: $', before):
            start_ok = True
    end = pos + len(ev)
    end_ok = False
    if end == len(text) or text[end] == '\n':
        end_ok = True
    elif ev[-1] in SENT_END + CLOSERS and text[end] == ' ':
        if ev[-1] in SENT_END or (len(ev) > 1 and ev[-2] in SENT_END):
            end_ok = True
    if ev[-1] not in SENT_END + CLOSERS and not (end == len(text) or text[end] == '\n'):
        end_ok = False
    return start_ok, end_ok


def quoted_spans(body, style):
    spans = []
    for line in body.split('\n'):
        if style == 'straight':
            spans += re.findall(r'"([^"]*)"', line)
        else:
            spans += re.findall('\u201c([^\u201c\u201d]*)\u201d', line)
    return spans


def check_marks(aid, text, style):
    if style == 'straight':
        if re.search('[\u201c\u201d\u2018\u2019]', text):
            err(aid, 'curly marks in a straight article')
        for n, line in enumerate(text.split('\n'), 1):
            if line.count('"') % 2:
                err(aid, 'odd number of straight double marks on line %d' % n)
    else:
        if '"' in text or "'" in text:
            err(aid, 'straight marks in a curly article')
        if '\u2018' in text:
            err(aid, 'opening single curly mark in a curly article')
        for n, line in enumerate(text.split('\n'), 1):
            depth = 0
            for ch in line:
                if ch == '\u201c':
                    if depth:
                        err(aid, 'nested opening mark on line %d' % n)
                    depth += 1
                elif ch == '\u201d':
                    if not depth:
                        err(aid, 'unopened closing mark on line %d' % n)
                    depth = max(0, depth - 1)
            if depth:
                err(aid, 'unclosed mark on line %d' % n)


def date_supported(field, d, pub, blob, aid):
    if d is None or pub is None:
        return
    month = MONTHS[d.month - 1]
    forms = [month, month[:3] + '.', month[:3]]
    ok = False
    for mo in forms:
        if re.search(r'(?<![A-Za-z])' + re.escape(mo) + r' ' + str(d.day) + r'(?!\d)', blob):
            ok = True
        if re.search(r'(?<![A-Za-z])' + re.escape(mo) + r' \d{1,2}(,? and| to|-|\u2013) ?' + str(d.day) + r'(?!\d)', blob):
            ok = True
    delta = (pub - d).days
    if 0 <= delta <= 6 and whole(blob, WEEKDAYS[d.weekday()]):
        ok = True
    if 0 <= delta <= 6 and re.search(r'(?<![A-Za-z])' + WEEKDAYS[d.weekday()] + '(\u2019|\')s(?![A-Za-z])', blob):
        ok = True
    for word in RELATIVE.get(delta, []):
        if whole(blob.lower(), word):
            ok = True
    if not ok:
        err(aid, '%s %s not supported by the text' % (field, d))


# ---------------------------------------------------------------- main
def main():
    try:
        with open(GOLD, encoding='utf-8') as fh:
            gold = json.load(fh)
    except Exception as e:  # noqa
        err('gold', 'cannot read: %s' % e)
        return
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('gold', 'top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('gold', 'about text must begin with the required opening sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('gold', 'articles must be a list')
        return
    if any(i.startswith('h70') for i in E_IDS if isinstance(i, str)):
        err('gold', 'prefix h70 already used in earlier gold')

    seen_ids = set()
    info = {}
    all_slug_prefix = {}
    totals = collections.Counter()
    for a in arts:
        aid = a.get('id', '?') if isinstance(a, dict) else '?'
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err(aid, 'article keys must be exactly %s' % ARTICLE_KEYS)
            continue
        if aid in seen_ids:
            err(aid, 'duplicate id')
        seen_ids.add(aid)
        if aid not in IDS:
            err(aid, 'id not registered in check.py')
        m = re.fullmatch(r'h70_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)', aid)
        if not m:
            err(aid, 'id not of the form h70_<org>_<city>_<slug>')
        if aid in E_IDS:
            err(aid, 'id already used in earlier gold')
        if a['split'] != 'heldout70':
            err(aid, 'split must be heldout70')
        if a['file'] != 'articles/%s.txt' % aid:
            err(aid, 'file must be articles/<id>.txt')
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            print('note: %s.txt already exists in tests/gold/articles' % aid)
        path = os.path.join(HERE, aid + '.txt')
        if not os.path.isfile(path):
            err(aid, 'article file missing')
            continue
        with open(path, encoding='utf-8') as fh:
            text = fh.read()
        style = STYLE.get(aid)
        for k, typ in [('title', str), ('published_at', str), ('authors', list), ('summit', dict),
                       ('quotes', list), ('not_quotes', list), ('participants', list), ('facts', list)]:
            if not isinstance(a[k], typ):
                err(aid, '%s has the wrong type' % k)
        lines = text.split('\n')
        if len(lines) < 8:
            err(aid, 'article too short')
            continue
        headline, outlet, byline = lines[0], lines[1], lines[2]
        tail_marker = TAIL.get(aid)
        tail_idx = None
        for i, line in enumerate(lines):
            if i >= 4 and tail_marker and line.startswith(tail_marker):
                tail_idx = i
                break
        if tail_idx is None:
            err(aid, 'tail marker not found')
            continue
        body_lines = lines[4:tail_idx]
        body = '\n'.join(body_lines)
        noise = '\n'.join(lines[1:4] + lines[tail_idx:])
        hb = headline + '\n' + body
        fhb = tokens(hb)
        # title, outlet line, byline
        if a['title'] != headline:
            err(aid, 'title differs from the headline line')
        pub = parse_date(a['published_at'], aid + ' published_at')
        if pub:
            wd = WEEKDAYS[pub.weekday()]
            want = '%s, %s %d, %d' % (wd, MONTHS[pub.month - 1], pub.day, pub.year)
            if want not in outlet:
                err(aid, 'outlet line lacks "%s"' % want)
            for other in WEEKDAYS:
                if other != wd and other in outlet:
                    err(aid, 'outlet line names another weekday: %s' % other)
        for au in a['authors']:
            if not isinstance(au, str) or not whole(byline, au):
                err(aid, 'author %r not found in byline' % au)
        for cs in CREDITED.get(aid, []):
            if not whole(noise, cs):
                err(aid, 'credited staff %r not in page noise' % cs)
        # marks
        check_marks(aid, text, style)
        qmark = '"' if style == 'straight' else None
        if style == 'straight':
            if '"' in headline or '"' in noise:
                err(aid, 'double mark in headline or page noise')
        else:
            if re.search('[\u201c\u201d]', headline + noise):
                err(aid, 'double mark in headline or page noise')
        # words
        bw = len(body.split())
        fw = len(text.split())
        if not 420 <= bw <= 600:
            err(aid, 'body has %d words (need 420-600)' % bw)
        if fw > 700:
            err(aid, 'file has %d words (max 700)' % fw)
        # summit
        s = a['summit']
        if not isinstance(s, dict) or list(s.keys()) != SUMMIT_KEYS:
            err(aid, 'summit keys must be exactly %s' % SUMMIT_KEYS)
            continue
        for k in SUMMIT_KEYS[:5]:
            if not isinstance(s[k], str) or not s[k]:
                err(aid, 'summit %s must be a non-empty string' % k)
        sd = parse_date(s['start_date'], aid + ' start_date')
        ed = parse_date(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err(aid, 'start after end')
            if (ed - sd).days > 7:
                err(aid, 'summit longer than a week')
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err(aid, 'published_at outside the summit window')
        city = s['city']
        if fold(city) in AVOID:
            err(aid, 'city %s is on the avoid list' % city)
        if sd and (fold(city), str(sd.year)) in USED:
            err(aid, 'city and year %s %d on the used list' % (city, sd.year))
        for (eo, ec, es, eid) in E_SUMMITS:
            if isinstance(ec, str) and isinstance(es, str) and sd:
                if fold(ec) == fold(city) and es[:4] == str(sd.year):
                    err(aid, 'city and year already used by %s' % eid)
                if eo == s['organization'] and fold(ec) == fold(city) and es == s['start_date']:
                    err(aid, 'same summit already in earlier gold (%s)' % eid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or \
                tf != [f for f in FIELDS if f in tf]:
            err(aid, 'text_fields must be a non-empty subset of %s in order' % FIELDS)
            tf = []
        fblob = ' '.join(fhb)
        if 'city' in tf and not has_seq(fhb, tokens(city)):
            err(aid, 'city not in text')
        if 'country' in tf:
            names = [s['country']] + COUNTRY_ALIASES.get(s['country'], [])
            if not any(has_seq(fhb, tokens(n)) for n in names):
                err(aid, 'country not in text')
        if 'organization' in tf:
            names = ORG_NAMES.get(s['organization'])
            if not names:
                err(aid, 'organization key not registered')
            elif not any(has_seq(fhb, tokens(n)) for n in names):
                err(aid, 'organization not named in text')
        if 'start_date' in tf:
            date_supported('start_date', sd, pub, hb, aid)
        if 'end_date' in tf:
            date_supported('end_date', ed, pub, hb, aid)
        # participants
        pkeys = set()
        staff = [tokens(x) for x in a['authors'] + CREDITED.get(aid, [])]
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(aid, 'participant keys must be exactly %s' % PART_KEYS)
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)+', k):
                err(aid, 'bad participant key %r' % k)
                continue
            if k in pkeys:
                err(aid, 'duplicate participant %s' % k)
            pkeys.add(k)
            name = k.split(':', 1)[1].split('-')
            if name[0] in TITLES:
                err(aid, 'title as first token of %s' % k)
            if not has_seq(fhb, name):
                err(aid, 'name of %s not found in headline or body' % k)
            if name in staff:
                err(aid, '%s is an author or credited staff member' % k)
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err(aid, '%s of %s empty' % (fld, k))
                    continue
                if style == 'curly' and ("'" in v or '"' in v):
                    err(aid, 'straight mark in %s of %s' % (fld, k))
                if style == 'straight' and re.search('[\u2018\u2019\u201c\u201d]', v):
                    err(aid, 'curly mark in %s of %s' % (fld, k))
        # quotes
        spans = collections.Counter(quoted_spans(body, style))
        annotated = collections.Counter()
        o, c = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        last = -1
        nd = np_ = 0
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(aid, 'quote keys must be exactly %s' % QUOTE_KEYS)
                continue
            if q['kind'] not in ('direct', 'partial'):
                err(aid, 'bad quote kind %r' % q['kind'])
            nd += q['kind'] == 'direct'
            np_ += q['kind'] == 'partial'
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person:[a-z0-9]+(-[a-z0-9]+)+|org:[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2})', sk):
                err(aid, 'bad speaker key %r' % sk)
            elif sk.startswith('person:') and sk not in pkeys:
                err(aid, 'speaker %s not a participant' % sk)
            if not isinstance(q['text'], str) or not q['text']:
                err(aid, 'empty quote text')
                continue
            annotated[q['text']] += 1
            pos = body.find(o + q['text'] + c, last + 1)
            if pos < 0:
                err(aid, 'quote not found (or out of order): %s' % q['text'][:60])
            else:
                last = pos
            if not any(isinstance(e, str) and (o + q['text'] + c) in e
                       for f in a['facts'] if isinstance(f, dict) for e in (f.get('evidence') or [])):
                err(aid, 'quote not inside any evidence: %s' % q['text'][:60])
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or not nq:
                err(aid, 'bad not_quote')
                continue
            annotated[nq] += 1
        if spans != annotated:
            extra = spans - annotated
            missing = annotated - spans
            if extra:
                err(aid, 'quoted spans not annotated: %s' % list(extra)[:3])
            if missing:
                err(aid, 'annotations without a quoted span: %s' % list(missing)[:3])
        # facts
        slugs = {}
        prefixes = set()
        kinds_count = collections.Counter()
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(aid, 'fact keys must be exactly %s' % FACT_KEYS)
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(aid, 'empty statement')
            ks = f['kind']
            if not isinstance(ks, list) or not ks or len(set(ks)) != len(ks) or any(k not in KINDS for k in ks):
                err(aid, 'bad kinds %r' % (ks,))
            else:
                for k in ks:
                    kinds_count[k] += 1
            sl = f['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sl):
                err(aid, 'bad same_as %r' % (sl,))
                continue
            if sl in slugs:
                err(aid, 'same_as repeated in article: %s' % sl)
            slugs[sl] = tuple(ks) if isinstance(ks, list) else ()
            prefixes.add(sl.split('-')[0])
            if sl in E_SLUGS:
                err(aid, 'same_as used in earlier gold: %s' % sl)
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err(aid, 'evidence must be a non-empty list (%s)' % sl)
                continue
            for e in ev:
                if not isinstance(e, str) or not e or e != e.strip():
                    err(aid, 'bad evidence string in %s' % sl)
                    continue
                pos = hb.find(e)
                if pos < 0:
                    err(aid, 'evidence not verbatim in headline or body (%s): %s' % (sl, e[:70]))
                    continue
                st, en = sentence_bounded(hb, e, pos)
                if not (st and en):
                    err(aid, 'evidence not sentence-bounded (%s): %s' % (sl, e[:70]))
        if len(prefixes) != 1:
            err(aid, 'facts must use exactly one same_as prefix, got %s' % sorted(prefixes))
        for pfx in prefixes:
            if pfx in E_PREFIXES:
                err(aid, 'same_as prefix %s used in earlier gold' % pfx)
        key = (s['organization'], s['city'], s['start_date'])
        for pfx in prefixes:
            all_slug_prefix.setdefault(pfx, set()).add(key)
        info[aid] = dict(summit=s, key=key, outlet=outlet.split('|')[0].strip(), slugs=slugs)
        totals['quotes'] += len(a['quotes'])
        totals['direct'] += nd
        totals['partial'] += np_
        totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(a['participants'])
        totals['facts'] += len(a['facts'])
        for k, v in kinds_count.items():
            totals['kind:' + k] += v
        print('%-38s q=%d (%dd/%dp) nq=%d part=%d facts=%d body=%d file=%d' % (
            aid, len(a['quotes']), nd, np_, len(a['not_quotes']), len(a['participants']),
            len(a['facts']), bw, fw))
    # folder contents
    for fn in os.listdir(HERE):
        if fn.endswith('.txt') and fn[:-4] not in seen_ids:
            err('folder', 'stray article file %s' % fn)
    for i in IDS - seen_ids:
        err('gold', 'registered id missing: %s' % i)
    for pfx, keys in all_slug_prefix.items():
        if len(keys) > 1:
            err('gold', 'prefix %s shared by two summits' % pfx)
    # shape
    groups = collections.defaultdict(list)
    for aid, d in info.items():
        groups[d['key']].append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if len(arts) != 8 or sizes != [1, 1, 2, 2, 2]:
        err('shape', 'need 8 articles on 5 summits (3 pairs, 2 singles), got sizes %s' % sizes)
    for key, members in sorted(groups.items()):
        if len(members) != 2:
            continue
        x, y = info[members[0]], info[members[1]]
        if x['outlet'] == y['outlet']:
            err('shape', 'pair %s from the same outlet' % (key,))
        for k in SUMMIT_KEYS[:5]:
            if x['summit'][k] != y['summit'][k]:
                err('shape', 'pair %s disagrees on %s' % (key, k))
        shared = sorted(set(x['slugs']) & set(y['slugs']))
        if len(shared) < 5:
            err('shape', 'pair %s shares only %d slugs' % (key, len(shared)))
        for sl in shared:
            if x['slugs'][sl] != y['slugs'][sl]:
                err('shape', 'shared slug %s has different kinds' % sl)
        print('shared %s: %d (%s)' % (key[1], len(shared), ', '.join(shared)))
    print('totals: ' + ', '.join('%s=%d' % kv for kv in sorted(totals.items())))


if __name__ == '__main__':
    try:
        main()
    except Exception as e:  # a crash counts as an error
        import traceback
        traceback.print_exc()
        ERRORS.append('crash: %r' % e)
    if ERRORS:
        for e in ERRORS:
            print('ERROR ' + e)
        print('%d error(s)' % len(ERRORS))
        sys.exit(1)
    print('OK: heldout70 passes')
