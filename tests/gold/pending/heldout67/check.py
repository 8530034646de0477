#!/usr/bin/env python3
"""Checker for the held-out set round 67 (heldout67), written from scratch.

Validates heldout67_gold.json against the article files that sit next to it
and exits 1 on any error. Earlier gold files are opened by exact name only
(tests/gold/facts_gold.json and tests/gold/heldoutN_gold.json, N = 5..65);
set H67_EARLIER to point at another copy of tests/gold.
"""
import datetime, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H67_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
OPENING = ("Held-out set round 67 (split=heldout67), written by an independent annotator; "
           "not yet scored or read by anyone working on the extractors.")
SPLIT = 'heldout67'
PREFIX = 'h67'

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit',
                'quotes', 'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}

# per-article registry: quote style, tail marker (first line of the page noise
# after the body) and credited staff who are neither authors nor participants
REG = {
    'h67_francophonie_bucharest_rideau': ('curly', 'More in Analysis:', []),
    'h67_francophonie_bucharest_lipscani': ('straight', 'Also this week:', []),
    'h67_unasur_bariloche_condor': ('straight', '(Additional reporting', [
        'Fiorella Huaman-Tregaskis', 'Wenceslao Uriarte-Pintos', 'Cecilia Dabbadie-Haddington']),
    'h67_unasur_bariloche_nahuel': ('curly', 'Weather: snow', []),
    'h67_africafrance_bamako_foni': ('curly', 'Share this story:', []),
    'h67_africafrance_bamako_azimuth': ('straight', 'Read next:', []),
    'h67_eco_ashgabat_karakum': ('curly', 'Tenders this week:', []),
    'h67_saarc_male_oxbow': ('straight', '[END OF SEGMENT]', []),
}
ORG_NAMES = {
    'org:francophonie': ['Francophonie'],
    'org:unasur': ['Union of South American Nations', 'UNASUR'],
    'org:africa-france-summit': ['Africa-France summit'],
    'org:eco': ['Economic Cooperation Organization', 'ECO'],
    'org:saarc': ['South Asian Association for Regional Cooperation', 'SAARC'],
}
COUNTRY_NAMES = {'United States': ['United States', 'U.S.']}

# cities the brief says to avoid in any year (typed in from the brief)
AVOID = """Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg"""
# city and year combinations already used (copied verbatim from the brief's list)
USED = "Abidjan 2017; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Apia 2024; Arusha 2016; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Baghdad 2012; Baghdad 2025; Baku 2019; Bandar Seri Begawan 2013; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bogor 1994; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cebu 2007; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Damascus 2008; Dar es Salaam 2019; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Evian 2003; Fortaleza 2014; Funafuti 2019; Gaborone 2015; Genoa 2001; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kinshasa 2012; Kiruna 2013; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Lisbon 1996; Lisbon 2007; Lisbon 2010; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Manama 2016; Manama 2024; Manila 2017; Maputo 2003; Mar del Plata 2005; Mecca 2012; Mecca 2019; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montreux 2010; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Osaka 2019; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paris 2008; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Prague 2002; Prague 2016; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Pedro Sula 2009; Santa Fe 2019; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Suva 2022; Sydney 2007; Taormina 2017; Tashkent 2016; Tehran 2012; The Hague 2025; Thimphu 2010; Tianjin 2025; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"

TITLE_TOKENS = set('mr mrs ms miss dr sir dame lord lady president vice prime minister premier chancellor king queen '
                   'prince princess emir sultan sheikh general gen lieutenant colonel col governor gov mayor senator '
                   'chief secretary professor prof rev hon excellency majesty his her monsieur madame senor commodore '
                   'datuk pastor reverend crown taoiseach sen don u daw tan sri seri'.split())
# 'sheikh' is a title token, but Sheikh Hasina's given name is Sheikh; allowed for that key only
TITLE_EXCEPT = {'person:sheikh-hasina'}
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
MONTH_ABBR = {1: ['jan'], 2: ['feb'], 3: ['mar'], 4: ['apr'], 5: [], 6: [], 7: [], 8: ['aug'], 9: ['sept', 'sep'],
              10: ['oct'], 11: ['nov'], 12: ['dec']}

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def toks(s):
    return re.findall(r'[a-z0-9]+', fold(s))


