"""Round-104 mechanisms (issue 6 round 104, read from the burned heldout103 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, roles, summit_of


def test_central_american_presidents_meeting_are_sicas_summit_in_tela():
    found = summit_of("The five Central American presidents who met at a beach hotel in Tela, Honduras, on August 5 "
                      "and 7 agreed on a plan for the camps.", published_at=datetime(1989, 8, 9))
    assert (found.organization, found.city, found.country) == ("SICA", "Tela", "Honduras")
    found = summit_of("YAMALES, Honduras - The news reached the camps by radio: the five Central American presidents, "
                      "meeting on the coast, had agreed that the fighters must leave. The summit opened on Saturday in "
                      "Tela.", published_at=datetime(1989, 8, 10))
    assert (found.organization, found.city) == ("SICA", "Tela")


def test_ending_without_even_a_statement_and_without_agreeing_are_outcomes():
    keys = fact_keys("EC leaders met at their summit in Athens on Sunday. The talks closed without even a joint "
                     "statement of conclusions.")
    assert any(k.endswith(":no-declaration") for k in keys), keys
    keys = fact_keys("EC leaders met at their summit in Athens on Sunday. The ten leaders ended the summit without "
                     "agreeing how to pay for the farm policy.")
    assert any(k.startswith("outcome:") and ":no-agree-" in k for k in keys), keys
    assert not any(k.startswith("decision:") for k in keys), keys


def test_the_fifteen_having_agreed_is_the_meetings_decision():
    keys = fact_keys("EU leaders met at their summit in Cardiff on Monday. The fifteen have agreed to settle the "
                     "budget package by next March.")
    assert any(k.startswith("decision:org:eu:agree-settle") for k in keys), keys


def test_member_states_give_no_title_and_a_trade_stops_before_another_relative():
    found = roles("The leaders of the Union's fifteen member states left Cardiff with a guest of honour, Nelson "
                  "Mandela, at their side.")
    assert found.get("person:nelson-mandela") != "member", found
    found = roles("Inside the camp, Dolores Urbina-Pennock, who runs a field kitchen and whose son fights with the "
                  "rebels, fed the children.")
    assert found.get("person:dolores-urbina-pennock") == "runs a field kitchen", found
