"""Round-23 mechanisms (issue 6 round 23, read from the burned heldout22 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the calendar tests name real summits, since
the summit calendar (world knowledge) is what they check."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, roles, summit_of


def test_the_g8_is_its_own_body_and_the_calendar_knows_its_venues():
    body = "The G8 summit opened on Wednesday. Leaders of the G8 agreed to double aid to Africa by 2010."
    summit = summit_of(body, datetime(2005, 7, 9))
    assert (summit.organization, summit.city, str(summit.start_date)) == ("G8", "Gleneagles", "2005-07-06")


def test_the_calendars_venue_wins_a_tie_with_another_city_of_the_host_country():
    body = ("A sleepy village: the G8 summit at Gleneagles began on Wednesday. On Thursday bombs went off in London "
            "and the leaders stood together.")
    summit = summit_of(body, datetime(2005, 7, 9))
    assert summit.city == "Gleneagles"


def test_the_arab_summit_is_the_arab_leagues():
    body = "SIRTE, March 28 - The Arab summit closed on Sunday with a declaration on Jerusalem."
    summit = summit_of(body, datetime(2010, 3, 29))
    assert (summit.organization, summit.country) == ("Arab League", "Libya")


def test_abstract_nouns_are_no_surnames_and_brother_is_a_form_of_address():
    body = ("The summit opened under the chairmanship of the Leader of the Revolution, Brother Omar Idris, who told "
            "delegates: \"We want deeds.\" The Secretary for Liaison and International Cooperation, Mr. Ali Salem, "
            "called it \"a success\".")
    found = roles(body)
    assert "person:revolution" not in found and "person:international-cooperation" not in found
    assert "person:omar-idris" in found and "person:brother-omar-idris" not in found
    assert quote_speakers(body)["We want deeds"] == "person:omar-idris"


def test_in_the_calendars_own_venue_far_away_days_are_another_events():
    # a report dated three weeks later names only its own days; the G20 met in Cannes on 3-4 November 2011
    body = ("G20 summit, Cannes. Report of 21 November 2011. The leaders met in Cannes and agreed an action plan. On "
            "21 November the finance ministers reviewed it.")
    summit = summit_of(body, datetime(2011, 11, 22))
    assert (summit.city, str(summit.start_date), str(summit.end_date)) == ("Cannes", "2011-11-03", "2011-11-04")


def test_names_that_open_with_an_extended_latin_capital():
    body = ("Prime Minister Tomáš Šťastný welcomed the guests to the summit. \"We know what freedom costs,\" Šťastný "
            "said. Łucja Żak, the foreign minister, agreed.")
    assert quote_speakers(body)["We know what freedom costs"] == "person:tomas-stastny"
    assert roles(body)["person:lucja-zak"] == "foreign minister"


def test_a_german_umlaut_is_written_oe_and_a_tabloid_nickname_is_the_leader():
    body = ("Chancellor Gerhard Schröder left the summit early. \"He is a liar,\" Sarko told a colleague. The summit "
            "ended in Oslo.")
    assert "person:gerhard-schroeder" in roles(body)
    assert quote_speakers(body)["He is a liar"] == "person:nicolas-sarkozy"


def test_a_bylines_name_is_not_the_person_a_description_fits():
    body = ("Ten years on: the summit\nBy Ada Quist\n\nLeaders arrived for talks that Ole Brandt, the Danish prime "
            "minister and host, had planned. The summit in Oslo ended on Friday.")
    assert roles(body)["person:ole-brandt"] == "prime minister"


def test_a_chief_constable_is_a_title_not_a_name():
    body = "The summit ended in Oslo. \"People were patient,\" said Chief Constable Ian Moss."
    assert quote_speakers(body)["People were patient"] == "person:ian-moss"
    assert roles(body)["person:ian-moss"] == "Chief Constable"


def test_shot_back_and_quipped_are_speech():
    body = ("The summit in Oslo ended. \"You are tired of him?\" Prime Minister Ida Lunde shot back. Mr Haas quipped: "
            "\"Every day.\"")
    speakers = quote_speakers(body)
    assert speakers["You are tired of him?"] == "person:ida-lunde"
    assert speakers["Every day"] == "person:haas"


def test_numbered_lines_that_quote_the_declaration_are_the_bodys():
    body = ("NATO leaders met in Oslo. The Oslo Summit Declaration is short. Its key passages:\n\n1. \"We have today "
            "decided to open talks with two countries.\"\n\nNote: a first.\n\n2. \"a leaner and cheaper command\"\n\n"
            "Note: fewer headquarters.")
    speakers = quote_speakers(body)
    assert speakers["We have today decided to open talks with two countries"] == "org:nato"
    assert speakers["a leaner and cheaper command"] == "org:nato"


def test_a_partial_quote_that_she_said_follows_is_hers_not_the_countrys():
    body = ("The summit ended in Oslo. The foreign ministry spokeswoman, Lin Wei, was asked about it. China opposes "
            "\"naming any one country\", she said.")
    assert quote_speakers(body)["naming any one country"] == "person:lin-wei"
