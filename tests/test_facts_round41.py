"""Round-41 mechanisms (issue 6 round 41, read from the burned heldout40 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles; the bodies and cities named are real, since the
organisations and cities tables and the summit calendar are what the tests check."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import key_parts, quote_speakers, roles, summit_fields, summit_of



def test_eco_india_africa_and_korea_africa_summits_come_from_the_calendar():
    eco = summit_of("Leaders of the Economic Cooperation Organization closed their summit with a pledge on trade "
                    "corridors.", published_at=datetime(2023, 11, 11))
    assert summit_fields(eco) == ("Economic Cooperation Organization", "Tashkent", "Uzbekistan", "2023-11-09", "2023-11-09")
    iafs = summit_of("Forty African heads of state came for the India-Africa Forum Summit and a banquet at the "
                     "Indira Gandhi stadium.", published_at=datetime(2015, 10, 31))
    assert summit_fields(iafs) == ("India-Africa Forum Summit", "New Delhi", "India", "2015-10-26", "2015-10-29")
    korea = summit_of("Forty-eight African delegations attended the Korea-Africa Summit, where critical minerals "
                      "were the talk of the halls.", published_at=datetime(2024, 6, 7))
    assert summit_fields(korea) == ("Korea-Africa Summit", "Goyang", "South Korea", "2024-06-04", "2024-06-05")


def test_a_body_meeting_in_another_countrys_city_is_another_meeting_and_the_venue_summit_is_the_calendars():
    summit = summit_of("Xi Jinping hosted five Central Asian presidents in Xi'an this week. Some saw the Xi'an summit "
                       "as a reply to the G7 meeting in Hiroshima, which began the same day.",
                       published_at=datetime(2023, 5, 21))
    assert summit_fields(summit) == ("China-Central Asia Summit", "Xi'an", "China", "2023-05-18", "2023-05-19")


def test_the_eac_summit_of_2016_was_in_arusha_even_when_the_story_is_filed_from_nairobi():
    summit = summit_of("NAIROBI - Traders at the market heard the news on the radio. At their ordinary summit in the "
                       "Tanzanian city of Arusha, East African Community leaders told members to phase out used "
                       "clothes.", published_at=datetime(2016, 3, 6))
    assert summit_fields(summit)[:3] == ("East African Community", "Arusha", "Tanzania")


def test_a_former_office_before_a_nationality_keeps_its_status_in_capitals_too():
    found = roles("EAC leaders met at their summit in Arusha. Former Ghanaian President John Kufuor was asked to "
                  "mediate, and the former Kenyan president Mwai Kibaki sent a message.")
    assert found["person:john-kufuor"].lower() == "former president"
    assert found["person:mwai-kibaki"] == "former president"


def test_a_month_after_a_form_of_address_is_a_first_name():
    speakers = quote_speakers("EAC leaders met at their summit in Arusha. The trade minister, Hon. June Mwakasege, "
                              'told reporters the deal was "a fair start".')
    assert speakers["a fair start"] == "person:june-mwakasege"


def test_a_trade_given_by_a_relative_clause_is_the_role():
    found = roles("EAC leaders met at their summit in Arusha. Zawadi Mushi, who lectures in public law at the "
                  "University of Dodoma, was unconvinced. Dr Omari Kilonzo, who lectures on trade at a college in "
                  "Moshi, agreed. Neema Lyimo, who teaches geography at a secondary school in Arusha, was hopeful. "
                  "Salim Kombo, who teaches economics at the University of Nairobi, was not. Halima Said, who has "
                  "run a small bakery near the clock tower for ten years, sold out. Joseph Massawe, who owns a coffee "
                  "shop on Sokoine Road, did too.")
    assert found["person:zawadi-mushi"] == "lectures in public law"
    assert found["person:omari-kilonzo"] == "lectures on trade"
    assert found["person:neema-lyimo"] == "teaches geography"
    assert found["person:salim-kombo"] == "teaches economics"
    assert found["person:halima-said"] == "bakery owner"
    assert found["person:joseph-massawe"] == "owns a coffee shop"


def test_she_is_the_one_woman_named_before_and_a_leader_marked_his_is_not_her():
    body = ("President Hilda Heine of the Marshall Islands came to the Pacific Islands Forum summit in Apia on "
            "Monday.\n\nIn his welcome, Prime Minister Tuilaepa opened the session.\n\nThe agenda was long. Fisheries "
            "came first. Climate came second. Then the leaders turned to shipping.\n\nIn the closed session our "
            'President told the others that the atolls were running out of time. "We cannot wait for the next '
            'report," she said.')
    assert quote_speakers(body)["We cannot wait for the next report"] == "person:hilda-heine"


def test_a_bracketed_sound_bite_label_names_the_speaker():
    body = ("The India-Africa Forum Summit ended in New Delhi on Thursday.\n\n[SOT: PRESIDENT JACOB ZUMA] \"Africa is "
            'not a market to be divided. We came as partners."\n\nREPORTER: The leaders left for the airport.')
    assert quote_speakers(body)["Africa is not a market to be divided. We came as partners"] == "person:jacob-zuma"


def test_the_subject_after_an_according_to_source_is_the_speaker():
    body = ("The India-Africa Forum Summit ended in New Delhi on Thursday. President Mahama met Mr Modi in the "
            "afternoon. According to his press secretary, Stan Dogbe, the President told his host that Ghana "
            'wanted "a fair price for cocoa".')
    assert quote_speakers(body)["a fair price for cocoa"] == "person:mahama"


def test_the_president_of_the_sentence_before_is_the_one_meant_when_two_are_named():
    body = ("The India-Africa Forum Summit ended in New Delhi on Thursday. Zimbabwe's President Robert Mugabe spoke "
            "first. Later President Kenyatta met Mr Modi. The President said Kenya wanted \"more flights to Nairobi\".")
    assert quote_speakers(body)["more flights to Nairobi"] == "person:kenyatta"


def test_korea_alone_is_the_south_korean_state_not_a_person():
    body = ("Forty-eight African delegations came to the Korea-Africa Summit. Every leader wanted Korea to invest. "
            "\"We want factories, not promises,\" said Korea's guest of honour, Macky Sall.")
    assert "person:korea" not in key_parts(body)
    assert quote_speakers(body)["We want factories, not promises"] == "person:macky-sall"
