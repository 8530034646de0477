"""Round-52 mechanisms (issue 6 round 52, read from the burned heldout51 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, quote_speakers, roles, summit_fields, summit_of

_SIDE_BY_SIDE = ("The 26th East Asia Summit closed on Tuesday in Vientiane, a day after the ASEAN summit. The East Asia "
                 "Summit, joined by the premiers of China and Japan, adopted a statement on clean energy; the ASEAN "
                 "Summit had agreed on a fund for rice reserves.")


def test_a_side_meeting_is_the_summit_only_when_the_headline_names_it_and_not_its_host_body():
    east_asia = extract_facts(_SIDE_BY_SIDE, title="East Asia Summit backs clean energy", published_at=NO_CALENDAR)
    asean = extract_facts(_SIDE_BY_SIDE, title="ASEAN and East Asia Summit wrap up in Vientiane",
                          published_at=NO_CALENDAR)
    quoted = extract_facts(_SIDE_BY_SIDE, title="'ASEAN comes first': the East Asia Summit week",
                           published_at=NO_CALENDAR)
    assert east_asia.summit is not None and east_asia.summit.organization == "East Asia Summit"
    assert asean.summit is not None and asean.summit.organization == "ASEAN"
    assert quoted.summit is not None and quoted.summit.organization == "East Asia Summit"  # (a quotation names none)


def test_unasur_is_a_body_of_its_own_and_brasilia_keeps_its_accent():
    body = ("Twelve South American presidents met in Brasilia on Friday and signed the founding treaty of the Union "
            "of South American Nations. Mercosur and the Andean Community will keep their own secretariats. The new "
            "union's summit left the post of secretary-general empty.")
    summit = summit_of(body)
    assert summit is not None and summit_fields(summit)[:3] == ("UNASUR", "Brasília", "Brazil")


def test_a_newsletter_sent_every_monday_and_thursday_dates_nothing():
    body = ("Hemisphere Weekly | Saturday, May 10, 2031\n\nCARICOM leaders met in Bridgetown on Friday and agreed a "
            "common visa. Get our digest in your inbox every Monday and Thursday.")
    summit = extract_facts(body, title="CARICOM agrees a visa", published_at=datetime(2031, 5, 10, 9, 0)).summit
    assert summit is not None and (summit.start_date.isoformat(), summit.end_date.isoformat()) == (
        "2031-05-09", "2031-05-09")


def test_an_office_holder_inside_a_run_of_forms_of_address_is_the_holder_and_a_quoted_leader_takes_part():
    body = ("ASEAN leaders met in Bandar Seri Begawan on Wednesday. The meeting was opened by His Majesty Sultan Haji "
            "Hassanal Bolkiah Mu'izzaddin Waddaulah. Jakarta sent its vice-president. Silvio Berlusconi, on a private "
            'visit, dropped by the hotel. "I came for the food," he said.')
    facts = extract_facts(body, published_at=datetime(2009, 4, 9, 9, 0))
    keys = {p.entity_key for p in facts.participants}
    assert "person:hassanal-bolkiah" in keys and not any("waddaulah" in k for k in keys)
    assert {q.speaker_key for q in facts.quotes} == {"person:silvio-berlusconi"}
    assert "person:silvio-berlusconi" in keys  # named once, but quoted: the offices table gives his role


def test_a_plural_office_over_names_with_their_states_is_each_ones():
    body = ("G8 leaders met in Kananaskis on Thursday. They were joined by four African presidents, Koffi Mensah of "
            "Ghana, Ibrahima Diallo of Senegal, Tunde Bakare of Nigeria and Musa Banda of Malawi, and by three prime "
            "ministers, Anna Kowalczyk, Pedro Ramos and Ivo Horvat.")
    found = {key: role.lower() for key, role in roles(body).items()}
    for key in ("koffi-mensah", "ibrahima-diallo", "tunde-bakare", "musa-banda"):
        assert found[f"person:{key}"] == "president"
    for key in ("anna-kowalczyk", "pedro-ramos", "ivo-horvat"):
        assert found[f"person:{key}"] == "prime minister"  # (not "three prime ministers")


def test_a_trade_in_goods_sold_keeps_the_plural_of_goods():
    body = ("G20 leaders met in Genoa on Friday. \"Nobody came,\" said Lia Ferri, who sells leather goods by the "
            "harbour. \"Quiet,\" said Ugo Bassi, who sells groceries near the station.")
    found = roles(body)
    assert found["person:lia-ferri"] == "sells leather goods"
    assert found["person:ugo-bassi"] == "sells groceries"


def test_the_person_spoken_to_at_the_turn_start_is_not_the_speaker_and_the_secretary_general_is_the_one_named():
    body = ("AU leaders met in Addis Ababa on Monday. Our presenter is Yaw Boateng.\n\n"
            "OKAFOR: Yaw, the final text says the court \"undermines peace\" in the region.\n\n"
            "BOATENG: And the UN?\n\n"
            "OKAFOR: Antonio Guterres spoke at the opening. The Secretary-General told the leaders that Sudan needed "
            "\"a ceasefire that holds\".")
    speakers = quote_speakers(body)
    assert speakers["undermines peace"] == "org:african-union"
    assert speakers["a ceasefire that holds"] == "person:antonio-guterres"


def test_a_fronted_phrase_closed_by_its_country_and_day_hides_no_speaker():
    body = ("The African Union spoke with one voice. At the end of its summit in Niamey, Niger, on Sunday, the "
            "Assembly decided that member states “will not extradite” any sitting head of state. Doctors Without "
            "Borders called the new health fund \"too small\".")
    speakers = quote_speakers(body)
    assert speakers["will not extradite"] == "org:african-union"
    assert speakers["too small"] == "org:medecins-sans-frontieres"
