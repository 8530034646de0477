"""Round-107 mechanisms (issue 6 round 107, read from the burned heldout107 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import summit_of


def test_presidents_of_the_four_member_countries_meeting_in_colonia_are_the_bodys_meeting():
    body = ("The presidents of the four Mercosur countries met on Monday in Colonia del Sacramento and signed an "
            "investment protocol.")
    found = summit_of(body, published_at=datetime(1994, 1, 19))
    assert (found.organization, found.city, found.country) == ("Mercosur", "Colonia del Sacramento", "Uruguay")


def test_a_later_summit_of_the_seven_the_leaders_prepare_for_is_not_theirs():
    body = ("The nine heads of government of the European Community met in Bremen on July 6 and 7 for a European "
            "Council. They also agreed a common approach to take to the economic summit of seven leading industrial "
            "nations in Bonn later this month.")
    found = summit_of(body, published_at=datetime(1978, 7, 10))
    assert found.organization == "European Union"


def test_another_summit_that_opens_today_elsewhere_does_not_date_this_one():
    body = ("Biarritz gets its seafront back\n\nThe Adour Gazette | Monday, October 16, 2000\n\n"
            "The fifteen EU heads of government met in Biarritz on Friday and Saturday for an informal summit. The "
            "leaders also backed the summit in Sharm el-Sheikh, Egypt, which opens today.")
    found = summit_of(body, published_at=datetime(2000, 10, 16))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2000-10-13", "2000-10-14")
