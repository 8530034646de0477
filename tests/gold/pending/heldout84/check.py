#!/usr/bin/env python3
"""Checker for the heldout84 gold set (written by the set's annotator).

Run: python3 /work/main/tests/gold/pending/heldout84/check.py
Exits 0 when every check passes, 1 on any error (an unexpected crash counts as an error).
Environment: H84_EARLIER points at the folder holding the earlier gold files
(default: two folders up, i.e. tests/gold); H84_DIR overrides the folder checked.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.environ.get('H84_DIR') or os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H84_EARLIER') or os.path.normpath(os.path.join(HERE, '..', '..'))
GOLD = 'heldout84_gold.json'
SPLIT = 'heldout84'
ABOUT_START = ("Held-out set round 84 (split=heldout84), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")

USED_CITY_YEARS = "Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Bento Gonçalves 2019; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bogor 1994; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Casablanca 1989; Cebu 2007; Chaguaramas 1973; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Cotonou 1995; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fez 1982; Fort Lauderdale 2005; Fortaleza 2014; Funafuti 2019; Gabala 2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Grand Baie 2004; Guadalajara 1991; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown 2024; Kinshasa 2012; Kiruna 2013; Kraków 2021; Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lagos 1975; Lahore 1974; Libreville 1983; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Maastricht 1991; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 2014; Minsk 1993; Moncton 1999; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Ocho Rios 1982; Osaka 1995; Osaka 2019; Oslo 2023; Ouagadougou 1998; Ouro Preto 1994; Panama City 2015; Paranal 2012; Paris 2008; Pattaya 2009; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Pohnpei 2016; Port Moresby 2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Potrero de los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rabat 1969; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Juan 2010; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Subic Bay 1996; Suva 2022; Sydney 2007; São Tomé 2023; Taormina 2017; Tashkent 2016; Tegucigalpa 1991; Tehran 2012; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 2010; Toyako 2008; Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Veracruz 2014; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Williamsburg 1983; Wilmington 2024; Windhoek 2018; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; Yaoundé 1996; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"
AVOID_CITIES = "Astana, Paris, Reykjavik, Sanya, Kathmandu, San Pedro Sula, Majuro, Abuja, Nusa Dua, Bali, Johannesburg, Nairobi, Kuwait City, Windhoek, Cadiz, Caracas, Sharm el-Sheikh, Baku, Ulaanbaatar, Mecca, Tehran, Dushanbe, Asunción, Vilnius, Prague, Bangkok, Cairo, Cebu, Veracruz, Antananarivo, Chisinau, Sochi, Kiruna, Addu City, Rancho Mirage, Arusha, New Delhi, Xi'an, Goyang, Islamabad, Kigali, Warsaw, Port of Spain, Tokyo, Stockholm, Dili, Accra, Yekaterinburg, Puerto Iguazú, Valletta, Tashkent, Mexico City, Naypyidaw, Algiers, Harare, Yerevan, Auckland, Niamey, Madrid, Miami, Suva, Camp David, Istanbul, Djerba, Lima, Washington, Thimphu, Santo Domingo, Manama, Lilongwe, Huntsville, Maputo, Samara, Putrajaya, Puerto Vallarta, Toyako, Damascus, Dhaka, Monterrey, Brussels, Elmau, Phnom Penh, Rovaniemi, Colombo, Djibouti, Monrovia, Bratislava, Cancún, Coolum, Beijing, Beirut, Genoa, Malabo, Bandar Seri Begawan, Brasília, Alma-Ata (Almaty), Doha, Rarotonga (Avarua), Durban, Ouro Preto, Banjul, Vientiane, Santiago, Luanda, Copenhagen, Vancouver, Khartoum, Baghdad, Rome, Bishkek, Birmingham, Budapest, Addis Ababa, Belén, Singapore, London, Helsinki, Córdoba, Victoria Falls, Labuan Bajo, Kuala Lumpur, Yokohama, Montreux, Edinburgh, Nouakchott, Visegrád, Shanghai, Puerto Varas, Cholpon-Ata, Nanjing, Bogor, Denver, Lomé, Ushuaia, Rostov-on-Don, Lyon, Quebec City, Hanoi, Gaborone, Santa Fe, Barcelona, Cairns, Sirte, Quito, Riga, Seattle, N'Djamena, Khanty-Mansiysk, Muscat, Montego Bay, Houston, Nassau, Amman, Seoul, Lusaka, Halifax, Gothenburg, Tunis, Hua Hin, Cha-am, Mendoza, Havana, Lisbon, Alofi, Ouagadougou, St Petersburg, Osaka, Riyadh, The Hague, Blantyre, Santa Cruz de la Sierra, Bucharest, Bariloche, Bamako, Ashgabat, Malé, Kananaskis, Tirana, Montevideo, Abidjan, Jakarta, Nuuk, Manila, Georgetown, Dakar, Nizhny Novgorod, Antigua Guatemala, Cali, Santa Maria (Sal), Melbourne, Visby, Kraków, Kingstown, Cartagena, Nakhchivan, Entebbe, Lahore, Bissau, Port Moresby, Kampala, Abu Dhabi, Cologne, Tripoli, Los Cabos, Pretoria, Dar es Salaam, Dubrovnik, Bento Gonçalves, Oslo, Siem Reap, Moscow, Dead Sea (Sweimeh), Montreal, Moncton, Awaza (Turkmenbashi), Pohnpei (Palikir), Medellín, Limassol, Punta Cana, Yamoussoukro, Bonn, Casablanca, Thessaloniki (Porto Carras, Halkidiki), San Juan, Mbabane, Minsk, Paranal, São Tomé, Tegucigalpa, Ljubljana, Seville, Kingston, Pattaya, Rabat, Lagos, Williamsburg, Fez, Kyiv, Bangalore, Grand Baie, Guadalajara, Yaoundé, Fort Lauderdale, Gabala, Cotonou, Maastricht, Potrero de los Funes, Subic Bay, Kroměříž, Yalta, Chaguaramas, Ocho Rios, Punta Mita, Libreville, Praia."

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
ALLOWED_ORGS = {'org:g7', 'org:g8', 'org:arab-league', 'org:sadc', 'org:ecowas', 'org:african-union',
                'org:asean', 'org:nordic-council', 'org:eac', 'org:igad', 'org:celac', 'org:brics',
                'org:pif', 'org:saarc', 'org:commonwealth'}
# names by which each organisation may be recovered from a text
ORG_NAMES = {
    'org:g7': ['Group of Seven', 'G7'],
    'org:pif': ['Pacific Islands Forum'],
    'org:arab-league': ['Arab League'],
    'org:commonwealth': ['Commonwealth Heads of Government Meeting', 'Commonwealth'],
}
ORG_ID = {'org:g7': 'g7', 'org:pif': 'pif', 'org:arab-league': 'arableague', 'org:commonwealth': 'commonwealth'}

# per-article registry: outlet style, first line of the tail noise, middle noise lines (prefixes)
REG = {
    'h84_g7_naples_transom': dict(style='straight', tail='(Reporting by', mid=[]),
    'h84_g7_naples_partenope': dict(style='curly', tail='Reader comments (4)', mid=['Photo caption:']),
    'h84_g7_venice_caravel': dict(style='straight', tail='[END OF TRANSCRIPT]', mid=[]),
    'h84_g7_venice_drillstem': dict(style='curly', tail='SUBSCRIBERS:', mid=['DATA BOX:']),
    'h84_pif_koror_babeldaob': dict(style='curly', tail='Comments (5)', mid=['Read more:']),
    'h84_pif_koror_tiller': dict(style='straight', tail='Frequently asked questions', mid=[]),
    'h84_arableague_inshas_zamalek': dict(style='straight', tail='- - -', mid=[]),
    'h84_commonwealth_ottawa_bytown': dict(style='curly', tail='Letters to the editor:', mid=['ADVERTISEMENT -']),
}
# reader comment blocks (line prefixes) that must exist in these articles
COMMENTS = {'h84_g7_naples_partenope': 'Reader comments (4)', 'h84_pif_koror_babeldaob': 'Comments (5)'}
# regnal numerals are not expected in the text
KEY_TOKEN_EXCEPTIONS = {'person:elizabeth-ii': ['elizabeth'], 'person:abdullah-i': ['abdullah']}
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
CURLY_CHARS = '\u201c\u201d\u2018\u2019'

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s


def tokens(s):
    s = fold(s).lower()
    s = re.sub(r"(?<=\w)'s\b", '', s)
    s = re.sub(r"(?<=\w)'(?=\w)", '', s)
    return re.findall(r'[a-z0-9]+', s)


def has_seq(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def split_list(raw):
    """Comma-separated list; parenthesised alternatives ('Alma-Ata (Almaty)',
    'Thessaloniki (Porto Carras, Halkidiki)') count in every form."""
    items, depth, cur = [], 0, ''
    for ch in raw:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            items.append(cur)
            cur = ''
        else:
            cur += ch
    items.append(cur)
    out = set()
    for item in items:
        item = item.strip().rstrip('.')
        if not item:
            continue
        m = re.fullmatch(r'(.*?) \((.*?)\)', item)
        if m:
            out.add(fold(m.group(1)).lower())
            for alt in m.group(2).split(','):
                out.add(fold(alt.strip()).lower())
        else:
            out.add(fold(item).lower())
    return out


def used_pairs():
    pairs = set()
    for item in USED_CITY_YEARS.split(';'):
        item = item.strip()
        m = re.fullmatch(r'(.+) (\d{4})', item)
        if m:
            pairs.add((fold(m.group(1)).lower(), m.group(2)))
    return pairs


def sections(aid, text):
    """Return (title, header_noise_lines, body_lines, mid_noise_lines, tail_lines)."""
    lines = text.split('\n')
    if '' not in lines:
        raise ValueError('no blank line after the header')
    b = lines.index('')
    reg = REG[aid]
    tails = [i for i, l in enumerate(lines) if l.startswith(reg['tail'])]
    if len(tails) != 1:
        raise ValueError('tail marker %r found %d times' % (reg['tail'], len(tails)))
    t = tails[0]
    body, mid = [], []
    for l in lines[b + 1:t]:
        (mid if any(l.startswith(m) for m in reg['mid']) else body).append(l)
    return lines[0], lines[1:b], body, mid, lines[t:]


def sentence_bounded(ev, hay_lines, title):
    if ev == title:
        return True
    for line in hay_lines:
        start = 0
        while True:
            i = line.find(ev, start)
            if i < 0:
                break
            start = i + 1
            before = line[:i]
            after = line[i + len(ev):]
            ok_start = (before == '' or re.search(r'[.!?]["\u201d]? $', before) is not None
                        or re.fullmatch(r'[A-Z][A-Z .\'-]+: ', before) is not None
                        or re.search(r'[.!?]["\u201d]? +$', before) is not None)
            ok_end = (after == '' or after.startswith(' ')) and (
                re.search(r'[.!?]$', ev) is not None or re.search(r'[.!?,]["\u201d]$', ev) is not None)
            if ok_start and ok_end:
                return True
    return False


def load_earlier():
    ids, summits, slugs, prefixes = set(), [], set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 84)]
    n = 0
    for name in names:
        p = os.path.join(EARLIER, name)
        if not os.path.exists(p):
            continue
        n += 1
        g = json.load(open(p, encoding='utf-8'))
        arts = g['articles'] if isinstance(g, dict) else g
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            summits.append(s)
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    if n == 0:
        err('no earlier gold file found under %s' % EARLIER)
    return ids, summits, slugs, prefixes, n


def check():
    used = used_pairs()
    avoid = split_list(AVOID_CITIES)
    if len(used) < 300 or len(avoid) < 250:
        err('embedded city lists look truncated')
    gpath = os.path.join(HERE, GOLD)
    raw = open(gpath, encoding='utf-8').read()
    g = json.loads(raw)
    if not isinstance(g, dict) or list(g.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(g['about'], str) or not g['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = g['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('expected 8 articles')
        return
    e_ids, e_summits, e_slugs, e_prefixes, n_earlier = load_earlier()

    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    ids = [a.get('id') for a in arts]
    if len(set(ids)) != len(ids):
        err('duplicate ids')
    if sorted(i + '.txt' for i in ids if isinstance(i, str)) != txt_files:
        err('article files present %s do not match ids %s' % (txt_files, ids))
    if set(ids) != set(REG):
        err('ids do not match the registry in check.py')

    summit_of = {}
    slugs_of = {}
    kinds_of = {}
    outlet_of = {}
    for a in arts:
        aid = a.get('id')
        if list(a.keys()) != ARTICLE_KEYS:
            err('%s: article keys %s' % (aid, list(a.keys())))
            continue
        if aid not in REG:
            continue
        m = re.fullmatch(r'h84_([a-z0-9]+)_([a-z0-9]+)_([a-z0-9]+)', aid)
        if not m:
            err('%s: malformed id' % aid)
            continue
        if aid in e_ids:
            err('%s: id used in earlier gold' % aid)
        if a['split'] != SPLIT:
            err('%s: split %r' % (aid, a['split']))
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file %r' % (aid, a['file']))
        text = open(os.path.join(HERE, aid + '.txt'), encoding='utf-8').read()
        reg = REG[aid]
        try:
            title, head, body, mid, tail = sections(aid, text)
        except ValueError as e:
            err('%s: %s' % (aid, e))
            continue
        body_text = '\n'.join(body)
        noise_lines = head + mid + tail
        noise_text = '\n'.join(noise_lines)
        if a['title'] != title:
            err('%s: title is not the headline' % aid)
        if a['title'] not in text:
            err('%s: title not in file' % aid)
        # page noise present
        if len(head) < 2 or len(tail) < 2:
            err('%s: too little page noise (head %d, tail %d lines)' % (aid, len(head), len(tail)))
        if aid in COMMENTS:
            i = [k for k, l in enumerate(tail) if l.startswith(COMMENTS[aid])]
            if not i:
                err('%s: comment block missing' % aid)
            else:
                nm = re.search(r'\((\d+)\)', tail[i[0]])
                n_c = int(nm.group(1)) if nm else 0
                if n_c < 3 or len([l for l in tail[i[0] + 1:] if ':' in l]) < n_c:
                    err('%s: comment block has fewer comments than announced' % aid)
        # word counts
        nbody = len(body_text.split())
        nfile = len(text.split())
        if not 420 <= nbody <= 600:
            err('%s: body has %d words' % (aid, nbody))
        # publication line
        pub = parse_date(a['published_at'])
        if pub is None:
            err('%s: bad published_at' % aid)
            continue
        outlet_line = head[0] if head else ''
        outlet_of[aid] = outlet_line.split('|')[0].strip()
        wd = WEEKDAYS[pub.weekday()]
        if wd not in outlet_line or MONTHS[pub.month - 1] not in outlet_line or str(pub.year) not in outlet_line \
                or not re.search(r'\b%d\b' % pub.day, outlet_line):
            err('%s: outlet line does not carry the publication date' % aid)
        if any(w in outlet_line for w in WEEKDAYS if w != wd):
            err('%s: another weekday on the outlet line' % aid)
        # authors
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors missing' % aid)
        for au in a['authors']:
            if au not in '\n'.join(head):
                err('%s: author %r not in the byline' % (aid, au))
        # quote style
        if reg['style'] == 'straight':
            if any(c in text for c in CURLY_CHARS):
                err('%s: curly mark in a straight article' % aid)
            for ln, l in enumerate(text.split('\n')):
                if l.count('"') % 2:
                    err('%s: odd number of straight double marks on line %d' % (aid, ln + 1))
        else:
            if '"' in text or "'" in text:
                err('%s: straight mark in a curly article' % aid)
            if '\u2018' in text:
                err('%s: opening single curly mark' % aid)
            for ln, l in enumerate(text.split('\n')):
                depth = 0
                for c in l:
                    if c == '\u201c':
                        depth += 1
                        if depth > 1:
                            err('%s: nested curly marks on line %d' % (aid, ln + 1))
                    elif c == '\u201d':
                        depth -= 1
                        if depth < 0:
                            err('%s: unopened curly mark on line %d' % (aid, ln + 1))
                            depth = 0
                if depth:
                    err('%s: unclosed curly mark on line %d' % (aid, ln + 1))
        op, cl = ('"', '"') if reg['style'] == 'straight' else ('\u201c', '\u201d')
        for l in [title] + noise_lines:
            if '"' in l or '\u201c' in l or '\u201d' in l:
                err('%s: double quotation mark in headline or page noise: %r' % (aid, l[:60]))
        # summit
        s = a['summit']
        if list(s.keys()) != SUMMIT_KEYS:
            err('%s: summit keys %s' % (aid, list(s.keys())))
            continue
        if s['organization'] not in ALLOWED_ORGS:
            err('%s: organisation %s not allowed' % (aid, s['organization']))
        if ORG_ID.get(s['organization']) != m.group(1):
            err('%s: id body part does not match organisation' % aid)
        if re.sub(r'[^a-z]', '', fold(s['city']).lower()) != m.group(2):
            err('%s: id city part does not match city' % aid)
        sd, ed = parse_date(s['start_date']), parse_date(s['end_date'])
        if sd is None or ed is None:
            err('%s: summit dates not ISO' % aid)
            continue
        if sd > ed:
            err('%s: start after end' % aid)
        if (ed - sd).days > 9:
            err('%s: summit longer than ten days' % aid)
        if not sd <= pub <= ed + datetime.timedelta(days=21):
            err('%s: publication not between start and three weeks after the end' % aid)
        city_f = fold(s['city']).lower()
        if city_f in avoid:
            err('%s: city %s is on the avoid list' % (aid, s['city']))
        if (city_f, str(sd.year)) in used or (city_f, str(ed.year)) in used:
            err('%s: city and year already used' % aid)
        for es in e_summits:
            if fold(str(es.get('city', ''))).lower() == city_f and (
                    str(es.get('start_date', ''))[:4] == str(sd.year) or es.get('start_date') == s['start_date']):
                err('%s: an earlier summit entry has the same city and year' % aid)
                break
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or \
                tf != [f for f in FIELDS if f in tf]:
            err('%s: text_fields malformed %r' % (aid, tf))
            tf = []
        hb_tokens = tokens(title + '\n' + body_text)
        hb_fold = fold(title + '\n' + body_text)
        if 'organization' in tf:
            names = ORG_NAMES.get(s['organization'], [])
            if not any(has_seq(hb_tokens, tokens(n)) for n in names):
                err('%s: organisation not recoverable from the text' % aid)
        if 'city' in tf and not has_seq(hb_tokens, tokens(s['city'])):
            err('%s: city not in text' % aid)
        if 'country' in tf and not has_seq(hb_tokens, tokens(s['country'])):
            err('%s: country not in text' % aid)
        for fld, d in (('start_date', sd), ('end_date', ed)):
            if fld not in tf:
                continue
            ok = False
            mon = MONTHS[d.month - 1]
            for mm in re.finditer(r'\b%s (\d{1,2})(?:(?:,? and | to |-)(\d{1,2}))?\b' % mon, hb_fold):
                days = {int(mm.group(1))}
                if mm.group(2):
                    days.add(int(mm.group(2)))
                if d.day in days:
                    ok = True
            delta = (pub - d).days
            if 0 <= delta <= 6 and re.search(r'\b%s\b' % WEEKDAYS[d.weekday()], hb_fold):
                ok = True
            if delta == 1 and re.search(r'\byesterday\b|\blast night\b', hb_fold):
                ok = True
            if delta == 0 and re.search(r'\btoday\b|\btonight\b|\bthis (morning|afternoon|evening)\b', hb_fold):
                ok = True
            if not ok:
                err('%s: %s not supported by the text' % (aid, fld))
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        # participants
        pkeys = []
        for p in a['participants']:
            if list(p.keys()) != PART_KEYS:
                err('%s: participant keys %s' % (aid, list(p.keys())))
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err('%s: malformed participant key %s' % (aid, k))
                continue
            if k in pkeys:
                err('%s: duplicate participant %s' % (aid, k))
            pkeys.append(k)
            toks = KEY_TOKEN_EXCEPTIONS.get(k, k.split(':', 1)[1].split('-'))
            if toks[0] in {'king', 'queen', 'president', 'prime', 'dr', 'sir', 'dame', 'mr', 'mrs', 'emir',
                           'general', 'chancellor', 'minister', 'pasha'}:
                err('%s: title in key %s' % (aid, k))
            if not has_seq(hb_tokens, toks):
                err('%s: name of %s not in headline or body' % (aid, k))
            if has_seq(tokens(noise_text), toks):
                err('%s: name of participant %s appears in page noise' % (aid, k))
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err('%s: empty %s for %s' % (aid, fld, k))
                elif reg['style'] == 'curly' and "'" in v:
                    err('%s: straight apostrophe in %s of %s' % (aid, fld, k))
                elif reg['style'] == 'straight' and '\u2019' in v:
                    err('%s: curly apostrophe in %s of %s' % (aid, fld, k))
            au_tok = [tokens(x) for x in a['authors']]
            if toks in au_tok:
                err('%s: author listed as participant' % aid)
        # credited staff (names in the noise that look like people) must not be participants
        for cm in re.finditer(r'(?:by|By|with) ([A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?)', '\n'.join(head + tail)):
            if 'person:' + '-'.join(tokens(cm.group(1))) in pkeys:
                err('%s: credited staff %s listed as participant' % (aid, cm.group(1)))
        # quotes
        body_with_title = title + '\n' + body_text
        spans = re.findall(re.escape(op) + r'(.*?)' + re.escape(cl), body_text)
        annotated = []
        last = -1
        fact_evs = [e for f in a['facts'] if isinstance(f, dict) for e in f.get('evidence', [])]
        for q in a['quotes']:
            if list(q.keys()) != QUOTE_KEYS:
                err('%s: quote keys %s' % (aid, list(q.keys())))
                continue
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %r' % (aid, q['kind']))
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk)
                    or re.fullmatch(r'country:[a-z]{2}', sk)):
                err('%s: speaker %s is neither a participant nor an organisation key' % (aid, sk))
            marked = op + q['text'] + cl
            pos = body_text.find(marked, last + 1)
            if q['text'] not in text:
                err('%s: quote not in file: %r' % (aid, q['text'][:50]))
            if pos < 0:
                err('%s: quote not found with its marks in text order: %r' % (aid, q['text'][:50]))
            else:
                last = pos
            if q['text'] in noise_text:
                err('%s: quote text appears in page noise' % aid)
            if not any(marked in e for e in fact_evs):
                err('%s: quote outside every fact evidence: %r' % (aid, q['text'][:50]))
            annotated.append(q['text'])
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (op + nq + cl) not in body_text:
                err('%s: not_quote not found with its marks: %r' % (aid, nq))
            annotated.append(nq)
        if sorted(spans) != sorted(annotated):
            err('%s: quoted spans and annotations differ: %s' % (
                aid, sorted(set(spans) ^ set(annotated))))
        # facts
        seen = set()
        prefixes = set()
        for f in a['facts']:
            if list(f.keys()) != FACT_KEYS:
                err('%s: fact keys %s' % (aid, list(f.keys())))
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err('%s: empty statement' % aid)
            kd = f['kind']
            if not isinstance(kd, list) or not kd or len(set(kd)) != len(kd) or any(k not in FACT_KINDS for k in kd):
                err('%s: fact kind %r' % (aid, kd))
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+\d{2}-[a-z0-9]+(-[a-z0-9]+)*', sa):
                err('%s: malformed same_as %r' % (aid, sa))
                continue
            if sa in seen:
                err('%s: same_as %s repeated in the article' % (aid, sa))
            seen.add(sa)
            pre = sa.split('-')[0]
            prefixes.add(pre)
            if pre[-2:] != str(sd.year)[-2:]:
                err('%s: prefix %s does not end in the two digits of the year' % (aid, pre))
            if sa in e_slugs:
                err('%s: slug %s used in earlier gold' % (aid, sa))
            if pre in e_prefixes:
                err('%s: prefix %s used in earlier gold' % (aid, pre))
            slugs_of.setdefault(sa, []).append(aid)
            kinds_of.setdefault(sa, []).append(tuple(sorted(kd)))
            if not isinstance(f['evidence'], list) or not f['evidence']:
                err('%s: fact %s without evidence' % (aid, sa))
                continue
            for e in f['evidence']:
                if not isinstance(e, str) or e != e.strip() or not e:
                    err('%s: evidence with outer spaces or empty in %s' % (aid, sa))
                    continue
                if e not in text:
                    err('%s: evidence not in file: %r' % (aid, e[:60]))
                if e not in body_with_title:
                    err('%s: evidence not in headline or body: %r' % (aid, e[:60]))
                if e in noise_text:
                    err('%s: evidence appears in page noise: %r' % (aid, e[:60]))
                if not sentence_bounded(e, body, title):
                    err('%s: evidence not sentence-bounded: %r' % (aid, e[:60]))
        if len(prefixes) != 1:
            err('%s: %d same_as prefixes' % (aid, len(prefixes)))
        print('%-34s quotes %d (%d direct), not_quotes %d, participants %d, facts %d, words %d/%d' % (
            aid, len(a['quotes']), sum(1 for q in a['quotes'] if q.get('kind') == 'direct'),
            len(a['not_quotes']), len(a['participants']), len(a['facts']), nbody, nfile))

    # shape: 5 summits, 3 pairs and 2 singles
    groups = {}
    for aid, s in summit_of.items():
        groups.setdefault((s[0], s[1], s[3]), []).append(aid)
    sizes = sorted(len(v) for v in groups.values())
    if sizes != [1, 1, 2, 2, 2]:
        err('summit shape %s, expected 3 pairs and 2 singles' % sizes)
    orgs = {}
    for k in groups:
        orgs[k[0]] = orgs.get(k[0], 0) + 1
    if any(v > 2 for v in orgs.values()) or (len(orgs) < 5 and sum(1 for v in orgs.values() if v == 2) > 1):
        err('bodies used: %s (five different bodies, or at most two summits of one body)' % orgs)
    pair_of = {}
    for k, v in groups.items():
        if len(v) == 2:
            a1, a2 = v
            if summit_of[a1] != summit_of[a2]:
                err('pair %s disagrees on summit data' % v)
            if outlet_of.get(a1) == outlet_of.get(a2):
                err('pair %s from one outlet' % v)
            pair_of[a1] = a2
            pair_of[a2] = a1
    prefix_by_summit = {}
    for sa, al in slugs_of.items():
        pre = sa.split('-')[0]
        for aid in al:
            k = (summit_of[aid][0], summit_of[aid][1], summit_of[aid][3])
            prefix_by_summit.setdefault(pre, set()).add(k)
    for pre, ks in prefix_by_summit.items():
        if len(ks) != 1:
            err('prefix %s shared by two summits' % pre)
    shared = {}
    for sa, al in slugs_of.items():
        if len(al) > 2:
            err('slug %s in more than two articles' % sa)
        elif len(al) == 2:
            if pair_of.get(al[0]) != al[1]:
                err('slug %s shared by articles that are not a pair' % sa)
            if kinds_of[sa][0] != kinds_of[sa][1]:
                err('slug %s has different kinds in the pair' % sa)
            shared.setdefault(tuple(sorted(al)), []).append(sa)
    for aid, other in pair_of.items():
        if aid < other and len(shared.get((aid, other), [])) < 5:
            err('pair %s/%s shares fewer than 5 slugs' % (aid, other))
    for k, v in sorted(shared.items()):
        print('shared %s: %d (%s)' % (' / '.join(k), len(v), ', '.join(sorted(v))))
    print('earlier gold files read: %d' % n_earlier)


def main():
    try:
        check()
    except Exception as e:  # a crash counts as an error
        import traceback
        traceback.print_exc()
        err('checker crashed: %r' % e)
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        sys.exit(1)
    print('OK: all checks passed')
    sys.exit(0)


if __name__ == '__main__':
    main()
