"""Round-56 mechanisms (issue 6 round 56, read from the burned heldout55 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, fact_keys, quote_speakers, summit_fields


def test_the_csce_is_the_osce_and_the_city_the_leaders_gathered_in_is_the_one_named_before():
    body = ("Thousands formed a human chain around Birmingham city centre on Saturday as the leaders of the "
            "Conference on Security and Co-operation in Europe gathered in the city for their summit. In Jakarta, "
            "police fired on students.")
    summit = extract_facts(body, published_at=NO_CALENDAR).summit
    assert summit is not None and summit_fields(summit)[:3] == (
        "OSCE", "Birmingham", "United Kingdom")


def test_belen_keeps_its_accent():
    body = "CELAC leaders met in Belen, Costa Rica, on Wednesday for their third summit."
    summit = extract_facts(body, published_at=NO_CALENDAR).summit
    assert summit is not None and summit.city == "Belén"


def test_days_of_other_events_do_not_stretch_a_summit_whose_first_day_is_named():
    body = ("The Valley Weekly | Friday, 16 May 2031\n\n"
            "In a statement issued on 9 May, the first day of the three-day summit in Lyon, the G8 leaders condemned "
            "the tests. They backed the Good Friday Agreement ahead of this Friday's vote. The premier, who faced "
            "protests during the summit, resigned yesterday. The leaders also wanted every country to have started "
            "the process of debt relief by 2032.")
    summit = extract_facts(body, published_at=datetime(2031, 5, 16, 9, 0)).summit
    assert summit is not None and (summit.start_date.isoformat(), summit.end_date.isoformat()) == (
        "2031-05-09", "2031-05-11")


def test_a_spokesman_for_a_ministry_speaks_for_the_state_whose_capital_the_sentence_before_names():
    body = ("G8 leaders met in Lyon on Friday. Islamabad was unmoved. A spokesman for the Ministry of Foreign Affairs "
            "said Pakistan would \"not take lessons from nuclear powers\".")
    assert quote_speakers(body)["not take lessons from nuclear powers"] == "country:pk"


def test_numbered_members_participating_states_backing_given_and_an_object_before_its_verb_are_facts():
    body = ("G7 leaders met in Lyon on Friday. The seven also called on Kenya to hold the election on time. The "
            "leaders gave their backing to the Belfast peace accord. The talks were overshadowed by the missile test "
            "in the north, which the leaders condemned. The 53 participating states agreed to rename the forum.")
    keys = fact_keys(body)
    assert any(k.startswith("reaction:org:g7:call-for-kenya") for k in keys)  # (calls and condemnations react)
    assert any(k.startswith("decision:org:g7:endorse-belfast") for k in keys)
    assert any(k.startswith("reaction:org:g7:condemn-missile-test") for k in keys)
    assert any(k.startswith("decision:org:g7:agree-rename-forum") for k in keys)
