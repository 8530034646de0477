#!/usr/bin/env python3
"""Checker for the held-out set heldout92 (written from scratch by the round-92 annotator).

Run: python3 /work/main/tests/gold/pending/heldout92/check.py
Exits 0 when every check passes, 1 on any error (a crash counts as an error).
The environment variable H92_EARLIER may point at the folder holding the earlier gold files
(default: ../../ relative to this file, i.e. tests/gold); it is used by negative tests on copies.
"""
import datetime
import json
import os
import re
import sys
import traceback
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'heldout92_gold.json')
EARLIER = os.environ.get('H92_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))

ABOUT_START = ("Held-out set round 92 (split=heldout92), written by an independent annotator; "
               "not yet scored or read by anyone working on the extractors.")

ARTICLE_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes',
                'not_quotes', 'participants', 'facts']
SUMMIT_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
QUOTE_KEYS = ['text', 'speaker_key', 'kind']
PART_KEYS = ['key', 'role', 'affiliation']
FACT_KEYS = ['statement', 'kind', 'same_as', 'evidence']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}

# Bodies the brief allows, with the names by which a text may name them.
ALLOWED_BODIES = {
    'org:eu': ['European Union', 'European Council', 'EU'],
    'org:g7': ['G7', 'Group of Seven'],
    'org:g8': ['G8', 'Group of Eight'],
    'org:apec': ['APEC', 'Asia-Pacific Economic Cooperation'],
    'org:sadc': ['SADC', 'Southern African Development Community'],
    'org:commonwealth': ['Commonwealth', 'CHOGM'],
    'org:mercosur': ['Mercosur', 'Southern Common Market'],
    'org:oas': ['OAS', 'Organization of American States', 'Summit of the Americas'],
    'org:caricom': ['CARICOM', 'Caribbean Community'],
    'org:pif': ['Pacific Islands Forum'],
    'org:ibero-american-summit': ['Ibero-American Summit'],
    'org:celac': ['CELAC'],
    'org:visegrad-group': ['Visegrad Group', 'V4'],
    'org:igad': ['IGAD'],
    'org:pacific-alliance': ['Pacific Alliance'],
    'org:sica': ['SICA', 'Central American Integration System'],
}

# Per-article registry: body part of the id, quote style, same_as prefix, credited staff,
# tail marker (first line of the closing page noise), page-noise lines inside the body,
# date support (field, phrase, type) and pair group.
REG = {
    'h92_eu_luxembourg_gimbal': dict(
        body='eu', style='straight', prefix='luxembourg97', group='luxembourg97',
        credits=['Ebru Karaagac-Tunnock', 'Fenna Dijkgraaf-Mossop'],
        tail='(Reporting by Romain Hoffeld-Culverhouse', middle=[],
        dates=[('start_date', 'two-day summit', 'days'), ('end_date', 'ended on Saturday', 'weekday')]),
    'h92_eu_luxembourg_gauja': dict(
        body='eu', style='curly', prefix='luxembourg97', group='luxembourg97', credits=[],
        tail='More analysis:',
        middle=['Photo: The conference centre on the Kirchberg plateau in Luxembourg, where the European Council met. Gauja Review archive'],
        dates=[('start_date', 'December 12 and 13', 'month'), ('end_date', 'December 12 and 13', 'month')]),
    'h92_eu_tampere_tammerkoski': dict(
        body='eu', style='curly', prefix='tampere99', group='tampere99', credits=[],
        tail='Comments are closed for this article.',
        middle=['Photo: Police officers outside Tampere Hall on Friday morning as the first delegations arrived. Herald photo',
                'Read also: Hämeenkatu reopens after two days of closures | Hotels full from Hervanta to Pirkkala'],
        dates=[('start_date', 'on Friday and Saturday', 'weekday'), ('end_date', 'on Friday and Saturday', 'weekday')]),
    'h92_eu_tampere_quillon': dict(
        body='eu', style='straight', prefix='tampere99', group='tampere99', credits=[],
        tail='Coming up in issue 213:',
        middle=['ADVERTISEMENT - Quillon Seminars: cross-border evidence after Amsterdam. Brussels, 25 November. Early registration closes Friday.'],
        dates=[('start_date', 'October 15 and 16', 'month'), ('end_date', 'October 15 and 16', 'month')]),
    'h92_ibero_salamanca_tormes': dict(
        body='ibero', style='curly', prefix='salamanca05', group='salamanca05', credits=[],
        tail='Reader comments (4)',
        middle=['Photo: Delegations crossing the Plaza Mayor on Friday afternoon. Tormes Courier'],
        dates=[('start_date', 'opened on Friday', 'weekday'), ('end_date', 'left Salamanca on Saturday evening', 'weekday')]),
    'h92_ibero_salamanca_ceibo': dict(
        body='ibero', style='straight', prefix='salamanca05', group='salamanca05', credits=[],
        tail='[END OF TRANSCRIPT]', middle=[],
        dates=[('start_date', 'October 14 and 15', 'month'), ('end_date', 'October 14 and 15', 'month')]),
    'h92_mercosur_parana_espinillo': dict(
        body='mercosur', style='straight', prefix='parana14', group='parana14', credits=[],
        tail='Comments (5)',
        middle=['ADVERTISEMENT', 'Riverside apartments in Bajada Grande - ask about our spring financing plan'],
        dates=[('start_date', 'met here on Wednesday', 'weekday'), ('end_date', 'met here on Wednesday', 'weekday')]),
    'h92_sadc_maseru_qiloane': dict(
        body='sadc', style='curly', prefix='maseru06', group='maseru06', credits=[],
        tail='Classifieds | Notices | Tenders',
        middle=['Photo: Heads of state and government at the opening session in Maseru on August 17. Qiloane Weekly',
                'Letters to the editor: Our readers on the summit, page 9'],
        dates=[('start_date', 'August 17 and 18', 'month'), ('end_date', 'August 17 and 18', 'month')]),
}
BODY_OF_ORG = {'org:eu': 'eu', 'org:ibero-american-summit': 'ibero', 'org:mercosur': 'mercosur', 'org:sadc': 'sadc'}
PAIRS = {'luxembourg97': 2, 'tampere99': 2, 'salamanca05': 2, 'parana14': 1, 'maseru06': 1}

