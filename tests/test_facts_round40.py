"""Round-40 mechanisms (issue 6 round 40, read from the burned heldout39 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles; the bodies and cities named are real, since the
organisations and cities tables and the summit calendar are what the tests check."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, summit_fields, summit_of



def test_the_russia_africa_summit_is_its_own_body_not_the_african_unions():
    summit = summit_of("African Union leaders flew to the Black Sea for the Russia-Africa Summit, where grain was "
                       "the first topic.", published_at=datetime(2019, 10, 26))
    assert summit_fields(summit) == ("Russia-Africa Summit", "Sochi", "Russia", "2019-10-23", "2019-10-24")


def test_a_pairing_the_organisations_table_keeps_is_found_behind_a_dotted_state_name():
    summit = summit_of("Ten Southeast Asian leaders arrived for the U.S.-ASEAN summit at Sunnylands on Monday.",
                       published_at=datetime(2016, 2, 18))
    assert summit_fields(summit) == ("US-ASEAN Summit", "Rancho Mirage", "United States", "2016-02-15", "2016-02-16")


def test_arctic_council_ministerials_and_the_moldova_epc_summit_take_their_venue_and_days_from_the_calendar():
    arctic = summit_of("Foreign ministers of the Arctic Council met far above the Arctic Circle and admitted new "
                       "observers at the summit.", published_at=datetime(2013, 5, 17))
    assert summit_fields(arctic) == ("Arctic Council", "Kiruna", "Sweden", "2013-05-15", "2013-05-15")
    epc = summit_of("Leaders of the European Political Community gathered at a wine estate in Bulboaca, outside "
                    "Chisinau, for their summit.", published_at=datetime(2023, 6, 2))
    assert (epc.city, str(epc.start_date)) == ("Chisinau", "2023-06-01")


def test_a_states_president_before_a_verb_is_the_holder_named_before():
    body = ("EPC leaders met in Granada for their summit on Thursday. Volodymyr Zelenskyy arrived by road. Ukraine's "
            'president thanked the hosts for "holding the line" and left.')
    speakers = quote_speakers(body, published_at=datetime(2023, 10, 6))
    assert speakers["holding the line"] == "person:volodymyr-zelenskyy"


def test_ato_is_a_form_of_address_and_a_hunter_named_after_the_trade_is_a_person():
    body = ("EPC leaders met in Granada for their summit on Thursday. Ato Bekele Tesfaye, a lecturer, watched. \"It "
            'was a room without cameras," he said. Outside the store, hunter Aputi Kilabuk had a test. "She has to come '
            'home and listen," he said.')
    speakers = quote_speakers(body)
    assert speakers["It was a room without cameras"] == "person:bekele-tesfaye"
    assert speakers["She has to come home and listen"] == "person:aputi-kilabuk"
