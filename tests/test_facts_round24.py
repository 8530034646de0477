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


def test_a_press_review_paper_speaks_through_its_verdict_and_for_x_it_was():
    body = ("The G8 summit ended in Oslo.\n\nThe Corriere della Sera is unimpressed. Its verdict on the plan: \"a "
            "cheque without a bank\". For the Corriere, it was \"a summit Italy did not need.\"\n\nFor the Canciller "
            "Rosa Ibarra, it was \"a day of trade.\"")
    speakers = quote_speakers(body)
    assert speakers["a cheque without a bank"] == "org:corriere-della-sera"
    assert speakers["a summit Italy did not need"] == "org:corriere-della-sera"
    assert speakers["a day of trade"] == "person:rosa-ibarra"


def test_regional_forms_of_address_and_a_spanish_presidenta():
    body = ("The summit ended in Oslo. The Señora Presidenta of Argentina, Inés Duarte de Paz, left early. Monsieur "
            "Paul Vidal, the French envoy, stayed.")
    found = roles(body)
    assert found["person:ines-duarte-de-paz"].lower() == "presidenta"
    assert "person:monsieur-paul-vidal" not in found and "person:paul-vidal" in found


def _facts(body: str) -> set[str]:
    from tests.facts_helpers import fact_keys
    return fact_keys("G20 leaders met in Oslo on Thursday for a two-day summit. " + body)


def test_staying_at_home_leaving_before_the_closing_session_and_joining_the_leaders():
    assert "outcome:person:luis-mora:stay-away" in _facts("Peru's president, Luis Mora, stayed at home in protest.")
    assert "outcome:person:ana-vidal:leave-early" in _facts(
        "Chile's president, Ana Vidal, left Oslo yesterday before the closing session, without a word.")
    assert "outcome:person:omar-nasser:join-session" in _facts(
        "Jordan's Prime Minister Omar Nasser joined the leaders for Friday's session.")


def test_a_retrospective_dates_its_summit_back_from_publication():
    from datetime import datetime
    body = ("Gleneagles, ten years on: what the G8 promised\n\nTen years ago today, the leaders of the G8 arrived at "
            "Gleneagles for a three-day summit. On Thursday bombs went off in London.")
    summit = summit_of(body, datetime(2015, 7, 6))
    assert (summit.city, str(summit.start_date), str(summit.end_date)) == ("Gleneagles", "2005-07-06", "2005-07-08")


def test_joining_the_leaders_by_video_is_attendance_by_video_only():
    keys = _facts("Chile's president, Ana Vidal, joined the leaders for the session by video from Santiago.")
    assert "outcome:person:ana-vidal:attend-by-video" in keys
    assert "outcome:person:ana-vidal:join-session" not in keys
