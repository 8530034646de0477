"""Round-10 mechanisms (issue 6 round 10, read from the burned heldout9 set's misses): the host city is not a city
another summit met in ("Next year the G7 meets in X", "the inaugural summit in Y in 1994"), a city that names the
summit's text is evidence of the venue ("the Melbourne Declaration"), "flew into X" names the venue, and a proper
summit name no standing body owns ("the US-Africa Leaders Summit") outweighs a body mentioned in passing. Every
sentence is invented for the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import analyse, extract_facts
from extractors.facts.summit import detect_summit


def _summit(body: str, year: int = 2031):
    return extract_facts(body, published_at=datetime(year, 5, 10)).summit  # a year no calendar entry covers


def test_another_summits_city_is_not_the_venue():
    body = ("G7 leaders closed their summit on Friday with a pledge on food. Next year the G7 meets in Hiroshima. "
            "The first such summit in Rambouillet in 1975 was smaller.")
    assert _summit(body).city is None


def test_a_city_naming_the_summits_text_and_flying_into_a_city_name_the_venue():
    assert _summit("Leaders who flew into Nairobi this week praised the summit.").city == "Nairobi"
    assert _summit("The summit ended with the Accra Declaration. Critics in Lagos were unimpressed.").city == "Accra"


def test_a_proper_summit_name_outweighs_a_body_mentioned_in_passing():
    body = ("The African Union's chairperson attended as the Canada-Africa Leaders Summit closed on Friday. The "
            "African Union welcomed it. The African Union will meet in February.")
    assert detect_summit(analyse(body), published_at=datetime(2031, 5, 10))[1] == "org:canada-africa-leaders-summit"
    # a standing body's own summit with a capital S is the body's
    assert detect_summit(analyse("The G20 Summit closed in Osaka on Friday."),
                         published_at=datetime(2031, 5, 10))[1] == "org:g20"
