"""Round-112 mechanisms (issue 6 round 112, read from the burned heldout111 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import summit_of


def test_leaders_named_before_an_appositive_and_a_named_summit_still_to_come():
    body = ("In a few hours the Summit of the Americas opens in Port of Spain. The leaders of ALBA, the Bolivarian "
            "Alliance, met yesterday in Maracay and said they would not sign its draft. ALBA will not back it.")
    found = summit_of(body, datetime(2009, 4, 17), title="Bolivarian bloc says no")
    assert (found.organization, found.city) == ("ALBA", "Maracay")


def test_on_the_eve_of_another_summit_and_the_headlines_leaders():
    body = ("On the eve of the Summit of the Americas, the bloc met in Maracay on April 16 and 17. The leaders of the "
            "Bolivarian Alliance for the Peoples of Our America, better known as ALBA, said they would not endorse "
            "the draft prepared for Port of Spain.")
    found = summit_of(body, datetime(2009, 4, 20), title="ALBA leaders reject the draft")
    assert (found.organization, found.city) == ("ALBA", "Maracay")
