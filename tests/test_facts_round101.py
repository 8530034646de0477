"""Round-101 mechanisms (issue 6 round 101, read from the burned heldout100 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_a_name_with_a_body_appositive_speaks_as_a_body():
    speakers = quote_speakers("Ibero-American leaders met in Andorra la Vella on Wednesday for their summit. Salud "
                              "Andina, a network of Andean rural nurses, said in a statement that declarations \"cure "
                              "nobody\".")
    assert speakers.get("cure nobody") == "org:salud-andina", speakers


def test_father_is_a_form_of_address_and_a_region_stays_in_a_role():
    found = roles("Vanuatu's Prime Minister, Father Walter Lini, said the plan left the gate open.")
    assert "person:walter-lini" in found and not any("father" in k for k in found), found
    found = roles("Moana Ferris-Latu, a Pacific historian at a university in Auckland, said the zone was modest.")
    assert found.get("person:moana-ferris-latu", "").lower() == "pacific historian", found


def test_a_trade_keeps_its_words_not_the_place_opposite_it():
    found = roles("\"The hotels were full,\" said Joaquim Serrador-Pike, who runs a bakery opposite the casino.")
    assert found.get("person:joaquim-serrador-pike") == "runs a bakery", found


def test_a_meeting_that_opened_and_closed_ends_on_its_closing_day_not_the_departure():
    body = ("Forum backs a treaty plan\n\nBy Ruth Kember\n\n"
            "The 14th Forum meeting opened at Parliament House on Monday and closed on Tuesday evening with a "
            "communique. The South Pacific Forum leaders left Canberra yesterday for their capitals.")
    found = summit_of(body, published_at=datetime(1983, 9, 1))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("1983-08-29", "1983-08-30")


def test_a_pronoun_heads_own_state_would_is_its_pledge():
    keys = fact_keys("South Pacific Forum leaders met in Canberra on Monday for their summit. Australian Prime "
                     "Minister Bob Hawke proposed a nuclear-free zone. He said Australia would host the drafting group "
                     "and pay its costs.")
    assert any(k.startswith("pledge:country:au:") for k in keys), keys


def test_a_communique_that_repeats_and_calls_on_a_state_is_a_reaction():
    keys = fact_keys("South Pacific Forum leaders met in Canberra on Monday for their summit. The communique also "
                     "repeated the Forum's opposition to French testing and called on France to stop the tests.")
    assert any(k.startswith("reaction:org:pif:call-for-france") for k in keys), keys
    assert not any(":text-states" in k for k in keys), keys


def test_texts_listed_after_what_the_meeting_agreed_are_its_decisions():
    body = ("Ibero-American leaders met in Andorra la Vella on Wednesday for their summit.\n\n"
            "HOST: So what did the leaders agree?\n\n"
            "REPORTER: Two things. A final declaration on the green recovery, with climate in every chapter. And a "
            "special statement calling for fair access to medicines.")
    keys = fact_keys(body)
    assert any(k.startswith("decision:org:ibero-american-summit:adopt-final-declaration") for k in keys), keys
    assert any(k.startswith("decision:org:ibero-american-summit:adopt-special-statement") for k in keys), keys


def test_a_host_welcoming_guests_at_the_door_is_no_reaction_and_a_promise_after_a_colon_is_a_pledge():
    keys = fact_keys("Ibero-American leaders met in Andorra la Vella on Wednesday for their summit. King Felipe VI "
                     "arrived from Madrid, and the host welcomed him at the door.")
    assert not any(k.startswith("reaction:") for k in keys), keys
    keys = fact_keys("Ibero-American leaders met in Andorra la Vella on Wednesday for their summit. Pedro Sanchez "
                     "answered the critics with a promise: Spain would give away part of its vaccine doses.")
    assert any(k.startswith("pledge:") for k in keys), keys


def test_what_a_final_declaration_commits_governments_to_is_a_decision():
    keys = fact_keys("Ibero-American leaders met in Estoril on Tuesday for their summit. In their final declaration "
                     "the leaders committed themselves to doubling science budgets.")
    assert any(k.startswith("decision:") and ":commit-" in k for k in keys), keys
    assert not any(k.startswith("pledge:") for k in keys), keys
    keys = fact_keys("Ibero-American leaders met in Estoril on Tuesday for their summit. The final declaration, "
                     "adopted on Tuesday, commits the governments to broadband in every school.")
    assert not any(k.startswith("pledge:") for k in keys), keys


def test_a_state_chairing_the_forum_for_the_year_takes_the_chair_and_remaining_committed_is_no_pledge():
    keys = fact_keys("Pacific Islands Forum leaders met in Honiara on Monday for their summit. Solomon Islands, "
                     "chairing the Forum for the next twelve months, kept the partners away from the meeting.")
    assert "decision:org:pif:take-chair" in keys or any(":take-chair" in k for k in keys), keys
    keys = fact_keys("Pacific Islands Forum leaders met in Honiara on Monday for their summit. In Washington a "
                     "spokesman said the United States remained committed to the islands.")
    assert not any(k.startswith("pledge:") for k in keys), keys
