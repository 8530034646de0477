"""Round-106 mechanisms (issue 6 round 106, read from the burned heldout105 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import roles, summit_of


def test_a_named_events_date_is_not_the_meetings():
    body = ("The Leie Letter | Ghent | Saturday, October 20, 2001\n\n"
            "The fifteen European Union leaders met in the city on Friday for an informal summit to weigh Europe's "
            "answer to the attacks of September 11 on the United States.")
    found = summit_of(body, published_at=datetime(2001, 10, 20))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2001-10-19", "2001-10-19")


def test_a_day_a_guest_had_spent_with_the_leaders_before_is_not_the_meetings():
    body = ("Meeting in Gothenburg on June 15 and 16, the EU leaders agreed to finish the entry talks by 2002. The "
            "American president had spent Thursday with them, talking about climate.")
    found = summit_of(body, published_at=datetime(2001, 6, 18))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2001-06-15", "2001-06-16")


def test_guests_named_by_their_states_in_the_hosts_list_are_presidents():
    found = roles("The host, Guatemala's President Vinicio Cerezo, was joined by Jose Napoleon Duarte of El Salvador "
                  "and Jose Azcona Hoyo of Honduras.")
    assert found.get("person:jose-napoleon-duarte") == "president", found
    assert found.get("person:jose-azcona-hoyo") == "president", found
