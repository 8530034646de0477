"""Round-29 mechanisms (issue 6 round 29, read from the burned heldout28 set's misses). Every sentence is invented for
the test, with names, places and wordings that differ from the gold articles; dates are in 2031, which the summit
calendar does not cover, so the summit fields come from the text alone."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, key_parts, quote_speakers, roles, summit_of


def test_a_year_in_review_reads_the_written_out_days_not_its_own_publication_day():
    body = ("Our countdown of the year continues with the weekend in October when the leaders met in Lyon.\n\n"
            "The Atlantic Forum summit opened in Lyon on Friday, October 3. The leaders argued through most of "
            "Saturday, October 4, and signed a short declaration. We return to the story today.")
    summit = summit_of(body, datetime(2031, 12, 30))
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-10-03", "2031-10-04")


def test_a_masthead_line_with_an_edition_note_is_the_filing_date_and_closed_last_night_is_the_day_before():
    body = ("Le Courrier | Lyon | Sunday 9 November 2031 | English edition, translated from the French\n\n"
            "The Atlantic Forum summit closed last night in Lyon after two days of talks.")
    summit = summit_of(body, datetime(2031, 11, 9))
    assert summit.end_date.isoformat() == "2031-11-08"


def test_a_headlines_bare_the_summit_is_no_name_of_its_own():
    body = ("The Summit ends with two camps\n\nThe Fifth Summit of the Americas closed on Saturday in Lima, Peru, "
            "with a declaration on jobs.")
    x = extract_facts(body, title="The Summit ends with two camps", published_at=datetime(2031, 11, 9))
    assert x.summit.organization == "Summit of the Americas"


def test_a_bodys_own_summit_outranks_a_joint_summit_held_on_one_of_its_days():
    body = ("Vietnam hosted the 30th ASEAN Summit in Hue this week. On Friday the leaders also sat down with the UN "
            "Secretary-General for the fifth ASEAN-UN summit. The ASEAN leaders adopted a plan on ports.")
    assert summit_of(body).organization == "ASEAN"


def test_talks_that_ran_until_late_on_a_night_are_past_not_next_week():
    body = ("The Atlantic Forum summit in Lyon on Tuesday ended with a statement that, until late on Monday night, "
            "diplomats said might not exist.")
    summit = summit_of(body, datetime(2031, 4, 10))
    assert summit.end_date.isoformat() == "2031-04-08"


def test_reminded_and_proclaimed_are_speech_verbs():
    body = ("\"Our reserves are the largest in the region,\" Ana Velez reminded reporters, \"and our debts are "
            "small.\" President Karl Vogt closed the rally. \"Each of us brought a spade,\" he proclaimed.")
    got = quote_speakers(body)
    assert got["Each of us brought a spade"] == "person:karl-vogt"
    assert got["Our reserves are the largest in the region"] == got["and our debts are small"] == "person:ana-velez"


def test_capt_is_a_form_of_address_and_first_mandatary_a_title():
    body = ("\"Best month since 2001,\" Capt. Ronan Keel said. \"We lost nothing here,\" said the First Mandatary, "
            "Dr. Ana Velez, at her closing press conference.")
    got = quote_speakers(body)
    assert got == {"Best month since 2001": "person:ronan-keel", "We lost nothing here": "person:ana-velez"}
    assert roles(body)["person:ana-velez"] == "First Mandatary"


def test_a_network_named_with_a_country_acronym_inside_is_one_body():
    body = "Debt Relief USA Network said the two-year extension \"buys time, not freedom.\""
    assert quote_speakers(body) == {"buys time, not freedom": "org:debt-relief-usa-network"}


def test_a_body_named_earlier_does_not_hide_a_later_leaders_country():
    body = ("Karl Vogt, leader of the Wiper Democratic Association, called it \"a shame\".\n\n"
            "Congolese President Ana Velez stayed away. Her government said the bloc had been \"too slow\" on Kigali.")
    assert quote_speakers(body)["too slow"] == "country:cd"


def test_a_quotation_opening_a_bulleted_line_is_a_direct_quotation():
    body = ("The leaders welcomed the vote.\n- \"This is a great day for our people,\" Vogt said. \"The world is with "
            "them.\"\n- Not everyone agreed.")
    got = quote_speakers(body)
    assert got["This is a great day for our people"] == "person:vogt" and got["The world is with them"] == "person:vogt"


def test_blamed_attributed_and_explain_introduce_the_subjects_words():
    body = ("Interior Minister Ana Velez attributed the violence to \"a small group with no link to the march.\" "
            "Karl Vogt, the vice foreign minister, summoned reporters to explain that Lisbon had \"colluded with "
            "others\" against talks.")
    got = quote_speakers(body)
    assert got["a small group with no link to the march"] == "person:ana-velez"
    assert got["colluded with others"] == "person:karl-vogt"


def test_a_bare_title_that_blamed_is_the_title_holder_named_before():
    body = ("\"Nobody lost here,\" said the First Mandatary, Ana Velez.\n\nLater the First Mandatary blamed the "
            "old policies for \"the misery our people still suffer.\"")
    assert quote_speakers(body)["the misery our people still suffer"] == "person:ana-velez"


def test_a_theme_after_a_colon_in_title_case_is_no_quotation():
    body = ("The declaration is devoted to jobs, the theme chosen by the host: \"Creating Work to Confront Poverty "
            "and Strengthen Democracy.\"")
    assert quote_speakers(body) == {}


def test_a_quotation_after_an_indirect_said_is_the_same_persons():
    body = ("\"We had more guards than customers,\" said Ana Velez, who owns a bar. Mrs. Velez said she lost half a "
            "week's takings. \"But I got a wave from the prime minister, so I will call it even.\"")
    got = quote_speakers(body)
    assert got["But I got a wave from the prime minister, so I will call it even"] == "person:ana-velez"


def test_a_leader_described_inside_a_quotation_or_after_from_is_not_the_speaker():
    body = "Mrs. Velez said she lost money. \"But I got a wave from the Japanese prime minister.\""
    assert "person:velez" not in roles(body)


def test_an_intendente_is_a_title():
    assert roles("The intendente Ana Velez surveyed the damage yesterday.") == {"person:ana-velez": "intendente"}


def test_a_description_ending_the_sentence_is_not_the_person_named_before():
    body = "Karl Vogt stood beside him in a T-shirt mocking the U.S. president."
    assert roles(body).get("person:karl-vogt") != "president"
    body = "Mrs. Velez said she lost money. She got a wave from the Japanese prime minister."
    assert "person:velez" not in roles(body)



def test_declined_invitations_and_turned_the_invitation_down_are_staying_away():
    assert "stay-away" in key_parts("At the Atlantic Forum summit, President Ana Velez and King Karl both declined "
                                  "invitations.")
    assert "stay-away" in key_parts("At the Atlantic Forum summit, two chairs stayed empty: President Ana Velez turned "
                                  "the invitation down.")
    assert "stay-away" not in key_parts("At the Atlantic Forum summit, Ana Velez declined an invitation to a peace "
                                      "conference elsewhere.")


def test_guests_of_the_chair_attend_as_invitees():
    assert "attend-as-invitee" in key_parts("At the Atlantic Forum summit, the Danish and Irish foreign ministers sat in "
                                          "as guests of the chair.")


def test_flying_home_after_the_opening_day_or_leaving_long_before_the_final_session_is_leaving_early():
    assert "leave-early" in key_parts("At the Atlantic Forum summit, President Ana Velez flew home on Thursday night "
                                    "after the opening day.")
    assert "leave-early" in key_parts("At the Atlantic Forum summit, President Ana Velez left Lyon yesterday at midday "
                                    "for Oslo, where she meets the king today, before the final session had begun.")
    assert "leave-early" in key_parts("At the Atlantic Forum summit, President Ana Velez did not wait for the outcome.")


def test_sitting_down_to_lunch_with_the_leaders_is_joining_the_summit():
    assert "join-session" in key_parts("At the Atlantic Forum summit, five leaders from the region sat down to lunch "
                                     "with President Velez and her guests.")


def test_an_outside_body_quoted_on_the_summit_reacts_but_another_summit_does_not():
    body = ("The Atlantic Forum summit in Lyon agreed a two-year debt extension on Tuesday.\n\n"
            "Debt Relief Network said the extension \"buys time, not freedom.\"\n\n"
            "The leaders also met as the East Asia Summit, which said the day had been \"long and hot.\"")
    keys = fact_keys(body)
    assert any(k.startswith("reaction:org:debt-relief-network:react:") for k in keys)
    assert not any(k.startswith("reaction:org:east-asia-summit:") for k in keys)
