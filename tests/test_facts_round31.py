"""Round-31 mechanisms (issue 6 round 31, read from the burned heldout30 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named (ASEM, the OIC, the EU and the
African Union) are real, since the organisations table is what the tests check."""

from __future__ import annotations

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, summit_of


def test_a_summit_between_the_eu_and_africa_is_the_eu_au_summit():
    body = "The third summit between the European Union and Africa closed in Rome this afternoon."
    assert summit_of(body).organization == "European Union-Africa"
    assert extract_facts(body, published_at=NO_CALENDAR).summit.key.startswith("eu-au-summit")


def test_the_peoples_summit_outside_is_a_counter_summit():
    body = ("The Summit of the Americas closed yesterday in Lima. On Saturday thousands marched at the call of the "
            "People's Summit. The People's Summit held its own vote.")
    assert summit_of(body).organization == "Summit of the Americas"


def test_asem_and_the_organisation_of_the_islamic_conference_are_summit_bodies():
    assert summit_of("The Asia-Europe Meeting summit opened in Rome on Thursday.").organization == "ASEM"
    body = "The 12th summit of the Organisation of the Islamic Conference closed in Rabat on Friday."
    assert summit_of(body).organization == "Organisation of Islamic Cooperation"