# City-years already used in the gold (copied from the brief's used_city_years.txt).
USED_CITY_YEARS = """Abidjan 2012; Abidjan 2017; Abu Dhabi 1981; Abuja 2019; Abuja 2024; Accra 2022; Addis Ababa 2007; Addis Ababa 2017; Addis Ababa 2024; Addis Ababa 2025; Addu City 2011; Al-Ula 2021; Algiers 2022; Alma-Ata 1991; Alofi 2008; Amman 2001; Amsterdam 1997; Antalya 2015; Antananarivo 2016; Antigua Guatemala 2013; Apia 2017; Apia 2024; Arusha 2016; Ashgabat 2021; Astana 2017; Astana 2024; Asunción 2015; Auckland 1995; Awaza 2021; Baghdad 2012; Baghdad 2025; Baku 2019; Bamako 2017; Bandar Seri Begawan 2013; Bangalore 1986; Bangkok 2022; Bangkok 2025; Banjul 2024; Barcelona 2005; Bariloche 2009; Basseterre 2006; Beijing 2012; Beijing 2014; Beijing 2023; Beirut 2002; Belén 2015; Bento Gonçalves 2019; Berlin 1999; Biarritz 2019; Birmingham 1998; Bishkek 2007; Bishkek 2019; Bissau 2023; Blantyre 1997; Bodrum 2014; Bogor 1994; Bonn 1982; Borgo Egnazia 2024; Brasília 2008; Bratislava 2016; Bridgetown 2002; Brisbane 2014; Brussels 2016; Brussels 2017; Brussels 2018; Brussels 2019; Brussels 2021; Brussels 2022; Brussels 2023; Bucharest 2006; Bucharest 2008; Bucharest 2018; Budapest 1994; Buenos Aires 2018; Buenos Aires 2023; Busan 2005; Bürgenstock 2024; Cairns 2009; Cairo 2024; Cali 2013; Cali 2017; Camp David 2012; Camp David 2023; Cancún 2017; Cannes 2011; Caracas 2011; Carbis Bay 2021; Cartagena 2012; Cartagena 2016; Casablanca 1989; Cebu 2007; Chaguaramas 1973; Chicago 2012; Chisinau 2023; Cholpon-Ata 2018; Cochabamba 2012; Cologne 1999; Colombo 2013; Colombo 2022; Coolum 2002; Copenhagen 2002; Corfu 1994; Cotonou 1995; Cádiz 2012; Córdoba 2006; Da Nang 2017; Dakar 2008; Dakar 2021; Damascus 2008; Dar es Salaam 2015; Dar es Salaam 2019; Dead Sea 2017; Deauville 2011; Denver 1997; Dhahran 2018; Dhaka 2005; Diamniadio 2014; Dili 2014; Djerba 2022; Djibouti 2023; Doha 2007; Doha 2013; Dubrovnik 2016; Durban 1999; Durban 2013; Dushanbe 2019; Edinburgh 1997; Elmau 2015; Elmau 2022; Enniskillen 2013; Entebbe 2024; Evian 2003; Fez 1982; Florianópolis 2000; Fontainebleau 1984; Fort Lauderdale 2005; Fortaleza 2014; Funafuti 2019; Gabala 2013; Gaborone 2015; Genoa 2001; Georgetown 2024; Gleneagles 2005; Goa 2016; Gothenburg 2001; Goyang 2024; Granada 2023; Grand Anse 1989; Grand Baie 2004; Guadalajara 1991; Gyeongju 2025; Halifax 1995; Hamburg 2017; Hangzhou 2016; Hanoi 2004; Hanoi 2010; Harare 2024; Havana 2006; Havana 2014; Heiligendamm 2007; Helsinki 1999; Hiroshima 2023; Honolulu 2011; Houston 1990; Hua Hin 2009; Huntsville 2010; Inshas 1946; Islamabad 2017; Istanbul 2004; Istanbul 2016; Istanbul 2021; Jakarta 2016; Jakarta 2023; Jeddah 2022; Jeddah 2023; Johannesburg 2015; Johannesburg 2023; Johannesburg 2025; Kampala 2007; Kampala 2010; Kampala 2024; Kananaskis 2002; Kananaskis 2025; Kathmandu 2014; Kazan 2005; Kazan 2024; Khanty-Mansiysk 2008; Khartoum 2006; Kigali 2016; Kigali 2022; Kingston 1975; Kingstown 2024; Kinshasa 1967; Kinshasa 2009; Kinshasa 2012; Kiruna 2013; Koror 2014; Kraków 2021; Kroměříž 2004; Kuala Lumpur 1998; Kuala Lumpur 2005; Kuala Lumpur 2015; Kuala Lumpur 2025; Kuwait City 2013; Kuwait City 2017; Kyiv 2006; L'Aquila 2009; La Malbaie 2018; Labuan Bajo 2023; Lagos 1975; Lahore 1974; Las Leñas 1992; Libreville 1983; Lilongwe 2021; Lima 2008; Lima 2016; Lima 2018; Lima 2024; Limassol 1993; Lisbon 1996; Lisbon 2007; Lisbon 2010; Ljubljana 2019; Lomé 2000; London 1990; London 2009; London 2018; Los Angeles 2022; Los Cabos 2002; Los Cabos 2012; Luanda 2023; Lusaka 2007; Lyon 1996; Maastricht 1991; Madrid 1997; Madrid 2022; Majuro 2013; Malabo 2011; Malabo 2014; Malé 1997; Manama 2016; Manama 2024; Manila 2015; Manila 2017; Maputo 2003; Mar del Plata 2005; Mbabane 2016; Mecca 2012; Mecca 2019; Medellín 2019; Melbourne 1981; Melbourne 2024; Mendoza 2012; Mendoza 2017; Mexico City 2021; Miami 1994; Milan 1985; Milan 2014; Minsk 1993; Moncton 1999; Monrovia 2017; Montego Bay 2018; Monterrey 2004; Montevideo 2024; Montreal 2019; Montreux 2010; Moscow 2003; Moscow 2024; Munich 1992; Muscat 2008; N'Djamena 2014; Nago 2000; Nairobi 2016; Nakhchivan 2009; Nanjing 2009; Naples 1994; Nassau 1985; Naypyidaw 2014; New Delhi 2015; New Delhi 2023; Newport 2014; Niamey 2019; Nice 2000; Nizhny Novgorod 2011; Nouakchott 2016; Nouakchott 2018; Nuku'alofa 2007; Nuku'alofa 2024; Nusa Dua 2011; Nusa Dua 2022; Nuuk 2011; Ocho Rios 1982; Osaka 1995; Osaka 2019; Oslo 2023; Ottawa 1973; Ouagadougou 1998; Ouro Preto 1994; Panama City 2000; Panama City 2015; Paracas 2015; Paranal 2012; Paris 2008; Pattaya 2009; Perth 2011; Phnom Penh 2012; Phnom Penh 2022; Pittsburgh 2009; Pohnpei 2016; Port Louis 1976; Port Moresby 2015; Port Moresby 2018; Port of Spain 2009; Port of Spain 2023; Porto 1998; Potrero de los Funes 1996; Prague 2002; Prague 2016; Praia 1998; Pretoria 2017; Puerto Iguazú 2023; Puerto Vallarta 2018; Puerto Varas 2016; Punta Cana 2017; Punta Mita 2014; Putrajaya 2003; Qingdao 2018; Quebec City 2001; Quebec City 2008; Quito 2016; Rabat 1969; Rancho Mirage 2016; Rarotonga 2023; Reykjavik 2023; Riga 2006; Riga 2022; Rio de Janeiro 2024; Rio de Janeiro 2025; Riyadh 2007; Riyadh 2011; Rome 2002; Rome 2021; Rostov-on-Don 2010; Rovaniemi 2019; Samara 2007; Samarkand 2022; San Francisco 2023; San Juan 2010; San Miguel de Tucumán 2008; San Pedro Sula 2009; Santa Cruz de la Sierra 1996; Santa Fe 2019; Santa Maria 2018; Santiago 1998; Santiago 2007; Santiago 2013; Santo Domingo 2023; Sanya 2011; Sanya 2016; Sea Island 2004; Seattle 1993; Seoul 2000; Seoul 2010; Seville 2002; Shanghai 2001; Shanghai 2006; Sharm el-Sheikh 2008; Sharm el-Sheikh 2015; Shima 2016; Siem Reap 2018; Singapore 2007; Singapore 2018; Sirte 2009; Sirte 2010; Sochi 2019; Sofia 2018; St Petersburg 2002; St Petersburg 2006; St Petersburg 2013; Stockholm 2019; Strasbourg 2009; Subic Bay 1996; Suva 2022; Sydney 2007; São Tomé 2023; Taormina 2017; Tarawa 2000; Tashkent 2016; Tegucigalpa 1991; Tehran 2012; The Hague 2004; The Hague 2025; Thessaloniki 2003; Thimphu 2010; Tianjin 2025; Tirana 2022; Tokyo 2015; Tokyo 2022; Toronto 1988; Toronto 2010; Toyako 2008; Tripoli 2010; Tunis 2004; Tunis 2019; Tunis 2022; Ufa 2015; Ulaanbaatar 2016; Ushuaia 1998; Valletta 2005; Valletta 2015; Vancouver 1997; Venice 1980; Veracruz 2014; Versailles 1982; Victoria Falls 2009; Vientiane 2016; Vientiane 2024; Vilnius 2013; Vilnius 2023; Visby 1996; Visegrád 1991; Vladivostok 2012; Warsaw 2016; Warsaw 2023; Washington 1999; Washington 2008; Washington 2022; Washington 2024; Watford 2019; Williamsburg 1983; Wilmington 2024; Windhoek 2018; Windsor 2000; Xi'an 2023; Xiamen 2017; Yalta 1998; Yamoussoukro 2014; Yaoundé 1996; Yaren 2018; Yekaterinburg 2009; Yerevan 2018; Yerevan 2022; Yokohama 2010; Yokohama 2013"""
# Cities the brief says to avoid in any year (copied from the brief).
AVOID_CITIES = """Astana;Paris;Reykjavik;Sanya;Kathmandu;San Pedro Sula;Majuro;Abuja;Nusa Dua;Bali;Johannesburg;Nairobi;Kuwait City;Windhoek;Cadiz;Caracas;Sharm el-Sheikh;Baku;Ulaanbaatar;Mecca;Tehran;Dushanbe;Asunción;Vilnius;Prague;Bangkok;Cairo;Cebu;Veracruz;Antananarivo;Chisinau;Sochi;Kiruna;Addu City;Rancho Mirage;Arusha;New Delhi;Xi'an;Goyang;Islamabad;Kigali;Warsaw;Port of Spain;Tokyo;Stockholm;Dili;Accra;Yekaterinburg;Puerto Iguazú;Valletta;Tashkent;Mexico City;Naypyidaw;Algiers;Harare;Yerevan;Auckland;Niamey;Madrid;Miami;Suva;Camp David;Istanbul;Djerba;Lima;Washington;Thimphu;Santo Domingo;Manama;Lilongwe;Huntsville;Maputo;Samara;Putrajaya;Puerto Vallarta;Toyako;Damascus;Dhaka;Monterrey;Brussels;Elmau;Phnom Penh;Rovaniemi;Colombo;Djibouti;Monrovia;Bratislava;Cancún;Coolum;Beijing;Beirut;Genoa;Malabo;Bandar Seri Begawan;Brasília;Alma-Ata (Almaty);Doha;Rarotonga (Avarua);Durban;Ouro Preto;Banjul;Vientiane;Santiago;Luanda;Copenhagen;Vancouver;Khartoum;Baghdad;Rome;Bishkek;Birmingham;Budapest;Addis Ababa;Belén;Singapore;London;Helsinki;Córdoba;Victoria Falls;Labuan Bajo;Kuala Lumpur;Yokohama;Montreux;Edinburgh;Nouakchott;Visegrád;Shanghai;Puerto Varas;Cholpon-Ata;Nanjing;Bogor;Denver;Lomé;Ushuaia;Rostov-on-Don;Lyon;Quebec City;Hanoi;Gaborone;Santa Fe;Barcelona;Cairns;Sirte;Quito;Riga;Seattle;N'Djamena;Khanty-Mansiysk;Muscat;Montego Bay;Houston;Nassau;Amman;Seoul;Lusaka;Halifax;Gothenburg;Tunis;Hua Hin;Cha-am;Mendoza;Havana;Lisbon;Alofi;Ouagadougou;St Petersburg;Osaka;Riyadh;The Hague;Blantyre;Santa Cruz de la Sierra;Bucharest;Bariloche;Bamako;Ashgabat;Malé;Kananaskis;Tirana;Montevideo;Abidjan;Jakarta;Nuuk;Manila;Georgetown;Dakar;Nizhny Novgorod;Antigua Guatemala;Cali;Santa Maria (Sal);Melbourne;Visby;Kraków;Kingstown;Cartagena;Nakhchivan;Entebbe;Lahore;Bissau;Port Moresby;Kampala;Abu Dhabi;Cologne;Tripoli;Los Cabos;Pretoria;Dar es Salaam;Dubrovnik;Bento Gonçalves;Oslo;Siem Reap;Moscow;Dead Sea (Sweimeh);Montreal;Moncton;Awaza (Turkmenbashi);Pohnpei (Palikir);Medellín;Limassol;Punta Cana;Yamoussoukro;Bonn;Casablanca;Thessaloniki (Porto Carras, Halkidiki);San Juan;Mbabane;Minsk;Paranal;São Tomé;Tegucigalpa;Ljubljana;Seville;Kingston;Pattaya;Rabat;Lagos;Williamsburg;Fez;Kyiv;Bangalore;Grand Baie;Guadalajara;Yaoundé;Fort Lauderdale;Gabala;Cotonou;Maastricht;Potrero de los Funes;Subic Bay;Kroměříž;Yalta;Chaguaramas;Ocho Rios;Punta Mita;Libreville;Praia;Naples;Venice;Koror;Inshas;Ottawa;Corfu;Windsor;Amsterdam;Tucumán;Munich;Berlin;Milan;Las Leñas;Nuku'alofa;Jeddah;Kinshasa;Grand Anse;Paracas;Panama City;Bridgetown;Port Louis;Cochabamba;Bodrum;Kazan;Gyeongju;Tarawa;Apia;Basseterre;Versailles;Nice;Fontainebleau;Toronto;Florianópolis"""

MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
NUMWORDS = {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7}

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace('’', "'").replace('‘', "'")
    for a, b in [('ø', 'o'), ('Ø', 'O'), ('æ', 'ae'), ('Æ', 'AE'), ('ð', 'd'), ('ł', 'l'), ('Ł', 'L'), ('ß', 'ss'), ('ı', 'i')]:
        s = s.replace(a, b)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.lower()


def tokens(s):
    s = re.sub(r"'s\b", '', fold(s))
    return re.findall(r"[a-z0-9]+", s.replace("'", ''))


def has_tokens(hay, needle):
    h, n = tokens(hay), tokens(needle)
    if not n:
        return False
    return any(h[i:i + len(n)] == n for i in range(len(h) - len(n) + 1))


def city_forms(c):
    c = c.strip()
    m = re.match(r'^(.*?)\s*\((.*)\)\s*$', c)
    forms = [m.group(1), m.group(2)] if m else [c]
    return {fold(f).strip() for f in forms}


def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return datetime.date.fromisoformat(s)
    except Exception:
        err(f'{where}: bad ISO date {s!r}')
        return None


def split_article(text, reg):
    """Return (title, header_lines, body_lines, noise_lines)."""
    lines = text.split('\n')
    title = lines[0]
    header = lines[1:4]
    if len(lines) < 6 or lines[4] != '':
        err(f'{reg["_id"]}: fifth line is not blank')
    tail_idx = None
    for i, l in enumerate(lines):
        if i >= 5 and l.startswith(reg['tail']):
            tail_idx = i
            break
    if tail_idx is None:
        err(f'{reg["_id"]}: tail marker not found')
        tail_idx = len(lines)
    body, middle = [], []
    for l in lines[5:tail_idx]:
        if l in reg['middle']:
            middle.append(l)
        else:
            body.append(l)
    for m in reg['middle']:
        if m not in middle:
            err(f'{reg["_id"]}: registered middle noise line missing: {m[:50]}')
    tail = lines[tail_idx:]
    noise = header + middle + tail
    return title, header, body, noise, middle, tail


