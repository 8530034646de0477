"""Round-113 mechanisms (issue 6 round 113, read from the burned heldout112 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, summit_of


def test_this_weeks_forum_in_a_city_is_the_bodys_meeting_without_the_word_summit():
    body = ("Island leaders flew into this week's South Pacific Forum in Cairns hoping for more aid, and their host "
            "told them to expect less. Officials said the leaders agreed to manage tuna together.")
    found = summit_of(body, published_at=datetime(1996, 9, 6))
    assert (found.organization, found.city, found.country) == ("Pacific Islands Forum", "Cairns", "Australia")


def test_barrow_is_a_town_but_errol_barrow_is_a_person():
    body = ("The ministers of the Arctic Council met in Barrow on Friday for their meeting. In Bridgetown, Errol "
            "Barrow, the prime minister, was unmoved. \"We watch the ice from far away,\" Errol Barrow said.")
    found = summit_of(body, published_at=datetime(2000, 10, 16))
    assert (found.city, found.country) == ("Barrow", "United States")
    assert quote_speakers(body)["We watch the ice from far away"] == "person:errol-barrow"
