"""Round-37 mechanisms (issue 6 round 37, read from the burned heldout36 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named are real, since the
organisations table and the summit calendar are what the tests check."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, summit_of


def _participants(body: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.entity_key: (p.role, p.affiliation) for p in extract_facts(body, published_at=NO_CALENDAR).participants}


def test_an_office_of_a_body_or_state_reaches_past_a_form_of_address_to_the_name():
    body = ("Ministers gathered in Oslo for the summit on Monday. The President of the European Commission Mr. Tomas "
            "Varga and the Prime Minister of Japan H.E. Mr. Kenji Mori signed a joint statement.")
    people = _participants(body)
    assert people["person:tomas-varga"] == ("President", "European Commission")
    assert people["person:kenji-mori"] == ("Prime Minister", "Japan")


def test_a_mongolian_patronymic_initial_glued_to_the_name_is_no_part_of_the_key():
    body = ('"The steppe has never been so crowded," said political scientist B.Ganbold of the national university. '
            "President D.Tumurbaatar opened the session.")
    people = _participants(body)
    assert people["person:ganbold"][0] == "political scientist"
    assert people["person:tumurbaatar"][0] == "President"
    assert not {"person:b", "person:d"} & set(people)


def test_a_summit_of_the_turkic_speaking_nations_is_the_turkic_councils_until_its_renaming():
    body = "Five presidents came to Gabala today for a summit of the Turkic-speaking nations on trade routes."
    assert summit_of(body, published_at=datetime(2013, 8, 16)).organization == "Turkic Council"
    assert summit_of(body, published_at=datetime(2025, 10, 7)).organization == "Organization of Turkic States"


def test_the_asia_europe_meetings_take_their_days_from_the_calendar():
    summit = summit_of("The Asia-Europe Meeting summit closed in Helsinki after talks on trade.",
                       published_at=datetime(2006, 9, 12))
    assert (summit.organization, summit.city, str(summit.start_date), str(summit.end_date)) == \
        ("ASEM", "Helsinki", "2006-09-10", "2006-09-11")
