"""Round-49 mechanisms (issue 6 round 49, read from the burned heldout48 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, roles, summit_fields, summit_of


def test_a_service_before_a_title_stays_and_a_sized_trade_keeps_its_naming_word():
    found = roles("Arab League leaders met in Riyadh for their summit. They backed the navy chief, Omar Haddad, for "
                  "the post. Lina Saber, who runs a forty-seat falafel restaurant near the souq, was pleased. Customs "
                  "broker Tariq Nabulsi was not.")
    assert found["person:omar-haddad"] == "navy chief"
    assert found["person:lina-saber"] == "runs a forty-seat falafel restaurant"
    assert found["person:tariq-nabulsi"].lower() == "customs broker"


def test_the_leaders_of_a_list_of_countries_speak_as_the_meeting():
    body = ("G20 leaders met in Riyadh for their summit. On Sunday the leaders of Brazil, India, Germany and Canada "
            'pledged to "work together" with the W.H.O. on "a fair share of" vaccines. Xi hosted the leaders of '
            'Brazil, Russia and India at a "Forum of Friends of the South".')
    speakers = quote_speakers(body)
    assert speakers["work together"] == "org:g20"
    assert speakers["a fair share of"] == "org:g20"
    assert "Forum of Friends of the South" not in speakers  # (a name, not words anyone said)


def test_a_called_off_date_and_a_weekly_habit_are_no_days_of_the_meeting():
    body = ("The Brussels Letter | Explainers | Tuesday, May 13, 2031\n\n"
            "On Sunday, at an EU-Japan summit in Brussels, the leaders signed the trade pact. The summit was first "
            "scheduled for Thursday 8 May and was called off the day before. Our newsletter comes out every Tuesday.")
    summit = summit_of(body, datetime(2031, 5, 13))  # (a date the summit calendar does not cover)
    assert summit_fields(summit)[3:] == ("2031-05-11", "2031-05-11")


def test_words_a_body_threatened_are_a_quotation():
    body = ('G20 leaders met in Riyadh for their summit. On Monday they threatened "targeted and other steps" '
            "against the smugglers.")
    assert quote_speakers(body)["targeted and other steps"] == "org:g20"
