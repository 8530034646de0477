"""Round-30 mechanisms (issue 6 round 30, read from the burned heldout29 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the seats of government (the White House,
Malacañang) are real, since the table of them is what the test checks."""

from __future__ import annotations

from tests.facts_helpers import key_parts, quote_speakers, roles


def test_a_leaders_seat_speaks_for_its_country():
    body = ("The two presidents talked for an hour. The White House said trade came up \"only briefly.\" "
            "Malacañang called the gathering a \"resounding success.\"")
    got = quote_speakers(body)
    assert got == {"only briefly": "country:us", "resounding success": "country:ph"}


def test_sec_and_hon_are_forms_of_address_before_a_name():
    body = ("Foreign Secretary Karl Vogt was guarded. \"This is a first step, not the last,\" Sec. Vogt told "
            "reporters.")
    assert quote_speakers(body)["This is a first step, not the last"] == "person:karl-vogt"


def test_a_clip_label_with_a_comma_names_the_speaker_of_the_sound_bite():
    body = ("HOST: Earlier I spoke to Ana Velez, a historian.\n\n"
            "CLIP, ANA VELEZ: \"The host got the photographs it wanted.\"")
    assert quote_speakers(body)["The host got the photographs it wanted"] == "person:ana-velez"


def test_a_theme_with_a_comma_in_title_case_is_no_quotation():
    body = ("The host called the gathering, held under the theme \"Working for Peace, Building the Future,\" a "
            "\"great success.\"")
    assert "Working for Peace, Building the Future" not in quote_speakers(body)


def test_the_minister_said_is_a_minister_for_a_portfolio_named_before():
    body = ("The Minister for Foreign Affairs, Hon. Prof. Karl Wanjala Vogt, spoke to this newspaper. \"The city "
            "has delivered,\" the Minister said.")
    assert quote_speakers(body)["The city has delivered"] == "person:karl-wanjala-vogt"
    assert roles(body)["person:karl-wanjala-vogt"] == "Minister for Foreign Affairs"


def test_a_fact_checks_who_said_it_line_names_the_claims_speaker():
    body = ("The Atlantic Forum summit produced many claims. We checked three.\n\n"
            "1. \"Nine in ten goods will be free of tariffs.\"\n\n"
            "WHO SAID IT: Chile's President Ana Velez, at the closing press conference.\n\n"
            "THE FACTS: The protocol says so.")
    assert quote_speakers(body)["Nine in ten goods will be free of tariffs"] == "person:ana-velez"


def test_state_counsellor_columnist_and_daw_are_titles():
    got = roles("Myanmar State Counsellor Ana Velez attended. Its columnist Karl Vogt was sceptical. Daw Mia Sein "
                "arrived later as State Counsellor.")
    assert got["person:ana-velez"] == "State Counsellor" and got["person:karl-vogt"] == "columnist"
    assert "person:daw-mia-sein" not in got


def test_a_minister_of_two_portfolios_before_the_name():
    body = "Minister of Foreign Affairs and Trade Karl Vogt said the declaration \"carries the spirit of Lyon.\""
    assert quote_speakers(body) == {"carries the spirit of Lyon": "person:karl-vogt"}
    assert roles(body) == {"person:karl-vogt": "Minister of Foreign Affairs and Trade"}


def test_the_leaders_are_the_subject_of_a_participle_after_their_statement():
    body = ("The Atlantic Forum summit met in Lyon.\n\nOn Friday, the Leaders issued a Statement on the WTO agenda, "
            "calling on all WTO members to \"end the deadlock\" in farm talks.")
    assert quote_speakers(body)["end the deadlock"] == "org:lyon-summit"



def test_a_seat_that_stayed_empty_and_a_stand_in_sent_are_staying_away():
    assert "stay-away" in key_parts("At the Atlantic Forum summit in Lyon, Chile's seat, vacant since its suspension in "
                                 "2019, stayed empty.")
    assert "stay-away" in key_parts("At the Atlantic Forum summit in Lyon, Peru sent its prime minister, Ana Velez, to "
                                 "the leaders' session.")


def test_joining_a_named_summit_and_flying_out_before_its_plenary():
    assert "join-session" in key_parts("At the Atlantic Forum summit in Lyon, Prime Ministers Ana Velez and Karl Vogt "
                                    "joined the East Asia Summit on Tuesday.")
    assert "leave-early" in key_parts("At the Atlantic Forum summit in Lyon, President Ana Velez flew out on Tuesday "
                                   "before the East Asia Summit plenary.")


def test_an_announced_donation_of_a_sum_is_a_funding_pledge():
    assert "fund" in key_parts("At the Atlantic Forum summit in Lyon, King Karl announced a Danish donation of $150 "
                            "million for the refugee agency.")
