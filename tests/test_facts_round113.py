"""Round-113 mechanisms (issue 6 round 113, read from the burned heldout112 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, summit_of


def test_this_weeks_forum_in_a_city_is_the_bodys_meeting_without_the_word_summit():
    body = ("Island leaders flew into this week's South Pacific Forum in Cairns hoping for more aid, and their host "
            "told them to expect less. Officials said the leaders agreed to manage tuna together.")
    found = summit_of(body, published_at=datetime(1996, 9, 6))
    assert (found.organization, found.city, found.country) == ("Pacific Islands Forum", "Cairns", "Australia")


def test_barrow_is_a_town_but_errol_barrow_is_a_person():
    body = ("The ministers of the Arctic Council met in Barrow on Friday for their meeting. In Bridgetown, Errol "
            "Barrow, the prime minister, was unmoved. \"We watch the ice from far away,\" Errol Barrow said.")
    found = summit_of(body, published_at=datetime(2000, 10, 16))
    assert (found.city, found.country) == ("Barrow", "United States")
    assert quote_speakers(body)["We watch the ice from far away"] == "person:errol-barrow"


_ARCTIC = "The Arctic Council ministers met in Tromso on Wednesday for their ministerial summit. "


def test_putting_off_a_decision_on_observer_applications_defers_their_entry():
    assert any(k.startswith("membership:") and ":defer-membership" in k for k in fact_keys(
        _ARCTIC + "The ministers put off, once again, any decision on Japan's application for observer status."))
    assert any(k.startswith("membership:") and ":defer-membership" in k for k in fact_keys(
        _ARCTIC + "A decision on the candidate observers was left for later."))


def test_a_task_force_set_up_on_methane_is_a_body_not_a_climate_target():
    keys = fact_keys(_ARCTIC + "The ministers agreed to set up a task force on soot, methane and other pollutants.")
    assert not any(k.startswith("pledge:") for k in keys)
    assert any(k.startswith("decision:") and "task-force" in k for k in keys)


def test_a_text_that_sets_out_a_work_plan_and_notes_a_climate_accord_sets_no_climate_target():
    keys = fact_keys(_ARCTIC + "The declaration sets out the council's work for two years and notes that the accord on "
                     "climate change has entered into force.")
    assert not any("climate-target" in k for k in keys)
