#!/usr/bin/env python3
"""Checker for held-out set heldout99. Exits 1 on any error (a crash counts)."""
import json, os, re, sys, datetime, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.environ.get('H99_EARLIER', os.path.normpath(os.path.join(HERE, '..', '..')))
USED = [["Abidjan", "2012"], ["Abidjan", "2017"], ["Abu Dhabi", "1981"], ["Abuja", "2019"], ["Abuja", "2024"], ["Accra", "2022"], ["Addis Ababa", "2007"], ["Addis Ababa", "2017"], ["Addis Ababa", "2024"], ["Addis Ababa", "2025"], ["Addu City", "2011"], ["Al-Ula", "2021"], ["Alexandria", "1964"], ["Algiers", "2022"], ["Alma-Ata", "1991"], ["Alofi", "2008"], ["Amman", "2001"], ["Amsterdam", "1997"], ["Antalya", "2015"], ["Antananarivo", "2016"], ["Antigua Guatemala", "2013"], ["Apia", "2017"], ["Apia", "2024"], ["Arusha", "2016"], ["Ashgabat", "2021"], ["Astana", "2017"], ["Astana", "2024"], ["Asunción", "2015"], ["Auckland", "1995"], ["Awaza", "2021"], ["Baghdad", "2012"], ["Baghdad", "2025"], ["Baku", "2019"], ["Bamako", "2017"], ["Bandar Seri Begawan", "2013"], ["Bangalore", "1986"], ["Bangkok", "2022"], ["Bangkok", "2025"], ["Banjul", "2024"], ["Barcelona", "2005"], ["Bariloche", "2009"], ["Basseterre", "2006"], ["Beijing", "2012"], ["Beijing", "2014"], ["Beijing", "2023"], ["Beirut", "2002"], ["Belgrade", "1961"], ["Belén", "2015"], ["Bento Gonçalves", "2019"], ["Berlin", "1999"], ["Biarritz", "2019"], ["Birmingham", "1998"], ["Bishkek", "2007"], ["Bishkek", "2019"], ["Bissau", "2023"], ["Blantyre", "1997"], ["Bodrum", "2014"], ["Bogor", "1994"], ["Bonn", "1982"], ["Borgo Egnazia", "2024"], ["Brasília", "2008"], ["Bratislava", "2016"], ["Bridgetown", "2002"], ["Brisbane", "2014"], ["Brussels", "2016"], ["Brussels", "2017"], ["Brussels", "2018"], ["Brussels", "2019"], ["Brussels", "2021"], ["Brussels", "2022"], ["Brussels", "2023"], ["Bucharest", "2006"], ["Bucharest", "2008"], ["Bucharest", "2018"], ["Budapest", "1994"], ["Buenos Aires", "2018"], ["Buenos Aires", "2023"], ["Bujumbura", "2023"], ["Burabay", "2015"], ["Busan", "2005"], ["Bürgenstock", "2024"], ["Cairns", "2009"], ["Cairo", "2024"], ["Cali", "2013"], ["Cali", "2017"], ["Camp David", "2012"], ["Camp David", "2023"], ["Cancún", "2017"], ["Cannes", "1995"], ["Cannes", "2011"], ["Caracas", "2011"], ["Carbis Bay", "2021"], ["Cartagena", "2012"], ["Cartagena", "2016"], ["Casablanca", "1989"], ["Cebu", "2007"], ["Chaguaramas", "1973"], ["Chicago", "2012"], ["Chisinau", "2023"], ["Cholpon-Ata", "2018"], ["Cochabamba", "2012"], ["Cologne", "1999"], ["Colombo", "2013"], ["Colombo", "2022"], ["Coolum", "2002"], ["Copenhagen", "2002"], ["Corfu", "1994"], ["Cotonou", "1995"], ["Cádiz", "2012"], ["Córdoba", "2006"], ["Da Nang", "2017"], ["Dakar", "2008"], ["Dakar", "2021"], ["Damascus", "2008"], ["Dar es Salaam", "2015"], ["Dar es Salaam", "2019"], ["Dead Sea", "2017"], ["Deauville", "2011"], ["Denver", "1997"], ["Dhahran", "2018"], ["Dhaka", "2005"], ["Diamniadio", "2014"], ["Dili", "2014"], ["Djerba", "2022"], ["Djibouti", "2023"], ["Doha", "2007"], ["Doha", "2013"], ["Dorado", "1976"], ["Dublin", "1990"], ["Dubrovnik", "2016"], ["Durban", "1999"], ["Durban", "2013"], ["Dushanbe", "2019"], ["Edinburgh", "1997"], ["Elmau", "2015"], ["Elmau", "2022"], ["Enniskillen", "2013"], ["Entebbe", "2024"], ["Essen", "1994"], ["Evian", "2003"], ["Fez", "1982"], ["Florence", "1996"], ["Florianópolis", "2000"], ["Fontainebleau", "1984"], ["Fort Lauderdale", "2005"], ["Fortaleza", "1996"], ["Fortaleza", "2014"], ["Freetown", "1980"], ["Funafuti", "2019"], ["Gabala", "2013"], ["Gaborone", "2015"], ["Genoa", "2001"], ["Georgetown", "2024"], ["Gleneagles", "2005"], ["Goa", "2016"], ["Gothenburg", "2001"], ["Goyang", "2024"], ["Granada", "2023"], ["Grand Anse", "1989"], ["Grand Baie", "2004"], ["Guadalajara", "1991"], ["Gyeongju", "2025"], ["Halifax", "1995"], ["Hamburg", "2017"], ["Hangzhou", "2016"], ["Hanoi", "2004"], ["Hanoi", "2010"], ["Hanover", "1988"], ["Harare", "2024"], ["Havana", "2006"], ["Havana", "2014"], ["Heiligendamm", "2007"], ["Helsinki", "1999"], ["Hiroshima", "2023"], ["Honolulu", "2011"], ["Houston", "1990"], ["Hua Hin", "2009"], ["Huntsville", "2010"], ["Inshas", "1946"], ["Islamabad", "2017"], ["Istanbul", "2004"], ["Istanbul", "2016"], ["Istanbul", "2021"], ["Jakarta", "2016"], ["Jakarta", "2023"], ["Jeddah", "2022"], ["Jeddah", "2023"], ["Johannesburg", "2015"], ["Johannesburg", "2023"], ["Johannesburg", "2025"], ["Kampala", "2007"], ["Kampala", "2010"], ["Kampala", "2024"], ["Kananaskis", "2002"], ["Kananaskis", "2025"], ["Kathmandu", "2014"], ["Kazan", "2005"], ["Kazan", "2024"], ["Khanty-Mansiysk", "2008"], ["Khartoum", "2006"], ["Kigali", "2016"], ["Kigali", "2022"], ["Kingston", "1975"], ["Kingstown", "2024"], ["Kinshasa", "1967"], ["Kinshasa", "2009"], ["Kinshasa", "2012"], ["Kiruna", "2013"], ["Koror", "2014"], ["Kraków", "2021"], ["Kroměříž", "2004"], ["Kuala Lumpur", "1998"], ["Kuala Lumpur", "2005"], ["Kuala Lumpur", "2015"], ["Kuala Lumpur", "2025"], ["Kuwait City", "2013"], ["Kuwait City", "2017"], ["Kyiv", "2006"], ["L'Aquila", "2009"], ["La Malbaie", "2018"], ["Labuan Bajo", "2023"], ["Lagos", "1975"], ["Lahore", "1974"], ["Las Leñas", "1992"], ["Libreville", "1983"], ["Lilongwe", "2021"], ["Lima", "2008"], ["Lima", "2016"], ["Lima", "2018"], ["Lima", "2024"], ["Limassol", "1993"], ["Lisbon", "1996"], ["Lisbon", "2007"], ["Lisbon", "2010"], ["Livingstone", "2011"], ["Ljubljana", "2019"], ["Lomé", "2000"], ["London", "1990"], ["London", "2009"], ["London", "2018"], ["Los Angeles", "2022"], ["Los Cabos", "2002"], ["Los Cabos", "2012"], ["Luanda", "2023"], ["Lusaka", "2007"], ["Luxembourg", "1997"], ["Lyon", "1996"], ["Maastricht", "1991"], ["Madang", "1995"], ["Madrid", "1997"], ["Madrid", "2022"], ["Majuro", "2013"], ["Malabo", "2011"], ["Malabo", "2014"], ["Malé", "1997"], ["Manama", "2016"], ["Manama", "2024"], ["Manila", "2015"], ["Manila", "2017"], ["Maputo", "2003"], ["Mar del Plata", "2005"], ["Mar del Plata", "2010"], ["Maseru", "2006"], ["Mbabane", "2016"], ["Mecca", "2012"], ["Mecca", "2019"], ["Medellín", "2019"], ["Melbourne", "1981"], ["Melbourne", "2024"], ["Mendoza", "2012"], ["Mendoza", "2017"], ["Mexico City", "2021"], ["Miami", "1994"], ["Milan", "1985"], ["Milan", "2014"], ["Minsk", "1993"], ["Mogadishu", "1974"], ["Moncton", "1999"], ["Monrovia", "2017"], ["Montego Bay", "2018"], ["Monterrey", "2004"], ["Montevideo", "2024"], ["Montreal", "2019"], ["Montreux", "2010"], ["Moscow", "2003"], ["Moscow", "2024"], ["Munich", "1992"], ["Muscat", "2008"], ["N'Djamena", "2014"], ["Nadi", "2006"], ["Nago", "2000"], ["Nairobi", "2016"], ["Nakhchivan", "2009"], ["Nanjing", "2009"], ["Naples", "1994"], ["Nassau", "1985"], ["Naypyidaw", "2014"], ["New Delhi", "2015"], ["New Delhi", "2023"], ["Newport", "2014"], ["Niamey", "2019"], ["Nice", "2000"], ["Nizhny Novgorod", "2011"], ["Nouakchott", "2016"], ["Nouakchott", "2018"], ["Nuku'alofa", "2007"], ["Nuku'alofa", "2024"], ["Nusa Dua", "2011"], ["Nusa Dua", "2022"], ["Nuuk", "2011"], ["Ocho Rios", "1982"], ["Olivos", "2002"], ["Osaka", "1995"], ["Osaka", "2019"], ["Oslo", "2023"], ["Ottawa", "1973"], ["Ouagadougou", "1998"], ["Ouro Preto", "1994"], ["Panama City", "2000"], ["Panama City", "2015"], ["Paracas", "2015"], ["Paramaribo", "2022"], ["Paranal", "2012"], ["Paraná", "2014"], ["Paris", "2008"], ["Pattaya", "2009"], ["Perth", "2011"], ["Phnom Penh", "2012"], ["Phnom Penh", "2022"], ["Pittsburgh", "2009"], ["Pohnpei", "2016"], ["Porlamar", "2016"], ["Port Louis", "1976"], ["Port Moresby", "2015"], ["Port Moresby", "2018"], ["Port Vila", "2010"], ["Port of Spain", "2009"], ["Port of Spain", "2023"], ["Porto", "1998"], ["Potrero de los Funes", "1996"], ["Prague", "2002"], ["Prague", "2016"], ["Praia", "1998"], ["Pretoria", "2017"], ["Puerto Iguazú", "2023"], ["Puerto Vallarta", "2018"], ["Puerto Varas", "2016"], ["Punta Cana", "2017"], ["Punta Mita", "2014"], ["Punta del Este", "1967"], ["Putrajaya", "2003"], ["Qingdao", "2018"], ["Quebec City", "2001"], ["Quebec City", "2008"], ["Quito", "2016"], ["Rabat", "1969"], ["Rambouillet", "1975"], ["Rancho Mirage", "2016"], ["Rarotonga", "2023"], ["Reykjavik", "2023"], ["Riga", "2006"], ["Riga", "2022"], ["Rio de Janeiro", "2023"], ["Rio de Janeiro", "2024"], ["Rio de Janeiro", "2025"], ["Riyadh", "2007"], ["Riyadh", "2011"], ["Rome", "2002"], ["Rome", "2021"], ["Rostov-on-Don", "2010"], ["Rovaniemi", "2019"], ["Salamanca", "2005"], ["Samara", "2007"], ["Samarkand", "2022"], ["San Francisco", "2023"], ["San Juan", "2010"], ["San Miguel de Tucumán", "2008"], ["San Pedro Sula", "2009"], ["Santa Cruz de la Sierra", "1996"], ["Santa Fe", "2019"], ["Santa Maria", "2018"], ["Santiago", "1998"], ["Santiago", "2007"], ["Santiago", "2013"], ["Santo Domingo", "2023"], ["Sanya", "2011"], ["Sanya", "2016"], ["Sea Island", "2004"], ["Seattle", "1993"], ["Seoul", "2000"], ["Seoul", "2010"], ["Seville", "2002"], ["Shanghai", "2001"], ["Shanghai", "2006"], ["Sharm el-Sheikh", "2008"], ["Sharm el-Sheikh", "2015"], ["Shima", "2016"], ["Shusha", "2024"], ["Sibiu", "2019"], ["Siem Reap", "2018"], ["Singapore", "2007"], ["Singapore", "2018"], ["Sirte", "2009"], ["Sirte", "2010"], ["Sochi", "2019"], ["Sofia", "2018"], ["St John's", "2014"], ["St Petersburg", "2002"], ["St Petersburg", "2006"], ["St Petersburg", "2013"], ["Stockholm", "2019"], ["Strasbourg", "1997"], ["Strasbourg", "2009"], ["Subic Bay", "1996"], ["Suva", "2022"], ["Sydney", "1978"], ["Sydney", "2007"], ["São Tomé", "2023"], ["Taif", "1981"], ["Tampere", "1999"], ["Taormina", "2017"], ["Tarawa", "2000"], ["Tashkent", "2016"], ["Tegucigalpa", "1991"], ["Tehran", "2012"], ["The Hague", "2004"], ["The Hague", "2025"], ["Thessaloniki", "2003"], ["Thimphu", "2010"], ["Tianjin", "2025"], ["Tirana", "2022"], ["Tokyo", "2015"], ["Tokyo", "2022"], ["Toronto", "1988"], ["Toronto", "2010"], ["Toyako", "2008"], ["Tripoli", "2010"], ["Trujillo", "1996"], ["Tunis", "2004"], ["Tunis", "2019"], ["Tunis", "2022"], ["Ufa", "2015"], ["Ulaanbaatar", "2016"], ["Ushuaia", "1998"], ["Valletta", "2005"], ["Valletta", "2015"], ["Vancouver", "1997"], ["Venice", "1980"], ["Veracruz", "2014"], ["Versailles", "1982"], ["Victoria Falls", "2009"], ["Vienna", "1993"], ["Vientiane", "2016"], ["Vientiane", "2024"], ["Villers-Cotterêts", "2024"], ["Vilnius", "2013"], ["Vilnius", "2023"], ["Visby", "1996"], ["Visegrád", "1991"], ["Viskuli", "1991"], ["Vladivostok", "2012"], ["Warsaw", "2016"], ["Warsaw", "2023"], ["Washington", "1999"], ["Washington", "2008"], ["Washington", "2022"], ["Washington", "2024"], ["Watford", "2019"], ["Wellington", "1971"], ["Williamsburg", "1983"], ["Wilmington", "2024"], ["Windhoek", "2018"], ["Windsor", "2000"], ["Xi'an", "2023"], ["Xiamen", "2017"], ["Yalta", "1998"], ["Yamoussoukro", "2014"], ["Yaoundé", "1996"], ["Yaren", "2018"], ["Yekaterinburg", "2009"], ["Yerevan", "2018"], ["Yerevan", "2022"], ["Yokohama", "2010"], ["Yokohama", "2013"]]
AVOID = ["Astana", "Paris", "Reykjavik", "Sanya", "Kathmandu", "San Pedro Sula", "Majuro", "Abuja", "Nusa Dua", "Bali", "Johannesburg", "Nairobi", "Kuwait City", "Windhoek", "Cadiz", "Caracas", "Sharm el-Sheikh", "Baku", "Ulaanbaatar", "Mecca", "Tehran", "Dushanbe", "Asunción", "Vilnius", "Prague", "Bangkok", "Cairo", "Cebu", "Veracruz", "Antananarivo", "Chisinau", "Sochi", "Kiruna", "Addu City", "Rancho Mirage", "Arusha", "New Delhi", "Xi'an", "Goyang", "Islamabad", "Kigali", "Warsaw", "Port of Spain", "Tokyo", "Stockholm", "Dili", "Accra", "Yekaterinburg", "Puerto Iguazú", "Valletta", "Tashkent", "Mexico City", "Naypyidaw", "Algiers", "Harare", "Yerevan", "Auckland", "Niamey", "Madrid", "Miami", "Suva", "Camp David", "Istanbul", "Djerba", "Lima", "Washington", "Thimphu", "Santo Domingo", "Manama", "Lilongwe", "Huntsville", "Maputo", "Samara", "Putrajaya", "Puerto Vallarta", "Toyako", "Damascus", "Dhaka", "Monterrey", "Brussels", "Elmau", "Phnom Penh", "Rovaniemi", "Colombo", "Djibouti", "Monrovia", "Bratislava", "Cancún", "Coolum", "Beijing", "Beirut", "Genoa", "Malabo", "Bandar Seri Begawan", "Brasília", "Alma-Ata (Almaty)", "Doha", "Rarotonga (Avarua)", "Durban", "Ouro Preto", "Banjul", "Vientiane", "Santiago", "Luanda", "Copenhagen", "Vancouver", "Khartoum", "Baghdad", "Rome", "Bishkek", "Birmingham", "Budapest", "Addis Ababa", "Belén", "Singapore", "London", "Helsinki", "Córdoba", "Victoria Falls", "Labuan Bajo", "Kuala Lumpur", "Yokohama", "Montreux", "Edinburgh", "Nouakchott", "Visegrád", "Shanghai", "Puerto Varas", "Cholpon-Ata", "Nanjing", "Bogor", "Denver", "Lomé", "Ushuaia", "Rostov-on-Don", "Lyon", "Quebec City", "Hanoi", "Gaborone", "Santa Fe", "Barcelona", "Cairns", "Sirte", "Quito", "Riga", "Seattle", "N'Djamena", "Khanty-Mansiysk", "Muscat", "Montego Bay", "Houston", "Nassau", "Amman", "Seoul", "Lusaka", "Halifax", "Gothenburg", "Tunis", "Hua Hin", "Cha-am", "Mendoza", "Havana", "Lisbon", "Alofi", "Ouagadougou", "St Petersburg", "Osaka", "Riyadh", "The Hague", "Blantyre", "Santa Cruz de la Sierra", "Bucharest", "Bariloche", "Bamako", "Ashgabat", "Malé", "Kananaskis", "Tirana", "Montevideo", "Abidjan", "Jakarta", "Nuuk", "Manila", "Georgetown", "Dakar", "Nizhny Novgorod", "Antigua Guatemala", "Cali", "Santa Maria (Sal)", "Melbourne", "Visby", "Kraków", "Kingstown", "Cartagena", "Nakhchivan", "Entebbe", "Lahore", "Bissau", "Port Moresby", "Kampala", "Abu Dhabi", "Cologne", "Tripoli", "Los Cabos", "Pretoria", "Dar es Salaam", "Dubrovnik", "Bento Gonçalves", "Oslo", "Siem Reap", "Moscow", "Dead Sea (Sweimeh)", "Montreal", "Moncton", "Awaza (Turkmenbashi)", "Pohnpei (Palikir)", "Medellín", "Limassol", "Punta Cana", "Yamoussoukro", "Bonn", "Casablanca", "Thessaloniki (Porto Carras, Halkidiki)", "San Juan", "Mbabane", "Minsk", "Paranal", "São Tomé", "Tegucigalpa", "Ljubljana", "Seville", "Kingston", "Pattaya", "Rabat", "Lagos", "Williamsburg", "Fez", "Kyiv", "Bangalore", "Grand Baie", "Guadalajara", "Yaoundé", "Fort Lauderdale", "Gabala", "Cotonou", "Maastricht", "Potrero de los Funes", "Subic Bay", "Kroměříž", "Yalta", "Chaguaramas", "Ocho Rios", "Punta Mita", "Libreville", "Praia", "Naples", "Venice", "Koror", "Inshas", "Ottawa", "Corfu", "Windsor", "Amsterdam", "Tucumán", "Munich", "Berlin", "Milan", "Las Leñas", "Nuku'alofa", "Jeddah", "Kinshasa", "Grand Anse", "Paracas", "Panama City", "Bridgetown", "Port Louis", "Cochabamba", "Bodrum", "Kazan", "Gyeongju", "Tarawa", "Apia", "Basseterre", "Versailles", "Nice", "Fontainebleau", "Toronto", "Florianópolis", "Luxembourg", "Tampere", "Salamanca", "Paraná", "Maseru", "Alexandria", "Freetown", "Bujumbura", "Burabay", "Mogadishu", "Belgrade", "Essen", "Vienna", "Dublin", "Trujillo", "Dorado", "Port Vila", "Paramaribo", "Nadi", "St John's", "Viskuli", "Rio de Janeiro", "Livingstone", "Mar del Plata", "Shusha", "Rambouillet", "Florence", "Strasbourg", "Cannes", "Porlamar", "Sibiu", "Punta del Este", "Hanover", "Olivos", "Fortaleza", "Madang", "Sydney", "Villers-Cotterêts", "Taif", "Wellington"]
META = {"h99_g7_montebello_kittiwake": {"style": "straight", "mid": ["PHOTO:"], "tail": "(Reporting by", "labels": []}, "h99_g7_montebello_kingfisher": {"style": "curly", "mid": ["Also in this week", "Subscribe to"], "tail": "READERS WRITE", "labels": []}, "h99_eu_stuttgart_whinchat": {"style": "straight", "mid": ["[Music bridge]"], "tail": "END OF TRANSCRIPT", "labels": ["PRESENTER:", "CORRESPONDENT:", "GOTTSCHALK-PENROSE:"]}, "h99_eu_stuttgart_cormorant": {"style": "curly", "mid": ["Inside today", "Picture:"], "tail": "Letters on this subject", "labels": []}, "h99_eu_santamariadafeira_sandpiper": {"style": "curly", "mid": ["We use cookies", "Caption:"], "tail": "COMMENTS (4)", "labels": []}, "h99_eu_santamariadafeira_kestrel": {"style": "straight", "mid": ["KEY FIGURES", "Conversion rate:", "Entry date:", "Read next:"], "tail": "Reader discussion", "labels": []}, "h99_asean_jeju_pipit": {"style": "straight", "mid": ["ADVERTISEMENT", "FAQ:", "Q: What is", "A: A summit"], "tail": "Share this article", "labels": []}, "h99_asean_busan_hornbill": {"style": "curly", "mid": ["Newsletter", "Most read"], "tail": "Join the conversation", "labels": []}}
PAIRS = [('h99_g7_montebello_kittiwake', 'h99_g7_montebello_kingfisher'),
         ('h99_eu_stuttgart_whinchat', 'h99_eu_stuttgart_cormorant'),
         ('h99_eu_santamariadafeira_sandpiper', 'h99_eu_santamariadafeira_kestrel')]
