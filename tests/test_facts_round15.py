"""Round-15 mechanisms (issue 6 round 15, read from the burned heldout14 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import date, datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of  # noqa: F401


def test_days_of_talks_and_a_weekday_named_as_the_final_day_set_the_window():
    closing = ("Leaders of the Group of 20 closed their summit in Osaka on Sunday after three days of talks on trade "
               "and climate.")
    summit = summit_of(closing, published_at=datetime(2031, 6, 3))  # a Tuesday
    assert (summit.start_date, summit.end_date) == (date(2031, 5, 30), date(2031, 6, 1))
    blog = ("Here is how Sunday, the second and final day of the G20 summit in Osaka, unfolded. 09:10 A catch-up on "
            "Saturday: two leaders agreed a truce, starting on Monday.")
    summit = summit_of(blog, published_at=datetime(2031, 6, 1))  # a Sunday
    assert (summit.start_date, summit.end_date) == (date(2031, 5, 31), date(2031, 6, 1))


def test_the_last_of_the_summits_days():
    body = ("BRICS leaders met in Durban. On Thursday, the last of the summit's three days, they adopted a "
            "declaration.")
    summit = summit_of(body, published_at=datetime(2031, 6, 6))  # a Friday
    assert (summit.start_date, summit.end_date) == (date(2031, 6, 3), date(2031, 6, 5))


def test_an_earlier_summit_named_for_its_city_is_not_the_host():
    body = ("In Durban this week the bloc finally agreed. At the Lagos summit last year the same wording was kept "
            "out of the BRICS declaration.")
    assert summit_of(body).city == "Durban"


def test_a_body_and_a_region_hold_their_summit_together():
    body = ("Leaders of the EU and the six Western Balkans partners met in Zagreb on Thursday. The EU-Western Balkans "
            "summit adopted a declaration.")
    assert summit_of(body).key == "eu-western-balkans-summit-2031"


def test_a_numbered_meeting_of_a_standing_forum_is_its_summit():
    body = ("The Pacific Islands Forum rarely makes headlines. The 52nd forum, which ran from Monday to Thursday in "
            "Honiara, ended with a declaration on fisheries.")
    summit = summit_of(body, published_at=datetime(2031, 6, 2))  # a Monday, a week later
    assert summit.organization == "Pacific Islands Forum" and summit.city == "Honiara"
    assert (summit.start_date, summit.end_date) == (date(2031, 5, 26), date(2031, 5, 29))
