"""Round-98 mechanisms (issue 6 round 98, read from the burned heldout97 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import roles, summit_of


def test_the_south_pacific_forum_is_the_pacific_islands_forum_and_which_opened_in_is_its_meeting():
    body = ("Island leaders come home with a Forum of their own\n\n"
            "The South Pacific Forum, which opened in Wellington on Thursday and ended on Saturday, brought together "
            "seven governments.")
    found = summit_of(body, published_at=datetime(1971, 8, 10))
    assert (found.organization, found.city, found.country) == ("Pacific Islands Forum", "Wellington", "New Zealand")


def test_a_town_named_after_its_country_of_three_words_is_the_venue():
    body = ("When the South Pacific Forum's leaders sat down in the Papua New Guinea town of Madang on Wednesday, the "
            "tests were the only subject of their meeting. Officials in Wellington and Canberra had drafted the text.")
    found = summit_of(body, published_at=datetime(1995, 9, 15))
    assert (found.city, found.country) == ("Madang", "Papua New Guinea")


def test_villers_cotterets_keeps_its_accent_and_ratu_is_a_form_of_address():
    assert summit_of("Francophonie leaders met in Villers-Cotterets on Friday for their summit.").city \
        == "Villers-Cotterêts"
    found = roles("Pacific leaders met in Wellington on Thursday for their summit. Ratu Sela Vunivalu, Fiji's prime "
                  "minister, chaired the first session.")
    assert found == {"person:sela-vunivalu": "prime minister"}