SINGLES = ['h99_asean_jeju_pipit', 'h99_asean_busan_hornbill']
ORG_NAMES = {'org:g7': ['Group of Seven', 'G7'], 'org:eu': ['European Council', 'European Union', 'European Community'],
             'org:asean': ['Association of Southeast Asian Nations', 'ASEAN']}
ALLOWED_ORGS = ['org:nato', 'org:g7', 'org:g8', 'org:g20', 'org:apec', 'org:asean', 'org:sco', 'org:brics', 'org:eu',
                'org:coe', 'org:osce', 'org:nordic-council', 'org:visegrad']
QUOTE_KINDS = {'direct', 'partial'}
FACT_KINDS = {'decision', 'reaction', 'outcome', 'pledge', 'membership'}
TOP_KEYS = ['about', 'articles']
ART_KEYS = ['id', 'split', 'file', 'title', 'published_at', 'authors', 'summit', 'quotes', 'not_quotes', 'participants', 'facts']
SUM_KEYS = ['organization', 'city', 'country', 'start_date', 'end_date', 'text_fields']
FIELDS = ['organization', 'city', 'country', 'start_date', 'end_date']
OPENING = ('Held-out set round 99 (split=heldout99), written by an independent annotator; not yet scored or read by '
           'anyone working on the extractors.')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def split_text(aid, text):
    m = META[aid]
    lines = text.split('\n')
    body, noise = [], lines[1:5]
    tail = False
    for i, ln in enumerate(lines):
        if i < 5:
            continue
        if ln.startswith(m['tail']):
            tail = True
        if tail or any(ln.startswith(p) for p in m['mid']):
            noise.append(ln)
        else:
            body.append(ln)
    if not tail:
        err('%s: tail marker not found' % aid)
    return lines, body, noise