def has_seq(hay, needle):
    n = len(needle)
    if n == 0:
        return False
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def pdate(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except (ValueError, TypeError):
        err('%s: bad date %r' % (where, s))
        return None


def load_earlier():
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 66)]
    ids, summits, slugs, prefixes = set(), [], set(), set()
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            err('earlier gold file missing: %s' % p)
            continue
        d = json.load(open(p, encoding='utf-8'))
        for a in d.get('articles', []):
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append((s.get('organization'), s.get('city'), s.get('start_date')))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str) and sa:
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    return ids, summits, slugs, prefixes


def split_article(text, aid):
    lines = text.split('\n')
    tail = REG[aid][1]
    idx = [i for i, l in enumerate(lines) if l.startswith(tail)]
    if len(idx) != 1:
        err('%s: tail marker %r found %d times' % (aid, tail, len(idx)))
        return lines, lines[0], '\n'.join(lines[4:]), ''
    i = idx[0]
    noise = '\n'.join(lines[1:4] + lines[i:])
    return lines, lines[0], '\n'.join(lines[4:i]), noise


def quoted_spans(body, style, aid=''):
    spans = []
    for ln in body.split('\n'):
        if style == 'straight':
            if ln.count('"') % 2:
                err('%s: odd number of straight double marks on line: %r' % (aid, ln[:60]))
            spans += re.findall(r'"([^"]*)"', ln)
        else:
            depth, cur = 0, []
            for ch in ln:
                if ch == '\u201c':
                    if depth:
                        err('%s: nested curly mark on line: %r' % (aid, ln[:60]))
                    depth = 1
                    cur = []
                elif ch == '\u201d':
                    if not depth:
                        err('%s: unopened curly mark on line: %r' % (aid, ln[:60]))
                    else:
                        spans.append(''.join(cur))
                    depth = 0
                elif depth:
                    cur.append(ch)
            if depth:
                err('%s: unclosed curly mark on line: %r' % (aid, ln[:60]))
    return spans


def bounded(region, e):
    """True if e occurs in region starting at a sentence start and ending at a sentence end."""
    start = 0
    while True:
        p = region.find(e, start)
        if p < 0:
            return False
        start = p + 1
        before = region[:p]
        ok_start = (p == 0 or before.endswith('\n')
                    or re.search(r'[.?!"\u201d]\s$', before[-2:] if len(before) >= 2 else before) is not None
                    or re.search(r'(^|\n)[A-Z][A-Z-]+: $', before) is not None)
        q = p + len(e)
        after = region[q:q + 1]
        ok_end = (after in ('', '\n')) or (after == ' ' and e[-1] in '.?!"\u201d')
        if ok_start and ok_end:
            return True


def date_supported(d, pub, body_f):
    month = MONTHS[d.month - 1]
    day = str(d.day)
    names = [month] + MONTH_ABBR[d.month]
    for m in names:
        if re.search(r'\b%s\.? %s\b' % (m, day), body_f):
            return True
        for mm in re.finditer(r'\b%s (\d{1,2})(?: and| to|-) (\d{1,2})\b' % m, body_f):
            if day in mm.groups():
                return True
    delta = (pub - d).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], body_f):
        return True
    if delta == 0 and re.search(r'\b(today|this afternoon|this evening|tonight|this morning)\b', body_f):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', body_f):
        return True
    return False


