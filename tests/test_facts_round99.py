"""Round-99 mechanisms (issue 6 round 99, read from the burned heldout98 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import summit_of


def test_the_summit_a_committee_reports_to_next_year_is_not_this_one():
    body = ("Twelve leaders, one central bank question\n\n"
            "The twelve heads of government of the European Community spent two days in Hanover this week. The new "
            "committee on monetary union is to report in time for the summit in Madrid in June next year.")
    found = summit_of(body, published_at=datetime(1988, 6, 29))
    assert (found.city, found.country) == ("Hanover", "West Germany")


def test_presidents_meeting_under_the_auspices_of_a_body_are_its_meeting():
    for body in ("From April 12 to 14 the presidents of the Latin American republics met here under the auspices of "
                 "the Organization of American States.",
                 "The presidents, meeting under the banner of the Organization of American States in Punta del Este, "
                 "agreed to build a common market."):
        found = summit_of("PUNTA DEL ESTE, Uruguay - " + body, published_at=datetime(1967, 4, 16))
        assert (found.organization, found.city) == ("Organization of American States", "Punta del Este"), body