def quoted_spans(text, style):
    if style == 'straight':
        return re.findall(r'"([^"\n]*)"', text)
    return re.findall(r'“([^”\n]*)”', text)


def sentence_bounded(ev, body_text, title):
    if ev == title:
        return True
    if ev != ev.strip():
        return False
    i = body_text.find(ev)
    ok_start = False
    ok_end = False
    while i >= 0:
        before = body_text[:i]
        s_ok = (i == 0 or before.endswith('\n') or re.search(r'[.!?]["”]? $', before) is not None
                or re.search(r'(^|\n)[A-Z][A-Z\'’ .-]+: $', before) is not None)
        j = i + len(ev)
        after = body_text[j:j + 1]
        e_ok = (re.search(r'([.!?]|[.!?,]["”])$', ev) is not None) and (after in ('', '\n', ' '))
        if s_ok and e_ok:
            return True
        ok_start, ok_end = s_ok, e_ok
        i = body_text.find(ev, i + 1)
    return False


def load_earlier():
    ids, slugs, prefixes, cityyears, summits = set(), set(), set(), set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % n for n in range(5, 91)]
    opened = 0
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        opened += 1
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            ids.add(a.get('id'))
            s = a.get('summit') or {}
            if s.get('city') and s.get('start_date'):
                for f in city_forms(s['city']):
                    cityyears.add((f, s['start_date'][:4]))
                summits.add((s.get('organization'), fold(s['city']), s.get('start_date')))
            for f in a.get('facts', []):
                sa = f.get('same_as')
                if isinstance(sa, str):
                    slugs.add(sa)
                    prefixes.add(sa.split('-')[0])
    if opened < 50:
        err(f'only {opened} earlier gold files found under {EARLIER}')
    return ids, slugs, prefixes, cityyears, summits


