"""Round-97 mechanisms (issue 6 round 97, read from the burned heldout96 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import date, datetime

from tests.facts_helpers import summit_of


def test_six_of_the_largest_industrial_democracies_meeting_at_rambouillet_are_the_g7():
    body = ("RAMBOUILLET, France, Nov 17 - The leaders of six of the largest industrial democracies ended a three-day "
            "meeting at a presidential chateau on Monday with a pledge to put recovery first.")
    found = summit_of(body, published_at=datetime(1975, 11, 17))
    assert (found.organization, found.city, found.country) == ("G7", "Rambouillet", "France")
    assert (found.start_date, found.end_date) == (date(1975, 11, 15), date(1975, 11, 17))


def test_the_day_a_presidency_ends_is_no_day_of_the_summit():
    body = ("European Union leaders meeting in Florence on June 21 and 22 agreed a plan for beef. The summit was chaired "
            "by the Italian Prime Minister, at the close of Italy's six months in the presidency, which end on Sunday.")
    found = summit_of(body, published_at=datetime(1996, 6, 26))
    assert (found.start_date, found.end_date) == (date(1996, 6, 21), date(1996, 6, 22))
