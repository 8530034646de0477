"""Round-89 mechanisms (issue 6 round 89 and on, read from the burned heldout88 set's misses and later ones). Every
sentence is invented for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_the_summit_word_far_back_in_the_sentence_places_it_and_hostages_being_held_do_not():
    body = ("The fourteenth summit of the Organisation of African Unity ended in Port Louis yesterday, leaving the "
            "host at the head of the organisation.\n\n"
            "Passengers of a hijacked airliner were still being held at Entebbe airport, and the news from Entebbe "
            "filled the corridors.")
    summit = summit_of(body, published_at=datetime(2031, 7, 7))
    assert (summit.city, summit.country) == ("Port Louis", "Mauritius")


def test_the_secretary_of_state_after_a_quote_and_a_role_cut_before_whom():
    speakers = quote_speakers("OAS foreign ministers met at their General Assembly in Bridgetown on Monday. US "
                              "Secretary of State Dana Pruitt attended the opening. \"We must deny them the money,\" "
                              "the Secretary of State said.")
    assert speakers == {"We must deny them the money": "person:dana-pruitt"}
    found = roles("Ibero-American leaders met at their summit in Panama City on Friday. Police detained Luis Ortega "
                  "Vidal, a Cuban exile militant whom Havana has accused of several bombings.")
    assert found["person:luis-ortega-vidal"] == "exile militant"


def test_a_second_declaration_the_ministers_also_adopted_is_a_fact_of_its_own():
    keys = fact_keys("OAS foreign ministers met at their General Assembly in Bridgetown on Monday. The ministers "
                     "adopted a declaration on democracy in Venezuela. The ministers also adopted a Declaration of "
                     "Bridgetown on security in the hemisphere.")
    assert "decision:org:oas:adopt-declaration" in keys
    assert any(k.startswith("decision:org:oas:adopt-declaration-bridgetown") for k in keys)
