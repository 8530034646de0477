"""Round-103 mechanisms (issue 6 round 103, read from the burned heldout101 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, roles, summit_of


def test_the_greater_mekong_subregion_holds_summits():
    found = summit_of("Leaders of the six countries of the Greater Mekong Subregion ended a two-day summit in Kunming "
                      "on Tuesday.", published_at=datetime(2005, 7, 6))
    assert found.organization == "Greater Mekong Subregion"


def test_a_resort_at_the_summit_outweighs_a_newsletters_home_dateline():
    body = ("Poland looks east\n\nThe Vistula Letter | Weekly | Friday, July 4, 2008\n\n"
            "WARSAW - President Lech Kaczynski spent Tuesday in the Georgian resort of Batumi at the summit of GUAM, "
            "the grouping of Georgia, Ukraine, Azerbaijan and Moldova. An analyst said the summit's real audience "
            "was in Brussels. The Vistula Letter is published in Warsaw.")
    found = summit_of(body, published_at=datetime(2008, 7, 4))
    assert (found.city, found.country) == ("Batumi", "Georgia")


def test_another_events_possessive_day_a_relative_clauses_date_and_an_updated_line_are_not_the_meetings():
    body = ("SAN CRISTOBAL - The Andean Community's presidents met in Valencia on Saturday and Sunday. The summit "
            "was held in Valencia to coincide with Sunday's 180th anniversary of the battle.")
    found = summit_of(body, published_at=datetime(2001, 6, 26))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2001-06-23", "2001-06-24")
    body = ("We use cookies. Accept all | Reject\n"
            "Petro takes the chair as tariffs dominate the talks\n"
            "Caribe Review | Magdalena | Friday, April 11, 2025\n"
            "Updated Friday, April 11, 2025, 7:40 a.m.\n\n"
            "Santa Marta spent Wednesday hosting the region. Leaders gathered in the Colombian port city for the "
            "ninth summit of the Community of Latin American and Caribbean States. The talks were dominated by the "
            "tariffs that US President Donald Trump announced on April 2.")
    found = summit_of(body, published_at=datetime(2025, 4, 11))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2025-04-09", "2025-04-09")


def test_a_trade_without_its_size_and_two_presidents_each_a_president():
    found = roles("In Chiang Rai, Somsri Kittiwong-Pratt, who runs a bus company with 25 coaches, was hopeful.")
    assert found.get("person:somsri-kittiwong-pratt") == "runs a bus company", found
    found = roles("Venezuela's Carlos Andres Perez and Ecuador's Rodrigo Borja, the two longest-serving presidents, "
                  "sat at the head of the table.")
    assert found.get("person:rodrigo-borja") == "president", found


def test_welcoming_a_region_as_a_participant_is_membership_and_a_silence_others_report_is_no_omission():
    keys = fact_keys("Greater Mekong Subregion leaders met in Kunming on Tuesday for their summit. The summit welcomed "
                     "Guangxi, the Chinese region next to Vietnam, as a participant in the programme.")
    assert any(k.startswith("membership:") and ":welcome-member" in k for k in keys), keys
    keys = fact_keys("Greater Mekong Subregion leaders met in Kunming on Tuesday for their summit. Environmental "
                     "groups said the declaration was silent on the upstream dams.")
    assert not any(":omit" in k for k in keys), keys


def test_what_the_act_commits_the_group_to_is_one_decision():
    keys = fact_keys("Andean presidents met in La Paz on Friday for their summit. The act also commits the group to "
                     "a common external tariff, and to the older goal of a common market by 1995.")
    decisions = [k for k in keys if k.startswith("decision:")]
    assert len(decisions) == 1 and ":commit-" in decisions[0], keys


def test_asking_a_state_or_its_congress_is_a_call_and_asking_a_body_a_task():
    keys = fact_keys("Andean presidents met in La Paz on Friday for their summit. The presidents asked the United "
                     "States Congress to approve the trade preferences.")
    assert any(k.startswith("reaction:") and ":call-for-" in k for k in keys), keys
    keys = fact_keys("Andean presidents met in La Paz on Friday for their summit. The presidents asked the "
                     "Organization of American States to study the drug policy.")
    assert not any(k.startswith("reaction:") for k in keys), keys
