"""Round-58 mechanisms (issue 6 round 58, read from the burned heldout57 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import fact_keys, quote_speakers, roles


def test_two_offices_joined_by_and_are_one_role_and_a_lord_provost_is_a_title():
    body = ("APEC leaders met in Penang on Tuesday. The premier dismissed Razak Hamid, his deputy prime minister and "
            "trade minister, last month. The Lord Provost, Fiona Gillies, said the traffic had been worth it. "
            "\"The city was on every screen,\" she said.")
    found = roles(body)
    assert found["person:razak-hamid"] == "deputy prime minister and trade minister"
    assert found["person:fiona-gillies"] == "Lord Provost"
    assert quote_speakers(body)["The city was on every screen"] == "person:fiona-gillies"


def test_a_head_of_state_telling_the_leaders_his_country_will_act_pledges():
    body = ("APEC leaders met in Penang on Tuesday. Chinese President Wang Jun told the leaders that Beijing would "
            "keep its currency stable through the crisis.")
    assert any(k.startswith("pledge:country:cn:") for k in fact_keys(body))
