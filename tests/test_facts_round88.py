"""Round-88 mechanisms (issue 6 round 88 and on, read from the burned heldout87 set's misses and later ones). Every
sentence is invented for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import fact_keys, roles, summit_of


def test_his_counterparts_share_the_hosts_office_and_an_office_taken_since_is_the_role():
    found = roles("Mercosur leaders met in Las Lenas on Friday. The summit was hosted by President Raul Alfaro, who "
                  "brought together his counterparts Ines Varela of Uruguay and Tomas Ayala of Paraguay. Marc Dufour, "
                  "the former Belgian budget minister who became President of the Commission in March, attended.")
    assert found["person:ines-varela"] == "President"
    assert found["person:tomas-ayala"] == "President"
    assert found["person:marc-dufour"] == "President"
    assert summit_of("Mercosur presidents met at Las Leñas on Friday for their summit.").city == "Las Leñas"


def test_a_leader_who_joins_the_seven_leaders_or_flies_in_to_join_them_is_an_outcome():
    base = "Leaders of the Group of Seven met at their summit in Munich on Wednesday. "
    assert "outcome:person:pavel-orlov:join-session" in fact_keys(
        base + "President Pavel Orlov joined the seven leaders for the final day.")
    assert "outcome:person:pavel-orlov:join-session" in fact_keys(
        base + "President Pavel Orlov flew in to join them for the last day.")