def main():
    d = json.load(open(GOLD, encoding='utf-8'))
    if not isinstance(d, dict) or list(d.keys()) != ['about', 'articles']:
        err('top-level keys must be exactly about, articles')
        return
    if not isinstance(d['about'], str) or not d['about'].startswith(ABOUT_START):
        err('about text does not start with the required sentence')
    arts = d['articles']
    if not isinstance(arts, list) or len(arts) != 8:
        err('there must be 8 articles')
    e_ids, e_slugs, e_prefixes, e_cityyears, e_summits = load_earlier()
    if any(isinstance(i, str) and i.startswith('h92_') for i in e_ids):
        err('the h92 prefix is already used in earlier gold')

    used = set()
    for line in re.split(r'[;\n]', USED_CITY_YEARS):
        line = line.strip()
        if not line:
            continue
        city, year = line.rsplit(' ', 1)
        for f in city_forms(city):
            used.add((f, year))
    if len(used) < 300:
        err(f'used city-year list parsed into only {len(used)} entries')
    avoid = set()
    for c in AVOID_CITIES.split(';'):
        if c.strip():
            avoid |= city_forms(c)
    if len(avoid) < 280:
        err(f'avoid list parsed into only {len(avoid)} city forms')

    files_present = {f for f in os.listdir(HERE) if f.endswith('.txt')}
    seen_ids = set()
    slug_articles = {}
    slug_kinds = {}
    summit_of = {}
    outlet_of = {}
    totals = {'quotes': 0, 'not_quotes': 0, 'participants': 0, 'facts': 0}

    for a in arts:
        if not isinstance(a, dict) or list(a.keys()) != ARTICLE_KEYS:
            err(f'article keys wrong: {list(a.keys()) if isinstance(a, dict) else a}')
            continue
        aid = a['id']
        if aid not in REG:
            err(f'{aid}: id not registered')
            continue
        reg = dict(REG[aid])
        reg['_id'] = aid
        if aid in seen_ids:
            err(f'{aid}: duplicate id')
        seen_ids.add(aid)
        if aid in e_ids:
            err(f'{aid}: id used in earlier gold')
        if a['split'] != 'heldout92':
            err(f'{aid}: split must be heldout92')
        if a['file'] != f'articles/{aid}.txt':
            err(f'{aid}: file field wrong')
        fn = aid + '.txt'
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            err(f'{aid}: article file missing')
            continue
        if os.path.exists(os.path.join(EARLIER, 'articles', fn)):
            print(f'note: {fn} already exists in {EARLIER}/articles (fine after the move)')
        text = open(path, encoding='utf-8').read()
        for k, t in [('title', str), ('published_at', str), ('authors', list), ('summit', dict), ('quotes', list),
                     ('not_quotes', list), ('participants', list), ('facts', list)]:
            if not isinstance(a[k], t):
                err(f'{aid}: {k} has wrong type')
        title, header, body, noise, middle, tail = split_article(text, reg)
        body_text = '\n'.join(body)
        noise_text = '\n'.join(noise)
        scope = title + '\n' + body_text
        if a['title'] != title or text.count(a['title']) < 1:
            err(f'{aid}: title differs from the headline or is absent')
        # id parts
        parts = aid.split('_')
        s = a['summit']
        if len(parts) != 4 or parts[0] != 'h92':
            err(f'{aid}: id must be h92_<body>_<city>_<outlet>')
        # published_at and outlet line
        pub = parse_date(a['published_at'], aid)
        outlet_line = header[0] if header else ''
        outlet_of[aid] = outlet_line.split('|')[0].strip()
        if pub:
            wd = pub.strftime('%A')
            want = f'{wd}, {pub.strftime("%B")} {pub.day}, {pub.year}'
            if want not in outlet_line:
                err(f'{aid}: outlet line lacks {want!r}')
            others = [w for w in WEEKDAYS if w != wd.lower() and w in outlet_line.lower()]
            if others:
                err(f'{aid}: outlet line names another weekday')
        # authors and credits
        if not a['authors'] or not all(isinstance(x, str) and x for x in a['authors']):
            err(f'{aid}: authors must be non-empty strings')
        byline = header[1] if len(header) > 1 else ''
        for au in a['authors']:
            if au not in byline:
                err(f'{aid}: author {au} not in byline')
        for cr in reg['credits']:
            if cr not in noise_text:
                err(f'{aid}: credited staff {cr} not in page noise')
        # summit
        if list(s.keys()) != SUMMIT_KEYS:
            err(f'{aid}: summit keys wrong')
            continue
        org = s['organization']
        if org not in ALLOWED_BODIES:
            err(f'{aid}: organisation {org} not among the allowed bodies')
        if BODY_OF_ORG.get(org) != parts[1]:
            err(f'{aid}: id body part {parts[1]} does not match {org}')
        if re.sub(r'[^a-z]', '', fold(s['city'])) != parts[2]:
            err(f'{aid}: id city part {parts[2]} does not match city {s["city"]}')
        sd = parse_date(s['start_date'], aid)
        ed = parse_date(s['end_date'], aid)
        if sd and ed:
            if sd > ed:
                err(f'{aid}: start after end')
            if (ed - sd).days > 6:
                err(f'{aid}: summit longer than a week')
            if pub and not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err(f'{aid}: published_at outside start .. end+21 days')
        year = s['start_date'][:4]
        cf = fold(s['city'])
        if cf in avoid:
            err(f'{aid}: city {s["city"]} is on the avoid list')
        if (cf, year) in used:
            err(f'{aid}: city-year {s["city"]} {year} is on the used list')
        if (cf, year) in e_cityyears:
            err(f'{aid}: city-year {s["city"]} {year} used in earlier gold')
        if (org, cf, s['start_date']) in e_summits:
            err(f'{aid}: summit already in earlier gold')
        tf = s['text_fields']
        if not isinstance(tf, list) or not tf or any(f not in FIELDS for f in tf) or tf != [f for f in FIELDS if f in tf]:
            err(f'{aid}: text_fields must be a non-empty subset of the five fields in canonical order')
            tf = []
        if 'organization' in tf and not any(has_tokens(scope, n) for n in ALLOWED_BODIES.get(org, [])):
            err(f'{aid}: organisation not named in the text')
        if 'city' in tf and not has_tokens(scope, s['city']):
            err(f'{aid}: city not in the text')
        if 'country' in tf and not has_tokens(scope, s['country']):
            err(f'{aid}: country not in the text')
        supported = set()
        for field, phrase, typ in reg['dates']:
            if field not in tf:
                continue
            date = sd if field == 'start_date' else ed
            if phrase not in body_text:
                err(f'{aid}: date phrase {phrase!r} not in body')
                continue
            if date is None or pub is None:
                continue
            pl = phrase.lower()
            if typ == 'weekday':
                wds = [w for w in re.findall(r'[a-z]+', pl) if w in WEEKDAYS]
                w = wds[0] if field == 'start_date' else wds[-1]
                delta = (pub - date).days
                if WEEKDAYS[date.weekday()] != w or not (0 <= delta <= 6):
                    err(f'{aid}: {field} {date} not supported by {phrase!r}')
                else:
                    supported.add(field)
            elif typ == 'month':
                m = re.match(r'([a-z]+) (\d+)(?: (?:and|to) (\d+))?$', pl)
                if not m or m.group(1) not in MONTHS:
                    err(f'{aid}: bad month phrase {phrase!r}')
                    continue
                mon = MONTHS.index(m.group(1)) + 1
                day = int(m.group(2)) if field == 'start_date' else int(m.group(3) or m.group(2))
                if date.month != mon or date.day != day:
                    err(f'{aid}: {field} {date} not supported by {phrase!r}')
                else:
                    supported.add(field)
            elif typ == 'days':
                n = NUMWORDS.get(pl.split('-')[0])
                if n is None or sd is None or ed is None or (ed - sd).days != n - 1:
                    err(f'{aid}: {field} not supported by span {phrase!r}')
                else:
                    supported.add(field)
        for field in ('start_date', 'end_date'):
            if field in tf and field not in supported:
                err(f'{aid}: {field} listed in text_fields without support')
        summit_of[aid] = (org, s['city'], s['country'], s['start_date'], s['end_date'])
        # quote style
        style = reg['style']
        if style == 'straight':
            if re.search('[“”‘’]', text):
                err(f'{aid}: curly marks in a straight-quote article')
            for ln, l in enumerate(text.split('\n')):
                if l.count('"') % 2:
                    err(f'{aid}: odd number of straight double marks on line {ln + 1}')
        else:
            if '"' in text or "'" in text:
                err(f'{aid}: straight marks in a curly-quote article')
            if '‘' in text:
                err(f'{aid}: opening single curly mark in a curly-quote article')
            for ln, l in enumerate(text.split('\n')):
                depth = 0
                for ch in l:
                    if ch == '“':
                        depth += 1
                        if depth > 1:
                            err(f'{aid}: nested curly marks on line {ln + 1}')
                    elif ch == '”':
                        depth -= 1
                        if depth < 0:
                            err(f'{aid}: unopened curly mark on line {ln + 1}')
                            depth = 0
                if depth:
                    err(f'{aid}: unclosed curly mark on line {ln + 1}')
        if ('"' in title) or ('“' in title) or ('”' in title):
            err(f'{aid}: quotation mark in the headline')
        if ('"' in noise_text) or ('“' in noise_text) or ('”' in noise_text):
            err(f'{aid}: quotation mark in the page noise')
        om, cm = ('"', '"') if style == 'straight' else ('“', '”')
        # participants
        pkeys = []
        for p in a['participants']:
            if not isinstance(p, dict) or list(p.keys()) != PART_KEYS:
                err(f'{aid}: participant keys wrong: {p}')
                continue
            k = p['key']
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', k):
                err(f'{aid}: bad participant key {k}')
            if k in pkeys:
                err(f'{aid}: duplicate participant {k}')
            pkeys.append(k)
            name = k.split(':', 1)[1].replace('-', ' ')
            if not has_tokens(scope, name):
                err(f'{aid}: participant name {name!r} not in headline or body')
            if has_tokens(noise_text, name) or tokens(name)[-1] in tokens(noise_text):
                err(f'{aid}: participant name {name!r} (or its surname) appears in page noise')
            if k.split(':', 1)[1].split('-')[0] in ('president', 'prime', 'king', 'governor', 'minister', 'mr', 'mrs', 'dr', 'chancellor'):
                err(f'{aid}: title in key {k}')
            for fld in ('role', 'affiliation'):
                v = p[fld]
                if not isinstance(v, str) or not v.strip():
                    err(f'{aid}: empty {fld} for {k}')
                    continue
                if style == 'straight' and re.search('[’‘“”]', v):
                    err(f'{aid}: curly mark in {fld} of {k} in a straight article')
                if style == 'curly' and ("'" in v or '"' in v):
                    err(f'{aid}: straight mark in {fld} of {k} in a curly article')
            for person in a['authors'] + reg['credits']:
                if tokens(person) == tokens(name):
                    err(f'{aid}: author or credited staff {person} listed as participant')
        # quotes
        spans = quoted_spans(body_text, style)
        annotated = [q.get('text') for q in a['quotes'] if isinstance(q, dict)] + list(a['not_quotes'])
        if sorted(spans) != sorted(annotated):
            missing = [x for x in spans if x not in annotated]
            extra = [x for x in annotated if x not in spans]
            err(f'{aid}: quoted spans and quotes+not_quotes differ; unannotated={missing} unmatched={extra}')
        last = -1
        for q in a['quotes']:
            if not isinstance(q, dict) or list(q.keys()) != QUOTE_KEYS:
                err(f'{aid}: quote keys wrong: {q}')
                continue
            if q['kind'] not in QUOTE_KINDS:
                err(f'{aid}: bad quote kind {q["kind"]}')
            sk = q['speaker_key']
            if not (sk in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', sk) or re.fullmatch(r'country:[a-z]{2}', sk)):
                err(f'{aid}: speaker {sk} is neither a participant nor an org/country key')
            if sk.startswith('person:') and sk not in pkeys:
                err(f'{aid}: person speaker {sk} not a participant')
            marked = om + q['text'] + cm
            if q['text'] not in text:
                err(f'{aid}: quote not in article file: {q["text"][:50]}')
            pos = body_text.find(marked, last + 1)
            if pos < 0:
                err(f'{aid}: quote not found (in order) in body: {q["text"][:50]}')
            else:
                last = pos
            if fold(q['text']) in fold(noise_text):
                err(f'{aid}: quote text occurs in page noise: {q["text"][:40]}')
        for nq in a['not_quotes']:
            if not isinstance(nq, str) or (om + nq + cm) not in body_text:
                err(f'{aid}: not_quote not found with marks: {nq}')
        # facts
        evid_all = []
        pslugs = set()
        for f in a['facts']:
            if not isinstance(f, dict) or list(f.keys()) != FACT_KEYS:
                err(f'{aid}: fact keys wrong: {f}')
                continue
            if not isinstance(f['statement'], str) or not f['statement'].strip():
                err(f'{aid}: empty statement')
            ks = f['kind']
            if not isinstance(ks, list) or not ks or any(k not in FACT_KINDS for k in ks) or len(set(ks)) != len(ks):
                err(f'{aid}: bad fact kinds {ks}')
            sa = f['same_as']
            if not isinstance(sa, str) or not re.fullmatch(r'[a-z]+[0-9]{2}-[a-z0-9]+', sa):
                err(f'{aid}: bad same_as {sa!r}')
                continue
            pre = sa.split('-')[0]
            if pre != reg['prefix']:
                err(f'{aid}: same_as prefix {pre} is not the registered {reg["prefix"]}')
            if pre[-2:] != year[-2:]:
                err(f'{aid}: same_as prefix {pre} does not end in the year digits {year[-2:]}')
            if sa in pslugs:
                err(f'{aid}: same_as {sa} repeated in the article')
            pslugs.add(sa)
            if sa in e_slugs:
                err(f'{aid}: same_as {sa} used in earlier gold')
            if pre in e_prefixes:
                err(f'{aid}: same_as prefix {pre} used in earlier gold')
            slug_articles.setdefault(sa, []).append(aid)
            slug_kinds.setdefault(sa, []).append(tuple(sorted(ks)) if isinstance(ks, list) else ())
            if not isinstance(f['evidence'], list) or not f['evidence']:
                err(f'{aid}: fact {sa} without evidence')
                continue
            for ev in f['evidence']:
                if not isinstance(ev, str) or not ev:
                    err(f'{aid}: empty evidence in {sa}')
                    continue
                if ev not in text:
                    err(f'{aid}: evidence not in article file: {ev[:60]}')
                if ev != title and ev not in body_text:
                    err(f'{aid}: evidence not in headline or body: {ev[:60]}')
                if not sentence_bounded(ev, body_text, title):
                    err(f'{aid}: evidence not sentence-bounded: {ev[:60]}')
                if fold(ev) in fold(noise_text):
                    err(f'{aid}: evidence occurs in page noise: {ev[:60]}')
                evid_all.append(ev)
        for q in a['quotes']:
            marked = om + q['text'] + cm
            if not any(marked in ev for ev in evid_all):
                err(f'{aid}: quote outside every evidence string: {q["text"][:50]}')
        # word counts and noise
        bw = len(' '.join(body).split())
        fw = len(text.split())
        if not (420 <= bw <= 600):
            err(f'{aid}: body has {bw} words (420-600 required)')
        if fw > 760:
            err(f'{aid}: file has {fw} words')
        if len(header) < 3 or not tail or len(tail) < 2:
            err(f'{aid}: page noise missing at top or end')
        print(f'{aid}: quotes {len(a["quotes"])} not_quotes {len(a["not_quotes"])} participants {len(a["participants"])} '
              f'facts {len(a["facts"])} body words {bw} file words {fw} middle-noise lines {len(middle)} tail lines {len(tail)}')
        for k in totals:
            totals[k] += len(a[k])

    for f in files_present:
        if f[:-4] not in seen_ids:
            err(f'stray .txt file {f}')
    for aid in REG:
        if aid not in seen_ids:
            err(f'registered article {aid} missing from the gold file')
    # shape: 5 summits, 3 pairs, 2 singles
    groups = {}
    for aid, sm in summit_of.items():
        groups.setdefault(REG[aid]['group'], []).append(aid)
    if len(groups) != 5:
        err(f'{len(groups)} summits instead of 5')
    keyset = {}
    for g, members in groups.items():
        if len(members) != PAIRS.get(g):
            err(f'group {g} has {len(members)} articles, expected {PAIRS.get(g)}')
        data = {summit_of[m] for m in members}
        if len(data) != 1:
            err(f'group {g}: summit data differ between articles')
        for sm in data:
            keyset.setdefault((sm[0], fold(sm[1]), sm[3]), []).append(g)
        if len(members) == 2:
            if outlet_of[members[0]] == outlet_of[members[1]]:
                err(f'group {g}: pair from one outlet')
            shared = [s for s, arts_ in slug_articles.items() if sorted(arts_) == sorted(members)]
            if len(shared) < 5:
                err(f'group {g}: only {len(shared)} shared slugs')
            print(f'{g}: {len(shared)} shared slugs: ' + ', '.join(sorted(shared)))
    for k, gs in keyset.items():
        if len(gs) > 1:
            err(f'summit {k} split across groups {gs}')
    bodies = {}
    for g, members in groups.items():
        org = summit_of[members[0]][0]
        bodies[org] = bodies.get(org, 0) + 1
    if any(n > 2 for n in bodies.values()):
        err(f'more than two summits of one body: {bodies}')
    for sa, arts_ in slug_articles.items():
        if len(arts_) > 1:
            g0 = {REG[x]['group'] for x in arts_}
            if len(arts_) != 2 or len(g0) != 1 or PAIRS.get(g0.pop()) != 2 or arts_[0] == arts_[1]:
                err(f'same_as {sa} shared outside exactly one pair: {arts_}')
            if len(set(slug_kinds[sa])) != 1:
                err(f'same_as {sa} has different kinds in the pair')
    print('totals:', totals, 'bodies:', bodies)


if __name__ == '__main__':
    try:
        main()
    except Exception:
        traceback.print_exc()
        err('checker crashed')
    if errors:
        for e in errors:
            print('ERROR:', e)
        print(f'FAILED with {len(errors)} error(s)')
        sys.exit(1)
    print('heldout92: all checks passed')
    sys.exit(0)