def date_supported(d, pub, text):
    dd = datetime.date.fromisoformat(d)
    md = '%s %d' % (MONTHS[dd.month - 1], dd.day)
    if re.search(r'\b%s\b' % md, text):
        return True
    # "June 17 to 19", "June 19 and 20", "June 1 and 2"
    for m in re.finditer(r'\b(%s) (\d{1,2})(?: to | and )(\d{1,2})\b' % '|'.join(MONTHS), text):
        if MONTHS.index(m.group(1)) + 1 == dd.month and int(m.group(3)) == dd.day:
            return True
    delta = (pub - dd).days
    if 0 <= delta <= 6 and re.search(r'\b%s\b' % dd.strftime('%A'), text):
        return True
    if delta == 1 and re.search(r'\b(yesterday|last night)\b', text):
        return True
    if delta == 0 and re.search(r'\b(today|tonight)\b', text):
        return True
    return False


def earlier_slugs_and_summits():
    slugs, summits = set(), set()
    names = ['facts_gold.json'] + ['heldout%d_gold.json' % m for m in range(5, 99)]
    for n in names:
        p = os.path.join(EARLIER, n)
        if not os.path.exists(p):
            continue
        d = json.load(open(p, encoding='utf-8'))
        arts = d['articles'] if isinstance(d, dict) else d
        for a in arts:
            for f in a.get('facts', []) or []:
                if isinstance(f, dict) and f.get('same_as'):
                    slugs.add(f['same_as'])
            s = a.get('summit') or {}
            if isinstance(s, dict) and s.get('city') and s.get('start_date'):
                summits.add((fold(s['city']), str(s['start_date'])[:4]))
    return slugs, summits


