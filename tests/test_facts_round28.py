"""Round-28 mechanisms (issue 6 round 28, read from the burned heldout27 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the POTUS test names a real president and the
dateline test a real summit, since the offices table and the summit calendar (world knowledge) are what they check."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, roles, summit_of


def test_potus_in_a_pool_report_is_the_us_president_the_body_names():
    body = ("POOL REPORT #3\n\nThe G20 summit opened. President Bush greeted each leader.\n\nPOOL REPORT #4\n\n"
            "Prime Minister Karl Vogt left early. At 3:26 p.m. POTUS read a statement. \"We agreed on free markets,\" he "
            "said.")
    assert quote_speakers(body, datetime(2008, 11, 15))["We agreed on free markets"] == "person:george-w-bush"


def test_a_lesson_plans_source_label_is_no_part_of_the_name():
    body = "Source A. Ola Brekke, opening the summit on Wednesday:\n\n\"Our young people are not a problem,\" she said."
    assert quote_speakers(body)["Our young people are not a problem"] == "person:ola-brekke"


def test_a_chain_of_names_each_followed_by_its_role():
    body = ("Among them were Karl Vogt, President of Chile, Ola Brekke, the Norwegian Chancellor, and Sam Tevita, "
            "head of Fiji's government.")
    got = roles(body)
    assert got["person:karl-vogt"] == "President" and got["person:ola-brekke"] == "Chancellor"


def test_a_chief_cabinet_secretary_is_one_person():
    body = "Chief Cabinet Secretary Ken Mori called the outcome \"a good first step\" on Monday."
    assert quote_speakers(body) == {"a good first step": "person:ken-mori"}
    assert roles(body) == {"person:ken-mori": "Chief Cabinet Secretary"}


def test_an_abbreviated_saint_in_a_capitals_dateline_with_a_double_hyphen_places_the_summit():
    # world knowledge: the G8 met in St Petersburg on 15-17 July 2006
    body = ("Harper stands by Israel at first G8\n\nST. PETERSBURG, Russia -- Prime Minister Stephen Harper left the "
            "three-day Group of Eight summit yesterday. Canadians died in southern Lebanon, in Beirut's suburbs.")
    summit = summit_of(body, datetime(2006, 7, 18))
    assert summit.city == "St Petersburg" and summit.country == "Russia"


def test_a_city_after_outside_is_a_place_not_a_speaker():
    body = ("The G8 summit closed. The leaders' statement, agreed at a palace outside Moscow, called for the soldiers "
            "to be returned \"unharmed\".")
    assert quote_speakers(body)["unharmed"] == "org:g8"


def test_a_vox_pops_age_between_a_name_and_its_role():
    body = "The APEC summit closed. Ola Brekke, 24, a student at the University of Oslo, marched. \"It was fine,\" she said."
    assert roles(body)["person:ola-brekke"] == "student"
