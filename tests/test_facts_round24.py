"""Round-24 mechanisms (issue 6 round 24, read from the burned heldout23 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import quote_speakers, roles, summit_of


def test_the_summit_of_the_americas_is_a_body_even_when_a_headline_names_the_city():
    body = ("Summit of Quito closes without a text\n\nThe IX Summit of the Americas closed on Sunday in Quito without "
            "a declaration. \"There is no consensus,\" the host said.")
    assert summit_of(body).organization == "Summit of the Americas"


def test_a_title_is_not_widened_over_a_byline_on_the_line_above():
    body = "Egypt is back\nBy Rana Fahmy\n\nPresident Omar Kamel returned to the summit in Oslo."
    assert roles(body)["person:omar-kamel"] == "President"


def test_a_service_is_no_person_and_doctor_is_a_form_of_address():
    body = ("The summit ended in Oslo. The Secret Service closed the roads, President Ana Lund said. Dr. Omar Sadek, "
            "expert in African affairs at the Nile Institute, said the return was overdue.")
    found = roles(body)
    assert "person:secret-service" not in found
    assert found["person:omar-sadek"] == "expert"


def test_transliterations_of_one_leaders_name_are_one_key():
    body = ("The summit ended in Oslo. Colonel Muammar Gaddafi was not invited. \"Qadhafi must go,\" said President "
            "Abdel Fattah el-Sisi. \"He has lost all legitimacy,\" Sisi added.")
    assert quote_speakers(body)["He has lost all legitimacy"] == "person:abdel-fattah-al-sisi"
    assert "person:muammar-al-qadhafi" in roles(body)
