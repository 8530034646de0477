"""Round-93 mechanisms (issue 6 round 93, read from the burned heldout91 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, quote_speakers, roles

_OAU = "MOGADISHU - The summit of the Organisation of African Unity closed here on Saturday. "


def test_a_head_of_state_the_offices_table_knows_keeps_the_full_name_the_text_gives():
    body = ("Siad Barre takes the OAU chair\n\n" + _OAU + "Major General Mohamed Siad Barre, Somalia's head of state, "
            "took the chair. Siad Barre thanked the delegates.")
    found = {p.entity_key: p.role for p in extract_facts(body, published_at=datetime(1974, 6, 16)).participants}
    assert found == {"person:mohamed-siad-barre": "head of state"}


def test_an_office_given_after_an_appositive_is_the_role():
    found = roles(_OAU + "The summit also chose Pierre Ngando Ekotto, a Cameroonian former minister, as the new "
                         "Secretary-General of the organisation.")
    assert found["person:pierre-ngando-ekotto"] == "Secretary-General"


def test_the_text_speaks_though_a_named_official_released_it():
    speakers = quote_speakers("The Arab League summit ended in Alexandria on Friday. The final communique, released "
                              "tonight by the League's Secretary-General, Karim Zayed, said the summit \"welcomed the "
                              "founding of the new fund\" and backed its work.", published_at=datetime(1964, 9, 11))
    assert speakers == {"welcomed the founding of the new fund": "org:arab-league"}


def test_a_ministry_spokesman_placed_in_a_capital_speaks_for_its_state():
    speakers = quote_speakers("The Arab League summit ended in Alexandria on Friday. A Foreign Ministry spokesman in "
                              "Jerusalem said any attempt to divert the river would be seen \"as an act of war.\"",
                              published_at=datetime(1964, 9, 11))
    assert speakers == {"as an act of war": "country:il"}


def test_more_wordings_of_who_came_and_who_did_not():
    base = "Leaders of the East African Community met in Bujumbura on Saturday for a summit. "
    assert "outcome:person:tomas-kerrigan:attend" in fact_keys(
        base + "President Tomas Kerrigan attended, along with the facilitator.")
    assert "outcome:person:salim-odera:stay-away" in fact_keys(
        base + "President Salim Odera, who was hosting a state visit that weekend, was not there.")
    assert "outcome:person:ivan-petrenko:attend" in fact_keys(
        base + "President Ivan Petrenko was among the heads of state at the table.")
    assert not any(k.endswith(":stay-away") for k in fact_keys(
        base + "President Salim Odera said that any mention of the border was absent from the text."))


def test_a_condition_is_no_act():
    keys = fact_keys("Leaders of the East African Community met in Bujumbura on Saturday for a summit. If they agree "
                     "a timetable, the regional force will watch over the withdrawal.")
    assert not any(k.startswith("decision:") for k in keys), keys


def test_a_state_that_takes_its_place_as_the_bodys_newest_member_is_admitted():
    keys = fact_keys(_OAU + "Zimbabwe, independent since April, took its place as the organisation's fiftieth member.")
    assert any(k.startswith("membership:org:oau:admit") for k in keys), keys


def test_a_delegation_applauded_by_others_welcomes_nothing():
    keys = fact_keys(_OAU + "Zimbabwe took its seat for the first time, and its delegation was warmly applauded.")
    assert not any(k.startswith("reaction:country:zw:welcome") for k in keys), keys


def test_each_election_is_its_own_fact_keyed_by_whom():
    keys = fact_keys(_OAU + "The leaders elected Amina Dirie chairwoman of the organisation for the coming "
                            "year. The summit also chose Pierre Ngando Ekotto as the new Secretary-General.")
    assert {"decision:org:oau:elect:person:amina-dirie",
            "decision:org:oau:elect:person:pierre-ngando-ekotto"} <= keys, keys
