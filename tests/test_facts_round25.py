"""Round-25 mechanisms (issue 6 round 25, read from the burned heldout24 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the calendar tests name real summits, since
the summit calendar (world knowledge) is what they check."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import roles, summit_of


def test_a_parliamentary_records_turn_names_the_office_and_the_member():
    body = ("Statement on the summit\n\nThe Foreign Secretary (Mr Alan Reid): With permission, I shall report on the "
            "NATO summit in Oslo.\n\nMr Tom Hale (Leeds) (Lab): I thank him.")
    assert roles(body)["person:alan-reid"] == "Foreign Secretary"


def test_heads_of_state_signing_a_bodys_founding_text_is_its_summit_without_the_word():
    body = ("Last Friday, in Oslo, the heads of state of six countries signed the Declaration on the establishment of "
            "the Shanghai Cooperation Organisation.")
    summit = summit_of(body)
    assert summit is not None and summit.organization == "Shanghai Cooperation Organisation"


def test_a_regions_leaders_at_a_summit_are_its_bodys():
    body = ("OSLO, March 29 - Arab leaders ended a two-day summit on Thursday. The U.N. Secretary-General attended "
            "and spoke of a U.N. force.")
    assert summit_of(body).organization == "Arab League"


def test_the_calendar_wins_over_a_stated_length_whose_days_miss_the_summits():
    # the G8 met in L'Aquila on 8-10 July 2009; weekdays counted wrongly give 10-12 July for the "three-day summit"
    body = "The three-day summit of the G8 in L'Aquila opened on Friday and closed on Sunday with a food pledge."
    summit = summit_of(body, datetime(2009, 7, 13))
    assert (str(summit.start_date), str(summit.end_date)) == ("2009-07-08", "2009-07-10")


def test_a_host_in_another_country_that_never_names_the_calendars_venue_is_another_meeting():
    # the G7 of 2024 met in Borgo Egnazia, Italy; this text's G7 meeting is in Oslo, on days of its own
    body = "G7 finance ministers and leaders met in Oslo for a summit on Friday and Saturday."
    summit = summit_of(body, datetime(2024, 6, 17))
    assert (summit.city, str(summit.start_date)) == ("Oslo", "2024-06-14")


def test_the_prince_said_in_an_aside_and_he_went_on():
    from tests.facts_helpers import quote_speakers
    body = ("The summit opened in Oslo. Prince Karim Aziz, the foreign minister, sat beside him. If the offer was "
            "refused, the prince said, the region would be left \"to the men of war\". \"We are to blame,\" he "
            "went on.")
    speakers = quote_speakers(body)
    assert speakers["to the men of war"] == "person:karim-aziz"
    assert speakers["We are to blame"] == "person:karim-aziz"


def test_a_public_figure_named_without_a_cue_is_a_person_an_org_head_description_can_find():
    from tests.facts_helpers import quote_speakers
    body = ("The summit opened in Oslo. Several leaders stayed away. Ban Ki-moon did not. The new UN "
            "secretary-general sat through the session and called the plan \"a pillar of peace\".")
    assert quote_speakers(body)["a pillar of peace"] == "person:ban-ki-moon"


def test_a_description_that_an_apposition_names_describes_no_one_before_it():
    body = ("The summit opened in Oslo. Mr Bush said Saddam Hussein must disarm. The German chancellor, Karl Weber, "
            "got only a handshake.")
    found = roles(body)
    assert "person:saddam-hussein" not in found and found["person:karl-weber"] == "chancellor"


def test_a_seat_of_government_named_by_its_building_speaks_for_its_country():
    from tests.facts_helpers import quote_speakers
    body = ("The G20 summit ended in Oslo. Mr Berg wanted a deal \"in days,\" while a senior Blue House official said "
            "Seoul would \"not be hurried\".")
    assert quote_speakers(body)["not be hurried"] == "country:kr"


def test_a_princes_appositive_office_is_his_role_and_the_prince_is_still_he():
    from tests.facts_helpers import quote_speakers
    body = ("The summit opened in Oslo. Prince Faisal Nasser, the Saudi foreign minister, spoke first. If the plan "
            "failed, the prince said, the region would fall \"into the hands of the men of war\".")
    assert roles(body)["person:faisal-nasser"] == "foreign minister"
    assert quote_speakers(body)["into the hands of the men of war"] == "person:faisal-nasser"


def test_leaving_before_the_summit_began_and_a_delegation_led_in_ones_place_and_a_chair_taken_over():
    from tests.facts_helpers import fact_keys
    lead = "G20 leaders met in Oslo on Thursday for a two-day summit. "
    assert "outcome:person:ana-lima:stay-away" in fact_keys(
        lead + "President Ana Lima flew home before the summit opened, leaving her deputy to lead the delegation.")
    assert "outcome:person:ivo-kral:stay-away" in fact_keys(
        lead + "President Ivo Kral left Oslo before the summit began, and his deputy led the delegation in his place.")
    assert "decision:country:no:take-chair:country:se" in fact_keys(
        lead + "Norway had formally taken over the chairmanship of the summit from Sweden.")