def main():
    gpath = os.path.join(HERE, 'heldout67_gold.json')
    try:
        gold = json.load(open(gpath, encoding='utf-8'))
    except Exception as ex:
        err('cannot read gold: %s' % ex)
        return
    if not isinstance(gold, dict) or list(gold.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(gold['about'], str) or not gold['about'].startswith(OPENING):
        err('about text must begin with the required sentence')
    arts = gold['articles']
    if not isinstance(arts, list):
        err('articles must be a list')
        return
    e_ids, e_summits, e_slugs, e_prefixes = load_earlier()
    if any(isinstance(i, str) and i.split('_')[0] == PREFIX for i in e_ids):
        err('id prefix %s already used in earlier gold' % PREFIX)
    e_cityyears = {(fold(c or ''), (s or '')[:4]) for (_, c, s) in e_summits}
    used = set()
    for item in USED.split(';'):
        item = item.strip()
        m = re.fullmatch(r'(.+) (\d{4})', item)
        if m:
            used.add((fold(m.group(1)), m.group(2)))
    avoid = set()
    for c in AVOID.split(', '):
        c = c.strip()
        avoid.add(fold(c))
        m = re.fullmatch(r'(.+) \((.+)\)', c)
        if m:
            avoid.add(fold(m.group(1)))
            avoid.add(fold(m.group(2)))

    seen_ids = set()
    txt_in_folder = {f for f in os.listdir(HERE) if f.endswith('.txt')}
    summit_groups = {}
    totals = dict(quotes=0, direct=0, partial=0, not_quotes=0, participants=0, facts=0)
    kinds_count = {}
    for a in arts:
        if not isinstance(a, dict):
            err('article entry is not an object')
            continue
        aid = a.get('id', '?')
        if list(a.keys()) != ARTICLE_KEYS:
            err('%s: article keys %s' % (aid, list(a.keys())))
            continue
        if not isinstance(aid, str):
            err('id not a string')
            continue
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if not re.fullmatch(r'h67_[a-z0-9]+_[a-z0-9]+_[a-z0-9]+', aid):
            err('%s: id not of form h67_<org>_<city>_<slug>' % aid)
        if aid in seen_ids:
            err('%s: duplicate id' % aid)
        seen_ids.add(aid)
        if aid not in REG:
            err('%s: not registered in check.py' % aid)
            continue
        style, _, staff = REG[aid]
        if a['split'] != SPLIT:
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        if os.path.exists(os.path.join(EARLIER, 'articles', aid + '.txt')):
            err('%s: a file of that name already exists in tests/gold/articles' % aid)
        fn = aid + '.txt'
        if fn not in txt_in_folder:
            err('%s: article file missing' % aid)
            continue
        txt_in_folder.discard(fn)
        text = open(os.path.join(HERE, fn), encoding='utf-8').read()
        lines, head, body, noise = split_article(text, aid)
        hb = head + '\n' + body
        hb_t = toks(hb)
        body_f = fold(hb)
        for k, typ in [('title', str), ('published_at', str), ('authors', list), ('summit', dict),
                       ('quotes', list), ('not_quotes', list), ('participants', list), ('facts', list)]:
            if not isinstance(a[k], typ):
                err('%s: %s has wrong type' % (aid, k))
        if a['title'] != head:
            err('%s: title differs from headline' % aid)
        # words
        bw = len(body.split())
        fw = len(text.split())
        if not 420 <= bw <= 600:
            err('%s: body has %d words' % (aid, bw))
        if fw > 700:
            err('%s: file has %d words' % (aid, fw))
        # publication date and outlet line
        pub = pdate(a['published_at'], aid + ' published_at')
        outlet = lines[1] if len(lines) > 1 else ''
        if pub:
            need = [WEEKDAYS[pub.weekday()].capitalize(), pub.strftime('%B'), '%d,' % pub.day, str(pub.year)]
            for w in need:
                if not re.search(r'(?<![A-Za-z0-9])%s(?![A-Za-z0-9])' % re.escape(w), outlet):
                    err('%s: outlet line lacks %r' % (aid, w))
            for wd in WEEKDAYS:
                if wd != WEEKDAYS[pub.weekday()] and wd in outlet.lower():
                    err('%s: outlet line has another weekday %s' % (aid, wd))
        # authors and staff
        byline = lines[2] if len(lines) > 2 else ''
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err('%s: authors must be non-empty strings' % aid)
        for au in a['authors']:
            if not re.search(r'(?<![\w-])%s(?![\w-])' % re.escape(au), byline):
                err('%s: author %r not in byline' % (aid, au))
        for st in staff:
            if not re.search(r'(?<![\w-])%s(?![\w-])' % re.escape(st), noise):
                err('%s: credited staff %r not in page noise' % (aid, st))
        # quote style
        if style == 'curly':
            if '"' in text or "'" in text:
                err('%s: straight marks in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
        else:
            if any(c in text for c in '\u201c\u201d\u2018\u2019'):
                err('%s: curly marks in a straight article' % aid)
        if any(c in head + '\n' + noise for c in '"\u201c\u201d'):
            err('%s: double mark in headline or page noise' % aid)
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys %s' % (aid, list(s.keys())))
            continue
        for k in SUMMIT_KEYS[:5]:
            if not isinstance(s[k], str) or not s[k]:
                err('%s: summit %s must be a non-empty string' % (aid, k))
        sd = pdate(s['start_date'], aid + ' start_date')
        ed = pdate(s['end_date'], aid + ' end_date')
        if sd and ed:
            if sd > ed:
                err('%s: start after end' % aid)
            if (ed - sd).days > 6:
                err('%s: summit longer than a week' % aid)
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside the summit window' % aid)
        city_f = fold(s['city'])
        if city_f in avoid:
            err('%s: city %s is on the avoid list' % (aid, s['city']))
        if sd and (city_f, str(sd.year)) in used:
            err('%s: city and year on the used list' % aid)
        if sd and (city_f, str(sd.year)) in e_cityyears:
            err('%s: city and year used by an earlier summit' % aid)
        if (s['organization'], s['city'], s['start_date']) in e_summits:
            err('%s: same summit as an earlier gold entry' % aid)
        if not re.fullmatch(r'org:[a-z0-9-]+', s['organization']):
            err('%s: bad organization key' % aid)
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or [f for f in FIELDS if f in tf] != tf:
            err('%s: text_fields must be a non-empty subset of %s in that order' % (aid, FIELDS))
            tf = []
        if 'city' in tf and not has_seq(hb_t, toks(s['city'])):
            err('%s: city not in text' % aid)
        if 'country' in tf and not any(has_seq(hb_t, toks(n)) for n in COUNTRY_NAMES.get(s['country'], [s['country']])):
            err('%s: country not in text' % aid)
        if 'organization' in tf:
            names = ORG_NAMES.get(s['organization'])
            if not names:
                err('%s: organization names not registered' % aid)
            elif not any(has_seq(hb_t, toks(n)) for n in names):
                err('%s: organization not named in text' % aid)
        if pub and sd and 'start_date' in tf and not date_supported(sd, pub, body_f):
            err('%s: start date not supported by the text' % aid)
        if pub and ed and 'end_date' in tf and not date_supported(ed, pub, body_f):
            err('%s: end date not supported by the text' % aid)
        key = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        summit_groups.setdefault((s['organization'], s['city'], s['start_date']), []).append(
            (aid, key, outlet.split('|')[0].strip(), a))
        # participants
        authors_staff = {'person:' + '-'.join(toks(x)) for x in a['authors'] + staff}
        pkeys = []
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err('%s: participant keys wrong: %r' % (aid, p))
                continue
            k = p['key']
            if not isinstance(k, str) or not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: bad participant key %r' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            parts = k[7:].split('-')
            if parts[0] in TITLE_TOKENS and k not in TITLE_EXCEPT:
                err('%s: title in key %s' % (aid, k))
            if not has_seq(hb_t, parts):
                err('%s: name of %s not in headline or body' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: %s of %s empty' % (aid, fld, k))
                elif style == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
                elif style == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
            if k in authors_staff:
                err('%s: author or credited staff %s listed as participant' % (aid, k))
        # quotes
        spans = quoted_spans(body, style, aid)
        annotated = []
        pos = -1
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys wrong: %r' % (aid, q))
                continue
            if not isinstance(q['text'], str) or not q['text']:
                err('%s: empty quote text' % aid)
                continue
            if q['kind'] not in ('direct', 'partial'):
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not isinstance(sk, str) or not re.fullmatch(r'(person|org):[a-z0-9]+(-[a-z0-9]+)*|country:[a-z]{2}', sk):
                err('%s: bad speaker key %r' % (aid, sk))
            elif sk.startswith('person:') and sk not in pkeys:
                err('%s: speaker %s not a participant' % (aid, sk))
            o, c = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
            marked = o + q['text'] + c
            p = body.find(marked, pos + 1)
            if p < 0:
                err('%s: quote not found in body (or out of text order): %r' % (aid, q['text'][:50]))
            else:
                pos = p
            annotated.append(q['text'])
            totals[q['kind']] = totals.get(q['kind'], 0) + 1
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or not nq:
                err('%s: bad not_quote %r' % (aid, nq))
                continue
            annotated.append(nq)
        if sorted(annotated) != sorted(spans):
            missing = [x for x in spans if spans.count(x) > annotated.count(x)]
            extra = [x for x in annotated if annotated.count(x) > spans.count(x)]
            err('%s: quoted spans and annotations differ; unannotated %r, unmatched %r' % (aid, missing[:3], extra[:3]))
        # facts
        slugs = []
        ev_all = []
        art_prefixes = set()
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err('%s: fact keys wrong: %r' % (aid, f))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or not set(kd) <= FACT_KINDS:
                err('%s: bad fact kind %r' % (aid, kd))
            else:
                for x in kd:
                    kinds_count[x] = kinds_count.get(x, 0) + 1
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z0-9]+-[a-z0-9]+', sa):
                err('%s: bad same_as %r' % (aid, sa))
                continue
            if sa in slugs:
                err('%s: same_as %s repeated in article' % (aid, sa))
            slugs.append(sa)
            art_prefixes.add(sa.split('-')[0])
            if sa in e_slugs:
                err('%s: same_as %s used in earlier gold' % (aid, sa))
            if sa.split('-')[0] in e_prefixes:
                err('%s: same_as prefix of %s used in earlier gold' % (aid, sa))
            ev = f['evidence']
            if not isinstance(ev, list) or not ev:
                err('%s: evidence of %s must be a non-empty list' % (aid, sa))
                continue
            for e in ev:
                if not isinstance(e, str) or not e:
                    err('%s: empty evidence in %s' % (aid, sa))
                    continue
                if e not in hb:
                    err('%s: evidence of %s not verbatim in headline or body: %r' % (aid, sa, e[:60]))
                elif not bounded(hb, e):
                    err('%s: evidence of %s not sentence-bounded: %r' % (aid, sa, e[:60]))
                ev_all.append(e)
        if len(art_prefixes) > 1:
            err('%s: more than one same_as prefix %s' % (aid, sorted(art_prefixes)))
        a['_prefix'] = next(iter(art_prefixes)) if art_prefixes else None
        o, c = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        for q in a['quotes']:
            if isinstance(q, dict) and isinstance(q.get('text'), str):
                if not any(o + q['text'] + c in e for e in ev_all):
                    err('%s: quote not inside any evidence: %r' % (aid, q['text'][:50]))
        totals['quotes'] += len(a['quotes'])
        totals['not_quotes'] += len(a['not_quotes'])
        totals['participants'] += len(a['participants'])
        totals['facts'] += len(a['facts'])
        print('%-40s quotes %2d (%d direct)  not_quotes %d  participants %2d  facts %2d  body %3d  file %3d' % (
            aid, len(a['quotes']), sum(1 for q in a['quotes'] if q.get('kind') == 'direct'), len(a['not_quotes']),
            len(a['participants']), len(a['facts']), bw, fw))
    for f in sorted(txt_in_folder):
        err('stray .txt file in folder: %s' % f)
    # shape
    if len(arts) != 8:
        err('expected 8 articles, found %d' % len(arts))
    if len(summit_groups) != 5:
        err('expected 5 summits, found %d' % len(summit_groups))
    sizes = sorted(len(v) for v in summit_groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('expected 3 pairs and 2 singles, found sizes %s' % sizes)
    pref_owner = {}
    for g, members in summit_groups.items():
        for (aid, key, outlet, a) in members:
            p = a.get('_prefix')
            if p:
                if p in pref_owner and pref_owner[p] != g:
                    err('prefix %s shared by two summits' % p)
                pref_owner[p] = g
        if len(members) == 2:
            (a1, k1, o1, x1), (a2, k2, o2, x2) = members
            if k1 != k2:
                err('pair %s / %s disagree on summit data' % (a1, a2))
            if o1 == o2:
                err('pair %s / %s from the same outlet' % (a1, a2))
            f1 = {f['same_as']: f['kind'] for f in x1['facts'] if isinstance(f, dict) and 'same_as' in f}
            f2 = {f['same_as']: f['kind'] for f in x2['facts'] if isinstance(f, dict) and 'same_as' in f}
            shared = sorted(set(f1) & set(f2))
            if len(shared) < 5:
                err('pair %s / %s share only %d slugs' % (a1, a2, len(shared)))
            for sl in shared:
                if f1[sl] != f2[sl]:
                    err('pair %s / %s: shared slug %s has different kinds' % (a1, a2, sl))
            print('shared %-12s %d: %s' % (g[1], len(shared), ', '.join(shared)))
    for a in arts:
        if isinstance(a, dict):
            a.pop('_prefix', None)
    print('totals: %s; fact kinds %s' % (totals, dict(sorted(kinds_count.items()))))


if __name__ == '__main__':
    try:
        main()
    except Exception as ex:  # a crash counts as an error
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % ex)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('OK: heldout67 passes')
