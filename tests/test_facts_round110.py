"""Round-110 mechanisms (issue 6 round 110, read from the burned heldout109 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, summit_of


def test_a_city_the_message_is_aimed_at_or_an_earlier_killing_took_place_in_is_not_the_venue():
    body = ("Tampere Daily | Tampere | Monday, November 20, 2006\n\n"
            "The leaders of the European Union met at the concert hall by the lake on Friday for an informal summit. "
            "Their energy message was aimed squarely at Moscow. Several leaders raised the case of a reporter who was "
            "shot in Moscow on November 2.")
    found = summit_of(body, datetime(2006, 11, 20), title="One long dinner: what Tampere kept from the summit")
    assert (found.city, found.country) == ("Tampere", "Finland")


def test_a_day_the_town_prepared_before_the_summit_is_not_its_first_day():
    body = ("Tampere Daily | Tampere | Monday, November 20, 2006\n\n"
            "The leaders of the European Union met in Tampere on Friday for an informal summit. Streets around the "
            "station were closed from Thursday evening and police came from all over the country.")
    found = summit_of(body, datetime(2006, 11, 20), title="Leaders meet in Tampere")
    assert (str(found.start_date), str(found.end_date)) == ("2006-11-17", "2006-11-17")


def test_a_headline_place_after_a_question_word_counts():
    body = ("Tampere Daily | Monday, November 20, 2006\n\n"
            "The leaders of the European Union met at the concert hall by the lake on Friday for an informal summit. "
            "Some of them had flown in from Helsinki, and the Helsinki papers were full of it.")
    found = summit_of(body, datetime(2006, 11, 20), title="What Tampere kept from the summit")
    assert found.city == "Tampere"


def test_turning_down_a_request_is_a_rejection():
    body = ("The Mercosur presidents met in Luque on Thursday for a summit. The summit also turned down a request from "
            "Ukraine's president to speak to the leaders by video.")
    assert any(k.startswith("decision:org:mercosur:reject-request") for k in fact_keys(body))


def test_answered_is_a_speech_verb():
    body = ("The Mercosur presidents met in Luque on Thursday for a summit. \"The bloc is only strong when it "
            "negotiates together,\" Alberto Fernandez answered.")
    assert quote_speakers(body)["The bloc is only strong when it negotiates together"] == "person:alberto-fernandez"


def test_others_climate_pledges_called_in_are_no_pledge():
    body = ("CARICOM heads of government met in Gros Islet on Wednesday for their summit. The heads also called on the "
            "rich economies to honour their pledges on climate finance.")
    assert not any(k.startswith("pledge:") and "climate" in k for k in fact_keys(body))


def test_an_initiative_they_launched_earlier_this_year_is_no_decision_of_this_meeting():
    body = ("CARICOM heads of government met in Gros Islet on Wednesday for their summit. They backed the Montevideo "
            "Mechanism, the initiative they launched earlier this year with Mexico and Uruguay.")
    assert not any(":launch-" in k for k in fact_keys(body))
