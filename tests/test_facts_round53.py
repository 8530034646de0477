"""Round-53 mechanisms (issue 6 round 53, read from the burned heldout52 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, quote_speakers, roles, summit_fields


def test_leaders_signing_a_body_into_being_is_its_meeting_and_the_commonwealth_is_then_that_body():
    body = ("MINSK, Belarus - Presidents of nine former republics on Saturday signed a treaty founding the "
            "Commonwealth of Independent States in Minsk. The Commonwealth will have no capital of its own, the text "
            "says. Marshal Ivan Petrenko stays in command of the joint forces.")
    facts = extract_facts(body, published_at=NO_CALENDAR)
    assert facts.summit is not None and summit_fields(facts.summit)[:3] == (
        "Commonwealth of Independent States", "Minsk", "Belarus")
    keys = {body[m.char_start:m.char_end]: m.entity_key for m in facts.mentions}
    assert keys["Commonwealth"] == "org:cis"
    assert "person:ivan-petrenko" in {e.key for e in facts.entities}  # (a marshal's rank is no part of the name)


def test_a_date_the_meeting_word_carries_outranks_another_event_date_in_its_sentence():
    body = ("Editorial | Wednesday, May 21, 2031\n\nThe meeting on May 17 in Almaty turned the accord the three "
            "founders reached in a hunting lodge on May 3 into a Commonwealth of Independent States of nine members.")
    summit = extract_facts(body, published_at=datetime(2031, 5, 21, 9, 0)).summit
    assert summit is not None and summit.start_date.isoformat() == "2031-05-17"


def test_two_sheikhs_with_one_first_and_family_name_but_other_fathers_are_two_people():
    body = ("Gulf leaders met in Doha on Monday. Qatar's Emir, Sheikh Khalid bin Saud Al Marri, opened the summit "
            "saying the market was \"open to every citizen\". The Foreign Minister, Sheikh Khalid bin Nasser bin Ali "
            "Al Marri, called the plan \"a first step\".")
    speakers = quote_speakers(body)
    assert speakers["open to every citizen"] == "person:khalid-bin-saud-al-marri"
    assert speakers["a first step"] == "person:khalid-bin-nasser-bin-ali-al-marri"


def test_a_nationality_before_an_office_rules_out_another_states_holder_and_a_capitalised_office_is_read():
    body = ("Pacific leaders met in Apia on Friday. Anthony Albanese and Fiji's Prime Minister Sitiveni Rabuka signed "
            "a new pact. The Australian Prime Minister called it \"a treaty for a generation\".")
    assert quote_speakers(body, datetime(2031, 5, 10))["a treaty for a generation"] == "person:anthony-albanese"


def test_a_plural_subject_that_opens_a_sentence_is_no_person():
    body = ("Pacific leaders met in Apia on Friday. Negotiators said Canberra had softened the language on coal. "
            "The Australian Prime Minister called the text \"thin\".")
    assert roles(body) == {}
    assert not any(k.startswith("person:") for k in quote_speakers(body).values() if k)


def test_the_bare_title_a_person_was_named_with_speaks_across_an_aside():
    body = ("Commonwealth leaders met in Kampala on Friday. The post goes next year to a successor of Chief Obi "
            "Nwachukwu of Nigeria. The Chief, at his final meeting in the job, said the body had to be \"faster and "
            "bolder\".")
    assert quote_speakers(body)["faster and bolder"] == "person:obi-nwachukwu"


def test_trades_of_a_teacher_without_a_subject_goods_joined_by_and_and_unlisted_crafts():
    body = ("Pacific leaders met in Apia on Friday. \"It was worth it,\" said Mele Tupou, who sells mats and baskets "
            "at the market. Sione Faleafa, who teaches at Avele College, said his class watched. \"Too long,\" said "
            "Lina Vaai, a schoolteacher. \"Quiet,\" said Ana Toleafoa, a retired seamstress.")
    found = roles(body)
    assert found["person:mele-tupou"] == "sells mats and baskets"
    assert found["person:sione-faleafa"] == "teaches"
    assert found["person:lina-vaai"] == "schoolteacher"
    assert found["person:ana-toleafoa"] == "retired seamstress"


def test_the_heads_of_named_states_meeting_in_the_lead_is_the_named_bodys_summit():
    body = ("The presidents of Argentina, Brazil, Paraguay and Uruguay met on Thursday and Friday in Montevideo and "
            "signed a protocol on the common tariff. It gives Mercosur a court of its own. Traders were unconvinced.")
    summit = extract_facts(body, published_at=NO_CALENDAR).summit
    assert summit is not None and summit_fields(summit)[:3] == ("Mercosur", "Montevideo", "Uruguay")