def main():
    path = os.path.join(HERE, 'heldout99_gold.json')
    raw = open(path, encoding='utf-8').read()
    d = json.loads(raw)
    if list(d.keys()) != TOP_KEYS:
        err('top-level keys %r' % list(d.keys()))
    if not d['about'].startswith(OPENING):
        err('about text does not start with the required sentence')
    arts = d['articles']
    ids = [a.get('id') for a in arts]
    expected = [x for p in PAIRS for x in p] + SINGLES
    if sorted(ids) != sorted(expected) or len(set(ids)) != len(ids):
        err('article ids %r' % ids)
    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    if txts != sorted(i + '.txt' for i in ids):
        err('txt files %r do not match ids' % txts)
    used = set((fold(c), y) for c, y in USED)
    avoid = set()
    for c in AVOID:
        for part in re.split(r'[(),]', c):
            if part.strip():
                avoid.add(fold(part.strip()))
    eslugs, esummits = earlier_slugs_and_summits()
    print("earlier gold: %d slugs, %d summit city-years" % (len(eslugs), len(esummits)))
    slug_arts, slug_kinds = {}, {}
    summit_of = {}
    for a in arts:
        aid = a.get('id', '?')
        if list(a.keys()) != ART_KEYS:
            err('%s: article keys %r' % (aid, list(a.keys()))); continue
        if a['split'] != 'heldout99':
            err('%s: split' % aid)
        if a['file'] != 'articles/%s.txt' % aid:
            err('%s: file field' % aid)
        if not re.fullmatch(r'h99_[a-z0-9]+_[a-z]+_[a-z]+', aid):
            err('%s: id form' % aid)
        fp = os.path.join(HERE, aid + '.txt')
        if not os.path.exists(fp):
            err('%s: file missing' % aid); continue
        text = open(fp, encoding='utf-8').read()
        lines, body, noise = split_text(aid, text)
        bodytext = '\n'.join(body)
        noisetext = '\n'.join(noise)
        if lines[0] != a['title']:
            err('%s: title is not the first line' % aid)
        if lines[4] != '':
            err('%s: fifth line not blank' % aid)
        nb = len(' '.join(body).split())
        if not 420 <= nb <= 600:
            err('%s: body words %d' % (aid, nb))
        if len(noise) < 5:
            err('%s: too little page noise' % aid)
        if not any(ln.startswith(tuple(META[aid]['mid'])) for ln in lines[5:]) and not META[aid]['mid']:
            err('%s: no mid-article noise' % aid)
        pub = datetime.date.fromisoformat(a['published_at'])
        outlet = lines[1]
        if pub.strftime('%A') not in outlet or '%s %d, %d' % (MONTHS[pub.month - 1], pub.day, pub.year) not in outlet:
            err('%s: publication date not on the outlet line' % aid)
        if not isinstance(a['authors'], list) or not a['authors']:
            err('%s: authors' % aid)
        for au in a['authors']:
            if au not in '\n'.join(lines[1:5]):
                err('%s: author %s not in byline' % (aid, au))
        style = META[aid]['style']
        if style == 'straight' and re.search('[\u201c\u201d\u2018\u2019]', text):
            err('%s: curly mark in straight article' % aid)
        if style == 'curly' and re.search('["\']', text):
            err('%s: straight mark in curly article' % aid)
        # summit
        s = a['summit']
        if list(s.keys()) != SUM_KEYS:
            err('%s: summit keys' % aid); continue
        if s['organization'] not in ALLOWED_ORGS:
            err('%s: organisation not allowed' % aid)
        try:
            sd = datetime.date.fromisoformat(s['start_date']); ed = datetime.date.fromisoformat(s['end_date'])
            if sd > ed:
                err('%s: start after end' % aid)
            if not (sd <= pub <= ed + datetime.timedelta(days=21)):
                err('%s: publication date outside summit window' % aid)
        except Exception as e:
            err('%s: bad date %s' % (aid, e)); continue
        tf = s['text_fields']
        if not tf or [f for f in FIELDS if f in tf] != tf:
            err('%s: text_fields %r' % (aid, tf))
        ft = fold(a['title'] + '\n' + bodytext)
        for f in tf:
            if f == 'organization':
                if not any(re.search(r'\b%s\b' % re.escape(fold(n)), ft) for n in ORG_NAMES.get(s['organization'], [])):
                    err('%s: organisation not recoverable' % aid)
            elif f in ('city', 'country'):
                if not re.search(r'\b%s\b' % re.escape(fold(s[f])), ft):
                    err('%s: %s not in text' % (aid, f))
            else:
                if not date_supported(s[f], pub, a['title'] + '\n' + bodytext):
                    err('%s: %s not recoverable' % (aid, f))
        city = fold(s['city'])
        if city in avoid:
            err('%s: avoided city' % aid)
        if (city, str(sd.year)) in used or (city, str(sd.year)) in esummits:
            err('%s: city-year used before' % aid)
        summit_of[aid] = (s['organization'], s['city'], s['country'], s['start_date'], s['end_date'])
        # participants
        pkeys = []
        for p in a['participants']:
            if list(p.keys()) != ['key', 'role', 'affiliation']:
                err('%s: participant keys' % aid); continue
            if not re.fullmatch(r'person:[a-z0-9]+(-[a-z0-9]+)*', p['key']):
                err('%s: bad participant key %s' % (aid, p['key']))
            if not p['role'] or not p['affiliation']:
                err('%s: empty role/affiliation %s' % (aid, p['key']))
            toks = p['key'].split(':')[1].split('-')
            if not re.search(r'\b' + r'[\s-]+'.join(toks) + r'\b', re.sub("['\u2019]", '', ft)):
                err('%s: participant name not in text %s' % (aid, p['key']))
            for au in a['authors']:
                if fold(au).replace(' ', '-') in p['key']:
                    err('%s: author listed as participant' % aid)
            for tok in (p['role'], p['affiliation']):
                if style == 'curly' and "'" in tok or style == 'straight' and '\u2019' in tok:
                    err('%s: apostrophe style in participant %s' % (aid, p['key']))
            pkeys.append(p['key'])
        if len(set(pkeys)) != len(pkeys):
            err('%s: duplicate participant' % aid)
        # quotes
        opn, cls = ('"', '"') if style == 'straight' else ('\u201c', '\u201d')
        if style == 'straight':
            spans = []
            for ln in body:
                if ln.count('"') % 2:
                    err('%s: odd number of marks on a line' % aid)
                spans += re.findall(r'"([^"]*)"', ln)
        else:
            spans = re.findall('\u201c([^\u201c\u201d]*)\u201d', bodytext)
        annotated = [q['text'] for q in a['quotes'] if isinstance(q, dict)] + list(a['not_quotes'])
        if sorted(spans) != sorted(annotated):
            err('%s: quoted spans and annotations differ: %r' % (aid, set(spans) ^ set(annotated)))
        lastpos = -1
        all_ev = ' || '.join(e for f in a['facts'] for e in f.get('evidence', []))
        for q in a['quotes']:
            if list(q.keys()) != ['text', 'speaker_key', 'kind']:
                err('%s: quote keys' % aid); continue
            mark = opn + q['text'] + cls
            if q['text'] not in text or bodytext.count(mark) != 1:
                err('%s: quote not found once: %s' % (aid, q['text']))
            else:
                pos = bodytext.index(mark)
                if pos < lastpos:
                    err('%s: quotes out of order' % aid)
                lastpos = pos
            if q['text'] in noisetext:
                err('%s: quote in page noise' % aid)
            if q['kind'] not in QUOTE_KINDS:
                err('%s: quote kind %s' % (aid, q['kind']))
            if not (q['speaker_key'] in pkeys or re.fullmatch(r'org:[a-z0-9]+(-[a-z0-9]+)*', q['speaker_key'])):
                err('%s: speaker %s is not a participant or org key' % (aid, q['speaker_key']))
            if mark not in all_ev:
                err('%s: quote outside all evidence: %s' % (aid, q['text']))
        # facts
        seen = set()
        prefixes = set()
        for f in a['facts']:
            if list(f.keys()) != ['statement', 'kind', 'same_as', 'evidence']:
                err('%s: fact keys' % aid); continue
            if not f['statement']:
                err('%s: empty statement' % aid)
            if not isinstance(f['kind'], list) or not f['kind'] or not set(f['kind']) <= FACT_KINDS or len(set(f['kind'])) != len(f['kind']):
                err('%s: fact kind %r' % (aid, f['kind']))
            sl = f['same_as']
            if not isinstance(sl, str) or not re.fullmatch(r'[a-z]+\d\d-[a-z0-9]+', sl):
                err('%s: bad slug %r' % (aid, sl)); continue
            if sl in seen:
                err('%s: slug repeated %s' % (aid, sl))
            seen.add(sl)
            prefixes.add(sl.split('-')[0])
            if sl in eslugs:
                err('%s: slug used in earlier gold %s' % (aid, sl))
            slug_arts.setdefault(sl, []).append(aid)
            slug_kinds.setdefault(sl, []).append(tuple(sorted(f['kind'])))
            if not f['evidence']:
                err('%s: no evidence for %s' % (aid, sl))
            for e in f['evidence']:
                if e != e.strip() or not e:
                    err('%s: evidence spacing %s' % (aid, sl))
                if e == a['title']:
                    continue
                if e not in bodytext:
                    err('%s: evidence not in body: %s' % (aid, e[:60]))
                if e in noisetext:
                    err('%s: evidence in page noise: %s' % (aid, e[:60]))
        if len(prefixes) != 1 or not list(prefixes)[0].endswith(str(sd.year)[2:]):
            err('%s: slug prefixes %r' % (aid, prefixes))
        for p in a['participants']:
            nm = ' '.join(w.capitalize() for w in p['key'].split(':')[1].split('-'))
            if fold(nm) in fold(noisetext) and fold(nm) not in fold(bodytext):
                err('%s: participant only in page noise' % aid)
    # pairs and slugs
    pair_of = {}
    for x, y in PAIRS:
        pair_of[x] = pair_of[y] = (x, y)
        if summit_of.get(x) != summit_of.get(y):
            err('pair %s/%s disagrees on summit' % (x, y))
        if open(os.path.join(HERE, x + '.txt'), encoding='utf-8').read().split('\n')[1].split(' | ')[0] == \
           open(os.path.join(HERE, y + '.txt'), encoding='utf-8').read().split('\n')[1].split(' | ')[0]:
            err('pair %s/%s from one outlet' % (x, y))
    if len(set(summit_of.values())) != 5:
        err('expected 5 summits, got %d' % len(set(summit_of.values())))
    orgs = [v[0] for v in set(summit_of.values())]
    if len(set(orgs)) < 3 or max(orgs.count(o) for o in orgs) > 2:
        err('body mix %r' % orgs)
    shared = {}
    for sl, al in slug_arts.items():
        if len(al) == 1:
            continue
        if len(al) != 2 or al[0] not in pair_of or pair_of[al[0]] != pair_of.get(al[1]) or al[0] == al[1]:
            err('slug %s in articles %r' % (sl, al)); continue
        if len(set(slug_kinds[sl])) != 1:
            err('slug %s with different kinds' % sl)
        shared.setdefault(pair_of[al[0]], []).append(sl)
    for p in PAIRS:
        if len(shared.get(p, [])) < 4:
            err('pair %r shares too few slugs' % (p,))
    pre = {}
    for sl, al in slug_arts.items():
        pre.setdefault(sl.split('-')[0], set()).add(summit_of.get(al[0]))
    for k, v in pre.items():
        if len(v) != 1:
            err('prefix %s used by two summits' % k)
    for a in arts:
        print('%s: %d quotes, %d participants, %d facts' % (a['id'], len(a['quotes']), len(a['participants']), len(a['facts'])))
    for p in PAIRS:
        print('shared %s: %s' % (p[0].split('_')[2], ', '.join(sorted(shared.get(p, [])))))


try:
    main()
except Exception as e:
    import traceback
    traceback.print_exc()
    errors.append('crash: %r' % e)
if errors:
    for e in errors:
        print('ERROR:', e)
    sys.exit(1)
print('OK: heldout99 passes')
